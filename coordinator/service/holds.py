"""Printers the coordinator keeps idle until a person clears their bed.

The bed is physical state and the agent's word on it is not enough: an agent
re-installed with an empty data folder, or a buggy one, may come back saying
`bed_clear` with a part still on the bed. So the coordinator keeps its own lock, in the
database so that it survives restarts:

- every job that printed and ended (done, failed, cancelled) leaves the printer's bed
  "needing clearing" (the printer row's `bed_needs_clearing`, which the store's claim
  checks too), unless it was done on a printer that ejects its parts;
- a job interrupted mid-print (its agent vanished) also leaves a hold, with the reason,
  shown as `held` (a row of `printer_holds`, a table of its own).

Only `clear` (API / CLI) lifts either. Writes go through `Store.session()` and the
store, so a lock taken inside the coordinator's batch commits (or rolls back) with the
job's end.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import Float, String, delete, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from coordinator.store import Store


class _HoldBase(DeclarativeBase):
    pass


class HoldRow(_HoldBase):
    __tablename__ = "printer_holds"

    printer_key: Mapped[str] = mapped_column(String(160), primary_key=True)
    job_id: Mapped[str] = mapped_column(String(128))
    reason: Mapped[str] = mapped_column(String(512))
    since: Mapped[float] = mapped_column(Float)


class Holds:
    """Held printers, cached in memory (read on every dispatch), written through."""

    def __init__(self, store: Store) -> None:
        self._store = store
        _HoldBase.metadata.create_all(store.engine)
        self._lock = threading.Lock()
        self._held, self._to_clear = self._read()

    def _read(self) -> tuple[dict[str, str], set[str]]:
        with self._store.session() as s:
            held = {row.printer_key: row.reason for row in s.scalars(select(HoldRow))}
        return held, self._store.beds_needing_clearing()

    def reload(self) -> None:
        """Re-read holds and bed locks: after a rolled-back batch, and at each queue
        refresh (other coordinators on the same database take and lift them too)."""
        held, to_clear = self._read()
        with self._lock:
            self._held, self._to_clear = held, to_clear

    def hold(self, printer_key: str, job_id: str, reason: str) -> None:
        """An interrupted job: the bed has an unknown part, and a person should look."""
        with self._store.session() as s:
            if s.get(HoldRow, printer_key) is None:
                s.add(
                    HoldRow(
                        printer_key=printer_key, job_id=job_id, reason=reason, since=time.time()
                    )
                )
        self.needs_clearing(printer_key)
        with self._lock:
            self._held.setdefault(printer_key, reason)

    def needs_clearing(self, printer_key: str) -> None:
        """A job left a part on the bed: no job goes there until a person clears it."""
        self._store.set_bed_needs_clearing(printer_key, True)
        with self._lock:
            self._to_clear.add(printer_key)

    def release(self, printer_key: str) -> bool:
        """A person cleared the bed; True if a hold or a bed lock was lifted."""
        with self._store.session() as s:
            s.execute(delete(HoldRow).where(HoldRow.printer_key == printer_key))
        self._store.set_bed_needs_clearing(printer_key, False)
        with self._lock:
            held = self._held.pop(printer_key, None) is not None
            locked = printer_key in self._to_clear
            self._to_clear.discard(printer_key)
            return held or locked

    def reason(self, printer_key: str) -> str | None:
        with self._lock:
            return self._held.get(printer_key)

    def held(self) -> frozenset[str]:
        """Printers held after an interrupted job."""
        with self._lock:
            return frozenset(self._held)

    def to_clear(self) -> frozenset[str]:
        """Printers whose bed the store keeps locked until a person clears it."""
        with self._lock:
            return frozenset(self._to_clear)

    def blocked(self) -> frozenset[str]:
        """Printers no job may go to: held, or with a bed to clear."""
        with self._lock:
            return frozenset(self._held.keys() | self._to_clear)
