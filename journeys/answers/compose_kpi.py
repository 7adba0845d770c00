"""KPI answers: exact figures from SQL rows (or derived from survey scores), each figure cited."""

from __future__ import annotations

from journeys.answers.context import ComposeContext
from journeys.answers.format import change_text, metric_label, number, plural, with_unit
from journeys.answers.metrics import KpiPoint, MetricSeries, derived_scores, load_series, pick_series

TREND_POINTS = 6


def compose_kpis(ctx: ComposeContext) -> list[str]:
    u = ctx.u
    parts: list[str] = []
    at_location = False
    for slug in u.metrics[:2]:
        series = pick_series(load_series(ctx.session, slug), u.stage, u.touchpoint)
        located = [s for s in series if _measured_at(s, ctx)]
        at_location = at_location or bool(located)
        for one in (located or series)[:3]:
            text = _series_text(ctx, one)
            if text:
                parts.append(text)
    score_type = u.score_type
    if score_type and (not parts or (u.location is not None and u.location.kind != "journey" and not at_location)):
        derived = _derived_text(ctx, score_type)
        if derived:
            parts.append(derived)
    return parts


def _measured_at(series: MetricSeries, ctx: ComposeContext) -> bool:
    u = ctx.u
    if u.touchpoint is not None:
        return series.touchpoint_id == u.touchpoint.id if u.touchpoint.id else series.where == u.touchpoint.name
    if u.stage is not None:
        return series.stage_id == u.stage.id and series.touchpoint_id is None if u.stage.id else (
            series.where == u.stage.name)
    return False


def _cite(ctx: ComposeContext, point: KpiPoint) -> int:
    return ctx.citations.cite("kpi", point.row.id, metric_label(point.row.metric), point.doc_text,
                              point.date.isoformat(), 1.0)


def _series_text(ctx: ComposeContext, series: MetricSeries) -> str | None:
    u = ctx.u
    points = series.within(u.period)
    label = metric_label(series.metric)
    where = f" at {series.where}" if series.where else ""
    if not points:
        if not series.points:
            return None
        first, last = series.points[0].date, series.points[-1].date
        latest = series.points[-1]
        return (f"There is no {label}{where} for {u.period.label if u.period else 'that period'}: its snapshots run "
                f"from {first.isoformat()} to {last.isoformat()}. The latest is "
                f"**{with_unit(latest.value, series.unit)}** on {last.isoformat()} [{_cite(ctx, latest)}].")
    latest = points[-1]
    unit = series.unit
    sentences = [f"**{label}**{where} was **{with_unit(latest.value, unit)}** in the week of "
                 f"{latest.date.isoformat()} [{_cite(ctx, latest)}]"]
    target = latest.row.target
    if target is not None:
        better = latest.value >= target if series.higher_is_better else latest.value <= target
        sentences[-1] += f", against a target of {with_unit(target, unit)} ({'on track' if better else 'off target'})"
    sentences[-1] += "."
    previous = series.before(latest.date)
    if previous is not None:
        delta = latest.value - previous.value
        if abs(delta) < 1e-9:
            sentences.append(f"Unchanged from the week before [{_cite(ctx, previous)}].")
        else:
            improved = (delta > 0) == series.higher_is_better
            sentences.append(
                f"That is {'up' if delta > 0 else 'down'} {change_text(delta, unit)} from "
                f"{with_unit(previous.value, unit)} on {previous.date.isoformat()} [{_cite(ctx, previous)}] "
                f"({'better' if improved else 'worse'}).")
    if len(points) > 2 and u.period is not None:
        values = [p.value for p in points]
        sentences.append(f"Across {u.period.label}, {len(points)} snapshots, it averaged "
                         f"{with_unit(sum(values) / len(values), unit)}, from {with_unit(values[0], unit)} "
                         f"[{_cite(ctx, points[0])}] to {with_unit(values[-1], unit)} [{_cite(ctx, points[-1])}].")
    elif "change" in u.intents or u.period is None:
        trend = points[-TREND_POINTS:]
        if len(trend) >= 3:
            values = [p.value for p in trend]
            low, high = min(values), max(values)
            direction = _direction(values, series.higher_is_better)
            sentences.append(f"Over the last {len(trend)} snapshots it went from {with_unit(values[0], unit)} "
                             f"({trend[0].date.isoformat()}) [{_cite(ctx, trend[0])}] to "
                             f"{with_unit(values[-1], unit)} [{_cite(ctx, trend[-1])}] ({direction}; "
                             f"low {number(low)}, high {number(high)}).")
    return " ".join(sentences)


