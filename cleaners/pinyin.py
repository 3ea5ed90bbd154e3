"""PinyinAnnotations: readings some mirror sites insert after characters, 協(xié) or 中(zhong)(zhong).

An annotation goes only where it is a reading of the character before it (checked with pypinyin),
so the author's own parentheses, (居), (PPT), (2017年2月28日), stay. A character the site could not
encode ("?" before a reading) goes with its reading.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cleaners.document import Removal
from cleaners.draft import Draft, fold

# a failed encoding swallowed a character and the opening parenthesis of its reading ("?shù)"); both
# patterns match the line as printed: full-width letters, digits, colons, parentheses and question marks
# count as what they fold to, so "協（xié）" is annotated as much as "協(xié)"
_WIDE_SYLLABLE = r"[a-zA-Z\uff21-\uff3a\uff41-\uff5aāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ:\uff1a]{1,7}[1-5\uff11-\uff15]?"
# (a space may stand between a character and its reading: "縣計 (ji)生協")
# (and one inside the parentheses: "(gōng )")
# (and one after it, where a site glosses every character so, "會(hui) 議": see PinyinAnnotations)
_ANNOTATED = re.compile(rf"([\u3400-\u9fff\uf900-\ufaff?\ufffd\uff1f]) ?((?:[(\uff08] ?{_WIDE_SYLLABLE} ?[)\uff09])+)"
                        r"( (?=[^\sA-Za-z0-9]))?")
_SPACE_MARK = "\ue000"
# (a space before a character that ends its line or has a space after it too says less: the page may space its
# letters out; it goes only on a page that prints one after its readings elsewhere: "…上的報(bào) 告")
_LOOSE_MARK = "\ue001"
# (the failed encoding may leave a letter of the character's bytes after the reading, glued to the next word:
# "推動?jì)D女" for 婦(fù)女, "新聞?lì)l道")
_BROKEN = re.compile(r"[?\ufffd\uff1f]([a-z\uff41-\uff5aāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5\uff11-\uff15]?)[)\uff09]"
                     r"(?:[A-Za-z](?=[\u4e00-\u9fff]))?")


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


_CUT_GLOSS = re.compile(r"(?<=[\u3400-\u9fff]) ?[(\uff08] ?([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,6})$")
_TONED = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]")
# a toned reading after what a wrong decoding made of its character ("顒蝇F(xiàn)場"): a toned syllable
# is never the author's parenthesis, so it goes whatever stands before it
_STRAY = re.compile(r"(?<=[A-Za-z!;,?.:'\"])[(\uff08]([a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6})[)\uff09]")
_TONED_GROUP = re.compile(r"(?:[(\uff08][a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}[)\uff09])+")
_MAYBE = re.compile(r"[(\uff08][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]|[?\ufffd][a-z]")


class PinyinAnnotations:
    name = "pinyin"

    def __call__(self, draft: Draft) -> Draft:
        out = []
        removed, at = draft.removed, [0]  # the callbacks record which line they cut from
        # a space after a reading goes with it where the site prints one after every reading ("會(hui) 議"),
        # not where the page had a space there (glossed "新聞專區 焦點新聞"), nor where it spaces its letters
        # out ("調(diào) 研 報(bào) 告"): counted over the page, marked until then
        readings, spaced = [0], [0]

        def strip(m: re.Match[str]) -> str:
            verdict = annotation_verdict(m.group(1), m.group(2))
            if verdict is None and m.start() > 0 and _TONED.search(m.group(2)):
                # a toned reading one character late, after a two-character word: 幫扶(bāng)
                verdict = annotation_verdict(m.string[m.start() - 1], m.group(2)) or None
            if verdict is None:
                return m.group(0)
            removed.append(Removal(self.name, verdict or fold(m.group(0).rstrip(" ")), at[0]))
            readings[0] += 1
            loose = bool(m.group(3)) and m.string[m.end() + 1:m.end() + 2] in (" ", "\u3000", "")
            spaced[0] += m.string[m.end(2):m.end(2) + 1] == " " and not loose
            return (m.group(1) if verdict else "") + ((_LOOSE_MARK if loose else _SPACE_MARK) if m.group(3) else "")

        def broken(m: re.Match[str]) -> str:
            if _bare(fold(m.group(1))) in _syllables():
                removed.append(Removal(self.name, fold(m.group(0)), at[0]))
                return ""
            return m.group(0)

        for i, line in enumerate(draft.lines):
            # most lines have no reading in them at all: no parenthesis or question mark to start one
            if ("(" in line or "\uff08" in line or "?" in line or "\uff1f" in line or "\ufffd" in line) \
                    and _MAYBE.search(line):
                at[0] = i
                line = _ANNOTATED.sub(strip, line)
                if "?" in line or "\uff1f" in line or "\ufffd" in line:
                    line = _BROKEN.sub(broken, line)
                if _TONED.search(line):
                    line = _STRAY.sub(broken, line)
            out.append(line)
        # on a page that glosses its characters, a toned reading left after a character a wrong decoding made of its own
        # ("?;顒(dòng)當天", "?。▍^(qū)"): a toned syllable is never the author's parenthesis
        if readings[0] >= 3:
            for i, line in enumerate(out):
                if _TONED.search(line):
                    out[i] = _TONED_GROUP.sub(lambda m, i=i: removed.append(Removal(self.name, fold(m.group()), i)) or "", line)
        space = "" if spaced[0] and spaced[0] >= 0.8 * readings[0] else " "
        out = [line.replace(_SPACE_MARK, space).replace(_LOOSE_MARK, space) if _SPACE_MARK in line or _LOOSE_MARK in line
               else line for line in out]
        # a page that glosses its characters, cut off inside its last gloss: "…思考出創(c", "…社會("
        if out and any(r.rule == self.name for r in removed) and (cut := _CUT_GLOSS.search(out[-1])) \
                and any(syllable.startswith(_bare(fold(cut.group(1)))) for syllable in _syllables()):
            removed.append(Removal(self.name, cut.group(0), len(out) - 1))
            out[-1] = out[-1][:cut.start()]
            # (the page stops there: the text is cut, though what is left of its last line may end on a word)
            draft.mark_truncated("a gloss cut off at the page's end")
        draft.lines = out
        return draft


@lru_cache(maxsize=65536)  # a page annotates the same characters with the same readings again and again
def annotation_verdict(char: str, annotation: str) -> str | None:
    """What goes of a character's annotation: None (it is not a reading: all stays), the readings
    (folded, "(xié)"), or "" for the character and its readings (a "?" the site could not encode)."""
    folded = fold(annotation).replace(" ", "")
    readings = folded[1:-1].split(")(")  # "(xié)" or "(zhong)(zhong)"
    if char in "?\ufffd\uff1f":
        return "" if all(_bare(r) and any(v in "aeiouv" for v in _bare(r)) for r in readings) else None
    return folded if all(is_reading(char, r) for r in readings) else None


def strip_readings(text: str) -> str:
    """The text without its readings: for titles, which come from the page and not from the lines."""
    draft = PinyinAnnotations()(Draft(lines=[text]))
    return draft.lines[0] if draft.lines else text
