"""The knowledge-base interface every backend implements, and ``open_store(url)``.

Everything the CLI, the HTTP API and the web UI read or write goes through ``Store``. Methods
return plain JSON-able ``dict``/``list`` values, so the API can pass them through unchanged.

Conventions shared by every method:

* Offsets (``start``, ``end``) are code-point indices into the document's decoded original text
  (``documents.original``), end exclusive, as in the ``tequ extract --json`` contract; a
  ``quote`` always equals ``original[start:end]``.
* A *page* is ``{"data": [...], "count": n}`` where ``count`` is the total number of matches
  (before ``limit``/``offset``).
* Text filters (subject, place, entity, ...) accept Traditional or Simplified input; the store
  converts them to Simplified before matching, as all stored normalised text is Simplified.
* Library errors are ``tequ.errors.StoreError`` with a one-line message.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tequ.errors import StoreError
from tequ.model import Annotations, Document

JSON = dict[str, Any]
Page = dict[str, Any]  # {"data": [...], "count": int}


class Store(ABC):
    """A knowledge base of documents, their annotations and the links between documents.

    Write side: ``save_document`` (one transaction per document), ``is_current``,
    ``stale_documents``/``load_original`` (for ``tequ reindex``), ``relink`` (recompute
    cross-document links after a batch of writes).
    Read side: ``stats``, ``search``, ``document``, ``facts``, ``series``, ``entities``,
    ``entity``, ``tracks``, ``checks``, ``graph``, ``ask``, ``export_rows``.
    """

    url: str

    # --- write side -------------------------------------------------------------------
    @abstractmethod
    def save_document(
        self,
        doc: Document,
        ann: Annotations,
        *,
        path: str,
        content_hash: str,
        pipeline_version: int | None = None,
    ) -> int:
        """Store ``doc`` and ``ann`` atomically, replacing any earlier records of ``path``.

        Args:
            doc: the cleaned document (its ``original`` is kept, so reindexing needs no file).
            ann: the pipeline's annotations for ``doc``.
            path: the identity of the source (file path as given on the command line, resolved).
            content_hash: hex digest of the file's bytes (``hash_bytes``); used by ``is_current``.
            pipeline_version: the ``tequ.PIPELINE_VERSION`` that produced ``ann`` (default: current).

        Returns:
            the document id (stable across replacements of the same ``path``).

        Raises:
            StoreError: the write failed; nothing of this document was changed.
        """

    @abstractmethod
    def save_prepared(
        self, rows: Any, *, path: str, content_hash: str, pipeline_version: int | None = None
    ) -> int:
        """``save_document`` from ``tequ.store.rows.prepare_rows(doc, ann)`` (a
        ``DocumentRows``), which ``tequ ingest`` computes in its worker processes."""

    @abstractmethod
    def is_current(self, path: str, content_hash: str) -> bool:
        """True when ``path`` is stored with this ``content_hash`` (so ingesting it again is a no-op)."""

    @abstractmethod
    def stale_documents(self, *, pipeline_version: int | None = None, all: bool = False) -> list[JSON]:
        """Documents extracted by another pipeline version (or every one with ``all``):
        ``[{"doc_id", "path", "pipeline_version"}]``."""

    @abstractmethod
    def load_original(self, doc_id: int) -> JSON | None:
        """``{"doc_id", "path", "original", "content_hash", "encoding"}`` of a stored document."""

    @abstractmethod
    def relink(self) -> JSON:
        """Recompute cross-document links (merged entities, tracked measures, checks).

        Called once after a batch of ``save_document`` calls. Returns counts per link table.
        """

    # --- read side --------------------------------------------------------------------
    @abstractmethod
    def stats(self) -> JSON:
        """Counts: documents, articles, paragraphs, facts, entities, measures, tracks, checks,
        plus ``schema_version``, ``pipeline_versions`` and ``size_bytes``."""

    @abstractmethod
    def search(
        self,
        q: str,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        source: str | None = None,
        tag: str | None = None,
        category: str | None = None,
        entity: str | None = None,
        place: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> Page:
        """Full-text search over articles, in either script.

        ``q`` is plain text (never query syntax: quotes, ``NEAR``, ``*``, parentheses are just
        characters). Dates filter on the article's ``published`` (ISO, inclusive).

        Returns:
            ``{"data": [{"doc_id", "article", "title", "published", "source", "snippet",
            "score"}], "count": n, "facets": {"source": {...}, "category": {...}, "tag": {...},
            "year": {...}}}``. ``snippet`` is HTML-escaped clean text with ``<mark>…</mark>``
            around hits; ``score`` is higher for better matches (negated bm25).
        """

    @abstractmethod
    def document(self, doc_id: int) -> JSON | None:
        """One stored document: ``{"doc_id", "path", "source", "content_hash", "text" (clean),
        "pipeline_version", "ingested_at", "encoding", "script", "original", "paragraphs":
        [{"start","end","text","article","role"}], "articles", "facts", "entities",
        "measures", "tags", "categories", "flags", "dropped"}``; ``None`` if absent."""

    @abstractmethod
    def facts(
        self,
        *,
        subject: str | None = None,
        place: str | None = None,
        kind: str | None = None,
        period: str | None = None,
        doc_id: int | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        """Facts as in the contract plus ``fact_id``, ``doc_id``, ``title``, ``published``,
        ``source``. ``subject`` matches subjects containing it; ``period`` matches a prefix
        (``2024`` matches ``2024-12-31``)."""

    @abstractmethod
    def series(self, subject: str, *, unit: str | None = None, place: str | None = None) -> list[JSON]:
        """Indicator series: level/count facts whose normalised subject contains ``subject``,
        grouped by (subject, unit, place), ordered by period.

        Returns:
            ``[{"subject", "unit", "place", "points": [{"period", "value", "qualifier",
            "doc_id", "fact_id", "quote", "start", "end", "title", "published"}],
            "conflicts": [{"period", "points": [...]}]}]``; every point cites its quote.
        """

    @abstractmethod
    def entities(
        self, q: str | None = None, *, type: str | None = None, limit: int = 50, offset: int = 0
    ) -> Page:
        """Merged entities: ``{"entity_id", "canonical", "type", "aliases", "documents",
        "mentions"}``; ``q`` matches canonical names or aliases containing it."""

    @abstractmethod
    def entity(self, name: str) -> JSON | None:
        """One merged entity by canonical name or alias: ``{"entity_id", "canonical", "type",
        "aliases", "timeline": [{"period", "mentions"}], "related": [{"canonical", "type",
        "weight"}], "documents": [{"doc_id", "title", "published", "source", "mentions"}],
        "facts": [...], "measures": [...]}``."""

    @abstractmethod
    def tracks(
        self,
        q: str | None = None,
        *,
        status: str | None = None,
        place: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        """Tracked measures: ``{"track_id", "key", "title", "status" (latest), "first_seen",
        "last_seen", "history": [{"published", "status", "action", "object", "actor",
        "horizon", "quote", "start", "end", "doc_id", "measure_id", "title"}]}``."""

    @abstractmethod
    def checks(self) -> list[JSON]:
        """Consistency checks of stated changes against levels: ``{"check_id", "subject",
        "place", "period", "base_period", "stated", "implied", "status" ("ok" |
        "discrepancy" | "bound_ok"), "change": {fact}, "level": {fact}, "base": {fact},
        "note"}``."""

    @abstractmethod
    def graph(self, *, center: str | None = None, depth: int = 1, limit: int = 100) -> JSON:
        """Entity co-occurrence graph: ``{"nodes": [{"id", "label", "type", "documents"}],
        "edges": [{"source", "target", "weight"}]}``, around ``center`` (a name) if given."""

    @abstractmethod
    def ask(self, question: str) -> JSON | None:
        """Answer a factual question from stored facts: ``{"answer", "value", "unit",
        "qualifier", "subject", "period", "place", "quote", "start", "end", "doc_id", "title",
        "source", "published", "score"}`` or ``None`` when nothing fits."""

    @abstractmethod
    def fact_candidates(
        self, grams: list[str], *, period: str | None = None, limit: int = 2000
    ) -> list[JSON]:
        """Facts (as in ``facts``) whose subject contains any of ``grams``, optionally in periods
        starting with ``period``; the retrieval step of ``ask``."""

    @abstractmethod
    def places(self) -> list[str]:
        """Every distinct place known to the base (fact places, LOC entities), longest first."""

    @abstractmethod
    def export_rows(self, table: str) -> Iterator[JSON]:
        """Rows of one logical table (``documents``, ``facts``, ``entities``, ``measures``,
        ``tracks``, ``checks``, ``edges``) for ``tequ export``."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection; the store is unusable afterwards."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def hash_bytes(data: bytes) -> str:
    """The content hash stored per document (sha256, hex)."""
    import hashlib

    return hashlib.sha256(data).hexdigest()


def open_store(url: str, *, create: bool = True) -> Store:
    """Open (and migrate) the store named by ``url``.

    Args:
        url: a file path, ``sqlite:///relative.db`` / ``sqlite:////abs/path.db``, or
            ``postgresql://...`` (reserved for a later backend).
        create: when False, a missing SQLite file is an error instead of being created.

    Raises:
        StoreError: the URL names an unknown or unavailable backend, or the file cannot be opened.
    """
    if url.startswith(("postgresql://", "postgres://")):
        raise StoreError("PostgreSQL backend not installed; use a SQLite path such as tequ.db")
    if "://" in url and not url.startswith("sqlite://"):
        raise StoreError(f"unknown store URL {url!r}: use a file path, sqlite:///file.db or postgresql://...")
    path = url[len("sqlite:///") :] if url.startswith("sqlite:///") else url
    if not path:
        raise StoreError(f"store URL {url!r} names no file")
    if not create and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"{path}: no knowledge base here; run `tequ ingest FILES --db {path}` first")
    from tequ.store.sqlite import SQLiteStore

    return SQLiteStore(path)
