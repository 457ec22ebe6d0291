"""The natural-mix labels (benchmarks/data/natural_mix.labels.jsonl) point at real corpus sentences and
hold only PLOVER types: a label whose sentence moved or whose type is misspelt would score nothing."""

from __future__ import annotations

import json
import sys
from collections import Counter

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
}  # fmt: skip


def rows():
    path = ROOT / "benchmarks" / "data" / "natural_mix.labels.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


NATURAL = ("dev", "held", "fresh", "dev2", "dev3", "fresh2", "fresh3")
POLITICAL = ("politics", "politics_reuters", "politics2")
STATEMENTS = ("statements", "statements_held")
# the natural mix again (tune4: sentences the reader is asked about), one coder: the reader's thresholds are
# chosen on it
TUNING = ("tune", "tune2", "tune3", "tune4")
EARLY_TUNING = ("tune", "tune2", "tune3")  # the tuning splits before round 16: the older splits kept apart from these
# the splits one coder labelled
SINGLE = (*STATEMENTS, "dev4", "dev5", "candidates", "asked", "asked2", "asked3", *TUNING)
UNREAD = ("held", "fresh", "fresh2", "fresh3", "statements_held", *(f"fresh{k}" for k in range(6, 19)))
# the natural mix again, two coders, drawn in round 14 from BBC articles another sentence of which a read split may
# hold and from Reuters articles no other split holds; fresh5 the same way in round 15 (both read since), fresh6 in
# round 16 from Reuters articles alone; fresh11 (round 21) of Reuters articles whose title is political; fresh12
# (round 22) and fresh13 (round 23) as fresh7-fresh9 were; fresh14 (round 24) of political articles no one has read;
# fresh15 (round 25) of those left; fresh16 (round 26) of the political articles whose rows judges read in round 23;
# fresh17 (round 27) as fresh12 was, and fresh18 (round 27) of the judged political articles fresh16 left; fresh19
# (round 28) as fresh12 was, and fresh20 (round 28) of political articles no unread or tuning split holds; fresh21
# and fresh22 (round 29) as fresh19 and fresh20 were; fresh23 and fresh24 (round 30) and fresh25 and fresh26
# (round 31), fresh27 and fresh28 (round 32), fresh29 and fresh30 (round 33), fresh31 and fresh32 (round 34),
# fresh33 and fresh34 (round 35), fresh35 and fresh36 (round 36) and fresh37 and fresh38 (round 37) the same
LATE_SPLITS = (
    "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14",
    "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22",
    "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30",
    "fresh31", "fresh32",
    "fresh33", "fresh34", "fresh35", "fresh36", "fresh37", "fresh38",
)  # fmt: skip


def from_on(split: str) -> tuple[str, ...]:
    """The late splits labelled from `split` on: left out, they leave the labels of that split's day."""
    return LATE_SPLITS[LATE_SPLITS.index(split) :]


