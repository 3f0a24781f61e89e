"""The G-code host protocol state machine (pure: no port, no thread, no clock).

The session (agent/session.py) drives it like this:

    proto = HostProtocol(ProtocolSettings(window=1))
    proto.handshake()                    # queues `N0 M110 N0*125`-style resync
    proto.enqueue("G28")                 # numbered + checksummed when sent
    data = proto.take_output(now)        # bytes to write now (window permitting)
    events = proto.feed(chunk, now)      # bytes read from the port
    events += proto.poll(now)            # timers: ok-timeout recovery
    proto.next_deadline()                # when poll() must next be called (or None)

How replies are matched to lines (Marlin's rules, which Prusa and Repetier share):
- A numbered line the firmware accepts gets exactly one `ok`, in order, once executed.
- A rejected line gets `Error:...`, `Resend: k` and an `ok` (or nothing if the firmware
  flushed it from its receive buffer). `Resend: k` always means "I hold every line < k".
  The `ok` right after a resend request acknowledges nothing and is swallowed.
- Lines already on the wire when the first resend request came are rejected in turn with
  the same `Resend: k`; up to that many repeats are stale and ignored (unless the error
  says checksum: then our retransmission itself was damaged and is sent again).
- A line the firmware already holds (our timeout retransmission after a lost `ok`) is
  answered with `Resend: k` for some k beyond it: read as "lines < k arrived", never
  as a request to send them again.
- Without line numbers in `ok` (plain Marlin), a duplicate `ok` that arrives while a newer
  line is in flight cannot be told from a real one; with nothing in flight it is ignored,
  and with ADVANCED_OK (`ok N12 ...`) or Repetier's `ok 12` it is recognised exactly.
"""

from __future__ import annotations

from collections import deque

from agent.protocol import framing
from agent.protocol.events import (
    Ack,
    Busy,
    ErrorKind,
    Event,
    FirmwareError,
    FirmwareStarted,
    LinkLost,
    Resent,
    TemperatureReport,
    Timeout,
    Unrecognized,
)
from agent.protocol.linereader import LineReader
from agent.protocol.replies import (
    ResendRequest,
    SkipNotice,
    classify,
    classify_report,
    last_line,
    parse_ok,
)
from agent.protocol.settings import ProtocolSettings, ProtocolStats

__all__ = ["HostProtocol", "ProtocolSettings", "ProtocolStats"]

_POKE = b"M105\n"
_WAIT_GRACE_S = 0.5  # a `wait` this soon after sending may predate our line's arrival
_RECOVERY_CLEAR_OKS = 2  # oks after a recovery copy that prove it was simply accepted

# An in-flight entry: (line number or None, long-running?, transmission sequence, kind)
_Entry = tuple[int | None, bool, int, int]
_LINE, _POKE_ENTRY, _RESYNC = 0, 1, 2  # kinds; only _LINE entries produce Ack events


