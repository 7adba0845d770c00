"""Test doubles that behave like the real thing for what a test needs (as simonw/llm's MockModel does)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

import numpy as np

from retrieval.embeddings import Embedder
from retrieval.tokens import tokens


class HashingEmbedder(Embedder):
    """Bag-of-words vectors from hashed tokens: fast and deterministic, for tests about volume, not meaning."""

    def __init__(self, dimension: int = 64) -> None:
        super().__init__()
        self._dimension = dimension

    @property
    def dimension(self) -> int:
        return self._dimension

    def encode(self, texts: Sequence[str], progress: Callable[[int], None] | None = None,
               chunk: int = 512) -> np.ndarray:
        out = np.zeros((len(texts), self._dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in tokens(text) or ["empty"]:
                digest = hashlib.md5(token.encode()).digest()
                out[row, digest[0] % self._dimension] += 1.0 if digest[1] % 2 else -1.0
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else out[row]
        if progress:
            progress(len(texts))
        return out
