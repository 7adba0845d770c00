"""Ingest throughput on the airline export, beside sentence-transformers' own `encode` on the same texts.

    .venv/bin/python bench/ingest.py [--limit N]

Prints items/s for sentence-transformers `encode` (PyTorch, batch 64, as the project used to embed), for the
project's embedder alone (ONNX Runtime), for the whole pipeline (read, validate, SQL, embed, Chroma, keyword
index), the pipeline against sentence-transformers, and the time of a second, unchanged ingest.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# ../shared/datasets beside the checkout (or beside a worktree's parent folder)
AIRLINE = next((p / "shared" / "datasets" for p in ROOT.parents if (p / "shared" / "datasets").is_dir()),
               ROOT.parent / "shared" / "datasets") / "airline_tweets.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=0, help="only the first N rows (0: all)")
    args = parser.parse_args()

    from journeys.core import Core
    from journeys.settings import load_settings
    from knowledge.columns import MappingOptions
    from retrieval.embeddings import Embedder

    with tempfile.TemporaryDirectory() as tmp:
        source = AIRLINE
        if args.limit:
            source = Path(tmp) / "airline_subset.csv"
            with AIRLINE.open(encoding="utf-8", newline="") as f_in:
                rows = list(csv.reader(f_in))[: args.limit + 1]
            with source.open("w", encoding="utf-8", newline="") as f_out:
                csv.writer(f_out).writerows(rows)
        with source.open(encoding="utf-8", newline="") as handle:
            texts = list(dict.fromkeys(tuple(r.values()) for r in csv.DictReader(handle)))
        header = list(csv.DictReader(source.open(encoding="utf-8", newline="")).fieldnames or [])
        texts = [row[header.index("text")] for row in texts]

        from sentence_transformers import SentenceTransformer

        from retrieval.embeddings import default_model_path

        torch_model = SentenceTransformer(default_model_path(), device="cpu")
        torch_model.encode(["warm up the model"])
        started = time.perf_counter()
        torch_model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        torch_s = time.perf_counter() - started
        del torch_model

        embedder = Embedder.shared()
        embedder.encode(["warm up the model"])
        started = time.perf_counter()
        embedder.encode(texts)
        encode_s = time.perf_counter() - started

        core = Core(load_settings(data_dir=Path(tmp) / "data"), embedder=embedder)
        options = MappingOptions(columns={"comment": "text", "date": "tweet_created"}, date_format="%m/%d/%Y %H:%M")
        started = time.perf_counter()
        report = core.ingestor.run([source], "comments", options)
        ingest_s = time.perf_counter() - started
        assert not report.failed, report.failed[0].error
        started = time.perf_counter()
        again = core.ingestor.run([source], "comments", options)
        reingest_s = time.perf_counter() - started
        stored = report.total("stored")

    print(f"items                 {stored} comments ({report.total('duplicates')} exact duplicates stored once)")
    print(f"sentence-transformers {len(texts) / torch_s:8.1f} items/s  ({torch_s:.1f} s, encode only, PyTorch)")
    print(f"embedder ({embedder.backend})       {len(texts) / encode_s:8.1f} items/s  ({encode_s:.1f} s, encode only)")
    print(f"ingest pipeline       {stored / ingest_s:8.1f} items/s  ({ingest_s:.1f} s)")
    ratio = (stored / ingest_s) / (len(texts) / torch_s)
    print(f"pipeline / s-t encode {ratio * 100:8.1f} % of sentence-transformers' encode throughput")
    print(f"re-ingest unchanged   {reingest_s:8.2f} s  ({again.files[0].status}; {reingest_s / ingest_s * 100:.1f} % "
          f"of the first)")


if __name__ == "__main__":
    main()
