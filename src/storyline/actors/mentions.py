"""Actors inside one article: every name resolved to an actor key, with what the text says of it.

"Sergei Lavrov", "Lavrov" and "Mr. Lavrov" in one article are one key; "North Korea", "DPRK", "the
Democratic People's Republic of Korea", "North Korean" and "Pyongyang" acting as a government are
country:PRK. Titles and modifiers around a name give its country, sector and role ("Russian Foreign
Minister Sergei Lavrov" -> RUS, GOV, foreign minister), always with the sentence they came from.
Common nouns that name actors ("Syrian troops", "protesters", "the foreign ministry") resolve to
group actors when an event needs them. Merging across articles happens later, in resolve.py.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from ..records import ActorMention, Party
from ..text.doctext import doc_text
from .gazetteer import Gazetteer, _norm, sector_names
from .wordlists import read_lists

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
WORDS = read_lists(
    "storyline.actors",
    "words.yaml",
    frozenset(
        [
            "honorifics",
            "honorific_only",
            "person_pronouns",
            "male_titles",
            "female_titles",
            "thing_pronouns",
            "plural_pronouns",
            "other_office_words",
            "compass_words",
            "offices",
            "voice_roles",
            "state_sectors",
            "company_nouns",
            "company_heads",
            "shared_titles",
            "party_offices",
            "firm_legal_forms",
            "state_body_heads",
            "relational_groups",
            "member_state_nouns",
            "some_of",
        ]
    ),
)
HONORIFICS = WORDS["honorifics"]
HONORIFIC_ONLY = WORDS["honorific_only"]
PERSON_PRONOUNS = WORDS["person_pronouns"]
MALE_TITLES = WORDS["male_titles"]
FEMALE_TITLES = WORDS["female_titles"]
PRONOUN_SEX = {"he": "m", "him": "m", "she": "f", "her": "f"}
THING_PRONOUNS = WORDS["thing_pronouns"]
PLURAL_PRONOUNS = WORDS["plural_pronouns"]
OTHER_OFFICE_WORDS = WORDS["other_office_words"]
STATE_BODY_HEADS = WORDS["state_body_heads"]
RELATIONAL_GROUPS = WORDS["relational_groups"]
MEMBER_STATE_NOUNS = WORDS["member_state_nouns"]
SOME_OF = WORDS["some_of"]
# how many sentences back a pronoun opening each of them may carry the same topic ("Mr Brown spoke. He said ... He
# rejected ... He added"): the paragraph a reporter keeps on one person
MAX_TOPIC_CHAIN = 3
# the roles of a name inside another noun's phrase ("U.S. bank executives", "Iranian oil"): it names no thing a pronoun
# stands for (a possessor does: "Iran's minister said it would retaliate")
MODIFIER_DEPS = frozenset({"compound", "amod"})
COMPASS_WORDS = WORDS["compass_words"]
OFFICES = WORDS["offices"]
VOICE_ROLES = WORDS["voice_roles"]
STATE_SECTORS = frozenset(s.upper() for s in WORDS["state_sectors"])
COMPANY_NOUNS = WORDS["company_nouns"]
COMPANY_HEADS = WORDS["company_heads"]
SHARED_TITLES = WORDS["shared_titles"]
PARTY_OFFICES = WORDS["party_offices"]
FIRM_LEGAL_FORMS = WORDS["firm_legal_forms"]
SECTOR_NAMES = sector_names()
UNRESOLVED = "unresolved:"  # the key prefix of a role or group noun its article does not resolve


def head_lemma(token) -> str:
    """A noun's lemma, with an abbreviation's plural made singular whatever the tagger said: "MPs" tagged as a
    singular noun keeps the lemma "mps", which names no role; its stem "mp" does ("criticised by MPs")."""
    text = token.text
    if len(text) >= 3 and text.endswith("s") and text[:-1].isupper():
        return text[:-1].lower()
    return token.lemma_.lower()


def is_unresolved(key: str | None) -> bool:
    """A key that names no actor across articles: "the leader", "officials", "analysts" as written in one
    article, with no name or country there to say whose. Such a key is scoped to its article."""
    return bool(key) and key.startswith(UNRESOLVED)


_TITLE_DEPS = {"compound", "amod", "nmod", "poss", "nn", "appos", "det", "case", "punct"}


@dataclass(slots=True)
class Actor:
    key: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    role_evidence: str | None = None

    def as_party(self, text: str, start: int, end: int) -> Party:
        return {
            "text": text,
            "key": self.key,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "start": start,
            "end": end,
        }


def country_party(gazetteer: Gazetteer, iso: str, text: str, start: int, end: int) -> Party:
    """The state a place stands for ("talks in Pyongyang": North Korea), as an event party."""
    return {
        "text": text,
        "key": f"country:{iso}",
        "name": gazetteer.country_names.get(iso, iso),
        "country": iso,
        "sector": None,
        "start": start,
        "end": end,
    }


def _ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# transliterations that spell one sound two ways: Dunai/Dunay, Kharkiv/Harkiv, Odessa/Odesa
_TRANSLIT = [
    (re.compile(r"(?<=[aeiou])y\b"), "i"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"(.)\1"), r"\1"),
    (re.compile(r"[\s'-]+"), " "),
]


def place_key(name: str) -> str:
    """The key of a place: its name folded so that spelling variants of one place meet."""
    key = _ascii_fold(_norm(name)).lower()
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    return f"place:{key.strip()}"


def _name_tokens(span) -> list:
    """Tokens of a person span without honorifics, possessive endings and punctuation."""
    toks = [t for t in span if not t.is_punct and t.text not in ("'s", "’s", "'")]
    titles = [n for n, t in enumerate(toks[:-1]) if t.lower_ in HONORIFIC_ONLY]
    if titles:  # "Later Ms Haldane": a sentence's first word the model took into the name
        toks = toks[titles[-1] :]
    while toks and toks[0].lower_ in HONORIFICS:
        toks = toks[1:]
    return toks


def _copy(actor: Actor) -> Actor:
    """The actor for one more mention: its own object, so the title beside this mention is its own."""
    return Actor(actor.key, actor.name, actor.kind, actor.country, actor.sector, actor.role, actor.role_evidence)


def _table_row(sent) -> bool:
    """A line of a table of figures ("Revs 12.3 mln vs 10.1 mln", "Avg shrs 4,500,000"): no verb, and
    a quarter or more of its words are numbers. The model reads its headings as names; they are not."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    return sum(1 for t in words if t.like_num) * 4 >= len(words)


