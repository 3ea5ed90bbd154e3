"""PageMarkers: the "2、" "17、" a docx-preview site prints at each page break, often mid-word.

A marker is told from a real numbered heading ("1、领导重视") by two things together: the numbers run
1, 2, 3 … through the whole document as page numbers do, and most of them break text that had not
ended (the line before stops mid-sentence, or the page starts with punctuation). The marker goes and
the halves of the broken word are joined again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaners.draft import Draft, ends_sentence

_AT_START = re.compile(r"^\s*(\d{1,3})、\s?")
_IN_LINE = re.compile(r"(?<=\s)(\d{1,3})、\s?(?=\S)")
_PUNCT_START = re.compile(r"^[,,。、;;::!!??))」”’】]")


@dataclass
class _Marker:
    line: int
    start: int  # offset of the marker in its line
    end: int
    number: int
    broken: bool  # the text before it had not ended


def _candidates(lines: list[str]) -> list[_Marker]:
    found = []
    for i, line in enumerate(lines):
        m = _AT_START.match(line)
        if m:
            rest = line[m.end():]
            prev_open = i > 0 and not ends_sentence(lines[i - 1])
            page_like = len(rest) >= 60 or bool(_PUNCT_START.match(rest))
            found.append(_Marker(i, m.start(), m.end(), int(m.group(1)),
                                 bool(_PUNCT_START.match(rest)) or (prev_open and page_like)))
        for m in _IN_LINE.finditer(line):
            before = line[: m.start()].rstrip()
            found.append(_Marker(i, m.start(), m.end(), int(m.group(1)),
                                 bool(before) and not ends_sentence(before)
                                 or bool(_PUNCT_START.match(line[m.end():]))))
    return found


def page_chain(lines: list[str]) -> list[_Marker]:
    """The run of markers numbered k, k+1, … that best looks like page breaks, or nothing."""
    cands = _candidates(lines)
    best: list[_Marker] = []
    for s, first in enumerate(cands):
        if first.number > 2:
            continue
        chain, expected = [first], first.number + 1
        for c in cands[s + 1:]:
            if c.number == expected:
                chain.append(c)
                expected += 1
        broken = sum(c.broken for c in chain)
        if len(chain) >= 2 and broken >= 2 and broken >= 0.6 * (len(chain) - 1):
            if len(chain) > len(best):
                best = chain
    return best


class PageMarkers:
    name = "page_marker"

    def __call__(self, draft: Draft) -> Draft:
        chain = page_chain(draft.lines)
        if not chain:
            return draft
        lines = list(draft.lines)
        by_line: dict[int, list[_Marker]] = {}
        for c in chain:
            by_line.setdefault(c.line, []).append(c)
        joins = set()
        for i, markers in by_line.items():
            line = lines[i]
            for c in sorted(markers, key=lambda c: c.start, reverse=True):
                draft.drop(self.name, line[c.start:c.end], i)
                if c.start == 0 or not line[: c.start].strip():
                    line = line[c.end:]
                    if i > 0 and c.broken and not ends_sentence(lines[i - 1]):
                        joins.add(i)
                elif c.broken:
                    line = line[: c.start].rstrip() + line[c.end:]
                else:
                    line = line[: c.start] + line[c.end:]
            lines[i] = line
        out: list[str] = []
        for i, line in enumerate(lines):
            if i in joins and out:
                out[-1] = out[-1].rstrip() + line.lstrip()
            else:
                out.append(line)
        draft.lines = [ln for ln in out if ln.strip()]
        return draft
