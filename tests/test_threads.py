"""journeys/threads.py: numpy runs one BLAS thread once the package is imported, whichever loaded first."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

_THREADS = "import threadpoolctl; print(max(i['num_threads'] for i in threadpoolctl.threadpool_info()))"


@pytest.mark.parametrize("first", ["import journeys.core, numpy", "import numpy, journeys.core"])
def test_blas_runs_one_thread_whichever_loads_first(first: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run([sys.executable, "-c", f"{first}; {_THREADS}"], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "1"


def test_a_thread_count_the_user_set_stands() -> None:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "2", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", f"import journeys.core; {_THREADS}"], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "2"
