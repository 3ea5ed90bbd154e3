"""Record every HTTP exchange of a crawl as a WARC/1.1 request and response record pair.

Responses are taken on the `response_downloaded` signal, as the download handler delivered them and
before the retry, decompression and redirect middlewares see them; downloads that fail without a
response reach `process_exception` and become a request record plus a `metadata` record.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urlsplit
from weakref import WeakKeyDictionary, WeakSet

from scrapy import Request, signals
from scrapy.exceptions import DownloadTimeoutError, NotConfigured
from scrapy.http import Headers, Response
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeadersParser
from warcio.timeutils import datetime_to_iso_date

from archive.warc_writer import HttpHeaders, RecordLocation, WarcFileWriter, software_name

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

# pywb's names for headers whose original value no longer describes the stored body
ORIG_TRANSFER_ENCODING = "X-Archive-Orig-Transfer-Encoding"
ORIG_CONTENT_LENGTH = "X-Archive-Orig-Content-Length"
# response.flags Scrapy sets on a body it did not receive whole -> WARC-Truncated reason
TRUNCATION_FLAGS = {"dataloss": "disconnect", "download_stopped": "unspecified"}
DEFAULT_PORTS = {"http": 80, "https": 443}


def warc_date(timestamp: float) -> str:
    """A WARC/1.1 date (UTC, microseconds) for a POSIX timestamp."""
    moment = datetime.fromtimestamp(timestamp, UTC).replace(tzinfo=None)
    return str(datetime_to_iso_date(moment, use_micros=True))


def _text(value: bytes | str) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


def _header_items(headers: Headers) -> list[tuple[str, str]]:
    return [(_text(name), _text(value)) for name, values in headers.items() for value in values]


def _host_header(url: str) -> str:
    """The Host value the client sent: the port only when it is not the scheme's default."""
    parts = urlsplit(url)
    hostport = parts.netloc.rpartition("@")[2]
    if parts.port is not None and parts.port == DEFAULT_PORTS.get(parts.scheme):
        return hostport[: hostport.rfind(":")]
    return hostport


def http_version(protocol: str | None) -> str:
    """The version for a status or request line; Scrapy's HTTP/2 handler reports "h2"."""
    if not protocol:
        return "HTTP/1.1"
    return "HTTP/2" if protocol.lower() == "h2" else protocol


def request_http_headers(request: Request, protocol: str = "HTTP/1.1") -> HttpHeaders:
    """The request as sent: request line with path and query, Host, the headers, Content-Length."""
    url = urldefrag(request.url)[0]
    parts = urlsplit(url)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    if request.meta.get("proxy") and parts.scheme == "http":
        target = url  # a plain-HTTP proxy is sent the absolute URI
    headers = _header_items(request.headers)
    if not any(name.lower() == "host" for name, _ in headers):
        headers.insert(0, ("Host", _host_header(url)))
    if request.body and not any(name.lower() == "content-length" for name, _ in headers):
        headers.append(("Content-Length", str(len(request.body))))
    # warcio keeps a request line as protocol=method, statusline="target version"
    return HttpHeaders(f"{target} {protocol}", headers, protocol=request.method)


def response_http_headers(request: Request, response: Response) -> HttpHeaders:
    """The response head rebuilt for the body as stored: framing headers renamed or made exact."""
    try:
        statusline = f"{response.status} {HTTPStatus(response.status).phrase}"
    except ValueError:
        statusline = str(response.status)
    # these responses have no body whatever Content-Length says, so it stays as sent
    bodiless = request.method == "HEAD" or response.status in (204, 304) or response.status < 200
    stored_length = str(len(response.body))
    headers: list[tuple[str, str]] = []
    has_length = False
    for name, value in _header_items(response.headers):
        lowered = name.lower()
        if lowered == "transfer-encoding":
            headers.append((ORIG_TRANSFER_ENCODING, value))
        elif lowered == "content-length" and not bodiless:
            if not has_length:
                headers.append(("Content-Length", stored_length))
                has_length = True
            if value.strip() != stored_length:
                headers.append((ORIG_CONTENT_LENGTH, value))
        else:
            headers.append((name, value))
    if not has_length and not bodiless:
        headers.append(("Content-Length", stored_length))
    return HttpHeaders(statusline, headers, protocol=http_version(response.protocol))


