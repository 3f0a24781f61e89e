"""`printfarm login|logout|user|token|audit`: accounts from the command line, over the API."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from coordinator.accounts import logins
from coordinator.accounts.models import Role, Scope
from coordinator.accounts.tokens import parse_token
from coordinator.client import DEFAULT_API, ApiError, FarmClient

console = Console()
err = Console(stderr=True)
ApiOption = Annotated[
    str, typer.Option("--api", envvar="PRINTFARM_API", help="The coordinator's HTTP API")
]
user_app = typer.Typer(help="Users and their roles (admin).", no_args_is_help=True)
token_app = typer.Typer(help="API tokens for scripts, agents and slicers.", no_args_is_help=True)


def client(api: str) -> FarmClient:
    """A client signed in with PRINTFARM_TOKEN, PRINTFARM_TOKEN_FILE or `printfarm login`."""
    try:
        token = logins.token_for(api)
    except logins.LoginStoreError as e:
        err.print(f"[red]error:[/] {e}")
        raise typer.Exit(2) from e
    return FarmClient(api, token=token)


@contextmanager
def signed_in(api: str) -> Iterator[FarmClient]:
    """A signed-in client; a refusal or an unreachable coordinator ends the command with
    its reason (exit status 1)."""
    try:
        with client(api) as c:
            yield c
    except ApiError as e:
        raise fail(e) from e


def fail(error: ApiError) -> typer.Exit:
    err.print(f"[red]error:[/] {error}", highlight=False)
    if error.status == 401:
        err.print("sign in with `printfarm login` (or set PRINTFARM_TOKEN)")
    return typer.Exit(1)


def _when(ts: float | None) -> str:
    return "never" if ts is None else datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def _read_password(password_file: Path | None, prompt: str) -> str:
    if password_file is not None:
        try:
            return password_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError) as e:
            err.print(f"[red]error:[/] cannot read a password from {password_file}: {e}")
            raise typer.Exit(2) from e
    return str(typer.prompt(prompt, hide_input=True))


def login(
    user: Annotated[str, typer.Option("--user", "-u", help="Your username")] = "admin",
    scope: Annotated[Scope | None, typer.Option(help="Default: all your role allows")] = None,
    password_file: Annotated[
        Path | None, typer.Option(help="Read the password from this file (else: a prompt)")
    ] = None,
    api: ApiOption = DEFAULT_API,
) -> None:
    """Sign in: a token for this coordinator, stored for the CLI (mode 600)."""
    password = _read_password(password_file, f"password for {user}")
    try:
        signed_in, token = FarmClient.login(api, user, password, scope)
        with signed_in as c:
            me = c.call("me")
    except ApiError as e:
        raise fail(e) from e
    path = logins.save(api, token)
    console.print(
        f"signed in to {api} as {me['username']} ({me['role']}, scope {me['scope']}); "
        f"token kept in {path}"
    )


def logout(api: ApiOption = DEFAULT_API) -> None:
    """Revoke the stored token of this coordinator and forget it."""
    token = logins.token_for(api)
    parts = parse_token(token or "")
    if parts is not None:
        try:
            with FarmClient(api, token=token) as c:
                c.revoke_token(parts.id)
        except ApiError as e:
            err.print(f"warning: the token was not revoked ({e})")
    logins.save(api, None)
    console.print(f"signed out of {api}")


@user_app.command("add")
def user_add(
    name: str,
    role: Annotated[Role, typer.Option(help="member, operator or admin")] = Role.MEMBER,
    api: ApiOption = DEFAULT_API,
) -> None:
    """Create a user; prints their one-time password (shown this once only)."""
    with signed_in(api) as c:
        created = c.add_user(name, role)
    console.print(f"user {created.user.username} ({created.user.role})")
    print(f"one-time password: {created.password}")


@user_app.command("list")
def user_list(api: ApiOption = DEFAULT_API) -> None:
    with signed_in(api) as c:
        users = c.users()
    table = Table("user", "role", "state", "created")
    for u in users:
        table.add_row(
            u.username, u.role, "disabled" if u.disabled else "active", _when(u.created_at)
        )
    console.print(table)


@user_app.command("disable")
def user_disable(name: str, api: ApiOption = DEFAULT_API) -> None:
    """Refuse the user's sessions and tokens from now on."""
    with signed_in(api) as c:
        c.set_disabled(name, True)
    console.print(f"disabled {name}")


