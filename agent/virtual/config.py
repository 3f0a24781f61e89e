"""Configuration of one virtual printer (validated at construction, before any I/O)."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from agent.profiles import Dialect

# Host actions a test or the CLI may ask for (`//action:<name>`).
_ACTION_RE = re.compile(r"^[a-z_]+( .*)?$")


class ActionAt(BaseModel):
    """Emit `//action:<action>` after the `line`-th executed file line."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    line: int = Field(ge=1)
    action: str

    @field_validator("action")
    @classmethod
    def _known_shape(cls, value: str) -> str:
        if not _ACTION_RE.match(value):
            raise ValueError(f"action {value!r} must look like 'pause' or 'prompt_begin Hello'")
        return value

    @classmethod
    def parse(cls, text: str) -> ActionAt:
        """`"120:pause"` -> ActionAt(line=120, action="pause")."""
        line, sep, action = text.partition(":")
        if not sep or not line.strip().isdigit():
            raise ValueError(f"--action-at-line wants LINE:ACTION (e.g. 120:pause), got {text!r}")
        return cls(line=int(line), action=action.strip())


class FaultConfig(BaseModel):
    """Seeded fault injection; percentages are 0..100. "Line N" counts executed file lines."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    seed: int = 0
    noise_pct: float = Field(default=0.0, ge=0, le=100)  # corrupt a received data line
    lost_lines_pct: float = Field(default=0.0, ge=0, le=100)  # a received data line vanishes
    dup_ok_pct: float = Field(default=0.0, ge=0, le=100)  # an extra `ok` after a real one
    garble_pct: float = Field(default=0.0, ge=0, le=100)  # per outgoing byte
    silence_at_line: int | None = Field(default=None, ge=1)
    silence_s: float = Field(default=5.0, ge=0)
    disconnect_at_line: int | None = Field(default=None, ge=1)
    reconnect_after_s: float = Field(default=2.0, ge=0)
    reset_at_line: int | None = Field(default=None, ge=1)
    runaway_at_line: int | None = Field(default=None, ge=1)
    # After line N, ask for line 1 again (Marlin's words): a resend request the host's
    # history can no longer honour once N exceeds it.
    old_resend_at_line: int | None = Field(default=None, ge=1)
    actions: list[ActionAt] = Field(default_factory=list)


class VirtualPrinterConfig(BaseModel):
    """Everything `printfarm virtual-printer` accepts, as one validated model."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dialect: Dialect = Dialect.MARLIN
    baud: int = Field(default=0, ge=0)  # 0: unlimited
    latency_ms: float = Field(default=0.0, ge=0)  # one way, per chunk (real time)
    speed: float = Field(default=1.0, ge=0)  # sim seconds per real second; 0 means instant
    instant: bool = False  # motion, heating and dwell take no time
    bufsize: int = Field(default=4, ge=1, le=64)  # command queue (Marlin BUFSIZE)
    planner_size: int = Field(default=16, ge=2, le=256)  # Marlin BLOCK_BUFFER_SIZE
    # The firmware's serial receive ring (AVR: holds one byte less); overflow drops bytes.
    rx_buffer: int = Field(default=128, ge=32)
    advanced_ok: bool = False  # `ok N.. P.. B..` replies; M115 does not say so (as in Marlin)
    busy_interval_s: float = Field(default=2.0, ge=0)  # M113 default
    pty: bool = True
    tcp_port: int | None = Field(default=None, ge=0, le=65535)  # 0: any free port
    link: Path | None = None  # symlink to the pty slave, re-created after a disconnect
    record: Path | None = None
    stats: Path | None = None  # SimulationStats as JSON, written at exit
    faults: FaultConfig = Field(default_factory=FaultConfig)

    @property
    def is_instant(self) -> bool:
        return self.instant or self.speed == 0
