"""Rows a reader of whole sentences (word_reader.py by default, meaning.py with --meaning) finds on its own word.

The rules find an event through a verb or a noun of the lexicon; a sentence that reports one in words no
pattern names ("Labour's plans were 'a con', Mr Howard said", "the two leaders spent the afternoon
together") gives them no candidate, and the reader could only ever confirm or veto what the rules found.
Ten rounds of reading misses show that most of what the coder misses on unread text is lost so, before any
filter: no candidate of the type at all. This step lets the reader speak alone where it is sure enough (ALONE,
chosen on `tune`, `tune2`, `tune3` and `tune4`):

- a type the reader gives with probability >= meaning.alone_threshold (ALONE; stricter for REQUEST and SUPPORT)
  becomes a row in a sentence where the rules coded nothing (beside a row, the reader's other types are mostly
  echoes of that event: the word reader speaks there only when surer, `word_reader.BESIDE`, and never of what the
  row is about, coder.py, round 21), if the rules found no candidate of it at all (a dropped one it was not sure
  enough of stays dropped; "did not attack" stays no attack);
- only in a sentence that names a state or a party of a political or social sector (a firm's results, a
  match, a storm name none), and the row must take at least one such party;
- its parties are read from the clause the type is said in: where the clause's subject, or the object of a verb of
  having, is an event noun whose possessor names a party, the possessor does it ("Kim's visit to Russia was marked
  by": Kim visits Russia; "Kim has Moscow's support": Moscow supports Kim; round 20); else a statement's speaker for
  the acts one does by saying (accusing, asking, rejecting, praising, promising, threatening; in "Interfax quoted the
  minister as saying" the minister, and Interfax is no party), else the subject of the reported clause (the by-phrase
  of a passive, whose subject undergoes it); the target of a stance (accusing, rejecting, praising, agreeing) is what
  the statement is about, the parties of its reported clause's subject ("told MPs the Tories had lied": the Tories),
  never who hears it ("told the BBC", "said to reporters"), though one asks or warns the hearer ("told Iran to stop");
  else the first other state or political party the clause names, else the first other party;
- its rule names the reader, "words alone 0.93" or "meaning alone 0.97", so an analyst can count these rows apart
  and discount them.

Off with `--rules-only`. The thresholds are each reader's own (word_reader.ALONE, meaning.alone_threshold).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..actors.mentions import DocActors, is_unresolved
from .candidate import Candidate
from .filters import POLITICAL_SECTORS, political_party
from .grammar import PLAN_VERBS, REFUSAL_VERBS, SCHEDULED_WORDS, argued_against, called_off, still_ahead
from .participants import SPEAKING_PRONOUNS, ParticipantFinder
from .quotes import HEARER_VERBS, SPEECH_VERBS

# the acts done by saying them: a statement's speaker is their actor ("X said Y's plan was a con": X accuses Y)
SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "THREATEN"})
# of those, the one a statement mostly reports of others, as a fact: an agreement signed, a promise made; its doer is
# the subject of what the statement reports (a pronoun there stands for the speaker)
REPORTED_ACTS = frozenset({"AGREE"})
# of those, the ones whose target is what the statement is about, not who hears it ("told MPs the Tories had lied":
# the Tories are accused, MPs hear it); one asks or warns the hearer ("told Iran to stop", "warned MPs that")
ABOUT_ACTS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})
# the clauses that carry what a speech verb reports
REPORTED = ("ccomp", "xcomp", "parataxis")
# verbs whose clause plans or schedules the act it governs: "agreed to reopen talks", "are expected to raise concerns"
PLANNING: frozenset[str] = frozenset(PLAN_VERBS | SCHEDULED_WORDS)
# verbs by which one has what another's act gives: "Kim has Moscow's complete support" (Moscow supports Kim)
HAVING_VERBS = frozenset({"have", "enjoy", "win", "get", "receive", "gain", "secure"})
# the prepositions that name to whom an event noun is done: "Kim's visit to Russia", "Iran's talks with the EU"
NOUN_TARGETS = frozenset({"to", "with", "for", "against", "on"})


def planned_act(verb, through: frozenset[str] | None = None):
    """The act a verb of planning or scheduling governs, where a row's act is no act of saying: in "MPs are expected to
    raise concerns" or "the parties agreed to reopen talks" the talks and the concerns are the acts, and their
    status is what the verb above makes it (planned), not the verb's own (happened). An act done by saying passes
    only `through` verbs that are no act themselves ("agreed to" is the agreement)."""
    through = PLANNING - REFUSAL_VERBS if through is None else through
    for _ in range(2):
        if verb.lemma_.lower() not in through:
            break
        act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if act is None:
            break
        verb = act
    return verb


def quoting_as(verb):
    """The speech verb a report quotes through: "saying" in "Interfax quoted the minister as saying ...", else None."""
    return next(
        (
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children
            if p.dep_ == "pcomp" and p.lemma_.lower() in SPEECH_VERBS
        ),
        None,
    )


def quoted_speaker(verb):
    """The one a report quotes: in "Interfax quoted the minister as saying ..." the minister speaks, not Interfax."""
    if quoting_as(verb) is None:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def hearers(verb) -> set[int]:
    """The tokens naming who a speech verb's statement is told to: the object of "tell", "brief", "assure" ("told
    the BBC"), and "to" whom it was said ("said to reporters", "complained to the UN")."""
    lemma = verb.lemma_.lower()
    heard = [c for c in verb.children if lemma in HEARER_VERBS and c.dep_ in ("dobj", "dative")]
    if lemma in SPEECH_VERBS:
        heard += [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    return {t.i for h in heard for t in h.subtree}


def political_in(sent, actors: DocActors) -> bool:
    """Whether a sentence names a state or an actor of a political or social sector."""
    for tok in sent:
        hit = actors.actor_for(tok) if tok.pos_ in ("PROPN", "NOUN", "PRON") else None
        if hit is not None and (hit[0].kind == "country" or hit[0].sector in POLITICAL_SECTORS):
            return True
    return False


class AloneRows:
    """Builds the reader's own rows (see the module's docstring); reads the participant finder only."""

    def __init__(
        self,
        participants: ParticipantFinder,
        noun_types: Mapping[str, tuple[str, str | None]] | None = None,
        protest_nouns: frozenset[str] = frozenset(),
    ):
        self.participants = participants
        self.noun_types = noun_types or {}  # the lexicon's nouns of events and their types ("visit": CONSULT)
        self.event_nouns = frozenset(self.noun_types)
        self.protest_nouns = protest_nouns  # nouns of protest, "strike" among them (the lexicon's "strike" is force)

    def not_held(self, sent) -> set[str]:
        """The types of the events a sentence names to call them off or to argue against them ("called off a
        threatened strike", "postponed the talks", "the union is against a general strike"): the rules code the
        calling off or the stance; a reader of words must not report the event itself as held."""
        types = set()
        for t in sent:
            lemma = t.lemma_.lower()
            off = called_off(t)
            # "called off the strike" after weeks of it ends one that was held; "called off a threatened strike" not
            ahead = off is not None and (off not in ("call off", "abandon") or still_ahead(t))
            if (lemma in self.noun_types or lemma in self.protest_nouns) and (ahead or argued_against(t)):
                types.add("PROTEST" if lemma in self.protest_nouns else self.noun_types[lemma][0])
        return types

    def noun_doer(self, verb, actors: DocActors) -> tuple[list[dict], list[dict]] | None:
        """(doers, recipients) where the clause's subject or object is an event noun whose possessor names a party:
        the possessor does it. "Kim's visit to Russia's far east was marked by ..." (Kim visits Russia; read as the
        subject of "marked" Kim would undergo it), "Kim has Moscow's complete support" (Moscow supports Kim, who
        has it: the object of a verb of having). None where no such noun is the clause's subject or object."""
        for arg in verb.children:
            if arg.dep_ not in ("nsubj", "nsubjpass", "dobj") or arg.lemma_.lower() not in self.event_nouns:
                continue
            possessor = next((c for c in arg.children if c.dep_ == "poss"), None)
            doers = self.participants.parties(possessor, actors) if possessor is not None else []
            if not doers:
                continue
            if arg.dep_ == "dobj":
                if verb.lemma_.lower() not in HAVING_VERBS:
                    continue
                subject = self.participants.subject_token(verb)
                done_to = self.participants.parties(subject, actors) if subject is not None else []
            else:
                done_to = [
                    p
                    for prep in arg.children
                    if prep.dep_ == "prep" and prep.lower_ in NOUN_TARGETS
                    for g in prep.children
                    if g.dep_ == "pobj"
                    for p in self.participants.parties(g, actors)
                ]
            keys = {d["key"] for d in doers}
            return doers, [p for p in done_to if p["key"] not in keys][:1]
        return None

    def clause_of(self, event_type: str, sent):
        """The verb a row of this type hangs from: the speech verb for an act done by saying, else the act the
        clause the speech verbs report (`reported_clause`) plans or foresees (`planned_act`)."""
        if event_type in REPORTED_ACTS:
            # "West Germany and Tanzania have signed an agreement, the ministry said": the parties to what the statement
            # reports agreed, not the ministry; "'We will cut taxes,' Mr Howard said": we, the speaker
            return planned_act(self.reported_clause(sent), SCHEDULED_WORDS)
        if event_type in SPEECH_ACTS:
            return planned_act(sent.root, SCHEDULED_WORDS)  # "MPs are expected to raise concerns": they will say it
        return planned_act(self.reported_clause(sent))

    @staticmethod
    def reported_clause(sent):
        """The clause the sentence's speech verbs report ("officials said the agency quoted him as saying troops
        had shelled it": shelled), else the sentence's root."""
        verb = sent.root
        for _ in range(3):
            reported = None
            if verb.lemma_.lower() in SPEECH_VERBS:
                reported = next((c for c in verb.children if c.dep_ in REPORTED and c.pos_ in ("VERB", "AUX")), None)
            if reported is None:
                # "quoted him as saying ...": the report hangs from the "as" of the verb that quotes
                saying = quoting_as(verb)
                if saying is not None:
                    reported = next(
                        (g for g in saying.children if g.dep_ in REPORTED and g.pos_ in ("VERB", "AUX")), None
                    )
            if reported is None:
                break
            verb = reported
        return verb

    def candidates(
        self,
        reading: dict[str, float],
        threshold: float | Callable[[str], float],
        sent,
        actors: DocActors,
        have: set[str],
        known: frozenset,
        political: bool | None = None,
        label: str = "meaning",
    ) -> list[Candidate]:
        """One candidate per type the reader gives >= threshold (one for all, or one per type) that `have` (the
        types the rules found a candidate of in the sentence) lacks, each with a political party. `political` is
        whether the sentence names one (political_in), when the caller has read it already; `label` names the
        reader in the rule ("words", "meaning")."""
        at = threshold if callable(threshold) else (lambda _type: threshold)
        types = sorted((t for t, p in reading.items() if p >= at(t) and t not in have), key=lambda t: -reading[t])
        if types:
            off = self.not_held(sent)
            types = [t for t in types if t not in off]
        if not types or not (political if political is not None else political_in(sent, actors)):
            return []
        out = []
        for event_type in types:
            verb, doers, recipients, subject = self.parties(event_type, sent, actors, known)
            if not any(political_party(p, known) for p in (*doers, *recipients)):
                continue
            out.append(self._row(verb, event_type, reading, doers, recipients, subject, label))
        return out

    def parties(self, event_type: str, sent, actors: DocActors, known: frozenset) -> tuple:
        """(the clause's verb, doers, recipients, the doer's token) of an act of this type that a sentence reports,
        read as the module's docstring says. The coder also asks it for the parties of a candidate the reader kept
        after all that names no doer (coder._doer_from_the_clause)."""
        reporter: set[int] = set()
        verb = self.clause_of(event_type, sent)
        by_noun = self.noun_doer(verb, actors)
        if by_noun is not None:
            return verb, *by_noun, None
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
            quoted = quoted_speaker(verb) if event_type in SPEECH_ACTS else None
            if quoted is not None:  # the one who quotes only reports: neither actor nor target
                reporter = {t.i for t in subject.subtree} if subject is not None else set()
                subject = quoted
            doers = self.participants.parties(subject, actors) if subject is not None else []
            if not doers and subject is not None and subject.lower_ in SPEAKING_PRONOUNS:
                doers = self.participants.speaker_pronoun(verb, actors)
            undergoes = []
        heard, about = set(reporter), None
        if event_type in ABOUT_ACTS:
            # a stance's target is what the statement is about: the subject of the clause it reports ("said
            # the Labour Party's budget was a con", "told MPs that the Conservatives had misled voters")
            heard |= hearers(verb)
            reported = self.reported_clause(sent)
            about = self.participants.subject_token(reported) if reported is not verb else None
            patients = (
                [c for c in reported.children if c.dep_ == "nsubjpass"]
                if reported is not verb and event_type == "ACCUSE"
                else []
            )
            if patients:
                # "safety representatives were ignored, claimed the union": who undergoes what is criticised is no
                # target; who does it, if named, is
                about = self.participants.agent_of(reported)
                heard |= {t.i for p in patients for t in p.subtree}
        recipients = undergoes[:1] or self._first_other_party(verb, subject, doers, actors, known, heard, about)
        return verb, doers, recipients, subject

    @staticmethod
    def _row(verb, event_type: str, reading: dict[str, float], doers, recipients, subject, label: str) -> Candidate:
        planned = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLANNING
        return Candidate(
            trigger=verb,
            type=event_type,
            mode=None,
            rule=f"{label} alone {reading[event_type]:.2f}",
            actors=doers,
            recipients=recipients,
            subject=subject,
            actor_optional=True,
            status="planned" if planned else "happened",
        )

    def _first_other_party(
        self, verb, subject, doers: list[dict], actors: DocActors, known: frozenset, heard: set[int], about=None
    ) -> list[dict]:
        """The first party the clause names outside its subject's phrase and its hearers (`heard`), other than the
        doers: a named state or political party first ("said the campaign, offensive to many people, was a
        misjudgement by Labour": Labour), then one named by what it is ("critics"), else any ("the plaintiffs")."""
        skip = ({t.i for t in subject.subtree} if subject is not None else set()) | heard
        own = {p["key"] for p in doers}
        if about is not None:  # what a stance is about: the parties its phrase names come first
            said = self._parties_in(about.subtree, skip, own, actors)
            if said:
                return self._first_of(said, known)
        return self._first_of(self._parties_in(verb.subtree, skip, own, actors), known)

    def _parties_in(self, tokens, skip: set[int], own: set[str], actors: DocActors) -> list[dict]:
        """The parties these tokens name, in order, outside `skip` and other than the doers (`own`)."""
        found: list[dict] = []
        for tok in tokens:
            if tok.i in skip or tok.pos_ not in ("PROPN", "NOUN") or actors.actor_for(tok) is None:
                continue
            found.extend(p for p in self.participants.parties(tok, actors) if p["key"] not in own)
        return found

    @staticmethod
    def _first_of(found: list[dict], known: frozenset) -> list[dict]:
        """A named state or political party first, then one named by what it is, else any."""
        named = [p for p in found if political_party(p, known) and not is_unresolved(p["key"])]
        political = [p for p in found if political_party(p, known)]
        return (named or political or found)[:1]
