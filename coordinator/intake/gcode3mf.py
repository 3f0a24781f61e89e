"""Bambu Studio / OrcaSlicer `.gcode.3mf` projects: a ZIP whose plates' G-code sits in
`Metadata/plate_N.gcode`. The plate is unpacked to plain G-code (size-bounded, so a ZIP
bomb ends as a clear refusal, not a full disk).

    plates(path)                      -> [1, 2]
    extract_plate(path, 1, out_path)  # UploadError if there is no such plate
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import IO

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header; an empty archive
MODEL_ENTRY = "3D/3dmodel.model"  # every 3MF holds its model here
DEFAULT_MAX_PLATE_BYTES = 2 * 1024**3  # the file store's own limit
_PLATE = re.compile(r"Metadata/plate_(?P<n>[0-9]{1,4})\.gcode")


class Gcode3mfError(ValueError):
    """Not a usable `.gcode.3mf`; the message says why and what to do."""


def is_zip(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) in ZIP_MAGIC


def is_gcode_3mf(path: Path) -> bool:
    """A ZIP with plate G-code (False for anything else, readable or not)."""
    try:
        return is_zip(path) and bool(plates(path))
    except (OSError, Gcode3mfError):
        return False


def plates(path: Path) -> list[int]:
    """The plate numbers with G-code in the archive, in order (empty: a model-only 3MF)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        raise Gcode3mfError(f"{path.name} is not a readable ZIP archive: {e}") from e
    found = (_PLATE.fullmatch(name) for name in names)
    return sorted(int(m["n"]) for m in found if m is not None)


def extract_plate(
    path: Path, plate: int, output: Path, max_bytes: int = DEFAULT_MAX_PLATE_BYTES
) -> Path:
    """Write plate `plate`'s G-code to `output` (at most `max_bytes`)."""
    entry = f"Metadata/plate_{plate}.gcode"
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                info = archive.getinfo(entry)
            except KeyError as e:
                have = ", ".join(map(str, plates(path))) or "none"
                raise Gcode3mfError(
                    f"{path.name} has no plate {plate} (plates with G-code: {have})"
                ) from e
            if info.file_size > max_bytes:
                raise Gcode3mfError(f"plate {plate} of {path.name} is over {max_bytes} bytes")
            with archive.open(info) as source, output.open("wb") as out:
                _copy_bounded(source, out, max_bytes, f"plate {plate} of {path.name}")
    except (zipfile.BadZipFile, OSError, EOFError, zipfile.LargeZipFile) as e:
        raise Gcode3mfError(f"cannot unpack plate {plate} of {path.name}: {e}") from e
    return output


def _copy_bounded(source: IO[bytes], out: IO[bytes], max_bytes: int, what: str) -> None:
    # The header's size can lie; count what really comes out of the decompressor.
    copied = 0
    while chunk := source.read(1 << 20):
        copied += len(chunk)
        if copied > max_bytes:
            raise Gcode3mfError(f"{what} unpacks to over {max_bytes} bytes")
        out.write(chunk)


__all__ = ["Gcode3mfError", "extract_plate", "is_gcode_3mf", "is_zip", "plates"]
