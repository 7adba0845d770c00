"""Answers from the journey maps: a stage's touchpoints, pain points, opportunities, owners."""

from __future__ import annotations

import re

from sqlalchemy import select

from journeys.answers.context import ComposeContext
from journeys.answers.format import metric_label, plural, rest_line, with_unit
from journeys.answers.vocabulary import Entity
from journeys.documents import stage_document, touchpoint_document
from journeys.kpis import load_series
from journeys.store.models import Journey, Kpi, Stage, Touchpoint

PAIN_SHOWN = 14  # pain points written out in full; the rest are named on one line


def _bare(line: str) -> str:
    """A list line without its bullet and citation, for naming it in "and N more: …"."""
    return re.sub(r"\s*\[\d+\]$", "", line.removeprefix("- "))


def cite_stage(ctx: ComposeContext, stage: Stage) -> int:
    journey = ctx.get(Journey, stage.journey_id)
    doc = stage_document(stage, journey, ctx.stage_touchpoints(stage.id)) if journey else None
    return ctx.citations.cite("stage", stage.id, stage.name, doc.text if doc else stage.name, doc.date if doc else None,
                              1.0)


def cite_row(ctx: ComposeContext, row: Touchpoint | Stage) -> int:
    """Cite a touchpoint (with its stage's name) or a stage row."""
    if isinstance(row, Touchpoint):
        parent = ctx.get(Stage, row.stage_id)
        return cite_touchpoint(ctx, row, parent.name if parent else "")
    return cite_stage(ctx, row)


def cite_touchpoint(ctx: ComposeContext, tp: Touchpoint, stage_name: str) -> int:
    journey = ctx.get(Journey, tp.journey_id)
    doc = touchpoint_document(tp, stage_name, journey)
    return ctx.citations.cite("touchpoint", tp.id, tp.name, doc.text, doc.date, 1.0)


def cite_journey(ctx: ComposeContext, journey: Journey) -> int:
    stages = list(ctx.session.scalars(select(Stage).where(Stage.journey_id == journey.id).order_by(Stage.position)))
    return ctx.citations.cite("journey", journey.id, journey.name, _journey_text(ctx, journey, stages),
                              journey.updated.isoformat() if journey.updated else None, 1.0)


def cite_place(ctx: ComposeContext, place: Entity) -> int:
    """Cite the map's record of a journey, stage or touchpoint the question names; 0 when it has none."""
    if place.kind == "touchpoint":
        row = ctx.touchpoint_row(place)
        stage = ctx.get(Stage, row.stage_id) if row else None
        return cite_touchpoint(ctx, row, stage.name if stage else "") if row else 0
    if place.kind == "stage":
        row = ctx.stage_row(place)
        return cite_stage(ctx, row) if row else 0
    journey = ctx.get(Journey, place.id) if place.id else None
    return cite_journey(ctx, journey) if journey else 0


def tp_line(ctx: ComposeContext, tp: Touchpoint, stage: Stage) -> str:
    details = [d for d in (tp.channel, f"owned by {tp.owner}" if tp.owner else None) if d]
    logged = " (logged by the team)" if tp.origin == "logged" else ""
    return (f"- **{tp.name}**{logged}" + (f" — {', '.join(details)}" if details else "")
            + f" [{cite_touchpoint(ctx, tp, stage.name)}]")


