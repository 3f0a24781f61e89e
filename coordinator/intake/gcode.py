"""G-code analysis: one streaming pass over the file plus a look at its footer.

analysis = analyze_gcode(Path("part.gcode"), limits=profile_limits)
reason = check_against_build_volume(analysis, profile.build_volume)
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

from agent.motion import MotionLimits
from coordinator.intake.commands import LimitsError, zero_limits
from coordinator.intake.corrections import filament_length, is_volumetric, layer_count
from coordinator.intake.gcode3mf import Gcode3mfError, extract_plate, is_gcode_3mf, plates
from coordinator.intake.gcode_scan import INF, GcodeScanner
from coordinator.intake.machine_limits import find_limit_settings
from coordinator.intake.models import (
    Box,
    Extents,
    GcodeAnalysis,
    SlicerInfo,
    Temperatures,
    ThumbnailInfo,
    Thumbnails,
)
from coordinator.intake.reader import (
    MAX_LINE_BYTES,
    GcodeInputError,
    ReadStats,
    iter_blocks,
    sniff,
)
from coordinator.intake.slicer_meta import MetadataCollector, SlicerMetadata
from coordinator.intake.travel import HasXYZ, far_outside

HEAD_META_BYTES = 4 * 1024 * 1024  # comments this far in are header facts (and thumbnails)
TAIL_META_BYTES = 512 * 1024  # the footer config block of PrusaSlicer & co.
DEFAULT_FILAMENT_DIAMETER = 1.75
# g/cm³, typical values; a slicer's own filament_density wins.
DENSITY = {
    "PLA": 1.24, "PETG": 1.27, "PET": 1.27, "ABS": 1.04, "ASA": 1.07, "TPU": 1.21,
    "FLEX": 1.21, "PC": 1.20, "PA": 1.14, "NYLON": 1.14, "HIPS": 1.04, "PVA": 1.23,
    "PP": 0.90, "PVB": 1.08, "PCTG": 1.23,
}  # fmt: skip
_FLAVORS = {
    "marlin": "marlin", "marlin2": "marlin", "marlinlegacy": "marlin", "klipper": "klipper",
    "reprapfirmware": "reprapfirmware", "repetier": "repetier",
    "smoothie": "smoothieware", "smoothieware": "smoothieware", "prusa": "prusa",
    "reprap (reprap)": "reprapfirmware", "reprap (volumetric)": "reprapfirmware",
    "reprap": "reprapfirmware", "marlin(volumetric)": "marlin",  # Cura's ;FLAVOR:
    "griffin": "griffin", "flashforge": "flashforge",
}  # fmt: skip
BUILD_VOLUME_TOLERANCE = 0.5  # mm a part may stick out (rounding, slicer margins)


def analyze_gcode(
    path: Path,
    limits: MotionLimits | None = None,
    max_line_length: int = 96,
    vectorised: bool = True,
) -> GcodeAnalysis:
    """Analyse a G-code file in one streaming pass (memory bounded by the chunk size).

    ``limits``: the target printer's machine limits; without them the slicer's machine
    limits in the file's footer are used, else Marlin 2's defaults. M201/M203/M204/M205/
    M566 commands in the file override them as they come. Raises GcodeInputError.
    ``vectorised=False`` reads every line with the line-by-line loop (slower; the
    reference the array path is tested against). A Bambu/Orca `.gcode.3mf` is read
    through its first plate's G-code.
    """
    if is_gcode_3mf(path):
        return _analyze_plate(path, limits, max_line_length, vectorised)
    sniff(path)
    size = path.stat().st_size
    collector = _tail_metadata(path, size)
    tail = collector.interpret()
    source = "profile"
    if limits is None:
        limits, source = _file_limits(path)
    scanner = GcodeScanner(limits, max_line_length, vectorised)
    scanner.meta = collector
    scanner.state.legacy_m204 = (tail.gcode_flavor or "").lower() == "marlin"
    stats = ReadStats()
    _scan(path, scanner, stats)
    _check_scanned(path, scanner, stats)
    return _result(
        path, size=size, scanner=scanner, meta=collector.interpret(), stats=stats, source=source
    )


def _scan(path: Path, scanner: GcodeScanner, stats: ReadStats) -> None:
    try:
        with path.open("rb") as f:
            start = 0
            for data, line_no, end in iter_blocks(f, stats):
                scanner.feed_block(data, line_no, stats, metadata=start < HEAD_META_BYTES)
                start = end
    except LimitsError as e:
        raise GcodeInputError(f"{path.name} line {scanner.lines}: {e}") from e
    scanner.finish()


def _check_scanned(path: Path, scanner: GcodeScanner, stats: ReadStats) -> None:
    """Refuse what holds no G-code."""
    if scanner.moves == 0 and stats.dropped_lines and not scanner.state.hints:
        raise GcodeInputError(
            f"{path.name} has no G-code moves: {stats.dropped_lines} line(s) over "
            f"{MAX_LINE_BYTES // 1024} KB skipped and {scanner.lines} other line(s) read; "
            "G-code lines are short: check that it is a sliced G-code file"
        )
    if (scanner.moves == 0 and not scanner.state.hints and scanner.lines > 0) and (
        scanner.bad_lines or scanner.unknown or not _has_commands(scanner)
    ):
        raise GcodeInputError(
            f"{path.name} has no G-code moves ({scanner.lines} lines read): "
            "check that it is a sliced G-code file"
        )


def _analyze_plate(
    path: Path, limits: MotionLimits | None, max_line_length: int, vectorised: bool
) -> GcodeAnalysis:
    with tempfile.TemporaryDirectory(prefix="printfarm-plate-") as tmp:
        plate = Path(tmp) / f"{path.name}.plate.gcode"
        try:
            extract_plate(path, plates(path)[0], plate)
        except Gcode3mfError as e:
            raise GcodeInputError(str(e)) from e
        result = analyze_gcode(plate, limits, max_line_length, vectorised)
    return result.model_copy(update={"file_name": path.name})


def _file_limits(path: Path) -> tuple[MotionLimits, str]:
    """The slicer's machine limits from anywhere in the file, else Marlin 2's defaults."""
    fix = "fix the slicer's printer settings, or analyse it with --profile P"
    try:
        found = find_limit_settings(path).limits()
    except ValueError as e:  # pydantic's ValidationError is one too
        raise GcodeInputError(
            f"{path.name}: the slicer's machine limits are unusable: {e}: {fix}"
        ) from e
    if found is None:
        return MotionLimits(), "default"
    zero = zero_limits(found)
    if zero:
        raise GcodeInputError(
            f"{path.name}: the slicer's machine limits set {', '.join(zero)} to 0 "
            f"(no printer moves so, and the time would be infinite): {fix}"
        )
    return found, "slicer"


def _has_commands(scanner: GcodeScanner) -> bool:
    st = scanner.state
    return st.hotend_c is not None or st.bed_c is not None


def _tail_metadata(path: Path, size: int) -> MetadataCollector:
    collector = MetadataCollector()
    with path.open("rb") as f:
        f.seek(max(0, size - TAIL_META_BYTES))
        text = f.read(TAIL_META_BYTES).decode("utf-8", errors="replace").lstrip("\ufeff")
    lines = text.splitlines()
    if size > TAIL_META_BYTES and lines:
        lines = lines[1:]  # the first is cut
    for line in lines:
        if line.startswith(";"):
            collector.feed(line[1:])
    return collector


def _box(values: list[float]) -> Box | None:
    if values[0] == INF:
        return None
    return Box(
        min_x=values[0], min_y=values[1], min_z=values[2],
        max_x=values[3], max_y=values[4], max_z=values[5],
    )  # fmt: skip


def _rounded(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds, 1)


def _stated_flavor(meta: SlicerMetadata) -> str | None:
    """The firmware flavour the slicer names (ideaMaker's "Firmware:"), or None."""
    named = (meta.gcode_flavor or "").strip().lower()
    if named == "reprap":
        # Cura's RepRap flavour is RepRapFirmware's (it writes M566 etc.); Slic3r's
        # "reprap" is "RepRap/Sprinter": the dialect every firmware reads, no one's.
        return "reprapfirmware" if meta.slicer == "Cura" else None
    return _FLAVORS.get(named)


def _flavor(meta: SlicerMetadata, votes: dict[str, int]) -> str | None:
    """The slicer's flavour (PrusaSlicer's Marlin 2 for a Prusa printer, with its M862
    checks, is Prusa's); a guess from the commands only where the slicer names none."""
    stated = _stated_flavor(meta)
    if votes.get("prusa") and stated in (None, "marlin"):
        return "prusa"
    if stated:
        return stated
    return max(votes, key=lambda k: votes[k]) if votes else None


def _result(
    path: Path,
    *,
    size: int,
    scanner: GcodeScanner,
    meta: SlicerMetadata,
    stats: ReadStats,
    source: str,
) -> GcodeAnalysis:
    st = scanner.state
    diameter = meta.filament_diameter_mm or DEFAULT_FILAMENT_DIAMETER
    per_tool = _per_tool(st.filament, meta, diameter)
    filament = sum(per_tool.values())
    measured = filament > 0 or not scanner.extruder_on_commands
    volume = filament * math.pi * (diameter / 2) ** 2
    density = meta.filament_density or DENSITY.get((meta.material or "").upper())
    part, extruding = _box(scanner.part), _box(scanner.extruding)
    extents = Extents(part=part, extruding=extruding, all_moves=_box(scanner.all_moves))
    if part is not None:
        extents = extents.model_copy(update=part.model_dump())
    hints = list(st.hints)
    if meta.gcode_flavor:
        hints.insert(0, f"slicer gcode_flavor = {meta.gcode_flavor}")
    if any(word.isupper() and "_" in word for word in scanner.unknown):
        hints.append("Klipper-style macros")
        st.flavor_votes["klipper"] = st.flavor_votes.get("klipper", 0) + 1
    thumbs = [
        ThumbnailInfo(width=t.width, height=t.height, format=t.format,
                      size_bytes=t.size_bytes, line=t.line)
        for t in scanner.thumbs.found
    ]  # fmt: skip
    return GcodeAnalysis(
        file_name=path.name,
        file_size=size,
        lines=scanner.lines,
        moves=scanner.moves,
        estimated_time_s=round(scanner.time_s, 1),
        start_sequence_s=_rounded(scanner.start_sequence_s),
        m73_remaining_s=None if st.m73_first_r is None else st.m73_first_r * 60,
        filament_mm=round(filament, 2),
        filament_measured=measured,
        filament_mm_per_tool={k: round(v, 2) for k, v in per_tool.items()},
        filament_volume_mm3=round(volume, 1),
        filament_mass_g=round(volume / 1000 * density, 2) if density else None,
        filament_diameter_mm=diameter,
        filament_diameter_stated=meta.filament_diameter_mm is not None,
        layers=layer_count(
            tags=scanner.layer_tags,
            rises=scanner.layers_by_z,
            moves=scanner.moves,
            top_z=extruding.max_z if extruding else None,
            first_z=extruding.min_z if extruding else None,
            layer_height=meta.layer_height_mm,
        ),
        layer_height_mm=meta.layer_height_mm,
        extents=extents,
        slicer=SlicerInfo(
            name=meta.slicer,
            version=meta.version,
            estimated_time_s=meta.estimated_time_s,
            model_time_s=meta.model_time_s,
            printer_model=meta.printer_model,
            filament_used_mm=meta.filament_used_mm,
            filament_used_mm_per_tool=meta.filament_used_mm_per_tool,
            filament_used_g=meta.filament_used_g,
            filament_used_mm3=meta.filament_used_mm3,
        ),
        thumbnails=Thumbnails(
            count=len(thumbs), sizes=[f"{t.width}x{t.height}" for t in thumbs], items=thumbs
        ),
        max_temperatures=Temperatures(hotend_c=st.hotend_c, bed_c=st.bed_c, chamber_c=st.chamber_c),
        nozzle_diameter_mm=meta.nozzle_diameter_mm,
        material=meta.material,
        firmware_flavor=_flavor(meta, st.flavor_votes),
        firmware_flavor_stated=_stated_flavor(meta) is not None,
        flavor_hints=hints,
        tools=sorted(k for k, v in per_tool.items() if v > 0) or ["T0"],
        warnings=_warnings(scanner, stats, measured),
        limits_source=source,
    )


def _per_tool(fed: dict[str, float], meta: SlicerMetadata, diameter: float) -> dict[str, float]:
    """Filament length per tool (mm); Cura's volumetric flavours feed mm³."""
    if not is_volumetric(meta.gcode_flavor):
        return fed
    return {tool: filament_length(volume, diameter) for tool, volume in fed.items()}


def _warnings(scanner: GcodeScanner, stats: ReadStats, measured: bool) -> list[str]:
    out = []
    if not measured:
        out.append(
            "no E axis: the extruder is driven by M101/M108, so the filament used is "
            "unknown (not zero); slice with E values (KISSlicer: 5D on) to have it measured"
        )
    if stats.undecodable_lines:
        out.append(
            f"bytes that are not UTF-8 (first near line {stats.first_undecodable_line}); "
            "they were replaced"
        )
    if stats.dropped_lines:
        out.append(
            f"{stats.dropped_lines} line(s) over 64 KB skipped (first at line "
            f"{stats.first_dropped_line}): the file may be damaged"
        )
    if scanner.long_lines:
        out.append(
            f"{scanner.long_lines} command(s) longer than {scanner.max_line_length} characters "
            f"(first at line {scanner.first_long_line}); the firmware may reject them"
        )
    if scanner.bad_lines:
        out.append(f"{scanner.bad_lines} malformed command(s), first at {scanner.first_bad_line}")
    if scanner.unknown:
        listed = ", ".join(f"{k} (x{v})" for k, v in scanner.unknown.items())
        out.append(f"unknown commands (passed to the firmware as they are): {listed}")
    out.extend(scanner.thumbs.problems)
    return out


def check_against_build_volume(analysis: GcodeAnalysis, build_volume: HasXYZ) -> str | None:
    """Why ``analysis`` cannot print in ``build_volume`` (x/y/z sizes, mm), or None.

    The part (its extrusions, without the start sequence's purge and prime lines) must
    lie within [0, size] on every axis, give or take half a millimetre; every move
    (purge lines and travel included) must stay within the printer's physical reach as
    the agent enforces it (agent/safety.py's move range).
    """
    box = analysis.extents.part or analysis.extents.extruding
    tol = BUILD_VOLUME_TOLERANCE
    problems = []
    for axis, lo, hi in _axes(box):
        size = float(getattr(build_volume, axis.lower()))
        if hi > size + tol or lo < -tol:
            problems.append(f"{axis} {lo:.1f}..{hi:.1f} mm outside 0..{size:g} mm")
    if problems:
        return "the part does not fit the build volume: " + "; ".join(problems)
    beyond = far_outside(analysis.extents.all_moves, build_volume)
    if beyond:
        return "moves reach beyond what the printer can reach: " + "; ".join(beyond)
    return None


def _axes(box: Box | None) -> list[tuple[str, float, float]]:
    if box is None:
        return []
    return [("X", box.min_x, box.max_x), ("Y", box.min_y, box.max_y), ("Z", box.min_z, box.max_z)]
