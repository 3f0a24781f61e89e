"""Golden tests: real reply lines from each firmware family -> typed events.

Lines are as the firmwares print them (Marlin 2 `queue.cpp`/`temperature.cpp`/`M115.cpp`,
Prusa-Firmware, RepRapFirmware, Klipper `gcode.py`/`heaters.py`, Smoothieware
`GcodeDispatch.cpp` and Repetier-Firmware `Communication.cpp`, or captured host logs).
"""

from __future__ import annotations

import pytest

from agent.protocol import replies
from agent.protocol.events import (
    Busy,
    Capability,
    Echo,
    ErrorKind,
    FirmwareError,
    FirmwareInfo,
    FirmwareStarted,
    HeaterReading,
    HostAction,
    PositionReport,
    TemperatureReport,
    Unrecognized,
)
from agent.protocol.replies import ResendRequest, SkipNotice, classify, parse_ok

H = HeaterReading
UBL = "Unified Bed Leveling System v1.01 active."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Marlin 2 / Prusa: `Resend: N` then `ok`.
        ("Resend: 42", ResendRequest(42, ok_follows=True)),
        ("Resend:42", ResendRequest(42, ok_follows=True)),  # Repetier, no space
        ("Resend: N:42", ResendRequest(42, ok_follows=True)),
        ("Error:Resend: 42", ResendRequest(42, ok_follows=True)),
        ("rs N42", ResendRequest(42, ok_follows=False)),  # Smoothieware, no ok follows
        ("rs 42", ResendRequest(42, ok_follows=False)),  # RepRapFirmware's M998 reply
        ("skip 42", SkipNotice(42)),  # Repetier: duplicate line dropped
    ],
)
def test_resend_spellings(line: str, expected: object) -> None:
    assert classify(line) == expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Error:checksum mismatch, Last Line: 41", ErrorKind.RESEND),  # Marlin 2
        ("Error:Line Number is not Last Line Number+1, Last Line: 41", ErrorKind.RESEND),
        ("Error:No Checksum with line number, Last Line: 41", ErrorKind.RESEND),
        ("Error:No Line Number with checksum, Last Line: 41", ErrorKind.RESEND),
        ("Error:expected line 42 got 44", ErrorKind.RESEND),  # Repetier
        ("Error:Wrong checksum", ErrorKind.RESEND),  # Repetier
        ("Error:Missing checksum", ErrorKind.RESEND),
        ("Error:Format error", ErrorKind.RESEND),
        ("Error:Printer halted. kill() called!", ErrorKind.FATAL),  # Marlin
        ("Error:Thermal Runaway, system stopped! Heater_ID: 0", ErrorKind.FATAL),
        ("Error:Thermal Runaway, system stopped! Heater_ID: bed", ErrorKind.FATAL),
        ("Error:MAXTEMP triggered, system stopped! Heater_ID: 0", ErrorKind.FATAL),
        ("Error:MINTEMP triggered, system stopped! Heater_ID: bed", ErrorKind.FATAL),
        ("Error:Heating failed, system stopped! Heater_ID: 0", ErrorKind.FATAL),
        (
            "Error:Printer stopped due to errors. Fix the error and use M999 to restart. "
            "(Temperature is reset. Set it after restarting)",
            ErrorKind.FATAL,
        ),
        ("Error: THERMAL RUNAWAY ( PREHEAT HOTEND )", ErrorKind.FATAL),  # Prusa MK3
        ("Error:0: Extruder switched off. MINTEMP triggered !", ErrorKind.FATAL),  # Prusa
        (
            "Error: Heater 1 fault: temperature rising much more slowly than expected",
            ErrorKind.FATAL,
        ),
        ("Error: Temperature shutdown reached", ErrorKind.FATAL),  # RepRapFirmware
        ("Error: G0/G1: insufficient axes homed", ErrorKind.RECOVERABLE),  # RepRapFirmware
        ('Error:Unknown command: "G999"', ErrorKind.RECOVERABLE),
        ('echo:Unknown command: "G999"', ErrorKind.RECOVERABLE),  # Marlin 2 prints echo:
        ("error:Unsupported command - G999", ErrorKind.RECOVERABLE),  # Smoothieware
        ("!! Must home axis first: 20.000 0.000 0.205 [0.000]", ErrorKind.FATAL),  # Klipper
        ("!! Shutdown due to webhooks request", ErrorKind.FATAL),  # Klipper
        ("!!", ErrorKind.FATAL),  # Smoothieware answering while halted
        ("fatal:Heater/sensor error - Printer stopped and heaters disabled", ErrorKind.FATAL),
        ("Printer halted. kill() called!", ErrorKind.FATAL),  # without the Error: prefix
        ("HALTED, M999 or $X to exit HALT state", ErrorKind.FATAL),  # Smoothieware
    ],
)
def test_error_classification(line: str, kind: ErrorKind) -> None:
    event = classify(line)
    assert isinstance(event, FirmwareError)
    assert event.kind is kind
    assert event.message  # verbatim text survives


