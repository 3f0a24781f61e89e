"""The dashboard's live stream (GET /live) over real HTTP, from a real coordinator fed by
a simulated agent through Mosquitto: a printer whose telemetry changes 40 times a second
for two seconds reaches a member's stream as at most one item per tick, the last of them
with its newest temperature."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from agent.wire import Channel, PrinterStateName, Telemetry, Temperature, encode, printer_topic
from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role, Scope
from coordinator.web.live import KEEP_ENDED, TICK_S, LiveHub
from tests.coordinator_harness import running_coordinator, sim_agent, submit_bytes
from tests.farm_processes import CoordinatorProcess, coordinator_url
from tests.helpers.api_server import api_server
from tests.sim_agents import SimAgent, SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt
BURST = 80
PACE_S = 0.025  # the producer's pace (40 messages/s), not a wait for anything


@dataclass
class Stream:
    """Every data message of a live stream, with the monotonic time it arrived."""

    messages: list[tuple[float, list[dict[str, Any]]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    open: threading.Event = field(default_factory=threading.Event)  # answered 200

    def printer_items(self, key: str, since: float = 0.0) -> list[tuple[float, dict[str, Any]]]:
        with self.lock:
            return [
                (at, item["printer"])
                for at, batch in self.messages
                if at >= since
                for item in batch
                if "printer" in item and item["printer"]["key"] == key
            ]


@contextmanager
def live(url: str, token: str) -> Iterator[Stream]:
    stream, stop = Stream(), threading.Event()

    def read() -> None:
        headers = {"Authorization": f"Bearer {token}"}
        with (
            httpx.Client(base_url=url, headers=headers, timeout=30) as http,
            http.stream("GET", "/live") as response,
        ):
            assert response.status_code == 200
            stream.open.set()
            with suppress(httpx.RemoteProtocolError):  # the server stopped: cut mid-stream
                for line in response.iter_lines():
                    if stop.is_set():
                        return
                    if line.startswith("data: "):
                        with stream.lock:
                            stream.messages.append((time.monotonic(), json.loads(line[6:])))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        yield stream
    finally:
        stop.set()  # the reader ends at the next message or keep-alive


def _hotend(item: dict[str, Any]) -> float | None:
    temps = item.get("temperatures") or {}
    return temps["T0"]["actual"] if "T0" in temps else None


def _burst(agent: SimAgent, printer: str) -> float:
    """BURST telemetry messages, one every PACE_S (slower than the coordinator's own
    batching of telemetry, faster than the stream's tick); the time of the last."""
    topic = printer_topic(agent.agent_id, printer, Channel.TELEMETRY)
    for n in range(BURST):
        t = Telemetry(
            ts=time.time(),
            state=PrinterStateName.IDLE,
            temperatures={"T0": Temperature(actual=100.0 + n, target=None)},
        )
        agent.client.publish(topic, encode(t), qos=0)
        time.sleep(PACE_S)
    return time.monotonic()


def test_a_burst_of_telemetry_reaches_the_page_coalesced_and_newest_last(
    mosquitto: MosquittoBroker, tmp_path: Any
) -> None:
    printers = [SimPrinter("p0"), SimPrinter("p1"), SimPrinter("p2")]
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "sim", printers) as agent,
        api_server(ops) as server,
    ):
        wait_until(lambda: sum(p.online for p in ops.list_printers()) == 3, 30, "online")
        token = server.add_user("mia", Role.MEMBER)
        with live(server.url, token) as stream:
            wait_until(lambda: bool(stream.printer_items("sim/p2")), 10, "the first snapshot")
            start = time.monotonic()
            sent_at = _burst(agent, "p0")
            newest = float(100 + BURST - 1)
            wait_until(
                lambda: any(_hotend(p) == newest for _, p in stream.printer_items("sim/p0", start)),
                10,
                "the newest temperature on the stream",
            )
            items = stream.printer_items("sim/p0", start)
            arrived = next(at for at, p in items if _hotend(p) == newest)
        print(f"\nburst of {BURST}: {len(items)} items, newest after {arrived - sent_at:.2f} s")
        assert _hotend(items[-1][1]) == newest  # nothing older after the newest
        assert len(items) <= (arrived - start) / TICK_S + 2  # at most one per tick
        assert len(items) < BURST / 4
        assert len(items) > 1  # it did stream while the burst lasted
        assert arrived - sent_at < 5  # the aim is under 1 s; generous on a shared machine


def test_the_hub_reads_open_jobs_and_only_the_newest_ended_ones(
    mosquitto: MosquittoBroker, tmp_path: Any
) -> None:
    """A poll a second must not read the whole history: the open jobs, the newest
    KEEP_ENDED ended ones once, and then each job that ended since the last poll."""
    with running_coordinator(mosquitto, tmp_path) as ops:
        jobs = submit_bytes(ops, copies=KEEP_ENDED + 6)
        for job in jobs[:-1]:
            ops.cancel(job.id)
        hub = LiveHub(ops)
        first = hub.read_jobs()
        assert len(first) == 1 + KEEP_ENDED
        assert {j.id for j in first if j.state == "queued"} == {jobs[-1].id}
        assert hub.read_jobs() == [ops.get_job(jobs[-1].id)]  # the open one only
        ops.cancel(jobs[-1].id)
        [ended] = hub.read_jobs()  # ended since: read once more, then no longer
        assert (ended.id, ended.state) == (jobs[-1].id, "cancelled")
        assert hub.read_jobs() == []


def test_a_coordinator_with_dashboards_open_still_stops(
    mosquitto: MosquittoBroker, tmp_path: Any
) -> None:
    """A live stream never ends by itself: SIGTERM must not wait for the pages to close
    (it did, forever, before the server's graceful shutdown got a limit)."""
    coordinator = CoordinatorProcess(tmp_path / "coord", coordinator_url(mosquitto))
    client = coordinator.start()
    assert coordinator.proc is not None
    try:
        token = client.create_token(Scope.READ, name="page").secret
        with live(client.base_url, token) as stream:
            wait_until(stream.open.is_set, 15, "the stream open")
            coordinator.proc.terminate()
            coordinator.proc.wait(30)  # TimeoutExpired: still waiting for the stream
    finally:
        client.close()
        if coordinator.proc.poll() is None:
            coordinator.kill()
    assert coordinator.proc.returncode == 0, coordinator.log
