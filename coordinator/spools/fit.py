"""Whether a printer's spool holds enough filament for a job: pure, for the dispatcher and
`explain` alike."""

from __future__ import annotations

from agent.wire.spools import FilamentSpool

# A job takes a printer only if the spool holds its estimate plus this share: slicer
# estimates are close, but a spool's remaining weight is a person's guess.
SPOOL_MARGIN = 1.10


def needed_grams(job_grams: float) -> float:
    return job_grams * SPOOL_MARGIN


def too_short(spool: FilamentSpool | None, job_grams: float | None) -> bool:
    """True when the spool is known and holds less than the job needs (with the margin).
    An unknown spool or a job of unknown weight is never too short."""
    if spool is None or job_grams is None:
        return False
    return spool.grams < needed_grams(job_grams)


def shortfall(printer_key: str, spool: FilamentSpool, job_grams: float) -> str:
    return f"{spool.grams:.0f} g left on {printer_key}, the job needs {job_grams:.0f} g"
