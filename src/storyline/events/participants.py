"""Who did it and to whom: the syntax of participants (subjects, objects, agents of passives,
conjuncts, places standing for governments, speakers).

A step of the sentence coder (coder.py) and the one every other step asks who takes part: the
candidate finder, the modality reader and the filter are each given this finder when built.
"""

from __future__ import annotations

from ..actors.gazetteer import Gazetteer
from ..actors.mentions import SECTOR_NAMES, Actor, DocActors, country_party
from .candidate import Candidate
from .grammar import (
    ACTOR_PASSIVE_TYPES,
    ADJUNCT_HEADS,
    CHOICE_NOUNS,
    COLLECTIVES,
    CONTAINER_NOUNS,
    FIRM_NOUNS,
    GATHERINGS,
    HUMAN_NOUNS,
    ISSUING_VERBS,
    MEDIA_PEOPLE,
    MEETING_BODIES,
    OBJECT_CONTROL,
    OFFICE_NOUNS,
    QUANTITY_WORDS,
    RELATIVE_QUANTITIES,
    REPORT_NOUNS,
    RESOLUTION_NOUNS,
    STATE_HEADS,
    STATIVE_PASSIVE,
    prep_object,
)
from .quotes import inverted_speaker, speech_verb

# acts two sides make together, whose passive names them after "between" ("agreed between A and B")
SIDED_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# verbs of seeing whose object does what the following participle says: "showed X asking for"
PERCEPTION_VERBS = frozenset({"show", "see", "watch", "hear", "film", "depict", "catch", "find", "photograph"})


# the sectors of a party whose committee meeting is no political event: a firm's, a hospital's, a school's, or one
# whose sector is unknown ("the Microsoft committee will meet")
_NOT_A_STATE_BODY = frozenset({None, "BUS", "MED", "EDU", "HLH"})


def named_party(party: dict) -> bool:
    """A party by name: a state, a group of one, a person, or a body filed under a sector or a state; not a proper-noun
    guess with nothing known of it."""
    key = str(party["key"])
    return not key.startswith("org:") or bool(party.get("sector") or party.get("country"))


def antecedent(tok):
    """The noun a relative pronoun stands for ("Kazakhstan, which has been criticised"), else the token."""
    if tok.lower_ in ("which", "who", "whom", "that") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


# pronoun subjects under a speech verb that stand for its speaker where nothing nearer names them: "Syria says it will
# not accept", "'I will meet the union leaders,' Blair said" (speaker_pronoun)
SPEAKING_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
# pronoun subjects of a reported clause that stand for whoever speaks (ParticipantFinder._reported_speaker)
REPORTED_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _a_medium(tok) -> bool:
    """Whether a party that puts out another's words is a medium: "the official news agency", "the newspaper"."""
    lemma = tok.lemma_.lower()
    return lemma in MEDIA_PEOPLE or (lemma == "agency" and any(ch.lower_ == "news" for ch in tok.children))


def party_kind(party: dict) -> str:
    """What a party is, read off its key ("country:JPN" a state, "place:..." a place, "person:...", "org:...",
    "group:..."): the party dicts the finder writes carry the key, not the actor's kind."""
    return str(party.get("key", "")).split(":", 1)[0]


def _tense(verb) -> str | None:
    """ "past", "present" or "modal" for a finite clause, read off the verb or its first auxiliary; None else."""
    for aux in sorted((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), key=lambda t: t.i):
        if aux.tag_ == "MD":
            return "modal"
        if aux.tag_ == "VBD":
            return "past"
        if aux.tag_ in ("VBZ", "VBP"):
            return "present"
        return None  # "to", "being": no finite clause
    return {"VBD": "past", "VBZ": "present", "VBP": "present"}.get(verb.tag_)


def _reporting_verb_it_joins(conjunct):
    """The reporting verb a subjectless conjunct is joined to when the parser hung it on the said clause instead:
    "Miyazawa said that rate shifts could damage growth and called for cooperation" and "Baker said the agreement
    imposes sacrifices on Japan and praised Japan's willingness" tell what the speaker did, not the shifts or the
    agreement. Tense tells: a finite verb shares no modal with the clause before it, and a verb of the report's
    tense joined to a clause of another tense goes with the report ("said the deal was fair and praised the union"
    stays ambiguous and keeps the parser's reading). None where the tenses do not say so."""
    head = conjunct.head
    if (
        head.dep_ != "ccomp"
        or not speech_verb(head.head)
        or any(c.dep_ in ("aux", "auxpass") for c in conjunct.children)
    ):
        return None  # "... and has called for": an auxiliary of its own leaves the reading open
    mine, theirs, report = _tense(conjunct), _tense(head), _tense(head.head)
    if mine not in ("past", "present") or mine != report or theirs is None:
        return None
    if any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in head.children):
        return None  # "has established ties with and opened an embassy": the participle shares the perfect's "has"
    return head.head if theirs != mine else None


def _quantified_relative(subject, verb):
    """The noun a relative clause describes when its subject is a quantity of the relative pronoun ("ministers, all
    of whom are opposed to the proposals": the ministers are; "the unions, most of which backed the strike"); None
    for any other subject, and for "none of whom", "few of which", which say the opposite."""
    if verb.dep_ != "relcl" or subject.lower_ not in RELATIVE_QUANTITIES:
        return None
    relative = any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in ("whom", "which") for g in p.children)
        for p in subject.children
    )
    return verb.head if relative and verb.head.pos_ in ("NOUN", "PROPN") else None


