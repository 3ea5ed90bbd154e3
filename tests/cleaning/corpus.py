"""Synthetic pages for the cleaners: a clean gold text, one kind of noise injected, the page dressed.

Every case is built from the seed gold texts (shared/gold/*.json) by one injector, which knows what it
added, so it returns the page together with what a perfect run keeps: (raw text, expected clean text,
expected flags, boilerplate snippets). Injectors vary the surface the way real sites do: site names,
label spellings, separators, position (top, middle, bottom), Simplified or Traditional script, half- or
full-width punctuation. Pages are also dressed as HTML in templates unlike shared/tools/score.py's: a
table-layout government site, a TRS_Editor article, a forum thread, a page inside one <td>, an old
<font>/&nbsp; page, and Big5 or GBK without a charset.

Randomness is seeded: build_cases(seed) gives the same cases every run. Only the standard library,
OpenCC and pypinyin (both project dependencies) are used, so the benchmark can load this file alone.
"""

from __future__ import annotations

import html
import json
import os
import random
import re
import runpy
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("SPEECH_ARCHIVE_SHARED", PROJECT.parent / "shared"))

# --- the metric of shared/tools/score.py: OpenCC t2s, NFKC, no whitespace, LCS-based F1 ---


@lru_cache(maxsize=2)
def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", _opencc("t2s").convert(text or ""))
    return "".join(text.split())


def lcs_len(a: str, b: str) -> int:
    """Longest common subsequence length, bit-parallel over the shorter string."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return 0
    positions: dict[str, int] = {}
    for i, ch in enumerate(b):
        positions[ch] = positions.get(ch, 0) | (1 << i)
    mask = (1 << len(b)) - 1
    row = mask
    for ch in a:
        match = row & positions.get(ch, 0)
        row = ((row + match) | (row - match)) & mask
    return len(b) - bin(row).count("1")


def f1(output: str, gold: str) -> float:
    p, g = norm(output), norm(gold)
    if not p and not g:
        return 1.0
    common = lcs_len(p, g)
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def residue(output: str, snippets: list[str]) -> list[str]:
    """The snippets (normalised, four characters or more) still present in the output."""
    out = norm(output)
    return [s for s in snippets if len(norm(s)) >= 4 and norm(s) in out]


# --- surface variants ---

_FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_PAREN = re.compile(r"\(([^()\n]*[^\x00-\x7f][^()\n]*)\)")


def to_fullwidth(text: str) -> str:
    """Chinese-text punctuation in its full-width forms, as most real pages have it.

    Punctuation after a Chinese character becomes full-width, and parentheses around Chinese text;
    times (11:59), URLs and numbers keep their ASCII forms.
    """
    text = _PAREN.sub(r"（\1）", text)
    out = []
    for i, ch in enumerate(text):
        if ch in _FULL and i > 0 and not text[i - 1].isascii():
            out.append(_FULL[ch])
        else:
            out.append(ch)
    return "".join(out)


def to_traditional(text: str) -> str:
    return _opencc("s2t").convert(text)


def to_simplified(text: str) -> str:
    return _opencc("t2s").convert(text)


# --- seed material ---


@dataclass(frozen=True)
class Base:
    """A clean document: its title and paragraphs, as gold keeps them."""

    id: str
    title: str
    paragraphs: tuple[str, ...]
    script: str

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def load_gold() -> list[dict]:
    files = sorted((SHARED / "gold").glob("seed-*.json"))
    if not files:
        raise FileNotFoundError(f"no gold documents in {SHARED / 'gold'} (set SPEECH_ARCHIVE_SHARED)")
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def seed_raw(gold: dict) -> str:
    return (SHARED / "seeds" / gold["source"]).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def score_py() -> dict:
    """shared/tools/score.py's names: its templates, its chrome and its dress()."""
    return runpy.run_path(str(SHARED / "tools" / "score.py"))


