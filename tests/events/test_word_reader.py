"""The default word reader (events/word_reader.py), in sentences of our own.

It reads a sentence's lemmas, names by their kind, numbers, neighbouring pairs and the roles of its verbs and nouns;
it keeps a candidate the rules dropped when it is sure of its type, saying so in the row's rule; it
vetoes a rules row only in a quiet sentence (no type it is at all sure of, no state or political party named) and
only where no political party takes part; where the rules code nothing it speaks alone (round 20), only with a
political party taking part, never in a sentence surely about sport, and with the status the sentence gives; beside
a rules row it speaks only when surer (round 21), never of what that row is about; and `rules_only` turns it off. A
damaged model file is one clear DataFileError.
"""

from __future__ import annotations

import json
import re
import shutil

import numpy as np
import pytest

from storyline.errors import DataFileError
from storyline.events import ArticleCoder, nlp_version, ontology, word_reader


@pytest.fixture(scope="module")
def default_coder():
    return ArticleCoder()


@pytest.fixture(scope="module")
def rules_coder():
    return ArticleCoder(rules_only=True)


def test_features_are_lemmas_kinds_of_names_numbers_pairs_and_roles(default_coder):
    doc = default_coder.nlp("Germany accused Russia of sending 300 troops.")
    feats = word_reader.features(doc)
    assert {"<GPE>", "accuse", "<num>", "troop", "<GPE> accuse", "accuse <GPE>", "ROOT:accuse"} <= set(feats)
    assert "germany" not in feats and "." not in feats  # a name counts by its kind; punctuation not at all


def test_a_reading_gives_every_type_a_probability(default_coder):
    reader = word_reader.WordReader()
    talks, market = reader.read_sentences(
        [
            default_coder.nlp("The foreign ministers of the two countries held talks in Geneva."),
            default_coder.nlp("Copper prices closed higher in thin trading on Friday."),
        ]
    )
    assert set(talks) == set(ontology.TYPES) and all(0.0 <= p <= 1.0 for p in talks.values())
    assert talks["CONSULT"] >= 0.9 and max(talks, key=talks.get) == "CONSULT"
    assert max(market.values()) < word_reader.QUIET  # nothing of the kind is reported


def test_a_dropped_candidate_is_kept_when_the_words_are_sure_and_the_rule_says_so(default_coder, rules_coder):
    # talks that broke down, no party named: the rules drop them (who talked?); the words read talks reported
    sentence = "Talks between the two sides broke down on Friday."
    assert rules_coder.code_records([sentence]) == []
    rows = default_coder.code_records([sentence])
    assert [e["type"] for e in rows] == ["CONSULT"]
    said = re.search(r" \(words (\d\.\d\d)\)$", rows[0]["rule"])
    assert said is not None and float(said.group(1)) >= word_reader.ADD
    # where the words are less sure, the rules' judgement stands: a firm's bonus to a union's members (0.87)
    assert default_coder.code_records(["The company said it had agreed to pay the union's members a bonus."]) == []


def test_a_candidate_kept_after_all_takes_its_doer_from_the_clause(default_coder, rules_coder):
    # "the country" resolves to no one, so the rules drop the request; kept after all, it is the speaker's, as the
    # reader's own rows are (alone.py), and the IMF is asked
    sentence = "Brazil's finance minister said the country would seek a new loan from the IMF."
    assert rules_coder.code_records([sentence]) == []
    rows = default_coder.code_records([sentence])
    assert [(e["type"], e["status"]) for e in rows] == [("REQUEST", "planned")]
    assert rows[0]["rule"].startswith("verb:seek") and "(words " in rows[0]["rule"]
    assert rows[0]["actor"] == ["Brazil finance minister"] and rows[0]["recipient"] == ["International Monetary Fund"]
    # the talks' noun names no one who holds them; the minister's clause does, and the U.S. officials are met
    talks = "Japan's trade minister will be in Washington next week for trade discussions with U.S. officials."
    rows = default_coder.code_records([talks])
    assert [(e["type"], e["actor"], e["recipient"]) for e in rows] == [
        ("CONSULT", ["Japan trade minister"], ["United States government"])
    ]


