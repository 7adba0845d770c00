"""What a question about comments asks for, decided from its whole meaning.

Each kind is described by a few example questions; the question is embedded with the project's embedder and
compared with each kind's examples, as asked and with its topic words masked ("what do people complain about
with it?"), so the subject does not drown the kind of question. A kind wins when it is the nearest by a margin and its
examples are near enough; otherwise the question is not a comment question and other composers take it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from retrieval.tokens import stem

COMPLAINTS, PRAISE, DETRACTORS, PROMOTERS = "complaints", "praise", "detractors", "promoters"
EMERGING, TREND, PRIORITY, THEMES, OTHER = "emerging", "trend", "priority", "themes", "other"
COMMENT_KINDS = (COMPLAINTS, PRAISE, DETRACTORS, PROMOTERS, EMERGING, TREND, PRIORITY, THEMES)
EXAMPLES: dict[str, tuple[str, ...]] = {
    COMPLAINTS: ("What are customers complaining about?", "What problems do people have with it?",
                 "What frustrates customers the most?", "Why are customers unhappy?",
                 "What are the main complaints?", "What goes wrong for people?",
                 "What do unhappy customers say?", "What annoys people about it?", "What bothers people about it?",
                 "What do people dislike about it?"),
    PRAISE: ("What do customers praise?", "What do people like about it?", "Tell me something positive",
             "What positive things do customers say?", "What do happy customers say?",
             "What are customers happy with?", "What went well for customers?", "What do people love?",
             "Any good feedback?", "What compliments do we get?"),
    DETRACTORS: ("What do detractors say?", "What do customers who gave us a low score say?",
                 "Comments from people who would not recommend us", "Why do detractors score us low?"),
    PROMOTERS: ("What do promoters say?", "What do customers who would recommend us say?",
                "Comments from customers who gave a high score", "Why do promoters love us?"),
    EMERGING: ("What new issues are emerging?", "Is anything new coming up in the comments lately?",
               "What problems started recently?", "Are there any sudden spikes in complaints?",
               "What are people suddenly talking about this week?", "Any new topics in recent feedback?",
               "What is suddenly rising in the comments?", "Are there any new complaints?"),
    TREND: ("Is it getting worse?", "Are complaints increasing over time?",
            "How has the feedback changed week by week?",
            "Is it getting better or worse?", "Are there more complaints than before?",
            "What is the trend in complaints over recent weeks?"),
    PRIORITY: ("What should we fix first?", "What is the most urgent thing to improve?",
               "Which touchpoint should we prioritise?", "Where should we focus our efforts first?",
               "What are the biggest opportunities to improve?", "Rank the problems by priority"),
    THEMES: ("What do customers say about it?", "What do people say about it?", "What are people saying about it?",
             "What do customers think of it?", "What are the main themes in the feedback?",
             "What are people talking about?", "Summarise the comments", "What is the feedback on it?",
             "What do people mention most?", "Is it reliable?", "Is it any good?", "How good is it?"),
    OTHER: ("What is the latest value of the KPI?", "What was the figure last month?",
            "What is the success rate?", "How is the metric doing against its target?",
            "Which touchpoints are in this stage?", "Who owns this touchpoint?", "What comes after this stage?",
            "What stages does the journey have?", "How many comments mention it?", "What is the NPS?",
            "Show me the KPI scorecard", "Which channel is used here?", "What is the target?",
            "What is the emotion at this stage?"),
}
# The comment nouns ("complaints") appear in the time kinds alike (emerging and trend), so that the noun does not
# tip "any new complaints?" to trend: "new" asks what emerged, "more" or "worse" asks for the trend.
MIN_SIMILARITY = 0.4  # the nearest example must be at least this close
MARGIN = 0.02  # ...and this much closer than the best example of another group
KIND_WORDS_FROM = 0.6  # words are taken as the kind's own only when the question as asked is this close to it
_EXAMPLE_KINDS = [kind for kind, texts in EXAMPLES.items() for _ in texts]
_EXAMPLE_TEXTS = [t for texts in EXAMPLES.values() for t in texts]


def _example_vectors(embedder) -> tuple[list[str], np.ndarray]:  # type: ignore[no-untyped-def]
    """The examples' kinds and vectors: constants of the model, pinned (retrieval/embeddings.py)."""
    return _EXAMPLE_KINDS, embedder.pinned(_EXAMPLE_TEXTS)


