"""`printfarm site broker-config`: the file it writes runs in a real Mosquitto, bridges
to a real central broker over TLS, and the central ACL confines the bridge's user.

A site agent's status crosses the bridge with its retain flag, the coordinator's command
comes back to the site, and the bridge announces itself on `printfarm/sites/<site>/bridge`.
The bridge's certificate then tries, as a plain client of the central broker, what the
ACL must refuse: another agent's topics and commands. MQTT 3.1.1 tells a publisher
nothing when the ACL drops a message, so each forbidden publish is followed by an
allowed marker: the broker handles one client's packets in order, so once the observer
has the marker, the forbidden message would have come before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from broker_config.bridge import bridge_user, site_bridge_topic
from broker_config.testing import MosquittoBroker
from coordinator.cli import app
from coordinator.pki.authority import pair_paths
from coordinator.pki.farm import FarmCerts
from coordinator.pki.instructions import common_name
from coordinator.pki.site_certs import SiteCerts
from coordinator.service.site_links import SiteLinks
from coordinator.sites import Placement, Site, SiteStore
from coordinator.store import Store
from coordinator.store.engine import default_url
from tests.helpers.mqtt import TestClient
from tests.helpers.site_broker import SiteBroker, site_farm, start_central, wan

pytestmark = pytest.mark.mqtt
SITE = "west"
AGENTS = ["west-1", "west-2"]


@pytest.fixture
def farm(tmp_path: Path) -> FarmCerts:
    return site_farm(tmp_path / "farm", SITE)


@pytest.fixture
def central(tmp_path: Path, farm: FarmCerts) -> Iterator[MosquittoBroker]:
    with start_central(tmp_path / "central", farm, SITE, AGENTS) as broker:
        yield broker


def _client(
    broker: MosquittoBroker,
    farm: FarmCerts,
    made: list[TestClient],
    *,
    user: str,
    stem: Path | None = None,
) -> TestClient:
    """A connected client: the coordinator (certificate and password) on the central
    broker, the bridge's certificate on its agents' listener, or a user of the site's."""
    creds = broker.coordinator if user == "coordinator" else broker.agents.get(user)
    client = TestClient(broker, creds)
    made.append(client)
    if stem is not None:
        cert, key = pair_paths(stem)
        client.client.tls_set(ca_certs=str(farm.ca_cert), certfile=str(cert), keyfile=str(key))
    else:
        client.client.tls_set(ca_certs=str(farm.ca_cert))
    assert not client.connect().is_failure
    return client


def _observer(central: MosquittoBroker, farm: FarmCerts, made: list[TestClient]) -> TestClient:
    """The coordinator user on the central broker, subscribed to everything of printfarm."""
    observer = _client(central, farm, made, user="coordinator", stem=farm.stem("coordinator"))
    assert observer.subscribe("printfarm/#") == 1
    return observer


def test_generated_site_broker_bridges_both_ways(
    tmp_path: Path, farm: FarmCerts, central: MosquittoBroker, mqtt_clients: list[TestClient]
) -> None:
    observer = _observer(central, farm, mqtt_clients)
    with wan(central) as link:
        site = SiteBroker.launch(tmp_path / "site", SITE, farm, f"127.0.0.1:{link.port}", AGENTS)
        try:
            _bridges_both_ways(site, farm, central, observer, mqtt_clients)
        finally:
            site.stop()


