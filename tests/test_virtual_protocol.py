"""The virtual printer speaks Marlin 2 over a real pseudo-terminal.

Each test starts its own simulator in-process, opens its pty with pyserial and plays a
short conversation, checking the firmware's replies verbatim.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from agent.virtual import VirtualPrinter, VirtualPrinterConfig, start_virtual_printer
from agent.virtual.testing import SerialHost, frame


@pytest.fixture
def printer(request: pytest.FixtureRequest) -> Iterator[VirtualPrinter]:
    config = VirtualPrinterConfig(**getattr(request, "param", {}))
    handle = start_virtual_printer(config)
    assert isinstance(handle, VirtualPrinter)
    yield handle
    handle.stop()


@pytest.fixture
def host(printer: VirtualPrinter) -> Iterator[SerialHost]:
    with SerialHost(printer.port_path) as h:
        h.handshake()
        yield h


def is_ok(line: str) -> bool:
    return line.startswith("ok")


def test_handshake_and_temperature_report(host: SerialHost) -> None:
    assert host.command("M105") == ["ok T:20.00 /0.00 B:20.00 /0.00 @:0 B@:0"]


def test_checksum_error_is_answered_exactly_like_marlin(host: SerialHost) -> None:
    host.command("G28")
    host.write(b"N2 G1 X5*0\n")
    assert host.wait_for(is_ok) == [
        "Error:checksum mismatch, Last Line: 1",
        "Resend: 2",
        "ok",
    ]


def test_out_of_sequence_and_missing_checksum(host: SerialHost) -> None:
    host.write(frame(5, "G1 X1"))
    assert host.wait_for(is_ok) == [
        "Error:Line Number is not Last Line Number+1, Last Line: 0",
        "Resend: 1",
        "ok",
    ]
    host.write(b"N1 G1 X1\n")
    assert host.wait_for(is_ok)[0] == "Error:No Checksum with line number, Last Line: 0"
    host.command("G1 X1")
    host.write(frame(1, "G1 X1"))  # a repeat of a line already executed
    assert host.wait_for(is_ok)[:2] == [
        "Error:Line Number is not Last Line Number+1, Last Line: 1",
        "Resend: 2",
    ]


def test_m110_resets_the_line_number(host: SerialHost) -> None:
    host.command("G90")
    host.command("G90")
    host.write(frame(9, "M110 N40"))
    host.wait_for(is_ok)
    host.write(frame(41, "G91"))
    assert host.wait_for(is_ok) == ["ok"]


def test_unknown_command(host: SerialHost) -> None:
    assert host.command("G999 X1") == ['echo:Unknown command: "G999 X1"', "ok"]


def test_m114_and_m115(host: SerialHost) -> None:
    host.command("G92 X10 Y20")
    assert host.command("M114") == ["X:10.00 Y:20.00 Z:0.00 E:0.00 Count X:800 Y:1600 Z:0", "ok"]
    reply = host.command("M115")
    assert reply[0].startswith("FIRMWARE_NAME:Marlin 2.")
    assert "Cap:AUTOREPORT_TEMP:1" in reply
    assert "Cap:EMERGENCY_PARSER:1" in reply
    assert not any("ADVANCED_OK" in line for line in reply)  # Marlin never lists it


@pytest.mark.parametrize("printer", [{"speed": 20}], indirect=True)
def test_m155_autoreport_follows_the_sim_clock(host: SerialHost) -> None:
    host.command("M155 S1")
    start = time.monotonic()
    reports = [line for line in host.lines_for(0.5) if line.startswith(" T:")]
    elapsed = time.monotonic() - start
    # One report per simulated second at 20x: about 10 in half a real second.
    assert 5 <= len(reports) <= elapsed * 20 + 2
    host.command("M155 S0")
    host.lines_for(0.1)
    assert not [line for line in host.lines_for(0.2) if line.startswith(" T:")]


@pytest.mark.parametrize("printer", [{"speed": 100}], indirect=True)
def test_m109_blocks_with_busy_keepalives_and_wait_reports(host: SerialHost) -> None:
    lines = host.command("M109 S200", timeout=10)
    assert lines[-1] == "ok"
    assert "echo:busy: processing" in lines
    waits = [line for line in lines if line.endswith("W:?")]
    assert waits
    assert waits[0].startswith(" T:")
    assert "/200.00" in waits[0]
    # The residency counted down and ran out: the last report came within one report
    # interval of the end (W:0, or W:1 when a late step on a loaded machine put the end
    # between two reports, as Marlin's 1 s reports can too). A busy: keepalive, on its own
    # timer, may come between the last report and the ok.
    reports = [line for line in lines if " W:" in line]
    counts = [int(line.rsplit("W:", 1)[1]) for line in reports if not line.endswith("W:?")]
    assert counts == sorted(counts, reverse=True), reports  # a countdown
    assert counts[-1] <= 1, reports
    report = host.command("M105")[0]  # "ok T:199.57 /200.00 ..."
    assert abs(float(report.split()[1][2:]) - 200) <= 1.0


@pytest.mark.parametrize("printer", [{"speed": 1, "bufsize": 4}], indirect=True)
def test_a_blocked_printer_drops_what_its_rx_ring_cannot_hold(
    host: SerialHost, printer: VirtualPrinter
) -> None:
    """Like Marlin on an AVR: while G4 blocks, nothing more is read, the 128-byte RX ring
    fills to 127 bytes and what arrives after that is lost. The next line merges with the
    remains of the damaged one and is refused with a resend request for it; everything
    before it was executed."""
    host.send("G4 S1")  # dwell one simulated (= real) second
    for _ in range(12):
        host.send("G1 X1")  # 12 x 14 bytes: more than the ring holds
    assert host.lines_for(0.3) == []  # nothing is acknowledged while G4 runs
    fw = printer.firmware
    assert 1 <= len(fw.queue) <= 4
    assert len(fw.rx) <= 127
    assert fw.rx_overflows >= 1
    oks = host.wait_for(lambda _line: sum(map(is_ok, host.transcript)) >= 10, 5)
    assert all(line == "ok" for line in oks)
    host.send("G1 X1")  # the ring has room again: this line arrives whole
    lines = host.wait_for(lambda line: line.startswith("Resend:"), 5)
    assert any(line.startswith("Error:") for line in lines)
    resend = int(lines[-1].split(":")[1])
    assert 2 <= resend <= 14
    assert printer.executed == ["G4 S1"] + ["G1 X1"] * (resend - 2)


@pytest.mark.parametrize(
    "printer", [{"speed": 1, "advanced_ok": True, "bufsize": 4, "planner_size": 16}], indirect=True
)
def test_advanced_ok_reports_free_slots(host: SerialHost) -> None:
    assert host.command("G90") == ["ok N1 P15 B3"]
    reply = host.command("G1 X100 F600")  # ten seconds of motion: one block stays
    assert reply == ["ok N2 P14 B3"]


@pytest.mark.parametrize("printer", [{"speed": 1, "bufsize": 4}], indirect=True)
def test_m112_acts_even_when_the_queue_is_full(host: SerialHost) -> None:
    host.send("G4 S30")
    for _ in range(3):
        host.send("G1 X1")
    host.write(b"M112\n")
    assert host.wait_for(lambda line: line.startswith("Error"), 2) == [
        "Error:Printer halted. kill() called!"
    ]
    host.send("M105")
    assert host.lines_for(0.3) == []  # halted: nothing is answered


def test_record_equals_what_was_sent(host: SerialHost, printer: VirtualPrinter) -> None:
    commands = ["G28", "G90", "G1 X10 Y10 F3000", "M104 S0", "G1 X20", "M84", "M107"]
    host.command("M105")
    for command in commands:
        host.command(command)
    host.command("M114")
    assert printer.executed == commands  # M105 and M114 are host queries, not recorded


@pytest.mark.parametrize("speed", [1.0, 10.0])
def test_motion_time_scales_with_the_clock(speed: float) -> None:
    # 200 mm at 100 mm/s: about 2 simulated seconds (plus acceleration).
    with (
        start_virtual_printer(VirtualPrinterConfig(speed=speed)) as printer,
        SerialHost(printer.port_path) as host,
    ):
        host.handshake()
        host.command("G1 X200 F6000")
        start = time.monotonic()
        host.command("M400", timeout=10)
        elapsed = time.monotonic() - start
    expected = 2.0 / speed
    assert expected * 0.8 < elapsed < expected * 1.5 + 0.1


def test_instant_mode_takes_no_time() -> None:
    with (
        start_virtual_printer(VirtualPrinterConfig(instant=True)) as printer,
        SerialHost(printer.port_path) as host,
    ):
        host.handshake()
        start = time.monotonic()
        host.command("G28")
        host.command("M190 S60")
        host.command("M109 S210")
        host.command("G1 X200 F60")
        host.command("M400")
        assert time.monotonic() - start < 1.0
        assert host.command("M105")[0].startswith("ok T:210.00 /210.00 B:60.00 /60.00")
