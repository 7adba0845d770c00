"""answer(question) -> Answer: understand, retrieve (hybrid + exact SQL), compose, time each step."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journeys.answers.citations import has_words, looks_like_code, renumber
from journeys.answers.comment_kind import (
    cue_routes_off,
    kind_readings,
    kind_word_readings,
    question_kind,
    reads_kind,
    with_plain_kind,
)
from journeys.answers.compose import compose
from journeys.answers.compose_comments import subject_text
from journeys.answers.compose_general import how_to_ask
from journeys.answers.context import ComposeContext, Evidence, gather_comments
from journeys.answers.kpi_cause import take_kpi_place
from journeys.answers.model import Answer, Focus
from journeys.answers.place_kpi import asks_place_kpi, take_place_kpi
from journeys.answers.routes import VOICE, Route, candidates, needs
from journeys.answers.segment_meaning import segment_by_meaning, take_segment
from journeys.answers.subjects import check_subject
from journeys.answers.surveys import take_survey
from journeys.answers.understand import Understanding, understand
from journeys.answers.vocabulary import Vocabulary
from journeys.errors import NotFoundError
from journeys.logbook import with_authors
from journeys.names import DESCRIBED_MIN, find_stage, place_by_meaning, place_by_phrase
from journeys.place_facets import PlaceFacets
from journeys.store.db import GENERATION_CACHE, Database
from journeys.store.models import Comment, Feedback, Kpi
from retrieval import generation
from retrieval.generation import PerGeneration
from retrieval.hybrid import Filters, HybridSearcher
from retrieval.search_index import SearchIndex
from retrieval.tokens import tokens

DEFAULT_K = 8
FACETS_FILE = "place-sentences.npz"


class AnswerService:
    def __init__(self, db: Database, index: SearchIndex, llm_composer=None,  # type: ignore[no-untyped-def]
                 data_dir: Path | None = None) -> None:
        self.db = db
        self.index = index
        self.searcher = HybridSearcher(index)
        self.llm_composer = llm_composer
        self._lock = threading.Lock()
        self._vocab: tuple[int, Vocabulary, date] | None = None  # (generation, ...)
        self.cache = PerGeneration()
        # the places' sentences, reread with the vocabulary; their vectors kept beside the store
        self.facets = PlaceFacets(index.embedder, data_dir / FACETS_FILE if data_dir else None)

    def _knowledge(self) -> tuple[Vocabulary, date]:
        """The vocabulary and the knowledge base's "now", reloaded only when the store generation moved on (one
        single-row query a question, on a bare connection; any process's write moves it, retrieval/generation.py)."""
        current = self.db.generation()
        kept = self._vocab
        if kept is not None and kept[0] == current:
            self.cache.observe(current)
            self.searcher.observe(current)
            return kept[1], kept[2]
        with self._session() as session:  # read again, in the one transaction that loads what is derived from it
            current = generation.read(session.connection())
            self.cache.observe(current)
            self.searcher.observe(current)
            with self._lock:
                if self._vocab is None or self._vocab[0] != current:
                    self._vocab = (current, Vocabulary.load(session), _anchor(session))
                    self.facets.load(session)
                return self._vocab[1], self._vocab[2]

    def warm_up(self) -> None:
        """Read the vocabulary and the knowledge base's "now", the English word list understanding checks short
        forms against and what the searches filter on, before the first question (which otherwise pays for
        them: ~0.1 s at 15k items)."""
        from journeys.answers.short_forms import english_words

        self._knowledge()  # observes the store generation, as the searcher's warm-up needs
        english_words()
        self.searcher.warm_up()

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """A store session whose derived values (db.store_cached) are kept while the generation stands."""
        with self.db.session() as session:
            session.info[GENERATION_CACHE] = self.cache
            yield session

    def answer(self, question: str, stage: str | None = None, k: int | None = None,
               focus: Focus | None = None, history: Sequence[tuple[str, str]] = ()) -> Answer:
        """The extractive answer, written by the LLM (journeys/answers/llm.py) when one is configured."""
        draft = self.draft(question, stage=stage, k=k, focus=focus)
        if self.llm_composer is None or draft.abstained:
            return draft
        return self.llm_composer.write(draft, history)

    def draft(self, question: str, stage: str | None = None, k: int | None = None,
              focus: Focus | None = None) -> Answer:
        """The extractive answer (what an LLM, if any, then writes from)."""
        started = time.perf_counter()
        question = " ".join(question.split())
        vocab, anchor = self._knowledge()
        if not has_words(question) or not tokens(question) or looks_like_code(question):
            return Answer(question=question, answer=how_to_ask(vocab.example_names()), abstained=True)
        if stage:
            with self._session() as session:
                try:
                    stage = find_stage(session, stage).name  # one rule for stage names (journeys/names.py)
                except NotFoundError as exc:
                    raise NotFoundError(f"unknown stage {stage!r}; {exc}") from None
        u = understand(question, vocab, anchor, stage_hint=stage, focus=focus)
        if (segment := segment_by_meaning(u, vocab, self.index.embedder, self.index.keywords)) is not None:
            take_segment(u, segment, vocab)  # "first time buyers": the segment New customer, by meaning
        with self._session() as session:
            check_subject(u, vocab, session, self.index.keywords)
            take_kpi_place(u, vocab, session)  # "mandate failure rate spiked - what's behind it"
            take_survey(u, session)  # "% of placement pulse responses that were satisfied"
        self.index.embedder.prime(*_question_texts(u, vocab))
        if not u.missing and _may_take_place_by_meaning(u):
            # "which touchpoints...": a place found stands for its stage, whose touchpoints are asked for
            kind = "stage" if u.asks_stage or "touchpoints" in u.intents else None
            quoted = place_by_phrase(self.facets, u.question, kind) if u.stage is None or u.stage_inferred else None
            spelled = f"stage:{u.stage.id}" if u.stage is not None and u.stage_inferred else None
            found = quoted or place_by_meaning(
                self.index, u.meaning_text(vocab), kind=kind, facets=self.facets, spelled=spelled)
            if found is None and u.place_clause():
                # "the bit where ...": a place is plainly meant; its clause alone, by a lower floor
                found = place_by_meaning(self.index, u.meaning_text(vocab, u.place_clause()), kind=kind,
                                         facets=self.facets, spelled=spelled, floor=DESCRIBED_MIN)
            described = _described(u)
            if described:  # a one-word stage name may be a word of another place's phrase ("their room key")
                other = place_by_meaning(self.index, described, facets=self.facets)
                if other is not None and _name_word_is_elsewhere(u, other, self.facets):
                    found, u.stage, u.stage_inferred = other, None, False
            _take_place_by_meaning(u, vocab, found)
        if asks_place_kpi(u):  # "card delivery days latest", "how long are council searches taking"
            with self._session() as session:
                take_place_kpi(u, session)
        routes = candidates(u)
        k = k or DEFAULT_K
        result = self.searcher.search(u.search_text, k=max(k, DEFAULT_K), filters=_filters(u), anchor=anchor,
                                      keyword_text=u.keyword_text)
        routes, evidence = self._comment_evidence(u, routes, anchor)
        retrieved = time.perf_counter()
        with self._session() as session:
            ctx = ComposeContext(session=session, understanding=u, result=result, searcher=self.searcher,
                                 anchor=anchor, metrics=sorted(vocab.metrics), evidence=evidence, k=k)
            text, abstained = compose(ctx, routes)
            text, sources = renumber(text, ctx.citations.sources)
            sources = with_authors(session, sources)
        finished = time.perf_counter()
        sources = sources if not abstained else []
        return Answer(
            question=question, answer=text, abstained=abstained, sources=sources, filters=u.filters(),
            timings_ms={"retrieve": (retrieved - started) * 1000, "compose": (finished - retrieved) * 1000,
                        "total": (finished - started) * 1000,
                        **{f"search_{name}": ms for name, ms in result.timings_ms.items()}},
            focus=u.focus(),
        )

    def _comment_evidence(self, u: Understanding, routes: list[Route], anchor: date
                          ) -> tuple[list[Route], Evidence]:
        """The routes left once the question's meaning is known, and the comment searches when one of them
        needs them. Whether the question is about what customers say (the "voice" route) is decided by its
        meaning here, before retrieval: other questions are spared the comment search, the comment composers
        get their pool without searching, and a route picked on a cue word that the meaning contradicts
        ("late flights" read as "latest") is dropped (comment_kind.py)."""
        evidence = Evidence()
        if any(route.kind == VOICE for route in routes):
            evidence.voice = with_plain_kind(question_kind(u, self.index.embedder, [route.kind for route in routes]),
                                             u.question)
            off = cue_routes_off(evidence.voice, u.question) | (set() if evidence.voice.kind else {VOICE})
            routes = [route for route in routes if route.kind not in off]
        if "comments" in needs(routes):
            gather_comments(self.searcher, u, anchor, evidence)
        return routes, evidence


