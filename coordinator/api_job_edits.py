"""Routes of a job's picture and of changes to a waiting job (issue 11's queue page):
its thumbnail, its priority (reordering the queue) and its requirements.

Priority, as a makerspace expects it: the order of the farm's queue is the operators'
call, so an operator sets any job's priority in [-1000, 1000]. A member may reorder
their OWN waiting jobs, but only at or below the default 0: they may let a job wait
behind others (or put it back to 0), never jump other members' jobs; the dispatcher's
fairness (coordinator/dispatch.py) then interleaves members within a priority.
"""

from __future__ import annotations

from fastapi import HTTPException, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from coordinator.accounts.models import Principal, Scope
from coordinator.api_app import FarmApi, http_error
from coordinator.requirements import Requirements
from coordinator.service import Operations
from coordinator.service.job_edits import change_priority, change_requirements
from coordinator.views import JobOut

MEMBER_MAX_PRIORITY = 0
IMAGES: dict[int | str, dict[str, object]] = {
    200: {"content": {"image/png": {}, "image/jpeg": {}}, "description": "the thumbnail"}
}


class PriorityIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    priority: int = Field(ge=-1000, le=1000)


def _caller(request: Request) -> Principal:
    principal: Principal = request.state.principal
    return principal


def add_job_edit_routes(api: FarmApi, ops: Operations) -> None:
    @api.operation("job_thumbnail", response_class=Response, responses=IMAGES)
    def thumbnail(request: Request, job_id: str) -> Response:
        """The slicer's picture of the job's file (the one nearest 300 px wide: PNG or
        JPEG as embedded, QOI converted to PNG); 404 when the file has none. Cached for a
        day: a job's file never changes."""
        with http_error():
            job = ops.get_job(job_id)
        tag = f'"{job.file_sha256}"'
        headers = {"ETag": tag, "Cache-Control": "private, max-age=86400, immutable"}
        if request.headers.get("if-none-match") == tag:
            return Response(status_code=304, headers=headers)
        picture = ops.thumbnails.picture(job.file_sha256)
        if picture is None:
            raise HTTPException(404, f"job {job_id}: its file has no thumbnail (PNG, JPEG or QOI)")
        return Response(picture.data, media_type=picture.media_type, headers=headers)

    @api.operation("set_job_priority")
    def set_priority(request: Request, job_id: str, body: PriorityIn) -> JobOut:
        """Reorder the queue: a waiting job's new priority (higher goes first). An
        operator sets any job's; a member only their own, and not above 0 (above would
        jump other members' jobs: ask an operator). 409 once the job was taken."""
        who = _caller(request)
        if not who.can(Scope.OPERATE) and body.priority > MEMBER_MAX_PRIORITY:
            raise HTTPException(
                403, f"members may set their own jobs' priority up to {MEMBER_MAX_PRIORITY}; "
                "ask an operator to move a job ahead",
            )  # fmt: skip
        request.state.audit_detail = f"priority {body.priority}"
        with http_error():
            return change_priority(ops, job_id, body.priority, who.username)

    @api.operation("set_job_requirements")
    def set_requirements(request: Request, job_id: str, body: Requirements) -> JobOut:
        """A waiting job's new requirements (material, nozzle, tags, printer, site,
        colour...), checked as at submit: 422 with the reason if no printer of the fleet
        could print it. The fields given are the caller's (the job's detail says so):
        they replace the caller's earlier ones and override the file's (null lifts
        one); the file's other requirements stay. 409 once the job was taken."""
        who = _caller(request).username
        asked = Requirements.from_person(body.model_dump(exclude_unset=True), who)
        with http_error():
            return change_requirements(ops, job_id, asked, who)
