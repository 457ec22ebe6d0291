"""The local engine: run the stages over a corpus on one machine, using every core.

    phase 1  ingest -> extract            per record, in worker processes; main process writes batches
    phase 2  annotate -> events           per article not yet coded by this version, in workers
    phase 3  corpus stages                actor resolution, dates from similar articles

Per-record stages are pure functions of one record, so the same functions can later run on Ray.
The main process alone talks to the store; workers only compute. Inputs are read in bounded
chunks, so memory is bounded by the chunk, never by the corpus.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from ..actors.resolve import resolve_corpus
from ..extract import ExtractOptions, extract
from ..ingest import InputFile, InputInfo, ReadOptions, discover, file_hash, read_input
from ..records import Article, Coded, Problem, Source
from ..store import Store
from ..stories.dating import date_from_neighbours

ProgressFn = Callable[[str, int, int | None], None]


@dataclass(slots=True)
class RunOptions:
    """Everything a run can be told. Defaults suit a laptop."""

    workers: int = 0  # 0: one per core
    batch_size: int = 500  # articles per store transaction
    chunk_size: int = 2000  # records read ahead of the workers
    read: ReadOptions = field(default_factory=ReadOptions)
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    nlp: bool = True
    model: str | None = None  # spaCy package name; None: the best installed English model
    actor_files: list[str] = field(default_factory=list)
    pattern_files: list[str] = field(default_factory=list)
    corpus: bool = True

    def n_workers(self) -> int:
        return self.workers if self.workers > 0 else max(1, os.cpu_count() or 1)


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
    articles_skipped_nlp: dict[str, int] = field(default_factory=dict)
    events: int = 0
    quotes: int = 0
    entities: int = 0
    dated_from_corpus: int = 0
    seconds: float = 0.0
    extract_seconds: float = 0.0
    nlp_seconds: float = 0.0
    totals: dict[str, int] = field(default_factory=dict)  # rows in the store after the run

    def as_dict(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in self.__slots__}  # type: ignore[attr-defined]


@dataclass(slots=True)
class _InputEnd:
    info: InputInfo


# ---- phase 1 ---------------------------------------------------------------------------------


def _items(paths: list[str], store: Store, options: RunOptions, summary: RunSummary) -> Iterator[Any]:
    """Sources, Problems and end-of-input markers, in input order."""
    done = store.done_inputs()
    for found in discover(paths, exclude={store.path, store.path + ".wal"}):
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


_WORKER_EXTRACT: ExtractOptions | None = None


def _init_extract(options: ExtractOptions) -> None:
    global _WORKER_EXTRACT
    _WORKER_EXTRACT = options


def _extract_item(item: Any) -> Any:
    if not isinstance(item, Source):
        return item
    try:
        return extract(item, _WORKER_EXTRACT)
    except Exception as err:  # a bug or a pathological page must not end the run
        return Problem(
            item.path, "extract_failed", f"extraction failed: {type(err).__name__}: {err}", item.record, stage="extract"
        )


def _pool(n: int, initializer: Callable[..., None], args: tuple) -> Any:
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    return ctx.Pool(n, initializer=initializer, initargs=args)


def ingest_and_extract(
    paths: list[str],
    store: Store,
    run_id: int,
    options: RunOptions,
    summary: RunSummary,
    progress: ProgressFn | None = None,
) -> None:
    """Phase 1: read every input, extract articles, store them with their problems."""
    started = time.perf_counter()
    items = _items(paths, store, options, summary)
    workers = options.n_workers()
    pool = _pool(workers, _init_extract, (options.extract,)) if workers > 1 else None
    if pool is None:
        _init_extract(options.extract)
    per_input: dict[str, Counter] = {}
    articles: list[Article] = []
    problems: list[Problem] = []
    done_inputs: list[dict[str, Any]] = []
    reasons: Counter = Counter()

    def flush() -> None:
        counts = store.write_batch(articles, problems, done_inputs, run_id)
        summary.articles_added += counts["added"]
        summary.articles_updated += counts["updated"]
        summary.articles_unchanged += counts["unchanged"]
        articles.clear()
        problems.clear()
        done_inputs.clear()

    try:
        while True:
            chunk = list(islice(items, options.chunk_size))
            if not chunk:
                break
            results = pool.imap(_extract_item, chunk, chunksize=8) if pool else map(_extract_item, chunk)
            for result in results:
                if isinstance(result, Article):
                    articles.append(result)
                    per_input.setdefault(result.input_path, Counter())["articles"] += 1
                    summary.records += 1
                    if progress:
                        progress("extract", 1, None)
                elif isinstance(result, Problem):
                    problems.append(result)
                    reasons[result.reason] += 1
                    if result.severity == "error":
                        summary.problem_errors += 1
                        if result.record is not None:
                            summary.records += 1
                    else:
                        summary.problem_warnings += 1
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
                        }
                    )
                if len(articles) + len(problems) >= options.batch_size:
                    flush()
            flush()
    finally:
        if pool:
            pool.close()
            pool.join()
    summary.problems = dict(reasons)
    summary.extract_seconds = round(time.perf_counter() - started, 3)


# ---- phase 2 ---------------------------------------------------------------------------------

_WORKER_CODER: Any = None


def _init_coder(model: str | None, actor_files: list[str], pattern_files: list[str]) -> None:
    global _WORKER_CODER
    from ..events import ArticleCoder

    _WORKER_CODER = ArticleCoder(model=model, actor_files=actor_files, pattern_files=pattern_files)


def _code_batch(batch: list[tuple]) -> tuple[list[Coded], list[Problem]]:
    try:
        return _WORKER_CODER.code_many(batch)
    except Exception as err:
        # a batch that fails as a whole is retried article by article, so one bad text loses only itself
        coded, problems = [], []
        for row in batch:
            try:
                c, p = _WORKER_CODER.code_many([row])
                coded.extend(c)
                problems.extend(p)
            except Exception as inner:
                coded.append(Coded(article_id=row[0], skipped=f"failed: {type(inner).__name__}"))
                problems.append(
                    Problem(
                        f"article:{row[0]}",
                        "annotate_failed",
                        f"language stages failed: {type(inner).__name__}: {inner}; "
                        + traceback.format_exc(limit=1).splitlines()[-1],
                        stage="annotate",
                    )
                )
        del err
        return coded, problems


def annotate_and_code(
    store: Store, run_id: int, options: RunOptions, summary: RunSummary, progress: ProgressFn | None = None
) -> None:
    """Phase 2: parse and code every article the current language stages have not seen."""
    from ..events import nlp_version

    started = time.perf_counter()
    version = nlp_version(options.model, options.actor_files, options.pattern_files)
    pending = store.count_pending_nlp(version)
    if not pending:
        return
    if progress:
        progress("code-total", 0, pending)
    workers = min(options.n_workers(), max(1, pending // 16))
    args = (options.model, options.actor_files, options.pattern_files)
    pool = _pool(workers, _init_coder, args) if workers > 1 else None
    if pool is None:
        _init_coder(*args)
    skipped: Counter = Counter()
    try:
        for page in store.pending_nlp(version, batch=max(64, options.batch_size)):
            batches = [page[i : i + 16] for i in range(0, len(page), 16)]
            results = pool.imap(_code_batch, batches) if pool else map(_code_batch, batches)
            coded_all: list[Coded] = []
            problems_all: list[Problem] = []
            for coded, problems in results:
                coded_all.extend(coded)
                problems_all.extend(problems)
                if progress:
                    progress("code", len(coded), None)
            store.write_coded(coded_all, version, problems_all, run_id)
            for c in coded_all:
                if c.skipped:
                    skipped[c.skipped] += 1
                else:
                    summary.articles_coded += 1
                summary.events += len(c.events)
                summary.quotes += len(c.quotes)
            for p in problems_all:
                summary.problems[p.reason] = summary.problems.get(p.reason, 0) + 1
                summary.problem_errors += p.severity == "error"
                summary.problem_warnings += p.severity != "error"
    finally:
        if pool:
            pool.close()
            pool.join()
    summary.articles_skipped_nlp = dict(skipped)
    summary.nlp_seconds = round(time.perf_counter() - started, 3)


# ---- the whole run -----------------------------------------------------------------------------


def run(
    paths: list[str],
    db: str,
    options: RunOptions | None = None,
    progress: ProgressFn | None = None,
    command: str = "run",
) -> RunSummary:
    """Run every stage over `paths` into the store at `db`; return the summary."""
    options = options or RunOptions()
    started = time.perf_counter()
    summary = RunSummary()
    with Store(db) as store:
        run_id = store.start_run(command)
        summary.run_id = run_id
        status = "interrupted"
        try:
            ingest_and_extract(paths, store, run_id, options, summary, progress)
            if options.corpus:  # before the language stages: event dates hang on article dates
                summary.dated_from_corpus = date_from_neighbours(store)
            if options.nlp:
                annotate_and_code(store, run_id, options, summary, progress)
            if options.corpus:
                corpus_stages(store, options, summary, progress)
            status = "finished"
        finally:
            summary.seconds = round(time.perf_counter() - started, 3)
            summary.totals = store.counts()
            store.finish_run(run_id, summary.as_dict(), status)
    return summary


def corpus_stages(store: Store, options: RunOptions, summary: RunSummary, progress: ProgressFn | None = None) -> None:
    """Phase 3: stages that need the whole corpus and the language stages: canonical actors."""
    if progress:
        progress("corpus", 0, None)
    summary.entities = resolve_corpus(store)
