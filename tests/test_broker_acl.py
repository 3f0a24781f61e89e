"""The broker ACL, against a real Mosquitto running broker_config's files.

How we prove a negative without sleeping: MQTT 3.1.1 gives a publisher no error when
the ACL drops its message, so after each forbidden publish the same client publishes
an allowed marker. Mosquitto handles one client's packets in order, so once the
observer holds the marker, the forbidden message would already have arrived.
"""

from __future__ import annotations

import socket
import struct
import time

import pytest

from agent import wire
from agent.wire import Channel, printer_topic, status_topic
from broker_config.testing import Credentials, MosquittoBroker
from tests.helpers.mqtt import ClientPool, TestClient

pytestmark = pytest.mark.mqtt


def _assert_dropped(
    publisher: TestClient,
    observer: TestClient,
    forbidden: str,
    marker: str,
    *,
    payload: bytes = b"forged",
    retain: bool = False,
) -> None:
    publisher.publish(forbidden, payload, retain=retain)
    publisher.publish(marker, b"marker")
    observer.expect(marker)
    leaked = [m for m in observer.drain() if m.topic == forbidden]
    assert not leaked, f"{forbidden} got through the ACL"


def test_agent_writes_its_own_subtree(mqtt_connect: ClientPool) -> None:
    coordinator = mqtt_connect("coordinator")
    coordinator.subscribe("printfarm/#")
    agent = mqtt_connect("agent-1")
    for channel in (Channel.STATE, Channel.TELEMETRY, Channel.EVENTS, Channel.REPLIES):
        topic = printer_topic("agent-1", "p1", channel)
        agent.publish(topic, b"{}")
        assert coordinator.expect(topic).payload == b"{}"
    agent.publish(status_topic("agent-1"), b"{}", retain=True)
    assert coordinator.expect(status_topic("agent-1")).payload == b"{}"


@pytest.mark.parametrize(
    "forbidden",
    [
        "printfarm/v1/agent-2/p1/state",  # another agent's subtree
        "printfarm/v1/agent-2/status",
        "printfarm/v1/agent-1/p1/commands",  # its own commands: coordinator only
        "printfarm/v1/agent-2/p1/commands",
        "printfarm/v1/agent-1/p1/anything-else",
        "printfarm/v2/agent-1/p1/state",
        "elsewhere/agent-1",
    ],
)
def test_agent_cannot_write_outside_its_topics(mqtt_connect: ClientPool, forbidden: str) -> None:
    coordinator = mqtt_connect("coordinator")
    coordinator.subscribe("#")
    agent = mqtt_connect("agent-1")
    _assert_dropped(agent, coordinator, forbidden, "printfarm/v1/agent-1/p1/events")


def test_only_the_coordinator_sends_commands(mqtt_connect: ClientPool) -> None:
    agent1 = mqtt_connect("agent-1")
    assert agent1.subscribe(wire.agent_commands_filter("agent-1")) == 1
    command = wire.encode(wire.Pause(id="c1", deadline=2e9))
    topic = printer_topic("agent-1", "p1", Channel.COMMANDS)

    coordinator = mqtt_connect("coordinator")
    coordinator.publish(topic, command)
    assert wire.parse_command(agent1.expect(topic).payload) == wire.Pause(id="c1", deadline=2e9)

    agent2 = mqtt_connect("agent-2")
    agent2.publish(topic, b"forged")  # agent-2 tries to command agent-1's printer
    coordinator.publish(topic, b"marker")  # a later, legitimate message on the same topic
    assert agent1.expect(topic).payload == b"marker"


def test_agent_reads_only_its_own_commands(mqtt_connect: ClientPool) -> None:
    agent2 = mqtt_connect("agent-2")
    agent2.subscribe("printfarm/#")
    coordinator = mqtt_connect("coordinator")
    agent1 = mqtt_connect("agent-1")
    coordinator.publish(printer_topic("agent-1", "p1", Channel.COMMANDS), b"for agent-1")
    agent1.publish(printer_topic("agent-1", "p1", Channel.STATE), b"state of agent-1")
    coordinator.publish(printer_topic("agent-2", "p1", Channel.COMMANDS), b"marker")
    assert agent2.expect(printer_topic("agent-2", "p1", Channel.COMMANDS)).payload == b"marker"
    assert agent2.drain() == []


