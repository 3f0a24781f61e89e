"""Settings and counters of the host protocol."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

# A counted window (see flow.py) is bounded by bytes; this caps its lines (a history of
# twice as many lines answers any resend request for them).
MAX_COUNTED_LINES = 64

DEFAULT_LONG_COMMANDS = frozenset(
    {
        "G28", "G29", "G30", "G32", "G33", "G34", "G35", "G76", "M109", "M190", "M191",
        "M400", "M600", "M303", "M48", "G4", "M0", "M1", "M226", "M701", "M702", "M1001",
    }
)  # fmt: skip


class ProtocolSettings(BaseModel):
    """How to talk to one printer; built from the firmware profile and agent config.

    Timeouts are tuned so that a lost line or a lost `ok` is recovered within 2 s on a
    printer that sends `busy:` keep-alives (the session sends `M113 S1` to Marlin).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    checksums: bool = True  # number and checksum every line (False: plain lines, e.g. Klipper)
    # The firmware's serial receive buffer, bytes. Set: the window is counted in bytes
    # against it (flow.py), sized from ADVANCED_OK replies when the firmware sends them.
    # None: a fixed window of `window` lines.
    rx_buffer_bytes: int | None = Field(default=None, ge=32)
    buffer_size: int = Field(default=1, ge=1)  # the firmware's command slots (BUFSIZE)
    ok_on_receipt: bool = False  # `ok` when a line is queued (Repetier), not when executed
    window: int = Field(default=1, ge=1)  # fixed window: lines in flight without an `ok`
    advanced_ok: bool = False  # fixed window: `ok N.. P.. B..` free slots may shrink it
    history_size: int = Field(default=0, ge=0)  # 0: max(50, 2 * window)
    # No `ok` for this long (and no keep-alive) -> recover: resend the oldest line or poke.
    ok_timeout_s: float = Field(default=1.5, gt=0)
    # Long-running commands (G28, M109 ...) on a firmware that never sent `busy:`.
    long_command_timeout_s: float = Field(default=600.0, gt=0)
    # Long-running commands once the firmware has shown it sends `busy:` keep-alives: silence
    # longer than this means the command was lost (Marlin's longest keep-alive period is ~2 s).
    keepalive_timeout_s: float = Field(default=4.0, gt=0)
    long_commands: frozenset[str] = DEFAULT_LONG_COMMANDS
    recovery_timeout_s: float = Field(default=1.0, gt=0)  # retry period once a timeout hit
    max_timeout_retries: int = Field(default=10, ge=1)
    max_line_length: int = Field(default=96, ge=16)  # framed length, newline excluded
    # Does an `ok` follow a resend request? None: by spelling (`Resend:`/`skip` yes, `rs` no).
    ok_after_resend: bool | None = None

    @property
    def effective_history(self) -> int:
        lines = self.window if self.rx_buffer_bytes is None else MAX_COUNTED_LINES
        return self.history_size or max(50, 2 * lines)


@dataclass(slots=True)
class ProtocolStats:
    """Counters for logs and the benchmark; never used for decisions."""

    lines_sent: int = 0  # new lines put on the wire
    lines_resent: int = 0  # retransmissions answering resend requests
    bytes_sent: int = 0
    resend_requests: int = 0  # every resend request seen, honoured or not
    stale_resends_ignored: int = 0
    stale_oks_ignored: int = 0  # oks with nothing to acknowledge, duplicates, resend oks
    timeouts: int = 0
    recovery_resends: int = 0
    pokes: int = 0
    peak_in_flight: int = 0  # most entries in the send window at once
    sync_lines: int = 0  # M105s the counted window sent to catch surplus oks (flow.py)
    junk_bytes_dropped: int = 0
