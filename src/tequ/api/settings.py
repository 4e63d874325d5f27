"""Settings of the HTTP server: each field has a default, a help text and a validator.

``tequ serve`` builds one ``ServeSettings`` (defaults < ``TEQU_*`` environment < CLI flags) and
passes it to ``create_app``; nothing here reads the environment at import time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

from tequ.errors import ConfigError


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """What ``create_app`` needs. Tokens are secrets: never logged, compared in constant time."""

    #: store URL: a SQLite file path, ``sqlite:///file.db`` or ``postgresql://...``
    db: str = "tequ.db"
    #: bearer token required by writes (``POST /api/ingest``); None disables writes (403)
    token: str | None = None
    #: bearer token required by reads (API and web pages); None leaves reads open
    read_token: str | None = None
    #: largest accepted request body of an ingest, in bytes (larger: 413)
    max_upload_bytes: int = 8 * 1024 * 1024
    #: most files or JSON articles accepted by one ingest request
    max_upload_files: int = 50
    #: create the store when the file does not exist (otherwise serving a missing file fails)
    create: bool = False
    #: read responses kept in the response cache (0 turns it off); emptied when the data changes
    cache_entries: int = 4096
    #: the longest a cached response is replayed, in seconds
    cache_seconds: int = 60
    #: worker threads per process for store reads (each holds one SQLite connection)
    threads: int = 8
    #: SQLite file of a response cache shared by worker processes (``tequ serve --workers N``
    #: sets up a temporary one); None: each process caches alone
    shared_cache: str | None = None

    def __post_init__(self) -> None:
        if not self.db:
            raise ConfigError(_named("db"), "empty store URL; give a file path such as tequ.db")
        for key in ("max_upload_bytes", "max_upload_files", "threads"):
            if getattr(self, key) < 1:
                raise ConfigError(_named(key), f"must be a positive integer, got {getattr(self, key)}")
        if self.cache_entries < 0 or self.cache_seconds < 1:
            raise ConfigError(_named("cache_entries"), "cache_entries must be >= 0 and cache_seconds >= 1")
        for key in ("token", "read_token"):
            value = getattr(self, key)
            if value is not None and len(value) < 8:
                raise ConfigError(_named(key), "tokens must be at least 8 characters long")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> ServeSettings:
        """Defaults, then ``TEQU_TOKEN``, ``TEQU_READ_TOKEN``, ``TEQU_MAX_UPLOAD_BYTES``..., then ``overrides``.

        Raises:
            ConfigError: a value is invalid (the message names the setting).
        """
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(f"TEQU_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            values[f.name] = _parse(f.name, raw, f.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


def _named(key: str) -> str:
    """A setting as a user sets it: ``token`` -> ``TEQU_TOKEN`` (the environment variable)."""
    return f"TEQU_{key.upper()}"


def _parse(key: str, raw: str, kind: object) -> object:
    if kind in ("int", int):
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(_named(key), f"expected an integer, got {raw!r}") from None
    if kind in ("bool", bool):
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise ConfigError(_named(key), f"expected true or false, got {raw!r}")
    return raw
