"""The agent's one MQTT connection: presence, last will, command subscription, backoff.

paho-mqtt 2.x through its public API only (CallbackAPIVersion.VERSION2, `loop_start`):
paho's thread connects, reconnects with exponential backoff (`reconnect_delay_set`) and
keeps QoS 1 messages published while the broker is away, sending them in order once it
returns. Callbacks run on paho's thread, so they only hand work on and never raise (an
exception escaping a callback would stop paho's loop).

MQTT 3.1.1, clean session: commands that arrive while the agent is offline are not
queued by the broker for it; the coordinator re-sends them (and the deadline in every
command stops a stale one from acting late).
"""

from __future__ import annotations

import logging
import ssl
import threading
import time
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion
from paho.mqtt.properties import Properties
from paho.mqtt.reasoncodes import ReasonCode

from agent.config import AgentConfig
from agent.wire import AgentStatus, Presence, agent_commands_filter, encode, status_topic

log = logging.getLogger(__name__)

CommandSink = Callable[[str, bytes], None]  # (topic, payload), called on paho's thread
Signal = Callable[[], None]
PublishedSink = Callable[[int], None]  # the mid paho gave a message, once it is delivered


def _agent_version() -> str:
    try:
        return version("printfarm")[:64]
    except PackageNotFoundError:
        return ""


class MqttLink:
    def __init__(
        self,
        config: AgentConfig,
        on_command: CommandSink,
        on_connected: Signal,
        on_published: PublishedSink,
    ) -> None:
        self.agent_id = config.agent.id
        self._config = config
        self._printers = tuple(p.id for p in config.printers)
        self._on_command = on_command
        self._on_connected_signal = on_connected
        self._on_published_signal = on_published
        self._connected = threading.Event()
        self._stopping = False
        self.client = self._build_client()

    def _build_client(self) -> mqtt.Client:
        broker = self._config.broker
        client = mqtt.Client(
            CallbackAPIVersion.VERSION2,
            client_id=f"printfarm-agent-{self.agent_id}",
            protocol=mqtt.MQTTv311,
            clean_session=True,
        )
        client.username_pw_set(self._config.username, broker.read_password())
        if broker.tls is not None:
            tls = broker.tls
            client.tls_set(
                ca_certs=str(tls.ca_file) if tls.ca_file else None,
                certfile=str(tls.cert_file) if tls.cert_file else None,
                keyfile=str(tls.key_file) if tls.key_file else None,
                cert_reqs=ssl.CERT_REQUIRED,
            )
            client.tls_insecure_set(tls.insecure)
        will = AgentStatus(presence=Presence.OFFLINE, printers=self._printers)
        client.will_set(status_topic(self.agent_id), encode(will), qos=1, retain=True)
        client.reconnect_delay_set(broker.reconnect_min_s, broker.reconnect_max_s)
        client.max_queued_messages_set(0)  # unbounded: events must survive an outage
        client.on_connect = self._on_connect
        client.on_disconnect = self._on_disconnect
        client.on_message = self._on_message
        client.on_publish = self._on_publish
        return client

    # -- lifecycle -----------------------------------------------------------------------
    def start(self) -> None:
        """Connect in the background; paho keeps trying until the broker answers."""
        broker = self._config.broker
        self.client.connect_async(broker.host, broker.port, keepalive=broker.keepalive_s)
        self.client.loop_start()

    def stop(self, timeout_s: float = 3.0) -> None:
        """Say `offline` (a clean disconnect sends no will), then disconnect."""
        self._stopping = True
        if self._connected.is_set():
            offline = AgentStatus(presence=Presence.OFFLINE, printers=self._printers)
            info = self.client.publish(
                status_topic(self.agent_id), encode(offline), qos=1, retain=True
            )
            try:
                info.wait_for_publish(timeout_s)
            except (RuntimeError, ValueError) as e:
                log.warning("could not say offline before leaving: %s", e)
        self.client.disconnect()
        self.client.loop_stop()

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    def wait_connected(self, timeout_s: float) -> bool:
        return self._connected.wait(timeout_s)

    def publish(self, topic: str, payload: bytes, qos: int, retain: bool) -> mqtt.MQTTMessageInfo:
        """Hand a message to paho (never blocks on the network)."""
        return self.client.publish(topic, payload, qos=qos, retain=retain)

    # -- paho callbacks (paho's thread) --------------------------------------------------
    def _on_connect(
        self,
        client: mqtt.Client,
        _userdata: object,
        _flags: mqtt.ConnectFlags,
        reason: ReasonCode,
        _props: Properties | None,
    ) -> None:
        if reason.is_failure:
            log.error(
                "broker %s:%s refused the connection: %s (check [broker] username/password "
                "in the agent config and the broker's password file)",
                self._config.broker.host,
                self._config.broker.port,
                reason,
            )
            return
        log.info("connected to %s:%s", self._config.broker.host, self._config.broker.port)
        online = AgentStatus(
            presence=Presence.ONLINE,
            printers=self._printers,
            agent_version=_agent_version(),
            since=time.time(),
        )
        client.publish(status_topic(self.agent_id), encode(online), qos=1, retain=True)
        client.subscribe(agent_commands_filter(self.agent_id), qos=1)
        self._connected.set()
        self._on_connected_signal()

    def _on_disconnect(
        self,
        _client: mqtt.Client,
        _userdata: object,
        _flags: mqtt.DisconnectFlags,
        reason: ReasonCode,
        _props: Properties | None,
    ) -> None:
        if self._connected.is_set() and not self._stopping:
            log.warning("lost the broker (%s); reconnecting with backoff, printing goes on", reason)
        self._connected.clear()

    def _on_message(self, _client: mqtt.Client, _userdata: object, msg: mqtt.MQTTMessage) -> None:
        try:
            self._on_command(msg.topic, bytes(msg.payload))
        except Exception:  # paho's loop must survive any bug in command intake
            log.exception("dropped a message on %s: the command intake failed", msg.topic)

    def _on_publish(
        self,
        _client: mqtt.Client,
        _userdata: object,
        mid: int,
        _reason: ReasonCode,
        _props: Properties | None,
    ) -> None:
        self._on_published_signal(mid)
