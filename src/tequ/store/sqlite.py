"""The SQLite backend: one file in WAL mode, one transaction per document.

Write side lives here; read queries are in ``tequ.store.queries``. All SQL of the product is
in ``tequ.store``. Offsets in every table index ``documents.original`` (code points, end
exclusive).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import tequ
from tequ.errors import StoreError
from tequ.model import Annotations, Document
from tequ.store import links, queries, writes
from tequ.store.base import JSON, Page, Store
from tequ.store.rows import DocumentRows, prepare_rows
from tequ.store.schema import migrate, schema_version
from tequ.store.texts import original_text, register_functions

#: Page size of new files: small pages waste less of the last overflow page of each long
#: ``documents.original`` (measured: 4096 -> 2048 saves ~20% of the file, search speed unchanged).
PAGE_SIZE = 2048

#: Bytes of the file mapped into memory for reads (shared by every connection of the process).
MMAP_SIZE = 1 << 30

_CHILD_TABLES = ("articles", "paragraphs", "flags", "fact_rows", "entity_mentions", "measure_rows", "labels")


def connect(path: str) -> sqlite3.Connection:
    """Open ``path`` with the settings every tequ connection uses (WAL, foreign keys, busy wait)."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        if conn.execute("PRAGMA page_count").fetchone()[0] == 0:
            conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")  # with WAL: a process crash loses no commit
        # checkpoint every ~16 MB of WAL instead of 2 MB: pages changed by many documents in a row
        # are written back once (ingest: -15% writer CPU); readers are unaffected
        conn.execute("PRAGMA wal_autocheckpoint=8000")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA cache_size=-65536")
        conn.execute(f"PRAGMA mmap_size={MMAP_SIZE}")  # reads share the OS page cache across connections
        register_functions(conn)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open as a SQLite knowledge base: {exc}") from exc
    return conn


