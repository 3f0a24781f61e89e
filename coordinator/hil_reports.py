"""Each printer's last HIL report, as its agent publishes it (agent/wire/hil.py).

The agent retains the summary on `<agent>/<printer>/hil`; the coordinator keeps the
newest per printer in the store (`hil_reports`), so the printer page shows it after a
restart even when the broker has lost its retained messages. An empty retained payload
(the report withdrawn) deletes it.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from sqlalchemy import JSON, Float, String, delete, select
from sqlalchemy.orm import Mapped, mapped_column

from agent.wire import HilSummary
from coordinator.store.schema import Base

if TYPE_CHECKING:
    from coordinator.store.repository import Store


class HilReportRow(Base):
    __tablename__ = "hil_reports"

    printer_key: Mapped[str] = mapped_column(String(160), primary_key=True)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON)  # the wire JSON
    received_at: Mapped[float] = mapped_column(Float)


def save_hil_report(store: Store, key: str, summary: HilSummary, now: float | None = None) -> bool:
    """Keep `summary` as `key`'s last report; False when it is the one already kept (a
    retained copy re-delivered on every reconnect)."""
    dumped = summary.model_dump(mode="json")
    with store.session() as s:
        row = s.get(HilReportRow, key)
        if row is not None and row.summary == dumped:
            return False
        if row is None:
            s.add(HilReportRow(printer_key=key, summary=dumped, received_at=now or time.time()))
        else:
            row.summary = dumped
            row.received_at = now or time.time()
        return True


def hil_report(store: Store, key: str) -> tuple[HilSummary, float] | None:
    """`key`'s last report and when it arrived, or None."""
    with store.session() as s:
        row = s.execute(
            select(HilReportRow.summary, HilReportRow.received_at).where(
                HilReportRow.printer_key == key
            )
        ).first()
    if row is None:
        return None
    try:
        return HilSummary.model_validate(row.summary), float(row.received_at)
    except ValidationError:
        return None  # written by a version whose summary this one cannot read


def forget_hil_report(store: Store, key: str) -> None:
    with store.session() as s:
        s.execute(delete(HilReportRow).where(HilReportRow.printer_key == key))