def test_every_label_is_a_plover_type_and_each_split_holds_its_sentences():
    labels = rows()
    assert {r["split"] for r in labels} == {*NATURAL, *POLITICAL, *SINGLE, *LATE_SPLITS}
    sizes = {"dev": 600, "held": 600, "fresh": 600, "dev2": 400, "dev3": 400, "politics_reuters": 200, "fresh2": 400}
    sizes |= {"politics2": 599, "statements": 800, "statements_held": 800, "fresh3": 400, "dev4": 1200}
    sizes |= {"tune": 800, "dev5": 800, "candidates": 1600, "asked": 1600, "tune2": 401, "asked2": 3200, "tune3": 363}
    sizes |= {"fresh4": 200, "fresh5": 200, "asked3": 4500, "fresh6": 200, "tune4": 1600, "fresh7": 500}
    sizes |= {"fresh8": 300, "fresh9": 300, "fresh10": 300, "fresh11": 300, "fresh12": 300, "fresh13": 300}
    sizes |= {
        "fresh14": 300,
        "fresh15": 201,
        "fresh16": 300,
        "fresh17": 200,
        "fresh18": 42,
        "fresh19": 300,
        "fresh20": 300,
        "fresh21": 300,
        "fresh22": 300,
        "fresh23": 300,
        "fresh24": 300,
        "fresh25": 300,
        "fresh26": 300,
        "fresh27": 300,
        "fresh28": 300,
        "fresh29": 300,
        "fresh30": 300,
        "fresh31": 300,
        "fresh32": 300,
        "fresh33": 300,
        "fresh34": 300,
        "fresh35": 300,
        "fresh36": 300,
        "fresh37": 300,
        "fresh38": 300,
    }
    assert all(sum(r["split"] == split for r in labels) == n for split, n in sizes.items())
    assert sum(r["split"] == "politics" for r in labels) == 199  # one drawn twice (J193) left out
    assert all(set(r["coder1"]) | set(r.get("coder2", ())) <= TYPES for r in labels)
    # one coder labelled the statement splits, dev4, dev5, candidates and tune; every other split has two
    assert all(("coder2" in r) == (r["split"] not in SINGLE) for r in labels)
    # fresh14 (round 24) takes other sentences of older splits' articles, as its own test says: the splits before it
    # keep the articles they were drawn with among themselves
    labels = [r for r in labels if r["split"] not in from_on("fresh14")]
    natural = [r for r in labels if r["split"] in NATURAL]
    assert len({r["article"] for r in natural}) == len(natural)  # the natural mix: one sentence per article
    assert len({(r["article"], r["sentence"]) for r in labels}) == len(labels)  # no sentence labelled twice
    # the sentences the thresholds are chosen on and those the reader learned from since round 9 share no
    # article with the splits kept unread (25 of tune's articles have another sentence in dev4)
    candidates = [r for r in labels if r["split"] == "candidates"]
    assert max(Counter(r["article"] for r in candidates).values()) == 2  # at most two sentences of an article
    tuning = [r["article"] for r in labels if r["split"] in EARLY_TUNING]
    assert len(set(tuning)) == len(tuning)
    unread = {r["article"] for r in labels if r["split"] in UNREAD and r["split"] not in LATE_SPLITS}
    learned = {r["article"] for r in labels if r["split"] in ("dev4", "dev5", "candidates", "asked", "asked2")}
    tune = {r["article"] for r in labels if r["split"] == "tune"}
    assert not (set(tuning) & unread) and not (learned & unread) and len(tune & learned) == 25
    # tune2: BBC had no article left that nobody labelled, so its 101 BBC sentences come from articles another
    # sentence of which a read split holds (79 of them one the reader learned from; none of `asked`); its
    # Reuters articles no split holds
    tune2 = [r for r in labels if r["split"] == "tune2"]
    asked = {r["article"] for r in labels if r["split"] == "asked"}
    others = {r["article"] for r in labels if r["split"] != "tune2"}
    assert len({r["article"] for r in tune2} & learned) == 79 and not {r["article"] for r in tune2} & asked
    assert not {r["article"] for r in tune2 if r["article"].startswith("reuters-")} & others
    assert max(Counter(r["article"] for r in labels if r["split"] == "asked").values()) == 2
    # round 12: asked2 (BBC articles may give two sentences of each kind) and tune3 (63 BBC sentences of articles
    # the reader learned another sentence of, none of asked2; 300 Reuters articles no other split holds)
    asked2 = {r["article"] for r in labels if r["split"] == "asked2"}
    assert max(Counter(r["article"] for r in labels if r["split"] == "asked2").values()) == 4
    assert not asked2 & (
        {r["article"] for r in labels if r["split"] in (*EARLY_TUNING, *UNREAD) and r["split"] not in LATE_SPLITS}
    )
    tune3 = [r for r in labels if r["split"] == "tune3"]
    others3 = {r["article"] for r in labels if r["split"] != "tune3"}
    assert len({r["article"] for r in tune3} & learned) == 63 and not {r["article"] for r in tune3} & asked2
    assert not {r["article"] for r in tune3 if r["article"].startswith("reuters-")} & others3
    # fresh4: one sentence per article, none of an article of another unread or a tuning split (all 100 of its BBC
    # articles have another sentence the reader learned from); its Reuters articles no other split holds
    fresh4 = [r["article"] for r in labels if r["split"] == "fresh4"]
    # (asked3 and tune4, of round 16, may take other sentences of their articles: both were read by then)
    others4 = {r["article"] for r in labels if r["split"] not in ("fresh4", "asked3", "tune4")}
    held_or_tuning = {
        r["article"] for r in labels if r["split"] in (*EARLY_TUNING, *UNREAD) and r["split"] not in LATE_SPLITS
    }
    assert len(set(fresh4)) == len(fresh4) == 200 and not set(fresh4) & held_or_tuning
    assert not {a for a in fresh4 if a.startswith("reuters-")} & others4
    assert len(set(fresh4) & learned) == 100
    # fresh5 (round 15), drawn as fresh4 was, shares no article with fresh4
    fresh5 = [r["article"] for r in labels if r["split"] == "fresh5"]
    others5 = {r["article"] for r in labels if r["split"] not in ("fresh5", "asked3", "tune4")}
    assert len(set(fresh5)) == len(fresh5) == 200 and not set(fresh5) & (held_or_tuning | set(fresh4))
    assert not {a for a in fresh5 if a.startswith("reuters-")} & others5
    assert len(set(fresh5) & learned) == 100
    # round 16: asked3, drawn as asked2 was from three seeds (at most one sentence of each kind per article and
    # seed), never of an article of an unread or tuning split; fresh6, 200 Reuters articles no other split holds
    asked3 = [r["article"] for r in labels if r["split"] == "asked3"]
    assert max(Counter(asked3).values()) == 6 and not set(asked3) & held_or_tuning
    fresh6 = [r["article"] for r in labels if r["split"] == "fresh6"]
    others6 = {r["article"] for r in labels if r["split"] != "fresh6"}
    assert len(set(fresh6)) == len(fresh6) == 200 and all(a.startswith("reuters-") for a in fresh6)
    assert not set(fresh6) & others6
    # tune4 (round 16), drawn as asked3 was (at most one sentence of each kind per article), shares no article with
    # asked3, the other tuning splits or the unread ones; 460 of its 1,176 articles have another sentence in an
    # older read split
    tune4 = [r["article"] for r in labels if r["split"] == "tune4"]
    apart = {r["article"] for r in labels if r["split"] in ("asked3", "tune", "tune2", "tune3", *UNREAD)}
    assert max(Counter(tune4).values()) == 2 and not set(tune4) & apart
    # fresh7 (round 17): 300 Reuters articles no other split holds, and 200 BBC sentences no one labelled, one each
    # of articles outside the unread and tuning splits (another sentence of which a read split may hold); fresh8
    # (round 18) and fresh9 (round 19) drawn the same way, 200 + 100 and 240 + 60 (all but 81 BBC articles were in an
    # unread or tuning split by round 19); fresh10 (round 20) of 300 Reuters articles alone, leaving out those the early
    # pooled rounds of issue 20 read; fresh11 (round 21) the same way, of Reuters articles whose title names a
    # government, talks, a war, a union or the like; fresh12 (round 22) as fresh7 was, the 10 BBC articles left first;
    # fresh13 (round 23) the same way, no BBC article left
    for split, size, reuters in (
        ("fresh7", 500, 300),
        ("fresh8", 300, 200),
        ("fresh9", 300, 240),
        ("fresh10", 300, 300),
        ("fresh11", 300, 300),
        ("fresh12", 300, 290),
        ("fresh13", 300, 300),
    ):
        drawn = [r["article"] for r in labels if r["split"] == split]
        others = {r["article"] for r in labels if r["split"] != split}
        assert len(set(drawn)) == len(drawn) == size and sum(a.startswith("reuters-") for a in drawn) == reuters
        assert not {a for a in drawn if a.startswith("reuters-")} & others
        held_or_tuning = {r["article"] for r in labels if r["split"] in (*UNREAD, *TUNING) and r["split"] != split}
        assert not set(drawn) & held_or_tuning


