"""The sentences of each map place (a stage's goal and pain points, a touchpoint's description and pain points),
embedded one by one, for questions that describe a place by one of them ("the thing where you drop a pin on a
map" is one touchpoint's description, though its indexed document, with name, channel, owner and metrics mixed
in, may lie nearer other places).

Built once per store change (the answer service rebuilds it when its vocabulary reloads) and only when a
question needs it; a sentence already embedded is not embedded again (a memo by text), so a re-ingest costs only
the sentences it changed. With `keep` (a file in the store's data folder) the current sentences' vectors are
also kept on disk, by a hash of each sentence and for one model: a new process (a cold `journey ask`, a bot
restart) reads them instead of embedding the whole map again.

Names are left out: a place's name is matched by spelling (vocabulary.py) and by its whole document; a name
alone, embedded, lies near any question that shares one of its words.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.store.models import Stage, Touchpoint
from retrieval.tokens import STOPWORDS

_MEMO_MAX = 20_000  # sentences kept across rebuilds (a few MB of vectors)


@dataclass(frozen=True)
class FacetHit:
    place: str  # "stage:<id>" or "touchpoint:<id>", as the search index names them
    similarity: float
    text: str


class PlaceFacets:
    def __init__(self, embedder, keep: Path | None = None) -> None:  # type: ignore[no-untyped-def]
        self._embedder = embedder
        self._keep = keep
        self._kept: set[str] | None = None  # the digests the file holds, once read or written
        self._memo: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        self._places: list[str] = []
        self._texts: list[str] = []
        self._matrix: np.ndarray | None = None

    def load(self, session: Session) -> None:
        """Read the places' sentences afresh (call when the store changed); embedding waits for `nearest`."""
        places, texts = [], []
        for stage in session.scalars(select(Stage)):
            for text in [stage.goal, *(stage.pain_points or [])]:
                if isinstance(text, str) and text.strip():
                    places.append(f"stage:{stage.id}")
                    texts.append(text.strip())
        for tp in session.scalars(select(Touchpoint)):
            for text in [tp.description, *(tp.pain_points or [])]:
                if isinstance(text, str) and text.strip():
                    places.append(f"touchpoint:{tp.id}")
                    texts.append(text.strip())
        with self._lock:
            self._places, self._texts, self._matrix = places, texts, None

    def sentences(self, place: str) -> list[str]:
        """The sentences of `place` ("stage:<id>" or "touchpoint:<id>"), a stage's with its touchpoints'."""
        ref = place.partition(":")[2]
        with self._lock:
            return [t for p, t in zip(self._places, self._texts, strict=True)
                    if p == place or (place.startswith("stage:") and p.startswith(f"touchpoint:{ref}/"))]

    def quoting(self, question: str, run: int = 3) -> set[str]:
        """The places one of whose sentences holds `run` or more of the question's words in a row, two of them
        content words or numbers ("the give 10 get 10 thing" for "Give 10, get 10: a personal referral link")."""
        words = re.findall(r"[a-z0-9]+", question.lower())
        runs = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + run, len(words) + 1)
                if sum(1 for w in words[i:j] if w not in STOPWORDS) >= 2}
        if not runs:
            return set()
        with self._lock:
            pairs = list(zip(self._places, self._texts, strict=True))
        found = set()
        for place, text in pairs:
            flat = " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "
            if any(f" {r} " in flat for r in runs):
                found.add(place)
        return found

    def _vectors(self) -> tuple[list[str], list[str], np.ndarray]:
        with self._lock:
            if self._matrix is None:
                new = list(dict.fromkeys(t for t in self._texts if t not in self._memo))
                if new and self._keep is not None and self._kept is None:
                    kept = _read(self._keep, self._model_key())
                    self._kept = set(kept)
                    for text in new:
                        if _digest(text) in kept:
                            self._memo[text] = kept[_digest(text)]
                    new = [t for t in new if t not in self._memo]
                if new:
                    if len(self._memo) + len(new) > _MEMO_MAX:
                        self._memo.clear()
                        new = list(dict.fromkeys(self._texts))
                    for text, vector in zip(new, self._embedder.encode(new), strict=True):
                        self._memo[text] = vector / (np.linalg.norm(vector) or 1.0)
                if self._keep is not None:
                    current = {t: self._memo[t] for t in self._texts}
                    if {_digest(t) for t in current} != self._kept:  # new sentences, or forgotten ones
                        self._kept = _write(self._keep, self._model_key(), current)
                dim = len(next(iter(self._memo.values()))) if self._memo else 1
                self._matrix = (np.vstack([self._memo[t] for t in self._texts]) if self._texts
                                else np.zeros((0, dim), dtype=np.float32))
            return self._places, self._texts, self._matrix

    def nearest(self, vector: np.ndarray, k: int = 6) -> list[FacetHit]:
        """The places nearest `vector`, each by its nearest sentence, best first."""
        places, texts, matrix = self._vectors()
        if not places:
            return []
        query = vector / (np.linalg.norm(vector) or 1.0)
        sims = matrix @ query
        best: dict[str, int] = {}
        for i in np.argsort(-sims):
            best.setdefault(places[i], int(i))
            if len(best) >= k:
                break
        return [FacetHit(place, float(sims[i]), texts[i]) for place, i in best.items()]


    def _model_key(self) -> str:
        embedder = self._embedder
        return f"{type(embedder).__name__}:{getattr(embedder, 'model_name', None)}"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _read(path: Path, model: str) -> dict[str, np.ndarray]:
    """Digest -> vector of the kept sentences, or nothing (no file, another model's, unreadable)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["model"]) != model:
                return {}
            return dict(zip((str(d) for d in data["digests"]), np.asarray(data["vectors"], dtype=np.float32),
                            strict=True))
    except (OSError, ValueError, KeyError):
        return {}


def _write(path: Path, model: str, vectors: dict[str, np.ndarray]) -> set[str]:
    """Keep the current sentences only (a forgotten place's go with it; none: no file), atomically. Returns the
    digests the file now holds."""
    digests = [_digest(t) for t in vectors]
    try:
        if not vectors:
            path.unlink(missing_ok=True)
            return set()
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            np.savez(out, model=np.array(model), digests=np.array(digests),
                     vectors=np.vstack(list(vectors.values())).astype(np.float32))
        os.replace(temporary, path)
    except OSError:
        return set()  # a read-only folder: embedded again by the next process
    return set(digests)
