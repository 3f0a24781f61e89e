"""Telemetry read in a process of its own, so that it never competes with dispatch.

Telemetry is most of a fleet's traffic (every printer, every second) and none of the
coordinator's decisions depend on it: it only feeds the live view (temperatures,
progress). Reading it costs paho a select and four socket reads per message and then a
validation, all under the coordinator's GIL. Here a child process (its own paho client,
clean session, the coordinator's credentials) reads and validates it, keeps the newest
payload per printer, and every `period_s` hands the parent one batch: the newest valid
payloads by printer key, how many messages it read, and what it dropped and why.

The child dies with its parent (parent-death signal, and a check of its parent id).
Telemetry is QoS 0 and not durable: a lost batch costs a stale view for a second.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing as mp
import os
import signal
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

from agent.wire import WireError, printer_key
from coordinator.decoding import Decoder
from coordinator.mqtt import TELEMETRY, BrokerSettings, Delivery, MqttLink

log = logging.getLogger(__name__)
MAX_REASONS = 20  # dropped-message reasons per batch (the rest are only counted)
READY = "subscribed"


@dataclass(slots=True)
class TapBatch:
    latest: dict[str, bytes] = field(default_factory=dict)  # key -> newest valid payload
    received: int = 0  # valid telemetry messages read since the last batch
    dropped: int = 0
    reasons: list[str] = field(default_factory=list)  # "topic: why", at most MAX_REASONS


class TelemetryTap:
    """The parent's handle: `start`, then `collect` now and then, `stop` at the end."""

    def __init__(self, settings: BrokerSettings, period_s: float = 0.25) -> None:
        self.settings = settings
        self.period_s = period_s
        self._conn: Connection | None = None
        self._proc: mp.process.BaseProcess | None = None

    def start(self, wait_s: float = 10.0) -> bool:
        """Start the child; wait up to `wait_s` until it is connected and subscribed
        (False: not yet, e.g. the broker is down; it keeps trying on its own).

        Call from a thread that lives as long as the tap: Linux sends the child its
        parent-death signal when the thread that started it ends."""
        ctx = mp.get_context("spawn")  # the parent has threads: never fork it
        ours, theirs = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(
            target=_child, args=(self.settings, self.period_s, theirs, os.getpid()),
            name="printfarm-telemetry", daemon=True,
        )  # fmt: skip
        self._proc.start()
        theirs.close()
        self._conn = ours
        if ours.poll(wait_s):
            return bool(ours.recv() == READY)
        log.warning("the telemetry process is not connected yet (it keeps trying)")
        return False

    def collect(self) -> TapBatch:
        """Every batch the child sent since the last call, merged (never blocks long)."""
        out = TapBatch()
        if self._conn is None:
            return out
        try:
            while self._conn.poll():
                batch: TapBatch | str = self._conn.recv()
                if not isinstance(batch, TapBatch):
                    continue  # READY, when it came after start() stopped waiting
                out.latest.update(batch.latest)
                out.received += batch.received
                out.dropped += batch.dropped
                out.reasons.extend(batch.reasons)
        except (EOFError, OSError):
            log.error("the telemetry process ended; restarting it")
            self.stop()
            self.start(wait_s=0.0)
        return out

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.terminate()
            self._proc.join(5)
            self._proc = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class _Reader:
    """The child: validates on paho's thread, ships batches from the main thread."""

    def __init__(self, settings: BrokerSettings) -> None:
        self.decoder = Decoder()
        self.lock = threading.Lock()
        self.batch = TapBatch()
        self.link = MqttLink(settings, self.on_message, persistent=False, subscriptions=TELEMETRY)

    def on_message(self, d: Delivery) -> None:
        try:
            message = self.decoder.decode(d.topic, d.payload)
        except WireError as e:
            with self.lock:
                self.batch.dropped += 1
                if len(self.batch.reasons) < MAX_REASONS:
                    self.batch.reasons.append(f"{d.topic[:200]!r}: {e}")
            return
        topic = message.topic
        assert topic.printer is not None  # the telemetry filter has a printer level
        with self.lock:
            # Newest by arrival: one agent publishes a printer's telemetry in order.
            self.batch.latest[printer_key(topic.agent, topic.printer)] = d.payload
            self.batch.received += 1

    def take(self) -> TapBatch:
        with self.lock:
            batch, self.batch = self.batch, TapBatch()
        return batch


def _child(settings: BrokerSettings, period_s: float, conn: Connection, parent: int) -> None:
    _die_with_parent()
    reader = _Reader(settings)
    reader.link.start()
    try:
        while not reader.link.connected.wait(period_s):
            if os.getppid() != parent:
                return
        conn.send(READY)  # subscribed: the SUBSCRIBE went out right before `connected`
        while os.getppid() == parent:
            time.sleep(period_s)  # the batch period
            batch = reader.take()
            if batch.received or batch.dropped:
                conn.send(batch)
    except (BrokenPipeError, OSError):
        pass  # the parent is gone: so are we
    finally:
        reader.link.stop()


def _die_with_parent() -> None:
    """Get SIGTERM when the coordinator dies, even by SIGKILL (Linux)."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
    except OSError:
        return  # elsewhere the parent-id check above ends the child within a period
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