def compose_touchpoints(ctx: ComposeContext) -> list[str]:
    u = ctx.u
    touchpoint = ctx.touchpoint_row(u.touchpoint)
    stage = ctx.stage_row(u.stage)
    if touchpoint is not None and stage is not None:
        return [_describe_touchpoint(ctx, touchpoint, stage)]
    if stage is not None:
        tps = ctx.stage_touchpoints(stage.id)
        if not tps:
            return [f"The map lists no touchpoints for the **{stage.name}** stage [{cite_stage(ctx, stage)}]."]
        head = f"The **{stage.name}** stage has {plural(len(tps), 'touchpoint')} [{cite_stage(ctx, stage)}]:"
        return [head + "\n" + "\n".join(tp_line(ctx, tp, stage) for tp in tps)]
    hits = [h for h in ctx.result.hits if h.kind in ("touchpoint", "stage")][:6]
    lines = []
    for hit in hits:
        if hit.kind == "stage":
            row = ctx.get(Stage, hit.ref_id)
            if row is not None:
                tps = ctx.stage_touchpoints(row.id)
                names = ", ".join(t.name for t in tps) or "none listed"
                lines.append(f"- **{row.name}** stage: {names} [{cite_stage(ctx, row)}]")
        else:
            tp = ctx.get(Touchpoint, hit.ref_id)
            row = ctx.get(Stage, tp.stage_id) if tp else None
            if tp and row:
                lines.append(tp_line(ctx, tp, row) + f" ({row.name} stage)")
    return ["Touchpoints related to your question:\n" + "\n".join(lines)] if lines else []


def _describe_touchpoint(ctx: ComposeContext, tp: Touchpoint, stage: Stage) -> str:
    n = cite_touchpoint(ctx, tp, stage.name)
    bits = [f"**{tp.name}** is a touchpoint of the {stage.name} stage"]
    if tp.channel:
        bits.append(f"on the {tp.channel} channel")
    if tp.owner:
        bits.append(f"owned by {tp.owner}")
    text = " ".join(bits) + f" [{n}]."
    if tp.description:
        text += f" {tp.description}"
    if tp.metrics:
        text += f" Measured by: {', '.join(metric_label(m) for m in tp.metrics)}."
    return text


def compose_pain_points(ctx: ComposeContext) -> list[str]:
    """What the maps say hurts (place, then its touchpoints), plus off-target KPIs there."""
    u = ctx.u
    touchpoint = ctx.touchpoint_row(u.touchpoint)
    stage = ctx.stage_row(u.stage)
    lines: list[str] = []
    if touchpoint is not None and stage is not None:
        n = cite_touchpoint(ctx, touchpoint, stage.name)
        lines += [f"- {p} [{n}]" for p in touchpoint.pain_points]
        title = f"Pain points the journey map records at **{touchpoint.name}** ({stage.name} stage):"
        places = [("touchpoint", touchpoint.id)]
    elif stage is not None:
        n = cite_stage(ctx, stage)
        lines += [f"- {p} [{n}]" for p in stage.pain_points]
        for tp in ctx.stage_touchpoints(stage.id):
            if tp.pain_points:
                m = cite_touchpoint(ctx, tp, stage.name)
                lines += [f"- {tp.name}: {p} [{m}]" for p in tp.pain_points]
        title = f"Pain points the journey map records in the **{stage.name}** stage:"
        places = [("stage", stage.id)]
    else:
        title, places = "Pain points the journey maps record that match your question:", []
        for hit in [h for h in ctx.result.hits if h.kind in ("touchpoint", "stage")][:4]:
            row = ctx.get(Touchpoint if hit.kind == "touchpoint" else Stage, hit.ref_id)
            if row is None or not row.pain_points:
                continue
            m = cite_row(ctx, row)
            lines += [f"- {row.name}: {p} [{m}]" for p in row.pain_points]
    limit = ctx.u.rank.n if ctx.u.rank is not None and ctx.u.rank.n else PAIN_SHOWN
    shown = lines[:limit]
    if len(lines) > limit:
        shown.append(rest_line([_bare(line) for line in lines[limit:]], "the stage card has them all"))
    parts = [title + "\n" + "\n".join(shown)] if lines else []
    kpi_lines = _off_target_kpis(ctx, places)
    if kpi_lines:
        parts.append("Off target there:\n" + "\n".join(kpi_lines))
    return parts


