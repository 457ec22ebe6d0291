"""Round 26: a passive verb coordinated with an active one shares its subject as the one it happens to. Sentences
are our own.

- "two men stormed the embassy and were later detained": the men were detained (recipient), by no one named; "the
  rebels attacked the town and were arrested by police": police arrested the rebels; "pleaded guilty and will be
  sentenced": the one who pleaded is sentenced, not sentencing.
- An active conjunct keeps the shared subject as its doer ("police arrested the men and charged them"), and a passive
  with a subject of its own keeps it ("the minister was indicted and will resign").
"""

from __future__ import annotations

from conftest import rows


def test_a_passive_conjunct_happens_to_the_subject_it_shares(code):
    (detained,) = rows(code("Two men stormed the embassy and were later detained."), "COERCE")
    assert detained["actor"] == [] and detained["recipient"] == ["men"]
    (arrested,) = rows(code("The rebels attacked the town and were arrested by police."), "COERCE")
    assert arrested["actor"] == ["police"] and arrested["recipient"] == ["rebels"]
    (sentenced,) = rows(code("Mr Sullivan pleaded guilty to fraud and will be sentenced next month."), "COERCE")
    assert sentenced["actor"] == [] and sentenced["recipient"] == ["Sullivan"]


def test_active_conjuncts_and_passives_with_their_own_subject_keep_their_doers(code):
    (stormed,) = rows(code("Two men stormed the embassy and were later detained."), "ASSAULT")
    assert stormed["actor"] == ["men"]
    (arrested,) = rows(code("Police arrested the men and charged them with murder."), "COERCE")
    assert arrested["actor"] == ["police"] and arrested["recipient"] == ["men"]
    (resigns,) = rows(code("The minister was indicted and will resign."), "RETREAT")
    assert resigns["actor"] == ["the minister"]


def _parsed(words, heads, deps, tags):
    import spacy
    from spacy.tokens import Doc

    pos = ["VERB" if t.startswith("VB") else "NOUN" if t.startswith("NN") else "X" for t in tags]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_subject_the_parser_misplaced_is_not_replaced_by_the_first_verbs():
    # "farmers grow rice but new taxes were suspended", parsed with "taxes" hung on "rice": the passive's own subject
    # is misplaced, and the first clause's subject did not undergo it; with nothing between "and" and the passive,
    # the shared subject did ("two men stormed the embassy and were detained")
    from storyline.events.participants import ParticipantFinder

    words = ["Farmers", "grow", "rice", "but", "new", "taxes", "were", "suspended", "."]
    heads = [1, 1, 1, 2, 5, 2, 7, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "amod", "conj", "auxpass", "conj", "punct"]
    tags = ["NNS", "VBP", "NN", "CC", "JJ", "NNS", "VBD", "VBN", "."]
    assert ParticipantFinder._passive_conjunct_subject(_parsed(words, heads, deps, tags)[7]) is None
    words = ["Two", "men", "stormed", "the", "embassy", "and", "were", "detained", "."]
    heads = [1, 2, 2, 4, 2, 2, 7, 2, 2]
    deps = ["nummod", "nsubj", "ROOT", "det", "dobj", "cc", "auxpass", "conj", "punct"]
    tags = ["CD", "NNS", "VBD", "DT", "NN", "CC", "VBD", "VBN", "."]
    assert ParticipantFinder._passive_conjunct_subject(_parsed(words, heads, deps, tags)[7]).text == "men"
