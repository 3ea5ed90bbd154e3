"""The `doc_sharing` spider over its fixture site (tests/sites/doc_sharing.py), end to end."""

from __future__ import annotations

from pathlib import Path

from sites import doc_sharing
from sites.crawl import check_articles, check_changed_template, crawl_site


def test_stores_every_upload_and_reads_its_pdf(tmp_path: Path) -> None:
    site = doc_sharing.build()
    crawl = crawl_site("doc_sharing", site, tmp_path)
    check_articles(crawl, site)
    stats = crawl.result.stats
    assert stats["profile/listing_pages"] == 3
    assert stats["attachments/pdf"] == 6
    assert stats["attachments/archived_only/doc"] == 2  # fetched and in the WARC files, text not read
    assert {"/down/28872702.doc", "/down/28872705.doc"} <= set(crawl.fetched)
    assert "/doc/1.html" not in crawl.fetched  # 热门文档, outside the listing


def test_a_changed_document_template_fails_loudly(tmp_path: Path) -> None:
    site = doc_sharing.build(changed=True)
    crawl = crawl_site("doc_sharing", site, tmp_path)
    check_changed_template(crawl, article_pages=sum(path.startswith("/doc/") for path in site.articles))
