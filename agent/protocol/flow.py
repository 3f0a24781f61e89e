"""The send window: the lines on their way to the firmware, and how many more may go.

Pure bookkeeping for the host protocol (agent/protocol/host.py). Two ways to size it:

Fixed (`ProtocolSettings.window` = N, the agent's `--window N`, and every profile that
does not know the firmware's receive buffer): at most N lines without an `ok`; with
`advanced_ok`, fewer when the firmware's `B` says its command buffer is fuller.

Counted (the default when the profile gives `rx_buffer_bytes`), the technique of hosts
with "ping-pong off" (grbl's character counting, Repetier-Host's receive cache): a line
not yet acknowledged sits in the firmware's command queue or in its serial RX ring, or is
still on the wire, and the ring (an AVR UART ring of N bytes holds N - 1) drops whatever
arrives while it is full. So:
- the bytes of the unacknowledged lines that may be in the ring never exceed it;
- with plain `ok` after execution (Marlin, Prusa) also at most BUFSIZE lines in flight;
  with `ok` on receipt (Repetier) the unacknowledged lines are all in the ring, and
  the bytes alone bound them;
- with Marlin's ADVANCED_OK, detected from the replies themselves (`ok N12 P15 B3`; Marlin
  never lists it in M115): at the `ok` of line n the command queue held BUFSIZE - B lines,
  n among them, so the next BUFSIZE - B - 1 unacknowledged lines are in the queue, not
  the ring, and only the rest is counted against it. BUFSIZE is learned as the largest
  `B` seen + 1 (an idle firmware reports BUFSIZE - 1 for the handshake's M110).

Duplicate plain `ok`s: one cannot be told from a real one, and it makes the host think a
line more is done than is. Marlin answers only after executing a line, so the oldest
unacknowledged line is in the command queue (never in the ring) whenever the ring can
fill up: the counting stays safe with one surplus `ok`. To keep surplus oks from piling
up, a counted window with plain oks sends a numbered `M105` every SYNC_EVERY lines: its
answer `ok T:...` names it, so it acknowledges every line before it (oks that were lost)
and a plain `ok` while it is the oldest line in flight is a surplus one, ignored.
"""

from __future__ import annotations

from collections import deque
from itertools import islice

from agent.protocol.settings import MAX_COUNTED_LINES, ProtocolSettings

# Kinds of in-flight entries. Only LINE and QUERY entries (the caller's lines) produce
# Ack events; POKE, SYNC and QUERY are answered `ok T:...` (an M105).
LINE, POKE, RESYNC, SYNC, QUERY = 0, 1, 2, 3, 4
REPORT_KINDS = frozenset({POKE, SYNC, QUERY})
SYNC_COMMAND = "M105"
SYNC_EVERY = 16

# An in-flight entry: (line number or None, long-running?, transmission sequence, kind,
# bytes on the wire)
Entry = tuple[int | None, bool, int, int, int]


class SendWindow:
    def __init__(self, settings: ProtocolSettings) -> None:
        rx = settings.rx_buffer_bytes
        self.counted = rx is not None
        self.rx_room = rx - 1 if rx is not None else 0  # an AVR ring holds one byte less
        self.window = settings.window
        self.buffer_size = settings.buffer_size
        self.ok_on_receipt = settings.ok_on_receipt
        self.use_free_slots = settings.advanced_ok and not self.counted
        self.syncs_allowed = settings.checksums  # numbered sync lines need line numbers
        self.max_lines = MAX_COUNTED_LINES if self.counted else settings.window
        self.entries: deque[Entry] = deque()
        self.reset()

    def reset(self) -> None:
        """Forget the entries and what the replies taught (a new firmware may answer)."""
        self.clear()
        self.advanced = False  # an `ok ... B<free>` was seen: ADVANCED_OK
        self.numbered = False  # oks name their line (ADVANCED_OK, Repetier's `ok 12`)
        self.slots = 0  # command slots learned from B: the largest B + 1
        self.since_sync = 0
        self.report_oks = True  # the firmware answers M105 with `ok T:...`
        self.surplus = False  # a plain ok was ignored while an M105 was the oldest line
        self._relimit()

    def clear(self) -> None:
        self.entries.clear()
        self.bytes = 0
        self.reports = 0  # entries answered `ok T:...`
        self.held = 0  # oldest entries known to be in the firmware's command queue
        self.held_bytes = 0
        self.free_limit = self.window  # fixed window sized by ADVANCED_OK's B

    def _relimit(self) -> None:
        if not self.counted:
            self.limit = self.window
        elif self.advanced or self.ok_on_receipt:
            self.limit = MAX_COUNTED_LINES  # the bytes bound it
        else:
            self.limit = self.buffer_size

    # -- decisions ------------------------------------------------------------------
    def has_room(self, size: int) -> bool:
        """May a line of `size` bytes (newline included) go on the wire now?"""
        count = len(self.entries)
        if count >= (self.free_limit if self.use_free_slots else self.limit):
            return False
        if not self.counted or not count:
            return True
        return self.bytes - self.held_bytes + size <= self.rx_room

    @property
    def strict_reports(self) -> bool:
        """Plain oks in a counted window: an `ok T:` alone acknowledges an M105."""
        return self.counted and not self.numbered and self.report_oks

    def on_timeout(self) -> None:
        """No answer in time. If a plain ok was taken for a surplus one while an M105 was
        the oldest line and no `ok T:` followed, this firmware answers M105 otherwise:
        plain oks acknowledge M105s again, and no more sync lines are sent."""
        if self.surplus and self.entries and self.entries[0][3] in REPORT_KINDS:
            self.report_oks = False

    @property
    def sync_due(self) -> bool:
        return (
            self.since_sync >= SYNC_EVERY
            and self.syncs_allowed
            and self.strict_reports
            and self.limit > 1
        )

    @property
    def hint(self) -> int:
        """About how many lines the window takes now (for a caller keeping a queue fed)."""
        if not self.counted or self.limit <= self.buffer_size:
            return self.limit
        return self.held + max(1, self.rx_room // 16)

    # -- bookkeeping ------------------------------------------------------------------
    def push(self, entry: Entry) -> None:
        self.entries.append(entry)
        self.bytes += entry[4]
        if entry[3] in REPORT_KINDS:
            self.reports += 1

    def pop_head(self) -> Entry:
        entry = self.entries.popleft()
        self.bytes -= entry[4]
        if entry[3] in REPORT_KINDS:
            self.reports -= 1
        if self.held:
            self.held -= 1
            self.held_bytes -= entry[4]
        return entry

    def pop_tail(self) -> Entry:
        entry = self.entries.pop()
        self.bytes -= entry[4]
        if entry[3] in REPORT_KINDS:
            self.reports -= 1
        if self.held > len(self.entries):
            self.held -= 1
            self.held_bytes -= entry[4]
        return entry

    def on_ok(self, number: int | None, free: int | None) -> None:
        """After an `ok` acknowledged the oldest entry: learn from its N and B."""
        if number is not None:
            self.numbered = True
        if free is None:
            return
        if not self.advanced:
            self.advanced = True
            self._relimit()
        if free >= self.slots:
            self.slots = free + 1
        entries = self.entries
        if self.counted:
            held = min(len(entries), max(0, self.slots - free - 1))
            self.held = held
            self.held_bytes = sum(entry[4] for entry in islice(entries, held))
        elif self.use_free_slots:
            self.free_limit = max(1, min(self.window, len(entries) + free))
