"""ingest: paths in, Sources and Problems out.

    discover(paths)           -> InputFile | Problem     (files.py: walking, symlink loops)
    read_input(InputFile)     -> Source | Problem         (sniff.py picks a reader in readers.py)

Nothing in this package raises on bad data: every failure is a Problem with the path, the record
number and a reason a person can act on.
"""

from __future__ import annotations

import hashlib
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from ..records import Problem, Source
from .decode import binary_kind
from .files import DECOMPRESS_ERRORS, InputFile, discover, file_hash, open_binary
from .readers import READERS, ReadOptions, ReadStats, read_jsonl
from .sniff import sniff

__all__ = ["InputFile", "InputInfo", "ReadOptions", "discover", "file_hash", "read_input"]


@dataclass(slots=True)
class InputInfo:
    """What the inputs table records of one file."""

    path: str
    format: str = "unknown"
    compressed: bool = False
    size: int = 0
    sha256: str = ""
    encoding: str | None = None
    skipped: int = 0


class _HashingStream:
    """Wrap standard input so its bytes are hashed as they are read."""

    def __init__(self, raw) -> None:
        self.raw = raw
        self.digest = hashlib.sha256()

    def readline(self, limit: int = -1) -> bytes:
        line = self.raw.readline(limit)
        self.digest.update(line)
        return line


def read_input(inp: InputFile, opts: ReadOptions, info: InputInfo) -> Iterator[Source | Problem]:
    """Yield the Sources and Problems of one input file, filling `info` as it learns the format."""
    if inp.path == "-":
        info.format = "jsonl"
        stream = _HashingStream(sys.stdin.buffer)
        stats = ReadStats()
        yield from read_jsonl(stream, inp, opts, stats)  # type: ignore[arg-type]
        info.sha256 = stream.digest.hexdigest()
        info.encoding = stats.encoding
        return
    try:
        stream, gz = open_binary(inp.path)
    except OSError as err:
        yield Problem(inp.path, "unreadable", f"cannot open: {err.strerror or err}")
        return
    info.compressed = gz is not None
    with stream:
        try:
            head = stream.read(65536)
        except DECOMPRESS_ERRORS as err:
            yield Problem(inp.path, "truncated", f"compressed file cannot be read ({err})")
            return
        except OSError as err:
            yield Problem(inp.path, "unreadable", f"cannot read: {err.strerror or err}")
            return
        if not head.strip() and len(head) < 65536:
            yield Problem(inp.path, "empty", "file is empty" if not head else "file is only whitespace")
            return
        kind = binary_kind(head)
        if kind:
            info.format = "binary"
            yield Problem(inp.path, "binary", f"not a text format: {kind}")
            return
        info.format = sniff(head, inp.path)
        stats = ReadStats()
        body = io.BufferedReader(_Prefixed(head, stream), 1 << 16)
        reported = False
        yielded = 0
        try:
            for item in READERS[info.format](body, inp, opts, stats):
                reported = reported or (isinstance(item, Problem) and item.reason == "truncated")
                yielded += 1
                yield item
        except OSError as err:  # a disk error halfway through a file
            yield Problem(inp.path, "unreadable", f"read failed: {err.strerror or err}")
        except RecursionError:
            yield Problem(inp.path, "too_deep", "input is nested too deeply to read; records before it were kept")
        except Exception as err:  # a third-party parser failing in a way we did not foresee: lose the rest, not the run
            yield Problem(
                inp.path,
                "reader_failed",
                f"the {info.format} reader stopped ({type(err).__name__}: {err}); records before it were kept",
            )
        if gz is not None and gz.truncated and not reported:
            yield Problem(
                inp.path, "truncated", f"{gz.truncated}; the records before the cut were kept", severity="warning"
            )
        info.encoding = stats.encoding
        info.skipped = stats.skipped
        if not yielded:  # nothing stored and nothing said: say why, so no input vanishes
            what = f"{stats.skipped} record(s), none of them an article" if stats.skipped else "no records"
            yield Problem(inp.path, "no_records", f"the {info.format} input holds {what}")


class _Prefixed(io.RawIOBase):
    """A raw stream that replays the bytes already read for sniffing, then reads on."""

    def __init__(self, head: bytes, rest) -> None:
        self.head = memoryview(head)
        self.rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
