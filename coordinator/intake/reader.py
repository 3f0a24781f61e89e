"""Reading G-code text in bounded chunks, refusing what is not G-code text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from agent import gcode_check
from agent.gcode_file import GcodeFileError

CHUNK_BYTES = 1 << 20
MAX_LINE_BYTES = 64 * 1024  # longer "lines" are dropped, not buffered
UTF8_BOM = b"\xef\xbb\xbf"  # some Windows editors start a text file with it


class GcodeInputError(ValueError):
    """The file cannot be analysed as G-code; the message says why and what to do."""


@dataclass
class ReadStats:
    bytes_read: int = 0
    dropped_lines: int = 0  # over MAX_LINE_BYTES
    first_dropped_line: int = 0
    undecodable_lines: int = 0  # bytes that are not UTF-8, replaced
    first_undecodable_line: int = 0
    notes: list[str] = field(default_factory=list)


def sniff(path: Path) -> None:
    """Refuse empty files and files that are plainly not text G-code (as the agent does)."""
    try:
        gcode_check.sniff(path)
    except GcodeFileError as e:
        raise GcodeInputError(str(e)) from e


def iter_blocks(f: BinaryIO, stats: ReadStats) -> Iterator[tuple[bytes, int, int]]:
    """Yield (data, lines before it, offset after it) in ~1 MB pieces of whole lines.

    Newlines are normalised to ``\n`` (``\r\n`` and a lone ``\r`` end a line, as
    in text mode) and every block ends with one; a UTF-8 byte order mark is dropped;
    bytes are not decoded here.
    """
    carry = b""
    skipping = False  # inside an over-long line, dropping until its newline
    line_no = 0
    while True:
        block = f.read(CHUNK_BYTES)
        if not block:
            break
        stats.bytes_read += len(block)
        if stats.bytes_read == len(block) and block.startswith(UTF8_BOM):
            block = block[len(UTF8_BOM) :]
        cut = _last_break(block)
        if cut < 0:
            if skipping:
                continue
            carry += block
            if len(carry) > MAX_LINE_BYTES:
                carry, skipping = b"", True
                stats.dropped_lines += 1
                stats.first_dropped_line = stats.first_dropped_line or line_no + 1
            continue
        data = block[: cut + 1]
        if skipping:  # drop up to the newline that ends the over-long line
            nl = _first_break(data)
            data, skipping = data[nl + 1 :], False
            line_no += 1
        data = _newlines(carry + data)
        carry = block[cut + 1 :]
        yield data, line_no, stats.bytes_read - len(carry)
        line_no += data.count(b"\n")
    if carry and not skipping:
        tail = _newlines(carry)
        yield tail if tail.endswith(b"\n") else tail + b"\n", line_no, stats.bytes_read


def _last_break(block: bytes) -> int:
    """Where the block's last line ends; a final ``\r`` (maybe half of ``\r\n``) waits."""
    end = len(block) - 1 if block.endswith(b"\r") else len(block)
    return max(block.rfind(b"\n", 0, end), block.rfind(b"\r", 0, end))


def _first_break(data: bytes) -> int:
    """The end of the first line (past a ``\r\n``); `data` ends with a line break."""
    ends = [i for i in (data.find(b"\n"), data.find(b"\r")) if i >= 0]
    cut = min(ends)
    return cut + 1 if data[cut : cut + 2] == b"\r\n" else cut


def _newlines(data: bytes) -> bytes:
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


def iter_chunks(f: BinaryIO, stats: ReadStats) -> Iterator[tuple[list[str], int]]:
    """Yield (lines, offset after them) in ~1 MB pieces, whole lines only."""
    for data, line_no, end in iter_blocks(f, stats):
        yield decode_lines(data, stats, line_no), end


def decode_lines(data: bytes, stats: ReadStats, line_no: int) -> list[str]:
    """The lines of a block from `iter_blocks`; bytes that are not UTF-8 are replaced
    and lines over MAX_LINE_BYTES emptied (both noted in ``stats``)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        stats.undecodable_lines += 1
        if not stats.first_undecodable_line:
            stats.first_undecodable_line = line_no + data.count(b"\n", 0, e.start) + 1
        text = data.decode("utf-8", errors="replace")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(data) > MAX_LINE_BYTES and max(map(len, lines), default=0) > MAX_LINE_BYTES:
        for i, line in enumerate(lines):
            if len(line) > MAX_LINE_BYTES:
                lines[i] = ""
                stats.dropped_lines += 1
                stats.first_dropped_line = stats.first_dropped_line or line_no + i + 1
    return lines
