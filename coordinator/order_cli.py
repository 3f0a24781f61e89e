"""`printfarm order create|show|list|cancel`: a buyer's orders, over the HTTP API.

    printfarm order create bracket.gcode:4 lid.gcode:2 --material PLA \\
        --due 2026-12-01T17:00 --deliver 45.76,4.84 --name "kitchen brackets"
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from coordinator.accounts.cli import signed_in
from coordinator.client import DEFAULT_API, FarmClient
from coordinator.orders.models import OrderIn, OrderOut, OrderSummaryOut

console = Console()
ApiOption = Annotated[
    str, typer.Option("--api", envvar="PRINTFARM_API", help="The coordinator's HTTP API")
]
order_app = typer.Typer(help="Orders: parts made across sites.", no_args_is_help=True)


def _part(text: str) -> tuple[Path, int]:
    path, sep, quantity = text.rpartition(":")
    if not sep or not quantity.isdigit():
        path, quantity = text, "1"
    if not Path(path).is_file():
        raise typer.BadParameter(f"{path!r}: no such file")
    return Path(path), int(quantity)


def _due(text: str) -> float:
    try:
        due = datetime.fromisoformat(text)
    except ValueError as e:
        raise typer.BadParameter(f"{text!r}: give the due date as 2026-12-01T17:00") from e
    return due.timestamp()  # a naive date is this machine's local time


def _place(text: str) -> tuple[float, float]:
    lat, _, lon = text.partition(",")
    try:
        return float(lat), float(lon)
    except ValueError as e:
        raise typer.BadParameter(f"{text!r}: give the place as LAT,LON (45.76,4.84)") from e


@order_app.command("create")
def create(  # noqa: PLR0917  # one option per field of the order
    parts: Annotated[list[str], typer.Argument(help="FILE[:QUANTITY] for each part")],
    due: Annotated[str, typer.Option(help="When it must be delivered (2026-12-01T17:00)")],
    deliver: Annotated[str, typer.Option(help="Where to: LAT,LON")],
    material: Annotated[str | None, typer.Option(help="pla, petg, ...")] = None,
    colour: Annotated[str | None, typer.Option(help="#rrggbb")] = None,
    name: Annotated[str, typer.Option(help="A name for the order")] = "",
    api: ApiOption = DEFAULT_API,
) -> None:
    """Upload the parts' files and place the order; it is planned across sites at once."""
    files = [_part(p) for p in parts]
    lat, lon = _place(deliver)
    body: dict[str, Any] = {
        "name": name, "material": material, "colour": colour, "due_at": _due(due),
        "latitude": lat, "longitude": lon,
        "parts": [{"file_sha256": "0" * 64, "name": p.name, "quantity": q} for p, q in files],
    }  # fmt: skip
    try:
        OrderIn.model_validate(body)  # bad input is refused before anything is uploaded
    except ValidationError as e:
        raise typer.BadParameter("; ".join(str(x["msg"]) for x in e.errors())) from e
    with signed_in(api) as client:
        for part, (path, _) in zip(body["parts"], files, strict=True):
            part["file_sha256"] = _upload(client, path)
        order = OrderOut.model_validate(client.call("create_order", json=body))
    _print_order(order)


def _upload(client: FarmClient, path: Path) -> str:
    with path.open("rb") as f:
        stored = client.call("upload_file", files={"file": (path.name, f)})
    sha: str = stored["sha256"]
    return sha


@order_app.command("show")
def show(order_id: str, api: ApiOption = DEFAULT_API) -> None:
    """Every copy: where it is made, its state, when it is expected; and the history."""
    with signed_in(api) as client:
        order = OrderOut.model_validate(client.call("get_order", path={"order_id": order_id}))
    _print_order(order)
    history = Table("when", "what", "part", "site", "printer", "detail")
    for e in order.history:
        part = f"{e.part_id} #{e.copy_index + 1}" if e.part_id and e.copy_index is not None else ""
        history.add_row(_when(e.ts), e.kind, part, e.site_id or "", e.printer or "", e.detail)
    console.print(history)


@order_app.command("list")
def list_orders(api: ApiOption = DEFAULT_API) -> None:
    """Your orders (an operator sees everyone's)."""
    with signed_in(api) as client:
        orders = [OrderSummaryOut.model_validate(o) for o in client.call("list_orders")]
    table = Table("order", "name", "buyer", "state", "made", "due")
    for o in orders:
        table.add_row(o.id, o.name, o.buyer, o.state, f"{o.done}/{o.copies}", _when(o.due_at))
    console.print(table)


@order_app.command("cancel")
def cancel(order_id: str, api: ApiOption = DEFAULT_API) -> None:
    """Cancel what is not made yet."""
    with signed_in(api) as client:
        order = OrderOut.model_validate(client.call("cancel_order", path={"order_id": order_id}))
    console.print(f"order {order.id} cancelled ({order.done} of {order.copies} copies made)")


def _print_order(order: OrderOut) -> None:
    late = {True: "on time", False: "late", None: "not planned yet"}[order.on_time]
    console.print(
        f"order {order.id} {order.name!r} of {order.buyer}: {order.state}, "
        f"{order.done}/{order.copies} made, due {_when(order.due_at)}, expected "
        f"{_when(order.expected_completion)} ({late})"
    )
    table = Table("part", "copy", "state", "site", "printer", "expected", "km", "attempts")
    for c in order.copies_detail:
        km = f"{c.km:.0f}" if c.km is not None else ""
        table.add_row(
            c.part_id, str(c.copy_index + 1), c.state, c.site_id or "-", c.printer or "",
            _when(c.expected_ready), km, str(c.attempts),
        )  # fmt: skip
    console.print(table)


def _when(ts: float | None) -> str:
    if ts is None:
        return "-"
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") + (
        " (past)" if ts < time.time() else ""
    )


def register(app: typer.Typer) -> None:
    app.add_typer(order_app, name="order")
