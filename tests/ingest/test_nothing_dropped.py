"""Nothing is silently dropped: short feed items, headerless CSV, header-only CSV, blank JSONL, JSON
nested too deep, a WARC record without a URI - each is an article or a problem with a reason."""

from __future__ import annotations

import io
import json

from storyline.engine.local import RunOptions, run
from storyline.store import Store, export


def _run(path):
    db = str(path.parent / "s.duckdb")
    summary = run([str(path)], db, RunOptions(nlp=False, corpus=False, workers=1))
    return summary, db


def _rows(db, what):
    out = io.StringIO()
    with Store(db, read_only=True) as store:
        export(store, what, "jsonl", out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_a_feed_of_two_sentence_summaries_gives_articles(tmp_path):
    feed = tmp_path / "wire.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Wire</title>'
        "<item><title>Bridge reopens</title><link>https://valley.example/bridge</link>"
        "<description>&lt;p&gt;The river bridge reopened on Monday after repairs. Buses use it again.&lt;/p&gt;"
        "</description></item>"
        "<item><title>Mayor resigns</title><link>https://valley.example/mayor</link>"
        "<description>The mayor resigned on Tuesday. A vote follows in May.</description></item>"
        "</channel></rss>"
    )
    summary, db = _run(feed)
    assert summary.articles_added == 2 and not summary.problems
    texts = {a["id"]: a["text"] for a in _rows(db, "articles")}
    assert (
        texts["https://valley.example/bridge"]
        == "The river bridge reopened on Monday after repairs. Buses use it again."
    )
    assert texts["https://valley.example/mayor"] == "The mayor resigned on Tuesday. A vote follows in May."


def test_an_atom_entry_of_one_sentence_is_an_article(tmp_path):
    feed = tmp_path / "notes.atom"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title>'
        "<id>urn:n</id><updated>2024-01-02T00:00:00Z</updated><entry><title>Polls close</title><id>urn:1</id>"
        "<link href='https://notes.example/1'/><updated>2024-01-02T00:00:00Z</updated>"
        "<summary>Polls closed at eight in the evening.</summary></entry></feed>"
    )
    summary, db = _run(feed)
    assert summary.articles_added == 1
    assert _rows(db, "articles")[0]["text"] == "Polls closed at eight in the evening."


def test_csv_without_a_header_keeps_its_first_record_and_warns(tmp_path):
    path = tmp_path / "noheader.csv"
    path.write_text(
        "n-1,The council approved the new budget for schools and roads on Thursday evening.,2024-02-01\n"
        "n-2,Farmers drove tractors into the square on Friday to protest against fuel prices.,2024-02-02\n"
    )
    summary, db = _run(path)
    assert summary.articles_added == 2
    assert summary.problems == {"no_header": 1}
    ids = sorted(a["id"] for a in _rows(db, "articles"))
    assert ids == ["n-1", "n-2"]
    assert {a["published"] for a in _rows(db, "articles")} == {"2024-02-01", "2024-02-02"}


def test_a_csv_whose_first_row_names_columns_is_read_with_its_header(tmp_path):
    path = tmp_path / "withheader.csv"
    path.write_text("uid,story\nx-1,The council approved the new budget for schools on Thursday.\n")
    summary, _ = _run(path)
    assert summary.articles_added == 1 and not summary.problems


def test_header_only_csv_and_blank_jsonl_leave_a_reason(tmp_path):
    (tmp_path / "only.csv").write_text("id,text,date\n")
    (tmp_path / "blank.jsonl").write_text("\n\n  \n")
    summary = run([str(tmp_path)], str(tmp_path / "s.duckdb"), RunOptions(nlp=False, corpus=False, workers=1))
    assert summary.problems == {"header_only": 1, "empty": 1}
    inputs = {r["path"].rsplit("/", 1)[-1] for r in _rows(str(tmp_path / "s.duckdb"), "inputs")}
    assert inputs == {"only.csv", "blank.jsonl"}


def test_json_nested_100000_levels_is_a_problem_and_its_neighbours_are_kept(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "mixed.jsonl").write_text(
        '{"id": "a", "text": "The minister resigned on Monday after the vote."}\n'
        + '{"id": "deep", "text": "x", "f": '
        + "[" * 100_000
        + "]" * 100_000
        + "}\n"
        + '{"id": "b", "text": "Rebels attacked a convoy near the border on Sunday."}\n'
    )
    summary = run([str(tmp_path)], str(tmp_path / "s.duckdb"), RunOptions(nlp=False, corpus=False, workers=1))
    assert summary.problems == {"too_deep": 2}
    assert summary.articles_added == 2


def test_a_warc_response_without_target_uri_is_read_with_the_records_around_it(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for n, uri in enumerate(["https://a.example/1", None, "https://a.example/3"]):
        body = f"<html><body><article><p>Story {n}: the port reopened on Tuesday after storms, officials said.</p>"
        body += "<p>Ships queued outside the breakwater for hours before unloading.</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri or "https://x", "response", payload=io.BytesIO(body.encode()), http_headers=headers
        )
        if uri is None:
            record.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(record)
    (tmp_path / "crawl.warc.gz").write_bytes(buf.getvalue())
    summary, db = _run(tmp_path / "crawl.warc.gz")
    assert summary.articles_added == 3 and not summary.problems
    assert sorted(a["id"] for a in _rows(db, "articles")) == [
        "crawl.warc.gz#2",
        "https://a.example/1",
        "https://a.example/3",
    ]
