"""The working state a cleaning step receives and returns: lines of text plus what was learnt."""

from __future__ import annotations

import re
import subprocess
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cleaners.document import Removal

# sentence ends, and the closing marks that may follow them, as they read after fold()
TERMINAL = "。!?;…"
CLOSERS = "”’」』)〕】》\"'"


@lru_cache(maxsize=1)
def t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def s2t():
    import opencc

    return opencc.OpenCC("s2t")


def _dictionary_keys(name: str) -> list[tuple[str, list[str]]] | None:
    """(key, values) of one of OpenCC's shipped dictionaries, dumped by its own opencc_dict tool."""
    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    tool, source = clib / "bin" / "opencc_dict", clib / "share" / "opencc" / f"{name}.ocd2"
    if not tool.exists() or not source.exists():
        return None
    try:  # a full or read-only temporary directory, a tool that fails: no shortcut, nothing worse
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "dict.txt"
            subprocess.run([str(tool), "-i", str(source), "-o", str(out), "-f", "ocd2", "-t", "text"],
                           check=True, capture_output=True, timeout=30)
            rows = out.read_text("utf-8").splitlines()
    except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
        return None
    return [(key, values.split(" ")) for key, _, values in (row.partition("\t") for row in rows) if key]


@lru_cache(maxsize=1)
def _convertible() -> re.Pattern[str] | None:
    """The characters t2s may change: text without any of them is already Simplified.

    Those it changes on their own come from converting every Han character (one a line, so no phrase
    spans two); those it changes only inside a phrase (覆 in 回覆, 沈 in 深沈) from OpenCC's phrase and
    character dictionaries. Without the dictionaries there is no shortcut (None): every text is converted.
    """
    phrases, characters = _dictionary_keys("TSPhrases"), _dictionary_keys("TSCharacters")
    if phrases is None or characters is None:
        return None
    blocks = [(0x2E80, 0x2FE0), (0x3400, 0xA000), (0xF900, 0xFB00)]  # and every character beyond the BMP, below
    chars = [chr(cp) for a, b in blocks for cp in range(a, b)]
    converted = t2s().convert("\n".join(chars)).split("\n")
    changed = {c for c, s in zip(chars, converted, strict=True) if s != c}
    changed |= {c for key, values in phrases for c, v in zip(key, values[0], strict=False) if c != v}
    changed |= {key for key, values in characters if len(key) == 1 and values != [key]}
    # a class of single characters beyond the BMP puts the regex engine on its slow path; those few
    # are rare enough to send any character of their planes to OpenCC
    bmp = "".join(sorted(c for c in changed if ord(c) < 0x10000))
    return re.compile(f"[{bmp}\U00020000-\U0003FFFF]")


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """Traditional to Simplified, position for position, so regex spans found on it fit the original."""
    gate = _convertible()
    if gate is not None and not gate.search(text):
        return text
    out = t2s().convert(text)
    if len(out) == len(text):
        return out
    convert = t2s().convert
    return "".join(c if len(s := convert(c)) != 1 else s for c in text)


# full-width ASCII forms and the ideographic space, folded one for one (and the numeral 〡, which pages print
# as a bar between credits: "编辑:某某〡审核:某某")
_WIDE = re.compile(r"[\uff01-\uff5e\u3000\xa0\u3021]")
_HALF = {chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)} | {"\u3000": " ", "\xa0": " ", "\u3021": "|"}


def _half(m: re.Match[str]) -> str:
    return _HALF[m.group()]


# the wide forms Chinese prose is full of, replaced by str.replace, which is quicker than a callback each
_COMMON_WIDE = (("\uff0c", ","), ("\uff1a", ":"), ("\uff08", "("), ("\uff09", ")"), ("\uff1b", ";"),
                ("\uff01", "!"), ("\uff1f", "?"), ("\u3000", " "))


def fold(text: str) -> str:
    """Full-width forms as half-width ones ("，：（" as ",:("), same length as the text."""
    for wide, half in _COMMON_WIDE:
        if wide in text:
            text = text.replace(wide, half)
    # a regex finds the few other wide characters far faster than str.translate walks every one
    return _WIDE.sub(_half, text)


@lru_cache(maxsize=65536)
def shadow(text: str) -> str:
    """What rules match against: Simplified and folded, same length as the text.

    Cached: every step looks at the same lines, and most lines pass through unchanged.
    """
    return fold(simplified(text))


