"""The journal's memory of each printer's bed: a start leaves a part on it (whatever the
job's end), only a `bed` line clears it, and all of it survives a reopen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.journal import JobJournal, JournalError


def test_a_start_makes_the_bed_not_clear_until_a_clear(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    with JobJournal(path) as journal:
        assert journal.bed_clear("p1") is None  # never seen: the caller decides
        journal.record_start("j1", "p1")
        assert journal.bed_clear("p1") is False
        journal.record_end("j1", "p1", "done")
        assert journal.bed_clear("p1") is False  # the part is still there
    with JobJournal(path) as journal:
        assert journal.bed_clear("p1") is False
        assert journal.bed_clear("p2") is None
        journal.record_bed("p1", True, by="cmd-1")
    with JobJournal(path) as journal:
        assert journal.bed_clear("p1") is True
        journal.record_start("j2", "p1")  # interrupted by a crash: no end line
    with JobJournal(path) as journal:
        assert journal.bed_clear("p1") is False
        assert [e.job_id for e in journal.unfinished()] == ["j2"]


def test_a_journal_from_before_bed_lines_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    old = [
        {"ts": 1.0, "kind": "start", "job_id": "j1", "printer": "p1"},
        {"ts": 2.0, "kind": "end", "job_id": "j1", "printer": "p1", "outcome": "done"},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in old))
    with JobJournal(path) as journal:
        assert journal.outcome("j1") == "done"
        assert journal.bed_clear("p1") is False


@pytest.mark.parametrize(
    "line",
    [
        {"ts": 1.0, "kind": "bed", "printer": "p1"},  # a bed line without its state
        {"ts": 1.0, "kind": "start", "printer": "p1"},  # a start without a job id
    ],
)
def test_incomplete_lines_are_corruption(tmp_path: Path, line: dict[str, object]) -> None:
    path = tmp_path / "journal.jsonl"
    path.write_text(json.dumps(line) + "\n")
    with pytest.raises(JournalError, match="line 1 is corrupt"):
        JobJournal(path)
