"""The error catalogue for data files: one exception for every file storyline reads rules from.

Built-in lists (events/data/*.yaml) and the user's own files (--patterns, codebooks) fail the same
way, so a user sees which file, where in it and why, and a caller catches one class. It is a
ValueError, so code that already catches bad input as ValueError keeps working.
"""

from __future__ import annotations

from pathlib import Path


class DataFileError(ValueError):
    """A data file storyline cannot use: `path` (the file, or "builtin:NAME"), `where` (a key, entry or
    line: "" for the whole file) and `why` (what is wrong and what would be right)."""

    def __init__(self, path: str | Path, where: str, why: str):
        self.path = str(path)
        self.where = where
        self.why = why
        super().__init__(f"{self.path}: {where}: {why}" if where else f"{self.path}: {why}")

    def __reduce__(self):  # workers raise it across processes: rebuild it from its three parts
        return (type(self), (self.path, self.where, self.why))


__all__ = ["DataFileError"]
