"""Classify one reply line from the firmware into a typed event.

Pure functions, no state. The host protocol handles the `ok` fast path itself and
calls `classify()` for everything else, and `parse_ok()` for an `ok` with a payload.
Spellings covered: Marlin 2, Prusa MK3, RepRapFirmware, Klipper, Smoothieware, Repetier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.protocol.events import (
    Busy,
    Capability,
    Echo,
    ErrorKind,
    Event,
    FirmwareError,
    FirmwareInfo,
    FirmwareStarted,
    HeaterReading,
    HostAction,
    PositionReport,
    TemperatureReport,
    Unrecognized,
)


@dataclass(frozen=True, slots=True)
class ResendRequest:
    """`Resend: 12`, `Resend:12`, `rs N12`, `rs 12`, `Error:Resend: 12` (internal, not an Event)."""

    line_number: int
    ok_follows: bool  # Marlin/Prusa/Repetier send `ok` right after; Smoothieware's `rs` does not


@dataclass(frozen=True, slots=True)
class SkipNotice:
    """Repetier's `skip 12`: a copy of line 12 was discarded (a duplicate); an `ok` follows."""

    line_number: int


Reply = Event | ResendRequest | SkipNotice

_RESEND_RE = re.compile(r"^(?:error:\s*)?(?:resend|rs)\b[:\s]*(?:n:?)?\s*(\d+)", re.IGNORECASE)
_SKIP_RE = re.compile(r"^skip\s+(\d+)")
# `T:210.0 /210.0`, `B:60`, `T0:25.1/0.0`, `C:35.00 /40.00`, Prusa's `P:36.1` (probe) and `A:40.2`.
_TEMP_RE = re.compile(
    r"(?<![\w@])([TBC]\d*|[PA]):\s*(-?\d+(?:\.\d*)?)(?:\s*/\s*(-?\d+(?:\.\d*)?))?"
)
# Powers: Marlin/Repetier `@:127` (active tool), `B@:0`, `C@:80`, `@0:127`; Smoothie `@0` after a
# heater (no colon: the power of the heater just before it).
_POWER_RE = re.compile(r"(?<!\w)([TBC]\d*)?@(\d*):\s*(-?\d+(?:\.\d*)?)")
_SMOOTHIE_POWER_RE = re.compile(
    r"([TBC]\d*):\s*-?\d+(?:\.\d*)?\s*/\s*-?\d+(?:\.\d*)?\s+@(\d+(?:\.\d*)?)(?![\d:])"
)
_AXIS_RE = re.compile(r"([XYZEABCUVW]\d?):\s*(-?\d+(?:\.\d*)?)")
_FIELD_RE = re.compile(r"(?:^|[\s,])([A-Z][A-Z0-9_-]*[A-Z0-9]):\s?")
_LAST_LINE_RE = re.compile(r"last line:?\s*(\d+)", re.IGNORECASE)

_FATAL_WORDS = (
    "kill() called",
    "printer halted",
    "halted",
    "thermal runaway",
    "mintemp",
    "maxtemp",
    "heating failed",
    "system stopped",
    "printer stopped",
    "emergency stop",
    "shutdown",
    "heater fault",
    "temperature fault",
)
_RESEND_WORDS = (
    "checksum",
    "line number",
    "expected line",
    "no line number",
    "format error",
    "resend",
)
_START_LINES = frozenset({"start", "start watchdog"})


def decode(raw: bytes) -> str:
    """Bytes of one line -> text; never raises. NULs and stray control bytes vanish."""
    if b"\x00" in raw:
        raw = raw.replace(b"\x00", b"")
    text = raw.decode("utf-8", "replace")
    if not text.isprintable():
        text = "".join(ch for ch in text if ch.isprintable() or ch == "\t")
    return text.strip()


def parse_ok(payload: str) -> tuple[int | None, int | None, int | None]:
    """`N12 P15 B3` (ADVANCED_OK) or Repetier's `12` -> (line, free planner, free buffer)."""
    tokens = payload.split()
    if len(tokens) == 3:  # the ADVANCED_OK shape, on the streaming hot path
        number, planner_text, buffer_text = tokens
        if (
            number[0] == "N"
            and planner_text[0] == "P"
            and buffer_text[0] == "B"
            and number[1:].isdigit()
            and planner_text[1:].isdigit()
            and buffer_text[1:].isdigit()
        ):
            return int(number[1:]), int(planner_text[1:]), int(buffer_text[1:])
    line = planner = buffer = None
    for token in tokens:
        head, rest = token[0], token[1:]
        if head.isdigit() and token.isdigit():
            line = int(token) if line is None else line
        elif rest.isdigit():
            if head == "N":
                line = int(rest)
            elif head == "P":
                planner = int(rest)
            elif head == "B":
                buffer = int(rest)
    return line, planner, buffer


