"""The event coder: who did what to whom, when and where, from one parsed sentence at a time.

A verb (or an event noun) from the lexicon is a candidate trigger. The dependency parse gives its
actor (subject, or the agent of a passive), its recipient (object, or the object of the
preposition the pattern names) and everything that changes what the sentence claims:

  negation       "did not attack", "no talks"                       -> status negated
  modality       "will visit", "is set to send", "plans to"         -> planned
                 "could strike", "if", "whether", "unknown whether" -> hypothetical
  control verbs  "agreed to allow" (AGREE), "threatened to strike" (THREATEN), "refused to meet"
                 (REJECT), "urged X to end" (REQUEST): the embedded action gives the mode only
  intentions     a planned cooperative action is a promise (AGREE); a planned hostile action is
                 a threat (THREATEN); "will not step down" is a refusal (REJECT) - as PLOVER codes them
  attribution    "X said", "according to X", a speech verb above the trigger

Saying no matters as much as saying yes: a trigger with no actor-like participant (markets,
disasters, "threatened to become") is not an event, and disasters are not assaults. Every event
carries the rule that made it and the character offsets of trigger, actor and recipient.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..actors.gazetteer import Gazetteer
from ..actors.mentions import Actor, DocActors
from ..records import EventMention
from .dates import resolve
from .lexicon import Lexicon, Pattern, words
from .ontology import COOPERATIVE_ACTIONS, HOSTILE_ACTIONS, PROMISABLE, coding
from .quotes import SPEECH_VERBS, according_to, speaker_of, speech_verb

WORDS = words()

FUTURE_AUX = WORDS["future_aux"]
HYPOTHETICAL_AUX = WORDS["hypothetical_aux"]
PLAN_VERBS = WORDS["plan_verbs"]
PASS_VERBS = WORDS["pass_verbs"]
OBJECT_CONTROL = WORDS["object_control"]
DOUBT_WORDS = WORDS["doubt_words"]
CONTAINER_NOUNS = WORDS["container_nouns"]
DISASTER_WORDS = WORDS["disaster_words"]
WEAPON_WORDS = WORDS["weapon_words"]
HAPPENING_VERBS = WORDS["happening_verbs"]
LIGHT_VERBS = WORDS["light_verbs"]
TIME_PREPS = WORDS["time_preps"]
ENGAGE_VERBS = frozenset(WORDS["engage_verbs"])
HOSTILE_INTENTS = frozenset(WORDS["hostile_intents"])
NEEDS_ACTOR = WORDS["needs_actor"]
COLLECTIVES = WORDS["collectives"]
BACKGROUND_MARKS = WORDS["background_marks"]
STATIVE_PASSIVE = WORDS["stative_passive"]
ACTOR_PASSIVE_TYPES = WORDS["actor_passive_types"]
REFUSABLE = WORDS["refusable"]
COERCIVE_ORDERS = WORDS["coercive_orders"]
ALLEGATION_HEADS = WORDS["allegation_heads"]
PURPOSE_CARRIERS = WORDS["purpose_carriers"]
LOCATION_PREPS = WORDS["location_preps"]
QUANTITY_WORDS = WORDS["quantity_words"]
HUMAN_NOUNS = WORDS["human_nouns"]
SPORT_WORDS = WORDS["sport_words"]


@dataclass(slots=True)
class Candidate:
    """An event being built for one trigger, before status and filters are applied."""

    trigger: object  # spaCy token
    type: str
    mode: str | None
    rule: str
    pattern: Pattern | None = None
    actors: list[dict] = field(default_factory=list)
    recipients: list[dict] = field(default_factory=list)
    subject: object | None = None
    obj: object | None = None
    nominal: bool = False
    status: str = "happened"
    negated: bool = False
    control: str | None = None
    embedded: list[Candidate] = field(default_factory=list)
    suppressed: bool = False
    actor_optional: bool = False
    background: bool = False


class SentenceCoder:
    """Codes the events of one article's sentences (needs its DocActors)."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer):
        self.lex = lexicon
        self.g = gazetteer
        self.known_verbs = frozenset(lexicon.verbs).union(*WORDS.values(), SPEECH_VERBS)
        self.support_nouns = frozenset(lexicon.sets.get("support", ()))

    def repair_lemmas(self, doc) -> None:
        """Second-guess the small model's lemmatiser where it slips on verbs ("staged" -> "stag",
        "hoped" -> "hop"): a verb whose lemma we do not know, but whose simple de-inflection we do,
        takes that de-inflection. Done once per Doc, so every rule sees the same lemma."""
        known = self.known_verbs
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX", "ADJ") or tok.lemma_.lower() in known:
                continue
            low = tok.lower_
            for cand in (low[:-1], low[:-2], low[:-3], low[:-3] + "e", low[:-3] + "y", low):
                if len(cand) >= 3 and cand in known and cand[:3] == low[:3]:
                    tok.lemma_ = cand
                    break

    # ---- public ----------------------------------------------------------------------------------
    def code(
        self,
        doc,
        actors: DocActors,
        article_id: str,
        anchor: date | None,
        anchor_precision: str,
        sent_index: dict[int, int],
    ) -> list[EventMention]:
        events: list[EventMention] = []
        for sent in doc.sents:
            cands = self._candidates(sent, actors)
            cands.extend(self._demands(sent, actors, cands))
            if not cands:
                continue
            self._resolve_control(cands, actors)
            for c in cands:
                if c.suppressed:
                    continue
                if not c.rule.startswith("clause:"):
                    self._status(c)
                    if c.rule.startswith("refusal:"):
                        c.negated = False  # the negation is what makes it a refusal
                        if c.status == "planned":
                            c.status = "happened"
                    self._retype(c)
                if not self._keep(c, actors):
                    continue
                events.append(self._emit(c, sent, actors, article_id, anchor, anchor_precision, sent_index))
        return events

    # ---- candidates -------------------------------------------------------------------------------
    def _candidates(self, sent, actors: DocActors) -> list[Candidate]:
        out: list[Candidate] = []
        taken_nouns: set[int] = set()
        for tok in sent:
            verbal = tok.pos_ in ("VERB", "AUX") or (tok.pos_ in ("ADJ", "NOUN") and tok.tag_ in ("VBN", "VBG", "VBD"))
            # headline grammar fools the tagger ("North Korea pledges support"): a root with a subject acts as a verb
            verbal = verbal or (tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children))
            if verbal:
                c = self._verb(tok, actors)
                if c:
                    out.append(c)
                    # "investigating an attack by its aircraft": an event noun with its own agent stays a candidate
                    if c.obj is not None and not any(ch.dep_ == "prep" and ch.lower_ == "by" for ch in c.obj.children):
                        taken_nouns.add(c.obj.i)
                        taken_nouns.update(t.i for t in c.obj.children if t.dep_ == "pobj")
                        for prep in c.obj.children:
                            taken_nouns.update(t.i for t in prep.children if t.dep_ == "pobj")
        verb_subjects = {c.subject.i for c in out if c.subject is not None}
        for tok in sent:
            if tok.pos_ in ("NOUN", "PROPN") and tok.i not in taken_nouns:
                c = self._noun(tok, actors, verb_subjects, out)
                if c:
                    out.append(c)
        return out

    def _demands(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """ "X said Y must V", "a reminder that it must cooperate": a demand (REQUEST) by X of Y."""
        out = []
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") or not any(
                ch.dep_ == "aux" and ch.lower_ == "must" for ch in tok.children
            ):
                continue
            target = next((ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
            if target is None:
                continue
            v, demander = tok, None
            for _ in range(4):
                if v.head.i == v.i:
                    break
                v = v.head
                subj = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
                if subj is not None and v.pos_ in ("VERB", "AUX"):
                    demander = subj
                    break
            if demander is None:
                continue
            c = Candidate(tok, "REQUEST", "demand", "clause:must (demand)")
            c.subject = demander
            c.actors = self._parties(demander, actors)
            c.recipients = self._parties(target, actors) if target.dep_ == "nsubj" else []
            if not c.actors:
                continue
            for other in cands:
                if other.trigger.i == tok.i or (other.trigger.head.i == tok.i and other.trigger.dep_ == "xcomp"):
                    other.suppressed = True  # what is demanded has not happened
            out.append(c)
        return out

    def _match(self, pats: list[Pattern], tok, actors: DocActors) -> tuple[Pattern, object | None] | None:
        children = list(tok.children)
        particles = {c.lower_ for c in children if c.dep_ in ("prt", "prep", "dobj", "advmod", "npadvmod")}
        obj = self._object(tok)
        obj_lemma = obj.lemma_.lower() if obj is not None else None
        subj = self._subject_token(tok)
        subj_lemma = subj.lemma_.lower() if subj is not None else None
        for p in pats:
            if p.particle:
                words = p.particle.split()
                if words[0] not in particles:
                    continue
            if p.objects is not None and not self._in_set(obj, obj_lemma, p.objects, actors):
                continue
            if obj is not None and p.not_objects and self._in_set(obj, obj_lemma, p.not_objects, actors):
                continue
            if p.subjects is not None and not self._in_set(subj, subj_lemma, p.subjects, actors):
                continue
            if subj is not None and p.not_subjects and self._in_set(subj, subj_lemma, p.not_subjects, actors):
                continue
            if p.prep_objects is not None and not any(
                self._in_set(o, o.lemma_.lower(), p.prep_objects, actors)
                for c in children
                if c.dep_ == "prep"
                for o in c.children
                if o.dep_ == "pobj"
            ):
                continue  # "participate in exercises", not "participate in elections"
            if p.needs_complement and not any(
                c.dep_ in ("xcomp", "ccomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "to") for c in children
            ):
                continue
            return p, obj
        return None

    def _in_set(self, tok, lemma: str | None, allowed: frozenset[str], actors: DocActors, deep: bool = True) -> bool:
        if tok is None:
            return False
        if lemma in allowed or tok.lower_ in allowed:
            return True
        if deep:
            # "5.1 million dollars of aid", "photographs and other military intelligence", "the Europe Bridge"
            related = [c for c in tok.children if c.dep_ in ("conj", "compound")]
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    related.extend(c for c in prep.children if c.dep_ == "pobj")
            if any(self._in_set(r, r.lemma_.lower(), allowed, actors, deep=False) for r in related):
                return True
        if "$persons" in allowed and (tok.ent_type_ == "PERSON" or self._person_like(tok, actors)):
            return True
        if "$countries" in allowed and tok.ent_type_ in ("GPE", "NORP"):
            hit = actors.actor_for(tok)
            if hit and hit[0].kind == "country":
                return True
        if "$places" in allowed and tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if "$civilians" in allowed or "$nonstate" in allowed:
            hit = actors.actor_for(tok)
            if hit and hit[0].sector in ("CVL", "OPP", "LAB", "REF"):
                return True
            if (
                "$nonstate" in allowed
                and hit
                and hit[0].kind not in ("country",)
                and hit[0].sector not in ("GOV", "MIL", "COP", "JUD", "IGO", "LEG", "SPY")
            ):
                return True
        return False

    def _person_like(self, tok, actors: DocActors) -> bool:
        hit = actors.actor_for(tok)
        return bool(hit and hit[0].kind == "person")

    def _verb(self, tok, actors: DocActors) -> Candidate | None:
        lemma = tok.lemma_.lower()
        pats = self.lex.verbs.get(lemma)
        found = self._match(pats, tok, actors) if pats else None
        if not found:
            return self._refusal(tok, actors) if lemma in REFUSABLE else None
        p, obj = found
        c = Candidate(tok, p.type, p.mode, p.rule, pattern=p, control=p.control, obj=obj)
        c.subject = self._subject_token(tok)
        self._arguments(c, actors)
        if p.needs_recipient and not c.recipients:
            return None
        if p.needs_partner and not c.recipients:
            return None
        return c

    def _refusal(self, tok, actors: DocActors) -> Candidate | None:
        """ "will not accept", "does not support": a refusal is a REJECT even without a pattern."""
        if not any(ch.dep_ == "neg" for ch in tok.children):
            return None
        auxes = {ch.lower_ for ch in tok.children if ch.dep_ == "aux"}
        if auxes & {"did", "had", "was", "were", "could"} or (tok.tag_ in ("VBD", "VBN") and not auxes & FUTURE_AUX):
            return None
        c = Candidate(tok, tok.lemma_.lower(), None, f"refusal:{tok.lemma_.lower()}", obj=self._object(tok))
        c.subject = self._subject_token(tok)
        self._arguments(c, actors)
        c.type, c.mode = "REJECT", tok.lemma_.lower()
        return c

    def _noun(self, tok, actors: DocActors, verb_subjects: set[int], verbs: list[Candidate]) -> Candidate | None:
        lemma = tok.lemma_.lower()
        key = lemma
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and f"{prev.lower_} {lemma}" in self.lex.nouns:
            key = f"{prev.lower_} {lemma}"
        elif prev is not None and f"{prev.lower_} {tok.lower_}" in self.lex.nouns:
            key = f"{prev.lower_} {tok.lower_}"
        elif lemma not in self.lex.nouns and tok.lower_ not in self.lex.nouns:
            return None
        event_type, mode = self.lex.nouns.get(key) or self.lex.nouns[tok.lower_]
        head = tok.head
        licensed = None
        status = "happened"
        if tok.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
            licensed = "light verb"
        elif tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in ENGAGE_VERBS:
            licensed = "light verb"  # "engaged in ethnic cleansing": the subject does it
        elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in TIME_PREPS:
            licensed = f"after '{head.lower_}'"
            if head.lower_ in ("before", "ahead"):
                status = "planned"
        elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ("ahead", "because", "result"):
            licensed = "adjunct"
        elif tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in HAPPENING_VERBS:
            licensed = "subject of happening"
        elif tok.dep_ == "pobj" and head.lower_ == "under" and event_type in ("ACCUSE", "COERCE"):
            licensed = "under"  # "put under investigation", "placed under arrest": the subject undergoes it
        agent = None
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                agent = next((p for p in child.children if p.dep_ == "pobj"), None)
            if child.dep_ == "poss":
                agent = agent or child
        if agent is not None and licensed is None and event_type in ("ASSAULT", "COERCE", "SANCTION", "PROTEST"):
            licensed = "agent named"
        if licensed is None:
            return None
        if (
            event_type in ("AID", "SUPPORT", "REQUEST", "THREATEN", "REJECT", "COOPERATE", "ACCUSE")
            and agent is None
            and licensed not in ("light verb", "subject of happening", "under")
        ):
            return None
        if any(
            c.trigger.i == tok.i or (c.obj is not None and c.obj.i == tok.i and licensed != "agent named")
            for c in verbs
        ):
            return None
        if tok.i in verb_subjects and licensed == "subject of happening":
            # "the attack killed ten" is one event, coded from the verb
            return None
        c = Candidate(tok, event_type, mode, f"noun:{key} ({licensed})", nominal=True, status=status)
        if agent is not None:
            hit = actors.actor_for(agent)
            if hit:
                c.actors = [self._party(hit)]
            elif agent.pos_ == "PRON":
                agent = None  # "their withdrawal": the one who completes it
        if agent is None and licensed == "light verb":
            subj = self._subject_token(head.head if head.dep_ == "prep" else head)
            if subj is not None:
                c.subject = subj
                c.actors = self._parties(subj, actors)
        elif agent is None and licensed.startswith("after") and event_type == "CONSULT":
            subj = self._subject_token(self._clause_verb(tok))
            if subj is not None:
                c.subject = subj
                c.actors = self._parties(subj, actors)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "on", "against", "to", "between", "in", "into", "at"):
                for p in child.children:
                    if p.dep_ == "pobj":
                        parties = self._parties(p, actors)
                        if child.lower_ == "between":
                            c.actors = c.actors or parties
                        elif parties:
                            c.recipients = parties
        if licensed == "under":
            # the one put under investigation or arrest is the target, whatever the noun's own modifiers say
            undergoer = self._subject_token(head.head)
            c.recipients = self._parties(undergoer, actors) if undergoer is not None else []
        if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in (
            "kill",
            "wound",
            "injure",
            "hit",
            "target",
            "destroy",
        ):
            for child in head.children:
                if child.dep_ == "dobj":
                    c.recipients = self._parties(child, actors)
        c.actor_optional = (
            event_type == "ASSAULT" or licensed.startswith("after") or licensed in ("subject of happening", "under")
        )
        if any(d.dep_ == "det" and d.lower_ == "no" for d in tok.children):
            c.negated = True
        return c

    # ---- arguments --------------------------------------------------------------------------------
    def _subject_token(self, verb):
        """The subject of a verb, looking through conjunctions, control and relative clauses."""
        seen = 0
        v = verb
        via_xcomp = False
        while v is not None and seen < 6:
            seen += 1
            for child in v.children:
                if child.dep_ in ("nsubj", "csubj"):
                    if child.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                        return v.head
                    return child
            for child in v.children:
                if child.dep_ == "agent" and v is verb:
                    return next((p for p in child.children if p.dep_ == "pobj"), None)
                if child.dep_ == "nsubjpass" and v is not verb and not via_xcomp:
                    return child  # "was indicted ... and will resign": the indicted one resigns
            for child in v.children:
                if child.dep_ == "nsubjpass":
                    if v.lemma_.lower() in STATIVE_PASSIVE or via_xcomp:
                        return child  # "Israel is opposed to", "he is prepared to lift": the subject acts
                    return None  # passive without agent: no actor, the subject is the target
            if v.dep_ == "conj":
                v = v.head
            elif v.dep_ == "xcomp":
                head = v.head
                if head.lemma_.lower() in OBJECT_CONTROL:
                    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
                    if obj is not None:
                        return obj
                v = head
                via_xcomp = True
            elif v.dep_ in ("acomp", "attr", "oprd"):
                v = v.head  # "France is ready to contribute": the subject of "is"
            elif v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
                v = v.head.head  # "the League met after suspending Syria": the League suspended
            elif v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return v.head
            elif v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ in ("dobj", "pobj"):
                v = v.head.head  # "issued a declaration demanding ...": the issuer demands
                if v.dep_ == "prep":
                    v = v.head
            elif v.dep_ == "advcl" and v.tag_ == "VBG":
                v = v.head  # "..., saying ..." / "..., killing ..."
            else:
                return None
        return None

    def _object(self, verb):
        """The direct object, looking through container nouns ("a package of sanctions")."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")), None)
        if obj is None:
            # passive: the grammatical subject is the logical object
            obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if obj is None:
            for prep in verb.children:
                if prep.dep_ in ("prep", "prt") and prep.lower_ in ("to", "on", "into", "for", "in", "against", "with"):
                    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        obj = pobj
                        break
        if obj is not None and obj.lemma_.lower() in CONTAINER_NOUNS:
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if inner is not None:
                        return inner
        return obj

    def _parties(self, tok, actors: DocActors, content: frozenset[str] | None = None) -> list[dict]:
        """Actors for an argument head and its conjuncts ("Russia and North Korea"). When the head is
        the event's content noun ("promised Russia's support"), its possessor is no target."""
        parties = []
        if tok.lemma_.lower() in COLLECTIVES:
            inner = next(
                (
                    p
                    for prep in tok.children
                    if prep.dep_ == "prep" and prep.lower_ == "of"
                    for p in prep.children
                    if p.dep_ == "pobj"
                ),
                None,
            )
            if inner is not None:
                tok = inner  # "a group of Chechen refugees", "thousands of students"
        for t in [tok, *self._conjuncts(tok)]:
            # "Foreign Minister Choe Son Hui" parsed with the title as head: the person is the actor
            named = next(
                (
                    c
                    for c in t.children
                    if c.dep_ in ("appos", "compound", "flat", "nmod", "npadvmod")
                    and c.ent_type_ == "PERSON"
                    and c.i > t.i
                ),
                None,
            )
            hit = actors.actor_for(named) if named is not None and t.ent_type_ != "PERSON" else None
            hit = hit or actors.actor_for(t)
            if hit is None and not (content and t.lemma_.lower() in content):
                # "Pyongyang's support", "Syria's treatment of its people": the possessor acts
                poss = next((c for c in t.children if c.dep_ == "poss"), None)
                if poss is not None:
                    hit = actors.actor_for(poss)
                if hit is None:
                    for prep in t.children:
                        if (
                            prep.dep_ == "prep"
                            and prep.lower_ == "of"
                            and t.lemma_.lower() in ("government", "leader", "people", "army")
                        ):
                            inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                            if inner is not None:
                                hit = actors.actor_for(inner)
            if (
                hit is None
                and t.pos_ == "PROPN"
                and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "GPE", "LOC", "FAC")
            ):
                hit = self._proper_name(t)
            if hit is None and t.pos_ == "NOUN":
                # "a United Nations appeal", "the Kremlin statement": the named modifier is the party
                hit = next(
                    (
                        h
                        for c in t.children
                        if c.dep_ == "compound" and c.pos_ == "PROPN"
                        for h in [actors.actor_for(c)]
                        if h is not None
                    ),
                    None,
                )
            if (
                hit is None
                and t.pos_ == "NOUN"
                and any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")
                    for c in t.children
                )
            ):
                hit = self._proper_name(t)  # "the APEC forum", "the Fatah Party"
            if hit is not None:
                party = self._party(hit)
                if party["key"] not in {p["key"] for p in parties}:
                    parties.append(party)
        return parties

    def _proper_name(self, tok) -> tuple[Actor, int, int, str]:
        """A proper name the entity recogniser missed ("Ethopia", "the Arab League"): the gazetteer's
        actor if it knows the name, else an actor by its name."""
        left = min([tok.i, *(c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN"))])
        span = tok.doc[left : tok.i + 1]
        known = self.g.known_actor(span.text)
        if known:
            return (
                Actor(known.key, known.name, known.kind, known.country, known.sector, known.role),
                span.start_char,
                span.end_char,
                span.text,
            )
        iso = self.g.country(span.text)
        if iso:
            return (
                Actor(f"country:{iso}", self.g.country_names.get(iso, iso), "country", iso),
                span.start_char,
                span.end_char,
                span.text,
            )
        return Actor(f"org:{span.text.lower()}", span.text, "org"), span.start_char, span.end_char, span.text

    @staticmethod
    def _conjuncts(tok) -> list:
        out, stack = [], [tok]
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ == "conj":
                    out.append(c)
                    stack.append(c)
        return out

    @staticmethod
    def _party(hit: tuple[Actor, int, int, str]) -> dict:
        actor, start, end, text = hit
        return actor.as_party(text, start, end)

    def _arguments(self, c: Candidate, actors: DocActors) -> None:
        tok = c.trigger
        passive = any(ch.dep_ in ("nsubjpass", "auxpass") for ch in tok.children)
        if c.subject is not None:
            c.actors = self._parties(c.subject, actors)
            if not c.actors and c.subject.lower_ in ("it", "they", "we", "he", "she"):
                c.actors = self._speaker_pronoun(tok, actors)
        if passive and c.type in ACTOR_PASSIVE_TYPES and not c.actors:
            subj = next((ch for ch in tok.children if ch.dep_ == "nsubjpass"), None)
            if subj is not None:
                c.subject = subj
                c.actors = self._parties(subj, actors)
                passive = False
        recipients: list[dict] = []
        p = c.pattern
        order = p.recipient if p else ("dobj",)
        for where in order:
            if where == "dobj":
                target = next((ch for ch in tok.children if ch.dep_ == "nsubjpass"), None) if passive else None
                target = target if target is not None else next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
                if target is not None:
                    recipients = self._parties(target, actors, self.support_nouns)
            elif where == "dative":
                target = next((ch for ch in tok.children if ch.dep_ == "dative"), None)
                if target is not None:
                    recipients = self._parties(target, actors)
            elif where == "place":
                recipients = self._place_parties(tok, actors)
            else:
                for prep in tok.children:
                    if prep.dep_ in ("prep", "prt", "dative") and prep.lower_ == where:
                        pobj = next((ch for ch in prep.children if ch.dep_ == "pobj"), None)
                        if pobj is not None:
                            recipients = self._parties(pobj, actors)
                if not recipients and c.obj is not None:
                    for prep in c.obj.children:  # "launched an offensive against X"
                        if prep.dep_ == "prep" and prep.lower_ == where:
                            pobj = next((ch for ch in prep.children if ch.dep_ == "pobj"), None)
                            if pobj is not None:
                                recipients = self._parties(pobj, actors)
            if recipients:
                break
        actor_keys = {a["key"] for a in c.actors}
        c.recipients = [r for r in recipients if r["key"] not in actor_keys]
        if p is not None and p.needs_partner and not c.recipients:
            if len(c.actors) >= 2:  # "Kim and Lavrov met": each met the other
                c.recipients = c.actors[1:]
                c.actors = c.actors[:1]
            elif (
                c.subject is not None
                and c.actors
                and (c.subject.tag_ in ("NNS", "NNPS") or c.actors[0].get("sector") == "IGO")
            ):
                c.recipients = [dict(c.actors[0])]  # "foreign ministers met", "the Arab League met"

    def _place_parties(self, tok, actors: DocActors) -> list[dict]:
        """ "arrived in Pyongyang", "travel to China": the country of the place visited."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "in", "into"):
                for p in prep.children:
                    if p.dep_ != "pobj":
                        continue
                    hit = actors.actor_for(p)
                    if hit and hit[0].kind == "country":
                        return [self._party(hit)]
                    place = self.g.place(p.text) if p.ent_type_ in ("GPE", "LOC", "FAC") else None
                    if place and place.country:
                        iso = place.country
                        return [
                            {
                                "text": p.text,
                                "key": f"country:{iso}",
                                "name": self.g.country_names.get(iso, iso),
                                "country": iso,
                                "sector": None,
                                "start": p.idx,
                                "end": p.idx + len(p.text),
                            }
                        ]
        return []

    def _speaker_pronoun(self, tok, actors: DocActors) -> list[dict]:
        """ "Syria says it will not accept": a pronoun subject under a speech verb is the speaker."""
        v = tok
        for _ in range(4):
            if v.dep_ in ("ccomp", "xcomp", "conj") and v.head.i != v.i:
                v = v.head
                if speech_verb(v):
                    subj = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
                    if subj is not None:
                        return self._parties(subj, actors)
                    return []
            else:
                break
        return []

    @staticmethod
    def _clause_verb(tok):
        v = tok
        while v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
            v = v.head
        return v

    # ---- control, status, retyping -------------------------------------------------------------------
    def _resolve_control(self, cands: list[Candidate], actors: DocActors) -> None:
        """Fold an embedded action into the verb that governs it ("agreed to allow" -> AGREE)."""
        by_trigger = {c.trigger.i: c for c in cands if not c.nominal}
        for c in cands:
            tok = c.trigger
            if c.nominal:
                self._background_noun(c)
                if "(light verb)" in c.rule:
                    # "efforts to end the fighting", "a guard involved in a shooting": the light verb's clause decides
                    self._background_clause(c, start=self._clause_verb(tok))
                continue
            self._background_clause(c)
            if c.type == "REQUEST" and tok.lemma_.lower() in ("order", "force"):
                ordered = next((ch for ch in tok.children if ch.dep_ == "xcomp"), None)
                if ordered is not None and ordered.lemma_.lower() in COERCIVE_ORDERS:
                    c.type, c.mode = "COERCE", "ban"  # "ordered the newspaper to suspend publication"
            if c.type == "REQUEST" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i in by_trigger:
                c.background = True  # "demonstrated, calling for independence": the demand is the protest's
                continue
            if tok.dep_ not in ("xcomp", "ccomp", "advcl", "pcomp"):
                continue
            head = tok.head
            matrix = by_trigger.get(head.i)
            lemma = head.lemma_.lower()
            control = (matrix.control if matrix else None) or self.lex.control_only.get(lemma)
            if tok.dep_ == "advcl" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children):
                if lemma in PURPOSE_CARRIERS and c.type == "ACCUSE":
                    c.actors = c.actors or (matrix.actors if matrix else [])
                    continue  # "sent personnel to investigate": the investigation is under way
                c.status = "intended"  # "deployed the army to quell protests": a purpose, not an event
                continue
            if tok.dep_ == "pcomp" and (lemma in ALLEGATION_HEADS or head.head.lemma_.lower() in ALLEGATION_HEADS):
                c.background = True  # "accused of blowing up", "arrested for collaborating": an allegation
                continue
            if control in ("agree", "threaten", "reject", "request", "coerce") and tok.dep_ in ("xcomp", "ccomp"):
                self._fold(c, matrix, control, head)
                continue
            if tok.dep_ != "xcomp":
                continue
            if lemma in PLAN_VERBS or self._is_set_to(head) or self._planned_above(head):
                c.status = "planned"
            elif lemma == "fail":
                c.negated = True
            if not c.actors and matrix is None:
                subj = self._subject_token(head)
                if subj is not None:
                    c.subject = c.subject if c.subject is not None else subj
                    c.actors = self._parties(subj, actors)

    def _fold(self, c: Candidate, matrix: Candidate | None, control: str, head) -> None:
        """The governing verb takes the embedded action as its mode; the action itself is not an event."""
        if matrix is None:
            c.suppressed = control in ("request", "reject")
            if control in ("agree", "threaten"):
                # "is willing to withdraw", "is ready to host": the action is promised (or threatened)
                hostile = c.type in HOSTILE_ACTIONS or control == "threaten"
                c.mode, c.type = c.type.lower(), "THREATEN" if hostile else "AGREE"
                c.rule += " (intent)"
            return
        if (
            control == "threaten"
            and c.trigger.dep_ == "xcomp"
            and matrix.trigger.lemma_ == "warn"
            and any(ch.dep_ == "dobj" for ch in head.children)
        ):
            matrix.type, matrix.mode = "REQUEST", "warn"  # "warned countries to be on alert": advice
            c.suppressed = True
            return
        c.suppressed = True
        matrix.mode = c.type.lower()
        if control == "agree" and any(ch.dep_ == "neg" for ch in c.trigger.children):
            matrix.type = "REJECT"  # "vowed not to return the Golan Heights"
        elif control == "agree" and c.type in HOSTILE_ACTIONS | {"THREATEN"}:
            matrix.type = "THREATEN"
        elif (
            control == "request"
            and matrix.trigger.lemma_ in ("order", "force")
            and c.trigger.lemma_.lower() in COERCIVE_ORDERS
        ):
            matrix.type, matrix.mode = "COERCE", "ban"  # "ordered the newspaper to suspend publication"
        elif control == "coerce" and c.type in ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION"):
            c.suppressed = False  # "forced troops to fire": the firing is the event
            c.actors = matrix.actors or c.actors
            matrix.suppressed = True
        if not matrix.recipients and c.recipients and control != "request":
            matrix.recipients = c.recipients

    @staticmethod
    def _background_noun(c: Candidate) -> None:
        """Events named in passing ("after the clashes", "in the war") are background, not news.
        Talks are the exception: "said after talks with X" reports the day's diplomacy."""
        if "(after '" not in c.rule:
            return
        prep = c.rule.split("(after '")[-1].rstrip("')")
        if c.type == "CONSULT" and prep in ("after", "following", "during", "at"):
            return
        c.background = True

    def _background_clause(self, c: Candidate, start=None) -> None:
        """Relative clauses, noun modifiers and time clauses ("where 24 were killed", "the team trying
        to broker", "since X happened") give background to the sentence's news, not news of their own."""
        v = c.trigger if start is None else start
        for _ in range(8):
            if v.head.i == v.i:
                return
            if v.dep_ == "relcl":
                # "X, who urged Y": the actor's own act is news; "where 24 were killed", "whom they blame": background
                acting = any(ch.dep_ == "nsubj" and ch.lower_ in ("who", "which", "that") for ch in v.children)
                where = any(ch.lower_ == "where" for ch in v.children)
                present = v.tag_ in ("VBG", "VBZ", "VBP") and not any(
                    a.lower_ in ("was", "were", "had", "have", "has")
                    for a in v.children
                    if a.dep_ in ("aux", "auxpass")
                )
                if not acting and not (where and present):
                    c.background = True
                return
            if v.dep_ == "acl":
                # "an attempt to assassinate X was thwarted": PLOVER codes the attempted attack itself
                if not (v.head.lemma_.lower() in ("attempt", "bid") and c.type in ("ASSAULT", "COERCE")):
                    c.background = True
                return
            if v.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in BACKGROUND_MARKS for ch in v.children):
                c.background = True
                return
            if (
                v.dep_ == "pcomp"
                and v.head.lower_ in ("for", "of")
                and v.head.head.lemma_.lower() in self.lex.sets.get("proposal", frozenset())
            ):
                c.background = True  # "an appeal for deploying troops": what is asked for, not done
                return
            if v.dep_ == "pcomp" and v.head.lower_ in ("since", "following", "before", "despite"):
                c.background = True
                return
            v = v.head

    def _planned_above(self, tok) -> bool:
        """ "prepared to resume shelling": a plan two verbs up still makes the action planned."""
        v = tok
        for _ in range(3):
            if v.dep_ != "xcomp":
                return False
            v = v.head
            if v.lemma_.lower() in PLAN_VERBS or self._is_set_to(v):
                return True
        return False

    @staticmethod
    def _is_set_to(tok) -> bool:
        """ "is set to", "is expected to", "is due to", "is going to", "is about to"."""
        return tok.lemma_.lower() in ("set", "expect", "due", "going", "about", "poised", "schedule", "slate")

    def _status(self, c: Candidate) -> None:
        tok = c.trigger if not c.nominal else self._clause_verb(c.trigger)
        if c.status == "intended":
            return
        # negation on the trigger or on an auxiliary chain it heads
        neg = any(ch.dep_ == "neg" for ch in tok.children)
        if not neg and tok.dep_ in ("xcomp",) and any(ch.dep_ == "neg" for ch in tok.head.children):
            neg = tok.head.lemma_.lower() not in ("refuse", "decline", "reject", "fail")
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
            neg = True
        if neg or c.negated:
            c.negated = True
        auxes = [ch.lower_ for ch in tok.children if ch.dep_ in ("aux", "auxpass")]
        if tok.dep_ in ("xcomp", "conj") and not auxes:
            auxes = [ch.lower_ for ch in tok.head.children if ch.dep_ in ("aux", "auxpass")]
        if any(a in HYPOTHETICAL_AUX for a in auxes) or ({"would", "have"} <= set(auxes)):
            c.status = "hypothetical"  # "could attack", "would have requested": not asserted
        elif any(a in FUTURE_AUX for a in auxes) or (tok.tag_ == "VB" and "to" in auxes and c.status == "planned"):
            c.status = "planned" if c.status != "hypothetical" else c.status
        elif (
            c.status not in ("planned", "hypothetical")
            and tok.tag_ == "VBG"
            and any(a in ("is", "are", "am") for a in auxes)
        ):
            c.status = "ongoing"
        if self._doubtful(tok):
            c.status = "hypothetical"
        if tok.sent.text.rstrip().endswith("?"):
            c.status = "hypothetical"

    @staticmethod
    def _doubtful(tok) -> bool:
        """ "if X attacks", "unknown whether X will meet", "whether": the clause is not asserted."""
        v = tok
        for _ in range(5):
            for ch in v.children:
                if ch.dep_ == "mark" and ch.lower_ in ("if", "unless", "whether"):
                    return True
            if v.dep_ in ("ccomp", "csubj", "advcl", "xcomp", "conj", "relcl", "acl", "pcomp", "pobj", "prep"):
                head = v.head
                if head.lower_ in DOUBT_WORDS or head.lemma_.lower() in ("doubt", "wonder", "speculate"):
                    return True
                if v.dep_ == "ccomp" and any(
                    ch.lower_ in DOUBT_WORDS and ch.dep_ in ("acomp", "attr") for ch in head.children
                ):
                    return True
                v = head
            else:
                break
        return False

    @staticmethod
    @staticmethod
    def _conditional(tok) -> str | None:
        """The conjunction of a condition attached to the trigger's clause ("unless", "if"), if any."""
        v = tok
        for _ in range(3):
            for ch in v.children:
                if ch.dep_ == "advcl":
                    mark = next((m.lower_ for m in ch.children if m.dep_ == "mark"), None)
                    if mark in ("unless", "if"):
                        return mark
            if v.dep_ in ("xcomp", "conj") and v.head.i != v.i:
                v = v.head
            else:
                break
        return None

    def _retype(self, c: Candidate) -> None:
        """PLOVER codes intentions as promises and threats, and refusals as REJECT."""
        if c.type == "AGREE" and c.mode == "promise" and not c.negated:
            vowed = next((ch for ch in c.trigger.children if ch.dep_ == "xcomp"), None)
            target = next((ch for ch in vowed.children if ch.dep_ == "dobj"), None) if vowed is not None else None
            against_someone = (
                target is None
                or target.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                or target.lemma_.lower() in HUMAN_NOUNS | self.lex.sets.get("troops", frozenset())
            )
            if vowed is not None and vowed.lemma_.lower() in HOSTILE_INTENTS and against_someone:
                # "vowed to retaliate", "swore to fight on": a promise of force is a threat
                c.type, c.mode = "THREATEN", "assault"
                c.rule += " (vow of force)"
                return
        condition = self._conditional(c.trigger)
        said = c.status == "planned" or any(speech_verb(a) for a in c.trigger.ancestors)
        if (
            condition
            and said
            and c.status in ("planned", "hypothetical")
            and not c.negated
            and (
                condition == "unless"
                or c.type in HOSTILE_ACTIONS
                or c.trigger.lemma_.lower() in ("halt", "withdraw", "stop", "suspend", "cut", "end", "boycott", "pull")
            )
        ):
            c.mode, c.type, c.status = c.type.lower(), "THREATEN", "happened"
            c.rule += f" (threat: {condition})"
            return
        past = any(ch.lower_ in ("did", "had", "was", "were") for ch in c.trigger.children if ch.dep_ == "aux")
        if (
            c.negated
            and not past
            and c.type in COOPERATIVE_ACTIONS | {"AGREE", "CONSULT"}
            and (c.status == "planned" or c.trigger.tag_ in ("VBP", "VBZ", "VB"))
        ):
            c.mode = c.type.lower()
            c.type, c.negated, c.status = "REJECT", False, "happened"
            c.rule += " (refusal)"
            return
        if c.status == "planned" and not c.negated:
            if c.type in PROMISABLE:
                c.mode, c.type, c.status = c.type.lower(), "AGREE", "happened"
                c.rule += " (promise)"
            elif c.type in HOSTILE_ACTIONS:
                c.mode, c.type, c.status = c.type.lower(), "THREATEN", "happened"
                c.rule += " (threat)"

    # ---- filters -------------------------------------------------------------------------------------
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

    def _actor_like(self, tok, actors: DocActors) -> bool:
        if actors.actor_for(tok):
            return True
        low = tok.lower_
        if low in ("he", "she", "they", "we", "i", "you", "who", "it"):
            return True
        if low in QUANTITY_WORDS or tok.lemma_.lower() in HUMAN_NOUNS:
            return True
        if tok.like_num and any(ch.lemma_.lower() in HUMAN_NOUNS for ch in tok.children):
            return True
        return any(
            ch.dep_ in ("compound", "poss", "amod") and (actors.actor_for(ch) or ch.pos_ == "PROPN")
            for ch in tok.children
        )

    def _human(self, tok, actors: DocActors) -> bool:
        if self._actor_like(tok, actors) or tok.like_num or tok.ent_type_ in ("CARDINAL", "PERSON", "NORP"):
            return True
        # "deputy governor of the region, Oleg Chemezov": a named person in the phrase
        return any(ch.lemma_.lower() in HUMAN_NOUNS or ch.like_num or ch.ent_type_ == "PERSON" for ch in tok.subtree)

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

    # ---- output --------------------------------------------------------------------------------------
    def _emit(
        self,
        c: Candidate,
        sent,
        actors: DocActors,
        article_id: str,
        anchor: date | None,
        anchor_precision: str,
        sent_index: dict[int, int],
    ) -> EventMention:
        tok = c.trigger
        when = self._date(c, sent, anchor, anchor_precision)
        location = self._location(tok, c)
        attributed, attributed_key = self._attribution(tok, sent, actors)
        if c.type == "CONSULT" and not c.recipients and not location and c.mode == "visit":
            location = self._place_in_sentence(sent, c)
        if c.type == "CONSULT" and not c.recipients and location and location[1]:
            own = {a.get("country") for a in c.actors}
            if location[1] not in own:  # "Lavrov's visit ... in Pyongyang": he visited North Korea
                iso = location[1]
                c.recipients = [
                    {
                        "text": location[0],
                        "key": f"country:{iso}",
                        "name": self.g.country_names.get(iso, iso),
                        "country": iso,
                        "sector": None,
                        "start": location[4],
                        "end": location[5],
                    }
                ]
        code = coding(c.type, c.mode)
        status = "negated" if c.negated else ("hypothetical" if c.status == "intended" else c.status)
        trigger_end = tok.idx + len(tok.text)
        if c.pattern and c.pattern.particle:
            for ch in tok.children:
                if ch.lower_ == c.pattern.particle.split()[0] and ch.i > tok.i:
                    trigger_end = ch.idx + len(ch.text)
        return EventMention(
            article_id=article_id,
            sentence_index=sent_index.get(sent.start, 0),
            sentence=sent.text.strip(),
            sentence_start=sent.start_char + len(sent.text) - len(sent.text.lstrip()),
            type=c.type,
            mode=c.mode,
            trigger=tok.doc.text[tok.idx : trigger_end],
            trigger_start=tok.idx,
            trigger_end=trigger_end,
            actors=c.actors,
            recipients=c.recipients,
            status=status,
            negated=c.negated,
            date=when[0] if when else (anchor.isoformat() if anchor else None),
            date_precision=when[1] if when else (anchor_precision if anchor else "unknown"),
            date_text=when[2] if when else None,
            attributed_to=attributed,
            attribution_key=attributed_key,
            location=location[0] if location else None,
            location_country=location[1] if location else None,
            latitude=location[2] if location else None,
            longitude=location[3] if location else None,
            cameo_root=code.cameo_root,
            quad_class=code.quad_class,
            score=code.score,
            rule=c.rule,
            background=c.background,
        )

    def _date(self, c: Candidate, sent, anchor: date | None, precision: str) -> tuple[str, str, str] | None:
        tok = c.trigger
        future = c.status in ("planned",) or (c.type in ("AGREE", "THREATEN") and c.mode not in (None, "sign"))
        best = None
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            # the date must hang under the trigger (or under its clause verb for nominal triggers)
            root = ent.root
            anchor_tok = tok if not c.nominal else self._clause_verb(tok)
            v = root
            attached = False
            for _ in range(8):
                if v.i == tok.i or v.i == anchor_tok.i:
                    attached = True
                    break
                if v.head.i == v.i:
                    break
                v = v.head
                if v.pos_ in ("VERB", "AUX") and v.i not in (tok.i, anchor_tok.i) and v.dep_ not in ("aux", "auxpass"):
                    break  # the date belongs to another clause
            if not attached:
                continue
            before = tok.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if before in ("since", "until", "till", "before", "after", "from", "by") or ent.text.lower().startswith(
                ("since ", "until ", "before ", "after ")
            ):
                continue  # "first visit since 2000": a bound, not the time of the event
            resolved = resolve(ent.text, anchor, precision, future=future)
            if resolved:
                best = (resolved.value, resolved.precision, resolved.text)
                break
        return best

    def _location(self, tok, c: Candidate) -> tuple | None:
        """(place name, ISO3, latitude, longitude, start, end) of where the text says it happened."""
        heads = [tok] + ([c.obj] if c.obj is not None else [])
        for h in heads:
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ not in LOCATION_PREPS:
                    continue
                for t in prep.subtree:
                    if t.ent_type_ in ("GPE", "LOC", "FAC") and t.ent_iob_ == "B":
                        ent = next((e for e in tok.doc.ents if e.start == t.i), None)
                        if ent is None:
                            continue
                        name = ent.text
                        while name.lower().startswith("the "):
                            name = name[4:]
                        place = self.g.place(name)
                        if place:
                            return (
                                place.name if place.latitude is not None else name,
                                place.country,
                                place.latitude,
                                place.longitude,
                                ent.start_char,
                                ent.end_char,
                            )
                        return name, None, None, None, ent.start_char, ent.end_char
        return None

    def _place_in_sentence(self, sent, c: Candidate) -> tuple | None:
        """A visit with no place of its own: the one foreign capital or country the sentence names
        ("a visit by Lavrov, who was welcomed in Pyongyang")."""
        own = {a.get("country") for a in c.actors}
        found = []
        for ent in sent.ents:
            if ent.label_ != "GPE":
                continue
            iso = self.g.capital(ent.text) or self.g.country(ent.text)
            if iso and iso not in own:
                place = self.g.place(ent.text)
                found.append(
                    (
                        ent.text,
                        iso,
                        place.latitude if place else None,
                        place.longitude if place else None,
                        ent.start_char,
                        ent.end_char,
                    )
                )
        return found[0] if len({f[1] for f in found}) == 1 else None

    def _attribution(self, tok, sent, actors: DocActors) -> tuple[str | None, str | None]:
        v = tok
        for _ in range(6):
            if v.head.i == v.i:
                break
            if v.dep_ in ("ccomp", "parataxis") or (v.dep_ == "conj" and speech_verb(v.head)):
                head = v.head
                if speech_verb(head) and head.i != tok.i:
                    text, key = speaker_of(head, actors)
                    if text:
                        return text, key
            v = v.head
        # "..., police said": the speech verb is the sentence root with the event clause under it
        root = sent.root
        if speech_verb(root) and root.i != tok.i and any(t.i == tok.i for t in root.subtree):
            for ch in root.children:
                if ch.dep_ in ("ccomp", "parataxis") and any(t.i == tok.i for t in ch.subtree):
                    text, key = speaker_of(root, actors)
                    if text:
                        return text, key
        text, key, _ = according_to(sent, actors)
        return text, key
