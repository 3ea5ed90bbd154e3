"""Checks an archive folder the way a suspicious reader would, independently of archive.verify.

`warcio check` passes a file whose last record is cut short, so the framing is checked here with
zlib alone: every gzip member complete, each holding exactly one WARC record whose block is as long
as its Content-Length. Then the project's own verify, `warcio check`, and every stored document: its
texts against the SHA-1s in its metadata, its metadata against its manifest row, its WARC pointer
against the record there.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import subprocess
import sys
import zlib
from contextlib import closing
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from archive.store import DocumentStore
from archive.verify import verify_warc

WARCIO = Path(sys.executable).with_name("warcio")
_LENGTH = re.compile(rb"\r\nContent-Length:[ \t]*(\d+)[ \t]*\r\n", re.IGNORECASE)


def framing_problems(path: Path) -> list[str]:
    """Each gzip member of a .warc.gz whole and one record long; an empty list when all are."""
    data = path.read_bytes()
    problems, offset, count = [], 0, 0
    while offset < len(data):
        member = zlib.decompressobj(wbits=31)
        try:
            record = member.decompress(data[offset:])
        except zlib.error as exc:
            return problems + [f"offset {offset}: not gzip ({exc})"]
        if not member.eof:
            return problems + [f"offset {offset}: the gzip member is cut short"]
        end = len(data) - len(member.unused_data)
        head_end = record.find(b"\r\n\r\n")
        length = _LENGTH.search(record[: head_end + 2]) if head_end > 0 else None
        if not record.startswith(b"WARC/1.1\r\n") or length is None:
            problems.append(f"offset {offset}: no WARC header with a Content-Length")
        elif len(record) != head_end + 4 + int(length.group(1)) + 4 or not record.endswith(b"\r\n\r\n"):
            problems.append(f"offset {offset}: block is {len(record) - head_end - 8} bytes, "
                            f"Content-Length says {int(length.group(1))}")
        if count == 0 and b"WARC-Type: warcinfo\r\n" not in record[:head_end]:
            problems.append("the file does not start with a warcinfo record")
        offset, count = end, count + 1
    return problems + ([] if count else ["no records"])


def warc_problems(warc_dir: Path) -> list[str]:
    """Problems in every WARC file of a folder: a `.open` file left, framing, archive.verify, warcio check."""
    files = sorted(warc_dir.iterdir()) if warc_dir.is_dir() else []
    problems = [f"{p.name}: still open" for p in files if not p.name.endswith(".warc.gz")]
    files = [p for p in files if p.name.endswith(".warc.gz")]
    for path in files:
        problems += [f"{path.name}: {found}" for found in framing_problems(path)]
        problems += [f"{path.name}: verify: {found}" for found in verify_warc(path)]
    if files:
        check = subprocess.run([WARCIO, "check", *map(str, files)], capture_output=True, text=True, timeout=120)
        if check.returncode != 0:
            problems.append(f"warcio check: {check.stdout[-500:]} {check.stderr[-500:]}")
    return problems


def _record_id_at(warc_dir: Path, pointer: dict[str, object]) -> str | None:
    try:
        with open(warc_dir / str(pointer["file"]), "rb") as fh:
            fh.seek(int(str(pointer["offset"])))
            record = next(iter(ArchiveIterator(fh)), None)
    except (OSError, ValueError, KeyError):
        return None
    return record.rec_headers.get_header("WARC-Record-ID") if record is not None else None


def document_problems(archive: Path) -> list[str]:
    """Stored documents whose texts, metadata, manifest row or WARC pointer disagree. Opens (so recovers)
    the store first, as every crawl does."""
    with DocumentStore(archive) as store:
        problems = store.check()
    docs = archive / "docs"
    metas = {p.stem: p for p in docs.glob("*/*.json")} if docs.is_dir() else {}
    rows: dict[str, sqlite3.Row] = {}
    if (archive / "manifest.sqlite").exists():
        with closing(sqlite3.connect(archive / "manifest.sqlite")) as db:
            db.row_factory = sqlite3.Row
            rows = {row["id"]: row for row in db.execute("SELECT * FROM documents")}
    for doc_id, meta_path in metas.items():
        meta = json.loads(meta_path.read_bytes())
        text = meta_path.with_suffix(".txt")
        if not text.exists() or hashlib.sha1(text.read_bytes()).hexdigest() != meta["text_sha1"]:
            problems.append(f"{doc_id}: text does not match its metadata")
        if meta.get("original_sha1"):
            original = meta_path.with_suffix("").with_suffix(".orig.txt")
            if not original.exists() or hashlib.sha1(original.read_bytes()).hexdigest() != meta["original_sha1"]:
                problems.append(f"{doc_id}: original text does not match its metadata")
        row = rows.get(doc_id)
        if row is None or row["text_sha1"] != meta["text_sha1"] or row["warc_record_id"] != meta["warc"]["record_id"]:
            problems.append(f"{doc_id}: manifest row does not match the metadata")
        if _record_id_at(archive / "warc", meta["warc"]) != meta["warc"]["record_id"]:
            problems.append(f"{doc_id}: its WARC pointer does not lead to its record")
    problems += [f"{doc_id}: in the manifest without metadata" for doc_id in rows if doc_id not in metas]
    leftovers = [p.name for p in docs.rglob(".*") if p.name != ".lock"] if docs.is_dir() else []
    problems += [f"temp file left: {name}" for name in leftovers]
    return problems


def stored_texts(archive: Path, *, recover: bool = True) -> dict[str, str]:
    """Document id -> SHA-1 of its text, every version checked to be the first. `recover=False` reads what the folder
    holds without finishing an interrupted save first, which writes (a full disk has no room for it)."""
    with DocumentStore(archive, recover=recover) as store:
        found = {d.id: d.metadata["text_sha1"] for d in store.iter_documents()}
        assert all(d.metadata["version"] == 1 for d in store.iter_documents()), "a document was stored twice"
    return found
