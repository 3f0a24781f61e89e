"""The fault matrix: the whole agent stack (session, protocol, transport, pyserial) against a
real virtual printer process on a pseudo-terminal, with faults injected by the printer.

"Identical" means the virtual printer's record of executed commands equals the file's
commands in order, with the agent's own queries (M105, M115 …) left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pytest

from agent.session import PrinterSession, SessionConfig
from agent.session_model import JobOutcome, JobRefused, JobResult, PrinterState
from coordinator.samples import short_segments, synthetic_print, write_gcode
from tests.vp import VirtualPrinterProcess, file_commands

pytestmark = pytest.mark.slow
JOB_TIMEOUT_S = 120


@pytest.fixture
def print_2000(tmp_path: Path) -> Path:
    return write_gcode(tmp_path / "print.gcode", synthetic_print(2000))


class Rig:
    """A virtual printer process and an agent session connected to it."""

    def __init__(
        self, tmp: Path, flags: list[str], profile: str = "auto", send_window: int | None = None
    ) -> None:
        self.printer = VirtualPrinterProcess(tmp, *flags)
        config = SessionConfig(port=self.printer.port, profile=profile, send_window=send_window)
        self.session = PrinterSession(config)
        try:
            self.session.connect()
        except Exception:
            self.printer.stop()
            raise

    def print_file(self, path: Path) -> JobResult:
        self.session.start_print(path)
        result = self.session.wait_for_job(JOB_TIMEOUT_S)
        assert result is not None, f"job did not end within {JOB_TIMEOUT_S} s"
        return result

    def close(self) -> list[str]:
        self.session.close()
        self.printer.stop()
        return self.printer.executed()


class RigFactory(Protocol):
    def __call__(
        self, flags: list[str], profile: str = "auto", send_window: int | None = None
    ) -> Rig: ...


@pytest.fixture
def rig_factory(tmp_path: Path) -> Iterator[RigFactory]:
    rigs: list[Rig] = []

    def make(flags: list[str], profile: str = "auto", send_window: int | None = None) -> Rig:
        rig = Rig(tmp_path, flags, profile, send_window)
        rigs.append(rig)
        return rig

    yield make
    for rig in rigs:
        rig.close()


def _print_identically(rig: Rig, path: Path) -> None:
    result = rig.print_file(path)
    assert result.outcome is JobOutcome.DONE, result.reason
    assert result.progress.lines_done == result.progress.lines_total
    assert rig.close() == file_commands(path)


FAULTS = {
    "line-noise-5pct": ["--noise", "5"],
    "lost-lines-1pct": ["--lost-lines", "1"],
    "duplicate-ok-2pct": ["--dup-ok", "2"],
    "garbled-replies-1pct": ["--garble", "1"],
}


def test_each_lost_line_is_recovered_within_two_seconds(
    rig_factory: RigFactory, print_2000: Path
) -> None:
    rig = rig_factory(["--instant", "--seed", "5", "--lost-lines", "1"])
    stats_before = rig.session.link_stats()
    _print_identically(rig, print_2000)
    stats = rig.session.link_stats()
    # Losses happened and were detected: by the next line's number (a resend request)
    # while more lines are in flight, by the ok-timeout when none follows.
    detected = stats.timeouts + stats.resend_requests
    assert detected > stats_before.timeouts + stats_before.resend_requests
    assert stats.worst_stall_s <= 2.0


@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
def test_faults_on_the_link_leave_the_print_identical(
    rig_factory: RigFactory, print_2000: Path, fault: list[str]
) -> None:
    rig = rig_factory(["--instant", "--seed", "7", *fault])
    _print_identically(rig, print_2000)


def test_windowed_sending_with_line_noise_is_identical(
    rig_factory: RigFactory, print_2000: Path
) -> None:
    rig = rig_factory(
        ["--instant", "--seed", "11", "--noise", "5", "--bufsize", "8"], send_window=4
    )
    _print_identically(rig, print_2000)


def test_windowed_sending_with_advanced_ok_is_identical(
    rig_factory: RigFactory, print_2000: Path
) -> None:
    rig = rig_factory(
        [
            "--instant",
            "--seed",
            "3",
            "--bufsize",
            "8",
            "--advanced-ok",
            "--noise",
            "2",
            "--dup-ok",
            "2",
        ],
        send_window=6,
    )
    _print_identically(rig, print_2000)


DIALECTS = ["marlin", "prusa", "reprapfirmware", "klipper", "smoothieware", "repetier"]


@pytest.mark.parametrize("dialect", DIALECTS)
def test_every_dialect_prints_identically_with_its_profile_detected(
    rig_factory: RigFactory, print_2000: Path, dialect: str
) -> None:
    rig = rig_factory(["--instant", "--dialect", dialect])
    expected = {"marlin": "marlin2"}.get(dialect, dialect)
    assert rig.session.profile.name == expected
    _print_identically(rig, print_2000)


def test_firmware_reset_mid_print_aborts_and_never_resumes(
    rig_factory: RigFactory, print_2000: Path
) -> None:
    rig = rig_factory(["--instant", "--reset-at-line", "500"])
    result = rig.print_file(print_2000)
    assert result.outcome is JobOutcome.FAILED
    assert "firmware restarted" in result.reason
    assert rig.session.wait_for_state({PrinterState.IDLE}, 15) is PrinterState.IDLE
    assert rig.session.snapshot().bed_clear is False
    executed = rig.close()
    expected = file_commands(print_2000)
    # Everything executed is the file's prefix: nothing after the reset was streamed.
    assert executed == expected[: len(executed)]
    assert 490 <= len(executed) <= 510


def test_port_gone_interrupts_then_reconnects(rig_factory: RigFactory, print_2000: Path) -> None:
    rig = rig_factory(["--speed", "50", "--disconnect-at-line", "300", "--reconnect-after-s", "1"])
    result = rig.print_file(print_2000)
    assert result.outcome is JobOutcome.INTERRUPTED
    assert "serial port lost" in result.reason
    assert rig.session.wait_for_state({PrinterState.IDLE}, 20) is PrinterState.IDLE
    snap = rig.session.snapshot()
    assert snap.bed_clear is False
    assert snap.last_result is not None
    assert snap.last_result.outcome is JobOutcome.INTERRUPTED


def test_thermal_runaway_fails_the_job_with_the_firmware_words(
    rig_factory: RigFactory, print_2000: Path
) -> None:
    rig = rig_factory(["--instant", "--runaway-at-line", "300"])
    result = rig.print_file(print_2000)
    assert result.outcome is JobOutcome.FAILED
    assert "Thermal Runaway" in result.reason
    assert rig.session.state is PrinterState.ERROR


def test_resend_outside_history_stops_cleanly(rig_factory: RigFactory, tmp_path: Path) -> None:
    path = write_gcode(tmp_path / "long.gcode", short_segments(1500))
    rig = rig_factory(["--instant", "--old-resend-at-line", "1000"])
    result = rig.print_file(path)
    assert result.outcome is JobOutcome.FAILED
    assert "line" in result.reason
    assert rig.session.state is PrinterState.ERROR
    executed = rig.close()
    assert executed[:1000] == file_commands(path)[:1000]


def test_line_above_the_hotend_limit_is_never_sent(rig_factory: RigFactory, tmp_path: Path) -> None:
    """The whole file is checked before its first line goes out: a file with an
    over-limit line is refused at the start and not one of its lines is sent."""
    commands = [*short_segments(50), "M104 S400", *short_segments(50)]
    path = write_gcode(tmp_path / "hot.gcode", commands)
    rig = rig_factory(["--instant"], profile="marlin2")
    with pytest.raises(JobRefused, match=r"file line \d+: M104 S400 refused: hotend maximum"):
        rig.print_file(path)
    assert rig.session.state is PrinterState.IDLE
    assert rig.session.snapshot().bed_clear  # nothing was printed on it
    executed = rig.close()
    assert not set(commands) & set(executed)
