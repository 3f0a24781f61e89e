"""The audit trail: every change to the farm, who made it, from where, and how it ended.

Rows are only ever inserted; the trail lives in the store (SQLite or PostgreSQL), so it
survives restarts and is shared by coordinators on one database.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from coordinator.accounts.models import AuditEntryOut
from coordinator.accounts.tables import AuditRow

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AuditEvent:
    username: str
    source: str
    action: str
    target: str
    status: int
    detail: str = ""

    @property
    def outcome(self) -> str:
        if self.status < 400:
            return "ok"
        return "failed" if self.status >= 500 else "refused"


def _text(value: str, limit: int) -> str:
    """Fits the column; a NUL (which PostgreSQL refuses, losing the entry) is shown escaped."""
    return value.replace("\x00", "\\x00")[:limit]


class AuditLog:
    def __init__(self, engine: Engine) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def record(self, event: AuditEvent) -> None:
        """Insert one entry. A database outage is logged, not raised: the action it
        describes has already happened or been refused."""
        row = AuditRow(
            ts=time.time(),
            username=_text(event.username, 64),
            source=_text(event.source, 128),
            action=_text(event.action, 64),
            target=_text(event.target, 256),
            status=event.status,
            outcome=event.outcome,
            detail=_text(event.detail, 1024),
        )
        try:
            with self._sessions.begin() as s:
                s.add(row)
        except SQLAlchemyError as e:
            log.error(
                "audit entry not recorded (%s): %s by %r",
                type(e).__name__,
                event.action,
                event.username,
            )

    def entries(
        self, *, username: str | None = None, since: float | None = None, limit: int = 1000
    ) -> list[AuditEntryOut]:
        query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        if username is not None:
            query = query.where(AuditRow.username == username)
        if since is not None:
            query = query.where(AuditRow.ts >= since)
        with self._sessions.begin() as s:
            rows = list(s.scalars(query))
        return [
            AuditEntryOut(
                id=r.id, ts=r.ts, username=r.username, source=r.source, action=r.action,
                target=r.target, status=r.status, outcome=r.outcome, detail=r.detail,
            )
            for r in reversed(rows)
        ]  # fmt: skip
