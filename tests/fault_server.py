"""A web server on 127.0.0.1 that misbehaves on purpose, one fault per route, for the fault suite.

Raw sockets, so a route can do what a well-behaved HTTP library never would: reset the connection in
the middle of a body, promise more bytes than it sends, stall, answer with a gzip bomb. Everything is
bounded: one request per connection (read with a timeout and a size cap), no stall longer than
`stall_seconds`, no body larger than its route says, and `stop()` ends every stall at once, so no
test can hang on the server.

Routes (`FaultServer.url(path)`):

- `/ok/<seed>`                          a well-formed speech page (recrawl_site.speech_text(seed))
- `/status/<code>`                      that status, always, with a small HTML body
- `/flaky/<code>?fails=N[&retry_after=S]`  that status (with Retry-After: S) N times per URL, then a speech
- `/hang`                               reads the request, never answers (until the stall ends)
- `/stall-body`                         headers and half the body, then nothing
- `/reset-mid-body`                     headers and half the body, then a TCP reset
- `/short-body`                         Content-Length 1000 bytes longer than the body, then a clean close
- `/loop/a`, `/loop/b`                  redirect to each other
- `/chain/<n>`                          redirect to /chain/<n-1>, and /chain/0 is a speech
- `/redirect-to-file`                   Location: file:///etc/passwd
- `/big/<mb>`                           a speech page of <mb> MiB (Content-Length given)
- `/huge/<mb>`                          <mb> MiB announced by Content-Length, streamed
- `/huge-chunked/<mb>`                  <mb> MiB in chunks, no Content-Length
- `/gzip-bomb/<mb>`                     gzip of <mb> MiB of zeros, Content-Encoding: gzip
- `/gzip-invalid`                       Content-Encoding: gzip over bytes that are not gzip
- `/binary-as-html`                     random bytes as text/html
- `/malformed`                          a speech in badly broken HTML
- `/charset/utf8-declared-gbk-sent`     GBK bytes under charset=utf-8
- `/charset/gbk-meta-big5-sent`         Big5 bytes whose <meta> says gbk
- `/charset/none-gbk`                   GBK bytes, no charset anywhere
- `/empty`                              200 with an empty body
- `/escape/<anything>`                  a speech whose title climbs out of folders (../, /etc/passwd, NUL,
                                        thousands of characters), whatever the path says
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import parse_qs, unquote, urlsplit

from fixture_site import SPEECH_HANT, html_page
from recrawl_site import speech_text

MAX_HEAD = 64 * 1024  # a request head larger than this is answered 431
READ_TIMEOUT = 10.0  # seconds a connection may take to send its request head
CHUNK = 64 * 1024
ESCAPING_TITLE = "../../../../../../tmp/escaped\x00/etc/passwd\\..\\..\\windows " + "长" * 3000


@dataclass
class Hit:
    """A request the server read: its target as sent and when it arrived."""

    method: str
    target: str
    time: float

    @property
    def path(self) -> str:
        return urlsplit(self.target).path


def speech_page(seed: int, title: str | None = None, charset: str | None = "utf-8") -> str:
    """An HTML speech page; `title` replaces the speech's own title."""
    own_title, text = speech_text(seed)
    title = own_title if title is None else title
    meta = f'<meta charset="{charset}">' if charset else ""
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines())
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
            f'<h1>{title}</h1><div class="content" id="zoom">{paragraphs}</div></body></html>')


