"""Round 25: who protests decides what a protest is, a thing that threatens threatens no one, and a party that says
its own strike or force could come warns of it. Sentences are our own.

- "Washington has protested strongly over the tax", "protests by the United States", "the foreign ministry protested
  the arrest": a state or a government protests in words (ACCUSE, CAMEO's "protest officially"); farmers, students,
  a people ("Chinese protests against Japan spread") and a union protest in the streets (PROTEST), as before.
- "a parliamentary obstacle threatening final passage of the bill": no one threatens; "rebels threatening the
  capital" do.
- "rebels were pushed back by the army", "pushed back the deadline": moved, not asked.
- "talks are planned for Monday": talks to come are news with no party named.
- "in retaliation for what he called Japan's failure to honour the pact": criticism of Japan; "attacked what he
  called the government's betrayal of farmers" attacks in words, told once.
- "union officials said industrial action could spread", "the union said its members could strike": a warning of
  one's own protest (THREATEN); "the government said strikes could disrupt services" is none.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_state_or_a_government_protests_in_words(code):
    (row,) = rows(code("Washington has protested strongly over the new tax on soybeans."), "ACCUSE")
    assert row["actor"] == ["United States"] and row["mode"] == "protest"
    assert "PROTEST" not in kinds(code("Washington has protested strongly over the new tax on soybeans."))
    ministry = code("The foreign ministry protested the arrest of its diplomat in Moscow.")
    assert "ACCUSE" in kinds(ministry) and "PROTEST" not in kinds(ministry)
    by_state = code("Italy rejected the protests by the United States over the tax.")
    assert "PROTEST" not in kinds(by_state)
    assert [r["actor"] for r in rows(by_state, "ACCUSE")] == [["United States"]]


def test_a_people_a_union_or_farmers_protest_in_the_streets(code):
    assert "PROTEST" in kinds(code("Farmers protested against the new tariffs outside parliament."))
    assert "PROTEST" in kinds(code("Thousands of students protested in the capital on Sunday."))
    people = code("Chinese protests against Japan spread to ten cities.")
    assert "PROTEST" in kinds(people) and "ACCUSE" not in kinds(people)
    farmers = code("Ministers meet today after a week marked by strong protests by European farmers.")
    assert "PROTEST" in kinds(farmers) and "ACCUSE" not in kinds(farmers)
    operators = code("The European Commission accepted sugar into intervention by operators protesting about rebates.")
    assert "PROTEST" in kinds(operators) and "ACCUSE" not in kinds(operators)


def test_a_thing_that_threatens_threatens_no_one(code):
    assert "THREATEN" not in kinds(
        code("The Senate cleared away a parliamentary obstacle threatening final passage of the money bill.")
    )
    (row,) = rows(code("A rebel group threatening to attack the capital said it had 5,000 men."), "THREATEN")
    assert row["actor"] == ["rebel group"]


def test_pushed_back_is_moved_not_asked(code):
    assert "REQUEST" not in kinds(code("Rebels threatening the capital were pushed back by the army."))
    assert "REQUEST" not in kinds(code("The government pushed back the deadline for the talks."))
    (row,) = rows(code("The union pushed the government to raise wages."), "REQUEST")
    assert row["actor"] == ["union"] and row["recipient"] == ["government"]


def test_talks_to_come_are_news_with_no_party_named(code):
    (row,) = rows(code("The talks were planned for Monday."), "CONSULT")
    assert row["status"] == "planned"
    assert "CONSULT" not in kinds(code("The minister said there had been no plan for talks."))


def test_what_a_speaker_calls_a_partys_failure_criticises_the_party(code):
    said = code("Reagan announced the sanctions in retaliation for what he called Japan's failure to honour the pact.")
    (row,) = rows(said, "ACCUSE")
    assert row["recipient"] == ["Japan"]
    now = code("Reagan is to announce tariffs to retaliate for what he calls Japan's failure to end its practices.")
    (told,) = rows(now, "ACCUSE")
    assert told["recipient"] == ["Japan"] and not told["background"]
    assert "SUPPORT" in kinds(code("He praised what he called the union's courage."))
    assert "ACCUSE" not in kinds(code("The firm cited what it called the market's weakness."))


def test_attacking_what_one_calls_a_betrayal_attacks_in_words_once(code):
    attacked = code("The minister attacked what he called the government's betrayal of farmers.")
    assert "ASSAULT" not in kinds(attacked)
    (row,) = rows(attacked, "ACCUSE")
    assert row["actor"] == ["the minister"] and row["recipient"] == ["government"]
    assert "ASSAULT" in kinds(code("Rebels attacked what they called a government stronghold with rockets."))


def test_a_party_that_says_its_own_protest_could_come_warns_of_it(code):
    union = code("Union officials said industrial action could spread to other states as the government plans cuts.")
    (row,) = rows(union, "THREATEN")
    assert row["actor"] == ["Union officials"]
    members = code("The union said its members could strike next month.")
    assert "THREATEN" in kinds(members) and "PROTEST" not in kinds(members)
    assert "THREATEN" not in kinds(code("The government said strikes could disrupt services."))
    assert "THREATEN" not in kinds(code("Analysts said fighting could spread to the north."))


def test_bad_words_of_a_state_in_a_clause_that_denies_something_else_criticise_it(code):
    """A clause the speaker negates ("was not aimed at retaliation") still says its bad words of a party ("but at
    correcting Japan's unfair trade practices"); states are parties the bad words may be of. A party's practices
    said not to be unfair are not criticised."""
    said = code(
        "Senator Lloyd Bentsen told the Senate the measure was not aimed at retaliation but at correcting Japan's "
        "unfair trade practices."
    )
    (row,) = rows(said, "ACCUSE")
    assert row["actor"] == ["Lloyd Bentsen"] and row["recipient"] == ["Japan"]
    assert "ACCUSE" not in kinds(code("Senator Lloyd Bentsen said Japan's trade practices were not unfair."))
    assert "ACCUSE" not in kinds(code("Senator Lloyd Bentsen said the measure was not aimed at Japan."))


def test_a_tour_that_names_no_place_abroad_is_campaigning(code):
    """A tour that names no place, state or party visited is a politician's campaign, not a visit; a four-nation
    tour or a tour of the Gulf states visits states."""
    assert "CONSULT" not in kinds(code("The party leader has begun a week-long tour to persuade voters."))
    assert "CONSULT" not in kinds(code("The party leader begins a nationwide tour on Monday."))
    assert "CONSULT" in kinds(code("The Chinese premier began a four-nation tour on Monday."))
    assert "CONSULT" in kinds(code("The premier began a tour of three Gulf states."))
    assert "CONSULT" in kinds(code("The leader left Russia's Far East on Sunday at the end of a six-day tour."))


def test_calling_a_treaty_a_threat_to_peace_criticises(code):
    """A threat is a judgement when a speaker calls something one (only a party, a deficit and a slump are words
    VADER rates in another sense)."""
    assert "ACCUSE" in kinds(code("South Korea called the treaty a threat to peace."))
    assert "SUPPORT" not in kinds(code("It was now a party of employers and managers, he said."))
