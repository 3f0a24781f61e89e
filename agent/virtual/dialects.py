"""How each firmware family words its replies (Marlin 2 is the reference).

Strings were checked against each firmware's sources: Marlin 2 (queue.cpp, gcode.cpp,
temperature.cpp, M115.cpp), Prusa-Firmware (Marlin 1.x fork), Repetier-Firmware
(gcode.cpp: `Resend:`, `skip`, `wait`, `ok N`), Smoothieware (GcodeDispatch.cpp:
`rs N`), Klipper (gcode.py: `// `, `!! `) and RepRapFirmware.
"""

from __future__ import annotations

from enum import StrEnum

from agent.profiles import Dialect
from agent.virtual.thermal import Heater


class LinePolicy(StrEnum):
    """What a firmware does with line numbers and checksums."""

    MARLIN = "marlin"  # Error:... + Resend: N + ok; any N != last+1 is an error
    SILENT = "silent"  # RepRapFirmware: bad lines are dropped without a word
    IGNORE = "ignore"  # Klipper: N and *checksum are stripped, never checked
    SMOOTHIE = "smoothie"  # rs N, no ok
    REPETIER = "repetier"  # Resend:N + ok; lines already seen answered `skip N` + ok


class MarlinDialect:
    """Marlin 2.1 with its default Configuration(_adv).h."""

    line_policy = LinePolicy.MARLIN
    ok_on_receipt = False  # Repetier acknowledges when a line is queued, not executed
    has_busy = True
    has_autoreport = True
    start_banner: tuple[str, ...] = (
        "start",
        "echo:Marlin 2.1.2.1",
        "echo: Last Updated: 2023-05-24 | Author: (none, default config)",
        "echo:Compiled: Jun 10 2023",
        "echo: Free Memory: 2755  PlannerBufferBytes: 1536",
    )

    def __init__(self, advanced_ok: bool) -> None:
        self.advanced_ok = advanced_ok

    # -- line protocol ---------------------------------------------------------
    def line_error(self, kind: str, last_n: int) -> list[str]:
        text = {
            "checksum": "checksum mismatch",
            "number": "Line Number is not Last Line Number+1",
            "no_checksum": "No Checksum with line number",
        }[kind]
        return [f"Error:{text}, Last Line: {last_n}", f"Resend: {last_n + 1}", "ok"]

    def ok(self, line_number: int | None, planner_free: int, buffer_free: int) -> str:
        if not self.advanced_ok:
            return "ok"
        n = "" if line_number is None else f" N{line_number}"
        return f"ok{n} P{planner_free} B{buffer_free}"

    # -- reports ---------------------------------------------------------------
    def temperatures(self, hotend: Heater, bed: Heater, now: float) -> str:
        return (
            f" T:{hotend.temperature(now):.2f} /{hotend.target:.2f}"
            f" B:{bed.temperature(now):.2f} /{bed.target:.2f}"
            f" @:{hotend.power(now)} B@:{bed.power(now)}"
        )

    def m105(self, hotend: Heater, bed: Heater, now: float) -> list[str]:
        return ["ok" + self.temperatures(hotend, bed, now)]  # M105 sends its own ok

    def autoreport(self, hotend: Heater, bed: Heater, now: float) -> str:
        return self.temperatures(hotend, bed, now)

    def wait_report(self, hotend: Heater, bed: Heater, now: float, left_s: float | None) -> str:
        w = "?" if left_s is None else str(int(left_s))
        return f"{self.temperatures(hotend, bed, now)} W:{w}"

    def busy(self, heating: bool) -> str:
        return "echo:busy: processing"

    def position(self, pos: dict[str, float]) -> list[str]:
        x, y, z, e = pos["X"], pos["Y"], pos["Z"], pos["E"]
        counts = f"Count X:{round(x * 80)} Y:{round(y * 80)} Z:{round(z * 400)}"
        return [f"X:{x:.2f} Y:{y:.2f} Z:{z:.2f} E:{e:.2f} {counts}"]

    def unknown(self, command: str) -> list[str]:
        return [f'echo:Unknown command: "{command}"']

    def m115(self, autoreport: bool, emergency_parser: bool) -> list[str]:
        caps = {
            "SERIAL_XON_XOFF": 0, "BINARY_FILE_TRANSFER": 0, "EEPROM": 1, "VOLUMETRIC": 1,
            "AUTOREPORT_POS": 0, "AUTOREPORT_TEMP": int(autoreport), "PROGRESS": 0,
            "PRINT_JOB": 1, "AUTOLEVEL": 0, "RUNOUT": 0, "Z_PROBE": 0, "LEVELING_DATA": 0,
            "BUILD_PERCENT": 1, "SOFTWARE_POWER": 0, "TOGGLE_LIGHTS": 0,
            "CASE_LIGHT_BRIGHTNESS": 0, "EMERGENCY_PARSER": int(emergency_parser),
            "HOST_ACTION_COMMANDS": 1, "PROMPT_SUPPORT": 0, "SDCARD": 0, "REPEAT": 0,
            "SD_WRITE": 0, "AUTOREPORT_SD_STATUS": 0, "LONG_FILENAME": 0,
            "THERMAL_PROTECTION": 1, "MOTION_MODES": 0, "ARCS": 1, "BABYSTEPPING": 0,
            "CHAMBER_TEMPERATURE": 0, "MEATPACK": 0,
        }  # fmt: skip
        # No ADVANCED_OK: Marlin's M115 never lists it; only its oks show it.
        name = (
            "FIRMWARE_NAME:Marlin 2.1.2.1 (Jun 10 2023 12:00:00)"
            " SOURCE_CODE_URL:github.com/MarlinFirmware/Marlin PROTOCOL_VERSION:1.0"
            " MACHINE_TYPE:3D Printer EXTRUDER_COUNT:1"
            " UUID:cede2a2f-41a2-4748-9b12-c55c62f367ff"
        )
        return [name, *(f"Cap:{k}:{v}" for k, v in caps.items())]

    # -- fatal -----------------------------------------------------------------
    def killed(self) -> list[str]:
        return ["Error:Printer halted. kill() called!"]

    def runaway(self, heater_id: str) -> list[str]:
        return [f"Error:Thermal Runaway, system stopped! Heater_ID: {heater_id}", *self.killed()]


