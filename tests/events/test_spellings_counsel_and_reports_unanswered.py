"""Round 28: the other side of the Atlantic's spelling, meeting one's own counsel, and reports left unanswered.
Sentences are our own.

- A verb of the lexicon in its other spelling is the same verb: "nationalised", "pressurised" as "nationalized",
  "pressurized"; "despatched" troops as "dispatched".
- Meeting one's own lawyers or advisers prepares; it is no meeting of parties ("met the rebels' lawyers" is).
- Declining to discuss or confirm reports is keeping one's counsel, no rejection of anyone.
"""

from __future__ import annotations

from conftest import rows
from storyline.events.lexicon import other_spelling


def test_a_verb_in_its_other_spelling_is_the_same_verb(code):
    assert other_spelling("nationalize") == "nationalise" and other_spelling("analyse") == "analyze"
    assert other_spelling("rise") is None and other_spelling("call for") is None
    (seized,) = rows(code("The government nationalised the oil company."), "COERCE")
    assert seized["actor"] == ["government"]
    (pressed,) = rows(code("The unions pressurised the government to drop the bill."), "REQUEST")
    assert pressed["recipient"] == ["government"]
    (sent,) = rows(code("The government despatched troops to the border."), "MOBILIZE")
    assert sent["actor"] == ["government"]


def test_meeting_ones_own_counsel_is_no_meeting_of_parties(code):
    assert not rows(code("The union's leaders said they would be meeting their lawyers today."), "CONSULT")
    (met,) = rows(code("The minister met the rebels' lawyers in Geneva."), "CONSULT")
    assert met["recipient"] == ["rebels"]


def test_reports_left_unanswered_reject_no_one(code):
    assert not rows(code("The minister would not discuss reports the party repaid the money to a donor."), "REJECT")
    assert not rows(code("The minister declined to confirm reports of a cabinet split."), "REJECT")
