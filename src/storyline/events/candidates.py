"""Triggers: verbs and event nouns from the lexicon, demands, refusals.

The first step of the sentence coder (coder.py): it makes the candidates every later step reads.
It reads the lexicon and asks the participant finder (participants.py) who takes part.
"""

from __future__ import annotations

import re

from ..actors.mentions import DocActors
from .alone import quoted_speaker
from .candidate import Candidate
from .evaluation import EvaluationReader
from .filters import PUBLIC_SECTORS, political_party
from .grammar import (
    ACCOUNT_NOUNS,
    ADJUNCT_HEADS,
    ADVERB_PARTICLES,
    AFTERMATH_NOUNS,
    AGREEING_PARTICIPLES,
    AHEAD_ADJECTIVES,
    AID_GIVERS,
    ALLEGATION_HEADS,
    ANSWERING_ACTS,
    ANSWERING_CHARGES,
    ANSWERS_IN_KIND,
    ARMED_BODIES,
    ARMED_NOUNS,
    ARRIVAL_VERBS,
    ARRIVING_AID,
    ATTRIBUTING_VERBS,
    BLAME_PREDICATES,
    CASE_PARTIES,
    CAUSING_VERBS,
    COLD_WORDS,
    COMMITMENT_NOUNS,
    CONCRETE_VIOLENCE,
    CONDEMNING_WORDS,
    CONTACT_NOUNS,
    CONTACT_VERBS,
    CONTAINER_NOUNS,
    COURT_SPEAKERS,
    CRAFT_WORDS,
    CRITIC_NOUNS,
    DATE_SETTING_VERBS,
    DEADLINE_UNITS,
    DEMAND_PRESENTING_VERBS,
    DEMAND_SPEECH_VERBS,
    DETENTION_SPANS,
    DISCOURSE_OBJECTS,
    DISMAY_WORDS,
    DISMISSAL_VERBS,
    EFFORT_NOUNS,
    ENDING_NOUNS,
    ENDING_VERBS,
    ENGAGE_VERBS,
    EQUIPPING_VERBS,
    EXCLUDING_THINGS,
    FIRED_THINGS,
    FORCEFUL_MANNERS,
    FUTURE_AUX,
    GOING_ON_PARTICLES,
    GRIEVANCE_PREPS,
    HAPPENING_VERBS,
    HARM_VERBS,
    HEARSAY_NOUNS,
    HEDGED_MODIFIERS,
    HELD_ON_CHARGES,
    HOSTILE_DEEDS,
    HOSTILE_INTENTS,
    HOSTILE_MANNERS,
    HOSTILE_NOUNS,
    HUMAN_NOUNS,
    HYPOTHETICAL_AUX,
    INQUIRING_BODIES,
    INTRUSION_NOUNS,
    JUDGING_VERBS,
    LABOUR_WORDS,
    LIGHT_VERBS,
    MARKET_DEMAND_WORDS,
    MARKET_HOMONYMS,
    MARKET_WORDS,
    MATCH_VERBS,
    MEASURES,
    MEDIA_EVENTS,
    MOTION_VERBS,
    MUSIC_WORDS,
    NAMING_VERBS,
    NEEDED_WORDS,
    NEEDING_VERBS,
    NOUN_TARGET_PREPS,
    OBLIGING_VERBS,
    OFFICE_NOUNS,
    OPINION_VERBS,
    OPPOSING_FORCE_VERBS,
    OUTCOME_VERBS,
    OWN_POSSESSIVES,
    PASSING_VERBS,
    PERFECT_AUX,
    PHASE_NOUNS,
    PLACE_NOUNS,
    PLAN_NOUN_VERBS,
    PLANNING_VERBS,
    PLEA_WORDS,
    PREPARATION_NOUNS,
    PRICE_WORDS,
    PROPOSITION_NOUNS,
    PROTEST_MADE_VERBS,
    PUBLIC_MATTERS,
    READINESS_WORDS,
    READING_AS_VERBS,
    RECEIVING_VERBS,
    RECEPTION_NOUNS,
    REFLEXIVES,
    REFUSABLE,
    REFUSED_RETURNS,
    REPLY_TO_VERBS,
    REPLY_VERBS,
    RESOLUTION_NOUNS,
    RESPONSE_BRINGERS,
    RESPONSE_NOUNS,
    RESPONSIBILITY_CLAIMING_VERBS,
    RULE_NOUNS,
    RULING_BODIES,
    SCHEDULED_WORDS,
    SECURITIES_WORDS,
    SENDING_VERBS,
    SETTING_HEADS,
    STANCE_TAKING,
    STRUCK_TARGETS,
    STRUGGLE_OBJECTS,
    STRUGGLE_VERBS,
    TALKS_STATES,
    TESTED_THINGS,
    THREAT_ACTS,
    TIME_GIVING_VERBS,
    TIME_PREPS,
    TOPIC_PREPS,
    TOURED_THINGS,
    TOURING_VERBS,
    TRYING_FORUMS,
    UNDERGO_VERBS,
    UNDERGOING_VERBS,
    VERBAL_ATTACK_MODIFIERS,
    VERDICT_VERBS,
    VERDICT_WORDS,
    VOTING_BODIES,
    WAR_OF_WORDS_VERBS,
    WEAPON_WORDS,
    WORKPLACES,
    WORKS_ABOUT,
    YIELDED_THINGS,
    armed_strike,
    halted_on,
    prep_object,
    said_from,
)
from .lexicon import Lexicon, Pattern
from .modality import clause_verb
from .participants import ParticipantFinder, party_kind
from .quotes import BELIEF_VERBS, speech_verb
from .stances import POLICY_VERBS, StanceReader

# a match's score: "6-3", "2-1", "21-17"
_SCORE = re.compile(r"(?<![\d.,])\d{1,3}[-–]\d{1,3}(?![\d.,%-])")


def _names_something(verb) -> bool:
    """ "is calling Mubarak a good friend", "called the move unacceptable": a call with a predicate after
    its object names or judges; a telephone call has none."""
    return any(c.dep_ in ("oprd", "acomp") for c in verb.children)


def _asks_for_something(verb) -> bool:
    """ "asked Japan to send aid", "asked for help", "asked that the case be dropped", "asked permission"
    request; "asked him about the talks", "asked 800 adults if they backed the ban", "he asked on the
    radio" put a question."""
    for c in verb.children:
        if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for"):
            return True
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return True
        if (
            c.dep_ == "dobj"
            and c.pos_ == "NOUN"
            and c.ent_type_ == ""
            and c.lemma_.lower() not in HUMAN_NOUNS | {"people", "adult", "question"}
        ):
            return True  # "asked the court's permission": what is asked for, not whom
    return False


def _a_thing(noun) -> bool:
    """ "detention powers helped prevent attacks", "EU cooperation would help": a common noun that names
    no one (no name, no person, no body of people) helps without giving aid."""
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and noun.lemma_.lower() not in HUMAN_NOUNS
        and noun.lemma_.lower() not in AID_GIVERS | OFFICE_NOUNS
    )


def _main_verbs(clause) -> list:
    """The verbs a clause says are done: its head, the heads joined to it, and the verbs those take as
    complements ("warned that the army would strike back and seize the port"), not the verbs of phrases
    inside ("a resolution sanctioning military action", "troops who attacked")."""
    out, todo = [], [clause]
    while todo:
        verb = todo.pop()
        if verb.pos_ in ("VERB", "AUX"):
            out.append(verb)
        todo.extend(ch for ch in verb.children if ch.dep_ in ("conj", "xcomp", "ccomp") and ch.pos_ in ("VERB", "AUX"))
    return [v for v in out if v.pos_ == "VERB"]


def _relative_clause(clause) -> bool:
    """A clause whose subject is "that", "which" or "who" is a relative clause the parser hung on the verb
    ("warning about e-mails that are starting to circulate"), not what the verb says."""
    return any(ch.dep_ == "nsubj" and ch.lower_ in ("that", "which", "who") for ch in clause.children)


def _awaited(verb) -> bool:
    """ "is expected here on Friday", "is due in Moscow": a visitor awaited somewhere."""
    passive = any(ch.dep_ == "auxpass" for ch in verb.children)
    due = verb.lower_ == "due" or (verb.lemma_.lower() == "be" and any(ch.lower_ == "due" for ch in verb.children))
    return (verb.lemma_.lower() == "expect" and passive) or due


def _agrees_with_a_policy(verb) -> bool:
    """Whether "agree with" names a policy, a plan or a decision ("agreed in principle with the plans"); not a
    party ("agreed with the government to convert the debt" is an accord, reached with someone)."""
    if any(ch.dep_ in ("xcomp", "ccomp") for ch in verb.children):
        return False
    return any(
        g.dep_ == "pobj"
        and g.lemma_.lower() in PUBLIC_MATTERS
        and g.lemma_.lower() not in HUMAN_NOUNS
        and not g.ent_type_
        for ch in verb.children
        if ch.dep_ == "prep" and ch.lower_ == "with"
        for g in ch.children
    )


