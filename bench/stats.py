"""Small numeric helpers shared by the benchmarks: percentiles and peak memory."""

import math
import resource
from collections.abc import Sequence
from pathlib import Path

__all__ = ["peak_rss_mb", "percentile", "process_peak_mb"]


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by the nearest-rank method; nan for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process_peak_mb(pid: int) -> float | None:
    """Peak resident memory (VmHWM) of a live process, in MB; None once it has exited."""
    try:
        for line in (Path("/proc") / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None
