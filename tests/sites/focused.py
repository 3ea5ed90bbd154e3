"""A county health commission's site with an association column, for the `focused` spider (which has
no profile of it): 40 association speeches and reports among 70 other articles (news, notices, policy
Q&As, the association's own meeting news, hospital and staff notices), menus on every page, listings
paginated with 下一页 (index.html, index_1.html …), 上一篇/下一篇 footers, two speeches over several
pages, three speeches whose titles say nothing, and three speeches filed under the news column that
only the home page's "计生协会" box links to."""

from __future__ import annotations

from dataclasses import dataclass, field

from sites import texts
from sites.server import Reply, Site, html

CONTENT_TYPE = "text/html; charset=utf-8"
MENU = ('<div class="top"><img src="/images/logo.png" alt="县卫生健康委员会"><a href="/login.html">登录</a></div>'
        '<div class="menu"><a href="/">首页</a><a href="/xwdt/index.html">新闻动态</a>'
        '<a href="/tzgg/index.html">通知公告</a><a href="/zcjd/index.html">政策解读</a>'
        '<a href="/jsxh/index.html">计生协会</a><a href="/ylfw/index.html">医疗服务</a>'
        '<a href="/rsxx/index.html">人事信息</a></div>')
FOOTER = ('<div class="footer"><a href="/wzdt.html">网站地图</a> | <a href="/lxwm.html">联系我们</a> | '
          "主办：县卫生健康委员会 备案号：浙ICP备00000000号</div>")


@dataclass
class Column:
    folder: str
    name: str
    items: list[tuple[str, texts.Text]] = field(default_factory=list)  # (path, text)


def _page(title: str, body: str) -> Reply:
    return html(f'<html><head><meta charset="utf-8"><title>{title}_县卫生健康委员会</title></head><body>'
                f"{MENU}{body}{FOOTER}</body></html>", content_type=CONTENT_TYPE)


def _listings(column: Column, per_page: int) -> dict[str, Reply]:
    pages = [column.items[i:i + per_page] for i in range(0, len(column.items), per_page)]
    routes = {}
    for number, chunk in enumerate(pages):
        name = lambda n: "index.html" if n == 0 else f"index_{n}.html"  # noqa: E731
        items = "".join(f'<li><a href="{path}">{text.title}</a><span>{text.date}</span></li>' for path, text in chunk)
        pager = f'<a href="{column.folder}index.html">首页</a>'
        if number + 1 < len(pages):
            pager += f' <a href="{column.folder}{name(number + 1)}">下一页</a>'
        pager += f' <a href="{column.folder}{name(len(pages) - 1)}">尾页</a>'
        routes[column.folder + name(number)] = _page(
            column.name, f'<div class="crumb">当前位置：首页 &gt; {column.name}</div><div class="list">'
                         f'<h2>{column.name}</h2><ul>{items}</ul></div><div class="pager">{pager}</div>')
    return routes


