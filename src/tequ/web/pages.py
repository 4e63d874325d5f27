"""The web UI's analysis views: indicator, entity, tracker, checks, graph, ask. One URL per view.

Chart and graph data go to the page as JSON in ``<script type="application/json">`` blocks
(data, not code, so the Content-Security-Policy allows them); the same values are in tables.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from tequ.api.deps import MAX_OFFSET, StoreDep, require_read
from tequ.link.series import normalise_subject
from tequ.web.i18n import translator
from tequ.web.render import PAGE_SIZE, lang_of, page

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


_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")


def chart_points(points: list[dict[str, Any]], value_key: str) -> dict[str, Any]:
    """``{"x", "y", "alt", "label", "mode"}``, sorted by x, one value per x (``alt``: another
    value stated for the same x, or None; empty when there is none at all).

    ``mode`` is ``"year"`` when every period is a year (x is then the year itself, so a 2023
    value sits on the 2023 tick), ``"month"`` when every period is a month (x is mid-month, in
    unix seconds) and ``"time"`` otherwise (x is the last day of the period or publication).
    """
    periods = [str(p.get("period") or "") for p in points if p.get(value_key) is not None]
    if periods and all(_YEAR.match(x) for x in periods):
        mode = "year"
    elif periods and all(_MONTH.match(x) for x in periods):
        mode = "month"
    else:
        mode = "time"
    seen: dict[float, tuple[float, str]] = {}
    other: dict[float, float] = {}  # a different value stated for the same x (a conflict)
    for p in points:
        value = p.get(value_key)
        if value is None:
            continue
        period = str(p.get("period") or "")
        if mode == "year":
            x: float | None = float(period)
        elif mode == "month":
            x = datetime(int(period[:4]), int(period[5:7]), 15, tzinfo=UTC).timestamp()
        else:
            when = period_end(p.get("period")) or period_end(p.get("published"))
            x = when.timestamp() if when else None
        if x is None:
            continue
        seen.setdefault(x, (float(value), str(p.get("period") or p.get("published"))))
        if float(value) != seen[x][0]:
            other.setdefault(x, float(value))
    xs = sorted(seen)
    return {
        "x": xs,
        "y": [seen[x][0] for x in xs],
        "alt": [other.get(x) for x in xs] if other else [],
        "label": [seen[x][1] for x in xs],
        "mode": mode,
    }


def _distinct(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (period, value, document): a headline repeating its article's figure is one."""
    seen: set[tuple[Any, Any, Any]] = set()
    out = []
    for p in points:
        key = (p.get("period"), p.get("value"), p.get("doc_id"))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _period_key(point: dict[str, Any]) -> tuple[str, str]:
    return (str(point.get("period") or ""), str(point.get("published") or ""))


