"""The running coordinator: MQTT in, store transitions, dispatch, commands out.

One worker thread owns all mutable state (fleet view writes, active jobs, the backlog).
Paho's thread only queues deliveries; HTTP handlers read the store and the fleet
snapshot directly and hand every change to the worker as a call (`call`), so no lock
guards the job logic.

The worker runs in cycles. A cycle takes every delivery waiting (up to `inbox.MAX_BATCH`),
applies them in memory, and writes what they changed in ONE store transaction, together
with the clock's work and a dispatch round; only after that commit does it publish the
cycle's commands (so an assignment is always recorded before its start command leaves)
and acknowledge the cycle's QoS 1 messages (so a crash before the commit gets them
again from the broker). Telemetry never touches the store. A database outage stops
nothing for good: the worker keeps what it took, backs off and retries (resilience.py).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
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
    printer_key,
)
from coordinator.accounts.directory import Directory
from coordinator.accounts.file_links import FILE_LINK_KEY, FileLinks
from coordinator.decoding import Decoder
from coordinator.dispatch import PrinterView, dispatch_ordered
from coordinator.files import FileStore
from coordinator.hil_reports import forget_hil_report, save_hil_report
from coordinator.mqtt import CONTROL, SUBSCRIPTIONS, BrokerSettings, Delivery, MqttLink
from coordinator.service.answers import Answers
from coordinator.service.backlog import Backlog
from coordinator.service.commands import CommandSender
from coordinator.service.fleet import FleetView, LivePrinter
from coordinator.service.gc_policy import GcPolicy
from coordinator.service.holds import Holds
from coordinator.service.inbox import WorkerInbox
from coordinator.service.job_metrics import JobMetrics
from coordinator.service.jobs import JobTracker, Timing
from coordinator.service.leader import Leadership
from coordinator.service.printer_rows import PrinterRows
from coordinator.service.resilience import (
    Health,
    WorkerCall,
    is_conflict,
    is_outage,
    retry_conflicts,
)
from coordinator.service.site_links import SiteLinks
from coordinator.sites.book import SiteBook
from coordinator.spools.book import SpoolBook
from coordinator.store import Claim, JobRecord, JobState, Store
from coordinator.store.claims import Pick, claim_many
from coordinator.store.job_edits import queued_versions
from coordinator.telemetry_tap import TapBatch, TelemetryTap
from coordinator.variants import Variant

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class CoordinatorConfig:
    store_url: str
    broker: BrokerSettings
    files_dir: Path
    public_url: str  # how agents reach the HTTP API, e.g. http://192.168.1.5:8080
    timing: Timing = field(default_factory=Timing)
    tick_s: float = 0.25
    queue_refresh_s: float = 5.0  # re-check the queue (other coordinators, other writers)
    telemetry_process: bool = True  # read telemetry in a child process (telemetry_tap.py)


@dataclass(slots=True)
class Counters:
    received: int = 0
    dropped: int = 0
    dispatched: int = 0
    cycles: int = 0  # store transactions of the worker
    by_channel: dict[str, int] = field(default_factory=dict)  # valid messages per channel


class Coordinator:
    def __init__(self, config: CoordinatorConfig) -> None:
        self.config = config
        self.store = Store(config.store_url)
        self.files = FileStore(config.files_dir)
        self.file_links = FileLinks(Directory(self.store.engine).setting_secret(FILE_LINK_KEY))
        self.fleet = FleetView()
        self.site_links = SiteLinks()
        self.holds = Holds(self.store)
        self.tap = TelemetryTap(config.broker) if config.telemetry_process else None
        self.link = MqttLink(
            config.broker, self._inbox_put, self._on_connection,
            subscriptions=CONTROL if self.tap is not None else SUBSCRIPTIONS,
        )  # fmt: skip
        self._outbox: list[tuple[str, bytes, int]] = []
        self._holding = False  # inside a cycle: publishes wait for its commit
        self.commands = CommandSender(
            self._publish, self.file_url, ttl_s=config.timing.resend_after_s * 3
        )
        self.jobs = JobTracker(self.store, self.fleet, self.holds, self.commands, config.timing)
        self.metrics = JobMetrics(self.store)  # served by /metrics (coordinator/metrics.py)
        self.spools = SpoolBook(self.store)  # loaded spools (coordinator/spools/book.py)
        self.sites = SiteBook(self.store)  # sites and power budgets (coordinator/sites/)
        self._power_waiting = False  # a start waits for power: re-dispatch every tick
        self.answers = Answers()  # replies a caller waits for (the G-code console)
        self.jobs.on_end = self._job_ended
        self.jobs.on_start = self.metrics.started
        self.counters = Counters()
        self.decoder = Decoder()
        self._inbox = WorkerInbox()
        self.backlog = Backlog()  # the queue, cached in dispatch order (the store is the truth)
        self._queued: dict[str, JobRecord] = {}
        self._queue_read_at = 0.0
        self._dirty = True  # a dispatch round is due
        self._touched: set[str] = set()  # printers whose availability may have changed
        self._free: dict[str, PrinterView] = {}  # available printers, as of the last round
        self._rows = PrinterRows()
        self.gc = GcPolicy()
        self.health = Health()
        # Time-driven work is the leader's alone (leader.py); the gate: leader.is_leader().
        client_id = config.broker.client_id
        self.leader = Leadership(self.store, f"{client_id}:{os.getpid()}", instance=client_id)
        self.leader.on_change = self._leadership_changed
        self._stale = False  # memory may not follow the store: reload before going on
        self.api_ready = threading.Event()  # cleared by a server until its API listens
        self.api_ready.set()
        self._thread = threading.Thread(target=self._run, name="coordinator", daemon=True)
        self._stopping = threading.Event()

    def file_url(self, sha256: str, agent: str) -> str:
        """A link to a job file that only `agent` is given, valid for an hour."""
        query = self.file_links.query(sha256, agent)
        return f"{self.config.public_url.rstrip('/')}/files/{sha256}?{query}"

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> None:
        self._sync_queue(full=True)
        if self.tap is not None:
            self.tap.start()  # first: once `link.connected`, telemetry is read too
        self._thread.start()
        self.link.start()

    def stop(self) -> None:
        self._stopping.set()
        self._inbox.put(None)
        self._thread.join(10)
        self.leader.release()
        self.link.stop()
        if self.tap is not None:
            self.tap.stop()
        self.store.close()

    def _inbox_put(self, delivery: Delivery) -> None:  # paho's thread
        self._inbox.put(delivery)

    def _on_connection(self, up: bool) -> None:  # paho's thread
        self._inbox.put(self._connected if up else self._disconnected)

    def _connected(self) -> None:
        self.jobs.connected_since = time.monotonic()
        self.request_dispatch()

    def _disconnected(self) -> None:
        self.jobs.connected_since = None

    def _leadership_changed(self, leading: bool) -> None:  # the worker's thread
        if leading:
            self._queue_read_at = 0.0  # the next tick reads every active job first

    def _publish(self, topic: str, payload: bytes, qos: int) -> None:
        if self._holding:
            self._outbox.append((topic, payload, qos))
        else:
            self.link.publish(topic, payload, qos)

    def call(self, fn: Callable[[], T], timeout_s: float = 30.0, *, one_tx: bool = False) -> T:
        """Run `fn` on the worker thread and return its result (for the HTTP API).

        Raises StoreUnavailableError at once while the database is down; a call that
        times out is cancelled, so it never runs after its caller gave up. `one_tx`: `fn`
        writes in one transaction, so a lost deadlock is retried (resilience.py)."""
        call = WorkerCall(fn, one_tx=one_tx)
        self._inbox.put(call)
        try:
            result: T = call.future.result(timeout_s)
        except TimeoutError:
            call.future.cancel()
            raise
        return result

    @property
    def worker_alive(self) -> bool:
        return self._thread.is_alive()

    # -- the worker --------------------------------------------------------------------------
    def _run(self) -> None:
        self.gc.start()
        try:
            self._loop()
        finally:
            self.gc.stop()

    def _loop(self) -> None:
        next_tick = time.monotonic()
        while not self._stopping.is_set():
            try:
                if self._stale:
                    self._recover()
                    self._stale = False
                    self.health.store_ok()
                next_tick = self._turn(next_tick)
                self.health.beat()
            except SQLAlchemyError as e:  # an outage (`_commit_cycle` handles bad statements)
                self._outbox.clear()
                self._stale = True
                self._wait_out(self.health.store_failed(e))
            except Exception as e:  # a bug must not silently stop all dispatch
                log.exception(
                    "unexpected error in the coordinator's worker; it reloads and goes on"
                )
                self._outbox.clear()
                self._inbox.drop_pending(RuntimeError(f"coordinator error: {e}"))
                self._stale = True

    def _wait_out(self, delay_s: float) -> None:
        if self._inbox.wait_out(time.monotonic() + delay_s, self.health):
            self._stopping.set()

    def _turn(self, next_tick: float) -> float:
        """One turn of the worker: what the inbox holds, then a cycle; the next tick."""
        inbox = self._inbox
        inbox.take(next_tick)
        done = 0
        while done < len(inbox.pending):
            item = inbox.pending[done]
            if item is None:
                self._stopping.set()
                return next_tick
            if isinstance(item, Delivery):
                done += 1
                continue
            # An API call: after what came before it, in a transaction of its own.
            self._cycle(inbox.deliveries(done), tick=False)
            inbox.done(done + 1)  # the call leaves before it runs: it runs once at most
            done = 0
            self._call_guarded(item)
        self._cycle(inbox.deliveries(done), tick=False)
        inbox.done(done)
        if time.monotonic() >= next_tick:  # the clock's work: a cycle of its own
            next_tick = time.monotonic() + self.config.tick_s
            if self.tap is not None:
                self._apply_telemetry(self.tap.collect())
            self.leader.step()
            self._cycle([], tick=True)
            self.gc.tick()
        return next_tick

    def _call_guarded(self, fn: WorkerCall | Callable[[], None]) -> None:
        try:
            fn.run() if isinstance(fn, WorkerCall) else fn()
        except SQLAlchemyError as e:
            if is_outage(e):
                raise
            log.exception("database error (the coordinator keeps running and retries)")
            self._stale = True

    def _cycle(self, deliveries: list[Delivery], tick: bool) -> None:
        """Apply deliveries, tick, dispatch: one transaction; then publish and ack."""
        if not deliveries and not tick and not self._dirty:
            return
        if not self._commit_cycle(deliveries, tick):
            # Redo the messages one by one (handling is idempotent): one bad message
            # must not cost the others their effects. Acks wait for the end: an outage
            # meanwhile redoes them all later, and a message is never acked twice.
            done = []
            for delivery in deliveries:
                if self._commit_cycle([delivery], tick=False):
                    done.append(delivery)
                else:
                    log.error("gave up on a message on %.200r (see above)", delivery.topic)
            deliveries = done
        for delivery in deliveries:
            self.link.ack(delivery)

    def _commit_cycle(self, deliveries: list[Delivery], tick: bool) -> bool:
        """Run the cycle's transaction; one that PostgreSQL rolled back to break a deadlock
        with another coordinator (or a serialization failure) runs again from reloaded
        memory, a few times, before it counts as failed (no 503 for a lost conflict)."""
        return retry_conflicts(
            lambda last: self._commit_once(deliveries, tick, last), "a cycle", self._recover
        )

    def _commit_once(self, deliveries: list[Delivery], tick: bool, last: bool = False) -> bool:
        self._holding = True
        try:
            with self.store.transaction():
                for delivery in deliveries:
                    self.counters.received += 1
                    self._handle_message(delivery)
                self._rows.flush(self.store)  # before claims: a claim needs the printer row
                # Start commands name a URL on our HTTP API: none leaves before it
                # listens (an agent would fail the job's download); `_dirty` waits.
                if tick and self.api_ready.is_set():
                    self._tick()
                if self._dirty and self.api_ready.is_set():
                    self._dirty = False
                    self._dispatch()
        except SQLAlchemyError as e:
            self._outbox.clear()  # nothing it assigned was recorded: send none of it
            if is_outage(e) or (is_conflict(e) and not last):
                raise  # outage: the worker backs off; conflict: `_commit_cycle` retries
            log.exception("database error (the coordinator keeps running and retries)")
            self._recover()
            return False
        finally:
            self._holding = False
        self.counters.cycles += 1
        outbox, self._outbox = self._outbox, []
        for topic, payload, qos in outbox:
            self.link.publish(topic, payload, qos)
        return True

    def _recover(self) -> None:
        """After a rolled-back transaction: memory follows the store again."""
        self.commands.forget_all()  # assigned jobs get their start re-sent by the tick
        self.jobs.load()
        self.holds.reload()
        self._rows.forget()
        for view in self.fleet.snapshot():
            self._rows.note(view.key, view.online, view.state)
        self._sync_queue(full=True)
        self.request_dispatch()

    def _tick(self) -> None:
        if self._power_waiting:  # heat-ups end in telemetry, which dispatches nothing
            self.request_dispatch()
        if time.monotonic() - self._queue_read_at > self.config.queue_refresh_s:
            self._sync_queue()
            if not self.leader.alone:
                self.jobs.refresh()  # jobs other coordinators assigned, started or ended
            self.holds.reload()  # holds and bed locks other coordinators took or lifted
            self.request_dispatch()
        # The clock's work: the leader's alone, its lease checked in this transaction.
        if self.jobs.active and self.leader.fenced() and self.jobs.tick():
            self._sync_queue()  # a job may be back in the queue
            self.request_dispatch()

    # -- messages ------------------------------------------------------------------------------
    def _handle_message(self, d: Delivery) -> None:
        if self.site_links.apply(d.topic, d.payload):
            return
        try:
            message = self.decoder.decode(d.topic, d.payload)
        except WireError as e:
            if e.kind is WireErrorKind.EMPTY and self._forget_retained(d.topic):
                return
            self.counters.dropped += 1
            log.warning("dropped a message on %.200r: %s", d.topic, e)
            return
        topic, body = message.topic, message.body
        channel = topic.channel
        self.counters.by_channel[channel] = self.counters.by_channel.get(channel, 0) + 1
        if channel is Channel.TELEMETRY:  # the bulk of all traffic: memory only
            assert isinstance(body, Telemetry)
            assert topic.printer is not None
            self.fleet.apply_telemetry(topic.agent, topic.printer, body)
            return
        if channel is Channel.STATUS:
            self._on_status(topic.agent, body)
            return
        assert topic.printer is not None
        if channel is Channel.STATE:
            self._on_state(topic.agent, topic.printer, body)
            return
        key = printer_key(topic.agent, topic.printer)
        if channel is Channel.EVENTS:
            self._on_event(key, body)
        elif channel is Channel.HIL:
            save_hil_report(self.store, key, body)
        elif channel is Channel.REPLIES:
            self._on_reply(key, body)

    def _on_reply(self, key: str, reply: Reply) -> None:
        self.answers.deliver(reply)  # a caller may wait for it (the G-code console)
        if self.jobs.on_reply(key, reply):
            self._touch(key)
            self._sync_queue()

    def _apply_telemetry(self, batch: TapBatch) -> None:
        """What the telemetry process read: counted, and the newest of each printer shown."""
        c = self.counters
        c.received += batch.received + batch.dropped
        c.dropped += batch.dropped
        c.by_channel[Channel.TELEMETRY] = c.by_channel.get(Channel.TELEMETRY, 0) + batch.received
        for reason in batch.reasons:
            log.warning("dropped a message on %s", reason)
        self.fleet.apply_telemetry_batch(batch.latest)  # decoded when someone looks

    def _forget_retained(self, topic_name: str) -> bool:
        """An empty retained payload deletes a printer's state or an agent's presence."""
        try:
            topic = self.decoder.topic(topic_name)
        except TopicError:
            return False
        if topic.channel is Channel.STATUS:
            for key in self.fleet.apply_status(topic.agent, None):
                self._touch(key)
            return True
        if topic.channel is Channel.HIL and topic.printer is not None:
            forget_hil_report(self.store, printer_key(topic.agent, topic.printer))
            return True
        if topic.channel is Channel.STATE and topic.printer is not None:
            key = printer_key(topic.agent, topic.printer)
            self.fleet.remove(key)  # no state, no printer (see remove_printer)
            self._touch(key)
            return True
        return False

    def _on_status(self, agent: str, status: AgentStatus) -> None:
        for key in self.fleet.apply_status(agent, status):
            view = self.fleet.get(key)
            if view is not None and view.listed:
                self._rows.note(key, view.online, view.state)
            self._touch(key)

    def _on_state(self, agent: str, printer: str, state: PrinterState) -> None:
        view = self.fleet.apply_state(agent, printer, state)
        if view.state is not state or not view.listed:
            return  # an older snapshot than ours, or a printer its agent does not list
        self._rows.note(view.key, view.online, state)
        self.spools.on_report(view.key, state.spool)
        self._missed_ending(view.key, state)
        self.jobs.on_state(view)
        self._touch(view.key)

    def _missed_ending(self, key: str, state: PrinterState) -> None:
        """The snapshot names how the printer's last job ended. If the store still has
        that job active there, its ending event never reached us (QoS 1 ends at the
        broker: one restarted without persistence had no session of ours to queue it
        in): apply it now as that very event, seq and all, so history and effects are
        the event's, and a late copy of the event is dropped like any other copy."""
        ending = state.last_job
        if ending is None or self.jobs.by_printer.get(key) != ending.job_id:
            return
        job = self.jobs.active[ending.job_id]
        if ending.fencing_token != job.fencing_token:
            return  # an older assignment's end (the same job id requeued), or no token
        log.warning(
            "%s: the end of job %s (%s, event #%d) came only with the printer's state",
            key, ending.job_id, ending.type, ending.seq,
        )  # fmt: skip
        self._on_event(key, ending)

    def _on_event(self, key: str, event: Any) -> None:
        # Apply first, then record: a replay after a crash between the two still applies
        # (transitions are idempotent); the history's unique (printer, seq) drops copies.
        if self.jobs.on_event(key, event):
            self._touch(key)
        self.store.record_events(
            [{"kind": event.type, "job_id": getattr(event, "job_id", None),
              "printer_key": key, "agent_seq": event.seq,
              "detail": event.model_dump(mode="json")}]
        )  # fmt: skip

    # -- the queue -------------------------------------------------------------------------------
    def _sync_queue(self, *, full: bool = False) -> None:
        """Follow the store's queue: drop jobs others took, add jobs others queued.

        Reads only ids and times of change unless something is new or changed (`full`:
        re-read every record)."""
        if full:
            self.backlog.clear()
            self._queued.clear()
        for key in self.spools.load():  # changed by the API, or by another coordinator
            self._touch(key)
        self.sites.load()
        versions = queued_versions(self.store)  # a job edited elsewhere is read again
        ids = versions.keys()
        for job_id in self._queued.keys() - ids:
            self.dequeue(job_id)
        known = self._queued
        new = {i for i, at in versions.items() if i not in known or known[i].updated_at != at}
        if new:
            self.enqueue(self.store.get_jobs(new))
        self._queue_read_at = time.monotonic()

    def enqueue(self, jobs: list[JobRecord]) -> None:
        """New queued jobs (from the API; on the worker thread)."""
        for job in jobs:
            if job.state is JobState.QUEUED:
                self._queued[job.id] = job
                self.backlog.add(job.as_queued())
        self._dirty = True

    def dequeue(self, job_id: str) -> None:
        self._queued.pop(job_id, None)
        self.backlog.remove(job_id)

    # -- dispatch ------------------------------------------------------------------------------
    def request_dispatch(self) -> None:
        """Re-check every printer and run the dispatcher soon (on the worker thread)."""
        self._touched.update(self.fleet.keys())  # unlisted ones are not free: dropped
        self._touched.update(self._free)
        self._dirty = True

    def forget_printer(self, key: str) -> None:
        """A printer removed from service: out of the fleet and the rows written behind."""
        self.fleet.remove(key)
        self._rows.drop(key)
        self._touch(key)

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self._dirty = True

    def _refresh_free(self) -> None:
        held = self.holds.blocked()  # held, or a bed the store says to clear
        for key in self._touched:
            view = self.fleet.get(key)
            if view is None or not view.free or key in held or key in self.jobs.by_printer:
                self._free.pop(key, None)
                continue
            assert view.state is not None
            spool = self.spools.effective(key, view.state.spool)
            self._free[key] = PrinterView.from_state(
                view.agent, view.printer, view.state, online=True, assigned=False, spool=spool
            )
        self._touched.clear()

    def free_printers(self) -> list[PrinterView]:
        """Printers that could take a job now (online, idle, bed clear, unheld, unassigned)."""
        self._refresh_free()
        return sorted(self._free.values(), key=lambda p: p.key)

    def _dispatch(self) -> None:
        self._refresh_free()
        self._power_waiting = False
        if not self._queued or not self._free:
            return
        ordered = self.backlog.ordered(self.jobs.running_by_submitter())
        power = self.sites.shared_plan(self.fleet)  # in turn with other coordinators
        assignments = dispatch_ordered(ordered, list(self._free.values()), power)
        chosen = [self._choose(a.job_id, a.printer_key, a.variant) for a in assignments]
        claims = {
            c.job_id: c for c in claim_many(self.store, chosen, lease_s=self.config.timing.lease_s)
        }
        for job_id, key, variant in chosen:
            self._assign(job_id, key, variant, claims.get(job_id))
        left = self._free.keys() - {a.printer_key for a in assignments}
        self._power_waiting = bool(self._queued) and power.blocks_any(left)

    def _job_ended(self, job: JobRecord, outcome: JobState, message: str) -> None:
        self.metrics.ended(job, outcome, message)
        if outcome is JobState.DONE and job.printer_key is not None:  # its filament is used
            self.spools.job_done(job.printer_key, job.filament_g)

    def _choose(self, job_id: str, key: str, variant_index: int | None) -> Pick:
        """(job, printer, the job's variant the printer takes, or None)."""
        record = self._queued[job_id]
        variant = None if variant_index is None else record.variant(variant_index)
        return job_id, key, variant

    def _assign(self, job_id: str, key: str, variant: Variant | None, claim: Claim | None) -> None:
        """The round's choice of `key` for `job_id`, and its claim in the store (None:
        the job or the printer was taken meanwhile)."""
        record = self._queued[job_id]
        self.dequeue(job_id)
        self._touch(key)
        if variant is not None:  # the printer's class's slice becomes the job's file
            record = record.with_variant(variant)
        if claim is None:
            log.info("job %s or printer %s was taken meanwhile", job_id, key)
            self._queue_read_at = 0.0  # re-check the queue at the next tick
            return
        job = replace(
            record,
            state=JobState.ASSIGNED,
            printer_key=claim.printer_key,
            fencing_token=claim.fencing_token,
            lease_expires_at=claim.lease_expires_at,
        )
        self.jobs.assigned(job)
        self.jobs.send_start(job, renew=False)  # published after the claim's commit
        self.counters.dispatched += 1
        self.metrics.dispatched(record)

    # -- views for the API (any thread) ------------------------------------------------------
    def printers_live(self) -> list[LivePrinter]:
        return self.fleet.snapshot()
