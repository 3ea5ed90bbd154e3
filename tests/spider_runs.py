"""Spider-test support: run `scrapy crawl` in a subprocess, as a user would, and read back what it yielded.

`ItemLogPipeline` is enabled in the crawl with -s ITEM_PIPELINES: it writes one JSON line per item
(part URLs, body lengths and SHA-1s instead of the bytes) and, at the end, the crawl's stats.
`serve_pages` serves a dict of small fixture pages on 127.0.0.1 for what the sample site lacks.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler

PROJECT = Path(__file__).resolve().parents[1]


class ItemLogPipeline:
    def __init__(self, path: str, crawler: Crawler) -> None:
        self.path = Path(path)
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ItemLogPipeline:
        return cls(crawler.settings["ITEM_LOG"], crawler)

    def process_item(self, item: Any) -> Any:
        record = {
            "url": item.url, "spider": item.spider, "site": item.site, "hints": item.hints,
            "parts": [{"url": p.url, "length": len(p.body), "sha1": hashlib.sha1(p.body).hexdigest(),
                       "content_type": p.content_type, "warc": p.warc} for p in item.parts],
        }
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return item

    def close_spider(self) -> None:
        stats = self.crawler.stats.get_stats()
        self.path.with_suffix(".stats.json").write_text(json.dumps(stats, default=str), "utf-8")


@dataclass
class CrawlResult:
    returncode: int
    items: list[dict[str, Any]]
    stats: dict[str, Any]
    log: str

    def item(self, url: str) -> dict[str, Any]:
        matches = [item for item in self.items if item["url"] == url]
        assert len(matches) == 1, f"{len(matches)} items for {url}: {[i['url'] for i in self.items]}"
        return matches[0]

    def errors(self) -> list[str]:
        return [line for line in self.log.splitlines() if "] ERROR:" in line]


def run_crawl(spider: str, workdir: Path, args: dict[str, str] | None = None,
              settings: dict[str, Any] | None = None, timeout: float = 60) -> CrawlResult:
    item_log = workdir / "items.jsonl"
    merged: dict[str, Any] = {
        "ARCHIVE_DIR": str(workdir / "archive"),
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "INFO",
        "ITEM_PIPELINES": {"spider_runs.ItemLogPipeline": 100},
        "ITEM_LOG": str(item_log),
        **(settings or {}),
    }
    command = [sys.executable, "-m", "scrapy", "crawl", spider]
    for name, value in (args or {}).items():
        command += ["-a", f"{name}={value}"]
    for name, value in merged.items():
        command += ["-s", f"{name}={json.dumps(value) if isinstance(value, dict) else value}"]
    # the crawl imports this module by its bare name, as pytest does
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), str(PROJECT)])}
    done = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=timeout)
    lines = item_log.read_text("utf-8").splitlines() if item_log.exists() else []
    items = [json.loads(line) for line in lines]
    stats_file = item_log.with_suffix(".stats.json")
    stats = json.loads(stats_file.read_text("utf-8")) if stats_file.exists() else {}
    return CrawlResult(done.returncode, items, stats, done.stderr)


@contextmanager
def serve_pages(pages: dict[str, str | bytes | tuple[int, dict[str, str]]]) -> Iterator[str]:
    """Serve path -> page (str as UTF-8, bytes as they are, or (status, headers)) and yield the base URL.

    Pages are sent as text/html without a charset; any other path is a 404.
    """

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            page = pages.get(self.path)
            status, headers, body = 404, {"Content-Type": "text/html"}, b"<html><body>gone</body></html>"
            if isinstance(page, tuple):
                (status, headers), body = page, b""
            elif page is not None:
                status, body = 200, page.encode("utf-8") if isinstance(page, str) else page
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with serving(ThreadingHTTPServer(("127.0.0.1", 0), Handler)) as base_url:
        yield base_url


@contextmanager
def serving(server: ThreadingHTTPServer) -> Iterator[str]:
    """Run a loopback HTTP server in a thread for the `with` block; yield its base URL."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
