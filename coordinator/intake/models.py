"""Result models of job intake: what a G-code file needs and how long it takes."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from coordinator.requirements import FROM_FILE, Requirements
from coordinator.requirements import Extents as PartSize

MAX_TOOL = 256  # T-numbers from here are a slicer's pseudo-tools, not extruders


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Box(_Model):
    """An axis-aligned box in machine coordinates (mm)."""

    min_x: float
    min_y: float
    min_z: float
    max_x: float
    max_y: float
    max_z: float

    @property
    def size(self) -> tuple[float, float, float]:
        return (self.max_x - self.min_x, self.max_y - self.min_y, self.max_z - self.min_z)


class Extents(_Model):
    """Where the head went: the part (min/max here and `part`: extrusions from the first
    layer or object tag on, without the start sequence's purge and prime lines), while
    extruding at all (`extruding`, purge lines included) and at all (travel included)."""

    min_x: float | None = None
    min_y: float | None = None
    min_z: float | None = None
    max_x: float | None = None
    max_y: float | None = None
    max_z: float | None = None
    part: Box | None = None
    extruding: Box | None = None
    all_moves: Box | None = None


class SlicerInfo(_Model):
    name: str | None = None
    version: str | None = None
    estimated_time_s: float | None = None  # the slicer's own estimate (normal mode)
    # Bambu Studio: "model printing time", the part alone, beside its "total estimated
    # time" (estimated_time_s) that adds the start sequence, purges and filament changes.
    model_time_s: float | None = None
    printer_model: str | None = None
    filament_used_mm: float | None = None
    filament_used_mm_per_tool: list[float] = Field(default_factory=list)  # as the slicer says
    filament_used_g: float | None = None
    filament_used_mm3: float | None = None  # where the slicer gives a volume (Cura)


class ThumbnailInfo(_Model):
    width: int
    height: int
    format: str  # "png", "jpg" or "qoi"
    size_bytes: int
    line: int  # where its block begins (1-based)


class Thumbnails(_Model):
    count: int = 0
    sizes: list[str] = Field(default_factory=list)  # "WxH", in file order
    items: list[ThumbnailInfo] = Field(default_factory=list)


class Temperatures(_Model):
    """Highest targets the file sets (°C); None: never set."""

    hotend_c: float | None = None
    bed_c: float | None = None
    chamber_c: float | None = None


class GcodeAnalysis(_Model):
    """Everything intake learns from one G-code file."""

    file_name: str
    file_size: int
    lines: int
    moves: int
    estimated_time_s: float  # from the motion model (heating and homing excluded)
    # Of which the slicer's start sequence (Bambu Studio's "prepare" stage, up to its
    # MACHINE_START_GCODE_END tag): Bambu's "model printing time" leaves it out.
    start_sequence_s: float | None = None
    # The file's own first M73 R hint (its slicer's whole estimate, whole minutes).
    m73_remaining_s: float | None = None
    filament_mm: float  # net length fed, all tools
    # False: the file drives the extruder without an E axis (M101/M108, KISSlicer 5D
    # off), so the filament figures are unknown, not zero.
    filament_measured: bool = True
    filament_mm_per_tool: dict[str, float] = Field(default_factory=dict)
    filament_volume_mm3: float
    filament_mass_g: float | None  # None: no density known for the material
    filament_diameter_mm: float
    filament_diameter_stated: bool = False  # False: the slicer did not say (1.75 assumed)
    layers: int
    layer_height_mm: float | None = None
    extents: Extents
    slicer: SlicerInfo
    thumbnails: Thumbnails
    max_temperatures: Temperatures
    nozzle_diameter_mm: float | None = None
    material: str | None = None
    firmware_flavor: str | None = None
    firmware_flavor_stated: bool = False  # the slicer named it (not guessed from commands)
    flavor_hints: list[str] = Field(default_factory=list)
    tools: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    limits_source: str  # where the motion limits came from: "profile", "slicer", "default"

    def requirements(self) -> Requirements:
        """What a printer must offer to run this file, each from the file."""
        box = self.extents.part or self.extents.extruding
        values: dict[str, object] = {
            "nozzle_diameter": self.nozzle_diameter_mm,
            "filament_diameter": (
                self.filament_diameter_mm if self.filament_diameter_stated else None
            ),
            "material": _first_material(self.material),
            "tool_count": _tool_count(self.tools),
            # Only the slicer's word: a flavour guessed from commands is a hint.
            "gcode_flavor": self.firmware_flavor if self.firmware_flavor_stated else None,
            "bed_temperature": self.max_temperatures.bed_c or None,
        }
        if box is not None:  # the highest coordinates the part reaches (origin at 0)
            values["extents"] = PartSize(
                x=max(box.max_x, 0.0), y=max(box.max_y, 0.0), z=max(box.max_z, 0.0)
            )
        found = {k: v for k, v in values.items() if v is not None}
        return Requirements.model_validate({**found, "provenance": dict.fromkeys(found, FROM_FILE)})


def _tool_count(tools: list[str]) -> int | None:
    """Tools the file prints with, when more than one (Bambu's T1000 etc. are no tool)."""
    real = [t for t in tools if t[1:].isdigit() and int(t[1:]) < MAX_TOOL]
    return len(real) if len(real) > 1 else None


def _first_material(material: str | None) -> str | None:
    """The first tool's material of a multi-material file ("PLA;PETG"), or None."""
    if not material:
        return None
    first = next((m.strip() for m in material.replace(",", ";").split(";") if m.strip()), "")
    return first or None
