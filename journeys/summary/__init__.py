"""Journey summaries (weekly, daily) with a scorecard, movers, pain points, quotes, logged items and alerts."""

from journeys.summary.build import build_summary, data_span, latest_week
from journeys.summary.model import AlertItem, Figure, PainPoint, Quote, Section, Summary, Window
from journeys.summary.windows import PeriodError, daily, last_full_week, parse_week, weekly

__all__ = ["AlertItem", "Figure", "PainPoint", "PeriodError", "Quote", "Section", "Summary", "Window",
           "build_summary", "daily", "data_span", "last_full_week", "latest_week", "parse_week", "weekly"]
