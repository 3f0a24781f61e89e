"""A database outage does not stop the coordinator: a real `printfarm coordinator` process
whose database goes away for a while (PostgreSQL: its connections terminated and new ones
refused; SQLite: another process holds the write lock past the busy timeout).

While the database is down `/health` answers 503 and names it, a submit fails at once with
a message that says so (no time-out), and the worker logs the outage once. When the
database is back, `/health` is ok again and a new job is dispatched and printed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from broker_config.testing import MosquittoBroker
from coordinator.client import ApiError, FarmClient
from tests.coordinator_harness import sim_agent
from tests.farm_processes import CoordinatorProcess, coordinator_url, job_file
from tests.helpers.databases import postgres_database, postgres_outage
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]
Outage = Callable[[], AbstractContextManager[None]]


def _health(client: FarmClient) -> tuple[int, dict[str, Any]]:
    response = httpx.get(f"{client.base_url}/health", timeout=10)
    body: dict[str, Any] = response.json()
    return response.status_code, body


def _database_down(client: FarmClient) -> bool:
    status, body = _health(client)
    return status == 503 and body["database"]["ok"] is False


def _all_ok(client: FarmClient) -> bool:
    status, body = _health(client)
    return status == 200 and all(body[part]["ok"] for part in ("worker", "broker", "database"))


def _outage_then_recovery(
    tmp_path: Path, mosquitto: MosquittoBroker, db_url: str, outage: Outage
) -> None:
    coordinator = CoordinatorProcess(
        tmp_path / "coord", coordinator_url(mosquitto), extra_args=("--db", db_url)
    )
    client = coordinator.start()
    printer = SimPrinter("vp", print_s=0.2)
    try:
        with sim_agent(mosquitto, "agent-1", [printer]):
            wait_until(lambda: _all_ok(client), 30, "a healthy coordinator")
            wait_until(lambda: any(p.online for p in client.printers()), 30, "printer online")
            with outage():
                wait_until(lambda: _database_down(client), 60, "/health: database down")
                _status, body = _health(client)
                assert body["worker"]["ok"], body
                assert body["broker"]["ok"], body
                assert body["database"]["detail"], body  # names the cause
                with pytest.raises(ApiError, match="database"):
                    client.submit(job_file(tmp_path, 1))
            wait_until(lambda: _all_ok(client), 60, "/health ok after the outage")
            job = client.submit(job_file(tmp_path, 2))[0]
            wait_until(lambda: client.job(job.id).state == "done", 60, "the job printed")
            assert printer.started == [job.id]
        assert coordinator.proc is not None
        assert coordinator.proc.poll() is None  # still running
        log = coordinator.log
        assert log.count("database unavailable") == 1, log[-4000:]
        assert "database is back" in log, log[-4000:]
    finally:
        client.close()
        coordinator.stop()


@pytest.mark.postgres
def test_postgres_outage_is_survived_and_reported(
    tmp_path: Path, mosquitto: MosquittoBroker
) -> None:
    with postgres_database() as url:
        _outage_then_recovery(tmp_path, mosquitto, url, lambda: postgres_outage(url))


def test_sqlite_locked_for_a_while_is_survived_and_reported(
    tmp_path: Path, mosquitto: MosquittoBroker
) -> None:
    path = tmp_path / "coord" / "printfarm.sqlite"

    @contextmanager
    def locked() -> Iterator[None]:
        """Another process takes the write lock and keeps it past the busy timeout."""
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("BEGIN EXCLUSIVE")
            yield
            conn.execute("ROLLBACK")
        finally:
            conn.close()

    # A busy timeout of 1 s (instead of 30) so the lock outlasts it quickly.
    _outage_then_recovery(tmp_path, mosquitto, f"sqlite:///{path}?timeout=1", locked)
