"""Shared fixtures: a real Mosquitto (`mosquitto`, `mqtt_connect`) and real databases
(`store_url`, `postgres_url`).

Implementations live in broker_config/testing.py and tests/helpers/; this file only
exposes them. A fresh machine gets Mosquitto and PostgreSQL from `quickstart.sh test`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker
from coordinator.client import FarmClient
from tests.farm_processes import AgentProcess, CoordinatorProcess, coordinator_url
from tests.helpers.coordinator_process import run_coordinator  # noqa: F401  # a fixture
from tests.helpers.databases import postgres_database, reset_postgres, sqlite_url
from tests.helpers.mqtt import ClientPool, TestClient
from tests.waiting import wait_until


@pytest.fixture
def mosquitto(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MosquittoBroker]:
    """A running Mosquitto with printfarm's ACL on a free loopback port.

    Yields a MosquittoBroker: `.host`, `.port`, `.coordinator` (Credentials of the
    coordinator user), `.agents` ({"agent-1": Credentials, "agent-2": ...}),
    `.add_agent(id)`, `.reload()`, `.stop()`, `.log`."""
    with MosquittoBroker.start(tmp_path_factory.mktemp("mosquitto")) as broker:
        yield broker


@pytest.fixture
def mqtt_connect(mosquitto: MosquittoBroker) -> Iterator[ClientPool]:
    """`mqtt_connect("agent-1")` -> a connected TestClient (closed after the test);
    "coordinator" and None (anonymous) work too."""
    pool = ClientPool(mosquitto)
    yield pool
    pool.close()


@pytest.fixture
def mqtt_clients() -> Iterator[list[TestClient]]:
    """A list the test appends its own TestClients to (TLS, certificates...); each is
    closed after the test."""
    made: list[TestClient] = []
    yield made
    for client in made:
        client.close()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session (dropped at the end).

    The server comes from PRINTFARM_TEST_POSTGRES_URL (default: postgres with trust
    auth on 127.0.0.1:5432). Without a server the tests skip locally, fail under CI."""
    with postgres_database() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database URL with no printfarm tables yet: an SQLite file, then PostgreSQL."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path_factory.mktemp("sqlite") / "printfarm.sqlite")
    url: str = request.getfixturevalue("postgres_url")
    reset_postgres(url)
    return url


@pytest.fixture
def farm(tmp_path: Path, mosquitto: MosquittoBroker) -> Iterator[tuple[FarmClient, AgentProcess]]:
    """A real `printfarm coordinator` and one `printfarm-agent run` with one virtual printer
    (its record in the agent's folder), the printer online."""
    agent = AgentProcess.configure(tmp_path, mosquitto, "agent-1", speed=400).start()
    coordinator = CoordinatorProcess(tmp_path / "coord", coordinator_url(mosquitto))
    client = coordinator.start()
    try:
        wait_until(lambda: any(p.online for p in client.printers()), 30, "the printer online")
        yield client, agent
    finally:
        client.close()
        coordinator.stop()
        agent.stop()
