"""One reader per input format. Each yields Sources and Problems and never raises on bad data.

A reader gets a decompressed binary stream and the InputFile it came from. Container formats
(JSONL, CSV, WARC, feeds) stream record by record, so a 10 GB export costs the memory of one
record; single-document formats (HTML, text) are capped at `max_doc_bytes`.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from ..records import Problem, Source
from .decode import declared_charset, decode
from .fields import FIELD_NAMES, record_to_source
from .files import DECOMPRESS_ERRORS, InputFile, TruncatedInput, read_limited


@dataclass(slots=True)
class ReadOptions:
    """Limits and user mappings shared by all readers."""

    max_doc_bytes: int = 20 * 1024 * 1024
    max_container_bytes: int = 512 * 1024 * 1024  # whole-file JSON arrays and feeds
    field_map: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class ReadStats:
    """What a reader saw besides articles: filled in as it goes, stored in the inputs table."""

    encoding: str | None = None
    skipped: int = 0  # records that are not articles by nature (WARC requests, images)


Reader = Callable[[BinaryIO, InputFile, ReadOptions, ReadStats], Iterator[Source | Problem]]

_JSON_LIST_KEYS = ("articles", "items", "data", "results", "records", "documents", "docs", "entries", "hits")


def _mb(n: int) -> str:
    return f"{n / 1048576:.1f} MB"


MAX_JSON_DEPTH = 200  # nesting levels a news record may have; deeper is an attack or a broken export


class TooDeep(ValueError):
    """JSON nested past MAX_JSON_DEPTH levels."""


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def json_depth_ok(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when no bracket nesting in `text` exceeds `limit`. Strings are cut out by a regular
    expression and only the brackets are walked, so a file nested 100,000 levels deep costs a scan,
    not a stack overflow, and an ordinary export costs about nothing."""
    if text.count("[") + text.count("{") <= limit:
        return True
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    depth = 0
    for ch in brackets:
        if ch in "[{":
            depth += 1
            if depth > limit:
                return False
        else:
            depth -= 1
    return True


def load_json(text: str):
    """json.loads with a depth limit: TooDeep instead of a RecursionError that would end the run."""
    if not json_depth_ok(text):
        raise TooDeep(f"JSON is nested more than {MAX_JSON_DEPTH} levels deep")
    try:
        return json.loads(text)
    except RecursionError as err:  # belt and braces: the C scanner's own limit
        raise TooDeep("JSON is nested too deeply to parse") from err


def read_document(fmt: str) -> Reader:
    """Reader for a file that is one article: an HTML page or a plain-text dump."""

    def reader(stream: BinaryIO, inp: InputFile, opts: ReadOptions, stats: ReadStats) -> Iterator[Source | Problem]:
        truncated = None
        try:
            data, more = read_limited(stream, opts.max_doc_bytes)
        except TruncatedInput as cut:
            data, more, truncated = cut.data, False, cut.reason
        if more:
            yield Problem(
                inp.path,
                "too_large",
                f"file holds more than {_mb(opts.max_doc_bytes)} of text, too much for one article "
                "(raise --max-doc-mb, or split it into records as JSONL)",
            )
            return
        if truncated:
            yield Problem(inp.path, "truncated", truncated + "; kept the part that was read", severity="warning")
        text, encoding, warning = decode(data, declared_charset(data) if fmt == "html" else None)
        stats.encoding = encoding
        if warning:
            yield Problem(inp.path, "encoding", warning, severity="warning")
        if not text.strip():
            yield Problem(inp.path, "empty", "file is empty or only whitespace")
            return
        yield Source(id=inp.id_base, path=inp.path, format=fmt, content=text, is_html=fmt == "html")

    return reader


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, str | None]]:
    """Yield (line number, bytes, None), (n, None, problem) for an over-long line, and a final
    (n, None, reason) if the stream is cut. Over-long lines are drained, never held whole."""
    n = 0
    try:
        while True:
            line = stream.readline(limit + 1)
            if not line:
                return
            n += 1
            if len(line) > limit and not line.endswith(b"\n"):
                while True:  # skip the rest of the over-long line in bounded pieces
                    rest = stream.readline(1 << 20)
                    if not rest or rest.endswith(b"\n"):
                        break
                yield n, None, f"record is larger than {_mb(limit)}; skipped"
                continue
            yield n, line, None
    except DECOMPRESS_ERRORS as err:
        yield n + 1, None, f"TRUNCATED:compressed stream is truncated or corrupt after line {n} ({err})"


