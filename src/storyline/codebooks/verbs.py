"""TABARI/PETRARCH verb dictionaries, read into storyline's event patterns (PLOVER types via CAMEO).

A block opens with "--- DESCRIPTION [CODE] ---" (or "### DESCRIPTION ###"), lists its verbs (with
irregular forms in braces and an optional code of their own) and then its patterns:

    --- GRANT [070] ---
    GRANT
    GIVE {GAVE GIVEN}
    - * &CURRENCY [071]
    - * ASYLUM TO + [0724]

Synsets ("&CURRENCY" then "+DOLLARS" lines) stand for any of their words. storyline's coder works
on the parse, so a pattern becomes constraints it can check there: the first word after the verb
("*") is an object the verb must have (or a preposition that must follow, whose object is the
target "+"). A pattern that needs more than that (words before the verb, several objects) is
counted as skipped rather than guessed at.
"""

from __future__ import annotations

import re

from . import _strip_comments
from .cameo import event_type

_BRACKET = re.compile(r"\[([^\]]*)\]")
PREPOSITIONS = {
    "TO",
    "WITH",
    "AGAINST",
    "ON",
    "FOR",
    "OF",
    "FROM",
    "IN",
    "INTO",
    "AT",
    "OVER",
    "ABOUT",
    "BEHIND",
    "UPON",
}
# pattern tokens that carry no word: source, target, skip, any-phrase markers
MARKERS = {"$", "+", "%", "^", "*", "**", "=", "|"}


def read_verbs(text: str, source: str) -> tuple[dict, dict]:
    """(lexicon data {"sets", "verbs"} in storyline's pattern-file shape, a summary of what was read)."""
    synsets: dict[str, list[str]] = {}
    current_syn: str | None = None
    blocks: list[dict] = []
    block: dict | None = None
    for raw in _strip_comments(text).splitlines():
        line = raw.strip()
        if not line:
            current_syn = None
            continue
        if line.startswith("&") and not line.startswith("&&"):
            current_syn = line.split()[0][1:].rstrip("_").upper()
            synsets.setdefault(current_syn, [])
            continue
        if line.startswith("+") and current_syn is not None:
            synsets[current_syn].append(line[1:].replace("_", " ").strip().lower())
            continue
        current_syn = None
        if (line.startswith("---") and line.endswith("---")) or (line.startswith("###") and line.endswith("###")):
            codes = _BRACKET.findall(line)
            block = {"code": codes[0].strip() if codes else "---", "verbs": [], "patterns": []}
            blocks.append(block)
            continue
        if line.startswith("-"):
            if block is None:
                block = {"code": "---", "verbs": [], "patterns": []}
                blocks.append(block)
            codes = _BRACKET.findall(line)
            if codes:
                block["patterns"].append((_BRACKET.sub("", line[1:]).split(), codes[0].strip()))
            continue
        # a verb line: VERB {FORMS} [CODE]
        if block is None:
            block = {"code": "---", "verbs": [], "patterns": []}
            blocks.append(block)
        codes = _BRACKET.findall(line)
        words = re.sub(r"\{[^}]*\}", "", _BRACKET.sub("", line)).split()
        if words:
            block["verbs"].append((words[0].replace("_", " ").lower(), codes[0].strip() if codes else None))
    verbs: dict[str, list] = {}
    summary = {"verbs": 0, "patterns": 0, "skipped": 0, "no_event": 0}
    for b in blocks:
        for verb, own in b["verbs"]:
            coded = event_type(own or b["code"])
            if coded:
                plover, mode = coded
                verbs.setdefault(plover, []).append({"lemma": verb, **({"mode": mode} if mode else {})})
                summary["verbs"] += 1
            else:
                summary["no_event"] += 1
            for tokens, code in b["patterns"]:
                entry = _pattern(verb, tokens, synsets)
                coded = event_type(code)
                if entry is None or coded is None:
                    summary["skipped" if entry is None else "no_event"] += 1
                    continue
                plover, mode = coded
                if mode:
                    entry["mode"] = mode
                verbs.setdefault(plover, []).append(entry)
                summary["patterns"] += 1
    return {"verbs": verbs}, summary


def _pattern(verb: str, tokens: list[str], synsets: dict[str, list[str]]) -> dict | None:
    """storyline constraints for one pattern's tokens, or None when it cannot be expressed."""
    stars = [i for i, t in enumerate(tokens) if t in ("*", "**")]
    if not stars:
        return None
    before = [t for t in tokens[: stars[0]] if t not in MARKERS]
    if before:
        return None  # words before the verb: not a constraint on the verb's own arguments
    after = [t for t in tokens[stars[0] + 1 :] if t not in ("$",)]
    if not after:
        return {"lemma": verb}
    first = after[0]
    if first.upper() in PREPOSITIONS:
        rest = [t for t in after[1:] if t not in MARKERS]
        entry: dict = {"lemma": f"{verb} {first.lower()}", "recipient": [first.lower()]}
        if rest:
            words = _words(rest[0], synsets)
            if words is None:
                return None
            entry["prep_objects"] = words
        return entry
    if first in MARKERS:
        return {"lemma": verb} if first == "+" else None
    words = _words(first, synsets)
    if words is None:
        return None
    entry = {"lemma": verb, "objects": words}
    tail = [t for t in after[1:] if t not in MARKERS]
    if tail and tail[0].upper() in PREPOSITIONS:
        entry["recipient"] = [tail[0].lower(), "dobj"]
    return entry


def _words(token: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """The words a pattern token stands for: a synset's members, or the word and its singular."""
    if token.startswith("&"):
        members = synsets.get(token[1:].rstrip("_").upper())
        if not members:
            return None
        return sorted({_lemma(w.split()[-1]) for w in members})
    word = token.replace("_", " ").split()[-1].lower()
    if not re.match(r"^[a-z][a-z'-]*$", word):
        return None
    return [_lemma(word)]


def _lemma(word: str) -> str:
    """The singular a parse would give a pattern's noun: "weapons" -> "weapon", "talks" stays."""
    if word in ("talks", "news", "arms", "relations", "sanctions", "forces"):
        return word if word == "talks" else word[:-1]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
