"""Scoring extraction output against gold annotations (shared/gold/SCHEMA.md, "Scoring").

Gold files are ``<document>.gold.json``; predictions are contract dicts as ``tequ extract --json``
prints them. Spans are code-point offsets into the decoded original text, end exclusive; a gold
quote is located by searching the original for every occurrence of its exact string.

Rules (the same as the reference scorer, written here independently):

- facts: one-to-one, gold in file order; a prediction matches when its ``[start, end)`` overlaps
  an occurrence of the gold quote, its value equals the gold value (relative tolerance 1e-6) and
  its unit equals the gold unit after unit aliases. ``strict`` also needs the same period (a
  whole-year month range counts as the year), qualifier and kind.
- entities: sets of ``(type, canonical)``; a prediction also counts when ``(type, text)``
  equals a gold ``(type, text)``.
- measures: one-to-one by span overlap; status accuracy over the matches.
- lines: a gold boilerplate line overlapping a kept paragraph is chrome left in; a gold keep
  line that overlaps no kept paragraph is content lost.
- articles: gold titles found (equal after dropping non-alphanumerics), and of those the ones
  with the gold date and source too.
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tequ.errors import InputError, TequError

#: unit spellings that score as the same unit (full-width percent, bare 百分点, people counted with 名)
UNIT_ALIASES: dict[str, str] = {"％": "%", "百分点": "个百分点", "名": "人"}


def norm_unit(unit: str | None) -> str:
    """The unit as it is compared: NFKC, stripped, aliases folded."""
    u = unicodedata.normalize("NFKC", unit or "").strip()
    return UNIT_ALIASES.get(u, u)


def norm_period(period: str | None) -> str | None:
    """``2025-01/2025-12`` -> ``2025``; ``2025-03/2025-03`` -> ``2025-03``; other values unchanged."""
    if not period:
        return None
    p = period.strip()
    if "/" not in p:
        return p
    a, b = p.split("/", 1)
    if len(a) == len(b) == 7 and a[:4] == b[:4] and a.endswith("-01") and b.endswith("-12"):
        return a[:4]
    return a if a == b else p


def norm_name(name: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", name or "").split())


def title_key(title: str | None) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", title or "") if ch.isalnum())


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every ``[start, end)`` where ``quote`` occurs in ``text`` (overlapping occurrences included)."""
    found: list[tuple[int, int]] = []
    if not quote:
        return found
    i = text.find(quote)
    while i >= 0:
        found.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return found


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty prediction set scores precision 1 only against empty gold."""
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass(slots=True)
class Counts:
    """Raw counts for one document or a total; every metric derives from these."""

    facts_tp: int = 0
    facts_strict: int = 0
    facts_pred: int = 0
    facts_gold: int = 0
    entities_tp: int = 0
    entities_pred: int = 0
    entities_gold: int = 0
    measures_tp: int = 0
    measures_status: int = 0
    measures_pred: int = 0
    measures_gold: int = 0
    boilerplate_lines: int = 0
    boilerplate_left: int = 0
    content_lines: int = 0
    content_lost: int = 0
    articles_gold: int = 0
    titles_found: int = 0
    date_and_source_right: int = 0
    errors: int = 0

    def add(self, other: Counts) -> None:
        for f in dataclasses.fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def summary(self) -> dict[str, Any]:
        """Metrics in the shape of the reference scorer's ``--json`` output."""
        fp, fr, ff = prf(self.facts_tp, self.facts_pred, self.facts_gold)
        ep, er, ef = prf(self.entities_tp, self.entities_pred, self.entities_gold)
        mp, mr, mf = prf(self.measures_tp, self.measures_pred, self.measures_gold)
        return {
            "facts": {
                "p": fp, "r": fr, "f": ff,
                "strict_f": prf(self.facts_strict, self.facts_pred, self.facts_gold)[2],
                "pred": self.facts_pred, "gold": self.facts_gold,
            },
            "entities": {"p": ep, "r": er, "f": ef, "pred": self.entities_pred, "gold": self.entities_gold},
            "measures": {
                "p": mp, "r": mr, "f": mf,
                "status_acc": self.measures_status / self.measures_tp if self.measures_tp else 0.0,
                "pred": self.measures_pred, "gold": self.measures_gold,
            },
            "boilerplate_left": self.boilerplate_left,
            "boilerplate_lines": self.boilerplate_lines,
            "content_lost": self.content_lost,
            "content_lines": self.content_lines,
            "errors": self.errors,
            "articles": {
                "gold": self.articles_gold,
                "title_found": self.titles_found,
                "date_and_source_right": self.date_and_source_right,
            },
        }  # fmt: skip


def _fact_matches(pred: dict[str, Any], gold: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
    try:
        return (
            _overlaps(int(pred["start"]), int(pred["end"]), spans)
            and _same_value(float(pred["value"]), float(gold["value"]))
            and norm_unit(pred.get("unit")) == norm_unit(gold["unit"])
        )
    except (KeyError, TypeError, ValueError):
        return False


def _fact_strict(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    return (
        norm_period(pred.get("period")) == norm_period(gold.get("period"))
        and pred.get("qualifier") == gold["qualifier"]
        and pred.get("kind") == gold["kind"]
    )


def score_facts(text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]], out: Counts) -> None:
    """Greedy one-to-one matching, gold facts in order, each taking the first free prediction."""
    taken: set[int] = set()
    for g in gold:
        spans = occurrences(text, g["quote"])
        for j, p in enumerate(pred):
            if j not in taken and _fact_matches(p, g, spans):
                taken.add(j)
                out.facts_tp += 1
                out.facts_strict += _fact_strict(p, g)
                break
    out.facts_pred += len(pred)
    out.facts_gold += len(gold)


