"""Code random sentences of BBC 2225 and Reuters-21578 that nobody chose, for judging by hand.

    python benchmarks/random_sentences.py --seed 1 --n 100 [--skip-seeds 0] > round.txt

One sentence per article, articles drawn with a fixed seed. By default half the articles come from each
corpus, as in the blind set `events_random` (160 BBC, 140 Reuters): drawn from the pooled articles
(`--mix pooled`, how rounds 1-7 were drawn) nine in ten are Reuters company and market news, and rounds
said little about the political news of BBC. Articles that hold a sentence of the blind set are never
drawn (matched by text, not read); `--skip-seeds` leaves out the articles earlier seeds drew, and the
pooled rounds 1-7 are always left out, so each round reads text its author has not read before. Prints each
sentence with the rows the coder makes of it (type, status, actor, recipient, rule) for a judge to mark.
The sentences stay outside the repository: they are third-party text.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").exists()), ROOT.parent / "shared")
CORPORA = ("bbc2225.jsonl", "reuters21578.jsonl")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def blind_texts() -> list[str]:
    """The blind set's sentences, only to keep their articles out of every sample and training set."""
    path = SHARED / "eval" / "events_random.jsonl"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return [" ".join(json.loads(line)["text"].split()) for line in f if line.strip()]


def articles() -> Iterator[dict]:
    for name in CORPORA:
        with open(SHARED / "corpus" / name, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if (row.get("text") or "").strip():
                    yield row


def clean_articles() -> list[dict]:
    """Every article with text, less those the blind set took a sentence from."""
    blind = blind_texts()
    out = []
    for row in articles():
        flat = " ".join(row["text"].split())
        if any(b and b[:80] in flat for b in blind):
            continue
        out.append(row)
    return out


def sentences(text: str) -> list[str]:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n {3,}", text)]
    return [s for p in paragraphs for s in SENTENCE_END.split(p) if 30 <= len(s) <= 400]


POOLED_ROUNDS = (1, 2, 3, 4, 5, 6, 7)  # the rounds of issue 20's first session, drawn from the pooled articles


def draw(pool: list[dict], seed: int, n: int) -> list[dict]:
    rng = random.Random(seed)
    order = list(range(len(pool)))
    rng.shuffle(order)
    out = []
    for i in order:
        found = sentences(pool[i]["text"])
        if found:
            out.append({**pool[i], "sentence": rng.choice(found)})
            if len(out) == n:
                break
    return out


# a Reuters title that names a government, a minister, talks, a war, a union or the like (the draw of `fresh11`)
POLITICAL_TITLE = re.compile(
    r"\b(government|minister|ministers|president|talks|war|union|unions|strike|parliament|congress|senate|"
    r"court|treaty|sanction\w*|embargo|protest\w*|police|army|troops|rebels?|election|vote|opposition|"
    r"ambassador|summit|diplomat\w*|accus\w*|reagan|gatt|opec|ec|un|nato|tariff\w*|retaliat\w*|"
    r"ban|bans|warn\w*|threat\w*|agree\w*|accord|pact|dispute|negotiat\w*|urge\w*|demand\w*)\b",
    re.IGNORECASE,
)


def draw_political_reuters(labelled_articles: set[str], seed: int, n: int) -> list[dict]:
    """One random sentence each of `n` Reuters articles whose title is political (`POLITICAL_TITLE`), none labelled
    before (`labelled_articles`) nor read by the pooled rounds 1-7: how round 21 drew `fresh11` (seed 362). Each row
    has the article, the index of its sentence in `sentences(text)` and the sentence."""
    pool = clean_articles()
    used = set(labelled_articles)
    for s in POOLED_ROUNDS:
        used |= {r["id"] for r in draw(pool, s, 100)}
    political = [
        a
        for a in pool
        if corpus_of(a) == "reuters" and a["id"] not in used and POLITICAL_TITLE.search(a.get("title") or "")
    ]
    rng = random.Random(seed)
    rng.shuffle(political)
    out = []
    for article in political:
        found = sentences(article["text"])
        if found:
            k = rng.randrange(len(found))
            out.append({"article": article["id"], "sentence": k, "text": found[k]})
            if len(out) == n:
                break
    return out


def judged_political_articles(seed: int, leave_out: frozenset[str] = frozenset()) -> list[str]:
    """The 600 political articles blind judges read rows of (round 23: seed 2323, then seed 2424 leaving the first
    out): 150 of BBC's politics category and 450 Reuters articles whose title is political, shuffled with `seed`
    as read from the corpus files. Only their ids, to keep later draws off text whose rows were read."""
    bbc, reuters = [], []
    for name in CORPORA:
        with open(SHARED / "corpus" / name, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if row["id"] in leave_out:
                    continue
                if name.startswith("bbc"):
                    if row["id"].startswith("bbc-politics"):
                        bbc.append(row["id"])
                elif (row.get("text") or "").strip() and POLITICAL_TITLE.search(row.get("title") or ""):
                    reuters.append(row["id"])
    rng = random.Random(seed)
    rng.shuffle(bbc)
    rng.shuffle(reuters)
    return bbc[:150] + reuters[:450]


def draw_political_unread(labels: list[dict], read_splits: tuple[str, ...], seed: int, n: int) -> list[dict]:
    """One unlabelled sentence each of `n` political articles (BBC's politics category, Reuters titles that are
    political) whose text no one has read: none of their sentences in a split whose errors were read
    (`read_splits`), none of the 1,200 articles whose rows blind judges read in round 23. How round 24 drew
    `fresh14` (seed 365): only 26 Reuters articles with a political title were left unlabelled, so political
    news is drawn again from articles another sentence of which an unread split holds."""
    first = judged_political_articles(2323)
    judged = set(first) | set(judged_political_articles(2424, frozenset(first)))
    read = {r["article"] for r in labels if r["split"] in read_splits}
    labelled = {(r["article"], r["sentence"]) for r in labels}
    pool = [
        a
        for a in clean_articles()
        if a["id"] not in read
        and a["id"] not in judged
        and (
            (corpus_of(a) == "bbc" and a.get("category") == "politics")
            or (corpus_of(a) == "reuters" and POLITICAL_TITLE.search(a.get("title") or ""))
        )
    ]
    rng = random.Random(seed)
    rng.shuffle(pool)
    return unlabelled_sentences(pool, labelled, rng, n)


def draw_political_judged(labels: list[dict], read_splits: tuple[str, ...], seed: int, n: int) -> list[dict]:
    """One unlabelled sentence each of `n` of the 1,200 political articles whose rows blind judges read in round 23
    (`judged_political_articles`), none of whose sentences a read split holds: how round 26 drew `fresh16` (seed
    367), when no political article was left that neither a read split nor a judge had touched. The judges read a
    sample of rows, and their author only the rows a change touched; the sentences they were shown are counted
    apart when the split is read."""
    first = judged_political_articles(2323)
    judged = first + judged_political_articles(2424, frozenset(first))
    read = {r["article"] for r in labels if r["split"] in read_splits}
    labelled = {(r["article"], r["sentence"]) for r in labels}
    texts = {a["id"]: a for a in clean_articles()}
    pool = [texts[a] for a in judged if a not in read and a in texts]
    rng = random.Random(seed)
    rng.shuffle(pool)
    return unlabelled_sentences(pool, labelled, rng, n)


def draw_political_again(labels: list[dict], apart_splits: tuple[str, ...], seed: int, n: int) -> list[dict]:
    """One sentence no one labelled each of `n` political articles (BBC's politics category, Reuters titles that are
    political) none of whose sentences a split kept apart holds (`apart_splits`: the unread and tuning splits): how
    round 28 drew `fresh20` (seed 369), when every political article had had a sentence labelled or a row judged.
    The sentence is new text; its article's other sentences may have been read."""
    apart = {r["article"] for r in labels if r["split"] in apart_splits}
    labelled = {(r["article"], r["sentence"]) for r in labels}
    pool = [
        a
        for a in clean_articles()
        if a["id"] not in apart
        and (
            (corpus_of(a) == "bbc" and a.get("category") == "politics")
            or (corpus_of(a) == "reuters" and POLITICAL_TITLE.search(a.get("title") or ""))
        )
    ]
    rng = random.Random(seed)
    rng.shuffle(pool)
    return unlabelled_sentences(pool, labelled, rng, n)


def draw_fresh(labels: list[dict], seed: int, n: int) -> list[dict]:
    """The natural mix drawn as rounds 17-19 drew `fresh7`-`fresh9` and round 22 `fresh12` (seed 363): one sentence
    no one labelled of each BBC article outside the unread and tuning splits (another sentence of which a read split
    may hold; all that are left), then one each of Reuters articles never labelled, leaving out the pooled rounds
    1-7's, up to `n`. `labels` are the natural-mix label rows (`split`, `article`, `sentence`)."""
    pool = clean_articles()
    apart = {r["article"] for r in labels if r["split"].startswith(("held", "fresh", "statements_held", "tune"))}
    labelled = {(r["article"], r["sentence"]) for r in labels}
    used = {r["article"] for r in labels}
    for s in POOLED_ROUNDS:
        used |= {r["id"] for r in draw(pool, s, 100)}
    rng = random.Random(seed)
    bbc = [a for a in pool if corpus_of(a) == "bbc" and a["id"] not in apart]
    reuters = [a for a in pool if corpus_of(a) == "reuters" and a["id"] not in used]
    rng.shuffle(bbc)
    rng.shuffle(reuters)
    return unlabelled_sentences(bbc + reuters, labelled, rng, n)


def unlabelled_sentences(pool: list[dict], labelled: set[tuple[str, int]], rng: random.Random, n: int) -> list[dict]:
    """One sentence no one labelled of each article in `pool`'s order, chosen with `rng`, up to `n`: each row has the
    article, the index of its sentence in `sentences(text)` and the sentence."""
    out = []
    for article in pool:
        found = [k for k in range(len(sentences(article["text"]))) if (article["id"], k) not in labelled]
        if found:
            k = rng.choice(found)
            out.append({"article": article["id"], "sentence": k, "text": sentences(article["text"])[k]})
            if len(out) == n:
                break
    return out


def corpus_of(row: dict) -> str:
    return "bbc" if str(row.get("id", "")).startswith("bbc-") else "reuters"


def draw_balanced(pool: list[dict], seed: int, n: int) -> list[dict]:
    """Half the sentences from each corpus (BBC first on odd counts), each half drawn as `draw` does."""
    bbc = [r for r in pool if corpus_of(r) == "bbc"]
    reuters = [r for r in pool if corpus_of(r) == "reuters"]
    first = draw(bbc, seed, n - n // 2)
    second = draw(reuters, seed, n // 2)
    return [row for pair in zip(first, second, strict=False) for row in pair] + first[len(second) :]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--skip-seeds", default="", help="comma-separated seeds whose articles to leave out")
    parser.add_argument("--mix", choices=("balanced", "pooled"), default="balanced")
    parser.add_argument("--vectors", action="store_true", help="with the optional vector step (storyline[vectors])")
    args = parser.parse_args()
    pool = clean_articles()
    how = draw_balanced if args.mix == "balanced" else draw
    used: set[str] = set()
    if args.mix == "balanced":
        for s in POOLED_ROUNDS:
            used |= {r["id"] for r in draw(pool, s, 100)}
    for s in filter(None, args.skip_seeds.split(",")):
        used |= {r["id"] for r in how(pool, int(s), args.n)}
    sample = how([r for r in pool if r["id"] not in used], args.seed, args.n)

    from storyline.events import ArticleCoder

    coder = ArticleCoder(vectors=args.vectors)
    for n, row in enumerate(sample, 1):
        events = coder.code_records([{"id": row["id"], "text": row["sentence"]}], published=row.get("published"))
        print(f"[{n}] {row['id']} :: {row['sentence']}")
        for e in events:
            print(
                f"    -> {e['type']} {e['status']}{' bg' if e.get('background') else ''} "
                f"A={e['actor']} R={e['recipient']} rule={e['rule']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
