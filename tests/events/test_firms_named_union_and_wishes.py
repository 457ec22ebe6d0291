"""Round 9, read on dev4, in sentences of our own: a name with a firm's legal form is a firm's whatever
public word it holds ("Union Corp" is no union); "would like" is a wish, as "want" is: what one would like
another to do is asked of it, and has not happened."""

from __future__ import annotations

from conftest import kinds, rows


def test_a_firms_legal_form_makes_it_a_firm(code):
    assert kinds(code("First Union Corp said it has agreed to acquire a savings bank in Florida.")) == []
    assert kinds(code("The National Union of Mineworkers agreed to end the dispute.")) == ["AGREE"]


def test_what_one_would_like_another_to_do_is_asked(code):
    events = code("Iran would like Iraq to withdraw its troops.")
    assert kinds(events) == ["REQUEST"] and rows(events, "REQUEST")[0]["recipient"] == ["Iraq"]
    assert kinds(code("The airline would like the two courier firms to cooperate in future.")) == []
    events = code("He would like to meet the president.")
    assert [e["status"] for e in rows(events, "CONSULT")] == ["planned"]
