"""The coordinator's own cost at fleet scale, in one process, without a broker.

    .venv/bin/python benchmarks/coordinator_load.py --printers 10000 --jobs 10000
    .venv/bin/python benchmarks/coordinator_load.py --printers 10000 --profile /tmp/c.prof

A real `Coordinator` (SQLite file, or `--store-url`) whose MQTT link is replaced by a
loopback: what it publishes is read by simulated agents in this same thread, and what
they answer goes into its inbox as MQTT deliveries would. Its worker runs in this thread
too (`_turn`, as its own thread would call it). No broker, no sockets, no other process.

Time is virtual: the clocks the coordinator reads (`time.monotonic`, `time.time`) run
on this process's CPU time, and skip ahead whenever the worker would wait (nothing in
its inbox until the next tick, the next job's end or the next second of telemetry). So
the figures are those of a coordinator with a core of its own, however busy the machine
is: a round that costs 50 ms of CPU delays the printers waiting for it by 50 ms, and a
fleet that needs more than a core falls behind as it would. What this leaves out: paho's
network thread (reading the socket, ~20 us a message) and the telemetry process (its own
core), which `benchmarks/fleet.py` measures over a real broker. `--profile` writes a
cProfile of the run.

Two phases, as in fleet.py:
- start-up burst: every printer's presence and idle state arrive at once with
  `--jobs` jobs queued; reported: CPU until every printer has its start command, the
  store transactions and dispatch rounds that took, and each printer's wait;
- steady state: `--seconds` of 30 s jobs (0.5-1.5 x `--print-s`) with 1 Hz telemetry
  folded in as the telemetry process hands it over (a batch per tick); reported: CPU per
  second of simulated fleet (over 1.0: one core cannot keep up with this fleet) and
  dispatch latency from the idle state's delivery to the start command.
"""

from __future__ import annotations

import argparse
import cProfile
import heapq
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fleet_sim import IDLE_STATE, IDLE_TELEMETRY, PRINTING_STATE, PRINTING_TELEMETRY, _fill

from agent.wire import (
    AgentStatus,
    Channel,
    JobFinished,
    JobStarted,
    Presence,
    Reply,
    ReplyStatus,
    StartJob,
    encode,
    parse_command,
    printer_topic,
    status_topic,
)
from coordinator.mqtt import BrokerSettings, Delivery
from coordinator.service import Coordinator, CoordinatorConfig
from coordinator.store import JobSpec
from coordinator.telemetry_tap import TapBatch


class VirtualClock:
    """`time.monotonic` and `time.time` on this process's CPU time plus the waits skipped."""

    def __init__(self) -> None:
        self.real_monotonic, self.real_time = time.monotonic, time.time
        self.cpu0, self.mono0, self.wall0 = time.process_time(), time.monotonic(), time.time()
        self.skipped = 0.0

    def monotonic(self) -> float:
        return self.mono0 + time.process_time() - self.cpu0 + self.skipped

    def time(self) -> float:
        return self.wall0 + self.monotonic() - self.mono0

    def skip_to(self, when: float) -> None:
        self.skipped += max(0.0, when - self.monotonic())

    def install(self) -> None:
        time.monotonic, time.time = self.monotonic, self.time

    def uninstall(self) -> None:
        time.monotonic, time.time = self.real_monotonic, self.real_time


@dataclass(slots=True)
class _Printer:
    agent: str
    free_since: float | None = None  # when its idle state went into the inbox
    job: str | None = None
    seq: int = 0
    first: bool = True


@dataclass
class _Loopback:
    """Stands in for MqttLink: publishes are kept for the simulated agents."""

    sent: list[tuple[str, bytes]] = field(default_factory=list)

    def publish(self, topic: str, payload: bytes, qos: int = 1, retain: bool = False) -> None:
        self.sent.append((topic, payload))

    def ack(self, _delivery: Delivery) -> None:
        pass

    def stop(self) -> None:
        pass


