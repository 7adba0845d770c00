"""What is getting worse: the KPIs whose recent snapshots moved the wrong way against the weeks before, and
the comments' own trend ("is X getting worse?": their weekly rate now and before, then their themes).

"What's getting worse lately?" with no subject is answered by the KPIs and the comment topics whose share
rose (compose_comments.compose_emerging). A series counts when its mean over the recent window is worse
than its mean over the baseline window by clearly more than its own week-to-week wobble, so that a noisy
series does not outrank a steady one that broke.
"""

from __future__ import annotations

import statistics

from journeys.answers.comment_pool import SENTIMENT_WORD, build_pool
from journeys.answers.compose_comments import (
    MIN_CITED,
    _loose_quotes,
    _split,
    _windows,
    compose_emerging,
    compose_themes,
    find_themes,
    theme_lines,
)
from journeys.answers.context import ComposeContext
from journeys.answers.format import metric_label, with_unit
from journeys.answers.periods import Period
from journeys.kpis import KpiPoint, MetricSeries, load_series

MIN_SHIFT = 1.5  # the worsening, in units of the baseline's wobble, that counts as clearly worse
MIN_RELATIVE = 0.03  # and at least this fraction of the baseline level (a flat series has no wobble)
MAX_SHOWN = 4


def worsening(series: MetricSeries, recent: Period, baseline: Period) -> float | None:
    """How clearly the series got worse from `baseline` to `recent` (in units of the baseline's wobble), or
    None when it did not, or there are too few points on either side."""
    now = [p.value for p in series.within(recent.start, recent.end)]
    before = [p.value for p in series.within(baseline.start, baseline.end)]
    if not now or len(before) < 2:
        return None
    change = statistics.fmean(now) - statistics.fmean(before)
    bad = -change if series.higher_is_better else change
    level = abs(statistics.fmean(before)) or 1.0
    wobble = statistics.pstdev(before)
    if bad <= 0 or bad < MIN_RELATIVE * level:
        return None
    shift = bad / wobble if wobble > 0 else bad / (MIN_RELATIVE * level)
    return shift if shift >= MIN_SHIFT else None


def _in_place(ctx: ComposeContext, series: MetricSeries) -> bool:
    u = ctx.u
    if u.touchpoint is not None:
        return series.touchpoint_id == u.touchpoint.id
    if u.stage is not None and not u.stage_inferred:
        return series.stage_id == u.stage.id
    if u.journey is not None and u.journey.id and u.journey_named:
        return series.journey_id == u.journey.id
    return True


def _cite(ctx: ComposeContext, point: KpiPoint) -> int:
    return ctx.citations.cite("kpi", point.row.id, metric_label(point.row.metric), point.doc_text,
                              point.date.isoformat(), 1.0)


def compose_worsening_kpis(ctx: ComposeContext, recent: Period, baseline: Period) -> list[str]:
    """The KPIs (at the question's place, if it names one) clearly worse in `recent` than in `baseline`,
    most clearly first, each with its level before and now; [] when none is."""
    found = []
    for series in load_series(ctx.session):
        if not series.points or not _in_place(ctx, series):
            continue
        shift = worsening(series, recent, baseline)
        if shift is not None:
            found.append((shift, series))
    if not found:
        return []
    found.sort(key=lambda item: -item[0])
    lines = []
    for _, series in found[:MAX_SHOWN]:
        now = series.within(recent.start, recent.end)
        before = series.within(baseline.start, baseline.end)
        where = f" at {series.where}" if series.where else ""
        target = f", target {with_unit(series.target, series.unit)}" if series.target is not None else ""
        lines.append(f"- **{metric_label(series.metric)}**{where}: {with_unit(now[-1].value, series.unit)} on "
                     f"{now[-1].date.isoformat()} [{_cite(ctx, now[-1])}], against "
                     f"{with_unit(statistics.fmean(p.value for p in before), series.unit)} on average in "
                     f"{baseline.label} [{_cite(ctx, before[-1])}]{target}")
    more = f" (of {len(found)})" if len(found) > MAX_SHOWN else ""
    return [f"KPIs getting worse{more}: {recent.label} against {baseline.label}:\n" + "\n".join(lines)]


def compose_getting_worse(ctx: ComposeContext, sentiment: str | None = None) -> list[str]:
    """"What's getting worse?" with no subject: the KPIs that moved the wrong way, then the comment topics
    whose share rose (or, when none stands out, the trend of the comments at large)."""
    recent, baseline = _windows(ctx)
    worse = compose_worsening_kpis(ctx, recent, baseline)
    rising = compose_emerging(ctx, quiet=True)
    return worse + (rising or _trend(ctx, sentiment))


def compose_trend(ctx: ComposeContext, sentiment: str | None = None) -> list[str]:
    """Is it getting worse? Weekly counts of the comments the question is about, then their themes; without
    a subject, the worsening KPIs and the rising topics (compose_getting_worse)."""
    if not ctx.u.topic and not ctx.u.segment:
        return compose_getting_worse(ctx, sentiment)
    return _trend(ctx, sentiment)


def _trend(ctx: ComposeContext, sentiment: str | None = None) -> list[str]:
    pool = build_pool(ctx, sentiment, limit=600)
    if pool is None or not pool.comments:
        return compose_themes(ctx, sentiment=sentiment)
    recent, baseline = _windows(ctx)
    recent_c, before_c = _split(pool.comments, recent.start)
    before_c = [c for c in before_c if c.date >= baseline.start.isoformat()]
    rate_now = len(recent_c) / ((recent.end - recent.start).days + 1)
    rate_before = len(before_c) / ((baseline.end - baseline.start).days + 1)
    if rate_now > 1.25 * rate_before + 0.01:
        verdict = "more often than before"
    elif rate_before > 1.25 * rate_now + 0.01:
        verdict = "less often than before"
    else:
        verdict = "about as often as before"
    kind = f"{SENTIMENT_WORD[sentiment]} comments" if sentiment else "comments"
    head = (f"Of the {len(pool.comments)} {kind.strip()} {pool.scope}, {len(recent_c)} came in {recent.label} "
            f"and {len(before_c)} in {baseline.label}: {rate_now * 7:.1f} a week against {rate_before * 7:.1f}, "
            f"{verdict}.")
    themes = find_themes(ctx, pool)
    if not themes:
        return [head + "\n" + "\n".join(_loose_quotes(ctx, sorted(pool.comments, key=lambda c: c.date or "",
                                                                  reverse=True), MIN_CITED))]
    return [head + " By theme:\n" + "\n".join(theme_lines(ctx, themes, len(pool.comments), ctx.k))]
