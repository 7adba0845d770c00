"""One writer for the embedded Chroma index, and an outbox in SQL for everyone else.

Embedded Chroma is not safe for two writing processes. The process that holds `writer.lock` (an exclusive,
non-blocking `flock` in the Chroma folder, kept for the process's life) writes the vectors itself. Any other
process (a `journey ingest` beside a running bot, say) still writes SQL, the keyword index included, and puts
each vector change, with its embedding already computed, in `index_outbox`. The holder checks the outbox
before every search (one indexed query) and applies what it finds, so it sees another process's work within
a search, not after a restart. With a Chroma server (JOURNEY_CHROMA_URL) there is no lock and no outbox:
every process writes to the server.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import numpy as np
from sqlalchemy import Engine, delete, insert, select

from retrieval.tables import index_outbox

_held: dict[str, tuple[IO[bytes], int]] = {}  # lock path -> (open file, users in this process)
_held_guard = threading.Lock()


class WriterLock:
    """The right to write one embedded Chroma folder; shared by every index of this process on that folder."""

    def __init__(self, path: Path) -> None:
        self.path = str(path.resolve())
        self.held = False

    def try_acquire(self) -> bool:
        if self.held:
            return True
        with _held_guard:
            if self.path in _held:
                handle, users = _held[self.path]
                _held[self.path] = (handle, users + 1)
                self.held = True
                return True
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            handle = open(self.path, "ab")  # noqa: SIM115 - kept open for as long as the lock is held
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                return False
            _held[self.path] = (handle, 1)
            self.held = True
            return True

    def release(self) -> None:
        if not self.held:
            return
        with _held_guard:
            handle, users = _held[self.path]
            if users > 1:
                _held[self.path] = (handle, users - 1)
            else:
                del _held[self.path]
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
                handle.close()
        self.held = False


def enqueue(engine: Engine, ops: Sequence[dict[str, Any]]) -> None:
    """Append vector changes: {doc_id, op, vector (float32 array or None), meta (dict or None)}."""
    rows = [{"doc_id": o["doc_id"], "op": o["op"], "meta": o.get("meta"),
             "vector": np.asarray(o["vector"], dtype=np.float32).tobytes() if o.get("vector") is not None else None}
            for o in ops]
    with engine.begin() as connection:
        for start in range(0, len(rows), 2000):
            connection.execute(insert(index_outbox), rows[start:start + 2000])


def pending(engine: Engine) -> bool:
    with engine.connect() as connection:
        return connection.execute(select(index_outbox.c.seq).limit(1)).first() is not None


def batches(engine: Engine, size: int = 2000) -> Iterator[list[Any]]:
    """The outbox in seq order, a batch at a time; the caller deletes each batch once it is applied."""
    last = 0
    while True:
        with engine.connect() as connection:
            rows = connection.execute(select(index_outbox).where(index_outbox.c.seq > last)
                                      .order_by(index_outbox.c.seq).limit(size)).all()
        if not rows:
            return
        yield rows
        last = rows[-1].seq


def done(engine: Engine, seqs: Sequence[int]) -> None:
    with engine.begin() as connection:
        for start in range(0, len(seqs), 500):
            connection.execute(delete(index_outbox).where(index_outbox.c.seq.in_(list(seqs[start:start + 500]))))


def vector_of(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32)
