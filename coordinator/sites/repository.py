"""Sites in the store: add, read, update, remove (SQLite or PostgreSQL, through `Store`).

Every coordinator sharing the database reads the same rows, so they agree on which
printer is where and on each circuit's budget.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.sites.models import Site, SiteFields
from coordinator.sites.tables import SiteRow

if TYPE_CHECKING:
    from coordinator.store import Store


class SiteNotFoundError(LookupError):
    def __init__(self, site_id: str) -> None:
        super().__init__(f"no site {site_id!r}")
        self.site_id = site_id


class SiteExistsError(ValueError):
    def __init__(self, site_id: str) -> None:
        super().__init__(f"site {site_id!r} exists already (update it instead)")
        self.site_id = site_id


def _columns(site: Site) -> dict[str, Any]:
    data = site.model_dump(mode="json")
    data.pop("id")
    return data


def _site(row: SiteRow) -> Site:
    return Site.model_validate(
        {
            "id": row.id,
            "name": row.name,
            "organisation": row.organisation,
            "latitude": row.latitude,
            "longitude": row.longitude,
            "timezone": row.timezone,
            "hours": row.hours,
            "circuits": row.circuits,
            "printers": row.printers,
        }
    )


class SiteStore:
    """The sites of one store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def list(self) -> list[Site]:
        with self._store.session() as s:
            rows = s.scalars(select(SiteRow).order_by(SiteRow.id)).all()
            return [_site(r) for r in rows]

    def get(self, site_id: str) -> Site:
        with self._store.session() as s:
            row = s.get(SiteRow, site_id, populate_existing=True)
            if row is None:
                raise SiteNotFoundError(site_id)
            return _site(row)

    def add(self, site: Site, *, by: str = "") -> Site:
        now = time.time()
        with self._store.session() as s:
            if s.get(SiteRow, site.id, with_for_update=True) is not None:
                raise SiteExistsError(site.id)
            self._unplace_elsewhere(s, site)
            row = SiteRow(id=site.id, **_columns(site), created_at=now, updated_at=now)
            row.updated_by = by[:128]
            s.add(row)
        return site

    def update(self, site_id: str, fields: SiteFields, *, by: str = "") -> Site:
        """Change the fields `fields` sets; ValueError (pydantic's) when the result is
        not a valid site (a placement on a circuit the update removes, ...)."""
        with self._store.session() as s:
            row = s.get(SiteRow, site_id, populate_existing=True, with_for_update=True)
            if row is None:
                raise SiteNotFoundError(site_id)
            site = _site(row).updated(fields)
            self._unplace_elsewhere(s, site)
            for name, value in _columns(site).items():
                setattr(row, name, value)
            row.updated_at = time.time()
            row.updated_by = by[:128]
        return site

    def remove(self, site_id: str) -> None:
        with self._store.session() as s:
            row = s.get(SiteRow, site_id, with_for_update=True)
            if row is None:
                raise SiteNotFoundError(site_id)
            s.delete(row)

    @staticmethod
    def _unplace_elsewhere(s: Session, site: Site) -> None:
        """A printer placed at `site` leaves any other site's placements."""
        placed = {p.printer for p in site.printers}
        if not placed:
            return
        others = s.scalars(select(SiteRow).where(SiteRow.id != site.id).with_for_update()).all()
        for other in others:
            kept = [p for p in other.printers if p["printer"] not in placed]
            if len(kept) != len(other.printers):
                other.printers = kept
