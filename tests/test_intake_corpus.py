"""Intake over a corpus of real G-code from many slicers (tests/data/corpus).

Each row of tests/data/corpus/SOURCES.toml is one file as a slicer wrote it, with the
slicer's name and version as its header gives them and the figures the slicer itself
wrote into the file (its time estimate, its filament length or volume). Intake must
read every file without error, name its slicer and version, and report the slicer's
own figures as written. Our own estimate must come within 5 % of the slicer's own
figure, median per slicer family, for the families whose figure comes from a motion
planner (`coordinator.intake.accuracy`); benchmarks/analyze.py --corpus prints the table.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from coordinator.intake.accuracy import (
    BAMBU,
    CURA,
    MAX_MEDIAN_ERROR_PCT,
    ORCA,
    PRUSA,
    family_errors,
    planner_family,
)
from coordinator.intake.gcode import analyze_gcode
from coordinator.intake.models import GcodeAnalysis
from coordinator.intake.reader import GcodeInputError

CORPUS = Path(__file__).parent / "data" / "corpus"
ROWS: list[dict[str, Any]] = tomllib.loads((CORPUS / "SOURCES.toml").read_text())["file"]
PRINTFARM = Path(sys.executable).parent / "printfarm"
REL = 1e-6  # the figures are decimal text: compare as written, not by tolerance


def _id(row: dict[str, Any]) -> str:
    return str(row["file"])


def _readable() -> list[Any]:
    """The rows intake reads; those it cannot read yet are strict expected failures."""
    return [
        pytest.param(row, id=_id(row), marks=pytest.mark.xfail(strict=True, reason=row["pending"]))
        if row.get("pending")
        else pytest.param(row, id=_id(row))
        for row in ROWS
        if not row.get("refused")
    ]


def _analyse(row: dict[str, Any]) -> GcodeAnalysis:
    return analyze_gcode(CORPUS / row["file"])


def test_every_file_has_its_source_recorded() -> None:
    on_disk = {str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*") if p.is_file()}
    listed = {row["file"] for row in ROWS}
    assert on_disk - {"SOURCES.toml"} == listed
    for row in ROWS:
        assert row["repository"]
        assert row["path"]
        assert row["licence"]
        assert len(row["commit"]) == 40
        assert row.get("refused") or isinstance(row.get("flavour"), str), row["file"]


def test_corpus_stays_small() -> None:
    total = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file())
    assert total <= 15_000_000


@pytest.mark.parametrize("row", [r for r in ROWS if r.get("refused")], ids=_id)
def test_refused_files_say_why(row: dict[str, Any]) -> None:
    with pytest.raises(GcodeInputError, match="binary G-code"):
        _analyse(row)


@pytest.mark.parametrize("row", _readable())
def test_slicer_is_recognised(row: dict[str, Any]) -> None:
    result = _analyse(row)
    assert result.moves > 0
    assert result.slicer.name == (row["slicer"] or None)
    assert result.slicer.version == (row["version"] or None)


@pytest.mark.parametrize("row", _readable())
def test_slicer_figures_are_read(row: dict[str, Any]) -> None:
    slicer = _analyse(row).slicer
    for key, got in (
        ("own_time_s", slicer.estimated_time_s),
        ("own_model_time_s", slicer.model_time_s),
        ("own_filament_mm", slicer.filament_used_mm),
        ("own_filament_mm3", slicer.filament_used_mm3),
        ("own_filament_g", slicer.filament_used_g),
    ):
        want = row.get(key)
        assert got == (pytest.approx(want, rel=REL) if want is not None else None), key


@pytest.mark.parametrize("row", _readable())
def test_flavour_is_the_one_the_slicer_names(row: dict[str, Any]) -> None:
    # Only the slicer's word makes a flavour (and so a requirement); the commands'
    # hints (M73, M572, M900...) never override it: Bambu's A1 mini file is Marlin's.
    result = _analyse(row)
    stated = result.firmware_flavor if result.firmware_flavor_stated else None
    assert stated == (row["flavour"] or None)
    assert result.requirements().gcode_flavor == (row["flavour"] or None)


@pytest.mark.parametrize("row", _readable())
def test_printer_is_the_one_the_slicer_names(row: dict[str, Any]) -> None:
    assert _analyse(row).slicer.printer_model == row.get("printer")


@pytest.mark.parametrize("row", [r for r in ROWS if r.get("own_filament_mm_per_tool")], ids=_id)
def test_filament_per_tool_is_read(row: dict[str, Any]) -> None:
    slicer = _analyse(row).slicer
    assert slicer.filament_used_mm_per_tool == pytest.approx(row["own_filament_mm_per_tool"])
    assert slicer.filament_used_mm == pytest.approx(sum(row["own_filament_mm_per_tool"]))


@pytest.mark.parametrize("row", [r for r in ROWS if r.get("no_e_axis")], ids=_id)
def test_no_e_axis_is_said_not_reported_as_zero(row: dict[str, Any]) -> None:
    result = _analyse(row)
    assert result.filament_measured is False
    assert any("no E axis" in w for w in result.warnings)


@pytest.mark.parametrize(
    "row",
    [
        r
        for r in ROWS
        if not (r.get("refused") or r.get("pending") or r.get("no_e_axis") or r.get("no_extrusion"))
    ],
    ids=_id,
)
def test_files_with_an_e_axis_measure_their_filament(row: dict[str, Any]) -> None:
    result = _analyse(row)
    assert result.filament_measured is True
    assert result.filament_mm > 0


@pytest.mark.parametrize("row", [r for r in ROWS if r.get("m73_span_min")], ids=_id)
def test_estimate_agrees_with_the_files_own_m73_hints(row: dict[str, Any]) -> None:
    # Words without spaces ("G1X110E8F900", as MeatPack leaves them): E starts a word,
    # it is not an exponent (Marlin reads it so); X = 110e8 mm once made this 36e9 s.
    # The hints are whole minutes, hence the wide bounds.
    hint_s = row["m73_span_min"] * 60
    assert 0.5 < _analyse(row).estimated_time_s / hint_s < 2


def _cli_analyze(row: dict[str, Any]) -> str:
    done = subprocess.run(
        [str(PRINTFARM), "analyze", str(CORPUS / row["file"])],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return done.stdout


@pytest.mark.parametrize("row", [r for r in ROWS if r.get("no_e_axis")], ids=_id)
def test_cli_says_the_filament_is_unknown_without_an_e_axis(row: dict[str, Any]) -> None:
    out = _cli_analyze(row)
    assert "filament        unknown (no E axis)" in out
    assert "0.00 m" not in out


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r.get("own_model_time_s") and not r.get("pending")], ids=_id
)
def test_cli_shows_both_bambu_times(row: dict[str, Any]) -> None:
    out = _cli_analyze(row)
    assert f"(slicer: {row['own_time_s']} s, model alone {row['own_model_time_s']} s)" in out


def test_cli_says_what_the_file_was_sliced_for() -> None:
    # ideaMaker 5 names its printer and firmware in its header, the nozzle in ;Dimension:
    out = _cli_analyze({"file": "ideamaker/ideamaker_5.1.4.gcode"})
    assert "sliced for      RAISE3D Pro3, nozzle 0.4 mm, PLA, reprapfirmware G-code\n" in out
    # A flavour guessed from the commands is said to be a guess.
    out = _cli_analyze({"file": "handwritten/klipper_move.gcode"})
    assert "klipper G-code (guessed from its commands)" in out


def _family_errors() -> dict[str, list[tuple[float, str]]]:
    analysed = [
        (row["file"], _analyse(row))
        for row in ROWS
        if not (row.get("refused") or row.get("pending") or row.get("own_time_beyond_moves"))
    ]
    return family_errors(analysed)


def test_estimates_are_within_5_percent_of_the_planner_families_own() -> None:
    # Median |ours - the slicer's own| per family, over every corpus file of the family
    # that carries the slicer's figure (a file added later counts at once).
    errors = _family_errors()
    assert set(errors) == {PRUSA, ORCA, BAMBU, CURA}
    medians = {family: statistics.median(e for e, _ in found) for family, found in errors.items()}
    over = {
        family: (m, errors[family]) for family, m in medians.items() if m > MAX_MEDIAN_ERROR_PCT
    }
    assert not over, over


@pytest.mark.parametrize("row", [r for r in ROWS if r.get("own_time_beyond_moves")], ids=_id)
def test_files_left_out_of_the_medians_are_of_a_planner_family(row: dict[str, Any]) -> None:
    # Only a planner family's file needs leaving out, and only with its reason.
    assert planner_family(_analyse(row)) is not None
    assert len(row["own_time_beyond_moves"]) > 40


def test_kisslicer_is_not_held_to_a_planner_figure() -> None:
    # Its "Estimated Build Time" is lengths over speeds plus modelled warm-up and
    # cooling pauses (see coordinator/intake/accuracy.py), not a planner's.
    rows = [r for r in ROWS if r["slicer"] == "KISSlicer"]
    assert rows
    assert all(planner_family(_analyse(r)) is None for r in rows)
