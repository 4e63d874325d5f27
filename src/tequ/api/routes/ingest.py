"""``POST /api/ingest``: uploaded files (multipart) or JSON articles, through the real pipeline.

Writes need the write token (``TEQU_TOKEN``); without one configured, writes are disabled (403).
The request body is capped (``max_upload_bytes``, 413) while it is read, whatever
``Content-Length`` claims.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from tequ import PIPELINE_VERSION
from tequ.api.deps import StorePool, require_write
from tequ.api.routes.common import ERROR_RESPONSES
from tequ.api.schemas import ErrorPublic, IngestIn, IngestItemPublic, IngestPublic
from tequ.api.settings import ServeSettings
from tequ.errors import TequError
from tequ.store.base import hash_bytes

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["ingest"], responses=ERROR_RESPONSES)

_REQUEST_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "files": {
                        "type": "array",
                        "minItems": 1,
                        "maxItems": 50,
                        "items": {"type": "string", "format": "binary"},
                    }
                },
                "required": ["files"],
            }
        },
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["articles"],
                "properties": {
                    "articles": {
                        "type": "array",
                        "minItems": 1,
                        "maxItems": 50,
                        "items": {
                            "type": "object",
                            "required": ["name", "text"],
                            "properties": {
                                "name": {"type": "string", "minLength": 1, "maxLength": 200},
                                "text": {"type": "string", "minLength": 1},
                            },
                        },
                    }
                },
            }
        },
    },
}


async def _read_capped(request: Request, cap: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > cap:
        raise HTTPException(413, f"request body of {declared} bytes exceeds the limit of {cap} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise HTTPException(413, f"request body exceeds the limit of {cap} bytes")
        chunks.append(chunk)
    body = b"".join(chunks)
    request._body = body  # lets request.form() parse what was read
    return body


def _safe_name(name: str) -> str:
    """The last path component, printable characters only (an upload's identity in the store)."""
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip().lstrip(".")
    return base[:200] or "upload.txt"


async def _items(request: Request, settings: ServeSettings) -> list[tuple[str, bytes]]:
    await _read_capped(request, settings.max_upload_bytes)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        try:
            parsed = IngestIn.model_validate(json.loads(request._body))
        except (ValueError, ValidationError) as exc:
            raise HTTPException(422, f"invalid JSON articles: {str(exc).splitlines()[0]}") from exc
        items = [(_safe_name(a.name), a.text.encode("utf-8")) for a in parsed.articles]
    elif ctype == "multipart/form-data":
        form = await request.form(max_files=settings.max_upload_files, max_fields=settings.max_upload_files)
        items = []
        for value in form.getlist("files"):
            if isinstance(value, str):
                raise HTTPException(422, "the 'files' field must hold uploaded files")
            items.append((_safe_name(value.filename or "upload.txt"), await value.read()))
        await form.close()
    else:
        raise HTTPException(415, "send multipart/form-data with 'files', or application/json with 'articles'")
    if not items:
        raise HTTPException(422, "nothing to ingest: no files or articles in the request")
    if len(items) > settings.max_upload_files:
        raise HTTPException(422, f"at most {settings.max_upload_files} files or articles per request")
    return items


def _ingest_one(pool: StorePool, name: str, data: bytes) -> IngestItemPublic:
    """Clean, extract and save one item; its failure is reported in the result, not raised."""
    from tequ.ingest import load_bytes
    from tequ.pipeline import run

    store = pool.get()
    path = f"upload:{name}"
    digest = hash_bytes(data)
    try:
        if store.is_current(path, digest):
            return IngestItemPublic(name=name, status="unchanged")
        doc = load_bytes(name, data)
        ann = run(doc)
        doc_id = store.save_document(
            doc, ann, path=path, content_hash=digest, pipeline_version=PIPELINE_VERSION
        )
    except TequError as exc:
        return IngestItemPublic(name=name, status="failed", error=str(exc))
    except Exception as exc:  # a bug in a stage must not fail the other items; it is logged
        log.exception("ingest of %s failed", name)
        return IngestItemPublic(name=name, status="failed", error=f"{name}: {type(exc).__name__}: {exc}")
    return IngestItemPublic(
        name=name,
        status="ingested",
        doc_id=doc_id,
        facts=len(ann.facts),
        entities=len(ann.entities),
        measures=len(ann.measures),
    )


def _ingest_all(pool: StorePool, items: list[tuple[str, bytes]]) -> IngestPublic:
    with pool.write_lock:
        results = [_ingest_one(pool, name, data) for name, data in items]
        if any(r.status == "ingested" for r in results):
            pool.get().relink()
            pool.generation += 1
    n = {s: sum(r.status == s for r in results) for s in ("ingested", "unchanged", "failed")}
    return IngestPublic(ok=n["failed"] == 0, data=results, **n)


@router.post(
    "/ingest",
    dependencies=[Depends(require_write)],
    summary="Ingest uploaded files or JSON articles (write token required)",
    openapi_extra={"requestBody": _REQUEST_BODY},
    responses={
        403: {"model": ErrorPublic, "description": "writes are disabled"},
        413: {"model": ErrorPublic, "description": "too large"},
        415: {"model": ErrorPublic, "description": "unsupported content type"},
    },
)
async def ingest(request: Request) -> IngestPublic:
    """Each item is cleaned, extracted and saved; one failing item does not stop the others."""
    settings: ServeSettings = request.app.state.settings
    items = await _items(request, settings)
    return await run_in_threadpool(_ingest_all, request.app.state.pool, items)
