"""Write errors that mean the archive folder can take nothing more: disk full, quota, read-only, I/O error.

A crawl that meets one should stop rather than go on fetching pages it cannot keep: components that
write (the WARC recorder, the stores) send the `archive_unwritable` signal, and
crawler.extensions.StopWhenArchiveUnwritable closes the spider. Usable without Scrapy.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass

# a Scrapy signal (any unique object is one), sent with `exception=`
archive_unwritable = object()

_ERRNOS = {
    errno.ENOSPC: ("disk_full", "the disk is full"),
    errno.EDQUOT: ("disk_full", "the disk quota is used up"),
    errno.EROFS: ("read_only", "the file system is read-only"),
    errno.EIO: ("io_error", "the disk reports an I/O error"),
}
# SQLite's primary result codes (the low byte of an extended code)
_SQLITE = {
    13: ("disk_full", "the disk is full"),  # SQLITE_FULL
    8: ("read_only", "the database is read-only"),  # SQLITE_READONLY
    10: ("io_error", "the disk reports an I/O error"),  # SQLITE_IOERR
}


@dataclass(frozen=True)
class Unwritable:
    """Why the archive cannot be written: `code` for a crawl's finish reason, `text` for people."""

    code: str
    text: str

    @property
    def finish_reason(self) -> str:
        return f"archive_{self.code}"


def unwritable(exc: BaseException | None) -> Unwritable | None:
    """Why `exc` (or an exception it was raised from) means the archive folder cannot be written."""
    seen = 0
    while exc is not None and seen < 8:  # bounded: a cycle of causes must not loop
        if isinstance(exc, OSError) and exc.errno in _ERRNOS:
            return Unwritable(*_ERRNOS[exc.errno])
        if isinstance(exc, sqlite3.Error):
            code = getattr(exc, "sqlite_errorcode", None)
            if code is not None and code & 0xFF in _SQLITE:
                return Unwritable(*_SQLITE[code & 0xFF])
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None
