"""The debris cleaner: take a page dumped to plain text and keep only the article.

Scraper dumps, copy-paste and `lynx -dump` output keep everything a page showed: menus, widgets
("28.6 C", a city, a date banner), "Post Comment", app banners, ad-blocker notices, related-link
headlines with their teasers, captions and credits, author bios, a repeated title. General-purpose
extractors work on HTML structure, which a text dump has lost, so this cleaner works on the shape
of lines instead, in three passes:

1. Each line gets a kind and a weight: running prose (long, full of function words, ends like a
   sentence) weighs for the article; menu items, labels and known debris (data/debris.yaml) weigh
   against it. Indentation, when the dump has it, is a strong cue: an article's paragraphs share one.
2. The article is the contiguous run of lines with the largest total weight (a maximum-sum
   segment), so headings and short lines inside the article are kept and the chrome around it is
   not, however it is laid out.
3. Inside that run, lines that are debris by themselves (captions, bios, related-link blocks,
   known phrases, a repeat of the title) are dropped; the title is lifted out into its own field.

Every dropped line is logged with its reason, so the cleaner can always say why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..yamlfile import load_yaml

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
_BULLET = re.compile(r"^([*+•·▪◦●■□►▸‣⁃–—-]|o(?= [A-Z0-9])|\d{1,2}[.)]|[a-z][.)])\s+")
_END = re.compile(r"""[.!?…:;"”’'»)\]]$""")
_SENTENCE_END = re.compile(r"""[.!?…]["”’'»)\]]*$""")
_URL = re.compile(r"^(https?://|www\.)\S+$", re.I)
# a headline whose subject is a name: "Kim Jong Un displays missiles to ..." (not "What happens next")
_HEADLINESE = re.compile(r"^([A-Z][\w'’.-]*\s){2,4}[a-z]+s\b")
_BIO = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3},? (?:is|was|has been|has|covers|writes|reports|joined)\b"
    r".{0,250}\b(?:journalist|writer|reporter|editor|correspondent|columnist|author|contributor|analyst|"
    r"blogger|freelancer?|journalism|news ?room|staff writer|media studies)\b",
    re.S,
)
_CAPTION_VIEW = re.compile(
    r"^(a|an|the)( [\w'’-]+){0,3} (view|photo|photograph|picture|image|shot|scene|close-up|snapshot|"
    r"illustration|aerial view|general view) (of|shows|showing|from)\b",
    re.I,
)
_IMAGE_ID = re.compile(r"^[A-Z0-9]{6,12}$")
_TABLE_ROW = re.compile(r"\S(\s{2,}|\t)\S.*\S(\s{2,}|\t)\S")
_GLUED_TEASER = re.compile(r"^(?:[A-Z0-9‘'\"][\w'’‘:,$&-]*\s+){3,}[\w'’-]*[a-z0-9?!’'\"][A-Z][a-z]")
# lines that end an article in most templates: past them lies the rest of the site
_END_KINDS = {"comments", "related_and_navigation", "multilingual_related", "consent"}


@dataclass(slots=True)
class Line:
    """One line of the dump and what the cleaner thinks of it."""

    index: int
    raw: str
    text: str  # stripped, bullet marker removed
    indent: int
    bullet: bool
    words: int
    stop: float  # share of function words
    ends_sentence: bool
    kind: str = "blank"  # blank | prose | medium | short | nav | debris | junk | url
    reason: str = ""
    weight: float = 0.0


@dataclass(slots=True)
class Cleaned:
    """The cleaner's result: the article text, its title and the log of what was removed."""

    text: str
    title: str | None = None
    removed: list[tuple[int, str, str]] = field(default_factory=list)  # (line number, line, reason)
    chrome_dates: list[str] = field(default_factory=list)  # date banners seen in the page chrome
    outlet: str | None = None  # the outlet a "Source: ..." line names, removed from the text but kept here


