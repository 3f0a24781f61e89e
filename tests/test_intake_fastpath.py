"""The array fast path of G-code analysis gives the line-by-line loop's results exactly.

`analyze_gcode(..., vectorised=False)` runs every line through the loop that was the
whole analyser before the fast path (`gcode_scan.GcodeScanner._feed_lines`); the fast
path must agree with it on every field and, below the rounding of the report, on the
raw sums (time, filament) to the last bit.
"""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Any

import pytest

from agent.motion import MotionLimits
from coordinator.intake import gcode_scan, reader
from coordinator.intake.gcode import analyze_gcode
from coordinator.intake.gcode_scan import GcodeScanner
from coordinator.intake.line_table import read_table
from coordinator.intake.move_run import apply_run
from coordinator.intake.reader import ReadStats, iter_blocks

ROOT = Path(__file__).parent.parent
SAMPLES = [
    ROOT / "tests" / "data" / "prusaslicer_box_marlin2.gcode",
    ROOT / "coordinator" / "samples" / "cube.gcode",
]


def raw_totals(path: Path, vectorised: bool) -> tuple[object, ...]:
    scanner = GcodeScanner(MotionLimits(), 96, vectorised)
    stats = ReadStats()
    with path.open("rb") as f:
        for data, line_no, _ in iter_blocks(f, stats):
            scanner.feed_block(data, line_no, stats, metadata=True)
    scanner.finish()
    st = scanner.state
    return (
        scanner.time_s, dict(st.filament), scanner.moves, scanner.lines, scanner.layers_by_z,
        scanner.extruding, scanner.part, scanner.all_moves,
        (st.x, st.y, st.z, st.e_pos, st.retracted),
        scanner.long_lines, scanner.first_long_line, scanner.bad_lines, scanner.first_bad_line,
        scanner.unknown, list(st.hints), stats,
    )  # fmt: skip


def assert_same(path: Path) -> None:
    fast = analyze_gcode(path)
    loop = analyze_gcode(path, vectorised=False)
    assert fast.model_dump() == loop.model_dump()
    assert raw_totals(path, True) == raw_totals(path, False)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_files_match_the_loop(path: Path) -> None:
    assert_same(path)


def _layer(rng: random.Random, z: float, e: float, absolute_e: bool) -> tuple[list[str], float]:
    """One layer of plain moves with retractions, travel and the odd unusual line."""
    out = [";LAYER_CHANGE", f";Z:{z:.2f}", f"G1 Z{z:.3f} F7800"]
    if absolute_e:
        out.append("G92 E0")
        e = 0.0
    for _ in range(rng.randint(60, 400)):
        x, y = rng.uniform(20, 180), rng.uniform(20, 180)
        r = rng.random()
        if r < 0.05:  # retract, travel, prime (partly or fully)
            back = round(rng.uniform(0.2, 1.5), 5)
            prime = back if rng.random() < 0.7 else round(back * rng.uniform(0.3, 1.4), 5)
            e_back, e_prime = (e - back, e - back + prime) if absolute_e else (-back, prime)
            out += [f"G1 E{e_back:.5f} F2100", f"G1 X{x:.3f} Y{y:.3f} F9000",
                    f"G1 E{e_prime:.5f} F2100"]  # fmt: skip
            e = e - back + prime if absolute_e else e
        elif r < 0.057:
            out.append(rng.choice(UNUSUAL).format(x=x, y=y))
        elif r < 0.065:
            out.append(f"M106 S{rng.randint(0, 255)}")
        elif r < 0.08:
            out.append(f"G1 X{x:.3f} Y{y:.3f} F{rng.choice([1200, 1800, 3000])}")
        else:
            step = round(rng.uniform(0.001, 0.2), 5)
            e = e + step if absolute_e else step
            out.append(f"G1 X{x:.3f} Y{y:.3f} E{e:.5f}")
    return out, e


