""""Which KPIs are furthest off target": every KPI's latest snapshot ranked by its gap to target.

Metrics in different units are ranked by the gap as a share of the target (of the metric's own range over its
snapshots when the target is 0); journeys/kpis.py holds the one rule for on or off target and the gap. The
scope is the journey the question names, or the one journey whose name shares a word with it ("claims kpis"),
else the whole base. The list never ends silently.
"""

from __future__ import annotations

import re

from journeys.answers.context import ComposeContext
from journeys.answers.format import metric_label, more_text, rest_line, with_unit
from journeys.answers.vocabulary import content_stems, stems
from journeys.kpis import MetricSeries, gap, load_series, on_target

SHOWN = 8
_KPIS_ASKED = re.compile(r"\b(kpis?|metrics?|measures?|numbers)\b")


def kpi_scope(ctx: ComposeContext, series: list[MetricSeries]) -> str | None:
    """The journey id the question means: named (or through its stage), else the only one sharing a word."""
    u = ctx.u
    if u.journey is not None and u.journey.id and (u.journey_named or not u.stage_inferred):
        return u.journey.id
    asked = set(stems(u.question))
    journeys = {s.journey_id: s.journey for s in series if s.journey_id}
    sharing = [j for j, name in journeys.items() if set(content_stems(name or "")) & asked]
    return sharing[0] if len(sharing) == 1 else None


def compose_off_target(ctx: ComposeContext) -> list[str]:
    series = [s for s in load_series(ctx.session) if s.points]
    u = ctx.u
    named = [s for s in series if s.slug in u.metrics] if u.metrics and not _KPIS_ASKED.search(
        u.question.lower()) else []
    # "is uptime or status accuracy further off target": those KPIs, side by side, wherever kept, unless a
    # journey is named ("which claims kpis...": every KPI, the journey's word its scope)
    journey = kpi_scope(ctx, series) if not named or u.journey_named or u.journey_worded else None
    if journey is not None:
        series = [s for s in series if s.journey_id == journey]
    if named:
        series = [s for s in series if s.slug in u.metrics] or named
    rows: list[tuple[float, str]] = []
    on_track: list[str] = []
    for one in series:
        latest = one.latest
        target = latest.row.target
        status = on_target(latest.value, target, one.higher_is_better)
        if status is None or target is None:
            continue
        where = f" at {one.where}" if one.where else f" ({one.journey})" if one.journey and journey is None else ""
        name = f"{metric_label(one.metric)}{where}"
        if status:
            on_track.append(name)
            continue
        values = [p.value for p in one.points]
        scale = abs(target) or (max(values) - min(values)) or 1.0  # a target of 0: the metric's own range
        share = gap(latest.value, target, one.higher_is_better) / scale
        n = ctx.citations.cite("kpi", latest.row.id, metric_label(one.metric), latest.doc_text,
                               latest.date.isoformat(), 1.0)
        rows.append((share, f"**{name}**: {with_unit(latest.value, one.unit)} against a target of "
                            f"{with_unit(target, one.unit)}, {share:.0%}{'' if target else ' of its range'} off, "
                            f"week of {latest.date.isoformat()} [{n}]"))
    if not rows:
        return []
    rows.sort(key=lambda r: -r[0])
    limit = ctx.u.rank.n if ctx.u.rank is not None and ctx.u.rank.n else SHOWN
    scope = next((f" in {s.journey}" for s in series if s.journey), "") if journey else ""
    lines = [f"{i}. {text}" for i, (_, text) in enumerate(rows[:limit], 1)]
    if len(rows) > limit:
        lines.append(rest_line([text.split("**")[1] for _, text in rows[limit:]]))
    text = (f"KPIs off target{scope}, furthest first (latest snapshot; the gap as a share of the target, so that "
            f"metrics in different units compare):\n" + "\n".join(lines))
    if on_track:
        text += f"\n\nOn track: {more_text(on_track, limit=10)}"
    return [text]
