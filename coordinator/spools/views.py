"""The API's view of a printer's loaded spool."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from agent.wire.spools import FilamentSpool
from coordinator.spools.book import SpoolRecord


class SpoolOut(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    printer_key: str
    spool: FilamentSpool
    # "api": set by a person; "agent": from the agent's config, recorded (its grams go
    # down); "agent-unrecorded": reported by the agent, no record yet.
    source: str
    updated_at: float | None = None
    updated_by: str = ""

    @classmethod
    def of(cls, record: SpoolRecord) -> SpoolOut:
        return cls(
            printer_key=record.printer_key,
            spool=record.spool,
            source=record.source,
            updated_at=record.updated_at,
            updated_by=record.updated_by,
        )
