"""Stage versions: a stage's code version plus every data file it reads, built-in or the user's.

A stage re-runs on what it already processed exactly when its version changes, so an edit to a
built-in verb list, debris phrase, gazetteer or ontology re-codes what it can affect, and nothing
else does. The version is a short hash, stored beside each row the stage made.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA_SUFFIXES = (".yaml", ".yml", ".csv", ".txt", ".json")


@lru_cache(maxsize=32)
def package_data_hash(package: str) -> str:
    """Hash of every data file under `package`/data (sorted by name, so the order never matters)."""
    h = hashlib.sha256()
    root = resources.files(package).joinpath("data")
    if root.is_dir():
        for entry in sorted(root.iterdir(), key=lambda e: e.name):
            if entry.is_file() and entry.name.endswith(DATA_SUFFIXES):
                h.update(entry.name.encode())
                h.update(entry.read_bytes())
    return h.hexdigest()


def stage_version(code_version: str, packages: Iterable[str] = (), files: Iterable[str] = (), *extra: str) -> str:
    """`code_version` plus a hash of the packages' data files, the user's files and extra settings."""
    h = hashlib.sha256(code_version.encode())
    for package in packages:
        h.update(package_data_hash(package).encode())
    for f in files:
        h.update(Path(f).read_bytes())
    for e in extra:
        h.update(e.encode())
    return f"{code_version}-{h.hexdigest()[:12]}"
