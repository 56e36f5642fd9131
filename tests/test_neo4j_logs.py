"""`stack up` reads Neo4j's own log for why it cannot start (issue 11: a data disk too small for the
transaction log was reported as "did not answer within 300s"). The excerpts below are written for
these tests in the shape of Neo4j 5.26's debug.log; tests/fault/test_neo4j_small_disk.py runs the
real thing on a small tmpfs."""

import os
import time
from pathlib import Path

import pytest

from chronicle.stack import control
from chronicle.stack.errors import StartFailed
from chronicle.stack.neo4j_logs import LogMark, start_problem

HEALTHY = """\
2026-11-30 09:12:01.100+0000 INFO  [o.n.k.d.Database] [neo4j/1a2b3c4d] Starting transaction log files.
2026-11-30 09:12:01.900+0000 WARN  [o.n.k.i.s.MetaDataStore] [neo4j/1a2b3c4d] Missing counts store, rebuilding it.
2026-11-30 09:12:02.300+0000 INFO  [o.n.k.a.DatabaseAvailabilityGuard] [neo4j/1a2b3c4d] Database is ready.
"""
PREALLOCATE = """\
2026-11-30 09:12:01.100+0000 INFO  [o.n.k.d.Database] [neo4j/1a2b3c4d] Starting transaction log files.
2026-11-30 09:12:01.563+0000 ERROR [o.n.k.i.t.l.f.LogFileChannelNativeAccessor] [neo4j/1a2b3c4d] Warning! \
System is running out of disk space. Failed to preallocate log file since disk does not have enough space \
left. Please provision more space to avoid that. Allocation failure details: ErrorCode=28, \
errorMessage='No space left on device'
2026-11-30 09:12:01.563+0000 ERROR [o.n.k.i.t.l.f.LogFileChannelNativeAccessor] [neo4j/1a2b3c4d] Switching \
database to read only mode.
2026-11-30 09:12:01.864+0000 ERROR [o.n.d.d.DatabaseLifecycles] Failed to start DatabaseId{1a2b3c4d[neo4j]}
"""
DISK_FULL = """\
2026-11-30 09:12:05.010+0000 ERROR [o.n.k.i.p.PageCache] [neo4j/1a2b3c4d] Flush failed: \
java.io.IOException: No space left on device
"""


def test_start_problem_names_the_disk_too_small_for_the_transaction_log(tmp_path: Path) -> None:
    line = start_problem(PREALLOCATE, tmp_path, tmp_path / "debug.log")
    assert line is not None and "\n" not in line
    assert line.startswith("Neo4j cannot start database 'neo4j': the disk holding ")
    assert "too small for the transaction log Neo4j preallocates (256 MiB per database;" in line
    assert "MiB free there; No space left on device)" in line
    assert f"details in {tmp_path / 'debug.log'}" in line


def test_start_problem_names_a_full_disk(tmp_path: Path) -> None:
    line = start_problem(DISK_FULL, tmp_path, tmp_path / "debug.log")
    assert line is not None and f"the disk holding {tmp_path} is full" in line


def test_start_problem_is_quiet_about_a_healthy_start(tmp_path: Path) -> None:
    assert start_problem(HEALTHY, tmp_path, tmp_path / "debug.log") is None


def test_log_mark_reads_only_what_this_start_wrote(tmp_path: Path) -> None:
    log = tmp_path / "debug.log"
    assert LogMark.at_end(log).new_text() == ""  # no log yet
    log.write_text(PREALLOCATE)
    mark = LogMark.at_end(log)
    assert mark.new_text() == ""
    with log.open("a") as handle:
        handle.write(HEALTHY)
    assert mark.new_text() == HEALTHY
    log.write_text(HEALTHY[:40])  # rotated: shorter than the mark, read from the start
    assert mark.new_text() == HEALTHY[:40]


def test_stack_wait_ends_at_once_with_the_reason_from_the_log(tmp_path: Path) -> None:
    """The probe never answers (as Neo4j's database never becomes available); the log's reason ends
    the wait long before the timeout, and is the error's whole message."""
    log = tmp_path / "debug.log"
    log.write_text(HEALTHY)
    mark = LogMark.at_end(log)

    def probe() -> None:
        with log.open("a") as handle:  # Neo4j writes the failure a moment after starting
            handle.write(PREALLOCATE)
        raise ConnectionRefusedError

    def diagnose() -> str | None:
        return start_problem(mark.new_text(), tmp_path, log)

    began = time.monotonic()
    with pytest.raises(StartFailed) as failed:
        control._wait("Neo4j", tmp_path / "neo4j.log", os.getpid(), "", probe, 300.0, diagnose)
    assert time.monotonic() - began < 5
    assert str(failed.value).startswith("Neo4j cannot start database 'neo4j': the disk holding ")
