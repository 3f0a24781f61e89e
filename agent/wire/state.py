"""What an agent says about itself and its printers: presence, state, telemetry."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import Field, SerializerFunctionWrapHandler, field_validator, model_serializer

from agent.wire.base import WireModel, WirePart
from agent.wire.events import JobEnded
from agent.wire.ids import JobId, Sha256
from agent.wire.printer_states import PrinterStateName
from agent.wire.spools import FilamentSpool


class Presence(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"


class AgentStatus(WireModel):
    """Retained on `<agent>/status`. The will (same model, OFFLINE) is fixed at connect
    time, so it carries no timestamp; `since` is set only when ONLINE."""

    presence: Presence
    printers: tuple[str, ...] = ()
    agent_version: str = Field(default="", max_length=64)
    since: float | None = None


class Temperature(WirePart):
    actual: float = Field(ge=-50.0, le=1000.0)
    target: float | None = Field(default=None, ge=0.0, le=1000.0)


class BuildVolume(WirePart):
    """Usable extents in millimetres."""

    x: float = Field(gt=0, le=100_000)
    y: float = Field(gt=0, le=100_000)
    z: float = Field(gt=0, le=100_000)


class Capabilities(WirePart):
    firmware: str = Field(max_length=64)  # the dialect: marlin, prusa, klipper ...
    firmware_name: str | None = Field(default=None, max_length=128)  # from M115
    firmware_version: str | None = Field(default=None, max_length=64)
    features: dict[str, bool] = Field(default_factory=dict, max_length=64)  # M115 Cap:


class JobProgress(WirePart):
    job_id: JobId
    file_sha256: Sha256 | None = None
    progress: float = Field(ge=0.0, le=1.0)  # fraction of the file's bytes executed
    elapsed_s: float = Field(default=0.0, ge=0)
    remaining_s: float | None = Field(default=None, ge=0)  # estimate, when known


class PrinterState(WireModel):
    """Retained snapshot on `<agent>/<printer>/state`: everything a dispatcher needs.

    Published whenever any field but temperatures changes; temperatures here are the
    latest at that moment (telemetry carries them in between)."""

    ts: float
    state: PrinterStateName
    job: JobProgress | None = None
    temperatures: dict[str, Temperature] = Field(default_factory=dict, max_length=16)
    capabilities: Capabilities
    profile: str = Field(max_length=64)
    site: str | None = Field(default=None, max_length=64)
    tags: tuple[str, ...] = Field(default=(), max_length=32)
    material: str | None = Field(default=None, max_length=64)  # loaded filament
    nozzle_diameter: float | None = Field(default=None, gt=0, le=5)
    build_volume: BuildVolume
    bed_clear: bool
    ejects_parts: bool = False  # the profile clears its own bed after a print
    error: str | None = Field(default=None, max_length=512)  # why, in state ERROR
    # The ending event of the printer's last job, seq and all (added in v1, optional).
    # QoS 1 delivers an event to the broker, not to a consumer: one that was not
    # subscribed then (a broker restarted without persistence forgot its session)
    # learns the outcome from here. None: no job ended since the agent started.
    last_job: JobEnded | None = None
    # The loaded spool, from agent.toml (added in v1, optional; see coordinator/spools).
    spool: FilamentSpool | None = None
    # The printer goes on printing while its agent is away (an OctoPrint printer: the
    # print runs in OctoPrint; a restarted agent takes it over). Added in v1, optional.
    prints_without_agent: bool = False
    # What a job's file may ask of it (added in v1, optional; None: not said): the
    # filament it takes (mm), its tools, and its firmware profile's highest bed target.
    filament_diameter: float | None = Field(default=None, gt=0, le=10)
    tool_count: int | None = Field(default=None, ge=1, le=64)
    max_bed_c: float | None = Field(default=None, ge=0, le=1000)

    @model_serializer(mode="wrap")
    def _without_unset_extras(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Left out when unset, so coordinators older than these fields (extra="forbid")
        # still take the states of agents that do not use them.
        out: dict[str, Any] = handler(self)
        if out.get("spool", 0) is None:
            del out["spool"]
        if out.get("prints_without_agent") is False:
            del out["prints_without_agent"]
        for name in _OPTIONAL_FACTS:
            if out.get(name, 0) is None:
                del out[name]
        return out

    @field_validator("tags")
    @classmethod
    def _tags_sorted_unique(cls, tags: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(sorted(set(tags)))


_OPTIONAL_FACTS = ("filament_diameter", "tool_count", "max_bed_c")


class Telemetry(WireModel):
    """QoS 0 on `<agent>/<printer>/telemetry`: the fast-changing numbers."""

    ts: float
    state: PrinterStateName
    temperatures: dict[str, Temperature] = Field(default_factory=dict, max_length=16)
    job_id: JobId | None = None
    progress: float | None = Field(default=None, ge=0.0, le=1.0)
    remaining_s: float | None = Field(default=None, ge=0)
