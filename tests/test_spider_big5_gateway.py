"""The `big5_gateway` spider over its fixture site (tests/sites/big5_gateway.py), end to end."""

from __future__ import annotations

from pathlib import Path

from sites import big5_gateway
from sites.crawl import check_articles, check_changed_template, crawl_site

GATEWAY = {"base_url": "{base}gate/big5/www.hnjsxh.example/"}


def test_stores_every_article_of_the_big5_mirror(tmp_path: Path) -> None:
    site = big5_gateway.build()
    crawl = crawl_site("big5_gateway", site, tmp_path, args=GATEWAY, base_arg=False)
    check_articles(crawl, site)
    stats = crawl.result.stats
    assert stats["profile/listing_pages"] == 3
    assert stats["profile/article_errors"] == 1  # the dead link
    # pages that declare no charset were read as Big5 all the same
    assert {doc["encoding"] for doc in crawl.documents.values()} == {"big5hkscs"}
    # the link escaping the gateway to the original host is not followed
    assert all(path.startswith(big5_gateway.GATE) or path == "/robots.txt" for path in crawl.fetched)
    long_ones = [doc for doc in crawl.documents.values() if len(doc["parts"]) == 3]
    assert len(long_ones) == 2


def test_a_changed_article_template_fails_loudly(tmp_path: Path) -> None:
    site = big5_gateway.build(changed=True)
    crawl = crawl_site("big5_gateway", site, tmp_path, args=GATEWAY, base_arg=False)
    check_changed_template(crawl, article_pages=len(site.articles))
