"""The output row: date, location and attribution resolved, CAMEO coding, offsets and rule.

The last step of the sentence coder (coder.py); it reads the gazetteer for places.
"""

from __future__ import annotations

import re
from datetime import date

from ..actors.gazetteer import Gazetteer
from ..actors.mentions import DocActors, country_party
from ..records import EventMention
from ..text.dates import is_clock_stamp
from ..text.doctext import doc_text
from .candidate import Candidate
from .dates import resolve
from .filters import political_party
from .grammar import (
    ALLEGATION_HEADS,
    BACKGROUND_MARKS,
    CLAIM_NOUNS,
    CONDITIONAL_AUX,
    HEARSAY_NOUNS,
    HYPOTHETICAL_AUX,
    LOCATION_PREPS,
    PAST_AUX,
    RANKING_WORDS,
    SETTING_PREPS,
)
from .modality import clause_verb, voted_to
from .ontology import coding
from .quotes import according_to, speaker_of, speech_verb

# nouns whose clause says what is claimed, reported or feared, not what was done
SAID_NOUNS = CLAIM_NOUNS | HEARSAY_NOUNS

# what makes an expression a point in time that a date elsewhere could resolve (not "two-day", "an hour")
# a year written out, or a year cut short after a dash ("1990-95"): two in one date expression make a span
_YEARS = re.compile(r"\b(?:1[89]|20)\d\d\b|(?<=[-–])\d\d\b")
_DATE_WORDS = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\b(last|next|this|ago|earlier|later|yesterday|today|tomorrow|tonight)\b|\b(1[89]|20)\d\d\b",
    re.I,
)


# the statuses of a mention named in passing that is still reported (what is hypothetical or negated never is)
REPORTED_STATUSES = ("happened", "ongoing", "planned")
# auxiliaries of a clause that does not tell its act as done: "could", "might", "would" (a planned act keeps "will")
UNREALISED_AUX = HYPOTHETICAL_AUX | CONDITIONAL_AUX
# the types whose event nouns name a public event with no party named: talks, fighting, protests and strikes
PUBLIC_ON_THEIR_OWN = frozenset({"CONSULT", "ASSAULT", "PROTEST"})
# what makes an event noun one that exists: "the", "this", "that", "these", "those" (not "a", "any", "no")
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _after(value: str, anchor: date | None) -> bool:
    """Whether a resolved date (its first day) falls after the article's date."""
    if anchor is None:
        return False
    try:
        return date.fromisoformat(value[:10]) > anchor
    except ValueError:
        return False