class Patterns:
    """The debris phrase list: compiled regular expressions by kind, each with a length limit."""

    def __init__(self, table: dict[str, dict]):
        self.kinds: list[tuple[str, int, re.Pattern[str]]] = []
        self.names = frozenset(table)
        for kind, spec in table.items():
            joined = "|".join(f"(?:{p})" for p in spec["patterns"])
            self.kinds.append((kind, int(spec.get("max_words", 20)), re.compile(rf"^(?:{joined})$", re.I)))

    def match(self, text: str, words: int) -> str | None:
        """The kind of debris `text` is, or None."""
        for kind, max_words, pattern in self.kinds:
            if words <= max_words and pattern.match(text):
                return kind
        return None

    @classmethod
    def load(cls, extra: list[str | Path] | None = None) -> Patterns:
        """The built-in phrase list plus the user's files (same YAML shape)."""
        table = _read_yaml(resources.files("storyline.extract").joinpath("data/debris.yaml").read_text("utf-8"))
        for path in extra or []:
            for kind, spec in _read_yaml(Path(path).read_text("utf-8")).items():
                if kind in table:
                    table[kind] = {**table[kind], "patterns": table[kind]["patterns"] + spec.get("patterns", [])}
                else:
                    table[kind] = spec
        return cls(table)


def _read_yaml(text: str) -> dict[str, dict]:
    data = load_yaml(text) or {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) and "patterns" in v for v in data.values()):
        raise ValueError("debris file must map each kind to {max_words, patterns: [...]}")
    return data


@lru_cache(maxsize=1)
def default_patterns() -> Patterns:
    return Patterns.load()


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    words: set[str] = set()
    text = resources.files("storyline.extract").joinpath("data/stopwords.txt").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#") and ":" in line:
            words.update(line.split(":", 1)[1].split())
    return frozenset(words)


def _line(index: int, raw: str, stop_words: frozenset[str]) -> Line:
    expanded = raw.replace("\t", "    ").rstrip()
    stripped = expanded.strip()
    indent = len(expanded) - len(expanded.lstrip())
    bullet = False
    m = _BULLET.match(stripped)
    if m and len(stripped) > len(m.group(0)) - 1:
        bullet = True
        stripped = stripped[m.end() :].strip()
    elif stripped in ("*", "+", "-", "•", "·"):
        bullet, stripped = True, ""
    if stripped.startswith("#"):  # markdown heading
        stripped = stripped.lstrip("#").strip()
    words = _WORD.findall(stripped)
    n = len(words)
    stop = sum(1 for w in words if w.lower() in stop_words) / n if n else 0.0
    return Line(index, raw, stripped, indent, bullet, n, stop, bool(_SENTENCE_END.search(stripped)))


def unwrap(raw_lines: list[str], min_wrapped: int = 6) -> list[tuple[int, str]]:
    """Join hard-wrapped lines back into paragraphs: [(first line number, paragraph)].

    Wire copy and e-mail exports wrap text at a fixed width ("the Bahia cocoa zone, alleviating the
    drought since early"); a line of such text is not a unit of the page. A text counts as wrapped
    when most of its lines end near one width; a new paragraph starts after a blank line, at a
    deeper indent, or at a bullet.
    """
    lengths = sorted(len(line.rstrip()) for line in raw_lines if line.strip())
    if len(lengths) < 4:
        return list(enumerate(raw_lines))
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for n in lengths if n >= width - 15)
    if not 40 <= width <= 120 or near < max(min_wrapped, len(lengths) / 2):
        return list(enumerate(raw_lines))
    # wire copy marks paragraphs by indenting their first line; there a line that happens to end in a full
    # stop ("said Gil L.") is no paragraph end: only an indent, a blank line or a bullet starts one
    indent_marks = sum(1 for line in raw_lines if line.strip() and line[:1] in " \t") >= 2
    out: list[tuple[int, str]] = []
    current: tuple[int, str] | None = None
    previous = ""
    for i, line in enumerate(raw_lines):
        stripped = line.rstrip()
        if not stripped.strip():
            if current:
                out.append(current)
                current = None
            out.append((i, ""))
            previous = ""
            continue
        indent = len(stripped) - len(stripped.lstrip())
        # a wrapped line stops mid-sentence: on a word, a comma or a hyphen
        ended = not indent_marks and (
            not re.search(r"[\w,;-]$", previous)
            or (bool(_SENTENCE_END.search(previous)) and len(previous) < width - 20)
        )
        bullet = _BULLET.match(stripped.lstrip()) is not None
        if current is None or ended or indent > 0 or bullet:
            if current:
                out.append(current)
            # in wrapped text an indent marks a paragraph, not a column: drop it
            current = (i, stripped.lstrip())
        else:
            current = (current[0], current[1] + " " + stripped.strip())
        previous = stripped
    if current:
        out.append(current)
    joined = sum(1 for line in raw_lines if line.strip()) - sum(1 for _, text in out if text)
    if joined < max(2, 0.15 * len(lengths)):
        return list(enumerate(raw_lines))  # hardly anything was wrapped: keep the lines (and their columns)
    return out


