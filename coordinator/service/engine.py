"""The running coordinator: MQTT in, store transitions, dispatch, commands out.

One worker thread owns all mutable state (fleet view writes, active jobs, the queue
cache). Paho's thread only queues deliveries; HTTP handlers read the store and the fleet
snapshot directly and hand every change to the worker as a call (`_call`), so no lock
guards the job logic.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.exc import SQLAlchemyError

from agent.wire import (
    AgentStatus,
    Channel,
    PrinterState,
    Reply,
    Telemetry,
    TopicError,
    WireError,
    WireErrorKind,
    decode,
    parse_topic,
    printer_key,
)
from coordinator.dispatch import PrinterView, dispatch
from coordinator.files import FileStore
from coordinator.mqtt import BrokerSettings, Delivery, MqttLink
from coordinator.service.commands import CommandSender
from coordinator.service.fleet import FleetView, LivePrinter
from coordinator.service.holds import Holds
from coordinator.service.jobs import JobTracker, Timing
from coordinator.store import JobRecord, JobState, Store

log = logging.getLogger(__name__)
T = TypeVar("T")
BATCH = 2000  # deliveries handled before the dispatcher gets a turn


@dataclass(frozen=True, slots=True)
class CoordinatorConfig:
    store_url: str
    broker: BrokerSettings
    files_dir: Path
    public_url: str  # how agents reach the HTTP API, e.g. http://192.168.1.5:8080
    timing: Timing = field(default_factory=Timing)
    tick_s: float = 0.25
    queue_refresh_s: float = 5.0  # re-read the queue (other coordinators, other writers)


@dataclass(slots=True)
class Counters:
    received: int = 0
    dropped: int = 0
    dispatched: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)  # valid messages per channel


class Coordinator:
    def __init__(self, config: CoordinatorConfig) -> None:
        self.config = config
        self.store = Store(config.store_url)
        self.files = FileStore(config.files_dir)
        self.fleet = FleetView()
        self.holds = Holds(self.store.engine)
        self.link = MqttLink(config.broker, self._deliver, self._on_connection)
        self.commands = CommandSender(
            self.link.publish, self.file_url, ttl_s=config.timing.resend_after_s * 3
        )
        self.jobs = JobTracker(self.store, self.fleet, self.holds, self.commands, config.timing)
        self.counters = Counters()
        self._inbox: queue.SimpleQueue[Delivery | Callable[[], None] | None] = queue.SimpleQueue()
        self._queued: dict[str, JobRecord] = {}  # the queue, cached (the store is the truth)
        self._queue_read_at = 0.0
        self._dirty = True
        self._known_printers: set[str] = set()
        self._thread = threading.Thread(target=self._run, name="coordinator", daemon=True)
        self._stopping = threading.Event()

    def file_url(self, sha256: str) -> str:
        return f"{self.config.public_url.rstrip('/')}/files/{sha256}"

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> None:
        self._reload_queue()
        self._thread.start()
        self.link.start()

    def stop(self) -> None:
        self._stopping.set()
        self._inbox.put(None)
        self._thread.join(10)
        self.link.stop()
        self.store.close()

    def _deliver(self, delivery: Delivery) -> None:  # paho's thread
        self._inbox.put(delivery)

    def _on_connection(self, up: bool) -> None:  # paho's thread
        self._inbox.put(self._connected if up else self._disconnected)

    def _connected(self) -> None:
        self.jobs.connected_since = time.monotonic()
        self._dirty = True

    def _disconnected(self) -> None:
        self.jobs.connected_since = None

    def call(self, fn: Callable[[], T], timeout_s: float = 30.0) -> T:
        """Run `fn` on the worker thread and return its result (for the HTTP API)."""
        future: Future[T] = Future()

        def run() -> None:
            try:
                future.set_result(fn())
            except Exception as e:  # noqa: BLE001  # handed to the caller, who re-raises it
                future.set_exception(e)

        self._inbox.put(run)
        return future.result(timeout_s)

    # -- the worker --------------------------------------------------------------------------
    def _run(self) -> None:
        next_tick = time.monotonic()
        while not self._stopping.is_set():
            timeout = max(0.0, next_tick - time.monotonic())
            try:
                item = self._inbox.get(timeout=timeout)
            except queue.Empty:
                item = None
            handled = 0
            while item is not None and handled < BATCH:
                self._guarded(self._handle, item)
                handled += 1
                try:
                    item = self._inbox.get_nowait()
                except queue.Empty:
                    item = None
            if item is not None:
                self._guarded(self._handle, item)
            if time.monotonic() >= next_tick:
                next_tick = time.monotonic() + self.config.tick_s
                self._guarded(self._tick, None)
            if self._dirty:
                self._dirty = False
                self._guarded(self._dispatch, None)

    def _guarded(self, fn: Callable[[Any], None], arg: Any) -> None:
        """Keep the worker alive through a database hiccup; the error is logged."""
        try:
            fn(arg)
        except SQLAlchemyError:
            log.exception("database error (the coordinator keeps running and retries)")
            self._dirty = True

    def _handle(self, item: Delivery | Callable[[], None]) -> None:
        if isinstance(item, Delivery):
            self.counters.received += 1
            self._handle_message(item)
            self.link.ack(item)
        else:
            item()

    def _tick(self, _arg: None) -> None:
        if self.jobs.tick():
            self._dirty = True
        if time.monotonic() - self._queue_read_at > self.config.queue_refresh_s:
            self._reload_queue()
            self._dirty = True

    # -- messages ------------------------------------------------------------------------------
    def _handle_message(self, d: Delivery) -> None:
        try:
            message = decode(d.topic, d.payload)
        except WireError as e:
            if e.kind is WireErrorKind.EMPTY and self._forget_retained(d.topic):
                return
            self.counters.dropped += 1
            log.warning("dropped a message on %.200r: %s", d.topic, e)
            return
        topic, body = message.topic, message.body
        channel = str(topic.channel)
        self.counters.by_channel[channel] = self.counters.by_channel.get(channel, 0) + 1
        if topic.channel is Channel.STATUS:
            self._on_status(topic.agent, body)
            return
        assert topic.printer is not None
        key = printer_key(topic.agent, topic.printer)
        if topic.channel is Channel.STATE:
            self._on_state(topic.agent, topic.printer, body)
        elif topic.channel is Channel.TELEMETRY:
            assert isinstance(body, Telemetry)
            self.fleet.apply_telemetry(topic.agent, topic.printer, body)
        elif topic.channel is Channel.EVENTS:
            self._on_event(key, body)
        elif topic.channel is Channel.REPLIES:
            assert isinstance(body, Reply)
            if self.jobs.on_reply(key, body):
                self._dirty = True
                self._reload_queue()

    def _forget_retained(self, topic_name: str) -> bool:
        """An empty retained payload deletes a printer's state or an agent's presence."""
        try:
            topic = parse_topic(topic_name)
        except TopicError:
            return False
        if topic.channel is Channel.STATUS:
            self.fleet.apply_status(topic.agent, None)
            return True
        if topic.channel is Channel.STATE and topic.printer is not None:
            self.fleet.apply_state(topic.agent, topic.printer, None)
            return True
        return False

    def _on_status(self, agent: str, status: AgentStatus) -> None:
        for key in self.fleet.apply_status(agent, status):
            view = self.fleet.get(key)
            self.store.upsert_printer(key, online=bool(view and view.online))
        self._dirty = True

    def _on_state(self, agent: str, printer: str, state: PrinterState) -> None:
        view = self.fleet.apply_state(agent, printer, state)
        if view.state is not state:
            return  # an older snapshot than the one we have
        self.store.upsert_printer(view.key, online=view.online, state=state)
        self._known_printers.add(view.key)
        self.jobs.on_state(view)
        if view.free:
            self._dirty = True

    def _on_event(self, key: str, event: Any) -> None:
        # Apply first, then record: a replay after a crash between the two still applies
        # (transitions are idempotent); the history's unique (printer, seq) drops copies.
        if self.jobs.on_event(key, event):
            self._dirty = True
        self.store.record_event(
            event.type,
            job_id=getattr(event, "job_id", None),
            printer_key=key,
            agent_seq=event.seq,
            detail=event.model_dump(mode="json"),
        )

    # -- dispatch ------------------------------------------------------------------------------
    def _reload_queue(self, _arg: None = None) -> None:
        jobs = self.store.list_jobs([JobState.QUEUED])
        self._queued = {j.id: j for j in jobs}
        self._queue_read_at = time.monotonic()

    def enqueue(self, jobs: list[JobRecord]) -> None:
        """New jobs from the API (on the worker thread)."""
        for job in jobs:
            self._queued[job.id] = job
        self._dirty = True

    def dequeue(self, job_id: str) -> None:
        self._queued.pop(job_id, None)

    def request_dispatch(self) -> None:
        """Run the dispatcher soon (call on the worker thread, or via `call`)."""
        self._dirty = True

    def free_printers(self) -> list[PrinterView]:
        held = self.holds.held()
        out = []
        for view in self.fleet.snapshot():
            if not view.free or view.key in held or view.key in self.jobs.by_printer:
                continue
            assert view.state is not None
            out.append(
                PrinterView.from_state(
                    view.agent, view.printer, view.state, online=True, assigned=False
                )
            )
        return out

    def _dispatch(self, _arg: None = None) -> None:
        if not self._queued:
            return
        printers = self.free_printers()
        if not printers:
            return
        running = self.store.running_by_submitter()
        queue = [job.as_queued() for job in self._queued.values()]
        for assignment in dispatch(queue, printers, running=running):
            claim = self.store.claim(
                assignment.job_id, assignment.printer_key, lease_s=self.config.timing.lease_s
            )
            record = self._queued.pop(assignment.job_id)
            if claim is None:
                log.info(
                    "job %s or %s was taken meanwhile", assignment.job_id, assignment.printer_key
                )
                continue
            job = replace(
                record,
                state=JobState.ASSIGNED,
                printer_key=claim.printer_key,
                fencing_token=claim.fencing_token,
                lease_expires_at=claim.lease_expires_at,
            )
            self.jobs.assigned(job)  # recorded (claim committed) before the command goes out
            self.jobs.send_start(job, renew=False)
            self.counters.dispatched += 1

    # -- views for the API (any thread) ------------------------------------------------------
    def printers_live(self) -> list[LivePrinter]:
        return self.fleet.snapshot()
