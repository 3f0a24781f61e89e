"""The order pages in a real browser (Debian's chromium, Playwright): a buyer follows an
order split across Lyon and Paris (simulated agents), with a failed print and its reprint
and a copy made at Paris; another buyer cannot see it. Screenshot kept in
test-artifacts/dashboard/."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from agent.wire import FailureCause
from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role
from coordinator.orders.replan import OrderReplanner
from tests.coordinator_harness import running_coordinator, sim_agent
from tests.helpers.api_server import ApiServer, api_server
from tests.helpers.browser import chromium, need_chromium, screenshot_path
from tests.helpers.sim_failures import fail_now
from tests.test_orders_farm import add_sites, place_order, printers
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]


def sign_in(page: Page, srv: ApiServer, user: str, url: str) -> None:
    page.goto(url)
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", srv.passwords[user])
    page.click("form#login button[type=submit]")
    expect(page).to_have_url(srv.url + "/")  # the fleet first, as after every sign-in
    page.goto(url)


def test_a_buyer_follows_an_order_on_its_page(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    need_chromium()
    with (
        running_coordinator(mosquitto, tmp_path) as ops,
        sim_agent(mosquitto, "lyon-agent", printers("lyon", "lp1", "lp2")) as lyon,
        sim_agent(mosquitto, "paris-agent", printers("paris", "pp1")) as paris,
        api_server(ops) as srv,
    ):
        add_sites(ops)
        wait_until(lambda: sum(p.online for p in ops.c.fleet.snapshot()) == 3, 30, "3 printers")
        srv.add_user("ann", Role.BUYER)
        srv.add_user("bob", Role.BUYER)
        with srv.client("ann") as ann:
            order = place_order(ann, tmp_path, (3, 2))
        replanner = OrderReplanner(ops)
        wait_until(lambda: lyon.printers["lp1"].job is not None and paris.printers["pp1"].job
                   is not None, 30, "prints at Lyon and Paris")  # fmt: skip
        failed = fail_now(lyon, "lp1", FailureCause.OTHER, "layer shift")
        wait_until(lambda: ops.get_job(failed).state == "failed", 30, "the failure seen")
        paris.finish_now("pp1")
        made = order["copies_detail"]
        at_paris = next(c["job_id"] for c in made if c["site_id"] == "paris")
        wait_until(lambda: ops.get_job(at_paris).state == "done", 30, "the Paris copy made")
        replanner.tick()
        check_the_page(srv, order["id"])


def check_the_page(srv: ApiServer, order_id: str) -> None:
    errors: list[str] = []
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 1100}, timezone_id="UTC")
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        sign_in(page, srv, "ann", srv.url + "/orders")
        expect(page.locator("main[data-loaded='1']")).to_be_attached(timeout=30_000)
        expect(page.locator("#orders tbody tr")).to_have_count(1)
        page.click(f"#orders a[href='/orders/{order_id}']")
        expect(page.locator("main[data-loaded='1'] #copies")).to_be_attached(timeout=30_000)
        expect(page.locator("#copies tbody tr")).to_have_count(5)
        expect(page.locator("#copies tr[data-state='done']")).to_have_count(1)
        expect(page.locator("#sites tr[data-site='lyon'] td").nth(2)).to_have_text(
            "8 km"
        )  # Lyon to the buyer, 8.1 km
        expect(page.locator("#sites tr[data-site='paris'] td").nth(1)).to_have_text("1/1")
        history = page.locator("#history li")
        expect(history.filter(has_text="layer shift")).to_have_count(1)
        expect(page.locator("#history li[data-kind='reprint']")).to_have_count(1)
        expect(page.locator("#history li[data-kind='done']")).to_have_count(1)
        expect(page.locator("#history li[data-kind='done']")).to_contain_text("on paris-agent/pp1")
        expect(page.locator("#facts")).to_contain_text("1 of 5 copies")
        page.screenshot(path=str(screenshot_path("order_page")), full_page=True)
        assert errors == []

        other = browser.new_context().new_page()
        sign_in(other, srv, "bob", srv.url + f"/orders/{order_id}")
        expect(other.locator("main p.error")).to_contain_text("may not", timeout=30_000)
