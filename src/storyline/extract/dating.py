"""The document date, with its precision and where it came from.

A date in the text is evidence of when the page was published only in the forms news uses to say
so; a date the story merely mentions (the attack of 11 September 2001, legal advice of March 2003, an
option that runs until July 2009) is about the story's events, before or after the article. An
article left undated beats a wrong year, so the dater climbs down a ladder of evidence and stops at
the first rung it trusts, saying which one it was (`published_from`):

  metadata  the container said so (a JSON/CSV field, a feed item, HTML meta tags via htmldate)
  header    a date stamped in the page header: with a time of day ("Mon Apr 11, 2011 10:29 pm IST"),
            right at the start of the text, or next to a byline or "Published"/"Updated"
  footer    a print line at the end ("This article appeared on p8 ... on Monday 19 September 2005")
  dateline  a wire dateline ("WASHINGTON, April 30 (Reuters)"): its year from a full date the text
            gives within weeks of that day (the same news), else left for the corpus to give
  current   the news told as happening now, with its date: "the visit, taking place in September
            2023, ... began on Tuesday" (an ongoing form next to the date, and a day of the week, today
            or yesterday elsewhere saying the text reports current news): the month, never a day
  weekday   a date written with its weekday ("on Tuesday, 5 April 2005"): news names the weekday
            only of days within a week of the article, so it gives the year (and the month when the
            day is not at a month's edge); never a day
  unknown   nothing trustworthy

What the text mentions is kept only as a bound: the latest past date it names ("dates mentioned up
to 2004-03") is a lower bound on the publication date, read by the corpus stage, which must not give
the article an earlier year.

Page furniture does not date a page: a date banner in the site chrome ("Monday, February 26, 2024"
beside a weather widget), a list of dated teasers or tweets ("7:01 pm ET February 11, 2013 RETWEET"),
a photo caption. Four digits that open a live blog's entries ("1851 The UN says...") are times of
the page's day, not years (`text.dates.clock_stamps`).
A later corpus stage (corpus.dating) fills unknown dates from similar, dated articles.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..records import DateGuess
from ..text.dates import (  # noqa: F401 (parse_given and MONTHS are re-exported for callers of this module)
    _DAY,
    _MON,
    _SHORT_YEAR,
    _WEEKDAY,
    _YEAR,
    MONTHS,
    NEWS_TIME,
    Mention,
    _to_date,
    find_dates,
    find_yearless_days,
    named_weekday,
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
_BYLINE_NEAR = re.compile(r"^\s*[|,·•–—-]?\s*(?i:by|words by|from)\s+[A-Z]")
# "the first call was made on 1 January 1985 by Ernie Wise": a date inside a sentence, not a byline's
_IN_SENTENCE = re.compile(r"\b(on|since|in|from|until|till|before|after|of|between|and|by|to)\s*$", re.I)
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


_TEASER = re.compile(
    r"\b(related|read more|more on this|more from|see also|most (?:read|popular|viewed)|latest (?:news|stories)|"
    r"retweet|recommended|you may also like|trending|watch)\b",
    re.I,
)
# a photo's credit closes its caption: "... Key West, Fla., Friday Nov. 1, 2002. (AP Photo/Jane Roe)"
_PHOTO_CREDIT = re.compile(
    r"\((?:AP|AFP|Reuters|EPA|Getty|PA)\b[^)]{0,40}\b(?:Photos?|Images?)\b|\b(?:AP|AFP|EPA|Reuters) Photo\b|"
    r"\b(?:Photo|Photograph|Picture|Image)\s*(?:credit)?\s*:|\bfile (?:photo|picture|image)\b"
)
# an event told as going on at the time of writing, right before its date
_ONGOING = re.compile(
    r"\b(?:taking place|being held|under way|underway|in progress|going on|happening|unfolding)\s+(?:in|on)\s+$", re.I
)
NEAR_BEFORE = 21  # days: a full date this long before a dateline's day is the same news ...
NEAR_AFTER = 10  # ... and one this long after it (an event the story announces)


def date_from_text(text: str, chrome: list[str] | None = None, header_chars: int = 600) -> DateGuess:
    """Date a document from its raw text (before cleaning), following the ladder above."""
    chrome = chrome or []
    mentions = [m for m in find_dates(text) if not _in_chrome(m, text, chrome) and not _furniture(m, text)]
    header = _header_date(text, mentions, chrome, header_chars) or _footer_date(text, mentions)
    if header:
        return header
    notes: list[str] = []
    dateline = _DATELINE.search(text[:header_chars])
    if dateline:
        month, day = MONTHS[dateline.group("mon")[:3].lower()], int(dateline.group("day"))
        near = _dateline_year(month, day, mentions)
        if near is not None:
            when, mention = near
            return DateGuess(
                when.isoformat(),
                "day",
                "dateline",
                f"{dateline.group(0).strip()} + year of {mention.text.strip()} (within weeks of that day)",
            )
        notes.append(f"dateline {month:02d}-{day:02d} without a year")
    current = _current_date(text, mentions)
    if current:
        return current
    weekday = _weekday_date(mentions)
    if weekday:
        return weekday
    bound = _lower_bound(text, mentions)
    if bound is not None:
        notes.append(f"dates mentioned up to {bound.when:%Y-%m} ({bound.text.strip()}): a lower bound, not a date")
    named = _latest_yearless_day(text)
    if named is not None:
        notes.append(f"days named without a year, latest {named[0]:02d}-{named[1]:02d}")
    return DateGuess(None, "unknown", "none", "; ".join(notes))


def _furniture(m: Mention, text: str) -> bool:
    """A date of the page's furniture: a teaser or tweet list ("... 7:01 pm ET February 11, 2013
    RETWEET"), a related-stories block, a photo caption. It dates another story, not this page."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if _TEASER.search(text[max(line_start, m.start - 120) : m.end + 40]) and len(line) < 400:
        return True
    paragraph_end = text.find("\n\n", m.end)
    caption = text[m.end : min(m.end + 300, paragraph_end if paragraph_end >= 0 else len(text))]
    if _PHOTO_CREDIT.search(caption) and not _TIME.match(caption):
        return True  # a photo caption: the day the picture was taken (a time stamp heads the page instead)
    # two time-stamped dates within a few lines of each other, neither under a "published" label: a feed
    window = text[max(0, m.start - 250) : m.end + 250]
    stamped = [x for x in _STAMPED_DATE.finditer(window)]
    return len(stamped) >= 2 and not _HEADER_CUES.search(text[max(0, m.start - 60) : m.start])