def dressed(title: str, raw: str, template: str, script: str) -> bytes:
    """A raw text as score.py dresses it in one of its templates: a Traditional page goes in Big5 where the template
    says GBK without a charset, else in UTF-8, as score.py's own inputs do."""
    score = score_py()
    enc, declare, kind = score["TEMPLATES"][template]
    if script == "hant" and enc == "gbk":
        enc = "big5" if template == "gbk-nodecl" else "utf-8"
    return score["dress"](title, raw, kind, enc, declare, script)


def _ends(par: str) -> bool:
    return par.rstrip("”’」』)）").endswith(("。", "!", "?", "！", "？"))


def _excerpt(paragraphs: list[str], start: int, limit: int) -> tuple[str, ...]:
    """Whole paragraphs from `start` until about `limit` characters, ending on a finished sentence."""
    taken: list[str] = []
    size = 0
    for par in paragraphs[start:]:
        taken.append(par)
        size += len(par)
        if size >= limit and _ends(par):
            break
    while taken and not _ends(taken[-1]):
        taken.pop()
    return tuple(taken)


@lru_cache(maxsize=1)
def bases() -> tuple[Base, ...]:
    """Excerpts of the seed gold texts that end on a full sentence (so none of them reads as cut)."""
    out = []
    # (gold id, first paragraph, size): the parts that show each seed's own structure
    plan = {
        "seed-000": [(0, 900), (3, 700)],  # Traditional speech: 一、 headings
        "seed-001": [(0, 700), (10, 900)],  # forwarded document: 文号, 主送, 落款, then the report
        "seed-003": [(2, 800), (9, 700)],  # report: (一) and 1、 headings, short paragraphs
        "seed-004": [(0, 900)],  # Traditional report: byline, (2017年2月28日), 一、 (一)
    }
    for gold in load_gold():
        for k, (start, size) in enumerate(plan.get(gold["id"], [])):
            paragraphs = _excerpt(gold["text"].split("\n"), start, size)
            out.append(Base(f"{gold['id']}.{k}", gold["title"], paragraphs, gold["script"]))
    return tuple(out)


def sentences() -> list[str]:
    """Body sentences of the seed gold texts (each ends with 。), for property tests."""
    found = []
    for gold in load_gold():
        if gold.get("spun"):
            continue
        for par in gold["text"].split("\n"):
            found += [s + "。" for s in par.split("。")[:-1] if 8 <= len(s) <= 120]
    return found


def headings() -> list[str]:
    """Short headings of the seed gold texts, without their numbers (一、 (一) 1、)."""
    found = set()
    number = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+、)")
    for gold in load_gold():
        for par in gold["text"].split("\n"):
            if number.match(par) and len(par) <= 40 and not par.endswith("。"):
                found.add(number.sub("", par).strip("、 "))
    return sorted(found)


# --- cases ---


@dataclass
class Case:
    id: str
    kind: str
    title: str
    raw: str  # the page as text (what a .txt crawl or an extractor would give)
    expected: str  # the clean text a perfect run keeps
    flags: dict = field(default_factory=dict)  # truncated, declared_chars, published, script
    boilerplate: list[str] = field(default_factory=list)
    # text that must not appear in the output though the raw page does not hold it either: two lines
    # a rule glued together (a title and the page under it)
    forbidden: list[str] = field(default_factory=list)
    body: bytes | None = None  # the page as bytes, when dressed as HTML or encoded
    content_type: str | None = None

    @property
    def page_bytes(self) -> bytes:
        return self.body if self.body is not None else self.raw.encode("utf-8")


_SHARE_SITES = [
    ("taowenge.com淘文阁网|工程机械CAD图纸|机械工程制图", "淘文阁"),
    ("冰豆网", "冰豆网"),
    ("人人文库网", "人人文库"),
    ("原创力文档", "原创力"),
    ("道客巴巴", "道客巴巴"),
    ("www.renrendoc.com", "人人文库"),
]
_SITE_NAMES = ["范文先生网", "星星范文网", "公文易文秘资源网", "好范文网", "大文斗范文网", "第一范文网"]


def _flags(base: Base, **extra) -> dict:
    flags = {"truncated": False, "declared_chars": None, "published": None, "script": base.script}
    flags.update(extra)
    return flags


