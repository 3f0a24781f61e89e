"""Every route of the HTTP API against every kind of caller, from the route table.

The table (coordinator/routes.py) declares each route's policy; this test restates, by
hand, which callers each policy admits, then calls every route over real HTTP as each of
them: an anonymous caller, a member on their own job (and order), a member on another's,
a buyer (orders only: never another's, never a printer), an operator, an admin, and an
admin through a read-only token. A refused caller gets 401 (anonymous)
or 403; an admitted one gets past the guard (whatever the operation then answers, never
a 5xx). A route served by the app but missing from the table fails the test.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute

from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role, Scope
from coordinator.routes import BY_NAME, ROUTES, Policy, Route
from tests.coordinator_harness import running_coordinator, sim_agent
from tests.helpers.api_server import ApiServer, api_server
from tests.sim_agents import SimPrinter

pytestmark = pytest.mark.mqtt

GCODE = b"G28\nG1 X10 Y10 Z0.3 F3000\nG1 X20 E1\n"
CALLERS = ("anonymous", "member", "member2", "buyer", "operator", "admin", "admin_read")

# Who each policy admits, said independently of coordinator/routes.py's `allowed`.
ADMITS: dict[Policy, set[str]] = {
    Policy.PUBLIC: set(CALLERS),
    Policy.READ: {"member", "member2", "buyer", "operator", "admin", "admin_read"},
    Policy.SUBMIT: {"member", "member2", "buyer", "operator", "admin"},
    Policy.OWN_JOB: {"member", "operator", "admin"},  # the job is member's
    Policy.OWN_ORDER: {"member", "operator", "admin"},  # the order is member's
    Policy.OPERATE: {"operator", "admin"},
    Policy.FILE_LINK: {"operator", "admin"},  # without a signed link
    Policy.ADMIN: {"admin"},
    Policy.PAGE: {"member", "member2", "buyer", "operator", "admin", "admin_read"},
    Policy.WALL: {"member", "member2", "buyer", "operator", "admin", "admin_read"},  # closed
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ApiServer, dict[str, str]]]:
    """One farm for the whole matrix (its 200-odd requests change little: see `_request`)."""
    data = tmp_path_factory.mktemp("matrix")
    with (
        MosquittoBroker.start(tmp_path_factory.mktemp("mosquitto")) as mosquitto,
        running_coordinator(mosquitto, data) as ops,
        sim_agent(mosquitto, "agent-1", [SimPrinter("vp", state="paused")]),  # type: ignore[arg-type]
        api_server(ops) as api,
    ):
        api.add_user("member", Role.MEMBER)
        api.add_user("member2", Role.MEMBER)
        api.add_user("buyer", Role.BUYER)
        api.add_user("operator", Role.OPERATOR)
        api.add_user("admin", Role.ADMIN)
        api.tokens["admin_read"] = api.security.directory.create_token(
            "admin", Scope.READ, "read-only", 1
        ).secret
        api.add_user("victim", Role.MEMBER)
        with api.client("member") as member:
            path = data / "part.gcode"
            path.write_bytes(GCODE)
            job = member.submit(path)[0]
            order = member.call("create_order", json=BODIES["create_order"])
        params = {
            "job_id": job.id,
            "order_id": order["id"],
            "agent": "agent-1",
            "agent_id": "agent-1",
            "printer": "vp",
            "sha256": hashlib.sha256(GCODE).hexdigest(),
            "token_id": "0000000000000000",
            "name": "swagger-ui.css",
            "asset": "style.css",
            "site_id": "lab",
        }
        yield api, params


# Bodies that get a request past the guard.
BODIES: dict[str, dict[str, Any]] = {
    # incomplete on purpose: 422 once past the guard
    "login": {}, "token_login": {}, "set_password": {},
    "send_gcode": {"line": "M105"},
    "emergency_stop": {"reason": "access test"},
    "set_quotas": {},  # no limits: the matrix's later submits stay unlimited
    "set_wall_setting": {"public": False},
    "set_my_notifications": {"urls": []},
    "set_farm_notifications": {"urls": []},
    "set_spool": {"material": "pla", "grams": 500},
    "create_token": {"scope": "read", "name": "matrix"},
    "set_job_priority": {"priority": 0}, "set_job_requirements": {},
    "create_order": {
        "parts": [{"file_sha256": hashlib.sha256(GCODE).hexdigest()}],
        "due_at": time.time() + 7 * 86400, "latitude": 45.76, "longitude": 4.84,
    },
    "add_site": {"id": "lab", "name": "Lab", "latitude": 1, "longitude": 2},
    "update_site": {"name": "Lab 2"},
}  # fmt: skip


def _request(route: Route, caller: str, params: dict[str, str], tmp: Path) -> dict[str, Any]:
    """What to send: path parameters, and a body that the operation can take."""
    username = caller if caller not in ("anonymous", "admin_read") else "admin"
    values = {**params, "username": username}
    path = route.url(**{k: values[k] for k in _names(route.path)})
    kwargs: dict[str, Any] = {}
    if route.name in ("submit_job", "upload_file", "octoprint_upload"):
        kwargs["files"] = {"file": ("part.gcode", GCODE, "text/x.gcode")}
    elif route.name == "add_user":
        kwargs["json"] = {"username": f"new-{caller}".replace("_", "-"), "role": "member"}
    elif route.name in BODIES:
        kwargs["json"] = BODIES[route.name]
    elif route.name in ("disable_user", "enable_user"):
        path = route.url(username="victim")
    return {"method": route.method, "url": path, **kwargs}


def _names(path: str) -> list[str]:
    return [part[1:-1] for part in path.split("/") if part.startswith("{")]


# The roles as the farm defines them: what changes the farm, and who may do it.
MEMBER_CHANGES = {  # own jobs and orders only (a buyer's too)
    "submit_job", "upload_file", "pause_job", "cancel_job", "octoprint_upload",
    "set_job_priority", "set_job_requirements", "create_order", "cancel_order",
}  # fmt: skip
OPERATOR_CHANGES = {
    "resume_job", "requeue_job", "clear_bed", "emergency_stop", "send_gcode", "remove_printer",
    "approve_job", "reject_job", "set_spool",
}  # fmt: skip
ADMIN_CHANGES = {
    "add_user", "disable_user", "enable_user", "set_quotas", "agent_join", "set_wall_setting",
    "set_farm_notifications", "add_site", "update_site", "remove_site",
}  # fmt: skip
OWN_ACCOUNT = {
    "login", "token_login", "logout", "set_password", "create_token", "revoke_token",
    "set_my_notifications",
}  # fmt: skip
OPERATOR_READS = {"audit", "get_file"}
ENDLESS = {"dash_live", "dash_wall_live"}  # event streams: the status only
ADMIN_READS = {"list_users", "farm_notifications"}
OWN_READS = {"get_order"}  # one's own order; an operator's, any


def test_the_table_gives_each_role_its_job() -> None:
    """Every change to the farm is classified here; a new one must be, too."""
    policy = {r.name: r.policy for r in ROUTES}
    changes = {r.name for r in ROUTES if r.changes_farm}
    classified = MEMBER_CHANGES | OPERATOR_CHANGES | ADMIN_CHANGES | OWN_ACCOUNT
    assert changes == classified, f"unclassified: {changes - classified}"
    assert {policy[n] for n in MEMBER_CHANGES} <= {Policy.SUBMIT, Policy.OWN_JOB, Policy.OWN_ORDER}
    assert {policy[n] for n in OPERATOR_CHANGES | OPERATOR_READS} <= {
        Policy.OPERATE, Policy.FILE_LINK,
    }  # fmt: skip
    assert {policy[n] for n in ADMIN_CHANGES | ADMIN_READS} == {Policy.ADMIN}
    assert {policy[n] for n in OWN_ACCOUNT} <= {Policy.PUBLIC, Policy.READ}
    assert {policy[n] for n in OWN_READS} == {Policy.OWN_ORDER}
    reads = {r.name for r in ROUTES if not r.changes_farm} - OPERATOR_READS - ADMIN_READS
    reads -= OWN_READS
    assert {policy[n] for n in reads} <= {Policy.PUBLIC, Policy.READ, Policy.PAGE, Policy.WALL}


def test_every_served_route_is_in_the_table(server: tuple[ApiServer, dict[str, str]]) -> None:
    api, _ = server
    served = {
        (r.name, r.path, m)
        for r in api.app.routes
        if isinstance(r, APIRoute)
        for m in r.methods or ()
    }
    declared = {(r.name, r.path, r.method) for r in ROUTES}
    assert served == declared, (
        f"served, not declared: {served - declared}; declared, not served: {declared - served}"
    )
    assert all(r.policy in ADMITS for r in ROUTES)


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("name", [r.name for r in ROUTES])
def test_each_caller_gets_exactly_its_policy(
    server: tuple[ApiServer, dict[str, str]], name: str, caller: str, tmp_path: Path
) -> None:
    api, params = server
    route = BY_NAME[name]
    headers = {"Authorization": f"Bearer {api.tokens[caller]}"} if caller != "anonymous" else {}
    with (
        httpx.Client(base_url=api.url, headers=headers, timeout=30) as http,
        http.stream(**_request(route, caller, params, tmp_path)) as response,
    ):
        if route.name not in ENDLESS:
            response.read()
    status = response.status_code
    assert status < 500, f"{route.method} {route.path} as {caller}: {status} {response.text}"
    if caller in ADMITS[route.policy]:
        assert status not in (401, 403), f"{caller} refused {name}: {status} {response.text}"
    elif caller == "anonymous" and route.policy in (Policy.PAGE, Policy.WALL):
        assert status == 303, f"anonymous {name}: {status} {response.text}"
        assert response.headers["location"] == "/login"
    elif caller == "anonymous":
        assert status == 401, f"anonymous {name}: {status} {response.text}"
    else:
        assert status == 403, f"{caller} {name}: {status} {response.text}"
