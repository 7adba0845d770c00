"""The exact deep fetch (retrieval/vector_matrix.py): the true nearest, ties in id order, in step with writes."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from sqlalchemy import select

from retrieval import generation
from retrieval.documents import IndexDocument
from retrieval.hybrid import Filters, HybridSearcher
from retrieval.tables import index_docs
from tests.conftest import make_core

TEXTS = ["The parcel arrived late and the box was crushed", "Refund took three weeks to reach my card",
         "Checkout kept rejecting my card", "Lovely chat agent, sorted my missing parcel", "Delivery fee was hidden",
         "App basket emptied itself twice", "Courier left the parcel in the rain", "Great prices, quick delivery"]


def _docs(start: int, texts: list[str]) -> list[IndexDocument]:
    return [IndexDocument(id=f"comment:c{start + n:03d}", kind="comment", ref_id=f"c{start + n:03d}", title="Comment",
                          text=text) for n, text in enumerate(texts)]


@pytest.fixture
def core(tmp_path, embedder) -> Iterator:  # type: ignore[no-untyped-def]
    instance = make_core(tmp_path / "data", embedder)
    # the same texts twice over (equal vectors: ties), and two items of another kind
    instance.index.sync(_docs(0, TEXTS) + _docs(100, TEXTS[:4])
                        + [IndexDocument(id=f"kpi:k{n}", kind="kpi", ref_id=f"k{n}", title="NPS", text=f"NPS {n}")
                           for n in range(2)])
    yield instance
    instance.close()


def _state(core) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with core.index.engine.connect() as connection:
        return core.index.version, generation.read(connection)


def _brute_force(core, vector: np.ndarray) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    """Every stored item by cosine, best first, equal ones in id order."""
    with core.index.engine.connect() as connection:
        ids = list(connection.execute(select(index_docs.c.id)).scalars())
    pairs = [(i, float(np.dot(v / np.linalg.norm(v), vector))) for i, v in core.index.vectors.vectors(ids).items()]
    return sorted(pairs, key=lambda pair: (-round(pair[1], 5), pair[0]))


def test_the_deep_fetch_is_the_true_nearest_with_ties_in_id_order(core) -> None:  # type: ignore[no-untyped-def]
    vector = core.index.embedder.encode_query("my parcel was late")
    exact = core.index.matrix.nearest(vector, 11, _state(core))
    expected = _brute_force(core, vector)[:11]
    assert [h.id for h in exact] == [i for i, _ in expected]
    assert np.allclose([h.similarity for h in exact], [s for _, s in expected], atol=1e-5)
    # Chroma's own similarities, for the same items
    chroma = {h.id: h.similarity for h in core.index.vectors.query(vector, 14)}
    assert all(abs(chroma[h.id] - h.similarity) < 1e-5 for h in exact)
    # a text stored twice: its two items come out side by side, the smaller id first
    pairs = [h.id for h in exact if h.id.endswith(("c000", "c100"))]
    assert pairs == ["comment:c000", "comment:c100"]
    assert [h.id for h in core.index.matrix.nearest(vector, 100, _state(core))] == [i for i, _ in
                                                                                       _brute_force(core, vector)]


def test_the_matrix_follows_writes_reading_only_what_changed(core) -> None:  # type: ignore[no-untyped-def]
    matrix, vector = core.index.matrix, core.index.embedder.encode_query("umbrella stand")
    matrix.nearest(vector, 5, _state(core))
    reads: list[int] = []
    collection = core.index.vectors.collection
    real_get = collection.get

    def counting_get(*args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(len(kwargs.get("ids") or []))
        return real_get(*args, **kwargs)

    collection.get = counting_get
    try:
        core.index.sync(_docs(200, ["The umbrella stand by the door was broken"]), removed=["comment:c005"])
        ids = [h.id for h in matrix.nearest(vector, 100, _state(core))]
    finally:
        collection.get = real_get
    assert ids[0] == "comment:c200" and "comment:c005" not in ids and len(ids) == 14
    assert sum(reads) == 1  # the new item's vector only


def test_a_large_store_is_checked_after_a_write_in_the_background(core, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import retrieval.vector_matrix as vector_matrix

    matrix, vector = core.index.matrix, core.index.embedder.encode_query("umbrella stand")
    matrix.current(_state(core), load=True)
    monkeypatch.setattr(vector_matrix, "EAGER_MAX", 5)
    core.index.sync(_docs(200, ["The umbrella stand by the door was broken"]))
    assert matrix.nearest(vector, 3, _state(core)) is None  # Chroma answers while the check runs
    matrix.preload(_state(core)).join()
    assert [h.id for h in matrix.nearest(vector, 3, _state(core))][:1] == ["comment:c200"]


def test_a_large_store_is_left_to_chroma_until_loaded(core, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import retrieval.vector_matrix as vector_matrix

    monkeypatch.setattr(vector_matrix, "EAGER_MAX", 5)
    vector = core.index.embedder.encode_query("refund")
    assert core.index.matrix.nearest(vector, 5, _state(core)) is None
    core.index.matrix.preload().join()
    assert [h.id for h in core.index.matrix.nearest(vector, 5, _state(core))][:1] == ["comment:c001"]


def test_searches_take_the_exact_fetch_once_a_generation_was_read(core, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    searcher = HybridSearcher(core.index)
    calls: list[object] = []
    real = core.index.matrix.scores
    monkeypatch.setattr(core.index.matrix, "scores", lambda v, state, load=False: calls.append(state) or
                        real(v, state, load))
    searcher.search("parcel", k=3, filters=Filters(kinds=("comment",)), candidates=100)
    assert calls == []  # no store generation read: Chroma, as before
    searcher.observe(_state(core)[1])
    found = searcher.search("parcel", k=3, filters=Filters(kinds=("comment",)), candidates=100)
    assert len(calls) == 1 and found.hits and all(h.kind == "comment" for h in found.hits)
    # a deeper search of the same text takes its nearest of the same similarities: no second product
    searcher.search("parcel", k=3, filters=Filters(kinds=("comment",), stage="s"), candidates=700)
    assert len(calls) == 1
