"""Regression guards on the dev gold sets in ../shared/eval: the issue bars, run as a user would.

Scores come from the metric's own script (score.py). The day coverage of the dating set is not
guarded: only about 52 of its 128 texts carry their publication day in any form (see README).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scores(shared, tmp_path_factory):
    out = tmp_path_factory.mktemp("eval")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "evaluate.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = {}
    for line in result.stdout.splitlines():
        name, _, payload = line.partition(" ")
        rows[name] = json.loads(payload.strip())
    return rows


def test_html_extraction_beats_trafilatura_default(scores):
    assert scores["extract_html"]["all"]["f1"] >= 0.955


def test_text_dump_cleaning(scores):
    assert scores["extract_text"]["all"]["f1"] >= 0.87


def test_dating_is_right_when_it_says_a_day_and_knows_the_year(scores):
    assert scores["dating"]["all"]["day_precision"] >= 0.95
    # precision first: an article left undated beats a wrong year (issue 21). Mentioned dates no longer
    # date an article, which cost coverage (0.805 -> 0.734) and removed wrong years (5 -> 1)
    assert scores["dating"]["all"]["wrong_year"] <= 2
    assert scores["dating"]["all"]["year_coverage"] >= 0.72


def test_event_types_on_textbook_and_news_sentences(scores):
    # the textbook set labels one event per sentence; past events a sentence names and dates itself
    # ("after an ambush last year") are exported since issue 20 and cost it 0.01 of precision; since
    # round 4 a reporter's future tense ("the president will visit Beijing") is a planned event and no
    # promise (PLOVER's AGREE is what an actor says), which the CAMEO examples code as intent: 0.79 -> 0.7895;
    # since round 14 every past act a sentence tells in passing is a row ("Italy suspended air links one day after a
    # Serbian jet shot down a helicopter"), which the natural mix's coders count and this set does not: 0.790 -> 0.782;
    # since round 19 the default word reader keeps such acts the rules had dropped ("rejected calls by Belarus's rulers
    # for aid": the calls; "the shooting deaths of two Israelis"), 0.780 -> 0.773 at the same recall; since round 21 it
    # speaks beside a rules row, where on this set it reads the same act as another type three times ("ordered patrols
    # by police" also COERCE) while on the natural mix it finds second events (tuning splits 9 right rows, none wrong;
    # 100 right of 120 judged blind): 0.773 -> 0.770 at the same recall; since round 30 "street battles" are fighting,
    # and "street battles raged in central Baghdad between insurgents and security forces" is a row beside the threat
    # this set codes for its sentence: 0.765 -> 0.764 at the same recall; since round 31 signing an accord is AGREE, as
    # the natural mix's coders and our judges code it (29 of 29 signings wrong there as SUPPORT), where this set's
    # PLOVER gold files two signings under SUPPORT: 0.764 -> 0.758; since round 32 a cabinet that meets is its members
    # meeting ("Israel's Cabinet met Sunday and decided to approve a plan"), a row beside the one event this set codes
    # for its sentence: 0.758 -> 0.757 at the same recall; since round 36 "they" of a clause a speaker reports is the
    # speaker for what a pattern asks of its subject, so French farmers who said "they would blockade Paris ... to
    # demand an end" to a reform protest (PROTEST, where it was COERCE) and the demand their protest is for is a row
    # beside it, as the natural mix's coders count it and this set does not: 0.757 -> 0.756 at the same recall
    assert scores["events"]["all"]["f1"] >= 0.756
    assert scores["events_news"]["all"]["f1"] >= 0.90
    assert scores["events_news2"]["all"]["f1"] >= 0.83
    assert scores["events_news2"]["all"]["precision"] >= 0.88


def test_who_did_what_to_whom_on_the_textbook_set(scores):
    # the gold names each sentence's actors and recipients; before round 13 a row of a gold type named a recipient
    # where the gold has one 0.41 of the time (right 0.35): the target one step from the trigger (events/targets.py)
    # raised that to 0.55 (right 0.49), with types unchanged; round 30's targets (a demand noun's clause, "from" on
    # what is demanded or turned down, "with" on a tie, a threat's terms, a protest's grievance) to 0.63 (right 0.57)
    parties = scores["events"]["parties"]
    assert parties["actor_right"] >= 0.88
    assert parties["recipient_right"] >= 0.55


def test_party_matching_is_by_name_not_by_office():
    from evaluate import _same_party

    assert _same_party(["Hungarian"], ["hungary government", "senior hungarian and romanian officials"])
    assert _same_party(["U.N."], ["united nations", "u.n."])
    # "government" says nothing of whose
    assert not _same_party(["Sudanese government"], ["russia government"])
    assert not _same_party(["Tokyo"], [""])


def test_evaluation_scripts_exist():
    assert Path(ROOT / "benchmarks" / "evaluate.py").exists()
