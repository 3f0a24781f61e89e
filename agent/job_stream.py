"""One print job being streamed: where in the file we are and what the printer has acked.

The session hands lines to the protocol in order and the protocol acknowledges them in the
same order, so a FIFO of "what was this line" is enough to turn acks into file progress.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from agent.gcode_file import FileCommand, file_size, read_commands
from agent.gcode_policy.parse import to_number
from agent.profiles import GcodeContext
from agent.session_model import JobProgress, Temperature

DEFAULT_FEEDRATE_MM_MIN = 1500.0
HOST_LINE = -1  # marks a line the session generated (pause script, M105 poll) in the FIFO


class JobStream:
    def __init__(self, job_id: str, path: Path, lines_total: int) -> None:
        self.job_id = job_id
        self.path = path
        self.lines_total = lines_total
        self.bytes_total = file_size(path)
        self._commands: Iterator[FileCommand] = read_commands(path)
        self.exhausted = False
        self.lines_done = 0
        self.bytes_done = 0
        self.started = time.monotonic()
        self.last_source_line = 0
        # Modal state of the file so far, restored after a pause.
        self.absolute_xyz = True
        self.absolute_e = True
        self.feedrate: str | None = None
        # Targets the file set (what a resume heats back to).
        self.hotend_target: float | None = None
        self.bed_target: float | None = None

    def next_command(self) -> FileCommand | None:
        command = next(self._commands, None)
        if command is None:
            self.exhausted = True
            return None
        self._track_modes(command.text)
        self.last_source_line = command.source_line
        return command

    def _track_modes(self, text: str) -> None:
        # Cheap first-character tests keep this off the hot path for ordinary moves.
        head = text[:4]
        if head in ("G90", "G91"):
            self.absolute_xyz = head == "G90"
            self.absolute_e = self.absolute_xyz
        elif head in ("M82", "M83"):
            self.absolute_e = head == "M82"
        elif head in ("M104", "M109", "M140", "M190"):
            target = _s_word(text)
            if target is not None:
                if head in ("M104", "M109"):
                    self.hotend_target = target
                else:
                    self.bed_target = target
        if "F" in text and text[0] == "G":
            for word in text.split():
                if word[0] == "F":
                    self.feedrate = word[1:]

    def acknowledged(self, end_offset: int) -> None:
        self.lines_done += 1
        self.bytes_done = end_offset

    def progress(self) -> JobProgress:
        elapsed = time.monotonic() - self.started
        remaining = None
        if self.bytes_done > 0 and elapsed > 0:
            remaining = elapsed * (self.bytes_total - self.bytes_done) / self.bytes_done
        return JobProgress(
            job_id=self.job_id,
            file_name=self.path.name,
            lines_total=self.lines_total,
            lines_done=self.lines_done,
            bytes_total=self.bytes_total,
            bytes_done=self.bytes_done,
            elapsed_s=round(elapsed, 3),
            remaining_s=None if remaining is None else round(remaining, 1),
        )


def _s_word(text: str) -> float | None:
    for word in text.split()[1:]:
        if word[0] == "S":
            try:
                return float(word[1:])
            except ValueError:
                return None
    return None


class AckLedger:
    """FIFO of the lines handed to the protocol: a file offset, or HOST_LINE."""

    def __init__(self) -> None:
        self._entries: deque[int] = deque()

    def sent(self, entry: int) -> None:
        self._entries.append(entry)

    def acked(self) -> int | None:
        return self._entries.popleft() if self._entries else None

    def drop_newest(self, count: int) -> None:
        for _ in range(min(count, len(self._entries))):
            self._entries.pop()

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


def script_context(
    job: JobStream | None, position: dict[str, float], temps: dict[str, Temperature]
) -> GcodeContext:
    """What a profile's pause/resume/cancel script may refer to (see FirmwareProfile.render).

    Targets come from the file where it set them: a report's target may already be the
    pause's own (a cooled-down hotend) and must not be what a resume heats back to.
    """
    hotend = temps.get("T0") or temps.get("T")
    bed, chamber = temps.get("B"), temps.get("C")
    hotend_target = job.hotend_target if job else None
    bed_target = job.bed_target if job else None
    if hotend_target is None:
        hotend_target = hotend.target if hotend and hotend.target is not None else 0.0
    if bed_target is None:
        bed_target = bed.target if bed and bed.target is not None else 0.0
    return GcodeContext(
        x=position.get("X"),
        y=position.get("Y"),
        z=position.get("Z"),
        e=position.get("E"),
        # A file that never set F runs at the firmware's default; resume with a gentle one.
        f=_feedrate(job.feedrate if job else None),
        hotend=hotend_target,
        bed=bed_target,
        chamber=chamber.target if chamber else None,
        e_relative=bool(job and not job.absolute_e),
    )


def _feedrate(text: str | None) -> float:
    """The file's last F as a number (strtod's reading: `F0x10` is 16); a gentle default
    when it never set one or wrote something that is not a positive number."""
    value = to_number(text) if text else None
    if value is None or not 0 < value < math.inf:
        return DEFAULT_FEEDRATE_MM_MIN
    return value
