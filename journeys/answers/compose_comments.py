"""Answers from what customers said: themes with counts, shares, trends and quotes; emerging issues; trends.

Every theme line says how many comments it rests on; the answer cites at most `ctx.k` comments and at least
five when that many match.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import numpy as np

from journeys.answers.asks import top_n
from journeys.answers.comment_kind import question_kind, question_terms
from journeys.answers.comment_pool import SENTIMENT_WORD, Pool, build_pool, has_scores, keep_sentiment, vectors_for
from journeys.answers.context import ComposeContext, comment_place
from journeys.answers.format import plural, quote, rest_line
from journeys.answers.periods import Period
from journeys.answers.theme_places import where_most, with_places
from journeys.answers.themes import CommentText, Theme, emerging_themes, themes_for
from journeys.voice import kinds
from journeys.voice.sentiment import NEGATIVE, POSITIVE
from retrieval.tokens import tokens

MIN_CITED = 5  # a theme answer cites at least this many comments when the pool has them
RECENT_DAYS = 21
BASELINE_DAYS = 84


def _question_terms(ctx: ComposeContext) -> set[str]:
    return question_terms(ctx.u)


def subject_text(question: str, topic: tuple[str, ...]) -> str:
    """The stretch of the question from its first topic word to its last ("delayed flights" in "what do
    customers say about delayed flights?"), or "" without topic words."""
    words = re.findall(r"[\w'-]+", question)
    marks = [i for i, w in enumerate(words) if set(tokens(w)) & set(topic)]
    return " ".join(words[marks[0]:marks[-1] + 1]) if marks else ""


def _query_vector(ctx: ComposeContext):  # type: ignore[no-untyped-def]
    """What quotes and themes are matched to: the question and its subject alike, so that "what do customers
    say about" does not favour comments that mention customers."""
    embedder = ctx.searcher.index.embedder
    vector = embedder.encode_query(ctx.u.search_text)
    subject = subject_text(ctx.u.question, ctx.u.topic)
    if subject:
        vector = vector + embedder.encode_query(subject)
        vector = vector / np.linalg.norm(vector)
    return vector


def find_themes(ctx: ComposeContext, pool: Pool, max_themes: int = 5) -> list[Theme]:
    return themes_for(pool.comments, ctx.searcher.index.embedder, pool.vectors, exclude=sorted(_question_terms(ctx)),
                      idf=ctx.idf, query=_query_vector(ctx) if pool.by_relevance else None, anchor=ctx.anchor,
                      max_themes=max_themes, since=ctx.first_comment_date(), emphasis=pool.leans)


RELEVANCE_BAND = 0.1  # themes this close to the most relevant one share the quotes beyond one each


def quota(themes: list[Theme], budget: int) -> list[int]:
    """Quotes per theme: one each (two for the first), then more round-robin among the themes near the most
    relevant one, up to `budget`; at least MIN_CITED when the themes hold that many, never over `budget`."""
    if not themes:
        return []
    available = [min(len(t.quotes), t.count) for t in themes]
    target = min(budget, max(MIN_CITED, len(themes) + 1), sum(available))
    best = max(t.relevance for t in themes)
    near = [i for i, t in enumerate(themes) if t.relevance >= best - RELEVANCE_BAND]
    counts = [0] * len(themes)
    rounds = [[0], list(range(len(themes)))]
    while sum(counts) < target:
        progressed = False
        for i in (rounds.pop(0) if rounds else near if any(counts[j] < available[j] for j in near)
                  else range(len(themes))):
            if sum(counts) >= target:
                break
            if counts[i] < available[i]:
                counts[i] += 1
                progressed = True
        if not progressed and not rounds:
            break
    return counts


def trend_text(theme: Theme) -> str:
    if not theme.weekly or sum(n for _, n in theme.weekly) == 0:
        return ""
    series = ", ".join(str(n) for _, n in theme.weekly)
    if len(theme.weekly) < 4:
        return f"; {series} a week over the {plural(len(theme.weekly), 'week')} with data"
    return f"; {theme.trend}, {series} a week over the last {len(theme.weekly)} weeks"


def theme_lines(ctx: ComposeContext, themes: list[Theme], pool_size: int, budget: int) -> list[str]:
    lines = []
    for theme, n in zip(themes, quota(themes, budget), strict=True):
        cited = " ".join(f"{quote(c.text)} [{ctx.cite_comment(c)}]" for c in theme.quotes[:n])
        share = f"{theme.count / pool_size:.0%} of {pool_size}"
        lines.append(f"- **{theme.label}** ({plural(theme.count, 'comment')}, {share}{trend_text(theme)}): {cited}")
    return lines


def _loose_quotes(ctx: ComposeContext, comments: list[CommentText], n: int) -> list[str]:
    return [f"- {quote(c.text)} [{ctx.cite_comment(c)}]" for c in comments[:n]]


def compose_themes(ctx: ComposeContext, negative: bool = False, sentiment: str | None = None,
                   by_score: bool = False, who: str = "") -> list[str]:
    """The themes of the comments the question is about, of one sentiment when asked."""
    u = ctx.u
    sentiment = sentiment or (NEGATIVE if negative else None)
    pool = build_pool(ctx, sentiment, by_score)
    if pool is None:
        return []
    when = f" {u.period.phrase}" if u.period else ""
    kind = who or (f"{SENTIMENT_WORD[sentiment]} comments" if sentiment else "comments").strip()
    if not pool.comments:
        return []  # none of that sentiment: other routes may still answer
    themes = find_themes(ctx, pool)
    if pool.by_relevance and themes:
        # A pool picked for its likeness to the question: themes far less related than the best are side
        # topics of those comments, not what was asked about.
        best = max(t.relevance for t in themes)
        themes = [t for i, t in enumerate(themes) if t.relevance >= best - RELEVANCE_BAND or i < 2]
    size = len(pool.comments)
    of = f" (of {pool.searched} read)" if pool.searched > size else ""
    if not themes and pool.by_relevance and not (u.touchpoint or (u.stage and not u.stage_inferred)):
        # a few related comments across the base and no pattern: the general search (maps too) answers better;
        # at a place the question names, its related comments are the answer, quoted
        return []
    if not themes:
        head = (f"What customers say{when} ({plural(size, kind[:-1] if kind.endswith('s') else kind)} "
                f"{pool.scope}{of}){_place_cited(ctx)}:")
        return [head + "\n" + "\n".join(_loose_quotes(ctx, pool.comments, min(ctx.k, max(MIN_CITED, 3))))]
    head = (f"What customers say{when}: the main themes in the {size} {kind} {pool.scope}{of}{_place_cited(ctx)}, "
            f"grouped by meaning and named by their most typical phrase:")
    wanted = top_n(u.question)  # "top 3 things people moan about": three, the others named after them
    themes, rest = (themes[:wanted], themes[wanted:]) if wanted else (themes, [])
    if sentiment == POSITIVE and u.touchpoint is None and (where := where_most(ctx, pool.comments, kind)):
        head += "\n" + where  # "what do customers love most in the online journey": where, first
    lines = theme_lines(ctx, themes, size, ctx.k)
    if u.touchpoint is None:  # comments from several places: where each of the first themes happens
        lines = with_places(ctx, themes, lines)
    if rest:
        lines.append(rest_line([f"{t.label} ({plural(t.count, 'comment')})" for t in rest]))
    return [head + "\n" + "\n".join(lines)]


def _place_cited(ctx: ComposeContext) -> str:
    """" [n]", the citation of the touchpoint or named stage a question's comments were read at; else ""."""
    from journeys.answers.compose_map import cite_row

    u = ctx.u
    row = ctx.touchpoint_row(u.touchpoint) or (ctx.stage_row(u.stage) if not u.stage_inferred else None)
    return f" [{cite_row(ctx, row)}]" if row is not None else ""


def compose_by_score(ctx: ComposeContext, wanted: str) -> list[str]:
    """Detractors or promoters: by survey score where comments have one, by their words otherwise."""
    label = "detractors" if wanted == NEGATIVE else "promoters"
    probe = build_pool(ctx)
    if probe is not None and has_scores(probe.comments):
        return compose_themes(ctx, sentiment=wanted, by_score=True, who=f"comments from {label}")
    parts = compose_themes(ctx, sentiment=wanted)
    note = (f"_(No comment here carries a score, so {label} are read from the words: "
            f"{SENTIMENT_WORD[wanted]} comments.)_")
    return [note] + parts if parts else []


def _windows(ctx: ComposeContext) -> tuple[Period, Period]:
    """The recent window and the one before; short histories get windows scaled to their span."""
    u = ctx.u
    end = u.period.end if u.period else ctx.anchor
    first = ctx.first_comment_date()
    span = (end - first).days + 1 if first else RECENT_DAYS + BASELINE_DAYS
    asked = (u.period.end - u.period.start).days + 1 if u.period else 0
    if u.period and 2 <= asked <= span // 2:
        recent_days = asked  # the window the question names ("the last few weeks") is the recent one
    else:
        recent_days = RECENT_DAYS if span >= RECENT_DAYS * 3 else max(2, span // 4)
    base_days = min(max(BASELINE_DAYS, 3 * recent_days), max(recent_days, span - recent_days))
    weeks = recent_days // 7
    label = ("the last week" if weeks == 1 else f"the last {weeks} weeks") if recent_days % 7 == 0 else (
        f"the last {recent_days} days")
    recent = Period(end - timedelta(days=recent_days - 1), end, label)
    base_label = (("the week before" if base_days == 7 else f"the {base_days // 7} weeks before")
                  if base_days % 7 == 0 else f"the {base_days} days before")
    baseline = Period(recent.start - timedelta(days=base_days), recent.start - timedelta(days=1), base_label)
    return recent, baseline


def _split(comments: list[CommentText], start: date) -> tuple[list[CommentText], list[CommentText]]:
    recent = [c for c in comments if c.date and c.date >= start.isoformat()]
    before = [c for c in comments if c.date and c.date < start.isoformat()]
    return recent, before


def compose_emerging(ctx: ComposeContext, quiet: bool = False) -> list[str]:
    """Topics whose share of the recent window is far above the weeks before, with counts on both sides;
    `quiet`: nothing (rather than a "nothing stands out" line) when none is."""
    u = ctx.u
    recent, baseline = _windows(ctx)
    # a journey the question names bounds it as a place does: what is new in another journey was not asked
    place = comment_place(u)  # a stage guessed from part of its name: no bound, unless it is all the subject
    recent_comments: list[CommentText] = []
    baseline_comments: list[CommentText] = []
    if u.topic:
        pool = build_pool(ctx, limit=600)
        comments = pool.comments if pool else []
        recent_comments, baseline_comments = _split(comments, recent.start)
    if len(recent_comments) < 3 or not baseline_comments:
        # no subject, too little on it, or a pool searched within the question's window only (nothing to
        # compare with): what is new anywhere (at the place)
        recent_comments = ctx.comments_at(place, recent, limit=400)
        baseline_comments = _spread(ctx.comments_at(place, baseline, limit=3000), 800)
    where = f" at {place.name}" if place else ""
    embedder = ctx.searcher.index.embedder
    totals = (len(recent_comments), len(baseline_comments))
    recent_vectors, recent_comments = _not_praise(ctx, recent_comments)
    baseline_vectors, baseline_comments = _not_praise(ctx, baseline_comments)
    if len(recent_comments) < 3:
        return []
    found = emerging_themes(recent_comments, baseline_comments, embedder, recent_vectors,
                            baseline_vectors if baseline_comments else None,
                            exclude=sorted(_question_terms(ctx)), idf=ctx.idf, totals=totals)
    span = (f"{recent.label} (since {recent.start.isoformat()}, {_counted(len(recent_comments), totals[0])} "
            f"against {_counted(len(baseline_comments), totals[1])} in {baseline.label})")
    if not found and quiet:
        return []
    if not found:
        text = (f"No new issue stands out{where}: no theme of {span} is markedly more common than before.")
        # what is said of the subject, or at the place, in the window: what there is, though nothing is new
        return [text] + (compose_themes(ctx) if u.topic or place is not None else [])
    lines = []
    budget = max(MIN_CITED, ctx.k)
    per = max(1, budget // len(found))
    for item in found:
        theme = item.theme
        cited = " ".join(f"{quote(c.text)} [{ctx.cite_comment(c)}]" for c in theme.quotes[:per])
        lines.append(f"- **{theme.label}**: {plural(item.recent, 'comment')} in {recent.label} "
                     f"({item.recent / max(1, item.recent_total):.0%}), {item.before} like it in {baseline.label} "
                     f"({item.before / max(1, item.baseline_total):.0%}). {cited}")
    return [f"Emerging{where} in {span}:\n" + "\n".join(lines)]


def _counted(kept: int, total: int) -> str:
    """"25 comments (24 not praise)": a window's comments, and those left once the pleased ones are set aside."""
    return plural(total, "comment") + (f" ({kept} not praise)" if kept != total else "")


def _asks_complaints(u) -> bool:  # type: ignore[no-untyped-def]
    return bool({"complaints", "pain"} & u.intents)


def _not_praise(ctx: ComposeContext, comments: list[CommentText]) -> tuple[np.ndarray, list[CommentText]]:
    """The comments' vectors and the comments, without the pleased ones when the question asks for new
    complaints or problems (a rise in praise is no new complaint); both windows are read by this one rule."""
    vectors = vectors_for(ctx, comments)
    if not comments or not _asks_complaints(ctx.u):
        return vectors, comments
    pleased = set(keep_sentiment(comments, POSITIVE, vectors=vectors, embedder=ctx.searcher.index.embedder))
    kept = [i for i in range(len(comments)) if i not in pleased]
    return vectors[kept], [comments[i] for i in kept]


def _spread(comments: list[CommentText], n: int) -> list[CommentText]:
    """At most n comments spread evenly over the list (the whole baseline, not just its newest end)."""
    if len(comments) <= n:
        return comments
    step = len(comments) / n
    return [comments[int(i * step)] for i in range(n)]


def compose_voice(ctx: ComposeContext) -> list[str]:
    """The routing table's entry for questions about what customers say: their kind by meaning, then its
    composer; nothing for other questions (or a question about comments with no evidence on its topic)."""
    from journeys.answers.compose_general import covered

    kind = comment_question(ctx)
    if kind is None:
        return []
    u = ctx.u
    named = u.touchpoint is not None or (u.stage is not None and not u.stage_inferred) or u.segment is not None
    # A question this far has its kind from its meaning and names no metric (comment_kind.py): a cue word that
    # would make it a KPI question ("the latest on late flights") does not raise the bar for its evidence.
    plain = replace(ctx, understanding=replace(u, intents=u.intents - {"kpi"})) if "kpi" in u.intents else ctx
    if u.topic and not named and not covered(plain) and kind != kinds.PRIORITY:
        # (a ranking of what to fix reads every place; a subject the base lacks was declined before this)
        return []  # comments nearest an unrelated question are not evidence
    return compose_kind(ctx, kind)


def compose_complaints(ctx: ComposeContext) -> list[str]:
    return compose_themes(ctx, sentiment=NEGATIVE)


def compose_praise(ctx: ComposeContext) -> list[str]:
    """What customers like; at a place (or segment) the question names where none of the comments is positive,
    that is the answer, said plainly, not the place's other comments passed off as praise."""
    parts = compose_themes(ctx, sentiment=POSITIVE)
    u = ctx.u
    if parts or not (u.touchpoint is not None or (u.stage is not None and not u.stage_inferred) or u.segment):
        return parts
    # every comment there (no topic: the place's own, exact SQL), not only those nearest the question's words
    liked = build_pool(ctx, POSITIVE, topic=())
    if liked is not None and liked.comments:
        return []  # praise there, just not on the question's subject: the routes after this answer
    every = build_pool(ctx, None, topic=())
    if every is None or len(every.comments) < MIN_CITED:
        return []
    nearest = build_pool(ctx, None) or every
    head = (f"No praise {every.scope}: none of its {plural(len(every.comments), 'comment')} is positive"
            f"{_place_cited(ctx)}. The ones nearest your question:")
    return [head + "\n" + "\n".join(_loose_quotes(ctx, nearest.comments, min(ctx.k, max(MIN_CITED, 3))))]


def compose_priority(ctx: ComposeContext) -> list[str]:
    from journeys.answers.compose_priority import compose_priority as ranked

    return ranked(ctx)


def compose_kind(ctx: ComposeContext, kind: str) -> list[str]:
    """The composer for a comment question's kind (journeys.voice.kinds)."""
    if kind == kinds.COMPLAINTS:
        return compose_themes(ctx, sentiment=NEGATIVE)
    if kind == kinds.PRAISE:
        return compose_themes(ctx, sentiment=POSITIVE)
    if kind == kinds.DETRACTORS:
        return compose_by_score(ctx, NEGATIVE)
    if kind == kinds.PROMOTERS:
        return compose_by_score(ctx, POSITIVE)
    if kind == kinds.EMERGING:
        return compose_emerging(ctx)
    if kind == kinds.TREND:
        from journeys.answers.compose_worse import compose_trend

        return compose_trend(ctx, sentiment=NEGATIVE if "pain" in ctx.u.intents else None)
    if kind == kinds.PRIORITY:
        from journeys.answers.compose_priority import compose_priority

        return compose_priority(ctx)
    return compose_themes(ctx)


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
    when = f" {u.period.phrase}" if u.period else ""
    return [f"**{plural(len(ids), 'comment')}**{when} mention “{words}” (all of these words, any form). "
            f"The newest: {cited}"]


def comment_question(ctx: ComposeContext) -> str | None:
    """The kind of a question about comments (journeys/answers/comment_kind.py), as decided when its evidence
    was gathered; the words that only say the kind leave the topic, the rest is the subject."""
    u, evidence = ctx.u, ctx.evidence
    if evidence.voice is None:
        evidence.voice = question_kind(u, ctx.searcher.index.embedder)
    if evidence.voice.kind is not None:
        u.topic = tuple(w for w in u.topic if w not in evidence.voice.words)
    return evidence.voice.kind
