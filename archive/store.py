"""Document storage: each cleaned document as UTF-8 text plus JSON metadata, beside the WARC files.

Layout under the archive folder (paths are built from the document id alone, so no URL or title
can steer a file outside it)::

    docs/<id[:2]>/<id>.txt        cleaned text, Simplified
    docs/<id[:2]>/<id>.orig.txt   the text as published, only when it differs (Traditional pages)
    docs/<id[:2]>/<id>.json       metadata: the commit marker of the document
    versions/<id[:2]>/<id>.v<N>.txt, .v<N>.orig.txt, .v<N>.json   version N, once a newer one came
    manifest.sqlite               one row per document, one per earlier version (archive.manifest)

A document's version is its text: saving the texts it has already stores nothing; saving new texts
makes the next version, after the current one has been kept under versions/ (hard links, so its
bytes are never copied). Metadata says `version`, and the near-duplicate `group_id` and `canonical`
flag (archive.dedup), which `set_group` updates in place.

A save writes every file to a dot-named temp file and fsyncs it, then writes the metadata as a
pending record, and only then renames the texts and the metadata into place, updates the manifest
and deletes the pending record. A crash at any point leaves either the previous document or a
pending record from which `recover()` (run whenever a store is opened) finishes the save.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from w3lib.url import canonicalize_url

from archive.manifest import VERSION_COLUMNS, Manifest, row_from_metadata

if TYPE_CHECKING:
    from cleaners import Document

logger = logging.getLogger(__name__)

_DOC_ID = re.compile(r"[0-9a-f]{16}")
_TEXT_FIELDS = ("text", "text_original")


class StoreError(RuntimeError):
    pass


class DocumentMismatch(StoreError):
    """A document's text files do not match the checksums its metadata records."""


def canonical_url(url: str) -> str:
    try:
        return canonicalize_url(url)
    except ValueError:  # unparseable (e.g. a broken IPv6 host): the raw string still names it
        return url


def document_id(url: str) -> str:
    """Stable id of the document whose first page is `url`: recrawls and URL variants keep it."""
    return hashlib.sha1(canonical_url(url).encode("utf-8")).hexdigest()[:16]


def _sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def document_from_dict(data: dict[str, Any]) -> Document:
    """Rebuild a cleaners.Document from Document.to_dict() output; unknown keys are ignored."""
    from cleaners import Document, Removal

    known = {f.name for f in fields(Document)}
    values = {k: v for k, v in data.items() if k in known}
    values["removed"] = [r if isinstance(r, Removal) else Removal(**r) for r in values.get("removed", [])]
    return Document(**values)


@dataclass(frozen=True)
class DocumentPaths:
    """Every path a document's save touches; temp names start with a dot, so readers skip them."""

    dir: Path
    text: Path
    original: Path
    meta: Path
    text_tmp: Path
    original_tmp: Path
    meta_tmp: Path
    pending: Path

    @classmethod
    def of(cls, docs_dir: Path, doc_id: str) -> DocumentPaths:
        if not _DOC_ID.fullmatch(doc_id):
            raise ValueError(f"not a document id: {doc_id!r}")
        d = docs_dir / doc_id[:2]
        return cls(
            dir=d,
            text=d / f"{doc_id}.txt",
            original=d / f"{doc_id}.orig.txt",
            meta=d / f"{doc_id}.json",
            text_tmp=d / f".{doc_id}.txt.tmp",
            original_tmp=d / f".{doc_id}.orig.txt.tmp",
            meta_tmp=d / f".{doc_id}.json.tmp",
            pending=d / f".{doc_id}.json.pending",
        )

    def temps(self) -> tuple[Path, ...]:
        return (self.text_tmp, self.original_tmp, self.meta_tmp, self.pending)


