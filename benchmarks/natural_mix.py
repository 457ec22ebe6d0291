"""Score the event coder on 32,005 sentences of BBC 2225 and Reuters-21578 labelled by one or two coders.

    python benchmarks/natural_mix.py [--split dev|held|fresh|dev2|dev3|politics|politics_reuters|politics2|
                                              statements|statements_held|fresh2|fresh3|dev4|tune|dev5|
                                              candidates|asked|tune2|asked2|tune3|fresh4|fresh5|
                                              asked3|fresh6|tune4|fresh7|fresh8|fresh9|fresh10|
                                              fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|
                                              fresh17|fresh18|fresh19|fresh20|fresh21|
                                              fresh22|fresh23|fresh24|fresh25|
                                              fresh26|fresh27|fresh28|fresh29|fresh30|
                                              fresh31|fresh32|fresh33|fresh34|fresh35|fresh36|
                                              fresh37|fresh38|all]
                                     [--out DIR] [--errors]

The natural mix of news, as in the blind set `events_random`: one sentence per article, half from each
corpus, nine in ten reporting no political event. Six sets of 200 sentences (drawn with
`random_sentences.draw_balanced`, seeds 70-81, leaving out every article an earlier round or the blind
set drew) were labelled with PLOVER types by two coders each, working independently from one guide
(`benchmarks/data/natural_mix.guide.md`) and never seeing storyline's rows; their type agreement is
F1 0.92. As in `events_random`, the gold types of a sentence are those both coders gave, and a type only
one gave is `also_ok` (neither credited nor penalised).

Sets A, C and D are the dev split: their errors were read while building the coder. Sets B, E and F are
held out: their scores are read, their errors are not. Sets G, H and I (seeds 90-95, labelled the same
way in round 5, agreement F1 0.80, 0.88, 0.95) are the `fresh` split: scored only at the start and at the
end of the round that labelled them, their errors never read. Sets J and K (seeds 100-103, agreement 0.91 and
0.97) are `dev2`, labelled at the start of round 6 and read in it. Set L (`politics`, agreement 0.91) is 199
random sentences of BBC politics articles, dense with events (half report one), for reading misses: it
takes its sentences from articles the other sets may also use (never the same sentence), so it is no
natural mix and is never pooled with them. Sets M and N (`dev3`, seeds 105-108, agreement 0.96 and 0.90)
and O (`politics_reuters`, 0.92: 200 random sentences of Reuters articles whose title names a government,
a minister, talks, a war, a union or the like) were labelled in the middle of round 6, scored once with
the round's start and its code of that moment before anyone read them, then read. Round 7 added `politics2`
(599 sentences of political articles, BBC politics and Reuters as for `politics_reuters`, seeds 130-132, two
coders, agreement 0.89, 0.95, 0.92) and 1,600 sentences of any article in which the coder finds a statement
(a speech verb whose speaker it resolves; half from political articles, seed 140), each labelled by one
coder only (so a type is gold when that coder gave it, and nothing is `also_ok`): `statements` (800, read)
and `statements_held` (800, scored at the start and at the end of round 7 only). Round 8 added `fresh2`, 400
sentences of the natural mix again (seeds 160-163, half from each corpus, two coders, agreement 0.93 and 1.0),
scored at the start and at the end of round 8 only; its articles may hold a sentence that an early round of
issue 20 read (never a labelled one). Round 9 added `fresh3`, 400 more (seeds 180-183, the same way, agreement
in `docs/coder-errors.md`), scored at the start and at the end of round 9 only, and `dev4`, 1,200 sentences labelled
by one coder each (seed 190; 600 of political articles as for `politics2`, 600 of any other, never an article of
an unread split), scored once with round 9's code of that moment, then read and added to the reader's training
data. Round 10 added `tune`, 800 sentences of the natural mix (seeds 200-207, half from each corpus, one coder
each, never an article of an unread split), on which the reader's two thresholds are chosen
(`train_meaning.py --thresholds tune`): its scores are read, its errors are not, and the reader never learns
from it; and `dev5`, 800 sentences as `dev4` was drawn (seed 210, 400 of political articles), scored once with
round 10's start, then read and added to the reader's training data; and `candidates`, 1,600 sentences in which the
rules find a candidate of any type, kept or dropped (seed 230, half from each corpus, at most two of an article,
never an article of an unread split or of `tune`; one coder each): the very sentences the reader is asked about,
scored once with the code of that moment, then added to its training data. Round 11 added `asked`, 1,600 sentences
the reader is asked about once it may find rows on its own (events/alone.py): 800 in which the rules find a
candidate, 800 that name a state or a political party and give the rules no candidate (seeds 240 and 242; at most
one of each kind per article; never an article of an unread split or of `tune`; BBC ran out of unused articles after
603 sentences, so 997 are Reuters; one coder each), scored once with the code of that moment, then added to the
reader's training data; and `tune2`, 401 sentences of the natural mix as `tune` (101 BBC, every BBC article left that
no unread split, `tune` or `asked` uses, with a sentence no one labelled; 300 Reuters articles never labelled; one
coder each), on which, with `tune`, the reader's thresholds are chosen. Round 12 added `asked2`, 3,200 sentences drawn
as `asked` was (seed 260; 1,600 with a rules candidate, 1,600 naming a state or a political party with none; never an
article of an unread or tuning split; BBC articles of read splits may give up to two of each kind, so 825 are BBC;
one coder each), scored once with the code of that moment, then added to the reader's training data; and `tune3`, 363
sentences of the natural mix as `tune2` (63 BBC sentences, of every BBC article left outside the unread, tuning and
`asked2` splits with a sentence no one labelled, and 300 Reuters articles never labelled; seed 261; one coder each),
on which, with `tune` and `tune2`, the thresholds are chosen. Round 14 added `fresh4`, 200 sentences of the natural mix
(seed 310; 100 BBC sentences no one labelled, of articles outside the unread and tuning splits, another sentence of
each of which the reader learned from, as for `tune2` and `tune3`, and 100 of Reuters articles never labelled; none
of an article whose rows the round read), labelled by two coders (agreement F1 0.95)
and scored only at the end of round 14, with its start's code and its end's; its errors were then read, so from round 15
on it is scored as an unread split but counts as read. Round 15 added `fresh5`, 200 more drawn the same way (seed
320; none of an article of `fresh4` or of an article whose rows rounds 13 and 14 read; agreement F1 0.86), scored at
the start and at the end of round 15 only; its errors were read then. Round 16 moved `fresh4` and `fresh5` to the read
splits, the reader's training data, and added `asked3`, 4,500 sentences drawn as `asked2` was (seeds 340-342; in each
draw at most one sentence of each kind per article, 2,250 with a rules candidate and 2,250 naming a state or a
political party with none; never an article of an unread or tuning split or of `fresh6`; 746 BBC; one coder each;
a second coder on 400 of them agrees on types at F1 0.921),
scored once with round 15's code (rules P 0.566 R 0.331 F1 0.417; with the reader 0.674 / 0.480 / 0.561), then added
to the reader's training data; and `fresh6`, 200 sentences of the natural mix, one each of 200 Reuters articles never
labelled and never read by a judge (seed 340; two coders, who agreed on all of its 7 types), scored at round 16's
start and end only. Round 17 added `fresh7`, 500 sentences of the natural mix scored at its start and end only (300
of Reuters articles never labelled, 200 BBC sentences no one labelled of articles outside the unread and tuning
splits; two coders, agreement F1 0.892); rounds 18 and 19 `fresh8` (200 + 100) and `fresh9` (240 + 60) the same
way; round 20 `fresh10`, one each of 300 Reuters articles never labelled (seed 361; BBC had no article left outside
the unread and tuning splits), leaving out the articles the pooled rounds 1-7 of issue 20 read
(`random_sentences.POOLED_ROUNDS`); two coders, agreement F1 0.938 (15 types both gave, 2 one gave); scored with
round 19's coder (the default and `--rules-only`) and round 20's. Round 21 added `fresh11`, no natural mix but
political news: one sentence each of 300 Reuters articles never labelled whose title names a government, a
minister, talks, a war, a union or the like (`random_sentences.draw_political_reuters`, seed 362: 300 of the 329
such articles left), leaving out the pooled rounds' articles; two coders, agreement F1 0.925 (93 types both gave,
15 one gave); scored at round 21's start (round 20's coder) and end, and never pooled with the natural mix's unread
splits. Round 22 added `fresh12`, the natural mix again, drawn as `fresh7` was (`random_sentences.draw_fresh`, seed
363): one sentence no one labelled of each of the 10 BBC articles left outside the unread and tuning splits, and one
each of 290 Reuters articles never labelled; two coders, agreement F1 0.875 (7 types both gave, 2 one gave); scored
at round 22's start, then its errors read. Round 23 added `fresh13`, drawn the same way (seed 364): one sentence each of
300 Reuters articles never labelled (no BBC article is left outside the unread and tuning splits); two coders,
agreement F1 0.75 (6 types both gave, 4 one gave); scored at round 23's start, then its errors read. Rounds 24 and 25
added `fresh14` (300) and `fresh15` (201), political news again: one unlabelled sentence each of BBC politics and
Reuters political-title articles no read split holds and no blind judge of round 23 touched
(`random_sentences.draw_political_unread`, seeds 365 and 366; agreement 0.92 each); each was scored at its round's
start, then read. Round 26 added `fresh16`, 300 sentences of the 1,200 political articles whose rows judges read in
round 23, none of whose sentences a read split holds (`random_sentences.draw_political_judged`, seed 367; agreement
F1 0.96, 104 sentences both coders gave a type), scored at round 26's start, then read. Round 27 added `fresh17`,
the natural mix again (`random_sentences.draw_fresh`, seed 368: one sentence each of 200 Reuters articles never
labelled), and `fresh18`, the 42 political articles whose rows judges read in round 23 and that no read split holds
that were left (`random_sentences.draw_political_judged`, seed 368); two coders, agreement F1 0.91 over both; each
scored at round 27's start, then read. Round 28 added `fresh19`, the natural mix again
(`random_sentences.draw_fresh`, seed 369: one sentence each of 300 Reuters articles never labelled); two coders,
agreement F1 1.00 (15 types both gave, none one gave); and `fresh20`, political news again: one sentence no one
labelled each of 300 political articles none of whose sentences an unread or tuning split holds (every political
article had had a sentence labelled or a row judged; `random_sentences.draw_political_again`, seed 369); two coders,
agreement F1 0.90 (95 types both gave, 21 one gave); each scored at round 28's start, then read. Round 29 added
`fresh21`, the natural mix again (`random_sentences.draw_fresh`, seed 371: one sentence each of 300 Reuters articles
never labelled; agreement F1 0.88, 7 types both gave, 2 one gave), and `fresh22`, political news again
(`random_sentences.draw_political_again`, seed 371, from the labels of its day, `fresh21` among them; agreement F1
0.94, 92 types both gave, 12 one gave); each scored at round 29's start, then read. Round 30 added `fresh23` and
`fresh24` the same way (seed 372; agreement F1 0.98, 21 types both gave, 1 one gave, in 19 sentences; and 0.95, 129
both, 14 one, in 108 sentences); each scored at round 30's start, then read. Round 31 added `fresh25` and
`fresh26` the same way (seed 373; agreement F1 0.92, 12 types both gave, 2 one gave; and 0.89, 90 both, 22 one);
each scored at round 31's start, then read. Round 32 added `fresh27` and `fresh28` the same way (seed 374;
agreement F1 0.79, 11 types both gave, 6 one gave; and 0.93, 143 both, 22 one); each scored at round 32's start,
then read. Round 33 added `fresh29` and `fresh30` the same way (seed 375; agreement F1 0.83, 12 types both gave,
5 one gave; and 0.95, 115 both, 12 one); each scored at round 33's start, then read. Round 34 added `fresh31` and
`fresh32` the same way (seed 376; agreement F1 0.89, 21 types both gave, 5 one gave; and 0.93, 123 both, 18 one);
each scored at round 34's start, then read. Round 35 added `fresh33` and `fresh34` the same way (seed 377; agreement
F1 0.94, 15 types both gave, 2 one gave; and 0.95, 109 both, 12 one); each scored at round 35's start, then read.
Round 36 added `fresh35` and `fresh36` the same way (seed 378; agreement F1 0.91, 10 types both gave, 2 one gave;
and 0.92, 114 both, 20 one); each scored at round 36's start, then read. Round 37 added `fresh37` and `fresh38`
the same way (seed 379; agreement F1 0.87, 10 types both gave, 3 one gave; and 0.92, 104 both, 18 one); each scored
at round 37's start, then read.
The labels file holds article ids, the index of the sentence in `random_sentences.sentences(text)` and a hash of
it, never the text, which stays in `../shared/corpus`. By default the coder is the product's (the rules and,
since round 19, the word reader); `--rules-only` codes with the rules alone. `--meaning` codes with the optional
reader of whole sentences (run it with the python of a venv that has `storyline[meaning]`, such as
`.venv-meaning`). `--errors` prints each wrong or missing type with its sentence (dev only, unless asked for a
held-out split on purpose).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import random_sentences as rs
from evaluate import per_type, score

LABELS = Path(__file__).resolve().parent / "data" / "natural_mix.labels.jsonl"
# which splits are which: those whose errors were read (the reader learns from them), those only ever scored, and
# the one the reader's thresholds are chosen on; train_meaning.py reads these
READ_SPLITS = (
    "dev",
    "dev2",
    "dev3",
    "politics",
    "politics_reuters",
    "politics2",
    "statements",
    "dev4",
    "dev5",
    "candidates",
    "asked",
    "asked2",
    "fresh4",
    "fresh5",
    "asked3",
)
UNREAD_SPLITS = (
    "held",
    "fresh",
    "fresh2",
    "fresh3",
    "statements_held",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
)
TUNING_SPLITS = ("tune", "tune2", "tune3", "tune4")
SPLITS = (*READ_SPLITS, *UNREAD_SPLITS, *TUNING_SPLITS, "all")


def labelled(split: str) -> list[dict]:
    """The labelled sentences of a split, their text read back from the corpora and checked by hash."""
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if split == "all" or r["split"] == split]
    wanted = {r["article"] for r in rows}
    texts = {a["id"]: a["text"] for a in rs.articles() if a["id"] in wanted}
    for r in rows:
        sentence = rs.sentences(texts[r["article"]])[r["sentence"]]
        if hashlib.sha1(sentence.encode()).hexdigest()[:12] != r["sha1"]:
            raise SystemExit(f"{r['id']}: the corpus sentence does not match its label's hash")
        r["text"] = sentence
    return rows


def coded(row: dict) -> tuple[set[str], set[str]]:
    """The two coders' types; a sentence one coder labelled (splits `statements`, `dev4`) counts that coder twice."""
    one = set(row["coder1"])
    return one, set(row.get("coder2", row["coder1"]))


