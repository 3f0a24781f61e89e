"""Reading a G-code file for streaming: comments and blank lines dropped, progress in bytes.

The file is read lazily, so a multi-gigabyte job costs no memory; each command keeps the
offset just past its source line, which is what progress is measured in. A line ends at
`\\n`, `\\r\\n` or a lone `\\r` (old Mac files), mixed freely, as the coordinator's intake
reads them (coordinator/intake/reader.py), so both number the lines alike.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK_BYTES = 256 * 1024
UTF8_BOM = "\ufeff"  # some Windows editors start a file with it; firmware would read it as junk
MAX_RAW_LINE_BYTES = 64 * 1024  # the intake's limit too: longer is damage, not G-code


class GcodeFileError(ValueError):
    """The file cannot be sent as G-code; the message names the line and what to do."""


@dataclass(frozen=True, slots=True)
class FileCommand:
    text: str  # the command, comment and surrounding whitespace removed
    source_line: int  # 1-based line number in the file
    end_offset: int  # byte offset just past this line in the file


def strip_comment(raw: str) -> str:
    """Drop a `;` comment and surrounding whitespace; `(...)`-comments are left to firmware."""
    cut = raw.find(";")
    if cut >= 0:
        raw = raw[:cut]
    return raw.strip()


def raw_lines(handle: BinaryIO) -> Iterator[bytes]:
    """The file's lines with their terminators (`\\n`, `\\r\\n` or `\\r`), read in chunks.

    bytes.splitlines splits at exactly these three; a chunk's last line is held back
    until its end is known (a final `\\r` may be the first half of `\\r\\n`)."""
    carry = b""
    number = 0
    while chunk := handle.read(CHUNK_BYTES):
        lines = (carry + chunk).splitlines(keepends=True)
        carry = lines.pop()
        if not carry.endswith(b"\n") and len(carry) > MAX_RAW_LINE_BYTES:
            raise GcodeFileError(
                f"line {number + len(lines) + 1} is longer than {MAX_RAW_LINE_BYTES} bytes: "
                "the file is damaged or not G-code; export it again from the slicer"
            )
        number += len(lines)
        yield from lines
        if carry.endswith(b"\n"):
            number += 1
            yield carry
            carry = b""
    if carry:
        yield carry


def read_commands(path: Path) -> Iterator[FileCommand]:
    """Yield the commands of a G-code file in order (undecodable bytes replaced, not fatal)."""
    offset = 0
    with path.open("rb") as handle:
        for number, raw in enumerate(raw_lines(handle), start=1):
            offset += len(raw)
            decoded = raw.decode("utf-8", "replace")
            if number == 1:
                decoded = decoded.removeprefix(UTF8_BOM)
            text = strip_comment(decoded)
            if text:
                yield FileCommand(text, number, offset)


def file_size(path: Path) -> int:
    return os.stat(path).st_size
