"""The order planner, from small tables of sites and orders: where each copy goes, when."""

from __future__ import annotations

import math
import random
from typing import Any

import pytest

from coordinator.dispatch import PrinterView
from coordinator.orders.plan_models import (
    NEVER,
    CopyState,
    CopyStatus,
    Hours,
    OrderPart,
    OrderSpec,
    PlanPrinter,
    PlanSite,
)
from coordinator.orders.planner import (
    haversine_km,
    plan,
    priority_for,
    queue_free_times,
    replan,
    transit_s,
    usable_printers,
)
from coordinator.requirements import Extents, Requirements
from tests.test_dispatch import printer

H = 3600.0
BERLIN = (52.52, 13.405)
MUNICH = (48.137, 11.575)
HAMBURG = (53.551, 9.993)


def view(key: str, site: str, **overrides: Any) -> PrinterView:
    return printer(key, **{"site": site, **overrides})


def site(
    site_id: str, where: tuple[float, float], n: int = 1, free_at: float = 0.0, **kw: Any
) -> PlanSite:
    printer_kw = kw.pop("printer", {})
    power = kw.pop("power", {})
    printers = tuple(
        PlanPrinter(view(f"{site_id}-agent/p{i}", site_id, **printer_kw), free_at, **power)
        for i in range(n)
    )
    return PlanSite(site_id, where[0], where[1], printers, **kw)


def order(
    *parts: OrderPart, due: float = 100 * H, to: tuple[float, float] = BERLIN, **kw: Any
) -> OrderSpec:
    return OrderSpec("o1", parts, due, to[0], to[1], **kw)


def sites_of(result: Any) -> dict[tuple[str, int], str]:
    return {(a.part_id, a.copy): a.site_id for a in result.allocations}


def test_haversine_and_transit() -> None:
    assert haversine_km(*BERLIN, *MUNICH) == pytest.approx(504, abs=3)
    assert haversine_km(*BERLIN, *BERLIN) == 0.0
    assert transit_s(120.0) > transit_s(0.0)


def test_hours_next_open_and_is_open() -> None:
    hours = Hours(((8 * H, 18 * H), (32 * H, 42 * H)))
    assert hours.is_open(9 * H)
    assert not hours.is_open(18 * H)
    assert hours.next_open(7 * H) == 8 * H
    assert hours.next_open(20 * H) == 32 * H
    assert hours.next_open(50 * H) == NEVER
    assert Hours().next_open(123.0) == 123.0
    with pytest.raises(ValueError, match="sorted"):
        Hours(((10 * H, 12 * H), (11 * H, 13 * H)))


def test_nearest_site_when_it_is_on_time() -> None:
    result = plan(
        order(OrderPart("bracket", 2 * H, 3)), [site("muc", MUNICH, 4), site("ber", BERLIN, 4)], 0.0
    )
    assert set(sites_of(result).values()) == {"ber"}
    assert result.on_time
    assert result.sites[0].km == 0.0


def test_a_busy_near_site_loses_to_a_free_far_one() -> None:
    sites = [site("ber", BERLIN, 1, free_at=60 * H), site("muc", MUNICH, 2)]
    result = plan(order(OrderPart("bracket", 2 * H, 2), due=24 * H), sites, 0.0)
    assert set(sites_of(result).values()) == {"muc"}
    assert result.on_time


def test_a_big_order_is_split_across_sites_to_meet_its_date() -> None:
    sites = [site("ber", BERLIN, 2), site("ham", HAMBURG, 2), site("muc", MUNICH, 2)]
    result = plan(order(OrderPart("gear", 5 * H, 20), due=40 * H), sites, 0.0)
    assert {"ber", "ham", "muc"} <= set(sites_of(result).values())
    assert result.on_time
    assert sum(s.copies for s in result.sites) == 20
    # Berlin (the buyer's) makes what it can in time; the farther, the fewer.
    copies = {s.site_id: s.copies for s in result.sites}
    assert copies["ber"] >= copies["ham"] >= copies["muc"]
    assert copies["ber"] > copies["muc"]


