"""Round 28: who speaks through a work, support won in a measure, what a thing does, and the bodies of states news
names. Sentences are our own.

- A report, a study or a statement speaks for who wrote it, named after "by" or "from" wherever the work stands:
  "a report by Amnesty International criticised the police" is Amnesty's criticism.
- Support won "in a degree" or "a measure" of it is support won: "the plan won a measure of support from the unions".
- A participle whose noun is a thing says what the thing does: "called for measures supporting the recovery" backs
  nothing; "praised the unions supporting the reform" has the unions back it.
- The bodies of states that news names as parties to talks, quotas and loans (the Group of 77, UNCTAD, the
  International Coffee Organization, the Asian Development Bank) are international organisations.
"""

from __future__ import annotations

from conftest import rows


def test_a_work_speaks_for_who_wrote_it(code):
    (report,) = rows(code("A report by Amnesty International criticised the police."), "ACCUSE")
    assert report["actor"] == ["Amnesty International"] and report["recipient"] == ["police"]
    (statement,) = rows(code("A statement from the Foreign Ministry urged Iraq to withdraw."), "REQUEST")
    assert statement["actor"] == ["Foreign Ministry"] and statement["recipient"] == ["Iraq"]
    # an act is no work: the rebels of "any attack by the rebels" meet no one
    assert not rows(code("Any attack by the rebels will be met with force."), "CONSULT")


def test_support_won_in_a_measure_is_support(code):
    (won,) = rows(code("The plan won a measure of support from the unions."), "SUPPORT")
    assert won["actor"] == ["unions"]
    (won,) = rows(code("The rebels won a degree of support from France."), "SUPPORT")
    assert won["actor"] == ["France"]
    assert not rows(code("The plan won a degree of acceptance among economists."), "SUPPORT")


def test_a_thing_that_supports_backs_no_one(code):
    events = code("The minister called for measures supporting the recovery.")
    assert [e["type"] for e in events] == ["REQUEST"]
    (backing,) = [
        e for e in rows(code("He praised the unions supporting the reform."), "SUPPORT") if e["rule"] == "verb:support"
    ]
    assert backing["actor"] == ["unions"]


def test_bodies_of_states_are_international_organisations(code):
    (session,) = rows(code("The Group of 77 will hold a preparatory session in Havana."), "CONSULT")
    assert session["actor"] == ["Group of 77"] and session["status"] == "planned"
    (council,) = rows(code("The Asian Development Bank agreed to lend Manila 200 mln dlrs."), "AGREE")
    assert council["actor"] == ["Asian Development Bank"]
    (met,) = rows(code("Delegates of the International Coffee Organization met in London on Monday."), "CONSULT")
    assert met["actor"] == ["International Coffee Organization"]


def test_a_short_name_in_brackets_names_the_body(code):
    # the parser reads "The General Agreement on Tariffs and Trade" as a law; the bracketed short name says which body
    sentence = "The General Agreement on Tariffs and Trade (GATT) will begin a probe on the legality of import curbs."
    (probe,) = rows(code(sentence), "ACCUSE")
    assert probe["actor"] == ["GATT"] and probe["status"] == "planned"
