"""Stances said in statements: pledges, demands and rejections that carry no verb of the lexicon.

Much of what politicians do in the news is say what they will do, what others must do and what will not
work, in clauses whose verb is an ordinary one ("cut", "act", "work"). Four readings, each of a clause a
speech verb governs (or of a verb of wanting), never of a question:

  pledge     a political speaker's own future act of policy: "'We will cut taxes,' the leader said", "the
             party said it would abolish the fee" (AGREE, promise). Only verbs of policy
             (`policy_verbs` in data/words.yaml) pledge: "we will see" promises nothing.
  wanting    a party wanting another party to act: "farmers want the government to compensate them"
             (REQUEST, demand); the act wanted has not happened.
  necessity  a speaker saying it is essential, vital or necessary that a party act: "it is essential
             that the government acts now, the union said" (REQUEST, demand).
  unworkable a speaker saying a proposal would not work: "Tory proposals would not work, Mr Blair
             argued" (REJECT of the proposal, whose owner is the recipient).
  threat     a speaker saying a party will respond if another party acts: "the United States would respond
             vigorously if the community went ahead with the tax, Yeutter said", "Moscow will answer back with
             force if Iran attacks a Soviet ship" (THREATEN, of the party the condition names): a conditional
             commitment to an act of response or force is a threat.

Each reading writes a new candidate with its subject, actors and recipients, and marks the acts inside a
demanded clause suppressed (what is demanded or pledged has not happened)."""

from __future__ import annotations

from ..actors.mentions import DocActors
from .candidate import Candidate
from .grammar import (
    ENABLING_VERBS,
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    PUBLIC_MATTERS,
    WANTING_VERBS,
    WORDS,
    subjunctive,
    would_like,
)
from .participants import ParticipantFinder
from .quotes import said_clauses, speech_verb

POLICY_VERBS = WORDS["policy_verbs"]
NECESSITY_WORDS = WORDS["necessity_words"]
RESPONSE_ACTS = WORDS["response_acts"]
RESPONSE_LIGHT_VERBS = WORDS["response_light_verbs"]
SPECULATION_ADVERBS = WORDS["speculation_adverbs"]
THREAT_ACTS = WORDS["threat_acts"]

# the heads of the clauses a stance may be said in: a verb of policy, "be" (necessity), "work", a response
STANCE_HEADS = POLICY_VERBS | {"be", "work"} | RESPONSE_ACTS | RESPONSE_LIGHT_VERBS
# the speaker's own voice in a pledge
FIRST_PERSON = ("we", "i")
# what stands for the speaking party in reported speech: "the party said it would ..."
SELF_PRONOUNS = ("it", "they", "he", "she")


