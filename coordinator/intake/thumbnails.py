"""Embedded thumbnails: ``; thumbnail[_PNG|_JPG|_QOI] begin WxH LEN`` … ``; thumbnail end``
blocks of base64 comment lines (PrusaSlicer, SuperSlicer, OrcaSlicer, Bambu Studio and
Cura's plugin all write this form)."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from pathlib import Path

MAX_THUMBNAIL_BASE64 = 4 * 1024 * 1024  # larger blocks are skipped, memory stays bounded
MAX_THUMBNAILS = 32
# How far into the file thumbnails are looked for by `extract_thumbnails`.
HEADER_SCAN_BYTES = 16 * 1024 * 1024
MAX_LINE = 64 * 1024

_BEGIN = re.compile(r"^\s*thumbnail(?:_(PNG|JPG|QOI))? begin (\d+)x(\d+)(?: (\d+))?", re.I)
_END = re.compile(r"^\s*thumbnail(?:_(?:PNG|JPG|QOI))? end", re.I)
_MAGIC = {b"\x89PNG": "png", b"\xff\xd8\xff": "jpg", b"qoif": "qoi"}


@dataclass(frozen=True, slots=True)
class Thumbnail:
    width: int
    height: int
    format: str  # png, jpg, qoi
    data: bytes  # empty when the collector was told not to keep images
    size_bytes: int
    line: int

    @property
    def media_type(self) -> str:
        return {"png": "image/png", "jpg": "image/jpeg"}.get(self.format, "image/qoi")


class ThumbnailCollector:
    """Fed the text after ``;`` of every comment line; collects decoded images."""

    def __init__(self, keep_data: bool = True) -> None:
        self.keep_data = keep_data
        self.found: list[Thumbnail] = []
        self.problems: list[str] = []
        self._open: tuple[int, int, int] | None = None  # width, height, begin line
        self._chunks: list[str] = []
        self._size = 0

    @property
    def inside(self) -> bool:
        return self._open is not None

    def feed(self, comment: str, line: int) -> bool:
        """Consume ``comment`` if it belongs to a thumbnail block; True when it did."""
        if self._open is None:
            match = _BEGIN.match(comment)
            if match is None:
                return False
            self._open = (int(match.group(2)), int(match.group(3)), line)
            self._chunks, self._size = [], 0
            return True
        if _END.match(comment):
            self._close()
            return True
        text = comment.strip()
        self._size += len(text)
        if self._size <= MAX_THUMBNAIL_BASE64:
            self._chunks.append(text)
        return True

    def finish(self) -> None:
        if self._open is not None:
            self.problems.append(f"thumbnail at line {self._open[2]} has no end marker")
            self._open = None

    def _close(self) -> None:
        assert self._open is not None
        width, height, line = self._open
        self._open = None
        if self._size > MAX_THUMBNAIL_BASE64:
            self.problems.append(f"thumbnail at line {line} is over 4 MB; skipped")
            return
        if len(self.found) >= MAX_THUMBNAILS:
            return
        try:
            data = base64.b64decode("".join(self._chunks), validate=True)
        except (binascii.Error, ValueError) as e:
            self.problems.append(f"thumbnail at line {line} is not valid base64: {e}")
            return
        fmt = next((name for magic, name in _MAGIC.items() if data.startswith(magic)), None)
        if fmt is None:
            self.problems.append(f"thumbnail at line {line} is neither PNG, JPEG nor QOI")
            return
        kept = data if self.keep_data else b""
        self.found.append(Thumbnail(width, height, fmt, kept, len(data), line))


def extract_thumbnails(path: Path) -> list[Thumbnail]:
    """The images embedded in a G-code file (read from its first 16 MB only)."""
    collector = ThumbnailCollector()
    read, number = 0, 0
    with path.open("rb") as f:
        while read < HEADER_SCAN_BYTES:
            raw = f.readline(MAX_LINE)  # bounded even in a file without newlines
            if not raw:
                break
            read += len(raw)
            number += 1
            if raw[:1] == b";":
                collector.feed(raw[1:].decode("ascii", errors="replace"), number)
            elif not collector.inside and raw.strip() and collector.found:
                break  # the first command after the thumbnails: no more to come
    collector.finish()
    return collector.found