def _is_title_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.75


def _classify(line: Line, patterns: Patterns, cjk: bool) -> None:
    """Give a line its kind, reason and (indent-independent) weight."""
    if not line.text:
        line.kind, line.weight = ("nav", -0.5) if line.bullet else ("blank", 0.0)
        return
    words = line.words
    if words == 0:
        line.kind, line.reason, line.weight = "junk", "no words", -1.0
        return
    kind = patterns.match(line.text, words)
    if kind:
        line.kind, line.reason, line.weight = "debris", kind, -10.0 if kind in _END_KINDS else -6.0
        return
    if _URL.match(line.text):
        line.kind, line.reason, line.weight = "url", "bare link", -0.5
        return
    if _TABLE_ROW.search(line.raw.strip()) and sum(c.isdigit() for c in line.text) >= 2:
        line.kind, line.weight = "table", 0.5
        return
    if _GLUED_TEASER.match(line.text) and not line.bullet:
        line.kind, line.reason, line.weight = "debris", "headline glued to its teaser", -4.0
        return
    # CJK text has no spaces: count characters as a proxy for words
    size = len(line.text) / 2.5 if cjk else words
    prose_like = line.stop >= 0.18 or cjk or line.ends_sentence
    if size >= 12 and prose_like and (line.ends_sentence or line.stop >= 0.25 or size >= 25):
        line.kind, line.weight = "prose", min(size, 80.0)
    elif size >= 6 and line.ends_sentence and (line.stop >= 0.05 or _lowercase_share(line.text) >= 0.5):
        line.kind, line.weight = "medium", size * 0.5
    elif line.bullet and words <= 6:
        line.kind, line.reason, line.weight = "nav", "menu item", -3.0
    else:
        line.kind, line.weight = "short", -1.5


def _candidate_indents(lines: list[Line]) -> list[int | None]:
    """Columns that could hold the article: the indents carrying most prose (None: ignore indents)."""
    content = [ln for ln in lines if ln.kind != "blank"]
    if sum(ln.indent == 0 for ln in content) >= 0.8 * len(content):
        return [None]  # a flat dump: indentation says nothing
    mass: dict[int, float] = {}
    for line in lines:
        if line.kind == "prose":
            mass[line.indent] = mass.get(line.indent, 0.0) + line.weight
    ranked = sorted(mass, key=lambda k: -mass[k])[:3]
    return ranked or [None]


def _weights(lines: list[Line], body_indent: int | None) -> list[float]:
    """Each line's weight for the segment search, given the column the article is assumed in."""
    weights = []
    for ln in lines:
        w = ln.weight
        if body_indent is not None and ln.kind != "blank":
            if ln.indent == body_indent:
                w = w + 1.0 if w < 0 else w * 1.1  # same column as the article: likely part of it
            elif ln.kind in ("prose", "medium"):
                w = -0.1 * w  # prose in another column: a sidebar or teaser list, unless bridged
            else:
                w -= 1.5
        weights.append(w)
    return weights


