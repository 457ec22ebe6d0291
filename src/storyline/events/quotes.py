"""Who said what: direct quotes ("..." he said), reported speech (X said that ...), and
"according to X" - each with the speaker resolved to an actor key and character offsets."""

from __future__ import annotations

import re

from ..actors.mentions import DocActors, is_unresolved
from ..actors.wordlists import read_lists
from ..records import Quote
from ..text.doctext import doc_text
from .grammar import HUMAN_NOUNS

WORDS = read_lists(
    "storyline.events",
    "speech.yaml",
    frozenset(
        [
            "speech_verbs",
            "hearer_verbs",
            "not_reports",
            "speaker_pronouns",
            "person_pronouns",
            "belief_verbs",
            "speaking_media",
        ]
    ),
)
SPEECH_VERBS = WORDS["speech_verbs"]
SPEAKING_MEDIA = WORDS["speaking_media"]
HEARER_VERBS = WORDS["hearer_verbs"]
NOT_REPORTS = WORDS["not_reports"]
# pronouns that stand for a speaker: resolved to one named before them, else the speaker is unresolved
SPEAKER_PRONOUNS = WORDS["speaker_pronouns"]
PERSON_PRONOUNS = WORDS["person_pronouns"]
# verbs of the speaker's own belief that a statement is seen through: "I think", "we believe"
BELIEF_VERBS = WORDS["belief_verbs"]
# who believes for the speaker: "I think", "we believe"; in reported speech "she thought", "they believe"
BELIEVERS = ("i", "we", "he", "she", "they", "it")  # "the company said it believed ...": a body's own view
_TRIM = " ,.;:\n\t\"'“”‘’—–-"
_QUOTE = re.compile(r"“([^”]{8,}?)”|«([^»]{8,}?)»|„([^“”]{8,}?)[“”]")  # marks that say which way they face
_LONGEST = 2000  # characters: a straight quotation mark left open longer than this was never a quotation
UNRESOLVED = ""  # the speaker of a pronoun no name stands for: someone spoke, the text does not say who
_SMALL = frozenset({"of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "from", "with", "by"})


def speech_verb(token) -> bool:
    return token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX")


# the marks of a clause a speaker grants: "whilst", "although"
CONCEDING_MARKS = frozenset({"whilst", "although", "though"})


def said_clauses(verb) -> list:
    """The clauses a speech verb says, seen through the speaker's own "I think", "we believe": in
    "'I believe it is essential that Britain keeps the rebate,' he said" the speaker asserts what he
    believes. In reported speech the speaker's belief is told in the third person: "Ms Gavron said she
    thought the comments were inappropriate" asserts the comments were inappropriate, as "I think" would.
    A clause joined to a said clause is said too: "said the bill was badly drawn up and that the government
    was rushing it through" says both (a joined verb with no subject of its own shares the first's: see
    `clause_subject`)."""
    out = []
    for clause in [*verb.children, *_spoken_in(verb)]:
        if clause.dep_ not in ("ccomp", "parataxis", "acl"):
            continue
        subj = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None)
        if clause.lemma_.lower() in BELIEF_VERBS and subj is not None and subj.lower_ in BELIEVERS:
            inner = [ch for ch in clause.children if ch.dep_ == "ccomp"]
            if inner and not any(ch.dep_ == "neg" for ch in clause.children):
                out.extend(inner)
                continue
        out.append(clause)
    for clause in list(out):
        out.extend(ch for ch in clause.children if ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX"))
    # what the speaker grants before the point is said too: "whilst it is good that Labour has rejected the idea, the
    # jury is still out" says both
    for clause in list(out):
        out.extend(
            ch
            for ch in clause.children
            if ch.dep_ == "advcl"
            and ch.pos_ in ("VERB", "AUX")
            and any(m.dep_ == "mark" and m.lower_ in CONCEDING_MARKS for m in ch.children)
        )
    return out


def _spoken_in(verb) -> list:
    """The that-clause of the statement or interview a speaker speaks in: "said in a statement that Japan would
    consider measures" says it, as "said that" would; "a statement issued by the ministry" says nothing."""
    return [
        clause
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for medium in prep.children
        if medium.dep_ == "pobj" and medium.lemma_.lower() in SPEAKING_MEDIA
        for clause in medium.children
        if clause.dep_ in ("acl", "ccomp")
        and clause.pos_ in ("VERB", "AUX")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
    ]


def clause_subject(clause, deps: tuple[str, ...] = ("nsubj",)):
    """The subject of a said clause: its own, or, for a verb joined to another with none of its own
    ("has forgotten the taxpayers and has broken his pledges"), the one they share."""
    own = next((ch for ch in clause.children if ch.dep_ in deps), None)
    if own is None and clause.dep_ == "conj":
        return next((ch for ch in clause.head.children if ch.dep_ in deps), None)
    return own


def _named(actor) -> tuple[str | None, str | None]:
    """(name, key) of a resolved actor; an unresolved noun keeps its words and gets no key."""
    if is_unresolved(actor.key):
        return actor.name, None
    return actor.name, actor.key


def _speaker(token, actors: DocActors) -> tuple[str | None, str | None]:
    """A speaker is an actor: a name the resolver knows, a person a pronoun stands for, or people
    named by what they are ("officials", "the spokesman") resolved in the article where it can be.
    A pronoun no one named stands for is no speaker (None), never an actor called "they"."""
    inner = _name_inside(token, actors)
    if inner is not None:  # "the state-run TASS news agency", "the Russian news agency TASS"
        return _named(inner)
    hit = actors.actor_for(token)
    if hit:
        return _named(hit[0])
    low = token.lower_
    if low in SPEAKER_PRONOUNS:
        if low in PERSON_PRONOUNS:
            before = [m for m in actors.mentions if m.kind == "person" and m.end <= token.idx]
            if before:
                last = max(before, key=lambda m: m.start)
                return last.name, last.key
        elif low == "they":
            found = actors.plural_antecedent(token)
            if found is not None:
                return _named(found)
        return UNRESOLVED, None
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.lemma_.lower() in HUMAN_NOUNS:
        return _np(token), None
    return None, None


def _name_inside(token, actors: DocActors):
    """A named organisation or person inside a common-noun phrase: its compounds and appositions."""
    if token.pos_ != "NOUN":
        return None
    inside = [t for c in token.children if c.dep_ in ("compound", "appos", "nmod") for t in c.subtree]
    for t in inside:  # "the state-run TASS news agency": TASS modifies "news", which modifies "agency"
        if t.i in actors.by_token and actors.by_token[t.i][0].kind in ("org", "person"):
            return actors.by_token[t.i][0]
    return None


def _agency(sent, actors: DocActors, lo: int, hi: int):
    """A news agency the sentence names outside the quote ("North Korea's state agency KCNA listed a
    commitment to ..."): the source of words it quotes without a speech verb."""
    for tok in sent:
        if lo <= tok.idx < hi:
            continue
        hit = actors.by_token.get(tok.i)
        if hit and hit[0].kind == "org" and hit[0].sector == "MED":
            return hit[0]
    return None


def _title(span) -> bool:
    """A quoted name, not speech: no verb, and every word but the small ones capitalised ("Farewell of
    Slavianka.", a march, a book, a film)."""
    words = [t for t in span if t.is_alpha]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words) or len(words) > 8:
        return False
    return all(t.text[:1].isupper() for t in words if t.lower_ not in _SMALL)


def speaker_of(verb, actors: DocActors) -> tuple[str | None, str | None]:
    """(speaker text, actor key) for a speech verb: its subject, or the agent of a passive."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return _speaker(child, actors)
        if child.dep_ == "agent":
            for p in child.children:
                return _speaker(p, actors)
    if verb.dep_ in ("advcl", "conj") and verb.tag_ in ("VBG", "VBD", "VBZ", "VBN") and verb.head.i != verb.i:
        # "Washington issued a warning, claiming that ...": a participle's speaker is its clause's subject
        return speaker_of(verb.head, actors)
    if verb.dep_ == "ROOT" and verb.tag_ in ("VBZ", "VBD", "VBP"):
        # "In an article, Ms Dunwoody, who chairs the committee, says: ..." parsed with no subject: the
        # person named in an apposition just before the verb, with only a relative clause between
        for tok in reversed(verb.doc[verb.sent.start : verb.i]):
            hit = actors.by_token.get(tok.i)
            if hit and tok.dep_ == "appos" and hit[0].kind == "person":
                return _named(hit[0])
    return None, None


def inverted_speaker(verb):
    """ "The plan is a disgrace, claimed the union organisation": a speech verb after the clause it reports, with no
    subject of its own, has its speaker after it, where the parser reads an object."""
    if not speech_verb(verb) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def according_to(sent, actors: DocActors) -> tuple[str | None, str | None, object | None]:
    """The source named in "according to X" in a sentence: (text, key, token of 'according')."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            for p in tok.doc[tok.i + 1].children:
                if p.dep_ == "pobj":
                    text, key = _speaker(p, actors)
                    return (text, key, tok) if text else (None, None, None)
    return None, None, None


def _np(token) -> str:
    """The noun phrase a token heads, without trailing relative clauses or appositions."""
    left = min([token.i, *(c.i for c in token.lefts if c.dep_ in ("compound", "amod", "det", "poss", "nmod"))])
    return token.doc[left : token.i + 1].text


def _verb_speaker(sents, actors: DocActors, lo: int, hi: int) -> tuple[str | None, str | None, str]:
    """The speaker of the first speech verb outside the quote [lo, hi) in these sentences."""
    for sent in sents:
        for tok in sent:
            if lo <= tok.idx < hi or not speech_verb(tok):
                continue
            speaker, key = speaker_of(tok, actors)
            if speaker is not None:
                return speaker or None, key, tok.lemma_
    return None, None, ""


def _goes_on(gap: str) -> bool:
    """Does a quotation after the gap continue the one before it? Nothing but marks and spaces between,
    or only the rest of the sentence that attributes the one before ('," said Mr Howard. "')."""
    words = gap.strip(_TRIM)
    if not words:
        return True
    return len(words) <= 150 and "\n" not in words and not re.search(r"[.!?]\s", words)


def _direct_speaker(doc, text: str, span, actors: DocActors, start: int, end: int, previous: Quote | None):
    """Who says a direct quote: the speech verb that introduces it ("X said: "...""), else the one in
    the sentence where it ends or the next ("..." he said); a quote that follows the last one with
    nothing between is the same speaker's; else a news agency its sentence names; else "according to".
    `text` is doc.text, which spaCy rebuilds on every read."""
    sents = []
    if re.search(r"[:,]\s*$", text[max(0, start - 4) : start]) and start > 0:
        intro = doc.char_span(max(0, start - 2), start, alignment_mode="expand")
        if intro is not None:
            sents.append(intro[0].sent)
    sents.append(span[-1].sent)
    speaker, key, cue = _verb_speaker(sents, actors, start, end)
    if speaker or cue:
        return speaker, key, cue
    if previous is not None and previous.cue and _goes_on(text[previous.end : start]):
        return previous.speaker, previous.speaker_key, previous.cue  # the same speaker goes on
    first = span[0].sent
    if first.start > 0:
        # 'The scale was vast, Mr Howard said.\n\n"We watched ..."': a quotation right after a sentence that
        # reports someone's words, with no quotation of its own, goes on with that speaker's words
        before = doc[first.start - 1].sent
        if not re.search('["“”«»„]', before.text) and not text[before.end_char : start].strip(_TRIM):
            speaker, key, cue = _verb_speaker([before], actors, start, end)
            if speaker:
                return speaker, key, cue
    nxt = span[-1].sent.end
    # '"..." Then Ms Kelly said: "..."': a sentence that introduces a quotation of its own is not this one's
    if nxt < len(doc) and not re.search('["“«„]', doc[nxt].sent.text):
        speaker, key, cue = _verb_speaker([doc[nxt].sent], actors, start, end)
        if speaker or cue:
            return speaker, key, cue
    agency = _agency(span[-1].sent, actors, start, end)
    if agency is not None:
        return agency.name, agency.key, "named"
    s, k, _ = according_to(span[-1].sent, actors)
    return s, k, "according to" if s else ""


def quotations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of each quotation: curly and angled marks pair by the way they face; a
    straight mark opens where a space comes before it and a word after, and closes after a word. A
    quotation of several paragraphs opens each paragraph and closes only the last ("It was late. "We
    ran."): an opening mark while one is open ends the open one there, as a quotation of its own."""
    found = [(m.start(), m.end(), next(g for g in m.groups() if g is not None)) for m in _QUOTE.finditer(text)]
    open_at = None
    for m in re.finditer('"', text):
        p = m.start()
        before = text[p - 1] if p else " "
        after = text[p + 1] if p + 1 < len(text) else " "
        opens = before.isspace() or before in "([—–-" or p == 0
        if open_at is not None and p - open_at > _LONGEST:
            open_at = None
        if open_at is None:
            if opens and not after.isspace():
                open_at = p
            continue
        if opens and not after.isspace():  # a new paragraph of the same quotation, or a new one
            body = text[open_at + 1 : p].rstrip()
            if re.search(r"[.!?,]$", body):
                found.append((open_at, open_at + 1 + len(body), body))
            open_at = p
            continue
        found.append((open_at, p + 1, text[open_at + 1 : p]))
        open_at = None
    return sorted(q for q in found if len(q[2]) >= 8)


def find_quotes(doc, article_id: str, actors: DocActors, sent_index: dict[int, int]) -> list[Quote]:
    """Every direct and reported quote in a parsed article."""
    quotes: list[Quote] = []
    covered: list[tuple[int, int]] = []
    previous: Quote | None = None
    text = doc_text(doc)
    for start, end, body in quotations(text):
        if len(body.split()) < 3:
            continue
        covered.append((start, end))
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        inside = doc.char_span(start + 1, end - 1, alignment_mode="expand")
        if inside is not None and _title(inside):
            continue  # the name of a march, a book or a film
        speaker, key, cue = _direct_speaker(doc, text, span, actors, start, end, previous)
        previous = Quote(
            article_id,
            sent_index.get(span[0].sent.start, 0),
            speaker,
            key,
            body.strip(" ,;"),
            start,
            end,
            "direct",
            cue,
        )
        quotes.append(previous)
    for sent in doc.sents:
        if any(s <= sent.start_char < e or s < sent.end_char <= e for s, e in covered):
            continue
        for tok in sent:
            if not speech_verb(tok) or tok.lemma_ in NOT_REPORTS:
                continue
            comp = [c for c in tok.children if c.dep_ == "ccomp"]
            if not comp:
                continue
            speaker, key = speaker_of(tok, actors)
            if speaker is None:
                continue
            speaker = speaker or None  # a pronoun no name stands for: unresolved
            clause = comp[0]
            tokens = [t for t in clause.subtree if t.dep_ != "mark" or t.i != clause.left_edge.i]
            first = min(t.i for t in tokens)
            if doc[first].lower_ == "that":
                first += 1
            last = max(t.i for t in tokens)
            # "..., according to Russia's state-run RIA news agency": the attribution is not what was said
            for t in tokens:
                if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" and t.i > first:
                    last = min(last, t.i - 1)
            while last > first and (doc[last].is_punct or doc[last].is_space):
                last -= 1
            while first < last and (doc[first].is_space or doc[first].lower_ == "that"):
                first += 1
            body = doc[first : last + 1]
            if len(body) < 4:
                continue
            quotes.append(
                Quote(
                    article_id,
                    sent_index.get(sent.start, 0),
                    speaker,
                    key,
                    body.text.strip(),
                    body.start_char,
                    body.end_char,
                    "reported",
                    tok.lemma_,
                )
            )
            break
        else:
            s, k, acc = according_to(sent, actors)
            if s and acc is not None:
                # the claim is the sentence without its "according to X" phrase
                phrase = list(acc.subtree)
                lo, hi = min(t.i for t in phrase), max(t.i for t in phrase)
                before = doc[sent.start : lo]
                after = doc[hi + 1 : sent.end]
                words = [t for t in sent if not t.is_space and not t.is_punct and not lo <= t.i <= hi]
                if len(words) >= 4:
                    # the claim is what the sentence says besides its "according to X"
                    body = before if len(before) >= len(after) else after
                    text = _balanced(" ".join(p.text.strip(_TRIM) for p in (before, after) if p.text.strip(_TRIM)))
                    quotes.append(
                        Quote(
                            article_id,
                            sent_index.get(sent.start, 0),
                            s,
                            k,
                            text,
                            body.start_char,
                            body.end_char,
                            "reported",
                            "according to",
                        )
                    )
    return _once(quotes)


def _balanced(text: str) -> str:
    """Close a quotation the trimming left open: 'has Moscow's "complete support' gets its '"'."""
    if text.count('"') % 2:
        text += '"'
    if text.count("“") > text.count("”"):
        text += "”"
    return text


def _once(quotes: list[Quote]) -> list[Quote]:
    """Each line said once: a reported clause that a direct quote mostly repeats gives way to the
    direct quote; a quoted phrase inside a longer reported clause is part of that clause."""
    drop: set[int] = set()
    for i, a in enumerate(quotes):
        for j, b in enumerate(quotes):
            if i == j or a.kind != "direct" or b.kind != "reported":
                continue
            overlap = min(a.end, b.end) - max(a.start, b.start)
            if overlap <= 0:
                continue
            if overlap >= 0.6 * (b.end - b.start):
                drop.add(j)
            elif a.start >= b.start and a.end <= b.end:
                drop.add(i)
    return [q for n, q in enumerate(quotes) if n not in drop]
