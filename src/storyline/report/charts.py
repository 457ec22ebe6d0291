"""Charts as plain SVG strings: no script, no library to ship, readable in any browser and printable.

Each chart scales to its container (viewBox, width 100%), says what it shows in a <title>, and gives
every mark a tooltip. Positions are computed here from values already aggregated in the store.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from ..text.plural import plural
from .html import QUAD_COLOURS, QUAD_NAMES, esc, when


def _svg(width: int, height: int, body: str, label: str) -> str:
    return (
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{esc(label)}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{esc(label)}</title>{body}</svg>'
    )


def empty(label: str) -> str:
    return f'<p class="muted">{esc(label)}: nothing to draw.</p>'


def histogram(counts: list[tuple[str, int]], label: str, width: int = 900, height: int = 180) -> str:
    """Bars per period (e.g. month), labelled at the ends and at the tallest bar."""
    if not counts:
        return empty(label)
    counts = _every_month(counts)
    left, bottom, top = 34, 22, 10
    peak = max(n for _, n in counts) or 1
    slot = (width - left - 6) / len(counts)
    bars = []
    for i, (period, n) in enumerate(counts):
        h = (height - bottom - top) * n / peak
        x = left + i * slot
        bars.append(
            f'<rect x="{x + slot * 0.1:.1f}" y="{height - bottom - h:.1f}" width="{max(slot * 0.8, 1):.1f}" '
            f'height="{h:.1f}" fill="#0b5fa5"><title>{esc(period)}: {n}</title></rect>'
        )
    axis = (
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 4}" y2="{height - bottom}" stroke="#cbd5e1"/>'
        f'<text x="{left - 4}" y="{top + 8}" text-anchor="end">{peak}</text>'
        f'<text x="{left - 4}" y="{height - bottom}" text-anchor="end">0</text>'
        f'<text x="{left}" y="{height - 6}">{esc(counts[0][0])}</text>'
        f'<text x="{width - 4}" y="{height - 6}" text-anchor="end">{esc(counts[-1][0])}</text>'
    )
    return _svg(width, height, axis + "".join(bars), label)


def _every_month(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Monthly (or yearly) counts with the empty months (years) between filled in as zero: the axis is time."""
    if all(len(p) == 4 and p.isdigit() for p, _ in counts):
        have_years = dict(counts)
        first_year, last_year = int(counts[0][0]), int(counts[-1][0])
        return [(str(y), have_years.get(str(y), 0)) for y in range(first_year, last_year + 1)]
    try:
        have = {date.fromisoformat(f"{m}-01"): n for m, n in counts}
    except ValueError:
        return counts
    first, last = min(have), max(have)
    out, d = [], first
    while d <= last:
        out.append((d.strftime("%Y-%m"), have.get(d, 0)))
        d = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return out