def _refuse_foreign(conn: sqlite3.Connection, path: str) -> None:
    """A SQLite file that holds tables but none of tequ's is someone else's database: never
    add tequ's schema to it."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if names and "_tequ_migrations" not in names:
        conn.close()
        raise StoreError(f"{path}: a SQLite database of another application (no tequ tables); not touched")


class SQLiteStore(Store):
    """``Store`` on a SQLite file (see ``tequ.store.base.Store`` for every method's contract)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.url = f"sqlite:///{path}"
        self.conn = connect(path)
        self._keys: dict[tuple[str, tuple[object, ...]], int] = {}  # (table, key) -> id, see writes
        try:
            _refuse_foreign(self.conn, path)
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{path}: not a tequ knowledge base: {exc}") from exc

    # --- write side -------------------------------------------------------------------
    def save_document(
        self,
        doc: Document,
        ann: Annotations,
        *,
        path: str,
        content_hash: str,
        pipeline_version: int | None = None,
    ) -> int:
        return self.save_prepared(
            prepare_rows(doc, ann), path=path, content_hash=content_hash, pipeline_version=pipeline_version
        )

    def prepare(self, doc: Document, ann: Annotations) -> DocumentRows:
        return prepare_rows(doc, ann)

    def save_prepared(
        self, rows: Any, *, path: str, content_hash: str, pipeline_version: int | None = None
    ) -> int:
        """``save_document`` from ``prepare_rows`` output (computed elsewhere, e.g. in a worker)."""
        version = tequ.PIPELINE_VERSION if pipeline_version is None else pipeline_version
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
            row = c.execute("SELECT id FROM documents WHERE path = ?", (path,)).fetchone()
            fields = (content_hash, version, datetime.now(UTC).isoformat(timespec="seconds"), *rows.document)
            if row is None:
                cur = c.execute(
                    "INSERT INTO documents (content_hash, pipeline_version, ingested_at, encoding, script,"
                    " original_zlib, chars, dropped, meta, path) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (*fields, path),
                )
                doc_id = int(cur.lastrowid or 0)
            else:
                doc_id = int(row[0])
                self._delete_children(doc_id)
                c.execute(
                    "UPDATE documents SET content_hash=?, pipeline_version=?, ingested_at=?, encoding=?,"
                    " script=?, original_zlib=?, chars=?, dropped=?, meta=? WHERE id=?",
                    (*fields, doc_id),
                )
            writes.insert_rows(c, doc_id, rows, self._keys)
            c.execute("COMMIT")
        except BaseException as exc:  # KeyboardInterrupt too: never leave half a document
            if c.in_transaction:
                c.execute("ROLLBACK")
            self._keys.clear()  # ids cached during the rolled-back transaction are void
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{path}: cannot store: {exc}") from exc
            raise
        return doc_id

    def _delete_children(self, doc_id: int) -> None:
        c = self.conn
        for art_id, (body, tail) in writes.fts_rows(c, doc_id):
            c.execute(
                "INSERT INTO articles_fts (articles_fts, rowid, body, tail) VALUES ('delete', ?, ?, ?)",
                (art_id, body, tail),
            )
        for table in _CHILD_TABLES:
            c.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    def is_current(self, path: str, content_hash: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM documents WHERE path = ? AND content_hash = ?", (path, content_hash)
        ).fetchone()
        return row is not None

    def stale_documents(self, *, pipeline_version: int | None = None, all: bool = False) -> list[JSON]:
        version = tequ.PIPELINE_VERSION if pipeline_version is None else pipeline_version
        rows = self.conn.execute(
            "SELECT id AS doc_id, path, pipeline_version FROM documents WHERE ? OR pipeline_version != ? ORDER BY id",
            (int(all), version),
        ).fetchall()
        return [dict(r) for r in rows]

    def load_original(self, doc_id: int) -> JSON | None:
        row = self.conn.execute(
            "SELECT id AS doc_id, path, original_zlib, content_hash, encoding, meta FROM documents WHERE id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["original"] = original_text(out.pop("original_zlib"))
        out["format"] = json.loads(out.pop("meta")).get("format")
        return out

    def relink(self) -> JSON:
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
            c.execute("DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM entity_mentions)")
            counts = {"checks": links.rebuild_checks(c), "tracks": links.rebuild_tracks(c)}
            c.execute("COMMIT")
        except BaseException as exc:
            if c.in_transaction:
                c.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: cannot relink: {exc}") from exc
            raise
        return counts

    # --- read side --------------------------------------------------------------------
    def stats(self) -> JSON:
        out: dict[str, Any] = {
            t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in (
                "documents",
                "articles",
                "paragraphs",
                "facts",
                "entities",
                "entity_mentions",
                "measures",
                "tracked_measures",
                "checks",
            )
        }
        out["schema_version"] = schema_version(self.conn)
        out["pipeline_versions"] = {
            str(r[0]): r[1]
            for r in self.conn.execute("SELECT pipeline_version, count(*) FROM documents GROUP BY 1")
        }
        out["current_pipeline_version"] = tequ.PIPELINE_VERSION
        out["size_bytes"] = _file_size(self.path)
        return out

    def search(self, q: str, **filters: Any) -> Page:
        return queries.search(self.conn, q, **filters)

    def document(self, doc_id: int) -> JSON | None:
        return queries.document(self.conn, doc_id)

    def facts(self, **filters: Any) -> Page:
        return queries.facts(self.conn, **filters)

    def series(self, subject: str, *, unit: str | None = None, place: str | None = None) -> list[JSON]:
        return queries.series(self.conn, subject, unit=unit, place=place)

    def entities(self, q: str | None = None, **filters: Any) -> Page:
        return queries.entities(self.conn, q, **filters)

    def entity(self, name: str) -> JSON | None:
        return queries.entity(self.conn, name)

    def tracks(self, q: str | None = None, **filters: Any) -> Page:
        return queries.tracks(self.conn, q, **filters)

    def checks(self) -> list[JSON]:
        return queries.checks(self.conn)

    def graph(self, *, center: str | None = None, depth: int = 1, limit: int = 100) -> JSON:
        return queries.graph(self.conn, center=center, depth=depth, limit=limit)

    def ask(self, question: str) -> JSON | None:
        from tequ.ask import answer

        return answer(self, question)

    def fact_candidates(
        self, grams: list[str], *, period: str | None = None, limit: int = 2000
    ) -> list[JSON]:
        return queries.fact_candidates(self.conn, grams, period=period, limit=limit)

    def places(self) -> list[str]:
        return queries.places(self.conn)

    def export_rows(self, table: str) -> Iterator[JSON]:
        return queries.export_rows(self.conn, table)

    def close(self) -> None:
        self.conn.close()


def _file_size(path: str) -> int:
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
