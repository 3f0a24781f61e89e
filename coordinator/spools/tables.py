"""The `spools` table: one row per printer whose loaded spool the coordinator knows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, String
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.store.schema import Base


class SpoolRow(Base):
    __tablename__ = "spools"

    printer_key: Mapped[str] = mapped_column(String(160), primary_key=True)
    material: Mapped[str] = mapped_column(String(64))
    colour: Mapped[str | None] = mapped_column(String(7), nullable=True)
    diameter: Mapped[float] = mapped_column(Float)
    grams: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(16))  # "api" (a person) or "agent" (its config)
    # What the agent last reported (wire JSON), to tell a changed agent.toml from a
    # restart that repeats the same one.
    reported: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    updated_at: Mapped[float] = mapped_column(Float)
    updated_by: Mapped[str] = mapped_column(String(128), default="")
