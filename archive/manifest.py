"""The manifest: `manifest.sqlite`, an index over the archive's docs/ folder and the crawls' memory.

Tables: `documents` (one row per stored document, its current version), `document_versions` (the
versions a document had before), `url_state` and `payload_index` (archive.crawl_state: what each URL
answered last and where every payload was first archived), `dedup_copies` and `dedup_marks`
(archive.dedup: near-duplicate groups), `fetch_failures` (archive.fetch_failures: every fetch that
failed, and how). The JSON metadata files are the record for documents; their
rows are rebuilt from them when they lag (see DocumentStore.recover), so a lost row costs a lookup,
never a document.

`connect()` opens the file and brings its schema to SCHEMA_VERSION, one migration at a time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 3

COLUMNS = (
    "id", "url", "title", "script", "published", "speech_date", "truncated", "declared_chars",
    "spun", "relevant", "warc_file", "warc_offset", "warc_length", "warc_record_id", "text_sha1",
    "text_path", "meta_path", "stored_at", "crawl", "version", "group_id", "canonical",
)
VERSION_COLUMNS = (
    "id", "version", "text_sha1", "original_sha1", "text_path", "original_path", "meta_path", "stored_at",
    "superseded_at", "crawl", "warc_record_id",
)

# version 1, as the first release wrote it; every later version is a migration below
_SCHEMA_V1 = """
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

_MIGRATIONS: dict[int, str] = {
    # 2: document versions, near-duplicate groups, and the crawl state recrawls start from
    2: """
ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE documents ADD COLUMN group_id TEXT;
ALTER TABLE documents ADD COLUMN canonical INTEGER NOT NULL DEFAULT 1;
UPDATE documents SET group_id = id WHERE group_id IS NULL;
CREATE INDEX documents_group ON documents (group_id);
CREATE TABLE document_versions (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    text_sha1 TEXT NOT NULL,
    original_sha1 TEXT,
    text_path TEXT NOT NULL,
    original_path TEXT,
    meta_path TEXT NOT NULL,
    stored_at TEXT,
    superseded_at TEXT NOT NULL,
    crawl TEXT,
    warc_record_id TEXT,
    PRIMARY KEY (id, version)
);
CREATE TABLE url_state (
    url TEXT PRIMARY KEY,
    fetched_url TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    etag TEXT,
    last_modified TEXT,
    payload_digest TEXT,
    record_type TEXT,
    record_file TEXT,
    record_offset INTEGER,
    record_length INTEGER,
    record_id TEXT,
    record_date TEXT,
    payload_uri TEXT,
    payload_file TEXT,
    payload_offset INTEGER,
    payload_length INTEGER,
    payload_record_id TEXT,
    payload_date TEXT,
    job TEXT
);
CREATE INDEX url_state_job ON url_state (job);
CREATE TABLE payload_index (
    digest TEXT NOT NULL,
    url TEXT NOT NULL,
    uri TEXT NOT NULL,
    record_id TEXT NOT NULL,
    date TEXT NOT NULL,
    file TEXT NOT NULL,
    offset INTEGER NOT NULL,
    length INTEGER NOT NULL,
    PRIMARY KEY (digest, url)
);
CREATE TABLE dedup_copies (
    doc_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    rev INTEGER NOT NULL,
    group_id TEXT NOT NULL,
    canonical INTEGER NOT NULL,
    truncated INTEGER NOT NULL,
    spun INTEGER NOT NULL,
    published TEXT,
    length INTEGER NOT NULL,
    text_sha1 TEXT NOT NULL,
    text BLOB NOT NULL,
    minhash5 BLOB NOT NULL,
    minhash3 BLOB NOT NULL,
    marks INTEGER NOT NULL
);
CREATE INDEX dedup_copies_group ON dedup_copies (group_id);
CREATE INDEX dedup_copies_rev ON dedup_copies (rev);
CREATE TABLE dedup_marks (mark INTEGER NOT NULL, doc_id TEXT NOT NULL);
CREATE INDEX dedup_marks_mark ON dedup_marks (mark);
CREATE INDEX dedup_marks_doc ON dedup_marks (doc_id);
""",
    # 3: every fetch that failed (download errors, error statuses, cut bodies, discarded responses)
    3: """
CREATE TABLE fetch_failures (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    status INTEGER,
    attempt INTEGER NOT NULL,
    record_file TEXT,
    record_offset INTEGER,
    record_id TEXT,
    crawl TEXT,
    job TEXT
);
CREATE INDEX fetch_failures_url ON fetch_failures (url);
CREATE INDEX fetch_failures_kind ON fetch_failures (kind);
""",
}

