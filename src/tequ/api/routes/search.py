"""Full-text search over articles, with facets."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from tequ.api.deps import PageDep, StoreDep
from tequ.api.routes.common import ERROR_RESPONSES, READ, IsoDate, Text
from tequ.api.schemas import SearchPublic

router = APIRouter(prefix="/api", tags=["search"], responses=ERROR_RESPONSES)


@router.get("/search", dependencies=READ, summary="Search articles (plain text, either script)")
def search(
    store: StoreDep,
    page: PageDep,
    q: Annotated[str, Query(max_length=500, description="plain text; operators are literal")] = "",
    date_from: IsoDate = None,
    date_to: IsoDate = None,
    source: Text = None,
    tag: Text = None,
    category: Text = None,
    entity: Text = None,
    place: Text = None,
) -> SearchPublic:
    """Articles matching ``q`` and every filter, best first; ``snippet`` is escaped HTML with ``<mark>``."""
    result = store.search(
        q,
        date_from=date_from,
        date_to=date_to,
        source=source,
        tag=tag,
        category=category,
        entity=entity,
        place=place,
        limit=page.limit,
        offset=page.offset,
    )
    return SearchPublic.model_validate(result)
