"""Jobs that wait for approval, and quota usage, in the store (a real SQLite file and
PostgreSQL): such a job is never claimed until approved; a decision is taken once; a
member's usage counts waiting, active and done jobs within their windows, not cancelled
ones; several coordinators submitting for one member at once are counted in turn; a
database of an earlier version, without the estimate columns, opens and gains
them."""

from __future__ import annotations

import threading

from sqlalchemy import create_engine, text

from coordinator.accounts.directory import Directory
from coordinator.accounts.models import Role
from coordinator.quotas.limits import Estimate, QuotaExceededError, submit_limited, usage
from coordinator.quotas.settings import QuotaSettings, load_quotas, save_quotas
from coordinator.store import JobSpec, JobState, Store, normalise_url
from coordinator.store.approval import decide
from coordinator.store.schema import Base

SHA = "cd" * 32
KEY = "ag/p1"
NOW = 1_800_000_000.0
DAY = 86400.0


def _spec(**kw: object) -> JobSpec:
    base: dict[str, object] = {"name": "a", "file_sha256": SHA, "file_size": 1,
                               "file_name": "a.gcode", "submitter": "ann"}  # fmt: skip
    return JobSpec.model_validate(base | kw)


def _printer(store: Store) -> None:
    store.upsert_printer(KEY, online=True, now=NOW)


def test_a_job_awaiting_approval_is_claimed_only_once_approved(store_url: str) -> None:
    store = Store(store_url)
    try:
        _printer(store)
        reason = "estimated 9.5 h is over the farm's 8 h: an operator must approve it"
        (job,) = store.submit(_spec(estimated_s=34200.0, approval_reason=reason), now=NOW)
        assert job.state is JobState.NEEDS_APPROVAL
        stored = store.get_job(job.id)
        assert (stored.state, stored.message, stored.estimated_s) == (
            JobState.NEEDS_APPROVAL, reason, 34200.0,
        )  # fmt: skip
        assert store.job_ids(JobState.QUEUED) == set()
        assert store.claim(job.id, KEY, now=NOW) is None

        assert decide(store, job.id, approve=True, message="approved by op", by="op", now=NOW)
        assert not decide(store, job.id, approve=False, message="late", by="op2", now=NOW)
        assert store.get_job(job.id).state is JobState.QUEUED
        claim = store.claim(job.id, KEY, now=NOW)
        assert claim is not None
        kinds = [e.kind for e in store.history(job_id=job.id)]
        assert kinds == ["submitted", "approved", "assigned"]
    finally:
        store.close()


def test_a_rejected_job_ends_cancelled_with_the_reason(store_url: str) -> None:
    store = Store(store_url)
    try:
        (job,) = store.submit(_spec(approval_reason="too long"), now=NOW)
        assert decide(store, job.id, approve=False, message="rejected by op: no", by="op")
        ended = store.get_job(job.id)
        assert (ended.state, ended.message) == (JobState.CANCELLED, "rejected by op: no")
        assert not decide(store, job.id, approve=True, message="approved by op", by="op")
        (other,) = store.submit(_spec(approval_reason="heavy"), now=NOW)
        assert store.cancel_queued(other.id)  # its member withdraws it
        assert store.get_job(other.id).state is JobState.CANCELLED
    finally:
        store.close()


def test_usage_counts_what_the_quotas_say(store_url: str) -> None:
    store = Store(store_url)
    try:
        _printer(store)
        hour, gram = 3600.0, 1.0
        store.submit(_spec(estimated_s=2 * hour, filament_g=50 * gram), now=NOW - 1 * DAY)
        store.submit(_spec(estimated_s=hour, filament_g=10 * gram, approval_reason="x"), now=NOW)
        (done,) = store.submit(_spec(estimated_s=4 * hour, filament_g=100 * gram), now=NOW - DAY)
        claim = store.claim(done.id, KEY, now=NOW)
        assert claim is not None
        assert store.finish(done.id, claim.fencing_token, JobState.DONE, now=NOW)
        # outside the week, inside the month: grams only
        store.submit(_spec(estimated_s=8 * hour, filament_g=200 * gram), now=NOW - 10 * DAY)
        (gone,) = store.submit(_spec(estimated_s=16 * hour, filament_g=400 * gram), now=NOW)
        assert store.cancel_queued(gone.id)  # cancelled: not counted
        store.submit(_spec(estimated_s=hour, filament_g=1000 * gram), now=NOW - 40 * DAY)
        store.submit(_spec(submitter="bob", estimated_s=hour, filament_g=5 * gram), now=NOW)

        used = usage(store, "ann", NOW)
        # waiting: the 2 h one, the one awaiting approval, the 8 h one and the 40-day-old one
        assert used.waiting == 4
        assert used.hours_week == 2 + 1 + 4
        assert used.grams_month == 50 + 10 + 100 + 200
        assert usage(store, "nobody", NOW).waiting == 0
    finally:
        store.close()


def test_quota_settings_are_kept_in_the_store(store_url: str) -> None:
    store = Store(store_url)
    try:
        assert load_quotas(store) == QuotaSettings()
        wanted = QuotaSettings(max_queued_jobs=3, approval_over_hours=8.0)
        save_quotas(store, wanted)
        save_quotas(store, wanted.model_copy(update={"max_queued_jobs": 5}))
    finally:
        store.close()
    reopened = Store(store_url)
    try:
        assert load_quotas(reopened) == QuotaSettings(max_queued_jobs=5, approval_over_hours=8.0)
    finally:
        reopened.close()


def test_coordinators_submitting_at_once_are_counted_in_turn(store_url: str) -> None:
    """Six coordinators (a store each) submit for one member at the same moment, under a
    limit of two queued jobs: exactly two are queued, the others refused."""
    setup = Store(store_url)
    try:
        Directory(setup.engine).add_user("ann", Role.MEMBER)
        save_quotas(setup, QuotaSettings(max_queued_jobs=2))
    finally:
        setup.close()
    stores = [Store(store_url) for _ in range(6)]
    start = threading.Barrier(len(stores))
    outcomes: list[str] = []

    def submit(store: Store) -> None:
        start.wait()
        try:
            submit_limited(store, _spec(), Estimate(seconds=60.0), NOW)
            outcomes.append("queued")
        except QuotaExceededError:
            outcomes.append("refused")

    threads = [threading.Thread(target=submit, args=(s,)) for s in stores]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert sorted(outcomes) == ["queued"] * 2 + ["refused"] * 4
        assert len(stores[0].list_jobs([JobState.QUEUED])) == 2
    finally:
        for store in stores:
            store.close()


def test_an_earlier_database_gains_the_estimate_columns(store_url: str) -> None:
    engine = create_engine(normalise_url(store_url))
    try:
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            for column in ("estimated_s", "filament_g"):
                conn.execute(text(f"ALTER TABLE jobs DROP COLUMN {column}"))
            conn.execute(
                text(
                    "INSERT INTO jobs (id, batch_id, copy_index, name, file_sha256, file_size, "
                    "file_name, submitter, priority, requirements, state, fencing_token, "
                    "attempts, message, created_at, updated_at) VALUES ('old', 'old', 0, 'a', "
                    f"'{SHA}', 1, 'a.gcode', 'ann', 0, '{{}}', 'queued', 0, 0, '', {NOW}, {NOW})"
                )
            )
    finally:
        engine.dispose()
    store = Store(store_url)
    try:
        old = store.get_job("old")
        assert (old.estimated_s, old.filament_g) == (None, None)
        assert usage(store, "ann", NOW).waiting == 1
        assert usage(store, "ann", NOW).hours_week == 0
    finally:
        store.close()
