"""The `docx_preview` spider over its fixture site (tests/sites/docx_preview.py), end to end."""

from __future__ import annotations

from pathlib import Path

from sites import docx_preview
from sites.crawl import check_articles, check_changed_template, crawl_site


def test_stores_every_preview_and_every_word_file(tmp_path: Path) -> None:
    site = docx_preview.build()
    crawl = crawl_site("docx_preview", site, tmp_path)
    check_articles(crawl, site)
    stats = crawl.result.stats
    assert stats["profile/listing_pages"] == 3
    assert stats["attachments/docx"] == 6
    assert stats["attachments/archived_only/not_a_document"] == 1  # the login page
    assert stats["profile/article_errors"] == 1  # the deleted document
    assert "/vip/open.html" not in crawl.fetched  # an ad in the listing
    # the Word file's text is the whole document, where the preview pages are parts of it
    word = crawl.document("/down/5201.docx")
    assert word["content_kind"] == "text" and word["encoding"] is None


def test_a_changed_preview_template_fails_loudly(tmp_path: Path) -> None:
    site = docx_preview.build(changed=True)
    crawl = crawl_site("docx_preview", site, tmp_path)
    previews = [path for path in site.articles if path.startswith("/p-")]
    check_changed_template(crawl, article_pages=len(previews))
