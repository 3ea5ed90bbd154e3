"""Spider `focused`: a topical crawler for sites no profile describes.

    scrapy crawl focused -a start=URL[,URL...] [-a max_pages=N] [-a max_depth=N]

From its start URLs it follows links on the same sites whose anchor text or URL looks like the
association's speeches and reports (计生协, 计划生育协会, 讲话, 报告, 致辞, 理事会, 会员代表大会 …),
best first. A page reached through such a link that turns out not to be a document is taken for a
listing ("hub"): its 下一页 pagination and the links into its own folder are followed as well. Each
page is scored with the cleaners' relevance check; relevant ones are handed over as items, with their
下一页 continuation pages fetched in order. It stops at max_depth links from a start URL and after
max_pages requests (FOCUSED_MAX_DEPTH, FOCUSED_MAX_PAGES by default).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure
from w3lib.url import canonicalize_url

from cleaners import Page, extract_document
from cleaners.binary import document_format
from cleaners.draft import simplified
from crawler.items import PagePart, SpeechItem
from crawler.middlewares import apply_benchmark_profile
from spiders.base import links

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

# anchor text that names the association or a speech genre (read in Simplified characters)
TOPIC_TEXT = re.compile(r"计生协|计划生育协会|计生协会|计划生育工作协会|讲话|报告|致辞|致词|理事会|会员代表大会|发言|"
                        r"贺信|开幕词|闭幕词|工作总结|述职")
# URL words sites use for the association and its speeches (pinyin initials and words)
TOPIC_URL = re.compile(r"jsxh|jhsyxh|jishengxie|xiehui|ldjh|jianghua|baogao|zhici|fayan|lshy|hydb", re.I)
NEXT_TEXT = re.compile(r"^(?:下一?页|下一頁|下頁|后页|後頁|next|>|›|»)$", re.I)
SKIP_URL = re.compile(r"\.(?:jpe?g|png|gif|bmp|svg|ico|css|js|zip|rar|7z|exe|apk|mp[34]|avi|flv|swf|xlsx?)$|"
                      r"login|logout|register|denglu|zhuce|print|javascript", re.I)
# ads and account links that borrow the topic's words ("专业代写讲话稿")
SKIP_TEXT = re.compile(r"代写|代笔|广告|推广|开通|会员充值|VIP|登录|注册", re.I)
HUB_SCORE = 2.0  # a page reached by a link scoring this much, that is no document, is a listing worth reading
FOLLOW_SCORE = 1.0
LISTING_LINKS = 5  # links into its own folder that make a page a listing rather than an article


def link_score(text: str, url: str) -> float:
    """How much a link looks like it leads to association speeches: 2 a topic word in its text, 1 in its URL;
    0 for ads and account links."""
    text = simplified(text)
    if SKIP_TEXT.search(text):
        return 0.0
    words = {m.group() for m in TOPIC_TEXT.finditer(text)}
    score = 2.0 * min(len(words), 2)
    if TOPIC_URL.search(urlsplit(url).path):
        score += 1.0
    return score


def is_continuation(first_url: str, url: str) -> bool:
    """Whether `url` is a later page of the article at `first_url`: 2145.html -> 2145_2.html, ?page=2."""
    first, other = urlsplit(first_url), urlsplit(url)
    if first.netloc != other.netloc or posixpath.dirname(first.path) != posixpath.dirname(other.path):
        return False
    stem = posixpath.splitext(posixpath.basename(first.path))[0]
    name = posixpath.splitext(posixpath.basename(other.path))[0]
    if name != stem:
        return bool(stem) and re.fullmatch(re.escape(stem) + r"[_-]\d{1,3}", name) is not None
    paged = re.search(r"(?:^|&)(?:page|p|pn|pageno)=\d+", other.query)
    return first.query != other.query and paged is not None


def in_folder(page_url: str, url: str) -> bool:
    """A link below the page's own folder (not the site's root): a column's articles, from its listing."""
    folder = posixpath.dirname(urlsplit(page_url).path)
    return folder not in ("", "/") and urlsplit(url).path.startswith(folder + "/")