def _script(base: Base, rng: random.Random) -> tuple[Base, str]:
    """Sometimes publish a Simplified base in Traditional, as gateway mirrors do."""
    if base.script == "hans" and rng.random() < 0.3:
        return Base(base.id, to_traditional(base.title), tuple(to_traditional(p) for p in base.paragraphs), "hant"), "hant"
    return base, base.script


def _noise_script(text: str, script: str) -> str:
    return to_traditional(text) if script == "hant" else to_simplified(text)


def _width(text: str, wide: bool) -> str:
    return to_fullwidth(text) if wide else text


def _page_noise(text: str, base: Base, wide: bool) -> str:
    """Site text in the page's script and punctuation width."""
    return _width(_noise_script(text, base.script), wide)


def inject_share_banner(base: Base, rng: random.Random, wide: bool) -> Case:
    site, _ = rng.choice(_SHARE_SITES)
    ext = rng.choice([".docx", ".doc", ".pdf", ""])
    pages = rng.randint(3, 40)
    banner = f"《{base.title}{ext}》由会员分享,可在线阅读,更多相关《{base.title}{ext}({pages}页珍藏版)》请在{site}上搜索。"
    banner = _width(_noise_script(banner, base.script), wide)
    lines = [banner, base.title, *base.paragraphs] if rng.random() < 0.5 else [base.title, banner, *base.paragraphs]
    snippets = [banner, _noise_script("由会员分享,可在线阅读,更多相关", base.script)]
    return Case("", "share_banner", base.title, "\n".join(lines), base.text, _flags(base), snippets)


def inject_editor_banner(base: Base, rng: random.Random, wide: bool) -> Case:
    title = base.title
    banner = rng.choice([
        f"下面是小编为大家整理的{title},供大家参考。",
        f"以下是本站为大家整理的{title},希望对大家有所帮助。",
        f"这篇{title}是小编精心为大家收集整理的,欢迎阅读参考!",
        f"本站为大家整理的{title},希望对您有用。",
        f"下面是小编精心整理的{title},仅供参考,大家一起来看看吧。",
    ])
    banner = _width(_noise_script(banner, base.script), wide)
    where = rng.choice(["own_line", "glued_front"])
    if where == "own_line":
        lines = [base.title, banner, *base.paragraphs]
    else:  # glued in front of the first paragraph, as preview sites print it
        lines = [base.title, banner + " " + base.paragraphs[0], *base.paragraphs[1:]]
    return Case("", f"editor_banner-{where}", title, "\n".join(lines), base.text, _flags(base), [banner])


def inject_disclaimer(base: Base, rng: random.Random, wide: bool) -> Case:
    title = base.title
    notes = [
        f"导语:{title}一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。",
        "此文献不代表本站观点,内容供学习参考,请勿用于商业用途。",
        "声明:本文由网友投稿,版权归原作者所有,如有侵权请联系删除。",
        "免责声明:本站文章均来源于网友上传,仅供学习交流,如有侵权请联系删除。",
    ]
    note = _width(_noise_script(rng.choice(notes), base.script), wide)
    if note.startswith(("导语", "導語")):
        lines = [base.title, note, *base.paragraphs]
    else:
        lines = [base.title, *base.paragraphs, note]
    return Case("", "disclaimer", title, "\n".join(lines), base.text, _flags(base), [note])


