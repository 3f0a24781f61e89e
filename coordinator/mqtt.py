"""The coordinator's MQTT connection (paho-mqtt 2.x, public callbacks only).

A transport and nothing else: it subscribes to everything the agents publish, hands
each message (topic, payload, retain) to a callback on paho's network thread, and
publishes commands. The callback must be quick (the service queues the message).

The session is persistent (clean_session=False, a stable client id), so QoS 1 events
and replies that agents publish while the coordinator restarts wait in the broker. Each
coordinator has a client id of its own (`instance_client_id`: generated once, kept in
its data folder), so several coordinators on one broker never take each other's
connection; the broker binds agents' ids to their usernames (broker_config/listeners.py). QoS 1
messages are acknowledged only after the service has acted on them (paho's manual ack):
a coordinator killed between receiving an event and recording it gets it again.

Several coordinators: every one subscribes to every agent topic, none is a `$share/…`
subscription. State, status and telemetry because each coordinator dispatches and
serves its API from its own fleet view. Events and replies too, although MQTT shared
subscriptions (Mosquitto 2, and the ACL allows them: it checks the topic without the
`$share/<group>/` prefix) would hand each to one coordinator only, because of what the
broker does with a shared subscriber that dies (benchmarks/shared_subscriptions.py,
Mosquitto 2.0, one of three subscribers killed): on persistent sessions it keeps
sending that member its share, parked in the dead session until it returns (a third of
the events unseen for as long as it is down); on clean sessions what was in flight to
it is lost. And consecutive events of one printer go to different members, so a
printer's order would hang on the members' timing. Reading everything instead costs
little (events and replies are a few per job; telemetry, the bulk, never touches the
store) and loses nothing: the store's transitions are conditional on state and fencing
token and the history drops copies by (printer, seq), so each event takes effect once
whoever applies it first; a reply answers only the coordinator whose command it names.
What is split: dispatch (fenced claims) and the time-driven work (one leader,
service/leader.py).
"""

from __future__ import annotations

import logging
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion
from paho.mqtt.properties import Properties
from paho.mqtt.reasoncodes import ReasonCode

from agent.wire import QOS, Channel, all_printers_filter, all_status_filter
from broker_config import COORDINATOR_CLIENT_PREFIX
from broker_config.bridge import SITE_BRIDGES_FILTER
from coordinator.credentials import redact

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Delivery:
    """A received message; pass it to `MqttLink.ack` once it has been acted on."""

    topic: str
    payload: bytes
    retain: bool
    qos: int
    mid: int
    generation: int  # which connection delivered it (an ack must go back on the same one)


MessageHandler = Callable[[Delivery], None]
ConnectionHandler = Callable[[bool], None]  # True: (re)connected, False: lost

Subscriptions = tuple[tuple[str, int], ...]
TELEMETRY: Subscriptions = ((all_printers_filter(Channel.TELEMETRY), QOS[Channel.TELEMETRY]),)
# Everything but telemetry (which a large coordinator reads in a process of its own).
CONTROL: Subscriptions = (
    (all_status_filter(), QOS[Channel.STATUS]),
    (all_printers_filter(Channel.STATE), QOS[Channel.STATE]),
    (all_printers_filter(Channel.EVENTS), QOS[Channel.EVENTS]),
    (all_printers_filter(Channel.REPLIES), QOS[Channel.REPLIES]),
    (all_printers_filter(Channel.HIL), QOS[Channel.HIL]),
    (SITE_BRIDGES_FILTER, 1),  # site brokers' bridges (coordinator/service/site_links.py)
)
SUBSCRIPTIONS: Subscriptions = CONTROL + TELEMETRY


CLIENT_ID_FILE = "broker-client-id"


class BrokerUrlError(ValueError):
    """A --broker value that is not mqtt://[user[:password]@]host[:port]."""


def instance_client_id(data_dir: Path) -> str:
    """This coordinator's MQTT client id: `printfarm-coordinator-<random>`, made on the
    first start and kept in `data_dir`, so a restart resumes its persistent session and
    a second coordinator (another data folder) never takes its connection."""
    path = data_dir / CLIENT_ID_FILE
    try:
        client_id = path.read_text().strip()
    except FileNotFoundError:
        client_id = f"{COORDINATOR_CLIENT_PREFIX}-{secrets.token_hex(6)}"
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(client_id + "\n")
        tmp.replace(path)
    if not client_id.startswith(COORDINATOR_CLIENT_PREFIX) or not client_id.isascii():
        raise BrokerUrlError(
            f"{path}: {client_id[:80]!r} is not a coordinator client id (it must start "
            f"with {COORDINATOR_CLIENT_PREFIX!r}); delete the file to get a new one"
        )
    return client_id


@dataclass(frozen=True, slots=True)
class BrokerTls:
    """Files for `mqtts://`: the CA that signed the broker's certificate (None: the
    system's CAs), and a client certificate with its key when the broker asks for one."""

    ca_file: Path | None = None
    cert_file: Path | None = None
    key_file: Path | None = None

    def check(self, url_is_tls: bool) -> None:
        """Raise BrokerUrlError for a combination or a file that cannot work."""
        given = [p for p in (self.ca_file, self.cert_file, self.key_file) if p is not None]
        if given and not url_is_tls:
            raise BrokerUrlError(
                "--broker-ca/--broker-cert/--broker-key are for TLS: use an mqtts:// URL"
            )
        if (self.cert_file is None) != (self.key_file is None):
            raise BrokerUrlError("--broker-cert and --broker-key go together: give both")
        for path in given:
            if not path.is_file():
                raise BrokerUrlError(f"{path}: no such file (a PEM file is expected)")


