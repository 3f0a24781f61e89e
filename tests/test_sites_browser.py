"""The sites page in a real browser (Debian's chromium, Playwright), over the real app,
an in-process coordinator and simulated agents: site "lab" (a 500 W circuit, four
Prusa MK3s of which two heat up while two jobs wait for power) and site "annex" (no
printers, one job queued for it). The table shows each site's printers, queue, hours
and planned draw; its screenshot is kept in test-artifacts/dashboard/."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import expect

from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role
from coordinator.api_sites import add_site
from coordinator.dispatch import Requirements
from coordinator.sites import Site
from tests.coordinator_harness import running_coordinator, sim_agent, submit_bytes
from tests.helpers.api_server import api_server
from tests.helpers.browser import chromium, need_chromium, screenshot_path
from tests.sim_agents import SimPrinter
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]

LAB = Site.model_validate({
    "id": "lab", "name": "Berlin lab", "organisation": "Makers eG", "latitude": 52.52,
    "longitude": 13.405, "timezone": "Europe/Berlin", "circuits": [{"id": "main", "watts": 500}],
})  # fmt: skip
ANNEX = Site.model_validate({
    "id": "annex", "name": "Lyon annex", "latitude": 45.764, "longitude": 4.8357,
    "timezone": "Europe/Paris", "hours": {"sat": [{"start": "10:00", "end": "12:00"}]},
    "circuits": [{"id": "a", "watts": 2000}, {"id": "b", "watts": 1000}],
})  # fmt: skip


def test_sites_page_shows_load_hours_and_power(mosquitto: MosquittoBroker, tmp_path: Path) -> None:
    need_chromium()
    printers = [SimPrinter(f"mk3-{i}", print_s=3600, firmware="prusa", site="lab", heats=True)
                for i in range(4)]  # fmt: skip
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as srv:
        add_site(ops, LAB, "test")
        add_site(ops, ANNEX, "test")
        # Queued before any printer reports (then no printer of the fleet refuses it).
        submit_bytes(ops, requirements=Requirements(site="annex"))
        submit_bytes(ops, copies=4)
        srv.add_user("mia", Role.MEMBER)
        with sim_agent(mosquitto, "shelf", printers):
            wait_until(lambda: sum(1 for p in printers if p.job) == 2, 30, "two heat-ups")
            errors = _look(srv.url, srv.passwords["mia"], ANNEX.is_open(datetime.now(UTC)))
    assert errors == []


def _look(url: str, password: str, annex_open: bool) -> list[str]:
    errors: list[str] = []
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 700})
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(url + "/login")
        page.fill("input[name=username]", "mia")
        page.fill("input[name=password]", password)
        page.click("form#login button[type=submit]")
        expect(page).to_have_url(url + "/")
        page.click("nav a[href='/sites']")
        lab = page.locator("tr[data-site=lab]")
        expect(lab.locator(".site-printers")).to_contain_text(
            "4 online · 2 printing", timeout=15_000
        )
        expect(lab.locator("[data-circuit=main]")).to_contain_text("main 494 / 500 W · 2 heating")
        expect(lab).to_contain_text("open now")  # no hours: always open
        annex = page.locator("tr[data-site=annex]")
        expect(annex.locator(".site-queue")).to_have_text("1")
        expect(annex).to_contain_text("open now" if annex_open else "closed · opens Sat")
        expect(annex.locator("[data-circuit=b]")).to_contain_text("b 0 / 1000 W")
        expect(page.locator("nav a.on")).to_have_text("Sites")
        page.screenshot(path=screenshot_path("sites"), full_page=True)
        context.close()
    return errors