def _bridges_both_ways(  # the test's parts
    site: SiteBroker,
    farm: FarmCerts,
    central: MosquittoBroker,
    observer: TestClient,
    made: list[TestClient],
) -> None:
    assert observer.expect(site_bridge_topic(SITE), 30).payload == b"1"
    agent = _client(site.broker, farm, made, user="west-1")
    assert agent.subscribe("printfarm/v1/west-1/+/commands") == 1
    agent.publish("printfarm/v1/west-1/status", b'{"online": true}', retain=True)
    status = observer.expect("printfarm/v1/west-1/status", 30)
    assert status.payload == b'{"online": true}'
    # A late subscriber on the central broker gets it as retained.
    late = _client(central, farm, made, user="coordinator", stem=farm.stem("coordinator"))
    late.subscribe("printfarm/v1/west-1/status")
    assert late.expect("printfarm/v1/west-1/status", 30).retain
    # The bridge sent its SUBSCRIBE for the commands right after connecting, before it
    # forwarded the status above: the central broker has processed it by now.
    observer.publish("printfarm/v1/west-1/vp/commands", b"start", qos=1)
    assert agent.expect("printfarm/v1/west-1/vp/commands", 30).payload == b"start"


def test_central_acl_confines_the_bridge_user(
    farm: FarmCerts, central: MosquittoBroker, mqtt_clients: list[TestClient]
) -> None:
    observer = _observer(central, farm, mqtt_clients)
    site = SiteCerts(farm, SITE)
    bridge = _client(
        central, farm, mqtt_clients, user=bridge_user(SITE), stem=site.folder / "bridge"
    )
    marker = "printfarm/v1/west-1/vp/events"
    forbidden_topics = (
        "printfarm/v1/east-1/status",
        "printfarm/v1/east-1/vp/events",
        "printfarm/v1/west-1/vp/commands",
        "printfarm/sites/east/bridge",
    )
    for forbidden in forbidden_topics:
        bridge.publish(forbidden, b"forged")
        bridge.publish(marker, b"marker")
        observer.expect(marker, 30)
        assert [m.topic for m in observer.drain()] == [], forbidden
    # It reads its agents' commands, not another agent's.
    assert bridge.subscribe("printfarm/v1/+/+/commands") == 1
    observer.publish("printfarm/v1/east-1/vp/commands", b"other")
    observer.publish("printfarm/v1/west-2/vp/commands", b"mine")
    assert bridge.expect("printfarm/v1/west-2/vp/commands", 30).payload == b"mine"
    assert [m.topic for m in bridge.drain()] == []


def test_broker_config_refuses_bad_input(tmp_path: Path, farm: FarmCerts) -> None:
    def run(*args: str) -> str:
        out = ["--certs", str(farm.folder), "--out", str(tmp_path / "out")]
        done = CliRunner().invoke(app, ["site", "broker-config", *args, *out])
        assert done.exit_code == 2, done.output
        assert "Traceback" not in done.output
        return done.output

    assert "HOST:PORT" in run(SITE, "--central", "central", "--agent", "a")
    assert "HOST:PORT" in run(SITE, "--central", "central:99999", "--agent", "a")
    assert "certs add-site" in run("north", "--central", "c:8883", "--agent", "a")
    assert "invalid agent id" in run(SITE, "--central", "c:8883", "--agent", "a/b")
    assert "invalid site id" in run("a+b", "--central", "c:8883", "--agent", "a")
    assert not (tmp_path / "out" / "mosquitto.conf").exists()


def test_certs_add_site_issues_the_bridge_and_broker_certificates(tmp_path: Path) -> None:
    folder = tmp_path / "farm"
    runner = CliRunner()
    assert runner.invoke(app, ["certs", "init", str(folder)]).exit_code == 0
    done = runner.invoke(app, ["certs", "add-site", str(folder), SITE, "--broker-host", "west.lan"])
    assert done.exit_code == 0, done.output
    site = SiteCerts(FarmCerts(folder), SITE)
    assert common_name(site.bridge_pair()[0]) == bridge_user(SITE)
    assert common_name(site.broker_pair()[0]) == "west.lan"
    assert site.bridge_pair()[1].stat().st_mode & 0o077 == 0
    again = runner.invoke(app, ["certs", "add-site", str(folder), SITE])
    assert again.exit_code == 2
    assert "--force" in again.output
    assert runner.invoke(app, ["certs", "add-site", str(folder), "a/b"]).exit_code == 2


