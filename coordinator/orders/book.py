"""Orders in the store: rows in, plain records out (SQLite or PostgreSQL, via `Store`)."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from coordinator.orders.tables import OrderEventRow, OrderJobRow, OrderRow

if TYPE_CHECKING:
    from coordinator.store import Store

OPEN, DONE, CANCELLED = "open", "done", "cancelled"


class OrderNotFoundError(LookupError):
    def __init__(self, order_id: str) -> None:
        super().__init__(f"no order {order_id!r}")


@dataclass(frozen=True, slots=True)
class PartRecord:
    part_id: str
    name: str
    file_sha256: str
    file_name: str
    quantity: int
    estimated_s: float | None
    requirements: dict[str, Any]


@dataclass(frozen=True, slots=True)
class OrderRecord:
    id: str
    buyer: str
    name: str
    state: str
    due_at: float
    latitude: float
    longitude: float
    material: str | None
    colour: str | None
    parts: tuple[PartRecord, ...]
    created_at: float


@dataclass(frozen=True, slots=True)
class OrderJob:
    job_id: str
    part_id: str
    copy: int
    site_id: str | None
    expected_ready: float | None
    km: float | None
    seen_state: str
    created_at: float


def _order(row: OrderRow) -> OrderRecord:
    return OrderRecord(
        id=row.id, buyer=row.buyer, name=row.name, state=row.state, due_at=row.due_at,
        latitude=row.latitude, longitude=row.longitude, material=row.material,
        colour=row.colour, parts=tuple(PartRecord(**p) for p in row.parts),
        created_at=row.created_at,
    )  # fmt: skip


def _job(row: OrderJobRow) -> OrderJob:
    return OrderJob(
        row.job_id, row.part_id, row.copy, row.site_id, row.expected_ready, row.km,
        row.seen_state, row.created_at,
    )  # fmt: skip


class OrderBook:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, order: OrderRecord) -> None:
        with self._store.session() as s:
            data = {k: getattr(order, k) for k in OrderRecord.__slots__ if k != "parts"}
            parts = [{k: getattr(p, k) for k in PartRecord.__slots__} for p in order.parts]
            s.add(OrderRow(**data, parts=parts, updated_at=order.created_at))

    @staticmethod
    def new_id() -> str:
        return secrets.token_hex(6)

    def get(self, order_id: str) -> OrderRecord:
        with self._store.session() as s:
            row = s.get(OrderRow, order_id, populate_existing=True)
            if row is None:
                raise OrderNotFoundError(order_id)
            return _order(row)

    def owner(self, order_id: str) -> str | None:
        with self._store.session() as s:
            row = s.get(OrderRow, order_id)
            return row.buyer if row is not None else None

    def orders(self, buyer: str | None = None, state: str | None = None) -> list[OrderRecord]:
        query = select(OrderRow).order_by(OrderRow.created_at.desc(), OrderRow.id)
        if buyer is not None:
            query = query.where(OrderRow.buyer == buyer)
        if state is not None:
            query = query.where(OrderRow.state == state)
        with self._store.session() as s:
            return [_order(r) for r in s.scalars(query).all()]

    def set_state(self, order_id: str, state: str) -> None:
        with self._store.session() as s:
            row = s.get(OrderRow, order_id, with_for_update=True)
            if row is None:
                raise OrderNotFoundError(order_id)
            row.state, row.updated_at = state, time.time()

    def add_job(self, order_id: str, job: OrderJob) -> None:
        with self._store.session() as s:
            s.add(
                OrderJobRow(order_id=order_id, **{k: getattr(job, k) for k in OrderJob.__slots__})
            )

    def jobs(self, order_id: str) -> list[OrderJob]:
        query = (
            select(OrderJobRow)
            .where(OrderJobRow.order_id == order_id)
            .order_by(OrderJobRow.created_at, OrderJobRow.job_id)
        )
        with self._store.session() as s:
            return [_job(r) for r in s.scalars(query).all()]

    def update_job(self, job_id: str, **changes: Any) -> None:
        """Set `site_id`, `expected_ready`, `km` or `seen_state` of one job of an order."""
        with self._store.session() as s:
            row = s.get(OrderJobRow, job_id, with_for_update=True)
            if row is not None:
                for name, value in changes.items():
                    setattr(row, name, value)

    def record(
        self, order_id: str, kind: str, detail: str = "", ts: float | None = None, **about: Any
    ) -> None:
        """One line of the order's history (`about`: part_id, copy, job_id, site_id, printer;
        `ts`: when it happened, if not now)."""
        when = time.time() if ts is None else ts
        with self._store.session() as s:
            s.add(
                OrderEventRow(order_id=order_id, ts=when, kind=kind, detail=detail[:512], **about)
            )

    def history(self, order_id: str) -> list[OrderEventRow]:
        query = (
            select(OrderEventRow)
            .where(OrderEventRow.order_id == order_id)
            .order_by(OrderEventRow.ts, OrderEventRow.id)
        )
        with self._store.session() as s:
            rows = s.scalars(query).all()
            s.expunge_all()
            return list(rows)
