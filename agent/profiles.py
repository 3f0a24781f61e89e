"""Firmware profiles: what differs between firmware families, loaded from TOML data.

SKELETON written by the session owner; the profiles helper owns and completes it.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Dialect(StrEnum):
    MARLIN = "marlin"
    PRUSA = "prusa"
    REPRAPFIRMWARE = "reprapfirmware"
    KLIPPER = "klipper"
    SMOOTHIEWARE = "smoothieware"
    REPETIER = "repetier"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BuildVolume(_Strict):
    x: float = Field(gt=0)
    y: float = Field(gt=0)
    z: float = Field(gt=0)


class SafetyLimits(_Strict):
    max_hotend_c: float
    max_bed_c: float
    max_chamber_c: float = 0.0  # 0: no chamber heater


class ProfileGcode(_Strict):
    handshake: list[str]
    pause: list[str]
    resume: list[str]
    cancel: list[str]
    emergency_stop: str = "M112"


class Capabilities(_Strict):
    checksums: bool  # False: the firmware ignores N/checksum (Klipper)
    advanced_ok: bool = False
    emergency_parser: bool = False
    autoreport_temperature: bool = False
    max_line_length: int
    buffer_size: int  # command lines the firmware buffers (BUFSIZE)
    send_window: int = 1  # lines in flight by default


class FirmwareProfile(_Strict):
    name: str
    dialect: Dialect
    description: str
    m115_patterns: list[str]  # regexes on FIRMWARE_NAME that select this profile
    capabilities: Capabilities
    limits: SafetyLimits
    build_volume: BuildVolume
    gcode: ProfileGcode
    ejects_parts: bool = False
