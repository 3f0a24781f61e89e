"""benchmarks/sites.py, run small: the figures' shape and printfarm's power budgets.

The comparison itself (who wins) is the benchmark's to print, not a test's to assert."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = {
    "on_time_pct",
    "lead_time_p50_h",
    "lead_time_p95_h",
    "km_per_part",
    "utilisation_pct",
    "power_over_budget_s",
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "sites.py"), *args],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        cwd=ROOT,
    )


def test_a_few_simulated_days_give_every_figure_and_keep_printfarm_in_budget(
    tmp_path: Path,
) -> None:
    out, plot = tmp_path / "figures.json", tmp_path / "sites.svg"
    done = run("--days", "3", "--per-day", "12", "--json", str(out), "--plot", str(plot))
    assert done.returncode == 0, done.stderr
    assert "on time %" in done.stdout
    figures = json.loads(out.read_text())
    assert {"printfarm", "first_free", "nearest"} <= set(figures)
    for name, strategy in figures.items():
        assert set(strategy) >= KEYS, name
        assert all(isinstance(strategy[k], int | float) for k in KEYS), name
        assert 0 <= strategy["on_time_pct"] <= 100
        assert strategy["lead_time_p50_h"] <= strategy["lead_time_p95_h"]
        assert strategy["orders"] > 0
    printfarm = figures["printfarm"]
    assert printfarm["power_over_budget_s"] == 0
    for site, peak in printfarm["power_peak_w"].items():
        assert 0 < peak <= printfarm["power_budget_w"][site], site
    assert plot.read_text().startswith("<svg")


def test_bad_arguments_are_a_clear_error() -> None:
    done = run("--days", "0")
    assert done.returncode == 2
    assert "--days" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_plot_not_named_svg_is_refused_before_the_simulation(tmp_path: Path) -> None:
    plot = tmp_path / "sites.png"
    done = run("--plot", str(plot))
    assert done.returncode == 2
    assert "*.svg" in done.stderr
    assert not plot.exists()
