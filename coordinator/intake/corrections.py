"""What the scan counts that needs the slicer's words to read right: layers of a spiral
vase without layer tags, and Cura's volumetric E (mm³ of filament, not mm).

Both are decided after the scan from its counts, so the hot loop stays as it is.
"""

from __future__ import annotations

import math

# Cura's flavours whose E words are volumes (mm³): "Marlin (Volumetric)", UltiGCode.
VOLUMETRIC_FLAVORS = frozenset({"marlin(volumetric)", "ultigcode"})
# A layer is counted each time an extruding move rises above the last layer. In a
# normal print a layer holds many moves; in a spiral vase nearly every move rises, so
# the count reaches the moves'. Over this share, the file spirals.
SPIRAL_SHARE = 0.3
LAYER_HEIGHT_RANGE = (0.04, 1.2)  # mm: what a first layer can tell of the layer height


def is_volumetric(gcode_flavor: str | None) -> bool:
    return (gcode_flavor or "").replace(" ", "").lower() in VOLUMETRIC_FLAVORS


def filament_length(volume_mm3: float, diameter_mm: float) -> float:
    """The length of filament (mm) that holds `volume_mm3`."""
    return volume_mm3 / (math.pi * (diameter_mm / 2) ** 2)


def layer_count(
    *,
    tags: int,
    rises: int,
    moves: int,
    top_z: float | None,
    first_z: float | None,
    layer_height: float | None,
) -> int:
    """The layers of a file: its slicer's layer tags when it has them, else the rises
    of Z while extruding (`rises`) -- unless nearly every move rose (a spiral vase):
    then the height over the layer height (the slicer's, else the first layer's)."""
    if tags:
        return tags
    if moves == 0 or rises <= SPIRAL_SHARE * moves or top_z is None:
        return rises
    low, high = LAYER_HEIGHT_RANGE
    height = layer_height or min(max(first_z or low, low), high)
    return max(1, round(top_z / height))