def _span_end(d: date, precision: str | None) -> date:
    """The last day a date at its precision may stand for (a month-dated event: the month's last day)."""
    if precision == "year":
        return date(d.year, 12, 31)
    if precision == "month":
        return date(d.year + d.month // 12, d.month % 12 + 1, 1) - timedelta(days=1)
    return d


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def timeline(events: list[dict], label: str, width: int = 900) -> str:
    """Merged events on a date axis, one lane per event type, coloured by QuadClass, sized by sources.
    Events known only to the month or year sit at the start of it, drawn hollow."""
    dated = [(e, _day(e.get("date"))) for e in events]
    dated = [(e, d, _span_end(d, e.get("date_precision"))) for e, d in dated if d]
    if not dated:
        return empty(label)
    types = sorted({e["type"] for e, _, _ in dated})
    lane, left, right, top, bottom = 26, 130, 16, 10, 26
    height = top + bottom + lane * len(types)
    first, last = min(d for _, d, _ in dated), max(end for _, _, end in dated)
    span = max((last - first).days, 1)

    inner = 14  # keeps the first and last marks off the lane labels and the edge

    def x(d: date) -> float:
        if last == first:
            return (left + width - right) / 2
        return left + inner + (width - left - right - 2 * inner) * (d - first).days / span

    marks = []
    for i, t in enumerate(types):
        y = top + lane * i + lane / 2
        marks.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{esc(t)}</text>')
        marks.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#eef2f7"/>')
    for e, d, end in dated:
        y = top + lane * types.index(e["type"]) + lane / 2
        r = 4 + min(6, 2 * math.log2(1 + (e.get("num_sources") or 1)))
        colour = QUAD_COLOURS.get(e.get("mention_quad_class"), QUAD_COLOURS[None])
        exact = end == d
        fill = colour if exact else "#fff"
        who = ", ".join(x or "?" for x in e.get("actor") or []) or "?"
        whom = ", ".join(x or "?" for x in e.get("recipient") or []) or "?"
        shown = when(e.get("date"), e.get("date_precision"))
        tip = f"{shown} {e['type']}: {who} -> {whom} ({plural(e.get('num_sources') or 0, 'source')})"
        if not exact:  # known only to its month or year: the span it may lie in, the mark at its middle
            marks.append(
                f'<line x1="{x(d):.1f}" y1="{y:.1f}" x2="{x(end):.1f}" y2="{y:.1f}" stroke="{colour}" '
                f'stroke-width="4" stroke-opacity="0.35" stroke-linecap="round"><title>{esc(tip)}</title></line>'
            )
        cx = (x(d) + x(end)) / 2
        marks.append(
            f'<circle cx="{cx:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{fill}" stroke="{colour}" stroke-width="2" '
            f'fill-opacity="0.85"><title>{esc(tip)}</title></circle>'
        )
    base = height - bottom
    marks.append(f'<line x1="{left}" y1="{base}" x2="{width - right}" y2="{base}" stroke="#cbd5e1"/>')
    marks.append(f'<text x="{left}" y="{height - 8}">{first.isoformat()}</text>')
    if last != first:
        marks.append(f'<text x="{width - right}" y="{height - 8}" text-anchor="end">{last.isoformat()}</text>')
    return _svg(width, height, "".join(marks), label)


NODE_COLOURS = {"country": "#0f766e", "person": "#7c3aed", "org": "#0369a1"}


def legend(hollow: bool = True, kinds: bool = False) -> str:
    items = "".join(f'<span><i style="background:{QUAD_COLOURS[q]}"></i>{esc(n)}</span>' for q, n in QUAD_NAMES.items())
    if hollow:
        items += "<span>hollow, on a band: known only to the month or year it may lie in</span>"
    if kinds:
        items += "".join(
            f'<span><i style="background:{c};border-radius:50%"></i>{esc(k)}</span>'
            for k, c in [*NODE_COLOURS.items(), ("group", "#64748b")]
        )
    return f'<div class="legend">{items}</div>'


def dyad(series: list[dict], a: str, b: str, names: dict[str, str], width: int = 900) -> str:
    """Cooperation (up) and conflict (down) per month, one bar pair per direction: A -> B left of
    B -> A in each month."""
    label = f"{names.get(a, a)} and {names.get(b, b)}: cooperation (up) and conflict (down) by month"
    if not series:
        return empty(label)
    months = [m for m, _ in _every_month([(r["month"], 0) for r in series])]
    left, bottom, top = 70, 24, 10
    up_peak = max(r["cooperation"] for r in series)
    down_peak = max(r["conflict"] for r in series)
    height = 70 + 30 * (bool(up_peak) + bool(down_peak)) * 2  # no empty half when one side has nothing
    scale = (height - top - bottom) / max(up_peak + down_peak, 1)
    mid = top + up_peak * scale
    slot = (width - left - 6) / len(months)
    colours = {(a, b): ("#0b5fa5", "#c2410c"), (b, a): ("#74a9cf", "#f59e0b")}
    marks = [f'<line x1="{left}" y1="{mid:.1f}" x2="{width - 4}" y2="{mid:.1f}" stroke="#94a3b8"/>']
    for r in series:
        key = (r["actor"], r["recipient"])
        if key not in colours:
            continue
        i = months.index(r["month"])
        side = 0 if key == (a, b) else 1
        w = min(max(slot * 0.38, 1), 28)
        x = left + i * slot + slot / 2 + (-w - 1 if side == 0 else 1)
        up, down = colours[key]
        direction = f"{names.get(key[0], key[0])} -> {names.get(key[1], key[1])}"
        if r["cooperation"]:
            h = r["cooperation"] * scale
            marks.append(
                f'<rect x="{x:.1f}" y="{mid - h:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{up}">'
                f"<title>{esc(r['month'])} {esc(direction)}: {r['cooperation']} cooperation</title></rect>"
            )
        if r["conflict"]:
            h = r["conflict"] * scale
            marks.append(
                f'<rect x="{x:.1f}" y="{mid:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{down}">'
                f"<title>{esc(r['month'])} {esc(direction)}: {r['conflict']} conflict</title></rect>"
            )
    if up_peak:
        marks.append(f'<text x="{left - 6}" y="{top + 8}" text-anchor="end">{up_peak} coop.</text>')
    marks.append(f'<text x="{left - 6}" y="{mid + 4:.1f}" text-anchor="end">0</text>')
    if down_peak:
        marks.append(f'<text x="{left - 6}" y="{height - bottom}" text-anchor="end">{down_peak} confl.</text>')
    marks.append(f'<text x="{left}" y="{height - 6}">{esc(months[0])}</text>')
    if len(months) > 1:
        marks.append(f'<text x="{width - 4}" y="{height - 6}" text-anchor="end">{esc(months[-1])}</text>')
    return _svg(width, height, "".join(marks), label)


def dyad_legend(a: str, b: str, names: dict[str, str]) -> str:
    an, bn = esc(names.get(a, a)), esc(names.get(b, b))
    return (
        '<div class="legend">'
        f'<span><i style="background:#0b5fa5"></i>{an} → {bn} cooperation</span>'
        f'<span><i style="background:#c2410c"></i>{an} → {bn} conflict</span>'
        f'<span><i style="background:#74a9cf"></i>{bn} → {an} cooperation</span>'
        f'<span><i style="background:#f59e0b"></i>{bn} → {an} conflict</span></div>'
    )


NETWORK_NODES = 24  # actors on the network drawing, every one named: more would pile their labels up


def network(nodes: list[dict], edges: list[dict], label: str, width: int = 900, height: int = 560) -> str:
    """The actor network, laid out by networkx (spring layout, fixed seed: the same picture every
    time); edges coloured by their commonest QuadClass, thicker with more events."""
    if not nodes or not edges:
        return empty(label)
    import networkx as nx

    g = nx.Graph()
    for n in nodes:
        g.add_node(n["id"])
    for e in edges:
        w = g.get_edge_data(e["source"], e["target"], {}).get("weight", 0)
        g.add_edge(e["source"], e["target"], weight=w + e["weight"])
    # a weak hub tied to every actor keeps separate groups on one page instead of drifting apart
    hub = object()
    g.add_edges_from((hub, n, {"weight": 0.02}) for n in list(g.nodes))
    pos = nx.spring_layout(g, seed=7, k=3.0 / math.sqrt(max(len(g), 1)), iterations=300, weight=None)
    g.remove_node(hub)
    pos.pop(hub)
    pad = 70
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)

    def at(n: str) -> tuple[float, float]:
        px, py = pos[n]
        return (
            pad + (width - 2 * pad) * ((px - x0) / (x1 - x0) if x1 > x0 else 0.5),
            30 + (height - 60) * ((py - y0) / (y1 - y0) if y1 > y0 else 0.5),
        )

    names = {n["id"]: n["name"] for n in nodes}
    degree = dict(g.degree(weight="weight"))
    peak = max(e["weight"] for e in edges)
    marks = []
    for e in edges:
        (ax, ay), (bx, by) = at(e["source"]), at(e["target"])
        colour = QUAD_COLOURS.get(e.get("quad_class"), QUAD_COLOURS[None])
        tip = f"{names.get(e['source'])} -> {names.get(e['target'])}: {e['weight']} events, mostly {e.get('type')}"
        marks.append(
            f'<line x1="{ax:.1f}" y1="{ay:.1f}" x2="{bx:.1f}" y2="{by:.1f}" stroke="{colour}" '
            f'stroke-width="{1 + 4 * e["weight"] / peak:.1f}" stroke-opacity="0.7"><title>{esc(tip)}</title></line>'
        )
    labels = []
    for n in nodes:
        if n["id"] not in pos:
            continue
        x, y = at(n["id"])
        r = 5 + min(12, 2.5 * math.sqrt(degree.get(n["id"], 1)))
        fill = NODE_COLOURS.get(n.get("kind"), "#64748b")
        tip = f"{n['name']} ({n.get('kind')}{', ' + n['country'] if n.get('country') else ''})"
        marks.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{fill}" stroke="#fff" stroke-width="1.5">'
            f"<title>{esc(tip)}</title></circle>"
        )
        if n.get("name"):  # views.network draws named actors only: every node has its label
            labels.append(
                f'<text x="{x:.1f}" y="{y - r - 3:.1f}" text-anchor="middle" stroke="#f8fafc" stroke-width="3" '
                f'paint-order="stroke">{esc(n["name"][:28])}</text>'
            )
    marks.extend(labels)
    return _svg(width, height, "".join(marks), label)


