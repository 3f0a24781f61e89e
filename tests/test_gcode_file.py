"""Reading job files whatever their line endings, and the checks made before a print.

CR-only (old Mac), CRLF (Windows) and mixed endings are all valid G-code: the agent reads
the same commands from each, numbers the lines as the coordinator's intake does, and
measures progress in the file's own bytes. A file that is not G-code (empty, binary,
only comments, a line the firmware cannot take) is refused before any line is sent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent import gcode_file
from agent.gcode_check import check_file
from agent.gcode_file import FileCommand, GcodeFileError, read_commands
from coordinator.intake import reader
from coordinator.intake.gcode import analyze_gcode
from coordinator.samples import synthetic_print

ENDINGS = {"lf": b"\n", "crlf": b"\r\n", "cr": b"\r"}
LIMIT = 95  # marlin2's framed line length


def _write(path: Path, lines: list[str], endings: list[bytes]) -> Path:
    body = b"".join(line.encode() + endings[i % len(endings)] for i, line in enumerate(lines))
    path.write_bytes(body)
    return path


def _lines() -> list[str]:
    return ["; header comment", "", *synthetic_print(400)[:200], "G1 X5 ; trailing", "M84"]


def _expected(lines: list[str], endings: list[bytes]) -> list[FileCommand]:
    out, offset = [], 0
    for number, line in enumerate(lines, start=1):
        offset += len(line.encode()) + len(endings[(number - 1) % len(endings)])
        text = line.split(";")[0].strip()
        if text:
            out.append(FileCommand(text, number, offset))
    return out


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64 * 1024])
@pytest.mark.parametrize(
    "endings",
    [[ENDINGS["lf"]], [ENDINGS["crlf"]], [ENDINGS["cr"]], list(ENDINGS.values())],
    ids=["lf", "crlf", "cr", "mixed"],
)
def test_every_line_ending_reads_the_same_commands_lines_and_offsets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, endings: list[bytes], chunk: int
) -> None:
    monkeypatch.setattr(gcode_file, "CHUNK_BYTES", chunk)  # a \r\n split across reads
    lines = _lines()
    path = _write(tmp_path / "job.gcode", lines, endings)
    commands = list(read_commands(path))
    assert commands == _expected(lines, endings)
    assert commands[-1].end_offset == path.stat().st_size


def test_a_last_line_without_its_ending_is_read(tmp_path: Path) -> None:
    path = tmp_path / "job.gcode"
    path.write_bytes(b"G28\rG1 X1\r\nM84")
    assert [(c.text, c.source_line, c.end_offset) for c in read_commands(path)] == [
        ("G28", 1, 4),
        ("G1 X1", 2, 11),
        ("M84", 3, 14),
    ]


@pytest.mark.parametrize("name", ["crlf", "cr", "mixed"])
def test_the_coordinator_intake_counts_lines_as_the_agent_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Bigger than the intake's 64 KB line limit and read in small blocks, so a file
    with no `\\n` at all (CR only) and a `\\r\\n` across blocks are both exercised."""
    monkeypatch.setattr(reader, "CHUNK_BYTES", 4099)
    lines = synthetic_print(3000)
    endings = list(ENDINGS.values()) if name == "mixed" else [ENDINGS[name]]
    path = _write(tmp_path / f"{name}.gcode", lines, endings)
    reference = analyze_gcode(_write(tmp_path / "lf.gcode", lines, [b"\n"]))
    for vectorised in (True, False):
        analysis = analyze_gcode(path, vectorised=vectorised)
        assert analysis.lines == reference.lines == len(lines)
        assert analysis.moves == reference.moves
    assert list(read_commands(path))[-1].source_line == len(lines)


def test_check_counts_the_commands(tmp_path: Path) -> None:
    path = _write(tmp_path / "job.gcode", _lines(), [b"\r"])
    summary = check_file(path, LIMIT)
    assert summary.commands == len(_expected(_lines(), [b"\r"]))
    assert summary.size == path.stat().st_size


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"  \n\n\r\n", "is empty"),
        (b"; only a comment\n;another\n", "no G-code commands"),
        (b"GCDE\x01\x00\x00\x00binary gcode", "binary G-code"),
        (b"solid part\n facet normal 0 0 1\n", "3D model"),
        (bytes(range(256)) * 40, "binary data"),
        (b"G28\nM117 " + b"x" * 90 + b"\nG1 X1\n", "line 2 is too long"),
        (b"G28\n" + b"G1 X1" * 20000, "longer than 65536 bytes"),
    ],
    ids=["empty", "blank", "comments", "bgcode", "stl", "binary", "long", "huge-line"],
)
def test_check_refuses_what_is_not_g_code(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "job.gcode"
    path.write_bytes(content)
    with pytest.raises(GcodeFileError, match=words):
        check_file(path, LIMIT)


def test_check_of_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(GcodeFileError, match="cannot read"):
        check_file(tmp_path / "gone.gcode", LIMIT)


def test_a_line_the_firmware_takes_is_not_too_long(tmp_path: Path) -> None:
    path = tmp_path / "job.gcode"
    path.write_bytes(b"M117 " + b"x" * (LIMIT - 13 - 5) + b" ; a long comment is dropped\n")
    assert check_file(path, LIMIT).commands == 1
    with pytest.raises(GcodeFileError, match="too long"):
        check_file(path, LIMIT - 1)


def test_reading_a_line_over_64_kb_is_an_error_not_unbounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "job.gcode"
    path.write_bytes(b"G28\n" + b"G1 X1 " * 20000)
    with pytest.raises(GcodeFileError, match="line 2 is longer"):
        list(read_commands(path))


def test_a_utf8_bom_at_the_start_never_reaches_the_printer(tmp_path: Path) -> None:
    """Windows editors may write a BOM before the first line: the printer gets `G28`,
    not three bytes of junk in front of it (the intake reads such a file normally too)."""
    path = tmp_path / "bom.gcode"
    path.write_bytes(b"\xef\xbb\xbfG28\nG1 X10 ; move\n\xef\xbb\xbfM400\n")
    commands = [(c.text, c.source_line) for c in read_commands(path)]
    # Only the file's first bytes are a BOM; one further in is damage, left to the policy.
    assert commands == [("G28", 1), ("G1 X10", 2), ("\ufeffM400", 3)]
