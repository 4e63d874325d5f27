"""The one place where exceptions become HTTP responses.

API paths (``/api/...``, ``/openapi.json``) answer ``{"ok": false, "error": ..., "status": ...}``;
web pages answer an HTML page with the message. A traceback never reaches the client: an
unexpected exception is logged with its traceback and answered with a generic 500.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from tequ.api.headers import SECURITY_HEADERS
from tequ.errors import InputError, ParseError, StageError, StoreError, TequError

log = logging.getLogger(__name__)

HtmlRenderer = Callable[[Request, int, str], Response]


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path.startswith("/openapi")


def _status_of(exc: TequError) -> int:
    if isinstance(exc, InputError | ParseError):
        return 400
    if isinstance(exc, StageError):
        return 422
    if isinstance(exc, StoreError):
        return 503
    return 400


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts)


def install_error_handlers(app: FastAPI, html: HtmlRenderer) -> None:
    """Register handlers for HTTP errors, validation errors, TequError and anything else."""

    def respond(
        request: Request, status: int, message: str, headers: dict[str, str] | None = None
    ) -> Response:
        # a 500 is answered outside the middleware stack, so the security headers are set here too
        headers = {**SECURITY_HEADERS, **(headers or {})}
        if wants_json(request):
            body = {"ok": False, "error": message, "status": status}
            return JSONResponse(body, status_code=status, headers=headers)
        response = html(request, status, message)
        response.headers.update(headers)
        return response

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return respond(request, exc.status_code, message, getattr(exc, "headers", None))

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return respond(request, 422, _validation_message(exc))

    async def on_tequ(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, TequError)
        status = _status_of(exc)
        if status >= 500:
            log.error("%s %s: %s", request.method, request.url.path, exc)
        return respond(request, status, str(exc))

    async def on_other(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return respond(request, 500, "internal server error; the server log has the details")

    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(TequError, on_tequ)
    app.add_exception_handler(Exception, on_other)
