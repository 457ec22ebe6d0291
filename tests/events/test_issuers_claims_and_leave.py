"""Round 37: who issues a work, who claims an attack, demands put, leave asked, policies approved of or judged ahead.
Sentences are our own.

- A statement, report or letter "issued (published, signed, released) by" a party speaks for that party, as one
  "from" or "by" it already did; a news agency or a newspaper that publishes it carries another's words.
- An attack whose responsibility a party claims or accepts, or that is attributed to a party, is that party's;
  responsibility taken for something that is no attack names no attacker.
- Demands or requests outlined, spelled out, presented or put to a party are made (REQUEST); a list of someone
  else's requests read out is not.
- A party that wants to be allowed or permitted to act asks leave of whoever can give it (REQUEST, no one named);
  the leave itself is not given (no CONCEDE).
- What a protest begun or called "to press for" something is held for, its protesters demand: those who own it, called
  it or hold it ("continued their strike begun last Friday to press for higher wages").
- Approving of a plan, a policy or a programme backs it (SUPPORT); approving of the way someone does a job is an
  opinion poll's figure, no act.
- A course of policy a political party says would (or will) be bad ("measures of this sort would be
  counterproductive", "lifting the arms embargo would be irresponsible") is opposed (REJECT); bad "if" something
  happens is a consequence, and a trend or an analyst's view is no stance.
- A state's short name before a noun of force is its adjective ("a U.S. attack", "US air strikes"): the doer; the
  nationality of what an attack is "on" names its target ("an attack on an Iranian oil platform": Iran); the doer of
  an attack that kills is the one who kills; a strike a military word marks is a blow, never a stoppage of work.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_work_issued_by_a_party_speaks_for_it(code):
    (condemned,) = rows(code("A statement issued by the Foreign Ministry condemned the raid on the embassy."), "ACCUSE")
    assert condemned["actor"] == ["Foreign Ministry"]
    (accused,) = rows(code("The report, published by the ministry, accused the police of negligence."), "ACCUSE")
    assert accused["actor"] == ["ministry"] and accused["recipient"] == ["police"]
    (urged,) = rows(code("A letter signed by the army chief urged the rebels to lay down their arms."), "REQUEST")
    assert urged["actor"] == ["the army chief"] and urged["recipient"] == ["rebels"]
    # a medium that publishes another's communique does not speak through it
    carried = code("A communique published by the official news agency accused the embassy of spying.")
    assert not any(r["actor"] for r in carried)


def test_an_attack_claimed_by_or_attributed_to_a_party_is_its_own(code):
    (claimed,) = rows(code("Rebels claimed responsibility for the bombing of the barracks."), "ASSAULT")
    assert claimed["actor"] == ["rebels"]
    (passive,) = rows(code("Responsibility for the attack was claimed by a separatist group."), "ASSAULT")
    assert passive["actor"] == ["separatist group"]
    (attributed,) = rows(code("The killings were attributed to the rebels."), "ASSAULT")
    assert attributed["actor"] == ["rebels"] and attributed["status"] == "happened"
    # responsibility for what is no attack, and a cause that is no attack, name no attacker
    assert "ASSAULT" not in kinds(code("The minister took responsibility for the crisis."))
    assert kinds(code("The rise in prices was attributed to the strike.")) == []


def test_demands_put_to_a_party_are_made(code):
    (outlined,) = rows(code("The union outlined its demands to the employers on Monday."), "REQUEST")
    assert outlined["actor"] == ["union"] and outlined["status"] == "happened"
    (spelled,) = rows(code("The Commission spelled out the demands it will put to the airlines."), "REQUEST")
    assert spelled["actor"] == ["Commission"]
    (presented,) = rows(code("The union presented its demands to the government on Monday."), "REQUEST")
    assert presented["recipient"] == ["government"]  # whom they are put to is asked
    # reading out a list of another's requests makes no request
    assert "REQUEST" not in kinds(code("The court listed the requests of the defence."))


def test_wanting_to_be_allowed_asks_leave(code):
    (asked,) = rows(code("Farmers want to be allowed to sell their grain abroad."), "REQUEST")
    assert asked["actor"] == ["farmers"] and asked["recipient"] == [] and asked["mode"] == "permission"
    assert "CONCEDE" not in kinds(code("Farmers want to be allowed to sell their grain abroad."))
    (permitted,) = rows(code("The union wants to be permitted to hold a ballot."), "REQUEST")
    assert permitted["rule"] == "verb:want (leave asked)"
    # wanting another to allow something is still a demand of that other
    (demand,) = rows(code("Farmers want the government to allow exports."), "REQUEST")
    assert demand["recipient"] == ["government"]


def test_approving_of_a_policy_backs_it(code):
    (approved,) = rows(code("The Paris Club said it approved of Peru's economic program."), "SUPPORT")
    assert approved["actor"] == ["Paris Club"] and approved["rule"] == "verb:approve of"
    assert kinds(code("About 41 pct of those polled approved of the way the president was doing his job.")) == []


def test_what_a_protest_is_held_for_its_protesters_demand(code):
    # the purpose hangs on a participle of the protest noun; its protesters own it, called it or hold it
    (pressed,) = rows(code("Dockers continued their strike begun on Friday to press for higher wages."), "REQUEST")
    assert pressed["actor"] == ["dockers"]
    (called,) = rows(code("A rally called by the unions to demand higher pay drew thousands."), "REQUEST")
    assert called["actor"] == ["unions"]
    (owned,) = rows(
        code("The miners' strike, begun on Monday to press for higher wages, entered its third day."), "REQUEST"
    )
    assert owned["actor"] == ["miners"]


def test_a_course_a_party_says_would_be_bad_is_opposed(code):
    (opposed,) = rows(code("Measures of this sort would be counterproductive, the British delegate said."), "REJECT")
    assert opposed["actor"] == ["United Kingdom government"]
    assert opposed["rule"] == "clause:would be counterproductive (oppose)"
    (lifting,) = rows(
        code("The shadow foreign secretary said lifting the arms embargo would be irresponsible."), "REJECT"
    )
    assert lifting["status"] == "happened"
    (owned,) = rows(code("Labour said the Tory plan would be disastrous for pensioners."), "REJECT")
    assert owned["actor"] == ["Labour Party"] and owned["recipient"] == ["Tories"]
    # a consequence on a condition, a trend, and what analysts say are no stance of a party
    assert "REJECT" not in kinds(code("The minister said it would be disastrous if the talks failed."))
    assert kinds(code("The finance minister said a further fall in the dollar would be counterproductive.")) == []
    assert kinds(code("Analysts said the new tax would be damaging.")) == []


def test_whose_attack_and_on_whose_target(code):
    # a state's short name before a noun of force is its adjective: the doer; the nationality of what is struck names
    # the target; a full name before such a noun says where
    (platform,) = rows(code("A U.S. attack on an Iranian oil platform on Monday appeared to be a reprisal."), "ASSAULT")
    assert platform["actor"] == ["United States"] and platform["recipient"] == ["Iran"]
    (shipping,) = rows(code("An Iraqi attack on Iranian shipping was reported yesterday."), "ASSAULT")
    assert shipping["recipient"] == ["Iran"]
    assert all(r["actor"] == [] for r in rows(code("The Gaza raid left four dead."), "ASSAULT"))
    # the attack that kills is one event, its doer the one who killed; an air strike is no stoppage of work
    (raid,) = rows(code("An Israeli air raid on a Palestinian refugee camp killed six people."), "ASSAULT")
    assert raid["actor"] == ["Israel"]
    coded = code("US air strikes on Falluja killed 12 people.")
    assert kinds(coded) == ["ASSAULT"] and rows(coded, "ASSAULT")[0]["actor"] == ["United States"]
    assert "ASSAULT" not in kinds(code("GM was hit by a six-day national strike."))
