"""The `association` spider, crawled for real in a subprocess: over the sample site, and over fixture
pages for what a live site does to it (template changes, pagination loops, dead page 2s)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from spider_runs import run_crawl, serve_pages

from crawler.sample_site import SampleSite

REPORT_PAGES = ["/association/2013/0815/2145.html", "/association/2013/0815/2145_2.html",
                "/association/2013/0815/2145_3.html"]


def page(body: str, title: str = "标题", pager: str = "", charset: str | None = "utf-8") -> str:
    """An article page in the sample association site's template."""
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />' if charset else ""
    return (f"<html><head>{meta}<title>{title}</title></head><body><h1 class=\"title\">{title}</h1>"
            f"{body}<div class=\"pages\">{pager}</div></body></html>")


def listing(*hrefs: str, next_href: str | None = None) -> str:
    items = "".join(f'<li><a href="{href}">文章{i}</a></li>' for i, href in enumerate(hrefs))
    nxt = f'<div class="page"><a href="{next_href}">下一页</a></div>' if next_href else ""
    return f'<html><head><meta charset="utf-8"></head><body><div class="list"><ul>{items}</ul></div>{nxt}</body></html>'


def text(words: str) -> str:
    return f'<div id="zoom"><p>{words}</p></div>'


def test_crawls_every_listing_page_and_article_of_the_sample_site(tmp_path: Path) -> None:
    with SampleSite() as site:
        result = run_crawl("association", tmp_path,
                           settings={"SITE_BASE_URLS": {"association": site.url("/association/")}})
        served = {path: hashlib.sha1(site.reply(path).body).hexdigest() for path in REPORT_PAGES}
        url = site.url

        assert result.returncode == 0, result.log
        assert result.stats["profile/listing_pages"] == 3
        assert sorted(item["url"] for item in result.items) == sorted([
            url("/association/2023/0412/3187.html"),
            url("/association/2022/1220/2981.html"),  # listed as show.asp?id=2981, moved permanently
            url("/association/2013/0815/2145.html"),
            url("/association/2010/1208/1011.html"),
        ])
        report = result.item(url(REPORT_PAGES[0]))
        assert [part["url"] for part in report["parts"]] == [url(path) for path in REPORT_PAGES]
        assert [part["sha1"] for part in report["parts"]] == [served[path] for path in REPORT_PAGES]
        assert report["hints"]["title"] == "转发市计划生育协会《关于进一步做好新时期计划生育协会工作的报告》的通知"
        assert report["hints"]["listing_url"] == url("/association/list_2.html")
        assert "incomplete" not in report["hints"]
        assert {(item["spider"], item["site"]) for item in result.items} == {("association", "association")}
        # the deleted notice (404) is reported, not yielded, and nothing else goes wrong
        assert result.stats["profile/article_errors"] == 1
        assert "1502.html" in result.log
        assert result.errors() == []
    for item in result.items:
        for part in item["parts"]:
            assert part["length"] > 0
            assert part["content_type"] == "text/html"
            # the WARC recorder beneath the spider left a pointer to each page's record
            assert {"file", "offset", "length", "record_id"} <= set(part["warc"])
            assert (tmp_path / "archive" / part["warc"]["file"]).exists() or \
                any((tmp_path / "archive").rglob(part["warc"]["file"]))


def test_changed_template_is_an_error_not_an_empty_document(tmp_path: Path) -> None:
    pages = {
        "/list_1.html": listing("/a.html", "/b.html", "/c.html", next_href="/list_2.html"),
        "/a.html": page(text("今天我们召开全市计划生育协会工作会议。")),
        "/b.html": page('<div class="article-body"><p>新模板的正文。</p></div>'),  # no #zoom any more
        "/c.html": page('<div id="zoom">  <p> </p> </div>'),  # the container survived, the text did not
        # the listing's new template has no div.list
        "/list_2.html": '<html><body><ul class="news"><li><a href="/d.html">文章</a></li></ul></body></html>',
        "/d.html": page(text("不应被抓取。")),
    }
    with serve_pages(pages) as base:
        result = run_crawl("association", tmp_path, args={"base_url": base})
    assert result.returncode == 0, result.log
    assert [item["url"] for item in result.items] == [base + "a.html"]
    assert result.stats["profile/no_article"] == 2
    assert result.stats["profile/no_links"] == 1
    errors = result.errors()
    assert len(errors) == 3
    assert any("/b.html" in line for line in errors) and any("/c.html" in line for line in errors)
    assert any("/list_2.html" in line and "no article links" in line for line in errors)


