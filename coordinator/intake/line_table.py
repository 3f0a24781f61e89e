"""A block of G-code lines classified and parsed at once, on arrays (the fast path).

Nearly every line of a sliced file is a plain move, ``G1 X95.356 Y91.718 E2.0743``.
This module finds those lines in a block of bytes and reads their numbers without a
Python loop: line and word boundaries from byte comparisons, each number from its
digits (the digits as an exact integer, then one division by a power of ten, which
gives the same float as ``float()``: both operands are exact, so the quotient is the
correctly rounded decimal value).

A line is *simple* when it is ``G0``/``G1`` followed by single-space separated
``X``/``Y``/``Z``/``E``/``F`` words with plain decimal numbers (each letter at most
once, F above zero), or ``G92 E<number>``; lower case is the same (``g1 x1.5 e.2``,
as the firmware reads it). Every other line (comments, other commands, anything
unusual such as tabs, line numbers, inline comments) is left to the line-by-line
interpreter, which is the reference behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Floats = NDArray[np.float64]
Ints = NDArray[np.intp]
Bools = NDArray[np.bool_]

LETTERS = b"XYZEF"
MAX_DIGITS = 15  # an integer of 15 digits is exact in a float64 (< 2**53)
MAX_NUMBER = 16  # characters of one number, sign and dot included
_PAD = b"\n" * (MAX_NUMBER + 8)
_POW10 = 10.0 ** np.arange(MAX_DIGITS + 1)

_ALLOWED = np.zeros(256, np.bool_)  # bytes a simple line may hold
for _c in b" -.0123456789GXYZEFgxyzef\n":
    _ALLOWED[_c] = True
_LOWER = np.zeros(256, np.bool_)
for _c in b"gxyzef":
    _LOWER[_c] = True
_LETTER_INDEX = np.full(256, -1, np.int8)
for _i, _c in enumerate(LETTERS):
    _LETTER_INDEX[_c] = _LETTER_INDEX[_c + 32] = _i  # upper and lower case
_G, _G_LOWER, _SPACE, _NL, _SEMI = ord("G"), ord("g"), ord(" "), ord("\n"), ord(";")


@dataclass
class LineTable:
    """Per-line facts of one block; index i is the block's line i (0-based)."""

    starts: Ints  # byte offset of each line
    ends: Ints  # offset of its newline
    comment: Bools  # begins with ';'
    empty: Bools
    move: Bools  # a simple G0/G1
    g92_e: Bools  # a simple G92 E<n>
    values: Floats  # (5, lines): X, Y, Z, E, F; NaN where the word is absent

    @property
    def simple(self) -> Bools:
        return self.move | self.g92_e

    @property
    def count(self) -> int:
        return len(self.starts)