class WarcRecorder:
    """Downloader middleware writing each fetch to WARC files under `<ARCHIVE_DIR>/warc/`.

    After a response is written, `request.meta["warc_record"]` points at its response record:
    `{"file", "offset", "length", "record_id", "date"}`.
    """

    def __init__(self, writer: WarcFileWriter, stats: StatsCollector) -> None:
        self.writer = writer
        self.stats = stats
        self._sent: WeakSet[Request] = WeakSet()  # requests handed on to the download handler
        self._started: WeakKeyDictionary[Request, float] = WeakKeyDictionary()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        if not settings.getbool("WARC_ENABLED"):
            raise NotConfigured("WARC_ENABLED is off")
        writer = WarcFileWriter(
            Path(settings.get("ARCHIVE_DIR")) / "warc",
            prefix=settings.get("WARC_PREFIX"),
            max_size=settings.getint("WARC_MAX_SIZE"),
            gzip=settings.getbool("WARC_GZIP"),
            warcinfo={
                "software": software_name("Scrapy"),
                "isPartOf": settings.get("CRAWL_NAME"),
                "operator": settings.get("OPERATOR"),
                "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
                "http-header-user-agent": settings.get("USER_AGENT"),
            },
        )
        assert crawler.stats is not None
        recorder = cls(writer, crawler.stats)
        crawler.signals.connect(recorder.headers_received, signal=signals.headers_received)
        crawler.signals.connect(recorder.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(recorder.close, signal=signals.spider_closed)
        # a crawl stopped before its spider closed still gets its file renamed
        crawler.signals.connect(recorder.close, signal=signals.engine_stopped)
        return recorder

    def process_request(self, request: Request) -> None:
        # a pointer copied from the request this one was made from (redirect, retry) is not its own
        request.meta.pop("warc_record", None)
        self._sent.add(request)

    def headers_received(self, request: Request) -> None:
        # the handler set download_latency (request sent -> headers) just before this signal
        self._started[request] = time.time() - request.meta.get("download_latency", 0.0)

    def response_downloaded(self, response: Response, request: Request) -> None:
        self._sent.discard(request)
        started = self._started.pop(request, None)
        if started is None:
            started = time.time() - request.meta.get("download_latency", 0.0)
        date = warc_date(started)
        try:
            records = self._exchange_records(request, response, date)
            response_location, _ = self._write(records)
        except Exception:
            self._write_failed(request)
            return
        request.meta["warc_record"] = {
            "file": response_location.file,
            "offset": response_location.offset,
            "length": response_location.length,
            "record_id": response_location.record_id,
            "date": date,
        }
        self.stats.inc_value("warc/responses")
        if any(flag in TRUNCATION_FLAGS for flag in response.flags):
            self.stats.inc_value("warc/truncated")

    def process_exception(self, request: Request, exception: Exception) -> None:
        if request not in self._sent:
            return  # raised by a middleware before the request was sent: nothing went over the wire
        self._sent.discard(request)
        started = self._started.pop(request, None)
        if started is None:
            started = time.time()
            if isinstance(exception, DownloadTimeoutError):
                # the handler's timer starts with the fetch: it began one timeout ago
                started -= request.meta.get("download_timeout", 0.0)
        date = warc_date(started)
        try:
            self._write(self._failure_records(request, exception, date))
        except Exception:
            self._write_failed(request)
            return
        self.stats.inc_value("warc/failures")

    def close(self) -> None:
        try:
            self.writer.close()
        except Exception:
            logger.exception("Could not close the WARC file %s", self.writer.open_path)
            self.stats.inc_value("warc/write_errors")
        self.stats.set_value("warc/files", len(self.writer.closed_files))

    def _exchange_records(self, request: Request, response: Response, date: str) -> list[ArcWarcRecord]:
        url = urldefrag(request.url)[0]
        response_id = StatusAndHeadersParser.make_warc_id()
        response_fields = {"WARC-Type": "response", "WARC-Record-ID": response_id, "WARC-Date": date}
        if response.ip_address is not None:
            response_fields["WARC-IP-Address"] = str(response.ip_address)
        truncated = [TRUNCATION_FLAGS[flag] for flag in response.flags if flag in TRUNCATION_FLAGS]
        if truncated:
            response_fields["WARC-Truncated"] = truncated[0]
        response_record = self.writer.create_warc_record(
            url,
            "response",
            payload=BytesIO(response.body),
            length=len(response.body),
            http_headers=response_http_headers(request, response),
            warc_headers_dict=response_fields,
        )
        # Scrapy's HTTP/1.x clients send HTTP/1.1 whatever version the server answers in
        request_protocol = "HTTP/2" if http_version(response.protocol) == "HTTP/2" else "HTTP/1.1"
        request_record = self._request_record(
            request, date, concurrent_to=response_id, protocol=request_protocol
        )
        return [response_record, request_record]

    def _failure_records(self, request: Request, exception: Exception, date: str) -> list[ArcWarcRecord]:
        request_record = self._request_record(request, date)
        message = " ".join(str(exception).split())
        fields = f"fetch-error: {type(exception).__name__}: {message}\r\n".encode()
        metadata_record = self.writer.create_warc_record(
            urldefrag(request.url)[0],
            "metadata",
            payload=BytesIO(fields),
            length=len(fields),
            warc_content_type="application/warc-fields",
            warc_headers_dict={
                "WARC-Type": "metadata",
                "WARC-Record-ID": StatusAndHeadersParser.make_warc_id(),
                "WARC-Date": date,
                "WARC-Concurrent-To": request_record.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        return [request_record, metadata_record]

    def _request_record(
        self, request: Request, date: str, concurrent_to: str | None = None, protocol: str = "HTTP/1.1"
    ) -> ArcWarcRecord:
        fields = {
            "WARC-Type": "request",
            "WARC-Record-ID": StatusAndHeadersParser.make_warc_id(),
            "WARC-Date": date,
        }
        if concurrent_to:
            fields["WARC-Concurrent-To"] = concurrent_to
        return self.writer.create_warc_record(
            urldefrag(request.url)[0],
            "request",
            payload=BytesIO(request.body),
            length=len(request.body),
            http_headers=request_http_headers(request, protocol),
            warc_headers_dict=fields,
        )

    def _write(self, records: list[ArcWarcRecord]) -> list[RecordLocation]:
        locations = self.writer.write_records(records)
        for record, location in zip(records, locations, strict=True):
            self.stats.inc_value("warc/records")
            self.stats.inc_value(f"warc/records/{record.rec_type}")
            self.stats.inc_value("warc/bytes", location.length)
        self.stats.set_value("warc/files", len(self.writer.closed_files))
        return locations

    def _write_failed(self, request: Request) -> None:
        # a crawl that silently stops archiving is worse than one that stops: make it loud
        logger.exception("WARC write failed for %s; this exchange is NOT archived", request.url)
        self.stats.inc_value("warc/write_errors")
