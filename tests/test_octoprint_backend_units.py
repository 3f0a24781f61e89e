"""The OctoPrint backend's pure parts: its config, OctoPrint's answers, and what they
mean for a job (agent/backends/octoprint_state.py), from tables of OctoPrint 1.11 answers.

The same rules run against a real OctoPrint in tests/test_octoprint_farm.py; here each
rule is pinned down in microseconds, including the ones a real OctoPrint makes hard to
provoke (a job that finished while the agent was away, another file started by hand).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agent.backends.octoprint import upload_name
from agent.backends.octoprint_api import Observation, parse_observation
from agent.backends.octoprint_config import OctoPrintKeyError, OctoPrintSection
from agent.backends.octoprint_state import START_GRACE_S, OctoPrintTracker, map_state
from agent.config import ConfigError, parse_config
from agent.link.printer import classify_failure
from agent.session_model import JobOutcome, PrinterState, SessionError, SessionEventKind
from agent.wire import FailureCause

NAME = upload_name("j-1")


def _toml(link: str) -> str:
    return f'[agent]\nid = "a1"\n\n[[printers]]\nid = "op-1"\n{link}\n'


def test_config_takes_an_octoprint_printer_with_its_key_file_beside_it(tmp_path: Path) -> None:
    config = parse_config(
        _toml('octoprint = { url = "http://127.0.0.1:5000/", api_key_file = "op-1.key" }'),
        "agent.toml",
        tmp_path,
    )
    section = config.printers[0].octoprint
    assert section is not None
    assert section.url == "http://127.0.0.1:5000"
    assert section.api_key_file == tmp_path / "op-1.key"


@pytest.mark.parametrize(
    ("link", "words"),
    [
        ('port = "/dev/ttyUSB0"\noctoprint = { url = "http://h:5000", api_key_file = "k" }',
         "exactly one of port"),
        ('octoprint = { url = "http://h:5000", api_key_file = "k", apikey = "x" }',
         "unknown key"),
        ('octoprint = { url = "http://u:secret@h:5000", api_key_file = "k" }',
         "must not carry credentials"),
        ('octoprint = { url = "ftp://h", api_key_file = "k" }', "http://host:port"),
        ("", "exactly one of port"),
    ],
)  # fmt: skip
def test_config_refuses_a_wrong_octoprint_entry(tmp_path: Path, link: str, words: str) -> None:
    with pytest.raises(ConfigError, match=words) as caught:
        parse_config(_toml(link), "agent.toml", tmp_path)
    assert "secret" not in str(caught.value)


def test_the_key_comes_from_its_file_and_never_into_a_message(tmp_path: Path) -> None:
    key_file = tmp_path / "op.key"
    section = OctoPrintSection(url="http://h:5000", api_key_file=key_file)
    with pytest.raises(OctoPrintKeyError, match="cannot read"):
        section.read_key()
    key_file.write_text("\n")
    with pytest.raises(OctoPrintKeyError, match="is empty"):
        section.read_key()
    key_file.write_text("ABCDEF0123\nignored\n")
    assert section.read_key() == "ABCDEF0123"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Operational", PrinterState.IDLE),
        ("Printing", PrinterState.PRINTING),
        ("Printing from SD", PrinterState.PRINTING),
        ("Starting", PrinterState.PRINTING),
        ("Finishing", PrinterState.PRINTING),
        ("Pausing", PrinterState.PAUSED),
        ("Paused", PrinterState.PAUSED),
        ("Resuming", PrinterState.PRINTING),
        ("Cancelling", PrinterState.FINISHING),
        ("Offline", PrinterState.OFFLINE),
        ("Closed", PrinterState.OFFLINE),
        ("Offline after error", PrinterState.ERROR),
        ("Error: Printer halted. kill() called!", PrinterState.ERROR),
        ("Opening serial connection", PrinterState.CONNECTING),
        ("Detecting serial connection", PrinterState.CONNECTING),
        ("Something new", PrinterState.CONNECTING),
    ],
)
def test_octoprint_state_texts(text: str, state: PrinterState) -> None:
    assert map_state(text) is state


def test_a_poll_reads_progress_temperatures_and_octoprints_error() -> None:
    job: dict[str, Any] = {
        "job": {"file": {"name": NAME, "size": 1000}},
        "progress": {"completion": 42.0, "filepos": 420, "printTime": 7, "printTimeLeft": 9},
        "state": "Printing",
    }
    printer: dict[str, Any] = {
        "state": {"text": "Printing", "error": ""},
        "temperature": {
            "tool0": {"actual": 200.5, "target": 210.0},
            "bed": {"actual": 60.0, "target": 60.0},
            "W": {"actual": 1.0},  # not a heater the wire knows
        },
    }
    seen = parse_observation(job, printer)
    assert (seen.file_name, seen.filepos, seen.size, seen.print_time_s) == (NAME, 420, 1000, 7.0)
    assert set(seen.temperatures) == {"T0", "B"}
    assert seen.temperatures["T0"].target == 210.0
    offline = parse_observation(
        {"job": {"file": {}}, "progress": {}, "state": "Offline after error",
         "error": "SerialException: device reports readiness to read but returned no data"},
        None,
    )  # fmt: skip
    assert offline.error.startswith("SerialException")
    assert offline.temperatures == {}


def _seen(text: str, name: str | None = NAME, completion: float | None = None) -> Observation:
    size = 1000 if name else None
    pos = None if completion is None else round(completion * 10)
    return Observation(
        state_text=text, file_name=name, completion=completion, size=size, filepos=pos
    )


def _started(bed_clear: bool = True) -> OctoPrintTracker:
    tracker = OctoPrintTracker(bed_clear=True, ejects_parts=False)
    tracker.observe(_seen("Operational", None), 0.0)
    tracker.begin("j-1", NAME, 1000)
    tracker.started(1.0)
    return tracker


def _now(tracker: OctoPrintTracker) -> PrinterState:
    return tracker.state  # read through a call: mypy would keep the last assert's narrowing


def _ending(tracker: OctoPrintTracker) -> tuple[JobOutcome, str]:
    result = tracker.last_result
    assert result is not None
    return result.outcome, result.reason


def test_a_job_seen_printing_then_complete_is_done_and_leaves_the_bed_not_clear() -> None:
    tracker = _started()
    tracker.observe(_seen("Printing", completion=40.0), 2.0)
    assert tracker.snapshot("p", "OctoPrint").job is not None
    assert tracker.snapshot("p", "OctoPrint").job.bytes_done == 400  # type: ignore[union-attr]
    tracker.observe(_seen("Operational", completion=100.0), 3.0)
    assert _ending(tracker) == (JobOutcome.DONE, "")
    assert _now(tracker) is PrinterState.IDLE
    assert not tracker.bed_clear
    with pytest.raises(SessionError, match="bed is not clear"):
        tracker.begin("j-2", upload_name("j-2"), 10)
    kinds = [e.kind for e in tracker.events]
    assert kinds.count(SessionEventKind.JOB_STARTED) == 1
    assert kinds.count(SessionEventKind.JOB_FINISHED) == 1


def test_a_job_is_reported_once_octoprint_took_the_upload_and_the_start() -> None:
    tracker = OctoPrintTracker(bed_clear=True, ejects_parts=False)
    tracker.observe(_seen("Operational", None), 0.0)
    tracker.begin("j-1", NAME, 1000)
    assert tracker.snapshot("p", "OctoPrint").job is None  # uploading
    tracker.started(1.0)
    job = tracker.snapshot("p", "OctoPrint").job
    assert job is not None
    assert job.job_id == "j-1"


def test_a_job_done_between_two_polls_is_done() -> None:
    tracker = _started()
    tracker.observe(_seen("Operational", completion=100.0), 1.5)
    assert _ending(tracker) == (JobOutcome.DONE, "")


def test_not_yet_printing_is_printing_until_the_grace_runs_out() -> None:
    tracker = _started()
    tracker.observe(_seen("Operational", name=None), 2.0)
    assert _now(tracker) is PrinterState.PRINTING
    assert tracker.last_result is None
    tracker.observe(_seen("Operational", name=None), 1.0 + START_GRACE_S + 0.1)
    outcome, reason = _ending(tracker)
    assert outcome is JobOutcome.FAILED
    assert "did not start" in reason


@pytest.mark.parametrize(
    ("seen", "outcome", "words"),
    [
        (Observation(state_text="Offline after error", error="Connection error, see Terminal tab"),
         JobOutcome.FAILED, "OctoPrint reports Offline after error: Connection error"),
        (Observation(state_text="Error: Thermal Runaway, system stopped!"),
         JobOutcome.FAILED, "OctoPrint reports Error: Thermal Runaway"),
        (Observation(state_text="Offline"), JobOutcome.FAILED,
         "lost contact with the printer: OctoPrint reports Offline"),
        (Observation(state_text="Offline after error", error="SerialTimeoutException: "),
         JobOutcome.FAILED, "OctoPrint reports Offline after error: SerialTimeoutException"),
        (Observation(state_text="Printing", file_name="someone-else.gcode"),
         JobOutcome.FAILED, "another file: someone-else.gcode"),
        (Observation(state_text="Operational", file_name=NAME, completion=None),
         JobOutcome.CANCELLED, "cancelled on OctoPrint"),
    ],
)  # fmt: skip
def test_how_a_printing_job_ends(seen: Observation, outcome: JobOutcome, words: str) -> None:
    tracker = _started()
    tracker.observe(_seen("Printing", completion=10.0), 2.0)
    tracker.observe(seen, 3.0)
    got, reason = _ending(tracker)
    assert got is outcome
    assert words in reason


def test_a_cancel_we_asked_for_ends_cancelled_with_our_reason() -> None:
    tracker = _started()
    tracker.observe(_seen("Printing", completion=10.0), 2.0)
    tracker.cancel_requested("cancelled by command c-9")
    tracker.observe(_seen("Cancelling", completion=10.0), 2.5)
    assert _now(tracker) is PrinterState.FINISHING
    tracker.observe(_seen("Operational", completion=None), 3.0)
    assert _ending(tracker) == (JobOutcome.CANCELLED, "cancelled by command c-9")
    assert _now(tracker) is PrinterState.IDLE


def test_an_upload_that_fails_leaves_the_printer_idle_and_the_bed_clear() -> None:
    tracker = OctoPrintTracker(bed_clear=True, ejects_parts=False)
    tracker.observe(_seen("Operational", None), 0.0)
    tracker.begin("j-1", NAME, 1000)
    tracker.observe(_seen("Operational", None), 100.0)  # uploading: no grace counted yet
    assert _now(tracker) is PrinterState.PRINTING  # reserved ...
    assert tracker.snapshot("p", "OctoPrint").job is None  # ... but not started: no job
    tracker.abandon("OctoPrint upload: 413")
    assert _now(tracker) is PrinterState.IDLE
    assert tracker.bed_clear
    assert tracker.last_result is None  # the command handler reports the failed start


@pytest.mark.parametrize(
    ("seen", "outcome", "state"),
    [
        (_seen("Printing", completion=55.0), None, PrinterState.PRINTING),
        (_seen("Paused", completion=55.0), None, PrinterState.PAUSED),
        (_seen("Operational", completion=100.0), JobOutcome.DONE, PrinterState.IDLE),
        (_seen("Operational", completion=None), JobOutcome.INTERRUPTED, PrinterState.IDLE),
        (_seen("Operational", name="other.gcode", completion=100.0), JobOutcome.INTERRUPTED,
         PrinterState.IDLE),
        (Observation(state_text="Offline after error", error="gone"), JobOutcome.FAILED,
         PrinterState.ERROR),
    ],
)  # fmt: skip
def test_a_recovered_job_follows_what_octoprint_says(
    seen: Observation, outcome: JobOutcome | None, state: PrinterState
) -> None:
    tracker = OctoPrintTracker(bed_clear=True, ejects_parts=False)
    tracker.recover("j-1", NAME)
    assert not tracker.bed_clear
    tracker.observe(seen, 10.0)
    assert _now(tracker) is state
    assert (tracker.last_result.outcome if tracker.last_result else None) is outcome
    started = [e for e in tracker.events if e.kind is SessionEventKind.JOB_STARTED]
    assert started == []  # a recovered job is never announced (or started) again


def test_octoprint_unreachable_keeps_the_job_it_is_printing() -> None:
    tracker = _started()
    tracker.observe(_seen("Printing", completion=10.0), 2.0)
    tracker.unreachable("OctoPrint job: connection refused")
    assert _now(tracker) is PrinterState.OFFLINE
    assert tracker.job_id == "j-1"
    tracker.observe(_seen("Printing", completion=20.0), 3.0)
    assert _now(tracker) is PrinterState.PRINTING
    assert tracker.last_result is None


def test_upload_names_keep_to_safe_characters() -> None:
    assert upload_name("b1.2:copy-3") == "printfarm-b1.2_copy-3.gcode"


@pytest.mark.parametrize(
    ("seen", "cause"),
    [
        (Observation(state_text="Offline after error", error="SerialTimeoutException"),
         FailureCause.LINK_LOST),
        (Observation(state_text="Closed"), FailureCause.LINK_LOST),
        (Observation(state_text="Error", error="Thermal Runaway, system stopped!"),
         FailureCause.THERMAL),
    ],
)  # fmt: skip
def test_the_wire_cause_of_an_octoprint_failure(seen: Observation, cause: FailureCause) -> None:
    tracker = _started()
    tracker.observe(_seen("Printing", completion=10.0), 2.0)
    tracker.observe(seen, 3.0)
    assert tracker.last_result is not None
    assert classify_failure(tracker.last_result) is cause