def inject_metadata(base: Base, rng: random.Random, wide: bool) -> Case:
    year, month, day = rng.randint(2008, 2024), rng.randint(1, 12), rng.randint(1, 28)
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    variant = rng.choice(["docx_list", "gov_line", "cms_line", "bracketed", "upload_block"])
    if variant == "docx_list":
        meta = [f"- 文档编号:{rng.randint(10**7, 10**8)}", f"- 上传时间:{iso}", "- 格式:DOCX",
                f"- 页数:{rng.randint(2, 30)}", f"- 大小:{rng.randint(12, 90)}.{rng.randint(10, 99)}KB"]
    elif variant == "gov_line":
        meta = [f"发布时间: {year}.{month:02d}.{day:02d}\u00a0\u00a0\u00a0来源:超级管理员"]
    elif variant == "cms_line":
        meta = [f"作者:admin  来源:本站原创  点击数:{rng.randint(10, 9999)}  更新时间:{year}-{month}-{day}"]
    elif variant == "bracketed":
        meta = [f"【发布时间:{iso} {rng.randint(8, 18)}:{rng.randint(10, 59)}:00】【来源:{rng.choice(_SITE_NAMES)}】"]
    else:
        meta = [f"上传人:{rng.choice(['小***', 'admin', 'wx_1234'])}", f"上传时间:{iso}",
                f"浏览次数:{rng.randint(10, 999)}", f"下载次数:{rng.randint(0, 99)}"]
    meta = [_width(_noise_script(m, base.script), wide) for m in meta]
    if variant == "upload_block":  # listings print the upload facts under the preview
        raw = "\n".join([base.title, *base.paragraphs, *meta])
    else:
        raw = "\n".join([base.title, *meta, *base.paragraphs])
    return Case("", f"metadata-{variant}", base.title, raw, base.text, _flags(base, published=iso), list(meta))


def inject_navigation(base: Base, rng: random.Random, wide: bool) -> Case:
    site = rng.choice(_SITE_NAMES)
    top, bottom = [], []
    kinds = rng.sample(["prevnext", "crumb", "related", "share", "pager", "copyright", "docx_furniture", "qr",
                        "print"], 3)
    for kind in kinds:
        if kind == "prevnext":
            bottom += [f"上一篇:{rng.choice(['计生协会工作计划', '在全市人口计生工作会议上的讲话'])}",
                       f"下一篇:{rng.choice(['计生协会员代表大会闭幕词', '乡镇计生协换届选举主持词'])}"]
        elif kind == "crumb":
            top.append(rng.choice([f"当前位置:首页 > 范文大全 > 讲话稿 > {base.title}",
                                   "您现在的位置: 首页 » 工作报告 » 协会工作",
                                   "首页 > 公文写作 > 讲话致辞 > 正文"]))
        elif kind == "related":
            bottom += ["相关栏目:计生 会议致辞 会议主持 会议发言 |"]
        elif kind == "share":
            top.append(rng.choice(["分享到:微信 微博 QQ空间", "分享至: 微信 朋友圈 QQ 新浪微博"]))
        elif kind == "pager":
            bottom.append(rng.choice(["上一页 下一页", "首页 上一页 1 2 3 下一页 尾页", "第1页 共3页"]))
        elif kind == "copyright":
            bottom.append(rng.choice([f"Copyright © 2008-2024 {site} 版权所有 备案号:京ICP备12345678号",
                                      f"版权所有:{site}  技术支持:某某网络 | 网站地图 | 联系我们"]))
        elif kind == "docx_furniture":
            bottom += ["- 配套讲稿:", "如PPT文件的首页显示word图标,表示该PPT已包含配套word讲稿。双击word图标可打开word文档。",
                       "- 特殊限制:", "部分文档作品中含有的国旗、国徽等图片,仅作为作品整体效果示例展示,禁止商用。设计者仅对作品中独创性部分享有著作权。",
                       "- 关 键 词:", "- 计划生育 协会 工作报告"]
        elif kind == "qr":
            bottom.append("扫一扫在手机打开当前页")
        elif kind == "print":
            bottom.append("【打印本页】【关闭窗口】【返回顶部】")
    top = [_width(_noise_script(x, base.script), wide) for x in top]
    bottom = [_width(_noise_script(x, base.script), wide) for x in bottom]
    raw = "\n".join([base.title, *top, *base.paragraphs, *bottom])
    return Case("", "navigation-" + "+".join(sorted(kinds)), base.title, raw, base.text, _flags(base), top + bottom)


