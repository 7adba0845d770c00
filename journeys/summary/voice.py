"""What customers said in the period: pain points that are new or rising (from the theme engine), and quotes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from journeys.answers.context import NEGATIVE_MAX
from journeys.store.models import Comment
from journeys.summary.model import PainPoint, Quote, Window
from journeys.summary.sources import CommentText, IdfLookup, complaint_themes

POOL_LIMIT = 2000  # complaints a period's themes come from at most (the newest)


def _complaints(session: Session, journey_clause, start: date, end: date) -> list[CommentText]:  # type: ignore[no-untyped-def]
    """Comments with a low score on their scale, dated in [start, end], newest first."""
    query = (select(Comment.id, Comment.text, Comment.date, Comment.score, Comment.touchpoint, Comment.stage,
                    Comment.score_type)
             .where(Comment.text != "", journey_clause,
                    Comment.date >= datetime.combine(start, datetime.min.time()),
                    Comment.date < datetime.combine(end + timedelta(days=1), datetime.min.time()),
                    or_(*[(Comment.score_type == t) & (Comment.score <= m) for t, m in NEGATIVE_MAX.items()]))
             .order_by(Comment.date.desc()).limit(POOL_LIMIT))
    return [CommentText(f"comment:{r.id}", r.text, r.date.date().isoformat() if r.date else None, r.score,
                        f"Comment on {r.touchpoint or r.stage}" if r.touchpoint or r.stage else "Comment",
                        r.score_type)
            for r in session.execute(query)]


def _trend(count: int, before: int, before_total: int, total: int) -> str:
    if before_total == 0:
        return "new" if count else "steady"
    if before == 0:
        return "new"
    ratio = (count / total) / (before / before_total)
    return "rising" if ratio >= 1.25 else "falling" if ratio <= 0.8 else "steady"


def pain_points(session: Session, journey_clause, window: Window, idf: IdfLookup, embedder,  # type: ignore[no-untyped-def]
                max_items: int = 4) -> tuple[list[PainPoint], list[Quote], int]:
    """This period's complaint themes with counts against the trailing four weeks; a quote for each."""
    now = _complaints(session, journey_clause, window.start, window.end)
    if not now:
        return [], [], 0
    before = _complaints(session, journey_clause, window.trailing_start, window.start - timedelta(days=1))
    points, quotes = [], []
    for theme in complaint_themes(now, before, idf, embedder, max_items=max_items):
        points.append(PainPoint(theme.label, theme.count, theme.before, len(before), len(now),
                                _trend(theme.count, theme.before, len(before), len(now))))
        readable = sorted(theme.quotes or theme.comments, key=lambda c: not 25 <= len(c.text) <= 240)
        quotes.append(_quote(readable[0]))
    order = {"new": 0, "rising": 1, "steady": 2, "falling": 3}
    points.sort(key=lambda p: (order[p.trend], -p.count))
    return points, quotes, len(now)


def _quote(comment: CommentText) -> Quote:
    when = f", {comment.date}" if comment.date else ""
    return Quote(comment.text, f"{comment.title}{when}", comment.id, comment.score)


def praise(session: Session, journey_clause, window: Window, limit: int = 1) -> list[Quote]:  # type: ignore[no-untyped-def]
    """The most recent readable top-scored comments (a summary quotes what went well too)."""
    query = (select(Comment.id, Comment.text, Comment.date, Comment.score, Comment.touchpoint, Comment.stage,
                    Comment.score_type)
             .where(Comment.text != "", journey_clause, Comment.score.is_not(None),
                    Comment.date >= datetime.combine(window.start, datetime.min.time()),
                    Comment.date < datetime.combine(window.end + timedelta(days=1), datetime.min.time()))
             .order_by(Comment.date.desc()).limit(POOL_LIMIT))
    top = {"nps": 9, "csat": 5, "rating": 5}
    found = []
    for r in session.execute(query):
        if r.score_type in top and r.score >= top[r.score_type] and 40 <= len(r.text) <= 240:
            place = r.touchpoint or r.stage
            found.append(Quote(r.text, f"{'Comment on ' + place if place else 'Comment'}, {r.date.date()}",
                               f"comment:{r.id}", r.score))
        if len(found) >= limit:
            break
    return found
