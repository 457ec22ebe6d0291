"""GDELT-compatible tables, Parquet for every table, and the actor network as GraphML and GEXF."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from conftest import run_cli
from storyline.store import Store
from storyline.store.export import WHATS, export
from storyline.store.gdelt import EVENT_COLUMNS, MENTION_COLUMNS


def test_gdelt_events_have_61_columns_in_gdelts_order(report_store, tmp_path):
    out = tmp_path / "events.tsv"
    r = run_cli("export", "--db", report_store, "--what", "events", "--format", "gdelt", "-o", str(out))
    assert r.returncode == 0, r.stderr
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(len(row) == 61 for row in rows)
    col = {name: i for i, name in enumerate(EVENT_COLUMNS)}
    assert EVENT_COLUMNS[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert EVENT_COLUMNS[-2:] == ["DATEADDED", "SOURCEURL"]
    roots = {row[col["EventRootCode"]] for row in rows}
    assert roots and all(len(r) == 2 and r.isdigit() for r in roots)  # "04", not 4
    assert any(r.startswith("0") for r in roots)
    assert all(row[col["GLOBALEVENTID"]].isdigit() for row in rows)
    dated = [row for row in rows if row[col["SQLDATE"]]]
    assert dated and all(len(row[col["SQLDATE"]]) == 8 for row in dated)
    coded = [row for row in rows if row[col["Actor1Code"]]]
    assert any(row[col["Actor1Code"]].startswith(("RUS", "PRK")) for row in coded)
    for row in rows:  # a page without a web address is named by its id, never by a javascript: URL
        assert not row[col["SOURCEURL"]].lower().startswith(("javascript:", "data:"))
    with Store(report_store, read_only=True) as store:
        merged = store.query(
            "SELECT count(*) FROM merged_events WHERE status NOT IN ('hypothetical', 'negated') AND NOT background_only"
        ).fetchone()[0]
    assert len(rows) == merged  # one row per merged event


def test_gdelt_mentions_have_one_row_per_mention(report_store):
    r = run_cli("export", "--db", report_store, "--what", "mentions", "--format", "gdelt")
    assert r.returncode == 0, r.stderr
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    assert rows and all(len(row) == len(MENTION_COLUMNS) == 16 for row in rows)
    events = run_cli("export", "--db", report_store, "--what", "events")
    expected = sum(json.loads(line)["num_mentions"] for line in events.stdout.splitlines())
    assert len(rows) == expected


def test_gdelt_is_only_for_events_and_mentions(report_store):
    r = run_cli("export", "--db", report_store, "--what", "articles", "--format", "gdelt")
    assert r.returncode == 2 and "gdelt" in r.stderr


@pytest.mark.parametrize("what", WHATS)
def test_every_table_exports_as_parquet(report_store, tmp_path, what):
    out = tmp_path / f"{what}.parquet"
    with Store(report_store, read_only=True) as store:
        n = export(store, what, "parquet", str(out))
    assert pq.read_table(out).num_rows == n


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_the_actor_network_as_a_graph_file(report_store, tmp_path, fmt):
    import networkx as nx

    out = tmp_path / f"net.{fmt}"
    r = run_cli("export", "--db", report_store, "--what", "graph", "--format", fmt, "-o", str(out))
    assert r.returncode == 0, r.stderr
    g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(out)
    assert g.number_of_nodes() > 5 and g.number_of_edges() > 5
    assert g.nodes["country:RUS"]["country"] == "RUS"
    edge = next(iter(g.edges(data=True)))[2]
    assert {"weight", "event_type", "quad_class"} <= set(edge)
