"""Feedback and touchpoints logged from Slack or the CLI: validated, redacted, stored, and indexed at once.

SQL is the record; each change is pushed to the search index in the same call, so the next question
finds it. Logged touchpoints have origin `logged`, which a re-ingest of the maps leaves alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from journeys import logbook_input as rules
from journeys.cards import find_stage
from journeys.documents import feedback_document, map_documents
from journeys.errors import JourneyError, NotFoundError
from journeys.logbook_input import FeedbackInput, InvalidField, TouchpointInput
from journeys.places import Place, place_by_id, resolve_place
from journeys.store.db import Database, store_cached
from journeys.store.models import Feedback, Journey, Stage, Touchpoint
from knowledge.redaction import DEFAULT_REGIONS
from knowledge.text import slugify
from retrieval.reconnect import retrying
from retrieval.search_index import SearchIndex

FEEDBACK, TOUCHPOINT = "feedback", "touchpoint"


class NotAllowedError(JourneyError):
    """Someone other than the author (and no admin) tried to change or remove an item."""


@dataclass
class LoggedItem:
    kind: str  # feedback | touchpoint
    ref: str  # the row's id
    text: str  # the verbatim, or the touchpoint's name
    place: str  # where it was logged, as a person reads it
    author: str | None
    at: datetime
    channel_id: str | None = None
    permalink: str | None = None
    redacted: dict[str, int] = field(default_factory=dict)
    created: bool = True  # False: the same submission was stored before, or a touchpoint was updated
    # With defer_index: the index update still to run (Slack acks a form first, then indexes).
    pending: Callable[[], object] | None = field(default=None, repr=False, compare=False)

    def index_now(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending()

    @property
    def id(self) -> str:
        """`feedback:12`, `touchpoint:journey/stage/slug`: what `remove` takes (and the index document id)."""
        return f"{self.kind}:{self.ref}"

    @property
    def redaction_note(self) -> str | None:
        return rules.redaction_note(self.redacted)


def now() -> datetime:
    return datetime.now()


# --- feedback --------------------------------------------------------------------------------------------


def _feedback_place(session: Session, data: FeedbackInput) -> Place:
    if data.touchpoint_id:
        place = place_by_id(session, data.touchpoint_id)
        if place is None:
            raise InvalidField("touchpoint", "that touchpoint is no longer in the journey; pick another")
        if data.stage_id and place.stage_id != data.stage_id:
            raise InvalidField("touchpoint", f"{place.name} is a touchpoint of {place.stage_name}, not of the "
                                             "stage picked; pick one of that stage or leave it empty")
        return place
    if data.stage_id:
        place = place_by_id(session, data.stage_id)
        if place is None:
            raise InvalidField("stage", "that stage is no longer in the journey; pick another")
        return place
    if data.where and data.where.strip():
        try:
            return resolve_place(session, data.where)
        except JourneyError as exc:
            raise InvalidField("where", str(exc)) from None
    raise InvalidField("stage", "say where the feedback belongs: a stage or a touchpoint")


def _feedback_row(session: Session, data: FeedbackInput, redactor: rules.Redactor) -> Feedback:
    text = rules.verbatim(data.text, redactor)
    place = _feedback_place(session, data)
    score, score_type = rules.score(data.score, data.score_type)
    row = Feedback(text=text, where_text=place.label, journey_id=place.journey_id, stage_id=place.stage_id,
                   touchpoint_id=place.touchpoint_id, score=score, score_type=score_type,
                   segment=rules.short_text("segment", data.segment, redactor, "segment"),
                   customer_ref=rules.customer_ref(data.customer_ref, redactor), source=rules.source(data.source),
                   user_id=data.author, channel_id=data.channel_id, permalink=data.permalink,
                   idempotency_key=data.key, created_at=now())
    return row


def _feedback_item(row: Feedback, counts: Counter | dict | None = None, created: bool = True) -> LoggedItem:
    return LoggedItem(FEEDBACK, str(row.id), row.text, row.where_text or "", row.user_id, row.created_at,
                      row.channel_id, row.permalink, dict(counts or {}), created)


def _index(item: LoggedItem, run: Callable[[], object], defer: bool) -> LoggedItem:
    if defer:
        item.pending = run
    else:
        run()
    return item


@retrying("logging feedback")
def log_feedback(db: Database, index: SearchIndex, data: FeedbackInput, defer_index: bool = False,
                 phone_regions: Sequence[str] = DEFAULT_REGIONS) -> LoggedItem:
    """Validate, redact, store once per `data.key`, index (or leave that to `item.index_now()` with
    `defer_index`). Raises InvalidField naming the bad field."""
    if data.key:
        with db.session() as session:
            existing = session.scalar(select(Feedback).where(Feedback.idempotency_key == data.key))
            if existing is not None:
                return _feedback_item(existing, created=False)
    try:
        with db.session() as session:
            redactor = rules.Redactor(tuple(phone_regions))
            row = _feedback_row(session, data, redactor)
            session.add(row)
            session.flush()
            item = _feedback_item(row, redactor.counts)
            document = feedback_document(row)
    except IntegrityError:  # the same submission, stored a moment ago by another worker
        with db.session() as session:
            existing = session.scalar(select(Feedback).where(Feedback.idempotency_key == data.key))
            if existing is None:
                raise
            return _feedback_item(existing, created=False)
    return _index(item, lambda: index.sync([document]), defer_index)


def move_feedback(db: Database, index: SearchIndex, ref: str, where: FeedbackInput, user: str | None,
                  admins: Collection[str] = ()) -> LoggedItem:
    """Put a feedback item at another place (`where` gives `where` text or picked ids; its text is ignored)."""
    with db.session() as session:
        row = _get_feedback(session, ref)
        _check_author(row.user_id, user, admins, "move")
        place = _feedback_place(session, where)
        row.where_text, row.journey_id = place.label, place.journey_id
        row.stage_id, row.touchpoint_id = place.stage_id, place.touchpoint_id
        session.flush()
        item, document = _feedback_item(row, created=False), feedback_document(row)
    index.sync([document])
    return item


def _get_feedback(session: Session, ref: str) -> Feedback:
    row = session.get(Feedback, int(ref)) if ref.isdigit() else None
    if row is None:
        raise NotFoundError(f"there is no feedback item {ref} (it may have been removed)")
    return row


# --- touchpoints -----------------------------------------------------------------------------------------


def _stage(session: Session, given: str) -> Stage:
    given = (given or "").strip()
    if not given:
        raise InvalidField("stage", "pick the stage the touchpoint belongs to")
    stage = session.get(Stage, given)
    if stage is not None:
        return stage
    try:
        return find_stage(session, given)
    except JourneyError as exc:
        raise InvalidField("stage", str(exc)) from None


def log_touchpoint(db: Database, index: SearchIndex, data: TouchpointInput,
                   admins: Collection[str] = (), defer_index: bool = False,
                   phone_regions: Sequence[str] = DEFAULT_REGIONS) -> LoggedItem:
    """Add a touchpoint to a stage, or update one logged before (same stage and name); index it at once."""
    redactor = rules.Redactor(tuple(phone_regions))
    with db.session() as session:
        name = rules.name(data.name, redactor)
        stage = _stage(session, data.stage)
        slug = slugify(name)
        if not slug:
            raise InvalidField("name", f"“{name}” has no letters or digits to name a touchpoint by")
        values = dict(
            channel=rules.short_text("channel", data.channel, redactor, "channel", 100),
            owner=rules.short_text("owner", data.owner, redactor, "owner", 300),
            description=rules.short_text("description", data.description, redactor, "description", rules.MAX_TEXT),
            emotion=rules.emotion(data.emotion),
            pain_points=rules.lines("pain_points", data.pain_points, redactor, "pain point"),
            opportunities=rules.lines("opportunities", data.opportunities, redactor, "opportunity"),
        )
        tp_id = f"{stage.id}/{slug}"
        row = session.get(Touchpoint, tp_id)
        created = row is None
        if row is None:
            position = len(session.scalars(select(Touchpoint.id).where(Touchpoint.stage_id == stage.id)).all())
            row = Touchpoint(id=tp_id, journey_id=stage.journey_id, stage_id=stage.id, slug=slug, name=name,
                             position=position, metrics=[], origin="logged", logged_by=data.author,
                             logged_at=now(), logged_channel=data.channel_id, permalink=data.permalink,
                             content_hash="logged", **values)
            session.add(row)
        elif row.origin != "logged":
            raise InvalidField("name", f"{row.name} comes from the journey map of {stage.name}; change it in the "
                                       "map file and run `journey ingest`, or log a touchpoint with a new name")
        else:
            _check_author(row.logged_by, data.author, admins, "change")
            row.name = name
            for key, value in values.items():
                setattr(row, key, value)
        session.flush()
        journey = session.get(Journey, stage.journey_id)
        item = _touchpoint_item(row, stage.name, journey.name if journey else stage.journey_id, redactor.counts,
                                created)
        documents = list(map_documents(session, [stage.journey_id]))
    return _index(item, lambda: index.sync(documents), defer_index)


def _touchpoint_item(row: Touchpoint, stage_name: str, journey_name: str, counts: Counter | dict | None = None,
                     created: bool = True) -> LoggedItem:
    return LoggedItem(TOUCHPOINT, row.id, row.name, f"{stage_name} ({journey_name})", row.logged_by,
                      row.logged_at or now(), row.logged_channel, row.permalink, dict(counts or {}), created)


# --- listing and removing --------------------------------------------------------------------------------


def list_items(db: Database, author: str | None = None, limit: int = 20) -> list[LoggedItem]:
    """Logged items, newest first (only `author`'s when given)."""
    with db.session() as session:
        feedback = select(Feedback).order_by(Feedback.created_at.desc(), Feedback.id.desc()).limit(limit)
        touchpoints = (select(Touchpoint).where(Touchpoint.origin == "logged")
                       .order_by(Touchpoint.logged_at.desc()).limit(limit))
        if author is not None:
            feedback = feedback.where(Feedback.user_id == author)
            touchpoints = touchpoints.where(Touchpoint.logged_by == author)
        stages = {s.id: s for s in session.scalars(select(Stage))}
        journeys = {j.id: j.name for j in session.scalars(select(Journey))}
        items = [_feedback_item(f) for f in session.scalars(feedback)]
        for tp in session.scalars(touchpoints):
            stage = stages.get(tp.stage_id)
            items.append(_touchpoint_item(tp, stage.name if stage else tp.stage_id,
                                          journeys.get(tp.journey_id, tp.journey_id)))
    return sorted(items, key=lambda i: i.at, reverse=True)[:limit]


def _check_author(author: str | None, user: str | None, admins: Collection[str], doing: str) -> None:
    if user is not None and (user == author or user in admins):
        return
    who = f" ({author})" if author else ""
    raise NotAllowedError(f"only the item's author{who} or an admin (JOURNEY_ADMINS) can {doing} it")


def remove_item(db: Database, index: SearchIndex, item_id: str, user: str | None,
                admins: Collection[str] = ()) -> LoggedItem:
    """Remove `feedback:ID` or `touchpoint:ID` (a bare number is a feedback id), if `user` may."""
    kind, _, ref = item_id.strip().partition(":")
    if not ref and kind.isdigit():
        kind, ref = FEEDBACK, kind
    with db.session() as session:
        if kind == FEEDBACK:
            row = _get_feedback(session, ref)
            _check_author(row.user_id, user, admins, "remove")
            item = _feedback_item(row)
            session.delete(row)
            documents, journey_id = [], None
        elif kind == TOUCHPOINT:
            tp = session.get(Touchpoint, ref)
            if tp is None or tp.origin != "logged":
                raise NotFoundError(f"there is no logged touchpoint {ref} (map touchpoints change with the map)")
            _check_author(tp.logged_by, user, admins, "remove")
            stage, journey = session.get(Stage, tp.stage_id), session.get(Journey, tp.journey_id)
            item = _touchpoint_item(tp, stage.name if stage else tp.stage_id,
                                    journey.name if journey else tp.journey_id)
            journey_id = tp.journey_id
            session.delete(tp)
        else:
            raise NotFoundError(f"“{item_id}” is no logged item; ids look like feedback:12 or "
                                "touchpoint:journey/stage/name (see `journey log list`)")
        session.flush()
        if journey_id:
            documents = list(map_documents(session, [journey_id]))
    index.sync(documents, removed=[item.id])
    return item


def undo(db: Database, index: SearchIndex, user: str, admins: Collection[str] = ()) -> LoggedItem:
    """Remove `user`'s most recent item."""
    mine = list_items(db, author=user, limit=1)
    if not mine:
        raise NotFoundError("you have no logged items to undo")
    return remove_item(db, index, mine[0].id, user, admins)


# --- citing logged items -------------------------------------------------------------------------------


def with_authors(session: Session, sources: Sequence) -> list:  # type: ignore[type-arg]
    """Sources (journeys.answers.model.Source) with `author` set for logged feedback and touchpoints."""
    feedback_ids = [int(s.id) for s in sources if s.kind == FEEDBACK and s.id.isdigit()]
    tp_ids = [s.id for s in sources if s.kind == TOUCHPOINT]
    authors: dict[tuple[str, str], str | None] = {}
    if feedback_ids:
        for ref, author in session.execute(select(Feedback.id, Feedback.user_id).where(Feedback.id.in_(feedback_ids))):
            authors[(FEEDBACK, str(ref))] = author
    if tp_ids:
        # The logged touchpoints' authors, read once per store generation on the answer path: the map is small,
        # and most answers cite a touchpoint or two.
        logged = store_cached(session, "logged touchpoints", lambda: dict(session.execute(
            select(Touchpoint.id, Touchpoint.logged_by).where(Touchpoint.origin == "logged")).all()))
        for ref in tp_ids:
            if ref in logged:
                authors[(TOUCHPOINT, ref)] = logged[ref]
    return [replace(s, author=authors[(s.kind, s.id)]) if authors.get((s.kind, s.id)) else s for s in sources]
