"""The printer page's G-code console and last HIL report, end to end: a real
`printfarm-agent run` with a virtual printer, Mosquitto, a real `printfarm coordinator`,
the real `printfarm-hil` command, and Debian's chromium for the page.

A console line goes through the API to the agent, which sends it to the printer and
answers with the firmware's lines until the line's `ok`: M115 names the firmware, M105
reads `ok T:…`, and a line the G-code policy blocks comes back refused with the reason.
`printfarm-hil --printer vp` keeps its report in the agent's data folder; the running
agent publishes it, the coordinator stores it (so it outlives a restart onto a broker
that never saw it), and the printer page shows it beside the console.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from agent.hil_reports import report_path
from broker_config.testing import MosquittoBroker
from coordinator.accounts.models import Scope
from coordinator.client import FarmClient
from tests.farm_processes import AgentProcess, CoordinatorProcess, coordinator_url
from tests.helpers.accounts import admin_password_file
from tests.helpers.browser import chromium, screenshot_path
from tests.vp import VirtualPrinterProcess
from tests.waiting import wait_until

pytestmark = [pytest.mark.mqtt, pytest.mark.slow]
KEY = "agent-1/vp"
LIVE_MS = 30_000


@dataclass
class Farm:
    broker: MosquittoBroker
    agent: AgentProcess
    client: FarmClient
    folder: Path


@pytest.fixture(scope="module")
def farm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Farm]:
    tmp = tmp_path_factory.mktemp("console")
    with MosquittoBroker.start(tmp_path_factory.mktemp("mosquitto")) as mosquitto:
        agent = AgentProcess.configure(tmp, mosquitto, "agent-1", speed=50).start()
        coordinator = CoordinatorProcess(tmp / "coord", coordinator_url(mosquitto))
        client = coordinator.start()
        try:
            wait_until(lambda: _idle(client), 60, "the virtual printer idle")
            yield Farm(mosquitto, agent, client, tmp)
        finally:
            client.close()
            coordinator.stop()
            agent.stop()


def _idle(client: FarmClient) -> bool:
    return any(p.key == KEY and p.online and p.state == "idle" for p in client.printers())


def _run_hil(farm: Farm) -> subprocess.CompletedProcess[str]:
    """The real `printfarm-hil`, on a virtual printer of its own, kept for printer vp."""
    folder = farm.folder / "hil-vp"
    folder.mkdir(exist_ok=True)
    vp = VirtualPrinterProcess(folder, "--instant")
    try:
        return subprocess.run(
            [sys.executable, "-c", "from hil.cli import app; app()", "--port", vp.port,
             "--printer", "vp", "--agent-config", str(farm.agent.folder / "agent.toml"),
             "--samples", "20", "--stream-lines", "60", "--ok-timeout", "0.5"],
            capture_output=True, text=True, timeout=180, check=False,
            env=dict(os.environ, COLUMNS="160"),
        )  # fmt: skip
    finally:
        vp.stop()


def _hil_kept(farm: Farm) -> None:
    """Printer vp has a HIL report in its agent's data folder (run once per farm)."""
    if report_path(farm.agent.folder / "data", "vp").exists():
        return
    result = _run_hil(farm)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "kept as vp's last HIL report" in result.stderr


def test_the_console_returns_the_firmware_reply(farm: Farm) -> None:
    m115 = farm.client.send_gcode(KEY, "M115", wait_s=20)
    assert m115.status == "done", m115
    assert any("FIRMWARE_NAME" in line for line in m115.output), m115.output
    assert m115.output[-1].startswith("ok"), m115.output
    assert m115.complete

    m105 = farm.client.send_gcode(KEY, "M105", wait_s=20)
    assert m105.status == "done", m105
    assert any(line.startswith("ok T:") for line in m105.output), m105.output


def test_a_refused_line_says_why(farm: Farm) -> None:
    refused = farm.client.send_gcode(KEY, "M104 S400", wait_s=20)
    assert refused.status == "refused", refused
    assert refused.reason.startswith("unsafe"), refused.reason
    assert "400" in refused.reason, refused.reason
    assert refused.output == []


