"""Rows the optional reader of whole sentences (meaning.py) finds on its own word.

The rules find an event through a verb or a noun of the lexicon; a sentence that reports one in words no
pattern names ("Labour's plans were 'a con', Mr Howard said", "the two leaders spent the afternoon
together") gives them no candidate, and the reader could only ever confirm or veto what the rules found.
Ten rounds of reading misses show that most of what the coder misses on unread text is lost so, before any
filter: no candidate of the type at all. This step lets the reader speak alone where it is sure enough (ALONE,
chosen on `tune` and `tune2`):

- a type the reader gives with probability >= meaning.ALONE becomes a row in a sentence where the rules coded
  nothing (beside a row, the reader's other types are mostly echoes of that event), if the rules found no
  candidate of it at all (a dropped one it was not sure enough of stays dropped; "did not attack" stays no attack);
- only in a sentence that names a state or a party of a political or social sector (a firm's results, a
  match, a storm name none), and the row must take at least one such party;
- its parties are read from the clause the type is said in: a statement's speaker for the acts one does by
  saying (accusing, asking, rejecting, praising, promising, threatening), else the subject of the reported
  clause (the by-phrase of a passive, whose subject undergoes it); the recipient is the first other state or
  political party that clause names, else the first other party;
- its rule is "meaning alone 0.97", so an analyst can count these rows apart and discount them.

Off unless the reader is (`--meaning`).
"""

from __future__ import annotations

from ..actors.mentions import DocActors, is_unresolved
from .candidate import Candidate
from .filters import POLITICAL_SECTORS, political_party
from .participants import ParticipantFinder
from .quotes import SPEECH_VERBS

# the acts done by saying them: a statement's speaker is their actor ("X said Y's plan was a con": X accuses Y)
SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "THREATEN"})
# the clauses that carry what a speech verb reports
REPORTED = ("ccomp", "xcomp", "parataxis")


def political_in(sent, actors: DocActors) -> bool:
    """Whether a sentence names a state or an actor of a political or social sector."""
    for tok in sent:
        hit = actors.actor_for(tok) if tok.pos_ in ("PROPN", "NOUN", "PRON") else None
        if hit is not None and (hit[0].kind == "country" or hit[0].sector in POLITICAL_SECTORS):
            return True
    return False


class AloneRows:
    """Builds the reader's own rows (see the module's docstring); reads the participant finder only."""

    def __init__(self, participants: ParticipantFinder):
        self.participants = participants

    def clause_of(self, event_type: str, sent):
        """The verb a row of this type hangs from: the speech verb for an act done by saying, else the clause
        the speech verbs report ("officials said the agency quoted him as saying troops had shelled it": shelled),
        else the sentence's root."""
        root = sent.root
        if event_type in SPEECH_ACTS:
            return root
        verb = root
        for _ in range(3):
            reported = None
            if verb.lemma_.lower() in SPEECH_VERBS:
                reported = next((c for c in verb.children if c.dep_ in REPORTED and c.pos_ in ("VERB", "AUX")), None)
            if reported is None:
                # "quoted him as saying ...": the report hangs from the "as" of the verb that quotes
                reported = next(
                    (
                        g
                        for c in verb.children
                        if c.dep_ == "prep" and c.lower_ == "as"
                        for p in c.children
                        if p.dep_ == "pcomp" and p.lemma_.lower() in SPEECH_VERBS
                        for g in p.children
                        if g.dep_ in REPORTED and g.pos_ in ("VERB", "AUX")
                    ),
                    None,
                )
            if reported is None:
                break
            verb = reported
        return verb

    def candidates(
        self, reading: dict[str, float], threshold: float, sent, actors: DocActors, have: set[str], known: frozenset
    ) -> list[Candidate]:
        """One candidate per type the reader gives >= threshold that `have` (the types the rules found a candidate
        of in the sentence) lacks, each with a political party."""
        types = sorted((t for t, p in reading.items() if p >= threshold and t not in have), key=lambda t: -reading[t])
        if not types or not political_in(sent, actors):
            return []
        out = []
        for event_type in types:
            verb = self.clause_of(event_type, sent)
            patient = self.participants.patient(verb)
            if patient is not None:
                # "was ordered to pay compensation by the Supreme Court": the by-phrase acts (wherever the parser
                # hung it), the subject undergoes
                subject = self.participants.agent_of(verb) or next(
                    (
                        p
                        for t in verb.subtree
                        if t.dep_ in ("prep", "agent") and t.lower_ == "by"
                        for p in t.children
                        if p.dep_ == "pobj"
                    ),
                    None,
                )
                doers = self.participants.parties(subject, actors) if subject is not None else []
                undergoes = [p for p in self.participants.parties(patient, actors) if p not in doers]
            else:
                subject = self.participants.subject_token(verb)
                doers = self.participants.parties(subject, actors) if subject is not None else []
                if not doers and subject is not None and subject.lower_ in ("it", "they", "we", "he", "she"):
                    doers = self.participants.speaker_pronoun(verb, actors)
                undergoes = []
            recipients = undergoes[:1] or self._first_other_party(verb, subject, doers, actors, known)
            if not any(political_party(p, known) for p in (*doers, *recipients)):
                continue
            out.append(
                Candidate(
                    trigger=verb,
                    type=event_type,
                    mode=None,
                    rule=f"meaning alone {reading[event_type]:.2f}",
                    actors=doers,
                    recipients=recipients,
                    subject=subject,
                    actor_optional=True,
                )
            )
        return out

    def _first_other_party(self, verb, subject, doers: list[dict], actors: DocActors, known: frozenset) -> list[dict]:
        """The first party the clause names outside its subject's phrase, other than the doers: a named state or
        political party first ("said the campaign, offensive to many people, was a misjudgement by Labour": Labour),
        then one named by what it is ("critics"), else any ("the plaintiffs")."""
        skip = {t.i for t in subject.subtree} if subject is not None else set()
        own = {p["key"] for p in doers}
        found: list[dict] = []
        for tok in verb.subtree:
            if tok.i in skip or tok.pos_ not in ("PROPN", "NOUN") or actors.actor_for(tok) is None:
                continue
            found.extend(p for p in self.participants.parties(tok, actors) if p["key"] not in own)
        named = [p for p in found if political_party(p, known) and not is_unresolved(p["key"])]
        political = [p for p in found if political_party(p, known)]
        return (named or political or found)[:1]