def _off_target_kpis(ctx: ComposeContext, places: list[tuple[str, str]]) -> list[str]:
    if not places:
        return []
    kind, place_id = places[0]
    column = Kpi.touchpoint_id if kind == "touchpoint" else Kpi.stage_id
    lines = []
    for series in load_series(ctx.session, None, column == place_id):
        if not series.points or series.on_target is not False or (kind == "stage" and series.touchpoint_id):
            continue
        latest = series.latest
        n = ctx.citations.cite("kpi", latest.row.id, metric_label(series.metric), latest.doc_text,
                               latest.date.isoformat(), 1.0)
        lines.append(f"- {metric_label(series.metric)} is {with_unit(latest.value, series.unit)} "
                     f"(target {with_unit(latest.row.target, series.unit)}, week of {latest.date.isoformat()}) [{n}]")
    return lines


def compose_opportunities(ctx: ComposeContext) -> list[str]:
    u = ctx.u
    rows: list[Stage | Touchpoint] = []
    for entity, loader in ((u.touchpoint, ctx.touchpoint_row), (u.stage, ctx.stage_row)):
        row = loader(entity)
        if row is not None:
            rows.append(row)
            break
    if not rows:
        for hit in [h for h in ctx.result.hits if h.kind in ("touchpoint", "stage")][:3]:
            row = ctx.get(Touchpoint if hit.kind == "touchpoint" else Stage, hit.ref_id)
            if row is not None:
                rows.append(row)
    lines = []
    for row in rows:
        if isinstance(row, Stage):
            n = cite_stage(ctx, row)
        else:
            parent = ctx.get(Stage, row.stage_id)
            n = cite_touchpoint(ctx, row, parent.name if parent else "")
        lines += [f"- {row.name}: {o} [{n}]" for o in row.opportunities]
    return ["Opportunities the journey maps record:\n" + "\n".join(lines[:8])] if lines else []


def _emotion_text(value: int | None) -> str:
    return "not rated" if value is None else f"{value:+d}"


def compose_emotions(ctx: ComposeContext) -> list[str]:
    """Stages and touchpoints ranked by the emotion the maps give them (-2..+2)."""
    u = ctx.u
    query = select(Stage).where(Stage.emotion.is_not(None))
    if u.journey is not None and u.journey.id:
        query = query.where(Stage.journey_id == u.journey.id)
    stages = sorted(ctx.session.scalars(query), key=lambda s: (s.emotion, s.position))
    if not stages:
        return []
    lines = [f"- **{s.name}**: {_emotion_text(s.emotion)} [{cite_stage(ctx, s)}]" for s in stages]
    tp_query = select(Touchpoint).where(Touchpoint.emotion.is_not(None))
    if u.stage is not None and u.stage.id:
        tp_query = tp_query.where(Touchpoint.stage_id == u.stage.id)
    touchpoints = sorted(ctx.session.scalars(tp_query), key=lambda t: t.emotion)[:4]
    names = {s.id: s.name for s in ctx.session.scalars(select(Stage))}
    tp_lines = [f"- {t.name} ({names.get(t.stage_id, '')}): {_emotion_text(t.emotion)} "
                f"[{cite_touchpoint(ctx, t, names.get(t.stage_id, ''))}]" for t in touchpoints]
    parts = ["Customer emotion by stage, as the journey maps rate it (-2 to +2), lowest first:\n" + "\n".join(lines)]
    if tp_lines:
        parts.append("The lowest-rated touchpoints:\n" + "\n".join(tp_lines))
    return parts


def compose_place_emotion(ctx: ComposeContext) -> list[str]:
    """How customers feel at one named place: the map's emotion rating for it, if it has one."""
    u = ctx.u
    touchpoint = ctx.touchpoint_row(u.touchpoint)
    stage = ctx.stage_row(u.stage)
    row = touchpoint if touchpoint is not None else stage
    if row is None or row.emotion is None:
        return []
    n = cite_touchpoint(ctx, row, stage.name if stage else "") if touchpoint is not None else cite_stage(ctx, row)
    return [f"The journey map rates **{row.name}** at {_emotion_text(row.emotion)} on customer emotion "
            f"(-2 to +2) [{n}]."]


