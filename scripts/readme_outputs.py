"""Re-run the `chronicle ask` and `chronicle search` examples of README.md and put their real output in.

Run it on a graph holding only examples/ (`chronicle stack reset && chronicle ingest examples/`):

    .venv/bin/python scripts/readme_outputs.py [--check]

Each fenced block whose first line is `$ chronicle ask ...` or `$ chronicle search ...` gets the
command's output, 110 columns wide. A long table keeps its first rows and its last lines, with a
`  …` line where rows were left out (the README says so). `--check` only reports which blocks differ.
"""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
CHRONICLE = Path(sys.executable).with_name("chronicle")
BLOCK = re.compile(r"```\n(\$ chronicle (?:ask|search) [^\n]*)\n(.*?)```", re.S)
KEEP_LINES = 34  # about this many lines of a long table, cut at a row boundary
TAIL_LINES = 2  # the table's bottom border and the line under it


def _run(command: str) -> str:
    args = [str(CHRONICLE), *shlex.split(command.removeprefix("$ chronicle "))]
    env = {**os.environ, "COLUMNS": "110", "NO_COLOR": "1", "TERM": "dumb"}
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    output = (done.stdout + done.stderr).rstrip("\n")
    return "\n".join(line.rstrip() for line in output.split("\n"))


def _row_start(line: str) -> bool:
    """A table line that opens a row: its first cell is not blank."""
    cells = line.split("│")
    return len(cells) > 2 and cells[1].strip() != ""


def abridge(output: str) -> str:
    """The first rows and the end of a long table, with '  …' where rows were left out."""
    lines = output.split("\n")
    if len(lines) <= KEEP_LINES + TAIL_LINES + 2:
        return output
    body_end = len(lines) - TAIL_LINES
    cut = max((i for i in range(KEEP_LINES) if _row_start(lines[i])), default=KEEP_LINES)
    if cut <= 4:
        return output
    return "\n".join([*lines[:cut], "  …", *lines[body_end:]])


def main() -> int:
    text = README.read_text(encoding="utf-8")
    differ = []

    def replace(match: re.Match[str]) -> str:
        command, old = match.group(1), match.group(2)
        new = abridge(_run(command)) + "\n"
        if new != old:
            differ.append(command)
        return f"```\n{command}\n{new}```"

    updated = BLOCK.sub(replace, text)
    for command in differ:
        print(f"{'differs' if '--check' in sys.argv else 'updated'}: {command}")
    if "--check" not in sys.argv:
        README.write_text(updated, encoding="utf-8")
    return 1 if differ and "--check" in sys.argv else 0


if __name__ == "__main__":
    raise SystemExit(main())
