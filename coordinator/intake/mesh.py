"""Model checks (STL binary/ASCII, 3MF, OBJ) through trimesh: soundness, size, fit."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import numpy as np
import trimesh
from pydantic import BaseModel, ConfigDict

from coordinator.intake.gcode3mf import MODEL_ENTRY

MESH_SUFFIXES = (".stl", ".3mf", ".obj")
# What trimesh's readers raise on a damaged file (lxml's XML errors are SyntaxErrors,
# a damaged ZIP entry is BadZipFile, a 3MF without a mesh ends an iterator early).
_PARSER_ERRORS = (
    ValueError, KeyError, IndexError, TypeError, AttributeError, OSError, EOFError,
    SyntaxError, StopIteration, zipfile.BadZipFile, zlib.error,
)  # fmt: skip
MAX_MESH_BYTES = 512 * 1024 * 1024


class MeshError(ValueError):
    """The model cannot be used; the message says why and what to do."""


class MeshReport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    file_name: str
    triangles: int
    watertight: bool
    non_manifold_edges: int  # edges shared by other than two faces
    size_mm: tuple[float, float, float]  # bounding box x, y, z
    volume_mm3: float | None  # None when not watertight (the volume is meaningless)
    fits: bool | None = None  # None: no build volume given
    orientation: str | None = None  # which flat orientation fits, e.g. "as modelled"
    reason: str | None = None  # why it does not fit


def load_mesh(path: Path) -> trimesh.Trimesh:
    """Load one model (a scene's parts are merged). Raises MeshError."""
    if path.suffix.lower() not in MESH_SUFFIXES:
        raise MeshError(f"{path.name}: unsupported model type; use STL, 3MF or OBJ")
    try:
        size = path.stat().st_size
    except OSError as e:
        raise MeshError(f"cannot read {path}: {e.strerror}") from e
    if size == 0:
        raise MeshError(f"{path.name} is empty: export the model again")
    if size > MAX_MESH_BYTES:
        raise MeshError(f"{path.name} is {size >> 20} MB; simplify the model below 512 MB")
    if path.suffix.lower() == ".3mf":
        _check_3mf(path)
    try:
        loaded = trimesh.load(str(path), force="mesh", process=True)
    except ModuleNotFoundError as e:
        raise MeshError(
            f"reading {path.suffix[1:].upper()} needs the {e.name} package: "
            "pip install 'printfarm[coordinator]'"
        ) from e
    except _PARSER_ERRORS as e:
        why = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise MeshError(f"{path.name} is not a readable {path.suffix[1:].upper()}: {why}") from e
    if not isinstance(loaded, trimesh.Trimesh) or len(loaded.faces) == 0:
        raise MeshError(f"{path.name} holds no triangles: export the model again")
    if isinstance(loaded.visual, trimesh.visual.TextureVisuals):
        # A textured OBJ's vertices are split where the texture has seams: the shape
        # alone, its vertices merged again, is what is printed.
        return trimesh.Trimesh(vertices=loaded.vertices, faces=loaded.faces, process=True)
    return loaded


def _check_3mf(path: Path) -> None:
    """A 3MF is a ZIP holding 3D/3dmodel.model; say so before trimesh trips on it."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        raise MeshError(
            f"{path.name} is not a readable 3MF: a 3MF is a ZIP archive, this is not one "
            f"({e}); export the model again"
        ) from e
    if MODEL_ENTRY not in names:
        raise MeshError(
            f"{path.name} is not a readable 3MF: a ZIP without {MODEL_ENTRY}; "
            "export the model again"
        )


def _non_manifold_edges(mesh: trimesh.Trimesh) -> int:
    edges = np.sort(mesh.edges, axis=1)
    _, counts = np.unique(edges, axis=0, return_counts=True)
    return int(np.count_nonzero(counts != 2))


# Which model axes lie along the bed's x, y and z, and what that is called.
ORIENTATIONS: dict[tuple[int, int, int], str] = {
    (0, 1, 2): "as modelled",
    (1, 0, 2): "turned 90° on the bed",
    (0, 2, 1): "laid on its front",
    (2, 0, 1): "laid on its front, turned 90°",
    (1, 2, 0): "laid on its side",
    (2, 1, 0): "laid on its side, turned 90°",
}


def orientation_name(order: tuple[int, int, int]) -> str:
    return ORIENTATIONS[order]


def _flat_orientations(size: tuple[float, float, float]) -> list[tuple[str, tuple[float, ...]]]:
    """The six ways of laying a box on a face and turning it 90° on the bed."""
    return [(name, tuple(size[i] for i in p)) for p, name in ORIENTATIONS.items()]


def check_mesh(path: Path, build_volume: tuple[float, float, float] | None = None) -> MeshReport:
    """Load and check a model; with ``build_volume`` (x, y, z mm) also try to fit it."""
    mesh = load_mesh(path)
    extents = mesh.extents
    size = (float(extents[0]), float(extents[1]), float(extents[2]))
    watertight = bool(mesh.is_watertight)
    report = MeshReport(
        file_name=path.name,
        triangles=len(mesh.faces),
        watertight=watertight,
        non_manifold_edges=_non_manifold_edges(mesh),
        size_mm=size,
        volume_mm3=round(abs(float(mesh.volume)), 1) if watertight else None,
    )
    if build_volume is None:
        return report
    for name, dims in _flat_orientations(size):
        if all(d <= b for d, b in zip(dims, build_volume, strict=True)):
            return report.model_copy(update={"fits": True, "orientation": name})
    bx, by, bz = build_volume
    return report.model_copy(
        update={
            "fits": False,
            "reason": (
                f"{size[0]:.1f} x {size[1]:.1f} x {size[2]:.1f} mm does not fit "
                f"{bx:g} x {by:g} x {bz:g} mm in any flat orientation: scale it down "
                "or split it"
            ),
        }
    )
