"""The search fallback (what the base holds on the question), and the declines: an honest "not there"
that names what is missing and what the base holds instead."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journeys.answers.citations import has_words, shorten
from journeys.answers.context import ComposeContext
from journeys.answers.format import quote
from journeys.store.db import store_cached
from journeys.store.models import Comment, Feedback, Journey, Kpi, Stage, Touchpoint
from retrieval.hybrid import Hit
from retrieval.tokens import tokens

# When is evidence "on topic"? Tuned on knowledge/eval/sample_questions.yaml and the dev halves of
# bench/eval/*/dev.yaml (figures in the README).
STRONG_DENSE = 0.45  # a top hit this similar covers the question on its own
WEAK_DENSE = 0.33  # below this, only a top hit with all the question's topic words counts...
WORDS_DENSE = 0.25  # ...and below this, nothing
CO_OCCURRENCE = 0.66  # ...between the two, one top hit must contain this share of the question's topic words
COMMENT_DENSE = 0.40  # a question about what customers say/suffer needs a search this close, if nothing else
NUMBER_QUESTION_DENSE = 0.65  # "how many X" with no KPI named X needs a very close hit
ECHO_LIMIT = 80  # characters of the question a decline repeats


def covered(ctx: ComposeContext) -> bool:
    """Is there evidence on topic? A named place or metric is; else the search must clear the bars above."""
    u, result = ctx.u, ctx.result
    named_place = u.touchpoint is not None or (u.stage is not None and not u.stage_inferred)
    if u.metrics or u.score_type or named_place or u.owner:
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
    if result.best_dense < WORDS_DENSE:
        return False
    topic = set(u.topic)
    best_share = max((len(topic & set(tokens(h.text))) / len(topic) for h in result.hits[:5]), default=0.0)
    if result.best_dense < WEAK_DENSE:  # a short question ("what do people say about events") lies far from
        return best_share >= 1.0  # everything: a top hit holding every one of its topic words covers it
    return best_share >= CO_OCCURRENCE


def compose_general(ctx: ComposeContext) -> list[str]:
    if not covered(ctx):
        return []
    hits = _relevant(ctx.result.hits)
    if not hits:
        return []
    lines = []
    for hit in hits[:5]:
        n = ctx.citations.cite_hit(hit)
        if hit.kind in ("comment", "feedback"):
            lines.append(f"- A customer{(' on ' + hit.date) if hit.date else ''}: {quote(hit.text)} [{n}]")
        else:
            lines.append(f"- **{hit.title}** ({hit.kind}): {shorten(hit.text, 240)} [{n}]")
    return ["Here is what the knowledge base holds on this:\n" + "\n".join(lines)]


def _relevant(hits: list[Hit]) -> list[Hit]:
    hits = [h for h in hits if h.kind not in ("comment", "feedback") or has_words(h.text)]
    if not hits:
        return []
    best = max((h.dense or 0) for h in hits)
    return [h for h in hits if (h.dense or 0) >= best - 0.2 or h.in_filter]


def echo(question: str) -> str:
    """The question as a decline repeats it: whole when short, else its first words."""
    return shorten(question, ECHO_LIMIT)


def holdings(ctx: ComposeContext) -> str:
    return store_holdings(ctx.session)


def store_holdings(s: Session) -> str:
    """What the store holds, in words: "2 journey maps, 240 survey comments and 180 KPI snapshots"."""
    return store_cached(s, "holdings", lambda: _holdings(s))


def _holdings(s: Session) -> str:
    counts = [(s.scalar(select(func.count()).select_from(Journey)), "journey map", "journey maps"),
              (s.scalar(select(func.count()).select_from(Comment)), "survey comment", "survey comments"),
              (s.scalar(select(func.count()).select_from(Kpi)), "KPI snapshot", "KPI snapshots"),
              (s.scalar(select(func.count()).select_from(Feedback)), "logged feedback item",
               "logged feedback items")]
    held = [f"{n} {one if n == 1 else many}" for n, one, many in counts if n]
    if not held:
        return ""
    return held[0] if len(held) == 1 else ", ".join(held[:-1]) + " and " + held[-1]


def abstain(ctx: ComposeContext) -> str:
    held = holdings(ctx)
    if not held:
        return "The knowledge base is empty: no journey maps, comments or KPIs have been loaded yet."
    where = f" for {ctx.u.period.label}" if ctx.u.period else ""
    metric_hint = ""
    if "kpi" in ctx.u.intents and not ctx.u.metrics:
        metric_hint = f" No KPI of that name is recorded; the KPIs are {_metric_names(ctx)}."
    return (f"The knowledge base does not cover that. I searched its {held} for “{echo(ctx.u.question)}”{where} "
            f"and found nothing relevant.{metric_hint}")


def _metric_names(ctx: ComposeContext, limit: int = 8) -> str:
    from journeys.answers.format import metric_label

    names = sorted({metric_label(m) for m in ctx.metrics})
    if not names:
        return "none yet"
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def compose_missing(ctx: ComposeContext) -> list[str]:
    """The question's subject is not in the base: say what is missing and what the base holds instead."""
    return [" ".join(ctx.u.missing)]


HOW_TO_ASK = ("Ask me about the customer journey in a sentence, for example: “What are the pain points at "
              "<stage>?”, “What is the latest <KPI>?”, “What do customers say about <touchpoint>?”, "
              "“Which touchpoints does <team> own?” or “Which KPIs are off target?”.")


def how_to_ask(names: dict[str, list[str]]) -> str:
    """The reply to input with no content: how to ask, with examples from the base's own names."""
    stage = (names.get("stage") or ["<stage>"])[0]
    metric = (names.get("metric") or ["<KPI>"])[0]
    touchpoint = (names.get("touchpoint") or ["<touchpoint>"])[0]
    return ("I did not find a question in that. Ask me about the customer journey in a sentence, for example: "
            f"“What are the pain points in {stage}?”, “What is the latest {metric}?”, “What do customers say "
            f"about {touchpoint}?” or “Which KPIs are off target?”.")


def stage_rows(ctx: ComposeContext) -> list[Stage]:
    return list(ctx.session.scalars(select(Stage).order_by(Stage.journey_id, Stage.position)))


def touchpoint_rows(ctx: ComposeContext) -> list[Touchpoint]:
    return list(ctx.session.scalars(select(Touchpoint).order_by(Touchpoint.journey_id, Touchpoint.position)))
