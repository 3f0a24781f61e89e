"""The coordinator's store: jobs, printers and history (SQLite file or PostgreSQL).

store = Store("sqlite:///data/printfarm.sqlite")      # or postgresql://user@host/db
jobs = store.submit(JobSpec(name=..., file_sha256=..., file_size=..., file_name=...))
claim = store.claim(job_id, "agent/printer")          # None: someone else got it
"""

from coordinator.store.engine import StoreConfigError, default_url, make_engine, normalise_url
from coordinator.store.records import Claim, EventRecord, JobRecord, JobSpec, PrinterRecord
from coordinator.store.repository import DEFAULT_LEASE_S, JobNotFoundError, Store
from coordinator.store.schema import ACTIVE_STATES, FINAL_STATES, JobState

__all__ = [
    "ACTIVE_STATES",
    "DEFAULT_LEASE_S",
    "FINAL_STATES",
    "Claim",
    "EventRecord",
    "JobNotFoundError",
    "JobRecord",
    "JobSpec",
    "JobState",
    "PrinterRecord",
    "Store",
    "StoreConfigError",
    "default_url",
    "make_engine",
    "normalise_url",
]
