"""Stages or touchpoints side by side ("decision vs retention", "do people complain more about A or B"): each
one's size, pain points, emotion and KPIs off target from the maps, and its critical survey comments."""

from __future__ import annotations

from journeys.answers.compose_map import _off_target_kpis, cite_stage, cite_touchpoint
from journeys.answers.compose_rank import comment_counts
from journeys.answers.context import ComposeContext
from journeys.answers.format import plural
from journeys.store.models import Stage


def compare_places(ctx: ComposeContext, places: list) -> list[str]:  # type: ignore[type-arg]
    """Two or more stages or touchpoints side by side: size, pain, emotion, KPIs off target, and the critical
    comments there; which has more of them, when the question asks about complaints."""
    lines, critical = [], []
    for entity in places[:4]:
        if entity.kind == "stage" and (row := ctx.stage_row(entity)) is not None:
            off = len(_off_target_kpis(ctx, [("stage", row.id)]))
            tps = ctx.stage_touchpoints(row.id)
            pains = len(row.pain_points or []) + sum(len(t.pain_points or []) for t in tps)
            emotion = f", emotion {row.emotion:+d}" if row.emotion is not None else ""
            said = _said(row.name, comment_counts(ctx, row), critical)
            lines.append(f"- **{row.name}**: {plural(len(tps), 'touchpoint')}, {plural(pains, 'pain point')}"
                         f"{emotion}, {plural(off, 'KPI')} off target{said} [{cite_stage(ctx, row)}]")
        elif entity.kind == "touchpoint" and (tp := ctx.touchpoint_row(entity)) is not None:
            parent = ctx.get(Stage, tp.stage_id)
            off = len(_off_target_kpis(ctx, [("touchpoint", tp.id)]))
            emotion = f", emotion {tp.emotion:+d}" if tp.emotion is not None else ""
            said = _said(tp.name, comment_counts(ctx, tp), critical)
            lines.append(f"- **{tp.name}** ({parent.name if parent else ''}): "
                         f"{plural(len(tp.pain_points or []), 'pain point')}{emotion}, {plural(off, 'KPI')} off "
                         f"target{said} [{cite_touchpoint(ctx, tp, parent.name if parent else '')}]")
    if not lines:
        return []
    text = "Side by side, from the journey maps and the survey comments:\n" + "\n".join(lines)
    ranked = sorted(critical, key=lambda item: -item[1])
    if {"pain", "complaints"} & ctx.u.intents and len(ranked) >= 2 and ranked[0][1] > ranked[1][1]:
        text += (f"\n\nMore complaints at **{ranked[0][0]}**: {ranked[0][1]} critical comments against "
                 f"{ranked[1][1]} at {ranked[1][0]}.")
    return [text]


def _said(name: str, counts: tuple[int, int], critical: list[tuple[str, int]]) -> str:
    """", 12 of 30 comments critical" for a place's line (and its count kept for the verdict); "" without
    comments."""
    total, low = counts
    if not total:
        return ""
    critical.append((name, low))
    return f", {low} of {plural(total, 'comment')} critical"
