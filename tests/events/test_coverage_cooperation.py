"""Recall by construction for the cooperation side of PLOVER (SUPPORT, AGREE, REQUEST, CONSULT, AID,
COOPERATE, CONCEDE, RETREAT) and MOBILIZE: for each verb or phrase news uses, one sentence where it is
the event (actor and recipient checked) and one where the same word has another sense and is no event.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def asserted(events):
    return [e for e in events if e["status"] not in ("hypothetical", "negated") and not e["background"]]


def of_type(events, type_):
    return [e for e in asserted(events) if e["type"] == type_]


# (sentence, type, actor, recipient): the recipient None where the sentence names no actor as target
EVENTS = [
    # SUPPORT: praise and backing said in other words
    ("The Dutch premier paid tribute to Nelson Mandela at the funeral.", "SUPPORT", "Netherlands", "Nelson Mandela"),
    ("Brazil threw its weight behind Argentina in the dispute over the islands.", "SUPPORT", "Brazil", "Argentina"),
    ("Labour MPs voted in favour of the smoking ban on Tuesday.", "SUPPORT", "Labour MPs", None),
    ("The senator came out in support of the troop surge.", "SUPPORT", "senator", None),
    ("The queen honoured Nelson Mandela at a ceremony in Glasgow.", "SUPPORT", "queen", "Nelson Mandela"),
    ("Chile sent Peru a message of support after the earthquake.", "SUPPORT", "Chile", "Peru"),
    ("Spain reiterated its support for Morocco on the trade pact.", "SUPPORT", "Spain", "Morocco"),
    # AGREE: working out and settling terms
    ("Ghana and Togo hammered out a deal on their shared border.", "AGREE", "Ghana", None),
    ("Peru and Ecuador resolved their border dispute in 1998.", "AGREE", "Peru", None),
    # REQUEST
    ("Malawi solicited aid from Britain after the harvest failed.", "REQUEST", "Malawi", None),
    ("Hungary sought the backing of Austria for its candidate.", "REQUEST", "Hungary", None),
    # CONSULT: talks hosted or joined
    ("China hosted the six-party talks on the nuclear crisis.", "CONSULT", "China", None),
    ("Iran joined the talks with the European Union in Vienna.", "CONSULT", "Iran", "European Union"),
    ("The Chilean president sat down with Evo Morales in La Paz.", "CONSULT", "Chile", "Evo Morales"),
    # COOPERATE: judicial hand-overs, working together
    ("Kenya handed the suspect over to Tanzania on Friday.", "COOPERATE", "Kenya", "Tanzania"),
    ("Norway worked together with Sweden on the fisheries plan.", "COOPERATE", "Norway", "Sweden"),
    # AID: money paid out as aid
    ("The World Bank disbursed a loan of 40 million dollars to Haiti.", "AID", "World Bank", "Haiti"),
    ("Canada offered asylum to the Afghan interpreters.", "AID", "Canada", None),
    ("Japan extended a 24 billion yen loan to Bangladesh.", "AID", "Japan", "Bangladesh"),
    # CONCEDE: giving up a claim, a penalty or a policy
    ("Belgium waived the visa requirement for Moroccan students.", "CONCEDE", "Belgium", None),
    ("The governor commuted the death sentence of the Mexican prisoner.", "CONCEDE", "governor", None),
    ("Egypt reopened the border crossing with Gaza on Sunday.", "CONCEDE", "Egypt", None),
    ("The rebels ceded control of the port to the Somali army.", "CONCEDE", "rebels", None),
    ("Kosovo withdrew its complaint against Serbia at the court.", "CONCEDE", "Kosovo", None),
    # RETREAT: giving up arms and positions
    ("The militia decommissioned its weapons under the peace deal.", "RETREAT", "militia", None),
    ("The rebels abandoned their positions around the town of Goma.", "RETREAT", "rebels", None),
    ("Nepal's Maoists called a ceasefire on Friday.", "RETREAT", "Maoists", None),
    ("Kenya pulled its peacekeepers out of Somalia.", "RETREAT", "Kenya", None),
    # asking for something, appealing for a sum, helping with a body of people
    ("The charity asked Japan to send more doctors.", "REQUEST", "charity", "Japan"),
    ("Kenya asked Britain for help after the floods.", "REQUEST", "Kenya", "United Kingdom"),
    ("The United Nations appealed for 50 million dollars in aid.", "REQUEST", "United Nations", None),
    ("The army helped evacuate the villagers from the flooded valley.", "AID", "army", None),
    ("The Uruguayan president heaped praise on Lula.", "SUPPORT", "Uruguay", "Lula"),
    # MOBILIZE: raising security, moving forces
    ("Thailand tightened security along its border with Cambodia.", "MOBILIZE", "Thailand", None),
    ("Russia rushed troops to the border with Georgia.", "MOBILIZE", "Russia", None),
    ("Indian soldiers patrolled the streets of Srinagar.", "MOBILIZE", "India", None),
    ("The navy sent two warships to the Gulf.", "MOBILIZE", "navy", None),
]


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), EVENTS)
def test_each_phrase_is_the_event_with_its_actor_and_recipient(code, text, type_, actor, recipient):
    found = of_type(code(text), type_)
    assert found, code(text)
    e = found[0]
    assert any(actor.lower() in a.lower() or a.lower() in actor.lower() for a in e["actor"]), e
    if recipient is not None:
        assert any(recipient.lower() in r.lower() or r.lower() in recipient.lower() for r in e["recipient"]), e


# the same words in another sense: no event of the type (or none at all)
OTHER_SENSES = [
    ("Cheney is calling Mubarak a good friend.", "CONSULT"),  # naming, not a phone call
    ("The new minister hails from Texas.", "SUPPORT"),  # where someone is from
    ("Reporters asked the minister about the weather.", "REQUEST"),  # a question
    ("MPs asked questions about the cost of the war.", "REQUEST"),
    ("The firm called for bids on the contract.", "REQUEST"),  # a tender
    ("The company paid a dividend of ten cents.", "SUPPORT"),
    ("The pitcher threw the ball to first base.", "SUPPORT"),
    ("Smaller banks met the new capital rules last year.", "CONSULT"),  # meeting a rule
    ("The minister's proposals have met with disapproval from farmers.", "CONSULT"),  # a reception, no meeting
    ("Turkish officials gave an intelligence briefing to the ambassadors.", "AID"),  # informing hands nothing over
    ("The company pulled its advertising from the channel.", "RETREAT"),
    ("The government pulled the plug on the project.", "RETREAT"),
    ("The chief executive resigned after the losses were revealed.", "RETREAT"),  # a firm's head
    ("Japan's exports helped the economy grow.", "AID"),  # a thing that helps gives no aid
    ("The company offered asylum seekers jobs in its kitchens.", "AID"),
    ("The company extended its credit facility to 1990.", "AID"),  # a firm's credit line
    ("Prices increased sharply in the first quarter.", "MOBILIZE"),
    ("The store increased security after the burglary.", "MOBILIZE"),
    ("The bank reversed its earlier losses in the quarter.", "CONCEDE"),
    ("The studio decided to abandon the film after a year.", "RETREAT"),
    ("The band paid homage to the Beatles on its new album.", "CONSULT"),
    ("Reporters asked the minister whether he would resign.", "REQUEST"),  # a question
    ("Pollsters asked 800 adults if they backed the smoking ban.", "REQUEST"),
    ("Detention powers had helped prevent attacks, the minister said.", "AID"),  # a thing that helps
    ("The opposition appealed against the court's verdict.", "REQUEST"),  # a legal challenge
    ("Most analysts agree the prime minister has lost face.", "AGREE"),  # an opinion shared
    ("The two judges agreed about what happened in the courtroom.", "AGREE"),
    ("Many voters do not agree with the party's policies.", "REJECT"),  # an opinion, no refusal
    ("The army helped evacuate the villagers from the flooded valley.", "RETREAT"),  # a rescue, no retreat
    ("The company offered asylum seekers jobs in its kitchens.", "AGREE"),  # a job offer, no promise
    ("The rebels called a ceasefire on Friday.", "REQUEST"),  # "on Friday" is no appeal to anyone
]


@pytest.mark.parametrize(("text", "type_"), OTHER_SENSES)
def test_the_same_word_in_another_sense_is_not_coded(code, text, type_):
    assert not of_type(code(text), type_), code(text)


def test_joining_talks_is_consulting_not_cooperating(code):
    events = asserted(code("Iran joined the talks with the European Union in Vienna."))
    assert [e["type"] for e in events] == ["CONSULT"]


def test_sending_warships_is_mobilising_and_sending_shells_is_aid(code):
    assert not of_type(code("The navy sent two warships to the Gulf."), "AID")
    e = of_type(code("Belarus sent artillery shells to Russia."), "AID")[0]
    assert e["actor"] == ["Belarus"] and e["recipient"] == ["Russia"]


def test_agreeing_that_something_will_be_done_is_still_an_agreement(code):
    e = of_type(code("Russia and Ukraine agreed that talks would resume in March."), "AGREE")[0]
    assert e["actor"] == ["Russia", "Ukraine"]


def test_agreeing_with_a_partner_on_something_is_an_agreement(code):
    e = of_type(code("Israel agreed with Egypt on a new border regime."), "AGREE")[0]
    assert e["actor"] == ["Israel"] and e["recipient"] == ["Egypt"]