@user_app.command("enable")
def user_enable(name: str, api: ApiOption = DEFAULT_API) -> None:
    with signed_in(api) as c:
        c.set_disabled(name, False)
    console.print(f"enabled {name}")


@user_app.command("passwd")
def user_passwd(
    name: str,
    password_file: Annotated[
        Path | None, typer.Option(help="Your new password from this file (else: a prompt)")
    ] = None,
    reset: Annotated[
        bool, typer.Option(help="Admin: generate a one-time password for NAME")
    ] = False,
    api: ApiOption = DEFAULT_API,
) -> None:
    """Change your password, or (admin, --reset) give another user a new one-time one."""
    with signed_in(api) as c:
        if reset:
            generated = c.set_password(name)
        else:
            current = str(typer.prompt("current password", hide_input=True))
            new = _read_password(password_file, "new password (12+ characters)")
            generated = c.set_password(name, new, current)
    console.print(f"password of {name} changed; their older sessions are signed out")
    if generated:
        print(f"one-time password: {generated}")


def _expiry(text: str) -> float | None:
    if text == "never":
        return None
    try:
        days = float(text.removesuffix("d"))
    except ValueError as e:
        raise typer.BadParameter(f"{text!r}: give days (e.g. 90 or 90d) or 'never'") from e
    return days


@token_app.command("create")
def token_create(
    scope: Annotated[Scope, typer.Option(help="read, submit, operate or admin")],
    user: Annotated[str | None, typer.Option(help="Admin: for this user")] = None,
    expires: Annotated[str, typer.Option(help="Days, or 'never'")] = "90",
    name: Annotated[str, typer.Option(help="What it is for")] = "",
    api: ApiOption = DEFAULT_API,
) -> None:
    """Create a token; prints it once (only its hash is kept)."""
    with signed_in(api) as c:
        created = c.create_token(scope, name=name, expires_days=_expiry(expires), username=user)
    t = created.token
    console.print(f"token {t.id} for {t.username}, scope {t.scope}, expires {_when(t.expires_at)}")
    print(created.secret)


@token_app.command("list")
def token_list(
    user: Annotated[str | None, typer.Option(help="Admin: this user's")] = None,
    api: ApiOption = DEFAULT_API,
) -> None:
    with signed_in(api) as c:
        tokens = c.tokens(user)
    table = Table("id", "user", "name", "scope", "created", "expires", "last used", "state")
    for t in tokens:
        state = (
            "revoked"
            if t.revoked
            else ("expired" if t.expires_at and t.expires_at < time.time() else "active")
        )
        table.add_row(
            t.id, t.username, t.name, t.scope, _when(t.created_at), _when(t.expires_at),
            _when(t.last_used_at), state,
        )  # fmt: skip
    console.print(table)


@token_app.command("revoke")
def token_revoke(token_id: str, api: ApiOption = DEFAULT_API) -> None:
    with signed_in(api) as c:
        c.revoke_token(token_id)
    console.print(f"revoked {token_id}")


def _since(text: str | None) -> float | None:
    """`2h`, `3d`, `30m`, an ISO date or time, or Unix seconds."""
    if text is None:
        return None
    units = {"m": 60, "h": 3600, "d": 86400}
    if text[-1:] in units and text[:-1].replace(".", "", 1).isdigit():
        return time.time() - float(text[:-1]) * units[text[-1]]
    try:
        return float(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError as e:
        raise typer.BadParameter(f"{text!r}: give 2h, 3d, 2026-11-29 or Unix seconds") from e


def audit(
    user: Annotated[str | None, typer.Option(help="Only this user's actions")] = None,
    since: Annotated[str | None, typer.Option(help="2h, 3d, 2026-11-29 or Unix seconds")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 200,
    api: ApiOption = DEFAULT_API,
) -> None:
    """Who changed what, from where, and how it ended (operators and admins)."""
    with signed_in(api) as c:
        entries = c.audit(user, _since(since), limit)
    table = Table("when", "user", "from", "action", "target", "result", "detail")
    for a in entries:
        result = f"{a.outcome} {a.status}"
        table.add_row(
            _when(a.ts), a.username or "-", a.source, a.action, a.target, result, a.detail[:80]
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("login")(login)
    app.command("logout")(logout)
    app.add_typer(user_app, name="user")
    app.add_typer(token_app, name="token")
    app.command("audit")(audit)
