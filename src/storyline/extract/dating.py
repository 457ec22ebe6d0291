"""The document date, with its precision and where it came from.

A wrong day is worse than a right year, so the dater climbs down a ladder of evidence and stops
at the first rung it trusts, saying which one it was (`published_from`):

  metadata  the container said so (a JSON/CSV field, a feed item, HTML meta tags via htmldate)
  header    a date stamped in the page header: with a time of day ("Mon Apr 11, 2011 10:29 pm IST"),
            right at the start of the text, or next to a byline or "Published"/"Updated"
  footer    a print line at the end ("This article appeared on p8 ... on Monday 19 September 2005")
  dateline  a wire dateline ("WASHINGTON, April 30 (Reuters)") with the year the text's own dates give
  content   the latest full date the text mentions gives the year (and the month when the text
            keeps returning to it); never a day
  unknown   nothing trustworthy

A date banner in the site chrome ("Monday, February 26, 2024" beside a weather widget) is the day
the page was rendered, not the day the article was written: it is never taken as the date.
A later corpus stage (corpus.dating) fills unknown dates from similar, dated articles.
"""

from __future__ import annotations

import re
from datetime import date

from ..records import DateGuess
from ..text.dates import (  # noqa: F401 (parse_given and MONTHS are re-exported for callers of this module)
    _DAY,
    _MON,
    _SHORT_YEAR,
    _WEEKDAY,
    _YEAR,
    MONTHS,
    Mention,
    _to_date,
    find_dates,
    parse_given,
)

_TIME = re.compile(
    r"^\W{0,3}(?:at\s+|-\s+|\|\s*)?(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s*(?:[A-Z]{2,4}T?|[A-Z]{3}|GMT|UTC|BST|EST|EDT|PST|PDT|CET|IST|ET|PT)\b)?",
    re.I,
)

_HEADER_CUES = re.compile(
    r"(published|posted|updated|last updated|first published|modified|date)\s*(on|at)?\s*:?\s*$", re.I
)
_BYLINE_NEAR = re.compile(r"^\s*[|,·•–—-]?\s*(by|words by|from)\s+[A-Z]", re.I)
_BYLINE_BEFORE = re.compile(r"\bby\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}\s*[|,·•–—-]?\s*$")
_CAPTION = re.compile(r"\b(photo|photograph|image|picture|video|footage|still|file|credit)s?\b", re.I)
_UPDATED = re.compile(r"\b(last )?updated\b", re.I)
_FOOTER_CUES = re.compile(
    r"(appeared|published|posted|printed|print edition|first appeared|broadcast|issue of|"
    r"edition of)\b.{0,100}$|(Post|Times|Journal|Guardian|Observer|Herald|Tribune|Telegraph|News)"
    r"\s*[-–—|,]\s*$",
    re.I,
)
_DATELINE = re.compile(
    r"(?:^|[\s|])([A-Z][A-Za-z.'/ -]{2,40}),\s+"
    + _MON
    + r"\s+"
    + _DAY
    + r"\s*\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|IANS|PTI)\)",
    re.I,
)
_FUTURE_CUE = re.compile(
    r"\b(will|would|scheduled|due|until|by|next|expected|deadline|upcoming|planned)\b[^.]{0,40}$", re.I
)


def date_from_text(text: str, chrome: list[str] | None = None, header_chars: int = 600) -> DateGuess:
    """Date a document from its raw text (before cleaning), following the ladder above."""
    chrome = chrome or []
    mentions = find_dates(text)
    header = _header_date(text, mentions, chrome, header_chars) or _footer_date(text, mentions)
    if header:
        return header
    content = _content_date(text, mentions, chrome)
    dateline = _DATELINE.search(text[:header_chars])
    if dateline:
        month, day = MONTHS[dateline.group("mon")[:3].lower()], int(dateline.group("day"))
        usable = [
            m
            for m in mentions
            if not _in_chrome(m, text, chrome) and not _FUTURE_CUE.search(text[max(0, m.start - 60) : m.start])
        ]
        latest = max(usable, key=lambda m: m.when) if usable else None
        if latest is not None:
            # a wire dateline gives month and day; the latest date the text mentions gives the year
            # (the year after it when the dateline's day comes earlier in the year than that date)
            year = latest.when.year + (1 if (month, day) < (latest.when.month, latest.when.day) else 0)
            try:
                when = date(year, month, day)
                return DateGuess(
                    when.isoformat(), "day", "dateline", f"{dateline.group(0).strip()} + year of {latest.text.strip()}"
                )
            except ValueError:
                pass
        content.evidence = (
            content.evidence + "; " if content.evidence else ""
        ) + f"dateline {month:02d}-{day:02d} without a year"
    return content


