"""One model of a job's requirements: provenance (file or person), matching against
printer capabilities, `explain` naming the requirement that excludes, and the analysis
of real files (the part's extents without purge lines)."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from sqlalchemy import update

from agent import wire
from agent.profiles import load_profile
from agent.wire import PrinterStateName
from coordinator.dispatch import PrinterView, QueuedJob, dispatch, mismatch_fields
from coordinator.explain import FleetMember, WaitKind, explain
from coordinator.farm_cli import parse_requirements
from coordinator.intake.gcode import analyze_gcode, check_against_build_volume
from coordinator.requirements import (
    FROM_FILE,
    Origin,
    Requirements,
    Source,
    flavour_runs_on,
)
from coordinator.store import JobSpec, Store
from coordinator.store.statements import JOBS
from tests.helpers.printfarm_cli import refused, run_printfarm

CORPUS = Path(__file__).parent / "data" / "corpus"
MINI = CORPUS / "prusaslicer" / "mini_cube_ps2.6.0.gcode"
ANN = Origin.by_person("ann")


def view(key: str = "a/p", **overrides: object) -> PrinterView:
    fields: dict[str, object] = {
        "key": key, "online": True, "state": PrinterStateName.IDLE, "bed_clear": True,
        "firmware": "marlin", "profile": "marlin2", "nozzle_diameter": 0.4,
        "material": "pla", "build_volume": (220.0, 220.0, 250.0),
        "filament_diameter": 1.75, "tool_count": 1, "max_bed_c": 100.0,
    }  # fmt: skip
    fields.update(overrides)
    return PrinterView(**fields)  # type: ignore[arg-type]


def from_file(**values: object) -> Requirements:
    return Requirements.model_validate({**values, "provenance": dict.fromkeys(values, FROM_FILE)})


# -- the model --------------------------------------------------------------------------
def test_a_person_overrides_the_file_and_is_named() -> None:
    file = from_file(nozzle_diameter=0.6, material="petg", bed_temperature=90.0)
    asked = Requirements.from_person(
        {"nozzle_diameter": 0.4, "material": None, "provenance": {"site": {"source": "file"}}},
        "ann",
    )
    req = file.overridden_by(asked)
    assert (req.nozzle_diameter, req.material, req.bed_temperature) == (0.4, None, 90.0)
    assert req.provenance == {
        "nozzle_diameter": ANN, "material": ANN, "bed_temperature": FROM_FILE,
    }  # fmt: skip
    assert req.origin("site") is None  # a body cannot claim the file said so
    assert ANN.describe() == "set by ann"
    assert FROM_FILE.describe() == "from the file"


def test_from_file_only_keeps_what_the_file_said() -> None:
    req = from_file(nozzle_diameter=0.6).overridden_by(
        Requirements.from_person({"material": "pla"}, "bo")
    )
    kept = req.from_file_only()
    assert (kept.nozzle_diameter, kept.material) == (0.6, None)
    assert kept.provenance == {"nozzle_diameter": FROM_FILE}


def test_provenance_does_not_change_what_matches_or_its_hash() -> None:
    a = Requirements(nozzle_diameter=0.6)
    b = Requirements.from_person({"nozzle_diameter": 0.6}, "ann")
    assert hash(a) == hash(b)
    assert a.needs() == b.needs()
    with pytest.raises(ValueError, match="unknown requirements"):
        Requirements.model_validate({"provenance": {"speed": {"source": "person"}}})


def test_old_stored_requirements_without_provenance_load(store_url: str) -> None:
    """A job stored before provenance existed (the JSON of the old dispatch model)."""
    store = Store(store_url)
    try:
        spec = JobSpec(name="old", file_sha256="ab" * 32, file_size=1, file_name="old.gcode")
        (job,) = store.submit(spec)
        old = {"material": "petg", "nozzle_diameter": 0.6, "extents": {"x": 1, "y": 2, "z": 3}}
        with store.transaction(), store.session() as s:
            s.execute(update(JOBS).where(JOBS.c.id == job.id).values(requirements=old))
        loaded = store.get_job(job.id).requirements
        assert (loaded.material, loaded.nozzle_diameter, loaded.provenance) == ("petg", 0.6, {})
        assert loaded.from_file_only().extents == loaded.extents  # extents: from the file
    finally:
        store.close()


def test_the_cli_sets_and_lifts_requirements() -> None:
    req = parse_requirements(["nozzle=0.6", "filament=2.85", "tools=2", "bed=110",
                              "flavor=klipper", "material=any", "tag=big"])  # fmt: skip
    assert req.model_dump(exclude_unset=True) == {
        "nozzle_diameter": 0.6, "filament_diameter": 2.85, "tool_count": 2,
        "bed_temperature": 110.0, "gcode_flavor": "klipper", "material": None,
        "tags": frozenset({"big"}),
    }  # fmt: skip
    for bad, words in (("nozzle=wide", "not a number"), ("speed=9", "unknown key"),
                       ("tools=0", "greater than or equal to 1")):  # fmt: skip
        with pytest.raises(typer.BadParameter, match=words):
            parse_requirements([bad])


# -- matching -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("need", "field"),
    [
        ({"nozzle_diameter": 0.6}, "nozzle_diameter"),
        ({"filament_diameter": 2.85}, "filament_diameter"),
        ({"tool_count": 2}, "tool_count"),
        ({"bed_temperature": 110.0}, "bed_temperature"),
        ({"gcode_flavor": "reprapfirmware"}, "gcode_flavor"),
    ],
)
def test_each_requirement_excludes_a_printer_that_cannot(
    need: dict[str, object], field: str
) -> None:
    assert list(mismatch_fields(Requirements.model_validate(need), view())) == [field]


def test_what_a_printer_can_do_matches() -> None:
    req = Requirements(
        nozzle_diameter=0.4, filament_diameter=1.75, tool_count=1, bed_temperature=100.0,
        gcode_flavor="marlin",
    )  # fmt: skip
    assert mismatch_fields(req, view()) == {}
    assert mismatch_fields(req, view(firmware="klipper")) == {}  # Klipper reads Marlin's


def test_a_printer_that_does_not_say_is_not_excluded_by_the_file() -> None:
    req = Requirements(filament_diameter=2.85, bed_temperature=110.0, tool_count=1)
    silent = view(filament_diameter=None, tool_count=None, max_bed_c=None)
    assert mismatch_fields(req, silent) == {}


def test_flavours() -> None:
    assert flavour_runs_on("prusa", "marlin")
    assert flavour_runs_on("marlin", "prusa")
    assert not flavour_runs_on("reprapfirmware", "marlin")
    assert not flavour_runs_on("klipper", "marlin")


def test_a_06_file_goes_to_the_06_printer_only() -> None:
    fleet = [view("a/small"), view("a/big", nozzle_diameter=0.6)]
    job = QueuedJob("j", 0, 1.0, "ann", from_file(nozzle_diameter=0.6))
    assert [a.printer_key for a in dispatch([job], fleet)] == ["a/big"]
    assert dispatch([job], fleet[:1]) == []


def test_printer_view_reads_the_new_wire_facts() -> None:
    state = wire.PrinterState(
        ts=0.0, state=PrinterStateName.IDLE, capabilities=wire.Capabilities(firmware="marlin"),
        profile="marlin2", build_volume=wire.BuildVolume(x=200, y=200, z=200), bed_clear=True,
        filament_diameter=2.85, tool_count=2, max_bed_c=110,
    )  # fmt: skip
    pv = PrinterView.from_state("a", "p", state, online=True, assigned=False)
    assert (pv.filament_diameter, pv.tool_count, pv.max_bed_c) == (2.85, 2, 110)
    bare = wire.PrinterState.model_validate_json(
        state.model_copy(update={"filament_diameter": None}).model_dump_json()
    )
    assert bare.filament_diameter is None
    assert (
        "filament_diameter" not in state.model_copy(update={"filament_diameter": None}).model_dump()
    )  # older coordinators (extra="forbid") still take it


# -- explain ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("need", "words"),
    [
        ({"nozzle_diameter": 0.6}, "no printer has a 0.6 mm nozzle"),
        ({"filament_diameter": 2.85}, "no printer takes 2.85 mm filament"),
        ({"tool_count": 2}, "no printer has 2 tools"),
        ({"bed_temperature": 110.0}, "no printer may heat its bed to 110 °C"),
        ({"gcode_flavor": "reprapfirmware"}, "no printer runs G-code for reprapfirmware"),
    ],
)
def test_explain_names_the_requirement(need: dict[str, object], words: str) -> None:
    fleet = [FleetMember(view("a/1")), FleetMember(view("a/2"))]
    reason = explain(Requirements.model_validate(need), fleet)
    assert reason.kind is WaitKind.NO_MATCH
    assert reason.message.startswith(words), reason.message
    assert reason.excluded_by == next(iter(need))


# -- the file's analysis -----------------------------------------------------------------------
def test_the_mini_benchy_fits_the_prusa_profile_without_its_purge_line() -> None:
    analysis = analyze_gcode(MINI)
    part, extruding = analysis.extents.part, analysis.extents.extruding
    assert part is not None
    assert extruding is not None
    assert extruding.min_y == pytest.approx(-2.0)  # the purge line in front of the bed
    assert part.min_y > 0
    assert part.min_x > 0
    assert check_against_build_volume(analysis, load_profile("prusa").build_volume) is None
    req = analysis.requirements()
    assert (req.nozzle_diameter, req.material, req.gcode_flavor) == (0.4, "petg", "prusa")
    assert req.bed_temperature == 90.0
    assert req.filament_diameter == 1.75
    assert req.extents is not None
    assert req.extents.y == pytest.approx(part.max_y)
    assert set(req.provenance) == {
        "nozzle_diameter", "material", "gcode_flavor", "bed_temperature",
        "filament_diameter", "extents",
    }  # fmt: skip
    assert {o.source for o in req.provenance.values()} == {Source.FILE}


def test_printfarm_analyze_accepts_the_mini_benchy_on_prusa(tmp_path: Path) -> None:
    done = run_printfarm("analyze", str(MINI), "--profile", "prusa")
    assert done.returncode == 0, done.stderr
    assert "part extents    X 78.2..101.8  Y 78.2..101.8" in done.stdout
    assert "with purge      X 40.0..170.0  Y -2.0..101.8" in done.stdout
    tall = tmp_path / "tall.gcode"
    tall.write_text(";LAYER_CHANGE\nG1 Z0.2\nG1 X10 Y10\nG1 X20 Y10 Z300 E3\n")
    refused(run_printfarm("analyze", str(tall), "--profile", "prusa"), "outside 0..210 mm")


def test_moves_beyond_the_printer_are_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "far.gcode"
    path.write_text("G28\nG1 X5 Y-200 E1 F600\n;LAYER_CHANGE\nG1 Z0.2\nG1 X10 Y10\nG1 X20 Y10 E3\n")
    analysis = analyze_gcode(path)
    assert analysis.extents.part is not None
    assert analysis.extents.part.min_y == 10
    reason = check_against_build_volume(analysis, load_profile("prusa").build_volume)
    assert reason is not None
    assert "beyond" in reason
    assert "Y" in reason


def test_a_file_without_tags_is_all_part(tmp_path: Path) -> None:
    path = tmp_path / "bare.gcode"
    path.write_text("G1 Z0.2\nG1 X5 Y-2 E1 F600\nG1 X10 Y10 E2\n")
    analysis = analyze_gcode(path)
    assert analysis.extents.part == analysis.extents.extruding
    assert analysis.extents.part is not None
    assert analysis.extents.part.min_y == -2
    reason = check_against_build_volume(analysis, load_profile("prusa").build_volume)
    assert reason is not None
    assert "does not fit" in reason
