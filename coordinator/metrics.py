"""`GET /metrics`: the farm in the Prometheus text format.

Gauges are read when Prometheus scrapes (a custom collector over the fleet's snapshot,
one GROUP BY on the jobs table and the health report), so no MQTT message pays for them;
the histograms and the failure counter are the worker's (service/job_metrics.py).
A scrape config authenticates with a read-scope token (see README, "Metrics").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from agent.wire import PrinterStateName
from coordinator.api_app import FarmApi
from coordinator.service import Operations
from coordinator.store import JobState
from coordinator.store.schema import JobRow


class FarmCollector(Collector):
    """The fleet, the queue and the parts' health, as they are at scrape time."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops

    def collect(self) -> Iterator[Metric]:
        yield from self._fleet()
        yield from self._health()
        jobs = self._jobs()
        if jobs is not None:
            yield jobs

    def _fleet(self) -> Iterator[Metric]:
        c = self._ops.c
        printers = c.fleet.snapshot()
        by_state = Counter(str(p.state_name) for p in printers)
        gauge = GaugeMetricFamily(
            "printfarm_printers", "Printers by state (offline: agent or printer not reachable)",
            labels=["state"],
        )  # fmt: skip
        for state in PrinterStateName:
            gauge.add_metric([str(state)], by_state.get(str(state), 0))
        yield gauge
        to_clear = c.holds.blocked()
        yield GaugeMetricFamily(
            "printfarm_printers_bed_needs_clearing",
            "Printers waiting for a person to clear the bed",
            value=sum(p.key in to_clear for p in printers),
        )
        agents = {p.agent for p in printers}
        yield GaugeMetricFamily(
            "printfarm_agents_online",
            "Agents connected to the broker (their retained status says online)",
            value=sum(c.fleet.agent_online(a) for a in agents),
        )
        yield GaugeMetricFamily(
            "printfarm_agents", "Agents known (with at least one printer)", value=len(agents)
        )

    def _health(self) -> Iterator[Metric]:
        report = self._ops.health()
        for part, health in (
            ("broker_connected", report.broker),
            ("database_up", report.database),
            ("worker_up", report.worker),
        ):
            yield GaugeMetricFamily(
                f"printfarm_{part}", f"1 when the coordinator's {part} check is ok",
                value=int(health.ok),
            )  # fmt: skip

    def _jobs(self) -> Metric | None:
        """Jobs by state (queued and needs_approval: the queue's depth); None while the
        database is down (printfarm_database_up says so)."""
        query = select(JobRow.state, func.count()).group_by(JobRow.state)
        try:
            with self._ops.c.store.session() as s:
                counts = {str(state): int(n) for state, n in s.execute(query)}
        except SQLAlchemyError:
            return None
        gauge = GaugeMetricFamily("printfarm_jobs", "Jobs by state", labels=["state"])
        for state in JobState:
            gauge.add_metric([str(state)], counts.get(str(state), 0))
        return gauge


def add_metrics_routes(api: FarmApi, ops: Operations) -> None:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(FarmCollector(ops))
    registry.register(ops.c.metrics)

    @api.operation("metrics", response_class=Response)
    def metrics() -> Response:
        """The farm in the Prometheus text format (scrape with a read-scope token)."""
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
