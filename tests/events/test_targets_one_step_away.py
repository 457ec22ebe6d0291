"""To whom, where the trigger's own slots name no one (events/targets.py), in sentences of our own: who a demand
asks to act, the arguments of an act a verb of will governs, the arguments of the object noun, whose a thing is
by its nationality, and the place an act falls on; and where none of them is a target."""

from __future__ import annotations

from conftest import rows


def _to(events: list[dict], kind: str) -> list[list[str]]:
    """The recipients' states of the rows of this type; there must be one, or a test of "no target" proves nothing."""
    found = rows(events, kind)
    assert found, f"no {kind} row"
    return [r["recipient_country"] for r in found]


def _named(events: list[dict], kind: str) -> list[list[str]]:
    found = rows(events, kind)
    assert found, f"no {kind} row"
    return [r["recipient"] for r in found]


def test_a_demand_targets_who_it_asks_to_act(code):
    events = code("Brazil demanded that Argentina withdraw the new import tariffs.")
    assert _to(events, "REQUEST") == [["ARG"]]
    # a subjunctive the small parser tags as a present ("that the Sudanese government end")
    events = code("Amnesty International demanded that the Kenyan government end curbs on the press.")
    assert _to(events, "REQUEST") == [["KEN"]]
    # not the one who reports it: "diplomats said" is no clause the demand governs
    events = code("Norway demanded the release of the crew, diplomats said.")
    assert ["diplomats"] not in _named(events, "REQUEST")


def test_an_act_a_verb_of_will_governs_names_the_target(code):
    assert _to(code("Chile threatened to cut diplomatic ties with Peru."), "THREATEN") == [["PER"]]
    assert _to(code("Kenya agreed to send food aid to Somalia."), "AGREE") == [["SOM"]]
    # the subject of the infinitive one allows or refuses: "refused to allow Danish ships to dock"
    assert _to(code("The junta refused to allow Danish ships to dock at the port."), "REJECT") == [["DNK"]]


def test_the_object_nouns_own_participant_is_the_target(code):
    assert _to(code("The rebels demanded support from Uganda."), "REQUEST") == [["UGA"]]
    assert _to(code("Ghana rejected a Nigerian proposal on fishing rights."), "REJECT") == [["NGA"]]


def test_a_measure_on_a_territory_targets_it_but_a_location_is_no_target(code):
    assert _to(code("Serbia lifted the curfew in Montenegro on Sunday."), "CONCEDE") == [["MNE"]]
    # where a rally, an arrest or a shooting happens is its location, not whom it is against
    events = code("Thousands of students demonstrated in the northern city of Mosul on Friday.")
    assert _to(events, "PROTEST") == [[]]
    events = code("Police arrested him in Lyon on Saturday after a traffic offence.")
    assert ["FRA"] not in _to(events, "COERCE")


def test_no_target_is_made_up(code):
    # a forum that hears a complaint is not its target; nor a topic, a law or a policy named like a body
    events = code("The US could file a formal complaint with the World Trade Organization over the duties.")
    assert _named(events, "ACCUSE") == [[]]
    events = code("Britain will not accept the rules of the ERM.")
    assert _named(events, "REJECT") == [[]]
    # the one whose thing is withheld is not refused ("refused to publish Lord Goldsmith's advice")
    events = code("The government refused to publish Lord Goldsmith's advice on the war.")
    assert _named(events, "REJECT") == [[]]
    # a speaker's own state is not what he promises ("promised to defend the UK's rebate")
    events = code("Mr Straw, the British foreign secretary, promised to defend Britain's budget rebate.")
    assert _to(events, "AGREE") == [[]]
    # an agreement that names no one else keeps no recipient
    assert _to(code("Belgium agreed to raise its defence budget."), "AGREE") in ([[]], [])
    # the actor's own phrase is not its target: "Palestinian police" do not act on Palestinians
    events = code("Palestinian police confiscated weapons from a militant group in Nablus.")
    assert all(r["recipient_country"] != r["actor_country"] for r in rows(events, "COERCE")) and rows(events, "COERCE")


def test_no_target_through_a_thing_someone_else_owns(code):
    # the thanks go to whoever gave the help, not to whom the help went
    events = code("Lavrov expressed gratitude for the country's assistance to Sudan.")
    assert ["SDN"] not in _to(events, "SUPPORT")


def test_a_protest_targets_whose_act_it_protests(code):
    assert _to(code("Dockers walked out in protest at Chile's new port law."), "PROTEST") == [["CHL"]]
    events = code("Refugees began a hunger strike in protest of the Russian government's refusal to talk.")
    assert _to(events, "PROTEST") == [["RUS"]]
    # protesting an arrest targets who arrested, never the ones arrested
    events = code("Students protested over the arrest of Uighur activists.")
    assert _named(events, "PROTEST") == [[]]
