"""A buyer's order through a running coordinator and simulated agents at three sites.

Lyon, Paris and Berlin each have printers (simulated agents tagging their site). A buyer
near Lyon orders two parts, five copies of about 9.5 hours each, due in two days: Lyon's
two printers can deliver four in time, so the planner sends the fifth to Paris, the
nearest other site. Then one Lyon print fails (a reprint is planned), Lyon goes offline
(its queued copies move, its interrupted prints are made again elsewhere), and the rest
is made at Paris and Berlin until the order is done; its history tells all of it.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from agent.profiles import PowerDraw
from agent.wire import FailureCause
from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role
from coordinator.client import ApiError, FarmClient
from coordinator.orders.farm import plan_sites
from coordinator.orders.models import OrderIn, OrderPartIn
from coordinator.orders.planner import usable_printers
from coordinator.orders.replan import OrderReplanner
from coordinator.orders.service import create_order
from coordinator.service import ConflictError, Operations
from coordinator.sites import Circuit, Placement, Site, SiteFields, SiteStore
from tests.coordinator_harness import running_coordinator, sim_agent
from tests.helpers.api_server import ApiServer, api_server
from tests.helpers.sim_failures import fail_now
from tests.sim_agents import SimAgent, SimPrinter
from tests.waiting import wait_until

pytestmark = pytest.mark.mqtt

LYON, PARIS, BERLIN = (45.76, 4.84), (48.86, 2.35), (52.52, 13.40)
BUYER_NEAR_LYON = (45.70, 4.90)


def gcode(variant: int) -> bytes:
    """About 9.5 hours by the analysis: slow moves (0.1 mm/s) across 190 mm."""
    moves = b"".join(
        b"G1 X%d Y%d E%d F6\n" % (200 if i % 2 == 0 else 10, 10 + variant, i + 1) for i in range(18)
    )
    return b"G28\nG90\nG1 Z0.3 F600\n" + moves


def add_sites(ops: Operations) -> None:
    sites = SiteStore(ops.c.store)
    for site_id, (lat, lon) in (("lyon", LYON), ("paris", PARIS), ("berlin", BERLIN)):
        sites.add(Site(id=site_id, name=site_id.title(), latitude=lat, longitude=lon))


def printers(site: str, *names: str) -> list[SimPrinter]:
    return [SimPrinter(n, print_s=3600, site=site) for n in names]


def place_order(client: FarmClient, tmp: Path, quantities: tuple[int, int]) -> dict[str, Any]:
    parts = []
    for i, quantity in enumerate(quantities):
        path = tmp / f"part{i}.gcode"
        path.write_bytes(gcode(i))
        with path.open("rb") as f:
            uploaded = client.call("upload_file", files={"file": (path.name, f)})
        parts.append(
            {"file_sha256": uploaded["sha256"], "name": f"bracket {i}", "quantity": quantity}
        )
    body = {
        "name": "brackets", "parts": parts, "material": "PLA", "due_at": time.time() + 48 * 3600,
        "latitude": BUYER_NEAR_LYON[0], "longitude": BUYER_NEAR_LYON[1],
    }  # fmt: skip
    order: dict[str, Any] = client.call("create_order", json=body)
    return order


def copies_at(order: dict[str, Any]) -> Counter[str]:
    return Counter(c["site_id"] for c in order["copies_detail"] if c["state"] != "done")


def show(client: FarmClient, order_id: str) -> dict[str, Any]:
    order: dict[str, Any] = client.call("get_order", path={"order_id": order_id})
    return order


def step(ops: Operations, agents: list[SimAgent], replanner: OrderReplanner) -> None:
    """Finish whatever prints, clear the beds (an operator), and let the planner run."""
    for agent in agents:
        for printer_id, printer in agent.printers.items():
            if printer.job is not None:
                agent.finish_now(printer_id)
            elif not printer.bed_clear:
                with contextlib.suppress(ConflictError):  # cleared meanwhile
                    ops.clear_bed(f"{agent.agent_id}/{printer_id}", "operator")
    replanner.tick()


def test_an_order_is_split_made_and_replanned_around_a_failure_and_an_outage(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "lyon-agent", printers("lyon", "lp1", "lp2")) as lyon,
        sim_agent(mosquitto, "paris-agent", printers("paris", "pp1")) as paris,
        sim_agent(mosquitto, "berlin-agent", printers("berlin", "bp1")) as berlin,
        api_server(ops) as api,
    ):
        add_sites(ops)
        wait_until(lambda: sum(p.online for p in ops.c.fleet.snapshot()) == 4, 30, "4 printers")
        api.add_user("ann", Role.BUYER)
        with api.client("ann") as buyer:
            follow_an_order(ops, buyer, tmp_path, (lyon, paris, berlin))


def follow_an_order(
    ops: Operations, buyer: FarmClient, tmp_path: Path, agents: tuple[SimAgent, ...]
) -> None:
    lyon, paris, berlin = agents
    order = place_order(buyer, tmp_path, (3, 2))
    order_id = order["id"]
    assert copies_at(order) == {"lyon": 4, "paris": 1}
    assert {s["site_id"]: s["copies"] for s in order["sites"]} == {"lyon": 4, "paris": 1}
    assert order["on_time"] is True
    assert all(c["km"] is not None and c["expected_ready"] for c in order["copies_detail"])
    jobs = {c["job_id"]: c for c in order["copies_detail"]}
    for job_id, copy in jobs.items():
        job = ops.get_job(job_id)
        assert job.requirements.site == copy["site_id"]
        assert job.requirements.material == "pla"
        assert job.submitter == "ann"
        assert 400 < job.priority < 500  # due in 48 h

    replanner = OrderReplanner(ops, offline_after_s=0.0)
    wait_until(lambda: all(p.job for a in (lyon, paris) for p in a.printers.values()), 30,
               "Lyon's two printers and Paris' one printing")  # fmt: skip
    assert berlin.printers["bp1"].job is None  # nothing was planned there

    # A Lyon print fails: the planner makes that copy again.
    failed_job = fail_now(lyon, "lp1", FailureCause.OTHER, "spaghetti")
    wait_until(lambda: ops.get_job(failed_job).state == "failed", 30, "the failure seen")
    replanner.tick()
    order = show(buyer, order_id)
    failed_copy = next(c for c in order["copies_detail"] if c["attempts"] == 2)
    assert failed_copy["state"] == "planned"
    assert failed_copy["job_id"] != failed_job
    kinds = [e["kind"] for e in order["history"]]
    assert "failed" in kinds
    assert "reprint" in kinds

    # Lyon goes offline: nothing of the order stays there.
    lyon.stop()
    wait_until(lambda: not any(p.online for p in ops.c.fleet.snapshot()
                               if p.agent == "lyon-agent"), 30, "Lyon offline")  # fmt: skip

    def moved_off_lyon() -> bool:
        replanner.tick()
        return "lyon" not in copies_at(show(buyer, order_id))

    wait_until(moved_off_lyon, 60, "the order re-planned away from Lyon")
    order = show(buyer, order_id)
    assert set(copies_at(order)) <= {"paris", "berlin"}
    assert "moved" in [e["kind"] for e in order["history"]]

    def all_made() -> bool:
        step(ops, [paris, berlin], replanner)
        return bool(show(buyer, order_id)["state"] == "done")

    wait_until(all_made, 120, "every copy made at Paris and Berlin")
    order = show(buyer, order_id)
    assert order["done"] == order["copies"] == 5
    history = order["history"]
    made_at = {e["site_id"] for e in history if e["kind"] == "done" and e["site_id"]}
    assert {"paris", "berlin"} <= made_at
    assert any(e["kind"] == "started" and e["printer"] == "berlin-agent/bp1" for e in history)
    assert history[-1]["kind"] == "done"


def test_buyers_see_their_own_orders_and_can_cancel_them(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as api:
        add_sites(ops)
        for user, role in (("ann", Role.BUYER), ("bob", Role.BUYER), ("ops", Role.OPERATOR)):
            api.add_user(user, role)
        with api.client("ann") as ann, api.client("bob") as bob, api.client("ops") as operator:
            own_orders(ann, bob, operator, tmp_path)


def own_orders(ann: FarmClient, bob: FarmClient, operator: FarmClient, tmp_path: Path) -> None:
    order = place_order(ann, tmp_path, (2, 1))
    assert [o["id"] for o in ann.call("list_orders")] == [order["id"]]
    assert bob.call("list_orders") == []
    assert [o["id"] for o in operator.call("list_orders")] == [order["id"]]
    with pytest.raises(ApiError) as refused:
        show(bob, order["id"])
    assert refused.value.status == 403
    with pytest.raises(ApiError) as refused:
        bob.call("cancel_order", path={"order_id": order["id"]})
    assert refused.value.status == 403

    cancelled = ann.call("cancel_order", path={"order_id": order["id"]})
    assert cancelled["state"] == "cancelled"
    assert {c["state"] for c in cancelled["copies_detail"]} == {"cancelled"}
    with pytest.raises(ApiError) as again:
        ann.call("cancel_order", path={"order_id": order["id"]})
    assert again.value.status == 409


def test_an_order_of_a_file_never_uploaded_is_refused(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as api:
        api.add_user("ann", Role.BUYER)
        body = {"parts": [{"file_sha256": "0" * 64}], "due_at": time.time() + 3600,
                "latitude": 45.0, "longitude": 4.0}  # fmt: skip
        with api.client("ann") as ann:
            with pytest.raises(ApiError) as refused:
                ann.call("create_order", json=body)
            assert refused.value.status == 422
            assert "upload it first" in str(refused.value)
            assert ann.call("list_orders") == []


def cli(api: ApiServer, user: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PRINTFARM_API=api.url, PRINTFARM_TOKEN=api.tokens[user], COLUMNS="200")
    return subprocess.run(
        [sys.executable, "-c", "from coordinator.cli import app; app()", "order", *args],
        capture_output=True, text=True, timeout=120, check=False, env=env,
    )  # fmt: skip


def test_the_order_commands(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "lyon-agent", printers("lyon", "lp1")),
        api_server(ops) as api,
    ):
        add_sites(ops)
        wait_until(lambda: any(p.online for p in ops.c.fleet.snapshot()), 30, "lp1 online")
        api.add_user("ann", Role.BUYER)
        part = tmp_path / "bracket.gcode"
        part.write_bytes(gcode(0))
        due = datetime.fromtimestamp(time.time() + 3 * 86400).strftime("%Y-%m-%dT%H:%M")
        made = cli(api, "ann", "create", f"{part}:2", "--due", due, "--deliver", "45.7,4.9",
                   "--material", "pla", "--name", "brackets")  # fmt: skip
        assert made.returncode == 0, made.stderr
        order_id = made.stdout.split()[1]
        assert "lyon" in made.stdout
        assert "on time" in made.stdout
        listed = cli(api, "ann", "list")
        assert order_id in listed.stdout
        assert "0/2" in listed.stdout
        shown = cli(api, "ann", "show", order_id)
        assert shown.returncode == 0, shown.stderr
        assert "placed" in shown.stdout
        assert "planned" in shown.stdout
        cancelled = cli(api, "ann", "cancel", order_id)
        assert cancelled.returncode == 0, cancelled.stderr
        assert "cancelled" in cancelled.stdout
        for args, needle in (
            (("create", str(part), "--due", due, "--deliver", "north"), "LAT,LON"),
            (("create", str(part), "--due", "soon", "--deliver", "45,4"), "due date"),
            (
                ("create", str(tmp_path / "nope.gcode"), "--due", due, "--deliver", "45,4"),
                "no such",
            ),
            (("create", str(part), "--due", due, "--deliver", "95,4"), "90"),
            (("show", "0000"), "may not get order"),  # nobody's: as another's
        ):
            refused = cli(api, "ann", *args)
            out = refused.stdout + refused.stderr
            assert refused.returncode in (1, 2), out
            assert needle in out, out
            assert "Traceback" not in out, out
        assert len(cli(api, "ann", "list").stdout.splitlines()) == len(listed.stdout.splitlines())


def test_a_circuit_budget_limits_the_printers_the_planner_counts(
    mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    """Lyon's two printers share a 350 W circuit: one prints (100 W) with room for one
    heat-up (300 W), two would not; the planner counts one, so fewer copies go there."""
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "lyon-agent", printers("lyon", "lp1", "lp2")),
        sim_agent(mosquitto, "paris-agent", printers("paris", "pp1")),
    ):
        add_sites(ops)
        draw = PowerDraw(heat_up_w=300, printing_w=100)
        placed = tuple(Placement(printer=f"lyon-agent/{p}", circuit="main", power=draw)
                       for p in ("lp1", "lp2"))  # fmt: skip
        circuits = (Circuit(id="main", watts=350),)
        SiteStore(ops.c.store).update("lyon", SiteFields(circuits=circuits, printers=placed))
        wait_until(lambda: sum(p.online for p in ops.c.fleet.snapshot()) == 3, 30, "3 printers")
        sites = {s.site_id: s for s in plan_sites(ops, time.time())}
        assert [p.view.key for p in usable_printers(sites["lyon"])] == ["lyon-agent/lp1"]
        assert {p.heat_w for p in sites["lyon"].printers} == {300}
        stored = ops.c.files.put_bytes(gcode(0))
        body = OrderIn(parts=[OrderPartIn(file_sha256=stored.sha256, quantity=5)],
                       due_at=time.time() + 48 * 3600, latitude=BUYER_NEAR_LYON[0],
                       longitude=BUYER_NEAR_LYON[1])  # fmt: skip
        order = create_order(ops, body, "ann")
        at = Counter(c.site_id for c in order.copies_detail)
        assert at["lyon"] < 4  # four with both printers (the test above)
        assert at["paris"] >= 2
