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
import hashlib
import os
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from archive_checks import document_problems, stored_texts, warc_problems
from recrawl_site import Article, RecrawlSite, build_association_site, cli_env, crawl_command

from archive.store import document_id
from crawler.cli import repair_abandoned_warcs

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


def test_a_full_disk_stops_the_crawl_cleanly_and_it_resumes(site: RecrawlSite, tmp_path: Path,
                                                            mounts: list[Mount]) -> None:
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
    stored = stored_texts(archive) if (archive / "docs").is_dir() else {}
    assert len(stored) < len(ARTICLES)

    disk.remount("size=64m")  # room made: what the full disk left must be whole, after the repair step
    assert whole(archive) == []
    assert {k: v for k, v in stored_texts(archive).items() if k in stored} == stored
    resumed = crawl(site, archive, tmp_path)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert set(stored_texts(archive)) == everything(site)
    assert whole(archive) == []


def test_a_read_only_folder_is_refused_and_left_as_it_was(site: RecrawlSite, tmp_path: Path,
                                                          mounts: list[Mount]) -> None:
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
    assert refused.returncode == 1
    assert f"cannot use the archive folder {archive}: the file system is read-only" in refused.stderr
    assert scrapy.returncode == 1
    assert f"Not starting: the archive folder {archive} cannot be written: the file system is read-only" \
        in scrapy.stderr
    assert checksums(archive) == before
    disk.remount("rw")
    assert whole(archive) == [] and set(stored_texts(archive)) == everything(site)


def test_a_folder_turning_read_only_under_the_crawl_stops_it(site: RecrawlSite, tmp_path: Path,
                                                             mounts: list[Mount]) -> None:
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
    assert stored and not [doc_id for doc_id in stored if doc_id.startswith(shard)]
    assert whole(archive) == []

    _unmount(mounts.pop())  # writable again
    resumed = crawl(site, archive, tmp_path)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert set(stored_texts(archive)) == everything(site)
    assert whole(archive) == []
