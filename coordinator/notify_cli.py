"""`printfarm notify`: where you (or, for admins, the farm's operators) are told of jobs.

URLs are secrets (webhook tokens, passwords): they are read from a file or stdin, never
from the command line, and the coordinator only ever shows them redacted."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from coordinator.accounts.cli import signed_in
from coordinator.client import DEFAULT_API
from coordinator.notify.targets import DEFAULT_OFFLINE_AFTER_S, NotificationsOut

console = Console()
ApiOption = Annotated[
    str, typer.Option("--api", envvar="PRINTFARM_API", help="The coordinator's HTTP API")
]
DEFAULT_OFFLINE_MIN = DEFAULT_OFFLINE_AFTER_S / 60
FarmOption = Annotated[
    bool, typer.Option("--farm", help="The farm's URLs (operators' channel; admins)")
]


def read_urls(source: Path) -> list[str]:
    """One Apprise URL a line ('-': stdin); blank lines and '#' comments are skipped."""
    try:
        text = sys.stdin.read() if str(source) == "-" else source.read_text(encoding="utf-8")
    except OSError as e:
        raise typer.BadParameter(f"cannot read {source}: {e.strerror}") from e
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def notify(
    urls_file: Annotated[
        Path | None,
        typer.Option("--set", help="Replace the URLs with those of FILE, one a line ('-': stdin)"),
    ] = None,
    farm: FarmOption = False,
    offline_after: Annotated[
        float | None,
        typer.Option(
            help=f"Minutes offline before the farm is told (default {DEFAULT_OFFLINE_MIN:g})"
        ),
    ] = None,
    api: ApiOption = DEFAULT_API,
) -> None:
    """Show where notifications go (redacted), or set them from a file."""
    if offline_after is not None and (not farm or urls_file is None):
        raise typer.BadParameter("--offline-after goes with --farm --set FILE")
    urls = read_urls(urls_file) if urls_file is not None else None
    with signed_in(api) as client:
        if urls is None:
            answer = client.call("farm_notifications" if farm else "my_notifications")
        elif farm:
            body = {"urls": urls, "offline_after_min": offline_after or DEFAULT_OFFLINE_MIN}
            answer = client.call("set_farm_notifications", json=body)
        else:
            answer = client.call("set_my_notifications", json={"urls": urls})
    current = NotificationsOut.model_validate(answer)
    who = "the farm" if farm else "you"
    console.print(f"notifications for {who}: {len(current.urls)} URLs", highlight=False)
    for url in current.urls:
        console.print(f"  {url}", markup=False, highlight=False)
    if current.offline_after_min is not None:
        console.print(f"printers offline for {current.offline_after_min:g} min are reported")


def register(app: typer.Typer) -> None:
    app.command("notify")(notify)
