"""Dates as they are written on these pages: 2013.08.15, 2022-05-25 11:59, 2017年2月28日, 二〇一七年二月二十八日."""

from __future__ import annotations

import re
from datetime import date

from cleaners.draft import fold

# a date as machines write it, year first (2023-04-17, 2024/3/12, 2013.08.15): sites stamp their pages so
STAMP = r"(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}"
STAMP_RE = re.compile(STAMP)
# a date as an author writes it in figures (2017年2月28日), and the time a site prints after its date (15:20, 11:59:00)
WRITTEN = r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
# a site's stamp in words, its month or day padded with a nought ("2011年07月30日"), as no document dates itself
PADDED_DAY = r"(?:19|20)\d\d年(?:0\d月\d\d日|\d\d月0\d日)"
PADDED_DAY_RE = re.compile(PADDED_DAY)
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M\b)?"  # (American sites add the half of the day: "11:25:49 AM")
# some sites print the day first, with dots ("29.11.2022 17:53"), or with slashes where the day cannot be a
# month ("28/05/2024": 05/06/2024 may be either, 03/03/2016 is one day); an author never does
# (and American sites the month first, where the day cannot be a month: "1/29/2023 5:10:00 PM")
DAY_FIRST = r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)\d\d|" \
    r"(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:19|20)\d\d|" \
    r"(?:" + "|".join(f"0?{m}/0?{m}" for m in range(1, 10)) + r"|10/10|11/11|12/12)/(?:19|20)\d\d"  # (day and month alike: "03/03/2016")
_DAY_FIRST = re.compile(rf"(?<![\d./])({DAY_FIRST})(?![\d./年])")
# English pages write the month's name: "8 Dec 2017", "7th December 2010", "July 20, 1999"
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH = rf"(?:{'|'.join(m.capitalize() for m in _MONTHS)})[a-z]{{0,6}}\.?"
# (a document host writes it with hyphens: "21-Jan-2023")
# (or packs it into one word, in capitals: "29AUG2015")
_CAPS_MONTH = "|".join(m.upper() for m in _MONTHS)
ENGLISH_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:19|20)\d\d|\d{{1,2}}-{_MONTH}-(?:19|20)\d\d|"
                rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*|\s+)(?:19|20)\d\d|\d{{1,2}}(?:{_CAPS_MONTH})(?:19|20)\d\d)")
_COMPACT = re.compile(rf"(?<!\d)(\d{{1,2}})({_CAPS_MONTH})((?:19|20)\d\d)(?!\d)")
_ENGLISH = re.compile(rf"(?<![\w])(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH}),?\s+((?:19|20)\d\d)|"
                      rf"({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)((?:19|20)\d\d))(?!\d)")
_ENGLISH_HYPHENS = re.compile(rf"(?<![\w-])(\d{{1,2}})-({_MONTH})-((?:19|20)\d\d)(?!\d)")
# a stamp alone, with the time a site may print after it ("2023-01-12 15:20"): a site's date, never a title
MACHINE_DATE = re.compile(rf"^(?:{STAMP}|{DAY_FIRST}|{ENGLISH_DATE})(?:\s+{CLOCK})?$")
_NUMERIC = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?!\d)")
# Taiwan counts years from the Republic's founding (民國102年 is 2013): named, or a bare year of three figures
# from 100 ("111年10月17日"); a bare year of two figures (92年) may be anything
_ROC_DATE = r"(?:(?:中[华華])?民[国國]\s*(\d{2,3})|(?<![\d.])(1[01]\d))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_ROC = re.compile(_ROC_DATE)
_ROC_YEAR = 1911
# (a nought may be any ring that looks like one: a Greek capital omicron, "二ΟΟΟ年十一月十三日", or a large circle)
_DIGITS = {"〇": 0, "○": 0, "O": 0, "0": 0, "零": 0, "Ο": 0, "ο": 0, "o": 0, "◯": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_HAN_YEAR = "〇○O0零Οοo◯一二三四五六七八九"
_HAN = re.compile(rf"([{_HAN_YEAR}]{{4}})年([一二三四五六七八九十]{{1,3}})月(?:([一二三四五六七八九十]{{1,4}})日)?")
# (and in words, as Taiwan's formal papers sign: "中華民國八十二年四月二日", "民國一百零二年七月十二日")
_ROC_HAN_DATE = r"民[国國](?:(一百)零?([一二三四五六七八九十]{0,3})|([一二三四五六七八九十]{1,3}))年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,4})日"
_ROC_HAN = re.compile(_ROC_HAN_DATE)
# (and a site's stamp with the month in words between figures: "2021 五月 14日, 星期五 7:38")
MONTH_IN_WORDS = r"((?:19|20)\d\d)\s*年?\s+([一二三四五六七八九十]{1,3})月\s*(\d{1,2})日"
_MONTH_IN_WORDS = re.compile(rf"(?<!\d){MONTH_IN_WORDS}")


def small_number(text: str) -> int | None:
    """A number up to 99 in characters: "十", "三十一", "七"."""
    if not text:
        return None
    if text == "十":
        return 10
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(units, 0) if units else 0)
    return _DIGITS.get(text)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


