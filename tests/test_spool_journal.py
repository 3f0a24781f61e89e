"""The job journal: a job id starts at most once, across restarts and torn writes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from agent.journal import JobJournal, JournalError


def test_a_job_starts_once(tmp_path: Path) -> None:
    with JobJournal(tmp_path / "journal.jsonl") as journal:
        assert journal.record_start("j1", "p1", sha256="a" * 64, fencing_token=3, now=1.0)
        assert not journal.record_start("j1", "p2")
        assert journal.started("j1")
        assert not journal.started("j2")


def test_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    with JobJournal(path) as journal:
        journal.record_start("j1", "p1")
        journal.record_start("j2", "p1")
        journal.record_end("j1", "p1", "done")
    with JobJournal(path) as journal:
        assert not journal.record_start("j1", "p1")
        assert not journal.record_start("j2", "p1")
        assert journal.outcome("j1") == "done"
        assert [e.job_id for e in journal.unfinished()] == ["j2"]


def test_a_killed_process_leaves_a_durable_start(tmp_path: Path) -> None:
    """A separate process records a start and dies at once (os._exit, no cleanup)."""
    path = tmp_path / "journal.jsonl"
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from agent.journal import JobJournal
        JobJournal(Path({str(path)!r})).record_start("j9", "p1")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    with JobJournal(path) as journal:
        assert journal.started("j9")
        assert [e.job_id for e in journal.unfinished()] == ["j9"]


def test_a_torn_last_line_is_cut_off(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    with JobJournal(path) as journal:
        journal.record_start("j1", "p1")
    good = path.read_bytes()
    path.write_bytes(good + b'{"ts": 2.0, "kind": "sta')  # the crash hit mid-write
    with JobJournal(path) as journal:
        assert journal.started("j1")
        assert not journal.started("j2")
        assert path.read_bytes() == good
        assert journal.record_start("j2", "p1")
    with JobJournal(path) as journal:
        assert journal.started("j2")


def test_corruption_in_the_middle_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    path.write_bytes(
        b'{"garbage": true}\n{"ts": 1, "kind": "start", "job_id": "j", "printer": "p"}\n'
    )
    with pytest.raises(JournalError, match="line 1 is corrupt"):
        JobJournal(path)


def test_one_process_per_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    with JobJournal(path), pytest.raises(JournalError, match="in use"):
        JobJournal(path)
    JobJournal(path).close()  # the lock went with the first


def test_end_needs_a_start_and_is_recorded_once(tmp_path: Path) -> None:
    with JobJournal(tmp_path / "j.jsonl") as journal:
        with pytest.raises(JournalError, match="never started"):
            journal.record_end("nope", "p1", "done")
        journal.record_start("j1", "p1")
        journal.record_end("j1", "p1", "cancelled")
        journal.record_end("j1", "p1", "done")
        assert journal.outcome("j1") == "cancelled"
        assert journal.unfinished() == []


def test_concurrent_starts_of_one_job_let_exactly_one_win(tmp_path: Path) -> None:
    with JobJournal(tmp_path / "j.jsonl") as journal:
        go = threading.Barrier(8)
        wins: list[bool] = []

        def start() -> None:
            go.wait()
            wins.append(journal.record_start("dup", "p1"))

        threads = [threading.Thread(target=start) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        assert sorted(wins) == [False] * 7 + [True]
    lines = (tmp_path / "j.jsonl").read_text().splitlines()
    assert len(lines) == 1
