"""One crawl per archive folder: archive.lock.ArchiveLock, and every way a crawl starts taking it.

A second crawl pointed at a folder a crawl is writing to refuses with a message naming the first
one's process, and writes nothing; the first goes on undisturbed. The lock goes with its process,
however that process ends.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from archive_checks import document_problems, warc_problems
from fault_server import FaultServer
from recrawl_site import cli_env

from archive.lock import LOCK_FILE, ArchiveLock, ArchiveLocked, holder

if TYPE_CHECKING:
    from conftest import FaultRow

PROJECT_DIR = Path(__file__).resolve().parent.parent
COMMAND = str(Path(sys.executable).with_name("speech-archive"))
QUIET = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "TELNETCONSOLE_ENABLED=False"]
HOLDER = """
import sys, time
from archive.lock import ArchiveLock
ArchiveLock(sys.argv[1]).acquire()
print("held", flush=True)
time.sleep(60)
"""


@pytest.fixture
def held(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the lock on tmp_path/archive."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path / "archive")], stdout=subprocess.PIPE,
                               text=True, cwd=PROJECT_DIR)
    assert process.stdout is not None and process.stdout.readline() == "held\n"
    yield process
    process.kill()
    process.wait(timeout=30)


def test_a_second_process_is_refused_with_the_holders_pid(tmp_path: Path, held: subprocess.Popen[str]) -> None:
    with pytest.raises(ArchiveLocked) as refused:
        ArchiveLock(tmp_path / "archive").acquire()
    assert refused.value.pid == held.pid
    assert f"pid {held.pid} on " in str(refused.value) and "in use by another crawl" in str(refused.value)
    assert (holder(tmp_path / "archive") or {})["pid"] == held.pid


def test_the_lock_goes_with_its_process_even_when_killed(tmp_path: Path, held: subprocess.Popen[str]) -> None:
    held.send_signal(signal.SIGKILL)
    held.wait(timeout=30)
    assert (tmp_path / "archive" / LOCK_FILE).exists()  # the file stays; its lock does not
    with ArchiveLock(tmp_path / "archive") as lock:
        assert lock.held and (holder(tmp_path / "archive") or {})["pid"] == os.getpid()


def test_holders_in_one_process_share_it_until_the_last_lets_go(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    first, second = ArchiveLock(folder).acquire(), ArchiveLock(folder).acquire()
    probe = [sys.executable, "-c", "import sys; from archive.lock import ArchiveLock; "
             "ArchiveLock(sys.argv[1]).acquire()", str(folder)]
    first.release()
    still = subprocess.run(probe, capture_output=True, text=True, cwd=PROJECT_DIR, timeout=60)
    assert still.returncode != 0 and "ArchiveLocked" in still.stderr
    second.release()
    free = subprocess.run(probe, capture_output=True, text=True, cwd=PROJECT_DIR, timeout=60)
    assert free.returncode == 0, free.stderr


def test_a_second_crawl_refuses_while_the_first_goes_on(tmp_path: Path, fault: Callable[[str, str], FaultRow]
                                                         ) -> None:
    """A real crawl holds the folder (its only page stalls); three others try the same folder meanwhile."""
    row = fault("two crawls into one archive folder", "the second (speech-archive crawl, scrapy crawl, demo) "
                "refuses: exit 1, the first's pid named; writes nothing; the first goes on")
    archive = tmp_path / "archive"
    with FaultServer(stall_seconds=30) as server:
        first = subprocess.Popen(
            [COMMAND, "crawl", "urls", "-a", f"url={server.url('/hang')}", "--archive-dir", str(archive), *QUIET,
             "-s", "DOWNLOAD_TIMEOUT=6", "-s", "RETRY_TIMES=0"],
            cwd=tmp_path, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 30
            while not server.hits_of("/hang") and time.monotonic() < deadline and first.poll() is None:
                time.sleep(0.05)
            assert server.hits_of("/hang"), "the first crawl never got going"
            before = sorted(p.relative_to(archive).as_posix() for p in archive.rglob("*"))
            second = subprocess.run(
                [COMMAND, "crawl", "urls", "-a", f"url={server.url('/ok/3')}", "--archive-dir", str(archive),
                 *QUIET], cwd=tmp_path, env=cli_env(), capture_output=True, text=True, timeout=60)
            scrapy = subprocess.run(
                [sys.executable, "-m", "scrapy", "crawl", "urls", "-a", f"url={server.url('/ok/4')}",
                 "-s", f"ARCHIVE_DIR={archive}", *QUIET], cwd=PROJECT_DIR, capture_output=True, text=True,
                timeout=60)
            demo = subprocess.run([COMMAND, "demo", "--archive-dir", str(archive)], cwd=tmp_path, env=cli_env(),
                                  capture_output=True, text=True, timeout=60)
            assert first.poll() is None, "the first crawl should still be waiting for its page"
            after = sorted(p.relative_to(archive).as_posix() for p in archive.rglob("*"))
        finally:
            stdout, stderr = first.communicate(timeout=60)
        # once the first has ended, the folder is free again
        again = subprocess.run([COMMAND, "crawl", "urls", "-a", f"url={server.url('/ok/5')}", "--archive-dir",
                                str(archive), *QUIET], cwd=tmp_path, env=cli_env(), capture_output=True, text=True,
                               timeout=60)
    message = f"is in use by another crawl (pid {first.pid} on "
    named = re.search(r"in use by another crawl \(pid \d+", second.stderr)
    row.observed = f"exits {second.returncode}, {scrapy.returncode}, {demo.returncode}: " \
                   f"'{named.group() if named else second.stderr[-80:]}…'; the first: exit {first.returncode}"
    assert second.returncode == 1 and message in second.stderr, second.stderr[-2000:]
    assert scrapy.returncode == 1 and message in scrapy.stderr, scrapy.stderr[-2000:]
    assert demo.returncode == 1 and message in demo.stderr, demo.stderr[-2000:]
    assert not [hit for hit in server.hits if hit.path in ("/ok/3", "/ok/4")]  # they fetched nothing
    assert after == before  # and wrote nothing: no WARC file, no job, no document of theirs
    assert first.returncode == 0, stderr[-3000:]
    assert again.returncode == 0 and "is in use" not in again.stderr, again.stderr[-2000:]
    assert warc_problems(archive / "warc") == [] and document_problems(archive) == []
