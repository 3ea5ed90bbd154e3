"""Scheduling through Scrapyd: deploy the project with `scrapyd-deploy` and its scrapy.cfg target to a real
`scrapyd` on 127.0.0.1, schedule a crawl through the HTTP API, and check what it archived."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from recrawl_site import RecrawlSite, article_page, speech_text

from archive.store import DocumentStore, document_id
from archive.verify import verify_archive

PROJECT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SCRAPYD, SCRAPYD_DEPLOY = BIN / "scrapyd", BIN / "scrapyd-deploy"
# what an egg of the project is built from; nothing else of the working tree is copied
PROJECT_FILES = ("archive", "cleaners", "crawler", "spiders", "scrapy.cfg", "setup.py", "pyproject.toml",
                 "README.md")

pytestmark = pytest.mark.skipif(
    not (SCRAPYD.exists() and SCRAPYD_DEPLOY.exists()),
    reason="scrapyd and scrapyd-client are not installed: pip install -e '.[test]'",
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def api(base: str, endpoint: str, **form: str | list[str]) -> dict[str, Any]:
    """GET `endpoint` with `form` as its query, or POST it when asked to change something."""
    data = urllib.parse.urlencode(form, doseq=True)
    if endpoint in ("schedule.json", "addversion.json", "cancel.json"):
        request = urllib.request.Request(base + endpoint, data=data.encode())
    else:
        request = urllib.request.Request(base + endpoint + (f"?{data}" if data else ""))
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())


@pytest.fixture
def scrapyd(tmp_path: Path) -> Iterator[str]:
    """A scrapyd on a free loopback port, with every folder of its own under tmp_path; yields its URL."""
    home = tmp_path / "scrapyd"
    home.mkdir()
    port = free_port()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        f"bind_address = 127.0.0.1\nhttp_port = {port}\n"
        f"eggs_dir = {home / 'eggs'}\nlogs_dir = {home / 'logs'}\ndbs_dir = {home / 'dbs'}\nitems_dir =\n"
        "poll_interval = 0.2\nmax_proc = 1\n",
        "utf-8",
    )
    log = open(home / "scrapyd.log", "wb")
    server = subprocess.Popen([str(SCRAPYD)], cwd=home, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if api(base, "daemonstatus.json")["status"] == "ok":
                    break
            except OSError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, (home / "scrapyd.log").read_text()
            time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def deploy(base: str, workdir: Path) -> dict[str, Any]:
    """`scrapyd-deploy` run in a copy of the project whose [deploy] target points at `base`."""
    copy = workdir / "project"
    for name in PROJECT_FILES:
        source = PROJECT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            copy.mkdir(exist_ok=True)
            shutil.copy2(source, copy / name)
    config = (copy / "scrapy.cfg").read_text("utf-8")
    assert re.search(r"(?m)^\[deploy\]$", config) and "project = speech_archive" in config
    (copy / "scrapy.cfg").write_text(re.sub(r"(?m)^url = .*$", f"url = {base}", config), "utf-8")
    done = subprocess.run([str(SCRAPYD_DEPLOY)], cwd=copy, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    return dict(answer)


def test_a_deployed_project_crawls_on_schedule(scrapyd: str, tmp_path: Path) -> None:
    site = RecrawlSite().start()
    try:
        title, text = speech_text(77)
        site.put("/xhdt/77.html", article_page(title, text.split("\n")))
        speech = site.url("/xhdt/77.html")
        deployed = deploy(scrapyd, tmp_path)
        assert deployed["status"] == "ok" and deployed["project"] == "speech_archive"
        assert "urls" in api(scrapyd, "listspiders.json", project="speech_archive")["spiders"]

        archive = tmp_path / "archive"
        settings = [f"ARCHIVE_DIR={archive}", "DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=False",
                    "TELNETCONSOLE_ENABLED=False", "CRAWL_NAME=weekly-scrapyd"]
        scheduled = api(scrapyd, "schedule.json", project="speech_archive", spider="urls", url=speech,
                        setting=settings)
        assert scheduled["status"] == "ok", scheduled
        job = scheduled["jobid"]
        deadline = time.monotonic() + 90
        while True:
            jobs = api(scrapyd, "listjobs.json", project="speech_archive")
            if any(j["id"] == job for j in jobs["finished"]):
                break
            assert time.monotonic() < deadline, jobs
            time.sleep(0.3)
    finally:
        site.stop()
    log = next((tmp_path / "scrapyd" / "logs").rglob(f"{job}.log")).read_text("utf-8")
    assert "Spider closed (finished)" in log, log[-3000:]
    with DocumentStore(archive) as store:
        stored = store.get(document_id(speech))
        assert store.check() == []
    assert stored is not None and stored.metadata["crawl"] == "weekly-scrapyd"
    assert stored.text.startswith("同志们") and stored.metadata["spider"] == "urls"
    results = verify_archive(archive / "warc")
    assert results and all(problems == [] for problems in results.values())
