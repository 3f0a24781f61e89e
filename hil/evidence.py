"""The lines exchanged with the printer, kept for evidence and cut short for the report."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import StrEnum

MAX_LINE_CHARS = 80
HEAD_LINES = 6
TAIL_LINES = 4


class Direction(StrEnum):
    SENT = ">"
    RECEIVED = "<"


@dataclass(frozen=True, slots=True)
class TranscriptLine:
    direction: Direction
    text: str
    at: float  # monotonic seconds

    def render(self) -> str:
        text = self.text if len(self.text) <= MAX_LINE_CHARS else self.text[:MAX_LINE_CHARS] + "…"
        return f"{self.direction.value} {text}"


class Transcript:
    """Every line written and read, in order; thread-safe (the reader thread appends)."""

    def __init__(self) -> None:
        self._lines: list[TranscriptLine] = []
        self._partial = {Direction.SENT: b"", Direction.RECEIVED: b""}
        self._lock = threading.Lock()

    def add_bytes(self, direction: Direction, data: bytes, at: float) -> None:
        """Split a chunk into lines; a trailing partial line waits for the next chunk."""
        with self._lock:
            buffer = self._partial[direction] + data
            *complete, rest = buffer.split(b"\n")
            self._partial[direction] = rest
            for raw in complete:
                text = raw.decode("ascii", errors="replace").strip()
                if text:
                    self._lines.append(TranscriptLine(direction, text, at))

    def mark(self) -> int:
        with self._lock:
            return len(self._lines)

    def since(self, mark: int) -> list[TranscriptLine]:
        with self._lock:
            return self._lines[mark:]


def shorten(
    lines: list[TranscriptLine], head: int = HEAD_LINES, tail: int = TAIL_LINES
) -> list[str]:
    """The first and last few lines, with a count of what was left out in between."""
    rendered = [line.render() for line in lines]
    if len(rendered) <= head + tail + 1:
        return rendered
    left_out = len(rendered) - head - tail
    return [*rendered[:head], f"… {left_out} lines …", *rendered[-tail:]]
