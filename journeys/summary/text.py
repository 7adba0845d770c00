"""A summary as plain text (the terminal, logs, and an LLM's material for an opening)."""

from __future__ import annotations

from journeys.summary.model import Figure, PainPoint, Section, Summary, display_metric

TREND_WORD = {"new": "new", "rising": "rising", "steady": "steady", "falling": "falling"}


def number(f: Figure, value: float | None) -> str:
    if value is None:
        return "–"
    if f.metric == "NPS":
        return f"{value:+.0f}"
    text = f"{value:.1f}" if abs(value) < 100 else f"{value:.0f}"
    return text + ("%" if f.unit == "%" else f" {f.unit}" if f.unit else "")


def signed(f: Figure, value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:+.0f}" if f.metric == "NPS" else f"{value:+.1f}"


def period_line(summary: Summary) -> str:
    w = summary.window
    kind = "Week" if w.kind == "weekly" else "Day"
    span = f"{w.start} to {w.end}" if w.start != w.end else f"{w.start:%A}"
    partial = f" (partial: {summary.partial_reason})" if summary.partial else ""
    return f"{kind} {w.label} ({span}){partial}"


def empty_line(summary: Summary) -> str:
    w = summary.window
    what = "week" if w.kind == "weekly" else "day"
    latest = f" The latest data is from {summary.data_to}." if summary.data_to else " The knowledge base is empty."
    return (f"No data for {w.label}: no survey responses, KPI snapshots or logged feedback are dated in that "
            f"{what}.{latest}")


def responses_line(section: Section, summary: Summary) -> str:
    before = "the day before" if summary.window.kind == "daily" else "the week before"
    return (f"{section.responses} responses ({section.responses_previous} {before}, "
            f"{section.responses_trailing} in the trailing four weeks)")


def figure_line(f: Figure) -> str:
    where = f" at {f.where}" if f.where else ""
    n = f" (n={f.n})" if f.source == "survey" else ""
    target = f", target {number(f, f.target)}" if f.target is not None else ""
    before = f"{number(f, f.previous)}" + (f" (n={f.n_previous})" if f.source == "survey" else "")
    change = f", change {signed(f, f.change)}" if f.change is not None else ""
    trailing = f", 4-week {number(f, f.trailing)}" if f.trailing is not None else ""
    name = display_metric(f.metric)
    return f"{f.symbol} {name}{where}: {number(f, f.value)}{n}; before {before}{change}{trailing}{target}"


def pain_line(p: PainPoint) -> str:
    share_before = p.share_before
    before = f"{p.before} of {p.before_total}" + (f" ({share_before:.0%})" if share_before is not None else "")
    return (f"“{p.label}”: {p.count} of {p.total} complaints ({p.share:.0%}), {TREND_WORD[p.trend]}; "
            f"trailing four weeks {before}")


def render(summary: Summary) -> str:
    lines = [f"Journey summary: {period_line(summary)}"]
    if summary.opening:
        lines += ["", summary.opening]
    if summary.empty:
        return "\n".join([*lines, empty_line(summary)])
    for section in summary.sections:
        lines += ["", f"== {section.journey} ==", responses_line(section, summary)]
        if section.empty:
            lines.append("No data for this journey in the period.")
            continue
        if section.figures:
            lines.append("Scorecard (✅ on target, ⚠️ near it, 🔻 off it, · no target):")
            by_stage = any(g.stage for g in section.figures)
            stage: object = object()
            for f in section.figures:
                if by_stage and f.stage != stage:
                    stage = f.stage
                    lines.append(f"  {f.stage or 'Journey-wide'}:")
                lines.append(f"    {figure_line(f)}" if by_stage else f"  {figure_line(f)}")
        if section.movers:
            lines.append("Top movers: " + "; ".join(
                f"{display_metric(f.metric)}{' at ' + f.where if f.where else ''} {signed(f, f.change)}"
                for f in section.movers))
        if section.pain_points:
            lines.append("Pain points (complaint themes):")
            lines += [f"  {pain_line(p)}" for p in section.pain_points]
        if section.quotes:
            lines.append("Quotes:")
            lines += [f"  “{q.text}” ({q.source})" for q in section.quotes]
        if section.logged_touchpoints or section.feedback:
            lines.append(f"Logged: {len(section.logged_touchpoints)} touchpoints, {len(section.feedback)} feedback")
            lines += [f"  touchpoint {t}" for t in section.logged_touchpoints]
            lines += [f"  “{q.text}” ({q.source})" for q in section.feedback[:5]]
        if section.alerts:
            lines.append("Alerts:")
            lines += [f"  [{a.kind}] {a.message}" for a in section.alerts]
    return "\n".join(lines)