def test_capability_decides_material_and_volume() -> None:
    sites = [
        site("ber", BERLIN, 2),
        site("muc", MUNICH, 1, printer={"material": "petg", "build_volume": (300.0, 300.0, 300.0)}),
    ]
    big = Requirements(extents=Extents(x=280, y=100, z=50))
    parts = (OrderPart("big", H, 1, big), OrderPart("small", H, 1))
    result = plan(order(*parts, material="pla"), sites, 0.0)
    assert result.unplaced == (("big", 0, "no online site has a capable printer"),)
    assert result.expected_delivery is None
    assert not result.on_time
    petg = plan(order(OrderPart("big", H, 1, big), material="PETG"), sites, 0.0)
    assert sites_of(petg) == {("big", 0): "muc"}


def test_a_print_ending_after_hours_waits_for_the_morning() -> None:
    hours = Hours(((8 * H, 18 * H), (32 * H, 42 * H), (56 * H, 66 * H)))
    sites = [site("ber", BERLIN, 1, hours=hours)]
    result = plan(order(OrderPart("a", 6 * H, 2), due=200 * H), sites, 16 * H)
    first, second = sorted(result.allocations, key=lambda a: a.start)
    assert first.start == 16 * H  # a clear bed may start after hours: runs overnight
    assert first.ready == 32 * H  # nobody takes it off before 8 the next morning
    assert second.start == 32 * H  # the bed was not clear before then
    assert second.ready == 38 * H


def test_a_self_ejecting_printer_does_not_wait_for_a_person() -> None:
    hours = Hours(((8 * H, 18 * H), (32 * H, 42 * H)))
    sites = [site("ber", BERLIN, 1, hours=hours, power={"self_ejecting": True})]
    result = plan(order(OrderPart("a", 6 * H, 2), due=200 * H), sites, 16 * H)
    starts = sorted(a.start for a in result.allocations)
    assert starts == [16 * H, 22 * H]
    assert {a.ready for a in result.allocations} == {32 * H}


def test_the_power_budget_limits_how_many_printers_count() -> None:
    power = {"print_w": 150.0, "heat_w": 400.0, "circuit": "c1"}
    tight = site("ber", BERLIN, 6, power=power, budgets_w={"c1": 700.0})
    assert len(usable_printers(tight)) == 3  # 3 x 150 + one 250 W surge = 700; a fourth: 850
    assert len(usable_printers(site("ber", BERLIN, 6, power=power))) == 6  # no budget
    result = plan(order(OrderPart("a", 2 * H, 6), due=500 * H), [tight], 0.0)
    assert {a.printer for a in result.allocations} == {p.view.key for p in usable_printers(tight)}


def test_offline_sites_and_printers_take_nothing() -> None:
    down = site("ber", BERLIN, 2, online=False)
    one_off = site("muc", MUNICH, 2)
    off = PlanPrinter(view("muc-agent/p0", "muc", online=False), 0.0)
    one_off = PlanSite("muc", *MUNICH, (off, one_off.printers[1]))
    result = plan(order(OrderPart("a", H, 2)), [down, one_off], 0.0)
    assert {a.printer for a in result.allocations} == {"muc-agent/p1"}


def test_the_plan_does_not_depend_on_input_order() -> None:
    rng = random.Random(7)
    sites = [
        site(s, w, 3, free_at=rng.uniform(0, 20 * H))
        for s, w in (("ber", BERLIN), ("ham", HAMBURG), ("muc", MUNICH))
    ]
    spec = order(OrderPart("a", 3 * H, 5), OrderPart("b", 1 * H, 7), due=20 * H)
    first = plan(spec, sites, 0.0)
    for _ in range(5):
        rng.shuffle(sites)
        assert plan(spec, sites, 0.0) == first


