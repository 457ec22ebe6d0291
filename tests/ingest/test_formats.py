"""Every input format becomes Sources with the right id, fields and provenance."""

from __future__ import annotations

import gzip
import json
from io import BytesIO

from storyline.ingest import InputFile, InputInfo, ReadOptions, discover, read_input
from storyline.records import Problem, Source


def read(path, name=None, opts=None):
    inp = InputFile(str(path), name or path.name, path.stat().st_size)
    info = InputInfo(str(path))
    items = list(read_input(inp, opts or ReadOptions(), info))
    return [i for i in items if isinstance(i, Source)], [i for i in items if isinstance(i, Problem)], info


ARTICLE = "The two foreign ministers met in the capital on Monday and agreed to expand trade between their countries."


def test_plain_text_file_is_one_article_named_after_the_file(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text(ARTICLE)
    sources, problems, info = read(p)
    assert [s.id for s in sources] == ["note.txt"] and not problems
    assert info.format == "text" and not sources[0].is_html


def test_html_is_recognised_by_content_even_with_a_txt_name(tmp_path):
    p = tmp_path / "saved.txt"
    p.write_text(f"<!DOCTYPE html><html><body><p>{ARTICLE}</p></body></html>")
    sources, _, info = read(p)
    assert info.format == "html" and sources[0].is_html


def test_jsonl_records_keep_their_ids_and_extra_fields(tmp_path):
    p = tmp_path / "a.jsonl"
    rows = [
        {"id": 7, "title": "T", "text": ARTICLE, "published": "2024-01-02", "source": "Wire", "topic": "x"},
        {"text": ARTICLE},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    sources, problems, _ = read(p)
    assert not problems
    assert sources[0].id == "7" and sources[0].title == "T" and sources[0].published == "2024-01-02"
    assert sources[0].source == "Wire" and sources[0].extra["topic"] == "x"
    assert sources[1].id == "a.jsonl#2" and sources[1].record == 2


def test_json_file_holds_one_object_a_list_or_a_wrapped_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": ARTICLE}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "x", "text": ARTICLE}, {"id": "y", "text": ARTICLE}]))
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"status": "ok", "articles": [{"url": "https://a.example/1", "content": ARTICLE}]}))
    assert [s.id for s in read(one)[0]] == ["one.json"]
    assert [s.id for s in read(many)[0]] == ["x", "y"]
    assert read(wrapped)[0][0].url == "https://a.example/1"


def test_csv_default_columns_and_user_mapping(tmp_path):
    p = tmp_path / "export.csv"
    p.write_text('uid,headline,body,pub_time\n1,Title,"' + ARTICLE + '",2024-03-01\n')
    sources, problems, _ = read(p)
    assert not problems and sources[0].id == "1" and sources[0].title == "Title"
    assert sources[0].published == "2024-03-01"
    q = tmp_path / "odd.tsv"
    q.write_text("key\tstory\n9\t" + ARTICLE + "\n")
    sources, _, _ = read(q, opts=ReadOptions(field_map={"id": "key", "text": "story"}))
    assert sources[0].id == "9" and sources[0].content == ARTICLE


def test_warc_html_responses_become_articles_identified_by_url(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "crawl.warc.gz"
    with open(p, "wb") as f:
        w = WARCWriter(f, gzip=True)
        html = f"<html><body><p>{ARTICLE}</p></body></html>".encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(
            w.create_warc_record(
                "https://n.example/a",
                "response",
                payload=BytesIO(html),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-05-01T10:00:00Z"},
            )
        )
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(
            w.create_warc_record(
                "https://n.example/logo.png", "response", payload=BytesIO(b"\x89PNG"), http_headers=img
            )
        )
    sources, problems, info = read(p)
    assert [s.id for s in sources] == ["https://n.example/a"] and not problems
    assert sources[0].extra["warc_date"].startswith("2024-05-01") and info.skipped == 1


def test_rss_and_atom_items_become_articles(tmp_path):
    rss = tmp_path / "feed.xml"
    rss.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://w.example/1</link><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;{ARTICLE}&lt;/p&gt;</description></item></channel></rss>""")
    atom = tmp_path / "feed.atom"
    atom.write_text(f"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Two</title><link href="https://a.example/2"/><updated>2024-02-02T00:00:00Z</updated>
<content type="html">&lt;p&gt;{ARTICLE}&lt;/p&gt;</content></entry></feed>""")
    s1, _, _ = read(rss)
    s2, _, _ = read(atom)
    assert s1[0].id == "https://w.example/1" and s1[0].source == "Wire" and s1[0].published
    assert s2[0].id == "https://a.example/2" and s2[0].is_html


def test_gzip_of_any_format_is_read_through(tmp_path):
    p = tmp_path / "a.jsonl.gz"
    with gzip.open(p, "wt") as f:
        f.write(json.dumps({"id": "g", "text": ARTICLE}) + "\n")
    t = tmp_path / "b.txt.gz"
    with gzip.open(t, "wt") as f:
        f.write(ARTICLE)
    assert [s.id for s in read(p)[0]] == ["g"]
    assert read(t)[0][0].content == ARTICLE


def test_directories_are_walked_recursively_with_relative_ids(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text(ARTICLE)
    (tmp_path / "top.md").write_text(ARTICLE)
    found = [f.id_base for f in discover([str(tmp_path)]) if not isinstance(f, Problem)]
    assert sorted(found) == ["a/b/x.txt", "top.md"]
