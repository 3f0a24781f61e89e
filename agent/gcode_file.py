"""Reading a G-code file for streaming: comments and blank lines dropped, progress in bytes.

The file is read lazily, so a multi-gigabyte job costs no memory; each command keeps the
offset just past its source line, which is what progress is measured in.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


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


def read_commands(path: Path) -> Iterator[FileCommand]:
    """Yield the commands of a G-code file in order (undecodable bytes replaced, not fatal)."""
    offset = 0
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            offset += len(raw)
            text = strip_comment(raw.decode("utf-8", "replace"))
            if text:
                yield FileCommand(text, number, offset)


def count_commands(path: Path) -> int:
    """How many commands `read_commands` will yield (one pass, no decoding of comments)."""
    return sum(1 for _ in read_commands(path))


def file_size(path: Path) -> int:
    return os.stat(path).st_size
