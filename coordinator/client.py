"""A client of the coordinator's HTTP API (the CLI and the demo use it).

Requests are built from the route table (`coordinator/routes.py`), the same declaration
the server registers its handlers from; a token (`pf_…`) signs every request.
"""

from __future__ import annotations

import json
import ssl
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter

from coordinator.accounts.models import (
    AuditEntryOut,
    CreatedToken,
    CreatedUser,
    Role,
    Scope,
    TokenOut,
    UserOut,
)
from coordinator.credentials import redact
from coordinator.requirements import Requirements
from coordinator.routes import BY_NAME
from coordinator.views import CommandOut, GcodeOut, HealthOut, HilOut, JobOut, PrinterOut, Summary

if TYPE_CHECKING:
    import httpx

DEFAULT_API = "http://127.0.0.1:8080"
_JOBS = TypeAdapter(list[JobOut])
_PRINTERS = TypeAdapter(list[PrinterOut])
_USERS = TypeAdapter(list[UserOut])
_TOKENS = TypeAdapter(list[TokenOut])
_AUDIT = TypeAdapter(list[AuditEntryOut])


class ApiError(RuntimeError):
    """The coordinator refused a request or could not be reached; says what to do."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status  # the HTTP status, when the coordinator answered


def _detail(response: httpx.Response) -> str:
    """The coordinator's reason for refusing a request, as one line."""
    try:
        detail = response.json().get("detail", response.text)
    except ValueError:
        return response.text[:500]
    if isinstance(detail, list):  # a validation error: where, and what is wrong
        return "; ".join(f"{'.'.join(map(str, d.get('loc', [])))}: {d.get('msg')}" for d in detail)
    return str(detail)


