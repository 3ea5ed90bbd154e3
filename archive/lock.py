"""An exclusive lock on an archive folder, so that two crawls never write into one folder at once.

`ArchiveLock(folder).acquire()` takes an `fcntl.flock` lock on `<folder>/.crawl.lock` and writes who
holds it into the file (process id, host, start time, command line); a second process gets
`ArchiveLocked`, whose message names the holder. The kernel drops the lock when the holding process
ends, however it ends (SIGKILL included), so a file left behind never blocks the next crawl.

Within one process the lock is shared and counted: `speech-archive crawl` takes it before Scrapy
starts, the crawl's extension (crawler.extensions.ArchiveFolderLock) takes it again, and the folder
is free once both have released it or the process is gone. Usable without Scrapy.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

LOCK_FILE = ".crawl.lock"

# folder -> (descriptor holding the lock, how many holders in this process)
_held: dict[Path, tuple[int, int]] = {}
_held_lock = threading.Lock()


class ArchiveLocked(RuntimeError):
    """Another process holds the archive folder's lock."""

    def __init__(self, folder: Path, holder: dict[str, Any] | None) -> None:
        self.folder = folder
        self.holder = holder or {}
        self.pid: int | None = self.holder.get("pid")
        who = (f"pid {self.pid} on {self.holder.get('host', '?')}, since {self.holder.get('started', '?')}"
               if self.pid else "a process that has not yet said who it is")
        command = self.holder.get("command")
        super().__init__(
            f"{folder} is in use by another crawl ({who}{': ' + command if command else ''}); "
            "wait for it to end, or give this crawl another archive folder")


def holder(folder: str | os.PathLike[str]) -> dict[str, Any] | None:
    """What the lock file says about its last holder (who may have ended since), or None."""
    try:
        found = json.loads((Path(folder) / LOCK_FILE).read_bytes())
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


class ArchiveLock:
    """The lock on one archive folder; `acquire()` raises ArchiveLocked when another process has it."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder).absolute()
        self.held = False

    def acquire(self) -> ArchiveLock:
        if self.held:
            return self
        with _held_lock:
            found = _held.get(self.folder)
            if found is not None:
                _held[self.folder] = (found[0], found[1] + 1)
            else:
                _held[self.folder] = (self._lock(), 1)
        self.held = True
        return self

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        with _held_lock:
            fd, count = _held[self.folder]
            if count > 1:
                _held[self.folder] = (fd, count - 1)
                return
            del _held[self.folder]
        os.close(fd)  # closing the descriptor drops the lock; the file stays for the next holder

    def _lock(self) -> int:
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise ArchiveLocked(self.folder, holder(self.folder)) from None
        try:
            about = {"pid": os.getpid(), "host": socket.gethostname(),
                     "started": datetime.now(UTC).isoformat(timespec="seconds"),
                     "command": " ".join(sys.argv)[:500]}
            data = (json.dumps(about, ensure_ascii=False) + "\n").encode("utf-8")
            os.ftruncate(fd, 0)
            os.pwrite(fd, data, 0)
        except BaseException:
            os.close(fd)  # a folder that cannot take these few bytes cannot take a crawl either
            raise
        return fd

    def __enter__(self) -> ArchiveLock:
        return self.acquire()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
