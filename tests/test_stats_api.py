"""`GET /stats/history` and its CSV over real HTTP: the real app on a free port over an
in-process coordinator and its SQLite store, jobs scripted yesterday (UTC): a member's
6 h job done on a/p1 (a quarter of the day) and a 1 h thermal failure on a/p2."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role
from coordinator.stats import HistoryOut
from coordinator.store import JobState
from tests.coordinator_harness import running_coordinator, sim_agent
from tests.helpers.api_server import ApiServer, api_server
from tests.helpers.history_jobs import H, Scripted, script
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt


@pytest.fixture
def server(mosquitto: MosquittoBroker, tmp_path: Path) -> Iterator[tuple[ApiServer, datetime]]:
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as srv:
        today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        yday = (today - timedelta(days=1)).timestamp()
        store = ops.c.store
        script(store, Scripted("a/p1", yday + 6 * H, yday + 12 * H, submitter="mia",
                               filament_g=12.5))  # fmt: skip
        script(store, Scripted("a/p2", yday + 13 * H, yday + 14 * H, JobState.FAILED,
                               "thermal: thermal runaway", "mia"))  # fmt: skip
        srv.add_user("mia", Role.MEMBER)
        yield srv, today - timedelta(days=1)


def _get(srv: ApiServer, path: str, token: str | None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.get(srv.url + path, headers=headers, timeout=10)


def test_a_member_reads_the_history_as_json(server: tuple[ApiServer, datetime]) -> None:
    srv, yday = server
    started = time.time()
    with srv.client("mia") as client:
        h = HistoryOut.model_validate(client.call("stats_history", params={"days": 2}))
    assert h.days[0] == yday.date()
    assert h.tz == "UTC"
    assert started - 1 <= h.until <= time.time() + 1
    util = {p.printer: p.utilisation[0] for p in h.utilisation}
    assert util == {"a/p1": 0.25, "a/p2": pytest.approx(1 / 24, abs=1e-4)}
    assert [(o.done, o.failed) for o in h.outcomes] == [(1, 1), (0, 0)]
    assert [(c.cause, c.count) for c in h.causes] == [("thermal", 1)]
    (mia,) = h.members
    assert (mia.member, mia.jobs_done, mia.jobs_failed, mia.print_hours, mia.filament_g) == (
        "mia", 1, 1, 6.0, 12.5,
    )  # fmt: skip


def test_each_csv_table_parses(server: tuple[ApiServer, datetime]) -> None:
    srv, yday = server
    tables: dict[str, list[dict[str, str]]] = {}
    for kind in ("utilisation", "outcomes", "causes", "members"):
        r = _get(srv, f"/stats/history.csv?kind={kind}&days=2", srv.tokens["mia"])
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("text/csv")
        assert f"printfarm-{kind}-2d.csv" in r.headers["content-disposition"]
        tables[kind] = list(csv.DictReader(io.StringIO(r.text)))
    day = yday.date().isoformat()
    p1 = [r for r in tables["utilisation"] if r["day"] == day and r["printer"] == "a/p1"]
    assert p1 == [{"day": day, "printer": "a/p1", "printing_hours": "6.000",
                   "utilisation_percent": "25.00"}]  # fmt: skip
    assert len(tables["utilisation"]) == 2 * 2
    assert tables["outcomes"][0] == {"day": day, "done": "1", "failed": "1", "cancelled": "0"}
    assert tables["causes"] == [{"cause": "thermal", "count": "1"}]
    assert tables["members"][0]["filament_g"] == "12.5"


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("/stats/history?days=0", 422),
        ("/stats/history?days=367", 422),
        ("/stats/history?tz=Mars/Olympus_Mons", 422),
        ("/stats/history?tz=../../etc/passwd", 422),
        ("/stats/history.csv?kind=everything", 422),
        ("/stats/history.csv", 422),
        ("/stats/history?tz=America/New_York&days=366", 200),
    ],
)
def test_bad_parameters_are_refused(
    server: tuple[ApiServer, datetime], query: str, status: int
) -> None:
    srv, _ = server
    r = _get(srv, query, srv.tokens["mia"])
    assert r.status_code == status, r.text


def test_anonymous_callers_are_refused(server: tuple[ApiServer, datetime]) -> None:
    srv, _ = server
    assert _get(srv, "/stats/history", None).status_code == 401
    assert _get(srv, "/stats/history.csv?kind=members", None).status_code == 401


def test_a_job_printed_by_an_agent_is_in_the_history(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    """Not scripted: a simulated agent prints a member's job over MQTT, and the history
    finds its run in the events the coordinator recorded (claim, start, end)."""
    printer = SimPrinter("vp", print_s=1.5)
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "agent-1", [printer]),
        api_server(ops) as srv,
    ):
        stored = ops.c.files.put_bytes(b"G28\nG1 X10 Y10 Z0.3 E1\n")
        job = ops.submit(stored, "part.gcode", submitter="zoe")[0]
        wait_until(lambda: ops.get_job(job.id).state == "done", 20, "the job done")
        srv.add_user("zoe", Role.MEMBER)
        with srv.client("zoe") as client:
            h = HistoryOut.model_validate(client.call("stats_history", params={"days": 1}))
    (util,) = [p for p in h.utilisation if p.printer == "agent-1/vp"]
    assert 1.0 <= util.printing_s[0] <= 20  # printed 1.5 s by the agent's clock
    (zoe,) = h.members
    assert (zoe.member, zoe.jobs_done) == ("zoe", 1)
    assert zoe.print_hours * 3600 == pytest.approx(util.printing_s[0], abs=0.1)
    assert (h.outcomes[0].done, h.outcomes[0].failed) == (1, 0)
