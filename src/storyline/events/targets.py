"""To whom, when the trigger's own slots name no one.

Each pattern says where its recipient stands beside the trigger (`recipient` in verbs.yaml: "dobj", "with",
"against"...). News often puts the one an act is directed at one step further away, and the row then has an
actor and no target, so it makes no dyad. On the textbook set (`events`, whose gold names actors and
recipients) 142 of 241 rows with a gold recipient had none. The places it stands, each a rule of English:

- who a demand asks to act: "demanded that the US cancel the sale", "allow United Nations planes to land";
- the arguments of the act a verb of will governs: "agreed to provide aid to Romania", "threatened to break
  relations with Russia", "is willing to forgive Obasanjo" (by name: "refused to publish Lord Goldsmith's advice"
  refuses no Goldsmith);
- the parties to the object noun, through the prepositions that name one ("demanded support from the assembly",
  "a mediation mission between Syria and the PLO"; "of" only after an event noun: "the withdrawal of Serbian
  forces", never "the names of banks"), and whose it is by nationality ("rejected an Indian proposal");
- whose act a protest is against: "walked out in protest at Chile's new port law";
- the territory a measure falls on: "lifted a night curfew in Montenegro".

Each was judged on real news (BBC and Reuters rows whose target changed, two blind judges), and what they showed
wrong stays out: a forum or a topic ("a complaint with GATT", "its record on the NHS"), the place where an
arrest, a rally or a shooting happened (its location, not its target), a party's own state ("Mr Straw promised to
defend the UK's rebate"), what a demand asks for ("sought to deport the detainees" asks no detainee), and a stance
read through the thing it is about ("backed severing the link between the government and Fannie Mae").

The coder asks for a target only for a row the filters kept with no recipient, so this changes who, never which
rows; never the actor itself, nor a word of the actor's own phrase. The first place that names a party wins, in
the order above.
"""

from __future__ import annotations

from ..actors.mentions import DocActors
from .candidate import Candidate
from .grammar import (
    CHANGE_NOUNS,
    FIRM_NOUNS,
    GRIEVANCE_PREPS,
    OBJECT_TARGET_PREPS,
    PLACE_NOUNS,
    PLACE_TARGET_TYPES,
    PROTEST_NOUNS,
    REFUSAL_VERBS,
    WILLED_ACT_PREPS,
    WORDS,
)
from .participants import named_party

# the words that carry a demand's content ("demanded that ...", "its demand that ..."): what is asked for is no target
DEMAND_TYPES = frozenset({"REQUEST"})
# stances: what they are about is a thing whose own participants are not theirs ("backed the severing of the link
# between the government and Fannie Mae" backs no party)
STANCE_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# the plans a stance is about whose owner an article names once and then drops ("the scheme"): the nearest earlier
# mention of the noun with an owner says whose (TargetFinder._owner_named_before), within this many sentences
POLICY_NOUNS = frozenset(
    {"plan", "scheme", "proposal", "bill", "policy", "reform", "budget", "law", "legislation", "measure", "programme",
     "program", "initiative", "strategy", "package"}
)  # fmt: skip
DEFINITE_DETERMINERS = frozenset({"the", "this", "these", "that", "those"})
# the measures whose target is the state whose goods they fall on ("tariffs on Japanese goods": Japan)
GOODS_TARGET_TYPES = frozenset({"SANCTION"})
# acts of force whose target is the state a nationality names on what they strike ("an attack on an Iranian oil
# platform", "raids on Palestinian refugee camps": Iran, the Palestinians)
STRUCK_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})
# the nouns of another's goods coming in, whose origin a measure on them targets ("imports from Japan")
IMPORT_NOUNS = WORDS["import_nouns"]
OWNER_SENTENCES_BACK = 8
# the acts of workers whose counterpart is their employer ("workers at Ford rejected the pay offer"), the nouns that
# name workers, and how many words after the noun the employer may be named ("locals on strike at Cominco")
EMPLOYER_TYPES = frozenset({"REJECT", "AGREE", "ACCUSE", "PROTEST", "REQUEST", "THREATEN"})
WORKER_NOUNS = frozenset(
    {"worker", "employee", "miner", "docker", "dockworker", "steelworker", "metalworker", "machinist", "staff", "local",
     "union", "driver", "pilot", "nurse", "teacher", "seaman", "seamen", "striker", "crew", "engineer"}
)  # fmt: skip
EMPLOYER_REACH = 6
WORKERS_BODIES = frozenset({"union", "unions", "workers", "federation", "confederation", "congress", "guild"})
# the sectors of a state's own organs, which impose and lift measures on a territory
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


