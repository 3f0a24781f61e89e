"""The wire contract's two additions for the printer page: the firmware's answer to a
send_gcode line (`Reply.output`, optional) and a printer's last HIL report (its own
retained topic, `hil`). Older peers keep parsing: a reply without output is byte for
byte what it was, and a coordinator that does not know `hil` never subscribes to it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from agent import wire
from agent.hil_reports import summarize
from agent.wire import Channel, WireError, WireErrorKind
from agent.wire.commands import MAX_OUTPUT_BYTES, MAX_OUTPUT_LINES
from agent.wire.hil import MAX_CHECKS
from hil.report import CheckResult, CheckStatus, HilReport, RunOptions, Verdict

NOW = 1_700_000_000.0
OLD_REPLY = (
    b'{"v":1,"command_id":"c1","status":"done","ts":1700000000.0,'
    b'"code":null,"reason":"","job_id":null}'
)


def test_a_reply_without_output_is_encoded_as_before() -> None:
    reply = wire.Reply(command_id="c1", status=wire.ReplyStatus.DONE, ts=NOW)
    assert wire.encode(reply) == OLD_REPLY
    assert wire.parse_reply(OLD_REPLY) == reply  # and an older agent's reply parses


def test_a_console_answer_round_trips() -> None:
    output = wire.GcodeOutput(lines=("FIRMWARE_NAME:Marlin 2.1.2", "ok"), complete=True)
    reply = wire.Reply(command_id="c1", status=wire.ReplyStatus.DONE, ts=NOW, output=output)
    payload = wire.encode(reply)
    assert json.loads(payload)["output"]["lines"] == ["FIRMWARE_NAME:Marlin 2.1.2", "ok"]
    assert wire.parse_reply(payload) == reply


@pytest.mark.parametrize(
    "lines",
    [
        tuple("ok" for _ in range(MAX_OUTPUT_LINES + 1)),
        tuple("x" * 1000 for _ in range(MAX_OUTPUT_BYTES // 1000 + 1)),
        ("x" * 3000,),  # one line over the per-line cap
    ],
    ids=["too-many-lines", "too-many-bytes", "line-too-long"],
)
def test_an_oversized_console_answer_is_refused(lines: tuple[str, ...]) -> None:
    with pytest.raises(ValidationError):
        wire.GcodeOutput(lines=lines)
    payload = json.dumps({
        "v": 1, "command_id": "c1", "status": "done", "ts": NOW,
        "output": {"lines": list(lines), "complete": True},
    }).encode()  # fmt: skip
    with pytest.raises(WireError) as caught:
        wire.parse_reply(payload)
    assert caught.value.kind is WireErrorKind.INVALID


def test_the_hil_topic_is_a_retained_printer_channel() -> None:
    topic = wire.printer_topic("a1", "vp", Channel.HIL)
    assert topic == "printfarm/v1/a1/vp/hil"
    parsed = wire.parse_topic(topic)
    assert parsed.channel is Channel.HIL
    assert parsed.retained
    assert parsed.qos == 1


def _report(text: str, checks: int) -> HilReport:
    return HilReport(
        options=RunOptions(port="/dev/ttyACM0", baud=115200, allow_heat=True),
        started_at=datetime.fromtimestamp(NOW, UTC),
        duration_s=12.5,
        firmware_name="Marlin 2.1.2",
        profile_used="marlin2",
        checks=[
            CheckResult(
                id=f"check-{n}",
                title=text,
                status=CheckStatus.PASSED,
                summary=text,
                evidence=[text] * 50,
                duration_s=0.1,
            )
            for n in range(checks)
        ],
        verdict=Verdict.PASSED,
        verdict_line=text,
        ran_by="printfarm-hil",
    )


def test_a_hil_summary_carries_when_verdict_firmware_and_each_check() -> None:
    summary = summarize(_report("connect ok", 3))
    payload = wire.encode(summary)
    message = wire.decode("printfarm/v1/a1/vp/hil", payload)
    assert message.body == summary
    assert summary.started_at == NOW
    assert summary.verdict is wire.HilVerdict.PASSED
    assert summary.firmware_name == "Marlin 2.1.2"
    assert summary.allowed == ("heat",)
    assert [c.id for c in summary.checks] == ["check-0", "check-1", "check-2"]
    assert summary.checks[0].status is wire.HilCheckStatus.PASSED


def test_a_huge_report_is_summarised_within_the_payload_limit() -> None:
    summary = summarize(_report("é" * 5000, 100))  # evidence is never sent
    payload = wire.encode(summary)
    assert len(payload) < wire.MAX_PAYLOAD_BYTES
    assert len(summary.checks) == MAX_CHECKS
    assert wire.decode("printfarm/v1/a1/vp/hil", payload).body == summary


def test_a_summary_with_unknown_fields_or_verdict_is_refused() -> None:
    good = json.loads(wire.encode(summarize(_report("x", 1))))
    for bad in ({**good, "extra": 1}, {**good, "verdict": "maybe"}):
        with pytest.raises(WireError) as caught:
            wire.decode("printfarm/v1/a1/vp/hil", json.dumps(bad).encode())
        assert caught.value.kind is WireErrorKind.INVALID