class ParticipantFinder:
    """Who did it and to whom: the syntax of participants (subjects, objects, agents of passives,
    conjuncts, places standing for governments, speakers).

    `arguments` reads a candidate's `trigger`, `type`, `pattern`, `subject` and `obj` and writes its
    `subject` (the patient of a passive that acts), `actors` and `recipients`. Every other method
    reads the parse and the article's actors and writes nothing: it answers the other steps
    (`parties`, `subject_token`, `object_of`, `patient`, `agent_of`, `human`...)."""

    def __init__(
        self, gazetteer: Gazetteer, support_nouns: frozenset[str], protest_nouns: frozenset[str] = frozenset()
    ):
        self.g = gazetteer
        self.support_nouns = support_nouns  # content nouns whose possessor is no target ("Russia's support")
        self.protest_nouns = protest_nouns  # the lexicon's nouns of protest ("strike", "rally"): their doers protest

    def person_like(self, tok, actors: DocActors) -> bool:
        hit = actors.actor_for(tok)
        return bool(hit and hit[0].kind == "person")

    @staticmethod
    def agent_of(verb):
        """The by-phrase of a passive: "detained by police". The small parser often hangs it on the active gerund
        the passive governs ("has been accused of blocking the site by the media watchdog"), where an active verb
        cannot take it: there it is still the passive's."""
        for child in verb.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by" and verb.tag_ == "VBN"):
                return next((p for p in child.children if p.dep_ == "pobj"), None)
        if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
            for of in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
                for gerund in (g for g in of.children if g.dep_ == "pcomp" and g.tag_ == "VBG"):
                    if any(a.dep_ == "auxpass" for a in gerund.children):
                        continue  # "accused of being paid by the agency": the agency pays
                    for by in (b for b in gerund.children if b.dep_ == "prep" and b.lower_ == "by"):
                        found = next((p for p in by.children if p.dep_ == "pobj"), None)
                        if found is not None:
                            return found
        return None

    def patient(self, verb):
        """The one a passive participle happens to, or None when the verb is not passive:
        "activists were detained" (its own subject), "thousands arrested" and "a truce brokered by
        the envoy" (the noun a reduced relative modifies), "were beaten, chased and detained" (a bare
        participle shares the passive it is coordinated with), "850 were killed and thousands
        arrested" (a gapped passive keeps its own subject)."""
        own = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if own is not None:
            return own
        if self._misread_reduced_relative(verb):
            # "the currency agreement reached in Paris had been successful", parsed as a clause with the agreement its
            # subject: the noun a reduced relative describes underwent it
            return next(c for c in verb.children if c.dep_ == "nsubj")
        if verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
            # "also arrested were Anne Maguire and her family": the inverted passive's subject follows its
            # auxiliary, parsed as the auxiliary's attribute
            after = next(
                (
                    c
                    for aux in verb.children
                    if aux.dep_ == "auxpass" and aux.i > verb.i
                    for c in aux.children
                    if c.dep_ in ("attr", "nsubj") and c.i > aux.i
                ),
                None,
            )
            if after is not None:
                return after
        controller = self._passive_nonfinite_controller(verb)
        if controller is not None:
            return controller
        shared = self._passive_conjunct_subject(verb)
        if shared is not None:
            return shared
        if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return None
        if self._misread_reduced_relative(verb):
            # "two supertankers attacked in the Gulf by Iranian gunboats have anchored": the parser made
            # the noun the subject of a participle that has a by-phrase; the noun is what it happened to
            return next(c for c in verb.children if c.dep_ == "nsubj")
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head
        if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
            head_patient = self.patient(verb.head)
            if head_patient is None:
                return None
            gapped = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return gapped if gapped is not None else head_patient
        return None

    @staticmethod
    def _passive_nonfinite_controller(verb):
        """The subject of the clause a subjectless passive clause hangs from ("was taken to Guantanamo after being
        captured": the one taken was captured; "resigned after being criticised"), who undergoes it, never its
        actor; None for any other verb."""
        if verb.tag_ != "VBN" or verb.dep_ not in ("pcomp", "advcl"):
            return None
        if not any(c.dep_ == "auxpass" and c.lower_ in ("being", "been") for c in verb.children):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        head = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    @staticmethod
    def _passive_conjunct_subject(verb):
        """The subject a passive conjunct shares with the active verb before it, who undergoes the passive ("two men
        stormed the embassy and were later detained": the men were detained, not detaining); None for any other
        verb."""
        if verb.tag_ != "VBN" or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        if not any(c.dep_ == "auxpass" for c in verb.children):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return None
        for tok in reversed(verb.doc[verb.head.i + 1 : verb.i]):
            if tok.lower_ in ("and", "but", "or") or tok.text in (",", ";"):
                break
            if tok.pos_ in ("NOUN", "PROPN", "PRON"):
                return None  # "... but forced deportations were suspended": a subject of its own the parser misplaced
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    @staticmethod
    def _misread_reduced_relative(verb) -> bool:
        """A bare participle (no auxiliary) with a subject and a by-phrase, or standing as the subject of another
        verb: a reduced relative clause the parser read as a clause of its own ("supertankers attacked by gunboats
        have anchored", "the agreement reached in Paris had been successful")."""
        return (
            verb.tag_ == "VBN"
            and (verb.dep_ == "csubj" or any(c.dep_ == "agent" for c in verb.children))
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
        )

    def subject_token(self, verb):
        """The subject of a verb, looking through conjunctions, control and relative clauses."""
        if (
            self._misread_reduced_relative(verb)
            or self._passive_nonfinite_controller(verb) is not None
            or self._passive_conjunct_subject(verb) is not None
        ):
            return self.agent_of(verb)  # "after being captured (by rebels)": only a by-phrase acts
        inverted = inverted_speaker(verb)
        if inverted is not None:
            return inverted
        bare_participle = verb.tag_ == "VBN" and not any(c.dep_ == "nsubjpass" for c in verb.children)
        if bare_participle and self.patient(verb) is not None:  # its actor is the by-phrase, if any
            agent = self.agent_of(verb)
            if agent is None and verb.dep_ in ("conj", "advcl"):
                agent = self.agent_of(verb.head)
            return agent
        seen = 0
        v = verb
        via_xcomp = False
        while v is not None and seen < 6:
            seen += 1
            for child in v.children:
                if child.dep_ in ("nsubj", "csubj"):
                    if child.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                        return v.head
                    return _quantified_relative(child, v) or child
            if v is verb and not any(c.dep_ in ("nsubjpass", "agent", "expl") for c in v.children):
                # "Mr Snow, who is in Dublin, has applauded": a relative clause can make the parser
                # misread the subject as a modifier; a name before a finite verb is still its subject
                finite = v.tag_ in ("VBD", "VBZ", "VBP") or any(
                    a.dep_ == "aux" and a.lower_ in ("has", "have", "had") for a in v.children
                )
                named = next(
                    (
                        c
                        for c in v.children
                        if c.dep_ in ("npadvmod", "dep")
                        and c.i < v.i
                        and c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                    ),
                    None,
                )
                if finite and named is not None:
                    return named
            for child in v.children:
                if child.dep_ == "agent" and v is verb:
                    return next((p for p in child.children if p.dep_ == "pobj"), None)
                if child.dep_ == "nsubjpass" and v is not verb and not via_xcomp:
                    return child  # "was indicted ... and will resign": the indicted one resigns
            for child in v.children:
                if child.dep_ == "nsubjpass":
                    if v.lemma_.lower() in STATIVE_PASSIVE or via_xcomp:
                        # "Israel is opposed to", "he is prepared to lift": the subject acts
                        return _quantified_relative(child, v) or child
                    # passive: its by-phrase acts, wherever the parser hung it; without one, no actor
                    return self.agent_of(verb) if v is verb else None
            if v.dep_ == "conj":
                v = _reporting_verb_it_joins(v) or v.head
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
            elif v.dep_ == "pcomp" and v.head.lower_ == "for" and self._thanked(v.head.head) is not None:
                return self._thanked(v.head.head)  # "thanked North Korea for endorsing": North Korea endorsed
            elif v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
                v = v.head.head  # "the League met after suspending Syria": the League suspended
            elif (
                v.dep_ == "pcomp"
                and v.head.lower_ == "but"
                and v.head.head.dep_ == "dobj"
                and v.head.head.lemma_.lower() in CHOICE_NOUNS
            ):
                v = v.head.head.head  # "Japan would have no choice but to retaliate": who has no choice does it
            elif v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return v.head
            elif v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lemma_.lower() in HUMAN_NOUNS:
                return v.head  # "UN inspectors probing suspect sites": the people named do it
            elif v.dep_ == "acl" and v.tag_ == "VBN" and v.head.lemma_.lower() in self.protest_nouns:
                # "continued their strike begun last Friday to press for higher wages", "a rally called by the unions
                # to demand": what a protest is held for, its protesters want; they called it, own it or hold it
                protest = v.head
                caller = self.agent_of(v)
                if caller is not None:
                    return caller
                owner = next((ch for ch in protest.children if ch.dep_ == "poss"), None)
                if owner is not None and protest.dep_ != "dobj":
                    return owner
                if protest.dep_ != "dobj" or protest.head.pos_ not in ("VERB", "AUX"):
                    return owner
                v = protest.head
            elif (
                v.dep_ == "acl"
                and v.head.pos_ == "NOUN"
                and any(ch.dep_ == "poss" for ch in v.head.children)
                and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in v.children)
            ):
                # "Washington's decision to impose tariffs", "the government's move to expel": whose it is does it
                return next(ch for ch in v.head.children if ch.dep_ == "poss")
            elif v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ in ("dobj", "pobj"):
                v = v.head.head  # "issued a declaration demanding ...": the issuer demands
                if v.dep_ == "prep":
                    v = v.head
            elif v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.lemma_.lower() in PERCEPTION_VERBS:
                seen_obj = next((c for c in v.head.children if c.dep_ == "dobj"), None)
                if seen_obj is not None:
                    return seen_obj  # "footage showed Mrs Hassan asking for": Mrs Hassan asks
                v = v.head
            elif v.dep_ == "advcl" and v.tag_ == "VBG":
                v = v.head  # "..., saying ..." / "..., killing ..."
            elif v.dep_ == "advcl" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in v.children):
                v = v.head  # "came out to voice their support": who came out voices it
            elif (
                v.dep_ == "advcl"
                and v.tag_ == "VBD"  # a bare participle tagged VBN is undergone: "when forced to do so"
                and v.i > v.head.i
                and not any(ch.dep_ in ("mark", "nsubj", "nsubjpass", "auxpass") for ch in v.children)
                and not any(ch.dep_ == "advmod" and ch.lower_ in ("when", "if", "once", "unless") for ch in v.children)
                and any(
                    ch.dep_ == "xcomp"
                    and any(a.lower_ == "to" for a in ch.children)
                    and not any(a.dep_ == "auxpass" for a in ch.children)  # "widely expected to be called"
                    for ch in v.children
                )
            ):
                # "is going into the election pledged to raise taxes": the one going has pledged ("when asked for his
                # view" is asked, by someone else)
                v = v.head
            else:
                return None
        return None

    @staticmethod
    def _thanked(head):
        """Who is thanked, praised or blamed "for" doing something: the verb's object ("thanked X for"),
        or the one a noun of thanks goes "to" ("gratitude to X for")."""
        verb = head.pos_ in ("VERB", "AUX")
        obj = next((c for c in head.children if c.dep_ == "dobj"), None) if verb else head
        if obj is None or obj.pos_ != "NOUN" or obj.ent_type_:
            return obj
        # "expressed gratitude to North Korea for endorsing": the one thanked, wherever "to" hangs
        for owner in (obj, head):
            for prep in owner.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    return next((p for p in prep.children if p.dep_ == "pobj"), None)
        return obj if verb else None

    def object_of(self, verb):
        """The direct object, looking through container nouns ("a package of sanctions") and relative clauses
        ("the sanctions that Washington imposed", "the tariffs he imposed": the noun the clause hangs on)."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")), None)
        if obj is not None and obj.lower_ in ("that", "which", "whom") and verb.dep_ == "relcl":
            obj = verb.head  # "the aid that Japan sent"
        elif obj is None and self._object_gap(verb):
            obj = verb.head  # "the agreement the two countries signed last year"
        if obj is None:
            # passive: the grammatical subject (or the noun a participle modifies) is the logical object
            obj = self.patient(verb)
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

    @staticmethod
    def _object_gap(verb) -> bool:
        """Whether a relative clause with no object of its own has the noun it hangs on as its object: "the
        tariffs he imposed" (not "the day they met", "the city where they fought", "the man who resigned")."""
        if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            return False
        if verb.head.ent_type_ in ("DATE", "TIME") or verb.head.lemma_.lower() in ADJUNCT_HEADS:
            return False
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("who", "which", "that") or subj.dep_ == "nsubjpass":
            return False  # "the man who resigned": the noun is the subject; a passive's patient is found apart
        return not any(
            c.lower_ in ("where", "when", "why", "whose", "how") or c.dep_ in ("dobj", "ccomp", "xcomp")
            for c in verb.children
        )

    @staticmethod
    def _forum(tok, actors: DocActors) -> bool:
        """A court named as where something is done ("filed in the Federal Court", "argued before the Supreme
        Court"): the forum, no party to the act (a suit "against" a state, or an appeal "to" a court, names one)."""
        word = tok
        while word.dep_ in ("compound", "amod", "flat") and word.head.i != word.i:
            word = word.head  # "Federal" of "the Federal Court"
        if word.dep_ != "pobj" or word.head.lower_ not in ("in", "before", "at"):
            return False
        hit = actors.actor_for(tok)
        return hit is not None and hit[0].sector == "JUD"

    def parties(self, tok, actors: DocActors, content: frozenset[str] | None = None) -> list[dict]:
        """Actors for an argument head and its conjuncts ("Russia and North Korea"). When the head is
        the event's content noun ("promised Russia's support"), its possessor is no target."""
        parties = []
        tok = antecedent(tok)
        if self._forum(tok, actors):
            return parties
        # "nine of the council's members", "a total of 294 deputies": a number of a body is the body
        if tok.lemma_.lower() in COLLECTIVES or (tok.like_num and tok.ent_type_ not in ("DATE", "TIME", "MONEY")):
            inner = next(
                (
                    p
                    for prep in tok.children
                    if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
                    for p in prep.children
                    if p.dep_ == "pobj" and (prep.lower_ == "of" or actors.actor_for(p) is not None)
                ),
                None,
            )
            if inner is not None:
                # "a group of Chechen refugees", "thousands of students"; a body sent "from" a named party
                # acts for it ("a team from the World Bank visited", "a delegation from Iran arrived")
                tok = inner
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
            speaker = self._reported_speaker(t, actors) if t.lower_ in REPORTED_PRONOUNS else []
            if speaker:
                parties.extend(p for p in speaker if p["key"] not in {q["key"] for q in parties})
                continue
            hit = hit or actors.actor_for(t)
            if hit is None and not (content and t.lemma_.lower() in content):
                # "Pyongyang's support", "Syria's treatment of its people": the possessor acts
                poss = next((c for c in t.children if c.dep_ == "poss"), None)
                if poss is not None:
                    hit = actors.actor_for(poss)
                work = t.lemma_.lower() in REPORT_NOUNS | RESOLUTION_NOUNS
                if hit is None and (t.dep_ == "dobj" or work):
                    # "criticised a proposal by House speaker Jim Wright": whose it is, said after it, as a
                    # possessor says it before ("Wright's proposal"); only of what is acted on, not of a noun inside
                    # a phrase ("talks on the repayment of a loan by the late Shah": the Shah is no party to the
                    # talks) nor of an act that is itself the subject ("any attack by the rebels will be met with
                    # force": the rebels meet no one). A work speaks for who wrote it wherever it stands: "a report
                    # by Amnesty International criticised the police", "a statement from the ministry urged calm"
                    authors = ("by", "from") if work else ("by",)
                    by = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in authors), None)
                    agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
                    if agent is None and work:
                        # "a statement issued by the Foreign Ministry condemned", "the report, published by the
                        # ministry, accused": the one who put the work out speaks through it
                        put_out = next(
                            (
                                c
                                for c in t.children
                                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ISSUING_VERBS
                            ),
                            None,
                        )
                        agent = self.agent_of(put_out) if put_out is not None else None
                        if agent is not None and _a_medium(agent):
                            agent = None  # "a communique published by the official news agency": it carries another's
                    if agent is not None:
                        hit = actors.actor_for(agent)
                if hit is None:
                    for prep in t.children:
                        # "the government of X", "a meeting of the OPEC ministers agreed": X acts
                        if prep.dep_ == "prep" and prep.lower_ == "of" and t.lemma_.lower() in STATE_HEADS | GATHERINGS:
                            inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                            if inner is not None:
                                hit = actors.actor_for(inner)
            if hit is None:
                # "The General Agreement on Tariffs and Trade (GATT)": the short name in brackets names the body
                hit = self._abbreviated(t, actors)
            if (
                hit is None
                and t.pos_ == "PROPN"
                and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "GPE", "LOC", "FAC")
            ):
                hit = self._proper_name(t)
            also: list = []
            if hit is None and t.pos_ == "NOUN":
                # "a United Nations appeal", "the Kremlin statement": the named modifier is the party;
                # "IMF and World Bank teams": each named modifier is one
                named_mods = [
                    h
                    for c in t.children
                    if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < t.i
                    for m in [c, *self._conjuncts(c)]
                    for h in [actors.actor_for(m)]
                    # "US carriers", "Japanese banks", "a U.S. brokerage house": a country's firms are no state organ
                    if h is not None and not (h[0].kind == "country" and self._firm_head(t))
                ]
                hit, also = (named_mods[0], named_mods[1:]) if named_mods else (None, [])
            if (
                hit is None
                and t.pos_ == "NOUN"
                and any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")
                    for c in t.children
                )
            ):
                hit = self._proper_name(t)  # "the APEC forum", "the Fatah Party"
            noun = t.lemma_.lower()
            if hit is None and t.pos_ == "NOUN" and noun in OFFICE_NOUNS:
                hit = self._office_of_state(t, actors)  # "met his Japanese counterpart": Japan's government
            if hit is None and t.pos_ == "NOUN" and noun in HUMAN_NOUNS and not (content and noun in content):
                # "the survivors", "critics": a participant named by what they are, kept unresolved
                left = min([t.i, *(c.i for c in t.lefts if c.dep_ in ("amod", "compound"))])
                span = t.doc[left : t.i + 1]
                hit = (actors.unresolved(noun, span.text), span.start_char, span.end_char, span.text)
            if hit is not None:
                for party in [self.party(hit), *map(self.party, also), *self._fellow_countries(t, hit, actors)]:
                    if party["key"] not in {p["key"] for p in parties}:
                        parties.append(party)
        return parties

    @staticmethod
    def _firm_head(tok) -> bool:
        """A noun that names a firm, or that a firm's word modifies ("a brokerage house", "an investment bank")."""
        return tok.lemma_.lower() in FIRM_NOUNS or any(
            c.dep_ == "compound" and c.lemma_.lower() in FIRM_NOUNS for c in tok.children
        )

    @staticmethod
    def nationality(tok, actors: DocActors):
        """The state a modifier before a noun names by nationality or name ("the Iranian envoy", "an Indian
        proposal", "US carriers"), as the actor hit of that state, else None."""
        for m in tok.children:
            if m.dep_ not in ("amod", "compound", "nmod") or m.i > tok.i or m.ent_type_ not in ("NORP", "GPE"):
                continue
            found = actors.actor_for(m)
            if found is not None and found[0].kind == "country" and found[0].country:
                return found
        return None

    def _office_of_state(self, tok, actors: DocActors):
        """An office held for a state named by its nationality ("his Japanese counterpart", "the
        Iranian envoy", "French officials"): the holder acts for that state's government."""
        found = self.nationality(tok, actors)
        if found is None:
            return None
        iso = found[0].country
        left = min([tok.i, *(c.i for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod"))])
        span = tok.doc[left : tok.i + 1]
        name = f"{self.g.country_names.get(iso, iso)} {SECTOR_NAMES.get('GOV', 'GOV')}"
        return (
            Actor(f"group:{iso}:GOV", name.strip(), "group", iso, "GOV"),
            span.start_char,
            span.end_char,
            span.text,
        )

    def _fellow_countries(self, tok, hit, actors: DocActors) -> list[dict]:
        """ "officials from Russia and North Korea": one group of officials per country named."""
        actor = hit[0]
        if actor.kind not in ("group", "person") or not actor.country:
            return []
        out = []
        # "officials from Russia and North Korea", "U.S. and Japanese officials"
        named = [
            p
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of")
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        named += [m for m in tok.children if m.dep_ in ("amod", "compound", "nmod") and m.i < tok.i]
        for pobj in named:
            for other in self._conjuncts(pobj):
                found = actors.actor_for(other)
                if found is None or found[0].kind != "country" or found[0].country == actor.country:
                    continue
                iso = found[0].country
                name = f"{self.g.country_names.get(iso, iso)} {SECTOR_NAMES.get(actor.sector, actor.sector or '')}"
                out.append(
                    {
                        "text": found[3],
                        "key": f"group:{iso}:{actor.sector}",
                        "name": name.strip(),
                        "country": iso,
                        "sector": actor.sector,
                        "start": found[1],
                        "end": found[2],
                    }
                )
        return out

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
    def party(hit: tuple[Actor, int, int, str]) -> dict:
        actor, start, end, text = hit
        return actor.as_party(text, start, end)

    def arguments(self, c: Candidate, actors: DocActors) -> None:
        """Reads `trigger`, `type`, `pattern`, `subject`, `obj`; writes `actors`, `recipients` and, when
        a passive's subject is its actor ("talks were held"), `subject`."""
        tok = c.trigger
        patient = self.patient(tok)
        passive = patient is not None or any(ch.dep_ == "auxpass" for ch in tok.children)
        if c.subject is not None:
            c.actors = self.parties(c.subject, actors)
            if not c.actors and c.subject.lower_ in SPEAKING_PRONOUNS:
                c.actors = self.speaker_pronoun(tok, actors)
        if passive and c.type in ACTOR_PASSIVE_TYPES and c.mode != "release" and not c.actors:  # "was freed": a patient
            subj = patient
            if subj is not None:
                c.subject = subj
                c.actors = self.parties(subj, actors)
                passive = False
        if passive and not c.actors and c.type in SIDED_TYPES and self.agent_of(tok) is None:
            # "protocols have been agreed between western firms and the Soviet Union", "talks were held between the
            # two sides": with no agent, the sides "between" names made it
            sides = prep_object(tok, "between")
            c.actors = self.parties(sides, actors) if sides is not None else []
        recipients: list[dict] = []
        p = c.pattern
        order = p.recipient if p else ("dobj",)
        for where in order:
            if where == "dobj":
                target = patient if passive else None
                target = target if target is not None else next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
                if target is not None:
                    recipients = self.parties(target, actors, self.support_nouns)
            elif where == "dative":
                target = next((ch for ch in tok.children if ch.dep_ == "dative"), None)
                if target is not None:
                    recipients = self.parties(target, actors)
            elif where == "place":
                recipients = self.place_parties(tok, actors)
            elif where == "destination":
                recipients = self.place_parties(tok, actors, ("for",))  # "leaves next week for the U.S."
            elif where == "joined":
                recipients = self.joined_parties(tok, actors)  # "applied to join the European Community"
            elif where == "origin":
                goods = c.obj if c.obj is not None else next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
                recipients = self.origin_of(goods, actors) if goods is not None else []
            else:
                for prep in tok.children:
                    if prep.dep_ in ("prep", "prt", "dative") and prep.lower_ == where:
                        pobj = next((ch for ch in prep.children if ch.dep_ == "pobj"), None)
                        if pobj is not None:
                            recipients = self.parties(pobj, actors)
                if not recipients and c.obj is not None:
                    for prep in c.obj.children:  # "launched an offensive against X"
                        if prep.dep_ == "prep" and prep.lower_ == where:
                            pobj = next((ch for ch in prep.children if ch.dep_ == "pobj"), None)
                            if pobj is not None:
                                recipients = self.parties(pobj, actors)
            if recipients:
                break
        if c.type == "AID" and p is not None and p.recipient and p.recipient[0] == "from" and recipients:
            # "the villages received aid from Japan": aid taken in from X was given by X to the subject
            c.actors, recipients = recipients, c.actors
        if c.type == "AID" and passive and not c.actors:
            c.actors, recipients = self._route(tok, actors, recipients)
        actor_keys = {a["key"] for a in c.actors}
        c.recipients = [r for r in recipients if r["key"] not in actor_keys]
        if p is not None and p.needs_partner and not c.recipients:
            if len(c.actors) >= 2:  # "Kim and Lavrov met": each met the other
                c.recipients = c.actors[1:]
                c.actors = c.actors[:1]
            elif (
                c.subject is not None
                and c.actors
                and (
                    c.subject.tag_ in ("NNS", "NNPS")
                    or c.actors[0].get("sector") == "IGO"
                    or (
                        c.subject.lemma_.lower() in MEETING_BODIES
                        and c.actors[0].get("sector") not in _NOT_A_STATE_BODY
                    )
                )
            ):
                # "foreign ministers met", "the Arab League met", "the cabinet met": its members meet one another
                c.recipients = [dict(c.actors[0])]

    def origin_of(self, goods, actors: DocActors) -> list[dict]:
        """The state goods come from: the one "from" names ("imports from Japan", or "from" hung on the verb: "will
        curb imports from Japan", parsed so), else the nationality of the goods "of" names ("imports of Guyanese
        rice"); never a firm ("imports of Japanese cars from Toyota's plants" still come from Japan by "from")."""
        verb = [goods.head] if goods.dep_ == "dobj" else []
        for prep in (ch for head in (goods, *verb) for ch in head.children):
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for origin in (g for g in prep.children if g.dep_ == "pobj"):
                    found = [p for p in self.parties(origin, actors) if named_party(p)]
                    if found:
                        return found
        for prep in goods.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for inner in (g for g in prep.children if g.dep_ == "pobj"):
                    hit = None if inner.lemma_.lower() in FIRM_NOUNS else self.nationality(inner, actors)
                    found = [self.party(hit)] if hit is not None else self.origin_of(inner, actors)
                    if found:
                        return found
        return []

    def _route(self, tok, actors: DocActors, recipients: list[dict]) -> tuple[list[dict], list[dict]]:
        """ "containers were delivered from a North Korean port to a town on Russia's east coast": with
        no one named as sender, a shipment's route says which states sent and received it - the country
        of the place it left from, and of the place it went to (or the coast or region that place is on)."""
        sender: list[dict] = []
        receiver = [r for r in recipients if r.get("country")]  # a town no state is known for says little
        preps = [ch for ch in tok.children if ch.dep_ == "prep"]
        for n, prep in enumerate(preps):
            if prep.lower_ == "from" and not sender:
                sender = self.country_in(prep, actors)
            elif prep.lower_ in ("to", "into") and not receiver:
                receiver = self.country_in(prep, actors)
                after = preps[n + 1] if n + 1 < len(preps) else None
                if not receiver and after is not None and after.lower_ in ("on", "in", "at"):
                    receiver = self.country_in(after, actors)  # "to Dunay on the east coast of Russia"
        if sender and receiver and sender[0]["key"] == receiver[0]["key"]:
            return [], recipients  # a route inside one country says nothing of who gave to whom
        return sender, receiver or recipients

    def country_in(self, phrase, actors: DocActors) -> list[dict]:
        """The first state a short phrase names: a country, a nationality ("a North Korean port"), or a
        place the gazetteer puts in a country."""
        words = list(phrase.subtree)[:12]
        # "a town near the Polish border" may lie on either side of it: what is near a place is not in it
        beside = {
            t.i
            for w in words
            if w.lower_ in ("near", "outside", "beyond") or w.lemma_ in ("border", "frontier")
            for t in w.subtree
        }
        words = [t for t in words if t.i not in beside]
        inside = {t.i for t in words}
        for t in words:
            hit = actors.actor_for(t)
            if hit and hit[0].kind == "country":
                return [self.party(hit)]
        for ent in phrase.sent.ents:
            if ent.start not in inside or ent.label_ not in ("GPE", "NORP", "LOC"):
                continue
            iso = self.g.any_country(ent.text)
            if iso is None and ent.label_ != "NORP":
                place = self.g.place(ent.text)
                iso = place.country if place else None
            if iso:
                return [country_party(self.g, iso, ent.text, ent.start_char, ent.end_char)]
        return []

    def place_parties(self, tok, actors: DocActors, preps: tuple[str, ...] = ("to", "in", "into")) -> list[dict]:
        """ "arrived in Pyongyang", "travel to China": the country of the place visited; one left for is where one
        goes ("left for Washington", `preps` ("for",)), never where one left from ("troops left in Iraq")."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for p in prep.children:
                    found = self.place_parties_of(p, actors) if p.dep_ == "pobj" else []
                    if found:
                        return found
        return []

    def joined_parties(self, tok, actors: DocActors) -> list[dict]:
        """The body an infinitive of joining names: "applied to join the European Community", "applied to become a
        member of the IMF" (round 36)."""
        act = next((ch for ch in tok.children if ch.dep_ == "xcomp"), None)
        if act is None:
            return []
        body = next((ch for ch in act.children if ch.dep_ == "dobj"), None)
        if body is None:  # "to become a member of the IMF"
            member = next((ch for ch in act.children if ch.dep_ in ("attr", "dobj", "oprd")), None)
            body = prep_object(member, "of") if member is not None else None
        return self.parties(body, actors) if body is not None else []

    def place_parties_of(self, p, actors: DocActors) -> list[dict]:
        """The country a place's name stands for: a state named, or a place the gazetteer puts in one (the
        party's text is the place's own name: "Jericho")."""
        hit = actors.actor_for(p)
        if hit and hit[0].kind == "country":
            return [self.party(hit)]
        place = self.g.place(p.text) if p.ent_type_ in ("GPE", "LOC", "FAC") else None
        if place and place.country:
            return [country_party(self.g, place.country, p.text, p.idx, p.idx + len(p.text))]
        return []

    def speaker(self, verb, actors: DocActors) -> tuple[object, list[dict]] | None:
        """(subject, its parties) of a speech verb, "he" or "they" being whoever the article quotes; None when the
        verb has no subject."""
        subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
        if subj is None:
            return None
        found = self.parties(subj, actors)
        if not found and subj.pos_ == "PRON":
            found = self.speaker_pronoun(verb, actors)
        return subj, found

    def _reported_speaker(self, pronoun, actors: DocActors) -> list[dict]:
        """ "Thatcher, after meeting Gorbachev, said she would visit Poland", "Blair met Chirac and said he would
        back it": "he" or "she" subject of the clause a speech verb reports is the person who speaks, not the last
        one named; only one step up (what a speaker quotes someone else as saying is that one's). So is "it" of a
        state or a body that speaks ("Peoples Telephone, the largest firm in the U.S., said it signed a contract":
        not the U.S.), and "they" of a body or of several ("the rebels said they would fight on")."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or (pronoun.lower_ == "they" and pronoun.dep_ != "nsubj"):
            return []  # "police said they were charged": those who undergo it are others
        clause = pronoun.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.i == clause.i or not speech_verb(verb) or verb.ent_type_:
            return []  # ("Oil Minister Mana Said al-Oteiba": a "Said" inside a name says nothing)
        subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((ch for ch in verb.head.children if ch.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return []
        hit = actors.actor_for(subj)
        if hit is not None and actors.other_sex(hit[0], pronoun.lower_):
            return []  # "Ms Robinson said as home secretary he gave the impression": he is someone else
        found = self.parties(subj, actors)
        low = pronoun.lower_
        if low in ("he", "she"):
            return [p for p in found if str(p["key"]).startswith("person:")]
        bodies = [p for p in found if not str(p["key"]).startswith("person:")]
        if low == "they" and subj.tag_ not in ("NNS", "NNPS") and len(found) < 2 and not bodies:
            return []  # "they" stands for several or for a body, not for one person
        return bodies if low == "it" else found

    def speaker_pronoun(self, tok, actors: DocActors) -> list[dict]:
        """ "Syria says it will not accept": a pronoun subject under a speech verb is the speaker, unless the article
        titles the speaker as the other sex than the pronoun's ("Ms Robinson said he had attacked the judges")."""
        pronoun = next((ch.lower_ for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")), "")
        v = tok
        for _ in range(4):
            if v.dep_ in ("ccomp", "xcomp", "conj") and v.head.i != v.i:
                v = v.head
                if speech_verb(v):
                    subj = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
                    hit = actors.actor_for(subj) if subj is not None else None
                    if hit is not None and actors.other_sex(hit[0], pronoun):
                        return []
                    if subj is None:
                        return []
                    found = self.parties(subj, actors)
                    if pronoun == "they" and subj.tag_ not in ("NNS", "NNPS"):
                        # "'I think they will attack the city,' the general said": they are not one who speaks
                        return [p for p in found if str(p.get("key", "")).startswith(("country:", "org:"))]
                    return found
            else:
                break
        return []

    def actor_like(self, tok, actors: DocActors) -> bool:
        if actors.actor_for(tok):
            return True
        low = tok.lower_
        if low in ("he", "she", "they", "we", "i", "you", "who", "it"):
            return True
        if low in QUANTITY_WORDS or tok.lemma_.lower() in HUMAN_NOUNS:
            return True
        if tok.pos_ == "NOUN" and low.endswith(("worker", "workers")):
            return True  # "bankworkers", "steelworkers", "dockworkers": people named by their work
        if tok.like_num and any(ch.lemma_.lower() in HUMAN_NOUNS for ch in tok.children):
            return True
        return any(
            ch.dep_ in ("compound", "poss", "amod") and (actors.actor_for(ch) or ch.pos_ == "PROPN")
            for ch in tok.children
        )

    @staticmethod
    def _abbreviated(tok, actors: DocActors):
        """The known body a bracketed short name after a long one names: "The General Agreement on Tariffs and Trade
        (GATT)", "the Association of South-East Asian Nations (ASEAN)" (the parser hangs the brackets anywhere in the
        long name). None where no bracket follows the name or it names no one known."""
        if tok.pos_ != "PROPN" and tok.ent_type_ not in ("ORG", "LAW", "NORP"):
            return None
        end = max(t.i for t in tok.subtree)
        doc = tok.doc
        for i in range(tok.i + 1, min(end + 1, len(doc) - 2)):
            if doc[i].lower_ == "(" and doc[i + 2].lower_ == ")" and doc[i + 1].is_upper:
                return actors.actor_for(doc[i + 1])
        return None

    def human(self, tok, actors: DocActors) -> bool:
        tok = antecedent(tok)
        if self.actor_like(tok, actors) or tok.like_num or tok.ent_type_ in ("CARDINAL", "PERSON", "NORP"):
            return True
        # "deputy governor of the region, Oleg Chemezov": a named person in the phrase
        return any(ch.lemma_.lower() in HUMAN_NOUNS or ch.like_num or ch.ent_type_ == "PERSON" for ch in tok.subtree)
