"""The HIL suite against the virtual printer on a real pty, for every dialect.

Each test starts its own virtual printer process (tests/vp.py) and runs the suite either
in-process (HilRunner) or as the real `printfarm-hil` command. The virtual printer runs
instantly (heating, motion and dwell take no time); latency and throughput use few
samples; a short ok-timeout keeps the recovery of injected faults quick.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from agent.profiles import Dialect
from hil.checks import connect, heating
from hil.checks.base import Check, Context, Gate, Outcome
from hil.report import CheckStatus, HilReport, RunOptions, Verdict
from hil.runner import HilRunner
from tests.vp import VirtualPrinterProcess

pytestmark = pytest.mark.slow

FITS = {
    Dialect.MARLIN: "marlin2",
    Dialect.PRUSA: "prusa",
    Dialect.REPRAPFIRMWARE: "reprapfirmware",
    Dialect.KLIPPER: "klipper",
    Dialect.SMOOTHIEWARE: "smoothieware",
    Dialect.REPETIER: "repetier",
}
FAULTS = {"clean": (), "faulty": ("--noise", "5", "--lost-lines", "1", "--seed", "7")}
P, S = CheckStatus.PASSED, CheckStatus.SKIPPED


def expected_outcomes(dialect: Dialect) -> dict[str, CheckStatus]:
    return {
        "connect": P, "identity": P, "numbering": P,
        # Klipper ignores checksums: there is nothing to corrupt.
        "resend": S if dialect is Dialect.KLIPPER else P,
        "temperatures": P, "buffer": P, "latency": P, "throughput": P,
        "heating": P, "motion": P, "estop": S, "heaters_off": P,
    }  # fmt: skip


def options(port: str, **changes: object) -> RunOptions:
    values: dict[str, object] = {
        "port": port, "baud": 115200, "samples": 20, "stream_lines": 60, "ok_timeout_s": 0.5,
    }  # fmt: skip
    values.update(changes)
    return RunOptions.model_validate(values)


def outcomes(report: HilReport) -> dict[str, CheckStatus]:
    return {check.id: check.status for check in report.checks}


def explain(report: HilReport) -> str:
    return "\n".join(f"{c.id}: {c.status} {c.summary} {c.evidence}" for c in report.checks)


@pytest.mark.parametrize("faults", FAULTS)
@pytest.mark.parametrize("dialect", list(Dialect))
def test_every_dialect_passes_with_and_without_faults(
    tmp_path: Path, dialect: Dialect, faults: str
) -> None:
    vp = VirtualPrinterProcess(tmp_path, "--dialect", dialect.value, "--instant", *FAULTS[faults])
    try:
        timeout = 0.25 if faults == "faulty" else 0.5  # instant printer: oks come at once
        run = options(vp.port, allow_heat=True, allow_motion=True, ok_timeout_s=timeout)
        report = HilRunner(run).run()
    finally:
        vp.stop()
    assert outcomes(report) == expected_outcomes(dialect), explain(report)
    assert report.verdict is Verdict.PASSED
    assert report.exit_code == 0
    assert report.profile_used == FITS[dialect]
    assert report.suggestion is not None
    assert report.suggestion.profile == FITS[dialect]
    latency = report.check("latency").measurements
    assert latency["samples"] == 20
    median, p99 = latency["median_ms"], latency["p99_ms"]
    assert isinstance(median, float), latency
    assert isinstance(p99, float), latency
    assert 0 < median <= p99
    if faults == "faulty" and dialect is not Dialect.KLIPPER:
        # The faults really happened, and the agent's protocol recovered from them.
        log = "\n".join(line for check in report.checks for line in check.evidence)
        assert "Resend" in log or "rs " in log or report.check("resend").measurements["timeouts"]


def test_a_klipper_printer_checked_with_the_marlin_profile_is_a_mismatch(tmp_path: Path) -> None:
    vp = VirtualPrinterProcess(tmp_path, "--dialect", "klipper", "--instant")
    try:
        report = HilRunner(options(vp.port, profile="marlin2")).run()
    finally:
        vp.stop()
    identity = report.check("identity")
    assert identity.status is CheckStatus.FAILED
    assert "profile mismatch" in identity.summary
    assert "fits profile klipper, not marlin2" in identity.summary
    # Klipper does not check checksums, so the Marlin-style resend never comes.
    assert report.check("resend").status is CheckStatus.FAILED
    assert "Resend: N" in report.check("resend").summary
    assert report.verdict is Verdict.FAILED
    assert report.exit_code == 1
    assert report.suggestion is not None
    assert (report.suggestion.profile, report.suggestion.send_window) == ("klipper", 1)


def test_emergency_stop_only_when_allowed_and_the_printer_halts(tmp_path: Path) -> None:
    vp = VirtualPrinterProcess(tmp_path, "--instant")
    try:
        report = HilRunner(options(vp.port, allow_estop=True)).run()
    finally:
        vp.stop()
    estop = report.check("estop")
    assert estop.status is CheckStatus.PASSED, explain(report)
    assert "halted" in estop.summary
    assert any(line.startswith("> M112") for line in estop.evidence)
    assert report.check("heaters_off").status is CheckStatus.PASSED


def _heat_then_crash(ctx: Context) -> Outcome:
    ctx.link.command("M104 S60", ctx.recovery_budget_s)
    ctx.link.command("M140 S40", ctx.recovery_budget_s)
    raise RuntimeError("a bug in a check, mid-heating")


def test_a_check_that_raises_still_leaves_the_heaters_off(tmp_path: Path) -> None:
    vp = VirtualPrinterProcess(tmp_path, "--speed", "1")
    crash = Check("crash", "Heats, then raises", _heat_then_crash, Gate.HEAT)
    runner = HilRunner(options(vp.port, allow_heat=True),
                       checks=[connect.CHECK, crash])  # fmt: skip
    try:
        report = runner.run()
    finally:
        vp.stop()
    assert report.check("crash").status is CheckStatus.FAILED
    assert "RuntimeError: a bug in a check" in report.check("crash").summary
    assert report.check("heaters_off").status is CheckStatus.PASSED
    executed = vp.record.read_text().splitlines()
    assert executed[-2:] == ["M104 S0", "M140 S0"]
    assert executed.index("M104 S60") < executed.index("M104 S0")


def test_ctrl_c_mid_heating_leaves_the_heaters_off_and_writes_the_report(tmp_path: Path) -> None:
    # Real time: heating to 60 °C takes long enough to interrupt it halfway.
    vp = VirtualPrinterProcess(tmp_path, "--speed", "1")
    report_path = tmp_path / "report.json"
    command = [sys.executable, "-c", "from hil.cli import app; app()", "--port", vp.port,
               "--allow-heat", "--samples", "5", "--stream-lines",
               "20", "--json", str(report_path)]  # fmt: skip
    env = dict(os.environ, COLUMNS="160")
    cli = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env=env)  # fmt: skip
    heating_started = threading.Event()
    progress: list[str] = []

    def follow() -> None:
        assert cli.stderr is not None
        for line in cli.stderr:
            progress.append(line)
            if "heating to" in line:
                heating_started.set()

    reader = threading.Thread(target=follow, daemon=True)
    reader.start()
    try:
        assert heating_started.wait(60), "".join(progress)
        cli.send_signal(signal.SIGINT)
        stdout, _ = cli.communicate(timeout=60)
    finally:
        if cli.poll() is None:
            cli.kill()
        vp.stop()
    reader.join(5)
    assert cli.returncode == 130, stdout + "".join(progress)
    assert "INTERRUPTED" in stdout
    report = HilReport.model_validate(json.loads(report_path.read_text()))
    assert report.verdict is Verdict.INTERRUPTED
    assert report.check("heating").status is CheckStatus.SKIPPED
    assert report.check("heaters_off").status is CheckStatus.PASSED
    executed = vp.record.read_text().splitlines()
    assert f"M104 S{heating.HOTEND_C:g}" in executed
    assert executed[-2:] == ["M104 S0", "M140 S0"], executed[-6:]


def test_the_cli_reports_a_port_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-port"
    result = subprocess.run(
        [sys.executable, "-c", "from hil.cli import app; app()", "--port", str(missing)],
        capture_output=True, text=True, timeout=60, check=False,
        env=dict(os.environ, COLUMNS="160"),
    )  # fmt: skip
    assert result.returncode == 1
    assert "cannot open" in result.stdout
    assert "FAIL" in result.stdout
