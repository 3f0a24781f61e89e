"""`printfarm analyze FILE [--json] [--profile P]`: what a job needs and how long it takes."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Annotated

import typer

from agent.motion import MotionLimits
from coordinator.intake.models import GcodeAnalysis
from coordinator.requirements import Extents


def _profile(name: str) -> tuple[tuple[float, float, float], MotionLimits | None, int]:
    """Build volume, motion limits (when the profile has them) and line length."""
    from agent.profiles import load_profile  # only with --profile

    profile = load_profile(name)
    volume = profile.build_volume
    motion = getattr(profile, "motion", None)
    limits = motion if isinstance(motion, MotionLimits) else None
    return (volume.x, volume.y, volume.z), limits, profile.capabilities.max_line_length


def _slicer_time(result: GcodeAnalysis) -> str:
    slicer_s, model_s = result.slicer.estimated_time_s, result.slicer.model_time_s
    if not slicer_s:
        return ""
    model = f", model alone {model_s:.0f} s" if model_s else ""  # Bambu Studio
    return f" (slicer: {slicer_s:.0f} s{model})"


def _filament(result: GcodeAnalysis) -> str:
    if not result.filament_measured:
        return "unknown (no E axis)"
    mass = f", {result.filament_mass_g:.1f} g" if result.filament_mass_g else ""
    return f"{result.filament_mm / 1000:.2f} m{mass}"


def _duration(seconds_f: float) -> str:
    if not math.isfinite(seconds_f):
        return "unknown"
    minutes, seconds = divmod(round(seconds_f), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m {seconds:02d}s"


def _sliced_for(result: GcodeAnalysis) -> str:
    """What the slicer says the file is for: printer, nozzle, material, layer height and
    the firmware flavour it names (a flavour guessed from commands is shown as such)."""
    facts = [
        result.slicer.printer_model or "",
        f"nozzle {result.nozzle_diameter_mm:g} mm" if result.nozzle_diameter_mm else "",
        result.material or "",
        f"layers {result.layer_height_mm:g} mm" if result.layer_height_mm else "",
    ]
    if result.firmware_flavor:
        stated = "" if result.firmware_flavor_stated else " (guessed from its commands)"
        facts.append(f"{result.firmware_flavor} G-code{stated}")
    return ", ".join(f for f in facts if f)


def human_summary(result: GcodeAnalysis) -> str:
    box, extruding = result.extents.part, result.extents.extruding
    lines = [
        f"{result.file_name}: {result.lines} lines, {result.moves} moves",
        f"  estimated time  {_duration(result.estimated_time_s)}" + _slicer_time(result),
        f"  filament        {_filament(result)}",
        f"  layers          {result.layers}",
    ]  # fmt: skip
    if result.start_sequence_s is not None:  # Bambu: its model time leaves this out
        lines.insert(2, f"  start sequence  {result.start_sequence_s:.0f} s of the estimate")
    if result.m73_remaining_s is not None:
        lines.insert(2, f"  file's M73 hint {result.m73_remaining_s / 60:.0f} min at the start")
    if box is not None:
        lines.append(
            f"  part extents    X {box.min_x:.1f}..{box.max_x:.1f}"
            f"  Y {box.min_y:.1f}..{box.max_y:.1f}  Z {box.min_z:.2f}..{box.max_z:.2f}"
        )
    if extruding is not None and extruding != box:
        lines.append(
            f"  with purge      X {extruding.min_x:.1f}..{extruding.max_x:.1f}"
            f"  Y {extruding.min_y:.1f}..{extruding.max_y:.1f}"
        )
    moves = result.extents.all_moves
    if moves is not None:
        lines.append(
            f"  all moves       X {moves.min_x:.1f}..{moves.max_x:.1f}"
            f"  Y {moves.min_y:.1f}..{moves.max_y:.1f}  Z {moves.min_z:.2f}..{moves.max_z:.2f}"
        )
    if result.slicer.name:
        lines.append(f"  slicer          {result.slicer.name} {result.slicer.version or ''}")
    sliced_for = _sliced_for(result)
    if sliced_for:
        lines.append(f"  sliced for      {sliced_for}")
    lines += [f"  warning: {w}" for w in result.warnings]
    return "\n".join(lines)


def analyze(
    file: Annotated[Path, typer.Argument(help="G-code, or a model (STL, 3MF, OBJ)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the full result as JSON")] = False,
    profile: Annotated[
        str | None, typer.Option("--profile", help="Check against this firmware profile")
    ] = None,
) -> None:
    """Analyse a G-code file (time, filament, extents, metadata) or check a model."""
    volume: tuple[float, float, float] | None = None
    limits, max_line = None, 96
    if profile is not None:
        volume, limits, max_line = _profile(profile)
    # numpy and trimesh load only when the command runs, not with every `printfarm` call.
    from coordinator.intake.gcode import analyze_gcode, check_against_build_volume
    from coordinator.intake.gcode3mf import is_gcode_3mf
    from coordinator.intake.mesh import MESH_SUFFIXES, MeshError, check_mesh
    from coordinator.intake.reader import GcodeInputError

    try:
        if file.suffix.lower() in MESH_SUFFIXES and not is_gcode_3mf(file):
            report = check_mesh(file, volume)
            text = "\n".join(f"{k}: {v}" for k, v in report.model_dump().items() if v is not None)
            typer.echo(report.model_dump_json(indent=2) if as_json else text)
            if report.fits is False:
                raise typer.Exit(1)
            return
        result = analyze_gcode(file, limits=limits, max_line_length=max_line)
    except (GcodeInputError, MeshError) as e:
        if as_json:  # a script reading stdout gets JSON whatever happens
            typer.echo(json.dumps({"error": str(e)}))
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    if as_json:
        typer.echo(result.model_dump_json(indent=2))  # infinity as null: valid JSON
    else:
        typer.echo(human_summary(result))
    if volume is not None:
        need = Extents(x=volume[0], y=volume[1], z=volume[2])
        reason = check_against_build_volume(result, need)
        if reason:
            typer.echo(f"refused for {profile}: {reason}", err=True)
            raise typer.Exit(1)