REFINE_MIN = 0.55  # a touchpoint described inside a named stage must be this near to stand for the question
_GLOBAL = {"overview", "emotion", "emerging", "priority"}


def _may_take_place_by_meaning(u: Understanding) -> bool:
    """A question that names no place and asks about one (not a ranking of places, a comparison or a global
    view: a ranking of segments "at garden waste sign up" is at a place)."""
    ranks_segments = u.rank is not None and u.rank.things == "segment"  # "unhappiest" ranks them, no feeling asked
    return not (u.touchpoint is not None or u.metrics or u.rank and not ranks_segments or u.compare or u.owner
                or u.count_mentions or u.segment or u.intents & (_GLOBAL - ({"emotion"} if ranks_segments else set()))
                or (u.journey_named and not u.intents) or _only_journey_words(u))


def _only_journey_words(u: Understanding) -> bool:
    """The question's only words of substance are (some of) its journey's name ("what do residents like about
    the permit process"): it asks about the whole journey, and nothing in it describes a narrower place."""
    return (u.journey is not None and u.stage is None and not u.topic
            and bool(set(u.journey.stems) & set(tokens(u.question))))


def _name_word_is_elsewhere(u: Understanding, found, facets: PlaceFacets) -> bool:  # type: ignore[no-untyped-def]
    """Did the question name its stage only through a one-word name used inside a phrase of another place's
    map ("guests get their room key": "room key" is in the Check-in stage's sentences, not the Room stage's),
    while what the question describes lies, by one sentence, clearly in that other place? Then the word
    is not the stage's name there, and the meaning stands."""
    stage = u.stage
    if (stage is None or u.stage_inferred or u.touchpoint is not None or not found.by_sentence
            or len(stage.stems) != 1 or found.id == stage.id or found.id.startswith(f"{stage.id}/")):
        return False
    words = tokens(u.question)
    pairs = {" ".join(words[i:i + 2]) for i, w in enumerate(words) if w == stage.stems[0]}
    pairs |= {" ".join(words[i - 1:i + 1]) for i, w in enumerate(words) if w == stage.stems[0] and i}
    pairs = {p for p in pairs if " " in p}

    def holds(place: str) -> bool:
        return any(p in " ".join(tokens(t)) for t in facets.sentences(place) for p in pairs)

    return bool(pairs) and holds(f"{found.kind}:{found.id}") and not holds(f"stage:{stage.id}")


