"""Is this file G-code a printer may be sent? Checked before its first line goes out.

A file reaches the agent from the coordinator (whose intake refuses the same files with
`sniff`, coordinator/intake/reader.py) or by hand (`printfarm-agent print`), so the
agent checks for itself: not empty, not binary, at least one G-code command, and every
command short enough for the firmware once framed. Pure Python, one pass over the file,
which also counts the commands for progress.

    summary = check_file(Path("part.gcode"), max_line_length=95)   # GcodeFileError
    summary.commands
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agent.gcode_file import GcodeFileError, read_commands
from agent.protocol.framing import FRAMING_OVERHEAD

SNIFF_BYTES = 64 * 1024
_CONTROL = bytes(b for b in range(32) if b < 9 or b > 13)  # not tab, LF, VT, FF, CR


@dataclass(frozen=True, slots=True)
class FileSummary:
    commands: int
    size: int


def check_file(path: Path, max_line_length: int | None) -> FileSummary:
    """The file's command count, or GcodeFileError saying what is wrong and what to do.

    `max_line_length` is the firmware's limit for a framed line (the profile's); None
    when the firmware is not known yet (checked again when it is)."""
    size = sniff(path)
    try:
        commands = _count_fitting(path, max_line_length)
    except OSError as e:
        raise GcodeFileError(f"cannot read {path}: {e.strerror}") from e
    if commands == 0:
        raise GcodeFileError(
            f"{path.name} has no G-code commands (only comments or blank lines): "
            "check that it is a sliced G-code file"
        )
    return FileSummary(commands, size)


def sniff(path: Path) -> int:
    """Refuse empty files and files that are plainly not text G-code; returns the size.

    The coordinator's intake refuses files with this too (coordinator/intake/reader.py)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError as e:
        raise GcodeFileError(f"cannot read {path}: {e.strerror}") from e
    if size == 0 or not head.strip():
        raise GcodeFileError(f"{path.name} is empty: export the G-code again from the slicer")
    if head.startswith(b"GCDE"):
        raise GcodeFileError(
            f"{path.name} is binary G-code (.bgcode); export plain-text G-code instead "
            "(PrusaSlicer: Printer Settings > General > Binary G-code off)"
        )
    if head.startswith((b"solid", b"PK\x03\x04")) or b"facet normal" in head[:1024]:
        raise GcodeFileError(
            f"{path.name} looks like a 3D model (STL/3MF), not G-code: submit it as a model "
            "to have it sliced"
        )
    control = len(head) - len(head.translate(None, _CONTROL))
    if b"\0" in head or control > len(head) // 100:
        raise GcodeFileError(
            f"{path.name} is binary data, not G-code text ({control} control bytes in the "
            f"first {len(head)}): check that you have the right file"
        )
    return size


def _count_fitting(path: Path, max_line_length: int | None) -> int:
    # What the framing leaves for the command itself (unlimited: the firmware is unknown).
    limit = float("inf") if max_line_length is None else max_line_length - FRAMING_OVERHEAD
    commands = 0
    for command in read_commands(path):
        if len(command.text.encode()) > limit:
            raise GcodeFileError(
                f"{path.name} line {command.source_line} is too long for the firmware "
                f"({len(command.text.encode())} bytes, at most {limit:.0f} without comments): "
                f"{command.text[:40]!r}…; shorten it (or pick the right firmware profile)"
            )
        commands += 1
    return commands
