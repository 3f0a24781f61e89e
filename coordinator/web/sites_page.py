"""The dashboard's sites page (`/sites`, static/sites.js): its data comes from
`GET /farm/sites` (coordinator/api_sites.py)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.responses import HTMLResponse

from coordinator.api_app import FarmApi


def add_sites_page(api: FarmApi, page: Callable[[str, str], HTMLResponse]) -> None:
    @api.operation("dash_sites_page", include_in_schema=False)
    def sites_page() -> HTMLResponse:
        return page("sites", "Sites")
