"""The manifest: one SQLite row per stored document, an index over the archive's docs/ folder.

The JSON metadata files are the record; the manifest is rebuilt from them when it lags behind
(see DocumentStore.recover), so a lost row costs a lookup, never a document.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1

COLUMNS = (
    "id", "url", "title", "script", "published", "speech_date", "truncated", "declared_chars",
    "spun", "relevant", "warc_file", "warc_offset", "warc_length", "warc_record_id", "text_sha1",
    "text_path", "meta_path", "stored_at", "crawl",
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    title TEXT,
    script TEXT,
    published TEXT,
    speech_date TEXT,
    truncated INTEGER NOT NULL,
    declared_chars INTEGER,
    spun INTEGER NOT NULL,
    relevant INTEGER NOT NULL,
    warc_file TEXT,
    warc_offset INTEGER,
    warc_length INTEGER,
    warc_record_id TEXT,
    text_sha1 TEXT NOT NULL,
    text_path TEXT NOT NULL,
    meta_path TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    crawl TEXT
);
CREATE INDEX IF NOT EXISTS documents_url ON documents (url);
"""

_BOOLEAN = ("truncated", "spun", "relevant")


class ManifestError(RuntimeError):
    pass


def row_from_metadata(meta: Mapping[str, Any]) -> dict[str, Any]:
    """The manifest row for a document's JSON metadata (as DocumentStore writes it)."""
    warc = meta.get("warc") or {}
    row = {name: meta.get(name) for name in COLUMNS}
    row.update(
        warc_file=warc.get("file"),
        warc_offset=warc.get("offset"),
        warc_length=warc.get("length"),
        warc_record_id=warc.get("record_id"),
    )
    for name in _BOOLEAN:
        row[name] = int(bool(row[name]))
    return row


class Manifest:
    """`manifest.sqlite`: WAL mode so readers can query while a crawl writes."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        # autocommit mode: each write below opens its own explicit transaction
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed row survives power loss, like the fsynced files it points at
        self._db.execute("PRAGMA synchronous=FULL")
        self._migrate()

    def _migrate(self) -> None:
        with self._transaction():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            found = self._db.execute("SELECT version FROM schema_version").fetchall()
            if not found:
                self._db.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
            elif found[0][0] > SCHEMA_VERSION:
                raise ManifestError(
                    f"{self.path} has schema version {found[0][0]}; this code knows up to {SCHEMA_VERSION}"
                )

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def upsert(self, row: Mapping[str, Any]) -> None:
        values = [row.get(name) for name in COLUMNS]
        updates = ", ".join(f"{name} = excluded.{name}" for name in COLUMNS[1:])
        with self._transaction():
            self._db.execute(
                f"INSERT INTO documents ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
                f" ON CONFLICT (id) DO UPDATE SET {updates}",
                values,
            )

    def get(self, doc_id: str) -> dict[str, Any] | None:
        found = self._db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return dict(found) if found else None

    def by_url(self, url: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute("SELECT * FROM documents WHERE url = ?", (url,))]

    def rows(self) -> Iterator[dict[str, Any]]:
        for found in self._db.execute("SELECT * FROM documents ORDER BY id"):
            yield dict(found)

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def close(self) -> None:
        self._db.close()


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")
