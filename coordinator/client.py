"""A client of the coordinator's HTTP API (the CLI and the demo use it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter

from coordinator.credentials import redact
from coordinator.dispatch import Requirements
from coordinator.views import HealthOut, JobOut, PrinterOut, Summary

if TYPE_CHECKING:
    import httpx

DEFAULT_API = "http://127.0.0.1:8080"
_JOBS = TypeAdapter(list[JobOut])
_PRINTERS = TypeAdapter(list[PrinterOut])


class ApiError(RuntimeError):
    """The coordinator refused a request or could not be reached; says what to do."""


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
    def __init__(self, base_url: str = DEFAULT_API, timeout_s: float = 30.0) -> None:
        import httpx  # a coordinator extra: imported only when a command needs the API

        self.base_url = base_url.rstrip("/")
        try:
            self._http: httpx.Client = httpx.Client(base_url=self.base_url, timeout=timeout_s)
        except httpx.InvalidURL as e:
            message = f"{base_url!r} is not a URL ({e}); use e.g. {DEFAULT_API}"
            raise ApiError(redact(message)) from e

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
            raise ApiError(f"{_detail(response)} ({method} {path}: {response.status_code})")
        return response.json()

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
        return Summary.model_validate(self._request("GET", "/summary"))

    def submit(
        self,
        path: Path,
        *,
        copies: int = 1,
        priority: int = 0,
        name: str | None = None,
        submitter: str = "",
        requirements: Requirements | None = None,
    ) -> list[JobOut]:
        form: dict[str, str] = {
            "copies": str(copies),
            "priority": str(priority),
            "submitter": submitter,
            "requirements": json.dumps(
                (requirements or Requirements()).model_dump(mode="json", exclude_defaults=True)
            ),
        }
        if name:
            form["name"] = name
        with path.open("rb") as f:
            files = {"file": (path.name, f, "text/x.gcode")}
            return _JOBS.validate_python(self._request("POST", "/jobs", data=form, files=files))

    def jobs(self, state: str | None = None) -> list[JobOut]:
        params = {"state": state} if state else None
        return _JOBS.validate_python(self._request("GET", "/jobs", params=params))

    def job(self, job_id: str) -> JobOut:
        return JobOut.model_validate(self._request("GET", f"/jobs/{job_id}"))

    def job_action(self, job_id: str, action: str) -> JobOut:
        """`pause`, `resume` or `cancel`."""
        return JobOut.model_validate(self._request("POST", f"/jobs/{job_id}/{action}"))

    def requeue(self, job_id: str) -> list[JobOut]:
        return _JOBS.validate_python(self._request("POST", f"/jobs/{job_id}/requeue"))

    def printers(self) -> list[PrinterOut]:
        return _PRINTERS.validate_python(self._request("GET", "/printers"))

    def remove_printer(self, key: str) -> PrinterOut:
        """Take a printer out of service; returns what it was."""
        return PrinterOut.model_validate(self._request("DELETE", f"/printers/{key}"))

    def clear(self, key: str, by: str = "") -> PrinterOut:
        return PrinterOut.model_validate(
            self._request("POST", f"/printers/{key}/clear", params={"by": by})
        )
