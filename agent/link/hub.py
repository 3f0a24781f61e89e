"""The one thread between the printer sessions and MQTT.

Session threads, paho's thread and the command worker only put items on the hub's
queue (never blocking); the hub alone writes the outbox and publishes. On every state
change the session reports, and every `poll_s` besides, it
takes each printer's snapshot: a changed snapshot is published retained, telemetry at
most every `telemetry_s` when it changed, and state transitions and progress milestones
become events. So a slow disk or a dead broker can delay reports, never a print.

Events go to the outbox first (fsynced, numbered), then to paho with QoS 1; paho holds
them while the broker is away and sends them in order when it returns; the PUBACK marks
them done in the outbox. Events still pending at start-up (a previous run could not
send them) are published before anything new. A PUBACK means the broker has an event,
not that a consumer got it, so a job's ending event is also carried in every later
state snapshot (`PrinterState.last_job`), re-published on every reconnect.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import paho.mqtt.client as mqtt

from agent.hil_reports import HilReports
from agent.link.printer import EventDraft, PrinterBridge
from agent.outbox import Outbox, OutboxEntry
from agent.printer_interface import PrinterBackend
from agent.session_model import JobResult, SessionEvent, SessionEventKind
from agent.wire import Channel, Reply, WireError, encode, parse_event, printer_topic

log = logging.getLogger(__name__)

JobEndHook = Callable[[str, JobResult], None]  # (printer id, result), on the hub thread


class Publisher(Protocol):
    @property
    def connected(self) -> bool: ...

    def publish(
        self, topic: str, payload: bytes, qos: int, retain: bool
    ) -> mqtt.MQTTMessageInfo: ...


@dataclass
class PrinterNode:
    """A printer as the agent holds it: its session and its wire translation."""

    id: str
    session: PrinterBackend  # serial or OctoPrint
    bridge: PrinterBridge
    starting: threading.Lock  # held while a start_job downloads and starts
    fetching: str | None = None  # the job id `starting` is held for (set under it)


@dataclass(frozen=True, slots=True)
class _SessionItem:
    printer: str
    event: SessionEvent


@dataclass(frozen=True, slots=True)
class _EventItem:
    printer: str
    draft: EventDraft


@dataclass(frozen=True, slots=True)
class _Published:
    mid: int


@dataclass(frozen=True, slots=True)
class _ReplyItem:
    printer: str
    reply: Reply


# Session events after which the state is published at once (a job's end: the snapshot
# carries its ending event, see PrinterState.last_job).
_REPUBLISH = frozenset({SessionEventKind.STATE_CHANGED, SessionEventKind.JOB_FINISHED})
_CONNECTED = "connected"
_STOP = "stop"
_Item = _SessionItem | _EventItem | _ReplyItem | _Published | str


class Hub:
    def __init__(
        self,
        agent_id: str,
        outbox: Outbox,
        poll_s: float,
        telemetry_s: float,
        on_job_end: JobEndHook | None = None,
        *,
        hil: HilReports | None = None,
    ) -> None:
        self.agent_id = agent_id
        self.nodes: dict[str, PrinterNode] = {}
        self._outbox = outbox
        self._poll_s = poll_s
        self._telemetry_s = telemetry_s
        self._on_job_end = on_job_end
        self._hil = hil
        self._hil_all = True  # publish every HIL summary at the next poll (start, reconnect)
        self._queue: queue.SimpleQueue[_Item] = queue.SimpleQueue()
        self._publisher: Publisher | None = None
        # Events handed to paho, by message id, until their PUBACK. (Not
        # MQTTMessageInfo.is_published(): it raises for a message queued while offline.)
        self._inflight: dict[int, OutboxEntry] = {}
        self._stale: set[str] = set()  # printers whose state must be re-published
        self._next_telemetry = 0.0
        self._thread: threading.Thread | None = None
        self._drain_s = 0.0
        self._drain_until: float | None = None  # set when _STOP is taken off the queue

    # -- wiring (before start) -----------------------------------------------------------
    def listener(self, printer: str) -> Callable[[SessionEvent], None]:
        """The session listener for `printer`: queues, never blocks the session."""
        return lambda event: self._queue.put(_SessionItem(printer, event))

    def add(self, node: PrinterNode) -> None:
        self.nodes[node.id] = node
        self._stale.add(node.id)

    def attach(self, publisher: Publisher) -> None:
        self._publisher = publisher

    # -- thread-safe inputs --------------------------------------------------------------
    def emit(self, printer: str, draft: EventDraft) -> None:
        self._queue.put(_EventItem(printer, draft))

    def reply(self, printer: str, reply: Reply) -> None:
        self._queue.put(_ReplyItem(printer, reply))

    def connected(self) -> None:
        self._queue.put(_CONNECTED)

    def published(self, mid: int) -> None:
        """paho delivered message `mid` (PUBACK for QoS 1); called on paho's thread."""
        self._queue.put(_Published(mid))

    # -- lifecycle -----------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="mqtt-hub", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Handle everything queued so far (final events included), wait up to
        `timeout_s` for the broker to acknowledge them, then end the thread. What is not
        acknowledged by then stays in the outbox for the next run."""
        self._drain_s = timeout_s
        self._queue.put(_STOP)
        if self._thread is not None:
            self._thread.join(timeout_s + 1.0)

    # -- the hub thread ------------------------------------------------------------------
    def _run(self) -> None:
        for entry in self._outbox.pending():
            log.info("replaying event %s #%d from the outbox", entry.printer, entry.seq)
            self._recall(entry)
            self._send_event(entry)
        next_poll = time.monotonic()
        while not self._stopped():
            # Poll when due even while items keep arriving, so reports never starve.
            if time.monotonic() >= next_poll:
                self._poll_safely()
                next_poll = time.monotonic() + self._poll_s
            try:
                item = self._queue.get(timeout=max(0.0, next_poll - time.monotonic()))
            except queue.Empty:
                continue
            if item == _STOP:
                self._poll()
                self._drain_until = time.monotonic() + self._drain_s
                continue
            try:
                self._handle(item)
            except Exception:  # reporting must go on whatever one item did
                log.exception("the MQTT hub failed on %r", item)

    def _recall(self, entry: OutboxEntry) -> None:
        """An event a previous run stored: if it ended a job, the state says so again (the
        agent restarted before any consumer had the event)."""
        node = self.nodes.get(entry.printer)
        if node is None:
            return
        try:
            node.bridge.numbered(parse_event(entry.payload))
        except WireError as e:  # replayed as it is anyway; the consumer will say why
            log.warning("event %s #%d in the outbox is not valid: %s", entry.printer, entry.seq, e)

    def _poll_safely(self) -> None:
        try:
            self._poll()
        except Exception:  # reporting must go on; the next poll tries again
            log.exception("the MQTT hub failed to poll the printers")

    def _stopped(self) -> bool:
        """Stopping, and every event delivered (or no broker, or out of time)."""
        if self._drain_until is None:
            return False
        online = self._publisher is not None and self._publisher.connected
        return not self._inflight or not online or time.monotonic() > self._drain_until

    def _handle(self, item: _Item) -> None:
        if isinstance(item, _SessionItem):
            node = self.nodes[item.printer]
            snapshot = node.session.snapshot()
            result = item.event.result
            # Journal first: the end (and the bed) is on disk before it is reported.
            if item.event.kind is SessionEventKind.JOB_FINISHED and result and self._on_job_end:
                self._on_job_end(item.printer, result)
            for draft in node.bridge.session_event(item.event, snapshot):
                self._event(item.printer, draft)
            if item.event.kind in _REPUBLISH:
                self._poll()  # publish the new state now, not at the next poll
        elif isinstance(item, _EventItem):
            self._event(item.printer, item.draft)
        elif isinstance(item, _ReplyItem):
            topic = printer_topic(self.agent_id, item.printer, Channel.REPLIES)
            self._publish(topic, encode(item.reply), qos=1, retain=False)
        elif item == _CONNECTED:
            self._stale.update(self.nodes)
            self._hil_all = True
            self._poll()
        elif isinstance(item, _Published):
            entry = self._inflight.pop(item.mid, None)
            if entry is not None:
                self._outbox.ack(entry)

    def _poll(self) -> None:
        now = time.monotonic()
        telemetry_due = now >= self._next_telemetry
        if telemetry_due:
            self._next_telemetry = now + self._telemetry_s
        online = self._publisher is not None and self._publisher.connected
        for printer, node in self.nodes.items():
            snapshot = node.session.snapshot()
            for draft in node.bridge.poll_events(snapshot):
                self._event(printer, draft)
            if not online:  # a snapshot is re-published on reconnect, telemetry just skipped
                continue
            state = node.bridge.state_if_changed(snapshot, force=printer in self._stale)
            self._stale.discard(printer)
            if state is not None:
                topic = printer_topic(self.agent_id, printer, Channel.STATE)
                self._publish(topic, encode(state), qos=1, retain=True)
            telemetry = node.bridge.telemetry_if_changed(snapshot) if telemetry_due else None
            if telemetry is not None:
                topic = printer_topic(self.agent_id, printer, Channel.TELEMETRY)
                self._publish(topic, encode(telemetry), qos=0, retain=False)
        if online and self._hil is not None:
            for printer, summary in self._hil.changed(force=self._hil_all):
                topic = printer_topic(self.agent_id, printer, Channel.HIL)
                self._publish(topic, encode(summary), qos=1, retain=True)
            self._hil_all = False

    def _event(self, printer: str, draft: EventDraft) -> None:
        topic = printer_topic(self.agent_id, printer, Channel.EVENTS)
        node = self.nodes.get(printer)

        def payload(seq: int) -> bytes:
            event = draft(seq)
            if node is not None:
                node.bridge.numbered(event)  # a job's ending goes into the state too
            return encode(event)

        entry = self._outbox.append(printer, topic, payload)
        self._send_event(entry)

    def _send_event(self, entry: OutboxEntry) -> None:
        info = self._publish(entry.topic, entry.payload, qos=1, retain=False)
        if info is not None:
            self._inflight[info.mid] = entry

    def _publish(
        self, topic: str, payload: bytes, qos: int, retain: bool
    ) -> mqtt.MQTTMessageInfo | None:
        if self._publisher is None:
            log.error("no MQTT link attached; dropping a message on %s", topic)
            return None
        return self._publisher.publish(topic, payload, qos, retain)
