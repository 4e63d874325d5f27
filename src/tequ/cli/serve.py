"""``tequ serve``: the HTTP API and web UI over one knowledge base (uvicorn on loopback by default)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import click

from tequ.errors import TequError


@click.command()
@click.option(
    "--db",
    default="tequ.db",
    envvar="TEQU_DB",
    show_default=True,
    help="Knowledge base: a SQLite file or store URL.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--create", is_flag=True, help="Create an empty knowledge base when --db does not exist.")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 32),
    help="Server processes (each with its own store connections; they share one response cache).",
)
@click.option(
    "--log-level",
    default="warning",
    show_default=True,
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    help="Server log level (info logs every request).",
)
def serve(db: str, host: str, port: int, create: bool, workers: int, log_level: str) -> None:
    """Serve the JSON API (/api, spec at /openapi.json) and the web UI (/).

    Reads are open unless TEQU_READ_TOKEN is set; writes (POST /api/ingest) need TEQU_TOKEN
    and are disabled without it. Example: tequ serve --db tequ.db --port 8000
    """
    import uvicorn

    from tequ.api.app import create_app
    from tequ.api.cache import SharedCache
    from tequ.api.settings import ServeSettings
    from tequ.store.base import open_store

    try:
        settings = ServeSettings.from_env(db=db, create=create or None)
        open_store(settings.db, create=settings.create).close()  # fail now, not on the first request
    except TequError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"serving {settings.db} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "log_level": log_level,
        "access_log": log_level in ("info", "debug"),
        "server_header": False,
        # longer than clients' idle expiry (httpx, browsers: 5 s or less), so a client never
        # sends on a connection the server is closing at the same moment
        "timeout_keep_alive": 30,
    }
    if workers == 1:
        uvicorn.run(create_app(settings), **options)
        return
    # worker processes build their own app from the environment: pass the settings down that way
    os.environ["TEQU_DB"] = settings.db
    os.environ["TEQU_CREATE"] = "true" if settings.create else "false"
    folder = None
    if settings.cache_entries > 0 and not settings.shared_cache:
        # one response cache for all workers: a request computed by one is a hit in the others
        folder = tempfile.mkdtemp(prefix="tequ-serve-cache-")
        shared = Path(folder) / "responses.db"
        SharedCache(shared, entries=settings.cache_entries, seconds=settings.cache_seconds).close()
        os.environ["TEQU_SHARED_CACHE"] = str(shared)
    try:
        uvicorn.run("tequ.api.app:app_from_env", factory=True, workers=workers, **options)
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def register(group: click.Group) -> None:
    """Add this module's commands to the ``tequ`` group."""
    group.add_command(serve)
