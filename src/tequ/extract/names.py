"""Name shapes: suffix families, titles, quoted schemes, metro lines, plenaries, person cues.

Everything here is a data table (one comment per group) or a regex over clean Simplified text.
``find_*`` functions return ``(a, b, type, name)`` tuples with offsets into the string given,
end exclusive; ``name`` is the normalised surface the caller canonicalises.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def _words(text: str) -> tuple[str, ...]:
    """A space-separated word list as a tuple (keeps the tables below one line per group)."""
    return tuple(text.split())


#: Suffix families that end a name, by entity type: (comment, space-separated suffixes).
SUFFIX_TABLE: dict[str, tuple[tuple[str, str], ...]] = {
    "ORG": (
        (
            "government bodies",
            "局 委 委会 办 厅 署 部 处 政府 人大 政协 常委会 委员会 管理局 办公室 法院 检察院 海关",
        ),
        ("party bodies", "党委 纪委 市委 区委 省委 工委"),
        (
            "research and education",
            "大学 学院 研究院 研究所 研究中心 实验室 中学 小学 科学院 学校 幼儿园 校区 院区",
        ),
        ("health", "医院 卫生院 疾控中心"),
        ("business", "公司 集团 银行 交易所 有限公司 事务所 生物 医疗 科技 传媒 分行 支行 分公司"),
        ("associations", "协会 联盟 商会 学会 联合会 总会 促进会 基金会 联谊会 研究会 俱乐部"),
        ("centres and platforms", "中心 平台 仲裁院"),
        ("media", "日报 晚报 特区报 商报 电视台 客户端 新闻网"),
    ),
    "FAC": (
        ("ports", "口岸 港区 作业区 码头 机场"),
        (
            "transport",
            "隧道 立交 大道 大桥 高速 快速路 通道 高铁站 火车站 站 铁路 城际 快轨 接驳点 枢纽 联络线 物流港 航空港 航站楼"
            " 货场 栈道",
        ),
        ("roads", "路 街 桥"),
        (
            "venues and parks",
            "公园 街区 广场 体育馆 体育中心 会展中心 产业园 科技园 工匠园 基地 总部 大厦 图书馆 博物馆 美术馆"
            " 展示馆 展览馆 纪念馆 科技馆 文化馆"
            " 金融城 人才港 综合体 服务大厅",
        ),
        (
            "scenic and heritage sites",
            "古城 古镇 湿地 乐园 花园 滑雪场 海滩 大剧院 教堂 群岛 岛 寺 庙 宫 窟 塔",
        ),
    ),
    "LOC": (
        ("admin areas", "省 市 区 县 镇 乡 街道 社区 村"),
        (
            "zones and districts",
            "新区 合作区 示范区 试验区 自贸区 综试区 园区 片区 地区 商圈 集聚区 新城 商务区",
        ),
        ("planned city quarters and industry bases", "科学城 科技城 科教城 数字城 大学城 产业基地"),
        ("bonded, resort and scenic areas", "保税区 综合保税区 保税港区 旅游区 度假区 风景区"),
    ),
    "POLICY": (("plans and programmes", "计划 行动 工程 试点 方案 规划 纲要 措施 条例 办法 倡议"),),
    "EVENT": (
        ("meetings", "研讨会 论坛 峰会 大会 年会 全会 座谈会 推介会 对接会 洽谈会 发布会 会议"),
        (
            "fairs and shows",
            "博览会 交易会 展览会 双年展 文化节 艺术节 嘉年华 周 消费季 购物节 车展 航展 书展 展会",
        ),
        ("festivals", "音乐节 电影节 美食节 灯会 庙会"),
        ("sport", "邀请赛 锦标赛 联赛 运动会 马拉松 大赛"),
    ),
}
SUFFIXES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    typ: tuple((comment, tuple(words.split())) for comment, words in groups)
    for typ, groups in SUFFIX_TABLE.items()
}

#: Suffixes too generic to make a name on their own: the name needs 4+ characters.
WEAK_SUFFIXES = frozenset(
    _words(
        "部 处 办 站 路 街 桥 市 区 周 中心 平台 生物 医疗 科技 传媒 基地 总部 通道 地区 大会 会议 新城"
        " 岛 寺 庙 宫 窟 塔 花园"
    )
)

#: Role words that introduce or follow a person's name: (comment, space-separated words).
ROLE_TABLE: tuple[tuple[str, str], ...] = (
    (
        "government posts",
        "常委 书记 市长 区长 省长 县长 镇长 主任 局长 厅长 部长 处长 署长 主席 委员 代表 秘书长 行政长官 议员 司长",
    ),
    ("academia and medicine", "校长 院长 教授 研究员 学者 专家 博士 医生 主任医师 所长"),
    ("business and associations", "董事长 总经理 总裁 创始人 负责人 会长 理事长 经理 首席"),
    ("press credits", "记者 编辑 撰文 摄影 通讯员 实习生 责编 校对 审核 统筹 策划"),
)
ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = tuple((c, tuple(w.split())) for c, w in ROLE_TABLE)

#: Reporting verbs and byline marks: a clause with one of these may name a person.
SPEECH_CUES: tuple[str, ...] = tuple(
    _words(
        "表示 指出 认为 介绍 强调 说道 透露 坦言 提到 建议 呼吁 发言 致辞 讲话 一行 摄 先生 女士 说 称 告诉 回忆 笑言 感叹 解释"
    )
)

#: Single-character surnames (the common ones; they cover the vast majority of people named).
SURNAMES_1 = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习栗蔚荀仉郦厍舍隗冼邴钮喻SURNAMES_2=frozenset{欧阳,司马,上官,诸葛,东方,皇甫,尉迟,公孙,慕容,长孙,司徒,令狐,宇文,夏侯,端木,轩辕,钟离,独孤,南宫,西门,}#:WordsLACtagsaspersonsorthatlooklikenamesbutarenotonecommentpergroup."
)
#: Double-character surnames.
SURNAMES_2 = frozenset(
    _words(
        "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 司徒 令狐 宇文 夏侯 端木 轩辕 钟离 独孤 南宫 西门"
    )
)

#: Words LAC tags as persons that are not: polite forms; common words it mislabels in this genre.
NOT_PERSONS = frozenset(
    _words("先生 女士 老师 同志 师傅 扫一扫 蓝绿 惠企 惠民 方便 高效 安全 平安 文明 和谐 华强")
)

#: Quoted slogans that look like scheme names but name no scheme (GBA connectivity triad etc.).
SLOGANS = frozenset(
    _words("硬联通 软联通 硬连通 软连通 软硬联通 心联通 心相通 放管服 最多跑一次 一站式 一网通办")
)

#: Generic words LAC labels ORG/LOC, or that cannot be the proper part of a name on their own:
#: verbs and adjectives (联通 跨境), regional adjectives (深港 港澳), scope words (全市 国际),
#: bare zone nouns (片区 园区), modes (陆路 水路).
NOT_NAMES = frozenset(
    _words(
        "联通 深港 跨境 新时代 新能源汽车 惠民 港澳 粤港澳 内地 两地 湾区 特区 西延 东延 全市 全区 全省 全国 各区 本市 我市 我区 海内外 国内 国际 境外 境内 海外 中外 深港澳 沿线 片区 园区 商务区 中央商务区 市区 城区 陆路 水路 海上 空中 口岸 辖区 城中村"
    )
)
#: Descriptors of a kind of body or site, not of one (公办幼儿园, 电商产业园, 三级医院, 联营律师事务所):
#: ownership (公办 民办), trade (电商 律师), grade and rank (三级 高端 重点 龙头), collectives (各类 相关),
#: twinning (姊妹 友好: 姊妹学校 is a kind of school, not one).
GENERIC_DESCRIPTORS = frozenset(
    _words("公办 民办 电商 律师 三级 高端 重点 龙头 骨干 优质 知名 联营 各类 相关 新建 姊妹 友好")
)
NOT_NAMES = NOT_NAMES | GENERIC_DESCRIPTORS
_HAN = "\u3400-\u9fff"
_CN_NUM = "一二三四五六七八九十"
TITLE_RE = re.compile(r"《([^《》\n]{2,120})》")
#: quoted names: “...” and the corner brackets of Traditional (Hong Kong, Taiwan) text 「...」
QUOTE_RE = re.compile(r"[“「]([^“”「」\n]{2,24})[”」]")
SCHEME_CUE_RE = re.compile(r"试点|政策|计划|机制|模式|行动|工程|服务|措施|项目|举措|改革")
#: a scheme word right after the closing quote belongs to the name: “人工智能+”行动
SCHEME_JOIN_RE = re.compile(r"行动|计划|工程")
EVENT_CUE_RE = re.compile(r"活动|系列活动|赛事")
#: a class of research facility named right after a quote: “X”等大科学装置, “X”重大科技基础设施
FACILITY_CUE_RE = re.compile(r"(?:等|这一|这个|一批)?(?:重大)?(?:大科学装置|科学装置|科技基础设施|大装置)")
SCHEME_TAIL_RE = re.compile(r"(?:通|计划|行动|工程|试点|政策|机制)$")
METRO_RE = re.compile(r"(地铁|轨道交通|轨道)?\s*(\d{1,2}(?:\s*[、,和及与]\s*\d{1,2})*)\s*号线")
PLAN_RE = re.compile(rf"“?(十[{_CN_NUM}]五)”?(规划)?")
PLENUM_RE = re.compile(
    rf"(党的|中共[{_HAN}]{{2,6}}?[市省区]委|[市省区]委)?([{_CN_NUM}]{{1,3}})届([{_CN_NUM}]{{1,3}})"
    rf"(中全会|次全会|次会议)"
)
ROLE_RE = re.compile("|".join(sorted({w for _, ws in ROLE_WORDS for w in ws}, key=len, reverse=True)))
PERSON_CUE_RE = re.compile(
    "|".join(sorted({w for _, ws in ROLE_WORDS for w in ws} | set(SPEECH_CUES), key=len, reverse=True))
)
CLAUSE_SPLIT_RE = re.compile(r"[。！？；;!?\n]|，|,(?!\d)")
#: '?' and replacement marks (mojibake), control characters, kana, pinyin tone letters
JUNK_RE = re.compile(r"[?？\ufffd\x00-\x1f]|[ぁ-ヿ]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def suffix_table(typ: str) -> tuple[str, ...]:
    """All suffixes of ``typ``, longest first."""
    return tuple(sorted({s for _, ws in SUFFIXES.get(typ, ()) for s in ws}, key=len, reverse=True))


def _suffix_types() -> dict[str, str]:
    out: dict[str, str] = {}
    for typ in ("POLICY", "EVENT", "LOC", "FAC", "ORG"):  # later types win a shared suffix
        for suf in suffix_table(typ):
            out[suf] = typ
    return out


SUFFIX_TYPE = _suffix_types()
_MAX_SUFFIX = max(map(len, SUFFIX_TYPE))


def name_type(name: str) -> tuple[str, str] | None:
    """``(type, suffix)`` of the longest suffix family ``name`` ends with, or None."""
    if name.endswith(FALSE_ENDINGS):
        return None
    for n in range(min(_MAX_SUFFIX, len(name) - 1), 0, -1):
        typ = SUFFIX_TYPE.get(name[-n:])
        if typ is not None:
            return typ, name[-n:]
    return None


#: Endings that look like a suffix family but are direction or part words (罗湖东部, 全市各部).
FALSE_ENDINGS = _words(
    "东部 西部 南部 北部 中部 内部 外部 全部 局部 各部 上部 下部 一站 每周 本周 上周 下周"
    " 陆路 水路 思路 出路 线路 沿路"  # modes and common words ending in 路
    " 市中心 城市中心"  # downtown, not a centre body
)


def is_junk(name: str) -> bool:
    """True for strings that cannot be names: '?' or replacement marks, kana, stray controls."""
    return bool(JUNK_RE.search(name)) or len(name.strip()) < 2


#: What follows a surname when the text names a person by surname and title, not by name
#: (王总, 李老师, 陈某): (comment, space-separated words).
TITLE_TABLE: tuple[tuple[str, str], ...] = (
    (
        "business and office titles",
        "总 董 经理 主任 书记 局长 处长 科长 部长 院长 校长 主席 厂长 队长 总监 总裁 总工 主管",
    ),
    ("academic and professional", "老师 教授 博士 医生 律师 师傅 工"),
    ("polite forms and kinship", "先生 女士 小姐 太太 阿姨 奶奶 爷爷 大爷 大妈 叔 姐 哥 伯 婆 公"),
    ("anonymised", "某 某某"),
)
PERSON_TITLES = frozenset(w for _, ws in TITLE_TABLE for w in ws.split())


def is_person_name(name: str) -> bool:
    """Shape of a Han personal name: known surname + 1-2 given characters (3-4 for double surnames)."""
    if name in NOT_PERSONS or not re.fullmatch(rf"[{_HAN}]{{2,4}}", name):
        return False
    if name[:2] in SURNAMES_2:
        return 3 <= len(name) <= 4 and not is_titled(name)
    return name[0] in SURNAMES_1 and 2 <= len(name) <= 3 and not is_titled(name)


def is_titled(name: str) -> bool:
    """Surname + title (王总, 欧阳先生, 陈某): a way of referring to someone, not a name."""
    given = name[2:] if name[:2] in SURNAMES_2 else name[1:]
    return given in PERSON_TITLES


def is_loose_person_name(name: str) -> bool:
    """Any plausible person token (transliterated or Latin names included), for full-text mode."""
    if name in NOT_PERSONS or is_junk(name) or is_titled(name):
        return False
    return bool(
        re.fullmatch(rf"[{_HAN}](?:[{_HAN}]|[·•・\-－](?=[{_HAN}])){{1,9}}|[A-Z][A-Za-z.\-]{{1,20}}", name)
    )


def find_titles(text: str) -> Iterator[tuple[int, int, str, str]]:
    """《...》 titles: POLICY, or EVENT when the title ends like an event; span excludes the brackets."""
    for m in TITLE_RE.finditer(text):
        inner = m.group(1).strip()
        if is_junk(inner):
            continue
        shape = name_type(inner)
        typ = "EVENT" if shape and shape[0] == "EVENT" and shape[1] not in WEAK_SUFFIXES else "POLICY"
        yield m.start(1), m.end(1), typ, inner


def find_quoted_schemes(text: str) -> Iterator[tuple[int, int, str, str]]:
    """“...” (or 「...」) named schemes, activities and places.

    “X”联动消费季 (a few characters ending in an event suffix right after the quote) -> EVENT
    ``X联动消费季``, span with both quotes; “X”行动 (a scheme word right after the quote) -> POLICY
    ``X行动``; a quote right after a verb that puts a scheme into effect (试点“X”, 实行“X”) that
    ends its clause -> POLICY; a quote ending like a scheme (…通, …计划) or followed (past further quoted items and
    等) by a scheme cue -> POLICY ``X``; followed by 活动 -> EVENT ``X``; a quote ending in a specific
    ORG/FAC/LOC suffix (「X科技园」) -> that type. In a run of adjacent quotes (“A”“B计划”) an item
    of 4+ characters with no reading of its own is a scheme when another item is. Quotes holding
    clause punctuation (unless two short halves named as a mode: “合作查验，一次放行”模式) or a
    known slogan are skipped. A quote ending in a specific EVENT suffix (「X发展论坛」) -> EVENT.
    """
    run: list[tuple[re.Match[str], tuple[int, int, str, str] | None]] = []
    for m in QUOTE_RE.finditer(text):
        inner = m.group(1)
        if is_junk(inner) or inner in SLOGANS:
            continue
        if re.search(r"[，。；、：,]", inner) and not _paired_scheme(text, m):
            continue
        if run and not _QUOTE_GAP.fullmatch(text[run[-1][0].end() : m.start()]):
            yield from _close_run(run)
            run = []
        run.append((m, _quoted(text, m)))
    yield from _close_run(run)


#: verbs that put a named scheme into effect: the quote right after them names the scheme
_SCHEME_VERB_BEFORE = re.compile(r"(?:试点|推行|实行|实施|推广|施行)$")
#: what may separate the items of one run of quotes
_QUOTE_GAP = re.compile(r"[、和及与]?")


def _close_run(
    run: list[tuple[re.Match[str], tuple[int, int, str, str] | None]],
) -> Iterator[tuple[int, int, str, str]]:
    schemes = any(found is not None and found[2] == "POLICY" for _, found in run)
    for m, found in run:
        if found is not None:
            yield found
        elif schemes and len(run) > 1 and len(m.group(1)) >= 4:
            yield m.start(1), m.end(1), "POLICY", m.group(1)


def _paired_scheme(text: str, m: re.Match[str]) -> bool:
    """A short quote of two parallel halves named as a mode or scheme right after it
    (“合作查验，一次放行”模式): its comma does not make it a quoted sentence."""
    parts = re.split(r"[，,、]", m.group(1))
    return (
        len(parts) == 2
        and all(2 <= len(p) <= 6 for p in parts)
        and SCHEME_CUE_RE.match(text, m.end()) is not None
    )


def _quoted(text: str, m: re.Match[str]) -> tuple[int, int, str, str] | None:
    """The reading of one quote on its own (see ``find_quoted_schemes``), or None."""
    inner = m.group(1)
    if _SCHEME_VERB_BEFORE.search(text, max(0, m.start() - 4), m.start()) and 3 <= len(inner) <= 10:
        nxt = text[m.end() : m.end() + 1]
        if not nxt or nxt in "，。；：,;:":
            return m.start(1), m.end(1), "POLICY", inner  # 试点“一证通行”, 实行“一地两检”
    event = EVENT_JOIN_RE.match(text, m.end())
    if event:
        return m.start(), event.end(), "EVENT", inner + event.group()
    join = None if SCHEME_TAIL_RE.search(inner) else SCHEME_JOIN_RE.match(text, m.end())
    if join:
        return m.start(1), join.end(), "POLICY", inner + join.group()
    after = _skip_quotes(text[m.end() : m.end() + 30])
    if SCHEME_TAIL_RE.search(inner) or (len(inner) >= 4 and SCHEME_CUE_RE.match(after)):
        return m.start(1), m.end(1), "POLICY", inner
    if EVENT_CUE_RE.match(after):
        return m.start(1), m.end(1), "EVENT", inner
    if FACILITY_CUE_RE.match(after) and len(inner) >= 3:
        return m.start(1), m.end(1), "FAC", inner  # 「X云脑」等大科学装置: a named research facility
    shape = name_type(inner)
    if shape and shape[0] in ("ORG", "FAC", "LOC", "EVENT") and _strong_suffix(inner, shape[1]):
        return m.start(1), m.end(1), shape[0], inner  # 「X科技园」, “X发展论坛”
    return None


def _strong_suffix(name: str, suffix: str) -> bool:
    """A quoted name typed by its suffix family: a specific suffix (科技园, 实验室) after 3+ characters."""
    return len(suffix) >= 2 and suffix not in WEAK_SUFFIXES and len(name) - len(suffix) >= 3


def _event_join_re() -> re.Pattern[str]:
    sufs = [x for x in suffix_table("EVENT") if x not in WEAK_SUFFIXES and len(x) > 1]
    return re.compile(rf"[{_HAN}]{{0,4}}?(?:{'|'.join(sufs)})")


EVENT_JOIN_RE = _event_join_re()


def _skip_quotes(s: str) -> str:
    """Skip a run of further quoted items (“A”“B”等机制) before looking for the cue."""
    s = re.sub(r"^(?:[“「][^“”「」]{1,24}[”」]|[、和及与])*", "", s)
    return re.sub(r"^等", "", s)


def find_metro_lines(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Metro lines: 地铁14、16号线 -> one FAC per number, canonical 地铁N号线."""
    for m in METRO_RE.finditer(text):
        if not m.group(1) and (m.start() > 0 and text[m.start() - 1].isdigit()):
            continue
        nums = list(re.finditer(r"\d{1,2}", m.group(2)))
        base = m.start(2)
        if len(nums) == 1 or (m.group(1) and " " in m.group(0)):
            for n in nums:
                yield m.start(), m.end(), "FAC", f"地铁{int(n.group())}号线"
            continue
        for k, n in enumerate(nums):
            a = m.start() if k == 0 else base + n.start()
            b = m.end() if k == len(nums) - 1 else base + n.end()
            yield a, b, "FAC", f"地铁{int(n.group())}号线"


