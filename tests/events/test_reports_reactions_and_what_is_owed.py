"""Round 35: what a report joins, what a statement says, reactions, duties, mandates and boycotts. Sentences are
our own.

- A subjectless verb joined after a said clause goes with the report when the tenses say so ("said rate shifts could
  hurt growth and called for restraint": the speaker called; "said the deal imposes costs and praised the union": the
  speaker praised); "said the government raised taxes and cut spending" keeps the government as the one who cut.
- "Said in a statement that ..." says the that-clause hung on the statement, as "said that" would; a conditional
  response a party says it would "consider" or "take" is a threat.
- An act an accepted invitation names is planned, by the one who accepted ("accepted an invitation to visit").
- A that-clause in the subjunctive ("that the tariffs be lifted") is a demand of the speaker's.
- Criticism received from no one named ("the plan drew a storm of criticism") is faced by the plan's owner; complaints
  a body receives are made to it.
- Reacting angrily to a party's deed, or an angry response to it, criticises the party; a deed said to be of deep
  concern to a party troubles it.
- A speaker saying a party had not listened, consulted or informed complains of it (ACCUSE).
- A state's act said to fall short ("is not enough") is judged; an offer that falls short is turned down.
- A state boycotting another state or its goods sanctions it; staying away from a meeting is a protest.
- "Loath to abandon" abandons nothing; "no mention of fighting" reports none.
- A body of states known by its abbreviation ("the G-7") acts, though the parser reads it as a common noun.
- A party that "should be prepared to" act is asked to act; one that "should be able to" has a right.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_verb_joined_after_a_said_clause_goes_with_the_report_when_tense_says_so(code):
    (called,) = rows(
        code(
            "The finance minister said that rate shifts could hurt growth and called for cooperation in currency "
            "markets."
        ),
        "REQUEST",
    )
    assert called["actor"] == ["the finance minister"]
    (praised,) = rows(
        code("The Japanese minister said the deal imposes heavy costs on farmers and praised the union."), "SUPPORT"
    )
    assert praised["actor"] == ["Japan minister"] and praised["recipient"] == ["union"]
    # a verb that may share the clause's auxiliary keeps the clause's subject
    (shared,) = rows(code("The spokesman said the army has withdrawn and accused the rebels of lying."), "ACCUSE")
    assert shared["actor"] == ["army"]


def test_what_is_said_in_a_statement_is_said(code):
    (threat,) = rows(
        code(
            "The trade minister said in a statement that Brazil would consider retaliatory measures if the United "
            "States raises its duties on Brazilian shoes."
        ),
        "THREATEN",
    )
    assert threat["actor"] == ["Brazil"] and threat["recipient"] == ["United States"]
    assert not threat["background"]
    # a statement issued by someone says nothing by itself
    assert "THREATEN" not in kinds(code("A statement issued by the ministry on Monday was read on the radio."))


def test_the_act_an_accepted_invitation_names_is_planned_by_the_guest(code):
    events = code("The Finnish president has accepted an invitation to visit Beijing in the spring.")
    (visit,) = [e for e in rows(events, "CONSULT") if e["trigger"] == "visit"]
    assert visit["status"] == "planned" and not visit["background"]
    assert visit["actor"] == ["Finland president"] and visit["recipient"] == ["China"]
    # an invitation declined or only extended names a visit no one has agreed to make
    declined = code("The Finnish president declined an invitation to visit Beijing in the spring.")
    assert "CONSULT" not in kinds(declined)


def test_a_subjunctive_that_clause_is_a_demand(code):
    (demand,) = rows(code("The farmers' union said that the new quotas be withdrawn at once."), "REQUEST")
    assert demand["actor"] == ["farmers' union"] and "subjunctive" in demand["rule"]
    # the indicative tells what happened, and asks nothing
    assert "REQUEST" not in kinds(code("The farmers' union said that the new quotas were withdrawn on Monday."))


def test_criticism_drawn_from_no_one_named_is_faced_by_the_owner(code):
    (faced,) = rows(code("The chancellor's tax plan has drawn a barrage of criticism."), "ACCUSE")
    assert faced["recipient"] == ["the chancellor"] and not faced["actor"]
    # complaints a body receives are made to it, not against it
    assert "ACCUSE" not in kinds(code("The regulator said it had received very few complaints about the scheme."))


def test_an_angry_reaction_criticises_the_deed_it_answers(code):
    (angry,) = rows(code("Beijing reacted angrily to Washington's decision to sell fighter jets to Taipei."), "ACCUSE")
    assert angry["actor"] == ["China"] and angry["recipient"] == ["United States"]
    (noun,) = rows(code("The furious response of Pakistan to the Indian missile test was expected."), "ACCUSE")
    assert noun["actor"] == ["Pakistan"] and noun["recipient"] == ["India"]
    assert "ACCUSE" not in kinds(code("Beijing reacted calmly to Washington's decision to sell fighter jets."))
    (worried,) = rows(code("Washington's decision to sell fighter jets is of deep concern to Beijing."), "ACCUSE")
    assert worried["actor"] == ["China"] and worried["recipient"] == ["United States"]


def test_a_duty_said_undone_is_a_complaint(code):
    (complaint,) = rows(code("The teachers' union said the education ministry had not consulted it."), "ACCUSE")
    assert complaint["actor"] == ["teachers' union"] and complaint["recipient"] == ["education ministry"]
    assert "duty not done" in complaint["rule"]
    # a refusal of one's own is no complaint
    refused = code("The teachers' union said it would not consult the education ministry.")
    assert "ACCUSE" not in kinds(refused)


def test_what_falls_short_is_judged(code):
    (short,) = rows(code("Germany's offer of emergency aid is not enough, the Greek finance minister said."), "REJECT")
    assert short["recipient"] == ["Germany"]
    (deed,) = rows(code("The Dutch minister said Japan's voluntary export restraint was not sufficient."), "ACCUSE")
    assert deed["recipient"] == ["Japan"]
    # a quantity that falls short of a purpose judges no one
    growth = code("Growth in the big industrial countries has not been enough to offset weaker exports, he said.")
    assert "ACCUSE" not in kinds(growth)


def test_a_state_boycotting_another_or_its_goods_sanctions_it(code):
    (boycott,) = rows(code("Several Gulf states boycott Danish goods."), "SANCTION")
    assert boycott["recipient"] == ["Denmark"]
    (meeting,) = rows(code("Spain boycotted a meeting in Brussels of its NATO partners."), "PROTEST")
    assert meeting["actor"] == ["Spain"]
    assert "SANCTION" not in kinds(code("Students are boycotting lectures at the state university."))


def test_reluctance_and_no_mention_report_no_act(code):
    assert "RETREAT" not in kinds(code("The Commission is loathe to abandon its position on milk quotas."))
    bulletin = "the army's daily bulletin"
    assert "ASSAULT" not in kinds(code(f"{bulletin} made no mention of fresh fighting between rebels and troops."))
    assert "ASSAULT" in kinds(code(f"Fresh fighting between rebels and troops broke out, {bulletin} said."))


def test_a_body_of_states_known_by_its_abbreviation_acts(code):
    (met,) = rows(code("The G-7 will meet in Washington on Friday, officials said."), "CONSULT")
    assert met["actor"] == ["G7"] and met["status"] == "planned"
    (condemned,) = rows(code("The G-7 condemned the invasion."), "ACCUSE")
    assert condemned["actor"] == ["G7"]


def test_readiness_asked_of_a_party_asks_the_act(code):
    (asked,) = rows(
        code("The senator said the Japanese government should be prepared to open its rice market."), "REQUEST"
    )
    assert asked["recipient"] == ["Japan government"]
    # what a party should be able to do is a right, asked of no one
    assert "REQUEST" not in kinds(code("The minister said patients should be able to choose their own hospital."))
