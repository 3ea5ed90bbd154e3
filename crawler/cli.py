"""The `speech-archive` command: crawl, extract, demo and verify.

Exit codes: 0 done, 1 something failed (a crawl that could not start or was cut short, an input
the cleaners could not read, a WARC file or document that does not verify), 2 bad usage.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import socket
import sys
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawler import __version__

if TYPE_CHECKING:
    from scrapy.crawler import Crawler, CrawlerProcess
    from scrapy.settings import Settings

    from archive.lock import ArchiveLock

OK, FAILED, USAGE = 0, 1, 2

# loopback needs no politeness: the demo would otherwise wait a second or more per page
LOOPBACK_SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}


def _emit(text: str) -> None:
    # bytes, so the output is UTF-8 whatever the locale says
    sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    sys.stdout.buffer.flush()


def _pairs(values: Iterable[str], option: str, parser: argparse.ArgumentParser) -> dict[str, str]:
    pairs = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name:
            parser.error(f"{option} expects NAME=VALUE, got {value!r}")
        pairs[name] = setting
    return pairs


# --- extract ---


def _extract_one(path: str, url: str | None) -> dict[str, Any]:
    from cleaners import Page, extract_document

    try:
        body = Path(path).read_bytes()
    except OSError as exc:
        return {"source": path, "error": f"{type(exc).__name__}: {exc.strerror or exc}"}
    try:
        document = extract_document([Page(body=body, url=url)])
    except Exception as exc:  # one bad input must not stop the others
        return {"source": path, "error": f"{type(exc).__name__}: {exc}"}
    result: dict[str, Any] = {"source": path}
    result.update(document.to_dict())
    result["source"] = path
    return result


def cmd_extract(args: argparse.Namespace) -> int:
    failed = 0
    collected = []
    for path in args.paths:
        result = _extract_one(path, args.url)
        failed += "error" in result
        if args.format == "jsonl":
            _emit(json.dumps(result, ensure_ascii=False, default=str))
        else:
            collected.append(result)
    if args.format == "json":
        _emit(json.dumps(collected, ensure_ascii=False, indent=2, default=str))
    if failed:
        print(f"{failed} of {len(args.paths)} inputs failed", file=sys.stderr)
    return FAILED if failed else OK


# --- crawling ---


def project_settings(overrides: dict[str, str], archive_dir: str | None) -> Settings:
    """The project's Scrapy settings from any working directory, with command-line overrides."""
    from scrapy.utils.conf import closest_scrapy_cfg
    from scrapy.utils.project import get_project_settings

    if not os.environ.get("SCRAPY_SETTINGS_MODULE") and not closest_scrapy_cfg():
        os.environ["SCRAPY_SETTINGS_MODULE"] = "crawler.settings"
    settings = get_project_settings()
    settings.setdict(overrides, priority="cmdline")
    # relative paths are taken from the working directory the command ran in, whatever Scrapy does later
    chosen = archive_dir or settings.get("ARCHIVE_DIR") or "archive-output"
    settings.set("ARCHIVE_DIR", str(Path(chosen).absolute()), priority="cmdline")
    return settings


def _warc_files(archive_dir: Path) -> list[Path]:
    warc_dir = archive_dir / "warc"
    if not warc_dir.is_dir():
        return []
    return sorted(p for p in warc_dir.iterdir() if p.name.endswith((".warc.gz", ".warc")))


def _stats(crawler: Crawler) -> dict[str, Any]:
    try:
        stats = crawler.stats
    except RuntimeError:  # the crawl never got as far as creating its stats
        return {}
    return stats.get_stats() if stats is not None else {}


def _crawl_ok(crawler: Crawler) -> bool:
    reason = _stats(crawler).get("finish_reason")
    # closespider_* reasons are limits the operator set (CLOSESPIDER_PAGECOUNT …), not failures
    return reason == "finished" or str(reason).startswith("closespider_")


