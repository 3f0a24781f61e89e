"""The base of every wire model: versioned, strict, immutable."""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict

WIRE_VERSION: Final = 1


class WireModel(BaseModel):
    """A JSON payload of the v1 API. `v` comes first so any reader can check it."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    v: Literal[1] = WIRE_VERSION


class WirePart(BaseModel):
    """A nested value inside a payload (no version of its own)."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)
