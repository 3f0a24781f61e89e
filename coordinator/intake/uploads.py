"""An uploaded file, whatever a member's slicer or CAD tool wrote, made into printable
G-code before its job is stored. The kind is told by content (magic bytes), the name
only where the content cannot tell (OBJ, a 3MF that is not a ZIP):

- plain G-code: as it is (the job's analysis refuses what is not G-code);
- `.bgcode` (Prusa binary G-code, magic `GCDE`): decoded to ASCII with libbgcode's
  Python binding (`pybgcode`, AGPL-3.0, PyPI: pybgcode-jneilliii), checksums verified;
- `.gcode.3mf` (Bambu Studio / OrcaSlicer: a ZIP with `Metadata/plate_N.gcode`): the
  chosen plate's G-code; with one plate that one, with several the caller must choose
  (`plate`), and the refusal lists them, since printing another plate than meant
  wastes hours;
- STL, 3MF, OBJ models: checked with trimesh (watertight, fits a printer), sliced with
  PrusaSlicer once per printer class of the fleet that matches the job's requirements
  (firmware x nozzle x material; at most MAX_VARIANTS, those with most printers, one
  slicer after the other), laid on the face that fits when it does not fit as modelled;
  each slice's requirements pin its class's firmware, nozzle and material so its G-code
  goes only to printers it was sliced for (the extents come from the sliced G-code's
  analysis, as for any G-code). The first slice is the job's file; with more than one,
  the job carries them all as variants (coordinator/variants.py) and the dispatcher
  picks the one whose class has a printer free.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from coordinator.dispatch import PrinterView, mismatch_fields
from coordinator.intake.gcode3mf import MODEL_ENTRY, ZIP_MAGIC, Gcode3mfError, extract_plate
from coordinator.intake.gcode3mf import plates as plates_of
from coordinator.intake.mesh import ORIENTATIONS, MeshError, MeshReport, check_mesh
from coordinator.intake.slicing import (
    INSTALL_HINT,
    SliceError,
    SlicerNotFound,
    SliceSettings,
    slice_model,
)
from coordinator.requirements import Extents, Requirements

log = logging.getLogger(__name__)
BGCODE_MAGIC = b"GCDE"
HEAD_BYTES = 1024
MEATPACK_GROWTH = 4  # measured 1.4-1.6 on PrusaSlicer 2.8 files
UPLOAD_SLICE_TIMEOUT_S = 300.0  # an HTTP request waits for it; PrusaSlicer takes seconds
SLICE_SLOTS = threading.BoundedSemaphore(1)  # two cores: one slicer at a time
# A model is sliced for at most this many printer classes (those with most printers):
# each slice takes seconds of the upload's request, one after the other.
MAX_VARIANTS = 4
EXPORT_ASCII = (
    "export ASCII G-code instead (PrusaSlicer: Printer Settings > General > "
    "Supports binary G-code off)"
)


class UploadKind(StrEnum):
    GCODE = "gcode"
    BGCODE = "bgcode"
    ZIP = "zip"  # a .gcode.3mf or a 3MF model: told apart by its entries
    STL = "stl"
    OBJ = "obj"


class UploadError(ValueError):
    """The upload cannot become a job; the message says why and what to do (HTTP 422)."""


@dataclass(frozen=True, slots=True)
class Converted:
    path: Path  # the G-code to store
    requirements: Requirements
    note: str  # what was done, for the audit trail
    slice_s: float | None = None
    label: str = ""  # the printer class it was sliced for (a model's)
    # A model sliced for several classes: each slice (this one first), best first.
    variants: tuple[Converted, ...] = ()


def kind_of(head: bytes, size: int, file_name: str) -> UploadKind:
    """What an upload is, from its first bytes, its size and (last) its name."""
    name = file_name.casefold()
    if head.startswith(BGCODE_MAGIC):
        return UploadKind.BGCODE
    if head[:4] in ZIP_MAGIC:
        return UploadKind.ZIP
    if _binary_stl(head, size) or _ascii_stl(head):
        return UploadKind.STL
    if name.endswith(".3mf"):
        raise UploadError(f"{file_name} is not a 3MF: a 3MF is a ZIP archive, this is not one")
    if name.endswith(".obj"):
        return UploadKind.OBJ
    if name.endswith(".stl"):
        return UploadKind.STL  # trimesh says why it cannot read it
    return UploadKind.GCODE


def _binary_stl(head: bytes, size: int) -> bool:
    # 80-byte header, a triangle count, 50 bytes per triangle: the size must agree.
    if len(head) < 84:
        return False
    count = int.from_bytes(head[80:84], "little")
    return count > 0 and size == 84 + 50 * count


def _ascii_stl(head: bytes) -> bool:
    text = head.lstrip()[:HEAD_BYTES].lower()
    return text.startswith(b"solid") and b"facet" in text


def to_gcode(
    raw: Path,
    kind: UploadKind,
    file_name: str,
    *,
    plate: int | None,
    requirements: Requirements,
    printers: list[PrinterView],
    max_bytes: int,
) -> Converted:
    """Printable G-code from the upload `raw` (not GCODE), beside it in its folder."""
    out = raw.with_name("converted.gcode")
    if kind is UploadKind.BGCODE:
        decode_bgcode(raw, out, file_name, max_bytes)
        return Converted(out, requirements, "decoded from binary G-code")
    if kind is UploadKind.ZIP:
        if _plates(raw, file_name):
            chosen = choose_plate(raw, file_name, plate)
            _unpack(raw, chosen, out, file_name, max_bytes)
            return Converted(out, requirements, f"plate {chosen} of a .gcode.3mf")
        if not _has_model(raw):
            raise UploadError(
                f"{file_name} is not a 3MF: a ZIP without {MODEL_ENTRY} or plate G-code"
            )
        model = raw.rename(raw.with_suffix(".3mf"))
    else:
        model = raw.rename(raw.with_suffix(f".{kind}"))
    return slice_for_fleet(model, out, file_name, requirements, printers)


def _plates(raw: Path, file_name: str) -> list[int]:
    try:
        return plates_of(raw)
    except Gcode3mfError as e:
        raise UploadError(f"{file_name} is not a 3MF: {e}".replace(raw.name, "it")) from e


def choose_plate(raw: Path, file_name: str, plate: int | None) -> int:
    found = _plates(raw, file_name)
    listed = ", ".join(map(str, found))
    if plate is None:
        if len(found) == 1:
            return found[0]
        raise UploadError(
            f"{file_name} holds {len(found)} plates with G-code ({listed}): "
            "say which to print with the `plate` field"
        )
    if plate not in found:
        raise UploadError(f"{file_name} has no plate {plate}; its plates: {listed}")
    return plate


def _unpack(raw: Path, plate: int, out: Path, file_name: str, max_bytes: int) -> None:
    try:
        extract_plate(raw, plate, out, max_bytes)
    except Gcode3mfError as e:
        raise UploadError(str(e).replace(raw.name, file_name)) from e


def _has_model(raw: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(raw) as archive:
            return MODEL_ENTRY in archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError):
        return False


def decode_bgcode(raw: Path, out: Path, file_name: str, max_bytes: int) -> None:
    """Binary G-code to ASCII, checksums verified; UploadError without pybgcode."""
    try:
        import pybgcode
    except ImportError as e:
        raise UploadError(
            f"{file_name} is binary G-code (.bgcode) and this coordinator cannot decode it "
            f"(pip install pybgcode-jneilliii): {EXPORT_ASCII}"
        ) from e
    if _decoded_bound(pybgcode, raw) > max_bytes:  # before writing any of it
        raise UploadError(f"{file_name} would decode to over {max_bytes} bytes")
    try:
        source = pybgcode.open(str(raw), "rb")
        target = pybgcode.open(str(out), "w")
    except RuntimeError as e:
        raise UploadError(f"cannot decode {file_name}: {e}") from e
    try:
        result = pybgcode.from_binary_to_ascii(source, target, True)
    finally:
        pybgcode.close(source)
        pybgcode.close(target)
    if result != pybgcode.EResult.Success:
        why = pybgcode.translate_result(result)
        raise UploadError(f"{file_name} is not readable binary G-code ({why}): {EXPORT_ASCII}")
    if out.stat().st_size > max_bytes:
        raise UploadError(f"{file_name} decodes to over {max_bytes} bytes")


def _decoded_bound(pybgcode: Any, raw: Path) -> int:
    """An upper bound of the ASCII size from the blocks' headers: their decompressed
    sizes, times MEATPACK_GROWTH (a MeatPack byte holds two characters, and decoding puts
    back the spaces between words). Damaged headers end the count; decoding says why."""
    try:
        wrapper = pybgcode.open(str(raw), "rb")
    except RuntimeError:
        return 0
    total = 0
    try:
        header = pybgcode.FileHeader()
        if pybgcode.read_header(wrapper, header) != pybgcode.EResult.Success:
            return 0
        block = pybgcode.BlockHeader()
        ok = pybgcode.EResult.Success
        while pybgcode.read_next_block_header(wrapper, header, block) == ok:
            total += block.uncompressed_size
            if pybgcode._bgcode.skip_block(wrapper, header, block) != ok:
                break
    finally:
        pybgcode.close(wrapper)
    return total * MEATPACK_GROWTH


@dataclass(frozen=True, slots=True)
class Target:
    """One printer class of the fleet: what a model is sliced for."""

    firmware: str
    nozzle_diameter: float | None
    material: str | None
    build_volume: tuple[float, float, float]
    orientation: tuple[int, int, int]  # model axes along the bed's x, y, z (slicing.py)


def choose_target(
    size: tuple[float, float, float],
    file_name: str,
    req: Requirements,
    printers: list[PrinterView],
    fleet: str = "every printer of the farm",
) -> tuple[Target, int]:
    """The printer class that can print a part of `size` with most printers (ties: the
    smaller build volume, then by name); UploadError with every printer's reason
    (`fleet` names the printers in the message)."""
    return rank_targets(size, file_name, req, printers, fleet)[0]


def rank_targets(
    size: tuple[float, float, float],
    file_name: str,
    req: Requirements,
    printers: list[PrinterView],
    fleet: str = "every printer of the farm",
) -> list[tuple[Target, int]]:
    """Every printer class that can print a part of `size`, with its printers, most
    first (as `choose_target`); UploadError when there is none."""
    if not printers:
        raise UploadError(
            f"{file_name} is a model, sliced for a printer of the farm, and no printer has "
            "reported yet: upload it once one is online, or upload G-code"
        )
    classes: Counter[Target] = Counter()
    reasons: dict[str, dict[str, str]] = {}
    for view in printers:
        fitting = _orientation(size, req, view)
        if isinstance(fitting, dict):
            reasons[view.key] = fitting
            continue
        material = req.material or view.material
        found = Target(view.firmware, view.nozzle_diameter, material, view.build_volume, fitting)
        classes[found] += 1
    if not classes:
        raise UploadError(_no_target(size, file_name, reasons, fleet))
    return sorted(classes.items(), key=lambda c: (-c[1], c[0].build_volume, c[0].firmware))


def slicing_classes(ranked: list[tuple[Target, int]]) -> list[tuple[Target, int]]:
    """One target per slicing-relevant class (firmware x nozzle x material; the one
    with most printers stands for it, counting all of them), at most MAX_VARIANTS,
    those with most printers first."""
    merged: dict[tuple[str, float | None, str | None], tuple[Target, int]] = {}
    for target, count in ranked:
        key = (target.firmware, target.nozzle_diameter, target.material)
        first, total = merged.get(key, (target, 0))
        merged[key] = (first, total + count)
    found = sorted(merged.values(), key=lambda c: -c[1])  # stable: ranked order on ties
    return found[:MAX_VARIANTS]


def _orientation(
    size: tuple[float, float, float], req: Requirements, view: PrinterView
) -> tuple[int, int, int] | dict[str, str]:
    """The first way of laying the part on `view`'s bed that it can print (as modelled
    first), or why it cannot (as modelled)."""
    why: dict[str, str] = {}
    for order in ORIENTATIONS:  # upright first
        x, y, z = (size[i] for i in order)
        need = req.model_copy(update={"colour": None, "extents": Extents(x=x, y=y, z=z)})
        found = mismatch_fields(need, view)
        if not found:
            return order
        why = why or found
    return why


def _no_target(
    size: tuple[float, float, float], file_name: str, reasons: dict[str, dict[str, str]], fleet: str
) -> str:
    dims = f"{size[0]:.1f} x {size[1]:.1f} x {size[2]:.1f} mm"
    if all("extents" in r for r in reasons.values()):
        return (
            f"{file_name} ({dims}) is too big for {fleet} in any orientation: "
            "scale it down or split it"
        )
    listed = " | ".join(f"{k}: {'; '.join(r.values())}" for k, r in list(reasons.items())[:5])
    return f"no printer of the farm can print {file_name} ({dims}): {listed}"


def sound_model(model: Path, file_name: str) -> MeshReport:
    """The model's mesh report; UploadError if it cannot be read or is not watertight
    (a slicer would guess at the holes)."""
    try:
        report = check_mesh(model)
    except MeshError as e:
        raise UploadError(str(e).replace(model.name, file_name)) from e
    if not report.watertight:
        raise UploadError(
            f"{file_name} is not watertight, not a manifold solid "
            f"({report.non_manifold_edges} edges not shared by exactly two triangles): "
            "repair the mesh (e.g. PrusaSlicer's Fix through Netfabb, Meshmixer) and try again"
        )
    return report


def settings_for(target: Target) -> SliceSettings:
    x, y, z = target.build_volume
    return SliceSettings(
        bed_x=x, bed_y=y, max_z=z, nozzle_diameter=target.nozzle_diameter or 0.4,
        firmware=target.firmware, material=(target.material or "PLA").upper(),
        orientation=target.orientation,
    )  # fmt: skip


def slice_for_target(
    model: Path, out: Path, file_name: str, settings: SliceSettings, timeout_s: float
) -> float:
    """Slice `model` into `out` with `settings` (one slicer at a time on this machine);
    the seconds it took. UploadError says why it could not."""
    started = time.monotonic()
    try:
        if not SLICE_SLOTS.acquire(timeout=timeout_s):
            raise UploadError("the farm is busy slicing other models: try again later")
        try:
            slice_model(model, out, settings, timeout_s=timeout_s)
        finally:
            SLICE_SLOTS.release()
    except SlicerNotFound as e:
        raise UploadError(f"{file_name} is a model to slice and {INSTALL_HINT}") from e
    except SliceError as e:
        raise UploadError(str(e).replace(model.name, file_name)) from e
    return time.monotonic() - started


def slice_for_fleet(
    model: Path, out: Path, file_name: str, req: Requirements, printers: list[PrinterView]
) -> Converted:
    """`model` sliced for each matching slicing class of the fleet (at most
    MAX_VARIANTS): the first (most printers) into `out`, the others beside it as
    `variants`. A class whose slice fails is left out (logged) unless it is the first."""
    report = sound_model(model, file_name)
    ranked = slicing_classes(rank_targets(report.size_mm, file_name, req, printers))
    done: list[Converted] = []
    for n, (target, count) in enumerate(ranked):
        path = out if n == 0 else out.with_name(f"variant-{n}.gcode")
        try:
            done.append(_slice_class(model, path, file_name, req, target=target, count=count))
        except UploadError as e:
            if n == 0:
                raise
            log.warning("upload %s: no slice for %s: %s", file_name, label_of(target), e)
    first = done[0]
    if len(done) == 1:
        return first
    note = f"{first.note}; and {len(done) - 1} other class(es)"
    total = sum(c.slice_s or 0.0 for c in done)
    return Converted(first.path, first.requirements, note, total, first.label, tuple(done))


def label_of(target: Target) -> str:
    """A printer class for people: firmware, nozzle, material."""
    nozzle = f"{target.nozzle_diameter:g} mm" if target.nozzle_diameter else "any nozzle"
    return f"{target.firmware}, {nozzle}, {target.material or 'any material'}"


def _slice_class(
    model: Path, out: Path, file_name: str, req: Requirements, *, target: Target, count: int
) -> Converted:
    settings = settings_for(target)
    elapsed = slice_for_target(model, out, file_name, settings, UPLOAD_SLICE_TIMEOUT_S)
    pinned = {"firmware": target.firmware, "nozzle_diameter": target.nozzle_diameter}
    if target.material is not None:
        pinned["material"] = target.material
    x, y, z = target.build_volume
    note = (
        f"sliced for {target.firmware}, nozzle {settings.nozzle_diameter:g} mm, "
        f"{x:g} x {y:g} x {z:g} mm ({count} printers), axes {target.orientation} "
        f"in {elapsed:.1f} s"
    )
    return Converted(out, req.model_copy(update=pinned), note, elapsed, label_of(target))


__all__ = ["UploadError", "UploadKind", "kind_of", "to_gcode"]
