"""The HTTP API (FastAPI): a thin adapter over `coordinator.service.Operations`.

Each handler is registered under its name in `coordinator/routes.py`, which gives its
method, path and access policy; `create_app` refuses to start if a declared route has no
handler or a handler has no declaration. Job files are served by sha256 with Range
support, so an agent resumes an interrupted download where it stopped.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse
from pydantic import ValidationError

from coordinator.access import Security
from coordinator.accounts.models import Principal, Role
from coordinator.agent_join import JoinIssuer
from coordinator.api_accounts import add_account_routes
from coordinator.api_app import FarmApi, http_error
from coordinator.api_console import add_console_routes
from coordinator.api_docs import add_api_docs_routes
from coordinator.api_job_edits import MEMBER_MAX_PRIORITY, add_job_edit_routes
from coordinator.api_join import add_join_routes
from coordinator.api_notify import add_notify_routes
from coordinator.api_octoprint import add_octoprint_routes
from coordinator.api_orders import add_order_routes
from coordinator.api_quotas import add_quota_routes
from coordinator.api_sites import add_site_routes
from coordinator.api_spools import add_spool_routes
from coordinator.api_stats import add_stats_routes
from coordinator.api_uploads import PLATE_HELP, UPLOAD_HELP, store_upload
from coordinator.files import FileTooLargeError
from coordinator.metrics import add_metrics_routes
from coordinator.orders.service import order_owner
from coordinator.requirements import Requirements
from coordinator.service import ConflictError, NotFoundError, Operations, UnprintableError
from coordinator.store import JobState
from coordinator.views import (
    CommandOut,
    EmergencyStopIn,
    ErrorOut,
    HealthOut,
    JobOut,
    PrinterOut,
    StoredFileOut,
    Summary,
)
from coordinator.web import add_web_routes

GCODE_MEDIA_TYPE = "text/x.gcode"
REQUIREMENTS_MAX_CHARS = 16_384
NO_NUL = r"^[^\x00]*$"  # PostgreSQL refuses NUL in text (it was a 500)
TOO_LARGE: dict[int | str, dict[str, Any]] = {413: {"model": ErrorOut}}
GCODE_BODY = {"content": {GCODE_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}}}


def _requirements(text: str, who: str) -> Requirements:
    """The submitter's requirements (each theirs: they override the file's)."""
    if len(text) > REQUIREMENTS_MAX_CHARS:
        raise HTTPException(422, f"requirements: over {REQUIREMENTS_MAX_CHARS} characters")
    try:
        data = json.loads(text or "{}")
        if not isinstance(data, dict):
            raise HTTPException(422, "requirements: a JSON object is expected")
        return Requirements.from_person(data, who)
    except RecursionError as e:
        raise HTTPException(422, "requirements: nested too deeply") from e
    except (json.JSONDecodeError, ValidationError) as e:
        raise HTTPException(422, f"requirements: {e}") from e


def caller(request: Request) -> Principal:
    """The signed-in caller (the route's guard has already let them in)."""
    principal: Principal = request.state.principal
    return principal


def create_app(ops: Operations, security: Security, joins: JoinIssuer | None = None) -> FarmApi:
    api = FarmApi(security, owner_of=lambda kind, thing: _owner(ops, kind, thing))
    _add_fleet_routes(api, ops)
    _add_job_routes(api, ops)
    _add_file_routes(api, ops)
    add_account_routes(api, security)
    add_quota_routes(api, ops)
    add_join_routes(api, joins)  # None: no embedded LAN broker, the route answers 409
    add_metrics_routes(api, ops)
    add_octoprint_routes(api, ops)
    add_api_docs_routes(api)
    add_web_routes(api, ops)
    add_notify_routes(api, ops)
    add_spool_routes(api, ops)
    add_site_routes(api, ops)
    add_console_routes(api, ops)
    add_job_edit_routes(api, ops)
    add_stats_routes(api, ops)
    add_order_routes(api, ops)
    api.check_complete()
    return api


def _owner(ops: Operations, kind: str, thing: str) -> str | None:
    if kind == "order_id":
        return order_owner(ops, thing)
    try:
        return ops.get_job(thing).submitter
    except NotFoundError:
        return None


def _add_fleet_routes(api: FarmApi, ops: Operations) -> None:
    @api.operation("health", responses={503: {"model": HealthOut}})
    def health() -> JSONResponse:
        """Worker, broker and database, each ok or not with why; 503 if any is not."""
        report = ops.health()
        return JSONResponse(report.model_dump(mode="json"), status_code=200 if report.ok else 503)

    @api.operation("stats")
    def stats() -> dict[str, int]:
        """Message counters since start (for monitoring and benchmarks)."""
        c = ops.c.counters
        per_channel = {f"received_{k}": v for k, v in sorted(c.by_channel.items())}
        return {
            "received": c.received, "dropped": c.dropped, "dispatched": c.dispatched,
            **per_channel,
        }  # fmt: skip

    @api.operation("summary")
    def summary() -> Summary:
        return ops.summary()

    @api.operation("list_printers")
    def list_printers() -> list[PrinterOut]:
        return ops.list_printers()

    @api.operation("get_printer")
    def get_printer(agent: str, printer: str) -> PrinterOut:
        with http_error():
            return ops.get_printer(f"{agent}/{printer}")

    @api.operation("clear_bed")
    def clear(request: Request, agent: str, printer: str) -> PrinterOut:
        """A person confirms the bed is empty: the printer may take the next job."""
        with http_error():
            return ops.clear_bed(f"{agent}/{printer}", caller(request).username)

    @api.operation("emergency_stop")
    def emergency_stop(
        request: Request, agent: str, printer: str, body: EmergencyStopIn | None = None
    ) -> CommandOut:
        """Halt the printer now: heaters off, motion stopped."""
        reason = f"by {caller(request).username}" + (
            f": {body.reason}" if body and body.reason else ""
        )
        with http_error():
            return ops.emergency_stop(f"{agent}/{printer}", reason)

    @api.operation("remove_printer")
    def remove_printer(agent: str, printer: str) -> PrinterOut:
        """Take a printer out of service (it must be gone from its agent's config):
        its record, its hold and its retained state on the broker. Returns what it was."""
        with http_error():
            return ops.remove_printer(f"{agent}/{printer}")


def _add_job_routes(api: FarmApi, ops: Operations) -> None:
    @api.operation("submit_job", responses=TOO_LARGE | {429: {"model": ErrorOut}})  # quota
    def submit(  # noqa: PLR0917  # FastAPI form fields are parameters
        request: Request,
        file: Annotated[UploadFile, File(description=UPLOAD_HELP)],
        copies: Annotated[int, Form(ge=1, le=1000)] = 1,
        priority: Annotated[int, Form(ge=-1000, le=1000)] = 0,
        name: Annotated[str | None, Form(max_length=256, pattern=NO_NUL)] = None,
        requirements: Annotated[str, Form(description="Requirements as JSON")] = "{}",
        plate: Annotated[int | None, Form(ge=1, le=9999, description=PLATE_HELP)] = None,
    ) -> list[JobOut]:
        """Upload a file and queue `copies` jobs printing it, owned by the caller: G-code,
        binary G-code (.bgcode), a .gcode.3mf (its `plate`), or a STL/3MF/OBJ model,
        sliced for the printer class that matches the requirements (which then pin it)."""
        req = _requirements(requirements, caller(request).username)
        member = caller(request).role is Role.MEMBER
        if member and priority > MEMBER_MAX_PRIORITY:
            raise HTTPException(
                403, f"members submit with a priority up to {MEMBER_MAX_PRIORITY}; "
                "ask an operator to move a job ahead",
            )  # fmt: skip
        file_name = (file.filename or "upload.gcode").rsplit("/", 1)[-1][:256] or "upload.gcode"
        stored, req, sliced = store_upload(ops, file.file, file_name, plate=plate, requirements=req)
        with http_error():
            jobs = ops.submit(
                stored,
                file_name,
                name=name,
                copies=copies,
                priority=priority,
                submitter=caller(request).username,
                requirements=req,
                variants=sliced,
                limited=member,
            )
        request.state.audit_target = file_name
        request.state.audit_detail = "jobs " + " ".join(j.id for j in jobs)
        return jobs

    @api.operation("list_jobs")
    def list_jobs(state: Annotated[JobState | None, Query()] = None) -> list[JobOut]:
        return ops.list_jobs(state)

    @api.operation("get_job")
    def get_job(job_id: str) -> JobOut:
        with http_error():
            return ops.get_job(job_id)

    def job_action(action: str, job_id: str) -> Any:
        with http_error():
            return getattr(ops, action)(job_id)

    @api.operation("pause_job")
    def pause(job_id: str) -> JobOut:
        result: JobOut = job_action("pause", job_id)
        return result

    @api.operation("resume_job")
    def resume(job_id: str) -> JobOut:
        result: JobOut = job_action("resume", job_id)
        return result

    @api.operation("cancel_job")
    def cancel(job_id: str) -> JobOut:
        result: JobOut = job_action("cancel", job_id)
        return result

    @api.operation("requeue_job")
    def requeue(job_id: str) -> list[JobOut]:
        """Queue a new job with the same file and settings as an ended one."""
        result: list[JobOut] = job_action("requeue", job_id)
        return result


def _add_file_routes(api: FarmApi, ops: Operations) -> None:
    @api.operation("upload_file", responses=TOO_LARGE)
    def upload_file(file: Annotated[UploadFile, File()]) -> StoredFileOut:
        try:
            stored = ops.c.files.put_stream(file.file)
        except FileTooLargeError as e:
            raise HTTPException(413, str(e)) from e
        return StoredFileOut(sha256=stored.sha256, size=stored.size)

    @api.operation(
        "get_file",
        response_class=FileResponse,
        responses={200: GCODE_BODY, 206: GCODE_BODY},
    )
    def get_file(sha256: str) -> FileResponse:
        """The bytes of a job file, for the agent given a signed link to it (or an
        operator); `Range: bytes=N-` resumes a download."""
        stored = ops.c.files.get(sha256)
        if stored is None:
            raise HTTPException(404, f"no file with sha256 {sha256[:80]}")
        return FileResponse(
            stored.path,
            media_type=GCODE_MEDIA_TYPE,
            headers={"ETag": f'"{stored.sha256}"', "Cache-Control": "private, immutable"},
        )


__all__ = ["ConflictError", "NotFoundError", "UnprintableError", "create_app"]
