"""The HIL report: what was checked, what happened, and what the agent should be set to.

Pydantic models (extra="forbid") because the report crosses a boundary: it is written as
JSON with `--json` and read back by CI and by people comparing printers.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

Measurement = float | int | str | bool | None


class CheckStatus(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"


class Verdict(StrEnum):
    PASSED = "passed"  # every check that ran passed
    FAILED = "failed"  # at least one check failed
    INTERRUPTED = "interrupted"  # Ctrl-C or SIGTERM: the run stopped early


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CheckResult(_Strict):
    id: str  # stable name, e.g. "resend"
    title: str
    status: CheckStatus
    summary: str  # one sentence: what was found, or why it failed / was skipped
    evidence: list[str] = Field(default_factory=list)  # lines exchanged, "> sent" / "< got"
    measurements: dict[str, Measurement] = Field(default_factory=dict)
    duration_s: float = 0.0


class Suggestion(_Strict):
    """What to put in the agent's configuration for this printer."""

    profile: str
    send_window: int = Field(ge=1)
    advanced_ok: bool
    reason: str


class RunOptions(_Strict):
    port: str
    baud: int = Field(gt=0)
    profile: str = "auto"
    allow_heat: bool = False
    allow_motion: bool = False
    allow_estop: bool = False
    samples: int = Field(default=200, ge=1)  # round trips timed by the latency check
    stream_lines: int = Field(default=500, ge=10)  # lines streamed by the throughput check
    ok_timeout_s: float | None = Field(default=None, gt=0)  # None: the profile's


class HilReport(_Strict):
    options: RunOptions
    started_at: datetime
    duration_s: float = 0.0
    firmware_name: str = ""
    profile_used: str = ""  # the profile the checks ran with
    checks: list[CheckResult] = Field(default_factory=list)
    verdict: Verdict = Verdict.PASSED
    verdict_line: str = ""
    suggestion: Suggestion | None = None
    ran_by: str = ""  # "printfarm-hil" or "printfarm-agent setup" (reports kept for a printer)

    def count(self, status: CheckStatus) -> int:
        return sum(1 for check in self.checks if check.status is status)

    def check(self, check_id: str) -> CheckResult:
        """The result of one check by id (KeyError when it is not in the report)."""
        for result in self.checks:
            if result.id == check_id:
                return result
        raise KeyError(f"no check {check_id!r} in this report")

    @property
    def exit_code(self) -> int:
        """0 when every check that ran passed; 130 after an interrupt; 1 otherwise."""
        if self.verdict is Verdict.INTERRUPTED:
            return 130
        return 0 if self.verdict is Verdict.PASSED else 1
