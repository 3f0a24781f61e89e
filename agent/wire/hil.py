"""The summary of a printer's last HIL report, retained on `<agent>/<printer>/hil`.

The HIL suite (`printfarm-hil`, and the safe checks of `printfarm-agent setup`) keeps its
full report in the agent's data folder; the agent publishes this summary of the newest
one (added in v1: a topic of its own, so older coordinators never subscribe to it). Every
text is capped, so a summary stays far below MAX_PAYLOAD_BYTES (~30 KiB at most).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from agent.wire.base import WireModel, WirePart

MAX_CHECKS = 32
MAX_SUMMARY = 512


class HilCheckStatus(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"


class HilVerdict(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    INTERRUPTED = "interrupted"


class HilCheck(WirePart):
    id: str = Field(min_length=1, max_length=64)
    title: str = Field(default="", max_length=128)
    status: HilCheckStatus
    summary: str = Field(default="", max_length=MAX_SUMMARY)  # what was found, or why not
    duration_s: float = Field(default=0.0, ge=0)


class HilSummary(WireModel):
    started_at: float = Field(gt=0)  # Unix seconds
    duration_s: float = Field(default=0.0, ge=0)
    source: str = Field(default="", max_length=64)  # "printfarm-hil", "printfarm-agent setup"
    port: str = Field(default="", max_length=256)
    firmware_name: str = Field(default="", max_length=256)
    profile_used: str = Field(default="", max_length=64)
    verdict: HilVerdict
    verdict_line: str = Field(default="", max_length=MAX_SUMMARY)
    allowed: tuple[str, ...] = Field(default=(), max_length=3)  # heat, motion, estop
    checks: tuple[HilCheck, ...] = Field(default=(), max_length=MAX_CHECKS)
