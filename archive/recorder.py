"""Record every HTTP exchange of a crawl as a WARC/1.1 request and response record pair.

Responses are taken on the `response_downloaded` signal, as the download handler delivered them and
before the retry, decompression and redirect middlewares see them; downloads that fail without a
response reach `process_exception` and become a request record plus a `metadata` record.

With a crawl state (archive.crawl_state, CRAWL_STATE_ENABLED) every fetch is remembered per URL, a
payload archived before (by this crawl or an earlier one) is written as a `revisit` record with the
identical-payload-digest profile (WARC_REVISITS), and a 304 answer to a conditional request as a
`revisit` record with the server-not-modified profile: its block is the 304's status line and headers
as they came, and it refers to the capture whose validators were sent.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
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

from archive.crawl_state import Capture, CrawlState, UrlState
from archive.unwritable import archive_unwritable, unwritable
from archive.warc_writer import OPEN_SUFFIX, HttpHeaders, RecordLocation, WarcFileWriter, software_name

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.signalmanager import SignalManager
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

# pywb's names for headers whose original value no longer describes the stored body
ORIG_TRANSFER_ENCODING = "X-Archive-Orig-Transfer-Encoding"
ORIG_CONTENT_LENGTH = "X-Archive-Orig-Content-Length"
# response.flags Scrapy sets on a body it did not receive whole -> WARC-Truncated reason
TRUNCATION_FLAGS = {"dataloss": "disconnect", "download_stopped": "unspecified"}
DEFAULT_PORTS = {"http": 80, "https": 443}
IDENTICAL_PAYLOAD = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
SERVER_NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"


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


def _header(headers: Headers, name: str) -> str | None:
    value = headers.get(name)
    return _text(value) if value is not None else None


def _validates(request: Request, known: UrlState) -> bool:
    """Whether the request sent the validators of the capture `known` names: a 304 then confirms it."""
    etag, modified = _header(request.headers, "If-None-Match"), _header(request.headers, "If-Modified-Since")
    return (known.etag is not None and etag == known.etag) or (
        known.last_modified is not None and modified == known.last_modified)


@dataclass
class _Written:
    """How a response was archived, for the pointer in request.meta and the crawl state."""

    record_type: str
    payload_digest: str | None
    refers_to: Capture | None  # where the payload is, for a revisit record
    new_payload: bool  # a payload archived here for the first time: future revisits may refer to it


class WarcRecorder:
    """Downloader middleware writing each fetch to WARC files under `<ARCHIVE_DIR>/warc/`.

    After a response is written, `request.meta["warc_record"]` points at its response record:
    `{"file", "offset", "length", "record_id", "date"}`, plus `payload_digest` when one is known and,
    for a revisit record, `refers_to` (the same fields and `uri`) naming the record with the payload.
    A download that failed gets `request.meta["warc_failure"]`, the same for its metadata record.
    """

    signals: SignalManager | None = None  # the crawl's, to say when the archive cannot be written

    def __init__(self, writer: WarcFileWriter, stats: StatsCollector, state: CrawlState | None = None,
                 revisits: bool = True) -> None:
        self.writer = writer
        self.stats = stats
        self.state = state
        self.revisits = revisits and state is not None
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
                # the resumable job (crawler.cli) whose fetches the file holds: a killed run's file is
                # read back into the crawl state under it (archive.crawl_state.restore_fetches)
                "job": settings.get("RECRAWL_JOB") or None,
            },
        )
        assert crawler.stats is not None
        state = None
        if settings.getbool("CRAWL_STATE_ENABLED"):
            try:
                state = CrawlState(Path(settings.get("ARCHIVE_DIR")) / "manifest.sqlite",
                                   job=settings.get("RECRAWL_JOB") or "")
            except Exception:
                # the WARC files matter more than the state: archive on, as a first crawl would
                logger.exception("Cannot open the crawl state; recording without revisits or URL state")
                crawler.stats.inc_value("recrawl/state_errors")
        recorder = cls(writer, crawler.stats, state, revisits=settings.getbool("WARC_REVISITS"))
        recorder.signals = crawler.signals
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
            records, written = self._exchange_records(request, response, date)
            response_location, _ = self._write(records)
        except Exception as exc:
            self._write_failed(request, exc)
            return
        pointer: dict[str, object] = {
            "file": response_location.file,
            "offset": response_location.offset,
            "length": response_location.length,
            "record_id": response_location.record_id,
            "date": date,
        }
        if written.payload_digest:
            pointer["payload_digest"] = written.payload_digest
        if written.refers_to is not None:
            pointer["refers_to"] = written.refers_to.pointer()
        cut = [TRUNCATION_FLAGS[flag] for flag in response.flags if flag in TRUNCATION_FLAGS]
        if cut:
            pointer["truncated"] = cut[0]  # the WARC-Truncated reason: the body is not all the server meant
        request.meta["warc_record"] = pointer
        self.stats.inc_value("warc/responses")
        if cut:
            self.stats.inc_value("warc/truncated")
        if self.state is not None:
            self._remember(request, response, written, Capture(
                uri=urldefrag(request.url)[0], record_id=response_location.record_id, date=date,
                file=response_location.file, offset=response_location.offset, length=response_location.length,
            ))

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
            _, failure = self._write(self._failure_records(request, exception, date))
        except Exception as exc:
            self._write_failed(request, exc)
            return
        request.meta["warc_failure"] = {"file": failure.file, "offset": failure.offset, "length": failure.length,
                                        "record_id": failure.record_id, "date": date}
        self.stats.inc_value("warc/failures")

    def close(self) -> None:
        try:
            self.writer.close()
        except Exception:
            logger.exception("Could not close the WARC file %s", self.writer.open_path)
            self.stats.inc_value("warc/write_errors")
        self.stats.set_value("warc/files", len(self.writer.closed_files))
        if self.state is not None:
            self.state.close()
            self.state = None

    def _exchange_records(
        self, request: Request, response: Response, date: str
    ) -> tuple[list[ArcWarcRecord], _Written]:
        url = urldefrag(request.url)[0]
        response_id = StatusAndHeadersParser.make_warc_id()
        response_fields = {"WARC-Type": "response", "WARC-Record-ID": response_id, "WARC-Date": date}
        if response.ip_address is not None:
            response_fields["WARC-IP-Address"] = str(response.ip_address)
        truncated = [TRUNCATION_FLAGS[flag] for flag in response.flags if flag in TRUNCATION_FLAGS]
        if truncated:
            response_fields["WARC-Truncated"] = truncated[0]
        http_headers = response_http_headers(request, response)
        response_record = self.writer.create_warc_record(
            url,
            "response",
            payload=BytesIO(response.body),
            length=len(response.body),
            http_headers=http_headers,
            warc_headers_dict=response_fields,
        )
        digest = response_record.rec_headers.get_header("WARC-Payload-Digest")
        # a whole 2xx body is a payload worth one copy; errors, redirects and cut bodies are kept as they are
        reusable = 200 <= response.status < 300 and response.status != 206 and bool(response.body) \
            and not truncated
        written = _Written("response", digest, None, reusable)
        if self.state is not None:
            revisit = self._revisit(request, response, url, digest, reusable, http_headers, response_fields)
            if revisit is not None:
                response_record, written = revisit
        # Scrapy's HTTP/1.x clients send HTTP/1.1 whatever version the server answers in
        request_protocol = "HTTP/2" if http_version(response.protocol) == "HTTP/2" else "HTTP/1.1"
        request_record = self._request_record(
            request, date, concurrent_to=response_id, protocol=request_protocol
        )
        return [response_record, request_record], written

    def _revisit(
        self, request: Request, response: Response, url: str, digest: str | None, reusable: bool,
        http_headers: HttpHeaders, fields: dict[str, str],
    ) -> tuple[ArcWarcRecord, _Written] | None:
        """A revisit record in place of the response record, when the payload is archived already."""
        assert self.state is not None
        try:
            if response.status == 304:
                known = self.state.get(url)
                if known is None or known.payload is None or not _validates(request, known) \
                        or not self._still_archived(known.payload):
                    return None  # nothing to refer to: the 304 stays a response record
                earlier, digest, profile = known.payload, known.payload_digest, SERVER_NOT_MODIFIED
            elif self.revisits and reusable and digest:
                found = self.state.find_payload(digest, url)
                if found is None or not self._still_archived(found):
                    return None  # archived afresh, and indexed in place of the capture that is gone
                earlier, profile = found, IDENTICAL_PAYLOAD
            else:
                return None
        except Exception:
            logger.exception("Crawl state lookup failed for %s; archiving the whole response", url)
            self.stats.inc_value("recrawl/state_errors")
            return None
        fields = {**fields, "WARC-Refers-To": earlier.record_id}
        fields.pop("WARC-Truncated", None)
        # the block is the HTTP head only; the payload is the one in the record referred to
        if profile == IDENTICAL_PAYLOAD:
            record = self.writer.create_revisit_record(url, digest, earlier.uri, earlier.date,
                                                       http_headers=http_headers, warc_headers_dict=fields)
        else:
            fields.update({"WARC-Profile": profile, "WARC-Refers-To-Target-URI": earlier.uri,
                           "WARC-Refers-To-Date": earlier.date})
            record = self.writer.create_warc_record(url, "revisit", http_headers=http_headers,
                                                    warc_headers_dict=fields)
        self.stats.inc_value("warc/revisits/not_modified" if profile == SERVER_NOT_MODIFIED
                             else "warc/revisits/identical")
        return record, _Written("revisit", digest, earlier, False)

    def _still_archived(self, capture: Capture) -> bool:
        """A revisit must refer to a record that is there: its file, or the file still being written."""
        path = self.writer.directory / capture.file
        return path.exists() or path.with_name(path.name + OPEN_SUFFIX).exists()

    def _remember(self, request: Request, response: Response, written: _Written, capture: Capture) -> None:
        """Keep the fetch in the crawl state: status, validators, digest, and where the payload is."""
        assert self.state is not None
        try:
            self.state.record_fetch(
                capture.uri,
                status=response.status,
                record_type=written.record_type,
                record=capture,
                # a 304 archived as a plain response has no payload: the state keeps the one it had
                payload=written.refers_to or (None if response.status == 304 else capture),
                payload_digest=written.payload_digest,
                etag=_header(response.headers, "ETag"),
                last_modified=_header(response.headers, "Last-Modified"),
                index_payload=written.new_payload,
            )
        except Exception as exc:
            # the record is in the WARC file; a lost state row costs one full fetch next time
            logger.exception("Could not record the crawl state of %s", capture.uri)
            self.stats.inc_value("recrawl/state_errors")
            self._unwritable(exc)

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

    def _write_failed(self, request: Request, exc: Exception) -> None:
        # a crawl that silently stops archiving is worse than one that stops: make it loud
        logger.exception("WARC write failed for %s; this exchange is NOT archived", request.url)
        self.stats.inc_value("warc/write_errors")
        self._unwritable(exc)

    def _unwritable(self, exc: Exception) -> None:
        """A full disk or a read-only folder: say so, and crawler.extensions stops the crawl."""
        if self.signals is not None and unwritable(exc) is not None:
            self.signals.send_catch_log(signal=archive_unwritable, exception=exc)
