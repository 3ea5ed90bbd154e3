"""A full disk and a read-only archive folder, for real: the archive folder is a small tmpfs mounted for
the test (root and `mount` are needed; the tests are skipped, saying so, where they cannot mount).

- Disk full in the middle of a crawl: the crawl stops by itself with a clear error (finish reason
  `archive_disk_full`), exits 1, and leaves nothing corrupted; with room made, the same command
  resumes and ends with every document.
- A read-only folder: the crawl refuses to start, says why, and changes nothing.
- A folder that turns read-only under the crawl (part of docs/ mounted read-only): the store's first
  failed save stops the crawl (`archive_read_only`); nothing corrupted; resumed once writable.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import os
import random
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from archive_checks import document_problems, stored_texts, warc_problems
from recrawl_site import Article, RecrawlSite, build_association_site, cli_env, crawl_command

from archive.store import document_id
from archive.unwritable import unwritable
from crawler.cli import repair_abandoned_warcs

if TYPE_CHECKING:
    from conftest import FaultRow

PROJECT_DIR = Path(__file__).resolve().parent.parent
ARTICLES = [Article(seed) for seed in range(300, 340)]  # 40 one-page articles


@dataclass
class Mount:
    path: Path

    def remount(self, options: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{options}", str(self.path)], check=True, capture_output=True)


def _mount(path: Path, options: str) -> Mount:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root: the disk-full and read-only tests cannot run here")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()}): the disk-full and read-only tests "
                    "need it")
    return Mount(path)


def _unmount(mount: Mount) -> None:
    if subprocess.run(["umount", str(mount.path)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(mount.path)], capture_output=True)  # busy: detach it all the same


@pytest.fixture
def mounts() -> Iterator[list[Mount]]:
    """Mounts made by the test, undone afterwards whatever happened (innermost first)."""
    made: list[Mount] = []
    yield made
    for mount in reversed(made):
        _unmount(mount)


@pytest.fixture(scope="module")
def site() -> Iterator[RecrawlSite]:
    served = RecrawlSite().start()
    build_association_site(served, ARTICLES, per_listing=8)
    # 48 KiB that no compression shrinks much in every article page: the WARC files fill a small disk fast
    rng = random.Random(6)
    for article in ARTICLES:
        html = served.pages[article.path].body.decode("utf-8")
        filler = base64.b64encode(rng.randbytes(36 * 1024)).decode()
        served.put(article.path, html.replace("</body>", f"<!-- {filler} --></body>"))
    yield served
    served.stop()


def crawl(site: RecrawlSite, archive: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = crawl_command(archive, "association", "-a", f"base_url={site.base_url}")
    return subprocess.run(command, cwd=cwd, env=cli_env(), capture_output=True, text=True, timeout=180)


def everything(site: RecrawlSite) -> set[str]:
    return {document_id(site.url(a.path)) for a in ARTICLES}


def whole(archive: Path) -> list[str]:
    """The repair step the next crawl runs first, then every check of tests/archive_checks.py."""
    repair_abandoned_warcs(archive)
    return warc_problems(archive / "warc") + document_problems(archive)


def checksums(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha1(p.read_bytes()).hexdigest() for p in folder.rglob("*")
            if p.is_file()}


def test_a_full_disk_stops_the_crawl_cleanly_and_it_resumes(site: RecrawlSite, tmp_path: Path, mounts: list[Mount],
                                                            fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("disk full in mid-crawl (a 1.5 MiB tmpfs)", "stops itself: archive_disk_full, exit 1, a clear "
                "error; after the repair step nothing corrupted; the same command resumes to the end")
    disk = _mount(tmp_path / "disk", "size=1536k")
    mounts.append(disk)
    archive = disk.path / "archive"
    full = crawl(site, archive, tmp_path)
    assert full.returncode == 1, full.stderr[-3000:]
    assert "archive_disk_full" in full.stdout and "the same command resumes it" in full.stdout
    assert "Stopping the crawl: the archive folder" in full.stderr and "the disk is full" in full.stderr
    # every error logged is the full disk, met by one writer or another: nothing else went wrong
    raised = set(re.findall(r"^([\w.]+(?:Error|Exception)): (.*)$", full.stderr, re.MULTILINE))
    assert raised and raised <= {("OSError", "[Errno 28] No space left on device"),
                                 ("sqlite3.OperationalError", "database or disk is full")}, raised
    # (read as the disk left it: finishing a save it interrupted is the repair step's, once there is room)
    stored = stored_texts(archive, recover=False) if (archive / "docs").is_dir() else {}
    row.observed = f"exit {full.returncode} after {len(stored)} of {len(ARTICLES)} documents"
    assert len(stored) < len(ARTICLES)

    disk.remount("size=64m")  # room made: what the full disk left must be whole, after the repair step
    assert whole(archive) == []
    assert {k: v for k, v in stored_texts(archive).items() if k in stored} == stored
    resumed = crawl(site, archive, tmp_path)
    row.observed += f"; nothing corrupted; resumed: exit {resumed.returncode}, {len(stored_texts(archive))} documents"
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert set(stored_texts(archive)) == everything(site)
    assert whole(archive) == []


def test_a_read_only_folder_is_refused_and_left_as_it_was(site: RecrawlSite, tmp_path: Path, mounts: list[Mount],
                                                          fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("read-only archive folder", "refused at the start with a clear error (speech-archive crawl, "
                "scrapy crawl); nothing changed")
    disk = _mount(tmp_path / "disk", "size=64m")
    mounts.append(disk)
    archive = disk.path / "archive"
    assert crawl(site, archive, tmp_path).returncode == 0
    before = checksums(archive)
    disk.remount("ro")
    refused = crawl(site, archive, tmp_path)
    scrapy = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "urls", "-a", f"url={site.url('/xhdt/300.html')}",
                             "-s", f"ARCHIVE_DIR={archive}", "-s", "TELNETCONSOLE_ENABLED=False"],
                            cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120)
    row.observed = f"exits {refused.returncode}, {scrapy.returncode}: 'the file system is read-only'" \
        if "the file system is read-only" in refused.stderr else f"exits {refused.returncode}, {scrapy.returncode}"
    assert refused.returncode == 1
    assert f"cannot use the archive folder {archive}: the file system is read-only" in refused.stderr
    assert scrapy.returncode == 1
    assert f"Not starting: the archive folder {archive} cannot be written: the file system is read-only" \
        in scrapy.stderr
    assert checksums(archive) == before
    disk.remount("rw")
    assert whole(archive) == [] and set(stored_texts(archive)) == everything(site)


def test_a_folder_turning_read_only_under_the_crawl_stops_it(site: RecrawlSite, tmp_path: Path,
                                                             mounts: list[Mount],
                                                             fault: Callable[[str, str], FaultRow]) -> None:
    row = fault("part of the folder turns read-only in mid-crawl", "stops itself: archive_read_only, exit 1; "
                "nothing corrupted; resumes to the end once writable")
    disk = _mount(tmp_path / "disk", "size=64m")
    mounts.append(disk)
    archive = disk.path / "archive"
    # the shard of an article halfway down the site is read-only: its save fails mid-crawl
    shard = document_id(site.url(ARTICLES[len(ARTICLES) // 2].path))[:2]
    mounts.append(_mount(archive / "docs" / shard, "ro,size=1m"))
    stopped = crawl(site, archive, tmp_path)
    assert stopped.returncode == 1, stopped.stderr[-3000:]
    assert "archive_read_only" in stopped.stdout
    assert "cannot be written: the file system is read-only" in stopped.stderr
    stored = stored_texts(archive)
    row.observed = f"exit {stopped.returncode} after {len(stored)} of {len(ARTICLES)} documents"
    assert stored and not [doc_id for doc_id in stored if doc_id.startswith(shard)]
    assert whole(archive) == []

    _unmount(mounts.pop())  # writable again
    resumed = crawl(site, archive, tmp_path)
    row.observed += f"; resumed: exit {resumed.returncode}"
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert set(stored_texts(archive)) == everything(site)
    assert whole(archive) == []


def _sqlite_error(tmp_path: Path, how: str) -> sqlite3.Error:
    """A real SQLite error: a database that may not grow ("full"), or one opened read-only."""
    path = tmp_path / f"{how}.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x BLOB)")
    db = sqlite3.connect(f"file:{path}?mode=ro" if how == "read_only" else path, uri=True)
    try:
        if how == "full":
            db.execute("PRAGMA max_page_count = 2")
        db.execute("INSERT INTO t VALUES (?)", (bytes(100_000),))
        db.commit()
    except sqlite3.Error as exc:
        return exc
    finally:
        db.close()
    raise AssertionError("SQLite accepted the write")


def test_what_counts_as_an_archive_that_cannot_be_written(tmp_path: Path) -> None:
    def wrapped(cause: BaseException) -> RuntimeError:
        try:
            raise RuntimeError("saving a document failed") from cause
        except RuntimeError as exc:
            return exc

    found = {
        "ENOSPC": unwritable(OSError(errno.ENOSPC, "No space left on device")),
        "EDQUOT, as a cause": unwritable(wrapped(OSError(errno.EDQUOT, "Disk quota exceeded"))),
        "EROFS": unwritable(OSError(errno.EROFS, "Read-only file system")),
        "SQLite full": unwritable(_sqlite_error(tmp_path, "full")),
        "SQLite read-only": unwritable(_sqlite_error(tmp_path, "read_only")),
    }
    assert {name: why.finish_reason if why else None for name, why in found.items()} == {
        "ENOSPC": "archive_disk_full", "EDQUOT, as a cause": "archive_disk_full", "EROFS": "archive_read_only",
        "SQLite full": "archive_disk_full", "SQLite read-only": "archive_read_only"}
    # what a crawl can live with, or must report some other way
    assert unwritable(OSError(errno.ENOTDIR, "Not a directory")) is None
    assert unwritable(FileNotFoundError(errno.ENOENT, "gone")) is None
    assert unwritable(ValueError("bad page")) is None and unwritable(None) is None

