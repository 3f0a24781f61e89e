"""Routes of sites: everyone reads them with their load; an admin adds, changes and
removes them (a site's circuits are electrical limits, and orders are routed by its
place and hours: farm configuration, like quotas). See coordinator/sites/."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from fastapi import HTTPException, Request
from pydantic import ValidationError

from coordinator.accounts.models import Principal
from coordinator.api_app import FarmApi
from coordinator.service import Operations
from coordinator.sites import Site, SiteExistsError, SiteFields, SiteNotFoundError
from coordinator.sites.status import LiveMember, SiteOut, site_statuses
from coordinator.store import ACTIVE_STATES, JobState


def site_overview(ops: Operations, now: datetime | None = None) -> list[SiteOut]:
    """Every site with its status (the store's sites, the live fleet, the queue)."""
    book = ops.c.sites
    book.load()  # the API reads the store, not the worker's last copy
    live = [
        LiveMember(key=v.key, wire_site=v.state.site, online=v.online, state=v.state_name)
        for v in ops.c.fleet.snapshot()
        if v.state is not None
    ]
    store = ops.c.store
    queued = Counter(j.requirements.site or "" for j in store.list_jobs([JobState.QUEUED]))
    busy = frozenset(j.printer_key or "" for j in store.list_jobs(ACTIVE_STATES))
    plan = book.plan(ops.c.fleet, busy)
    return site_statuses(book.index, live, queued, plan, now or datetime.now(UTC))


def changed(ops: Operations) -> None:
    """Sites changed: the worker re-reads them and dispatches (a budget may have grown)."""

    def on_worker() -> None:
        ops.c.sites.load()
        ops.c.request_dispatch()

    ops.c.call(on_worker)


def add_site(ops: Operations, site: Site, by: str) -> Site:
    added = ops.c.sites.repository.add(site, by=by)
    changed(ops)
    return added


def update_site(ops: Operations, site_id: str, fields: SiteFields, by: str) -> Site:
    updated = ops.c.sites.repository.update(site_id, fields, by=by)
    changed(ops)
    return updated


def remove_site(ops: Operations, site_id: str) -> None:
    ops.c.sites.repository.remove(site_id)
    changed(ops)


@contextmanager
def _site_errors() -> Iterator[None]:
    try:
        yield
    except SiteNotFoundError as e:
        raise HTTPException(404, str(e)) from e
    except SiteExistsError as e:
        raise HTTPException(409, str(e)) from e
    except ValidationError as e:  # an update whose result is not a valid site
        errors = "; ".join(
            f"{'.'.join(map(str, x['loc'])) or 'site'}: {x['msg']}" for x in e.errors()
        )
        raise HTTPException(422, errors) from e


def _by(request: Request) -> str:
    principal: Principal = request.state.principal
    return principal.username


def _one(ops: Operations, site_id: str) -> SiteOut:
    for out in site_overview(ops):
        if out.site.id == site_id:
            return out
    raise HTTPException(404, f"no site {site_id!r}")


def add_site_routes(api: FarmApi, ops: Operations) -> None:
    @api.operation("list_sites")
    def list_sites() -> list[SiteOut]:
        """Every site with its load: printers, queue, open now, power per circuit."""
        return site_overview(ops)

    @api.operation("get_site")
    def get_site(site_id: str) -> SiteOut:
        return _one(ops, site_id)

    @api.operation("add_site")
    def post_site(request: Request, body: Site) -> SiteOut:
        """A new site: its id is the `site` its printers' agents report."""
        request.state.audit_detail = body.id
        with _site_errors():
            add_site(ops, body, _by(request))
        return _one(ops, body.id)

    @api.operation("update_site")
    def put_site(request: Request, site_id: str, body: SiteFields) -> SiteOut:
        """Change the fields given (the others stay); `printers` replaces the placements."""
        request.state.audit_detail = body.model_dump_json(exclude_none=True)[:512]
        with _site_errors():
            update_site(ops, site_id, body, _by(request))
        return _one(ops, site_id)

    @api.operation("remove_site")
    def delete_site(site_id: str) -> dict[str, str]:
        """Forget a site (its printers stay; their jobs' `site` requirements stay)."""
        with _site_errors():
            remove_site(ops, site_id)
        return {"removed": site_id}


__all__ = ["add_site_routes", "site_overview"]