def run(rows: list[dict], out: Path, meaning: bool = False, rules_only: bool = False) -> tuple[Path, Path]:
    """Code the sentences with `storyline run`, one record each, and write the gold file beside."""
    inputs, gold = out / "natural_mix.jsonl", out / "natural_mix.gold.jsonl"
    with open(inputs, "w", encoding="utf-8") as f, open(gold, "w", encoding="utf-8") as g:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "text": r["text"]}) + "\n")
            one, two = coded(r)
            g.write(json.dumps({"id": r["id"], "types": sorted(one & two), "also_ok": sorted(one ^ two)}) + "\n")
    db = out / "natural_mix.duckdb"
    for stale in (db, Path(str(db) + ".wal")):
        stale.unlink(missing_ok=True)
    cli = [sys.executable, "-m", "storyline.cli"]
    extra = ["--meaning"] if meaning else ["--rules-only"] if rules_only else []
    subprocess.run(
        [*cli, "run", str(inputs), "--db", str(db), "--quiet", *extra], check=True, stdout=subprocess.DEVNULL
    )
    pred = out / "natural_mix.mentions.jsonl"
    subprocess.run(
        [*cli, "export", "--db", str(db), "--what", "mentions", "-o", str(pred)], check=True, stderr=subprocess.DEVNULL
    )
    return pred, gold


