"""The orders tables: an order, the jobs made for its copies (every attempt), its history."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.store.schema import Base


class OrderRow(Base):
    __tablename__ = "orders"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    buyer: Mapped[str] = mapped_column(String(128), index=True)
    name: Mapped[str] = mapped_column(String(256), default="")
    state: Mapped[str] = mapped_column(String(16))  # open | done | cancelled
    due_at: Mapped[float] = mapped_column(Float)
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    material: Mapped[str | None] = mapped_column(String(64), nullable=True)
    colour: Mapped[str | None] = mapped_column(String(7), nullable=True)
    parts: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{part_id, sha256, ...}]
    created_at: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[float] = mapped_column(Float)


class OrderJobRow(Base):
    """One job made for one copy of a part: a reprint is a new row of the same copy."""

    __tablename__ = "order_jobs"

    job_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    order_id: Mapped[str] = mapped_column(String(32), index=True)
    part_id: Mapped[str] = mapped_column(String(64))
    copy: Mapped[int] = mapped_column(Integer)
    site_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    expected_ready: Mapped[float | None] = mapped_column(Float, nullable=True)
    km: Mapped[float | None] = mapped_column(Float, nullable=True)
    seen_state: Mapped[str] = mapped_column(String(16), default="queued")  # for the history
    created_at: Mapped[float] = mapped_column(Float)


class OrderEventRow(Base):
    __tablename__ = "order_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(String(32), index=True)
    ts: Mapped[float] = mapped_column(Float)
    kind: Mapped[str] = mapped_column(String(16))
    part_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    copy: Mapped[int | None] = mapped_column(Integer, nullable=True)
    job_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    site_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    printer: Mapped[str | None] = mapped_column(String(160), nullable=True)
    detail: Mapped[str] = mapped_column(String(512), default="")
