"""Job control says the right thing: a requeue happens once, a paused job shows `paused`
(store and API), and an offline printer shows no temperatures.

Requeue and offline temperatures run an in-process coordinator against the test
Mosquitto with simulated agents; pause and resume run real `printfarm coordinator` and
`printfarm-agent run` processes on a virtual printer.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from rich.console import Console

from agent.wire import Channel, JobProgressed, encode, printer_topic
from broker_config.testing import MosquittoBroker
from coordinator.client import ApiError
from coordinator.service import ConflictError, Coordinator, Operations
from coordinator.service.resilience import StoreUnavailableError
from coordinator.tables import printers_table
from tests.coordinator_harness import (
    coordinator_config,
    running_coordinator,
    sim_agent,
    submit_bytes,
)
from tests.farm_processes import (
    AgentProcess,
    CoordinatorProcess,
    coordinator_url,
    start_printing,
)
from tests.helpers.databases import conninfo, postgres_database
from tests.sim_agents import SimAgent, SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt


def test_requeue_twice_makes_one_copy(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    with running_coordinator(mosquitto, tmp_path) as ops:
        job = submit_bytes(ops)[0]
        ops.cancel(job.id)
        first = ops.requeue(job.id)
        assert [j.id for j in first] == [f"{job.id}-r1"]
        assert first[0].state == "queued"
        with pytest.raises(
            ConflictError, match=rf"already re-queued as {job.id}-r1 \(now queued\)"
        ):
            ops.requeue(job.id)
        ops.cancel(first[0].id)
        with pytest.raises(ConflictError, match=rf"already re-queued as {job.id}-r1"):
            ops.requeue(job.id)  # still once, whatever became of the copy
        second = ops.requeue(first[0].id)  # the copy ended: it may be re-queued itself
        assert [j.id for j in second] == [f"{job.id}-r2"]
        assert sorted(j.id for j in ops.list_jobs()) == sorted([job.id, first[0].id, second[0].id])


def test_offline_printer_shows_no_temperatures(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    with running_coordinator(mosquitto, tmp_path) as ops:
        with sim_agent(mosquitto, "agent-1", [SimPrinter("vp")]):
            wait_until(lambda: [p.online for p in ops.list_printers()] == [True], 10, "online")
            online = ops.get_printer("agent-1/vp").temperatures
            assert online is not None
            assert online["T0"].actual == 25.0
        wait_until(lambda: not ops.list_printers()[0].online, 10, "the printer offline")
        printer = ops.get_printer("agent-1/vp")
        assert printer.temperatures is None
        console = Console(record=True, width=200)
        console.print(printers_table([printer]))
        row = next(line for line in console.export_text().splitlines() if "agent-1/vp" in line)
        assert "—" in row
        assert "T0" not in row


@pytest.mark.slow
def test_pause_and_resume_show_in_the_job_state(tmp_path: Path, mosquitto: MosquittoBroker) -> None:
    agent = AgentProcess.configure(tmp_path, mosquitto, "agent-1", speed=5).start()
    coordinator = CoordinatorProcess(tmp_path / "coord", coordinator_url(mosquitto))
    client = coordinator.start()
    try:
        job = start_printing(client, tmp_path, 1, lines=3000)
        client.job_action(job.id, "pause")
        wait_until(lambda: client.job(job.id).state == "paused", 30, "the job paused")
        assert client.printers()[0].state == "paused"
        assert [j.id for j in client.jobs("paused")] == [job.id]
        with pytest.raises(ApiError, match="only a printing job can pause"):
            client.job_action(job.id, "pause")
        client.job_action(job.id, "resume")
        wait_until(lambda: client.job(job.id).state == "printing", 30, "the job printing again")
        with pytest.raises(ApiError, match="only a paused job can resume"):
            client.job_action(job.id, "resume")
        client.job_action(job.id, "cancel")
        wait_until(lambda: client.job(job.id).state == "cancelled", 60, "the job cancelled")
    finally:
        client.close()
        coordinator.stop()
        agent.stop()


def test_a_waiting_job_says_why(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    """Through the API: bed not clear, then busy with an estimate, then offline."""
    vp = SimPrinter("vp", print_s=60, bed_clear=False)

    def why(job_id: str) -> tuple[str, str, float | None]:
        waiting = ops.get_job(job_id).waiting
        assert waiting is not None, ops.get_job(job_id)
        return waiting.kind, waiting.message, waiting.eta_s

    with running_coordinator(mosquitto, tmp_path) as ops:
        with sim_agent(mosquitto, "agent-1", [vp]) as agent:
            wait_until(lambda: [p.online for p in ops.list_printers()] == [True], 10, "online")
            first = submit_bytes(ops)[0]
            assert why(first.id)[:2] == (
                "bed_not_clear",
                "agent-1/vp matches but its bed is not clear",
            )
            ops.clear_bed("agent-1/vp", by="test")
            wait_until(lambda: ops.get_job(first.id).state == "printing", 10, "first printing")
            assert ops.get_job(first.id).waiting is None  # only queued jobs wait
            second = submit_bytes(ops)[0]
            agent.publish_telemetry(vp)  # progress so far: the time left follows from it

            def busy_with_estimate() -> bool:
                kind, message, eta = why(second.id)
                busy = "agent-1/vp matches but is busy, free in"
                return kind == "busy" and eta is not None and message.startswith(busy)

            wait_until(busy_with_estimate, 10, "busy, with the time until it is free")
            assert 0 < (why(second.id)[2] or 0) <= 60
        wait_until(lambda: why(second.id)[0] == "offline", 10, "offline")
        assert why(second.id)[1] == "agent-1/vp matches but is offline"


@pytest.mark.postgres
def test_a_pause_during_a_failing_cycle_is_sent_or_refused_never_lost(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    """A pause arrives from the API while the worker is inside a cycle that then fails
    (its PostgreSQL connection is cut while it waits for a lock). The pause must reach
    the agent or be refused with an error, never be accepted and lost."""
    vp = SimPrinter("vp", print_s=120)
    with postgres_database() as url, psycopg.connect(conninfo(url), autocommit=True) as admin:
        config = replace(
            coordinator_config(mosquitto, tmp_path),
            store_url=url,
            tick_s=3600.0,  # no clock cycles: the worker is in a cycle only for a message
        )
        coordinator = Coordinator(config)
        coordinator.start()
        ops = Operations(coordinator)
        try:
            with sim_agent(mosquitto, "agent-1", [vp]) as agent:
                wait_until(lambda: [p.online for p in ops.list_printers()] == [True], 10, "up")
                job = submit_bytes(ops)[0]
                wait_until(lambda: ops.get_job(job.id).state == "printing", 10, "printing")
                _pause_while_the_cycle_fails(ops, agent, vp, job.id, admin)
                wait_until(lambda: coordinator.health.database().ok, 30, "the database back")
                ops.pause(job.id)  # with the database back, a pause goes out at once
                wait_until(lambda: "pause" in agent.received, 10, "the pause at the agent")
        finally:
            coordinator.stop()


def _lock_waiters(admin: psycopg.Connection[tuple[object, ...]]) -> int:
    row = admin.execute(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    ).fetchone()
    return int(str(row[0])) if row else 0


def _pause_while_the_cycle_fails(
    ops: Operations,
    agent: SimAgent,
    vp: SimPrinter,
    job_id: str,
    admin: psycopg.Connection[tuple[object, ...]],
) -> None:
    admin.execute("BEGIN")
    admin.execute("LOCK TABLE events IN EXCLUSIVE MODE")  # the history insert waits
    vp.seq += 1  # an event: its cycle writes history, so it waits for the lock
    milestone = JobProgressed(seq=vp.seq, ts=time.time(), job_id=job_id, percent=10)
    agent.client.publish(printer_topic("agent-1", "vp", Channel.EVENTS), encode(milestone), qos=1)
    wait_until(lambda: _lock_waiters(admin) == 1, 10, "the worker's cycle waiting for the lock")
    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(ops.pause, job_id)  # from a thread of its own, as HTTP does
        with suppress(TimeoutError):  # queued for the worker: no answer before the cycle ends
            pending.result(timeout=2)
        admin.execute(  # the cycle fails: its connection is cut while it waits
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        admin.execute("ROLLBACK")
        try:
            pending.result(timeout=30)
        except StoreUnavailableError:
            refused = True
        else:
            refused = False
    if not refused:
        wait_until(lambda: "pause" in agent.received, 10, "the pause at the agent")
