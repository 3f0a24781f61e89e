"""Power budgets: phases from states and temperatures, circuit loads, and a dispatcher
that never plans a circuit over its budget (pure: no broker, no store)."""

from __future__ import annotations

import random

import pytest

from agent.profiles import PowerDraw, list_profiles, load_profile
from agent.wire import PrinterStateName, Temperature
from coordinator.dispatch import dispatch
from coordinator.explain import FleetMember, WaitKind, explain
from coordinator.sites import Circuit, Placement, Site
from coordinator.sites.power import (
    NO_LIMITS,
    Phase,
    PowerPlan,
    PrinterPower,
    SiteIndex,
    circuit_loads,
    heated,
    phase_of,
    profile_draw,
)
from tests.test_dispatch import job, printer

S = PrinterStateName
MK3 = PowerDraw(heat_up_w=240, printing_w=80, idle_w=7)


def temps(**pairs: tuple[float, float | None]) -> dict[str, Temperature]:
    return {name: Temperature(actual=a, target=t) for name, (a, t) in pairs.items()}


def test_heated_needs_every_target_reached() -> None:
    assert heated(temps(B=(59.0, 60.0), T0=(213.0, 215.0)))
    assert not heated(temps(B=(40.0, 60.0), T0=(215.0, 215.0)))
    assert not heated(temps(T0=(25.0, None)))  # no target yet: the start G-code is ahead
    assert not heated({})


@pytest.mark.parametrize(
    ("state", "has_job", "t", "phase"),
    [
        (S.IDLE, False, {}, Phase.IDLE),
        (S.IDLE, True, {}, Phase.HEATING),  # assigned, the start in flight
        (S.PRINTING, True, temps(B=(30.0, 60.0)), Phase.HEATING),
        (S.PRINTING, True, temps(T0=(25.0, None)), Phase.HEATING),
        (S.PRINTING, True, temps(B=(60.0, 60.0), T0=(214.0, 215.0)), Phase.PRINTING),
        (S.PRINTING, False, temps(B=(60.0, 60.0)), Phase.PRINTING),  # a job of its own
        (S.PAUSED, True, temps(B=(20.0, 0.0)), Phase.PRINTING),
        (S.FINISHING, True, {}, Phase.PRINTING),
        (S.OFFLINE, True, {}, Phase.PRINTING),  # its agent away mid-print
        (S.OFFLINE, False, {}, Phase.IDLE),
        (S.ERROR, False, {}, Phase.IDLE),
    ],
)
def test_phase_of(
    state: PrinterStateName, has_job: bool, t: dict[str, Temperature], phase: Phase
) -> None:
    assert phase_of(state, has_job, t) is phase


def test_every_profile_has_a_plausible_draw() -> None:
    for name in list_profiles():
        power = load_profile(name).power
        assert 0 <= power.idle_w <= power.printing_w <= power.heat_up_w <= 2000, name
    assert profile_draw("prusa") == MK3
    assert profile_draw("no-such-profile") == PowerDraw()
    with pytest.raises(ValueError, match="idle_w <= printing_w <= heat_up_w"):
        PowerDraw(heat_up_w=100, printing_w=200)


def site(**extra: object) -> Site:
    fields: dict[str, object] = {
        "id": "lab", "name": "Lab", "latitude": 0.0, "longitude": 0.0,
        "circuits": [Circuit(id="a", watts=500), Circuit(id="b", watts=1000)], **extra,
    }  # fmt: skip
    return Site.model_validate(fields)


def test_circuit_loads_follow_wire_sites_placements_and_overrides() -> None:
    lab = site(
        printers=[
            Placement(printer="x/p2", circuit="b"),
            Placement(printer="x/p3", power=PowerDraw(heat_up_w=600, printing_w=200)),
        ]
    )
    printers = [
        PrinterPower("x/p1", "lab", Phase.HEATING, MK3),  # wire tag: the first circuit
        PrinterPower("x/p2", "lab", Phase.PRINTING, MK3),
        PrinterPower("x/p3", None, Phase.HEATING, MK3),  # placed: its override counts
        PrinterPower("x/p4", "elsewhere", Phase.HEATING, MK3),  # no such site
    ]
    loads = {c.key: c for c in circuit_loads(SiteIndex([lab]), printers)}
    assert [p.key for p in loads["lab/a"].printers] == ["x/p1", "x/p3"]
    assert loads["lab/a"].planned_w == 240 + 600
    assert loads["lab/a"].heating == 2
    assert loads["lab/b"].planned_w == 80


