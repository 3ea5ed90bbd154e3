"""Anchor words: literal strings one of which every match of a pattern contains.

A rule whose patterns would each scan a whole page (the regex engine tries an alternation that starts
with a class or a case-insensitive word at every position) finds the few lines worth looking at with
one scan for the anchor words of all of them, an alternation of plain words that the engine skips
through quickly. The anchors are read off the patterns themselves, so they stay right when a pattern
changes; a pattern with a match that need not hold a literal gets an error, not a silent gap.
"""

from __future__ import annotations

import itertools
import re
import re._constants as c
import re._parser as p
from collections.abc import Iterable


class NoAnchor(ValueError):
    """A pattern can match without any literal: no anchor word can stand for it."""


def _cases(word: str) -> set[str]:
    options = [(ch.lower(), ch.upper()) if ch.isascii() and ch.isalpha() else (ch,) for ch in word]
    return {"".join(v) for v in itertools.product(*options)}


def _letters(op, arg) -> bool:
    return op is c.LITERAL or (op is c.IN and bool(arg) and all(o is c.LITERAL for o, _ in arg))


def _first(items, ignorecase: bool) -> set[str] | None:
    """Anchors for a sequence of pattern items: of the parts every match has, the one whose words are
    the longest (the rarest in text), or None when no part is made of literals."""
    best: set[str] | None = None
    for i, (op, arg) in enumerate(items):
        found: set[str] | None = None
        if _letters(op, arg):
            if i > 0 and _letters(*items[i - 1]):
                continue  # inside a run already taken whole
            # a run of literals and small literal classes ("[Cc]opyright"): every spelling of it
            # (in any case, each letter is a class of two: a long word's run stops at 64 spellings, a prefix that every
            # match still holds; spelling it whole would give 2**n words, too many to build a pattern of)
            words = [""]
            for o, a in itertools.takewhile(lambda t: _letters(*t), items[i:]):
                chars = [chr(a)] if o is c.LITERAL else [chr(x) for _, x in a]
                if ignorecase:
                    chars = sorted(set().union(*map(_cases, chars)))
                if len(words) * len(chars) > 64:
                    break
                words = [w + ch for w in words for ch in chars]
            found = set(words)
        elif op is c.SUBPATTERN:  # (group, added flags, removed flags, items): (?i:…) scopes its own case
            group_case = (ignorecase or bool(arg[1] & c.SRE_FLAG_IGNORECASE)) and not arg[2] & c.SRE_FLAG_IGNORECASE
            found = _first(list(arg[-1]), group_case)
        elif op is c.BRANCH:
            options = [_first(list(branch), ignorecase) for branch in arg[1]]
            found = None if any(o is None for o in options) else set().union(*options)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found = _first(list(arg[2]), ignorecase)
        # optional parts, classes, lookarounds and positions have no literal every match holds
        if found and (best is None or _rank(found) > _rank(best)):
            best = found
    return best


# characters common in any Chinese text: as a word of one character, each is found on most lines
_COMMON = set("的一是在不了有和人这中大为上个国我以要时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多"
              "定行学法所民得经十三之进着等部度家力里如化高自二理起小物现实加量都两体制机当使点从业本去把性好应开合还因由其"
              "些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道此变条只没结解问意建"
              "月公无系很情者最立代想已通并提直题党程展五果位入常文总次品式活设及管特件长求头基资边流路级少图山统接知较将组"
              "见计别手角期根论运农指几九区强放决西被干做必先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金"
              "增争济阶思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗"
              "完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容"
              "须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存"
              "候亲快效院查型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该价严"
              # and the marks of any text, as they read after fold()
              ",.:;!?()\"'-/|·>、。“”《》")


def _rank(words: set[str]) -> tuple[int, bool, int]:
    """Longer words first, then sets without a common character on its own (中, 第, ":" are on most lines;
    "【" and "#" are not), then fewer."""
    return min(map(len, words)), not any(len(w) == 1 and w in _COMMON for w in words), -len(words)


def anchor_words(pattern: str | re.Pattern[str]) -> set[str]:
    """Words one of which every match of the pattern contains."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    ignorecase = isinstance(pattern, re.Pattern) and bool(pattern.flags & re.IGNORECASE)
    found = _first(list(p.parse(source)), ignorecase)
    if found is None or "" in found:
        raise NoAnchor(f"no literal every match holds: {source[:60]}")
    return found


def any_of(patterns: Iterable[str | re.Pattern[str]], extra: Iterable[str] = ()) -> re.Pattern[str]:
    """One plain-word alternation that finds something wherever any of the patterns does."""
    words = set(extra).union(*(anchor_words(rx) for rx in patterns))
    # a word that holds a shorter one is found through it
    return word_pattern(w for w in words if not any(o != w and o in w for o in words))


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds any of the words, written as a trie (上(?:一(?:篇|页)|篇)): the engine tests
    a character once per position instead of once per word that starts with it."""
    tree: dict = {}
    for word in set(words):
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        alternatives = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 and "" not in node else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return re.compile("|".join(re.escape(ch) + branch(sub) for ch, sub in sorted(tree.items())))
