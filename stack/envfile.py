"""The project's `.env`: where `stack up` leaves the generated Neo4j password for everyone else.

Only missing keys are added; existing lines (comments, other keys, values set by hand) are kept. The
file holds a secret, so it is always left with mode 600, and passwords are only shown masked.
"""

import os
import re
import secrets
from collections.abc import Mapping
from pathlib import Path

__all__ = ["ENV_KEYS", "generate_password", "mask", "read_env", "set_env", "update_env", "write_env_copy"]

ENV_KEYS = (
    "NEO4J_URI",
    "NEO4J_USERNAME",
    "NEO4J_PASSWORD",
    "NEO4J_DATABASE",
    "NATS_URL",
    "NATS_USER",
    "NATS_PASSWORD",
)
_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$")


def generate_password() -> str:
    """A fresh random password (URL-safe, 32 characters, never starting with '-' or '_')."""
    while True:
        password = secrets.token_urlsafe(24)
        if password[0].isalnum():
            return password


def mask(secret: str, shown: int = 4) -> str:
    """`secret` with all but its first `shown` characters hidden, e.g. 'abcd…'."""
    if not secret:
        return "(empty)"
    if len(secret) <= shown * 2:
        return "…"
    return f"{secret[:shown]}…"


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def read_env(path: Path) -> dict[str, str]:
    """KEY=value pairs of an env file ({} when it does not exist)."""
    if not path.exists():
        return {}
    pairs: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _LINE.match(line)
        if match and not line.lstrip().startswith("#"):
            pairs[match.group(1)] = _unquote(match.group(2))
    return pairs


def update_env(path: Path, values: Mapping[str, str]) -> list[str]:
    """Add the keys of `values` missing from `path` (created if needed), chmod 600.

    Returns the keys that were added.
    """
    if path.exists():
        path.chmod(0o600)
    existing = read_env(path)
    added = [key for key in values if key not in existing]
    if added:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        if text and not text.endswith("\n"):
            text += "\n"
        if not text:
            text = "# Written by `chronicle stack up`; keep it private (mode 600).\n"
        text += "".join(f"{key}={values[key]}\n" for key in added)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    return added


def write_env_copy(path: Path, source: Path) -> None:
    """Replace `path` with the KEY=value lines of `source` (mode 600): the data home's copy of .env."""
    pairs = read_env(source)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "# A copy of the project's .env kept by `chronicle stack`, for commands run from other folders.\n"
    text += "".join(f"{key}={value}\n" for key, value in pairs.items())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def set_env(path: Path, key: str, value: str) -> bool:
    """Set `key` to `value` in `path`, replacing its line or adding one (mode 600); True if it changed."""
    if path.exists():
        path.chmod(0o600)
    if read_env(path).get(key) == value:
        return False
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [
        line
        for line in lines
        if not ((m := _LINE.match(line)) and m.group(1) == key and not line.lstrip().startswith("#"))
    ]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("".join(f"{line}\n" for line in kept) + f"{key}={value}\n")
    return True
