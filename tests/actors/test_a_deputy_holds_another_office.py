"""Round 23: a title with "deputy", "shadow", "vice" or "former" before it names another office, so "the prime minister"
said later is not the deputy prime minister named before (a random row had "accused the prime minister and Mr Brown"
naming John Prescott); "the deputy prime minister" said later still is him. Sentences are our own."""

from __future__ import annotations

from conftest import rows


def test_the_prime_minister_is_no_deputy(code):
    events = code(
        "Deputy Prime Minister John Prescott visited Hull on Monday. "
        "Tory leader Michael Howard accused the prime minister of squabbling."
    )
    (row,) = rows(events, "ACCUSE")
    assert "Prescott" not in " ".join(row["recipient"])


def test_the_deputy_is_the_deputy(code):
    events = code(
        "Deputy Prime Minister John Prescott visited Hull on Monday. "
        "The deputy prime minister said the plan was a disgrace."
    )
    (row,) = rows(events, "ACCUSE")
    assert row["actor"] == ["John Prescott"]


def test_the_chancellor_is_no_shadow_chancellor(code):
    events = code(
        "Shadow Chancellor Oliver Letwin spoke in London. Mr Howard criticised the chancellor over the budget deficit."
    )
    (row,) = rows(events, "ACCUSE")
    assert "Letwin" not in " ".join(row["recipient"])
