"""A real Mosquitto with the listeners `printfarm certs init` prints, and its certificates.

The broker runs `listeners.certificate_listeners`, the function whose lines `certs init`
prints, with the folder `init_farm` wrote. An agent's certificate is its identity: its
common name becomes the username the ACL confines. A certificate from another CA, or
none, is refused during the TLS handshake, before any MQTT is spoken. The refusals are
checked with Python's own TLS client, the successes with paho.

Proving a publish was dropped without sleeping: MQTT 3.1.1 tells a publisher nothing
when the ACL drops its message, so the agent then publishes a marker it may send;
Mosquitto handles one client's packets in order, so once the observer has the marker,
the forbidden message would have arrived before it.
"""

from __future__ import annotations

import queue
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.config import parse_config
from agent.link.mqtt import MqttLink
from agent.wire import AgentStatus, Presence, decode, status_topic
from broker_config.testing import MosquittoBroker
from coordinator.pki.authority import pair_paths
from coordinator.pki.farm import FarmCerts, init_farm, revoke_agent
from coordinator.pki.instructions import agent_toml_lines
from tests.helpers.mqtt import TestClient
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt

AGENTS = ["agent-a", "agent-b"]


@pytest.fixture
def farm(tmp_path: Path) -> FarmCerts:
    return init_farm(tmp_path / "farm", ["127.0.0.1", "localhost"], AGENTS)


@pytest.fixture
def broker(tmp_path: Path, farm: FarmCerts) -> Iterator[MosquittoBroker]:
    with MosquittoBroker.start(
        tmp_path / "mosquitto", agents=(), tls=farm.broker_tls(), agent_certificates=True
    ) as running:
        yield running


def _tls_client(
    broker: MosquittoBroker, ca: Path, stem: Path, username: str | None, made: list[TestClient]
) -> TestClient:
    """A paho client with the certificate `stem`.crt/.key; `username` only decides the
    listener (and, for the coordinator, adds its password)."""
    creds = broker.coordinator if username == broker.coordinator.username else None
    client = TestClient(broker, creds)
    made.append(client)
    cert, key = pair_paths(stem)
    client.client.tls_set(ca_certs=str(ca), certfile=str(cert), keyfile=str(key))
    if username is not None and creds is None:
        client.client.username_pw_set(username)  # as the real agent does; ignored here
    return client


def _observer(broker: MosquittoBroker, farm: FarmCerts, made: list[TestClient]) -> TestClient:
    coordinator = _tls_client(broker, farm.ca_cert, farm.stem("coordinator"), "coordinator", made)
    assert not coordinator.connect().is_failure
    assert coordinator.subscribe("printfarm/#") == 1
    return coordinator


# The broker's alert names the reason; when the broker has already closed the socket
# while the client still sends its part of the handshake, the client sees the
# connection end instead. Either way it is refused within the handshake.
REFUSED = "EOF occurred in violation of protocol|Connection reset by peer"


def _handshake(port: int, ca: Path, stem: Path | tuple[Path, Path] | None) -> None:
    """A bare TLS handshake with the agents' listener (TLS 1.2, where the broker checks
    the client's certificate before the handshake ends); ssl.SSLError if refused."""
    context = ssl.create_default_context(cafile=str(ca))
    context.maximum_version = ssl.TLSVersion.TLSv1_2  # as the listener: tls_version tlsv1.2
    if stem is not None:
        files = pair_paths(stem) if isinstance(stem, Path) else stem
        context.load_cert_chain(*(str(p) for p in files))
    with (
        socket.create_connection(("127.0.0.1", port), timeout=5) as raw,
        context.wrap_socket(raw, server_hostname="127.0.0.1", do_handshake_on_connect=False) as tls,
    ):
        tls.do_handshake()


def test_an_agent_with_its_certificate_publishes_in_its_own_subtree(
    broker: MosquittoBroker, farm: FarmCerts, mqtt_clients: list[TestClient]
) -> None:
    observer = _observer(broker, farm, mqtt_clients)
    agent = _tls_client(broker, farm.ca_cert, farm.agent("agent-a"), "agent-a", mqtt_clients)
    assert not agent.connect().is_failure
    agent.publish(status_topic("agent-a"), b"{}", retain=True)
    assert observer.expect(status_topic("agent-a")).payload == b"{}"


def test_an_agent_cannot_publish_into_another_agents_topics(
    broker: MosquittoBroker, farm: FarmCerts, mqtt_clients: list[TestClient]
) -> None:
    observer = _observer(broker, farm, mqtt_clients)
    # agent-a's certificate, sending agent-b's name as username: the certificate wins
    agent = _tls_client(broker, farm.ca_cert, farm.agent("agent-a"), "agent-b", mqtt_clients)
    assert not agent.connect().is_failure
    agent.publish(status_topic("agent-b"), b"forged")
    agent.publish(status_topic("agent-a"), b"marker")
    observer.expect(status_topic("agent-a"))
    leaked = [m for m in observer.drain() if m.topic == status_topic("agent-b")]
    assert not leaked, "agent-a's certificate wrote into agent-b's topics"


