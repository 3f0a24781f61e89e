"""The live fleet: what every agent and printer last said, from MQTT only.

Owned by the service's worker thread (one writer); readers get `snapshot()`, a list of
frozen `LivePrinter`s. Nothing here touches the store or the network.

A printer exists only while its agent's own status lists it. A retained `state` can
outlive its printer (removed from the agent's config) and an agent may publish states
under any name in its subtree; such states are kept (the status may arrive later) but
make no printer: `listed` is False, the printer is never online, and `snapshot()`
leaves it out.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace

from pydantic import TypeAdapter

from agent.wire import (
    AgentStatus,
    Presence,
    PrinterState,
    PrinterStateName,
    Telemetry,
    Temperature,
    printer_key,
)

_TELEMETRY = TypeAdapter(Telemetry)


class TelemetryCell:
    """A printer's latest telemetry, decoded when first read: the telemetry process
    validated it already, and most of it is replaced before anyone looks."""

    __slots__ = ("_raw", "_value")

    def __init__(self, value: Telemetry | None = None, raw: bytes | None = None) -> None:
        assert (value is None) != (raw is None)
        self._value, self._raw = value, raw

    @property
    def value(self) -> Telemetry:
        if self._value is None:
            assert self._raw is not None
            self._value = _TELEMETRY.validate_json(self._raw, strict=True)
            self._raw = None
        return self._value


@dataclass(frozen=True, slots=True)
class LivePrinter:
    """One printer as the coordinator sees it right now."""

    key: str  # "agent/printer"
    agent: str
    printer: str
    online: bool  # agent present and printer state received
    state: PrinterState | None  # the last retained snapshot
    cell: TelemetryCell | None  # the last telemetry
    seen: float  # monotonic time of the last message about it
    listed: bool = True  # its agent's status lists it (else: a leftover or junk state)

    @property
    def telemetry(self) -> Telemetry | None:
        return self.cell.value if self.cell is not None else None

    @property
    def state_name(self) -> PrinterStateName:
        if not self.online or self.state is None:
            return PrinterStateName.OFFLINE
        if self.telemetry is not None and self.telemetry.ts > self.state.ts:
            return self.telemetry.state
        return self.state.state

    @property
    def job_id(self) -> str | None:
        if self.state is None or self.state.job is None:
            return None
        return self.state.job.job_id

    @property
    def progress(self) -> float | None:
        if self.telemetry is not None and self.telemetry.progress is not None:
            return self.telemetry.progress
        return self.state.job.progress if self.state and self.state.job else None

    @property
    def remaining_s(self) -> float | None:
        if self.telemetry is not None and self.telemetry.remaining_s is not None:
            return self.telemetry.remaining_s
        return self.state.job.remaining_s if self.state and self.state.job else None

    @property
    def temperatures(self) -> dict[str, Temperature]:
        if self.telemetry is not None and (
            self.state is None or self.telemetry.ts >= self.state.ts
        ):
            return dict(self.telemetry.temperatures)
        return dict(self.state.temperatures) if self.state else {}

    @property
    def free(self) -> bool:
        """Online, idle with a clear bed, and reporting no job (the agent's view)."""
        return (
            self.online
            and self.state is not None
            and self.state.state is PrinterStateName.IDLE
            and self.state.bed_clear
            and self.state.job is None
        )


class FleetView:
    """Agents' presence and printers' state; updated by `apply_*`, read by snapshot."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._agents: dict[str, AgentStatus] = {}
        self._listed: dict[str, frozenset[str]] = {}  # agent -> printers its status lists
        self._printers: dict[str, LivePrinter] = {}
        self._of_agent: dict[str, set[str]] = {}  # agent -> keys of its printers here

    def agent_online(self, agent: str) -> bool:
        status = self._agents.get(agent)
        return status is not None and status.presence is Presence.ONLINE

    def _is_listed(self, agent: str, printer: str) -> bool:
        return printer in self._listed.get(agent, ())

    def listed_by_online_agent(self, agent: str, printer: str) -> bool:
        """The agent is online and its status lists the printer (it is in its config)."""
        with self._lock:
            return self.agent_online(agent) and self._is_listed(agent, printer)

    def _online(self, agent: str, printer: str, state: PrinterState | None) -> bool:
        return state is not None and self.agent_online(agent) and self._is_listed(agent, printer)

    def apply_status(self, agent: str, status: AgentStatus | None) -> list[str]:
        """Presence of an agent (None: its retained status was deleted).

        Returns the keys of its printers whose `online` or `listed` flag changed."""
        with self._lock:
            if status is None:
                self._agents.pop(agent, None)
                self._listed.pop(agent, None)
            else:
                self._agents[agent] = status
                # An online agent says what it has; an offline one only if it says so
                # (a will may carry no list).
                if status.presence is Presence.ONLINE or status.printers:
                    self._listed[agent] = frozenset(status.printers)
            changed = []
            for key in sorted(self._of_agent.get(agent, ())):
                view = self._printers[key]
                online = self._online(agent, view.printer, view.state)
                listed = self._is_listed(agent, view.printer)
                if (view.online, view.listed) != (online, listed):
                    self._printers[key] = replace(view, online=online, listed=listed)
                    changed.append(key)
            return changed

    def apply_state(self, agent: str, printer: str, state: PrinterState | None) -> LivePrinter:
        key = printer_key(agent, printer)
        with self._lock:
            old = self._printers.get(key)
            old_ts = old.state.ts if old is not None and old.state is not None else None
            if old is not None and state is not None and old_ts is not None and state.ts < old_ts:
                return old  # an old retained copy arriving after a newer live one
            view = LivePrinter(
                key,
                agent,
                printer,
                online=self._online(agent, printer, state),
                state=state,
                cell=old.cell if old is not None else None,
                seen=time.monotonic(),
                listed=self._is_listed(agent, printer),
            )
            self._printers[key] = view
            self._of_agent.setdefault(agent, set()).add(key)
            return view

    def apply_telemetry(self, agent: str, printer: str, telemetry: Telemetry) -> None:
        key = printer_key(agent, printer)
        with self._lock:
            old = self._printers.get(key)
            if old is None:
                return  # no snapshot yet: telemetry alone says too little to show
            if old.telemetry is not None and telemetry.ts < old.telemetry.ts:
                return
            self._printers[key] = replace(old, cell=TelemetryCell(telemetry), seen=time.monotonic())

    def apply_telemetry_batch(self, batch: dict[str, bytes]) -> None:
        """The newest validated telemetry payload of many printers, by key (from the
        telemetry process, which keeps each printer's messages in arrival order)."""
        now = time.monotonic()
        with self._lock:
            for key, raw in batch.items():
                old = self._printers.get(key)
                if old is not None:
                    self._printers[key] = replace(old, cell=TelemetryCell(raw=raw), seen=now)

    def remove(self, key: str) -> None:
        """Forget a printer (its retained state was cleared)."""
        with self._lock:
            view = self._printers.pop(key, None)
            if view is not None:
                keys = self._of_agent[view.agent]
                keys.discard(key)
                if not keys:
                    del self._of_agent[view.agent]

    def get(self, key: str) -> LivePrinter | None:
        with self._lock:
            return self._printers.get(key)

    def keys(self) -> list[str]:
        """The keys of every printer known (listed or not), in no order: cheaper than
        a snapshot, which sorts."""
        with self._lock:
            return list(self._printers)

    def snapshot(self) -> list[LivePrinter]:
        """Every listed printer, by key."""
        with self._lock:
            return sorted((v for v in self._printers.values() if v.listed), key=lambda v: v.key)

    def __len__(self) -> int:
        return len(self._printers)
