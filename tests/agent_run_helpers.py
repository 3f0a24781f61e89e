"""Helpers for the `printfarm-agent run` tests: the agent as a real process, a G-code
file server, a coordinator-side MQTT client, and commands.

    agent = AgentProcess.start(tmp_path, broker, speed=20)
    with FileServer() as files: url, sha, size = serve(files, "job.gcode", text)
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import queue
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion

from broker_config.testing import MosquittoBroker, find_mosquitto, wait_for_port
from tests.helpers.http_files import FileServer
from tests.helpers.mqtt import Received, TestClient, connect_as
from tests.vp import HOST_QUERIES
from tests.waiting import wait_until

AGENT = "agent-1"
PRINTER = "p1"
PREFIX = f"printfarm/v1/{AGENT}"


def gcode(moves: int, heat: bool = False) -> str:
    """A small job: home, then `moves` 2 mm extruding moves around a square."""
    lines = ["M140 S50", "M104 S180", "G28", "G90", "M83"] if heat else ["G28", "G90", "M83"]
    for i in range(moves):
        x, y = 100 + 2 * (i % 10), 100 + 2 * ((i // 10) % 10)
        lines.append(f"G1 X{x:.1f} Y{y:.1f} E0.066 F1800")
    return "\n".join(lines) + "\n"


@dataclass
class AgentProcess:
    tmp: Path
    config_path: Path
    record: Path
    proc: subprocess.Popen[bytes]
    log_path: Path

    @classmethod
    def start(
        cls,
        tmp: Path,
        broker: MosquittoBroker,
        *,
        speed: float = 20,
        telemetry_s: float = 0.5,
        reconnect_max_s: int = 2,
        printer_extra: str = "",
        data_dir: str = "data",
        virtual_extra: str = "",
        port: str | None = None,  # a real printer's port instead of a virtual printer
        password_file: str | None = None,
    ) -> AgentProcess:
        """`password_file`: the broker password in that file (the agent's own otherwise)."""
        tmp.mkdir(parents=True, exist_ok=True)
        record = tmp / "executed.txt"
        password = f'password = "{broker.agents[AGENT].password}"'
        if password_file is not None:
            password = f'password_file = "{password_file}"'
        link = (
            f'port = "{port}"'
            if port is not None
            else f'virtual = {{ dialect = "marlin", speed = {speed}, record = "executed.txt"'
            f"{virtual_extra} }}"
        )
        config = f"""
[agent]
id = "{AGENT}"
data_dir = "{data_dir}"

[broker]
host = "{broker.host}"
port = {broker.port}
{password}
reconnect_min_s = 1
reconnect_max_s = {reconnect_max_s}

[rates]
telemetry_s = {telemetry_s}
poll_s = 0.05

[[printers]]
id = "{PRINTER}"
{link}
site = "lab"
tags = ["pla", "small"]
material = "PLA"
nozzle_diameter = 0.4
{printer_extra}
"""
        config_path = tmp / "agent.toml"
        config_path.write_text(config)
        log_path = tmp / "agent.log"
        with log_path.open("wb") as log:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "from agent.cli import app; app()",
                    "run",
                    "-c",
                    str(config_path),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=dict(os.environ, COLUMNS="120"),
            )
        return cls(tmp, config_path, record, proc, log_path)

    @property
    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    @property
    def outbox(self) -> Path:
        return self.tmp / "data" / "outbox.jsonl"

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self, timeout: float = 40) -> int:
        """SIGTERM and wait; returns the exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise AssertionError(f"agent did not stop on SIGTERM:\n{self.log}") from None
        return self.proc.returncode

    def kill9(self) -> None:
        self.proc.kill()
        self.proc.wait()

    def executed(self) -> list[str]:
        """What the virtual printer executed, host queries left out."""
        if not self.record.exists():
            return []
        return [
            line
            for line in self.record.read_text().splitlines()
            if not line.startswith(HOST_QUERIES)
        ]


def serve(server: FileServer, name: str, text: str) -> tuple[str, str, int]:
    """Put a file on the server; returns (url, sha256, size)."""
    data = text.encode()
    server.files[f"/{name}"] = data
    return server.url(f"/{name}"), hashlib.sha256(data).hexdigest(), len(data)


class PersistentClient(TestClient):
    """A coordinator client with a persistent session (clean_session=False, fixed id):
    with broker persistence on, what is published while it is away waits for it."""

    def __init__(self, broker: MosquittoBroker) -> None:
        super().__init__(broker, broker.coordinator)
        self.client = mqtt.Client(
            CallbackAPIVersion.VERSION2,
            client_id=f"test-persistent-{uuid.uuid4().hex[:8]}",
            protocol=mqtt.MQTTv311,
            clean_session=False,
        )
        self.client.username_pw_set(broker.coordinator.username, broker.coordinator.password)
        self.client.reconnect_delay_set(1, 1)
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message
        self.client.on_subscribe = self._on_subscribe


# -- coordinator side ---------------------------------------------------------------------
def coordinator(broker: MosquittoBroker) -> TestClient:
    client = connect_as(broker, "coordinator")
    client.subscribe(f"{PREFIX}/#")
    return client


def close(client: TestClient) -> None:
    """TestClient.close, then paho's public `reinitialise()`, the one call that closes
    the socket pair `loop_start` opened (else: an unraisable ResourceWarning at gc)."""
    client.close()
    client.client.reinitialise()


def topic(channel: str) -> str:
    return f"{PREFIX}/{PRINTER}/{channel}"


def command(
    kind: str, *, cid: str | None = None, deadline_s: float = 30, **fields: Any
) -> dict[str, Any]:
    deadline = time.time() + deadline_s
    return {"v": 1, "type": kind, "id": cid or uuid.uuid4().hex, "deadline": deadline, **fields}


def send(client: TestClient, body: dict[str, Any]) -> None:
    client.publish(topic("commands"), json.dumps(body).encode())


_BY_TOPIC: dict[tuple[int, str], collections.deque[Received]] = collections.defaultdict(
    collections.deque
)


def next_message(client: TestClient, topic_name: str, timeout: float = 10) -> Received:
    """The next message on `topic_name`, keeping each topic's arrival order (TestClient's
    `expect` puts skipped messages back at the end of its queue, which reorders them)."""
    pending = _BY_TOPIC[(id(client), topic_name)]
    deadline = time.monotonic() + timeout
    while not pending:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"nothing on {topic_name} within {timeout} s")
        try:
            msg = client.messages.get(timeout=left)
        except queue.Empty:
            continue
        _BY_TOPIC[(id(client), msg.topic)].append(msg)
    return pending.popleft()


def next_json(client: TestClient, channel: str, timeout: float = 10) -> dict[str, Any]:
    msg = next_message(client, topic(channel), timeout)
    result: dict[str, Any] = json.loads(msg.payload)
    return result


def reply_to(client: TestClient, cid: str, timeout: float = 15) -> dict[str, Any]:
    """The next reply naming `cid` (replies to other commands are skipped)."""
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no reply to {cid} within {timeout} s")
        body = next_json(client, "replies", left)
        if body["command_id"] == cid:
            return body


def wait_for_state(
    client: TestClient, predicate: Any, timeout: float = 20, what: str = "state"
) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"timed out waiting for {what}")
        body = next_json(client, "state", left)
        if predicate(body):
            return body


def events_until(client: TestClient, last_type: str, timeout: float = 30) -> list[dict[str, Any]]:
    """Events in arrival order up to and including the first of `last_type`."""
    out: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    while not out or out[-1]["type"] != last_type:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no {last_type} event within {timeout} s; got {out}")
        out.append(next_json(client, "events", left))
    return out


def once_each(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events as a consumer applies them: QoS 1 is at-least-once, so a copy (same seq)
    may arrive again, e.g. after a broker restart; it is dropped by its seq. A copy must
    be the same event (a seq never names two events); first arrivals come in order,
    without gaps."""
    first: dict[int, dict[str, Any]] = {}
    for event in events:
        seen = first.setdefault(event["seq"], event)
        assert seen == event, f"seq {event['seq']} names two events: {seen} and {event}"
    seqs = list(first)  # in order of first arrival
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs))), f"out of order or gaps: {seqs}"
    return list(first.values())


def restart_broker(broker: MosquittoBroker, extra_config: str = "") -> None:
    """Start Mosquitto again on the same port and files (after `broker.stop()`)."""
    conf = broker.workdir / "mosquitto.conf"
    if extra_config:
        conf.write_text(conf.read_text() + extra_config)
    proc = subprocess.Popen(
        [find_mosquitto(), "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    broker.process = proc  # so the fixture stops it
    assert wait_for_port(broker.host, broker.port, time.monotonic() + 10, proc), broker.log[-2000:]


def wait_for_outbox(agent: AgentProcess, event_type: str, timeout: float) -> None:
    """The agent wrote an event of this type to its outbox (seen on disk, no broker needed)."""
    wait_until(
        lambda: (
            agent.outbox.exists() and f'\\"type\\":\\"{event_type}\\"' in agent.outbox.read_text()
        ),
        timeout,
        f"{event_type} in the agent's outbox",
    )
