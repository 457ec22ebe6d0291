"""Long texts reach the parser in bounded pieces, whatever their shape, and the language stages read
at most MAX_CODED_CHARS of one article, saying so."""

from __future__ import annotations

import random

from storyline.annotate.nlp import MAX_PIECE, MAX_RUN_ON, pieces


def _check(text: str) -> list[tuple[int, str]]:
    out = pieces(text)
    assert "".join(p for _, p in out) == text
    assert all(text[o : o + len(p)] == p for o, p in out)
    return out


def test_one_line_without_punctuation_is_cut_into_short_pieces():
    rng = random.Random(7)
    words = ["the", "council", "said", "talks", "with", "union", "would", "resume", "after", "strike", "ended"]
    text = " ".join(rng.choice(words) for _ in range(60_000))  # about 300 KB on one line
    out = _check(text)
    assert max(len(p) for _, p in out) <= MAX_RUN_ON
    # cut at spaces: no word is split
    assert all(not (p[-1].isalpha() and text[o + len(p) : o + len(p) + 1].isalpha()) for o, p in out[:-1])


def test_prose_on_one_line_is_cut_at_sentence_ends():
    text = "The minister resigned on Monday after the vote. " * 3000
    out = _check(text)
    assert max(len(p) for _, p in out) <= MAX_PIECE
    assert all(p.rstrip().endswith(".") for _, p in out)


def test_paragraphs_are_the_first_choice():
    para = ("Rebels attacked the convoy near the border, officials said. " * 20).strip()
    text = "\n\n".join([para] * 60)
    out = _check(text)
    assert len(out) > 1 and all(len(p) <= MAX_PIECE for _, p in out)
    assert all(text[o : o + 2] == "\n\n" for o, _ in out[1:])


def test_a_short_article_is_one_piece():
    assert pieces("Talks resumed.") == [(0, "Talks resumed.")]


def test_an_article_past_the_coding_limit_is_cut_with_a_warning(coder, monkeypatch):
    import storyline.events as events

    monkeypatch.setattr(events, "MAX_CODED_CHARS", 2_000)
    text = "Rebels attacked the convoy near the border on Sunday, officials said. " * 100
    coded, problems = coder.code_many([("long", text, None, "unknown", "en")])
    assert [p.reason for p in problems] == ["too_long_to_code"]
    assert problems[0].severity == "warning"
    assert coded[0].events and all(e.trigger_end <= 2_000 for e in coded[0].events)
