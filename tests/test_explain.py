"""`explain`: why a queued job waits, one reason of each kind, from tables of printers."""

from __future__ import annotations

import pytest

from agent import wire
from agent.wire import PrinterStateName
from coordinator.dispatch import PrinterView
from coordinator.explain import FleetMember, WaitKind, explain
from coordinator.requirements import Extents, Requirements
from coordinator.service.fleet import LivePrinter
from coordinator.service.waiting import WaitingReasons

S = PrinterStateName
PETG = Requirements(material="PETG")


def printer(
    key: str,
    state: PrinterStateName = S.IDLE,
    *,
    online: bool = True,
    bed_clear: bool = True,
    material: str = "pla",
    volume: tuple[float, float, float] = (250.0, 210.0, 210.0),
    assigned: bool = False,
) -> PrinterView:
    return PrinterView(
        key=key, online=online, state=state, bed_clear=bed_clear, firmware="marlin",
        profile="prusa", nozzle_diameter=0.4, material=material, build_volume=volume,
        assigned=assigned,
    )  # fmt: skip


def member(view: PrinterView, *, held: bool = False, left: float | None = None) -> FleetMember:
    return FleetMember(view, held=held, remaining_s=left)


def test_no_printer_at_all() -> None:
    reason = explain(PETG, [])
    assert reason.kind is WaitKind.NO_PRINTERS
    assert reason.message == "no printer has connected yet"


def test_no_match_names_the_requirement_that_excludes_everything() -> None:
    fleet = [member(printer("a/mk3-1")), member(printer("a/mk3-2"))]
    reason = explain(PETG, fleet)
    assert reason.kind is WaitKind.NO_MATCH
    assert reason.excluded_by == "material"
    assert reason.message == "no printer with material petg (none of 2)"


def test_no_match_by_several_requirements_names_the_worst_first() -> None:
    big = Requirements(material="PETG", extents=Extents(x=300, y=10, z=10))
    fleet = [
        member(printer("a/petg", material="petg")),  # too small
        member(printer("a/pla-big", volume=(350, 350, 350))),  # wrong material
        member(printer("a/pla-small")),  # both
    ]
    reason = explain(big, fleet)
    assert reason.kind is WaitKind.NO_MATCH
    assert reason.excluded_by == "extents"  # a tie: the first by name
    assert reason.message == (
        "no printer meets every requirement (extents excludes 2, material excludes 2 of 3 printers)"
    )


def test_the_part_fits_no_printer() -> None:
    reason = explain(Requirements(extents=Extents(x=500, y=10, z=10)), [member(printer("a/p"))])
    assert reason.excluded_by == "extents"
    assert reason.message == "no printer is big enough for the part (500x10x10 mm) (none of 1)"


def test_matching_but_offline() -> None:
    fleet = [member(printer("a/petg-1", material="petg", online=False)), member(printer("a/pla"))]
    reason = explain(PETG, fleet)
    assert reason.kind is WaitKind.OFFLINE
    assert reason.printers == ("a/petg-1",)
    assert reason.message == "a/petg-1 matches but is offline"


def test_matching_but_bed_not_clear() -> None:
    reason = explain(PETG, [member(printer("a/mk3s-2", material="petg", bed_clear=False))])
    assert reason.kind is WaitKind.BED_NOT_CLEAR
    assert reason.message == "a/mk3s-2 matches but its bed is not clear"


def test_matching_but_held() -> None:
    reason = explain(PETG, [member(printer("a/mk3s-2", material="petg"), held=True)])
    assert reason.kind is WaitKind.HELD
    assert "held after an interrupted job" in reason.message


@pytest.mark.parametrize(
    ("state", "kind", "words"),
    [
        (S.PAUSED, WaitKind.PAUSED, "is paused"),
        (S.ERROR, WaitKind.ERROR, "is in error"),
        (S.CONNECTING, WaitKind.NOT_READY, "is not ready"),
    ],
)
def test_matching_but_paused_in_error_or_not_ready(
    state: PrinterStateName, kind: WaitKind, words: str
) -> None:
    reason = explain(PETG, [member(printer("a/p", state, material="petg"))])
    assert reason.kind is kind
    assert reason.message == f"a/p matches but {words}"


def test_all_busy_with_the_next_free_printer() -> None:
    fleet = [
        member(printer("a/p1", S.PRINTING, material="petg"), left=3000),
        member(printer("a/p2", S.PRINTING, material="petg"), left=1500),
        member(printer("a/p3", material="petg", assigned=True)),  # assigned: no estimate yet
        member(printer("a/pla", material="pla")),
    ]
    reason = explain(PETG, fleet)
    assert reason.kind is WaitKind.BUSY
    assert reason.eta_s == 1500
    assert reason.printers == ("a/p1", "a/p2", "a/p3")
    assert reason.message == "all 3 matching printers busy, next free in ~25 min"


def test_one_busy_without_an_estimate() -> None:
    reason = explain(PETG, [member(printer("a/p1", S.FINISHING, material="petg"))])
    assert reason.kind is WaitKind.BUSY
    assert reason.eta_s is None
    assert reason.message == "a/p1 matches but is busy"


def test_mixed_blockers_nearest_first() -> None:
    fleet = [
        member(printer("a/p1", S.PRINTING, material="petg"), left=30),
        member(printer("a/p2", material="petg", bed_clear=False)),
        member(printer("a/p3", material="petg", online=False)),
        member(printer("a/p4", material="petg", online=False)),
    ]
    reason = explain(PETG, fleet)
    assert reason.kind is WaitKind.BUSY
    assert reason.message == (
        "a/p1 matches but is busy, free in under a minute; "
        "a/p2 matches but its bed is not clear; "
        "2 matching printers are offline (a/p3, a/p4)"
    )


def test_a_free_matching_printer_means_the_next_dispatch() -> None:
    reason = explain(PETG, [member(printer("a/p1", material="petg"))])
    assert reason.kind is WaitKind.DISPATCHING
    assert reason.printers == ("a/p1",)
    assert reason.message.startswith("a/p1 can take it")


def _live(key: str, state: wire.PrinterState) -> LivePrinter:
    agent, _, name = key.partition("/")
    return LivePrinter(key, agent, name, online=True, state=state, cell=None, seen=0.0)


def _state(state: PrinterStateName, job: wire.JobProgress | None = None) -> wire.PrinterState:
    return wire.PrinterState(
        ts=1.0, state=state, job=job, capabilities=wire.Capabilities(firmware="marlin"),
        profile="marlin2", material="PETG", build_volume=wire.BuildVolume(x=200, y=200, z=200),
        bed_clear=True,
    )  # fmt: skip


def test_the_live_fleet_as_explain_sees_it() -> None:
    """The coordinator's own bed lock overrides the agent's `bed_clear`; a busy printer's
    time left follows from its progress when the agent gives no estimate."""
    job = wire.JobProgress(job_id="j1", progress=0.25, elapsed_s=600.0)
    reasons = WaitingReasons(
        [_live("a/locked", _state(S.IDLE)), _live("a/busy", _state(S.PRINTING, job))],
        held=frozenset(), busy=frozenset({"a/busy"}), to_clear=frozenset({"a/locked"}),
    )  # fmt: skip
    reason = reasons(PETG)
    assert reason.kind is WaitKind.BUSY
    assert reason.eta_s == pytest.approx(1800.0)  # 600 s for a quarter: 1800 s to go
    assert reason.message == (
        "a/busy matches but is busy, free in ~30 min; a/locked matches but its bed is not clear"
    )
    assert reasons(PETG) is reason  # one explain per distinct requirements
