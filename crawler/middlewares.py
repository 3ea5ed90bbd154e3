"""Downloader middlewares for politeness.

`RetryAfterMiddleware` is Scrapy's RetryMiddleware that, on 429 and 503, waits before retrying: as
long as the server's Retry-After asks (seconds or an HTTP date), else an exponential backoff, never
longer than RETRY_AFTER_MAX_DELAY. The wait holds back every request to that download slot (the
site), not just the one retried, because a server that says "slow down" means the whole site.
(A response already on its way when the wait begins may let AutoThrottle shorten it.)

`ContactUserAgentMiddleware` sends USER_AGENT_TEMPLATE filled with CONTACT_URL, so that
`-s CONTACT_URL=...` reaches the header site owners read (an explicit `-s USER_AGENT=...` wins).

The benchmark profile (`BENCHMARK_LOOPBACK`, see `apply_benchmark_profile`) turns the delays off for
crawls of loopback sites only; `LoopbackOnlyMiddleware` then refuses any request that would leave
the machine.
"""

from __future__ import annotations

import ipaddress
import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Self
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.useragent import UserAgentMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.utils.asyncio import call_later

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)


def retry_after_seconds(value: str | bytes | None, now: datetime | None = None) -> float | None:
    """The wait a Retry-After header asks for, in seconds (0 for a date past); None if absent or bad."""
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # an HTTP date is always GMT; a sloppy server may leave it out
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.wait_codes = {int(code) for code in settings.getlist("RETRY_AFTER_HTTP_CODES")}
        self.max_delay = settings.getfloat("RETRY_AFTER_MAX_DELAY")
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE")
        self._paused: dict[str, tuple[float, float, float]] = {}  # slot -> (until, delay, jitter) to restore

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        # sent before the download slot takes its next request, so the pause holds that one back too
        crawler.signals.connect(middleware.response_downloaded, signal=signals.response_downloaded)
        return middleware

    def wait_for(self, response: Response, retry_number: int) -> float:
        """Seconds to wait before retry number `retry_number` (1 for the first) of this response."""
        asked = retry_after_seconds(response.headers.get("Retry-After"))
        wait = asked if asked is not None else self.backoff_base * 2 ** (retry_number - 1)
        return min(wait, self.max_delay)

    def response_downloaded(self, response: Response, request: Request) -> None:
        retry_number = request.meta.get("retry_times", 0) + 1
        if (response.status not in self.wait_codes or response.status not in self.retry_http_codes
                or request.meta.get("dont_retry", False)
                or retry_number > request.meta.get("max_retry_times", self.max_retry_times)):
            return
        wait = self.wait_for(response, retry_number)
        self._pause(request, wait)
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value("retry/waited_seconds", round(wait, 3))
        logger.info("%s answered %d; waiting %.1f s before asking the site again (Retry-After: %s)",
                    request.url, response.status, wait,
                    (response.headers.get("Retry-After") or b"none").decode("latin-1"))

    def _pause(self, request: Request, wait: float) -> None:
        """Hold back the request's download slot: requests to the site already queued in it wait too.

        The slot's delay becomes the wait, counted from now, as AutoThrottle sets slot delays; the
        delay it had comes back when the wait is over.
        """
        engine = self.crawler.engine
        key = request.meta.get("download_slot")
        slot = engine.downloader.slots.get(key) if engine is not None and key is not None else None
        if slot is None or wait <= 0:
            return
        until = time.monotonic() + wait
        previous = self._paused.get(key)
        if previous is not None and previous[0] >= until:
            return
        delay, jitter = (previous[1], previous[2]) if previous else (slot.delay, slot.jitter)
        self._paused[key] = (until, delay, jitter)
        slot.delay, slot.jitter, slot.lastseen = wait, 0.0, time.monotonic()
        call_later(wait, self._resume, key)

    def _resume(self, key: str) -> None:
        paused = self._paused.get(key)
        if paused is None or time.monotonic() < paused[0] - 0.01:  # a longer wait came in the meantime
            return
        del self._paused[key]
        engine = self.crawler.engine
        slot = engine.downloader.slots.get(key) if engine is not None else None
        if slot is not None:
            slot.delay, slot.jitter = paused[1], paused[2]


class ContactUserAgentMiddleware(UserAgentMiddleware):
    placeholder_contact: str | None = None  # CONTACT_URL left at the example value: warned about once

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        contact = settings.get("CONTACT_URL") or ""
        user_agent = settings["USER_AGENT"]
        if settings.getpriority("USER_AGENT") <= SETTINGS_PRIORITIES["project"]:
            user_agent = settings["USER_AGENT_TEMPLATE"].format(contact=contact)
        middleware = cls(user_agent)
        if "example.org" in contact:
            middleware.placeholder_contact = contact
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def process_request(self, request: Request) -> None:  # type: ignore[override]
        # only a real site needs a real contact: loopback runs (tests, the demo) stay quiet
        if self.placeholder_contact and not is_loopback(request.url):
            logger.warning("CONTACT_URL is still %s: set it (-s CONTACT_URL=...) so site owners can reach "
                           "whoever runs this crawl", self.placeholder_contact)
            self.placeholder_contact = None
        super().process_request(request)


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class LoopbackOnlyMiddleware:
    """With BENCHMARK_LOOPBACK on, refuses every request that would leave the machine."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("BENCHMARK_LOOPBACK"):
            raise NotConfigured
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if not is_loopback(request.url):
            stats = self.crawler.stats
            assert stats is not None
            stats.inc_value("benchmark/refused")
            logger.error("benchmark profile: refusing %s, which is not on loopback", request.url)
            raise IgnoreRequest(f"benchmark profile is for loopback only: {request.url}")


BENCHMARK_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
}


def apply_benchmark_profile(crawler: Crawler, start_urls: list[str]) -> bool:
    """With BENCHMARK_LOOPBACK set, switch the politeness delays off if every start URL is on loopback.

    Called from a spider's from_crawler, while settings can still change. A start URL elsewhere is
    refused with ValueError: the profile is for measuring the crawler, never for real sites.
    """
    settings = crawler.settings
    if not settings.getbool("BENCHMARK_LOOPBACK"):
        return False
    outside = [url for url in start_urls if not is_loopback(url)]
    if outside or not start_urls:
        raise ValueError(f"BENCHMARK_LOOPBACK is for loopback crawls only; these start URLs are not: "
                         f"{outside or 'none given'}")
    concurrency = settings.getint("BENCHMARK_CONCURRENCY")
    total = max(concurrency, settings.getint("CONCURRENT_REQUESTS"))
    fast = {**BENCHMARK_SETTINGS, "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency, "CONCURRENT_REQUESTS": total}
    for name, value in fast.items():
        settings.set(name, value, priority="cmdline")
    logger.info("benchmark profile: delays off, %d requests at a time per site (loopback only)", concurrency)
    return True
