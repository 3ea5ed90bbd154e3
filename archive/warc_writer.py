"""Write WARC/1.1 files into a directory: Heritrix-style names, one gzip member per record, size rotation.

Usable without Scrapy. `WarcFileWriter` is a warcio writer: build records with its warcio methods
(`create_warc_record`, ...) and hand them over in groups with `write_records`; a group always lands in
one file, is flushed before the call returns, and each record's location comes back.
"""

from __future__ import annotations

import itertools
import os
import re
import socket
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import BaseWARCWriter

WARC_VERSION = "WARC/1.1"
WARC_FORMAT = "WARC File Format 1.1"
WARC_CONFORMS_TO = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
OPEN_SUFFIX = ".open"
_PREFIX = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")

# process-wide, so writers sharing a directory (two crawlers in one CrawlerProcess) never pick one name
_serials = itertools.count()
_serials_lock = threading.Lock()


def _next_serial() -> int:
    with _serials_lock:
        return next(_serials)


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


def software_name(*packages: str) -> str:
    """warcinfo `software`: this project's version, then the given packages' and warcio's."""
    parts = [f"{name}/{_package_version(name)}" for name in (*packages, "warcio")]
    return f"speech-archive/{_package_version('speech-archive')} ({', '.join(parts)})"


@cache
def _local_ip() -> str | None:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            # connect() on UDP sends nothing: it only asks the kernel which address routes out
            probe.connect(("192.0.2.1", 9))
            return str(probe.getsockname()[0])
    except OSError:
        return None


@dataclass(frozen=True)
class RecordLocation:
    """Where a record was written: the file's final name (never the .open one) and its byte span."""

    file: str
    offset: int
    length: int
    record_id: str


class HttpHeaders(StatusAndHeaders):
    """An HTTP header block written byte for byte.

    Values are latin-1 text standing for the bytes on the wire; warcio would otherwise %-encode
    non-ASCII header values, and the record would no longer be what the server sent.
    """

    def compute_headers_buffer(self, header_filter: Any = None) -> None:
        self.headers_buff = self.to_bytes(header_filter, encoding="latin-1")


class WarcFileWriter(BaseWARCWriter):
    """Writes records to `PREFIX-YYYYMMDDhhmmssSSS-SERIAL-PID~HOST.warc.gz` files in `directory`.

    A file is written as `NAME.open`, starts with a warcinfo record, and is renamed to NAME when closed,
    which happens when it reaches `max_size` (after the group that crossed it) or on `close()`.
    """

    def __init__(
        self,
        directory: str | os.PathLike[str],
        prefix: str = "WARC",
        max_size: int = 1024**3,
        gzip: bool = True,
        warcinfo: Mapping[str, str | None] | None = None,
    ) -> None:
        super().__init__(gzip=gzip, warc_version=WARC_VERSION)
        if not _PREFIX.fullmatch(prefix):  # it is part of a file name: no path may ride in on it
            raise ValueError(f"a WARC prefix is letters, digits, '.', '_' or '-', got {prefix!r}")
        self.directory = Path(directory)
        self.prefix = prefix
        self.max_size = max_size
        self.warcinfo = {
            "software": software_name(),
            "format": WARC_FORMAT,
            "conformsTo": WARC_CONFORMS_TO,
            "hostname": self.hostname,
            "ip": _local_ip(),
            **(warcinfo or {}),
        }
        self.closed_files: list[Path] = []
        self._file: IO[bytes] | None = None
        self._name: str | None = None
        self._lock = threading.Lock()

    @property
    def open_path(self) -> Path | None:
        """The file being written (still carrying .open), if any."""
        return self.directory / f"{self._name}{OPEN_SUFFIX}" if self._name else None

    def write_records(self, records: Iterable[ArcWarcRecord]) -> list[RecordLocation]:
        """Write a group of records into one file, flush it, and return each record's location."""
        with self._lock:
            if self._file is None:
                self._open()
            assert self._file is not None
            group_start = self._file.tell()
            try:
                locations = [self._write_one(record) for record in records]
                self._file.flush()
            except BaseException:
                self._discard_from(group_start)
                raise
            if self._file.tell() >= self.max_size:
                self._close()
            return locations

    def write_record(self, record: ArcWarcRecord, params: Any = None) -> RecordLocation:
        return self.write_records([record])[0]

    def _do_write_req_resp(self, req: ArcWarcRecord, resp: ArcWarcRecord, params: Any) -> None:
        self.write_records([resp, req])

    def close(self) -> None:
        """Close and rename the current file; safe to call more than once."""
        with self._lock:
            self._close()

    def __enter__(self) -> WarcFileWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _file_name(self, serial: int) -> str:
        now = datetime.now(UTC)
        stamp = now.strftime("%Y%m%d%H%M%S") + f"{now.microsecond // 1000:03d}"
        host = re.sub(r"[^\w.-]", "_", self.hostname)
        ext = ".warc.gz" if self.gzip else ".warc"
        return f"{self.prefix}-{stamp}-{serial:05d}-{os.getpid()}~{host}{ext}"

    def _open(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        while True:
            name = self._file_name(_next_serial())
            if (self.directory / name).exists():
                continue
            try:
                self._file = open(self.directory / f"{name}{OPEN_SUFFIX}", "xb")
            except FileExistsError:
                continue
            self._name = name
            break
        try:
            self._write_one(self.create_warcinfo_record(name, self.warcinfo))
            self._file.flush()
        except BaseException:
            self._discard_from(0)
            raise

    def _write_one(self, record: ArcWarcRecord) -> RecordLocation:
        assert self._file is not None and self._name is not None
        start = self._file.tell()
        self._write_warc_record(self._file, record)
        return RecordLocation(
            file=self._name,
            offset=start,
            length=self._file.tell() - start,
            record_id=record.rec_headers.get_header("WARC-Record-ID"),
        )

    def _discard_from(self, offset: int) -> None:
        """Cut a failed write off so the file ends on a whole record; if that fails, give the file up."""
        assert self._file is not None and self.open_path is not None
        open_path = self.open_path
        try:
            self._file.seek(offset)
            self._file.truncate()
            if offset > 0:
                return
        except OSError:
            pass
        file, self._file, self._name = self._file, None, None
        try:
            file.close()
            if offset == 0:
                open_path.unlink()
        except OSError:
            pass  # a file left .open is recovered by archive.verify.repair_open_warc

    def _close(self) -> None:
        if self._file is None:
            return
        open_path, name = self.open_path, self._name
        assert open_path is not None and name is not None
        file, self._file, self._name = self._file, None, None
        file.close()
        final = self.directory / name
        open_path.rename(final)
        self.closed_files.append(final)