# January called the first month ("2022年元月1日", "二〇二二年元月一日"), written as the other months are: the same length,
# so that where a date stands in the text is unchanged
_FIRST_MONTH = re.compile(rf"(?<=[\d{_HAN_YEAR}]年)元月")


def _first_month(text: str) -> str:
    return _FIRST_MONTH.sub(lambda m: "一月" if not text[m.start() - 2].isdigit() else "1月", text) if "元月" in text else text


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every full date in the text as (start, end, YYYY-MM-DD)."""
    text = _first_month(fold(text))
    found = []
    for m in _NUMERIC.finditer(text):
        iso = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            found.append((m.start(), m.end(), iso))
    if "." in text or "/" in text:
        for m in _DAY_FIRST.finditer(text):
            day, month, year = re.split(r"[./]", m.group(1))
            if int(month) > 12:  # the month first
                day, month = month, day
            iso = _valid(int(year), int(month), int(day))
            if iso:
                found.append((m.start(), m.end(), iso))
    if " " in text:
        for m in _ENGLISH.finditer(text):
            day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
            iso = _valid(int(year), _MONTHS.get(month[:3].lower(), 0), int(day))
            if iso:
                found.append((m.start(), m.end(), iso))
    if len(text) <= 64:  # (a date packed into one word stands alone or heads a short line)
        for m in _COMPACT.finditer(text):
            iso = _valid(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
            if iso:
                found.append((m.start(), m.end(), iso))
    if "-" in text:  # (a pattern that starts with a digit: tried at digits only)
        for m in _ENGLISH_HYPHENS.finditer(text):
            iso = _valid(int(m.group(3)), _MONTHS.get(m.group(2)[:3].lower(), 0), int(m.group(1)))
            if iso:
                found.append((m.start(), m.end(), iso))
    if "年" in text and ("民" in text or "1" in text):
        for m in _ROC.finditer(text):
            iso = _valid(int(m.group(1) or m.group(2)) + _ROC_YEAR, int(m.group(3)), int(m.group(4)))
            if iso:
                found.append((m.start(), m.end(), iso))
    if " " in text and "月" in text:
        for m in _MONTH_IN_WORDS.finditer(text):
            month = small_number(m.group(2))
            iso = _valid(int(m.group(1)), month, int(m.group(3))) if month else None
            if iso:
                found.append((m.start(), m.end(), iso))
    if "民" in text:
        for m in _ROC_HAN.finditer(text):
            year = 100 + (small_number(m.group(2)) or 0) if m.group(1) else small_number(m.group(3))
            month, day = small_number(m.group(4)), small_number(m.group(5))
            if year and month and day:
                iso = _valid(year + _ROC_YEAR, month, day)
                if iso:
                    found.append((m.start(), m.end(), iso))
    for m in _HAN.finditer(text):
        year = int("".join(str(_DIGITS[c]) for c in m.group(1)))
        month, day = small_number(m.group(2)), small_number(m.group(3) or "")
        if month and day:
            iso = _valid(year, month, day)
            if iso:
                found.append((m.start(), m.end(), iso))
    return sorted(found)


def first_date(text: str) -> str | None:
    found = find_dates(text)
    return found[0][2] if found else None


_DATE_LINE = re.compile(
    rf"^[\s((〔\[|]*(?:[^\s((]{{0,12}}(?:于|日期|时间)[::]?)?\s*(?:(?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|"
    rf"[{_HAN_YEAR}]{{4}}年[一二三四五六七八九十]{{1,3}}月[一二三四五六七八九十]{{1,4}}日|"
    rf"{_ROC_DATE}|(?:中[华華])?{_ROC_HAN_DATE})"
    # (and the place, where a speech's line gives it after the day: "2019年11月28日,重庆")
    r"(?:\s*[,,]\s*[\u4e00-\u9fff]{2,5}|[ \u3000]+[\u4e00-\u9fff]{2,5}(?<![会议报话词言结划案告知]))?"
    r"[\s))〕\]|]*$"  # (a table's bars round a cell)
)


_ENGLISH_LINE = re.compile(rf"^\(?{ENGLISH_DATE}\)?$")


def date_line(line: str) -> str | None:
    """The date of a line that is only a date, as under a speech's title or in its signature."""
    # before folding, which keeps the length and these characters: most lines are longer, or no date
    if len(line.strip()) > 30:
        return None
    if "年" not in line or "日" not in line:  # an English page writes its dates in words: "7th December 2010"
        return first_date(line) if _ENGLISH_LINE.match(line.strip()) else None
    line = _first_month(fold(line))
    if not _DATE_LINE.match(line.strip()):
        return None
    return first_date(line)
