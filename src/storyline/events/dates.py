"""An event's own date: temporal expressions resolved against the article's date.

"on Thursday", "last month", "in early September", "earlier in July", "two weeks ago", "in 2018",
"Sept. 17", "September 17, 2023" - each resolves to a date and a precision (day, week, month,
year). A weekday needs an article dated to the day; a month without a year needs at least the
year. Past events look back from the article's date and planned ones look forward, so "on Monday"
in a Wednesday article about a meeting that happened is two days earlier, and about one that will
happen, five days later. What cannot be resolved returns None and the event keeps the article's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..text.dates import MONTHS, find_dates
from ..text.numbers import NUMBER_WORDS, VAGUE_COUNTS

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_NUMBERS = {**{w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 10}, **VAGUE_COUNTS}
_MONTH = re.compile(
    r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?",
    re.I,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY_OF_MONTH = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
_AGO = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)\s+"
    r"(day|week|month|year)s?\s+(ago|earlier|before)\b",
    re.I,
)
_IN_FUTURE = re.compile(
    r"\b(?:in|within)\s+(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few)\s+"
    r"(day|week|month|year)s?\b",
    re.I,
)


@dataclass(slots=True)
class Resolved:
    value: str
    precision: str  # day | week | month | year
    text: str


def _shift_month(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) + months
    return date(total // 12, total % 12 + 1, 1)


def resolve(expr: str, anchor: date | None, anchor_precision: str, future: bool = False) -> Resolved | None:
    """Resolve one temporal expression; None when it cannot be pinned down."""
    text = expr.strip()
    low = text.lower()
    explicit = find_dates(text)
    if explicit:
        m = explicit[-1]
        return Resolved(m.when.isoformat(), "day" if m.precision == "day" else "month", text)
    year_m = _YEAR.search(low)
    month_m = _MONTH.search(low)
    day_known = anchor is not None and anchor_precision == "day"
    year_known = anchor is not None and anchor_precision in ("day", "month", "year")
    month_known = anchor is not None and anchor_precision in ("day", "month")
    if month_m:
        month = MONTHS[month_m.group(1)[:3].lower()]
        if year_m:
            year = int(year_m.group(1))
        elif year_known:
            assert anchor is not None
            year = anchor.year
            if not future and month_known and month > anchor.month:
                year -= 1
            if future and month_known and month < anchor.month:
                year += 1
        else:
            return None
        rest = low[month_m.end() :] + " " + low[: month_m.start()]
        dm = _DAY_OF_MONTH.search(rest)
        if dm and 1 <= int(dm.group(1)) <= 31 and not re.search(r"\b(early|mid|late|end|beginning)\b", low):
            try:
                return Resolved(date(year, month, int(dm.group(1))).isoformat(), "day", text)
            except ValueError:
                pass
        return Resolved(date(year, month, 1).isoformat(), "month", text)
    if year_m and not re.search(r"\b(years?|decades?)\b", low):
        return Resolved(date(int(year_m.group(1)), 1, 1).isoformat(), "year", text)
    if anchor is None:
        return None
    for word, wd in WEEKDAYS.items():
        if word in low:
            if not day_known:
                return None
            delta = (anchor.weekday() - wd) % 7
            if "next" in low or (future and "last" not in low):
                delta = -((wd - anchor.weekday()) % 7 or 7)
            elif "last" in low and delta == 0:
                delta = 7
            return Resolved((anchor - timedelta(days=delta)).isoformat(), "day", text)
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", low):
        return Resolved(anchor.isoformat(), anchor_precision if not day_known else "day", text) if day_known else None
    if re.search(r"\b(yesterday|last night)\b", low) or re.search(
        r"\b(the )?(previous|preceding) day\b|\bthe day before\b", low
    ):
        return Resolved((anchor - timedelta(days=1)).isoformat(), "day", text) if day_known else None
    if "tomorrow" in low:
        return Resolved((anchor + timedelta(days=1)).isoformat(), "day", text) if day_known else None
    m = _AGO.search(low)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS.get(m.group(1), 1)
        return _offset(anchor, anchor_precision, -n, m.group(2), text)
    m = _IN_FUTURE.search(low)
    if m and future:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS.get(m.group(1), 1)
        return _offset(anchor, anchor_precision, n, m.group(2), text)
    for unit in ("week", "month", "year"):
        if re.search(rf"\b(last|past|previous) {unit}\b", low):
            return _offset(anchor, anchor_precision, -1, unit, text)
        if re.search(rf"\b(this|current) {unit}\b|\bearlier this {unit}\b|\blater this {unit}\b", low):
            return _offset(anchor, anchor_precision, 0, unit, text)
        if re.search(rf"\bnext {unit}\b|\b(coming|following) {unit}\b", low):
            return _offset(anchor, anchor_precision, 1, unit, text)
    if re.search(r"\b(last |this |over the |at the )?weekend\b", low) and day_known:
        back = (anchor.weekday() - 5) % 7
        return Resolved((anchor - timedelta(days=back)).isoformat(), "week", text)
    return None


def _offset(anchor: date, precision: str, n: int, unit: str, text: str) -> Resolved | None:
    if unit == "day":
        return Resolved((anchor + timedelta(days=n)).isoformat(), "day", text) if precision == "day" else None
    if unit == "week":
        return Resolved((anchor + timedelta(days=7 * n)).isoformat(), "week", text) if precision == "day" else None
    if unit == "month":
        if precision not in ("day", "month"):
            return None
        return Resolved(_shift_month(anchor, n).isoformat(), "month", text)
    if precision == "unknown":
        return None
    return Resolved(date(anchor.year + n, 1, 1).isoformat(), "year", text)
