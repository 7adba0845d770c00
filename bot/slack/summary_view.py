"""Block Kit for a journey summary (scorecard blocks first) and for one alert."""

from __future__ import annotations

from typing import Any

from bot.slack.blocks import context, fit, header, plain, section, sections, short_quote
from bot.slack.mrkdwn import escape
from journeys.summary.model import Section, Summary, display_metric
from journeys.summary.text import empty_line, figure_line, number, pain_line, period_line, responses_line, signed

ALERT_ICON = {"target": "🎯", "change": "📈", "trend": "🔥"}


def _scorecard(section_: Section) -> list[dict[str, Any]]:
    lines = []
    for f in section_.figures:
        line = escape(figure_line(f))
        lines.append("• " + line)
    return sections("*Scorecard* (✅ on target · ⚠️ near it · 🔻 off it · · no target)\n" + "\n".join(lines))


def summary_message(summary: Summary) -> dict[str, Any]:
    """`text` (the notification) and `blocks`: per journey its scorecard, movers, pain points, quotes, alerts."""
    blocks: list[dict[str, Any]] = [header(f"Journey summary · {summary.window.label}"),
                                    context(escape(period_line(summary)))]
    if summary.opening:
        blocks.append(section(escape(summary.opening)))
    if summary.empty:
        blocks.append(section(escape(empty_line(summary))))
        return {"text": plain(empty_line(summary)), "blocks": blocks}
    for s in summary.sections:
        blocks += [section(f"*{escape(s.journey)}* · {escape(responses_line(s, summary))}")]
        if s.empty:
            blocks.append(context("No data for this journey in the period."))
            continue
        if s.figures:
            blocks += _scorecard(s)
        if s.movers:
            blocks.append(section("*Top movers* " + " · ".join(
                f"{escape(display_metric(f.metric))}{' at ' + escape(f.where) if f.where else ''} "
                f"{signed(f, f.change)} "
                f"(now {number(f, f.value)})" for f in s.movers)))
        if s.pain_points:
            blocks += sections("*Pain points*\n" + "\n".join(f"• {escape(pain_line(p))}" for p in s.pain_points))
        if s.quotes:
            blocks.append(context("\n".join(f"{short_quote(q.text, 160)} — {escape(q.source)}" for q in s.quotes)))
        if s.logged_touchpoints or s.feedback:
            logged = [f"• touchpoint {escape(t)}" for t in s.logged_touchpoints]
            logged += [f"• {short_quote(q.text)} — {escape(q.source)}" for q in s.feedback[:5]]
            blocks += sections(f"*Logged this period*: {len(s.logged_touchpoints)} touchpoints, "
                               f"{len(s.feedback)} feedback\n" + "\n".join(logged))
        if s.alerts:
            blocks += sections("*Alerts*\n" + "\n".join(
                f"{ALERT_ICON.get(a.kind, '•')} {escape(a.message)}" for a in s.alerts))
        blocks.append({"type": "divider"})
    text = f"Journey summary {summary.window.label}: " + "; ".join(
        f"{s.journey}: {s.responses} responses, {len(s.alerts)} alerts" for s in summary.sections)
    return {"text": plain(text), "blocks": fit(blocks[:-1] if blocks[-1]["type"] == "divider" else blocks)}


def alert_message(kind: str, period: str, message: str) -> dict[str, Any]:
    icon = ALERT_ICON.get(kind, "•")
    label = {"target": "Target crossed", "change": "Big change", "trend": "Trending topic"}.get(kind, kind)
    text = f"{icon} {label} ({period}): {message}"
    return {"text": plain(text), "blocks": [section(f"{icon} *{label}* · {escape(period)}\n{escape(message)}")]}


def not_in_channel(channel_id: str) -> str:
    return (f"I'm not a member of <#{channel_id}>, so I can't post there. Invite me with "
            f"`/invite @Journey Assistant` in that channel, then try again.")