def masked(question: str, topic_words: Sequence[str]) -> str:
    """The question with its topic words replaced by "it", keeping its shape ("what about late flights" ->
    "what about it")."""
    wanted = {w.lower() for w in topic_words if w}
    if not wanted:
        return question

    def swap(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        # a topic word is a stem: "happi" stands for "happy", which it does not begin
        return "it" if stem(word) in wanted or any(word.startswith(w) for w in wanted) else match.group(0)

    out = re.sub(r"\b\w+\b", swap, question)
    return re.sub(r"\b(it\s+)+it\b", "it", out)


def readings(question: str, topic_words: Sequence[str] = ()) -> list[str]:
    """The texts `scores` embeds: the question as asked and, when it differs, with its topic masked."""
    shaped = masked(question, topic_words)
    return [question] + ([shaped] if shaped != question else [])


def scores(question: str, embedder, topic_words: Sequence[str] = ()) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The best cosine of the question to each kind's examples, as asked or with its topic masked (whichever is
    nearer: masking "detractors" would lose the kind, not masking "lost luggage" would drown it)."""
    kinds, vectors = _example_vectors(embedder)
    sims = (vectors @ embedder.encode(readings(question, topic_words)).T).max(axis=1)  # one batch for both
    best: dict[str, float] = {}
    for kind, sim in zip(kinds, sims, strict=True):
        best[kind] = max(best.get(kind, -1.0), float(sim))
    return best


def comment_kind(question: str, embedder, topic_words: Sequence[str] = ()) -> str | None:  # type: ignore[no-untyped-def]
    """One of COMMENT_KINDS, or None when the question is not about comments (or no kind is clear)."""
    return kind_of(scores(question, embedder, topic_words))


def nearest_comment_kind(best: dict[str, float]) -> str:
    """The comment kind whose examples are nearest (from `scores`), however near: which of the comment
    composers the question is most like, when cue words would pick one."""
    return max(COMMENT_KINDS, key=lambda kind: best.get(kind, -1.0))


def kind_of(best: dict[str, float]) -> str | None:
    """`comment_kind` from the scores `scores` gave."""
    ranked = sorted(best.items(), key=lambda item: -item[1])
    kind, top = ranked[0]
    if kind == OTHER or top < MIN_SIMILARITY:
        return None
    runner_up = next(s for k, s in ranked[1:] if k != kind)
    if top - runner_up < MARGIN:
        # Too close to call between two comment kinds: the broad one (themes) is never wrong.
        second = ranked[1][0]
        return THEMES if second != OTHER else None
    return kind


def word_readings(question: str, topic_words: Sequence[str]) -> list[str]:
    """The texts `kind_words` embeds: the question, then the question with each topic word masked in turn
    (none when no word changes it)."""
    words = [w for w in dict.fromkeys(topic_words) if masked(question, [w]) != question]
    return [question] + [masked(question, [w]) for w in words] if words else []


def kind_words(question: str, embedder, topic_words: Sequence[str], kind: str,  # type: ignore[no-untyped-def]
               drop: float = 0.08) -> set[str]:
    """The topic words that carry the kind rather than a subject: masking one makes the question clearly less
    like the kind's examples ("detractors" in "what do detractors say?", "positive" in "tell me something
    positive"). The rest are the subject the comments should be about."""
    if kind not in EXAMPLES or not topic_words:
        return set()
    kinds, vectors = _example_vectors(embedder)
    rows = np.array([k == kind for k in kinds])
    words = [w for w in dict.fromkeys(topic_words) if masked(question, [w]) != question]
    if not words:
        return set()
    encoded = embedder.encode(word_readings(question, words))  # one batch
    best = (vectors[rows] @ encoded.T).max(axis=0)
    if best[0] < KIND_WORDS_FROM:
        return set()  # the question as asked is not plainly of this kind: its words are its subject
    return {w for w, sim in zip(words, best[1:], strict=True) if best[0] - float(sim) > drop}
