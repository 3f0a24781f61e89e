"""Firmware profiles: what differs between firmware families, loaded from TOML data.

One file per family lives in the `firmware_profiles` package (package data, read with
importlib.resources). Every section is a strict pydantic model: an unknown key is an
error whose message names the file, the section and the key.

    profile = load_profile("marlin2")
    profile = detect_profile("Prusa-Firmware 3.13.2 based on Marlin", {"AUTOREPORT_TEMP": True})
    profile = profile.with_overrides(send_window=4, build_volume={"x": 250, "y": 210, "z": 210})
    settings = protocol_settings(profile)            # -> agent.protocol.host.ProtocolSettings
    lines = profile.render("pause", GcodeContext(x=10, y=20, z=0.3, e=1.5))
"""

from __future__ import annotations

import logging
import re
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from agent.gcode_policy.rules import CommandPolicy

if TYPE_CHECKING:
    from agent.protocol.host import ProtocolSettings

log = logging.getLogger(__name__)

PROFILE_PACKAGE = "firmware_profiles"
FALLBACK_PROFILE = "marlin2"


class ProfileError(ValueError):
    """A profile file is missing, malformed or inconsistent; the message says where."""


class Dialect(StrEnum):
    MARLIN = "marlin"
    PRUSA = "prusa"
    REPRAPFIRMWARE = "reprapfirmware"
    KLIPPER = "klipper"
    SMOOTHIEWARE = "smoothieware"
    REPETIER = "repetier"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BuildVolume(_Strict):
    x: float = Field(gt=0)
    y: float = Field(gt=0)
    z: float = Field(gt=0)


class SafetyLimits(_Strict):
    max_hotend_c: float = Field(gt=0)
    max_bed_c: float = Field(ge=0)
    max_chamber_c: float = Field(default=0.0, ge=0)  # 0: no chamber heater


# Placeholders a G-code template may use; `render` fills them (see GcodeContext).
TEMPLATE_FIELDS: frozenset[str] = frozenset(
    {"x", "y", "z", "e", "f", "hotend", "bed", "chamber", "tool", "e_mode",
     "park_x", "park_y", "lift", "lift_z", "retract", "max_x", "max_y", "max_z"}
)  # fmt: skip


def _check_templates(lines: list[str]) -> list[str]:
    formatter = string.Formatter()
    for line in lines:
        try:
            fields = [name for _, name, _, _ in formatter.parse(line) if name is not None]
        except ValueError as e:
            raise ValueError(f"bad template {line!r}: {e}") from e
        unknown = sorted(set(fields) - TEMPLATE_FIELDS)
        if unknown:
            raise ValueError(
                f"{line!r} uses unknown placeholder(s) {unknown}; "
                f"known: {', '.join(sorted(TEMPLATE_FIELDS))}"
            )
    return lines


class ProfileGcode(_Strict):
    handshake: list[str]  # after the M110 resync; M115 first so detection can run
    # Sent once the M115 `Cap:` lines are known, when that capability is 1
    # (e.g. AUTOREPORT_TEMP = ["M155 S2"]).
    on_capability: dict[str, list[str]] = Field(default_factory=dict)
    pause: list[str]  # park: retract, lift, move away (position saved first, see query)
    resume: list[str]  # heat back, return, un-retract, restore E and modes
    cancel: list[str]  # safe shutdown: heaters and fans off, stop, lift, present bed, motors off
    emergency_stop: str = "M112"
    query_position: str = "M114"  # its answer fills x/y/z/e for pause and resume
    query_temperature: str = "M105"  # polled when the firmware cannot auto-report

    @field_validator("handshake", "pause", "resume", "cancel")
    @classmethod
    def _templates(cls, lines: list[str]) -> list[str]:
        return _check_templates(lines)


class Capabilities(_Strict):
    checksums: bool  # False: the firmware ignores N/checksum (Klipper)
    advanced_ok: bool = False
    emergency_parser: bool = False  # M112 acted on as soon as it arrives
    autoreport_temperature: bool = False  # M155 supported
    busy_keepalive: bool = False  # sends `busy:`/`wait` while occupied (M113)
    max_line_length: int = Field(ge=16)  # framed line, newline excluded
    buffer_size: int = Field(ge=1)  # command lines the firmware buffers (BUFSIZE)
    planner_size: int = Field(default=16, ge=1)  # moves in the planner (BLOCK_BUFFER_SIZE)
    # The serial receive ring (bytes): lines are then sent counted against it, as many as
    # fit (agent/protocol/flow.py). None: the link cannot overflow (USB CDC, a pty) or
    # its size is unknown, and `send_window` lines go without an ok.
    rx_buffer_bytes: int | None = Field(default=None, ge=32)
    ok_on_receipt: bool = False  # `ok` when a line is queued (Repetier), not once executed
    send_window: int = Field(default=1, ge=1)  # lines in flight without rx_buffer_bytes


