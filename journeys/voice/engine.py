"""The theme engine: cluster a comment pool by meaning, name each cluster by its most typical phrase, count it.

API (shared by answers and weekly summaries):

    themes_for(pool, embedder, vectors=None, exclude=(), idf=None, query=None, anchor=None,
               max_themes=5, min_size=None) -> list[Theme]
        `pool` is a bounded list of CommentText (a few hundred at most: the comments relevant to a question, or
        a week's comments); `vectors` their unit vectors in the same order (taken from the search index by the
        caller; encoded here when absent); `exclude` stems that may not name a theme alone (the question's own
        words); `idf` a stem -> rarity lookup (words common across the whole store never name a theme alone);
        `query` a unit vector that orders themes by relevance and picks quotes near both centre and question;
        `anchor` the date weekly trends count back from, `since` the first date with data. Themes come largest
        (or most relevant) first.

    emerging_themes(recent, baseline, embedder, ...) -> list[Emerging]
        Themes of the recent pool whose share there is far above their share of the baseline pool (the weeks
        before), each with its counts on both sides.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from journeys.voice import phrases
from journeys.voice.clusters import DEFAULT_THRESHOLD, centroid, cluster
from journeys.voice.model import CommentText

TREND_WEEKS = 6  # weekly counts shown for a theme
MIN_CLUSTER = 3  # a theme is a pattern: at least this many comments (two in a pool under 20)
LIKE_QUANTILE = 0.1  # a comment of either window is like a theme when as near its centre as 90% of its members
_phrase_vectors: dict[int, phrases.PhraseVectors] = {}


@dataclass
class Theme:
    label: str
    comments: list[CommentText] = field(default_factory=list)  # nearest the centre first
    share: float = 0.0  # of the pool
    weekly: list[tuple[date, int]] = field(default_factory=list)  # (week start, comments), oldest first
    quotes: list[CommentText] = field(default_factory=list)  # near the centre (and the question, if given)
    relevance: float = 0.0  # cosine of the centre to the question
    centre: np.ndarray | None = None

    @property
    def count(self) -> int:
        return len(self.comments)

    @property
    def trend(self) -> str:
        """rising | falling | steady: the last half of the weekly counts against the half before."""
        if len(self.weekly) < 4:
            return "steady"
        half = len(self.weekly) // 2
        before = sum(n for _, n in self.weekly[:half])
        after = sum(n for _, n in self.weekly[half:])
        if after >= 3 and after >= 1.5 * before + 1:
            return "rising"
        if before >= 3 and before >= 1.5 * after + 1:
            return "falling"
        return "steady"


@dataclass
class Emerging:
    theme: Theme  # its comments are the recent ones
    before: int  # comments like it in the baseline pool
    recent_total: int
    baseline_total: int
    now: int = 0  # comments like it in the recent pool, by the same rule as `before` (members or not)
    cut: float = 0.0  # the nearness to the theme's centre that makes a comment of either window "like" it

    @property
    def recent(self) -> int:
        return self.now or self.theme.count


def _vectors_of(pool: Sequence[CommentText], embedder, vectors: np.ndarray | None) -> np.ndarray:  # type: ignore[no-untyped-def]
    if vectors is not None and len(vectors) == len(pool):
        return np.asarray(vectors, dtype=np.float32)
    return embedder.encode([c.text for c in pool])


def phrase_vectors(embedder) -> phrases.PhraseVectors:  # type: ignore[no-untyped-def]
    key = id(embedder)
    if key not in _phrase_vectors:
        _phrase_vectors[key] = phrases.PhraseVectors(embedder)
    return _phrase_vectors[key]


def weekly_counts(comments: Sequence[CommentText], anchor: date | None, weeks: int = TREND_WEEKS,
                  since: date | None = None) -> list[tuple[date, int]]:
    """Comments per week for the `weeks` weeks ending at `anchor` (Monday-started weeks), none before the week
    of `since` (the store's first comment: weeks with no data yet are not weeks of silence)."""
    if anchor is None:
        return []
    last = anchor - timedelta(days=anchor.weekday())
    first = since - timedelta(days=since.weekday()) if since else None
    starts = [last - timedelta(weeks=w) for w in range(weeks - 1, -1, -1)]
    starts = [s for s in starts if first is None or s >= first]
    counts = dict.fromkeys(starts, 0)
    for c in comments:
        if not c.date:
            continue
        day = date.fromisoformat(c.date[:10])
        week = day - timedelta(days=day.weekday())
        if week in counts:
            counts[week] += 1
    return list(counts.items())


def themes_for(pool: Sequence[CommentText], embedder, vectors: np.ndarray | None = None,  # type: ignore[no-untyped-def]
               exclude: Sequence[str] = (), idf: phrases.IdfLookup | None = None, query: np.ndarray | None = None,
               anchor: date | None = None, max_themes: int = 5, min_size: int | None = None,
               threshold: float = DEFAULT_THRESHOLD, since: date | None = None,
               emphasis: np.ndarray | None = None, timings: dict[str, float] | None = None,
               mean: np.ndarray | None = None) -> list[Theme]:
    """Themes of a comment pool (see the module docstring). `emphasis`, one number a comment in -1..1, favours
    some comments as quotes (the most clearly critical ones, for a question about complaints). `timings`, when
    given, receives "cluster_ms" and "name_ms" (bench/themes.py)."""
    if not pool:
        return []
    started = time.perf_counter()
    matrix = _vectors_of(pool, embedder, vectors)
    groups = cluster(matrix, threshold, mean)
    clustered = time.perf_counter()
    min_size = min_size or (MIN_CLUSTER if len(pool) >= 20 else 2)
    excluded = set(exclude)
    namer = phrase_vectors(embedder)
    # Shortlist names for every cluster large enough, embed all shortlists in one batch, then name in order.
    drafts = []
    for group in groups:
        if len(group) < min_size or len(drafts) >= max_themes + 2:
            break  # groups come largest first
        centre = centroid(matrix[group])
        closeness = matrix[group] @ centre
        order = [group[i] for i in np.argsort(-closeness, kind="stable")]
        members = [pool[i] for i in order]
        found = phrases.shortlist([c.text for c in members], centre, excluded, idf, matrix[order],
                                  phrases.EMBEDDED + 2)
        drafts.append((order, members, centre, found))
    texts = list(dict.fromkeys(c.text for *_, found in drafts for c in found))
    encoded = dict(zip(texts, namer(texts), strict=True)) if texts else {}
    themes: list[Theme] = []
    taken: set[tuple[str, ...]] = set()
    for order, members, centre, found in drafts:
        best = phrases.choose(found, np.array([encoded[c.text] for c in found]), centre, len(members), taken) \
            if found else None
        if best is None:
            continue  # nothing recurs in it that names a topic: no theme, however large
        taken.add(best.key)
        relevance = float(centre @ query) if query is not None else 0.0
        themes.append(Theme(label=best.text, comments=members, share=len(members) / len(pool),
                            weekly=weekly_counts(members, anchor, since=since), relevance=relevance, centre=centre,
                            quotes=_quotes(members, matrix[order], centre, query,
                                           emphasis[order] if emphasis is not None else None)))
    if query is not None:
        # Most relevant first, weighed with size: a big theme slightly off the question still ranks.
        themes.sort(key=lambda t: -(t.relevance + 0.1 * math.log(t.count)))
    if timings is not None:
        timings["cluster_ms"] = (clustered - started) * 1000
        timings["name_ms"] = (time.perf_counter() - clustered) * 1000
    return themes[:max_themes]


def _quotes(members: list[CommentText], vectors: np.ndarray, centre: np.ndarray, query: np.ndarray | None,
            emphasis: np.ndarray | None = None, n: int = 6) -> list[CommentText]:
    """The comments nearest the centre (and the question, and the emphasis), readable length first."""
    score = vectors @ centre
    if query is not None:
        score = score + 1.5 * (vectors @ query)  # quotes of a theme that answer the question best
    if emphasis is not None:
        score = score + 0.3 * emphasis
    readable = np.array([0.0 if 25 <= len(c.text) <= 240 else -1.0 for c in members])
    order = np.argsort(-(score + readable), kind="stable")
    picked: list[CommentText] = []
    said: set[str] = set()
    for i in order:
        words = " ".join(re.findall(r"\w+", members[i].text.lower()))
        if words in said:
            continue  # the same words again (resubmitted, or in capitals): one quote says it
        said.add(words)
        picked.append(members[i])
        if len(picked) == n:
            break
    return picked


def emerging_themes(recent: Sequence[CommentText], baseline: Sequence[CommentText], embedder,  # type: ignore[no-untyped-def]
                    recent_vectors: np.ndarray | None = None, baseline_vectors: np.ndarray | None = None,
                    exclude: Sequence[str] = (), idf: phrases.IdfLookup | None = None, max_items: int = 3,
                    min_count: int = 3, min_ratio: float = 2.5, min_z: float = 2.0,
                    totals: tuple[int, int] | None = None) -> list[Emerging]:
    """Recent themes whose odds are at least `min_ratio` times their odds before (about their share's ratio,
    for small shares), and clearly so (a two-proportion z of at least `min_z`), most clearly risen first (see the
    module docstring).

    Both windows are counted by one rule: a comment of either window is "like" a theme when it is at least as
    near the theme's centre as most of the theme's own members (all but its loosest tenth). Counting the recent side
    by cluster membership and the baseline side by nearness would make every tight small cluster look new.

    `totals`: how many comments each window held before some were left out (the pleased ones, when new
    complaints are asked for): shares are of everything customers said, so complaints that grew while praise
    held steady still show as a rise."""
    if len(recent) < min_count:
        return []
    base = _vectors_of(baseline, embedder, baseline_vectors) if baseline else np.zeros((0, 1), np.float32)
    rvec = _vectors_of(recent, embedder, recent_vectors)
    # clustered against both windows' mean: a theme that is most of the recent window is what is new there,
    # and the recent window's own mean would take it away
    mean = np.vstack([rvec, base]).mean(axis=0) if len(baseline) else None
    found = themes_for(recent, embedder, rvec, exclude, idf, max_themes=8, min_size=min_count, mean=mean)
    if not found:
        return []
    index = {c.id: i for i, c in enumerate(recent)}
    recent_total, baseline_total = (max(len(recent), totals[0]), max(len(baseline), totals[1])) if totals else (
        len(recent), len(baseline))
    out = []
    for theme in found:
        own = rvec[[index[c.id] for c in theme.comments]] @ theme.centre
        cut = float(np.quantile(own, LIKE_QUANTILE))
        now = int((rvec @ theme.centre >= cut).sum())
        before = int((base @ theme.centre >= cut).sum()) if len(baseline) else 0
        # the rise as an odds ratio: a share ratio for the usual small shares, without the ceiling of a theme
        # that makes up most of the recent window (85% now against 35% before is a rise a share ratio misses)
        recent_share = min(now, recent_total - 0.5) / recent_total
        base_share = min(before + 0.5, max(1, baseline_total) - 0.5) / max(1, baseline_total)
        odds_ratio = (recent_share / (1 - recent_share)) / (base_share / (1 - base_share))
        z = _rise(now, recent_total, before, baseline_total if len(baseline) else 0)
        if odds_ratio >= min_ratio and now >= min_count and z >= min_z:
            out.append((z, Emerging(theme, before, recent_total, baseline_total, now, cut)))
    out.sort(key=lambda item: -item[0])
    return [e for _, e in out[:max_items]]


def _rise(now: int, recent_total: int, before: int, baseline_total: int) -> float:
    """The two-proportion z of a share's rise from the baseline window to the recent one (0 when either
    window is empty): how many standard errors the recent share stands above the one before."""
    if not recent_total or not baseline_total:
        return 0.0
    pooled = (now + before) / (recent_total + baseline_total)
    spread = math.sqrt(max(pooled * (1 - pooled), 1e-9) * (1 / recent_total + 1 / baseline_total))
    return (now / recent_total - before / baseline_total) / spread
