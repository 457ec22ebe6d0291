"""Criticism and refusal said without a verb of blame. Sentences are our own.

Round 15 read where the rules miss criticism on four read splits: most of it is a speaker's judgement in words
no verb of the lexicon carries. Each test below is one rule of how news says it:
  - a word of criticism of its class (incompetence, dishonesty, unfairness, folly, harm) as the predicate of a
    policy or a party ("the opposition's tax policy was a miscalculation"), where VADER's lexicon rates nothing;
  - a thing said to have been made badly ("the bill was badly drawn up"), but not a harm graded ("badly damaged");
  - a state's measure judged with no party named ("the levy is illegal under the trade rules");
  - "it is disgusting to propose ...": an act judged after "it is", but not a hardship ("it is dangerous to ...");
  - those the news calls critics, saying anything of a policy ("critics say the law would favour big firms");
  - a case answered presupposes it was brought ("denied charges of fraud", "pleaded not guilty to charges");
  - a refusal held by a named party, wherever it stands ("despite objections from the unions", "over Japanese
    objections"); "fighting a lawsuit" is no fight.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_word_of_criticism_of_its_class_judges_a_partys_policy(code):
    (row,) = rows(
        code("The finance minister said the opposition's spending plan was a costly miscalculation."), "ACCUSE"
    )
    assert row["actor"] and row["recipient"] == ["opposition"]
    assert "ACCUSE" in kinds(
        code("The National Audit Office said the ministry had been lax about its own spending rules.")
    )
    # a feeling or a market is no policy: no criticism
    assert "ACCUSE" not in kinds(code("The chairman said the quarter's results were disappointing."))


def test_a_thing_made_badly_judges_its_makers_but_a_harm_graded_does_not(code):
    assert "ACCUSE" in kinds(code("The shadow minister said the bill had been badly drafted."))
    assert "ACCUSE" not in kinds(code("The mayor said the bridge had been badly damaged by the floods."))
    assert "ACCUSE" not in kinds(code("The aid worker said food was badly needed in the camps."))


def test_a_states_measure_judged_with_no_party_named(code):
    assert "ACCUSE" in kinds(code("Brazil told the trade council that the new import levy was illegal."))


def test_an_act_judged_after_it_is_but_not_a_hardship(code):
    assert "ACCUSE" in kinds(code("The bishop said it was shameful to deport families who had lived here for years."))
    assert "ACCUSE" not in kinds(code("The police chief said it was dangerous to travel on the mountain roads."))
    # only criticism: "it is only natural that ..." praises no one
    assert kinds(code("The minister said it was only natural that some contracts caused disputes.")) == []


def test_those_called_critics_criticise_what_they_speak_of(code):
    (row,) = rows(code("Critics say the new law would help large landlords at the expense of tenants."), "ACCUSE")
    assert row["status"] == "happened"
    # a critic of a film speaks of no policy, and a possibility is no charge
    assert "ACCUSE" not in kinds(code("Critics say the film is the director's finest work."))
    assert "ACCUSE" not in kinds(code("Critics maintain that the government could stop guaranteeing farm prices."))


def test_a_case_answered_was_brought_against_the_one_who_answers(code):
    events = code("The former governor has denied charges of bribery and fraud.")
    assert sorted(kinds(events)) == ["ACCUSE", "REJECT"]
    assert rows(events, "ACCUSE")[0]["recipient"] == ["former governor"]
    assert "ACCUSE" in kinds(code("The councillor pleaded not guilty to charges of corruption."))
    # denying an allegation is a denial; who alleged it is a matter of the allegation's own words
    assert kinds(code("She denied charging too much for the tickets.")) == []


def test_a_refusal_held_by_a_named_party_wherever_it_stands(code):
    (row,) = rows(
        code("The ministry pressed on with the reform despite objections from the teachers' unions."), "REJECT"
    )
    assert row["actor"]
    assert "REJECT" in kinds(code("The loan was approved over Japanese objections on Tuesday."))
    # "the opposition" as the parties out of power refuses nothing
    assert "REJECT" not in kinds(code("The opposition met in Cardiff on Tuesday."))


def test_fighting_a_lawsuit_is_no_fight(code):
    assert "ASSAULT" not in kinds(code("The airline is fighting the lawsuit brought by its former pilots."))


def test_pressing_ahead_asks_no_one(code):
    assert "REQUEST" not in kinds(code("The ministry pressed ahead with the school reform on Monday."))
    assert "REQUEST" in kinds(code("Washington pressed Tokyo to open its rice market."))


def test_a_deed_of_bad_conduct_told_in_the_passive_judges_its_agent(code):
    (row,) = rows(code("The opposition leader said voters had been misled by the government."), "ACCUSE")
    assert row["recipient"] == ["government"]


def test_saying_a_claim_lacks_grounds_denies_it(code):
    assert "REJECT" in kinds(code("The ministry said the allegations had no foundation."))
    assert "REJECT" in kinds(code('The agency said it believed there was "no legal basis" for the complaints.'))
    assert "REJECT" in kinds(code("The minister said there was not a shred of truth in the report."))
    # evidence lacking for a thing, or a case supposed, denies no claim
    assert "REJECT" not in kinds(code("The minister said there was no evidence of a recovery."))
    assert "REJECT" not in kinds(
        code("The minister said there would be no basis for the complaints if the law passed.")
    )


def test_a_request_whose_maker_and_content_are_named_was_made(code):
    (row,) = rows(code("The bank said it would consider Peru's request for a 300 million dollar loan."), "REQUEST")
    assert row["actor"] == ["Peru"]
    assert "REQUEST" in kinds(code("The opposition's demand for a referendum grew louder on Monday."))
    # a market's demand, and an appeal that may be a court's, ask nothing
    assert "REQUEST" not in kinds(code("Japan's demand for crude oil rose sharply in March."))
    assert "REQUEST" not in kinds(code("The company's appeal against the ruling failed."))


def test_should_said_by_someone_the_sentence_does_not_name_demands_nothing(code):
    # judged blind in round 15, such rows were right 1.5 times in 5: "China should earn more foreign exchange, he
    # added" advises, "the airline should outperform the market" forecasts
    assert kinds(code('"The government should cut interest rates at once," he told a news conference.')) == []
    assert kinds(code('"The airline should outperform the market this year," he said.')) == []
    assert "REQUEST" in kinds(code("The union said the government should cut interest rates at once."))
    assert kinds(code("The union leader said the government should not expect much more tax income.")) == []


def test_an_act_only_alleged_is_not_told_as_done(code):
    events = code("The tariffs came because of Japan's alleged refusal to abide by the chip agreement.")
    assert "REJECT" not in kinds(events)
