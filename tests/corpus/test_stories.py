"""Copies and stories: exact and near copies point to their original; independent coverage of one
event is one story, not a copy; the same kind of event a year later is another story; stories grow
incrementally and their ids do not move."""

from __future__ import annotations

import io
import json

import pytest

from storyline.engine.local import RunOptions, run
from storyline.store import Store, export

# one event (a dam failure), reported by an agency and retold by a second outlet in its own words
AGENCY = (
    "Floodwater burst through the Valmora dam early on Tuesday, forcing the evacuation of 4,000 residents "
    "from three villages downstream, regional officials said.\n\n"
    "The dam, built in 1962, had been under repair since a spring inspection found cracks in its spillway. "
    "Rescue teams used boats to reach families trapped on rooftops in the village of Lerin.\n\n"
    "The regional governor said an inquiry would establish whether the repairs had been delayed, and the "
    "army sent two helicopters and 300 soldiers to help with the evacuation."
)
OWN_WORDS = (
    "Thousands fled their homes on Tuesday after the ageing Valmora dam gave way before dawn and sent a wall "
    "of water towards the villages below it.\n\n"
    "Boats ferried stranded families off the roofs of Lerin, where the river rose fastest, while soldiers "
    "and army helicopters joined the rescue.\n\n"
    "Engineers had warned in the spring that the spillway was cracked. The governor has promised an inquiry "
    "into why the repair work took so long."
)
ELECTION = (
    "Voters in the port city of Sarnau elected a new mayor on Sunday, choosing the former harbour master "
    "Ilse Brandt over the incumbent by a wide margin.\n\n"
    "Brandt promised to expand the tram network and to build 2,000 affordable flats before the next vote. "
    "Turnout was the highest in two decades, the election office said."
)


