"""Built data kept on disk between runs: what takes a run seconds of CPU to build from files that
rarely change (the gazetteer's 200,000 place names), stored once per version of those files.

An entry is a pickle named by what it holds and a key: a hash of the bytes of the files it is built
from and of the installed packages it reads (each package file's size and modification time, so an
upgrade or a reinstall changes it). A changed input means another key, so a stale entry is never
read; the newest few entries of each name are kept. The cache lives in `$STORYLINE_CACHE`, else
`$XDG_CACHE_HOME/storyline`, else `~/.cache/storyline`; a directory that cannot be written, an entry
that cannot be read, or STORYLINE_CACHE=off means building as before. Nothing here touches the network.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
_HERE = Path(__file__).resolve().parent
FORMAT = 1  # bump when the layout of an entry changes
KEEP = 3  # entries kept per name


def directory() -> Path | None:
    """Where entries are kept; None when caching is off."""
    where = os.environ.get("STORYLINE_CACHE")
    if where and where.lower() in ("off", "0", "no", "false"):
        return None
    if where:
        return Path(where)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "storyline"


def key(sources: tuple[str, ...], packages: tuple[str, ...]) -> str:
    """A hash of the files (paths relative to this package) and installed packages an entry is built from."""
    h = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]} {pickle.HIGHEST_PROTOCOL}".encode())
    for name in sources:
        h.update(name.encode() + b"\0" + (_HERE / name).read_bytes() + b"\0")
    for package in packages:
        spec = importlib.util.find_spec(package)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            for path in _package_files(Path(folder)):
                st = path.stat()
                h.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()[:32]


def _package_files(folder: Path) -> list[Path]:
    """A package's modules and data files: its own files and those of its folders one level down
    (translations and compiled modules left out: a few hundred stat calls, not thousands)."""
    files = []
    for path in sorted(folder.iterdir()):
        if path.is_dir() and path.name not in ("__pycache__", "locales"):
            files.extend(p for p in sorted(path.iterdir()) if p.is_file())
        elif path.is_file():
            files.append(path)
    return files


def _path(name: str, key: str) -> Path | None:
    folder = directory()
    return None if folder is None else folder / f"{name}-{key}.pickle"


def read(name: str, key: str, kind: type[T]) -> T | None:
    """The entry `name` built under `key`, if there is one of type `kind`; else None."""
    path = _path(name, key)
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            value: Any = pickle.load(f)
    except Exception:  # missing, truncated, or written by another version: build it again
        return None
    return value if isinstance(value, kind) else None


def write(name: str, key: str, value: Any) -> None:
    """Store an entry (atomically: a reader sees the whole entry or none); of the entries of other
    keys of the same name, the KEEP - 1 newest stay. A failure to write is not an error: the next run
    builds it again."""
    path = _path(name, key)
    if path is None:
        return
    with contextlib.suppress(OSError, pickle.PicklingError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        # a few versions stay (checkouts of two versions side by side do not rebuild in turn); older go
        entries = sorted(path.parent.glob(f"{name}-*.pickle"), key=_age)
        for old in entries[KEEP:]:
            with contextlib.suppress(OSError):
                old.unlink()


def _age(path: Path) -> float:
    try:
        return -path.stat().st_mtime
    except OSError:
        return 0.0