class PrusaDialect(MarlinDialect):
    """Prusa-Firmware 3.x (MK3): a Marlin 1.1 fork; one-decimal temperatures."""

    start_banner = ("start", "echo: 3.13.3-7094", "echo:Last Updated: Jul 12 2024")

    def temperatures(self, hotend: Heater, bed: Heater, now: float) -> str:
        t, b = hotend.temperature(now), bed.temperature(now)
        return (
            f"T:{t:.1f} /{hotend.target:.1f} B:{b:.1f} /{bed.target:.1f}"
            f" T0:{t:.1f} /{hotend.target:.1f} @:{hotend.power(now)} B@:{bed.power(now)}"
            " P:0.0 A:25.0"
        )

    def m105(self, hotend: Heater, bed: Heater, now: float) -> list[str]:
        return ["ok " + self.temperatures(hotend, bed, now)]

    def wait_report(self, hotend: Heater, bed: Heater, now: float, left_s: float | None) -> str:
        w = "?" if left_s is None else str(int(left_s))
        return f"T:{hotend.temperature(now):.1f} E:0 W:{w}"

    def m115(self, autoreport: bool, emergency_parser: bool) -> list[str]:
        return [
            "FIRMWARE_NAME:Prusa-Firmware 3.13.3 based on Marlin"
            " FIRMWARE_URL:https://github.com/prusa3d/Prusa-Firmware PROTOCOL_VERSION:1.0"
            " MACHINE_TYPE:Prusa i3 MK3S EXTRUDER_COUNT:1"
            " UUID:00000000-0000-0000-0000-000000000000",
            f"Cap:AUTOREPORT_TEMP:{int(autoreport)}",
            "Cap:AUTOREPORT_FANS:1",
            "Cap:AUTOREPORT_POSITION:1",
            "Cap:EXTENDED_M20:1",
            "Cap:PRUSA_MMU2:1",
        ]


