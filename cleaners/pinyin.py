"""PinyinAnnotations: readings some mirror sites insert after characters, 協(xié) or 中(zhong)(zhong).

An annotation goes only where it is a reading of the character before it (checked with pypinyin),
so the author's own parentheses, (居), (PPT), (2017年2月28日), stay. A character the site could not
encode ("?" before a reading) goes with its reading.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cleaners.draft import Draft, fold

_SYLLABLE = r"[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ:]{1,7}[1-5]?"
_ANNOTATED = re.compile(rf"(?P<char>[\u3400-\u9fff\uf900-\ufaff?\ufffd])(?P<readings>(?:[((]{_SYLLABLE}[))])+)")
_READING = re.compile(rf"[((]({_SYLLABLE})[))]")
# a failed encoding swallowed a character and the opening parenthesis of its reading: "?shù)"
_BROKEN = re.compile(r"[?\ufffd]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5]?)[))]")


@lru_cache(maxsize=4096)
def _bare(syllable: str) -> str:
    """A reading without tone: "nǚ" and "nü" and "nu:" are all "nv", as pypinyin spells it."""
    decomposed = unicodedata.normalize("NFD", syllable.lower()).replace("u\u0308", "v").replace("u:", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).rstrip("12345")


@lru_cache(maxsize=8192)
def readings_of(char: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.NORMAL, heteronym=True, v_to_u=False)
    return frozenset(r.replace("ü", "v") for group in found for r in group)


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    from pypinyin.constants import PINYIN_DICT

    return frozenset(_bare(r) for value in PINYIN_DICT.values() for r in value.split(","))


def is_reading(char: str, syllable: str) -> bool:
    return _bare(syllable) in readings_of(char)


_MAYBE = re.compile(r"[(\uff08][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]|[?\ufffd][a-z]")


class PinyinAnnotations:
    name = "pinyin"

    def __call__(self, draft: Draft) -> Draft:
        out = []
        for i, line in enumerate(draft.lines):
            if _MAYBE.search(line):  # most lines have no reading in them at all
                line = self._cut(draft, line, i, _ANNOTATED, self._strip)
                line = self._cut(draft, line, i, _BROKEN, self._broken)
            out.append(line)
        draft.lines = out
        return draft

    def _cut(self, draft: Draft, line: str, i: int, pattern: re.Pattern[str], judge) -> str:
        """Match on the half-width form, cut the original: "協（xié）" is annotated as much as "協(xié)"."""
        folded, pieces, last = fold(line), [], 0
        for m in pattern.finditer(folded):
            keep = judge(draft, m, i)
            if keep != m.group(0):
                pieces.append(line[last:m.start()] + keep)
                last = m.end()
        return "".join(pieces) + line[last:] if pieces else line

    def _broken(self, draft: Draft, m: re.Match[str], line: int) -> str:
        if _bare(m.group(1)) in _syllables():
            draft.drop(self.name, m.group(0), line)
            return ""
        return m.group(0)

    def _strip(self, draft: Draft, m: re.Match[str], line: int) -> str:
        char, readings = m.group("char"), _READING.findall(m.group("readings"))
        if char in "?\ufffd":  # an unencodable character: the reading shows it was one
            if all(_bare(r) and any(v in "aeiouv" for v in _bare(r)) for r in readings):
                draft.drop(self.name, m.group(0), line)
                return ""
            return m.group(0)
        if all(is_reading(char, r) for r in readings):
            draft.drop(self.name, m.group("readings"), line)
            return char
        return m.group(0)


def strip_readings(text: str) -> str:
    """The text without its readings: for titles, which come from the page and not from the lines."""
    draft = PinyinAnnotations()(Draft(lines=[text]))
    return draft.lines[0] if draft.lines else text