@cache
def gzip_bomb(megabytes: int) -> bytes:
    """`megabytes` MiB of zeros, gzipped: about a thousandth of that on the wire."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1024 * 1024)
    return b"".join(packer.compress(zeros) for _ in range(megabytes)) + packer.flush()


class _Connection:
    """One accepted connection: the request read from it and the ways to answer."""

    def __init__(self, sock: socket.socket, server: FaultServer) -> None:
        self.sock = sock
        self.server = server

    def read_head(self) -> tuple[str, str] | None:
        self.sock.settimeout(READ_TIMEOUT)
        head = b""
        while b"\r\n\r\n" not in head:
            if len(head) > MAX_HEAD:
                self.send(431, b"request head too large", "text/plain")
                return None
            data = self.sock.recv(CHUNK)
            if not data:
                return None
            head += data
        request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
        parts = request_line.split(" ")
        if len(parts) != 3:
            self.send(400, b"bad request line", "text/plain")
            return None
        return parts[0], parts[1]

    def head(self, status: int, headers: list[tuple[str, str]]) -> bytes:
        lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}", *(f"{k}: {v}" for k, v in headers),
                 "Connection: close"]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def send(self, status: int, body: bytes, content_type: str | None,
             headers: list[tuple[str, str]] | None = None) -> None:
        fields = [("Content-Type", content_type)] if content_type else []
        fields += [*(headers or []), ("Content-Length", str(len(body)))]
        self.sock.sendall(self.head(status, fields) + body)

    def stream(self, chunks: Iterator[bytes]) -> None:
        for chunk in chunks:
            self.sock.sendall(chunk)

    def stall(self) -> None:
        self.server.stopping.wait(self.server.stall_seconds)

    def reset(self) -> None:
        # linger on, zero seconds: close() sends RST instead of FIN
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()


REASONS = {200: "OK", 204: "No Content", 301: "Moved Permanently", 302: "Found", 400: "Bad Request",
           404: "Not Found", 410: "Gone", 429: "Too Many Requests", 431: "Request Header Fields Too Large",
           500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
HTML = "text/html; charset=utf-8"


@dataclass
class FaultServer:
    """The misbehaving server; `url(path)` gives an absolute URL on it, `hits` what it was asked."""

    stall_seconds: float = 10.0
    hits: list[Hit] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)
    _sock: socket.socket | None = None
    _counts: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> FaultServer:
        self._sock = socket.create_server(("127.0.0.1", 0), backlog=128)
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._sock is not None, "server not started"
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def hits_of(self, path: str) -> list[Hit]:
        return [hit for hit in self.hits if hit.path == path]

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                assert self._sock is not None
                sock, _ = self._sock.accept()
            except (OSError, AssertionError):
                return  # closed by stop()
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        connection = _Connection(sock, self)
        try:
            request = connection.read_head()
            if request is None:
                return
            method, target = request
            with self._lock:
                self.hits.append(Hit(method, target, time.time()))
                self._counts[target] += 1
                seen = self._counts[target]
            self._route(connection, target, seen)
        except OSError:
            pass  # the crawler hung up (it cancelled a download, or timed out): nothing to answer
        finally:
            try:
                sock.close()
            except OSError:
                pass

    def _route(self, c: _Connection, target: str, seen: int) -> None:
        parts = urlsplit(target)
        path, query = unquote(parts.path), parse_qs(parts.query)
        head, _, rest = path.strip("/").partition("/")
        handler = ROUTES.get(head)
        if handler is None:
            c.send(404, b"<html><body>not here</body></html>", HTML)
            return
        handler(self, c, rest, query, seen)


def _robots(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]], seen: int) -> None:
    c.send(200, b"User-agent: *\nAllow: /\n", "text/plain")


def _ok(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]], seen: int) -> None:
    c.send(200, speech_page(int(rest or 1)).encode(), HTML)


def _status(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]], seen: int) -> None:
    code = int(rest)
    c.send(code, f"<html><body><h1>{code}</h1></body></html>".encode(), HTML)


def _flaky(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]], seen: int) -> None:
    code = int(rest)
    if seen <= int(query.get("fails", ["1"])[0]):
        headers = [("Retry-After", query["retry_after"][0])] if "retry_after" in query else []
        c.send(code, f"<html><body>{code}, try later</body></html>".encode(), HTML, headers)
    else:
        c.send(200, speech_page(code).encode(), HTML)


def _hang(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]], seen: int) -> None:
    c.stall()


def _half(seed: int) -> tuple[str, bytes]:
    """The Content-Length of a speech page, and the first half of its body."""
    body = speech_page(seed).encode()
    return str(len(body)), body[: len(body) // 2]


def _stall_body(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]],
                seen: int) -> None:
    length, half = _half(71)
    c.sock.sendall(c.head(200, [("Content-Type", HTML), ("Content-Length", length)]) + half)
    c.stall()


def _reset_mid_body(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]],
                    seen: int) -> None:
    length, half = _half(72)
    c.sock.sendall(c.head(200, [("Content-Type", HTML), ("Content-Length", length)]) + half)
    time.sleep(0.1)  # let the half body arrive first, so the reset comes in the middle of the body
    c.reset()


def _short_body(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]],
                seen: int) -> None:
    body = speech_page(73).encode()
    c.sock.sendall(c.head(200, [("Content-Type", HTML), ("Content-Length", str(len(body) + 1000))]) + body)


def _loop(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]], seen: int) -> None:
    other = "b" if rest == "a" else "a"
    c.send(302, b"", HTML, [("Location", server.url(f"/loop/{other}"))])


def _chain(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]], seen: int) -> None:
    hops = int(rest)
    if hops <= 0:
        c.send(200, speech_page(74).encode(), HTML)
    else:
        c.send(301, b"", HTML, [("Location", f"/chain/{hops - 1}")])


def _redirect_to_file(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]],
                      seen: int) -> None:
    c.send(302, b"", HTML, [("Location", "file:///etc/passwd")])


def _big_body(megabytes: float) -> bytes:
    page = speech_page(75)
    filler = "<p>" + "计划生育协会工作报告。" * 40 + "</p>"
    repeat = int(megabytes * 1024 * 1024) // len(filler.encode())
    head, _, tail = page.partition("</div>")
    return (head + filler * repeat + "</div>" + tail).encode()


def _big(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]], seen: int) -> None:
    c.send(200, _big_body(float(rest)), HTML)


def _zeros(total: int) -> Iterator[bytes]:
    block = b"<p>" + b"0" * (CHUNK - 7) + b"</p>"
    sent = 0
    while sent < total:
        piece = block[: total - sent]
        sent += len(piece)
        yield piece


def _huge(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]], seen: int) -> None:
    total = int(float(rest) * 1024 * 1024)
    c.sock.sendall(c.head(200, [("Content-Type", HTML), ("Content-Length", str(total))]))
    c.stream(_zeros(total))


def _huge_chunked(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]],
                  seen: int) -> None:
    total = int(float(rest) * 1024 * 1024)
    c.sock.sendall(c.head(200, [("Content-Type", HTML), ("Transfer-Encoding", "chunked")]))
    c.stream(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in _zeros(total))
    c.sock.sendall(b"0\r\n\r\n")


def _gzip_bomb(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]],
               seen: int) -> None:
    c.send(200, gzip_bomb(int(rest)), HTML, [("Content-Encoding", "gzip")])


def _gzip_invalid(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]],
                  seen: int) -> None:
    c.send(200, b"\x1f\x8b\x08\x00 this was never gzip " + speech_page(76).encode(), HTML,
           [("Content-Encoding", "gzip")])


def _binary(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]], seen: int) -> None:
    c.send(200, random.Random(77).randbytes(200_000), HTML)


def _malformed(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]],
               seen: int) -> None:
    title, text = speech_text(78)
    lines = text.splitlines()
    # unclosed and crossed tags, a stray close, an attribute never ended, an unclosed comment at the end
    body = (f"<html><head><title>{title}<body><h1>{title}</h2></div><table><tr><td><p>{lines[0]}"
            f"<div class=\"content\" id=zoom><p>{'<p><b><i>'.join(lines[1:-1])}</td></b></table>"
            f"<p><font color=\"red>{lines[-1]}</font></p></span></body><!-- never closed <script>x=1")
    c.send(200, body.encode("utf-8"), "text/html")


def _charset(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]],
             seen: int) -> None:
    if rest == "utf8-declared-gbk-sent":
        c.send(200, speech_page(79, charset=None).encode("gbk"), "text/html; charset=utf-8")
    elif rest == "gbk-meta-big5-sent":
        c.send(200, html_page("計劃生育協會理事會講話", SPEECH_HANT, meta_charset="gbk").encode("big5"), "text/html")
    elif rest == "none-gbk":
        c.send(200, speech_page(81, charset=None).encode("gbk"), "text/html")
    else:
        c.send(404, b"", HTML)


def _empty(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]], seen: int) -> None:
    c.send(200, b"", HTML)


def _escape(server: FaultServer, c: _Connection, rest: str, query: dict[str, list[str]], seen: int) -> None:
    c.send(200, speech_page(82, title=ESCAPING_TITLE).encode(), HTML)


Route = Callable[[FaultServer, _Connection, str, dict[str, list[str]], int], None]
ROUTES: dict[str, Route] = {
    "robots.txt": _robots,
    "ok": _ok,
    "status": _status,
    "flaky": _flaky,
    "hang": _hang,
    "stall-body": _stall_body,
    "reset-mid-body": _reset_mid_body,
    "short-body": _short_body,
    "loop": _loop,
    "chain": _chain,
    "redirect-to-file": _redirect_to_file,
    "big": _big,
    "huge": _huge,
    "huge-chunked": _huge_chunked,
    "gzip-bomb": _gzip_bomb,
    "gzip-invalid": _gzip_invalid,
    "binary-as-html": _binary,
    "malformed": _malformed,
    "charset": _charset,
    "empty": _empty,
    "escape": _escape,
}
