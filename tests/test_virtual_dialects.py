"""Each firmware family answers in its own words: resend spelling, M115, M105, and a
whole (short) file streams through every dialect with the record intact."""

from __future__ import annotations

import pytest

from agent.profiles import Dialect
from agent.virtual import VirtualPrinterConfig, start_virtual_printer
from agent.virtual.api import VirtualPrinter
from agent.virtual.testing import SerialHost


def start(dialect: Dialect) -> VirtualPrinter:
    printer = start_virtual_printer(VirtualPrinterConfig(dialect=dialect, instant=True))
    assert isinstance(printer, VirtualPrinter)
    return printer


# What each firmware says to `N1 G1 X5*0` (a wrong checksum) right after `M110 N0`.
RESEND_REPLIES = {
    Dialect.MARLIN: ["Error:checksum mismatch, Last Line: 0", "Resend: 1", "ok"],
    Dialect.PRUSA: ["Error:checksum mismatch, Last Line: 0", "Resend: 1", "ok"],
    Dialect.REPETIER: ["", "Resend:1", "ok"],
    Dialect.SMOOTHIEWARE: ["rs N1"],
    Dialect.KLIPPER: ["ok"],  # checksums ignored: the line simply runs
}


@pytest.mark.parametrize(("dialect", "expected"), RESEND_REPLIES.items())
def test_resend_spelling(dialect: Dialect, expected: list[str]) -> None:
    with start(dialect) as printer, SerialHost(printer.port_path) as host:
        host.handshake()
        host.write(b"N1 G1 X5*0\n")
        assert host.wait_for(lambda line: line == expected[-1], 2) == expected


def test_reprapfirmware_drops_bad_lines_silently() -> None:
    with start(Dialect.REPRAPFIRMWARE) as printer, SerialHost(printer.port_path) as host:
        host.handshake()
        host.write(b"N1 G1 X5*0\n")
        assert host.lines_for(0.3) == []
        assert host.command("G1 X5") == ["ok"]
        assert printer.executed == ["G1 X5"]


def test_repetier_skips_lines_it_has_seen_and_acknowledges_with_numbers() -> None:
    with start(Dialect.REPETIER) as printer, SerialHost(printer.port_path) as host:
        host.handshake()
        assert host.command("G1 X1") == ["ok 1"]
        host.number = 0
        assert host.command("G1 X1") == ["skip 1", "ok"]
        assert printer.executed == ["G1 X1"]


M115_PREFIX = {
    Dialect.MARLIN: "FIRMWARE_NAME:Marlin",
    Dialect.PRUSA: "FIRMWARE_NAME:Prusa-Firmware",
    Dialect.REPRAPFIRMWARE: "FIRMWARE_NAME: RepRapFirmware for Duet",
    Dialect.KLIPPER: "ok FIRMWARE_NAME:Klipper FIRMWARE_VERSION:",
    Dialect.SMOOTHIEWARE: "FIRMWARE_NAME:Smoothieware",
    Dialect.REPETIER: "FIRMWARE_NAME:Repetier_",
}

M105_PREFIX = {
    Dialect.MARLIN: "ok T:20.00 /0.00 B:20.00 /0.00",
    Dialect.PRUSA: "ok T:20.0 /0.0 B:20.0 /0.0 T0:20.0 /0.0",
    Dialect.REPRAPFIRMWARE: "ok T:20.0 /0.0 B:20.0 /0.0",
    Dialect.KLIPPER: "ok B:20.0 /0.0 T0:20.0 /0.0",
    Dialect.SMOOTHIEWARE: "ok T:20.0 /0.0 @0 B:20.0 /0.0 @0",
    Dialect.REPETIER: "T:20.00 /0 B:20.00 /0",
}


@pytest.mark.parametrize("dialect", list(Dialect))
def test_identity_and_temperatures(dialect: Dialect) -> None:
    with start(dialect) as printer, SerialHost(printer.port_path) as host:
        host.handshake()
        host.send("M115")  # Repetier acknowledges first, then answers
        assert host.wait_for(lambda line: line.startswith(M115_PREFIX[dialect]), 2)
        host.send("M105")
        lines = host.wait_for(lambda line: line.startswith(M105_PREFIX[dialect]), 2)
        assert lines


FILE = ["G28", "G90", "M82", "G92 E0"] + [
    f"G1 X{i % 40} Y{(i * 7) % 40} E{i * 0.05:.2f} F2400" for i in range(1, 201)
]


