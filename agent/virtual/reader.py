"""Incoming line validation: line numbers, checksums and M110, per firmware family.

`LineReader.check(line)` is called once per received line and decides whether the
firmware queues it, complains (and how), or drops it. It is pure: no I/O, no clock.
"""

from __future__ import annotations

from enum import IntEnum

from agent.virtual.dialects import LinePolicy

# Repetier treats a line number up to this far behind the last one as a repeat.
_REPETIER_REPEAT_WINDOW = 40
# After a resend request Repetier quietly skips this many out-of-order lines.
_REPETIER_RESEND_GRACE = 14


class Verdict(IntEnum):
    EMPTY = 0  # nothing to do (blank or comment-only)
    ACCEPT = 1  # queue `command` (N and checksum stripped); `number` is its N or None
    ERROR = 2  # send dialect.line_error(kind, last_n); Marlin also flushes its RX buffer
    SKIP = 3  # Repetier: "skip N" + ok, nothing queued
    DUPLICATE = 4  # RepRapFirmware: a line already executed; acknowledge, don't run
    DROP = 5  # silently ignored


def checksum(text: str) -> int:
    value = 0
    for byte in text.encode("latin-1", "replace"):
        value ^= byte
    return value


class LineReader:
    def __init__(self, policy: LinePolicy) -> None:
        self.policy = policy
        self.last_n = 0
        self.error_kind = ""  # set with Verdict.ERROR: checksum | number | no_checksum
        self._repetier_grace = -1

    def reset(self) -> None:
        self.last_n = 0
        self._repetier_grace = -1

    def check(self, raw: str) -> tuple[Verdict, str, int | None]:
        line = raw.strip()
        semi = line.find(";")
        if semi >= 0:
            line = line[:semi].rstrip()
        if not line:
            return Verdict.EMPTY, "", None
        if line[0] not in "Nn" or self.policy is LinePolicy.IGNORE:
            return self._unnumbered(line)
        star = line.rfind("*")
        body = line if star < 0 else line[:star]
        digits_end = 1
        while digits_end < len(body) and (body[digits_end].isdigit() or body[digits_end] == "-"):
            digits_end += 1
        try:
            number = int(body[1:digits_end])
        except ValueError:
            return self._fail("number")
        command = body[digits_end:].strip()
        good_sum = star >= 0 and _int_or_none(line[star + 1 :]) == checksum(body)
        if command[:4].upper() == "M110":
            return self._m110(command, number, star >= 0, good_sum)
        return self._numbered(command, number, star >= 0, good_sum)

    def _unnumbered(self, line: str) -> tuple[Verdict, str, int | None]:
        if self.policy is LinePolicy.IGNORE and line[0] in "Nn":
            line = line[1:].lstrip("0123456789- ")
        star = line.find("*")
        if star >= 0:
            line = line[:star].rstrip()
        if line[:4].upper() == "M110" and self.policy is not LinePolicy.IGNORE:
            value = _param(line, "N")
            if value is not None:
                self.last_n = value
        return (Verdict.ACCEPT, line, None) if line else (Verdict.EMPTY, "", None)

    def _m110(
        self, command: str, number: int, has_sum: bool, good_sum: bool
    ) -> tuple[Verdict, str, int | None]:
        if has_sum and not good_sum and self.policy is not LinePolicy.SMOOTHIE:
            if self.policy is LinePolicy.SILENT:
                return Verdict.DROP, "", None
            return self._fail("checksum")
        value = _param(command, "N")
        self.last_n = number if value is None else value
        self._repetier_grace = -1
        return Verdict.ACCEPT, command, number

    def _numbered(
        self, command: str, number: int, has_sum: bool, good_sum: bool
    ) -> tuple[Verdict, str, int | None]:
        policy = self.policy
        if policy is LinePolicy.MARLIN:
            failure = self._marlin_failure(number, has_sum, good_sum)
            if failure is not None:
                return self._fail(failure)
        elif policy is LinePolicy.SILENT:
            verdict = self._silent(number, has_sum, good_sum)
            if verdict is Verdict.DROP:
                return verdict, "", None
            if verdict is not None:
                return verdict, command, number
        elif policy is LinePolicy.SMOOTHIE:
            if (has_sum and not good_sum) or number != self.last_n + 1:
                return self._fail("checksum" if number == self.last_n + 1 else "number")
        elif policy is LinePolicy.REPETIER:
            verdict = self._repetier(number, has_sum, good_sum)
            if verdict is not None:
                return verdict, command, number
        self.last_n = number
        return Verdict.ACCEPT, command, number

    def _marlin_failure(self, number: int, has_sum: bool, good_sum: bool) -> str | None:
        """Marlin's order of checks: line number first, then a checksum present, then right."""
        if number != self.last_n + 1:
            return "number"
        if not has_sum:
            return "no_checksum"
        if not good_sum:
            return "checksum"
        return None

    def _silent(self, number: int, has_sum: bool, good_sum: bool) -> Verdict | None:
        """Firmware that drops bad lines without a word; a repeated line is a duplicate."""
        if has_sum and not good_sum:
            return Verdict.DROP
        if number <= self.last_n:
            return Verdict.DUPLICATE
        if number != self.last_n + 1:
            return Verdict.DROP
        return None

    def _repetier(self, number: int, has_sum: bool, good_sum: bool) -> Verdict | None:
        if has_sum and not good_sum:
            self._repetier_grace = _REPETIER_RESEND_GRACE
            self.error_kind = "checksum"
            return Verdict.ERROR
        if number == self.last_n + 1:
            self._repetier_grace = -1
            return None
        if 0 <= self.last_n - number < _REPETIER_REPEAT_WINDOW:
            return Verdict.SKIP  # seen already: a repeated resend
        if self._repetier_grace < 0:
            self._repetier_grace = _REPETIER_RESEND_GRACE
            self.error_kind = "number"
            return Verdict.ERROR
        self._repetier_grace -= 1  # garbage still in flight after our resend request
        return Verdict.SKIP

    def _fail(self, kind: str) -> tuple[Verdict, str, int | None]:
        self.error_kind = kind
        return Verdict.ERROR, "", None


def _int_or_none(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None


def _param(command: str, letter: str) -> int | None:
    for word in command.split()[1:]:
        if word[:1].upper() == letter:
            return _int_or_none(word[1:])
    return None
