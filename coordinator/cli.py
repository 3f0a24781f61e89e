"""`printfarm`: the coordinator and the tools around it.

Each command lives in the module of its feature; this file only wires them up, and
imports lazily so that light commands (the virtual printer) need no coordinator extras.
"""

from __future__ import annotations

import typer

from agent.virtual.cli import virtual_printer
from coordinator.intake.cli import analyze
from coordinator.intake.slice_cli import slice_command
from coordinator.pki.cli import certs_app

app = typer.Typer(
    help="printfarm: coordinator and tools for a 3D-print farm.", no_args_is_help=True
)
app.command("virtual-printer")(virtual_printer)
app.command("analyze")(analyze)
app.command("slice")(slice_command)
app.add_typer(certs_app, name="certs")


def _register_coordinator_commands() -> None:
    from coordinator.farm_cli import register

    register(app)


_register_coordinator_commands()