def _crawl_line(crawler: Crawler) -> str:
    stats = _stats(crawler)
    name = crawler.spidercls.name
    revisits = stats.get("warc/revisits/identical", 0) + stats.get("warc/revisits/not_modified", 0)
    return (
        f"{name}: {stats.get('finish_reason', 'did not start')}, "
        f"{stats.get('response_received_count', 0)} responses, "
        f"{stats.get('warc/records', 0)} WARC records, "
        f"{stats.get('documents/stored', 0)} documents stored, "
        f"{stats.get('documents/irrelevant', 0)} not relevant, "
        f"{stats.get('extract/failed', 0)} extraction failures, "
        f"{stats.get('log_count/ERROR', 0)} errors logged; "
        f"recrawl: {stats.get('documents/new_versions', 0)} new versions, "
        f"{stats.get('documents/unchanged', 0)} unchanged, {revisits} revisit records, "
        f"{stats.get('recrawl/not_modified', 0)} not modified, {stats.get('recrawl/replayed', 0)} replayed"
    )


# --- resumable jobs ---

JOB_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
# what Scrapy keeps in a JOBDIR; a kill can leave it half-written, so a killed run's is discarded
SCRAPY_JOB_FILES = ("requests.seen", "requests.queue", "spider.state")
_OPEN_WARC = re.compile(r"-(\d+)~(.+?)\.warc(?:\.gz)?\.open$")


def default_job_name(spider: str, spider_args: dict[str, str]) -> str:
    """The same command names the same job, so running it again resumes it."""
    if not spider_args:
        return spider
    digest = hashlib.sha1(json.dumps(sorted(spider_args.items())).encode("utf-8")).hexdigest()[:8]
    return f"{spider}-{digest}"