def inject_page_markers(base: Base, rng: random.Random, wide: bool) -> Case:
    """A docx preview: the text in pages of a few hundred characters, each line one page, "N、" in front.

    Paragraphs inside a page are joined by a space and page breaks fall anywhere, mid-word included.
    """
    joined = " ".join(base.paragraphs)
    pages, pos = [], 0
    while pos < len(joined):
        size = rng.randint(160, 320)
        cut = min(len(joined), pos + size)
        while cut < len(joined) and joined[cut - 1] == " ":  # a page does not end on the space itself
            cut += 1
        pages.append(joined[pos:cut])
        pos = cut
    raw_lines = [f"{k + 1}、{' ' if rng.random() < 0.5 else ''}{page.strip()}" for k, page in enumerate(pages)]
    snippets = []
    for k in range(1, len(pages)):
        left, right = pages[k - 1].rstrip(), pages[k].lstrip()
        if len(left) >= 3 and len(right) >= 2:
            snippets.append(f"{left[-3:]}{k + 1}、{right[:2]}")
    raw = "\n".join([base.title, *raw_lines])
    case = Case("", "page_markers", base.title, raw, base.text, _flags(base), snippets)
    # the title line above page 1 is a line of its own, not the start of the page
    case.forbidden = [f"{base.title[-4:]}{pages[0].strip()[:3]}"]
    return case


def _annotate(char: str, rng: random.Random, style: str) -> str:
    from pypinyin import Style, pinyin

    if style == "tone":
        reading = pinyin(char, style=Style.TONE)[0][0]
    else:
        reading = pinyin(char, style=Style.NORMAL)[0][0]
    if not reading or not reading.isalpha() or reading == char:
        return char
    if style == "doubled":
        return f"{char}({reading})({reading})"
    if style == "wide":
        return f"{char}（{reading}）"
    return f"{char}({reading})"


def inject_pinyin(base: Base, rng: random.Random, wide: bool) -> Case:
    """A gateway mirror's readings after some characters: 協(xié), 中(zhong), 全(quan)(quan)."""
    style = rng.choice(["tone", "plain", "doubled", "wide"])
    han = re.compile(r"[\u4e00-\u9fff]")
    snippets: list[str] = []
    out = []
    for par in base.paragraphs:
        chars = []
        for ch in par:
            if han.match(ch) and rng.random() < 0.06:
                annotated = _annotate(ch, rng, style)
                if annotated != ch and len(snippets) < 12:
                    snippets.append(annotated)
                chars.append(annotated)
            else:
                chars.append(ch)
        out.append("".join(chars))
    raw = "\n".join([base.title, *out])
    return Case("", f"pinyin-{style}", base.title, raw, base.text, _flags(base), snippets)


