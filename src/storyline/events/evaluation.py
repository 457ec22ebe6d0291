"""Evaluations: praise and criticism said as what a speaker calls someone.

Much of political news is one side judging another, and the judgement often carries no verb of the
lexicon: "Cheney is calling Mubarak a good friend" praises (SUPPORT, and is no phone call), "the
Tories branded the scheme a fiasco" and "Mr Howard said Mr Blair had lied" criticise (ACCUSE). Two
readings, each of a clause the speaker asserts (no negation, no modal, no question):

  naming     a verb of naming ("call", "brand", "describe ... as", "label", "dub") with an object and a
             predicate: "called Mubarak a good friend", "described the plan as reckless".
  statement  a speech verb whose asserted clause says that someone, or what someone owns or decides,
             is something ("said the government's plans were a waste of money") or did a thing of bad
             conduct ("said Mr Blair had lied").

The judgement's sign comes from the words of the predicate only, rated in VADER's lexicon (the
`vaderSentiment` package, MIT: 7,500 English words rated -4..+4 by ten people each), read as data, not
run as a sentiment classifier: a modifier rates before its head ("a *bad* friend"), and words that
name a feeling or a state of harm ("worried", "dead", "safe") are no judgement of conduct
(`not_evaluations` in data/words.yaml). The target is a named party, what a named party owns ("the
government's budget"), or a public matter ("the budget", "the war"): then the row has no recipient.
A speaker who judges themselves ("we are strong") is no event.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .candidate import Candidate
from .filters import GOVERNING_SECTORS, political_party
from .grammar import (
    BLAME_NOUNS,
    BLAME_PLACING_VERBS,
    BROKEN_WORDS,
    CLAIM_NOUNS,
    CONDEMNED_DEEDS,
    DISMAY_WORDS,
    FUTURE_AUX,
    HUMAN_NOUNS,
    HYPOTHETICAL_AUX,
    NAMING_VERBS,
    PROPOSED_THINGS,
    REFUSING_VERDICTS,
    REPORT_NOUNS,
    RULING_VERBS,
    SPOILING_PARTICIPLES,
    VERDICT_VERBS,
    WORDS,
    prep_object,
    said_from,
)
from .participants import ParticipantFinder, party_kind
from .quotes import BELIEF_VERBS, clause_subject, said_clauses, speech_verb

# calibrated: a word's mean rating must be at least this far from neutral to judge (VADER rates
# "good" 1.9, "wrong" -2.1, "waste" -1.8, but "responsible" 1.3 and "serious" -0.3)
JUDGEMENT_STRENGTH = 1.5

NOT_EVALUATIONS = WORDS["not_evaluations"]
PUBLIC_MATTERS = WORDS["public_matters"]
# answering a deed in anger, a duty said undone, what falls short (the lists' comments in data/words.yaml)
REACTING_VERBS = WORDS["reacting_verbs"]
ANGER_ADVERBS = WORDS["anger_adverbs"]
REACTION_NOUNS = WORDS["reaction_nouns"]
ANGER_ADJECTIVES = WORDS["anger_adjectives"]
DUTY_VERBS = WORDS["duty_verbs"]
SUFFICIENCY_WORDS = WORDS["sufficiency_words"]
SHORTFALL_DEEDS = WORDS["shortfall_deeds"]
JUDGED_ACCORDS = WORDS["judged_accords"]
NEGOTIATED_VERBS = WORDS["negotiated_verbs"]
# what a party does that words may judge: its policies and its ways of acting ("Japan's unfair trade practices")
CONDUCT_NOUNS = (PUBLIC_MATTERS - WORDS["event_matters"]) | {"practice", "practices"}
CONDUCT_VERBS = WORDS["conduct_verbs"]
DEED_VERBS = WORDS["deed_verbs"]
FOSTERING_VERBS = WORDS["fostering_verbs"]
BRINGING_VERBS = DEED_VERBS | FOSTERING_VERBS  # what a policy may be said to bring about or foster
FINDING_VERBS = WORDS["finding_verbs"]
CRITICAL_WORDS = WORDS["critical_words"]
DISPLEASED_WORDS = WORDS["displeased_words"]
PLEASED_WORDS = WORDS["pleased_words"]
KEEPING_VERBS = WORDS["keeping_verbs"]
OWED_WORDS = WORDS["owed_words"]
MEETING_WORDS = WORDS["meeting_words"]
SUPPORTIVE_WORDS = WORDS["supportive_words"]
APPROVING_WORDS = WORDS["approving_words"]
JUDGEMENT_WORDS = WORDS["judgement_words"]
EVENT_MATTERS = WORDS["event_matters"]
HAVING_VERBS = WORDS["having_verbs"]
PROSECUTION_WORDS = WORDS["prosecution_words"]
DAMAGING_VERBS = WORDS["damaging_verbs"]
DENIAL_WORDS = WORDS["denial_words"]
DEED_NOUNS = WORDS["effort_nouns"] | WORDS["attempt_nouns"] | PUBLIC_MATTERS
BADLY_DONE = WORDS["badly_done"]
SUFFERED_PARTICIPLES = WORDS["suffered_participles"]
CRITICS_BY_NAME = WORDS["critics_by_name"]
GROUNDS_WORDS = WORDS["grounds_words"]
CONDITION_MARKS = WORDS["condition_marks"]
# roles of stance a party is said to hold: "a leading advocate of", "a fierce critic of", "a staunch opponent of"
STANCE_ROLES = {w: "support" for w in WORDS["support_roles"]} | {w: "criticize" for w in WORDS["critic_roles"]}
STANCE_ROLES |= {w: "oppose" for w in WORDS["opponent_roles"]}
STANCE_ROLES_TYPES = {
    "support": ("SUPPORT", "endorse"),
    "criticize": ("ACCUSE", "criticize"),
    "oppose": ("REJECT", None),
}
ARTS_CRITICS = WORDS["arts_critics"]
PUBLIC_CAUSES = WORDS["public_causes"]
HARDSHIP_WORDS = WORDS["hardship_words"]
# calling a course or a ruling mistaken disagrees (REJECT); calling a claim untrue denies it
MISTAKEN_WORDS = WORDS["mistaken_words"]
CLAIM_VERBS = WORDS["claim_verbs"]
FALSE_WORDS = WORDS["false_words"]
# what a speaker may judge with no party named: policies, and a state's measures on trade and money
JUDGED_MATTERS = PUBLIC_MATTERS | WORDS["state_measures"]


PRAISE = ("SUPPORT", "praise")
# "in favour of" (data/words.yaml, as the lists below)
FAVOUR = WORDS["favour_words"]
# what a policy is said to do to people when it harms them: "the plans would hit families"
HARMING_VERBS = DAMAGING_VERBS | WORDS["harming_verbs"]
# what one says one did nothing of: "had done nothing wrong"
WRONGS = WORDS["wrong_deeds"]
CRITICISM = ("ACCUSE", "criticize")
# what dismay is "at": "disappointed by the tariffs", "angered at the decision", "concerned about the arrests"
DISMAY_PREPS = ("by", "at", "with", "about", "over")
# displeasure one expresses or voices at what another did: "expressed regret over America's decision"
EXPRESSING_VERBS = WORDS["expressing_verbs"]
DISPLEASURE_NOUNS = WORDS["displeasure_nouns"]


@cache
def ratings() -> dict[str, float]:
    """VADER's word ratings (single lower-case words only; its emoticons and phrases are left out)."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8", errors="replace")
    out = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha() and parts[0].islower():
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return out


def _rating(tok) -> float:
    if tok.lemma_.lower() in NOT_EVALUATIONS or tok.lower_ in NOT_EVALUATIONS:
        return 0.0
    if tok.lower_ in JUDGEMENT_WORDS or tok.lemma_.lower() in JUDGEMENT_WORDS:
        return -2.0  # the words of political criticism VADER lacks ("unworkable", "a shambles")
    table = ratings()
    value = table.get(tok.lower_, table.get(tok.lemma_.lower()))
    if value is None and "our" in tok.lower_:
        # the ratings spell as Americans do: "favourable" is rated as "favorable", "dishonourable" as "dishonorable"
        value = table.get(tok.lower_.replace("our", "or"))
    value = value or 0.0
    return value if abs(value) >= JUDGEMENT_STRENGTH else 0.0


