"""Draw a JourneyMap as one picture (PNG or SVG) with matplotlib's headless Agg backend.

Stages run left to right as columns; under each, its touchpoints as cards (a very full stage collapses to
"+N more"); between the headers and the cards, the map's designed emotion and what customers reported that
week, on one -2..+2 scale. The palette is Okabe-Ito, which stays distinct under the common colour-vision
deficiencies, and every colour is paired with a shape or a word so nothing depends on colour alone.
"""

from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")  # headless: no display on a server

from matplotlib.figure import Figure  # noqa: E402 - after choosing the backend
from matplotlib.patches import FancyBboxPatch  # noqa: E402

from journeys.journey_map import JourneyMap, MapStage, MapTouchpoint  # noqa: E402

BLUE, VERMILLION, GREEN, ORANGE, GREY = "#0072B2", "#D55E00", "#009E73", "#E69F00", "#5F6B7A"
HEADER_FILL, CARD_EDGE, INK = "#E8EEF4", "#9AA5B1", "#1F2933"

WIDTH_IN, DPI = 16.0, 100  # 1,600 px wide
MARGIN_LEFT, MARGIN_RIGHT, GUTTER = 0.9, 0.3, 0.14
TITLE_H, HEADER_H, CURVE_H, CARD_H, CARD_GAP, BOTTOM = 0.85, 1.25, 2.7, 0.66, 0.1, 0.35
MAX_CARDS = 8  # per stage; a fuller stage shows MAX_CARDS - 1 cards and "+N more"


@dataclass
class Column:
    stage: MapStage
    x: float  # left edge, inches
    width: float
    cards: list[MapTouchpoint]
    hidden: int  # touchpoints collapsed into "+N more"

    @property
    def centre(self) -> float:
        return self.x + self.width / 2


@dataclass
class Layout:
    columns: list[Column]
    height: float  # inches

    @property
    def rows(self) -> int:
        return max((len(c.cards) + (1 if c.hidden else 0) for c in self.columns), default=0)


def layout(view: JourneyMap) -> Layout:
    n = max(1, len(view.stages))
    width = (WIDTH_IN - MARGIN_LEFT - MARGIN_RIGHT) / n
    columns = []
    for i, stage in enumerate(view.stages):
        cards = stage.touchpoints
        shown = cards if len(cards) <= MAX_CARDS else cards[:MAX_CARDS - 1]
        columns.append(Column(stage, MARGIN_LEFT + i * width, width, list(shown), len(cards) - len(shown)))
    plan = Layout(columns, 0.0)
    plan.height = TITLE_H + HEADER_H + CURVE_H + max(1, plan.rows) * (CARD_H + CARD_GAP) + BOTTOM
    return plan


def wrap(text: str, width_in: float, font_pt: float, max_lines: int, bold: bool = True) -> str:
    """Wrap to the width a column gives this font size; the last line ends in … when text is cut."""
    em = 0.6 if bold else 0.52  # average character width in DejaVu Sans, as a share of the font size
    chars = max(6, int(width_in * 72 / (em * font_pt)))
    lines = textwrap.wrap(text, chars, break_long_words=True) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][:max(1, chars - 1)].rstrip() + "…"
    return "\n".join(lines)


def draw(view: JourneyMap) -> Figure:
    plan = layout(view)
    fig = Figure(figsize=(WIDTH_IN, plan.height), dpi=DPI, facecolor="white")
    canvas = fig.add_axes((0, 0, 1, 1))
    canvas.set_xlim(0, WIDTH_IN)
    canvas.set_ylim(plan.height, 0)  # inches from the top
    canvas.axis("off")
    _title(canvas, view)
    for column in plan.columns:
        _header(canvas, column)
        _cards(canvas, column)
    _curves(fig, view, plan)
    return fig


def render(view: JourneyMap, fmt: str = "png") -> bytes:
    buffer = io.BytesIO()
    draw(view).savefig(buffer, format=fmt, dpi=DPI)
    return buffer.getvalue()


def _title(ax, view: JourneyMap) -> None:  # type: ignore[no-untyped-def]
    ax.text(MARGIN_LEFT, 0.38, f"{view.name}: journey map", fontsize=20, fontweight="bold", color=INK, va="center")
    facts = [f"{len(view.stages)} stages", f"{view.touchpoint_count} touchpoints"]
    if view.week_label:
        facts.append(f"customers' scores from {view.week_label}")
    facts += view.missing
    if view.others:
        facts.append("other journeys: " + ", ".join(view.others))
    ax.text(MARGIN_LEFT, 0.7, wrap(" · ".join(facts), WIDTH_IN - MARGIN_LEFT - MARGIN_RIGHT, 11, 1, bold=False),
            fontsize=11, color=GREY, va="center")