_STAMPED_DATE = re.compile(
    r"\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?\s*,?\s+" + _MON + r"\s+\d{1,2},?\s+(?:19|20)\d\d", re.I
)


def _dateline_year(month: int, day: int, mentions: list[Mention]) -> tuple[date, Mention] | None:
    """The dateline's year, from a full date the text names within weeks of the dateline's day: the
    same news. A date years away (the story's background) says nothing of the dateline's year, and
    one that only falls near it in the calendar ("opened on 14 May 1961" under "June 3") is not the
    latest the text names: the latest date named must be the one near the dateline."""
    days = [m for m in mentions if m.precision == "day"]
    if not days:
        return None
    latest = max(days, key=lambda m: m.when)
    for year in (latest.when.year - 1, latest.when.year, latest.when.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if -NEAR_AFTER <= (candidate - latest.when).days <= NEAR_BEFORE:
            return candidate, latest
    return None


def _current_date(text: str, mentions: list[Mention]) -> DateGuess | None:
    """ "This visit, taking place in September 2023, ... commenced on Tuesday": an event told as going
    on now, with its date, in a text that reports current news (a weekday, today, yesterday, this
    week) is the article's time. Every such date must agree on the month; never a day."""
    if not NEWS_TIME.search(text):
        return None
    ongoing = [m for m in mentions if _ONGOING.search(text[max(0, m.start - 50) : m.start])]
    months = {(m.when.year, m.when.month) for m in ongoing}
    if len(months) != 1:
        return None
    m = ongoing[0]
    return DateGuess(
        m.when.replace(day=1).isoformat(),
        "month",
        "current",
        f"{m.text.strip()} (an event told as going on now: "
        f"{text[max(0, m.start - 50) : m.end].split(',')[-1].strip()}; news of {NEWS_TIME.search(text).group(0)})",
    )


def _weekday_date(mentions: list[Mention]) -> DateGuess | None:
    """ "on Tuesday, 5 April 2005": news names the weekday of a day within a week of the article. The
    weekday must be that date's (a misprint proves nothing), the date must be the latest the text
    names (an anniversary piece retells "Tuesday, 11 September 2001" beside this year's dates), and
    every such date must agree on the year. Never a day; the month only away from a month's edge."""
    named = [m for m in mentions if m.precision == "day" and named_weekday(m) is not None]
    named = [m for m in named if named_weekday(m) == m.when.weekday()]
    if not named:
        return None
    latest = max(m.when for m in mentions)
    if any(m.when < latest - timedelta(days=7) for m in named) or len({m.when.year for m in named}) != 1:
        return None
    m = max(named, key=lambda x: x.when)
    month_end = (date(m.when.year + m.when.month // 12, m.when.month % 12 + 1, 1) - timedelta(days=1)).day
    if (m.when.month == 1 and m.when.day <= 7) or (m.when.month == 12 and m.when.day > 24):
        return None  # a week either way may be another year
    if 8 <= m.when.day <= month_end - 7 and len({(x.when.year, x.when.month) for x in named}) == 1:
        return DateGuess(
            m.when.replace(day=1).isoformat(),
            "month",
            "weekday",
            f"{m.text.strip()} (a day named by its weekday is within a week of the article)",
        )
    return DateGuess(
        m.when.replace(month=1, day=1).isoformat(),
        "year",
        "weekday",
        f"{m.text.strip()} (a day named by its weekday is within a week of the article)",
    )


def _latest_yearless_day(text: str) -> tuple[int, int] | None:
    """The latest day the text names as past without its year ("the week ended February 22"): not a
    date, but the corpus stage's check on a month its neighbours vote for."""
    past = [
        (month, day)
        for month, day, start in find_yearless_days(text)
        if not _FUTURE_CUE.search(text[max(0, start - 60) : start])
    ]
    return max(past) if past else None


def _lower_bound(text: str, mentions: list[Mention]) -> Mention | None:
    """The latest date the text names as past, a lower bound on its publication date (not a date)."""
    past = [m for m in mentions if not _FUTURE_CUE.search(text[max(0, m.start - 60) : m.start])]
    return max(past, key=lambda m: m.when) if past else None


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
        if _in_chrome(m, text, chrome) or _furniture(m, text):
            continue
        after = text[m.end : m.end + 40]
        before = text[max(0, m.start - 60) : m.start]
        # "a still image taken from a video posted on September 3": a caption, not a stamp; but a caption
        # credit set off by a separator ("Credit: Reuters TV  LONDON | Mon Mar 21, 2011") is another element
        if _CAPTION.search(re.split(r"[|\n]", before)[-1]):
            continue
        timed = bool(_TIME.match(after))
        cued = (
            bool(_HEADER_CUES.search(before))
            or (bool(_BYLINE_NEAR.match(after)) and not _IN_SENTENCE.search(before))
            or bool(_BYLINE_BEFORE.search(before))
        )
        at_start = not text[: m.start].strip(" \t\n|-–—:")
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        # a date alone on its line: a stamp under the headline, unless a hard-wrapped sentence ends there
        # ("... debentures due\nNovember 15, 2012.")
        own_line = not (
            text[line_start : m.start].strip(" |-–—:,")
            or text[m.end : line_end if line_end >= 0 else len(text)].strip(" |-–—:,")
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
