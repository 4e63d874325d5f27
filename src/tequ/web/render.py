"""Page rendering shared by the web views: the Jinja2 environment (autoescape on), language, cookies.

Templates receive ``t`` (the translator), ``tv(prefix, code)`` (a stored code in words), ``qty``
(a number for reading: 2.1亿 in Chinese), ``lang``
and ``url_with(**changes)``; every value a template prints is escaped unless it is ``Markup`` built
by ``tequ.web.highlight`` or ``safe_snippet``.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from tequ import __version__
from tequ.api.deps import READ_COOKIE, token_matches
from tequ.api.settings import ServeSettings
from tequ.web import docview
from tequ.web.i18n import DEFAULT_LANG, LANG_COOKIE, MESSAGES, normalize_lang, translator

TEMPLATES = Path(__file__).resolve().parent / "templates"
PAGE_SIZE = 20

ENV = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=True,  # every page; document text is never trusted
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
ENV.filters["num"] = docview.format_number
ENV.filters["basename"] = lambda path: re.split(r"[\\/]", str(path))[-1]
ENV.globals.update(indicator_url=docview.indicator_url, entity_url=docview.entity_url, version=__version__)

_SNIPPET_PARTS = re.compile(r"(</?mark>)")


def safe_snippet(snippet: str) -> Markup:
    """Rebuild a store snippet: only balanced ``<mark>``/``</mark>`` survive; all text is re-escaped."""
    out: list[str] = []
    depth = 0
    for part in _SNIPPET_PARTS.split(snippet or ""):
        if part == "<mark>":
            depth += 1
            out.append(part)
        elif part == "</mark>":
            if depth:
                depth -= 1
                out.append(part)
        else:
            out.append(str(escape(html.unescape(part))))
    out.extend("</mark>" for _ in range(depth))
    return Markup("".join(out))


ENV.filters["snippet"] = safe_snippet


def lang_of(request: Request) -> tuple[str, bool]:
    """The page language and whether it came from the query (then it is remembered)."""
    asked = normalize_lang(request.query_params.get("lang"))
    if asked:
        return asked, True
    return normalize_lang(request.cookies.get(LANG_COOKIE)) or DEFAULT_LANG, False


def _url_with(request: Request, **changes: Any) -> str:
    """The current URL with some query parameters changed (None removes one)."""
    params = {k: v for k, v in request.query_params.items() if k not in ("token",)}
    for k, v in changes.items():
        if v is None:
            params.pop(k, None)
        else:
            params[k] = str(v)
    path = "/" + request.url.path.lstrip("/")  # never "//host": that would be another origin
    return path + ("?" + urlencode(params) if params else "")


def page(request: Request, template: str, *, http_status: int = 200, **context: Any) -> HTMLResponse:
    """Render ``template`` with the language, translator and URL helpers; set remembered cookies."""
    lang, from_query = lang_of(request)
    t = translator(lang)

    def tv(prefix: str, value: Any) -> str:
        """A stored code (``LOC``, ``about``, ``hant``) in words, or the value itself if unknown."""
        key = f"{prefix}.{str(value).lower()}"
        return t(key) if key in MESSAGES else ("" if value is None else str(value))

    body = ENV.get_template(template).render(
        t=t,
        tv=tv,
        qty=lambda value: docview.format_compact(value, lang),
        lang=lang,
        request_path=request.url.path,
        url_with=lambda **kw: _url_with(request, **kw),
        **context,
    )
    response = HTMLResponse(body, status_code=http_status)
    if from_query:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax")
    settings: ServeSettings = request.app.state.settings
    token = request.query_params.get("token")
    if settings.read_token and token and token_matches(token, settings.read_token):
        response.set_cookie(READ_COOKIE, token, httponly=True, samesite="strict")
    return response


def render_error(request: Request, status: int, message: str) -> Response:
    """The HTML error page (used by the app's error handlers for non-API paths)."""
    try:
        return page(request, "error.html", http_status=status, status_code=status, message=message)
    except Exception:  # the error page itself failed: plain text, still no traceback
        return Response(f"{status}: {message}", status_code=status, media_type="text/plain")
