"""Ask one port who is there, with the HIL suite's safe checks only.

The checks that need no permission (hil/checks: Gate.NONE) move nothing and heat
nothing: connect (M110 resync and a no-op), identity (M115), numbering, resend (corrupted
no-ops), temperatures (M105/M155), buffer depth (dwells and no-ops), latency and
throughput (no-ops). Heating, motion and the emergency stop are never run here. As in
every HIL run, the heaters-off lines of the dialect are sent at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.profiles import load_profile
from hil.checks import ALL
from hil.checks.base import Gate
from hil.report import CheckStatus, HilReport, RunOptions, Verdict
from hil.runner import HilRunner

SAFE_CHECKS = tuple(check for check in ALL if check.gate is Gate.NONE)
SAMPLES = 20  # latency round trips: enough for a figure, quick on a real printer
STREAM_LINES = 100


@dataclass(frozen=True)
class Probe:
    port: str
    answered: bool
    firmware_name: str
    profile: str | None  # proposed profile (None: the firmware never answered)
    send_window: int | None  # proposed fixed window (None: the profile counts bytes)
    reason: str  # why this profile and window, or why the port was left out
    verdict_line: str
    report: HilReport | None = field(default=None, compare=False)  # kept for the printer

    @property
    def usable(self) -> bool:
        return self.answered and self.profile is not None


def probe(port: str, baud: int, ok_timeout_s: float | None = None) -> Probe:
    options = RunOptions(
        port=port, baud=baud, profile="auto", samples=SAMPLES, stream_lines=STREAM_LINES,
        ok_timeout_s=ok_timeout_s,
    )  # fmt: skip
    report = HilRunner(options, checks=SAFE_CHECKS).run()
    report.ran_by = "printfarm-agent setup"
    return _conclude(port, report)


def _conclude(port: str, report: HilReport) -> Probe:
    answered = any(c.id == "connect" and c.status is CheckStatus.PASSED for c in report.checks)
    suggestion = report.suggestion
    if not answered or suggestion is None:
        why = next((c.summary for c in report.checks if c.status is CheckStatus.FAILED), "")
        return Probe(port, False, report.firmware_name, None, None,
                     why or "no answer", report.verdict_line)  # fmt: skip
    profile = load_profile(suggestion.profile)
    reason = suggestion.reason
    window: int | None = suggestion.send_window
    if profile.capabilities.rx_buffer_bytes is not None:
        # A fixed window would replace the profile's byte-counted one, which fills the
        # firmware's receive buffer exactly: better than any line count.
        window = None
        reason += (
            f"; lines counted against the firmware's {profile.capabilities.rx_buffer_bytes}"
            "-byte receive buffer (profile), so no fixed send_window"
        )
    if report.verdict is not Verdict.PASSED:
        reason += "; some checks FAILED: run printfarm-hil --verbose on this port"
    return Probe(port, True, report.firmware_name, profile.name, window, reason,
                 report.verdict_line, report)  # fmt: skip