class CrawlJob:
    """A crawl's resumable state: Scrapy's JOBDIR plus `job.json`, which says how its last run ended.

    A run that finished clears the folder, so the next run of the command is a fresh recrawl. One
    that was stopped (Ctrl-C) leaves Scrapy's queue and seen-requests for the next run to go on from.
    One that was killed cannot have saved them whole: they are discarded, and the next run starts
    over with the same job id, under which everything the killed run fetched is in the crawl state
    and is replayed from the WARC files (crawler.middlewares_recrawl) instead of fetched again.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.name = directory.name
        self._lock_fd: int | None = None
        self.run = ""
        self.how = ""

    def acquire(self) -> bool:
        """Hold the job for this process; False if another process runs it."""
        self.directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.directory / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._lock_fd = fd
        return True

    def start(self) -> str:
        """Begin a run; returns the job id (`name:run`) the crawl state files its fetches under."""
        previous = self._read()
        if previous is None:
            self.run, self.how = uuid.uuid4().hex[:12], "new"
        else:
            self.run = str(previous.get("run") or uuid.uuid4().hex[:12])
            self.how = "resumed"
            if previous.get("state") == "running":  # the process died without closing: killed
                self.how = "resumed after a kill"
                self._discard(*SCRAPY_JOB_FILES)
        self._write({"name": self.name, "run": self.run, "state": "running",
                     "started": datetime.now(UTC).isoformat(timespec="seconds")})
        return f"{self.name}:{self.run}"

    def end(self, finished: bool) -> None:
        if finished:
            # only what Scrapy and this class put there: the folder may be a JOBDIR given with -s
            self._discard(*SCRAPY_JOB_FILES, "job.json", ".lock")
            with contextlib.suppress(OSError):
                self.directory.rmdir()
        else:
            self._write({**(self._read() or {}), "state": "stopped",
                         "stopped": datetime.now(UTC).isoformat(timespec="seconds")})
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def _discard(self, *names: str) -> None:
        for name in names:
            path = self.directory / name
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)

    def _read(self) -> dict[str, Any] | None:
        try:
            found = json.loads((self.directory / "job.json").read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return found if isinstance(found, dict) else None

    def _write(self, state: dict[str, Any]) -> None:
        temp = self.directory / ".job.json.tmp"
        temp.write_text(json.dumps(state, indent=2) + "\n", "utf-8")
        os.replace(temp, self.directory / "job.json")


def _process_gone(pid: int) -> bool:
    if pid == os.getpid():
        return True  # an earlier process had our number
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def repair_abandoned_warcs(archive_dir: Path) -> list[str]:
    """Mend the `.open` WARC files of crawls on this host that are no longer running; lines to report.

    A file's name carries the writing process's id and host (archive.warc_writer): a file of a
    process still alive, or of another host, is left alone.
    """
    from archive.verify import repair_open_warc

    warc_dir = archive_dir / "warc"
    if not warc_dir.is_dir():
        return []
    # archive.warc_writer names files after the host this way
    host = re.sub(r"[^\w.-]", "_", socket.gethostname())
    report = []
    for path in sorted(warc_dir.glob("*.open")):
        found = _OPEN_WARC.search(path.name)
        if found is None or found.group(2) != host or not _process_gone(int(found.group(1))):
            continue
        try:
            repaired = repair_open_warc(path)
        except (OSError, ValueError) as exc:
            report.append(f"could not repair {path.name}: {exc}")
            continue
        kept = f"kept as {repaired.name}" if repaired else "nothing whole in it, removed"
        report.append(f"repaired {path.name}: {kept}{_restored(archive_dir, repaired)}")
    return report


def _restored(archive_dir: Path, repaired: Path | None) -> str:
    """Put back in the crawl state what the dead crawl archived after its last state row; a note on it."""
    from archive.crawl_state import restore_fetches

    manifest = archive_dir / "manifest.sqlite"
    if repaired is None or not manifest.exists():
        return ""
    try:
        count = restore_fetches(manifest, repaired)
    except Exception as exc:  # the file is whole; without the rows its fetches are only made again
        return f"; its fetches not read into the crawl state ({type(exc).__name__}: {exc})"
    return f"; {count} fetches it archived put in the crawl state" if count else ""


def _lock_archive(archive_dir: Path) -> ArchiveLock | None:
    """One crawl per archive folder: the lock, or None after saying why it cannot be had."""
    from archive.lock import ArchiveLock, ArchiveLocked
    from archive.unwritable import unwritable

    try:
        return ArchiveLock(archive_dir).acquire()
    except ArchiveLocked as exc:
        print(f"speech-archive: {exc}", file=sys.stderr)
    except OSError as exc:
        why = unwritable(exc)
        print(f"speech-archive: cannot use the archive folder {archive_dir}: "
              f"{why.text + ' ' if why else ''}({exc})", file=sys.stderr)
    return None


def _where(archive_dir: Path) -> list[str]:
    return [
        f"WARC files: {archive_dir / 'warc'} ({len(_warc_files(archive_dir))} files)",
        f"texts:      {archive_dir / 'docs'}/<id[:2]>/<id>.txt",
        f"metadata:   {archive_dir / 'docs'}/<id[:2]>/<id>.json",
        f"manifest:   {archive_dir / 'manifest.sqlite'}",
    ]


def cmd_crawl(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from scrapy.crawler import CrawlerProcess

    spider_args = _pairs(args.spider_args, "-a", parser)
    overrides = _pairs(args.settings, "-s", parser)
    if args.job is not None and not JOB_NAME.fullmatch(args.job):
        parser.error(f"--job expects letters, digits, '.', '_' or '-', got {args.job!r}")
    settings = project_settings(overrides, args.archive_dir)
    process = CrawlerProcess(settings)
    try:
        crawler = process.create_crawler(args.spider)
    except KeyError:
        print(f"unknown spider {args.spider!r}; spiders: {', '.join(sorted(process.spider_loader.list()))}",
              file=sys.stderr)
        return USAGE
    archive_dir = Path(settings["ARCHIVE_DIR"])
    if _lock_archive(archive_dir) is None:  # held until the command exits
        return FAILED
    # a killed crawl's last file first, so this run's revisits can refer to what it holds
    for line in repair_abandoned_warcs(archive_dir):
        _emit(line)
    job = None
    if not args.no_resume:
        jobdir = Path(overrides["JOBDIR"]) if overrides.get("JOBDIR") else \
            archive_dir / "jobs" / (args.job or default_job_name(args.spider, spider_args))
        job = CrawlJob(jobdir.absolute())
        if not job.acquire():
            print(f"job {job.name} is being run by another process ({job.directory})", file=sys.stderr)
            return FAILED
        crawler.settings.set("JOBDIR", str(job.directory), priority="cmdline")
        crawler.settings.set("RECRAWL_JOB", job.start(), priority="cmdline")
        _emit(f"job:        {job.name} ({job.how}), state in {job.directory}")
    process.crawl(crawler, **spider_args)
    process.start()
    _emit(_crawl_line(crawler))
    finished = not process.bootstrap_failed and _crawl_ok(crawler)
    if job is not None:
        try:
            # a crawl that never started leaves nothing to resume unless an earlier run did
            job.end(finished or (process.bootstrap_failed and job.how == "new"))
            if str(_stats(crawler).get("finish_reason")).startswith("archive_"):
                # stopped on a full or read-only disk: the pages in flight were fetched but not archived, and
                # Scrapy's queue counts them as seen, so the next run starts over and replays, as after a kill
                job._discard(*SCRAPY_JOB_FILES)
        except OSError as exc:  # that disk again: job.json still says "running", which means the same
            _emit(f"job:        could not record how this run ended ({exc}); the next run starts over and "
                  "replays what this one archived")
        if not finished and not process.bootstrap_failed:
            _emit(f"job:        {job.name} stopped; the same command resumes it")
    if process.bootstrap_failed:  # Scrapy has logged why (a missing spider argument, say)
        return FAILED
    for line in _where(archive_dir):
        _emit(line)
    return OK if finished else FAILED


def _run_in_turn(process: CrawlerProcess, crawls: list[tuple[Crawler, dict[str, str]]]) -> None:
    """Run the crawls one after the other in one reactor, then stop it; blocks until done."""
    from twisted.internet import defer

    @defer.inlineCallbacks
    def in_turn() -> Any:
        for crawler, spider_args in crawls:
            try:
                yield process.crawl(crawler, **spider_args)
            except Exception as exc:  # the next crawl still runs; the summary reports this one
                print(f"{crawler.spidercls.name}: {type(exc).__name__}: {exc}", file=sys.stderr)

    def stop(_: object) -> None:
        from twisted.internet import reactor

        if reactor.running:
            reactor.stop()

    done = in_turn()  # starts the first crawl now, which installs the configured reactor
    done.addBoth(stop)
    if not done.called:
        process.start(stop_after_crawl=False)


def cmd_demo(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from scrapy.crawler import CrawlerProcess

    from crawler.sample_site import SampleSite

    overrides = {"LOG_LEVEL": "WARNING", **LOOPBACK_SETTINGS, **_pairs(args.settings, "-s", parser)}
    settings = project_settings(overrides, args.archive_dir)
    archive_dir = Path(settings["ARCHIVE_DIR"])
    if _lock_archive(archive_dir) is None:
        return FAILED
    with SampleSite() as site:
        demo_crawls = site.demo_crawls()
        process = CrawlerProcess(settings)
        crawls = []
        for spider_name, spider_args, extra_settings in demo_crawls:
            crawler = process.create_crawler(spider_name)
            # the site's own settings (its loopback base URLs) sit above the project's, below -s
            crawler.settings.setdict(extra_settings, priority="spider")
            crawls.append((crawler, spider_args))
        _emit(f"demo: {len(crawls)} crawls of the sample site at {site.base_url}")
        _run_in_turn(process, crawls)
    for crawler, _ in crawls:
        _emit("  " + _crawl_line(crawler))
    crawls_ok = all(_crawl_ok(crawler) for crawler, _ in crawls)
    verified = _verify(archive_dir)
    return OK if crawls_ok and verified else FAILED


# --- verify ---


def _verify(archive_dir: Path) -> bool:
    """Print where everything is and whether it verifies; True when nothing is wrong."""
    from warcio.archiveiterator import ArchiveIterator

    from archive.store import DocumentStore
    from archive.verify import verify_archive

    warc_dir = archive_dir / "warc"
    results = verify_archive(warc_dir) if warc_dir.is_dir() else {}
    warcs = _warc_files(archive_dir)
    problems = [f"{path.name}: {problem}" for path, found in results.items() for problem in found]
    records = 0
    for path in warcs:
        if not results.get(path):  # a file with problems may not even iterate
            with open(path, "rb") as f:
                records += sum(1 for _ in ArchiveIterator(f))
    if not warcs:
        problems.append(f"no WARC files in {warc_dir}")
    documents = 0
    if (archive_dir / "docs").is_dir():
        with DocumentStore(archive_dir, recover=False) as store:  # verify reports, it does not mend
            documents = store.manifest.count()
            problems += store.check()
    where = _where(archive_dir)
    where[0] = f"WARC files: {archive_dir / 'warc'} ({len(warcs)} files, {records} records)"
    where[1] += f" ({documents} documents)"
    for line in where:
        _emit(line)
    if problems:
        _emit(f"verify:     {len(problems)} problems")
        for problem in problems:
            _emit(f"  {problem}")
        return False
    _emit(f"verify:     OK: {len(warcs)} WARC files, {records} records, {documents} documents")
    return True


def cmd_verify(args: argparse.Namespace) -> int:
    archive_dir = Path(args.archive_dir).absolute()
    if not archive_dir.is_dir():
        print(f"no archive at {archive_dir}", file=sys.stderr)
        return FAILED
    return OK if _verify(archive_dir) else FAILED


# --- the parser ---


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="speech-archive",
        description="Crawl, archive (WARC) and clean Family Planning Association speeches.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    crawl = commands.add_parser("crawl", help="run a spider; pages go to WARC files, documents to the store")
    crawl.add_argument("spider")
    crawl.add_argument("-a", dest="spider_args", action="append", default=[], metavar="NAME=VALUE",
                       help="spider argument (repeatable)")
    crawl.add_argument("-s", dest="settings", action="append", default=[], metavar="SETTING=VALUE",
                       help="Scrapy setting (repeatable)")
    crawl.add_argument("--archive-dir", metavar="DIR",
                       help="output folder (default: ARCHIVE_DIR, archive-output in the working directory)")
    crawl.add_argument("--job", metavar="NAME",
                       help="the resumable job's name, kept in DIR/jobs/NAME (default: the spider's name, "
                            "and a hash of its -a arguments)")
    crawl.add_argument("--no-resume", action="store_true",
                       help="keep no job state: nothing is resumed, and a stopped crawl cannot be resumed")

    extract = commands.add_parser("extract", help="clean saved pages or texts and print them as JSON")
    extract.add_argument("paths", nargs="+", metavar="PATH")
    extract.add_argument("--url", help="the address the input came from, if known")
    extract.add_argument("--format", choices=("jsonl", "json"), default="jsonl",
                         help="jsonl: one object per line (default); json: one array")

    demo = commands.add_parser("demo", help="crawl the bundled sample site over loopback, then verify")
    demo.add_argument("--archive-dir", metavar="DIR", default="demo-output",
                      help="output folder (default: demo-output in the working directory)")
    demo.add_argument("-s", dest="settings", action="append", default=[], metavar="SETTING=VALUE",
                      help="Scrapy setting (repeatable), e.g. -s LOG_LEVEL=INFO")

    verify = commands.add_parser("verify", help="check an archive's WARC files and stored documents")
    verify.add_argument("archive_dir", nargs="?", default="archive-output", metavar="DIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "crawl":
        return cmd_crawl(args, parser)
    if args.command == "extract":
        return cmd_extract(args)
    if args.command == "demo":
        return cmd_demo(args, parser)
    return cmd_verify(args)


if __name__ == "__main__":
    sys.exit(main())