class Farm:
    """Simulated agents around one coordinator, driven from one thread."""

    def __init__(
        self, coordinator: Coordinator, clock: VirtualClock, n: int, print_s: float
    ) -> None:
        self.c = coordinator
        self.clock = clock
        self.print_s = print_s
        self.printers = {f"a{i}": _Printer(f"a{i}") for i in range(n)}
        self.loop = _Loopback()
        coordinator.link = self.loop  # type: ignore[assignment]  # the loopback
        self.ends: list[tuple[float, str]] = []
        self.rng = random.Random(1)
        self.burst: list[float] = []
        self.steady: list[float] = []
        self.mid = 0
        self.next_tick = time.monotonic()

    def deliver(self, topic: str, payload: bytes, qos: int = 1) -> None:
        self.mid += 1
        self.c._inbox.put(Delivery(topic, payload, qos == 1, qos, self.mid, 0))

    def online(self) -> None:
        for p in self.printers.values():
            status = AgentStatus(presence=Presence.ONLINE, printers=("p",), since=time.time())
            self.deliver(status_topic(p.agent), encode(status))
            self.idle(p)

    def idle(self, p: _Printer) -> None:
        self.deliver(printer_topic(p.agent, "p", Channel.STATE), _fill(IDLE_STATE, time.time()))
        p.free_since = time.monotonic()

    def turn(self, until: float) -> None:
        """One turn of the coordinator's worker, then the agents act on what it sent.
        With nothing for it to do, time skips to its next tick, a job's end or `until`."""
        inbox = self.c._inbox
        if not inbox.pending and inbox._queue.empty():
            wake = min(self.next_tick, until, self.ends[0][0] if self.ends else until)
            self.clock.skip_to(wake)
        self.next_tick = self.c._turn(self.next_tick)
        sent, self.loop.sent = self.loop.sent, []
        for topic, payload in sent:
            self._command(topic.split("/")[2], payload)
        now = time.monotonic()
        while self.ends and self.ends[0][0] <= now:
            self._finish(self.printers[heapq.heappop(self.ends)[1]])

    def _command(self, agent: str, payload: bytes) -> None:
        command = parse_command(payload)
        p = self.printers[agent]
        if not isinstance(command, StartJob) or p.job is not None:
            return
        assert p.free_since is not None
        (self.burst if p.first else self.steady).append(time.monotonic() - p.free_since)
        share = self.rng.uniform(0.05, 1.0) if p.first else self.rng.uniform(0.5, 1.5)
        p.job, p.first, p.free_since = command.job_id, False, None
        heapq.heappush(self.ends, (time.monotonic() + self.print_s * share, agent))
        now = time.time()
        reply = Reply(command_id=command.id, status=ReplyStatus.ACCEPTED, ts=now,
                      job_id=command.job_id)  # fmt: skip
        self.deliver(printer_topic(agent, "p", Channel.REPLIES), encode(reply))
        p.seq += 1
        started = JobStarted(
            seq=p.seq, ts=now, job_id=command.job_id, file_sha256=command.sha256,
            fencing_token=command.fencing_token,
        )  # fmt: skip
        self.deliver(printer_topic(agent, "p", Channel.EVENTS), encode(started))
        state = _fill(PRINTING_STATE, now, command.job_id)
        self.deliver(printer_topic(agent, "p", Channel.STATE), state)

    def _finish(self, p: _Printer) -> None:
        assert p.job is not None
        p.seq += 1
        done = JobFinished(seq=p.seq, ts=time.time(), job_id=p.job, duration_s=self.print_s)
        self.deliver(printer_topic(p.agent, "p", Channel.EVENTS), encode(done))
        p.job = None
        self.idle(p)

    def telemetry(self) -> None:
        """A second of telemetry as the telemetry process hands it over: the newest
        payload of every printer in one batch."""
        ts = time.time()
        latest = {
            f"{p.agent}/p": _fill(PRINTING_TELEMETRY, ts, p.job) if p.job
            else _fill(IDLE_TELEMETRY, ts)
            for p in self.printers.values()
        }  # fmt: skip
        self.c._apply_telemetry(TapBatch(latest, received=len(latest)))


