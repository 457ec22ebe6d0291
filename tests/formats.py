"""Small inputs of every format storyline reads, written for these tests (no third-party text).

Each builder returns the bytes of one file; `ALL` maps a file name to them. The fuzz test mutates
these; format tests read them as they are.
"""

from __future__ import annotations

import gzip
import io
import json

STORIES = [
    (
        "port-reopens",
        "Harbour authority reopens the northern port",
        "The harbour authority reopened the northern port on Tuesday after a week of storms, officials said. "
        "Ships that had queued outside the breakwater began to unload grain and fuel.\n\n"
        "Dock workers said the cranes were undamaged, and the mayor thanked the coast guard for its help.",
        "2024-03-12",
    ),
    (
        "talks-resume",
        "Negotiators resume talks on the water treaty",
        "Negotiators from the two neighbouring states met in Geneva on Monday to resume talks on sharing the "
        "river's water, a spokesman for the mediators said.\n\n"
        "The delegations agreed to meet again next month and to exchange flow data before then.",
        "2024-03-11",
    ),
    (
        "strike-ends",
        "Rail strike ends after pay deal",
        "Rail workers ended a three-day strike on Friday after the union accepted a pay offer from the operator. "
        "Trains ran on most lines by the evening.\n\n"
        "The transport minister welcomed the deal and said fares would not rise this year.",
        "2024-03-15",
    ),
]


def html_page() -> bytes:
    _slug, title, text, day = STORIES[0]
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + title + "</title>"
        f"<meta property='article:published_time' content='{day}T08:00:00Z'></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav>"
        f"<article><h1>{title}</h1>{paras}</article>"
        "<footer>Copyright 2024 Coastal Herald. All rights reserved.</footer></body></html>"
    ).encode()


def text_dump() -> bytes:
    _slug, title, text, _day = STORIES[1]
    return (
        "Home\nWorld\nBusiness\nSport\n\n"
        f"{title}\n\nMarch 11, 2024\n\n{text}\n\nShare this article\nPost Comment\nRelated: Dams and deals\n"
    ).encode()


def jsonl() -> bytes:
    return "".join(
        json.dumps({"id": slug, "title": title, "text": text, "published": day}) + "\n"
        for slug, title, text, day in STORIES
    ).encode()


def json_list() -> bytes:
    return json.dumps(
        {"articles": [{"id": slug, "headline": title, "body": text, "date": day} for slug, title, text, day in STORIES]}
    ).encode()


def table(delimiter: str) -> bytes:
    out = io.StringIO()
    import csv

    w = csv.writer(out, delimiter=delimiter)
    w.writerow(["id", "title", "text", "published"])
    for row in STORIES:
        w.writerow(row)
    return out.getvalue().encode()


def warc(compress: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    for slug, title, text, _day in STORIES:
        body = (
            f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
            + "</article></body></html>"
        ).encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"https://news.example.org/{slug}", "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return buf.getvalue()


def rss() -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>https://feed.example.org/{slug}</link>"
        f"<pubDate>Tue, 12 Mar 2024 08:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;{text.split(chr(10))[0][:140]}&lt;/p&gt;</description></item>"
        for slug, title, text, day in STORIES
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>{items}</channel></rss>'.encode()
    )


def atom() -> bytes:
    entries = "".join(
        f"<entry><title>{title}</title><link href='https://atom.example.org/{slug}'/><id>urn:{slug}</id>"
        f"<updated>{day}T08:00:00Z</updated><summary>{text.split(chr(10))[0][:130]}</summary></entry>"
        for slug, title, text, day in STORIES
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Example Atom</title><id>urn:feed</id><updated>2024-03-15T00:00:00Z</updated>{entries}</feed>"
    ).encode()


ALL: dict[str, bytes] = {
    "page.html": html_page(),
    "dump.txt": text_dump(),
    "records.jsonl": jsonl(),
    "export.json": json_list(),
    "export.csv": table(","),
    "export.tsv": table("\t"),
    "crawl.warc": warc(False),
    "crawl.warc.gz": warc(True),
    "feed.rss": rss(),
    "feed.atom": atom(),
    "dump.txt.gz": gzip.compress(text_dump()),
    "records.jsonl.gz": gzip.compress(jsonl()),
}
