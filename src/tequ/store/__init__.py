"""The knowledge base: a Store interface and its embedded SQLite implementation."""

from tequ.store.base import Store, open_store

__all__ = ["Store", "open_store"]
