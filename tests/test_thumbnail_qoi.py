"""QOI thumbnails (PrusaSlicer's for the MK4 and XL) become PNGs a browser shows: every
QOI operation on a hand-made image with known pixels, then a real PrusaSlicer 2.8.1
thumbnail, whose pixels must end exactly at the format's end marker and survive the PNG
encoding unchanged; and which of a file's thumbnails the dashboard picks."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from coordinator.intake.qoi import QoiError, decode, png, qoi_to_png
from coordinator.intake.thumbnail_cache import pick
from coordinator.intake.thumbnails import Thumbnail, extract_thumbnails

CORPUS = Path(__file__).parent / "data" / "corpus" / "prusaslicer"
END = b"\x00" * 7 + b"\x01"


def _qoi(width: int, height: int, ops: bytes) -> bytes:
    return b"qoif" + struct.pack(">IIBB", width, height, 4, 0) + ops + END


HAND_MADE = _qoi(
    3, 2,
    bytes([0xFE, 10, 20, 30])  # RGB: (10, 20, 30); alpha stays 255; index slot 9
    + bytes([0x76])  # DIFF r+1 g-1 b+0
    + bytes([0xA5, 0xA5])  # LUMA dg+5, dr-dg +2, db-dg -3
    + bytes([0xFF, 1, 2, 3, 4])  # RGBA
    + bytes([0x09])  # INDEX 9: the first pixel again
    + bytes([0xC0]),  # RUN of 1
)  # fmt: skip
EXPECTED = [(10, 20, 30, 255), (11, 19, 30, 255), (18, 24, 32, 255), (1, 2, 3, 4),
            (10, 20, 30, 255), (10, 20, 30, 255)]  # fmt: skip


def _png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and RGBA pixels of a PNG of ours (RGBA, filter 0 on each row)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks = 8, {}
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body)
        chunks[kind] = body
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (depth, colour) == (8, 6)
    raw = zlib.decompress(chunks[b"IDAT"])
    stride = 1 + width * 4
    assert all(raw[y * stride] == 0 for y in range(height))
    return width, height, b"".join(raw[y * stride + 1 : (y + 1) * stride] for y in range(height))


def test_every_qoi_operation_gives_its_pixel() -> None:
    width, height, rgba = decode(HAND_MADE)
    assert (width, height) == (3, 2)
    assert [tuple(rgba[i : i + 4]) for i in range(0, len(rgba), 4)] == EXPECTED
    assert _png_pixels(qoi_to_png(HAND_MADE)) == (3, 2, rgba)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (HAND_MADE[:-9] + END, "truncated"),  # the last op is gone
        (HAND_MADE[:-8] + b"\x00" * 8, "end marker"),
        (b"qoif" + struct.pack(">IIBB", 5000, 5000, 4, 0) + END, "over"),
        (b"\x89PNG" + HAND_MADE[4:], "not a QOI image"),
    ],
)
def test_broken_qoi_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(QoiError, match=message):
        decode(data)


def test_a_real_prusaslicer_qoi_thumbnail_becomes_the_same_pixels_in_png() -> None:
    found = extract_thumbnails(CORPUS / "mini_cube_ps2.8.1.gcode")
    assert [(t.width, t.height, t.format) for t in found] == [(16, 16, "qoi"), (313, 173, "qoi")]
    for thumb in found:
        width, height, rgba = decode(thumb.data)  # ends exactly at the end marker
        assert (width, height) == (thumb.width, thumb.height)
        assert _png_pixels(png(width, height, rgba)) == (width, height, rgba)
    assert len({rgba[i : i + 3] for i in range(0, len(rgba), 4)}) > 100  # a picture


def _thumb(width: int, fmt: str, data: bytes) -> Thumbnail:
    return Thumbnail(width, width, fmt, data, len(data), 1)


def test_the_dashboard_picks_the_one_nearest_300_px_it_can_show() -> None:
    small, large = _thumb(16, "png", b"\x89PNG-a"), _thumb(220, "png", b"\x89PNG-b")
    assert pick([small, large]) == ("png", b"\x89PNG-b")
    assert pick([small, _thumb(600, "jpg", b"jpg"), _thumb(400, "jpg", b"near")]) == (
        "jpg", b"near",
    )  # fmt: skip
    converted = pick([small, _thumb(300, "qoi", HAND_MADE)])
    assert converted is not None
    assert converted[0] == "png"
    assert _png_pixels(converted[1])[:2] == (3, 2)
    assert pick([small, _thumb(300, "qoi", b"qoif-broken")]) == ("png", b"\x89PNG-a")
    assert pick([]) is None
