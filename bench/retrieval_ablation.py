"""Which retrieval choices pay off: recall@5 and MRR of the raw hybrid hit list, per configuration.

    .venv/bin/python bench/retrieval_ablation.py [--airline]

Runs the labelled sample questions (knowledge/eval/sample_questions.yaml) straight against the hybrid searcher,
with the question's understood filters, for dense only, BM25 only, and fused variants. The composer is left
out, so this measures retrieval alone.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def airline_precision(configurations: dict, k: int = 20) -> None:
    """Share of the top-k comment hits whose withheld label is the complaint asked about."""
    from bench.eval_airline import AIRLINE, QUESTIONS, airline_options, labels_by_comment_id
    from journeys.answers.understand import understand
    from journeys.core import Core
    from journeys.settings import load_settings
    from retrieval.hybrid import Filters, HybridSearcher

    options = airline_options()
    label_by_id = labels_by_comment_id()
    with tempfile.TemporaryDirectory() as tmp:
        core = Core(load_settings(data_dir=Path(tmp) / "data"))
        core.ingestor.run([AIRLINE], "comments", options)
        vocab, anchor = core.answerer._knowledge()
        print(f"\nairline export: precision of the top {k} comment hits, {len(QUESTIONS)} complaint kinds")
        for name, weights in configurations.items():
            searcher = HybridSearcher(core.index, weights)
            good = total = 0
            for label, question in QUESTIONS.items():
                u = understand(question, vocab, anchor)
                hits = searcher.search(u.search_text, k=k, filters=Filters(kinds=("comment",)), anchor=anchor,
                                       keyword_text=u.keyword_text).hits
                good += sum(label_by_id.get(h.ref_id) == label for h in hits)
                total += len(hits)
            print(f"{name:<32} {good / max(total, 1):>8.3f}")


def main() -> None:
    from journeys.answers.model import Source
    from journeys.answers.service import _filters
    from journeys.answers.understand import understand
    from journeys.core import Core
    from journeys.evaluation import load_questions, matches
    from journeys.settings import load_settings
    from retrieval.hybrid import HybridSearcher, Weights

    questions = [q for q in load_questions(ROOT / "knowledge" / "eval" / "sample_questions.yaml")
                 if q.sources and not q.abstain]
    base = Weights()
    configurations = {
        "dense only": replace(base, keyword=0.0),
        "BM25 only": replace(base, dense=0.0),
        "fused, equal weights": replace(base, keyword=1.0),
        "fused, BM25 x0.5": replace(base, keyword=0.5),
        "fused, BM25 x0.3": replace(base, keyword=0.3),
        f"fused, BM25 x{base.keyword} (default)": base,
        "fused, no filter boost": replace(base, filtered=0.0),
        "fused, no recency factor": replace(base, recency=0.0),
    }
    with tempfile.TemporaryDirectory() as tmp:
        core = Core(load_settings(data_dir=Path(tmp) / "data"))
        core.ingestor.run([ROOT / "knowledge" / "sample"])
        vocab, anchor = core.answerer._knowledge()
        print(f"{len(questions)} labelled questions with gold sources\n")
        print(f"{'configuration':<32} {'recall@5':>8} {'MRR':>6}")
        for name, weights in configurations.items():
            searcher = HybridSearcher(core.index, weights)
            recalls, ranks = [], []
            for item in questions:
                u = understand(item.question, vocab, anchor)
                hits = searcher.search(u.search_text, k=10, filters=_filters(u), anchor=anchor).hits
                sources = [Source(n=i + 1, kind=h.kind, id=h.ref_id, title=h.title, text=h.text)
                           for i, h in enumerate(hits)]
                top = sources[:5]
                recalls.append(sum(any(matches(g, s) for s in top) for g in item.sources) / len(item.sources))
                rank = next((s.n for s in sources if any(matches(g, s) for g in item.sources)), None)
                ranks.append(1 / rank if rank else 0.0)
            print(f"{name:<32} {sum(recalls) / len(recalls):>8.3f} {sum(ranks) / len(ranks):>6.3f}")
    if "--airline" in sys.argv:
        airline_precision(configurations)


if __name__ == "__main__":
    main()