def inject_truncation(base: Base, rng: random.Random, wide: bool) -> Case:
    """The page shows part of the document: an omission in the middle, a notice or a button at the end."""
    variant = rng.choice(["omitted_middle", "notice_end", "button_end", "hidden_chars"])
    total = rng.randint(3000, 20000)
    shown = max(1, len(base.paragraphs) - 1)
    kept = base.paragraphs[:shown] if variant != "omitted_middle" else base.paragraphs
    site = rng.choice(["快文网http://www.hancun.net", "范文网", ""])
    declared = None
    if variant == "omitted_middle":
        notice = _page_noise(f"……({site}省略{rng.randint(300, 3000)}字,正式会员可完整阅读)……", base, wide)
        mid = max(1, len(kept) // 2)
        lines = [*kept[:mid], notice, *kept[mid:]]
    elif variant == "notice_end":
        notice = _page_noise(f"……(未完,全文共{total}字,当前只显示{rng.randint(1000, 2999)}字,"
                             f"请阅读下面提示信息。收藏{base.title})", base, wide)
        lines = [*kept, notice]
        declared = total
    elif variant == "hidden_chars":
        notice = _page_noise(f"此处隐藏{rng.randint(300, 5000)}个字,请下载后阅读", base, wide)
        lines = [*kept, notice]
    else:
        notice = _page_noise(rng.choice(["展开全文", "阅读全文", "点击查看全文>>", "剩余5页未读,继续阅读"]), base, wide)
        lines = [*kept, notice]
    raw = "\n".join([base.title, *lines])
    expected = "\n".join(kept)
    return Case("", f"truncation-{variant}", base.title, raw, expected,
                _flags(base, truncated=True, declared_chars=declared), [notice])


def inject_spam(base: Base, rng: random.Random, wide: bool) -> Case:
    ads = [
        "限时特惠:开通VIP会员,海量文档免费下载!",
        "【加微信领取更多范文资料】",
        "澳门葡京娱乐城,真人视讯,百家乐在线投注",
        "本文来源于范文网,转载请注明出处。",
    ]
    ad = _width(_noise_script(rng.choice(ads), base.script), wide)
    paragraphs = list(base.paragraphs)
    at = rng.randrange(1, len(paragraphs)) if len(paragraphs) > 1 else 1
    if ad.startswith("【") and rng.random() < 0.5:  # a bracketed insertion inside a sentence
        par = paragraphs[at - 1]
        cut = par.find(",") if "," in par else par.find("，")
        cut = cut if cut > 0 else len(par) // 2
        raw_pars = paragraphs[: at - 1] + [par[:cut] + ad + par[cut:]] + paragraphs[at:]
    else:
        raw_pars = paragraphs[:at] + [ad] + paragraphs[at:]
    raw = "\n".join([base.title, *raw_pars])
    return Case("", "spam", base.title, raw, base.text, _flags(base), [ad])


def inject_one_line(base: Base, rng: random.Random, wide: bool) -> Case:
    """A mirror site printing the page as one line: title label, body, furniture, joined by spaces."""
    label = _width(_noise_script(f"标题:{base.title} |", base.script), wide)
    tail = [_width(_noise_script(x, base.script), wide) for x in (
        f"上一篇:{rng.choice(['在省人口健康福利基金会成立大会上的讲话', '计生协会年度工作总结'])}",
        f"下一篇:{rng.choice(['在省计生协理事会暨工作会议上的讲话', '乡镇计生协换届选举主持词'])}",
        "相关栏目:计生 电信 会议致辞 会议主持 会议发言 |")]
    raw = label + "\n" + " ".join([*base.paragraphs, *tail])
    return Case("", "one_line", base.title, raw, base.text, _flags(base), [label, *tail])


def inject_title_repeat(base: Base, rng: random.Random, wide: bool) -> Case:
    """The title as a site prints it: with 精, .docx, a site suffix, or twice."""
    decorated = rng.choice([f"{base.title}精.docx", f"{base.title}.doc", f"{base.title}(完整版)",
                            f"{base.title}_{rng.choice(_SITE_NAMES)}", f"{base.title} - {rng.choice(_SITE_NAMES)}"])
    decorated = _width(decorated, wide)
    raw = "\n".join([decorated, base.title, *base.paragraphs])
    return Case("", "title_repeat", base.title, raw, base.text, _flags(base), [decorated])


INJECTORS = {
    "share_banner": inject_share_banner,
    "editor_banner": inject_editor_banner,
    "disclaimer": inject_disclaimer,
    "metadata": inject_metadata,
    "navigation": inject_navigation,
    "page_markers": inject_page_markers,
    "pinyin": inject_pinyin,
    "truncation": inject_truncation,
    "spam": inject_spam,
    "one_line": inject_one_line,
    "title_repeat": inject_title_repeat,
}


# --- HTML templates (none of them score.py's) ---

_NAV_LINKS = ["网站首页", "机构概况", "政务公开", "协会动态", "政策法规", "生育关怀", "青春健康", "联系我们"]


def _paras_html(lines: list[str], style: str) -> str:
    esc = html.escape
    if style == "p_indent":
        return "\n".join(f'<p style="text-indent:2em;">{esc(ln)}</p>' for ln in lines)
    if style == "nbsp_p":
        return "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(ln)}</p>" for ln in lines)
    if style == "font_br":
        return "\n".join(f'<font face="宋体" size="3">&nbsp;&nbsp;&nbsp;&nbsp;{esc(ln)}</font><br><br>' for ln in lines)
    return "<br />\n".join(esc(ln) for ln in lines)


