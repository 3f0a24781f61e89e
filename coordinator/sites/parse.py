"""The command line's short forms of a site's parts (pure; ValueError says what is wrong).

parse_hours("mon-fri 09:00-17:00; sat 10:00-12:00 13:00-16:00")
parse_circuit("main=1000")                # id=watts
parse_placement("agent-1/mk3@bench")      # printer[@circuit]
parse_power("agent-1/mk3=240/80/7")       # printer=heat_up_w/printing_w[/idle_w]
"""

from __future__ import annotations

from pydantic import ValidationError

from agent.profiles import PowerDraw
from coordinator.sites.models import Circuit, OpeningHours, Placement, TimeRange, Weekday

_DAYS = list(Weekday)


def _errors(e: ValidationError) -> str:
    return "; ".join(str(x["msg"]).removeprefix("Value error, ") for x in e.errors())


def _days(spec: str) -> list[Weekday]:
    if spec in ("daily", "all"):
        return _DAYS
    first, _, last = spec.partition("-")
    try:
        start, end = Weekday(first), Weekday(last or first)
    except ValueError as e:
        raise ValueError(f"{spec!r}: days are mon..sun, a range (mon-fri) or daily") from e
    i, j = _DAYS.index(start), _DAYS.index(end)
    return [_DAYS[(i + k) % 7] for k in range((j - i) % 7 + 1)]


def parse_hours(text: str) -> OpeningHours:
    """`DAYS HH:MM-HH:MM [HH:MM-HH:MM ...]` entries separated by `;`."""
    hours: dict[Weekday, list[TimeRange]] = {}
    for entry in filter(None, (e.strip() for e in text.split(";"))):
        days, *ranges = entry.lower().split()
        if not ranges:
            raise ValueError(f"{entry!r}: give days then ranges, e.g. 'mon-fri 09:00-17:00'")
        parsed = []
        for r in ranges:
            start, sep, end = r.partition("-")
            if not sep:
                raise ValueError(f"{r!r}: a range is HH:MM-HH:MM")
            try:
                parsed.append(TimeRange(start=start, end=end))
            except ValidationError as e:
                raise ValueError(_errors(e)) from e
        for day in _days(days):
            hours.setdefault(day, []).extend(parsed)
    return {day: tuple(ranges) for day, ranges in hours.items()}


def parse_circuit(text: str) -> Circuit:
    name, sep, watts = text.partition("=")
    if not sep or not watts.strip().isdigit():
        raise ValueError(f"{text!r}: a circuit is ID=WATTS, e.g. main=1000")
    try:
        return Circuit(id=name.strip(), watts=int(watts))
    except ValidationError as e:
        raise ValueError(f"{text!r}: {_errors(e)}") from e


def parse_placement(text: str) -> Placement:
    printer, _, circuit = text.partition("@")
    try:
        return Placement(printer=printer.strip(), circuit=circuit.strip() or None)
    except ValidationError as e:
        raise ValueError(f"{text!r}: a printer is AGENT/PRINTER[@CIRCUIT]") from e


def parse_power(text: str) -> tuple[str, PowerDraw]:
    printer, sep, figures = text.partition("=")
    parts = figures.split("/")
    if not sep or len(parts) not in (2, 3) or not all(p.strip().isdigit() for p in parts):
        raise ValueError(f"{text!r}: give AGENT/PRINTER=HEAT_UP_W/PRINTING_W[/IDLE_W]")
    watts = [int(p) for p in parts]
    try:
        names = ("heat_up_w", "printing_w", "idle_w")
        draw = PowerDraw(**dict(zip(names, watts, strict=False)))
    except ValidationError as e:
        raise ValueError(f"{text!r}: {_errors(e)}") from e
    return printer.strip(), draw


def format_hours(hours: OpeningHours) -> str:
    """The inverse of `parse_hours`, one entry per day ("always" when empty)."""
    if not hours:
        return "always open"
    return "; ".join(f"{d} {' '.join(str(r) for r in hours[d])}" for d in Weekday if d in hours)
