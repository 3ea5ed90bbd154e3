"""Downloader middleware for recrawls: conditional requests, and answers from the archive.

- A URL an earlier crawl fetched whole (2xx, or a 304 confirming such a capture) is requested with
  the validators it sent then: If-None-Match (its ETag) and If-Modified-Since (its Last-Modified).
- A 304 is archived by archive.recorder.WarcRecorder as it came; the spider then gets, in its place,
  the archived response it confirmed, flagged `not_modified`. Spiders never see a 304, so a listing
  or pagination page that did not change still yields its links, and an article the same bytes as
  before, which crawler.pipelines.StorePipeline recognises by payload digest and does not store again.
  When that capture cannot be read back, the URL is fetched again without validators.
- A resumed crawl job (RECRAWL_JOB, which `speech-archive crawl` sets) does not fetch again what an
  earlier run of the job fetched before it was stopped or killed: the archived response is replayed,
  flagged `replayed`, so the spider walks on from it without touching the network. Errors a retry
  would ask again (5xx, 429, …) are fetched again.

Sits just above WarcRecorder (DOWNLOADER_MIDDLEWARES 925 < 950): its validators are in the request
record, and the recorder has written the 304 before this sees it. A request with
`meta["dont_revalidate"]` is sent as the spider made it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

from archive.crawl_state import Capture, CrawlState, UrlState, read_response, utc_now

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

VALIDATED = "recrawl_validated"  # request.meta: this middleware added the validators
WHOLE_STATUSES = (200, 203, 304)  # a 304 row still names the whole capture it confirmed
# answers worth replaying; a 5xx or 429 is asked again, as the retry middleware intends
REPLAYABLE = (200, 203, 204, 301, 302, 303, 304, 307, 308, 404, 410)


def _pointer(state: UrlState) -> dict[str, Any] | None:
    """The request.meta["warc_record"] the recorder wrote for the fetch being replayed."""
    if state.record is None:
        return None
    pointer: dict[str, Any] = {k: v for k, v in state.record.pointer().items() if k != "uri"}
    if state.payload_digest:
        pointer["payload_digest"] = state.payload_digest
    if state.payload is not None and state.payload.record_id != state.record.record_id:
        pointer["refers_to"] = state.payload.pointer()
    return pointer


class RecrawlMiddleware:
    def __init__(self, state: CrawlState, warc_dir: str | Path, stats: StatsCollector,
                 conditional: bool = True) -> None:
        self.state = state
        self.warc_dir = Path(warc_dir)
        self.stats = stats
        self.conditional = conditional
        # only what an earlier run of the job fetched is replayed; this run's own fetches are not
        self.started = utc_now()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        conditional = settings.getbool("RECRAWL_CONDITIONAL")
        if not conditional and not settings.get("RECRAWL_JOB"):
            raise NotConfigured("RECRAWL_CONDITIONAL is off and no RECRAWL_JOB is resumed")
        if not (settings.getbool("WARC_ENABLED") and settings.getbool("CRAWL_STATE_ENABLED")):
            raise NotConfigured("recrawls need the WARC recorder and its crawl state")
        archive_dir = Path(settings.get("ARCHIVE_DIR"))
        try:
            state = CrawlState(archive_dir / "manifest.sqlite", job=settings.get("RECRAWL_JOB") or "")
        except Exception as exc:
            logger.error("Cannot open the crawl state (%s): every URL is fetched whole", exc)
            raise NotConfigured("no crawl state") from exc
        assert crawler.stats is not None
        middleware = cls(state, archive_dir / "warc", crawler.stats, conditional=conditional)
        crawler.signals.connect(middleware.close, signal=signals.spider_closed)
        return middleware

    def process_request(self, request: Request) -> Response | None:
        if request.method != "GET" or request.meta.get("dont_revalidate"):
            return None
        try:
            known = self.state.get(request.url)
        except Exception:
            logger.exception("Crawl state lookup failed for %s", request.url)
            self.stats.inc_value("recrawl/state_errors")
            return None
        if known is None:
            return None
        if self.state.job and known.job == self.state.job and known.fetched_at < self.started \
                and known.status in REPLAYABLE:
            replayed = self._replay(request, known)
            if replayed is not None:
                return replayed
        if self._revalidate(request, known):
            self.stats.inc_value("recrawl/conditional")
        return None

    def _replay(self, request: Request, known: UrlState) -> Response | None:
        response = self._archived(request, known.payload, "replayed")
        if response is None:
            return None
        pointer = _pointer(known)
        if pointer is not None:
            request.meta["warc_record"] = pointer
        self.stats.inc_value("recrawl/replayed")
        return response

    def _revalidate(self, request: Request, known: UrlState) -> bool:
        """Add the validators of the capture we hold; False when there is nothing to revalidate."""
        if not self.conditional or known.payload is None or known.status not in WHOLE_STATUSES:
            return False
        if not (known.etag or known.last_modified):
            return False
        if request.headers.get("If-None-Match") or request.headers.get("If-Modified-Since"):
            return False  # the spider asked its own question
        if known.etag:
            request.headers["If-None-Match"] = known.etag
        if known.last_modified:
            request.headers["If-Modified-Since"] = known.last_modified
        request.meta[VALIDATED] = True
        return True

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status != 304 or not request.meta.get(VALIDATED):
            return response
        try:
            known = self.state.get(request.url)
        except Exception:
            logger.exception("Crawl state lookup failed for %s", request.url)
            known = None
        archived = self._archived(request, known.payload if known else None, "not_modified")
        if archived is not None:
            self.stats.inc_value("recrawl/not_modified")
            return archived
        # the confirmed capture is out of reach (files moved, state lost): fetch the page whole
        logger.warning("%s: not modified, but its archived capture cannot be read; fetching it again",
                       request.url)
        self.stats.inc_value("recrawl/refetched")
        again = request.replace(dont_filter=True)
        for name in ("If-None-Match", "If-Modified-Since"):
            again.headers.pop(name, None)
        again.meta.pop(VALIDATED, None)
        again.meta["dont_revalidate"] = True
        return again

    def _archived(self, request: Request, capture: Capture | None, flag: str) -> Response | None:
        """The archived response at `capture`, as a Scrapy response to `request`; None if unreadable."""
        if capture is None:
            return None
        try:
            archived = read_response(self.warc_dir, capture)
        except (OSError, ValueError, EOFError) as exc:
            logger.warning("Cannot read the archived capture of %s (%s)", request.url, exc)
            self.stats.inc_value("recrawl/unreadable")
            return None
        if archived.status == 304:
            return None  # a 304 is no page to hand a spider
        headers = Headers(archived.headers)
        respcls = responsetypes.from_args(headers=headers, url=request.url, body=archived.body)
        return respcls(url=request.url, status=archived.status, headers=headers, body=archived.body,
                       request=request, flags=[flag], protocol=archived.protocol)

    def close(self) -> None:
        self.state.close()
