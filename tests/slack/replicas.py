"""Several `journey serve --http` replicas on one PostgreSQL database and one Chroma server (tests and bench/).

Each replica has a data dir of its own (its log file) and shares everything else: JOURNEY_DATABASE_URL,
JOURNEY_CHROMA_URL and the fake Slack Web API. The knowledge is ingested once, in-process, before they start.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from fake_slack_api import FakeSlackApi
from serve_process import ServeProcess

from journeys.core import Core
from journeys.settings import load_settings


class Cluster:
    def __init__(self, root: Path, database_url: str, chroma_url: str, api: FakeSlackApi, **settings: str) -> None:
        self.root, self.database_url, self.chroma_url, self.api = root, database_url, chroma_url, api
        self.settings = {"JOURNEY_DATABASE_URL": database_url, "JOURNEY_CHROMA_URL": chroma_url, **settings}
        self.replicas: list[ServeProcess] = []
        self._started = 0

    def core(self, embedder=None) -> Core:  # type: ignore[no-untyped-def]
        """An in-process core on the shared database and index (to seed it, or to read what was stored)."""
        return Core(load_settings(data_dir=self.root / "seed", database_url=self.database_url,
                                  chroma_url=self.chroma_url), embedder=embedder)

    def seed(self, folders: Sequence[Path], embedder=None) -> int:  # type: ignore[no-untyped-def]
        core = self.core(embedder)
        try:
            report = core.ingestor.run(list(folders))
            assert not report.failed, [f.error for f in report.failed]
            return int(report.total("stored"))
        finally:
            core.close()

    def start(self, count: int = 2) -> list[ServeProcess]:
        """`count` more replicas, started at once (their model loads overlap), each listening when this returns."""
        new = [self._new() for _ in range(count)]
        for replica in new:
            replica.start()
        for replica in new:
            replica.wait_listening()
        return new

    def _new(self) -> ServeProcess:
        self._started += 1
        data_dir = self.root / f"replica-{self._started}" / "data"
        data_dir.mkdir(parents=True, exist_ok=True)
        replica = ServeProcess(data_dir, self.api, **self.settings)
        self.replicas.append(replica)
        return replica

    def stop(self) -> list[int]:
        """SIGTERM to every live replica, in parallel (each drains its work); their exit codes."""
        codes: dict[int, int] = {}
        threads = [threading.Thread(target=lambda i=i, r=r: codes.__setitem__(i, r.stop()))
                   for i, r in enumerate(self.replicas)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return [codes[i] for i in range(len(self.replicas))]


def answers_by_thread(api: FakeSlackApi, threads: set[str] | None = None) -> Counter:
    """How many answers Slack (the fake) accepted in each thread (a question's ts)."""
    posts = [c for c in api.calls_to("chat.postMessage") if c.status == 200 and c.params.get("thread_ts")]
    return Counter(p.params["thread_ts"] for p in posts if threads is None or p.params["thread_ts"] in threads)
