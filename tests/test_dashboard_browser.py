"""The dashboard end to end in a real browser (Debian's chromium, Playwright): a real
`printfarm coordinator`, a real `printfarm-agent run` with a virtual printer, Mosquitto.

An admin signs in, drops a G-code file on the queue page, watches the job dispatched,
its progress move and its end on the fleet page, clears the bed from the card, and
cancels a second job from it. A member sees no operator button and is refused (403) when
calling the route anyway. The wall view is closed to anonymous callers until an admin
opens it, then follows the farm without a reload. Each page's screenshot is kept in
test-artifacts/dashboard/.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Role
from coordinator.client import FarmClient
from coordinator.requirements import Requirements
from tests.farm_processes import AgentProcess, CoordinatorProcess, coordinator_url, job_file
from tests.helpers.accounts import admin_password_file
from tests.helpers.browser import chromium, need_chromium, screenshot_path
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]
KEY = "agent-1/vp"
CARD = f'article.card[data-key="{KEY}"]'
LIVE_S = 15_000  # ms: generous bound for a change to reach the page


@dataclass
class Farm:
    url: str
    admin: FarmClient
    folder: Path
    browser: Browser
    page_errors: list[str] = field(default_factory=list)  # uncaught errors in any page


@pytest.fixture(scope="module")
def farm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Farm]:
    need_chromium()
    tmp = tmp_path_factory.mktemp("dash")
    with MosquittoBroker.start(tmp_path_factory.mktemp("mosquitto")) as mosquitto:
        agent = AgentProcess.configure(tmp, mosquitto, "agent-1", speed=3).start()
        coordinator = CoordinatorProcess(tmp / "coord", coordinator_url(mosquitto))
        client = coordinator.start()
        try:
            wait_until(lambda: any(p.online for p in client.printers()), 30, "printer online")
            with chromium() as browser:
                yield Farm(client.base_url, client, tmp, browser)
        finally:
            client.close()
            coordinator.stop()
            agent.stop()


def _sign_in(farm: Farm, user: str, password: str) -> Page:
    page = farm.browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    page.on("dialog", lambda d: d.accept())  # confirmations (cancel, e-stop)
    page.on("pageerror", lambda e: farm.page_errors.append(f"{user}: {e}"))
    page.on("console", lambda m: _console_error(farm, user, m.type, m.text))
    page.goto(farm.url + "/")
    expect(page).to_have_url(farm.url + "/login")
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", password)
    page.click("form#login button[type=submit]")
    expect(page).to_have_url(farm.url + "/")
    return page


def _console_error(farm: Farm, user: str, kind: str, text: str) -> None:
    """A refusal by the page's Content-Security-Policy or a missing asset is an error;
    a 403 is what the member test provokes on purpose."""
    if kind == "error" and "status of 403" not in text:
        farm.page_errors.append(f"{user}: {text}")


def _admin_page(farm: Farm) -> Page:
    return _sign_in(farm, "admin", admin_password_file(farm.folder).read_text().strip())


def _drop_file(page: Page, path: Path) -> None:
    """A real drop event on the drop zone, carrying the file."""
    page.evaluate(
        """([name, text]) => {
            const dt = new DataTransfer();
            dt.items.add(new File([text], name, { type: "text/x.gcode" }));
            const zone = document.getElementById("drop");
            const init = { dataTransfer: dt, bubbles: true, cancelable: true };
            zone.dispatchEvent(new DragEvent("dragover", init));
            zone.dispatchEvent(new DragEvent("drop", init));
        }""",
        [path.name, path.read_text()],
    )


def _bar_width(page: Page) -> float:
    width: Any = page.eval_on_selector(f"{CARD} .bar span", "e => parseFloat(e.dataset.value)")
    return float(width or 0)


def test_operator_prints_clears_and_cancels_from_the_page(farm: Farm) -> None:
    page = _admin_page(farm)
    expect(page.locator(CARD)).to_be_visible(timeout=LIVE_S)
    expect(page.locator(f"{CARD} .state")).to_have_text("idle", timeout=LIVE_S)
    page.screenshot(path=screenshot_path("01-fleet-idle"), full_page=True)

    page.click("nav a[href='/queue']")
    expect(page.locator("#drop")).to_be_visible()
    _drop_file(page, job_file(farm.folder, 1, lines=1500))
    page.click("form#upload button[type=submit]")
    row = page.locator("table.jobs tbody tr").first
    expect(row).to_be_visible(timeout=LIVE_S)
    job_id = row.get_attribute("data-id")
    assert job_id is not None
    expect(page.locator(f'tr[data-id="{job_id}"]')).to_have_attribute(
        "data-state", "printing", timeout=LIVE_S * 2
    )
    page.screenshot(path=screenshot_path("02-queue-printing"), full_page=True)

    page.click("nav a[href='/']")
    expect(page.locator(f"{CARD} .state")).to_have_text("printing", timeout=LIVE_S)
    first = _bar_width(page)
    wait_until(lambda: _bar_width(page) > first, 30, "progress moving on the card")
    page.screenshot(path=screenshot_path("03-fleet-printing"), full_page=True)
    wait_until(lambda: farm.admin.job(job_id).state == "done", 120, "the job done")
    expect(page.locator(f"{CARD} .needs-clear")).to_be_visible(timeout=LIVE_S)
    page.screenshot(path=screenshot_path("04-fleet-needs-clearing"), full_page=True)

    # The next job waits for the bed, and the queue says so.
    second = farm.admin.submit(job_file(farm.folder, 2, lines=4000))[0]
    page.click("nav a[href='/queue']")
    expect(page.locator(f'tr[data-id="{second.id}"] td.why')).to_contain_text(
        "clear", timeout=LIVE_S
    )
    page.screenshot(path=screenshot_path("04b-queue-waiting"), full_page=True)
    page.click("nav a[href='/']")
    page.click(f"{CARD} button[data-action=clear]")
    expect(page.locator(f"{CARD} .needs-clear")).to_be_hidden(timeout=LIVE_S)

    page.goto(f"{farm.url}/job/{job_id}")
    expect(page.locator("#timeline li[data-kind]").first).to_be_visible(timeout=LIVE_S)
    kinds = page.eval_on_selector_all(
        "#timeline li[data-kind]", "ls => ls.map(l => l.dataset.kind)"
    )
    assert "job_started" in kinds, kinds
    page.screenshot(path=screenshot_path("05-job"), full_page=True)

    page.goto(farm.url + "/")
    expect(page.locator(f"{CARD} .state")).to_have_text("printing", timeout=LIVE_S * 2)
    assert farm.admin.job(second.id).state == "printing"  # the bed was cleared from the card
    page.click(f"{CARD} button[data-action=cancel]")
    wait_until(lambda: farm.admin.job(second.id).state == "cancelled", 60, "cancelled")
    expect(page.locator(f"{CARD} .needs-clear")).to_be_visible(timeout=LIVE_S)
    page.click(f"{CARD} button[data-action=clear]")
    expect(page.locator(f"{CARD} .needs-clear")).to_be_hidden(timeout=LIVE_S)

    page.goto(f"{farm.url}/printer/agent-1/vp")
    expect(page.locator("#chart canvas").first).to_be_visible(timeout=LIVE_S)
    page.fill("#console input[name=line]", "M105")
    page.click("#console button")
    expect(page.locator("#console-log")).to_contain_text("ok T:", timeout=LIVE_S)
    page.screenshot(path=screenshot_path("06-printer"), full_page=True)
    page.context.close()
    assert farm.page_errors == []


MAGENTA = Requirements(colour="#ff00ff")


def test_a_member_sees_no_operator_button_and_is_refused(farm: Farm) -> None:
    # The admin's job of this test's own, waiting for a colour nobody has loaded: under
    # xdist this test may be the first of the module on its worker, on a farm where no
    # other test has queued anything (the queue was empty then).
    waiting = farm.admin.submit(job_file(farm.folder, 4), requirements=MAGENTA)[0]
    created = farm.admin.add_user("maria", Role.MEMBER)
    page = _sign_in(farm, "maria", created.password)
    expect(page.locator(f"{CARD} .state")).to_be_visible(timeout=LIVE_S)
    expect(page.locator(f"{CARD} .state")).not_to_have_text("", timeout=LIVE_S)
    assert page.locator(f"{CARD} button").count() == 0
    status = page.evaluate(
        """async () => {
            const me = await (await fetch("/auth/me")).json();
            const r = await fetch("/printers/agent-1/vp/clear",
                { method: "POST", headers: { "X-CSRF-Token": me.csrf_token } });
            return r.status;
        }"""
    )
    assert status == 403
    page.goto(farm.url + "/queue")
    expect(page.locator(f'tr[data-id="{waiting.id}"]')).to_be_visible(timeout=LIVE_S)
    assert page.locator("table.jobs tbody button").count() == 0  # all the admin's
    page.screenshot(path=screenshot_path("07-queue-member"), full_page=True)
    page.context.close()
    farm.admin.job_action(waiting.id, "cancel")
    assert farm.page_errors == []


def test_the_wall_opens_to_anyone_only_when_an_admin_says_so(farm: Farm) -> None:
    anonymous = farm.browser.new_context(viewport={"width": 1600, "height": 900}).new_page()
    anonymous.on("pageerror", lambda e: farm.page_errors.append(f"wall: {e}"))
    anonymous.goto(farm.url + "/wall")
    expect(anonymous).to_have_url(farm.url + "/login")
    admin = _admin_page(farm)
    admin.check("#wall-public")  # the admin's switch in the page's header
    wait_until(lambda: farm.admin.call("get_wall_setting")["public"] is True, 10, "wall open")
    admin.context.close()
    anonymous.goto(farm.url + "/wall")
    tile = anonymous.locator(f'.tile[data-key="{KEY}"]')
    expect(tile.locator(".tile-state")).to_have_text("idle", timeout=LIVE_S)
    anonymous.evaluate("window.__notReloaded = true")
    job = farm.admin.submit(job_file(farm.folder, 3, lines=3000))[0]
    expect(tile.locator(".tile-state")).to_have_text("printing", timeout=LIVE_S * 2)
    assert anonymous.evaluate("window.__notReloaded") is True
    anonymous.screenshot(path=screenshot_path("08-wall"), full_page=True)
    farm.admin.job_action(job.id, "cancel")
    farm.admin.call("set_wall_setting", json={"public": False})
    anonymous.goto(farm.url + "/wall")
    expect(anonymous).to_have_url(farm.url + "/login")
    anonymous.context.close()
    assert farm.page_errors == []


def _with_thumbnail(folder: Path, n: int, lines: int) -> Path:
    """A printable job file headed by a real PrusaSlicer 2.5 thumbnail block (16x16 and
    220x124 PNGs), as the slicer writes it before the first command."""
    sliced = Path(__file__).parent / "data/corpus/prusaslicer/box_ps2.5.0.gcode"
    header = sliced.read_text().splitlines()[:90]
    assert header[-1] == "; thumbnail end"
    path = job_file(folder, n, lines=lines)
    path.write_text("\n".join(header) + "\n" + path.read_text())
    return path


def _natural_width(page: Page, selector: str) -> int:
    """The loaded image's width in pixels (0 while it failed or has not loaded)."""
    page.wait_for_function(
        "s => { const i = document.querySelector(s); return i && i.complete; }", arg=selector
    )
    width: Any = page.eval_on_selector(selector, "i => i.naturalWidth")
    return int(width)


