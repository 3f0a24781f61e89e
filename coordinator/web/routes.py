"""The dashboard's routes (declared in coordinator/routes.py): its pages, its assets,
the live streams, a job's events, a printer's temperatures, and the wall's setting."""

from __future__ import annotations

import time
from html import escape
from importlib import resources
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict

from coordinator.access import WALL_PUBLIC_KEY
from coordinator.api_app import FarmApi, http_error
from coordinator.service import Operations
from coordinator.web.history import TemperatureSeries
from coordinator.web.live import LiveHub, every_job, wall_job
from coordinator.web.order_pages import add_order_pages
from coordinator.web.settings import save_setting
from coordinator.web.sites_page import add_sites_page
from coordinator.web.stats_routes import add_history_page

_STATIC = resources.files("coordinator.web") / "static"
_TYPES = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}
_NO_STORE = {"Cache-Control": "no-store"}
# Pages run only the dashboard's own scripts, talk only to this server, and are never
# framed by another site (its buttons stop printers: no clickjacking).
_PAGE_HEADERS = {
    **_NO_STORE,
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
_SSE_HEADERS = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}


class EventOut(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: int
    ts: float
    kind: str
    job_id: str | None
    printer_key: str | None
    detail: dict[str, Any]


class WallSetting(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    public: bool


def _page(name: str, title: str) -> HTMLResponse:
    shell = (_STATIC / "page.html").read_text(encoding="utf-8")
    # The title carries the URL's job id or printer: escaped, or /job/</title><script>… runs.
    html = shell.replace("{{title}}", escape(title)).replace("{{page}}", name)
    return HTMLResponse(html, headers=_PAGE_HEADERS)


def add_web_routes(api: FarmApi, ops: Operations) -> None:
    hub = LiveHub(ops)
    _add_pages(api, hub)
    _add_data(api, ops, hub)
    add_history_page(api, _page)
    add_order_pages(api, _page)
    add_sites_page(api, _page)

    @api.operation("dash_asset", include_in_schema=False)
    def asset(asset: str) -> Response:
        """A file of the dashboard (flat folder; nothing else is reachable)."""
        suffix = asset[asset.rfind(".") :] if "." in asset else ""
        path = _STATIC / asset
        if "/" in asset or asset.startswith(".") or suffix not in _TYPES or not path.is_file():
            raise HTTPException(404, f"no asset {asset[:80]!r}")
        return Response(path.read_bytes(), media_type=_TYPES[suffix], headers=_NO_STORE)


def _add_pages(api: FarmApi, hub: LiveHub) -> None:
    @api.operation("dash_login_page", include_in_schema=False)
    def login_page() -> HTMLResponse:
        return _page("login", "Sign in")

    @api.operation("dash_fleet_page", include_in_schema=False)
    async def fleet_page() -> HTMLResponse:
        hub.ensure_running()
        return _page("fleet", "Fleet")

    @api.operation("dash_queue_page", include_in_schema=False)
    def queue_page() -> HTMLResponse:
        return _page("queue", "Queue")

    @api.operation("dash_job_page", include_in_schema=False)
    def job_page(job_id: str) -> HTMLResponse:
        return _page("job", f"Job {job_id}")

    @api.operation("dash_printer_page", include_in_schema=False)
    async def printer_page(agent: str, printer: str) -> HTMLResponse:
        hub.ensure_running()
        return _page("printer", f"Printer {agent}/{printer}")

    @api.operation("dash_wall_page", include_in_schema=False)
    def wall_page() -> HTMLResponse:
        return _page("wall", "Wall")

    @api.operation("dash_live", include_in_schema=False)
    def live(request: Request) -> StreamingResponse:
        """Server-sent events: printers and jobs, each change coalesced per printer/job."""
        return StreamingResponse(
            hub.stream(every_job), media_type="text/event-stream", headers=_SSE_HEADERS
        )

    @api.operation("dash_wall_live", include_in_schema=False)
    def wall_live() -> StreamingResponse:
        """The wall's stream: printers, and running jobs' names and progress only."""
        return StreamingResponse(
            hub.stream(wall_job), media_type="text/event-stream", headers=_SSE_HEADERS
        )


def _add_data(api: FarmApi, ops: Operations, hub: LiveHub) -> None:
    @api.operation("job_events")
    def job_events(job_id: str) -> list[EventOut]:
        """What happened to a job, oldest first (the last 200 events)."""
        with http_error():
            ops.get_job(job_id)
        events = ops.c.store.history(job_id=job_id, limit=200)
        return [EventOut.model_validate(e, from_attributes=True) for e in events]

    @api.operation("printer_temperatures")
    async def printer_temperatures(agent: str, printer: str) -> TemperatureSeries:
        """The last hour of temperatures this coordinator saw (kept in memory only)."""
        hub.ensure_running()
        return hub.history.series(f"{agent}/{printer}", time.time())

    @api.operation("get_wall_setting")
    def get_wall(request: Request) -> WallSetting:
        return WallSetting(public=api.security.wall_open())

    @api.operation("set_wall_setting")
    def set_wall(request: Request, body: WallSetting) -> WallSetting:
        """Let anyone on the network see the wall view without signing in (or not)."""
        request.state.audit_detail = f"public={body.public}"
        save_setting(ops.c.store, WALL_PUBLIC_KEY, "1" if body.public else "0")
        return WallSetting(public=api.security.wall_open())
