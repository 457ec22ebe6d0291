"""The HTML report: one file, no script, nothing remote, hostile content escaped, every chart drawn."""

from __future__ import annotations

import re

from conftest import assert_inert, parsed_tags, run_cli
from storyline.report.document import Limits, write_report


def _report(report_store, tmp_path, **limits) -> str:
    out = tmp_path / "report.html"
    write_report(report_store, out, Limits(**limits) if limits else None)
    return out.read_text(encoding="utf-8")


def test_the_report_is_one_offline_file_with_no_script(report_store, tmp_path):
    html = _report(report_store, tmp_path)
    assert "<script" not in html.lower()  # the hostile titles' tags are text, not tags
    tags = parsed_tags(html)
    assert not [t for t in tags if "src" in t[1] or t[0] == "link"]  # nothing to load: styles inline, SVG drawn
    links = [t[1]["href"] for t in tags if t[0] == "a"]
    assert all(h.startswith("#") or h.startswith(("http://", "https://")) for h in links)  # article links only
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src &#x27;none&#x27;" in csp and "script-src" not in csp  # no script may run at all


def test_hostile_fields_are_escaped_everywhere(report_store, tmp_path):
    html = _report(report_store, tmp_path)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as the text it is
    assert_inert(html)
    assert "alert(5)" in html and "&lt;/script&gt;&lt;script&gt;alert(5)" in html  # the quote, escaped


def test_every_section_and_chart_is_drawn(report_store, tmp_path):
    html = _report(report_store, tmp_path)
    for section in ("overview", "stories", "dyads", "network", "actors"):
        assert f'id="{section}"' in html
    charts = re.findall(r'<svg class="chart".*?</svg>', html, re.S)
    assert len(charts) >= 5
    for svg in charts:  # an SVG with marks, not an empty box
        assert re.search(r"<(rect|circle|line)\b", svg)
    assert "Kim and Putin" in html and "six-day" in html  # a real story and its disagreement


def test_month_dates_show_as_months_and_long_lists_say_what_is_cut(report_store, tmp_path):
    html = _report(report_store, tmp_path, stories=1, latest=1, story_list=2, actors=3)
    assert re.search(r"2 of \d+ stories listed", html)
    assert re.search(r"3 of \d+ actors shown", html)
    assert 1 <= html.count('<details class="story"') <= 2  # the largest, and the latest if another
    assert ">2023-09<" in html or "2023-09 –" in html  # a month-precision date is not a first of the month


def test_report_command_writes_the_file_and_prints_its_path(report_store, tmp_path):
    out = tmp_path / "r.html"
    r = run_cli("report", "--db", report_store, "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == str(out.resolve())
    assert out.stat().st_size > 10_000


def test_every_link_inside_the_report_leads_somewhere(report_store, tmp_path):
    for limits in ({}, {"stories": 2, "latest": 1, "story_list": 8}):
        tags = parsed_tags(_report(report_store, tmp_path, **limits))
        ids = {attrs["id"] for _, attrs in tags if "id" in attrs}
        targets = {attrs["href"][1:] for tag, attrs in tags if tag == "a" and attrs.get("href", "").startswith("#")}
        assert targets and targets <= ids, targets - ids  # a story not shown in full is not a link
