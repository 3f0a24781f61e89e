"""Temperature reports parse: an `M105` answer, and `M155` auto-reports where supported."""

from __future__ import annotations

from agent.protocol import events as ev
from hil.checks.base import Check, Context, Outcome, failed, passed
from hil.report import Measurement

AUTOREPORT_INTERVAL_S = 1
AUTOREPORTS_WANTED = 2


def _describe(report: ev.TemperatureReport) -> str:
    parts = []
    for name, reading in sorted(report.heaters.items()):
        target = f"/{reading.target:g}" if reading.target is not None else ""
        parts.append(f"{name} {reading.actual:g}{target}")
    return ", ".join(parts)


def supports_autoreport(ctx: Context) -> bool:
    caps = ctx.findings.capabilities
    if "AUTOREPORT_TEMP" in caps:
        return caps["AUTOREPORT_TEMP"]
    return ctx.profile.capabilities.autoreport_temperature


def _autoreport(ctx: Context) -> tuple[int, str]:
    """Turn auto-report on, count unsolicited reports, turn it off again."""
    link = ctx.link
    link.command(f"M155 S{AUTOREPORT_INTERVAL_S}", ctx.ok_timeout_s)
    mark = link.mark()  # reports after the ok were not asked for by M105

    def enough() -> bool:
        reports = [e for e in link.events_since(mark) if isinstance(e, ev.TemperatureReport)]
        return len(reports) >= AUTOREPORTS_WANTED

    try:
        link.wait_for(enough, AUTOREPORT_INTERVAL_S * (AUTOREPORTS_WANTED + 2))
    finally:
        link.command("M155 S0", ctx.ok_timeout_s)
    reports = [e for e in link.events_since(mark) if isinstance(e, ev.TemperatureReport)]
    return len(reports), _describe(reports[0]) if reports else ""


def run(ctx: Context) -> Outcome:
    link = ctx.link
    query = ctx.profile.gcode.query_temperature
    reports = [
        e for e in link.command(query, ctx.ok_timeout_s) if isinstance(e, ev.TemperatureReport)
    ]
    if not reports or not reports[0].heaters:
        return failed(f"{query} was acknowledged but no temperature report could be parsed")
    polled = _describe(reports[0])
    values: dict[str, Measurement] = {"polled": polled, "heaters": len(reports[0].heaters)}
    if not supports_autoreport(ctx):
        values["autoreport"] = False
        return passed(f"{query}: {polled}; auto-report not supported, polling it is", **values)
    count, first = _autoreport(ctx)
    values.update(autoreport=True, autoreports=count)
    if count < AUTOREPORTS_WANTED:
        return failed(
            f"{query} parsed ({polled}), but M155 S{AUTOREPORT_INTERVAL_S} brought {count} "
            f"report(s) in {AUTOREPORT_INTERVAL_S * (AUTOREPORTS_WANTED + 2)} s",
            **values,
        )
    return passed(f"{query}: {polled}; M155 auto-reports parse too ({first})", **values)


CHECK = Check("temperatures", "Temperature reports parse (polled and auto-reported)", run)