@dataclass(frozen=True)
class VersionPaths:
    """Where version N of a document is kept once it is no longer the current one."""

    dir: Path
    text: Path
    original: Path
    meta: Path
    meta_tmp: Path

    @classmethod
    def of(cls, versions_dir: Path, doc_id: str, version: int) -> VersionPaths:
        if not _DOC_ID.fullmatch(doc_id):
            raise ValueError(f"not a document id: {doc_id!r}")
        d = versions_dir / doc_id[:2]
        stem = f"{doc_id}.v{int(version)}"
        return cls(dir=d, text=d / f"{stem}.txt", original=d / f"{stem}.orig.txt", meta=d / f"{stem}.json",
                   meta_tmp=d / f".{stem}.json.tmp")


@dataclass(frozen=True)
class StoredDocument:
    id: str
    metadata: dict[str, Any]
    text: str
    text_original: str  # equals `text` when no .orig.txt was needed
    text_path: Path
    meta_path: Path

    def to_document(self) -> Document:
        return document_from_dict({**self.metadata, "text": self.text, "text_original": self.text_original})


def _write_durably(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _link_once(source: Path, target: Path) -> None:
    """Give `source` a second name; a name already there is that same file from an interrupted try."""
    try:
        os.link(source, target)
    except FileExistsError:
        pass
    except OSError:  # a file system without hard links: a copy, never half-written under its name
        temp = target.with_name(f".{target.name}.tmp")
        _write_durably(temp, source.read_bytes())
        os.replace(temp, target)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class DocumentStore:
    """Saves and reads documents under `<archive_dir>/docs` and `<archive_dir>/manifest.sqlite`.

    Several processes may share one archive folder: saves and recovery hold an exclusive lock.
    """

    def __init__(self, archive_dir: str | os.PathLike[str], crawl: str = "", *, recover: bool = True) -> None:
        self.root = Path(archive_dir).absolute()
        self.docs_dir = self.root / "docs"
        self.docs_dir.mkdir(parents=True, exist_ok=True)
        self.versions_dir = self.root / "versions"
        self.crawl = crawl
        self._lock_fd = os.open(self.docs_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        self.manifest = Manifest(self.root / "manifest.sqlite")
        if recover:
            self.recover()

    # --- writing ---

    def save(
        self, document: Document, *, url: str | None = None, spider: str = "", crawl: str | None = None
    ) -> StoredDocument:
        """Store `document`; `url` is the article's first page (default: document.url) and names it.

        When the document is stored already with these very texts, nothing is written and the stored
        version is returned; otherwise the texts become its next version.
        """
        first_url = url or document.url
        if not first_url:
            raise ValueError("a document needs the URL of its first page to be stored")
        doc_id = document_id(first_url)
        paths = DocumentPaths.of(self.docs_dir, doc_id)
        text = document.text.encode("utf-8")
        original = document.text_original.encode("utf-8") if document.text_original != document.text else None
        meta = self._metadata(doc_id, document, first_url, spider, self.crawl if crawl is None else crawl)
        meta.update(
            text_sha1=_sha1(text),
            original_sha1=_sha1(original) if original is not None else None,
            text_path=self._relative(paths.text),
            original_path=self._relative(paths.original) if original is not None else None,
            meta_path=self._relative(paths.meta),
        )
        with self._locked():
            self._recover_one(paths)  # an earlier save of this id left unfinished comes first
            current = self._current_metadata(paths)
            if current is not None:
                if (current.get("text_sha1"), current.get("original_sha1")) == (
                        meta["text_sha1"], meta["original_sha1"]):
                    try:
                        stored = self._read(paths)
                    except DocumentMismatch:
                        stored = None  # damaged on disk: written again below, as the same version
                    if stored is not None:
                        return stored
                    meta["version"] = int(current.get("version") or 1)
                else:
                    self._keep_version(paths, current)
                    meta["version"] = int(current.get("version") or 1) + 1
                # a new version stays in its copy group until archive.dedup says otherwise
                meta["group_id"] = current.get("group_id") or doc_id
                meta["canonical"] = bool(current.get("canonical", True))
            paths.dir.mkdir(exist_ok=True)
            _write_durably(paths.text_tmp, text)
            if original is not None:
                _write_durably(paths.original_tmp, original)
            else:
                paths.original_tmp.unlink(missing_ok=True)
            _write_durably(paths.pending, _encode_metadata(meta))
            _fsync_dir(paths.dir)  # the pending record must be on disk before any rename
            self._finish(paths, meta)
        return StoredDocument(doc_id, meta, document.text, document.text_original, paths.text, paths.meta)

    def set_group(self, doc_id: str, group_id: str, canonical: bool) -> bool:
        """Record a document's copy group and whether it is the canonical copy; False if nothing changed."""
        paths = DocumentPaths.of(self.docs_dir, doc_id)
        with self._locked():
            self._recover_one(paths)
            meta = self._current_metadata(paths)
            placed = None if meta is None else (meta.get("group_id"), bool(meta.get("canonical", True)))
            if meta is None or placed == (group_id, canonical):
                return False
            meta.update(group_id=group_id, canonical=canonical)
            # the same commit as a save, with the texts left as they are
            _write_durably(paths.pending, _encode_metadata(meta))
            _fsync_dir(paths.dir)
            self._finish(paths, meta)
        return True

    def _keep_version(self, paths: DocumentPaths, current: dict[str, Any]) -> None:
        """Keep the current version under versions/ before a newer one replaces it; safe to repeat."""
        version = int(current.get("version") or 1)
        kept = VersionPaths.of(self.versions_dir, current["id"], version)
        kept.dir.mkdir(parents=True, exist_ok=True)
        _link_once(paths.text, kept.text)
        if current.get("original_sha1"):
            _link_once(paths.original, kept.original)
        meta = {
            **current,
            "version": version,
            "text_path": self._relative(kept.text),
            "original_path": self._relative(kept.original) if current.get("original_sha1") else None,
            "meta_path": self._relative(kept.meta),
            "superseded_at": _utc_now(),
        }
        if not kept.meta.exists():
            _write_durably(kept.meta_tmp, _encode_metadata(meta))
            _link_once(kept.meta_tmp, kept.meta)  # a link never replaces a version kept before
            kept.meta_tmp.unlink()
        _fsync_dir(kept.dir)
        kept_meta = json.loads(kept.meta.read_bytes())
        self.manifest.add_version(_version_row(kept_meta))

    def _metadata(
        self, doc_id: str, document: Document, first_url: str, spider: str, crawl: str
    ) -> dict[str, Any]:
        fields_ = {k: v for k, v in document.to_dict().items() if k not in _TEXT_FIELDS}
        meta: dict[str, Any] = {"id": doc_id, "url": fields_.pop("url") or first_url}
        meta.update(first_url=first_url, canonical_url=canonical_url(first_url), crawl=crawl,
                    spider=spider, stored_at=_utc_now())
        meta.update(fields_)
        meta.update(version=1, group_id=doc_id, canonical=True)
        return meta

    @staticmethod
    def _current_metadata(paths: DocumentPaths) -> dict[str, Any] | None:
        try:
            meta = json.loads(paths.meta.read_bytes())
        except FileNotFoundError:
            return None
        return meta if isinstance(meta, dict) else None

    def _finish(self, paths: DocumentPaths, meta: dict[str, Any]) -> None:
        """Rename a save's temp files into place: idempotent, so recovery can repeat it."""
        if paths.text_tmp.exists():
            os.replace(paths.text_tmp, paths.text)
        if meta.get("original_sha1") and paths.original_tmp.exists():
            os.replace(paths.original_tmp, paths.original)
        # the pending record stays until the manifest has the row: a hard link publishes it meanwhile
        paths.meta_tmp.unlink(missing_ok=True)
        try:
            os.link(paths.pending, paths.meta_tmp)
        except OSError:  # a file system without hard links
            _write_durably(paths.meta_tmp, paths.pending.read_bytes())
        os.replace(paths.meta_tmp, paths.meta)
        # when a recovery repeats this, both names are links of one file and rename() leaves the temp one
        paths.meta_tmp.unlink(missing_ok=True)
        if not meta.get("original_sha1"):
            paths.original.unlink(missing_ok=True)
        _fsync_dir(paths.dir)
        self.manifest.upsert(row_from_metadata(meta))
        paths.pending.unlink()

    # --- recovery ---

    def recover(self) -> list[str]:
        """Finish saves a crash interrupted and drop temp files of saves that never committed.

        Returns the ids whose save was finished.
        """
        finished = []
        with self._locked():
            for doc_id in self._ids_with_temp_files():
                if self._recover_one(DocumentPaths.of(self.docs_dir, doc_id)):
                    finished.append(doc_id)
        return finished

    def _ids_with_temp_files(self) -> list[str]:
        found = set()
        for shard in self._shards():
            found |= {name[1:17] for name in os.listdir(shard) if name.startswith(".")}
        return sorted(i for i in found if _DOC_ID.fullmatch(i))

    def _shards(self) -> list[Path]:
        return sorted(p for p in self.docs_dir.iterdir() if p.is_dir() and not p.name.startswith("."))

    def _recover_one(self, paths: DocumentPaths) -> bool:
        if not paths.pending.exists():
            for temp in paths.temps():  # the crash came before the pending record: nothing changed
                temp.unlink(missing_ok=True)
            return False
        try:
            meta = json.loads(paths.pending.read_bytes())
        except (ValueError, OSError):
            meta = None
        if not isinstance(meta, dict) or not self._pending_matches(paths, meta):
            logger.warning("dropping an unfinished save of %s that cannot be completed", paths.meta.name)
            for temp in paths.temps():
                temp.unlink(missing_ok=True)
            return False
        logger.info("finishing an interrupted save of %s", paths.meta.name)
        self._finish(paths, meta)
        return True

    @staticmethod
    def _pending_matches(paths: DocumentPaths, meta: dict[str, Any]) -> bool:
        """The texts (still temp or already renamed) are the ones the pending record describes."""
        wanted = [(paths.text_tmp, paths.text, meta.get("text_sha1"))]
        if meta.get("original_sha1"):
            wanted.append((paths.original_tmp, paths.original, meta["original_sha1"]))
        for temp, final, sha1 in wanted:
            source = temp if temp.exists() else final
            if not source.exists() or _sha1(source.read_bytes()) != sha1:
                return False
        return True

    # --- reading ---

    def get(self, doc_id: str) -> StoredDocument | None:
        """The stored document, or None if there is none; raises DocumentMismatch if damaged."""
        paths = DocumentPaths.of(self.docs_dir, doc_id)
        try:
            return self._read(paths)
        except DocumentMismatch:
            # another process may be between two renames: its lock ends that, and recovery any crash
            with self._locked():
                self._recover_one(paths)
            return self._read(paths)

    def get_by_url(self, url: str) -> StoredDocument | None:
        return self.get(document_id(url))

    def metadata(self, doc_id: str) -> dict[str, Any] | None:
        """A document's current metadata alone, without reading its texts."""
        return self._current_metadata(DocumentPaths.of(self.docs_dir, doc_id))

    def versions(self, doc_id: str) -> list[StoredDocument]:
        """The versions a document had before its current one, oldest first."""
        found = []
        for row in self.manifest.versions(doc_id):
            kept = VersionPaths.of(self.versions_dir, doc_id, row["version"])
            stored = self._read_kept(kept)
            if stored is not None:
                found.append(stored)
        return found

    def _read_kept(self, kept: VersionPaths) -> StoredDocument | None:
        try:
            meta = json.loads(kept.meta.read_bytes())
        except FileNotFoundError:
            return None
        try:
            text = kept.text.read_bytes()
            original = kept.original.read_bytes() if meta.get("original_sha1") else text
        except FileNotFoundError as exc:
            raise DocumentMismatch(f"{kept.meta.name}: {exc.filename} is missing") from exc
        if _sha1(text) != meta.get("text_sha1") or (meta.get("original_sha1")
                                                    and _sha1(original) != meta["original_sha1"]):
            raise DocumentMismatch(f"{kept.meta.name}: a text does not match its sha1")
        return StoredDocument(meta["id"], meta, text.decode("utf-8"), original.decode("utf-8"),
                              kept.text, kept.meta)

    def _read(self, paths: DocumentPaths) -> StoredDocument | None:
        try:
            meta = json.loads(paths.meta.read_bytes())
        except FileNotFoundError:
            return None
        try:
            text = paths.text.read_bytes()
            original = paths.original.read_bytes() if meta.get("original_sha1") else text
        except FileNotFoundError as exc:
            raise DocumentMismatch(f"{paths.meta.name}: {exc.filename} is missing") from exc
        if _sha1(text) != meta.get("text_sha1"):
            raise DocumentMismatch(f"{paths.text.name} does not match the sha1 in {paths.meta.name}")
        if meta.get("original_sha1") and _sha1(original) != meta["original_sha1"]:
            raise DocumentMismatch(f"{paths.original.name} does not match the sha1 in {paths.meta.name}")
        return StoredDocument(meta["id"], meta, text.decode("utf-8"), original.decode("utf-8"),
                              paths.text, paths.meta)

    def iter_ids(self) -> Iterator[str]:
        """Ids of committed documents (those with a metadata file), in id order."""
        for shard in self._shards():
            for name in sorted(os.listdir(shard)):
                if name.endswith(".json") and _DOC_ID.fullmatch(name[:-5]):
                    yield name[:-5]

    def iter_documents(self) -> Iterator[StoredDocument]:
        for doc_id in self.iter_ids():
            found = self.get(doc_id)
            if found is not None:
                yield found

    def check(self) -> list[str]:
        """Problems found: texts that disagree with their metadata, and manifest rows that lag."""
        problems = []
        ids = set()
        for doc_id in self.iter_ids():
            ids.add(doc_id)
            try:
                found = self.get(doc_id)
            except (DocumentMismatch, ValueError, UnicodeDecodeError) as exc:
                problems.append(f"{doc_id}: {exc}")
                continue
            if found is None:
                continue
            if self.manifest.get(doc_id) != row_from_metadata(found.metadata):
                problems.append(f"{doc_id}: manifest row differs from {found.meta_path.name}")
        for row in self.manifest.rows():
            if row["id"] not in ids:
                problems.append(f"{row['id']}: in the manifest but has no metadata file")
        for row in self.manifest.all_versions():
            where = f"{row['id']} version {row['version']}"
            try:
                kept = self._read_kept(VersionPaths.of(self.versions_dir, row["id"], row["version"]))
            except (DocumentMismatch, ValueError, UnicodeDecodeError) as exc:
                problems.append(f"{where}: {exc}")
                continue
            if kept is None:
                problems.append(f"{where}: in the manifest but has no metadata file")
            elif _version_row(kept.metadata) != row:
                problems.append(f"{where}: manifest row differs from {kept.meta_path.name}")
        for doc_id in self._ids_with_temp_files():
            if DocumentPaths.of(self.docs_dir, doc_id).pending.exists():
                problems.append(f"{doc_id}: a save was interrupted; opening the store finishes it")
        return problems

    # --- housekeeping ---

    def _relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        fcntl.flock(self._lock_fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    def close(self) -> None:
        self.manifest.close()
        os.close(self._lock_fd)

    def __enter__(self) -> DocumentStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _version_row(meta: dict[str, Any]) -> dict[str, Any]:
    row = {name: meta.get(name) for name in VERSION_COLUMNS}
    row["warc_record_id"] = (meta.get("warc") or {}).get("record_id")
    return row


def _encode_metadata(meta: dict[str, Any]) -> bytes:
    return (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