def template_gov_table(title: str, lines: list[str], site: str, date: str | None) -> str:
    esc = html.escape
    nav = " | ".join(f'<a href="/{i}/">{t}</a>' for i, t in enumerate(_NAV_LINKS))
    info = f"发布日期：{date}　　来源：{esc(site)}　　浏览次数：1024" if date else f"来源：{esc(site)}"
    return f"""<html><head><title>{esc(title)}-{esc(site)}</title></head>
<body topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" width="1000" height="120"></td></tr>
<tr><td class="dh" height="36">{nav}</td></tr></table>
<table width="1000" border="0" align="center"><tr><td class="lm">您现在的位置：<a href="/">首页</a> &gt; <a href="/xhdt/">协会动态</a> &gt; 正文</td></tr>
<tr><td align="center" class="bt" height="50"><strong>{esc(title)}</strong></td></tr>
<tr><td align="center" class="sj">{info}</td></tr>
<tr><td id="zoom" class="nr">{_paras_html(lines, "nbsp_p")}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>
<table width="1000" align="center"><tr><td class="foot" align="center">主办单位：{esc(site)}　地址：人民路1号　电话：0570-1234567<br>备案号：浙ICP备05012345号</td></tr></table>
</body></html>"""


def template_trs(title: str, lines: list[str], site: str, date: str | None) -> str:
    esc = html.escape
    nav = "".join(f"<li><a href='/c{i}/'>{t}</a></li>" for i, t in enumerate(_NAV_LINKS))
    info = f'<span class="time">时间：{date}</span> <span>来源：{esc(site)}</span>' if date else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="ArticleTitle" content="{esc(title)}"></head><body>
<div class="head"><div class="logo">{esc(site)}</div><ul class="menu">{nav}</ul></div>
<div class="position">当前位置：<a href="/">首页</a> > <a href="/gzdt/">工作动态</a></div>
<div class="detail"><div class="detail-title">{esc(title)}</div><div class="detail-info">{info}</div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">{_paras_html(lines, "p_indent")}</div></div>
<div class="detail-share">分享到：微信 微博 QQ空间</div></div>
<div class="foot"><p>版权所有：{esc(site)}　网站标识码：3300000001</p><p>浙公网安备 33010202000123号</p></div>
</body></html>"""


def template_forum(title: str, lines: list[str], site: str, date: str | None) -> str:
    esc = html.escape
    when = f"发表于 {date} 09:31" if date else "发表于 3 天前"
    return f"""<html><head><title>{esc(title)} - 计生工作交流 - {esc(site)}论坛</title></head><body>
<div id="hd"><div class="wp">{esc(site)}论坛 | 登录 | 注册 | 找回密码</div></div>
<div id="pt" class="bm cl"><a href="/">论坛</a> › <a href="/forum-12-1.html">计生工作交流</a> › 查看内容</div>
<div id="postlist"><table class="plhin" id="pid1"><tr>
<td class="pls"><div class="authi">wxs2008</div><div>楼主</div><p>帖子 312 积分 1024</p></td>
<td class="plc"><div class="pi"><em>{when}</em> | 只看该作者 | 倒序浏览 | 阅读模式</div>
<h1 class="ts">{esc(title)}</h1>
<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1">
{_paras_html(lines, "br")}
</td></tr></table></div>
<div class="po">回复 引用 举报 使用道具 收藏 分享</div></td></tr></table></div>
<div id="ft">Powered by Discuz! X3.4 © 2001-2024 {esc(site)} 京ICP备12345678号</div></body></html>"""


def template_one_td(title: str, lines: list[str], site: str, date: str | None) -> str:
    esc = html.escape
    when = f"日期：{date}　" if date else ""
    return f"""<html><head><title>{esc(title)}</title></head><body><table width="100%"><tr><td>
首页 | 工作动态 | 政策法规 | 下载中心<br><br>
<b>{esc(title)}</b><br>{when}来源：{esc(site)}<br><br>
{_paras_html(lines, "br")}
<br><br>上一篇：计生协会工作计划<br>下一篇：计生协会员代表大会闭幕词<br>
版权所有 © {esc(site)}
</td></tr></table></body></html>"""


def template_font(title: str, lines: list[str], site: str, date: str | None) -> str:
    esc = html.escape
    when = f"<font color=#666666>更新时间：{date}</font>" if date else ""
    return f"""<HTML><HEAD><TITLE>{esc(title)}_{esc(site)}</TITLE></HEAD>
