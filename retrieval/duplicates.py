"""Near-identical comments in a ranked list: which to keep (the first of each group) and how many each stands for.

Two comments are near-identical when their word sets (give or take case and punctuation) have a Jaccard
similarity of at least the threshold. Found by prefix filtering, with the result of comparing every pair in
order (tests/test_collapse_duplicates.py).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from itertools import chain

_NORMALISE = re.compile(r"[^a-z0-9]+")
FEW_KEPT = 16  # a collapse keeping at most this many orders prefixes alphabetically (see `distinct`)


def distinct(items: list[tuple[str, str]], threshold: float = 0.85, limit: int | None = None
              ) -> list[tuple[int, int]]:
    """(position, duplicates) of each (kind, text) kept by collapse_duplicates (retrieval/hybrid.py), in order.

    Each comment is compared with the earlier kept ones that share a word of its rarest few (prefix filtering:
    two word sets with Jaccard >= t share one of the |x| - ceil(t|x|) + 1 rarest words of each), so a long
    list costs about n, not n² set comparisons; the result is that of comparing every pair in order. Any one
    order of the words gives that result (two word sets with Jaccard >= t share a prefix word whatever the
    order, so long as it is one order for all); rarest first only keeps the candidates few. A collapse that
    keeps only a few (a search's first k) compares each comment with at most those few, so it takes the
    words' own order and spares the counting."""
    words_of = [_words(text) if kind in ("comment", "feedback") else None for kind, text in items]
    by_rank = _ranking(words_of, limit).__getitem__ if limit is None or limit > FEW_KEPT else None
    kept: list[list[int]] = []  # [position, duplicates]
    signatures: list[frozenset[str]] = []
    postings: dict[str, list[int]] = {}  # rare word -> positions in kept of the signatures it begins
    for at, words in enumerate(words_of):
        if limit is not None and len(kept) >= limit:
            break
        if not words:  # not a comment, or no words: never merged, never merged into
            kept.append([at, 0])
            signatures.append(frozenset())
            continue
        size = len(words)
        prefix = sorted(words, key=by_rank)[:_prefix_length(size, threshold)]
        low, high = size * threshold, size / threshold  # Jaccard >= t needs sizes within a factor t
        duplicate_of = None
        shared = {i for w in prefix if w in postings for i in postings[w]}
        for i in sorted(shared) if shared else ():
            other = signatures[i]
            if low <= len(other) <= high:
                common = len(words & other)  # the union's size is the sizes' sum less this
                if common / (size + len(other) - common) >= threshold:
                    duplicate_of = i
                    break
        if duplicate_of is None:
            for w in prefix:
                postings.setdefault(w, []).append(len(kept))
            kept.append([at, 0])
            signatures.append(words)
        else:
            kept[duplicate_of][1] += 1
    return [(at, duplicates) for at, duplicates in kept]


class _Ranks(dict[str, int]):
    """Word -> its place in the one order prefixes are drawn from; a word not counted takes, when first met, a
    number of its own below every counted word's (the rare end), kept from then on."""

    def __missing__(self, word: str) -> int:
        rank = self[word] = -1 - len(self)
        return rank


def _ranking(words_of: list[frozenset[str] | None], limit: int | None) -> _Ranks:
    """Each word's place in the one order prefixes are drawn from: rarest first, by how many comments use it
    among those the collapse may look at (with `limit`, the first few times as many as it keeps: a short
    list's collapse stops long before the end of its candidates). Distinct numbers made in one pass, not a
    sort: how often, then where first met."""
    looked_at = words_of if limit is None else words_of[:4 * limit + 32]
    df = Counter(chain.from_iterable(words for words in looked_at if words))
    span = len(df) + 1
    return _Ranks((w, n * span + at) for at, (w, n) in enumerate(df.items()))


@lru_cache(maxsize=16_384)
def _words(text: str) -> frozenset[str]:
    """A comment's words, give or take case and punctuation (cached: the same comments come back in the
    comment searches of question after question)."""
    return frozenset(_NORMALISE.sub(" ", text.lower()).split())


def _prefix_length(size: int, threshold: float) -> int:
    # the slack keeps the prefix at least as long as exact arithmetic gives (0.85 * 20 is 17.000000000000004)
    return size - math.ceil(threshold * size - 1e-9) + 1
