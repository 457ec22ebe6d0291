"""Round 29: deadlines set, contact kept, talks that end without a deal, acts done without, acts weighed, measures
ended, meetings called off by no one, revenge promised, threats answered, commitments restated, needs stated, partners
and deadlocks. Sentences are our own.

- A party that gives another a span of time to act sets it a deadline: an ultimatum (CAMEO 139, THREATEN); neither
  the act asked nor the consequence named has happened.
- Being "in touch" or "in contact" with a party is keeping up talks with it (CONSULT).
- "Failed to reach agreement" judges no side of the talks (PLOVER's gold standard codes it REJECT).
- "Without admitting or denying the allegations": neither is done.
- "It is more expensive to invest": an act weighed against another is done by no one in particular.
- "Announced the lifting of bans" imposes no ban; a meeting postponed with no party named for it is scheduling.
- Revenge promised is a threat; threats one answers or is dismayed at were made, by whoever they come "from".
- A commitment restated to keep a pact is a promise (AGREE), to an ally support.
- An act or a measure a party says is needed is called for (REQUEST); a state's partners, allies and neighbours are
  other states, whoever owns them in the phrase.
- Talks deadlocked, stalled or stalemated were held (CONSULT).
- People held for a span of time are detained (COERCE); a post held for years is owned. What "there was" took place
  ("there had been 11 arrests"); "there were no talks" tells none, "there will be a strike" is not read so.
- A stance parties join forces for is held as they join ("joined in an alliance to oppose the resolution"); fighting a
  planned sale or a proposed tax opposes it.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_span_of_time_given_to_act_is_an_ultimatum(code):
    (ultimatum,) = rows(code("The army gave the rebels 48 hours to lay down their arms."), "THREATEN")
    assert ultimatum["actor"] == ["army"] and ultimatum["recipient"] == ["rebels"]
    assert kinds(code("The army gave the rebels 48 hours to lay down their arms.")) == ["THREATEN"]
    (deadline,) = rows(code("Washington gave Iraq until Friday to withdraw its troops."), "THREATEN")
    assert deadline["recipient"] == ["Iraq"]
    # to oneself, or between private people, no one is set a deadline
    assert kinds(code("She gave herself a week to finish the book.")) == []
    assert kinds(code("The firm gave its staff two days to decide.")) == []


def test_being_in_touch_with_a_party_is_talks(code):
    (touch,) = rows(code("An aide said the senator had been in touch with party officials."), "CONSULT")
    assert touch["recipient"] == ["party officials"]
    (contact,) = rows(code("The minister said the governor had been in contact with the IMF."), "CONSULT")
    assert contact["recipient"] == ["International Monetary Fund"]
    assert kinds(code("The nurse came into contact with the virus.")) == []


def test_talks_that_end_without_a_deal_judge_no_one(code):
    # PLOVER's gold standard codes "failed to reach agreement" as REJECT; telling it judges no side
    sentence = (
        "Canadian and Egyptian wheat negotiators failed to conclude an agreement during talks last week, Canadian "
        "embassy officials said."
    )
    assert "ACCUSE" not in kinds(code(sentence))
    # failing at a duty still judges
    assert "ACCUSE" in kinds(code("The opposition said the government had failed to protect the farmers."))


def test_what_is_done_without_is_not_done(code):
    sentence = "The firm settled the case with the regulator without admitting or denying the allegations."
    assert not [r for r in rows(code(sentence), "REJECT") if r["status"] == "happened"]
    assert [r["status"] for r in rows(code("The firm denied the allegations and settled the case."), "REJECT")] == [
        "happened"
    ]


def test_an_act_weighed_is_done_by_no_one(code):
    sentence = "It is more expensive to invest in Kenya than it used to be, the minister said."
    assert not [r for r in code(sentence) if r["status"] == "planned" or r["status"] == "happened"]
    # a doer's readiness is no weighing: "it" is someone (since round 32 investing names whom it is in: Kenya)
    assert kinds(code("Britain said it was ready to invest in Kenya.")) == ["AGREE"]


def test_ending_a_measure_imposes_none(code):
    assert kinds(code("Seoul announced the lifting of bans on car imports.")) == []
    assert kinds(code("The government announced a package of sanctions against Libya.")) == ["SANCTION"]


def test_a_meeting_called_off_by_no_one_is_scheduling(code):
    assert kinds(code("A meeting of the committee had been postponed because there was no need for it.")) == []
    assert kinds(code("Iran postponed the talks with Iraq.")) == ["SANCTION"]


def test_revenge_promised_is_a_threat(code):
    assert "THREATEN" in kinds(code("A military official said Iran would avenge the attack."))


def test_threats_answered_were_made(code):
    events = code("Japan dismissed the threats of retaliation from the European Community.")
    (threat,) = rows(events, "THREATEN")
    assert threat["actor"] == ["European Union"]
    assert "REJECT" in kinds(events)
    sentence = "Japan is disappointed at the recent threats of trade retaliation from the European Community."
    assert set(kinds(code(sentence))) == {"THREATEN", "ACCUSE"}
    assert kinds(code("Analysts were worried about threats of a price war from rival airlines.")) == []


def test_a_commitment_to_keep_a_pact_is_a_promise(code):
    sentence = "The oil minister reiterated the kingdom's commitment to the OPEC accord."
    assert kinds(code(sentence)) == ["AGREE"]
    assert kinds(code("The minister reaffirmed Britain's commitment to the alliance.")) == ["SUPPORT"]


def test_an_act_said_to_be_needed_is_called_for(code):
    (asked,) = rows(code("The union said an independent inquiry was necessary."), "REQUEST")
    assert asked["actor"] == ["union"]
    # an inquiry needed has not been held
    assert kinds(code("Fresh talks are needed to end the dispute, the minister said.")) == ["REQUEST"]
    # what analysts think is needed, and a need denied, ask no one
    assert kinds(code("Analysts said more rate cuts were needed.")) == []
    assert kinds(code("The opposition said the inquiry was not necessary.")) == []


def test_a_states_partners_are_other_states(code):
    sentence = "The central bank's governor said that the country's main trading partners should expand their growth."
    (asked,) = rows(code(sentence), "REQUEST")
    assert asked["recipient"] == ["main trading partners"]
    (warned,) = rows(code("Iran warned Britain's allies against joining the blockade."), "THREATEN")
    assert warned["recipient"] == ["allies"]


def test_talks_in_deadlock_were_held(code):
    (talks,) = rows(code("Talks between Iran and Iraq are deadlocked."), "CONSULT")
    assert talks["actor"] == ["Iran", "Iraq"] and talks["status"] == "happened"
    assert kinds(code("Traffic stalled on the motorway.")) == []


def test_people_held_for_a_time_are_detained(code):
    (held,) = rows(code("Two opposition activists were held for three years by the army."), "COERCE")
    assert held["actor"] == ["army"]
    assert kinds(code("Police held him for 48 hours.")) == ["COERCE"]
    # what is held for years is owned
    assert kinds(code("The minister held the post for three years.")) == []
    assert kinds(code("The company held the shares for three years.")) == []


def test_what_there_was_took_place(code):
    (talks,) = rows(code("There were talks between the government and the rebels on Monday."), "CONSULT")
    assert talks["status"] == "happened" and talks["actor"] == ["government", "rebels"]
    (held,) = rows(code("Police said there had been arrests of opposition activists."), "COERCE")
    assert held["recipient"] == ["opposition activists"]
    assert kinds(code("There were no talks between Iran and Iraq.")) == []
    assert kinds(code("There is no need for talks, the minister said.")) == []
    # a forecast, and force's figures, are not read so
    assert kinds(code('"There is a good chance there will be a strike," an analyst said.')) == []
    assert kinds(code("The spokesman said there had been an explosion of quangos.")) == []


def test_a_stance_parties_join_for_is_held(code):
    sentence = "Opposition parties have shown rare unity in joining to fight a proposed sales tax."
    assert [r["status"] for r in rows(code(sentence), "REJECT")] == ["happened"]
    sentence = (
        "Liberal Democrats and Republicans on the committee joined in an unusual alliance to oppose the resolution."
    )
    assert [r["status"] for r in rows(code(sentence), "REJECT")] == ["happened"]
    # force is what troops are sent for, not what they have done
    sentence = "The army deployed troops to fight the rebels."
    assert [r["status"] for r in rows(code(sentence), "ASSAULT")] == ["hypothetical"]


def test_word_lists_of_participles_leave_slipped_lemmas_repairable(coder):
    # "needed" and "required" are listed as what a need is said to be (needed_words): listed as verbs, they would keep
    # the lemmatiser's "required" from being repaired to "require", and the word reader would read another word
    for text in ("The legislation required the minister to report to Congress.", "More aid is needed."):
        doc = coder.nlp(text)
        coder.coder.repair_lemmas(doc)
        participle = next(t for t in doc if t.lower_ in ("required", "needed"))
        assert participle.lemma_ in ("require", "need")
