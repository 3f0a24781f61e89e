"""Spools in the pure parts: the dispatcher does not send a job to a printer whose spool
is too short or of another colour, `explain` says which, and the wire and agent config
carry the spool without breaking coordinators that predate it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from pydantic import ValidationError

from agent.config import load_config
from agent.wire import PrinterState, PrinterStateName
from agent.wire.spools import FilamentSpool
from coordinator.dispatch import Assignment, PrinterView, QueuedJob, dispatch
from coordinator.explain import FleetMember, WaitKind, explain
from coordinator.requirements import Requirements
from coordinator.spools.fit import SPOOL_MARGIN

RED = "#ff0000"


def spool(grams: float, colour: str | None = RED, material: str = "pla") -> FilamentSpool:
    return FilamentSpool(material=material, colour=colour, grams=grams)


def printer(key: str, loaded: FilamentSpool | None) -> PrinterView:
    return PrinterView(
        key=key, online=True, state=PrinterStateName.IDLE, bed_clear=True, firmware="marlin",
        profile="prusa", nozzle_diameter=0.4, material=loaded.material if loaded else "pla",
        build_volume=(250.0, 210.0, 210.0), spool=loaded,
    )  # fmt: skip


def job(job_id: str, grams: float | None, req: Requirements | None = None) -> QueuedJob:
    return QueuedJob(job_id, 0, 1.0, "ann", req or Requirements(), grams)


@pytest.mark.parametrize(
    ("grams", "spools", "expected"),
    [
        (120, {"a/mk4": 40, "a/xl": 500}, "a/xl"),  # the short one is skipped
        (120, {"a/mk4": 40, "a/xl": 40}, None),  # both short: waits
        (120, {"a/mk4": 120, "a/xl": 40}, None),  # the job's grams, but not the margin
        (120, {"a/mk4": 120 * SPOOL_MARGIN, "a/xl": 40}, "a/mk4"),  # exactly enough
        (None, {"a/mk4": 0, "a/xl": 0}, "a/mk4"),  # a job of unknown weight goes anywhere
        (120, {"a/mk4": None, "a/xl": 10}, "a/mk4"),  # an unknown spool is not checked
    ],
)
def test_a_job_goes_only_where_the_spool_holds_it(
    grams: float | None, spools: dict[str, float | None], expected: str | None
) -> None:
    fleet = [printer(k, spool(g) if g is not None else None) for k, g in spools.items()]
    out = dispatch([job("j1", grams)], fleet)
    assert out == ([Assignment("j1", expected)] if expected else [])


def test_printers_of_one_class_with_different_grams_each_take_the_job_they_can() -> None:
    """Same material and colour (one capability class), different grams left."""
    fleet = [printer("a/p1", spool(1000)), printer("a/p2", spool(50)), printer("a/p3", spool(10))]
    out = dispatch([job("heavy", 500), job("light", 30), job("tiny", 5)], fleet)
    assert sorted((a.job_id, a.printer_key) for a in out) == [
        ("heavy", "a/p1"), ("light", "a/p2"), ("tiny", "a/p3"),
    ]  # fmt: skip


def test_an_explicit_printer_with_a_short_spool_is_not_taken() -> None:
    fleet = [printer("a/mk4", spool(40)), printer("a/xl", spool(500))]
    assert dispatch([job("j1", 120, Requirements(printer="a/mk4"))], fleet) == []


def test_a_colour_is_asked_for_and_matched_exactly() -> None:
    fleet = [printer("a/red", spool(500)), printer("a/plain", None)]
    green = Requirements(colour="#00FF00")
    assert green.colour == "#00ff00"
    assert dispatch([job("g", 10, green)], fleet) == []
    assert dispatch([job("r", 10, Requirements(colour="FF0000"))], fleet) == [
        Assignment("r", "a/red")
    ]


def test_a_spool_sets_the_printers_material() -> None:
    fleet = [printer("a/petg", spool(500, material="PETG")), printer("a/pla", spool(500))]
    assert dispatch([job("j", 10, Requirements(material="petg"))], fleet) == [
        Assignment("j", "a/petg")
    ]


def test_explain_says_the_spool_is_too_short() -> None:
    fleet = [FleetMember(printer("shelf-1/mk4", spool(40)))]
    reason = explain(Requirements(), fleet, grams=120)
    assert reason.kind is WaitKind.SPOOL_TOO_SHORT
    assert reason.message == "40 g left on shelf-1/mk4, the job needs 120 g"
    assert reason.printers == ("shelf-1/mk4",)
    printing = replace(printer("shelf-1/xl", spool(900)), state=PrinterStateName.PRINTING)
    busy = FleetMember(printing, remaining_s=600)
    reason = explain(Requirements(), [*fleet, busy], grams=120)
    assert reason.kind is WaitKind.BUSY  # the nearer reason first, then the spool
    assert reason.message == (
        "shelf-1/xl matches but is busy, free in ~10 min; "
        "40 g left on shelf-1/mk4, the job needs 120 g"
    )


def test_explain_names_a_colour_nobody_has_loaded() -> None:
    fleet = [FleetMember(printer("a/red", spool(500))), FleetMember(printer("a/none", None))]
    reason = explain(Requirements(colour="#00ff00"), fleet, grams=10)
    assert reason.kind is WaitKind.NO_MATCH
    assert reason.excluded_by == "colour"
    assert reason.message == "no printer has a #00ff00 spool loaded (none of 2)"


def test_colours_are_hex_only() -> None:
    assert spool(1, colour="#ABCDEF").colour == "#abcdef"
    with pytest.raises(ValidationError, match="give it as #rrggbb"):
        spool(1, colour="red")
    with pytest.raises(ValidationError):
        FilamentSpool(material="pla", grams=-1)


def _state(**extra: object) -> PrinterState:
    return PrinterState.model_validate(
        {"ts": 1.0, "state": "idle", "capabilities": {"firmware": "marlin"}, "profile": "x",
         "build_volume": {"x": 1, "y": 1, "z": 1}, "bed_clear": True, **extra}
    )  # fmt: skip


def test_a_state_without_a_spool_leaves_the_field_out() -> None:
    """Coordinators older than the field refuse unknown fields (extra="forbid"): an agent
    without a spool in its config must not send `"spool": null` to them."""
    assert "spool" not in json.loads(_state().model_dump_json())
    loaded = _state(spool={"material": "PLA", "colour": "#FF0000", "grams": 750})
    wire = json.loads(loaded.model_dump_json())
    assert wire["spool"] == {"material": "pla", "colour": RED, "diameter": 1.75, "grams": 750.0}
    assert PrinterState.model_validate(wire) == loaded


def test_agent_toml_takes_a_spool(tmp_path: Path) -> None:
    path = tmp_path / "agent.toml"
    path.write_text(
        '[agent]\nid = "shelf-1"\n\n[[printers]]\nid = "mk4"\nport = "/dev/null"\n'
        'spool = { material = "PETG", colour = "#00ff00", grams = 750, diameter = 1.75 }\n'
        '\n[[printers]]\nid = "xl"\nport = "/dev/null"\n'
    )
    config = load_config(path)
    assert config.printers[0].spool == FilamentSpool(material="petg", colour="#00ff00", grams=750)
    assert config.printers[1].spool is None
