"""What a run can be told: one options object that every engine and stage reads.

Kept apart from the engines so that the stage registry (pipeline.py), the local engine and any
other engine share it without importing each other.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from .extract import ExtractOptions
from .ingest import ReadOptions

# (stage name, batches stored so far) after every stored batch: progress, and the kill tests' hook
BatchHook = Callable[[str, int], None]


@dataclass(slots=True)
class RunOptions:
    """Everything a run can be told. Defaults suit a laptop."""

    workers: int = 0  # 0: one per core
    batch_size: int = 500  # articles per store transaction
    chunk_size: int = 2000  # records read ahead of the workers
    code_batch: int = 32  # articles per job sent to a coding worker (the parser is faster on 32 than on 16)
    code_page: int = 500  # articles read from the store, coded and written back per transaction
    read: ReadOptions = field(default_factory=ReadOptions)
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    nlp: bool = True
    model: str | None = None  # spaCy package name; None: the best installed English model
    actor_files: list[str] = field(default_factory=list)
    pattern_files: list[str] = field(default_factory=list)
    vectors: bool = False  # the optional vector step (events/similar.py); needs storyline[vectors]
    meaning: bool = False  # the optional reader of whole sentences (events/meaning.py); needs storyline[meaning]
    rules_only: bool = False  # no reader of whole sentences: not even the default word reader (events/word_reader.py)
    corpus: bool = True
    ids: str = "input"  # "input": an id is a key inside its input; "global": a later record replaces it
    on_batch: BatchHook | None = None

    def n_workers(self) -> int:
        return self.workers if self.workers > 0 else max(1, os.cpu_count() or 1)