_BOOLEAN = ("truncated", "spun", "relevant", "canonical")


class ManifestError(RuntimeError):
    pass


def _statements(script: str) -> list[str]:
    return [statement for statement in script.split(";") if statement.strip()]


def connect(path: str | Path, *, synchronous: str = "FULL") -> sqlite3.Connection:
    """Open `manifest.sqlite` (WAL, autocommit, rows as sqlite3.Row) with its schema up to date.

    FULL keeps a committed row through power loss, like the fsynced files it points at; NORMAL is
    enough for state a crawl can fetch again.
    """
    Path(path).parent.mkdir(parents=True, exist_ok=True)  # a crawl may open it before writing anything
    db = sqlite3.connect(Path(path), timeout=30, isolation_level=None)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(f"PRAGMA synchronous={synchronous}")
    try:
        _migrate(db, Path(path))
    except BaseException:
        db.close()
        raise
    return db


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    with Transaction(db):
        for statement in _statements(_SCHEMA_V1):
            db.execute(statement)
        found = db.execute("SELECT version FROM schema_version").fetchall()
        if not found:
            db.execute("INSERT INTO schema_version (version) VALUES (1)")
            version = 1
        else:
            version = int(found[0][0])
        if version > SCHEMA_VERSION:
            raise ManifestError(
                f"{path} has schema version {version}; this code knows up to {SCHEMA_VERSION}")
        # in the same transaction as the version check, so two processes never migrate twice
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in _statements(_MIGRATIONS[target]):
                db.execute(statement)
            db.execute("UPDATE schema_version SET version = ?", (target,))


def row_from_metadata(meta: Mapping[str, Any]) -> dict[str, Any]:
    """The manifest row for a document's JSON metadata (as DocumentStore writes it)."""
    warc = meta.get("warc") or {}
    row = {name: meta.get(name) for name in COLUMNS}
    row.update(
        warc_file=warc.get("file"),
        warc_offset=warc.get("offset"),
        warc_length=warc.get("length"),
        warc_record_id=warc.get("record_id"),
        # metadata written before schema 2 has none of these: one version, a group of its own
        version=meta.get("version") or 1,
        group_id=meta.get("group_id") or meta.get("id"),
        canonical=meta.get("canonical", True),
    )
    for name in _BOOLEAN:
        row[name] = int(bool(row[name]))
    return row


class Manifest:
    """`manifest.sqlite`: WAL mode so readers can query while a crawl writes."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._db = connect(self.path)

    def _transaction(self) -> Transaction:
        return Transaction(self._db)

    def upsert(self, row: Mapping[str, Any]) -> None:
        values = [row.get(name) for name in COLUMNS]
        updates = ", ".join(f"{name} = excluded.{name}" for name in COLUMNS[1:])
        with self._transaction():
            self._db.execute(
                f"INSERT INTO documents ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
                f" ON CONFLICT (id) DO UPDATE SET {updates}",
                values,
            )

    def add_version(self, row: Mapping[str, Any]) -> None:
        """Record a version a document no longer has as its current one; recording it twice is harmless."""
        with self._transaction():
            self._db.execute(
                f"INSERT OR IGNORE INTO document_versions ({', '.join(VERSION_COLUMNS)})"
                f" VALUES ({', '.join('?' * len(VERSION_COLUMNS))})",
                [row.get(name) for name in VERSION_COLUMNS],
            )

    def versions(self, doc_id: str) -> list[dict[str, Any]]:
        """The earlier versions of a document, oldest first (the current one is in `documents`)."""
        query = "SELECT * FROM document_versions WHERE id = ? ORDER BY version"
        return [dict(r) for r in self._db.execute(query, (doc_id,))]

    def all_versions(self) -> Iterator[dict[str, Any]]:
        for found in self._db.execute("SELECT * FROM document_versions ORDER BY id, version"):
            yield dict(found)

    def get(self, doc_id: str) -> dict[str, Any] | None:
        found = self._db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return dict(found) if found else None

    def by_url(self, url: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self._db.execute("SELECT * FROM documents WHERE url = ?", (url,))]

    def group(self, group_id: str) -> list[dict[str, Any]]:
        """The stored copies of one speech, the canonical one first."""
        query = "SELECT * FROM documents WHERE group_id = ? ORDER BY canonical DESC, id"
        return [dict(r) for r in self._db.execute(query, (group_id,))]

    def rows(self) -> Iterator[dict[str, Any]]:
        for found in self._db.execute("SELECT * FROM documents ORDER BY id"):
            yield dict(found)

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def close(self) -> None:
        self._db.close()


class Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")
