"""Home Assistant discovery against the real test Mosquitto, with the farm's ACL.

The conversation: a simulated agent (user agent-1) publishes its retained presence and
one printer's retained state; the bridge (the coordinator's user) sees the state and
publishes six retained configs. A client logged in as `homeassistant`, as Home Assistant
would be, reads those configs, then follows the topics they name and evaluates their
templates with Jinja2 (Home Assistant's template language) on what the agent publishes:
idle and clear, then printing at 42 % with ten minutes left and a dirty bed, then hot,
then offline (its will). Home Assistant's birth message `online` brings every config
again; clearing the printer's retained state removes them.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import jinja2
import pytest

from agent.wire import (
    AgentStatus,
    BuildVolume,
    Capabilities,
    JobProgress,
    Presence,
    PrinterState,
    PrinterStateName,
    Telemetry,
    Temperature,
    encode,
)
from broker_config import HOME_ASSISTANT_USER
from broker_config.add_agent import add_user
from broker_config.testing import Credentials, MosquittoBroker
from coordinator.home_assistant import ENTITIES, HomeAssistantBridge, node_id
from coordinator.mqtt import BrokerSettings
from tests.helpers.coordinator_process import StartCoordinator, api_up
from tests.helpers.mqtt import ClientPool, MqttTestError, Received, TestClient, connect_as
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt
STATE = "printfarm/v1/agent-1/vp/state"
NODE = node_id("agent-1", "vp")


@pytest.fixture
def bridge(mosquitto: MosquittoBroker) -> Iterator[HomeAssistantBridge]:
    c = mosquitto.coordinator
    settings = BrokerSettings(host=mosquitto.host, port=mosquitto.coordinator_port,
                              username=c.username, password=c.password,
                              client_id="printfarm-coordinator-hatest")  # fmt: skip
    ha = HomeAssistantBridge(settings)
    ha.start()
    yield ha
    ha.stop()


@pytest.fixture
def home_assistant(mosquitto: MosquittoBroker) -> Iterator[TestClient]:
    """A client with Home Assistant's own broker user (added like an agent's, reloaded)."""
    password = add_user(mosquitto.password_file, HOME_ASSISTANT_USER)
    mosquitto.agents[HOME_ASSISTANT_USER] = Credentials(HOME_ASSISTANT_USER, password)
    mosquitto.reload()
    box: list[TestClient] = []

    def connected() -> bool:
        try:
            box.append(connect_as(mosquitto, HOME_ASSISTANT_USER))
        except MqttTestError:
            return False  # the broker has not re-read its passwords yet
        return True

    wait_until(connected, 10, "Home Assistant's user accepted")
    yield box[0]
    box[0].close()


def _state(state: PrinterStateName, bed_clear: bool, job: JobProgress | None = None) -> bytes:
    return encode(PrinterState(
        ts=time.time(), state=state, job=job, capabilities=Capabilities(firmware="marlin"),
        profile="marlin2", build_volume=BuildVolume(x=220, y=220, z=250), bed_clear=bed_clear,
    ))  # fmt: skip


def _configs(client: TestClient, count: int) -> dict[str, Received]:
    found: dict[str, Received] = {}
    deadline = time.monotonic() + 10
    while len(found) < count and time.monotonic() < deadline:
        for msg in client.drain():
            if msg.topic.endswith("/config"):
                found[msg.topic] = msg
        time.sleep(0.02)  # polling the queue against the deadline, not waiting for a time
    return found


def _render(template: str, payload: bytes) -> str:
    return jinja2.Environment().from_string(template).render(value_json=json.loads(payload))


def _read(client: TestClient, config: dict[str, Any], publish: Any) -> str:
    """Publish (as the agent), then evaluate the config's template on what arrives."""
    publish()
    return _render(config["value_template"], client.expect(config["state_topic"]).payload)


