"""The dashboard's history page (`/history`, static/history.js): its data comes from
`GET /stats/history` (coordinator/api_stats.py)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.responses import HTMLResponse

from coordinator.api_app import FarmApi


def add_history_page(api: FarmApi, page: Callable[[str, str], HTMLResponse]) -> None:
    @api.operation("dash_history_page", include_in_schema=False)
    def history_page() -> HTMLResponse:
        return page("history", "History")
