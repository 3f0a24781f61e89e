"""How the host protocol honours resend requests (a part of HostProtocol, host.py).

Marlin's rules, which Prusa and Repetier share: `Resend: k` means "I hold every line < k,
send k and everything after it". Lines already on the wire when the request came are
rejected in turn with the same `Resend: k` (stale repeats, ignored up to that many unless
the error was a checksum one); the answer to our own timeout retransmission of a line the
printer already holds names a k beyond it; Repetier's `skip n` says a copy was dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent.protocol.events import Event, LinkLost, Resent
from agent.protocol.replies import ResendRequest, last_line

if TYPE_CHECKING:
    from collections import deque

    from agent.protocol.flow import Entry, SendWindow
    from agent.protocol.settings import ProtocolSettings, ProtocolStats


class ResendHandling:
    """Mixed into HostProtocol, whose state it shares (declared here for the type checker)."""

    if TYPE_CHECKING:
        settings: ProtocolSettings
        stats: ProtocolStats
        _window: SendWindow
        _inflight: deque[Entry]
        _history: dict[int, tuple[bytes, bool, int]]
        _history_size: int
        _halted: str | None
        _last_error: str | None
        _swallow_ok: bool
        _sync_pending: bool
        _next_n: int
        _send_n: int
        _ack_n: int
        _recovery_line: int | None
        _recovery_seq: int
        _resend_from: int | None
        _stale_budget: int

        def _halt(self, reason: str) -> LinkLost: ...
        def _progress(self, now: float) -> None: ...
        def _ack_below(self, number: int, now: float, events: list[Event]) -> None: ...

    def _on_resend(self, request: ResendRequest, now: float, events: list[Event]) -> None:
        self.stats.resend_requests += 1
        follows = self.settings.ok_after_resend
        self._swallow_ok = request.ok_follows if follows is None else follows
        error, self._last_error = self._last_error, None
        if not self.settings.checksums or self._halted is not None:
            return
        wanted = self._plausible_resend(request.line_number, error)
        if self._sync_pending:  # the printer still counts in its old numbering
            self._rewind(0, now, events)
            return
        if wanted > self._next_n:
            reason = (
                f"printer asked for line {wanted} but the last line sent was {self._next_n - 1}: "
                "line numbers are out of step; reconnect to resynchronise with M110"
            )
            events.append(self._halt(reason))
            return
        recovery = self._recovery_line
        if recovery is not None and wanted > recovery:
            # The answer to our timeout retransmission: the printer holds every line < wanted.
            self._recovery_line = None
            self._ack_below(wanted, now, events)
            inflight = self._inflight
            if inflight and inflight[0][0] == wanted and inflight[0][2] < self._recovery_seq:
                self._rewind(wanted, now, events)  # that line was sent before and got lost too
            return
        if wanted == self._next_n:  # holds everything: our copy was a duplicate
            self._ack_below(wanted, now, events)
            return
        checksum_error = error is not None and "checksum" in error.lower()
        if wanted == self._resend_from and self._stale_budget > 0 and not checksum_error:
            self._stale_budget -= 1
            self.stats.stale_resends_ignored += 1
            return
        self._rewind(wanted, now, events)

    def _plausible_resend(self, wanted: int, error: str | None) -> int:
        """Marlin prints "Last Line: L" and "Resend: L+1" together; when they disagree a byte
        of one was damaged on the wire. Keep the candidate that fits what is in flight (the
        lower if both do: rewinding too far costs a few duplicates, too little a stall)."""
        held = last_line(error) if error is not None else None
        if held is None or held + 1 == wanted:
            return wanted
        low = self._ack_n - 2 * self._window.max_lines - 1
        plausible = [c for c in (wanted, held + 1) if low <= c <= self._next_n]
        return min(plausible) if plausible else wanted

    def _on_skip(self, number: int, now: float, events: list[Event]) -> None:
        """Repetier: `skip n` + `ok` = "I already hold line n, your copy was dropped"."""
        self._swallow_ok = self.settings.ok_after_resend is not False
        if self._recovery_line is not None and number >= self._recovery_line:
            self._recovery_line = None
            self._ack_below(number + 1, now, events)
        else:
            self.stats.stale_resends_ignored += 1

    def _rewind(self, number: int, now: float, events: list[Event]) -> None:
        """Honour a resend request: put `number` and every later line back on the wire."""
        if number not in self._history:
            oldest = min(self._history) if self._history else self._next_n
            reason = (
                f"printer asked for line {number}, oldest line still held is {oldest} "
                f"(history of {self._history_size} lines); the job cannot continue safely"
            )
            events.append(self._halt(reason))
            return
        inflight = self._inflight
        while inflight and inflight[-1][0] is not None and inflight[-1][0] >= number:
            self._window.pop_tail()
        self._stale_budget = max(0, self._send_n - 1 - number)
        self._resend_from = number
        self._send_n = number
        self._recovery_line = None
        self._progress(now)
        if number or not self._sync_pending:
            events.append(Resent(number, self._next_n - number))