def _described(u: Understanding) -> str:
    """What the question describes, when its stage is named by one word that may be a word of another place's
    phrase ("their room key"), else ""."""
    return u.described_text() if u.stage is not None and len(u.stage.stems) == 1 else ""


def _question_texts(u: Understanding, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """The texts this question's steps will embed, as far as known before they run: those every route of it
    embeds (the place by meaning, the searches, the comment kind's readings), most surely needed first, for
    one model run (Embedder.prime); then those only some routes ask for, in the order they would (the kind's
    one-word-masked readings, once a comment kind is found; the comments' subject, for themes ranked by
    relevance), embedded when the first of them is asked for, with those after it. A text missed here is
    embedded when asked for; one primed in vain costs a little of that one run."""
    texts = ([u.meaning_text(vocab), _described(u), u.meaning_text(vocab, u.place_clause())]
             if not u.missing and _may_take_place_by_meaning(u) else [])
    texts.append(u.search_text)
    routes = candidates(u)  # before a place is taken by meaning: a guess, the service decides again after it
    voice = any(route.kind == VOICE for route in routes)
    kind = voice and reads_kind(u, [route.kind for route in routes])
    later = kind_word_readings(u) if kind else []
    if kind:
        texts += kind_readings(u)
    if voice or "comments" in needs(routes):
        later.append(subject_text(u.question, u.topic))
    return texts, later


def _take_place_by_meaning(u: Understanding, vocab: Vocabulary, found) -> None:  # type: ignore[no-untyped-def]
    if found is None:
        return
    by_id = {(e.kind, e.id): e for e in vocab.entities if e.id}
    entity = by_id.get((found.kind, found.id))
    if entity is None:
        return
    if u.journey is not None and u.journey.id and entity.journey_id != u.journey.id:
        if u.journey_named or (u.stage is not None and not u.stage_inferred):
            return
        # the journey came from a guessed stage or one word of its name; the place described is clear
        u.journey, u.journey_worded = None, False
    if (found.by_sentence and entity.kind == "stage" and u.stage is not None and u.stage.id == entity.id
            and "comments" not in u.intents and not u.place_clause()):
        # The question's words already lean to this stage; one of its sentences is no call to answer with the
        # stage's card. A question about what customers say there takes the stage as its comments' place, and
        # so does one that describes the place ("the bit where people adjust or end their membership").
        return
    if u.stage is not None and not u.stage_inferred and (entity.kind == "stage" or entity.stage_id != u.stage.id
                                                         or found.similarity < REFINE_MIN
                                                         or {"touchpoints", "goal"} & u.intents or not u.topic):
        # a named stage stands; only one of its own touchpoints, clearly described, may refine it (never when
        # the question asks for the stage's touchpoints or its goal, a stage's own, or types nothing beyond the
        # stage's name)
        return
    if entity.kind == "touchpoint":
        u.touchpoint = entity
        u.stage = by_id.get(("stage", entity.stage_id), u.stage)
    else:
        u.stage = entity
    u.stage_inferred = False
    u.by_meaning = True
    u.journey = u.journey or by_id.get(("journey", entity.journey_id))
    if clause := u.place_clause():  # the clause's words described the place found: they ask about nothing more
        described = set(tokens(clause))
        u.topic = tuple(w for w in u.topic if w not in described)


def _filters(u: Understanding) -> Filters:
    return Filters(
        journey=u.journey.id if u.journey and u.journey.id else None,
        stage=u.stage.filter_id if u.stage and not u.touchpoint else None,
        touchpoint=u.touchpoint.filter_id if u.touchpoint else None,
        date_from=u.period.start.isoformat() if u.period else None,
        date_to=u.period.end.isoformat() if u.period else None,
    )


def _anchor(session) -> date:  # type: ignore[no-untyped-def]
    """The newest dated item, or today if nothing is dated or the data runs past today."""
    newest = [session.scalar(select(func.max(Comment.date))), session.scalar(select(func.max(Kpi.date))),
              session.scalar(select(func.max(Feedback.created_at)))]
    days = [d.date() if hasattr(d, "date") and callable(d.date) else d for d in newest if d is not None]
    today = date.today()
    return min(max(days), today) if days else today
