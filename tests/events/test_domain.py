"""The domain signal: in markets, company results, sport, entertainment and science, everyday verbs of
agreeing, offering and meeting are no events unless a state or a political or social actor takes part."""

from __future__ import annotations

import pytest

from storyline.errors import DataFileError
from storyline.events.domain import DomainModel, model


def types(events):
    return sorted(e["type"] for e in events if e["status"] not in ("hypothetical", "negated"))


def test_the_model_tells_company_results_and_sport_from_politics():
    m = model()
    assert m.domain("Quarterly net profit rose 12 pct to 4.5 mln dlrs on sales of 80 mln dlrs.").outside_politics
    assert m.domain("The midfielder scored twice as the visitors won the cup tie 3-1.").label == "sport"
    assert not m.domain("The prime minister told MPs the election would be held in May.").outside_politics


def test_an_article_lends_its_domain_to_a_short_sentence():
    m = model()
    report = "Net income rose 8 pct. Revenues were 40 mln dlrs. The dividend is unchanged. Shares closed higher."
    context = m.context(report)
    plain = m.posterior("It agreed to the terms.")
    within = m.posterior("It agreed to the terms.", context)
    business = m.classes.index("business")
    assert within[business] > plain[business]


def test_finance_verbs_of_a_bond_offering_are_no_events(code):
    assert types(code("The bank will offer 75 mln dlrs of notes yielding 7.85 pct, due in 1992.")) == []


def test_a_merger_agreed_between_firms_is_no_political_agreement(code):
    text = "The chemicals maker said it agreed to acquire a rival plastics firm for 120 mln dlrs in cash and stock."
    assert types(code(text)) == []


def test_a_state_buying_into_a_firm_still_counts_when_it_acts_politically(code):
    text = "The Japanese government agreed to cut its tariffs on imported semiconductors, the company said."
    assert "AGREE" in types(code(text))


def test_workers_striking_in_a_company_story_are_still_a_protest(code):
    text = "Dock workers at the grain terminal went on strike over pay, delaying shipments of 40,000 tonnes."
    assert types(code(text)) == ["PROTEST"]


def test_political_sentences_are_coded_as_before(code):
    assert "CONSULT" in types(code("The Japanese prime minister met the French president in Paris on Monday."))


def test_a_broken_domain_file_is_a_data_file_error():
    with pytest.raises(DataFileError) as err:
        DomainModel({"classes": ["a", "b"], "political": ["a"], "unknown": {"a": -9, "b": -9}, "words": {"x": [1]}})
    assert err.value.where == "words.x"
    with pytest.raises(DataFileError, match="political"):
        DomainModel({"classes": ["a", "b"], "political": ["c"], "unknown": {"a": -9, "b": -9}, "words": {}})


def test_a_foreign_firms_delegation_visiting_a_company_is_business(code):
    text = "A Japanese group will visit the bank's Chicago headquarters next month to discuss a joint venture."
    assert [e for e in code(text) if e["status"] not in ("hypothetical", "negated")] == []


def test_a_meeting_of_states_in_a_market_story_is_still_a_meeting(code):
    text = "The meeting in Kuwait reaffirmed the Gulf producers' commitment to the output accord, oil traders said."
    assert "CONSULT" in types(code(text))


def test_welcoming_a_figure_is_no_support_for_anyone(code):
    assert types(code("The White House welcomed last month's 0.5 pct rise in retail sales.")) == []


def test_a_bid_protest_in_a_contract_story_is_no_protest_but_a_walkout_is(code):
    bid = "The contract was delayed by two protests filed with the accounting office over the award of 26 mln dlrs."
    assert "PROTEST" not in types(code(bid))
    walkout = "Union workers at the mill staged a protest over pay cuts, delaying shipments of 30,000 tonnes."
    assert "PROTEST" in types(code(walkout))


def test_encouraging_markets_is_no_request(code):
    assert types(code("The finance ministry encouraged markets to test the currency accord.")) == []


def test_a_joint_venture_with_a_firm_named_after_a_country_is_business(code):
    text = "The chemicals group said it formed an equally owned joint venture with Indo-Malay Resins to build a plant."
    assert types(code(text)) == []


def test_an_official_keeps_his_office_in_a_later_sentence_whatever_its_words(code):
    text = (
        "Foreign Minister Anton Weller met the envoy of Ruritania in Vienna on Monday. "
        '"We will not accept the film script, the software or the song contract," Anton Weller said later.'
    )
    assert "REJECT" in types(code(text))


def test_a_party_is_political_by_any_mention_of_it_in_the_article():
    from storyline.events.filters import political_party

    later = {"key": "person:anton weller", "sector": None, "text": "Weller", "name": "Anton Weller"}
    assert not political_party(later)
    assert political_party(later, frozenset({"person:anton weller"}))
