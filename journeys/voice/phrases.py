"""Keyphrases: name a cluster by its most typical multi-word phrase.

Candidates are the 1-3 word n-grams of the cluster's comments that begin and end on a content word (no
stopword, no filler, no @name, #tag or link) and recur in several comments. Each is embedded with the same
embedder as the comments and scored by its cosine to the cluster centre (the KeyBERT idea, on the project's
own Embedder, so no PyTorch-only library runs at query time), weighted by how many of the cluster's comments
use it. Phrases made only of the question's own words, or only of words common across the whole store, are
never names.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from retrieval.tokens import STOPWORDS, stem

_NOT_WORDS = re.compile(r"(?:@|#)\w+|https?://\S+|www\.\S+|&amp;|&\w+;")
_CHUNK = re.compile(r"[.!?;:,()\[\]\"“”/|]+|\s[-–—]\s")
_WORD = re.compile(r"[a-z][a-z0-9'&-]*")
# Words that say how much, when or how it felt rather than what about; they may sit inside a phrase
# ("wait on hold") but never start or end one. Stems, checked after Snowball.
FILLER = frozenset(stem(w) for w in """
would could really very much even still thing things want need make made went take took back today yesterday
time times day days week weeks hour hours minute minutes month months year years tonight morning
tomorrow thank thanks please pls plz thx lot lots every always never ever again way well good great use nice
im ive dont didnt cant wont isnt doesnt ok okay yes yeah hi hey hello love like better best worst bad happy
terrible awful awesome amazing excellent perfect fine gave give exactly try tried said say says told know
think felt feel look see seem come came first new old almost nearly also able yet sure quite pretty bit
little lol wow absolutely definitely totally actually anything something everything nothing people got get
ask asked let put keep kept guy guys someone anyone everyone nobody now last ago end twice left poor shocking
disappointing disappointed rubbish horrible useless brilliant fantastic wonderful lovely problem problems issue
issues complain complaint many point another either though although however whether instead rather enough
maybe perhaps probably literally seriously honestly basically simply quick quickly lot already since
soon far long yet sometimes often usually anyway though thru via etc one two three going gonna wanna
got getting doing done sent trying tell hear heard mean means said saying seems looks feels able unable
""".split())
MIN_SHARE = 0.08  # a name is used by at least this share of the cluster's comments (and by two of them)
MIN_TYPICAL = 0.3  # a name at least this close (cosine) to its cluster's centre, or the cluster goes unnamed
COMMON_IDF = 1.4  # BM25 idf of a word in about a quarter of all documents ("flight" among airline tweets)
IdfLookup = Callable[[Sequence[str]], dict[str, float]]


@dataclass(frozen=True)
class Candidate:
    key: tuple[str, ...]  # the stems
    text: str  # its most common surface form
    comments: int  # how many of the cluster's comments use it


def ngrams(text: str, max_n: int = 3) -> dict[tuple[str, ...], str]:
    """Stem key -> surface form of every candidate n-gram in one comment."""
    return _ngrams(text, max_n)[0]


@lru_cache(maxsize=8192)
def _ngrams(text: str, max_n: int = 3) -> tuple[dict[tuple[str, ...], str],
                                                dict[tuple[str, ...], tuple[str | None, str | None]]]:
    """`ngrams`, and for the longest ones the content words just before and after them (None: no word there,
    or a stopword), to tell a phrase from a cut-off piece of a longer one. Cached per text (a pool's comments
    recur across questions, and `shortlist` reads them twice): the dicts are shared, callers only read them."""
    found: dict[tuple[str, ...], str] = {}
    around: dict[tuple[str, ...], tuple[str | None, str | None]] = {}
    for chunk in _CHUNK.split(_NOT_WORDS.sub(" . ", text.lower())):
        words = [w.strip("'-&") for w in _WORD.findall(chunk)]
        words = [w for w in words if w]
        stems = [stem(w) for w in words]
        edge_ok = [len(w) > 2 and w not in STOPWORDS and s not in FILLER and not w.isdigit()
                   for w, s in zip(words, stems, strict=True)]
        for i in range(len(words)):
            if not edge_ok[i]:
                continue
            for n in range(1, max_n + 1):
                j = i + n - 1
                if j >= len(words):
                    break
                if edge_ok[j] and len(set(stems[i:j + 1])) == n:
                    key = tuple(stems[i:j + 1])
                    found.setdefault(key, " ".join(words[i:j + 1]))
                    if n == max_n:
                        around.setdefault(key, (stems[i - 1] if i > 0 and edge_ok[i - 1] else None,
                                                stems[j + 1] if j + 1 < len(words) and edge_ok[j + 1] else None))
    return found, around


def _fold_misspellings(counts: Counter[tuple[str, ...]], idf: IdfLookup | None) -> None:
    """An n-gram that is another one with one word misspelt ("securty queue" for "security queue"): its
    comments count for the one spelt right, and it is no name of its own. Of two spellings the right one is
    the one the whole store uses more (the lower idf), or, without the store's counts, the one used at least
    twice as often here."""
    by_shape: dict[tuple[int, tuple[str, ...]], list[tuple[str, ...]]] = {}
    for key in counts:
        for i, word in enumerate(key):
            if len(word) >= 5:
                by_shape.setdefault((i, key[:i] + key[i + 1:]), []).append(key)
    pairs = [(i, keys[x], keys[y]) for (i, _), keys in by_shape.items() if len(keys) > 1
             for x, y in _misspelt_pairs([k[i] for k in keys])]
    rarity = idf(sorted({k[i] for i, a, b in pairs for k in (a, b)})) if idf and pairs else {}
    for i, rare, right in pairs:
        if rare not in counts or right not in counts:
            continue
        if rarity:
            spelt_right = rarity.get(rare[i], 10.0) > rarity.get(right[i], 10.0) + 1.0
        else:
            spelt_right = counts[right] >= 2 * counts[rare]
        if spelt_right:
            counts[right] += counts.pop(rare)


_SMALL_GROUP = 8  # fewer words than this: every pair judged directly (cheaper than the matrices)
_RATIO = 80  # fuzz.ratio of a misspelt stem to the one spelt right, at least


def _misspelt_pairs(words: list[str]) -> list[tuple[int, int]]:
    """The (i, j) of distinct `words` where words[i] is words[j] misspelt (`_misspelt`), i then j ascending. A
    one-word n-gram's group holds every long word of the cluster, so the pairs are first narrowed by
    rapidfuzz's all-pairs ratio matrix (in C), then each remaining pair is judged by `_misspelt` itself. One
    letter off (an edit, or two letters swapped) leaves a ratio of at least 100 * (1 - 1 / the shorter
    length), so a cut-off just under that and `_RATIO` misses no pair the rule takes."""
    shortest = min(map(len, words), default=0)
    if len(words) < _SMALL_GROUP or shortest < 2:
        return [(i, j) for i, a in enumerate(words) for j, b in enumerate(words) if a != b and _misspelt(a, b)]
    cut = min(_RATIO, 100 * (1 - 1 / shortest)) - 1
    near = process.cdist(words, words, scorer=fuzz.ratio, score_cutoff=cut) > 0
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(near), strict=True)
            if words[i] != words[j] and _misspelt(words[i], words[j])]


def _misspelt(word: str, right: str) -> bool:
    """Is `word` (a stem) `right` misspelt: one letter off, or Snowball's cut of it spelt otherwise ("securti"
    of securty, "secur" of security)?"""
    return DamerauLevenshtein.distance(word, right) == 1 or fuzz.ratio(word, right) >= _RATIO


def candidates(texts: Sequence[str], exclude: set[str], idf: IdfLookup | None, max_candidates: int = 40
               ) -> list[Candidate]:
    """The n-grams that recur in a cluster, most used first; none made only of excluded or common stems."""
    counts: Counter[tuple[str, ...]] = Counter()
    spelt: Counter[tuple[tuple[str, ...], str]] = Counter()  # (n-gram, as written): how often
    sides: dict[tuple[str, ...], list[tuple[str | None, str | None]]] = {}
    for text in texts:
        found, around = _ngrams(text)
        counts.update(found.keys())
        spelt.update(found.items())
        for key, pair in around.items():
            sides.setdefault(key, []).append(pair)
    _fold_misspellings(counts, idf)
    floor = max(2, math.ceil(MIN_SHARE * len(texts)))
    frequent = [k for k, n in counts.items() if n >= floor]
    # Each frequent n-gram's most used spelling, the first seen of equals (as Counter.most_common(1) picks).
    surfaces: dict[tuple[str, ...], tuple[str, int]] = {}
    wanted = set(frequent)
    for (key, surface), n in spelt.items():
        if key in wanted and (key not in surfaces or n > surfaces[key][1]):
            surfaces[key] = (surface, n)
    content = {s for k in frequent for s in k if s not in STOPWORDS}
    rarity = idf(sorted(content)) if idf else {}
    out = []
    for key in frequent:
        words = [s for s in key if s not in STOPWORDS]
        if all(s in exclude for s in words):
            continue  # never only the question's own words
        if rarity and max(rarity.get(s, 10.0) for s in words) < COMMON_IDF:
            continue  # every word is everywhere in the store: it names no topic
        if _cut_off(sides.get(key, [])):
            continue  # "priya from customer" (service): a piece of a longer phrase, not a phrase
        out.append(Candidate(key, surfaces[key][0], counts[key]))
    out.sort(key=lambda c: (-c.comments, -len(c.key), c.text))
    return out[:max_candidates]


def _cut_off(sides: list[tuple[str | None, str | None]]) -> bool:
    """Is the longest n-gram always preceded, or always followed, by the same content word?"""
    if len(sides) < 2:
        return False
    before, after = {b for b, _ in sides}, {a for _, a in sides}
    return (len(before) == 1 and None not in before) or (len(after) == 1 and None not in after)


class PhraseVectors:
    """Embeds short phrases with the project's embedder, cached (phrases recur across questions)."""

    def __init__(self, embedder, limit: int = 20_000) -> None:  # type: ignore[no-untyped-def]
        self.embedder = embedder
        self.limit = limit
        self._cache: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def __call__(self, phrases: Sequence[str]) -> np.ndarray:
        missing = [p for p in dict.fromkeys(phrases) if p not in self._cache]
        if missing:
            vectors = self.embedder.encode(missing)
            with self._lock:
                if len(self._cache) > self.limit:
                    self._cache.clear()
                self._cache.update(zip(missing, vectors, strict=True))
        return np.array([self._cache[p] for p in phrases], dtype=np.float32)


