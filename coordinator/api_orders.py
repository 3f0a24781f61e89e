"""Routes of orders (issue 13): a buyer places an order of uploaded files and follows it;
operators see and cancel every order. See coordinator/orders/ for the planning."""

from __future__ import annotations

from fastapi import Request

from coordinator.accounts.models import Scope
from coordinator.api_app import FarmApi, http_error
from coordinator.orders.models import OrderIn, OrderOut, OrderSummaryOut
from coordinator.orders.service import cancel_order, create_order, get_order, list_orders
from coordinator.service import Operations


def add_order_routes(api: FarmApi, ops: Operations) -> None:
    @api.operation("create_order")
    def create(request: Request, body: OrderIn) -> OrderOut:
        """Place an order: parts (files uploaded with POST /files) x quantities, material
        and colour, due date and delivery place. It is planned across sites at once."""
        principal = request.state.principal
        with http_error():
            order = create_order(ops, body, principal.username)
        request.state.audit_target = order.id
        return order

    @api.operation("list_orders")
    def orders(request: Request) -> list[OrderSummaryOut]:
        """One's own orders; an operator's list holds everyone's."""
        principal = request.state.principal
        return list_orders(ops, None if principal.can(Scope.OPERATE) else principal.username)

    @api.operation("get_order")
    def show(order_id: str) -> OrderOut:
        """The order: every copy's site, state and expected completion, and its history."""
        with http_error():
            return get_order(ops, order_id)

    @api.operation("cancel_order")
    def cancel(request: Request, order_id: str) -> OrderOut:
        """Cancel the order's jobs that have not ended; what is made stays in the history."""
        with http_error():
            return cancel_order(ops, order_id, request.state.principal.username)
