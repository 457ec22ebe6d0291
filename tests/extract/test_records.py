"""Text that arrives as a record's field is already the article: wire copy keeps its words, only
self-evident debris goes; a "Source:" line gives the outlet; language is decided the way news needs."""

from __future__ import annotations

import json
import re

import pytest

from storyline.extract import extract
from storyline.extract.debris import clean
from storyline.extract.language import detect
from storyline.records import Source

WORD = re.compile(r"\w+")

# hard-wrapped wire copy of our own: the first line is no title, a wrapped line starting with "by"
# or "published" is no byline, and nothing of it is "outside the article"
WIRE = """Harbour Holdings Inc said it has extended by ten business
days the expiration of its offer for Delta Cranes Corp, which
was due to expire on March 3.
    The company said about 4.1 mln shares, or 62 pct of the
outstanding stock, had been tendered so far, and that its
annual report will be published in more than 40 newspapers.
    A spokesman for Delta said its board had not yet decided
whether to recommend the offer to shareholders, said Gil L.
Moreno, the company's treasurer.
 Reuter
"""


def _record(text: str, fmt: str = "jsonl", title: str | None = "Harbour extends Delta offer") -> Source:
    return Source(id="r1", path="wire.jsonl", format=fmt, content=text, is_html=False, record=1, title=title)


def test_hard_wrapped_wire_copy_in_a_record_keeps_every_word():
    article = extract(_record(WIRE))
    kept = len(WORD.findall(article.text))
    assert kept == len(WORD.findall(WIRE))
    assert "Gil L. Moreno" in article.text.replace("\n", " ")
    assert article.title == "Harbour extends Delta offer"


def test_a_record_drops_only_lines_that_are_debris_by_themselves():
    text = "The council approved the budget on Thursday.\n\nAdvertisement\n\nRoads come first.\n\nNo."
    cleaned = clean(text, record=True)
    assert cleaned.text == "The council approved the budget on Thursday.\n\nRoads come first.\n\nNo."
    assert [r[2] for r in cleaned.removed] == ["advertising"]


def test_a_whole_page_dumped_into_a_record_is_still_cleaned_as_a_page():
    page = (
        "Home\nWorld\nSport\n\nAdvertisement\n\nFloods close the valley road\n\n"
        "Heavy rain closed the valley road on Sunday, and the army sent trucks to move families to the school, "
        "the regional governor said in a statement.\n\n"
        "Engineers expect the water to fall by Wednesday, when repairs to the bridge can begin in earnest.\n\n"
        "Share this article\nPost Comment\nMost read\nSubscribe to our newsletter\n"
    )
    article = extract(_record(page, title=None))
    assert article.text.startswith("Heavy rain closed the valley road")
    assert "Subscribe" not in article.text and "Home" not in article.text


def test_a_source_line_names_the_outlet_and_leaves_the_text():
    dump = (
        "Menu\nSearch\n\nKim and Putin meet at the cosmodrome\n\n"
        "The two leaders met at the launch site on Wednesday and toured the facilities for several hours.\n\n"
        "They later held talks over lunch, officials from both sides said in separate statements.\n\n"
        "Source: Valley Courier\n\nShare this article\n"
    )
    source = Source(id="d", path="d.txt", format="text", content=dump, is_html=False)
    article = extract(source)
    assert article.source == "Valley Courier"
    assert "Source:" not in article.text


def test_a_source_line_that_is_a_sentence_is_no_outlet():
    assert clean("Source: officials said the talks would resume.\n\nThe talks resumed on Monday.").outlet is None


@pytest.mark.parametrize(
    "text",
    [
        "Shr 45 cts vs 58 cts Net 1.1 mln vs 829,000 Sales 7.9 mln vs 9.4 mln Avg shrs 2,332,397 vs 1,428,000",
        "Qtly div 25 cts vs 25 cts prior Pay April one Record March 15 Reuter",
    ],
)
def test_tables_of_figures_are_not_a_foreign_language(text):
    language, _ = detect(text)
    assert language in ("en", None)  # None: undecided, read by the English stages


def test_english_function_words_make_english():
    text = "The board said it will pay a dividend of 25 cts a share, and that its net profit rose to 12 mln dlrs."
    assert detect(text)[0] == "en"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le ministre des affaires étrangères a rencontré son homologue à Wonsan samedi, selon l'agence.", "fr"),
        ("Der Außenminister traf am Samstag seinen Amtskollegen in Wonsan, wie die Agentur meldete.", "de"),
        ("El ministro de Exteriores se reunió el sábado con su homólogo en Wonsan, según la agencia.", "es"),
    ],
)
def test_other_languages_are_still_recognised(text, code):
    assert detect(text)[0] == code


def test_reuters_wire_copy_keeps_its_words_and_its_language(shared):
    """On the first 1,000 Reuters stories: no story keeps less than 95% of its words, none is skipped as
    a language the English stages cannot read."""
    short, skipped, n = [], [], 0
    with open(shared / "corpus" / "reuters21578.jsonl", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if not rec["text"].strip():
                continue
            n += 1
            if n > 1000:
                break
            source = Source(rec["id"], "r.jsonl", "jsonl", rec["text"], False, n, title=rec.get("title"))
            article = extract(source)
            if len(WORD.findall(article.text)) < 0.95 * len(WORD.findall(rec["text"])):
                short.append(rec["id"])
            if article.language not in ("en", None):
                skipped.append((rec["id"], article.language))
    assert not short, short[:5]
    assert not skipped, skipped[:5]
