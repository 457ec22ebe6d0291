"""What every engine shares: the run driver that walks the stage registry, and the run summary.

An engine only has to say how to map a stage's function over items (`Engine.mapper`): the local
engine uses a pool of processes, a distributed one would use its own workers. The driver reads the
inputs, feeds record stages, pages article stages out of the store, runs corpus stages over it and
is the only one that writes, batch by batch, each batch one transaction.

A run that is interrupted (Ctrl-C, a full disk, kill -9) leaves the store as it was after its last
stored batch; the next run completes it and ends with the same tables as an uninterrupted run.
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Protocol

import duckdb

from ..ingest import InputFile, InputInfo, discover, file_hash, read_input
from ..ingest.ids import candidate_ids, place_ids
from ..options import RunOptions
from ..pipeline import STAGES, Stage
from ..records import Article, Problem, Source
from ..store import Store, StoreError, search

ProgressFn = Callable[[str, int, int | None], None]
Mapper = Callable[[Iterable[Any]], Iterator[Any]]


class Engine(Protocol):
    """How stage functions run: `mapper(stage, options, size)` is a context manager giving a function
    that maps `stage.apply` over items, in order, with the stage's per-process state set up once.
    An engine may also have `prepare(stage, options)`: set up a later stage's state now, while other
    work keeps the machine busy (the driver calls it while the record stage's workers extract)."""

    def mapper(self, stage: Stage, options: RunOptions, size: int | None = None) -> AbstractContextManager[Mapper]: ...


@dataclass(slots=True)
class RunSummary:
    """What a run did, as the CLI prints it and the runs table stores it."""

    run_id: int = 0
    inputs_found: int = 0
    inputs_read: int = 0
    inputs_unchanged: int = 0
    records: int = 0
    articles_added: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    problems: dict[str, int] = field(default_factory=dict)  # reason -> count
    problem_errors: int = 0
    problem_warnings: int = 0
    articles_coded: int = 0
    articles_recoded: int = 0  # coded again in a later pass of the run (their date came from the pile)
    articles_skipped_nlp: dict[str, int] = field(default_factory=dict)
    events: int = 0
    quotes: int = 0
    entities: int = 0
    dated_from_corpus: int = 0
    corpus: dict[str, int] = field(default_factory=dict)  # corpus stage -> rows it changed
    seconds: float = 0.0
    passes: int = 0  # passes over the stages after extraction until nothing changed (engine.base._settle)
    extract_seconds: float = 0.0
    nlp_seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)  # rows in the store after the run

    def as_dict(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in self.__slots__}  # type: ignore[attr-defined]

    def count_problem(self, p: Problem) -> None:
        self.problems[p.reason] = self.problems.get(p.reason, 0) + 1
        if p.severity == "error":
            self.problem_errors += 1
        else:
            self.problem_warnings += 1


@dataclass(slots=True)
class _InputEnd:
    info: InputInfo


def _hook(options: RunOptions, stage: str, n: int) -> None:
    if options.on_batch:
        options.on_batch(stage, n)


# ---- record stages: inputs -> articles -------------------------------------------------------------


def _items(paths: list[str], store: Store, options: RunOptions, summary: RunSummary, version: str) -> Iterator[Any]:
    """Sources, Problems and end-of-input markers, in input order."""
    done = store.done_inputs(version)
    for found in discover(paths, exclude={store.path, store.path + ".wal", *search.files(store.path)}):
        if isinstance(found, Problem):
            yield found
            continue
        summary.inputs_found += 1
        inp: InputFile = found
        sha = ""
        if inp.path != "-":
            try:
                sha = file_hash(inp.path)
            except OSError as err:
                yield Problem(inp.path, "unreadable", f"cannot read: {err.strerror or err}")
                continue
            if done.get(inp.path) == sha:
                summary.inputs_unchanged += 1
                continue
        summary.inputs_read += 1
        info = InputInfo(inp.path, size=inp.size, sha256=sha)
        yield from read_input(inp, options.read, info)
        yield _InputEnd(info)


