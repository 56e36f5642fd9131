"""The report's header: when, on what machine and code, with which command, and how busy it was."""

import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import spacy

from chronicle.stack.layout import NEO4J_VERSION

__all__ = ["header", "load_average"]

REPO = Path(__file__).resolve().parents[1]


def load_average() -> str:
    """The 1/5/15-minute load averages (2 cores: above 2 means processes waited for CPU)."""
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _memory_gb() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return 0.0


def _commit() -> str:
    def git(*args: str) -> str:
        result = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)
        return result.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + (
        " (with uncommitted changes)" if git("status", "--porcelain", "--untracked-files=no") else ""
    )


def header(options: Any, seconds: float) -> str:
    """The markdown header of a report."""
    command = "python -m bench " + " ".join(sys.argv[1:]) if sys.argv[1:] else "python -m bench"
    return "\n".join(
        [
            "# Chronicle performance report",
            "",
            f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; took {seconds / 60:.1f} min",
            f"- machine: {os.cpu_count()} cores ({_cpu_model()}), {_memory_gb():.0f} GB RAM, "
            f"{platform.system()} {platform.release()}; load average at the end {load_average()}",
            f"- software: Python {platform.python_version()}, spaCy {spacy.__version__}, "
            f"Neo4j {NEO4J_VERSION} (private instance, heap 1 GB, page cache 512 MB), nats-server (JetStream)",
            f"- code: commit {_commit()}",
            f"- command: `{command}`; sections: {', '.join(options.sections)}",
            "- Neo4j and NATS run on the same machine as the workers and the bench; other tenants' load "
            "shows in wall-clock figures, so CPU-time figures are given beside them.",
        ]
    )
