"""Shared fixtures. Tests that read ../shared (the dev sets and seeds) skip cleanly without it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def coder():
    """One ArticleCoder (spaCy model, gazetteer, lexicon) for the whole session: loading is slow."""
    from storyline.events import ArticleCoder

    return ArticleCoder()


@pytest.fixture()
def code(coder):
    """Code one text: code("...", published="2023-10-20") -> list of event dicts (all statuses)."""

    def _code(text: str, published: str | None = "2023-10-20") -> list[dict]:
        return coder.code_records([{"id": "t", "text": text}], published=published)

    return _code


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the storyline CLI in a subprocess, as a user would."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, "-m", "storyline.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=600,
    )
