"""The `listfile` spider over search-result and list pages (tests/sites/listfile.py), end to end."""

from __future__ import annotations

from pathlib import Path

from sites import listfile
from sites.crawl import check_articles, crawl_site


def test_crawls_the_results_of_every_listed_page(tmp_path: Path) -> None:
    site = listfile.build()
    url_file = tmp_path / "lists.txt"
    listed = (f"# a site search and a topic page\n{{base}}{site.start_path.lstrip('/')}\n\n"
              "ftp://example.invalid/list.txt\n{base}zt/jsxh/list.html\n")
    crawl = crawl_site("listfile", site, tmp_path, args={"file": str(url_file)}, base_arg=False,
                       files={url_file: listed})
    check_articles(crawl, site)
    stats = crawl.result.stats
    assert stats["listfile/list_pages"] == 3  # two result pages and the topic page
    assert stats["listfile/invalid"] == 1
    for path in ("/ad/1.html", "/login.html", "/search/advanced.html", "/zt/jsxh/"):
        assert path not in crawl.fetched
