"""Saying no: candidates without an actor-like participant, disasters and sport are not events.

Part of the sentence coder (coder.py), which combines these steps; `self` is a SentenceCoder.
"""

from __future__ import annotations

from ..actors.mentions import DocActors
from .candidate import Candidate
from .grammar import (
    DISASTER_WORDS,
    NEEDS_ACTOR,
    SPORT_WORDS,
    WEAPON_WORDS,
)


class EventFilter:
    """Saying no: candidates without an actor-like participant, disasters and sport are not events."""

    def _keep(self, c: Candidate, actors: DocActors) -> bool:
        subj = c.subject
        if c.type in ("ASSAULT", "COERCE", "PROTEST") and any(t.lemma_.lower() in SPORT_WORDS for t in c.trigger.sent):
            return False  # "United launched an attack down the left": a match, not a war
        if c.nominal and c.rule.endswith("(under)"):
            return True  # "was put under investigation": the investigator is often unnamed
        if c.type in NEEDS_ACTOR and not c.actors and not (subj is not None and self._actor_like(subj, actors)):
            return False
        if c.type == "ASSAULT" and subj is not None and self._disaster(subj):
            return False
        if c.type == "ASSAULT":
            for ch in c.trigger.children:
                if ch.dep_ == "agent" or (ch.dep_ == "prep" and ch.lower_ in ("by", "from", "in")):
                    for p in ch.children:
                        if p.dep_ == "pobj" and self._disaster(p):
                            return False
        if c.actors:
            return True
        if subj is not None and self._actor_like(subj, actors):
            return True
        if c.type == "ASSAULT":
            # "78 people were killed", "rockets hit Misrata", "the attack began"
            if subj is not None and (subj.lemma_.lower() in WEAPON_WORDS or self._weaponish(subj)):
                return True
            victim = next((ch for ch in c.trigger.children if ch.dep_ in ("nsubjpass", "dobj")), None)
            if victim is not None and self._human(victim, actors):
                return True
            if c.nominal and c.actor_optional:
                return True
            return subj is None and bool(c.recipients)
        if c.nominal and c.actor_optional and (c.recipients or c.type in ("CONSULT", "PROTEST", "COERCE")):
            return True
        if c.recipients and subj is None:
            return c.type not in ("CONSULT",) or bool(c.recipients)
        return False

    @staticmethod
    def _disaster(tok) -> bool:
        words = {t.lemma_.lower() for t in tok.subtree}
        if words & {"bomb", "rocket", "missile", "mortar", "grenade", "suicide", "car", "roadside", "ied", "shell"}:
            return False
        return tok.lemma_.lower() in DISASTER_WORDS or bool(
            words & DISASTER_WORDS and tok.lemma_.lower() in {"explosion", "blast", "fire", "collapse"}
        )

    @staticmethod
    def _weaponish(tok) -> bool:
        return any(t.lemma_.lower() in WEAPON_WORDS for t in tok.subtree)
