"""The optional vector step (events/similar.py): a verb the lexicon lacks, between two political
actors, is coded by its nearest lexicon verbs; the same verb between a firm and a price is not.
Sentences of our own. Skipped where the vector package (storyline[vectors]) is not installed."""

from __future__ import annotations

import pytest

from conftest import run_cli
from storyline.events import similar


@pytest.fixture(scope="module")
def vectors_coder():
    pytest.importorskip(similar.PACKAGE)
    from storyline.events import ArticleCoder

    return ArticleCoder(vectors=True)


@pytest.fixture()
def code_vectors(vectors_coder):
    def _code(text: str) -> list[dict]:
        rows = vectors_coder.code_records([{"id": "t", "text": text}], published="2023-10-20")
        return [r for r in rows if r["status"] not in ("hypothetical", "negated") and not r["background"]]

    return _code


def _unknown(coder, lemma: str) -> None:
    assert lemma not in coder.coder.known_verbs, f"{lemma} is in the lexicon now: pick a verb it lacks"


def test_a_verb_the_lexicon_lacks_between_two_states_is_coded_by_its_neighbours(vectors_coder, code_vectors, code):
    _unknown(vectors_coder, "coerce")  # nearest: "intimidate", "harass" (COERCE)
    text = "France coerced Algeria with threats over the border."
    assert code(text) == []  # without the step the verb is unknown
    rows = code_vectors(text)
    assert [(r["type"], r["actor"], r["recipient"]) for r in rows] == [("COERCE", ["France"], ["Algeria"])]
    assert rows[0]["rule"].startswith("similar:coerce~")  # the evidence an analyst sees


def test_a_broken_lemma_is_mended_before_it_is_looked_up(vectors_coder, code_vectors, monkeypatch):
    _unknown(vectors_coder, "resupply")  # the small model lemmatises "resupplied" as "resupplie"
    step = vectors_coder.coder.candidates.similar
    asked: list[str] = []
    real = step.reading
    monkeypatch.setattr(step, "reading", lambda lemma: asked.append(lemma) or real(lemma))
    code_vectors("Iran resupplied Syria with fuel and ammunition last week.")
    assert "resupply" in asked and "resupplie" not in asked  # which type its neighbours give moves with the lexicon


def test_the_same_verb_between_a_firm_and_a_price_is_not_coded(vectors_coder, code_vectors):
    _unknown(vectors_coder, "resupply")
    assert code_vectors("The retailer resupplied its shops at a price of 30 dollars.") == []
    assert code_vectors("The retailer coerced its suppliers into lower prices.") == []
    assert code_vectors("The chain coerced prices down in its stores.") == []


def test_neighbours_that_disagree_code_nothing(vectors_coder, code_vectors):
    _unknown(vectors_coder, "oust")  # near "ally" (COOPERATE) and "disarm" (RETREAT): no one type
    assert vectors_coder.coder.candidates.similar.reading("oust") is None
    rows = code_vectors("The Bolivian army ousted the Bolivian president.")
    assert [r for r in rows if r["rule"].startswith("similar:")] == []


def test_the_threshold_is_calibrated_on_the_lexicon_itself(vectors_coder):
    """Each single-type lexicon verb, left out and read by its neighbours, gets its own type back at
    least four times in five: the precision the shipped threshold buys before any syntax is checked."""
    verbs, coded, right = vectors_coder.coder.candidates.similar.leave_one_out()
    assert verbs > 150 and coded >= 40
    assert right / coded >= 0.8


def test_without_the_package_vectors_is_a_clear_error_and_the_default_is_off(monkeypatch):
    monkeypatch.setattr(similar, "available", lambda: False)
    with pytest.raises(similar.VectorsMissing, match=r"storyline\[vectors\]"):
        similar.require()
    from storyline.events.candidates import CandidateFinder

    assert CandidateFinder.similar is None  # off unless ArticleCoder(vectors=True) turns it on


def test_the_cli_threads_vectors_to_the_coder(vectors_coder):
    done = run_cli("code", "--vectors", "--published", "2023-10-20", stdin="France coerced Algeria with threats.\n")
    assert done.returncode == 0, done.stderr
    assert '"rule": "similar:coerce~' in done.stdout


def test_turning_vectors_on_recodes_the_store():
    from storyline.events import nlp_version

    assert nlp_version(vectors=True) != nlp_version()  # a run with --vectors re-codes what was coded without
