"""Errors raised by the knowledge loaders, always pointing at a file and line."""

from __future__ import annotations

from pathlib import Path


class KnowledgeError(Exception):
    """A file breaks the knowledge-format contract; the message reads `file:line: what is wrong`."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")
