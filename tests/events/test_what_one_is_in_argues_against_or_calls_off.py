"""Round 24: events a sentence names without holding them, and acts done for a purpose or to someone. Sentences are
our own, each with its near miss.

- A subject "in" an event is in it now ("the union is in talks with the port authority"); an event named in passing
  after "in" ("killed in the fighting") stays background.
- An event a stance is against ("is against a general strike", "voted against a boycott") is argued over, not held,
  and "be against" a strike opposes it; a reader of words reports no such event, nor one called off.
- What is done "to protest" is the protest, done as its clause is ("dumped potatoes ... to protest"); an act that is
  itself a protest is counted once ("blocked the harbour to protest").
- A subjectless passive clause ("after being captured") happens to the subject of the clause it hangs from; only
  its by-phrase acts. People captured are held (COERCE); a town captured is fought over (ASSAULT).
- Force called off is force withdrawn (RETREAT); a strike called off is a concession (CONCEDE).
- "had not sought to settle" tells what was not tried, no refusal; "will not seek to renew" refuses.
- An economy's ends encouraged ("competition", "investment") ask no one; a court that lets a ruling stand stands by
  no one; a prosecution launched is legal action; criticism of a rise in a nation's rates targets that nation.
- Opposing in other words: an authority dismissing an application or a court throwing out a verdict rejects it;
  lobbying or campaigning against a measure opposes it; being against price rises opposes them; arguing or
  campaigning for a measure calls for it; a text sent or submitted to a body for approval asks the body for it.
- A vote that decides an act or the voters' own measure ("voted in favour of sending troops", "voted for a rate
  rise", "aid voted by Congress") is that decision, no backing of anyone; "voted for the bill" backs it.
- What a firm supplies it sells, to a state as to anyone: no AID, no COOPERATE ("the company will provide
  missiles to the U.S. under the contract"); a state or a lender of states that provides a loan aids.
- Fighting is force where the one who fights is armed, fights a party, or arms are in the sentence; fighting a
  measure opposes it ("will fight the levy", "fighting off demands"); fighting deficits or "on more than one front" is
  a figure.
- What is withdrawn decides the type: troops withdrawn retreat; a nomination or posters withdrawn yield (CONCEDE); cash
  withdrawn is no event.
- One backs a party, a person or a stand (a plan, a policy, a war); a thing backed with money ("backed by grants")
  or by no political party ("the company supports strategic research") is funded, no SUPPORT; a politician who
  backs a thing ("has backed stem cell research") takes a stand.
- A thing that allows ("a visa allowing them to marry", "the move would allow bonds to be sold") or a clause's
  consequence (", allowing exports to resume") concedes nothing; a party that allows concedes, or refuses.
- A verb in a tense of its own shares no modal of the verb it is joined to ("could do little ... and urged");
  what one does little or nothing to bring about is not done ("could do little to help resolve the dispute").
"""

from __future__ import annotations

from conftest import kinds, reader_rows, rows


def test_a_party_in_talks_is_talking_now(code):
    (row,) = rows(code("The dockers' union is in talks with the port authority."), "CONSULT")
    assert not row["background"] and row["actor"] == ["dockers' union"]
    locked = code("The two governments remained locked in negotiations over the border.")
    assert "CONSULT" in kinds(locked)
    fighting = rows(code("Two soldiers were killed in the fighting near the border."), "ASSAULT")
    assert [r["background"] for r in fighting if r["trigger"] == "fighting"] == [True]
    (case,) = rows(code("The minister has been in a court case with the tax office for years."), "ACCUSE")
    assert case["background"]  # a case one is "in" is named in passing


def test_an_event_argued_against_is_not_held(code):
    events = code("The teachers' union is against a general strike.")
    assert kinds(events) == ["REJECT"]
    assert "PROTEST" not in kinds(code("The farmers' federation voted against a boycott of the markets."))
    assert "PROTEST" in kinds(code("The teachers' union held a general strike against the reforms."))


def test_the_reader_reports_no_event_called_off_or_argued_against(coder):
    assert reader_rows(coder, "The dockers' union called off a threatened strike.", {"PROTEST": 0.99}) == []
    assert reader_rows(coder, "The teachers' union is against a general strike.", {"PROTEST": 0.99}) == []
    (row,) = reader_rows(coder, "The dockers' union began a strike at the port on Monday.", {"PROTEST": 0.99})
    assert row.type == "PROTEST"
    # a strike called off after weeks of it was held
    (held,) = reader_rows(coder, "The dockers' union called off its strike after three weeks.", {"PROTEST": 0.99})
    assert held.type == "PROTEST"


