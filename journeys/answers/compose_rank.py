"""Rankings: stages or touchpoints by their pain points, comments, a KPI or survey scores; the top pain points.
Every figure is counted or read from SQL, and every list says what it leaves out."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import PurePath

from sqlalchemy import func, select

from journeys.answers.compose_kpi import _FROM_SCORES
from journeys.answers.compose_map import cite_stage, cite_touchpoint
from journeys.answers.context import NEGATIVE_MAX, ComposeContext
from journeys.answers.format import metric_label, plural, rest_line, with_unit
from journeys.answers.metrics import derived_scores, points_in, ranked_by, score_text, shown_score, usual_score_type
from journeys.answers.vocabulary import Entity, content_stems
from journeys.kpis import load_series, on_target
from journeys.store.models import Comment, Stage, Touchpoint

SHOWN = 10
MIN_SCORES = 5  # a place needs this many survey scores to be ranked by them


@dataclass
class _Row:
    name: str
    value: float
    shown: str
    cite: int


def _places(ctx: ComposeContext, things: str) -> list[Stage | Touchpoint]:
    u = ctx.u
    model = Touchpoint if things == "touchpoint" else Stage
    query = select(model)
    if u.journey is not None and u.journey.id:
        query = query.where(model.journey_id == u.journey.id)
    if things == "touchpoint" and u.stage is not None and u.stage.id and not u.stage_inferred:
        query = query.where(Touchpoint.stage_id == u.stage.id)
    return list(ctx.session.scalars(query.order_by(model.journey_id, model.position)))


def _cite(ctx: ComposeContext, row: Stage | Touchpoint, stages: dict[str, Stage]) -> int:
    if isinstance(row, Stage):
        return cite_stage(ctx, row)
    parent = stages.get(row.stage_id)
    return cite_touchpoint(ctx, row, parent.name if parent else "")


def _label(row: Stage | Touchpoint, stages: dict[str, Stage]) -> str:
    if isinstance(row, Touchpoint) and row.stage_id in stages:
        return f"{row.name} ({stages[row.stage_id].name})"
    return row.name


def _entity(row: Stage | Touchpoint) -> Entity:
    kind = "touchpoint" if isinstance(row, Touchpoint) else "stage"
    return Entity(kind, row.name, row.id, row.journey_id, row.stage_id if isinstance(row, Touchpoint) else row.id)


def compose_rank(ctx: ComposeContext) -> list[str]:
    rank = ctx.u.rank
    if rank is None:
        return []
    if rank.things == "pain":
        return _top_pain_points(ctx)
    if rank.things == "kpi" and rank.by != "gap":
        from journeys.answers.compose_kpi_moves import compose_kpi_moves

        return compose_kpi_moves(ctx)
    if rank.things == "kpi":
        from journeys.answers.compose_targets import compose_off_target

        return compose_off_target(ctx)
    if rank.things not in ("stage", "touchpoint"):
        return []
    stages = {s.id: s for s in ctx.session.scalars(select(Stage))}
    rows: list[_Row] = []
    what = ""
    by_scores = False
    score_type = ctx.u.score_type
    if rank.by == "score" and score_type is None:  # "best rated touchpoint": by the score most given there
        scope = ctx.u.stage if ctx.u.stage is not None and not ctx.u.stage_inferred else None
        score_type = usual_score_type(ctx.session, scope, ctx.u.journey)
    if rank.by == "metric":
        ranked = [] if _FROM_SCORES.search(ctx.u.question.lower()) or ctx.u.survey else _rank_by_metric(
            ctx, rank.things, stages)  # (a survey named: its scores rank the places)
        if ranked or not ctx.u.score_type:
            return ranked
        by_scores = True
    for place in _places(ctx, rank.things):
        label = _label(place, stages)
        if rank.by == "pain":
            count = len(place.pain_points or [])
            if isinstance(place, Stage):
                count += sum(len(t.pain_points or []) for t in ctx.stage_touchpoints(place.id))
            what = "pain points recorded in the journey maps" + (
                " (a stage's own and its touchpoints')" if rank.things == "stage" else "")
            rows.append(_Row(label, count, plural(count, "pain point"), _cite(ctx, place, stages)))
        elif rank.by == "critical":
            count, critical = comment_counts(ctx, place)
            what = "critical survey comments (low scores)"
            if count:
                rows.append(_Row(label, critical, f"{critical} of {plural(count, 'comment')} critical",
                                 _cite(ctx, place, stages)))
        elif rank.by == "comments":
            count, critical = comment_counts(ctx, place)
            what = "survey comments"
            rows.append(_Row(label, count, f"{plural(count, 'comment')} ({critical} critical)",
                             _cite(ctx, place, stages)))
        elif rank.by in ("score", "metric") and score_type and (rank.by == "score" or by_scores):
            entity = _entity(place)
            stats = derived_scores(ctx.session, score_type, entity if entity.kind == "stage" else None,
                                   entity if entity.kind == "touchpoint" else None, ctx.u.period, survey=ctx.u.survey)
            if stats is None or stats.n < MIN_SCORES:
                continue
            ref = f"{score_type}:{entity.id}:" + (f"survey={PurePath(ctx.u.survey).name}:" if ctx.u.survey else "") + (
                f"{ctx.u.period.start.isoformat()}..{ctx.u.period.end.isoformat()}" if ctx.u.period else "all")
            n = ctx.citations.cite("kpi", ref, f"{score_type.upper()} from survey scores at {place.name}",
                                   stats.describe(), stats.last.isoformat() if stats.last else None, 1.0)
            by_mean = ctx.u.aggregate == "mean"  # "by avg nps score": the mean score ranks
            what = (f"{'mean ' if by_mean else ''}{score_type.upper()} computed from survey scores"
                    + (f" in the survey {PurePath(ctx.u.survey).name}" if ctx.u.survey else "")
                    + f" (places with {MIN_SCORES}+ scores)")
            rows.append(_Row(label, ranked_by(stats, by_mean), f"{shown_score(stats, by_mean)} (n={stats.n}) [{n}]",
                             _cite(ctx, place, stages)))
        elif rank.by in ("detractors", "promoters"):
            row = _group_row(ctx, place, label, rank.by, _cite(ctx, place, stages))
            if row is not None:
                rows.append(row)
                what = f"{rank.by} in the survey scores (NPS 0-6 detractors, 9-10 promoters)"
    if rank.by == "score" and not rows:
        return _rank_by_metric(ctx, rank.things, stages)
    if rank.by == "critical" and not any(r.value for r in rows):
        # no low survey score anywhere (comments without scores): the complaints the maps record instead
        return compose_rank(replace(ctx, understanding=replace(ctx.u, rank=replace(rank, by="pain"))))
    if not rows:
        return []
    higher_first = not rank.low
    if rank.by_goodness and score_type in ("nps", "csat"):
        higher_first = not rank.low  # "best" NPS is the highest, "worst" the lowest
    rows.sort(key=lambda r: -r.value if higher_first else r.value)
    order = ("highest" if higher_first else "lowest") if rank.by in ("score", "metric") else (
        "most" if higher_first else "fewest")
    return [_ranked_text(ctx, rows, f"{rank.things.capitalize()}s by {what}, {order} first")]


def _group_row(ctx: ComposeContext, place: Stage | Touchpoint, label: str, group: str, cited: int) -> _Row | None:
    """A place's count of detractors or promoters among its NPS scores, with the NPS they come from."""
    entity = _entity(place)
    stats = derived_scores(ctx.session, "nps", entity if entity.kind == "stage" else None,
                           entity if entity.kind == "touchpoint" else None, ctx.u.period)
    if stats is None or not stats.n:
        return None
    count = stats.detractors if group == "detractors" else stats.promoters
    ref = "nps:" + entity.id + ":" + (
        f"{ctx.u.period.start.isoformat()}..{ctx.u.period.end.isoformat()}" if ctx.u.period else "all")
    n = ctx.citations.cite("kpi", ref, f"NPS from survey scores at {place.name}", stats.describe(),
                           stats.last.isoformat() if stats.last else None, 1.0)
    return _Row(label, count, f"{plural(count, group[:-1])} of {stats.n} scores ({count / stats.n:.0%}), "
                              f"NPS {score_text(stats.value, 'nps')} [{n}]", cited)


