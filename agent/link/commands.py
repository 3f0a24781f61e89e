"""Commands from `<agent>/<printer>/commands`: checked, de-duplicated, carried out, answered.

paho's thread only decodes and queues (`submit`); a worker thread carries commands out
in arrival order. A start_job runs on a thread of its own (the download may take
minutes) while the printer's `starting` lock keeps a second start out; every other
command returns at once, so an emergency stop is never stuck behind a download.

Order of checks: a known id gets its first answer again and nothing else happens; then
the deadline; then the command. Malformed, oversized or foreign messages are logged and
dropped without an answer (there may be no id to answer to).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass
from functools import partial

from agent.link.hub import Hub, PrinterNode
from agent.link.jobs import JobFileError, JobFiles, JobFileUnreachable
from agent.link.printer import JobTicket
from agent.link.recent import RecentCommands
from agent.session import JobFileRefused, SessionError
from agent.session_model import JobRefused
from agent.session_model import PrinterState as SessionState
from agent.wire import (
    BedCleared,
    Cancel,
    Channel,
    Command,
    EmergencyStop,
    FailureCause,
    GcodeOutput,
    JobFailed,
    MarkBedClear,
    Pause,
    RefusalReason,
    Reply,
    ReplyStatus,
    Resume,
    SendGcode,
    SetTemperature,
    StartJob,
    WireError,
    decode,
)

log = logging.getLogger(__name__)
# How long a send_gcode waits for its line's `ok` before it answers with what came so far
# (the coordinator's HTTP route waits a little longer: see coordinator/service).
CONSOLE_WAIT_S = 8.0


@dataclass(frozen=True, slots=True)
class _Incoming:
    printer: str
    command: Command


def _reply(
    command: Command,
    status: ReplyStatus,
    code: RefusalReason | None = None,
    reason: str = "",
    job_id: str | None = None,
    *,
    output: GcodeOutput | None = None,
) -> Reply:
    return Reply(
        command_id=command.id,
        status=status,
        ts=time.time(),
        code=code,
        reason=reason[:1024],
        job_id=job_id,
        output=output,
    )


def _refused(command: Command, code: RefusalReason, reason: str) -> Reply:
    return _reply(command, ReplyStatus.REFUSED, code, reason, getattr(command, "job_id", None))


def _failed_event(start: StartJob, cause: FailureCause, message: str, seq: int) -> JobFailed:
    return JobFailed(
        seq=seq, ts=time.time(), job_id=start.job_id, fencing_token=start.fencing_token,
        cause=cause, message=message,
    )  # fmt: skip


def temperature_line(command: SetTemperature) -> str:
    """`T1` -> `M104 T1 S..`, `T` -> `M104 S..` (active tool), `B` -> M140, `C` -> M141."""
    target = f"S{command.target:g}"
    if command.heater == "B":
        return f"M140 {target}"
    if command.heater == "C":
        return f"M141 {target}"
    tool = command.heater[1:]
    return f"M104 T{tool} {target}" if tool else f"M104 {target}"


class CommandHandler:
    def __init__(self, hub: Hub, recent: RecentCommands, jobs: JobFiles) -> None:
        self._hub = hub
        self._recent = recent
        self._jobs = jobs
        self._queue: queue.SimpleQueue[_Incoming | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    # -- intake (paho's thread) ----------------------------------------------------------
    def submit(self, topic: str, payload: bytes) -> None:
        try:
            message = decode(topic, payload)
        except WireError as e:
            log.warning("dropped a message on %s: %s (%s)", topic[:200], e, e.kind)
            return
        where = message.topic
        if where.channel is not Channel.COMMANDS or where.agent != self._hub.agent_id:
            log.warning("dropped a message on %s: not a command for this agent", topic[:200])
            return
        if where.printer not in self._hub.nodes:
            log.warning("dropped a command for unknown printer %r", where.printer)
            return
        self._queue.put(_Incoming(where.printer, message.body))

    # -- worker ----------------------------------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="commands", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout_s)

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            try:
                self._handle(item.printer, item.command)
            except Exception as e:  # one bad command must not end command handling
                log.exception("command %s on %s failed unexpectedly", item.command.id, item.printer)
                failed = _reply(
                    item.command, ReplyStatus.FAILED, RefusalReason.INVALID, f"agent error: {e}"
                )
                self._recent.update(item.printer, failed)
                self._hub.reply(item.printer, failed)

    def _handle(self, printer: str, command: Command) -> None:
        known = self._recent.get(printer, command.id)
        if known is not None:
            log.info("command %s seen before: repeating its reply, doing nothing", command.id)
            self._hub.reply(printer, known)
            return
        node = self._hub.nodes[printer]
        if command.expired(time.time()):
            reply = _refused(command, RefusalReason.EXPIRED, "arrived after its deadline")
        elif isinstance(command, StartJob):
            reply = self._start_job(node, command)
        elif isinstance(command, SendGcode):
            answering = self._send_gcode(node, command)
            if answering is None:
                return  # answered by its own thread
            reply = answering
        else:
            reply = self._immediate(node, command)
        if self._recent.claim(printer, reply) is None:
            self._hub.reply(printer, reply)

    def _immediate(self, node: PrinterNode, command: Command) -> Reply:
        """Every command but start_job: carried out now, answered done or refused."""
        session = node.session
        job = session.snapshot().job
        current_job = job.job_id if job else None
        wanted = getattr(command, "job_id", None)
        if wanted is not None and wanted != current_job:
            return _refused(command, RefusalReason.WRONG_JOB, f"the current job is {current_job}")
        try:
            if isinstance(command, Pause):
                session.pause()
            elif isinstance(command, Resume):
                session.resume()
            elif isinstance(command, Cancel):
                return self._cancel(node, command, current_job)
            elif isinstance(command, EmergencyStop):
                session.emergency_stop()
            elif isinstance(command, SetTemperature):
                line = temperature_line(command)
                refusal = session.remote_refusal(line)  # the profile's and agent.toml's rules
                if refusal is not None:
                    return _refused(command, RefusalReason.UNSAFE, str(refusal))
                session.console_answer(session.send_line(line), 0.0)  # nobody reads its answer
            elif isinstance(command, MarkBedClear):
                session.mark_bed_clear()
                self._jobs.record_bed(node.id, True, by=command.id)  # before the reply
                self._hub.emit(
                    node.id, lambda seq: BedCleared(seq=seq, ts=time.time(), by_command=command.id)
                )
        except SessionError as e:
            return _refused(command, self._state_code(node), str(e))
        return _reply(command, ReplyStatus.DONE, job_id=current_job)

    # -- send_gcode ----------------------------------------------------------------------
    def _send_gcode(self, node: PrinterNode, command: SendGcode) -> Reply | None:
        """Checked and sent now, in order with the commands before it; answered (done,
        with the firmware's lines until its `ok`) from a thread of its own, so the worker
        is free meanwhile: an emergency stop never waits behind a G28. A refusal is
        returned at once; None when the thread will answer."""
        job = node.session.snapshot().job
        current_job = job.job_id if job else None
        refusal = node.session.remote_refusal(command.line)  # the profile's and agent.toml's
        if refusal is not None:
            return _refused(command, RefusalReason.UNSAFE, str(refusal))
        try:
            token = node.session.send_line(command.line)
        except SessionError as e:
            return _refused(command, self._state_code(node), str(e))
        # Claimed before the thread runs, so a copy arriving meanwhile is a repeat.
        self._recent.claim(node.id, _reply(command, ReplyStatus.ACCEPTED, job_id=current_job))
        threading.Thread(
            target=self._answer_gcode,
            args=(node, command, token, current_job),
            name=f"gcode-{node.id}",
            daemon=True,
        ).start()
        return None

    def _answer_gcode(
        self, node: PrinterNode, command: SendGcode, token: int, current_job: str | None
    ) -> None:
        try:
            answer = node.session.console_answer(token, CONSOLE_WAIT_S)
            output = GcodeOutput(
                lines=answer.lines, complete=answer.complete, truncated=answer.truncated,
                note=answer.note[:256],
            )  # fmt: skip
            reply = _reply(command, ReplyStatus.DONE, job_id=current_job, output=output)
        except Exception as e:  # the command must get an answer whatever went wrong
            log.exception("send_gcode %s failed unexpectedly", command.id)
            reply = _reply(command, ReplyStatus.FAILED, RefusalReason.INVALID, f"agent error: {e}")
        self._recent.update(node.id, reply)
        self._hub.reply(node.id, reply)

    def _cancel(self, node: PrinterNode, command: Cancel, current_job: str | None) -> Reply:
        if current_job is not None:
            node.bridge.cancelled_by[current_job] = command.id  # read by the hub thread
        try:
            node.session.cancel(f"cancelled by command {command.id}")
        except SessionError as e:
            if current_job is not None:
                node.bridge.cancelled_by.pop(current_job, None)
            return _refused(command, self._state_code(node), str(e))
        return _reply(command, ReplyStatus.DONE, job_id=current_job)

    @staticmethod
    def _state_code(node: PrinterNode) -> RefusalReason:
        state = node.session.snapshot().state
        if state in (SessionState.OFFLINE, SessionState.CONNECTING):
            return RefusalReason.OFFLINE
        return RefusalReason.NOT_IDLE

    # -- start_job -----------------------------------------------------------------------
    def _start_job(self, node: PrinterNode, command: StartJob) -> Reply:
        """Check what can be checked now; accept and go on in a thread, or refuse."""
        refusal = self._start_refusal(node, command)
        if refusal is not None:
            return refusal
        if not node.starting.acquire(blocking=False):
            if node.fetching == command.job_id:  # re-sent (a new command id) mid-download
                return _reply(command, ReplyStatus.ACCEPTED, None, "being fetched", command.job_id)
            return _refused(command, RefusalReason.BUSY, "another job is being fetched")
        node.fetching = command.job_id
        accepted = _reply(command, ReplyStatus.ACCEPTED, job_id=command.job_id)
        # Claimed before the thread runs, so a copy arriving mid-download is a repeat.
        self._recent.claim(node.id, accepted)
        self._hub.reply(node.id, accepted)
        threading.Thread(
            target=self._fetch_and_start, args=(node, command), name=f"start-{node.id}", daemon=True
        ).start()
        return accepted

    def _start_refusal(self, node: PrinterNode, command: StartJob) -> Reply | None:
        if self._jobs.already_started(command.job_id):
            return _refused(
                command, RefusalReason.ALREADY_STARTED, "this job id was started before"
            )
        snapshot = node.session.snapshot()
        if snapshot.state in (SessionState.OFFLINE, SessionState.CONNECTING):
            return _refused(command, RefusalReason.OFFLINE, f"printer is {snapshot.state}")
        if snapshot.state is not SessionState.IDLE:
            return _refused(command, RefusalReason.NOT_IDLE, f"printer is {snapshot.state}")
        if not snapshot.bed_clear:
            return _refused(
                command, RefusalReason.BED_NOT_CLEAR, "the bed is not clear: mark it clear first"
            )
        return None

    def _fetch_and_start(self, node: PrinterNode, command: StartJob) -> None:
        try:
            reply = self._fetch_and_start_locked(node, command)
        except Exception as e:  # the command must get an answer whatever went wrong
            log.exception("start_job %s failed unexpectedly", command.id)
            job = node.session.snapshot().job
            running = job is not None and job.job_id == command.job_id
            reply = _reply(
                command, ReplyStatus.FAILED, RefusalReason.INVALID, str(e), command.job_id
            )
            if not running:
                self._job_failed(node, command, FailureCause.OTHER, f"agent error: {e}")
        finally:
            # Cleared before the lock: once the job is recorded as started, a copy gets
            # `already_started`; if it never started, `busy` lets it go elsewhere.
            node.fetching = None
            node.starting.release()
        self._recent.update(node.id, reply)
        self._hub.reply(node.id, reply)

    def _fetch_and_start_locked(self, node: PrinterNode, command: StartJob) -> Reply:
        try:
            path = self._jobs.fetch(command)
        except JobFileError as e:
            unreachable = isinstance(e, JobFileUnreachable)
            cause = FailureCause.FILE_UNREACHABLE if unreachable else FailureCause.FILE_ERROR
            self._job_failed(node, command, cause, str(e))
            return _reply(
                command, ReplyStatus.FAILED, RefusalReason.FILE_ERROR, str(e), command.job_id
            )
        refusal = self._start_refusal(node, command)  # the printer may have changed meanwhile
        if refusal is not None:
            return refusal.model_copy(update={"status": ReplyStatus.FAILED})
        if not self._jobs.record_start(command, node.id):
            return _reply(
                command, ReplyStatus.FAILED, RefusalReason.ALREADY_STARTED, "", command.job_id
            )
        node.bridge.tickets[command.job_id] = JobTicket(command.sha256, command.fencing_token)
        try:
            node.session.start_print(path, command.job_id)
        except SessionError as e:
            node.bridge.tickets.pop(command.job_id, None)
            self._jobs.record_end(command.job_id, "failed")
            # Refused before its first line: the journal's start marked a part that was
            # never made; the bed is as the person left it (clear, or start was refused).
            if node.session.snapshot().bed_clear:
                self._jobs.record_bed(node.id, True, by="not started")
            refused_file = isinstance(e, JobFileRefused)
            cause = FailureCause.FILE_ERROR if refused_file else FailureCause.OTHER
            self._job_failed(node, command, cause, str(e))
            code = RefusalReason.FILE_ERROR if refused_file else self._state_code(node)
            if isinstance(e, JobRefused):  # a line breaks a safety limit or the policy
                code = RefusalReason.UNSAFE
            return _reply(command, ReplyStatus.FAILED, code, str(e), command.job_id)
        return _reply(command, ReplyStatus.DONE, reason="printing", job_id=command.job_id)

    def _job_failed(
        self, node: PrinterNode, command: StartJob, cause: FailureCause, message: str
    ) -> None:
        """An accepted job that will not run here: say so in a job_failed event. The
        coordinator settles an accepted start by its events, not by a later reply, and
        the outbox delivers an event even across a broker outage."""
        self._hub.emit(node.id, partial(_failed_event, command, cause, message[:1024]))
