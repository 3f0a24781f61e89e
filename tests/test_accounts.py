"""Accounts over real HTTP: tokens that stop working, ownership, browser sessions and
CSRF, sign-in limits, signed file links, and the audit trail (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from broker_config.testing import MosquittoBroker
from coordinator.access import CSRF_HEADER, SESSION_COOKIE
from coordinator.accounts.models import Role, Scope
from coordinator.accounts.rate_limit import MAX_FAILURES
from coordinator.client import ApiError, FarmClient
from tests.coordinator_harness import running_coordinator, sim_agent
from tests.helpers.api_server import ApiServer, api_server
from tests.sim_agents import SimPrinter

pytestmark = pytest.mark.mqtt
GCODE = b"G28\nG1 X10 Y10 Z0.3 F3000\nG1 X20 E1\n"


@pytest.fixture
def api(mosquitto: MosquittoBroker, tmp_path: Path) -> Iterator[ApiServer]:
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as server:
        for name, role in (("ann", Role.MEMBER), ("bob", Role.MEMBER), ("olga", Role.OPERATOR)):
            server.add_user(name, role)
        server.add_user("root", Role.ADMIN)
        yield server


def _submit(client: FarmClient, folder: Path) -> str:
    path = folder / "part.gcode"
    path.write_bytes(GCODE)
    return client.submit(path)[0].id


def _status(call: Callable[[], object]) -> int:
    """The HTTP status a client call got (200 when it succeeded, 0 if none came)."""
    try:
        call()
    except ApiError as e:
        return e.status or 0
    return 200


def test_a_member_acts_on_their_own_jobs_only(api: ApiServer, tmp_path: Path) -> None:
    with api.client("ann") as ann, api.client("bob") as bob, api.client("olga") as olga:
        job = _submit(ann, tmp_path)
        assert ann.job(job).submitter == "ann"  # the owner is who signed in
        with pytest.raises(ApiError, match="may not cancel job of another user") as refused:
            bob.job_action(job, "cancel")
        assert refused.value.status == 403
        assert bob.job(job).state == "queued"  # members see the whole queue
        assert _status(lambda: ann.job_action(job, "resume")) == 403  # an operator's
        assert ann.job_action(job, "cancel").state == "cancelled"
        assert olga.requeue(job)[0].submitter == "ann"


def test_revoked_expired_and_disabled_tokens_get_401(api: ApiServer) -> None:
    directory = api.security.directory
    revoked = directory.create_token("ann", Scope.READ, "soon revoked", 1)
    expiring = directory.create_token("ann", Scope.READ, "expires", 1 / 86400)  # one second
    with FarmClient(api.url, token=revoked.secret) as c:
        assert c.jobs() == []
        directory.revoke_token(revoked.token.id)
        assert _status(c.jobs) == 401
    with FarmClient(api.url, token=expiring.secret) as c:
        deadline = time.monotonic() + 10
        while _status(c.jobs) == 200:  # valid until its second has passed
            assert time.monotonic() < deadline, "the token never expired"
            time.sleep(0.1)  # polling a clock, not synchronising
        assert _status(c.jobs) == 401
    with api.client("bob") as bob, api.client("root") as root:
        assert bob.jobs() == []
        root.set_disabled("bob", True)
        assert _status(bob.jobs) == 401
        root.set_disabled("bob", False)
        assert bob.jobs() == []
    tampered = api.tokens["ann"][:-4] + "AAAA"
    with FarmClient(api.url, token=tampered) as c:
        assert _status(c.jobs) == 401


def test_a_token_never_exceeds_its_scope_or_its_role(api: ApiServer) -> None:
    with api.client("root") as root:
        read_only = root.create_token(Scope.READ, name="dashboard on a TV")
    with FarmClient(api.url, token=read_only.secret) as tv:
        assert tv.printers() == []
        assert _status(lambda: tv.add_user("mallory", Role.ADMIN)) == 403
        assert _status(lambda: tv.create_token(Scope.ADMIN)) == 403  # no way up
    with api.client("ann") as ann:
        with pytest.raises(ApiError, match="scope submit: a token you create can have at most"):
            ann.create_token(Scope.OPERATE)
        assert _status(lambda: ann.create_token(Scope.READ, username="bob")) == 403
        assert _status(lambda: ann.revoke_token(read_only.token.id)) == 403  # not hers


def test_a_browser_session_needs_its_csrf_token_to_change_anything(
    api: ApiServer, tmp_path: Path
) -> None:
    with api.client("ann") as ann:
        job = _submit(ann, tmp_path)
    with httpx.Client(base_url=api.url) as browser:
        signed_in = browser.post(
            "/auth/login", json={"username": "ann", "password": api.passwords["ann"]}
        )
        assert signed_in.status_code == 200, signed_in.text
        cookie = signed_in.headers["set-cookie"].lower()
        assert f"{SESSION_COOKIE}=" in cookie
        assert "httponly" in cookie
        assert "samesite=lax" in cookie
        csrf = signed_in.json()["csrf_token"]
        assert browser.get("/jobs").status_code == 200  # reading needs no CSRF token
        # What a hostile page can make a browser send: a form POST with the cookie.
        forged = browser.post(f"/jobs/{job}/cancel", data={"confirm": "yes"})
        assert forged.status_code == 403
        assert "CSRF" in forged.json()["detail"]
        wrong = browser.post(f"/jobs/{job}/cancel", headers={CSRF_HEADER: "guess"})
        assert wrong.status_code == 403
        assert browser.get(f"/jobs/{job}").json()["state"] == "queued"
        ok = browser.post(f"/jobs/{job}/cancel", headers={CSRF_HEADER: csrf})
        assert ok.status_code == 200
        assert ok.json()["state"] == "cancelled"
        assert browser.post("/auth/logout", headers={CSRF_HEADER: csrf}).status_code == 200
        assert browser.get("/jobs").status_code == 401


def test_a_password_change_signs_older_sessions_out(api: ApiServer) -> None:
    new = "a much longer passphrase"
    with httpx.Client(base_url=api.url) as browser:
        login = browser.post(
            "/auth/login", json={"username": "bob", "password": api.passwords["bob"]}
        )
        assert browser.get("/auth/me").json()["username"] == "bob"
        with api.client("bob") as bob:
            bob.set_password("bob", new, current_password=api.passwords["bob"])
        assert browser.get("/auth/me").status_code == 401, login.text
        again = browser.post("/auth/login", json={"username": "bob", "password": new})
        assert again.status_code == 200


def test_sign_in_attempts_are_limited(api: ApiServer) -> None:
    with httpx.Client(base_url=api.url) as http:
        for _ in range(MAX_FAILURES):
            wrong = http.post("/auth/token", data={"username": "ann", "password": "nope"})
            assert wrong.status_code == 401
        limited = http.post(
            "/auth/token", data={"username": "ann", "password": api.passwords["ann"]}
        )
        assert limited.status_code == 429, limited.text
        assert int(limited.headers["retry-after"]) > 0
        other = http.post(
            "/auth/login", json={"username": "olga", "password": api.passwords["olga"]}
        )
        assert other.status_code == 429  # the same address, whoever it claims to be


def test_job_files_need_a_signed_link_or_an_operator(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as api:
        api.add_user("ann", Role.MEMBER)
        api.add_user("olga", Role.OPERATOR)
        sha = ops.c.files.put_bytes(GCODE).sha256
        link = ops.c.file_url(sha, "agent-1").split("/files/", 1)[1]
        with httpx.Client(base_url=api.url) as agent:
            got = agent.get(f"/files/{link}")
            assert got.status_code == 200
            assert hashlib.sha256(got.content).hexdigest() == sha
            assert agent.get(f"/files/{sha}").status_code == 401
            other_agent = link.replace("agent=agent-1", "agent=agent-2")
            assert agent.get(f"/files/{other_agent}").status_code == 403
            other_file = ops.c.files.put_bytes(GCODE + b"M84\n").sha256
            assert agent.get(f"/files/{other_file}?{link.split('?', 1)[1]}").status_code == 403
        expired = ops.c.file_links.query(
            sha, "agent-1", now=time.time() - 2 * ops.c.file_links.ttl_s
        )
        with httpx.Client(base_url=api.url) as agent:
            answer = agent.get(f"/files/{sha}?{expired}")
            assert answer.status_code == 403
            assert "expired" in answer.json()["detail"]
        for who, status in (("ann", 403), ("olga", 200)):
            headers = {"Authorization": f"Bearer {api.tokens[who]}"}
            assert httpx.get(f"{api.url}/files/{sha}", headers=headers).status_code == status


@pytest.mark.slow
def test_the_audit_trail_records_a_session_and_survives_a_restart(
    mosquitto: MosquittoBroker, tmp_path: Path, store_url: str
) -> None:
    """A scripted session of three people; then the coordinator restarts on the same store."""
    with (
        running_coordinator(mosquitto, tmp_path, store_url=store_url) as ops,
        sim_agent(mosquitto, "agent-1", [SimPrinter("vp")]),
        api_server(ops) as api,
    ):
        api.add_user("root", Role.ADMIN)
        api.add_user("olga", Role.OPERATOR)
        api.add_user("ann", Role.MEMBER)
        with api.client("ann") as ann, api.client("olga") as olga, api.client("root") as root:
            job = _submit(ann, tmp_path)
            assert _status(lambda: ann.clear("agent-1/vp")) == 403
            olga.clear("agent-1/vp")
            olga.emergency_stop("agent-1/vp", "smoke")
            olga.send_gcode("agent-1/vp", "M105")
            created = root.add_user("carl", Role.MEMBER)
            token = root.create_token(Scope.READ, name="tv")
            root.revoke_token(token.token.id)
        with httpx.Client(base_url=api.url) as http:
            http.post("/auth/token", data={"username": "carl", "password": "wrong"})
        assert created.password not in "".join(e.detail for e in api.security.audit.entries())
    with (
        running_coordinator(mosquitto, tmp_path, store_url=store_url) as ops,
        api_server(ops) as api,
    ):
        entries = api.security.audit.entries()
    seen = [(e.username, e.action, e.outcome) for e in entries]
    assert seen == [
        ("ann", "submit_job", "ok"),
        ("ann", "clear_bed", "refused"),
        ("olga", "clear_bed", "ok"),
        ("olga", "emergency_stop", "ok"),
        ("olga", "send_gcode", "ok"),
        ("root", "add_user", "ok"),
        ("root", "create_token", "ok"),
        ("root", "revoke_token", "ok"),
        ("carl", "token_login", "refused"),
    ], seen
    by_action = {e.action: e for e in entries}
    assert by_action["submit_job"].detail == f"jobs {job}"
    assert by_action["clear_bed"].target == "agent-1/vp"
    assert by_action["add_user"].target == "carl"
    assert by_action["token_login"].status == 401
    assert all(e.source == "127.0.0.1" for e in entries)
