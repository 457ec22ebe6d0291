"""Shared fixtures. Tests that read ../shared (the dev sets and seeds) skip cleanly without it."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def coder():
    """One ArticleCoder (spaCy model, gazetteer, lexicon) for the whole session: loading is slow. It codes with the
    rules alone (`rules_only`): the tests of `code` are tests of rules of language, each with its near misses, and
    the default word reader (events/word_reader.py), a statistical layer over them, is measured on labelled text
    (benchmarks/natural_mix.py) and tested on its own (tests/events/test_word_reader.py)."""
    from storyline.events import ArticleCoder

    return ArticleCoder(rules_only=True)


@pytest.fixture()
def code(coder):
    """Code one text: code("...", published="2023-10-20") -> list of event dicts (all statuses)."""

    def _code(text: str, published: str | None = "2023-10-20") -> list[dict]:
        return coder.code_records([{"id": "t", "text": text}], published=published)

    return _code


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the storyline CLI in a subprocess, as a user would."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, "-m", "storyline.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=600,
    )


@contextlib.contextmanager
def serve_app(db: str | Path):
    """The read-only app over `db` on a free loopback port, in a thread: yields its base URL."""
    import uvicorn

    from storyline.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


# ---- the report, app and export tests' store ----------------------------------------------------------

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)"> \'"'
HOSTILE = [
    {
        "id": 'evil-1"><script>alert(3)</script>',
        "url": "javascript:alert(4)",
        "source": f"Evil {EVIL}",
        "title": f"Minister {EVIL} meets envoy",
        "published": "2024-02-03",
        "text": (
            "Foreign Minister Ivan Petrov met the envoy of Freedonia in Sylvania on Monday, officials said. "
            f'"We will not accept </script><script>alert(5)</script> {EVIL}," Petrov said after the talks.\n\n'
            "The two sides agreed to meet again in March."
        ),
    },
    {
        "id": "evil-2",
        "url": "data:text/html,<script>alert(6)</script>",
        "source": "Plain Outlet",
        "title": 'Envoy says "talks" went <b>well</b>',
        "published": "2024-02-04",
        "text": (
            "The envoy of Freedonia said on Tuesday that his talks with Foreign Minister Ivan Petrov went well. "
            "Petrov promised to visit Freedonia in the spring, officials said."
        ),
    },
]


@pytest.fixture(scope="session")
def report_store(tmp_path_factory) -> str:
    """The sample corpus and the hostile records, run once with events and corpus stages."""
    root = tmp_path_factory.mktemp("report")
    corpus = root / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    (corpus / "hostile.jsonl").write_text("".join(json.dumps(r) + "\n" for r in HOSTILE), encoding="utf-8")
    db = root / "store.duckdb"
    from storyline.engine.local import RunOptions, run

    run([str(corpus)], str(db), RunOptions(workers=1))
    return str(db)


def parsed_tags(html: str) -> list[tuple[str, dict]]:
    """Every element of an HTML page as (tag, attributes): what a browser would build, so tests ask
    about real tags and attributes, not about text that merely mentions them."""
    from html.parser import HTMLParser

    found: list[tuple[str, dict]] = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, dict(attrs)))

    Collect().feed(html)
    return found


def assert_inert(html: str) -> None:
    """No script element, no event-handler attribute, no link to anything but http(s) or the page itself."""
    for tag, attrs in parsed_tags(html):
        assert tag not in ("script", "img", "iframe", "object", "embed"), (tag, attrs)
        assert not [a for a in attrs if a.lower().startswith("on")], (tag, attrs)
        for key in ("href", "src", "action"):
            value = (attrs.get(key) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)


def kinds(events: list[dict]) -> list[str]:
    """The types of the events a text reports (happened, planned or ongoing, not in the background)."""
    return [e["type"] for e in events if e["status"] in ("happened", "planned", "ongoing") and not e["background"]]


def rows(events: list[dict], kind: str) -> list[dict]:
    """The events of one type."""
    return [e for e in events if e["type"] == kind]


def reader_rows(coder, text: str, reading: dict[str, float], threshold: float = 0.9) -> list:
    """The rows a reader of whole sentences finds on its own (events/alone.py) in the first sentence of `text`, given
    fixed probabilities: tests of how the step reads a sentence, not of what a trained reader thinks."""
    from storyline.actors.mentions import DocActors
    from storyline.events.filters import political_keys

    alone = coder.coder.alone
    doc = coder.nlp(text)
    actors = DocActors(doc, "t", coder.gazetteer)
    return alone.candidates(reading, threshold, next(iter(doc.sents)), actors, set(), political_keys(actors))
