"""The firmware's answer to a console line, gathered by the printer core.

A console line goes out like any host line; every line the firmware sends until that
line's own `ok` is its answer (temperature auto-reports left out unless it asked for
temperatures), capped in lines and bytes. A reset, halt or e-stop ends an open answer
as incomplete, with the reason.
"""

from __future__ import annotations

from agent.console_capture import MAX_BYTES, MAX_LINES, ConsoleCapture
from agent.session_model import PrinterState
from tests.test_printer_core import Connected, connected, converse

__all__ = ["connected"]  # the fixture, used by name below
AUTO_REPORT = " T:200.00 /200.00 B:60.00 /60.00 @:0 B@:0"


def test_m115_answers_with_the_firmware_lines_and_its_ok(connected: Connected) -> None:
    core, firmware = connected
    token = core.send_line("M115")
    converse(core, firmware, now=2.0)
    answer = core.console.answer(token)
    assert answer is not None
    assert answer.lines == (
        "FIRMWARE_NAME:Marlin 2.1.2 (Jun 1 2023)",
        "Cap:AUTOREPORT_TEMP:1",
        "ok",
    )
    assert answer.complete
    assert not answer.truncated
    again = core.console.answer(token)  # handed out once, then forgotten
    assert again is not None
    assert again.note == "the answer was forgotten"


def test_m105_keeps_its_temperatures_in_the_ok(connected: Connected) -> None:
    core, firmware = connected
    token = core.send_line("M105")
    converse(core, firmware, now=2.0)
    answer = core.console.answer(token)
    assert answer is not None
    assert answer.lines == ("ok T:20.00 /0.00 B:20.00 /0.00 @:0 B@:0",)


def test_auto_reports_are_noise_but_echo_lines_belong_to_the_answer(
    connected: Connected,
) -> None:
    core, _ = connected
    token = core.send_line("M503")
    assert core.take_output(2.0).endswith(b"\n")
    core.feed(f"{AUTO_REPORT}\necho:  G21    ; Units in mm\n{AUTO_REPORT}\n".encode(), 2.1)
    assert core.console.answer(token) is None  # no ok yet: still open
    core.feed(b"echo:  M149 C\nok\n", 2.2)
    answer = core.console.answer(token)
    assert answer is not None
    assert answer.lines == ("echo:  G21    ; Units in mm", "echo:  M149 C", "ok")


def test_an_answer_is_capped_in_lines_and_bytes() -> None:
    capture = ConsoleCapture()
    token = capture.begin("M43")
    for n in range(MAX_LINES * 2):
        capture.received(f"PIN: {n:3d} " + "x" * 40)
    capture.acked(token, "")
    answer = capture.answer(token)
    assert answer is not None
    assert answer.truncated
    assert len(answer.lines) <= MAX_LINES
    assert sum(len(line) + 1 for line in answer.lines) <= MAX_BYTES


def test_a_halt_ends_the_open_answer_with_the_reason(connected: Connected) -> None:
    core, _ = connected
    token = core.send_line("G28")
    core.take_output(2.0)
    core.feed(b"Error:Printer halted. kill() called!\n", 2.1)
    assert core.state is PrinterState.ERROR
    answer = core.console.answer(token)
    assert answer is not None
    assert not answer.complete
    assert "halted" in answer.note


def test_a_caller_that_gives_up_leaves_the_late_lines_to_its_own_line() -> None:
    """The first line's late lines must not be taken for the second line's answer."""
    capture = ConsoleCapture()
    slow = capture.begin("G28")
    partial = capture.give_up(slow, "no ok within 8 s")
    assert partial.note == "no ok within 8 s"
    assert not partial.complete
    quick = capture.begin("M114")
    capture.received("echo:homing done")
    capture.acked(slow, "")
    capture.received("X:0.00 Y:0.00 Z:0.00 E:0.00")
    capture.acked(quick, "")
    answer = capture.answer(quick)
    assert answer is not None
    assert answer.lines == ("X:0.00 Y:0.00 Z:0.00 E:0.00", "ok")
    assert not capture.listening