def score_entities(gold: list[dict[str, Any]], pred: list[dict[str, Any]], out: Counts) -> None:
    """Distinct ``(type, canonical)`` pairs; a prediction's ``(type, text)`` may stand in for it."""
    canon = {(e["type"], norm_name(e["canonical"])) for e in gold}
    by_text = {(e["type"], norm_name(e["text"])): (e["type"], norm_name(e["canonical"])) for e in gold}
    found: set[tuple[Any, str]] = set()
    predicted: set[tuple[Any, str]] = set()
    for e in pred:
        key = (e.get("type"), norm_name(e.get("canonical") or e.get("text")))
        predicted.add(key)
        if key in canon:
            found.add(key)
        else:
            alt = by_text.get((e.get("type"), norm_name(e.get("text"))))
            if alt:
                found.add(alt)
    out.entities_tp += len(found)
    out.entities_pred += len(predicted)
    out.entities_gold += len(canon)


def score_measures(text: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]], out: Counts) -> None:
    """One-to-one by span overlap with the gold quote; counts the matches with the gold status."""
    taken: set[int] = set()
    for g in gold:
        spans = occurrences(text, g["quote"])
        for j, p in enumerate(pred):
            if j in taken:
                continue
            try:
                hit = _overlaps(int(p["start"]), int(p["end"]), spans)
            except (KeyError, TypeError, ValueError):
                hit = False
            if hit:
                taken.add(j)
                out.measures_tp += 1
                out.measures_status += p.get("status") == g["status"]
                break
    out.measures_pred += len(pred)
    out.measures_gold += len(gold)


def score_lines(text: str, gold_doc: dict[str, Any], pred: dict[str, Any], out: Counts) -> None:
    """Chrome left in (gold boilerplate overlapping a kept paragraph) and content lost."""
    kept = [(int(p["start"]), int(p["end"])) for p in pred.get("paragraphs", [])]
    chrome = gold_doc.get("boilerplate", [])
    keep = gold_doc.get("keep", [])
    out.boilerplate_lines += len(chrome)
    out.boilerplate_left += sum(
        1 for line in chrome if any(_overlaps(s, e, kept) for s, e in occurrences(text, line))
    )
    out.content_lines += len(keep)
    out.content_lost += sum(
        1 for line in keep if not any(_overlaps(s, e, kept) for s, e in occurrences(text, line))
    )


def score_articles(gold: list[dict[str, Any]], pred: list[dict[str, Any]], out: Counts) -> None:
    """Gold articles whose title was found, and of those, the ones with gold date and source."""
    for g in gold:
        match = next((p for p in pred if title_key(p.get("title")) == title_key(g["title"])), None)
        if match is None:
            continue
        out.titles_found += 1
        out.date_and_source_right += match.get("published") == g.get("published") and title_key(
            match.get("source")
        ) == title_key(g.get("source"))
    out.articles_gold += len(gold)


def score_document(text: str, gold_doc: dict[str, Any], pred: dict[str, Any]) -> Counts:
    """All counts for one document; ``text`` is the decoded original the offsets index."""
    c = Counts()
    score_facts(text, gold_doc.get("facts", []), pred.get("facts", []), c)
    score_entities(gold_doc.get("entities", []), pred.get("entities", []), c)
    score_measures(text, gold_doc.get("measures", []), pred.get("measures", []), c)
    score_lines(text, gold_doc, pred, c)
    score_articles(gold_doc.get("articles", []), pred.get("articles", []), c)
    return c


@dataclass(slots=True)
class DocumentScore:
    name: str
    counts: Counts
    error: str | None = None


@dataclass(slots=True)
class Evaluation:
    """Per-document counts and their total."""

    documents: list[DocumentScore] = field(default_factory=list)
    total: Counts = field(default_factory=Counts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": [{"doc": d.name, "error": d.error, **d.counts.summary()} for d in self.documents],
            "total": self.total.summary(),
        }


Predictor = Callable[[Path], dict[str, Any]]


def predict_with_pipeline(path: Path) -> dict[str, Any]:
    """Run tequ's own pipeline on one file and render the contract dict."""
    from tequ import pipeline
    from tequ.ingest import load_document
    from tequ.render import render_document

    doc = load_document(str(path))
    return render_document(doc, pipeline.run(doc))


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    """Every ``*.gold.json`` of ``gold_dir``, sorted by file name."""
    if not gold_dir.is_dir():
        raise InputError(str(gold_dir), "gold folder not found")
    out = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        try:
            out.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise InputError(str(path), f"unreadable gold file ({exc})") from exc
    return out


def _original_text(path: Path) -> str:
    """The decoded original the gold quotes index: UTF-8 as the reference scorer reads it, else
    whatever encoding ingest detects (Big5, GB18030, UTF-16 examples)."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        from tequ.ingest import load_document

        return load_document(str(path)).original
    except OSError as exc:
        raise InputError(str(path), f"document named by the gold file is unreadable ({exc})") from exc


def evaluate(gold_dir: Path, docs_dir: Path, *, predict: Predictor = predict_with_pipeline) -> Evaluation:
    """Score ``predict(doc)`` for every gold file of ``gold_dir`` against it.

    A document whose prediction fails scores as an empty prediction and is counted in ``errors``.
    """
    result = Evaluation()
    for gold_doc in load_gold(gold_dir):
        doc_path = docs_dir / gold_doc["doc"]
        text = _original_text(doc_path)
        error = None
        try:
            pred = predict(doc_path)
        except (TequError, OSError, ValueError) as exc:
            pred, error = {}, str(exc)
        counts = score_document(text, gold_doc, pred)
        counts.errors += error is not None
        result.documents.append(DocumentScore(gold_doc["doc"], counts, error))
        result.total.add(counts)
    return result