def read_jsonl(stream: BinaryIO, inp: InputFile, opts: ReadOptions, stats: ReadStats) -> Iterator[Source | Problem]:
    """JSON Lines: one record per line; a bad line is a Problem, the next line reads on."""
    for n, line, problem in _lines(stream, opts.max_doc_bytes):
        if problem:
            if problem.startswith("TRUNCATED:"):
                yield Problem(inp.path, "truncated", problem[10:] + "; earlier records kept", n, "warning")
            else:
                yield Problem(inp.path, "too_large", problem, n)
            continue
        assert line is not None
        if not line.strip():
            continue
        text, encoding, warning = decode(line)
        stats.encoding = stats.encoding or encoding
        if warning:
            yield Problem(inp.path, "encoding", warning, n, "warning")
        try:
            record = load_json(text)
        except TooDeep as err:
            yield Problem(inp.path, "too_deep", f"{err}; record skipped", n)
            continue
        except json.JSONDecodeError as err:
            yield Problem(inp.path, "bad_json", f"line is not valid JSON: {err.msg} at column {err.colno}", n)
            continue
        yield record_to_source(record, path=inp.path, fmt="jsonl", recno=n, id_base=inp.id_base, mapping=opts.field_map)


def read_json(stream: BinaryIO, inp: InputFile, opts: ReadOptions, stats: ReadStats) -> Iterator[Source | Problem]:
    """A JSON file: one object, a list of objects, or an object wrapping a list ("articles": [...])."""
    try:
        data, more = read_limited(stream, opts.max_container_bytes)
    except TruncatedInput as cut:
        yield Problem(inp.path, "truncated", cut.reason)
        return
    if more:
        yield Problem(
            inp.path,
            "too_large",
            f"JSON file is larger than {_mb(opts.max_container_bytes)}; "
            "write it as JSONL (one record per line) to stream it",
        )
        return
    text, encoding, warning = decode(data)
    stats.encoding = encoding
    if warning:
        yield Problem(inp.path, "encoding", warning, severity="warning")
    if not text.strip():
        yield Problem(inp.path, "empty", "file is empty or only whitespace")
        return
    try:
        doc = load_json(text)
    except TooDeep as err:
        if text.lstrip().startswith("{") and "\n" in text.strip():  # JSONL saved as .json: judge line by line
            yield from read_jsonl(io.BytesIO(data), inp, opts, stats)
            return
        yield Problem(inp.path, "too_deep", str(err))
        return
    except json.JSONDecodeError as err:
        # JSONL saved as .json is common: fall back to reading it line by line
        if text.lstrip().startswith("{") and "\n" in text.strip():
            yield from read_jsonl(io.BytesIO(data), inp, opts, stats)
            return
        yield Problem(inp.path, "bad_json", f"not valid JSON: {err.msg} at line {err.lineno} column {err.colno}")
        return
    records = doc
    if isinstance(doc, dict):
        inner = next((doc[k] for k in _JSON_LIST_KEYS if isinstance(doc.get(k), list)), None)
        records = inner if inner is not None and all(isinstance(r, dict) for r in inner) else [doc]
    if not isinstance(records, list):
        yield Problem(inp.path, "not_an_object", f"expected a JSON object or a list of them, got {type(doc).__name__}")
        return
    single = len(records) == 1 and isinstance(doc, dict)
    for n, record in enumerate(records, 1):
        source = record_to_source(
            record, path=inp.path, fmt="json", recno=n, id_base=inp.id_base, mapping=opts.field_map
        )
        if single and isinstance(source, Source):
            source.record = None
            if source.id == f"{inp.id_base}#1":
                source.id = inp.id_base
        yield source


