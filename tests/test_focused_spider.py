"""The `focused` spider, with no profile, over a county health commission's site
(tests/sites/focused.py): it must find the association's speeches and leave the rest alone."""

from __future__ import annotations

import re
from pathlib import Path

from sites import focused
from sites.crawl import crawl_site


def test_finds_the_speeches_and_leaves_the_rest_alone(tmp_path: Path) -> None:
    site = focused.build()
    relevant, irrelevant = focused.page_kinds(site)
    crawl = crawl_site("focused", site, tmp_path, args={"start": "{base}"}, base_arg=False,
                       settings={"STORE_IRRELEVANT": False})
    assert crawl.result.returncode == 0, crawl.result.log[-3000:]
    found = {path for path in relevant if crawl.base + path.lstrip("/") in crawl.documents}
    fetched = set(crawl.fetched)
    wasted = fetched & irrelevant
    recall = len(found) / len(relevant)
    waste = len(wasted) / len(irrelevant)
    print(f"focused crawl: found {len(found)}/{len(relevant)} relevant articles ({recall:.0%}); fetched "
          f"{len(wasted)}/{len(irrelevant)} irrelevant pages ({waste:.0%}); {len(fetched)} requests in all")
    assert len(relevant) == 40 and len(irrelevant) >= 60
    assert recall >= 0.95, sorted(relevant - found)
    assert waste < 0.20, sorted(wasted)
    # what it stored is what it was after: nothing irrelevant, every multi-page speech whole
    assert all(doc["relevant"] for doc in crawl.documents.values())
    assert set(crawl.documents) == {crawl.base + path.lstrip("/") for path in found}
    long_ones = [doc for doc in crawl.documents.values() if len(doc["parts"]) > 1]
    assert len(long_ones) == 2 and all(len(doc["parts"]) == 3 for doc in long_ones)
    assert "/login.html" not in fetched and crawl.result.errors() == []


def test_stops_at_the_depth_and_page_limits(tmp_path: Path) -> None:
    site = focused.build()
    shallow = crawl_site("focused", site, tmp_path / "shallow", args={"start": "{base}", "max_depth": "1"},
                         base_arg=False, settings={"STORE_IRRELEVANT": False})
    # depth 1: the home page and pages it links to (and their continuation pages), nothing further
    home_links = set(re.findall(r'href="([^"]+)"', site.routes["/"].body.decode("utf-8")))
    assert shallow.result.returncode == 0
    assert "/jsxh/index.html" in shallow.fetched
    beyond = [path for path in shallow.fetched if path not in home_links | {"/", "/robots.txt"}
              and not re.search(r"_\d\.html$", path)]
    assert beyond == []
    few = crawl_site("focused", focused.build(), tmp_path / "few", args={"start": "{base}", "max_pages": "10"},
                     base_arg=False, settings={"STORE_IRRELEVANT": False})
    assert few.result.returncode == 0
    assert len([path for path in few.fetched if path != "/robots.txt"]) <= 10 + 2  # continuations finish
    assert few.result.stats["focused/page_limit_reached"] >= 1
