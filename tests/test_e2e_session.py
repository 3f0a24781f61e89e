"""Pause, resume, cancel and emergency stop on a virtual printer, through the whole stack."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.profiles import load_profile
from agent.session import PrinterSession, SessionConfig, SessionError
from agent.session_model import JobOutcome, PrinterState
from coordinator.samples import synthetic_print, write_gcode
from tests.vp import HOST_QUERIES, VirtualPrinterProcess, agent_cli, file_commands
from tests.waiting import wait_until

pytestmark = pytest.mark.slow


@pytest.fixture
def printer(tmp_path: Path) -> Iterator[VirtualPrinterProcess]:
    # Slow enough (real-time motion x10) that a pause lands mid-print.
    vp = VirtualPrinterProcess(tmp_path, "--speed", "10")
    yield vp
    vp.stop()


@pytest.fixture
def session(printer: VirtualPrinterProcess) -> Iterator[PrinterSession]:
    s = PrinterSession(SessionConfig(port=printer.port, profile="marlin2", reconnect=False))
    s.connect()
    yield s
    s.close()


def _lines_done(session: PrinterSession) -> int:
    job = session.snapshot().job
    return job.lines_done if job else 0


def test_pause_and_resume_return_to_the_file_where_it_stopped(
    session: PrinterSession, printer: VirtualPrinterProcess, tmp_path: Path
) -> None:
    path = write_gcode(tmp_path / "p.gcode", synthetic_print(600))
    session.start_print(path)
    wait_until(lambda: _lines_done(session) > 150, 60, "150 lines printed")
    session.pause()
    assert session.state is PrinterState.PAUSED
    with pytest.raises(SessionError):
        session.start_print(path)
    session.resume()
    result = session.wait_for_job(120)
    assert result is not None
    assert result.outcome is JobOutcome.DONE, result.reason
    session.close()
    printer.stop()
    executed, expected = printer.executed(), file_commands(path)
    # The file runs in order; the pause and resume scripts sit in one place in between.
    split = next(i for i, (a, b) in enumerate(zip(executed, expected, strict=False)) if a != b)
    assert split >= 150
    inserted = len(executed) - len(expected)
    assert inserted >= len(session.profile.gcode.pause)
    assert executed[split + inserted :] == expected[split:]
    assert "M114" not in executed  # the position query is the agent's, not the file's


def test_cancel_stops_feeding_and_runs_the_safe_shutdown(
    session: PrinterSession, printer: VirtualPrinterProcess, tmp_path: Path
) -> None:
    path = write_gcode(tmp_path / "c.gcode", synthetic_print(600))
    session.start_print(path)
    wait_until(lambda: _lines_done(session) > 100, 60, "100 lines printed")
    session.cancel()
    result = session.wait_for_job(10)
    assert result is not None
    assert result.outcome is JobOutcome.CANCELLED
    assert session.wait_for_state({PrinterState.IDLE}, 30) is PrinterState.IDLE
    snap = session.snapshot()
    assert snap.bed_clear is False
    with pytest.raises(SessionError, match="bed is not clear"):
        session.start_print(path)
    session.close()
    printer.stop()
    executed = printer.executed()
    cancel = [c for c in session.profile.render("cancel") if not c.startswith(HOST_QUERIES)]
    assert executed[-len(cancel) :] == cancel
    assert len(executed) < len(file_commands(path))


def test_emergency_stop_halts_the_printer(session: PrinterSession, tmp_path: Path) -> None:
    path = write_gcode(tmp_path / "e.gcode", synthetic_print(600))
    session.start_print(path)
    wait_until(lambda: _lines_done(session) > 50, 60, "50 lines printed")
    session.emergency_stop()
    result = session.wait_for_job(5)
    assert result is not None
    assert result.outcome is JobOutcome.FAILED
    assert session.state is PrinterState.ERROR


def test_cli_prints_a_file_and_exits_zero(tmp_path: Path) -> None:
    vp = VirtualPrinterProcess(tmp_path, "--instant")
    try:
        path = write_gcode(tmp_path / "ok.gcode", synthetic_print(500))
        done = agent_cli("print", str(path), "--port", vp.port)
        assert done.returncode == 0, done.stderr
        assert "done" in done.stderr
    finally:
        vp.stop()
    assert vp.executed() == file_commands(path)


def test_cli_exits_nonzero_and_names_the_cause(tmp_path: Path) -> None:
    vp = VirtualPrinterProcess(tmp_path, "--instant", "--runaway-at-line", "100")
    try:
        path = write_gcode(tmp_path / "bad.gcode", synthetic_print(500))
        done = agent_cli("print", str(path), "--port", vp.port)
    finally:
        vp.stop()
    assert done.returncode == 1
    assert "Thermal Runaway" in done.stderr


def test_cli_sigterm_cancels_with_the_safe_shutdown(tmp_path: Path) -> None:
    """A service manager's SIGTERM mid-print: the profile's cancel script runs, then exit."""
    vp = VirtualPrinterProcess(tmp_path, "--speed", "20")
    path = write_gcode(tmp_path / "long.gcode", synthetic_print(3000))
    try:
        agent = subprocess.Popen(
            [sys.executable, "-c", "from agent.cli import app; app()", "print", str(path),
             "--port", vp.port, "--profile", "marlin2"],
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert agent.stderr is not None
        for line in agent.stderr:  # progress lines prove the print is under way
            if line.startswith("progress"):
                break
        agent.send_signal(signal.SIGTERM)
        _, errors = agent.communicate(timeout=60)
    finally:
        vp.stop()
    assert agent.returncode == 130, errors
    executed = vp.executed()
    cancel = [c for c in load_profile("marlin2").render("cancel") if not c.startswith(HOST_QUERIES)]
    assert executed[-len(cancel) :] == cancel
    assert len(executed) < len(file_commands(path))


def test_cli_reports_a_port_that_does_not_exist(tmp_path: Path) -> None:
    path = write_gcode(tmp_path / "x.gcode", synthetic_print(50))
    done = agent_cli("print", str(path), "--port", str(tmp_path / "no-such-port"))
    assert done.returncode == 1
    assert "no-such-port" in done.stderr
