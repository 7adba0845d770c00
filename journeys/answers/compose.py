"""The default composer: a short extractive answer from the evidence, every statement cited; or an honest
abstention that says what was searched."""

from __future__ import annotations

from journeys.answers.compose_comments import (
    comment_question,
    compose_emerging,
    compose_kind,
    compose_mention_count,
    compose_themes,
)
from journeys.answers.compose_kpi import compose_kpis, compose_scorecard
from journeys.answers.compose_map import (
    compose_emotions,
    compose_journey,
    compose_opportunities,
    compose_pain_points,
    compose_sequence,
    compose_touchpoints,
)
from journeys.answers.context import ComposeContext
from journeys.answers.format import quote
from retrieval.hybrid import Hit
from retrieval.tokens import tokens

# When is evidence "on topic"? Tuned on knowledge/eval/sample_questions.yaml (figures in the README).
STRONG_DENSE = 0.45  # a top hit this similar covers the question on its own
WEAK_DENSE = 0.33  # below this, nothing counts
CO_OCCURRENCE = 0.66  # ...between the two, one top hit must contain this share of the question's topic words
NUMBER_QUESTION_DENSE = 0.65  # "how many X" with no KPI named X needs a very close hit


def compose(ctx: ComposeContext) -> tuple[str, bool]:
    """Returns (answer text, abstained)."""
    u = ctx.u
    parts: list[str] = []
    intents = u.intents
    if u.count_mentions:
        parts += compose_mention_count(ctx)
    if "kpi" in intents and (u.metrics or u.score_type):
        parts += compose_kpis(ctx)
    elif "overview" in intents and not u.metrics and ctx.metrics and not u.journey_named:
        parts += compose_scorecard(ctx, ctx.metrics)
    if "emotion" in intents and not parts:
        parts += compose_emotions(ctx)
    if "sequence" in intents and not parts and u.stage is not None:
        parts += compose_sequence(ctx)
    if not parts and u.journey_named and u.stage is None and u.touchpoint is None and not (
            {"pain", "comments", "emerging", "kpi"} & intents):
        parts += compose_journey(ctx)
    answered = bool(parts) and bool({"emotion", "overview", "sequence"} & intents) or u.count_mentions
    if "touchpoints" in intents or ("owner" in intents and u.location is not None):
        parts += compose_touchpoints(ctx)
    emerging = "emerging" in intents and ("comments" in intents or "pain" in intents or not parts)
    kind = None if answered else comment_question(ctx)  # a question about comments, by its meaning
    if kind is not None:
        emerging = False
        if kind == "complaints" and "pain" in intents and u.location is not None:
            parts += compose_pain_points(ctx)
        parts += compose_kind(ctx, kind)
    elif answered:
        pass
    elif "pain" in intents and not emerging:
        parts += compose_pain_points(ctx)
        parts += compose_themes(ctx, negative=True)
    if emerging:
        parts += compose_emerging(ctx)
    elif "comments" in intents and "pain" not in intents and not answered and kind is None:
        parts += compose_themes(ctx, negative=False)
    if "opportunities" in intents and not parts:
        parts += compose_opportunities(ctx)
    if not parts and u.location is not None and not (u.metrics or u.score_type) and covered(ctx):
        parts += compose_touchpoints(ctx) if u.touchpoint else []
    if not parts:
        if not covered(ctx):
            return abstain(ctx), True
        parts += compose_general(ctx)
    if not parts:
        return abstain(ctx), True
    if u.from_focus and (u.stage or u.touchpoint) is not None:
        parts.insert(0, f"_(Continuing with {u.location.name}.)_")
    return "\n\n".join(parts), False


def covered(ctx: ComposeContext) -> bool:
    """Is there evidence on topic? A named place or metric is; else the search must clear the bars above."""
    u, result = ctx.u, ctx.result
    named_place = u.touchpoint is not None or (u.stage is not None and not u.stage_inferred)
    if u.metrics or u.score_type or named_place:
        return True
    if "overview" in u.intents and ctx.metrics and not u.topic:
        return True
    if "emotion" in u.intents and not u.topic:
        return True
    if u.count_mentions and u.topic:
        return True
    if "kpi" in u.intents and not ({"comments", "pain", "touchpoints"} & u.intents):
        return result.best_dense >= NUMBER_QUESTION_DENSE  # a figure was asked for, but no KPI has that name
    if not u.topic:
        return bool(u.intents) or result.best_dense >= STRONG_DENSE
    if result.best_dense >= STRONG_DENSE:
        return True
    if result.best_dense < WEAK_DENSE:
        return False
    topic = set(u.topic)
    best_share = max((len(topic & set(tokens(h.text))) / len(topic) for h in result.hits[:5]), default=0.0)
    return best_share >= CO_OCCURRENCE


def compose_general(ctx: ComposeContext) -> list[str]:
    hits = _relevant(ctx.result.hits)
    if not hits:
        return []
    lines = []
    for hit in hits[:5]:
        n = ctx.citations.cite_hit(hit)
        if hit.kind in ("comment", "feedback"):
            lines.append(f"- A customer{(' on ' + hit.date) if hit.date else ''}: {quote(hit.text)} [{n}]")
        else:
            lines.append(f"- **{hit.title}** ({hit.kind}): {_first_sentences(hit.text)} [{n}]")
    return ["Here is what the knowledge base holds on this:\n" + "\n".join(lines)]


def _relevant(hits: list[Hit]) -> list[Hit]:
    if not hits:
        return []
    best = max((h.dense or 0) for h in hits)
    return [h for h in hits if (h.dense or 0) >= best - 0.2 or h.in_filter]


def _first_sentences(text: str, limit: int = 240) -> str:
    from journeys.answers.citations import shorten

    return shorten(text, limit)


def abstain(ctx: ComposeContext) -> str:
    terms = ", ".join(dict.fromkeys(tokens(ctx.u.question))) or ctx.u.question
    n = ctx.searcher.index.count()
    if n == 0:
        return "The knowledge base is empty: no journey maps, comments or KPIs have been loaded yet."
    where = ""
    if ctx.u.period:
        where = f" for {ctx.u.period.label}"
    metric_hint = ""
    if "kpi" in ctx.u.intents and not ctx.u.metrics:
        metric_hint = " No KPI of that name is recorded."
    return (f"The knowledge base does not cover that. I searched {n} indexed items (journey maps, survey "
            f"comments, KPI snapshots and logged feedback) for “{terms}”{where} and found nothing relevant."
            f"{metric_hint}")
