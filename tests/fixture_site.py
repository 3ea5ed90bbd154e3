"""A small real web site on 127.0.0.1 for crawl tests: encodings, compression, chunking, redirects, errors.

`FixtureSite` runs a ThreadingHTTPServer in a daemon thread and keeps every request it received, so
tests can compare what a crawler recorded with what actually arrived.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

SPEECH = (
    "各位理事、同志们：\n"
    "今天我们召开计划生育协会第五届理事会第三次会议，主要任务是总结去年工作，部署今年任务。\n"
    "一年来，各级计划生育协会围绕中心、服务大局，在宣传倡导、生殖健康咨询服务、"
    "流动人口服务管理、家庭发展等方面做了大量工作，取得了明显成效。\n"
    "新的一年，我们要进一步加强基层协会建设，发挥会员和志愿者作用，把群众工作做深做实。\n"
    "谢谢大家！"
)
SPEECH_HANT = (
    "各位理事、同志們：\n"
    "今天我們召開計劃生育協會理事會議，回顧過去一年的工作，研究部署新一年的任務。\n"
    "協會要堅持以人為本，做好生殖健康宣傳教育和家庭服務，維護群眾的合法權益。\n"
    "謝謝大家！"
)


def html_page(title: str, text: str, meta_charset: str | None = None) -> str:
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines())
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head>"
        f'<body><h1>{title}</h1><div class="content">{paragraphs}</div></body></html>'
    )


@dataclass
class ReceivedRequest:
    method: str
    target: str  # the request line's target: path and query as sent
    version: str
    headers: list[tuple[str, str]]
    body: bytes
    time: float  # when the request line arrived


@dataclass
class FixtureSite:
    """A running fixture web site; `url(path)` gives an absolute URL on it."""

    host: str = "127.0.0.1"
    received: list[ReceivedRequest] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    PAGES = (
        "/speech/utf8.html",
        "/speech/gzip.html",
        "/speech/chunked.html",
        "/speech/gbk.html",
        "/speech/gbk-nocharset.html",
        "/speech/big5.html",
        "/speech/big5-nocharset.html",
        "/speech/http10.html",
        "/speech/slow.html",
        "/speech/cookies.html",
        "/speech/plain.txt",
        "/article?id=3&page=2",
        "/old/speech.html",  # 301 -> /speech/moved.html
        "/missing.html",  # 404
        "/speech/dataloss.html",  # Content-Length longer than the body
        "/logo.png",
    )

    def start(self) -> FixtureSite:
        site = self

        class Handler(_SiteHandler):
            pass

        Handler.site = site
        self._server = _Server((self.host, 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def port(self) -> int:
        assert self._server is not None, "site not started"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # a crawl opens many connections at once; the default backlog of 5 makes the rest wait for a SYN retry
    request_queue_size = 128


def dead_url(path: str = "/speech.html") -> str:
    """A URL on a loopback port nothing listens on: fetching it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"


