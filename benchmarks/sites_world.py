"""The world of benchmarks/sites.py: four sites, buyers in ten cities, a week of orders.

Virtual time in seconds from Monday 00:00 UTC. Everything is drawn from one seeded
random generator, so every strategy sees the same orders and the same failed prints.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from coordinator.orders.plan_models import Hours, OrderPart, OrderSpec

H = 3600.0
DAY = 24 * H

HEAT_W = 350.0  # a printer heating its bed and hotend
PRINT_W = 120.0  # holding temperature while printing
HEAT_S = 6 * 60.0


@dataclass(frozen=True, slots=True)
class SiteSpec:
    site_id: str
    lat: float
    lon: float
    printers: tuple[tuple[int, str], ...]  # (count, material)
    budget_w: float  # one circuit
    open_h: tuple[float, float] | None  # local opening hours (None: staffed around the clock)
    weekdays: frozenset[int]  # 0 = Monday
    utc_offset_h: float = 1.0

    def hours(self, days: int) -> Hours:
        if self.open_h is None:
            return Hours()
        start, end = self.open_h
        windows = tuple(
            (d * DAY + (start - self.utc_offset_h) * H, d * DAY + (end - self.utc_offset_h) * H)
            for d in range(days)
            if d % 7 in self.weekdays
        )
        return Hours(windows)

    @property
    def size(self) -> int:
        return sum(count for count, _ in self.printers)


WEEKDAYS = frozenset(range(5))
SITES = (
    SiteSpec("berlin", 52.520, 13.405, ((5, "pla"), (3, "petg"), (2, "asa")), 1900.0, (8, 20),
             WEEKDAYS | {5}),
    SiteSpec("munich", 48.137, 11.575, ((8, "pla"), (4, "petg"), (4, "asa")), 2800.0, (7, 19),
             WEEKDAYS),
    SiteSpec("hamburg", 53.551, 9.993, ((6, "pla"),), 1000.0, None, frozenset(range(7))),
    SiteSpec("cologne", 50.938, 6.960, ((2, "petg"), (2, "tpu")), 800.0, (9, 17), WEEKDAYS),
)  # fmt: skip

CITIES = (  # (name, lat, lon, weight)
    ("berlin", 52.520, 13.405, 4),
    ("munich", 48.137, 11.575, 3),
    ("hamburg", 53.551, 9.993, 3),
    ("cologne", 50.938, 6.960, 2),
    ("frankfurt", 50.110, 8.682, 2),
    ("leipzig", 51.340, 12.375, 1),
    ("stuttgart", 48.776, 9.183, 2),
    ("dresden", 51.050, 13.738, 1),
    ("hannover", 52.375, 9.732, 1),
    ("nuremberg", 49.452, 11.077, 1),
)
MATERIALS = (("pla", 60), ("petg", 26), ("asa", 9), ("tpu", 5))


@dataclass(frozen=True, slots=True)
class Arrival:
    at: float
    buyer: str  # the city, which is also the fairness unit
    order: OrderSpec


def orders(days: int, per_day: float, seed: int) -> list[Arrival]:
    """Orders arriving as a Poisson process over `days`, due 1.5 to 5 days later."""
    rng = random.Random(seed)
    out: list[Arrival] = []
    t = rng.expovariate(per_day / DAY)
    while t < days * DAY:
        name, lat, lon, _ = rng.choices(CITIES, weights=[c[3] for c in CITIES])[0]
        material = rng.choices(MATERIALS, weights=[m[1] for m in MATERIALS])[0][0]
        n = len(out)
        parts = tuple(
            OrderPart(f"part{i}", round(rng.uniform(0.5, 6.0) * 4) / 4 * H, rng.randint(1, 6))
            for i in range(rng.randint(1, 3))
        )
        due = t + rng.uniform(1.5, 5.0) * DAY
        spec = OrderSpec(f"o{n:04d}", parts, due, lat, lon, material=material)
        out.append(Arrival(t, name, spec))
        t += rng.expovariate(per_day / DAY)
    return out


def fails(seed: int, job_id: str) -> float | None:
    """The fraction of the way through at which this attempt fails, or None (4 %)."""
    rng = random.Random(f"{seed}:{job_id}")
    return rng.uniform(0.05, 0.95) if rng.random() < 0.04 else None


OUTAGE = ("munich", 2 * DAY + 6 * H, 2 * DAY + 20 * H)  # Wednesday: the site is cut off
