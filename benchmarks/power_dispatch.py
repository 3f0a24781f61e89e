"""What power budgets cost the dispatcher: one round of `dispatch` over a fleet spread over
sites whose circuits are nearly full (most starts refused for power), against the same
round without budgets; and the time to build the plan (`PowerPlan.of(circuit_loads(...))`)
from the fleet's phases.

    .venv/bin/python benchmarks/power_dispatch.py --printers 10000 --sites 50 --jobs 20000

Prints seconds per round (best of --repeat) and how many starts each round made; nothing
is asserted.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from agent.profiles import PowerDraw
from agent.wire import PrinterStateName
from coordinator.dispatch import PrinterView, QueuedJob, dispatch
from coordinator.requirements import Requirements
from coordinator.sites import Circuit, Site
from coordinator.sites.power import Phase, PowerPlan, PrinterPower, SiteIndex, circuit_loads

MK3 = PowerDraw(heat_up_w=240, printing_w=80, idle_w=7)
CIRCUITS = 4


def sites(count: int, printers: int) -> list[Site]:
    # Budget per circuit: room for about one heat-up in five printers on it.
    per_circuit = max(1, printers // (count * CIRCUITS))
    watts = 7 * per_circuit + 240 * max(1, per_circuit // 5)
    return [
        Site(id=f"s{i}", name=f"Site {i}", latitude=0.0, longitude=0.0,
             circuits=tuple(Circuit(id=f"c{c}", watts=watts) for c in range(CIRCUITS)))
        for i in range(count)
    ]  # fmt: skip


def fleet(count: int, site_count: int) -> list[PrinterView]:
    return [
        PrinterView(
            key=f"a{i // 50}/p{i}", online=True, state=PrinterStateName.IDLE, bed_clear=True,
            firmware="prusa", profile="prusa", nozzle_diameter=0.4, material="pla",
            build_volume=(250.0, 210.0, 210.0), site=f"s{i % site_count}",
        )
        for i in range(count)
    ]  # fmt: skip


def best(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return min(times), out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--printers", type=int, default=10_000)
    parser.add_argument("--sites", type=int, default=50)
    parser.add_argument("--jobs", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    printers = fleet(args.printers, args.sites)
    index = SiteIndex(sites(args.sites, args.printers))
    phases = [PrinterPower(p.key, p.site, Phase.IDLE, MK3) for p in printers]
    queue = [
        QueuedJob(f"j{i}", 0, float(i), f"u{i % 20}", Requirements()) for i in range(args.jobs)
    ]

    plan_s, plan = best(lambda: PowerPlan.of(circuit_loads(index, phases)), args.repeat)
    assert isinstance(plan, PowerPlan)
    free_s, free = best(lambda: dispatch(queue, printers), args.repeat)
    power_s, powered = best(lambda: dispatch(queue, printers, power=plan), args.repeat)
    assert isinstance(free, list)
    assert isinstance(powered, list)
    print(f"{args.printers} printers at {args.sites} sites x {CIRCUITS} circuits, {args.jobs} jobs")
    print(f"  build the power plan:        {plan_s * 1000:8.1f} ms")
    print(f"  dispatch without budgets:    {free_s * 1000:8.1f} ms  ({len(free)} starts)")
    print(f"  dispatch under budgets:      {power_s * 1000:8.1f} ms  ({len(powered)} starts)")


if __name__ == "__main__":
    main()
