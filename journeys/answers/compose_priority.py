""""What should we fix first?": places ranked by the priority score of journeys.voice.priority, top three with
each factor and the source behind it."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, timedelta

from sqlalchemy import select

from journeys.answers.called_names import named_team
from journeys.answers.comment_pool import keep_sentiment
from journeys.answers.compose_comments import _windows, compose_themes
from journeys.answers.context import ComposeContext
from journeys.answers.format import metric_label, plural, quote, with_unit
from journeys.answers.themes import CommentText
from journeys.store.models import Comment, Kpi, Stage, Touchpoint
from journeys.voice.priority import FORMULA, PlaceSignals, kpi_gap, rank
from journeys.voice.sentiment import NEGATIVE

TOP = 3
MAX_ROWS = 20_000  # comments read for the ranking (the newest in the two windows)


def _signals(ctx: ComposeContext) -> list[PlaceSignals]:
    recent, baseline = _windows(ctx)
    start = datetime.combine(baseline.start, datetime.min.time())
    end = datetime.combine(recent.end + timedelta(days=1), datetime.min.time())
    rows = ctx.session.execute(
        select(Comment.id, Comment.text, Comment.date, Comment.score, Comment.score_type, Comment.touchpoint_id,
               Comment.stage_id, Comment.segment).where(Comment.text != "", Comment.date >= start, Comment.date < end)
        .order_by(Comment.date.desc()).limit(MAX_ROWS)).all()
    level = "touchpoint" if any(r.touchpoint_id for r in rows) else "stage"
    column = "touchpoint_id" if level == "touchpoint" else "stage_id"
    table = Touchpoint if level == "touchpoint" else Stage
    places = {p.id: p for p in ctx.session.scalars(select(table))}
    scope, within = _scope(ctx, level, places)
    if scope is not None:
        places = {key: place for key, place in places.items() if key in scope}
    by_place: dict[str, list[CommentText]] = defaultdict(list)
    segments: dict[str, list[str | None]] = defaultdict(list)  # each comment's segment, in the same order
    for r in rows:
        key = getattr(r, column)
        if key in places:
            by_place[key].append(CommentText(f"comment:{r.id}", r.text, r.date.date().isoformat(), r.score,
                                             f"Comment on {places[key].name}", r.score_type))
            segments[key].append(r.segment)
    signals = []
    for key, place in places.items():
        comments = by_place.get(key, [])
        kept = keep_sentiment(comments, NEGATIVE)
        negative = [comments[i] for i in kept]
        newest = sorted(negative, key=lambda c: (not 25 <= len(c.text) <= 220, c.date or ""), reverse=False)
        signal = PlaceSignals(key, place.name, level, comments=len(comments), negative=len(negative),
                              recent_negative=sum(1 for c in negative if c.date >= recent.start.isoformat()),
                              prior_negative=sum(1 for c in negative if c.date < recent.start.isoformat()),
                              recent_days=(recent.end - recent.start).days + 1,
                              prior_days=(baseline.end - baseline.start).days + 1, emotion=place.emotion,
                              extra={"negative": sorted(newest, key=lambda c: c.date or "", reverse=True),
                                     "place": place, "windows": (recent, baseline), "within": within,
                                     "segments": (segments[key], [segments[key][i] for i in kept])})
        kpi = _worst_kpi(ctx, level, key)
        if kpi is not None:
            signal.kpi_gap = kpi_gap(kpi.value, kpi.target, kpi.higher_is_better)
            signal.extra["kpi"] = kpi
        if signal.comments or signal.kpi_gap or signal.emotion is not None:
            signals.append(signal)
    return signals


MIN_HIT = 3  # critical comments from one segment before it is named as the hardest hit


def hardest_hit(everyone: list[str | None], critical: list[str | None]) -> str | None:
    """The segment the place's critical comments come from far more than its comments do ("mostly the Landlord
    segment: 6 of 8 critical comments, 13 of 32 comments"); None when no segment stands out."""
    counts = Counter(s for s in critical if s)
    if not counts:
        return None
    segment, n = counts.most_common(1)[0]
    given = sum(1 for s in everyone if s == segment)
    if n < MIN_HIT or n / len(critical) < 0.4 or n / len(critical) < 1.5 * given / len(everyone):
        return None
    return (f"mostly the {segment} segment: {n} of the {len(critical)} critical comments, from {given} of all "
            f"{len(everyone)}")