class _SiteHandler(BaseHTTPRequestHandler):
    site: FixtureSite
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.site.received.append(
            ReceivedRequest(
                method=self.command,
                target=self.path,
                version=self.request_version,
                headers=list(self.headers.items()),
                body=self.rfile.read(length) if length else b"",
                time=time.time(),
            )
        )
        path = urlsplit(self.path).path
        route = ROUTES.get(path)
        if route is None:
            self._send(
                404, html_page("页面不存在", "您访问的页面不存在。").encode(), "text/html; charset=utf-8"
            )
        else:
            route(self)

    do_POST = do_GET

    def _send(
        self, status: int, body: bytes, content_type: str, headers: Sequence[tuple[str, str]] = ()
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def robots(self) -> None:
        text = f"User-agent: *\nAllow: /\n\nSitemap: {self.site.url('/sitemap.xml')}\n"
        self._send(200, text.encode(), "text/plain")

    def sitemap(self) -> None:
        urls = "".join(f"<url><loc>{self.site.url(page)}</loc></url>" for page in FixtureSite.PAGES)
        xml = f'<?xml version="1.0" encoding="UTF-8"?><urlset>{urls}</urlset>'
        self._send(200, xml.encode(), "application/xml")

    def utf8(self) -> None:
        self._send(200, html_page("理事会工作报告", SPEECH).encode(), "text/html; charset=utf-8")

    def moved(self) -> None:
        self._send(200, html_page("会长讲话", SPEECH).encode(), "text/html; charset=utf-8")

    def gzipped(self) -> None:
        body = gzip.compress(html_page("压缩页面", SPEECH).encode())
        self._send(
            200, body, "text/html; charset=utf-8", [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")]
        )

    def chunked(self) -> None:
        body = html_page("分块传输", SPEECH).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for start in range(0, len(body), 100):
            chunk = body[start : start + 100]
            self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")

    def gbk(self) -> None:
        self._send(200, html_page("秘书长讲话", SPEECH).encode("gbk"), "text/html; charset=GBK")

    def gbk_nocharset(self) -> None:
        self._send(200, html_page("协会工作会议讲话", SPEECH).encode("gbk"), "text/html")

    def big5(self) -> None:
        self._send(200, html_page("理事會講話", SPEECH_HANT).encode("big5"), "text/html; charset=Big5")

    def big5_nocharset(self) -> None:
        self._send(200, html_page("協會工作報告", SPEECH_HANT).encode("big5"), "text/html")

    def http10(self) -> None:
        self.protocol_version = "HTTP/1.0"  # this response only; the connection closes after it
        self.close_connection = True
        self._send(200, html_page("旧式服务器", SPEECH).encode(), "text/html; charset=utf-8")

    def slow(self) -> None:
        # slow to answer and slow to finish: the WARC-Date must be when the fetch started
        time.sleep(0.6)
        body = html_page("慢速页面", SPEECH).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[:50])
        self.wfile.flush()
        time.sleep(0.6)
        self.wfile.write(body[50:])

    def hang(self) -> None:
        time.sleep(3)  # longer than the tests' DOWNLOAD_TIMEOUT: the client gives up first
        self._send(200, b"too late", "text/plain")

    def cookies(self) -> None:
        self._send(
            200,
            html_page("会员之家", SPEECH).encode(),
            "text/html; charset=utf-8",
            [("Set-Cookie", "session=abc123; Path=/"), ("Set-Cookie", "lang=zh-CN; Path=/")],
        )

    def plain(self) -> None:
        self._send(200, SPEECH.encode(), "text/plain; charset=utf-8")

    def article(self) -> None:
        title = f"文章 {self.path}"
        self._send(200, html_page(title, SPEECH).encode(), "text/html; charset=utf-8")

    def redirect(self) -> None:
        self.send_response(301)
        self.send_header("Location", self.site.url("/speech/moved.html"))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def dataloss(self) -> None:
        body = html_page("截断页面", SPEECH).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body) + 1000))
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True  # the promised rest never comes

    def logo(self) -> None:
        self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")


ROUTES = {
    "/robots.txt": _SiteHandler.robots,
    "/sitemap.xml": _SiteHandler.sitemap,
    "/speech/utf8.html": _SiteHandler.utf8,
    "/speech/moved.html": _SiteHandler.moved,
    "/speech/gzip.html": _SiteHandler.gzipped,
    "/speech/chunked.html": _SiteHandler.chunked,
    "/speech/gbk.html": _SiteHandler.gbk,
    "/speech/gbk-nocharset.html": _SiteHandler.gbk_nocharset,
    "/speech/big5.html": _SiteHandler.big5,
    "/speech/big5-nocharset.html": _SiteHandler.big5_nocharset,
    "/speech/http10.html": _SiteHandler.http10,
    "/speech/slow.html": _SiteHandler.slow,
    "/speech/hang.html": _SiteHandler.hang,
    "/speech/cookies.html": _SiteHandler.cookies,
    "/speech/plain.txt": _SiteHandler.plain,
    "/article": _SiteHandler.article,
    "/old/speech.html": _SiteHandler.redirect,
    "/speech/dataloss.html": _SiteHandler.dataloss,
    "/logo.png": _SiteHandler.logo,
}
