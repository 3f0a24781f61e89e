"""Malformed or oversized payloads on every topic the coordinator reads are logged and
dropped; the coordinator keeps dispatching afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.wire import MAX_PAYLOAD_BYTES, Channel, printer_topic, status_topic
from broker_config.testing import MosquittoBroker
from tests.coordinator_harness import job_state, running_coordinator, sim_agent, submit_bytes
from tests.helpers.mqtt import connect_as
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt

BAD_PAYLOADS = [
    b"not json",
    b"\xff\xfe\x00",
    b"[1, 2, 3]",
    b'{"v": 2, "presence": "online"}',
    b'{"v": 1}',
    b'{"v": 1, "state": "idle", "ts": "yesterday"}',
    b'{"v": true}',
    b"{" * 10_000,
]
# The coordinator refuses these too (tests/test_wire_codec.py), but broker_config's
# message_size_limit drops them before they reach it.
OVERSIZED = b'{"v": 1, "pad": "' + b"x" * (MAX_PAYLOAD_BYTES + 1) + b'"}'


def test_garbage_on_every_topic_is_dropped(
    mosquitto: MosquittoBroker, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    printer = SimPrinter("p1", print_s=0.2)
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "agent-1", [printer]),
    ):
        wait_until(lambda: len(ops.list_printers()) == 1, 10, "the printer")
        rogue = connect_as(mosquitto, "agent-2")
        try:
            topics = [status_topic("agent-2")] + [
                printer_topic("agent-2", "px", ch)
                for ch in (Channel.STATE, Channel.TELEMETRY, Channel.EVENTS, Channel.REPLIES)
            ]
            for topic in topics:
                for payload in [OVERSIZED, *BAD_PAYLOADS]:
                    rogue.publish(topic, payload, qos=1)
            expected = len(topics) * len(BAD_PAYLOADS)
            wait_until(lambda: ops.c.counters.dropped >= expected, 10, "all garbage dropped")
        finally:
            rogue.close()
        assert ops.c.counters.dropped == expected
        assert "dropped a message" in caplog.text
        # Still alive and dispatching, and the rogue agent is no printer.
        job = submit_bytes(ops)[0]
        wait_until(lambda: job_state(ops, job.id) == "done", 10, "a job done after the garbage")
        assert [p.key for p in ops.list_printers()] == ["agent-1/p1"]
