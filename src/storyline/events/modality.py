"""What the sentence claims of an event: control verbs, negation, plans, doubt, conditions,
background mentions, and PLOVER retyping of promises, threats and refusals.

A step of the sentence coder (coder.py), run on the candidates of a sentence once they are all
found; it reads the lexicon and asks the participant finder (participants.py) who takes part.
"""

from __future__ import annotations

from ..actors.mentions import DocActors
from . import conditions
from .candidate import Candidate
from .filters import political_party
from .grammar import (
    ABILITY_NOUNS,
    ACCEPTING_VERBS,
    ALLEGATION_HEADS,
    ANSWERING_VERBS,
    ASPECTUAL_VERBS,
    ASSERTED_MARKS,
    ATTEMPT_NOUNS,
    ATTEMPT_VERBS,
    BACKGROUND_MARKS,
    CHOICE_NOUNS,
    COERCIVE_ORDER_NOUNS,
    COERCIVE_ORDER_VERBS,
    COERCIVE_ORDERS,
    COMING_ABOUT_VERBS,
    CONDITIONAL_AUX,
    DECIDING_VERBS,
    DOUBT_VERBS,
    DOUBT_WORDS,
    DOUBTS,
    EXPECTATION_VERBS,
    FORCING_VERBS,
    FUTURE_AUX,
    GUESSING_VERBS,
    HEDGING_VERBS,
    HINDERING_VERBS,
    HOSTILE_INTENTS,
    HOSTILE_NOUNS,
    HUMAN_NOUNS,
    HYPOTHETICAL_AUX,
    MEETING_VERBS,
    MOTION_VERBS,
    OVERTAKEN_PLANS,
    PAYING_VERBS,
    PENALTY_PAYMENTS,
    PERFECT_AUX,
    PLAN_VERBS,
    PROPOSED_THINGS,
    PURPOSE_CARRIERS,
    REFUSAL_VERBS,
    RELUCTANCE_WORDS,
    SCHEDULED_WORDS,
    SEEMING_VERBS,
    SPECULATION_ADVERBS,
    TRYING_FORUMS,
    UNCOMMITTED_PLANS,
    UNREALISED_HEADS,
    WORDS,
    argued_against,
    called_off,
    ceased,
    clause_verb,
    halted_on,
    no_longer,
    would_like,
)
from .lexicon import Lexicon
from .ontology import COOPERATIVE_ACTIONS, HOSTILE_ACTIONS, PROMISABLE
from .participants import ParticipantFinder
from .quotes import SPEAKING_MEDIA, speech_verb

# the prepositions that name parts or means of an act: "take steps, including suspending program trading", "cut the
# deficit by raising taxes" (modality._demanded)
PARTS_OF_AN_ACT = frozenset({"including", "like", "as", "by", "through", "via"})

# what people say by turning out; and the verbs of turning out
VERBAL_TYPES = {"SUPPORT", "ACCUSE", "REQUEST", "PROTEST", "REJECT"}
GATHERING_VERBS = {"gather", "rally", "march", "assemble", "demonstrate", "protest", "turn", "take", "pour", "flock"}


def event_clause(c: Candidate):
    """Where a candidate's status and conditions are read: its verb, or the clause an event noun stands in; for the
    means of another act, that act ("would open its markets by lifting the ban": the lifting is as supposed as the
    opening)."""
    return clause_verb(c.trigger) if c.nominal else _first_infinitive(means_of(c.trigger))


def _first_infinitive(tok):
    """The first of infinitives joined under one "to" ("will take steps to lift its economy and remove barriers":
    lifting), which the others share the fate of; the verb itself when it has a subject, an auxiliary or a tense of
    its own ("agreed to talks and later withdrew")."""
    if (
        tok.dep_ == "conj"
        and tok.tag_ == "VB"
        and tok.head.pos_ == "VERB"
        and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.head.children)
        and not any(ch.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for ch in tok.children)
    ):
        return tok.head
    return tok


def means_of(tok):
    """The act a gerund after "by" is the means of ("urged Japan to open its markets by lifting the ban": opening),
    else the gerund itself: the means share the fate of their end, asked, planned, threatened or done."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    return tok


# acts of accord and help: trying to do them is not doing them
ACCORD_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
# what aid is given for, told as a purpose of it: support, help, cooperation the money makes
FINANCED_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})
REGARDING_VERBS = WORDS["regarding_verbs"]
HABITUAL_ADVERBS = WORDS["habitual_adverbs"]
ABSENCE_NOUNS = WORDS["absence_nouns"]
EXTRAPOSED_JUDGEMENTS = WORDS["extraposed_judgements"]
DOER_ADJECTIVES = WORDS["doer_adjectives"]
ALLYING_VERBS = WORDS["allying_verbs"]
# what a party takes as a stance, held as it is said or joined for
STANCE_TYPES = frozenset({"REJECT", "SUPPORT", "ACCUSE"})
NEGOTIATED_VERBS = WORDS["negotiated_verbs"]
PARTAKING_VERBS = WORDS["partaking_verbs"]
MILITARY_ORDERS = WORDS["military_orders"]
# events one is in while they go on ("in talks", "engaged in fighting", "took part in the march"); a case or an inquiry
# one is "in" is named in passing ("involved in a court case")
PARTAKEN_TYPES = frozenset({"CONSULT", "ASSAULT", "PROTEST", "COOPERATE"})


def expected_of_another(tok) -> bool:
    """Whether a clause is what others foresee a party doing: the clause of a verb of expectation in the active voice
    that has its own doer ("most expect Saudi Arabia to oppose", "analysts predict the bank will cut rates"), not
    one's own plan ("Iran expects to sign next week") nor what is scheduled ("the union is expected to call a
    strike")."""
    for _ in range(3):  # "expects the seven nations to try to agree": through the verbs of trying between
        head = tok.head
        if tok.dep_ not in ("ccomp", "xcomp") or head is tok:
            return False
        if head.lemma_.lower() in EXPECTATION_VERBS:
            break
        if (
            head.lemma_.lower() in GUESSING_VERBS
            and tok.dep_ == "ccomp"
            and any(ch.dep_ == "aux" and ch.lower_ in ("will", "would", "'ll") for ch in tok.children)
            and not any(ch.dep_ == "nsubj" and ch.pos_ == "PRON" for ch in tok.children)
        ):
            # "Baker said he believes Brazil will strike an agreement": what one thinks another will do ("Japan
            # thinks it will sign next week" tells its own plan)
            break
        if tok.dep_ != "xcomp":
            return False
        tok = head
    else:
        return False
    if any(ch.dep_ in ("nsubjpass", "auxpass") for ch in head.children):
        return False
    own_doer = any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children)
    return own_doer or any(ch.dep_ == "dobj" for ch in head.children)


def _none_of(verb) -> bool:
    """Whether the verb's object says there was none: "imposed no restrictions", "have no talks"."""
    obj = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
    return obj is not None and any(ch.dep_ == "det" and ch.lower_ == "no" for ch in obj.children)


def heads_clause(word) -> bool:
    """Whether a word the parser hung on a verb as an adverb heads a clause of its own: "likely to focus on
    arms" ("arrived for talks likely to focus on arms" guesses the topic, not whether they arrived)."""
    return any(ch.dep_ == "xcomp" for ch in word.children)


def _invitation_taken(verb):
    """The verb by which a party takes up an invitation whose act `verb` names ("accepted an invitation to visit the
    Soviet Union", "has accepted Beijing's invitation to attend the summit"), or None: an invitation extended or
    declined names an act no one has agreed to do."""
    noun = verb.head
    if verb.dep_ not in ("acl", "xcomp") or noun.lemma_.lower() != "invitation" or noun.dep_ != "dobj":
        return None
    if not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children):
        return None
    taker = noun.head
    if taker.lemma_.lower() not in ACCEPTING_VERBS or any(ch.dep_ == "neg" for ch in taker.children):
        return None
    return taker


def none_said(noun) -> bool:
    """Whether a noun of an act is said to be none: "no new talks are expected", "no agreement", or what there is
    no need, plan or sign of ("there was no need for an emergency meeting", "no plans for talks"); "not a single
    attack" and "no sooner" are not read here."""
    if any(ch.dep_ == "det" and ch.lower_ == "no" for ch in noun.children):
        return True
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ in ("for", "of")
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() in ABSENCE_NOUNS
        and any(ch.dep_ == "det" and ch.lower_ == "no" for ch in head.head.children)
    )


def _extraposed_judgement(verb) -> bool:
    """ "it is important to support head teachers", "it was wrong to talk to them": an infinitive after "it
    is" and a judging adjective names an act as desirable or not, done by no one in particular ("it is
    ready to talk" has a doer: `it` is someone)."""
    if verb.dep_ != "xcomp" or not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children):
        return False
    copula = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    judged = any(ch.dep_ == "acomp" and (ch.lower_ in EXTRAPOSED_JUDGEMENTS or _compared(ch)) for ch in copula.children)
    return copula.lemma_ == "be" and judged and any(ch.dep_ == "nsubj" and ch.lower_ == "it" for ch in copula.children)


