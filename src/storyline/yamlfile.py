"""YAML for the built-in data files and the user's own: LibYAML's C loader where PyYAML has it.

Every worker reads the verb lexicon, the gazetteer's lists and the debris rules when it starts; the
pure-Python loader spends a third of a second on them, the C loader a tenth of that. Both build the
same safe types and raise the same yaml.YAMLError.
"""

from __future__ import annotations

from typing import Any

import yaml

from .errors import DataFileError

_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SAFE):  # type: ignore[misc,valid-type]
    """The safe loader, refusing a key given twice in one mapping: YAML keeps the last silently, and a
    word list or an entry written twice would lose the first without a word."""

    def construct_mapping(self, node, deep=False):
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                duplicate = key in seen
                seen.add(key)
            except TypeError:  # an unhashable key: the constructor below says so
                continue
            if duplicate:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping", node.start_mark, f"duplicate key {key!r}", key_node.start_mark
                )
        return super().construct_mapping(node, deep=deep)


_LOADER = _Loader


def load_yaml(text: str, path: str | None = None) -> Any:
    """The document in `text`, as yaml.safe_load reads it. With the file's `path`, broken YAML is a
    DataFileError that names the file and the line, like every other fault of a data file."""
    if path is None:
        return yaml.load(text, Loader=_LOADER)  # a safe loader: CSafeLoader or SafeLoader
    try:
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise DataFileError(path, where, f"not valid YAML ({getattr(err, 'problem', None) or err})") from err


__all__ = ["load_yaml"]