def compose_journey(ctx: ComposeContext) -> list[str]:
    """A journey at a glance: who it is for, who owns it, its stages in order with their goals."""
    u = ctx.u
    journey = ctx.get(Journey, u.journey.id) if u.journey and u.journey.id else None
    if journey is None:
        return []
    stages = list(ctx.session.scalars(select(Stage).where(Stage.journey_id == journey.id).order_by(Stage.position)))
    doc_n = cite_journey(ctx, journey)
    head = f"The **{journey.name}** journey"
    facts = [f for f in (f"for {journey.persona}" if journey.persona else None,
                         f"owned by {journey.owner}" if journey.owner else None) if f]
    about = " (" + ", ".join(facts) + ")" if facts else ""
    lines = [f"{head}{about} has {plural(len(stages), 'stage')} [{doc_n}]:"]
    for stage in stages:
        count = len(ctx.stage_touchpoints(stage.id))
        goal = f": {stage.goal}" if stage.goal else ""
        lines.append(f"{stage.position + 1}. **{stage.name}**{goal} ({plural(count, 'touchpoint')}) "
                     f"[{cite_stage(ctx, stage)}]")
    text = "\n".join(lines)
    if journey.description:
        text = f"{journey.description} [{doc_n}]\n\n" + text
    return [text]


def _journey_text(ctx: ComposeContext, journey: Journey, stages: list[Stage]) -> str:
    from journeys.documents import journey_document

    return journey_document(journey, stages).text


def compose_sequence(ctx: ComposeContext) -> list[str]:
    """What comes before and after a stage, from the map's order."""
    stage = ctx.stage_row(ctx.u.stage) if not ctx.u.stage_inferred else None
    if stage is None:
        return []
    stages = list(ctx.session.scalars(select(Stage).where(Stage.journey_id == stage.journey_id)
                                      .order_by(Stage.position)))
    index = next(i for i, s in enumerate(stages) if s.id == stage.id)
    before = stages[index - 1] if index > 0 else None
    after = stages[index + 1] if index + 1 < len(stages) else None
    n = cite_stage(ctx, stage)
    parts = [f"**{stage.name}** is stage {index + 1} of {len(stages)} [{n}]."]
    if after is not None:
        tps = ", ".join(t.name for t in ctx.stage_touchpoints(after.id)[:5])
        listed = f" ({tps})" if tps else ""
        parts.append(f"After it comes **{after.name}**{listed} [{cite_stage(ctx, after)}].")
    else:
        parts.append("It is the last stage of the journey.")
    if before is not None:
        parts.append(f"Before it comes **{before.name}** [{cite_stage(ctx, before)}].")
    return [" ".join(parts)]


def _team_core(name: str) -> tuple[str, ...]:
    """A team's name without "team"/"department": "Payments team" and "Payments" are one owner."""
    from journeys.answers.vocabulary import content_stems

    words = [w for w in content_stems(name) if w not in ("team", "depart", "group", "unit", "squad")]
    return tuple(words or content_stems(name))


