"""The store's bed lock is shared by every coordinator on one database: a lock another
coordinator took (or lifted) reaches this one's view and dispatch within a queue
refresh. In-process coordinator, real Mosquitto and SQLite file, simulated agent."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from coordinator.store import Store
from tests.coordinator_harness import (
    coordinator_config,
    job_state,
    running_coordinator,
    sim_agent,
    submit_bytes,
)
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt
KEY = "agent-1/p1"
REFRESH_S = 5.0  # CoordinatorConfig.queue_refresh_s


def test_a_bed_lock_set_elsewhere_is_seen_and_lifted(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    printer = SimPrinter("p1")
    other = Store(coordinator_config(mosquitto, tmp_path).store_url)  # "another coordinator"
    try:
        with (
            running_coordinator(mosquitto, tmp_path) as ops,
            sim_agent(mosquitto, "agent-1", [printer]),
        ):
            wait_until(lambda: [p.bed_clear for p in ops.list_printers()] == [True], 10, "clear")
            wait_until(lambda: other.get_printer(KEY) is not None, 10, "the printer's row")
            assert other.set_bed_needs_clearing(KEY, True)
            wait_until(
                lambda: [p.bed_clear for p in ops.list_printers()] == [False],
                REFRESH_S * 4, "the lock seen by this coordinator",
            )  # fmt: skip
            job = submit_bytes(ops)[0]
            probe_end = time.monotonic() + 2.0
            while time.monotonic() < probe_end:  # dispatch rounds with the printer locked
                assert job_state(ops, job.id) == "queued"
                time.sleep(0.1)  # sampling the job's state over the probe period
            assert other.set_bed_needs_clearing(KEY, False)  # cleared through the other
            wait_until(lambda: job_state(ops, job.id) == "done", REFRESH_S * 4, "the job done")
            assert printer.started == [job.id]
    finally:
        other.close()
