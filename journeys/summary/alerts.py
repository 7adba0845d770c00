"""The three alert kinds experience-management tools use: a target crossed, a big change, a trending topic.

Thresholds are settings (README "Summaries and alerts"); each alert names its figures so it can be checked.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from journeys.summary.model import AlertItem, Figure, PainPoint, Section, Window, display_metric

MIN_RESPONSES = 10  # a survey-derived score needs this many responses in the period to raise a change alert


@dataclass(frozen=True)
class Thresholds:
    change_sigma: float = 2.0  # a change beyond this many standard deviations of the trailing four weeks
    trend_ratio: float = 2.0  # a theme's share of complaints at least this many times its earlier share
    trend_min_comments: int = 5  # ... in at least this many complaints
    near_target: float = 0.05  # short of target by at most this share of it: ⚠️ rather than 🔻

    @classmethod
    def from_settings(cls, settings) -> Thresholds:  # type: ignore[no-untyped-def]
        return cls(settings.alert_change_sigma, settings.alert_trend_ratio, settings.alert_trend_min_comments,
                   settings.near_target)


def _value(f: Figure, value: float | None) -> str:
    if value is None:
        return "no value"
    number = f"{value:+.0f}" if f.metric == "NPS" else f"{value:.3g}"
    return f"{number}{f.unit if f.unit in ('%', '') else ' ' + f.unit}"


def _name(f: Figure) -> str:
    return f"{display_metric(f.metric)} at {f.where}" if f.where else display_metric(f.metric)


def target_alert(f: Figure, period: str) -> AlertItem | None:
    if f.target is None or f.value is None or f.previous is None:
        return None
    was, now = f.previous_status == "on", f.status == "on"
    if was == now:
        return None
    way = "rose to meet" if now else "fell short of"
    return AlertItem("target", f.subject, period,
                     f"{_name(f)} {way} its target: {_value(f, f.value)} (target {_value(f, f.target)}), "
                     f"from {_value(f, f.previous)} the period before")


def change_alert(f: Figure, period: str, sigma: float) -> AlertItem | None:
    values = f.trailing_values
    if f.value is None or len(values) < 3 or (f.source == "survey" and (f.n or 0) < MIN_RESPONSES):
        return None
    mean, sd = statistics.fmean(values), statistics.stdev(values)
    if sd <= 0 or abs(f.value - mean) < sigma * sd:
        return None
    way = "up" if f.value > mean else "down"
    n = f" from {f.n} responses" if f.n else ""
    return AlertItem("change", f.subject, period,
                     f"{_name(f)} is {way}: {_value(f, f.value)}{n} against a trailing four-week mean of "
                     f"{_value(f, mean)} (σ {sd:.2g}; {abs(f.value - mean) / sd:.1f}σ)")


def trend_alert(p: PainPoint, journey: str, period: str, ratio: float, min_comments: int) -> AlertItem | None:
    if p.count < min_comments or not p.before_total:
        return None
    before = p.share_before or 0.0
    if before and p.share < ratio * before:
        return None
    was = f"{p.before} of {p.before_total} ({before:.0%})" if before else f"none of {p.before_total}"
    return AlertItem("trend", f"theme:{journey}:{p.label.lower()}", period,
                     f"“{p.label}” is trending: {p.count} of {p.total} complaints ({p.share:.0%}) this period, "
                     f"against {was} in the four weeks before")


def detect(section: Section, window: Window, t: Thresholds) -> list[AlertItem]:
    found: list[AlertItem] = []
    for f in section.figures:
        for alert in (target_alert(f, window.label), change_alert(f, window.label, t.change_sigma)):
            if alert is not None:
                alert.subject = f"{section.journey_id or '-'}/{alert.subject}"  # the same place name in two journeys
                found.append(alert)
    for p in section.pain_points:
        alert = trend_alert(p, section.journey_id or "-", window.label, t.trend_ratio, t.trend_min_comments)
        if alert is not None:
            found.append(alert)
    return found
