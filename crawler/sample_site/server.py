"""Serve the sample site from a daemon thread: a city association site in GBK, a 范文 site in UTF-8,
a docx-preview page, a Big5 gateway mirror (with and without a charset declaration), a 301 and 404s.

Routes live in pages/site.json; page texts are stored as UTF-8 and encoded to each page's codec here.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

_PAGES = resources.files("crawler.sample_site.pages")
_CHARSET_META = re.compile(r"<meta[^>]*charset[^>]*>\n?", re.I)


def _route_text(route: dict[str, Any]) -> str:
    text = _PAGES.joinpath(route["file"]).read_text("utf-8")
    if "layout" in route:  # the site's own template around the page's part, as its CMS does it
        layout = _PAGES.joinpath(route["layout"]).read_text("utf-8")
        for name, value in {**route.get("fill", {}), "main": text.removesuffix("\n")}.items():
            layout = layout.replace("{{" + name + "}}", value)
        text = layout
    if route.get("declare_charset") is False:  # the same page as a mirror serves it, saying nothing
        text = _CHARSET_META.sub("", text)
    return text


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: SampleSite


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self._send(with_body=True)

    def do_HEAD(self) -> None:
        self._send(with_body=False)

    def _send(self, with_body: bool) -> None:
        reply = self.server.site.reply(self.path)
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if with_body:
            self.wfile.write(reply.body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the crawl's own log says what was fetched; keep demo and test output clean


class SampleSite:
    """The sample site on 127.0.0.1; `with SampleSite() as site:` serves it until the block ends."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.manifest: dict[str, Any] = json.loads(_PAGES.joinpath("site.json").read_text("utf-8"))
        self._address = (host, port)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._workdir: Path | None = None

    @property
    def routes(self) -> dict[str, dict[str, str]]:
        return self.manifest["routes"]

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sample site is not running: call start() or use it as a context manager")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    def url(self, path: str) -> str:
        return self.base_url + path.lstrip("/")

    def start(self) -> SampleSite:
        if self._server is None:
            self._server = _Server(self._address, _Handler)
            self._server.site = self
            self._thread = threading.Thread(target=self._server.serve_forever, name="sample-site",
                                            daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None

    def __enter__(self) -> SampleSite:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def reply(self, path: str) -> Reply:
        """What the site answers for a request path (query string included)."""
        route = self.routes.get(path)
        if route is None:
            return self._page(self.manifest["not_found"], 404)
        if "redirect" in route:
            return Reply(301, {"Location": self.url(route["redirect"]), "Content-Type": "text/html"}, b"")
        return self._page(route, 200)

    def page_text(self, path: str) -> str:
        """A route's page as it is served, before it is encoded (with {{base}} still in it)."""
        return _route_text(self.routes[path])

    def _page(self, route: dict[str, Any], status: int) -> Reply:
        text = _route_text(route).replace("{{base}}", self.base_url.rstrip("/"))
        # strict: a character the codec lacks is a bug in the page data, not something to paper over
        return Reply(status, {"Content-Type": route["content_type"]}, text.encode(route["encoding"]))

    def demo_crawls(
        self, workdir: str | Path | None = None
    ) -> list[tuple[str, dict[str, str], dict[str, object]]]:
        """(spider name, spider arguments, extra settings) for each crawl `speech-archive demo` runs.

        The `urls` crawl reads its list from a file written into workdir (by default a temporary
        directory removed when the site stops).
        """
        if workdir is None:
            if self._workdir is None:
                self._workdir = Path(tempfile.mkdtemp(prefix="sample-site-"))
            workdir = self._workdir
        urls_file = Path(workdir) / "sample-urls.txt"
        urls_file.write_text("".join(self.url(path) + "\n" for path in self.manifest["url_list"]), "utf-8")
        # loopback needs no politeness delay; the demo should finish in seconds
        fast: dict[str, object] = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}
        return [
            ("association", {}, {**fast, "SITE_BASE_URLS": {"association": self.url("/association/")}}),
            ("sitemap", {"robots_url": self.url("/robots.txt")}, dict(fast)),
            ("urls", {"urls": str(urls_file)}, dict(fast)),
        ]