def _footer_date(text: str, mentions: list[Mention]) -> DateGuess | None:
    """ "This article appeared on p8 ... on Monday 19 September 2005", "The Washington Post - May 30, 2010"."""
    # a footer is at the end of a page, not in its header (of a short page, in its second half)
    tail = max(len(text) - 300, min(600, len(text) // 2))
    for m in reversed(mentions):
        if m.start < tail or m.precision != "day":
            continue
        before = text[max(0, m.start - 100) : m.start]
        if _FOOTER_CUES.search(before) and not _CAPTION.search(before[-60:]):
            return DateGuess(m.when.isoformat(), "day", "footer", m.text.strip())
    return None


def _in_chrome(m: Mention, text: str, chrome: list[str]) -> bool:
    """True when the date is a banner of the site chrome (the cleaner decides which lines are)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    return text[line_start : line_end if line_end >= 0 else len(text)].strip() in chrome


def _header_date(text: str, mentions: list[Mention], chrome: list[str], header_chars: int) -> DateGuess | None:
    short = _SHORT_YEAR.search(text[:header_chars])
    candidates = [m for m in mentions if m.start < header_chars and m.precision == "day"]
    if short:
        when = _to_date(short)
        if when and _TIME.match(text[short.end() - 1 : short.end() + 30]):
            candidates.append(Mention(when, short.start(), short.end(), short.group(0), "day"))
    for m in sorted(candidates, key=lambda x: x.start):
        if _in_chrome(m, text, chrome):
            continue
        after = text[m.end : m.end + 40]
        before = text[max(0, m.start - 60) : m.start]
        # "a still image taken from a video posted on September 3": a caption, not a stamp; but a caption
        # credit set off by a separator ("Credit: Reuters TV  LONDON | Mon Mar 21, 2011") is another element
        if _CAPTION.search(re.split(r"[|\n]", before)[-1]):
            continue
        timed = bool(_TIME.match(after))
        cued = (
            bool(_HEADER_CUES.search(before)) or bool(_BYLINE_NEAR.match(after)) or bool(_BYLINE_BEFORE.search(before))
        )
        at_start = not text[: m.start].strip(" \t\n|-–—:")
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        own_line = not (
            text[line_start : m.start].strip(" |-–—:,")
            or text[m.end : line_end if line_end >= 0 else len(text)].strip(" |-–—:,.")
        )
        at_start = at_start or own_line  # a date on a line of its own under the headline
        if timed or cued or at_start:
            how = "time stamp" if timed else "byline or label" if cued else "top of the page"
            if _UPDATED.search(text[max(0, m.start - 40) : m.end + 40]):
                # a "last updated" stamp bounds the publication date from above: trust its month only
                return DateGuess(
                    m.when.replace(day=1).isoformat(), "month", "header", f"{m.text.strip()} (last updated)"
                )
            return DateGuess(m.when.isoformat(), "day", "header", f"{m.text.strip()} ({how})")
    return None


def _content_date(text: str, mentions: list[Mention], chrome: list[str]) -> DateGuess:
    usable = [
        m
        for m in mentions
        if not _in_chrome(m, text, chrome) and not _FUTURE_CUE.search(text[max(0, m.start - 60) : m.start])
    ]
    if not usable:
        return DateGuess(None, "unknown", "none")
    days = [m for m in usable if m.precision == "day"]
    pool = days or usable
    latest = max(pool, key=lambda m: m.when)
    same_month = sum(1 for m in usable if (m.when.year, m.when.month) == (latest.when.year, latest.when.month))
    if days and same_month >= 2:
        return DateGuess(
            latest.when.replace(day=1).isoformat(),
            "month",
            "content",
            f"{same_month} dates in {latest.when:%B %Y}, latest: {latest.text.strip()}",
        )
    if days or len(usable) >= 2:
        return DateGuess(
            latest.when.replace(month=1, day=1).isoformat(),
            "year",
            "content",
            f"latest date mentioned: {latest.text.strip()}",
        )
    return DateGuess(None, "unknown", "none", f"only one month-year mention: {latest.text.strip()}")
