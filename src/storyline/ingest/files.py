"""Find the input files under the paths a user gave, and open them (gzip included) safely.

Walking follows symlinked directories (people link corpora in) but remembers every directory it
has entered, so a symlink loop is reported once instead of recursing forever. A path that cannot be
read becomes a Problem; nothing here raises on bad files.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..records import Problem

GZIP_MAGIC = b"\x1f\x8b"
SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}
SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", ".venv", "node_modules"}


@dataclass(slots=True)
class InputFile:
    """One file to read, with what identifies it."""

    path: str  # as shown to the user and stored
    id_base: str  # path relative to the input root, or the file name for a single file
    size: int = 0


def discover(paths: list[str], exclude: set[str] | None = None) -> Iterator[InputFile | Problem]:
    """Yield every file under `paths` (recursively), or a Problem for what cannot be walked.
    Files whose real path is in `exclude` (the store itself, when it lives among the inputs) are skipped."""
    skip = {os.path.realpath(p) for p in exclude or ()}
    for found in _discover(paths):
        if isinstance(found, InputFile) and found.path != "-" and os.path.realpath(found.path) in skip:
            continue
        yield found


def _discover(paths: list[str]) -> Iterator[InputFile | Problem]:
    for given in paths:
        if given == "-":
            yield InputFile("-", "stdin")
            continue
        try:
            st = os.stat(given)
        except FileNotFoundError:
            if os.path.islink(given):
                yield Problem(given, "broken_link", "symbolic link points to a missing file")
            else:
                yield Problem(given, "missing", "no such file or directory")
            continue
        except OSError as err:
            yield Problem(given, "unreadable", f"cannot stat: {err.strerror or err}")
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(given)
        elif stat.S_ISREG(st.st_mode):
            yield InputFile(given, os.path.basename(given), st.st_size)
        else:
            yield Problem(given, "not_a_file", "not a regular file (device, socket or pipe)")


def _walk(root: str) -> Iterator[InputFile | Problem]:
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            st = os.stat(directory)
        except OSError as err:
            yield Problem(directory, "unreadable", f"cannot open directory: {err.strerror or err}")
            continue
        ident = (st.st_dev, st.st_ino)
        if ident in seen:
            yield Problem(directory, "symlink_loop", "directory already visited (symbolic link loop); skipped")
            continue
        seen.add(ident)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as err:
            yield Problem(directory, "unreadable", f"cannot list directory: {err.strerror or err}")
            continue
        subdirs = []
        for entry in entries:
            if entry.name in SKIP_NAMES or entry.name.startswith("._"):
                continue
            path = entry.path
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
                is_file = entry.is_file(follow_symlinks=True)
            except OSError as err:
                yield Problem(path, "unreadable", f"cannot stat: {err.strerror or err}")
                continue
            if is_dir:
                if entry.name not in SKIP_DIRS:
                    subdirs.append(path)
            elif is_file:
                try:
                    size = entry.stat(follow_symlinks=True).st_size
                except OSError as err:
                    yield Problem(path, "unreadable", f"cannot stat: {err.strerror or err}")
                    continue
                yield InputFile(path, os.path.relpath(path, root), size)
            elif entry.is_symlink():
                yield Problem(path, "broken_link", "symbolic link points to a missing file")
            else:
                yield Problem(path, "not_a_file", "not a regular file (device, socket or pipe)")
        stack.extend(reversed(subdirs))


def file_hash(path: str) -> str:
    """SHA-256 of a file's bytes, streamed."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def open_binary(path: str) -> tuple[BinaryIO, GzipStream | None]:
    """Open a file for reading, transparently decompressing gzip; return (stream, the gzip layer)."""
    raw = open(path, "rb")  # noqa: SIM115 - the caller closes the returned stream
    head = raw.read(2)
    raw.seek(0)
    if head == GZIP_MAGIC:
        gz = GzipStream(raw)
        return io.BufferedReader(gz, 1 << 16), gz  # type: ignore[return-value]
    return raw, None


class GzipStream(io.RawIOBase):
    """Streaming gzip (multi-member) that hands out every byte it could decompress before a cut.

    gzip.GzipFile raises on a truncated file and drops what it had decoded in that read; here the
    data before the cut reads normally, the stream then ends, and `truncated` says why, so the
    records that precede the cut are kept and the cut is reported.
    """

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.pending = b""
        self.done = False
        self.truncated: str | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self.pending and not self.done:
            chunk = self.raw.read(1 << 16)
            if not chunk:
                self.done = True
                if not self.d.eof:
                    self.pending = self.d.flush()
                    self.truncated = "compressed file ended before the end-of-stream marker"
                break
            try:
                self.pending = self.d.decompress(chunk)
                while self.d.eof and self.d.unused_data:  # the next gzip member
                    rest = self.d.unused_data
                    self.d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    self.pending += self.d.decompress(rest)
            except zlib.error as err:
                self.done = True
                self.truncated = f"corrupt compressed data ({err})"
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


class TruncatedInput(Exception):
    """Raised by read_limited when a compressed stream ends early; carries what was read."""

    def __init__(self, data: bytes, reason: str):
        super().__init__(reason)
        self.data = data
        self.reason = reason


DECOMPRESS_ERRORS = (EOFError, zlib.error)


def read_limited(stream: BinaryIO, limit: int) -> tuple[bytes, bool]:
    """Read up to `limit` bytes; return (data, more_remains). Raise TruncatedInput on a cut stream."""
    chunks: list[bytes] = []
    total = 0
    try:
        while total <= limit:
            chunk = stream.read(min(1 << 20, limit + 1 - total))
            if not chunk:
                return b"".join(chunks), False
            chunks.append(chunk)
            total += len(chunk)
    except DECOMPRESS_ERRORS as err:
        raise TruncatedInput(b"".join(chunks), f"compressed stream is truncated or corrupt ({err})") from err
    data = b"".join(chunks)
    return data[:limit], True
