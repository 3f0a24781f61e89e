"""`printfarm site add|list|show|update|remove`: sites over the HTTP API.

`printfarm site broker-config` (a site's own Mosquitto, bridged to the central broker)
lives in coordinator/site_broker_cli.py and joins this group here.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from coordinator.accounts.cli import signed_in
from coordinator.client import DEFAULT_API
from coordinator.site_broker_cli import broker_config
from coordinator.sites.parse import (
    format_hours,
    parse_circuit,
    parse_hours,
    parse_placement,
    parse_power,
)
from coordinator.sites.status import SiteOut

console = Console()
err = Console(stderr=True)
SiteId = Annotated[str, typer.Argument(metavar="SITE", help="The site's id")]
ApiOption = Annotated[
    str, typer.Option("--api", envvar="PRINTFARM_API", help="The coordinator's HTTP API")
]
site_app = typer.Typer(
    help="Sites: where printers are, their hours and power budgets, and a site's own broker.",
    no_args_is_help=True,
)
# One `site` group: a site's broker (its Mosquitto bridged to the central one) is a site command.
site_app.command("broker-config")(broker_config)

Name = Annotated[str | None, typer.Option(help="Display name")]
Org = Annotated[str | None, typer.Option("--org", help="Operating organisation")]
Lat = Annotated[float | None, typer.Option("--lat", help="Latitude, -90..90")]
Lon = Annotated[float | None, typer.Option("--lon", help="Longitude, -180..180")]
Tz = Annotated[str | None, typer.Option("--tz", help="IANA timezone, e.g. Europe/Berlin")]
Hours = Annotated[
    str | None,
    typer.Option(help="Opening hours in the site's time: 'mon-fri 09:00-17:00; sat 10:00-13:00'"),
]
Circuits = Annotated[
    list[str] | None, typer.Option("--circuit", help="ID=WATTS, repeatable (first: default)")
]
Printers = Annotated[
    list[str] | None, typer.Option("--printer", help="AGENT/PRINTER[@CIRCUIT], repeatable")
]
Powers = Annotated[
    list[str] | None,
    typer.Option("--printer-power", help="AGENT/PRINTER=HEAT_UP_W/PRINTING_W[/IDLE_W]"),
]


def _fields(  # noqa: PLR0917  # one per option
    name: str | None, org: str | None, lat: float | None, lon: float | None, tz: str | None,
    hours: str | None, circuits: list[str] | None, printers: list[str] | None,
    powers: list[str] | None,
) -> dict[str, Any]:  # fmt: skip
    """The JSON fields the options give (None: not given); a bad option ends the command."""
    try:
        placements = [parse_placement(p) for p in printers or ()]
        overrides = dict(parse_power(p) for p in powers or ())
        fields: dict[str, Any] = {
            "name": name, "organisation": org, "latitude": lat, "longitude": lon,
            "timezone": tz,
            "hours": parse_hours(hours) if hours is not None else None,
            "circuits": [parse_circuit(c) for c in circuits] if circuits else None,
        }  # fmt: skip
    except ValueError as e:
        raise typer.BadParameter(str(e)) from e
    if unknown := overrides.keys() - {p.printer for p in placements}:
        raise typer.BadParameter(f"--printer-power for {sorted(unknown)}: place it with --printer")
    if placements:
        fields["printers"] = [
            p.model_copy(update={"power": overrides.get(p.printer)}) for p in placements
        ]
    return {
        k: [x.model_dump(mode="json") for x in v] if isinstance(v, list) else _json(v)
        for k, v in fields.items()
        if v is not None
    }


def _json(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): [r.model_dump() for r in v] for k, v in value.items()}
    return value


@site_app.command("add")
def add(  # noqa: PLR0917  # typer options
    site_id: Annotated[str, typer.Argument(help="The `site` its agents report")],
    lat: Annotated[float, typer.Option("--lat", help="Latitude, -90..90")],
    lon: Annotated[float, typer.Option("--lon", help="Longitude, -180..180")],
    name: Name = None, org: Org = None, tz: Tz = None, hours: Hours = None,
    circuit: Circuits = None, printer: Printers = None, printer_power: Powers = None,
    api: ApiOption = DEFAULT_API,
) -> None:  # fmt: skip
    """Add a site (admins)."""
    body = {"id": site_id, "name": name or site_id}
    body |= _fields(None, org, lat, lon, tz, hours, circuit, printer, printer_power)
    with signed_in(api) as client:
        out = SiteOut.model_validate(client.call("add_site", json=body))
    _show(out)


@site_app.command("update")
def update(  # noqa: PLR0917  # typer options
    site_id: SiteId,
    name: Name = None, org: Org = None, lat: Lat = None, lon: Lon = None, tz: Tz = None,
    hours: Hours = None, circuit: Circuits = None, printer: Printers = None,
    printer_power: Powers = None, api: ApiOption = DEFAULT_API,
) -> None:  # fmt: skip
    """Change a site (admins): only the options given; --printer replaces the placements."""
    body = _fields(name, org, lat, lon, tz, hours, circuit, printer, printer_power)
    if not body:
        raise typer.BadParameter("nothing to change: give at least one option")
    with signed_in(api) as client:
        out = SiteOut.model_validate(
            client.call("update_site", path={"site_id": site_id}, json=body)
        )
    _show(out)


@site_app.command("remove")
def remove(site_id: SiteId, api: ApiOption = DEFAULT_API) -> None:
    """Forget a site (admins); its printers and their jobs stay."""
    with signed_in(api) as client:
        client.call("remove_site", path={"site_id": site_id})
    console.print(f"removed site {site_id}")


@site_app.command("list")
def list_sites(api: ApiOption = DEFAULT_API) -> None:
    """Every site with its load."""
    with signed_in(api) as client:
        sites = [SiteOut.model_validate(s) for s in client.call("list_sites")]
    table = Table(
        "site", "name", "organisation", "timezone", "printers", "queued", "hours", "power"
    )
    for out in sites:
        s, st = out.site, out.status
        table.add_row(
            s.id, s.name, s.organisation or "-", s.timezone,
            f"{len(st.printers)} ({st.online} online, {st.printing} printing)", str(st.queued),
            _opening(out), _power(out) or "-",
        )  # fmt: skip
    console.print(table)


@site_app.command("show")
def show(site_id: SiteId, api: ApiOption = DEFAULT_API) -> None:
    """One site in full."""
    with signed_in(api) as client:
        out = SiteOut.model_validate(client.call("get_site", path={"site_id": site_id}))
    _show(out)


def _opening(out: SiteOut) -> str:
    if out.status.open_now:
        return "open now"
    at = out.status.next_open
    if at is None:
        return "closed"
    return f"opens {at.astimezone(out.site.zone):%a %H:%M}"


def _power(out: SiteOut) -> str:
    return ", ".join(
        f"{c.id} {c.planned_w}/{c.budget_w} W" + (f" ({c.heating} heating)" if c.heating else "")
        for c in out.status.circuits
    )


def _show(out: SiteOut) -> None:
    s, st = out.site, out.status
    console.print(f"[bold]{s.id}[/] {s.name}" + (f" · {s.organisation}" if s.organisation else ""))
    console.print(f"  location  {s.latitude:.5f}, {s.longitude:.5f}  ({s.timezone})")
    console.print(f"  hours     {format_hours(s.hours)}  [{_opening(out)}]")
    console.print(f"  power     {_power(out) or 'no circuits: no budget'}")
    console.print(f"  printers  {', '.join(st.printers) or 'none yet'}  "
                  f"({st.online} online, {st.printing} printing, {st.queued} queued)")  # fmt: skip
    for p in s.printers:
        extra = f" on {p.circuit}" if p.circuit else ""
        if p.power is not None:
            extra += f", {p.power.heat_up_w}/{p.power.printing_w}/{p.power.idle_w} W"
        console.print(f"    placed {p.printer}{extra}")


def register(app: typer.Typer) -> None:
    app.add_typer(site_app, name="site")
