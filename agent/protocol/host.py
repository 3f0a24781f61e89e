"""The G-code host protocol state machine (pure: no port, no thread, no clock).

INTERFACE STUB written by the session owner; the protocol helper implements it.
The session (agent/session.py) drives it exactly like this:

    proto = HostProtocol(ProtocolSettings(window=1))
    proto.handshake()                    # queues `N0 M110 N0*125`-style resync
    proto.enqueue("G28")                 # numbered + checksummed when sent
    data = proto.take_output(now)        # bytes to write now (window permitting)
    events = proto.feed(chunk, now)      # bytes read from the port
    events += proto.poll(now)            # timers: ok-timeout recovery
    proto.next_deadline()                # when poll() must next be called (or None)
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from agent.protocol.events import Event


class ProtocolSettings(BaseModel):
    """How to talk to one printer; built from the firmware profile and agent config."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    checksums: bool = True  # number and checksum every line (False: plain lines, e.g. Klipper)
    window: int = Field(default=1, ge=1)  # lines in flight without an `ok`
    advanced_ok: bool = False  # trust `ok N.. P.. B..` free-slot counts to size the window
    history_size: int = Field(default=0, ge=0)  # 0: max(50, 2 * window)
    ok_timeout_s: float = Field(default=10.0, gt=0)
    long_command_timeout_s: float = Field(default=600.0, gt=0)  # G28, M109, M190, M400 ...
    long_commands: frozenset[str] = frozenset(
        {"G28", "G29", "G30", "G32", "G33", "G34", "M109", "M190", "M191", "M400", "M600",
         "M303", "M48", "G4", "M0", "M1", "M226"}
    )
    recovery_timeout_s: float = Field(default=2.0, gt=0)  # retry period once a timeout hit
    max_timeout_retries: int = Field(default=5, ge=1)
    max_line_length: int = Field(default=96, ge=16)  # framed length, newline excluded


class HostProtocol:
    def __init__(self, settings: ProtocolSettings) -> None: ...

    # -- commands -------------------------------------------------------------
    def handshake(self) -> None:
        """Queue an `M110 N0` resync (numbered line 0) ahead of everything else."""

    def enqueue(self, line: str) -> None:
        """Queue one G-code line (comments and blank lines already stripped by caller)."""

    def send_emergency(self, line: str = "M112") -> bytes:
        """Bytes for an out-of-band line (unnumbered, bypasses window and queue)."""
        raise NotImplementedError

    def clear_queue(self) -> int:
        """Drop queued, unsent lines (cancel); returns how many were dropped."""
        raise NotImplementedError

    # -- I/O --------------------------------------------------------------------
    def take_output(self, now: float) -> bytes:
        """Framed lines that may be written now (empty when the window is full)."""
        raise NotImplementedError

    def feed(self, data: bytes, now: float) -> list[Event]:
        """Bytes from the port (any chunking, junk included) -> events."""
        raise NotImplementedError

    def poll(self, now: float) -> list[Event]:
        """Check timers; may schedule recovery output (resend oldest or `M105` poke)."""
        raise NotImplementedError

    def next_deadline(self) -> float | None: ...

    # -- state ------------------------------------------------------------------
    @property
    def queued(self) -> int:
        """Lines enqueued but not yet written."""
        raise NotImplementedError

    @property
    def in_flight(self) -> int:
        """Lines written but not yet acknowledged."""
        raise NotImplementedError

    @property
    def idle(self) -> bool:
        """Nothing queued and nothing in flight."""
        raise NotImplementedError