@pytest.mark.parametrize(
    "creds", [None, Credentials("agent-1", "wrong"), Credentials("nobody", "x")]
)
def test_unknown_or_anonymous_clients_are_refused(
    mosquitto: MosquittoBroker, creds: Credentials | None
) -> None:
    client = TestClient(mosquitto, creds)
    rc = client.connect()
    client.close()
    assert rc.is_failure


def test_added_agent_can_connect_after_reload(mosquitto: MosquittoBroker) -> None:
    creds = mosquitto.add_agent("shelf-9")
    deadline = time.monotonic() + 5
    while True:  # the broker reloads asynchronously after SIGHUP: retry until accepted
        client = TestClient(mosquitto, creds)
        rc = client.connect()
        client.close()
        if not rc.is_failure or time.monotonic() > deadline:
            break
    assert not rc.is_failure, mosquitto.log[-2000:]


def _mqtt_string(value: str | bytes) -> bytes:
    data = value.encode() if isinstance(value, str) else value
    return struct.pack("!H", len(data)) + data


def _connect_packet(creds: Credentials, will_topic: str, will_payload: bytes) -> bytes:
    # MQTT 3.1.1 CONNECT: username, password, will (QoS 1, retained), clean session.
    flags = 0x80 | 0x40 | 0x20 | 0x08 | 0x04 | 0x02
    body = _mqtt_string("MQTT") + bytes([4, flags]) + struct.pack("!H", 30)
    body += _mqtt_string("raw-agent") + _mqtt_string(will_topic) + _mqtt_string(will_payload)
    body += _mqtt_string(creds.username) + _mqtt_string(creds.password)
    return bytes([0x10]) + _remaining_length(len(body)) + body


def _remaining_length(n: int) -> bytes:
    out = bytearray()
    while True:
        n, digit = divmod(n, 128)
        out.append(digit | (0x80 if n else 0))
        if not n:
            return bytes(out)


def test_last_will_marks_a_vanished_agent_offline(
    mosquitto: MosquittoBroker, mqtt_connect: ClientPool
) -> None:
    """An agent connects with a retained `offline` will and then its socket just dies
    (no DISCONNECT): the broker publishes the will, and a coordinator that subscribes
    later still finds it retained."""
    will = wire.encode(wire.AgentStatus(presence=wire.Presence.OFFLINE))
    topic = status_topic("agent-1")
    with socket.create_connection((mosquitto.host, mosquitto.port), timeout=5) as sock:
        sock.sendall(_connect_packet(mosquitto.agents["agent-1"], topic, will))
        assert sock.recv(4) == b"\x20\x02\x00\x00"  # CONNACK, accepted
    coordinator = mqtt_connect("coordinator")
    coordinator.subscribe(wire.all_status_filter())
    received = coordinator.expect(topic)
    assert received.retain
    assert wire.parse_status(received.payload).presence is wire.Presence.OFFLINE


def test_oversized_payloads_are_dropped_and_never_retained(mqtt_connect: ClientPool) -> None:
    """A payload over the wire's limit goes nowhere: not to subscribers, not into the
    retained store (a later subscriber finds only the last good state)."""
    coordinator = mqtt_connect("coordinator")
    coordinator.subscribe("printfarm/#")
    agent = mqtt_connect("agent-1")
    state = printer_topic("agent-1", "p1", Channel.STATE)
    agent.publish(state, b"{}", retain=True)
    assert coordinator.expect(state).payload == b"{}"
    _assert_dropped(
        agent, coordinator, state, printer_topic("agent-1", "p1", Channel.EVENTS),
        payload=b"x" * (wire.MAX_PAYLOAD_BYTES + 1), retain=True,
    )  # fmt: skip
    later = mqtt_connect("coordinator")
    later.subscribe(state)
    assert later.expect(state).payload == b"{}"
