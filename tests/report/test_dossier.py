"""The text dossier: one answer for names and codes, errors for unknown actors, whole lines when piped."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from conftest import run_cli
from storyline.report.dossier import UnknownActor, dossier


def _quiet() -> Console:
    return Console(file=io.StringIO(), width=200)


def test_a_dyad_by_names_or_by_codes_is_the_same_dyad(report_store):
    by_name = dossier(report_store, dyad=["Russia", "North Korea"], console=_quiet())
    by_code = dossier(report_store, dyad=["RUS", "PRK"], console=_quiet())
    mixed = dossier(report_store, dyad=["russia", "PRK"], console=_quiet())
    assert by_name["dyad_events"] == by_code["dyad_events"] == mixed["dyad_events"] > 5


def test_an_unknown_actor_is_an_error_not_an_empty_table(report_store):
    with pytest.raises(UnknownActor, match="no actor 'Atlantis'"):
        dossier(report_store, dyad=["Atlantis", "PRK"], console=_quiet())
    r = run_cli("report", "--db", report_store, "--dyad", "Atlantis", "PRK")
    assert r.returncode == 2 and "no actor 'Atlantis'" in r.stderr


def test_piped_output_keeps_table_lines_and_dates_keep_their_precision(report_store):
    r = run_cli("report", "--db", report_store, "--dyad", "RUS", "PRK")
    assert r.returncode == 0, r.stderr
    rows = [line for line in r.stdout.splitlines() if line.startswith("│")]
    assert any("Korean Central News Agency" in line for line in rows)  # not folded one word per line
    dated = [line.split("│")[1].strip() for line in rows if line.count("│") > 5 and line.split("│")[1].strip()]
    assert "2023-09" in dated  # Kim's trip, known to the month
    assert not any(d.endswith("-01") and len(d) == 10 for d in dated if d.startswith("2023-09"))