def _records(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def _rows(db, what):
    out = io.StringIO()
    with Store(db, read_only=True) as store:
        export(store, what, "jsonl", out)
    return {
        r.get("id") or r.get("article_id") or r.get("story_id"): r for r in map(json.loads, out.getvalue().splitlines())
    }


OPTIONS = RunOptions(nlp=False, workers=1)


def test_copies_point_to_their_original_and_own_words_are_not_a_copy(tmp_path):
    edited = AGENCY.replace("early on Tuesday", "on Tuesday morning").replace("two helicopters", "helicopters")
    trimmed = AGENCY.rsplit("\n\n", 1)[0] + "\n\nAdvertisement"
    rows = [
        {"id": "agency", "title": "Dam bursts", "text": AGENCY, "published": "2024-05-14", "source": "Agency"},
        {"id": "spaced", "title": "Dam bursts", "text": AGENCY.replace(", ", " , ").upper(), "published": "2024-05-14"},
        {"id": "edited", "title": "Valmora dam fails", "text": edited, "published": "2024-05-14", "source": "Daily"},
        {"id": "trimmed", "title": "Dam bursts", "text": trimmed, "published": "2024-05-15", "source": "Weekly"},
        {"id": "own-words", "title": "Dam gives way", "text": OWN_WORDS, "published": "2024-05-14", "source": "Herald"},
        {"id": "election", "title": "New mayor", "text": ELECTION, "published": "2024-05-12", "source": "Herald"},
    ]
    db = str(tmp_path / "s.duckdb")
    run([_records(tmp_path, "pile.jsonl", rows)], db, OPTIONS)
    articles = _rows(db, "articles")
    assert articles["spaced"]["duplicate_of"] == "agency" and articles["spaced"]["relation"] == "exact"
    assert articles["edited"]["duplicate_of"] == "agency" and articles["edited"]["relation"] == "near"
    assert articles["trimmed"]["duplicate_of"] == "agency" and articles["trimmed"]["relation"] == "near"
    assert articles["agency"]["duplicate_of"] is None
    assert articles["own-words"]["duplicate_of"] is None  # independent coverage: a story, not a copy
    dam_stories = {articles[i]["story_id"] for i in ("agency", "spaced", "edited", "trimmed", "own-words")}
    assert len(dam_stories) == 1
    assert articles["election"]["story_id"] not in dam_stories
    story = _rows(db, "stories")[dam_stories.pop()]
    assert story["articles"] == 5 and story["originals"] == 2
    assert story["first_date"] == "2024-05-14" and story["last_date"] == "2024-05-15"
    assert story["sources"] == ["Agency", "Daily", "Herald", "Weekly"]
    assert 3 <= len(story["summary"]) <= 5
    for cited in story["summary"]:
        text = articles[cited["article_id"]]["text"]
        assert text[cited["start"] : cited["end"]] == cited["sentence"]


def test_the_same_kind_of_event_a_year_later_is_another_story(tmp_path):
    later = (
        "The rebuilt Valmora dam overflowed on Friday after a week of storms, and 2,500 residents of Lerin and "
        "two other villages downstream were evacuated by boat and helicopter, regional officials said.\n\n"
        "The governor said the new spillway had held and that the inquiry into last year's dam failure would "
        "publish its findings next month. Soldiers were sent to reinforce the river banks."
    )
    rows = [
        {"id": "2024", "title": "Valmora dam bursts", "text": AGENCY, "published": "2024-05-14"},
        {"id": "2024b", "title": "Valmora dam gives way", "text": OWN_WORDS, "published": "2024-05-15"},
        {"id": "2025", "title": "Valmora dam overflows", "text": later, "published": "2025-06-20"},
        {"id": "mayor", "title": "New mayor in Sarnau", "text": ELECTION, "published": "2024-05-12"},
    ]
    db = str(tmp_path / "s.duckdb")
    run([_records(tmp_path, "pile.jsonl", rows)], db, OPTIONS)
    articles = _rows(db, "articles")
    assert articles["2024"]["story_id"] == articles["2024b"]["story_id"]
    assert articles["2025"]["story_id"] != articles["2024"]["story_id"]


def test_stories_grow_incrementally_and_keep_their_ids(tmp_path):
    db = str(tmp_path / "s.duckdb")
    first = [
        {"id": "a", "title": "Valmora dam bursts", "text": AGENCY, "published": "2024-05-14"},
        {"id": "e", "title": "New mayor in Sarnau", "text": ELECTION, "published": "2024-05-12"},
    ]
    run([_records(tmp_path, "first.jsonl", first)], db, OPTIONS)
    before = {i: r["story_id"] for i, r in _rows(db, "articles").items()}
    later = [{"id": "b", "title": "Valmora dam gives way", "text": OWN_WORDS, "published": "2024-05-15"}]
    summary = run([_records(tmp_path, "later.jsonl", later)], db, OPTIONS)
    after = {i: r["story_id"] for i, r in _rows(db, "articles").items()}
    assert summary.corpus["stories"] == 1  # only the new article was placed
    assert {k: after[k] for k in before} == before
    assert after["b"] == after["a"]


@pytest.mark.slow
def test_the_98_exact_duplicate_pairs_of_the_bbc_set_are_found(tmp_path, shared):
    db = str(tmp_path / "bbc.duckdb")
    run([str(shared / "corpus" / "bbc2225.jsonl")], db, RunOptions(nlp=False, workers=2))
    with Store(db, read_only=True) as store:
        texts = store.query(
            "SELECT s.text_hash, count(*) FROM article_signatures s GROUP BY 1 HAVING count(*) > 1"
        ).fetchall()
        pairs = sum(n * (n - 1) // 2 for _, n in texts)
        # an original is not a copy of its group (it may itself be a rewrite of an earlier article)
        unmarked = store.query(
            "SELECT count(*) FROM articles a JOIN article_signatures s ON s.article_id = a.id "
            "WHERE s.text_hash IN (SELECT text_hash FROM article_signatures GROUP BY 1 HAVING count(*) > 1) "
            "AND (a.duplicate_of IS NULL OR a.relation = 'rewrite')"
        ).fetchone()[0]
        exact = store.query("SELECT count(*) FROM articles WHERE relation = 'exact'").fetchone()[0]
    assert pairs >= 98
    assert unmarked == len(texts)  # one original per group of identical texts, every other member a copy
    assert exact >= 98


def test_a_template_filled_in_on_another_day_is_not_a_copy(tmp_path):
    report = (
        "The central bank entered the money market to arrange {amount} of customer repurchase agreements, "
        "a bank spokesman said. Dealers said overnight funds were trading at {rate} pct when the bank began "
        "its temporary and indirect supply of reserves to the banking system, and that they expected it to "
        "drain reserves again later in the week as tax payments flow in."
    )
    rows = [
        {"id": "mon", "text": report.format(amount="1.5 billion", rate="6-3/16"), "published": "1987-03-02"},
        {"id": "mon-again", "text": report.format(amount="1.5 billion", rate="6-3/16"), "published": "1987-03-02"},
        {"id": "fri", "text": report.format(amount="two billion", rate="6-5/16"), "published": "1987-03-13"},
        {"id": "mon-late", "text": report.format(amount="1.5 billion", rate="6-1/4"), "published": "1987-03-03"},
    ]
    db = str(tmp_path / "s.duckdb")
    run([_records(tmp_path, "pile.jsonl", rows)], db, OPTIONS)
    articles = _rows(db, "articles")
    assert articles["mon-again"]["duplicate_of"] == "mon"
    assert articles["mon-late"]["duplicate_of"] == "mon"  # a correction the next day: the same report
    assert articles["fri"]["duplicate_of"] is None  # eleven days later with other figures: a new report


def test_placing_in_chunks_gives_the_same_stories(tmp_path, monkeypatch):
    import functools

    from storyline.corpus import stories

    rows = [
        {"id": "agency", "title": "Dam bursts", "text": AGENCY, "published": "2024-05-14"},
        {"id": "own-words", "title": "Dam gives way", "text": OWN_WORDS, "published": "2024-05-14"},
        {"id": "election", "title": "New mayor", "text": ELECTION, "published": "2024-05-12"},
        {"id": "undated", "title": "Valmora dam inquiry", "text": OWN_WORDS.split("\n\n")[2] + " " + AGENCY[:200]},
    ]
    whole = str(tmp_path / "whole.duckdb")
    run([_records(tmp_path, "pile.jsonl", rows)], whole, OPTIONS)
    monkeypatch.setattr(stories, "assign_stories", functools.partial(stories.assign_stories, chunk=1))
    one_by_one = str(tmp_path / "chunked.duckdb")
    run([_records(tmp_path, "pile.jsonl", rows)], one_by_one, OPTIONS)
    assert {k: r["story_id"] for k, r in _rows(whole, "articles").items()} == {
        k: r["story_id"] for k, r in _rows(one_by_one, "articles").items()
    }


def test_matching_copies_a_slice_at_a_time_gives_the_same_groups(tmp_path, monkeypatch, shared):
    from storyline.corpus import duplicates

    with open(shared / "corpus" / "bbc2225.jsonl", encoding="utf-8") as f:
        lines = [next(f) for _ in range(400)]  # the first 400 BBC articles hold copies of each other
    pile = tmp_path / "bbc.jsonl"
    pile.write_text("".join(lines), encoding="utf-8")
    whole = str(tmp_path / "whole.duckdb")
    run([str(pile)], whole, OPTIONS)
    monkeypatch.setattr(duplicates, "SLICE", 7)
    sliced = str(tmp_path / "sliced.duckdb")
    run([str(pile)], sliced, OPTIONS)
    groups = _rows(whole, "duplicates")
    assert groups and groups == _rows(sliced, "duplicates")


def _lead(article: str, *keys: str, sentence: int = 0, kind_date=(None, None)):
    """A lead_mentions row: one asserted event in `article` whose actors have these keys."""
    from storyline.store.stories import LeadMention

    actors = json.dumps([{"key": k} for k in keys])
    return LeadMention(article, "CONSULT", actors, "[]", kind_date[0], kind_date[1], None, "unknown", sentence)


def test_the_piles_beat_is_no_protagonist_and_a_small_pile_has_none():
    from storyline.corpus.stories import beat_of, news_of, same_news

    # a pile of 400 Washington stories: the president leads 60 of them, a mayor 3
    beat = beat_of({"person:the president": 60, "person:a mayor": 3}, 400)
    assert beat == {"person:the president"}
    # a folder of 30 pages about one dyad: its leaders lead most pages, yet they are the news
    assert beat_of({"person:kim": 25, "person:putin": 22}, 30) == frozenset()
    rows = [
        _lead("envoy", "person:the president", "person:an envoy"),
        _lead("memo", "person:the president", "person:a former director"),
    ]
    news = news_of(rows, {}, beat)
    # the two leads share only the beat: different news, as an analyst would say
    assert same_news(news["envoy"], news["memo"]) is False
    assert same_news(*news_of(rows, {}).values()) is True  # without the beat they would look alike


def test_a_group_no_name_resolves_is_no_protagonist():
    from storyline.corpus.stories import news_of

    rows = [_lead("a", "group:-:-:lawyers", "person:a judge"), _lead("b", "group:-:-:lawyers")]
    news = news_of(rows, {})
    assert news["a"] == [(frozenset({"person:a judge"}), 0)]
    assert "b" not in news  # "the lawyers" alone name no one


def test_leads_are_compared_only_where_time_cannot_tell():
    from datetime import date

    from storyline.corpus.stories import _close_in_time

    launch, condemnation = (date(2024, 3, 4), "day"), (date(2024, 3, 6), "day")
    assert _close_in_time(launch, condemnation)  # one week's coverage may lead with anyone
    assert not _close_in_time(launch, (date(2024, 3, 30), "day"))  # next month's visit is another event
    assert not _close_in_time((date(2024, 3, 1), "month"), (date(2024, 3, 1), "month"))  # a month is vague
    assert not _close_in_time(launch, (None, "unknown"))


# other news of the pile, so that a template's words are rare in it
OTHER_NEWS = [
    {"id": "dam", "title": "Valmora dam bursts", "text": AGENCY, "published": "2024-05-14", "source": "Wire"},
    {"id": "dam-2", "title": "Dam gives way", "text": OWN_WORDS, "published": "2024-05-14", "source": "Herald"},
    {"id": "mayor", "title": "New mayor in Sarnau", "text": ELECTION, "published": "2024-05-12", "source": "Wire"},
]
# briefs on one template: a headline that names the company, a body of figures that names nobody
BRIEF = "Shr {a} cts vs {b} cts\n\nNet {c} mln vs {d} mln\n\nRevs {e} mln vs {f} mln\n\nWire"


def test_briefs_on_one_template_about_different_companies_are_different_stories(tmp_path):
    briefs = [
        {
            "id": f"brief-{n}",
            "title": f"{name} <{ticker}> 2ND QTR NET",
            "text": BRIEF.format(a=10 + n, b=8 + n, c=3 + n, d=2 + n, e=40 + n, f=35 + n),
            "published": "2024-07-20",
            "source": "Wire",
        }
        for n, (name, ticker) in enumerate(
            [("KESTREL FOODS INC", "KSTF"), ("ORBAN VALVE CORP", "ORBV"), ("TAMSIN MILLS LTD", "TMSN")]
        )
    ]
    db = str(tmp_path / "s.duckdb")
    run([_records(tmp_path, "briefs.jsonl", [*briefs, *OTHER_NEWS])], db, OPTIONS)
    articles = _rows(db, "articles")
    stories = {articles[f"brief-{n}"]["story_id"] for n in range(3)}
    assert len(stories) == 3  # the template's words ("QTR NET", "Shr", "Revs") are no event in common


def test_a_shared_rare_headline_word_is_not_an_event_in_common(tmp_path):
    rows = [
        {
            "id": "publisher",
            "title": "PELLAM PRESS DEBT UPGRADED",
            "text": "A rating agency said on Monday it upgraded the senior debt of Pellam Press Inc, the schoolbook "
            "publisher, citing lower borrowing after the sale of its magazine unit.\n\nAbout 120 mln dlrs of debt "
            "is affected.",
            "published": "2024-03-04",
            "source": "Wire",
        },
        {
            "id": "cattle",
            "title": "ORVANIA UPGRADED IN CATTLE FEVER PROGRAM",
            "text": "The farm ministry said it upgraded the state of Orvania to free status in its cattle fever "
            "eradication program after two years without a case, Minister Tomas Reyk told Parliament.\n\n"
            "Herds may now be moved without tests.",
            "published": "2024-03-04",
            "source": "Wire",
        },
        *OTHER_NEWS,
    ]
    db = str(tmp_path / "s.duckdb")
    run([_records(tmp_path, "rare.jsonl", rows)], db, OPTIONS)
    articles = _rows(db, "articles")
    assert articles["publisher"]["story_id"] != articles["cattle"]["story_id"]


def test_headlines_naming_one_subject_keep_their_story():
    from storyline.corpus.stories import different_subjects, subject_of
    from storyline.store.stories import HeadlineFact

    first = subject_of(
        HeadlineFact("a", "Valmora Dam Bursts, Thousands Flee", "Agency", AGENCY.replace("Floodwater", "Water"))
    )
    second = subject_of(HeadlineFact("b", "Army Joins Rescue After Valmora Dam Fails", "Herald", OWN_WORDS))
    # Title Case capitalises verbs ("Bursts", "Joins"): only words the text itself capitalises are names
    assert first is not None and "valmo" in first.names and "burst" not in first.names
    assert not different_subjects(first, second)
    publisher = subject_of(
        HeadlineFact(
            "p",
            "PELLAM PRESS DEBT UPGRADED",
            "Wire",
            "It upgraded the debt of Pellam Press Inc, said analyst Ruth Oya.",
        )
    )
    assert publisher is not None and publisher.names == {"pella", "press"}
    assert different_subjects(first, publisher)
    assert subject_of(HeadlineFact("x", "Dam bursts", "Wire", "")) is None  # no text: nothing to read names from


def test_story_weights_sum_exactly_whatever_the_threads(tmp_path):
    """Float sums in parallel aggregation depend on the threads' order; the stories stage sums
    DECIMALs, so the same store gives the same neighbours."""
    from storyline.store import stories as queries

    texts = [AGENCY, OWN_WORDS, ELECTION, AGENCY.replace("Lerin", "Osk"), ELECTION.replace("Sarnau", "Velt")]
    rows = [{"id": f"a{n}", "title": f"Report {n}", "text": t, "published": "2024-05-14"} for n, t in enumerate(texts)]
    db = str(tmp_path / "s.duckdb")
    run([_records(tmp_path, "pile.jsonl", rows)], db, OPTIONS)
    ids = [f"a{n}" for n in range(len(texts))]
    with Store(db) as store, queries.story_weights(store):
        kind = store.con.execute("SELECT typeof(w) FROM story_weights LIMIT 1").fetchone()[0]
        assert kind.startswith("DECIMAL")
        seen = set()
        for threads in (1, 4):
            store.con.execute(f"SET threads = {threads}")
            seen.add(tuple(queries.story_candidates(store, ids, 0.0, 10)))
        assert len(seen) == 1 and len(next(iter(seen))) > 0


def test_candidate_cosines_are_the_decimal_sums_bit_for_bit(tmp_path):
    """The candidate join sums the weights' integer halves, not their DECIMAL products: each cosine it
    gives must be the very double the plain DECIMAL sum gives, so the stories cannot move."""
    from storyline.store import stories as queries

    # short reports of a few rare words: heavy weights, so dot products pass 1 and their doubles' last
    # bits depend on how the exact sum is turned into a double
    words = [
        "valmora",
        "lerin",
        "sarnau",
        "brandt",
        "spillway",
        "harbour",
        "tram",
        "turnout",
        "ferried",
        "rooftops",
        "governor",
        "inquiry",
    ]
    texts = [" ".join(words[(n * k) % len(words)] for k in range(1, 3 + n % 4)) for n in range(1, 41)]
    rows = [{"id": f"a{n}", "title": f"Report {n}", "text": t, "published": "2024-05-14"} for n, t in enumerate(texts)]
    db = str(tmp_path / "s.duckdb")
    run([_records(tmp_path, "pile.jsonl", rows)], db, OPTIONS)
    with Store(db) as store, queries.story_weights(store):
        ids = [r[0] for r in store.con.execute("SELECT id FROM articles WHERE duplicate_of IS NULL").fetchall()]
        plain = store.con.execute(
            """
            WITH pairs AS (SELECT a.article_id AS a, b.article_id AS b, sum(a.w * b.w) AS dot
                           FROM story_weights a JOIN story_weights b ON a.term = b.term AND a.rare AND b.rare
                           WHERE a.article_id <> b.article_id GROUP BY 1, 2)
            SELECT a, b, CAST(dot AS DOUBLE) / (na.nrm * nb.nrm) FROM pairs
            JOIN story_norms na ON na.article_id = a JOIN story_norms nb ON nb.article_id = b
            """
        ).fetchall()
        expected = {(a, b): sim for a, b, sim in plain}
        found = queries.story_candidates(store, ids, 0.0, 100)
        assert found and len(found) == len(expected)
        assert all(expected[(c.article_id, c.other_id)] == c.similarity for c in found)
