"""Sites over the real HTTP API and CLI, with an in-process coordinator, the test
Mosquitto and simulated agents; and staggered starts under a circuit's power budget.

The power test is a conversation: four Prusa MK3s (240 W heating, 80 W printing, 7 W
idle) report site "lab", whose one circuit has 500 W. Four jobs arrive. Two start
(2 x 240 + 2 x 7 = 494 W); the other two wait, and say why, through many dispatch
rounds. One printer reaches its temperatures (80 + 240 + 14 = 334 W: still no room for
233 W more); the second does (174 W): a third starts; the fourth waits until that one
has heated too. Never more than two heat at once.
"""

from __future__ import annotations

import subprocess
from functools import partial
from pathlib import Path

import pytest

from agent.wire import StartJob
from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role
from coordinator.api_sites import add_site, site_overview
from coordinator.client import ApiError
from coordinator.service import Coordinator, Operations
from coordinator.sites import Site, Weekday
from coordinator.sites.power import Phase
from coordinator.sites.status import SiteOut
from coordinator.views import JobOut
from tests.coordinator_harness import (
    coordinator_config,
    running_coordinator,
    sim_agent,
    submit_bytes,
)
from tests.helpers.api_server import ApiServer, api_server
from tests.sim_agents import SimAgent, SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt

LAB = {
    "id": "lab", "name": "Lab", "organisation": "Makers eG", "latitude": 52.52,
    "longitude": 13.405, "timezone": "Europe/Berlin",
    "hours": {"mon": [{"start": "09:00", "end": "17:00"}]},
    "circuits": [{"id": "main", "watts": 500}],
}  # fmt: skip


def _cli(api: ApiServer, username: str, *args: str) -> subprocess.CompletedProcess[str]:
    return api.cli(username, *args)


def _lab(api: ApiServer) -> SiteOut:
    with api.client("ann") as ann:
        return SiteOut.model_validate(ann.call("get_site", path={"site_id": "lab"}))


def _rounds(ops: Operations, n: int) -> None:
    """Let the worker commit `n` more cycles (each tick dispatches while power waits)."""
    start = ops.c.counters.cycles
    wait_until(lambda: ops.c.counters.cycles >= start + n, 30, f"{n} worker cycles")


def _queued(api: ApiServer) -> list[JobOut]:
    with api.client("ann") as ann:
        jobs = [JobOut.model_validate(j) for j in ann.call("list_jobs")]
    return [j for j in jobs if j.state == "queued"]


def test_four_printers_on_a_500_w_circuit_heat_two_at_a_time(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    printers = [
        SimPrinter(f"mk3-{i}", print_s=3600, firmware="prusa", site="lab", heats=True)
        for i in range(4)
    ]
    heating_at_start: list[int] = []

    def on_start(_printer: str, _command: StartJob) -> None:  # under the agent's lock
        heating_at_start.append(1 + sum(1 for p in printers if p.job and not p.heated))

    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        api_server(ops) as api,
        sim_agent(mosquitto, "shelf", printers) as agent,
    ):
        api.add_user("ann", Role.MEMBER)
        api.add_user("boss", Role.ADMIN)
        with api.client("boss") as boss:
            boss.call("add_site", json=LAB)
        wait_until(lambda: len(_lab(api).status.printers) == 4, 30, "the four printers at lab")
        agent.on_start = on_start
        submit_bytes(ops, copies=4)

        def started() -> list[SimPrinter]:
            return [p for p in printers if p.job]

        wait_until(lambda: len(started()) == 2, 30, "two starts")
        _rounds(ops, 20)
        assert len(started()) == 2
        circuit = _lab(api).status.circuits[0]
        assert (circuit.planned_w, circuit.heating) == (494, 2)
        waiting = _queued(api)
        assert len(waiting) == 2
        assert all(j.waiting is not None and j.waiting.kind == "power_budget" for j in waiting)
        assert waiting[0].waiting is not None
        assert waiting[0].waiting.message.startswith(
            "power budget: circuit lab/main at 494/500 W, this start needs 240 W"
        )

        first, second = started()
        _heat(agent, ops, first)
        _rounds(ops, 20)
        assert len(started()) == 2  # 334 + 233 > 500
        assert _lab(api).status.circuits[0].planned_w == 80 + 240 + 2 * 7
        _heat(agent, ops, second)
        wait_until(lambda: len(started()) == 3, 30, "a third start")
        _rounds(ops, 20)
        assert len(started()) == 3  # 80 + 80 + 240 + 7 = 407: no room for the fourth
        third = next(p for p in started() if p not in (first, second))
        _heat(agent, ops, third)
        wait_until(lambda: len(started()) == 4, 30, "the fourth start")
        # Heating at each start (itself included): the first two together, then one at a
        # time as the budget frees up; never three.
        assert heating_at_start == [1, 2, 1, 1]
        for p in printers:
            agent.finish_now(p.printer_id)
        wait_until(lambda: all(p.finished for p in printers), 30, "every job done")