@pytest.mark.parametrize("dialect", list(Dialect))
def test_every_dialect_streams_a_file_identically(dialect: Dialect) -> None:
    with start(dialect) as printer:
        ok_after_resend = dialect is not Dialect.SMOOTHIEWARE
        with SerialHost(printer.port_path, ok_after_resend=ok_after_resend) as host:
            host.handshake()
            host.stream(FILE, reply_timeout=0.5)
            host.send("M400")
            host.wait_for(lambda line: line.startswith("ok"), 2)
        assert printer.executed == [*FILE, "M400"]


def targets(host: SerialHost) -> tuple[str, str]:
    """(hotend, bed) targets from an RRF or Klipper M105 reply, e.g. ("200.0", "0.0")."""
    reply = host.command("M105")[-1]
    hotend = reply.split("T0:" if "T0:" in reply else "T:")[1].split("/")[1].split()[0]
    bed = reply.split("B:")[1].split("/")[1].split()[0]
    return hotend, bed


def test_reprapfirmware_tool_temperatures_follow_m568() -> None:
    with start(Dialect.REPRAPFIRMWARE) as printer, SerialHost(printer.port_path) as host:
        host.handshake()
        host.command("M104 S200")
        assert targets(host) == ("200.0", "0.0")
        host.command("M568 P0 S210 R150 A1")  # standby
        assert targets(host) == ("150.0", "0.0")
        host.command("M568 P0 A2")  # active again, at the new active temperature
        assert targets(host) == ("210.0", "0.0")
        host.command("M568 P0 A0")  # off, though its temperatures are kept
        assert targets(host) == ("0.0", "0.0")
        host.command("T0")  # selecting the tool makes it active
        assert targets(host) == ("210.0", "0.0")
        host.command("G10 P0 S190 R100")  # the older spelling
        assert targets(host) == ("190.0", "0.0")
        host.command("M568 P0 S0 R0 A0")  # the profile's cancel script
        assert targets(host) == ("0.0", "0.0")


def temperatures(host: SerialHost) -> tuple[float, float]:
    """(hotend, bed) actual temperatures from an RRF M105 reply."""
    reply = host.command("M105")[-1]
    return float(reply.split("T:")[1].split()[0]), float(reply.split("B:")[1].split()[0])


def test_reprapfirmware_m116_waits_for_every_heater() -> None:
    config = VirtualPrinterConfig(dialect=Dialect.REPRAPFIRMWARE, speed=500)
    printer = start_virtual_printer(config)
    assert isinstance(printer, VirtualPrinter)
    with printer, SerialHost(printer.port_path) as host:
        host.handshake()
        host.command("M140 S60")
        host.command("M568 P0 S200 A2")
        hotend, bed = temperatures(host)
        assert hotend < 150  # far from their targets: M116 has to wait
        assert bed < 50
        assert host.command("M116", timeout=5) == ["ok"]
        hotend, bed = temperatures(host)
        assert abs(hotend - 200) <= 1.0
        assert abs(bed - 60) <= 1.0


def test_klipper_heater_commands() -> None:
    with start(Dialect.KLIPPER) as printer, SerialHost(printer.port_path) as host:
        host.handshake()
        host.command("SET_HEATER_TEMPERATURE HEATER=extruder TARGET=205")
        host.command("set_heater_temperature heater=heater_bed target=60")
        assert targets(host) == ("205.0", "60.0")
        assert host.command("SET_HEATER_TEMPERATURE HEATER=extruder9 TARGET=1") == [
            "!! The value 'extruder9' is not valid for HEATER",
            "ok",
        ]
        host.command("SET_HEATER_TEMPERATURE HEATER=extruder")  # TARGET defaults to 0
        assert targets(host) == ("0.0", "60.0")
        host.command("SET_HEATER_TEMPERATURE HEATER=extruder TARGET=205")
        host.command("TURN_OFF_HEATERS")
        assert targets(host) == ("0.0", "0.0")
        assert printer.executed[-1] == "TURN_OFF_HEATERS"


def test_marlin_does_not_know_m568() -> None:
    with start(Dialect.MARLIN) as printer, SerialHost(printer.port_path) as host:
        host.handshake()
        assert host.command("M568 P0 A0") == ['echo:Unknown command: "M568 P0 A0"', "ok"]