class DocActors:
    """Actor resolution for one parsed article."""

    def __init__(self, doc, article_id: str, gazetteer: Gazetteer, sentence_base: int = 0, when=None):
        self.doc = doc
        self.article_id = article_id
        self.g = gazetteer
        self.when = when  # the article's date: a codebook's date-restricted codes are chosen by it
        self.by_token: dict[int, tuple[Actor, object]] = {}  # token index -> (actor, entity span)
        self.mentions: list[ActorMention] = []
        self._sent_index = {s.start: sentence_base + i for i, s in enumerate(doc.sents)}
        self._extra_keys: set[tuple[int, int]] = set()
        self._roled: list[tuple[int, Actor, list[str]]] = []  # (where, person, title words) in text order
        self._about_country: str | None = None  # "" once asked and no country dominates
        self._about_company: Actor | bool | None = None  # False once asked and none dominates
        self._sexes: dict[str, str] | None = None  # surname -> "m" or "f", read from titles once asked
        self._resolve_entities()

    # ---- entities ----------------------------------------------------------------------------
    def sentence_index(self, token) -> int:
        return self._sent_index.get(token.sent.start, 0)

    def _resolve_entities(self) -> None:
        doc, g = self.doc, self.g
        people: list[tuple[object, list[str]]] = []
        resolved: list[tuple[object, Actor]] = []
        ents = self._repair_names(self._with_dictionary_names(list(doc.ents)))
        tables: dict[int, bool] = {}  # sentence start -> is it a row of figures (asked once per sentence)
        for ent in ents:
            if ent.label_ not in NAME_LABELS:
                continue
            if not any(c.isupper() for c in ent.text):
                continue  # English names are capitalised ("cts" is cents)
            sent = ent.sent
            if sent.start not in tables:
                tables[sent.start] = _table_row(sent)
            if tables[sent.start]:
                continue  # a row of figures names no one
            span = ent
            while len(span) > 1 and span[0].lower_ in ("the", "a", "an"):
                span = span[1:]
            while len(span) > 1 and span[-1].text in ("'s", "’s", "'", "’"):
                span = span[:-1]
            text = span.text
            actor = None
            known = g.known_actor(text, self.when)
            iso = g.country(text)
            if text.lower() in COMPASS_WORDS:
                # "the North" in a story about North Korea is North Korea; a bare compass word is no place
                iso = self._compass_country(text.lower())
                if iso is None:
                    continue
                actor = Actor(f"country:{iso}", g.country_names.get(iso, text), "country", iso)
            elif iso and not (known and known.kind == "person"):
                # "the DPRK", "Democratic People's Republic of Korea" read as an organisation: a country
                actor = Actor(f"country:{iso}", g.country_names.get(iso, text), "country", iso)
            elif ent.label_ == "PERSON" and not known and len(span) == 1 and self._place_not_person(span):
                place = g.place(text, aliases=False)
                actor = Actor(
                    place_key(place.name if place else text),
                    place.name if place else text,
                    "place",
                    place and place.country,
                )
            elif ent.label_ == "PERSON":
                if known:  # a dictionary's name wins over the model's guess of what it is
                    actor = Actor(known.key, known.name, known.kind, known.country, known.sector, known.role)
                else:
                    names = [t.text for t in _name_tokens(span)]
                    if not names:
                        continue
                    people.append((span, names))
                    continue
            elif known:
                actor = Actor(known.key, known.name, known.kind, known.country, known.sector, known.role)
            elif ent.label_ in ("GPE", "NORP", "LOC"):
                iso = g.country(text) or (g.demonym(text) if ent.label_ == "NORP" else None)
                if iso:
                    actor = Actor(f"country:{iso}", g.country_names.get(iso, text), "country", iso)
                elif ent.label_ == "NORP" and g.demonym(text.split()[-1]):
                    iso = g.demonym(text.split()[-1])
                    actor = Actor(f"country:{iso}", g.country_names.get(iso, text), "country", iso)
                elif ent.label_ == "NORP":
                    if span.root.dep_ in ("amod", "compound", "nmod") and span.root.head.i >= span.end:
                        continue  # an adjective of no country ("European leaders", "Tory MPs") names no one
                    actor = Actor(f"group:{_norm(text)}", text, "group")
                else:
                    cap = g.capital(text, self.when)
                    place = g.place(text)
                    # one key per place however it is spelt: the gazetteer's name (Kiev/Kyiv), else a
                    # transliteration-folded one (Dunai/Dunay)
                    actor = Actor(
                        place_key(place.name if place else text),
                        place.name if place else text,
                        "place",
                        cap or (place.country if place else None),
                    )
            elif ent.label_ == "ORG":
                actor = self._org(span)
            else:  # FAC
                actor = Actor(place_key(text), text, "place")
            if actor:
                resolved.append((span, actor))
        # a surname finds the full names of the article, the dictionary's too ("Tony Blair" ... "Mr Blair")
        anchors = [(span, a) for span, a in resolved if a.kind == "person" and len(_name_tokens(span)) >= 2]
        resolved.extend(self._people(self._orgs_named_as_people(people, ents), anchors))
        for span, actor in resolved:
            self._attributes(span, actor)
            for tok in span:
                self.by_token[tok.i] = (actor, span)
            self._add_mention(span, actor)
        self._roled.sort(key=lambda r: r[0])

    def _compass_country(self, word: str) -> str | None:
        """The country a bare "North" or "South" stands for: the one this text names that way."""
        text = doc_text(self.doc)
        for iso, name in self.g.country_names.items():
            if name.lower().startswith(word + " ") and name in text:
                return iso
        return None

    def _place_not_person(self, span) -> bool:
        """ "the Primorsky Aquarium in Vladivostok": a one-word name the model calls a person but the
        gazetteer knows as a large city, with no title or first name beside it, is the city."""
        place = self.g.place(span.text, aliases=False)  # a city's own name: an old or local one may be anyone's
        if place is None or (place.population or 0) < 100_000:
            return False
        before = span.doc[span.start - 1] if span.start > 0 else None
        titled = before is not None and (
            before.lower_ in HONORIFIC_ONLY
            or before.lower_.rstrip(".") in HONORIFIC_ONLY
            or before.ent_type_ == "PERSON"
        )
        # a name that is part of a person's name elsewhere in the text ("Mr. Kim", "Kim Jong Un") is that person
        in_a_name = any(e.label_ == "PERSON" and len(e) > 1 and span.text in {t.text for t in e} for e in span.doc.ents)
        # and the city must be where the story is: its country named in the text
        named_country = place.country and self.g.country_names.get(place.country, "~") in doc_text(span.doc)
        return not titled and not in_a_name and bool(named_country)

    def _with_dictionary_names(self, ents: list) -> list:
        """Add the dictionary's multi-word names the model missed or cut ("Choe Son Hui" tagged as
        nothing, or as "Choe Son"): a known name wins over a shorter overlapping entity."""
        from spacy.tokens import Span
        from spacy.util import filter_spans

        index = self.g.phrases()
        words = [t.lower_.replace("’", "'") for t in self.doc]
        found = []
        i = 0
        while i < len(words):
            hit = None
            for names, actor in index.get(words[i], ()):
                if len(names) == 1 and not self._party_word(self.doc[i]):
                    continue
                if tuple(words[i : i + len(names)]) == names and self.doc[i].text[:1].isupper():
                    hit = Span(self.doc, i, i + len(names), label="PERSON" if actor.kind == "person" else "ORG")
                    break
            if hit is not None:
                found.append(hit)
                i = hit.end
            else:
                i += 1
        if not found:
            return ents
        # longer spans win in filter_spans; a known name as long as an entity keeps the model's label
        return sorted(filter_spans([*ents, *found]), key=lambda e: e.start)

    @staticmethod
    def _party_word(token) -> bool:
        """A party's name of one word read as the party: capitalised and inside a sentence ("welcomed by Labour"),
        or, first in it, its subject, possessor or one of conjoined subjects ("Labour hit out at"); a word that
        modifies a noun is a common word or a word of another name ("Labour costs rose", "the Labour Minister")."""
        shouted = token.text.isupper() and len(token.text) > 4  # "LABOUR" in a headline of capitals
        if not token.text[:1].isupper() or shouted or token.dep_ == "compound":
            return False  # "the Brazilian Labour Minister", "Labour costs": a word of a name, or a common word
        return not token.is_sent_start or token.dep_ in ("nsubj", "nsubjpass", "poss", "conj")

    def _repair_names(self, ents: list) -> list:
        """Fix two common slips of the small model: a person's name cut short ("Choe Son" + "Hui")
        and a surname tagged as an organisation or place ("Lavrov" as ORG)."""
        from spacy.tokens import Span

        out = []
        skip = set()
        for i, ent in enumerate(ents):
            if i in skip:
                continue
            if ent.label_ == "PERSON" and i + 1 < len(ents):
                nxt = ents[i + 1]
                if (
                    nxt.start == ent.end
                    and len(nxt) <= 2
                    and nxt.label_ in ("NORP", "ORG", "PERSON", "GPE")
                    and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in nxt)
                ):
                    ent = Span(self.doc, ent.start, nxt.end, label="PERSON")
                    skip.add(i + 1)
            out.append(ent)
        # "Choe Son" + "Hui": a capitalised word right after a person's name, in no entity, ends the name
        taken = {t.i for e in out for t in e}
        for n, ent in enumerate(out):
            nxt = self.doc[ent.end] if ent.end < len(self.doc) else None
            if (
                ent.label_ == "PERSON"
                and nxt is not None
                and nxt.i not in taken
                and nxt.pos_ == "PROPN"
                and nxt.text[:1].isupper()
                and nxt.text.isalpha()
                and not nxt.is_sent_start
            ):
                out[n] = Span(self.doc, ent.start, ent.end + 1, label="PERSON")
                taken.add(nxt.i)
        surnames = {e[-1].text for e in out if e.label_ == "PERSON" and len(e) >= 2}
        fixed = []
        for ent in out:
            surname = (
                ent.label_ in ("ORG", "GPE", "NORP", "LOC")
                and len(ent) == 1
                and ent.text in surnames
                and not self.g.known_actor(ent.text)
                and not self.g.any_country(ent.text)
            )
            # "Mr Kim", "Later Ms Haldane" read as an organisation: a person, from the honorific on
            honorific = [t.i for t in ent[:-1] if t.lower_.rstrip(".") in HONORIFIC_ONLY]
            titled = ent.label_ in ("ORG", "GPE") and bool(honorific)
            if surname or titled:
                ent = Span(self.doc, honorific[-1] if titled else ent.start, ent.end, label="PERSON")
            fixed.append(ent)
        return fixed

    def _org(self, span) -> Actor:
        g = self.g
        words = [t.text for t in span]
        country = None
        for i in range(len(words)):  # "Russian Foreign Ministry", "North Korean state media"
            for n in (3, 2, 1):
                if i + n <= len(words):
                    country = g.any_country(" ".join(words[i : i + n]))
                    if country:
                        break
            if country:
                break
        lowered = [w.lower() for w in words]
        # a name's head comes before its "of" or "for": "Department for Trade and Industry" is a department, not an
        # industry; "Ministry of Finance" a ministry
        cut = next((i for i, w in enumerate(lowered) if i and w in ("of", "for")), len(lowered))
        group = g.group_sector(lowered[:cut]) or g.group_sector(lowered)
        sector = group[1] if group else None
        if cut < len(lowered) and lowered[cut - 1] in STATE_BODY_HEADS:
            sector = "GOV"  # "Department for Trade and Industry", "Office of Fair Trading": bodies of a state
        return Actor(f"org:{_norm(span.text)}", span.text.strip(), "org", country, sector)

    def _orgs_named_as_people(self, people: list[tuple[object, list[str]]], ents: list) -> list:
        """A one-word name the model calls a person in one sentence and an organisation in others
        ("Yukos said ... Yukos's bankruptcy"), never with a first name or an honorific, is the
        organisation: the article's majority reading wins. Returns the people that remain."""
        from spacy.tokens import Span

        labels: dict[str, defaultdict] = {}
        for ent in ents:
            labels.setdefault(ent.text, defaultdict(int))[ent.label_] += 1
        surnames = {n[-1] for _, n in people if len(n) >= 2} | {n[0] for _, n in people if len(n) >= 2}
        titled = {  # "Mr Khodorkovsky", "Dr Fox": a person's name wherever else it stands
            names[-1]
            for span, names in people
            if span[0].lower_ in HONORIFICS
            or (span.start > 0 and self.doc[span.start - 1].lower_.rstrip(".") in HONORIFIC_ONLY)
        }
        companies = {  # "Yukos shares", "Yukos's bankruptcy", "the Yukos unit": wherever the name stands
            ent.text
            for ent in ents
            if len(ent) == 1
            and ent.root.dep_ in ("compound", "poss", "nmod")
            and ent.root.head.i > ent.root.i
            and ent.root.head.lower_ in COMPANY_HEADS
        }
        kept = []
        for span, names in people:
            seen = labels.get(span.text, {})
            if (
                len(span) == 1
                and names[0] not in surnames
                and names[0] not in titled
                and (span.text in companies or seen.get("ORG", 0) >= max(1, seen.get("PERSON", 0)))
            ):
                org = self._org(Span(self.doc, span.start, span.end, label="ORG"))
                self._attributes(span, org)
                for tok in span:
                    self.by_token[tok.i] = (org, span)
                self._add_mention(span, org)
                continue
            kept.append((span, names))
        return kept

    def _people(
        self, people: list[tuple[object, list[str]]], anchors: list[tuple[object, Actor]] = ()
    ) -> list[tuple[object, Actor]]:
        """Link short forms ("Lavrov", "Mr. Kim") to the full name used elsewhere in the article: the
        nearest full name before it that ends or (family name first) begins with it, as a reader
        resolves it; a full name after it only when none comes before ("Kim" after "Kim Jong Un" is
        not the "Jack Kim" of the byline). `anchors` are full names the dictionary knows."""
        full: dict[str, Actor] = {}  # full-name key -> the actor
        seen_at: dict[str, list[int]] = defaultdict(list)  # full-name key -> where it is used
        for span, actor in anchors:
            key = " ".join(_ascii_fold(t.text).lower() for t in _name_tokens(span))
            full.setdefault(key, actor)
            seen_at[key].append(getattr(span, "start", 0))
        for span, names in people:
            if len(names) >= 2:
                key = _ascii_fold(" ".join(names)).lower()
                full.setdefault(key, Actor(f"person:{key}", " ".join(names), "person"))
                seen_at[key].append(getattr(span, "start", 0))
        out = []
        for span, names in people:
            if len(names) >= 2:
                key = _ascii_fold(" ".join(names)).lower()
                out.append((span, _copy(full[key])))
                continue
            single = _ascii_fold(names[0]).lower()
            here = getattr(span, "start", 0)
            before = {
                k: max(p for p in seen_at[k] if p < here)
                for k in full
                if single in (k.split()[-1], k.split()[0]) and any(p < here for p in seen_at[k])
            }
            if before:
                key = max(before, key=lambda k: (before[k], len(k)))
                out.append((span, _copy(full[key])))
                continue
            match = [k for k in full if k.split()[-1] == single] or [k for k in full if k.split()[0] == single]
            if len(match) >= 1:
                key = max(match, key=len) if len(match) > 1 else match[0]
                out.append((span, _copy(full[key])))
            else:
                out.append((span, Actor(f"person:{single}", names[0], "person")))
        return out

    def _attributes(self, span, actor: Actor) -> None:
        """Country, sector and role from the words around a name: titles, demonyms, appositions."""
        if actor.kind not in ("person", "org") or (actor.kind == "org" and actor.sector == "IGO"):
            return  # an international body has no country, whoever's summit it meets at
        words = self._title_words(span)
        if not words:
            return
        lower = [w.lower() for w in words]
        role = self.g.role(lower)
        country = None
        for i in range(len(words)):
            for n in (3, 2, 1):
                chunk = " ".join(words[i : i + n])
                iso = self.g.any_country(chunk) or (self.g.capital(chunk, self.when) if n == 1 else None)
                if iso and (role is None or i < role[2] + 3):
                    country = iso
                    break
            if country:
                break
        if role and role[0] in SHARED_TITLES and self._firms_officer(lower):
            role = (role[0], "BUS", role[2])  # "Michael McCarthy, its president and chief operating officer"
        if role and actor.kind == "person":
            actor.role, actor.sector = role[0], actor.sector or role[1]
            actor.role_evidence = span.sent.text.strip()
            self._roled.append((span.start_char, actor, lower))
        if country and not actor.country:
            actor.country = country

    def _firms_officer(self, words: list[str]) -> bool:
        """Title words that put a title in a firm: a thing's possessive ("its president"), the company
        ("chairman of the company"), or a firm's own title beside it ("president and chief executive")."""
        if "its" in words or any(w == "the" and nxt in COMPANY_NOUNS for w, nxt in itertools.pairwise(words)):
            return True  # not a name with a company noun in it: "World Bank Vice-President David Knox"
        if any(w.strip(".,()") in FIRM_LEGAL_FORMS for w in words):
            return True  # "Goldman Sachs (Japan) Corp president Eugene Atkinson": a firm's name before the title
        return any(
            (hit := self.g.role(words[i:])) is not None and hit[1] == "BUS" and hit[2] == 0 for i in range(len(words))
        )

    def _title_words(self, span) -> list[str]:
        """Words that describe a name: "Russian Foreign Minister" before it, or an apposition."""
        doc = self.doc
        words: list[str] = []
        i = span.start - 1
        # left modifiers in the same noun phrase: compounds, adjectives, possessives
        while i >= 0 and i >= span.start - 8:
            tok = doc[i]
            if tok.is_punct and tok.text not in ("'s", "’s", "-"):
                break
            if tok.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON") or tok.lower_ in ("and", "or", "with"):
                break
            if tok.pos_ == "DET":
                # "leaving a Brussels summit Mr Blair said": an article that opens a noun phrase of its
                # own, headed by no title, ends the words that describe the name there
                if tok.head.i < span.start and tok.head.i >= i and not self._titled(tok.head):
                    words = words[tok.head.i - i :]
                break
            if tok.dep_ not in _TITLE_DEPS and tok.head.i < span.start - 8:
                break
            if tok.ent_type_ == "PERSON" and not self.g.role([tok.lower_]):
                break  # another person's name: "with President Reagan, Chief Cabinet Secretary Gotoda"
            words.insert(0, tok.text)
            i -= 1
        root = span.root
        for child in root.children:  # "Sergey Lavrov, the Russian Foreign Minister,"
            if child.dep_ == "appos" and child.i >= span.end and not self._names_someone(child):
                # "a friend of the Tory leader" describes her by another's title: past its head noun, an
                # apposition's words are a title only when the head is one ("the secretary of state")
                titled = self._titled(child)
                words.extend(t.text for t in child.subtree if not t.is_punct and (t.i <= child.i or titled))
        if (
            root.dep_ == "appos" and root.head.i < span.start and not self._names_someone(root.head)
        ):  # "the foreign minister, Sergey Lavrov"
            words.extend(t.text for t in root.head.subtree if t.i < span.start and not t.is_punct)
        return [w for w in words if w not in ("'s", "’s")]

    def _titled(self, token) -> bool:
        """Is this word part of a title ("minister", "leader") or a group noun?"""
        return bool(self.g.role([token.lower_]) or self.g.group_sector([token.lower_]))

    def _names_someone(self, token) -> bool:
        """An apposition that is itself a name ("President Reagan, Chief Cabinet Secretary Masaharu
        Gotoda"): the next person in a list, whose title is theirs, not a description of the first."""
        return token.ent_type_ in ("PERSON", "ORG", "GPE") or (token.pos_ == "PROPN" and not self._titled(token))

    def _add_mention(self, span, actor: Actor) -> None:
        if (span.start_char, span.end_char) in self._extra_keys:
            return
        self._extra_keys.add((span.start_char, span.end_char))
        self.mentions.append(
            ActorMention(
                article_id=self.article_id,
                sentence_index=self.sentence_index(span[0]),
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                label=span.label_ or "NOUN",
                key=actor.key,
                name=actor.name,
                kind=actor.kind,
                country=actor.country,
                sector=actor.sector,
                role=actor.role,
                role_evidence=actor.role_evidence,
            )
        )

    # ---- event arguments ---------------------------------------------------------------------
    def actor_for(self, token) -> tuple[Actor, int, int, str] | None:
        """The actor a token (an event argument's head) stands for: (actor, start, end, text), or None."""
        if token.i in self.by_token:
            actor, span = self.by_token[token.i]
            if actor.kind == "place" and span.text.lower() in ("north", "south"):
                iso = self._the_north_south(span.text.lower())
                if iso:  # "the North" in an article about North Korea
                    return (
                        Actor(f"country:{iso}", self.g.country_names.get(iso, iso), "country", iso),
                        span.start_char,
                        span.end_char,
                        span.text,
                    )
                return None
            if actor.kind == "place":
                iso = self.g.capital(span.text, self.when)
                if iso:  # metonymy: "Pyongyang said", "Moscow's support"
                    actor = Actor(f"country:{iso}", self.g.country_names.get(iso, iso), "country", iso, "GOV")
                else:
                    return None
            return actor, span.start_char, span.end_char, span.text
        low = token.lower_
        if low in PERSON_PRONOUNS:
            return self._antecedent(token, ("person",))
        if low in THING_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass"):
            return self._antecedent(token, ("country", "org"))
        if low in PLURAL_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass"):
            found = self._plural_topic(token)
            return (found, token.idx, token.idx + len(token.text), token.text) if found else None
        if low in ("north", "south") and token.i > 0 and self.doc[token.i - 1].lower_ == "the":
            iso = self._the_north_south(low)
            if iso:
                actor = Actor(f"country:{iso}", self.g.country_names.get(iso, iso), "country", iso)
                return actor, self.doc[token.i - 1].idx, token.idx + len(token.text), f"the {token.text}"
        if token.pos_ in ("NOUN", "PROPN"):
            return self._group(token)
        return None

    def _the_north_south(self, which: str) -> str | None:
        """ "the North" means North Korea (or North Sudan...) when the article names one such country."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.kind == "country" and m.name.lower().startswith(which + " "):
                counts[m.country or ""] = counts.get(m.country or "", 0) + 1
        counts.pop("", None)
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _topic(self, token):
        """The subject of the sentence before a pronoun that opens its own sentence's subjects (the topic it
        continues), or None."""
        sent = token.sent
        if token.i != next((t.i for t in sent if t.dep_ in ("nsubj", "nsubjpass")), -1) or sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        return next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)

    def _antecedent(self, token, kinds: tuple[str, ...], depth: int = 0) -> tuple[Actor, int, int, str] | None:
        """He/she (a person), it (a country or organisation): the nearest one named before, in this
        sentence or the one before."""
        sent = token.sent
        start = sent.start
        prev = [s for s in self.doc.sents if s.end <= start]
        subj = self._topic(token)
        if subj is not None:
            # a pronoun subject continues the previous sentence's subject (its topic), if that fits
            hit = self.by_token.get(subj.i)
            if hit and hit[0].kind in kinds and not self.other_sex(hit[0], token.lower_):
                return hit[0], token.idx, token.idx + len(token.text), token.text
            if hit is None and subj.lower_ == token.lower_ and depth < MAX_TOPIC_CHAIN:
                # and the same pronoun there continues the one before it: "Mr Brown spoke. He said ... He rejected"
                found = self._antecedent(subj, kinds, depth + 1)
                if found:
                    return found[0], token.idx, token.idx + len(token.text), token.text
        if depth > 1:
            return None  # further back, a chain of topics only: the nearest name to a pronoun three sentences back
            # is no topic ("One of his fellow pupils was Vladimir Putin. At the KGB he was posted ... he had risen")
        if prev:
            start = prev[-1].start
        for i in range(token.i - 1, start - 1, -1):
            hit = self.by_token.get(i)
            if hit and hit[0].kind != "person" and hit[1].root.dep_ in MODIFIER_DEPS:
                continue  # a name modifying another noun is no antecedent: in "U.S. bank executives said it could", it
                # is not the U.S. (a person's name the parser took for a modifier still is: "Mr Brown forecast")
            if hit and hit[0].kind in kinds and not self.other_sex(hit[0], token.lower_):
                actor = hit[0]
                if actor.kind == "place" or (kinds != ("person",) and self.g.capital(hit[1].text)):
                    iso = self.g.capital(hit[1].text, self.when) or actor.country
                    actor = (
                        Actor(f"country:{iso}", self.g.country_names.get(iso, ""), "country", iso, "GOV")
                        if iso
                        else actor
                    )
                return actor, token.idx, token.idx + len(token.text), token.text
        return None

    def plural_antecedent(self, token, depth: int = 0) -> Actor | None:
        """ "They said", "they rejected": the nearest subject before it, in this sentence or the one before, that
        names several or a body (a country, an organisation, "the unions"), when the article resolves it; a "they"
        opening its sentence's subjects where the one before opened with "they" stands for what that one does."""
        sent = token.sent
        start = sent.start
        if start > 0:
            start = self.doc[start - 1].sent.start
        for i in range(token.i - 1, start - 1, -1):
            t = self.doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or t.lower_ in PERSON_PRONOUNS or t.lower_ in THING_PRONOUNS:
                continue
            if t.lower_ in PLURAL_PRONOUNS:
                if (
                    t.sent.start < sent.start
                    and t.i == getattr(self._topic(token), "i", -1)
                    and depth < MAX_TOPIC_CHAIN
                ):
                    return self.plural_antecedent(t, depth + 1)
                continue
            hit = self.actor_for(t)
            if hit and (hit[0].kind in ("org", "country") or t.tag_ in ("NNS", "NNPS")):
                return None if is_unresolved(hit[0].key) else hit[0]
        return None

    def _plural_topic(self, token, depth: int = 0) -> Actor | None:
        """ "They" opening its sentence's subjects continues the subject of the sentence before, where that names a
        body or several ("The Conservatives backed ID cards. They said they would press Labour"), or a "they" that
        does. Nothing nearer: in "Iraq, they insisted, would not be a factor", they are not Iraq."""
        subj = self._topic(token)
        if subj is None:
            return None
        if subj.lower_ in PLURAL_PRONOUNS:
            return self._plural_topic(subj, depth + 1) if depth < MAX_TOPIC_CHAIN else None
        if subj.pos_ == "PRON":
            return None  # "it is all one big con trick. As always, they accused him": not what "it" was
        hit = self.actor_for(subj)
        several = subj.tag_ in ("NNS", "NNPS")
        body = subj.ent_type_ in ("ORG", "GPE", "NORP") and hit is not None and hit[0].kind in ("org", "country")
        if hit and (several or body):  # "a Labour spokesperson said ... They": one person, not the party
            return None if is_unresolved(hit[0].key) else hit[0]
        return None

    def other_sex(self, actor: Actor, pronoun: str) -> bool:
        """Whether the article titles this person as the other sex than the pronoun's ("Ms Robinson said he gave the
        impression": he is not Ms Robinson; "Mrs Quinn's nanny ... He is also being investigated"): a man or a woman
        by a title before the surname anywhere in the article, else unknown (False)."""
        want = PRONOUN_SEX.get(pronoun)
        if want is None or actor.kind != "person" or not actor.name:
            return False
        if self._sexes is None:
            self._sexes = {}
            for i, tok in enumerate(self.doc[:-1]):
                title = tok.lower_
                sex = "m" if title in MALE_TITLES else "f" if title in FEMALE_TITLES else None
                following = self.doc[i + 1]
                if sex and following.text[:1].isupper():
                    self._sexes.setdefault(following.lower_, sex)
        known = self._sexes.get(actor.name.split()[-1].lower())
        return known is not None and known != want

    def _group(self, token) -> tuple[Actor, int, int, str] | None:
        """Common-noun actors: "Syrian troops", "the Russian foreign ministry", "protesters", "the president".
        Without a country or a name in its words, such a noun resolves only to what its own article names
        (_in_article); otherwise it stays an unresolved mention of this article, never one actor shared
        by every article that says "the government" or "leader"."""
        g = self.g
        named = self.by_token.get(token.head.i)
        if token.dep_ in ("compound", "appos") and named and named[0].kind == "person":
            # "Tory leader Michael Howard": a title on a name is that person
            span = named[1]
            return named[0], span.start_char, span.end_char, span.text
        if (
            token.dep_ == "compound"
            and token.is_title
            and token.i > token.sent.start
            and token.head.pos_ == "NOUN"
            and g.group_sector([token.head.lower_]) is None
            and g.role([token.head.lemma_.lower()]) is None
        ):
            return None  # "the King family", "King World": a title word capitalised before a common noun is a name
        mods = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < token.i]
        words = [c.text.lower() for c in mods if c.ent_type_ not in ("GPE", "NORP")] + [token.lower_]
        lemmas = [*words[:-1], head_lemma(token)]
        group = g.group_sector(words) or g.group_sector([token.lower_]) or g.group_sector(lemmas)
        role = None
        if group is None:
            role = g.role(lemmas)
            words = lemmas
            if role is None or role[2] + len(role[0].split()) != len(words):
                return None
        country = None
        owner = None  # a named organisation or state the noun belongs to: "Gazprom spokesman"
        # "Norwegian harbour wardens": the nationality may modify the compound before the noun
        mods = mods + [c for m in mods if m.dep_ == "compound" for c in m.children if c.dep_ in ("amod", "compound")]
        if token.lower_ in RELATIONAL_GROUPS:
            # "the U.S.'s main industrial partners": the owner is the other side of the tie, not theirs
            mods = [m for m in mods if m.dep_ != "poss"]
        for m in mods:
            hit = self.by_token.get(m.i)
            if hit and hit[0].kind in ("org", "country"):
                owner = owner or hit[0]
            country = (
                country or (hit[0].country if hit else None) or g.any_country(m.text) or g.capital(m.text, self.when)
            )
        for prep in token.children:
            if token.lower_ in RELATIONAL_GROUPS and prep.lower_ == "of":
                continue  # "the allies of Britain" are not Britain
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "for"):
                for p in prep.children:
                    if p.dep_ == "pobj":
                        hit = self.by_token.get(p.i)
                        if hit is None and p.lemma_.lower() in MEMBER_STATE_NOUNS:
                            # "the foreign ministers of the 12 EC nations": the states of a bloc are the bloc's
                            hit = next(
                                (
                                    self.by_token[m.i]
                                    for m in p.children
                                    if m.dep_ in ("compound", "amod")
                                    and m.i in self.by_token
                                    and self.by_token[m.i][0].kind == "org"
                                ),
                                None,
                            )
                        if hit and hit[0].kind in ("org", "country"):
                            owner = owner or hit[0]
                        if country is None and prep.lower_ != "for":
                            country = (
                                (hit[0].country if hit else None)
                                or g.any_country(p.text)
                                or g.capital(p.text, self.when)
                            )
        first = min([token.i, *(m.i for m in mods)])
        span = self.doc[first : token.i + 1]
        # a name among its words that is no country ("Tory leader", "European leaders", "Labour government")
        # says whose it is: not the article's country
        foreign = any(
            (m.ent_type_ in ("NORP", "ORG", "GPE", "PERSON", "LOC") or m.pos_ == "PROPN")
            and not (g.any_country(m.text) or g.capital(m.text, self.when))
            and not (self.by_token.get(m.i) and self.by_token[m.i][0].country)
            for m in mods
        )
        plural = token.tag_ in ("NNS", "NNPS")
        if group:
            noun, sector = group
            if country:
                name = f"{g.country_names.get(country, country)} {SECTOR_NAMES.get(sector, sector)}"
                actor = Actor(f"group:{country}:{sector}", name, "group", country, sector)
            else:
                actor = self._in_article(token, span, noun, sector, None, plural, foreign)
        else:
            assert role is not None
            if owner is not None and role[0] in VOICE_ROLES:
                actor = owner  # "a Gazprom spokesman said": Gazprom said
            else:
                actor = self._named_holder(token, role[0], country, mods, plural)
            if actor is None and owner is not None and owner.sector == "PTY" and role[0] in PARTY_OFFICES:
                # "the Tory leader", "a Labour MP": a party's office holder acts for the party, not the state (a
                # "Labour minister" holds an office of the government)
                # it stays this article's alone, as "the leader" does: whoever holds the office is named elsewhere
                found = self.unresolved(role[0], span.text, "person", "PTY", role[0])
                actor = Actor(found.key, found.name, found.kind, owner.country, "PTY", role[0])
            if (
                actor is None
                and owner is not None
                and owner.sector == "IGO"
                and plural
                and not any(ch.dep_ in ("det", "amod") and ch.lower_ in SOME_OF for ch in token.children)
            ):
                # "EC farm ministers", "the foreign ministers of the 12 EC nations", "OPEC oil ministers": the
                # ministers of a bloc's states, met as its council, act as the bloc ("some EC leaders" do not)
                actor = owner
            if actor is None and country:
                name = f"{g.country_names.get(country, country)} {role[0]}"
                actor = Actor(f"role:{country}:{role[0]}", name, "person", country, role[1], role[0])
            if actor is None:
                actor = self._in_article(token, span, role[0], role[1], role[0], plural, foreign)
        if actor.key.startswith(("group:", "role:")):
            # an actor this noun names ("Russia's foreign ministry") is a mention of it; a noun that stands
            # for a name ("the company", "the prime minister") is not a name of it, as a pronoun is not
            self._add_mention(span, actor)
        return actor, span.start_char, span.end_char, span.text

    def _in_article(self, token, span, noun: str, sector: str | None, role: str | None, plural: bool, foreign: bool):
        """What a noun without a name or country stands for in its own article: "the government" of the
        one country the article is about, "the company" it is about, "the prime minister" of its country;
        else an unresolved mention of this article alone."""
        g = self.g
        iso = None if foreign else self._article_country()
        if iso and role in OFFICES and not plural:
            name = f"{g.country_names.get(iso, iso)} {role}"
            return Actor(f"role:{iso}:{role}", name, "person", iso, sector, role)
        many_states = plural and g.group_sector([token.lemma_.lower()]) is not None  # "governments", "armies"
        if iso and sector in STATE_SECTORS and (role is None or plural) and not many_states:
            return Actor(
                f"group:{iso}:{sector}",
                f"{g.country_names.get(iso, iso)} {SECTOR_NAMES.get(sector, sector)}",
                "group",
                iso,
                sector,
            )
        if not plural and not foreign and (noun in COMPANY_NOUNS or self._company_voice(token, role)):
            company = self._article_company()
            if company is not None:
                return company
        # "the mayor", "aid agencies" as the lexicon names them; with words of its own, "European leaders"
        plain = span.text.lower().split() in (noun.split(), [*noun.split()[:-1], token.lower_])
        name = (f"the {role}" if role else noun) if plain else span.text
        return self.unresolved(noun, name, "person" if role else "group", sector, role)

    def unresolved(self, noun: str, text: str, kind: str = "group", sector=None, role=None) -> Actor:
        """An actor named only by what it is ("critics", "the spokesman"), that nothing in its article
        resolves: its key is this article's alone, so no two articles share it."""
        return Actor(f"{UNRESOLVED}{self.article_id}:{noun}", text, kind, None, sector, role)

    def _company_voice(self, token, role: str | None) -> bool:
        """ "a company spokesman", "a spokeswoman for the firm", or a bare "a spokesman": a voice of the
        company the article is about (when it is about one)."""
        if role not in VOICE_ROLES:
            return False
        before = [c for c in token.children if c.i < token.i and c.pos_ not in ("DET", "PUNCT")]
        after = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for p in c.children]
        words = [*before, *after]
        return not words or any(c.lower_ in COMPANY_NOUNS or c.lemma_.lower() in COMPANY_NOUNS for c in words)

    def _named_holder(self, token, role: str, country: str | None, mods: list, plural: bool) -> Actor | None:
        """The person named before in this article with this title, the words before the noun agreeing
        ("the Tory leader" is the one called "Tory leader Michael Howard", not the Lib Dem leader)."""
        if plural:
            return None
        wanted = {m.lower_ for m in mods if m.pos_ not in ("DET", "PRON") and m.lower_ not in ("'s", "’s")}
        wanted -= set(role.split())
        best = None
        for start, actor, title in self._roled:
            # "the minister" is the foreign minister named before; "the foreign minister" no other minister
            if start >= token.idx or not (actor.role == role or (actor.role or "").endswith(" " + role)):
                continue
            if (set((actor.role or "").split()) | set(title)) & OTHER_OFFICE_WORDS - wanted:
                continue  # "the prime minister" is no deputy prime minister, "the chancellor" no shadow chancellor
            if country and actor.country and actor.country != country:
                continue
            if not wanted <= set(title):
                continue
            best = actor
        return _copy(best) if best is not None else None

    def _article_country(self) -> str | None:
        """The country an article is about: the one it names at least twice, twice as often as any other."""
        if self._about_country is None:
            counts: dict[str, int] = defaultdict(int)
            for m in self.mentions:
                # a country by name, demonym or capital ("Downing Street", "Moscow")
                capital = m.kind == "place" and self.g.capital(m.text, self.when)
                if m.country and (m.kind == "country" or capital):
                    counts[m.country] += 1
            ranked = [*sorted(counts.values(), reverse=True), 0, 0]
            top = max(counts, key=lambda k: (counts[k], k)) if counts else ""
            self._about_country = top if ranked[0] >= 2 and ranked[0] >= 2 * ranked[1] else ""
        return self._about_country or None

    def _article_company(self) -> Actor | None:
        """The company an article is about: the organisation it names most (more than any other), or,
        in a brief that names each once, the one its first sentence names first ("Tylan Corp said it
        ... The company said"); not a state body, an international one or a news outlet."""
        if self._about_company is None:
            counts: dict[str, int] = defaultdict(int)
            first: dict[str, ActorMention] = {}
            for m in self.mentions:
                if m.kind == "org" and m.sector in (None, "BUS"):
                    counts[m.key] += 1
                    first.setdefault(m.key, m)
            self._about_company = False
            if counts:
                ranked = sorted(counts, key=lambda k: (-counts[k], first[k].start))
                top = ranked[0]
                second = counts[ranked[1]] if len(ranked) > 1 else 0
                lead = next(iter(self.doc.sents), None)
                in_lead = lead is not None and first[top].start < lead.end_char
                if (counts[top] >= 2 and counts[top] > second) or in_lead:
                    m = first[top]
                    self._about_company = Actor(m.key, m.name, m.kind, m.country, m.sector or "BUS")
        return _copy(self._about_company) if self._about_company else None
