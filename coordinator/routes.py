"""Every HTTP operation of the coordinator, declared once: name, method, path, access policy.

The server registers its handlers by these names (`coordinator/api.py` refuses a handler
without an entry, and an entry without a handler), the client builds its requests from
them (`coordinator/client.py`), and the access test walks this table for every role.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal
from urllib.parse import quote

from coordinator.accounts.models import Principal, Scope

Method = Literal["GET", "POST", "PUT", "DELETE"]


class Policy(StrEnum):
    PUBLIC = "public"  # anyone, signed in or not (health, login)
    FILE_LINK = "file_link"  # an agent's signed link (see accounts/file_links.py), or operate
    READ = "read"  # any signed-in user (members see the whole queue and fleet)
    SUBMIT = "submit"
    OWN_JOB = "own_job"  # submit, on a job of one's own; operate, on any job
    OWN_ORDER = "own_order"  # submit, on an order of one's own; operate, on any order
    OPERATE = "operate"
    ADMIN = "admin"
    PAGE = "page"  # the dashboard's pages: read; anonymous is sent to /login
    WALL = "wall"  # the wall view: read, or anyone once an admin opened it (setting)

    @property
    def scope(self) -> Scope | None:
        """The scope a caller needs (None: no sign-in needed)."""
        return _SCOPE[self]


_SCOPE: dict[Policy, Scope | None] = {
    Policy.PUBLIC: None,
    Policy.FILE_LINK: Scope.OPERATE,
    Policy.READ: Scope.READ,
    Policy.SUBMIT: Scope.SUBMIT,
    Policy.OWN_JOB: Scope.SUBMIT,
    Policy.OWN_ORDER: Scope.SUBMIT,
    Policy.OPERATE: Scope.OPERATE,
    Policy.ADMIN: Scope.ADMIN,
    Policy.PAGE: Scope.READ,
    Policy.WALL: Scope.READ,
}


def allowed(
    policy: Policy, principal: Principal | None, owns_job: bool = False, wall_open: bool = False
) -> bool:
    """The whole rule: whether `principal` may call a route of `policy` (on a job it owns
    or not; `wall_open`: an admin let anyone see the wall). Agents' signed links are
    checked apart (they are not principals)."""
    needed = policy.scope
    if needed is None or (policy is Policy.WALL and wall_open):
        return True
    if principal is None or not principal.can(needed):
        return False
    if policy in (Policy.OWN_JOB, Policy.OWN_ORDER):
        return owns_job or principal.can(Scope.OPERATE)
    return True


@dataclass(frozen=True, slots=True)
class Route:
    name: str
    method: Method
    path: str
    policy: Policy
    status: int = 200

    @property
    def changes_farm(self) -> bool:
        """Recorded in the audit trail (every method but GET)."""
        return self.method != "GET"

    def url(self, **params: str) -> str:
        return self.path.format(**{k: quote(v, safe="") for k, v in params.items()})


ROUTES: tuple[Route, ...] = (
    Route("health", "GET", "/health", Policy.PUBLIC),
    Route("login", "POST", "/auth/login", Policy.PUBLIC),
    Route("token_login", "POST", "/auth/token", Policy.PUBLIC),
    Route("logout", "POST", "/auth/logout", Policy.READ),
    Route("me", "GET", "/auth/me", Policy.READ),
    Route("openapi", "GET", "/openapi.json", Policy.READ),
    Route("stats", "GET", "/stats", Policy.READ),
    Route("summary", "GET", "/summary", Policy.READ),
    Route("submit_job", "POST", "/jobs", Policy.SUBMIT, 201),
    Route("list_jobs", "GET", "/jobs", Policy.READ),
    Route("get_job", "GET", "/jobs/{job_id}", Policy.READ),
    Route("pause_job", "POST", "/jobs/{job_id}/pause", Policy.OWN_JOB),
    Route("cancel_job", "POST", "/jobs/{job_id}/cancel", Policy.OWN_JOB),
    Route("resume_job", "POST", "/jobs/{job_id}/resume", Policy.OPERATE),
    Route("requeue_job", "POST", "/jobs/{job_id}/requeue", Policy.OPERATE, 201),
    Route("approve_job", "POST", "/jobs/{job_id}/approve", Policy.OPERATE),
    Route("reject_job", "POST", "/jobs/{job_id}/reject", Policy.OPERATE),
    Route("get_quotas", "GET", "/settings/quotas", Policy.READ),
    Route("set_quotas", "PUT", "/settings/quotas", Policy.ADMIN),
    Route("list_printers", "GET", "/printers", Policy.READ),
    Route("get_printer", "GET", "/printers/{agent}/{printer}", Policy.READ),
    Route("clear_bed", "POST", "/printers/{agent}/{printer}/clear", Policy.OPERATE),
    Route("emergency_stop", "POST", "/printers/{agent}/{printer}/estop", Policy.OPERATE, 202),
    # 200 with the agent's answer; 202 when none came within the request's wait_s.
    Route("send_gcode", "POST", "/printers/{agent}/{printer}/gcode", Policy.OPERATE),
    Route("printer_hil", "GET", "/printers/{agent}/{printer}/hil", Policy.READ),
    Route("remove_printer", "DELETE", "/printers/{agent}/{printer}", Policy.OPERATE),
    Route("upload_file", "POST", "/files", Policy.SUBMIT, 201),
    Route("get_file", "GET", "/files/{sha256}", Policy.FILE_LINK),
    Route("audit", "GET", "/audit", Policy.OPERATE),
    Route("list_users", "GET", "/users", Policy.ADMIN),
    Route("add_user", "POST", "/users", Policy.ADMIN, 201),
    Route("disable_user", "POST", "/users/{username}/disable", Policy.ADMIN),
    Route("enable_user", "POST", "/users/{username}/enable", Policy.ADMIN),
    # One's own password (with the current one); an admin resets anyone's.
    Route("set_password", "POST", "/users/{username}/password", Policy.READ),
    # One's own tokens; an admin's reach every user's.
    Route("list_tokens", "GET", "/tokens", Policy.READ),
    Route("create_token", "POST", "/tokens", Policy.READ, 201),
    Route("revoke_token", "DELETE", "/tokens/{token_id}", Policy.READ),
    # Agent set-up (issue 12): a one-time join code with the agent's new broker password.
    Route("agent_join", "POST", "/agents/{agent_id}/join", Policy.ADMIN, 201),
    # Metrics and API docs (issue 11): a Prometheus scrape uses a read-scope token.
    Route("metrics", "GET", "/metrics", Policy.READ),
    Route("api_docs", "GET", "/docs", Policy.READ),
    Route("api_docs_asset", "GET", "/vendor/swagger/{name}", Policy.PUBLIC),
    # Notifications (issue 11): one's own Apprise URLs; the farm's, for operators.
    Route("my_notifications", "GET", "/notifications", Policy.READ),
    Route("set_my_notifications", "PUT", "/notifications", Policy.READ),
    Route("farm_notifications", "GET", "/settings/notifications", Policy.ADMIN),
    Route("set_farm_notifications", "PUT", "/settings/notifications", Policy.ADMIN),
    # OctoPrint's API for slicers' "send to printer" (coordinator/api_octoprint.py): a
    # personal token as X-Api-Key; an upload becomes a job of the caller.
    Route("octoprint_version", "GET", "/api/version", Policy.READ),
    Route("octoprint_upload", "POST", "/api/files/local", Policy.SUBMIT, 201),
    Route("octoprint_settings", "GET", "/api/settings", Policy.READ),
    Route("octoprint_printer", "GET", "/api/printer", Policy.READ),
    Route("octoprint_job", "GET", "/api/job", Policy.READ),
    Route("octoprint_printer_profiles", "GET", "/api/printerprofiles", Policy.READ),
    # The dashboard (coordinator/web/): pages, their assets, the live stream, the wall.
    Route("dash_login_page", "GET", "/login", Policy.PUBLIC),
    Route("dash_asset", "GET", "/static/{asset}", Policy.PUBLIC),
    Route("dash_fleet_page", "GET", "/", Policy.PAGE),
    Route("dash_queue_page", "GET", "/queue", Policy.PAGE),
    Route("dash_job_page", "GET", "/job/{job_id}", Policy.PAGE),
    Route("dash_printer_page", "GET", "/printer/{agent}/{printer}", Policy.PAGE),
    Route("dash_wall_page", "GET", "/wall", Policy.WALL),
    Route("dash_live", "GET", "/live", Policy.READ),
    Route("dash_wall_live", "GET", "/wall/live", Policy.WALL),
    Route("job_events", "GET", "/jobs/{job_id}/events", Policy.READ),
    Route("printer_temperatures", "GET", "/printers/{agent}/{printer}/temperatures", Policy.READ),
    Route("get_wall_setting", "GET", "/settings/wall", Policy.READ),
    Route("set_wall_setting", "PUT", "/settings/wall", Policy.ADMIN),
    # Spools (issue 12, coordinator/api_spools.py): each printer's loaded filament.
    Route("list_spools", "GET", "/spools", Policy.READ),
    Route("get_spool", "GET", "/printers/{agent}/{printer}/spool", Policy.READ),
    Route("set_spool", "PUT", "/printers/{agent}/{printer}/spool", Policy.OPERATE),
    # A job's picture and changes to a waiting job (issue 11, coordinator/api_job_edits.py).
    Route("job_thumbnail", "GET", "/jobs/{job_id}/thumbnail", Policy.READ),
    Route("set_job_priority", "POST", "/jobs/{job_id}/priority", Policy.OWN_JOB),
    Route("set_job_requirements", "PUT", "/jobs/{job_id}/requirements", Policy.OWN_JOB),
    # History and statistics (issue 11, coordinator/api_stats.py, web/stats_routes.py).
    Route("stats_history", "GET", "/stats/history", Policy.READ),
    Route("stats_history_csv", "GET", "/stats/history.csv", Policy.READ),
    Route("dash_history_page", "GET", "/history", Policy.PAGE),
    # Orders (issue 13, coordinator/api_orders.py): a buyer's parts planned across sites.
    Route("create_order", "POST", "/orders", Policy.SUBMIT, 201),
    Route("list_orders", "GET", "/order-list", Policy.READ),  # one's own; operators: all
    Route("get_order", "GET", "/orders/{order_id}/status", Policy.OWN_ORDER),
    Route("cancel_order", "POST", "/orders/{order_id}/cancel", Policy.OWN_ORDER),
    Route("dash_orders_page", "GET", "/orders", Policy.PAGE),
    Route("dash_order_page", "GET", "/orders/{order_id}", Policy.PAGE),
    # Sites (issue 13, coordinator/api_sites.py): read by all, configured by an admin. The
    # API is under /farm: /sites is the dashboard's page.
    Route("list_sites", "GET", "/farm/sites", Policy.READ),
    Route("get_site", "GET", "/farm/sites/{site_id}", Policy.READ),
    Route("add_site", "POST", "/farm/sites", Policy.ADMIN, 201),
    Route("update_site", "PUT", "/farm/sites/{site_id}", Policy.ADMIN),
    Route("remove_site", "DELETE", "/farm/sites/{site_id}", Policy.ADMIN),
    Route("dash_sites_page", "GET", "/sites", Policy.PAGE),
)  # fmt: skip

BY_NAME: dict[str, Route] = {r.name: r for r in ROUTES}
