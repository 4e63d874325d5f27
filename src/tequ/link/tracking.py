"""Measure tracking: mentions of one measure or project across documents grouped into one item.

Each measure gets a *key*: the key entity it is about, else the thing it is about. The key
entity is a FAC, POLICY or EVENT mention in the clause of the quote that holds the action,
preferring one named in the measure's object, then by type (a port before the plan that
mentions it). A place listed with others in front of a 的 (连接罗湖口岸、深圳站和东门商圈的
小运量轨道) only locates the head noun, so it is not the key: the head is (小运量轨道).

Measures with the same key are split by *object* similarity (character bigrams of the project
phrase and the object, the key and the verbs left out), so that "文锦渡口岸货运功能转移" and
"文锦渡口岸旅检升级" stay separate items while the 2022 plan and the 2025 report of the same
change join. A track's title names the project (``project_phrase``: 罗湖口岸升级改造), not the
verb. Pure functions over measure rows.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from tequ.extract.measureattrs import CUE_RE, VERB_RE
from tequ.search.fulltext import to_simplified

#: Entity types that can name what a measure is about (actors are usually ORG/LOC).
KEY_TYPES: tuple[tuple[str, str], ...] = (
    ("FAC", "ports, stations, roads, buildings: the usual object of a project"),
    ("POLICY", "named plans and schemes"),
    ("EVENT", "conferences, exhibitions"),
)

#: Longest object (characters) shown whole in a track title.
MAX_TITLE = 24

#: Minimum bigram similarity of action + object for two measures with one key to be one item.
ACTION_SIMILARITY = 0.25

#: Above this many measures with one key, clustering falls back to exact action match.
MAX_PAIRWISE = 400

#: Nouns that close a project phrase and are dropped from it (罗湖口岸升级改造项目 -> 罗湖口岸升级改造).
PROJECT_NOUNS: tuple[tuple[str, str], ...] = (
    ("项目", "project"),
    ("工程", "works"),
    ("前期工作", "preparatory work on the project"),
    ("前期", "the preparatory stage (光明城站综合交通枢纽前期研究)"),
    ("工作", "the work on it"),
)

#: Characters that end a project phrase: particles, prepositions and adverbs that start the
#: predicate (罗湖口岸将于…, 文锦渡口岸货运功能转移的前期工作, 罗湖口岸在2027年底前…).
PHRASE_STOPS: tuple[tuple[str, str], ...] = (
    ("的", "attributive particle: what follows is the head"),
    ("在", "at / in: a time or place follows"),
    ("于", "at: a time follows"),
    ("将", "will"),
    ("已", "already"),
    ("正", "in progress"),
    ("并", "and also: a second predicate"),
)

#: Words that join several names in front of a 的 (连接A、B与C的D): such a name is not the key.
LIST_JOINERS = "、与和及"

#: Time words left out of a topic taken from before the verb (今年上半年投入使用 has no topic).
TIME_WORDS: tuple[tuple[str, str], ...] = (
    (r"\d{4}年(?:底|初|末|内|上半年|下半年)?|\d{1,2}月(?:底|初|末)?|\d{1,2}日", "dates: 2025年底, 9月"),
    ("今年|明年|去年|本年|年内|年底|年初|年末|上半年|下半年|月底|目前|其中", "relative times and openers"),
    ("[于在到至]", "prepositions of time"),
)

#: Adverbs of extent and manner between a topic and its verb (较场尾民宿区提升改造已全部完成):
#: left out of a topic taken from before the verb, so the report joins the plan.
MANNER_WORDS: tuple[tuple[str, str], ...] = (
    ("全部", "entirely"),
    ("全面", "across the board"),
    ("基本", "basically"),
    ("顺利", "smoothly"),
    ("正式", "formally"),
    ("如期", "on schedule"),
    ("提前", "ahead of schedule"),
    ("陆续", "one after another"),
    ("持续", "continuously"),
    ("预计", "expected: a forecast of the date, not a topic"),
    ("力争", "striving for: a target date follows"),
    ("争取", "striving for"),
)

#: Verbs that only say how far a project has got (a report on it), not what is done to it.
STATUS_VERBS: tuple[tuple[str, str], ...] = (
    ("完成", "finished"),
    ("完工", "works finished"),
    ("竣工", "completed and accepted"),
    ("建成", "built"),
    ("落成", "inaugurated"),
    ("建设", "being built (正在建设中)"),
    ("施工", "under construction"),
    ("投用", "put into use"),
    ("投入使用", "put into use"),
)

#: Objects that are no object: the aspect particle the extractor may leave after the verb
#: (正在建设中 -> object 中).
EMPTY_OBJECTS = frozenset({"中", "之中", "当中"})

_NOT_HAN = re.compile(r"[^\u3400-\u9fff]+")
_NOT_NAME = re.compile(r"[^\u3400-\u9fffA-Za-z0-9]+")  # what a key keeps of a name
_TIME_RE = re.compile("|".join(w for w, _why in TIME_WORDS))
_MANNER_RE = re.compile("|".join(w for w, _why in MANNER_WORDS))
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
_CLAUSE = re.compile(r"[，,。；;：:！!？?]")
_STOP_RE = re.compile("|".join(w for w, _why in PHRASE_STOPS))

_STATUS_ORDER = {"planned": 0, "ongoing": 1, "done": 2}
_NOISE = re.compile(r"[\s\u3000,，.。、:：;；\"“”()（）《》]+")


def bigrams(text: str) -> set[str]:
    """Overlapping character bigrams of Simplified ``text`` (a 1-char text is its own unigram)."""
    t = _NOISE.sub("", to_simplified(text or ""))
    if len(t) < 2:
        return {t} if t else set()
    return {t[i : i + 2] for i in range(len(t) - 1)}


def similarity(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    """Overlap coefficient |a ∩ b| / min(|a|, |b|) (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _plain(text: str) -> str:
    """Simplified, pinyin artifacts (開(kāi)工) removed: offsets are not kept."""
    return _PINYIN.sub("", to_simplified(text or ""))


def _action_clause(measure: dict[str, Any]) -> tuple[int, int]:
    """Start and end (offsets into the quote) of the clause that holds the measure's action."""
    quote = _plain(measure.get("quote") or "")
    action = _plain(measure.get("action") or "")
    at = quote.find(action) if action else -1
    if at < 0 or len(quote) != len(to_simplified(measure.get("quote") or "")):
        return 0, len(to_simplified(measure.get("quote") or ""))
    starts = [m.end() for m in _CLAUSE.finditer(quote, 0, at)]
    end = _CLAUSE.search(quote, at)
    return (starts[-1] if starts else 0), (end.start() if end else len(quote))


def _is_listed_modifier(quote: str, end: int) -> bool:
    """Whether the name ending at ``end`` is one of several names in front of a 的 (连接罗湖口岸、
    深圳站和东门商圈的小运量轨道): it locates the head noun rather than being the object."""
    rest = quote[end:]
    de = rest.find("的")
    if de < 0:
        return False
    between = rest[:de]
    return bool(between) and between[0] in LIST_JOINERS and not _CLAUSE.search(between)


def topic_key(measure: dict[str, Any], mentions: list[dict[str, Any]]) -> str:
    """The key of ``measure`` from its own words (see ``measure_key``), or "" when it has none: the
    clause names no entity, no object and nothing before the verb but times and status cues
    (将于2025年下半年开工 continues the clause before it).

    The key entity of ``measure`` among ``mentions`` (rows with canonical, type, start, end).

    Mentions count inside the clause of the quote that holds the action (offsets into the
    original, as the measure's ``start``/``end``), except names listed in front of a 的. Without
    one, the key is the head of the object (after its last 的), else the normalised object, or,
    when the object is missing or only repeats the verb, the words before the verb (times and
    status cues left out), else the whole quote: a verb alone never joins two measures.
    """
    order = {t: i for i, (t, _why) in enumerate(KEY_TYPES)}
    quote = to_simplified(measure.get("quote") or "")
    c0, c1 = _action_clause(measure)
    inside = [
        m
        for m in mentions
        if m["type"] in order
        and measure["start"] + c0 <= m["start"]
        and m["end"] <= measure["start"] + c1
        and not _is_listed_modifier(quote, m["end"] - measure["start"])
    ]
    obj = _plain(measure.get("object") or "")
    if _NOISE.sub("", obj) in EMPTY_OBJECTS:
        obj = ""
    named = [m for m in inside if m["canonical"] in obj or to_simplified(m["text"]) in obj]
    chosen = sorted(named or inside, key=lambda m: (order[m["type"]], m["start"]))
    if chosen:
        return str(chosen[0]["canonical"])
    head = _head_after_de(_plain(quote)[c0:c1]) or _head_after_de(obj)
    action = _NOISE.sub("", _plain(measure.get("action") or ""))
    obj = _NOISE.sub("", obj)
    if not head and obj in ("", action):  # no object: what comes before the verb is the topic
        return _before_action(_plain(quote)[c0:c1], action)
    return head or obj or action


def measure_key(measure: dict[str, Any], mentions: list[dict[str, Any]]) -> str:
    """The key entity of ``measure`` among ``mentions`` (``topic_key``), else its whole quote
    (Han characters only): a verb alone never joins two measures."""
    return topic_key(measure, mentions) or quote_key(measure)


def quote_key(measure: dict[str, Any]) -> str:
    """The key of a measure with no topic (``topic_key`` is ""): the Han characters of its
    quote, else its action."""
    return _NOT_HAN.sub("", _plain(measure.get("quote") or "")) or _NOISE.sub(
        "", _plain(measure.get("action") or "")
    )


def _before_action(clause: str, action: str) -> str:
    """The Han text of ``clause`` before ``action``, status cues left out (材料基因组大科学装置
    平台正在加快建设 -> 材料基因组大科学装置平台); "" when the action is not found."""
    at = clause.find(action) if action else -1
    if at <= 0:
        return ""
    kept = list(clause[:at])
    for rx in (CUE_RE, _TIME_RE, _MANNER_RE):  # on the whole clause: cues look ahead (预计…开通)
        for m in rx.finditer(clause):
            kept[m.start() : min(m.end(), at)] = [" "] * max(0, min(m.end(), at) - m.start())
    # Latin letters and digits stay when they are part of the name (T3航站楼, 5G基站), as they do
    # in an object, so that both forms of a project give one key; times are blanked above.
    return _NOT_NAME.sub("", "".join(kept))


def _head_after_de(text: str) -> str:
    """The project phrase after the last 的 of ``text`` (…东门商圈的小运量轨道项目已完成 -> 小运量轨道)."""
    at = text.rfind("的")
    if at < 0:
        return ""
    return _trim_phrase(text[at + 1 :])


def _trim_phrase(text: str, *, first: int = 1) -> str:
    """Cut a phrase at the first non-Han character, stop word or status cue, then drop a closing
    project noun (项目, 工程) and a closing action verb (开工). Stops count from ``first`` on."""
    text = _NOISE.sub("", text)
    cut = len(text)
    for rx in (_NOT_HAN, _STOP_RE, CUE_RE):
        if (m := rx.search(text, first)) and m.start() < cut:
            cut = m.start()
    phrase = text[:cut]
    for noun, _why in PROJECT_NOUNS:
        if noun in phrase[first:]:
            phrase = phrase[: phrase.index(noun, first)]
            break
    verbs = [m for m in VERB_RE.finditer(phrase) if m.end() == len(phrase) and m.start() > first]
    if verbs:
        phrase = phrase[: verbs[0].start()]
    return phrase


def names_project(measure: dict[str, Any], key: str) -> bool:
    """Whether the quote names the key itself as the project: the key is followed at once by a
    project noun (小运量轨道项目已完成…) or ends its clause (…研究建设小运量轨道)."""
    quote = _plain(measure.get("quote") or "")
    at = quote.find(key)
    if at < 0:
        return False
    rest = quote[at + len(key) :]
    return not rest or bool(_CLAUSE.match(rest)) or rest.startswith(tuple(n for n, _why in PROJECT_NOUNS))


def project_phrase(measure: dict[str, Any], key: str) -> str:
    """What the measure is about, named from its key on: the words after the key in the quote up
    to the predicate (力争罗湖口岸升级改造项目开工 -> 罗湖口岸升级改造); the key alone when the
    predicate follows it at once (罗湖口岸将于2023年启动…)."""
    quote = _plain(measure.get("quote") or "")
    at = quote.find(key)
    if at < 0:
        return key
    return key + _trim_phrase(quote[at + len(key) :], first=0)


def group_tracks(measures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group measure rows (with ``key``, ``action``, ``object``, ``status``, ``published``) into tracks.

    Returns ``[{"key", "title", "status", "first_seen", "last_seen", "measure_ids"}]``, the history
    ordered by publication date; ``status`` is the status of the latest mention (``_track_status``).
    """
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in measures:
        by_key[m["key"]].append(m)
    groups = [(key, cluster) for key, items in by_key.items() for cluster in _clusters(items, key)]
    tracks = []
    for key, title, cluster in _merge_variants(groups):
        # on one date the main clause gives the status, not the next step said after it
        # (…已完成可行性研究，拟于下半年开工: a continuation, ``context``)
        cluster.sort(
            key=lambda m: (
                m.get("published") or "",
                "context" not in m,
                _STATUS_ORDER.get(m["status"], 0),
            )
        )
        latest = cluster[-1]
        tracks.append(
            {
                "key": key,
                "title": title,
                "status": _track_status(cluster),
                "first_seen": cluster[0].get("published"),
                "last_seen": latest.get("published"),
                "measure_ids": [m["measure_id"] for m in cluster],
            }
        )
    return tracks


#: what a project's name may carry after it and still name the same project (…第三跑道建设,
#: …第三跑道主体工程)
_GENERIC_TAIL = re.compile(r"(?:主体工程|工程|项目|建设)+$")
#: a phase, section, line or number: 光侨路快速化改造一期 is not 光侨路快速化改造
_PART_MARK = re.compile(r"[期段延号线支0-9]")


def _core(title: str) -> str:
    """The project a track title names, without the key entity before it and generic tails."""
    return _GENERIC_TAIL.sub("", title.rsplit(": ", 1)[-1])


def _merge_variants(
    groups: list[tuple[str, list[dict[str, Any]]]],
) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """Join the tracks of one project keyed two ways: when a title's project (``_core``, at least
    three characters) sits inside another's with at most two more characters and none of them
    marks a phase, section or number (第三跑道建设 under 深圳宝安国际机场 and 机场第三跑道主体工程),
    the shorter joins the longer, under the longer's key and title. 光侨路快速化改造 and …一期,
    13号线 and 13号线北延段 stay apart. Returns ``(key, title, cluster)``."""
    titles = [track_title(cluster, key) for key, cluster in groups]
    cores = [_core(title) for title in titles]
    into: dict[int, int] = {}
    for i, short in enumerate(cores):
        if len(short) < 3:
            continue
        hosts = [
            j
            for j, long in enumerate(cores)
            if j != i
            and j not in into
            and short in long
            and (len(long), j) > (len(short), i)
            and len(long) - len(short) <= 2
            and not _PART_MARK.search(long.replace(short, "", 1))
        ]
        if len(hosts) == 1:
            into[i] = hosts[0]
    merged: dict[int, list[dict[str, Any]]] = {}
    for i, (_key, cluster) in enumerate(groups):
        root = i
        while root in into:
            root = into[root]
        merged.setdefault(root, []).extend(cluster)
    return [(groups[root][0], titles[root], cluster) for root, cluster in merged.items()]


def _track_status(cluster: list[dict[str, Any]]) -> str:
    """The status of the latest mention; but when the latest document reports one step done and
    the next still to come (…已完成可行性研究，拟于下半年开工; 已开工…2027年底前完成全部改造), the
    project itself is under way: ``ongoing``."""
    latest = cluster[-1]
    same_day = {m["status"] for m in cluster if m.get("published") == latest.get("published")}
    if latest["status"] == "done" and same_day & {"planned", "ongoing"}:
        return "ongoing"
    return str(latest["status"])


def track_title(cluster: list[dict[str, Any]], key: str) -> str:
    """The project a track is about: the most frequent project phrase longer than the key among
    its mentions (ties: the longest), else the key with the most frequent object that is not just
    the verb (小运量轨道, 自助查验通道200条), else the key."""
    cluster = [m for m in cluster if "context" not in m] or cluster  # continuations name nothing
    if all(names_project(m, key) for m in cluster):
        return _shorten(key)
    phrases = Counter(p for m in cluster if len(p := project_phrase(m, key)) > len(key))
    if phrases:
        return _shorten(max(phrases.items(), key=lambda pc: (pc[1], len(pc[0])))[0])
    objects = Counter(o for m in cluster if (o := _object(m)))
    if objects:
        obj = objects.most_common(1)[0][0]
        if _NOISE.sub("", _plain(key)) in _NOISE.sub("", obj):
            return _shorten(obj)
        return f"{_shorten(key)}: {_shorten(obj)}"
    return _shorten(key)


def _only_status_after(measure: dict[str, Any], key: str) -> bool:
    """Whether the words after ``key`` in the quote only say how far the project is: status cues,
    times, manner adverbs and one of ``STATUS_VERBS`` (已全部完成, 正在建设中), nothing that names
    a part of it (启动扩建, 冷链功能转移)."""
    quote = _plain(measure.get("quote") or "")
    at = quote.find(key)
    if at < 0:
        return False
    rest = quote[at + len(key) :]
    if m := _CLAUSE.search(rest):
        rest = rest[: m.start()]
    for rx in (CUE_RE, _TIME_RE, _MANNER_RE, _NOT_HAN):
        rest = rx.sub("", rest)
    rest = rest.rstrip("中了")
    return rest in {w for w, _why in STATUS_VERBS}


def _object(measure: dict[str, Any]) -> str:
    """The measure's object, "" when it only repeats the verb (完成) or is an aspect particle (中)."""
    obj = _plain(measure.get("object") or "").strip()
    bare = _NOISE.sub("", obj)
    return "" if bare in EMPTY_OBJECTS or bare == _NOISE.sub("", _plain(measure.get("action") or "")) else obj


def _shorten(text: str) -> str:
    """``text`` cut to ``MAX_TITLE`` characters (a long list of objects: its first items, then …)."""
    return text if len(text) <= MAX_TITLE else text[:MAX_TITLE].rstrip("、，,和与及") + "…"


def _topic_grams(measure: dict[str, Any], key: str) -> set[str]:
    """Bigrams of what a measure is about: its project phrase and object, the key left out.

    The object and the project phrase are used, not the whole quote: the quote also holds the
    verbs, the plan that asks for it and neighbouring names, which would join different projects
    of one place. 货运功能将加快转移 (a plan) and 货运功能转移已全部完成 (a result) share their
    object words.
    """
    if "context" in measure:  # a clause with no topic of its own (``topic_key``): the measure it continues
        return _topic_grams(measure["context"], key)
    if names_project(measure, key):  # the key is the project: no object words to compare
        return set()
    if not _object(measure) and _only_status_after(measure, key):
        return set()  # 较场尾民宿区提升改造已全部完成: the key is the project, the rest says how far it is
    grams = _grams_without(_plain((measure.get("object") or "") + "\n" + project_phrase(measure, key)), key)
    if not grams:  # the object is only the key (北湾码头 + 启动扩建): the words of the quote say what
        grams = _grams_without(_plain(measure.get("quote") or ""), key)
    return grams


def _grams_without(text: str, key: str) -> set[str]:
    """Bigrams of the Han runs of ``text`` with ``key`` cut out (numbers and dates vary)."""
    text = _NOT_HAN.sub("\n", text.replace(key, "\n"))
    return {p[i : i + 2] for p in text.split("\n") for i in range(len(p) - 1)} - bigrams(key)


def _clusters(items: list[dict[str, Any]], key: str) -> list[list[dict[str, Any]]]:
    """Single-link clusters of measures by topic similarity (``_topic_grams``).

    Measures with the same topic bigrams are merged first (copies and reprints cost nothing);
    the distinct topics are then compared pairwise, or, above ``MAX_PAIRWISE`` distinct topics,
    grouped by exact action to stay linear.
    """
    topics: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    for m in items:
        topics[frozenset(_topic_grams(m, key))].append(m)
    sets = list(topics)
    if len(sets) > MAX_PAIRWISE:
        exact: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for m in items:
            exact[to_simplified(m.get("action") or "")].append(m)
        return list(exact.values())
    parent = list(range(len(sets)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            if (not sets[i] and not sets[j]) or similarity(sets[i], sets[j]) >= ACTION_SIMILARITY:
                parent[find(i)] = find(j)
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for i, topic in enumerate(sets):
        out[find(i)].extend(topics[topic])
    return list(out.values())