def _disputed_matter(verb) -> bool:
    """ "the parties are battling over which will cut taxes", "the two firms are fighting over the contract": a
    fight over a matter, not over a place or a target, with no arms in the sentence, is a dispute ("troops
    fought over the town" is combat)."""
    over = [
        g
        for ch in verb.children
        if ch.dep_ == "prep" and ch.lower_ == "over"
        for g in ch.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    if not over or any(g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in STRUCK_TARGETS for g in over):
        return False
    arms = ARMED_NOUNS | WEAPON_WORDS | CONCRETE_VIOLENCE
    return not any(t.i != verb.i and (t.lemma_.lower() in arms or t.lower_ in arms) for t in verb.sent)


def _a_kind_described(noun, verb) -> bool:
    """ "hunger strike is a weapon of last resort", "violence is never the answer": a bare singular event noun
    that is the subject of "is" names a kind of act, not one that happened ("the strike is the first in ten
    years" has its article)."""
    return (
        verb.lemma_ == "be"
        and verb.tag_ == "VBZ"
        and noun.tag_ == "NN"
        and not any(ch.dep_ in ("det", "poss", "nummod") for ch in noun.children)
    )


def _evaluated_now(verb) -> bool:
    """ "debt talks are very complex", "withdrawal of the troops is more difficult": an event noun judged in
    the present tense is a matter being weighed, not news that it happened ("the talks were fruitful" is)."""
    return verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and any(ch.dep_ == "acomp" for ch in verb.children)


def _phrasal_lemma(verb) -> str:
    """A verb's lemma with its particle: "turned down" -> "turn down", "threw out" -> "throw out"."""
    particle = next((ch.lower_ for ch in verb.children if ch.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def _shares_a_view(verb) -> bool:
    """ "analysts agree he has suffered a loss", "the two lords agreed about what happened", "voters do not
    agree with its policies": agreeing on what is the case is an opinion; "agreed that talks would
    resume", "agreed to talks", "agreed a plan", "agreed with Egypt on a truce" commit to something."""
    children = list(verb.children)
    if any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")) for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in children):
        return True  # "agreed about what happened"
    agreed_with = [
        g for c in children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
    ]
    if any(g.lemma_.lower() in PROPOSITION_NOUNS or g.lemma_.lower() in HUMAN_NOUNS for g in agreed_with):
        return True  # "voters do not agree with its policies", "did not agree with politicians who objected"
    clause = next((c for c in children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    future = {"will", "would", "shall", "should", "must", "'ll", "'d", "to"}
    return not any(a.dep_ in ("aux", "auxpass") and a.lower_ in future for a in clause.children)


def _praises_nothing(verb) -> bool:
    """ "the new minister hails from Texas", "the audience applauded": praise needs someone or something
    praised (an object, a passive subject, what a clause says, or the noun the participle describes)."""
    if verb.dep_ in ("acl", "relcl"):
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "dative", "conj") for c in verb.children)


def _policy_act(verb) -> bool:
    """A verb of a measure of policy: "cut", "scrap", "establish", "set up"."""
    lemma = verb.lemma_.lower()
    if lemma == "set":
        return any(ch.dep_ == "prt" and ch.lower_ == "up" for ch in verb.children)
    return lemma in POLICY_VERBS


# what names a party in a phrase: a person, an organisation, a people or a place standing for its state
PARTY_ENTITIES = ("PERSON", "ORG", "NORP", "GPE")


def _condemning_motion(verb) -> bool:
    """Whether what a vote is for is a motion that condemns or censures: "a resolution condemning the haggling", "the
    censure motion", "a motion of no confidence"."""
    motions = [
        t
        for t in verb.subtree
        if t.lemma_.lower() in ("motion", "resolution") and t.i > verb.i and t.dep_ in ("dobj", "pobj")
    ]
    return any(ch.lemma_.lower() in CONDEMNING_WORDS for motion in motions for ch in motion.subtree)


def _commits_to_an_act(noun, agreements: frozenset[str] = frozenset()) -> bool:
    """Whether a noun of commitment names an act promised: "commitment to coordinate policies", "pledge to
    extend loans", or to keep a pact ("reiterated the kingdom's commitment to last December's OPEC accord":
    `agreements`, the lexicon's nouns of agreement, or what a participle says was agreed); not "commitment to the
    alliance"."""
    if noun.lemma_.lower() not in COMMITMENT_NOUNS:
        return False
    kept = [g for ch in noun.children if ch.dep_ == "prep" and ch.lower_ == "to" for g in ch.children]
    if any(g.dep_ == "pobj" and g.lemma_.lower() in agreements for g in kept):
        return True
    for g in kept:
        # "reaffirmed the commitment to the cooperative approach agreed at the Paris meeting": a pact kept (the
        # participle at times hung on the main verb, as a clause with no subject of its own)
        after = g.doc[g.right_edge.i + 1] if g.dep_ == "pobj" and g.right_edge.i + 1 < len(g.doc) else None
        participles = [ch for ch in g.children if ch.dep_ == "acl"] + ([after] if after is not None else [])
        if any(
            p.tag_ in ("VBN", "VBD")
            and p.lemma_.lower() in AGREEING_PARTICIPLES
            and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in p.children)
            for p in participles
        ):
            return True
    verbs = [ch for ch in noun.children if ch.dep_ in ("acl", "relcl") and ch.pos_ == "VERB"]
    verbs += [g for g in kept if g.tag_ == "VBG"]
    return any(v.tag_ in ("VB", "VBG") for v in verbs)


def _more_could_be_done(verb, modals: set[str]) -> bool:
    """Whether a party "could" or "can do more": said of it, it asks more of it, as "should do more" does
    ("Japan could do more to help indebted countries"); "could not do more" and "could do little" ask nothing."""
    return (
        verb.lemma_.lower() == "do"
        and bool(modals & {"could", "can"})
        and not any(ch.dep_ == "neg" for ch in verb.children)
        and any(ch.lower_ == "more" and ch.dep_ in ("dobj", "advmod", "npadvmod") for ch in verb.children)
    )


def _owner_before(noun) -> bool:
    """Whether a party is named before a noun as its owner: "Kenya's request", "a U.S. demand"."""
    return any(
        ch.dep_ in ("poss", "compound") and ch.i < noun.i and ch.ent_type_ in PARTY_ENTITIES for ch in noun.children
    )


def _struck_workplace(verb) -> bool:
    """Whether "struck" is said of a place of work: "the struck warehouses", "one of the struck plants" (a plant
    struck by a missile is "a plant struck by"; the participle before the noun names a stoppage)."""
    return (
        verb.lemma_.lower() == "strike"
        and verb.lower_ == "struck"
        and verb.dep_ == "amod"
        and verb.i < verb.head.i
        and verb.head.lemma_.lower() in WORKPLACES
    )


def _parties_named(tok) -> bool:
    """Whether a noun of talks names who takes part: "talks with Washington", "negotiations between the
    union and employers", "Japan's talks", "EC talks" (never a pronoun: "their talks" names no one)."""
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.lower_ in ("with", "between", "among"):
            for g in ch.children:
                if g.dep_ == "pobj" and any(
                    t.ent_type_ in PARTY_ENTITIES
                    for t in (g, *(c for c in g.children if c.dep_ in ("compound", "conj")))
                ):
                    return True
    return _owner_before(tok)


def _asks_how(clause) -> bool:
    """A clause that asks how, whether or what ("recommends how governments can work together"), not for an act."""
    return any(
        t.dep_ in ("advmod", "mark", "dobj", "nsubj") and t.lower_ in ("how", "whether", "what", "which", "why")
        for t in clause.children
    )


def _own_state(doers: list[dict], targets: list[dict]) -> bool:
    """Whether every target is the state the doers govern: "Prime Minister Nakasone said Japan must open its
    markets" states his government's policy; an opposition party or a foreign leader saying so asks it of Japan."""
    states = {p.get("country") for p in doers if p.get("sector") == "GOV" and p.get("country")}
    return bool(targets) and all(
        str(t.get("key", "")).startswith("country:") and t.get("country") in states for t in targets
    )


# what "there was" does not tell as done (candidates._licence): force, which has licences of its own, and stances
THERE_WAS_UNREAD = frozenset({"ASSAULT", "ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE"})

# what is given or shared: ending it is no giving ("ended copper shipments", candidates._noun)
GIVING_TYPES = frozenset({"AID", "COOPERATE"})


def _inquiring_body(modifier) -> bool:
    """Whether a word before an inquiry names who holds it: a name ("the Senate inquiry", "an FBI probe") or a public
    body (`inquiring_bodies`: "a police investigation", "a government enquiry"); "a market inquiry" names a topic."""
    if modifier.dep_ != "compound" or modifier.i > modifier.head.i:
        return False
    return modifier.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") or modifier.lemma_.lower() in INQUIRING_BODIES


def _prep_of_noun(noun, preps: tuple[str, ...]) -> bool:
    """Whether a noun has one of `preps` after it, the parser's reading of it as its verb's included when the noun is
    the verb's object ("reaffirmed the opposition of the U.S. to the tax")."""
    return any(
        ch.dep_ == "prep" and ch.lower_ in preps
        for ch in (*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ()))
    )


class CandidateFinder:
    """Triggers: verbs and event nouns from the lexicon, demands, refusals.

    Reads the parse of a sentence and the article's actors. Writes new candidates with `trigger`,
    `type`, `mode`, `rule`, `pattern`, `control`, `obj`, `nominal`, `subject`, `actors`,
    `recipients`, `status` ("the planned visit"), `negated` ("no talks") and `actor_optional`; of
    the candidates already found it writes only `suppressed` (what a demand asks for has not
    happened)."""

    def __init__(self, lexicon: Lexicon, participants: ParticipantFinder):
        self.lex = lexicon
        self.participants = participants
        self.evaluations = EvaluationReader(participants)
        self.stances = StanceReader(participants)

    def find(self, sent, actors: DocActors) -> list[Candidate]:
        """Every candidate of one sentence: triggers of the lexicon first, then the readings that look
        at those already found (demands, commands, headline verbs, blame, praise and criticism)."""
        cands = self._candidates(sent, actors)
        # the readers below only walk the sentence's tokens: a Span makes a new Token object at every
        # step of every walk, a list makes them once
        tokens = list(sent)
        cands.extend(self._demands(tokens, actors, cands))
        cands.extend(self._imperatives(tokens, actors, cands))
        cands.extend(self._warnings_to_all_comers(tokens, actors, cands))
        cands.extend(self._answers_promised(tokens, actors, cands))
        cands.extend(self._consequences_foretold(tokens, actors, cands))
        cands.extend(self._ultimatums(tokens, actors, cands))
        cands.extend(self._in_touch(tokens, actors, cands))
        cands.extend(self._needs_stated(tokens, actors, cands))
        cands.extend(self._held_for_a_time(tokens, actors, cands))
        self._needs_said(actors, cands)
        cands.extend(self._headline_verbs(sent, actors, cands))
        cands.extend(self._blame_statements(tokens, actors, cands))
        cands.extend(self._verdicts(tokens, actors, cands))
        cands.extend(self._court_appearances(tokens, actors, cands))
        cands.extend(self.stances.read(tokens, actors, cands))
        cands.extend(self.evaluations.read(tokens, actors, cands))
        return cands

    def _verdicts(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """Reads the parse; writes new ACCUSE (legal) candidates. "A jury found the senator guilty of
        bribery", "the firm was held liable for the spill", "the court declared him guilty": a verdict
        against someone ends a case brought against them; who judged is the subject, or unnamed in the
        passive."""
        out = []
        if not any(t.lower_ in VERDICT_WORDS for t in sent):
            return out
        taken = {c.trigger.i for c in cands}
        for tok in sent:
            plea = self._plea(tok, actors, cands)
            if plea is not None:
                out.append(plea)
                continue
            if tok.lemma_.lower() not in VERDICT_VERBS or tok.i in taken:
                continue
            if any(ch.dep_ == "neg" for ch in tok.children):
                continue  # "was not found guilty"
            verdict = next(
                (
                    ch
                    for ch in tok.subtree
                    if ch.lemma_.lower() in VERDICT_WORDS
                    and ch.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "amod")
                    and not any(g.dep_ == "neg" for g in ch.children)
                ),
                None,
            )
            if verdict is None:
                continue
            passive = any(ch.dep_ == "nsubjpass" for ch in tok.children)
            judged = next(
                (ch for ch in tok.children if ch.dep_ == ("nsubjpass" if passive else "dobj")),
                next((ch for ch in verdict.children if ch.dep_ == "nsubj"), None),
            )
            judge = self.participants.agent_of(tok) if passive else self.participants.subject_token(tok)
            if judged is None:
                continue
            c = Candidate(tok, "ACCUSE", "legal", f"verdict:{verdict.lemma_.lower()}")
            c.subject = judge
            c.actors = self.participants.parties(judge, actors) if judge is not None else []
            c.recipients = self.participants.parties(judged, actors)
            c.doer_unnamed = not c.actors
            if c.recipients or self.participants.human(judged, actors):
                out.append(c)
        return out

    def _court_appearances(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """Reads the parse; writes new ACCUSE (legal) candidates. "He is to appear in a London court on April 27",
        "appeared before magistrates charged with fraud": one who appears in or before a court is tried there, in a
        case brought by someone the sentence need not name; the one who appears is its target. A witness, a lawyer or
        a firm's counsel appears for someone else ("appeared as a prosecution witness", "appeared for the bank"), and
        a hearing of a sport's body is no court ("appeared at a hearing of the IAAF")."""
        out = []
        taken = {c.trigger.i for c in cands}
        for tok in sent:
            if tok.lemma_.lower() != "appear" or tok.pos_ != "VERB" or tok.i in taken:
                continue
            before_court = any(
                ch.dep_ == "prep"
                and ch.lower_ in ("in", "before", "at")
                and any(g.dep_ == "pobj" and g.lemma_.lower() in TRYING_FORUMS for g in ch.children)
                for ch in tok.children
            )
            # "appeared as a witness", "for the bank", "on behalf of the firm": for someone else
            for_another = any(
                ch.dep_ == "prep"
                and (
                    ch.lower_ in ("as", "for") or (ch.lower_ == "on" and any(g.lower_ == "behalf" for g in ch.children))
                )
                for ch in tok.children
            )
            if not before_court or for_another:
                continue
            who = self.participants.subject_token(tok)
            if who is None or who.lemma_.lower() in COURT_SPEAKERS:
                continue
            c = Candidate(tok, "ACCUSE", "legal", "appearance:in court")
            c.recipients = self.participants.parties(who, actors)
            c.doer_unnamed = c.actor_optional = True
            if c.recipients or self.participants.human(who, actors):
                out.append(c)
        return out

    def _plea(self, tok, actors: DocActors, cands: list[Candidate]) -> Candidate | None:
        """ "Mr Sullivan pleaded guilty to fraud", "the former minister pleaded not guilty": a plea answers a case
        brought against the one who pleads (ACCUSE, legal, by someone unnamed), whatever the plea; "pleaded with the
        government" is a plea of another kind. A charge the plea names ("pleaded not guilty to the charges") is
        the case already."""
        if tok.lemma_.lower() != "plead" or tok.pos_ != "VERB":
            return None
        if any(c.type == "ACCUSE" and c.nominal and tok in c.trigger.ancestors for c in cands):
            return None
        if not any(
            ch.lower_ in PLEA_WORDS and ch.dep_ in ("acomp", "oprd", "advmod", "xcomp", "dobj") for ch in tok.children
        ):
            return None
        pleader = self.participants.subject_token(tok)
        if pleader is None:
            return None
        c = Candidate(tok, "ACCUSE", "legal", "plea:guilty")
        c.recipients = self.participants.parties(pleader, actors)
        c.doer_unnamed = c.actor_optional = True
        return c if c.recipients or self.participants.human(pleader, actors) else None

    similar = None  # the optional vector step (similar.SimilarVerbs), set by ArticleCoder(vectors=True)

    def _candidates(self, sent, actors: DocActors) -> list[Candidate]:
        out: list[Candidate] = []
        taken_nouns: set[int] = set()
        for tok in sent:
            verbal = tok.pos_ in ("VERB", "AUX") or (tok.pos_ in ("ADJ", "NOUN") and tok.tag_ in ("VBN", "VBG", "VBD"))
            # headline grammar fools the tagger ("North Korea pledges support"): a root with a subject acts as a verb
            verbal = verbal or (tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children))
            if (
                verbal
                and tok.dep_ in ("pobj", "pcomp")
                and tok.lower_ in self.lex.nouns
                and not any(ch.dep_ == "dobj" or (ch.dep_ == "aux" and ch.lower_ == "to") for ch in tok.children)
            ):
                # "came under shelling": a gerund standing as a noun is read as one ("no choice but to strike" is a
                # verb)
                verbal = False
            if verbal:
                c = self._verb(tok, actors)
                if c and c.obj is not None and c.obj.lemma_.lower() == "strike" and c.type in ("PROTEST", "ASSAULT"):
                    # "launched a strike on Gaza" is force, "launched a strike at the plant" a stoppage
                    c.type, c.mode = ("ASSAULT", "military") if armed_strike(c.obj) else ("PROTEST", "strike")
                if c and c.type == "ASSAULT" and _struck_workplace(tok):
                    # "deliveries from the struck warehouses", "one of the struck plants": a place of work on strike
                    c.type, c.mode, c.rule = "PROTEST", "strike", c.rule + " (workplace)"
                if c:
                    out.append(c)
                    # "investigating an attack by its aircraft": an event noun with its own agent stays a candidate
                    consumed = c.obj is not None and (
                        c.obj.dep_ in ("dobj", "nsubjpass", "attr", "oprd")
                        or (c.pattern is not None and c.pattern.objects is not None)
                    )  # "backed down in the face of protests": a preposition's noun is no object of the verb
                    obj_kind = (
                        self.lex.nouns.get(c.obj.lemma_.lower(), self.lex.nouns.get(c.obj.lower_, (None, None)))
                        if consumed
                        else (None, None)
                    )
                    answered = consumed and (  # "rejected calls for an inquiry": the calls were made, and are coded too
                        (_phrasal_lemma(c.trigger) in REPLY_VERBS and obj_kind[0] in ("REQUEST", "THREATEN"))
                        # "denied the charges": the case was brought, and is coded too
                        or (c.trigger.lemma_.lower() in ANSWERING_CHARGES and tuple(obj_kind) == ("ACCUSE", "legal"))
                        # "left to discuss Egypt's request for an IMF loan": what is discussed was asked (by whom the
                        # noun names, candidates._licence)
                        or (c.type == "CONSULT" and obj_kind[0] == "REQUEST" and _owner_before(c.obj))
                    )
                    if (
                        consumed
                        and not answered
                        and not any(ch.dep_ == "prep" and ch.lower_ == "by" for ch in c.obj.children)
                    ):
                        taken_nouns.add(c.obj.i)
                        taken_nouns.update(t.i for t in c.obj.children if t.dep_ == "pobj")
                        for prep in c.obj.children:
                            taken_nouns.update(t.i for t in prep.children if t.dep_ == "pobj")
        verb_subjects = {c.subject.i for c in out if c.subject is not None}
        for tok in sent:
            gerund = tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.lower_ in self.lex.nouns
            if (tok.pos_ in ("NOUN", "PROPN") or gerund) and tok.i not in taken_nouns:
                c = self._noun(tok, actors, verb_subjects, out)
                if c:
                    out.append(c)
        return out

    def _demands(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """ "X said Y must V", "a reminder that it must cooperate": a demand (REQUEST) by X of Y. "Should"
        demands only in what a speaker says ("he said more emphasis should be put on sport", "there
        should be a full inquiry"), and not of prices or markets ("rates should fall" is a forecast)."""
        out = []
        if not any(t.lower_ in ("must", "should", "more") or t.lemma_.lower() in OBLIGING_VERBS for t in sent):
            return out
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            modals = {ch.lower_ for ch in tok.children if ch.dep_ == "aux"}
            anchor = tok  # the verb that bears the obligation, where the search for who says it starts
            more = _more_could_be_done(tok, modals)
            if more:
                modals = {"should"}  # "Japan could do more to help indebted countries, he said": asked of Japan
            if not modals & {"must", "should"}:
                obliged = self._obliged(tok)
                if obliged is None:
                    continue
                anchor, modals = obliged, {"should"}
            target = next((ch for ch in anchor.children if ch.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            if target is None or (target.dep_ == "expl" and "must" in modals):
                continue
            if not self._deontic(tok, target, actors, must="must" in modals):
                continue
            if tok.lemma_.lower() in READING_AS_VERBS and any(
                ch.dep_ == "prep" and ch.lower_ == "as" for ch in tok.children
            ):
                # "the decision should be read as a sign of concern", "should not be seen as the start of a trade war":
                # how a thing ought to be understood is a reading of it, asked of no one ("should be treated as a
                # crime" is a policy, and asks)
                continue
            # "should have acted sooner": what a party should have done and did not is a reproach (ACCUSE), no
            # act asked of it; "they must have known" infers, and asks nothing
            reproach = tok.tag_ == "VBN" and any(ch.dep_ == "aux" and ch.lower_ in PERFECT_AUX for ch in tok.children)
            if reproach and "should" not in modals:
                continue
            if (
                "must" not in modals
                and target.dep_ == "nsubj"
                and tok.lemma_.lower() in OUTCOME_VERBS
                and not _disposed_to_act(tok)
            ):
                # "the executive should have a role", "Britain should be a safe haven": what a party should be or
                # have is a view of it, no act asked of it ("should be prepared to discuss" asks the discussion)
                continue
            v, demander, said, ruled = anchor, None, False, False
            for _ in range(4):
                if v.head.i == v.i:
                    break
                v = v.head
                if v.lemma_.lower() in RULE_NOUNS:
                    # "eased a requirement that cable firms must provide a switch", "the court ruled that the meetings
                    # must occur by May 4": what a rule requires is its content, asked of no one by a speaker
                    ruled = True
                    break
                # what a speaker says or believes: "Mr Denham believes the council should reconsider"
                said = said or speech_verb(v) or v.lemma_.lower() in BELIEF_VERBS
                # "passed a resolution that Congress should act swiftly": a text a body adopts says it for the body
                said = said or (v.pos_ == "NOUN" and v.lemma_.lower() in RESOLUTION_NOUNS)
                # "the China Daily quoted Zhao as saying China should": Zhao speaks, not the paper
                subj = quoted_speaker(v) or next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
                if subj is not None and v.pos_ in ("VERB", "AUX"):
                    demander = subj
                    break
            if ruled or demander is None or ("must" not in modals and not said):
                continue
            if reproach:
                c = Candidate(tok, "ACCUSE", "criticize", "clause:should have (reproach)")
            elif anchor is not tok:
                c = Candidate(tok, "REQUEST", "demand", f"clause:{anchor.lemma_.lower()} to (demand)")
            else:
                modal = "could do more" if more else "must" if "must" in modals else "should"
                rule = f"clause:{modal} (demand)"
                c = Candidate(tok, "REQUEST", "demand", rule)
            c.subject = demander
            c.actors = self.participants.parties(demander, actors)
            if not c.actors and demander.pos_ == "PRON" and said:
                # "'the government should seek other ways,' he told a press conference": whoever the article quotes
                c.actors = self.participants.speaker_pronoun(v, actors)
            c.recipients = self.participants.parties(target, actors) if target.dep_ == "nsubj" else []
            if not c.actors:
                # said by someone the sentence does not name, "should" is a forecast as often as a demand; and what "he
                # said" a state should do is as often his own state's policy ("China should increase its proportion of
                # manufactured goods, he said": round 28 tried it, 2 right rows and 4 wrong)
                continue
            if _own_state(c.actors, c.recipients):
                continue  # "Nakasone said Japan must open its markets": a government's own policy, asked of no one
            if anchor is not tok and not any(political_party(r) for r in c.recipients):
                continue  # "the companies ought to bolster their businesses": advice, not a demand
            for other in cands:
                if other.trigger.i == tok.i or (other.trigger.head.i == tok.i and other.trigger.dep_ == "xcomp"):
                    other.suppressed = True  # what is demanded, or should have been done, has not happened
            out.append(c)
        return out

    @staticmethod
    def _obliged(verb):
        """The verb of obligation an act hangs from as "to" V, said as "should" is: "the government ought to
        resign" (OBLIGING_VERBS). None when it is denied, hypothetical or has an object of its own."""
        head = verb.head
        if (
            verb.dep_ != "xcomp"
            or head.lemma_.lower() not in OBLIGING_VERBS
            or not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children)
            or any(ch.dep_ in ("neg", "dobj") for ch in head.children)
            or any(ch.dep_ == "aux" and ch.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX for ch in head.children)
        ):
            return None
        return head

    def _deontic(self, verb, target, actors: DocActors, must: bool) -> bool:
        """ "Sweden should boost investment", "the plans should be re-examined", "there should be an
        inquiry", "Japan must stop dumping": the modal asks for an act of a party, of a public matter or
        for something to exist. "Buying power should remain stable", "the economy should manage modest
        growth", "output must rise" forecast or reason about things; "we must improve" and "we should
        rebuild" are the speaker's own plan; "it must" is no one's duty. A party is the head of the
        subject, not a name inside it: "Australia's economy" is no actor."""
        if target.lower_ in ("we", "i", "it"):
            return False
        if not must and any(ch.dep_ == "neg" for ch in verb.children) and not self._party_subject(target, actors):
            return False  # "rates should not rise much" forecasts; "the government should not abandon it" demands
        if any(ch.dep_ == "mark" and ch.lower_ in ("whether", "if") for ch in verb.children):
            return False  # "commenting on whether the US should offer grain": a question put, no demand
        if target.dep_ == "expl":
            return True
        if target.lemma_.lower() in MARKET_WORDS:
            return False
        if target.dep_ == "nsubjpass":
            # "the plans should be re-examined", "a national body should be set up": a public matter, or
            # anything a measure of policy makes
            return target.lemma_.lower() in PUBLIC_MATTERS or _policy_act(verb)
        if target.pos_ == "PRON":
            return must and target.lower_ in ("they", "he", "she", "you")
        return self._party_subject(target, actors)

    def _party_subject(self, target, actors: DocActors) -> bool:
        """A party is the head of the subject, not a name inside it: "Australia's economy" is no actor."""
        return bool(self.participants.parties(target, actors)) and (
            actors.actor_for(target) is not None
            or target.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or target.lemma_.lower() in HUMAN_NOUNS
        )

    def _imperatives(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """Reads the parse and the candidates found so far; writes new REQUEST candidates and suppresses
        what they demand. "Protect whistleblowers, union says", "Stop the killing, pope tells rebels":
        a command fronted before a speech verb is a demand by the speaker (headline grammar)."""
        out = []
        for tok in sent:
            if not speech_verb(tok):
                continue
            speaker = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
            for clause in tok.children:
                if (
                    clause.dep_ not in ("ccomp", "advcl", "parataxis")
                    or clause.i > tok.i
                    or clause.tag_ != "VB"
                    or any(ch.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for ch in clause.children)
                    or speaker is None
                ):
                    continue
                c = Candidate(clause, "REQUEST", "demand", "clause:imperative (demand)")
                c.subject = speaker
                c.actors = self.participants.parties(speaker, actors)
                addressee = next((ch for ch in tok.children if ch.dep_ in ("dobj", "dative")), None)
                c.recipients = self.participants.parties(addressee, actors) if addressee is not None else []
                if not c.actors:
                    continue
                inside = {t.i for t in clause.subtree}
                for other in cands:
                    if other.trigger.i in inside:
                        other.suppressed = True  # what is demanded has not happened
                out.append(c)
        return out

    def _warnings_to_all_comers(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """Reads the parse; writes new THREATEN candidates and suppresses the force they name. "Any attack on our
        ships will bring a forceful response, an official said", "any aggression would be met with a crushing
        reply": force promised against whoever acts is a threat by the speaker to those it names."""
        out = []
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in RESPONSE_BRINGERS:
                continue
            if not any(ch.dep_ == "aux" and ch.lower_ in FUTURE_AUX | {"must", "shall"} for ch in tok.children):
                continue
            subject = next((ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or not any(
                ch.dep_ == "det" and ch.lower_ in ("any", "every") for ch in subject.children
            ):
                continue
            if subject.lemma_.lower() not in HOSTILE_DEEDS:
                continue
            answers = [ch for ch in tok.children if ch.dep_ == "dobj"]
            answers += [p for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "with" for p in ch.children]
            if not any(a.lemma_.lower() in RESPONSE_NOUNS | HOSTILE_NOUNS | ANSWERS_IN_KIND for a in answers):
                continue
            said = self._said_by(tok, actors)
            if said is None:
                continue
            c = Candidate(tok, "THREATEN", "warn", "clause:any attack will bring (warning)")
            c.subject, c.actors = said
            c.recipients = self._pinned_on(subject, actors)
            if not c.actors:
                continue
            inside = {t.i for t in tok.subtree}
            for other in cands:
                if other.trigger.i in inside and other.type in ("ASSAULT", "COERCE", "SANCTION", "ACCUSE"):
                    other.suppressed = True  # the attack and the answer are both only promised
            out.append(c)
        return out

    def _pinned_on(self, deed, actors: DocActors) -> list[dict]:
        """Whoever a deed a warning names is pinned on (not its target): "any Iranian attack", "any attack by the
        rebels", "any aggressive measure by the United States"."""
        doers = [ch for ch in deed.children if ch.dep_ in ("amod", "compound", "poss")]
        doers += [p for ch in deed.children if ch.dep_ == "prep" and ch.lower_ == "by" for p in ch.children]
        return [a for t in doers for a in self.participants.parties(t, actors)]

    def _answers_promised(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """Reads the parse; writes new THREATEN candidates. "Iran would respond decisively to any aggressive measure
        by the United States", "we shall firmly confront any such move": a party that says it will answer whatever
        hostile deed another does, or will answer it with force, warns it (CAMEO 13). "The company will respond to
        the offer next week" answers nothing hostile and is said with no force."""
        out = []
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in ANSWERING_ACTS:
                continue
            if not any(ch.dep_ == "aux" and ch.lower_ in FUTURE_AUX | {"must", "shall"} for ch in tok.children):
                continue
            deeds = [ch for ch in tok.children if ch.dep_ == "dobj"]
            deeds += [
                p for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in ("to", "against") for p in ch.children
            ]
            if not deeds:
                continue
            forceful = any(ch.dep_ == "advmod" and ch.lower_ in FORCEFUL_MANNERS for ch in tok.children)
            hostile = [
                d
                for d in deeds
                if any(ch.dep_ == "det" and ch.lower_ in ("any", "every") for ch in d.children)
                and (
                    d.lemma_.lower() in HOSTILE_DEEDS
                    or any(ch.dep_ == "amod" and ch.lower_ in HOSTILE_MANNERS for ch in d.children)
                )
            ]
            if not (hostile or forceful):
                continue
            subject = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
            if subject is None:
                continue
            parties = self.participants.parties(subject, actors)
            if not parties:
                said = self._said_by(tok, actors)
                parties = said[1] if said is not None else []
            if not parties:
                continue
            c = Candidate(tok, "THREATEN", "warn", f"clause:will {tok.lemma_.lower()} (warning)")
            c.subject, c.actors = subject, parties
            keys = {a["key"] for a in parties}
            c.recipients = [a for a in self._pinned_on((hostile or deeds)[0], actors) if a["key"] not in keys]
            out.append(c)
        return out

    def _ultimatums(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """Reads the parse; writes new THREATEN (ultimatum) candidates and suppresses what they name. "The union
        gave the company five days to come to an agreement", "Washington gave Iraq until Friday to withdraw": a party
        that gives another a span of time to act sets it a deadline, an ultimatum (CAMEO 139, PLOVER THREATEN), and
        neither the act asked nor the consequence named has happened. "She gave herself a week to finish" and a
        giver no political party sets no one a deadline."""
        out = []
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in TIME_GIVING_VERBS:
                continue
            span = next(
                (
                    ch
                    for ch in tok.children
                    if ch.dep_ in ("dobj", "npadvmod")
                    and ch.lemma_.lower() in DEADLINE_UNITS
                    and any(n.dep_ == "nummod" for n in ch.children)
                ),
                None,
            )
            until = next((ch for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "until"), None)
            if span is None and until is None:
                continue
            holders = [tok] + ([span] if span is not None else [])
            act = next(
                (
                    ch
                    for h in holders
                    for ch in h.children
                    if ch.dep_ in ("advcl", "xcomp", "acl", "relcl")
                    and ch.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in ch.children)
                ),
                None,
            )
            if act is None:
                continue
            given = next((ch for ch in tok.children if ch.dep_ in ("dative", "iobj")), None)
            if given is None:
                given = next((ch for ch in tok.children if ch.dep_ == "dobj" and ch is not span), None)
            subject = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
            if given is None or subject is None or given.lower_ in REFLEXIVES:
                continue
            c = Candidate(tok, "THREATEN", "warn", "clause:gave time to (ultimatum)")
            c.subject = subject
            c.actors = self.participants.parties(subject, actors)
            c.recipients = self.participants.parties(given, actors)
            if not any(political_party(a) for a in c.actors) or not c.recipients:
                continue
            inside = {t.i for t in act.subtree}
            for other in cands:
                if other.trigger.i in inside:
                    other.suppressed = True  # what the deadline asks for, and what follows if it is missed
            out.append(c)
        return out

    def _needs_stated(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """Reads the parse; writes new REQUEST (demand) candidates and suppresses the act they name. "Pease said a
        domestic economic summit was desperately needed", "the union said an independent inquiry was necessary": a
        party that says an act or a measure is needed calls for it; what analysts or firms say is needed, and a
        price or a rate needed ("a rate cut was needed"), asks no one anything."""
        out = []
        for tok in sent:
            if tok.lemma_.lower() in NEEDING_VERBS and tok.tag_ == "VBN":
                needed = next((ch for ch in tok.children if ch.dep_ == "nsubjpass"), None)
            elif tok.lower_ in NEEDED_WORDS and tok.dep_ == "acomp" and tok.head.lemma_ == "be":
                needed = next((ch for ch in tok.head.children if ch.dep_ == "nsubj"), None)
            else:
                continue
            if needed is None or any(ch.dep_ == "neg" for ch in (*tok.children, *tok.head.children)):
                continue
            if any(c.trigger.i == tok.i for c in cands):
                continue  # "more help is urgently needed": aid needed, read by the lexicon
            # what exists already ("the system was vital for crime-fighting") is valued, not called for: the act
            # called for is one not yet had ("a summit", "fresh talks", "urgent action")
            if any(
                ch.dep_ == "poss" or (ch.dep_ == "det" and ch.lower_ in ("the", "this", "that", "these", "those"))
                for ch in needed.children
            ):
                continue
            if any(ch.dep_ == "prep" and ch.lower_ == "for" for ch in tok.children):
                continue
            verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
            # "no congressional action would be needed", "an agreement was needed before Tokyo extended loans": none
            # needed, needed if, or needed first (a condition stated), ask for nothing
            if any(ch.dep_ == "det" and ch.lower_ == "no" for ch in needed.children) or any(
                (ch.dep_ == "aux" and ch.lower_ in HYPOTHETICAL_AUX | {"would"})
                or (ch.dep_ == "advcl" and any(m.dep_ == "mark" for m in ch.children))
                for ch in verb.children
            ):
                continue
            lemma = needed.lemma_.lower()
            if lemma not in self.lex.nouns and needed.lower_ not in self.lex.nouns and lemma not in PUBLIC_MATTERS:
                continue
            if any(ch.lemma_.lower() in MARKET_WORDS | PRICE_WORDS for ch in needed.children):
                continue
            said = self._said_by(tok, actors)
            if said is None or not any(political_party(a) for a in said[1]):
                continue
            c = Candidate(tok, "REQUEST", "demand", "clause:is needed (demand)")
            c.subject, c.actors = said
            for other in cands:
                if other.trigger.i == needed.i:
                    other.suppressed = True  # "a summit was needed": none has been held
            out.append(c)
        return out

    def _held_for_a_time(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """Reads the parse; writes new COERCE (arrest) candidates. "Begg and Mubanga were held for three years",
        "police held him for 48 hours": a person held for a span of time is detained; a post, shares or a title held
        for years are owned ("the minister held the post for three years")."""
        out = []
        taken = {c.trigger.i for c in cands}
        for tok in sent:
            if tok.lemma_.lower() != "hold" or tok.pos_ != "VERB" or tok.i in taken:
                continue
            spans = [
                g
                for ch in tok.children
                if ch.dep_ == "prep" and ch.lower_ == "for"
                for g in ch.children
                if g.dep_ == "pobj" and g.lemma_.lower() in DETENTION_SPANS
            ]
            if not spans:
                continue
            passive = any(ch.dep_ == "auxpass" for ch in tok.children)
            held = next((ch for ch in tok.children if ch.dep_ == ("nsubjpass" if passive else "dobj")), None)
            if held is None or not self._a_person(held, actors):
                continue
            c = Candidate(tok, "COERCE", "arrest", "clause:held for a time (detention)")
            c.subject = self.participants.agent_of(tok) if passive else self.participants.subject_token(tok)
            c.actors = self.participants.parties(c.subject, actors) if c.subject is not None else []
            c.recipients = self.participants.parties(held, actors)
            c.actor_optional = True
            out.append(c)
        return out

    def _a_person(self, tok, actors: DocActors) -> bool:
        """A person or people: a name of one, a pronoun of one, or a noun of people ("the two men")."""
        if tok.lower_ in ("him", "her", "them", "he", "she", "they"):
            return True
        if tok.ent_type_ == "PERSON" or tok.lemma_.lower() in HUMAN_NOUNS | {"man", "woman", "men", "women"}:
            return True
        return any(p.get("kind") == "person" for p in self.participants.parties(tok, actors))

    def _in_touch(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """Reads the parse; writes new CONSULT candidates. "An aide said the senator had been in touch with party
        officials", "the two governments remain in contact": being in touch with a party is keeping up talks with
        it; "came into contact with the virus" and "lost touch" are no talks."""
        out = []
        taken = {c.trigger.i for c in cands}
        for tok in sent:
            if tok.lemma_.lower() not in CONTACT_NOUNS or tok.dep_ != "pobj" or tok.i in taken:
                continue
            prep = tok.head
            verb = prep.head
            if prep.lower_ != "in" or prep.dep_ != "prep" or verb.lemma_.lower() not in CONTACT_VERBS:
                continue
            partner = prep_object(tok, "with")
            subject = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            c = Candidate(tok, "CONSULT", "talks", f"phrase:in {tok.lemma_.lower()} with")
            c.nominal = False
            c.subject = subject
            c.actors = self.participants.parties(subject, actors)
            c.recipients = self.participants.parties(partner, actors) if partner is not None else []
            if not c.actors:
                continue
            out.append(c)
        return out

    def _said_by(self, tok, actors: DocActors):
        """(speaker, its parties) of the speech verb at most three heads above a clause ("..., an official said"; "he"
        is whoever the article quotes), or None where no speech verb with a subject reports it."""
        v = tok
        for _ in range(3):
            if v.head.i == v.i:
                return None
            v = v.head
            if speech_verb(v):
                return self.participants.speaker(v, actors)
        return None

    def _needs_said(self, actors: DocActors, cands: list[Candidate]) -> None:
        """Reads the candidates; writes the actors of a need of aid said in the passive. "More help is urgently
        needed, aid agencies say": whoever says it is needed asks for it (the pattern's subject is the aid)."""
        for c in cands:
            if c.type != "REQUEST" or c.mode != "aid" or c.actors or c.nominal:
                continue
            if not any(ch.dep_ == "auxpass" for ch in c.trigger.children):
                continue
            said = self._said_by(c.trigger, actors)
            if said is not None and said[1]:
                c.subject, c.actors = said

    def _consequences_foretold(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """Reads the parse; writes new THREATEN candidates and suppresses what they name. "Iran will face
        consequences if it continues, Washington warned", "the rebels would suffer retaliation, the army said": what a
        party is told it will undergo for its deeds is a threat by the speaker, to that party."""
        out = []
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in UNDERGOING_VERBS:
                continue
            if not any(ch.dep_ == "aux" and ch.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX for ch in tok.children):
                continue
            if any(ch.dep_ == "neg" for ch in tok.children):
                continue
            what = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
            subject = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
            if what is None or subject is None or what.lemma_.lower() not in THREAT_ACTS:
                continue
            said = self._said_by(tok, actors)
            if said is None:
                continue
            c = Candidate(tok, "THREATEN", "warn", f"clause:{tok.lemma_.lower()} {what.lemma_.lower()} (warning)")
            c.subject, c.actors = said
            c.recipients = self.participants.parties(subject, actors)
            if (
                not any(political_party(a) for a in c.actors)
                or not c.recipients
                or {a["key"] for a in c.actors} & {r["key"] for r in c.recipients}
            ):
                # "we will face consequences" threatens no one; what analysts foresee, or no one named, is a risk
                continue
            inside = {t.i for t in tok.subtree}
            for other in cands:
                if other.trigger.i in inside and other.type in ("ASSAULT", "COERCE", "SANCTION", "ACCUSE"):
                    other.suppressed = True  # what is foretold is only threatened
            out.append(c)
        return out

    def _blame_statements(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """Reads the parse; writes new ACCUSE candidates. "The minister said the rebels were responsible
        for the attack", "he said the regime was the main cause of tension": calling someone the cause,
        the culprit or a threat, in a clause the speaker asserts, accuses them."""
        out = []
        taken = {c.trigger.i for c in cands}
        for tok in sent:
            if not speech_verb(tok):
                continue
            speaker = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
            for clause in tok.children:
                if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be" or clause.i in taken:
                    continue
                if any(
                    ch.dep_ == "neg" or (ch.dep_ == "aux" and ch.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX)
                    for ch in clause.children
                ):
                    continue  # "said they were not to blame", "might be responsible": no accusation
                blamed = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None)
                label = next(
                    (
                        ch
                        for ch in clause.children
                        if ch.dep_ in ("attr", "acomp") and ch.lemma_.lower() in BLAME_PREDICATES
                    ),
                    None,
                )
                if speaker is None or blamed is None or label is None:
                    continue
                c = Candidate(label, "ACCUSE", "criticize", f"clause:called {label.lemma_.lower()} (blame)")
                c.subject = speaker
                c.actors = self.participants.parties(speaker, actors)
                if not c.actors and speaker.pos_ == "PRON":
                    c.actors = self.participants.speaker_pronoun(tok, actors)  # "he said": whoever the article quotes
                c.recipients = self.participants.parties(blamed, actors)
                if not c.recipients or (not c.actors and speaker.pos_ != "PRON"):
                    continue
                out.append(c)
        return out

    def _headline_verbs(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        """Reads the sentence's words and tags; writes new candidates. A title line is written in
        headline grammar: "Premier taunts rivals over splits", "Union backs strikers". The small model
        reads the present-tense verb as a plural noun and parses the line as one noun phrase, so the
        verb is read from the words: a title line (no closing stop, a few words) whose plural-looking
        word after a name de-inflects to a verb of the lexicon, with an actor before it and, when the
        verb takes an object, a participant after it that its entry allows."""
        words = [t for t in sent if not t.is_space]
        if not words or len(words) > 14 or words[-1].text in (".", "!", "?", '"', "'", ":", ";"):
            return []
        if any(not c.nominal and sent.start <= c.trigger.i < sent.end for c in cands):
            return []  # a verb of the line was read already; the ordinary reading applies
        taken = {c.trigger.i for c in cands}

        def nounish(t) -> bool:  # "rivals" in "mocks rivals" may be tagged as the verb itself
            return t.pos_ in ("NOUN", "PROPN") or t.tag_ in ("NNS", "VBZ")

        out = []
        for tok in words[1:-1]:
            if tok.i in taken or tok.tag_ not in ("NNS", "NNPS", "VBZ") or not tok.lower_.endswith("s"):
                continue
            low = tok.lower_
            lemma = next((v for v in (low[:-1], low[:-2], low[:-3] + "y") if len(v) >= 3 and v in self.lex.verbs), None)
            subj = tok.doc[tok.i - 1]
            if lemma is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i < sent.start:
                continue
            after = [t for t in tok.doc[tok.i + 1 : sent.end] if nounish(t)]
            obj = after[0] if after else None
            while obj is not None and obj.i + 1 < sent.end and nounish(tok.doc[obj.i + 1]):
                obj = tok.doc[obj.i + 1]  # "backs striking dock workers": the last noun of the phrase is its head
            subject_parties = self.participants.parties(subj, actors)
            if not subject_parties:
                continue
            for p in self.lex.verbs[lemma]:
                if (
                    p.particle
                    or p.control
                    or p.prep_objects is not None
                    or p.needs_complement
                    or p.needs_clause
                    or p.needs_infinitive
                ):
                    continue  # what the parse cannot show is not guessed
                if p.subjects is not None and not self._in_set(subj, subj.lemma_.lower(), p.subjects, actors):
                    continue
                if p.objects is not None:
                    if obj is None or not self._in_set(obj, obj.lemma_.lower(), p.objects, actors, deep=False):
                        continue
                elif obj is not None and not self.participants.parties(obj, actors):
                    continue  # "US arms sales": without a participant after it the word is a noun
                c = Candidate(tok, p.type, p.mode, f"{p.rule} (headline)", pattern=p, obj=obj)
                c.subject = subj
                c.actors = subject_parties
                c.recipients = self.participants.parties(obj, actors) if obj is not None else []
                if {r["key"] for r in c.recipients} & {a["key"] for a in c.actors}:
                    continue  # one name on both sides: the line is one noun phrase ("US arms sales")
                if p.needs_partner and not c.recipients:
                    continue
                out.append(c)
                break
        return out

    def _match(self, pats: list[Pattern], tok, actors: DocActors) -> tuple[Pattern, object | None] | None:
        return next(self._matches(pats, tok, actors), None)

    def _matches(self, pats: list[Pattern], tok, actors: DocActors):
        """Every pattern the verb's arguments satisfy, most specific first."""
        children = list(tok.children)
        # a preposition after what the verb names something ("a party called Veritas - Latin for truth")
        # belongs to that name, not to a phrasal verb ("call for")
        named = min((c.i for c in children if c.dep_ == "oprd"), default=None)
        # a preposition far after the verb, past a comma or another phrase, is no particle of it: "a stoppage
        # was called off in Santa Cruz, on Tenerife" has no "call on"
        particles = {
            c.lower_
            for c in children
            if c.dep_ in ("prt", "prep", "dobj", "advmod", "npadvmod")
            and (named is None or c.i < named)
            and not (c.dep_ == "prep" and c.i > tok.i and any(t.text == "," for t in tok.doc[tok.i + 1 : c.i]))
        }
        # "called for him to go": the "for" of an infinitive clause is the phrasal verb's particle too
        particles |= {
            m.lower_ for c in children if c.dep_ in ("xcomp", "ccomp", "advcl") for m in c.children if m.dep_ == "mark"
        }
        obj = self.participants.object_of(tok)
        obj_lemma = obj.lemma_.lower() if obj is not None else None
        subj = self.participants.subject_token(tok)
        subj = _speaker_for_pronoun(subj) if subj is not None else None
        subj_lemma = subj.lemma_.lower() if subj is not None else None
        # "dismissed them as nonsense" rejects whatever it judges, whatever the object
        judged_as = tok.lemma_.lower() in DISMISSAL_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in children
        )
        for p in pats:
            if p.particle:
                words = p.particle.split()
                if words[0] not in particles:
                    continue
                if words[0] in ADVERB_PARTICLES and not any(
                    c.lower_ == words[0] and (c.dep_ == "prt" or not any(g.dep_ == "pobj" for g in c.children))
                    for c in children
                ):
                    # "voted down the bill": the tagger read the particle as a preposition over the object the
                    # entry asks for; "give them a voice in the talks" is no "give in"
                    misread = next(
                        (
                            g
                            for c in children
                            if c.lower_ == words[0] and c.dep_ == "prep" and c.i == tok.i + 1 and p.objects is not None
                            for g in c.children
                            if g.dep_ == "pobj" and self._in_set(g, g.lemma_.lower(), p.objects, actors)
                        ),
                        None,
                    )
                    if misread is not None:
                        yield p, misread
                    continue
            if p.objects is not None and not judged_as and not self._in_set(obj, obj_lemma, p.objects, actors):
                # "hand the farmers 70m euros in aid": a second object, or what the first is "in", may be it
                others = [c for c in children if c.dep_ == "dobj" and (obj is None or c.i != obj.i)]
                # "provide Togo with aid", "supplied the rebels with arms": what is given comes after "with"
                others += [
                    g
                    for c in children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
                others += [
                    g
                    for c in children
                    if c.dep_ == "dobj"
                    for pp in c.subtree
                    if pp.dep_ == "prep" and pp.lower_ == "in"
                    for g in pp.children
                    if g.dep_ == "pobj"
                ]
                if not any(self._in_set(o, o.lemma_.lower(), p.objects, actors) for o in others):
                    continue
            if (
                obj is not None
                and p.not_objects
                # "met opposition leaders", "met resistance fighters": a word before people names who they are,
                # not what is met ("met stiff opposition" is)
                and self._in_set(
                    obj, obj_lemma, p.not_objects, actors, deep=not self.participants.actor_like(obj, actors)
                )
            ):
                continue
            if p.not_objects and any(  # "take control of a crisis": the "of" may hang from the verb
                self._in_set(o, o.lemma_.lower(), p.not_objects, actors, deep=False)
                for c in children
                if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children
                if o.dep_ == "pobj"
            ):
                continue
            if p.subjects is not None and not self._in_set(subj, subj_lemma, p.subjects, actors):
                continue
            if subj is not None and p.not_subjects and self._in_set(subj, subj_lemma, p.not_subjects, actors):
                continue
            if (
                p.prep_objects is not None
                and not any(
                    self._in_set(o, o.lemma_.lower(), p.prep_objects, actors)
                    for c in children
                    if c.dep_ == "prep"
                    for o in c.children
                    if o.dep_ == "pobj"
                )
                and not any(  # "taken the ministry to court", parsed as the verb "to court"
                    c.dep_ == "xcomp" and c.lower_ in p.prep_objects and any(a.lower_ == "to" for a in c.children)
                    for c in children
                )
            ):
                continue  # "participate in exercises", not "participate in elections"
            if p.needs_complement and not any(
                c.dep_ in ("xcomp", "ccomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "to") for c in children
            ):
                continue
            if p.needs_clause and not any(
                c.dep_ in ("xcomp", "ccomp") and not (p.lemma == "recommend" and _asks_how(c)) for c in children
            ):
                # "recommends how governments can work together": a question of how, asked of no one (a challenge "on
                # which country would house them" asks for an answer)
                continue
            if p.needs_infinitive and not any(
                (c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                # "telling councils to find more sites", the infinitive parsed as hung on the object
                or (
                    c.dep_ == "dobj"
                    and (self.participants.parties(c, actors) or self.participants.human(c, actors))
                    and any(
                        a.dep_ == "acl" and any(t.dep_ == "aux" and t.lower_ == "to" for t in a.children)
                        for a in c.children
                    )
                )
                for c in children
            ):
                continue  # "persuaded him that the plan was sound" makes him believe, asks nothing
            yield p, obj

    @staticmethod
    def _people_of_a_country(tok, actors: DocActors) -> bool:
        """A plural word for a country's people: "two Britons", "the Americans"."""
        if tok.ent_type_ == "NORP":
            return True
        hit = actors.actor_for(tok)
        return hit is not None and hit[0].kind == "country"

    def _in_set(
        self,
        tok,
        lemma: str | None,
        allowed: frozenset[str],
        actors: DocActors,
        deep: bool = True,
        modifier: bool = False,
    ) -> bool:
        """Whether an object is of the set a pattern allows: its lemma, a word it joins or is made of ("5.1
        million dollars of aid", "photographs and other military intelligence", "the Europe Bridge"), or a
        class of them. A name that only modifies the object is no person received or met: "received Food and
        Drug Administration approval", "a government cash infusion" (`modifier`)."""
        if tok is None:
            return False
        if lemma in allowed or tok.lower_ in allowed:
            return True
        if deep:
            talks = self.lex.sets.get("talks", frozenset())
            related = [
                (c, c.dep_ == "compound")
                for c in tok.children
                if c.dep_ == "conj" or (c.dep_ == "compound" and c.lemma_.lower() not in talks)
            ]  # a thing of a meeting is no meeting: "holds the OPEC conference presidency", "the summit venue"
            for prep in tok.children:
                # "5.1 million dollars of aid", "crates of shells": what they hold; not what an account is of ("gave
                # the 1986/87 breakdown of supply": figures, no supplies)
                # nor what an ending noun ends ("announced the lifting of bans on 158 items": no ban imposed)
                if (
                    prep.dep_ == "prep"
                    and prep.lower_ == "of"
                    and tok.lemma_.lower() not in ACCOUNT_NOUNS | ENDING_NOUNS
                ):
                    related.extend((c, False) for c in prep.children if c.dep_ == "pobj")
            if any(self._in_set(r, r.lemma_.lower(), allowed, actors, False, m) for r, m in related):
                return True
        if modifier:
            return "$places" in allowed and tok.ent_type_ in ("GPE", "LOC", "FAC")
        if "$persons" in allowed and (
            tok.ent_type_ == "PERSON"
            or self.participants.person_like(tok, actors)
            or tok.lemma_.lower() in HUMAN_NOUNS
            or (tok.tag_ in ("NNS", "NNPS") and self._people_of_a_country(tok, actors))  # "two Britons"
        ):
            return True  # "reporters were beaten": a noun for people names persons too
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

    def _verb(self, tok, actors: DocActors) -> Candidate | None:
        lemma = tok.lemma_.lower()
        if tok.tag_ == "VBG" and any(
            ch.dep_ == "poss" or (ch.dep_ == "nsubj" and ch.lower_ in OWN_POSSESSIVES) for ch in tok.children
        ):
            return None  # "improved her standing with voters": a gerund with an owner is a noun
        if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "self":
            return None  # "began to self-censor their shows": done to oneself, by no one to another
        pats = self.lex.verbs.get(lemma)
        for p, obj in self._matches(pats, tok, actors) if pats else ():
            c = Candidate(tok, p.type, p.mode, p.rule, pattern=p, control=p.control, obj=obj)
            c.subject = self.participants.subject_token(tok)
            self.participants.arguments(c, actors)
            if (p.needs_recipient or p.needs_partner) and not c.recipients:
                continue  # "protested to the embassy" (ACCUSE) needs its addressee; else the next reading
            if (
                p.type == "CONCEDE"
                and obj is None
                and any(
                    ch.dep_ == "ccomp" and not any(a.dep_ == "aux" and a.lower_ == "to" for a in ch.children)
                    for ch in tok.children
                )
            ):
                continue  # "she allowed that the plan had flaws": to allow or grant that is to admit
            if not self._said_as_event(p, tok) or self._other_sense(p, tok, obj):
                continue
            if c.type == "PROTEST" and any(ch.dep_ == "ccomp" for ch in tok.children):
                # "..., a human rights group protested": protesting a statement is criticism, not a rally
                c.type, c.mode, c.rule = "ACCUSE", "criticize", c.rule + " (said)"
                c.recipients = []
            if c.type == "SUPPORT" and lemma == "vote" and _condemning_motion(tok):
                # "voted in favour of a resolution condemning the member states", "voted for the censure motion": the
                # vote condemns what the motion does
                c.type, c.mode, c.rule = "ACCUSE", "criticize", c.rule + " (motion)"
            if (
                c.type == "SUPPORT"
                and obj is not None
                and _commits_to_an_act(obj, self.lex.sets.get("agreement", frozenset()))
            ):
                # "reaffirmed their commitment to coordinate economic policies": a commitment to act is a promise
                # (a commitment to an ally or a process, "reaffirmed its commitment to the alliance", supports it)
                c.type, c.mode, c.rule = "AGREE", "promise", c.rule + " (commitment)"
            if c.type == "AGREE" and lemma in OPINION_VERBS and _agrees_with_a_policy(tok):
                # "the union said it agreed with the government's plans": siding with a policy endorses it
                c.type, c.mode, c.rule = "SUPPORT", "endorse", c.rule + " (endorsed)"
            self._war_of_words(c)
            self._verbal_attack(c, c.obj)
            self._attack_on_an_idea(c, actors)
            self._attack_between_politicians(c, actors)
            self._clash_over_a_matter(c, actors)
            if (
                c.type == "CONCEDE"
                and c.obj is not None
                and c.obj.lemma_.lower() == "demand"
                and self._demand_of_a_market(c.obj)
            ):
                c.suppressed = True  # "would only serve to meet peak demand": buyers' demand, no party's
            if c.type == "ASSAULT" and any(
                ch.lower_ in ("test", "test-") or ch.lower_.startswith("test-") for ch in tok.children
            ):
                c.type, c.mode, c.rule = "MOBILIZE", "exercise", c.rule + " (test)"  # "test-fired its missiles"
            return c
        if not pats and self.similar is not None:  # optional (similar.py): a verb the lexicon lacks, by its neighbours
            found = self.similar.candidate(self, tok, actors)
            if found is not None:
                return found
        failed = self._measure_not_passed(tok, actors)
        if failed is not None:
            return failed
        return self._refusal(tok, actors) if lemma in REFUSABLE else None

    def _measure_not_passed(self, tok, actors: DocActors) -> Candidate | None:
        """ "the committee failed to approve a similar plan on a tie vote", "the budget, not accepted by either
        committee", "the Senate did not pass the bill": a body that votes and does not pass a measure before it
        rejects it (REJECT), whatever the tense; a firm's board or a person not approving is no vote."""
        if tok.lemma_.lower() not in PASSING_VERBS:
            return None
        failed = tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "fail"
        if not failed and not any(ch.dep_ == "neg" for ch in tok.children):
            return None
        measure = self.participants.object_of(tok)
        if measure is None or measure.lemma_.lower() not in MEASURES:
            return None
        voters = self.participants.agent_of(tok) if tok.tag_ == "VBN" else None
        if voters is None:
            voters = self.participants.subject_token(tok.head if failed else tok)
        if voters is None or not self._votes(voters, actors):
            return None
        c = Candidate(tok, "REJECT", "vote", f"vote:not {tok.lemma_.lower()}", obj=measure)
        c.subject = voters
        c.actors = self.participants.parties(voters, actors)
        c.recipients = [
            p for ch in measure.children if ch.dep_ == "poss" for p in self.participants.parties(ch, actors)
        ]
        return c

    def _votes(self, tok, actors: DocActors) -> bool:
        """Whether a phrase names a body that votes: a legislature or one of its committees ("either committee")."""
        if tok.lemma_.lower() in VOTING_BODIES:
            return True
        return any(p.get("sector") == "LEG" for p in self.participants.parties(tok, actors))

    def _said_as_event(self, p: Pattern, tok) -> bool:
        """Speech verbs that are events only for what they say: "insisted he was focused" states, "insisted
        that they must leave" demands; "warned that democracy might fail" predicts, "warned that the army
        would strike back" threatens."""
        if p.type == "REQUEST" and tok.lemma_.lower() == "ask" and p.particle is None:
            return _asks_for_something(tok)
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and not _relative_clause(c)), None)
        lemma = tok.lemma_.lower()
        warned_of = p.type == "THREATEN" and lemma == "warn" and clause is not None
        if clause is None or (any(c.dep_ in ("xcomp", "dobj") for c in tok.children) and not warned_of):
            return True
        if p.type == "REQUEST" and lemma in DEMAND_SPEECH_VERBS:
            modal = any(a.dep_ == "aux" and a.lower_ in ("must", "should", "shall", "ought") for a in clause.children)
            return modal or clause.tag_ == "VB"  # "insisted that the troops leave": subjunctive
        if p.type == "THREATEN" and lemma == "warn":
            hostile = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "PROTEST"}
            return any(
                (
                    t.lemma_.lower() in HOSTILE_INTENTS
                    or any(q.type in hostile for q in self.lex.verbs.get(t.lemma_.lower(), ()))
                )
                and self._agentive_subject(t)
                for t in _main_verbs(clause)
            )
        return True

    @staticmethod
    def _agentive_subject(verb) -> bool:
        """Whether someone could be doing what a warning names: "warned that the army would strike
        back" threatens; "warned that a rise in wages could undo the reforms" forecasts, since a rise,
        a move or a crisis does nothing on purpose."""
        subj = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return True
        return subj.lemma_.lower() in HUMAN_NOUNS or subj.lemma_.lower() in ARMED_BODIES

    @staticmethod
    def _other_sense(p: Pattern, tok, obj) -> bool:
        """Reads the pattern, the trigger and its object. The senses of force and cooperation verbs that
        are no political act: a bond "yields 7 pct", a firm "fights for its survival", a minister
        "inspected new tanks" on a tour, jurors "agree with the view that...", a refusal or a crisis that
        "forced" someone to act (a cause, no one's coercion)."""
        lemma = tok.lemma_.lower()
        subj = next((ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if tok.dep_ in ("acl", "relcl") and subj is None:
            subj = tok.head  # "notes yielding 8 pct": the noun the participle describes
        objects = [obj] if obj is not None else []
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        preps = {ch.lower_: [g for g in ch.children if g.dep_ == "pobj"] for ch in tok.children if ch.dep_ == "prep"}
        if p.type == "COERCE" and p.control and tok.pos_ == "VERB" and not CandidateFinder._agentive_subject(tok):
            return True  # "Washington's refusal had forced it to resume testing", "the crisis forced him out": a cause
        if (
            p.type == "REQUEST"
            and lemma in ("press", "push")
            and not any(ch.dep_ == "dobj" for ch in tok.children)
            and any(ch.dep_ in ("advmod", "prt") and ch.lower_ in GOING_ON_PARTICLES for ch in tok.children)
        ):
            return True  # "pressed ahead with the reform", "pushed on": going on with something asks no one
        if (
            p.type == "REQUEST"
            and lemma == "push"
            and any(ch.dep_ in ("advmod", "prt") and ch.lower_ == "back" for ch in tok.children)
        ):
            return True  # "rebels were pushed back by the army", "pushed back the deadline": moved, not asked
        if p.type == "CONCEDE" and lemma == "yield":
            figures = any(o.like_num or any(c.like_num for c in o.children) for o in objects)
            things = any(o.lemma_.lower() in YIELDED_THINGS for o in objects)
            return figures or things or (subj is not None and subj.lemma_.lower() in YIELDED_THINGS | MARKET_WORDS)
        if (
            lemma in EQUIPPING_VERBS
            and tok.tag_ == "VBN"
            and tok.dep_ in ("acl", "amod")
            and ParticipantFinder.agent_of(tok) is None
        ):
            # "gunmen armed with rifles", "police equipped with batons": what they carry, not an act of arming them
            return True
        if p.type == "REJECT" and lemma == "decline":
            # "car sales declined 62 pct to 4,922", "exports declined by a third": a fall, no refusal
            measured = objects + preps.get("to", []) + preps.get("by", [])
            if any(o.like_num or any(c.like_num for c in o.children) for o in measured):
                return True
        if p.type == "ACCUSE" and lemma in TOURING_VERBS:
            return any(o.lemma_.lower() in TOURED_THINGS or o.lemma_.lower() in WEAPON_WORDS for o in objects)
        if (
            p.type == "ASSAULT"
            and lemma == "fire"
            and subj is not None
            and subj.dep_ == "nsubjpass"
            and not preps.keys() & {"on", "at", "upon", "into"}
            and subj.lemma_.lower() not in WEAPON_WORDS | FIRED_THINGS
        ):
            return True  # "the chief executive and two directors were fired in January": dismissed; no target, no arms
        if p.type == "ASSAULT" and lemma == "rout" and ("through" in preps or "via" in preps):
            return True  # "loans would be routed through the central bank": "route", which the lemmatiser reads "rout"
        if p.type == "ASSAULT" and lemma in MATCH_VERBS:
            # "beat his compatriot 6-3 4-6 6-1", "crushed the visitors 3-0": a score makes it a match
            return _SCORE.search(tok.sent.text) is not None  # the tokenizer splits "6-3" into three tokens
        if p.type == "ASSAULT" and lemma in STRUGGLE_VERBS:
            fought = objects + preps.get("for", [])
            if any(o.lemma_.lower() in STRUGGLE_OBJECTS for o in fought):
                return True
            return not objects and _disputed_matter(tok)
        if p.type in ("REQUEST", "SUPPORT") and any(
            o.lemma_.lower() in MARKET_WORDS and not any(n.dep_ == "nummod" for n in o.children) for o in objects
        ):
            # "encouraged markets to test the accord", "backed the dollar": markets are no actors; a sum of
            # money is no market ("appealed for 50 million dollars in aid")
            return True
        if p.type == "COOPERATE" and lemma == "trade" and subj is not None and subj.pos_ == "NOUN":
            # "deliveries of wheat traded at 123", "shares traded higher": goods trade, states trade with states
            return not subj.ent_type_ and subj.lemma_.lower() not in HUMAN_NOUNS
        if p.type == "AGREE" and lemma in OPINION_VERBS:
            return any(o.lemma_.lower() in PROPOSITION_NOUNS for o in preps.get("with", [])) or _shares_a_view(tok)
        if (
            p.type == "SANCTION"
            and subj is not None
            and subj.dep_ == "nsubj"
            and subj.lemma_.lower() in EXCLUDING_THINGS
        ):
            return True  # "the review excludes the oil sector", "net excludes a loss": a scope, no sanction
        if p.type == "COOPERATE" and lemma == "invest" and subj is not None and subj.dep_ == "nsubjpass":
            # "the state is fully invested in the outcome": a stake someone holds; money is what is invested
            return (
                subj.pos_ in ("PROPN", "PRON")
                or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                or subj.lemma_.lower() in HUMAN_NOUNS
            )
        if p.type == "CONSULT" and lemma == "call":
            return _names_something(tok)
        if p.type == "AID" and lemma in ("help", "assist", "aid"):
            return subj is not None and _a_thing(subj)
        if p.type == "REQUEST" and lemma == "appeal":
            return "against" in preps  # "appealed against the verdict": a legal challenge, no request
        if p.mode == "praise":
            return _praises_nothing(tok)
        return False

    @staticmethod
    def _arriving(verb) -> bool:
        """ "aid arrived", "aid began arriving", "aid is trickling in": a verb of arrival, or one that
        begins or continues it."""
        if verb.lemma_.lower() in ARRIVAL_VERBS:
            return True
        return any(ch.dep_ == "xcomp" and ch.lemma_.lower() in ARRIVAL_VERBS for ch in verb.children)

    def _public_replier(self, head, actors: DocActors) -> bool:
        """Whether who rejects, heeds or bows to calls is the state or a public body: then the calls were
        public ("ministers rejected calls for an inquiry")."""
        verb = head.head if head.dep_ == "prep" else head
        return self._public(self.participants.subject_token(verb), actors)

    def _public(self, tok, actors: DocActors) -> bool:
        """Whether a phrase names a public body by its sector: a government, a party, a union or a campaign group. A
        state named as itself ("Brazil's request") is not read as one here (round 25: so read, it made rows the
        word reader already gave, and wrong ones)."""
        found = self.participants.parties(tok, actors) if tok is not None else []
        return any(p.get("sector") in PUBLIC_SECTORS for p in found)

    @staticmethod
    def _named_by_other(tok, verbs: list[Candidate]) -> bool:
        """An event noun that another word already makes an event or an allegation: the agent of a
        passive verb coded as an event ("shot by gunmen"), or what someone is blamed "for" ("blamed
        Israel for the bombing")."""
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ == "agent":
            return any(v.trigger.i == head.head.i for v in verbs)
        return (
            tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in ALLEGATION_HEADS | JUDGING_VERBS
        )

    @staticmethod
    def _source(tok, verb):
        """Where an attack came "from": "came under shelling from government forces"."""
        found = prep_object(tok, "from")
        return found if found is not None else prep_object(verb, "from")

    def _under_fire(self, tok, actors: DocActors) -> Candidate | None:
        """ "came under heavy fire from rebels": an attack on the subject; "came under fire over his
        remarks" or "from critics": criticism of the subject."""
        verb = tok.head.head
        subj = self.participants.subject_token(verb)
        preps = {p.lower_ for p in (*tok.children, *verb.children) if p.dep_ == "prep"}
        source = self._source(tok, verb)
        verbal = any(w in preps for w in TOPIC_PREPS) or (source is not None and source.lemma_.lower() in CRITIC_NOUNS)
        # "the minister came under fire from backbenchers": fire at a person or a body from no one armed, with
        # no arms in the sentence, is words ("the convoy came under fire", "from rebels" is shooting)
        armed = (
            source is not None and (source.lemma_.lower() in ARMED_NOUNS or self._armed_party(source, actors))
        ) or any(
            t.i != tok.i and (t.lemma_.lower() in ARMED_NOUNS or t.lemma_.lower() in WEAPON_WORDS) for t in tok.sent
        )
        verbal = verbal or (
            not armed
            and subj is not None
            and (
                subj.ent_type_ == "PERSON"
                or subj.lemma_.lower() in HUMAN_NOUNS | DISCOURSE_OBJECTS  # "the offer has come under fire"
                or bool(actors.actor_for(subj))
            )
            and not (actors.actor_for(subj) and actors.actor_for(subj)[0].sector in ("MIL", "REB"))
        )
        c = Candidate(
            tok,
            "ACCUSE" if verbal else "ASSAULT",
            "criticize" if verbal else "military",
            "noun:fire (under)",
            nominal=True,
        )
        c.recipients = self.participants.parties(subj, actors) if subj is not None else []
        c.actors = self.participants.parties(source, actors) if source is not None else []
        c.subject = source
        c.actor_optional = not verbal
        return c

    @staticmethod
    def _armed_party(tok, actors: DocActors) -> bool:
        hit = actors.actor_for(tok)
        return bool(hit) and hit[0].sector in ("MIL", "REB")

    @staticmethod
    def _war_of_words(c: Candidate) -> None:
        """ "attacked the plan", "clashed over the budget": force against an idea is criticism (ACCUSE);
        fighting or resisting one opposes it (REJECT: "would fight the government's attempt to block it"). Rebels or
        troops fighting a government or a regime wage war on it (ASSAULT stays); reads the candidate's actors."""
        opposing = c.trigger.lemma_.lower() in OPPOSING_FORCE_VERBS
        if c.type != "ASSAULT" or c.trigger.lemma_.lower() == "clash":
            return  # a clash is read with who clashes (_clash_over_a_matter)
        if c.trigger.lemma_.lower() not in WAR_OF_WORDS_VERBS and not opposing:
            if c.obj is not None and c.obj.lemma_.lower() in DISCOURSE_OBJECTS and not c.recipients:
                c.suppressed = True  # "to slaughter the council tax", "torpedoed the budget": a figure of speech
            return
        about = [c.obj] if c.obj is not None else []
        about += [
            p
            for prep in c.trigger.children
            if prep.dep_ == "prep" and prep.lower_ in ("over", "on", "about")
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        judged = any(  # "attacked by the Tories as too little, too late"
            ch.dep_ == "prep" and ch.lower_ == "as" for ch in c.trigger.children
        )
        thing = any(a.lower_ in ("that", "this", "it", "which") and a.dep_ in ("nsubjpass", "dobj") for a in about)
        if opposing and c.obj is not None and c.obj.head.lower_ == "for" and c.obj.lemma_.lower() in DISCOURSE_OBJECTS:
            c.suppressed = True  # "would fight for a tax increase": campaigning for a measure, no force, no opposing
        elif (
            opposing
            and any(a.lemma_.lower() in DISCOURSE_OBJECTS for a in about)
            # "rebels, who are fighting Managua's leftist government": armed men fight a regime with arms
            and not (
                any(p.get("sector") in ("MIL", "REB") for p in c.actors)
                and all(a.lemma_.lower() in RULING_BODIES for a in about)
            )
        ):
            c.type, c.mode = "REJECT", None
            c.rule += " (opposed)"
        elif not opposing and (judged or thing or any(a.lemma_.lower() in DISCOURSE_OBJECTS for a in about)):
            c.type, c.mode = "ACCUSE", "criticize"
            c.rule += " (war of words)"

    @staticmethod
    def _set_off(tok, event_type: str, mode: str | None) -> bool:
        """ "the verdict sparked protests", "the arrest triggered clashes": protests and fighting that a
        decision or an act sets off take place; their subject is the cause, not who protests or fights (an
        explosion a leak triggers is no attack, so only protests and fighting)."""
        return (
            tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in CAUSING_VERBS
            and (event_type == "PROTEST" or (event_type == "ASSAULT" and mode == "military"))
        )

    def _put_under(self, verb):
        """Who undergoes what "under" names, and who does it: "came under investigation" (the subject
        undergoes it, no one named does it); "the junta placed the leader under house arrest" (the object
        undergoes it, the subject does it)."""
        obj = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
        if obj is None:
            passive = next((ch for ch in verb.children if ch.dep_ == "nsubjpass"), None)
            return passive or self.participants.subject_token(verb), None
        return obj, self.participants.subject_token(verb)

    def _verbal_attack(self, c: Candidate, noun) -> None:
        """ "launched a scathing attack on the government's record", "his attack on the budget", "joined attacks on a
        controversial wage freeze", "whose handling of the economy is under attack at home and abroad": an attack noun
        that is scathing, aimed at a plan, a policy or a speech, or that a person or a policy is "under" with no arms
        in the sentence, is criticism (ACCUSE), not force."""
        if c.type != "ASSAULT" or noun is None or noun.lemma_.lower() not in ("attack", "assault", "onslaught"):
            return
        unarmed = not any(
            t.i != noun.i and (t.lemma_.lower() in ARMED_NOUNS or t.lemma_.lower() in WEAPON_WORDS) for t in noun.sent
        )
        undergoer = self.participants.subject_token(noun.head.head) if noun.head.lower_ == "under" else None
        # a person or a policy under attack is criticised; a town, a convoy or a state is more often shot at
        criticisable = undergoer is not None and (
            undergoer.ent_type_ == "PERSON"
            or undergoer.lemma_.lower()
            in HUMAN_NOUNS | DISCOURSE_OBJECTS | self.lex.sets.get("criticized", frozenset())
        )
        if unarmed and noun.dep_ == "pobj" and noun.head.lower_ == "under" and criticisable:
            c.type, c.mode = "ACCUSE", "criticize"
            c.rule += " (verbal attack)"
            c.doer_unnamed = (
                True  # "has come under increasing attack": criticised by critics the sentence need not name
            )
            return
        worded = any(ch.dep_ == "amod" and ch.lower_ in VERBAL_ATTACK_MODIFIERS for ch in noun.children)
        holders = (noun, c.trigger) if c.trigger.i != noun.i else (noun,)
        aimed_at = [
            p
            for h in holders
            for prep in h.children
            if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        criticised = self.lex.sets.get("criticized", frozenset()) | self.lex.sets.get("restriction", frozenset())
        if worded or any(
            a.lemma_.lower() in DISCOURSE_OBJECTS or (unarmed and a.lemma_.lower() in criticised) for a in aimed_at
        ):
            c.type, c.mode = "ACCUSE", "criticize"
            c.rule += " (verbal attack)"

    def _attack_on_an_idea(self, c: Candidate, actors: DocActors) -> None:
        """ "attacked the 'profit before everything' mentality", "fought over trade issues": force aimed at
        something abstract (no person, party, place, building or craft), with no arms in the sentence, is
        criticism (ACCUSE) by words."""
        if c.type != "ASSAULT" or c.nominal or c.trigger.lemma_.lower() not in WAR_OF_WORDS_VERBS:
            return
        target = c.obj
        named = next(
            (
                ch
                for ch in c.trigger.children
                if ch.dep_ in ("ccomp", "dobj")
                and ch.lemma_.lower() in NAMING_VERBS
                and any(g.dep_ == "dobj" and g.lower_ == "what" for g in ch.children)
            ),
            None,
        )
        if named is not None:
            # "attacked what he called the government's betrayal of farmers": what is attacked is what is so named
            target = next((ch for ch in named.children if ch.dep_ == "oprd"), None)
            owner = next((ch for ch in target.children if ch.dep_ == "poss"), None) if target is not None else None
            if owner is not None and not c.recipients:
                c.recipients = self.participants.parties(owner, actors)
        if target is None or target.pos_ != "NOUN" or target.ent_type_:
            return
        concrete = (
            # a thing so named is the speaker's word for what its owner did, whoever it is done to
            (named is None and (self.participants.human(target, actors) or self.participants.parties(target, actors)))
            or target.lemma_.lower() in STRUCK_TARGETS | ARMED_NOUNS | WEAPON_WORDS | CRAFT_WORDS
        )
        armed = any(
            t.i != c.trigger.i and (t.lemma_.lower() in ARMED_NOUNS or t.lemma_.lower() in WEAPON_WORDS)
            for t in c.trigger.sent
        )
        if not concrete and not armed:
            c.type, c.mode = "ACCUSE", "criticize"
            c.rule += " (war of words)"

    def _attack_between_politicians(self, c: Candidate, actors: DocActors) -> None:
        """ "The Tories attacked Mr Blair over the war", "I attack Michael Howard politically": a party or
        a legislator attacking a politician or a party, with no arms in the sentence, attacks in words
        (ACCUSE). States and their forces attack by force; so do gunmen attacking an MP with a knife."""
        if c.type != "ASSAULT" or c.nominal or c.trigger.lemma_.lower() not in WAR_OF_WORDS_VERBS:
            return
        political = ("PTY", "LEG")
        doers = [a for a in c.actors if a.get("sector") in political]
        targets = c.recipients or (self.participants.parties(c.obj, actors) if c.obj is not None else [])
        if not doers and not any(a.get("sector") in political for a in targets):
            return
        if any(party_kind(a) in ("country", "place") or a.get("sector") in ("MIL", "REB", "COP") for a in targets):
            return
        armed = any(
            t.i != c.trigger.i and t.lemma_.lower() in ARMED_NOUNS | WEAPON_WORDS | CONCRETE_VIOLENCE
            for t in c.trigger.sent
        )
        if not armed:
            c.type, c.mode = "ACCUSE", "criticize"
            c.rule += " (war of words)"

    def _clash_over_a_matter(self, c: Candidate, actors: DocActors) -> None:
        """Reads the trigger's prepositions, the sentence's words and the parties; writes the type. "Britain
        and Japan clashed over chip sales", "ministers clashed with the unions on pay": parties that clash over
        a matter, with no arms, police, crowd or casualty in the sentence, clash in words (ACCUSE). "Clashed
        over the weekend" is a time, "clashed over the border town" a place, and "protesters clashed with
        police over the law" fight over a matter."""
        if c.type != "ASSAULT" or c.nominal or c.trigger.lemma_.lower() != "clash":
            return
        heads = [c.trigger] + [
            p for prep in c.trigger.children if prep.dep_ == "prep" and prep.lower_ == "with" for p in prep.children
        ]
        about = [
            p
            for head in heads
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in ("over", "about", "on")
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        matters = [m for m in about if m.ent_type_ not in ("DATE", "TIME") and m.lemma_.lower() not in ADJUNCT_HEADS]
        if not matters or any(
            m.ent_type_ in ("GPE", "LOC", "FAC") or m.lemma_.lower() in PLACE_NOUNS | STRUCK_TARGETS for m in matters
        ):
            return
        force = ARMED_NOUNS | ARMED_BODIES | WEAPON_WORDS | CONCRETE_VIOLENCE | HARM_VERBS
        force |= self.lex.sets.get("protesters", set())
        if any(t.i != c.trigger.i and t.lemma_.lower() in force for t in c.trigger.sent):
            return
        if any(a.get("sector") in ("MIL", "REB", "COP") for a in (*c.actors, *c.recipients)):
            return
        c.type, c.mode = "ACCUSE", "criticize"
        c.rule += " (war of words)"

    def _refusal(self, tok, actors: DocActors) -> Candidate | None:
        """ "will not accept", "does not support": a refusal is a REJECT even without a pattern; so is readiness
        denied or unwillingness stated ("are not prepared to accept it", "is unwilling to accept the levy")."""
        if not any(ch.dep_ == "neg" for ch in tok.children) and not _readiness_denied(tok):
            return None
        if tok.lemma_.lower() in ("agree", "concur") and _shares_a_view(tok):
            return None  # "voters do not agree with its policies": an opinion, no refusal
        auxes = {ch.lower_ for ch in tok.children if ch.dep_ == "aux"}
        if auxes & {"did", "had", "was", "were", "could"} or (tok.tag_ in ("VBD", "VBN") and not auxes & FUTURE_AUX):
            return None
        if tok.lemma_.lower() == "return" and not self._returns_to_talks_or_hands_back(tok):
            return None  # "the party would not return to Blackpool", "will never return to the mistakes of the past"
        c = Candidate(
            tok, tok.lemma_.lower(), None, f"refusal:{tok.lemma_.lower()}", obj=self.participants.object_of(tok)
        )
        c.subject = self.participants.subject_token(tok)
        self.participants.arguments(c, actors)
        c.type, c.mode = "REJECT", tok.lemma_.lower()
        return c

    def _returns_to_talks_or_hands_back(self, tok) -> bool:
        """Whether "return" is going back to talks or to work ("will not return to the negotiating table", "would not
        return to work unless they got a rise") or giving something back ("will not return the islands"): only those,
        refused, turn something down; not a place or the past ("would not return to Blackpool")."""
        if any(ch.dep_ == "dobj" for ch in tok.children):
            return True
        talks = self.lex.sets.get("talks", frozenset()) | REFUSED_RETURNS
        return any(
            g.lemma_.lower() in talks
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "to"
            for g in p.children
            if g.dep_ == "pobj"
        )

    def _demand_of_a_market(self, tok) -> bool:
        """ "meet peak demand", "satisfy demand for gas": a demand met that is a market's (a word of markets, goods
        wanted, or the bare mass noun) rather than a party's ("met the miners' demands", "met their demand")."""
        if self._market_demand(tok) or any(ch.lower_ == "peak" for ch in tok.children):
            return True
        return tok.tag_ == "NN" and not any(ch.dep_ in ("det", "poss") for ch in tok.children)

    @staticmethod
    def _market_demand(tok) -> bool:
        """A demand of a market, not of a party: modified by a word of markets, or "for" goods (a demand
        "for" an act or a person's release is a request: "demands for his resignation")."""
        if any(ch.lower_ in MARKET_DEMAND_WORDS or ch.lemma_.lower() in MARKET_WORDS for ch in tok.children):
            return True
        wanted = [
            g
            for ch in tok.children
            if ch.dep_ == "prep" and ch.lower_ == "for"
            for g in ch.children
            if g.dep_ == "pobj"
        ]
        return (
            bool(wanted)
            and all(
                g.pos_ == "NOUN"
                and g.lemma_.lower() not in PUBLIC_MATTERS
                and not g.lemma_.lower().endswith(("tion", "ment", "al"))
                and g.ent_type_ == ""
                for g in wanted
            )
            and any(t.lemma_.lower() in MARKET_WORDS for t in tok.sent)
        )

    def _tried_for_something(self, tok) -> bool:
        """Whether "on trial" puts someone in the dock: tried for something ("on trial for fraud") or a person
        tried ("the general is on trial"); "the drug is on trial in three hospitals" tests it."""
        verb = tok.head.head
        if any(ch.dep_ == "prep" and ch.lower_ == "for" for t in (tok, verb) for ch in t.children):
            return True
        who = self.participants.subject_token(verb)
        return who is not None and (who.ent_type_ == "PERSON" or who.lemma_.lower() in HUMAN_NOUNS)

    @staticmethod
    def _trial_of_things(tok) -> bool:
        """ "clinical trials", "the trial of the vaccine": a trial of a drug or a method is science."""
        if tok.lemma_.lower() != "trial":
            return False
        tested = [ch for ch in tok.children if ch.dep_ in ("amod", "compound", "nmod")]
        tested += [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.subtree]
        if any(t.lemma_.lower() in TESTED_THINGS or t.lower_ in TESTED_THINGS for t in tested):
            return True
        # "completing trials of a gel": a trial of anything but people (or a firm) tests it
        of = [
            g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children if g.dep_ == "pobj"
        ]
        return bool(of) and not CandidateFinder._of_people(tok)

    @staticmethod
    def _of_people(tok) -> bool:
        """ "the trial of three opposition activists": the case is against people named after "of"."""
        return any(
            g.dep_ == "pobj"
            and (g.ent_type_ in ("PERSON", "ORG", "NORP") or g.lemma_.lower() in HUMAN_NOUNS | CASE_PARTIES)
            for ch in tok.children
            if ch.dep_ == "prep" and ch.lower_ == "of"
            for g in ch.children
        )

    @staticmethod
    def _asks_for_content(noun, acts_only: bool = False) -> bool:
        """Whether a noun of request names what is asked: "a request for a credit", "a demand that tenders be
        opened", "a call to end the strike" (not "the company's appeal", which may be a court's). With
        `acts_only` (a "demand", which may be a market's: "Japan's demand for oil"), what is asked "for" must be
        an act or a measure ("demand for the resignation of", "for reform")."""

        def asked(g) -> bool:
            if not acts_only:
                return True
            lemma = g.lemma_.lower()
            return g.dep_ == "pcomp" or lemma in PUBLIC_MATTERS or lemma.endswith(("tion", "ment", "sal", "ance"))

        return any(
            (
                ch.dep_ == "prep"
                and ch.lower_ == "for"
                and any(g.dep_ in ("pobj", "pcomp") and asked(g) for g in ch.children)
            )
            or (
                ch.dep_ in ("acl", "ccomp", "relcl")
                and ch.pos_ in ("VERB", "AUX")
                and any(m.lower_ in ("that", "to") and m.dep_ in ("mark", "aux") for m in ch.children)
            )
            for ch in noun.children
        )

    def _licence(self, tok, key: str, event_type: str, mode: str | None, verbs: list[Candidate]):
        """Whether an event noun reports an event where it stands, and how: (licence or None, status,
        type, mode). A noun names an event when a light verb carries it ("held talks"), when it is the
        subject of a verb of happening or of any verb ("the talks failed"), when a time or setting
        phrase holds it ("after talks", "at the start of a visit"), and protests and concrete violence
        wherever they stand; not when another word already makes it an event or an object."""
        lemma = tok.lemma_.lower()
        head = tok.head
        licensed = None
        status = "happened"
        tok_dep = "pobj" if tok.dep_ == "pcomp" else tok.dep_  # a gerund read as a noun: "under shelling"
        labour = lemma == "strike" and not armed_strike(tok)
        work = head.head if head.head.lemma_ in WORKS_ABOUT else tok.doc[head.i - 1]  # or hung on the verb
        if tok_dep == "pobj" and (
            head.lower_ == "about" or (head.lower_ in ("into", "on", "of") and work.lemma_ in WORKS_ABOUT)
        ):
            # "his report into the Brixton riots", "a film about the war", "Bloody Sunday, about the 1972
            # killings": what something is about is its topic, not news
            return "topic", status, event_type, mode
        if tok_dep == "pobj" and halted_on(head):
            # "a moratorium on air raids", "a ban on demonstrations": what is halted or forbidden is not told as done
            return "unasserted", status, event_type, mode
        if any(ch.dep_ == "amod" and ch.lower_ in HEDGED_MODIFIERS for ch in tok.children):
            # "Japan's alleged refusal to abide by the pact", "a suspected raid": claimed or possible, not told as done
            return "unasserted", status, event_type, mode
        if any(ch.dep_ == "det" and ch.lower_ == "any" for ch in tok.children):
            # "unaware of any attack", "denied any talks took place", "condemned any violence": "any" asserts
            # no such event, it ranges over all that might be
            return "unasserted", status, event_type, mode
        if event_type == "ASSAULT" and lemma == "strike" and tok.dep_ == "pobj" and head.lower_ == "on":
            event_type, mode = "PROTEST", "strike"  # "went on strike", "workers are on strike"
            licensed = "on strike"
            going = head.head
            if going.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("before", "until") for m in going.children
            ):
                status = "planned"  # "five days to agree before workers go on strike": a strike still to come
        elif event_type == "ASSAULT" and labour:
            # "500,000 workers stopped work on the first day of a strike" holds the strike wherever it stands;
            # "the strike has cut exports" where a noun of an event is news ("subject of happening")
            event_type, mode = "PROTEST", "strike"
            if any(t.lemma_.lower() in LABOUR_WORDS for t in tok.sent):
                licensed = "protest"
            elif tok.dep_ == "pobj" and (
                head.dep_ == "agent" or (head.lower_ == "to" and head.head.lower_ in ("due", "owing"))
            ):
                licensed = "cause"  # "port congestion caused by the strike", "delays due to the strike": it is on
            else:
                licensed, status, event_type, mode = self._licence(tok, key, event_type, mode, verbs)
                return (None if licensed == "protest" else licensed), status, event_type, mode
        elif (
            tok_dep == "pobj"
            and head.lower_ == "in"
            and head.head.dep_ == "ROOT"
            and head.head.pos_ in ("PROPN", "NOUN")
            and event_type in ("CONSULT", "COOPERATE", "PROTEST", "ASSAULT")
            and not any(t.pos_ in ("VERB", "AUX") for t in tok.sent)
        ):
            licensed = "headline"  # "Japan and Korea in fishing talks": a headline's verbless news
        elif (
            (held := _through_container(tok)).dep_ == "dobj"
            and held.head.lemma_.lower() in RECEIVING_VERBS
            and (
                event_type in ("SUPPORT", "ACCUSE", "THREATEN", "REQUEST", "AID", "REJECT")
                or (event_type == "PROTEST" and lemma == "protest")
            )
            and self._source(tok, held.head) is not None
        ):
            # "the decision won praise from Congress", "the villages received aid from Japan", "the plan met
            # strong opposition from the unions": who gives it is named after "from"; "won a degree of support
            # from Landry" through the measure of it; a protest received is a complaint made in words ("Washington
            # has received a protest from Moscow over the expulsions"), no rally
            licensed = "received"
            if event_type == "PROTEST":
                event_type, mode = "ACCUSE", "criticize"
        elif (
            tok.dep_ == "dobj"
            and head.lemma_.lower() in ("face", "stand", "await")
            and event_type == "ACCUSE"
            and mode in ("legal", "criticize")
            and not self._trial_of_things(tok)
        ):
            # "five managers face charges", "the firm faces a lawsuit", "the minister faced criticism over his
            # expenses": brought by someone unnamed
            licensed = "faced"
        elif (
            (held := _through_container(tok)).dep_ == "dobj"
            and held.head.lemma_.lower() in RECEIVING_VERBS
            and event_type == "ACCUSE"
            and mode == "criticize"
            and lemma not in ("complaint", "complaints")
        ):
            # "the proposal has attracted a storm of international criticism", "the plan drew criticism": criticism
            # received from no one named is faced, its critics unnamed; complaints are received by whoever hears
            # them ("the watchdog received very few complaints"), against someone else
            licensed = "faced"
        elif lemma == "pressure" and (
            (tok.dep_ == "dobj" and head.lemma_.lower() in ("face", "feel"))
            or (tok_dep == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"))
        ):
            # "Japan faces pressure from Washington to open its markets", "Malaysia has come under pressure from
            # producers to join the pact": pressed by whom "from" names (a party, below), the subject is asked
            licensed = "faced"
        elif (
            tok_dep == "pobj"
            and head.lower_ == "on"
            and head.head.pos_ in ("VERB", "AUX")
            and event_type == "ACCUSE"
            and mode == "legal"
            and not self._trial_of_things(tok)
            and (lemma != "trial" or self._tried_for_something(tok))
            and not any(v.trigger.i == head.head.i and v.type == event_type for v in verbs)  # "put on trial"
            and not any(  # "will stand trial on bribery charges": the charges are what the trial is for
                ch.dep_ in ("dobj", "attr")
                and self.lex.nouns.get(ch.lemma_.lower(), self.lex.nouns.get(ch.lower_, (None,)))[0] == event_type
                for ch in head.head.children
            )
        ):
            # "five managers went on trial for fraud", "the general is on trial", "was arrested on charges of
            # spying": a case brought against the one it stands on, by someone unnamed
            licensed = "faced"
        elif (
            event_type == "ACCUSE"
            and mode == "legal"
            and not self._trial_of_things(tok)
            and (
                (tok.dep_ == "dobj" and head.lemma_.lower() in ANSWERING_CHARGES)
                or (
                    tok_dep == "pobj"
                    and head.lower_ == "to"
                    and (head.head.lemma_.lower() in ANSWERING_CHARGES or head.head.head.lemma_.lower() == "plead")
                )
            )
        ):
            # "Mr Ebbers has denied charges of fraud", "pleaded not guilty to the charges", "entered a guilty plea
            # to four charges": answering a case presupposes it was brought against the one who answers
            licensed = "faced"
        elif (
            event_type == "AID"
            and tok.dep_ == "nsubj"
            and head.lemma_.lower() in ARRIVAL_VERBS
            and self._source(tok, head) is not None
        ):
            licensed = "sent from"  # "aid from the EU arrived", "aid is trickling in from neighbouring states"
        elif event_type == "AID" and tok.dep_ == "nsubj" and key in ARRIVING_AID and self._arriving(head):
            licensed = "arrived"  # "aid is trickling into the villages": given, though the giver is not named
        elif tok.dep_ == "dobj" and head.lemma_.lower() in PLANNING_VERBS:
            licensed, status = "planned", "planned"  # "farmers are planning a protest": still to come
        elif event_type == "CONSULT" and self._meeting_scheduled(tok, tok_dep, head):
            licensed, status = "scheduled", "planned"
        elif tok.dep_ == "dobj" and head.lemma_.lower() == "have" and event_type in ("SUPPORT", "AID"):
            pass  # "the plan has less support now", "has the backing of": who has support is given it, gives none
        elif tok.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
            if not (event_type in GIVING_TYPES and head.lemma_.lower() in ENDING_VERBS):
                licensed = "light verb"  # not "ended copper shipments", "ended its aid": given no more
        elif tok.dep_ == "dobj" and head.lemma_.lower() == "take" and mode == "legal":
            licensed = "light verb"  # "took legal action against the government" ("take" is no light verb of aid)
        elif (
            tok.dep_ in ("dobj", "nsubjpass")
            and event_type == "REQUEST"
            and lemma in ("demand", "request")
            and head.lemma_.lower() in DEMAND_PRESENTING_VERBS
        ):
            licensed = "light verb"  # "outlined its demands to the employers", "the demands were presented to Tokyo"
        elif self._set_off(tok, event_type, mode):
            licensed = "set off"  # "the verdict sparked protests": what a decision sets off happens, by whom unsaid
        elif (
            tok.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lemma_.lower() in PHASE_NOUNS
            and head.head.dep_ in ("dobj", "nsubjpass")
            and head.head.head.lemma_.lower() in LIGHT_VERBS
        ):
            licensed = "phases"  # "held two rounds of talks", "a series of raids was launched": the verb carries them
        elif (
            tok.dep_ == "compound"
            and head.lemma_.lower() in EFFORT_NOUNS
            and head.dep_ == "dobj"
            and head.head.lemma_.lower() in LIGHT_VERBS
        ):
            licensed = "light verb"  # "launched a mediation effort", "began a bombing campaign"
        elif tok.dep_ == "nsubjpass" and head.lemma_.lower() in LIGHT_VERBS:
            licensed = "light verb"  # "rallies were held", "talks were conducted"
        elif (
            tok_dep == "pobj"
            and head.lower_ == "under"
            and event_type == "ASSAULT"
            and head.head.lemma_.lower() in UNDERGO_VERBS
        ):
            licensed = "under attack"  # "the town came under shelling from government forces"
        elif (
            tok.dep_ == "pobj"
            and head.lower_ == "for"
            and event_type == "CONSULT"
            and head.head.lemma_.lower() in MOTION_VERBS | SENDING_VERBS
        ):
            licensed = "trip for"  # "flew to the capital for talks with his counterpart", "sent him for talks"
        elif tok.dep_ == "pobj" and head.lower_ == "for" and event_type == "CONSULT" and _awaited(head.head):
            licensed, status = "trip for", "planned"  # "the minister is expected in Algiers on Friday for talks"
        elif tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in PLAN_NOUN_VERBS:
            licensed, status = "planned", "planned"  # "rallies were planned", "talks are scheduled"
        elif (
            event_type in ("CONSULT", "RETREAT", "COERCE", "ASSAULT", "SANCTION", "PROTEST")
            and tok.dep_ == "nsubj"
            and head.pos_ in ("VERB", "AUX")
            and not _evaluated_now(head)
            and not _a_kind_described(tok, head)
        ):
            licensed = "subject of happening"  # "the talks failed", "the release of X has eased tensions"
        elif (
            event_type == "ACCUSE"
            and mode in ("investigate", "legal")
            and tok.dep_ == "nsubj"
            and head.pos_ in ("VERB", "AUX")
            and (
                any(ch.dep_ == "poss" for ch in tok.children)
                # "a police investigation into the shooting is under way", "the Senate inquiry found": whose it is
                or (mode == "investigate" and any(_inquiring_body(ch) for ch in tok.children))
                # "the trial of three activists opened": a case against people named after "of"
                or (mode == "legal" and not self._trial_of_things(tok) and self._of_people(tok))
            )
        ):
            licensed = "subject of happening"  # "the senator's inquiry looked at whether firms rigged bids"
        elif (
            tok.dep_ == "pobj"
            and head.lower_ == "for"
            and head.head.pos_ == "VERB"
            and head.head.lemma_.lower() in PLANNING_VERBS
        ):
            licensed, status = "planned", "planned"  # "the army was preparing for strikes": not yet made
        elif tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in ENGAGE_VERBS:
            licensed = "light verb"  # "engaged in ethnic cleansing": the subject does it
        elif (
            event_type == "PROTEST"
            and tok.dep_ == "pobj"
            and head.lower_ == "in"
            and not any(ch.dep_ in ("det", "poss", "amod") for ch in tok.children)
        ):
            licensed = "protest"  # "struck in protest at the plans": how they acted, not when
        elif (
            event_type in ("REQUEST", "THREATEN")
            and tok.dep_ == "pobj"
            and head.lower_ in GRIEVANCE_PREPS | {"by"}
            and head.head.lower_ in DISMAY_WORDS
            and said_from(tok) is not None
        ):
            # "Japan is disappointed at the recent threats of retaliation from the EC": dismay at them, as a reply,
            # presupposes them
            licensed = "answered"
        elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in TIME_PREPS:
            licensed = f"after '{head.lower_}'"
            if head.lower_ in ("before", "ahead"):
                status = "planned"
        elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in AFTERMATH_NOUNS:
            # "resigned in the aftermath of a government enquiry", "in the wake of the riots": what came before
            licensed = f"after '{head.head.lower_} of'"
        elif tok.dep_ == "pobj" and (
            (head.lower_ == "of" and head.head.lower_ == "ahead")
            or (head.lower_ == "to" and head.head.lower_ == "prior")
        ):
            # "ahead of an EU summit later in the week", "prior to talks with U.S. officials": still to come
            licensed, status = "adjunct", "planned"
        elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ("because", "result"):
            licensed = "adjunct"
        elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SETTING_HEADS:
            licensed = "adjunct"  # "at the start of a four-nation visit", "in the wake of the protests"
        elif tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in RESPONSE_NOUNS:
            licensed = "adjunct"  # "in response to a missile strike on the tanker"
        elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "eve":
            licensed, status = "on the eve of", "planned"  # "on the eve of a visit by Arafat"
        elif (
            tok.dep_ == "attr"
            and event_type not in THERE_WAS_UNREAD
            and head.lemma_ == "be"
            and any(ch.dep_ == "expl" for ch in head.children)
            and not any(ch.lower_ in ("no", "any") for ch in tok.children)
            and not any(
                ch.dep_ == "neg" or (ch.dep_ == "aux" and ch.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX)
                for ch in head.children
            )
        ):
            # "there had been 11 arrests", "there were talks between the two sides": what there was took place; "there
            # were no talks" tells none, and "there will be a strike" (a forecast as often as a plan) is not read here.
            # Force keeps its own licences ("there had been an 'explosion' of quangos" is a figure), and words of a
            # stance said so ("there was opposition to the plan", "there have been calls for") are a mood as often
            licensed = "there was"
        elif tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in HAPPENING_VERBS:
            licensed = "subject of happening"
        elif (
            event_type == "CONSULT"
            and tok.dep_ in ("nsubj", "nsubjpass")
            and (
                head.lemma_.lower() in TALKS_STATES
                or head.lower_ in TALKS_STATES
                or any(ch.dep_ == "acomp" and ch.lower_ in TALKS_STATES for ch in head.children)
            )
        ):
            # "talks between Iran and Iraq are deadlocked", "the negotiations have stalled": only talks held can be
            licensed = "subject of happening"
        elif tok.dep_ == "pobj" and head.lower_ == "under" and event_type in ("ACCUSE", "COERCE"):
            licensed = "under"  # "put under investigation", "placed under arrest": the subject undergoes it
        elif event_type in ("REQUEST", "THREATEN") and (
            (tok.dep_ == "dobj" and _phrasal_lemma(head) in REPLY_VERBS)
            or (tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in REPLY_TO_VERBS)
        ):
            # "rejected calls for an inquiry", "bowed to demands", "dismissed the threats": a reply presupposes them
            licensed = "answered"
        elif event_type == "REQUEST" and tok.dep_ == "pobj" and head.lower_ in ("at", "on") and lemma == "request":
            licensed = "answered"  # "at the request of the government": it was asked
        elif event_type == "ASSAULT" and tok.dep_ == "nsubjpass" and head.lemma_.lower() in ATTRIBUTING_VERBS:
            licensed = "attributed"  # "the killings were attributed to the rebels": done, and by whom it is said
        elif (
            tok.dep_ in ("dobj", "nsubjpass", "compound")
            or self._named_by_other(tok, verbs)
            or (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in HEARSAY_NOUNS)
        ):
            pass  # "postponed the demonstration", "attack helicopters", "hit by gunfire": not an event of its own
        elif key.startswith("joint "):
            licensed = "joint"  # "improving thanks to joint operations"
        elif event_type == "ASSAULT" and lemma in CONCRETE_VIOLENCE:
            licensed = "violence"  # "heavy shelling suggests", "a string of kidnappings by a clan"
        elif event_type == "PROTEST" and mode in ("demonstrate", "riot", "strike") and not _a_kind_described(tok, head):
            # protests are done by people wherever the noun stands: "in the face of public protests",
            # "days of demonstrations", "by parliamentary boycotts"
            licensed = "protest"
        elif event_type == "CONSULT" and tok_dep in ("pobj", "attr", "nsubj", "appos", "conj") and _parties_named(tok):
            # talks whose parties the phrase names are talks held, wherever the phrase stands: "there were talks
            # between the United States and Japan", "sending Shultz to Moscow for talks with Shevardnadze",
            # "its stance in negotiations with Tokyo" (a verb's object is that verb's: "proposed talks with")
            licensed = "parties named"
        elif (
            event_type == "AGREE"
            and mode == "sign"
            and lemma != "deal"  # "the deal" is as often a sale as an accord
            and tok_dep in ("pobj", "attr", "nsubj", "nsubjpass", "appos", "conj")
            and _parties_named(tok)
        ):
            # an accord whose parties the phrase names was made, wherever the phrase stands: "OPEC's December
            # agreement to cut output", "the accord between Iraq and Iran" (the object of a verb is that verb's:
            # "signed an agreement with", "proposed a treaty with")
            licensed = "parties named"
        return licensed, status, event_type, mode

    @staticmethod
    def _meeting_scheduled(tok, tok_dep: str, head) -> bool:
        """ "Debt talks scheduled to begin next month", "a summit set for June", "laid the groundwork for talks next
        week", "no date has been set for the talks": a meeting on a schedule, or one prepared for, is still to come
        (round 36)."""
        if any(ch.dep_ == "acl" and ch.lemma_.lower() in SCHEDULED_WORDS for ch in tok.children):
            return True
        if tok_dep != "pobj" or head.lower_ != "for":
            return False
        owner = head.head
        if owner.lemma_.lower() in PREPARATION_NOUNS:
            return True  # "the groundwork for talks", "preparations for the summit"
        # "no date has been set for the talks", "set a date for the meeting": a date fixed or sought for it
        dated = any(ch.dep_ in ("nsubjpass", "dobj") and ch.lemma_.lower() == "date" for ch in owner.children)
        return owner.lemma_.lower() in DATE_SETTING_VERBS and dated

    def _noun(self, tok, actors: DocActors, verb_subjects: set[int], verbs: list[Candidate]) -> Candidate | None:
        lemma = tok.lemma_.lower()
        key = lemma
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and f"{prev.lower_} {lemma}" in self.lex.nouns:
            key = f"{prev.lower_} {lemma}"
        elif prev is not None and f"{prev.lower_} {tok.lower_}" in self.lex.nouns:
            key = f"{prev.lower_} {tok.lower_}"
        elif lemma == "fire" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
            return self._under_fire(tok, actors)
        elif lemma in RECEPTION_NOUNS and any(ch.dep_ == "amod" and ch.lower_ in COLD_WORDS for ch in tok.children):
            # "gave a cool initial reaction to the proposals", "a frosty reception for the plan": a cold answer turns
            # it down (a reception's warmth is no act of its own)
            key = "cold reception"
        elif lemma not in self.lex.nouns and tok.lower_ not in self.lex.nouns:
            return None
        if tok.ent_type_ in ("DATE", "TIME") or (tok.pos_ == "PROPN" and tok.ent_type_ not in ("", "EVENT")):
            return None  # "in March" is a month, "Operation Storm" a name
        if (
            lemma in STRUGGLE_VERBS | {"fighting"}
            and prev is not None
            and prev.text == "-"
            and tok.i >= 2
            and actors.actor_for(tok.doc[tok.i - 2]) is None
        ):
            return None  # "crime-fighting", "fire-fighting": a kind of work named by what it fights, no fight
        if lemma == "stoppage" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "time":
            return None  # "scored in stoppage time": the minutes added to a match, no strike
        if (key in MEDIA_EVENTS or (prev is not None and f"{prev.lower_} {tok.lower_}" in MEDIA_EVENTS)) and not (
            any(ch.lower_ == "joint" for ch in tok.children)
            or any(ch.dep_ == "prep" and ch.lower_ == "with" for ch in tok.children)
        ):
            # "told a press conference": a setting for speaking to reporters, no meeting of parties ("a joint
            # news conference with his counterpart" is one)
            return None
        if (
            key.endswith((" call", " conversation"))
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "in"
            and speech_verb(tok.head.head)
            and not any(ch.dep_ == "prep" and ch.lower_ in ("with", "between") for ch in tok.children)
        ):
            # "a spokesman said in a telephone call from Washington": the line a statement came down, no meeting
            return None
        event_type, mode = self.lex.nouns.get(key) or self.lex.nouns[tok.lower_]
        if self._trial_of_things(tok):
            return None  # "began a clinical trial of the compound": science, no court case
        if event_type == "AGREE" and any(ch.dep_ == "amod" and ch.lower_ == "broken" for ch in tok.children):
            return None  # "broken promises", "a broken deal": given before and broken, not given here
        if lemma == "opposition" and not _prep_of_noun(tok, ("to", "from")):
            # "the opposition said", "leader of the opposition": the parties, not opposing something ("opposition
            # to the plan", "despite opposition from the unions" are, and "reaffirmed its opposition to the tax",
            # "to" read as the verb's)
            return None
        head = tok.head
        licensed, status, event_type, mode = self._licence(tok, key, event_type, mode, verbs)
        if licensed in ("topic", "unasserted"):
            return None
        agent = None
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                agent = next((p for p in child.children if p.dep_ == "pobj"), None)
            if child.dep_ == "poss":
                agent = agent or child
        if agent is None and (
            event_type in ("REQUEST", "REJECT", "THREATEN") or (event_type == "ACCUSE" and mode == "criticize")
        ):
            # "calls from opposition parties", "at the request of the North Yemen government", "drew
            # criticism from the opposition", "despite objections from the unions"; "the opposition of the United
            # States to a new tax": with what is opposed after "to", "of" names who opposes
            # "over the objections of the Republicans": "of" names a party who objects, as "from" does (what is
            # rejected is no party: "the rejection of the plan")
            # "threats of retaliation from the EC": "of" names what is threatened, "from" who threatens
            holders = ("from", "of") if event_type in ("REQUEST", "REJECT") else ("from",)
            source = said_from(tok) if event_type == "THREATEN" else None
            agent = source if source is not None and actors.actor_for(source) else None
            agent = agent or next(
                (
                    g
                    for ch in tok.children
                    if ch.dep_ == "prep" and ch.lower_ in holders
                    for g in ch.children
                    if g.dep_ == "pobj" and actors.actor_for(g)
                ),
                None,
            )
        if agent is None and event_type == "CONSULT":
            # "the visit of Sergei Lavrov to North Korea": with a trip, "of" names who made it
            agent = next(
                (
                    g
                    for ch in tok.children
                    if ch.dep_ == "prep" and ch.lower_ == "of"
                    for g in ch.children
                    if g.dep_ == "pobj" and (g.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or actors.actor_for(g))
                ),
                None,
            )
        if agent is None and event_type in ("CONSULT", "ASSAULT", "PROTEST"):
            # "during the Clinton visit", "a Russian air strike": a name before the noun says whose it is
            agent = next(
                (
                    ch
                    for ch in tok.children
                    if ch.dep_ in ("compound", "amod")
                    and ch.ent_type_ in ("PERSON", "ORG", "NORP")  # "the Cairo meeting" is where, not whose
                    and actors.actor_for(ch) is not None
                ),
                None,
            )
        said_against = event_type == "REJECT" or (event_type == "ACCUSE" and mode == "criticize")
        # a state's demand is its own too ("a U.S. demand that Japan end quotas"), as its refusal is
        owned_by_state = said_against or event_type == "REQUEST"
        if agent is None and (
            event_type in ("ASSAULT", "PROTEST", "COERCE", "SANCTION", "REQUEST", "REJECT")
            or said_against
            or mode == "investigate"  # "a government enquiry", "a police investigation": who inquires
        ):
            # "an opposition boycott", "a police crackdown", "army raids", "Tory demands", "U.S. objections", "U.S.
            # anger over Japanese trade practices": an actor named before a noun of force, protest, demand, refusal
            # or displeasure is who carries it out (a place there says where: "the Gaza raid")
            agent = next(
                (
                    ch
                    for ch in tok.children
                    # "U.S. objections", "Japanese anger", "a North Korean call for talks": by nationality too, where
                    # a request names what it asks ("heavy Soviet demand" is a market's)
                    if (
                        ch.dep_ == "compound"
                        or (
                            owned_by_state
                            and ch.dep_ == "amod"
                            and ch.ent_type_ == "NORP"
                            and (said_against or self._asks_for_content(tok, acts_only=lemma == "demand"))
                        )
                    )
                    and ch.i < tok.i
                    and (hit := actors.actor_for(ch)) is not None
                    # a state's refusal, anger or demand is its own ("U.S. objections", "Japanese anger"); a state
                    # before a raid or a protest is where it was ("the Iraq war", "the Gaza raid"), unless its short
                    # name stands as its adjective ("a U.S. attack", "UK air strikes": done by it)
                    and (
                        hit[0].kind not in ("place", "country")
                        or (hit[0].kind == "country" and (owned_by_state or _state_adjective(ch)))
                    )
                ),
                None,
            )
        by_agent = any(ch.dep_ == "prep" and ch.lower_ == "by" for ch in tok.children)
        if (
            agent is not None
            and licensed is None
            and (
                by_agent
                or event_type in ("ASSAULT", "COERCE", "SANCTION", "PROTEST")
                or (event_type == "ACCUSE" and mode == "criticize")  # "prompted criticism from rights groups"
                or event_type == "REJECT"  # "despite stiff opposition from the Socialists", "over U.S. objections"
                # "would consider his country's request for a credit", "the union's demand that the plant stay
                # open": a request whose maker and whose content are named was made
                or (event_type == "REQUEST" and self._asks_for_content(tok, acts_only=lemma == "demand"))
            )
        ):
            licensed = "agent named"  # "an attack by its aircraft", "a call by the president for ..."
        if licensed is None:
            return None
        if licensed == "answered" and not self._public_replier(head, actors) and not self._public(agent, actors):
            # "the company rejected calls for a dividend", "artists met fans' demand for music": who asked,
            # and who answers, are private
            return None
        if event_type == "PROTEST" and any(t.lemma_.lower() in MARKET_WORDS for t in tok.sent):
            return None  # "crude extended its rally": prices, not protest
        if lemma == "demand" and self._market_demand(tok):
            return None  # "make up demand for its cars", "strong domestic demand": a market's demand
        if lemma == "pressure" and not (
            agent is not None
            and (hit := actors.actor_for(agent)) is not None
            and political_party(self.participants.party(hit))
            and not any(t.lemma_.lower() in MARKET_WORDS for t in tok.sent)
        ):
            # "after sustained pressure from opposition parties" asks; "selling pressure from funds", "pressure on
            # prices", "under pressure" name a force of markets or no one
            return None
        if key in MARKET_HOMONYMS and any(t.lemma_.lower() in MARKET_WORDS | SECURITIES_WORDS for t in tok.sent):
            return None  # "issued warrants to buy 500,000 shares": an instrument of finance, no arrest
        if lemma == "march" and (
            head.lemma_.lower() in MUSIC_WORDS
            or head.head.lemma_.lower() in MUSIC_WORDS
            or any(ch.dep_ == "appos" or ch.is_quote for ch in tok.children)
        ):
            return None  # "the playing of the Russian march": music
        # "resigned after sustained criticism", "amid allegations of fraud": criticism that a time phrase
        # places was made, by critics the sentence need not name
        criticised = event_type == "ACCUSE" and licensed.startswith("after '")
        if (
            event_type in ("AID", "SUPPORT", "REQUEST", "THREATEN", "REJECT", "COOPERATE", "ACCUSE")
            and agent is None
            and not criticised
            and licensed
            not in (
                "light verb",
                "phases",
                "subject of happening",
                "under",
                "joint",
                "received",
                "faced",
                "sent from",
                "arrived",
                "answered",
            )
        ):
            return None
        if any(
            c.trigger.i == tok.i
            or (c.obj is not None and c.obj.i == tok.i and licensed not in ("agent named", "answered", "faced"))
            for c in verbs
        ):
            return None
        if licensed in ("trip for", "protest") and any(
            v.trigger.i == head.head.i and v.type == event_type for v in verbs
        ):
            return None  # "travelled to Ankara for talks", "walked out in protest": one act, coded from the verb
        if tok.i in verb_subjects and licensed == "subject of happening" and head.lemma_.lower() in HAPPENING_VERBS:
            # "the attack killed ten" is one event, coded from the verb; whose attack it was did it ("an Israeli air
            # raid on the camp killed six": Israel killed them)
            hit = actors.actor_for(agent) if agent is not None and event_type == "ASSAULT" else None
            for v in verbs if hit is not None else ():
                if v.trigger.i == head.i and v.type == "ASSAULT" and not v.actors:
                    v.subject, v.actors = agent, [self.participants.party(hit)]
            return None
        if any(ch.dep_ == "amod" and ch.lower_ in AHEAD_ADJECTIVES for ch in tok.children):
            status = "planned"  # "this upcoming meeting", "the planned visit"
        c = Candidate(tok, event_type, mode, f"noun:{key} ({licensed})", nominal=True, status=status)
        c.doer_unnamed = (
            licensed in ("faced", "arrived", "answered") or (event_type == "ACCUSE" and mode == "legal") or criticised
        )
        if agent is not None:
            hit = actors.actor_for(agent)
            if hit:
                c.actors = [self.participants.party(hit)]
            elif agent.pos_ == "PRON":
                agent = None  # "their withdrawal": the one who completes it
        if licensed == "headline":
            c.subject = head.head
            c.actors = self.participants.parties(head.head, actors)
        elif licensed == "faced":  # who faces the charges is their target; who brings them is not said
            verb = head.head if head.pos_ == "ADP" else head  # "went on trial": the verb the phrase stands on
            if _through_container(tok) is not tok:
                verb = _through_container(tok).head  # "attracted a storm of criticism": the verb that has the storm
            # "police arrested the mayor on charges of bribery": the one held is charged, not the police
            held = verb.lemma_.lower() in HELD_ON_CHARGES
            facing = self.participants.object_of(verb) if held else self.participants.subject_token(verb)
            c.recipients = self.participants.parties(facing, actors) if facing is not None else []
        elif licensed == "received":  # who gives it is named after "from"; who receives it is the subject
            receiving = _through_container(tok).head
            source = self._source(tok, receiving)
            c.subject = source
            c.actors = self.participants.parties(source, actors)
            receiver = self.participants.subject_token(receiving)
            if receiver is not None:
                owner = next((ch for ch in receiver.children if ch.dep_ == "poss"), None)
                c.recipients = self.participants.parties(owner if owner is not None else receiver, actors)
        elif licensed == "sent from":  # who sends it is named after "from"
            source = self._source(tok, head)
            c.subject = source
            c.actors = self.participants.parties(source, actors)
        elif licensed == "arrived":  # who receives it is where it arrives
            arrival = next((ch for ch in head.children if ch.dep_ == "xcomp"), head)
            where = [ch for ch in arrival.children if ch.dep_ == "prep" and ch.lower_ in ("in", "into", "to")]
            c.recipients = next((found for prep in where if (found := self.participants.country_in(prep, actors))), [])
        elif licensed in ("under attack", "trip for"):
            verb = head.head
            subj = self.participants.subject_token(verb)
            if licensed == "under attack":
                c.recipients = self.participants.parties(subj, actors) if subj is not None else []
                source = self._source(tok, verb)
                c.actors = self.participants.parties(source, actors) if source is not None else []
                c.subject = source
            else:
                # "flew to Cairo for talks"; "is expected in Algiers for talks": the one awaited travels;
                # "sending Shultz to Moscow for talks": the one sent
                sent = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
                if verb.lemma_.lower() in SENDING_VERBS:
                    subj = sent
                subj = subj or next((ch for ch in verb.children if ch.dep_ == "nsubjpass"), None)
                c.subject = subj
                c.actors = self.participants.parties(subj, actors) if subj is not None else []
        elif (
            agent is None
            and event_type == "CONSULT"
            and licensed in ("after 'at'", "after 'during'")
            and head.head.pos_ in ("VERB", "AUX")
            and (speech_verb(head.head) or head.head.lemma_.lower() in STANCE_TAKING)
        ):
            # "at today's meeting the Spanish delegation expressed strong reservations", "during the talks, Japan
            # said ...": one who speaks at a meeting takes part in it ("police arrested 30 at a meeting" does not)
            who = self.participants.subject_token(head.head)
            c.subject = who
            c.actors = self.participants.parties(who, actors) if who is not None else []
        elif agent is None and licensed == "phases":
            verb = head.head.head  # who held the rounds, or by whom they were launched
            who = (
                self.participants.agent_of(verb)
                if head.head.dep_ == "nsubjpass"
                else self.participants.subject_token(verb)
            )
            if who is not None:
                c.subject = who
                c.actors = self.participants.parties(who, actors)
        elif agent is None and licensed == "light verb" and tok.dep_ == "nsubjpass":
            by = self.participants.agent_of(head)
            if by is not None:
                c.subject = by
                c.actors = self.participants.parties(by, actors)
        elif agent is None and (
            licensed in ("light verb", "on strike")
            # "Washington is planning sanctions against Tokyo", "the army was preparing for strikes": who plans it
            or (licensed == "planned" and tok.dep_ in ("dobj", "pobj"))
        ):
            carrier = head.head if head.dep_ == "prep" or (tok.dep_ == "compound" and head.pos_ == "NOUN") else head
            subj = self.participants.subject_token(carrier)
            if subj is not None:
                c.subject = subj
                c.actors = self.participants.parties(subj, actors)
        elif agent is None and (
            ((licensed.startswith("after") or licensed == "adjunct") and event_type == "CONSULT")
            or licensed == "joint"
            or (licensed == "protest" and head.lower_ == "in")  # "dockers walked out in protest": they protest
        ):
            subj = self.participants.subject_token(clause_verb(tok))
            if subj is not None:
                c.subject = subj
                c.actors = self.participants.parties(subj, actors)
        # "fighting in Russia's Kursk region", "talks at the ministry": in and at say where, not against whom,
        # except for the nouns of entering another's affairs ("intervention in Libya")
        target_preps = tuple(NOUN_TARGET_PREPS)
        if event_type in ("RETREAT", "COERCE", "ASSAULT") or (event_type == "ACCUSE" and mode == "legal"):
            target_preps += ("of",)  # "the release of X", "the arrest of X", "the killing of X": X undergoes it
        elif event_type == "ACCUSE" and mode == "criticize":
            target_preps += ("of", "over", "at")  # "Tokyo's criticism of Washington", "anger at the government"
        if lemma in INTRUSION_NOUNS:
            target_preps += ("in",)
        # "a mediation effort between A and B": the phrase's prepositions belong to the event noun too
        owners = [tok, head] if tok.dep_ == "compound" else [tok]
        for child in (ch for owner in owners for ch in owner.children):
            if child.dep_ == "prep" and child.lower_ in target_preps:
                for p in child.children:
                    if p.dep_ == "pobj":
                        parties = self.participants.parties(p, actors)
                        if child.lower_ == "between":
                            c.actors = c.actors or parties
                        elif parties:
                            c.recipients = parties
        if (
            event_type == "REQUEST"
            and licensed == "light verb"
            and head.lemma_.lower() in DEMAND_PRESENTING_VERBS
            and not c.recipients
            and (asked := prep_object(head, "to")) is not None
        ):
            c.recipients = self.participants.parties(asked, actors)  # "the request will be put to the IMF"
        if event_type == "ASSAULT" and (claimer := _claimed_by(tok, self.participants)) is not None:
            c.subject = claimer
            c.actors = self.participants.parties(claimer, actors) or c.actors
        if licensed == "under attack":
            c.recipients = [r for r in c.recipients if r["key"] not in {a["key"] for a in c.actors}] or c.recipients
        if licensed == "under":
            # the one put under investigation or arrest is the target, whatever the noun's own modifiers say
            undergoer, doer = self._put_under(head.head)
            c.recipients = self.participants.parties(undergoer, actors) if undergoer is not None else []
            if doer is not None:
                c.actors = self.participants.parties(doer, actors) or c.actors
                c.subject = doer
        if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in HARM_VERBS:
            for child in head.children:
                if child.dep_ == "dobj":
                    c.recipients = self.participants.parties(child, actors)
        c.actor_optional = (
            event_type in ("ASSAULT", "PROTEST")
            or licensed.startswith("after")
            or licensed
            in (
                "subject of happening",
                "under",
                "protest",
                "light verb",
                "phases",
                "planned",
                "adjunct",
                "arrived",
                "faced",
                "answered",
            )
        )
        self._verbal_attack(c, tok)
        if any(d.dep_ == "det" and d.lower_ == "no" for d in tok.children):
            c.negated = True
        if event_type == "PROTEST" and licensed == "light verb" and head.lemma_.lower() in PROTEST_MADE_VERBS:
            # "the Chinese protest was made through the embassy", "filed a protest with Tokyo": a protest made to
            # someone is a complaint in words (ACCUSE), not a demonstration
            c.type, c.mode = "ACCUSE", "protest"
        return c


def _state_adjective(modifier) -> bool:
    """Whether a state's name before a noun is its short form, which English uses as the state's adjective ("U.S.
    troops", "a US attack", "UK forces"), not its full name, which before a noun of force says where ("the Iraq
    war")."""
    text = modifier.text
    return "." in text or (text.isupper() and 2 <= len(text) <= 4)


def _claimed_by(noun, participants: ParticipantFinder):
    """Who an attack is claimed by or credited to: "rebels claimed responsibility for the bombing", "responsibility
    for the attack was claimed by a separatist group", "the killings were attributed to the rebels"; None where the
    noun stands otherwise ("took responsibility for the crisis" names no attack)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        held = head.head
        verb = held.head
        if verb.lemma_.lower() not in RESPONSIBILITY_CLAIMING_VERBS:
            return None
        if held.dep_ == "dobj":
            return participants.subject_token(verb)
        if held.dep_ == "nsubjpass":
            return participants.agent_of(verb)
        return None
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in ATTRIBUTING_VERBS:
        to = next((ch for ch in head.children if ch.dep_ == "prep" and ch.lower_ == "to"), None)
        return next((p for p in to.children if p.dep_ == "pobj"), None) if to is not None else None
    return None


def _speaker_for_pronoun(subj):
    """ "The union said it would strike": "it" or "they" subject of the clause a speaker reports stands for the
    speaker, and is that word for what a pattern asks of its subject (workers strike, the union's "it" too); the
    subject itself otherwise (round 36)."""
    if subj.lower_ not in ("it", "they") or subj.dep_ != "nsubj" or subj.head.dep_ != "ccomp":
        return subj
    saying = subj.head.head
    speaker = next((ch for ch in saying.children if ch.dep_ == "nsubj"), None) if speech_verb(saying) else None
    return speaker if speaker is not None and speaker.pos_ in ("NOUN", "PROPN") else subj


def _readiness_denied(tok) -> bool:
    """ "They are not prepared to accept it", "Malaysia is not willing to accept the levy", "is unwilling to accept":
    the act hangs from an adjective of readiness whose clause is negated, or of unwillingness (round 36)."""
    if tok.dep_ != "xcomp" or tok.head.pos_ != "ADJ" or any(ch.dep_ == "ccomp" for ch in tok.children):
        return False  # "not prepared to accept that it was wrong": a view not held, no offer refused
    ready = tok.head
    if ready.lower_ == "unwilling":
        return True
    if ready.lower_ not in READINESS_WORDS:
        return False
    clause = ready.head if ready.dep_ == "acomp" else ready
    return any(ch.dep_ == "neg" for ch in (*ready.children, *clause.children))


def _disposed_to_act(verb) -> bool:
    """ "The prime minister should be prepared to discuss trade", "the government should be careful to ensure": "be"
    with an adjective of readiness or care that takes an act in the infinitive asks the act, not a state of being;
    "should be able to decide" says what people may do (a right), and asks nothing of them."""
    return verb.lemma_.lower() == "be" and any(
        ch.dep_ == "acomp"
        and ch.lower_ in READINESS_WORDS
        and any(g.dep_ == "xcomp" and g.pos_ in ("VERB", "AUX") for g in ch.children)
        for ch in verb.children
    )


def _through_container(tok):
    """The noun that stands in the clause for an event noun inside a measure of it: "won a degree of support from
    Landry", "received a package of aid" (CONTAINER_NOUNS); the noun itself where none holds it."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in CONTAINER_NOUNS:
        return head.head
    return tok