def test_a_rules_row_of_a_quiet_sentence_is_vetoed(default_coder, rules_coder):
    # shares "under attack" in a market story: no party of politics named, and the words read no event at all
    sentence = "The fund manager said the bank's shares came under attack from short sellers."
    assert [e["type"] for e in rules_coder.code_records([sentence])] == ["ASSAULT"]
    assert default_coder.code_records([sentence]) == []


def test_a_sentence_naming_a_state_keeps_the_rules_rows(default_coder):
    # the words may miss a sentence's second act; where a state is named the rules' reading stands
    rows = default_coder.code_records(["Police arrested twelve protesters outside the Russian embassy on Monday."])
    assert "COERCE" in [e["type"] for e in rows]


def test_where_the_rules_find_nothing_the_reader_speaks_alone_and_the_rule_says_so(default_coder, rules_coder):
    # no verb or noun of meeting the lexicon holds governs "talks" here ("was in Tehran for talks"); the words do
    sentence = "The Iraqi foreign minister was in Tehran for talks on Monday."
    assert rules_coder.code_records([sentence]) == []
    rows = default_coder.code_records([sentence])
    assert [(e["type"], e["status"]) for e in rows] == [("CONSULT", "happened")]
    assert re.fullmatch(r"words alone (0\.9\d|1\.00)", rows[0]["rule"])  # its own row, and how sure it was
    assert rows[0]["actor"] == ["Iraq foreign minister"] and rows[0]["recipient"] == ["Iran"]


def test_the_reader_speaks_alone_only_of_a_political_party_and_not_of_a_game(default_coder):
    # the same words with no state or political party taking part, or in a sentence surely about sport (where a
    # city names a team's ground, not a state), give no row; a question or a guess keeps its status
    assert default_coder.code_records(["The two chief executives were together for talks on Monday."]) == []
    assert default_coder.code_records(["The club's manager was in Madrid for talks on Monday."]) == []
    asked = default_coder.code_records(["Was the Iraqi foreign minister in Tehran for talks on Monday?"])
    assert [(e["type"], e["status"]) for e in asked] == [("CONSULT", "hypothetical")]


def test_the_default_rules_only_and_meaning_are_three_coder_versions():
    # a store coded with one reader is coded again with another
    assert len({nlp_version(), nlp_version(rules_only=True), nlp_version(meaning=True)}) == 3
    with pytest.raises(ValueError, match="exclude each other"):
        ArticleCoder(meaning=True, rules_only=True)


def test_a_damaged_model_is_a_data_file_error(tmp_path):
    folder = tmp_path / "word_reader"
    shutil.copytree(word_reader.model_folder(), folder)
    assert word_reader.load(folder)[0]["types"] == sorted(ontology.TYPES)  # the copy reads as the original
    about = json.loads((folder / "word_reader.json").read_text(encoding="utf-8"))
    (folder / "word_reader.json").write_text(json.dumps({**about, "types": about["types"][:3]}), encoding="utf-8")
    with pytest.raises(DataFileError, match="types"):
        word_reader.load(folder)
    (folder / "word_reader.json").write_text(json.dumps(about), encoding="utf-8")
    with np.load(folder / "word_reader.npz") as arrays:
        kept = {name: arrays[name] for name in arrays.files}
    np.savez(folder / "word_reader.npz", **{**kept, "idf": kept["idf"][:-1]})
    with pytest.raises(DataFileError, match="do not match"):
        word_reader.load(folder)
    (folder / "word_reader.npz").write_bytes(b"not an archive")
    with pytest.raises(DataFileError, match="cannot be read"):
        word_reader.load(folder)


def test_the_cli_takes_rules_only_but_not_with_meaning(tmp_path):
    from conftest import run_cli

    sentence = "The fund manager said the bank's shares came under attack from short sellers."
    plain = run_cli("code", "--rules-only", stdin=sentence + "\n")
    assert plain.returncode == 0 and '"ASSAULT"' in plain.stdout
    assert run_cli("code", stdin=sentence + "\n").stdout.strip() == ""
    both = run_cli("code", "--rules-only", "--meaning", stdin=sentence + "\n")
    assert both.returncode == 2 and "not allowed with" in both.stderr


