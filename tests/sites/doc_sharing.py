"""A document-sharing site like 冰豆网, for the `doc_sharing` spider: a listing over three pages of
uploads (some not about associations at all), document pages with the upload metadata list, the
"由会员分享" line and a truncated preview, downloads as PDF (read) and legacy .doc (kept, not read),
and an upload whose page is gone."""

from __future__ import annotations

from sites import texts
from sites.documents import make_doc, make_pdf
from sites.server import Reply, Site, html

TOPBAR = '<div class="topbar">冰豆网 | 上传文档 | 登录 | 注册</div>'


def listing(entries: list[tuple[str, str]], number: int, last: int) -> str:
    items = "".join(f'<div class="list-item"><h3><a href="{href}">{title}.docx</a></h3><p>格式:DOCX 页数:13</p></div>'
                    for href, title in entries)
    nxt = f'<a href="/list/jihuashengyu_{number + 1}.html">下一页</a>' if number < last else ""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>计划生育-冰豆网'
            f'</title></head><body>{TOPBAR}<div class="hot"><a href="/doc/1.html">热门文档</a></div>{items}'
            f'<div class="pages"><a href="/list/jihuashengyu_1.html">首页</a> {nxt}</div></body></html>')


def document_page(doc_id: int, text: texts.Text, shown: list[str], download: str, changed: bool) -> str:
    body = "".join(f"<p>{p}</p>" for p in shown)
    view = '<div class="preview" id="doc-preview">' if changed else '<div class="preview" id="docview">'
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{text.title}.docx - 冰豆网</title></head><body>{TOPBAR}'
            f'<div class="docinfo"><h1>{text.title}</h1><ul class="meta"><li>文档编号:{doc_id}</li>'
            f'<li>上传时间:{text.date}</li><li>格式:DOCX</li><li>页数:13</li><li>大小:28.27KB</li></ul></div>'
            f'<div class="docintro">《{text.title}.docx》由会员分享,可在线阅读,更多相关《{text.title}.docx(13页珍藏版)》'
            f"请在冰豆网上搜索。</div>{view}{body}</div>"
            '<div class="readmore">亲,该文档总共13页,到这儿已超出免费预览范围,如果喜欢就下载吧!</div>'
            f'<a class="btn-down" href="{download}">下载该文档</a>'
            '<ul class="docfoot"><li>关 键 词:</li><li>计划生育 协会 工作报告</li></ul>'
            '<div class="footer">copyright@ 2008-2023 冰豆网网站版权所有</div></body></html>')


def build(changed: bool = False) -> Site:
    routes: dict[str, Reply] = {}
    articles: dict[str, dict[str, object]] = {}
    entries = []
    sources = [texts.speech(200 + n) for n in range(6)] + [texts.notice(200), texts.qa(200)]
    for number, text in enumerate(sources):
        doc_id = 28872700 + number
        path = f"/doc/{doc_id}.html"
        shown = text.paragraphs[: max(3, len(text.paragraphs) * 2 // 3)]  # the free preview stops short
        if number % 3 == 2:
            download = f"/down/{doc_id}.doc"
            routes[download] = Reply(200, {"Content-Type": "application/msword"},
                                     make_doc("\n".join([text.title, *text.paragraphs])))
        else:
            download = f"/down/{doc_id}.pdf"
            pdf_pages = [[text.title, *text.paragraphs[:6]], text.paragraphs[6:]]
            routes[download] = Reply(200, {"Content-Type": "application/pdf"}, make_pdf(pdf_pages))
            articles[download] = {"title": text.title, "parts": [download], "relevant": text.relevant,
                                  "content_kind": "text", "truncated": False,
                                  "phrases": [text.paragraphs[0][:12], text.paragraphs[-1][:12]]}
        routes[path] = html(document_page(doc_id, text, shown, download, changed))
        entries.append((path, text.title))
        articles[path] = {"title": text.title, "parts": [path], "relevant": text.relevant,
                          "phrases": [shown[1], shown[-1]], "noise": ["由会员分享", "文档编号", "冰豆网网站版权所有"],
                          "truncated": True, "published": text.date}
    entries.insert(4, ("/doc/28870001.html", "已被删除的文档"))
    pages = [entries[0:3], entries[3:6], entries[6:]]
    for number, chunk in enumerate(pages, 1):
        routes[f"/list/jihuashengyu_{number}.html"] = html(listing(chunk, number, len(pages)))
    return Site(routes=routes, articles=articles, start_path="/list/jihuashengyu_1.html")