def comment_counts(ctx: ComposeContext, place: Stage | Touchpoint) -> tuple[int, int]:
    """A place's comments, and how many of them are critical (a low survey score)."""
    column = Comment.touchpoint_id if isinstance(place, Touchpoint) else Comment.stage_id
    count = ctx.session.scalar(select(func.count()).select_from(Comment).where(column == place.id)) or 0
    critical = ctx.session.scalar(select(func.count()).select_from(Comment).where(
        column == place.id, *_critical())) or 0
    return count, critical


def _critical():  # type: ignore[no-untyped-def]
    from sqlalchemy import or_

    return (or_(*[(Comment.score_type == t) & (Comment.score <= m) for t, m in NEGATIVE_MAX.items()]),)


def _named_in(text: str, touchpoints: list[Touchpoint]) -> Touchpoint | None:
    """The touchpoint whose name's words the text holds all of ("Document upload rejects files"), the longest
    name first; None when none does."""
    words = set(content_stems(text))
    named = [t for t in touchpoints if (own := set(content_stems(t.name))) and own <= words]
    return max(named, key=lambda t: len(content_stems(t.name))) if named else None


def _rank_by_metric(ctx: ComposeContext, things: str, stages: dict[str, Stage]) -> list[str]:
    u = ctx.u
    slugs = u.metrics[:1] or [m for m in ctx.metrics if u.score_type and u.score_type in m][:1]
    if not slugs:
        return []
    rows: list[_Row] = []
    series_all = load_series(ctx.session, slugs[0])
    if u.journey is not None and u.journey.id:
        series_all = [s for s in series_all if s.journey_id == u.journey.id]
    higher_is_better = True
    for series in series_all:
        at = series.touchpoint if things == "touchpoint" else (series.stage if not series.touchpoint else None)
        points = points_in(series, u.period)
        if not at or not points:
            continue
        latest = points[-1]
        higher_is_better = series.higher_is_better
        status = on_target(latest.value, latest.row.target, series.higher_is_better)
        flag = "" if status is None else f", {'on track' if status else 'off target'}"
        n = ctx.citations.cite("kpi", latest.row.id, metric_label(series.metric), latest.doc_text,
                               latest.date.isoformat(), 1.0)
        rows.append(_Row(series.where, latest.value, f"{with_unit(latest.value, series.unit)} "
                                                     f"(week of {latest.date.isoformat()}{flag})", n))
    if not rows:
        return []
    rank = u.rank
    high_first = not rank.low if rank else True
    if rank is not None and rank.by_goodness:  # worst = lowest when higher is better
        high_first = (not rank.low) == higher_is_better
    rows.sort(key=lambda r: -r.value if high_first else r.value)
    label = metric_label(series_all[0].metric)
    return [_ranked_text(ctx, rows, f"{things.capitalize()}s by {label} (latest snapshot), "
                                    f"{'highest' if high_first else 'lowest'} first")]


