"""schemathesis against the real HTTP API, signed in: no answer is a 5xx, and every answer
is one the OpenAPI schema declares (status, content type, body).

One coordinator per database (SQLite, then PostgreSQL: NUL characters and over-long
strings behave differently there) with a simulated agent and printer, a member's jobs (one
queued, some waiting for approval) and a spare user with a token, so that path parameters
sometimes name things that exist and the fuzzer reaches the handlers' real work, not only
their 404s. Every operation of the route table is fuzzed twice: with an admin's token and
with a member's. Beyond schemathesis' cases, some strings get a NUL or grow past 256
characters, uploads get a real G-code file and `requirements` valid-looking JSON (see
`Twist`). Then the requests that used to be a 500, one by one.
"""

from __future__ import annotations

import copy
import json
import secrets
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx
import pytest
import requests
import schemathesis
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.core.result import Ok

from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role
from coordinator.routes import ROUTES, Route
from coordinator.service import Coordinator, Operations
from tests.coordinator_harness import coordinator_config, sim_agent
from tests.helpers.api_server import ApiServer, api_server
from tests.helpers.databases import reset_postgres, sqlite_url
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

# Per operation: the admin's pass on each database, then the member's on SQLite (other
# cases, fewer: most of a member's answers are the admin's or a 403). ~1,800 requests.
EXAMPLES = {"admin": 16, "member": 8}
FUZZ_SETTINGS = settings(
    deadline=None,  # a real server on a loaded machine: time is not what is tested
    derandomize=False,  # but seeded, below: the same cases on every run
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# The response checks that mean something here. Left out: what a server should accept or
# refuse (`positive_data_acceptance`, `negative_data_rejection`: the schema cannot say that
# a job id must exist or a file be G-code); the stateful ones (`use_after_free`,
# `ensure_resource_availability`: cases here are independent requests); `ignored_auth`
# (tests/test_access_matrix.py does that for every route and caller);
# `unsupported_method` and `allow_header_conformance` (FastAPI's router, not ours, and each
# doubles the requests); `max_response_time` (a loaded machine is not a slow server).
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
# Names the fuzzer will not guess: the users whose tokens it uses are never disabled,
# re-passworded or stripped of tokens by the admin pass (the spare user, which `known`
# offers, may have all that done to it).
SUFFIX = secrets.token_hex(6)
ADMIN = f"fuzz-admin-{SUFFIX}"
MEMBER = f"fuzz-member-{SUFFIX}"
SPARE = f"fuzz-spare-{SUFFIX}"
AnyCase: TypeAlias = "schemathesis.Case[Any]"
SEED = 20261129  # a failure here reproduces with the same cases (the member's: SEED + 1)
GCODE = "G28\nG1 X10 Y10 Z0.3 E1\n"
# Not fuzzed: the dashboard's event streams, whose answer never ends (a case would not
# return). Routes the OpenAPI schema hides (pages, assets, the schema itself) are fuzzed
# from a schema that shows them, for 5xx only: nothing describes their HTML.
ENDLESS = frozenset({"dash_live", "dash_wall_live"})
FUZZED = [r for r in ROUTES if r.name not in ENDLESS]
SIGN_IN = frozenset({"login", "token_login"})  # a wrong password is a 401 there
UPLOADS = frozenset({"submit_job", "upload_file"})


@dataclass(frozen=True)
class Target:
    database: str
    server: ApiServer
    schema: schemathesis.BaseSchema  # what GET /openapi.json shows
    hidden: schemathesis.BaseSchema  # every route, those it hides too
    known: dict[str, list[str]]  # path parameter -> values that exist

    def operation(self, route: Route) -> tuple[Any, list[Any]]:
        """The route's operation, and the checks that mean something for it."""
        if route.method.lower() in self.schema.raw_schema["paths"].get(route.path, {}):
            return self.schema[route.path][route.method], CHECKS
        return self.hidden[route.path][route.method], [not_a_server_error]


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Target]:
    data = tmp_path_factory.mktemp("fuzz")
    if request.param == "sqlite":
        url = sqlite_url(data / "printfarm.sqlite")
    else:
        url = request.getfixturevalue("postgres_url")
        reset_postgres(url)
    with MosquittoBroker.start(data / "mosquitto") as broker:
        # Slow ticks: the fuzz queues thousands of jobs the worker need not dispatch often.
        config = replace(coordinator_config(broker, data), store_url=url, tick_s=2.0)
        coordinator = Coordinator(config)
        coordinator.start()
        try:
            wait_until(coordinator.link.connected.is_set, 10, "the coordinator to connect")
            ops = Operations(coordinator)
            with sim_agent(broker, "agent-1", [SimPrinter("vp", print_s=600)]):
                wait_until(lambda: any(p.online for p in ops.list_printers()), 10, "vp online")
                with api_server(ops) as server:
                    yield _prepare(server, request.param)
        finally:
            coordinator.stop()


