"""The firmware's answer to a console line: the lines it sent until that line's `ok`.

Pure (no port, thread or clock), owned by `PrinterCore`. A console line goes into the
core's ack ledger under a token of its own (`CONSOLE_BASE` and below), so the `ok` that
acknowledges exactly that line closes its answer. Every line received meanwhile belongs
to the oldest open answer (the firmware executes in order). Temperature reports are left
out unless the line asked for them (auto-reports and M109/M190 countdowns are noise
here); the answer stops growing at `MAX_LINES` lines or `MAX_BYTES` bytes.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from agent.protocol.events import TemperatureReport
from agent.protocol.replies import classify

CONSOLE_BASE = -2  # ledger entries at or below this are console lines (HOST_LINE is -1)
MAX_LINES = 50
MAX_BYTES = 4096
MAX_OPEN = 8  # answers nobody waits for any more are forgotten beyond this many
_TEMPERATURE_QUERIES = ("M105",)


@dataclass(frozen=True, slots=True)
class ConsoleAnswer:
    """What the firmware said to one console line."""

    line: str
    lines: tuple[str, ...] = ()
    complete: bool = False  # its `ok` arrived
    truncated: bool = False  # more came than MAX_LINES / MAX_BYTES
    note: str = ""  # why it is incomplete, or what the backend cannot tell


@dataclass(slots=True)
class _Open:
    line: str
    wants_temperatures: bool
    lines: list[str] = field(default_factory=list)
    size: int = 0
    truncated: bool = False
    waited_for: bool = True  # False once its caller gave up: forgotten when it closes
    done: ConsoleAnswer | None = None

    def add(self, text: str) -> None:
        if self.truncated:
            return
        if len(self.lines) >= MAX_LINES or self.size + len(text) + 1 > MAX_BYTES:
            self.truncated = True
            return
        self.lines.append(text)
        self.size += len(text) + 1

    def close(self, complete: bool, note: str) -> ConsoleAnswer:
        self.done = ConsoleAnswer(self.line, tuple(self.lines), complete, self.truncated, note)
        return self.done


class ConsoleCapture:
    def __init__(self) -> None:
        self._open: OrderedDict[int, _Open] = OrderedDict()  # token -> answer, oldest first
        self._next = CONSOLE_BASE
        self.changed = False  # an answer was closed since the owner last looked

    @staticmethod
    def is_console(entry: int | None) -> bool:
        return entry is not None and entry <= CONSOLE_BASE

    def begin(self, line: str) -> int:
        """A console line goes out: its ledger token."""
        token = self._next
        self._next -= 1
        word = line.split(maxsplit=1)[0].upper() if line.strip() else ""
        self._open[token] = _Open(line, word in _TEMPERATURE_QUERIES)
        while len(self._open) > MAX_OPEN:
            self._open.popitem(last=False)
        return token

    def received(self, text: str) -> None:
        """A line from the firmware: part of the oldest open answer (an `ok` is not: the
        one of each console line comes through `acked`)."""
        if text.startswith("ok") and (len(text) == 2 or text[2] in " :"):
            return
        pending = next((a for a in self._open.values() if a.done is None), None)
        if pending is None:
            return
        if not pending.wants_temperatures and type(classify(text)) is TemperatureReport:
            return
        pending.add(text)

    def acked(self, token: int, ok_text: str) -> None:
        """The `ok` of console line `token` (with what followed `ok`, if anything)."""
        pending = self._open.get(token)
        if pending is None or pending.done is not None:
            return
        pending.add(f"ok {ok_text}".rstrip())
        pending.close(True, "")
        self._closed(token, pending)

    def abandon(self, why: str) -> None:
        """The ledger was cleared (reset, halt, e-stop, cancel): no `ok` will come."""
        for token, pending in list(self._open.items()):
            if pending.done is None:
                pending.close(False, why)
                self._closed(token, pending)

    def _closed(self, token: int, pending: _Open) -> None:
        if pending.waited_for:
            self.changed = True
        else:
            del self._open[token]

    def answer(self, token: int) -> ConsoleAnswer | None:
        """The closed answer of `token` (then forgotten), or None while it is open."""
        pending = self._open.get(token)
        if pending is None:
            return ConsoleAnswer("", (), False, False, "the answer was forgotten")
        if pending.done is None:
            return None
        del self._open[token]
        return pending.done

    def give_up(self, token: int, note: str) -> ConsoleAnswer:
        """The caller stops waiting: what came so far. The line still takes the lines
        the firmware sends until its `ok` (so they are not taken for the next line's)."""
        answer = self.answer(token)
        if answer is not None:
            return answer
        pending = self._open[token]
        pending.waited_for = False
        return ConsoleAnswer(pending.line, tuple(pending.lines), False, pending.truncated, note)

    @property
    def listening(self) -> bool:
        return any(a.done is None for a in self._open.values())