class TargetFinder:
    """Reads a candidate's `trigger`, `type`, `obj`, `subject` and `actors` and the parse; writes nothing: `find`
    returns the recipients the places above name (the coder asks it for a row the filters kept with no recipient)."""

    def __init__(
        self,
        participants,
        event_nouns: frozenset[str] = frozenset(),
        tie_nouns: frozenset[str] = frozenset(),
        demand_nouns: frozenset[str] = frozenset(),
        demand_verbs: frozenset[str] = frozenset(),
    ):
        self.participants = participants  # a ParticipantFinder: `parties`, `subject_token`, `place_parties`...
        self.event_nouns = event_nouns  # the lexicon's event nouns: "the withdrawal of X" names X, "the names of X" not
        self.tie_nouns = tie_nouns  # the lexicon's nouns of ties and accords: "relations with X" name X
        self.demand_nouns = demand_nouns  # the lexicon's nouns of demands: "its demand that Israel ease" names Israel
        self.demand_verbs = demand_verbs  # its verbs of demands: "went on strike to demand X's resignation"

    def find(self, c: Candidate, actors: DocActors) -> list[dict]:
        own = {a["key"] for a in c.actors}
        home = {a.get("country") for a in c.actors} - {None}
        subject = {t.i for t in c.subject.subtree} if c.subject is not None else set()
        places = [self._places(c, actors)]
        if c.type in PLACE_TARGET_TYPES and any(self._state_organ(a) for a in c.actors):
            places.append(self._territories(c, actors))
        for place in places:
            for found in place:
                kept = [
                    p
                    for p in found
                    if p["key"] not in own
                    and self._outside(p, subject, c)
                    # a party's own state is not what it acts on ("Mr Straw promised to defend the UK's rebate",
                    # "police raided a house in Gaza")
                    and not (str(p["key"]).startswith("country:") and p.get("country") in home)
                ]
                if kept:
                    return kept
        if c.type in EMPLOYER_TYPES:
            return [p for p in self._employer(c, actors) if p["key"] not in own]
        return []

    def _employer(self, c: Candidate, actors: DocActors) -> list[dict]:
        """The firm workers are named as working at, the counterpart of their stance or strike: "workers at Ford
        rejected the pay offer", "locals on strike at Cominco rejected a contract" (Ford, Cominco). The one place a
        word of the actor's own phrase is the target: the employer is no part of who acts."""
        subj = c.subject
        if subj is None or subj.lemma_.lower() not in WORKER_NOUNS:
            return []
        for prep in subj.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "of") or prep.i - subj.i > EMPLOYER_REACH:
                continue
            for pobj in (ch for ch in prep.children if ch.dep_ == "pobj"):
                # "at Ford", "at the Ford plant": the firm or the firm's site
                firm = (
                    pobj
                    if pobj.ent_type_ == "ORG"
                    else next((ch for ch in pobj.children if ch.dep_ == "compound" and ch.ent_type_ == "ORG"), None)
                )
                if firm is not None and not any(t.lower_ in WORKERS_BODIES for t in firm.subtree):
                    # a firm by what it is to them, sector or none; never their own union ("members of the United
                    # Food and Commercial Workers Union")
                    found = [p for p in self.participants.parties(firm, actors) if p.get("sector") != "LAB"]
                    if found:
                        return found
        return []

    @staticmethod
    def _state_organ(party: dict) -> bool:
        """A state or one of its organs: only they impose or lift a measure on a territory ("Serbia lifted the curfew in
        Montenegro"; striking dockers "called off a stoppage in Spain's main port" act on no state)."""
        return str(party["key"]).startswith("country:") or party.get("sector") in STATE_SECTORS

    @staticmethod
    def _outside(party: dict, subject: set[int], c: Candidate) -> bool:
        """Not a word of the actor's own phrase ("Palestinian police in Jericho" do not target Palestinians)."""
        if party.get("start") is None:
            return True
        span = c.trigger.doc.char_span(party["start"], party["end"], alignment_mode="expand")
        return span is None or not any(t.i in subject for t in span)

    def _places(self, c: Candidate, actors: DocActors):
        """The candidate recipients, place by place, lazily (the first that names a party wins)."""
        tok, parties = c.trigger, self.participants.parties
        support_nouns = self.participants.support_nouns  # content nouns whose possessor is no target
        demand = c.type in DEMAND_TYPES
        willed = self._willed_acts(tok) if self._wills_an_act(c) else []
        # "insisted on its demands that Burundi's government grant ...", "its demand that Israel ease": a demand
        # noun's own clause says who is to act, as a demanding verb's does
        demand_nouns = [
            n
            for n in (c.obj, *(g for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"))
            if demand and n is not None and n.lemma_.lower() in self.demand_nouns
        ]
        for verb in [tok, *willed, *demand_nouns]:
            # "allow United Nations planes to land", "demanded that the US cancel": who is to do it
            for clause in verb.children:
                if self._bare_clause(clause, demand):
                    asked = self.participants.subject_token(clause)
                    if asked is not None and asked.i != (c.subject.i if c.subject is not None else -1):
                        yield parties(asked, actors)
                        yield self._whose(asked, actors)  # "allow Danish ships to dock"
        if c.type == "PROTEST":
            # "walked out over the government's pay offer": whose act is protested; never through it ("over the arrest
            # of activists" protests the arrest, not the activists)
            yield from self._prep_objects(tok, GRIEVANCE_PREPS, actors, nest=False)
            yield self._grievance_doers(tok, GRIEVANCE_PREPS, actors)
        for verb in willed:
            obj = next((ch for ch in verb.children if ch.dep_ in ("dobj", "dative")), None)
            if obj is not None and (actors.actor_for(obj) is not None or obj.pos_ == "PROPN"):
                # the one the act is done to, by name ("allow Ouattara", "forgive Obasanjo"); not whose thing it is
                # ("refused to publish Lord Goldsmith's advice"), nor a thing named like a body ("agreed to create
                # 'Television Sur'")
                yield [p for p in parties(obj, actors, support_nouns) if named_party(p)]
            yield from self._prep_objects(verb, WILLED_ACT_PREPS, actors)
            if obj is not None:
                yield from self._noun_parties(obj, c.type, actors)
        obj = self._object(c)
        for head in (tok, obj) if obj is not None else (tok,):
            # "went on strike in protest at the government's refusal": whose act is protested
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in PROTEST_NOUNS:
                            yield from self._prep_objects(pobj, OBJECT_TARGET_PREPS, actors, nest=False)
                            yield self._grievance_doers(pobj, GRIEVANCE_PREPS, actors)
        if c.type == "PROTEST":
            # "staged a hunger strike to demand the resignation of President Ben Bella": who the protest's demand is
            # made of
            yield self._demanded_of(tok if obj is None else obj.head, actors)
        if obj is not None:
            # a verb read only with ties as its object makes or breaks them ("established ties with")
            acted_on = c.pattern is not None and bool(c.pattern.objects) and obj.lemma_.lower() in c.pattern.objects
            yield from self._noun_parties(obj, c.type, actors, acted_on)
            # whose thing it is by nationality ("rejected an Indian proposal"); not the one a passive's subject names
            # ("an Iranian weblogger has been jailed": Iran jails him)
            if obj.lemma_.lower() not in support_nouns and obj.dep_ != "nsubjpass":
                yield self._whose(obj, actors)
            if c.type in STANCE_TYPES and obj.lemma_.lower() in CHANGE_NOUNS:
                # "criticised rises in West German interest rates": whose rates rose, one "in" or "of" deep
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                        for changed in (g for g in prep.children if g.dep_ == "pobj"):
                            yield self._whose(changed, actors)
            if c.type in STANCE_TYPES:
                yield self._owner_named_before(obj, actors)
        if c.type == "THREATEN":
            for verb in willed:
                # "agreed to impose tariffs on Japanese goods unless ...": whose goods the measure threatened falls on
                act_obj = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
                for head in (act_obj, verb) if act_obj is not None else (verb,):
                    yield self._whose_goods(head, actors)
            # "threatened to hold a strike unless Israel rescinded the annexation": who the terms are put to
            for verb in [tok, *willed]:
                yield self._put_to(verb, actors)
        if c.type in STRUCK_TARGET_TYPES:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
                    for struck in (g for g in prep.children if g.dep_ == "pobj"):
                        yield self._whose(struck, actors)  # "an attack on an Iranian oil platform": Iran
        if c.type in GOODS_TARGET_TYPES:
            for head in (obj, tok) if obj is not None else (tok,):  # "tariffs on X" or "imposed ... on X"
                yield self._whose_goods(head, actors)
            if obj is not None and obj.lemma_.lower() in IMPORT_NOUNS:
                yield self.participants.origin_of(obj, actors)  # "banned imports from Japan"

    @staticmethod
    def _wills_an_act(c: Candidate) -> bool:
        """Whether the act the trigger's complement names is aimed at this row's target: a verb of will with no object
        of its own ("agreed to send aid to Somalia", "threatened to cut ties with Peru", "refused to allow"), not one
        that forces or urges its object ("forced them to grant Mexico terms": they are forced), nor a stance, which is
        about the act and not its target ("opposes giving the officers powers", "denied accusing Germany")."""
        if c.type in DEMAND_TYPES or c.type in ("CONSULT", "ACCUSE", "SUPPORT"):
            return False
        if c.type == "REJECT" and c.trigger.lemma_.lower() not in REFUSAL_VERBS:
            return False
        return not any(ch.dep_ in ("dobj", "dative") for ch in c.trigger.children)

    def _noun_parties(self, noun, event_type: str, actors: DocActors, made_or_broken: bool = False):
        """The parties to an event noun, through the prepositions that name one ("support from the assembly", "a
        mediation mission between Syria and the PLO", "the withdrawal of Serbian forces"). Only an event noun has
        parties ("the line between Edinburgh and Tweedbank" has none); a meeting's topic names no partner ("met to
        discuss tensions between Greece and Turkey"); a stance is about a thing, whose only party is where it came
        from ("rejected a proposal from the company", not "backed the invasion of Iraq"); a demand asks its source
        or the one it would act on ("demanded support from", "the withdrawal of")."""
        if noun.lemma_.lower() in self.tie_nouns and (made_or_broken or event_type not in STANCE_TYPES | {"CONSULT"}):
            # "threatened to break relations with Russia", "suspended air links with Serbia", "established diplomatic
            # ties with Tehran", "demanded a truce with Moslem forces": a tie's or an accord's other side; not one a
            # stance is about ("backed closer ties with Europe")
            yield from self._prep_objects(noun, frozenset({"with"}), actors, nest=False)
        if event_type in DEMAND_TYPES | {"REJECT"}:
            # "demanding autonomy from Serbian authorities", "sought compensation from Iraq": who is asked for it;
            # "rejected a fresh offer from Afghanistan": whose offer is turned down
            yield from self._prep_objects(noun, frozenset({"from"}), actors, nest=False)
        if noun.lemma_.lower() not in self.event_nouns or event_type == "CONSULT":
            return
        if event_type in STANCE_TYPES:
            preps = frozenset({"from"})
        elif event_type in DEMAND_TYPES:
            preps = frozenset({"from", "of"})
        else:
            preps = OBJECT_TARGET_PREPS
        yield from self._prep_objects(noun, preps, actors, nest=event_type not in STANCE_TYPES | DEMAND_TYPES)

    def _territories(self, c: Candidate, actors: DocActors):
        """The place a measure falls on: "lifted the curfew in Montenegro", "imposed a ban in the province"; not
        where anything else happens (an arrest, a rally, a shooting "in London": that is the event's location)."""
        obj = self._object(c)
        for head in (c.trigger, obj) if obj is not None else (c.trigger,):
            yield self._place_of(head, actors)

    @staticmethod
    def _object(c: Candidate):
        """The candidate's object noun (the one the finder read, else the trigger's direct object), if other than the
        trigger itself."""
        obj = c.obj if c.obj is not None else next((ch for ch in c.trigger.children if ch.dep_ == "dobj"), None)
        return obj if obj is not None and obj.i != c.trigger.i else None

    @staticmethod
    def _bare_clause(clause, demand: bool) -> bool:
        """A clause whose subject is to do something the verb above wants, allows or forbids: an infinitive with
        its own subject ("allow planes to land") or, under a demand, a bare subjunctive ("that the US cancel")."""
        if clause.dep_ not in ("ccomp", "acl") or clause.i < clause.head.i:
            return False
        aux = [a.lower_ for a in clause.children if a.dep_ == "aux"]
        if clause.tag_ == "VB" and aux == ["to"]:
            return True
        # the small parser often tags a subjunctive as a present ("demanded that the government end" as VBP)
        that = any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        subjunctive = clause.tag_ == "VB" or (clause.tag_ == "VBP" and that)
        return demand and subjunctive and all(a in ("should", "must") for a in aux)

    @staticmethod
    def _willed_acts(tok) -> list:
        """The acts a verb of will governs, two steps deep: "agreed to provide", "decided to allow X to take part",
        "is willing to forgive" (through the adjective)."""
        out, frontier = [], [tok]
        for _ in range(2):
            step = []
            for v in frontier:
                for ch in v.children:
                    if ch.dep_ == "xcomp" and ch.pos_ in ("VERB", "AUX"):
                        step.append(ch)
                    elif ch.dep_ == "acomp":
                        step.extend(x for x in ch.children if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX"))
            out.extend(step)
            frontier = step
        return out

    def _prep_objects(self, head, preps: frozenset[str], actors: DocActors, nest: bool = True):
        """The parties the prepositions of `head` name ("of" only where `head` is an event noun: "the withdrawal of
        Serbian forces", never "the names of banks"); with `nest`, through an event noun to its own participant, one
        step ("to a demand from the US President", "for a war against Iraq")."""
        for prep in head.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in preps:
                continue
            if prep.lower_ == "of" and head.lemma_.lower() not in self.event_nouns:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                found = self.participants.parties(pobj, actors)
                yield found
                # never through a thing someone else owns: in "thanked it for the nation's assistance to Ukraine"
                # the thanks go to the nation, whoever the assistance went to
                owned = any(ch.dep_ == "poss" for ch in pobj.children)
                if not found and nest and not owned and pobj.lemma_.lower() in self.event_nouns:
                    yield from self._prep_objects(pobj, OBJECT_TARGET_PREPS, actors, nest=False)

    def _whose_goods(self, head, actors: DocActors) -> list[dict]:
        """The state whose goods a trade measure falls on, by their nationality: "imposed tariffs on Japanese
        electronic goods", "100 pct tariffs on 300 mln dlrs worth of Japanese television sets" (Japan), through one
        measure or container ("worth of", "shipments of"); never a firm ("Japanese banks" are no state)."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "against"):
                continue
            for goods in (g for g in prep.children if g.dep_ == "pobj"):
                inner = [goods] + [
                    g for of in goods.children if of.dep_ == "prep" and of.lower_ == "of" for g in of.children
                    if g.dep_ == "pobj"
                ]  # fmt: skip
                for noun in inner:
                    found = self._whose(noun, actors)
                    if found:
                        return found
        return []

    def _grievance_doers(self, head, preps: frozenset[str], actors: DocActors) -> list[dict]:
        """Who did what a protest is against: the agent or the owner of the grievance ("in protest against the human
        rights violations by Algerian security forces", "demonstrations against the army's violations"); never one
        it was done to ("against the arrest of activists" targets no activist)."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for grievance in (g for g in prep.children if g.dep_ == "pobj"):
                    found = self._owner_or_agent(grievance, actors)
                    if found:
                        return found
        return []

    def _demanded_of(self, verb, actors: DocActors) -> list[dict]:
        """The party a protest's purpose clause demands of: "staged demonstrations to demand political reforms by
        President Suharto's government", "a hunger strike to demand the resignation of President Ben Bella"."""
        for clause in verb.children:
            if (
                clause.dep_ not in ("advcl", "xcomp")
                or clause.lemma_.lower() not in self.demand_verbs
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
            ):
                continue
            asked = next((ch for ch in clause.children if ch.dep_ == "dobj"), None)
            if asked is None:
                continue
            for found in (
                [p for p in self.participants.parties(asked, actors) if named_party(p)],
                *self._noun_parties(asked, "REQUEST", actors),
                self._owner_or_agent(asked, actors),
            ):
                if found:
                    return found
        return []

    def _owner_or_agent(self, noun, actors: DocActors) -> list[dict]:
        """Whose a thing is, by its owner or its "by" agent ("the army's violations", "reforms by President
        Suharto's government")."""
        doers = [ch for ch in noun.children if ch.dep_ == "poss" and ch.pos_ != "PRON"]
        doers += [g for by in noun.children if by.dep_ == "prep" and by.lower_ == "by" for g in by.children]
        for doer in doers:
            found = [p for p in self.participants.parties(doer, actors) if named_party(p)]
            if found:
                return found
        return []

    def _put_to(self, verb, actors: DocActors) -> list[dict]:
        """The party a threat's terms are put to: the subject of its "unless" or "if" clause ("threatened to break
        relations with Russia unless the Kremlin closed its radar base": Russia, by its capital's name)."""
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in clause.children
            ):
                continue
            subject = self.participants.subject_token(clause)
            if subject is not None and subject.pos_ != "PRON":
                found = [p for p in self.participants.parties(subject, actors) if named_party(p)]
                if found:
                    return found
        return []

    def _owner_named_before(self, obj, actors: DocActors) -> list[dict]:
        """Whose plan a stance is about, where the sentence says "the scheme" and the article said whose before: the
        nearest earlier mention of the same noun with an owner ("the Home Office's ID scheme ... Mr Hogg said: we
        strongly oppose the scheme": the Home Office). Only a definite policy noun no owner of its own names, and only
        the nearest mention: if that names no owner, none."""
        if obj.lemma_.lower() not in POLICY_NOUNS or not any(
            ch.dep_ == "det" and ch.lower_ in DEFINITE_DETERMINERS for ch in obj.children
        ):
            return []
        if any(ch.dep_ == "poss" or (ch.dep_ == "prep" and ch.lower_ == "by") for ch in obj.children):
            return []
        doc = obj.doc
        earliest = doc[max(0, obj.sent.start - 1)].sent.start if obj.sent.start else 0
        for _ in range(OWNER_SENTENCES_BACK - 1):
            earliest = doc[max(0, earliest - 1)].sent.start if earliest else 0
        for i in range(obj.i - 1, earliest - 1, -1):
            before = doc[i]
            if before.lemma_.lower() != obj.lemma_.lower() or before.pos_ != "NOUN":
                continue
            for ch in before.children:
                owner = None
                if ch.dep_ == "poss" or (ch.dep_ == "compound" and ch.ent_type_ in ("ORG", "NORP", "GPE")):
                    owner = ch
                elif ch.dep_ in ("prep", "agent") and ch.lower_ == "by":
                    owner = next((g for g in ch.children if g.dep_ == "pobj"), None)
                if owner is not None and owner.pos_ != "PRON":
                    found = [p for p in self.participants.parties(owner, actors) if named_party(p)]
                    if found:
                        return found
            return []  # the nearest mention names no owner: whose it is stays unsaid
        return []

    def _whose(self, obj, actors: DocActors) -> list[dict]:
        """The state a nationality names on a thing ("an Indian proposal", "Palestinian homes"), never on a firm
        ("Japanese banks" are no state)."""
        if obj.lemma_.lower() in FIRM_NOUNS:
            return []
        hit = self.participants.nationality(obj, actors)
        return [self.participants.party(hit)] if hit is not None else []

    def _place_of(self, head, actors: DocActors) -> list[dict]:
        """The state of the place `head`'s "in", "into" or "to" names, also where a noun of place stands beside the
        name ("in the northern city of Kirkuk", "in the capital Kabul")."""
        found = self.participants.place_parties(head, actors)
        if found:
            return found
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "into", "to"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or pobj.lemma_.lower() not in PLACE_NOUNS:
                    continue
                for named in pobj.children:
                    if named.dep_ == "appos":
                        return self.participants.place_parties_of(named, actors)
                    if named.dep_ == "prep" and named.lower_ == "of":
                        inner = next((p for p in named.children if p.dep_ == "pobj"), None)
                        if inner is not None:
                            return self.participants.place_parties_of(inner, actors)
        return []
