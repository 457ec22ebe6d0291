"""The typed records that flow between pipeline stages.

Each stage takes records of one kind and returns records of the next, so the data flow reads
straight off this file:

    ingest   -> Source | Problem      (one input record, raw, with its provenance)
    extract  -> Article | Problem     (clean text, title, date and where the date came from)
    store    -> CodeJob               (a stored article the language stages have not coded yet)
    annotate -> spaCy Doc             (sentences, entities, parse; not stored)
    events   -> Coded                 (actor mentions, event mentions, quotes of one article)

Records are plain slotted dataclasses: cheap to pickle between worker processes and easy to turn
into store rows. Every derived row carries its evidence (article id, sentence, character offsets).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypedDict


@dataclass(slots=True)
class Problem:
    """An input, or a record inside one, that could not become an article, and why.

    `severity` is "error" when something was lost (the record gave no article) and "warning" when
    the input was damaged but its content was recovered (a truncated gzip whose earlier records
    were read, a feed that was not well formed).
    """

    path: str
    reason: str  # short stable code, e.g. "binary", "empty", "bad_json"
    detail: str  # a sentence a person can act on
    record: int | None = None  # 1-based record number inside the input, when the input holds many
    severity: str = "error"
    stage: str = "ingest"


class StoredOrigin(NamedTuple):
    """What the store holds under an article id: its content hash and the input it came from
    (read when a new record arrives with that id, to tell an update from another record)."""

    content_hash: str
    input_path: str
    input_record: int | None = None
    this_run: bool = False  # written earlier in the run that is placing the batch


@dataclass(slots=True)
class Source:
    """One raw input record: the text or HTML of one article plus what the container said of it."""

    id: str
    path: str  # the input file (or "-" for standard input)
    format: str  # html | text | json | jsonl | csv | warc | feed
    content: str
    is_html: bool
    record: int | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # as given by the container, unparsed
    source: str | None = None  # site or outlet name as given
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class DateGuess:
    """A document date and the evidence for it. `precision` is day, month, year or unknown."""

    value: str | None  # ISO date (YYYY-MM-DD), truncated meaningfully by precision
    precision: str = "unknown"
    origin: str = "none"  # metadata | header | dateline | text | content | none
    evidence: str = ""  # the string the date was read from


@dataclass(slots=True)
class Article:
    """A clean article: what every later stage reads."""

    id: str
    text: str
    input_path: str
    format: str
    content_hash: str
    input_record: int | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: str = "unknown"
    published_from: str = "none"
    published_evidence: str = ""
    language: str | None = None
    language_score: float | None = None
    removed_lines: int = 0  # debris lines the cleaner dropped (plain-text inputs)
    extra: dict[str, Any] = field(default_factory=dict)
    terms: list[tuple[str, float]] = field(default_factory=list)  # key terms, for dating from neighbours
    story_terms: list[tuple[str, float]] = field(default_factory=list)  # terms stories are clustered by
    text_hash: str | None = None  # hash of the normalised text: exact copies share it
    minhash: list[int] = field(default_factory=list)  # MinHash signature: near copies share bands of it


@dataclass(slots=True)
class CodeJob:
    """One stored article handed to the language stages: what the coder needs and no more."""

    article_id: str
    text: str
    published: Any = None  # a date, or an ISO string, or None
    precision: str = "unknown"  # day | month | year | unknown
    language: str | None = None


@dataclass(slots=True)
class ActorMention:
    """A span in an article that names an actor, with what the text says of it."""

    article_id: str
    sentence_index: int
    start: int  # character offsets in the article text
    end: int
    text: str
    label: str  # spaCy entity label or "NOUN" for common-noun actors ("protesters")
    key: str  # the actor key it resolved to inside this article, e.g. "country:RUS", "person:lavrov"
    name: str  # the best name for the key in this article
    kind: str  # country | person | org | group | place
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # CAMEO/PLOVER agent type: GOV, MIL, REB, BUS, MED, ...
    role: str | None = None  # "foreign minister"
    role_evidence: str | None = None  # the sentence the role came from


class Party(TypedDict):
    """An actor or recipient of an event as the sentence names it, resolved to an actor key. A typed
    dict rather than a dataclass: it is stored and exported as JSON exactly as it is."""

    text: str  # the words in the sentence
    key: str  # the actor key in the article: country:RUS, person:sergei lavrov, group:RUS:GOV
    name: str  # the best name for the key in this article
    country: str | None  # ISO 3166 alpha-3
    sector: str | None  # CAMEO/PLOVER agent type
    start: int  # character offsets in the article text
    end: int


# The statuses of an event mention, the one place they are spelled: what the text asserts
# (happened, ongoing, planned) and what it does not (a condition or a doubt; a denial).
ASSERTED_STATUSES = ("happened", "ongoing", "planned")
UNASSERTED_STATUSES = ("hypothetical", "negated")
STATUSES = ASSERTED_STATUSES + UNASSERTED_STATUSES


@dataclass(slots=True)
class EventMention:
    """One coded event in one sentence, with everything needed to see why it exists."""

    article_id: str
    sentence_index: int
    sentence: str
    sentence_start: int
    type: str  # PLOVER type
    mode: str | None
    trigger: str
    trigger_start: int
    trigger_end: int
    actors: list[Party]
    recipients: list[Party]
    status: str  # happened | ongoing | planned | hypothetical | negated
    negated: bool
    date: str | None
    date_precision: str
    date_text: str | None
    attributed_to: str | None
    attribution_key: str | None
    location: str | None
    location_country: str | None
    latitude: float | None
    longitude: float | None
    cameo_root: str
    quad_class: int
    score: float
    rule: str
    background: bool = False  # named in passing ("after the clashes"), not reported as news


@dataclass(slots=True)
class Quote:
    """Direct or reported speech with its speaker resolved to an actor key."""

    article_id: str
    sentence_index: int
    speaker: str | None
    speaker_key: str | None
    text: str
    start: int
    end: int
    kind: str  # direct | reported
    cue: str  # the speech verb


@dataclass(slots=True)
class Coded:
    """Everything the language stages found in one article."""

    article_id: str
    actors: list[ActorMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sentences: int = 0
    skipped: str | None = None  # why the article was not coded ("language: fr"), else None