def read_table(delimiter: str | None) -> Reader:
    """CSV or TSV with a header row; rows with the wrong number of fields are Problems."""

    def reader(stream: BinaryIO, inp: InputFile, opts: ReadOptions, stats: ReadStats) -> Iterator[Source | Problem]:
        buffered = io.BufferedReader(stream) if not hasattr(stream, "peek") else stream
        head = buffered.peek(65536)[:65536]  # type: ignore[attr-defined]
        try:
            head.decode("utf-8")
            encoding = "utf-8-sig"
        except UnicodeDecodeError as err:
            # a cut multi-byte character at the end of the sample is not an encoding problem
            encoding = "utf-8-sig" if err.start > len(head) - 4 else decode(head)[1]
        stats.encoding = encoding
        text = io.TextIOWrapper(buffered, encoding=encoding, errors="replace", newline="")
        delim = delimiter
        if delim is None:
            first = head.split(b"\n", 1)[0]
            delim = max((",", ";", "\t", "|"), key=lambda d: first.count(d.encode()))
        csv.field_size_limit(max(opts.max_doc_bytes, 131072))
        rows = csv.reader(text, delimiter=delim)
        try:
            header = next(rows)
        except StopIteration:
            yield Problem(inp.path, "empty", "file is empty")
            return
        except (csv.Error, *DECOMPRESS_ERRORS) as err:
            yield Problem(inp.path, "bad_csv", f"cannot read the header row: {err}")
            return
        header = [h.strip() for h in header]
        n = 0
        pending: list[list[str]] = []
        if looks_like_data(header):
            pending.append(header)
            header = headerless_columns(header)
            yield Problem(
                inp.path,
                "no_header",
                f"first row looks like data, not column names; read as data with columns {', '.join(header)} "
                "(use --map to name them)",
                severity="warning",
            )
        failures = 0
        data_rows = 0
        while True:
            n += 1
            try:
                row = pending.pop() if pending else next(rows)
            except StopIteration:
                if not data_rows:
                    yield Problem(
                        inp.path, "header_only", f"CSV has a header row ({', '.join(header[:8])}) but no records"
                    )
                return
            except csv.Error as err:
                failures += 1
                yield Problem(inp.path, "bad_row", f"row cannot be parsed: {err}", n)
                if failures > 1000:
                    yield Problem(inp.path, "bad_csv", "more than 1000 unreadable rows; stopped reading")
                    return
                continue
            except DECOMPRESS_ERRORS as err:
                yield Problem(
                    inp.path,
                    "truncated",
                    f"compressed stream is cut after row {n - 1} ({err}); earlier rows kept",
                    n,
                    "warning",
                )
                return
            if not any(cell.strip() for cell in row):
                continue
            data_rows += 1
            if len(row) != len(header):
                yield Problem(inp.path, "bad_row", f"row has {len(row)} fields but the header has {len(header)}", n)
                continue
            yield record_to_source(
                dict(zip(header, row)), path=inp.path, fmt="csv", recno=n, id_base=inp.id_base, mapping=opts.field_map
            )

    return reader


_DATE_CELL = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][\d:.+-Z]*)?$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$|^\d{10,13}$")


def looks_like_data(row: list[str]) -> bool:
    """A first CSV row that is a record, not column names: no cell is a known field name and some cell
    is prose (several words) or a date/URL, which column names never are."""
    if not row or any(_is_field_name(cell) for cell in row):
        return False
    return any(len(cell.split()) >= 5 or _DATE_CELL.match(cell.strip()) or cell.startswith("http") for cell in row)


def _is_field_name(cell: str) -> bool:
    key = cell.strip().lower().replace("-", "_").replace(" ", "_")
    return any(key in names for names in FIELD_NAMES.values())


def headerless_columns(first: list[str]) -> list[str]:
    """Names for the columns of a CSV without a header, guessed from its first row: the longest
    prose cell is the text, a URL the url, a date the published date, a short first cell the id."""
    names = [f"column_{i + 1}" for i in range(len(first))]
    text_at = max(range(len(first)), key=lambda i: len(first[i]))
    names[text_at] = "text"
    for i, cell in enumerate(first):
        cell = cell.strip()
        if i == text_at:
            continue
        if cell.startswith(("http://", "https://")) and "url" not in names:
            names[i] = "url"
        elif _DATE_CELL.match(cell) and "published" not in names:
            names[i] = "published"
        elif i == 0 and cell and len(cell) <= 64 and " " not in cell:
            names[i] = "id"
        elif 3 <= len(cell.split()) <= 25 and "title" not in names and len(cell) < len(first[text_at]):
            names[i] = "title"
    return names


