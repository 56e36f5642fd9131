"""Typed errors for reading article files; the CLI prints `str(error)` as one line and exits non-zero."""

from pathlib import Path

from chronicle.errors import ChronicleError

__all__ = [
    "BadJsonError",
    "EmptyArticleError",
    "InputNotFoundError",
    "InvalidArticleError",
    "NoMainTextError",
    "NotUtf8Error",
    "QueueFull",
    "QueueUnavailable",
    "ReaderError",
    "UnsupportedFormatError",
]


def _where(path: Path, line: int | None) -> str:
    return f"{path}:{line}" if line is not None else str(path)


class ReaderError(ChronicleError):
    """An input file could not be turned into articles; the message names the file (and line)."""

    def __init__(self, path: Path, detail: str, *, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.detail = detail
        super().__init__(f"{_where(path, line)}: {detail}")


class InputNotFoundError(ReaderError):
    """The path does not exist."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "no such file or directory")


class NotUtf8Error(ReaderError):
    """The file is not UTF-8 text."""

    def __init__(self, path: Path, offset: int) -> None:
        super().__init__(path, f"not UTF-8 text (undecodable byte at offset {offset})")


class BadJsonError(ReaderError):
    """A .json file or a .jsonl line is not valid JSON."""


class InvalidArticleError(ReaderError):
    """Valid JSON that is not an article object (wrong type or wrong fields)."""


class UnsupportedFormatError(ReaderError):
    """The file extension is not one the readers know."""


class EmptyArticleError(ReaderError):
    """The input holds no article text."""


class NoMainTextError(EmptyArticleError):
    """trafilatura found no main text in an HTML page."""


class QueueUnavailable(ChronicleError):
    """NATS cannot be reached or refused the login; the message says which and what to check."""


class QueueFull(ChronicleError):
    """JetStream refused a message for lack of room (the stream's limit or the server's disk)."""
