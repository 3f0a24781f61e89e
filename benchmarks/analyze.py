"""Benchmark of G-code analysis: speed and memory against OctoPrint's analyser, and
time-estimate accuracy against PrusaSlicer's own "estimated printing time (normal mode)"
and against the virtual printer's simulated time for the same file.

    .venv/bin/python benchmarks/analyze.py            # needs prusa-slicer; installs
                                                      # octoprint into /tmp/octoprint-venv
    .venv/bin/python benchmarks/analyze.py --no-octoprint --no-virtual --min-lines 200000
    .venv/bin/python benchmarks/analyze.py --corpus   # per-slicer table, real G-code

``--corpus``: for each slicer in tests/data/corpus/SOURCES.toml, the files, how many
intake recognised (name and version as the table gives them; refused binary G-code is
not), and the median and worst |our estimate - the slicer's own| in % of the slicer's
own, over the files that carry the slicer's own estimate (Bambu Studio's "model
printing time", where the file gives it, against our estimate less our start sequence;
else the totals); then the same per planner family (coordinator/intake/accuracy.py),
the figures tests/test_intake_corpus.py holds within 5 %.

Each analyser runs in its own process so that its peak RSS is its own. The virtual
printer (`printfarm virtual-printer`, Marlin dialect, its clock up to ``--vp-speed``
times real time, slowed for files of short moves so that the host need not send more
than ``--vp-line-rate`` lines/s: a starved planner stops and goes, which takes longer)
is fed each file by the agent (`printfarm-agent print`) and reports at exit
how long the moves took on its clock (``motion_s``: the planned durations of every
move, the shared `agent.motion` model) and the job's print time (``print_time_s``,
heating and homing included, which neither estimate counts: the error against it is
shown too). Our estimate is compared with it for the virtual printer's machine: Marlin
2's default limits overridden by the file's M201/M203/M204/M205 (a file sliced for
another flavour carries none, and is estimated with the slicer's machine limits in the
first table). The virtual printer's lookahead is set to the estimator's (64 blocks)
with ``--vp-planner-size 66``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import tomllib
import venv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trimesh

from agent.motion import MotionLimits
from agent.virtual.api import VirtualPrinterProcess
from agent.virtual.config import VirtualPrinterConfig
from agent.virtual.stats import SimulationStats
from coordinator.intake.accuracy import MAX_MEDIAN_ERROR_PCT, compare, family_errors
from coordinator.intake.gcode import analyze_gcode
from coordinator.intake.models import GcodeAnalysis
from coordinator.intake.reader import GcodeInputError

# Peak RSS: VmHWM of this process image. (ru_maxrss would not do: it survives exec and
# so starts at the RSS of the benchmark process the child was forked from.)
PEAK_RSS = """
def peak_rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status: Linux is needed")
"""
OURS = (
    PEAK_RSS
    + """
import json, sys, time
from pathlib import Path
from coordinator.intake.gcode import analyze_gcode
t = time.perf_counter()
a = analyze_gcode(Path(sys.argv[1]))
dt = time.perf_counter() - t
print(json.dumps({"seconds": dt, "lines": a.lines, "estimate": a.estimated_time_s,
    "slicer": a.slicer.estimated_time_s,
    "rss_mb": peak_rss_mb()}))
"""
)
OCTOPRINT = (
    PEAK_RSS
    + """
import json, sys, time
from octoprint.util.gcodeInterpreter import gcode
t = time.perf_counter()
g = gcode()
g.load(sys.argv[1])
dt = time.perf_counter() - t
print(json.dumps({"seconds": dt, "estimate": g.totalMoveTimeMinute * 60,
    "rss_mb": peak_rss_mb()}))