def read_warc(stream: BinaryIO, inp: InputFile, opts: ReadOptions, stats: ReadStats) -> Iterator[Source | Problem]:
    """WARC: every HTML response (or resource) record becomes a Source identified by its URL.

    Each record is handled on its own: a record warcio cannot make sense of (a missing header, a bad
    HTTP block) is a Problem and the next record reads on; only a stream that cannot be walked any
    further ends the file, keeping the records before it."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    archive = ArchiveIterator(stream, arc2warc=True)
    archive.loader.__class__ = _tolerant_loader()
    records = iter(archive)
    while True:
        try:
            rec = next(records)
        except StopIteration:
            return
        except (ArchiveLoadFailed, *DECOMPRESS_ERRORS, ValueError, OSError, AttributeError, TypeError) as err:
            yield Problem(
                inp.path,
                "truncated",
                f"WARC is truncated or corrupt after record {n} ({type(err).__name__}: {err}); earlier records kept",
                n + 1,
                "warning" if n else "error",
            )
            return
        n += 1
        try:
            yield from _warc_record(rec, n, inp, opts, stats)
        except Exception as err:  # warcio and the HTTP block parser raise many kinds on damaged records
            yield Problem(inp.path, "bad_record", f"WARC record cannot be read ({type(err).__name__}: {err})", n)


@functools.cache
def _tolerant_loader():
    """warcio's record loader, except that a record without WARC-Target-URI is still parsed (warcio
    calls uri.startswith on it and raises mid-iteration, which would end the whole file)."""
    from warcio.recordloader import ArcWarcRecordLoader

    class TolerantLoader(ArcWarcRecordLoader):
        def load_http_headers(self, rec_type, uri, stream, length):
            return super().load_http_headers(rec_type, uri if isinstance(uri, str) else "http:", stream, length)

    return TolerantLoader


def _warc_record(rec, n: int, inp: InputFile, opts: ReadOptions, stats: ReadStats) -> Iterator[Source | Problem]:
    if rec.rec_type not in ("response", "resource"):
        stats.skipped += 1
        return
    if rec.rec_type == "response" and rec.http_headers is not None:
        ctype = rec.http_headers.get_header("Content-Type") or ""
        status = rec.http_headers.get_statuscode() or ""
    else:
        ctype = rec.rec_headers.get_header("Content-Type") or ""
        status = "200"
    if "html" not in ctype.lower() or not status.startswith("2"):
        stats.skipped += 1
        return
    url = rec.rec_headers.get_header("WARC-Target-URI") or None
    where = url or f"record {n} (no WARC-Target-URI)"
    data = rec.content_stream().read(opts.max_doc_bytes + 1)
    if len(data) > opts.max_doc_bytes:
        yield Problem(
            inp.path, "too_large", f"HTML record {where} is larger than {_mb(opts.max_doc_bytes)}; skipped", n
        )
        return
    charset = None
    if "charset=" in ctype.lower():
        charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
    html, _encoding, warning = decode(data, charset or declared_charset(data))
    if warning:
        yield Problem(inp.path, "encoding", f"{where}: {warning}", n, "warning")
    if not html.strip():
        yield Problem(inp.path, "empty", f"HTML record {where} has no content", n)
        return
    yield Source(
        id=url or f"{inp.id_base}#{n}",
        path=inp.path,
        format="warc",
        content=html,
        is_html=True,
        record=n,
        url=url,
        extra={"warc_date": rec.rec_headers.get_header("WARC-Date")},
    )


def read_feed(stream: BinaryIO, inp: InputFile, opts: ReadOptions, stats: ReadStats) -> Iterator[Source | Problem]:
    """RSS or Atom: every item becomes a Source; its content (or summary) is HTML."""
    import feedparser

    try:
        data, more = read_limited(stream, opts.max_container_bytes)
    except TruncatedInput as cut:
        data, more = cut.data, False
        yield Problem(inp.path, "truncated", cut.reason + "; items read so far kept", severity="warning")
    if more:
        yield Problem(inp.path, "too_large", f"feed is larger than {_mb(opts.max_container_bytes)}")
        return
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if parsed.get("bozo"):
        reason = str(parsed.get("bozo_exception") or "not well-formed XML")
        if not entries:
            yield Problem(inp.path, "bad_feed", f"feed cannot be parsed and has no items: {reason}")
            return
        yield Problem(
            inp.path,
            "malformed_feed",
            f"feed is not well formed ({reason}); read {len(entries)} item(s) anyway",
            severity="warning",
        )
    if not entries:
        yield Problem(inp.path, "empty", "feed has no items")
        return
    site = (parsed.get("feed") or {}).get("title")
    for n, entry in enumerate(entries, 1):
        content = ""
        if entry.get("content"):
            content = max((c.get("value") or "" for c in entry["content"]), key=len)
        if not content.strip():
            content = entry.get("summary") or ""
        url = entry.get("link")
        if not content.strip():
            yield Problem(inp.path, "no_text", f"item {url or n} has no content or summary", n)
            continue
        yield Source(
            id=url or entry.get("id") or f"{inp.id_base}#{n}",
            path=inp.path,
            format="feed",
            content=content,
            is_html=True,
            record=n,
            url=url,
            title=entry.get("title"),
            published=entry.get("published") or entry.get("updated"),
            source=site,
            extra={"author": entry["author"]} if entry.get("author") else {},
        )


READERS: dict[str, Reader] = {
    "html": read_document("html"),
    "text": read_document("text"),
    "json": read_json,
    "jsonl": read_jsonl,
    "csv": read_table(None),
    "tsv": read_table("\t"),
    "warc": read_warc,
    "feed": read_feed,
}