def read_table(data: bytes) -> LineTable:
    """Classify and parse ``data``: whole lines, each ending with a newline."""
    if not data.endswith(b"\n"):
        raise ValueError("a block must end with a newline")
    a = np.frombuffer(data + _PAD, np.uint8)
    n = len(data)
    body = a[:n]
    nl = np.flatnonzero(body == _NL)
    starts = np.empty_like(nl)
    starts[0] = 0
    starts[1:] = nl[:-1] + 1
    length = nl - starts
    b0, b1, b2, b3 = a[starts], a[starts + 1], a[starts + 2], a[starts + 3]
    head_g = (b0 == _G) | (b0 == _G_LOWER)
    move = head_g & ((b1 == ord("1")) | (b1 == ord("0"))) & ((b2 == _SPACE) | (length == 2))
    g92 = head_g & (b1 == ord("9")) & (b2 == ord("2")) & (b3 == _SPACE)
    bad = np.zeros(len(nl), np.bool_)
    # Bytes no simple line holds, and a 'G' anywhere but at a line's start.
    odd = np.flatnonzero(~_ALLOWED[body])
    bad[np.searchsorted(nl, odd)] = True
    g = np.flatnonzero((body == _G) | (body == _G_LOWER))
    g = g[body[g - 1] != _NL]  # body[-1] is a newline, so a G at offset 0 is at a start
    bad[np.searchsorted(nl, g)] = True
    # A lower-case word after an upper-case G: the loop reads only upper-case words there.
    lower = np.zeros(len(nl), np.bool_)
    lower[np.searchsorted(nl, np.flatnonzero(_LOWER[body]))] = True
    bad |= lower & (b0 == _G)
    candidate = (move | g92) & ~bad
    values = np.full((5, len(nl)), np.nan)
    words = _words(a, body, nl, candidate)
    if words is not None:
        line, letter, value, ok = words
        bad[line[~ok]] = True
        keep = ok & ~bad[line]
        line, letter, value = line[keep], letter[keep], value[keep]
        # The same letter twice on a line (the old interpreter keeps the last): not simple.
        twice = np.bincount(line * 5 + letter, minlength=5 * len(nl)) > 1
        bad[np.flatnonzero(twice) // 5] = True
        values[letter, line] = value
        count = np.bincount(line, minlength=len(nl))
        g92 &= (count == 1) & ~np.isnan(values[3])
        bad |= values[4] <= 0.0  # F0 or negative: a malformed line
    else:
        g92 &= False
    move &= ~bad
    g92 &= ~bad
    values[:, ~(move | g92)] = np.nan
    return LineTable(
        starts=starts, ends=nl, comment=b0 == _SEMI, empty=length == 0,
        move=move, g92_e=g92, values=values,
    )  # fmt: skip


def _words(
    a: NDArray[np.uint8], body: NDArray[np.uint8], nl: Ints, candidate: Bools
) -> tuple[Ints, Ints, Floats, Bools] | None:
    """The words after the command of candidate lines: (line, letter, value, ok)."""
    sep = np.flatnonzero((body == _SPACE) | (body == _NL))
    after_space = body[sep[:-1]] == _SPACE
    first = sep[:-1][after_space] + 1  # a word's letter
    end = sep[1:][after_space]
    line = np.searchsorted(nl, first)
    keep = candidate[line]
    first, end, line = first[keep], end[keep], line[keep]
    if len(first) == 0:
        return None
    letter = _LETTER_INDEX[a[first]].astype(np.intp)
    start = first + 1
    size = end - start
    ok = (letter >= 0) & (size >= 1) & (size <= MAX_NUMBER)
    value = np.full(len(first), np.nan)
    if ok.any():
        value_ok, parsed = _numbers(a, start[ok], size[ok])
        value[ok] = parsed
        ok[ok] = value_ok
    return line, np.maximum(letter, 0), value, ok


def _numbers(a: NDArray[np.uint8], start: Ints, size: Ints) -> tuple[Bools, Floats]:
    """Parse ``[-]digits[.digits]`` numbers; (well formed, value) per number.

    Horner's rule over character positions, all numbers at once: the digits make an
    exact integer mantissa, the digits after the dot count the decimals.
    """
    count = len(start)
    chars = a[start[None, :] + np.arange(int(size.max()))[:, None]] - np.uint8(48)
    mantissa = np.zeros(count)
    decimals = np.zeros(count, np.intp)
    digits = np.zeros(count, np.intp)
    seen_dot = np.zeros(count, np.bool_)
    ok = np.ones(count, np.bool_)
    dot_code, minus_code = np.uint8((ord(".") - 48) % 256), np.uint8((ord("-") - 48) % 256)
    negative = chars[0] == minus_code
    for row, c in enumerate(chars):
        inside = size > row
        digit = (c < 10) & inside
        dot = (c == dot_code) & inside
        ok &= digit | dot | ~inside | ((c == minus_code) & (row == 0))
        ok &= ~(dot & seen_dot)
        seen_dot |= dot
        mantissa = np.where(digit, mantissa * 10.0 + c, mantissa)
        decimals += digit & seen_dot
        digits += digit
    ok &= (digits >= 1) & (digits <= MAX_DIGITS)
    value = mantissa / _POW10[np.minimum(decimals, MAX_DIGITS)]
    return ok, np.where(negative, -value, value)
