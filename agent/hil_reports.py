"""Each printer's last HIL report, kept in the agent's data folder and published.

One place per printer: `<data_dir>/hil/<printer id>.json`, the HilReport JSON that
`printfarm-hil --printer ID` and `printfarm-agent setup` write (atomically: a reader never
sees half a file). The hub asks `HilReports.changed()` on every poll and publishes the
summary of a new or rewritten report retained on `<agent>/<printer>/hil`; on every
(re)connect it publishes them all again (a broker may have lost its retained messages).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from agent.wire import HilCheck, HilCheckStatus, HilSummary, HilVerdict, validate_id
from agent.wire.hil import MAX_CHECKS, MAX_SUMMARY
from hil.report import HilReport

log = logging.getLogger(__name__)
FOLDER = "hil"
MAX_REPORT_BYTES = 4 * 1024 * 1024  # a report with full evidence is a few hundred KiB


def report_path(data_dir: Path, printer: str) -> Path:
    return data_dir / FOLDER / f"{validate_id(printer, 'printer id')}.json"


def save_report(data_dir: Path, printer: str, report: HilReport) -> Path:
    """Write `report` as `printer`'s last one (replacing the previous); OSError if not."""
    path = report_path(data_dir, printer)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write(report.model_dump_json(indent=2) + "\n")
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)
    return path


def _cut(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def summarize(report: HilReport) -> HilSummary:
    """The wire summary: when, verdict, firmware, each check's status and one sentence."""
    options = report.options
    allowed = tuple(
        name
        for name, on in (
            ("heat", options.allow_heat),
            ("motion", options.allow_motion),
            ("estop", options.allow_estop),
        )
        if on
    )
    checks = tuple(
        HilCheck(
            id=_cut(check.id, 64),
            title=_cut(check.title, 128),
            status=HilCheckStatus(check.status.value),
            summary=_cut(check.summary, MAX_SUMMARY),
            duration_s=max(0.0, check.duration_s),
        )
        for check in report.checks[:MAX_CHECKS]
    )
    return HilSummary(
        started_at=report.started_at.timestamp(),
        duration_s=max(0.0, report.duration_s),
        source=_cut(report.ran_by, 64),
        port=_cut(options.port, 256),
        firmware_name=_cut(report.firmware_name, 256),
        profile_used=_cut(report.profile_used, 64),
        verdict=HilVerdict(report.verdict.value),
        verdict_line=_cut(report.verdict_line, MAX_SUMMARY),
        allowed=allowed,
        checks=checks,
    )


class HilReports:
    """Which printers' report files are new since last asked (stat only, then a read)."""

    def __init__(self, data_dir: Path, printers: Iterable[str]) -> None:
        self._paths = {printer: report_path(data_dir, printer) for printer in printers}
        self._seen: dict[str, tuple[int, int] | None] = {}

    def changed(self, force: bool = False) -> list[tuple[str, HilSummary]]:
        """(printer, summary) of each report written since the last call (all, if forced)."""
        found = []
        for printer, path in self._paths.items():
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            except OSError as e:
                log.warning("cannot read the HIL report of %s: %s", printer, e)
                continue
            version = (stat.st_mtime_ns, stat.st_size)
            if not force and self._seen.get(printer) == version:
                continue
            self._seen[printer] = version
            summary = self._read(printer, path, stat.st_size)
            if summary is not None:
                found.append((printer, summary))
        return found

    @staticmethod
    def _read(printer: str, path: Path, size: int) -> HilSummary | None:
        if size > MAX_REPORT_BYTES:
            log.warning("HIL report %s of %d bytes is too large: not published", path, size)
            return None
        try:
            report = HilReport.model_validate_json(path.read_bytes())
            return summarize(report)
        except (OSError, ValidationError, ValueError) as e:
            log.warning("HIL report %s of %s is not usable: %s", path, printer, str(e)[:300])
            return None
