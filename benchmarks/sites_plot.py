"""A small SVG bar chart of benchmarks/sites.py's figures (no plotting library needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

PANELS = (
    ("on time %", "on_time_pct"),
    ("lead time p95 (h)", "lead_time_p95_h"),
    ("km per part", "km_per_part"),
    ("utilisation %", "utilisation_pct"),
    ("power over budget (s)", "power_over_budget_s"),
)
COLOURS = ("#2b6cb0", "#dd6b20", "#718096", "#a0aec0")
W, H, PAD = 220, 200, 30


def _panel(x0: int, title: str, values: list[float]) -> list[str]:
    top = max(values) or 1.0
    bar = (W - 2 * PAD) / len(values)
    out = [
        f'<text x="{x0 + W / 2}" y="18" text-anchor="middle" font-size="13">{escape(title)}</text>'
    ]
    for i, value in enumerate(values):
        height = (H - 2 * PAD - 20) * value / top
        x = x0 + PAD + i * bar
        y = H - PAD - height
        out.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar * 0.8:.1f}" height="{height:.1f}" '
            f'fill="{COLOURS[i % len(COLOURS)]}"/>'
        )
        out.append(
            f'<text x="{x + bar * 0.4:.1f}" y="{y - 4:.1f}" text-anchor="middle" '
            f'font-size="10">{value:g}</text>'
        )
    return out


def write_svg(results: dict[str, dict[str, Any]], path: Path) -> None:
    names = list(results)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{W * len(PANELS)}" height="{H + 30}" '
        'font-family="sans-serif"><rect width="100%" height="100%" fill="white"/>'
    ]
    for n, (title, key) in enumerate(PANELS):
        parts += _panel(n * W, title, [float(results[s][key]) for s in names])
    for i, name in enumerate(names):
        x = 20 + i * 170
        parts.append(
            f'<rect x="{x}" y="{H + 8}" width="12" height="12" fill="{COLOURS[i % len(COLOURS)]}"/>'
        )
        parts.append(f'<text x="{x + 16}" y="{H + 18}" font-size="12">{escape(name)}</text>')
    parts.append("</svg>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts) + "\n")
