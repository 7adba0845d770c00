"""Score the answer engine on every evaluation knowledge base under bench/eval/<base>/.

    .venv/bin/python bench/eval_bases.py [--half dev|heldout|both] [--failures] [BASE ...]

Each base folder holds knowledge/ (maps, comments, KPIs) and dev.yaml [+ heldout.yaml]. Each base is
ingested into its own temporary data dir, then its question set(s) are asked, and the figures printed per
base, per half and per kind: recall@5, figures, declined when it should, declined when answerable. The
held-out halves are for the end of a piece of work only (see bench/eval/README.md); the default is dev.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT / "bench" / "eval"


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:4.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bases", nargs="*", help="base folder names (default: every folder under bench/eval)")
    parser.add_argument("--half", choices=("dev", "heldout", "both"), default="dev")
    parser.add_argument("--failures", action="store_true", help="list the questions that missed")
    args = parser.parse_args()

    from journeys.core import Core
    from journeys.evaluation import load_questions, run_evaluation
    from journeys.settings import load_settings
    from retrieval.embeddings import Embedder

    halves = ("dev", "heldout") if args.half == "both" else (args.half,)
    bases = args.bases or sorted(p.name for p in EVAL.iterdir() if (p / "knowledge").is_dir())
    embedder = Embedder.shared()
    summary: list[tuple[str, str, dict]] = []
    for base in bases:
        folder = EVAL / base
        with tempfile.TemporaryDirectory(prefix=f"eval-{base}-") as tmp:
            core = Core(load_settings(data_dir=Path(tmp) / "data"), embedder=embedder)
            started = time.perf_counter()
            report = core.ingestor.run([folder / "knowledge"])
            if report.failed:
                print(f"{base}: ingest failed: {[f.error for f in report.failed]}")
                core.close()
                continue
            ingest_s = time.perf_counter() - started
            for half in halves:
                path = folder / f"{half}.yaml"
                if not path.exists():
                    continue
                started = time.perf_counter()
                result = run_evaluation(core, load_questions(path))
                asked_s = time.perf_counter() - started
                kinds = result.by_kind()
                print(f"\n== {base} / {half}: {kinds['all']['n']} questions (ingest {ingest_s:.1f}s, "
                      f"answers {asked_s:.1f}s)")
                print(f"{'kind':<16} {'n':>3}  recall@5  figures  declined(should)  declined(answerable)")
                for kind, row in kinds.items():
                    print(f"{kind:<16} {row['n']:>3}      {_fmt(row['recall@5'])}     {_fmt(row['figures'])}"
                          f"              {_fmt(row['declined_when_should'])}                  "
                          f"{_fmt(row['declined_when_answerable'])}")
                if args.failures:
                    for failure in result.failures():
                        print("  miss", failure)
                summary.append((base, half, kinds["all"]))
            core.close()
    print(f"\n{'base':<12} {'half':<8} {'n':>3}  recall@5  figures  declined(should)  declined(answerable)")
    for base, half, row in summary:
        print(f"{base:<12} {half:<8} {row['n']:>3}      {_fmt(row['recall@5'])}     {_fmt(row['figures'])}"
              f"              {_fmt(row['declined_when_should'])}                  "
              f"{_fmt(row['declined_when_answerable'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