def _compared(adjective) -> bool:
    """ "it is more expensive to invest", "it is cheaper to import", "it is too late to stop": an act weighed
    against another or against its time is done by no one in particular; "it is more likely to agree" has a doer
    (`it` is someone), as every adjective of one's readiness or likelihood does (DOER_ADJECTIVES)."""
    if adjective.lemma_.lower() in DOER_ADJECTIVES or adjective.lower_ in DOER_ADJECTIVES:
        return False
    return adjective.tag_ in ("JJR", "JJS") or any(
        ch.dep_ == "advmod" and ch.lower_ in ("more", "less", "too", "most", "least") for ch in adjective.children
    )


def _no_choice_but(tok):
    """The verb ("have") by which a party says it has "no choice (option, alternative) but to" do an act, if the act
    is so told; None otherwise."""
    if tok.dep_ not in ("pcomp", "xcomp", "advcl", "acl"):
        return None
    if tok.head.lower_ == "but":
        choices = [tok.head.head]
    else:  # "would have no alternative but to strike", the act parsed as the object of "have"
        choices = [ch for ch in tok.head.children if ch.dep_ == "dobj" and any(g.lower_ == "but" for g in ch.children)]
    for choice in choices:
        if choice.lemma_.lower() in CHOICE_NOUNS and any(
            ch.dep_ == "det" and ch.lower_ == "no" for ch in choice.children
        ):
            return choice.head
    return None


def _marked_clause(tok, marks: tuple[str, ...]):
    """The clause marked by one of `marks` ("unless", "if") attached to the trigger's clause or to the verb it hangs
    from ("will not return to work unless they get a rise"); a clause marked "if" is a condition even where the parser
    took it for an object ("will resume only if the army withdraws", "withdraws" parsed as the object of "resume")."""
    v = tok
    for _ in range(3):
        for ch in v.children:
            if ch.dep_ in ("advcl", "dobj"):
                mark = next((m.lower_ for m in ch.children if m.dep_ == "mark"), None)
                if mark in marks:
                    return ch
        if v.dep_ in ("xcomp", "conj") and v.head.i != v.i:
            v = v.head
        else:
            break
    return None