def test_error_message_is_verbatim_without_prefix() -> None:
    event = classify("Error:Thermal Runaway, system stopped! Heater_ID: 0")
    assert event == FirmwareError(ErrorKind.FATAL, "Thermal Runaway, system stopped! Heater_ID: 0")
    assert replies.last_line("checksum mismatch, Last Line: 41") == 41
    assert replies.last_line("Wrong checksum") is None


@pytest.mark.parametrize(
    ("line", "heaters"),
    [
        # Marlin 2 M105 answer payload (captured: "ok T:19.57 /0.00 B:20.62 /30.00 @:0 B@:127").
        (
            "T:19.57 /0.00 B:20.62 /30.00 @:0 B@:127",
            {"T": H(19.57, 0.0, 0.0), "B": H(20.62, 30.0, 127.0)},
        ),
        # Marlin 2 M155 auto-report, two hotends and a chamber.
        (
            "T:210.00 /210.00 B:60.00 /60.00 C:35.00 /40.00 T0:210.00 /210.00 "
            "T1:25.00 /0.00 @:127 B@:0 C@:80 @0:127 @1:0",
            {
                "T": H(210.0, 210.0, 127.0),
                "B": H(60.0, 60.0, 0.0),
                "C": H(35.0, 40.0, 80.0),
                "T0": H(210.0, 210.0, 127.0),
                "T1": H(25.0, 0.0, 0.0),
            },
        ),
        # Marlin M109 wait report: E (active extruder) and W (countdown) are not heaters.
        ("T:180.52 E:0 W:?", {"T": H(180.52, None, None)}),
        (
            "T:203.45 /210.00 B:59.91 /60.00 @:78 B@:22 W:3",
            {"T": H(203.45, 210.0, 78.0), "B": H(59.91, 60.0, 22.0)},
        ),
        # Prusa MK3: PINDA probe P and ambient A sensors.
        (
            "T:210.0 /210.0 B:60.0 /60.0 T0:210.0 /210.0 @:35 B@:0 P:36.1 A:40.2",
            {
                "T": H(210.0, 210.0, 35.0),
                "B": H(60.0, 60.0, 0.0),
                "T0": H(210.0, 210.0, None),
                "P": H(36.1, None, None),
                "A": H(40.2, None, None),
            },
        ),
        # RepRapFirmware.
        ("T:25.1 /0.0 B:24.8 /0.0", {"T": H(25.1, 0.0, None), "B": H(24.8, 0.0, None)}),
        # Klipper (`heaters.py` M105: bed first, tools numbered).
        (
            "B:60.0 /60.0 T0:210.3 /210.0 T1:24.8 /0.0",
            {"B": H(60.0, 60.0, None), "T0": H(210.3, 210.0, None), "T1": H(24.8, 0.0, None)},
        ),
        # Smoothieware: power `@0` after each heater, no colon.
        (
            "T:21.5 /0.0 @0 B:21.2 /60.0 @255",
            {"T": H(21.5, 0.0, 0.0), "B": H(21.2, 60.0, 255.0)},
        ),
        # Repetier, two extruders.
        (
            "T:20.64 /0 B:20.84 /0 B@:0 @:0 T0:20.64 /0 @0:0 T1:20.58 /0 @1:0",
            {
                "T": H(20.64, 0.0, 0.0),
                "B": H(20.84, 0.0, 0.0),
                "T0": H(20.64, 0.0, 0.0),
                "T1": H(20.58, 0.0, 0.0),
            },
        ),
        # Older firmwares without the space before the slash.
        ("T:20.0/0.0 B:21.0/0.0", {"T": H(20.0, 0.0, None), "B": H(21.0, 0.0, None)}),
    ],
)
def test_temperature_reports(line: str, heaters: dict[str, HeaterReading]) -> None:
    assert classify(line) == TemperatureReport(heaters)
    # Marlin's auto-report starts with a space; the line reader strips it, so does classify.
    assert replies.classify_report(line) == TemperatureReport(heaters)


