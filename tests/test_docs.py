"""Every command documents itself (help and an example) and the README names every command."""

from pathlib import Path
from typing import Any

import pytest
import typer

from chronicle.cli.main import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[tuple[str, Any]]:
    """Every leaf command, with its full name ('ask timeline')."""
    found = []

    def walk(command: Any, prefix: str) -> None:
        if hasattr(command, "commands"):  # a group (typer ships its own click)
            for name, sub in command.commands.items():
                walk(sub, f"{prefix} {name}".strip())
        else:
            found.append((prefix, command))

    walk(typer.main.get_command(app), "")
    return found


COMMANDS = _commands()


def test_docs_every_command_is_found() -> None:
    names = {name for name, _ in COMMANDS}
    assert {"ingest", "worker", "ask timeline", "ask effect", "stack up", "dlq list", "eval"} <= names


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_docs_command_has_help_and_example(name: str, command: Any) -> None:
    text = command.help or ""
    assert text.strip(), f"`chronicle {name}` has no help"
    assert "Example: chronicle" in text or "Examples:" in text, f"`chronicle {name}` has no example"


@pytest.mark.parametrize("name", sorted({name.split()[0] for name, _ in COMMANDS}))
def test_docs_readme_names_every_command(name: str) -> None:
    assert f"chronicle {name}" in README
