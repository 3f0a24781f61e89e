"""The filament spool loaded on a printer, as the wire, the agent's config and the
coordinator's spool records share it."""

from __future__ import annotations

import re

from pydantic import Field, field_validator

from agent.wire.base import WirePart

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


class FilamentSpool(WirePart):
    material: str = Field(min_length=1, max_length=64)  # "pla", compared case-insensitively
    colour: str | None = Field(default=None, max_length=7)  # "#rrggbb"
    diameter: float = Field(default=1.75, gt=0, le=5)  # filament diameter, mm
    grams: float = Field(ge=0, le=1_000_000)  # filament left on the spool

    @field_validator("material")
    @classmethod
    def _casefold(cls, value: str) -> str:
        return value.strip().casefold()

    @field_validator("colour")
    @classmethod
    def _hex_colour(cls, value: str | None) -> str | None:
        return normalise_colour(value)


def normalise_colour(value: str | None) -> str | None:
    """`#FF0000`, `ff0000` -> `#ff0000`; anything else is refused (a colour is compared
    exactly, so one spelling only)."""
    if value is None:
        return None
    found = _HEX.match(value.strip())
    if found is None:
        raise ValueError(f"colour {value!r}: give it as #rrggbb, e.g. #ff0000")
    return "#" + found.group(1).lower()
