"""The API models of orders: what a buyer sends, and the order as they follow it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from agent.wire.spools import normalise_colour

SHA256 = r"^[0-9a-f]{64}$"
NO_NUL = r"^[^\x00]*$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class OrderPartIn(_Model):
    file_sha256: str = Field(pattern=SHA256, description="a file uploaded with POST /files")
    name: str = Field(default="", max_length=128, pattern=NO_NUL)
    quantity: int = Field(default=1, ge=1, le=1000)


class OrderIn(_Model):
    name: str = Field(default="", max_length=256, pattern=NO_NUL)
    parts: list[OrderPartIn] = Field(min_length=1, max_length=50)
    material: str | None = Field(default=None, min_length=1, max_length=64, pattern=NO_NUL)
    colour: str | None = Field(default=None, description='"#rrggbb"')
    due_at: float = Field(gt=0, lt=1e11, description="seconds since the epoch")
    latitude: float = Field(ge=-90, le=90, description="the delivery place")
    longitude: float = Field(ge=-180, le=180)

    @field_validator("colour")
    @classmethod
    def _hex_colour(cls, value: str | None) -> str | None:
        return normalise_colour(value)


class PartOut(_Model):
    part_id: str
    name: str
    file_sha256: str
    quantity: int
    estimated_s: float | None


class CopyOut(_Model):
    part_id: str
    copy_index: int
    state: str  # planned | printing | done | failed | cancelled
    job_id: str | None
    site_id: str | None
    printer: str | None
    expected_ready: float | None  # off the bed (None: done, or nowhere to make it now)
    km: float | None  # shipping distance from its site
    attempts: int  # jobs made for it (a reprint is one more)


class SitePlanOut(_Model):
    site_id: str
    copies: int
    done: int
    km: float
    expected_completion: float | None


class OrderEventOut(_Model):
    ts: float
    kind: str
    part_id: str | None
    copy_index: int | None
    job_id: str | None
    site_id: str | None
    printer: str | None
    detail: str


class OrderSummaryOut(_Model):
    id: str
    buyer: str
    name: str
    state: str  # open | done | cancelled
    due_at: float
    created_at: float
    copies: int
    done: int


class OrderOut(OrderSummaryOut):
    latitude: float
    longitude: float
    material: str | None
    colour: str | None
    parts: list[PartOut]
    copies_detail: list[CopyOut]
    sites: list[SitePlanOut]
    history: list[OrderEventOut]
    expected_completion: float | None
    on_time: bool | None  # None: something has nowhere to be made now