def run_record_stage(
    stage: Stage,
    engine: Engine,
    paths: list[str],
    store: Store,
    run_id: int,
    options: RunOptions,
    summary: RunSummary,
    progress: ProgressFn | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> None:
    """Read every input, run the record stage over its records, store articles and problems in batches.
    `meanwhile` runs once in the driver, after the first batch that stored new or changed articles,
    while the workers extract the rest of their chunk: a later stage's own work in the driver."""
    started = time.perf_counter()
    version = stage.version(options)
    items = _items(paths, store, options, summary, version)
    per_input: dict[str, Counter] = {}
    articles: list[Article] = []
    problems: list[Problem] = []
    done_inputs: list[dict[str, Any]] = []
    batches = 0

    def flush() -> None:
        nonlocal batches, meanwhile
        origins = store.article_origins(candidate_ids(articles), run_id)
        placed, id_notes = place_ids(articles, origins, options.ids)
        for note in id_notes:
            summary.count_problem(note)
        problems.extend(id_notes)
        counts = store.write_batch(placed, problems, done_inputs, run_id)
        summary.articles_added += counts["added"]
        summary.articles_updated += counts["updated"]
        summary.articles_unchanged += counts["unchanged"]
        if meanwhile is not None and counts["added"] + counts["updated"]:
            meanwhile()  # the workers extract the rest of the chunk meanwhile
            meanwhile = None
        articles.clear()
        problems.clear()
        done_inputs.clear()
        batches += 1
        _hook(options, stage.name, batches)

    with engine.mapper(stage, options) as mapper:
        while True:
            chunk = list(islice(items, options.chunk_size))
            if not chunk:
                break
            for result in _map_sources(mapper, chunk):
                if isinstance(result, Article):
                    articles.append(result)
                    per_input.setdefault(result.input_path, Counter())["articles"] += 1
                    summary.records += 1
                    if progress:
                        progress("extract", 1, None)
                elif isinstance(result, Problem):
                    problems.append(result)
                    summary.count_problem(result)
                    if result.severity == "error" and result.record is not None:
                        summary.records += 1
                    per_input.setdefault(result.path, Counter())["problems"] += 1
                elif isinstance(result, _InputEnd):
                    info = result.info
                    c = per_input.pop(info.path, Counter())
                    done_inputs.append(
                        {
                            "path": info.path,
                            "format": info.format,
                            "compressed": info.compressed,
                            "size": info.size,
                            "sha256": info.sha256,
                            "encoding": info.encoding,
                            "records": c["articles"] + c["problems"],
                            "articles": c["articles"],
                            "problems": c["problems"],
                            "skipped": info.skipped,
                            "extract_version": version,
                        }
                    )
                if len(articles) + len(problems) >= options.batch_size:
                    flush()
        flush()
    summary.extract_seconds = round(time.perf_counter() - started, 3)
    summary.stage_seconds[stage.name] = summary.extract_seconds


def _map_sources(mapper: Mapper, chunk: list[Any]) -> Iterator[Any]:
    """Run the stage over the Sources of a chunk; Problems and input ends travel beside them, in order,
    without going to the workers."""
    sources = [item for item in chunk if isinstance(item, Source)]
    results = mapper(sources)
    for item in chunk:
        yield next(results) if isinstance(item, Source) else item


# ---- article stages: stored articles -> coded rows ----------------------------------------------------


def run_article_stage(
    stage: Stage,
    engine: Engine,
    store: Store,
    run_id: int,
    options: RunOptions,
    summary: RunSummary,
    progress: ProgressFn | None = None,
    again: bool = False,
) -> None:
    """Run an article stage over every stored article its current version has not processed
    (`again`: in a later pass of the run, articles a corpus stage sent back, counted apart)."""
    started = time.perf_counter()
    version = stage.version(options)
    pending = store.count_pending_nlp(version)
    if not pending:
        release = getattr(engine, "release", None)
        if release is not None:
            release(stage)  # a coder set up ahead for nothing: not held through the corpus stages
        return
    if progress:
        progress("code-total", 0, pending)
    skipped: Counter = Counter()
    pages = 0
    with engine.mapper(stage, options, pending) as mapper:
        for results in _one_page_ahead(mapper, store.pending_nlp(version, batch=options.code_page), options.code_batch):
            coded_all, problems_all = [], []
            for coded, problems in results:
                coded_all.extend(coded)
                problems_all.extend(problems)
                if progress:
                    progress("code", len(coded), None)
            store.write_coded(coded_all, version, problems_all, run_id)
            pages += 1
            _hook(options, stage.name, pages)
            for c in coded_all:
                if c.skipped:
                    skipped[c.skipped] += 1
                elif again:
                    summary.articles_recoded += 1
                else:
                    summary.articles_coded += 1
                summary.events += len(c.events)
                summary.quotes += len(c.quotes)
            for p in problems_all:
                summary.count_problem(p)
    for why, n in skipped.items():
        summary.articles_skipped_nlp[why] = summary.articles_skipped_nlp.get(why, 0) + n
    seconds = time.perf_counter() - started
    summary.nlp_seconds = round(summary.nlp_seconds + seconds, 3)
    summary.stage_seconds[stage.name] = round(summary.stage_seconds.get(stage.name, 0.0) + seconds, 3)


def _one_page_ahead(mapper: Mapper, pages: Iterable[list[Any]], batch: int) -> Iterator[Iterator[Any]]:
    """The results of each page, in order, with the next page already handed to the workers: they code
    it while the driver writes this one, instead of waiting for the write (and for the page's slowest
    job) at every page. An engine whose mapper starts work only when iterated still gets every page,
    in order, one at a time."""
    ahead: Iterator[Any] | None = None
    for page in pages:
        results = mapper([page[i : i + batch] for i in range(0, len(page), batch)])
        if ahead is not None:
            yield ahead
        ahead = results
    if ahead is not None:
        yield ahead


# ---- the whole run ---------------------------------------------------------------------------------

MAX_PASSES = 4  # passes over the stages after extraction before a run stops looking for a fixed point


def _settle(
    engine: Engine,
    store: Store,
    run_id: int,
    options: RunOptions,
    summary: RunSummary,
    progress: ProgressFn | None,
) -> None:
    """Run the stages after extraction until the store is a fixed point of them.

    A corpus stage that runs before coding can change what coding must redo: dating an article from
    similar ones re-dates its events, so the article is coded again. And the stages after coding give
    it new evidence (an article dated by cross-reference is a dated neighbour for the next dating). A
    run that stopped after one pass would leave work that the next run over unchanged input does, and
    an interrupted run, resumed, would see that evidence in another order than an uninterrupted one.
    So a run passes again while a stage before coding changes rows or articles wait to be coded; the
    second pass of an unchanged pile changes nothing, and its stages after coding do not run."""
    stages = [s for s in STAGES if s.kind != "record" and s.enabled(options)]
    coding = [s for s in stages if s.kind == "article"]
    before = stages[: stages.index(coding[0])] if coding else stages
    for pass_no in range(1, MAX_PASSES + 1):
        changed_before_coding = 0
        for stage in stages:
            if stage.kind == "article":
                if pass_no > 1 and not changed_before_coding and not store.count_pending_nlp(stage.version(options)):
                    return  # a fixed point: nothing before coding changed and nothing waits to be coded
                summary.passes = pass_no  # passes that did work
                run_article_stage(stage, engine, store, run_id, options, summary, progress, again=pass_no > 1)
                continue
            n = _run_corpus_stage(stage, store, options, summary, progress)
            if stage in before:
                changed_before_coding += n
        if not coding:
            summary.passes = 1
            return  # no stage to redo: one pass is the fixed point


def _run_corpus_stage(
    stage: Stage, store: Store, options: RunOptions, summary: RunSummary, progress: ProgressFn | None
) -> int:
    """One corpus stage over the store; return the rows it changed (summed over passes in the summary)."""
    _hook(options, stage.name, 0)
    if progress:
        progress("corpus", 0, None)
    t = time.perf_counter()
    try:
        n = int(stage.apply(store, options) or 0)
    except duckdb.Error as err:  # out of memory or disk in a corpus stage: one line, not a traceback
        raise StoreError(f"the {stage.name} stage could not finish: {str(err).splitlines()[0]}") from err
    summary.corpus[stage.name] = summary.corpus.get(stage.name, 0) + n
    summary.stage_seconds[stage.name] = round(summary.stage_seconds.get(stage.name, 0.0) + time.perf_counter() - t, 3)
    _hook(options, stage.name, 1)
    return n


def _prepare_coding(engine: Engine, options: RunOptions) -> Callable[[], None] | None:
    """The set-up of the first article stage (the coder: its model, gazetteer and patterns), to do
    while the extraction workers keep the cores busy: done after, it is seconds of a single core
    before any coding worker starts."""
    prepare = getattr(engine, "prepare", None)
    first = next((s for s in STAGES if s.kind == "article" and s.enabled(options)), None)
    if prepare is None or first is None or options.n_workers() <= 1:
        return None
    return lambda: prepare(first, options)


def run(
    paths: list[str],
    db: str,
    engine: Engine,
    options: RunOptions | None = None,
    progress: ProgressFn | None = None,
    command: str = "run",
) -> RunSummary:
    """Run every registered stage over `paths` into the store at `db`; return the summary."""
    options = options or RunOptions()
    started = time.perf_counter()
    summary = RunSummary()
    for stage in STAGES:
        if stage.check and stage.enabled(options):
            stage.check(options)
    with Store(db) as store:
        run_id = store.start_run(command)
        summary.run_id = run_id
        status = "failed"
        try:
            for stage in STAGES:
                if stage.enabled(options) and stage.kind == "record":
                    meanwhile = _prepare_coding(engine, options)
                    run_record_stage(stage, engine, paths, store, run_id, options, summary, progress, meanwhile)
            _settle(engine, store, run_id, options, summary, progress)
            summary.dated_from_corpus = summary.corpus.get("dating", 0)
            summary.totals = store.counts()
            summary.entities = summary.totals.get("entities", 0)
            if search.available():  # the ranked search index beside the store follows its articles
                summary.stage_seconds["search index"] = search.update(store, db).seconds
            summary.seconds = round(time.perf_counter() - started, 3)
            store.finish_run(run_id, summary.as_dict(), "finished")
            store.checkpoint()
            status = "finished"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            if status != "finished":
                summary.seconds = round(time.perf_counter() - started, 3)
                # after a failed write the store may refuse more: the first error is the one to report
                with contextlib.suppress(Exception):
                    summary.totals = store.counts()
                with contextlib.suppress(Exception):
                    store.finish_run(run_id, summary.as_dict(), status)
    return summary
