"""Simulated agents that speak the v1 wire contract over real MQTT (no serial, no files).

For coordinator tests and benchmarks/fleet.py. Each `SimAgent` is one paho client (its
own broker user, will and subtree) driving one or more `SimPrinter`s: a start_job is
accepted, "prints" for `print_s` seconds (on the agent's timer thread), then finishes
and leaves the bed dirty until a mark_bed_clear. Like the real agent it keeps a journal:
a job id starts at most once, and a repeated command id gets its first reply again.
`started` records every start, so a test can prove nothing was printed twice.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion
from paho.mqtt.properties import Properties
from paho.mqtt.reasoncodes import ReasonCode

from agent.wire import (
    QOS,
    AgentStatus,
    BuildVolume,
    Capabilities,
    Channel,
    FailureCause,
    JobFailed,
    JobFinished,
    JobProgress,
    JobStarted,
    MarkBedClear,
    Presence,
    PrinterState,
    PrinterStateName,
    RefusalReason,
    Reply,
    ReplyStatus,
    StartJob,
    Telemetry,
    Temperature,
    WireError,
    agent_commands_filter,
    encode,
    parse_command,
    parse_topic,
    printer_topic,
    status_topic,
)
from agent.wire.spools import FilamentSpool


@dataclass
class SimPrinter:
    printer_id: str
    print_s: float = 0.5
    volume: tuple[float, float, float] = (220.0, 220.0, 250.0)
    firmware: str = "marlin"
    nozzle_diameter: float = 0.4
    tags: tuple[str, ...] = ()
    site: str | None = None  # as agent.toml's `site = "..."` would report it
    material: str | None = "pla"
    state: PrinterStateName = PrinterStateName.IDLE
    bed_clear: bool = True
    job: StartJob | None = None
    job_started_at: float = 0.0
    started: list[str] = field(default_factory=list)  # job ids, in start order
    finished: list[str] = field(default_factory=list)
    seq: int = 0
    last_job: JobFinished | None = None  # the last ending event, in every snapshot
    spool: FilamentSpool | None = None  # as agent.toml's `spool = {...}` would report it
    prints_without_agent: bool = False  # as an OctoPrint printer reports it
    unreachable_downloads: int = 0  # starts whose file download fails (as if unreachable)
    heats: bool = False  # a started job heats (targets not reached) until `heat_done`
    heated: bool = False

    def snapshot(self) -> PrinterState:
        job = None
        if self.job is not None:
            elapsed = time.monotonic() - self.job_started_at
            job = JobProgress(
                job_id=self.job.job_id,
                file_sha256=self.job.sha256,
                progress=min(1.0, elapsed / self.print_s) if self.print_s else 1.0,
                elapsed_s=elapsed,
            )
        x, y, z = self.volume
        return PrinterState(
            ts=time.time(),
            state=self.state,
            job=job,
            temperatures=self._temperatures(job is not None),
            capabilities=Capabilities(firmware=self.firmware),
            profile=self.firmware,
            tags=self.tags,
            site=self.site,
            material=self.material,
            nozzle_diameter=self.nozzle_diameter,
            build_volume=BuildVolume(x=x, y=y, z=z),
            bed_clear=self.bed_clear,
            last_job=self.last_job,
            spool=self.spool,
            prints_without_agent=self.prints_without_agent,
        )

    def _temperatures(self, printing: bool) -> dict[str, Temperature]:
        if not (self.heats and printing):
            return {"T0": Temperature(actual=210.0 if printing else 25.0, target=None)}
        bed, hotend = (60.0, 215.0) if self.heated else (25.0, 25.0)
        return {
            "B": Temperature(actual=bed, target=60.0),
            "T0": Temperature(actual=hotend, target=215.0),
        }


class SimAgent:
    """One simulated agent process-part: a paho client and its printers."""

    def __init__(
        self,
        agent_id: str,
        host: str,
        port: int,
        printers: list[SimPrinter],
        *,
        password: str | None = None,
        external_loop: bool = False,
        on_start: Callable[[str, StartJob], None] | None = None,
    ) -> None:
        self.agent_id = agent_id
        self.printers = {p.printer_id: p for p in printers}
        self.host, self.port = host, port
        self.on_start = on_start
        self.replies: dict[str, Reply] = {}  # command id -> first reply (the journal)
        self.journal: set[str] = set()  # job ids ever started
        self.lock = threading.RLock()
        self.connected = threading.Event()
        self.paused = False  # True: ignore commands (a hung agent)
        self.received: list[str] = []  # the type of every command it read, in order
        self.client = mqtt.Client(
            CallbackAPIVersion.VERSION2, client_id=f"sim-{agent_id}", protocol=mqtt.MQTTv311
        )
        if password is not None:
            self.client.username_pw_set(agent_id, password)
        offline = AgentStatus(presence=Presence.OFFLINE)
        self.client.will_set(status_topic(agent_id), encode(offline), qos=1, retain=True)
        self.client.reconnect_delay_set(0.2, 1.0)  # type: ignore[arg-type]  # floats work
        self.client.on_connect = self._on_connect
        self.client.on_disconnect = self._on_disconnect
        self.client.on_message = self._on_message
        self._external = external_loop
        self._timers: list[threading.Timer] = []

    # -- connection ------------------------------------------------------------------------
    def start(self) -> None:
        self.client.connect_async(self.host, self.port, keepalive=10)
        if not self._external:
            self.client.loop_start()

    def stop(self, graceful: bool = True) -> None:
        for timer in self._timers:
            timer.cancel()
        if graceful and self.connected.is_set():
            offline = AgentStatus(presence=Presence.OFFLINE)
            self.client.publish(status_topic(self.agent_id), encode(offline), 1, retain=True)
        self.client.disconnect()
        if not self._external:
            self.client.loop_stop()

    def _on_connect(
        self, client: mqtt.Client, _u: object, _f: object, rc: ReasonCode, _p: Properties | None
    ) -> None:
        if rc.is_failure:
            return
        client.subscribe(agent_commands_filter(self.agent_id), qos=1)
        status = AgentStatus(
            presence=Presence.ONLINE, printers=tuple(self.printers), since=time.time()
        )
        client.publish(status_topic(self.agent_id), encode(status), qos=1, retain=True)
        with self.lock:
            for printer in self.printers.values():
                self.publish_state(printer)
        self.connected.set()

    def _on_disconnect(self, *_args: object) -> None:
        self.connected.clear()

    # -- publishing ----------------------------------------------------------------------------
    def _topic(self, printer: SimPrinter, channel: Channel) -> str:
        return printer_topic(self.agent_id, printer.printer_id, channel)

    def publish_state(self, printer: SimPrinter) -> None:
        self.client.publish(
            self._topic(printer, Channel.STATE), encode(printer.snapshot()), qos=1, retain=True
        )

    def publish_telemetry(self, printer: SimPrinter) -> None:
        snap = printer.snapshot()
        telemetry = Telemetry(
            ts=snap.ts,
            state=snap.state,
            temperatures=snap.temperatures,
            job_id=snap.job.job_id if snap.job else None,
            progress=snap.job.progress if snap.job else None,
        )
        self.client.publish(self._topic(printer, Channel.TELEMETRY), encode(telemetry), qos=0)

    def _event(self, printer: SimPrinter, event: JobStarted | JobFinished | JobFailed) -> None:
        self.client.publish(self._topic(printer, Channel.EVENTS), encode(event), qos=1)

    def _reply(self, printer: SimPrinter, reply: Reply) -> None:
        self.replies.setdefault(reply.command_id, reply)
        self.client.publish(
            self._topic(printer, Channel.REPLIES), encode(reply), qos=QOS[Channel.REPLIES]
        )

    # -- commands ------------------------------------------------------------------------------
    def _on_message(self, _c: mqtt.Client, _u: object, msg: mqtt.MQTTMessage) -> None:
        if self.paused:
            return
        try:
            topic = parse_topic(msg.topic)
            command = parse_command(bytes(msg.payload))
        except (WireError, ValueError):
            return  # a real agent logs this; the simulator only ignores it
        self.received.append(command.type)
        printer = self.printers.get(topic.printer or "")
        if printer is None:
            return
        with self.lock:
            if command.id in self.replies:
                self._reply(printer, self.replies[command.id])
                return
            now = time.time()
            if command.expired(now):
                self._refuse(printer, command.id, RefusalReason.EXPIRED)
            elif isinstance(command, StartJob):
                self._start(printer, command)
            elif isinstance(command, MarkBedClear):
                printer.bed_clear = True
                self._reply(printer, Reply(command_id=command.id, status=ReplyStatus.DONE, ts=now))
                self.publish_state(printer)
            else:
                self._refuse(printer, command.id, RefusalReason.UNSUPPORTED)

    def _refuse(self, printer: SimPrinter, command_id: str, code: RefusalReason) -> None:
        reply = Reply(command_id=command_id, status=ReplyStatus.REFUSED, ts=time.time(), code=code)
        self._reply(printer, reply)

    def _accept(self, printer: SimPrinter, command: StartJob) -> None:
        """Reply `accepted` to a start; the next event's sequence number is taken."""
        reply = Reply(
            command_id=command.id, status=ReplyStatus.ACCEPTED, ts=time.time(),
            job_id=command.job_id,
        )  # fmt: skip
        self._reply(printer, reply)
        printer.seq += 1

    def _start(self, printer: SimPrinter, command: StartJob) -> None:
        if command.job_id in self.journal:
            self._refuse(printer, command.id, RefusalReason.ALREADY_STARTED)
            return
        if printer.state is not PrinterStateName.IDLE or printer.job is not None:
            self._refuse(printer, command.id, RefusalReason.BUSY)
            return
        if not printer.bed_clear:
            self._refuse(printer, command.id, RefusalReason.BED_NOT_CLEAR)
            return
        if printer.unreachable_downloads > 0:  # accepted, then the download fails
            printer.unreachable_downloads -= 1
            self._accept(printer, command)
            failed = JobFailed(
                seq=printer.seq, ts=time.time(), job_id=command.job_id,
                cause=FailureCause.FILE_UNREACHABLE, message="GET …: connection refused",
            )  # fmt: skip
            self._event(printer, failed)
            return
        self.journal.add(command.job_id)
        printer.started.append(command.job_id)
        if self.on_start is not None:
            self.on_start(printer.printer_id, command)
        printer.job, printer.job_started_at = command, time.monotonic()
        printer.heated = False
        printer.state, printer.bed_clear = PrinterStateName.PRINTING, False
        self._accept(printer, command)
        self._event(
            printer,
            JobStarted(seq=printer.seq, ts=time.time(), job_id=command.job_id,
                       file_sha256=command.sha256, fencing_token=command.fencing_token),
        )  # fmt: skip
        self.publish_state(printer)
        timer = threading.Timer(printer.print_s, self._finish, (printer, command.job_id))
        timer.daemon = True
        self._timers.append(timer)
        timer.start()

    def _finish(self, printer: SimPrinter, job_id: str) -> None:
        with self.lock:
            if printer.job is None or printer.job.job_id != job_id:
                return
            duration = time.monotonic() - printer.job_started_at
            printer.finished.append(job_id)
            printer.seq += 1
            printer.last_job = JobFinished(
                seq=printer.seq, ts=time.time(), job_id=job_id,
                fencing_token=printer.job.fencing_token, duration_s=duration,
            )  # fmt: skip
            printer.job, printer.state = None, PrinterStateName.IDLE
            self._event(printer, printer.last_job)
            self.publish_state(printer)

    def heat_done(self, printer_id: str) -> None:
        """The printer's heaters reach their targets; like a real agent, it says so in
        its telemetry only (its state is published for other changes)."""
        with self.lock:
            printer = self.printers[printer_id]
            printer.heated = True
            self.publish_telemetry(printer)

    def finish_now(self, printer_id: str) -> None:
        """End the printer's job at once (a test's chosen moment, not the timer's)."""
        printer = self.printers[printer_id]
        if printer.job is not None:
            self._finish(printer, printer.job.job_id)
