"""`printfarm-agent run`: one process, N printer sessions, one MQTT link.

Construct, then connect, then ready: `AgentRunner(config)` validates and builds every
piece without I/O; `start()` opens the data files, starts virtual printers, connects the
sessions (each in its own thread, retrying with backoff while a printer is off) and the
broker link (paho retries by itself); `stop()` cancels running prints safely (heaters
off), reports the last events, says `offline` and closes everything.

Printing never waits on the network: the sessions stream from local files, and reports
go through the hub's queue (agent/link/hub.py).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from dataclasses import dataclass, field
from functools import partial
from typing import Protocol

from agent.backends.factory import build_backend
from agent.backoff import Backoff
from agent.config import AgentConfig, PrinterSection
from agent.hil_reports import HilReports
from agent.link.commands import CommandHandler
from agent.link.hub import Hub, PrinterNode
from agent.link.jobs import JobFiles
from agent.link.mqtt import MqttLink
from agent.link.printer import JobTicket, PrinterBridge, PrinterFacts
from agent.link.recent import RecentCommands
from agent.outbox import Outbox
from agent.printer_interface import PrinterBackend
from agent.session import SessionError
from agent.session_model import JobOutcome, JobResult
from agent.session_model import PrinterState as SessionState
from agent.wire import BuildVolume, FailureCause, JobFailed

log = logging.getLogger(__name__)

CONNECT_BACKOFF_MAX_S = 30.0
STOP_SETTLE_S = 30.0


class VirtualHandle(Protocol):
    @property
    def port_path(self) -> str: ...

    def stop(self) -> None: ...


def _facts(config: PrinterSection, session: PrinterBackend) -> PrinterFacts:
    profile = session.profile
    volume = config.build_volume or profile.build_volume
    return PrinterFacts(
        dialect=profile.dialect.value,
        build_volume=BuildVolume(x=volume.x, y=volume.y, z=volume.z),
        ejects_parts=profile.ejects_parts,
        max_bed_c=profile.limits.max_bed_c,
    )


def _cut_short(job_id: str, token: int | None, seq: int) -> JobFailed:
    return JobFailed(
        seq=seq,
        ts=time.time(),
        job_id=job_id,
        fencing_token=token,
        cause=FailureCause.AGENT_RESTART,
        message="the agent stopped while printing; the print did not finish",
    )


@dataclass
class AgentRunner:
    config: AgentConfig
    jobs: JobFiles
    hub: Hub = field(init=False)
    link: MqttLink = field(init=False)
    commands: CommandHandler = field(init=False)
    _outbox: Outbox = field(init=False)
    _recent: RecentCommands = field(init=False)
    _virtuals: list[VirtualHandle] = field(default_factory=list, init=False)
    _stopping: threading.Event = field(default_factory=threading.Event, init=False)

    def __post_init__(self) -> None:
        data = self.config.agent.data_dir
        rates = self.config.rates
        self._outbox = Outbox(data / "outbox.jsonl")
        self._recent = RecentCommands(data / "commands.jsonl")
        self.hub = Hub(
            self.config.agent.id,
            self._outbox,
            poll_s=rates.poll_s,
            telemetry_s=rates.telemetry_s,
            on_job_end=self._job_ended,
            hil=HilReports(data, (printer.id for printer in self.config.printers)),
        )
        self.commands = CommandHandler(self.hub, self._recent, self.jobs)
        self.link = MqttLink(
            self.config,
            on_command=self.commands.submit,
            on_connected=self.hub.connected,
            on_published=self.hub.published,
        )
        self.hub.attach(self.link)

    # -- start ---------------------------------------------------------------------------
    def start(self) -> None:
        self._outbox.open()
        self._recent.open()
        for printer in self.config.printers:
            self.hub.add(self._build_node(printer))
        self._report_unfinished()
        self.hub.start()
        self.commands.start()
        self.link.start()
        for node in self.hub.nodes.values():
            threading.Thread(
                target=self._connect_loop, args=(node,), name=f"connect-{node.id}", daemon=True
            ).start()

    def _build_node(self, printer: PrinterSection) -> PrinterNode:
        port = printer.port
        if printer.virtual is not None:
            from agent.virtual.api import start_virtual_printer

            handle: VirtualHandle = start_virtual_printer(printer.virtual)
            self._virtuals.append(handle)
            port = handle.port_path
            log.info("printer %s: virtual printer on %s", printer.id, port)
        session = build_backend(
            printer, port, listener=self.hub.listener(printer.id), bed_clear=self._bed(printer)
        )
        bridge = PrinterBridge(
            printer.id,
            printer,
            facts=lambda: _facts(printer, session),
            progress_step=self.config.rates.progress_step,
        )
        return PrinterNode(printer.id, session, bridge, threading.Lock())

    def _bed(self, printer: PrinterSection) -> bool:
        """The bed as the journal last saw it. A printer it never saw: a virtual one boots
        with an empty bed; a real one may hold anything, so a person clears it once."""
        clear = self.jobs.bed_clear(printer.id)
        if clear is None:
            clear = printer.virtual is not None
            if not clear:
                log.warning(
                    "printer %s: bed state unknown (new data folder): not clear until a "
                    "person clears it (`printfarm clear AGENT/PRINTER`)", printer.id
                )  # fmt: skip
        return clear

    def _connect_loop(self, node: PrinterNode) -> None:
        """Connect once; the session itself reconnects after a later loss of the port."""
        backoff = Backoff(first_s=1.0, cap_s=CONNECT_BACKOFF_MAX_S)
        while not self._stopping.is_set():
            try:
                node.session.connect()
            except SessionError as e:
                delay = backoff.next_delay()
                log.warning("printer %s: %s; trying again in %.1f s", node.id, e, delay)
                self._stopping.wait(delay)
                continue
            log.info("printer %s connected (%s)", node.id, node.session.profile.name)
            return

    def _report_unfinished(self) -> None:
        """A job the journal shows started but never ended died with the previous run."""
        for job in self.jobs.unfinished():
            node = self.hub.nodes.get(job.printer)
            if node is None:
                continue
            ticket = (
                None
                if job.sha256 is None or job.fencing_token is None
                else (JobTicket(job.sha256, job.fencing_token))
            )
            if ticket is not None and node.session.recover_job(job.job_id):  # printed on
                log.info("job %s on %s: taking it over after the restart", job.job_id, job.printer)
                node.bridge.adopt(job.job_id, ticket)
                continue
            log.warning("job %s on %s was cut short by an agent restart", job.job_id, job.printer)
            self.hub.emit(job.printer, partial(_cut_short, job.job_id, job.fencing_token))
            self.jobs.record_end(job.job_id, "interrupted")

    def _job_ended(self, printer: str, result: JobResult) -> None:
        """On the hub thread, before the end is reported (the start already made the
        journal's bed not clear; a printer that ejected its part makes it clear)."""
        self.jobs.record_end(result.job_id, result.outcome.value)
        ejected = (
            result.outcome is JobOutcome.DONE
            and self.hub.nodes[printer].session.profile.ejects_parts
        )
        if ejected:
            self.jobs.record_bed(printer, True, by="ejected")

    # -- stop ----------------------------------------------------------------------------
    def stop(self) -> None:
        self._stopping.set()
        self._cancel_running()
        self.commands.stop()
        self.hub.stop()
        self.link.stop()
        for node in self.hub.nodes.values():
            node.session.close()
        for handle in self._virtuals:
            handle.stop()
        self._outbox.close()
        self._recent.close()
        self.jobs.close()

    def _cancel_running(self) -> None:
        """Leave no printer mid-print with its heaters on and nobody feeding it."""
        busy = (SessionState.PRINTING, SessionState.PAUSED, SessionState.FINISHING)
        for node in self.hub.nodes.values():
            if node.session.survives_agent_stop:  # OctoPrint prints on; a restart recovers it
                if node.session.state in busy:
                    log.info("printer %s: left printing (its backend goes on alone)", node.id)
                continue
            if node.session.state in busy:
                log.warning("printer %s: cancelling the print because the agent stops", node.id)
                with contextlib.suppress(SessionError):  # it ended by itself meanwhile
                    node.session.cancel("the agent was stopped")
        for node in self.hub.nodes.values():
            if node.session.survives_agent_stop:
                continue
            node.session.wait_for_state(
                {SessionState.IDLE, SessionState.ERROR, SessionState.OFFLINE}, STOP_SETTLE_S
            )
