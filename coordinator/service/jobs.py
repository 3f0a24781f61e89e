"""The lifecycle of active jobs: what agents report, turned into store transitions.

Runs on the service's worker thread only. The store is the truth; `active` mirrors its
assigned and printing jobs so that a message does not cost a query. Every transition is
conditional in the store (state and fencing token), so handling a message twice (a
replay after a restart, a duplicated event) changes nothing the second time.

Rules that keep a job from being lost or printed twice:
- an assigned job whose start was never answered is sent again with the same job id and
  token: the agent's journal starts a job id at most once, so a re-send is harmless;
- only a refusal, or a start left unanswered past its deadline (an agent refuses a late
  command, see start_deadline.py), puts an assigned job back in the queue;
- a job whose agent went offline, or which the printer no longer reports without a final
  event, is interrupted (never re-queued by itself) and its printer held until cleared.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select

from agent.wire import (
    FailureCause,
    JobCancelled,
    JobFailed,
    JobFinished,
    JobStarted,
    PrinterStateName,
    RefusalReason,
    Reply,
    ReplyStatus,
)
from coordinator.service.commands import CommandSender
from coordinator.service.fleet import FleetView, LivePrinter
from coordinator.service.holds import Holds
from coordinator.service.start_deadline import StartDeadlines
from coordinator.store import ACTIVE_STATES, JobNotFoundError, JobRecord, JobState, Store
from coordinator.store.statements import JOBS

log = logging.getLogger(__name__)

# Refusals that mean "this job can never print anywhere": fail instead of re-queueing.
UNREACHABLE_ATTEMPTS = 3  # assignments whose file download failed before the job fails
FATAL_REFUSALS = frozenset({RefusalReason.FILE_ERROR, RefusalReason.UNSAFE, RefusalReason.INVALID})


_STARTED = frozenset({JobState.PRINTING, JobState.PAUSED})
_RUNNING = frozenset(
    {PrinterStateName.PRINTING, PrinterStateName.PAUSED, PrinterStateName.FINISHING}
)


@dataclass(frozen=True, slots=True)
class Timing:
    resend_after_s: float = 10.0  # a start command with no reply is sent again after this
    offline_grace_s: float = 3.0  # an agent offline this long loses its active jobs
    # ... unless the printer prints on without its agent (OctoPrint): a restarted agent
    # takes such a job over; only an agent away this long loses it.
    agentless_grace_s: float = 900.0
    # After the coordinator (re)connects, agents get this long to come back before their
    # absence counts: after a broker restart everyone reconnects with backoff (agents
    # back off up to 30 s), and Mosquitto sends every will when it shuts down.
    settle_s: float = 35.0
    vanish_grace_s: float = 10.0  # a printing job the printer stopped reporting, unended
    lease_s: float = 120.0
    # A start no reply, event or state acknowledged this long after the first send is
    # not sent again; once the last one's deadline (plus the clocks' possible skew) has
    # passed, the agent can no longer start it, and the job goes back to the queue.
    start_ack_s: float = 60.0
    clock_skew_s: float = 5.0


@dataclass(slots=True)
class _Watch:
    since: float  # monotonic time the suspicious condition was first seen


class JobTracker:
    def __init__(
        self,
        store: Store,
        fleet: FleetView,
        holds: Holds,
        commands: CommandSender,
        timing: Timing,
    ) -> None:
        self.store = store
        self.fleet = fleet
        self.holds = holds
        self.commands = commands
        self.timing = timing
        self.deadlines = StartDeadlines(timing.start_ack_s, timing.clock_skew_s)
        self.active: dict[str, JobRecord] = {}
        self._running: Counter[str] = Counter()  # active jobs per submitter
        self.by_printer: dict[str, str] = {}
        self._unstarted: set[str] = set()  # ids of active jobs still ASSIGNED
        self._by_agent: dict[str, set[str]] = {}  # agent -> ids of its active jobs
        self._offline_since: dict[str, float] = {}  # agent -> monotonic
        self._vanished: dict[str, _Watch] = {}  # job id -> when first not reported
        self.connected_since: float | None = None  # monotonic; None while disconnected
        # Told of every job's end (metrics); on the worker thread, inside its transaction.
        self.on_end: Callable[[JobRecord, JobState, str], None] = lambda *_: None
        self.on_start: Callable[[str], None] = lambda _job_id: None  # began printing
        self.load()

    # -- memory of active jobs -----------------------------------------------------------
    def load(self) -> None:
        """(Re)read the active jobs from the store: at start-up, after a restart."""
        self.active.clear()
        self._running.clear()
        self.by_printer.clear()
        self._unstarted.clear()
        self._by_agent.clear()
        self.deadlines.forget_all()  # starts are sent again, and watched from then on
        for job in self.store.list_jobs(ACTIVE_STATES):
            self._remember(job)

    def refresh(self) -> None:
        """Follow the jobs other coordinators assigned, started or ended meanwhile (the
        leader's clock watches them all). Reads ids, states and tokens; whole records
        only of what changed; what is unchanged keeps its commands and deadlines."""
        query = select(JOBS.c.id, JOBS.c.state, JOBS.c.fencing_token).where(
            JOBS.c.state.in_([str(s) for s in ACTIVE_STATES])
        )
        with self.store.session() as s:
            now = {row.id: (str(row.state), int(row.fencing_token)) for row in s.execute(query)}
        for job_id in self.active.keys() - now.keys():
            self._forget(job_id)
        changed = []
        for job_id, (state, token) in now.items():
            known = self.active.get(job_id)
            if known is None or (str(known.state), known.fencing_token) != (state, token):
                changed.append(job_id)
                if known is not None and known.fencing_token != token:
                    self._forget(job_id)  # another assignment: its own starts and deadline
        for job in self.store.get_jobs(changed):
            self._remember(job)

    def _remember(self, job: JobRecord) -> None:
        if job.state in ACTIVE_STATES and job.printer_key is not None:
            old = self.active.get(job.id)
            if old is not None:
                self._uncount(old)
            self._running[job.submitter] += 1
            self.active[job.id] = job
            self.by_printer[job.printer_key] = job.id
            self._by_agent.setdefault(_agent_of(job), set()).add(job.id)
            if job.state is JobState.ASSIGNED:
                self._unstarted.add(job.id)
            else:
                self._unstarted.discard(job.id)
        else:
            self._forget(job.id)

    def _uncount(self, job: JobRecord) -> None:
        self._running[job.submitter] -= 1
        if not self._running[job.submitter]:
            del self._running[job.submitter]

    def _forget(self, job_id: str) -> None:
        job = self.active.pop(job_id, None)
        self._unstarted.discard(job_id)
        if job is not None:
            self._uncount(job)
            ids = self._by_agent.get(_agent_of(job), set())
            ids.discard(job_id)
            if not ids:
                self._by_agent.pop(_agent_of(job), None)
        if job is not None and self.by_printer.get(job.printer_key or "") == job_id:
            del self.by_printer[job.printer_key or ""]
        self._vanished.pop(job_id, None)
        self.commands.forget_job(job_id)
        self.deadlines.forget(job_id)

    def _lookup(self, job_id: str) -> JobRecord | None:
        return self.active.get(job_id) or self._lookup_stored(job_id)

    def _lookup_stored(self, job_id: str) -> JobRecord | None:
        try:
            return self.store.get_job(job_id)
        except JobNotFoundError:
            return None

    def assigned(self, job: JobRecord) -> None:
        """A claim succeeded (the dispatcher calls this before sending start_job)."""
        self._remember(job)

    def running_by_submitter(self) -> Mapping[str, int]:
        """Assigned or printing jobs per submitter (the dispatcher's fairness input; kept
        as `active` changes: a dispatch round must not count ten thousand jobs)."""
        return self._running

    # -- transitions ---------------------------------------------------------------------
    def _started(self, job: JobRecord) -> None:
        if job.state is JobState.ASSIGNED and self.store.mark_printing(job.id, job.fencing_token):
            self._remember(replace(job, state=JobState.PRINTING))
            self.on_start(job.id)
            log.info("job %s printing on %s", job.id, job.printer_key)
        elif job.state is JobState.ASSIGNED:  # another coordinator was first: follow it
            current = self._lookup_stored(job.id)
            self._remember(current) if current is not None else self._forget(job.id)
        self.commands.forget_job(job.id)
        self.deadlines.forget(job.id)

    def _end(self, job: JobRecord, outcome: JobState, message: str = "") -> bool:
        ended = self.store.finish(job.id, job.fencing_token, outcome, message=message)
        if ended:
            log.info("job %s %s on %s %s", job.id, outcome, job.printer_key, message)
            self.on_end(job, outcome, message)
        self._forget(job.id)
        return ended

    def interrupt(self, job: JobRecord, reason: str) -> None:
        """End a job whose outcome nobody knows; its printer waits for a person."""
        if self._end(job, JobState.INTERRUPTED, reason):
            self._hold(job, reason)

    def _hold(self, job: JobRecord, reason: str) -> None:
        """The printer of `job` takes no job until a person clears it."""
        if job.printer_key is not None:
            self.holds.hold(job.printer_key, job.id, reason)
            self.store.record_events(
                [{"kind": "held", "job_id": job.id, "printer_key": job.printer_key,
                  "detail": {"reason": reason}}]
            )  # fmt: skip

    def requeue_refused(self, job: JobRecord, reason: str) -> bool:
        """The agent refused the start: the job never ran there, so it may go elsewhere."""
        current = self.active.get(job.id)
        if current is None or current.fencing_token != job.fencing_token:
            return False  # a stale refusal of an older assignment
        self._forget(job.id)
        return self.store.requeue(job.id, reason=reason)

    # -- what agents report --------------------------------------------------------------
    def on_event(self, key: str, event: object) -> bool:
        """Apply a job event of printer `key`; True when a printer may have become free."""
        if not isinstance(event, JobStarted | JobFinished | JobFailed | JobCancelled):
            return False
        job = self._lookup(event.job_id)
        if job is None:
            log.warning("%s reported %s for unknown job %s", key, event.type, event.job_id)
            return False
        if job.printer_key != key:
            log.error(
                "%s reported %s for job %s, which is assigned to %s; ignored",
                key, event.type, job.id, job.printer_key,
            )  # fmt: skip
            return False
        if isinstance(event, JobStarted):
            if event.fencing_token == job.fencing_token:
                self._started(job)
            else:
                log.warning("job %s started with stale token %d", job.id, event.fencing_token)
            return False
        if job.state not in ACTIVE_STATES:
            return False
        if isinstance(event, JobFailed) and event.cause is FailureCause.AGENT_RESTART:
            self.interrupt(job, f"agent restarted mid-print: {event.message}")
            return True
        if isinstance(event, JobFailed) and event.cause is FailureCause.FILE_UNREACHABLE:
            return self._file_unreachable(job, key, event.message)
        outcome, message = _outcome(event)
        # A failure before the first line (file error) left nothing on the bed; a job
        # the agent started (printing, or finished/cancelled: sent only after a start) did.
        printed = job.state is JobState.PRINTING or not isinstance(event, JobFailed)
        if self._end(job, outcome, message) and printed:
            self._leave_part(job, outcome)
        return True

    def _file_unreachable(self, job: JobRecord, key: str, message: str) -> bool:
        """The agent could not download the job's file (nothing printed): back to the queue,
        as a coordinator restarting or a network blip would have it, but not for ever: a
        wrong public URL fails every try."""
        tries = self.store.get_job(job.id).attempts  # the claims so far (the cache may lag)
        if job.state is JobState.ASSIGNED and tries < UNREACHABLE_ATTEMPTS:
            return self.requeue_refused(job, f"{key} could not download the file: {message}")
        reason = f"{key} could not download the file ({tries} tries): {message}"
        return self._end(job, JobState.FAILED, reason)

    def _leave_part(self, job: JobRecord, outcome: JobState) -> None:
        """A job that printed ended: its part (whole or not) is on the bed until a person
        clears it, unless the printer ejected it (done, on a printer that ejects parts)."""
        if job.printer_key is None:
            return
        view = self.fleet.get(job.printer_key)
        ejects = view is not None and view.state is not None and view.state.ejects_parts
        if outcome is JobState.DONE and ejects:
            return
        self.holds.needs_clearing(job.printer_key)

    def on_reply(self, key: str, reply: Reply) -> bool:
        """A reply to a start command; True when the job went back to the queue."""
        pending = self.commands.answered(reply.command_id)
        if pending is None or pending.printer_key != key:
            return False  # a reply to pause/cancel/clear, or a late duplicate
        job = self.active.get(pending.job_id)
        if job is None or job.fencing_token != pending.fencing_token:
            return False
        self.deadlines.acknowledged(job.id)
        if reply.status in (ReplyStatus.ACCEPTED, ReplyStatus.DONE):
            return False  # JobStarted (or the printer's state) confirms the start
        if reply.code is RefusalReason.ALREADY_STARTED:
            log.info("job %s already started on %s; following its events", job.id, key)
            return False
        view = self.fleet.get(key)
        if view is not None and view.job_id == job.id:
            self._started(job)  # it is printing it (a re-sent start refused as busy)
            return False
        reason = f"{key} refused: {reply.code or reply.status} {reply.reason}".strip()
        if reply.status is ReplyStatus.REFUSED and reply.code not in FATAL_REFUSALS:
            return self.requeue_refused(job, reason)
        self._end(job, JobState.FAILED, reason)
        return True

    def on_state(self, view: LivePrinter) -> None:
        """Match a printer's snapshot against the job the store gave it."""
        job_id = self.by_printer.get(view.key)
        if job_id is None or view.state is None:
            return
        job = self.active[job_id]
        if view.job_id == job.id:
            self._vanished.pop(job.id, None)
            if job.state is JobState.ASSIGNED:
                self._started(job)
            self._follow_pause(self.active.get(job.id, job), view.state.state)
        elif job.state in _STARTED and view.state.state in (
            PrinterStateName.IDLE,
            PrinterStateName.ERROR,
        ):
            self._vanished.setdefault(job.id, _Watch(time.monotonic()))

    def _follow_pause(self, job: JobRecord, printer: PrinterStateName) -> None:
        """The job is paused exactly while its printer says so."""
        if job.state not in _STARTED or printer not in _RUNNING:
            return
        paused = printer is PrinterStateName.PAUSED
        if paused != (job.state is JobState.PAUSED) and self.store.set_paused(
            job.id, job.fencing_token, paused
        ):
            state = JobState.PAUSED if paused else JobState.PRINTING
            self._remember(replace(job, state=state))
            log.info("job %s %s on %s", job.id, state, job.printer_key)

    # -- the clock -----------------------------------------------------------------------
    def tick(self) -> bool:
        """Re-send, interrupt or give up as time passes; True if printers may be free."""
        freed = self._interrupt_offline()
        freed |= self._interrupt_vanished()
        freed |= self._requeue_unanswered()
        self._resend_starts()
        return freed

    def _interrupt_offline(self) -> bool:
        now = time.monotonic()
        if self.connected_since is None or now - self.connected_since < self.timing.settle_s:
            self._offline_since.clear()  # presence is stale or settling: judge nobody yet
            return False
        freed = False
        for agent in list(self._by_agent):
            if self.fleet.agent_online(agent):
                self._offline_since.pop(agent, None)
                continue
            since = self._offline_since.setdefault(agent, now)
            if now - since < self.timing.offline_grace_s:
                continue
            for job in [self.active[job_id] for job_id in self._by_agent.get(agent, ())]:
                if not self._prints_on(job):
                    self.interrupt(job, f"agent {agent} went offline during the job")
                    freed = True
                elif now - since >= self.timing.agentless_grace_s:
                    self.interrupt(
                        job,
                        f"agent {agent} offline for {self.timing.agentless_grace_s / 60:.0f} "
                        "min; its printer may still be printing: check it before clearing",
                    )
                    freed = True
        return freed

    def _prints_on(self, job: JobRecord) -> bool:
        """Whether the job's printer said it prints on without its agent."""
        view = self.fleet.get(job.printer_key) if job.printer_key else None
        return bool(view and view.state and view.state.prints_without_agent)

    def _interrupt_vanished(self) -> bool:
        now = time.monotonic()
        late = [
            job_id
            for job_id, watch in self._vanished.items()
            if now - watch.since >= self.timing.vanish_grace_s
        ]
        for job_id in late:
            job = self.active.get(job_id)
            view = self.fleet.get(job.printer_key) if job and job.printer_key else None
            if job is None or view is None or view.job_id == job_id or not view.online:
                self._vanished.pop(job_id, None)
                continue
            self.interrupt(job, "the printer stopped reporting the job without an outcome")
        return bool(late)

    def _requeue_unanswered(self) -> bool:
        """Assigned jobs whose agent can no longer start them go back to the queue."""
        requeued = False
        for job_id in self.deadlines.expired():
            job = self.active.get(job_id)
            if job is None or job.state is not JobState.ASSIGNED:
                self.deadlines.forget(job_id)
                continue
            view = self.fleet.get(job.printer_key or "")
            if view is not None and view.job_id == job_id:
                self._started(job)  # its state shows the job: that is an answer
                continue
            reason = (
                f"no answer from {job.printer_key} to the start in {self.timing.start_ack_s:g} s"
            )
            log.warning("job %s: %s; back to the queue, the printer held", job_id, reason)
            if self.requeue_refused(job, reason):
                self._hold(job, reason)  # not again to a printer that does not answer
                requeued = True
        return requeued

    def _resend_starts(self) -> None:
        """Assigned jobs with no start in flight (after a restart) or none answered."""
        stale = {p.job_id for p in self.commands.unanswered(self.timing.resend_after_s)}
        for job in [self.active[job_id] for job_id in self._unstarted]:
            if job.printer_key is None:
                continue
            view = self.fleet.get(job.printer_key)
            if view is None or not view.online:
                continue  # its state will show whether it has the job; wait for it
            if not self.deadlines.may_send(job.id):
                continue  # given up: requeued once the last start's deadline is past
            if job.id in stale or (
                not self.commands.starts_for(job.id) and self._claimed_long_ago(job)
            ):
                self.commands.forget_job(job.id)
                self.send_start(job)

    def _claimed_long_ago(self, job: JobRecord) -> bool:
        """Whether a start the claimer sent (this coordinator before a restart, or
        another) would have been answered by now: only then is one sent again."""
        return time.time() - job.updated_at >= self.timing.resend_after_s

    def send_start(self, job: JobRecord, *, renew: bool = True) -> None:
        assert job.printer_key is not None
        if renew:  # a re-send: the claim's lease may be running out
            self.store.renew_lease(job.id, job.fencing_token, lease_s=self.timing.lease_s)
        pending = self.commands.start_job(
            job.printer_key, job.id, job.file_sha256, job.file_size, job.fencing_token
        )
        self.deadlines.sent(job.id, pending.deadline)


def _outcome(event: JobFinished | JobFailed | JobCancelled) -> tuple[JobState, str]:
    if isinstance(event, JobFinished):
        return JobState.DONE, ""
    if isinstance(event, JobCancelled):
        return JobState.CANCELLED, "cancelled"
    return JobState.FAILED, f"{event.cause}: {event.message}"


def _agent_of(job: JobRecord) -> str:
    return (job.printer_key or "").partition("/")[0]
