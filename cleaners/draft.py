"""The working state a cleaning step receives and returns: lines of text plus what was learnt."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import lru_cache
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


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """Traditional to Simplified, position for position, so regex spans found on it fit the original."""
    out = t2s().convert(text)
    if len(out) == len(text):
        return out
    convert = t2s().convert
    return "".join(c if len(s := convert(c)) != 1 else s for c in text)


# full-width ASCII forms and the ideographic space, folded one for one
_WIDE = re.compile(r"[\uff01-\uff5e\u3000\xa0]")
_HALF = {chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)} | {"\u3000": " ", "\xa0": " "}


def _half(m: re.Match[str]) -> str:
    return _HALF[m.group()]


def fold(text: str) -> str:
    """Full-width forms as half-width ones ("，：（" as ",:("), same length as the text."""
    # a regex finds the few wide characters far faster than str.translate walks every one
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
        out: list[str] = []
        for i, line in enumerate(draft.lines):
            shade = shadow(line)
            if self.trigger is not None and not self.trigger.search(shade):
                out.append(line)
            else:
                out.extend(self.rewrite(draft, line, shade, i))
        draft.lines = out
        return draft

    @abstractmethod
    def rewrite(self, draft: Draft, line: str, shade: str, index: int) -> list[str]:
        """The lines that take this line's place (none, itself, or its pieces)."""


def ends_sentence(line: str) -> bool:
    s = fold(line).rstrip(" |").rstrip(CLOSERS)
    return bool(s) and s[-1] in TERMINAL + ":"


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, overlapping spans joined, empty ones dropped."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(s for s in spans if s[1] > s[0]):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
