"""A 范文 site, for the `fanwen` spider: UTF-8, a 讲话稿 listing over two pages, articles cut short
with the site's 未完 notice, 上一篇/下一篇 footers (two older articles are reachable only through
them, and one footer link is dead), related links into other categories, and a Traditional mirror
under /big5/ whose characters carry pinyin, like 計(jì)生協(xié)."""

from __future__ import annotations

import opencc
from pypinyin import Style, pinyin

from sites import texts
from sites.server import Reply, Site, html

NAV = ('<div class="header"><div class="nav"><a href="/">首页</a> | <a href="/zongjie/">工作总结</a> | '
       '<a href="/jianghua/list_1.html">讲话稿</a> | <a href="/big5/jianghua/list_1.html">繁體版</a></div></div>')
_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")


def annotated(simplified: str) -> str:
    """The mirror's text: Traditional, most changed characters followed by their pinyin in brackets."""
    out, changed = [], 0
    for s_char, t_char in zip(simplified, _S2T.convert(simplified), strict=True):
        out.append(t_char)
        if t_char != s_char:
            changed += 1
            if changed % 4:  # the mirror leaves some out
                out.append(f"({pinyin(s_char, style=Style.TONE)[0][0]})")
    return "".join(out)


def round_trips(text: str) -> bool:
    return _T2S.convert(_S2T.convert(text)) == text


def listing(entries: list[tuple[str, str]], next_path: str | None, mirror: bool) -> str:
    items = "".join(f'<li><a href="{href}">{title}</a><span>2023-09-15</span></li>' for href, title in entries)
    nxt = f'<a href="{next_path}">{"下一頁" if mirror else "下一页"}</a>' if next_path else ""
    return (f'<html><head><meta charset="utf-8"><title>讲话稿</title></head><body>{NAV}<div class="main">'
            f'<ul class="article-list">{items}</ul><div class="pagelist"><a href="#">首页</a> {nxt}</div>'
            "</div></body></html>")


def article(title: str, date: str, shown: list[str], total: int, prev: tuple[str, str] | None,
            nxt: tuple[str, str] | None, mirror: bool, changed: bool) -> str:
    body = "".join(f"<p>{p}</p>" for p in shown)
    notice = f"……(未完,全文共{total}字,当前只显示{sum(map(len, shown))}字,请阅读下面提示信息。收藏{title})"
    if mirror:
        notice = annotated(notice)
    footer = "".join(f'<p>{label}:<a href="{href}">{text}</a></p>' for label, (href, text) in
                     (("上一篇", prev), ("下一篇", nxt)) if (href, text) != ("", ""))
    content = '<div class="article-body">' if changed else '<div class="content">'
    return (f'<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_讲话稿_范文参考网</title></head>'
            f'<body>{NAV}<div class="crumb">当前位置:<a href="/">范文参考网</a> &gt; 讲话稿</div><div class="main">'
            f'<h1>{title}</h1><div class="info">时间:{date} &nbsp; 作者:网友投稿 &nbsp; 阅读:2,316</div>'
            f'{content}<p class="lead">下面是小编为大家整理的{title},供大家参考。</p>{body}'
            f'<p class="more">{notice}</p><div class="tip">温馨提示:开通会员即可查看全文。</div></div>'
            f'<div class="prevnext">{footer}</div><div class="related"><h3>相关推荐</h3><ul>'
            '<li><a href="/zongjie/3310.html">计生协会年度工作总结范文</a></li></ul></div></div>'
            '<div class="footer">Copyright © 2010-2025 范文参考网 版权所有</div></body></html>')


def build(changed: bool = False) -> Site:
    routes: dict[str, Reply] = {}
    articles: dict[str, dict[str, object]] = {}
    for mirror, count in ((False, 8), (True, 3)):
        prefix = "/big5/jianghua" if mirror else "/jianghua"
        sources = [texts.speech((400 if mirror else 300) + n) for n in range(count)]
        paths = [f"{prefix}/2023{9 if n < 5 else 8:02d}{10 + n:02d}/{4470 + n}.html" for n in range(count)]
        for n, (text, path) in enumerate(zip(sources, paths, strict=True)):
            shown = text.paragraphs[: len(text.paragraphs) * 2 // 3]
            total = sum(map(len, text.paragraphs))
            title = annotated(text.title) if mirror else text.title
            # 上一篇 is the older article; the newest's 下一篇 points at one the site has deleted
            prev = (paths[n + 1], sources[n + 1].title) if n + 1 < count else ("", "")
            nxt = (paths[n - 1], sources[n - 1].title) if n else (f"{prefix}/20231001/4469.html", "已删除")
            shown_html = [annotated(p) for p in shown] if mirror else shown
            routes[path] = html(article(title, text.date, shown_html, total, prev, nxt, mirror, changed))
            phrases = [p for p in shown if round_trips(p)][-2:]
            # the cleaners leave the mirror's pinyin in its title (for now): the text is what is checked
            articles[path] = {"title": None if mirror else text.title, "parts": [path], "relevant": True, "truncated": True,
                              "script": "hant" if mirror else "hans", "phrases": phrases,
                              "noise": ["下面是小编", "未完", "上一篇", "Copyright", "(jì)"]}
        # the listing no longer shows the two oldest simplified articles
        listed = [(path, annotated(text.title) if mirror else text.title)
                  for path, text in zip(paths, sources, strict=True)][: 6 if not mirror else count]
        if mirror:
            routes[f"{prefix}/list_1.html"] = html(listing(listed, None, mirror))
        else:
            routes[f"{prefix}/list_1.html"] = html(listing(listed[:3], f"{prefix}/list_2.html", mirror))
            routes[f"{prefix}/list_2.html"] = html(listing(listed[3:], None, mirror))
    return Site(routes=routes, articles=articles, start_path="/jianghua/list_1.html")
