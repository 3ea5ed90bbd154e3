"""The national association's site (中国计生协): a TRS-style government CMS whose columns (新闻动态,
领导讲话) are listings paginated by script (createPageHTML(N, 0, "index", "html") writes links to
index_1.html…), articles in a TRS_Editor block, and speeches' PDF attachments."""

from __future__ import annotations

from spiders.base import ProfileSpider, SiteProfile

NATIONAL = SiteProfile(
    name="national",
    start_paths=("xwzx/xhdt/index.html", "ldjh/index.html"),
    listing_links='//div[@class="list_con"]//li/a',
    listing_page_count=r"createPageHTML\(\s*(\d+)\s*,",
    listing_page_path="index_{n}.html",
    article_url=r"/t\d{8}_\d+\.html$",
    article_body='//div[@class="TRS_Editor"]',
    title='//div[@class="detail_tit"]/h1',
    attachments='//div[@class="attachment"]//a[contains(@href, ".pdf") or contains(@href, ".doc")]',
    cleaner="national",
)


class NationalSpider(ProfileSpider):
    """`scrapy crawl national -a base_url=https://.../` (or SITE_BASE_URLS["national"])."""

    name = "national"
    profile = NATIONAL
