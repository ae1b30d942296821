#!/usr/bin/env python3
"""Draws build time and peak memory against the number of pages (logarithmic), ours and Hugo, as an SVG.

    python3 bench/plot_scaling.py TIMES_TSV OUT_SVG

TIMES_TSV is the file bench/run.sh writes (bench/scaling.tsv): one line per run with the size in
pairs, the tool, the run, wall seconds, peak resident KiB, user and system seconds, other
processes' CPU seconds and the number of HTML files. Each point is the median of the runs at one
size. Python 3 standard library only: the SVG is written by hand, so the plot needs nothing that
run.sh does not already need.
"""
import math
import statistics
import sys
from collections import defaultdict

WIDTH, HEIGHT = 860, 380
PANEL_W, PANEL_H = 330, 260
LEFT, TOP = 70, 50
GAP = 110
COLORS = {"ours": "#1f6feb", "hugo": "#d9480f"}
LABELS = {"ours": "ours (search index included)", "hugo": "Hugo (no search index)"}


def medians(path):
    runs = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        runs[(int(f[0]) * 2, f[1])].append((float(f[3]), float(f[4]) / 1024))
    return {key: (statistics.median(r[0] for r in v), statistics.median(r[1] for r in v), len(v))
            for key, v in runs.items()}


def nice_max(value):
    """The smallest 1, 2 or 5 times a power of ten at or above value."""
    step = 1.0
    while step * 10 <= value:
        step *= 10
    for m in (1, 2, 5, 10):
        if m * step >= value:
            return m * step
    return 10 * step


def panel(x0, title, unit, pages, series, index):
    """One chart: x = pages (logarithmic, so 1,000 and 10,000 do not crowd), y = the median at index (0 wall s, 1 peak MiB)."""
    out = []
    lo, hi = math.log(min(pages)), math.log(max(pages))
    ymax = nice_max(max(v[index] for s in series.values() for v in s.values()) * 1.05)

    def px(p):
        return x0 + 20 + (PANEL_W - 40) * ((math.log(p) - lo) / (hi - lo) if hi > lo else 0.5)

    def py(v):
        return TOP + PANEL_H - PANEL_H * v / ymax

    out.append(f'<text x="{x0 + PANEL_W / 2}" y="{TOP - 18}" text-anchor="middle" font-weight="bold">{title}</text>')
    for i in range(6):
        v = ymax * i / 5
        y = py(v)
        out.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + PANEL_W}" y2="{y:.1f}" stroke="#ddd"/>')
        label = f"{v:,.0f}" if ymax >= 10 else f"{v:.1f}"
        out.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{label}</text>')
    out.append(f'<text x="{x0 - 52}" y="{TOP + PANEL_H / 2}" text-anchor="middle" font-size="12" '
               f'transform="rotate(-90 {x0 - 52} {TOP + PANEL_H / 2})">{unit}</text>')
    for p in pages:
        out.append(f'<line x1="{px(p):.1f}" y1="{TOP + PANEL_H}" x2="{px(p):.1f}" y2="{TOP + PANEL_H + 4}" stroke="#333"/>')
        out.append(f'<text x="{px(p):.1f}" y="{TOP + PANEL_H + 18}" text-anchor="middle" font-size="11">{p:,}</text>')
    out.append(f'<line x1="{x0}" y1="{TOP + PANEL_H}" x2="{x0 + PANEL_W}" y2="{TOP + PANEL_H}" stroke="#333"/>')
    out.append(f'<line x1="{x0}" y1="{TOP}" x2="{x0}" y2="{TOP + PANEL_H}" stroke="#333"/>')
    out.append(f'<text x="{x0 + PANEL_W / 2}" y="{TOP + PANEL_H + 36}" text-anchor="middle" font-size="12">pages</text>')
    for tool, points in series.items():
        xs = sorted(points)
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(p):.1f},{py(points[p][index]):.1f}" for i, p in enumerate(xs))
        out.append(f'<path d="{path}" fill="none" stroke="{COLORS[tool]}" stroke-width="2"/>')
        for p in xs:
            v = points[p][index]
            out.append(f'<circle cx="{px(p):.1f}" cy="{py(v):.1f}" r="3.5" fill="{COLORS[tool]}"/>')
            text = f"{v:,.0f}" if index == 1 else f"{v:.1f}"
            # Hugo's figure above its point, ours below, so that close values do not overlap.
            dy = -8 if tool == "hugo" else 16
            out.append(f'<text x="{px(p) + 6:.1f}" y="{py(v) + dy:.1f}" text-anchor="start" font-size="10" fill="{COLORS[tool]}">{text}</text>')
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    data = medians(sys.argv[1])
    pages = sorted({p for p, _ in data})
    series = {tool: {p: v for (p, t), v in data.items() if t == tool} for tool in ("ours", "hugo")}
    series = {t: s for t, s in series.items() if s}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>']
    parts += panel(LEFT, "Build time (median wall)", "seconds", pages, series, 0)
    parts += panel(LEFT + PANEL_W + GAP, "Peak memory (median max RSS)", "MiB", pages, series, 1)
    x = LEFT
    for tool in series:
        parts.append(f'<rect x="{x}" y="{HEIGHT - 22}" width="14" height="4" fill="{COLORS[tool]}"/>')
        parts.append(f'<text x="{x + 20}" y="{HEIGHT - 16}" font-size="12">{LABELS[tool]}</text>')
        x += 260
    parts.append("</svg>")
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