class FixedReading:
    """A word reader that gives every sentence the same probabilities: tests of how the coder uses a reading."""

    label, veto, add, speaks_alone, vetoes_below, beside = "words", word_reader.VETO, word_reader.ADD, True, 0.3, 0.95

    def __init__(self, reading: dict[str, float]):
        self.reading = {t: 0.0 for t in ontology.TYPES} | reading

    @staticmethod
    def alone_threshold(event_type: str) -> float:
        return word_reader.ALONE

    def read_sentences(self, sentences) -> list[dict[str, float]]:
        return [dict(self.reading) for _ in sentences]


@pytest.fixture
def fixed_coder():
    coder = ArticleCoder()
    yield coder
    coder.coder.reader = word_reader.WordReader()


def test_beside_a_rules_row_the_reader_speaks_of_another_type_only_when_surer(fixed_coder):
    # round 21: beside the meeting the rules code, an agreement the reader is sure of (0.96 >= BESIDE) is a row with
    # the clause's parties; at 0.93 (enough to speak alone, ALONE 0.9) it is not
    sentence = "Iraq's foreign minister met the emir of Kuwait in Baghdad on Monday."
    fixed_coder.coder.reader = FixedReading({"CONSULT": 0.99, "AGREE": 0.96})
    rows = fixed_coder.code_records([sentence])
    assert [(e["type"], e["rule"]) for e in rows] == [("CONSULT", "verb:meet"), ("AGREE", "words alone 0.96")]
    assert rows[1]["actor"] == ["Iraq foreign minister"] and rows[1]["recipient"] == ["Kuwait emir"]
    fixed_coder.coder.reader = FixedReading({"CONSULT": 0.99, "AGREE": 0.93})
    assert [e["type"] for e in fixed_coder.code_records([sentence])] == ["CONSULT"]


def test_beside_a_row_the_reader_never_echoes_what_the_row_is_about(fixed_coder):
    # a strike threatened is no strike, a withdrawal asked for no withdrawal: the rules read them as the row's content
    fixed_coder.coder.reader = FixedReading({"THREATEN": 0.99, "PROTEST": 0.99})
    threat = fixed_coder.code_records(
        ["Druze villagers threatened to hold a general strike unless Israel rescinds it."]
    )
    assert "PROTEST" not in [e["type"] for e in threat] and "THREATEN" in [e["type"] for e in threat]
    fixed_coder.coder.reader = FixedReading({"REQUEST": 0.99, "RETREAT": 0.99})
    asked = fixed_coder.code_records(["The United Nations urged Iraq to withdraw its troops from Kuwait."])
    assert [e["type"] for e in asked] == ["REQUEST"]


def test_beside_an_act_that_undoes_another_the_act_undone_is_an_echo(fixed_coder):
    # round 22: tariffs lifted impose none; a cooperative type beside still speaks
    fixed_coder.coder.reader = FixedReading({"CONCEDE": 0.99, "SANCTION": 0.99, "COERCE": 0.99})
    lifted = fixed_coder.code_records(["Washington lifted the tariffs on Japanese computers on Friday."])
    assert [e["type"] for e in lifted] == ["CONCEDE"]
    fixed_coder.coder.reader = FixedReading({"CONCEDE": 0.99, "AGREE": 0.99})
    assert [e["type"] for e in fixed_coder.code_records(["Washington lifted the tariffs on Japanese computers."])] == [
        "CONCEDE",
        "AGREE",
    ]


def test_a_dispute_between_firms_stays_dropped_however_sure_the_reader(fixed_coder):
    # round 28: the words of a lawsuit weigh as much in business news as in politics; a suit whose every party is a
    # firm stays business, one a department of state brings is coded by the rules themselves
    fixed_coder.coder.reader = FixedReading({"ACCUSE": 0.99})
    firms = (
        "Acme Oil Corp said a lawsuit alleging breach of contract has been filed against its Delta Crude Corp unit "
        "by Orbis Ltd."
    )
    assert not [e for e in fixed_coder.code_records([firms]) if e["type"] == "ACCUSE"]
    state = (
        "Acme Oil Corp said a lawsuit alleging fraud has been filed against its Delta Crude Corp unit by the Justice "
        "Department."
    )
    (suit,) = [e for e in fixed_coder.code_records([state]) if e["type"] == "ACCUSE"]
    assert suit["actor"] == ["Justice Department"]