def test_replan_keeps_what_is_done_and_running_and_moves_the_rest() -> None:
    sites = [site("ber", BERLIN, 2), site("muc", MUNICH, 2)]
    spec = order(OrderPart("a", 2 * H, 4), due=48 * H)
    progress = {
        ("a", 0): CopyState(CopyStatus.DONE, "ber", "ber-agent/p0", ready=2 * H),
        ("a", 1): CopyState(CopyStatus.RUNNING, "ber", "ber-agent/p1", ready=5 * H),
        ("a", 2): CopyState(CopyStatus.FAILED, "ber", "ber-agent/p0"),
        ("a", 3): CopyState(CopyStatus.PLANNED, "ber"),
    }
    ber_down = [site("ber", BERLIN, 2, online=False), sites[1]]
    result = replan(spec, progress, ber_down, 3 * H)
    by_copy = {a.copy: a for a in result.allocations}
    assert by_copy[0].kept
    assert by_copy[0].site_id == "ber"
    assert by_copy[1].kept
    assert by_copy[1].ready == 5 * H
    assert by_copy[2].site_id == by_copy[3].site_id == "muc"
    assert not by_copy[2].kept
    assert by_copy[2].start >= 3 * H


def test_replan_moves_a_running_copy_off_a_removed_printer() -> None:
    ber = site("ber", BERLIN, 2)
    progress = {("a", 0): CopyState(CopyStatus.RUNNING, "ber", "ber-agent/gone", ready=9 * H)}
    result = replan(order(OrderPart("a", 2 * H, 1)), progress, [ber], H)
    (only,) = result.allocations
    assert not only.kept
    assert only.printer.startswith("ber-agent/p")
    assert only.start == H


def test_replan_keeps_a_planned_copy_where_it_was_when_that_is_still_fine() -> None:
    # Hamburg is a little farther from the buyer than Berlin, but the copy was there.
    buyer = (53.1, 11.8)
    sites = [site("ber", BERLIN, 1), site("ham", HAMBURG, 1)]
    assert haversine_km(*buyer, *BERLIN) < haversine_km(*buyer, *HAMBURG)
    progress = {("a", 0): CopyState(CopyStatus.PLANNED, "ham")}
    result = replan(order(OrderPart("a", H, 1), to=buyer), progress, sites, 0.0)
    assert sites_of(result) == {("a", 0): "ham"}
    fresh = plan(order(OrderPart("a", H, 1), to=buyer), sites, 0.0)
    assert sites_of(fresh) == {("a", 0): "ber"}


def test_unknown_copies_are_an_error() -> None:
    with pytest.raises(ValueError, match="not in the order"):
        plan(order(OrderPart("a", H)), [site("ber", BERLIN)], 0.0, copies=[("zz", 0)])


def test_priority_rises_as_the_due_date_nears() -> None:
    values = [priority_for(due, 0.0) for due in (2000 * H, 300 * H, 48 * H, 2 * H, -10 * H)]
    assert values == sorted(values)
    assert values[0] == 1
    assert values[-1] <= 999
    assert priority_for(50 * H, 10 * H) == priority_for(40 * H, 0.0)


def test_queue_free_times_list_schedules_the_queue() -> None:
    hours = Hours(((0.0, 10 * H), (24 * H, 34 * H)))
    free = queue_free_times(hours, {"p1": (0.0, False), "p2": (H, False)}, [4 * H, 4 * H, 4 * H])
    # p1: 0-4, p2: 1-5, p1: 4-8 -> free 8h and 5h; all inside opening hours.
    assert free == {"p1": 8 * H, "p2": 5 * H}
    late = queue_free_times(hours, {"p1": (8 * H, False)}, [4 * H])
    assert late == {"p1": 24 * H}  # finished at 12, cleared next morning
    assert math.isclose(queue_free_times(hours, {"p1": (8 * H, True)}, [4 * H])["p1"], 12 * H)
    assert queue_free_times(hours, {}, [H]) == {}
