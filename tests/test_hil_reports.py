"""The agent's kept HIL reports: one file per printer in its data folder, published when
new (the hub asks on every poll) and all again after a reconnect (`force`)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agent.hil_reports import HilReports, report_path, save_report
from hil.report import HilReport, RunOptions, Verdict


def _report(verdict: Verdict) -> HilReport:
    return HilReport(
        options=RunOptions(port="/dev/ttyACM0", baud=115200),
        started_at=datetime.now(UTC),
        verdict=verdict,
        ran_by="printfarm-hil",
    )


def test_a_report_is_new_once_then_again_when_rewritten(tmp_path: Path) -> None:
    reports = HilReports(tmp_path, ["vp", "mk3"])
    assert reports.changed() == []
    save_report(tmp_path, "vp", _report(Verdict.PASSED))
    [(printer, summary)] = reports.changed()
    assert (printer, summary.verdict.value) == ("vp", "passed")
    assert reports.changed() == []
    assert [p for p, _ in reports.changed(force=True)] == ["vp"]  # after a reconnect
    save_report(tmp_path, "vp", _report(Verdict.FAILED))
    [(_, again)] = reports.changed()
    assert again.verdict.value == "failed"


def test_a_damaged_file_is_logged_and_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = report_path(tmp_path, "vp")
    path.parent.mkdir(parents=True)
    path.write_text('{"options": "not a report"')
    with caplog.at_level(logging.WARNING, logger="agent.hil_reports"):
        assert HilReports(tmp_path, ["vp"]).changed() == []
    assert "not usable" in caplog.text


def test_a_report_for_a_printer_not_in_the_config_is_not_published(tmp_path: Path) -> None:
    save_report(tmp_path, "gone", _report(Verdict.PASSED))
    assert HilReports(tmp_path, ["vp"]).changed() == []
