"""Telemetry goes through the coordinator's telemetry process (a child with its own
MQTT connection) into the live fleet view, over a real Mosquitto."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.wire import Channel
from broker_config.testing import MosquittoBroker
from tests.coordinator_harness import running_coordinator, sim_agent
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt


def test_telemetry_reaches_the_fleet_view(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    printer = SimPrinter("p1")
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "agent-1", [printer]) as agent,
    ):
        assert ops.c.tap is not None  # the default: telemetry in a process of its own
        wait_until(lambda: ops.c.fleet.get("agent-1/p1") is not None, 10, "the printer")
        for _ in range(3):
            agent.publish_telemetry(printer)
        counted = ops.c.counters.by_channel

        def seen() -> bool:
            view = ops.c.fleet.get("agent-1/p1")
            return (
                counted.get(Channel.TELEMETRY, 0) == 3
                and view is not None
                and (view.telemetry is not None)
            )

        wait_until(seen, 10, "three telemetry messages counted and the newest shown")
        view = ops.c.fleet.get("agent-1/p1")
        assert view is not None
        assert view.telemetry is not None
        assert view.telemetry.temperatures["T0"].actual == 25.0
        temperatures = ops.get_printer("agent-1/p1").temperatures
        assert temperatures is not None  # online: it reports them
        assert temperatures["T0"].actual == 25.0
