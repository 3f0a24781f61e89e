"""Routes of accounts: sign-in (browser session or token), users, tokens, the audit trail."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, ConfigDict, Field

from coordinator.access import Security, client_address
from coordinator.accounts.models import (
    ROLE_SCOPE,
    AuditEntryOut,
    CreatedToken,
    CreatedUser,
    Me,
    NewUser,
    PasswordChange,
    Principal,
    Scope,
    TokenOut,
    TokenRequest,
    UserOut,
)
from coordinator.accounts.passwords import generate_password
from coordinator.api_app import FarmApi, http_error
from coordinator.views import ErrorOut

LOGIN_TOKEN_DAYS = 90.0
TOO_MANY: dict[int | str, dict[str, Any]] = {429: {"model": ErrorOut}}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LoginIn(_Model):
    username: str = Field(max_length=64)
    password: str = Field(max_length=1024)


class TokenLoginOut(_Model):
    access_token: str
    token_type: str = "bearer"
    token: TokenOut


class PasswordOut(_Model):
    password: str | None = None  # set when the coordinator generated it (shown once)


class LoggedOut(_Model):
    signed_out: bool


def _caller(request: Request) -> Principal:
    principal: Principal = request.state.principal
    return principal


def _admin_or_self(principal: Principal, username: str, what: str) -> None:
    if username != principal.username and not principal.can(Scope.ADMIN):
        raise HTTPException(403, f"only an admin may {what} of another user")


def add_account_routes(api: FarmApi, security: Security) -> None:
    _add_sign_in_routes(api, security)
    _add_user_routes(api, security)
    _add_token_routes(api, security)

    @api.operation("audit")
    def audit(
        username: Annotated[str | None, Query(max_length=64)] = None,
        since: Annotated[float | None, Query(description="Unix time")] = None,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
    ) -> list[AuditEntryOut]:
        """Who changed what, from where, and how it ended (oldest first, the last `limit`)."""
        return security.audit.entries(username=username, since=since, limit=limit)


def _authenticate(security: Security, request: Request, username: str, password: str) -> Principal:
    request.state.audit_user = username[:64]
    keys = (f"address {client_address(request)}", f"user {username[:64]}")
    wait = security.limiter.retry_after(*keys)
    if wait > 0:
        raise HTTPException(
            429,
            f"too many failed sign-ins: try again in {int(wait) + 1} s",
            headers={"Retry-After": str(int(wait) + 1)},
        )
    # No user has a NUL in their name (PostgreSQL refuses it in a query: a 500).
    principal = None if "\x00" in username else security.directory.by_password(username, password)
    if principal is None:
        security.limiter.failed(*keys)
        raise HTTPException(401, "wrong username or password (or the account is disabled)")
    request.state.principal = principal
    return principal


def _add_sign_in_routes(api: FarmApi, security: Security) -> None:
    @api.operation("login", responses=TOO_MANY)
    def login(request: Request, body: LoginIn) -> Me:
        """Sign a browser in: a session cookie, and the CSRF token its changes must send."""
        principal = _authenticate(security, request, body.username, body.password)
        csrf = security.start_session(request, principal)
        return Me(
            username=principal.username, role=principal.role, scope=principal.scope,
            via="session", csrf_token=csrf,
        )  # fmt: skip

    @api.operation("token_login", responses=TOO_MANY)
    def token_login(
        request: Request, form: Annotated[OAuth2PasswordRequestForm, Depends()]
    ) -> TokenLoginOut:
        """Username and password for a new API token (OAuth2 password flow): what
        `printfarm login` does. `scope` is one of read, submit, operate, admin (default:
        the most the user's role allows)."""
        principal = _authenticate(security, request, form.username, form.password)
        wanted = form.scopes[0] if form.scopes else ROLE_SCOPE[principal.role].value
        if wanted not in Scope.__members__.values():
            raise HTTPException(422, f"scope {wanted!r}: use read, submit, operate or admin")
        with http_error():
            created = security.directory.create_token(
                principal.username, Scope(wanted), "login", LOGIN_TOKEN_DAYS
            )
        request.state.audit_detail = f"token {created.token.id}"
        return TokenLoginOut(access_token=created.secret, token=created.token)

    @api.operation("logout")
    def logout(request: Request) -> LoggedOut:
        """End this browser's session (tokens are revoked with DELETE /tokens/ID)."""
        had = bool(request.session)
        request.session.clear()
        return LoggedOut(signed_out=had)

    @api.operation("me")
    def me(request: Request) -> Me:
        principal = _caller(request)
        csrf = request.session.get("csrf") if principal.is_session else None
        return Me(
            username=principal.username, role=principal.role, scope=principal.scope,
            via=principal.via, csrf_token=csrf if isinstance(csrf, str) else None,
        )  # fmt: skip


def _add_user_routes(api: FarmApi, security: Security) -> None:
    directory = security.directory

    @api.operation("list_users")
    def list_users() -> list[UserOut]:
        return directory.users()

    @api.operation("add_user")
    def add_user(request: Request, body: NewUser) -> CreatedUser:
        """A new user with a one-time password, shown in this answer only."""
        request.state.audit_target = body.username
        request.state.audit_detail = f"role {body.role}"
        with http_error():
            return directory.add_user(body.username, body.role)

    @api.operation("disable_user")
    def disable_user(username: str) -> UserOut:
        """Sign the user out everywhere and refuse their sessions and tokens."""
        with http_error():
            return directory.set_disabled(username, True)

    @api.operation("enable_user")
    def enable_user(username: str) -> UserOut:
        with http_error():
            return directory.set_disabled(username, False)

    @api.operation("set_password")
    def set_password(request: Request, username: str, body: PasswordChange) -> PasswordOut:
        """Your own password (give the current one), or, for an admin, anyone's (without
        `new_password`, one is generated and shown once). Signs older sessions out."""
        principal = _caller(request)
        _admin_or_self(principal, username, "change the password")
        if username == principal.username:
            if body.new_password is None:
                raise HTTPException(422, "new_password: give the new password (12+ characters)")
            if directory.by_password(username, body.current_password) is None:
                raise HTTPException(403, "current_password is wrong")
        new = body.new_password or generate_password()
        with http_error():
            directory.set_password(username, new)
        return PasswordOut(password=None if body.new_password else new)


def _add_token_routes(api: FarmApi, security: Security) -> None:
    directory = security.directory

    @api.operation("list_tokens")
    def list_tokens(
        request: Request, username: Annotated[str | None, Query(max_length=64)] = None
    ) -> list[TokenOut]:
        """Your tokens; an admin sees a user's (`username`) or everyone's."""
        principal = _caller(request)
        if principal.can(Scope.ADMIN):
            return directory.tokens(username)
        _admin_or_self(principal, username or principal.username, "list the tokens")
        return directory.tokens(principal.username)

    @api.operation("create_token", responses={404: {"model": ErrorOut}})  # no such user
    def create_token(request: Request, body: TokenRequest) -> CreatedToken:
        """A token for scripts, agents and slicers; the secret is in this answer only."""
        principal = _caller(request)
        owner = body.username or principal.username
        _admin_or_self(principal, owner, "create a token")
        if body.scope.rank > principal.scope.rank:
            raise HTTPException(403, f"you are signed in with scope {principal.scope}: "
                                f"a token you create can have at most that")  # fmt: skip
        with http_error():
            created = directory.create_token(owner, body.scope, body.name, body.expires_days)
        request.state.audit_target = owner
        request.state.audit_detail = f"token {created.token.id} scope {body.scope}"
        return created

    @api.operation("revoke_token")
    def revoke_token(request: Request, token_id: str) -> TokenOut:
        principal = _caller(request)
        with http_error():
            token = directory.token(token_id[:32])
            _admin_or_self(principal, token.username, "revoke a token")
            return directory.revoke_token(token.id)


__all__ = ["add_account_routes"]
