"""The history as CSV, one table per `kind` (each a plain table a spreadsheet opens):
utilisation (one row per printer and day), outcomes (per day), causes, members."""

from __future__ import annotations

import csv
import io
from enum import StrEnum

from coordinator.stats.history import HistoryOut


class CsvKind(StrEnum):
    UTILISATION = "utilisation"
    OUTCOMES = "outcomes"
    CAUSES = "causes"
    MEMBERS = "members"


def to_csv(h: HistoryOut, kind: CsvKind) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    if kind is CsvKind.UTILISATION:
        w.writerow(["day", "printer", "printing_hours", "utilisation_percent"])
        for p in h.utilisation:
            for day, s, u in zip(h.days, p.printing_s, p.utilisation, strict=True):
                w.writerow([day.isoformat(), p.printer, f"{s / 3600:.3f}", f"{u * 100:.2f}"])
    elif kind is CsvKind.OUTCOMES:
        w.writerow(["day", "done", "failed", "cancelled"])
        for o in h.outcomes:
            w.writerow([o.day.isoformat(), o.done, o.failed, o.cancelled])
    elif kind is CsvKind.CAUSES:
        w.writerow(["cause", "count"])
        for c in h.causes:
            w.writerow([c.cause, c.count])
    else:
        w.writerow(["member", "jobs_done", "jobs_failed", "print_hours", "filament_g",
                    "done_without_estimate"])  # fmt: skip
        for m in h.members:
            w.writerow([_cell(m.member), m.jobs_done, m.jobs_failed, f"{m.print_hours:.3f}",
                        f"{m.filament_g:.1f}", m.without_estimate])  # fmt: skip
    return out.getvalue()


def _cell(text: str) -> str:
    """A spreadsheet runs a cell that starts with = + - @ as a formula: quote it."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
