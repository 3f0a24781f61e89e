"""Why a queued job waits: a pure function beside the dispatcher, from the same inputs.

`explain(requirements, fleet)` sorts the printers into those that could never take the
job (and which requirement excludes the most of them) and those that could, each with
what keeps it from the job right now: offline, bed not clear, held, paused, in error,
busy (with the estimated time until it is free). The answer is typed (`WaitKind`) and
worded for people ("all 3 matching printers busy, next free in ~25 min").

Kept out of dispatch.py so the dispatcher stays one job per module; no I/O, no clock.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from agent.wire import PrinterStateName
from coordinator.dispatch import PrinterView, mismatch_fields
from coordinator.requirements import Requirements
from coordinator.spools.fit import shortfall, too_short


class WaitKind(StrEnum):
    """What keeps a job waiting, nearest to printing first."""

    DISPATCHING = "dispatching"  # a matching printer is free: the next round takes it
    # Free, but its start would take its site's circuit over the power budget: it goes
    # once a printer on that circuit finishes heating (coordinator/sites/power.py).
    POWER_BUDGET = "power_budget"
    BUSY = "busy"
    BED_NOT_CLEAR = "bed_not_clear"
    HELD = "held"  # the coordinator holds it after an interrupted job
    PAUSED = "paused"
    NOT_READY = "not_ready"  # connecting or finishing
    ERROR = "error"
    OFFLINE = "offline"
    # The printer's loaded spool holds less than the job's grams (with a margin): a
    # person must load a fuller one (printfarm spool set).
    SPOOL_TOO_SHORT = "spool_too_short"
    NO_MATCH = "no_match"  # no printer of the fleet meets the requirements
    NO_PRINTERS = "no_printers"  # no printer has reported at all
    # Over the farm's approval threshold: an operator must approve it first (never from
    # `explain`, which sees the fleet only; see service/waiting.awaiting_approval).
    AWAITING_APPROVAL = "awaiting_approval"


class WaitReason(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: WaitKind
    message: str
    printers: tuple[str, ...] = ()  # the matching printers of `kind`
    eta_s: float | None = None  # BUSY: until the first of them should be free
    excluded_by: str | None = None  # NO_MATCH: the requirement that excludes the most


@dataclass(frozen=True, slots=True)
class FleetMember:
    """A printer as `explain` sees it: the dispatcher's view and what only the
    coordinator knows (its hold, the running job's remaining time)."""

    view: PrinterView
    held: bool = False
    remaining_s: float | None = None
    power_wait: str | None = None  # why a start now would exceed its circuit's budget


_SINGLE = {
    WaitKind.BUSY: "is busy",
    WaitKind.BED_NOT_CLEAR: "its bed is not clear",
    WaitKind.HELD: "is held after an interrupted job until someone clears it",
    WaitKind.PAUSED: "is paused",
    WaitKind.NOT_READY: "is not ready",
    WaitKind.ERROR: "is in error",
    WaitKind.OFFLINE: "is offline",
}
_PLURAL = {
    WaitKind.BUSY: "busy",
    WaitKind.BED_NOT_CLEAR: "have beds that are not clear",
    WaitKind.HELD: "are held after interrupted jobs",
    WaitKind.PAUSED: "are paused",
    WaitKind.NOT_READY: "are not ready",
    WaitKind.ERROR: "are in error",
    WaitKind.OFFLINE: "are offline",
}
_BUSY_STATES = frozenset({PrinterStateName.PRINTING, PrinterStateName.FINISHING})


def blocker(member: FleetMember, grams: float | None = None) -> WaitKind:
    """What keeps one capable printer from a job of `grams` now (DISPATCHING: nothing)."""
    view = member.view
    if not view.online:
        return WaitKind.OFFLINE
    if too_short(view.spool, grams):  # busy or not, it will not take this job
        return WaitKind.SPOOL_TOO_SHORT
    if member.held:
        return WaitKind.HELD
    if view.state is PrinterStateName.PAUSED:
        return WaitKind.PAUSED
    if view.state is PrinterStateName.ERROR:
        return WaitKind.ERROR
    if view.state in _BUSY_STATES or view.assigned:
        return WaitKind.BUSY
    if view.state is not PrinterStateName.IDLE:
        return WaitKind.NOT_READY
    if not view.bed_clear:
        return WaitKind.BED_NOT_CLEAR
    if member.power_wait is not None:
        return WaitKind.POWER_BUDGET
    return WaitKind.DISPATCHING


def explain(
    req: Requirements, fleet: Iterable[FleetMember], grams: float | None = None
) -> WaitReason:
    """Why a job with `req` (using `grams` of filament, when known) is not printing yet,
    given every printer the coordinator knows."""
    members = list(fleet)
    if not members:
        return WaitReason(kind=WaitKind.NO_PRINTERS, message="no printer has connected yet")
    capable = [m for m in members if not mismatch_fields(req, m.view)]
    if not capable:
        return _no_match(req, members)
    groups: dict[WaitKind, list[FleetMember]] = {}
    for member in sorted(capable, key=lambda m: m.view.key):
        groups.setdefault(blocker(member, grams), []).append(member)
    kinds = sorted(groups, key=list(WaitKind).index)
    parts = [_phrase(kind, groups[kind], len(capable), grams) for kind in kinds]
    first = groups[kinds[0]]
    return WaitReason(
        kind=kinds[0],
        message="; ".join(parts),
        printers=tuple(m.view.key for m in first),
        eta_s=_next_free(first) if kinds[0] is WaitKind.BUSY else None,
    )


def nearest(reasons: Iterable[WaitReason]) -> WaitReason:
    """Of the reasons each variant of a job waits, the one nearest to printing (the
    first on ties); a job goes as soon as any variant's printer is free."""
    order = list(WaitKind)
    return min(reasons, key=lambda r: order.index(r.kind))


def _phrase(
    kind: WaitKind, members: list[FleetMember], capable: int, grams: float | None = None
) -> str:
    keys = [m.view.key for m in members]
    if kind is WaitKind.SPOOL_TOO_SHORT:
        assert grams is not None
        return "; ".join(
            shortfall(m.view.key, m.view.spool, grams) for m in members if m.view.spool
        )
    if kind is WaitKind.POWER_BUDGET:
        waits = list(dict.fromkeys(m.power_wait for m in members if m.power_wait))
        return f"{'; '.join(waits[:3])} ({_names(keys)})"
    if kind is WaitKind.DISPATCHING:
        return f"{_names(keys)} can take it: it starts at the next dispatch unless a job ahead does"
    eta = _next_free(members) if kind is WaitKind.BUSY else None
    if len(members) == 1:
        text = f"{keys[0]} matches but {_SINGLE[kind]}"
        return text + (f", free in {_duration(eta)}" if eta is not None else "")
    every = "all " if len(members) == capable else ""
    text = f"{every}{len(members)} matching printers {_PLURAL[kind]}"
    if eta is not None:
        return f"{text}, next free in {_duration(eta)}"
    return f"{text} ({_names(keys)})"


def _no_match(req: Requirements, members: list[FleetMember]) -> WaitReason:
    excluded: Counter[str] = Counter()
    for member in members:
        excluded.update(mismatch_fields(req, member.view).keys())
    ranked = sorted(excluded.items(), key=lambda item: (-item[1], item[0]))
    field, count = ranked[0]
    total = len(members)
    if count == total:
        message = f"no printer {_wanted(req, field)} (none of {total})"
    else:
        worst = ", ".join(f"{f} excludes {n}" for f, n in ranked[:3])
        message = f"no printer meets every requirement ({worst} of {total} printers)"
    return WaitReason(kind=WaitKind.NO_MATCH, message=message, excluded_by=field)


def _wanted(req: Requirements, field: str) -> str:
    """The printer a requirement asks for, in words ("with material petg")."""
    if field == "extents" and req.extents is not None:
        e = req.extents
        return f"is big enough for the part ({e.x:g}x{e.y:g}x{e.z:g} mm)"
    if field == "tags":
        return f"has the tags {', '.join(sorted(req.tags))}"
    if field == "printer":
        return f"is called {req.printer}"
    if field == "colour":
        return f"has a {req.colour} spool loaded"
    words = _WANTED.get(field)
    return words(req) if words is not None else f"with {field} {getattr(req, field)}"


# The printer a requirement asks for, in words, for those said otherwise than "with X v".
_WANTED: dict[str, Callable[[Requirements], str]] = {
    "nozzle_diameter": lambda r: f"has a {r.nozzle_diameter:g} mm nozzle",
    "filament_diameter": lambda r: f"takes {r.filament_diameter:g} mm filament",
    "tool_count": lambda r: f"has {r.tool_count} tools",
    "bed_temperature": lambda r: f"may heat its bed to {r.bed_temperature:g} °C",
    "gcode_flavor": lambda r: f"runs G-code for {r.gcode_flavor}",
    "material": lambda r: f"with material {r.material}",
}


def _next_free(members: list[FleetMember]) -> float | None:
    known = [m.remaining_s for m in members if m.remaining_s is not None]
    return min(known) if known else None


def _duration(seconds: float) -> str:
    if seconds < 60:
        return "under a minute"
    if seconds < 90 * 60:
        return f"~{round(seconds / 60)} min"
    return f"~{seconds / 3600:.1f} h"


def _names(keys: list[str]) -> str:
    return ", ".join(keys[:3]) + (f" and {len(keys) - 3} more" if len(keys) > 3 else "")
