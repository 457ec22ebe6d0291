"""codebooks: the TABARI and PETRARCH dictionaries event-data users already have, read as they are.

    actors.py   actor dictionaries (NAME_ [CODE], +ALIAS, date-restricted codes) and agent
                dictionaries (NOUN {PLURAL} [~SECTOR]) -> storyline actor entries
    verbs.py    verb dictionaries (--- BLOCK [CODE] ---, verb lines, "- * PATTERN [CODE]" lines)
                -> storyline event patterns, CAMEO codes mapped to PLOVER types
    cameo.py    what a CAMEO code says: country and sector of an actor code, PLOVER type of an event code

`--actors FILE` and `--patterns FILE` take these files as well as storyline's own YAML/CSV; the
format is told from the content (`detect`), not from the file's name.
"""

from __future__ import annotations

import re

# a bracketed code line or pattern line of the TABARI/PETRARCH formats
_CODE = re.compile(r"\[[^\]]*\]")


def detect(text: str) -> str:
    """The format of a dictionary file: petrarch-verbs | petrarch-agents | petrarch-actors | yaml | csv."""
    lines = [ln.strip() for ln in _strip_comments(text).splitlines() if ln.strip()]
    if not lines:
        return "yaml"
    head = lines[0].lower()
    if head.startswith(("name,", "name\t")):
        return "csv"
    if any(ln.startswith("---") and ln.endswith("---") and _CODE.search(ln) for ln in lines) or any(
        ln.startswith("- ") and "*" in ln and _CODE.search(ln) for ln in lines
    ):
        return "petrarch-verbs"
    codes = [c for ln in lines for c in _CODE.findall(ln)]
    if codes and sum("~" in c for c in codes) >= max(1, len(codes) // 2):
        return "petrarch-agents"
    bracketed = sum(bool(_CODE.search(ln)) or ln.startswith("+") for ln in lines)
    upper_names = sum(bool(re.match(r"^[A-Z0-9][A-Z0-9_.'&/-]*(\s|$)", ln)) for ln in lines)
    if codes and bracketed + upper_names >= len(lines) * 0.8 and not lines[0].startswith(("-", "{")):
        return "petrarch-actors"
    return "yaml"


def _strip_comments(text: str) -> str:
    """Remove <!-- --> blocks and # or ; comments (TABARI used ;, PETRARCH #)."""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    return "\n".join(re.split(r"\s[#;]|^[#;]", line, maxsplit=1)[0] for line in text.splitlines())


__all__ = ["detect"]