@dataclass
class Draft:
    lines: list[str]
    kind: str = "text"  # html or text
    url: str | None = None
    title_candidates: list[tuple[str, str]] = field(default_factory=list)  # (source, title)
    facts: dict[str, Any] = field(default_factory=dict)  # published, declared_chars, truncated, ...
    removed: list[Removal] = field(default_factory=list)
    split: bool = False  # a line was split into paragraphs: rules that ran before see new lines

    def hot(self, pattern: re.Pattern[str]) -> list[int]:
        """The lines whose shadow the pattern finds something in, by one scan of the whole page.

        The pattern must not match across a line break (trigger words do not).
        """
        if not self.lines:
            return []
        shades = [shadow(line) for line in self.lines]
        page = "\n".join(shades)
        found, pos, line, start = [], 0, 0, 0
        while (m := pattern.search(page, pos)) is not None:
            # advance to the line the match is on, then past its end
            while start + len(shades[line]) < m.start():
                start += len(shades[line]) + 1
                line += 1
            found.append(line)
            start += len(shades[line]) + 1
            line += 1
            if line >= len(shades):
                break
            pos = start
        return found

    def drop(self, rule: str, text: str, line: int | None = None) -> None:
        if text.strip():
            self.removed.append(Removal(rule=rule, text=text, line=line))

    def cut(self, rule: str, line: str, index: int, spans: list[tuple[int, int]]) -> list[str]:
        """Take the spans out of a line, recording each; the pieces left, stripped, empty ones dropped."""
        pieces, last = [], 0
        for a, b in merge_spans(spans):
            pieces.append(line[last:a])
            self.drop(rule, line[a:b], index)
            last = b
        pieces.append(line[last:])
        return [p.strip() for p in pieces if p.strip()]

    def mark_truncated(self, why: str) -> Draft:
        """Record that the page shows only part of its text, and why (the first rule to see it says)."""
        self.facts["truncated"] = True
        self.facts.setdefault("truncated_by", why)
        return self

    def keep_lines(self, rule: str, keep: list[bool]) -> None:
        """Remove the lines whose flag is False, recording each."""
        out = []
        for i, (line, k) in enumerate(zip(self.lines, keep, strict=True)):
            if k:
                out.append(line)
            else:
                self.drop(rule, line, i)
        self.lines = out


class LineRule(ABC):
    """A rule that rewrites lines one at a time: the lines after it are what `rewrite` returns.

    `trigger` names words every line it acts on contains, so the others are passed over cheaply.
    """

    name = "rule"
    trigger: re.Pattern[str] | None = None

    def __call__(self, draft: Draft) -> Draft:
        lines = draft.lines
        hot = self.hot_lines(draft)
        if not hot:
            return draft
        out: list[str] = []
        last = 0
        for i in hot:
            out.extend(lines[last:i])
            out.extend(self.rewrite(draft, lines[i], shadow(lines[i]), i))
            last = i + 1
        out.extend(lines[last:])
        draft.lines = out
        return draft

    def hot_lines(self, draft: Draft) -> Sequence[int]:
        """The lines `rewrite` looks at, in order: those with a trigger word (all without a trigger)."""
        return range(len(draft.lines)) if self.trigger is None else draft.hot(self.trigger)

    @abstractmethod
    def rewrite(self, draft: Draft, line: str, shade: str, index: int) -> list[str]:
        """The lines that take this line's place (none, itself, or its pieces)."""


def ends_sentence(line: str) -> bool:
    # the end is all that counts: fold a tail of the line, the whole only if the tail strips to nothing
    s = fold(line[-64:]).rstrip(" |").rstrip(CLOSERS)
    if not s and len(line) > 64:
        s = fold(line).rstrip(" |").rstrip(CLOSERS)
    return bool(s) and s[-1] in TERMINAL + ":"


# a sentence as printed, its stops in either width; and a character of Chinese text
_STOPS = re.compile(r"[。!?;,\uff0c\uff01\uff1f\uff1b]")
HAN = re.compile(r"[\u3400-\u9fff]")
# Japanese kana, one, and three in a row: a site's notice in Japanese ("…に移動しますか。") is no Chinese text
KANA_CHAR = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
KANA = re.compile(rf"{KANA_CHAR.pattern}{{3}}")


def table_row(line: str) -> bool:
    """A table's row printed in bars, its cells between them: "| 2017 | 50.35 | 66.28 |" (a menu's row may be
    printed so too: the rules that read rows tell the two apart)."""
    s = line.strip()
    return s.startswith("|") and s.count("|") >= 3


def has_stops(line: str) -> bool:
    return _STOPS.search(line) is not None


def is_prose(line: str) -> bool:
    """A line of running Chinese text: long enough, with a sentence's stops (menus, titles, date rows and
    English notices are not). Where the text of a page starts and ends is told by these lines."""
    return len(line) >= 20 and _STOPS.search(line) is not None and HAN.search(line) is not None


def text_bounds(lines: list[str]) -> tuple[int, int] | None:
    """The first and the last line of running text (`is_prose`); None on a page with no sentence at all.
    Above the first and below the last, sites print their head and foot."""
    first = next((i for i, line in enumerate(lines) if is_prose(line) and not KANA.search(line)), None)
    if first is None:
        return None
    return first, next(i for i in range(len(lines) - 1, first - 1, -1) if is_prose(lines[i]))


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, overlapping spans joined, empty ones dropped."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