def _prepare(server: ApiServer, database: str) -> Target:
    """Users; a member's queued job and jobs waiting for approval; the schema."""
    for name, role in ((ADMIN, Role.ADMIN), (MEMBER, Role.MEMBER), (SPARE, Role.MEMBER)):
        server.add_user(name, role)
    # Every sign-in attempt should reach the password check, not the limiter (tested apart).
    server.security.limiter.max_failures = 1_000_000
    queued = _member_job(server)
    waiting = _waiting_jobs(server, 4)
    with httpx.Client(base_url=server.url, headers=_auth(server, ADMIN)) as admin:
        raw = admin.get("/openapi.json").raise_for_status().json()
    known = {
        "job_id": [j["id"] for j in [queued, *waiting]], "sha256": [queued["file_sha256"]],
        "agent": ["agent-1"], "printer": ["vp"], "username": [SPARE],
        "token_id": [server.security.directory.tokens(SPARE)[0].id],
    }  # fmt: skip
    every = [copy.copy(r) for r in server.app.routes if isinstance(r, APIRoute)]
    for route in every:
        route.include_in_schema = True
    hidden = get_openapi(title="all", version="1", routes=every)
    return Target(
        database,
        server,
        schemathesis.openapi.from_dict(raw),
        schemathesis.openapi.from_dict(hidden),
        known,
    )


def _waiting_jobs(server: ApiServer, count: int) -> list[dict[str, Any]]:
    """A member's jobs that wait for an operator's approval (the farm's quotas reset)."""
    with httpx.Client(base_url=server.url, headers=_auth(server, ADMIN)) as admin:
        admin.put("/settings/quotas", json={"approval_over_hours": 0}).raise_for_status()
        jobs = [_member_job(server) for _ in range(count)]
        admin.put("/settings/quotas", json={}).raise_for_status()
    assert {j["state"] for j in jobs} == {"needs_approval"}, jobs
    return jobs


def _member_job(server: ApiServer) -> dict[str, Any]:
    with httpx.Client(base_url=server.url, headers=_auth(server, MEMBER)) as member:
        answer = member.post("/jobs", files={"file": ("part.gcode", GCODE.encode())})
    job: dict[str, Any] = answer.raise_for_status().json()[0]
    return job


def _auth(server: ApiServer, username: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.tokens[username]}"}


# --- what the fuzzer adds to schemathesis' cases -------------------------------------


def _with_nul(text: str) -> str:
    return text + "\x00"  # PostgreSQL refuses NUL in text


