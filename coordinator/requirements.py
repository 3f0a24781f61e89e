"""What a job needs of a printer: one model for intake, dispatch, the API and the page.

Each requirement carries where it came from (`provenance`): the file's analysis
(`Origin.FILE`: the slicer's nozzle, filament, material, tools, G-code flavour, bed
temperature and the part's extents) or a person (`Origin.by_person("ann")`: submit
options, the job edit API, the queue page's editor). A person's requirement overrides
the file's, and a person may lift one by setting it to null (`{"material": null}`).

    file = analysis.requirements()                  # each field: origin file
    asked = Requirements.from_person(body, "ann")  # each field the body sets: ann
    req = file.overridden_by(asked)                 # what dispatch matches

Every field is optional (None: anything goes). Stored jobs written before provenance
existed have none: their origin shows as unknown.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from agent.wire.spools import normalise_colour


class Extents(BaseModel):
    """The size of a print's bounding box, in millimetres."""

    # Infinity is no size, and neither PostgreSQL's JSON nor a JSON answer can hold it.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    x: float = Field(ge=0)
    y: float = Field(ge=0)
    z: float = Field(ge=0)


class Source(StrEnum):
    FILE = "file"  # the file's analysis (or the printer class a model was sliced for)
    PERSON = "person"


class Origin(BaseModel):
    """Where one requirement came from: the file, or a person (`by`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: Source
    by: str | None = Field(default=None, max_length=128)  # the person's user name

    @classmethod
    def by_person(cls, who: str) -> Origin:
        return cls(source=Source.PERSON, by=who or None)

    def describe(self) -> str:
        if self.source is Source.FILE:
            return "from the file"
        return f"set by {self.by}" if self.by else "set by a person"


FROM_FILE = Origin(source=Source.FILE)


class Requirements(BaseModel):
    """What a job needs of a printer; every field is optional (None: anything goes)."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    printer: str | None = None  # an explicit printer key, "agent/printer"
    tags: frozenset[str] = frozenset()  # the printer must carry all (groups are tags)
    firmware: str | None = None  # a dialect ("marlin") or a profile name ("prusa_mk3")
    # The file's G-code flavour (a dialect): runs on that firmware or one that reads it
    # (a Marlin file on Prusa or Klipper firmware; see flavour_runs_on).
    gcode_flavor: str | None = Field(default=None, max_length=64)
    nozzle_diameter: float | None = Field(default=None, gt=0)
    filament_diameter: float | None = Field(default=None, gt=0, le=10)
    material: str | None = None  # compared case-insensitively with the loaded material
    tool_count: int | None = Field(default=None, ge=1, le=64)  # tools the file uses
    bed_temperature: float | None = Field(default=None, ge=0, le=1000)  # °C it heats to
    extents: Extents | None = None  # must fit in the build volume
    site: str | None = None
    colour: str | None = None  # "#rrggbb": the loaded spool's colour
    # Where each requirement came from, by field name (absent: not recorded).
    provenance: dict[str, Origin] = Field(default_factory=dict, max_length=32)

    @field_validator("material", "firmware", "gcode_flavor")
    @classmethod
    def _casefold(cls, value: str | None) -> str | None:
        return value.casefold() if value is not None else None

    @field_validator("colour")
    @classmethod
    def _hex_colour(cls, value: str | None) -> str | None:
        return normalise_colour(value)

    @field_validator("provenance")
    @classmethod
    def _known_fields(cls, value: dict[str, Origin]) -> dict[str, Origin]:
        unknown = sorted(set(value) - set(NEEDS))
        if unknown:
            raise ValueError(f"provenance of unknown requirements: {', '.join(unknown)}")
        return value

    def __hash__(self) -> int:  # frozen, and a dict field: hash what is matched
        return hash(self.needs())

    def needs(self) -> tuple[Any, ...]:
        """The values dispatch matches, without their provenance."""
        return tuple(getattr(self, name) for name in NEEDS)

    def origin(self, name: str) -> Origin | None:
        return self.provenance.get(name)

    @classmethod
    def from_person(cls, data: Mapping[str, Any], who: str) -> Requirements:
        """A person's requirements from a request body: every field it names is theirs
        (a provenance in the body is ignored: nobody may claim the file said so)."""
        body = {k: v for k, v in data.items() if k != "provenance"}
        req = cls.model_validate(body)
        return req.stamped(who)

    def stamped(self, who: str) -> Requirements:
        """Every field set on this model attributed to the person `who` (any other
        provenance dropped)."""
        named = self.model_fields_set - {"provenance"}
        provenance = dict.fromkeys(named, Origin.by_person(who))
        return self.model_copy(update={"provenance": provenance})

    def overridden_by(self, person: Requirements) -> Requirements:
        """These (the file's) with every field `person` sets put in their place, with
        its origin; a field set without one came from the file (a model sliced for a
        printer class pins its nozzle and firmware)."""
        update: dict[str, Any] = {}
        provenance = dict(self.provenance)
        for name in NEEDS:
            if name in person.model_fields_set or name in person.provenance:
                update[name] = getattr(person, name)
                provenance[name] = person.provenance.get(name, FROM_FILE)
        return self.model_copy(update={**update, "provenance": provenance})

    def from_file_only(self) -> Requirements:
        """The requirements the file gave (and the extents, which always come from it)."""
        kept = {n for n, o in self.provenance.items() if o.source is Source.FILE}
        kept.add("extents")
        values = {n: getattr(self, n) for n in kept}
        provenance = {n: self.provenance[n] for n in kept if n in self.provenance}
        return Requirements.model_validate({**values, "provenance": provenance})

    def without(self, *names: str) -> Requirements:
        """A copy with `names` lifted (None / empty) and their provenance dropped."""
        defaults: dict[str, Any] = {n: Requirements.model_fields[n].get_default() for n in names}
        provenance = {k: v for k, v in self.provenance.items() if k not in names}
        return self.model_copy(update={**defaults, "provenance": provenance})


NEEDS: tuple[str, ...] = tuple(n for n in Requirements.model_fields if n != "provenance")

# G-code flavour (the file's) -> the printer dialects that run it. Klipper reads Marlin's
# G-code (PrusaSlicer has no Klipper flavour); Prusa-Firmware-Buddy (MINI, MK4) is
# Marlin 2, and PrusaSlicer's Prusa files run on Marlin with its own checks skipped.
_RUNS_ON = {
    "marlin": frozenset({"marlin", "prusa", "klipper"}),
    "prusa": frozenset({"prusa", "marlin", "klipper"}),
    "smoothieware": frozenset({"smoothieware", "marlin"}),
}


def flavour_runs_on(flavour: str, dialect: str) -> bool:
    """Whether G-code of `flavour` runs on a printer of firmware `dialect`."""
    return dialect in _RUNS_ON.get(flavour, frozenset({flavour}))


ANYTHING = Requirements()