def _direction(values: list[float], higher_is_better: bool) -> str:
    span = max(values) - min(values)
    delta = values[-1] - values[0]
    if span == 0 or abs(delta) < 0.15 * span:
        return "broadly flat"
    rising = delta > 0
    return f"{'rising' if rising else 'falling'}, {'improving' if rising == higher_is_better else 'worsening'}"


def _derived_text(ctx: ComposeContext, score_type: str) -> str | None:
    u = ctx.u
    place = u.touchpoint or u.stage
    stats = derived_scores(ctx.session, score_type, u.stage if u.touchpoint is None else None, u.touchpoint,
                           u.period)
    if stats is None:
        return None
    ref = f"{score_type}:{(place.filter_id if place else 'all')}:" + (
        f"{u.period.start.isoformat()}..{u.period.end.isoformat()}" if u.period else "all")
    n = ctx.citations.cite("kpi", ref, f"{score_type.upper()} from survey scores", stats.describe(),
                           stats.last.isoformat() if stats.last else None, 1.0)
    name = score_type.upper()
    where = f" for {place.name}" if place else ""
    when = f" in {u.period.label}" if u.period else ""
    if score_type == "nps":
        text = (f"**{name}**{where}{when} was **{stats.value:+.0f}**, computed from {stats.n} survey scores "
                f"(n={stats.n}: {plural(stats.promoters, 'promoter')}, {plural(stats.passives, 'passive')}, "
                f"{plural(stats.detractors, 'detractor')}) [{n}].")
    elif score_type == "csat":
        text = (f"**{name}**{where}{when} was **{stats.value:.0f}% satisfied** (mean {stats.mean:.2f} of 5), "
                f"from {stats.n} survey scores (n={stats.n}) [{n}].")
    else:
        text = (f"**{name}**{where}{when} averaged **{stats.mean:.2f}** from {stats.n} survey scores "
                f"(n={stats.n}) [{n}].")
    if u.period is not None:
        before = derived_scores(ctx.session, score_type, u.stage if u.touchpoint is None else None, u.touchpoint,
                                u.period.previous())
        if before is not None and before.n:
            m = ctx.citations.cite("kpi", ref + ":previous", f"{name} from survey scores, previous period",
                                   before.describe(), before.last.isoformat() if before.last else None, 1.0)
            shown = f"{before.value:+.0f}" if score_type == "nps" else f"{before.value:.0f}"
            span = u.period.previous()
            text += (f" In the {span.days} days before ({span.start.isoformat()} to {span.end.isoformat()}) it was "
                     f"{shown} (n={before.n}) [{m}].")
    return text


def compose_scorecard(ctx: ComposeContext, metrics: list[str]) -> list[str]:
    """Every KPI's latest snapshot against its target, off target first."""
    off, on, untargeted = [], [], []
    for slug in metrics:
        for series in load_series(ctx.session, slug):
            if not series.points:
                continue
            latest = series.points[-1]
            where = f" ({series.where})" if series.where else ""
            n = _cite(ctx, latest)
            value = with_unit(latest.value, series.unit)
            if latest.row.target is None:
                untargeted.append(f"- {metric_label(series.metric)}{where}: {value} [{n}]")
                continue
            ok = latest.value >= latest.row.target if series.higher_is_better else latest.value <= latest.row.target
            target = with_unit(latest.row.target, series.unit)
            week = latest.date.isoformat()
            line = f"- {metric_label(series.metric)}{where}: {value} against {target}, week of {week} [{n}]"
            (on if ok else off).append(line)
    parts = []
    if off:
        parts.append(f"**Off target** ({len(off)}):\n" + "\n".join(off))
    if on:
        parts.append(f"**On track** ({len(on)}):\n" + "\n".join(on))
    if untargeted:
        parts.append("Without a target:\n" + "\n".join(untargeted[:10]))
    return parts
