"""Answers from what customers said: themes with counts and short quotes, and emerging issues."""

from __future__ import annotations

import re
from datetime import timedelta

from journeys.answers.context import ComposeContext
from journeys.answers.format import plural, quote
from journeys.answers.periods import Period
from journeys.answers.themes import CommentText, Theme, emerging_phrases, find_themes
from journeys.answers.vocabulary import stems
from retrieval.tokens import tokens

POOL_LIMIT = 1000  # themes come from at most this many comments (the newest) at one place
RECENT_DAYS = 21
BASELINE_DAYS = 84


def _theme_lines(ctx: ComposeContext, themes: list[Theme], by_relevance: bool, quotes: int = 1) -> list[str]:
    """One line a theme with a quote: of readable length, and the most relevant one (or the newest, for a pool
    that is every comment at a place)."""
    lines = []
    for rank, theme in enumerate(themes):
        if by_relevance and rank == 0:
            quotes = max(quotes, 2)  # the most relevant theme earns a second quote
        elif by_relevance:
            quotes = 1
        ordered = theme.comments if by_relevance else sorted(theme.comments, key=lambda c: c.date or "",
                                                             reverse=True)
        examples = sorted(ordered, key=lambda c: not 25 <= len(c.text) <= 220)[:quotes]
        cited = " ".join(f"{quote(c.text)} [{ctx.cite_comment(c)}]" for c in examples)
        lines.append(f"- **{theme.label}** ({plural(theme.count, 'comment')}): {cited}")
    return lines


def _question_terms(ctx: ComposeContext) -> set[str]:
    """Words of the place's own name: "checkout" is not a theme of comments about Checkout."""
    u = ctx.u
    names = " ".join(e.name for e in (u.touchpoint, u.stage, u.journey) if e)
    return {s[:5] for s in stems(names)}  # themes group words on 5-letter stem prefixes


def compose_themes(ctx: ComposeContext, negative: bool) -> list[str]:
    u = ctx.u
    place = u.touchpoint or (u.stage if not u.stage_inferred else None)
    comments: list[CommentText] = []
    by_relevance = False
    if u.segment is not None:
        comments = ctx.comments_at(place, u.period, negative=negative, segment=u.segment, limit=POOL_LIMIT)
        if u.topic and len(comments) > 40:
            wanted = set(u.topic)
            comments = [c for c in comments if wanted & set(tokens(c.text))] or comments
        scope = f"from the {u.segment} segment" + (f" at {place.name}" if place else "")
    elif place is not None and not u.topic:
        comments = ctx.comments_at(place, u.period, negative=negative, limit=POOL_LIMIT)
        scope = f"at {place.name}"
    elif place is not None:
        comments, by_relevance = ctx.similar_comments(place, negative=negative), True
        scope = f"at {place.name} most related to your question"
    if len(comments) < 3 and u.segment is None:
        # Few at the place: widen to the whole knowledge base, but what was said at the place comes first.
        seen = {c.id for c in comments}
        comments = comments + [c for c in ctx.similar_comments(negative=negative) if c.id not in seen]
        by_relevance, scope = True, "most related to your question"
    if not comments:
        return []
    # A pool picked for its likeness to the question is about one subject: side themes must be substantial.
    # Every comment at a place is a broad pool: a theme there is anything a few percent of it share.
    shares = (0.15, 0.25) if by_relevance else (0.04, 0.04)
    themes = find_themes(comments, ctx.idf, exclude=_question_terms(ctx), first_share=shares[0],
                         later_share=shares[1], min_count=3 if len(comments) >= 20 else 2)
    when = f" in {u.period.label}" if u.period else ""
    kind = "critical comments" if negative and place is not None else "comments"
    if not themes:
        lines = [f"- {quote(c.text)} [{ctx.cite_comment(c)}]" for c in comments[:3]]
        return [f"What customers say{when} ({plural(len(comments), 'comment')} {scope}):\n" + "\n".join(lines)]
    newest = " newest" if len(comments) >= POOL_LIMIT else ""
    head = f"What customers say{when}: the main themes in the {len(comments)}{newest} {kind} {scope}:"
    return [head + "\n" + "\n".join(_theme_lines(ctx, themes, by_relevance))]


def compose_emerging(ctx: ComposeContext) -> list[str]:
    u = ctx.u
    end = u.period.end if u.period else ctx.anchor
    recent = Period(end - timedelta(days=RECENT_DAYS - 1), end, f"the last {RECENT_DAYS // 7} weeks")
    baseline = Period(recent.start - timedelta(days=BASELINE_DAYS), recent.start - timedelta(days=1),
                      f"the {BASELINE_DAYS // 7} weeks before")
    place = u.touchpoint or u.stage
    recent_comments = ctx.comments_at(place, recent, limit=2000)
    baseline_comments = ctx.comments_at(place, baseline, limit=2000)
    if len(recent_comments) < 3:
        return []
    found = emerging_phrases(recent_comments, baseline_comments, ctx.idf)
    where = f" at {place.name}" if place else ""
    if not found:
        return [f"No new issue stands out{where}: nothing in the {len(recent_comments)} comments of {recent.label} "
                f"(since {recent.start.isoformat()}) is markedly more frequent than in {baseline.label}."]
    lines = []
    for theme, before in found:
        examples = theme.comments[:1]
        cited = " ".join(f"{quote(c.text)} [{ctx.cite_comment(c)}]" for c in examples)
        lines.append(f"- **{theme.label}**: {plural(theme.count, 'comment')} in {recent.label}, "
                     f"{before} in {baseline.label}. {cited}")
    return [f"Emerging{where} in {recent.label} (since {recent.start.isoformat()}, "
            f"{len(recent_comments)} comments against {len(baseline_comments)} before):\n" + "\n".join(lines)]


def compose_mention_count(ctx: ComposeContext) -> list[str]:
    """"How many comments mention X": the comments holding every topic word, counted exactly in SQL."""
    u = ctx.u
    if not u.topic:
        return []
    ids = ctx.searcher.index.keywords.containing_all(list(u.topic), kinds=("comment", "feedback"),
                                                     date_from=u.period.start.isoformat() if u.period else None,
                                                     date_to=u.period.end.isoformat() if u.period else None)
    words = " ".join(w for w in re.findall(r"[\w'-]+", u.question) if set(tokens(w)) & set(u.topic)) or " ".join(
        u.topic)
    if not ids:
        return [f"No comment mentions “{words}” (word stems)."]
    examples = ctx.searcher.rows(ids[:200])
    examples.sort(key=lambda r: r.date or "", reverse=True)
    cited = " ".join(f"{quote(r.text)} [{ctx.citations.cite(r.kind, r.ref_id, r.title, r.text, r.date or None)}]"
                     for r in examples[:3])
    when = f" in {u.period.label}" if u.period else ""
    return [f"**{plural(len(ids), 'comment')}**{when} mention “{words}” (all of these words, any form). "
            f"The newest: {cited}"]
