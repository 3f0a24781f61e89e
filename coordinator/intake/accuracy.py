"""How our estimate compares with the slicer's own figure, and which slicers' figures
come from a motion planner (the ones we hold ourselves to, within 5 %).

Planner families: PrusaSlicer and SuperSlicer (their GCodeProcessor, a Marlin planner
model); OrcaSlicer and its forks (Creality Print 5+) and Bambu Studio (the same
processor, Klipper's SET_VELOCITY_LIMIT read as acceleration and jerk); Cura 4 and
later when the file carries its machine limits (CuraEngine's TimeEstimateCalculator,
a Marlin 1 planner; without the limits, which Cura's printer definitions hold and the
file does not, its figure cannot be reproduced).

Not planner families: KISSlicer's "Estimated Build Time" is a sum of path lengths over
speeds ("not including Z-travel"), plus its modelled extruder warm-up (57 s and 94 s
in the corpus files) and the slow-down for its minimum layer time, all of which the
file's own breakdown shows; for small parts that is nearly all of it. Simplify3D,
ideaMaker and Cura before 4 give figures of their own kinds and are only reported:
legacy Cura (15.04 and before) writes its figure to the minute ("0:29", "1 hour 16
minutes") and no machine limits, so there is nothing to hold a 5 % median to.
Kiri:Moto's "print time" is its exporter's sum of each move's length over its feed
rate, with no acceleration at all (grid-apps' FDM export), so a planner is right to
differ from it. FlashPrint writes no estimate into its G-code (its figure is in the
binary .gx header only). SuperSlicer is PrusaSlicer's GCodeProcessor, so its files
join the PrusaSlicer family (no public SuperSlicer file could be found for the corpus
yet; see tests/data/corpus/SOURCES.toml).

Bambu Studio's "model printing time" is its total less its "prepare" stage: the moves
of the machine start G-code (up to ``; MACHINE_START_GCODE_END``), with the heating,
homing, bed levelling and purge it holds. Its total adds those; so our figure for it
is our estimate less our start sequence, and older Bambu files that give only a total
are compared with our total.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coordinator.intake.models import GcodeAnalysis

PRUSA = "PrusaSlicer"
ORCA = "OrcaSlicer and forks"
BAMBU = "Bambu Studio"
CURA = "Cura >= 4 with machine limits"
_FAMILIES = {
    "PrusaSlicer": PRUSA, "SuperSlicer": PRUSA,
    "OrcaSlicer": ORCA, "Creality Print": ORCA,
    "BambuStudio": BAMBU,
}  # fmt: skip
MAX_MEDIAN_ERROR_PCT = 5.0


@dataclass(frozen=True)
class Comparison:
    ours_s: float
    own_s: float
    figure: str  # which of the slicer's figures: "total" or "model"

    @property
    def error_pct(self) -> float:
        return abs(self.ours_s - self.own_s) / self.own_s * 100


def planner_family(analysis: GcodeAnalysis) -> str | None:
    """The planner family whose figure ``analysis`` is held to, or None."""
    name = analysis.slicer.name or ""
    if name in _FAMILIES:
        return _FAMILIES[name]
    if name == "Cura" and _major(analysis.slicer.version) >= 4:
        return CURA if analysis.limits_source == "slicer" else None
    return None


def _major(version: str | None) -> int:
    if version is None:
        return 0
    if version == "master":  # a development build: later than any release
        return 99
    head = version.split(".")[0]
    return int(head) if head.isdigit() else 0


def compare(analysis: GcodeAnalysis) -> Comparison | None:
    """Our estimate beside the slicer's own comparable figure, if the file has one."""
    slicer = analysis.slicer
    if slicer.model_time_s:
        start = analysis.start_sequence_s or 0.0
        return Comparison(analysis.estimated_time_s - start, slicer.model_time_s, "model")
    if slicer.estimated_time_s:
        return Comparison(analysis.estimated_time_s, slicer.estimated_time_s, "total")
    return None


def family_errors(
    analyses: Iterable[tuple[str, GcodeAnalysis]],
) -> dict[str, list[tuple[float, str]]]:
    """|error| % against the slicer's own figure, per planner family: (error, file)
    sorted, for the files (named by the first item) that have a comparable figure."""
    errors: dict[str, list[tuple[float, str]]] = {}
    for name, analysis in analyses:
        family, comparison = planner_family(analysis), compare(analysis)
        if family is not None and comparison is not None:
            errors.setdefault(family, []).append((comparison.error_pct, name))
    return {family: sorted(found) for family, found in errors.items()}
