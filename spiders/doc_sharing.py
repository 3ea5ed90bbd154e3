"""A document-sharing site like 冰豆网: listings of uploads paginated with 下一页, each document page
carrying upload metadata (文档编号, 上传时间, 页数…) and a preview cut short ("…超出免费预览范围"), and
a download link to the uploaded file (PDF or Word), archived and, for PDF and .docx, read."""

from __future__ import annotations

from spiders.base import ProfileSpider, SiteProfile

DOC_SHARING = SiteProfile(
    name="doc_sharing",
    start_paths=("list/jihuashengyu_1.html",),
    listing_links='//div[@class="list-item"]/h3/a',
    listing_next='//div[@class="pages"]/a[normalize-space(.)="下一页"]',
    article_url=r"/doc/\d+\.html$",
    article_body='//div[@id="docview"]',
    title='//div[@class="docinfo"]/h1',
    attachments='//a[@class="btn-down"]',
    encoding="utf-8",  # pages declare it in a meta tag only
    cleaner="doc_sharing",
)


class DocSharingSpider(ProfileSpider):
    """`scrapy crawl doc_sharing -a base_url=https://.../` (or SITE_BASE_URLS["doc_sharing"])."""

    name = "doc_sharing"
    profile = DOC_SHARING
