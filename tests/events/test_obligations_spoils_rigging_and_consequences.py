"""Round 18: five readings of criticism, demands and threats said without their verbs. Sentences are our own.

- An obligation said as "ought to" V demands as "should" does; "needs to" and "has to" are views or constraints
  told as often as demands, and ask nothing.
- A good thing spoiled ("a missed opportunity", "a wasted chance") is criticism, not praise.
- A public matter said to have been rigged or falsified accuses whoever ran it, though no one is named.
- A deed of a party (a strike, an attack) called illegal or barbaric condemns its doers; called a success, no one.
- A party told it will face consequences, sanctions or retaliation is threatened by the state or body that says so;
  what analysts foresee is a risk, not a threat.
"""

from __future__ import annotations

from conftest import kinds


def test_a_need_or_a_constraint_is_no_demand(code):
    assert kinds(code("Japan needs to restructure its economy, the chairman of Sony said.")) == []
    assert kinds(code("Farmers have to pay more for feed, the union said.")) == []


def test_ought_to_demands_as_should_does(code):
    assert kinds(code("Britain has to stop arms sales, its exporters said.")) == []
    assert kinds(code("The government ought to resign, the Conservative leader said.")) == ["REQUEST"]


def test_needs_of_an_economy_a_firm_or_the_speaker_ask_nothing(code):
    assert kinds(code("The economy needs to grow faster, analysts said.")) == []
    assert kinds(code("The company needs money to expand, its chairman said.")) == []
    assert kinds(code("The companies need to bolster their businesses, a bank's president said.")) == []
    assert kinds(code("We have to rebuild, the mayor said.")) == []


def test_a_need_denied_is_no_demand(code):
    assert kinds(code("The government does not need to act, the minister said.")) == []


def test_a_missed_opportunity_is_criticism(code):
    assert kinds(code("The Liberal Democrats described the budget as a missed opportunity.")) == ["ACCUSE"]
    assert kinds(code("The Liberal Democrats described the budget as a great opportunity.")) == ["SUPPORT"]


def test_an_election_said_to_be_rigged_accuses_whoever_ran_it(code):
    rows = code("Opposition parties said the election was rigged.")
    assert kinds(rows) == ["ACCUSE"] and rows[0]["recipient"] == []
    rows = code("The vote was rigged by the ruling party, opposition leaders in Zimbabwe said.")
    assert kinds(rows) == ["ACCUSE"] and rows[0]["recipient"] == ["ruling party"]


def test_an_election_held_peacefully_accuses_no_one(code):
    assert kinds(code("Observers said the election was held peacefully.")) == []


def test_a_strike_called_illegal_condemns_the_strikers(code):
    rows = code("The minister said the strike was illegal and irresponsible.")
    assert "ACCUSE" in kinds(rows)


def test_a_strike_called_a_success_praises_no_one(code):
    assert "SUPPORT" not in kinds(code("The union said the strike was a success."))


def test_consequences_foretold_by_a_state_threaten(code):
    rows = code("Iran will face consequences if it continues enrichment, Washington warned.")
    assert kinds(rows) == ["THREATEN"] and rows[0]["actor"] == ["United States"] and rows[0]["recipient"] == ["Iran"]
    rows = code("The rebels would suffer retaliation for the raid, the Sudanese army said.")
    assert kinds(rows) == ["THREATEN"] and rows[0]["recipient"] == ["rebels"]


def test_costs_foreseen_or_sanctions_analysts_expect_threaten_no_one(code):
    assert kinds(code("Exporters will face higher costs, the ministry said.")) == []
    assert kinds(code("Iran could face sanctions, analysts said.")) == []
    assert kinds(code("We will face consequences, the French minister said.")) == []


def test_a_report_blames_for_its_unnamed_authors(code):
    rows = code("The report blamed the army for the deaths.")
    assert kinds(rows) == ["ACCUSE"] and rows[0]["recipient"] == ["army"]


def test_a_report_blaming_a_market_for_profits_is_no_event(code):
    assert kinds(code("The report blamed weak demand for the fall in profits.")) == []


def test_an_attack_on_rights_is_no_assault(code):
    assert "ASSAULT" not in kinds(code("The unions said the plans were an attack on workers' rights."))
    assert kinds(code("Troops launched an attack on the rebels' positions.")) == ["ASSAULT"]


def test_a_lenders_approval_of_a_loan_to_a_state_is_aid(code):
    rows = code("The World Bank approved a $200 million loan to Kenya.")
    assert kinds(rows) == ["AID"] and rows[0]["recipient"] == ["Kenya"]
    assert kinds(code("The bank approved a loan to the company.")) == []
