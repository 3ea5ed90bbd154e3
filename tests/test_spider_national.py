"""The `national` spider over its fixture site (tests/sites/national.py), end to end."""

from __future__ import annotations

from pathlib import Path

from sites import national
from sites.crawl import check_articles, check_changed_template, crawl_site


def test_stores_both_columns_every_script_paginated_page_and_the_pdfs(tmp_path: Path) -> None:
    site = national.build()
    crawl = crawl_site("national", site, tmp_path)
    check_articles(crawl, site)
    stats = crawl.result.stats
    assert stats["profile/listing_pages"] == 5  # index.html + index_1.html, and three in 领导讲话
    assert stats["attachments/pdf"] == 3
    # robots.txt is obeyed: the shut folder is never asked for, and says so in the stats
    assert not any(path.startswith("/ldjh/202101/") for path in crawl.fetched)
    assert stats["robotstxt/forbidden"] == 1
    assert crawl.fetched[0] == "/robots.txt"
    assert not any(path.startswith("/search/") for path in crawl.fetched)
    # the news column's stories are archived and stored, but not as association documents
    news = [doc for url, doc in crawl.documents.items() if "/xwzx/" in url]
    assert len(news) == 7 and not any(doc["relevant"] for doc in news)


def test_a_changed_article_template_fails_loudly(tmp_path: Path) -> None:
    site = national.build(changed=True)
    crawl = crawl_site("national", site, tmp_path)
    check_changed_template(crawl, article_pages=sum(not path.endswith(".pdf") for path in site.articles))
