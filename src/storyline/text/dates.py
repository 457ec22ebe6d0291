"""Dates in text, shared by the stages that read them: calendar dates found in running text, and
dates given by a container (a JSON field, a feed item), each with its precision.

extract (the document date) and events (event dates) both read dates; neither reaches into the
other, both read this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from ..records import DateGuess

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
# the year may follow a hard-wrapped line's end, never a blank line: "Friday, 25 February\n\n2000 GMT" is a
# fixture's day and its kick-off time; four digits followed by a time zone or ":30" are a time, not a year
_GAP = r",?(?:[ \t]+|[ \t]*\n[ \t]*)"
_NOT_A_TIME = r"\b(?![ \t]*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT|local time|hrs|hours)\b)(?![:.]\d)"
_PATTERNS = [
    # Monday, February 26, 2024 / Feb. 26, 2024 / Mon Apr 11, 2011
    re.compile(_WEEKDAY + _MON + r"\s+" + _DAY + _GAP + _YEAR + _NOT_A_TIME, re.I),
    # 26 February 2024 / Wednesday 27 April 2005
    re.compile(_WEEKDAY + _DAY + r"\s+" + _MON + _GAP + _YEAR + _NOT_A_TIME, re.I),
    # 2024-02-26
    re.compile(r"\b" + _YEAR + r"-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
]
_SHORT_YEAR = re.compile(_WEEKDAY + _DAY + r"\s+" + _MON + r"\s+(?P<year>\d\d)\s", re.I)
_MONTH_YEAR = re.compile(r"\b" + _MON + _GAP + _YEAR + _NOT_A_TIME, re.I)


# "February 22", "on 3 March": a day named without its year (capitalised: "may 5" is not a date)
_CAP_MON = (
    r"(?P<mon>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)|[A-Z]{3,9})\.?"
)
_YEARLESS = [
    re.compile(r"\b" + _CAP_MON + r"\s+" + _DAY + r"\b(?![,.]?\s*(?:19|20)\d\d\b)(?!\s*(?:pct|%|mln|billion))"),
    re.compile(r"\b" + _DAY + r"\s+" + _CAP_MON + r"\b(?![,.]?\s*(?:19|20)\d\d\b)"),
]


@dataclass(slots=True)
class Mention:
    """An explicit date found in the text."""

    when: date
    start: int
    end: int
    text: str
    precision: str  # day | month


def find_dates(text: str) -> list[Mention]:
    """Every explicit calendar date in `text` (day-month-year and month-year), in order."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            when = _to_date(m)
            if when:
                found.append(Mention(when, m.start(), m.end(), m.group(0), "day"))
                taken.append((m.start(), m.end()))
    for m in _MONTH_YEAR.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        month = MONTHS[m.group("mon")[:3].lower()]
        found.append(Mention(date(int(m.group("year")), month, 1), m.start(), m.end(), m.group(0), "month"))
    found.sort(key=lambda x: x.start)
    return found


def find_yearless_days(text: str) -> list[tuple[int, int, int]]:
    """Days named without a year ("the week ended February 22"), as (month, day, start), in order."""
    found = []
    for pattern in _YEARLESS:
        for m in pattern.finditer(text):
            key = m.group("mon")[:3].lower()
            day = int(m.group("day"))
            if key in MONTHS and 1 <= day <= 31:
                found.append((MONTHS[key], day, m.start()))
    return sorted(found, key=lambda x: x[2])


def _to_date(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    try:
        month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["mon"][:3].lower()]
        year = int(groups["year"])
        if year < 100:
            year += 2000 if year < 50 else 1900
        return date(year, month, int(groups["day"]))
    except (ValueError, KeyError, TypeError):
        return None


def parse_given(value: str | None) -> DateGuess | None:
    """Read a date a container gave (ISO, RFC 822, "19/10/2023", "Oct 2023"), keeping its precision."""
    if not value or not str(value).strip():
        return None
    value = str(value).strip()
    m = re.match(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$", value)
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
        try:
            if day:
                return DateGuess(date(int(year), int(month), int(day)).isoformat(), "day", "metadata", value)
            if month:
                return DateGuess(f"{int(year):04d}-{int(month):02d}-01", "month", "metadata", value)
            return DateGuess(f"{int(year):04d}-01-01", "year", "metadata", value)
        except ValueError:
            return None
    if re.fullmatch(r"\d{9,11}(\.\d+)?", value):  # unix timestamp
        try:
            return DateGuess(datetime.utcfromtimestamp(float(value)).date().isoformat(), "day", "metadata", value)
        except (OverflowError, OSError, ValueError):
            return None
    import dateparser

    settings = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first", "PREFER_MONTH_OF_YEAR": "first"}
    first = dateparser.parse(value, settings=settings)  # type: ignore[arg-type]
    if first is None:
        return None
    last = dateparser.parse(value, settings={**settings, "PREFER_DAY_OF_MONTH": "last", "PREFER_MONTH_OF_YEAR": "last"})  # type: ignore[arg-type]
    if last is None or last.date() == first.date():
        return DateGuess(first.date().isoformat(), "day", "metadata", value)
    if last.month == first.month:
        return DateGuess(first.date().replace(day=1).isoformat(), "month", "metadata", value)
    return DateGuess(first.date().replace(month=1, day=1).isoformat(), "year", "metadata", value)


WEEKDAY_NUMBERS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_NAMED_WEEKDAY = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s", re.I)


def named_weekday(m: Mention) -> int | None:
    """The weekday a date is written with ("Tuesday, 5 April 2005" -> 1), or None when it has none."""
    w = _NAMED_WEEKDAY.match(m.text.strip())
    return WEEKDAY_NUMBERS[w.group(1).lower()] if w else None


# A live blog opens each entry with the time of day: "1851 The UN says..." or "18:51 - ...", on a line of
# its own or, in a flattened page, after the previous entry's full stop. Four digits there that read as a
# time (hours 00-23, minutes 00-59) are a time when the page has two or more of them, or a time zone follows.
_STAMP = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?\"'”)])\s)[ \t]*(?P<stamp>(?:[01]\d|2[0-3])[:.]?[0-5]\d)"
    r"(?P<zone>\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT|local(?: time)?)\b)?"
    r"(?=\s*[:\-–—|]?\s*[A-Z\"'“])"
)


def clock_stamps(text: str) -> list[tuple[int, int]]:
    """The spans of a live blog's entry times ("1851", "18:51"): times of the page's day, never years."""
    found = list(_STAMP.finditer(text))
    four_digit = [m for m in found if ":" not in m.group("stamp") and "." not in m.group("stamp")]
    if len(found) >= 2 and len(four_digit) >= 1:
        return [(m.start("stamp"), m.end("stamp")) for m in found]
    return [(m.start("stamp"), m.end("stamp")) for m in found if m.group("zone")]


def is_clock_stamp(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a live blog's time of day rather than a year."""
    return any(s <= start and end <= e for s, e in clock_stamps(text))


# a time the article's own date decides ("on Thursday", "yesterday"): the event is the article's news
NEWS_TIME = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|this week)\b", re.I
)
