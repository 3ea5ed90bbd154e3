"""Shared pytest fixtures."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from fixture_site import FixtureSite
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders

PROJECT_DIR = Path(__file__).resolve().parent.parent


# --- fixture web site and real crawls against it (WARC recorder, urls spider) ---


@pytest.fixture(scope="module")
def fixture_site() -> Iterator[FixtureSite]:
    """A real HTTP server on 127.0.0.1, one per test module so its request log is the module's own."""
    site = FixtureSite().start()
    yield site
    site.stop()


@dataclass
class CrawlResult:
    returncode: int
    log: str
    stats: dict[str, int]  # the integer stats from Scrapy's closing stats dump


CrawlRunner = Callable[..., CrawlResult]


def _run_crawl(
    spider: str, archive_dir: Path, *args: str, settings: dict[str, str] | None = None, timeout: float = 60
) -> CrawlResult:
    """Run `scrapy crawl` in a subprocess, as a user would; item pipelines off unless given."""
    command = [sys.executable, "-m", "scrapy", "crawl", spider, *args]
    base = {
        "ARCHIVE_DIR": str(archive_dir),
        "ITEM_PIPELINES": "{}",
        "DOWNLOAD_DELAY": "0",
        "AUTOTHROTTLE_ENABLED": "False",
        "TELNETCONSOLE_ENABLED": "False",
        "LOG_LEVEL": "INFO",
    }
    for name, value in {**base, **(settings or {})}.items():
        command += ["-s", f"{name}={value}"]
    done = subprocess.run(command, cwd=PROJECT_DIR, capture_output=True, text=True, timeout=timeout)
    dump = done.stderr.partition("Dumping Scrapy stats:")[2]
    stats = {name: int(value) for name, value in re.findall(r"'([^']+)': (\d+)[,}]", dump)}
    return CrawlResult(done.returncode, done.stderr, stats)


@pytest.fixture(scope="session")
def run_crawl() -> CrawlRunner:
    """`run_crawl(spider, archive_dir, *scrapy_args, settings={...})` -> CrawlResult."""
    return _run_crawl


@dataclass
class WarcEntry:
    """A record read back: WARC headers, HTTP head (request/response records), payload bytes as stored."""

    file: Path
    offset: int
    length: int
    type: str
    headers: StatusAndHeaders
    http: StatusAndHeaders | None
    payload: bytes

    def get(self, name: str) -> str | None:
        return self.headers.get_header(name)


def _read_warc(path: Path) -> list[WarcEntry]:
    entries = []
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh)
        for record in records:
            payload = record.raw_stream.read()
            entries.append(
                WarcEntry(
                    file=path,
                    offset=records.get_record_offset(),
                    length=0,
                    type=record.rec_type,
                    headers=record.rec_headers,
                    http=record.http_headers,
                    payload=payload,
                )
            )
            # the length is known only once the iterator has moved past the record
            records.read_to_end()
            entries[-1].length = records.get_record_length()
    return entries


@pytest.fixture(scope="session")
def read_warc() -> Callable[[Path], list[WarcEntry]]:
    """`read_warc(path)` -> the file's records, in order, read with warcio."""
    return _read_warc


# --- tables tests fill in and the run prints at its end, before pytest's totals (the fault suite's) ---

_TABLES = pytest.StashKey[dict[str, tuple[Sequence[str], list[list[str]]]]]()
_OUTCOME = pytest.StashKey[str]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[pytest.TestReport]:
    report = yield
    if report.when == "call" or (report.when == "setup" and not report.passed):
        item.stash[_OUTCOME] = report.outcome
    return report


@pytest.fixture
def test_outcome(request: pytest.FixtureRequest) -> Callable[[], str]:
    """`test_outcome()` in a fixture's teardown: "passed", "failed" or "skipped" for the test it served."""
    return lambda: request.node.stash.get(_OUTCOME, "not run")


@pytest.fixture(scope="session")
def summary_table(request: pytest.FixtureRequest) -> Callable[[str, Sequence[str]], list[list[str]]]:
    """`summary_table(title, header)` -> the rows of that table, printed once every test has run."""
    tables = request.config.stash.setdefault(_TABLES, {})

    def table(title: str, header: Sequence[str]) -> list[list[str]]:
        return tables.setdefault(title, (header, []))[1]

    return table


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    for title, (header, rows) in config.stash.get(_TABLES, {}).items():
        if not rows:
            continue
        widths = [max(len(str(row[i])) for row in [list(header), *rows]) for i in range(len(header))]
        terminalreporter.section(title)
        for row in [list(header), ["-" * width for width in widths], *rows]:
            terminalreporter.write_line(" | ".join(str(cell).ljust(width) for cell, width in zip(row, widths,
                                                                                                strict=True)).rstrip())


# --- the fault suite's table (tests/test_faults.py and the other fault tests fill it) ---

FAULT_TABLE = "fault suite: fault | expected handling | result"


@dataclass
class FaultRow:
    fault: str
    expected: str
    observed: str = ""


@pytest.fixture
def fault(summary_table: Callable[[str, Sequence[str]], list[list[str]]], test_outcome: Callable[[], str]
          ) -> Iterator[Callable[[str, str], FaultRow]]:
    """`fault(name, expected)` -> a row of the fault table; the test sets `observed`, its outcome the verdict."""
    table = summary_table(FAULT_TABLE, ("fault", "expected handling", "result"))
    rows: list[FaultRow] = []

    def row(name: str, expected: str) -> FaultRow:
        rows.append(FaultRow(name, expected))
        return rows[-1]

    yield row
    outcome = test_outcome()
    verdict = "ok" if outcome == "passed" else outcome.upper()
    for r in rows:
        table.append([r.fault, r.expected, f"{verdict}: {r.observed}" if r.observed else verdict])

