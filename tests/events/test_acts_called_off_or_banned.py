"""Round 21: an act called off before it happened, or one a ban forbids, is not told as done. Sentences are our own.

- An event noun that is what a verb of calling off cancels ("cancelled a scheduled strike", "postponed the talks")
  did not take place; "called off" and "abandoned" say so only of what was still ahead (a strike called off after
  three weeks of it did happen).
- An act a ban or a halt names, as a gerund hung on its object ("a ban on officials meeting journalists", "lifted its
  ban on diplomats speaking with"), is forbidden, not done; the same words outside a ban are an act.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_an_event_cancelled_or_postponed_did_not_take_place(code):
    assert "PROTEST" not in kinds(code("Some 40,000 dockers cancelled a scheduled national strike on Monday."))
    assert "CONSULT" not in kinds(code("The government postponed the talks with the rebels until May."))


def test_called_off_only_of_what_was_still_ahead(code):
    planned = code("The miners' union called off the strike planned for Monday.")
    assert "PROTEST" not in kinds(planned)
    (row,) = rows(planned, "CONCEDE")
    assert row["status"] == "happened"


def test_an_act_a_ban_forbids_is_not_done(code):
    lifted = code("The United States lifted its ban on its diplomats speaking with Cuban officials.")
    assert "CONSULT" not in kinds(lifted) and "CONCEDE" in kinds(lifted)
    assert "CONSULT" in kinds(code("Diplomats speaking with Cuban officials said the talks had gone well."))