def _too_long(text: str) -> str:
    return (text or "x") * (300 // max(len(text), 1) + 1)  # past String(256) columns


# `requirements` is JSON in a form field, which OpenAPI cannot describe: valid-looking
# ones, with any float (inf, nan) and any text (NUL), so some reach the store.
_TEXT = st.text(max_size=20)
REQUIREMENTS = st.fixed_dictionaries(
    {},
    optional={
        "printer": _TEXT, "tags": st.lists(_TEXT, max_size=3), "firmware": _TEXT,
        "nozzle_diameter": st.floats(), "material": _TEXT, "site": _TEXT,
        "extents": st.fixed_dictionaries({"x": st.floats(), "y": st.floats(), "z": st.floats()}),
    },
).map(json.dumps)  # fmt: skip


@dataclass(frozen=True)
class Twist:
    """What is changed in a generated case, beyond what the schema says."""

    strings: Callable[[str], str] | None  # on every string parameter and field
    gcode: bool  # a real G-code file (uploads), so that a submission gets past intake
    requirements: str | None


TWISTS = st.builds(
    Twist,
    st.sampled_from([None, None, None, _with_nul, _too_long]),
    st.sampled_from([True, True, True, False]),
    st.sampled_from([None, "{}"]) | REQUIREMENTS,
)


def _twisted(case: AnyCase, twist: Twist, uploads: bool) -> AnyCase:
    body = case.body if isinstance(case.body, dict) else {}
    if twist.strings is not None:
        for fields in (case.path_parameters, case.query, body):
            for key, value in (fields or {}).items():
                if isinstance(value, str) and key != "file":
                    fields[key] = twist.strings(value)
    if uploads and isinstance(case.body, dict) and twist.gcode:
        body["file"] = GCODE
    if "requirements" in body and twist.requirements is not None:
        body["requirements"] = twist.requirements
    return case


def _cases(
    operation: Any, known: dict[str, list[str]], uploads: bool
) -> st.SearchStrategy[AnyCase]:
    """Valid and invalid requests, half of them naming things that exist, then twisted."""
    names = [p.name for p in operation.path_parameters if p.name in known]
    existing = st.fixed_dictionaries({n: st.sampled_from(known[n]) for n in names})
    strategies = []
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
        strategies.append(operation.as_strategy(generation_mode=mode))
        if names:
            strategies.append(existing.flatmap(partial(_naming, operation, mode)))
    return st.tuples(st.one_of(strategies), TWISTS).map(lambda both: _twisted(*both, uploads))


def _naming(
    operation: Any, mode: GenerationMode, path: dict[str, str]
) -> st.SearchStrategy[AnyCase]:
    strategy: st.SearchStrategy[AnyCase] = operation.as_strategy(
        generation_mode=mode, path_parameters=path
    )
    return strategy


# --- the fuzz ------------------------------------------------------------------------


@pytest.mark.parametrize("route", FUZZED, ids=[r.name for r in FUZZED])
def test_no_server_error_and_answers_match_the_schema(target: Target, route: Route) -> None:
    _fuzz(target, route, ADMIN)


# The member's pass runs once, on SQLite only: what a role may do is the same on any
# store. (Not generated for PostgreSQL at all, rather than generated and skipped.)
@pytest.mark.parametrize("target", ["sqlite"], indirect=True)
@pytest.mark.parametrize("route", FUZZED, ids=[r.name for r in FUZZED])
def test_no_server_error_for_a_member_and_answers_match_the_schema(
    target: Target, route: Route
) -> None:
    _fuzz(target, route, MEMBER)


def _fuzz(target: Target, route: Route, role: str) -> None:
    operation, checks = target.operation(route)
    examples = EXAMPLES["admin" if role == ADMIN else "member"]
    if checks is not CHECKS:  # a page or an asset: fewer
        examples //= 2
    headers = _auth(target.server, role)
    statuses: Counter[int] = Counter()
    with requests.Session() as session:

        @seed(SEED + (role == MEMBER))
        @settings(FUZZ_SETTINGS, max_examples=examples)
        @given(case=_cases(operation, target.known, route.name in UPLOADS))
        def fuzz(case: AnyCase) -> None:
            response = case.call(base_url=target.server.url, session=session, headers=headers)
            statuses[response.status_code] += 1
            case.validate_response(response, checks=checks, headers=headers)

        fuzz()
        me = session.get(f"{target.server.url}/auth/me", headers=headers)
    # Honest: requests went out, the fuzzer stayed signed in (no 401 but where a wrong
    # password is one), and its token still works after what the admin pass revoked.
    assert statuses, "no request sent"
    assert me.status_code == 200, me.text
    if route.name not in SIGN_IN:
        assert 401 not in statuses, statuses
    if route.name == "submit_job":  # some submissions got all the way to the queue
        assert 201 in statuses, statuses


def test_every_route_of_the_table_is_fuzzed(target: Target) -> None:
    """Each schema reads without error; the public one has only routes of the table, and
    with the hidden ones it has all of them."""
    shown: dict[str, set[tuple[str, str]]] = {}
    for name, schema in (("public", target.schema), ("hidden", target.hidden)):
        operations = list(schema.get_all_operations())
        assert all(isinstance(o, Ok) for o in operations), operations
        shown[name] = {
            (o.ok().method.upper(), o.ok().path) for o in operations if isinstance(o, Ok)
        }
    table = {(r.method, r.path) for r in ROUTES}
    assert shown["public"] <= table
    assert shown["hidden"] == table


# --- what used to be a 500 -----------------------------------------------------------


def _request(target: Target, method: str, path: str, **kwargs: Any) -> httpx.Response:
    with httpx.Client(base_url=target.server.url, headers=_auth(target.server, ADMIN)) as c:
        return c.request(method, path, timeout=30, **kwargs)


def _submit(target: Target, **form: str) -> httpx.Response:
    files = {"file": ("part.gcode", GCODE.encode())}
    return _request(target, "POST", "/jobs", data=form, files=files)


def test_a_name_over_256_characters_is_refused_with_why(target: Target) -> None:
    answer = _submit(target, name="n" * 300)
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["loc"] == ["body", "name"], answer.text
    assert "at most 256 characters" in answer.text, answer.text


@pytest.mark.parametrize(
    ("nested", "why"),
    [
        ("[" * 100_000, "requirements: over 16384 characters"),
        ('{"tags": ' * 100_000, "requirements: over 16384 characters"),
        ("[" * 5_000 + "]" * 5_000, "requirements: nested too deeply"),  # under the length
    ],
)
def test_requirements_nested_deep_are_refused(target: Target, nested: str, why: str) -> None:
    answer = _submit(target, requirements=nested)
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"] == why


@pytest.mark.parametrize(
    ("method", "path"), [("POST", "/tokens"), ("POST", "/auth/login"), ("PUT", "/settings/quotas")]
)
@pytest.mark.parametrize("nested", ["[" * 100_000, "[" * 5_000 + "]" * 5_000])
def test_json_bodies_nested_deep_are_refused(
    target: Target, method: str, path: str, nested: str
) -> None:
    headers = {"Content-Type": "application/json"}
    answer = _request(target, method, path, content=nested, headers=headers)
    assert answer.status_code == 400, answer.text  # FastAPI: "error parsing the body"


@pytest.mark.parametrize("number", ["Infinity", "-Infinity", "NaN", "1e400"])
def test_requirements_with_no_finite_number_are_refused(target: Target, number: str) -> None:
    """PostgreSQL's JSON refuses them (a 500); SQLite stored them and answered `null`."""
    nozzle, extents = f'{{"nozzle_diameter": {number}}}', f'{{"extents": {{"x": {number}}}}}'
    for requirements in (nozzle, extents):
        answer = _submit(target, requirements=requirements)
        assert answer.status_code == 422, answer.text
        assert "finite number" in answer.text, answer.text


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/jobs/%00", None),
        ("POST", "/jobs/a%00/pause", None),
        ("POST", "/users/%00/disable", None),
        ("POST", "/users/%00/password", {}),
        ("DELETE", "/tokens/%00", None),
        ("GET", "/tokens?username=%00", None),
        ("GET", "/audit?username=a%00", None),
        ("POST", "/tokens", {"name": "a\x00b"}),
    ],
)
def test_a_nul_character_is_refused(
    target: Target, method: str, path: str, body: dict[str, str] | None
) -> None:
    """PostgreSQL refuses NUL in text, even to compare with: these were 500s there."""
    answer = _request(target, method, path, json=body)
    assert answer.status_code == 422, answer.text
    assert "NUL" in answer.text or "pattern" in answer.text, answer.text


