"""A small synchronous paho-mqtt client for tests: connect, subscribe, wait for messages.

Every wait is on an event or a queue with a deadline, never a bare sleep.
"""

from __future__ import annotations

import queue
import threading
import uuid
from dataclasses import dataclass

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion
from paho.mqtt.properties import Properties
from paho.mqtt.reasoncodes import ReasonCode

from broker_config.testing import Credentials, MosquittoBroker


class MqttTestError(AssertionError):
    pass


@dataclass(frozen=True, slots=True)
class Received:
    topic: str
    payload: bytes
    retain: bool
    qos: int


class TestClient:
    """One MQTT 3.1.1 connection with a thread running paho's loop."""

    __test__ = False  # not a pytest test class

    def __init__(
        self, broker: MosquittoBroker, creds: Credentials | None, client_id: str | None = None
    ) -> None:
        self.client = mqtt.Client(
            CallbackAPIVersion.VERSION2,
            client_id=client_id or f"test-{uuid.uuid4().hex[:8]}",
            protocol=mqtt.MQTTv311,
        )
        # paho's loop thread sleeps this long between reconnects; short, so close() is quick
        # (paho annotates int, and computes with floats just fine)
        self.client.reconnect_delay_set(min_delay=0.01, max_delay=0.1)  # type: ignore[arg-type]
        if creds is not None:
            self.client.username_pw_set(creds.username, creds.password)
        self.messages: queue.Queue[Received] = queue.Queue()
        self._connected = threading.Event()
        self.disconnects = 0  # connections the broker (or the network) closed
        self._connect_rc: ReasonCode | None = None
        self._subacks: dict[int, list[ReasonCode]] = {}
        self._suback_event = threading.Condition()
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message
        self.client.on_subscribe = self._on_subscribe
        self.client.on_disconnect = self._on_disconnect
        self._broker = broker
        self.port = broker.port_for(creds.username if creds is not None else None)

    # -- paho callbacks (paho's thread) -------------------------------------------------
    def _on_connect(
        self,
        _c: mqtt.Client,
        _u: object,
        _f: mqtt.ConnectFlags,
        rc: ReasonCode,
        _p: Properties | None,
    ) -> None:
        self._connect_rc = rc
        self._connected.set()

    def _on_disconnect(
        self,
        _c: mqtt.Client,
        _u: object,
        _f: mqtt.DisconnectFlags,
        _rc: ReasonCode,
        _p: Properties | None,
    ) -> None:
        self.disconnects += 1

    def _on_message(self, _c: mqtt.Client, _u: object, msg: mqtt.MQTTMessage) -> None:
        self.messages.put(Received(msg.topic, bytes(msg.payload), bool(msg.retain), msg.qos))

    def _on_subscribe(
        self,
        _c: mqtt.Client,
        _u: object,
        mid: int,
        codes: list[ReasonCode],
        _p: Properties | None,
    ) -> None:
        with self._suback_event:
            self._subacks[mid] = codes
            self._suback_event.notify_all()

    # -- API ---------------------------------------------------------------------------
    def connect(self, timeout_s: float = 5.0) -> ReasonCode:
        """Connect and return the CONNACK reason code (no exception on refusal)."""
        self.client.connect(self._broker.host, self.port, keepalive=30)
        self.client.loop_start()
        if not self._connected.wait(timeout_s):
            raise MqttTestError("no CONNACK within the deadline")
        assert self._connect_rc is not None
        return self._connect_rc

    def subscribe(self, topic_filter: str, qos: int = 1, timeout_s: float = 5.0) -> int:
        """Subscribe and return the granted QoS (128 = refused by the broker)."""
        _rc, mid = self.client.subscribe(topic_filter, qos)
        if mid is None:
            raise MqttTestError(f"subscribe to {topic_filter} failed: not connected")
        with self._suback_event:
            if not self._suback_event.wait_for(lambda: mid in self._subacks, timeout_s):
                raise MqttTestError(f"no SUBACK for {topic_filter}")
            return int(self._subacks[mid][0].value)

    def publish(
        self, topic: str, payload: bytes, qos: int = 1, retain: bool = False, timeout_s: float = 5.0
    ) -> None:
        info = self.client.publish(topic, payload, qos=qos, retain=retain)
        info.wait_for_publish(timeout_s)

    def expect(self, topic: str, timeout_s: float = 5.0) -> Received:
        """The next message on `topic`; messages on other topics before it are kept."""
        skipped: list[Received] = []
        try:
            while True:
                msg = self.messages.get(timeout=timeout_s)
                if msg.topic == topic:
                    return msg
                skipped.append(msg)
        except queue.Empty:
            raise MqttTestError(f"nothing on {topic} within {timeout_s} s") from None
        finally:
            for msg in skipped:
                self.messages.put(msg)

    def drain(self) -> list[Received]:
        out: list[Received] = []
        while True:
            try:
                out.append(self.messages.get_nowait())
            except queue.Empty:
                return out

    def close(self) -> None:
        """Disconnect, stop paho's thread, and close the socket pair `loop_start` opened
        (paho's public `reinitialise()` is the one call that does; else an unraisable
        ResourceWarning fails a later test at garbage collection)."""
        self.client.disconnect()
        self.client.loop_stop()
        self.client.reinitialise()


class ClientPool:
    """Connects clients on demand and closes all of them at the end of a test."""

    def __init__(self, broker: MosquittoBroker) -> None:
        self.broker = broker
        self.clients: list[TestClient] = []

    def __call__(self, username: str | None, client_id: str | None = None) -> TestClient:
        client = connect_as(self.broker, username, client_id)
        self.clients.append(client)
        return client

    def close(self) -> None:
        for client in self.clients:
            client.close()


def connect_as(
    broker: MosquittoBroker, username: str | None, client_id: str | None = None
) -> TestClient:
    """A connected client for `coordinator` (on the coordinators' listener), an agent id
    (on the agents' listener), or None (anonymous)."""
    if username is None:
        creds = None
    elif username == broker.coordinator.username:
        creds = broker.coordinator
    else:
        creds = broker.agents[username]
    client = TestClient(broker, creds, client_id)
    rc = client.connect()
    if rc.is_failure:
        client.close()
        raise MqttTestError(f"{username} was refused: {rc}")
    return client
