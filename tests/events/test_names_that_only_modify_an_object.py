"""A name that only modifies a verb's object is not the person received, met or welcomed. Sentences are our own.

"Received the regulator's approval" and "received Health Ministry approval" say the same thing: the firm got a
permit, and no one came to visit. The object's head ("approval", "plans") is what the pattern must allow; the
names in front of it say whose it is.
"""

from __future__ import annotations

from conftest import kinds


def test_an_approval_received_is_no_visitor_received(code):
    assert kinds(code("The drug maker said it received Health Ministry approval to begin clinical trials.")) == []
    assert kinds(code("The state airline is to receive a government cash injection of 900 million francs.")) == []


def test_a_delegation_received_is_a_visit(code):
    assert kinds(code("The president received a Chinese trade delegation in the capital on Monday.")) == ["CONSULT"]


def test_plans_welcomed_are_supported_not_met(code):
    assert kinds(code("The bankers' association welcomed government plans to abolish controls on capital.")) == [
        "SUPPORT"
    ]
