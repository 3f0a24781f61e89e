"""The last hour of each printer's temperatures, in memory: the coordinator keeps no
telemetry history in its store, so the dashboard's chart is fed from what the live hub
sees (one sample per printer every few seconds). Lost on restart; per coordinator."""

from __future__ import annotations

import threading
from collections import deque

from pydantic import BaseModel, ConfigDict

from coordinator.views import PrinterOut

HOUR_S = 3600.0
SAMPLE_EVERY_S = 2.0
MAX_SAMPLES = int(HOUR_S / SAMPLE_EVERY_S)


class TemperatureSeries(BaseModel):
    """Columns for a chart: times (Unix s) and, per heater, actual and target (None: unknown)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ts: list[float]
    actual: dict[str, list[float | None]]
    target: dict[str, list[float | None]]


Sample = tuple[float, dict[str, tuple[float, float | None]]]


class TemperatureHistory:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rings: dict[str, deque[Sample]] = {}

    def record(self, now: float, printers: list[PrinterOut]) -> None:
        """One sample of every online printer, unless its last is under SAMPLE_EVERY_S old."""
        with self._lock:
            for p in printers:
                if not p.temperatures:
                    continue
                ring = self._rings.setdefault(p.key, deque(maxlen=MAX_SAMPLES))
                if ring and now - ring[-1][0] < SAMPLE_EVERY_S:
                    continue
                ring.append((now, {k: (t.actual, t.target) for k, t in p.temperatures.items()}))

    def series(self, key: str, now: float) -> TemperatureSeries:
        with self._lock:
            samples = [s for s in self._rings.get(key, ()) if now - s[0] <= HOUR_S]
        heaters = sorted({h for _, temps in samples for h in temps})
        return TemperatureSeries(
            ts=[ts for ts, _ in samples],
            actual={
                h: [temps[h][0] if h in temps else None for _, temps in samples] for h in heaters
            },
            target={
                h: [temps[h][1] if h in temps else None for _, temps in samples] for h in heaters
            },
        )