@dataclass(frozen=True, slots=True)
class BrokerSettings:
    host: str
    port: int = 1883
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    tls: bool = False
    client_id: str = COORDINATOR_CLIENT_PREFIX
    keepalive_s: int = 15
    tls_files: BrokerTls = BrokerTls()

    @classmethod
    def from_url(
        cls,
        url: str,
        client_id: str = COORDINATOR_CLIENT_PREFIX,
        tls_files: BrokerTls | None = None,
        password: str | None = None,
    ) -> BrokerSettings:
        """`mqtt://user:pass@host:1883` or `mqtts://host:8883` (TLS: the system's CAs,
        or `tls_files`); `password`, when given, instead of the URL's."""
        parts = urlsplit(url)
        if parts.scheme not in ("mqtt", "mqtts") or not parts.hostname:
            raise BrokerUrlError(
                f"broker URL {redact(url)!r}: expected mqtt://[user[:password]@]host[:port] "
                "or mqtts://… for TLS"
            )
        tls = parts.scheme == "mqtts"
        tls_files = tls_files or BrokerTls()
        tls_files.check(tls)
        try:
            port = parts.port or (8883 if tls else 1883)
        except ValueError as e:
            raise BrokerUrlError(f"broker URL {redact(url)!r}: bad port ({e})") from e
        return cls(
            host=parts.hostname,
            port=port,
            username=unquote(parts.username) if parts.username else None,
            password=password or (unquote(parts.password) if parts.password else None),
            tls=tls,
            client_id=client_id,
            tls_files=tls_files,
        )


class MqttLink:
    """One paho client with its own network thread; reconnects with backoff."""

    def __init__(
        self,
        settings: BrokerSettings,
        on_message: MessageHandler,
        on_connection: ConnectionHandler | None = None,
        *,
        persistent: bool = True,
        subscriptions: Subscriptions = SUBSCRIPTIONS,
    ) -> None:
        self.settings = settings
        self.subscriptions = subscriptions
        self._on_message_cb = on_message
        self._on_connection_cb = on_connection
        client_id = settings.client_id if persistent else f"{settings.client_id}-{uuid.uuid4()}"
        self.client = mqtt.Client(
            CallbackAPIVersion.VERSION2,
            client_id=client_id,
            clean_session=not persistent,
            protocol=mqtt.MQTTv311,
        )
        if settings.username is not None:
            self.client.username_pw_set(settings.username, settings.password)
        if settings.tls:
            files = settings.tls_files
            self.client.tls_set(
                ca_certs=_str_or_none(files.ca_file),
                certfile=_str_or_none(files.cert_file),
                keyfile=_str_or_none(files.key_file),
            )
        self.client.reconnect_delay_set(min_delay=1, max_delay=2)  # one client: retry briskly
        self.client.max_queued_messages_set(0)  # unbounded: commands wait for the broker
        self.client.max_inflight_messages_set(1000)
        self.client.manual_ack_set(True)
        self._generation = 0
        self.client.on_connect = self._on_connect
        self.client.on_disconnect = self._on_disconnect
        self.client.on_message = self._on_message
        self.connected = threading.Event()

    # -- paho callbacks (network thread) --------------------------------------------------
    def _on_connect(
        self,
        client: mqtt.Client,
        _userdata: object,
        _flags: mqtt.ConnectFlags,
        reason: ReasonCode,
        _props: Properties | None,
    ) -> None:
        if reason.is_failure:
            log.error("broker refused the coordinator: %s (check --broker credentials)", reason)
            return
        self._generation += 1
        client.subscribe(list(self.subscriptions))
        self.connected.set()
        log.info("connected to %s:%d", self.settings.host, self.settings.port)
        if self._on_connection_cb is not None:
            self._on_connection_cb(True)

    def _on_disconnect(
        self,
        _client: mqtt.Client,
        _userdata: object,
        _flags: mqtt.DisconnectFlags,
        reason: ReasonCode,
        _props: Properties | None,
    ) -> None:
        was_connected = self.connected.is_set()
        self.connected.clear()
        if was_connected:
            log.warning("lost the broker (%s); reconnecting", reason)
            if self._on_connection_cb is not None:
                self._on_connection_cb(False)

    def _on_message(self, _client: mqtt.Client, _userdata: object, msg: mqtt.MQTTMessage) -> None:
        self._on_message_cb(
            Delivery(
                msg.topic, bytes(msg.payload), bool(msg.retain), msg.qos, msg.mid, self._generation
            )
        )

    # -- API ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Begin connecting in the background (returns at once; see `connected`)."""
        self.client.connect_async(
            self.settings.host, self.settings.port, keepalive=self.settings.keepalive_s
        )
        self.client.loop_start()

    def publish(self, topic: str, payload: bytes, qos: int = 1, retain: bool = False) -> None:
        """Queue a message; paho sends it now or after the next reconnect."""
        info = self.client.publish(topic, payload, qos=qos, retain=retain)
        if info.rc not in (mqtt.MQTT_ERR_SUCCESS, mqtt.MQTT_ERR_NO_CONN):
            log.error("publish to %s failed: %s", topic, mqtt.error_string(info.rc))

    def ack(self, delivery: Delivery) -> None:
        """Acknowledge a QoS 1 message; a no-op for QoS 0 or after a reconnect (the
        broker re-sends what the old connection left unacknowledged)."""
        if delivery.qos > 0 and delivery.generation == self._generation:
            self.client.ack(delivery.mid, delivery.qos)

    def stop(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def _str_or_none(path: Path | None) -> str | None:
    return None if path is None else str(path)