def judgement(head) -> tuple[float, object] | None:
    """(sign, word) of a predicate phrase: a rated adjective before its head ("a bad friend"), else
    the head; None when no word of it judges, the phrase is negated or it compares."""
    if any(ch.dep_ == "neg" or ch.lower_ in ("no", "never") for ch in head.children):
        return None
    comparing = any(ch.lower_ in ("more", "less", "than") or ch.tag_ in ("JJR", "RBR") for ch in head.subtree)
    if comparing or head.tag_ == "JJR":
        return None  # "more effective than the ban": a comparison of things, no judgement of anyone
    for ch in head.children:
        # an adjective or participle before its head rates it ("a wasted opportunity"); an adverb ("pretty
        # modest", "clearly badly drawn") does not
        if ch.dep_ == "amod" and (ch.pos_ == "ADJ" or ch.tag_ in ("VBN", "VBG")) and ch.i < head.i and _rating(ch):
            return (1.0 if _rating(ch) > 0 else -1.0), ch
    value = _rating(head)
    if value > 0:
        # "a missed opportunity", "a wasted chance", "a broken promise": a good thing lost judges whoever lost it
        spoiled = next(
            (
                ch
                for ch in head.children
                if ch.dep_ == "amod"
                and ch.i < head.i
                and ch.lemma_.lower() in SPOILING_PARTICIPLES
                and ch.tag_ in ("VBN", "VBD", "JJ")
            ),
            None,
        )
        if spoiled is not None:
            return -1.0, spoiled
    if value:
        return (1.0 if value > 0 else -1.0), head
    if head.tag_ == "VBN" and head.lemma_.lower() not in SUFFERED_PARTICIPLES:
        # "the bill had been badly drawn up", "a poorly run department": how a thing was made judges its makers
        # ("badly damaged", "badly needed" grade a harm or a want)
        badly = next((ch for ch in head.children if ch.dep_ == "advmod" and ch.lower_ in BADLY_DONE), None)
        if badly is not None:
            return -1.0, badly
    return None


def _public_voice(speaker) -> bool:
    """Whether a speaker's parties speak for the public: a state, a government, a party, a union or a campaign group,
    whose forecasts of a policy's harm or of a course's failure are stances, not an analyst's view."""
    return any(p.get("sector") in GOVERNING_SECTORS | {"LAB", "NGO"} or party_kind(p) == "country" for p in speaker[1])


def _bad_brought(clause) -> bool:
    """Whether a verb of bringing about or of fostering has an object a rated word judges bad, in itself or in what
    it is "of" ("would cause hardship", "would encourage a mafia-like culture of vice and corruption"; not "would
    create jobs")."""
    if clause.lemma_.lower() not in BRINGING_VERBS:
        return False
    for obj in (ch for ch in clause.children if ch.dep_ == "dobj"):
        words = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
        words += [c for w in list(words) for c in w.children if c.dep_ == "conj"]
        if any((found := judgement(w)) is not None and found[0] < 0 for w in words if w.dep_ != "prep"):
            return True
    return False


def _cause_of(feeling, verb, deps: tuple[str, ...]):
    """What a feeling is "at", "by", "with", "about" or "over", hung on the feeling's word or on its verb; a noun the
    parser read as a gerund counts ("by a Canadian government finding that ...": a verb takes no noun before it)."""
    return next(
        (
            g
            for ch in (*feeling.children, *verb.children)
            if ch.dep_ in deps and ch.lower_ in DISMAY_PREPS
            for g in ch.children
            if g.dep_ == "pobj"
            or (g.dep_ == "pcomp" and any(m.dep_ in ("compound", "det") and m.i < g.i for m in g.children))
        ),
        None,
    )


def _conduct_owned(owner, bad) -> bool:
    """Whether `owner` owns a deed or a policy the bad word judges: "Japan's unfair trade practices", "Iran's
    reckless policy" (the bad word the noun's modifier or the noun itself)."""
    deed = owner.head
    return (
        owner.dep_ == "poss"
        and deed.lemma_.lower() in CONDUCT_NOUNS
        and (bad.i == deed.i or (bad.head.i == deed.i and bad.dep_ == "amod"))
    )


def _negated_only(clause) -> bool:
    """A clause negated but neither supposed nor asked: "the measure was not aimed at retaliation"."""
    return (
        any(ch.dep_ == "neg" for ch in clause.children)
        and not any(ch.dep_ == "aux" and ch.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX for ch in clause.children)
        and not _asks(clause.sent)
    )


def _asserted(verb, question: bool | None = None) -> bool:
    """No negation, no modal or future, no question: the speaker says it is so. `question`: whether the
    verb's sentence asks one, when the caller read that once for all its verbs."""
    if question is None:
        question = _asks(verb.sent)
    heads = [verb]
    if verb.dep_ == "conj" and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        heads.append(verb.head)  # "said they would raise taxes and wreck the economy": the modal is shared
    return (
        not any(
            ch.dep_ == "neg" or (ch.dep_ == "aux" and ch.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX)
            for head in heads
            for ch in head.children
        )
        and not question
    )


def _word_not_kept(clause) -> bool:
    """Whether a clause's verb is one of keeping a word given, with what is owed for its object, directly or after
    its preposition ("kept its promise", "lived up to its pledge", "complied with the resolution")."""
    if clause.lemma_.lower() not in KEEPING_VERBS:
        return False
    owed = [ch for ch in clause.children if ch.dep_ == "dobj"]
    owed += [g for p in clause.children if p.dep_ in ("prep", "prt") for g in p.children if g.dep_ == "pobj"]
    owed += [g for p in clause.children if p.dep_ == "prt" for q in p.children for g in q.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in OWED_WORDS for o in owed)


def _second_judge(bad):
    """Who, inside what a speaker says, passes the judgement the bad word gives ("union leaders said the Labour Court
    ruled the strike illegal", "he said the committee found the plan unfair"): the subject of the verb the word
    completes, when that verb rules on an object of its own (`verdict_verbs`, `finding_verbs`); None when the word is
    the speaker's ("he said the Tories had made the tax unfair" judges the Tories)."""
    if bad.dep_ not in ("oprd", "xcomp", "acomp", "ccomp") or bad.head.lemma_.lower() not in RULING_VERBS:
        return None
    verb = bad.head
    if not any(ch.dep_ == "dobj" for ch in verb.children) and not any(ch.dep_ == "nsubj" for ch in bad.children):
        return None  # "ruled the strike illegal", "ruled it illegal" (parsed as a small clause)
    return next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)


