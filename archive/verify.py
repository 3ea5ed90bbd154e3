"""Check WARC files, and mend the `.open` file a killed crawl leaves behind.

`warcio check` verifies digests but passes a file whose last record is cut short, so the framing is
checked here first: each gzip member complete, each record's block exactly Content-Length long.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.timeutils import iso_date_to_datetime

from archive.warc_writer import OPEN_SUFFIX

CHUNK = 1024 * 1024
MAX_HEADER = 1024 * 1024
RECORD_TYPES = {
    "warcinfo",
    "response",
    "resource",
    "request",
    "metadata",
    "revisit",
    "conversion",
    "continuation",
}
HTTP_TYPES = {
    "response": "application/http; msgtype=response",
    "request": "application/http; msgtype=request",
}
MANDATORY_FIELDS = ("WARC-Type", "WARC-Record-ID", "WARC-Date", "Content-Length")
IDENTICAL_PAYLOAD_PROFILES = (
    "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest",
    "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
)
RECORD_ID = re.compile(r"^<[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]+>$")
WARC_VERSIONS = ("WARC/1.0", "WARC/1.1")


@dataclass
class _Span:
    """One record's bytes in the file; `end` is None when the file ends inside it."""

    offset: int
    end: int | None
    problem: str | None


class _RecordFrame:
    """Checks, fed in pieces, that some bytes are exactly one record: header, Content-Length bytes, CRLF CRLF."""

    def __init__(self) -> None:
        self.head = bytearray()
        self.header_end: int | None = None
        self.size = 0
        self.tail = b""

    def feed(self, data: bytes) -> None:
        self.size += len(data)
        if self.header_end is None and len(self.head) <= MAX_HEADER:
            self.head += data
            found = self.head.find(b"\r\n\r\n")
            if found >= 0:
                self.header_end = found + 4
                del self.head[self.header_end :]
        self.tail = (self.tail + data[-4:])[-4:]

    def content_length(self) -> int | None:
        if self.header_end is None:
            return None
        match = re.search(rb"\r\nContent-Length:[ \t]*(\d+)[ \t]*\r\n", bytes(self.head), re.IGNORECASE)
        return int(match.group(1)) if match else None

    def problem(self) -> str | None:
        if self.header_end is None:
            return "no complete WARC header block"
        if not self.head.startswith(tuple(version.encode() for version in WARC_VERSIONS)):
            return f"does not start with a WARC version line: {bytes(self.head[:20])!r}"
        length = self.content_length()
        if length is None:
            return "no valid Content-Length"
        after_header = self.size - self.header_end
        if after_header != length + 4:
            return f"block and record end are {after_header} bytes; Content-Length {length} + 4 expected"
        if self.tail != b"\r\n\r\n":
            return "record does not end with CRLF CRLF"
        return None


def _gzip_spans(fh: IO[bytes]) -> Iterator[_Span]:
    """Each gzip member taken as one record (warcio's layout), walked with zlib to find its true end."""
    offset = 0
    pending = fh.read(CHUNK)
    while pending:
        member = zlib.decompressobj(wbits=31)
        frame = _RecordFrame()
        consumed = 0
        while True:
            try:
                frame.feed(member.decompress(pending))
            except zlib.error as exc:
                yield _Span(offset, None, f"corrupt gzip data: {exc}")
                return
            if member.eof:
                consumed += len(pending) - len(member.unused_data)
                pending = member.unused_data or fh.read(CHUNK)
                break
            consumed += len(pending)
            pending = fh.read(CHUNK)
            if not pending:
                yield _Span(offset, None, "gzip member is truncated: the file ends inside it")
                return
        yield _Span(offset, offset + consumed, frame.problem())
        offset += consumed


def _plain_spans(fh: IO[bytes]) -> Iterator[_Span]:
    """Records of an uncompressed WARC, delimited by their Content-Length."""
    while True:
        offset = fh.tell()
        frame = _RecordFrame()
        line = fh.readline()
        if not line:
            return
        while line and frame.header_end is None:
            frame.feed(line)
            line = fh.readline() if frame.header_end is None else b""
        length = frame.content_length()
        if length is None:
            yield _Span(offset, None, frame.problem() or "no valid Content-Length")
            return
        remaining = length + 4
        while remaining:
            chunk = fh.read(min(CHUNK, remaining))
            if not chunk:
                yield _Span(offset, None, "record is truncated: the file ends inside it")
                return
            frame.feed(chunk)
            remaining -= len(chunk)
        yield _Span(offset, fh.tell(), frame.problem())


def _spans(path: Path, fh: IO[bytes]) -> Iterator[_Span]:
    name = path.name.removesuffix(OPEN_SUFFIX)
    return _gzip_spans(fh) if name.endswith(".gz") else _plain_spans(fh)


