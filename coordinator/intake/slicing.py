"""Slicing a model with PrusaSlicer's command line, configured from a printer profile.

Debian/Ubuntu: ``apt-get install prusa-slicer``. The slicer runs headless
(``--export-gcode``); its configuration is generated per target printer: bed shape,
height, nozzle, G-code flavour, machine limits and the material's temperatures.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from agent.motion import MotionLimits

SLICER_BINARIES = ("prusa-slicer", "PrusaSlicer", "prusaslicer")
SLICE_TIMEOUT_S = 600.0
INSTALL_HINT = (
    "no slicer is installed: install PrusaSlicer (Debian/Ubuntu: `apt-get install "
    "prusa-slicer`; elsewhere from https://www.prusa3d.com/prusaslicer/), or slice the "
    "model yourself and submit the G-code"
)
# Dialect → PrusaSlicer gcode_flavor (2.5 has no klipper flavour; Klipper takes Marlin's).
FLAVORS = {
    "marlin": "marlin2",
    "prusa": "marlin2",
    "klipper": "marlin2",
    "reprapfirmware": "reprapfirmware",
    "smoothieware": "smoothie",
    "repetier": "repetier",
}
# Material → (hotend °C, bed °C) used when the caller gives none.
TEMPERATURES = {
    "PLA": (210, 60), "PETG": (240, 80), "ABS": (250, 100), "ASA": (255, 100),
    "TPU": (230, 50), "PC": (275, 110), "PA": (260, 90), "HIPS": (230, 100),
}  # fmt: skip


class SlicerNotFound(RuntimeError):
    """No slicer command line is installed."""


class SliceError(RuntimeError):
    """The slicer ran and failed; the message carries its own words."""


class SliceSettings(BaseModel):
    """What the generated slicer configuration is made of (one target printer)."""

    model_config = ConfigDict(extra="forbid")

    bed_x: float = Field(gt=0)
    bed_y: float = Field(gt=0)
    max_z: float = Field(gt=0)
    nozzle_diameter: float = Field(default=0.4, gt=0)
    firmware: str = "marlin"  # a Dialect value
    material: str = "PLA"
    hotend_c: float | None = None
    bed_c: float | None = None
    layer_height: float = Field(default=0.2, gt=0)
    limits: MotionLimits | None = None
    # Which model axes lie along the bed's x, y and z: (0, 1, 2) as modelled; the part
    # is rotated onto the face that fits (coordinator/intake/mesh.py's orientations).
    orientation: tuple[int, int, int] = (0, 1, 2)


# Axis order -> PrusaSlicer's rotations (X or Y first, then Z; checked on 2.5).
ROTATIONS: dict[tuple[int, int, int], tuple[str, ...]] = {
    (0, 1, 2): (),
    (1, 0, 2): ("--rotate", "90"),
    (0, 2, 1): ("--rotate-x", "90"),
    (2, 0, 1): ("--rotate-x", "90", "--rotate", "90"),
    (2, 1, 0): ("--rotate-y", "90"),
    (1, 2, 0): ("--rotate-y", "90", "--rotate", "90"),
}


def find_slicer() -> str:
    for name in SLICER_BINARIES:
        found = shutil.which(name)
        if found:
            return found
    raise SlicerNotFound(INSTALL_HINT)


def slicer_config(settings: SliceSettings) -> str:
    """A PrusaSlicer .ini for ``settings``."""
    material = settings.material.upper()
    hot, bed = TEMPERATURES.get(material, TEMPERATURES["PLA"])
    hot = int(settings.hotend_c or hot)
    bed = int(settings.bed_c or bed)
    x, y = settings.bed_x, settings.bed_y
    values: dict[str, object] = {
        "bed_shape": f"0x0,{x:g}x0,{x:g}x{y:g},0x{y:g}",
        "max_print_height": f"{settings.max_z:g}",
        "nozzle_diameter": settings.nozzle_diameter,
        "gcode_flavor": FLAVORS.get(settings.firmware, "marlin2"),
        "layer_height": settings.layer_height,
        "first_layer_height": settings.layer_height,
        "filament_type": material,
        "temperature": hot,
        "first_layer_temperature": hot,
        "bed_temperature": bed,
        "first_layer_bed_temperature": bed,
        "machine_limits_usage": "emit_to_gcode",
    }
    if settings.limits is not None:
        values.update(_limit_values(settings.limits))
    return "".join(f"{k} = {v}\n" for k, v in values.items())


def _limit_values(limits: MotionLimits) -> dict[str, object]:
    out: dict[str, object] = {}
    for axis in "xyze":
        out[f"machine_max_feedrate_{axis}"] = getattr(limits.max_velocity, axis)
        out[f"machine_max_acceleration_{axis}"] = getattr(limits.max_accel, axis)
        out[f"machine_max_jerk_{axis}"] = getattr(limits.jerk, axis)
    out["machine_max_acceleration_extruding"] = limits.print_accel
    out["machine_max_acceleration_travel"] = limits.travel_accel
    out["machine_max_acceleration_retracting"] = limits.retract_accel
    out["machine_min_extruding_rate"] = limits.min_feedrate
    out["machine_min_travel_rate"] = limits.min_travel_feedrate
    return out


def slice_model(
    model: Path, output: Path, settings: SliceSettings, timeout_s: float = SLICE_TIMEOUT_S
) -> Path:
    """Slice ``model`` into ``output`` (G-code) for the printer in ``settings``; the
    slicer is killed after ``timeout_s``."""
    slicer = find_slicer()
    with tempfile.TemporaryDirectory(prefix="printfarm-slice-") as tmp:
        config = Path(tmp) / "printer.ini"
        config.write_text(slicer_config(settings))
        command = [
            slicer, "--export-gcode", "--load", str(config),
            "--center", f"{settings.bed_x / 2:g},{settings.bed_y / 2:g}",
            *ROTATIONS[settings.orientation],
            "--output", str(output), str(model),
        ]  # fmt: skip
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=timeout_s,
                check=False,
                env={"HOME": tmp, "PATH": "/usr/bin:/bin"},  # no user presets, no display
            )
        except subprocess.TimeoutExpired as e:
            raise SliceError(f"slicing {model.name} took over {timeout_s:g} s") from e
    if done.returncode != 0 or not output.exists():
        lines = [ln for ln in (done.stderr + done.stdout).splitlines() if "[trace]" not in ln]
        raise SliceError(f"slicing {model.name} failed: " + " | ".join(lines[-5:]))
    return output
