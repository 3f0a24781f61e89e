"""Simulated agents for benchmarks/fleet.py: thousands of printers per process, cheaply.

Each simulated agent has its own id and its own topics (`printfarm/v1/<agent>/...`),
its retained presence and one printer, exactly as the wire contract says. What is
shared, to keep the simulator from starving the coordinator on a 2-core machine:
- connections: the agents of one process publish over `--conns` paho clients (the
  benchmark broker has no ACL, so any client may write any agent's topics); hence no
  per-agent last will, which the benchmark never exercises;
- encoding: telemetry and state payloads are encoded once by the wire models and then
  only have their timestamp (and job id) substituted as bytes;
- time: one loop per process spreads telemetry evenly over each second.
Start commands are decoded with the wire models; events and replies are encoded by them.

Measured here, on one clock: dispatch latency from the moment a printer published its
idle state ("became free") to the moment its start command arrived.
"""

from __future__ import annotations

import heapq
import itertools
import queue
import random
import resource
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from agent.wire import (
    AgentStatus,
    BuildVolume,
    Capabilities,
    Channel,
    JobFinished,
    JobProgress,
    JobStarted,
    Presence,
    PrinterState,
    PrinterStateName,
    Reply,
    ReplyStatus,
    StartJob,
    Telemetry,
    Temperature,
    WireError,
    encode,
    parse_command,
    printer_topic,
    status_topic,
)

TS, JOB = 1234567.875, "SENTINELJOBID"  # stand-ins replaced in pre-encoded payloads
TEMPS = {"T0": Temperature(actual=210.0, target=210.0), "B": Temperature(actual=60.0)}


def _template(model: Any) -> tuple[bytes, ...]:
    """A payload split around its timestamp (and job id): join with the live values."""
    raw = encode(model)
    parts = raw.split(repr(TS).encode())
    assert len(parts) == 2, raw
    head, tail = parts
    return (head, *tail.split(JOB.encode()))


def _state(name: PrinterStateName, job: bool) -> PrinterState:
    return PrinterState(
        ts=TS, state=name, job=JobProgress(job_id=JOB, progress=0.0) if job else None,
        temperatures=TEMPS, capabilities=Capabilities(firmware="marlin"), profile="marlin2",
        material="pla", nozzle_diameter=0.4, build_volume=BuildVolume(x=220, y=220, z=250),
        bed_clear=True, ejects_parts=True,
    )  # fmt: skip


IDLE_STATE = _template(_state(PrinterStateName.IDLE, job=False))
PRINTING_STATE = _template(_state(PrinterStateName.PRINTING, job=True))
IDLE_TELEMETRY = _template(Telemetry(ts=TS, state=PrinterStateName.IDLE, temperatures=TEMPS))
PRINTING_TELEMETRY = _template(
    Telemetry(ts=TS, state=PrinterStateName.PRINTING, temperatures=TEMPS, job_id=JOB)
)


def _fill(template: tuple[bytes, ...], ts: float, job_id: str = "") -> bytes:
    if len(template) == 2:
        return template[0] + repr(ts).encode() + template[1]
    return template[0] + repr(ts).encode() + template[1] + job_id.encode() + template[2]


@dataclass(slots=True)
class SimPrinter:
    agent: str
    conn: int  # which shared connection carries it
    state_topic: str
    telemetry_topic: str
    events_topic: str
    replies_topic: str
    commands_topic: str
    job: str | None = None
    job_end: float = 0.0
    free_since: float | None = None
    jobs_done: int = 0
    seq: int = 0


@dataclass
class Tally:
    """What one process published and measured (sent back to the benchmark)."""

    states: int = 0
    telemetry: int = 0
    events: int = 0
    replies: int = 0
    first_latencies: list[float] = field(default_factory=list)  # a printer's first job
    warmup_latencies: list[float] = field(default_factory=list)  # later jobs, in the warm-up
    latencies: list[float] = field(default_factory=list)  # later jobs, in the steady window
    cpu_s: float = 0.0  # this process's CPU time over the steady window
    window_s: float = 0.0


