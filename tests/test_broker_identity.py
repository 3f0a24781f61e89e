"""Client ids on the broker: nobody's credentials can push another client off.

MQTT gives a client id to one connection at a time: a second CONNECT with the same id
closes the first (a "takeover"). With the coordinator on a fixed id, any agent's
password could disconnect it and wipe its session; an agent could kick another agent.
broker_config puts agents and coordinators on two listeners: on the agents' listener
Mosquitto replaces every client id with the username (`use_username_as_clientid`), and
the coordinators' listener accepts only coordinator users.

Each test plays the attack and then proves the victim is still connected: the broker
closes the old connection while it handles the new CONNECT, before it answers it, so
once the attacker holds its CONNACK a takeover would already have happened. The victim
then gets a QoS 1 publish acknowledged: on a closed connection that PUBACK could only
come after a reconnect, which paho announces first, so no disconnect may have been seen.
"""

from __future__ import annotations

import pytest

from agent.wire import Channel, printer_topic
from broker_config.testing import MosquittoBroker
from tests.helpers.mqtt import ClientPool, MqttTestError, TestClient

pytestmark = pytest.mark.mqtt

COORDINATOR_ID = "printfarm-coordinator-a1b2c3"


def _still_connected(victim: TestClient, own_topic: str) -> None:
    """A PUBACK from the broker on the victim's connection, and no disconnect."""
    info = victim.client.publish(own_topic, b"still here", qos=1)
    info.wait_for_publish(5)
    assert info.is_published()
    assert victim.disconnects == 0, "the victim was disconnected"


@pytest.mark.parametrize("agent", ["agent-1", "agent-2"])
def test_an_agent_cannot_take_the_coordinators_client_id(
    mqtt_connect: ClientPool, agent: str
) -> None:
    coordinator = mqtt_connect("coordinator", client_id=COORDINATOR_ID)
    own = printer_topic("agent-1", "p1", Channel.COMMANDS)  # the coordinator may write it
    coordinator.subscribe(own)
    mqtt_connect(agent, client_id=COORDINATOR_ID)
    _still_connected(coordinator, own)


@pytest.mark.parametrize("stolen_id", ["agent-1", "printfarm-agent-agent-1"])
def test_an_agent_cannot_kick_another_agent(mqtt_connect: ClientPool, stolen_id: str) -> None:
    """agent-1's real id is its username (forced); agent-2 tries that and the id the
    agent software asks for."""
    victim = mqtt_connect("agent-1", client_id=stolen_id)
    own = printer_topic("agent-1", "p1", Channel.EVENTS)
    victim.subscribe(own)
    mqtt_connect("agent-2", client_id=stolen_id)
    _still_connected(victim, own)


def test_agents_are_refused_on_the_coordinators_listener(mosquitto: MosquittoBroker) -> None:
    creds = mosquitto.agents["agent-1"]
    client = TestClient(mosquitto, creds, client_id=COORDINATOR_ID)
    client.port = mosquitto.coordinator_port
    try:
        assert client.connect().is_failure
    finally:
        client.close()


def test_coordinators_with_distinct_ids_live_side_by_side(mqtt_connect: ClientPool) -> None:
    first = mqtt_connect("coordinator", client_id="printfarm-coordinator-1")
    second = mqtt_connect("coordinator", client_id="printfarm-coordinator-2")
    own = printer_topic("agent-1", "p1", Channel.COMMANDS)
    first.subscribe(own)
    second.subscribe(own)
    _still_connected(first, own)
    assert second.expect(own).payload == b"still here"
    _still_connected(second, own)


def test_an_anonymous_client_cannot_take_an_id(mqtt_connect: ClientPool) -> None:
    coordinator = mqtt_connect("coordinator", client_id=COORDINATOR_ID)
    own = printer_topic("agent-1", "p1", Channel.COMMANDS)
    coordinator.subscribe(own)
    with pytest.raises(MqttTestError, match="refused"):
        mqtt_connect(None, client_id=COORDINATOR_ID)
    _still_connected(coordinator, own)
