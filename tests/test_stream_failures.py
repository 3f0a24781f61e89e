"""A line that cannot be streamed ends the job `failed` with its cause, never `done`.

The state machine alone with a scripted firmware (as tests/test_printer_core.py): the
session checks a file before it starts (agent/gcode_check.py), but a file can still
change under a running print, so a line that cannot be read mid-stream must fail the
job, run the safe shutdown and print nothing after it.
"""

from __future__ import annotations

from pathlib import Path

from agent.link.printer import classify_failure
from agent.printer_core import PrinterCore
from agent.profiles import load_profile
from agent.session_model import JobOutcome, PrinterState
from agent.wire import FailureCause
from tests.test_printer_core import ScriptedMarlin, converse


def _connected() -> tuple[PrinterCore, ScriptedMarlin]:
    core = PrinterCore(load_profile("marlin2"), auto=False, send_window=None)
    firmware = ScriptedMarlin()
    core.start_handshake()
    converse(core, firmware, now=1.0)
    assert core.state is PrinterState.IDLE
    return core, firmware


def _assert_failed_safely(core: PrinterCore, firmware: ScriptedMarlin, before: list[str]) -> str:
    result = core.last_result
    assert result is not None
    assert result.outcome is JobOutcome.FAILED
    cancel = core.profile.render("cancel")
    printed, shutdown = firmware.executed[: -len(cancel)], firmware.executed[-len(cancel) :]
    assert shutdown == cancel
    assert printed == before[: len(printed)]  # lines queued behind it are dropped, never sent
    assert core.state is PrinterState.IDLE
    return result.reason


def test_a_file_cut_to_a_huge_line_mid_print_fails_the_job(tmp_path: Path) -> None:
    core, firmware = _connected()
    good = [f"G1 X{i} E0.1" for i in range(5)]
    path = tmp_path / "job.gcode"
    path.write_bytes(("\n".join(good) + "\n").encode() + b"G1 X1 " * 20000)
    core.start_print(path, "job", 6)
    converse(core, firmware, now=2.0)
    reason = _assert_failed_safely(core, firmware, good)
    assert "line 6 is longer than 65536 bytes" in reason
    assert core.last_result is not None
    assert classify_failure(core.last_result) is FailureCause.FILE_ERROR  # the wire's cause