def find_series(
    store: Any, subject: str, unit: str | None, place: str | None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The series an indicator page shows (named as asked, points sorted and distinct) and the
    similarly named ones it lists as links."""
    # a subject as written in an article (深圳经各口岸出入境的旅客) finds its series by its key
    key = normalise_subject(subject, place)
    found = store.series(key, unit=unit, place=place) if key != subject else []
    if not found:
        found = store.series(subject, unit=unit, place=place)
    # the series named exactly as asked (raw or normalised subject) first, the rest are "related"
    wanted = {subject, key}
    exact = [s for s in found if s["subject"] in wanted]
    related = [s for s in found if s["subject"] not in wanted]
    if not exact:
        exact, related = related[:1], related[1:]
    series = exact
    for s in series:
        s["points"] = _distinct(sorted(s["points"], key=_period_key))
    return series, related


@router.get("/indicator", response_class=HTMLResponse)
def indicator(
    request: Request,
    store: StoreDep,
    subject: Annotated[str, Query(min_length=1, max_length=200)],
    unit: Text = None,
    place: Text = None,
) -> HTMLResponse:
    series, related = find_series(store, subject, unit or None, place or None)
    t = translator(lang_of(request)[0])
    charts = []
    for i, s in enumerate(series):
        title = " · ".join(x for x in (s["subject"], s.get("place")) if x)
        charts.append(
            {
                "id": f"chart-{i}",
                "title": title,
                "unit": s.get("unit") or "",
                "xlabel": t("chart.period"),
                "altlabel": t("chart.other_value"),
                **chart_points(s["points"], "value"),
            }
        )
    return page(
        request,
        "indicator.html",
        subject=subject,
        unit=unit,
        place=place,
        series=series,
        related=related,
        charts=charts,
    )


def csv_cell(value: Any) -> Any:
    """A cell as written: text that a spreadsheet would run as a formula is quoted with ``'``
    (quotes come from untrusted documents)."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_response(name: str, header: list[str], rows: list[list[Any]]) -> Response:
    """A CSV download that Excel opens as UTF-8 (byte order mark first)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([csv_cell(v) for v in row] for row in rows)
    return Response(
        "\ufeff" + out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/indicator.csv")
def indicator_csv(
    store: StoreDep,
    subject: Annotated[str, Query(min_length=1, max_length=200)],
    unit: Text = None,
    place: Text = None,
) -> Response:
    """Every point of the indicator page's series, each with its quote and document."""
    series, _ = find_series(store, subject, unit or None, place or None)
    rows = [
        [
            s["subject"],
            s.get("place"),
            p.get("period"),
            p.get("value"),
            s.get("unit"),
            p.get("qualifier"),
            p.get("quote"),
            p.get("doc_id"),
            p.get("title"),
            p.get("published"),
        ]
        for s in series
        for p in s["points"]
    ]
    header = [
        "subject",
        "place",
        "period",
        "value",
        "unit",
        "qualifier",
        "quote",
        "doc_id",
        "title",
        "published",
    ]
    return csv_response("indicator.csv", header, rows)


@router.get("/checks.csv")
def checks_csv(store: StoreDep) -> Response:
    """The consistency report: stated and implied change, and the three facts behind each."""
    rows = []
    for c in store.checks():
        row = [c.get(k) for k in ("status", "subject", "place", "base_period", "period", "stated", "implied")]
        row += [c.get("implied_low"), c.get("implied_high")]
        for role in ("change", "base", "level"):
            f = c.get(role) or {}
            row += [f.get("value"), f.get("unit"), f.get("quote"), f.get("doc_id")]
        rows.append(row)
    header = ["status", "subject", "place", "base_period", "period", "stated", "implied"]
    header += ["implied_low", "implied_high"]
    header += [
        f"{role}_{k}" for role in ("change", "base", "level") for k in ("value", "unit", "quote", "doc_id")
    ]
    return csv_response("checks.csv", header, rows)


@router.get("/entity/{name:path}", response_class=HTMLResponse)
def entity(request: Request, store: StoreDep, name: Annotated[str, Path(max_length=200)]) -> HTMLResponse:
    found = store.entity(name)
    if found is None:
        raise HTTPException(404, f"no entity named {name!r}")
    timeline = chart_points(found.get("timeline", []), "mentions")
    t = translator(lang_of(request)[0])
    chart = {
        "id": "chart-timeline",
        "title": t("field.mentions"),
        "unit": "",
        "xlabel": t("chart.period"),
        "bars": True,
        **timeline,
    }
    graph = drawable(store.graph(center=found["canonical"], depth=1, limit=60), found["canonical"], 16)
    return page(request, "entity.html", entity=found, charts=[chart], graph=graph)


MAX_DISTRICTS = 16  # quick district filters on the tracker (one count query each)


def is_district(name: str) -> bool:
    """An administrative district (福田区, 大鹏新区), not a zone or area (前海片区, 深圳园区)."""
    return name.endswith("区") and 3 <= len(name) <= 4 and not name.endswith(("片区", "园区", "城区"))


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
    known = sorted(places()) if callable(places) else []
    districts = []
    for name in [p for p in known if is_district(p)][:MAX_DISTRICTS]:
        n = store.tracks(q or None, status=status or None, place=name, limit=1)["count"]
        if n:
            districts.append((name, n))
    return page(
        request,
        "tracker.html",
        q=q or "",
        status=status or "",
        place=place or "",
        places=known[:300],
        districts=districts,
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
    shown.sort(key=lambda c: c.get("status") != "discrepancy")  # discrepancies first, else as stored
    return page(request, "checks.html", checks=shown, counts=counts, status=status or "")


MAX_DRAWN_EDGES = 160  # more makes a hairball; the table below the graph lists every edge
MAX_CENTRE_NODES = 36  # around a centre: rings stay legible up to about this many labels
ENTITY_TYPES = ("LOC", "ORG", "PER", "FAC", "POLICY", "EVENT")  # the graph legend's order


def _rings(data: dict[str, Any], center: str, max_nodes: int) -> dict[str, Any]:
    """Around a centre: the nearest, most strongly linked ``max_nodes`` nodes, each with its
    ``ring`` (hops from the centre), and the edges among them."""
    ids = {str(n["id"]): n for n in data.get("nodes", [])}
    start = next((i for i, n in ids.items() if n["label"] == center), None)
    if start is None:
        return data
    links: dict[str, list[tuple[str, float]]] = {}
    for e in data.get("edges", []):
        a, b, w = str(e["source"]), str(e["target"]), float(e.get("weight") or 0)
        links.setdefault(a, []).append((b, w))
        links.setdefault(b, []).append((a, w))
    ring = {start: 0}
    pull = {start: float("inf")}  # strongest link to the ring inside
    frontier = [start]
    while frontier:
        nxt: list[str] = []
        for a in frontier:
            for b, w in links.get(a, []):
                if b not in ring:
                    ring[b] = ring[a] + 1
                    nxt.append(b)
                if ring[b] == ring[a] + 1:
                    pull[b] = max(pull.get(b, 0.0), w)
        frontier = nxt
    order = sorted(ring, key=lambda i: (ring[i], -pull[i], -float(ids[i].get("documents") or 0), i))
    keep = set(order[:max_nodes])
    nodes = [{**ids[i], "ring": ring[i]} for i in order[:max_nodes] if i in ids]
    edges = [e for e in data.get("edges", []) if str(e["source"]) in keep and str(e["target"]) in keep]
    return {"nodes": nodes, "edges": edges}


def drawable(data: dict[str, Any], center: str | None, max_nodes: int = MAX_CENTRE_NODES) -> dict[str, Any]:
    """The graph to draw: the strongest edges only, and the nodes they (or the centre) touch.

    With a centre, first its nearest and most strongly linked ``max_nodes`` nodes (``_rings``).
    """
    if center:
        data = _rings(data, center, max_nodes)
    labels = {str(n["id"]): str(n["label"]) for n in data.get("nodes", [])}
    edges = sorted(data.get("edges", []), key=lambda e: -float(e.get("weight") or 0))
    kept = edges[:MAX_DRAWN_EDGES]
    if center:  # the centre's own edges always stay
        kept += [
            e
            for e in edges[MAX_DRAWN_EDGES:]
            if center in (labels.get(str(e["source"])), labels.get(str(e["target"])))
        ]
    used = {str(e["source"]) for e in kept} | {str(e["target"]) for e in kept}
    nodes = [n for n in data.get("nodes", []) if str(n["id"]) in used or n["label"] == center]
    return {"nodes": nodes, "edges": kept}


@router.get("/graph", response_class=HTMLResponse)
def graph(
    request: Request,
    store: StoreDep,
    center: Text = None,
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    limit: Annotated[int, Query(ge=1, le=300)] = 80,
) -> HTMLResponse:
    data = store.graph(center=center or None, depth=depth, limit=limit)
    missing = bool(center) and not data.get("nodes")
    if missing:  # an unknown centre: say so and show the whole graph
        data = store.graph(center=None, depth=depth, limit=limit)
    shown_center = None if missing else center
    labels = {str(n["id"]): str(n["label"]) for n in data.get("nodes", [])}
    edges = sorted(data.get("edges", []), key=lambda e: -float(e.get("weight") or 0))
    edge_rows = [
        (
            labels.get(str(e["source"]), str(e["source"])),
            labels.get(str(e["target"]), str(e["target"])),
            e.get("weight"),
        )
        for e in edges
    ]
    drawn = drawable(data, shown_center)
    types = {str(n.get("type") or "") for n in drawn["nodes"]}
    return page(
        request,
        "graph.html",
        center=center or "",
        shown_center=shown_center or "",
        missing=missing,
        depth=depth,
        limit=limit,
        graph=drawn,
        n_edges=len(edges),
        n_nodes=len(data.get("nodes", [])),
        edge_rows=edge_rows,
        names=sorted(labels.values()),
        legend=[x for x in ENTITY_TYPES if x in types],
    )


@router.get("/ask", response_class=HTMLResponse)
def ask(request: Request, store: StoreDep, q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
    answer = store.ask(q) if q.strip() else None
    return page(request, "ask.html", q=q, answer=answer)