<BODY bgcolor="#FFFFFF"><CENTER><FONT size=2><A href="/">首页</A> | <A href="/fanwen/">范文</A> | <A href="/jianghua/">讲话稿</A> | <A href="/zongjie/">工作总结</A></FONT></CENTER>
<TABLE width=760 align=center><TR><TD align=center><FONT size=4 color=#CC0000><B>{esc(title)}</B></FONT></TD></TR>
<TR><TD align=center>{when}</TD></TR>
<TR><TD>{_paras_html(lines, "font_br")}</TD></TR></TABLE>
<CENTER><FONT size=2>本站部分文章来自网络，如有侵权请联系删除。Copyright 2006 {esc(site)}</FONT></CENTER></BODY></HTML>"""


# (name, builder, encoding, declare the charset?)
TEMPLATES = {
    "gov_table_gb2312": (template_gov_table, "gb18030", True),
    "trs_editor_utf8": (template_trs, "utf-8", True),
    "forum_gbk": (template_forum, "gbk", True),
    "one_td_nocharset": (template_one_td, "gbk", False),
    "font_nbsp_gbk_nodecl": (template_font, "gbk", False),
}
TEMPLATE_CHROME = ["网站首页", "机构概况 | 政务公开", "您现在的位置", "打印本页", "关闭窗口", "主办单位", "浙ICP备05012345号",
                   "分享到：微信 微博 QQ空间", "网站标识码", "浙公网安备", "只看该作者", "倒序浏览", "回复 引用 举报",
                   "Powered by Discuz", "找回密码", "上一篇：计生协会工作计划", "下一篇：计生协会员代表大会闭幕词",
                   "本站部分文章来自网络", "如有侵权请联系删除", "首页 | 工作动态", "首页 | 范文"]


def dress(case: Case, template: str, rng: random.Random) -> Case:
    """The case as an HTML page in one of the templates; Traditional pages are served as Big5 or UTF-8."""
    build, encoding, declare = TEMPLATES[template]
    site = rng.choice(["某某县计划生育协会", "某某市人民政府", "星星范文网", "计生工作交流"])
    script = case.flags.get("script", "hans")
    date = case.flags.get("published")
    if date is None and template == "gov_table_gb2312":  # a government page states its date
        date = f"{rng.randint(2010, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    lines = case.raw.split("\n")
    page = build(case.title, lines, site, date)
    if script == "hant":
        page = to_traditional(page)
        if encoding != "utf-8":
            encoding = "big5"
    if declare:
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={"gb2312" if encoding == "gb18030" else encoding}">'
        page = page.replace("<head>", "<head>" + meta, 1).replace("<HEAD>", "<HEAD>" + meta, 1)
    flags = dict(case.flags, published=date)
    chrome = [to_traditional(c) if script == "hant" else c for c in TEMPLATE_CHROME]
    return replace(case, id=f"{case.id}|{template}", body=page.encode(encoding, errors="xmlcharrefreplace"),
                   flags=flags, boilerplate=case.boilerplate + [c for c in chrome if c in page])


def build_cases(seed: int = 20240601, per_kind: int = 10, html_share: float = 0.4) -> list[Case]:
    """Cases for every injector over the bases, with seeded surface variants; some dressed as HTML."""
    rng = random.Random(seed)
    cases: list[Case] = []
    all_bases = bases()
    for inject in INJECTORS.values():
        for n in range(per_kind):
            base = all_bases[(n + len(cases)) % len(all_bases)]
            case_rng = random.Random(rng.random())
            base, script = _script(base, case_rng)
            wide = case_rng.random() < 0.5
            if wide:
                base = Base(base.id, base.title, tuple(to_fullwidth(p) for p in base.paragraphs), base.script)
            case = inject(base, case_rng, wide)
            case.id = f"{case.kind}|{base.id}|{script}|{'wide' if wide else 'ascii'}|{n}"
            cases.append(case)
            if case_rng.random() < html_share:
                template = case_rng.choice(sorted(TEMPLATES))
                cases.append(dress(case, template, case_rng))
    return cases
