"""The theme engine, sentiment, question kinds and the priority score, on a small bike-share base written for
these tests (tests/data/voice), not on the bundled sample."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from journeys.voice import clusters, kinds, phrases, priority
from journeys.voice.engine import emerging_themes, themes_for
from journeys.voice.model import CommentText
from journeys.voice.sentiment import NEGATIVE, NEUTRAL, POSITIVE, SentimentReader, from_score, polarity
from tests.conftest import ingested

VOICE = Path(__file__).resolve().parent / "data" / "voice"
B2B = Path(__file__).resolve().parent / "data" / "b2b"


@pytest.fixture(scope="module")
def voice(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    yield from ingested(VOICE, tmp_path_factory, embedder)


@pytest.fixture(scope="module")
def b2b(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    yield from ingested(B2B, tmp_path_factory, embedder)


# --- sentiment -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("score", "kind", "expected"), [
    (6, "nps", NEGATIVE), (7, "nps", NEUTRAL), (8, "nps", NEUTRAL), (9, "nps", POSITIVE), (0, "nps", NEGATIVE),
    (2, "csat", NEGATIVE), (3, "csat", NEUTRAL), (4, "csat", POSITIVE),
    (3, "ces", NEGATIVE), (4, "ces", NEUTRAL), (5, "ces", POSITIVE), (7, "ces", POSITIVE),
])
def test_the_customers_score_decides_sentiment(score: float, kind: str, expected: str) -> None:
    assert from_score(score, kind) == expected
    assert polarity("I love it, wonderful", score, kind) == expected  # the score wins over the words


def test_without_a_score_the_words_decide() -> None:
    assert polarity("Wonderful staff, thank you so much!") == POSITIVE
    assert polarity("Terrible, the worst service I have had") == NEGATIVE
    assert from_score(None, "nps") is None


def test_meaning_reads_a_complaint_that_has_no_angry_words(embedder) -> None:
    reader = SentimentReader.for_embedder(embedder)
    text = "Thanks, my train was delayed two hours and nobody told us anything, please help"
    assert polarity(text) != NEGATIVE  # the lexicon alone is fooled by "thanks" and "please help"
    assert reader.polarity(text, vector=embedder.encode([text])[0]) == NEGATIVE
    happy = "Thank you, the staff were wonderful and the trip was perfect"
    assert reader.polarity(happy, vector=embedder.encode([happy])[0]) == POSITIVE


# --- clusters and names --------------------------------------------------------------------------------------

def test_clusters_group_near_vectors_and_are_deterministic() -> None:
    rng = np.random.default_rng(0)
    centres = np.eye(8)[:3]
    vectors = np.vstack([c + 0.05 * rng.standard_normal((6, 8)) for c in centres])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    groups = clusters.cluster(vectors)
    assert sorted(map(sorted, groups)) == [list(range(0, 6)), list(range(6, 12)), list(range(12, 18))]
    assert clusters.cluster(vectors) == groups


def test_candidate_phrases_skip_stopwords_filler_names_and_links() -> None:
    found = set(phrases.ngrams("@CityBike thanks, the dock lock jammed again http://t.co/x #fail"))
    texts = {" ".join(k) for k in found}
    assert any("jam" in t and "lock" in t for t in texts)
    assert not any(t.startswith(("the ", "thank")) or "citybik" in t or "fail" in t or "http" in t for t in texts)


def test_a_cut_off_piece_of_a_longer_phrase_is_no_candidate() -> None:
    texts = ["Ana from the night shift team fixed my scooter", "Ana from the night shift team was kind",
             "The night shift team answered fast", "night shift team again, thanks"]
    found = {c.text for c in phrases.candidates(texts, set(), None)}
    assert "night shift team" in found  # used whole, with different words around it
    assert not {"ana from the night", "from the night shift"} & found
    cut = {c.text for c in phrases.candidates(["the rear brake cable snapped", "my rear brake cable snapped"],
                                              set(), None)}
    assert "rear brake cable" not in cut and "brake cable snapped" not in cut  # always flanked by the same word


def test_misspelt_pairs_are_those_judged_pair_by_pair() -> None:
    # past a handful of words the pairs are narrowed in C first: the same pairs, in the same order, including a
    # ratio of exactly 80 two edits apart ("abcde", "bcdex") and one-letter slips
    rng = np.random.default_rng(3)
    words = ["secur", "securti", "security", "deliveri", "delivri", "deliv", "flight", "flighr", "abcde",
             "bcdex", "queue", "queu", "baggag", "bagagg", "refund", "refunf", "checkout", "chekout"]
    words += ["".join(rng.choice(list("abcdeor"), size=int(rng.integers(5, 9)))) for _ in range(120)]
    words = list(dict.fromkeys(words))
    direct = [(i, j) for i, a in enumerate(words) for j, b in enumerate(words) if a != b and phrases._misspelt(a, b)]
    assert phrases._misspelt_pairs(words) == direct
    assert phrases._misspelt_pairs(words[:5]) == [p for p in direct if max(p) < 5]
    short = list(dict.fromkeys(["ab", "ac", "abc", "bac", "abd"]
                               + ["".join(rng.choice(list("abcd"), size=int(rng.integers(2, 5)))) for _ in range(40)]))
    assert phrases._misspelt_pairs(short) == [(i, j) for i, a in enumerate(short) for j, b in enumerate(short)
                                              if a != b and phrases._misspelt(a, b)]


def test_themes_are_named_by_phrases_with_counts_shares_and_central_quotes(voice, embedder) -> None:
    pool = _comments(voice)
    themes = themes_for(pool, embedder, exclude=[], anchor=None)
    assert len(themes) >= 3
    for theme in themes:
        assert len(theme.label.split()) >= 2, theme.label  # a phrase, not a word
        assert theme.count == len(theme.comments) and 0 < theme.share <= 1
        assert theme.quotes and theme.quotes[0] in theme.comments
    labels = " | ".join(t.label for t in themes)
    assert re.search(r"lock jammed|dock lock|docking station", labels), labels
    assert re.search(r"double charge", labels), labels
    dock = next(t for t in themes if "lock" in t.label)
    assert all("dock" in c.text.lower() or "lock" in c.text.lower() for c in dock.quotes[:2])


def test_a_theme_is_never_named_by_the_questions_own_words_alone(voice, embedder) -> None:
    pool = [c for c in _comments(voice) if "lock" in c.text.lower() or "dock" in c.text.lower()]
    themes = themes_for(pool, embedder, exclude=["dock", "lock"])
    assert themes
    for theme in themes:
        words = set(theme.label.split())
        assert not words <= {"dock", "lock", "docking", "station"} or len(words) > 1, theme.label


def test_emerging_themes_count_both_windows(voice, embedder) -> None:
    pool = _comments(voice)
    recent = [c for c in pool if c.date >= "2026-06-20"]
    before = [c for c in pool if c.date < "2026-06-20"]
    found = emerging_themes(recent, before, embedder, min_count=3)
    assert found, "the jammed dock locks of the last days should stand out"
    top = found[0]
    assert "lock" in top.theme.label or "dock" in top.theme.label, top.theme.label
    assert top.theme.count >= 3 and top.before < top.theme.count
    assert top.recent_total == len(recent) and top.baseline_total == len(before)


# --- question kinds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "topic", "expected"), [
    ("What do riders complain about with the docks?", ("dock",), kinds.COMPLAINTS),
    ("What do people say about late trains?", ("train",), kinds.THEMES),
    ("Tell me something positive", ("posit",), kinds.PRAISE),
    ("What do detractors say?", ("detractor",), kinds.DETRACTORS),
    ("What do promoters say?", ("promot",), kinds.PROMOTERS),
    ("What should we fix first?", (), kinds.PRIORITY),
    ("Are there any new issues coming up lately?", (), kinds.EMERGING),
    ("Are complaints about late trains getting worse?", ("train",), kinds.TREND),
    ("What is the unlock success rate?", ("unlock",), None),
    ("Who owns the docking station?", ("dock", "station"), None),
])
def test_question_kind_comes_from_the_whole_question(embedder, question: str, topic: tuple, expected) -> None:
    assert kinds.comment_kind(question, embedder, topic) == expected


def test_words_that_carry_the_kind_are_not_the_subject(embedder) -> None:
    assert kinds.kind_words("What do detractors say?", embedder, ("detractor",), kinds.DETRACTORS) == {"detractor"}
    assert kinds.kind_words("What do riders complain about with the docks?", embedder, ("dock",),
                            kinds.COMPLAINTS) == set()


# --- priority ------------------------------------------------------------------------------------------------

def test_priority_score_follows_its_formula() -> None:
    a = priority.PlaceSignals("a", "A", "touchpoint", comments=10, negative=8, recent_negative=6, prior_negative=2,
                              recent_days=7, prior_days=7, kpi_gap=0.5, emotion=-2)
    b = priority.PlaceSignals("b", "B", "touchpoint", comments=10, negative=4, recent_negative=1, prior_negative=3,
                              recent_days=7, prior_days=7, kpi_gap=None, emotion=2)
    ranked = priority.rank([b, a])
    assert [r.place.key for r in ranked] == ["a", "b"]
    top = ranked[0].factors
    assert top == {"V": 1.0, "S": 0.8, "G": 1.0, "K": 0.5, "E": 1.0}
    assert ranked[0].score == pytest.approx(100 * (0.3 + 0.2 * 0.8 + 0.2 + 0.15 * 0.5 + 0.15))
    assert ranked[1].factors["G"] == 0.0 and ranked[1].factors["E"] == 0.0
    assert priority.kpi_gap(88, 97, True) == pytest.approx(9 / 97)
    assert priority.kpi_gap(12, 5, False) == pytest.approx(7 / 5)
    assert priority.kpi_gap(99, 97, True) == 0.0


# --- answers -------------------------------------------------------------------------------------------------

def test_a_complaint_answer_cites_at_least_five_and_k_caps_it(voice) -> None:
    answer = voice.answer("What do customers complain about?")
    comments = [s for s in answer.sources if s.kind == "comment"]
    assert len(comments) >= 5, answer.answer
    assert all(s.score is None or s.score <= 6 for s in comments)
    # each statement says what it rests on (and, first, where it happens)
    assert re.search(r"\(\d+ comments?, (?:[^;()]*\[\d+\]; )?\d+% of \d+", answer.answer)
    capped = voice.answer("What do customers complain about?", k=3)
    assert len([s for s in capped.sources if s.kind == "comment"]) == 3
    more = voice.answer("What do customers complain about?", k=10)
    assert len([s for s in more.sources if s.kind == "comment"]) > len(comments) - 1


def test_praise_and_promoters_cite_only_happy_customers(voice) -> None:
    for question in ("Tell me something positive", "What do promoters say?"):
        answer = voice.answer(question)
        scores = [s.id for s in answer.sources if s.kind == "comment"]
        assert scores, answer.answer
        assert all(_score(voice, i) >= 9 for i in scores), answer.answer


def test_detractors_cite_only_low_scores(voice) -> None:
    answer = voice.answer("What do detractors say?")
    ids = [s.id for s in answer.sources if s.kind == "comment"]
    assert len(ids) >= 5 and all(_score(voice, i) <= 6 for i in ids), answer.answer


@pytest.mark.parametrize("question", ["What do people say about late refunds?", "What's the latest on late refunds?",
                                      "Late refunds: what are the main complaints?"])
def test_a_topic_that_sounds_like_recency_still_gets_evidence(voice, question: str) -> None:
    answer = voice.answer(question)
    assert not answer.abstained and [s for s in answer.sources if s.kind == "comment"], answer.answer


def test_what_to_fix_first_is_a_ranked_top_three_with_formula_and_citations(voice) -> None:
    answer = voice.answer("What should we fix first?")
    text = answer.answer
    assert "priority = 100 × (0.30·V + 0.20·S + 0.20·G + 0.15·K + 0.15·E)" in text
    ranked = re.findall(r"^\d\. \*\*(.+?)\*\* \(touchpoint\) \[\d+\], priority \*\*(\d+)\*\*", text, flags=re.M)
    assert len(ranked) == 3, text
    assert ranked[0][0] == "Docking station", text
    assert [int(s) for _, s in ranked] == sorted((int(s) for _, s in ranked), reverse=True)
    first = text.split("\n1. ")[1].split("\n2. ")[0]
    assert re.search(r"V [\d.]+ and S [\d.]+: \d+ of \d+ comments critical, .*\[\d+\]", first)
    assert re.search(r"K [\d.]+: Dock availability 72% against a target of 90% \[\d+\]", first)
    assert re.search(r"E 1\.00: emotion -2 on the map \[\d+\]", first)
    kinds_cited = {s.kind for s in answer.sources}
    assert {"comment", "kpi", "touchpoint"} <= kinds_cited


@pytest.mark.parametrize(("question", "searched"), [
    ("What do customers complain about?", False), ("What do promoters say?", False),
    ("Are complaints about docking getting worse?", True), ("What should we fix first?", False),
    ("What do people complain about with refunds?", True)])
def test_comment_composers_never_search_themselves(voice, monkeypatch, question: str, searched: bool) -> None:
    """The comment pool comes with the evidence the service gathers (routes.py); composing searches nothing.
    A question with a subject gets a bounded comment search; one without reads the newest comments (SQL)."""
    import journeys.answers.service as service
    from journeys.answers.context import COMMENT_K

    composing: list[bool] = []
    searches_while_composing: list[str] = []
    pools: list[int] = []
    searcher = voice.answerer.searcher
    real_search, real_compose = searcher.search, service.compose

    def search(text, *args, **kwargs):  # type: ignore[no-untyped-def]
        if composing:
            searches_while_composing.append(text)
        return real_search(text, *args, **kwargs)

    def compose(ctx, routes):  # type: ignore[no-untyped-def]
        composing.append(True)
        pools.extend(len(r.hits) for r in ctx.evidence.comment_hits.values())
        try:
            return real_compose(ctx, routes)
        finally:
            composing.clear()

    monkeypatch.setattr(searcher, "search", search)
    monkeypatch.setattr(service, "compose", compose)
    answer = voice.answer(question)
    assert [s for s in answer.sources if s.kind == "comment"], answer.answer
    assert not searches_while_composing
    assert bool(pools) == searched and all(n <= COMMENT_K for n in pools)


def test_a_question_not_about_comments_gathers_no_comment_search(voice, monkeypatch) -> None:
    import journeys.answers.service as service

    seen = []
    real_compose = service.compose
    monkeypatch.setattr(service, "compose", lambda ctx, routes: seen.append(ctx.evidence) or real_compose(ctx, routes))
    voice.answer("What is the latest dock availability against its target?")
    assert seen and not seen[0].comment_hits and seen[0].comment_kind is None


def test_emerging_issues_are_phrases_with_counts_on_both_sides(voice) -> None:
    text = voice.answer("What new issues are emerging lately?").answer
    assert re.search(r"\*\*[^*]*(lock|dock)[^*]*\*\*: \d+ comments in the last \d+ days \(\d+%\), \d+ like it in "
                     r"the \d+ days before", text), text


def test_theme_names_on_a_base_nobody_here_wrote_are_phrases(b2b) -> None:
    answer = b2b.answer("What do customers complain about?")
    names = re.findall(r"^- \*\*(.+?)\*\* \(\d+ comments?", answer.answer, flags=re.M)
    assert names, answer.answer
    assert all(n.lower() not in phrases.STOPWORDS for n in names)


def _comments(core) -> list[CommentText]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from journeys.store.models import Comment

    with core.db.session() as session:
        rows = session.execute(select(Comment.id, Comment.text, Comment.date, Comment.score, Comment.score_type)
                               .order_by(Comment.id)).all()
    return [CommentText(f"comment:{r.id}", r.text, r.date.date().isoformat(), r.score, "Comment", r.score_type)
            for r in rows]


def _score(core, comment_id: str) -> float:  # type: ignore[no-untyped-def]
    from journeys.store.models import Comment

    with core.db.session() as session:
        return session.get(Comment, comment_id).score