def test_broker_config_takes_the_agents_placed_at_the_site(tmp_path: Path, farm: FarmCerts) -> None:
    """Without --agent, the site's agents are those of its printers in the coordinator's
    database (two printers of one agent make one agent)."""
    data = tmp_path / "coordinator-data"
    data.mkdir()
    store = Store(default_url(data))
    try:
        placed = [Placement(printer=p) for p in ("west-1/vp", "west-1/mk4", "west-2/vp")]
        SiteStore(store).add(
            Site(id=SITE, name="West", latitude=45.7, longitude=4.8, printers=tuple(placed))
        )
        SiteStore(store).add(Site(id="empty", name="Empty", latitude=0, longitude=0))
    finally:
        store.close()
    out = tmp_path / "out"
    args = ["site", "broker-config", "--central", "c.lan:8883", "--certs", str(farm.folder),
            "--out", str(out), "--data", str(data)]  # fmt: skip
    done = CliRunner().invoke(app, [*args[:2], SITE, *args[2:]])
    assert done.exit_code == 0, done.output
    acl = (out / "central.acl").read_text()
    assert "topic read printfarm/v1/west-1/+/commands" in acl
    assert "topic read printfarm/v1/west-2/+/commands" in acl
    assert acl.count("/+/commands") == 2
    for site, message in (("empty", "no printers are placed"), ("north", "no site 'north'")):
        refused = CliRunner().invoke(app, [*args[:2], site, *args[2:]])
        assert refused.exit_code == 2, refused.output
        assert message in refused.output
    missing = [*args[:-1], str(tmp_path / "nowhere")]
    refused = CliRunner().invoke(app, [*missing[:2], SITE, *missing[2:]])
    assert refused.exit_code == 2
    assert "--agent ID" in refused.output


def test_site_links_follow_the_bridge_notifications() -> None:
    links = SiteLinks()
    assert not links.apply("printfarm/v1/west-1/status", b"1")
    assert not links.apply("printfarm/sites/a/b/bridge", b"1")
    assert links.apply(site_bridge_topic(SITE), b"1")
    first = links.snapshot()[SITE]
    assert first.connected
    assert links.apply(site_bridge_topic(SITE), b"1")  # a repeat keeps `since`
    assert links.snapshot()[SITE] == first
    links.apply(site_bridge_topic(SITE), b"0")
    assert not links.snapshot()[SITE].connected
    links.apply(site_bridge_topic(SITE), b"")  # the retained notification cleared
    assert links.snapshot() == {}


def test_queued_events_survive_a_restart_of_the_site_broker(
    tmp_path: Path, farm: FarmCerts, central: MosquittoBroker, mqtt_clients: list[TestClient]
) -> None:
    """While the WAN is down the bridge's queue is in the site broker's persistence file:
    the site broker restarted meanwhile still forwards every event, once, in order."""
    observer = _observer(central, farm, mqtt_clients)
    topic = "printfarm/v1/west-1/vp/events"
    with wan(central) as link:
        site = SiteBroker.launch(tmp_path / "site", SITE, farm, f"127.0.0.1:{link.port}", AGENTS)
        try:
            assert observer.expect(site_bridge_topic(SITE), 30).payload == b"1"
            link.cut()
            assert observer.expect(site_bridge_topic(SITE), 30).payload == b"0"
            agent = _client(site.broker, farm, mqtt_clients, user="west-1")
            for seq in range(50):
                agent.publish(topic, str(seq).encode())  # acknowledged by the site broker
            site.stop()  # Mosquitto writes its persistence file as it exits
            site.start()
            link.restore()
            seen = [observer.expect(topic, 60).payload for _ in range(50)]
        finally:
            site.stop()
    assert seen == [str(seq).encode() for seq in range(50)]
    assert [m for m in observer.drain() if m.topic == topic] == []
