"""Counted nouns for what storyline prints: "1 source", "2 sources", "1 story", "3 stories".

One helper, so every summary, report and page agrees; English nouns only (storyline's own words).
"""

from __future__ import annotations

_IRREGULAR = {"person": "people", "child": "children", "analysis": "analyses", "crisis": "crises"}


def plural_noun(noun: str, n: int) -> str:
    """The noun as it reads after the number n; the last word of a phrase is the one that changes."""
    if n == 1:
        return noun
    head, _, last = noun.rpartition(" ")
    if last in _IRREGULAR:
        many = _IRREGULAR[last]
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        many = last[:-1] + "ies"  # story, copy, country
    elif last.endswith(("s", "x", "ch", "sh")):
        many = last + "es"
    else:
        many = last + "s"
    return f"{head} {many}" if head else many


def plural(n: int, noun: str) -> str:
    """'1 source', '2 sources', '1,204 event mentions'."""
    return f"{n:,} {plural_noun(noun, n)}"


__all__ = ["plural", "plural_noun"]
