"""Every problem reason the code can write is in the catalogue (storyline.problems.REASONS)."""

from __future__ import annotations

import re
from pathlib import Path

from storyline.problems import REASONS

SRC = Path(__file__).resolve().parent.parent / "src" / "storyline"
# Problem(path, "reason", ...) on one line or across lines
CALL = re.compile(r"Problem\(\s*[^,()]+(?:\([^()]*\))?\s*,\s*\"([a-z_]+)\"", re.S)


def test_every_reason_written_is_catalogued():
    used = set()
    for path in SRC.rglob("*.py"):
        used.update(CALL.findall(path.read_text(encoding="utf-8")))
    assert len(used) >= 20, used  # the scan itself works
    assert used <= set(REASONS), sorted(used - set(REASONS))
