"""The Python API. The CLI is a thin layer over these functions.

import storyline
summary = storyline.run(["news/"], db="news.duckdb")
corpus = storyline.open("news.duckdb")
corpus.articles()            # pandas DataFrame
corpus.mentions()            # one row per event mention, with its evidence
storyline.code("Russia and North Korea signed a treaty on Wednesday.", published="2024-06-19")
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from .engine.base import RunSummary
from .engine.local import run as _run
from .ingest import ReadOptions
from .ingest.fields import parse_mapping
from .ingest.ids import ID_POLICIES
from .options import RunOptions
from .store import Store
from .store.export import FIELDS, rows

DEFAULT_DB = "storyline.duckdb"


def run(
    paths: str | Path | Iterable[str | Path],
    db: str | Path = DEFAULT_DB,
    *,
    workers: int = 0,
    events: bool = True,
    corpus: bool = True,
    field_map: str | Mapping[str, str] | None = None,
    debris: Iterable[str] = (),
    actors: Iterable[str] = (),
    patterns: Iterable[str] = (),
    model: str | None = None,
    vectors: bool = False,
    meaning: bool = False,
    rules_only: bool = False,
    max_doc_mb: float = 20,
    progress: Callable[[str, int, int | None], None] | None = None,
    on_batch: Callable[[str, int], None] | None = None,
    engine: str = "local",
    address: str | None = None,
    ids: str = "input",
) -> RunSummary:
    """Read `paths` (files, directories, or "-" for JSONL on standard input) into the store `db`.

    Re-running on the same inputs adds nothing; new or changed inputs are added incrementally.
    `field_map` maps record fields ("text=body,id=uid"); `debris`, `actors` and `patterns` name
    user data files that extend the debris phrases, the actor dictionary and the event verb patterns.
    `vectors=True` also codes verbs the lexicon lacks by their nearest lexicon verbs in GloVe space
    (optional: needs `pip install 'storyline[vectors]'`; the rows' rule reads "similar:...").
    `meaning=True` lets a trained reader of whole sentences add rows the rules dropped and veto rows it
    finds unlikely (optional: needs `pip install 'storyline[meaning]'`; added rows' rule ends "(meaning p)").
    Without it the coder's default reader of whole sentences, a model of words, does the same with less
    (added rows' rule ends "(words p)"); `rules_only=True` turns it off (the rules alone, as before round 19).
    `corpus=False` skips the corpus stages (copies, dating from the pile, stories, merged events).
    `on_batch(stage, n)` is called after each batch a stage stores (and before and after each corpus
    stage, with n 0 and 1): for monitoring, or to stop a run at a known point.
    `engine="ray"` runs the per-record and per-article stages on Ray actors (`address` joins a running
    cluster; without it a local Ray is started for the run); the store and its tables are the same.
    `ids="input"` (default) treats a record's id as a key inside its input: the same id with other
    content in another input is kept as another article under a qualified id (``b.csv#1``);
    `ids="global"` lets a later record replace an earlier one of the same id. Either way a warning
    row in the problems table names both inputs.
    Raises FileNotFoundError for a missing path and StoreError (StoreBusy) when the store cannot be written.
    """
    if ids not in ID_POLICIES:
        raise ValueError(f"unknown id policy {ids!r}; choose {' or '.join(ID_POLICIES)}")
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [str(p) for p in paths]
    missing = [p for p in paths if p != "-" and not os.path.lexists(p)]
    if missing:
        raise FileNotFoundError(f"no such file or directory: {missing[0]}")
    options = RunOptions(
        workers=workers,
        read=ReadOptions(max_doc_bytes=int(max_doc_mb * 1024 * 1024), field_map=parse_mapping(field_map)),
        nlp=events,
        corpus=corpus,
        model=model,
        actor_files=[str(p) for p in actors],
        pattern_files=[str(p) for p in patterns],
        vectors=vectors,
        meaning=meaning,
        rules_only=rules_only,
        on_batch=on_batch,
        ids=ids,
    )
    options.extract.debris_files = [str(p) for p in debris]
    if engine == "ray":
        from .engine.ray_engine import run as ray_run

        return ray_run(paths, str(db), options, progress, address=address)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; choose local or ray")
    return _run(paths, str(db), options, progress)


class Corpus:
    """A read-only view of a store, every table as a pandas DataFrame.

    Use it as a context manager (`with storyline.open("news.duckdb") as corpus:`) or call close():
    it holds a read-only connection, and DuckDB lets no run write the store while one is open.
    While a run holds the store, opening it raises StoreBusy, which says which process holds it."""

    def __init__(self, db: str | Path):
        self.db = str(db)
        self._store: Store | None = None

    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.db, read_only=True)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> Corpus:
        self.store()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def table(self, what: str, everything: bool = False) -> pd.DataFrame:
        """One export table (storyline.store.export.WHATS: articles, stories, duplicates, mentions,
        events, timeline, conflicts, dyads, quotes, ...)."""
        if what not in FIELDS:
            raise ValueError(f"unknown table {what!r}; choose one of {', '.join(FIELDS)}")
        return pd.DataFrame(list(rows(self.store(), what, everything)), columns=FIELDS[what])

    def articles(self) -> pd.DataFrame:
        return self.table("articles")

    def problems(self) -> pd.DataFrame:
        return self.table("problems")

    def inputs(self) -> pd.DataFrame:
        return self.table("inputs")

    def stories(self) -> pd.DataFrame:
        """Stories: title, dates, articles, outlets, summary sentences with citations, key actors."""
        return self.table("stories")

    def duplicates(self) -> pd.DataFrame:
        """Copies: each article that copies another, its original and how (exact, near)."""
        return self.table("duplicates")

    def entities(self) -> pd.DataFrame:
        return self.table("entities")

    def entity_mentions(self) -> pd.DataFrame:
        return self.table("entity_mentions")

    def mentions(self, everything: bool = False) -> pd.DataFrame:
        """Event mentions: who did what to whom, when and where, with the evidence. Only what the text
        asserts (happened, ongoing, planned) unless `everything`, which adds hypothetical and negated ones."""
        return self.table("mentions", everything)

    def events(self, everything: bool = False) -> pd.DataFrame:
        """Merged events: one row per real-world event, with how many mentions, articles and outlets
        report it, its first report, story and confidence, and its best mention as evidence."""
        return self.table("events", everything)

    def timeline(self) -> pd.DataFrame:
        """Merged events by the date they happened, each with its best evidence sentence."""
        return self.table("timeline")

    def conflicts(self) -> pd.DataFrame:
        """Facts that independent sources of one story or event state differently, with every value's
        articles and sentences."""
        return self.table("conflicts")

    def dyads(self) -> pd.DataFrame:
        """Actor pairs, each direction, per month and week: merged events by QuadClass, mean score."""
        return self.table("dyads")

    def quotes(self) -> pd.DataFrame:
        return self.table("quotes")

    def sql(self, query: str) -> pd.DataFrame:
        """Run a read-only SQL query on the store."""
        return self.store().query(query).df()


def open(db: str | Path = DEFAULT_DB) -> Corpus:
    """Open a store for reading. Raises FileNotFoundError for a missing store, StoreBusy while a run
    writes it, StoreError for a file that is not a storyline store."""
    if not Path(db).exists():
        raise FileNotFoundError(f"no store at {db}")
    corpus = Corpus(db)
    corpus.store()  # fail now, with the reason, rather than at the first query
    return corpus


def code(
    items: str | Mapping[str, Any] | Iterable[str | Mapping[str, Any]],
    *,
    published: str | None = None,
    model: str | None = None,
    actors: Iterable[str] = (),
    patterns: Iterable[str] = (),
    vectors: bool = False,
    meaning: bool = False,
    rules_only: bool = False,
) -> list[dict[str, Any]]:
    """Code texts (sentences or whole articles) without a store; return one dict per event mention.

    Items are strings or records {"id", "text", "published"?}; ids default to their position.
    """
    from .events import ArticleCoder
    from .text.dates import parse_given

    if published is not None and not (parse_given(published) and parse_given(published).value):
        raise ValueError(f"published must be a date such as 2023-10-19, not {published!r}")
    if isinstance(items, (str, Mapping)):
        items = [items]
    coder = ArticleCoder(
        model=model,
        actor_files=list(actors),
        pattern_files=list(patterns),
        vectors=vectors,
        meaning=meaning,
        rules_only=rules_only,
    )
    return coder.code_records(items, published=published)