@pytest.mark.parametrize(
    ("line", "axes"),
    [
        (
            "X:10.00 Y:20.00 Z:0.30 E:0.00 Count X:800 Y:1600 Z:120",  # Marlin 2
            {"X": 10.0, "Y": 20.0, "Z": 0.3, "E": 0.0},
        ),
        (
            "X:0.00 Y:0.00 Z:0.15 E:0.00 Count X: 0.00 Y:0.00 Z:0.15 E:0.00",  # Prusa
            {"X": 0.0, "Y": 0.0, "Z": 0.15, "E": 0.0},
        ),
        (
            "X:0.000 Y:0.000 Z:0.000 E:0.000 E0:-0.0 Count 0 0 0 Machine 0.000 0.000 0.000",
            {"X": 0.0, "Y": 0.0, "Z": 0.0, "E": 0.0, "E0": -0.0},  # RepRapFirmware
        ),
        ("X:12.500 Y:-3.000 Z:1.200 E:4.000", {"X": 12.5, "Y": -3.0, "Z": 1.2, "E": 4.0}),
        ("C: X:1.0000 Y:2.0000 Z:3.0000 E:0.0000", {"X": 1.0, "Y": 2.0, "Z": 3.0, "E": 0.0}),
    ],
)
def test_position_reports(line: str, axes: dict[str, float]) -> None:
    assert classify(line) == PositionReport(axes)


