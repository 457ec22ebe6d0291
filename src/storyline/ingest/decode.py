"""Bytes to text without ever raising: UTF-8 first, then the declared charset, then a guess.

Scraped news arrives in every encoding (cp1252 exports, Shift-JIS pages, UTF-16 from Windows
tools) and sometimes as binary junk under a text name. Decoding is the first place a run could die,
so it never does: the worst case is text with replacement characters and a warning.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# magic numbers of files people drop into news folders by mistake
_MAGIC = [
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (docx, xlsx, epub or zip)"),
    (b"\x7fELF", "executable (ELF)"),
    (b"MZ", "Windows executable"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"RIFF", "RIFF media file"),
    (b"ID3", "MP3 audio"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM video"),
    (b"SQLite format 3", "SQLite database"),
    (b"BZh", "bzip2 archive (not supported: use gzip)"),
    (b"\xfd7zXZ", "xz archive (not supported: use gzip)"),
    (b"7z\xbc\xaf", "7-zip archive"),
]

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

_WESTERN_8BIT = {
    "latin_1",
    "iso8859_1",
    "iso8859_3",
    "iso8859_4",
    "iso8859_9",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_15",
    "iso8859_16",
    "mac_roman",
    "mac_iceland",
    "mac_latin2",
    "cp437",
    "cp850",
    "cp858",
    "cp1252",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def binary_kind(head: bytes) -> str | None:
    """Name the kind of binary file `head` starts, or None when it looks like text."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text has NULs but is text
    sample = head[:8192]
    if not sample:
        return None
    if b"\x00" in sample:
        return "binary data (contains NUL bytes)"
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if control / len(sample) > 0.1:
        return "binary data (mostly control bytes)"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a meta tag, if any and if Python knows it."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str, str | None]:
    """Decode `data`; return (text, encoding used, warning or None).

    The warning is set only when bytes had to be replaced, i.e. when something was lost.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name, None
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    if declared and declared.replace("_", "-").lower() not in ("utf-8", "utf8"):
        try:
            return data.decode(declared), declared, None
        except (UnicodeDecodeError, LookupError):
            pass
    # mostly-UTF-8 text with a few bad bytes is far more common than a legacy encoding
    # that happens to decode as UTF-8, so try that before guessing
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad and bad <= max(2, len(data) // 2000):
        return text, "utf-8", f"invalid UTF-8: {bad} undecodable byte(s) replaced"
    guess = from_bytes(data[:65536]).best()
    if guess is not None and guess.encoding in _WESTERN_8BIT:
        # short Western texts fit several 8-bit code pages equally well; cp1252 is by far the most
        # common in exported news, and the only one with curly quotes and guillemets where they belong
        try:
            return data.decode("cp1252"), "cp1252", None
        except UnicodeDecodeError:
            pass
    if guess is not None and guess.encoding:
        try:
            return data.decode(guess.encoding), guess.encoding, None
        except (UnicodeDecodeError, LookupError):
            return (
                data.decode(guess.encoding, errors="replace"),
                guess.encoding,
                f"mixed encoding: decoded as {guess.encoding} with replacements",
            )
    return text, "utf-8", f"invalid UTF-8: {bad} undecodable byte(s) replaced"
