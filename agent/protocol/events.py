"""Typed events produced by the host protocol.

These are frozen, slotted dataclasses rather than pydantic models on purpose: one
is built for every `ok` on the streaming hot path, whose budget is a few microseconds
per line. Boundaries (config, MQTT, CLI output) use pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ErrorKind(StrEnum):
    """How bad an `Error:` line from the firmware is."""

    RECOVERABLE = "recoverable"  # e.g. "Error:Unknown command": the printer carries on
    RESEND = "resend"  # checksum / line-number complaints; a resend request follows
    FATAL = "fatal"  # the firmware stopped: halted, killed, thermal runaway, MINTEMP ...


@dataclass(frozen=True, slots=True)
class Ack:
    """An `ok` that acknowledged one in-flight line (stale oks produce no event).

    Exactly one Ack per line given to `enqueue()`, in order, however often the line was
    resent; the handshake's `M110` and the protocol's own `M105` pokes produce none.
    """

    line_number: int | None  # the line it acknowledged, when known
    free_planner: int | None = None  # ADVANCED_OK `P`
    free_buffer: int | None = None  # ADVANCED_OK `B`
    text: str = ""  # the payload after `ok`, if any


@dataclass(frozen=True, slots=True)
class Resent:
    """The protocol honoured a resend request from `line_number` onwards."""

    line_number: int
    count: int  # how many lines were put back on the wire


@dataclass(frozen=True, slots=True)
class Busy:
    """`echo:busy: processing` / `wait`: the firmware is alive but occupied."""

    reason: str


@dataclass(frozen=True, slots=True)
class HeaterReading:
    actual: float
    target: float | None = None
    power: float | None = None


@dataclass(frozen=True, slots=True)
class TemperatureReport:
    """Readings keyed by heater name: `T0`, `T1`, `B` (bed), `C` (chamber), ...

    `T` alone (the active tool) is reported under `T` as well as its `Tn` name when the
    firmware gives both.
    """

    heaters: dict[str, HeaterReading]


@dataclass(frozen=True, slots=True)
class PositionReport:
    """An `M114` answer: `X:.. Y:.. Z:.. E:..`."""

    axes: dict[str, float]


@dataclass(frozen=True, slots=True)
class FirmwareInfo:
    """The `M115` `FIRMWARE_NAME:` line, split into its fields."""

    name: str
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Capability:
    """One `Cap:NAME:0|1` line of an `M115` answer."""

    name: str
    enabled: bool


@dataclass(frozen=True, slots=True)
class HostAction:
    """`//action:pause`, `// action:prompt_begin Hello` ..."""

    action: str
    argument: str = ""


@dataclass(frozen=True, slots=True)
class FirmwareError:
    kind: ErrorKind
    message: str  # verbatim, without the `Error:` prefix


@dataclass(frozen=True, slots=True)
class FirmwareStarted:
    """`start` (or the dialect's banner) seen: the firmware (re)booted."""

    text: str


@dataclass(frozen=True, slots=True)
class Echo:
    text: str


@dataclass(frozen=True, slots=True)
class Unrecognized:
    """A line nobody understood; kept verbatim for logs."""

    text: str


@dataclass(frozen=True, slots=True)
class Timeout:
    """No `ok` in time for the oldest in-flight line; `recovering` says what was tried."""

    line_number: int | None
    attempt: int
    recovering: str


@dataclass(frozen=True, slots=True)
class LinkLost:
    """The protocol gave up: too many timeouts, or a resend it cannot honour."""

    reason: str


Event = (
    Ack
    | Resent
    | Busy
    | TemperatureReport
    | PositionReport
    | FirmwareInfo
    | Capability
    | HostAction
    | FirmwareError
    | FirmwareStarted
    | Echo
    | Unrecognized
    | Timeout
    | LinkLost
)
