"""Crash safety: a crawl killed with SIGKILL again and again, at a different moment each time, then resumed.

One `speech-archive crawl` job over a slow association site on 127.0.0.1 is started and killed KILLS
times: while Python starts, as it takes the archive lock, as its WARC file opens, just after a WARC
write, as a document's save begins, just after a commit, and at seeded random times. After every
kill the repair step runs (what the next crawl does first: mend `.warc.gz.open` files, finish
interrupted saves) and then the whole archive is checked independently of the code that wrote it
(tests/archive_checks.py): every gzip member complete, every record as long as its Content-Length,
`warcio check`, every document's texts against its metadata, manifest row and WARC pointer. A
document, once stored, never changes. The last run, not killed, must end with every article stored.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from archive_checks import document_problems, stored_texts, warc_problems
from recrawl_site import Article, RecrawlSite, build_association_site, cli_env, crawl_command, speech_text

from archive.lock import holder
from archive.store import document_id
from crawler.cli import repair_abandoned_warcs

if TYPE_CHECKING:
    from conftest import FaultRow

ARTICLES = [Article(seed, pages=2 if seed % 3 == 0 else 1) for seed in range(200, 280)]  # 80 articles, 107 pages
KILLS = 24
LOOP_SECONDS = 150  # the whole loop's budget; each wait below is bounded too
POLL = 0.002
TABLE = "kill loop: run | killed when | at (s) | documents | WARC files | .open files repaired"


@dataclass
class Run:
    process: subprocess.Popen[str]
    archive: Path
    started: float

    def alive(self) -> bool:
        return self.process.poll() is None


def _docs(archive: Path) -> set[str]:
    return {p.stem for p in (archive / "docs").glob("*/*.json")} if (archive / "docs").is_dir() else set()


def _opened(run: Run) -> list[Path]:
    return list((run.archive / "warc").glob(f"*-{run.process.pid}~*.open")) if (run.archive / "warc").is_dir() \
        else []


# each moment waits (bounded by `until`) for its event; True once it has come
Moment = Callable[[Run, float], bool]
Event = Callable[[Run, dict[str, int]], bool]  # the dict is the event's memory during one run


def after(seconds: float) -> Moment:
    def wait(run: Run, until: float) -> bool:
        while run.alive() and time.monotonic() < min(until, run.started + seconds):
            time.sleep(POLL)
        return run.alive()
    return wait


def when(event: Event) -> Moment:
    def wait(run: Run, until: float) -> bool:
        memory: dict[str, int] = {}
        while run.alive() and time.monotonic() < until:
            if event(run, memory):
                return True
            time.sleep(POLL)
        return False
    return wait


def lock_taken(run: Run, memory: dict[str, int]) -> bool:
    return (holder(run.archive) or {}).get("pid") == run.process.pid


def warc_opened(run: Run, memory: dict[str, int]) -> bool:
    return bool(_opened(run))


def warc_written(run: Run, memory: dict[str, int]) -> bool:
    found = _opened(run)
    size = found[0].stat().st_size if found else 0
    grew = size > memory.get("size", 0) > 0  # past its warcinfo record, one more write landed
    memory["size"] = size
    return grew


def saving(run: Run, memory: dict[str, int]) -> bool:
    docs = run.archive / "docs"
    return docs.is_dir() and any(p.name != ".lock" for p in docs.glob("*/.*"))


def committed(run: Run, memory: dict[str, int]) -> bool:
    count = len(_docs(run.archive))
    return count > memory.setdefault("first", count)


def moments() -> list[tuple[str, Moment]]:
    rng = random.Random(6)
    events = [("0.2 s in: Python starting", after(0.2)), ("0.7 s in: importing", after(0.7)),
              ("as it takes the archive lock", when(lock_taken)), ("as its WARC file opens", when(warc_opened)),
              ("just after a WARC write", when(warc_written)), ("as a document save begins", when(saving)),
              ("just after a document commit", when(committed))]
    found = []
    for n in range(KILLS):
        if n % 3 == 2:  # a third at random times, mostly while pages are fetched and stored
            seconds = round(rng.uniform(1.0, 3.2), 2)
            found.append((f"{seconds} s in (random)", after(seconds)))
        else:
            found.append(events[(n - n // 3) % len(events)])
    return found


def start(archive: Path, site: RecrawlSite, work: Path) -> Run:
    command = crawl_command(archive, "association", "-a", f"base_url={site.base_url}")
    process = subprocess.Popen(command, cwd=work, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    return Run(process, archive, time.monotonic())


def repair_and_check(archive: Path) -> list[str]:
    """The repair step (as the next crawl runs it first), then every check; the problems found."""
    report = repair_abandoned_warcs(archive)
    return [f"repair: {line}" for line in report if not line.startswith("repaired ")] \
        + warc_problems(archive / "warc") + document_problems(archive)


@pytest.fixture(scope="module")
def site() -> Iterator[RecrawlSite]:
    served = RecrawlSite(delay=0.5).start()  # article pages answer slowly: a crawl takes several runs
    build_association_site(served, ARTICLES, per_listing=8)
    yield served
    served.stop()


def test_a_crawl_killed_at_any_moment_resumes_whole(site: RecrawlSite, tmp_path: Path,
                                                    summary_table: Callable[..., list[list[str]]],
                                                    fault: Callable[[str, str], FaultRow]) -> None:
    row = fault(f"SIGKILL at {KILLS} moments, the same crawl run again after each", "after each repair step every "
                "gzip member whole, every record its Content-Length, warcio check, texts = metadata = manifest; "
                "the resumed crawl ends complete")
    archive = tmp_path / "archive"
    table = summary_table(TABLE, ("run", "killed when", "at (s)", "documents", "WARC files",
                                  ".open files repaired"))
    deadline = time.monotonic() + LOOP_SECONDS
    kept: dict[str, str] = {}  # id -> text SHA-1 of every document stored so far
    kills = 0
    for n, (label, moment) in enumerate(moments(), 1):
        assert time.monotonic() < deadline, f"the loop ran out of time after {kills} kills"
        run = start(archive, site, tmp_path)
        try:
            came = moment(run, min(deadline, time.monotonic() + 10))
            at = time.monotonic() - run.started
            if run.alive():
                run.process.send_signal(signal.SIGKILL)
        finally:
            if run.alive():
                run.process.kill()
            _, stderr = run.process.communicate(timeout=30)
        finished = run.process.returncode == 0
        assert finished or run.process.returncode == -signal.SIGKILL, stderr[-3000:]
        kills += run.process.returncode == -signal.SIGKILL
        opened = [p.name for p in (archive / "warc").glob("*.open")] if (archive / "warc").is_dir() else []
        problems = repair_and_check(archive)
        assert problems == [], f"run {n} ({label}): {problems}"
        now = stored_texts(archive)
        assert {k: now[k] for k in kept} == kept, "a stored document changed or went missing"
        kept = now
        files = len(list((archive / "warc").glob("*.warc.gz"))) if (archive / "warc").is_dir() else 0
        table.append([str(n), label + ("" if came else " (never came: killed at the deadline)"),
                      f"{at:.2f}", str(len(now)), str(files), str(len(opened))])
        assert not finished, f"run {n} finished before it could be killed: the site is too fast"

    row.observed = f"{kills} kills, every check passed, {len(kept)} of {len(ARTICLES)} documents before the last run"
    assert kills >= 20
    assert len(kept) < len(ARTICLES), "the crawl got everything while being killed: nothing left to resume"
    final = start(archive, site, tmp_path)
    stdout, stderr = final.process.communicate(timeout=max(60.0, deadline - time.monotonic()))
    assert final.process.returncode == 0, stderr[-3000:]
    assert "resumed after a kill" in stdout and not re.search(r"\b0 replayed", stdout)
    table.append(["final", "not killed: resumed to the end", f"{time.monotonic() - final.started:.2f}",
                  str(len(_docs(archive))), str(len(list((archive / "warc").glob("*.warc.gz")))), "-"])
    assert repair_and_check(archive) == []
    stored = stored_texts(archive)
    row.observed += f", {len(stored)} after it"
    assert set(stored) == {document_id(site.url(a.path)) for a in ARTICLES}
    assert {k: stored[k] for k in kept} == kept
    with_texts = {document_id(site.url(a.path)): speech_text(a.seed)[1].splitlines()[-1] for a in ARTICLES}
    for doc_id, last_line in with_texts.items():
        text = (archive / "docs" / doc_id[:2] / f"{doc_id}.txt").read_text("utf-8")
        assert last_line in text, doc_id  # every page of every article is in, the second ones too
    assert list((archive / "jobs").iterdir()) == []  # the job finished: its state is cleared
    assert os.listdir(archive / "warc") and not list((archive / "warc").glob("*.open"))