def _pct(values: list[float], q: int) -> float:
    if len(values) < 2:
        return float("nan")
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000, 1)


def _submit(c: Coordinator, jobs: int, sha: str) -> None:
    left = jobs
    while left:
        copies = min(1000, left)
        spec = JobSpec(name="bench", file_sha256=sha, file_size=10, file_name="b.gcode",
                       submitter="bench", copies=copies)  # fmt: skip
        c.enqueue(c.store.submit(spec))
        left -= copies


def run(a: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    config = CoordinatorConfig(
        store_url=a.store_url or f"sqlite:///{tmp / 'printfarm.sqlite'}",
        broker=BrokerSettings("127.0.0.1", 9, client_id="printfarm-coordinator-bench"),
        files_dir=tmp / "files", public_url="http://127.0.0.1:9", telemetry_process=False,
    )  # fmt: skip
    c = Coordinator(config)
    clock = VirtualClock()
    clock.install()
    try:
        return _phases(a, c, Farm(c, clock, a.printers, a.print_s))
    finally:
        clock.uninstall()
        c.store.close()


def _phases(a: argparse.Namespace, c: Coordinator, farm: Farm) -> dict[str, Any]:
    c._connected()
    _submit(c, a.jobs, "0" * 64)
    cycles0 = c.counters.cycles
    cpu0 = time.process_time()
    farm.online()
    while len(farm.burst) < min(a.printers, a.jobs):
        farm.turn(time.monotonic() + 1.0)
    burst = {"cpu_s": round(time.process_time() - cpu0, 2), "cycles": c.counters.cycles - cycles0,
             "p50_ms": _pct(farm.burst, 50), "p99_ms": _pct(farm.burst, 99)}  # fmt: skip
    # Warm-up (the burst's jobs end over one print time), then the steady window.
    start = next_second = time.monotonic()
    window: tuple[float, float, int] | None = None  # (virtual, CPU, dispatched) at its start
    while (now := time.monotonic()) < start + a.warmup + a.seconds:
        farm.turn(next_second)
        if window is None and now >= start + a.warmup:
            window = (now, time.process_time(), c.counters.dispatched)
            farm.steady.clear()
        if now >= next_second:
            next_second += 1.0
            farm.telemetry()
            if len(c.backlog) < a.jobs // 2:
                _submit(c, a.jobs - len(c.backlog), "0" * 64)
    assert window is not None
    span, cpu = time.monotonic() - window[0], time.process_time() - window[1]
    jobs = c.counters.dispatched - window[2]
    return {
        "printers": a.printers, "jobs_queued": a.jobs, "burst": burst,
        "steady": {"seconds": round(span, 1), "cpu_per_s": round(cpu / span, 3),
                   "jobs_per_s": round(jobs / span, 1),
                   "cpu_ms_per_job": round(cpu / max(jobs, 1) * 1000, 3),
                   "p50_ms": _pct(farm.steady, 50), "p99_ms": _pct(farm.steady, 99),
                   "samples": len(farm.steady)},
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--printers", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=10_000, help="jobs kept queued")
    parser.add_argument("--print-s", type=float, default=30.0)
    parser.add_argument("--warmup", type=float, default=30.0, help="virtual seconds")
    parser.add_argument("--seconds", type=float, default=60.0, help="steady window (virtual s)")
    parser.add_argument("--store-url", help="default: an SQLite file in a temporary folder")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the run here")
    a = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="coordinator-load-") as tmp:
        profiler = cProfile.Profile() if a.profile else None
        if profiler is not None:
            profiler.enable()
        result = run(a, Path(tmp))
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(a.profile)
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