UNUSUAL = [
    "G1 X{x:.3f} Y{y:.3f} E0.05 ; inline comment",
    "g1 x{x:.2f} y{y:.2f}",
    "G1X{x:.1f}Y{y:.1f}",
    "N12 G1 X{x:.2f} Y{y:.2f}*77",
    "G1 X{x:.3f} X{y:.3f}",
    "G1 X1.2.3",
    "G1 X{x:.3f} Y-0 F0",
    "G1 X{x:.3f}  Y{y:.3f}",
    "G1 X{x:.3f} Y{y:.3f} ",
    "G0 X{x:.3f} Y{y:.3f} Z0.6 F9000",
    "G1 X{x:.3f} Y{y:.3f} E.01",
    "G1 X-.5 Y{y:.3f} E0.",
    "\tG1 X{x:.3f}",
    "   ",
    "",
    "G1 X{x:.8f} Y{y:.8f} E0.0123456789012345678",
    "G1 X1e1 Y{y:.3f}",
    "G1 X{x:.3f} Y{y:.3f} A5",
    "M204 P{x:.0f} T2000",
    "M205 X8 Y8",
    "M220 S90",
    "M220 S100",
    "EXCLUDE_OBJECT_START NAME=part_{x:.0f}",
    "M117 " + "long " * 30,
    "G2 X{x:.3f} Y{y:.3f} I5 J5 E0.2",
    "G4 P10",
    "T1\nG1 X{x:.3f} Y{y:.3f} E0.3\nT0",
    "G91\nG1 Z0.4\nG1 X2 Y2 E0.1\nG1 Z-0.4\nG90",
    "G92 E0",
    "G92 X{x:.1f}",
    "G92 E1 X0",
    "G20\nG1 X2 Y3 E0.01\nG21",
    "M400",
    "G1 X" + "1" * 20,
]


def synthetic_file(path: Path, seed: int, target_bytes: int) -> Path:
    """Several blocks of G-code in absolute and relative E, with a sprinkling of
    every kind of line the fast path must leave to the loop."""
    rng = random.Random(seed)
    lines = ["; generated for tests", "M140 S60", "M104 S215", "G28", "G90", "M82", "G92 E0"]
    size, z, e, absolute_e = 0, 0.2, 0.0, True
    while size < target_bytes:
        if rng.random() < 0.15:
            absolute_e = not absolute_e
            lines.append("M82" if absolute_e else "M83")
            lines.append("G92 E0")
            e = 0.0
        layer, e = _layer(rng, z, e, absolute_e)
        lines += layer
        size += sum(len(x) + 1 for x in layer)
        z += 0.2
    lines += ["M104 S0", "M84"]
    newline = "\r\n" if seed % 2 else "\n"
    path.write_text(newline.join(lines) + newline)
    return path


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> int:
    """64 KB blocks: many block boundaries in a file the loop reads in a blink."""
    monkeypatch.setattr(reader, "CHUNK_BYTES", 64 * 1024)
    return reader.CHUNK_BYTES


@pytest.mark.parametrize(
    ("seed", "piece"), [(1, 256 * 1024), (2, 256 * 1024), (3, 20_000), (4, 3000)]
)
def test_synthetic_multi_block_files_match_the_loop(
    tmp_path: Path, seed: int, piece: int, small_blocks: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gcode_scan, "PIECE_BYTES", piece)  # blocks cut in pieces: exact too
    path = synthetic_file(tmp_path / f"s{seed}.gcode", seed, small_blocks * 6)
    on_arrays: list[int] = []

    def counted(*args: Any) -> None:
        on_arrays.append(int(args[2].sum()))
        apply_run(*args)

    with pytest.MonkeyPatch.context() as m:
        m.setattr(gcode_scan, "apply_run", counted)
        result = analyze_gcode(path)
    assert result.moves > 5_000
    assert sum(on_arrays) > result.moves * 0.6  # the fast path did most of the work
    assert result.warnings  # the unusual lines are noticed, by either path alike
    assert_same(path)


def test_non_utf8_and_overlong_blocks_fall_back_to_the_loop(
    tmp_path: Path, small_blocks: int
) -> None:
    body = "".join(f"G1 X{i % 100}.5 Y{i % 37}.25 E{i * 0.01:.3f}\n" for i in range(6_000))
    path = tmp_path / "odd.gcode"
    path.write_bytes(
        b"G90\nM82\n"
        + body.encode()
        + b"; caf\xe9\n"
        + b";"
        + b"x" * 70_000
        + b"\n"
        + body.encode()
    )
    result = analyze_gcode(path)
    assert any("not UTF-8" in w for w in result.warnings)
    assert_same(path)


@pytest.mark.parametrize(
    ("line", "values"),
    [
        (b"G1 X95.356 Y91.718 E2.0743", {"X": 95.356, "Y": 91.718, "E": 2.0743}),
        (b"G1 F1800", {"F": 1800.0}),
        (b"G0 Z.2 F7800.000", {"Z": 0.2, "F": 7800.0}),
        (b"G1 E-.80000 F2100", {"E": -0.8, "F": 2100.0}),
        (b"G1 X-0 Y5. E0", {"X": -0.0, "Y": 5.0, "E": 0.0}),
        (b"G1", {}),
        (b"G92 E0", {"E": 0.0}),
        (b"g1 x5 y-1.5 e.25 f1200", {"X": 5.0, "Y": -1.5, "E": 0.25, "F": 1200.0}),
        (b"g0 X5 z.2", {"X": 5.0, "Z": 0.2}),
        (b"g92 e0", {"E": 0.0}),
        (b"G1 X123456789012.345", {"X": 123456789012.345}),
    ],
)
def test_simple_lines_parse_as_float_does(line: bytes, values: dict[str, float]) -> None:
    table = read_table(line + b"\n")
    assert table.simple[0]
    for i, letter in enumerate("XYZEF"):
        got = float(table.values[i, 0])
        if letter in values:
            assert got == values[letter]
            assert math.copysign(1, got) == math.copysign(1, values[letter])
        else:
            assert math.isnan(got)