def classify(text: str) -> Reply | None:
    """One decoded, stripped, non-`ok` line -> an event (None for an empty line)."""
    if not text:
        return None
    lower = text.lower()
    if lower.startswith(("resend", "rs ", "rs:", "error:resend", "error: resend")):
        match = _RESEND_RE.match(text)
        if match:
            return ResendRequest(int(match.group(1)), ok_follows=not lower.startswith("rs"))
    if lower.startswith(("echo:busy:", "busy:")):
        return Busy(text.split("busy:", 1)[1].strip())
    if lower == "wait":
        return Busy("wait")
    if lower in _START_LINES:
        return FirmwareStarted(text)
    report = classify_report(text)
    if report is not None:
        return report
    return _classify_message(text, lower)


def classify_report(text: str) -> Event | None:
    """Temperature, position, M115 lines; also used on `ok` payloads (`ok T:...`, `ok C: X:...`)."""
    head = text[:3]
    if head.startswith(("T:", "T0:", "T1:", "B:", "C:")) and not text.startswith("C: X:"):
        return parse_temperatures(text)
    if text.startswith("C: X:"):  # Smoothieware's M114 answer
        text = text[3:]
        head = text[:3]
    if head.startswith("X:"):
        return parse_position(text)
    if "FIRMWARE_NAME:" in text:
        return parse_firmware_info(text)
    if text.startswith("Cap:"):
        name, _, value = text[4:].rpartition(":")
        if name:
            return Capability(name=name.strip(), enabled=value.strip() == "1")
    return None


def parse_temperatures(text: str) -> TemperatureReport | None:
    heaters: dict[str, list[float | None]] = {}
    for name, actual, target in _TEMP_RE.findall(text):
        if name in heaters:
            continue  # keep the first reading (Marlin repeats nothing, but be safe)
        heaters[name] = [float(actual), float(target) if target else None, None]
    if not heaters:
        return None
    for owner, index, power in _POWER_RE.findall(text):
        key = owner or (f"T{index}" if index else "T")
        if key in heaters:
            heaters[key][2] = float(power)
    for key, power in _SMOOTHIE_POWER_RE.findall(text):
        if key in heaters and heaters[key][2] is None:
            heaters[key][2] = float(power)
    return TemperatureReport(
        heaters={
            key: HeaterReading(actual=values[0] or 0.0, target=values[1], power=values[2])
            for key, values in heaters.items()
        }
    )


def parse_position(text: str) -> PositionReport | None:
    # Marlin appends stepper counts after "Count", RepRapFirmware after "Count"/"Machine".
    for marker in (" Count", " Machine"):
        cut = text.find(marker)
        if cut >= 0:
            text = text[:cut]
    axes = {axis: float(value) for axis, value in _AXIS_RE.findall(text)}
    return PositionReport(axes=axes) if axes else None


def parse_firmware_info(text: str) -> FirmwareInfo:
    text = text[text.find("FIRMWARE_NAME:") :]
    marks = list(_FIELD_RE.finditer(text))
    fields: dict[str, str] = {}
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        fields[mark.group(1)] = text[mark.end() : end].strip().rstrip(",").strip()
    return FirmwareInfo(name=fields.get("FIRMWARE_NAME", ""), fields=fields)


def error_kind(message: str) -> ErrorKind:
    lower = message.lower()
    if any(word in lower for word in _FATAL_WORDS):
        return ErrorKind.FATAL
    if "heater" in lower and "fault" in lower:  # RepRapFirmware: "Heater 1 fault: ..."
        return ErrorKind.FATAL
    if any(word in lower for word in _RESEND_WORDS):
        return ErrorKind.RESEND
    return ErrorKind.RECOVERABLE


def last_line(message: str) -> int | None:
    """`...Last Line: 41` -> 41 (Marlin and Prusa say which line they hold last)."""
    match = _LAST_LINE_RE.search(message)
    return int(match.group(1)) if match else None


def _host_comment(text: str) -> Reply:
    """`//action:pause` is a host action; any other `//` line is a comment."""
    body = text[2:].strip()
    if body.startswith("action:"):
        action, _, argument = body[7:].strip().partition(" ")
        return HostAction(action=action, argument=argument.strip())
    return Echo(body)


def _classify_message(text: str, lower: str) -> Reply:
    if text.startswith("//"):
        return _host_comment(text)
    if text.startswith("!!"):  # Klipper errors/shutdown, Smoothieware's halt
        return FirmwareError(ErrorKind.FATAL, text[2:].strip() or text)
    for prefix in ("error:", "fatal:"):
        if lower.startswith(prefix):
            message = text[len(prefix) :].strip()
            kind = ErrorKind.FATAL if prefix == "fatal:" else error_kind(message)
            return FirmwareError(kind, message)
    if lower.startswith("skip "):
        match = _SKIP_RE.match(lower)
        if match:
            return SkipNotice(int(match.group(1)))
    if "kill() called" in lower or "printer halted" in lower or lower.startswith("halted"):
        return FirmwareError(ErrorKind.FATAL, text)
    if lower.startswith("echo:"):
        body = text[5:].strip()
        if body.lower().startswith("unknown command"):
            return FirmwareError(ErrorKind.RECOVERABLE, body)
        return Echo(body)
    return Unrecognized(text)
