"""Who is told what: each user's Apprise URLs, the farm's, and the farm's offline delay."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import IntegrityError

from coordinator.notify.apprise_lib import check_url, redacted
from coordinator.notify.tables import FARM, NotifyBase, NotifyTargetRow
from coordinator.store import Store

DEFAULT_OFFLINE_AFTER_S = 600.0


class MyNotificationsIn(BaseModel):
    """A user's own URLs (their jobs finished, failed, or waiting for approval)."""

    model_config = ConfigDict(extra="forbid")

    # Checked by `problem` in the route, not by a validator here: FastAPI's 422 would
    # repeat the input, and these are secrets.
    urls: list[str] = Field(default_factory=list, max_length=10)


class FarmNotificationsIn(MyNotificationsIn):
    """The operators' URLs: every job's end, beds to clear, printers offline, approvals."""

    offline_after_min: float = Field(default=DEFAULT_OFFLINE_AFTER_S / 60, gt=0, le=7 * 24 * 60)


class NotificationsOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    urls: list[str]  # redacted
    offline_after_min: float | None = None  # the farm's only


def problem(urls: list[str]) -> str | None:
    """What is wrong with the first bad URL, without repeating it (None: all good)."""
    for n, url in enumerate(urls, start=1):
        why = check_url(url)
        if why is not None:
            return f"URL {n}: {why}"
    return None


class Targets:
    def __init__(self, store: Store) -> None:
        self._store = store
        NotifyBase.metadata.create_all(store.engine)

    def urls(self, owner: str) -> list[str]:
        with self._store.session() as s:
            row = s.get(NotifyTargetRow, owner, populate_existing=True)
            return [str(u) for u in row.urls] if row is not None else []

    def offline_after_s(self) -> float:
        with self._store.session() as s:
            row = s.get(NotifyTargetRow, FARM, populate_existing=True)
            value = row.offline_after_s if row is not None else None
        return DEFAULT_OFFLINE_AFTER_S if value is None else value

    def set(self, owner: str, urls: list[str], offline_after_s: float | None = None) -> None:
        try:
            self._write(owner, urls, offline_after_s)
        except IntegrityError:  # another coordinator made the row meanwhile
            self._write(owner, urls, offline_after_s)

    def _write(self, owner: str, urls: list[str], offline_after_s: float | None) -> None:
        with self._store.session() as s:
            row = s.get(NotifyTargetRow, owner, populate_existing=True)
            if row is None:
                s.add(NotifyTargetRow(owner=owner, urls=urls, offline_after_s=offline_after_s))
            else:
                row.urls, row.offline_after_s = urls, offline_after_s

    def shown(self, owner: str) -> NotificationsOut:
        minutes = self.offline_after_s() / 60 if owner == FARM else None
        return NotificationsOut(
            urls=[redacted(u) for u in self.urls(owner)], offline_after_min=minutes
        )
