"""One column spec per table: the DuckDB schema, the Arrow schemas the writers use and the columns
the plain exports write all come from here, so a column is added in one place.

A column's `export` flag says whether `storyline export` writes it (bookkeeping such as
`nlp_version` stays in the store). Tables whose export rows are built from several tables (event
mentions with canonical actors) name their export fields in store/export.py, from these columns.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from ..records import UNASSERTED_STATUSES

_ARROW = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "UBIGINT": pa.uint64(),
    "UINTEGER[]": pa.list_(pa.uint32()),
}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # DuckDB type
    doc: str = ""
    export: bool = True
    primary_key: bool = False

    def ddl(self) -> str:
        quoted = f'"{self.name}"' if self.name in ("end", "start", "key", "text") else self.name
        return f"{quoted} {self.type}" + (" PRIMARY KEY" if self.primary_key else "")


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    doc: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def export_names(self) -> list[str]:
        return [c.name for c in self.columns if c.export]

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([(c.name, _ARROW[c.type]) for c in self.columns])

    def ddl(self) -> str:
        cols = ",\n    ".join(c.ddl() for c in self.columns)
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n    {cols}\n);"

    def arrow(self, rows: list[dict]) -> pa.Table:
        """Rows (dicts with at least these columns) as an Arrow table in this table's column order.
        Built column by column: a dict per row, as `from_pylist` takes them, costs the driver a
        quarter of a second per thousand articles, on the cores the workers parse with."""
        return pa.Table.from_arrays(
            [pa.array([r.get(c.name) for r in rows], type=_ARROW[c.type]) for c in self.columns],
            schema=self.arrow_schema(),
        )


def C(name: str, type_: str, doc: str = "", export: bool = True, primary_key: bool = False) -> Column:
    return Column(name, type_, doc, export, primary_key)


META = Table("meta", "store settings: schema_version", (C("key", "VARCHAR", primary_key=True), C("value", "VARCHAR")))

RUNS = Table(
    "runs",
    "one row per run",
    (
        C("run_id", "INTEGER", primary_key=True),
        C("started", "TIMESTAMP"),
        C("finished", "TIMESTAMP"),
        C("command", "VARCHAR"),
        C("status", "VARCHAR", "running | finished | interrupted | failed"),
        C("summary", "VARCHAR", "JSON: the run summary the CLI printed"),
    ),
)

INPUTS = Table(
    "inputs",
    "one row per input file (or - for standard input): what decides whether it is new",
    (
        C("path", "VARCHAR", primary_key=True),
        C("format", "VARCHAR", "html | text | json | jsonl | csv | tsv | warc | feed | binary | unknown"),
        C("compressed", "BOOLEAN"),
        C("size", "BIGINT"),
        C("sha256", "VARCHAR"),
        C("encoding", "VARCHAR"),
        C("records", "INTEGER", "records read (articles + problems)"),
        C("articles", "INTEGER"),
        C("problems", "INTEGER"),
        C("skipped", "INTEGER", "records that are not articles by nature (WARC requests, images)"),
        C("status", "VARCHAR", "done: every record is stored; a re-run skips the file while sha256 matches"),
        C("run_id", "INTEGER"),
        C("seen_at", "TIMESTAMP"),
        C("extract_version", "VARCHAR", "version of the extract stage that read it", export=False),
    ),
)

ARTICLES = Table(
    "articles",
    "clean articles; all character offsets elsewhere refer to their text",
    (
        C("id", "VARCHAR", "the record's id, else the path (or URL); never rewritten", primary_key=True),
        C("url", "VARCHAR"),
        C("source", "VARCHAR", "outlet or site"),
        C("title", "VARCHAR"),
        C("author", "VARCHAR"),
        C("published", "DATE", "truncated to its precision (2023-10-01 with precision month)"),
        C("published_precision", "VARCHAR", "day | month | year | unknown"),
        C(
            "published_from",
            "VARCHAR",
            "metadata | header | footer | dateline | content | crawl | corpus | reference | none",
        ),
        C("published_evidence", "VARCHAR", "the string or reason the date was read from"),
        C("language", "VARCHAR", "ISO 639-1; NULL: undecided (too little text), read as English"),
        C("language_score", "DOUBLE", export=False),
        C("text", "VARCHAR", "clean article text"),
        C("input_path", "VARCHAR"),
        C("input_record", "INTEGER"),
        C("format", "VARCHAR"),
        C("content_hash", "VARCHAR", export=False),
        C("removed_lines", "INTEGER", "debris lines the text cleaner dropped"),
        C("extra", "VARCHAR", "JSON: fields of the input record storyline does not use"),
        C("nlp_version", "VARCHAR", "version of the language stages that coded it (NULL: not yet)", export=False),
        C("nlp_note", "VARCHAR", "why the language stages skipped it, if they did", export=False),
        C("sentences", "INTEGER", export=False),
        C("run_id", "INTEGER", export=False),
        C("added_at", "TIMESTAMP", export=False),
        C("story_id", "VARCHAR", "the story the article belongs to (corpus stage stories)"),
        C("duplicate_of", "VARCHAR", "the original this article copies (NULL: it is an original)"),
        C("relation", "VARCHAR", "exact | near | rewrite: how it copies its original"),
        C("duplicate_similarity", "DOUBLE", "estimated share of wording shared with the original", export=False),
        C("duplicates_checked", "BOOLEAN", "the duplicates stage has matched it against the index", export=False),
        C("rewrites_checked", "BOOLEAN", "the rewrites stage has compared it with its story", export=False),
    ),
)

STORY_TERMS = Table(
    "story_terms",
    "the terms story clustering compares articles by (weights sum to 1)",
    (C("article_id", "VARCHAR"), C("term", "VARCHAR"), C("weight", "DOUBLE")),
)

SIGNATURES = Table(
    "article_signatures",
    "text fingerprints: the normalised text's hash and its MinHash signature",
    (C("article_id", "VARCHAR", primary_key=True), C("text_hash", "VARCHAR"), C("minhash", "UINTEGER[]")),
)

BANDS = Table(
    "article_bands",
    "locality-sensitive hashing bands of each signature: articles sharing a band are copy candidates",
    (C("article_id", "VARCHAR"), C("band", "INTEGER"), C("hash", "UBIGINT")),
)

STORIES = Table(
    "stories",
    "stories: articles about one real-world event, rebuilt for the stories a run touched",
    (
        C("story_id", "VARCHAR", primary_key=True),
        C("title", "VARCHAR", "the headline of its most central article"),
        C("first_date", "DATE"),
        C("first_precision", "VARCHAR"),
        C("last_date", "DATE"),
        C("last_precision", "VARCHAR"),
        C("articles", "INTEGER", "articles in the story, copies included"),
        C("originals", "INTEGER", "articles that are not copies of another"),
        C("sources", "VARCHAR", "JSON list of outlets"),
        C("article_ids", "VARCHAR", "JSON list of article ids, earliest first"),
        C("summary", "VARCHAR", "JSON list of {sentence, article_id, start, end}: 3-5 sentences with citations"),
        C("terms", "VARCHAR", "JSON list of the story's top terms"),
        C("conflicts_checked", "BOOLEAN", "its texts were read for conflicts since it last changed", export=False),
    ),
)

ARTICLE_TERMS = Table(
    "article_terms",
    "key terms of each article (weights sum to 1): what corpus stages compare articles by",
    (C("article_id", "VARCHAR"), C("term", "VARCHAR"), C("weight", "DOUBLE")),
)

PROBLEMS = Table(
    "problems",
    "inputs or records that gave no article (error) or were damaged but read (warning), and why",
    (
        C("path", "VARCHAR"),
        C("record", "INTEGER", "1-based record number inside the input (NULL: the whole input)"),
        C("stage", "VARCHAR", "ingest | extract | annotate"),
        C("reason", "VARCHAR", "a code from storyline.problems.REASONS"),
        C("detail", "VARCHAR"),
        C("severity", "VARCHAR", "error: nothing was kept; warning: recovered what could be read"),
        C("run_id", "INTEGER"),
        C("logged_at", "TIMESTAMP"),
    ),
)

ENTITY_MENTIONS = Table(
    "entity_mentions",
    "actors as the text names them, one row per mention",
    (
        C("article_id", "VARCHAR"),
        C("sentence_index", "INTEGER"),
        C("start", "INTEGER", "character offsets in articles.text"),
        C("end", "INTEGER"),
        C("text", "VARCHAR"),
        C("label", "VARCHAR", "spaCy label (PERSON, ORG, GPE, NORP, ...) or NOUN for 'protesters'"),
        C("key", "VARCHAR", "actor key inside the article: country:RUS, person:sergei lavrov, ..."),
        C("kind", "VARCHAR"),
        C("country", "VARCHAR"),
        C("sector", "VARCHAR"),
        C("role", "VARCHAR"),
        C("role_evidence", "VARCHAR"),
    ),
)

ENTITIES = Table(
    "entities",
    "canonical actors across the corpus (rebuilt by the actors corpus stage after every run)",
    (
        C("entity_id", "VARCHAR", primary_key=True),
        C("name", "VARCHAR"),
        C("kind", "VARCHAR", "country | person | org | group | place"),
        C("country", "VARCHAR", "ISO 3166 alpha-3"),
        C("sector", "VARCHAR", "GOV, MIL, REB, BUS, MED, ... (CAMEO/PLOVER agent types)"),
        C("role", "VARCHAR", "latest role the text gives ('foreign minister')"),
        C("role_date", "DATE", "date of the article that gave that role"),
        C("role_article", "VARCHAR"),
        C("role_sentence", "VARCHAR"),
        C("aliases", "VARCHAR", "JSON list of the names used"),
        C("mentions", "INTEGER"),
        C("articles", "INTEGER"),
    ),
)

ACTOR_KEYS = Table(
    "actor_keys",
    "per-article actor keys -> canonical entity",
    (C("key", "VARCHAR", primary_key=True), C("entity_id", "VARCHAR")),
)

ACTOR_CHANGES = Table(
    "actor_changes",
    "actor keys whose mentions were added, removed or re-dated since the actors stage last ran: the "
    "stage recomputes only the actors these keys count for",
    (C("key", "VARCHAR", primary_key=True),),
)

EVENTS = Table(
    "events",
    "event mentions: one coded event in one sentence, with its evidence",
    (
        C("article_id", "VARCHAR"),
        C("sentence_index", "INTEGER"),
        C("sentence", "VARCHAR"),
        C("sentence_start", "INTEGER"),
        C("type", "VARCHAR", "PLOVER event type"),
        C("mode", "VARCHAR"),
        C("trigger", "VARCHAR"),
        C("trigger_start", "INTEGER"),
        C("trigger_end", "INTEGER"),
        C("actors", "VARCHAR", "JSON list of parties {text, key, name, country, sector, start, end}"),
        C("recipients", "VARCHAR", "JSON list, same shape"),
        C("status", "VARCHAR", "happened | ongoing | planned | hypothetical | negated"),
        C("negated", "BOOLEAN"),
        C("date", "DATE"),
        C("date_precision", "VARCHAR"),
        C("date_text", "VARCHAR", "the expression the date was resolved from (NULL: the article's date)"),
        C("attributed_to", "VARCHAR"),
        C("attribution_key", "VARCHAR"),
        C("location", "VARCHAR"),
        C("location_country", "VARCHAR"),
        C("latitude", "DOUBLE"),
        C("longitude", "DOUBLE"),
        C("cameo_root", "VARCHAR"),
        C("quad_class", "INTEGER"),
        C("score", "DOUBLE"),
        C("rule", "VARCHAR", "the pattern or construction that made the row"),
        C("background", "BOOLEAN", "named in passing ('after the clashes'), not the sentence's news"),
        C("mention_id", "VARCHAR", "article id # the mention's number in the article"),
        C("event_id", "VARCHAR", "the merged event this mention is part of (corpus stage events)"),
        C("date_evidence", "VARCHAR", "how a date not read from the sentence itself was found (cross-reference)"),
    ),
)

MERGED_EVENTS = Table(
    "merged_events",
    "one row per real-world event: its mentions across sentences, articles and outlets (corpus stage events)",
    (
        C("event_id", "VARCHAR", "event- and a hash of its first mention: the same on every run", primary_key=True),
        C("best_mention", "VARCHAR", "mention_id of its best evidence: asserted, dated by text, earliest report"),
        C("date", "DATE", "the date its texts give, else its earliest report's"),
        C("date_precision", "VARCHAR", "day | month | year | unknown"),
        C("date_from", "VARCHAR", "text (a mention dates it) | report (the earliest report's date) | none"),
        C("status", "VARCHAR", "the most certain status of its mentions"),
        C("num_mentions", "INTEGER"),
        C("num_articles", "INTEGER"),
        C(
            "num_sources",
            "INTEGER",
            "distinct outlets the articles name, copies counted under their original; articles that name "
            "no outlet are not counted (see num_unsourced)",
        ),
        C("num_originals", "INTEGER", "articles that are not copies of each other"),
        C("first_seen", "DATE", "date of the earliest article that reports it"),
        C("first_article", "VARCHAR"),
        C("story_id", "VARCHAR", "the story most of its mentions belong to"),
        C("confidence", "DOUBLE", "1 - 0.5 ** max(1, num_sources), halved when only named in passing"),
        C("background_only", "BOOLEAN", "every mention names it in passing"),
        C("article_ids", "VARCHAR", "JSON list"),
        C("mention_ids", "VARCHAR", "JSON list of events.mention_id"),
        C(
            "num_unsourced",
            "INTEGER",
            "its articles (copies under their original) that name no outlet: unknown outlets, not distinct ones",
        ),
    ),
)

CONFLICTS = Table(
    "conflicts",
    "facts its independent sources state differently, about one story or one merged event (corpus stage)",
    (
        C("conflict_id", "VARCHAR", primary_key=True),
        C("story_id", "VARCHAR"),
        C("event_id", "VARCHAR", "the merged event it is about (durations), else NULL"),
        C("attribute", "VARCHAR", "duration | quantity | place | date | actor"),
        C("about", "VARCHAR", "what the values measure: the event's trigger, or the counted noun"),
        C("kind", "VARCHAR", "conflict | update (a later article reports the number rose)"),
        C("num_values", "INTEGER"),
        C(
            "values",
            "VARCHAR",
            "JSON list of {value, text, article_ids, sources, evidence: [{article_id, sentence, start, end}]}",
        ),
    ),
)

QUOTES = Table(
    "quotes",
    "direct and reported speech",
    (
        C("article_id", "VARCHAR"),
        C("sentence_index", "INTEGER"),
        C("speaker", "VARCHAR"),
        C("speaker_key", "VARCHAR"),
        C("text", "VARCHAR"),
        C("start", "INTEGER"),
        C("end", "INTEGER"),
        C("kind", "VARCHAR", "direct | reported"),
        C("cue", "VARCHAR"),
    ),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        META,
        RUNS,
        INPUTS,
        ARTICLES,
        ARTICLE_TERMS,
        STORY_TERMS,
        SIGNATURES,
        BANDS,
        STORIES,
        PROBLEMS,
        ENTITY_MENTIONS,
        ENTITIES,
        ACTOR_KEYS,
        ACTOR_CHANGES,
        EVENTS,
        MERGED_EVENTS,
        CONFLICTS,
        QUOTES,
    )
}


def schema_ddl() -> str:
    """CREATE TABLE IF NOT EXISTS for every table, in the current shape."""
    return "\n\n".join(t.ddl() for t in TABLES.values())


# event mentions the text asserts (not hypothetical, negated or background): what exports and summaries
# count by default; merged events (alias m) likewise
_UNASSERTED = ", ".join(f"'{s}'" for s in UNASSERTED_STATUSES)
ASSERTED = f"status NOT IN ({_UNASSERTED}) AND NOT background"
ASSERTED_MERGED = f"m.status NOT IN ({_UNASSERTED}) AND NOT m.background_only"
