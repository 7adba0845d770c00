"""Pinned vectors: embeddings of fixed texts of the code (a classifier's example questions, sentiment anchors).

They depend only on the model, so they are computed once per model and kept: in memory, never evicted by the
query cache, and on disk in `pinned/` inside the model's ONNX export (a new export, or another model, starts
afresh). A file holds one ordered set of texts, named by a hash of them: an edited list gets a new file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

Encode = Callable[[list[str]], np.ndarray]


class Pins:
    def __init__(self, folder: Callable[[], str | None]) -> None:
        self._folder = folder  # the export folder, or None: memory only (asked lazily: no model load)
        self._vectors: dict[str, np.ndarray] = {}
        self._stacked: dict[tuple[str, ...], np.ndarray] = {}  # each set asked for, as one read-only matrix
        self._lock = threading.Lock()

    def get(self, texts: Sequence[str], encode: Encode) -> np.ndarray:
        """The texts' vectors in order, one read-only matrix (shared: asked for once or twice a question)."""
        key = tuple(texts)
        with self._lock:
            stacked = self._stacked.get(key)
            if stacked is None:
                if any(t not in self._vectors for t in key):
                    self._fill(list(key), encode)
                stacked = np.array([self._vectors[t] for t in key], dtype=np.float32)
                stacked.setflags(write=False)
                self._stacked[key] = stacked
            return stacked

    def _fill(self, texts: list[str], encode: Encode) -> None:
        path = self._path(texts)
        vectors = _read(path, len(texts)) if path else None
        if vectors is None:
            vectors = np.asarray(encode(texts), dtype=np.float32)
            if path:
                _write(path, vectors)
        for text, vector in zip(texts, vectors, strict=True):
            vector.setflags(write=False)
            self._vectors[text] = vector

    def _path(self, texts: list[str]) -> Path | None:
        folder = self._folder()
        if folder is None:
            return None
        digest = hashlib.sha256("\x1f".join(texts).encode()).hexdigest()[:20]
        return Path(folder) / "pinned" / f"{digest}.npy"


def _read(path: Path, rows: int) -> np.ndarray | None:
    try:
        vectors = np.load(path, allow_pickle=False)
    except (OSError, ValueError):
        return None  # not made yet, or unreadable: embed again
    return vectors if vectors.ndim == 2 and len(vectors) == rows and vectors.dtype == np.float32 else None


def _write(path: Path, vectors: np.ndarray) -> None:
    """Atomically (two processes may write the same pins); a read-only cache just means no file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            np.save(out, vectors, allow_pickle=False)
        os.replace(temporary, path)
    except OSError:
        pass
