"""YAML for the built-in data files and the user's own: LibYAML's C loader where PyYAML has it.

Every worker reads the verb lexicon, the gazetteer's lists and the debris rules when it starts; the
pure-Python loader spends a third of a second on them, the C loader a tenth of that. Both build the
same safe types and raise the same yaml.YAMLError.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The document in `text`, as yaml.safe_load reads it."""
    return yaml.load(text, Loader=_LOADER)  # a safe loader: CSafeLoader or SafeLoader


__all__ = ["load_yaml"]
