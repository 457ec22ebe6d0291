"""Criticism, replies and denials as political news says them, in sentences of our own: judgements in
the words of politics that VADER lacks; what a party's plans, or the way it handled something, are
said to be or to do; attacks between parties that are words; requests a reply presupposes; disapproval
expressed; criticism a time phrase places; claims called false."""

from __future__ import annotations

from conftest import kinds, rows


def test_the_words_of_political_criticism_judge(code):
    events = code("Opposition parties said the new asylum rules were undemocratic.")
    assert [e["actor"] for e in rows(events, "ACCUSE")] == [["Opposition parties"]]
    assert "ACCUSE" in kinds(code("The unions say his reforms are unworkable."))
    # a speaker's own plans, and prices, are judged by no one
    assert kinds(code("The minister said his plans were ambitious.")) == []
    assert kinds(code("Traders said the price of copper was unrealistic.")) == []


def test_the_way_a_party_handled_something_is_its_own(code):
    events = code("The senator said the way the government had handled the floods was a shambles.")
    assert [e["recipient"] for e in rows(events, "ACCUSE")] == [["government"]]
    events = code("She said the cuts proposed by the shadow chancellor were reckless.")
    assert [e["recipient"] for e in rows(events, "ACCUSE")] == [["shadow chancellor"]]


def test_a_policy_said_to_do_harm_criticises_its_makers(code):
    events = code("The campaign group said the fuel duty freeze sends the wrong message to drivers.")
    assert [e["actor"] for e in rows(events, "ACCUSE")] == [["campaign group"]]
    # a war, or a strike, said to do harm criticises no party
    assert "ACCUSE" not in kinds(code("Analysts said the war has caused chaos in the markets."))
    assert "ACCUSE" not in kinds(code("The firm said the strike had caused serious damage."))


def test_parties_attacking_politicians_attack_in_words(code):
    events = code("The Tories attacked the prime minister over the hospital closures.")
    assert kinds(events) == ["ACCUSE"]
    assert kinds(code("Labour attacked the Liberal Democrats.")) == ["ACCUSE"]
    # with a weapon, or by rebels, it is force
    assert "ASSAULT" in kinds(code("A man attacked the MP with a knife at his surgery."))
    assert "ASSAULT" in kinds(code("Rebels attacked the army base."))


def test_a_reply_presupposes_the_request_it_answers(code):
    events = code("The government shunned the opposition's calls for free long-term care.")
    assert [e["actor"] for e in rows(events, "REQUEST")] == [["opposition"]]
    assert "REJECT" in kinds(events)
    events = code("The government bowed to demands from farmers for compensation.")
    assert [e["actor"] for e in rows(events, "REQUEST")] == [["farmers"]]
    assert "REQUEST" in kinds(code("The minister rejected calls for a public inquiry."))
    # a firm answering its owners, or artists their fans, answer no public request
    assert "REQUEST" not in kinds(code("The board rejected calls for a special dividend."))
    assert "REQUEST" not in kinds(code("New bands have met fans' demand for live music."))


def test_disapproval_expressed_is_criticism(code):
    events = code("The bishops expressed concern about the treatment of asylum seekers.")
    assert [e["actor"] for e in rows(events, "ACCUSE")] == [["bishops"]]
    assert "ACCUSE" in kinds(code("Washington voiced dismay at the court's ruling."))
    assert kinds(code("Investors expressed concern about the dollar.")) == []


def test_criticism_a_time_phrase_places_was_made(code):
    # made before the news it explains: a row, in the background of the resignation
    events = code("The minister resigned after sustained criticism over hospital waiting times.")
    assert sorted(e["type"] for e in events) == ["ACCUSE", "RETREAT"]
    assert "ACCUSE" in [e["type"] for e in code("The peace deal was signed amid allegations of bribery.")]
    assert "ACCUSE" not in [e["type"] for e in code("Shares fell after criticism of the company's accounts.")]


def test_claims_called_false_are_denied(code):
    events = code("The minister said the allegations were false.")
    assert [e["actor"] for e in rows(events, "REJECT")] == [["the minister"]]
    events = code("The union said the company's claims were wrong.")
    assert [e["recipient"] for e in rows(events, "REJECT")] == [["company"]]
    assert kinds(code("Analysts said the forecasts were wrong.")) == []


def test_a_report_speaks_for_whoever_wrote_it(code):
    assert "REQUEST" in kinds(code("The committee's report demands an overhaul of the asylum rules."))
    assert kinds(code("The study calls for more research into the gene.")) == []  # science asks no one


def test_being_supportive_of_or_sympathetic_to_a_party_supports_it(code):
    events = code("The Liberal Democrats have been supportive of the government's plans.")
    assert [(e["actor"], e["recipient"]) for e in rows(events, "SUPPORT")] == [(["Liberal Democrats"], ["government"])]
    assert "SUPPORT" in kinds(code("The minister is sympathetic to the farmers' demands."))


def test_forces_called_in_and_arms_captured(code):
    assert kinds(code("The government sent in troops to restore order.")) == ["MOBILIZE"]
    assert "MOBILIZE" in kinds(code("Port officials called in navy personnel to unload the grain."))
    assert kinds(code("Shell called in consultants.")) == []
    events = code("The army captured large amounts of ammunition near the border.")
    assert [(e["type"], e["mode"]) for e in events] == [("COERCE", "seize")]


def test_trying_to_reach_agreement_is_negotiating(code):
    events = code("Negotiators from the two states were trying to reach agreement on a joint declaration.")
    assert kinds(events) == ["CONSULT"]
    assert kinds(code("The company is trying to reach a deal with its creditors.")) == []
    # trying to seize a town is force, as PLOVER codes attempts at force
    assert "ASSAULT" in kinds(code("The rebels tried to seize the airport."))


def test_saying_something_bad_of_another_named_party_criticises_it(code):
    events = code("The Conservatives said Labour had presided over a disastrous decline in school standards.")
    assert [(e["actor"], e["recipient"]) for e in rows(events, "ACCUSE")] == [
        (["Conservative Party"], ["Labour Party"])
    ]
    # a firm's words, what may come to pass, and words of trade judge no party
    assert kinds(code("The retailer said its sales in France had suffered a disastrous fall.")) == []
    assert "ACCUSE" not in kinds(code("The minister said higher rates could damage growth in France."))
    assert "ACCUSE" not in kinds(code("Demand for OPEC crude was 18 mln barrels per day, the minister said."))
