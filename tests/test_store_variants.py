"""A job's variants in the store (a real SQLite file and PostgreSQL): kept as submitted,
the claim of a variant (one by one, or a dispatch round's `claim_many`) makes its file,
requirements and estimates the job's in the same transaction, and a database of an
earlier version (no `variants` column) opens, gains the column and reads its jobs as
having none."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from coordinator.requirements import Requirements
from coordinator.store import JobSpec, JobState, Store, normalise_url
from coordinator.store.claims import claim_many
from coordinator.store.schema import Base
from coordinator.variants import Variant

KEY = "ag/p1"
PRUSA = Variant(
    label="prusa, 0.4 mm, pla", file_sha256="aa" * 32, file_size=10,
    requirements=Requirements(firmware="prusa", nozzle_diameter=0.4, material="pla"),
    estimated_s=600, filament_g=5,
)  # fmt: skip
MARLIN = Variant(
    label="marlin, 0.6 mm, petg", file_sha256="bb" * 32, file_size=20,
    requirements=Requirements(firmware="marlin", nozzle_diameter=0.6, material="petg"),
    estimated_s=400, filament_g=6,
)  # fmt: skip


def _spec(**more: object) -> JobSpec:
    return JobSpec.model_validate(
        {"name": "cube", "file_sha256": PRUSA.file_sha256, "file_size": PRUSA.file_size,
         "file_name": "cube.stl", "requirements": PRUSA.requirements,
         "estimated_s": PRUSA.estimated_s, "filament_g": PRUSA.filament_g} | more
    )  # fmt: skip


def _printer(store: Store) -> None:
    store.upsert_printer(KEY, online=True)


@pytest.mark.parametrize("bulk", [False, True], ids=["claim", "claim_many"])
def test_claiming_a_variant_makes_its_file_the_jobs(store_url: str, bulk: bool) -> None:
    store = Store(store_url)
    try:
        _printer(store)
        (job,) = store.submit(_spec(variants=(PRUSA, MARLIN)))
        assert store.get_job(job.id).variants == (PRUSA, MARLIN)
        assert store.get_job(job.id).chosen_variant() is None  # queued: none yet
        queued = store.get_job(job.id).as_queued()
        assert queued.variants == (PRUSA.requirements, MARLIN.requirements)

        if bulk:
            assert len(claim_many(store, [(job.id, KEY, MARLIN)])) == 1
        else:
            assert store.claim(job.id, KEY, variant=MARLIN) is not None
        claimed = store.get_job(job.id)
        assert claimed.state is JobState.ASSIGNED
        assert (claimed.file_sha256, claimed.file_size) == (MARLIN.file_sha256, 20)
        assert claimed.requirements == MARLIN.requirements
        assert (claimed.estimated_s, claimed.filament_g) == (400, 6)
        assert claimed.variants == (PRUSA, MARLIN)  # the choice stays visible
        assert claimed.chosen_variant() == 1
        (assigned,) = [e for e in store.history(job_id=job.id) if e.kind == "assigned"]
        assert assigned.detail["variant"] == MARLIN.label
    finally:
        store.close()


def test_a_person_s_requirement_holds_for_every_variant(store_url: str) -> None:
    """A colour set by ann on the job applies to whichever variant prints it."""
    store = Store(store_url)
    try:
        asked = PRUSA.requirements.overridden_by(
            Requirements.from_person({"colour": "#ff0000"}, "ann")
        )
        (job,) = store.submit(_spec(requirements=asked, variants=(PRUSA, MARLIN)))
        needs = store.get_job(job.id).as_queued().variants
        assert [r.colour for r in needs] == ["#ff0000", "#ff0000"]
        assert [r.firmware for r in needs] == ["prusa", "marlin"]
    finally:
        store.close()


def _old_database(url: str) -> None:
    """The schema as an earlier version left it: no jobs.variants, one queued job."""
    engine = create_engine(normalise_url(url))
    try:
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE jobs DROP COLUMN variants"))
            conn.execute(
                text(
                    "INSERT INTO jobs (id, batch_id, copy_index, name, file_sha256, file_size,"
                    " file_name, submitter, priority, requirements, state, fencing_token,"
                    " attempts, message, created_at, updated_at) VALUES ('old', 'old', 0,"
                    " 'old', :sha, 1, 'old.gcode', 'ann', 0, '{}', 'queued', 0, 0, '', 1, 1)"
                ),
                {"sha": "cc" * 32},
            )
    finally:
        engine.dispose()


def test_an_earlier_database_gains_the_variants_column(store_url: str) -> None:
    _old_database(store_url)
    store = Store(store_url)
    try:
        old = store.get_job("old")
        assert old.variants == ()
        assert old.as_queued().variants == ()
        (job,) = store.submit(_spec(variants=(PRUSA, MARLIN)))
        assert store.get_job(job.id).variants == (PRUSA, MARLIN)
    finally:
        store.close()
    Store(store_url).close()  # opening again changes nothing (the column is there)
