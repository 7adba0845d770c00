"""The summary's chart: the key metrics' weekly trend against their targets, as PNG bytes.

Headless (matplotlib's Agg backend). Made to be read at Slack's preview size: at most four panels, large
type, and the Okabe-Ito colour-blind-safe palette, with shape as well as colour marking a miss.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure as Canvas  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from journeys.summary.model import Figure, Summary, display_metric  # noqa: E402
from journeys.summary.sources import on_target  # noqa: E402

BLUE, ORANGE, VERMILLION, GREY = "#0072B2", "#E69F00", "#D55E00", "#555555"  # Okabe-Ito
MAX_PANELS = 4
MIN_RESPONSES = 5  # a survey score from fewer responses this period is noise, not a trend


def key_figures(summary: Summary, limit: int = MAX_PANELS) -> list[tuple[str, Figure]]:
    """KPIs with a target first (off target first), then the survey scores with the most responses."""
    found = [(s.journey, f) for s in summary.sections for f in s.figures
             if len(f.history) >= 2 and (f.source == "kpi" or (f.n or 0) >= MIN_RESPONSES)]
    rank = {"off": 0, "near": 1, "on": 2, "none": 3}

    def key(item: tuple[str, Figure]) -> tuple:
        f = item[1]
        gap = abs(f.value - f.target) / max(abs(f.target), 1e-9) if f.value is not None and f.target else 0.0
        return (f.target is None, rank[f.status], -gap, -(f.n or 0), f.metric, f.where)

    return sorted(found, key=key)[:limit]


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _title(journey: str, f: Figure, many_journeys: bool) -> str:
    """Two lines: the metric; where it is measured (and the journey, when the chart spans several)."""
    where = f"at {f.where}" if f.where else "journey-wide"
    if many_journeys:
        where = f"{where} · {journey}"
    n = f" (n={f.n})" if f.source == "survey" and f.n else ""
    return f"{_short(display_metric(f.metric))}\n{_short(where + n, 36)}"


def render_png(summary: Summary) -> bytes | None:
    """The chart, or None when no metric has two periods to draw."""
    chosen = key_figures(summary)
    if not chosen:
        return None
    cols = 1 if len(chosen) == 1 else 2
    rows = (len(chosen) + cols - 1) // cols
    canvas = Canvas(figsize=(5.2 * cols, 3.5 * rows + 0.9), dpi=110, layout="constrained")
    kind = "Weekly" if summary.window.kind == "weekly" else "Daily"
    against = " against target" if any(f.target is not None for _, f in chosen) else ""
    canvas.suptitle(f"{kind} trend{against} · {summary.window.label}", fontsize=16, fontweight="bold")
    axes = canvas.subplots(rows, cols, squeeze=False)
    many = len({j for j, _ in chosen}) > 1
    for ax, (journey, f) in zip(axes.flat, chosen, strict=False):
        _panel(ax, f, _title(journey, f, many))
    for ax in list(axes.flat)[len(chosen):]:
        ax.set_visible(False)
    if any(f.target is not None for _, f in chosen):
        handles = [Line2D([], [], color=BLUE, linewidth=2.8, marker="o", markersize=7, label="value"),
                   Line2D([], [], color=ORANGE, linewidth=2.4, linestyle="--", label="target"),
                   Line2D([], [], color=VERMILLION, marker="v", markersize=10, linestyle="", label="off target")]
        canvas.legend(handles=handles, loc="outside lower center", ncols=3, fontsize=13, frameon=False)
    buffer = io.BytesIO()
    canvas.savefig(buffer, format="png", facecolor="white")
    plt.close("all")
    return buffer.getvalue()


def _panel(ax, f: Figure, title: str) -> None:  # type: ignore[no-untyped-def]
    days = [d for d, _ in f.history]
    values = [v for _, v in f.history]
    ax.plot(days, values, color=BLUE, linewidth=2.8, marker="o", markersize=7, label=f.metric, zorder=3)
    if f.target is not None:
        ax.axhline(f.target, color=ORANGE, linewidth=2.4, linestyle="--", label="target", zorder=2)
        misses = [(d, v) for d, v in f.history if on_target(v, f.target, f.higher_is_better) is False]
        if misses:
            ax.scatter([d for d, _ in misses], [v for _, v in misses], marker="v", s=110, color=VERMILLION,
                       zorder=4, label="off target")
    last_day, last = f.history[-1]
    label = f"{last:+.0f}" if f.metric == "NPS" else f"{last:.3g}{'%' if f.unit == '%' else ''}"
    ax.annotate(label, (last_day, last), textcoords="offset points", xytext=(0, 10), ha="center",
                fontsize=14, fontweight="bold", color=BLUE)
    ax.set_title(title, fontsize=14, loc="left")
    ax.tick_params(labelsize=12)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    ax.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=0, interval=2))
    ax.grid(axis="y", color="#dddddd")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.margins(y=0.25)
    ax.tick_params(axis="x", colors=GREY)
