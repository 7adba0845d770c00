"""Block Kit for the quick looks: the stage card, one metric across stages, and the App Home tab."""

from __future__ import annotations

from typing import Any

from bot.slack.blocks import (
    MAX_VIEW_BLOCKS,
    Block,
    context,
    fit,
    header,
    plain,
    sections,
)
from bot.slack.mrkdwn import escape
from journeys.answers.format import metric_label, number, with_unit
from journeys.cards import JourneyOverview, KpiStatus, MetricOverview, StageCard

STATUS_ICON = {"on target": "✅", "off target": "⚠️", "no target": "▫️"}
EMOTION = {-2: "😠", -1: "🙁", 0: "😐", 1: "🙂", 2: "😄"}


def kpi_line(kpi: KpiStatus, show_where: bool = True) -> str:
    where = f" at {escape(kpi.where)}" if show_where and kpi.where else ""
    text = f"{STATUS_ICON[kpi.status]} *{metric_label(kpi.metric)}*{where}: {with_unit(kpi.value, kpi.unit)}"
    if kpi.target is not None:
        text += f" (target {with_unit(kpi.target, kpi.unit)})"
    if kpi.change:
        arrow = "↑" if kpi.change > 0 else "↓"
        text += f" {arrow}{number(abs(kpi.change))} since the week before"
    return text + f" · {kpi.date.isoformat()}"


def stage_card_message(card: StageCard) -> dict[str, Any]:
    blocks: list[Block] = [header(f"{card.name} · {card.journey}")]
    intro = []
    if card.goal:
        intro.append(f"*Goal:* {escape(card.goal)}")
    if card.emotion is not None:
        intro.append(f"*Customer mood:* {EMOTION.get(card.emotion, '')} {card.emotion:+d}")
    if intro:
        blocks += sections("\n".join(intro))
    lines = []
    for tp in card.touchpoints:
        details = ", ".join(escape(d) for d in (tp.channel, tp.owner) if d)
        line = f"• {escape(tp.name)}" + (f" ({details})" if details else "")
        if tp.logged:
            line += " · _logged" + (f" by <@{tp.logged_by}>" if tp.logged_by else "") + "_"
        lines.append(line)
    blocks += sections(f"*Touchpoints ({len(card.touchpoints)})*\n" + ("\n".join(lines) or "_none recorded_"))
    pains = "\n".join(f"• {escape(p)}" for p in card.pain_points) or "_none recorded_"
    blocks += sections(f"*Pain points*\n{pains}")
    kpis = "\n".join(kpi_line(k) for k in card.kpis) or "_no KPI snapshots for this stage_"
    blocks += sections(f"*KPIs against target*\n{kpis}")
    if card.comments:
        average = f" · average score {number(card.average_score)}" if card.average_score is not None else ""
        blocks.append(context(f"{card.comments} survey comments on this stage{average} · `{card.id}`"))
    else:
        blocks.append(context(f"`{card.id}`"))
    return {"text": plain(f"{card.name} ({card.journey}): stage card"), "blocks": fit(blocks)}


def metric_message(overview: MetricOverview) -> dict[str, Any]:
    label = metric_label(overview.metric)
    blocks: list[Block] = [header(label)]
    lines = []
    for row in overview.rows:
        place = " / ".join(escape(p) for p in (row.journey, row.stage, row.touchpoint) if p) or "overall"
        trend = " → ".join(number(row.values[d]) for d in overview.dates if d in row.values)
        lines.append(f"*{place}*\n{kpi_line(row.latest, show_where=False)}\n`{trend}`")
    blocks += sections("\n\n".join(lines) or "_no values_")
    if overview.dates:
        span = f"{overview.dates[0].isoformat()} to {overview.dates[-1].isoformat()}"
        blocks.append(context(f"Snapshots from {span}, oldest first · metric `{overview.slug}`"))
    return {"text": plain(f"{label} across the journey"), "blocks": fit(blocks)}


SEND_MAP = "send_map"


def map_button(journey_id: str, name: str) -> dict[str, Any]:
    """App Home cannot show an uploaded picture, so the button sends the map to the person's DM with the app."""
    return {"type": "button", "action_id": SEND_MAP, "value": journey_id[:2000],
            "text": {"type": "plain_text", "text": f"🗺️ Send me the {name[:40]} map", "emoji": True}}


def home_view(overview: JourneyOverview) -> dict[str, Any]:
    """The App Home tab: every journey's stages with their KPIs against target, and this week's feedback."""
    blocks: list[Block] = [header("Your customer journey at a glance")]
    week = overview.week_start.strftime("%a %d %b")
    blocks.append(context(f"This week (since {week}): *{overview.feedback_this_week}* feedback items logged"
                          f" · *{overview.comments_this_week}* survey comments"))
    if overview.empty:
        blocks += sections("The knowledge base is empty. Load journey maps, survey comments and KPI "
                           "snapshots with `journey ingest PATH`, then come back here.")
    for journey in overview.journeys:
        blocks.append({"type": "divider"})
        blocks += sections(f"*{escape(journey.name)}*")
        blocks.append({"type": "actions", "elements": [map_button(journey.id, journey.name)]})
        if journey.kpis:
            blocks += sections("\n".join(kpi_line(k) for k in journey.kpis))
        for position, stage in enumerate(journey.stages, start=1):
            mood = f" {EMOTION[stage.emotion]}" if stage.emotion in EMOTION else ""
            head = (f"*{position}. {escape(stage.name)}*{mood} · {stage.touchpoints} touchpoints · "
                    f"{stage.pain_points} pain points")
            kpis = "\n".join(kpi_line(k) for k in stage.kpis) or "_no KPIs yet_"
            blocks += sections(f"{head}\n{kpis}")
    tail = [context("Ask me anything about the journey: mention me in a channel, send me a message, "
                    "or type `/journey help`.")]
    return {"type": "home", "blocks": fit(blocks, tail, MAX_VIEW_BLOCKS)}