def test_the_agents_own_certificate_passes_the_handshake(
    broker: MosquittoBroker, farm: FarmCerts
) -> None:
    _handshake(broker.port, farm.ca_cert, farm.agent("agent-a"))  # no exception


def test_a_certificate_from_another_ca_is_refused_at_the_handshake(
    tmp_path: Path, broker: MosquittoBroker, farm: FarmCerts
) -> None:
    rival = init_farm(tmp_path / "rival", agent_ids=AGENTS)  # same agent id, another CA
    with pytest.raises((ssl.SSLError, ConnectionResetError), match=f"unknown ca|{REFUSED}"):
        _handshake(broker.port, farm.ca_cert, rival.agent("agent-a"))


def test_a_client_without_a_certificate_is_refused_at_the_handshake(
    broker: MosquittoBroker, farm: FarmCerts
) -> None:
    with pytest.raises((ssl.SSLError, ConnectionResetError), match=f"handshake failure|{REFUSED}"):
        _handshake(broker.port, farm.ca_cert, None)


def test_an_agents_certificate_does_not_open_the_coordinators_listener(
    broker: MosquittoBroker, farm: FarmCerts, mqtt_clients: list[TestClient]
) -> None:
    """There client ids are free, so a certificate alone must not be enough."""
    agent = _tls_client(broker, farm.ca_cert, farm.agent("agent-a"), "agent-a", mqtt_clients)
    agent.port = broker.coordinator_port
    assert agent.connect().is_failure


def test_the_agents_own_link_connects_with_the_lines_certs_init_prints(
    tmp_path: Path, broker: MosquittoBroker, farm: FarmCerts, mqtt_clients: list[TestClient]
) -> None:
    """The real agent link, its config the printed TOML (only the port is the test's)."""
    observer = _observer(broker, farm, mqtt_clients)
    folder = tmp_path / "agent-a"
    folder.mkdir()
    for path in (farm.ca_cert, *pair_paths(farm.agent("agent-a"))):
        (folder / path.name).write_bytes(path.read_bytes())
    broker_lines = [
        f"port = {broker.port}" if line.startswith("port = ") else line
        for line in agent_toml_lines(farm, "agent-a")
    ]
    toml = ["[agent]", 'id = "agent-a"', *broker_lines,
            "[[printers]]", 'id = "p1"', 'virtual = { dialect = "marlin" }']  # fmt: skip
    config = parse_config("\n".join(toml) + "\n", "agent.toml", folder)
    commands: queue.Queue[str] = queue.Queue()
    link = MqttLink(config, lambda topic, _p: commands.put(topic), lambda: None, lambda _m: None)
    link.start()
    try:
        assert link.wait_connected(10), "the agent's link did not connect"
        status = observer.expect(status_topic("agent-a"))
        online = decode(status_topic("agent-a"), status.payload).body
        assert isinstance(online, AgentStatus)
        assert online.presence == Presence.ONLINE
        # retained: it reaches the link whether or not its SUBSCRIBE is through yet
        observer.publish("printfarm/v1/agent-a/p1/commands", b"{}", retain=True)
        assert commands.get(timeout=5) == "printfarm/v1/agent-a/p1/commands"
    finally:
        link.stop()


def test_a_revoked_certificate_is_refused_once_the_broker_reloads(
    tmp_path: Path, broker: MosquittoBroker, farm: FarmCerts
) -> None:
    kept = tuple(tmp_path / name for name in ("stolen.crt", "stolen.key"))
    for source, copy in zip(pair_paths(farm.agent("agent-a")), kept, strict=True):
        copy.write_bytes(source.read_bytes())  # what a thief would hold on to
    stolen = (kept[0], kept[1])
    _handshake(broker.port, farm.ca_cert, stolen)  # accepted until revoked
    revoke_agent(farm.folder, "agent-a")
    broker.reload()  # Mosquitto re-reads its crlfile on SIGHUP

    def refused() -> bool:
        try:
            _handshake(broker.port, farm.ca_cert, stolen)
        except (ssl.SSLError, ConnectionResetError):
            return True
        return False

    wait_until(refused, 10, "the revoked certificate refused")
    with pytest.raises((ssl.SSLError, ConnectionResetError), match=f"revoked|{REFUSED}"):
        _handshake(broker.port, farm.ca_cert, stolen)
    _handshake(broker.port, farm.ca_cert, farm.agent("agent-b"))  # the others still pass
