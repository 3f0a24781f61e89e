"""The HIL suite's pure parts: corrupting a frame, percentiles, dialect lines, the report."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from agent.profiles import list_profiles, load_profile
from agent.protocol import framing
from agent.safety import check_line
from hil.checks.base import Findings
from hil.checks.latency import percentile
from hil.checks.resend import corrupt_checksum
from hil.evidence import Direction, Transcript, shorten
from hil.gcode import RESEND_STYLES, dwell, heaters_off
from hil.report import CheckResult, CheckStatus, HilReport, RunOptions, Verdict
from hil.suggest import suggestion


def test_a_corrupted_frame_keeps_its_command_and_breaks_its_checksum() -> None:
    frame = framing.frame(7, "G4 P0")
    bad = corrupt_checksum(frame)
    body, _, cs = bad.rstrip(b"\n").partition(b"*")
    assert body == b"N7 G4 P0"
    assert int(cs) != framing.checksum(body)
    with pytest.raises(ValueError, match="no checksum"):
        corrupt_checksum(b"G4 P0\n")


@pytest.mark.parametrize(
    ("samples", "fraction", "expected"),
    [(list(range(1, 201)), 0.99, 198), (list(range(1, 201)), 0.5, 100), ([5.0], 0.99, 5.0)],
)
def test_percentile_is_nearest_rank(samples: list[float], fraction: float, expected: float) -> None:
    assert percentile(samples, fraction) == expected


@pytest.mark.parametrize("name", list_profiles())
def test_heaters_off_lines_are_the_dialects_own_and_pass_the_safety_check(name: str) -> None:
    profile = load_profile(name)
    lines = heaters_off(profile)
    cancel = profile.render("cancel")
    assert lines[0] in cancel  # the dialect's form first
    assert {"M104 S0", "M140 S0"} <= {line for line in lines if not line.startswith("M568")}
    assert all(check_line(line, profile) is None for line in lines)
    assert RESEND_STYLES[profile.dialect] is not None


def test_dwell_spelling_per_dialect() -> None:
    assert dwell(load_profile("marlin2"), 300) == "G4 P300"
    assert dwell(load_profile("klipper"), 300) == "G4 P300"
    assert dwell(load_profile("smoothieware"), 300) == "G4 S0.3"


def test_transcript_splits_chunks_into_lines_and_evidence_is_shortened() -> None:
    transcript = Transcript()
    transcript.add_bytes(Direction.RECEIVED, b"ok\nok T:2", 1.0)
    transcript.add_bytes(Direction.RECEIVED, b"0.0 /0.0\n", 1.1)
    assert [line.render() for line in transcript.since(0)] == ["< ok", "< ok T:20.0 /0.0"]
    for n in range(30):
        transcript.add_bytes(Direction.SENT, b"N%d G4 P0*1\n" % n, 2.0)
    short = shorten(transcript.since(0))
    assert len(short) == 11
    assert short[6] == "… 22 lines …"
    assert short[-1] == "> N29 G4 P0*1"


def test_suggestion_uses_the_fitting_profile_and_caps_the_window_by_its_buffer() -> None:
    findings = Findings(answered=True, fitting_profile="klipper", buffer_depth=17,
                        depth_is_lower_bound=True)  # fmt: skip
    s = suggestion(load_profile("marlin2"), findings)
    assert (s.profile, s.send_window) == ("klipper", 1)
    assert "fits klipper, not marlin2" in s.reason
    findings = Findings(answered=True, fitting_profile="marlin2", buffer_depth=3)
    assert suggestion(load_profile("marlin2"), findings).send_window == 3


def test_report_round_trips_through_json_and_refuses_unknown_fields() -> None:
    report = HilReport(options=RunOptions(port="/dev/null", baud=115200),
                       started_at=datetime.now(UTC), verdict=Verdict.FAILED)  # fmt: skip
    report.checks.append(CheckResult(id="x", title="X", status=CheckStatus.FAILED, summary="s"))
    again = HilReport.model_validate_json(report.model_dump_json())
    assert again == report
    assert again.exit_code == 1
    with pytest.raises(ValueError, match="extra"):
        CheckResult.model_validate({"id": "x", "title": "X", "status": "passed", "summary": "",
                                    "colour": "red"})  # fmt: skip
