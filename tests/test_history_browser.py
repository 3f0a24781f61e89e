"""The history page in a real browser (Debian's chromium, Playwright), over the real app
and an in-process coordinator whose store holds jobs scripted yesterday (UTC): a member's
6 h job done on a/p1 (25 % of the day), a 1 h thermal failure and a 2 h job done on a/p2.
The page draws both charts and shows the right numbers in its tables; its screenshot is
kept in test-artifacts/dashboard/."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect

from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role
from coordinator.store import JobState
from tests.coordinator_harness import running_coordinator
from tests.helpers.api_server import ApiServer, api_server
from tests.helpers.browser import chromium, need_chromium, screenshot_path
from tests.helpers.history_jobs import H, Scripted, ensure_printer, script

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]


@pytest.fixture
def server(mosquitto: MosquittoBroker, tmp_path: Path) -> Iterator[tuple[ApiServer, datetime]]:
    need_chromium()
    with running_coordinator(mosquitto, tmp_path) as ops, api_server(ops) as srv:
        today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        yday = today - timedelta(days=1)
        t = yday.timestamp()
        store = ops.c.store
        ensure_printer(store, "b/p3")
        script(store, Scripted("a/p1", t + 6 * H, t + 12 * H, submitter="mia", filament_g=12.5))
        script(store, Scripted("a/p2", t + 13 * H, t + 14 * H, JobState.FAILED,
                               "thermal: thermal runaway", "mia"))  # fmt: skip
        script(store, Scripted("a/p2", t + 15 * H, t + 17 * H, submitter="noor", filament_g=30.0))
        script(store, Scripted("a/p1", t - 20 * H, t - 19 * H, JobState.CANCELLED,
                               submitter="noor", printed=False))  # fmt: skip
        srv.add_user("olga", Role.OPERATOR)
        yield srv, yday


def test_history_page_draws_charts_and_tables(server: tuple[ApiServer, datetime]) -> None:
    srv, yday = server
    errors: list[str] = []
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, timezone_id="UTC")
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(srv.url + "/history")
        page.fill("input[name=username]", "olga")
        page.fill("input[name=password]", srv.passwords["olga"])
        page.click("form#login button[type=submit]")
        expect(page).to_have_url(srv.url + "/")
        page.click("nav a[href='/history']")
        expect(page.locator("main[data-loaded='1']")).to_be_attached(timeout=10_000)

        for chart in ("#util-chart", "#jobs-chart"):
            box = page.locator(f"{chart} canvas").bounding_box()
            assert box is not None, chart
            assert box["width"] > 250, chart
            assert box["height"] > 150, chart
        rows = page.locator("#util-table tbody tr")
        expect(rows).to_have_count(3)
        p1 = page.locator("#util-table tbody tr", has_text="a/p1").locator("td")
        column = 3 + 5  # printer, hours, mean, then the last 7 days: yesterday is the 6th
        expect(p1.nth(1)).to_have_text("6.0")  # hours printing over 14 days
        expect(p1.nth(2)).to_have_text("1.8 %")  # 25 % one day in 14
        expect(p1.nth(column)).to_have_text("25.0 %")
        expect(page.locator("#util-table thead th").nth(column)).to_have_text(
            yday.strftime("%m-%d")
        )
        p2 = page.locator("#util-table tbody tr", has_text="a/p2").locator("td")
        expect(p2.nth(column)).to_have_text("12.5 %")  # 1 h + 2 h of 24
        expect(page.locator("#cause-table tbody tr td")).to_have_text(["thermal", "1", "100.0 %"])
        members = page.locator("#member-table tbody tr")
        expect(members.nth(0).locator("td")).to_have_text(["mia", "1", "1", "6.00", "12.5", "0"])
        expect(members.nth(1).locator("td")).to_have_text(["noor", "1", "0", "2.00", "30.0", "0"])
        link = page.locator("#csv-links a", has_text="members")
        assert link.get_attribute("href") == "/stats/history.csv?kind=members&days=14&tz=UTC"
        page.screenshot(path=screenshot_path("history"), full_page=True)

        page.select_option("#days", "7")
        expect(p1.nth(2)).to_have_text("3.6 %")  # 25 % one day in 7
        expect(page.locator("#jobs-chart canvas")).to_have_count(1)
        page.select_option("#days", "90")
        expect(p1.nth(2)).to_have_text("0.3 %")  # 25 % one day in 90
        page.screenshot(path=screenshot_path("history-90-days"), full_page=True)
        context.close()
    assert errors == []
