"""Validated word-list files: the built-in lists the actor and speaker rules read.

Each file holds exactly the lists its rules read, each a non-empty list of words (strings: YAML reads
a bare on, off, yes or no as a truth value and the word would be lost). A list no rule reads, or a
rule's list that is missing, is an error naming the file and the list, not a silent change of
behaviour. `actors/data/words.yaml` serves mentions.py, `events/data/speech.yaml` quotes.py.
"""

from __future__ import annotations

from importlib import resources

from ..errors import DataFileError
from ..yamlfile import load_yaml

WordListError = DataFileError  # the one data-file error (storyline/errors.py)


def check_lists(data: object, path: str, lists: frozenset[str]) -> dict[str, frozenset[str]]:
    """The lists of one file, as frozensets of lower-case words, after checking its schema."""
    if not isinstance(data, dict):
        raise WordListError(path, "", "expected a mapping of list names to lists of words")
    missing, unknown = lists - set(data), set(map(str, data)) - lists
    if missing or unknown:
        raise WordListError(
            path,
            "top level",
            "; ".join(
                part
                for part in (
                    f"missing list(s) {', '.join(sorted(missing))}" if missing else "",
                    f"unknown list(s) {', '.join(sorted(unknown))} (no rule reads them)" if unknown else "",
                )
                if part
            ),
        )
    for name, values in data.items():
        if not isinstance(values, list) or not values:
            raise WordListError(path, name, "must be a non-empty list of words")
        for value in values:
            if not isinstance(value, str) or not value.strip():
                raise WordListError(path, name, f"{value!r} is not a word; quote it ('on', 'off', 'yes', 'no')")
    return {name: frozenset(v.lower() for v in values) for name, values in data.items()}


def read_lists(package: str, name: str, lists: frozenset[str]) -> dict[str, frozenset[str]]:
    """The checked lists of a package's data file `name`."""
    path = f"builtin:{package.rsplit('.', 1)[-1]}/data/{name}"
    text = resources.files(package).joinpath(f"data/{name}").read_text("utf-8")
    return check_lists(load_yaml(text), path, lists)