EMBEDDED = 6  # candidates per cluster that are embedded (the rest are ranked out without the model)


def shortlist(texts: Sequence[str], centre: np.ndarray, exclude: set[str], idf: IdfLookup | None,
              vectors: np.ndarray | None = None, size: int = EMBEDDED) -> list[Candidate]:
    """A cluster's best name candidates before any is embedded: phrases of two or three words (single words
    only when no phrase recurs), ranked by how typical the comments that use them are (with the members'
    `vectors`) or by how many use them."""
    found = candidates(texts, exclude, idf)
    multi = [c for c in found if sum(1 for s in c.key if s not in STOPWORDS) > 1]
    found = multi or found  # a single word names a cluster only when no phrase recurs in it
    if vectors is not None and len(found) > size:
        users: dict[tuple[str, ...], list[int]] = {c.key: [] for c in found}  # the comments using each, in order
        for i, text in enumerate(texts):
            for key in _ngrams(text)[0]:
                if key in users:
                    users[key].append(i)
        typical = []
        for cand in found:
            mean = vectors[users[cand.key]].mean(axis=0)
            typical.append(float(mean @ centre) / (float(np.linalg.norm(mean)) or 1.0)
                           * (cand.comments / len(texts)) ** 0.3)
        found = [found[i] for i in np.argsort(typical)[::-1]]
    return found[:size]


