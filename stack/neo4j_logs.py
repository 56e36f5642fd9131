"""Why Neo4j did not start, read from its own log, in one line (issue 11).

Neo4j keeps the cause of a failed start in `logs/debug.log`, not in the console: with too little disk
for the transaction log it preallocates (256 MiB per database by default), the console says only that
a database failed ("Database name 'system' is invalid" when it then tries to make the system database
read-only), or nothing at all while the server stays up and the `neo4j` database never becomes
available, which `stack up` used to report as "did not answer within 300s".
"""

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LogMark", "start_problem"]

_PREALLOCATE = re.compile(r"Failed to preallocate log file since disk does not have enough space left")
_NO_SPACE = re.compile(r"No space left on device|There is not enough space on the disk")
_DATABASE = re.compile(r"\] \[([\w.-]+)/[0-9a-f]+\] ")
_DETAIL = re.compile(r"errorMessage='([^']*)'")


@dataclass(frozen=True)
class LogMark:
    """Where a log file ended before a start, so only that start's lines are read."""

    path: Path
    offset: int

    @classmethod
    def at_end(cls, path: Path) -> "LogMark":
        try:
            return cls(path, path.stat().st_size)
        except FileNotFoundError:
            return cls(path, 0)

    def new_text(self) -> str:
        """What was written since the mark (all of it if the file was rotated or recreated)."""
        try:
            with self.path.open("rb") as handle:
                size = handle.seek(0, 2)
                handle.seek(self.offset if size >= self.offset else 0)
                return handle.read().decode("utf-8", errors="replace")
        except FileNotFoundError:
            return ""


def _free(path: Path) -> str:
    try:
        return f"{shutil.disk_usage(path).free / 2**20:,.0f} MiB free there"
    except OSError:
        return "free space unknown"


def start_problem(debug_log: str, data_dir: Path, log_path: Path) -> str | None:
    """One line saying why Neo4j cannot start, if `debug_log` (its text since the start) shows a cause
    the user can act on; None otherwise.

    Args:
        debug_log: the text Neo4j wrote to debug.log during this start.
        data_dir: Neo4j's data directory (the disk whose free space is reported).
        log_path: debug.log, named in the line for the details.
    """
    for line in debug_log.splitlines():
        if _PREALLOCATE.search(line):
            database = _DATABASE.search(line)
            detail = _DETAIL.search(line)
            return (
                f"Neo4j cannot start database {database.group(1) if database else '?'!r}: the disk holding "
                f"{data_dir} is too small for the transaction log Neo4j preallocates (256 MiB per database; "
                f"{_free(data_dir)}; {detail.group(1) if detail else 'no space left'}). Free disk space or "
                f"move CHRONICLE_HOME to a larger disk, then `chronicle stack down` and `up`; details in {log_path}"
            )
        if _NO_SPACE.search(line):
            return (
                f"Neo4j cannot start: the disk holding {data_dir} is full ({_free(data_dir)}; "
                f"'No space left on device'). Free disk space, then `chronicle stack down` and `up`; "
                f"details in {log_path}"
            )
    return None
