"""The `fanwen` spider over its fixture site (tests/sites/fanwen.py), end to end."""

from __future__ import annotations

from pathlib import Path

from sites import fanwen
from sites.crawl import check_articles, check_changed_template, crawl_site


def test_stores_every_article_including_those_only_footers_reach(tmp_path: Path) -> None:
    site = fanwen.build()
    crawl = crawl_site("fanwen", site, tmp_path)
    check_articles(crawl, site)
    stats = crawl.result.stats
    assert stats["profile/listing_pages"] == 3
    # the two oldest articles are on no listing: 上一篇 led to them
    assert {"/jianghua/20230816/4476.html", "/jianghua/20230817/4477.html"} <= set(crawl.fetched)
    assert stats["profile/article_errors"] == 2  # each section's dead 下一篇
    assert "/zongjie/3310.html" not in crawl.fetched  # related links lead out of the section
    mirror = crawl.document("/big5/jianghua/20230910/4470.html")
    assert "(" not in mirror["text"].split("\n")[1]  # the pinyin is gone from the Simplified text
    assert all(crawl.fetched.count(path) == 1 for path in site.articles)  # footers loop; fetched once


def test_a_changed_article_template_fails_loudly(tmp_path: Path) -> None:
    site = fanwen.build(changed=True)
    crawl = crawl_site("fanwen", site, tmp_path)
    # without article text the footers are not read: only the listed articles are tried
    check_changed_template(crawl, article_pages=6 + 3)