class ModalityReader:
    """What the sentence claims of an event: control verbs, negation, plans, doubt, conditions,
    background mentions, and PLOVER retyping of promises, threats and refusals.

    `resolve_control` reads every candidate of the sentence (`trigger`, `nominal`, `rule`, `type`,
    `control`, `actors`, `recipients`) and writes `type`, `mode`, `rule`, `status`, `negated`,
    `suppressed`, `background`, `background_why`, and `subject`, `actors`, `recipients` where an
    embedded action lends them to its governing verb or takes them from it. `status` reads
    `trigger`, `nominal`, `status`, `negated` and writes `status` and `negated`. `retype` reads
    `type`, `mode`, `status`, `negated`, `nominal`, `trigger`, `recipients` and writes `type`, `mode`,
    `status`, `negated`, `rule`, `recipients` and `intent`."""

    def __init__(self, lexicon: Lexicon, participants: ParticipantFinder):
        self.lex = lexicon
        self.participants = participants
        # verbs of asking, read off the lexicon: what they ask for, however deep, has not been done
        self.asking_verbs = frozenset(
            lemma
            for lemma, patterns in lexicon.verbs.items()
            if any(p.type == "REQUEST" and not p.particle and not p.needs_infinitive for p in patterns)
            # what a party wants to do is its own plan ("wanted to grant an amnesty"); "wants an inquiry" asks
            and lemma not in UNCOMMITTED_PLANS
        )
        # verbs that ask only with an infinitive ("told Iraq to withdraw"); what they tell in a clause is so ("was
        # told the commission had ordered an inquiry")
        self.asking_with_infinitive = frozenset(
            lemma
            for lemma, patterns in lexicon.verbs.items()
            if any(p.type == "REQUEST" and p.needs_infinitive for p in patterns)
        )

    def _demanded(self, tok) -> bool:
        """ "urged action to persuade West Africans to transfer more money": an act inside what a verb of
        asking asks for (its complement, or a clause hung on its object) is asked for, not done; so is one the
        complement names further down, in a phrase or beside another act asked ("urged the Administration to take
        steps, including suspending program trading"). What a relative clause says of a noun there is told as
        so ("urged Iraq to free the hostages it seized"), and an act beside the asking is not asked."""
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(ch.dep_ in ("aux", "auxpass") for ch in tok.children):
            return False  # "demands an accounting of all funds given to the contras": a participle tells what was so
        v = tok
        infinitive = False  # whether the walk passed an infinitive ("told councils to find"), as telling asks only so
        for _ in range(7):
            if v.head.i == v.i or v.dep_ not in ("xcomp", "ccomp", "acl", "dobj", "prep", "pobj", "pcomp", "conj"):
                return False
            if v.dep_ == "prep" and v.lower_ not in PARTS_OF_AN_ACT:
                return False  # "urged Iraq to withdraw after it invaded Kuwait": when, not what, is asked
            infinitive = infinitive or any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in v.children)
            step = v.dep_
            v = v.head
            if v.lemma_.lower() in self.asking_verbs and v.pos_ == "VERB":
                return step in ("xcomp", "ccomp", "acl", "dobj")
            if v.lemma_.lower() in self.asking_with_infinitive and v.pos_ == "VERB" and step in ("xcomp", "dobj"):
                return infinitive  # "might tell a committee investigating the scandal": the inquiry is under way
            if v.pos_ == "NOUN" and step in ("acl", "ccomp") and self.lex.nouns.get(v.lower_, ("",))[0] == "REQUEST":
                return True  # "a demand that Nelson Mandela be released", "calls for the army to withdraw": asked
        return False

    def resolve_control(self, cands: list[Candidate], actors: DocActors) -> None:
        """Fold an embedded action into the verb that governs it ("agreed to allow" -> AGREE)."""
        by_trigger = {c.trigger.i: c for c in cands if not c.nominal}
        for c in cands:
            tok = c.trigger
            taker = _invitation_taken(tok) if not c.nominal else None
            if taker is not None and not c.actors:
                # "the minister accepted an invitation to visit Moscow": who accepts it is who will visit
                guest = next((ch for ch in taker.children if ch.dep_ == "nsubj"), None)
                c.actors = self.participants.parties(guest, actors) if guest is not None else []
            if c.nominal:
                self._background_noun(c)
                if "(light verb)" in c.rule:
                    # "efforts to end the fighting", "a guard involved in a shooting": the light verb's clause decides
                    self._background_clause(c, start=clause_verb(tok))
                told = by_trigger.get(clause_verb(tok).i)
                if c.background and told is not None and told.type == c.type:
                    c.background_why = "told"  # "wounded three guards in an ambush": the ambush is the wounding
                light = clause_verb(tok)
                asker = by_trigger.get(light.head.i) if "(light verb)" in c.rule and light.dep_ == "xcomp" else None
                if asker is not None and (
                    asker.control in ("request", "reject") or asker.type in ("REQUEST", "REJECT")
                ):
                    # "called on Greece to engage in dialogue", "refused to hold talks": what is asked or refused has
                    # not happened
                    c.suppressed = True
                continue
            self._background_clause(c)
            if c.type == "MOBILIZE" and tok.lemma_.lower() in FORCING_VERBS:
                ordered = next((ch for ch in tok.children if ch.dep_ == "xcomp"), None)
                if ordered is not None and ordered.lemma_.lower() not in MILITARY_ORDERS:
                    # "ordered its army to grow more food": forces told to do other work are asked, not mobilised
                    c.type, c.mode = "REQUEST", "demand"
                    told = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
                    c.recipients = self.participants.parties(told, actors) if told is not None else c.recipients
            if c.type == "REQUEST" and tok.lemma_.lower() in FORCING_VERBS:
                ordered = next((ch for ch in tok.children if ch.dep_ == "xcomp"), None)
                if ordered is not None and ordered.lemma_.lower() in COERCIVE_ORDERS:
                    c.type, c.mode = "COERCE", "ban"  # "ordered the newspaper to suspend publication"
                elif (target := self._ordered_by_force(tok)) is not None:
                    c.type, c.mode = "COERCE", "repress"  # "ordered the deportation of", "ordered schools closed"
                    c.recipients = self.participants.parties(target, actors) if target is not tok else []
                elif (paid := _penalty_ordered(tok, ordered)) is not None:
                    # "was ordered to pay a fine of $16m", "the court ordered the firm to pay damages": a penalty
                    # ordered ends a case against the one who pays it (ACCUSE, legal), by a court the sentence may not
                    # name
                    c.type, c.mode, c.rule = "ACCUSE", "legal", c.rule + " (penalty)"
                    c.recipients = self.participants.parties(paid, actors)
                    c.doer_unnamed = c.actor_optional = not c.actors
            if c.type == "REQUEST" and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i in by_trigger:
                c.background = True  # "demonstrated, calling for independence": the demand is the protest's
                continue
            if c.type == "ASSAULT" and not c.nominal and (attack := _attack_tolled(tok, cands)) is not None:
                # "the Iraqi missile attack on the frigate Stark which killed 37 seamen": the toll is the attack's,
                # told a second time; those it killed are the attack's targets too
                c.suppressed = True
                keys = {r["key"] for r in attack.recipients}
                attack.recipients = attack.recipients + [r for r in c.recipients if r["key"] not in keys]
                continue
            if c.type == "REQUEST" and (protest := _protest_served(tok, cands)) is not None:
                # "went on strike to demand wage increases", "called the strike to press for shorter hours", "blocked
                # roads in the latest protest to demand a better deal": the protest makes the demand, no purpose of it
                c.background = protest.background
                c.actors = c.actors or protest.actors
                if not c.actors and protest.nominal:
                    # "teachers staged a strike to press for higher pay": who holds the strike presses
                    holder = self.participants.subject_token(clause_verb(protest.trigger))
                    c.actors = self.participants.parties(holder, actors) if holder is not None else []
                continue
            if means_of(tok).i not in by_trigger:
                tok = means_of(tok)  # "urged Japan to open its markets by lifting the ban": asked, as the opening is
            # "agreed to lay down their arms and release the hostages": the release is agreed, as laying down is
            tok = _first_infinitive(tok)
            if tok.dep_ not in ("xcomp", "ccomp", "advcl", "pcomp"):
                continue
            head = tok.head
            if tok.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() in REGARDING_VERBS:
                c.suppressed = True  # "people may see broadcasting as taking away that control": a view of a thing
                continue
            if (
                tok.dep_ == "xcomp"
                and head.lemma_.lower() in ASPECTUAL_VERBS
                and head.dep_ in ("xcomp", "ccomp")
                and head.i not in by_trigger
            ):
                tok, head = head, head.head  # "refused to continue funding it": the refusal governs the funding
            if _done_little_for(tok):
                c.suppressed = True  # "could do little to help resolve the dispute", "did nothing to ease tensions"
                continue
            matrix = by_trigger.get(head.i)
            lemma = head.lemma_.lower()
            control = (matrix.control if matrix else None) or self.lex.control_only.get(lemma)
            if (
                matrix is not None
                and matrix.type == "AID"
                and c.type in FINANCED_TYPES
                and tok.dep_ in ("xcomp", "advcl")
                and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)
            ):
                # "approved a loan to Yugoslavia's bank to support a project", "gave 5 mln dlrs to help the victims":
                # what aid is for is the aid told again, no second act
                c.suppressed = True
                continue
            if tok.dep_ == "advcl" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children):
                if lemma in PURPOSE_CARRIERS and c.type == "ACCUSE":
                    c.actors = c.actors or (matrix.actors if matrix else [])
                    continue  # "sent personnel to investigate": the investigation is under way
                protesting = (
                    c.type == "PROTEST"
                    and not c.nominal
                    and (
                        c.trigger.lemma_.lower() == "protest"
                        or any(ch.dep_ == "prep" and ch.lower_ in ("against", "over") for ch in c.trigger.children)
                    )
                )  # "to rally support", "to demonstrate full cooperation" protest nothing
                if c.type in VERBAL_TYPES and (lemma in MOTION_VERBS or lemma in GATHERING_VERBS or protesting):
                    # "dumped 20 tonnes of lemons on the streets to protest against duties": the act done to
                    # protest is the protest ("blocked roads to protest": one protest, the blockade's)
                    if c.type == "PROTEST" and matrix is not None and matrix.type == "PROTEST":
                        c.suppressed = True
                        matrix.recipients = matrix.recipients or c.recipients  # "marched ... to protest against X"
                        continue
                    if any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in head.children) or (
                        c.type == "PROTEST" and (lemma in PLAN_VERBS or self._is_set_to(head))
                    ):
                        # "will go on strike to protest the cuts", "unions are planning strikes to protest": ahead too
                        c.status = "planned"
                    continue  # "came out in their thousands to voice support": turning out is how it is said
                if c.type == "CONSULT" and _gathered_for(head):
                    # "ministers met here to discuss the debt crisis", "the minister is in the Emirates to discuss oil
                    # prices": what a meeting or a journey is for is done there, when they are; a meeting or a visit
                    # the rules read already is the one told
                    if matrix is not None and matrix.type == "CONSULT":
                        c.suppressed = True
                        matrix.recipients = matrix.recipients or c.recipients
                        continue
                    if head.lemma_.lower() == "be":
                        if not any(political_party(p) for p in c.actors):
                            c.status = "intended"  # "experts are in Geneva to discuss the weather"
                            continue
                        c.recipients = c.recipients or self.participants.parties(_place_in(head), actors)
                    if any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in head.children):
                        c.status = "planned"
                    continue
                if voted_to(tok):
                    continue  # "the House voted 350-73 to override the veto": what a vote decides, it does
                if lemma in ALLYING_VERBS and c.type in STANCE_TYPES:
                    # "Baldrige and Weinberger had joined forces to fight the planned sale", "joined in an alliance to
                    # oppose the resolution": a stance is what parties join for, and they hold it as they join
                    continue
                c.status = "intended"  # "deployed the army to quell protests": a purpose, not an event
                continue
            if tok.dep_ == "pcomp" and (lemma in ALLEGATION_HEADS or head.head.lemma_.lower() in ALLEGATION_HEADS):
                c.background = True  # "accused of blowing up", "arrested for collaborating": an allegation
                continue
            refused = control == "reject" or (matrix is not None and matrix.type == "REJECT")
            if refused and tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "advcl", "dobj", "xcomp"):
                c.suppressed = True  # "ruled out sending ground troops": what is refused is not done
                continue
            if control == "request" and c.type == "REQUEST" and c.rule.startswith("clause:"):
                # "it recommended that Japan must transform its policies": the demand read from the modal is the
                # request, whoever the recommending verb's subject turns out to be
                if matrix is not None and matrix.type == "REQUEST":
                    matrix.suppressed = True
                continue
            if control in ("agree", "threaten", "reject", "request", "coerce") and tok.dep_ in ("xcomp", "ccomp"):
                self._fold(c, matrix, control, head)
                continue
            if tok.dep_ != "xcomp":
                continue
            if (
                lemma in ATTEMPT_VERBS
                and c.type == "AGREE"
                and lemma not in ("fight", "campaign", "battle")
                and c.trigger.lemma_.lower() in NEGOTIATED_VERBS
                and not any(a.get("sector") == "BUS" for a in c.actors)
            ):
                # "negotiators were trying to reach agreement": trying to agree with another side is negotiating
                # with it (CONSULT), which is going on (firms' bargaining is business); "failed to reach agreement" is
                # coded REJECT, as PLOVER's gold standard records code it
                c.type, c.mode, c.rule = "CONSULT", "talks", c.rule + " (negotiating)"
            elif lemma in ATTEMPT_VERBS and c.type in ACCORD_TYPES:
                # "have been trying to agree a deal": aimed at, not achieved ("tried to hack into", "tried to
                # quell protests": attempted force is coded as force, as PLOVER does)
                c.status = "intended"
            elif lemma in PLAN_VERBS or would_like(head) or self._is_set_to(head) or self._planned_above(head):
                c.status = "planned"
            elif lemma == "fail":
                c.negated = True
            # "is to appear in court": the one who appears is tried, no doer (c.doer_unnamed)
            if not c.actors and matrix is None and not c.doer_unnamed:
                subj = self.participants.subject_token(head)
                if subj is not None:
                    c.subject = c.subject if c.subject is not None else subj
                    c.actors = self.participants.parties(subj, actors)

    def _fold(self, c: Candidate, matrix: Candidate | None, control: str, head) -> None:
        """The governing verb takes the embedded action as its mode; the action itself is not an event."""
        if matrix is None:
            c.suppressed = control in ("request", "reject")
            if control == "agree" and c.type == "SUPPORT":
                c.rule += " (declared)"  # "we are ready to back the reforms": support declared is support given
                return
            if c.rule.startswith("refusal:"):
                return  # "are not prepared to accept it": readiness denied made it a refusal (candidates._refusal)
            if control in ("agree", "threaten"):
                # "is willing to withdraw", "is ready to host": the action is promised (or threatened); force
                # promised not to be used ("assured Parliament that no troops would be sent") is a promise
                hostile = (c.type in HOSTILE_ACTIONS and not _denied_in_clause(c.trigger)) or control == "threaten"
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
        if (
            control == "agree"
            and c.type == "CONSULT"
            and matrix.type == "AGREE"
            and matrix.trigger.lemma_.lower() == "agree"  # an offer or a promise to talk is one side's
            and not matrix.negated
        ):
            # "the EU and US have agreed to begin talks": the talks agreed on are planned, a meeting of their own
            c.suppressed, c.status = False, "planned"
            c.actors = c.actors or matrix.actors
        if control == "agree" and _denied_in_clause(c.trigger):
            if matrix.trigger.lemma_.lower() == "agree" or c.type in HOSTILE_ACTIONS | {"THREATEN"}:
                # "OECD members agreed not to provide concessional credits", "the rebels pledged not to attack the
                # convoy": an accord, or a promise to hold back from force or pressure, is a promise kept (AGREE)
                matrix.type, matrix.rule = "AGREE", matrix.rule + " (restraint)"
            else:
                matrix.type = "REJECT"  # "vowed not to return the Golan Heights": a good turn refused
        elif (
            control == "agree"
            and c.type == "REJECT"
            and matrix.type == "AGREE"
            and matrix.pattern is not None
            and matrix.pattern.mode == "promise"
        ):
            # "the Greens have pledged to oppose the bill": opposition declared is opposition, now
            matrix.type, matrix.rule = "REJECT", matrix.rule + " (vow to oppose)"
            matrix.recipients = matrix.recipients or c.recipients
        elif control == "agree" and c.type in HOSTILE_ACTIONS | {"THREATEN"}:
            matrix.type = "THREATEN"
        elif (
            control == "request"
            and matrix.trigger.lemma_ in FORCING_VERBS
            and c.trigger.lemma_.lower() in COERCIVE_ORDERS
        ):
            matrix.type, matrix.mode = "COERCE", "ban"  # "ordered the newspaper to suspend publication"
        elif (
            control == "coerce"
            and any(ch.dep_ in ("nsubjpass", "auxpass") for ch in matrix.trigger.children)
            and self.participants.agent_of(matrix.trigger) is None
        ):
            # "was forced to back down in the face of protests": with no one named who forced it, the
            # news is what the subject then did
            c.suppressed = False
            c.actors = c.actors or matrix.actors
            matrix.suppressed = True
        elif control == "coerce" and c.type in ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION"):
            c.suppressed = False  # "forced troops to fire": the firing is the event
            c.actors = matrix.actors or c.actors
            matrix.suppressed = True
        if not matrix.recipients and c.recipients and control != "request":
            matrix.recipients = c.recipients

    @staticmethod
    def _background_noun(c: Candidate) -> None:
        """Events named in passing ("after the clashes", "in the war") are background, not news.
        Talks are the exception: "said after talks with X" reports the day's diplomacy, and "before talks with X later
        this week" the diplomacy to come, as "ahead of talks with X" does."""
        prep = c.after_prep
        if not prep:
            return
        if c.type == "CONSULT" and prep in ("after", "following", "during", "at"):
            return
        if c.type == "CONSULT" and prep == "before" and c.status == "planned" and c.recipients:
            return  # with whom named: "before the talks" alone is a time
        if prep in ("in", "into") and c.type in PARTAKEN_TYPES and _taking_part(c.trigger):
            return  # "the union is in talks with the employers", "were engaged in fighting": what one is in, now
        c.background = True
        c.background_why = "past"

    def _background_clause(self, c: Candidate, start=None) -> None:
        """Relative clauses, noun modifiers and time clauses ("where 24 were killed", "the team trying
        to broker", "since X happened") give background to the sentence's news, not news of their own."""
        v = c.trigger if start is None else start
        if (
            start is None
            and c.rule.startswith("clause:called")
            and c.subject is not None
            and c.subject.head.tag_ in ("VBZ", "VBP")
        ):
            return  # "to retaliate for what he calls Japan's failure": what a speaker calls something now is said now
        if start is None and c.rule.startswith("clause:") and c.mode == "demand" and c.subject is not None:
            # "passed a resolution that Congress should act": a demand is told where its demander acts, not where
            # the act demanded stands
            v = c.subject.head
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
                    c.background_why = "past"
                return
            if v.dep_ == "ccomp" and any(ch.dep_ == "mark" and ch.lower_ == "that" for ch in v.children):
                demanded = next((ch for ch in v.head.children if ch.dep_ == "dobj"), None)
                if demanded is not None and demanded.lemma_.lower() in self.lex.sets.get("proposal", frozenset()):
                    c.background = True  # "reiterated its demand that Israel ease": what is demanded, not done
                    return
            if (
                v.dep_ == "acl"
                and v.head.lemma_.lower() in SPEAKING_MEDIA
                and any(ch.dep_ == "mark" and ch.lower_ == "that" for ch in v.children)
            ):
                return  # "said in a statement that Japan would consider measures": what is said, as after "said that"
            if v.dep_ == "acl" and _invitation_taken(v) is not None:
                return  # "accepted an invitation to visit Moscow": the visit is news, to come
            if v.dep_ == "acl":
                # "an attempt to assassinate X was thwarted": PLOVER codes the attempted attack itself;
                # a participle is a reduced clause of its own ("thousands arrested", "arms sent by
                # Russia", "leaflets warning fighters"): it reports, and is news, like a full clause
                participle = (
                    v.i == c.trigger.i and v.tag_ in ("VBN", "VBG") and not any(ch.dep_ == "aux" for ch in v.children)
                )
                if (
                    participle
                    and v.tag_ == "VBG"
                    and c.type not in VERBAL_TYPES
                    and v.head.lemma_.lower() in self.lex.sets.get("proposal", frozenset())
                ):
                    # "the proposals allowing night-shift work": what a proposal would do is its content, not done
                    # ("a plan calling for tax cuts" asks, by its makers; "the proposal, supported by Britain" was)
                    c.background = True
                    return
                decided = (
                    v.head.lemma_.lower() in ("decision", "move")
                    and any(ch.dep_ == "poss" for ch in v.head.children)
                    and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in v.children)
                    and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in v.children)
                )  # "the tribunal's decision that imports are injuring producers" is a finding, no act
                if decided and v.i == c.trigger.i:
                    return  # "America's decision to impose tariffs": the act a party decided on is its news
                if not participle and not (v.head.lemma_.lower() in ATTEMPT_NOUNS and c.type in ("ASSAULT", "COERCE")):
                    c.background = True
                    c.background_why = "past"
                return
            if v.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in BACKGROUND_MARKS for ch in v.children):
                c.background = True
                c.background_why = "past"
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
                c.background_why = "past"
                return
            if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ in ("amid", "amidst"):
                c.background = True  # "amid strengthening ties": the backdrop of the news, nobody's act
                return
            v = v.head

    @staticmethod
    def _ordered_by_force(verb):
        """An order whose object is itself coercion: "ordered the deportation of the actress", "ordered
        all schools closed", "ordered the arrest of". Obeying is not asked for: the authority imposes it.
        Returns who undergoes it (the one deported, the schools; the verb itself when nobody is named),
        or None when the order is no coercion."""
        for obj in (ch for ch in verb.children if ch.dep_ == "dobj"):
            if obj.lemma_.lower() in COERCIVE_ORDER_NOUNS:
                of = next((ch for ch in obj.children if ch.dep_ == "prep" and ch.lower_ == "of"), None)
                undergoer = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                return undergoer if undergoer is not None else verb
            done = [g for g in (*verb.children, *obj.children) if g.dep_ in ("oprd", "ccomp", "acl", "amod")]
            if any(
                g.tag_ in ("VBN", "VBD") and g.lemma_.lower() in COERCIVE_ORDERS | COERCIVE_ORDER_VERBS for g in done
            ):
                return obj
        return None

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
        return tok.lemma_.lower() in SCHEDULED_WORDS

    def status(self, c: Candidate) -> None:
        tok = event_clause(c)
        if c.status == "intended":
            return
        forced = _no_choice_but(tok)
        if forced is not None and c.type not in HOSTILE_ACTIONS and c.mode != "legal":
            if any(ch.dep_ == "aux" and ch.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX for ch in forced.children):
                # "would have no choice but to veto the bill": what one would be driven to is not done
                c.status = "hypothetical"
                return
        elif forced is not None:
            # "we may have no choice but to take legal action", "would have no option but to strike": force,
            # pressure or a suit one says one will be driven to is threatened, however guarded the modal (round 36;
            # a veto so announced was tried, and its planned veto beside the threat was wrong)
            c.status, c.intent = "planned", "THREATEN"
            c.rule += " (no choice but)"
            return
        # negation on the trigger or on an auxiliary chain it heads
        neg = any(ch.dep_ == "neg" for ch in tok.children)
        if not neg and tok.dep_ in ("xcomp",) and any(ch.dep_ == "neg" for ch in tok.head.children):
            neg = tok.head.lemma_.lower() not in REFUSAL_VERBS
        if not neg and tok.dep_ == "xcomp" and tok.head.dep_ == "acomp":
            # "would not be able to supply": the negation sits on the verb the adjective hangs from
            neg = any(ch.dep_ == "neg" for ch in tok.head.head.children)
        first = tok
        while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
            first = first.head
        if first.dep_ == "pcomp" and first.head.lower_ == "without":
            neg = True  # "without admitting or denying the allegations": neither is done
        if not neg and tok.dep_ == "relcl" and tok.head.lemma_.lower() == "way" and tok.head.dep_ == "attr":
            # "there is no way the Germans will agree": a way there is none of is an act denied (round 36)
            neg = any(ch.dep_ == "det" and ch.lower_ == "no" for ch in tok.head.children)
        if not neg and (no_longer(tok) or ceased(tok)):
            neg = True  # "will no longer allow banks to", "has stopped allowing imports": not done (any more)
        subject = next((ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if not neg and subject is not None and any(ch.lower_ == "neither" for ch in subject.children):
            neg = True  # "neither Sarney nor his minister accepted the proposals": none of them did
        if not neg and _negated_alternative(tok):
            neg = True  # "neither admitted nor denied wrongdoing", "did not admit or deny the charges": neither done
        if neg and c.nominal and c.trigger.head.i == tok.i and tok.lemma_.lower() in ANSWERING_VERBS:
            neg = False  # "did not admit or deny the charges": the charges stand, whatever is said of them
        if neg and c.nominal and _judged_not_undone(c.trigger, tok):
            neg = False  # "Reagan's veto of the bill does not show leadership": what is denied is said of the veto
        if tok.dep_ == "pcomp" and tok.head.lower_ == "against" and tok.head.head.lemma_.lower() in ("warn", "caution"):
            c.status = "hypothetical"  # "warned Washington against imposing tariffs": advised against, not done
        if tok.dep_ == "pcomp" and tok.head.lower_ == "against" and tok.head.head.lemma_.lower() in DECIDING_VERBS:
            neg = True  # "decided against sending troops", "voted against raising taxes": turned down, not done
        if tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in HINDERING_VERBS:
            neg = True  # "barred the army from attacking the village": kept from it, it did not happen
        if not neg and tok.dep_ in ("xcomp", "acl") and tok.head.lemma_.lower() in ABILITY_NOUNS:
            # "they don't have the energy or appetite to endorse it": the will to act is denied
            noun = tok.head
            while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
                noun = noun.head
            # the verb that has the noun ("energy or appetite" is at times parsed as a second object of "have")
            verb = noun.head if noun.dep_ in ("dobj", "conj") and noun.head.pos_ in ("VERB", "AUX") else None
            if verb is not None and any(ch.dep_ == "neg" for ch in verb.children):
                neg = True
        if (
            tok.dep_ in ("advcl", "xcomp")
            and tok.head.lemma_ == "be"
            and any(ch.dep_ == "prep" and ch.lower_ == "up" for ch in tok.head.children)
        ):
            c.status = "hypothetical"  # "it would be up to the prosecutors to order checks": whose duty, not a deed
        if _extraposed_judgement(tok):
            c.status = "hypothetical"  # "it is vital to support the farmers": what someone thinks ought to be done
        if first.dep_ == "csubj" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in first.children):
            # "for Congress to allow the takeover game to continue would be suicide", "to impose sanctions now would
            # be a mistake": an infinitive standing as the subject is an act weighed, not one done
            c.status = "hypothetical"
        subject = next((ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and any(ch.dep_ == "preconj" and ch.lower_ == "neither" for ch in subject.children):
            neg = True  # "neither the union nor the party boycotted the vote"
        # "was unable to reconstruct the coalition after two weeks of negotiations": what came before the clause's
        # act happened, whatever became of that act
        before = c.nominal and _told_as_before(c.trigger)
        if (neg and not before) or c.negated:
            c.negated = True
        auxes = [ch.lower_ for ch in tok.children if ch.dep_ in ("aux", "auxpass")]
        if tok.dep_ in ("xcomp", "conj") and not auxes:
            auxes = [ch.lower_ for ch in tok.head.children if ch.dep_ in ("aux", "auxpass")]
            if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ", "VBP") and not PERFECT_AUX & set(auxes):
                # "said they could do little ... and urged the union to": a verb in a tense of its own shares no
                # modal ("could urged" is no English); "will meet and discuss", "may have attacked and killed" (a
                # participle the tagger read as a past) share theirs
                auxes = [a for a in auxes if a not in HYPOTHETICAL_AUX | FUTURE_AUX]
        if tok.dep_ == "xcomp":
            # "could be forced to withdraw", "could do more to help assist them": a modal on a verb above holds for
            # what it governs, down a chain of verbs
            above = tok
            for _ in range(3):
                purpose = above.dep_ == "advcl" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in above.children)
                if (above.dep_ != "xcomp" and not purpose) or above.head.i == above.i:
                    break
                above = above.head
                auxes += [ch.lower_ for ch in above.children if ch.dep_ == "aux" and ch.lower_ in HYPOTHETICAL_AUX]
        if not c.nominal and _none_of(tok):
            c.negated = True  # "would impose no restrictions on them", "held no talks": none was
        if c.nominal and none_said(c.trigger):
            c.negated = True  # "no new talks are expected", "there was no need for an emergency meeting": none
        if (
            not c.nominal
            and subject is not None
            and any(ch.dep_ == "det" and ch.lower_ == "no" for ch in subject.children)
        ):
            c.negated = True  # "no government has recognised the regime": none did
        if tok.dep_ == "xcomp" and tok.head.lower_ == "unable" and not before:
            c.negated = True  # "Senate leaders were unable to agree on a date": they did not
        if tok.dep_ == "xcomp" and tok.head.dep_ == "acomp":
            # "may be hesitant to send": the modal and the stance sit on the verb the adjective hangs from
            auxes += [ch.lower_ for ch in tok.head.head.children if ch.dep_ in ("aux", "auxpass")]
            if tok.head.lemma_.lower() in RELUCTANCE_WORDS and not c.rule.startswith("refusal:"):
                c.status = "hypothetical"  # ("is unwilling to accept" made a refusal: candidates._refusal)
        if (
            tok.dep_ == "xcomp"
            and tok.head.lemma_.lower() == "be"
            and any(ch.dep_ == "acomp" and ch.lemma_.lower() in RELUCTANCE_WORDS for ch in tok.head.children)
        ):
            c.status = "hypothetical"  # "the Commission is loath to abandon its position": the parser hung it on "is"
        if self._addressed(tok):
            c.status = "hypothetical"  # "you could be flogged", "we asked you which show": the reader, no event
        if not c.nominal and any(ch.dep_ == "advmod" and ch.lower_ in HABITUAL_ADVERBS for ch in tok.children):
            c.status = "hypothetical"  # "an alliance which has generally supported Iraq": a habit described, no act
        if not c.nominal and c.type != "REQUEST" and self._demanded(tok):
            c.status = "hypothetical"  # "urged action to persuade them to transfer money": asked for, not done
        guesses = [ch for ch in tok.children if ch.dep_ == "advmod" and ch.lower_ in SPECULATION_ADVERBS]
        if any(not heads_clause(ch) for ch in guesses):
            # "will probably demand accession": a guess, not a plan announced ("arrived for talks likely to focus on
            # arms": the adjective of a clause of its own, "likely to focus", hung on the verb by the parser)
            c.status = "hypothetical"
        planner = tok.head if tok.dep_ == "xcomp" else None
        planner_auxes = set(auxes)
        if planner is not None:
            planner_auxes |= {ch.lower_ for ch in planner.children if ch.dep_ in ("aux", "auxpass")}
            if planner.dep_ == "acomp":  # "had been due to": the auxiliaries sit on "been"
                planner_auxes |= {ch.lower_ for ch in planner.head.children if ch.dep_ in ("aux", "auxpass")}
        if (
            planner is not None
            and "had" in planner_auxes
            and planner.lemma_.lower() in SCHEDULED_WORDS | OVERTAKEN_PLANS
        ):
            c.status = "hypothetical"  # "had been due to welcome the delegates", "had planned to visit": overtaken
        obliged = (
            tok.dep_ == "xcomp"
            and tok.head.lemma_.lower() in ("have", "need")
            and any(ch.lower_ == "to" for ch in tok.children)
            and any(ch.dep_ == "aux" and ch.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX for ch in tok.head.children)
        )
        if obliged:
            c.status = "hypothetical"  # "members would have to agree": a condition set, not an act
        elif any(a in HYPOTHETICAL_AUX for a in auxes) or ({"would", "have"} <= set(auxes)):
            c.status = "hypothetical"  # "could attack", "would have requested": not asserted
        elif (
            any(a in FUTURE_AUX for a in auxes)
            or (tok.tag_ == "VB" and "to" in auxes and c.status == "planned")
            # "the fund is to provide 260 mln dlrs", "ministers are to meet": what is arranged, not done
            or (tok.dep_ == "xcomp" and tok.head.lemma_ == "be" and "to" in auxes and tok.head.lower_ != "been")
        ):
            c.status = "planned" if c.status != "hypothetical" else c.status
        elif (
            c.status not in ("planned", "hypothetical")
            and tok.tag_ == "VBG"
            and any(a in ("is", "are", "am") for a in auxes)
        ):
            c.status = "ongoing"
        if c.status == "planned" and voted_to(tok):
            c.status = "happened"  # "the House voted to override the veto": the vote did it, it is no plan
        if c.status == "happened" and tok.tag_ in ("VBP", "VBZ") and self._ahead(tok):
            c.status = "planned"  # "officials meet tomorrow", "the summit opens next week"
        if self._doubtful(tok) or conditions.inside(c.trigger) is not None:
            c.status = "hypothetical"  # "if X attacks", "provided that Japan lifts its ban": a condition, not a deed
        bound = conditions.binding(tok)
        if bound is not None and bound.opener in conditions.INVERTED_CONDITIONALS:
            c.status = "hypothetical"  # "Should Iraq invade, Saudi Arabia would ask for help": supposed, not said
        if self._seeming(tok):
            c.status, c.intent = "hypothetical", None  # "appears ready to drop the plans": no plan announced
        if expected_of_another(tok):
            c.status, c.intent = "hypothetical", None  # "most expect Saudi Arabia to oppose a rise": their guess
        if c.nominal and self._feared(c.trigger):
            c.status = "hypothetical"
        if c.nominal and any(
            ch.lower_ == "such" and ch.nbor(1).lower_ not in ("a", "an")
            for ch in c.trigger.children
            if ch.i + 1 < len(ch.doc)
        ):
            # "such attacks were against Palestinian interests": a kind of act, none reported ("such a pity", "such an
            # outrage" say how much)
            c.status = "hypothetical"
        banned = (tok.dep_ == "pcomp" and halted_on(tok.head)) or (
            tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "pobj" and halted_on(tok.head.head)
        )
        if not c.nominal and banned:
            c.status = "hypothetical"  # "a ban on meeting them", "lifted its ban on diplomats speaking with": not done
        if c.nominal and argued_against(c.trigger):
            c.status = "hypothetical"  # "the union is against a general strike", "voted against a strike": not held
        off = called_off(c.trigger) if c.nominal else None
        if off is not None and (off not in ("call off", "abandon") or c.status == "planned"):
            # "cancelled a scheduled strike", "postponed the talks": it did not take place; "called off the strike"
            # after three weeks of it ends one that did, so those two only of what was still ahead
            c.status = "hypothetical"
        if not c.nominal and not c.negated and _invitation_taken(c.trigger) is not None:
            c.status = "planned"  # "accepted an invitation to visit the Soviet Union next week": the visit is to come
        if tok.sent.text.rstrip().endswith("?"):
            c.status = "hypothetical"

    @staticmethod
    def _seeming(tok) -> bool:
        """ "Belgium appears ready to drop the plans", "the talks seem set to fail": what only appears to be
        so is not reported as so."""
        v = tok
        for _ in range(3):
            if v.dep_ not in ("xcomp", "acomp", "oprd", "ccomp") or v.head.i == v.i:
                return False
            v = v.head
            if v.lemma_.lower() in SEEMING_VERBS:
                return True
        return False

    @staticmethod
    def _feared(noun) -> bool:
        """An event noun that is what someone fears, risks or warns of is not an event that happened:
        "the threat of strikes", "fears of war", "warned against any attack", "the risk of sanctions"."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("of", "against", "about"):
            return False
        return prep.head.lemma_.lower() in UNREALISED_HEADS or prep.head.lower_ in UNREALISED_HEADS

    @staticmethod
    def _addressed(tok) -> bool:
        """Reads the trigger's subject and object. A sentence in the second person speaks to the reader
        or of anyone at all ("you could be jailed", "we asked you"): no one in the news acts."""
        args = {ch.dep_: ch.lower_ for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")}
        if args.get("nsubj") == "you" or args.get("nsubjpass") == "you":
            return True
        return args.get("nsubj") in ("we", "i") and "you" in (args.get("dobj"), args.get("dative"))

    def _warned_of_own_act(self, c: Candidate, actors) -> list[dict]:
        """The speaker who says an act of force or protest "could", "may" or "might" come, where the act is the
        speaker's own: done by the speaker's party or by "its" or "our" people, or a union's speaker telling of
        industrial action by no one named. Empty where it is not so."""
        verb = event_clause(c)
        if not any(a.dep_ == "aux" and a.lower_ in ("could", "may", "might") for a in verb.children):
            return []
        said = verb
        for _ in range(4):
            if said.dep_ in ("ccomp", "xcomp", "conj") and said.head is not said:
                said = said.head
                if speech_verb(said):
                    break
            else:
                return []
        if not speech_verb(said) or any(ch.dep_ == "neg" for ch in said.children):
            return []
        speaker = self.participants.speaker(said, actors)
        if speaker is None or not speaker[1]:
            return []
        keys = {p["key"] for p in speaker[1]}
        doer = c.subject if c.subject is not None else None
        own = bool(keys & {a["key"] for a in c.actors}) or (
            doer is not None and any(ch.dep_ == "poss" and ch.lower_ in ("its", "our") for ch in doer.children)
        )
        # "union officials": who speaks for a union, by the word before the title
        speaking_for = speaker[1] + [
            p for ch in speaker[0].children if ch.dep_ == "compound" for p in self.participants.parties(ch, actors)
        ]
        labour = c.type == "PROTEST" and not c.actors and any(p.get("sector") == "LAB" for p in speaking_for)
        return speaker[1] if own or labour else []

    @staticmethod
    def _promised(c: Candidate) -> bool:
        """Whether a planned action is announced as an intention by someone who says so ("Finland said
        it will send", "Iran says it plans to visit") rather than scheduled ("is due to arrive",
        "officials meet tomorrow") or told by the reporter ("the delegation will visit Mexico", "the
        striker will travel to England"): PLOVER's AGREE and THREATEN are things an actor says; a
        reporter's future tense is only a planned event, kept with its own type."""
        if c.nominal:
            return False
        tok = c.trigger
        announced = False
        for v in (tok, tok.head if tok.dep_ in ("xcomp", "conj") else tok):
            if any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in v.children):
                announced = True
        announced = announced or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PLAN_VERBS - SCHEDULED_WORDS)
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in UNCOMMITTED_PLANS:
            announced = False  # "said it would like to meet", "wants to grant an amnesty": a wish commits no one
        return announced and ModalityReader._said(tok)

    @staticmethod
    def _said(tok) -> bool:
        """Whether the clause is what a speaker says: the complement of a speech verb ("said it would
        send"), or a quotation in the sentence."""
        v = tok
        for _ in range(4):
            if v.dep_ in ("ccomp", "xcomp", "conj", "advcl") and v.head is not v:
                if v.dep_ == "ccomp" and speech_verb(v.head):
                    return True
                v = v.head
            else:
                break
        return any(t.text in ('"', "“", "”") for t in tok.sent)

    @staticmethod
    def _ahead(tok) -> bool:
        """A time expression on the verb that points ahead: "tomorrow", "next week", "later this month"."""
        for ch in tok.children:
            words = {t.lower_ for t in ch.subtree}
            if ch.dep_ in ("npadvmod", "advmod", "prep", "obl") and (
                "tomorrow" in words or "next" in words or ("later" in words and "this" in words)
            ):
                return True
        return False

    @staticmethod
    def _told_as_fact(clause) -> bool:
        """An adverbial clause of time or circumstance in the past or in progress ("as governors are calling",
        "after the rebels freed them") is told as fact whatever its main clause hedges; a bare present ("after
        the rebels release them") looks ahead with its main clause."""
        if not any(ch.dep_ == "mark" and ch.lower_ in ASSERTED_MARKS for ch in clause.children):
            return False
        auxes = [ch for ch in clause.children if ch.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in FUTURE_AUX or a.lower_ in HYPOTHETICAL_AUX for a in auxes):
            return False
        return clause.tag_ == "VBD" or any(a.lemma_.lower() in ("be", "have") for a in auxes)

    @staticmethod
    def _doubtful(tok) -> bool:
        """ "if X attacks", "unknown whether X will meet", "whether": the clause is not asserted."""
        v = tok
        for _ in range(5):
            for ch in v.children:
                if ch.dep_ == "mark" and ch.lower_ in ("if", "unless", "whether"):
                    return True
            subject = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
            for start in {v.left_edge.i, *([subject.left_edge.i] if subject is not None else [])}:
                # "on standby in case they need to evacuate": a contingency, however parsed; "in case legal action
                # was taken" with the "in" parsed as the clause's own mark
                if any(
                    i >= 0 and i + 1 < len(v.doc) and v.doc[i].lower_ == "in" and v.doc[i + 1].lower_ == "case"
                    for i in (start - 2, start)
                ):
                    return True
            if v.dep_ == "advcl" and ModalityReader._told_as_fact(v):
                break  # "appears to be deepening as governors are calling for his removal": the call is told as fact
            if v.dep_ in ("ccomp", "csubj", "advcl", "xcomp", "acomp", "conj", "relcl", "acl", "pcomp", "pobj", "prep"):
                head = v.head
                if head.lower_ in DOUBT_WORDS:
                    return True
                if head.lemma_.lower() in DOUBT_VERBS or (
                    head.lemma_.lower() in HEDGING_VERBS and v.dep_ in ("ccomp", "xcomp")
                ):
                    return True  # "it appears Canada is prepared to", not "will appear before a court"
                if v.dep_ == "ccomp" and any(
                    ch.lower_ in DOUBT_WORDS and ch.dep_ in ("acomp", "attr") for ch in head.children
                ):
                    return True
                v = head
            else:
                break
        return False

    def _terms_set(self, c: Candidate, actors) -> bool:
        """ "Would not return to work unless they got a 275 pct pay rise", "will not free the hostages unless
        Washington releases the assets": a refusal until a condition is met sets terms, a demand (REQUEST) of
        whoever must meet them; "will not accept them if" stays a refusal (round 36). Writes the candidate's type,
        mode, rule and recipients; says whether it did."""
        terms = _marked_clause(c.trigger, ("unless",))
        if terms is None:
            return False
        c.type, c.mode = "REQUEST", "demand"
        c.rule += " (unless: a demand)"
        subject = next((ch for ch in terms.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        own = {a["key"] for a in c.actors}
        found = self.participants.parties(subject, actors) if subject is not None and actors is not None else []
        c.recipients = [p for p in found if p["key"] not in own]
        return True

    @staticmethod
    def _conditional(tok) -> str | None:
        """The conjunction of a condition attached to the trigger's clause ("unless", "if"), or the opener of one
        stated in other words that binds it ("provided that", "should"), if any."""
        clause = _marked_clause(tok, ("unless", "if"))
        if clause is not None:
            return next(m.lower_ for m in clause.children if m.dep_ == "mark")
        # however else a sentence states it ("as long as", "provided that", "Should Iraq invade, ..."), for a clause
        # that looks ahead outside it (conditions.py)
        bound = conditions.binding(tok)
        return bound.opener if bound is not None else None

    def retype(self, c: Candidate, actors=None) -> None:
        """PLOVER codes intentions as promises and threats, and refusals as REJECT."""
        if c.rule.startswith("refusal:") and c.type == "REJECT" and self._terms_set(c, actors):
            return
        if c.type == "AGREE" and c.mode == "promise" and not c.negated:
            vowed = next((ch for ch in c.trigger.children if ch.dep_ == "xcomp"), None)
            target = next((ch for ch in vowed.children if ch.dep_ == "dobj"), None) if vowed is not None else None
            against_someone = (
                target is None
                or target.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                or target.lemma_.lower() in HUMAN_NOUNS | self.lex.sets.get("troops", frozenset())
            )
            promised = next((ch for ch in c.trigger.children if ch.dep_ == "dobj"), None)
            if vowed is None and promised is not None and promised.lemma_.lower() in HOSTILE_NOUNS:
                # "promised reprisals against the villages": a promise of force is a threat
                c.type, c.mode = "THREATEN", "assault"
                c.rule += " (vow of force)"
                for prep in promised.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("against", "on"):
                        target = next((p for p in prep.children if p.dep_ == "pobj"), None)
                        if target is not None and not c.recipients:
                            c.recipients = self.participants.parties(target, actors) if actors is not None else []
                return
            if vowed is not None and vowed.lemma_.lower() in HOSTILE_INTENTS and against_someone:
                # "vowed to retaliate", "swore to fight on": a promise of force is a threat
                c.type, c.mode = "THREATEN", "assault"
                c.rule += " (vow of force)"
                return
        if c.type == "ACCUSE" and c.mode == "criticize" and _doubts_about_a_proposal(c):
            # "expressed strong reservations about the idea", "voiced misgivings over the plan": what was put
            # forward is opposed (REJECT); reservations about a deed done criticise its doer
            c.type, c.mode = "REJECT", None
            c.rule += " (of a proposal)"
            return
        # a condition on the clause an event noun stands in holds for it ("talks will resume only if troops leave")
        condition = self._conditional(event_clause(c))
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
        if (
            condition
            and c.status in ("happened", "planned", "ongoing")
            and not c.negated
            and c.type not in ("THREATEN", "AGREE", "REQUEST")  # "threatened to close it if...": the terms
            and not (said and c.rule.startswith("refusal:"))  # "says it will not accept them if": a refusal
        ):
            if (
                c.status == "planned"
                and c.type in PROMISABLE
                and any(speech_verb(a) for a in c.trigger.ancestors)
                # an act a party offers is its verb, or its noun on a light verb ("would hold talks"); "it would open
                # the way for summit talks" tells a consequence, offered by no one
                and (not c.nominal or "(light verb)" in c.rule)
            ):
                c.intent = "AGREE"  # "said they would meet him if he gave them a veto": a conditional offer
            c.status = "hypothetical"  # "if they have none, they are going to be detained": a consequence
        # "had not sought to resolve their differences": the tense of a verb the act is the complement of is its own
        past = any(
            ch.lower_ in ("did", "had", "was", "were")
            for v in _xcomp_chain(c.trigger)
            for ch in v.children
            if ch.dep_ == "aux"
        )
        unable = c.trigger.dep_ == "xcomp" and c.trigger.head.lemma_.lower() in ("able", "unable", "capable")
        # "did not accept the proposals", "neither minister accepted the plan": a proposal not taken is refused,
        # then as now; of other acts, "did not attend" tells what did not happen, "will not attend" refuses
        proposal_refused = (
            c.trigger.lemma_.lower() in ACCEPTING_VERBS
            and c.obj is not None
            and c.obj.lemma_.lower() in self.lex.sets.get("proposal", frozenset())
        )
        guessed = any(ch.dep_ == "aux" and ch.lower_ in ("might", "may") for ch in c.trigger.children)
        # "the agency had not yet scheduled a meeting to vote on the plan": not done so far, no refusal
        not_yet = any(
            ch.dep_ == "advmod" and ch.lower_ == "yet" for v in _xcomp_chain(event_clause(c)) for ch in v.children
        )
        # "do not agree on ways to provide debt relief", "failed to agree on reform": parties that have not come to
        # terms on a matter disagree among themselves, refusing no one ("would not agree to unrealistic terms" does)
        no_terms_yet = c.trigger.lemma_.lower() == "agree" and any(
            ch.dep_ == "prep" and ch.lower_ in ("on", "over", "about") for ch in c.trigger.children
        )
        if (
            c.trigger.dep_ == "xcomp"
            and c.trigger.head.lower_ == "unwilling"
            and not c.negated
            and not c.rule.startswith("refusal:")
        ):
            # "has been unwilling to accept any proposal": unwillingness stated is a refusal ("reluctant" and
            # "hesitant" stay a stance, no act)
            c.negated, c.status = True, "planned"
        if (
            c.negated
            and (not past or proposal_refused)
            and not guessed  # "he might not come out in favour of it": a guess, no refusal
            and not not_yet
            and not no_terms_yet
            and not unable  # "would not be able to supply": inability, not refusal
            and not _none_of(c.trigger)  # "we have no knowledge of talks": an absence stated, not a refusal
            and c.type in COOPERATIVE_ACTIONS | {"AGREE", "CONSULT"}
            and (c.status == "planned" or c.trigger.tag_ in ("VBP", "VBZ", "VB") or proposal_refused)
        ):
            c.mode = c.type.lower()
            c.type, c.negated, c.status = "REJECT", False, "happened"
            c.rule += " (refusal)"
            self._terms_set(c, actors)
            return
        if c.status == "hypothetical" and not c.negated and c.type in HOSTILE_ACTIONS and actors is not None:
            warner = self._warned_of_own_act(c, actors)
            if warner:
                # "union officials said industrial action could spread", "Iran said it might close the strait": a
                # party that says its own force or protest could come warns of it (THREATEN), a risk told by
                # others ("analysts said fighting could spread") is no threat
                c.intent, c.actors = "THREATEN", warner
                return
        vetoing = c.type == "REJECT" and c.mode == "veto"
        if c.status == "planned" and not c.negated and (c.type in HOSTILE_ACTIONS or vetoing) and self._promised(c):
            # "would blockade Paris", "will extend the curfew": announcing force or pressure is a threat, and so
            # is announcing a veto ("said he would veto any bill raising taxes", "would defeat the bill")
            c.intent = "THREATEN"
        if (
            c.status == "planned"
            and not c.negated
            and c.type in PROMISABLE - {"CONSULT"}
            and c.mode != "resign"  # "said his government would resign": news of its going, promised to no one
            and self._promised(c)
        ):
            # "Finland will give Tanzania a grant": the planned action keeps its type (status planned),
            # and announcing it is itself a promise, as PLOVER codes it. A planned hostile act ("would
            # ban travel") is not a threat unless made one by a condition or a threatening verb (above)
            c.intent = "AGREE"


def _told_as_before(noun) -> bool:
    """Whether an event noun stands in a phrase of time that puts it before its clause's act: "after two weeks of
    negotiations", "following talks with the IMF", "since the strike" (through a measure of it, up to two steps)."""
    tok = noun
    for _ in range(3):
        head = tok.head
        if head.i == tok.i:
            return False
        if head.dep_ == "prep" and head.lower_ in ("after", "following", "since") and tok.dep_ == "pobj":
            return True
        if not (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN"):
            return False
        tok = head.head  # "two weeks of negotiations", "a round of talks": the measure stands in the phrase
    return False


def _judged_not_undone(noun, verb) -> bool:
    """Whether an event noun owned by a party is the subject of a negated clause that says something of it, not that
    it came about: "Reagan's veto of the highway bill does not show leadership", "the union's strike did not affect
    output" tell a veto and a strike; "their talks did not take place", "the council's meeting did not resume" deny
    them."""
    if noun.dep_ != "nsubj" or noun.head.i != verb.i or not any(ch.dep_ == "poss" for ch in noun.children):
        return False  # the act's owner named before it: "the talks did not produce a deal" may tell of none held
    lemma = verb.lemma_.lower()
    return lemma not in COMING_ABOUT_VERBS and lemma not in EXPECTATION_VERBS and lemma not in PLAN_VERBS


def _negated_alternative(verb) -> bool:
    """Whether a verb is the second of two joined by "nor", or by "or" after a negated first ("neither admitted nor
    denied", "did not admit or deny"): the negation holds for both; "did not admit the charge and denied it" is one
    act undone and one done."""
    if verb.dep_ != "conj":
        return False
    first = verb.head
    joins = {ch.lower_ for ch in first.children if ch.dep_ == "cc" and first.i < ch.i < verb.i}
    negated_first = any(ch.dep_ == "neg" or ch.lower_ == "neither" for ch in first.children)
    return "nor" in joins or ("or" in joins and negated_first)


def _taking_part(noun) -> bool:
    """Whether an event noun after "in" is what its clause's subject is in, or takes part in ("has been in
    negotiations with", "remained locked in talks", "took part in the march"), not a setting named in passing
    ("killed in the war", "a rise in the talks' chances")."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = prep.head
    if verb.lemma_.lower() == "part" or any(ch.lemma_.lower() == "part" for ch in verb.children if ch.dep_ == "dobj"):
        return True
    return verb.lemma_.lower() in PARTAKING_VERBS


def _penalty_ordered(order, ordered):
    """The one an order tells to pay a penalty, or None: "Bruvik was ordered to pay 100,000 kroner to the music
    industry", "the court ordered the company to pay damages", "was ordered to pay a fine". The payment is a penalty
    when it is named as one (`penalty_payments`), when a court orders it, or when the order is passive with no one
    named giving it, as a judgment is told; "the government ordered firms to pay the minimum wage" asks them."""
    if ordered is None or order.lemma_.lower() != "order" or ordered.lemma_.lower() not in PAYING_VERBS:
        return None
    payer = next((ch for ch in order.children if ch.dep_ in ("dobj", "nsubjpass")), None)
    if payer is None:
        return None
    named_penalty = any(
        t.lemma_.lower() in PENALTY_PAYMENTS for ch in ordered.children if ch.dep_ == "dobj" for t in ch.subtree
    )
    subject = next((ch for ch in order.children if ch.dep_ == "nsubj"), None)
    by_court = subject is not None and subject.lemma_.lower() in TRYING_FORUMS
    unnamed_judge = payer.dep_ == "nsubjpass" and not any(
        ch.dep_ == "agent" or (ch.dep_ == "prep" and ch.lower_ == "by") for ch in order.children
    )
    return payer if named_penalty or by_court or unnamed_judge else None


def _attack_tolled(verb, cands: list[Candidate]) -> Candidate | None:
    """The attack told by a noun whose toll a relative clause on it, or on what it struck, tells ("the attack on the
    frigate which killed 37 seamen", "an ambush that killed two soldiers"); None for any other verb."""
    if verb.dep_ != "relcl":
        return None
    antecedent = verb.head
    struck = antecedent.head.head if antecedent.dep_ == "pobj" and antecedent.head.dep_ == "prep" else None
    return next(
        (
            c
            for c in cands
            if c.type == "ASSAULT"
            and c.nominal
            and not c.suppressed
            and c.actors
            and c.trigger.i in (antecedent.i, getattr(struck, "i", -1))
        ),
        None,
    )


def _gathered_for(head) -> bool:
    """Whether the verb a purpose hangs from brings people together or takes one somewhere: a verb of meeting or of
    going ("met to discuss", "flew to Tokyo to negotiate"), or being in a place named ("is in the Emirates to
    discuss oil prices")."""
    lemma = head.lemma_.lower()
    if lemma in MOTION_VERBS or lemma in MEETING_VERBS:
        return True
    return lemma == "be" and _place_in(head) is not None


def _place_in(verb):
    """The state or place a verb says someone is "in" ("is in the United Arab Emirates"), or None."""
    return next(
        (
            g
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "in"
            for g in p.children
            if g.ent_type_ in ("GPE", "LOC")
        ),
        None,
    )


def _protest_served(verb, cands: list[Candidate]) -> Candidate | None:
    """The protest a to-infinitive is the purpose of: the candidate of PROTEST the infinitive hangs from, or that is
    the subject or object of the verb it hangs from ("the strike began at midnight to press demands", "staged a
    strike to press for higher pay", its infinitive at times parsed as a relative clause of the noun). A protest
    noun told by its own verb's protest ("blocked roads in a protest to demand") lends that verb's row, which
    carries who protests and when. None for any other verb."""
    if verb.dep_ not in ("advcl", "xcomp", "acl", "relcl") or not any(
        ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children
    ):
        return None
    head = verb.head
    near = {head.i} | {ch.i for ch in head.children if ch.dep_ in ("nsubj", "nsubjpass", "dobj")}
    protest = next(
        (
            c
            for c in cands
            if c.type == "PROTEST"
            and not c.suppressed
            and (c.trigger.i in near or (c.obj is not None and c.obj.i in near))
        ),
        None,
    )
    if protest is not None and protest.nominal and (protest.background or not protest.actors):
        told = clause_verb(protest.trigger)
        owner = next((c for c in cands if c.type == "PROTEST" and c.trigger.i == told.i and not c.suppressed), None)
        return owner or protest
    return protest


def _xcomp_chain(verb, limit: int = 3) -> list:
    """A verb and those it is the open complement of ("had not sought to resolve": resolve, sought)."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and len(chain) <= limit:
        chain.append(chain[-1].head)
    return chain


def _done_little_for(verb) -> bool:
    """Whether an act is what a party does little or nothing to bring about ("could do little to help resolve the
    dispute", "did nothing to ease tensions"): it is not done."""
    v = verb
    if v.dep_ == "xcomp" and v.head.lemma_.lower() == "help":
        v = v.head
    purpose = v.dep_ in ("advcl", "xcomp") and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in v.children)
    did = v.head
    return (
        purpose
        and did.lemma_.lower() == "do"
        and any(ch.dep_ == "dobj" and ch.lower_ in ("little", "nothing") for ch in did.children)
    )


def voted_to(verb) -> bool:
    """Whether a to-infinitive tells what a vote decided, which a vote does by being taken: "12 of its units voted to
    accept a contract", "the FTC vote to accept the settlement was 4-1", "the Senate voted three times to cut U.S.
    funding" (a vote denied, supposed or to come, "will vote to", decides nothing yet)."""
    if not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children):
        return False
    vote = verb.head
    if verb.dep_ not in ("xcomp", "acl", "advcl") or vote.lemma_.lower() != "vote":
        return False
    return not any(
        ch.dep_ == "neg"
        or (ch.dep_ == "aux" and (ch.lower_ in HYPOTHETICAL_AUX | CONDITIONAL_AUX or ch.lower_ in ("will", "to")))
        for ch in vote.children
    )


def _doubts_about_a_proposal(c: Candidate) -> bool:
    """Reservations or misgivings expressed about what was put forward: "expressed reservations about the idea"."""
    if c.nominal or c.obj is None or c.obj.lemma_.lower() not in DOUBTS:
        return False
    about = [p for ch in (*c.trigger.children, *c.obj.children) if ch.dep_ == "prep" for p in ch.children]
    return any(p.dep_ == "pobj" and p.lemma_.lower() in PROPOSED_THINGS for p in about)


def _denied_in_clause(verb) -> bool:
    """Whether a verb is negated in its own clause, by "not" or by "no" on its subject or object: "no troops would be
    sent", "would not send troops", "would send no troops"."""
    if any(ch.dep_ == "neg" for ch in verb.children) or _none_of(verb):
        return True
    subjects = (ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass"))
    return any(d.dep_ == "det" and d.lower_ == "no" for a in subjects for d in a.children)
