"""Who said what: direct quotes ("..." he said), reported speech (X said that ...), and
"according to X" - each with the speaker resolved to an actor key and character offsets."""

from __future__ import annotations

import re

from ..actors.mentions import DocActors
from ..records import Quote

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
_QUOTE = re.compile(r"“([^”]{8,}?)”|\"([^\"]{8,}?)\"|«([^»]{8,}?)»|„([^“”]{8,}?)[“”]")


def speech_verb(token) -> bool:
    return token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX")


def speaker_of(verb, actors: DocActors) -> tuple[str | None, str | None]:
    """(speaker text, actor key) for a speech verb: its subject, or the agent of a passive."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            hit = actors.actor_for(child)
            span = _np(child)
            return (hit[0].name if hit else span), (hit[0].key if hit else None)
        if child.dep_ == "agent":
            for p in child.children:
                hit = actors.actor_for(p)
                return (hit[0].name if hit else _np(p)), (hit[0].key if hit else None)
    return None, None


def according_to(sent, actors: DocActors) -> tuple[str | None, str | None, object | None]:
    """The source named in "according to X" in a sentence: (text, key, token of 'according')."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            for p in tok.doc[tok.i + 1].children:
                if p.dep_ == "pobj":
                    hit = actors.actor_for(p)
                    return (hit[0].name if hit else _np(p)), (hit[0].key if hit else None), tok
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
                article_id, sent_index.get(span[0].sent.start, 0), speaker, key, body.strip(), start, end, "direct", cue
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
                    body.text,
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
                rest = [t for t in sent if not t.is_space and ((not lo <= t.i <= hi and not t.is_punct) or t.i > hi)]
                if len(rest) >= 4:
                    body = doc[rest[0].i : rest[-1].i + 1] if rest[0].i > hi or rest[-1].i < lo else sent
                    quotes.append(
                        Quote(
                            article_id,
                            sent_index.get(sent.start, 0),
                            s,
                            k,
                            body.text.strip(" ,."),
                            body.start_char,
                            body.end_char,
                            "reported",
                            "according to",
                        )
                    )
    return quotes
