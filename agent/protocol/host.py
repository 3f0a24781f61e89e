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
from collections.abc import Callable

from agent.protocol import framing
from agent.protocol.events import (
    Ack,
    Busy,
    ErrorKind,
    Event,
    FirmwareError,
    FirmwareStarted,
    LinkLost,
    TemperatureReport,
    Timeout,
    Unrecognized,
)
from agent.protocol.flow import (
    LINE,
    POKE,
    QUERY,
    REPORT_KINDS,
    RESYNC,
    SYNC,
    SYNC_COMMAND,
    Entry,
    SendWindow,
)
from agent.protocol.linereader import LineReader
from agent.protocol.replies import (
    ResendRequest,
    SkipNotice,
    classify,
    classify_report,
    parse_ok,
)
from agent.protocol.resends import ResendHandling
from agent.protocol.settings import ProtocolSettings, ProtocolStats

__all__ = ["HostProtocol", "ProtocolSettings", "ProtocolStats"]

_POKE = b"M105\n"
_WAIT_GRACE_S = 0.5  # a `wait` this soon after sending may predate our line's arrival
_RECOVERY_CLEAR_OKS = 2  # oks after a recovery copy that prove it was simply accepted

_QUERY_CODE = "M105"  # answered `ok T:...`: a line the window can recognise