def mandative(clause) -> bool:
    """Whether a that-clause is in the subjunctive of a demand: "that the adjustment be automatic", "that the
    restrictions be eliminated", "that the minister resign"; never an indicative ("that the minister resigns"), a
    modal or a question. A bare verb other than "be" counts only with a singular subject, where the indicative would
    show its "-s"."""
    if clause.pos_ not in ("VERB", "AUX") or not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return False
    subject = next((ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in ("i", "you", "we", "they"):
        return False
    auxes = [ch for ch in clause.children if ch.dep_ in ("aux", "auxpass") and ch.i < clause.i]
    if [a.lower_ for a in auxes] == ["be"] and auxes[0].dep_ == "auxpass" and clause.tag_ == "VBN":
        return True  # "that the restrictions be eliminated"
    if auxes or not subjunctive(clause):
        return False
    # "that the adjustment be automatic"; another bare verb only where the indicative would show its "-s"
    singular = subject.tag_ in ("NN", "NNP") and not any(ch.dep_ == "conj" for ch in subject.children)
    return clause.lemma_ == "be" or singular


class StanceReader:
    """Reads the parse and the candidates found so far; writes new AGREE, REQUEST and REJECT candidates
    (trigger, type, mode, rule, subject, actors, recipients) and `suppressed` on acts that a demand or a
    pledge names but that have not happened."""

    def __init__(self, participants: ParticipantFinder):
        self.participants = participants

    def read(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        taken = {c.trigger.i for c in cands if not c.suppressed}
        out: list[Candidate] = []
        asks = None  # whether the sentence is a question, read once and only when a reading may apply
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            wanting = tok.lemma_.lower() in WANTING_VERBS or would_like(tok)
            clauses = (
                []
                if wanting or not speech_verb(tok)
                else [
                    ch
                    for ch in said_clauses(tok)
                    # a subjunctive clause is wanted, not done, whatever act its verb names
                    if (ch.i not in taken and ch.lemma_.lower() in STANCE_HEADS) or mandative(ch)
                ]
            )
            if not (wanting or clauses) or any(ch.dep_ == "neg" for ch in tok.children):
                continue
            if asks is None:
                asks = any(t.text == "?" for t in sent)
            if asks:
                return []
            if wanting:
                out.extend(self._wanting(tok, actors, cands))
                continue
            speaker = self._speaker(tok, actors)
            if speaker is None:
                continue
            for clause in clauses:
                for reading in (self._threat, self._pledge, self._necessity, self._unworkable, self._mandate):
                    c = reading(tok, clause, speaker, actors, cands)
                    if c is not None:
                        out.append(c)
                        break
        return out

    def _speaker(self, verb, actors: DocActors) -> tuple[object, list[dict]] | None:
        said = self.participants.speaker(verb, actors)
        return said if said is not None and said[1] else None

    @staticmethod
    def _suppress_inside(clause, cands: list[Candidate]) -> None:
        inside = {t.i for t in clause.subtree}
        for other in cands:
            if other.trigger.i in inside:
                other.suppressed = True

    def _candidate(self, trigger, kind: str, mode: str, rule: str, speaker, recipients: list[dict]) -> Candidate:
        c = Candidate(trigger, kind, mode, rule)
        c.subject = speaker[0]
        c.actors = speaker[1]
        c.recipients = [r for r in recipients if r["key"] not in {a["key"] for a in speaker[1]}]
        return c

    def _pledge(self, verb, clause, speaker, actors, cands) -> Candidate | None:
        """ "'We will cut taxes for every family,' the opposition leader said": the speaker's own act of
        policy, in the future tense, promised."""
        if clause.lemma_.lower() not in POLICY_VERBS:
            return None
        auxes = {ch.lower_ for ch in clause.children if ch.dep_ == "aux"}
        if not auxes & FUTURE_AUX or auxes & HYPOTHETICAL_AUX:
            return None
        subj = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None)
        if subj is None:
            return None
        own = subj.lower_ in FIRST_PERSON or (
            subj.lower_ in SELF_PRONOUNS and speaker[0].pos_ != "PRON" and self._speaks_for_a_body(speaker[1])
        )
        if not own or any(c.trigger.i == clause.i for c in cands):
            return None  # an act of the lexicon is coded from its verb, with its own intent row
        c = self._candidate(clause, "AGREE", "promise", f"clause:pledge {clause.lemma_.lower()}", speaker, [])
        c.status = "happened"  # the pledge is made now; what is pledged is to come
        return c

    @staticmethod
    def _speaks_for_a_body(parties: list[dict]) -> bool:
        """A government, a party or a state says "it would": the pronoun is the body itself."""
        return any(
            str(p.get("key", "")).startswith("country:") or p.get("sector") in ("GOV", "PTY", "LEG", "IGO", "LAB")
            for p in parties
        )

    def _necessity(self, verb, clause, speaker, actors, cands) -> Candidate | None:
        """ "It is essential that the government acts now, the union said": a necessity the speaker
        asserts of another party's act is a demand of it."""
        if clause.lemma_.lower() != "be":
            return None
        word = next((ch for ch in clause.children if ch.dep_ == "acomp" and ch.lower_ in NECESSITY_WORDS), None)
        demanded = next((ch for ch in clause.children if ch.dep_ == "ccomp"), None)
        if word is None or demanded is None or not any(ch.lower_ == "that" for ch in demanded.children):
            return None
        target = next((ch for ch in demanded.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        recipients = self.participants.parties(target, actors) if target is not None else []
        if not recipients:
            return None
        self._suppress_inside(demanded, cands)
        return self._candidate(word, "REQUEST", "demand", f"clause:{word.lower_} (demand)", speaker, recipients)

    def _mandate(self, verb, clause, speaker, actors, cands) -> Candidate | None:
        """ "Consumers say that the adjustment be automatic", "the report said that the restrictions be eliminated":
        a said clause in the subjunctive (a bare "be" or a bare verb with a singular subject, no auxiliary) tells
        what the speaker wants done, a demand, as "insist that" or "recommend that" would."""
        if not mandative(clause):
            return None
        self._suppress_inside(clause, cands)  # what is wanted has not happened
        target = next((ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        recipients = self.participants.parties(target, actors) if target is not None and target.pos_ != "PRON" else []
        rule = f"clause:that {clause.lemma_.lower()} (subjunctive demand)"
        return self._candidate(clause, "REQUEST", "demand", rule, speaker, recipients)

    def _unworkable(self, verb, clause, speaker, actors, cands) -> Candidate | None:
        """ "Tory proposals to cut the budget would not work, the chancellor argued": saying a proposal
        will not work rejects it."""
        if clause.lemma_.lower() != "work" or not any(ch.dep_ == "neg" for ch in clause.children):
            return None
        subj = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in PUBLIC_MATTERS:
            return None
        owners = [ch for ch in subj.children if ch.dep_ in ("compound", "poss", "amod")]
        recipients = [p for o in owners for p in self.participants.parties(o, actors)]
        return self._candidate(clause, "REJECT", "reject", "clause:would not work (reject)", speaker, recipients)

    def _threat(self, verb, clause, speaker, actors, cands) -> Candidate | None:
        """ "The United States would respond vigorously if the community went ahead with the tax, Yeutter said":
        a party's act of response or force, in the future, on a condition another party's act fulfils, is a
        threat (THREATEN) of that party; "we would act if prices fell" names no party to threaten."""
        lemma = clause.lemma_.lower()
        acting = lemma in RESPONSE_ACTS or (
            lemma in RESPONSE_LIGHT_VERBS
            and any(ch.dep_ == "dobj" and ch.lemma_.lower() in THREAT_ACTS for ch in clause.children)
        )
        auxes = {ch.lower_ for ch in clause.children if ch.dep_ == "aux"}
        if not acting or not auxes & FUTURE_AUX or any(ch.dep_ == "neg" for ch in clause.children):
            return None
        if any(ch.dep_ == "prep" and ch.lower_ == "to" for ch in clause.children):
            return None  # "Congress would respond to the needs of the industry if ...": meeting a need, no threat
        if any(ch.dep_ == "advmod" and ch.lower_ in SPECULATION_ADVERBS for ch in clause.children):
            return None  # "Congress would likely act if ...": a guess at what others would do, no commitment
        condition = next(
            (
                ch
                for ch in clause.children
                if ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in ch.children)
            ),
            None,
        )
        if condition is None:
            return None
        doer = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None)
        if doer is None:
            return None
        if doer.lower_ in FIRST_PERSON or (doer.lower_ in SELF_PRONOUNS and self._speaks_for_a_body(speaker[1])):
            threatener = speaker  # "we will respond if ...": the speaker's own side
        else:
            found = self.participants.parties(doer, actors) if doer.pos_ != "PRON" else []
            if not found:
                return None
            threatener = (doer, found)
        provoker = next((ch for ch in condition.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        threatened = (
            self.participants.parties(provoker, actors) if provoker is not None and provoker.pos_ != "PRON" else []
        )
        if not threatened:
            return None  # "would act if prices fell": a plan for a case, no one threatened
        self._suppress_inside(clause, cands)  # what is threatened, and its condition, have not happened
        c = self._candidate(clause, "THREATEN", None, f"clause:threat {lemma} if", threatener, threatened)
        return c if c.recipients else None

    def _wanting(self, verb, actors, cands) -> list[Candidate]:
        """ "Farmers want the government to compensate them": a party wanting another to act demands it."""
        wanted = next(
            (ch for ch in verb.children if ch.dep_ in ("ccomp", "xcomp") and ch.pos_ in ("VERB", "AUX")), None
        )
        if wanted is None:
            return []
        target = next((ch for ch in wanted.children if ch.dep_ == "nsubj"), None)
        target = target or next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
        if target is None and self._leave_asked(wanted):
            return self._asking_leave(verb, wanted, actors, cands)
        if target is None or target.lower_ in FIRST_PERSON + SELF_PRONOUNS:
            return []
        self._suppress_inside(wanted, cands)  # what one wants another to do has not happened
        speaker = self._speaker(verb, actors)
        recipients = self.participants.parties(target, actors)
        if speaker is None or not recipients:
            return []
        # "would like" is a wish said now, as "wants" is: its rule carries its status ("happened"), not the modal's
        rule = "clause:would like (demand)" if would_like(verb) else f"verb:{verb.lemma_.lower()} (demand)"
        c = self._candidate(verb, "REQUEST", "demand", rule, speaker, recipients)
        return [c] if c.recipients else []

    @staticmethod
    def _leave_asked(wanted) -> bool:
        """Whether what one wants is to be let do something: "want to be allowed to sell their grain abroad"."""
        return wanted.lemma_.lower() in ENABLING_VERBS and any(ch.dep_ == "auxpass" for ch in wanted.children)

    def _asking_leave(self, verb, wanted, actors, cands) -> list[Candidate]:
        """ "Farmers want to be allowed to sell their grain abroad": a party that wants leave asks it of whoever can
        give it (REQUEST, its giver unnamed); the leave itself is not given."""
        self._suppress_inside(wanted, cands)
        speaker = self._speaker(verb, actors)
        if speaker is None:
            return []
        rule = "clause:would like (leave asked)" if would_like(verb) else f"verb:{verb.lemma_.lower()} (leave asked)"
        return [self._candidate(verb, "REQUEST", "permission", rule, speaker, [])]
