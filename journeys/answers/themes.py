"""Themes in a set of comments: the phrases that the most comments share, greedily, with counts and quotes.

Phrases are scored by how many comments use them and how distinctive their words are in the whole corpus,
so "delivery cost" beats "very".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from retrieval.tokens import STOPWORDS, stem

# @mentions, #hashtags and links name who and where, not what: never theme material.
_NOT_WORDS = re.compile(r"(?:@|#)\w+|https?://\S+|www\.\S+")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9'&-]*")
# Words that say how, not what (evaluative words, light verbs, chat filler): poor theme labels.
_FILLER = {"would", "could", "realli", "veri", "much", "even", "still", "thing", "want", "need", "make",
           "made", "went", "take", "took", "time", "day", "week", "back", "today", "yesterday", "thank",
           "thanks", "pleas", "lot", "everi", "alway", "never", "ever", "again", "way", "well", "good",
           "great", "use", "order", "custom", "customer", "servic", "experi", "compani", "product", "websit",
           "site", "item", "nice", "amp", "http", "co", "im", "ive", "dont", "didnt", "cant", "wont", "isnt",
           "th", "ok", "yes", "hi", "love", "like", "better", "best", "worst", "bad", "happi", "terribl", "aw",
           "awesom", "amaz", "excel", "perfect", "fine", "arriv", "gave", "give", "exact", "tri", "said",
           "say", "told", "know", "think", "felt", "feel", "look", "see", "seem", "come", "came", "first",
           "new", "old", "almost", "near", "also", "abl", "yet", "sure", "okay", "quit", "pretti", "bit",
           "littl", "lol", "wow", "absolut", "definit", "total", "actual", "anyth", "someth", "everyth",
           "noth", "peopl", "got", "get", "ask", "let", "put", "keep", "kept", "call", "help", "fix", "sort",
           "work", "happen", "guy", "someon", "anyon", "everyon", "nobodi", "hour", "minut", "month", "year",
           "now", "last", "ago", "end", "twice", "onc", "left", "poor", "shock", "abysm", "wors",
           "disappoint", "rubbish", "horribl", "useless", "brilliant", "fantast", "wonder", "lovely", "smooth",
           "simpl", "clear", "problem", "issu", "complain", "complaint", "mani", "point", "thx", "pls", "plz"}


@dataclass
class CommentText:
    id: str  # "comment:ID" or "feedback:ID"
    text: str
    date: str | None = None
    score: float | None = None
    title: str = "Comment"


@dataclass
class Theme:
    label: str
    comments: list[CommentText] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.comments)


COMMON_IDF = 1.4  # BM25 idf of a word found in about a quarter of all documents
IdfLookup = Callable[[Sequence[str]], dict[str, float]]  # stems -> idf, one batch at a time


def _phrases(text: str, stems_seen: dict[str, Counter[str]] | None = None
             ) -> tuple[set[tuple[str, ...]], dict[tuple[str, ...], str]]:
    """Unigrams and bigrams of content words, keyed by stem prefix, with their surface forms; `stems_seen`
    collects which full stems each prefix stood for (to look their rarity up)."""
    words = _TOKEN.findall(_NOT_WORDS.sub(" ", text))
    content = []
    for word in words:
        lowered = word.lower().strip("'")
        if lowered in STOPWORDS or len(lowered) < 3:
            content.append(None)
            continue
        stemmed = stem(lowered)
        # Group on a 5-letter prefix so "delivery" and "delivered" (stems deliveri/deliv) form one theme.
        if stemmed in _FILLER:
            content.append(None)
            continue
        content.append((stemmed[:5], lowered))
        if stems_seen is not None:
            stems_seen.setdefault(stemmed[:5], Counter())[stemmed] += 1
    found: set[tuple[str, ...]] = set()
    surface: dict[tuple[str, ...], str] = {}
    for i, item in enumerate(content):
        if item is None:
            continue
        found.add((item[0],))
        surface.setdefault((item[0],), item[1])
        nxt = content[i + 1] if i + 1 < len(content) else None
        if nxt is not None and nxt[0] != item[0]:
            key = (item[0], nxt[0])
            found.add(key)
            surface.setdefault(key, f"{item[1]} {nxt[1]}")
    return found, surface


def _weights(phrases: set[tuple[str, ...]], stems_seen: dict[str, Counter[str]], idf: IdfLookup
             ) -> dict[tuple[str, ...], float]:
    """Phrase weight: the mean rarity (idf) of its words, bigrams favoured; one idf lookup for all."""
    keys = {k for phrase in phrases for k in phrase}
    full = {k: stems_seen[k].most_common(1)[0][0] for k in keys if k in stems_seen}
    rarity = idf(sorted(set(full.values())))
    weights = {}
    for phrase in phrases:
        values = [rarity.get(full.get(k, k), 1.0) for k in phrase]
        if max(values) < COMMON_IDF:
            continue  # every word is in a quarter of all documents ("flight" among airline tweets): no theme
        weights[phrase] = sum(values) / len(values) * (1.8 if len(phrase) == 2 else 1.0)
    return weights


def find_themes(comments: Sequence[CommentText], idf: IdfLookup, max_themes: int = 4, min_count: int = 2,
                exclude: set[str] = frozenset(), first_share: float = 0.15,  # type: ignore[assignment]
                later_share: float = 0.15) -> list[Theme]:
    """Greedy: take the best-scoring phrase, give it its comments, repeat on the rest. The first theme needs
    `first_share` of the comments, the others `later_share` (and always at least `min_count`)."""
    per_comment: list[set[tuple[str, ...]]] = []
    surfaces: dict[tuple[str, ...], Counter[str]] = {}
    stems_seen: dict[str, Counter[str]] = {}
    for comment in comments:
        found, surface = _phrases(comment.text, stems_seen)
        found = {p for p in found if not set(p) & exclude}
        per_comment.append(found)
        for key, form in surface.items():
            surfaces.setdefault(key, Counter())[form] += 1
    remaining = list(range(len(comments)))
    themes: list[Theme] = []
    later_min = max(min_count, round(len(comments) * later_share))
    min_count = max(min_count, round(len(comments) * first_share))  # a theme is a pattern, not stray comments
    totals: Counter[tuple[str, ...]] = Counter()
    for found in per_comment:
        totals.update(found)
    weights = _weights({p for p, n in totals.items() if n >= min_count}, stems_seen, idf)
    while remaining and len(themes) < max_themes:
        counts: Counter[tuple[str, ...]] = Counter()
        for i in remaining:
            counts.update(per_comment[i])
        best, best_score = None, 0.0
        for phrase, count in counts.items():
            if count < (later_min if themes else min_count) or phrase not in weights:
                continue
            score = count * weights[phrase]
            if score > best_score:
                best, best_score = phrase, score
        if best is None:
            break
        members = [i for i in remaining if best in per_comment[i]]
        label = surfaces[best].most_common(1)[0][0]
        themes.append(Theme(label=label, comments=[comments[i] for i in members]))
        remaining = [i for i in remaining if i not in set(members)]
    return themes


def emerging_phrases(recent: Sequence[CommentText], baseline: Sequence[CommentText], idf: IdfLookup,
                     max_items: int = 3, min_count: int = 3) -> list[tuple[Theme, int]]:
    """Phrases far more common in the recent window than before; returns (theme, baseline count)."""
    stems_seen: dict[str, Counter[str]] = {}
    recent_sets, surfaces = [], {}
    for comment in recent:
        found, surface = _phrases(comment.text, stems_seen)
        recent_sets.append(found)
        for key, form in surface.items():
            surfaces.setdefault(key, Counter())[form] += 1
    base_counts: Counter[tuple[str, ...]] = Counter()
    for comment in baseline:
        base_counts.update(_phrases(comment.text)[0])
    recent_counts: Counter[tuple[str, ...]] = Counter()
    for found in recent_sets:
        recent_counts.update(found)
    n_recent, n_base = max(1, len(recent)), max(1, len(baseline))
    surprising = []
    for phrase, count in recent_counts.items():
        if count < min_count:
            continue
        expected = n_recent * (base_counts[phrase] + 0.5) / n_base
        surprise = (count - expected) / math.sqrt(expected)  # how many "standard deviations" above the past rate
        if count / expected >= 3 and surprise >= 4.5:
            surprising.append((phrase, surprise))
    weights = _weights({p for p, _ in surprising}, stems_seen, idf)
    scored = [(surprise * weights[phrase], phrase) for phrase, surprise in surprising if phrase in weights]
    scored.sort(reverse=True)
    scored = [item for item in scored if item[0] >= 0.3 * scored[0][0]] if scored else []
    chosen: list[tuple[Theme, int]] = []
    used: set[int] = set()
    for _, phrase in scored:
        members = [i for i, found in enumerate(recent_sets) if phrase in found]
        if len(set(members) & used) > len(members) / 2:
            continue  # mostly the same comments as a phrase already chosen
        used.update(members)
        label = surfaces[phrase].most_common(1)[0][0]
        chosen.append((Theme(label, [recent[i] for i in members]), base_counts[phrase]))
        if len(chosen) >= max_items:
            break
    return chosen
