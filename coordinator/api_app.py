"""The FastAPI application of the coordinator: routes registered from the table in
`coordinator/routes.py`, each behind its policy's guard; sessions; the audit trail; errors
as JSON with the reason (a database outage is a 503, never a bare 500)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from coordinator.access import SESSION_COOKIE, SESSION_MAX_AGE_S, AuditMiddleware, Security
from coordinator.accounts.directory import AccountError, UnknownAccountError
from coordinator.quotas.limits import QuotaExceededError
from coordinator.routes import BY_NAME, ROUTES, Policy, Route
from coordinator.service import ConflictError, NotFoundError, UnprintableError
from coordinator.service.resilience import (
    StoreUnavailableError,
    cause,
    is_conflict,
    is_outage,
)
from coordinator.views import ErrorOut, InvalidOut

Handler = TypeVar("Handler", bound=Callable[..., Any])


@contextmanager
def http_error() -> Iterator[None]:
    """The service's refusals as HTTP statuses, with their message."""
    try:
        yield
    except (NotFoundError, UnknownAccountError) as e:
        raise HTTPException(404, str(e)) from e
    except ConflictError as e:
        raise HTTPException(409, str(e)) from e
    except (UnprintableError, AccountError) as e:
        raise HTTPException(422, str(e)) from e
    except QuotaExceededError as e:  # the member's quota: later, or less
        raise HTTPException(429, str(e)) from e


class FarmApi(FastAPI):
    def __init__(self, security: Security, owner_of: Callable[[str, str], str | None]) -> None:
        """`owner_of(kind, id)`: who owns the job ("job_id") or order ("order_id")."""
        super().__init__(
            title="printfarm coordinator",
            version="1",
            description="Submit G-code, watch the fleet, control jobs and printers. "
            "Sign in with `POST /auth/token` (scripts) or `POST /auth/login` (browsers).",
            openapi_url=None,  # served below, behind its policy
            docs_url=None,
            redoc_url=None,
        )
        self.security = security
        self._owner_of = owner_of
        self._registered: set[str] = set()
        self.add_middleware(AuditMiddleware, audit=security.audit)
        self.add_middleware(
            SessionMiddleware,
            secret_key=security.session_key,
            session_cookie=SESSION_COOKIE,
            max_age=SESSION_MAX_AGE_S,
            same_site="lax",
            https_only=security.https,
        )
        _error_handlers(self)

        @self.operation("openapi", include_in_schema=False)
        def openapi_schema() -> JSONResponse:
            return JSONResponse(self.openapi())

    def operation(self, name: str, **kwargs: Any) -> Callable[[Handler], Handler]:
        """Register the handler of the declared route `name` (method, path, status and
        policy come from the table)."""
        route = BY_NAME[name]

        def register(handler: Handler) -> Handler:
            if name in self._registered:
                raise RuntimeError(f"route {name!r} registered twice")
            self.add_api_route(
                route.path,
                handler,
                methods=[route.method],
                status_code=route.status,
                name=name,
                dependencies=[
                    Depends(_refuse_nul),
                    Depends(self.security.guard(route, self._owner_of)),
                ],
                description=f"{handler.__doc__ or ''}\n\nAccess: {route.policy}.",
                **{**kwargs, "responses": _refusals(route) | kwargs.get("responses", {})},
            )
            self._registered.add(name)
            return handler

        return register

    def check_complete(self) -> None:
        missing = [r.name for r in ROUTES if r.name not in self._registered]
        if missing:
            raise RuntimeError(f"declared routes without a handler: {', '.join(missing)}")


def _refusals(route: Route) -> dict[int | str, dict[str, Any]]:
    """The error answers `route` may give, for its OpenAPI schema (a handler adds its own,
    such as 413 or 429, with `responses=`)."""
    error = {"model": ErrorOut}
    answers: dict[int | str, dict[str, Any]] = {
        401: error,  # no or a bad token: even a public route refuses a bad one
        422: {"model": InvalidOut},
        503: error,  # the database is unavailable
    }
    if route.policy is not Policy.PUBLIC:
        answers[403] = error
    if "{" in route.path:
        answers[404] = error
    if route.changes_farm:
        answers[400] = error  # a body that cannot be parsed (not UTF-8, not a form)
        if route.policy is not Policy.PUBLIC:
            answers[409] = error
    return answers


def _refuse_nul(request: Request) -> None:
    """A NUL character in the path or the query can name nothing (PostgreSQL cannot even
    compare with it: it refuses the query, which was a 500)."""
    for name, value in [*request.path_params.items(), *request.query_params.multi_items()]:
        if "\x00" in value:
            raise HTTPException(422, f"{name}: NUL characters are not allowed")


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_refusal(request: Request, error: StarletteHTTPException) -> Response:
        request.state.audit_detail = str(error.detail)
        return await http_exception_handler(request, error)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        request.state.audit_detail = "; ".join(
            f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('msg')}" for e in error.errors()
        )[:1024]
        return await request_validation_exception_handler(request, error)

    @app.exception_handler(StoreUnavailableError)
    async def unavailable(_request: Request, error: StoreUnavailableError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=503)

    @app.exception_handler(SQLAlchemyError)
    async def store_error(_request: Request, error: SQLAlchemyError) -> JSONResponse:
        if not (is_outage(error) or is_conflict(error)):
            raise error
        detail = f"the database is unavailable ({cause(error)}); try again shortly"
        return JSONResponse({"detail": detail}, status_code=503)