class FarmClient:
    def __init__(
        self,
        base_url: str = DEFAULT_API,
        timeout_s: float = 30.0,
        *,
        token: str | None = None,
        verify: ssl.SSLContext | bool = True,  # True: the system's CAs, or SSL_CERT_FILE
    ) -> None:
        import httpx  # a coordinator extra: imported only when a command needs the API

        self.base_url = base_url.rstrip("/")
        self.token = token
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            self._http: httpx.Client = httpx.Client(
                base_url=self.base_url, timeout=timeout_s, headers=headers, verify=verify
            )
        except httpx.InvalidURL as e:
            message = f"{base_url!r} is not a URL ({e}); use e.g. {DEFAULT_API}"
            raise ApiError(redact(message)) from e

    @classmethod
    def login(
        cls, base_url: str, username: str, password: str, scope: Scope | None = None, **kw: Any
    ) -> tuple[FarmClient, str]:
        """Sign in with a password; returns a client using the new token, and the token."""
        with cls(base_url, **kw) as anonymous:
            form = {"username": username, "password": password}
            if scope is not None:
                form["scope"] = scope.value
            answer = anonymous.call("token_login", data=form)
        token = str(answer["access_token"])
        return cls(base_url, token=token, **kw), token

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> FarmClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        import httpx

        try:
            response = self._http.request(method, path, **kwargs)
        except (httpx.TransportError, httpx.InvalidURL) as e:
            raise ApiError(
                redact(f"cannot reach the coordinator at {self.base_url} ({e}); is ")
                + "`printfarm coordinator` running? (set --api or PRINTFARM_API)"
            ) from e
        if response.is_error:
            raise ApiError(
                f"{_detail(response)} ({method} {path}: {response.status_code})",
                status=response.status_code,
            )
        return response.json()

    def call(self, name: str, *, path: dict[str, str] | None = None, **kwargs: Any) -> Any:
        """The declared route `name`, its path parameters filled in from `path`."""
        route = BY_NAME[name]
        return self._request(route.method, route.url(**(path or {})), **kwargs)

    def health(self) -> HealthOut:
        """Worker, broker and database (a 503 is an answer here, not an error)."""
        import httpx

        try:
            response = self._http.get("/health")
        except httpx.TransportError as e:
            raise ApiError(redact(f"cannot reach the coordinator at {self.base_url} ({e})")) from e
        if response.status_code not in (200, 503):
            raise ApiError(f"GET /health: {response.status_code} {response.text[:200]}")
        return HealthOut.model_validate(response.json())

    def summary(self) -> Summary:
        return Summary.model_validate(self.call("summary"))

    def submit(
        self,
        path: Path,
        *,
        copies: int = 1,
        priority: int = 0,
        name: str | None = None,
        requirements: Requirements | None = None,
    ) -> list[JobOut]:
        form: dict[str, str] = {
            "copies": str(copies),
            "priority": str(priority),
            "requirements": json.dumps(
                (requirements or Requirements()).model_dump(
                    mode="json", exclude_unset=True, exclude={"provenance"}
                )
            ),
        }
        if name:
            form["name"] = name
        with path.open("rb") as f:
            files = {"file": (path.name, f, "text/x.gcode")}
            return _JOBS.validate_python(self.call("submit_job", data=form, files=files))

    def jobs(self, state: str | None = None) -> list[JobOut]:
        params = {"state": state} if state else None
        return _JOBS.validate_python(self.call("list_jobs", params=params))

    def job(self, job_id: str) -> JobOut:
        return JobOut.model_validate(self.call("get_job", path={"job_id": job_id}))

    def job_action(self, job_id: str, action: str) -> JobOut:
        """`pause`, `resume` or `cancel`."""
        return JobOut.model_validate(self.call(f"{action}_job", path={"job_id": job_id}))

    def requeue(self, job_id: str) -> list[JobOut]:
        return _JOBS.validate_python(self.call("requeue_job", path={"job_id": job_id}))

    def printers(self) -> list[PrinterOut]:
        return _PRINTERS.validate_python(self.call("list_printers"))

    def remove_printer(self, key: str) -> PrinterOut:
        """Take a printer out of service; returns what it was."""
        return PrinterOut.model_validate(self.call("remove_printer", path=_printer(key)))

    def clear(self, key: str) -> PrinterOut:
        return PrinterOut.model_validate(self.call("clear_bed", path=_printer(key)))

    def emergency_stop(self, key: str, reason: str = "") -> CommandOut:
        answer = self.call("emergency_stop", path=_printer(key), json={"reason": reason})
        return CommandOut.model_validate(answer)

    def send_gcode(self, key: str, line: str, wait_s: float = 10.0) -> GcodeOut:
        """The line's answer: the agent's (done, refused, failed) or `sent` after wait_s."""
        body = {"line": line, "wait_s": wait_s}
        return GcodeOut.model_validate(self.call("send_gcode", path=_printer(key), json=body))

    def printer_hil(self, key: str) -> HilOut:
        return HilOut.model_validate(self.call("printer_hil", path=_printer(key)))

    # -- accounts ---------------------------------------------------------------------------
    def users(self) -> list[UserOut]:
        return _USERS.validate_python(self.call("list_users"))

    def add_user(self, username: str, role: Role) -> CreatedUser:
        answer = self.call("add_user", json={"username": username, "role": role.value})
        return CreatedUser.model_validate(answer)

    def set_disabled(self, username: str, disabled: bool) -> UserOut:
        name = "disable_user" if disabled else "enable_user"
        return UserOut.model_validate(self.call(name, path={"username": username}))

    def set_password(
        self, username: str, new_password: str | None = None, current_password: str = ""
    ) -> str | None:
        """Returns the generated password when none was given (an admin's reset)."""
        body = {"current_password": current_password, "new_password": new_password}
        answer = self.call("set_password", path={"username": username}, json=body)
        return answer.get("password") if isinstance(answer, dict) else None

    def tokens(self, username: str | None = None) -> list[TokenOut]:
        params = {"username": username} if username else None
        return _TOKENS.validate_python(self.call("list_tokens", params=params))

    def create_token(
        self,
        scope: Scope,
        *,
        name: str = "",
        expires_days: float | None = 90,
        username: str | None = None,
    ) -> CreatedToken:
        body = {"scope": scope.value, "name": name, "expires_days": expires_days}
        if username:
            body["username"] = username
        return CreatedToken.model_validate(self.call("create_token", json=body))

    def revoke_token(self, token_id: str) -> TokenOut:
        return TokenOut.model_validate(self.call("revoke_token", path={"token_id": token_id}))

    def audit(
        self, username: str | None = None, since: float | None = None, limit: int = 1000
    ) -> list[AuditEntryOut]:
        params: dict[str, str | float | int] = {"limit": limit}
        if username:
            params["username"] = username
        if since is not None:
            params["since"] = since
        return _AUDIT.validate_python(self.call("audit", params=params))


def _printer(key: str) -> dict[str, str]:
    agent, _, printer = key.partition("/")
    return {"agent": agent, "printer": printer}
