"""What every check module shares: its declaration, its context and its outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from agent.profiles import FirmwareProfile
from hil.link import HilLink
from hil.report import CheckStatus, Measurement, RunOptions


class Gate(StrEnum):
    """What the user must allow before a check may run."""

    NONE = "none"
    HEAT = "heat"
    MOTION = "motion"
    ESTOP = "estop"


GATE_FLAGS = {Gate.HEAT: "--allow-heat", Gate.MOTION: "--allow-motion", Gate.ESTOP: "--allow-estop"}


@dataclass
class Findings:
    """What checks learn, for the checks after them and for the verdict."""

    answered: bool = False  # the firmware acknowledged a line
    firmware_name: str = ""
    capabilities: dict[str, bool] = field(default_factory=dict)
    fitting_profile: str | None = None  # the profile M115 points to (None: unrecognised)
    profile_mismatch: bool = False
    buffer_depth: int | None = None  # lines accepted before the first ok
    depth_is_lower_bound: bool = False  # no loss even at the largest burst tried
    advanced_ok: bool | None = None
    halted: bool = False  # M112 was sent: the printer needs a reset


@dataclass
class Context:
    link: HilLink
    options: RunOptions
    findings: Findings
    say: Callable[[str], None]  # progress for the person watching

    @property
    def profile(self) -> FirmwareProfile:
        return self.link.profile

    @property
    def ok_timeout_s(self) -> float:
        return self.link.settings().ok_timeout_s

    @property
    def recovery_budget_s(self) -> float:
        """Long enough for the protocol to notice a lost line and recover it a few times."""
        settings = self.link.settings()
        return settings.ok_timeout_s + settings.recovery_timeout_s * settings.max_timeout_retries


@dataclass(frozen=True)
class Outcome:
    status: CheckStatus
    summary: str
    measurements: dict[str, Measurement] = field(default_factory=dict)
    evidence: list[str] | None = None  # None: the runner uses the lines exchanged

    def with_evidence(self, evidence: list[str]) -> Outcome:
        """The same outcome with chosen evidence instead of every line exchanged."""
        return replace(self, evidence=evidence)


def passed(summary: str, **values: Measurement) -> Outcome:
    return Outcome(CheckStatus.PASSED, summary, dict(values))


def failed(summary: str, **values: Measurement) -> Outcome:
    return Outcome(CheckStatus.FAILED, summary, dict(values))


def skipped(summary: str, **values: Measurement) -> Outcome:
    return Outcome(CheckStatus.SKIPPED, summary, dict(values), [])


@dataclass(frozen=True)
class Check:
    id: str
    title: str
    run: Callable[[Context], Outcome]
    gate: Gate = Gate.NONE
