"""``create_app(settings)``: the ASGI application behind ``tequ serve`` (JSON API + web UI).

The API lives under ``/api`` (spec at ``/openapi.json``); the server-rendered web UI at ``/``;
vendored front-end files under ``/static``. No page loads anything from another origin: the
Content-Security-Policy header says so to the browser.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from tequ import __version__
from tequ.api.cache import ResponseCache, SharedCache, file_signature, sqlite_file
from tequ.api.deps import StorePool, make_store_proxy
from tequ.api.errors import install_error_handlers
from tequ.api.headers import HeadAsGet, SecurityHeaders
from tequ.api.routes import ROUTERS
from tequ.api.settings import ServeSettings
from tequ.web import pages, views
from tequ.web.render import render_error

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"


def create_app(settings: ServeSettings) -> FastAPI:
    """Build the app for ``settings``; the store opens (once per worker thread) on first use.

    Raises:
        StoreError: not here; a store that cannot be opened fails the first request with 503
            (``tequ serve`` opens it once before serving, so a bad ``--db`` fails at start).
    """
    pool = StorePool(settings.db, create=settings.create)
    shared = None
    if settings.shared_cache and settings.cache_entries > 0:
        shared = SharedCache(
            settings.shared_cache, entries=settings.cache_entries, seconds=settings.cache_seconds
        )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # sync routes run in this thread pool; each thread keeps one store connection
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        yield
        pool.close()
        if shared is not None:
            shared.close()

    app = FastAPI(
        title="tequ",
        version=__version__,
        summary="Chinese policy news as a cited, searchable knowledge base",
        description="Every fact, entity and measure cites its span: `start`/`end` are code-point "
        "indices into the document's original text, end exclusive.",
        docs_url=None,  # Swagger UI would load scripts from a CDN; the spec is at /openapi.json
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.pool = pool
    app.state.store_proxy = make_store_proxy(pool)
    for router in ROUTERS:
        app.include_router(router)

    app.include_router(views.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    install_error_handlers(app, render_error)
    db_file = sqlite_file(settings.db)
    app.add_middleware(
        ResponseCache,
        entries=settings.cache_entries,
        seconds=settings.cache_seconds,
        signature=lambda: (pool.generation, *file_signature(db_file)),
        shared=shared,
    )
    app.add_middleware(SecurityHeaders)  # outer to the cache: replayed responses get it too
    app.add_middleware(HeadAsGet)  # outermost: HEAD is served (and cached) as GET

    return app


def app_from_env() -> FastAPI:
    """The app for ``ServeSettings.from_env()``: what each worker process of ``tequ serve --workers N`` runs."""
    return create_app(ServeSettings.from_env())
