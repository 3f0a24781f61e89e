"""The `sites` table: one row per site; hours, circuits and placements as JSON.

A printer's explicit placement lives in its site's row (`printers`); the repository keeps
a printer at one site at most (placing it at another moves it).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, String
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.store.schema import Base


class SiteRow(Base):
    __tablename__ = "sites"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    organisation: Mapped[str] = mapped_column(String(128), default="")
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    timezone: Mapped[str] = mapped_column(String(64))
    hours: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    circuits: Mapped[list[Any]] = mapped_column(JSON, default=list)
    printers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[float] = mapped_column(Float)
    updated_by: Mapped[str] = mapped_column(String(128), default="")
