"""The report and the app tell the truth: counts that agree with the run summary and the export,
stories largest first, dyads and the network of named actors only, dates at their precision, and one
read door (store/views.py) for the report, the dossier and the app."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import duckdb
import pytest

from storyline.report import charts
from storyline.report.document import overview as overview_html
from storyline.report.document import write_report
from storyline.store import Store
from storyline.store import views as V
from storyline.store.export import rows

SRC = Path(__file__).resolve().parents[2] / "src" / "storyline"


def test_the_actor_count_agrees_with_the_run_summary_and_the_export(report_store):
    with Store(report_store, read_only=True) as store:
        shown = V.overview(store)["actors"]
        assert shown == store.counts()["entities"] == sum(1 for _ in rows(store, "entities"))


def test_largest_first_lists_stories_largest_first(report_store, tmp_path):
    with Store(report_store, read_only=True) as store:
        sizes = [s["originals"] for s in V.stories(store, limit=500, order="size")]
    assert len(sizes) > 3 and sizes == sorted(sizes, reverse=True)
    html = (tmp_path / "r.html").as_posix()
    write_report(report_store, html)
    listed = re.search(r'<h2 id="stories">.*?</table>', Path(html).read_text(), re.S).group(0)
    counts = [int(n) for n in re.findall(r'<span class="num">(\d+)</span>', listed)]
    assert counts and counts == sorted(counts, reverse=True)


def _common(entity_id: str) -> bool:
    return ":-:" in entity_id or entity_id.startswith("unresolved:")


def test_dyads_and_the_network_count_named_actors_only(report_store):
    with Store(report_store, read_only=True) as store:
        generic_parties = store.query(
            "SELECT count(*) FROM events e, unnest(json_extract_string(e.actors, '$[*].key')) t(key) "
            "LEFT JOIN actor_keys k ON k.key = t.key WHERE k.entity_id LIKE '%:-:%' OR t.key LIKE 'unresolved:%'"
        ).fetchone()[0]
        # the pile has events whose actor is a common noun ("officials"), unresolved in its article
        assert generic_parties
        pairs = V.busiest_dyads(store, 20)
        net = V.network(store, charts.NETWORK_NODES)
    assert pairs and net["nodes"]
    for p in pairs:
        assert not _common(p["a"]) and not _common(p["b"]), p
        assert p["events"] >= p["dated"] and sum(p["types"].values()) == p["events"]
    for n in net["nodes"]:
        assert n["name"] and not _common(n["id"]), n
    svg = charts.network(net["nodes"], net["edges"], "network")
    labels = re.findall(r"<text [^>]*>([^<]+)</text>", svg)
    assert len(labels) == len(net["nodes"])  # no unlabeled node


def test_the_map_names_its_busiest_places():
    points = [
        {"latitude": 39.0, "longitude": 125.7, "location": "Pyongyang", "type": "CONSULT", "num_sources": 2},
        {"latitude": 39.0, "longitude": 125.7, "location": "Pyongyang", "type": "AID", "num_sources": 1},
        {"latitude": 55.7, "longitude": 37.6, "location": "Moscow", "type": "CONSULT", "num_sources": 1},
    ]
    svg = charts.world(points, "map")
    assert "Pyongyang (2)</text>" in svg and "Moscow (1)</text>" in svg


@pytest.mark.parametrize(
    ("day", "precision", "since", "until", "inside"),
    [
        ("2023-09-01", "month", "2023-09-10", "2023-09-20", True),
        ("2023-09-01", "month", "2023-10-01", None, False),
        ("2004-01-01", "year", "2004-06-01", "2004-12-31", True),
        ("2004-01-01", "year", None, "2003-12-31", False),
        ("2023-09-12", "day", "2023-09-10", "2023-09-20", True),
        ("2023-09-12", "day", "2023-09-13", "2023-09-20", False),
    ],
)
def test_a_date_at_its_precision_is_a_span(day, precision, since, until, inside):
    pairs = V.overlaps(
        "d", "p", date.fromisoformat(since) if since else None, date.fromisoformat(until) if until else None
    )
    conditions, params = V._filters(*pairs)
    sql = "SELECT count(*) FROM (SELECT ?::DATE AS d, ? AS p) WHERE " + (" AND ".join(conditions) or "true")
    assert duckdb.connect().execute(sql, [day, precision, *params]).fetchone()[0] == int(inside)


def test_year_dated_articles_are_in_the_chart(tmp_path):
    import storyline

    pile = tmp_path / "pile.jsonl"
    texts = [
        ("a", "2004", "The harbour board in Kestrel Bay approved a new ferry timetable for the winter months."),
        ("b", "2004-03-02", "Farmers near the river town of Orlen reported an early harvest of winter wheat."),
        ("c", "2005-06", "A small museum in the hill village of Tarn opened a room of old weaving looms."),
    ]
    pile.write_text(
        "".join(json.dumps({"id": i, "published": d, "title": t[:30], "text": t}) + "\n" for i, d, t in texts)
    )
    db = tmp_path / "s.duckdb"
    storyline.run(pile, db=db, events=False, corpus=False)
    with Store(str(db), read_only=True) as store:
        o = V.overview(store)
    assert o["precisions"].get("year") == 1 and {y["year"]: y["n"] for y in o["years"]} == {"2004": 2, "2005": 1}
    html = overview_html(o)
    assert "Articles by year" in html and "2004: 2" in html and "1 known only to the year" in html
    assert "Dated 2004 to 2005-06" in html


def test_one_read_door():
    """The report, the dossier and the app read the store through store/views.py only: no SQL of their own."""
    for folder in ("report", "app"):
        for path in (SRC / folder).glob("*.py"):
            text = path.read_text()
            assert ".query(" not in text and ".con." not in text, path
            assert not re.search(r"\bSELECT\b", text), path
            assert "export import rows" not in text, path


def test_a_month_dated_event_is_drawn_on_its_month():
    def event(day, precision, kind):
        return {"date": day, "date_precision": precision, "type": kind, "num_sources": 1, "mention_quad_class": 1}

    svg = charts.timeline([event("2023-09-01", "month", "CONSULT"), event("2023-09-12", "day", "AID")], "t")
    assert ">2023-09-30</text>" in svg  # the axis reaches the end of the month the event may lie in
    bands = re.findall(r'<line x1="([\d.]+)" y1="[\d.]+" x2="([\d.]+)" [^>]*stroke-width="4"', svg)
    assert len(bands) == 1 and float(bands[0][1]) - float(bands[0][0]) > 500  # most of the axis: the month
    assert "2023-09 CONSULT" in svg  # its tooltip gives the month, not a day
