"""The object a relative clause leaves out is the noun it hangs on. Sentences are our own.

"The sanctions that Washington imposed on Libya", "the tariffs he imposed": the verb's object is the noun the
clause modifies, through "that"/"which" or with no word at all; the entry's object constraint is checked on that
noun. A clause that hangs on a time, a place or a manner ("the day the leaders met") has no object there, and one
whose relative word is the subject ("the minister who resigned") is read as before.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_relative_pronoun_object_is_the_noun_it_stands_for(code):
    (row,) = rows(code("The sanctions that Washington imposed on Cuba in 1962 remain in force."), "SANCTION")
    assert row["actor"] == ["United States"] and row["recipient"] == ["Cuba"]


def test_a_clause_with_no_relative_word_has_the_noun_as_object(code):
    assert "SANCTION" in kinds(
        code("President Obrecht said the tariffs he imposed on Japanese chips were a special case.")
    )
    assert "AID" in kinds(code("Officials said much of the food aid Japan sent to the region last year was stolen."))


def test_a_time_or_a_manner_is_no_object(code):
    assert "SANCTION" not in kinds(code("The week the ministers imposed the curfew was quiet."))
    assert kinds(code("The day the committee met was sunny.")) in ([], ["CONSULT"])
