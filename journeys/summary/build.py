"""weekly_summary / daily_summary: the journey's health for one period, one section per journey.

Reads SQL only (plus the keyword index's word rarities for naming themes), so it is cheap to run on a tick.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journeys.cards import find_stage
from journeys.errors import NotFoundError
from journeys.store.models import Comment, Feedback, Journey, Kpi, Stage, Touchpoint
from journeys.summary import alerts as alert_rules
from journeys.summary.figures import SCORE_NAMES, _journey_clause, kpi_figure, survey_figure, survey_places
from journeys.summary.model import Quote, Section, Summary, Window
from journeys.summary.sources import IdfLookup, kpi_series
from journeys.summary.voice import pain_points, praise
from journeys.summary.windows import history_periods, weekly
from knowledge.text import slugify

UNMAPPED = "All responses"  # the section of data that no journey map claims (real exports have no map)
MOVERS = 3
MIN_MOVER_RESPONSES = 5


def _day(value: datetime | date | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def data_span(session: Session) -> tuple[date | None, date | None]:
    """The first and last day anything in the store is dated (comments, KPI snapshots, logged feedback)."""
    firsts, lasts = [], []
    for column in (Comment.date, Kpi.date, Feedback.created_at):
        first, last = session.execute(select(func.min(column), func.max(column))).one()
        if first is not None:
            firsts.append(_day(first))
            lasts.append(_day(last))
    return (min(firsts), max(lasts)) if firsts else (None, None)  # type: ignore[type-var]


def latest_week(session: Session, today: date) -> Window:
    """The latest week with data (the last full week when the store is empty)."""
    _first, last = data_span(session)
    return weekly(last if last is not None else today - timedelta(days=7))


def _scope(session: Session, name: str | None) -> tuple[set[str | None] | None, str | None]:
    """(journey keys, stage id) for a journey or stage name; (None, None) for everything."""
    if not name:
        return None, None
    journeys = {j.id: j.name for j in session.scalars(select(Journey))}
    journeys.update({n: n for n in session.scalars(select(Kpi.journey).where(Kpi.journey_id.is_(None),
                                                                               Kpi.journey.is_not(None)))})
    journeys.update({n: n for n in session.scalars(select(Comment.journey).where(Comment.journey_id.is_(None),
                                                                                   Comment.journey.is_not(None)))})
    if not journeys:
        raise NotFoundError(f"no journey map is loaded, so there is no journey “{name}”; leave the journey out")
    wanted = slugify(name)
    exact = {j for j, n in journeys.items() if wanted in (j, slugify(n))}
    if exact:
        return exact, None  # type: ignore[return-value]
    try:
        stage = find_stage(session, name)
    except NotFoundError:
        raise NotFoundError(f"no journey or stage matches “{name}”; the journeys are "
                            f"{', '.join(sorted(journeys.values()))}") from None
    return {stage.journey_id}, stage.id


def _sections(session: Session, keys: set[str | None] | None) -> list[Section]:
    """One section a mapped journey, one a journey that files name but no map has, one for the rest."""
    sections = [Section(j.id, j.name) for j in session.scalars(select(Journey).order_by(Journey.name))]
    raw = set(session.scalars(select(Comment.journey).where(Comment.journey_id.is_(None),
                                                            Comment.journey.is_not(None)).distinct()))
    raw |= set(session.scalars(select(Kpi.journey).where(Kpi.journey_id.is_(None), Kpi.journey.is_not(None))
                               .distinct()))
    known = {s.journey_id for s in sections}
    sections += [Section(name, name) for name in sorted(raw - known)]
    unmapped = session.scalar(select(func.count()).select_from(Comment).where(_journey_clause(None)))
    if unmapped or session.scalar(select(func.count()).select_from(Kpi).where(Kpi.journey_id.is_(None),
                                                                              Kpi.journey.is_(None))):
        sections.append(Section(None, UNMAPPED))
    return [s for s in sections if keys is None or s.journey_id in keys]


def _count(session: Session, clause, start: date, end: date) -> int:  # type: ignore[no-untyped-def]
    return int(session.scalar(select(func.count()).select_from(Comment).where(
        clause, Comment.date >= datetime.combine(start, datetime.min.time()),
        Comment.date < datetime.combine(end + timedelta(days=1), datetime.min.time()))) or 0)


def _logged(session: Session, section: Section, window: Window, stage_id: str | None) -> None:
    start = datetime.combine(window.start, datetime.min.time())
    end = datetime.combine(window.end + timedelta(days=1), datetime.min.time())
    touchpoints = select(Touchpoint).where(Touchpoint.origin == "logged", Touchpoint.logged_at >= start,
                                           Touchpoint.logged_at < end)
    feedback = select(Feedback).where(Feedback.created_at >= start, Feedback.created_at < end)
    if section.journey_id is not None:
        touchpoints = touchpoints.where(Touchpoint.journey_id == section.journey_id)
        feedback = feedback.where(Feedback.journey_id == section.journey_id)
    else:
        feedback = feedback.where(Feedback.journey_id.is_(None))
        touchpoints = touchpoints.where(Touchpoint.journey_id.is_(None))
    if stage_id:
        touchpoints = touchpoints.where(Touchpoint.stage_id == stage_id)
        feedback = feedback.where(Feedback.stage_id == stage_id)
    stages = {s.id: s.name for s in session.scalars(select(Stage))}
    section.logged_touchpoints = [f"{t.name} ({stages.get(t.stage_id, t.stage_id)})"
                                  for t in session.scalars(touchpoints.order_by(Touchpoint.logged_at))]
    section.feedback = [Quote(f.text, f"Feedback on {f.where_text or 'the journey'}, {f.created_at.date()}",
                              f"feedback:{f.id}", f.score)
                        for f in session.scalars(feedback.order_by(Feedback.created_at))]


def _movers(section: Section) -> list:  # type: ignore[type-arg]
    """The figures that moved most against the period before, relative to their size."""
    def moved(f) -> float:  # type: ignore[no-untyped-def]
        return abs(f.change) / max(abs(f.previous), 1.0)

    candidates = [f for f in section.figures if f.change is not None and f.change != 0
                  and (f.source == "kpi" or min(f.n or 0, f.n_previous or 0) >= MIN_MOVER_RESPONSES)]
    return sorted(candidates, key=moved, reverse=True)[:MOVERS]


def build_section(session: Session, section: Section, window: Window, idf: IdfLookup, embedder,  # type: ignore[no-untyped-def]
                  thresholds: alert_rules.Thresholds, stage_id: str | None, single: bool) -> Section:
    clause = _journey_clause(section.journey_id)
    if stage_id:
        clause = clause & (Comment.stage_id == stage_id)
    stage_name = session.get(Stage, stage_id).name if stage_id else None  # type: ignore[union-attr]
    section.responses = _count(session, clause, window.start, window.end)
    section.responses_previous = _count(session, clause, window.previous_start, window.previous_end)
    section.responses_trailing = _count(session, clause, window.trailing_start, window.start - timedelta(days=1))
    first = history_periods(window)[0][0]
    kpis = [kpi_figure(s, window, thresholds.near_target) for s in kpi_series(session)
            if s.journey_id == section.journey_id and (stage_name is None or s.stage == stage_name)]
    surveys = []
    mapped = section.journey_id is not None and session.get(Journey, section.journey_id) is not None
    for score_type, places in survey_places(session, section.journey_id, first, window.end,
                                            by_touchpoint=not mapped).items():
        for place in places:
            if stage_name and place.stage != stage_name:
                continue
            if place.entity is None and not single:
                continue  # responses with no place: only meaningful when this is the store's only section
            surveys.append(survey_figure(session, score_type, place, window))
    order = list(SCORE_NAMES.values())
    figures = [f for f in kpis + surveys if f.value is not None or f.previous is not None]
    # Stage by stage in journey order; in a stage its KPIs, then its survey scores.
    figures.sort(key=lambda f: (f.position, f.stage or "", f.source != "kpi",
                                order.index(f.metric) if f.source == "survey" else 0, f.where == "",
                                f.where.lower(), f.metric))
    section.figures = figures
    section.movers = _movers(section)
    section.pain_points, quotes, _ = pain_points(session, clause, window, idf, embedder)
    section.quotes = (quotes + praise(session, clause, window))[:5]
    _logged(session, section, window, stage_id)
    section.alerts = alert_rules.detect(section, window, thresholds)
    return section


def build_summary(session: Session, window: Window, idf: IdfLookup, embedder,  # type: ignore[no-untyped-def]
                  thresholds: alert_rules.Thresholds, journey: str | None = None, today: date | None = None
                  ) -> Summary:
    """The summary of one window; `idf` (word rarity) and `embedder` are what the theme engine needs."""
    today = today or date.today()
    keys, stage_id = _scope(session, journey)
    summary = Summary(window)
    summary.data_from, summary.data_to = data_span(session)
    sections = _sections(session, keys)
    summary.sections = [build_section(session, s, window, idf, embedder, thresholds, stage_id, len(sections) == 1)
                        for s in sections]
    if window.end >= today:
        summary.partial, summary.partial_reason = True, f"the period is not over yet (today is {today})"
    elif summary.data_to is not None and window.start <= summary.data_to < window.end:
        summary.partial = True
        summary.partial_reason = f"the data stops on {summary.data_to}, before the period ends on {window.end}"
    return summary