class RepRapFirmwareDialect(MarlinDialect):
    """RepRapFirmware 3 on a Duet: bad lines vanish silently; no busy, no banner."""

    line_policy = LinePolicy.SILENT
    has_busy = False
    has_autoreport = False
    start_banner = ()

    def temperatures(self, hotend: Heater, bed: Heater, now: float) -> str:
        return (
            f"T:{hotend.temperature(now):.1f} /{hotend.target:.1f}"
            f" B:{bed.temperature(now):.1f} /{bed.target:.1f}"
        )

    def m105(self, hotend: Heater, bed: Heater, now: float) -> list[str]:
        return ["ok " + self.temperatures(hotend, bed, now)]

    def wait_report(self, hotend: Heater, bed: Heater, now: float, left_s: float | None) -> str:
        return ""  # RRF stays quiet while it waits for a heater

    def unknown(self, command: str) -> list[str]:
        return [f"Error: {command.split(maxsplit=1)[0]}: Command is not supported"]

    def m115(self, autoreport: bool, emergency_parser: bool) -> list[str]:
        return [
            "FIRMWARE_NAME: RepRapFirmware for Duet 3 MB6HC FIRMWARE_VERSION: 3.4.5"
            " ELECTRONICS: Duet 3 MB6HC v1.01 or later FIRMWARE_DATE: 2022-11-30 16:18:24"
        ]

    def killed(self) -> list[str]:
        return ["Error: Emergency stop, attempting to reconnect"]

    def runaway(self, heater_id: str) -> list[str]:
        return [f"Error: Heater {heater_id} fault: temperature rising much more slowly than"
                " the expected 2.1°C/sec", *self.killed()]  # fmt: skip


class KlipperDialect(MarlinDialect):
    """Klipper's pseudo-terminal: N and checksums ignored, `// ` info, `!! ` errors."""

    line_policy = LinePolicy.IGNORE
    has_busy = False
    has_autoreport = False
    start_banner = ("// Klipper state: Ready",)

    def temperatures(self, hotend: Heater, bed: Heater, now: float) -> str:
        return (
            f"B:{bed.temperature(now):.1f} /{bed.target:.1f}"
            f" T0:{hotend.temperature(now):.1f} /{hotend.target:.1f}"
        )

    def m105(self, hotend: Heater, bed: Heater, now: float) -> list[str]:
        return ["ok " + self.temperatures(hotend, bed, now)]

    def wait_report(self, hotend: Heater, bed: Heater, now: float, left_s: float | None) -> str:
        return self.temperatures(hotend, bed, now)

    def position(self, pos: dict[str, float]) -> list[str]:
        return [f"X:{pos['X']:.3f} Y:{pos['Y']:.3f} Z:{pos['Z']:.3f} E:{pos['E']:.3f}"]

    def unknown(self, command: str) -> list[str]:
        return [f'// Unknown command:"{command.split(maxsplit=1)[0].upper()}"']

    def m115(self, autoreport: bool, emergency_parser: bool) -> list[str]:
        return ["ok FIRMWARE_NAME:Klipper FIRMWARE_VERSION:v0.12.0-0-g0000000"]

    def killed(self) -> list[str]:
        return ["!! Shutdown due to M112 command", "// Klipper state: Shutdown"]

    def runaway(self, heater_id: str) -> list[str]:
        return ["!! Heater extruder not heating at expected rate", "// Klipper state: Shutdown"]


