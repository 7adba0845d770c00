"""Embeddings per question (retrieval/embeddings.py): the code's fixed texts are pinned and kept on disk beside
the ONNX export; a question's own texts are embedded in one model run, and those only its route asks for in at
most one more."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from retrieval.embeddings import Embedder, default_model_path
from retrieval.onnx_model import CACHE_VARIABLE, export_dir

TEXTS = ["What are customers complaining about?", "a happy, grateful customer says thank you",
         "Comments from people who would not recommend us"]


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embedder) -> Path:  # type: ignore[no-untyped-def]
    """A model cache of its own holding the installed export (linked, not copied): pins written here only."""
    source = export_dir(default_model_path())
    monkeypatch.setenv(CACHE_VARIABLE, str(tmp_path / "cache"))
    target = export_dir(default_model_path())
    target.mkdir(parents=True)
    for name in ("model.onnx", "tokenizer.json", "embedder.json"):
        (target / name).symlink_to(source / name)
    return target


def _count_runs(embedder: Embedder, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    runs: list[list[str]] = []
    real = embedder._encode_batch

    def counting(batch: list[str]) -> np.ndarray:
        runs.append(list(batch))
        return real(batch)

    monkeypatch.setattr(embedder, "_encode_batch", counting)
    return runs


def test_pinned_vectors_are_the_models_and_a_new_process_reads_them_from_disk(own_cache: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    first = Embedder()
    vectors = first.pinned(TEXTS)
    assert np.allclose(vectors, embedder.encode(TEXTS), atol=1e-5)
    files = list((own_cache / "pinned").glob("*.npy"))
    assert len(files) == 1
    fresh = Embedder()  # as a cold `journey ask` would start
    again = fresh.pinned(TEXTS)
    assert not fresh.loaded  # read from the file: the model was not even loaded
    assert np.array_equal(again, vectors)
    Embedder().pinned(TEXTS[:2])  # another set of texts: its own file
    assert len(list((own_cache / "pinned").glob("*.npy"))) == 2


def test_a_corrupt_pin_file_is_embedded_again(own_cache: Path) -> None:
    vectors = Embedder().pinned(TEXTS)
    (file,) = (own_cache / "pinned").glob("*.npy")
    file.write_bytes(b"not an array")
    assert np.allclose(Embedder().pinned(TEXTS), vectors, atol=1e-6)


def test_emptying_the_query_cache_keeps_pins_and_a_primed_question_takes_one_run(
        own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = Embedder()
    model.pinned(TEXTS)
    runs = _count_runs(model, monkeypatch)
    question = "What do people complain about with lost luggage?"
    texts = [question, "What do people complain about with it?", "lost luggage"]
    model.prime(texts)
    assert len(runs) == 1
    vectors = [model.encode_query(question), *model.encode(texts[1:])]
    assert len(runs) == 1  # every later ask for them is a cache hit
    one_by_one = Embedder()
    assert np.allclose(vectors, [one_by_one.encode_query(t) for t in texts], atol=1e-5)  # batching changes nothing
    model.forget_queries()
    model.pinned(TEXTS)
    assert len(runs) == 1  # pins outlive the query cache
    model.encode_query(question)
    assert len(runs) == 2  # the question itself does not


@pytest.mark.parametrize("question", ["What do people complain about with late deliveries?",
                                      "Which touchpoints are in the Purchase stage?",
                                      "What do customers say about the checkout?"])
def test_a_question_is_embedded_in_one_model_run_and_its_later_texts_in_one_more(  # type: ignore[no-untyped-def]
        sample_core, embedder, monkeypatch: pytest.MonkeyPatch, question: str) -> None:
    first = sample_core.answer(question)  # the store's own texts (map sentences, theme phrases) embedded once
    embedder.forget_queries()
    runs = _count_runs(embedder, monkeypatch)
    again = sample_core.answer(question)
    assert 1 <= len(runs) <= 2, runs
    texts = [t for run in runs for t in run]
    assert len(texts) == len(set(texts)), runs  # no text embedded twice
    assert again.answer == first.answer


def test_later_texts_wait_until_one_is_asked_for_and_come_along_with_those_after_it(
        own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = Embedder()
    runs = _count_runs(model, monkeypatch)
    question, subject = "What do people complain about with lost luggage?", "lost luggage"
    masked = "What do people complain about with it?"
    word_masks = ["What do people complain about with it luggage?", "What do people complain about with lost it?"]
    model.prime([question, masked], later=[*word_masks, subject])
    assert runs == [[question, masked]]  # the later texts are not embedded yet
    model.encode_query(subject)
    assert runs[1:] == [[subject]]  # those listed before it were passed by
    model.encode(word_masks)
    assert len(runs) == 3  # embedded once asked for, all the same
    model.forget_queries()
    runs.clear()
    model.prime([question], later=[*word_masks, subject])
    model.encode([question, word_masks[0]])
    assert runs == [[question], [word_masks[0], word_masks[1], subject]]
    model.encode_query(subject)
    assert len(runs) == 2


@pytest.mark.parametrize("question", ["Who owns the returns portal?", "Which touchpoints are in the Purchase stage?"])
def test_a_map_question_that_asks_no_priority_embeds_no_kind_readings(sample_core, embedder,  # type: ignore[no-untyped-def]
                                                                      monkeypatch: pytest.MonkeyPatch,
                                                                      question: str) -> None:
    first = sample_core.answer(question)
    embedder.forget_queries()
    runs = _count_runs(embedder, monkeypatch)
    again = sample_core.answer(question)
    assert len(runs) == 1 and not any(re.search(r"\bit\b", t) for t in runs[0]), runs  # no topic-masked reading
    assert again.answer == first.answer
