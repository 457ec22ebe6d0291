"""HTML building blocks shared by the report file and the app: escaping, the page shell, the styles.

Everything a page shows from the store is hostile web content (titles, names, quotes, URLs), so
text goes through `esc` and links through `safe_url`; pages carry no script and no inline event
handler, and their Content-Security-Policy forbids both, and any remote load.
"""

from __future__ import annotations

import hashlib
import html
from urllib.parse import urlsplit

from ..text.plural import plural

# no script, no remote anything; inline styles only (the report is one file)
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
QUAD_COLOURS = {1: "#74a9cf", 2: "#0b5fa5", 3: "#f59e0b", 4: "#c2410c", None: "#9ca3af"}


def esc(value: object) -> str:
    """Text for HTML content or a quoted attribute: &, <, >, " and ' escaped."""
    return html.escape("" if value is None else str(value), quote=True)


def safe_url(url: object) -> str | None:
    """A link target only for http(s) URLs with a host; javascript:, data: and the rest get none."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def anchor(kind: str, value: object) -> str:
    """A fragment id for any stored id: ids come from file names and URLs, so they are hashed."""
    return f"{kind}-" + hashlib.sha1(str(value).encode("utf-8")).hexdigest()[:12]


def when(value: object, precision: object) -> str:
    """A date at its precision: a month is 2023-09, a year 2023, an unknown date '?'."""
    if not value or precision == "unknown":
        return "?"
    text = str(value)
    return text[:4] if precision == "year" else text[:7] if precision == "month" else text[:10]


def when_tagged(value: object, precision: object) -> str:
    """A date at its precision, as HTML, with a tag saying when it is only a month or a year: a
    reader must not take 2023-09 for a day at the start of September."""
    text = esc(when(value, precision))
    if value and precision in ("month", "year"):
        return f'{text} <span class="prec" title="known only to the {esc(precision)}">{esc(precision)}</span>'
    return text


def word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """A highlight's span moved onto whole words: a span that starts inside a word ("state-|run") starts
    after it, one that ends inside a word ends before it; an empty result is (start, start)."""

    def inside(i: int) -> bool:  # is position i between two characters of one word, or just after its hyphen?
        if not 0 < i < len(text) or not text[i].isalnum():
            return False
        return text[i - 1].isalnum() or (text[i - 1] == "-" and i >= 2 and text[i - 2].isalnum())

    while start < end and inside(start):
        start += 1
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and inside(end):
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else (start, start)


def link(href: str | None, text: object, cls: str = "") -> str:
    """An internal link (href built by us from hashed or escaped ids); text escaped."""
    body = esc(text)
    cls_attr = f' class="{esc(cls)}"' if cls else ""
    if not href:
        return f"<span{cls_attr}>{body}</span>" if cls else body
    return f'<a href="{esc(href)}"{cls_attr}>{body}</a>'


def external(url: object, text: object) -> str:
    target = safe_url(url)
    if not target:
        return esc(text)
    return f'<a href="{esc(target)}" rel="noopener noreferrer nofollow" target="_blank">{esc(text)}</a>'


def marked(sentence: str, start: int | None, end: int | None) -> str:
    """A sentence with [start, end) (offsets into the sentence) highlighted."""
    if start is None or end is None or not 0 <= start < end <= len(sentence):
        return esc(sentence)
    return f"{esc(sentence[:start])}<mark>{esc(sentence[start:end])}</mark>{esc(sentence[end:])}"


def trigger_marked(row: dict, prefix: str = "") -> str:
    """A mention's sentence with its trigger marked: `row` holds sentence, sentence_start,
    trigger_start and trigger_end (offsets into the article), each under `prefix` (the events
    export names them mention_sentence, ...)."""
    start, t0, t1 = (row.get(prefix + k) for k in ("sentence_start", "trigger_start", "trigger_end"))
    rel = (t0 - start, t1 - start) if None not in (start, t0, t1) else (None, None)
    return marked(row.get(prefix + "sentence") or "", *rel)


def sources_said(row: dict, prefix: str = "") -> str:
    """Who reports a merged event, as an analyst counts it: named outlets (a copy counts once) and,
    apart, the articles that name no outlet - never added together, since an unnamed page may be
    any outlet's copy. `prefix` as in `trigger_marked`."""
    named = row.get(prefix + "num_sources") or 0
    unsourced = row.get(prefix + "num_unsourced") or 0
    said = plural(named, "outlet")
    if unsourced:
        said += f" + {plural(unsourced, 'article')} with no outlet"
    return said


