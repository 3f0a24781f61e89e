"""The picture of a job file, for the dashboard: the embedded slicer thumbnail nearest
~300 px wide, extracted once per file (by sha256) and kept on disk beside the job files
(`FILES/thumbnails/<sha256>.png|.jpg`, or `<sha256>.none` for a file without one).

The store's rows never carry images; a file's thumbnail never changes (its name is its
digest), so a marker on disk answers for ever. Browsers show PNG and JPEG; QOI (what
PrusaSlicer writes for the MK4 and XL) is converted to PNG once, here.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from coordinator.files import FileStore
from coordinator.intake.qoi import QoiError, qoi_to_png
from coordinator.intake.thumbnails import (
    HEADER_SCAN_BYTES,
    MAX_LINE,
    Thumbnail,
    ThumbnailCollector,
)

WANTED_WIDTH = 300  # the card and the job page show ~300 px; the queue scales it down
SHOWN = {"png": "image/png", "jpg": "image/jpeg"}
# Slicers write their thumbnails in the header, before the moves: the scan of a file
# without any stops after this many commands (the whole 16 MB took 0.75 s at submit).
COMMANDS_BEFORE_GIVING_UP = 200
_MEMO_MAX = 100_000  # digests remembered in memory (a bool each); beyond: ask the disk


@dataclass(frozen=True, slots=True)
class Picture:
    media_type: str
    data: bytes


def pick(found: list[Thumbnail]) -> tuple[str, bytes] | None:
    """The thumbnail nearest `WANTED_WIDTH` wide (the larger on a tie) as a format the
    browser shows and its bytes: QOI is converted to PNG; one that fails to decode is
    passed over for the next nearest."""
    usable = [t for t in found if t.format in (*SHOWN, "qoi") and t.data]
    for t in sorted(usable, key=lambda t: (abs(t.width - WANTED_WIDTH), -t.width)):
        if t.format != "qoi":
            return t.format, t.data
        try:
            return "png", qoi_to_png(t.data)
        except QoiError:
            continue
    return None


def header_thumbnails(path: Path) -> list[Thumbnail]:
    """The images embedded in a G-code file's header: as `extract_thumbnails`, but a file
    with none is given up on after `COMMANDS_BEFORE_GIVING_UP` commands, not 16 MB."""
    collector = ThumbnailCollector()
    read, number, commands = 0, 0, 0
    with path.open("rb") as f:
        while read < HEADER_SCAN_BYTES and commands < COMMANDS_BEFORE_GIVING_UP:
            raw = f.readline(MAX_LINE)
            if not raw:
                break
            read += len(raw)
            number += 1
            if raw[:1] == b";":
                collector.feed(raw[1:].decode("ascii", errors="replace"), number)
            elif not collector.inside and raw.strip():
                if collector.found:
                    break  # the first command after the thumbnails: no more to come
                commands += 1
    collector.finish()
    return collector.found


class ThumbnailCache:
    """Thumbnails of stored job files; safe from any thread (writes are atomic renames)."""

    def __init__(self, files: FileStore) -> None:
        self.files = files
        self.folder = files.root / "thumbnails"
        self._known: dict[str, bool] = {}
        self._lock = threading.Lock()

    def has(self, sha256: str) -> bool:
        """Whether the file is known to have a thumbnail (never reads the job file)."""
        known = self._known.get(sha256)
        if known is None:
            known = self._on_disk(sha256) is not None
            if known or self._marker(sha256, "none").exists():
                self._remember(sha256, known)
        return known

    def picture(self, sha256: str) -> Picture | None:
        """The file's thumbnail, extracted now if never looked for; None: it has none
        (or no such file)."""
        path = self._on_disk(sha256)
        if path is None and not self._marker(sha256, "none").exists():
            path = self.extract(sha256)
        if path is None:
            return None
        return Picture(SHOWN[path.suffix[1:]], path.read_bytes())

    def extract(self, sha256: str) -> Path | None:
        """Look into the job file once and record what it holds; the image's path."""
        stored = self.files.get(sha256)
        if stored is None:
            return None
        best = pick(header_thumbnails(stored.path))
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._marker(sha256, best[0] if best else "none")
        tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}")
        tmp.write_bytes(best[1] if best else b"")
        tmp.replace(target)  # another thread or coordinator may do the same: same bytes
        self._remember(sha256, best is not None)
        return target if best else None

    def _on_disk(self, sha256: str) -> Path | None:
        for fmt in SHOWN:
            path = self._marker(sha256, fmt)
            if path.exists():
                return path
        return None

    def _marker(self, sha256: str, suffix: str) -> Path:
        self.files.path_of(sha256)  # InvalidIdError for anything but a digest
        return self.folder / f"{sha256}.{suffix}"

    def _remember(self, sha256: str, has: bool) -> None:
        with self._lock:
            if len(self._known) >= _MEMO_MAX:
                self._known.clear()
            self._known[sha256] = has
