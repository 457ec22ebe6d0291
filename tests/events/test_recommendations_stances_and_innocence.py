"""Round 18: requests, stances and denials said without the usual verbs. Sentences are our own.

- A recommendation that a party act asks it to (REQUEST); a recommendation with no clause ("a pay rise of 3 pct")
  names a thing, not an act asked of anyone.
- A party said to be "in favour of" a party or a public matter supports it (SUPPORT); shareholders in favour of a
  merger, or a vote's count, are no politics.
- A speaker who says they "did nothing wrong", "broke no rules" denies the charge (REJECT).
- A need of aid said in the passive ("more help is needed, aid agencies say") is asked for by whoever says it.
"""

from __future__ import annotations

from conftest import kinds


def test_a_recommendation_that_a_party_act_asks_it_to(code):
    rows = code("The committee recommended that the government scrap the tax.")
    assert kinds(rows) == ["REQUEST"] and rows[0]["recipient"] == ["government"]


def test_a_recommendation_without_a_clause_or_by_analysts_asks_no_party(code):
    assert kinds(code("The panel recommended a pay rise of 3 pct.")) == []
    assert kinds(code("Analysts recommended that investors buy the shares.")) == []


def test_in_favour_of_a_public_matter_supports_it(code):
    rows = code("The Conservatives are in favour of tax cuts.")
    assert kinds(rows) == ["SUPPORT"] and rows[0]["actor"] == ["Conservative Party"]
    assert kinds(code("The Tories said they were in favour of the plan.")) == ["SUPPORT"]


def test_shareholders_in_favour_or_a_count_of_votes_support_nothing(code):
    assert kinds(code("Shareholders were in favour of the merger.")) == []
    assert kinds(code("The vote was 12 in favour and 3 against.")) == []


def test_saying_one_did_nothing_wrong_denies_the_charge(code):
    rows = code("Mr Blunkett insisted he had done nothing wrong.")
    assert kinds(rows) == ["REJECT"] and rows[0]["actor"] == ["David Blunkett"]
    assert kinds(code("The party said it had broken no rules.")) == ["REJECT"]


def test_doing_nothing_this_week_denies_nothing(code):
    assert kinds(code("He said he had done nothing this week.")) == []


def test_a_need_of_aid_said_in_the_passive_is_asked_by_its_speaker(code):
    rows = code("More aid is needed, the UN said.")
    assert kinds(rows) == ["REQUEST"] and rows[0]["actor"] == ["United Nations"]
    assert kinds(code("More investment is needed, analysts said.")) == []


def test_recommending_how_asks_for_no_act(code):
    rows = code("The council is a body which recommends how governments can work together to alleviate hunger.")
    assert "REQUEST" not in kinds(rows)


def test_a_policy_said_to_harm_people_is_criticised(code):
    rows = code("Labour said the Tory plans would hit hard-working families.")
    assert kinds(rows) == ["ACCUSE"] and rows[0]["recipient"] == ["Tories"]
    rows = code("Japan's tariffs would hurt American exporters, the US trade representative said.")
    assert kinds(rows) == ["ACCUSE"] and rows[0]["recipient"] == ["Japan"]


def test_harm_foreseen_by_analysts_denied_or_asked_about_or_of_ones_own_tax_criticises_no_one(code):
    assert kinds(code("Analysts said the tax would hurt profits.")) == []
    assert kinds(code("The minister said the cuts would not hurt the poor.")) == []
    assert kinds(code("The Tories asked whether the tax would hit pensioners.")) == []
    assert kinds(code("The minister said the tax would hurt exporters.")) == []


def test_letting_voters_down_is_bad_conduct(code):
    rows = code("Mr Kennedy said voters had been let down by Labour.")
    assert kinds(rows) == ["ACCUSE"] and rows[0]["recipient"] == ["Labour Party"]


def test_a_deed_that_may_come_judged_a_danger_condemns_no_one(code):
    assert "ACCUSE" not in kinds(code("He says a nuclear terrorist attack is the main danger faced by many nations."))


def test_a_demand_a_recommendation_holds_is_kept(code):
    rows = code("It recommended that Japan must open its markets, the US trade representative said.")
    assert kinds(rows) == ["REQUEST"] and rows[0]["recipient"] == ["Japan"]


def test_a_nations_brokerage_house_is_a_firm_not_the_state(code):
    text = "Silver prices rallied after a U.S. brokerage house recommended its customers buy the metal, traders said."
    assert kinds(code(text)) == []
    assert kinds(code("A U.S. brokerage house urged the Fed to cut rates.")) == []


def test_a_bill_approved_is_no_loan_given(code):
    assert kinds(code("The President signs the Development Loan Bill approved by parliament last week.")) == []
