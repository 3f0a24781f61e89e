"""QOI images (https://qoiformat.org, the format PrusaSlicer 2.6+ writes for the MK4 and
XL) decoded and re-encoded as PNG, which browsers show. Pure Python with zlib: a
slicer's thumbnail (~300x200) takes some tens of milliseconds, once per file."""

from __future__ import annotations

import struct
import zlib

MAX_PIXELS = 1024 * 1024  # a thumbnail, not a photograph: larger ones are refused
_END = b"\x00" * 7 + b"\x01"
_OP_RGB, _OP_RGBA = 0xFE, 0xFF
_OP_INDEX, _OP_DIFF, _OP_LUMA, _OP_RUN = 0x00, 0x40, 0x80, 0xC0


class QoiError(ValueError):
    """Not a QOI image this decoder takes (truncated, too large, or no end marker)."""


def decode(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the RGBA pixels (row by row) of a QOI image."""
    if len(data) < 14 + len(_END) or data[:4] != b"qoif":
        raise QoiError("not a QOI image (no qoif header)")
    width, height = struct.unpack(">II", data[4:12])
    if width * height > MAX_PIXELS or width == 0 or height == 0:
        raise QoiError(f"QOI image of {width}x{height} pixels: over {MAX_PIXELS} or empty")
    out, pos = _pixels(data, width * height)
    if data[pos : pos + len(_END)] != _END:
        raise QoiError("QOI image without its end marker where the pixels end")
    return width, height, bytes(out)


def _pixels(data: bytes, count: int) -> tuple[bytearray, int]:  # one branch per QOI op
    out = bytearray()
    index = [(0, 0, 0, 0)] * 64
    r, g, b, a = 0, 0, 0, 255
    pos, end = 14, len(data) - len(_END)
    while len(out) < count * 4:
        if pos >= end:
            raise QoiError("QOI image truncated")
        op = data[pos]
        pos += 1
        run = 1
        if op == _OP_RGB:
            r, g, b = data[pos : pos + 3]
            pos += 3
        elif op == _OP_RGBA:
            r, g, b, a = data[pos : pos + 4]
            pos += 4
        elif op & 0xC0 == _OP_INDEX:
            r, g, b, a = index[op]
        elif op & 0xC0 == _OP_DIFF:
            r = (r + ((op >> 4) & 3) - 2) & 0xFF
            g = (g + ((op >> 2) & 3) - 2) & 0xFF
            b = (b + (op & 3) - 2) & 0xFF
        elif op & 0xC0 == _OP_LUMA:
            second = data[pos]
            pos += 1
            dg = (op & 0x3F) - 32
            r = (r + dg - 8 + (second >> 4)) & 0xFF
            g = (g + dg) & 0xFF
            b = (b + dg - 8 + (second & 0x0F)) & 0xFF
        else:  # _OP_RUN
            run = (op & 0x3F) + 1
        index[(r * 3 + g * 5 + b * 7 + a * 11) % 64] = (r, g, b, a)
        out += bytes((r, g, b, a)) * run
    if len(out) != count * 4:
        raise QoiError("QOI run goes past the last pixel")
    return out, pos


def png(width: int, height: int, rgba: bytes) -> bytes:
    """An RGBA PNG of these pixels (filter 0 on every row; zlib does the rest)."""
    stride = width * 4
    rows = b"".join(b"\x00" + rgba[y * stride : (y + 1) * stride] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows, 9))
        + _chunk(b"IEND", b"")
    )


def _chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def qoi_to_png(data: bytes) -> bytes:
    return png(*decode(data))