def _cli(farm: Farm, *args: str) -> subprocess.CompletedProcess[str]:
    token = farm.client.create_token(Scope.OPERATE, name=f"cli-{len(args)}-{args[-1]}").secret
    env = dict(os.environ, PRINTFARM_TOKEN=token, PRINTFARM_API=farm.client.base_url)
    return subprocess.run(
        [sys.executable, "-c", "from coordinator.cli import app; app()", *args],
        capture_output=True, text=True, timeout=120, check=False, env=dict(env, COLUMNS="200"),
    )  # fmt: skip


def test_the_cli_prints_the_reply_or_the_refusal(farm: Farm) -> None:
    done = _cli(farm, "gcode", KEY, "M115")
    assert done.returncode == 0, done.stderr
    assert "FIRMWARE_NAME:" in done.stdout
    refused = _cli(farm, "gcode", KEY, "M104 S400")
    assert refused.returncode == 1
    assert "refused" in refused.stderr
    assert "275" in refused.stderr  # the profile's limit, from the agent's policy
    assert "Traceback" not in refused.stderr


def test_no_hil_report_is_an_empty_answer_not_an_error(farm: Farm) -> None:
    if report_path(farm.agent.folder / "data", "vp").exists():
        pytest.skip("another test of this farm ran printfarm-hil first")
    answer = farm.client.printer_hil(KEY)
    assert answer.verdict == ""
    assert answer.checks == []


def test_a_hil_report_reaches_the_api_and_outlives_a_restart(
    farm: Farm, tmp_path_factory: pytest.TempPathFactory
) -> None:
    _hil_kept(farm)
    # A coordinator of this test's own, so the farm's goes on serving the other tests.
    data = tmp_path_factory.mktemp("restart") / "coord"
    mine = CoordinatorProcess(data, coordinator_url(farm.broker))
    client = mine.start()
    try:
        wait_until(lambda: client.printer_hil(KEY).verdict != "", 60, "the HIL report")
        report = client.printer_hil(KEY)
        assert report.verdict == "passed", report
        assert report.source == "printfarm-hil"
        assert report.firmware_name.startswith("Marlin"), report.firmware_name
        ids = {check.id: check.status for check in report.checks}
        assert ids.get("identity") == "passed", ids
        assert ids.get("heating") == "skipped", ids  # not allowed
    finally:
        client.close()
        mine.stop()
    # Restarted on a broker that never saw the report: it comes from the store.
    with MosquittoBroker.start(tmp_path_factory.mktemp("mosquitto-2")) as empty:
        mine.broker_url = coordinator_url(empty)
        client = mine.start()
        try:
            again = client.printer_hil(KEY)
            assert again == report
        finally:
            client.close()
            mine.stop()


def _admin_page(farm: Farm, browser_page: Page) -> Page:
    page = browser_page
    page.goto(farm.client.base_url + "/login")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", admin_password_file(farm.folder).read_text().strip())
    page.click("form#login button[type=submit]")
    expect(page).to_have_url(farm.client.base_url + "/")
    return page


def test_the_printer_page_shows_the_hil_report_and_the_console_replies(farm: Farm) -> None:
    _hil_kept(farm)
    wait_until(lambda: farm.client.printer_hil(KEY).verdict != "", 60, "the HIL report")
    errors: list[str] = []
    with chromium() as browser:
        page = browser.new_context(viewport={"width": 1280, "height": 1000}).new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        _admin_page(farm, page)
        page.goto(f"{farm.client.base_url}/printer/agent-1/vp")
        expect(page.locator("#hil-verdict")).to_contain_text("PASSED", timeout=LIVE_MS)
        expect(page.locator("#hil-checks")).to_contain_text("M115 firmware name")
        expect(page.locator("#hil-panel")).to_contain_text("Marlin")
        expect(page.locator("#facts")).to_contain_text("Marlin 2.1")  # M115's name, live
        page.fill("#console input[name=line]", "M115")
        page.click("#console button")
        expect(page.locator("#console-log")).to_contain_text("FIRMWARE_NAME", timeout=LIVE_MS)
        page.fill("#console input[name=line]", "M104 S400")
        page.click("#console button")
        expect(page.locator("#console-log")).to_contain_text("refused: unsafe", timeout=LIVE_MS)
        page.screenshot(path=screenshot_path("10-printer-console-hil"), full_page=True)
        page.context.close()
    assert errors == []
