"""Round 33: sales, courts, what came before, what is said of a party's words. Sentences are our own.

- Bids and offers turned down where goods are sold by tender or by the tonne are commerce, no refusal of a party;
  letting a currency or a price move is a policy on markets, no concession.
- Forces fall back; a government that "falls back on" borrowing relies on it. Armed men who hold a building are no
  protest, and troops who hold it seize it (COERCE).
- A body putting off its own meeting snubs no one (no SANCTION); putting off talks with another side may.
- One who appears in or before a court is tried there (ACCUSE, legal, they are its target); a witness or a lawyer
  appears for others. Challenging a measure in court is legal action.
- An event noun in a phrase that puts it before the clause's act ("after two weeks of negotiations") happened,
  whatever became of that act ("was unable to form a coalition").
- A consequence foretold in a condition ("it would open the way for summit talks") is offered by no one.
- Each adjective joined to a predicate is said of its subject ("the plans were costly and disastrous"); a party's
  words called welcome are praised. How a thing "should be read" is a reading, no demand, and what a rule requires
  ("a requirement that firms must provide a switch") is asked of no one by a speaker.
- A cause named for a trend ("blamed the drop on seasonal problems") is no accusation; blaming a party or what it did
  is. People killed "after an explosion and fire" with no one named died in an accident, and people evacuated by no
  one named were not given aid; a blast at a place of work that no one set off is an accident.
- A firm or a person appealing a court's ruling goes on with a case, refusing no one (families or a state appealing
  turn it down). Voters choosing, with no party, chamber or state voting, cast ballots: no SUPPORT.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_bids_turned_down_at_a_sale_are_commerce(code):
    assert "REJECT" not in kinds(code("The commission rejected all bids for feed barley at today's weekly tender."))
    assert "REJECT" not in kinds(code("Egypt rejected all offers for 200,000 tonnes of wheat, traders said."))
    # a party's offer turned down is refused
    (refused,) = rows(code("Iraq rejected Iran's offer of talks on the border."), "REJECT")
    assert refused["actor"] == ["Iraq"]
    assert "REJECT" in kinds(code("The council rejected Turkey's bid for membership."))
    # goods offered at a sale are sold, not promised or given
    offered = code("Peru will be offered 30,000 tonnes of feed wheat through a special tender, traders said.")
    assert not {"AID", "AGREE"} & set(kinds(offered))
    (aid,) = rows(code("Japan offered Bangladesh 50,000 tonnes of rice as food aid."), "AID")
    assert aid["recipient"] == ["Bangladesh"]


def test_letting_a_price_move_is_no_concession(code):
    assert "CONCEDE" not in kinds(code("Taiwan is allowing its currency to rise gradually against the dollar."))
    assert "CONCEDE" not in kinds(code("The central bank let the peso fall by four percent."))
    assert "CONCEDE" in kinds(code("The government allowed the opposition party to hold its congress in the capital."))


def test_forces_fall_back_and_borrowers_fall_back_on_markets(code):
    (fell,) = rows(code("The rebel forces fell back from the town after heavy shelling."), "RETREAT")
    assert fell["status"] == "happened"
    assert "RETREAT" not in kinds(code("The ministry said it would fall back on bond markets to cover the deficit."))
    assert "RETREAT" not in kinds(code("Exports rose by five pct in May but will fall back in June, officials said."))


def test_who_holds_a_building_protests_or_seizes_it(code):
    (sat_in,) = rows(code("Students occupied the ministry building for two days."), "PROTEST")
    assert sat_in["actor"]
    armed = code("About 200 rebels occupied the radio station in the capital.")
    assert "PROTEST" not in kinds(armed)
    (seized,) = rows(code("Army troops occupied the refinery after the strike began."), "COERCE")
    assert seized["status"] == "happened"


def test_a_body_putting_off_its_own_meeting_snubs_no_one(code):
    assert "SANCTION" not in kinds(code("The Senate committee has postponed its meeting until next Tuesday."))
    (put_off,) = rows(code("Israel postponed its talks with Egypt over the border dispute."), "SANCTION")
    assert put_off["recipient"] == ["Egypt"]


def test_who_appears_before_a_court_is_tried_there(code):
    (tried,) = rows(code("The former minister appeared in court in Madrid on Monday."), "ACCUSE")
    assert tried["recipient"] and not tried["actor"]
    (to_appear,) = rows(code("The general is to appear before a military tribunal next month."), "ACCUSE")
    assert to_appear["status"] == "planned"
    # a witness speaks in court, and a hearing of a sport's body is no court
    assert kinds(code("The banker appeared in court as a witness for the prosecution.")) == []
    assert kinds(code("The two sprinters appeared at a hearing of the athletics federation.")) == []


def test_a_measure_challenged_in_court_is_legal_action(code):
    (sued,) = rows(code("The miners' union will challenge the closures in the High Court."), "ACCUSE")
    assert sued["actor"]
    assert sued["status"] == "planned"


def test_what_came_before_a_failed_act_happened(code):
    said = code("The prime minister said he was unable to form a coalition after three weeks of negotiations.")
    (talks,) = rows(said, "CONSULT")
    assert talks["status"] == "happened"
    # the act itself did not happen
    (failed,) = rows(code("Senate leaders were unable to agree on a date."), "AGREE")
    assert failed["status"] == "negated"
    held = code("The two ministers did not sign the accord after the summit.")
    assert [r["status"] for r in rows(held, "CONSULT")] == ["happened"]


def test_a_consequence_foretold_is_offered_by_no_one(code):
    foretold = code(
        "The letter said if the meeting took place it would open the way for talks between Seoul and Pyongyang."
    )
    assert "AGREE" not in kinds(foretold)
    # a party that says it would hold talks on a condition offers them
    offered = code("The rebels said they would hold talks with the government if the army withdrew.")
    assert "AGREE" in kinds(offered)


def test_what_is_said_of_a_partys_words_and_plans(code):
    (judged,) = rows(code("The senator said the government's plans were costly and disastrous."), "ACCUSE")
    assert judged["recipient"]
    (praised,) = rows(code("The minister said the king's remarks were helpful and welcome."), "SUPPORT")
    assert praised["recipient"]
    assert kinds(code("The farmers said the rain was welcome.")) == []


def test_how_a_thing_should_be_read_asks_nothing(code):
    read = code("Bankers said the regulators' decision should be read as a sign of concern about Brazil's finances.")
    assert "REQUEST" not in kinds(read)
    assert "REQUEST" in kinds(code("The senator said Japan should open its markets to American rice."))


def test_what_a_rule_requires_is_asked_of_no_one(code):
    eased = code("The commission voted to ease a requirement that cable firms must provide a free switch to customers.")
    assert "REQUEST" not in kinds(eased)
    assert "REQUEST" not in kinds(code("The court ruled that the creditors' meetings must take place by May 4."))
    (asked,) = rows(code("The trade secretary said Japan must open its markets to American rice."), "REQUEST")
    assert asked["recipient"] == ["Japan"]


def test_a_cause_named_for_a_trend_is_no_accusation(code):
    assert "ACCUSE" not in kinds(code("The oil company blamed the drop in sales on seasonal problems."))
    assert "ACCUSE" not in kinds(code("The union blamed the fall in membership on changes in the job market."))
    (blamed,) = rows(code("The protesters blamed the finance minister for the closure of the mill."), "ACCUSE")
    assert blamed["actor"] == ["protesters"]
    assert "ACCUSE" in kinds(code("The opposition blamed the crisis on the government's policies."))


def test_deaths_after_a_disaster_and_evacuations_by_no_one(code):
    assert "ASSAULT" not in kinds(code("Thirty people were killed after an explosion and fire at the chemical plant."))
    assert "ASSAULT" not in kinds(code("Twelve miners were killed when a fire swept through the pit."))
    killed = rows(code("Twelve soldiers were killed after an ambush by rebels in the north."), "ASSAULT")
    assert any(r["recipient"] for r in killed)
    assert "AID" not in kinds(code("About 5,000 people were evacuated after the flood."))
    (moved,) = rows(code("The army evacuated 2,000 villagers from the flooded valley."), "AID")
    assert moved["actor"]


def test_a_blast_at_work_is_an_accident(code):
    accident = code("An explosion during repairs at the company's refinery destroyed two storage tanks on Monday.")
    assert "ASSAULT" not in kinds(accident)
    assert "ASSAULT" in kinds(code("A bomb blast at the refinery killed three guards, police said."))


def test_appealing_a_ruling(code):
    assert "REJECT" not in kinds(code("The chip maker said it intends to appeal the ruling."))
    assert "REJECT" not in kinds(code("The company said its founder plans to appeal the conviction."))
    # families appealing against a judgement turn it down
    assert "REJECT" in kinds(code("The soldiers' families will be appealing against the judgement."))


def test_voters_choosing_back_no_one(code):
    assert "SUPPORT" not in kinds(code("There is no guarantee they will vote for a Labour government this time."))
    (backed,) = rows(code("The Senate voted for the farm bill on Tuesday."), "SUPPORT")
    assert backed["actor"] == ["Senate"]