def errors(rows: list[dict], pred: Path, gold: Path) -> None:
    got: dict[str, list[dict]] = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        m = json.loads(line)
        got.setdefault(m["article_id"], []).append(m)
    truth = {json.loads(line)["id"]: json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()}
    for r in rows:
        g = truth[r["id"]]
        found = {m["type"] for m in got.get(r["id"], [])}
        wrong, missed = found - set(g["types"]) - set(g["also_ok"]), set(g["types"]) - found
        if wrong or missed:
            print(f"{r['id']} {r['article']}: {r['text']}")
            print(f"    gold {g['types']} also_ok {g['also_ok']}; wrong {sorted(wrong)} missed {sorted(missed)}")
            for m in got.get(r["id"], []):
                print(f"    row {m['type']} {m['status']} A={m['actor']} R={m['recipient']} {m['rule']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--out", default=None, help="keep the store and the files here")
    parser.add_argument("--errors", action="store_true", help="print every wrong or missing type")
    parser.add_argument("--meaning", action="store_true", help="code with the optional reader (storyline[meaning])")
    parser.add_argument("--rules-only", action="store_true", help="code with the rules alone (no word reader)")
    args = parser.parse_args()
    rows = labelled(args.split)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out or tmp)
        out.mkdir(parents=True, exist_ok=True)
        pred, gold = run(rows, out, meaning=args.meaning, rules_only=args.rules_only)
        print(json.dumps({"split": args.split, "all": score("events", pred, gold), "types": per_type(pred, gold)}))
        if args.errors:
            errors(rows, pred, gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
