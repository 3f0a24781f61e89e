"""`printfarm spool set|show`: the filament spool loaded on each printer, over the HTTP API."""

from __future__ import annotations

from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from agent.wire.spools import FilamentSpool
from coordinator.accounts.cli import signed_in
from coordinator.client import DEFAULT_API
from coordinator.spools.views import SpoolOut

console = Console()
ApiOption = Annotated[
    str, typer.Option("--api", envvar="PRINTFARM_API", help="The coordinator's HTTP API")
]
spool_app = typer.Typer(help="The filament spool loaded on each printer.", no_args_is_help=True)


def _path(printer: str) -> dict[str, str]:
    agent, sep, name = printer.partition("/")
    if not sep or not agent or not name:
        raise typer.BadParameter(f"{printer!r}: give the printer as AGENT/PRINTER")
    return {"agent": agent, "printer": name}


@spool_app.command("set")
def set_spool(  # noqa: PLR0917  # one option per field of the spool
    printer: Annotated[str, typer.Argument(help="AGENT/PRINTER")],
    material: Annotated[str, typer.Option(help="pla, petg, ...")],
    grams: Annotated[float, typer.Option(help="Filament left on the spool, in grams")],
    colour: Annotated[str | None, typer.Option(help="#rrggbb")] = None,
    diameter: Annotated[float, typer.Option(help="Filament diameter, mm")] = 1.75,
    api: ApiOption = DEFAULT_API,
) -> None:
    """Record the spool just loaded on PRINTER (operators)."""
    path = _path(printer)
    try:
        spool = FilamentSpool(material=material, colour=colour, diameter=diameter, grams=grams)
    except ValidationError as e:
        raise typer.BadParameter("; ".join(str(x["msg"]) for x in e.errors())) from e
    with signed_in(api) as client:
        body = spool.model_dump(mode="json")
        out = SpoolOut.model_validate(client.call("set_spool", path=path, json=body))
    console.print(f"{out.printer_key}: {_describe(out.spool)}")


@spool_app.command("show")
def show(
    printer: Annotated[str | None, typer.Argument(help="AGENT/PRINTER (default: all)")] = None,
    api: ApiOption = DEFAULT_API,
) -> None:
    """The loaded spools (where each comes from: a person, or the agent's config)."""
    with signed_in(api) as client:
        if printer is not None:
            spools = [SpoolOut.model_validate(client.call("get_spool", path=_path(printer)))]
        else:
            spools = [SpoolOut.model_validate(s) for s in client.call("list_spools")]
    table = Table("printer", "material", "colour", "diameter", "grams left", "set by")
    for s in spools:
        by = s.updated_by or s.source
        table.add_row(
            s.printer_key, s.spool.material, s.spool.colour or "-",
            f"{s.spool.diameter:g} mm", f"{s.spool.grams:.0f}", by,
        )  # fmt: skip
    console.print(table)


def _describe(spool: FilamentSpool) -> str:
    colour = f" {spool.colour}" if spool.colour else ""
    return f"{spool.material}{colour}, {spool.diameter:g} mm, {spool.grams:.0f} g left"


def register(app: typer.Typer) -> None:
    app.add_typer(spool_app, name="spool")