def test_article_pagination_is_followed_in_order_and_guarded(tmp_path: Path) -> None:
    nxt = '<a href="{}">上一页</a> <a href="{}">下一页</a>'
    pages: dict[str, str | bytes | tuple[int, dict[str, str]]] = {
        # the listing's 下一页 points at itself: one listing page, no loop
        "/list_1.html": listing("/loop_1.html", "/chain_1.html", "/dead_1.html", "/gone.html", "/gbk_1.html",
                                "/moved.html", next_href="/list_1.html"),
        "/loop_1.html": page(text("第一页。"), pager=nxt.format("/loop_1.html", "/loop_2.html")),
        "/loop_2.html": page(text("第二页。"), pager=nxt.format("/loop_1.html", "/loop_1.html")),
        "/dead_1.html": page(text("第一页。"), pager=nxt.format("#", "/dead_2.html")),
        "/gbk_1.html": page(text("第一页。"), "协会工作报告", nxt.format("#", "/gbk_2.html"), None).encode("gbk"),
        "/gbk_2.html": page(text("第二页。"), "协会工作报告", nxt.format("/gbk_1.html", "#"), None).encode("gbk"),
        # page 2 redirects back to page 1
        "/moved.html": page(text("第一页。"), pager=nxt.format("#", "/moved_2.html")),
        "/moved_2.html": (301, {"Location": "/moved.html"}),
    }
    for n in range(1, 10):
        pages[f"/chain_{n}.html"] = page(text(f"第{n}页。"), pager=nxt.format("#", f"/chain_{n + 1}.html"))
    with serve_pages(pages) as base:
        result = run_crawl("association", tmp_path, args={"base_url": base}, settings={"ARTICLE_MAX_PARTS": 4})

    def part_urls(first: str) -> list[str]:
        return [part["url"] for part in result.item(base + first)["parts"]]

    assert result.returncode == 0, result.log
    assert result.stats["profile/listing_pages"] == 1
    assert part_urls("loop_1.html") == [base + "loop_1.html", base + "loop_2.html"]
    assert part_urls("chain_1.html") == [base + f"chain_{n}.html" for n in range(1, 5)]
    assert result.item(base + "chain_1.html")["hints"]["incomplete"] is True
    assert result.stats["profile/parts_capped"] == 1
    # page 2 is a 404: the article keeps page 1 and says it is incomplete
    assert part_urls("dead_1.html") == [base + "dead_1.html"]
    assert result.item(base + "dead_1.html")["hints"]["incomplete"] is True
    assert part_urls("moved.html") == [base + "moved.html"]
    # undeclared GBK is read with the profile's encoding hint: 下一页 and the title are found
    assert part_urls("gbk_1.html") == [base + "gbk_1.html", base + "gbk_2.html"]
    assert result.item(base + "gbk_1.html")["hints"]["title"] == "协会工作报告"
    assert result.stats["profile/article_errors"] == 2  # gone.html, dead_2.html
    assert len(result.items) == 5
    assert all(item["parts"] for item in result.items)


def test_a_crawl_without_a_base_url_fails_loudly(tmp_path: Path) -> None:
    result = run_crawl("association", tmp_path, settings={"SITE_BASE_URLS": {}})
    assert result.returncode != 0
    assert "no base URL for site profile 'association'" in result.log
    assert result.items == []
