"""History and statistics of the farm (issue 11): runs rebuilt from the store's events,
aggregated per printer, day, cause and member, served as JSON and CSV."""

from coordinator.stats.history import MAX_DAYS, HistoryOut, history
from coordinator.stats.runs import Run, load_runs

__all__ = ["MAX_DAYS", "HistoryOut", "Run", "history", "load_runs"]
