"""A site behind its own broker keeps printing through a 30 s WAN outage, and everything
reaches the coordinator once the WAN is back: nothing lost, nothing doubled.

Two real Mosquittos: the central one (TLS, agents and the bridge known by their
certificate, the bridge's ACL entry) and the site's, run from the mosquitto.conf
`printfarm site broker-config` wrote, with its own persistence folder. The bridge goes
through a TCP proxy, the WAN. A real `printfarm coordinator` is on the central broker, a
real `printfarm-agent run` with a virtual printer on the site broker.

Three jobs are queued. While the first prints, the WAN is cut (connections closed, new
ones refused) for at least 30 s and until the printer has finished that job: the site
broker sees the print go on and end, the central broker publishes the bridge's will (the
site is unreachable), and the coordinator still believes the job is printing. The WAN
comes back; the bridge reconnects, the site broker's queue drains, the coordinator sees
the job done, and the other two jobs are dispatched through the bridge. Afterwards every
job printed exactly once (the printer's own record), the coordinator's history holds
every event of the printer once with no gap in the agent's sequence numbers, and the
central broker's retained state is the site's.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from agent.wire.topics import Channel, printer_topic
from broker_config.bridge import site_bridge_topic
from broker_config.testing import MosquittoBroker
from coordinator.client import FarmClient
from coordinator.pki.authority import pair_paths
from coordinator.pki.farm import FarmCerts
from coordinator.store import Store
from tests.farm_processes import FINAL_STATES, AgentProcess, CoordinatorProcess, job_file
from tests.helpers.databases import sqlite_url
from tests.helpers.mqtt import Received, TestClient
from tests.helpers.site_broker import SiteBroker, site_farm, start_central, wan
from tests.helpers.tcp_proxy import TcpProxy
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]
SITE = "west"
AGENT = "west-1"
OUTAGE_S = 30.0
JOBS = 3


@dataclass
class Farm:
    certs: FarmCerts
    central: MosquittoBroker
    link: TcpProxy
    site: SiteBroker
    coordinator: CoordinatorProcess
    agent: AgentProcess
    clients: list[TestClient] = field(default_factory=list)

    def client(self, broker: MosquittoBroker, stem: Path | None) -> TestClient:
        """The coordinator user with its certificate (central) or its password (site)."""
        client = TestClient(broker, broker.coordinator)
        self.clients.append(client)
        cert, key = pair_paths(stem) if stem is not None else (None, None)
        client.client.tls_set(
            ca_certs=str(self.certs.ca_cert),
            certfile=str(cert) if cert else None,
            keyfile=str(key) if key else None,
        )
        assert not client.connect().is_failure
        return client


@pytest.fixture
def farm(tmp_path: Path) -> Iterator[Farm]:
    certs = site_farm(tmp_path / "certs", SITE)
    with start_central(tmp_path / "central", certs, SITE, [AGENT]) as central, wan(central) as link:
        site = SiteBroker.launch(tmp_path / "site", SITE, certs, f"127.0.0.1:{link.port}", [AGENT])
        coordinator_cert, coordinator_key = pair_paths(certs.stem("coordinator"))
        coordinator = CoordinatorProcess(
            tmp_path / "coord", central.coordinator_url(),
            extra_args=("--broker-ca", str(certs.ca_cert), "--broker-cert", str(coordinator_cert),
                        "--broker-key", str(coordinator_key)),
        )  # fmt: skip
        agent = AgentProcess.configure(tmp_path, site.broker, AGENT, speed=40, tls_ca=certs.ca_cert)
        farm = Farm(certs, central, link, site, coordinator, agent)
        try:
            yield farm
        finally:
            for client in farm.clients:
                client.close()
            agent.stop()
            coordinator.stop()
            site.stop()


def _clear_idle_bed(client: FarmClient) -> None:
    for p in client.printers():
        if p.online and p.state == "idle" and not p.bed_clear and not p.held:
            client.clear(p.key)


def _site_link(client: FarmClient) -> bool | None:
    """Whether the coordinator's /health says the site's bridge is connected (None: unknown)."""
    link = client.health().sites.get(SITE)
    return None if link is None else link.connected


def _ended_locally(messages: list[Received], job_id: str) -> bool:
    for m in messages:
        if m.topic.endswith("/events"):
            event = json.loads(m.payload)
            if event.get("job_id") == job_id and event.get("type") == "job_finished":
                return True
    return False


def test_site_keeps_printing_through_a_wan_outage(tmp_path: Path, farm: Farm) -> None:
    central_watch = farm.client(farm.central, farm.certs.stem("coordinator"))
    central_watch.subscribe(site_bridge_topic(SITE))
    assert central_watch.expect(site_bridge_topic(SITE), 30).payload == b"1"
    site_watch = farm.client(farm.site.broker, None)
    site_watch.subscribe("printfarm/v1/#")
    client = farm.coordinator.start()
    farm.agent.start()
    wait_until(lambda: any(p.online for p in client.printers()), 60, "the site's printer online")
    # Seen before the jobs go in: a wait between "printing" and the cut could let the first
    # job end before the WAN goes down (a loaded CI run saw it).
    wait_until(lambda: _site_link(client) is True, 30, "the coordinator sees the site's bridge")
    ids = [client.submit(job_file(tmp_path, n, lines=300))[0].id for n in range(JOBS)]
    wait_until(lambda: client.job(ids[0]).state == "printing", 60, "the first job printing")

    # The WAN goes down mid-print.
    site_watch.drain()
    farm.link.cut()
    cut_at = time.monotonic()
    assert central_watch.expect(site_bridge_topic(SITE), 60).payload == b"0"
    # The coordinator says the site is unreachable; its printer is not offline.
    wait_until(lambda: _site_link(client) is False, 30, "the coordinator: site unreachable")
    assert [p.online for p in client.printers()] == [True]
    local: list[Received] = []

    def printed_locally() -> bool:
        local.extend(site_watch.drain())
        return _ended_locally(local, ids[0])

    wait_until(printed_locally, 120, "the first job finished at the site during the outage")
    assert client.job(ids[0]).state == "printing"  # the coordinator has not heard yet
    time.sleep(max(0.0, cut_at + OUTAGE_S - time.monotonic()))  # the outage lasts 30 s
    local.extend(site_watch.drain())
    queued = [m for m in local if not m.topic.endswith("/telemetry")]
    outage_s = time.monotonic() - cut_at

    farm.link.restore()
    back_at = time.monotonic()
    assert central_watch.expect(site_bridge_topic(SITE), 60).payload == b"1"
    reconnected_s = time.monotonic() - back_at
    wait_until(lambda: _site_link(client) is True, 30, "the coordinator: site reachable again")
    wait_until(lambda: client.job(ids[0]).state == "done", 60, "the coordinator sees job 1 done")
    backlog_s = time.monotonic() - back_at

    def all_final() -> bool:
        _clear_idle_bed(client)
        return all(client.job(i).state in FINAL_STATES for i in ids)

    wait_until(all_final, 240, "every job ended")
    states = [(client.job(i).state, client.job(i).message) for i in ids]
    print(
        f"outage {outage_s:.1f} s; QoS 1 messages published at the site during it: "
        f"{len(queued)}; bridge back {reconnected_s:.1f} s after the WAN, backlog seen by "
        f"the coordinator {backlog_s:.1f} s after the WAN"
    )
    assert [s for s, _ in states] == ["done"] * JOBS, states
    _same_retained_state(central_watch, site_watch)
    client.close()
    farm.agent.stop()  # flushes the virtual printer's record
    counts = farm.agent.printed()
    assert sorted(counts) == list(range(JOBS)), counts  # every job printed ...
    assert set(counts.values()) == {1}, counts  # ... exactly once
    farm.coordinator.stop()
    _every_event_once(farm.coordinator.data / "printfarm.sqlite", ids)


def _same_retained_state(central: TestClient, site: TestClient) -> None:
    """The central broker's retained state of the printer is the site broker's."""
    topic = printer_topic(AGENT, "vp", Channel.STATE)

    def retained(watcher: TestClient) -> bytes:
        watcher.drain()
        watcher.subscribe(topic)  # a subscription gets the retained message again
        return watcher.expect(topic, 30).payload

    wait_until(
        lambda: retained(central) == retained(site),
        60, "the central broker's retained state to be the site's",
    )  # fmt: skip


def _every_event_once(db: Path, ids: list[str]) -> None:
    store = Store(sqlite_url(db))
    try:
        history = store.history(limit=100_000)
    finally:
        store.close()
    seqs = [e.agent_seq for e in history if e.agent_seq is not None]
    kinds: dict[str, set[str]] = defaultdict(set)
    for event in history:
        if event.job_id is not None:
            kinds[event.job_id].add(event.kind)
    assert len(seqs) == len(set(seqs)), "an event recorded twice"
    assert sorted(seqs) == list(range(min(seqs), max(seqs) + 1)), "a gap in the events"
    assert set(kinds) == set(ids)
    for job_id, seen in kinds.items():
        assert {"job_started", "job_finished"} <= seen, (job_id, seen)
