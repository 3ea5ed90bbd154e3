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
            words = [""]
            for o, a in itertools.takewhile(lambda t: _letters(*t), items[i:]):
                chars = [chr(a)] if o is c.LITERAL else [chr(x) for _, x in a]
                if len(words) * len(chars) > 64:
                    break
                words = [w + ch for w in words for ch in chars]
            found = set().union(*map(_cases, words)) if ignorecase else set(words)
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


def _rank(words: set[str]) -> tuple[int, bool, int]:
    """Longer words first, then sets without a lone punctuation mark (":" is everywhere), then fewer."""
    return min(map(len, words)), not any(len(w) == 1 and not w.isalnum() for w in words), -len(words)


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