def test_two_coordinators_on_one_database_share_the_budget(
    mosquitto: MosquittoBroker, tmp_path: Path, store_url: str
) -> None:
    """Two coordinators (one database, one broker) both dispatch. The agent holds back
    (ignores commands), so its printers never report the first two jobs: only the store
    knows of A's claims (on mk3-2 and mk3-3: the beds of mk3-0 and mk3-1 are not clear
    yet). Then those two beds are cleared. B, with the other two jobs queued, takes the
    sites' row lock, counts A's claims from the store and starts nothing (without the
    lock it would start two more: four heat-ups); once the agent answers, the rest start
    as printers finish heating."""
    printers = [
        SimPrinter(f"mk3-{i}", print_s=3600, firmware="prusa", site="lab", heats=True,
                   bed_clear=i >= 2)
        for i in range(4)
    ]  # fmt: skip
    other = Coordinator(
        coordinator_config(mosquitto, tmp_path / "b", client_id="coord-b", store_url=store_url)
    )
    with running_coordinator(mosquitto, tmp_path / "a", store_url=store_url) as ops:
        add_site(ops, Site.model_validate(LAB), "test")
        other.start()
        try:
            wait_until(other.link.connected.is_set, 30, "the second coordinator")
            with sim_agent(mosquitto, "shelf", printers) as agent:
                wait_until(lambda: len(_lab_of(ops).status.printers) == 4, 30, "4 printers")
                agent.paused = True
                submit_bytes(ops, copies=4)

                def claimed() -> set[str]:
                    return {j.id for j in ops.list_jobs() if j.state == "assigned"}

                wait_until(lambda: len(claimed()) == 2, 30, "A's two claims")
                queued = {j.id for j in ops.list_jobs() if j.state == "queued"}
                wait_until(lambda: other.backlog.ids() == queued, 30, "B's queue")
                for p in printers[:2]:
                    with agent.lock:
                        p.bed_clear = True
                        agent.publish_state(p)
                wait_until(lambda: _online_clear(other) == 2, 30, "B sees two clear beds")
                start = other.counters.cycles
                wait_until(lambda: other.counters.cycles >= start + 20, 30, "B's rounds")
                assert len(claimed()) == 2
                agent.paused = False
                for n in (2, 3, 4):
                    wait_until(partial(_started_is, printers, n), 30, f"{n} started")
                    for p in printers:
                        if p.job and not p.heated:
                            agent.heat_done(p.printer_id)
                assert sum(len(p.started) for p in printers) == 4
        finally:
            other.stop()


def _online_clear(coordinator: Coordinator) -> int:
    return sum(1 for v in coordinator.fleet.snapshot() if v.free)


def _started_is(printers: list[SimPrinter], n: int) -> bool:
    return sum(1 for p in printers if p.job) == n


def _lab_of(ops: Operations) -> SiteOut:
    return next(s for s in site_overview(ops) if s.site.id == "lab")


def _heat(agent: SimAgent, ops: Operations, printer: SimPrinter) -> None:
    """`printer` reaches its temperatures; wait until the coordinator sees it printing."""
    agent.heat_done(printer.printer_id)
    key = f"{agent.agent_id}/{printer.printer_id}"

    def phase() -> Phase:
        plan = ops.c.sites.plan(ops.c.fleet, frozenset(ops.c.jobs.by_printer))
        return next(p.phase for p in plan.loads["lab/main"].printers if p.key == key)

    wait_until(lambda: phase() is Phase.PRINTING, 30, f"{key} seen heated")