@pytest.mark.parametrize("name", ["..%2F..%2Fpyproject.toml", "%00", "x" * 300, "%2F"])
def test_docs_assets_refuse_odd_names(target: Target, name: str) -> None:
    answer = _request(target, "GET", f"/vendor/swagger/{name}")
    assert answer.status_code in {404, 422}, answer.text


def test_a_page_title_from_the_url_is_escaped(target: Target) -> None:
    """Not a 5xx but seen on the way: the printer page put the URL's agent and printer in
    its <title> as they came ("Printer {agent}/{printer}"), so a link to agent "<" and
    printer "title><img src=x onerror=...>" ran a script in a signed-in user's dashboard."""
    attack = "title><img src=x onerror=alert(1)>"
    answer = _request(target, "GET", f"/printer/%3C/{quote(attack, safe='')}")
    assert answer.status_code == 200, answer.text
    assert "<img" not in answer.text, answer.text
    assert "&lt;/title&gt;&lt;img src=x onerror=alert(1)&gt;" in answer.text, answer.text


def test_a_nul_in_the_reason_of_a_rejection_is_refused(target: Target) -> None:
    [job] = _waiting_jobs(target.server, 1)
    answer = _request(target, "POST", f"/jobs/{job['id']}/reject", json={"reason": "no\x00"})
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["loc"] == ["body", "reason"], answer.text


def test_a_nul_in_a_job_name_is_refused(target: Target) -> None:
    answer = _submit(target, name="a\x00b")
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["loc"] == ["body", "name"], answer.text


def test_a_sign_in_with_a_nul_is_a_wrong_password_and_is_audited(target: Target) -> None:
    name = f"nobody{secrets.token_hex(4)}\x00"
    with httpx.Client(base_url=target.server.url) as anonymous:
        by_form = anonymous.post("/auth/login", json={"username": name, "password": "x"})
        by_token = anonymous.post("/auth/token", data={"username": name, "password": "x"})
    assert (by_form.status_code, by_token.status_code) == (401, 401), (by_form, by_token)
    shown = name.replace("\x00", "\\x00")  # escaped in the trail, not lost

    def actions() -> list[str]:
        entries = _request(target, "GET", "/audit", params={"username": shown})
        return sorted(e["action"] for e in entries.raise_for_status().json())

    # Recorded once each answer is sent: poll.
    wait_until(lambda: actions() == ["login", "token_login"], 10, "both failures audited")
