"""The subject of a fact: what is measured, as a short normalised noun phrase.

Positions are indices into one paragraph's clean text. The subject comes from the clause's
structure, never from a list of indicators:

- ``[subject][link verb][number]`` (深圳口岸出入境人员数量突破2.73亿人次): the phrase before the
  number, with leading connectives/time words and trailing link verbs stripped;
- ``[verb][number][classifier][noun]`` (引进落地2家外商独资医院): the verb phrase before plus the
  noun phrase after the classifier (read with rjieba's part-of-speech tags);
- a bare head (总数达到97家, 占比93.3%, 同比增长14%): the previous fact's subject plus the head.

``normalise_subject`` makes the same indicator phrased in two articles come out the same:
quotes and spaces dropped, 全年/全市/共/累计 removed (also right after a leading place, with
its 的: 深圳的X = 深圳X), a trailing 数量 dropped, and the place prefixed when the phrase does not
already start with a place. ``clean_pre`` keeps what follows a reporting verb (提出, 表示) and
drops plan markers and adverbs before the number (力争, 仅, 就); ``facts`` removes each time
expression with its preposition and suffix (到2026年, 自2019年以来) before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import rjieba

from tequ.extract import factdata as fd

_NOUNISH = frozenset(
    {"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "vn", "an", "j", "l", "s", "b", "a", "eng", "f", "i"}
)
_QUOTES = "“”‘’\"'「」『』"
_PREDICATES = frozenset(fd.PREDICATE_VERBS)
_GENERIC_HEADS = frozenset(fd.GENERIC_HEADS)
_LIST_JOINS = ("、", "和", "及", "与", "以及")
LIST_JOINS = _LIST_JOINS
_MODIFIER_ENDS = ("级", "类", "型", "性", "式", "批", "期")
_NO_QUOTES = str.maketrans("", "", _QUOTES)
_LEAD_AND_OWN = fd.SUBJECT_LEAD_STRIP + fd.OWN_PLACE_WORDS
# after a place name: the same words but a wider scope (前海全国复制推广…: replicated nationwide)
_AFTER_PLACE = tuple(w for w in _LEAD_AND_OWN if w not in ("全国", "全省"))
_JOINERS = ("或", "和", "及", "与", "、")
_PUNCT = "，,、：:；;。！？!?（）()“”‘’\"'《》 "
_CUT_AFTER = ("了", "把", "被", "对于", "通过", "实现", "完成", "提供", *fd.REPORTING_VERBS)
_COMPARISON_RE = re.compile(
    r"^(?:较|比|相比|相较|与)(?:\d{4}年)?(?:\d{1,2}月)?(?:底|初|末|同期|上年|去年|上月|前)?(?:相比)?"
)
_YEAR_LEAD_RE = re.compile(r"^(?:\d{4}年(?:\d{1,2}[—\-–~至]\d{1,2}月|\d{1,2}月)?)+")
_ITEM_SPLIT_RE = re.compile("以及|和|及|与")
_CONJ_END = ("和", "及", "以及", "与", "、", "或")
# A headline's predicate before its figure (吞吐量首破, 收入重回, 产值再创新高, 总量历史性突破):
# an optional adverb of order or manner, then a verb of reaching, passing or returning to a
# level, or of setting a record. A one-character verb (破, 超) only after such an adverb, so no
# noun ending in it is cut; 创 only with what it sets (新高, 纪录), never 创新 alone. An adverb
# of two characters or more also goes alone: the number's cue word took its verb (历史性[突破]).
_PREDICATE_ADVERB = "首次|再次|再度|首度|又一次|一举|历史性|成功|率先|稳步|正式|首|再|又|已|将"
_PREDICATE_VERB = (
    "突破|冲破|攻破|重回|回到|回升至|站上|站稳|迈上|迈入|迈过|跨上|跨入|跨过|跃上|跃居|跃升至|登上|冲上"
)
_RECORD = "(?:再创|又创|创出|创下|创|刷新)(?:历史|年度)?(?:新高|最高|新纪录|纪录)(?:水平)?"
_LONE_ADVERB = "首次|再次|再度|首度|又一次|一举|历史性|率先"
_PREDICATE_TAIL_RE = re.compile(
    rf"(?:(?:{_PREDICATE_ADVERB})?(?:{_PREDICATE_VERB})|(?:{_PREDICATE_ADVERB})(?:破|超)|{_RECORD}|{_LONE_ADVERB})$"
)
_MAX_PRE = 18
_MAX_SUBJECT = 32
_SPACE_RE = re.compile(r"\s+")
_PLACE_START_RE = re.compile("|".join(re.escape(p) for p in sorted(fd.PLACES, key=len, reverse=True)))


@lru_cache(maxsize=32)
def _strip_re(words: tuple[str, ...], leading: bool) -> re.Pattern[str]:
    if leading:
        alt = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
        return re.compile(rf"^(?:{alt})+(?=.)", re.S)
    alt = "|".join(_unsplit(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?:{alt})+$", re.S)


def _unsplit(word: str) -> str:
    """``word`` as a pattern that does not match the tail of an average word (均 of 日均)."""
    whole = (*fd.AVERAGE_WORDS, *fd.SUBJECT_WHOLE_WORDS)
    heads = {a[: -len(word)] for a in whole if a.endswith(word) and a != word}
    return "".join(f"(?<!{re.escape(h)})" for h in sorted(heads)) + re.escape(word)


def _strip_words(s: str, words: tuple[str, ...], *, leading: bool) -> str:
    """``s`` without any run of ``words`` at its start (a non-empty rest kept) or end."""
    return _strip_re(words, leading).sub("", s, count=1)


@lru_cache(maxsize=8192)
def clean_pre(segment: str) -> str:
    """The subject phrase in ``segment`` (clause text before the number and its cue words;
    cached: the same clause heads recur across paragraphs and articles)."""
    s = _SPACE_RE.sub("", segment).strip(_PUNCT)
    if s.startswith(fd.THRESHOLD_NOUNS):  # 迈上4万亿元台阶、达到…: the noun closed the figure before
        s = s[2:].lstrip(_PUNCT)
    damaged = max(s.rfind("?"), s.rfind("\ufffd"))
    if damaged >= 0:
        s = s[damaged + 1 :]  # text up to a replacement mark is corrupted, keep what follows
    for cut in _CUT_AFTER:
        i = s.rfind(cut)
        if i >= 0:  # 工业投资完成480亿元: nothing after the verb, so the phrase before it
            s = s[i + len(cut) :].removeprefix("后") or s[:i]  # 改造完成后旅客…: 后 goes too
    if s.endswith(_CONJ_END):
        return ""
    s = _strip_tail(s)
    s = _YEAR_LEAD_RE.sub("", s)
    s = _COMPARISON_RE.sub("", s)
    if s in fd.OWN_PLACE_WORDS:
        return ""  # 该区引进…: the place alone (normalise_subject puts it back)
    s = _strip_words(s, _LEAD_AND_OWN, leading=True)  # (该区 whole, not 该 + 区)
    if len(s) > _MAX_PRE:
        s = _cut_words(s, _MAX_PRE)
    return s.strip(_QUOTES + "，,、")


def _strip_tail(s: str) -> str:
    """``s`` without its link words (``SUBJECT_TAIL_STRIP``: 达到, 约) and headline predicates
    (``_PREDICATE_TAIL_RE``: 首破, 重回, 创新高), in any order (产值再创新高达…), a non-empty
    phrase kept."""
    while True:
        before = s
        if (m := _PREDICATE_TAIL_RE.search(s)) and m.start() > 0:
            s = s[: m.start()].rstrip("，,、：:；; ")
        s = _strip_words(s, fd.SUBJECT_TAIL_STRIP, leading=False).rstrip("，,、：:；; ")
        if s == before:
            return s


def _cut_words(s: str, limit: int) -> str:
    """The longest tail of ``s`` within ``limit`` characters that starts at a word boundary."""
    words = [w for w, _ in tags(s)]
    while words and sum(map(len, words)) > limit:
        words.pop(0)
    return "".join(words)


@lru_cache(maxsize=4096)
def tags(text: str) -> tuple[tuple[str, str], ...]:
    """rjieba words with part-of-speech tags (cached: subjects repeat across a corpus)."""
    return tuple(rjieba.tag(text))


def noun_after(text: str, start: int, end: int) -> str:
    """The noun phrase starting at ``text[start]`` (a leading 的 skipped, up to ``end``): nouns,
    adjectives, quotes, 或/和/与 between nouns, and verbs used as modifiers (联营律师事务所);
    it ends at a predicate verb (``PREDICATE_VERBS``), a particle or punctuation."""
    if text.startswith("的", start):
        start += 1
    window = text[start : min(end, start + 20)]
    if not window:
        return ""
    words: list[str] = []
    verbs: set[str] = set()
    for word, pos in tags(window):
        if word in _PREDICATES:
            break
        if pos in _NOUNISH or (pos == "m" and not any(c.isdigit() for c in word)):
            words.append(word)
        elif pos == "x" and word in _QUOTES:
            continue
        elif (word == "、" and words) or (pos in ("c", "p") and word in _JOINERS and words):
            words.append(word)
        elif pos in ("v", "vd"):
            words.append(word)
            verbs.add(word)
        else:
            break
    while words and (words[-1] in _JOINERS or words[-1] in verbs):
        words.pop()  # a verb ends the phrase only as a modifier before a noun
    return "".join(words)


@lru_cache(maxsize=8192)
def normalise_subject(subject: str, place: str | None) -> str:
    """Stable form of a subject: no quotes or spaces, scope words dropped, place prefixed
    (cached: subjects repeat across a corpus)."""
    s = _SPACE_RE.sub("", subject).translate(_NO_QUOTES)
    s = _strip_words(s, _LEAD_AND_OWN, leading=True)
    s = s.removeprefix("的")  # 全市的X: X
    if s in fd.OWN_PLACE_WORDS:
        s = ""  # 全区实现正增长3%: the place itself
    if (m := _PLACE_START_RE.match(s)) and m.end() < len(s):  # 福田将力争引进…, 深圳的…: after
        rest = _strip_words(s[m.end() :].removeprefix("的"), _AFTER_PLACE, leading=True)  # the place
        s = s[: m.end()] + rest
    if any(c in s for c in "()（）《》"):
        s = _balance(s)
    for tail in ("数量", "总量"):
        if s.endswith(tail) and len(s) > len(tail) + 1 and "占" not in s:  # (占汽车总量: the whole)
            s = s[: -len(tail)]
    if place and not s.startswith(place) and not _PLACE_START_RE.match(s):
        s = place + s  # (a phrase left empty is the place alone, never an empty subject)
    return s[:_MAX_SUBJECT]


def _balance(s: str) -> str:
    """Drop brackets left unmatched by cutting the phrase (``香港)、南方科技大学`` -> ``香港、…``)."""
    for op, cl in (("(", ")"), ("（", "）"), ("《", "》")):
        if s.count(op) != s.count(cl):
            s = s.replace(op, "").replace(cl, "")
    return s


def distribute(text: str, cands: Sequence[Any], clauses: Sequence[int]) -> dict[int, str]:
    """Subjects of parallel lists: ``A、B…N1、N2`` (分别增至33家、29个) gives the i-th number the
    i-th item; a leading item that is only a modifier shares the last item's head noun
    (国家级、省级临床重点专科2个、44个 -> 国家级临床重点专科, 省级临床重点专科).

    ``cands`` have ``a`` (quote start), ``b`` (quote end) and ``n`` (number start); the result
    maps ``id(candidate)`` to its subject phrase.
    """
    out: dict[int, str] = {}
    i = 0
    while i < len(cands):
        j = i
        while j + 1 < len(cands) and text[cands[j].b : cands[j + 1].a] in _LIST_JOINS:
            j += 1
        if j > i:
            lo = clauses[max(0, bisect.bisect_right(clauses, cands[i].n) - 1)]
            items = [x for x in clean_pre(text[lo : cands[i].a]).split("、") if x]
            if len(items) == 1 and j > i:  # 出口和进口分别下降3%、5%
                items = [x for x in _ITEM_SPLIT_RE.split(items[0]) if x]
            if len(items) == j - i + 1:
                lead = ""
                if items[0].endswith(_MODIFIER_ENDS):  # 深圳新增国家级、省级…: 深圳新增 is shared
                    lead = "".join(w for w, _ in tags(items[0])[:-1])
                for k, c in enumerate(cands[i : j + 1]):
                    out[id(c)] = (lead if k else "") + _with_head(items[k], items[-1])
        i = j + 1
    return out


def _with_head(item: str, last: str) -> str:
    """``国家级`` + ``省级临床重点专科`` -> ``国家级临床重点专科`` (a modifier shares the head)."""
    if item is last or not item.endswith(_MODIFIER_ENDS):
        return item
    cut = last.find(item[-1])
    return item + last[cut + 1 :] if 0 <= cut < 4 else item


def borrow(previous: str | None, head: str) -> str:
    """A subject for a bare head (总数, 占比...) from the previous fact's subject."""
    if not previous:
        return head
    base = previous
    m = _PLACE_START_RE.match(base)
    lead = m.end() if m else 0  # (the place a normalised subject starts with)
    for verb in sorted(fd.FLOW_VERBS, key=len, reverse=True):
        i = base.find(verb)
        if 0 <= i <= 4 or i == lead:
            base = base[:i] + base[i + len(verb) :]
            while (nxt := next((v for v in fd.FLOW_VERBS if base.startswith(v, i)), None)) is not None:
                base = base[:i] + base[i + len(nxt) :]  # 引进落地: every flow verb of the run
            break
    return base + head if head and not base.endswith(head) else base


def list_item(previous: str, item: str) -> str:
    """The subject of a list item after another (新增托位5000个、学位3万个): the item, with the
    flow verb that leads the previous subject (新增学位), else the item alone."""
    m = _PLACE_START_RE.match(previous)
    lead = m.end() if m else 0
    for verb in sorted(fd.FLOW_VERBS, key=len, reverse=True):
        if previous.startswith(verb, lead):
            return verb + item
    return item


def with_average(phrase: str, word: str) -> str:
    """``phrase`` with the average word ``word`` (日均, 人均) before its head noun: Chinese
    noun phrases are head-final (旅客 + 日均 -> 日均旅客, 居民收入 + 人均 -> 居民人均收入)."""
    if word in phrase:
        return phrase
    words = tags(phrase)
    if words and words[-1][1] in _NOUNISH:
        return phrase[: len(phrase) - len(words[-1][0])] + word + words[-1][0]
    return phrase + word


def is_generic(pre: str) -> bool:
    """True when ``pre`` is empty, a bare head (总数), a lone verb (扩展) or a relation to
    something before (占GDP比重)."""
    return len(pre) <= 2 or pre in _GENERIC_HEADS or pre.startswith("占")
