"""The actor network as a graph file (GraphML or GEXF, written by networkx): actors are nodes with
their kind, country and sector; merged events between two actors are one weighted, directed edge
per direction, with their commonest type (event_type) and QuadClass and the count of each QuadClass."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .export import ASSERTED_MERGED
from .store import Store

FORMATS = ("graphml", "gexf")


def _most_common(values: list[Any]) -> Any:
    """The most frequent value, the smallest of those tied: DuckDB's mode() picks any of a tie, so
    the same store exported twice could give two graphs."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def actor_graph(store: Store) -> Any:
    import networkx as nx

    g = nx.DiGraph()
    edges = store.query(
        f"""
        WITH ev AS (
            SELECT m.event_id, m.num_sources, e.quad_class, e.type,
                   json_extract_string(e.actors, '$[0].key') AS akey,
                   json_extract_string(e.recipients, '$[0].key') AS rkey
            FROM merged_events m JOIN events e ON e.mention_id = m.best_mention WHERE {ASSERTED_MERGED})
        SELECT ka.entity_id, kr.entity_id, count(*), list(ev.type), list(ev.quad_class),
               count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), sum(num_sources)
        FROM ev JOIN actor_keys ka ON ka.key = ev.akey JOIN actor_keys kr ON kr.key = ev.rkey
        WHERE ka.entity_id <> kr.entity_id GROUP BY 1, 2 ORDER BY 1, 2
        """
    ).fetchall()
    for source, target, n, kinds, quads, q1, q2, q3, q4, sources in edges:
        kind, quad = _most_common(kinds), _most_common(quads)
        g.add_edge(
            source,
            target,
            weight=int(n),
            event_type=kind or "",  # GEXF reserves "type" for the edge's direction
            quad_class=int(quad or 0),
            verbal_cooperation=int(q1),
            material_cooperation=int(q2),
            verbal_conflict=int(q3),
            material_conflict=int(q4),
            num_sources=int(sources or 0),
        )
    if g.number_of_nodes():
        nodes = store.query(
            "SELECT entity_id, name, kind, country, sector, mentions FROM entities "
            "WHERE entity_id IN (SELECT unnest(?::VARCHAR[]))",
            [sorted(g.nodes)],
        ).fetchall()
        for entity_id, name, kind, country, sector, mentions in nodes:
            g.nodes[entity_id].update(
                label=name or entity_id,
                kind=kind or "",
                country=country or "",
                sector=sector or "",
                mentions=int(mentions or 0),
            )
    return g


def write_graph(store: Store, fmt: str, path: str) -> tuple[int, int]:
    """Write the actor network to `path`; return (nodes, edges)."""
    import networkx as nx

    if fmt not in FORMATS:
        raise ValueError(f"unknown graph format {fmt!r}; choose one of {', '.join(FORMATS)}")
    g = actor_graph(store)
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(g, path)
    return g.number_of_nodes(), g.number_of_edges()