def _header(ax, column: Column) -> None:  # type: ignore[no-untyped-def]
    x, w, top = column.x + GUTTER / 2, column.width - GUTTER, TITLE_H
    ax.add_patch(FancyBboxPatch((x, top), w, HEADER_H - 0.12, boxstyle="round,pad=0,rounding_size=0.08",
                                facecolor=HEADER_FILL, edgecolor="none"))
    size, lines = next(((size, lines) for size, lines in ((13.0, 2), (11.0, 3), (10.0, 4))
                        if len(wrap(column.stage.name, w - 0.2, size, 9).splitlines()) <= lines), (10.0, 4))
    ax.text(x + 0.1, top + 0.08, wrap(column.stage.name, w - 0.2, size, lines), fontsize=size, fontweight="bold",
            color=INK, va="top", gid="stage-name", linespacing=1.0)
    stage = column.stage
    pains = f"⚠ {stage.pain_points} pain point{'s' if stage.pain_points != 1 else ''}"
    ax.text(x + 0.1, top + HEADER_H - 0.45, pains, fontsize=10, color=INK, va="center")
    badges = [(f"✓ {stage.on_target} on target", GREEN), (f"✗ {stage.off_target} off target", VERMILLION)]
    if not stage.kpis:
        badges = [("no KPIs", GREY)]
    offset = x + 0.1
    for text, colour in badges:
        if text.startswith(("✓ 0", "✗ 0")):
            continue
        ax.text(offset, top + HEADER_H - 0.24, text, fontsize=9.5, color="white", va="center", fontweight="bold",
                bbox={"boxstyle": "round,pad=0.18", "facecolor": colour, "edgecolor": "none"})
        offset += 0.085 * len(text) + 0.25


def _cards(ax, column: Column) -> None:  # type: ignore[no-untyped-def]
    x, w = column.x + GUTTER / 2, column.width - GUTTER
    top = TITLE_H + HEADER_H + CURVE_H
    for row, touchpoint in enumerate(column.cards):
        y = top + row * (CARD_H + CARD_GAP)
        edge = ORANGE if touchpoint.logged else CARD_EDGE
        ax.add_patch(FancyBboxPatch((x, y), w, CARD_H, boxstyle="round,pad=0,rounding_size=0.06",
                                    facecolor="white", edgecolor=edge, linewidth=2 if touchpoint.logged else 1,
                                    linestyle="--" if touchpoint.logged else "-"))
        name_width = w - (0.55 if touchpoint.logged else 0.16)
        ax.text(x + 0.08, y + 0.07, wrap(touchpoint.name, name_width, 10.5, 2), fontsize=10.5, color=INK,
                va="top", fontweight="bold", gid="touchpoint-name", linespacing=1.05)
        detail = " · ".join(part for part in (touchpoint.channel, touchpoint.owner) if part)
        if detail:
            ax.text(x + 0.08, y + CARD_H - 0.07, wrap(detail, w - 0.16, 8.5, 1, bold=False), fontsize=8.5, color=GREY,
                    va="bottom")
        if touchpoint.logged:
            ax.text(x + w - 0.06, y + 0.08, "NEW", fontsize=8, color="white", va="top", ha="right",
                    fontweight="bold", bbox={"boxstyle": "round,pad=0.15", "facecolor": ORANGE, "edgecolor": "none"})
    if column.hidden:
        y = top + len(column.cards) * (CARD_H + CARD_GAP)
        ax.add_patch(FancyBboxPatch((x, y), w, CARD_H, boxstyle="round,pad=0,rounding_size=0.06",
                                    facecolor=HEADER_FILL, edgecolor="none"))
        ax.text(x + w / 2, y + CARD_H / 2, f"+{column.hidden} more", fontsize=11, color=INK, ha="center",
                va="center", fontweight="bold", gid="more")
    if not column.cards and not column.hidden:
        ax.text(x + w / 2, top + CARD_H / 2, "no touchpoints", fontsize=10, color=GREY, ha="center",
                va="center", style="italic")


def _curves(fig: Figure, view: JourneyMap, plan: Layout) -> None:
    height = plan.height
    bottom = (height - (TITLE_H + HEADER_H + CURVE_H - 0.2)) / height
    ax = fig.add_axes((MARGIN_LEFT / WIDTH_IN, bottom, (WIDTH_IN - MARGIN_LEFT - MARGIN_RIGHT) / WIDTH_IN,
                       (CURVE_H - 0.45) / height))
    xs = [c.centre for c in plan.columns]
    ax.set_xlim(MARGIN_LEFT, WIDTH_IN - MARGIN_RIGHT)
    ax.set_ylim(-2.6, 2.6)
    ax.set_yticks([-2, -1, 0, 1, 2], ["−2", "−1", "0", "+1", "+2"], fontsize=10, color=GREY)
    ax.set_xticks([])
    ax.axhline(0, color=CARD_EDGE, linewidth=0.8)
    for spine in ("top", "right", "bottom"):
        ax.spines[spine].set_visible(False)
    ax.set_ylabel("emotion", fontsize=10, color=GREY)
    designed = [s.designed if s.designed is not None else math.nan for s in view.stages]
    ax.plot(xs, designed, color=BLUE, linewidth=2.6, marker="o", markersize=8, label="Designed emotion (the map)",
            gid="designed")
    if view.score_type:
        lived = [s.lived if s.lived is not None else math.nan for s in view.stages]
        label = f"Customers in {view.week_label}: {view.scale_label} scaled onto −2..+2"
        ax.plot(xs, lived, color=VERMILLION, linewidth=2.6, linestyle="--", marker="s", markersize=8,
                label=label, gid="lived")
        for x, stage in zip(xs, view.stages, strict=True):
            if stage.lived is not None and stage.lived_raw is not None:
                value = f"{stage.lived_raw:+.0f}" if view.score_type == "nps" else f"{stage.lived_raw:.1f}"
                above = stage.designed is None or stage.lived >= stage.designed  # keep clear of the other curve
                ax.annotate(f"{value} (n={stage.lived_n})", (x, stage.lived), textcoords="offset points",
                            xytext=(0, 9 if above else -17), ha="center", fontsize=9.5, color=VERMILLION)
    ax.legend(loc="upper left", fontsize=10, frameon=False, ncols=2, bbox_to_anchor=(0, 1.14))