_CONTEXT_FACTOR = (0.5, 1.0, 1.3)


def _weigh_context(lines: list[Line]) -> None:
    """Prose among prose counts more than an isolated paragraph: articles are runs of paragraphs,
    teaser lists are single paragraphs between bylines, dates and headlines."""
    content = [ln for ln in lines if ln.kind != "blank"]
    for i, ln in enumerate(content):
        if ln.kind not in ("prose", "medium"):
            continue
        neighbours = sum(
            1 for j in (i - 1, i + 1) if 0 <= j < len(content) and content[j].kind in ("prose", "medium", "table")
        )
        ln.weight *= _CONTEXT_FACTOR[neighbours]


def _mark_repeats(lines: list[Line]) -> None:
    """A line that recurs three times or more on one page is template (share bars, labels)."""
    counts: dict[str, int] = {}
    for ln in lines:
        if ln.kind != "blank" and ln.words:
            counts[ln.text] = counts.get(ln.text, 0) + 1
    for ln in lines:
        if ln.kind in ("short", "medium", "nav", "prose") and counts.get(ln.text, 0) >= 3 and ln.words <= 40:
            ln.kind, ln.reason, ln.weight = "debris", "repeated line", -4.0


def _best_segment(weights: list[float]) -> tuple[int, int]:
    """Indices [start, end) of the maximum-sum contiguous segment (Kadane)."""
    best, best_span = float("-inf"), (0, 0)
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = w, i
        else:
            total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def _headline_like(line: Line) -> bool:
    if not (3 <= line.words <= 25) or line.ends_sentence or line.kind not in ("short", "medium", "prose"):
        return False
    digits = sum(w.isdigit() for w in _WORD.findall(line.text))
    return digits <= line.words * 0.3 and "www." not in line.text and line.text.count(":") <= 1


def _norm(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(text))


PAGE_CHROME_LINES = 2  # chrome lines that make a record's text a page dump rather than an article
_SOURCE_LINE = re.compile(r"^(?:source|sources|via|courtesy of)\s*:\s*(?P<outlet>.{2,80}?)\s*$", re.I)
_NOT_AN_OUTLET = re.compile(r"\b(reuters|ap|afp)\s*/|https?://|\b(said|says|told|according)\b", re.I)


def _outlet(lines: list[Line]) -> str | None:
    """The outlet a byline such as "Source: Times of Israel" names: the line is debris, its value is not."""
    for ln in lines:
        if ln.reason == "bylines_and_sources" and ln.words <= 8:
            m = _SOURCE_LINE.match(ln.text)
            if m and not _NOT_AN_OUTLET.search(m["outlet"]):
                return m["outlet"].strip(" .")
    return None


