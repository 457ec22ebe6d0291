"""Senses and names in sentences of our own: what something is seen "as" doing is a view; a warning
threatens only with the acts its clause says are done, not those of a phrase inside it; to sanction an
act is to approve it; a short name in lower case is no country's abbreviation; a title word capitalised
before a common noun is a name."""

from __future__ import annotations

from conftest import kinds


def test_what_something_is_seen_as_doing_is_a_view(code):
    assert kinds(code("Viewers may see streaming to phones as taking away that control.")) == []
    assert kinds(code("Campaigners regard the new law as attacking free speech.")) == []


def test_a_warning_threatens_with_the_acts_its_clause_does_not_a_phrase_inside(code):
    assert "THREATEN" in kinds(code("The general warned that the army would strike back."))
    events = code("The adviser warned that it would be safer to seek a resolution sanctioning military action.")
    assert "THREATEN" not in kinds(events)


def test_to_sanction_an_act_is_to_approve_it(code):
    assert "SANCTION" not in kinds(code("The council sanctioned the use of force against the pirates."))
    assert "SANCTION" in kinds(code("Washington sanctioned three Russian banks."))


def test_a_short_name_in_lower_case_is_no_abbreviation(code):
    events = code('Us magazine said: "The senator should resign."')
    assert all(e["actor"] != ["United States"] for e in events)
    assert [e["actor"] for e in code("The US urged Iran to stop enrichment.")] == [["United States"]]


def test_a_title_word_before_a_common_noun_is_a_name(code):
    events = code("Members of the King family have agreed to sell their shares to the company.")
    assert all("the king" not in e["actor"] for e in events)
