"""A Big5 gateway mirror of a provincial association site, for the `big5_gateway` spider: pages in
Traditional characters and Big5 (characters Big5 lacks become &#NNNN; as gateways write them), half of
them without any charset declaration, listings and long speeches paginated with 上一頁/下一頁, links
rewritten through /gate/big5/www.hnjsxh.example/, one escaping to the original host, and one dead."""

from __future__ import annotations

import opencc

from sites import texts
from sites.server import Reply, Site

HOST = "www.hnjsxh.example"
GATE = f"/gate/big5/{HOST}"
_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")
MENU = (f'<div class="gate">繁體版 | <a href="http://{HOST}/">簡體版</a></div><div class="nav">'
        f'<a href="{GATE}/">首頁</a> <a href="{GATE}/jsxh/xhdt/index.html">協會動態</a> '
        f'<a href="{GATE}/jsxh/ldjh/index.html">領導講話</a></div>')


def page(title: str, body: str, declare: bool) -> Reply:
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=big5">' if declare else ""
    text = _S2T.convert(f"<html><head>{meta}<title>{title}</title></head><body>{MENU}{body}</body></html>")
    return Reply(200, {"Content-Type": "text/html"}, text.encode("big5", errors="xmlcharrefreplace"))


def listing(column: str, entries: list[tuple[str, str]], next_path: str | None, declare: bool) -> Reply:
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in entries)
    pager = f'<div class="fenye"><a href="#">上一页</a> <a href="{next_path}">下一页</a></div>' if next_path else \
        '<div class="fenye"><span>上一页</span> <span>下一页</span></div>'
    return page(column, f'<div class="newslist"><h2>{column}</h2><ul>{items}</ul></div>{pager}', declare)


def article(title: str, date: str, paragraphs: list[str], pager: str, declare: bool, changed: bool) -> Reply:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    zoom = '<div id="content">' if changed else '<div id="zoom">'
    return page(title, f'<div class="bt">{title}</div><div class="rq">发布日期：{date} 【打印本页】【关闭窗口】</div>'
                       f'{zoom}{body}</div><div class="pages">{pager}</div>', declare)


def build(changed: bool = False) -> Site:
    routes: dict[str, Reply] = {}
    articles: dict[str, dict[str, object]] = {}
    columns = {"ldjh": ("领导讲话", [texts.speech(600 + n) for n in range(7)]),
               "xhdt": ("协会动态", [texts.news(600 + n, about_association=True) for n in range(3)])}
    for column, (name, sources) in columns.items():
        entries = []
        for n, text in enumerate(sources):
            stem = f"{GATE}/jsxh/{column}/2017{n + 1:02d}/t2017{n + 1:02d}{n + 10}_{6000 + n}"
            parts = 3 if (column == "ldjh" and n in (1, 4)) else 1
            paths = [f"{stem}.html"] + [f"{stem}_{k}.html" for k in range(1, parts)]
            size = -(-len(text.paragraphs) // parts)
            chunks = [text.paragraphs[i:i + size] for i in range(0, len(text.paragraphs), size)]
            for k, (path, chunk) in enumerate(zip(paths, chunks, strict=True)):
                prev = f'<a href="{paths[k - 1]}">上一页</a>' if k else "<span>上一页</span>"
                nxt = f'<a href="{paths[k + 1]}">下一页</a>' if k + 1 < parts else "<span>下一页</span>"
                pager = f"{prev} {nxt}" if parts > 1 else ""
                routes[path] = article(text.title, text.date, chunk, pager, declare=(n + k) % 2 == 0, changed=changed)
            entries.append((paths[0], text.title))
            phrases = [next((p for p in reversed(chunk) if _T2S.convert(_S2T.convert(p)) == p), "") for chunk in chunks]
            articles[paths[0]] = {"title": _S2T.convert(text.title), "parts": paths, "relevant": text.relevant,
                                  "script": "hant", "phrases": [p for p in phrases if p],
                                  "noise": ["打印本页", "关闭窗口"]}
        if column == "ldjh":
            entries.insert(3, (f"http://{HOST}/jsxh/ldjh/201612/t20161230_5999.html", "在省計生協工作會議上的講話"))
            entries.insert(5, (f"{GATE}/jsxh/ldjh/201611/t20161101_5998.html", "已刪除"))
            routes[f"{GATE}/jsxh/ldjh/index.html"] = listing(name, entries[:5], f"{GATE}/jsxh/ldjh/index_1.html", True)
            routes[f"{GATE}/jsxh/ldjh/index_1.html"] = listing(name, entries[5:], None, False)
        else:
            routes[f"{GATE}/jsxh/xhdt/index.html"] = listing(name, entries, None, False)
    return Site(routes=routes, articles=articles, start_path=f"{GATE}/jsxh/ldjh/index.html")
