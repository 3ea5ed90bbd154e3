"""A city Family Planning Association site on an old government CMS, for the `association` spider.

GBK pages declaring gb2312 (one declares nothing), a 协会动态 listing over three pages whose last
下一页 links to itself, reports split over pages joined by 上一页/下一页, a listing entry that
redirects (show.asp?id=) and one that is gone (404), and a sidebar the profile must not read.
"""

from __future__ import annotations

from sites import texts
from sites.server import Reply, Site, html, redirect

ENCODING = "gbk"
MENU = ('<div class="nav"><a href="/">网站首页</a> | <a href="/list_1.html">协会动态</a> | '
        '<a href="/zcfg/">政策法规</a> | <a href="/hyzj/">会员之家</a> | <a href="/lxwm/">联系我们</a></div>')
SIDEBAR = ('<div class="side"><h3>热点文章</h3><ul><li><a href="/2019/0301/9001.html">热点：协会动态汇总</a></li>'
           '</ul></div>')
FOOTER = '<div class="footer">版权所有：市计划生育协会 地址：市府路8号 浙ICP备00000000号</div>'


def _head(title: str, declare: bool = True) -> str:
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />' if declare else ""
    return f"<html><head>{meta}<title>{title}-市计划生育协会</title></head><body>{MENU}"


def listing(entries: list[tuple[str, str, str]], number: int, last: int) -> str:
    items = "".join(f'<li><span class="date">{date}</span><a href="{href}" title="{title}" target="_blank">'
                    f"{title}</a></li>" for href, title, date in entries)
    nxt = f"/list_{min(number + 1, last)}.html"
    pager = (f'<div class="page">共{last}页 当前第{number}页 <a href="/list_1.html">首页</a> '
             f'<a href="/list_{max(number - 1, 1)}.html">上一页</a> <a href="{nxt}">下一页</a> '
             f'<a href="/list_{last}.html">尾页</a></div>')
    return (f'{_head("协会动态")}<table><tr><td class="left">{SIDEBAR}</td><td class="right">'
            f'<div class="list"><h2>协会动态</h2><ul>{items}</ul></div>{pager}</td></tr></table>{FOOTER}'
            "</body></html>")


def article(title: str, date: str, paragraphs: list[str], pager: str, changed: bool, declare: bool) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    container = '<div class="TRS_Editor">' if changed else '<div class="content" id="zoom">'
    return (f'{_head(title, declare)}<div class="position">当前位置：<a href="/">首页</a> &gt; '
            f'<a href="/list_1.html">协会动态</a> &gt; 正文</div><div class="article">'
            f'<h1 class="title">{title}</h1><div class="info">发布时间：{date} 来源：超级管理员 浏览次数：'
            f'<span id="hits">1203</span></div>{container}{body}</div><div class="pages">{pager}</div></div>'
            f"{SIDEBAR}{FOOTER}</body></html>")


def split(paragraphs: list[str], n: int) -> list[list[str]]:
    size = -(-len(paragraphs) // n)
    return [paragraphs[i:i + size] for i in range(0, len(paragraphs), size)]


def build(changed: bool = False) -> Site:
    routes: dict[str, Reply] = {}
    articles: dict[str, dict[str, object]] = {}
    # (text, number of pages, listed as)
    plan = [(texts.speech(1), 3, None), (texts.news(1, about_association=True), 1, None),
            (texts.speech(2), 1, "/show.asp?id=2981"), (texts.speech(3), 2, None), (texts.notice(1), 1, None),
            (texts.speech(4), 1, None), (texts.speech(5), 4, None), (texts.news(2), 1, None)]
    entries = []
    for number, (text, pages, listed_as) in enumerate(plan, 1):
        stem = f"/{text.date[:4]}/{text.date[5:7]}{text.date[8:]}/{2000 + number}"
        paths = [f"{stem}.html"] + [f"{stem}_{n}.html" for n in range(2, pages + 1)]
        chunks = split(text.paragraphs, pages)
        for index, (path, chunk) in enumerate(zip(paths, chunks, strict=True)):
            prev_link = paths[index - 1] if index else "#"
            next_link = paths[index + 1] if index + 1 < len(paths) else "#"
            numbers = " ".join(f'<a href="{p}">{n}</a>' for n, p in enumerate(paths, 1)) if pages > 1 else ""
            pager = f'<a href="{prev_link}">上一页</a> {numbers} <a href="{next_link}">下一页</a>' if pages > 1 else ""
            # one old page declares no charset at all: the profile's encoding hint reads it
            routes[path] = html(article(text.title, text.date, chunk, pager, changed, declare=number != 4),
                                ENCODING)
        if listed_as:
            routes[listed_as] = redirect(paths[0])
        entries.append((listed_as or paths[0], text.title, text.date))
        articles[paths[0]] = {"title": text.title, "parts": paths, "relevant": text.relevant,
                              "phrases": [chunk[-1] for chunk in chunks], "noise": ["浙ICP备", "浏览次数"]}
    entries.insert(5, ("/2015/0601/1502.html", "市计生协关于表彰先进集体的决定", "2015-06-01"))  # deleted: 404
    pages = [entries[0:3], entries[3:6], entries[6:]]
    for number, chunk in enumerate(pages, 1):
        routes[f"/list_{number}.html"] = html(listing(chunk, number, len(pages)), ENCODING)
    routes["/2019/0301/9001.html"] = html(article("协会动态汇总", "2019-03-01", ["只在侧栏出现的页面。"], "", changed,
                                                  True), ENCODING)
    return Site(routes=routes, articles=articles, start_path="/list_1.html")
