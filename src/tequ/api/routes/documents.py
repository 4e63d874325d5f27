"""One stored document: original text, clean text and every annotation with its span."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path

from tequ.api.deps import StoreDep
from tequ.api.routes.common import ERROR_RESPONSES, READ
from tequ.api.schemas import DocumentPublic
from tequ.store.base import Store

router = APIRouter(prefix="/api/documents", tags=["documents"], responses=ERROR_RESPONSES)

DocId = Annotated[int, Path(ge=1, le=2**62, description="document id")]


def load_document_or_404(store: Store, doc_id: int) -> dict[str, Any]:
    doc = store.document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id}")
    doc = dict(doc)
    doc.setdefault("text", "\n".join(p.get("text", "") for p in doc.get("paragraphs", [])))
    return doc


@router.get("/{doc_id}", dependencies=READ, summary="A document with all its annotations")
def document(store: StoreDep, doc_id: DocId) -> DocumentPublic:
    """Offsets (``start``, ``end``) index ``original`` in code points, end exclusive."""
    return DocumentPublic.model_validate(load_document_or_404(store, doc_id))
