"""Printers the coordinator keeps idle until a person clears their bed.

A job interrupted mid-print (its agent vanished) leaves an unknown part on the bed; the
agent may come back saying `bed_clear`, having lost its memory of the print, so the
coordinator keeps its own hold, in the database so that it survives a restart. Only
`clear` (API / CLI) lifts it. A table of its own: the store's schema stays the store's.
Writes go through `Store.session()`, so a hold taken inside the coordinator's batch
commits (or rolls back) with the job's interruption.
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
        with store.session() as s:
            self._held = {row.printer_key: row.reason for row in s.scalars(select(HoldRow))}

    def reload(self) -> None:
        """Re-read the holds (after a batch that took some was rolled back)."""
        with self._store.session() as s:
            held = {row.printer_key: row.reason for row in s.scalars(select(HoldRow))}
        with self._lock:
            self._held = held

    def hold(self, printer_key: str, job_id: str, reason: str) -> None:
        with self._store.session() as s:
            if s.get(HoldRow, printer_key) is None:
                s.add(
                    HoldRow(
                        printer_key=printer_key, job_id=job_id, reason=reason, since=time.time()
                    )
                )
        with self._lock:
            self._held.setdefault(printer_key, reason)

    def release(self, printer_key: str) -> bool:
        with self._store.session() as s:
            s.execute(delete(HoldRow).where(HoldRow.printer_key == printer_key))
        with self._lock:
            return self._held.pop(printer_key, None) is not None

    def reason(self, printer_key: str) -> str | None:
        with self._lock:
            return self._held.get(printer_key)

    def held(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._held)