def _clause_verb(tok):
    """The verb of the clause a word stands in (the word itself for a verb)."""
    for t in (tok, *tok.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _clause_index(tok) -> int:
    verb = _clause_verb(tok)
    return verb.i if verb is not None else -1


def _anothers(pronoun, speaker) -> bool:
    """Whether an owner pronoun cannot stand for the speaker: "his" or "her" said by a plural speaker
    ("the unions say his reforms are unworkable"), "its" by a person ("she said its plans were a mess")."""
    if speaker is None:
        return False
    plural = (
        speaker.tag_ in ("NNS", "NNPS")
        or speaker.lower_ in ("they", "we")
        or any(ch.dep_ == "conj" for ch in speaker.children)
    )
    person = speaker.ent_type_ == "PERSON" or speaker.lower_ in ("he", "she", "i")
    return (pronoun.lower_ in ("his", "her") and plural) or (pronoun.lower_ == "its" and person)


def _conduct(verb) -> bool:
    """A verb of bad conduct, phrasal ones included: "had lied", "had let voters down", "sold out the miners"."""
    lemma = verb.lemma_.lower()
    if lemma in CONDUCT_VERBS:
        return True
    particles = {ch.lower_ for ch in verb.children if ch.dep_ == "prt"}
    return (lemma == "let" and "down" in particles) or (lemma == "sell" and "out" in particles)


def predicate_of(clause):
    """The noun or adjective a "be" clause says its subject is ("this is [a scurrilous attempt]")."""
    if clause.lemma_.lower() != "be":
        return None
    return next((ch for ch in clause.children if ch.dep_ in ("attr", "acomp")), None)


def _same_parties(one: Candidate, other: Candidate) -> bool:
    """Two judgements of one speaker on one party, of one sign, in one statement."""
    return (one.type, [p["key"] for p in one.actors], [p["key"] for p in one.recipients]) == (
        other.type,
        [p["key"] for p in other.actors],
        [p["key"] for p in other.recipients],
    )


def _denying(word, how: str, speaker, recipients: list[dict]) -> Candidate:
    """A speaker calling claims false (REJECT, deny), against whoever made them but never the speaker."""
    c = Candidate(word, "REJECT", "deny", f"clause:{how} {word.lemma_.lower()} (deny)")
    c.subject, c.actors = speaker[0], speaker[1]
    c.recipients = [r for r in recipients if r["key"] not in {a["key"] for a in speaker[1]}]
    c.actor_optional = False
    return c


def _asks(sent) -> bool:
    return any(t.text == "?" for t in sent)


class EvaluationReader:
    """Reads the parse; writes new ACCUSE (criticize) and SUPPORT (praise) candidates, and suppresses
    the other senses of a naming verb ("calling X a friend" is no phone call).

    Built with the participant finder: `parties` (the named parties a phrase resolves to),
    `speaker_pronoun` (whoever the article quotes, for "he said"), `agent_of` (a passive's by-phrase) and
    `subject_token` (the subject of a clause that names none, "while expressing regret ..., Nakasone said").
    Reads the parse and the trigger of each candidate found before; writes new candidates (trigger, type,
    mode, rule, subject, actors, recipients) and `suppressed` on a naming verb's other readings."""

    def __init__(self, participants: ParticipantFinder):
        self.parties = participants.parties
        self.speaker_pronoun = participants.speaker_pronoun
        self.agent_of = participants.agent_of
        self.subject_token = participants.subject_token

    def read(self, sent, actors, cands: list[Candidate]) -> list[Candidate]:
        taken = {c.trigger.i for c in cands if not c.suppressed}
        out: list[Candidate] = []
        question = None  # read once per sentence, not once per verb
        for tok in sent:
            if tok.lemma_.lower() in REACTION_NOUNS and tok.pos_ == "NOUN" and tok.i not in taken:
                c = self._angry_reaction(tok, actors)
                if c is not None:
                    out.append(c)
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            if question is None:
                question = _asks(sent)
            if not _asserted(tok, question):
                continue
            if tok.lemma_.lower() in NAMING_VERBS:
                c = self._naming(tok, actors)
                if c is not None:
                    for other in cands:
                        if other.trigger.i == tok.i:
                            other.suppressed = True  # "calling X a good friend": not a call
                    out.append(c)
            elif speech_verb(tok) or tok.lemma_.lower() in FINDING_VERBS:
                # "the commission found that the company had abused its position": a finding is a statement
                out.extend(self._statements(tok, actors, taken))
            if tok.lemma_.lower() in EXPRESSING_VERBS and tok.i not in taken:
                c = self._displeasure_expressed(tok, actors)
                if c is not None:
                    out.append(c)
            if tok.lemma_.lower() in BLAME_PLACING_VERBS and tok.i not in taken:
                c = self._blame_placed(tok, actors)
                if c is not None:
                    out.append(c)
            if tok.lemma_.lower() in REACTING_VERBS and tok.i not in taken:
                c = self._reacted_in_anger(tok, actors)
                if c is not None:
                    out.append(c)
            if (
                tok.lemma_.lower() in ("be", "remain") or tok.lower_ in DISMAY_WORDS | DISPLEASED_WORDS | PLEASED_WORDS
            ) and tok.i not in taken:
                c = (
                    self._critical_of(tok, actors)
                    or self._of_concern(tok, actors)
                    or self._dismayed_that(tok, actors)
                    or self._dismayed_at(tok, actors)
                    or self._pleased_at(tok, actors)
                    or self._stance_role(tok, actors)
                    or self._for_or_against(tok, actors)
                )
                if c is not None:
                    out.append(c)
        return out

    def _critical_of(self, verb, actors) -> Candidate | None:
        """ "Labour has been critical of the plan", "the report was highly critical of the police": being
        critical of someone or of a public matter criticises it, and being supportive of or sympathetic to
        it supports it ("the minister said he was sympathetic to the farmers' demands"); a report or a study
        speaks for authors the sentence need not name."""
        critical = next(
            (ch for ch in verb.children if ch.dep_ == "acomp" and ch.lower_ in CRITICAL_WORDS | SUPPORTIVE_WORDS),
            None,
        )
        subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
        of = next(
            (
                g
                for ch in (critical.children if critical is not None else ())
                if ch.dep_ == "prep" and ch.lower_ in ("of", "about", "to", "with", "towards", "toward")
                for g in ch.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if critical is None or subj is None or of is None:
            return None
        target = self._target(of, actors)
        if target is None:
            return None
        found = self.parties(subj, actors)
        if not found and subj.pos_ == "PRON":
            found = self.speaker_pronoun(verb, actors)
        if not found and subj.lemma_.lower() not in REPORT_NOUNS:
            return None
        sign = 1.0 if critical.lower_ in SUPPORTIVE_WORDS else -1.0
        c = self._candidate(critical, sign, subj, found, target, verb, "critical" if sign < 0 else "supportive")
        if c is not None:
            c.doer_unnamed = not found
        return c

    def _stance_role(self, verb, actors) -> Candidate | None:
        """ "Mr Blair has been a leading advocate of Turkish membership", "she is a fierce critic of the war", "the
        party remains a staunch opponent of the tax": a role of stance said of a party takes that stance towards
        what it is "of" (SUPPORT, ACCUSE, REJECT), a party or a public matter; a critic of books or films is none."""
        role = next((ch for ch in verb.children if ch.dep_ == "attr" and ch.lemma_.lower() in STANCE_ROLES), None)
        if role is None or any(
            ch.dep_ == "compound" or (ch.dep_ == "amod" and ch.lower_ in ARTS_CRITICS) for ch in role.children
        ):
            return None  # "the film critic", "a literary critic": of works
        of = prep_object(role, "of")
        subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
        if of is None or subj is None:
            return None
        target = self._target(of, actors)
        if target is None and of.lemma_.lower() in PUBLIC_CAUSES:
            target = []  # "an advocate of Turkish membership", "a champion of devolution"
        if target is None:
            return None
        found = self.parties(subj, actors) if subj.pos_ != "PRON" else self.speaker_pronoun(verb, actors)
        if not found and not (subj.pos_ == "PRON" and subj.lower_ in ("he", "she", "they")):
            return None  # "she is a fierce critic of the war": a person the sentence need not name
        kind, mode = STANCE_ROLES_TYPES[STANCE_ROLES[role.lemma_.lower()]]
        if target and {p["key"] for p in target} & {p["key"] for p in found}:
            return None
        c = Candidate(role, kind, mode, f"clause:role {role.lemma_.lower()} ({mode})")
        c.subject, c.actors, c.recipients = subj, found, target
        c.actor_optional = False
        return c

    def _for_or_against(self, verb, actors) -> Candidate | None:
        """ "The Tories are in favour of the plan" supports it (SUPPORT); "most Labour MPs were against the war"
        opposes it (REJECT): a party said to be for or against a party or a public matter takes that stance."""
        if verb.lemma_.lower() not in ("be", "remain"):
            return None
        word, kind = None, None
        for prep in verb.children:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ == "against":
                word, kind = prep, "REJECT"
                about = next((p for p in prep.children if p.dep_ == "pobj"), None)
            elif prep.lower_ == "in":
                favour = next((p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in FAVOUR), None)
                of = favour and next((g for g in favour.children if g.dep_ == "prep" and g.lower_ == "of"), None)
                word, kind = favour, "SUPPORT"
                about = of and next((p for p in of.children if p.dep_ == "pobj"), None)
            else:
                continue
            if word is not None and about is not None:
                break
        else:
            return None
        subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
        if subj is None or about is None:
            return None
        target = self._target(about, actors)
        if target is None:
            return None
        found = self.parties(subj, actors) if subj.pos_ != "PRON" else self.speaker_pronoun(verb, actors)
        if not found or (target and {p["key"] for p in target} & {p["key"] for p in found}):
            return None
        mode = "endorse" if kind == "SUPPORT" else None
        c = Candidate(
            word, kind, mode, f"clause:{'in favour of' if kind == 'SUPPORT' else 'against'} ({mode or 'oppose'})"
        )
        c.subject, c.actors, c.recipients = subj, found, target
        c.actor_optional = False
        return c

    def _dismayed_that(self, verb, actors) -> Candidate | None:
        """ "The MPs said they were concerned the government had not consulted them", "Britain is disappointed
        that France has refused": a party's dismay at what another party did criticises it (ACCUSE)."""
        feeling, holder = self._feeling(verb)  # "Britain is disappointed that ..." is parsed as a passive
        if feeling is None and verb.lower_ in DISMAY_WORDS and verb.dep_ == "conj" and verb.tag_ == "VBN":
            # "she was shocked at their condition and appalled that the authorities detained them": the second
            # feeling shares the first's subject
            feeling, holder = verb, verb.head
        if feeling is None:
            return None
        done = next((ch for ch in (*feeling.children, *verb.children) if ch.dep_ == "ccomp"), None)
        doer = clause_subject(done) if done is not None else None
        if (
            doer is None
            or doer.pos_ == "PRON"
            or any(ch.dep_ == "aux" and ch.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX for ch in done.children)
        ):
            return None  # "concerned the talks would fail": a fear of what may come judges no one
        speaker = self._speaker(holder, actors, ("nsubj", "nsubjpass"))
        target = self.parties(doer, actors)
        if speaker is None or not target:
            return None
        return self._candidate(feeling, -1.0, speaker[0], speaker[1], target, verb, "dismayed")

    def _dismayed_at(self, verb, actors) -> Candidate | None:
        """ "The embassy said it was deeply disappointed by the tariffs announced by President Reagan", "the union
        was angered at the minister's decision": a party's displeasure at what a named party did, or at that party,
        criticises it (ACCUSE), as its dismay that the party did it does. What no party is named for ("angry about
        the delays") judges no one here; nor does worry or shock, which is as often fear or sympathy ("concerned
        about the farmers' situation", "shocked at the condition of the men"); a feeling denied, supposed or to
        come ("would be disappointed if") is none."""
        return self._felt_at(verb, actors, DISPLEASED_WORDS, -1.0)

    def _pleased_at(self, verb, actors) -> Candidate | None:
        """ "Canada was pleased with the U.S. decision", "Tokyo is satisfied with Washington's response": a party's
        satisfaction with what a named party did, or with that party, approves of it (SUPPORT), the mirror of
        displeasure (`_dismayed_at`); satisfaction with what no party is named for ("pleased with the outcome")
        names no one here, and one denied or supposed ("would be happy if") is none."""
        return self._felt_at(verb, actors, PLEASED_WORDS, 1.0)

    def _felt_at(self, verb, actors, words: frozenset[str], sign: float) -> Candidate | None:
        """A feeling of `words` a party states at what a named party did (its sign the judgement's)."""
        feeling, holder = self._feeling(verb, words)
        if (
            feeling is None
            or feeling.lower_ not in words
            or not _asserted(holder)
            or any(ch.dep_ == "neg" for ch in feeling.children)
        ):
            return None
        cause = _cause_of(feeling, verb, ("prep", "agent"))
        if cause is None:
            return None
        speaker = self._speaker(holder, actors, ("nsubj", "nsubjpass"))
        if speaker is None or not speaker[1]:
            return None
        # "disappointed by a Canadian government finding that U.S. corn has injured growers": the party that made
        # what caused it, named before it, is judged (not the parties of what the finding says)
        owners = [ch for ch in cause.children if ch.dep_ in ("poss", "compound", "amod") and ch.i < cause.i]
        target = (
            [p for o in owners for p in self.parties(o, actors)]
            or self.parties(cause, actors)
            or self._announced_by(cause, actors)
            # "furious over plans by the European Commission": whose they are, said after "by"
            or (self.parties(by, actors) if (by := prep_object(cause, "by")) is not None else [])
            # "disappointed at the recent threats of retaliation from the EC": who made them
            or (self.parties(source, actors) if (source := said_from(cause)) is not None else [])
        )
        if not target:
            # no party named as its cause, nor as the owner of what caused it ("outraged at the treatment of the
            # detainees": those treated are no target)
            return None
        how = "dismayed" if sign < 0 else "pleased"
        return self._candidate(feeling, sign, speaker[0], speaker[1], target, verb, how)

    def _displeasure_expressed(self, verb, actors) -> Candidate | None:
        """ "Nakasone expressed regret over America's decision to impose tariffs", "voiced anger at the minister's
        remarks": displeasure a party expresses at what another named party did criticises it (ACCUSE), as being
        displeased at it does (`_dismayed_at`); regret for one's own deed ("expressed regret for his remarks") or at
        what no party is named for judges no one here."""
        feeling = next(
            (ch for ch in verb.children if ch.dep_ == "dobj" and ch.lemma_.lower() in DISPLEASURE_NOUNS), None
        )
        if feeling is None or any(ch.dep_ == "neg" for ch in verb.children):
            return None
        cause = _cause_of(feeling, verb, ("prep",))  # "regret was expressed by Japan": the one who feels it
        speaker = self._speaker(verb, actors)
        if speaker is None and (subject := self.subject_token(verb)) is not None and self.parties(subject, actors):
            speaker = subject, self.parties(subject, actors)  # "while expressing regret over ..., Nakasone said"
        if cause is None or speaker is None or not speaker[1]:
            return None
        target = self._deed_owners(cause, actors, named_after=False)
        if not target:
            return None
        return self._candidate(feeling, -1.0, speaker[0], speaker[1], target, verb, "dismayed")

    def _blame_placed(self, verb, actors) -> Candidate | None:
        """ "The blame for the failure lies squarely with Washington, the minister said", "the fault rests with the
        unions": placing the blame on a party criticises it (ACCUSE), by whoever says so. Responsibility is
        placed so only for something bad ("responsibility for the crisis lies with the government", not
        "responsibility for security rests with the army": a duty)."""
        if any(ch.dep_ == "neg" for ch in verb.children):
            return None
        held = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
        if held is None or held.lemma_.lower() not in BLAME_NOUNS:
            return None
        if held.lemma_.lower() == "responsibility":
            table = ratings()
            what = [g for p in held.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children]
            if not any(g.dep_ == "pobj" and table.get(g.lemma_.lower(), 0.0) <= -JUDGEMENT_STRENGTH for g in what):
                return None
        blamed = next(
            (g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "on") for g in p.children),
            None,
        )
        target = self.parties(blamed, actors) if blamed is not None and blamed.dep_ == "pobj" else []
        said = verb.head if verb.dep_ == "ccomp" and speech_verb(verb.head) else None
        speaker = self._speaker(said, actors) if said is not None else None
        if not target or speaker is None:
            return None
        return self._candidate(held, -1.0, speaker[0], speaker[1], target, verb, "blamed")

    def _reacted_in_anger(self, verb, actors) -> Candidate | None:
        """ "Japan reacted angrily to the U.S. announcement of tariffs", "Tokyo responded sharply to Washington's
        decision": a party answering another party's deed in anger criticises it (ACCUSE), as displeasure expressed
        at it does; a reaction with no anger ("reacted calmly") or to what no party is named for judges no one."""
        if not any(ch.dep_ == "advmod" and ch.lower_ in ANGER_ADVERBS for ch in verb.children):
            return None
        if any(ch.dep_ == "neg" for ch in verb.children):
            return None
        cause = next(
            (
                g
                for ch in verb.children
                if ch.dep_ == "prep" and ch.lower_ == "to"
                for g in ch.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        return self._displeasure_at_deed(verb, self.subject_token(verb), cause, actors, verb, "reacted")

    def _of_concern(self, verb, actors) -> Candidate | None:
        """ "The G-7 accord is of deep concern to Japan": a party's deed that is of concern to another party troubles
        it, its displeasure at the deed (ACCUSE), as being concerned that the party did it is; what is of concern to
        no one named, or is no one's deed ("prices are of concern to farmers"), judges no one."""
        if verb.lemma_.lower() != "be" or any(ch.dep_ == "neg" for ch in verb.children):
            return None
        worry = next(
            (
                g
                for ch in verb.children
                if ch.dep_ == "prep" and ch.lower_ == "of"
                for g in ch.children
                if g.dep_ == "pobj" and g.lemma_.lower() in ("concern", "worry")
            ),
            None,
        )
        deed = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
        if worry is None or deed is None or any(ch.dep_ == "aux" for ch in verb.children):
            return None
        to = [g for p in (*worry.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "to" for g in p.children]
        holder = next((g for g in to if g.dep_ == "pobj"), None)
        if deed.lemma_.lower() not in DEED_NOUNS | PROPOSED_THINGS | JUDGED_ACCORDS:
            return None
        return self._displeasure_at_deed(worry, holder, deed, actors, verb, "dismayed")

    def _angry_reaction(self, noun, actors) -> Candidate | None:
        """ "The angry response of Japanese chip makers to the announcement of the U.S. sanctions", "Tokyo's furious
        reaction to the tariffs": an angry answer a party gives another party's deed criticises it, as reacting angrily
        does."""
        if not any(ch.dep_ == "amod" and ch.lower_ in ANGER_ADJECTIVES for ch in noun.children):
            return None
        preps = {ch.lower_: ch for ch in noun.children if ch.dep_ == "prep"}
        cause = next((g for g in preps["to"].children if g.dep_ == "pobj"), None) if "to" in preps else None
        holder = next((ch for ch in noun.children if ch.dep_ == "poss"), None)
        if holder is None and "of" in preps:
            holder = next((g for g in preps["of"].children if g.dep_ == "pobj"), None)
        return self._displeasure_at_deed(noun, holder, cause, actors, noun, "reacted")

    def _displeasure_at_deed(self, word, holder, deed, actors, verb, how: str) -> Candidate | None:
        """The criticism (ACCUSE) a party `holder` names voices at the owners of `deed`; None where either is no
        party."""
        speaker = self.parties(holder, actors) if holder is not None else []
        target = self._deed_owners(deed, actors) if deed is not None and speaker else []
        return self._candidate(word, -1.0, holder, speaker, target, verb, how) if target else None

    def _deed_owners(self, deed, actors, named_after: bool = True) -> list[dict]:
        """Who did what a noun names: its owner before it ("the U.S. announcement", "Washington's decision") or the doer
        a participle on it names; with `named_after`, also a party after "of" or "by", or a party named itself (the
        reactions read them; displeasure expressed at a deed, "regret over America's decision", reads the owner
        before it only)."""
        found = self.parties(deed, actors) if named_after else []
        if found and deed.pos_ == "PROPN":
            return found
        owners = [ch for ch in deed.children if ch.dep_ in ("poss", "compound", "amod") and ch.i < deed.i]
        owners += [
            g
            for ch in deed.children
            if named_after and ch.dep_ == "prep" and ch.lower_ in ("of", "by")
            for g in ch.children
            if g.dep_ == "pobj"
        ]
        return [p for o in owners for p in self.parties(o, actors)] or self._announced_by(deed, actors)

    def _announced_by(self, noun, actors) -> list[dict]:
        """The parties a participle on a noun names as its doer: "the tariffs announced by President Reagan" (the
        by-phrase read as every passive's is, `ParticipantFinder.agent_of`)."""
        for acl in noun.children:
            if acl.dep_ == "acl" and (doer := ParticipantFinder.agent_of(acl)) is not None:
                return self.parties(doer, actors)
        return []

    @staticmethod
    def _feeling(verb, words: frozenset[str] = DISMAY_WORDS):
        """The word of dismay (or of `words`) a verb carries, and the verb its subject hangs on: "was disappointed"
        (an adjective after "be", or a passive participle), else (None, verb)."""
        feeling = next((ch for ch in verb.children if ch.dep_ == "acomp" and ch.lower_ in words), None)
        if feeling is not None:
            return feeling, verb
        if verb.lower_ in words and any(ch.dep_ == "nsubjpass" for ch in verb.children):
            return verb, verb
        return None, verb

    def _speaker(self, verb, actors, deps: tuple[str, ...] = ("nsubj",)) -> tuple[object, list[dict]] | None:
        subj = next((ch for ch in verb.children if ch.dep_ in deps), None)
        if subj is None:
            return None
        found = self.parties(subj, actors)
        if not found and subj.pos_ == "PRON":
            found = self.speaker_pronoun(verb, actors)
            if not found and subj.lower_ in ("he", "she", "they"):
                return subj, []  # "she said the law was a travesty": someone the sentence does not name
        return (subj, found) if found else None

    def _target(self, tok, actors, speaker=None) -> list[dict] | None:
        """The parties judged: a named party, the owner of what is judged ("the government's plans",
        "the plans of the government", "the way the government handled it", "the cuts proposed by the
        shadow chancellor"), or [] for a public matter nobody is named for; None when the phrase is
        neither (a price, the weather)."""
        if tok.pos_ == "PRON":
            return None  # "he was wrong": whom the pronoun stands for is not read here
        owner_pronoun = next((ch for ch in tok.children if ch.dep_ == "poss" and ch.pos_ == "PRON"), None)
        if owner_pronoun is not None:
            # "his party was ambitious" said by him is his own; "the unions say his reforms are unworkable"
            # judges another's, whoever he is
            return [] if _anothers(owner_pronoun, speaker) and tok.lemma_.lower() in PUBLIC_MATTERS else None
        found = self.parties(tok, actors)
        if found:
            return found
        for ch in tok.children:
            # "the government's plans", "the plans of the government", "the attitude in Korea"
            owner = None
            if ch.dep_ == "poss" or (ch.dep_ == "prep" and ch.lower_ in ("of", "in")):
                owner = ch if ch.dep_ == "poss" else next((g for g in ch.children if g.dep_ == "pobj"), None)
            elif ch.dep_ == "relcl":  # "the way the government handled the crisis": who did it owns it
                owner = next((g for g in ch.children if g.dep_ == "nsubj"), None)
            elif ch.dep_ == "prep" and ch.lower_ == "by" and tok.lemma_.lower() in DEED_NOUNS:
                owner = next((g for g in ch.children if g.dep_ == "pobj"), None)  # "an attempt by the Tories"
            elif ch.dep_ == "acl":  # "the cuts proposed by the shadow chancellor"
                owner = next(
                    (g for a in ch.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None
                )
            if owner is not None and owner.pos_ != "PRON":
                found = self.parties(owner, actors)
                if found:
                    return found
        return [] if tok.lemma_.lower() in JUDGED_MATTERS else None

    def _candidate(self, word, sign: float, speaker, actors_found, target, verb, how: str) -> Candidate | None:
        if target and {p["key"] for p in target} & {p["key"] for p in actors_found}:
            return None  # a speaker judging themselves ("we are strong") is no event
        kind, mode = PRAISE if sign > 0 else CRITICISM
        if (
            sign < 0
            and word.lemma_.lower() in MISTAKEN_WORDS
            and word.dep_ in ("acomp", "attr")  # "was wrong to", not "sends the wrong message"
            and how == "said"
            and verb.lemma_.lower() not in VERDICT_VERBS
        ):
            # "said it was wrong to put China under the embargo", "said the lower court was wrong to grant it":
            # calling a course or a ruling mistaken disagrees with it (REJECT); "disgraceful" condemns, and an
            # inquiry that finds an account wrong accuses its author
            kind, mode = "REJECT", None
        if sign < 0 and how == "said" and _turns_down(word):
            kind, mode = "REJECT", None  # "said proposals to cut Brazil's quota were unacceptable": refused
        c = Candidate(word, kind, mode, f"clause:{how} {word.lemma_.lower()} ({mode or 'oppose'})")
        c.subject = speaker
        c.actors = actors_found
        c.recipients = target
        c.actor_optional = False
        return c

    def _naming(self, verb, actors) -> Candidate | None:
        """ "called Mubarak a good friend", "branded the scheme a fiasco", "described him as reckless"."""
        objects = [ch for ch in verb.children if ch.dep_ == "dobj"]
        predicate = next((ch for ch in verb.children if ch.dep_ in ("oprd", "xcomp", "acomp")), None)
        if predicate is None and len(objects) == 2:
            objects, predicate = objects[:1], objects[1]  # "branded the scheme a fiasco", parsed as two objects
        if predicate is None and len(objects) == 1:
            # "called the terms very favourable", the adjective parsed as standing after the noun it rates
            predicate = next(
                (ch for ch in objects[0].children if ch.dep_ == "amod" and ch.pos_ == "ADJ" and ch.i > objects[0].i),
                None,
            )
        if len(objects) <= 1:
            # "labelled the minister incompetent", parsed as one phrase "minister incompetent" (an object
            # or a predicate) whose head is the judging word and whose compound before it is the one judged
            phrase = predicate if predicate is not None else (objects[0] if objects else None)
            adjective_like = phrase is not None and (
                phrase.pos_ == "ADJ" or (phrase.pos_ == "PROPN" and phrase.is_lower)
            )
            named = (
                [ch for ch in phrase.children if ch.dep_ in ("compound", "nmod") and ch.i < phrase.i] if phrase else []
            )
            if adjective_like and named:
                objects, predicate = named[-1:], phrase
        if predicate is None:
            as_phrase = next((ch for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "as"), None)
            if as_phrase is not None:
                predicate = next((g for g in as_phrase.children if g.dep_ in ("pobj", "amod", "acomp")), None)
        if not objects or predicate is None:
            return None
        owner = next((ch for ch in predicate.children if ch.dep_ == "poss"), None)
        if objects[0].lower_ == "what" and owner is not None:
            # "in retaliation for what he called Japan's failure to honour the pact": what is named is the named
            # thing itself, judged of its owner
            objects = [owner]
        if objects[0].lemma_.lower() in CLAIM_NOUNS and predicate.lemma_.lower() in DENIAL_WORDS:
            # "called the charges utterly false", "dismissed the reports as baseless": calling claims false denies them
            speaker = self._speaker(verb, actors)
            return _denying(predicate, "called", speaker, []) if speaker is not None else None
        judged = judgement(predicate)
        speaker = self._speaker(verb, actors)
        target = self._target(objects[0], actors, speaker[0] if speaker else None)
        if judged is None or speaker is None or target is None:
            return None
        return self._candidate(judged[1], judged[0], speaker[0], speaker[1], target, verb, "called")

    @staticmethod
    def _broken_word(clause) -> bool:
        """Whether what was broken is a word given: a promise, a pledge, a law ("broke the rules"); the small
        model may read "had broken promises" as "had" with an object "broken promises"."""
        return any(
            ch.dep_ == "dobj"
            and ch.lemma_.lower() in BROKEN_WORDS
            and (
                clause.lemma_.lower() == "break" or any(a.dep_ == "amod" and a.lower_ == "broken" for a in ch.children)
            )
            for ch in clause.children
        )

    @staticmethod
    def _broken(clause):
        """The word "broken" of "had [broken promises]"."""
        return next(
            a
            for ch in clause.children
            if ch.dep_ == "dobj"
            for a in ch.children
            if a.dep_ == "amod" and a.lower_ == "broken"
        )

    @staticmethod
    def _outcome(clause, taken: set[int]) -> tuple[float, object] | None:
        """What a party is said to have brought about or done, when it is bad: "said the government had
        created chaos", "said the freeze sends the wrong message", "said Labour's rule had been marked by
        failure" (not what it has, meets or undergoes: "posted a deficit" is a fact of its accounts, "faces
        fierce opposition" what others do). Only criticism: a party said to have made progress is most
        often the speaker's own side."""
        lemma = clause.lemma_.lower()
        doing = lemma in DEED_VERBS or (clause.pos_ == "VERB" and lemma not in HAVING_VERBS)
        heads = [ch for ch in clause.children if ch.dep_ == "dobj"] if doing else []
        heads += [g for ch in clause.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
        for head in heads:
            for word in [head, *(c for c in head.children if c.dep_ == "conj")]:
                judged = judgement(word) if word.i not in taken else None
                if judged is not None and judged[0] < 0:
                    return judged
        return None

    def _groundless(self, clause, subj, speaker, actors) -> Candidate | None:
        """ "Vivendi said there was no legal basis for the complaints", "Mr Howard said there was not one iota of
        truth in the report", "the ministry said the allegations had no foundation": saying a claim lacks grounds
        denies it (REJECT), against whoever made it."""
        if clause.lemma_.lower() not in ("be", "have"):
            return None
        lacking = next(
            (ch for ch in clause.children if ch.dep_ in ("attr", "dobj") and ch.lemma_.lower() in GROUNDS_WORDS), None
        )
        if lacking is None or any(
            ch.dep_ == "aux" and ch.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX for ch in clause.children
        ):
            return None  # "there would be no basis if ...": a case supposed, no claim denied
        denied = any(ch.dep_ == "neg" for ch in clause.children) or any(
            ch.dep_ == "det" and ch.lower_ == "no" for ch in lacking.children
        )
        preps = [
            *(t for t in lacking.subtree if t.dep_ == "prep"),
            *(ch for ch in clause.children if ch.dep_ == "prep"),
        ]
        inner = [g for t in preps for g in t.children if g.dep_ == "pobj"]
        claims = [t for t in (subj, *inner) if t is not None and t.lemma_.lower() in CLAIM_NOUNS | {"complaint"}]
        if not denied or not claims:
            return None
        owners = [ch for c in claims for ch in c.children if ch.dep_ in ("poss", "compound") and ch.pos_ != "PRON"]
        recipients = [p for o in owners for p in self.parties(o, actors)]
        return _denying(lacking, "said", speaker, recipients)

    def _denial(self, clause, subj, speaker, actors) -> Candidate | None:
        """ "She said reports that she had likened them to regimes were inaccurate", "the minister said the
        allegations were false": calling claims false denies them (REJECT), whoever made them."""
        if clause.lemma_.lower() != "be" or subj.lemma_.lower() not in CLAIM_NOUNS:
            return None
        word = next(
            (ch for ch in clause.children if ch.dep_ in ("attr", "acomp") and ch.lemma_.lower() in DENIAL_WORDS), None
        )
        if word is None or any(ch.dep_ == "neg" for ch in clause.children):
            return None
        owners = [ch for ch in subj.children if ch.dep_ in ("poss", "compound")]
        owners += [g for ch in subj.children if ch.dep_ == "prep" and ch.lower_ in ("by", "from") for g in ch.children]
        recipients = [p for o in owners if o.pos_ != "PRON" for p in self.parties(o, actors)]
        return _denying(word, "said", speaker, recipients)

    @staticmethod
    def _harm_foretold(clause, subj, speaker) -> bool:
        """A policy said by a political speaker to harm ("the plans would hit families", "the tax will hurt
        pensioners", "the cuts have damaged the NHS") or to bring about or foster something bad ("the law would
        encourage a culture of corruption", "the cuts will cause hardship"): no negation, no question, a policy for
        subject."""
        return (
            (clause.lemma_.lower() in HARMING_VERBS or _bad_brought(clause))
            and clause.pos_ == "VERB"
            and subj.dep_ == "nsubj"
            and subj.lemma_.lower() in JUDGED_MATTERS
            and not any(ch.dep_ == "neg" for ch in clause.children)
            and not any(ch.dep_ == "mark" and ch.lower_ in ("if", "whether", "unless") for ch in clause.children)
            and not _asks(clause.sent)
            and _public_voice(speaker)
        )

    def _course_judged_ahead(self, clause, subj, speaker, actors) -> Candidate | None:
        """ "Measures of this sort would be counterproductive," the British delegate said; "lifting the arms embargo
        would be irresponsible": a course of policy a political speaker says would (or will) be bad, with no condition
        and no question, is opposed (REJECT), its owner, where named, the one turned down. A course that "could" or
        "might" be bad is a risk told, no stance; a price or a figure said to be bad judges no course."""
        if clause.lemma_.lower() != "be" or _asks(clause.sent):
            return None
        auxes = {ch.lower_ for ch in clause.children if ch.dep_ == "aux"}
        if not auxes & FUTURE_AUX or any(ch.dep_ == "neg" for ch in clause.children):
            return None
        if any(
            m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
            for ch in (clause, *(c for c in clause.children if c.dep_ == "advcl"))
            for m in ch.children
        ):
            return None  # "would be disastrous if the talks failed": a consequence, no stance on a course
        course = subj if subj is not None else next((ch for ch in clause.children if ch.dep_ == "csubj"), None)
        if course is None:
            return None
        gerund = course.dep_ == "csubj" or (course.tag_ == "VBG" and any(ch.dep_ == "dobj" for ch in course.children))
        if not gerund and course.lemma_.lower() not in JUDGED_MATTERS | PROPOSED_THINGS:
            return None
        predicate = next((ch for ch in clause.children if ch.dep_ in ("acomp", "attr")), None)
        judged = judgement(predicate) if predicate is not None else None
        if judged is None or judged[0] > 0:
            return None
        if not _public_voice(speaker):
            return None
        target = [] if gerund else (self._target(course, actors, speaker[0]) or [])
        if {p["key"] for p in target} & {p["key"] for p in speaker[1]}:
            return None  # "our plan would be costly": a speaker's own course weighed
        word = judged[1]
        c = Candidate(word, "REJECT", None, f"clause:would be {word.lemma_.lower()} (oppose)")
        c.subject, c.actors, c.recipients = speaker[0], speaker[1], target
        c.actor_optional = False
        return c

    @staticmethod
    def _innocence(clause, subj, speaker) -> Candidate | None:
        """ "Mr Blunkett insisted he had done nothing wrong", "the party said it had broken no rules", "she said she
        had committed no crime": a speaker who says they did no wrong denies what they are charged with (REJECT)."""
        if subj.pos_ != "PRON" or subj.lower_ not in ("he", "she", "they", "we", "i", "it"):
            return None
        lemma = clause.lemma_.lower()
        done = next((ch for ch in clause.children if ch.dep_ == "dobj"), None)
        if done is None or lemma not in ("do", "break", "commit"):
            return None
        if lemma == "do":
            innocent = done.lower_ == "nothing" and any(ch.lower_ in WRONGS for ch in done.children)
        else:
            innocent = any(ch.dep_ == "det" and ch.lower_ == "no" for ch in done.children)
        return _denying(done, "said", speaker, []) if innocent else None

    def _disparaging(self, clause, speaker, actors, taken: set[int]) -> Candidate | None:
        """ "'Under New Labour, households are still paying an unfair council tax,' he added": a speaker
        who says of another party, named in what is said, something in words that judge badly, criticises
        it (ACCUSE), though no one word is the predicate of that party. The words are adjectives and nouns
        that judge, and verbs of bad conduct or of damage ("were damaging Labour's chances"), never a verb
        of an act ("had suspended visa services", "to destroy his ability")."""
        own = {p["key"] for p in speaker[1]}
        home = {p.get("country") for p in speaker[1] if p.get("country")}
        if speaker[1] and not any(p.get("sector") in GOVERNING_SECTORS for p in speaker[1]):
            # a firm or a fan saying something bad of a government is business, or chatter; a state named as the
            # speaker ("Iran announced its offensive had dealt savage blows") tells of its own deeds
            return None
        words = [t for t in clause.subtree if t.i not in taken]
        bad = next(
            (
                t
                for t in words
                if (t.pos_ in ("ADJ", "NOUN") or t.lemma_.lower() in CONDUCT_VERBS | DAMAGING_VERBS)
                and _rating(t) < 0
                and not self._failed_to_agree(t)
                and not any(
                    ch.dep_ == "neg" or (ch.dep_ == "aux" and ch.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX)
                    for h in (t, t.head)
                    for ch in h.children
                )
            ),
            None,
        )
        if bad is None:
            return None
        targets: list[dict] = []
        verb_of_bad = _clause_verb(bad)
        clause_of_bad = verb_of_bad.i if verb_of_bad is not None else -1
        judge = _second_judge(bad)
        judges = {g.i for g in judge.subtree} if judge is not None else set()
        for t in words:
            if t.i in judges:
                continue  # "after the Labour Court ruled it illegal": the court judges, it is not judged
            # the party and the bad words in one clause: "Labour had presided over a disastrous decline"
            if t.pos_ in ("PROPN", "NOUN") and t.dep_ != "compound" and _clause_index(t) == clause_of_bad:
                for p in self.parties(t, actors):
                    # a state is judged only through what it owns and does ("Japan's unfair trade practices"):
                    # named beside bad words of prices or figures ("Norway's trade deficit widened") it is no target
                    political = p.get("sector") in GOVERNING_SECTORS or (
                        party_kind(p) == "country" and _conduct_owned(t, bad)
                    )
                    key = str(p.get("key", ""))
                    named = not key.startswith("unresolved:")  # a party by name, not "states"
                    state = key.startswith(("country:", "group:"))
                    if state and p.get("country") in home:
                        continue  # "Bonn requested ... a ban", said by the German government: its own state
                    if political and named and p["key"] not in own and p["key"] not in {q["key"] for q in targets}:
                        targets.append(p)
        if not targets:
            return None
        c = self._candidate(bad, -1.0, speaker[0], speaker[1], targets, clause, "said")
        if c is not None:
            c.rule = f"clause:disparaged {bad.lemma_.lower()} (criticize)"
        return c

    @staticmethod
    def _policy(subj) -> bool:
        return subj.lemma_.lower() in PUBLIC_MATTERS and subj.lemma_.lower() not in EVENT_MATTERS

    def _prosecution(self, verb, speaker, actors, taken: set[int]) -> Candidate | None:
        """ "Prosecutors said he was motivated by wealth", "the prosecution said Jaynes was a snake oil
        salesman": what prosecutors say of a person or a firm is their case against it (ACCUSE, legal)."""
        if speaker[0].lemma_.lower() not in PROSECUTION_WORDS:
            return None
        for clause in said_clauses(verb):
            subj = next((ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or not _asserted(clause) or any(t.i in taken for t in clause.subtree):
                continue  # "has been put under investigation, prosecutors said": the clause's own event says it
            named = self.parties(subj, actors) if subj.pos_ != "PRON" else []
            # of a person or a firm ("Prosecutors said Enron had hidden losses"), not of a thing ("the trial")
            party = (
                subj.lower_ in ("he", "she", "they")
                or subj.pos_ == "PROPN"
                or bool(named)
                or subj.lemma_.lower() in HUMAN_NOUNS
            )
            if party and subj.ent_type_ not in ("DATE", "TIME", "GPE"):
                c = Candidate(clause, "ACCUSE", "legal", "clause:prosecutors said (legal)")
                c.subject, c.actors = speaker[0], speaker[1]
                c.recipients = named
                c.actor_optional = True
                c.doer_unnamed = True
                return c
        return None

    def _governing(self, tok, actors) -> bool:
        """Whether a phrase names a state or a governing, political or social party ("Takeshita has failed to
        unveil measures" judges a premier; "Macluan failed to make an offer" tells of a firm)."""
        return any(political_party(p) for p in self.parties(tok, actors))

    @staticmethod
    def _failed_to(verb) -> bool:
        """ "Macluan failed to make an offer before the deadline": what was not done is told, no one judged ("the
        government has failed the people" judges)."""
        return verb.lemma_.lower() == "fail" and any(ch.dep_ == "xcomp" for ch in verb.children)

    @staticmethod
    def _failed_to_agree(verb) -> bool:
        """ "the negotiators failed to conclude an agreement", "the meeting failed to make any progress": talks that
        ended without one judge no side of them, whoever tells it ("the government failed to protect the people"
        judges)."""
        if verb.lemma_.lower() != "fail":
            return False
        met = any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lemma_.lower() in MEETING_WORDS for ch in verb.children)
        return met or any(ch.dep_ == "xcomp" and ch.lemma_.lower() in NEGOTIATED_VERBS for ch in verb.children)

    @staticmethod
    def _made_badly(participle) -> tuple[float, object] | None:
        """(-1, adverb) of a passive participle of making graded by an adverb of bad work ("had been badly
        drafted"), never the participle's own rating ("has been awarded a contract" praises no one)."""
        judged = judgement(participle)
        return judged if judged is not None and judged[1].lower_ in BADLY_DONE else None

    def _extraposed(self, clause, word, actors) -> list[dict] | None:
        """ "He said it was absolutely disgusting to propose such a system", "it is disappointing that you have
        contributed to this distortion": an act judged badly after "it is", whose doer, if the clause names a
        party, is the one judged (no recipient otherwise). A hardship ("it is dangerous to travel") judges no
        one, and neither does a thought ("it is wrong to think")."""
        if clause.lemma_.lower() != "be" or word.lower_ in HARDSHIP_WORDS or word.lemma_.lower() in HARDSHIP_WORDS:
            return None
        holders = [clause, *(ch for ch in clause.children if ch.dep_ in ("attr", "acomp"))]
        act = next(
            (
                ch
                for h in holders
                for ch in h.children
                if ch.pos_ in ("VERB", "AUX")
                and (
                    ch.dep_ in ("xcomp", "ccomp")
                    # "it is such a pity that Mr Blair does not practise what he preaches": the clause hung on the noun
                    or (
                        h is not clause
                        and ch.dep_ == "acl"
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in ch.children)
                    )
                )
            ),
            None,
        )
        if act is None or act.lemma_.lower() in BELIEF_VERBS or act.lemma_.lower() == "be":
            return None
        doer = next((ch for ch in act.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if act.dep_ == "acl":  # a pity, a shame: only of what a party named there did ("that the rain spoiled it")
            return (self.parties(doer, actors) or None) if doer is not None and doer.pos_ != "PRON" else None
        if doer is None or doer.pos_ == "PRON":
            return []
        return self.parties(doer, actors) or []

    @staticmethod
    def _wrong_to_say(clause, word):
        """ "it was wrong to suggest the chancellor would usurp him", "it is misleading to claim that": the verb of
        saying an extraposed judgement holds, when what is judged is a claim (then the speaker denies it)."""
        if clause.lemma_.lower() != "be":
            return None
        holders = [clause, *(ch for ch in clause.children if ch.dep_ in ("attr", "acomp"))]
        return next(
            (
                ch
                for h in holders
                for ch in h.children
                if ch.dep_ in ("xcomp", "ccomp")
                and ch.lemma_.lower() in CLAIM_VERBS
                and word.lemma_.lower() in FALSE_WORDS
            ),
            None,
        )

    def _critics(self, verb, actors) -> Candidate | None:
        """ "Critics say the law would favour large companies", "opponents argue the tax is a con": whoever the
        news calls critics criticises what they speak of, a policy or a party, whatever the words; who they
        are the sentence does not say."""
        subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in CRITICS_BY_NAME or any(ch.dep_ == "neg" for ch in verb.children):
            return None
        for clause in said_clauses(verb):
            if any(ch.dep_ == "aux" and ch.lower_ in ("could", "might", "may") for ch in clause.children):
                continue  # "critics maintain that the government could get out of ...": a possibility, not a charge
            about = clause_subject(clause, ("nsubj", "nsubjpass"))
            target = self._target(about, actors) if about is not None else None
            if target is None:
                continue
            c = Candidate(verb, "ACCUSE", "criticize", f"clause:critics {verb.lemma_.lower()} (criticize)")
            c.subject, c.actors, c.recipients = subj, self.parties(subj, actors), target
            c.actor_optional = False
            c.doer_unnamed = not c.actors
            return c
        return None

    def _statements(self, verb, actors, taken: set[int]) -> list[Candidate]:
        """ "said the government's plans were a waste of money", "said Mr Blair had lied"."""
        critics = self._critics(verb, actors) if verb.i not in taken else None
        if critics is not None:
            return [critics]
        speaker = self._speaker(verb, actors)
        if speaker is None:
            subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in PROSECUTION_WORDS:
                c = self._prosecution(verb, (subj, []), actors, taken)
                return [c] if c is not None else []
            return []
        prosecuted = self._prosecution(verb, speaker, actors, taken)
        if prosecuted is not None:
            return [prosecuted]
        out = []
        for clause in said_clauses(verb):
            if clause.dep_ not in ("ccomp", "conj", "advcl"):
                continue
            if clause.i in taken and not (clause.lemma_.lower() in DUTY_VERBS and _negated_only(clause)):
                continue  # a duty denied is a complaint beside the act it denies ("had not consulted us")
            subj = clause_subject(clause, ("nsubj", "nsubjpass"))
            # "there was not one iota of truth in the report": the negation is the denial, so it is read first
            groundless = None if _asks(clause.sent) else self._groundless(clause, subj, speaker, actors)
            if groundless is not None:
                out.append(groundless)
                continue
            if subj is not None and self._harm_foretold(clause, subj, speaker):
                # "Labour said the Tory plans would hit hard-working families": a party's policy said to harm people
                # is criticised, whether the harm is told as done or to come
                target = self._target(subj, actors, speaker[0])
                if target == [] and any(p.get("sector") == "GOV" for p in speaker[1]):
                    target = None  # "the minister said the tax would hurt exporters": whose tax, it does not say
                c = (
                    self._candidate(clause, -1.0, speaker[0], speaker[1], target, verb, "said")
                    if target is not None
                    else None
                )
                if c is not None:
                    out.append(c)
                    continue
            foretold = self._course_judged_ahead(clause, subj, speaker, actors)
            if foretold is not None:
                out.append(foretold)
                continue
            if subj is None or not _asserted(clause):
                owed = subj is not None and subj.dep_ == "nsubj" and subj.pos_ != "PRON" and _negated_only(clause)
                kept_not = owed and _word_not_kept(clause)
                undone = owed and not kept_not and clause.lemma_.lower() in DUTY_VERBS and clause.tag_ != "VB"
                target = self._target(subj, actors, speaker[0]) if kept_not or undone else None
                if target:
                    # "said the Japanese have not lived up to their pledge", "had not kept its promise": a word given
                    # and not kept, told of a named party, judges it as breaking it does; so does a hearing owed and
                    # not given ("said the U.S. had not listened to Japan's explanation", "had not consulted us")
                    c = self._candidate(clause, -1.0, speaker[0], speaker[1], target, verb, "said")
                    if c is not None:
                        what = "word not kept" if kept_not else "duty not done"
                        c.rule = f"clause:{what} {clause.lemma_.lower()} (criticize)"
                        out.append(c)
                        continue
                short = _not_enough(clause) if subj is not None and _negated_only(clause) else None
                target = self._target(subj, actors, speaker[0]) if short is not None else None
                if short is not None and target:
                    # "Japan's car export restraint is not enough, de Clercq said": a party's act or offer said to
                    # fall short is judged as "insufficient" judges it
                    c = self._candidate(short, -1.0, speaker[0], speaker[1], target, verb, "said")
                    if c is not None:
                        c.rule = f"clause:not {short.lower_} ({c.mode or 'oppose'})"
                        out.append(c)
                        continue
                if subj is not None and _negated_only(clause):
                    # "told the Senate the measure was not aimed at retaliation but at correcting Japan's unfair
                    # trade practices": what the clause denies is not said, but its bad words of a party are
                    c = self._disparaging(clause, speaker, actors, taken)
                    if c is not None:
                        out.append(c)
                continue
            wronged = False
            denial = self._denial(clause, subj, speaker, actors) or self._innocence(clause, subj, speaker)
            if denial is not None:
                out.append(denial)
                continue
            if clause.lemma_.lower() == "be":
                predicate = next((ch for ch in clause.children if ch.dep_ in ("attr", "acomp")), None)
                judged = judgement(predicate) if predicate is not None and predicate.i not in taken else None
                said_of = [predicate] if predicate is not None and predicate.pos_ == "ADJ" else []
                # "the remarks were very relevant and welcome": each adjective joined to the predicate is said of the
                # subject too
                said_of += [ch for p in said_of for ch in p.children if ch.dep_ == "conj" and ch.pos_ == "ADJ"]
                if judged is None:
                    judged = next((j for p in said_of[1:] if (j := judgement(p))), None)
                if judged is None and any(ch.dep_ == "poss" for ch in subj.children):
                    # "King Fahd's remarks were welcome", "the government's decision was sensible": approval VADER does
                    # not rate, said of a party's own words or deed
                    judged = next(((1.0, p) for p in said_of if p.lower_ in APPROVING_WORDS), None)
                if (
                    judged is None
                    and predicate is not None
                    and subj.lower_ == "it"
                    and predicate.lower_ in APPROVING_WORDS
                ):
                    judged = (1.0, predicate)  # "it was right that ...": approval VADER does not rate
                if judged is None and predicate is not None and predicate.pos_ == "NOUN":
                    # "said the country's moratorium was the right action", "the right decision": the same approval
                    # said of a party's deed before a noun
                    judged = next(
                        (
                            (1.0, ch)
                            for ch in predicate.children
                            if ch.dep_ == "amod" and ch.i < predicate.i and ch.lower_ in APPROVING_WORDS
                        ),
                        None,
                    )
            elif (
                _conduct(clause)
                and subj.dep_ == "nsubj"
                and not (self._failed_to(clause) and not self._governing(subj, actors))
                and not self._failed_to_agree(clause)
            ):
                judged = (-1.0, clause)  # "had lied", "betrayed voters": a deed of bad conduct
            elif _conduct(clause) and subj.dep_ == "nsubjpass" and (agent := self.agent_of(clause)) is not None:
                # "said Mr Scrushy had been deceived by other executives": the deed is the agent's, who is judged
                judged, subj = (-1.0, clause), agent
            elif (
                _conduct(clause)
                and subj.dep_ == "nsubjpass"
                and subj.lemma_.lower() in PUBLIC_MATTERS
                and not any(ch.dep_ == "poss" for ch in subj.children)
            ):
                # "said the election had been rigged", "said the figures were falsified": a public matter that
                # underwent a deed of bad conduct accuses whoever ran it, though no one is named
                judged, wronged = (-1.0, clause), True
            elif subj.dep_ == "nsubjpass" and clause.tag_ == "VBN" and (badly := self._made_badly(clause)):
                judged = badly  # "the bill had been badly drafted": how it was made judges its makers
            elif subj.dep_ == "nsubj" and self._broken_word(clause):
                # "has broken his word", "broke its election promise", "had broken promises"
                judged = (-1.0, clause if clause.lemma_.lower() == "break" else self._broken(clause))
            else:
                judged = self._outcome(clause, taken)
            target = self._target(subj, actors, speaker[0]) if judged is not None else None
            if (
                target is None
                and judged is not None
                and judged[0] < 0
                and subj.lemma_.lower() in CONDEMNED_DEEDS
                and any(
                    (ch.dep_ == "det" and ch.lower_ in ("the", "this", "that", "these", "those")) or ch.dep_ == "poss"
                    for ch in subj.children
                )
            ):
                # "said the strike was illegal", "said Monday's attack was barbaric": the doers of a deed done are
                # condemned; "a nuclear attack is the main danger" judges a deed that may come, of no one
                target = []
            if target is None and judged is not None and subj.lower_ in ("this", "that", "it") and predicate_of(clause):
                # "this is a scurrilous attempt by the Tories": what "this" is, is judged, with its owner
                target = self._target(predicate_of(clause), actors, speaker[0]) or None
            if target is None and judged is not None and judged[0] < 0 and subj.lower_ == "it":
                said_wrongly = self._wrong_to_say(clause, judged[1])
                if said_wrongly is not None:
                    # "said it was wrong to suggest the chancellor would usurp him": a claim called wrong is denied
                    out.append(_denying(judged[1], "said", speaker, []))
                    continue
                # "it was disgusting to propose ...": criticism only ("it is only natural that ..." praises no one)
                target = self._extraposed(clause, judged[1], actors)
            elif target is None and judged is not None and subj.lower_ == "it" and judged[1].lower_ in APPROVING_WORDS:
                # "it is good that Labour has rejected the idea", "it was right that the government acted": a named
                # party's deed called good is praised; with no party named ("it is good to be home") no one is
                target = self._extraposed(clause, judged[1], actors) or None
            if judged is None:
                c = self._disparaging(clause, speaker, actors, taken)
                if c is not None:
                    out.append(c)
                continue
            if target is None:
                continue
            if (
                not target
                and not wronged
                and clause.lemma_.lower() != "be"
                and (judged[1].i == clause.i or not self._policy(subj))
            ):
                # a public matter said to do harm judges no one unless it is a party's policy: "the freeze
                # sends the wrong message" criticises the freeze's makers; "the war has caused chaos" no one
                continue
            c = self._candidate(judged[1], judged[0], speaker[0], speaker[1], target, verb, "said")
            if c is not None and not any(_same_parties(c, other) for other in out):
                out.append(c)  # "said he had misled parliament and broken his promise": one criticism of him
        return out


def _not_enough(clause):
    """The word of a "be" clause that says its subject falls short, negated: "the restraint is not enough", "the offer
    was not sufficient" (the negation is the verdict, as "insufficient" is); None else."""
    if clause.lemma_.lower() != "be" or not any(ch.dep_ == "neg" for ch in clause.children):
        return None
    subject = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in PUBLIC_MATTERS | PROPOSED_THINGS | SHORTFALL_DEEDS:
        return None  # "domestic expansion has not been enough": a process falls short, no party's act
    word = next((ch for ch in clause.children if ch.dep_ in ("acomp", "attr") and ch.lower_ in SUFFICIENCY_WORDS), None)
    if word is None or any(ch.dep_ in ("xcomp", "advcl") for ch in (*word.children, *clause.children)):
        return None  # "was not enough to offset the effects": a measure for a purpose, no verdict on a deed
    return word


def _turns_down(word) -> bool:
    """Whether a verdict turns down what was put forward: "the proposals were unacceptable", "found the terms
    unworkable" (not "the plan is disastrous", which criticises it, nor "prices are unacceptable")."""
    if word.dep_ not in ("acomp", "attr", "oprd") or (
        word.lemma_.lower() not in REFUSING_VERDICTS and getattr(_not_enough(word.head), "i", None) != word.i
    ):
        return False
    judged = [ch for ch in word.head.children if ch.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(j.lemma_.lower() in PROPOSED_THINGS for j in judged)
