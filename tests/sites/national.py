"""The national association's site, for the `national` spider: UTF-8, a TRS-style CMS with a news
column (two listing pages) and a speeches column (three), paginated only by a createPageHTML() script
call, relative article links (./202305/t20230512_5001.html), PDF attachments to speeches, and a
robots.txt that shuts one folder the listing still links to."""

from __future__ import annotations

from sites import texts
from sites.documents import make_pdf
from sites.server import Reply, Site, html

CONTENT_TYPE = "text/html; charset=utf-8"
ROBOTS = "User-agent: *\nDisallow: /search/\nDisallow: /ldjh/202101/\n"
MENU = ('<div class="menu"><a href="/">首页</a><a href="/xwzx/xhdt/index.html">新闻动态</a>'
        '<a href="/ldjh/index.html">领导讲话</a><a href="/search/?q=">搜索</a></div>')


def listing(column: str, entries: list[tuple[str, str, str]], pages: int, current: int) -> str:
    items = "".join(f'<li><a href="{href}" target="_blank" title="{title}">{title}</a><span>{date}</span></li>'
                    for href, title, date in entries)
    script = f'<script>createPageHTML({pages}, {current}, "index", "html");</script>'
    return (f'<html><head><meta charset="utf-8"><title>{column}_中国计划生育协会</title></head><body>{MENU}'
            f'<div class="list_con"><h2>{column}</h2><ul>{items}</ul></div><div class="page">{script}</div>'
            "</body></html>")


def article(text: texts.Text, attachment: str | None, changed: bool) -> str:
    body = "".join(f"<p>{p}</p>" for p in text.paragraphs)
    attached = (f'<div class="attachment">附件：<a href="{attachment}">{text.title}.pdf</a></div>'
                if attachment else "")
    editor = '<div class="view TRS_UEDITOR trs_paper_default">' if changed else '<div class="TRS_Editor">'
    return (f'<html><head><meta charset="utf-8"><title>{text.title}_中国计划生育协会</title></head><body>{MENU}'
            f'<div class="detail_tit"><h1>{text.title}</h1><p>发布时间：{text.date} 来源：中国计生协 【字体：大 中 小】'
            f"</p></div>{editor}{body}</div>{attached}"
            '<div class="share">分享到：微信 微博</div><div class="footer">中国计划生育协会 版权所有 京ICP备05000000号'
            "</div></body></html>")


def build(changed: bool = False) -> Site:
    routes: dict[str, Reply] = {"/robots.txt": Reply(200, {"Content-Type": "text/plain"}, ROBOTS.encode())}
    articles: dict[str, dict[str, object]] = {}
    columns = {
        "/xwzx/xhdt/": ("新闻动态", [texts.news(500 + n, about_association=n % 2 == 0) for n in range(7)], 4),
        "/ldjh/": ("领导讲话", [texts.speech(500 + n) for n in range(9)], 3),
    }
    for folder, (column, sources, per_page) in columns.items():
        entries = []
        for n, text in enumerate(sources):
            month = "202101" if (folder == "/ldjh/" and n == 4) else f"2023{n % 9 + 1:02d}"
            relative = f"./{month}/t{month}{n + 10:02d}_{5000 + n}.html"
            path = folder + relative[2:]
            attachment = f"./P0{month}{n + 10:02d}{5000 + n}.pdf" if folder == "/ldjh/" and n % 3 == 0 else None
            routes[path] = html(article(text, attachment, changed), content_type=CONTENT_TYPE)
            entries.append((relative, text.title, text.date))
            if month == "202101":
                continue  # robots.txt shuts that folder: it must never be fetched
            articles[path] = {"title": text.title, "parts": [path], "relevant": text.relevant,
                              "published": text.date, "phrases": [text.paragraphs[1], text.paragraphs[-1]],
                              "noise": ["字体", "京ICP备", "分享到"]}
            if attachment:
                pdf_path = path.rsplit("/", 1)[0] + attachment[1:]
                pdf = make_pdf([[text.title, *text.paragraphs[:8]], text.paragraphs[8:]])
                routes[pdf_path] = Reply(200, {"Content-Type": "application/pdf"}, pdf)
                articles[pdf_path] = {"title": text.title, "parts": [pdf_path], "relevant": True,
                                      "content_kind": "text", "phrases": [text.paragraphs[-1][:15]]}
        pages = [entries[i:i + per_page] for i in range(0, len(entries), per_page)]
        for number, chunk in enumerate(pages):
            name = "index.html" if number == 0 else f"index_{number}.html"
            routes[folder + name] = html(listing(column, chunk, len(pages), number), content_type=CONTENT_TYPE)
    return Site(routes=routes, articles=articles, start_path="/ldjh/index.html")