class SimFleet:
    """`count` agents with one printer each, on `conns` shared paho connections."""

    def __init__(  # noqa: PLR0917  # the benchmark's knobs, passed through
        self, prefix: str, count: int, host: str, port: int, conns: int, print_s: float
    ) -> None:
        self.print_s = print_s
        self.printers = [self._printer(f"{prefix}-{i}", i % conns) for i in range(count)]
        self.by_commands = {p.commands_topic: p for p in self.printers}
        self.inbox: queue.SimpleQueue[tuple[float, str, bytes]] = queue.SimpleQueue()
        self.tally = Tally()
        self.rng = random.Random(prefix)
        self.clients = [self._client(f"bench-{prefix}-c{c}", host, port) for c in range(conns)]
        self.subscribed = threading.Semaphore(0)
        self._steady_from = float("inf")
        self._last: dict[int, mqtt.MQTTMessageInfo] = {}  # per connection: latest QoS 0
        self._acked: list[mqtt.MQTTMessageInfo] = []  # QoS 1 messages not yet acknowledged

    @staticmethod
    def _printer(agent: str, conn: int) -> SimPrinter:
        def topic(channel: Channel) -> str:
            return printer_topic(agent, "p", channel)

        return SimPrinter(
            agent, conn, topic(Channel.STATE), topic(Channel.TELEMETRY), topic(Channel.EVENTS),
            topic(Channel.REPLIES), topic(Channel.COMMANDS),
        )  # fmt: skip

    def _client(self, client_id: str, host: str, port: int) -> mqtt.Client:
        client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id)
        client.max_queued_messages_set(0)
        client.max_inflight_messages_set(1000)
        client.on_message = self._on_message
        client.on_subscribe = lambda *_a: self.subscribed.release()
        client.connect(host, port, keepalive=60)
        client.loop_start()
        return client

    def _on_message(self, _c: mqtt.Client, _u: object, msg: mqtt.MQTTMessage) -> None:
        # paho's thread: note the arrival time only; the main loop acts on it.
        self.inbox.put((time.monotonic(), msg.topic, bytes(msg.payload)))

    def _send(
        self, p: SimPrinter, topic: str, payload: bytes, qos: int, retain: bool = False
    ) -> None:
        info = self.clients[p.conn].publish(topic, payload, qos=qos, retain=retain)
        if qos == 0:
            self._last[p.conn] = info
        else:
            self._acked.append(info)

    # -- the simulation --------------------------------------------------------------------
    def connect(self) -> None:
        """Subscribe every agent's commands, then announce presence and idle state."""
        batches = 0
        for c, client in enumerate(self.clients):
            mine = [(p.commands_topic, 1) for p in self.printers if p.conn == c]
            for start in range(0, len(mine), 200):
                client.subscribe(mine[start : start + 200])
                batches += 1
        for _ in range(batches):
            if not self.subscribed.acquire(timeout=60):
                raise RuntimeError("the broker did not confirm the subscriptions in 60 s")
        for p in self.printers:
            status = AgentStatus(presence=Presence.ONLINE, printers=("p",), since=time.time())
            self._send(p, status_topic(p.agent), encode(status), 1, retain=True)
            self._publish_idle(p)

    def _publish_idle(self, p: SimPrinter) -> None:
        self._send(p, p.state_topic, _fill(IDLE_STATE, time.time()), 1, retain=True)
        self.tally.states += 1
        p.free_since = time.monotonic()

    def _start(self, p: SimPrinter, arrived: float, payload: bytes) -> None:
        try:
            command = parse_command(payload)
        except WireError:
            return
        if not isinstance(command, StartJob) or p.job is not None:
            return
        if p.free_since is not None:
            latency = arrived - p.free_since
            if p.jobs_done == 0:
                self.tally.first_latencies.append(latency)
            elif arrived < self._steady_from:
                self.tally.warmup_latencies.append(latency)
            else:
                self.tally.latencies.append(latency)
            p.free_since = None
        # The first job is already under way (uniform), later ones take 0.5-1.5 x print_s:
        # printers free up at different moments, as in a real farm.
        share = self.rng.uniform(0.05, 1.0) if p.jobs_done == 0 else self.rng.uniform(0.5, 1.5)
        p.job, p.job_end = command.job_id, time.monotonic() + self.print_s * share
        now = time.time()
        reply = Reply(command_id=command.id, status=ReplyStatus.ACCEPTED, ts=now,
                      job_id=command.job_id)  # fmt: skip
        self._send(p, p.replies_topic, encode(reply), 1)
        p.seq += 1
        started = JobStarted(seq=p.seq, ts=now, job_id=command.job_id, file_sha256=command.sha256,
                             fencing_token=command.fencing_token)  # fmt: skip
        self._send(p, p.events_topic, encode(started), 1)
        self._send(p, p.state_topic, _fill(PRINTING_STATE, now, command.job_id), 1, retain=True)
        self.tally.replies += 1
        self.tally.events += 1
        self.tally.states += 1

    def _finish(self, p: SimPrinter) -> None:
        assert p.job is not None
        p.seq += 1
        done = JobFinished(seq=p.seq, ts=time.time(), job_id=p.job, duration_s=self.print_s)
        self._send(p, p.events_topic, encode(done), 1)
        self.tally.events += 1
        p.job, p.jobs_done = None, p.jobs_done + 1
        self._publish_idle(p)

    def run(self, until: float, steady_from: float) -> None:
        """Simulate until the monotonic time `until`; telemetry at 1 Hz per printer.
        CPU time is tallied from `steady_from` on."""
        self._cpu_from: tuple[float, float] | None = None
        self._steady_from = steady_from
        ends: list[tuple[float, int]] = []  # (job end, printer index)
        index = {id(p): i for i, p in enumerate(self.printers)}
        cursor = itertools.cycle(range(len(self.printers)))
        owed = 0.0
        last = time.monotonic()
        while (now := time.monotonic()) < until:
            self._take_commands(ends, index)
            while ends and ends[0][0] <= now:
                _, i = heapq.heappop(ends)
                self._finish(self.printers[i])
            owed += (now - last) * len(self.printers)  # telemetry due since the last turn
            last = now
            self._send_telemetry(int(owed), cursor)
            owed -= int(owed)
            self._acked = (
                [i for i in self._acked if not i.is_published()]
                if len(self._acked) > 5000
                else self._acked
            )
            if self._cpu_from is None and now >= steady_from:
                self._cpu_from = (_cpu(), now)
            time.sleep(0.005)  # the loop's pace; commands are timed on arrival, not here
        if self._cpu_from is not None:
            self.tally.cpu_s = _cpu() - self._cpu_from[0]
            self.tally.window_s = time.monotonic() - self._cpu_from[1]

    def _take_commands(self, ends: list[tuple[float, int]], index: dict[int, int]) -> None:
        """Start the jobs of every command that arrived; their end times go on `ends`."""
        while True:
            try:
                arrived, topic, payload = self.inbox.get_nowait()
            except queue.Empty:
                return
            p = self.by_commands.get(topic)
            if p is not None and p.job is None:
                self._start(p, arrived, payload)
                if p.job is not None:
                    heapq.heappush(ends, (p.job_end, index[id(p)]))

    def _send_telemetry(self, count: int, cursor: Iterator[int]) -> None:
        """`count` telemetry messages, round robin over the printers."""
        ts = time.time()
        for _ in range(count):
            p = self.printers[next(cursor)]
            if p.job is None:
                payload = _fill(IDLE_TELEMETRY, ts)
            else:
                payload = _fill(PRINTING_TELEMETRY, ts, p.job)
            self._send(p, p.telemetry_topic, payload, 0)
        self.tally.telemetry += count

    def close(self) -> None:
        """Wait until everything published went out, then go. (QoS 0 goes out in order;
        QoS 1 messages may wait for the in-flight window, so each is waited for.)"""
        for info in [*self._acked, *self._last.values()]:
            info.wait_for_publish(30)
        for client in self.clients:
            client.disconnect()
            client.loop_stop()


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
