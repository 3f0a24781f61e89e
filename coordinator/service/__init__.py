"""The running coordinator: fleet view, job lifecycle, dispatch loop, user operations."""

from coordinator.service.engine import Coordinator, CoordinatorConfig
from coordinator.service.jobs import Timing
from coordinator.service.operations import (
    ConflictError,
    NotFoundError,
    Operations,
    UnprintableError,
)

__all__ = [
    "ConflictError",
    "Coordinator",
    "CoordinatorConfig",
    "NotFoundError",
    "Operations",
    "Timing",
    "UnprintableError",
]
