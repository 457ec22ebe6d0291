"""Map one structured record (a JSON object, a CSV row) onto a Source.

Exports from monitoring tools, scrapers and news APIs name the same things differently
("body", "content", "maintext"; "pubDate", "published_at"), so a record's fields are matched
against a list of usual names, case-insensitively; a user mapping (`text=body`) wins over the list.
Fields that map to nothing are kept in `extra` and travel to the store untouched.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..records import Problem, Source
from .sniff import looks_like_html

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "docid", "article_id", "uid", "guid", "_id", "uuid"),
    "url": ("url", "link", "href", "uri", "source_url", "canonical_url", "web_url"),
    "title": ("title", "headline", "heading", "webtitle"),
    "text": (
        "text",
        "body",
        "content",
        "article",
        "maintext",
        "main_text",
        "full_text",
        "fulltext",
        "story",
        "article_text",
        "body_text",
        "bodytext",
        "summary",
        "description",
    ),
    "html": ("html", "raw_html", "page", "rawhtml", "html_content", "source_html"),
    "published": (
        "published",
        "date",
        "pubdate",
        "pub_date",
        "publish_date",
        "published_at",
        "publishedat",
        "date_publish",
        "publication_date",
        "datetime",
        "published_date",
        "timestamp",
        "time",
        "pub_time",
        "pubtime",
        "publish_time",
        "published_time",
        "date_time",
        "created",
        "dateline",
        "created_at",
        "seendate",
    ),
    "source": ("source", "site", "sitename", "site_name", "outlet", "publisher", "domain", "media", "feed"),
    "author": ("author", "authors", "byline", "creator"),
}


def parse_mapping(spec: str | Mapping[str, str] | None) -> dict[str, str]:
    """Read a user mapping such as "text=body,id=uid" into {"text": "body", "id": "uid"}."""
    if not spec:
        return {}
    if isinstance(spec, Mapping):
        items = dict(spec)
    else:
        items = {}
        for part in spec.split(","):
            if "=" not in part:
                raise ValueError(f"bad field mapping {part!r}: expected FIELD=COLUMN")
            key, value = part.split("=", 1)
            items[key.strip()] = value.strip()
    unknown = set(items) - set(FIELD_NAMES)
    if unknown:
        raise ValueError(f"unknown field(s) in mapping: {', '.join(sorted(unknown))}; known: {', '.join(FIELD_NAMES)}")
    return items


def _find(record: Mapping[str, Any], lowered: dict[str, str], field: str, mapping: dict[str, str]) -> str | None:
    """The key in `record` that holds `field`, honouring the user mapping first."""
    if field in mapping:
        return mapping[field] if mapping[field] in record else None
    for name in FIELD_NAMES[field]:
        key = lowered.get(name)
        if key is not None and record[key] not in (None, "", [], {}):
            return key
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = [_as_text(v) for v in value]
        return "\n\n".join(p for p in parts if p)
    if isinstance(value, Mapping):
        for key in ("name", "title", "text", "value", "id"):
            if isinstance(value.get(key), str):
                return value[key]
        return None
    return str(value)


def record_to_source(
    record: Any,
    *,
    path: str,
    fmt: str,
    recno: int,
    id_base: str,
    mapping: dict[str, str] | None = None,
) -> Source | Problem:
    """Turn one record into a Source, or a Problem saying what is missing. Never raises."""
    try:
        return _record_to_source(record, path=path, fmt=fmt, recno=recno, id_base=id_base, mapping=mapping)
    except RecursionError:
        return Problem(path, "too_deep", "record is nested too deeply to read", recno)
    except Exception as err:  # a record shaped in a way no rule foresaw is one lost record, never a lost run
        return Problem(path, "bad_record", f"record cannot be read ({type(err).__name__}: {err})", recno)


def _record_to_source(
    record: Any,
    *,
    path: str,
    fmt: str,
    recno: int,
    id_base: str,
    mapping: dict[str, str] | None = None,
) -> Source | Problem:
    if not isinstance(record, Mapping):
        kind = "array" if isinstance(record, list) else type(record).__name__
        return Problem(path, "not_an_object", f"expected a JSON object (a record), got a {kind}", recno)
    mapping = mapping or {}
    lowered = {str(k).lower().replace("-", "_"): k for k in record}
    found = {f: _find(record, lowered, f, mapping) for f in FIELD_NAMES}
    text = _as_text(record[found["text"]]) if found["text"] else None
    html = _as_text(record[found["html"]]) if found["html"] else None
    if not (text and text.strip()) and not (html and html.strip()):
        fields = ", ".join(map(str, list(record)[:12])) or "none"
        return Problem(path, "no_text", f"record has no text or html field (fields: {fields})", recno)
    used = {k for k in found.values() if k is not None}
    extra = {str(k): v for k, v in record.items() if k not in used and _jsonable(v)}
    rid = _as_text(record[found["id"]]) if found["id"] else None
    url = _as_text(record[found["url"]]) if found["url"] else None
    if html and html.strip():
        content, is_html = html, True
        if text and text.strip():
            extra["given_text"] = text
    else:
        content = text or ""
        is_html = looks_like_html(content[:4096])
    return Source(
        id=rid.strip() if rid and rid.strip() else f"{id_base}#{recno}",
        path=path,
        format=fmt,
        content=content,
        is_html=is_html,
        record=recno,
        url=url,
        title=_as_text(record[found["title"]]) if found["title"] else None,
        published=_as_text(record[found["published"]]) if found["published"] else None,
        source=_as_text(record[found["source"]]) if found["source"] else None,
        extra={**extra, **({"author": _as_text(record[found["author"]])} if found["author"] else {})},
    )


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True
