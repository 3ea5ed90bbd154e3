"""A sample-essay (范文) site: category listings paginated with 下一页, articles cut short for
non-members ("……(未完,全文共N字…)"), 上一篇/下一篇 footers that lead to articles no listing shows any
more, and a Traditional-script mirror whose text carries pinyin after the characters."""

from __future__ import annotations

from spiders.base import ProfileSpider, SiteProfile

_NEXT = '[normalize-space(.)="下一页" or normalize-space(.)="下一頁"]'

FANWEN = SiteProfile(
    name="fanwen",
    start_paths=("jianghua/list_1.html", "big5/jianghua/list_1.html"),
    listing_links='//ul[@class="article-list"]/li/a',
    listing_next=f'//div[@class="pagelist"]/a{_NEXT}',
    article_url=r"/jianghua/\d{8}/\d+\.html$",
    article_body='//div[@class="content"]',
    title='//div[@class="main"]/h1',
    article_siblings='//div[@class="prevnext"]//a',
    cleaner="fanwen",
)


class FanwenSpider(ProfileSpider):
    """`scrapy crawl fanwen -a base_url=https://.../` (or SITE_BASE_URLS["fanwen"])."""

    name = "fanwen"
    profile = FANWEN