def test_what_is_done_to_protest_is_the_protest(code):
    dumped = rows(code("Farmers dumped potatoes outside parliament to protest against the import rules."), "PROTEST")
    assert [r["status"] for r in dumped] == ["happened"]
    ahead = rows(code("Farmers will dump potatoes outside parliament to protest against the import rules."), "PROTEST")
    assert [r["status"] for r in ahead] == ["planned"]
    planning = code("The unions are planning a week of strikes to protest against the pay freeze.")
    assert "happened" not in {r["status"] for r in rows(planning, "PROTEST")}
    assert "PROTEST" not in kinds(code("The president addressed the nation on Tuesday to rally support for his plan."))
    blocked = rows(code("Fishermen blocked the harbour to protest against the new quotas."), "PROTEST")
    assert len(blocked) == 1 and blocked[0]["status"] == "happened"


def test_a_passive_clause_happens_to_the_subject_it_hangs_from(code):
    (held,) = rows(code("The aid worker was flown home after being captured by rebels in the north."), "COERCE")
    assert held["actor"] == ["rebels"] and held["recipient"] == ["aid worker"]
    (unnamed,) = rows(code("Mr Hassan was sent to a camp after being captured near the border."), "COERCE")
    assert unnamed["actor"] == [] and unnamed["recipient"] == ["Hassan"]
    (criticised,) = rows(code("The minister resigned after being criticised by the opposition."), "ACCUSE")
    assert criticised["actor"] == ["opposition"] and criticised["recipient"] == ["the minister"]
    town = code("Rebels captured the town of Kismayo on Tuesday.")
    assert "ASSAULT" in kinds(town) and "COERCE" not in kinds(town)
    assert kinds(code("The budget dilemma has truly captured economists in London.")) == []


def test_force_called_off_is_withdrawn_and_a_strike_called_off_conceded(code):
    (row,) = rows(code("Rebel troops called off their uprising against the government."), "RETREAT")
    assert row["actor"] == ["rebels"] or row["actor"] == ["Rebel troops"]
    assert "RETREAT" in kinds(code("The army called off its offensive in the north."))
    strike = code("The dockers' union called off its strike.")
    assert "CONCEDE" in kinds(strike) and "RETREAT" not in kinds(strike)


def test_not_having_tried_is_no_refusal(code):
    assert "REJECT" not in kinds(code("The ministers had not sought to settle their dispute at the meeting."))
    assert "REJECT" not in kinds(code("The two leaders did not try to settle the dispute."))
    assert "REJECT" in kinds(code("The government will not seek to renew the agreement."))


def test_senses_of_encouraging_standing_launching_and_whose_rates(code):
    assert "REQUEST" not in kinds(code("The ministry will encourage competition among insurers."))
    assert "REQUEST" in kinds(code("The ministry encouraged insurers to cut their premiums."))
    assert "SUPPORT" not in kinds(code("The justices let stand a ruling by an appeals court."))
    assert "SUPPORT" in kinds(code("The prime minister said Britain would stand by Poland."))
    (launched,) = rows(code("It was the second prosecution launched by the government under the new law."), "ACCUSE")
    assert launched["actor"] == ["government"]
    assert "ACCUSE" not in kinds(code("The company launched an advertising campaign for its cars."))
    (criticised,) = rows(code("The Treasury Secretary criticised the rise in German interest rates."), "ACCUSE")
    assert criticised["recipient"] == ["Germany"]


def test_rejecting_in_other_words(code):
    dismissed = rows(code("The transport ministry dismissed an application by the airline to fly to Cuba."), "REJECT")
    assert [r["actor"] for r in dismissed] == [["transport ministry"]]
    assert "REJECT" not in kinds(code("The airline dismissed two pilots after the crash."))
    assert "REJECT" in kinds(code("The appeals court threw out the jury's verdict in the fraud case."))
    assert "REJECT" in kinds(code("Farm groups lobbied against the bill in the Senate."))
    assert "REQUEST" in kinds(code("Farm groups lobbied for the bill in the Senate."))
    assert "REJECT" in kinds(code("The miners' union campaigned against the new pit closures law."))
    assert "REJECT" in kinds(code('"I am against price rises," the union leader said.'))


def test_a_verb_of_its_own_tense_shares_no_modal(code):
    text = "The MPs said they could do little to end the dispute and urged the union and the employers to talk."
    (urged,) = rows(code(text), "REQUEST")
    assert urged["status"] == "happened"
    (shared,) = [r for r in rows(code("Rebels may have attacked the convoy and killed its escort."), "ASSAULT")
                 if r["trigger"] == "killed"]  # fmt: skip
    assert shared["status"] == "hypothetical"
    planned = rows(code("The ministers will meet on Monday and discuss the crisis."), "CONSULT")
    assert {r["status"] for r in planned} == {"planned"}


def test_what_one_does_little_to_bring_about_is_not_done(code):
    text = "The MPs said they could do little to help resolve the dispute and urged the two sides to talk."
    assert kinds(code(text)) == ["REQUEST"]
    assert kinds(code("The army did nothing to ease the blockade of the city.")) == []
    assert kinds(code("The army eased the blockade of the city.")) == ["RETREAT"]


