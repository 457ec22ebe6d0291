"""README's example output comes from the demo, not from memory.

    python benchmarks/readme_demo.py            # print the demo's run summary as README shows it
    python benchmarks/readme_demo.py --write    # put it into README.md between the demo markers
    python benchmarks/readme_demo.py --check    # exit 1 when README differs from the demo (timings aside)

The block between `<!-- demo-run:start -->` and `<!-- demo-run:end -->` in README.md is the output
of `storyline run examples/corpus --db demo.duckdb`; tests/test_readme.py runs the check.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- demo-run:start -->", "<!-- demo-run:end -->"
# what changes from run to run on the same input: seconds and rates
TIMING = [
    (re.compile(r"in \d+(\.\d+)?s\b"), "in Ns"),
    (re.compile(r"\(\d[\d,]*(\.\d+)? articles/s extracting\)"), "(N articles/s extracting)"),
    (re.compile(r"\((\d+(\.\d+)?)s\)"), "(Ns)"),
]


def demo_output() -> str:
    """The summary `storyline run examples/corpus --db demo.duckdb` prints, as a user sees it."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONWARNINGS": "ignore", "COLUMNS": "200"}
        done = subprocess.run(
            [sys.executable, "-m", "storyline.cli", "run", "examples/corpus", "--db", f"{tmp}/demo.duckdb", "--quiet"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
            check=True,
        )
    text = done.stdout.replace(f"{tmp}/demo.duckdb", "demo.duckdb")
    lines = [line.rstrip() for line in text.splitlines()]
    return "$ storyline run examples/corpus --db demo.duckdb\n" + "\n".join(lines) + "\n"


def normalise(text: str) -> str:
    for pattern, repl in TIMING:
        text = pattern.sub(repl, text)
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def readme_block(readme: str) -> str:
    start, end = readme.index(START), readme.index(END)
    block = readme[start + len(START) : end]
    return block.strip().removeprefix("```").removesuffix("```").strip("\n")


def write(output: str) -> None:
    readme = README.read_text(encoding="utf-8")
    start, end = readme.index(START), readme.index(END)
    README.write_text(readme[: start + len(START)] + "\n```\n" + output + "```\n" + readme[end:], encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    args = ap.parse_args()
    output = demo_output()
    if args.write:
        write(output)
    elif args.check:
        if normalise(readme_block(README.read_text(encoding="utf-8"))) != normalise(output):
            print("README's demo output differs from the demo; run: python benchmarks/readme_demo.py --write")
            return 1
    else:
        print(output, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
