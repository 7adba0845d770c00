"""The sentences of each map place (a stage's goal and pain points, a touchpoint's description and pain points),
embedded one by one, for questions that describe a place by one of them ("the thing where you drop a pin on a
map" is one touchpoint's description, though its indexed document, with name, channel, owner and metrics mixed
in, may lie nearer other places).

Built once per store change (the answer service rebuilds it when its vocabulary reloads) and only when a
question needs it; a sentence already embedded is not embedded again (a memo by text), so a re-ingest costs only
the sentences it changed. Names are left out: a place's name is matched by spelling (vocabulary.py) and by its
whole document; a name alone, embedded, lies near any question that shares one of its words.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from journeys.store.models import Stage, Touchpoint

_MEMO_MAX = 20_000  # sentences kept across rebuilds (a few MB of vectors)


@dataclass(frozen=True)
class FacetHit:
    place: str  # "stage:<id>" or "touchpoint:<id>", as the search index names them
    similarity: float
    text: str


class PlaceFacets:
    def __init__(self, embedder) -> None:  # type: ignore[no-untyped-def]
        self._embedder = embedder
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

    def _vectors(self) -> tuple[list[str], list[str], np.ndarray]:
        with self._lock:
            if self._matrix is None:
                new = list(dict.fromkeys(t for t in self._texts if t not in self._memo))
                if new:
                    if len(self._memo) + len(new) > _MEMO_MAX:
                        self._memo.clear()
                        new = list(dict.fromkeys(self._texts))
                    for text, vector in zip(new, self._embedder.encode(new), strict=True):
                        self._memo[text] = vector / (np.linalg.norm(vector) or 1.0)
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