def test_arguing_for_a_measure_calls_for_it(code):
    (row,) = rows(code("The farmers' union has argued for the maintenance of import quotas."), "REQUEST")
    assert row["actor"] == ["farmers' union"]
    assert "REQUEST" in kinds(code("The unions campaigned for a higher minimum wage."))
    assert kinds(code("The candidate campaigned for votes in the north.")) == []
    assert kinds(code("The coach argued for hours with the referee.")) == []
    (sent,) = rows(code("The president sent the rubber agreement to the Senate for approval."), "REQUEST")
    assert sent["recipient"] == ["Senate"]
    assert "REQUEST" in kinds(code("The government submitted the treaty to parliament for ratification."))
    assert "REQUEST" not in kinds(code("The president sent the agreement to the Senate last week."))


def test_a_thing_that_allows_concedes_nothing(code):
    assert kinds(code("Foreign nationals must obtain a visa allowing them to marry in Britain.")) == []
    assert kinds(code("The new rule would allow foreign bonds to be sold in the United States.")) == []
    lifted = code("The government lifted the ban on beef imports, allowing shipments to resume.")
    assert kinds(lifted) == ["CONCEDE"]
    (allowed,) = rows(code("The government allowed the exiles to return home."), "CONCEDE")
    assert allowed["actor"] == ["government"]
    assert "REJECT" in kinds(code("Israel will not allow the inspectors to enter."))


def test_a_vote_deciding_an_act_backs_no_one(code):
    sending = code("Parliament voted in favour of sending troops to the Gulf.")
    assert "SUPPORT" not in kinds(sending) and "MOBILIZE" in kinds(sending)
    assert kinds(code("The bank's board voted unanimously in favour of a quarter point rise.")) == []
    assert "SUPPORT" not in kinds(code("The dockers voted in favor of authorizing a strike."))
    assert kinds(code("The sum is part of the economic aid voted by Congress for next year.")) == []
    (backed,) = rows(code("Labour MPs voted for the bill."), "SUPPORT")
    assert backed["actor"]


def test_what_a_firm_supplies_it_sells(code):
    sold = code("Under the contract, the company said it will provide missiles and radar equipment to the U.S.")
    assert "AID" not in kinds(sold) and "COOPERATE" not in kinds(sold)
    (lent,) = rows(code("The World Bank provided a 200 mln dlr loan to Kenya."), "AID")
    assert lent["actor"] == ["World Bank"] and lent["recipient"] == ["Kenya"]
    assert "AID" in kinds(code("Japan will provide 500 mln dlrs in aid to the Philippines."))
    assert "AID" in kinds(code("Swiss doctors handed over 700 kg of medicine to the Red Crescent in Bam."))


def test_fighting_a_measure_or_a_figure_is_no_force(code):
    assert kinds(code("It is not just children who fight; adults do too.")) == []
    fighting = code("Supporters and foes of the president have been fighting to retain control of the square.")
    assert "ASSAULT" in kinds(fighting)
    assert "ASSAULT" not in kinds(code("The senator urged the president to join Congress in fighting budget deficits."))
    (levy,) = rows(code("The farmers' union said it would fight the new levy tooth and nail."), "REJECT")
    assert levy["actor"] == ["farmers' union"]
    assert kinds(code("The party wants to restore Britain's standing by fighting poverty and climate change.")) == []
    assert "ASSAULT" in kinds(code("Hamas fought Fatah in the streets of Gaza."))
    assert "ASSAULT" in kinds(code("Rebels fought government troops near the border."))
    assert "ASSAULT" in kinds(code("The two armies fought for three days."))


def test_what_is_withdrawn_decides_the_type(code):
    assert kinds(code("The president withdrew the nomination of his deputy intelligence chief.")) == ["CONCEDE"]
    assert kinds(code("Labour has withdrawn two controversial posters.")) == ["CONCEDE"]
    assert kinds(code("Notes in circulation rose as the public withdrew cash for the holiday.")) == []
    assert kinds(code("Israel withdrew its troops from southern Lebanon.")) == ["RETREAT"]


def test_backing_a_thing_is_no_support(code):
    assert kinds(code("The expansion, backed by government grants, would make it the biggest plant in Europe.")) == []
    assert kinds(code("The drug company aims to promote and support strategic research.")) == []
    (stand,) = rows(code("The Tory leader has backed stem cell research."), "SUPPORT")  # a politician takes a stand
    assert stand["actor"] == ["Tory leader"]
    assert "SUPPORT" in kinds(code("The proposal, supported by Britain, was rejected by France."))
    assert "SUPPORT" in kinds(code("Britain strongly supports the war against terrorism."))
    (row,) = rows(code("Labour MPs backed Mr Blair."), "SUPPORT")
    assert row["recipient"] == ["Blair"]