"""
)
MARLIN2 = ["--gcode-flavor", "marlin2", "--machine-limits-usage", "emit_to_gcode"]


def models(tmp: Path) -> dict[str, Path]:
    shapes = {
        "cylinder": trimesh.creation.cylinder(radius=15, height=10, sections=64),
        "box": trimesh.creation.box((40, 20, 8)),
        "sphere": trimesh.creation.icosphere(subdivisions=4, radius=20),
        "cone": trimesh.creation.cone(radius=25, height=30, sections=48),
    }
    out = {}
    for name, mesh in shapes.items():
        mesh.apply_translation((0, 0, -mesh.bounds[0][2]))
        path = tmp / f"{name}.stl"
        mesh.export(path)
        out[name] = path
    return out


def slice_(model: Path, out: Path, extra: list[str]) -> Path:
    cmd = ["prusa-slicer", "--export-gcode", *extra, "--output", str(out), str(model)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=900)
    return out


def run(python: str, code: str, path: Path) -> dict[str, float]:
    done = subprocess.run(
        [python, "-c", code, str(path)], check=True, capture_output=True, text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def octoprint_python(venv_dir: Path) -> str:
    python = venv_dir / "bin" / "python"
    if not python.exists():
        venv.create(venv_dir, with_pip=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "octoprint"], check=True, timeout=1800
        )
    return str(python)


def simulate(gcode: Path, speed: float, planner_size: int) -> SimulationStats:
    """Print ``gcode`` on a virtual printer through the agent; its stats at exit."""
    agent = Path(sys.executable).parent / "printfarm-agent"
    config = VirtualPrinterConfig(speed=speed, planner_size=planner_size)
    with VirtualPrinterProcess(config) as printer:
        done = subprocess.run(
            [str(agent), "print", str(gcode), "--port", printer.port_path],
            check=False, capture_output=True, text=True, timeout=3600,
        )  # fmt: skip
        printer.stop()
        if done.returncode != 0:
            sys.exit(f"printfarm-agent print {gcode.name} failed:\n{done.stderr[-2000:]}")
        return printer.stats


def accuracy(tmp: Path, args: argparse.Namespace) -> None:
    virtual = not args.no_virtual
    print("## Accuracy: PrusaSlicer's estimate (normal mode) and the virtual printer")
    print(f"{'file':22} {'slicer s':>9} {'ours s':>9} {'error':>7} | {'ours(VP) s':>10} "
          f"{'VP motion s':>11} {'error':>7} {'VP print s':>10} {'error':>7} "
          f"{'VP speed':>8}")  # fmt: skip
    worst_slicer = worst_vp = 0.0
    for model_name, stl in models(tmp).items():
        for label, extra in (("default", []), ("marlin2", MARLIN2)):
            gcode = slice_(stl, tmp / f"{model_name}_{label}.gcode", extra)
            ours = analyze_gcode(gcode)
            slicer = ours.slicer.estimated_time_s or float("nan")
            error = (ours.estimated_time_s / slicer - 1) * 100
            worst_slicer = max(worst_slicer, abs(error))
            row = f"{gcode.name:22} {slicer:9.0f} {ours.estimated_time_s:9.1f} {error:+6.2f}% |"
            if virtual:
                machine = analyze_gcode(gcode, limits=MotionLimits())
                # A host that cannot keep the planner fed makes the printer stop and go
                # (and take longer): slow the clock so lines are needed at a rate it keeps.
                rate = args.vp_line_rate * machine.estimated_time_s / machine.lines
                speed = max(1.0, min(args.vp_speed, rate))
                sim = simulate(gcode, speed, args.vp_planner_size)
                vp_error = (machine.estimated_time_s / sim.motion_s - 1) * 100
                worst_vp = max(worst_vp, abs(vp_error))
                print_error = (machine.estimated_time_s / sim.print_time_s - 1) * 100
                row += (f" {machine.estimated_time_s:10.1f} {sim.motion_s:11.1f} "
                        f"{vp_error:+6.2f}% {sim.print_time_s:10.1f} {print_error:+6.2f}% "
                        f"{speed:7.0f}x")  # fmt: skip
            print(row, flush=True)
    print(f"worst error: {worst_slicer:.2f}% against the slicer", end="")
    print(f", {worst_vp:.2f}% against the virtual printer's motion time\n" if virtual else "\n")


def speed_file(tmp: Path, min_lines: int) -> Path:
    """A PrusaSlicer print of at least ``min_lines`` lines (a finely sliced sphere)."""
    radius = 30.0
    while True:
        sphere = trimesh.creation.icosphere(subdivisions=5, radius=radius)
        sphere.apply_translation((0, 0, radius))
        stl = tmp / "speed.stl"
        sphere.export(stl)
        out = slice_(stl, tmp / "speed.gcode", ["--layer-height", "0.05",
                     "--first-layer-height", "0.2", "--perimeters", "3"])  # fmt: skip
        with out.open("rb") as f:
            lines = sum(1 for _ in f)
        if lines >= min_lines or radius > 100:
            return out
        radius *= 1.3


# --- the corpus of real G-code: per-slicer recognition and estimate error ---------------

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"


@dataclass
class SlicerRow:
    files: int = 0
    recognised: int = 0
    errors_pct: list[tuple[float, str]] = field(default_factory=list)  # (|error| %, file)


def _measure(row: dict[str, Any], into: SlicerRow) -> GcodeAnalysis | None:
    into.files += 1
    try:
        result = analyze_gcode(CORPUS / row["file"])
    except GcodeInputError:
        return None
    if (result.slicer.name, result.slicer.version) == (
        row["slicer"] or None,
        row["version"] or None,
    ):
        into.recognised += 1
    # Bambu's "model printing time" beside our estimate less our start sequence (its
    # total adds the start sequence's heating, homing, levelling and purges).
    comparison = compare(result)
    if comparison is not None:
        into.errors_pct.append((comparison.error_pct, Path(row["file"]).name))
    return result


def _stats(errors: list[tuple[float, str]]) -> tuple[str, str]:
    errors = sorted(errors)
    if not errors:
        return "-", "-"
    return (
        f"{statistics.median(e for e, _ in errors):.1f}",
        f"{errors[-1][0]:.1f} ({errors[-1][1]})",
    )


def corpus_table(corpus: Path = CORPUS) -> list[str]:
    """The tables' lines (markdown): per slicer, then per planner family."""
    rows = tomllib.loads((corpus / "SOURCES.toml").read_text())["file"]
    table: dict[str, SlicerRow] = {}
    analysed: list[tuple[str, GcodeAnalysis]] = []
    left_out = []
    for row in rows:
        result = _measure(row, table.setdefault(row["slicer"] or "(names none)", SlicerRow()))
        if result is not None and row.get("own_time_beyond_moves"):
            left_out.append(f"{Path(row['file']).name}: {row['own_time_beyond_moves']}")
        elif result is not None:
            analysed.append((Path(row["file"]).name, result))
    lines = [
        f"## Corpus: {len(rows)} files of real G-code ({corpus})",
        "| slicer | files | recognised | with own estimate | median abs error % "
        "| worst abs error % (file) |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for name, row in sorted(table.items(), key=lambda item: item[0].lower()):
        median, worst = _stats(row.errors_pct)
        lines.append(
            f"| {name} | {row.files} | {row.recognised} | {len(row.errors_pct)} | {median} "
            f"| {worst} |"
        )
    lines += [
        "",
        f"## Planner families (held to a median within {MAX_MEDIAN_ERROR_PCT:g} %)",
        "| family | files | median abs error % | worst abs error % (file) |",
        "|---|---:|---:|---|",
    ]
    for family, errors in sorted(family_errors(analysed).items()):
        median, worst = _stats(errors)
        lines.append(f"| {family} | {len(errors)} | {median} | {worst} |")
    lines += [f"left out: {reason}" for reason in left_out]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min-lines", type=int, default=1_000_000)
    parser.add_argument("--no-octoprint", action="store_true")
    parser.add_argument("--octoprint-venv", type=Path, default=Path("/tmp/octoprint-venv"))
    parser.add_argument("--no-virtual", action="store_true", help="skip the virtual printer")
    parser.add_argument("--vp-speed", type=float, default=200.0, help="at most, sim s per s")
    parser.add_argument(
        "--vp-line-rate", type=float, default=800.0, help="lines/s the host must sustain"
    )
    parser.add_argument("--vp-planner-size", type=int, default=66)
    parser.add_argument("--no-accuracy", action="store_true", help="speed and memory only")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each analyser")
    parser.add_argument(
        "--corpus", action="store_true", help="only the per-slicer table on tests/data/corpus"
    )
    args = parser.parse_args()
    if args.corpus:
        print("\n".join(corpus_table()))
        return
    if shutil.which("prusa-slicer") is None:
        sys.exit("prusa-slicer is needed to make the sample G-code: apt-get install prusa-slicer")
    with tempfile.TemporaryDirectory(prefix="printfarm-bench-") as name:
        tmp = Path(name)
        if not args.no_accuracy:
            accuracy(tmp, args)
        speed(tmp, args)


def best_of(python: str, code: str, path: Path, repeat: int) -> dict[str, float]:
    """The fastest of ``repeat`` runs (the machine is shared), with the largest RSS."""
    runs = [run(python, code, path) for _ in range(repeat)]
    best = min(runs, key=lambda r: r["seconds"])
    return {**best, "rss_mb": max(r["rss_mb"] for r in runs)}


def speed(tmp: Path, args: argparse.Namespace) -> None:
    print(f"## Speed and memory (best of {args.repeat} runs each)")
    big = speed_file(tmp, args.min_lines)
    octo_python = None if args.no_octoprint else octoprint_python(args.octoprint_venv)
    ours = best_of(sys.executable, OURS, big, args.repeat)
    lines = ours["lines"]
    print(f"file: {big.stat().st_size / 1e6:.1f} MB, {lines:.0f} lines")
    print(f"printfarm : {lines / ours['seconds']:9.0f} lines/s, {ours['seconds']:6.2f} s, "
          f"peak RSS {ours['rss_mb']:.0f} MB, estimate {ours['estimate']:.0f} s "
          f"(slicer {ours['slicer']:.0f} s)")  # fmt: skip
    if octo_python is not None:
        octo = best_of(octo_python, OCTOPRINT, big, args.repeat)
        print(f"octoprint : {lines / octo['seconds']:9.0f} lines/s, {octo['seconds']:6.2f} s, "
              f"peak RSS {octo['rss_mb']:.0f} MB, estimate {octo['estimate']:.0f} s")  # fmt: skip
        print(f"speed-up  : {octo['seconds'] / ours['seconds']:.1f}x (target: at least 10x)")
    for name, path in {**variant_files(tmp, big), **memory_files(tmp, big)}.items():
        other = run(sys.executable, OURS, path)
        size_mb, rate = path.stat().st_size / 1e6, other["lines"] / other["seconds"]
        print(f"peak RSS  : {other['rss_mb']:.0f} MB for {name} ({size_mb:.0f} MB, "
              f"{other['lines']:.0f} lines, {rate:.0f} lines/s)")  # fmt: skip


def _relative(lines: list[bytes]) -> list[bytes]:
    """The moves of an absolute-XYZ file as G91 steps (G90 lines become G91)."""
    out, pos, absolute = [], {"X": 0.0, "Y": 0.0, "Z": 0.0}, True
    for line in lines:
        words = line.split(b";")[0].split()
        head = words[0] if words else b""
        if head in (b"G90", b"G91"):
            absolute = head == b"G90"
            out.append(b"G91")
            continue
        if head == b"G28":
            pos.update(dict.fromkeys("XYZ", 0.0))
        if head in (b"G0", b"G1") and absolute:
            parts = [head]
            for word in words[1:]:
                axis = word[:1].decode()
                if axis in pos:
                    value = float(word[1:])
                    parts.append(f"{axis}{value - pos[axis]:.4f}".encode())
                    pos[axis] = value
                else:
                    parts.append(word)
            out.append(b" ".join(parts))
        else:
            out.append(line)
    return out


def variant_files(tmp: Path, big: Path) -> dict[str, Path]:
    """The speed file in relative XYZ (G91) and in lower case: the array path takes
    both (they once fell back to the line-by-line loop)."""
    lines = big.read_bytes().split(b"\n")
    relative, lower = tmp / "relative.gcode", tmp / "lower.gcode"
    relative.write_bytes(b"\n".join(_relative(lines)))
    lower.write_bytes(b"\n".join(line if line.startswith(b";") else line.lower() for line in lines))
    return {"the speed file in relative XYZ": relative, "the speed file in lower case": lower}


def memory_files(tmp: Path, big: Path) -> dict[str, Path]:
    """Files that would make a non-streaming analyser grow: the speed file three times
    over, and millions of very short lines (arrays per line, not per byte)."""
    triple = tmp / "triple.gcode"
    data = big.read_bytes()
    triple.write_bytes(data * 3)
    short = tmp / "short_lines.gcode"
    short.write_bytes(b"G90\nM82\n" + b"G1 X1\nG1\n;\n" * 2_000_000)
    return {"the speed file x3": triple, "6M short lines": short}


if __name__ == "__main__":
    main()