def quad_badge(quad: object) -> str:
    q = quad if isinstance(quad, int) else None
    name = QUAD_NAMES.get(q, "unclassified") if q else "unclassified"
    return f'<span class="badge q{q or 0}" title="{esc(name)}">{esc(name)}</span>'


def table(headers: list[str], rows: list[list[str]], cls: str = "") -> str:
    """A table whose cells are already HTML; wrapped so a phone scrolls it sideways."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    labels = [f' data-label="{esc(h)}"' if h else "" for h in headers]  # a phone shows each cell's column
    body = "".join(
        "<tr>" + "".join(f"<td{labels[i] if i < len(labels) else ''}>{c}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    inner = f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody>"
    return f'<div class="scroll"><table class="{esc(cls)}">{inner}</table></div>'


def more(shown: int, total: int, what: str) -> str:
    if total <= shown:
        return ""
    return f'<p class="more">{esc(f"{shown} of {total} {what} shown")}</p>'


STYLE = """
:root { --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --bg:#f8fafc; --card:#fff; --accent:#0b5fa5; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
       color:var(--ink); background:var(--bg); }
header.top { background:#0f172a; color:#fff; padding:.7rem 1.2rem; display:flex; flex-wrap:wrap;
             align-items:center; gap:.4rem 1.2rem; }
