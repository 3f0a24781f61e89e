"""The printer's state machine on its own: no port, no threads, a scripted firmware.

Each test plays a short conversation: the core's output is parsed line by line, a tiny
Marlin-like script answers it, and the answers are fed back with a made-up clock.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agent.printer_core import PrinterCore
from agent.profiles import load_profile
from agent.protocol.framing import checksum
from agent.session_model import JobOutcome, PrinterState, SessionError, SessionEventKind

FRAMED = re.compile(rb"^N(\d+) (.*)\*(\d+)$")


class ScriptedMarlin:
    """Answers every framed line with `ok` (plus M115/M114 text, M105 with `ok T:..`);
    remembers what ran."""

    def __init__(self) -> None:
        self.executed: list[str] = []
        self.position = b"X:10.00 Y:20.00 Z:0.60 E:5.00 Count X:800 Y:1600 Z:240\n"

    def answer(self, output: bytes) -> bytes:
        replies = b""
        for raw in output.splitlines():
            match = FRAMED.match(raw)
            assert match, f"unframed line {raw!r}"
            body = match.group(2)
            assert checksum(b"N" + match.group(1) + b" " + body) == int(match.group(3))
            command = body.decode()
            if command.startswith("M115"):
                replies += b"FIRMWARE_NAME:Marlin 2.1.2 (Jun 1 2023)\nCap:AUTOREPORT_TEMP:1\n"
            elif command.startswith("M114"):
                replies += self.position
            elif command.startswith("M105"):  # Marlin's M105 prints its own ok
                replies += b"ok T:20.00 /0.00 B:20.00 /0.00 @:0 B@:0\n"
                continue
            elif not command.startswith(("M110", "M113", "M155")):
                self.executed.append(command)
            replies += b"ok\n"
        return replies


def converse(core: PrinterCore, firmware: ScriptedMarlin, now: float, rounds: int = 10000) -> None:
    """Run output -> answers -> feed until the core has nothing more to say."""
    for _ in range(rounds):
        output = core.take_output(now)
        if not output:
            return
        core.feed(firmware.answer(output), now)
    raise AssertionError("the conversation did not settle")


Connected = tuple[PrinterCore, ScriptedMarlin]


@pytest.fixture
def connected() -> Connected:
    core = PrinterCore(load_profile("marlin2"), auto=True, send_window=None)
    firmware = ScriptedMarlin()
    core.start_handshake()
    converse(core, firmware, now=1.0)
    return core, firmware


def _file(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "job.gcode"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_handshake_adopts_capabilities_and_sends_their_setup(connected: Connected) -> None:
    core, firmware = connected
    assert core.state is PrinterState.IDLE
    assert core.profile.capabilities.autoreport_temperature
    assert firmware.executed == []  # M113 and M155 are setup, not printing
    assert core.snapshot().firmware_name.startswith("Marlin")


def test_a_file_prints_in_order_and_the_bed_is_then_taken(
    connected: Connected, tmp_path: Path
) -> None:
    core, firmware = connected
    lines = [f"G1 X{i} Y{i} E0.1" for i in range(40)]
    core.start_print(_file(tmp_path, lines), "job-1", len(lines))
    converse(core, firmware, now=2.0)
    assert firmware.executed == lines
    assert core.state is PrinterState.IDLE
    assert core.last_result is not None
    assert core.last_result.outcome is JobOutcome.DONE
    assert core.snapshot().bed_clear is False
    with pytest.raises(SessionError, match="bed is not clear"):
        core.start_print(_file(tmp_path, lines), "job-2", len(lines))


def test_pause_parks_from_the_reported_position_and_resume_returns(
    connected: Connected, tmp_path: Path
) -> None:
    core, firmware = connected
    lines = ["M104 S215", *[f"G1 X{i} E0.1" for i in range(30)]]
    core.start_print(_file(tmp_path, lines), "job", len(lines))
    on_the_wire = core.take_output(2.0)  # the first line is out, not yet answered
    core.pause("test")
    core.resume()  # before the position is known: it must wait for it
    core.feed(firmware.answer(on_the_wire), 2.0)
    converse(core, firmware, now=2.0)
    ran = firmware.executed
    assert "G1 Z10.6 F600" in ran  # lifted 10 mm above the reported Z 0.6
    assert "G1 X10 Y20 F6000" in ran  # back to the reported X/Y
    assert "M109 S215" in ran  # heated back to what the file asked for
    # The file runs in order around one inserted block (pause, then resume script).
    split = next(i for i, (a, b) in enumerate(zip(ran, lines, strict=False)) if a != b)
    assert ran[:split] == lines[:split]
    assert ran[len(ran) - (len(lines) - split) :] == lines[split:]
    assert core.last_result is not None
    assert core.last_result.outcome is JobOutcome.DONE


def test_firmware_restart_mid_print_fails_the_job_and_reconnects(
    connected: Connected, tmp_path: Path
) -> None:
    core, firmware = connected
    lines = [f"G1 X{i} E0.1" for i in range(30)]
    core.start_print(_file(tmp_path, lines), "job", len(lines))
    core.feed(firmware.answer(core.take_output(2.0)), 2.0)
    core.feed(b"start\necho:Marlin 2.1.2\n", 2.1)
    assert core.last_result is not None
    assert core.last_result.outcome is JobOutcome.FAILED
    assert "firmware restarted" in core.last_result.reason
    assert core.state is PrinterState.CONNECTING
    converse(core, firmware, now=2.2)
    assert core.snapshot().state is PrinterState.IDLE  # mypy narrowed core.state above
    kinds = [event.kind for event in core.events]
    assert SessionEventKind.FIRMWARE_RESTARTED in kinds


def test_a_line_over_the_limit_aborts_with_the_safe_shutdown(
    connected: Connected, tmp_path: Path
) -> None:
    core, firmware = connected
    lines = ["G1 X1 E0.1", "M104 S999", "G1 X2 E0.1"]
    core.start_print(_file(tmp_path, lines), "job", len(lines))
    converse(core, firmware, now=2.0)
    assert core.last_result is not None
    assert core.last_result.outcome is JobOutcome.FAILED
    assert "M104 S999" in core.last_result.reason
    assert "M104 S999" not in firmware.executed
    assert firmware.executed[-len(core.profile.render("cancel")) :] == core.profile.render("cancel")
    assert core.state is PrinterState.IDLE


def test_feed_rates_above_the_maximum_are_clamped_in_the_file_and_on_resume(
    connected: Connected, tmp_path: Path
) -> None:
    core, firmware = connected  # marlin2: F at most 18000
    lines = ["G1 X1 F999999", *[f"G1 X{i} E0.1" for i in range(2, 30)]]
    core.start_print(_file(tmp_path, lines), "job", len(lines))
    on_the_wire = core.take_output(2.0)
    core.pause("test")
    core.feed(firmware.answer(on_the_wire), 2.0)
    converse(core, firmware, now=2.0)
    core.resume()
    converse(core, firmware, now=2.0)
    ran = firmware.executed
    assert ran[0] == "G1 X1 F18000"
    assert "G1 F18000" in ran  # the resume restores the clamped feed rate, not the file's
    assert not [line for line in ran if "999999" in line]
    assert core.last_result is not None
    assert core.last_result.outcome is JobOutcome.DONE


def test_fatal_error_is_an_error_state_with_the_firmware_words(
    connected: Connected, tmp_path: Path
) -> None:
    core, _ = connected
    lines = [f"G1 X{i} E0.1" for i in range(10)]
    core.start_print(_file(tmp_path, lines), "job", len(lines))
    core.take_output(2.0)
    core.feed(b"Error:Thermal Runaway, system stopped! Heater_ID: 0\n", 2.0)
    assert core.state is PrinterState.ERROR
    assert core.last_result is not None
    assert "Thermal Runaway" in core.last_result.reason
