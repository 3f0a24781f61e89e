"""Who is calling, whether they may, and what they did: the HTTP side of accounts.

    security = Security.open(store.engine, https=False)
    app.add_middleware(...)  # see api.create_app: sessions, then the audit trail
    Depends(security.guard(route, owner_of))  # on every route, from coordinator/routes.py

A caller is a bearer token (`Authorization: Bearer pf_…`, or `X-Api-Key: pf_…` as slicers
send it to an OctoPrint host) or a browser session (a signed,
HttpOnly, SameSite=Lax cookie). A session's changes must also carry its CSRF token in
`X-CSRF-Token`; a cross-site page can neither read it nor send the header.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from coordinator.accounts.audit import AuditEvent, AuditLog
from coordinator.accounts.directory import Directory
from coordinator.accounts.file_links import FILE_LINK_KEY, FileLinks
from coordinator.accounts.models import Principal
from coordinator.accounts.rate_limit import LoginLimiter
from coordinator.routes import Policy, Route, allowed

SESSION_COOKIE = "printfarm_session"
SESSION_MAX_AGE_S = 14 * 86400
CSRF_HEADER = "X-CSRF-Token"
WALL_PUBLIC_KEY = "wall_public"  # "1": the wall view needs no sign-in
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Policies on a thing of one's own: the path parameter naming it (see `guard`'s owner_of).
_OWNED = {Policy.OWN_JOB: "job_id", Policy.OWN_ORDER: "order_id"}


@dataclass(frozen=True, slots=True)
class Security:
    directory: Directory
    audit: AuditLog
    limiter: LoginLimiter
    file_links: FileLinks
    session_key: str
    https: bool

    @classmethod
    def open(cls, engine: Engine, *, https: bool = False) -> Security:
        directory = Directory(engine)
        return cls(
            directory=directory,
            audit=AuditLog(engine),
            limiter=LoginLimiter(),
            file_links=FileLinks(directory.setting_secret(FILE_LINK_KEY)),
            session_key=directory.setting_secret("session_key"),
            https=https,
        )

    def guard(
        self, route: Route, owner_of: Callable[[str, str], str | None]
    ) -> Callable[[Request], Principal | None]:
        """The dependency that enforces `route.policy` (and notes the action for audit)."""

        def check(request: Request) -> Principal | None:
            request.state.audit_action = route.name
            request.state.audit_target = "/".join(str(v) for v in request.path_params.values())
            principal = self.caller(request)
            request.state.principal = principal
            if route.policy is Policy.FILE_LINK and "sig" in request.query_params:
                self._check_link(request)
                return principal
            wall_open = route.policy is Policy.WALL and principal is None and self.wall_open()
            if route.policy.scope is None or wall_open:
                return principal
            if principal is None and route.policy in (Policy.PAGE, Policy.WALL):
                raise HTTPException(303, "sign in first", headers={"Location": "/login"})
            if principal is None:
                raise HTTPException(
                    401,
                    "sign in first (`printfarm login`, or a token in 'Authorization: Bearer')",
                    headers={"WWW-Authenticate": "Bearer"},
                )
            if principal.is_session and request.method not in _SAFE_METHODS:
                _check_csrf(request)
            owns = False
            owned = _OWNED.get(route.policy)
            if owned is not None:
                thing = str(request.path_params.get(owned, ""))
                owns = owner_of(owned, thing) == principal.username
            if not allowed(route.policy, principal, owns):
                what = route.name.replace("_", " ")
                mine = " of another user" if owned is not None else ""
                raise HTTPException(
                    403,
                    f"{principal.username} ({principal.role}, scope {principal.scope}) may not "
                    f"{what}{mine}",
                )
            return principal

        return check

    def wall_open(self) -> bool:
        """An admin let anyone see the wall view (farm setting `wall_public`)."""
        return self.directory.setting(WALL_PUBLIC_KEY) == "1"

    def caller(self, request: Request) -> Principal | None:
        header = request.headers.get("authorization", "")
        api_key = request.headers.get("x-api-key", "").strip()
        if not header and api_key:  # slicers' OctoPrint uploads: a personal token as key
            header = f"Bearer {api_key}"
        if header:
            scheme, _, value = header.partition(" ")
            principal = self.directory.by_token(value) if scheme.lower() == "bearer" else None
            if principal is None:
                raise HTTPException(
                    401,
                    "the token is unknown, revoked or expired (create one with "
                    "`printfarm token create`, or `printfarm login`)",
                    headers={"WWW-Authenticate": "Bearer"},
                )
            return principal
        session = request.session
        username, version = session.get("u"), session.get("v")
        if not isinstance(username, str) or not isinstance(version, int):
            return None
        return self.directory.session_principal(username, version)

    def _check_link(self, request: Request) -> None:
        q = request.query_params
        agent = q.get("agent", "")
        request.state.audit_user = f"agent:{agent}"
        problem = self.file_links.check(
            str(request.path_params["sha256"]), agent, q.get("expires", ""), q.get("sig", "")
        )
        if problem is not None:
            raise HTTPException(403, problem)

    def start_session(self, request: Request, principal: Principal) -> str:
        """Sign `principal` in on this browser; returns the session's CSRF token."""
        csrf = secrets.token_urlsafe(32)
        request.session.clear()
        request.session.update(
            {
                "u": principal.username,
                "v": self.directory.session_version(principal.username),
                "csrf": csrf,
            }
        )
        return csrf


def _check_csrf(request: Request) -> None:
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER, "")
    if not isinstance(expected, str) or not hmac.compare_digest(expected, sent):
        raise HTTPException(
            403, f"CSRF token missing or wrong: send {CSRF_HEADER} as given by /auth/me"
        )


def client_address(scope: Scope | Request) -> str:
    client = scope.client if isinstance(scope, Request) else scope.get("client")
    return str(client[0]) if client else ""


class AuditMiddleware:
    """Records every request that may change the farm: the route (set by the guard), the
    caller, the address, the HTTP status and the error's text. The entry is written before
    the answer is sent, so a client that has its answer finds the action in the trail, in
    the order the client made them."""

    def __init__(self, app: ASGIApp, audit: AuditLog) -> None:
        self.app = app
        self.audit = audit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in _SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        recorded = False

        async def record(status: int) -> None:
            nonlocal recorded
            state: dict[str, Any] = scope.get("state", {})
            if not recorded and "audit_action" in state:
                recorded = True
                await run_in_threadpool(self.audit.record, _event(state, scope, status))

        async def record_then_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                await record(int(message["status"]))
            await send(message)

        try:
            await self.app(scope, receive, record_then_send)
        finally:
            await record(500)  # no answer was started: the request failed inside


def _event(state: dict[str, Any], scope: Scope, status: int) -> AuditEvent:
    principal = state.get("principal")
    username = principal.username if isinstance(principal, Principal) else ""
    return AuditEvent(
        username=username or str(state.get("audit_user", "")),
        source=client_address(scope),
        action=str(state["audit_action"]),
        target=str(state.get("audit_target", "")),
        status=status,
        detail=str(state.get("audit_detail", "")),
    )
