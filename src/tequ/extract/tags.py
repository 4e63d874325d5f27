"""Categories and topic tags per article, each with a score in [0, 1] and evidence spans.

Definitions live in data files (``tequ/data/taxonomy/categories.toml`` and ``tags.toml``):
cue words and regex patterns with weights, a note per entry, and the scoring settings. They
are loaded once, at first use.

Score of a label in an article: ``1 - exp(-d / scale)``, where ``d`` is the weighted number of
cue hits per 1000 characters of the article's clean text (hits in the headline count
``title_factor`` times). A label is kept when the score reaches ``threshold`` and it has at
least ``min_hits`` hits of at least ``min_cues`` different cues (one word repeated, 片区 片区,
is not yet a topic, unless its weight reaches ``strong_cue``: 金融 金融); with ``max_labels`` set, only that many best labels per article. For the 数据 category, each fact of the article counts as a hit of
``fact_weight``. Evidence spans are ``Span`` ranges of ``Document.original`` (end exclusive)
that cover cue occurrences (or facts), so ``original[s.start:s.end]`` is the cue as written.
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from tequ import clean
from tequ.errors import ConfigError
from tequ.model import Document, Entity, Fact, Label, Paragraph, Span

MAX_EVIDENCE = 8


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """A compiled label set: one regex over every cue, the weights per cue, the settings."""

    name: str
    labels: tuple[str, ...]
    cue_re: re.Pattern[str]
    cues: dict[str, tuple[tuple[int, float], ...]]
    patterns: tuple[tuple[re.Pattern[str], int, float], ...]
    scale: float
    threshold: float
    min_hits: int
    min_cues: int
    max_labels: int
    strong_cue: float
    title_factor: float
    fact_weight: dict[int, float] = field(default_factory=dict)


def read_taxonomy(name: str) -> dict[str, Any]:
    """The raw TOML of ``tequ/data/taxonomy/<name>.toml``.

    Raises:
        ConfigError: the file is missing or not valid TOML.
    """
    try:
        data = resources.files("tequ").joinpath("data", "taxonomy", f"{name}.toml").read_text("utf-8")
        return tomllib.loads(data)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"taxonomy:{name}", f"cannot load taxonomy {name!r}: {exc}") from exc


@functools.cache
def load_taxonomy(name: str) -> Taxonomy:
    """Compile ``<name>.toml`` (``tags`` or ``categories``); cached after the first call."""
    raw = read_taxonomy(name)
    settings = raw.get("settings", {})
    table = raw.get(name, {})
    labels = tuple(table)
    cues: dict[str, list[tuple[int, float]]] = {}
    patterns: list[tuple[re.Pattern[str], int, float]] = []
    fact_weight: dict[int, float] = {}
    for i, label in enumerate(labels):
        entry = table[label]
        for cue, weight, _note in entry.get("cues", []):
            cues.setdefault(cue, []).append((i, float(weight)))
        for rx, weight, _note in entry.get("patterns", []):
            patterns.append((re.compile(rx), i, float(weight)))
        if "fact_weight" in entry:
            fact_weight[i] = float(entry["fact_weight"])
    alternation = "|".join(sorted(map(re.escape, cues), key=len, reverse=True)) or "(?!)"
    return Taxonomy(
        name=name,
        labels=labels,
        cue_re=re.compile(alternation),
        cues={k: tuple(v) for k, v in cues.items()},
        patterns=tuple(patterns),
        scale=float(settings.get("scale", 6.0)),
        threshold=float(settings.get("threshold", 0.3)),
        min_hits=int(settings.get("min_hits", 2)),
        min_cues=int(settings.get("min_cues", 1)),
        max_labels=int(settings.get("max_labels", 0)),
        strong_cue=float(settings.get("strong_cue", math.inf)),
        title_factor=float(settings.get("title_factor", 2.0)),
        fact_weight=fact_weight,
    )


def extract_tags(doc: Document, *, entities: Sequence[Entity] = ()) -> list[Label]:
    """Topic tags (口岸经济, 深港合作, 医疗卫生…) per article, best first within an article."""
    return score_labels(doc, load_taxonomy("tags"))


def extract_categories(
    doc: Document, *, facts: Sequence[Fact] = (), entities: Sequence[Entity] = ()
) -> list[Label]:
    """Categories (政策, 人事, 法规, 产品, 技术, 品牌, 服务, 数据) per article, best first.

    ``facts`` feed the 数据 category: every fact of an article is a hit with its span as evidence.
    """
    return score_labels(doc, load_taxonomy("categories"), facts=facts)


def score_labels(doc: Document, tax: Taxonomy, *, facts: Sequence[Fact] = ()) -> list[Label]:
    """Score every label of ``tax`` in every article of ``doc``; keep those above threshold."""
    out: list[Label] = []
    n_articles = max(len(doc.articles), 1 if doc.paragraphs else 0)
    for index in range(n_articles):
        paras = [p for p in doc.paragraphs if p.article == index]
        size = sum(len(p.text) for p in paras)
        if not size:
            continue
        weights = [0.0] * len(tax.labels)
        hits: list[list[Span]] = [[] for _ in tax.labels]
        kinds: list[set[str]] = [set() for _ in tax.labels]  # distinct cues (each fact is one)
        for para in paras:
            factor = tax.title_factor if para.role == "title" else 1.0
            for span, label, weight, cue in _cue_hits(doc, para, tax):
                weights[label] += weight * factor
                hits[label].append(span)
                kinds[label].add(cue)
                if weight >= tax.strong_cue:
                    kinds[label].add(f"{cue}:{span.start}")  # a strong cue repeated is enough
        for label, weight in tax.fact_weight.items():
            for fact in facts:
                if fact.article == index:
                    weights[label] += weight
                    hits[label].append(Span(fact.start, fact.end))
                    kinds[label].add(f"fact:{fact.start}")
        found = []
        for i, name in enumerate(tax.labels):
            density = weights[i] * 1000.0 / max(size, 300)
            score = 1.0 - math.exp(-density / tax.scale)
            enough = len(hits[i]) >= tax.min_hits and len(kinds[i]) >= tax.min_cues
            if score >= tax.threshold and enough:
                found.append(Label(name, round(score, 4), _evidence(hits[i]), index))
        found.sort(key=lambda lab: -lab.score)
        out.extend(found[: tax.max_labels] if tax.max_labels > 0 else found)
    return out


def _cue_hits(doc: Document, para: Paragraph, tax: Taxonomy) -> list[tuple[Span, int, float, str]]:
    """Every cue and pattern occurrence in ``para`` as (original span, label index, weight, cue):
    ``cue`` is the cue word, or the pattern's source for a pattern hit."""
    flagged = getattr(clean, "is_flagged", None)
    found: list[tuple[int, int, int, float, str]] = []
    for m in tax.cue_re.finditer(para.text):
        found.extend((m.start(), m.end(), i, w, m.group()) for i, w in tax.cues[m.group()])
    for rx, i, w in tax.patterns:
        found.extend(
            (m.start(), m.end(), i, w, rx.pattern) for m in rx.finditer(para.text) if m.end() > m.start()
        )
    out = []
    for a, b, i, w, cue in found:
        span = para.to_original(a, b)
        if flagged is not None and flagged(doc, span.start, span.end):
            continue
        out.append((span, i, w, cue))
    return out


def _evidence(spans: list[Span]) -> tuple[Span, ...]:
    """Up to ``MAX_EVIDENCE`` distinct spans in document order."""
    return tuple(sorted(set(spans), key=lambda s: (s.start, s.end))[:MAX_EVIDENCE])
