"""A docx/doc preview site like 淘文阁: category listings paginated with 下一页, each document shown as
numbered preview pages ("1、…2、…") split over several HTML pages, and a download button for the
Word file itself, which is archived and read as well."""

from __future__ import annotations

from spiders.base import ProfileSpider, SiteProfile

DOCX_PREVIEW = SiteProfile(
    name="docx_preview",
    start_paths=("list/jianghua_1.html", "list/baogao_1.html"),
    listing_links='//ul[@class="doc-list"]/li/a[@class="title"]',
    listing_next='//div[@class="pager"]/a[normalize-space(.)="下一页"]',
    article_url=r"/p-\d+\.html$",  # the listing's ads link to other sections
    article_body='//div[@class="preview-content"]',
    article_next='//div[@class="preview-pager"]/a[normalize-space(.)="下一页"]',
    title='//div[@class="doc-title"]/h1',
    attachments='//a[@class="download-btn"]',
    cleaner="docx_preview",
)


class DocxPreviewSpider(ProfileSpider):
    """`scrapy crawl docx_preview -a base_url=https://.../` (or SITE_BASE_URLS["docx_preview"])."""

    name = "docx_preview"
    profile = DOCX_PREVIEW