def test_thumbnails_priority_and_requirements_on_the_pages(farm: Farm) -> None:
    """Two jobs wait for a colour nobody has loaded: the queue shows the sliced one's
    picture, the admin raises the other's priority and it moves up, edits the first's
    needs (an impossible material is refused with the reason), and the job page shows
    the picture; then a sliced job prints and its card shows the picture too."""
    admin = farm.admin
    wait_until(lambda: admin.printers()[0].state == "idle", 60, "the printer idle")
    admin.call("clear_bed", path={"agent": "agent-1", "printer": "vp"})
    green = Requirements(colour="#00ff00")
    pic = admin.submit(_with_thumbnail(farm.folder, 10, 200), requirements=green)[0]
    plain = admin.submit(job_file(farm.folder, 11), requirements=green)[0]
    page = _admin_page(farm)
    page.goto(farm.url + "/queue")
    pic_row, plain_row = f'tr[data-id="{pic.id}"]', f'tr[data-id="{plain.id}"]'
    expect(page.locator(f"{pic_row} img.thumb-small")).to_be_visible(timeout=LIVE_S)
    assert _natural_width(page, f"{pic_row} img.thumb-small") == 220
    assert page.locator(f"{plain_row} img").count() == 0

    ids = "ids => ids.map(r => r.dataset.id)"
    order = page.eval_on_selector_all("table.jobs tbody tr[data-state=queued]", ids)
    assert order.index(pic.id) < order.index(plain.id)  # same priority: the older first
    page.fill(f"{plain_row} input.priority", "7")
    page.press(f"{plain_row} input.priority", "Enter")
    wait_until(lambda: admin.job(plain.id).priority == 7, 10, "the priority changed")
    expect(page.locator(plain_row)).to_have_attribute("data-priority", "7", timeout=LIVE_S)
    order = page.eval_on_selector_all("table.jobs tbody tr[data-state=queued]", ids)
    assert order.index(plain.id) < order.index(pic.id)

    page.click(f"{pic_row} button[data-action=edit]")
    expect(page.locator("#req-form input[name=colour]")).to_have_value("#00ff00")
    expect(page.locator("#req-form [data-origin=colour]")).to_have_text("set by admin")
    page.screenshot(path=screenshot_path("09a-queue-requirements-form"), full_page=True)
    page.fill("#req-form input[name=material]", "unobtainium")
    page.click("#req-form button[type=submit]")
    expect(page.locator("#req-problem")).to_contain_text("no printer of the fleet can print")
    refusal = "admin: Failed to load resource: the server responded with a status of 422"
    wait_until(lambda: any(refusal in e for e in farm.page_errors), 10, "the 422 logged")
    farm.page_errors[:] = [e for e in farm.page_errors if refusal not in e]  # provoked here
    page.fill("#req-form input[name=material]", "")
    page.fill("#req-form input[name=colour]", "#0000ff")
    page.click("#req-form button[type=submit]")
    expect(page.locator("#req-form")).to_be_hidden(timeout=LIVE_S)
    assert admin.job(pic.id).requirements.colour == "#0000ff"
    expect(page.locator(f"{pic_row} td.why")).to_contain_text("#0000ff", timeout=LIVE_S)
    person = page.locator(f"{pic_row} [data-need=colour]")
    expect(person).to_have_attribute("title", "set by admin")
    expect(person).to_have_class("by-person")
    page.screenshot(path=screenshot_path("09-queue-thumbnails-edit"), full_page=True)

    page.goto(f"{farm.url}/job/{pic.id}")
    expect(page.locator("#thumbnail")).to_be_visible(timeout=LIVE_S)
    needs = page.locator("#needs")  # each requirement and where it came from
    expect(needs.locator("tr[data-need=colour]")).to_contain_text("#0000ff")
    expect(needs.locator("tr[data-need=colour]")).to_contain_text("set by admin")
    expect(needs.locator("tr[data-need=extents]")).to_contain_text("from the file")
    assert _natural_width(page, "#thumbnail") == 220
    page.screenshot(path=screenshot_path("10-job-thumbnail"), full_page=True)
    for job in (pic, plain):
        admin.job_action(job.id, "cancel")

    printing = admin.submit(_with_thumbnail(farm.folder, 12, 4000))[0]
    page.goto(farm.url + "/")
    expect(page.locator(f"{CARD} .state")).to_have_text("printing", timeout=LIVE_S * 2)
    expect(page.locator(f"{CARD} img.thumb")).to_be_visible(timeout=LIVE_S)
    assert _natural_width(page, f"{CARD} img.thumb") == 220
    page.screenshot(path=screenshot_path("11-fleet-thumbnail"), full_page=True)
    admin.job_action(printing.id, "cancel")
    wait_until(lambda: admin.job(printing.id).state == "cancelled", 60, "cancelled")
    admin.call("clear_bed", path={"agent": "agent-1", "printer": "vp"})
    page.context.close()
    assert farm.page_errors == []
