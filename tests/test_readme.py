"""README's example output is what the demo prints (timings aside): a figure cannot drift."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import readme_demo


@pytest.mark.slow
def test_readme_shows_what_the_demo_prints():
    readme = readme_demo.README.read_text(encoding="utf-8")
    shown = readme_demo.normalise(readme_demo.readme_block(readme))
    printed = readme_demo.normalise(readme_demo.demo_output())
    assert shown == printed, "README's demo output drifted: python benchmarks/readme_demo.py --write"


def test_timings_are_all_that_is_ignored():
    a = "storyline run 1 into demo.duckdb in 6.2s\n  articles  30 added  (25 articles/s extracting)\n  coded (3.3s)"
    b = "storyline run 1 into demo.duckdb in 9.0s\n  articles  30 added  (7 articles/s extracting)\n  coded (1.0s)"
    assert readme_demo.normalise(a) == readme_demo.normalise(b)
    assert readme_demo.normalise(a) != readme_demo.normalise(a.replace("30 added", "29 added"))
