"""Two readings the unread split `fresh8` showed missing or wrong (read at round 18's end). Sentences are our own.

- "Gross" measures output or profit ("gross industrial output") more often than it judges; a gross violation is
  judged by its noun.
- Charged under a law is charged with breaking it (ACCUSE); a fee charged under rules is a price.
"""

from __future__ import annotations

from conftest import kinds


def test_gross_output_judges_no_one(code):
    text = "Prime Minister Li Gun-mo told the assembly that North Korea intends to increase gross industrial output."
    assert kinds(code(text)) == []
    assert "ACCUSE" in kinds(code("The minister said the raid was a gross violation of human rights."))


def test_charged_under_a_law_is_charged(code):
    rows = code("Five men were charged under the Terrorism Act.")
    assert kinds(rows) == ["ACCUSE"] and rows[0]["recipient"] == ["men"]
    assert kinds(code("The fee was charged under the new rules.")) == []