def _plan(fleet: dict[str, Phase], lab: Site) -> PowerPlan:
    printers = [PrinterPower(k, "lab", phase, MK3) for k, phase in fleet.items()]
    return PowerPlan.of(circuit_loads(SiteIndex([lab]), printers))


def test_four_idle_printers_on_500_w_start_two() -> None:
    lab = site(circuits=[Circuit(id="a", watts=500)])
    keys = [f"x/p{i}" for i in range(4)]
    plan = _plan(dict.fromkeys(keys, Phase.IDLE), lab)
    got = dispatch([job(f"j{i}", at=i) for i in range(4)], [printer(k) for k in keys], power=plan)
    assert len(got) == 2
    waiting = next(k for k in keys if k not in {a.printer_key for a in got})
    after = _plan(
        {**dict.fromkeys(keys, Phase.IDLE), **{a.printer_key: Phase.HEATING for a in got}}, lab
    )
    assert (
        after.blocked(waiting) == "power budget: circuit lab/a at 494/500 W, this start needs 240 W"
    )
    # One finishes heating: 80 + 240 + 7 + 7 leaves 166 W, still short of 233 W more.
    first, second = (a.printer_key for a in got)
    phases = {**dict.fromkeys(keys, Phase.IDLE), first: Phase.PRINTING, second: Phase.HEATING}
    assert dispatch([job("j9")], [printer(waiting)], power=_plan(phases, lab)) == []
    phases[second] = Phase.PRINTING
    assert len(dispatch([job("j9")], [printer(waiting)], power=_plan(phases, lab))) == 1
    assert len(dispatch([job(f"j{i}") for i in range(4)], [printer(k) for k in keys])) == 4


@pytest.mark.parametrize("seed", range(40))
def test_dispatch_never_plans_a_circuit_over_its_budget(seed: int) -> None:
    rnd = random.Random(seed)
    lab = site(circuits=[Circuit(id="a", watts=rnd.randint(300, 2000)), Circuit(id="b", watts=700)])
    placements, phases, draws = [], {}, {}
    for i in range(rnd.randint(1, 12)):
        key = f"x/p{i}"
        heat = rnd.randint(150, 700)
        draws[key] = PowerDraw(heat_up_w=heat, printing_w=rnd.randint(50, heat), idle_w=5)
        placements.append(Placement(printer=key, circuit=rnd.choice("ab"), power=draws[key]))
        phases[key] = rnd.choice(list(Phase))
    lab = lab.model_copy(update={"printers": tuple(placements)})
    printers = [PrinterPower(k, None, p, MK3) for k, p in phases.items()]
    plan = PowerPlan.of(circuit_loads(SiteIndex([lab]), printers))
    free = [printer(k) for k, p in phases.items() if p is Phase.IDLE]
    got = dispatch([job(f"j{i}", at=i) for i in range(12)], free, power=plan)
    after = {**phases, **{a.printer_key: Phase.HEATING for a in got}}
    after_plan = PowerPlan.of(
        circuit_loads(SiteIndex([lab]), [PrinterPower(k, None, p, MK3) for k, p in after.items()])
    )
    for key, load in after_plan.loads.items():
        # Starts only where they fit; a circuit over budget already takes none.
        assert load.planned_w <= max(load.budget_w, plan.loads[key].planned_w), key
    # Every free printer left idle with jobs still waiting was refused for power.
    started = {a.printer_key for a in got}
    if len(got) < 12:
        assert all(after_plan.blocked(p.key) for p in free if p.key not in started)


def test_explain_names_the_circuit() -> None:
    lab = site(circuits=[Circuit(id="a", watts=500)])
    plan = _plan({"x/p1": Phase.HEATING, "x/p2": Phase.HEATING, "x/p3": Phase.IDLE}, lab)
    members = [FleetMember(printer("x/p3"), power_wait=plan.blocked("x/p3"))]
    reason = explain(job("j").requirements, members)
    assert reason.kind is WaitKind.POWER_BUDGET
    assert reason.message == (
        "power budget: circuit lab/a at 487/500 W, this start needs 240 W (x/p3)"
    )
    assert NO_LIMITS.blocked("x/p3") is None
