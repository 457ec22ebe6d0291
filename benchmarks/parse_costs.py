"""Where the parse's time goes, and how much of a news text an event can be in.

    python benchmarks/parse_costs.py [--texts 600]

The scale issue suggests parsing only where an event can be (a sentence with a trigger word and a
possible participant), with tagging and entities elsewhere. Two measurements decide whether that
pays, on the first Reuters texts, in one process:

1. the cost of each component of the spaCy model: the whole pipeline, then without the parser,
   without the entity recogniser, and tokenizer, tok2vec and tagger alone;
2. the share of sentences (and of tokens) the coder has to parse: those with a word from the event
   lexicon (a verb or event noun), and those with only a speech verb or a quotation mark (quotes).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REUTERS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=600)
    args = parser.parse_args()
    from storyline.events import ArticleCoder
    from storyline.events.quotes import SPEECH_VERBS
    from storyline.extract.debris import clean

    texts: list[str] = []
    with open(REUTERS, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            if text.strip():
                texts.append(clean(text).text)
            if len(texts) >= args.texts:
                break
    coder = ArticleCoder()
    nlp = coder.nlp
    list(nlp.pipe(texts[:30]))

    def seconds(**kw) -> float:
        t = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32, **kw):
            pass
        return time.perf_counter() - t

    full = seconds()
    rows = [
        ("whole pipeline", full),
        ("without the parser", seconds(disable=["parser"])),
        ("without the entity recogniser", seconds(disable=["ner"])),
        ("tokenizer, tok2vec, tagger", seconds(disable=["parser", "ner", "attribute_ruler", "lemmatizer"])),
    ]
    print(f"{len(texts)} Reuters texts, {coder.model}, one process")
    for name, s in rows:
        print(f"  {name:32} {s:6.1f}s  ({s / full:.0%} of the whole)")

    lexicon = coder.coder.lex
    triggers = set(lexicon.verbs) | {k for k in lexicon.nouns if " " not in k}
    speech = set(SPEECH_VERBS)
    sentences = with_trigger = speech_only = tokens = parsed_tokens = 0
    for doc in nlp.pipe(texts, batch_size=32):
        coder.coder.repair_lemmas(doc)
        for sent in doc.sents:
            lemmas = {t.lemma_.lower() for t in sent}
            trigger = bool(lemmas & triggers)
            quoted = bool(lemmas & speech) or any(t.text in '"“”' for t in sent)
            sentences += 1
            tokens += len(sent)
            with_trigger += trigger
            speech_only += quoted and not trigger
            parsed_tokens += len(sent) if trigger or quoted else 0
    print(
        f"  sentences with an event word: {with_trigger / sentences:.0%}; with only a speech verb or a quote: "
        f"{speech_only / sentences:.0%}; tokens in sentences the coder must parse: {parsed_tokens / tokens:.0%}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
