"""Round 23: a pronoun that opens its sentence's subjects continues the topic of the sentence before, and that topic
may itself be such a pronoun ("Mr Brown spoke. He said ... He rejected"); "they" stands for a body or several named
as that topic, nothing nearer; a name inside another noun's phrase ("U.S. bank executives") is no antecedent of "it".
Found where random rows of political articles had no actor though the paragraph named one. Sentences are our own."""

from __future__ import annotations

from conftest import rows


def test_he_carries_the_topic_through_a_second_he(code):
    events = code(
        "Mr Brown told MPs he had met his fiscal rules. He said his budget struck a balance. "
        "He rejected across-the-board tax cuts."
    )
    (row,) = rows(events, "REJECT")
    assert row["actor"] == ["Brown"]


def test_she_carries_the_topic_too(code):
    events = code(
        "Angela Merkel arrived in Paris on Tuesday. She said she was pleased. She criticised the French government."
    )
    (row,) = rows(events, "ACCUSE")
    assert row["actor"] == ["Angela Merkel"]


def test_a_chain_broken_by_another_subject_names_no_one(code):
    events = code("Mr Brown spoke for an hour. The markets rose sharply. He rejected the tax cuts.")
    (row,) = rows(events, "REJECT")
    assert row["actor"] == []


def test_no_chain_between_a_man_and_a_woman(code):
    events = code("Mrs Thatcher met Mr Gorbachev in Moscow. She said the talks went well. He rejected the plan.")
    (row,) = rows(events, "REJECT")
    assert "Thatcher" not in " ".join(row["actor"])


def test_a_chain_runs_no_further_than_a_paragraph_holds_one_person(code):
    # the name nearest a pronoun three sentences back is no topic: "he" is the spy, not his classmate
    events = code(
        "One of his classmates at the academy was Vladimir Putin. At headquarters he was posted to a code unit. "
        "By 1980 he had risen to lieutenant. In 1985 he accused the regime of lying."
    )
    (row,) = rows(events, "ACCUSE")
    assert "Putin" not in " ".join(row["actor"])


def test_they_continue_a_party_named_as_the_topic(code):
    events = code(
        "The Conservatives insisted they would hold ministers to account. They said they would also press Labour "
        "over the scheme."
    )
    (row,) = rows(events, "REQUEST")
    assert row["actor"] == ["Conservative Party"]
    assert row["recipient"] == ["Labour Party"]


def test_they_are_not_a_subject_they_interrupt(code):
    events = code("The councillors backed the leader. Iraq, they insisted, would not be a factor for voters.")
    assert all(e["actor"] != ["Iraq"] for e in events)


def test_they_are_not_what_it_was(code):
    events = code(
        "According to the opposition parties, it is all one big con trick. As always, they accused the chancellor "
        "of hiding the facts."
    )
    (row,) = rows(events, "ACCUSE")
    assert row["actor"] == []


def test_they_are_not_one_spokesman_of_a_party(code):
    events = code("A Labour spokesman attacked the plans. They are committed to abandoning the targets, he said.")
    assert all(e["actor"] != ["Labour Party"] for e in rows(events, "AGREE"))


def test_it_is_no_name_that_only_modifies_a_noun(code):
    events = code("U.S. bank executives said if the fall in the stock market continued it could force banks to act.")
    assert all(e["actor"] != ["United States"] for e in events)


def test_it_still_stands_for_a_possessor(code):
    events = code("Iran's foreign minister said it would not attend the talks in Geneva.")
    (row,) = rows(events, "REJECT")
    assert "Iran" in " ".join(row["actor"])
