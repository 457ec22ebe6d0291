"""Conditions, however a sentence states them: the stretch of a sentence that sets one, and what it binds.

The parse marks "if" and "unless" as a clause's own conjunction, and the coder has read those since issue 20's first
rounds (modality.py). News states conditions in other words too, and the small model parses them every which way:
"provided (that) Japan lifts its ban" ("provided" a preposition, "lifts" its complement), "providing the deputies
would support his government" ("the deputies" the object of "providing"), "as long as the rebels keep fighting",
"on condition that", "in the event of an attack", and the inverted conditional of formal English: "Should Iraq
invade Kuwait, ...", "Were the government to resign, ...", "Had the army attacked, ...". Read through the tree, the
acts inside them came out as done ("Japan lifts its ban": CONCEDE) and those they bind as promised. Read here by
the words themselves, as a reader does:

- a condition opens at one of the phrases of `condition_openers` (data/words.yaml), or at a sentence's first word
  when that is one of `inverted_conditionals` followed by its subject (a statement, not a question, with a comma to
  close the clause), and runs to the next comma, semicolon or dash, or to the sentence's end;
- an opener that is also a verb ("provided", "providing", "assuming", "supposing") opens a condition only where it
  is no verb of its own clause (no subject, no auxiliary: "Britain is providing aid", "the aid provided by the
  bank" set none) and a finite verb follows in its stretch, or "that" does; "as long as" only with a finite verb
  ("talks could last as long as a month" sets none);
- an act inside a condition is not reported as done (`inside`); an act outside one, in a clause that looks ahead
  ("will", "would"), is bound by it (`binding`): modality.py then reads it as it reads "if" and "unless" (a threat,
  a conditional offer, or a consequence that is no event).
"""

from __future__ import annotations

from dataclasses import dataclass

from .grammar import WORDS

CONDITION_OPENERS = tuple(sorted((tuple(p.split()) for p in WORDS["condition_openers"]), key=len, reverse=True))
# the openers by their first word, longest first: a sentence is read once, a word at a time
OPENERS_BY_FIRST_WORD: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in CONDITION_OPENERS:
    OPENERS_BY_FIRST_WORD[_phrase[0]] = (*OPENERS_BY_FIRST_WORD.get(_phrase[0], ()), _phrase)
INVERTED_CONDITIONALS = WORDS["inverted_conditionals"]
# openers that are also verbs: they set a condition only where they head no clause of their own
VERB_OPENERS = frozenset({"provided", "providing", "assuming", "supposing"})
# what closes a condition's stretch
CLOSERS = frozenset({",", ";", "--", "-", "—", "–", ":"})
# tags of a finite verb: a condition states a clause
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
# the words that make what a clause says look ahead, as a condition's consequence does
AHEAD_AUX = frozenset({"will", "would", "'ll", "'d", "shall", "wo"})
# a subject's first word: "Should Iraq invade", "Were the government to resign"
SUBJECT_STARTS = frozenset({"DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"})


@dataclass(frozen=True)
class Condition:
    """A stretch of a sentence (token indices in the doc, end exclusive) that sets a condition, and its opener."""

    start: int
    end: int
    opener: str


def _stretch_end(sent, after: int) -> int:
    """Where a condition opened before `after` closes: the next comma, semicolon or dash, else the sentence's end."""
    for tok in sent:
        if tok.i >= after and tok.text in CLOSERS:
            return tok.i
    return sent.end


def _states_a_clause(sent, start: int, end: int) -> bool:
    """Whether a finite clause of its own follows ("providing the deputies would support"), not one that only
    describes a noun ("a corporation providing aid to countries that need it")."""
    for t in sent.doc[start:end]:
        if t.tag_ in FINITE_TAGS:
            verb = t.head if t.dep_ in ("aux", "auxpass") else t
            if verb.dep_ not in ("relcl", "acl"):
                return True
    return False


def _heads_own_clause(tok, that: bool = False) -> bool:
    """ "Britain is providing aid", "the aid provided by the bank": a verb of its own, no condition. Followed by
    "that", only a verb with its own subject or auxiliary ("the law provided that"): "takes effect provided that"
    is a condition however the parser hangs it; so is "providing" hung on a noun ("the authority to remain
    providing the deputies would support him"), where a clause of its own follows (`_states_a_clause`)."""
    own = (
        ("ROOT",)
        if that
        else ("ROOT", "relcl", "amod", "conj")
        if tok.tag_ == "VBG"
        else ("ROOT", "acl", "relcl", "amod", "conj")
    )
    if tok.dep_ in own:
        return True
    if any(ch.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for ch in tok.children):
        return True
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return before is not None and before.lemma_.lower() in ("be", "have")


# the last sentence read and its conditions: the coder asks of each candidate of a sentence in turn
_last: tuple[object, int, list[Condition]] | None = None


def condition_spans(sent) -> list[Condition]:
    """The conditions a sentence sets (see the module's docstring), in order; read once per sentence."""
    global _last
    if _last is not None and _last[0] is sent.doc and _last[1] == sent.start:
        return _last[2]
    found = _read(sent)
    _last = (sent.doc, sent.start, found)
    return found


def _read(sent) -> list[Condition]:
    found: list[Condition] = []
    words = [t.lower_ for t in sent]
    k = 0
    while k < len(words):
        candidates = OPENERS_BY_FIRST_WORD.get(words[k], ())
        phrase = next((p for p in candidates if tuple(words[k : k + len(p)]) == p), None)
        if phrase is None:
            k += 1
            continue
        first = sent[k]
        after = first.i + len(phrase)
        end = _stretch_end(sent, after)
        opener = " ".join(phrase)
        ok = True
        if phrase[0] in VERB_OPENERS:
            that = phrase[-1] == "that"
            ok = not _heads_own_clause(first, that) and (that or _states_a_clause(sent, after, end))
        elif phrase[-2:] == ("long", "as"):
            ok = _states_a_clause(sent, after, end)
        if ok and end > after:
            found.append(Condition(first.i, end, opener))
            k = end - sent.start
        else:
            k += 1
    start = next((t for t in sent if not t.is_punct and t.lower_ not in ("but", "and", "yet")), None)
    if (
        start is not None
        and start.lower_ in INVERTED_CONDITIONALS
        and start.i + 1 < sent.end
        and sent.doc[start.i + 1].pos_ in SUBJECT_STARTS
        and not sent.text.rstrip().endswith("?")
    ):
        end = _stretch_end(sent, start.i + 1)
        if end < sent.end:  # the condition's clause closes with a comma before the main clause
            found.insert(0, Condition(start.i, end, start.lower_))
    return found


def inside(tok) -> Condition | None:
    """The condition a word stands inside, if any ("provided that Japan lifts its ban": "lifts")."""
    return next((c for c in condition_spans(tok.sent) if c.start <= tok.i < c.end), None)


def binding(verb) -> Condition | None:
    """The condition that binds a clause looking ahead outside it ("Saudi Arabia would ask for help, should Iraq
    invade"; "the union will strike unless ..." is read through the tree, modality.py), if any. A clause told as
    done ("the minister met the rebels and said talks would go on as long as ...": the meeting) is bound by none."""
    auxes = {ch.lower_ for ch in verb.children if ch.dep_ in ("aux", "auxpass")}
    if verb.dep_ in ("xcomp", "conj") and not auxes:
        auxes = {ch.lower_ for ch in verb.head.children if ch.dep_ in ("aux", "auxpass")}
    if not auxes & AHEAD_AUX:
        return None
    return next((c for c in condition_spans(verb.sent) if not c.start <= verb.i < c.end), None)
