"""KPI answers: exact figures from SQL rows (or derived from survey scores), each figure cited."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import PurePath

from journeys.answers.asks import FROM_SCORES as _FROM_SCORES
from journeys.answers.asks import asks_on_target
from journeys.answers.context import ComposeContext
from journeys.answers.format import change_text, metric_label, more_text, number, plural, target_gap_text, with_unit
from journeys.answers.metrics import (
    KpiPoint,
    MetricSeries,
    derived_scores,
    load_series,
    pick_series,
    points_in,
    score_text,
)
from journeys.answers.vocabulary import content_stems, stems
from journeys.kpis import on_target
from journeys.store.db import store_cached

TREND_POINTS = 6
SERIES_SHOWN = 3  # series of one metric written out in full; the rest are named


def series_for(ctx: ComposeContext, slug: str) -> list[MetricSeries]:
    """The series of one metric the question means: at its place, in its journey; newest first for "now"."""
    u = ctx.u
    series = pick_series(load_series(ctx.session, slug), u.stage, u.touchpoint, u.journey)
    located = [s for s in series if _measured_at(s, ctx)] or series
    if u.latest:
        located.sort(key=lambda s: s.latest.date if s.points else date.min, reverse=True)
    if u.journey is None and len({s.journey for s in located}) > 1:
        # no journey named outright: the one whose name shares a word with the question first ("permit csat")
        asked = set(stems(u.question))
        located.sort(key=lambda s: -len(set(content_stems(s.journey or "")) & asked))
    return located




def compose_kpis(ctx: ComposeContext) -> list[str]:
    u = ctx.u
    parts: list[str] = []
    place = u.touchpoint or (u.stage if not u.stage_inferred else None)
    wants_scores = bool(_FROM_SCORES.search(u.question.lower())) or u.survey is not None  # a survey named
    score_first = bool(u.score_type) and (wants_scores or u.segment is not None or place is not None and not any(
        _measured_at(s, ctx) for slug in u.metrics[:2] for s in load_series(ctx.session, slug)
        if u.score_type in slug.split("_")))
    if score_first:
        derived = _derived_text(ctx, u.score_type)
        if derived:
            parts.append(derived)
            if wants_scores or place is not None or u.segment is not None:
                return parts
    for slug in u.metrics[:2]:
        series = series_for(ctx, slug)
        shown = [one for one in series if one.points][:SERIES_SHOWN]
        for one in shown:
            text = _series_text(ctx, one)
            if text:
                parts.append(text)
        rest = [f"{one.where or one.journey or 'overall'}" + _latest_brief(ctx, one) for one in series[SERIES_SHOWN:]
                if one.points]
        if rest:
            parts.append(f"{metric_label(series[0].metric)} is also measured at " + more_text(rest, len(rest)))
    if u.score_type and not parts:
        derived = _derived_text(ctx, u.score_type)
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


def _latest_brief(ctx: ComposeContext, series: MetricSeries) -> str:
    latest = series.latest
    return f" ({with_unit(latest.value, series.unit)} on {latest.date.isoformat()} [{_cite(ctx, latest)}])"


def _cite(ctx: ComposeContext, point: KpiPoint) -> int:
    return ctx.citations.cite("kpi", point.row.id, metric_label(point.row.metric), point.doc_text,
                              point.date.isoformat(), 1.0)


def _series_text(ctx: ComposeContext, series: MetricSeries) -> str | None:
    u = ctx.u
    points = points_in(series, u.period)
    label = metric_label(series.metric)
    where = f" at {series.where}" if series.where else ""
    if series.journey and _in_several_journeys(ctx, series.slug):
        where += f" ({series.journey})" if series.where else f" in {series.journey}"
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
    better = on_target(latest.value, target, series.higher_is_better)
    if better is not None:
        sentences[-1] += (f", against a target of {with_unit(target, unit)} ({'on track' if better else 'off target'}, "
                          f"{target_gap_text(latest.value, target, unit, series.higher_is_better)})")
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
    if u.period is not None and u.aggregate:
        sentences.insert(0, _aggregate_text(ctx, series, points, u.aggregate, u.period.label))
    if len(points) >= 2 and u.period is not None:
        values = [p.value for p in points]
        delta = values[-1] - values[0]
        moved = "no change" if abs(delta) < 1e-9 else (
            f"{'up' if delta > 0 else 'down'} {change_text(delta, unit)} "
            f"({'better' if (delta > 0) == series.higher_is_better else 'worse'})")
        span = u.period.label[:1].upper() + u.period.label[1:] if u.period.label.startswith("since") else (
            f"Across {u.period.label}")
        sentences.append(f"{span}, {len(points)} snapshots from {points[0].date.isoformat()} to "
                         f"{points[-1].date.isoformat()}, it went from {with_unit(values[0], unit)} "
                         f"[{_cite(ctx, points[0])}] to {with_unit(values[-1], unit)} [{_cite(ctx, points[-1])}], "
                         f"{moved}; it averaged {with_unit(sum(values) / len(values), unit, precise=True)}, low "
                         f"{with_unit(min(values), unit)}, high {with_unit(max(values), unit)}.")
        start = series.before(points[0].date) if u.period.snapshots and "change" in u.intents else None
        if start is not None:  # "dropped in the last 3 weeks" also reads as against the value 3 weeks before
            delta = values[-1] - start.value
            sentences.append(
                f"Against {start.date.isoformat()}, {plural(len(points), 'week')} before the latest "
                f"[{_cite(ctx, start)}], it is {'up' if delta > 0 else 'down'} {change_text(delta, unit)} from "
                f"{with_unit(start.value, unit)}.")
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
    to_date = series.within(u.period.end + timedelta(days=1), None) if u.period and u.period.relative else []
    if to_date and u.period and u.period.unit == "month":  # "last month" near a month's end: this one so far too
        sentences.append(_aggregate_text(ctx, series, to_date, u.aggregate or "mean",
                                         f"{to_date[0].date.strftime('%B %Y')} so far (to the latest data)"))
    return " ".join(sentences)


def _aggregate_text(ctx: ComposeContext, series: MetricSeries, points: list[KpiPoint], aggregate: str,
                    label: str) -> str:
    """One figure over a window's snapshots: their average or total, or the worst/best/highest/lowest of them."""
    unit, what = series.unit, metric_label(series.metric)
    if aggregate == "mean":
        value = sum(p.value for p in points) / len(points)
        cites = "".join(f" [{_cite(ctx, p)}]" for p in points[:6])
        return (f"The average {what} {_over(label)} was **{with_unit(value, unit, precise=True)}**, from "
                f"{len(points)} weekly snapshot{'s' if len(points) != 1 else ''} ({points[0].date.isoformat()} to "
                f"{points[-1].date.isoformat()}){cites}.")
    if aggregate == "sum":  # "total complaints last month": the weekly counts added up
        cites = "".join(f" [{_cite(ctx, p)}]" for p in points[:6])
        return (f"The total {what} {_over(label)} was **{number(sum(p.value for p in points))}**, the sum of "
                f"{len(points)} weekly snapshot{'s' if len(points) != 1 else ''} ({points[0].date.isoformat()} to "
                f"{points[-1].date.isoformat()}){cites}.")
    if aggregate in ("max", "min"):
        highest = aggregate == "max"
    else:  # "worst" or "best": by the metric's own direction
        highest = (aggregate == "worst") != series.higher_is_better
    pick = max(points, key=lambda p: p.value) if highest else min(points, key=lambda p: p.value)
    word = {"max": "highest", "min": "lowest"}.get(aggregate, aggregate)
    return (f"The {word} {what} {_over(label)} was **{with_unit(pick.value, unit)}**, in the week of "
            f"{pick.date.isoformat()} [{_cite(ctx, pick)}] (of {len(points)} weekly snapshots).")


