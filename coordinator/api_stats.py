"""History and statistics over HTTP (issue 11): `GET /stats/history` as JSON and
`GET /stats/history.csv?kind=…` as one CSV table per kind (see coordinator/stats/)."""

from __future__ import annotations

import time
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import HTTPException, Query
from fastapi.responses import Response

from coordinator.api_app import FarmApi
from coordinator.service import Operations
from coordinator.stats import MAX_DAYS, HistoryOut, history, load_runs
from coordinator.stats.export import CsvKind, to_csv
from coordinator.stats.history import day_bounds
from coordinator.stats.runs import printer_keys

Days = Annotated[int, Query(ge=1, le=MAX_DAYS, description="calendar days, today last")]
Tz = Annotated[
    str,
    Query(
        max_length=64, pattern=r"^[A-Za-z0-9_+\-/]+$", description="IANA zone, e.g. Europe/Paris"
    ),
]
CSV_BODY = {200: {"content": {"text/csv": {"schema": {"type": "string"}}}}}


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise HTTPException(422, f"tz: unknown time zone {name[:64]!r}") from e


def add_stats_routes(api: FarmApi, ops: Operations) -> None:
    def compute(days: int, tz: str) -> HistoryOut:
        zone, now = _zone(tz), time.time()
        _dates, bounds = day_bounds(days, zone, now)
        store = ops.c.store
        return history(load_runs(store, bounds[0]), printer_keys(store), days, zone, now)

    @api.operation("stats_history")
    def stats_history(days: Days = 14, tz: Tz = "UTC") -> HistoryOut:
        """Per printer per day utilisation, jobs ended per day, failures by cause, and
        print hours and filament per member, over the last `days` days in zone `tz`."""
        return compute(days, tz)

    @api.operation("stats_history_csv", response_class=Response, responses=CSV_BODY)
    def stats_history_csv(kind: CsvKind, days: Days = 14, tz: Tz = "UTC") -> Response:
        """One table of the history as CSV: `kind` is utilisation (a row per printer and
        day), outcomes (per day), causes or members."""
        body = to_csv(compute(days, tz), kind)
        name = f"printfarm-{kind}-{days}d.csv"
        return Response(
            body,
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
