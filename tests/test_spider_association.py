"""The `association` spider over its fixture site (tests/sites/association.py), crawled end to end:
what it stores, and how it fails when the site's template changes."""

from __future__ import annotations

from pathlib import Path

from sites import association
from sites.crawl import check_articles, check_changed_template, crawl_site


def test_stores_every_article_of_the_city_association_site(tmp_path: Path) -> None:
    site = association.build()
    crawl = crawl_site("association", site, tmp_path)
    check_articles(crawl, site)
    stats = crawl.result.stats
    assert stats["profile/listing_pages"] == 3
    assert stats["profile/article_errors"] == 1  # the deleted 1502.html
    # the four-page report came in reading order, each page its own WARC record
    report = crawl.document(next(path for path, a in site.articles.items() if len(a["parts"]) == 4))
    records = [part["warc"]["record_id"] for part in report["parts"]]
    assert len(set(records)) == 4
    assert "/2019/0301/9001.html" not in crawl.fetched  # a sidebar link, not the listing's
    assert "/list_3.html" in crawl.fetched and crawl.fetched.count("/list_3.html") == 1


def test_a_changed_article_template_fails_loudly(tmp_path: Path) -> None:
    site = association.build(changed=True)
    crawl = crawl_site("association", site, tmp_path)
    check_changed_template(crawl, article_pages=len(site.articles))
