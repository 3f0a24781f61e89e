"""An in-process coordinator against the test Mosquitto, plus simulated agents.

Used by tests/test_coordinator_*.py. Everything is real (Mosquitto, SQLite file, paho,
HTTP when asked); only the printers are simulated (tests/sim_agents.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from agent.wire import Channel, printer_topic
from broker_config.testing import MosquittoBroker
from coordinator.mqtt import BrokerSettings
from coordinator.requirements import Requirements
from coordinator.service import Coordinator, CoordinatorConfig, Operations, Timing
from coordinator.store import EventRecord
from coordinator.views import JobOut
from tests.sim_agents import SimAgent, SimPrinter
from tests.waiting import wait_until

FAST = Timing(
    resend_after_s=1.0, offline_grace_s=0.5, settle_s=1.0, vanish_grace_s=2.0, lease_s=30.0
)


def coordinator_config(
    broker: MosquittoBroker,
    data: Path,
    timing: Timing = FAST,
    client_id: str = "coord-test",
    store_url: str | None = None,
) -> CoordinatorConfig:
    creds = broker.coordinator
    return CoordinatorConfig(
        store_url=store_url or f"sqlite:///{data / 'printfarm.sqlite'}",
        broker=BrokerSettings(
            broker.host,
            broker.coordinator_port,
            creds.username,
            creds.password,
            client_id=client_id,
        ),
        files_dir=data / "files",
        public_url="http://127.0.0.1:9",  # simulated agents never download
        timing=timing,
        tick_s=0.1,
    )


@contextmanager
def running_coordinator(
    broker: MosquittoBroker, data: Path, timing: Timing = FAST, store_url: str | None = None
) -> Iterator[Operations]:
    coordinator = Coordinator(coordinator_config(broker, data, timing, store_url=store_url))
    coordinator.start()
    try:
        wait_until(coordinator.link.connected.is_set, 10, "the coordinator to connect")
        yield Operations(coordinator)
    finally:
        coordinator.stop()


@contextmanager
def sim_agent(
    broker: MosquittoBroker, agent_id: str, printers: list[SimPrinter]
) -> Iterator[SimAgent]:
    creds = broker.agents.get(agent_id) or broker.add_agent(agent_id)
    agent = SimAgent(agent_id, broker.host, broker.port, printers, password=creds.password)
    agent.start()
    try:
        wait_until(agent.connected.is_set, 10, f"{agent_id} to connect")
        yield agent
    finally:
        agent.stop()


def submit_bytes(
    ops: Operations,
    data: bytes = b"G28\nG1 X10 Y10 Z0.3 E1\n",
    *,
    copies: int = 1,
    priority: int = 0,
    requirements: Requirements | None = None,
) -> list[JobOut]:
    """Queue `copies` jobs of a small file; extents come from `requirements` if given."""
    stored = ops.c.files.put_bytes(data)
    return ops.submit(
        stored, "part.gcode", copies=copies, priority=priority, requirements=requirements
    )


def job_state(ops: Operations, job_id: str) -> str:
    return ops.get_job(job_id).state


def replay_events(ops: Operations, agent: SimAgent, key: str, rows: list[EventRecord]) -> None:
    """Publish the events of history `rows` once more (seq and all, as after a broker
    restart); return once the coordinator received them and committed a cycle after."""
    received = ops.c.counters.by_channel.get(Channel.EVENTS, 0)
    agent_id, _, printer = key.partition("/")
    topic = printer_topic(agent_id, printer, Channel.EVENTS)
    for row in rows:
        agent.client.publish(topic, json.dumps(row.detail).encode(), qos=1)
    wait_until(
        lambda: ops.c.counters.by_channel.get(Channel.EVENTS, 0) >= received + len(rows),
        10, "the copies received",
    )  # fmt: skip
    cycles = ops.c.counters.cycles
    wait_until(lambda: ops.c.counters.cycles > cycles, 10, "their cycle committed")


def agent_history(ops: Operations, job_id: str) -> list[EventRecord]:
    """The job's history rows that came from its agent's events (they carry a seq)."""
    return [r for r in ops.c.store.history(job_id=job_id) if r.agent_seq is not None]
