"""Script: which script a text is in (hans, hant or mixed), and its Simplified form via OpenCC."""

from __future__ import annotations

from functools import lru_cache

from cleaners.draft import simplified


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def detect_script(text: str) -> str:
    sample = text[:20000]
    to_simp, to_trad = simplified(sample), _s2t().convert(sample)
    traditional = sum(a != b for a, b in zip(sample, to_simp, strict=False))
    simple = sum(a != b for a, b in zip(sample, to_trad, strict=False)) if len(to_trad) == len(sample) else 0
    if traditional + simple < 3:
        return "hans"
    share = traditional / (traditional + simple)
    if share >= 0.8:
        return "hant"
    if share <= 0.2:
        return "hans"
    return "mixed"


def to_simplified(text: str) -> str:
    return simplified(text)
