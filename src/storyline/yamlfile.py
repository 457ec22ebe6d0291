"""YAML for the built-in data files and the user's own: LibYAML's C loader where PyYAML has it.

Every worker reads the verb lexicon, the gazetteer's lists and the debris rules when it starts; the
pure-Python loader spends a third of a second on them, the C loader a tenth of that. Both build the
same safe types and raise the same yaml.YAMLError.
"""

from __future__ import annotations

from typing import Any

import yaml

from .errors import DataFileError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
