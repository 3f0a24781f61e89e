"""The part of OctoPrint's REST API that slicers use to "send to printer", served by the
coordinator so a member points PrusaSlicer, SuperSlicer, OrcaSlicer or Cura at the farm
with their personal printfarm token as the "API key"; an upload becomes a job in the
farm's queue, owned by them, through the same path as `POST /jobs` (quotas included).

What the slicers send, read from their sources:
- PrusaSlicer/SuperSlicer/OrcaSlicer (src/slic3r/Utils/OctoPrint.cpp): `GET /api/version`
  with `X-Api-Key`, needing an `api` field and a `text` that starts with "OctoPrint"
  (`validate_version_text`), before every upload; then `POST /api/files/local`, multipart
  with `print` ("true"/"false"), `path` (the folder, often empty) and `file`.
- Cura's OctoPrint plugin (OctoPrintOutputDevice.py): polls `/api/settings`, `/api/version`,
  `/api/printerprofiles`, `/api/printer`, `/api/job`; uploads multipart `path`, `file` and
  optionally `select`/`print` to `/api/files/local`, then reads the `Location` header
  (which must contain "api/": it splits on it). `POST /api/login` (passive) answers 404
  here, which the plugin takes as "no user authorization" and goes on.

A farm has no selected file and no single printer: `print=true` and `select=true` both
mean "queue it", and so does an upload without them (a farm keeps no file library to
start it from later); the dispatcher starts the job when a matching printer is free.
`path` (OctoPrint's folder) is kept only in the job's name. Everything else under /api/
answers 404 with an OctoPrint-style `{"error": ...}` saying what is served.
"""

from __future__ import annotations

import inspect
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import File, Form, HTTPException, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException

from coordinator.accounts.models import Principal, Role
from coordinator.api_app import FarmApi, http_error
from coordinator.api_uploads import store_upload
from coordinator.requirements import Requirements
from coordinator.service import Operations
from coordinator.views import FieldErrorOut

API_PREFIX = "/api/"
OCTOPRINT_API_VERSION = "0.1"  # what OctoPrint 1.x reports as `api`
SERVED = "GET /api/version, /api/settings, /api/printer, /api/job, /api/printerprofiles, "
SERVED += "POST /api/files/local"
_TRUE = frozenset({"true", "yes", "y", "1", "on"})


