"""Notifications through Apprise: job finished, job failed (with the cause), bed to
clear, printer offline for long, job waiting for approval; to the job's owner and to
the farm's operators. See notifier.py for how each message goes out at most once."""

from coordinator.notify.notifier import Notifier
from coordinator.notify.targets import Targets

__all__ = ["Notifier", "Targets"]
