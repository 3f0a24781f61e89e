"""`printfarm slice MODEL --profile P [--out F]`: a model (STL, 3MF, OBJ) to G-code for
one firmware profile's printer, with PrusaSlicer's command line.

The same path as an upload's (coordinator/intake/uploads.py): the mesh is checked
(readable, watertight), laid on the face that fits the profile's build volume when it
does not fit as modelled, and sliced; then the G-code is analysed like any other.
Every refusal is one line on stderr and exit 2, never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from agent.wire import PrinterStateName


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


def slice_command(  # noqa: PLR0917  # typer options
    model: Annotated[Path, typer.Argument(help="The model: STL, 3MF or OBJ")],
    profile: Annotated[str, typer.Option("--profile", help="Firmware profile to slice for")],
    out: Annotated[
        Path | None, typer.Option("--out", help="Where the G-code goes (default: MODEL.gcode)")
    ] = None,
    material: Annotated[str, typer.Option(help="Filament type (its temperatures)")] = "PLA",
    nozzle: Annotated[float, typer.Option(min=0.1, max=2.0, help="Nozzle diameter, mm")] = 0.4,
    as_json: Annotated[bool, typer.Option("--json", help="Print the analysis as JSON")] = False,
) -> None:
    """Slice a model for a printer profile with PrusaSlicer and analyse the G-code."""
    from agent.profiles import ProfileError, load_profile
    from coordinator.dispatch import PrinterView
    from coordinator.intake.gcode import analyze_gcode
    from coordinator.intake.mesh import MESH_SUFFIXES, orientation_name
    from coordinator.intake.reader import GcodeInputError
    from coordinator.intake.uploads import (
        UPLOAD_SLICE_TIMEOUT_S,
        UploadError,
        choose_target,
        settings_for,
        slice_for_target,
        sound_model,
    )
    from coordinator.requirements import Requirements

    try:
        chosen = load_profile(profile)
    except ProfileError as e:
        raise _fail(str(e)) from e
    if not model.is_file():
        raise _fail(f"{model} is not a file")
    if model.suffix.lower() not in MESH_SUFFIXES:
        raise _fail(
            f"{model.name} is not a model (STL, 3MF or OBJ); "
            "a G-code file is sliced already: `printfarm analyze` reads it"
        )
    target_path = out or model.with_suffix(".gcode")
    if target_path.resolve() == model.resolve():
        raise _fail(f"--out {target_path} is the model itself: name another file")
    if not target_path.parent.is_dir():
        raise _fail(f"cannot write {target_path}: {target_path.parent} is not a folder")
    volume = chosen.build_volume
    view = PrinterView(
        key=profile, online=True, state=PrinterStateName.IDLE, bed_clear=True,
        firmware=chosen.dialect.value, profile=chosen.name, nozzle_diameter=nozzle,
        material=material.casefold(), build_volume=(volume.x, volume.y, volume.z),
    )  # fmt: skip
    where = f"a {chosen.name} printer ({volume.x:g} x {volume.y:g} x {volume.z:g} mm)"
    try:
        report = sound_model(model, model.name)
        target, _ = choose_target(report.size_mm, model.name, Requirements(), [view], where)
        settings = settings_for(target)
        elapsed = slice_for_target(model, target_path, model.name, settings, UPLOAD_SLICE_TIMEOUT_S)
        analysis = analyze_gcode(target_path)
    except (UploadError, GcodeInputError) as e:
        raise _fail(str(e)) from e
    if as_json:
        typer.echo(json.dumps(analysis.model_dump(mode="json"), indent=2))
        return
    from coordinator.intake.cli import human_summary

    typer.echo(
        f"sliced {model.name} for {chosen.name} ({settings.material}, nozzle "
        f"{settings.nozzle_diameter:g} mm), {orientation_name(target.orientation)}, "
        f"in {elapsed:.1f} s"
    )
    typer.echo(f"G-code: {target_path}")
    typer.echo(human_summary(analysis))
