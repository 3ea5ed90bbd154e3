"""A city Family Planning Association site: a paginated 协会动态 listing (下一页) whose reports and
speeches are often split over several pages joined by 上一页/下一页 links, served in GBK."""

from __future__ import annotations

from spiders.base import ProfileSpider, SiteProfile

CITY_ASSOCIATION = SiteProfile(
    name="association",
    start_paths=("list_1.html",),
    listing_links='//div[@class="list"]//li/a[@href]',
    listing_next='//div[@class="page"]//a[normalize-space(.)="下一页"]',
    article_body='//div[@id="zoom"]',
    article_next='//div[@class="pages"]//a[normalize-space(.)="下一页"]',
    title='//h1[@class="title"]',
    encoding="gb18030",  # old government CMSs declare gb2312 or nothing and write GBK
    cleaner="association",
)


class AssociationSpider(ProfileSpider):
    """`scrapy crawl association -a base_url=http://.../` or with SITE_BASE_URLS["association"]."""

    name = "association"
    profile = CITY_ASSOCIATION