def clean(text: str, patterns: Patterns | None = None, *, record: bool = False) -> Cleaned:
    """Keep the article in a plain-text page dump; see the module docstring for how.

    `record=True` is for text that arrived as a record's text field (JSONL, CSV, a feed item): it is
    already the article, so no segment is chosen and no title is lifted out; only lines that are
    debris by their own evidence (known phrases, lines without words) are dropped. Unless the record
    holds a whole page dumped to text: PAGE_CHROME_LINES or more lines that are chrome by themselves
    (known debris phrases, menu bullets, bare links) say so, and then the page is cleaned as a page.
    Wire copy has none (1 of 2,761 Reuters stories has two); page dumps have many (91 of 92 dev dumps).
    """
    patterns = patterns or default_patterns()
    stop_words = stopwords()
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # a record's text is one article: a short wire story wrapped over four lines is still wrapped
    lines = [_line(i, raw, stop_words) for i, raw in unwrap(raw_lines, 3 if record else 6)]
    cjk = _mostly_cjk(text)
    for line in lines:
        _classify(line, patterns, cjk)
    _mark_repeats(lines)
    _weigh_context(lines)
    content = [ln for ln in lines if ln.kind != "blank"]
    if not content:
        return Cleaned("")
    removed: list[tuple[int, str, str]] = []
    outlet = _outlet(content)

    chrome_lines = sum(
        1 for ln in content if ln.kind in ("nav", "url") or (ln.kind == "debris" and ln.reason in patterns.names)
    )
    if record and chrome_lines < PAGE_CHROME_LINES:
        kept = []
        for ln in content:
            # a line that starts in lower case continues the sentence above it (wrapped copy): never debris
            continuation = ln.text[:1].islower()
            if ln.kind == "junk" or (ln.kind == "debris" and ln.reason in patterns.names and not continuation):
                removed.append((ln.index, ln.raw.strip(), ln.reason))
            else:
                kept.append(ln)
        if not kept:  # only debris-looking lines: a record's text is never thrown away whole
            kept, removed = content, []
        return Cleaned("\n\n".join(ln.text for ln in kept), None, removed, [], outlet)

    # a text with no debris signal at all (a clean feed item, a single sentence) is kept whole
    if all(ln.kind in ("prose", "medium") for ln in content):
        return Cleaned("\n\n".join(ln.text for ln in content), outlet=outlet)

    # try each column that holds much prose as the article's column; keep the best segment
    best: tuple[float, int, int, int | None] | None = None
    for indent in _candidate_indents(lines):
        weights = _weights(lines, indent)
        seg_start, seg_end = _best_segment(weights)
        total = sum(weights[seg_start:seg_end])
        if best is None or total > best[0]:
            best = (total, seg_start, seg_end, indent)
    assert best is not None
    _, start, end, body_indent = best
    region = lines[start:end]
    for ln in lines[:start] + lines[end:]:
        if ln.kind != "blank":
            removed.append((ln.index, ln.raw.strip(), ln.reason or "outside the article"))

    title = _find_title(lines, start, region)
    chrome_dates = _chrome_dates(lines, start, title)

    kept: list[Line] = []
    n_region = len(region)
    title_norm = _norm(title) if title else None
    for pos, ln in enumerate(region):
        if ln.kind == "blank":
            continue
        reason = None
        if ln.kind in ("debris", "junk"):
            reason = ln.reason
        elif title_norm and _norm(ln.text) == title_norm:
            reason = "repeated title"
        elif (
            body_indent is not None
            and ln.indent != body_indent
            and ln.kind in ("short", "nav", "url")
            and not ln.ends_sentence
        ):
            reason = "off the article's column"
        elif ln.kind == "nav":
            reason = "menu item"
        elif _CAPTION_VIEW.match(ln.text) and ln.words <= 30:
            reason = "photo caption"
        elif _IMAGE_ID.match(ln.text.split(" ")[0]) and ln.words <= 3 and any(c.isdigit() for c in ln.text):
            reason = "image id"
        elif ln.words >= 20 and pos >= n_region * 0.6 and _BIO.match(ln.text):
            reason = "author bio"
        if reason:
            removed.append((ln.index, ln.raw.strip(), reason))
        else:
            kept.append(ln)

    kept = _drop_related_blocks(kept, removed)
    kept = _trim_edges(kept, removed)
    if not any(ln.kind in ("prose", "medium") for ln in kept):
        # no running prose anywhere (an earnings table, a list of figures): nothing looks like an
        # article body, so keep every line that is not known debris rather than lose the record
        kept = [ln for ln in lines if ln.kind not in ("blank", "debris", "junk")]
        removed = [(ln.index, ln.raw.strip(), ln.reason) for ln in lines if ln.kind in ("debris", "junk")]
        title = None
    removed.sort()
    return Cleaned("\n\n".join(ln.text for ln in kept), title, removed, chrome_dates, outlet)


