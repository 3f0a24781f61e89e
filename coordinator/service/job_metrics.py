"""What the worker measures as it goes: dispatch latency, job durations, failures by cause.

Updated at the two points that matter (a claim, a job's end), both on the worker thread,
both rare next to telemetry: an observation costs a lock and an add. Kept in a registry of
this coordinator's own (never prometheus_client's global one), so two coordinators in one
process (the tests) count apart. `coordinator/metrics.py` serves them with the gauges
read at scrape time.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from prometheus_client import Counter, Histogram
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector

from agent.wire import FailureCause
from coordinator.store import JobRecord, JobState, Store

# Seconds a job waited in the queue before a printer was claimed for it.
DISPATCH_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600)
# Seconds from the start of printing to the job's end.
DURATION_BUCKETS = (10, 60, 300, 900, 1800, 3600, 2 * 3600, 4 * 3600, 8 * 3600, 24 * 3600)
OUTCOMES = ("done", "failed", "cancelled", "interrupted")
CAUSES = frozenset(str(c) for c in FailureCause) | {"refused", "interrupted"}
# Start times remembered for the job durations; beyond this many (jobs started here and
# ended by another coordinator), the oldest are forgotten (their end reads the history).
MAX_STARTS = 100_000


def failure_cause(outcome: JobState, message: str) -> str | None:
    """The cause label of a job's end (None: not a failure). Bounded: one of `CAUSES`."""
    if outcome is JobState.INTERRUPTED:
        return "interrupted"
    if outcome is not JobState.FAILED:
        return None
    head = message.partition(":")[0].strip()
    if head in CAUSES:
        return head  # an agent's JobFailed: "<cause>: <message>"
    if " refused: " in message:
        return "refused"  # the agent refused the start for good (file, safety, invalid)
    return str(FailureCause.OTHER)


class JobMetrics(Collector):
    def __init__(self, store: Store) -> None:
        self._store = store
        self.dispatch_latency = Histogram(
            "printfarm_dispatch_latency_seconds",
            "Time from a job entering the queue to a printer claimed for it",
            buckets=DISPATCH_BUCKETS,
            registry=None,
        )
        self.job_duration = Histogram(
            "printfarm_job_duration_seconds",
            "Time from the start of printing to the job's end, by outcome",
            ["outcome"],
            buckets=DURATION_BUCKETS,
            registry=None,
        )
        self.failures = Counter(
            "printfarm_job_failures",
            "Jobs that failed or were interrupted, by cause",
            ["cause"],
            registry=None,
        )
        for outcome in OUTCOMES:
            self.job_duration.labels(outcome=outcome)  # served (empty) before the first end
        for cause in sorted(CAUSES):
            self.failures.labels(cause=cause)  # every cause shown, at 0 until it happens

        self._starts: dict[str, float] = {}  # job id -> when it began printing (wall clock)

    def started(self, job_id: str, now: float | None = None) -> None:
        """`job_id` began printing (its store transition just succeeded here)."""
        self._starts.pop(job_id, None)  # re-inserted last: the dict stays in start order
        self._starts[job_id] = time.time() if now is None else now
        if len(self._starts) > MAX_STARTS:
            del self._starts[next(iter(self._starts))]

    def dispatched(self, job: JobRecord, now: float | None = None) -> None:
        """A printer was claimed for `job` (its `updated_at`: when it was last queued)."""
        now = time.time() if now is None else now
        self.dispatch_latency.observe(max(0.0, now - job.updated_at))

    def ended(self, job: JobRecord, outcome: JobState, message: str) -> None:
        """An active job ended (on the worker thread, inside its transaction)."""
        cause = failure_cause(outcome, message)
        if cause is not None:
            self.failures.labels(cause=cause).inc()
        started = self._starts.pop(job.id, None)
        if started is None:  # started by another coordinator, or before a restart
            started = self._started_at(job.id)
        if started is not None:
            self.job_duration.labels(outcome=str(outcome)).observe(max(0.0, time.time() - started))

    def _started_at(self, job_id: str) -> float | None:
        """When the job's last run began printing (a requeued job has had several)."""
        events = self._store.history(job_id=job_id, limit=50)
        starts = [e.ts for e in events if e.kind == "printing"]
        return starts[-1] if starts else None

    def collect(self) -> Iterator[Metric]:
        yield from self.dispatch_latency.collect()
        yield from self.job_duration.collect()
        yield from self.failures.collect()