@pytest.mark.parametrize(
    ("line", "name", "fields"),
    [
        (
            "FIRMWARE_NAME:Marlin 2.1.2.1 (Feb 17 2024 12:00:00) SOURCE_CODE_URL:github.com/"
            "MarlinFirmware/Marlin PROTOCOL_VERSION:1.0 MACHINE_TYPE:Ender-3 EXTRUDER_COUNT:1 "
            "UUID:cede2a2f-41a2-4748-9b12-c55c62f367ff",
            "Marlin 2.1.2.1 (Feb 17 2024 12:00:00)",
            {"MACHINE_TYPE": "Ender-3", "EXTRUDER_COUNT": "1", "PROTOCOL_VERSION": "1.0"},
        ),
        (
            "FIRMWARE_NAME:Prusa-Firmware 3.13.2 based on Marlin FIRMWARE_URL:https://github.com"
            "/prusa3d/Prusa-Firmware PROTOCOL_VERSION:1.0 MACHINE_TYPE:Prusa i3 MK3S "
            "EXTRUDER_COUNT:1 UUID:00000000-0000-0000-0000-000000000000",
            "Prusa-Firmware 3.13.2 based on Marlin",
            {
                "FIRMWARE_URL": "https://github.com/prusa3d/Prusa-Firmware",
                "MACHINE_TYPE": "Prusa i3 MK3S",
            },
        ),
        (
            "FIRMWARE_NAME: RepRapFirmware for Duet 3 MB6HC FIRMWARE_VERSION: 3.4.5 "
            "ELECTRONICS: Duet 3 MB6HC v1.01 or later FIRMWARE_DATE: 2022-11-30 19:35:23",
            "RepRapFirmware for Duet 3 MB6HC",
            {"FIRMWARE_VERSION": "3.4.5", "FIRMWARE_DATE": "2022-11-30 19:35:23"},
        ),
        (
            "FIRMWARE_NAME:Klipper FIRMWARE_VERSION:v0.12.0-85-gd785b396",
            "Klipper",
            {"FIRMWARE_VERSION": "v0.12.0-85-gd785b396"},
        ),
        (
            "FIRMWARE_NAME:Smoothieware, FIRMWARE_URL:http%3A//smoothieware.org, "
            "X-SOURCE_CODE_URL:https://github.com/Smoothieware/Smoothieware, "
            "FIRMWARE_VERSION:edge-9e5f5c1, X-FIRMWARE_BUILD_DATE:Mar 23 2020 14:21:20",
            "Smoothieware",
            {"FIRMWARE_VERSION": "edge-9e5f5c1", "X-FIRMWARE_BUILD_DATE": "Mar 23 2020 14:21:20"},
        ),
        (
            "FIRMWARE_NAME:Repetier_1.0.4 FIRMWARE_URL:https://github.com/repetier/"
            "Repetier-Firmware/ PROTOCOL_VERSION:1.0 MACHINE_TYPE:Mendel EXTRUDER_COUNT:1 "
            "REPETIER_PROTOCOL:3",
            "Repetier_1.0.4",
            {"REPETIER_PROTOCOL": "3", "MACHINE_TYPE": "Mendel"},
        ),
    ],
)
def test_firmware_info(line: str, name: str, fields: dict[str, str]) -> None:
    event = classify(line)
    assert isinstance(event, FirmwareInfo)
    assert event.name == name
    for key, value in fields.items():
        assert event.fields[key] == value


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cap:AUTOREPORT_TEMP:1", Capability("AUTOREPORT_TEMP", True)),
        ("Cap:SERIAL_XON_XOFF:0", Capability("SERIAL_XON_XOFF", False)),
        ("Cap:EMERGENCY_PARSER:1", Capability("EMERGENCY_PARSER", True)),
        ("//action:pause", HostAction("pause")),
        ("//action:paused", HostAction("paused")),
        ("//action:resume", HostAction("resume")),
        ("//action:resumed", HostAction("resumed")),
        ("// action:cancel", HostAction("cancel")),  # Klipper / Prusa spacing
        ("//action:prompt_begin Filament Runout", HostAction("prompt_begin", "Filament Runout")),
        ("//action:prompt_choice Continue", HostAction("prompt_choice", "Continue")),
        ("//action:prompt_button Purge More", HostAction("prompt_button", "Purge More")),
        ("//action:prompt_show", HostAction("prompt_show")),
        ("//action:prompt_end", HostAction("prompt_end")),
        ("//action:notification Heating...", HostAction("notification", "Heating...")),
        ("echo:busy: processing", Busy("processing")),
        ("echo:busy: paused for user", Busy("paused for user")),
        ("busy: processing", Busy("processing")),
        ("wait", Busy("wait")),  # Repetier / Marlin NO_TIMEOUTS
        ("start", FirmwareStarted("start")),
        ("echo:Marlin 2.1.2.1", Echo("Marlin 2.1.2.1")),
        ("// Klipper state: Ready", Echo("Klipper state: Ready")),
        ("echo:Active Extruder: 0", Echo("Active Extruder: 0")),
        ("Unified Bed Leveling System v1.01 active.", Unrecognized(UBL)),
        ("", None),
    ],
)  # fmt: skip
def test_other_lines(line: str, expected: object) -> None:
    assert classify(line) == expected


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("", (None, None, None)),
        ("N123 P15 B3", (123, 15, 3)),  # Marlin ADVANCED_OK
        ("P15 B3", (None, 15, 3)),  # ADVANCED_OK for an unnumbered line
        ("123", (123, None, None)),  # Repetier ACK_WITH_LINENUMBER
        ("- nohandler", (None, None, None)),  # Smoothieware
        ("T:20.0 /0.0 B:20.0 /0.0", (None, None, None)),
    ],
)
def test_ok_payloads(payload: str, expected: tuple[int | None, ...]) -> None:
    assert parse_ok(payload) == expected


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"ok", "ok"),
        (b" T:20.0 /0.0", "T:20.0 /0.0"),
        (b"o\x00k", "ok"),
        (b"\xff\xfeok", "\ufffd\ufffdok"),
        (b"echo:\x01\x02hello\x7f", "echo:hello"),
        (b"caf\xc3\xa9", "caf\u00e9"),
    ],
)
def test_decode_never_fails(raw: bytes, text: str) -> None:
    assert replies.decode(raw) == text