class Connection(_Strict):
    """What happens when the port is opened (used by SerialTransport.wait_for_boot)."""

    resets_on_open: bool = False  # DTR resets the board (Arduino-style bootloader)
    start_line: str | None = "start"  # the boot banner's marker line; "" in TOML: none
    boot_timeout_s: float = Field(default=5.0, gt=0)
    quiet_s: float = Field(default=0.5, gt=0)

    @field_validator("start_line")
    @classmethod
    def _empty_is_none(cls, value: str | None) -> str | None:
        return value or None


class Park(_Strict):
    x: float = Field(ge=0)
    y: float = Field(ge=0)
    lift_mm: float = Field(default=10.0, ge=0)
    retract_mm: float = Field(default=2.0, ge=0)


class Timeouts(_Strict):
    """Overrides of the host protocol's timers; None keeps ProtocolSettings' default."""

    ok_timeout_s: float | None = Field(default=None, gt=0)  # no `ok` and no keep-alive
    long_command_timeout_s: float | None = Field(default=None, gt=0)  # G28, M109 ...
    keepalive_timeout_s: float | None = Field(default=None, gt=0)  # silence after `busy:`
    long_commands: list[str]  # first words whose `ok` may take minutes

    @field_validator("long_commands")
    @classmethod
    def _upper(cls, words: list[str]) -> list[str]:
        return [w.strip().upper() for w in words]


class PowerDraw(_Strict):
    """What a printer of this family draws from the mains, in watts (coordinator/sites:
    a site's circuits budget heat-ups). Typical figures, not measurements of yours:
    override per printer in the site's placement (`printfarm site update`)."""

    heat_up_w: int = Field(default=300, gt=0, le=20_000)  # bed and hotend heating at once
    printing_w: int = Field(default=100, gt=0, le=20_000)  # holding temperature, moving
    idle_w: int = Field(default=10, ge=0, le=20_000)  # heaters off

    @model_validator(mode="after")
    def _ordered(self) -> PowerDraw:
        if not self.idle_w <= self.printing_w <= self.heat_up_w:
            raise ValueError("power: expected idle_w <= printing_w <= heat_up_w")
        return self


