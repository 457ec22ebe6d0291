"""The command line: a thin layer over the API, clear errors, a summary, every table exportable."""

from __future__ import annotations

import json

from conftest import EXAMPLES, run_cli


def test_run_prints_a_summary_and_export_keeps_ids(tmp_path):
    db = tmp_path / "s.duckdb"
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps(
            {
                "id": "my-id-1",
                "text": "Rebels attacked the army base near the capital on Monday, officials said.",
                "published": "2024-03-05",
            }
        )
        + "\n"
        + "{broken\n"
    )
    r = run_cli("run", str(src), "--db", str(db), "--quiet")
    assert r.returncode == 0, r.stderr
    assert "1 added" in r.stdout and "bad_json" in r.stdout
    out = run_cli("export", "--db", str(db), "--what", "mentions")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and rows[0]["article_id"] == "my-id-1" and rows[0]["type"] == "ASSAULT"
    problems = run_cli("export", "--db", str(db), "--what", "problems", "--format", "csv")
    assert "bad_json" in problems.stdout and str(src) in problems.stdout


def test_jsonl_on_standard_input(tmp_path):
    db = tmp_path / "s.duckdb"
    line = json.dumps(
        {"id": "stdin-1", "text": "The two presidents met in Geneva on Tuesday.", "published": "2021-06-16"}
    )
    r = run_cli("run", "-", "--db", str(db), "--quiet", "--no-events", stdin=line + "\n")
    assert r.returncode == 0, r.stderr
    out = run_cli("export", "--db", str(db), "--what", "articles")
    assert json.loads(out.stdout.splitlines()[0])["id"] == "stdin-1"


def test_unusable_arguments_give_one_line_and_exit_2(tmp_path):
    r = run_cli("run", str(tmp_path / "missing"), "--db", str(tmp_path / "s.duckdb"))
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "no such file" in r.stderr
    (tmp_path / "a.txt").write_text("x")
    r = run_cli("run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "no" / "such" / "dir" / "s.duckdb"))
    assert r.returncode == 2 and "does not exist" in r.stderr
    r = run_cli("export", "--db", str(tmp_path / "none.duckdb"))
    assert r.returncode == 2 and "no store" in r.stderr


def test_code_prints_jsonl_events():
    r = run_cli(
        "code",
        "--published",
        "2024-01-10",
        stdin="Iran threatened to close the Strait of Hormuz.\nThe weather was fine.\n",
    )
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["article_id"], x["type"]) for x in rows] == [("1", "THREATEN")]


def test_clean_explains_what_it_removed():
    r = run_cli("clean", str(EXAMPLES / "dumps" / "peninsula-post-treaty.txt"), "--explain")
    assert r.returncode == 0
    removed = [line for line in r.stdout.splitlines() if line.startswith("- ")]
    assert any("widgets_and_chrome" in line and "28.1 C" in line for line in removed)
    assert any("senior correspondent" in line for line in removed)  # the author bio
    assert "mutual defence clause" in r.stdout.split("\n\n", 1)[1]


def test_demo_corpus_report(tmp_path):
    db = tmp_path / "demo.duckdb"
    r = run_cli("run", str(EXAMPLES), "--db", str(db), "--quiet")
    assert r.returncode == 0, r.stderr
    assert "binary" in r.stdout and "language fr" in r.stdout
    rep = run_cli("report", "--db", str(db), "--dyad", "RUS", "PRK")
    assert rep.returncode == 0, rep.stderr
    assert "Timeline: Russia (RUS) <-> North Korea (PRK)" in rep.stdout and "Sergei Lavrov" in rep.stdout


def test_a_bad_pattern_file_is_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "mine.yaml"
    bad.write_text("verbs:\n  CONSULT:\n    - {lemma: huddle, objekts: [minister]}\n")
    result = run_cli("run", str(EXAMPLES / "wires"), "--db", str(tmp_path / "s.duckdb"), "--patterns", str(bad))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "objekts" in result.stderr
