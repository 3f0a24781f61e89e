"""Run the checks in order, gate the risky ones, and always leave the heaters off.

Construct (validate options, load the profile), then run: each check gets the link and
what earlier checks found; its evidence is the lines exchanged while it ran. Whatever
happens (a failed check, an exception, Ctrl-C), the `finally` sends the heaters-off lines
of the profile's dialect before the port is closed.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

from agent.profiles import FALLBACK_PROFILE, FirmwareProfile, load_profile
from agent.safety import LineRefused
from hil.checks import ALL
from hil.checks.base import GATE_FLAGS, Check, Context, Findings, Gate, Outcome, failed, skipped
from hil.gcode import heaters_off
from hil.link import HilLink, LinkError, Refused
from hil.report import CheckResult, CheckStatus, HilReport, RunOptions, Verdict
from hil.suggest import suggestion

log = logging.getLogger(__name__)
SHUTDOWN_WAIT_S = 5.0


def initial_profile(name: str) -> FirmwareProfile:
    """The named profile; for `auto`, Marlin's until M115 tells, waiting only for quiet."""
    if name != "auto":
        return load_profile(name)
    # No banner to wait for when we do not know the firmware yet: any quiet spell will do.
    generic = {"resets_on_open": False, "start_line": None, "boot_timeout_s": 10.0, "quiet_s": 1.0}
    return load_profile(FALLBACK_PROFILE).with_overrides(connection=generic)


