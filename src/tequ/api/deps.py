"""Dependencies shared by the routes: the store, the settings, tokens, pagination.

The store is opened once per worker thread (SQLite connections belong to one thread), so
``StoreDep`` hands out a proxy whose method calls reach the store of the calling thread.
"""

from __future__ import annotations

import contextlib
import hmac
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request

from tequ.api.settings import ServeSettings
from tequ.store.base import Store, open_store

READ_COOKIE = "tequ_read_token"


class StorePool:
    """One open ``Store`` per thread for the store URL; ``close()`` closes them all."""

    def __init__(self, url: str, *, create: bool = False) -> None:
        self.url = url
        self._create = create
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self.write_lock = threading.Lock()  # one writer at a time
        self.generation = 0  # bumped after every write, so caches can tell they are stale

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.url, create=self._create)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            stores, self._all = self._all, []
        for store in stores:
            # at shutdown a connection may belong to another thread; nothing left to report
            with contextlib.suppress(Exception):
                store.close()


class _ThreadStore:
    """Looks like a ``Store``; every attribute is fetched from the calling thread's store."""

    def __init__(self, pool: StorePool) -> None:
        self._pool = pool

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pool.get(), name)


def get_settings(request: Request) -> ServeSettings:
    settings: ServeSettings = request.app.state.settings
    return settings


def get_pool(request: Request) -> StorePool:
    pool: StorePool = request.app.state.pool
    return pool


def get_store(request: Request) -> Store:
    return request.app.state.store_proxy  # type: ignore[no-any-return]


SettingsDep = Annotated[ServeSettings, Depends(get_settings)]
PoolDep = Annotated[StorePool, Depends(get_pool)]
StoreDep = Annotated[Store, Depends(get_store)]


def make_store_proxy(pool: StorePool) -> Store:
    return _ThreadStore(pool)  # type: ignore[return-value]


def presented_token(request: Request) -> str | None:
    """The token of a request: ``Authorization: Bearer``, ``X-Tequ-Token``, or the read cookie."""
    auth = request.headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    return request.headers.get("x-tequ-token") or request.cookies.get(READ_COOKIE)


def token_matches(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def require_read(request: Request) -> None:
    """Reads are open unless ``read_token`` is set; the write token also grants reading."""
    settings: ServeSettings = request.app.state.settings
    if settings.read_token is None:
        return
    given = presented_token(request) or request.query_params.get("token")
    if token_matches(given, settings.read_token):
        return
    if settings.token is not None and token_matches(given, settings.token):
        return
    raise HTTPException(
        401,
        "this server requires a read token: send 'Authorization: Bearer <token>'",
        headers={"WWW-Authenticate": "Bearer"},
    )


def require_write(request: Request) -> None:
    settings: ServeSettings = request.app.state.settings
    if settings.token is None:
        raise HTTPException(403, "writes are disabled: start the server with TEQU_TOKEN set to enable them")
    if not token_matches(presented_token(request), settings.token):
        raise HTTPException(
            401,
            "a valid write token is required: send 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


#: the largest page a paginated route returns, and the deepest offset it accepts (in the OpenAPI spec)
MAX_LIMIT = 200
MAX_OFFSET = 100_000


@dataclass(frozen=True, slots=True)
class Page:
    limit: int
    offset: int


def pagination(default: int = 20) -> Callable[..., Page]:
    """A dependency reading ``limit`` (1..MAX_LIMIT) and ``offset`` (0..MAX_OFFSET)."""

    def dep(
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")] = default,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")] = 0,
    ) -> Page:
        return Page(limit, offset)

    return dep


PageDep = Annotated[Page, Depends(pagination())]
