"""Jobs of several variants (a model sliced for several printer classes), from tables:
the dispatcher tries each variant's requirements in turn and says which one matched;
`explain` gives the reason of the variant nearest to printing."""

from __future__ import annotations

from dataclasses import replace

from agent.wire import PrinterStateName
from coordinator.dispatch import Assignment, QueuedJob, dispatch
from coordinator.explain import FleetMember, WaitKind, explain, nearest
from coordinator.intake.uploads import MAX_VARIANTS, Target, slicing_classes
from coordinator.requirements import Requirements
from tests.test_dispatch import printer

PRUSA = Requirements(firmware="prusa", nozzle_diameter=0.4, material="pla")
MARLIN = Requirements(firmware="marlin", nozzle_diameter=0.6, material="petg")
MK3 = printer("a/mk3", firmware="prusa", profile="prusa_mk3")
ENDER = printer("a/ender", nozzle_diameter=0.6, material="petg")
BUSY = PrinterStateName.PRINTING


def model_job(job_id: str, at: float = 0.0) -> QueuedJob:
    return QueuedJob(job_id, 0, at, "ann", PRUSA, variants=(PRUSA, MARLIN))


def test_the_first_variant_whose_class_is_free_is_taken() -> None:
    assert dispatch([model_job("j")], [MK3, ENDER]) == [Assignment("j", "a/mk3", 0)]
    assert dispatch([model_job("j")], [ENDER]) == [Assignment("j", "a/ender", 1)]
    busy_mk3 = replace(MK3, state=BUSY)
    assert dispatch([model_job("j")], [busy_mk3, ENDER]) == [Assignment("j", "a/ender", 1)]


def test_two_model_jobs_fill_both_classes() -> None:
    placed = dispatch([model_job("j1", 1), model_job("j2", 2)], [MK3, ENDER])
    assert placed == [Assignment("j1", "a/mk3", 0), Assignment("j2", "a/ender", 1)]


def test_no_variant_matching_a_free_printer_leaves_the_job_queued() -> None:
    other = printer("a/other", nozzle_diameter=0.8)
    assert dispatch([model_job("j")], [other, replace(ENDER, bed_clear=False)]) == []


def test_a_job_without_variants_has_no_variant_index() -> None:
    plain = QueuedJob("g", 0, 0.0, "ann", MARLIN)
    assert dispatch([plain], [MK3, ENDER]) == [Assignment("g", "a/ender")]


def test_explain_gives_the_variant_nearest_to_printing() -> None:
    """The PLA class is busy, the PETG printer is free: the job is about to go."""
    fleet = [FleetMember(replace(MK3, state=BUSY), remaining_s=600), FleetMember(ENDER)]
    reasons = [explain(PRUSA, fleet), explain(MARLIN, fleet)]
    assert [r.kind for r in reasons] == [WaitKind.BUSY, WaitKind.DISPATCHING]
    assert nearest(reasons) is reasons[1]
    assert nearest(reversed(reasons)) is reasons[1]


def test_slicing_classes_merge_volumes_and_keep_the_four_largest() -> None:
    """Two build volumes of one firmware, nozzle and material are sliced once (the
    larger class stands for both, counting all their printers); at most four."""

    def target(firmware: str, nozzle: float, volume: float = 200) -> Target:
        return Target(firmware, nozzle, "pla", (volume, volume, volume), (0, 1, 2))

    ranked = [
        (target("marlin", 0.4), 3), (target("prusa", 0.4), 2), (target("marlin", 0.4, 300), 2),
        (target("klipper", 0.4), 1), (target("marlin", 0.6), 1), (target("rrf", 0.4), 1),
    ]  # fmt: skip
    found = slicing_classes(ranked)
    assert MAX_VARIANTS == 4
    assert found == [
        (target("marlin", 0.4), 5), (target("prusa", 0.4), 2), (target("klipper", 0.4), 1),
        (target("marlin", 0.6), 1),
    ]  # fmt: skip
