"""Script: which script a text is in (hans, hant or mixed), and its Simplified form via OpenCC."""

from __future__ import annotations

import re
from functools import lru_cache

from cleaners.draft import s2t, simplified, t2s


@lru_cache(maxsize=1)
def _markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Characters only Traditional text uses, and characters only Simplified text uses.

    Drawn once from OpenCC over the GB2312 and Big5 character sets, so counting them in a text is one
    regex pass instead of a conversion.
    """
    to_trad, to_simp = s2t(), t2s()
    han = [chr(cp) for cp in range(0x4E00, 0xA000)]

    def encodable(c: str, codec: str) -> bool:
        try:
            c.encode(codec)
        except UnicodeEncodeError:
            return False
        return True

    gb = [c for c in han if encodable(c, "gb2312")]
    big5 = [c for c in han if encodable(c, "big5")]
    # one conversion per set, a character a line, so no phrase spans two of them
    simplified_only = {c for c, t in zip(gb, to_trad.convert("\n".join(gb)).split("\n"), strict=True) if t != c}
    traditional_only = {c for c, t in zip(big5, to_simp.convert("\n".join(big5)).split("\n"), strict=True) if t != c}
    both = simplified_only & traditional_only  # characters each script writes differently, e.g. 著/着
    return (re.compile("[" + "".join(sorted(traditional_only - both)) + "]"),
            re.compile("[" + "".join(sorted(simplified_only - both)) + "]"))


def detect_script(text: str) -> str:
    traditional_rx, simplified_rx = _markers()
    sample = text[:20000]
    if not traditional_rx.search(sample):  # most pages: one scan that finds nothing settles it
        return "hans"
    traditional = len(traditional_rx.findall(sample))
    simple = len(simplified_rx.findall(sample))
    if traditional + simple < 3:
        return "hans"
    # a page is in the script most of it is in; "mixed" is kept for pages near half and half
    share = traditional / (traditional + simple)
    if share >= 0.65:
        return "hant"
    if share <= 0.35:
        return "hans"
    return "mixed"


def to_simplified(text: str) -> str:
    return simplified(text)
