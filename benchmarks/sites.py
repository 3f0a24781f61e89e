"""Orders across four sites: printfarm's planner against naive routing, a simulated week.

    .venv/bin/python benchmarks/sites.py [--days 7] [--per-day 16] [--seed 1]
        [--json figures.json] [--plot test-artifacts/sites.svg]

Virtual time (seconds to run): four sites of different sizes, materials, opening hours
and power budgets (benchmarks/sites_world.py), orders from buyers in ten cities with due
dates, 4 % of prints failing part-way, one site cut off for 14 hours on Wednesday.
The real planner and the real pure dispatcher decide (benchmarks/sites_sim.py); the
strategies are described in benchmarks/sites_strategies.py.

Per strategy: on-time orders (delivered, all parts, by the due date, courier transit
included), lead time from order to delivery (median, p95), mean shipping distance per
part, printer utilisation (heating + printing over the arrival window) overall and per
site, and each site's peak power against its budget with the seconds spent over it.
Orders still unfinished when the simulation stops count as late, their lead time up
to that moment.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from sites_plot import write_svg
from sites_sim import Sim
from sites_strategies import STRATEGIES
from sites_world import H, orders


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def figures(sim: Sim) -> dict[str, Any]:
    on_time = 0
    leads: list[float] = []
    kms: list[float] = []
    for order in sim.orders.values():
        spec = order.arrival.order
        done = len(order.delivered) == len(order.copies)
        delivered = max(at for at, _ in order.delivered.values()) if done else sim.end_s
        on_time += done and delivered <= spec.due
        leads.append((delivered - order.arrival.at) / H)
        kms.extend(km for _, km in order.delivered.values())
    busy: dict[str, float] = {}
    count: dict[str, int] = {}
    for printer in sim.printers.values():
        site_id = printer.site.spec.site_id
        busy[site_id] = busy.get(site_id, 0.0) + printer.busy_s
        count[site_id] = count.get(site_id, 0) + 1
    n = max(1, len(sim.orders))
    return {
        "orders": len(sim.orders),
        "on_time_pct": round(100.0 * on_time / n, 1),
        "lead_time_p50_h": round(statistics.median(leads), 1) if leads else 0.0,
        "lead_time_p95_h": round(_pct(leads, 0.95), 1),
        "km_per_part": round(statistics.fmean(kms), 1) if kms else 0.0,
        "utilisation_pct": round(
            100.0 * sum(busy.values()) / (len(sim.printers) * sim.window_s), 1
        ),
        "utilisation_by_site_pct": {
            s: round(100.0 * busy[s] / (count[s] * sim.window_s), 1) for s in sorted(busy)
        },
        "power_over_budget_s": round(sum(s.over_s for s in sim.sites.values()), 1),
        "power_peak_w": {s: round(site.peak_w) for s, site in sorted(sim.sites.items())},
        "power_budget_w": {s: site.spec.budget_w for s, site in sorted(sim.sites.items())},
    }


def table(results: dict[str, dict[str, Any]]) -> str:
    names = list(results)
    rows = [
        ("orders", "orders"),
        ("on time %", "on_time_pct"),
        ("lead time p50 h", "lead_time_p50_h"),
        ("lead time p95 h", "lead_time_p95_h"),
        ("km per part", "km_per_part"),
        ("utilisation %", "utilisation_pct"),
        ("power over budget s", "power_over_budget_s"),
    ]
    lines = [f"{'':24}" + "".join(f"{n:>17}" for n in names)]
    lines += [
        f"{label:24}" + "".join(f"{results[n][key]:>17}" for n in names) for label, key in rows
    ]
    for site in results[names[0]]["utilisation_by_site_pct"]:
        budget = results[names[0]]["power_budget_w"][site]
        lines.append(
            f"{site + ' util %':24}"
            + "".join(f"{results[n]['utilisation_by_site_pct'][site]:>17}" for n in names)
        )
        lines.append(
            f"{site + f' peak W /{budget:.0f}':24}"
            + "".join(f"{results[n]['power_peak_w'][site]:>17}" for n in names)
        )
    return "\n".join(lines)


def run(days: int, per_day: float, seed: int) -> dict[str, dict[str, Any]]:
    arrivals = orders(days, per_day, seed)
    out = {}
    for strategy in STRATEGIES:
        sim = Sim(arrivals, strategy(), days, seed)
        sim.run()
        out[strategy.name] = figures(sim)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=7, help="days of arriving orders")
    parser.add_argument("--per-day", type=float, default=16.0, help="orders per day")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--plot", type=Path, default=Path("test-artifacts/sites.svg"))
    args = parser.parse_args()
    if args.days < 1 or args.per_day <= 0:
        print("error: --days must be at least 1 and --per-day above 0", file=sys.stderr)
        return 2
    if args.plot.suffix.lower() != ".svg":  # the plot is SVG: never an SVG named .png
        print(f"error: --plot {args.plot}: the plot is an SVG file, name it *.svg", file=sys.stderr)
        return 2
    began = time.perf_counter()
    results = run(args.days, args.per_day, args.seed)
    print(table(results))
    print(f"({args.days} simulated days in {time.perf_counter() - began:.1f} s)")
    try:
        write_svg(results, args.plot)
        print(f"plot: {args.plot}")
        if args.json:
            args.json.write_text(json.dumps(results, indent=2) + "\n")
    except OSError as e:
        print(f"error: cannot write the results: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
