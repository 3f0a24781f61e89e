"""Storing an upload of `POST /jobs` or OctoPrint's `POST /api/files/local` as the G-code
its job prints: plain G-code streams into the file store as before; binary G-code,
`.gcode.3mf` projects and STL/3MF/OBJ models are turned into G-code first
(coordinator/intake/uploads.py) in a temporary folder, so only G-code is stored.

Handlers are sync, so FastAPI runs this (and a slicer taking seconds) in its threadpool,
off the event loop.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from fastapi import HTTPException

from coordinator.dispatch import PrinterView
from coordinator.files import FileTooLargeError, StoredFile
from coordinator.requirements import Requirements
from coordinator.service import Operations
from coordinator.variants import SlicedFile

log = logging.getLogger(__name__)
PLATE_HELP = "for a .gcode.3mf of several plates: the plate to print (1, 2, ...)"
UPLOAD_HELP = "G-code, binary G-code (.bgcode), a .gcode.3mf, or an STL/3MF/OBJ model"


def store_upload(
    ops: Operations,
    source: BinaryIO,
    file_name: str,
    *,
    plate: int | None = None,
    requirements: Requirements,
) -> tuple[StoredFile, Requirements, tuple[SlicedFile, ...]]:
    """The stored G-code of an upload, the job's requirements (pinned to the printer
    class a model was sliced for) and, for a model sliced for several classes, each
    slice (the first is the stored G-code); 413 over the store's limit, 422 with the
    reason."""
    try:
        from coordinator.intake.uploads import UploadError, UploadKind, kind_of, to_gcode
    except ImportError:  # intake is optional for the service: store as it comes
        return _put(ops, source), requirements, ()
    head = source.read(1024)
    size = source.seek(0, os.SEEK_END)
    source.seek(0)
    try:
        kind = kind_of(head, size, file_name)
        if kind is UploadKind.GCODE:
            return _put(ops, source), requirements, ()
        with tempfile.TemporaryDirectory(prefix="printfarm-upload-") as tmp:
            raw = Path(tmp) / "upload"
            _spool(source, raw, ops.c.files.max_bytes)
            done = to_gcode(
                raw, kind, file_name, plate=plate, requirements=requirements,
                printers=_printers(ops), max_bytes=ops.c.files.max_bytes,
            )  # fmt: skip
            stored = ops.c.files.put_path(done.path)
            sliced = tuple(
                SlicedFile(ops.c.files.put_path(v.path), v.requirements, v.label)
                for v in done.variants
            )
    except UploadError as e:
        raise HTTPException(422, str(e)) from e
    log.info("upload %s: %s", file_name, done.note)
    return stored, done.requirements, sliced


def _put(ops: Operations, source: BinaryIO) -> StoredFile:
    try:
        return ops.c.files.put_stream(source)
    except FileTooLargeError as e:
        raise HTTPException(413, str(e)) from e


def _spool(source: BinaryIO, path: Path, max_bytes: int) -> None:
    copied = 0
    with path.open("wb") as out:
        while chunk := source.read(1 << 20):
            copied += len(chunk)
            if copied > max_bytes:
                raise HTTPException(
                    413, f"file exceeds {max_bytes} bytes; raise the coordinator's limit"
                )
            out.write(chunk)


def _printers(ops: Operations) -> list[PrinterView]:
    """Every printer that has reported, online or not: a model is sliced for a class of
    printer, not for the one free now."""
    views = []
    for view in ops.c.fleet.snapshot():
        if view.state is None:
            continue
        spool = ops.c.spools.effective(view.key, view.state.spool)
        views.append(
            PrinterView.from_state(
                view.agent, view.printer, view.state, online=view.online, assigned=False,
                spool=spool,
            )
        )  # fmt: skip
    return views


__all__ = ["PLATE_HELP", "UPLOAD_HELP", "store_upload"]