def _over(label: str) -> str:
    """"across the last 4 weeks", but "since 2026-10-01 (...)" as it stands."""
    return label if label.startswith("since") else f"across {label}"


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
    # no place: the journey named ("nps from the registration survey"), whose own scores only
    journey = u.journey if place is None and u.journey is not None and u.journey.id and (
        u.journey_named or u.journey_worded) else None
    stats = derived_scores(ctx.session, score_type, u.stage if u.touchpoint is None else None, u.touchpoint,
                           u.period, u.segment, journey=journey, survey=u.survey)
    if stats is None and u.segment and (place is not None or journey is not None):
        place = journey = None  # the segment's scores elsewhere than that place (or journey)
        stats = derived_scores(ctx.session, score_type, None, None, u.period, u.segment, survey=u.survey)
    if stats is None:
        return None
    place = place or journey
    ref = f"{score_type}:{(place.filter_id if place else 'all')}:" + (f"survey={PurePath(u.survey).name}:" if u.survey
                                                                      else "") + (
        f"{u.period.start.isoformat()}..{u.period.end.isoformat()}" if u.period else "all") + (
        f":segment={u.segment}" if u.segment else "")
    n = ctx.citations.cite("kpi", ref, f"{score_type.upper()} from survey scores", stats.describe(),
                           stats.last.isoformat() if stats.last else None, 1.0)
    name = score_type.upper()
    where = f" for {place.name}" if place else ""
    if place is not None and place.id:
        from journeys.answers.compose_map import cite_place

        where += f" [{cite_place(ctx, place)}]"
    if u.segment:
        where += f" from the {u.segment} segment"
    if u.survey:
        where += f" in the survey {PurePath(u.survey).name}"
    when = f" {u.period.phrase}" if u.period else ""
    if score_type == "nps":
        text = (f"**{name}**{where}{when} was **{score_text(stats.value, 'nps')}**, computed from {stats.n} survey "
                f"scores "
                f"(n={stats.n}: {plural(stats.promoters, 'promoter')}, {plural(stats.passives, 'passive')}, "
                f"{plural(stats.detractors, 'detractor')}) [{n}].")
    elif score_type == "csat":
        text = (f"**{name}**{where}{when} was **{score_text(stats.value, 'csat')}% satisfied** (mean "
                f"{stats.mean:.2f} of 5), "
                f"from {stats.n} survey scores (n={stats.n}) [{n}].")
    else:
        text = (f"**{name}**{where}{when} averaged **{stats.mean:.2f}** from {stats.n} survey scores "
                f"(n={stats.n}) [{n}].")
    text += _low_scores_say(ctx, place, score_type)
    if u.period is not None:
        before = derived_scores(ctx.session, score_type, u.stage if place is not None and u.touchpoint is None
                                else None, u.touchpoint if place is not None else None, u.period.previous(),
                                u.segment, journey=journey)
        if before is not None and before.n:
            m = ctx.citations.cite("kpi", ref + ":previous", f"{name} from survey scores, previous period",
                                   before.describe(), before.last.isoformat() if before.last else None, 1.0)
            shown = score_text(before.value, score_type)
            span = u.period.previous()
            text += (f" In {span.label} ({span.start.isoformat()} to {span.end.isoformat()}) it was "
                     f"{shown} (n={before.n}) [{m}].")
    return text


