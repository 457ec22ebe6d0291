"""Talks, strikes and the courts as wire news says them, in sentences of our own: talks opened, entered,
awaited or agreed on; strikes in company stories; what prosecutors say; criticism drawn from someone;
and words that only look like events (a gerund with an owner, a self- verb, support one has, a trial of
a drug, a warning about what circulates, an order placed with a seller)."""

from __future__ import annotations

from conftest import kinds, rows


def test_talks_opened_entered_awaited_and_agreed_on(code):
    events = code("Chile will open talks next month with its official creditors.")
    assert [(e["status"], e["actor"]) for e in rows(events, "CONSULT")] == [("planned", ["Chile"])]
    assert kinds(code("The two countries entered into negotiations on a border treaty.")) == ["CONSULT"]
    events = code("The Iranian oil minister is expected in Algiers on Friday for talks with his Algerian counterpart.")
    assert [e["status"] for e in rows(events, "CONSULT")] == ["planned"]
    assert kinds(code("Shares are expected to rise for the rest of the year.")) == []
    events = code("The EU and the United States have agreed to begin talks on aircraft subsidies.")
    assert sorted(kinds(events)) == ["AGREE", "CONSULT"]
    # an offer to talk is one side's: no talks are planned yet
    assert "CONSULT" not in kinds(code("Putin offered to negotiate with the president of Armenia."))


def test_talks_named_with_their_parties_in_a_setting_took_place(code):
    assert "CONSULT" in kinds(code("The minister resigned after talks with the prime minister."))


def test_a_strike_is_labour_acting_in_a_company_story_too(code):
    events = code("A seamen's strike, which began in February, has now ended, a union spokesman said.")
    assert kinds(events) == ["PROTEST"]
    assert kinds(code("The firm's shares rose after it struck oil.")) == []


def test_what_prosecutors_say_of_a_person_or_a_firm_is_their_case(code):
    events = code("Prosecutors said the former chief executive had hidden losses from investors.")
    assert [(e["type"], e["mode"]) for e in events] == [("ACCUSE", "legal")]
    assert kinds(code("Prosecutors said the weather had delayed the hearing.")) == []


def test_criticism_drawn_from_someone_is_theirs(code):
    events = code("The decision prompted criticism from human rights groups.")
    assert [e["actor"] for e in rows(events, "ACCUSE")] == [["human rights groups"]]


def test_words_that_only_look_like_events(code):
    assert kinds(code("The prime minister has improved her standing with voters, a poll found.")) == []
    assert kinds(code("Broadcasters have begun to self-censor their shows.")) == []
    assert kinds(code('"The scheme has less support now than a year ago," the minister said.')) == []
    assert kinds(code("The company is completing trials of a gel against herpes.")) == []
    assert kinds(code("Charities are warning about e-mails that are starting to circulate.")) == []
    assert kinds(code("Pakistan ordered 180 military trucks worth 18 mln dlrs from AM General.")) == []


def test_opposition_voiced_to_a_plan_rejects_it(code):
    events = code("France expressed its opposition to the plan.")
    assert [(e["type"], e["actor"]) for e in events] == [("REJECT", ["France"])]
    assert "REJECT" not in kinds(code("The opposition called for an inquiry."))


def test_a_habit_described_is_no_act_but_acts_done_routinely_are(code):
    assert kinds(code("The alliance, which has generally supported Iraq, comprises six Gulf states.")) == []
    assert "ASSAULT" in kinds(code("Soldiers routinely beat detainees at the camp, a court was told."))