class HilRunner:
    def __init__(
        self,
        options: RunOptions,
        say: Callable[[str], None] | None = None,
        checks: Sequence[Check] = ALL,
    ) -> None:
        self.options = options
        self.checks = tuple(checks)
        self._say = say or (lambda _text: None)
        self.link = HilLink(options.port, options.baud, initial_profile(options.profile),
                            options.ok_timeout_s)  # fmt: skip
        self.findings = Findings()
        self.report = HilReport(options=options, started_at=datetime.now(UTC))

    def _allowed(self, gate: Gate) -> bool:
        return {
            Gate.NONE: True,
            Gate.HEAT: self.options.allow_heat,
            Gate.MOTION: self.options.allow_motion,
            Gate.ESTOP: self.options.allow_estop,
        }[gate]

    def run(self) -> HilReport:
        started = time.monotonic()
        context = Context(self.link, self.options, self.findings, self._say)
        pending = list(self.checks)
        current: list[Check] = []  # the check running when an interrupt comes
        try:
            while pending:
                current = [pending.pop(0)]
                self.report.checks.append(self._run_one(current[0], context))
                current = []
        except KeyboardInterrupt:
            self.report.verdict = Verdict.INTERRUPTED
            self._say("interrupted: turning the heaters off")
            self._skip_all([*current, *pending], "not run: the run was interrupted")
        finally:
            self.report.checks.append(self._shutdown())
            self.link.close()
        self._conclude(time.monotonic() - started)
        return self.report

    # -- one check ----------------------------------------------------------------------
    def _run_one(self, check: Check, context: Context) -> CheckResult:
        if not self._allowed(check.gate):
            outcome = skipped(f"not run: pass {GATE_FLAGS[check.gate]} to allow it")
            return self._result(check, outcome, [], 0.0)
        why = self._cannot_run(check)
        if why:
            return self._result(check, skipped(f"not run: {why}"), [], 0.0)
        self._say(f"checking: {check.title}")
        mark = self.link.mark()
        start = time.monotonic()
        outcome = self._guarded(check, context)
        evidence = self.link.evidence(mark) if outcome.evidence is None else outcome.evidence
        result = self._result(check, outcome, evidence, time.monotonic() - start)
        if result.status is CheckStatus.FAILED and check.id != "connect":
            self._resync()
        return result

    def _cannot_run(self, check: Check) -> str:
        if check.id == "connect":
            return ""
        if not self.findings.answered:
            return "the firmware did not answer"
        if self.findings.halted:
            return "the printer was halted by M112"
        if not self._link_usable():
            return self.link.lost_reason or "the port is closed"
        return ""

    def _guarded(self, check: Check, context: Context) -> Outcome:
        try:
            return check.run(context)
        except (LinkError, Refused, LineRefused) as error:
            return failed(str(error))
        except ValueError as error:  # a line the protocol could not frame
            return failed(f"{type(error).__name__}: {error}")
        except Exception as error:
            # A bug in a check must not stop the others, nor the heaters-off at the end;
            # it is reported as a failure and logged with its traceback.
            log.exception("check %s raised", check.id)
            return failed(f"internal error in check {check.id}: {type(error).__name__}: {error}")

    def _result(
        self, check: Check, outcome: Outcome, evidence: list[str], duration: float
    ) -> CheckResult:
        return CheckResult(
            id=check.id,
            title=check.title,
            status=outcome.status,
            summary=outcome.summary,
            evidence=evidence,
            measurements=outcome.measurements,
            duration_s=round(duration, 3),
        )

    def _link_usable(self) -> bool:
        return self.link.is_open and self.link.lost_reason is None

    def _resync(self) -> None:
        """After a failed check: a fresh resync, so the next check starts clean."""
        if not self._link_usable() or self.findings.halted:
            return
        try:
            self.link.restart_protocol()
            if not self.link.wait_idle(SHUTDOWN_WAIT_S + self.link.settings().ok_timeout_s):
                self.findings.answered = False
        except LinkError:
            self.findings.answered = False

    def _skip_all(self, checks: list[Check], why: str) -> None:
        for check in checks:
            self.report.checks.append(self._result(check, skipped(why), [], 0.0))

    # -- the end ------------------------------------------------------------------------
    def _shutdown(self) -> CheckResult:
        """Heaters off in the dialect's form, whatever happened before."""
        check = Check("heaters_off", "Heaters off on exit", lambda _ctx: skipped(""))
        lines = heaters_off(self.link.profile)
        mark = self.link.mark()
        with _ignoring_interrupts():
            outcome = self._send_heaters_off(lines)
        return self._result(check, outcome, self.link.evidence(mark), 0.0)

    def _send_heaters_off(self, lines: list[str]) -> Outcome:
        link = self.link
        if not link.is_open:
            reason = link.lost_reason or "the port never opened"
            if self.findings.answered or link.lost_reason:
                return failed(f"could not send {', '.join(lines)}: {reason}")
            return skipped(f"nothing to turn off: {reason}")
        try:
            if link.halted is None and not self.findings.halted:
                link.restart_protocol()
                link.send_many(lines)
                if link.wait_idle(SHUTDOWN_WAIT_S + link.settings().ok_timeout_s):
                    return _passed_off(lines, "acknowledged")
            for line in lines:  # halted, or no ok: write them past the protocol
                link.write_out_of_band(line)
        except (LinkError, Refused) as error:
            return failed(f"could not send {', '.join(lines)}: {error}")
        if self.findings.halted or link.halted is not None:
            return _passed_off(
                lines, "written out of band (the firmware is halted; a halt cuts the heaters)"
            )
        return failed(f"{', '.join(lines)} written out of band, but never acknowledged")

    def _conclude(self, duration: float) -> None:
        report = self.report
        report.duration_s = round(duration, 3)
        report.firmware_name = self.findings.firmware_name
        report.profile_used = self.link.profile.name
        if self.findings.answered or self.findings.buffer_depth is not None:
            report.suggestion = suggestion(self.link.profile, self.findings)
        if report.verdict is not Verdict.INTERRUPTED:
            # Nothing passed (the port never opened) is no pass either.
            bad = report.count(CheckStatus.FAILED) > 0 or not self.findings.answered
            report.verdict = Verdict.FAILED if bad else Verdict.PASSED
        report.verdict_line = verdict_line(report)


def _passed_off(lines: list[str], how: str) -> Outcome:
    return Outcome(CheckStatus.PASSED, f"{', '.join(lines)} {how}")


def verdict_line(report: HilReport) -> str:
    counts = (
        f"{report.count(CheckStatus.PASSED)} passed, {report.count(CheckStatus.FAILED)} "
        f"failed, {report.count(CheckStatus.SKIPPED)} skipped"
    )
    word = {
        Verdict.PASSED: "PASS: the agent and this firmware understand each other",
        Verdict.FAILED: "FAIL: fix the failed checks before trusting this printer with a job",
        Verdict.INTERRUPTED: "INTERRUPTED: the run stopped early; heaters were turned off",
    }[report.verdict]
    return f"{word} ({counts})"


@contextmanager
def _ignoring_interrupts() -> Iterator[None]:
    """A second Ctrl-C must not cut the heaters-off short (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
