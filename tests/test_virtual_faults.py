"""Every fault flag of the virtual printer has a visible, reproducible effect.

A small host streams a short file one line per ok, resending on request or after a
short silence; the record must still equal the file (the faults hit the link, not the
print), and the transcript must show the fault at work.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from agent.virtual import FaultConfig, VirtualPrinterConfig, start_virtual_printer
from agent.virtual.api import VirtualPrinter, wait_for_path
from agent.virtual.testing import SerialHost

FILE = [f"G1 X{i % 50}.5 Y{i % 17}.25 E{i * 0.01:.2f} F3000" for i in range(1, 301)]


def stream_with(faults: FaultConfig) -> tuple[list[str], list[str], dict[str, int]]:
    """Stream FILE through a fresh instant printer; (record, transcript, fault counts)."""
    config = VirtualPrinterConfig(instant=True, faults=faults)
    printer = start_virtual_printer(config)
    assert isinstance(printer, VirtualPrinter)
    with printer, SerialHost(printer.port_path) as host:
        host.handshake()
        host.stream(FILE, reply_timeout=0.2)
        host.command("M105")  # settles any resend still in flight
        host.lines_for(0.1)  # and collects what a duplicate ok left behind
        return printer.executed, host.transcript, dict(printer.firmware.faults.counts)


def test_line_noise_is_recovered_by_resends() -> None:
    record, transcript, counts = stream_with(FaultConfig(seed=1, noise_pct=5))
    assert record == FILE
    assert counts["noise"] > 5
    errors = [line for line in transcript if line.startswith("Error:checksum mismatch")]
    assert len(errors) == counts["noise"]


def test_lost_lines_are_recovered() -> None:
    record, transcript, counts = stream_with(FaultConfig(seed=2, lost_lines_pct=2))
    assert record == FILE
    assert counts["lost"] >= 2
    # A lost line leaves a gap: the host's retry is the next line the firmware sees.
    assert not any(line.startswith("Error:checksum") for line in transcript)


def test_duplicate_oks_are_sent() -> None:
    record, transcript, counts = stream_with(FaultConfig(seed=3, dup_ok_pct=2))
    assert record == FILE
    assert counts["dup_ok"] >= 2
    # One ok per line, per M110 handshake, per dup; M105's ok carries temperatures.
    assert sum(line == "ok" for line in transcript) == len(FILE) + 1 + counts["dup_ok"]


def test_garbled_replies_contain_corrupt_bytes() -> None:
    record, transcript, counts = stream_with(FaultConfig(seed=4, garble_pct=1))
    assert record == FILE
    assert counts["garble"] >= 2
    assert any(not line.isascii() or "#" in line or "~" in line for line in transcript)


def test_faults_are_reproducible_with_the_same_seed() -> None:
    first = stream_with(FaultConfig(seed=7, noise_pct=3, lost_lines_pct=1))
    second = stream_with(FaultConfig(seed=7, noise_pct=3, lost_lines_pct=1))
    other = stream_with(FaultConfig(seed=8, noise_pct=3, lost_lines_pct=1))
    assert first[2] == second[2]
    assert first[1] == second[1]
    assert first[1] != other[1]


def start(faults: FaultConfig, link: Path | None = None) -> VirtualPrinter:
    printer = start_virtual_printer(VirtualPrinterConfig(instant=True, faults=faults, link=link))
    assert isinstance(printer, VirtualPrinter)
    return printer


def test_silence_holds_the_ok_for_the_given_time() -> None:
    faults = FaultConfig(silence_at_line=2, silence_s=0.6)
    with start(faults) as printer, SerialHost(printer.port_path) as host:
        host.handshake()
        host.command("G1 X1")
        started = time.monotonic()
        assert host.command("G1 X2", timeout=3) == ["ok"]
        assert time.monotonic() - started >= 0.55


def test_reset_prints_the_banner_and_forgets_line_numbers() -> None:
    with start(FaultConfig(reset_at_line=2)) as printer, SerialHost(printer.port_path) as host:
        host.handshake()
        host.command("G1 X1")
        host.send("G1 X2")
        assert host.wait_for(lambda line: line == "start", 2)
        host.send("G1 X3")
        assert "Resend: 1" in host.wait_for(lambda line: line.startswith("ok"), 2)
        assert printer.executed == ["G1 X1", "G1 X2"]


def test_thermal_runaway_halts_with_marlins_words() -> None:
    with start(FaultConfig(runaway_at_line=1)) as printer, SerialHost(printer.port_path) as host:
        host.handshake()
        host.send("M104 S200")
        lines = host.wait_for(lambda line: "kill() called" in line, 2)
        assert lines[-2:] == [
            "Error:Thermal Runaway, system stopped! Heater_ID: 0",
            "Error:Printer halted. kill() called!",
        ]
        host.send("M105")
        assert host.lines_for(0.2) == []


def test_a_resend_of_a_long_gone_line_can_be_requested() -> None:
    faults = FaultConfig(old_resend_at_line=3)
    with start(faults) as printer, SerialHost(printer.port_path) as host:
        host.handshake()
        for i in range(3):
            host.command(f"G1 X{i}")
        assert host.wait_for(lambda line: line.startswith("ok"), 2) == [
            "Error:Line Number is not Last Line Number+1, Last Line: 0",
            "Resend: 1",
            "ok",
        ]


def test_host_actions_on_request() -> None:
    faults = FaultConfig(actions=[{"line": 2, "action": "pause"}])  # type: ignore[list-item]
    with start(faults) as printer, SerialHost(printer.port_path) as host:
        host.handshake()
        host.command("G1 X1")
        assert host.command("G1 X2") == ["ok", "//action:pause"] or "//action:pause" in (
            host.lines_for(0.2)
        )
        host.write(b"!!DEBUG:action resume\n")
        assert host.wait_for(lambda line: line.startswith("//action:"), 2) == ["//action:resume"]


def test_disconnect_closes_the_port_and_the_link_comes_back(tmp_path: Path) -> None:
    link = tmp_path / "by-id" / "usb-virtual-printer"
    faults = FaultConfig(disconnect_at_line=2, reconnect_after_s=0.5)
    with start(faults, link=link) as printer:
        first_pty = os.path.realpath(link)
        with SerialHost(str(link)) as host:
            host.handshake()
            host.command("G1 X1")
            host.send("G1 X2")
            # pyserial raises SerialException from read(), plain OSError (EIO) from
            # in_waiting: the port is gone either way (SerialException is an OSError).
            with pytest.raises(OSError, match=r"Input/output error|no data"):
                host.wait_for(lambda line: line.startswith("ok"), 3)
        wait_for_path(str(link), timeout=3)
        assert os.path.realpath(link) == printer.pty_path  # the new pty
        assert first_pty.startswith("/dev/pts/")
        with SerialHost(str(link)) as host:
            host.handshake()
            host.command("G1 X3")
        assert printer.executed == ["G1 X1", "G1 X2", "G1 X3"]
