"""Sites: where printers stand, who runs them, when a person is there, what power they may draw.

A site is a workshop: an id (the same string agents put in `site = "..."` in agent.toml,
so printers reporting that site belong to it), a name, the operating organisation, a
location, an IANA timezone, opening hours in that timezone (when a person can clear
beds), and electrical circuits with a power budget each. An operator can also place a
printer at a site and on a circuit explicitly (`printers`); that wins over the wire tag.

A printer at a site without an explicit circuit is on the site's first circuit.
No opening hours at all means always open (a site that is staffed around the clock).
"""

from __future__ import annotations

import itertools
import re
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from agent.profiles import PowerDraw

SITE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
_HHMM = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")
MINUTES_PER_DAY = 24 * 60


class Weekday(StrEnum):
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"

    @classmethod
    def of(cls, day: date) -> Weekday:
        return list(cls)[day.weekday()]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


def _minutes(text: str) -> int:
    match = _HHMM.match(text)
    if match is None:
        raise ValueError(f"time {text!r} is not HH:MM (00:00 to 24:00)")
    value = int(match[1]) * 60 + int(match[2])
    if value > MINUTES_PER_DAY:
        raise ValueError(f"time {text!r} is after 24:00")
    return value


class TimeRange(_Strict):
    """Open from `start` to `end` (local wall-clock "HH:MM"; `end` may be "24:00")."""

    start: str
    end: str

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if _minutes(self.end) <= _minutes(self.start):
            raise ValueError(f"opening range {self.start}-{self.end} ends before it starts")
        return self

    @property
    def start_min(self) -> int:
        return _minutes(self.start)

    @property
    def end_min(self) -> int:
        return _minutes(self.end)

    def __str__(self) -> str:
        return f"{self.start}-{self.end}"


class Circuit(_Strict):
    """One electrical circuit (a breaker): the printers on it share `watts`."""

    id: str = Field(pattern=SITE_ID_PATTERN)
    watts: int = Field(gt=0, le=1_000_000)


class Placement(_Strict):
    """An operator's statement that a printer stands at this site (on `circuit`), with
    its power draw when its firmware profile's typical figures do not fit it."""

    printer: str = Field(pattern=r"^[^/\s]{1,64}/[^/\s]{1,64}$")  # "agent/printer"
    circuit: str | None = None
    power: PowerDraw | None = None


OpeningHours = dict[Weekday, tuple[TimeRange, ...]]


class SiteFields(_Strict):
    """Everything of a site but its id: the body of an update (every field optional)."""

    name: str | None = Field(default=None, min_length=1, max_length=128)
    organisation: str | None = Field(default=None, max_length=128)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    timezone: str | None = Field(default=None, max_length=64)
    hours: OpeningHours | None = None
    circuits: tuple[Circuit, ...] | None = Field(default=None, max_length=64)
    printers: tuple[Placement, ...] | None = Field(default=None, max_length=10_000)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None:
            zone_of(value)
        return value


def zone_of(name: str) -> ZoneInfo:
    """The IANA zone `name`, or ValueError saying it is not one."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ValueError(
            f"unknown timezone {name!r}: give an IANA name such as Europe/Berlin or UTC"
        ) from e


class Site(_Strict):
    id: str = Field(pattern=SITE_ID_PATTERN)
    name: str = Field(min_length=1, max_length=128)
    organisation: str = Field(default="", max_length=128)
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    timezone: str = Field(default="UTC", max_length=64)
    hours: OpeningHours = Field(default_factory=dict)
    circuits: tuple[Circuit, ...] = Field(default=(), max_length=64)
    printers: tuple[Placement, ...] = Field(default=(), max_length=10_000)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        zone_of(value)
        return value

    @field_validator("hours")
    @classmethod
    def _no_overlaps(cls, hours: OpeningHours) -> OpeningHours:
        out: OpeningHours = {}
        for day in Weekday:
            ranges = tuple(sorted(hours.get(day, ()), key=lambda r: r.start_min))
            for a, b in itertools.pairwise(ranges):
                if b.start_min < a.end_min:
                    raise ValueError(f"opening ranges {a} and {b} on {day} overlap")
            if ranges:
                out[day] = ranges
        return out

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        circuits = [c.id for c in self.circuits]
        if len(set(circuits)) != len(circuits):
            raise ValueError("circuit ids must be unique within a site")
        seen: set[str] = set()
        for p in self.printers:
            if p.printer in seen:
                raise ValueError(f"printer {p.printer} is placed twice")
            seen.add(p.printer)
            if p.circuit is not None and p.circuit not in circuits:
                raise ValueError(
                    f"printer {p.printer} is on circuit {p.circuit!r}, which the site lacks"
                )
        return self

    def updated(self, fields: SiteFields) -> Site:
        """This site with the fields that `fields` sets (validated again)."""
        changes = fields.model_dump(exclude_none=True)
        return Site.model_validate({**self.model_dump(), **changes})

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def circuit_of(self, printer: str) -> str | None:
        """The circuit `printer` is on, if it is at this site: its placement's, else the
        first circuit (None: the site has no circuits)."""
        for p in self.printers:
            if p.printer == printer and p.circuit is not None:
                return p.circuit
        return self.circuits[0].id if self.circuits else None

    def is_open(self, at: datetime) -> bool:
        """Whether a person is at the site at instant `at` (timezone-aware)."""
        if not self.hours:
            return True
        local = _aware(at).astimezone(self.zone)
        minute = local.hour * 60 + local.minute
        ranges = self.hours.get(Weekday.of(local.date()), ())
        return any(r.start_min <= minute < r.end_min for r in ranges)

    def next_open(self, at: datetime) -> datetime | None:
        """The first instant at or after `at` when the site is open (`at` itself when it
        is open now), in UTC; None when it never opens."""
        at = _aware(at).astimezone(UTC)
        if self.is_open(at):
            return at
        today = at.astimezone(self.zone).date()
        for offset in range(15):  # two weeks: one occurrence may fall in a DST gap
            day = today + timedelta(days=offset)
            for r in self.hours.get(Weekday.of(day), ()):
                opens = _local_instant(day, r.start_min, self.zone)
                if opens > at and self.is_open(opens):
                    return opens
        return None


def _aware(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValueError("a site's hours need a timezone-aware instant")
    return at


def _local_instant(day: date, minute: int, zone: ZoneInfo) -> datetime:
    """The UTC instant of wall-clock `minute` on `day` in `zone`. A wall time skipped by a
    DST change comes out as the instant after the gap (02:30 on the spring-forward day
    in Europe/Berlin is 03:30 CEST)."""
    if minute >= MINUTES_PER_DAY:
        day, minute = day + timedelta(days=1), minute - MINUTES_PER_DAY
    local = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=zone)
    return local.astimezone(UTC)
