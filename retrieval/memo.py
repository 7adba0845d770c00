"""A small, thread-safe cache of per-query results that expires after a few seconds or when the index changes.

A question's main search and the composers' follow-up searches share their query text; they need one
nearest-neighbour fetch, not several. Another process's ingest shows within `ttl` seconds, as the keyword
index's corpus statistics do.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Memo(Generic[V]):
    def __init__(self, version: Callable[[], Hashable], ttl: float = 5.0, size: int = 64) -> None:
        self._version = version
        self._ttl = ttl
        self._size = size
        self._items: OrderedDict[Hashable, tuple[float, Hashable, V]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], V]) -> V:
        now, version = time.monotonic(), self._version()
        with self._lock:
            found = self._items.get(key)
            if found is not None and now - found[0] <= self._ttl and found[1] == version:
                self._items.move_to_end(key)
                return found[2]
        value = make()
        with self._lock:
            self._items[key] = (now, version, value)
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return value
