"""The order pages (issue 13): the list of orders, and one order followed part by part.
Shells like every page; their data come from the order routes (coordinator/api_orders.py),
whose policy lets a buyer see only their own orders."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.responses import HTMLResponse

from coordinator.api_app import FarmApi


def add_order_pages(api: FarmApi, page: Callable[[str, str], HTMLResponse]) -> None:
    @api.operation("dash_orders_page", include_in_schema=False)
    def orders_page() -> HTMLResponse:
        return page("orders", "Orders")

    @api.operation("dash_order_page", include_in_schema=False)
    def order_page(order_id: str) -> HTMLResponse:
        return page("order", f"Order {order_id}")