def test_every_label_finds_its_sentence_in_the_corpus(shared):
    import natural_mix

    found = natural_mix.labelled("all")  # raises when a hash does not match
    assert len(found) == 32005 and all(30 <= len(r["text"]) <= 400 for r in found)


def test_the_reader_learned_only_from_read_splits_and_each_split_is_of_one_kind():
    import natural_mix

    kinds = (natural_mix.READ_SPLITS, natural_mix.UNREAD_SPLITS, natural_mix.TUNING_SPLITS)
    named = [split for kind in kinds for split in kind]
    assert len(named) == len(set(named)) and set(named) == {r["split"] for r in rows()}
    trained = json.loads((ROOT / "src/storyline/events/data/meaning/meaning.json").read_text(encoding="utf-8"))
    # the shipped reader was trained on the read splits only: its scores on the others are on text it never saw
    assert tuple(trained["trained"]["splits"]) == natural_mix.READ_SPLITS


def test_fresh11_is_the_draw_of_political_reuters_titles_it_says(shared):
    # round 21: one sentence each of 300 Reuters articles whose title is political, none labelled before, seed 362
    import random_sentences

    labels = rows()
    before = {r["article"] for r in labels if r["split"] not in from_on("fresh11")}  # the labels of its day
    drawn = random_sentences.draw_political_reuters(before, 362, 300)
    assert [(d["article"], d["sentence"]) for d in drawn] == [
        (r["article"], r["sentence"]) for r in labels if r["split"] == "fresh11"
    ]


