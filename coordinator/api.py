"""The HTTP API (FastAPI): everything a user does, and job files for the agents.

A thin adapter over `coordinator.service.Operations`; the OpenAPI schema is at
`/openapi.json` (and browsable at `/docs`). Job files are served by sha256 with Range
support, so an agent resumes an interrupted download where it stopped.
"""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse
from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError

from coordinator.dispatch import Requirements
from coordinator.files import FileTooLargeError
from coordinator.service import ConflictError, NotFoundError, Operations, UnprintableError
from coordinator.service.resilience import StoreUnavailableError, cause, is_outage
from coordinator.store import JobState
from coordinator.views import HealthOut, JobOut, PrinterOut, StoredFileOut, Summary

GCODE_MEDIA_TYPE = "text/x.gcode"


def _http(error: Exception) -> HTTPException:
    if isinstance(error, NotFoundError):
        return HTTPException(404, str(error))
    if isinstance(error, ConflictError):
        return HTTPException(409, str(error))
    return HTTPException(422, str(error))


def _requirements(text: str) -> Requirements:
    try:
        return Requirements.model_validate(json.loads(text or "{}"))
    except (json.JSONDecodeError, ValidationError) as e:
        raise HTTPException(422, f"requirements: {e}") from e


def _outage_handlers(app: FastAPI) -> None:
    """The database unreachable: 503 with the reason, never a bare 500."""

    @app.exception_handler(StoreUnavailableError)
    async def unavailable(_request: Request, error: StoreUnavailableError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=503)

    @app.exception_handler(SQLAlchemyError)
    async def store_error(_request: Request, error: SQLAlchemyError) -> JSONResponse:
        if not is_outage(error):
            raise error
        detail = f"the database is unavailable ({cause(error)}); try again shortly"
        return JSONResponse({"detail": detail}, status_code=503)


# A route table: its size is the number of routes (it becomes one table of operations).
def create_app(ops: Operations) -> FastAPI:  # noqa: C901 — a route table, not logic
    app = FastAPI(
        title="printfarm coordinator",
        version="1",
        description="Submit G-code, watch the fleet, control jobs and printers.",
    )

    _outage_handlers(app)

    @app.get("/health", responses={503: {"model": HealthOut}})
    def health() -> JSONResponse:
        """Worker, broker and database, each ok or not with why; 503 if any is not."""
        report = ops.health()
        return JSONResponse(report.model_dump(mode="json"), status_code=200 if report.ok else 503)

    @app.get("/stats")
    def stats() -> dict[str, int]:
        """Message counters since start (for monitoring and benchmarks)."""
        c = ops.c.counters
        per_channel = {f"received_{k}": v for k, v in sorted(c.by_channel.items())}
        return {
            "received": c.received, "dropped": c.dropped, "dispatched": c.dispatched,
            **per_channel,
        }  # fmt: skip

    @app.get("/summary")
    def summary() -> Summary:
        return ops.summary()

    @app.post("/jobs", status_code=201)
    def submit(  # noqa: PLR0917  # FastAPI form fields are parameters
        file: Annotated[UploadFile, File(description="a sliced G-code file")],
        copies: Annotated[int, Form(ge=1, le=1000)] = 1,
        priority: Annotated[int, Form(ge=-1000, le=1000)] = 0,
        name: Annotated[str | None, Form()] = None,
        submitter: Annotated[str, Form(max_length=128)] = "",
        requirements: Annotated[str, Form(description="Requirements as JSON")] = "{}",
    ) -> list[JobOut]:
        """Upload a G-code file and queue `copies` jobs printing it."""
        req = _requirements(requirements)
        try:
            stored = ops.c.files.put_stream(file.file)
        except FileTooLargeError as e:
            raise HTTPException(413, str(e)) from e
        file_name = (file.filename or "upload.gcode").rsplit("/", 1)[-1][:256] or "upload.gcode"
        try:
            return ops.submit(
                stored,
                file_name,
                name=name,
                copies=copies,
                priority=priority,
                submitter=submitter,
                requirements=req,
            )
        except UnprintableError as e:
            raise _http(e) from e

    @app.get("/jobs")
    def list_jobs(state: Annotated[JobState | None, Query()] = None) -> list[JobOut]:
        return ops.list_jobs(state)

    @app.get("/jobs/{job_id}")
    def get_job(job_id: str) -> JobOut:
        try:
            return ops.get_job(job_id)
        except NotFoundError as e:
            raise _http(e) from e

    def _job_action(action: str, job_id: str) -> JobOut:
        try:
            result: JobOut = getattr(ops, action)(job_id)
        except (NotFoundError, ConflictError) as e:
            raise _http(e) from e
        return result

    @app.post("/jobs/{job_id}/pause")
    def pause(job_id: str) -> JobOut:
        return _job_action("pause", job_id)

    @app.post("/jobs/{job_id}/resume")
    def resume(job_id: str) -> JobOut:
        return _job_action("resume", job_id)

    @app.post("/jobs/{job_id}/cancel")
    def cancel(job_id: str) -> JobOut:
        return _job_action("cancel", job_id)

    @app.post("/jobs/{job_id}/requeue", status_code=201)
    def requeue(job_id: str) -> list[JobOut]:
        """Queue a new job with the same file and settings as an ended one."""
        try:
            return ops.requeue(job_id)
        except (NotFoundError, ConflictError, UnprintableError) as e:
            raise _http(e) from e

    @app.get("/printers")
    def list_printers() -> list[PrinterOut]:
        return ops.list_printers()

    @app.get("/printers/{agent}/{printer}")
    def get_printer(agent: str, printer: str) -> PrinterOut:
        try:
            return ops.get_printer(f"{agent}/{printer}")
        except NotFoundError as e:
            raise _http(e) from e

    @app.post("/printers/{agent}/{printer}/clear")
    def clear(
        agent: str, printer: str, by: Annotated[str, Query(max_length=64)] = ""
    ) -> PrinterOut:
        """A person confirms the bed is empty: the printer may take the next job."""
        try:
            return ops.clear_bed(f"{agent}/{printer}", by)
        except NotFoundError as e:
            raise _http(e) from e

    @app.delete("/printers/{agent}/{printer}")
    def remove_printer(agent: str, printer: str) -> PrinterOut:
        """Take a printer out of service (it must be gone from its agent's config):
        its record, its hold and its retained state on the broker. Returns what it was."""
        try:
            return ops.remove_printer(f"{agent}/{printer}")
        except (NotFoundError, ConflictError) as e:
            raise _http(e) from e

    @app.post("/files", status_code=201)
    def upload_file(file: Annotated[UploadFile, File()]) -> StoredFileOut:
        try:
            stored = ops.c.files.put_stream(file.file)
        except FileTooLargeError as e:
            raise HTTPException(413, str(e)) from e
        return StoredFileOut(sha256=stored.sha256, size=stored.size)

    @app.get("/files/{sha256}", response_class=FileResponse)
    def get_file(sha256: str) -> FileResponse:
        """The bytes of a job file; `Range: bytes=N-` resumes a download."""
        stored = ops.c.files.get(sha256)
        if stored is None:
            raise HTTPException(404, f"no file with sha256 {sha256[:80]}")
        return FileResponse(
            stored.path,
            media_type=GCODE_MEDIA_TYPE,
            headers={"ETag": f'"{stored.sha256}"', "Cache-Control": "public, immutable"},
        )

    return app
