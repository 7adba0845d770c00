"""One BLAS thread for numpy: the answer path multiplies small matrices (a few hundred comment vectors), where a
second thread gains nothing, and OpenBLAS's idle threads spin for the core the answer runs on. On this 2-core
machine, clustering one question's comment pools took 120-340 ms with the default threads beside another busy
process, 21-28 ms with one (journeys/voice/clusters.py). An OPENBLAS_NUM_THREADS the user set stands."""

from __future__ import annotations

import os
import sys


def limit_blas_threads() -> None:
    """Before numpy loads, through the environment (free); after, through threadpoolctl when installed."""
    if "OPENBLAS_NUM_THREADS" in os.environ:
        return
    if "numpy" not in sys.modules:
        os.environ["OPENBLAS_NUM_THREADS"] = "1"
        return
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(1, user_api="blas")
    os.environ["OPENBLAS_NUM_THREADS"] = "1"  # said once: a later Core in this process need not ask again