#: a station named right after its line (地铁3号线大运站, 7号线皇岗口岸站): 2-6 characters and 站,
#: not a common word before it (沿线, 全线, 换乘) nor 站点 / 站台
LINE_STATION_RE = re.compile(
    rf"(?:[{_CN_NUM}0-9]期(?:工程)?的?)?"  # the line's phase before the station: 20号线二期的机场东站
    rf"(?!沿线|全线|各|多|首|末|换乘|途经|经停|新增|新建|车)((?:(?![站的])[{_HAN}]){{2,6}})(?<![段期线号])站(?![点台务区场长])"
)


def find_line_stations(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Stations named right after a metro line (16号线大运站 -> FAC 大运站): the line makes the
    short name a station, which a bare 2-character name + 站 is not on its own. The line's phase
    may stand between them (20号线二期的机场东站 -> 机场东站)."""
    for m in METRO_RE.finditer(text):
        st = LINE_STATION_RE.match(text, m.end())
        if st is not None:
            yield st.start(1), st.end(), "FAC", text[st.start(1) : st.end()]


#: suffixes a list of items may share (罗湖、文锦渡、莲塘3个口岸; 东门、国贸等商圈)
SHARED_SUFFIXES = "口岸|街道|港区|商圈|片区"
SHARED_SUFFIX_RE = re.compile(
    rf"((?:[{_HAN}]{{2,4}}、)+[{_HAN}]{{2,4}}?)(?:[0-9{_CN_NUM}两]+个|等)?(?:陆路|水路|海港|空港)?({SHARED_SUFFIXES})"
)
#: a name with a shared suffix followed by its parts in brackets: 南山港区(蛇口、赤湾、妈湾)
BRACKET_LIST_RE = re.compile(rf"(?:{SHARED_SUFFIXES})[(（]((?:[{_HAN}]{{2,4}}、)+[{_HAN}]{{2,4}}?)等?[)）]")


def find_shared_suffix(text: str, known: object) -> Iterator[tuple[int, int, str, str]]:
    """Lists sharing one suffix (罗湖、文锦渡、莲塘3个陆路口岸), or naming the parts of a name in
    brackets (X港区(A、B、C)): one name per item, item + suffix, kept only when ``known(name)``
    (a gazetteer lookup) returns its type. The span is the item, plus the suffix when it follows
    the last item directly (莲塘口岸). Items already carrying the suffix (新桥街道、福海街道) are not
    a shared list. The first item may start with the words before it (还将在公明、新湖等街道): it
    is its longest ending that makes a known name."""
    for m in SHARED_SUFFIX_RE.finditer(text):
        glued = m.end(1) == m.start(2)
        yield from _list_items(m.start(1), m.group(1), m.group(2), known, glued=glued)
    for m in BRACKET_LIST_RE.finditer(text):
        suffix = next(s for s in SHARED_SUFFIXES.split("|") if text.startswith(s, m.start()))
        yield from _list_items(m.start(1), m.group(1), suffix, known)


def _list_items(
    pos: int, items: str, suffix: str, known: object, *, glued: bool = False
) -> Iterator[tuple[int, int, str, str]]:
    parts = items.split("、")
    if any(p.endswith(suffix) for p in parts):
        return
    # 燕罗、福海等片区: areas named after their sub-districts are those sub-districts (not when
    # the last item carries the suffix itself: 大运新城、坂田片区 names the 坂田片区)
    alt = "街道" if suffix == "片区" and not glued else suffix
    for j in range(1, len(parts[0]) - 1):  # 将在公明、新湖等街道: the first item starts after the verb
        head = parts[0][j:]
        if not known(parts[0] + suffix) and (known(head + suffix) or known(head + alt)):  # type: ignore[operator]
            pos, parts[0] = pos + j, head
            break
    for k, item in enumerate(parts):
        name = item + suffix
        typ = known(name)  # type: ignore[operator]
        if not typ and alt != suffix and known(item + alt) == "LOC":  # type: ignore[operator]
            name, typ = item + alt, "LOC"
        if typ:
            end = pos + len(item) + (len(suffix) if glued and k == len(parts) - 1 else 0)
            yield pos, end, typ, name
        pos += len(item) + 1


def find_plans(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Five-year plan periods: 十四五 / “十五五”规划 -> POLICY (canonical without quotes)."""
    for m in PLAN_RE.finditer(text):
        yield m.start(), m.end(), "POLICY", m.group(1) + (m.group(2) or "")


def find_plenaries(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Party plenary sessions (二十届三中全会, 市委七届九次全会) -> EVENT, and the organiser
    named before it (中共深圳市委, 省委) -> ORG."""
    for m in PLENUM_RE.finditer(text):
        if m.group(4) == "次会议" and not m.group(1):
            continue
        yield m.start(), m.end(), "EVENT", m.group(0)
        if m.group(1) and m.group(1) != "党的":
            yield m.start(1), m.end(1), "ORG", m.group(1)


def iter_clauses(text: str) -> Iterator[tuple[int, int]]:
    """``(a, b)`` clause ranges of ``text`` split at sentence and comma punctuation."""
    pos = 0
    for m in CLAUSE_SPLIT_RE.finditer(text):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < len(text):
        yield pos, len(text)
