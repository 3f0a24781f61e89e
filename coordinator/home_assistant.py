"""Home Assistant MQTT discovery: one HA device per printer (`--home-assistant`).

The coordinator only announces; Home Assistant reads the agents' own topics, so the
entities keep working while the coordinator is down:

- retained configs on `homeassistant/<component>/<node>/<object>/config`, node
  `printfarm_<agent>_<printer>` (characters HA refuses in a node id become `_`);
- state, progress, time remaining and bed-needs-clearing read the agent's retained
  snapshot `printfarm/v1/<agent>/<printer>/state`; the temperatures read its telemetry
  (fresher: a snapshot is not republished for a temperature change);
- availability is the agent's retained presence `printfarm/v1/<agent>/status`, whose
  JSON `presence` is `online`, or `offline` (its last will);
- every config is published again when HA announces itself (`homeassistant/status`
  `online`), after a reconnect, and removed (empty retained) when a printer's retained
  state is cleared (`printfarm remove-printer`).

Its own MQTT connection (the coordinator's user and a client id of its own), so the
dispatcher's link is untouched. The broker ACL (broker_config/acl) lets the coordinator
write the config topics and read `homeassistant/status`, and a `homeassistant` user read
the agents' status, state and telemetry.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from dataclasses import replace
from typing import Any

from agent.wire import Channel, TopicError, all_printers_filter, parse_topic, printer_topic
from agent.wire.topics import status_topic
from coordinator.mqtt import BrokerSettings, Delivery, MqttLink

log = logging.getLogger(__name__)
PREFIX = "homeassistant"
BIRTH_TOPIC = f"{PREFIX}/status"

# object id -> (component, name, topic channel, value template, extra config)
_HOTEND = "{% set t = value_json.temperatures %}{% set h = t.T or t.T0 %}"
_BED = "{% set h = value_json.temperatures.B %}"
ENTITIES: dict[str, tuple[str, str, Channel, str, dict[str, Any]]] = {
    "state": ("sensor", "State", Channel.STATE, "{{ value_json.state }}",
              {"icon": "mdi:printer-3d"}),
    "progress": ("sensor", "Progress", Channel.STATE,
                 "{{ (value_json.job.progress * 100) | round(1) if value_json.job else 0 }}",
                 {"unit_of_measurement": "%", "state_class": "measurement"}),
    "remaining": ("sensor", "Time remaining", Channel.STATE,
                  "{{ value_json.job.remaining_s | round(0) if value_json.job and "
                  "value_json.job.remaining_s is not none else None }}",
                  {"device_class": "duration", "unit_of_measurement": "s"}),
    "hotend": ("sensor", "Hotend temperature", Channel.TELEMETRY,
               _HOTEND + "{{ h.actual if h else None }}",
               {"device_class": "temperature", "unit_of_measurement": "°C",
                "state_class": "measurement"}),
    "bed": ("sensor", "Bed temperature", Channel.TELEMETRY,
            _BED + "{{ h.actual if h else None }}",
            {"device_class": "temperature", "unit_of_measurement": "°C",
             "state_class": "measurement"}),
    "bed_needs_clearing": ("binary_sensor", "Bed needs clearing", Channel.STATE,
                           "{{ 'OFF' if value_json.bed_clear else 'ON' }}",
                           {"payload_on": "ON", "payload_off": "OFF",
                            "icon": "mdi:printer-3d-nozzle-alert"}),
}  # fmt: skip


def node_id(agent: str, printer: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", f"printfarm_{agent}_{printer}")


def config_topic(component: str, node: str, object_id: str) -> str:
    return f"{PREFIX}/{component}/{node}/{object_id}/config"


def discovery(agent: str, printer: str, model: str | None) -> list[tuple[str, bytes]]:
    """(topic, retained JSON payload) of every entity of one printer."""
    node = node_id(agent, printer)
    device = {"identifiers": [node], "name": f"{agent}/{printer}", "manufacturer": "printfarm",
              "model": model or "printer"}  # fmt: skip
    availability = [{
        "topic": status_topic(agent), "value_template": "{{ value_json.presence }}",
        "payload_available": "online", "payload_not_available": "offline",
    }]  # fmt: skip
    out = []
    for object_id, (component, name, channel, template, extra) in ENTITIES.items():
        config = {
            "name": name, "unique_id": f"{node}_{object_id}", "object_id": f"{node}_{object_id}",
            "state_topic": printer_topic(agent, printer, channel), "value_template": template,
            "availability": availability, "device": device,
            "origin": {"name": "printfarm"}, **extra,
        }  # fmt: skip
        out.append((config_topic(component, node, object_id), json.dumps(config).encode()))
    return out


def removal(agent: str, printer: str) -> list[tuple[str, bytes]]:
    node = node_id(agent, printer)
    return [(config_topic(c, node, o), b"") for o, (c, *_rest) in ENTITIES.items()]


class HomeAssistantBridge:
    """Announces every printer that has a retained state, and re-announces on demand."""

    def __init__(self, settings: BrokerSettings) -> None:
        subscriptions = ((all_printers_filter(Channel.STATE), 1), (BIRTH_TOPIC, 1))
        self.link = MqttLink(
            replace(settings, client_id=f"{settings.client_id}-ha"), self._on_message,
            self._on_connection, persistent=False, subscriptions=subscriptions,
        )  # fmt: skip
        self._lock = threading.Lock()
        self._printers: dict[tuple[str, str], str | None] = {}  # -> model (its profile)
        self.announcements = 0  # configs published (for tests and logs)

    def start(self) -> None:
        self.link.start()

    def stop(self) -> None:
        self.link.stop()

    def _on_connection(self, up: bool) -> None:
        if up:  # the retained states come again with the subscription: announce them all
            with self._lock:
                self._printers.clear()

    def _on_message(self, delivery: Delivery) -> None:  # paho's thread
        try:
            if delivery.topic == BIRTH_TOPIC:
                if delivery.payload.strip() == b"online":
                    self._announce_all()
            else:
                self._on_state(delivery.topic, delivery.payload)
        finally:
            self.link.ack(delivery)

    def _on_state(self, topic: str, payload: bytes) -> None:
        try:
            parsed = parse_topic(topic)
        except TopicError:
            return
        if parsed.printer is None:
            return
        key = (parsed.agent, parsed.printer)
        if not payload:  # the printer was removed
            with self._lock:
                self._printers.pop(key, None)
            self._publish(removal(*key))
            return
        try:
            model = json.loads(payload).get("profile")
        except (ValueError, AttributeError):
            return  # not ours to judge: the coordinator's own reader logs bad payloads
        with self._lock:
            known = key in self._printers and self._printers[key] == model
            self._printers[key] = model
        if not known:
            self._publish(discovery(*key, model))

    def _announce_all(self) -> None:
        with self._lock:
            printers = list(self._printers.items())
        for (agent, printer), model in printers:
            self._publish(discovery(agent, printer, model))

    def _publish(self, messages: list[tuple[str, bytes]]) -> None:
        for topic, payload in messages:
            self.link.publish(topic, payload, qos=1, retain=True)
            self.announcements += 1