class HostProtocol(ResendHandling):
    def __init__(self, settings: ProtocolSettings) -> None:
        self.settings = settings
        self.stats = ProtocolStats()
        self._history_size = settings.effective_history
        self._long = settings.long_commands
        self._reader = LineReader()
        self._queue: deque[str] = deque()
        self._window = SendWindow(settings)
        # Sees every received line verbatim before it is handled (a console answer is
        # being gathered); None on the streaming hot path.
        self.tap: Callable[[str], None] | None = None
        self.reset()

    # -- commands -------------------------------------------------------------
    def reset(self) -> None:
        """Forget every line and timer (after a firmware restart or reconnect); keeps stats."""
        self._queue.clear()
        self._window.reset()
        self._inflight = self._window.entries
        self._history: dict[int, tuple[bytes, bool, int]] = {}
        self._sync_numbers: set[int] = set()  # numbered lines of our own (flow.SYNC)
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
        self._keepalive_seen = False
        self._sync_pending = False
        self._pokes = 0
        self._silent_head = 0  # unnumbered mode: queued resync lines at the queue's front
        self._ack_n = 0  # every numbered line below this has had its Ack event
        self._halted: str | None = None

    def handshake(self) -> None:
        """Queue an `M110 N0` resync (numbered line 0) ahead of everything else."""
        self._window.clear()
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
        self._history = {0: (framing.frame(0, framing.RESYNC_COMMAND), False, RESYNC)}
        self._next_n = 1
        self._send_n = 0
        self._ack_n = 1  # line 0 is ours: its ok produces no Ack event
        self._sync_numbers.clear()
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
        was_idle = not self._inflight
        while True:
            if self._send_n < self._next_n:
                data = self._retransmission()
            elif self._queue:
                data = self._new_line()
            else:
                break
            if data is None:  # the window is full
                break
            out.append(data)
        if not out:
            return b""
        if was_idle:
            self._progress_at = now
        self._urgent = []
        result = b"".join(out)
        self.stats.bytes_sent += len(result)
        return result

    def _retransmission(self) -> bytes | None:
        number = self._send_n
        data, is_long, kind = self._history[number]
        if not self._window.has_room(len(data)):
            return None
        self._send_n = number + 1
        if number or not self._sync_pending:
            self.stats.lines_resent += 1
        self._push(number, is_long, kind, data)
        return data

    def _new_line(self) -> bytes | None:
        window = self._window
        checksums = self.settings.checksums
        sync = window.sync_due
        command = SYNC_COMMAND if sync else self._queue[0]
        # Framed size, at most 2 bytes over (the checksum may have fewer than 3 digits).
        size = len(command.encode()) + (len(str(self._next_n)) + 7 if checksums else 1)
        if not window.has_room(size):
            return None
        code = framing.command_code(command)
        kind = QUERY if code == _QUERY_CODE else LINE
        if sync:
            kind = SYNC
            window.since_sync = 0
            self.stats.sync_lines += 1
        else:
            self._queue.popleft()
            window.since_sync += 1
            self.stats.lines_sent += 1
            if self._silent_head:
                self._silent_head -= 1
                kind = RESYNC
        is_long = code in self._long
        if not checksums:
            data = framing.plain(command)
            self._push(None, is_long, kind, data)
            return data
        number = self._next_n
        data = framing.frame(number, command)
        self._remember(number, data, is_long, kind)
        if sync:
            self._sync_numbers.add(number)
        self._push(number, is_long, kind, data)
        return data

    def _push(self, number: int | None, is_long: bool, kind: int, data: bytes) -> None:
        self._tx_seq += 1
        window = self._window
        window.push((number, is_long, self._tx_seq, kind, len(data)))
        self.stats.peak_in_flight = max(self.stats.peak_in_flight, len(window.entries))

    def feed(self, data: bytes, now: float) -> list[Event]:
        """Bytes from the port (any chunking, junk included) -> events."""
        events: list[Event] = []
        tap = self.tap
        for raw in self._reader.feed(data):
            if tap is not None:
                tap(raw)
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
        self._window.on_timeout()
        if number is not None:
            self._urgent.append(self._history[number][0])
            self._recovery_line = number
            self._recovery_seq = self._tx_seq
            self._recovery_oks = 0
            self.stats.recovery_resends += 1
            return [Timeout(number, self._attempt, f"resent line {number}")]
        self._urgent.append(_POKE)
        self._window.push((None, False, self._tx_seq, POKE, len(_POKE)))
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
    def window_hint(self) -> int:
        """About how many lines the send window takes now: keep this many queued."""
        return self._window.hint

    @property
    def next_line_number(self) -> int:
        return self._next_n

    # -- replies ----------------------------------------------------------------
    def _on_ok(self, payload: str, now: float, events: list[Event]) -> None:
        report = classify_report(payload) if payload and ":" in payload else None
        if self._swallow_ok:  # the ok that belongs to a resend request / skip notice
            self._swallow_ok = False
            self.stats.stale_oks_ignored += 1
        elif type(report) is TemperatureReport and (
            self._pokes or (self._window.reports and self._window.strict_reports)
        ):
            self._ack_through_report(payload, now, events)
        else:
            self._ack(payload, now, events)
        if report is not None:
            events.append(report)

    def _ack(self, payload: str, now: float, events: list[Event]) -> None:
        window = self._window
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
                self._acked(window.pop_head(), events)  # earlier lines whose oks were lost
        elif window.strict_reports and inflight[0][3] in REPORT_KINDS:
            # Only its `ok T:...` acknowledges an M105: this plain ok is a surplus one.
            self.stats.stale_oks_ignored += 1
            window.surplus = True
            return
        self._acked(window.pop_head(), events, planner, free, payload)
        window.on_ok(number, free)
        self._progress(now)
        if self._recovery_line is not None:
            self._recovery_oks += 1
            if self._recovery_oks >= _RECOVERY_CLEAR_OKS:
                self._recovery_line = None

    def _ack_through_report(self, payload: str, now: float, events: list[Event]) -> None:
        """An M105's `ok T:..` means every line before it was executed. Which M105: the
        oldest poke; with a counted window and plain oks, the oldest of any kind."""
        stops = REPORT_KINDS if self._window.strict_reports else (POKE,)
        self._window.surplus = False
        while self._inflight:
            entry = self._window.pop_head()
            self._acked(entry, events, text=payload)
            if entry[3] in stops:
                break
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
            self._window.clear()
            self._send_n = 0
        elif self._tx_seq:
            # The FirmwareStarted event already tells the session; stop sending until it resyncs.
            self._halt_quietly(
                "firmware restarted (reset, power or watchdog); lines in flight are lost: "
                "abort the job and handshake again"
            )

    # -- bookkeeping ----------------------------------------------------------------
    def _ack_below(self, number: int, now: float, events: list[Event]) -> None:
        """The printer holds every line < number: acknowledge them, skip their resending."""
        inflight = self._inflight
        while inflight and (done := inflight[0][0]) is not None and done < number:
            self._acked(self._window.pop_head(), events)
        self._send_n = max(self._send_n, number)  # rewound lines the printer turns out to hold
        self._ack_up_to(number, events)
        self._sync_pending = False
        self._progress(now)

    def _acked(
        self,
        entry: Entry,
        events: list[Event],
        planner: int | None = None,
        free: int | None = None,
        text: str = "",
    ) -> None:
        """One Ack event per enqueued line, however often it was sent or acknowledged."""
        number, kind = entry[0], entry[3]
        if number is None:
            if kind in (LINE, QUERY):
                events.append(Ack(None, planner, free, text))
            elif kind == POKE:
                self._pokes -= 1
            return
        if number == 0:
            self._sync_pending = False
        if number >= self._ack_n:
            # Lines below `number` held by the printer whose oks were lost (rare): ack them too.
            self._ack_up_to(number, events)
            if kind == SYNC:
                self._sync_numbers.discard(number)
            else:
                events.append(Ack(number, planner, free, text))
            self._ack_n = number + 1

    def _ack_up_to(self, number: int, events: list[Event]) -> None:
        """Ack events for every line below `number` not acknowledged yet (not our syncs)."""
        syncs = self._sync_numbers
        while self._ack_n < number:
            if syncs and self._ack_n in syncs:
                syncs.discard(self._ack_n)
            else:
                events.append(Ack(self._ack_n))
            self._ack_n += 1

    def _remember(self, number: int, data: bytes, is_long: bool, kind: int) -> None:
        history = self._history
        history[number] = (data, is_long, kind)
        history.pop(number - self._history_size, None)
        self._next_n = self._send_n = number + 1

    def _progress(self, now: float) -> None:
        self._progress_at = now
        self._attempt = 0

    def _timeout_for(self, entry: Entry) -> float:
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
