"""Every data file fails the same way: DataFileError(path, where, why), built-in or the user's."""

from __future__ import annotations

import pickle

import pytest

from storyline.errors import DataFileError


def test_a_user_pattern_file_with_broken_yaml_names_the_file_and_the_line(tmp_path):
    from storyline.events.lexicon import load

    bad = tmp_path / "broken.yaml"
    bad.write_text("verbs:\n  CONSULT: [huddle\n  AGREE: [shake hands]\n")
    with pytest.raises(DataFileError) as err:
        load((str(bad),))
    assert err.value.path == str(bad) and err.value.where.startswith("line ") and "YAML" in err.value.why


def test_a_user_pattern_file_with_an_unknown_type_or_set_says_where(tmp_path):
    from storyline.events.lexicon import load

    kind = tmp_path / "kind.yaml"
    kind.write_text("verbs:\n  HUDDLE: [huddle]\n")
    with pytest.raises(DataFileError) as err:
        load((str(kind),))
    assert (err.value.path, err.value.where) == (str(kind), "verbs.HUDDLE")
    unset = tmp_path / "unset.yaml"
    unset.write_text("verbs:\n  CONSULT:\n    - {lemma: huddle, objects: [$ministers]}\n")
    with pytest.raises(DataFileError, match=r"unknown set \$ministers") as err:
        load((str(unset),))
    assert err.value.where == "verbs.CONSULT entry 'huddle'"


def test_a_user_event_type_out_of_range_is_a_data_file_error(tmp_path):
    from storyline.events.lexicon import load

    bad = tmp_path / "types.yaml"
    bad.write_text("types:\n  HUDDLE: {quad: 7, score: 1}\nverbs:\n  HUDDLE: [huddle]\n")
    with pytest.raises(DataFileError) as err:
        load((str(bad),))
    assert err.value.where == "types.HUDDLE"


def test_word_lists_must_be_words_not_yaml_truth_values():
    from storyline.events.lexicon import WORD_LISTS, check_word_lists

    good = {name: ["x"] for name in WORD_LISTS}
    assert check_word_lists(good, "mine.yaml")["time_preps"] == frozenset({"x"})
    with pytest.raises(DataFileError, match="not a word") as err:
        check_word_lists({**good, "noun_target_preps": ["with", True]}, "mine.yaml")  # a bare `on`
    assert err.value.where == "noun_target_preps"
    with pytest.raises(DataFileError, match="unknown list"):
        check_word_lists({**good, "spare_words": ["x"]}, "mine.yaml")


def test_a_codebook_line_without_a_name_is_a_data_file_error():
    from storyline.codebooks.actors import read_actors

    with pytest.raises(DataFileError) as err:
        read_actors("[USA]\n", "mine.txt", lambda code: True, lambda code: code)
    assert (err.value.path, err.value.where) == ("mine.txt", "line 1")


def test_the_error_survives_a_trip_between_processes_and_is_still_a_value_error():
    err = pickle.loads(pickle.dumps(DataFileError("a.yaml", "verbs.CONSULT", "why")))
    assert (err.path, err.where, err.why, str(err)) == ("a.yaml", "verbs.CONSULT", "why", "a.yaml: verbs.CONSULT: why")
    assert isinstance(err, ValueError)


def test_a_pattern_whose_preposition_yaml_reads_as_a_truth_value_is_refused(tmp_path):
    """`recipient: [on]` is read by YAML as [True]: the preposition would silently be lost."""
    from storyline.events.lexicon import load

    bare = tmp_path / "bare.yaml"
    bare.write_text("verbs:\n  ACCUSE:\n    - {lemma: round on, recipient: [on]}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bare\.yaml.*round on.*recipient.*quote it"):
        load((str(bare),))
    quoted = tmp_path / "quoted.yaml"
    quoted.write_text("verbs:\n  ACCUSE:\n    - {lemma: round on, recipient: ['on']}\n", encoding="utf-8")
    assert any(p.recipient == ("on",) for p in load((str(quoted),)).verbs["round"])


def test_a_key_given_twice_in_a_data_file_is_refused_not_silently_overwritten(tmp_path):
    # YAML keeps the last of two equal keys; a word list or a type written twice would lose the first
    from storyline.events.lexicon import load

    twice = tmp_path / "twice.yaml"
    twice.write_text("verbs:\n  CONSULT: [huddle]\n  AGREE: [shake hands]\n  CONSULT: [confer]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="duplicate key 'CONSULT'") as err:
        load((str(twice),))
    assert err.value.path == str(twice) and err.value.where == "line 4, column 3"


def test_every_built_in_data_file_has_each_key_once():
    # the built-in files are read with the same loader: this imports them all
    from storyline.events.grammar import WORDS
    from storyline.events.lexicon import load

    assert load(()) is not None and "threat_acts" in WORDS