def test_fresh12_is_the_natural_mix_draw_it_says(shared):
    # round 22: one unlabelled sentence each of the 10 BBC articles left outside the unread and tuning splits, then
    # of 290 Reuters articles never labelled, seed 363
    import random_sentences

    labels = rows()
    later = from_on("fresh12")
    drawn = random_sentences.draw_fresh([r for r in labels if r["split"] not in later], 363, 300)
    assert [(d["article"], d["sentence"]) for d in drawn] == [
        (r["article"], r["sentence"]) for r in labels if r["split"] == "fresh12"
    ]


def test_fresh13_is_the_natural_mix_draw_it_says(shared):
    # round 23: drawn as fresh12 was, from the labels of its day, seed 364; no BBC article was left, so 300 Reuters
    import random_sentences

    labels = rows()
    drawn = random_sentences.draw_fresh(
        [r for r in labels if r["split"] not in from_on("fresh13")],
        364,
        300,
    )
    assert [(d["article"], d["sentence"]) for d in drawn] == [
        (r["article"], r["sentence"]) for r in labels if r["split"] == "fresh13"
    ]


def test_fresh14_is_the_draw_of_political_articles_no_one_read_it_says(shared):
    # round 24: only 26 Reuters articles with a political title were left unlabelled, so one unlabelled sentence each
    # of 300 political articles (BBC politics, Reuters political titles) none of whose sentences a read split holds
    # and whose rows no blind judge read in round 23, seed 365; from the labels of its day
    import natural_mix
    import random_sentences

    labels = rows()
    before = [r for r in labels if r["split"] not in from_on("fresh14")]
    drawn = random_sentences.draw_political_unread(before, natural_mix.READ_SPLITS, 365, 300)
    fresh14 = [r for r in labels if r["split"] == "fresh14"]
    assert [(d["article"], d["sentence"]) for d in drawn] == [(r["article"], r["sentence"]) for r in fresh14]
    read = {r["article"] for r in labels if r["split"] in natural_mix.READ_SPLITS}
    assert not {r["article"] for r in fresh14} & read and len({r["article"] for r in fresh14}) == 300


def test_fresh15_is_the_draw_of_the_political_articles_still_unread_it_says(shared):
    # round 25: one unlabelled sentence each of the political articles none of whose sentences a read split or
    # fresh14 (read in round 24) holds and whose rows no blind judge of round 23 read, seed 366; only 201 were left
    import natural_mix
    import random_sentences

    labels = rows()
    before = [r for r in labels if r["split"] not in from_on("fresh15")]
    drawn = random_sentences.draw_political_unread(before, (*natural_mix.READ_SPLITS, "fresh14"), 366, 300)
    fresh15 = [r for r in labels if r["split"] == "fresh15"]
    assert [(d["article"], d["sentence"]) for d in drawn] == [(r["article"], r["sentence"]) for r in fresh15]
    read = {r["article"] for r in labels if r["split"] in (*natural_mix.READ_SPLITS, "fresh14")}
    assert not {r["article"] for r in fresh15} & read and len({r["article"] for r in fresh15}) == 201


def test_fresh16_is_the_draw_of_the_judged_political_articles_it_says(shared):
    # round 26: no political article was left that neither a read split nor a blind judge had touched, so one
    # unlabelled sentence each of 300 of the 1,200 political articles whose rows judges read in round 23, none of
    # whose sentences a read split, fresh14 or fresh15 holds, seed 367; from the labels of its day
    import natural_mix
    import random_sentences

    labels = rows()
    before = [r for r in labels if r["split"] not in from_on("fresh16")]
    read_splits = (*natural_mix.READ_SPLITS, "fresh14", "fresh15")
    drawn = random_sentences.draw_political_judged(before, read_splits, 367, 300)
    fresh16 = [r for r in labels if r["split"] == "fresh16"]
    assert [(d["article"], d["sentence"]) for d in drawn] == [(r["article"], r["sentence"]) for r in fresh16]
    first = random_sentences.judged_political_articles(2323)
    judged = set(first) | set(random_sentences.judged_political_articles(2424, frozenset(first)))
    read = {r["article"] for r in labels if r["split"] in read_splits}
    articles = {r["article"] for r in fresh16}
    assert articles <= judged and not articles & read and len(articles) == 300


