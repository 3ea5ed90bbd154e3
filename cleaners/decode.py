"""Bytes to text for Chinese pages: UTF-8, GBK/GB18030 and Big5, declared or not, declared wrongly.

A declaration is a hint, not the truth: each candidate encoding is tried strictly and the decodings
are compared by how much of their Han text is made of common characters, which garbage from a wrong
double-byte encoding is not.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache

import charset_normalizer

from cleaners.draft import s2t

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I)
_HAN = re.compile(r"[\u3400-\u9fff]")

# the web's names for these encodings mean their supersets in practice
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs",
              "x-x-big5": "big5hkscs", "cp950": "big5hkscs", "ascii": "utf-8", "us-ascii": "utf-8",
              "iso-8859-1": "cp1252", "latin-1": "cp1252"}


# control bytes no text encoding here uses for text (tab, newlines, form feed and escape are left out)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
BINARY_SHARE = 0.05  # more control bytes than this in a page's first 64 KiB: an image or an archive


def looks_binary(body: bytes) -> bool:
    """Data that is no text in any encoding (an image or a zip served as text/html), UTF-16/32 aside."""
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # UTF-32's BOMs begin with these
        return False
    head = body.rstrip(b"\x00")[:65536]  # NUL padding after the text is a broken CMS, not binary data
    return bool(head) and len(_CONTROL_BYTES.findall(head)) > BINARY_SHARE * len(head)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    declared: str | None  # what the page or server said, if anything
    lied: bool  # a declaration was given and the bytes are in another encoding
    repaired: bool = False  # the text was mojibake (Big5 or GBK read as Latin-1 somewhere upstream), read again


def normalise_encoding(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().lower()
    if name in _SUPERSETS:  # x-gbk, x-x-big5: names browsers know and Python does not
        return _SUPERSETS[name]
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, _SUPERSETS.get(canonical, canonical))


def declared_encoding(body: bytes, content_type: str | None = None) -> str | None:
    """The encoding the server header, the BOM-less XML declaration or a <meta> tag names."""
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m and normalise_encoding(m.group(1)):
            return normalise_encoding(m.group(1))
    head = body[:4096]
    for pattern in (_XML_DECL, _META_CHARSET):
        m = pattern.search(head)
        if m and normalise_encoding(m.group(1).decode("ascii", "ignore")):
            return normalise_encoding(m.group(1).decode("ascii", "ignore"))
    return None


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    """GB2312 level-1 characters (the ~3,750 most used) in both scripts."""
    chars = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    simplified = "".join(chars)
    return frozenset(simplified + s2t().convert(simplified))


def plausibility(text: str) -> float:
    """Share of Han characters that are common ones; 1.0 for text without Han characters."""
    han = _HAN.findall(text[:20000])
    if not han:
        return 1.0 if "\ufffd" not in text else 0.0
    common = _common_han()
    return sum(ch in common for ch in han) / len(han)


def _try(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


# a double-byte page read as Latin-1 before it reached us: "¥ßªk·|¯µ®Ñ³B" for 立法會秘書處
_LATIN_HIGH = re.compile(r"[\u00a1-\u00ff]")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
MOJIBAKE_SHARE = 0.3  # of the characters that are not ASCII


def repair_mojibake(text: str) -> tuple[str, str] | None:
    """The text read again, and the encoding it was in, when it is a double-byte page that was decoded as
    Latin-1 (most of what is not ASCII is a Latin-1 letter and little is Han); None otherwise."""
    head = text[:20000]
    found = _LATIN_HIGH.findall(head)
    latin = len(found)
    # (a contents page's dot leaders "·····" are one mark many times over; mojibake is of many letters)
    if latin < 40 or len(set(found)) < 12 or len(_HAN.findall(head)) > latin \
            or latin < MOJIBAKE_SHARE * len(_NOT_ASCII.findall(head)):
        return None
    # (a character the first reading could not map was lost there: it is left out, not guessed)
    raw = text.encode("latin-1", "ignore")
    best: tuple[float, str, str] | None = None
    for enc in ("big5hkscs", "gb18030"):
        again = raw.decode(enc, "replace")
        han, common = len(_HAN.findall(again[:20000])), plausibility(again)
        score = common * han
        if han >= latin / 3 and common >= 0.8 and (best is None or score > best[0]):
            best = (score, enc, again)
    return (best[2], best[1]) if best else None


def decode(body: bytes, content_type: str | None = None) -> Decoded:
    decoded = _decode(body, content_type)
    if (repaired := repair_mojibake(decoded.text)) is not None:
        return Decoded(repaired[0], repaired[1], decoded.declared, decoded.lied, repaired=True)
    return decoded


def _decode(body: bytes, content_type: str | None = None) -> Decoded:
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return Decoded(body.decode(enc, "replace"), enc.replace("-sig", ""), None, False)
    declared = declared_encoding(body, content_type)
    utf8 = _try(body, "utf-8")
    if utf8 is not None:  # multibyte text that is valid UTF-8 is UTF-8 whatever the page says
        return Decoded(utf8, "utf-8", declared, declared not in (None, "utf-8") and not body.isascii())
    candidates: list[str] = []
    # (Microsoft's Big5 beside HKSCS: each reads some pages strictly the other cannot, such as kana in ETEN's row C6)
    for enc in (declared, "gb18030", "big5hkscs", "cp950"):
        if enc and enc not in candidates and enc != "utf-8":
            candidates.append(enc)
    guess = charset_normalizer.from_bytes(body[:65536]).best()
    if guess is not None:
        guessed = normalise_encoding(guess.encoding)
        if guessed and guessed not in candidates:
            candidates.append(guessed)
    best: tuple[float, str, str] | None = None
    for enc in candidates:
        text = _try(body, enc)
        if text is None:
            continue
        # the declared encoding wins ties: a small bonus keeps it when both read well
        score = plausibility(text) + (0.02 if enc == declared else 0.0)
        if best is None or score > best[0]:
            best = (score, enc, text)
    if best is None:  # nothing decodes strictly: keep what can be read, mark the rest
        enc = declared or "gb18030"
        return Decoded(body.decode(enc, "replace"), enc, declared, False)
    _, enc, text = best
    return Decoded(text, enc, declared, declared is not None and enc != declared)
