"""The document model shared by every stage.

Offsets everywhere are Python string indices (code points) into ``Document.original``,
the decoded original text of the file (universal newlines applied, nothing else changed),
end exclusive, exactly as in the ``tequ extract --json`` contract (shared/gold/SCHEMA.md).

Cleaning never edits ``original``. It produces ``Paragraph`` objects whose ``text`` is the
cleaned, Simplified text and whose ``starts``/``ends`` arrays map every character of
``text`` back to the original: ``text[i]`` came from ``original[starts[i]:ends[i]]``.
Extractors work on ``Paragraph.text`` and turn their spans into original offsets with
``Paragraph.to_original``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Script = Literal["hans", "hant", "mixed"]
FactKind = Literal["level", "change", "share", "count", "target", "rank"]
Qualifier = Literal["exact", "over", "at_least", "about", "nearly", "under"]
EntityType = Literal["PER", "ORG", "LOC", "FAC", "POLICY", "EVENT"]
Status = Literal["planned", "ongoing", "done"]

FACT_KINDS: tuple[str, ...] = ("level", "change", "share", "count", "target", "rank")
QUALIFIERS: tuple[str, ...] = ("exact", "over", "at_least", "about", "nearly", "under")
ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "FAC", "POLICY", "EVENT")
STATUSES: tuple[str, ...] = ("planned", "ongoing", "done")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of code points in ``Document.original``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One kept paragraph (or title line) of cleaned text.

    ``start``/``end`` bound the paragraph in the original; ``text`` is cleaned and Simplified;
    ``starts[i]``/``ends[i]`` give the original range that produced ``text[i]``.
    ``role`` is ``"title"`` for an article's headline line and ``"body"`` otherwise.
    """

    start: int
    end: int
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    article: int = 0
    role: str = "body"

    def __post_init__(self) -> None:
        if not (len(self.starts) == len(self.ends) == len(self.text)):
            raise ValueError("offset arrays must have one entry per character of text")

    def to_original(self, a: int, b: int) -> Span:
        """Map the clean range ``text[a:b]`` (b > a) to a span of the original."""
        if not 0 <= a < b <= len(self.text):
            raise ValueError(f"range [{a}, {b}) outside paragraph text of length {len(self.text)}")
        return Span(self.starts[a], max(self.ends[a:b]))


@dataclass(frozen=True, slots=True)
class Article:
    """One news item of a file (a digest holds several)."""

    title: str
    published: str | None  # ISO date YYYY-MM-DD of the article itself
    source: str | None  # outlet named in the text
    authors: tuple[str, ...]
    start: int
    end: int
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Dropped:
    """A stretch of the original that cleaning removed, and why (``chrome:share``, ``duplicate``...)."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Flag:
    """A suspicious stretch of the original, e.g. ``mojibake``; ``repair`` is set only when unambiguous."""

    start: int
    end: int
    kind: str
    repair: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded, cleaned file: the unit every extraction stage works on."""

    source: str
    original: str
    encoding: str
    script: Script
    paragraphs: tuple[Paragraph, ...]
    articles: tuple[Article, ...]
    dropped: tuple[Dropped, ...] = ()
    flags: tuple[Flag, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def text(self) -> str:
        """The whole clean text, paragraphs joined by newlines."""
        return "\n".join(p.text for p in self.paragraphs)

    def article_paragraphs(self, index: int) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.article == index)


@dataclass(frozen=True, slots=True)
class Fact:
    """A quantity the text asserts (see SCHEMA.md "facts")."""

    start: int
    end: int
    quote: str
    subject: str
    value: float
    unit: str
    qualifier: str
    period: str | None
    place: str | None
    kind: str
    article: int = 0
    #: index (in the document's fact list) of the level a change qualifies or the whole a share divides
    relates_to: int | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """One distinct entity of a document, at its first mention; ``mentions`` lists every span."""

    start: int
    end: int
    text: str
    type: str
    canonical: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    role: str | None = None  # for PER: the role the text gives (区长, 记者...)


@dataclass(frozen=True, slots=True)
class Measure:
    """A government action or commitment with its status (see SCHEMA.md "measures")."""

    start: int
    end: int
    quote: str
    actor: str | None
    action: str
    object: str
    status: str
    horizon: str | None
    article: int = 0


@dataclass(frozen=True, slots=True)
class Label:
    """A category or topic tag with a score in [0, 1] and the spans that support it."""

    name: str
    score: float
    evidence: tuple[Span, ...] = ()
    article: int = 0


@dataclass(frozen=True, slots=True)
class Annotations:
    """Everything extraction found in one document."""

    facts: tuple[Fact, ...] = ()
    entities: tuple[Entity, ...] = ()
    measures: tuple[Measure, ...] = ()
    tags: tuple[Label, ...] = ()
    categories: tuple[Label, ...] = ()