def compose_owner(ctx: ComposeContext) -> list[str]:
    """Who owns a place, or which touchpoints a team owns."""
    u = ctx.u
    if u.owner is not None:
        core = _team_core(u.owner)
        tps = [t for t in ctx.session.scalars(select(Touchpoint).order_by(Touchpoint.journey_id, Touchpoint.position))
               if t.owner and _team_core(t.owner) == core]
        journeys = [j for j in ctx.session.scalars(select(Journey)) if j.owner and _team_core(j.owner) == core]
        stages = {s.id: s for s in ctx.session.scalars(select(Stage))}
        if u.stage is not None and u.stage.id and not u.stage_inferred:
            tps = [t for t in tps if t.stage_id == u.stage.id]
        lines = [tp_line(ctx, t, stages[t.stage_id]) + f" ({stages[t.stage_id].name} stage)" for t in tps
                 if t.stage_id in stages]
        if not lines and not journeys:
            return []  # the team owns nothing there: the question's place answers it (the routes after this)
        head = f"**{u.owner}** owns {plural(len(lines), 'touchpoint')}"
        if journeys:
            names = ", ".join(f"{j.name} [{ctx.citations.cite('journey', j.id, j.name, j.description or j.name)}]"
                              for j in journeys)
            head += f" and the journey {names}"
        return [head + (":\n" + "\n".join(lines) if lines else ".")]
    touchpoint = ctx.touchpoint_row(u.touchpoint)
    stage = ctx.stage_row(u.stage)
    if touchpoint is not None and stage is not None:
        n = cite_touchpoint(ctx, touchpoint, stage.name)
        if touchpoint.owner:
            return [f"**{touchpoint.owner}** owns **{touchpoint.name}** ({stage.name} stage) [{n}]."]
        return [f"The map names no owner for **{touchpoint.name}** ({stage.name} stage) [{n}]."]
    if stage is not None:
        tps = ctx.stage_touchpoints(stage.id)
        owners = sorted({t.owner for t in tps if t.owner})
        head = (f"The **{stage.name}** stage's touchpoints are owned by {', '.join(owners)} "
                f"[{cite_stage(ctx, stage)}]:" if owners else
                f"The map names no owner for the touchpoints of **{stage.name}** [{cite_stage(ctx, stage)}]:")
        return [head + "\n" + "\n".join(tp_line(ctx, t, stage) for t in tps)]
    journey = ctx.get(Journey, u.journey.id) if u.journey and u.journey.id else None
    if journey is not None and journey.owner:
        n = ctx.citations.cite("journey", journey.id, journey.name, journey.description or journey.name)
        return [f"**{journey.owner}** owns the **{journey.name}** journey [{n}]."]
    return []


def compose_goal(ctx: ComposeContext) -> list[str]:
    """What a stage (or touchpoint, or journey) is for, as the map states it."""
    u = ctx.u
    touchpoint = ctx.touchpoint_row(u.touchpoint)
    stage = ctx.stage_row(u.stage)
    if touchpoint is not None and stage is not None and touchpoint.description and u.touchpoint is not None:
        n = cite_touchpoint(ctx, touchpoint, stage.name)
        goal = f" The stage's goal: {stage.goal} [{cite_stage(ctx, stage)}]." if stage.goal else ""
        return [f"**{touchpoint.name}** ({stage.name} stage): {touchpoint.description} [{n}].{goal}"]
    if stage is not None:
        n = cite_stage(ctx, stage)
        if stage.goal:
            return [f"The goal of the **{stage.name}** stage is: {stage.goal} [{n}]."]
        return [f"The map states no goal for the **{stage.name}** stage [{n}]."]
    journey = ctx.get(Journey, u.journey.id) if u.journey and u.journey.id else None
    if journey is not None and journey.description:
        n = ctx.citations.cite("journey", journey.id, journey.name, journey.description)
        return [f"**{journey.name}**: {journey.description} [{n}]"]
    return []


def compose_place(ctx: ComposeContext) -> list[str]:
    """A named place with no more specific ask: a touchpoint's description, or a stage's card in brief."""
    u = ctx.u
    touchpoint = ctx.touchpoint_row(u.touchpoint)
    stage = ctx.stage_row(u.stage)
    if touchpoint is not None and stage is not None:
        return [_describe_touchpoint(ctx, touchpoint, stage)]
    if stage is not None:
        return [_stage_brief(ctx, stage)]
    return []


def _stage_brief(ctx: ComposeContext, stage: Stage) -> str:
    n = cite_stage(ctx, stage)
    tps = ctx.stage_touchpoints(stage.id)
    bits = [f"**{stage.name}**" + (f" (goal: {stage.goal})" if stage.goal else "") + f" [{n}]"]
    bits.append(f"{plural(len(tps), 'touchpoint')}" + (": " + ", ".join(t.name for t in tps) if tps else ""))
    bits.append(plural(len(stage.pain_points or []), "pain point") + " recorded")
    if stage.emotion is not None:
        bits.append(f"emotion {stage.emotion:+d}")
    return "; ".join(bits) + f". `journey stage {stage.name}` shows its card."