class FocusedSpider(scrapy.Spider):
    name = "focused"

    def __init__(self, start: str | None = None, max_pages: str | None = None, max_depth: str | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_list = [url.strip() for url in (start or "").split(",") if url.strip()]
        if not self.start_list:
            raise ValueError("give -a start=URL[,URL...]")
        bad = [url for url in self.start_list if urlsplit(url).scheme not in ("http", "https")]
        if bad:
            raise ValueError(f"start URLs must be http(s): {bad}")
        self.hosts = {urlsplit(url).hostname or "" for url in self.start_list}
        self.allowed_domains = sorted(self.hosts)
        self._max_pages = max_pages
        self._max_depth = max_depth
        self._seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_pages = int(spider._max_pages or settings.getint("FOCUSED_MAX_PAGES"))
        spider.max_depth = int(spider._max_depth or settings.getint("FOCUSED_MAX_DEPTH"))
        apply_benchmark_profile(crawler, spider.start_list)
        return spider

    async def start(self) -> AsyncIterator[Request]:
        for url in self.start_list:
            request = self._request(url, depth=0, score=10.0, hub=True)
            if request is not None:
                yield request

    def _request(self, url: str, depth: int, score: float, hub: bool = False) -> Request | None:
        key = canonicalize_url(url)
        if key in self._seen:
            return None
        if len(self._seen) >= self.max_pages:
            if self.crawler.stats.get_value("focused/page_limit_reached") is None:
                self.logger.info("focused: reached max_pages=%d; no more pages are asked for", self.max_pages)
            self.crawler.stats.inc_value("focused/page_limit_reached")
            return None
        self._seen.add(key)
        self.crawler.stats.inc_value("focused/requested")
        return Request(url, callback=self.parse_page, errback=self.failed, priority=int(score * 10),
                       meta={"focused_depth": depth, "focused_score": score, "focused_hub": hub})

    def parse_page(self, response: Response) -> Iterator[Request | SpeechItem]:
        depth: int = response.meta["focused_depth"]
        if not isinstance(response, TextResponse):
            yield from self._binary(response)
            return
        found = [(url, text) for url, text in links(response, "//a[@href]")
                 if urlsplit(url).hostname in self.hosts and not SKIP_URL.search(url)]
        # a listing of speech titles reads like a speech to the relevance check, and its 下一页
        # (index.html -> index_1.html) like an article's: its many links into its folder tell
        listing = sum(in_folder(response.url, url) for url, _ in found) >= LISTING_LINKS
        relevant = not listing and self._relevant([response])
        hub = not relevant and (response.meta["focused_hub"] or response.meta["focused_score"] >= HUB_SCORE)
        following = [url for url, text in found if NEXT_TEXT.match(text.strip())]
        continuation = [url for url in following if is_continuation(response.url, url)] if not listing else []
        if continuation and (relevant or response.meta["focused_score"] >= HUB_SCORE):
            # a document over several pages: read them all before judging it
            yield self._continuation(continuation[0], [self._part(response)], depth)
        elif relevant:
            yield self._item([self._part(response)], depth)
        if depth >= self.max_depth:
            return
        for url, text in found:
            score = link_score(text, url)
            pagination = hub and url in following and url not in continuation
            if pagination:
                score = max(score, FOLLOW_SCORE + 0.5)
            if (hub or relevant) and in_folder(response.url, url):
                score += 1.0
            if score >= FOLLOW_SCORE:
                request = self._request(url, depth + 1, score, hub=pagination)
                if request is not None:
                    yield request

    def _continuation(self, url: str, parts: list[PagePart], depth: int) -> Request:
        # counted, but never refused: an article is finished once begun
        self._seen.add(canonicalize_url(url))
        self.crawler.stats.inc_value("focused/requested")
        return Request(url, callback=self.parse_continuation, errback=self.failed, dont_filter=True,
                       cb_kwargs={"parts": parts, "depth": depth})

    def parse_continuation(self, response: Response, parts: list[PagePart], depth: int
                           ) -> Iterator[Request | SpeechItem]:
        if any(part.url == response.url for part in parts) or not isinstance(response, TextResponse):
            yield from self._judged(parts, depth)
            return
        parts = [*parts, self._part(response)]
        following = [url for url, text in links(response, "//a[@href]")
                     if NEXT_TEXT.match(text.strip()) and is_continuation(parts[0].url, url)
                     and url not in {part.url for part in parts}]
        max_parts = self.crawler.settings.getint("ARTICLE_MAX_PARTS")
        if following and len(parts) < max_parts:
            yield self._continuation(following[0], parts, depth)
        else:
            yield from self._judged(parts, depth)

    def _judged(self, parts: list[PagePart], depth: int) -> Iterator[SpeechItem]:
        if self._relevant(parts):
            yield self._item(parts, depth)

    def _binary(self, response: Response) -> Iterator[SpeechItem]:
        content_type = _header(response, "Content-Type")
        if document_format(content_type, response.url, response.body) in ("docx", "pdf"):
            yield self._item([self._part(response)], response.meta["focused_depth"])

    def _relevant(self, responses: list[Response] | list[PagePart]) -> bool:
        """The cleaners' own relevance check, on the pages as they will be stored."""
        pages = [Page(body=r.body, url=r.url,
                      content_type=_header(r, "Content-Type") if isinstance(r, Response) else r.content_type)
                 for r in responses]
        try:
            relevant = extract_document(pages).relevant
        except Exception as exc:  # a page the cleaners choke on is judged by the pipeline, and logged there
            self.logger.debug("focused: could not score %s: %s", pages[0].url, exc)
            return False
        self.crawler.stats.inc_value("focused/relevant_pages" if relevant else "focused/other_pages")
        return relevant

    def _part(self, response: Response) -> PagePart:
        return PagePart(url=response.url, body=response.body, content_type=_header(response, "Content-Type"),
                        warc=response.meta.get("warc_record"))

    def _item(self, parts: list[PagePart], depth: int) -> SpeechItem:
        self.crawler.stats.inc_value("focused/documents")
        return SpeechItem(url=parts[0].url, parts=parts, spider=self.name, hints={"depth": depth})

    def failed(self, failure: Failure) -> Iterator[SpeechItem]:
        request: Request = failure.request  # type: ignore[attr-defined]
        self.crawler.stats.inc_value("focused/failed")
        self.logger.warning("focused: %s failed: %s", request.url, failure.getErrorMessage())
        parts: list[PagePart] = request.cb_kwargs.get("parts") or []
        if parts:  # a dead page 2: judge the article on the pages it has
            yield from self._judged(parts, request.cb_kwargs["depth"])


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value is not None else None
