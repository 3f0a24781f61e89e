"""`printfarm approve|reject|quotas`: approval of long or heavy jobs, and the farm's
quotas for members, over the HTTP API."""

from __future__ import annotations

from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from coordinator.accounts.cli import signed_in
from coordinator.client import DEFAULT_API
from coordinator.quotas.settings import QuotaSettings
from coordinator.views import JobOut

console = Console()
err = Console(stderr=True)
ApiOption = Annotated[
    str, typer.Option("--api", envvar="PRINTFARM_API", help="The coordinator's HTTP API")
]
_UNITS = {
    "max_queued_jobs": "jobs waiting at once, per member",
    "max_print_hours_per_week": "estimated print hours per member in 7 days",
    "max_filament_g_per_month": "estimated filament grams per member in 30 days",
    "approval_over_hours": "a longer job waits for an operator's approval",
    "approval_over_filament_g": "a heavier job waits for an operator's approval",
}


def approve(job: str, api: ApiOption = DEFAULT_API) -> None:
    """Let a job that waits for approval join the queue (operators)."""
    with signed_in(api) as client:
        out = JobOut.model_validate(client.call("approve_job", path={"job_id": job}))
    console.print(f"approved: job {out.id} ({out.state})")


def reject(
    job: str,
    reason: Annotated[str, typer.Option(help="Why (the member sees it)")] = "",
    api: ApiOption = DEFAULT_API,
) -> None:
    """End a job that waits for approval as cancelled (operators)."""
    with signed_in(api) as client:
        body = {"reason": reason}
        out = JobOut.model_validate(client.call("reject_job", path={"job_id": job}, json=body))
    console.print(f"rejected: job {out.id} ({out.state}: {out.message})")


def parse_settings(current: QuotaSettings, items: list[str]) -> QuotaSettings:
    """`key=value` pairs over `current`; `key=none` removes a limit."""
    values = current.model_dump()
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip().lower().replace("-", "_")
        if not sep or key not in values:
            raise typer.BadParameter(f"--set {item!r}: expected KEY=VALUE, KEY one of {_keys()}")
        values[key] = None if value.strip().lower() in ("", "none", "off") else value.strip()
    try:
        return QuotaSettings.model_validate(values)
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors())
        raise typer.BadParameter(f"--set: {problems}") from e


def _keys() -> str:
    return ", ".join(QuotaSettings.model_fields)


def quotas(
    set_: Annotated[
        list[str] | None,
        typer.Option("--set", help="KEY=VALUE (KEY=none: no limit), repeatable; admins"),
    ] = None,
    api: ApiOption = DEFAULT_API,
) -> None:
    """Show the farm's quotas for members and approval thresholds, or change them."""
    parse_settings(QuotaSettings(), set_ or [])  # a typo fails before any request
    with signed_in(api) as client:
        current = QuotaSettings.model_validate(client.call("get_quotas"))
        if set_:
            wanted = parse_settings(current, set_)
            body = wanted.model_dump(mode="json", exclude_none=True)
            current = QuotaSettings.model_validate(client.call("set_quotas", json=body))
    table = Table(title="quotas (members; operators and admins are exempt)", title_justify="left")
    for column in ("setting", "value", "meaning"):
        table.add_column(column)
    for key, value in current.model_dump().items():
        table.add_row(key, "no limit" if value is None else f"{value:g}", _UNITS[key])
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("approve")(approve)
    app.command("reject")(reject)
    app.command("quotas")(quotas)
