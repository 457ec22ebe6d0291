"""Who said what: direct quotes ("..." he said), reported speech (X said that ...), and
"according to X" - each with the speaker resolved to an actor key and character offsets."""

from __future__ import annotations

import re

from ..actors.mentions import DocActors
from ..records import Quote
from .grammar import HUMAN_NOUNS

SPEECH_VERBS = {
    "say",
    "tell",
    "announce",
    "state",
    "report",
    "claim",
    "add",
    "note",
    "confirm",
    "insist",
    "stress",
    "declare",
    "write",
    "allege",
    "assert",
    "argue",
    "explain",
    "reply",
    "respond",
    "comment",
    "remark",
    "acknowledge",
    "admit",
    "indicate",
    "suggest",
    "predict",
    "disclose",
    "reveal",
    "emphasize",
    "emphasise",
    "underline",
    "underscore",
    "reiterate",
    "maintain",
    "contend",
    "recall",
    "warn",
    "vow",
    "pledge",
    "promise",
    "describe",
    "tweet",
    "post",
    "quip",
    "concede",
    "boast",
    "complain",
    "deny",
    "estimate",
    "observe",
    "agree",
}
_TRIM = " ,.;:\n\t\"'“”‘’—–-"
_QUOTE = re.compile(r"“([^”]{8,}?)”|\"([^\"]{8,}?)\"|«([^»]{8,}?)»|„([^“”]{8,}?)[“”]")


def speech_verb(token) -> bool:
    return token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX")


# pronouns that stand for a person who spoke: resolved to the last person named before them
PERSON_PRONOUNS = {"he", "she", "i", "we", "they"}


def _speaker(token, actors: DocActors) -> tuple[str | None, str | None]:
    """A speaker is an actor: a name the resolver knows, a person a pronoun stands for, or people
    named by what they are ("officials", "the spokesman"); not "the intense focus" or "pictures"."""
    hit = actors.actor_for(token)
    if hit:
        return hit[0].name, hit[0].key
    if token.lower_ in PERSON_PRONOUNS:
        before = [m for m in actors.mentions if m.kind == "person" and m.end <= token.idx]
        if token.lower_ in ("he", "she") and before:
            last = max(before, key=lambda m: m.start)
            return last.name, last.key
        return token.text, None
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.lemma_.lower() in HUMAN_NOUNS:
        return _np(token), None
    return None, None


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
    return None, None


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


def find_quotes(doc, article_id: str, actors: DocActors, sent_index: dict[int, int]) -> list[Quote]:
    """Every direct and reported quote in a parsed article."""
    quotes: list[Quote] = []
    covered: list[tuple[int, int]] = []
    text = doc.text
    for m in _QUOTE.finditer(text):
        body = next(g for g in m.groups() if g is not None)
        if len(body.split()) < 3:
            continue
        start, end = m.start(), m.end()
        covered.append((start, end))
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        speaker, key, cue = None, None, ""
        # the speech verb is outside the quote, in the sentence where it ends or the next one
        sents = [span[-1].sent]
        nxt = span[-1].sent.end
        if nxt < len(doc):
            sents.append(doc[nxt].sent)
        for sent in sents:
            for tok in sent:
                if start <= tok.idx < end or not speech_verb(tok):
                    continue
                speaker, key = speaker_of(tok, actors)
                if speaker:
                    cue = tok.lemma_
                    break
            if speaker:
                break
        if not speaker:
            s, k, _ = according_to(span[-1].sent, actors)
            speaker, key, cue = s, k, "according to" if s else ""
        quotes.append(
            Quote(
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
        )
    for sent in doc.sents:
        if any(s <= sent.start_char < e or s < sent.end_char <= e for s, e in covered):
            continue
        for tok in sent:
            if not speech_verb(tok) or tok.lemma_ in ("deny", "agree", "warn", "vow", "pledge", "promise"):
                continue
            comp = [c for c in tok.children if c.dep_ == "ccomp"]
            if not comp:
                continue
            speaker, key = speaker_of(tok, actors)
            if not speaker:
                continue
            clause = comp[0]
            tokens = [t for t in clause.subtree if t.dep_ != "mark" or t.i != clause.left_edge.i]
            first = min(t.i for t in tokens)
            if doc[first].lower_ == "that":
                first += 1
            last = max(t.i for t in tokens)
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
