"""The `speech-archive` command: crawl, extract, demo and verify.

Exit codes: 0 done, 1 something failed (a crawl that could not start or was cut short, an input
the cleaners could not read, a WARC file or document that does not verify), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawler import __version__

if TYPE_CHECKING:
    from scrapy.crawler import Crawler, CrawlerProcess
    from scrapy.settings import Settings

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
    return (
        f"{name}: {stats.get('finish_reason', 'did not start')}, "
        f"{stats.get('response_received_count', 0)} responses, "
        f"{stats.get('warc/records', 0)} WARC records, "
        f"{stats.get('documents/stored', 0)} documents stored, "
        f"{stats.get('documents/irrelevant', 0)} not relevant, "
        f"{stats.get('extract/failed', 0)} extraction failures, "
        f"{stats.get('log_count/ERROR', 0)} errors logged"
    )


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
    settings = project_settings(_pairs(args.settings, "-s", parser), args.archive_dir)
    process = CrawlerProcess(settings)
    try:
        crawler = process.create_crawler(args.spider)
    except KeyError:
        print(f"unknown spider {args.spider!r}; spiders: {', '.join(sorted(process.spider_loader.list()))}",
              file=sys.stderr)
        return USAGE
    process.crawl(crawler, **spider_args)
    process.start()
    _emit(_crawl_line(crawler))
    if process.bootstrap_failed:  # Scrapy has logged why (a missing spider argument, say)
        return FAILED
    for line in _where(Path(settings["ARCHIVE_DIR"])):
        _emit(line)
    return OK if _crawl_ok(crawler) else FAILED


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
