"""The stage registry: every stage storyline runs, in the order it runs them.

Each stage declares its name, its kind, its version (code plus every data file it reads) and its
function; an engine iterates STAGES and never imports a stage's internals, so the local engine
and a distributed one run the same registry.

    kind      what apply() takes and gives                                      who runs it
    record    (state, Source)          -> Article | Problem                      engine workers
    article   (state, list[CodeJob])   -> (list[Coded], list[Problem])          engine workers
    corpus    (store, RunOptions)      -> int  (rows it changed)                the driver, over the store

`setup(options)` builds what a worker holds for the whole run (a spaCy model, compiled patterns),
once per process. A stage function never raises on bad data: what fails becomes a Problem.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .options import RunOptions
from .records import Article, Coded, CodeJob, Problem, Source


def _always(options: RunOptions) -> bool:
    return True


def _corpus_on(options: RunOptions) -> bool:
    return options.corpus


def _nlp_on(options: RunOptions) -> bool:
    return options.nlp


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    kind: str  # record | article | corpus
    doc: str
    version: Callable[[RunOptions], str]
    apply: Callable[..., Any]
    enabled: Callable[[RunOptions], bool] = _always
    setup: Callable[[RunOptions], Any] | None = None
    # checks the user's data files in the driver, before any worker starts: a bad file is one clear
    # error (ValueError) instead of a worker that dies while loading it
    check: Callable[[RunOptions], None] | None = None


# ---- extract (record) ----------------------------------------------------------------------------


def _extract_version(options: RunOptions) -> str:
    from .extract import extract_version

    return extract_version(options.extract.debris_files)


def _extract_setup(options: RunOptions) -> Any:
    return options.extract, options.extract.patterns()


def _extract_check(options: RunOptions) -> None:
    options.extract.patterns()


def _extract_apply(state: Any, item: Source) -> Article | Problem:
    from .extract import extract

    extract_options, patterns = state
    try:
        return extract(item, extract_options, patterns)
    except RecursionError:
        return Problem(
            item.path, "extract_failed", "page is nested too deeply to extract", item.record, stage="extract"
        )
    except Exception as err:  # a bug or a pathological page must not end the run
        return Problem(
            item.path, "extract_failed", f"extraction failed: {type(err).__name__}: {err}", item.record, stage="extract"
        )


# ---- code (article) ------------------------------------------------------------------------------


def _code_version(options: RunOptions) -> str:
    from .events import nlp_version

    return nlp_version(
        options.model, options.actor_files, options.pattern_files, options.vectors, options.meaning, options.rules_only
    )


def _code_setup(options: RunOptions) -> Any:
    from .events import ArticleCoder

    return ArticleCoder(
        model=options.model,
        actor_files=options.actor_files,
        pattern_files=options.pattern_files,
        vectors=options.vectors,
        meaning=options.meaning,
        rules_only=options.rules_only,
    )


def _code_check(options: RunOptions) -> None:
    from .actors.dictionary import read_entries
    from .events.lexicon import load

    if options.model:  # a pipeline that is not installed: one line before any input is read
        from .annotate.nlp import ModelMissing, installed_models

        installed = installed_models()
        if installed and options.model not in installed and not Path(options.model).exists():
            raise ModelMissing(f"no spaCy pipeline {options.model!r} is installed; installed: {', '.join(installed)}")
    load(tuple(options.pattern_files))
    if options.vectors:
        from .events.similar import require

        require()
    if options.meaning:
        from .events.meaning import require as require_meaning

        require_meaning()
    for path in options.actor_files:
        read_entries(path)


def _code_apply(coder: Any, jobs: list[CodeJob]) -> tuple[list[Coded], list[Problem]]:
    try:
        return coder.code_many(jobs)
    except Exception:
        # a batch that fails as a whole is retried article by article, so one bad text loses only itself
        coded: list[Coded] = []
        problems: list[Problem] = []
        for job in jobs:
            try:
                c, p = coder.code_many([job])
                coded.extend(c)
                problems.extend(p)
            except Exception as inner:
                coded.append(Coded(article_id=job.article_id, skipped=f"failed: {type(inner).__name__}"))
                problems.append(
                    Problem(
                        f"article:{job.article_id}",
                        "annotate_failed",
                        f"language stages failed: {type(inner).__name__}: {inner}; "
                        + traceback.format_exc(limit=1).splitlines()[-1],
                        stage="annotate",
                    )
                )
        return coded, problems


# ---- corpus stages -------------------------------------------------------------------------------


def _duplicates_apply(store: Any, options: RunOptions) -> int:
    from .corpus.duplicates import find_duplicates

    return find_duplicates(store)


def _stories_apply(store: Any, options: RunOptions) -> int:
    from .corpus.stories import assign_stories

    return assign_stories(store)


def _dating_apply(store: Any, options: RunOptions) -> int:
    from .corpus.dating import date_from_neighbours

    return date_from_neighbours(store)


def _references_apply(store: Any, options: RunOptions) -> int:
    from .corpus.references import date_by_reference

    return date_by_reference(store)


def _rewrites_apply(store: Any, options: RunOptions) -> int:
    from .corpus.rewrites import find_rewrites

    return find_rewrites(store)


def _events_apply(store: Any, options: RunOptions) -> int:
    from .corpus.events import merge_events

    return merge_events(store)


def _conflicts_apply(store: Any, options: RunOptions) -> int:
    from .corpus.conflicts import find_conflicts

    return find_conflicts(store)


def _actors_apply(store: Any, options: RunOptions) -> int:
    from .corpus.actors import resolve_corpus

    return resolve_corpus(store)


def _corpus_version(name: str) -> Callable[[RunOptions], str]:
    def version(options: RunOptions) -> str:
        from .corpus import VERSIONS

        return VERSIONS[name]

    return version


STAGES: tuple[Stage, ...] = (
    Stage(
        "extract",
        "record",
        "a raw input record to a clean, dated article (or a problem saying why not)",
        _extract_version,
        _extract_apply,
        setup=_extract_setup,
        check=_extract_check,
    ),
    Stage(
        "duplicates",
        "corpus",
        "exact and near copies grouped, each pointing to its original (earliest, then most complete)",
        _corpus_version("duplicates"),
        _duplicates_apply,
        enabled=_corpus_on,
    ),
    Stage(
        "dating",
        "corpus",
        "undated articles take the year or month their most similar dated articles agree on; "
        "before coding, since event dates hang on article dates",
        _corpus_version("dating"),
        _dating_apply,
        enabled=_corpus_on,
    ),
    Stage(
        "code",
        "article",
        "parse, actors, events and quotes of every article this version has not coded",
        _code_version,
        _code_apply,
        enabled=_nlp_on,
        setup=_code_setup,
        check=_code_check,
    ),
    Stage(
        "actors",
        "corpus",
        "canonical actors: person keys merged across articles, attributes by majority, latest role",
        _corpus_version("actors"),
        _actors_apply,
        enabled=_corpus_on,
    ),
    Stage(
        "references",
        "corpus",
        "undated articles and their events dated by the events they share with the pile "
        "('in September', 'met last month', 'a month after X'); needs events and canonical actors",
        _corpus_version("references"),
        _references_apply,
        enabled=_corpus_on,
    ),
    Stage(
        "stories",
        "corpus",
        "articles about one event grouped into stories, incrementally, copies counted once; after "
        "coding and dating by reference, so stories see events, actors and dates",
        _corpus_version("stories"),
        _stories_apply,
        enabled=_corpus_on,
    ),
    Stage(
        "rewrites",
        "corpus",
        "articles another outlet reworded, reordered or edited: same facts in the same order and most "
        "sentences with a counterpart; within a story, so after stories and before events count sources",
        _corpus_version("rewrites"),
        _rewrites_apply,
        enabled=_corpus_on,
    ),
    Stage(
        "events",
        "corpus",
        "mentions of one real-world event across sentences, articles and outlets merged into one event "
        "(compatible type, parties, place and date), with counts of mentions, articles and sources",
        _corpus_version("events"),
        _events_apply,
        enabled=_corpus_on,
    ),
    Stage(
        "conflicts",
        "corpus",
        "facts independent sources of one story or event state differently (durations, counts), "
        "each value with its articles and sentences",
        _corpus_version("conflicts"),
        _conflicts_apply,
        enabled=_corpus_on,
    ),
)


def stage(name: str) -> Stage:
    """The registered stage called `name`."""
    for s in STAGES:
        if s.name == name:
            return s
    raise KeyError(f"no stage {name!r}; stages: {', '.join(s.name for s in STAGES)}")
