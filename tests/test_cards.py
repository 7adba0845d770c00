"""The read models behind `/journey stage`, `/journey kpi`, App Home and the assistant's suggested prompts."""

from __future__ import annotations

from datetime import date

import pytest
from journey_seed import seed

from journeys.cards import AmbiguousNameError, journey_overview, metric_overview, stage_card
from journeys.errors import NotFoundError
from journeys.store.db import Database
from journeys.suggestions import suggested_questions


@pytest.fixture
def db(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'cards.db'}")
    database.migrate()
    seed(database)
    yield database
    database.dispose()


@pytest.mark.parametrize("name", ["Decision", "decision", "DECISION", "decison", "online-purchase/decision",
                                  "Online purchase/Decision"])
def test_stage_card_matches_names_forgivingly(db, name):
    with db.session() as session:
        assert stage_card(session, name).id == "online-purchase/decision"


def test_stage_card_holds_touchpoints_pain_points_and_kpis_against_target(db):
    with db.session() as session:
        card = stage_card(session, "Decision")
    assert card.journey == "Online purchase"
    assert [t.name for t in card.touchpoints] == ["Checkout", "Payment", "Gift note"]
    assert [t.logged for t in card.touchpoints] == [False, False, True]
    assert card.touchpoints[2].logged_by == "U7"
    assert card.pain_points == ["Delivery cost revealed only at checkout", "Promo codes rejected"]
    kpis = {(k.metric, k.where): k for k in card.kpis}
    conversion = kpis[("conversion_rate", None)]
    assert (conversion.value, conversion.previous, conversion.status) == (2.7, 2.9, "off target")
    assert conversion.date == date(2026, 11, 9)
    abandonment = kpis[("cart_abandonment_rate", "Checkout")]
    assert (abandonment.value, abandonment.status) == (75.0, "off target")  # lower is better, target 65
    assert card.comments == 2


def test_a_stage_in_two_journeys_is_ambiguous_until_qualified(db):
    with db.session() as session:
        with pytest.raises(AmbiguousNameError, match="online-purchase/support.*returns/support"):
            stage_card(session, "Support")
        assert stage_card(session, "returns/support").id == "returns/support"


def test_an_unknown_stage_lists_the_stages_that_exist(db):
    with db.session() as session, pytest.raises(NotFoundError) as caught:
        stage_card(session, "Hyperspace")
    assert "Awareness, Decision, Support (Online purchase)" in str(caught.value)
    assert "Request, Support (Returns)" in str(caught.value)


def test_metric_overview_across_stages_and_weeks(db):
    with db.session() as session:
        overview = metric_overview(session, "Conversion")
        assert overview.slug == "conversion_rate"
        assert overview.dates == [date(2026, 10, 26), date(2026, 11, 2), date(2026, 11, 9)]
        [row] = overview.rows
        assert (row.journey, row.stage, row.touchpoint) == ("Online purchase", "Decision", None)
        assert list(row.values.values()) == [3.1, 2.9, 2.7]
        assert metric_overview(session, "NPS").rows[0].latest.status == "off target"
        with pytest.raises(NotFoundError, match="the metrics are cart_abandonment_rate, conversion_rate"):
            metric_overview(session, "churn of unicorns")


def test_journey_overview_counts_this_weeks_feedback(db):
    with db.session() as session:
        overview = journey_overview(session)
    assert [j.name for j in overview.journeys] == ["Online purchase", "Returns"]
    purchase = overview.journeys[0]
    assert [s.name for s in purchase.stages] == ["Awareness", "Decision", "Support"]
    assert [k.metric for k in purchase.kpis] == ["nps"]  # journey-level
    assert purchase.stages[0].kpis[0].status == "on target"
    assert purchase.stages[1].touchpoints == 3
    assert overview.feedback_this_week == 1
    assert overview.comments_this_week == 1


def test_empty_store_gives_clear_messages(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'empty.db'}")
    database.migrate()
    with database.session() as session:
        with pytest.raises(NotFoundError, match="no journey maps yet"):
            stage_card(session, "Decision")
        with pytest.raises(NotFoundError, match="no KPI snapshots yet"):
            metric_overview(session, "nps")
        assert journey_overview(session).empty
        assert suggested_questions(session) == []
    database.dispose()


def test_suggested_questions_come_from_the_knowledge_base(db):
    with db.session() as session:
        suggestions = suggested_questions(session)
    messages = [s.message for s in suggestions]
    assert messages[0] == "What are the main pain points in the Decision stage?"
    assert "Why is NPS off target?" in messages  # furthest off target: 32 vs 40 (abandonment: 75 vs 65)
    assert any("Checkout" in m or "Payment" in m for m in messages)
    assert len(suggestions) <= 4
