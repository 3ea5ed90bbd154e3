"""Search-result and list pages, for the `listfile` spider: a site search for 计生协 讲话 over two
result pages (?q=…&page=2) with snippets, ads and menu links, results that are news or PDFs, and a
topic page on the same site listing a speech split over two pages."""

from __future__ import annotations

from urllib.parse import quote

from sites import texts
from sites.documents import make_pdf
from sites.server import Reply, Site, html

QUERY = quote("计生协 讲话")
MENU = ('<div class="menu"><a href="/">首页</a> <a href="/search/advanced.html">高级搜索</a> '
        '<a href="/login.html">登录</a></div>')


def _page(title: str, body: str) -> Reply:
    return html(f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>{MENU}{body}</body></html>',
                content_type="text/html; charset=utf-8")


def article(text: texts.Text, paragraphs: list[str], pager: str = "") -> Reply:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return _page(text.title, f'<h1>{text.title}</h1><div class="info">{text.date}</div><div class="text">{body}</div>'
                             f"{pager}")


def build() -> Site:
    routes: dict[str, Reply] = {}
    articles: dict[str, dict[str, object]] = {}
    results = []
    for n in range(6):
        text = texts.speech(1000 + n)
        path = f"/art/{2023}/{1100 + n}.html"
        routes[path] = article(text, text.paragraphs)
        results.append((path, text.title))
        articles[path] = {"title": text.title, "parts": [path], "relevant": True,
                          "phrases": [text.paragraphs[1], text.paragraphs[-1]]}
    for n in range(2):  # the search finds news about the association too; they are stored, not relevant
        text = texts.news(1000 + n, about_association=True)
        path = f"/news/{1200 + n}.html"
        routes[path] = article(text, text.paragraphs)
        results.insert(2 + 3 * n, (path, text.title))
        articles[path] = {"title": text.title, "parts": [path], "relevant": False, "phrases": [text.paragraphs[1]]}
    report = texts.speech(1010)
    routes["/files/1300.pdf"] = Reply(200, {"Content-Type": "application/pdf"},
                                      make_pdf([[report.title, *report.paragraphs]]))
    results.append(("/files/1300.pdf", report.title + "（PDF）"))
    articles["/files/1300.pdf"] = {"title": report.title, "parts": ["/files/1300.pdf"], "relevant": True,
                                   "content_kind": "text", "phrases": [report.paragraphs[-1][:15]]}
    for number, chunk in enumerate((results[:5], results[5:]), 1):
        items = "".join(f'<div class="result"><h3><a href="{href}">{title}</a></h3><p>…计生协…讲话…</p></div>'
                        for href, title in chunk)
        pager = f'<a href="/search?q={QUERY}&amp;page=2">下一页</a>' if number == 1 else ""
        routes[f"/search?q={QUERY}&page={number}"] = _page(
            "搜索结果", f'<div class="ad"><a href="/ad/1.html">专业代写讲话稿</a></div>{items}<div class="pager">{pager}</div>')
    long_one = texts.speech(1020)
    half = len(long_one.paragraphs) // 2
    routes["/zt/jsxh/5001.html"] = article(long_one, long_one.paragraphs[:half],
                                           '<div><a href="/zt/jsxh/5001_2.html">下一页</a></div>')
    routes["/zt/jsxh/5001_2.html"] = article(long_one, long_one.paragraphs[half:],
                                             '<div><a href="/zt/jsxh/5001.html">上一页</a></div>')
    articles["/zt/jsxh/5001.html"] = {"title": long_one.title, "parts": ["/zt/jsxh/5001.html", "/zt/jsxh/5001_2.html"],
                                      "relevant": True, "phrases": [long_one.paragraphs[1], long_one.paragraphs[-1]]}
    routes["/zt/jsxh/list.html"] = _page("计生协专题", f'<ul><li><a href="/zt/jsxh/5001.html">{long_one.title}</a></li>'
                                                       '<li><a href="/zt/jsxh/">专题首页</a></li></ul>')
    return Site(routes=routes, articles=articles, start_path=f"/search?q={QUERY}&page=1")