def _ranked_doer(verb) -> bool:
    """Whether a to-infinitive tells who did an act by their rank among its doers, which tells the act as done: "the
    first senior official to visit Yugoslavia", "the only Democrat to support Reagan", "the last leader to resign"
    ("the next minister to visit" is still to come)."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children):
        return False
    return any(ch.lower_ in RANKING_WORDS for ch in verb.head.children)


def _presupposed(c) -> bool:
    """Whether an event noun after a preposition is told as having taken place, whatever the clause around it
    does: a definite or owned event ("failed to outline the package in his meeting with Baker", "issues to be
    resolved in the negotiations on missiles") exists before the clause is true or not, and "despite" grants what
    follows ("refused, despite pleas by Regan"). "Plans to hold talks", "a congressional inquiry" are still to
    come."""
    if not c.nominal or not c.after_prep:
        return False
    if c.after_prep == "despite":
        return True
    return any(
        ch.dep_ == "poss" or (ch.dep_ == "det" and ch.lower_ in DEFINITE_DETERMINERS) for ch in c.trigger.children
    )


class EventEmitter:
    """The output row: date, location and attribution resolved, CAMEO coding, offsets and rule.

    `emit` reads every field of a finished candidate (`trigger`, `type`, `mode`, `pattern`, `actors`,
    `recipients`, `status`, `negated`, `nominal`, `obj`, `background`, `background_why`, `rule`) and
    writes only `recipients`, when a visit with no one named visited the country of its place
    ("Lavrov's visit ... in Pyongyang")."""

    def __init__(self, gazetteer: Gazetteer):
        self.g = gazetteer

    def emit(
        self,
        c: Candidate,
        sent,
        actors: DocActors,
        article_id: str,
        anchor: date | None,
        anchor_precision: str,
        sent_index: dict[int, int],
        known: frozenset[str] = frozenset(),
    ) -> EventMention:
        """The row of a finished candidate; `known` holds the article's political actors (political_keys),
        which a past act told in passing must name one of."""
        tok = c.trigger
        when = self._date(c, sent, anchor, anchor_precision)
        passing = self._reported_in_passing(c, sent, when, anchor, known)
        background = c.background and passing is None
        # done before the news, and the text says not when: no date rather than the article's
        undated = passing == "before" and c.status == "happened" and not (when and when[0])
        location = self._location(tok, c)
        attributed, attributed_key = self._attribution(tok, sent, actors)
        if c.type == "CONSULT" and not c.recipients and not location and c.mode == "visit":
            location = self._place_in_sentence(sent, c)
        if c.type == "CONSULT" and not c.recipients and location and location[1]:
            own = {a.get("country") for a in c.actors}
            # "Lavrov's visit ... in Pyongyang": he visited North Korea; a visitor of no known country may
            # be at home ("Reagan and his advisers discussed it at the White House")
            if location[1] not in own and None not in own:
                c.recipients = [country_party(self.g, location[1], location[0], location[4], location[5])]
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
            trigger=doc_text(tok.doc)[tok.idx : trigger_end],
            trigger_start=tok.idx,
            trigger_end=trigger_end,
            actors=c.actors,
            recipients=c.recipients,
            status=status,
            negated=c.negated,
            date=when[0] if when and when[0] else (anchor.isoformat() if anchor and not undated else None),
            date_precision=when[1] if when else (anchor_precision if anchor and not undated else "unknown"),
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
            background=background,
        )

    def _reported_in_passing(
        self, c: Candidate, sent, when, anchor: date | None, known: frozenset[str] = frozenset()
    ) -> str | None:
        """How a sentence reports an event it names in passing, or None where it only alludes to it.

        News tells its past acts in subordinate clauses and after prepositions ("after the commission
        criticised his handling", "the owners, who have been accused by unions of ...", "in talks with
        Washington"), and readers, labellers and event-data coders count them. Such a mention is reported:
          dated    the text dates it ("after an ambush last year"): that date;
          setting  an event noun the news happens in, during or at ("captured munitions in the fighting"):
                   the news's own date;
          before   a done act told before the news, whose date the text does not give: no date.
        It stays background (None) where nothing happened as far as the text says: what is demanded or
        alleged ("accused of blocking"), an unrealised infinitive ("time for the executive to commit"; but a
        vote taken "to accept" decides, and a definite event noun, "in his meeting with Baker", exists
        whatever the infinitive around it), and an event noun after "after" or "since" that names no party
        ("nervous after the clashes"), which alludes to an event rather than tells it. And a backstory told in
        passing is public only when a state or a political or social actor takes part: "the club he walked out
        on", "where he met his future wife", "a man who had been rejected by the university" tell a life, not
        politics."""
        if c.background_why != "past" or c.negated or c.status not in REPORTED_STATUSES:
            return None
        tok = c.trigger
        if any(a.lemma_.lower() in ALLEGATION_HEADS for a in list(tok.ancestors)[:3]):
            return None
        if (self._unrealised(tok) and not _presupposed(c)) or self._yet_to_come(tok):
            return None
        if self._dated_past(c, sent, when, anchor) and self._public(c, known):
            return "dated"
        if c.nominal:
            prep = c.after_prep
            named = bool(c.actors or c.recipients)
            if prep in SETTING_PREPS:
                # "captured rifles in the fighting": the news happens in it, so it hangs on the news's verb
                # ("an interest in an agreement", "the solution is in deportations" only name one); and
                # named by no party only talks, fighting and protest are public events on their own ("left
                # in a surprise eviction", "fourth in the British trials" are a show and a race)
                on = tok.head.head if tok.head.lower_ == prep else None
                happens_in = on is not None and on.pos_ == "VERB" and on.lemma_.lower() != "be"
                # talks, fighting and protest whose parties are named happened whatever they are the setting of:
                # "Taiwan's position in talks with Washington", "its next moves in its strike against NBC" ("an
                # interest in a quick agreement between the two states" names one to come)
                public_event = c.type in PUBLIC_ON_THEIR_OWN
                return "setting" if (happens_in and (named or public_event)) or (named and public_event) else None
            if not named:
                return None
        if not self._public(c, known):
            return None
        return "before"

    @staticmethod
    def _public(c: Candidate, known: frozenset[str]) -> bool:
        """Whether a past act told in passing is a public one: a state or a political or social actor takes
        part, or it is an act only an authority does, whoever the sentence names (an arrest, a charge, a
        trial: "since its founder was arrested a year ago"). Round 27 tried telling acts that name no party at
        all ("a pact agreed during a government crisis"): right 26 times in 29 on the read splits, but 0 in 3 on
        the unread ones, where the coders count a past act mentioned in passing as a topic; it stays background."""
        if c.type == "COERCE" or (c.type == "ACCUSE" and c.mode == "legal"):
            return True
        return any(political_party(p, known) for p in (*c.actors, *c.recipients))

    @staticmethod
    def _unrealised(tok) -> bool:
        """Whether the trigger stands in a clause that does not tell its act as done, below the point that
        puts it in the background: a to-infinitive ("the order to send marines", "time for the executive
        to commit"), a modal ("a deal under which the North would supply shells") or what a noun says,
        reports or fears ("reports that soldiers had been moved")."""
        v = tok
        for _ in range(6):
            if v.pos_ in ("VERB", "AUX") and any(
                ch.dep_ == "aux" and (ch.lower_ == "to" or ch.lower_ in UNREALISED_AUX) for ch in v.children
            ):
                return not (_ranked_doer(v) or voted_to(v))
            if v.dep_ in ("relcl", "acl", "advcl") or v.head.i == v.i:
                said = v.head.lemma_.lower() in SAID_NOUNS  # "denied claims (that) the minister had reneged"
                return (
                    v.dep_ in ("acl", "relcl")
                    and v.head.pos_ in ("NOUN", "PROPN")
                    and (said or any(ch.dep_ == "mark" and ch.lower_ == "that" for ch in v.children))
                )
            v = v.head
        return False

    @staticmethod
    def _yet_to_come(tok) -> bool:
        """Whether the trigger stands in a time clause whose present tense tells what has not happened yet:
        "must agree before they demobilize", "once the troops withdraw" (English puts the future of a
        time clause in the present; "after soldiers shelled the hamlet" is past and told)."""
        v = tok
        for _ in range(6):
            if v.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in BACKGROUND_MARKS for ch in v.children):
                helpers = [ch for ch in v.children if ch.dep_ in ("aux", "auxpass")]
                if any(ch.lower_ in PAST_AUX for ch in helpers):
                    return False
                # "before they demobilize", "after his father is killed" (a plot told in the present)
                return v.tag_ in ("VB", "VBP", "VBZ") or any(ch.tag_ in ("VBP", "VBZ") for ch in helpers)
            if v.dep_ in ("relcl", "acl") or v.head.i == v.i:
                return False
            v = v.head
        return False

    @staticmethod
    def _dated_past(c: Candidate, sent, when, anchor: date | None) -> bool:
        """A past event named in passing is still a real event when the text dates it on its own:
        "after an attack on the post last year", "since rebels took the town in March". It is then
        exported as happened, with that date. What is only alluded to ("after the clashes") stays
        background, and so does what is demanded or alleged, which never happened as far as the text says."""
        if c.background_why != "past" or c.status != "happened" or c.negated or not when or not when[0]:
            return False
        if anchor is not None and when[0][:10] == anchor.isoformat():
            return False  # the article's own date, not the mention's
        tok = c.trigger
        if c.nominal and c.after_prep not in ("after", "since", "following"):
            return False  # "wounded two soldiers in a bomb attack": in, during, at name the news event's own setting
        if any(a.lemma_.lower() in ALLEGATION_HEADS for a in list(tok.ancestors)[:3]):
            return False  # "suspected of blowing up a plane in 1988": an allegation, not a reported act
        own = {t.i for t in tok.subtree}
        return any(ent.label_ == "DATE" and ent.text.strip() == when[2] and ent.root.i in own for ent in sent.ents)

    def _date(self, c: Candidate, sent, anchor: date | None, precision: str) -> tuple[str | None, str, str] | None:
        tok = c.trigger
        future = c.status in ("planned",) or (c.type in ("AGREE", "THREATEN") and c.mode not in (None, "sign"))
        best = None
        unresolved: str | None = None
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            # the date must hang under the trigger (or under its clause verb for nominal triggers)
            root = ent.root
            anchor_tok = tok if not c.nominal else clause_verb(tok)
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
            if (
                before
                in (
                    "since",
                    "until",
                    "till",
                    "before",
                    "after",
                    "from",
                    "by",
                    "between",
                )
                and not (ent.root.dep_ == "poss" and ent.root.head.i == tok.i)
            ) or ent.text.lower().startswith(("since ", "until ", "before ", "after ", "between ", "from ")):
                # "first visit since 2000": a bound, not the time of the event; "after last Sunday's
                # agreement": a possessive date is the noun's own
                continue
            if len(_YEARS.findall(ent.text)) > 1:
                continue  # "between 1937 and 1955", "1990-95": a span of years is no date of one event
            if is_clock_stamp(doc_text(sent.doc), ent.start_char, ent.end_char):
                continue  # a live blog's "1851": 18:51 on the page's day, not the year 1851
            resolved = resolve(ent.text, anchor, precision, future=future)
            if resolved and not future and c.status == "happened" and _after(resolved.value, anchor):
                continue  # a done act cannot postdate its report: "notes due 2017" in a 1987 story is a term
            if resolved:
                best = (resolved.value, resolved.precision, resolved.text)
                break
            if unresolved is None and _DATE_WORDS.search(ent.text):
                unresolved = ent.text.strip()
        if best is None and unresolved:
            # kept for the corpus: "in September" in an undated article waits for a year from the pile
            value = anchor.isoformat() if anchor else None
            return (value, precision if anchor else "unknown", unresolved)
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
                        # a seat of government that is no city ("the White House", "the Kremlin") is in its country
                        return name, self.g.capital(name), None, None, ent.start_char, ent.end_char
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