def _articles(column: Column, multi_page: set[int]) -> dict[str, Reply]:
    routes = {}
    for n, (path, text) in enumerate(column.items):
        prev = column.items[n - 1] if n else None
        nxt = column.items[n + 1] if n + 1 < len(column.items) else None
        footer = "".join(f'<p>{label}：<a href="{item[0]}">{item[1].title}</a></p>'
                         for label, item in (("上一篇", prev), ("下一篇", nxt)) if item)
        parts = 3 if n in multi_page else 1
        size = -(-len(text.paragraphs) // parts)
        chunks = [text.paragraphs[i:i + size] for i in range(0, len(text.paragraphs), size)]
        paths = [path] + [path.replace(".html", f"_{k}.html") for k in range(2, len(chunks) + 1)]
        for k, (part_path, chunk) in enumerate(zip(paths, chunks, strict=True)):
            pager = ""
            if len(paths) > 1:
                pager = (f'<div class="pages"><a href="{paths[max(k - 1, 0)]}">上一页</a> '
                         f'<a href="{paths[min(k + 1, len(paths) - 1)]}">下一页</a></div>')
            body = "".join(f"<p>{p}</p>" for p in chunk)
            routes[part_path] = _page(text.title, (
                f'<div class="crumb">当前位置：首页 &gt; {column.name} &gt; 正文</div><div class="article">'
                f'<h1>{text.title}</h1><div class="info">发布日期：{text.date} 【字号：大 中 小】【打印】</div>'
                f'<div class="content">{body}</div>{pager}<div class="prevnext">{footer}</div></div>'))
    return routes


def build() -> Site:
    def fill(column: Column, sources: list[texts.Text], start: int) -> Column:
        for n, text in enumerate(sources):
            column.items.append((f"{column.folder}{text.date[:7].replace('-', '')}/t{start + n}.html", text))
        return column

    speeches = [texts.speech(700 + n, plain_title=n in (4, 11, 17)) for n in range(25)]
    reports = [texts.speech(800 + n) for n in range(12)]
    hidden = [texts.speech(900 + n) for n in range(3)]  # filed under 新闻动态
    news = [texts.news(700 + n) for n in range(30)]
    columns = [
        fill(Column("/jsxh/ldjh/", "领导讲话"), speeches, 1000),
        fill(Column("/jsxh/gzbg/", "工作报告"), reports, 2000),
        fill(Column("/jsxh/xhdt/", "协会动态"), [texts.news(800 + n, about_association=True) for n in range(6)], 3000),
        fill(Column("/xwdt/", "新闻动态"), news[:12] + hidden + news[12:], 4000),
        fill(Column("/tzgg/", "通知公告"), [texts.notice(700 + n) for n in range(15)], 5000),
        fill(Column("/zcjd/", "政策解读"), [texts.qa(700 + n) for n in range(8)], 6000),
        fill(Column("/ylfw/", "医疗服务"), [texts.news(900 + n) for n in range(5)], 7000),
        fill(Column("/rsxx/", "人事信息"), [texts.notice(900 + n) for n in range(4)], 8000),
    ]
    routes: dict[str, Reply] = {}
    relevant_paths: list[str] = []
    for column in columns:
        routes.update(_listings(column, per_page=9))
        routes.update(_articles(column, multi_page={2, 9} if column.folder == "/jsxh/ldjh/" else set()))
        relevant_paths += [path for path, text in column.items if text.relevant]
    jsxh = ('<div class="list"><h2>计生协会</h2><ul><li><a href="/jsxh/ldjh/index.html">领导讲话</a></li>'
            '<li><a href="/jsxh/gzbg/index.html">工作报告</a></li><li><a href="/jsxh/xhdt/index.html">协会动态</a>'
            "</li></ul></div>")
    routes["/jsxh/index.html"] = _page("计生协会", jsxh)

    def box(name: str, more: str, items: list[tuple[str, texts.Text]]) -> str:
        entries = "".join(f'<li><a href="{path}">{text.title}</a></li>' for path, text in items)
        return f'<div class="box"><h3>{name}<a href="{more}">更多</a></h3><ul>{entries}</ul></div>'

    news_column = columns[3]
    home = (box("新闻动态", "/xwdt/index.html", news_column.items[:8])
            + box("通知公告", "/tzgg/index.html", columns[4].items[:6])
            + box("计生协会", "/jsxh/index.html", columns[0].items[:4] + news_column.items[12:15])
            + '<div class="zt"><a href="/ztzl/aqws.html"><img src="/images/aqws.png" alt="爱国卫生运动"></a></div>')
    routes["/"] = _page("首页", home)
    routes["/index.html"] = _page("首页", home)
    routes["/wzdt.html"] = _page("网站地图", "".join(f'<a href="{c.folder}index.html">{c.name}</a>' for c in columns))
    routes["/lxwm.html"] = _page("联系我们", "<p>地址：县府路1号 电话：0579-00000000</p>")
    routes["/ztzl/aqws.html"] = _page("爱国卫生运动专题", "<p>爱国卫生运动专题页面。</p>")
    articles = {path: {"relevant": True} for path in relevant_paths}
    return Site(routes=routes, articles=articles, start_path="/")


def page_kinds(site: Site) -> tuple[set[str], set[str]]:
    """(relevant article first pages, irrelevant pages): every page that neither is nor leads to a
    relevant article, i.e. other articles, their listings, and the site's odd pages."""
    relevant = set(site.articles)
    useful = {"/", "/index.html", "/jsxh/index.html"} | {
        path for path in site.routes if path.startswith(("/jsxh/ldjh/", "/jsxh/gzbg/"))}
    irrelevant = {path for path in site.routes if path not in relevant and path not in useful
                  and not any(path.startswith(p.removesuffix(".html") + "_") for p in relevant)}
    return relevant, irrelevant
