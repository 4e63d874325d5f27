"""The document page's content: highlighted paragraphs and the data behind each highlight.

Spans of facts, entities and measures are original code-point offsets, end exclusive. Each
annotation becomes ``Mark``s (an entity one per mention) and an entry of ``notes`` (what the
hover/click card shows: normalised value and links), keyed like the marks' ``data-ann``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup

from tequ.web.highlight import Mark, align, render_original, render_paragraph

T = Callable[[str], str]


def format_number(value: float | int | None) -> str:
    """``273000000`` -> ``273,000,000``; ``14.0`` -> ``14``; ``-1.06`` -> ``-1.06``."""
    if value is None or value == "":
        return ""
    if not isinstance(value, int | float):  # not a number: shown as stored
        return str(value)
    if float(value).is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1e6 else f"{value:,.4f}".rstrip("0").rstrip(".")


def format_compact(value: float | int | None, lang: str) -> str:
    """Chinese large-number units for reading (``2.1亿``, ``14.5万``); other languages as ``format_number``."""
    if value is None:
        return ""
    if lang == "zh":
        for size, unit in ((1e8, "亿"), (1e4, "万")):
            if abs(value) >= size:
                return f"{value / size:,.4f}".rstrip("0").rstrip(".") + unit
    return format_number(value)


def indicator_url(subject: str, unit: str | None, place: str | None) -> str:
    params = {"subject": subject}
    if unit:
        params["unit"] = unit
    if place:
        params["place"] = place
    return "/indicator?" + urlencode(params)


def entity_url(name: str) -> str:
    return "/entity/" + quote(name, safe="")


def type_name(code: str | None, t: T) -> str:
    """An entity type code (``LOC``) in words, or the code when the catalogue lacks it."""
    key = f"etype.{str(code).lower()}"
    word = t(key)
    return str(code or "") if word == key else word


def fact_title(f: dict[str, Any], t: T) -> str:
    parts = [f"{f.get('subject', '')}: {format_number(f.get('value'))} {f.get('unit', '')}"]
    qualifier = f.get("qualifier")
    extra = [
        t(f"qualifier.{qualifier}") if qualifier and qualifier != "exact" else None,
        f.get("period"),
        f.get("place"),
    ]
    extra_text = ", ".join(str(x) for x in extra if x)
    return parts[0] + (f" ({extra_text})" if extra_text else "")


def _fact_note(f: dict[str, Any], t: T) -> dict[str, Any]:
    rows = [
        (t("field.subject"), f.get("subject")),
        (t("field.value"), f"{format_number(f.get('value'))} {f.get('unit', '')}"),
        (t("field.qualifier"), t(f"qualifier.{f.get('qualifier')}")),
        (t("field.period"), f.get("period")),
        (t("field.place"), f.get("place")),
        (t("field.kind"), t(f"factkind.{f.get('kind')}")),
    ]
    return {
        "kind": "fact",
        "label": t("kind.fact"),
        "title": fact_title(f, t),
        "rows": [[k, str(v)] for k, v in rows if v not in (None, "")],
        "links": [
            {
                "href": indicator_url(f.get("subject_norm") or f["subject"], f.get("unit"), f.get("place")),
                "text": t("link.indicator"),
            }
        ],
    }


def _entity_note(e: dict[str, Any], t: T) -> dict[str, Any]:
    rows = [
        (t("field.type"), type_name(e.get("type"), t)),
        (t("field.canonical"), e.get("canonical") if e.get("canonical") != e.get("text") else None),
        (t("field.role"), e.get("role")),
        (t("field.in_doc"), len(e.get("mentions") or [None])),
    ]
    return {
        "kind": "entity",
        "label": t("kind.entity"),
        "title": f"{e.get('canonical') or e.get('text')} · {type_name(e.get('type'), t)}",
        "rows": [[k, str(v)] for k, v in rows if v],
        "links": [{"href": entity_url(e.get("canonical") or e["text"]), "text": t("link.entity")}],
    }


def _measure_note(m: dict[str, Any], t: T) -> dict[str, Any]:
    rows = [
        (t("field.status"), t(f"status.{m.get('status')}")),
        (t("field.actor"), m.get("actor")),
        (t("field.action"), m.get("action")),
        (t("field.object"), m.get("object")),
        (t("field.horizon"), m.get("horizon")),
    ]
    return {
        "kind": "measure",
        "label": t("kind.measure"),
        "title": f"{m.get('action', '')} {m.get('object', '')} · {t('status.' + str(m.get('status')))}",
        "rows": [[k, str(v)] for k, v in rows if v],
        "links": [{"href": "/tracker?" + urlencode({"q": m.get("object") or ""}), "text": t("link.tracker")}],
    }


def build_marks(doc: dict[str, Any], t: T) -> tuple[list[Mark], dict[str, dict[str, Any]]]:
    """Every annotation of ``doc`` as marks (original spans) and its card data by key."""
    marks: list[Mark] = []
    notes: dict[str, dict[str, Any]] = {}
    for i, f in enumerate(doc.get("facts", [])):
        key = f"f{i}"
        notes[key] = _fact_note(f, t)
        marks.append(Mark(f["start"], f["end"], "fact", key, notes[key]["title"]))
    for i, e in enumerate(doc.get("entities", [])):
        key = f"e{i}"
        notes[key] = _entity_note(e, t)
        spans = e.get("mentions") or [{"start": e["start"], "end": e["end"]}]
        marks.extend(Mark(s["start"], s["end"], "entity", key, notes[key]["title"]) for s in spans)
    for i, m in enumerate(doc.get("measures", [])):
        key = f"m{i}"
        notes[key] = _measure_note(m, t)
        marks.append(Mark(m["start"], m["end"], "measure", key, notes[key]["title"]))
    return marks, notes


def recleaned_offsets(doc: dict[str, Any]) -> dict[tuple[int, int, str], tuple[Sequence[int], Sequence[int]]]:
    """Per-character offset maps of the paragraphs, by cleaning ``original`` again.

    Cleaning is deterministic, so a paragraph it yields again (same span, same text) gets its
    exact ``starts``/``ends`` arrays, keyed by ``(start, end, text)``. A stored paragraph
    missing from the result (stored by another cleaning version) is aligned instead
    (``highlight.align``). Empty when cleaning fails.
    """
    from tequ.errors import TequError
    from tequ.ingest import load_bytes

    fmt = (doc.get("meta") or {}).get("format")
    try:
        cleaned = load_bytes(str(doc.get("path") or "document"), doc["original"].encode("utf-8"), fmt=fmt)
    except (TequError, KeyError, ValueError):
        return {}
    return {(p.start, p.end, p.text): (p.starts, p.ends) for p in cleaned.paragraphs}


def paragraph_offsets(
    p: dict[str, Any], original: str, exact: dict[tuple[int, int, str], tuple[Sequence[int], Sequence[int]]]
) -> tuple[Sequence[int], Sequence[int]]:
    text = p.get("text", "")
    found = exact.get((p.get("start", -1), p.get("end", -1), text))
    return found if found is not None else align(text, original, int(p.get("start", 0)))


def build_sections(doc: dict[str, Any], marks: list[Mark]) -> list[dict[str, Any]]:
    """Per article: its metadata and highlighted paragraphs (``role`` title or body)."""
    original = doc.get("original", "")
    articles = doc.get("articles") or [{"title": None}]
    sections = [{"article": a, "paragraphs": []} for a in articles]
    exact = recleaned_offsets(doc)
    anchored: set[str] = set()
    for p in doc.get("paragraphs", []):
        starts, ends = paragraph_offsets(p, original, exact)
        html: Markup = render_paragraph(p.get("text", ""), starts, ends, marks, anchored)
        index = p.get("article", 0)
        section = sections[index] if 0 <= index < len(sections) else sections[-1]
        section["paragraphs"].append({"role": p.get("role", "body"), "html": html})
    return sections


def build_original(doc: dict[str, Any], marks: list[Mark]) -> Markup:
    return render_original(doc.get("original", ""), marks, set())
