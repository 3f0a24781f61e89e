"""`python -m agent.virtual [flags]`: the same as `printfarm virtual-printer`."""

from __future__ import annotations

import typer

from agent.virtual.cli import virtual_printer

if __name__ == "__main__":
    typer.run(virtual_printer)