LOW_SCORES_QUOTED = 2


def _low_scores_say(ctx: ComposeContext, place, score_type: str) -> str:  # type: ignore[no-untyped-def]
    """A derived score with what its lowest scorers wrote (newest first): the comments it rests on, of the same
    score type and survey."""
    from journeys.answers.format import quote

    critical = ctx.comments_at(place, ctx.u.period, negative=True, limit=LOW_SCORES_QUOTED * 5,
                               segment=ctx.u.segment, score_type=score_type, survey=ctx.u.survey)
    quoted = [f"{quote(c.text)} [{ctx.cite_comment(c)}]" for c in critical[:LOW_SCORES_QUOTED]]
    return f" The lowest scores say: {' '.join(quoted)}" if quoted else ""


def _in_several_journeys(ctx: ComposeContext, slug: str) -> bool:
    from sqlalchemy import func, select

    from journeys.store.models import Kpi

    return store_cached(ctx.session, ("kpi in several journeys", slug), lambda: int(ctx.session.scalar(
        select(func.count(func.distinct(Kpi.journey_id))).where(Kpi.metric_slug == slug)) or 0) > 1)


def compose_scorecard_all(ctx: ComposeContext) -> list[str]:
    return compose_scorecard(ctx, ctx.metrics)


def compose_scorecard(ctx: ComposeContext, metrics: list[str]) -> list[str]:
    """Every KPI's latest snapshot against its target, off target first (in the question's journey, if named)."""
    off, on, untargeted = [], [], []
    u = ctx.u
    wanted = set(metrics)
    everything = load_series(ctx.session)
    journeys_of: dict[str, set] = {}
    for series in everything:
        journeys_of.setdefault(series.slug, set()).add(series.journey_id)
    for series in everything:
        if series.slug not in wanted or not series.points:
            continue
        if u.journey is not None and u.journey.id and series.journey_id not in (None, u.journey.id):
            continue
        if u.stage is not None and u.stage.id and not u.stage_inferred and series.stage_id != u.stage.id:
            continue
        latest = series.latest
        in_several = len(journeys_of[series.slug]) > 1  # the same metric in two journeys: say which
        place = ", ".join(p for p in (series.where, series.journey if in_several else None) if p)
        where = f" ({place})" if place else ""
        n = _cite(ctx, latest)
        value = with_unit(latest.value, series.unit)
        ok = series.on_target
        if ok is None:
            untargeted.append(f"- {metric_label(series.metric)}{where}: {value} [{n}]")
            continue
        target = with_unit(latest.row.target, series.unit)
        week = latest.date.isoformat()
        line = f"- {metric_label(series.metric)}{where}: {value} against {target}, week of {week} [{n}]"
        (on if ok else off).append(line)
    off_part = [f"**Off target** ({len(off)}):\n" + "\n".join(off)] if off else []
    on_part = [f"**On track** ({len(on)}):\n" + "\n".join(on)] if on else []
    # "which kpis are hitting target": the ones on track come first
    parts = on_part + off_part if asks_on_target(u.question) else off_part + on_part
    if untargeted:
        parts.append("Without a target:\n" + "\n".join(untargeted))
    return parts