def _record_problems(path: Path) -> list[str]:
    """Header sanity and digests, record by record, as warcio reads them."""
    problems: list[str] = []
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh, check_digests=True)
        for index, record in enumerate(records):
            where = f"offset {records.get_record_offset()}"
            headers = record.rec_headers
            while record.raw_stream.read(CHUNK):
                pass  # digests are checked as the block is read to its end
            problems += [f"{where}: {problem}" for problem in record.digest_checker.problems]
            if headers.protocol not in WARC_VERSIONS:
                problems.append(f"{where}: unknown WARC version {headers.protocol!r}")
            problems += [
                f"{where}: no {field}" for field in MANDATORY_FIELDS if headers.get_header(field) is None
            ]
            record_type = headers.get_header("WARC-Type")
            if record_type not in RECORD_TYPES:
                problems.append(f"{where}: unknown WARC-Type {record_type!r}")
            if index == 0 and record_type != "warcinfo":
                problems.append(f"{where}: the file does not start with a warcinfo record")
            if not RECORD_ID.match(headers.get_header("WARC-Record-ID") or ""):
                problems.append(f"{where}: malformed WARC-Record-ID")
            try:
                iso_date_to_datetime(headers.get_header("WARC-Date") or "")
            except ValueError:
                problems.append(f"{where}: malformed WARC-Date")
            if record_type in HTTP_TYPES:
                if not headers.get_header("WARC-Target-URI"):
                    problems.append(f"{where}: {record_type} without WARC-Target-URI")
                if headers.get_header("Content-Type") != HTTP_TYPES[record_type]:
                    problems.append(
                        f"{where}: {record_type} with Content-Type {headers.get_header('Content-Type')}"
                    )
                if not headers.get_header("WARC-Block-Digest"):
                    problems.append(f"{where}: {record_type} without WARC-Block-Digest")
            if record_type == "revisit":
                problems += _revisit_problems(where, headers)
    return problems


def _revisit_problems(where: str, headers: Any) -> list[str]:
    """A revisit names its profile; an identical-payload one, the payload it stands for."""
    problems = []
    profile = headers.get_header("WARC-Profile")
    if not profile:
        problems.append(f"{where}: revisit without WARC-Profile")
    elif profile in IDENTICAL_PAYLOAD_PROFILES and not headers.get_header("WARC-Payload-Digest"):
        problems.append(f"{where}: identical-payload-digest revisit without WARC-Payload-Digest")
    if not headers.get_header("WARC-Target-URI"):
        problems.append(f"{where}: revisit without WARC-Target-URI")
    refers_to_date = headers.get_header("WARC-Refers-To-Date")
    if refers_to_date is not None:
        try:
            iso_date_to_datetime(refers_to_date)
        except ValueError:
            problems.append(f"{where}: malformed WARC-Refers-To-Date")
    return problems


def verify_warc(path: str | os.PathLike[str]) -> list[str]:
    """Problems found in one WARC file (.warc.gz or .warc); an empty list means it is sound."""
    path = Path(path)
    problems: list[str] = []
    count = 0
    with open(path, "rb") as fh:
        for span in _spans(path, fh):
            count += 1
            if span.problem:
                problems.append(f"offset {span.offset}: {span.problem}")
    if count == 0:
        problems.append("no records")
    try:
        problems += _record_problems(path)
    except Exception as exc:  # any reader failure is a finding about the file, not a crash
        problems.append(f"warcio cannot read the file: {type(exc).__name__}: {exc}")
    return problems


def verify_archive(directory: str | os.PathLike[str]) -> dict[Path, list[str]]:
    """Every WARC file in a folder with its problems; a file still `.open` is a problem in itself."""
    directory = Path(directory)
    results = {path: verify_warc(path) for path in sorted(directory.glob("*.warc.gz"))}
    results |= {path: verify_warc(path) for path in sorted(directory.glob("*.warc"))}
    for path in sorted(directory.glob(f"*.warc*{OPEN_SUFFIX}")):
        results[path] = ["still open: the crawl is running, or was killed (repair_open_warc mends it)"]
    return results


def repair_open_warc(path: str | os.PathLike[str]) -> Path | None:
    """Cut a `.open` WARC after its last whole record and give it its final name.

    Returns the repaired file, or None (and removes the file) when not even one record was whole.
    """
    path = Path(path)
    if not path.name.endswith(OPEN_SUFFIX):
        raise ValueError(f"{path} is not a .open WARC file")
    final = path.with_name(path.name.removesuffix(OPEN_SUFFIX))
    if final.exists():
        raise FileExistsError(f"{final} exists already")
    good_end = 0
    with open(path, "rb") as fh:
        for span in _spans(path, fh):
            if span.end is None or span.problem:
                break
            good_end = span.end
    if good_end == 0:
        path.unlink()
        return None
    os.truncate(path, good_end)
    path.rename(final)
    return final
