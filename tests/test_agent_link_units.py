"""The agent link's pieces without a broker: config, outbox, recent ids, wire translation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.config import ConfigError, load_config, parse_config
from agent.link.commands import temperature_line
from agent.link.printer import EventDraft, PrinterBridge, PrinterFacts, classify_failure
from agent.link.recent import RecentCommands
from agent.outbox import COMPACT_AFTER_LINES, Outbox
from agent.session_model import (
    JobOutcome,
    JobProgress,
    JobResult,
    PrinterState,
    SessionEvent,
    SessionEventKind,
    SessionSnapshot,
    Temperature,
)
from agent.wire import (
    BuildVolume,
    FailureCause,
    JobProgressed,
    Reply,
    ReplyStatus,
    SetTemperature,
    parse_event,
)

REPO = Path(__file__).resolve().parent.parent
SHA = "ab" * 32

# -- config -------------------------------------------------------------------------------
MINIMAL = """
[agent]
id = "a1"
[[printers]]
id = "p1"
port = "socket://127.0.0.1:9"
"""


def test_example_config_is_valid() -> None:
    config = load_config(REPO / "agent.example.toml")
    assert config.agent.id == "agent-1"
    assert [p.id for p in config.printers] == ["mk3s-1", "sim-1"]
    assert config.printers[1].virtual is not None
    assert config.printers[1].virtual.speed == 20
    # relative paths are anchored at the config's folder
    assert config.agent.data_dir == REPO / "agent-data"
    assert config.broker.password_file == REPO / "agent-1.password"


def test_minimal_config_defaults(tmp_path: Path) -> None:
    config = parse_config(MINIMAL, "agent.toml", tmp_path)
    assert config.username == "a1"
    assert config.broker.port == 1883
    assert config.rates.progress_step == 10
    assert config.agent.data_dir == tmp_path / "agent-data"


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("[broker]\nhots = 'x'\n", "agent.toml: broker.hots: unknown key"),
        ("[rates]\ntelemetry_s = -1\n", "agent.toml: rates.telemetry_s: Input should be greater"),
        ("[[printers]]\nid = 'p2'\n", "printers.1: Value error, give exactly one of port"),
        ("[[printers]]\nid = 'p1'\nport = 'x'\n", "printer id 'p1' appears twice"),
        ("[[printers]]\nid = 'a/b'\nport = 'x'\n", "printers.1.id: Value error, invalid printer"),
        (
            "[[printers]]\nid = 'v'\nvirtual = { dialect = 'marlin', sped = 2 }\n",
            "printers.1.virtual.sped: unknown key",
        ),
        ("[broker]\npassword = 'a'\npassword_file = 'b'\n", "give password or password_file"),
    ],
)
def test_config_errors_name_file_and_field(tmp_path: Path, extra: str, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(MINIMAL + extra, "agent.toml", tmp_path)
    assert expected in str(info.value)


def test_missing_config_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"copy agent\.example\.toml"):
        load_config(tmp_path / "nope.toml")


def test_bad_toml_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"agent\.toml: not valid TOML"):
        parse_config("[agent\n", "agent.toml", tmp_path)


# -- outbox -------------------------------------------------------------------------------
def _payload(seq: int) -> bytes:
    return json.dumps({"seq": seq}).encode()


def test_outbox_numbers_per_printer_and_replays_unacked_in_order(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "outbox.jsonl")
    box.open()
    a0 = box.append("a", "t/a", _payload)
    box.append("b", "t/b", _payload)
    box.append("a", "t/a", _payload)
    box.append("a", "t/a", _payload)
    box.ack(a0)
    box.close()

    again = Outbox(tmp_path / "outbox.jsonl")
    again.open()
    assert [(e.printer, e.seq) for e in again.pending()] == [("b", 0), ("a", 1), ("a", 2)]
    assert again.pending()[1].payload == b'{"seq": 1}'
    assert again.append("a", "t/a", _payload).seq == 3  # numbers survive a restart
    assert again.next_seq("b") == 1
    again.close()


def test_outbox_ignores_a_torn_last_line(tmp_path: Path) -> None:
    path = tmp_path / "outbox.jsonl"
    box = Outbox(path)
    box.open()
    box.append("a", "t", _payload)
    box.close()
    with path.open("a") as f:
        f.write('{"e": ["a", 1, "t", "{\\"se')  # power lost mid-write
    again = Outbox(path)
    again.open()
    assert [e.seq for e in again.pending()] == [0]
    assert again.append("a", "t", _payload).seq == 1
    again.close()


def test_outbox_compaction_keeps_counters_and_pending(tmp_path: Path) -> None:
    path = tmp_path / "outbox.jsonl"
    box = Outbox(path)
    box.open()
    kept = box.append("keep", "t", _payload)
    for _ in range(COMPACT_AFTER_LINES):
        box.ack(box.append("a", "t", _payload))
    lines = path.read_text().splitlines()
    assert len(lines) < COMPACT_AFTER_LINES  # rewritten
    box.close()
    again = Outbox(path)
    again.open()
    assert again.pending() == [kept]
    assert again.next_seq("a") == COMPACT_AFTER_LINES
    again.close()


# -- recent command ids -------------------------------------------------------------------
def _reply(cid: str, status: ReplyStatus) -> Reply:
    return Reply(command_id=cid, status=status, ts=1.0)


def test_recent_commands_survive_restart_and_keep_the_latest_reply(tmp_path: Path) -> None:
    recent = RecentCommands(tmp_path / "commands.jsonl", keep=3)
    recent.open()
    assert recent.claim("p", _reply("c1", ReplyStatus.ACCEPTED)) is None
    first = recent.claim("p", _reply("c1", ReplyStatus.REFUSED))
    assert first is not None
    assert first.status is ReplyStatus.ACCEPTED
    recent.update("p", _reply("c1", ReplyStatus.DONE))
    assert recent.get("other-printer", "c1") is None
    for i in range(10):  # forces rewrites; only the last 3 stay
        recent.claim("p", _reply(f"x{i}", ReplyStatus.DONE))
    recent.close()
    again = RecentCommands(tmp_path / "commands.jsonl", keep=3)
    again.open()
    assert again.get("p", "c1") is None
    assert again.get("p", "x9") is not None
    recent.close()
    again.close()
    reopened = RecentCommands(tmp_path / "c2.jsonl")
    reopened.open()
    reopened.update("p", _reply("c1", ReplyStatus.DONE))
    reopened.close()
    last = RecentCommands(tmp_path / "c2.jsonl")
    last.open()
    known = last.get("p", "c1")
    assert known is not None
    assert known.status is ReplyStatus.DONE
    last.close()


# -- wire translation ---------------------------------------------------------------------
def _bridge() -> PrinterBridge:
    config = parse_config(MINIMAL, "agent.toml", Path()).printers[0]
    facts = PrinterFacts("marlin", BuildVolume(x=200, y=200, z=180), ejects_parts=False)
    return PrinterBridge("p1", config, facts=lambda: facts)


def _snapshot(
    state: PrinterState, done: int | None = None, bed_clear: bool = True
) -> SessionSnapshot:
    job = None
    if done is not None:
        job = JobProgress(
            job_id="j1", file_name="f.gcode", lines_total=100, lines_done=done,
            bytes_total=1000, bytes_done=done * 10, elapsed_s=1.0, remaining_s=2.0,
        )  # fmt: skip
    return SessionSnapshot(
        state=state,
        profile="marlin2",
        temperatures={"T0": Temperature(actual=200.0, target=210.0), "X": Temperature(actual=-999)},
        job=job,
        bed_clear=bed_clear,
    )


def _types(drafts: list[EventDraft], start: int = 0) -> list[tuple[str, int | None]]:
    out: list[tuple[str, int | None]] = []
    for i, draft in enumerate(drafts):
        event = parse_event(draft(start + i).model_dump_json().encode())
        out.append((event.type, event.percent if isinstance(event, JobProgressed) else None))
    return out


def test_bridge_reports_start_milestones_and_finish() -> None:
    bridge = _bridge()
    from agent.link.printer import JobTicket

    bridge.tickets["j1"] = JobTicket(SHA, 7)
    assert bridge.poll_events(_snapshot(PrinterState.IDLE)) == []
    started = SessionEvent(kind=SessionEventKind.JOB_STARTED, message="", job_id="j1")
    drafts = bridge.session_event(started, _snapshot(PrinterState.PRINTING, 0))
    assert _types(drafts) == [("job_started", None)]
    assert _types(bridge.poll_events(_snapshot(PrinterState.PRINTING, 25))) == [
        ("state_changed", None),
        ("job_progress", 10),
        ("job_progress", 20),
    ]
    assert bridge.poll_events(_snapshot(PrinterState.PRINTING, 29)) == []
    state = bridge.state(_snapshot(PrinterState.PRINTING, 29))
    assert state.job is not None
    assert state.job.file_sha256 == SHA
    assert list(state.temperatures) == ["T0"]  # the impossible reading is left out
    result = JobResult(
        job_id="j1",
        outcome=JobOutcome.DONE,
        reason="",
        progress=_snapshot(PrinterState.IDLE, 100).job,  # type: ignore[arg-type]
    )
    finished = SessionEvent(kind=SessionEventKind.JOB_FINISHED, message="", result=result)
    drafts = bridge.session_event(finished, _snapshot(PrinterState.IDLE, None, bed_clear=False))
    kinds = _types(drafts)
    assert kinds[-1] == ("job_finished", None)
    assert [p for _, p in kinds[:-1]] == [30, 40, 50, 60, 70, 80, 90, 100]


def test_state_is_republished_only_on_change() -> None:
    bridge = _bridge()
    assert bridge.state_if_changed(_snapshot(PrinterState.IDLE)) is not None
    assert bridge.state_if_changed(_snapshot(PrinterState.IDLE)) is None
    assert bridge.state_if_changed(_snapshot(PrinterState.IDLE), force=True) is not None
    changed = bridge.state_if_changed(_snapshot(PrinterState.IDLE, bed_clear=False))
    assert changed is not None
    assert changed.bed_clear is False


@pytest.mark.parametrize(
    ("outcome", "reason", "cause"),
    [
        (JobOutcome.FAILED, "emergency stop", FailureCause.EMERGENCY_STOP),
        (JobOutcome.FAILED, "printer halted: Thermal Runaway", FailureCause.THERMAL),
        (
            JobOutcome.FAILED,
            "printer halted: Printer halted. kill() called!",
            FailureCause.FIRMWARE_ERROR,
        ),
        (JobOutcome.FAILED, "lost contact with the firmware: silent", FailureCause.LINK_LOST),
        (JobOutcome.INTERRUPTED, "serial port lost: EIO", FailureCause.LINK_LOST),
        (JobOutcome.FAILED, "file line 3: M104 S400 refused", FailureCause.OTHER),
        (
            JobOutcome.FAILED,
            "file line 9: M117 xxx refused: firmware profile marlin2 accepts at most 95",
            FailureCause.OTHER,
        ),
        (
            JobOutcome.FAILED,
            "job file unusable after file line 5: line 6 is …",
            FailureCause.FILE_ERROR,
        ),
    ],
)
def test_failure_causes(outcome: JobOutcome, reason: str, cause: FailureCause) -> None:
    progress = _snapshot(PrinterState.IDLE, 5).job
    assert progress is not None
    result = JobResult(job_id="j", outcome=outcome, reason=reason, progress=progress)
    assert classify_failure(result) is cause


@pytest.mark.parametrize(
    ("heater", "line"),
    [("T", "M104 S215"), ("T1", "M104 T1 S215"), ("B", "M140 S215"), ("C", "M141 S215")],
)
def test_temperature_lines(heater: str, line: str) -> None:
    command = SetTemperature(id="c", deadline=1.0, heater=heater, target=215.0)
    assert temperature_line(command) == line
