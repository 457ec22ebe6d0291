"""Round 27: what a speaker calls good, and what a speaker is displeased by, said of a named party's deed or finding.
Sentences are our own.

- "The senator said it was right that Congress rejected the bill": approval of Congress (SUPPORT), beside the
  rejection; "whilst it is good that Labour has rejected the plan, the jury is still out" grants it too (a clause the
  speaker concedes is said).
- "Lyng said he is very disappointed by a Canadian government finding that U.S. corn has injured Ontario corn
  growers": Lyng criticises Canada's government (the finding's maker, not the parties of what it found), and corn that
  injures growers is trade injury, no assault.
- Near misses: "it is good to be home", "it was only natural that prices rose", "it was good that the weather had
  improved" praise no one; "police injured farmers at the rally" is violence.
"""

from __future__ import annotations

from conftest import rows


def test_a_named_partys_deed_called_good_is_praised(code):
    (praise,) = rows(code("The senator said it was right that Congress rejected the bill."), "SUPPORT")
    assert praise["actor"] == ["the senator"] and praise["recipient"] == ["US Congress"]
    found = code(
        'Mr Oaten said: "Whilst it is good that Labour has rejected the Tory plan for quotas, the jury is out."'
    )
    (granted,) = rows(found, "SUPPORT")
    assert granted["trigger"] == "good"


def test_good_things_no_party_did_praise_no_one(code):
    for text in (
        "He said it is good to be home.",
        "He said it was only natural that prices rose.",
        "He said it was good that the weather had improved.",
    ):
        assert not rows(code(text), "SUPPORT"), text


def test_displeasure_at_a_finding_criticises_its_maker(code):
    found = code(
        "Richard Lyng said he is very disappointed by a Canadian government finding that U.S. corn has injured "
        "Ontario corn growers."
    )
    (criticism,) = rows(found, "ACCUSE")
    assert criticism["actor"] == ["Richard Lyng"] and criticism["recipient"] == ["Canada government"]
    assert not rows(found, "ASSAULT")


def test_goods_that_injure_producers_assault_no_one_but_police_do(code):
    assert not rows(code("Imports of steel have injured the domestic industry."), "ASSAULT")
    assert rows(code("Police injured farmers at the rally."), "ASSAULT")
