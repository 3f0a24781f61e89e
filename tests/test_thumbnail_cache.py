"""Which thumbnails the dashboard finds in a file: the header scan agrees with the full
one on every real slicer file of the corpus, and gives up on a file whose first 200
commands came without any (the full scan reads 16 MB of it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator.intake.thumbnail_cache import COMMANDS_BEFORE_GIVING_UP, header_thumbnails
from coordinator.intake.thumbnails import extract_thumbnails

CORPUS = Path(__file__).parent / "data" / "corpus"
SLICED = sorted(CORPUS.glob("*/*.gcode"))


@pytest.mark.parametrize("path", SLICED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_header_scan_finds_what_the_full_scan_finds(path: Path) -> None:
    assert header_thumbnails(path) == extract_thumbnails(path)


def test_the_corpus_has_thumbnails_to_find() -> None:
    assert sum(bool(header_thumbnails(p)) for p in SLICED) >= 5


def test_a_file_without_thumbnails_is_given_up_on_after_its_header(tmp_path: Path) -> None:
    block = (CORPUS / "prusaslicer" / "box_ps2.5.0.gcode").read_text().splitlines()[4:13]
    assert block[0].startswith("; thumbnail begin 16x16")
    moves = [f"G1 X{i % 100} Y1" for i in range(COMMANDS_BEFORE_GIVING_UP)]
    late = tmp_path / "late.gcode"
    late.write_text("\n".join([*moves, *block, "G1 X1"]) + "\n")
    assert [t.width for t in extract_thumbnails(late)] == [16]
    assert header_thumbnails(late) == []  # past the header: not looked for
    early = tmp_path / "early.gcode"
    early.write_text("\n".join([*moves[:-1], *block, "G1 X1"]) + "\n")
    assert [t.width for t in header_thumbnails(early)] == [16]