def choose(found: Sequence[Candidate], phrase_vectors: np.ndarray, centre: np.ndarray, size: int,
           taken: set[tuple[str, ...]] = frozenset()) -> Candidate | None:  # type: ignore[assignment]
    """The most typical of a shortlist (`phrase_vectors` its embeddings, `size` the cluster's comment count):
    cosine to the centre x (share of comments using it) ** 0.3, never one that repeats a name given."""
    best, best_score = None, -1.0
    for cand, vector in zip(found, phrase_vectors, strict=True):
        similarity = float(vector @ centre)
        if _repeats(cand.key, taken) or similarity < MIN_TYPICAL:
            continue
        score = similarity * (cand.comments / size) ** 0.3
        if score > best_score:
            best, best_score = cand, score
    return best


def name(texts: Sequence[str], centre: np.ndarray, phrase_vectors: PhraseVectors, exclude: set[str],
         idf: IdfLookup | None, taken: set[tuple[str, ...]] = frozenset(),  # type: ignore[assignment]
         vectors: np.ndarray | None = None) -> Candidate | None:
    """The most typical phrase of one cluster (shortlist, embed, choose)."""
    found = shortlist(texts, centre, exclude, idf, vectors, EMBEDDED + len(taken))
    if not found:
        return None
    return choose(found, phrase_vectors([c.text for c in found]), centre, len(texts), taken)


def _repeats(key: tuple[str, ...], taken: set[tuple[str, ...]]) -> bool:
    """Does this phrase say what a name already given says ("cancelled flights" after "flight cancelled")?"""
    words = {s for s in key if s not in STOPWORDS}
    return any(words <= set(t) or set(t) <= words for t in taken)
