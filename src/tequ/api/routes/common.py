"""What the route modules share: the error responses every route documents, filter types."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query

from tequ.api.deps import require_read
from tequ.api.schemas import ErrorPublic

#: documented on every API route, so clients (and schemathesis) know the error shape
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorPublic, "description": "bad input"},
    401: {"model": ErrorPublic, "description": "a token is required"},
    404: {"model": ErrorPublic, "description": "not found"},
    422: {"model": ErrorPublic, "description": "invalid parameters"},
    503: {"model": ErrorPublic, "description": "the store is unavailable"},
}

READ = [Depends(require_read)]

#: free text: plain characters, never query syntax (the store treats it as literal text)
Text = Annotated[str | None, Query(max_length=200)]
IsoDate = Annotated[
    str | None,
    Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD"),
]
