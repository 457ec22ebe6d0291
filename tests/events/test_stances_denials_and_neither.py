"""Round 9, read on dev4, in sentences of our own: being or remaining opposed to something opposes it,
however the small model tags "opposed"; calling claims false denies them; what neither of two parties did,
none of them did (a proposal neither took, since round 15, both refused)."""

from __future__ import annotations

from conftest import kinds, rows


def test_remaining_opposed_to_a_measure_opposes_it(code):
    events = code("The unions remain opposed to the plan.")
    assert kinds(events) == ["REJECT"] and rows(events, "REJECT")[0]["actor"] == ["unions"]
    assert kinds(code("Farmers are strongly opposed to the new tax.")) == ["REJECT"]
    # an adjective of feeling after "be" is no act: "concerned about", "interested in"
    assert kinds(code("Farmers are concerned about the new tax.")) == []


def test_calling_claims_false_denies_them(code):
    events = code('The president called the charges against him "utterly false."')
    assert kinds(events) == ["REJECT"] and rows(events, "REJECT")[0]["mode"] == "deny"
    assert kinds(code("The minister described the reports as baseless.")) == ["REJECT"]


def test_what_neither_party_did_none_did(code):
    # since round 15 a proposal neither took is refused (REJECT), as the natural mix's coders read it; an act of
    # another kind that neither did is none ("neither minister attended the meeting")
    assert kinds(code("Neither the president nor his finance minister accepted the proposals.")) == ["REJECT"]
    assert kinds(code("The president and his finance minister accepted the proposals.")) == ["AGREE"]
    assert "CONSULT" not in kinds(code("Neither the president nor his finance minister attended the meeting."))
