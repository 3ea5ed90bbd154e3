"""Politeness, crawled for real: Retry-After and backoff on 429/503 (crawler/middlewares.py), the
User-Agent with its contact, the default settings, and the loopback-only benchmark profile."""

from __future__ import annotations

import time
from email.utils import formatdate
from pathlib import Path

from sites.server import Reply, Site, html
from spider_runs import run_crawl

from crawler.middlewares import is_loopback, retry_after_seconds

PAGE = "<html><head><meta charset='utf-8'><title>计生协工作报告</title></head><body><p>各位理事、同志们：</p></body></html>"


def busy(status: int, times: int, retry_after: str | None = None) -> object:
    """A route that answers `status` (with Retry-After) `times` times, then the page."""
    def reply(attempt: int) -> Reply:
        if attempt > times:
            return html(PAGE)
        headers = {"Content-Type": "text/html"}
        if retry_after == "date":
            headers["Retry-After"] = formatdate(time.time() + 2, usegmt=True)
        elif retry_after is not None:
            headers["Retry-After"] = retry_after
        return Reply(status, headers, b"busy")
    return reply


def hits(site: Site, path: str) -> list[float]:
    return [hit.at for hit in site.hits if hit.path == path]


def crawl_urls(site: Site, tmp_path: Path, paths: list[str], **settings: object) -> tuple[object, str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    with site.serve() as server:
        url_file = tmp_path / "urls.txt"
        url_file.write_text("".join(server.url(path) + "\n" for path in paths), "utf-8")
        result = run_crawl("urls", tmp_path, args={"urls": str(url_file)},
                           settings={"CONCURRENT_REQUESTS_PER_DOMAIN": 1, **settings})
        return result, server.base_url


def test_retry_after_in_seconds_and_as_a_date_is_honoured(tmp_path: Path) -> None:
    site = Site(routes={"/503.html": busy(503, 1, "1"), "/429.html": busy(429, 1, "date")})  # type: ignore[dict-item]
    result, _ = crawl_urls(site, tmp_path, ["/503.html", "/429.html"])
    assert result.returncode == 0, result.log[-2000:]
    assert len(result.items) == 2  # both fetched in the end
    # one site: each wait holds back the other's retry too, so each retry comes after its own wait at
    # least, and before both waits are over
    first, second = hits(site, "/503.html")
    assert 0.95 <= second - first < 4.0, second - first
    first, second = hits(site, "/429.html")
    assert 0.95 <= second - first < 4.0, second - first  # an HTTP date counts whole seconds
    # (the date names a whole second, at least one on from when the server wrote it; the time the answer took to
    # reach the middleware comes off that second: under load the wait may be a few milliseconds short of it)
    assert 1.9 <= result.stats["retry/waited_seconds"] <= 3.0
    assert result.stats["retry/count"] == 2


def test_the_wait_holds_back_the_whole_site_and_is_capped(tmp_path: Path) -> None:
    routes = {"/busy.html": busy(503, 1, "3600"), **{f"/p{n}.html": html(PAGE) for n in range(4)}}
    site = Site(routes=routes)  # type: ignore[arg-type]
    # a small delay, as politeness always has: with none, Scrapy sends everything queued for a slot
    # at once (its asyncio downloader starts them before counting them as transferring)
    result, _ = crawl_urls(site, tmp_path, ["/busy.html"] + [f"/p{n}.html" for n in range(4)],
                           RETRY_AFTER_MAX_DELAY=1.0, DOWNLOAD_DELAY=0.1)
    assert result.returncode == 0, result.log[-2000:]
    refused_at = hits(site, "/busy.html")[0]
    after = [hit.at for hit in site.hits if hit.at > refused_at]
    assert after, "nothing was asked after the 503"
    # an hour was asked for, RETRY_AFTER_MAX_DELAY allows one second, and no page of the site went sooner
    assert all(at - refused_at >= 0.95 for at in after), [round(at - refused_at, 2) for at in after]
    assert hits(site, "/busy.html")[1] - refused_at < 2.5
    assert "waiting 1.0 s" in result.log


def test_backoff_doubles_without_retry_after_then_gives_up(tmp_path: Path) -> None:
    site = Site(routes={"/down.html": busy(503, 10)})  # type: ignore[dict-item]
    result, _ = crawl_urls(site, tmp_path, ["/down.html"], RETRY_BACKOFF_BASE=0.4, RETRY_TIMES=2)
    assert result.returncode == 0
    times = hits(site, "/down.html")
    assert len(times) == 3  # the first try and RETRY_TIMES retries
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert 0.35 <= gaps[0] < 1.0 and 0.75 <= gaps[1] < 1.6, gaps
    assert result.stats["retry/max_reached"] == 1
    assert result.items == []


def test_user_agent_names_the_contact(tmp_path: Path, read_warc) -> None:  # type: ignore[no-untyped-def]
    site = Site(routes={"/a.html": html(PAGE)})
    result, _ = crawl_urls(site, tmp_path, ["/a.html"], CONTACT_URL="mailto:archive@example.org")
    assert result.returncode == 0
    agents = {record.http.get_header("User-Agent") for path in (tmp_path / "archive").rglob("*.warc.gz")
              for record in read_warc(path) if record.type == "request"}
    assert agents == {"speech-archive/0.1 (+mailto:archive@example.org)"}


def test_polite_defaults() -> None:
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert 1 <= settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert settings.getbool("AUTOTHROTTLE_ENABLED") and settings.getfloat("DOWNLOAD_DELAY") >= 1.0
    assert {429, 503} <= set(settings.getlist("RETRY_HTTP_CODES"))
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    assert middlewares["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
    assert "crawler.middlewares.RetryAfterMiddleware" in middlewares
    assert not settings.getbool("BENCHMARK_LOOPBACK")


def test_retry_after_values() -> None:
    from datetime import UTC, datetime

    now = datetime(2024, 5, 29, 8, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("120", now) == 120
    assert retry_after_seconds(b"Wed, 29 May 2024 08:00:30 GMT", now) == 30
    assert retry_after_seconds("Wed, 29 May 2024 07:00:00 GMT", now) == 0  # already past
    assert retry_after_seconds("soon", now) is None and retry_after_seconds(None, now) is None
    assert is_loopback("http://127.0.0.1:8080/") and is_loopback("http://127.3.4.5/")
    assert is_loopback("http://[::1]/") and is_loopback("http://localhost/")
    assert not is_loopback("http://10.0.0.1/") and not is_loopback("http://example.org/")


def test_benchmark_profile_speeds_up_loopback_and_refuses_anything_else(tmp_path: Path) -> None:
    site = Site(routes={"/": html("".join(f'<a href="/jsxh/{n}.html">计生协讲话{n}</a>' for n in range(12))),
                        **{f"/jsxh/{n}.html": html(PAGE) for n in range(12)}})
    polite = {"DOWNLOAD_DELAY": 1.0, "AUTOTHROTTLE_ENABLED": True, "BENCHMARK_LOOPBACK": True}
    with site.serve() as server:
        fast = run_crawl("focused", tmp_path / "fast", args={"start": server.base_url}, settings=polite)
    assert fast.returncode == 0, fast.log[-2000:]
    assert "benchmark profile: delays off" in fast.log
    assert len([hit for hit in site.hits if hit.path.startswith("/jsxh/")]) == 12
    pages = [hit.at for hit in site.hits if hit.path.startswith("/jsxh/")]
    assert max(pages) - min(pages) < 3  # at a 1 s delay twelve pages take eleven seconds
    # a real site: refused before anything is fetched
    refused = run_crawl("focused", tmp_path / "real", args={"start": "http://example.invalid/"}, settings=polite)
    assert refused.returncode != 0
    assert "BENCHMARK_LOOPBACK is for loopback crawls only" in refused.log
    # and a loopback site that redirects elsewhere: the request leaving the machine is refused
    away = Site(routes={"/away.html": Reply(302, {"Location": "http://example.invalid/speech.html"}, b"")})
    result, _ = crawl_urls(away, tmp_path / "away", ["/away.html"], BENCHMARK_LOOPBACK=True)
    assert result.stats["benchmark/refused"] >= 1
    assert "refusing http://example.invalid/" in result.log