class OctoPrintRefusal(BaseModel):
    """A refusal under /api/: OctoPrint's `error`, or the farm's `detail` where FastAPI
    (invalid fields) or the database (503) answered."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    error: str | None = None
    detail: str | list[FieldErrorOut] | None = None


# For the OpenAPI schema, over the farm's `{"detail": ...}` ones.
_READ_REFUSALS: dict[int | str, dict[str, Any]] = {
    code: {"model": OctoPrintRefusal} for code in (401, 403, 422, 503)
}
_UPLOAD_REFUSALS = _READ_REFUSALS | {
    code: {"model": OctoPrintRefusal} for code in (400, 409, 413, 429)
}


def _farm_version() -> str:
    try:
        return version("printfarm")
    except PackageNotFoundError:
        return "dev"


def _flag(value: str | None) -> bool:
    return value is not None and value.strip().casefold() in _TRUE


def _file_name(upload: UploadFile) -> str:
    name = (upload.filename or "upload.gcode").replace("\\", "/").rsplit("/", 1)[-1]
    return name[:256] or "upload.gcode"


def add_octoprint_routes(api: FarmApi, ops: Operations) -> None:
    _octoprint_errors(api)
    farm = _farm_version()

    @api.operation("octoprint_version", responses=_READ_REFUSALS)
    def octoprint_version() -> dict[str, str]:
        """OctoPrint's version answer; slicers test the connection (and the key) with it.
        PrusaSlicer refuses a `text` that does not start with "OctoPrint"."""
        return {
            "api": OCTOPRINT_API_VERSION,
            "server": f"printfarm {farm}",
            "text": f"OctoPrint API (printfarm {farm})",
        }

    @api.operation("octoprint_upload", responses=_UPLOAD_REFUSALS)
    def octoprint_upload(  # noqa: PLR0917  # multipart fields are parameters
        request: Request,
        file: Annotated[UploadFile | None, File(description="a sliced G-code file")] = None,
        path: Annotated[str, Form(max_length=1024)] = "",
        select: Annotated[str | None, Form()] = None,
        print_: Annotated[str | None, Form(alias="print")] = None,
        foldername: Annotated[str | None, Form(max_length=1024)] = None,
    ) -> Response:
        """OctoPrint's upload: the file becomes one job in the farm queue, owned by the
        caller (`print`/`select` are accepted and both just queue it, as does neither)."""
        if file is None:
            no = "printfarm has no folders" if foldername else "no file in the upload"
            raise HTTPException(400, f"{no}: send the G-code as multipart field 'file'")
        principal: Principal = request.state.principal
        file_name = _file_name(file)
        folder = path.replace("\\", "/").strip("/ ")
        stored, req, sliced = store_upload(ops, file.file, file_name, requirements=Requirements())
        with http_error():
            jobs = ops.submit(
                stored,
                file_name,
                name=f"{folder}/{file_name}" if folder else file_name,
                submitter=principal.username,
                requirements=req,
                variants=sliced,
                limited=principal.role is Role.MEMBER,
            )
        request.state.audit_target = file_name
        request.state.audit_detail = (
            f"via OctoPrint API (print={_flag(print_)}, select={_flag(select)}): "
            + " ".join(j.id for j in jobs)
        )
        resource = f"{str(request.base_url).rstrip('/')}/api/files/local/{quote(file_name)}"
        body: dict[str, Any] = {
            "files": {
                "local": {
                    "name": file_name,
                    "path": file_name,
                    "origin": "local",
                    "refs": {"resource": resource},
                }
            },
            "done": True,
            # Not OctoPrint's: where the upload went in the farm.
            "printfarm": {"jobs": [{"id": j.id, "state": j.state} for j in jobs]},
        }
        return JSONResponse(body, status_code=201, headers={"Location": resource})

    @api.operation("octoprint_settings", responses=_READ_REFUSALS)
    def octoprint_settings() -> dict[str, Any]:
        """Cura reads features from here: no SD card, and no analysis to wait for (so it
        sends `select`/`print` with the upload instead of a later command)."""
        return {"feature": {"sdSupport": False}, "api": {"enabled": True}}

    @api.operation("octoprint_printer", responses=_READ_REFUSALS)
    def octoprint_printer() -> dict[str, Any]:
        """The farm as one OctoPrint "printer": always operational and ready, since it
        takes jobs into its queue at any time (the real printers: GET /printers)."""
        flags = dict.fromkeys(
            ("printing", "paused", "pausing", "cancelling", "error", "closedOrError"), False
        )
        flags |= {"operational": True, "ready": True, "sdReady": False}
        return {"state": {"text": "Operational", "flags": flags}, "temperature": {}}

    @api.operation("octoprint_job", responses=_READ_REFUSALS)
    def octoprint_job() -> dict[str, Any]:
        """No current job: the farm runs many (GET /jobs); Cura polls this."""
        return {
            "job": {"file": {"name": None, "path": None, "size": None}},
            "progress": {"completion": None, "printTime": None, "printTimeLeft": None},
            "state": "Operational",
        }

    @api.operation("octoprint_printer_profiles", responses=_READ_REFUSALS)
    def octoprint_printer_profiles() -> dict[str, Any]:
        """One profile standing for the farm (Cura shows its name)."""
        profile = {"id": "_default", "name": "printfarm", "model": "printfarm queue"}
        return {"profiles": {"_default": profile | {"current": True, "default": True}}}


def _octoprint_errors(api: FarmApi) -> None:
    """Refusals under /api/ in OctoPrint's shape, `{"error": ...}` (slicers show it); the
    rest of the farm's API keeps its own (`{"detail": ...}`)."""
    farm_handler = api.exception_handlers[StarletteHTTPException]

    async def refusal(request: Request, error: Exception) -> Response:
        if not request.url.path.startswith(API_PREFIX):
            response = farm_handler(request, error)
            return await response if inspect.isawaitable(response) else response
        assert isinstance(error, StarletteHTTPException)
        message = str(error.detail)
        if error.status_code == 404 and message == "Not Found":
            message = f"printfarm serves only this part of OctoPrint's API: {SERVED}"
        request.state.audit_detail = message
        return JSONResponse(
            {"error": message}, status_code=error.status_code, headers=error.headers
        )

    api.add_exception_handler(StarletteHTTPException, refusal)


__all__ = ["add_octoprint_routes"]
