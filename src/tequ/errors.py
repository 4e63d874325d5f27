"""Every exception tequ raises on purpose. Messages say what failed, where, and what to do next."""

from __future__ import annotations


class TequError(Exception):
    """Base class: the CLI and the API turn these into one-line user messages."""


class InputError(TequError):
    """A file or stream could not be read or decoded (empty, binary, unreadable, too large...)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ParseError(TequError):
    """A string could not be parsed into a value (a number, a date)."""

    def __init__(self, text: str, reason: str, position: int | None = None) -> None:
        where = f" at {position}" if position is not None else ""
        super().__init__(f"cannot parse {text!r}{where}: {reason}")
        self.text = text
        self.position = position


class ConfigError(TequError):
    """A setting has an invalid value."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"setting {key}: {reason}")
        self.key = key


class StoreError(TequError):
    """The knowledge base could not be opened, migrated, read or written."""


class StageError(TequError):
    """A pipeline stage failed on one document."""

    def __init__(self, stage: str, source: str, message: str) -> None:
        super().__init__(f"{source}: stage {stage} failed: {message}")
        self.stage = stage
        self.source = source
