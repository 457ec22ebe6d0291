"""Bad input never crashes a run and nothing is lost: every bad input, or bad record inside a good
file, becomes a Problem with path, record number and reason; every good record still becomes a Source."""

from __future__ import annotations

import gzip
import json
import os

import pytest

from storyline.ingest import InputFile, InputInfo, ReadOptions, discover, read_input
from storyline.records import Problem, Source

GOOD = "The ministers met on Monday and agreed to expand trade between their two countries by next year."


def read(path, opts=None):
    inp = InputFile(str(path), path.name, path.stat().st_size)
    items = list(read_input(inp, opts or ReadOptions(), InputInfo(str(path))))
    return [i for i in items if isinstance(i, Source)], [i for i in items if isinstance(i, Problem)]


def reasons(problems):
    return [p.reason for p in problems]


def test_binary_file_is_a_problem_naming_its_kind(tmp_path):
    p = tmp_path / "scan.txt"
    p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + bytes(range(256)))
    sources, problems = read(p)
    assert not sources and reasons(problems) == ["binary"] and "PDF" in problems[0].detail


def test_empty_and_whitespace_files_are_problems(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n\t\n")
    assert reasons(read(tmp_path / "empty.txt")[1]) == ["empty"]
    assert reasons(read(tmp_path / "blank.txt")[1]) == ["empty"]


def test_a_200_mb_text_file_is_refused_without_reading_it_whole(tmp_path):
    p = tmp_path / "huge.txt"
    chunk = (GOOD + "\n").encode() * 10000
    with open(p, "wb") as f:
        while f.tell() < 200 * 1024 * 1024:
            f.write(chunk)
    sources, problems = read(p)
    assert not sources and reasons(problems) == ["too_large"] and "--max-doc-mb" in problems[0].detail


def test_invalid_utf8_is_decoded_with_a_warning(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(GOOD.encode() + b" caf\xff " + GOOD.encode())
    sources, problems = read(p)
    assert len(sources) == 1 and "\ufffd" in sources[0].content
    assert reasons(problems) == ["encoding"] and problems[0].severity == "warning"


@pytest.mark.parametrize(
    "encoding,text",
    [
        ("cp1252", "Le ministre a déclaré que l'accord «était équilibré» et qu'il serait signé à Genève."),
        ("shift_jis", "外務大臣は月曜日に首都で会談し、両国間の貿易を拡大することで合意した。" * 3),
    ],
)
def test_legacy_encodings_are_detected(tmp_path, encoding, text):
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode(encoding))
    sources, problems = read(p)
    assert sources[0].content == text and not problems


def test_malformed_json_lines_among_good_ones(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": GOOD}),
                '{"id": "b", "text": "cut off',
                json.dumps({"id": "c", "text": GOOD}),
                json.dumps(["not", "a", "record"]),
                json.dumps({"id": "e", "title": "no body"}),
            ]
        )
        + "\n"
    )
    sources, problems = read(p)
    assert [s.id for s in sources] == ["a", "c"]
    assert [(q.reason, q.record) for q in problems] == [("bad_json", 2), ("not_an_object", 4), ("no_text", 5)]
    assert "array" in problems[1].detail


def test_truncated_gzip_keeps_the_records_before_the_cut(tmp_path):
    full = gzip.compress("".join(json.dumps({"id": str(i), "text": GOOD}) + "\n" for i in range(200)).encode())
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(full[: len(full) // 2])
    sources, problems = read(p)
    assert 0 < len(sources) < 200
    # the record the cut went through is reported with its number, then the cut itself
    assert reasons(problems) == ["bad_json", "truncated"] and problems[0].record == len(sources) + 1
    assert problems[1].severity == "warning"


def test_truncated_warc_keeps_earlier_records(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = BytesIO()
    w = WARCWriter(buf, gzip=True)
    for i in range(3):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = f"<html><body><p>{GOOD} {i}</p></body></html>".encode()
        w.write_record(
            w.create_warc_record(f"https://x.example/{i}", "response", payload=BytesIO(body), http_headers=http)
        )
    data = buf.getvalue()
    p = tmp_path / "cut.warc.gz"
    p.write_bytes(data[: int(len(data) * 0.8)])
    sources, problems = read(p)
    assert 1 <= len(sources) < 3 and reasons(problems) == ["truncated"]


def test_unclosed_feed_is_read_with_a_warning(tmp_path):
    p = tmp_path / "broken.rss"
    p.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>
<item><title>One</title><link>https://w.example/1</link><description>{GOOD}</description></item>
<item><title>Two</title><link>https://w.example/2</link><description>{GOOD}</description>""")
    sources, problems = read(p)
    assert len(sources) >= 1 and reasons(problems) == ["malformed_feed"]


def test_broken_csv_rows_are_problems_and_good_rows_articles(tmp_path):
    p = tmp_path / "export.csv"
    p.write_text(f'id,text\n1,"{GOOD}"\n2,"{GOOD}",extra\n3,"{GOOD}"\n')
    sources, problems = read(p)
    assert [s.id for s in sources] == ["1", "3"]
    assert [(q.reason, q.record) for q in problems] == [("bad_row", 2)]


def test_html_with_no_text_becomes_a_problem_at_extraction(tmp_path):
    from storyline.extract import extract

    p = tmp_path / "shell.html"
    p.write_text("<html><head><script>var x=1;</script></head><body><div id='app'></div></body></html>")
    sources, _ = read(p)
    result = extract(sources[0])
    assert isinstance(result, Problem) and result.reason == "no_text" and result.path == str(p)


def test_symlink_loop_is_reported_once_and_the_walk_finishes(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(GOOD)
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    os.symlink(tmp_path / "nowhere", tmp_path / "d" / "dangling.txt")
    items = list(discover([str(tmp_path)]))
    files = [i for i in items if not isinstance(i, Problem)]
    assert [f.id_base for f in files] == ["d/a.txt"]
    assert sorted(i.reason for i in items if isinstance(i, Problem)) == ["broken_link", "symlink_loop"]


def test_missing_path_is_a_problem(tmp_path):
    items = list(discover([str(tmp_path / "nope")]))
    assert len(items) == 1 and items[0].reason == "missing"
