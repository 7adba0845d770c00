"""Clusters of comment vectors: average-linkage agglomerative clustering on cosine similarity.

Deterministic (no random seeds), no cluster count to guess: merging stops when the two closest clusters are
on average less alike than `threshold`. Quadratic memory, so callers bound the pool (a few hundred comments).
"""

from __future__ import annotations

import numpy as np

# The average cosine at which clusters stop merging (all-MiniLM-L6-v2): at 0.3 the checkout comments of the
# sample merged "delivery cost" complaints with "Apple Pay" praise; at 0.4 they part.
DEFAULT_THRESHOLD = 0.4


def cluster(vectors: np.ndarray, threshold: float = DEFAULT_THRESHOLD) -> list[list[int]]:
    """Row indices grouped into clusters, largest first (ties: earliest member first)."""
    n = len(vectors)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    sim = (vectors @ vectors.T).astype(np.float64)
    np.fill_diagonal(sim, -np.inf)
    sizes = np.ones(n)
    alive = np.ones(n, dtype=bool)
    members: list[list[int]] = [[i] for i in range(n)]
    for _ in range(n - 1):
        flat = int(np.argmax(sim))
        a, b = divmod(flat, n)
        if sim[a, b] < threshold:
            break
        if b < a:
            a, b = b, a
        # Lance-Williams update for average linkage: the merged row is the size-weighted mean of the two.
        merged = (sizes[a] * sim[a] + sizes[b] * sim[b]) / (sizes[a] + sizes[b])
        sim[a, :], sim[:, a] = merged, merged
        sim[a, a] = -np.inf
        sim[b, :], sim[:, b] = -np.inf, -np.inf
        sizes[a] += sizes[b]
        alive[b] = False
        members[a].extend(members[b])
        members[b] = []
    groups = [sorted(members[i]) for i in range(n) if alive[i]]
    groups.sort(key=lambda g: (-len(g), g[0]))
    return groups


def centroid(vectors: np.ndarray) -> np.ndarray:
    """The normalised mean direction of a cluster's vectors."""
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else mean
