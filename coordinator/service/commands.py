"""Commands to agents: build them (id, deadline), publish them, remember what awaits a reply.

Every command gets a fresh id and a deadline; an agent refuses one that arrives late,
and answers a repeated id with its first outcome, so re-sending is always safe. The
start commands in flight are remembered so that a reply, or its absence, can be acted on.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from agent.wire import (
    QOS,
    Cancel,
    Channel,
    EmergencyStop,
    MarkBedClear,
    Pause,
    Resume,
    SendGcode,
    StartJob,
    WireModel,
    encode,
    printer_topic,
    split_printer_key,
)

log = logging.getLogger(__name__)

Publish = Callable[[str, bytes, int], None]


@dataclass(frozen=True, slots=True)
class PendingStart:
    command_id: str
    job_id: str
    printer_key: str
    fencing_token: int
    sent_at: float  # monotonic
    deadline: float  # wall clock, as in the command


def new_command_id(kind: str) -> str:
    return f"c-{kind}-{int(time.time() * 1000):x}-{secrets.token_hex(4)}"


class CommandSender:
    """Publishes commands and tracks start commands until answered."""

    def __init__(self, publish: Publish, file_url: Callable[[str, str], str], ttl_s: float) -> None:
        self._publish = publish
        self._file_url = file_url
        self.ttl_s = ttl_s
        self._lock = threading.Lock()
        self.pending: dict[str, PendingStart] = {}  # command id -> start in flight
        self._by_job: dict[str, set[str]] = {}  # job id -> its command ids in `pending`

    def _send(self, key: str, command: WireModel) -> None:
        agent, printer = split_printer_key(key)
        topic = printer_topic(agent, printer, Channel.COMMANDS)
        self._publish(topic, encode(command), QOS[Channel.COMMANDS])

    def start_job(self, key: str, job_id: str, sha256: str, size: int, token: int) -> PendingStart:
        agent, _printer = split_printer_key(key)
        command = StartJob(
            id=new_command_id("start"),
            deadline=time.time() + self.ttl_s,
            job_id=job_id,
            sha256=sha256,
            size=size,
            url=self._file_url(sha256, agent),
            fencing_token=token,
        )
        pending = PendingStart(command.id, job_id, key, token, time.monotonic(), command.deadline)
        with self._lock:
            self.pending[command.id] = pending
            self._by_job.setdefault(job_id, set()).add(command.id)
        self._send(key, command)
        return pending

    def answered(self, command_id: str) -> PendingStart | None:
        with self._lock:
            pending = self.pending.pop(command_id, None)
            if pending is not None:
                ids = self._by_job.get(pending.job_id, set())
                ids.discard(command_id)
                if not ids:
                    self._by_job.pop(pending.job_id, None)
            return pending

    def forget_job(self, job_id: str) -> None:
        with self._lock:
            for cid in self._by_job.pop(job_id, ()):
                self.pending.pop(cid, None)

    def forget_all(self) -> None:
        with self._lock:
            self.pending.clear()
            self._by_job.clear()

    def starts_for(self, job_id: str) -> list[PendingStart]:
        with self._lock:
            return [self.pending[c] for c in self._by_job.get(job_id, ())]

    def unanswered(self, older_than_s: float) -> list[PendingStart]:
        """Start commands with no reply for `older_than_s` (to re-send or give up)."""
        cutoff = time.monotonic() - older_than_s
        with self._lock:
            return [p for p in self.pending.values() if p.sent_at < cutoff]

    def pause(self, key: str, job_id: str | None) -> str:
        command = Pause(
            id=new_command_id("pause"), deadline=time.time() + self.ttl_s, job_id=job_id
        )
        self._send(key, command)
        return command.id

    def resume(self, key: str, job_id: str | None) -> str:
        command = Resume(
            id=new_command_id("resume"), deadline=time.time() + self.ttl_s, job_id=job_id
        )
        self._send(key, command)
        return command.id

    def cancel(self, key: str, job_id: str | None) -> str:
        command = Cancel(
            id=new_command_id("cancel"), deadline=time.time() + self.ttl_s, job_id=job_id
        )
        self._send(key, command)
        return command.id

    def mark_bed_clear(self, key: str, by: str) -> str:
        command = MarkBedClear(
            id=new_command_id("clear"), deadline=time.time() + self.ttl_s, by=by[:64]
        )
        self._send(key, command)
        return command.id

    def emergency_stop(self, key: str, reason: str) -> str:
        command = EmergencyStop(
            id=new_command_id("estop"), deadline=time.time() + self.ttl_s, reason=reason[:256]
        )
        self._send(key, command)
        return command.id

    def send_gcode(self, key: str, line: str, command_id: str | None = None) -> str:
        """One line, checked again by the agent against its firmware profile's policy."""
        command = SendGcode(
            id=command_id or new_command_id("gcode"), deadline=time.time() + self.ttl_s, line=line
        )
        self._send(key, command)
        return command.id
