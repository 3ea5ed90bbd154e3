"""A docx preview site like 淘文阁, for the `docx_preview` spider: UTF-8 pages, two category listings
(one over two pages), each document previewed as numbered pages spread over two or three HTML pages,
the site's share-and-search banner, ads in the listing, a deleted document (404), a download button
serving the real .docx, and one download that is a login page instead."""

from __future__ import annotations

from sites import texts
from sites.documents import DOCX_TYPE, make_docx
from sites.server import Reply, Site, html

CONTENT_TYPE = "text/html; charset=utf-8"
HEADER = ('<div class="header"><a href="/">淘文阁</a> | <a href="/list/jianghua_1.html">讲话致辞</a> | '
          '<a href="/list/baogao_1.html">工作报告</a> | <a href="/cad/">CAD图纸</a> | 登录 注册</div>')


def listing(entries: list[tuple[str, str]], next_path: str | None) -> str:
    items = "".join(f'<li><a class="title" href="{href}">{title}.docx</a><span class="pages">12页</span></li>'
                    for href, title in entries)
    ad = '<li class="ad"><a href="/vip/open.html">开通VIP 免费下载海量文档</a></li>'
    pager = f'<div class="pager"><span>上一页</span> <a href="{next_path}">下一页</a></div>' if next_path else \
        '<div class="pager"><span>上一页</span> <span>下一页</span></div>'
    return (f'<html><head><meta charset="utf-8"><title>讲话致辞-淘文阁</title></head><body>{HEADER}'
            f'<ul class="doc-list">{ad}{items}</ul>{pager}</body></html>')


def preview(title: str, pages: list[tuple[int, list[str]]], pager: str, download: str, changed: bool) -> str:
    shown = "".join(f'<p><span class="page-num">{number}、</span>{"".join(chunk)}</p>' for number, chunk in pages)
    container = '<div class="doc-view">' if changed else '<div class="preview-content">'
    return (f'<html><head><meta charset="utf-8"><title>{title}.docx-淘文阁</title></head><body>{HEADER}'
            f'<div class="doc-title"><h1>{title}</h1></div>'
            f'<div class="doc-intro">《{title}.docx》由会员分享，可在线阅读，更多相关《{title}.docx(12页珍藏版)》'
            f'请在淘文阁网上搜索。</div>{container}{shown}</div>'
            f'<div class="preview-pager">{pager}</div>'
            f'<a class="download-btn" href="{download}">下载文档</a>'
            '<div class="footer">淘文阁网 版权所有 客服QQ</div></body></html>')


def build(changed: bool = False) -> Site:
    routes: dict[str, Reply] = {}
    articles: dict[str, dict[str, object]] = {}
    categories: dict[str, list[tuple[str, str]]] = {"jianghua": [], "baogao": []}
    for number in range(1, 8):
        text = texts.speech(100 + number)
        doc_id = 5200 + number
        parts = 2 + number % 2
        # the preview shows the document's pages 1、2、…, a few to each HTML page
        size = -(-len(text.paragraphs) // (parts * 2))
        doc_pages = [text.paragraphs[i:i + size] for i in range(0, len(text.paragraphs), size)]
        paths = [f"/p-{doc_id}.html"] + [f"/p-{doc_id}-{n}.html" for n in range(2, parts + 1)]
        per_part = -(-len(doc_pages) // parts)
        numbered = list(enumerate(doc_pages, 1))
        download = f"/down/{doc_id}.docx"
        for index, path in enumerate(paths):
            nxt = f'<a href="{paths[index + 1]}">下一页</a>' if index + 1 < len(paths) else "<span>下一页</span>"
            prev = f'<a href="{paths[index - 1]}">上一页</a>' if index else "<span>上一页</span>"
            chunk = numbered[index * per_part:(index + 1) * per_part]
            routes[path] = html(preview(text.title, chunk, f"{prev} {nxt}", download, changed), content_type=CONTENT_TYPE)
        if number == 3:  # the button leads to a login page, not to the file
            routes[download] = html('<html><head><meta charset="utf-8"></head><body>请先登录后下载</body></html>',
                                    content_type=CONTENT_TYPE)
        else:
            routes[download] = Reply(200, {"Content-Type": DOCX_TYPE}, make_docx(text.title, text.paragraphs))
            articles[download] = {"title": text.title, "parts": [download], "relevant": True,
                                  "content_kind": "text", "phrases": [text.paragraphs[1], text.paragraphs[-1]]}
        categories["jianghua" if number % 3 else "baogao"].append((paths[0], text.title))
        articles[paths[0]] = {"title": text.title, "parts": paths, "relevant": True,
                              "phrases": [numbered[i * per_part][1][0] for i in range(len(paths))],
                              "noise": ["由会员分享", "下载文档"]}
    categories["jianghua"].insert(2, ("/p-5100.html", "已删除的文档"))  # gone: 404
    speeches = categories["jianghua"]
    routes["/list/jianghua_1.html"] = html(listing(speeches[:3], "/list/jianghua_2.html"), content_type=CONTENT_TYPE)
    routes["/list/jianghua_2.html"] = html(listing(speeches[3:], None), content_type=CONTENT_TYPE)
    routes["/list/baogao_1.html"] = html(listing(categories["baogao"], None), content_type=CONTENT_TYPE)
    return Site(routes=routes, articles=articles, start_path="/list/jianghua_1.html")
