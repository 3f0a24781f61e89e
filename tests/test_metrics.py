"""`GET /metrics` over real HTTP, on a farm in a scripted state.

One agent with two simulated printers takes two of three jobs: one finishes (its bed
then waits for a person), the other fails with a thermal runaway; the third stays
queued behind the dirty beds. A second agent comes and goes (offline).
A read-scope token scrapes; the text parses with prometheus_client's own parser and
each gauge, histogram and counter says exactly that. Nobody signed in gets a 401. The
sample Grafana dashboard queries no metric the endpoint does not serve.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

import coordinator
from agent.wire import FailureCause
from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role, Scope
from tests.coordinator_harness import job_state, running_coordinator, sim_agent, submit_bytes
from tests.helpers.api_server import api_server
from tests.helpers.sim_failures import fail_now
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt

DASHBOARD = Path(coordinator.__file__).parent / "grafana" / "printfarm.json"
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def _scrape(url: str, token: str | None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.get(f"{url}/metrics", headers=headers, timeout=10)


def _samples(text: str) -> Samples:
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def _value(samples: Samples, name: str, **labels: str) -> float:
    return samples[(name, frozenset(labels.items()))]


def test_metrics_follow_the_farm(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    slow, quick = SimPrinter("p1", print_s=120), SimPrinter("p2", print_s=0.3)
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        api_server(ops) as server,
        sim_agent(mosquitto, "m1", [slow, quick]) as m1,
    ):
        token = server.add_user("prometheus", Role.MEMBER, Scope.READ)
        with sim_agent(mosquitto, "m2", [SimPrinter("p3", bed_clear=False)]) as m2:
            wait_until(lambda: len(ops.c.fleet.snapshot()) == 3, 10, "three printers")
            m2.stop()  # says offline, as an agent that stops does
        wait_until(lambda: not ops.c.fleet.agent_online("m2"), 10, "m2 offline")
        jobs = submit_bytes(ops, copies=3)
        wait_until(lambda: bool(quick.finished and slow.started), 15, "p2 done, p1 printing")
        failed = fail_now(m1, "p1", FailureCause.THERMAL, "thermal runaway on T0")
        wait_until(lambda: job_state(ops, failed) == "failed", 10, "the failure recorded")
        wait_until(lambda: len(ops.c.holds.to_clear()) == 2, 10, "both beds to clear")

        assert _scrape(server.url, None).status_code == 401
        response = _scrape(server.url, token)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/plain")
        s = _samples(response.text)

    states = sorted(job_state(ops, j.id) for j in jobs)
    assert states == ["done", "failed", "queued"]
    assert _value(s, "printfarm_jobs", state="queued") == 1
    assert _value(s, "printfarm_jobs", state="done") == 1
    assert _value(s, "printfarm_jobs", state="failed") == 1
    assert _value(s, "printfarm_jobs", state="needs_approval") == 0
    assert _value(s, "printfarm_printers", state="idle") == 2
    assert _value(s, "printfarm_printers", state="offline") == 1
    assert _value(s, "printfarm_printers", state="printing") == 0
    assert _value(s, "printfarm_printers_bed_needs_clearing") == 2
    assert _value(s, "printfarm_agents_online") == 1
    assert _value(s, "printfarm_agents") == 2
    assert _value(s, "printfarm_broker_connected") == 1
    assert _value(s, "printfarm_database_up") == 1
    assert _value(s, "printfarm_dispatch_latency_seconds_count") == 2
    assert _value(s, "printfarm_job_duration_seconds_count", outcome="done") == 1
    assert _value(s, "printfarm_job_duration_seconds_count", outcome="failed") == 1
    assert 0.2 < _value(s, "printfarm_job_duration_seconds_sum", outcome="done") < 10
    assert _value(s, "printfarm_job_failures_total", cause="thermal") == 1
    assert _value(s, "printfarm_job_failures_total", cause="link_lost") == 0


def _queried_metrics(dashboard: dict[str, object]) -> set[str]:
    exprs = [
        target["expr"]
        for panel in dashboard["panels"]  # type: ignore[attr-defined]
        for target in panel.get("targets", [])
    ]
    return {name for expr in exprs for name in re.findall(r"\bprintfarm_[a-z_]+", expr)}


def test_the_grafana_dashboard_queries_only_served_metrics(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    queried = _queried_metrics(dashboard)
    assert len(queried) >= 8, queried
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as server:
        token = server.add_user("grafana", Role.MEMBER, Scope.READ)
        text = _scrape(server.url, token).text
    served = {name for name, _labels in _samples(text)}
    assert queried <= served, f"queried but not served: {sorted(queried - served)}"
