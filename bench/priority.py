"""The "what to fix first" table: every place of a store ranked by the priority score, with each factor.

    .venv/bin/python bench/priority.py [FOLDER ...]     (default: the bundled sample)

    priority = 100 x (0.30 V + 0.20 S + 0.20 G + 0.15 K + 0.15 E)   (journeys/voice/priority.py)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from journeys.answers.compose_priority import _signals
    from journeys.answers.context import ComposeContext
    from journeys.answers.understand import understand
    from journeys.core import Core
    from journeys.settings import load_settings
    from journeys.voice.priority import FORMULA, rank

    folders = [Path(p) for p in sys.argv[1:]] or [ROOT / "knowledge" / "sample"]
    with tempfile.TemporaryDirectory() as tmp:
        core = Core(load_settings(data_dir=Path(tmp) / "data"))
        core.ingestor.run(folders)
        service = core.answerer
        vocab, anchor = service._knowledge()
        question = "What should we fix first?"
        u = understand(question, vocab, anchor)
        result = service.searcher.search(u.search_text, k=8, anchor=anchor)
        with core.db.session() as session:
            ctx = ComposeContext(session=session, understanding=u, result=result, searcher=service.searcher,
                                 anchor=anchor)
            started = time.perf_counter()
            ranked = rank(_signals(ctx))
            elapsed = (time.perf_counter() - started) * 1000
        print(f"{FORMULA}; {len(ranked)} places of {', '.join(str(f) for f in folders)}, ranked in {elapsed:.0f} ms\n")
        print("| rank | place | comments | critical | critical recent / before | V | S | G | K | E | priority |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for i, item in enumerate(ranked, start=1):
            p, f = item.place, item.factors
            print(f"| {i} | {p.name} | {p.comments} | {p.negative} | {p.recent_negative} / {p.prior_negative} | "
                  f"{f['V']:.2f} | {f['S']:.2f} | {f['G']:.2f} | {f['K']:.2f} | {f['E']:.2f} | {item.score:.0f} |")
        core.close()


if __name__ == "__main__":
    main()
