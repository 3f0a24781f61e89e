"""The slicer's machine limits, wherever in the file the slicer wrote them.

PrusaSlicer and SuperSlicer end a file with their ``; machine_max_… = …`` settings;
OrcaSlicer, Bambu Studio and Creality Print write theirs in a config block that may
come first; Cura serialises the settings a profile changed as ``;SETTING_3`` lines at
the very end. The limits must be known before the first move is planned, so the file
is searched for them first: a byte search in 4 MB chunks (a few ms for 100 MB; the
memory is the chunk's), not a parse of every line.

Cura's limits map onto the planner as Cura's own estimator reads them (CuraEngine's
TimeEstimateCalculator): ``machine_max_feedrate_*``, ``machine_max_acceleration_*``,
``machine_acceleration`` (print and travel), ``machine_max_jerk_xy/z/e`` (classic jerk)
and ``machine_minimum_feedrate``; a key the file leaves out keeps Cura's default
(fdmprinter.def.json), as a printer definition that does not change it does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from agent.motion import AxisValues, MotionLimits

CHUNK = 4 * 1024 * 1024
_SLICER_KEY = b"\n; machine_m"  # "; machine_max_speed_x = 500,200"
_CURA_LINE = b"\n;SETTING_3 "
MAX_SETTING_BYTES = 1024 * 1024  # a Cura settings block is a few KB
# Cura's defaults (fdmprinter.def.json); the feedrates are unbounded (c in mm/s).
_CURA_DEFAULTS = {
    "machine_max_feedrate_x": 299792458000.0, "machine_max_feedrate_y": 299792458000.0,
    "machine_max_feedrate_z": 299792458000.0, "machine_max_feedrate_e": 299792458000.0,
    "machine_max_acceleration_x": 9000.0, "machine_max_acceleration_y": 9000.0,
    "machine_max_acceleration_z": 100.0, "machine_max_acceleration_e": 10000.0,
    "machine_acceleration": 4000.0, "machine_max_jerk_xy": 20.0,
    "machine_max_jerk_z": 0.4, "machine_max_jerk_e": 5.0, "machine_minimum_feedrate": 0.0,
}  # fmt: skip


class LimitSettings:
    """The limit settings found in one file: ``slicer`` (PrusaSlicer-style keys)
    and ``cura`` (Cura's machine settings, from its ``;SETTING_3`` block)."""

    def __init__(self, slicer: dict[str, str], cura: dict[str, float]) -> None:
        self.slicer = slicer
        self.cura = cura

    def limits(self) -> MotionLimits | None:
        """The limits these settings give, or None when the file has none."""
        if any(k.startswith("machine_max_") for k in self.slicer):
            return MotionLimits.from_prusaslicer_config(self.slicer)
        if self.cura:
            return cura_limits(self.cura)
        return None


def _lines_after(data: bytes, marker: bytes) -> Iterator[bytes]:
    """Each line of ``data`` that starts with ``marker`` (after its newline), less it."""
    at = data.find(marker)
    while at >= 0:
        end = data.find(b"\n", at + 1)
        if end < 0:
            return
        yield data[at + len(marker) : end]
        at = data.find(marker, end)


def _chunks(path: Path) -> Iterator[bytes]:
    """Whole lines in chunks, each preceded by a newline (so a first line matches too)."""
    carry = b"\n"
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            data = carry + block
            cut = data.rfind(b"\n")
            carry = data[cut:] if len(data) - cut < CHUNK else b"\n"
            yield data[: cut + 1]
        yield carry + b"\n"


def find_limit_settings(path: Path) -> LimitSettings:
    """Search ``path`` for the slicer's machine limit settings (see the module doc)."""
    slicer: dict[str, str] = {}
    cura: list[bytes] = []
    size = 0
    for data in _chunks(path):
        for line in _lines_after(data, _SLICER_KEY):
            key, sep, value = line.decode("utf-8", "replace").partition(" = ")
            if sep:
                slicer.setdefault("machine_m" + key.strip(), value.strip())
        for line in _lines_after(data, _CURA_LINE):
            size += len(line)
            if size <= MAX_SETTING_BYTES:
                cura.append(line.rstrip(b"\r"))
    return LimitSettings(slicer, _cura_settings(b"".join(cura)))


def _cura_settings(block: bytes) -> dict[str, float]:
    """Cura's numeric ``machine_*`` settings from its serialised profile (a JSON object
    of INI texts), or {} when there is none or it does not parse."""
    if not block:
        return {}
    try:
        profiles = json.loads(block.decode("utf-8", "replace"))
    except json.JSONDecodeError:
        return {}
    texts: list[str] = []
    if isinstance(profiles, dict):
        for value in profiles.values():
            texts.extend(
                v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)
            )
    found: dict[str, float] = {}
    for text in texts:
        for line in text.replace("\\n", "\n").splitlines():
            key, sep, value = line.partition(" = ")
            if sep and key.strip() in _CURA_DEFAULTS:
                try:
                    found.setdefault(key.strip(), float(value))
                except ValueError:
                    continue  # a formula ("=machine_max_feedrate_x"): Cura's default stays
    return found


def cura_limits(settings: dict[str, float]) -> MotionLimits:
    """The planner limits of Cura's estimator for these settings (defaults filled in)."""
    s = {**_CURA_DEFAULTS, **settings}

    def axes(prefix: str) -> AxisValues:
        return AxisValues(x=s[f"{prefix}_x"], y=s[f"{prefix}_y"], z=s[f"{prefix}_z"],
                          e=s[f"{prefix}_e"])  # fmt: skip

    jerk = s["machine_max_jerk_xy"]
    return MotionLimits(
        max_velocity=axes("machine_max_feedrate"),
        max_accel=axes("machine_max_acceleration"),
        print_accel=s["machine_acceleration"],
        travel_accel=s["machine_acceleration"],
        retract_accel=s["machine_acceleration"],
        junction_deviation=None,
        jerk=AxisValues(x=jerk, y=jerk, z=s["machine_max_jerk_z"], e=s["machine_max_jerk_e"]),
        min_feedrate=s["machine_minimum_feedrate"],
        min_travel_feedrate=s["machine_minimum_feedrate"],
    )
