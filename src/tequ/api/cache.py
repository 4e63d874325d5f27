"""A response cache for read requests (pure ASGI middleware).

Search, facts and pages are pure functions of the request and the stored data, so a ``GET``
answered with 200 is kept (LRU, ``cache_entries`` responses, at most ``cache_seconds`` old) and
replayed for the same path, query string, language cookie and presented token. Any change of
the data empties the cache: a write through the API bumps ``StorePool.generation``, and a write by
another process (``tequ ingest`` on the same file) changes the SQLite file or its WAL, whose
size and modification time are checked on every request. Replayed responses carry
``X-Tequ-Cache: hit`` (``miss`` otherwise), so benchmarks can tell them apart.
"""

from __future__ import annotations

import hashlib
import os
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


class ResponseCache:
    """ASGI middleware: replays cached 200 responses to identical read requests."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        entries: int,
        seconds: float,
        signature: Callable[[], tuple[object, ...]],
    ) -> None:
        self.app = app
        self.entries = entries
        self.seconds = seconds
        self.signature = signature
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
                return None
            if time.monotonic() - entry[0] > self.seconds:
                del self._data[key]
                return None
            self._data.move_to_end(key)
            return entry

    def _store(self, key: bytes, sig: tuple[object, ...], entry: Entry) -> None:
        with self._lock:
            if sig != self._seen:  # the data changed while this response was computed
                return
            self._data[key] = entry
            self._data.move_to_end(key)
            while len(self._data) > self.entries:
                self._data.popitem(last=False)

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
