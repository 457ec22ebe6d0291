"""Decide an input's format from its content first and its name second.

Scrapers name files carelessly (HTML saved as .txt, JSONL as .json, feeds as .xml), so the bytes
decide where they are clear and the extension breaks ties.
"""

from __future__ import annotations

import re

EXTENSIONS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".warc": "warc",
    ".arc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(p|div|br|span|a|article|h[1-6]|table|li|meta|script)\b[^>]*>", re.I)
_FEED = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)


def strip_gz(name: str) -> str:
    """The file name without a trailing .gz/.gzip."""
    lower = name.lower()
    for suffix in (".gz", ".gzip"):
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


def extension_format(name: str) -> str | None:
    """The format an extension suggests, or None."""
    name = strip_gz(name).lower()
    dot = name.rfind(".")
    return EXTENSIONS.get(name[dot:]) if dot >= 0 else None


def looks_like_html(head: bytes | str) -> bool:
    """True when text is an HTML page or a fragment dense with tags."""
    if isinstance(head, str):
        head = head[:4096].encode("utf-8", "ignore")
    head = head[:4096]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head)) >= 3


def sniff(head: bytes, name: str) -> str:
    """Name the format of an (already decompressed) input from its first bytes and its name."""
    by_name = extension_format(name)
    if head.startswith(b"WARC/") or by_name == "warc":
        return "warc"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<?xml") or by_name == "feed":
        if _FEED.search(head[:2048]):
            return "feed"
        if by_name == "feed":
            return "feed"
    if _FEED.search(head[:512]) and not _HTML_START.match(stripped):
        return "feed"
    if by_name in ("csv", "tsv", "jsonl", "json"):
        if by_name == "json" and stripped[:1] == b"{" and _jsonl_like(stripped):
            return "jsonl"
        return by_name
    if stripped[:1] in (b"{", b"["):
        return "jsonl" if _jsonl_like(stripped) else "json"
    if by_name == "html" or looks_like_html(stripped):
        return "html"
    return "text"


def _jsonl_like(stripped: bytes) -> bool:
    """A '{' start whose first line closes an object and whose next line opens another."""
    lines = stripped[:65536].split(b"\n", 2)
    return len(lines) >= 2 and lines[0].rstrip().endswith(b"}") and lines[1].lstrip()[:1] in (b"{", b"[", b"")