def test_sites_over_the_api(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        api_server(ops) as api,
        sim_agent(mosquitto, "shelf", [SimPrinter("a", site="lab"), SimPrinter("b")]),
    ):
        api.add_user("ann", Role.MEMBER)
        api.add_user("op", Role.OPERATOR)
        api.add_user("boss", Role.ADMIN)
        with api.client("boss") as boss:
            added = SiteOut.model_validate(boss.call("add_site", json=LAB))
            assert added.site.timezone == "Europe/Berlin"
            with pytest.raises(ApiError, match="exists already") as e:
                boss.call("add_site", json=LAB)
            assert e.value.status == 409
            with pytest.raises(ApiError) as e:
                boss.call("add_site", json={**LAB, "id": "x", "timezone": "Mars/Base"})
            assert e.value.status == 422
            assert "unknown timezone 'Mars/Base'" in str(e.value)
            # A placement on a circuit the site lacks: 422, and nothing changed.
            body: dict[str, object] = {"printers": [{"printer": "shelf/b", "circuit": "nope"}]}
            with pytest.raises(ApiError, match="which the site lacks") as e:
                boss.call("update_site", path={"site_id": "lab"}, json=body)
            assert e.value.status == 422
            body = {"printers": [{"printer": "shelf/b", "circuit": "main"}], "name": "Lab 1"}
            boss.call("update_site", path={"site_id": "lab"}, json=body)
        wait_until(lambda: _lab(api).status.printers == ("shelf/a", "shelf/b"), 30, "both")
        lab = _lab(api)
        assert lab.site.name == "Lab 1"
        assert (lab.status.online, lab.status.queued) == (2, 0)
        assert lab.status.circuits[0].planned_w == 2 * 10  # idle, the default profile's 10 W
        with api.client("op") as op:
            with pytest.raises(ApiError) as e:
                op.call("remove_site", path={"site_id": "lab"})
            assert e.value.status == 403
        with api.client("boss") as boss:
            boss.call("remove_site", path={"site_id": "lab"})
            with pytest.raises(ApiError) as e:
                boss.call("get_site", path={"site_id": "lab"})
            assert e.value.status == 404


def test_sites_from_the_cli(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as api:
        api.add_user("ann", Role.MEMBER)
        api.add_user("boss", Role.ADMIN)
        added = _cli(
            api, "boss", "site", "add", "lab", "--name", "Lab", "--lat", "52.52",
            "--lon", "13.405", "--tz", "Europe/Berlin", "--org", "Makers eG",
            "--hours", "mon-fri 09:00-17:00; sat 10:00-12:00 13:00-15:00",
            "--circuit", "wall=1000", "--circuit", "bench=500",
            "--printer", "shelf/mk3@bench", "--printer-power", "shelf/mk3=300/90",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        assert "wall 0/1000 W, bench 0/500 W" in added.stdout
        site = ops.c.sites.repository.get("lab")
        assert [str(r) for r in site.hours[Weekday.SAT]] == ["10:00-12:00", "13:00-15:00"]
        assert site.printers[0].power is not None
        assert site.printers[0].power.heat_up_w == 300

        listed = _cli(api, "ann", "site", "list")
        assert listed.returncode == 0, listed.stderr
        assert "Makers eG" in listed.stdout
        assert "Europe/Berlin" in listed.stdout
        shown = _cli(api, "ann", "site", "show", "lab")
        assert "mon 09:00-17:00; tue 09:00-17:00" in shown.stdout
        assert "placed shelf/mk3 on bench, 300/90/10 W" in shown.stdout

        updated = _cli(api, "boss", "site", "update", "lab", "--circuit", "wall=1600")
        assert updated.returncode != 0  # the placement's circuit "bench" would be gone
        assert "which the site lacks" in updated.stdout + updated.stderr
        assert "Traceback" not in updated.stdout + updated.stderr
        updated = _cli(api, "boss", "site", "update", "lab", "--name", "Lab One")
        assert updated.returncode == 0, updated.stderr
        assert ops.c.sites.repository.get("lab").name == "Lab One"

        for args, needle in [
            (("--hours", "someday 09:00-17:00"), "days are mon..sun"),
            (("--hours", "mon 9-5"), "is not HH:MM"),
            (("--circuit", "main"), "a circuit is ID=WATTS"),
            (("--tz", "Nowhere/Town"), "unknown timezone"),
            (("--printer-power", "x/y=300/90"), "place it with --printer"),
            (("--printer", "x/y", "--printer-power", "x/y=10/20"), "printing_w <= heat_up_w"),
        ]:
            bad = _cli(api, "boss", "site", "update", "lab", *args)
            out = bad.stdout + bad.stderr
            assert bad.returncode in (1, 2), out
            assert needle in out, out
            assert "Traceback" not in out
        denied = _cli(api, "ann", "site", "remove", "lab")
        assert denied.returncode == 1
        removed = _cli(api, "boss", "site", "remove", "lab")
        assert removed.returncode == 0, removed.stderr
        missing = _cli(api, "ann", "site", "show", "lab")
        assert missing.returncode == 1
        assert "no site 'lab'" in missing.stdout + missing.stderr