def test_fresh17_and_fresh18_are_the_draws_they_say(shared):
    # round 27: fresh17 is the natural mix drawn as fresh12 was (seed 368; 200 Reuters articles never labelled, no
    # BBC article being left), fresh18 the 42 judged political articles no read split held that fresh16 left (seed
    # 368, fresh16 now read); both from the labels of their day
    import natural_mix
    import random_sentences

    labels = rows()
    before = [r for r in labels if r["split"] not in from_on("fresh17")]
    fresh17 = [r for r in labels if r["split"] == "fresh17"]
    drawn = random_sentences.draw_fresh(before, 368, 200)
    assert [(d["article"], d["sentence"]) for d in drawn] == [(r["article"], r["sentence"]) for r in fresh17]
    assert {r["article"] for r in fresh17}.isdisjoint(r["article"] for r in before)
    read_splits = (*natural_mix.READ_SPLITS, "fresh14", "fresh15", "fresh16")
    drawn = random_sentences.draw_political_judged(before, read_splits, 368, 300)
    fresh18 = [r for r in labels if r["split"] == "fresh18"]
    assert [(d["article"], d["sentence"]) for d in drawn] == [(r["article"], r["sentence"]) for r in fresh18]
    assert len(fresh18) == 42  # all that were left


@pytest.mark.parametrize(
    ("split", "seed"),
    [
        ("fresh19", 369),
        ("fresh21", 371),
        ("fresh23", 372),
        ("fresh25", 373),
        ("fresh27", 374),
        ("fresh29", 375),
        ("fresh31", 376),
        ("fresh33", 377),
        ("fresh35", 378),
        ("fresh37", 379),
    ],
)
def test_the_late_natural_mix_splits_are_the_draws_they_say(shared, split, seed):
    # fresh19 (round 28), fresh21 (round 29), fresh23 (round 30), fresh25 (round 31), fresh27 (round 32), fresh29
    # (round 33), fresh31 (round 34), fresh33 (round 35), fresh35 (round 36) and fresh37 (round 37) are the natural
    # mix drawn as fresh12 was (300 Reuters articles never labelled, no BBC article being left), from the labels of
    # their day
    import random_sentences

    labels = rows()
    before = [r for r in labels if r["split"] not in from_on(split)]
    drawn_split = [r for r in labels if r["split"] == split]
    drawn = random_sentences.draw_fresh(before, seed, 300)
    assert [(d["article"], d["sentence"]) for d in drawn] == [(r["article"], r["sentence"]) for r in drawn_split]
    assert {r["article"] for r in drawn_split}.isdisjoint(r["article"] for r in before)
    assert all(r["article"].startswith("reuters-") for r in drawn_split)


@pytest.mark.parametrize(
    ("split", "seed"),
    [
        ("fresh20", 369),
        ("fresh22", 371),
        ("fresh24", 372),
        ("fresh26", 373),
        ("fresh28", 374),
        ("fresh30", 375),
        ("fresh32", 376),
        ("fresh34", 377),
        ("fresh36", 378),
        ("fresh38", 379),
    ],
)
def test_the_late_political_splits_are_drawn_off_the_unread_splits(shared, split, seed):
    # fresh20 (round 28), fresh22 (round 29), fresh24 (round 30), fresh26 (round 31), fresh28 (round 32), fresh30
    # (round 33), fresh32 (round 34), fresh34 (round 35), fresh36 (round 36) and fresh38 (round 37): one sentence no
    # one labelled each of 300 political articles none of whose sentences an unread or tuning split holds, from the
    # labels of their day (the natural mix split of the same round among them)
    import natural_mix
    import random_sentences

    labels = rows()
    before = [r for r in labels if r["split"] not in from_on(split)]
    drawn_split = [r for r in labels if r["split"] == split]
    apart = ("held", "fresh", "fresh2", "fresh3", "statements_held", "fresh6", *natural_mix.TUNING_SPLITS)
    drawn = random_sentences.draw_political_again(before, apart, seed, 300)
    assert [(d["article"], d["sentence"]) for d in drawn] == [(r["article"], r["sentence"]) for r in drawn_split]
    assert not {r["article"] for r in drawn_split} & {r["article"] for r in labels if r["split"] in apart}
    assert not {(r["article"], r["sentence"]) for r in drawn_split} & {(r["article"], r["sentence"]) for r in before}