PLACES_NAMED = 14  # the busiest places named on the map; the others by tooltip


def world(points: list[dict], label: str, width: int = 900, height: int = 450) -> str:
    """Events on an equirectangular grid (no installed package ships a world outline under a licence
    we may bundle, and nothing is downloaded): meridians and parallels every 30 degrees with their
    degrees, a dot per event sized by its sources, and the busiest places named so the grid reads
    as a map."""
    if not points:
        return empty(label)

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (lon + 180) / 360 * width, (90 - lat) / 180 * height

    marks = [f'<rect width="{width}" height="{height}" fill="#f1f5f9"/>']
    for lon in range(-180, 181, 30):
        x, _ = xy(0, lon)
        marks.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" stroke="#dbe3ec"/>')
    for lat in range(-60, 61, 30):
        _, y = xy(lat, 0)
        marks.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" stroke="#dbe3ec"/>')
        marks.append(f'<text x="4" y="{y - 3:.1f}">{lat}°</text>')
    for p in points:
        x, y = xy(float(p["latitude"]), float(p["longitude"]))
        colour = QUAD_COLOURS.get(p.get("quad_class"), QUAD_COLOURS[None])
        r = 3 + min(6, 2 * math.log2(1 + (p.get("num_sources") or 1)))
        tip = f"{p.get('location') or '?'}: {p.get('type')} ({plural(p.get('num_sources') or 0, 'source')})"
        marks.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" fill-opacity="0.75" stroke="#fff">'
            f"<title>{esc(tip)}</title></circle>"
        )
    for lon in range(-150, 181, 30):
        x, _ = xy(0, lon)
        marks.append(f'<text x="{x + 3:.1f}" y="{height - 4}">{lon}°</text>')
    places: dict[str, list] = {}
    for p in points:
        name = p.get("location")
        if name:
            entry = places.setdefault(name, [0, float(p["latitude"]), float(p["longitude"])])
            entry[0] += 1
    taken: list[tuple[float, float]] = []
    for name, (n, lat, lon) in sorted(places.items(), key=lambda kv: (-kv[1][0], kv[0]))[:PLACES_NAMED]:
        x, y = xy(lat, lon)
        if any(abs(x - tx) < 70 and abs(y - ty) < 14 for tx, ty in taken):
            continue  # a label on top of another's: the tooltip names it
        taken.append((x, y))
        marks.append(
            f'<text x="{x + 7:.1f}" y="{y + 4:.1f}" stroke="#f8fafc" stroke-width="3" paint-order="stroke">'
            f"{esc(name[:24])} ({n})</text>"
        )
    return _svg(width, height, "".join(marks), label)