header.top .brand { font-weight:700; letter-spacing:.02em; }
header.top nav { display:flex; flex-wrap:wrap; gap:.2rem .9rem; }
header.top a { color:#cbd5e1; text-decoration:none; }
header.top a:hover { color:#fff; }
header.top form { margin-left:auto; display:flex; gap:.3rem; }
main { max-width:1180px; margin:0 auto; padding:1rem 1.2rem 3rem; }
h1 { font-size:1.55rem; margin:.6rem 0 .3rem; }
h2 { font-size:1.25rem; margin:1.8rem 0 .6rem; border-bottom:1px solid var(--line); padding-bottom:.25rem; }
h3 { font-size:1.05rem; margin:1.1rem 0 .4rem; }
a { color:var(--accent); }
.card { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:.9rem 1rem; margin:.8rem 0; }
.stats { display:grid; grid-template-columns:repeat(auto-fill,minmax(130px,1fr)); gap:.6rem; }
.stat { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:.55rem .75rem; }
.stat b { display:block; font-size:1.35rem; }
.stat span { color:var(--muted); font-size:.85rem; }
.muted, .more { color:var(--muted); }
.more { font-size:.9rem; font-style:italic; }
.scroll { overflow-x:auto; }
table { border-collapse:collapse; width:100%; font-size:.9rem; background:var(--card); }
th, td { text-align:left; vertical-align:top; padding:.35rem .5rem; border-bottom:1px solid var(--line); }
th { background:#f1f5f9; font-weight:600; white-space:nowrap; }
td.num, th.num { text-align:right; }
.nowrap { white-space:nowrap; }
mark { background:#fde68a; padding:0 .1em; border-radius:2px; }
mark.actor { background:#dbeafe; }
mark.trigger { background:#fde68a; font-weight:600; }
.badge { display:inline-block; font-size:.75rem; padding:.05rem .45rem; border-radius:999px; color:#fff;
         white-space:nowrap; background:#9ca3af; }
.badge.q1 { background:#74a9cf; } .badge.q2 { background:#0b5fa5; }
.badge.q3 { background:#d97706; } .badge.q4 { background:#c2410c; }
.tag { display:inline-block; font-size:.75rem; padding:.05rem .45rem; border-radius:4px; background:#e2e8f0; }
.tag.copy { background:#fee2e2; } .tag.rewrite { background:#fef3c7; } .tag.first { background:#dcfce7; }
ul.summary { padding-left:1.1rem; } ul.summary li { margin:.25rem 0; }
.cite { font-size:.8rem; color:var(--muted); overflow-wrap:anywhere; }
.chart { width:100%; height:auto; display:block; }
.chart text { font-size:11px; fill:#475569; font-family:inherit; }
.legend { display:flex; flex-wrap:wrap; gap:.3rem .9rem; font-size:.8rem; color:var(--muted); margin:.3rem 0; }
.legend i { display:inline-block; width:.8rem; height:.8rem; border-radius:2px; margin-right:.3rem;
            vertical-align:-1px; }
.conflict { display:grid; grid-template-columns:repeat(auto-fit,minmax(240px,1fr)); gap:.6rem; }
.conflict .side { border:1px solid var(--line); border-left:4px solid #c2410c; border-radius:6px; padding:.5rem .7rem; }
.conflict .value { font-weight:700; font-size:1.1rem; }
details > summary { cursor:pointer; }
details.story { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:.6rem .9rem;
                margin:.6rem 0; }
details.story > summary { font-weight:600; }
details.story[open] > summary { margin-bottom:.5rem; }
.grid2 { display:grid; grid-template-columns:repeat(auto-fit,minmax(320px,1fr)); gap:1rem; }
.article-text { white-space:pre-wrap; background:var(--card); border:1px solid var(--line); border-radius:8px;
                padding:1rem; line-height:1.65; }
form.filters { display:flex; flex-wrap:wrap; gap:.5rem; align-items:end; margin:.6rem 0; }
form.filters label { display:flex; flex-direction:column; font-size:.8rem; color:var(--muted); }
input, select, button { font:inherit; padding:.3rem .45rem; border:1px solid #cbd5e1; border-radius:6px; }
button { background:var(--accent); color:#fff; border-color:var(--accent); cursor:pointer; }
.prec { font-size:.7rem; padding:0 .3rem; border-radius:4px; background:#e0e7ff; color:#3730a3; }
.cited { background:#fef9c3; outline:2px solid #facc15; border-radius:3px; scroll-margin-top:4rem; }
:target { scroll-margin-top:4rem; }
.quote { border-left:3px solid #94a3b8; padding-left:.6rem; }
.notice { background:#fff7ed; border:1px solid #fdba74; border-radius:8px; padding:.8rem 1rem; }
@media (max-width: 640px) {
  main { padding:.6rem .7rem 2rem; } h1 { font-size:1.3rem; }
  header.top form { margin-left:0; width:100%; } header.top input { flex:1; }
  /* a row per card on a phone: a five-column table leaves the evidence one word wide */
  table thead { display:none; }
  table tr { display:block; border-bottom:1px solid var(--line); padding:.35rem 0; }
  table td { display:block; border:0; padding:.1rem .4rem; }
  table td:empty { display:none; }
  table td[data-label]::before { content: attr(data-label) ": "; color:var(--muted); font-size:.78rem; }
}
"""


def page(
    title: str, body: str, nav: list[tuple[str, str]], csp: str | None = REPORT_CSP, search: str | None = None
) -> str:
    """A whole HTML document: the shell around `body` (already HTML)."""
    links = "".join(f'<a href="{esc(href)}">{esc(text)}</a>' for text, href in nav)
    form = (
        f'<form action="{esc(search)}" method="get" role="search"><input name="q" placeholder="Search articles" '
        'aria-label="Search articles"><button type="submit">Search</button></form>'
        if search
        else ""
    )
    meta_csp = f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">' if csp else ""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"{meta_csp}<title>{esc(title)}</title><style>{STYLE}</style></head><body>"
        f'<header class="top"><span class="brand">storyline</span><nav>{links}</nav>{form}</header>'
        f"<main>{body}</main></body></html>"
    )