class SmoothiewareDialect(MarlinDialect):
    """Smoothieware: `rs N` resend requests (no ok), `!!` once halted."""

    line_policy = LinePolicy.SMOOTHIE
    has_busy = False
    has_autoreport = False
    start_banner = ("Smoothie", "ok")

    def line_error(self, kind: str, last_n: int) -> list[str]:
        return [f"rs N{last_n + 1}"]

    def temperatures(self, hotend: Heater, bed: Heater, now: float) -> str:
        return (
            f"T:{hotend.temperature(now):.1f} /{hotend.target:.1f} @{hotend.power(now) * 2}"
            f" B:{bed.temperature(now):.1f} /{bed.target:.1f} @{bed.power(now) * 2}"
        )

    def m105(self, hotend: Heater, bed: Heater, now: float) -> list[str]:
        return ["ok " + self.temperatures(hotend, bed, now)]

    def wait_report(self, hotend: Heater, bed: Heater, now: float, left_s: float | None) -> str:
        return self.temperatures(hotend, bed, now)

    def unknown(self, command: str) -> list[str]:
        return []  # no module claims it; Smoothie just says ok

    def m115(self, autoreport: bool, emergency_parser: bool) -> list[str]:
        return [
            "FIRMWARE_NAME:Smoothieware, FIRMWARE_URL:http%3A//smoothieware.org,"
            " X-SOURCE_CODE_URL:https://github.com/Smoothieware/Smoothieware,"
            " FIRMWARE_VERSION:edge-3332442, X-FIRMWARE_BUILD_DATE:Jan 20 2021 12:00:00,"
            " X-SYSTEM_CLOCK:120MHz, X-AXES:5, X-GRBL_MODE:0, X-CNC:0, X-MSD:1"
        ]

    def killed(self) -> list[str]:
        return ["ok Emergency Stop Requested - reset or M999 required to exit HALT state"]

    def runaway(self, heater_id: str) -> list[str]:
        return [f"Error: Temperature runaway on T{heater_id} (delta temp 25.0), HALT asserted,"
                " TURN POWER OFF IMMEDIATELY - reset or M999 required"]  # fmt: skip


class RepetierDialect(MarlinDialect):
    """Repetier-Firmware 1.0: `ok N` on receipt, `Resend:N`, `skip N`, `wait`."""

    line_policy = LinePolicy.REPETIER
    ok_on_receipt = True
    start_banner = ("start", "Info:External Reset", "FIRMWARE_NAME:Repetier_1.0.3")

    def line_error(self, kind: str, last_n: int) -> list[str]:
        return ["", f"Resend:{last_n + 1}", "ok"]

    def ok(self, line_number: int | None, planner_free: int, buffer_free: int) -> str:
        return "ok" if line_number is None else f"ok {line_number}"

    def temperatures(self, hotend: Heater, bed: Heater, now: float) -> str:
        return (
            f"T:{hotend.temperature(now):.2f} /{hotend.target:.0f}"
            f" B:{bed.temperature(now):.2f} /{bed.target:.0f}"
            f" B@:{bed.power(now) * 2} @:{hotend.power(now) * 2}"
        )

    def m105(self, hotend: Heater, bed: Heater, now: float) -> list[str]:
        return [self.temperatures(hotend, bed, now)]  # the ok went out on receipt

    def autoreport(self, hotend: Heater, bed: Heater, now: float) -> str:
        return self.temperatures(hotend, bed, now)

    def wait_report(self, hotend: Heater, bed: Heater, now: float, left_s: float | None) -> str:
        return self.temperatures(hotend, bed, now)

    def busy(self, heating: bool) -> str:
        return "busy:heating" if heating else "busy:processing"

    def unknown(self, command: str) -> list[str]:
        return [f"Unknown command:{command}"]

    def m115(self, autoreport: bool, emergency_parser: bool) -> list[str]:
        return [
            "FIRMWARE_NAME:Repetier_1.0.3 FIRMWARE_URL:https://github.com/repetier/"
            "Repetier-Firmware/ PROTOCOL_VERSION:1.0 MACHINE_TYPE:Mendel EXTRUDER_COUNT:1"
            " REPETIER_PROTOCOL:3",
            "Cap:PROGRESS:1",
            f"Cap:AUTOREPORT_TEMP:{int(autoreport)}",
            "Cap:HOST_RESCUE:1",
            "Cap:EEPROM:1",
            "Cap:Z_PROBE:0",
        ]

    def killed(self) -> list[str]:
        return ["fatal:Printer halted. kill() called!"]

    def runaway(self, heater_id: str) -> list[str]:
        return ["Error:Thermal runaway", "fatal:Heater/sensor failure - printer stopped"]


_DIALECTS: dict[Dialect, type[MarlinDialect]] = {
    Dialect.MARLIN: MarlinDialect,
    Dialect.PRUSA: PrusaDialect,
    Dialect.REPRAPFIRMWARE: RepRapFirmwareDialect,
    Dialect.KLIPPER: KlipperDialect,
    Dialect.SMOOTHIEWARE: SmoothiewareDialect,
    Dialect.REPETIER: RepetierDialect,
}


def make_dialect(dialect: Dialect, advanced_ok: bool) -> MarlinDialect:
    return _DIALECTS[dialect](advanced_ok)
