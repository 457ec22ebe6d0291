"""A political party named in one word is that party even where the entity recogniser tags nothing: 21 of 147
"Labour" on 150 BBC politics articles are untagged, five of them subjects ("Labour hit out
at"). The dictionary reads such a name where it is no common word: capitalised and inside the sentence, or, first in
it, its subject, a possessor or one of conjoined subjects. Sentences are our own."""

from __future__ import annotations

from conftest import kinds, rows


def test_a_party_first_in_the_sentence_is_the_party(code):
    (row,) = rows(code("Labour hit out at the Tory tax plans on Tuesday."), "ACCUSE")
    assert row["actor"] == ["Labour Party"] and row["actor_sector"] == ["PTY"]


def test_conjoined_parties_are_both_actors(code):
    (row,) = rows(code("Tories and Lib Dems welcomed the report on Monday."), "SUPPORT")
    assert row["actor"] == ["Tories", "Liberal Democrats"]


def test_a_first_word_that_modifies_a_noun_is_a_common_word(code):
    assert kinds(code("Labour costs rose 3 pct in the quarter, the ministry said.")) == []
    assert kinds(code("Labour shortages forced the company to cut output.")) == []