@pytest.mark.parametrize(
    "line",
    [b"G1 X1 X2", b"G1X5", b"G1 x5", b"G1 X1 e2", b"g1 x5 x6", b"G1 X1.2.3", b"G1 X-",
     b"G1 X--1", b"G1 X1-2", b"G1 X.",
     b"G1  X1", b"G1 X1 ", b"G1 F0", b"G1 F-5", b"G1 X1 ; c", b"G10 X1", b"G1 G1", b"G1 A1",
     b"G92 E0 X1", b"G92", b"G92 X0", b"N1 G1 X1*3", b"G1 X1234567890123456", b"M106 S255",
     b";G1 X1", b" G1 X1", b"G1 X1\t", b"G1 X1e5"],
)  # fmt: skip
def test_unusual_lines_are_left_to_the_loop(line: bytes) -> None:
    table = read_table(b"G1 X1\n" + line + b"\nG1 Y2\n")
    assert table.simple.tolist() == [True, False, True]


def _dyadic_print(
    rng: random.Random, moves: int
) -> list[tuple[float, float, float, float | None, int | None]]:
    """Absolute X, Y, Z, E (relative, None: travel) and F (None: unchanged) of moves on
    a grid of 1/8 mm, so relative steps add up exactly to the absolute positions."""
    out: list[tuple[float, float, float, float | None, int | None]] = []
    z = 0.25
    for i in range(moves):
        if i % 500 == 499:
            z += 0.25
        x, y = rng.randint(80, 1600) / 8, rng.randint(80, 1600) / 8
        e = None if rng.random() < 0.1 else rng.randint(1, 40) / 64
        f = rng.choice([1800, 3000, 7200]) if rng.random() < 0.05 else None
        out.append((x, y, z, e, f))
    return out


def _variants(tmp_path: Path, moves: int = 6000) -> dict[str, Path]:
    """The same print written absolute upper-case, relative (G91) and lower-case."""
    steps = _dyadic_print(random.Random(7), moves)
    absolute, relative = ["G90", "M83", "G92 E0"], ["G91", "M83", "G92 E0"]
    px = py = pz = 0.0
    for x, y, z, e, f in steps:
        tail = ("" if e is None else f" E{e!r}") + ("" if f is None else f" F{f}")
        absolute.append(f"G1 X{x!r} Y{y!r} Z{z!r}{tail}")
        relative.append(f"G1 X{x - px!r} Y{y - py!r} Z{z - pz!r}{tail}")
        px, py, pz = x, y, z
    paths = {}
    for name, lines in (("absolute", absolute), ("relative", relative),
                        ("lower", [line.lower() for line in absolute])):  # fmt: skip
        paths[name] = tmp_path / f"{name}.gcode"
        paths[name].write_text("\n".join(lines) + "\n")
    return paths


def _facts(path: Path, vectorised: bool = True) -> dict[str, Any]:
    facts = analyze_gcode(path, vectorised=vectorised).model_dump()
    for key in ("file_name", "file_size"):
        del facts[key]
    return facts


def test_relative_and_lower_case_files_analyse_as_their_absolute_upper_case_twin(
    tmp_path: Path,
) -> None:
    paths = _variants(tmp_path)
    absolute = _facts(paths["absolute"])
    assert absolute["moves"] > 5000
    for name in ("relative", "lower"):
        assert _facts(paths[name]) == absolute, name
        assert_same(paths[name])


def test_relative_and_lower_case_moves_take_the_array_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    looped: list[int] = []
    loop = GcodeScanner._feed_lines

    def counted(self: GcodeScanner, lines: list[str], metadata: bool) -> None:
        looped.append(len(lines))
        loop(self, lines, metadata)

    monkeypatch.setattr(GcodeScanner, "_feed_lines", counted)
    for path in _variants(tmp_path).values():
        looped.clear()
        analyze_gcode(path)
        assert sum(looped) <= 3, path.name  # the mode lines only (G90/G91, M83, G92)
