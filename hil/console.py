"""The readable report: one row per check, evidence where it matters, a verdict line."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from hil.report import CheckStatus, HilReport, Verdict

STYLES = {
    CheckStatus.PASSED: "[green]PASS[/]",
    CheckStatus.FAILED: "[bold red]FAIL[/]",
    CheckStatus.SKIPPED: "[dim]skip[/]",
}
VERDICT_STYLES = {Verdict.PASSED: "bold green", Verdict.FAILED: "bold red",
                  Verdict.INTERRUPTED: "bold yellow"}  # fmt: skip


def render(report: HilReport, console: Console, verbose: bool = False) -> None:
    """Print the report; evidence for failed checks always, for all with `verbose`."""
    opts = report.options
    console.print(
        f"[bold]printfarm-hil[/] {escape(opts.port)} at {opts.baud} baud, profile "
        f"{report.profile_used or opts.profile}"
        + (f", firmware {escape(report.firmware_name)!r}" if report.firmware_name else "")
    )
    table = Table(show_header=True, header_style="bold", expand=False)
    table.add_column("", no_wrap=True)
    table.add_column("check")
    table.add_column("result")
    table.add_column("s", justify="right", no_wrap=True)
    for check in report.checks:
        table.add_row(
            STYLES[check.status], check.title, escape(check.summary), f"{check.duration_s:.1f}"
        )
    console.print(table)
    for check in report.checks:
        show = check.status is CheckStatus.FAILED or (verbose and check.evidence)
        if show and check.evidence:
            console.print(f"[bold]{check.id}[/] evidence:")
            for line in check.evidence:
                console.print(f"    {escape(line)}", highlight=False)
    if report.suggestion is not None:
        s = report.suggestion
        console.print(
            f"suggested agent configuration: profile = {s.profile!r}, send_window = "
            f"{s.send_window}"
            + (", advanced_ok = true" if s.advanced_ok else "")
            + f"  [dim]({escape(s.reason)})[/]"
        )
    console.print(f"[{VERDICT_STYLES[report.verdict]}]{escape(report.verdict_line)}[/]")
