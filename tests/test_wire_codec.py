"""Payload models and the strict decoder of the v1 wire contract."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from agent import wire
from agent.wire import Channel, WireError, WireErrorKind

SHA = "0123456789abcdef" * 4
NOW = 1_700_000_000.0


def _state(**overrides: Any) -> wire.PrinterState:
    fields: dict[str, Any] = {
        "ts": NOW,
        "state": wire.PrinterStateName.PRINTING,
        "job": wire.JobProgress(job_id="job-1", file_sha256=SHA, progress=0.25),
        "temperatures": {"T0": wire.Temperature(actual=209.5, target=210)},
        "capabilities": wire.Capabilities(firmware="marlin", features={"EEPROM": True}),
        "profile": "marlin2",
        "site": "lab",
        "tags": ("petg", "big", "big"),
        "material": "PETG",
        "nozzle_diameter": 0.4,
        "build_volume": wire.BuildVolume(x=220, y=220, z=250),
        "bed_clear": False,
    }
    fields.update(overrides)
    return wire.PrinterState(**fields)


COMMANDS: list[BaseModel] = [
    wire.StartJob(
        id="c1", deadline=NOW, job_id="j1", sha256=SHA, size=1, url="http://h/f", fencing_token=3
    ),
    wire.Pause(id="c2", deadline=NOW, job_id="j1"),
    wire.Resume(id="c3", deadline=NOW),
    wire.Cancel(id="c4", deadline=NOW, job_id="j1"),
    wire.EmergencyStop(id="c5", deadline=NOW, reason="smoke"),
    wire.SetTemperature(id="c6", deadline=NOW, heater="B", target=60),
    wire.SendGcode(id="c7", deadline=NOW, line="M117 hello"),
    wire.MarkBedClear(id="c8", deadline=NOW, by="ada"),
]

EVENTS: list[BaseModel] = [
    wire.JobStarted(seq=0, ts=NOW, job_id="j1", file_sha256=SHA, fencing_token=1),
    wire.JobProgressed(seq=1, ts=NOW, job_id="j1", percent=10),
    wire.JobFinished(seq=2, ts=NOW, job_id="j1", duration_s=61.5),
    wire.JobFailed(seq=3, ts=NOW, job_id="j1", cause=wire.FailureCause.THERMAL, message="runaway"),
    wire.JobCancelled(seq=4, ts=NOW, job_id="j1", by_command="c4"),
    wire.FirmwareErrorEvent(seq=5, ts=NOW, message="Printer halted", fatal=True),
    wire.PromptEvent(seq=6, ts=NOW, text="Filament out", choices=("Continue",)),
    wire.StateChanged(
        seq=7,
        ts=NOW,
        previous=wire.PrinterStateName.PRINTING,
        current=wire.PrinterStateName.IDLE,
        bed_clear=False,
    ),
    wire.BedCleared(seq=8, ts=NOW, by_command="c8"),
]

OTHERS: list[tuple[Channel, BaseModel]] = [
    (Channel.STATUS, wire.AgentStatus(presence=wire.Presence.OFFLINE, printers=("p1",))),
    (Channel.STATE, _state()),
    (Channel.TELEMETRY, wire.Telemetry(ts=NOW, state=wire.PrinterStateName.IDLE)),
    (
        Channel.REPLIES,
        wire.Reply(
            command_id="c1",
            status=wire.ReplyStatus.REFUSED,
            ts=NOW,
            code=wire.RefusalReason.EXPIRED,
            reason="arrived 3 s after its deadline",
        ),
    ),
]

ALL = [(Channel.COMMANDS, c) for c in COMMANDS] + [(Channel.EVENTS, e) for e in EVENTS] + OTHERS


@pytest.mark.parametrize(("channel", "model"), ALL, ids=lambda x: getattr(x, "type", str(x)))
def test_every_payload_round_trips(channel: Channel, model: BaseModel) -> None:
    payload = wire.encode(model)
    assert json.loads(payload)["v"] == 1
    assert wire.parse(channel, payload) == model


def test_decode_pairs_topic_and_payload() -> None:
    msg = wire.decode("printfarm/v1/a/p/commands", wire.encode(COMMANDS[1]))
    assert msg.topic == wire.Topic("a", "p", Channel.COMMANDS)
    assert isinstance(msg.body, wire.Pause)
    assert msg.body.job_id == "j1"


def test_state_tags_are_normalised() -> None:
    assert _state().tags == ("big", "petg")


def _cmd(**fields: Any) -> bytes:
    base: dict[str, Any] = {"v": 1, "type": "pause", "id": "c1", "deadline": NOW}
    base.update(fields)
    return json.dumps(base).encode()


@pytest.mark.parametrize(
    ("payload", "kind", "needle"),
    [
        (b"", WireErrorKind.EMPTY, "empty"),
        (b"x" * (wire.MAX_PAYLOAD_BYTES + 1), WireErrorKind.TOO_LARGE, "exceeds"),
        (b"{not json", WireErrorKind.NOT_JSON, "JSON"),
        (b"\xff\xfe{}", WireErrorKind.NOT_JSON, "UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, WireErrorKind.TOO_LARGE, "exceeds"),
        (b"[" * 30_000 + b"]" * 30_000, WireErrorKind.NOT_JSON, "JSON"),
        (b"[1, 2]", WireErrorKind.INVALID, "object"),
        (b'"pause"', WireErrorKind.INVALID, "object"),
        (_cmd(v=2), WireErrorKind.BAD_VERSION, "v=1"),
        (_cmd(v=True), WireErrorKind.BAD_VERSION, "v=1"),
        (_cmd(v="1"), WireErrorKind.BAD_VERSION, "v=1"),
        (_cmd(v=None), WireErrorKind.BAD_VERSION, "v=1"),
        (_cmd(type="self_destruct"), WireErrorKind.INVALID, "type"),
        (_cmd(extra_field=1), WireErrorKind.INVALID, "extra_field"),
        (_cmd(deadline="soon"), WireErrorKind.INVALID, "deadline"),
        (_cmd(deadline="1700000000"), WireErrorKind.INVALID, "deadline"),  # strict
        (_cmd(id="a/b"), WireErrorKind.INVALID, "id"),
        (_cmd(id="x" * 129), WireErrorKind.INVALID, "id"),
        (_cmd(type="send_gcode", line="G28\nM112"), WireErrorKind.INVALID, "line"),
        (_cmd(type="set_temperature", heater="B", target=9000), WireErrorKind.INVALID, "target"),
        (
            _cmd(
                type="start_job", job_id="j", sha256="ABC", size=1, url="http://h", fencing_token=1
            ),
            WireErrorKind.INVALID,
            "sha256",
        ),
        (
            _cmd(
                type="start_job",
                job_id="j",
                sha256=SHA,
                size=1,
                url="file:///etc/passwd",
                fencing_token=1,
            ),
            WireErrorKind.INVALID,
            "url",
        ),
        (b'{"v":1,"type":"pause","id":"c","deadline":NaN}', WireErrorKind.INVALID, "deadline"),
    ],
)
def test_malformed_commands_raise_only_wire_error(
    payload: bytes, kind: WireErrorKind, needle: str
) -> None:
    with pytest.raises(WireError) as caught:
        wire.parse_command(payload)
    assert caught.value.kind is kind
    assert needle in str(caught.value)


def test_payload_limit_is_adjustable() -> None:
    payload = wire.encode(COMMANDS[0])
    with pytest.raises(WireError) as caught:
        wire.parse_command(payload, max_bytes=len(payload) - 1)
    assert caught.value.kind is WireErrorKind.TOO_LARGE
    assert wire.parse_command(payload, max_bytes=len(payload)) == COMMANDS[0]


def test_wrong_model_for_channel_is_invalid() -> None:
    with pytest.raises(WireError) as caught:
        wire.parse_state(wire.encode(COMMANDS[0]))
    assert caught.value.kind is WireErrorKind.INVALID


def test_decode_rejects_foreign_topic_with_wire_error() -> None:
    with pytest.raises(WireError) as caught:
        wire.decode("printfarm/v1/a/p/nope", wire.encode(COMMANDS[0]))
    assert caught.value.kind is WireErrorKind.TOPIC


def test_state_rejects_nonsense() -> None:
    with pytest.raises(ValidationError):
        _state(nozzle_diameter=-0.4)
    with pytest.raises(ValidationError):
        _state(job=wire.JobProgress(job_id="j", progress=1.5))


def test_command_deadline() -> None:
    now = time.time()
    cmd = wire.Pause(id="c", deadline=now + 10)
    assert not cmd.expired(now)
    assert cmd.expired(now + 10.001)


def test_models_are_immutable() -> None:
    cmd = wire.Pause(id="c", deadline=NOW)
    with pytest.raises(ValidationError):
        cmd.id = "d"
