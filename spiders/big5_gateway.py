"""A Big5 gateway mirror of a government or association site (/gate/big5/<host>/…): the original's
pages converted to Traditional characters and Big5 on the fly, many without a charset declaration,
every link rewritten to go through the gateway, except those that escape to the original host.
Listings and long articles are paginated with 上一頁/下一頁."""

from __future__ import annotations

from spiders.base import ProfileSpider, SiteProfile

_NEXT = '[normalize-space(.)="下一頁" or normalize-space(.)="下一页"]'

BIG5_GATEWAY = SiteProfile(
    name="big5_gateway",
    start_paths=("jsxh/ldjh/index.html", "jsxh/xhdt/index.html"),  # below the base /gate/big5/<host>/
    listing_links='//div[@class="newslist"]//li/a',
    listing_next=f'//div[@class="fenye"]/a{_NEXT}',
    article_url=r"/gate/big5/[^/]+/.+/t\d{8}_\d+(?:_\d+)?\.html$",  # through the gateway only
    article_body='//div[@id="zoom"]',
    article_next=f'//div[@class="pages"]/a{_NEXT}',
    title='//div[@class="bt"]',
    encoding="big5hkscs",  # what browsers read as "Big5"; most gateway pages declare nothing
    cleaner="big5_gateway",
)


class Big5GatewaySpider(ProfileSpider):
    """`scrapy crawl big5_gateway -a base_url=http://big5.example.gov.cn/gate/big5/www.example.gov.cn/`."""

    name = "big5_gateway"
    profile = BIG5_GATEWAY
