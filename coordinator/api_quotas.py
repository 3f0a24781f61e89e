"""Routes of quotas and approval: the farm's limits (everyone reads them, an admin sets
them) and an operator's approval or rejection of a job that waits for it."""

from __future__ import annotations

from fastapi import Request
from pydantic import BaseModel, ConfigDict, Field

from coordinator.accounts.models import Principal
from coordinator.api_app import FarmApi, http_error
from coordinator.quotas.approvals import Approvals
from coordinator.quotas.settings import QuotaSettings, load_quotas, save_quotas
from coordinator.service import Operations
from coordinator.views import JobOut


class RejectIn(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    reason: str = Field(default="", max_length=512, pattern=r"^[^\x00]*$")  # PostgreSQL: no NUL


def _username(request: Request) -> str:
    principal: Principal = request.state.principal
    return principal.username


def add_quota_routes(api: FarmApi, ops: Operations) -> None:
    approvals = Approvals(ops)

    @api.operation("get_quotas")
    def get_quotas() -> QuotaSettings:
        """The farm's limits for members (absent: no limit) and approval thresholds."""
        return load_quotas(ops.c.store)

    @api.operation("set_quotas")
    def set_quotas(request: Request, body: QuotaSettings) -> QuotaSettings:
        """Replace the farm's limits (a field left out has no limit)."""
        request.state.audit_detail = body.model_dump_json(exclude_none=True)
        return save_quotas(ops.c.store, body)

    @api.operation("approve_job")
    def approve_job(request: Request, job_id: str) -> JobOut:
        """Let a job that waits for approval join the queue."""
        with http_error():
            return approvals.approve(job_id, _username(request))

    @api.operation("reject_job")
    def reject_job(request: Request, job_id: str, body: RejectIn | None = None) -> JobOut:
        """End a job that waits for approval as cancelled, with the reason."""
        reason = body.reason if body else ""
        request.state.audit_detail = reason
        with http_error():
            return approvals.reject(job_id, _username(request), reason)


__all__ = ["add_quota_routes"]