@dataclass(frozen=True, slots=True)
class GcodeContext:
    """What the session knows when it renders pause/resume (from M114 and temperatures)."""

    x: float | None = None
    y: float | None = None
    z: float | None = None
    e: float | None = None
    f: float | None = None  # last feed rate streamed, mm/min
    hotend: float | None = None  # target temperatures to restore
    bed: float | None = None
    chamber: float | None = None
    tool: int = 0
    e_relative: bool = False  # M83 was in force when paused


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class FirmwareProfile(_Strict):
    name: str
    dialect: Dialect
    description: str
    m115_patterns: list[str]  # regexes (re.search) on FIRMWARE_NAME that select this profile
    detect_priority: int = 100  # lower is tried first (Prusa before Marlin)
    capabilities: Capabilities
    limits: SafetyLimits
    build_volume: BuildVolume
    gcode: ProfileGcode
    connection: Connection = Field(default_factory=Connection)
    park: Park
    timeouts: Timeouts
    policy: CommandPolicy
    ejects_parts: bool = False
    power: PowerDraw = Field(default_factory=PowerDraw)

    @field_validator("m115_patterns")
    @classmethod
    def _regexes(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as e:
                raise ValueError(f"bad regular expression {pattern!r}: {e}") from e
        return patterns

    @model_validator(mode="after")
    def _consistent(self) -> FirmwareProfile:
        caps = self.capabilities
        if caps.send_window > caps.buffer_size:
            raise ValueError(
                f"capabilities.send_window {caps.send_window} exceeds buffer_size "
                f"{caps.buffer_size}: the firmware would drop lines"
            )
        volume = self.build_volume
        if self.park.x > volume.x or self.park.y > volume.y:
            raise ValueError(
                f"park position ({self.park.x}, {self.park.y}) lies outside the build "
                f"volume {volume.x} x {volume.y}"
            )
        return self

    # -- overrides --------------------------------------------------------------
    def with_overrides(self, **changes: Any) -> FirmwareProfile:
        """A validated copy with fields replaced.

        Top-level fields by name (`build_volume=...` as a model or dict), plus shortcuts
        for nested ones: any field of `capabilities`, `limits`, `park` or `timeouts`
        (`send_window=4`, `max_hotend_c=300`, `lift_mm=5`).
        """
        data = self.model_dump()
        sections = ("capabilities", "limits", "park", "timeouts", "connection", "policy")
        for key, value in changes.items():
            plain = value.model_dump() if isinstance(value, BaseModel) else value
            if key in data:
                data[key] = plain
                continue
            owner = next((s for s in sections if key in data[s]), None)
            if owner is None:
                raise ProfileError(f"profile {self.name}: cannot override unknown field {key!r}")
            data[owner][key] = plain
        return _validate(data, f"overrides of profile {self.name}")

    def apply_capabilities(self, caps: Mapping[str, bool]) -> FirmwareProfile:
        """Copy adjusted to what the firmware's `M115` `Cap:` lines said it has."""
        mapping = {
            "AUTOREPORT_TEMP": "autoreport_temperature",
            "EMERGENCY_PARSER": "emergency_parser",
            "ADVANCED_OK": "advanced_ok",
        }
        changes = {field: caps[cap] for cap, field in mapping.items() if cap in caps}
        return self.with_overrides(**changes) if changes else self

    # -- G-code -----------------------------------------------------------------
    def capability_gcode(self, caps: Mapping[str, bool]) -> list[str]:
        """Lines to send once the capabilities are known (e.g. `M155 S2`)."""
        lines: list[str] = []
        for cap, extra in self.gcode.on_capability.items():
            if caps.get(cap, False):
                lines.extend(extra)
        return lines

    def render(self, which: str, context: GcodeContext | None = None) -> list[str]:
        """The `handshake`/`pause`/`resume`/`cancel` lines with placeholders filled."""
        if which not in ("handshake", "pause", "resume", "cancel"):
            raise ValueError(f"no G-code sequence named {which!r}")
        values = self._template_values(context or GcodeContext())
        out = []
        for line in getattr(self.gcode, which):
            try:
                out.append(line.format_map(values))
            except KeyError as e:
                raise ValueError(
                    f"profile {self.name}: {which} line {line!r} needs {e.args[0]!r}, which "
                    f"is not known yet (query the position with "
                    f"{self.gcode.query_position} and the temperatures first)"
                ) from e
        return out

    def _template_values(self, ctx: GcodeContext) -> dict[str, str]:
        volume, park = self.build_volume, self.park
        values = {
            "park_x": _num(park.x),
            "park_y": _num(park.y),
            "lift": _num(park.lift_mm),
            "retract": _num(park.retract_mm),
            "max_x": _num(volume.x),
            "max_y": _num(volume.y),
            "max_z": _num(volume.z),
            "tool": str(ctx.tool),
            "e_mode": "M83" if ctx.e_relative else "M82",
        }
        known = {"x": ctx.x, "y": ctx.y, "z": ctx.z, "e": ctx.e, "f": ctx.f,
                 "hotend": ctx.hotend, "bed": ctx.bed, "chamber": ctx.chamber}  # fmt: skip
        values.update({k: _num(v) for k, v in known.items() if v is not None})
        if ctx.z is not None:
            values["lift_z"] = _num(min(ctx.z + park.lift_mm, volume.z))
        return values


# -- loading ---------------------------------------------------------------------


def _describe_errors(error: ValidationError, source: str) -> str:
    problems = []
    for item in error.errors():
        loc = [str(part) for part in item["loc"]]
        field = loc[-1] if loc else "?"
        section = "[" + ".".join(loc[:-1]) + "]" if len(loc) > 1 else "top level"
        if item["type"] == "extra_forbidden":
            what = "unknown key (check the spelling against the other profiles)"
        elif item["type"] == "missing":
            what = "missing required key"
        else:
            what = item["msg"]
        problems.append(f"{source}: {section} {field}: {what}")
    return "\n".join(problems)


def _validate(data: Mapping[str, Any], source: str) -> FirmwareProfile:
    try:
        return FirmwareProfile.model_validate(data)
    except ValidationError as e:
        raise ProfileError(_describe_errors(e, source)) from e


def _parse_toml(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ProfileError(f"{source}: not valid TOML: {e}") from e


def _merge(base: dict[str, Any], top: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in top.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def list_profiles() -> list[str]:
    """Names of the bundled profiles (the `firmware_profiles/*.toml` stems)."""
    folder = resources.files(PROFILE_PACKAGE)
    return sorted(p.name[: -len(".toml")] for p in folder.iterdir() if p.name.endswith(".toml"))


def _raw_profile(name: str) -> tuple[dict[str, Any], str]:
    source = f"{PROFILE_PACKAGE}/{name}.toml"
    resource = resources.files(PROFILE_PACKAGE) / f"{name}.toml"
    if not re.fullmatch(r"[a-z0-9_]+", name) or not resource.is_file():
        raise ProfileError(
            f"no firmware profile named {name!r}; choose one of: {', '.join(list_profiles())}"
        )
    return _parse_toml(resource.read_text(encoding="utf-8"), source), source


def load_profile(name: str) -> FirmwareProfile:
    """Load a bundled profile by name (`marlin2`, `prusa`, ...)."""
    data, source = _raw_profile(name)
    profile = _validate(data, source)
    if profile.name != name:
        raise ProfileError(f"{source}: name = {profile.name!r} must match the file name")
    return profile


def load_profile_file(path: str | Path) -> FirmwareProfile:
    """Load a profile from any TOML file.

    `extends = "marlin2"` at the top makes the file a partial override of a bundled
    profile (e.g. one printer's build volume); `name` then defaults to the file stem.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ProfileError(f"cannot read firmware profile {path}: {e.strerror}") from e
    data = _parse_toml(text, str(path))
    base_name = data.pop("extends", None)
    if base_name is not None:
        if not isinstance(base_name, str):
            raise ProfileError(f"{path}: top level extends: must be a profile name")
        base, _ = _raw_profile(base_name)
        data = _merge(base, {"name": path.stem, **data})
    return _validate(data, str(path))


# -- detection -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Detection:
    profile: FirmwareProfile
    reason: str
    fallback: bool  # True: nothing matched, FALLBACK_PROFILE was used


def detect(firmware_name: str, capabilities: Mapping[str, bool]) -> Detection:
    """Pick the profile whose `m115_patterns` match the M115 FIRMWARE_NAME."""
    candidates = sorted(
        (load_profile(name) for name in list_profiles()),
        key=lambda p: (p.detect_priority, p.name),
    )
    for profile in candidates:
        for pattern in profile.m115_patterns:
            if re.search(pattern, firmware_name):
                reason = f"FIRMWARE_NAME {firmware_name!r} matched {pattern!r}"
                return Detection(profile.apply_capabilities(capabilities), reason, False)
    reason = (
        f"unrecognised FIRMWARE_NAME {firmware_name!r}; using the {FALLBACK_PROFILE} profile. "
        f"Choose a profile explicitly (--profile) if the printer misbehaves."
    )
    fallback = load_profile(FALLBACK_PROFILE).apply_capabilities(capabilities)
    return Detection(fallback, reason, True)


def detect_profile(firmware_name: str, capabilities: Mapping[str, bool]) -> FirmwareProfile:
    """`detect(...).profile`; a fallback is logged as a warning with its reason."""
    found = detect(firmware_name, capabilities)
    if found.fallback:
        log.warning("%s", found.reason)
    return found.profile


def protocol_settings(profile: FirmwareProfile, **overrides: Any) -> ProtocolSettings:
    """The host protocol's settings for this profile (keyword overrides win).

    An explicit `window` (the agent's `--window N`) is a fixed window of N lines: it
    replaces the counted one unless `rx_buffer_bytes` is given too.
    """
    # Imported here so that loading profiles never depends on the protocol module.
    from agent.protocol.host import ProtocolSettings

    caps, timeouts = profile.capabilities, profile.timeouts
    values: dict[str, Any] = {
        "checksums": caps.checksums,
        "window": caps.send_window,
        "advanced_ok": caps.advanced_ok,
        "rx_buffer_bytes": caps.rx_buffer_bytes,
        "buffer_size": caps.buffer_size,
        "ok_on_receipt": caps.ok_on_receipt,
        "long_commands": frozenset(timeouts.long_commands),
        "max_line_length": caps.max_line_length,
    }
    for name in ("ok_timeout_s", "long_command_timeout_s", "keepalive_timeout_s"):
        value = getattr(timeouts, name)
        if value is not None:
            values[name] = value
    if "window" in overrides:
        values["rx_buffer_bytes"] = None
    values.update(overrides)
    return ProtocolSettings(**values)
