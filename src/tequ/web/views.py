"""The web UI's reading views: home, search, document. One URL per view.

Pages read the store through the same ``StoreDep`` as the API. They work without JavaScript
(tables carry every value); scripts only draw charts and graphs and show annotation cards.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from tequ.api.deps import MAX_OFFSET, StoreDep, require_read
from tequ.api.routes.documents import load_document_or_404
from tequ.web import docview
from tequ.web.i18n import translator
from tequ.web.render import PAGE_SIZE, lang_of, page

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_read)])

Text = Annotated[str | None, Query(max_length=200)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep) -> HTMLResponse:
    stats = store.stats()
    latest = store.search("", limit=10)
    discrepancies = sum(1 for c in store.checks() if c.get("status") == "discrepancy")
    return page(request, "home.html", stats=stats, latest=latest, discrepancies=discrepancies)


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(max_length=500)] = "",
    date_from: Annotated[str | None, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")] = None,
    date_to: Annotated[str | None, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")] = None,
    source: Text = None,
    tag: Text = None,
    category: Text = None,
    entity: Text = None,
    place: Text = None,
    offset: Offset = 0,
) -> HTMLResponse:
    filters = {"source": source, "tag": tag, "category": category, "entity": entity, "place": place}
    filters = {k: v for k, v in filters.items() if v}
    result = store.search(
        q, date_from=date_from or None, date_to=date_to or None, limit=PAGE_SIZE, offset=offset, **filters
    )
    return page(
        request,
        "search.html",
        q=q,
        date_from=date_from or "",
        date_to=date_to or "",
        filters=filters,
        result=result,
        offset=offset,
        page_size=PAGE_SIZE,
    )


@router.get("/doc/{doc_id}", response_class=HTMLResponse)
def document(
    request: Request,
    store: StoreDep,
    doc_id: int,
    view: Annotated[str, Query(pattern="^(clean|original)$")] = "clean",
) -> HTMLResponse:
    if not 1 <= doc_id <= 2**62:
        raise HTTPException(404, f"no document {doc_id}")
    doc = load_document_or_404(store, doc_id)
    t = translator(lang_of(request)[0])
    marks, notes = docview.build_marks(doc, t)
    sections = docview.build_sections(doc, marks) if view == "clean" else []
    original = docview.build_original(doc, marks) if view == "original" else Markup("")
    return page(
        request, "document.html", doc=doc, view=view, sections=sections, original=original, notes=notes
    )
