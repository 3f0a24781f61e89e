"""Printer rows in the store, written behind the live fleet view.

The fleet view (memory) is what dispatch reads; the store's printer rows are for the
API after a restart and for the claim's reservation column. A row is written only when
something the store keeps changed (presence, state, bed, job, capabilities), never for
temperatures or progress, and at most once per coordinator cycle, in one statement.
"""

from __future__ import annotations

from typing import Any

from agent.wire import PrinterState
from coordinator.store import Store

_Pending = tuple[bool, PrinterState | None]


def _signature(online: bool, state: PrinterState | None) -> tuple[Any, ...]:
    if state is None:
        return (online,)
    job = state.job.job_id if state.job is not None else None
    return (
        online, state.state, state.bed_clear, job, state.profile, state.capabilities,
        state.site, state.tags, state.material, state.nozzle_diameter, state.build_volume,
        state.ejects_parts, state.error,
    )  # fmt: skip


class PrinterRows:
    """What to write (`note`), written in one go (`flush`), inside the caller's batch."""

    def __init__(self) -> None:
        self._written: dict[str, tuple[Any, ...]] = {}
        self._pending: dict[str, _Pending] = {}

    def note(self, key: str, online: bool, state: PrinterState | None) -> None:
        if self._written.get(key) == _signature(online, state) and key not in self._pending:
            return
        self._pending[key] = (online, state)

    def flush(self, store: Store) -> int:
        """Write the pending rows; returns how many. Call inside the cycle's batch."""
        if not self._pending:
            return 0
        rows = [(key, online, state) for key, (online, state) in self._pending.items()]
        store.upsert_printers(rows)
        for key, online, state in rows:
            self._written[key] = _signature(online, state)
        self._pending.clear()
        return len(rows)

    def drop(self, key: str) -> None:
        """A printer removed from the store: nothing of it is written or pending."""
        self._written.pop(key, None)
        self._pending.pop(key, None)

    def forget(self) -> None:
        """After a rolled-back batch: nothing is known to be written any more."""
        self._written.clear()
        self._pending.clear()
