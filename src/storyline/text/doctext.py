"""The text of a parsed spaCy Doc, read once per Doc.

`Doc.text` is not stored: spaCy joins every token's text and whitespace again on each read, so a
coder that asks for it per event, per date and per place pays a pass over the whole article each
time. The first read is kept in the Doc's `user_data` (a Doc's text never changes once parsed)."""

from __future__ import annotations

_KEY = "storyline.text"


def doc_text(doc) -> str:
    """`doc.text`, joined once per Doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
