"""Routes of notifications: a user's own Apprise URLs, and the farm's (admins).

URLs hold webhook tokens and passwords: they are stored as given and only ever answered
redacted (Apprise's privacy form), never logged, never in an error message.
"""

from __future__ import annotations

from fastapi import HTTPException, Request

from coordinator.accounts.models import Principal
from coordinator.api_app import FarmApi
from coordinator.notify.tables import FARM
from coordinator.notify.targets import (
    FarmNotificationsIn,
    MyNotificationsIn,
    NotificationsOut,
    Targets,
    problem,
)
from coordinator.service import Operations


def _me(request: Request) -> str:
    principal: Principal = request.state.principal  # the route's guard let them in
    return principal.username


def _check(urls: list[str]) -> None:
    why = problem(urls)
    if why is not None:
        raise HTTPException(422, why)


def add_notify_routes(api: FarmApi, ops: Operations) -> None:
    targets = Targets(ops.c.store)

    @api.operation("my_notifications")
    def mine(request: Request) -> NotificationsOut:
        """Where you are told of your jobs (finished, failed, waiting for approval)."""
        return targets.shown(_me(request))

    @api.operation("set_my_notifications")
    def set_mine(request: Request, body: MyNotificationsIn) -> NotificationsOut:
        """Replace your notification URLs (Apprise URLs: ntfy://, discord://, mailto://…)."""
        username = _me(request)
        _check(body.urls)
        targets.set(username, body.urls)
        request.state.audit_detail = f"{len(body.urls)} URLs"
        return targets.shown(username)

    @api.operation("farm_notifications")
    def farm() -> NotificationsOut:
        """Where operators are told of every job's end, beds to clear, printers offline
        for long and jobs waiting for approval."""
        return targets.shown(FARM)

    @api.operation("set_farm_notifications")
    def set_farm(request: Request, body: FarmNotificationsIn) -> NotificationsOut:
        _check(body.urls)
        targets.set(FARM, body.urls, body.offline_after_min * 60)
        request.state.audit_detail = f"{len(body.urls)} URLs"
        return targets.shown(FARM)
