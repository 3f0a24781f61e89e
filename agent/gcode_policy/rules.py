"""The command policy of a firmware profile (`[policy]` in firmware_profiles/*.toml).

Strict pydantic models, part of `FirmwareProfile` (agent/profiles.py): an unknown key is
an error and every command name is checked and made canonical (`m0500` -> `M500`).

    [policy]
    max_feedrate_mm_min = 18000
    [policy.rules.eeprom]
    what = "EEPROM writes and resets"      # read as "... are blocked for ..."
    commands = ["M500", "M501", "M502"]
    jobs = true                            # refused in job files too, not only remotely
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# A command as the policy names it: `M500`, `G10`, `T0`, Klipper's `SAVE_CONFIG` or a
# Smoothieware console command (`config-set`, matched in lower case).
_COMMAND_NAME = re.compile(r"[GMT][0-9]+|[A-Z_][A-Z0-9_]*|[a-z][a-z0-9_.-]*")


def check_command_names(names: list[str]) -> list[str]:
    """Canonical command names (`m0500` -> `M500`); the message names the bad one."""
    out = []
    for raw in names:
        name = raw.strip()
        head = re.fullmatch(r"([GgMmTt])0*([0-9]+)", name)
        if head is not None:
            name = f"{head.group(1).upper()}{int(head.group(2))}"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) and "_" in name:
            name = name.upper()
        if not _COMMAND_NAME.fullmatch(name):
            raise ValueError(
                f"{raw!r} is not a command name (write it as M500, G10, SAVE_CONFIG ...)"
            )
        out.append(name)
    return out


class CommandRule(_Strict):
    """Commands refused from the network (and from job files when `jobs`), unless the
    agent's own config allows them for that printer (agent.toml allow_gcode)."""

    what: str  # plural phrase for messages: "EEPROM writes and resets"
    commands: list[str] = Field(min_length=1)
    jobs: bool = False  # also refused in job files

    @field_validator("commands")
    @classmethod
    def _names(cls, names: list[str]) -> list[str]:
        return check_command_names(names)


class CommandPolicy(_Strict):
    max_feedrate_mm_min: float = Field(gt=0)  # F above it: refused remotely, clamped in jobs
    rules: dict[str, CommandRule] = Field(default_factory=dict)
