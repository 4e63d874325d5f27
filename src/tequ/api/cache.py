"""A response cache for read requests (pure ASGI middleware).

Search, facts and pages are pure functions of the request and the stored data, so a ``GET``
answered with 200 is kept (LRU, ``cache_entries`` responses, at most ``cache_seconds`` old) and
replayed for the same path, query string, language cookie and presented token. Any change of
the data empties the cache: a write through the API bumps ``StorePool.generation``, and a write by
another process (``tequ ingest`` on the same file) changes the SQLite file or its WAL, whose
size and modification time are checked on every request. Replayed responses carry
``X-Tequ-Cache: hit`` (``miss`` otherwise), so benchmarks can tell them apart.

With several worker processes (``tequ serve --workers N``) each keeps its own LRU, and behind it
a ``SharedCache``: one SQLite file that every worker reads on a local miss and writes after
computing a response, so a request computed by one worker is a hit in the others too (without it
every distinct request is computed once per process). Its entries carry the data signature and
their creation time; a lookup that fails (locked, full disk) is a miss, a store that fails is
skipped: the shared cache never fails a request.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tequ.api.deps import READ_COOKIE
from tequ.web.i18n import LANG_COOKIE

Entry = tuple[float, int, list[tuple[bytes, bytes]], bytes]
#: never cached: liveness, writes, static files (the browser caches those)
_SKIP = ("/api/health", "/api/ingest", "/static/")
_MAX_BODY = 2 * 1024 * 1024


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite store URL, or None (another backend, or in-memory)."""
    if "://" in url and not url.startswith("sqlite://"):
        return None
    path = url[len("sqlite:///") :] if url.startswith("sqlite:///") else url
    return None if path in ("", ":memory:") else Path(path)


def file_signature(path: Path | None) -> tuple[int, ...]:
    """Size and mtime of the database file and its WAL: changes whenever data is committed."""
    if path is None:
        return ()
    out: list[int] = []
    for p in (str(path), f"{path}-wal"):
        try:
            st = os.stat(p)
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [-1, -1]
    return tuple(out)


class SharedCache:
    """Responses shared by the worker processes of one server: a SQLite file (WAL, no fsync).

    Keys are the middleware's request digests; an entry is replayed only for the same data
    signature and while younger than ``seconds``. About ``entries`` newest entries are kept.
    """

    _SCHEMA = (
        "CREATE TABLE IF NOT EXISTS responses (id INTEGER PRIMARY KEY, key BLOB NOT NULL UNIQUE,"
        " sig TEXT NOT NULL, created REAL NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL)"
    )
    #: trim the table to ``entries`` rows after this many stores
    _TRIM_EVERY = 256

    def __init__(self, path: str | Path, *, entries: int, seconds: float) -> None:
        self.entries = entries
        self.seconds = seconds
        # used from the event loop of one process only; the middleware's lock guards it anyway
        self._conn = sqlite3.connect(str(path), timeout=5, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=OFF")  # a cache: losing it on a crash is fine
        self._conn.execute(self._SCHEMA)
        # after setup, never block the event loop for long on another worker's write
        self._conn.execute("PRAGMA busy_timeout=20")
        self._stores = 0

    def get(self, key: bytes, sig: str) -> tuple[float, list[tuple[bytes, bytes]], bytes] | None:
        """``(age in seconds, headers, body)`` of a usable entry, or None."""
        try:
            row = self._conn.execute(
                "SELECT created, headers, body FROM responses WHERE key = ? AND sig = ?", (key, sig)
            ).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        age = time.time() - row[0]
        if not 0 <= age <= self.seconds:
            return None
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in json.loads(row[1])]
        return age, headers, row[2]

    def put(self, key: bytes, sig: str, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        raw = json.dumps([(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers])
        try:
            self._conn.execute(
                "INSERT OR REPLACE INTO responses (key, sig, created, headers, body) VALUES (?, ?, ?, ?, ?)",
                (key, sig, time.time(), raw, body),
            )
            self._stores += 1
            if self._stores % self._TRIM_EVERY == 0:
                self._conn.execute(
                    "DELETE FROM responses WHERE id <= (SELECT max(id) FROM responses) - ?", (self.entries,)
                )
        except sqlite3.Error:
            return

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()


class ResponseCache:
    """ASGI middleware: replays cached 200 responses to identical read requests."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        entries: int,
        seconds: float,
        signature: Callable[[], tuple[object, ...]],
        shared: SharedCache | None = None,
    ) -> None:
        self.app = app
        self.entries = entries
        self.seconds = seconds
        self.signature = signature
        self.shared = shared
        self._data: OrderedDict[bytes, Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._seen: tuple[object, ...] | None = None

    def _key(self, scope: Scope) -> bytes | None:
        if scope["type"] != "http" or scope["method"] != "GET" or self.entries <= 0:
            return None
        path: str = scope["path"]
        if path.startswith(_SKIP):
            return None
        wanted = {b"cookie": b"", b"authorization": b"", b"x-tequ-token": b""}
        for k, v in scope["headers"]:
            if k in wanted:
                wanted[k] = v
        cookies = _cookies(wanted[b"cookie"].decode("latin-1"))
        parts = [
            path.encode(),
            scope.get("query_string", b""),
            cookies.get(LANG_COOKIE, "").encode(),
            cookies.get(READ_COOKIE, "").encode(),
            wanted[b"authorization"],
            wanted[b"x-tequ-token"],
        ]
        return hashlib.blake2b(b"\0".join(parts), digest_size=16).digest()

    def _lookup(self, key: bytes) -> Entry | None:
        sig = self.signature()
        with self._lock:
            if sig != self._seen:
                self._data.clear()
                self._seen = sig
            entry = self._data.get(key)
            if entry is None:
                return self._lookup_shared(key, sig)
            if time.monotonic() - entry[0] > self.seconds:
                del self._data[key]
                return self._lookup_shared(key, sig)
            self._data.move_to_end(key)
            return entry

    def _lookup_shared(self, key: bytes, sig: tuple[object, ...]) -> Entry | None:
        """The other workers' response for ``key``, kept locally too (caller holds the lock)."""
        if self.shared is None:
            return None
        found = self.shared.get(key, repr(sig))
        if found is None:
            return None
        age, headers, body = found
        entry = (time.monotonic() - age, 200, headers, body)
        self._data[key] = entry
        while len(self._data) > self.entries:
            self._data.popitem(last=False)
        return entry

    def _store(self, key: bytes, sig: tuple[object, ...], entry: Entry) -> None:
        with self._lock:
            if sig != self._seen:  # the data changed while this response was computed
                return
            self._data[key] = entry
            self._data.move_to_end(key)
            while len(self._data) > self.entries:
                self._data.popitem(last=False)
            if self.shared is not None:
                self.shared.put(key, repr(sig), entry[2], entry[3])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = self._key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        entry = self._lookup(key)
        if entry is not None:
            _, status, headers, body = entry
            await send(
                {
                    "type": "http.response.start",
                    "status": status,
                    "headers": [*headers, (b"x-tequ-cache", b"hit")],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        sig = self._seen or ()
        started: dict[str, object] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.update(message)
                message = {**message, "headers": [*message.get("headers", []), (b"x-tequ-cache", b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and started.get("status") == 200:
                    body = b"".join(chunks)
                    if len(body) <= _MAX_BODY:
                        headers = list(started.get("headers", []))  # type: ignore[call-overload]
                        self._store(key, sig, (time.monotonic(), 200, headers, body))
            await send(message)

        await self.app(scope, receive, capture)


def _cookies(header: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name:
            out[name] = value
    return out