def _scope(ctx: ComposeContext, level: str, places: dict) -> tuple[set[str] | None, str]:  # type: ignore[type-arg]
    """The places the question confines the ranking to, and how to say so: the team it names (their
    touchpoints), else the stage it names (its touchpoints), else the journey it names; None: every place."""
    u = ctx.u
    if level == "touchpoint":
        owners = sorted({p.owner for p in places.values() if p.owner})
        taken = {s for e in (u.journey, u.stage, u.touchpoint) if e for s in e.stems}
        team = u.owner or named_team(u.question, owners, taken)
        if team is not None:
            mine = {key for key, p in places.items() if (p.owner or "").lower() == team.lower()}
            if mine and u.stage is not None and u.stage.id and not u.stage_inferred:
                # "what should payments look at first in billing": the team's touchpoints in that stage
                inside = {key for key in mine if places[key].stage_id == u.stage.id}
                if inside:
                    return inside, f" owned by {team} in {u.stage.name}"
            if mine:
                return mine, f" owned by {team}"
    if u.stage is not None and u.stage.id and not u.stage_inferred:
        inside = {key for key, p in places.items() if (key if level == "stage" else p.stage_id) == u.stage.id}
        if inside:
            return inside, f" in {u.stage.name}"
    if u.journey is not None and u.journey.id and (u.journey_named or u.journey_worded):  # "on departures"
        inside = {key for key, p in places.items() if p.journey_id == u.journey.id}
        if inside:
            return inside, f" in {u.journey.name}"
    return None, ""


def _worst_kpi(ctx: ComposeContext, level: str, key: str) -> Kpi | None:
    column = Kpi.touchpoint_id if level == "touchpoint" else Kpi.stage_id
    rows = ctx.session.scalars(select(Kpi).where(column == key, Kpi.target.is_not(None)).order_by(Kpi.date.desc()))
    latest: dict[str, Kpi] = {}
    for row in rows:
        latest.setdefault(row.metric_slug, row)
    scored = [(kpi_gap(k.value, k.target, k.higher_is_better) or 0.0, k) for k in latest.values()]
    return max(scored, key=lambda item: item[0])[1] if scored else None


def _cite_place(ctx: ComposeContext, signal: PlaceSignals) -> int:
    place = signal.extra["place"]
    pains = "; ".join(place.pain_points or [])
    feeling = f"emotion {place.emotion:+d} on the map." if place.emotion is not None else "no emotion on the map."
    text = f"{place.name}: {feeling}" + (f" Pain points: {pains}" if pains else "")
    return ctx.citations.cite(signal.kind, place.id, place.name, text)


def compose_priority(ctx: ComposeContext) -> list[str]:
    ranked = [r for r in rank(_signals(ctx)) if r.score > 0]
    if not ranked:
        # No touchpoints or stages to rank (comments alone): rank what the critical comments are about.
        parts = compose_themes(ctx, sentiment=NEGATIVE)
        return (["There are no touchpoints or stages to rank, so here are the largest themes among critical "
                 "comments, biggest first:"] + parts) if parts else []
    recent, baseline = ranked[0].place.extra["windows"]
    lines = []
    for i, item in enumerate(ranked[:TOP], start=1):
        p, f = item.place, item.factors
        negative = p.extra["negative"]
        place_n = _cite_place(ctx, p)  # the place ranked, from the map, before the evidence for it
        bits = []
        if negative:
            n = ctx.cite_comment(negative[0])
            bits.append(f"V {f['V']:.2f} and S {f['S']:.2f}: {p.negative} of {plural(p.comments, 'comment')} "
                        f"critical, e.g. {quote(negative[0].text, 120)} [{n}]")
        else:
            bits.append(f"V 0 and S 0: no critical comments among {p.comments}")
        if (who := hardest_hit(*p.extra["segments"])) is not None:
            bits.append(who)
        recent_neg = [c for c in negative if c.date >= recent.start.isoformat()]
        growth_cite = f" [{ctx.cite_comment(recent_neg[1] if len(recent_neg) > 1 else recent_neg[0])}]" \
            if recent_neg and f["G"] > 0 else ""
        bits.append(f"G {f['G']:.2f}: {p.recent_negative} critical in {recent.label} against {p.prior_negative} in "
                    f"{baseline.label}{growth_cite}")
        kpi = p.extra.get("kpi")
        if kpi is not None:
            n = ctx.citations.cite("kpi", kpi.id, kpi.metric, f"{metric_label(kpi.metric)} was "
                                   f"{with_unit(kpi.value, kpi.unit)} in the week of {kpi.date.isoformat()}; "
                                   f"target {with_unit(kpi.target, kpi.unit)}", kpi.date.isoformat())
            bits.append(f"K {f['K']:.2f}: {metric_label(kpi.metric)} {with_unit(kpi.value, kpi.unit)} against "
                        f"a target of {with_unit(kpi.target, kpi.unit)} [{n}]")
        else:
            bits.append("K 0: no KPI with a target here")
        if p.emotion is not None:
            bits.append(f"E {f['E']:.2f}: emotion {p.emotion:+d} on the map [{place_n}]")
        else:
            bits.append("E 0: no emotion on the map")
        lines.append(f"{i}. **{p.name}** ({p.kind}) [{place_n}], priority **{item.score:.0f}**: " + "; ".join(bits)
                     + ".")
    within = ranked[0].place.extra.get("within", "")
    ranked_what = plural(len(ranked), ranked[0].place.kind)
    head = (f"What to fix first: {ranked_what}{within} ranked by {FORMULA}, where V is the "
            f"volume of critical comments (against the place with the most), S their share of the place's comments, G "
            f"their growth in {recent.label} against {baseline.label}, K the KPI gap to target and E how bad the "
            f"map says customers feel (each 0–1). The top {min(TOP, len(ranked))}:")
    return [head + "\n" + "\n".join(lines)]
