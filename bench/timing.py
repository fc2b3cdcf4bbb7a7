"""Wall-clock timing shared by the benchmark scripts."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(run: Callable[[], object], times: int) -> float:
    """The median wall time of ``times`` calls of ``run`` (warm it up first: the first call loads data)."""
    spent = []
    for _ in range(times):
        t = time.perf_counter()
        run()
        spent.append(time.perf_counter() - t)
    return statistics.median(spent)
