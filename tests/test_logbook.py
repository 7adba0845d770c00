"""The logbook core: validation, redaction, one item per key, who may remove what, and what survives."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select

from journeys.errors import NotFoundError
from journeys.logbook import NotAllowedError
from journeys.logbook_input import FeedbackInput, InvalidField, TouchpointInput
from journeys.store.db import _alembic_config
from journeys.store.models import Base, Feedback, Touchpoint
from tests.conftest import make_core

MAP = """\
name: Mobile plan
stages:
  - name: Sign up
    touchpoints:
      - {name: Plan chooser, channel: app}
      - {name: Identity check, channel: app}
  - name: Usage
    touchpoints:
      - {name: Data top-up, channel: app}
  - name: Renewal
"""


def _book(folder: Path, embedder):  # type: ignore[no-untyped-def]
    path = folder / "mobile.yaml"
    path.write_text(MAP, encoding="utf-8")
    core = make_core(folder / "data", embedder, admins="UBOSS, UCHIEF")
    assert not core.ingestor.run([path]).failed
    core.map_path = path
    yield core
    core.close()


@pytest.fixture
def book(tmp_path: Path, embedder):
    yield from _book(tmp_path, embedder)


@pytest.fixture(scope="module")
def untouched_book(tmp_path_factory: pytest.TempPathFactory, embedder):
    """For tests that must store nothing."""
    yield from _book(tmp_path_factory.mktemp("logbook"), embedder)


def feedback_rows(core) -> list[Feedback]:  # type: ignore[no-untyped-def]
    with core.db.session() as session:
        return list(session.scalars(select(Feedback).order_by(Feedback.id)))


@pytest.mark.parametrize(("data", "field", "message"), [
    (FeedbackInput(text="  ", where="plan chooser"), "text", "the verbatim is missing"),
    (FeedbackInput(text="ok", where="warp drive"), "where", "no stage or touchpoint matches “warp drive”; the closest"),
    (FeedbackInput(text="ok"), "stage", "say where the feedback belongs"),
    (FeedbackInput(text="ok", stage_id="mobile-plan/gone"), "stage", "no longer in the journey"),
    (FeedbackInput(text="ok", stage_id="mobile-plan/usage", touchpoint_id="mobile-plan/sign-up/plan-chooser"),
     "touchpoint", "Plan chooser is a touchpoint of Sign up"),
    (FeedbackInput(text="ok", where="usage", score="11"), "score", "NPS is a whole number from 0 to 10"),
    (FeedbackInput(text="ok", where="usage", score="0", score_type="csat"), "score", "CSAT is a whole number from 1"),
    (FeedbackInput(text="ok", where="usage", score="8", score_type="ces"), "score", "CES is a whole number from 1"),
    (FeedbackInput(text="ok", where="usage", score="7.5"), "score", "NPS is a whole number"),
    (FeedbackInput(text="ok", where="usage", score="lots"), "score", "is not a number"),
    (FeedbackInput(text="ok", where="usage", score="3", score_type="stars"), "score_type", "unknown score type"),
    (FeedbackInput(text="ok", where="usage", source="pigeon"), "source", "unknown source “pigeon”"),
    (FeedbackInput(text="ok", where="usage", customer_ref="jo@example.com"), "customer_ref", "never contact details"),
    (FeedbackInput(text="x" * 3001, where="usage"), "text", "at most 3000 fit"),
])
def test_invalid_feedback_names_its_field_and_stores_nothing(untouched_book, data, field, message):
    with pytest.raises(InvalidField, match=message) as caught:
        untouched_book.log_feedback(data)
    assert caught.value.field == field
    assert feedback_rows(untouched_book) == []


def test_feedback_is_redacted_everywhere_stored_once_per_key_and_searchable_at_once(book):
    data = FeedbackInput(text="Top-up failed, card 4111 1111 1111 1111 charged, IBAN GB82 WEST 1234 5698 7654 32",
                         where="data top up", score="2", score_type="CSAT", segment="call me on +44 20 7946 0958",
                         customer_ref="ACC-77", source="e-mail", author="U1", channel_id="C1", key="view:V1")
    item = book.log_feedback(data)
    assert item.created and item.redacted == {"card": 1, "iban": 1, "phone": 1}
    assert item.redaction_note == "Redacted 1 phone number, 1 card number and 1 IBAN before storing it."
    again = book.log_feedback(data)
    assert not again.created and again.ref == item.ref
    [row] = feedback_rows(book)
    assert row.text == "Top-up failed, card [card] charged, IBAN [iban]"
    assert (row.segment, row.customer_ref, row.source, row.score, row.score_type) == (
        "call me on [phone]", "ACC-77", "email", 2.0, "csat")
    assert row.touchpoint_id == "mobile-plan/usage/data-top-up" and row.stage_id == "mobile-plan/usage"
    assert book.index.keywords.containing_all(["top", "fail"], kinds=("feedback",))
    answer = book.answer("What do customers say about the data top-up?")
    [source] = [s for s in answer.sources if s.kind == "feedback"]
    assert (source.id, source.author, source.date) == (item.ref, "U1", row.created_at.date().isoformat())
    assert "4111" not in answer.answer


def test_a_deferred_index_update_runs_once_when_asked(book):
    item = book.log_feedback(FeedbackInput(text="Roaming bill shock", where="usage", author="U1"), defer_index=True)
    assert book.index.keywords.hashes([item.id]) == {}
    item.index_now()
    item.index_now()
    assert list(book.index.keywords.hashes([item.id])) == [item.id]


def test_touchpoints_are_added_updated_by_their_author_and_never_replace_the_map(book):
    data = TouchpointInput(name="Roaming alert", stage="usage", channel="sms", emotion="-1",
                           pain_points=["Arrives after the charge\n\n- Text says mail help@example.com"],
                           author="U1", channel_id="C1")
    item = book.log_touchpoint(data)
    assert item.created and item.id == "touchpoint:mobile-plan/usage/roaming-alert"
    with book.db.session() as session:
        row = session.get(Touchpoint, "mobile-plan/usage/roaming-alert")
        assert (row.origin, row.logged_by, row.emotion, row.channel) == ("logged", "U1", -1, "sms")
        assert row.pain_points == ["Arrives after the charge", "Text says mail [email]"]
    with pytest.raises(NotAllowedError, match="only the item's author \\(U1\\) or an admin"):
        book.log_touchpoint(TouchpointInput(name="roaming alert", stage="usage", author="U2"))
    updated = book.log_touchpoint(TouchpointInput(name="Roaming Alert", stage="mobile-plan/usage", owner="Billing",
                                                  author="U1"))
    assert not updated.created
    with pytest.raises(InvalidField, match="comes from the journey map") as caught:
        book.log_touchpoint(TouchpointInput(name="Plan chooser", stage="sign up", author="U1"))
    assert caught.value.field == "name"
    for bad, field in [(TouchpointInput(name="", stage="usage"), "name"),
                       (TouchpointInput(name="X", stage="nowhere at all"), "stage"),
                       (TouchpointInput(name="X", stage="usage", emotion="3"), "emotion")]:
        with pytest.raises(InvalidField) as caught:
            book.log_touchpoint(bad)
        assert caught.value.field == field
    card = book.stage_card("usage")
    assert [(t.name, t.owner, t.logged) for t in card.touchpoints] == [
        ("Data top-up", None, False), ("Roaming Alert", "Billing", True)]
    assert book.status().touchpoints == 4 and book.status().logged_touchpoints == 1


def test_logged_items_survive_a_restart_a_reindex_and_a_re_ingest(book, embedder):
    book.log_touchpoint(TouchpointInput(name="Port-in request", stage="sign up", author="U1"))
    book.log_feedback(FeedbackInput(text="Porting my number took a week", where="port-in request", author="U1"))
    book.map_path.write_text(MAP.replace("  - name: Renewal\n", "  - name: Renewal\n    goal: Stay on\n"),
                             encoding="utf-8")
    assert book.ingestor.run([book.map_path]).files[0].status == "stored"
    book.reindex()
    restarted = make_core(book.settings.data_dir, embedder)
    try:
        assert [i.id for i in restarted.logged_items("U1")][::-1] == [
            "touchpoint:mobile-plan/sign-up/port-in-request", "feedback:1"]
        assert "Port-in request" in [t.name for t in restarted.stage_card("sign up").touchpoints]
        hits = restarted.index.keywords.containing_all(["port", "request"], kinds=("touchpoint",))
        assert hits
        answer = restarted.answer("What do customers say about the port-in request?")
        assert any(s.kind == "feedback" and s.author == "U1" for s in answer.sources)
    finally:
        restarted.close()


def test_only_the_author_or_an_admin_removes_and_undo_takes_your_newest(book):
    first = book.log_feedback(FeedbackInput(text="One", where="usage", author="U1"))
    tp = book.log_touchpoint(TouchpointInput(name="Two", stage="usage", author="U1"))
    other = book.log_feedback(FeedbackInput(text="Three", where="usage", author="U2"))
    with pytest.raises(NotAllowedError):
        book.remove_logged(first.id, "U2")
    with pytest.raises(NotFoundError, match="no logged items to undo"):
        book.undo_logged("U3")
    assert book.undo_logged("U1").id == tp.id
    assert book.index.keywords.hashes([tp.id]) == {}
    assert book.remove_logged(other.id, "UCHIEF").id == other.id  # an admin
    with pytest.raises(NotFoundError, match="no feedback item"):
        book.remove_logged(other.id, "UCHIEF")
    with pytest.raises(NotFoundError, match="no logged touchpoint"):
        book.remove_logged("touchpoint:mobile-plan/usage/data-top-up", "UBOSS")
    with pytest.raises(NotFoundError, match="is no logged item"):
        book.remove_logged("vote:1", "U1")
    assert [i.id for i in book.logged_items()] == [first.id]


def test_places_resolve_fuzzily_and_ambiguity_lists_the_choices(book):
    book.log_touchpoint(TouchpointInput(name="Usage", stage="renewal", author="U1"))  # a touchpoint named like a stage
    with pytest.raises(InvalidField, match="fits several places .*`mobile-plan/usage`.*`mobile-plan/renewal/usage`"):
        book.log_feedback(FeedbackInput(text="Hm", where="usage"))
    item = book.log_feedback(FeedbackInput(text="Hm", where="renewal/usage"))
    assert item.place == "Usage (Renewal · Mobile plan)"
    assert book.log_feedback(FeedbackInput(text="Hm", where="idenity chek")).place.startswith("Identity check")
    assert [p.name for p in book.places("touchpoint", "top up")][:1] == ["Data top-up"]


def test_migration_0005_matches_the_models_and_downgrades(book):
    with book.db.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        diffs = [d for d in compare_metadata(context, Base.metadata)
                 if any(name in str(d) for name in ("'feedback'", "'touchpoints'", "idempotency"))]
    assert diffs == []
    config = _alembic_config(book.db.engine)
    with book.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    assert "permalink" not in {c["name"] for c in inspect(book.db.engine).get_columns("feedback")}
    book.db.migrate()
    assert "idempotency_key" in {c["name"] for c in inspect(book.db.engine).get_columns("feedback")}


def test_logged_items_are_redacted_with_the_installations_phone_regions(tmp_path: Path, embedder):
    """A Berlin number is no phone number under the default US/GB rules; with JOURNEY_PHONE_REGIONS=DE it is."""
    path = tmp_path / "mobile.yaml"
    path.write_text(MAP, encoding="utf-8")
    core = make_core(tmp_path / "data", embedder, phone_regions="DE")
    try:
        assert not core.ingestor.run([path]).failed
        item = core.log_feedback(FeedbackInput(text="Bitte ruf mich an: 030 12345678", where="usage"))
        touchpoint = core.log_touchpoint(TouchpointInput(name="Hotline", stage="usage",
                                                         description="Erreichbar unter 030 12345678"))
        assert item.redacted == {"phone": 1} and touchpoint.redacted == {"phone": 1}
        [row] = feedback_rows(core)
        assert row.text == "Bitte ruf mich an: [phone]"
        assert core.redact_text("030 12345678") == "[phone]"
    finally:
        core.close()