_DATE_WORDS = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}\b|\d{1,2}/\d{1,2}/\d{2,4}", re.I
)
_TEMPERATURE = re.compile(r"^-?\d{1,3}([.,]\d)?\s*°?\s*[CF]$")


def _chrome_dates(lines: list[Line], start: int, title: str | None) -> list[str]:
    """Date banners of the site chrome: date lines above the headline, or next to a weather widget.

    A date line under the headline is the article's own; one above it, among menus and widgets,
    is the day the page was rendered ("Monday, February 26, 2024" beside "28.6 C").
    """
    title_at = next((ln.index for ln in lines[:start] if title and ln.text == title), None)
    out = []
    for i, ln in enumerate(lines[:start]):
        if ln.reason != "widgets_and_chrome" or not _DATE_WORDS.search(ln.text):
            continue
        near = [x.text for x in lines[max(0, i - 3) : i + 4] if x.kind != "blank"]
        if (title_at is not None and ln.index < title_at) or any(_TEMPERATURE.match(t) for t in near):
            out.append(ln.text)
    return out


def _find_title(lines: list[Line], start: int, region: list[Line]) -> str | None:
    """The headline: the nearest headline-like line above the article, else its first heading."""
    for ln in reversed(lines[max(0, start - 12) : start]):
        if ln.kind == "debris" or ln.bullet:
            continue
        if _headline_like(ln) and not ln.text.endswith(":"):
            return ln.text
    for ln in region[:6]:
        if ln.kind == "prose":
            break
        if _headline_like(ln) and not ln.bullet:
            return ln.text
    return None


def _drop_related_blocks(kept: list[Line], removed: list[tuple[int, str, str]]) -> list[Line]:
    """Drop related-link headlines inside the article, with the teaser under each.

    A related link reads as a headline: no final full stop, sentence case, a present-tense verb right
    after a name ("Kim Jong Un displays missiles to ..."). Subheadings are usually noun phrases or
    Title Case, so they are not touched. A teaser is the single sentence right after such a headline;
    a short headlinese sentence right before it belongs to the same block.
    """
    drop: set[int] = set()
    for i, ln in enumerate(kept):
        if not (_headline_like(ln) and 6 <= ln.words <= 16 and not _is_title_case(ln.text)):
            continue
        if not _HEADLINESE.match(ln.text):
            continue
        if i == 0 or i == len(kept) - 1:
            continue  # a headline at the very edge is the title or a trailing link, handled elsewhere
        drop.add(i)
        nxt = kept[i + 1]
        if nxt.kind in ("prose", "medium") and nxt.words <= 35 and _sentences(nxt.text) == 1 and i + 2 < len(kept):
            drop.add(i + 1)
        prv = kept[i - 1]
        if prv.words <= 16 and _sentences(prv.text) == 1 and _HEADLINESE.match(prv.text) and i - 1 > 0:
            drop.add(i - 1)
    for i in sorted(drop):
        removed.append((kept[i].index, kept[i].raw.strip(), "related link"))
    return [ln for i, ln in enumerate(kept) if i not in drop]


def _trim_edges(kept: list[Line], removed: list[tuple[int, str, str]]) -> list[Line]:
    """Short non-sentence lines at the very end of the article are labels and link lists."""
    while kept and kept[-1].kind == "short" and not kept[-1].ends_sentence and kept[-1].words <= 6:
        ln = kept.pop()
        removed.append((ln.index, ln.raw.strip(), "trailing label"))
    return kept


def _lowercase_share(text: str) -> float:
    words = _WORD.findall(text)
    return sum(w[0].islower() for w in words) / len(words) if words else 0.0


def _sentences(text: str) -> int:
    return max(1, len(re.findall(r"[.!?…][\"”’')\]]*(?:\s|$)", text)))


def _mostly_cjk(text: str) -> bool:
    sample = text[:2000]
    cjk = sum(1 for c in sample if "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af")
    return cjk > len(sample) * 0.2