def _ranked_text(ctx: ComposeContext, rows: list[_Row], head: str) -> str:
    limit = ctx.u.rank.n if ctx.u.rank is not None and ctx.u.rank.n else SHOWN
    lines = [f"{i}. **{r.name}**: {r.shown} [{r.cite}]" for i, r in enumerate(rows[:limit], 1)]
    if len(rows) > limit:
        lines.append(rest_line([f"{r.name} ({r.shown})" for r in rows[limit:]]))
    return head + ":\n" + "\n".join(lines)


def _top_pain_points(ctx: ComposeContext) -> list[str]:
    """Pain points across the maps (or the place named), their places ranked by critical comments there."""
    u = ctx.u
    stages = {s.id: s for s in ctx.session.scalars(select(Stage))}
    places: list[Stage | Touchpoint] = []
    for things in ("stage", "touchpoint"):
        places += [p for p in _places(ctx, things) if p.pain_points]
    if u.stage is not None and u.stage.id and not u.stage_inferred:
        places = [p for p in places if (p.id if isinstance(p, Stage) else p.stage_id) == u.stage.id]
    if u.touchpoint is not None and u.touchpoint.id:
        places = [p for p in places if p.id == u.touchpoint.id]
    rows: list[_Row] = []
    for place in places:
        for pain in place.pain_points:
            where = _named_in(pain, ctx.stage_touchpoints(place.id)) if isinstance(place, Stage) else None
            where = where or place  # a stage's pain point that names one of its touchpoints is that touchpoint's
            critical = comment_counts(ctx, where)[1]
            rows.append(_Row(f"{pain}", critical, f"{_label(where, stages)}; {plural(critical, 'critical comment')} "
                                                  "there", _cite(ctx, where, stages)))
    if not rows:
        return []
    rows.sort(key=lambda r: -r.value)
    limit = u.rank.n if u.rank is not None and u.rank.n else SHOWN
    lines = [f"{i}. {r.name} ({r.shown}) [{r.cite}]" for i, r in enumerate(rows[:limit], 1)]
    if len(rows) > limit:
        lines.append(rest_line([r.name for r in rows[limit:]], "`journey stage NAME` lists a stage's"))
    return [f"The pain points the journey maps record ({len(rows)}), ordered by how many critical comments their "
            "place has:\n" + "\n".join(lines)]
