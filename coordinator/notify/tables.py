"""The notifier's tables, in the farm's store (created when the notifier opens it).

`notify_targets`: the Apprise URLs of each user (their own jobs) and of the farm
(operators), secrets all (webhook tokens): only ever shown redacted. `notify_sent`: one row
per (event, URL) ever claimed for delivery; its primary key is what makes a message go
out at most once, across restarts and across coordinators sharing the database.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

FARM = "*farm*"  # the farm's row (not a username: those have no '*')


class NotifyBase(DeclarativeBase):
    pass


class NotifyTargetRow(NotifyBase):
    __tablename__ = "notify_targets"

    owner: Mapped[str] = mapped_column(String(64), primary_key=True)  # username, or FARM
    urls: Mapped[list[Any]] = mapped_column(JSON, default=list)
    offline_after_s: Mapped[float | None] = mapped_column(Float, nullable=True)  # FARM only


class NotifySentRow(NotifyBase):
    __tablename__ = "notify_sent"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)  # notice key | url hash
    ts: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16), default="queued")  # sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
