"""A long-running process holding the index, as the bot does: one JSON line out per command line in.

    python -m tests.freshness_holder KNOWLEDGE_PATH
    stdin: `ask: QUESTION` | `dense: TEXT` | `done`

Used by tests/test_freshness.py and bench/faults_data.py to watch what another process's ingest does to a
running holder (JOURNEY_DATA_DIR points both at the same data dir).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from journeys.core import Core
from journeys.settings import load_settings


def main() -> None:
    core = Core(load_settings())
    report = core.ingestor.run([Path(sys.argv[1])])
    assert not report.failed, [f.error for f in report.failed]
    core.answer("warm up")
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command, _, text = line.strip().partition(": ")
        if command == "ask":
            answer = core.answer(text)
            print(json.dumps({"answer": answer.answer, "sources": [s.id for s in answer.sources]}), flush=True)
        elif command == "dense":
            core.index.refresh()
            hits = core.index.vectors.search(core.embedder.encode_query(text), 5)
            print(json.dumps({"ids": [h.id for h in hits]}), flush=True)
        else:
            break
    core.close()


if __name__ == "__main__":
    main()
