"""Secrets stay secret: the real `printfarm coordinator` process against a real Mosquitto
with a password file. A password never appears in the process's arguments
(/proc/<pid>/cmdline, its children's too), its log or its error messages, whether the
broker accepts it, refuses it or cannot be reached, and whether the database answers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from broker_config.testing import MosquittoBroker, free_port
from coordinator.client import ApiError, FarmClient
from coordinator.credentials import LogRedaction, redact
from tests.helpers.coordinator_process import StartCoordinator, api_up, broker_ok
from tests.helpers.parallel import DEFAULT_BROKER_PORT
from tests.waiting import wait_until


@DEFAULT_BROKER_PORT  # the --db case has no --broker (it exits before its broker starts)
@pytest.mark.parametrize(
    ("option", "url"),
    [
        ("--broker", "mqtt://coordinator:{pw}@127.0.0.1:1"),
        ("--db", "postgresql://printfarm:{pw}@127.0.0.1:1/printfarm"),
    ],
)
def test_a_password_on_the_command_line_is_refused_with_the_way_to_pass_it(
    run_coordinator: StartCoordinator, option: str, url: str
) -> None:
    password = "Visible-In-Ps-42"
    coordinator = run_coordinator([option, url.format(pw=password)])
    assert coordinator.proc.wait(60) == 2, coordinator.output
    out = coordinator.output
    assert password not in out
    assert "***" in out  # the URL is named, without its password
    assert ("--broker-password-file" if option == "--broker" else "--db-url-file") in out
    assert "Traceback" not in out


@pytest.mark.mqtt
def test_the_broker_password_from_a_file_or_the_environment_never_shows(
    run_coordinator: StartCoordinator, mosquitto: MosquittoBroker, tmp_path: Path
) -> None:
    right = mosquitto.coordinator.password
    url = f"mqtt://coordinator@{mosquitto.host}:{mosquitto.coordinator_port}"
    wrong = "Wrong-Password-77"
    wrong_file = tmp_path / "wrong.password"
    wrong_file.write_text(wrong + "\n")
    wrong_file.chmod(0o600)

    good = run_coordinator(["--broker", url], env={"PRINTFARM_BROKER_PASSWORD": right})
    refused = run_coordinator(["--broker", url, "--broker-password-file", str(wrong_file)])
    unreachable = run_coordinator(
        ["--broker-password-file", str(wrong_file)],
        env={"PRINTFARM_BROKER_URL": f"mqtt://coordinator:{wrong}@127.0.0.1:{free_port()}"},
    )
    wait_until(lambda: api_up(good), 60, "the coordinator's API")
    wait_until(lambda: broker_ok(good), 30, "connected with the password")
    wait_until(lambda: "refused the coordinator" in refused.output, 60, "the refusal logged")
    wait_until(lambda: api_up(unreachable), 60, "the API of the unconnected coordinator")
    assert not broker_ok(unreachable)
    for coordinator, secret in ((good, right), (refused, wrong), (unreachable, wrong)):
        lines = coordinator.command_lines()
        assert len(lines) >= 2, lines  # the coordinator and its telemetry reader
        assert not [line for line in lines if secret in line], lines
    assert "Not authorized" in refused.output
    wait_until(lambda: api_up(refused), 60, "the API of the refused coordinator")
    for coordinator in (good, refused, unreachable):
        assert coordinator.stop() == 0, coordinator.output
    for coordinator, secret in ((good, right), (refused, wrong), (unreachable, wrong)):
        assert secret not in coordinator.output
        assert "Traceback" not in coordinator.output


@DEFAULT_BROKER_PORT
def test_a_database_that_fails_is_one_line_without_its_password(
    run_coordinator: StartCoordinator, tmp_path: Path
) -> None:
    password = "Db-Secret-99"
    url_file = tmp_path / "db.url"
    url_file.write_text(f"postgresql://printfarm:{password}@127.0.0.1:{free_port()}/farm\n")
    url_file.chmod(0o600)
    coordinator = run_coordinator(["--db-url-file", str(url_file)])
    assert coordinator.proc.wait(60) == 1, coordinator.output
    out = coordinator.output
    assert "error:" in out
    assert "Connection refused" in out or "connection failed" in out
    assert password not in out
    assert "Traceback" not in out


def test_redaction_hides_url_passwords_and_known_secrets() -> None:
    text = "cannot reach postgresql+psycopg://farm:p%40ss@db:5432/x and mqtt://u:pw@h:1883"
    assert (
        redact(text)
        == "cannot reach postgresql+psycopg://farm:***@db:5432/x and mqtt://u:***@h:1883"
    )
    assert redact("login failed with hunter2", "hunter2") == "login failed with ***"
    assert (
        redact("mqtt://broker:1883 and mqtt://user@broker")
        == "mqtt://broker:1883 and mqtt://user@broker"
    )


def test_log_redaction_scrubs_arguments_and_exceptions(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    log = logging.getLogger("tests.secrets")
    redaction = LogRedaction(("hunter2",))
    caplog.handler.addFilter(redaction)
    try:
        raise ConnectionError("auth hunter2 failed for mqtt://c:x@h:1")
    except ConnectionError:
        log.exception("connecting with %s", "hunter2")
    caplog.handler.removeFilter(redaction)
    text = caplog.text
    assert "hunter2" not in text
    assert "mqtt://c:***@h:1" in text
    assert "connecting with ***" in text


def test_the_cli_client_names_an_unreachable_api_without_its_password() -> None:
    client = FarmClient(f"http://admin:Api-Secret-3@127.0.0.1:{free_port()}")
    with client, pytest.raises(ApiError) as refused:
        client.summary()
    assert "Api-Secret-3" not in str(refused.value)
    assert "http://admin:***@127.0.0.1:" in str(refused.value)
