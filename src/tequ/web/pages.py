"""The web UI's analysis views: indicator, entity, tracker, checks, graph, ask. One URL per view.

Chart and graph data go to the page as JSON in ``<script type="application/json">`` blocks
(data, not code, so the Content-Security-Policy allows them); the same values are in tables.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse

from tequ.api.deps import MAX_OFFSET, StoreDep, require_read
from tequ.web.render import PAGE_SIZE, page

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_read)])

Text = Annotated[str | None, Query(max_length=200)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


def period_end(period: str | None) -> datetime | None:
    """The last day a period covers: ``2025`` -> 2025-12-31, ``2024-01/2024-11`` -> 2024-11-30."""
    if not period:
        return None
    last = period.split("/")[-1].strip()
    try:
        parts = [int(x) for x in last.split("-")[:3]]
        if len(parts) == 1:
            return datetime(parts[0], 12, 31, tzinfo=UTC)
        if len(parts) == 2:
            return datetime(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1], tzinfo=UTC)
        return datetime(parts[0], parts[1], parts[2], tzinfo=UTC)
    except ValueError:
        return None


def chart_points(points: list[dict[str, Any]], value_key: str) -> dict[str, list[Any]]:
    """``{"x": [unix seconds], "y": [values], "label": [period]}``, sorted, one value per date."""
    seen: dict[float, tuple[float, str]] = {}
    for p in points:
        when = period_end(p.get("period")) or period_end(p.get("published"))
        value = p.get(value_key)
        if when is None or value is None:
            continue
        seen.setdefault(when.timestamp(), (float(value), str(p.get("period") or p.get("published"))))
    xs = sorted(seen)
    return {"x": xs, "y": [seen[x][0] for x in xs], "label": [seen[x][1] for x in xs]}


@router.get("/indicator", response_class=HTMLResponse)
def indicator(
    request: Request,
    store: StoreDep,
    subject: Annotated[str, Query(min_length=1, max_length=200)],
    unit: Text = None,
    place: Text = None,
) -> HTMLResponse:
    series = store.series(subject, unit=unit or None, place=place or None)
    charts = [
        {
            "id": f"chart-{i}",
            "title": f"{s['subject']} ({s.get('unit') or ''})",
            **chart_points(s["points"], "value"),
        }
        for i, s in enumerate(series)
    ]
    return page(
        request, "indicator.html", subject=subject, unit=unit, place=place, series=series, charts=charts
    )


@router.get("/entity/{name:path}", response_class=HTMLResponse)
def entity(request: Request, store: StoreDep, name: Annotated[str, Path(max_length=200)]) -> HTMLResponse:
    found = store.entity(name)
    if found is None:
        raise HTTPException(404, f"no entity named {name!r}")
    timeline = chart_points(found.get("timeline", []), "mentions")
    chart = {"id": "chart-timeline", "title": found["canonical"], **timeline}
    graph = store.graph(center=found["canonical"], depth=1, limit=40)
    return page(request, "entity.html", entity=found, charts=[chart], graph=graph)


@router.get("/tracker", response_class=HTMLResponse)
def tracker(
    request: Request,
    store: StoreDep,
    q: Text = None,
    status: Annotated[Literal["planned", "ongoing", "done", ""] | None, Query()] = None,
    place: Text = None,
    offset: Offset = 0,
) -> HTMLResponse:
    result = store.tracks(
        q or None, status=status or None, place=place or None, limit=PAGE_SIZE, offset=offset
    )
    places = getattr(store, "places", None)  # optional on a Store: the places seen in the data
    return page(
        request,
        "tracker.html",
        q=q or "",
        status=status or "",
        place=place or "",
        places=sorted(places())[:300] if callable(places) else [],
        result=result,
        offset=offset,
        page_size=PAGE_SIZE,
    )


@router.get("/checks", response_class=HTMLResponse)
def checks(
    request: Request,
    store: StoreDep,
    status: Annotated[Literal["ok", "discrepancy", "bound_ok", ""] | None, Query()] = None,
) -> HTMLResponse:
    rows = store.checks()
    counts: dict[str, int] = {}
    for c in rows:
        counts[c.get("status", "")] = counts.get(c.get("status", ""), 0) + 1
    shown = [c for c in rows if not status or c.get("status") == status]
    return page(request, "checks.html", checks=shown, counts=counts, status=status or "")


@router.get("/graph", response_class=HTMLResponse)
def graph(
    request: Request,
    store: StoreDep,
    center: Text = None,
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    limit: Annotated[int, Query(ge=1, le=300)] = 80,
) -> HTMLResponse:
    data = store.graph(center=center or None, depth=depth, limit=limit)
    labels = {str(n["id"]): str(n["label"]) for n in data.get("nodes", [])}
    edge_rows = [
        (
            labels.get(str(e["source"]), str(e["source"])),
            labels.get(str(e["target"]), str(e["target"])),
            e.get("weight"),
        )
        for e in data.get("edges", [])
    ]
    return page(
        request, "graph.html", center=center or "", depth=depth, limit=limit, graph=data, edge_rows=edge_rows
    )


@router.get("/ask", response_class=HTMLResponse)
def ask(request: Request, store: StoreDep, q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
    answer = store.ask(q) if q.strip() else None
    return page(request, "ask.html", q=q, answer=answer)
