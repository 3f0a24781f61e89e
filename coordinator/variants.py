"""A job's variants: one G-code per printer class a model was sliced for.

An uploaded model (STL/3MF/OBJ) is sliced once per matching slicing-relevant class of
the fleet (coordinator/intake/uploads.py); each slice is a `Variant` with its own file,
requirements (the class's pins and the G-code's analysis) and estimates. The dispatcher
tries each variant's requirements in turn (best first) against the free printers; the
claim makes the chosen variant's file, requirements and estimates the job's own, so the
download, the start command, estimates and thumbnails follow unchanged.

A job with fewer than two variants stores none (its file is the only one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from agent.wire.ids import Sha256
from coordinator.files import StoredFile
from coordinator.requirements import NEEDS, Requirements, Source


class Variant(BaseModel):
    """One slice of a job's model: for which class, its file and what it needs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str = Field(max_length=256)  # the class, for people ("prusa, 0.4 mm, pla")
    file_sha256: Sha256
    file_size: int = Field(ge=0)
    requirements: Requirements
    estimated_s: float | None = Field(default=None, ge=0)
    filament_g: float | None = Field(default=None, ge=0)


class SlicedFile(NamedTuple):
    """One slice of an uploaded model, stored: what it was sliced for (pinned)."""

    stored: StoredFile
    requirements: Requirements  # the person's, with the class's firmware, nozzle, material
    label: str


# A stored file's analysis: (its requirements, seconds, grams per copy).
Analyse = Callable[[StoredFile], tuple[Requirements, float | None, float | None]]


def analysed(sliced: Iterable[SlicedFile], analyse: Analyse) -> tuple[Variant, ...]:
    """The variants of slices (none for fewer than two): each file's analysis with
    what it was sliced for (and the person's requirements) in its place."""
    files = list(sliced)
    if len(files) < 2:
        return ()
    out = []
    for f in files:
        found, seconds, grams = analyse(f.stored)
        out.append(
            Variant(
                label=f.label, file_sha256=f.stored.sha256, file_size=f.stored.size,
                requirements=found.overridden_by(f.requirements), estimated_s=seconds,
                filament_g=grams,
            )
        )  # fmt: skip
    return tuple(out)


def dump_variants(variants: Iterable[Variant]) -> list[dict[str, Any]] | None:
    """The store's JSON column (None: no variants)."""
    out = [v.model_dump(mode="json", exclude_defaults=True) for v in variants]
    return out or None


def load_variants(raw: list[dict[str, Any]] | None) -> tuple[Variant, ...]:
    return tuple(Variant.model_validate(v) for v in raw or ())


def job_columns(variant: Variant) -> dict[str, Any]:
    """The job row's columns once `variant` is chosen (the store's claim sets them)."""
    return {
        "file_sha256": variant.file_sha256, "file_size": variant.file_size,
        "requirements": variant.requirements.model_dump(mode="json", exclude_defaults=True),
        "estimated_s": variant.estimated_s, "filament_g": variant.filament_g,
    }  # fmt: skip


def variant_needs(variant: Variant, job: Requirements) -> Requirements:
    """What a variant needs: its own requirements with what a person set on the job
    (at submit or since, through the job edit API) in their place."""
    person = {n for n, o in job.provenance.items() if o.source is Source.PERSON and n in NEEDS}
    if not person:
        return variant.requirements
    values = {n: getattr(job, n) for n in person}
    provenance = {n: job.provenance[n] for n in person}
    asked = Requirements.model_validate({**values, "provenance": provenance})
    return variant.requirements.overridden_by(asked)


__all__ = [
    "Analyse", "SlicedFile", "Variant", "analysed", "dump_variants", "job_columns",
    "load_variants", "variant_needs",
]  # fmt: skip