class HostProtocol:
    def __init__(self, settings: ProtocolSettings) -> None:
        self.settings = settings
        self.stats = ProtocolStats()
        self._history_size = settings.effective_history
        self._long = settings.long_commands
        self._reader = LineReader()
        self._queue: deque[str] = deque()
        self.reset()

    # -- commands -------------------------------------------------------------
    def reset(self) -> None:
        """Forget every line and timer (after a firmware restart or reconnect); keeps stats."""
        self._queue.clear()
        self._inflight: deque[_Entry] = deque()
        self._history: dict[int, tuple[bytes, bool]] = {}
        self._next_n = 0  # number the next new line gets
        self._send_n = 0  # next number to put on the wire; < _next_n while retransmitting
        self._urgent: list[bytes] = []  # recovery copies and pokes, sent ahead of all else
        self._tx_seq = 0
        self._progress_at = 0.0
        self._attempt = 0
        self._recovery_at = 0.0
        self._recovery_line: int | None = None
        self._recovery_seq = 0
        self._recovery_oks = 0
        self._resend_from: int | None = None
        self._stale_budget = 0
        self._swallow_ok = False
        self._last_error: str | None = None
        self._adv_limit = self.settings.window
        self._keepalive_seen = False
        self._sync_pending = False
        self._pokes = 0
        self._silent_head = 0  # unnumbered mode: queued resync lines at the queue's front
        self._ack_n = 0  # every numbered line below this has had its Ack event
        self._halted: str | None = None

    def handshake(self) -> None:
        """Queue an `M110 N0` resync (numbered line 0) ahead of everything else."""
        self._inflight.clear()
        self._urgent.clear()
        self._halted = None
        self._recovery_line = None
        self._resend_from = None
        self._attempt = 0
        if not self.settings.checksums:
            if not self._silent_head:
                self._queue.appendleft(framing.RESYNC_COMMAND)
                self._silent_head = 1
            return
        # Line 0 goes into history and is "sent" through the retransmission path.
        self._history = {0: (framing.frame(0, framing.RESYNC_COMMAND), False)}
        self._next_n = 1
        self._send_n = 0
        self._ack_n = 1  # line 0 is ours: its ok produces no Ack event
        self._sync_pending = True

    def enqueue(self, line: str) -> None:
        """Queue one G-code line (comments and blank lines already stripped by caller)."""
        framing.validate(line, self.settings.max_line_length)
        self._queue.append(line)

    def send_emergency(self, line: str = "M112") -> bytes:
        """Bytes for an out-of-band line (unnumbered, bypasses window and queue)."""
        return framing.plain(line)

    def clear_queue(self) -> int:
        """Drop queued, unsent lines (cancel); returns how many were dropped."""
        keep = [self._queue.popleft() for _ in range(self._silent_head)]
        count = len(self._queue)
        self._queue.clear()
        self._queue.extend(keep)
        return count

    # -- I/O --------------------------------------------------------------------
    def take_output(self, now: float) -> bytes:
        """Framed lines that may be written now (empty when the window is full)."""
        if self._halted is not None:
            return b""
        out = self._urgent
        inflight = self._inflight
        was_idle = not inflight
        limit = self._adv_limit if self.settings.advanced_ok else self.settings.window
        while len(inflight) < limit:
            if self._send_n < self._next_n:
                number = self._send_n
                data, is_long = self._history[number]
                kind = _LINE if number else _RESYNC
                self._send_n = number + 1
                if number or not self._sync_pending:
                    self.stats.lines_resent += 1
            elif self._queue:
                command = self._queue.popleft()
                kind = _LINE
                if self._silent_head:
                    self._silent_head -= 1
                    kind = _RESYNC
                is_long = framing.command_code(command) in self._long
                self.stats.lines_sent += 1
                if self.settings.checksums:
                    number = self._next_n
                    data = framing.frame(number, command)
                    self._remember(number, data, is_long)
                else:
                    number = None
                    data = framing.plain(command)
            else:
                break
            self._tx_seq += 1
            inflight.append((number, is_long, self._tx_seq, kind))
            out.append(data)
        if not out:
            return b""
        if was_idle:
            self._progress_at = now
        self._urgent = []
        result = b"".join(out)
        self.stats.bytes_sent += len(result)
        return result

    def feed(self, data: bytes, now: float) -> list[Event]:
        """Bytes from the port (any chunking, junk included) -> events."""
        events: list[Event] = []
        for raw in self._reader.feed(data):
            if raw == "ok":
                self._on_ok("", now, events)
            elif raw.startswith("ok") and (len(raw) == 2 or raw[2] in " :"):
                self._on_ok(raw[2:].lstrip(" :"), now, events)
            else:
                self._on_line(raw, now, events)
        if self._reader.dropped:
            self.stats.junk_bytes_dropped += self._reader.dropped
            events.append(Unrecognized(f"<{self._reader.dropped} bytes of unterminated junk>"))
            self._reader.dropped = 0
        return events

    def poll(self, now: float) -> list[Event]:
        """Check timers; may schedule recovery output (resend oldest or `M105` poke)."""
        deadline = self.next_deadline()
        if deadline is None or now < deadline:
            return []
        self._attempt += 1
        self.stats.timeouts += 1
        number = self._inflight[0][0]
        if self._attempt > self.settings.max_timeout_retries:
            which = f"line {number}" if number is not None else "the oldest line"
            reason = (
                f"no answer from the printer for {which} after {self._attempt - 1} recovery "
                "attempts; check the cable and that the printer is powered and not halted"
            )
            return [self._halt(reason)]
        self._recovery_at = now
        self._tx_seq += 1
        if number is not None:
            self._urgent.append(self._history[number][0])
            self._recovery_line = number
            self._recovery_seq = self._tx_seq
            self._recovery_oks = 0
            self.stats.recovery_resends += 1
            return [Timeout(number, self._attempt, f"resent line {number}")]
        self._urgent.append(_POKE)
        self._inflight.append((None, False, self._tx_seq, _POKE_ENTRY))
        self._pokes += 1
        self.stats.pokes += 1
        return [Timeout(None, self._attempt, "sent M105 to provoke an answer")]

    def next_deadline(self) -> float | None:
        if self._halted is not None or not self._inflight:
            return None
        if self._attempt:
            return self._recovery_at + self.settings.recovery_timeout_s
        return self._progress_at + self._timeout_for(self._inflight[0])

    # -- state ------------------------------------------------------------------
    @property
    def queued(self) -> int:
        """Lines enqueued but not yet written."""
        return len(self._queue)

    @property
    def in_flight(self) -> int:
        """Lines written but not yet acknowledged."""
        return len(self._inflight)

    @property
    def idle(self) -> bool:
        """Nothing queued and nothing in flight."""
        return not self._queue and not self._inflight and self._send_n >= self._next_n

    @property
    def halted(self) -> str | None:
        """Why the protocol stopped sending (link lost, fatal error, firmware restart), or None.

        Cleared by `reset()` + `handshake()`.
        """
        return self._halted

    @property
    def next_line_number(self) -> int:
        return self._next_n

    # -- replies ----------------------------------------------------------------
    def _on_ok(self, payload: str, now: float, events: list[Event]) -> None:
        report = classify_report(payload) if payload and ":" in payload else None
        if self._swallow_ok:  # the ok that belongs to a resend request / skip notice
            self._swallow_ok = False
            self.stats.stale_oks_ignored += 1
        elif self._pokes and type(report) is TemperatureReport:
            self._ack_through_poke(payload, now, events)
        else:
            self._ack(payload, now, events)
        if report is not None:
            events.append(report)

    def _ack(self, payload: str, now: float, events: list[Event]) -> None:
        inflight = self._inflight
        number = planner = free = None
        if payload and payload[0] != "T":
            number, planner, free = parse_ok(payload)
        if not inflight:
            self.stats.stale_oks_ignored += 1
            return
        if number is not None and self.settings.checksums:
            oldest, newest = inflight[0][0], inflight[-1][0]
            if oldest is None or newest is None or not oldest <= number <= newest:
                self.stats.stale_oks_ignored += 1  # a duplicate, or an ok from before a resend
                return
            while (earlier := inflight[0][0]) is not None and earlier < number:
                self._acked(inflight.popleft(), events)  # earlier lines whose oks were lost
        self._acked(inflight.popleft(), events, planner, free, payload)
        if free is not None and self.settings.advanced_ok:
            self._adv_limit = max(1, min(self.settings.window, len(inflight) + free))
        self._progress(now)
        if self._recovery_line is not None:
            self._recovery_oks += 1
            if self._recovery_oks >= _RECOVERY_CLEAR_OKS:
                self._recovery_line = None

    def _ack_through_poke(self, payload: str, now: float, events: list[Event]) -> None:
        """The poke's `ok T:..` means every line before it was executed."""
        while self._inflight:
            entry = self._inflight.popleft()
            if entry[3] == _POKE_ENTRY:
                self._pokes -= 1
                break
            self._acked(entry, events, text=payload)
        self._progress(now)

    def _on_line(self, text: str, now: float, events: list[Event]) -> None:
        reply = classify(text)
        if reply is None:
            return
        self._swallow_ok = False
        match reply:
            case ResendRequest():
                self._on_resend(reply, now, events)
                return
            case SkipNotice():
                self._on_skip(reply.line_number, now, events)
                return
        events.append(reply)
        match reply:
            case Busy():
                self._on_busy(reply.reason, now)
            case TemperatureReport():
                if self._inflight and self._inflight[0][1]:
                    self._progress(now)  # M109/M190 report while waiting: alive
            case FirmwareError(kind=ErrorKind.RESEND):
                self._last_error = reply.message
            case FirmwareError(kind=ErrorKind.FATAL):
                self._halt_quietly(f"firmware error: {reply.message}")
            case FirmwareStarted():
                self._on_started()

    def _on_busy(self, reason: str, now: float) -> None:
        if reason != "wait":
            self._keepalive_seen = True
            if self._inflight:
                self._progress(now)
            return
        # `wait` means the firmware's queue is empty: a line in flight for a while was lost.
        if self._inflight and not self._attempt and now - self._progress_at >= _WAIT_GRACE_S:
            self._progress_at = now - self._timeout_for(self._inflight[0])

    def _on_started(self) -> None:
        if self._sync_pending:
            # The resync line went into a booting firmware: send it again.
            self._inflight.clear()
            self._send_n = 0
        elif self._tx_seq:
            # The FirmwareStarted event already tells the session; stop sending until it resyncs.
            self._halt_quietly(
                "firmware restarted (reset, power or watchdog); lines in flight are lost: "
                "abort the job and handshake again"
            )

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
        low = self._ack_n - 2 * self.settings.window - 1
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

    # -- bookkeeping ----------------------------------------------------------------
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
            inflight.pop()
        self._stale_budget = max(0, self._send_n - 1 - number)
        self._resend_from = number
        self._send_n = number
        self._recovery_line = None
        self._progress(now)
        if number or not self._sync_pending:
            events.append(Resent(number, self._next_n - number))

    def _ack_below(self, number: int, now: float, events: list[Event]) -> None:
        """The printer holds every line < number: acknowledge them, skip their resending."""
        inflight = self._inflight
        while inflight and (done := inflight[0][0]) is not None and done < number:
            self._acked(inflight.popleft(), events)
        self._send_n = max(self._send_n, number)  # rewound lines the printer turns out to hold
        while self._ack_n < number:
            events.append(Ack(self._ack_n))
            self._ack_n += 1
        self._sync_pending = False
        self._progress(now)

    def _acked(
        self,
        entry: _Entry,
        events: list[Event],
        planner: int | None = None,
        free: int | None = None,
        text: str = "",
    ) -> None:
        """One Ack event per enqueued line, however often it was sent or acknowledged."""
        number = entry[0]
        if number is None:
            if entry[3] == _LINE:
                events.append(Ack(None, planner, free, text))
            elif entry[3] == _POKE_ENTRY:
                self._pokes -= 1
            return
        if number == 0:
            self._sync_pending = False
        if number >= self._ack_n:
            # Lines below `number` held by the printer whose oks were lost (rare): ack them too.
            while self._ack_n < number:
                events.append(Ack(self._ack_n))
                self._ack_n += 1
            events.append(Ack(number, planner, free, text))
            self._ack_n = number + 1

    def _remember(self, number: int, data: bytes, is_long: bool) -> None:
        history = self._history
        history[number] = (data, is_long)
        history.pop(number - self._history_size, None)
        self._next_n = self._send_n = number + 1

    def _progress(self, now: float) -> None:
        self._progress_at = now
        self._attempt = 0

    def _timeout_for(self, entry: _Entry) -> float:
        settings = self.settings
        if not entry[1]:
            return settings.ok_timeout_s
        if self._keepalive_seen:
            return max(settings.ok_timeout_s, settings.keepalive_timeout_s)
        return settings.long_command_timeout_s

    def _halt(self, reason: str) -> LinkLost:
        self._halt_quietly(reason)
        return LinkLost(reason)

    def _halt_quietly(self, reason: str) -> None:
        if self._halted is None:
            self._halted = reason
        self._urgent.clear()