def test_printers_are_announced_readable_and_reannounced(  # one conversation
    mosquitto: MosquittoBroker, mqtt_connect: ClientPool, bridge: HomeAssistantBridge,
    home_assistant: TestClient,
) -> None:  # fmt: skip
    agent = mqtt_connect("agent-1")
    status = "printfarm/v1/agent-1/status"
    agent.publish(status, encode(AgentStatus(presence=Presence.ONLINE, printers=("vp",))),
                  retain=True)  # fmt: skip
    agent.publish(STATE, _state(PrinterStateName.IDLE, bed_clear=True), retain=True)

    assert home_assistant.subscribe("homeassistant/+/+/+/config") == 1
    assert len(_configs(home_assistant, len(ENTITIES))) == len(ENTITIES)  # announced (live)
    # Subscribing again (as a Home Assistant started later would) gets them retained.
    home_assistant.client.unsubscribe("homeassistant/+/+/+/config")
    assert home_assistant.subscribe("homeassistant/+/+/+/config") == 1
    received = _configs(home_assistant, len(ENTITIES))
    assert len(received) == len(ENTITIES), sorted(received)
    assert all(msg.retain for msg in received.values())
    configs = {t.split("/")[3]: json.loads(m.payload) for t, m in received.items()}
    assert set(configs) == set(ENTITIES)
    assert f"homeassistant/binary_sensor/{NODE}/bed_needs_clearing/config" in received
    for config in configs.values():
        assert config["device"]["identifiers"] == [NODE]
        assert config["availability"][0]["topic"] == status

    for topic in (STATE, status, "printfarm/v1/agent-1/vp/telemetry"):
        assert home_assistant.subscribe(topic) == 1  # the ACL lets Home Assistant read
    retained = home_assistant.expect(STATE).payload
    assert _render(configs["state"]["value_template"], retained) == "idle"
    assert _render(configs["bed_needs_clearing"]["value_template"], retained) == "OFF"
    assert _render(configs["progress"]["value_template"], retained) == "0"
    available = configs["state"]["availability"][0]
    online = home_assistant.expect(status).payload
    assert _render(available["value_template"], online) == available["payload_available"]

    job = JobProgress(job_id="job-1", progress=0.42, elapsed_s=400, remaining_s=600)
    printing = _state(PrinterStateName.PRINTING, bed_clear=False, job=job)
    agent.publish(STATE, printing, retain=True)
    payload = home_assistant.expect(STATE).payload
    assert _render(configs["state"]["value_template"], payload) == "printing"
    assert _render(configs["progress"]["value_template"], payload) == "42.0"
    assert _render(configs["remaining"]["value_template"], payload) == "600.0"
    assert _render(configs["bed_needs_clearing"]["value_template"], payload) == "ON"

    heaters = {"T": Temperature(actual=210.5, target=215), "B": Temperature(actual=60, target=60)}
    hot = Telemetry(ts=time.time(), state=PrinterStateName.PRINTING, temperatures=heaters)
    agent.publish("printfarm/v1/agent-1/vp/telemetry", encode(hot), qos=0)
    payload = home_assistant.expect("printfarm/v1/agent-1/vp/telemetry").payload
    assert _render(configs["hotend"]["value_template"], payload) == "210.5"
    assert _render(configs["bed"]["value_template"], payload) == "60.0"

    agent.publish(status, encode(AgentStatus(presence=Presence.OFFLINE)), retain=True)
    offline = home_assistant.expect(status).payload
    assert _render(available["value_template"], offline) == available["payload_not_available"]

    # Home Assistant restarts: its birth message brings every config again.
    home_assistant.drain()
    home_assistant.publish("homeassistant/status", b"online")
    again = _configs(home_assistant, len(ENTITIES))
    assert set(again) == set(received)
    assert {t: json.loads(m.payload) for t, m in again.items()} == {
        t: json.loads(m.payload) for t, m in received.items()
    }

    # The printer is removed: its retained state is cleared, and so are its configs.
    home_assistant.drain()
    agent.publish(STATE, b"", retain=True)
    removed = _configs(home_assistant, len(ENTITIES))
    assert set(removed) == set(received)
    assert all(m.payload == b"" for m in removed.values())


def test_home_assistant_cannot_command_printers_nor_write_an_agents_topics(
    mosquitto: MosquittoBroker, mqtt_connect: ClientPool, home_assistant: TestClient,
) -> None:  # fmt: skip
    watcher = mqtt_connect("coordinator")
    watcher.subscribe("printfarm/#")
    # (The ACL's patterns apply to every user: under printfarm/v1/homeassistant/ it may
    # write what an agent of that name could, which is why no agent may have that id.)
    for forged in ("printfarm/v1/agent-1/vp/commands", "printfarm/v1/agent-1/status",
                   "printfarm/v1/agent-1/vp/state"):  # fmt: skip
        home_assistant.publish(forged, b"{}")
    agent = mqtt_connect("agent-1")
    agent.publish("printfarm/v1/agent-1/vp/events", b"marker")
    watcher.expect("printfarm/v1/agent-1/vp/events")
    assert [m.topic for m in watcher.drain()] == []


def test_printfarm_coordinator_home_assistant_announces(
    mosquitto: MosquittoBroker, mqtt_connect: ClientPool, home_assistant: TestClient,
    run_coordinator: StartCoordinator,
) -> None:  # fmt: skip
    """The option of the real command starts the bridge with the coordinator's link."""
    agent = mqtt_connect("agent-1")
    agent.publish(STATE, _state(PrinterStateName.IDLE, bed_clear=False), retain=True)
    env = {"PRINTFARM_BROKER_URL": mosquitto.coordinator_url()}
    coordinator = run_coordinator(["--home-assistant"], env=env)
    wait_until(lambda: api_up(coordinator), 60, "the coordinator")
    assert home_assistant.subscribe("homeassistant/+/+/+/config") == 1
    received = _configs(home_assistant, len(ENTITIES))
    assert {t.split("/")[2] for t in received} == {NODE}, coordinator.output
    assert len(received) == len(ENTITIES)
