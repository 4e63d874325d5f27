"""Chinese and Arabic number expressions: parse one, or find every one in running text.

``parse_number`` reads one expression (``1,234.5``, ``１２３``, ``一百二十三万``, ``2.73亿``,
``4.1万亿``, ``三万五``, ``壹佰贰拾``, ``百分之十二点五``, ``三成``, ``三分之一``) to a float.
Percent forms give the value in percent units (``三成`` -> 30.0), per-mille forms in per-mille
units.

``find_numbers`` scans text and returns ``NumberSpan`` objects whose ``[start, end)`` are
code-point offsets into the text it was given (end exclusive), so ``text[s.start:s.end] ==
s.text``. It never raises. Chinese numerals count only before a measure word, a magnitude or a
percent marker, or when long enough to be unambiguous; fixed words (统一, 进一步, 一带一路...)
come from the table in ``numdata``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from tequ.errors import ParseError
from tequ.extract.numdata import (
    ASCII_UNITS,
    DIGITS,
    FIXED_PHRASES,
    MEASURE_WORDS,
    NOT_CHENG_NEXT,
)
from tequ.extract.numparse import normalise, parse_expr, parse_plain


class NumberSpan(NamedTuple):
    """One numeric expression at ``text[start:end]`` (a named tuple: immutable, and about ten
    times cheaper to make than a frozen dataclass; a paragraph makes one per number).

    ``value`` is the number (the low end for a range, ``high`` its top); percent forms
    (``%``, ``百分之``, ``成``) have ``percent=True`` and the value in percent units, ``‰`` and
    ``千分之`` have ``permille=True``. ``ordinal`` marks ``第N``, ``plan`` a five-year-plan
    name (十四五 -> 14), ``approx_suffix`` a trailing 多/余/几 (``500余`` -> ``"余"``).
    """

    start: int
    end: int
    text: str
    value: float
    high: float | None = None
    percent: bool = False
    permille: bool = False
    ordinal: bool = False
    approx_suffix: str | None = None
    plan: bool = False

    def bounds(self) -> tuple[float, float]:
        """``(low, high)``: the range, or for 多/余/几 the value up to one more unit of its
        last significant place (``3000多`` -> 3000..4000, ``十几`` -> 10..20)."""
        if self.high is not None:
            return self.value, self.high
        if not self.approx_suffix or self.value == 0:
            return self.value, self.value
        place = Decimal(repr(abs(self.value))).normalize()
        step = Decimal(1).scaleb(place.as_tuple().exponent)
        return self.value, float(Decimal(repr(self.value)) + step.copy_sign(Decimal(repr(self.value))))


def parse_number(text: str) -> float:
    """Value of one numeric expression; ``ParseError`` when ``text`` is not exactly one.

    Percent forms return percent units (``百分之十二点五`` -> 12.5, ``三成`` -> 30.0);
    ``‰``/``千分之`` return per-mille units; fractions their quotient (``三分之一``).
    """
    try:
        value, _kind = parse_expr(text)
    except (InvalidOperation, ZeroDivisionError, KeyError, IndexError) as e:
        raise ParseError(text, f"not a number ({type(e).__name__})") from e
    return float(value)


def parse_quantity(text: str) -> tuple[float, str]:
    """Like ``parse_number`` but also returns the kind: ``""``, ``"percent"`` or ``"permille"``."""
    try:
        value, kind = parse_expr(text)
    except (InvalidOperation, ZeroDivisionError, KeyError, IndexError) as e:
        raise ParseError(text, f"not a number ({type(e).__name__})") from e
    return float(value), kind


# ---------------------------------------------------------------- scanning
_SD = "零〇○一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"  # digits seen in running text
_SU = "十拾百佰千仟万萬亿億廿卅"  # units seen in running text
_AD = "0-9０-９"
_AR = rf"[{_AD}]+(?:[,，][{_AD}]{{3}}(?![{_AD}]))*(?:[.．][{_AD}]+)?"
_CORE = (
    rf"(?>(?:{_AR}(?: (?=[{_SU}]))?|[{_SD}{_SU}](?<!千(?=[瓦米克]))|(?<=[{_SD}])个(?=[亿億]))+)"
    rf"(?:[点點][{_SD}]+[{_SU}]*(?![分钟刻半鐘]))?"
)
_SEP = r"[ \t]*(?:至|到|~|～|-{1,2}|－|—{1,2}|–|―|−)[ \t]*"
_PCT_WORD = "(?:百分之|千分之|万分之)"
_PLAN = r"(?:十[一二三四五]|[一二三四五六七八九])五"


def _num(tag: str) -> str:
    """One number with optional sign, 多/余/几 + magnitude, and percent/成 suffix."""
    return (
        rf"(?P<{tag}>(?:负|零下|(?<![0-9A-Za-z０-９)）.])[-−－](?=[{_AD}]))?{_CORE}"
        rf"(?:[多余几][{_SU}]*)?(?:[%％‰]|成(?![{NOT_CHENG_NEXT}]))?)"
    )


def _phrases() -> str:
    words = sorted(set(FIXED_PHRASES), key=len, reverse=True)
    alts = [re.escape(w) + ("(?!之)" if w.endswith("分") else "") for w in words]
    return "|".join(alts)


_MEASURE_ALT = "|".join(re.escape(w) for w in sorted(MEASURE_WORDS, key=len, reverse=True))
_SCAN_RE = re.compile(
    rf"(?P<plan>(?<=[“\"「‘]){_PLAN}(?=[”\"」’])|{_PLAN}(?=规划|时期|期间|末|初|开局|收官|以来))"
    rf"|(?P<block>{_phrases()})"
    rf"|(?P<pctw>负?{_PCT_WORD}{_CORE}(?:{_SEP}{_PCT_WORD}?{_CORE})?)"
    rf"|(?P<frac>{_CORE}分之{_CORE})"
    rf"|(?P<ord>第{_CORE})"
    rf"|(?P<vague>[数几][十百千万亿萬億]+)"
    rf"|{_num('n1')}(?:(?P<u1>{_MEASURE_ALT})?(?:[（(]含[）)])?{_SEP}{_num('n2')})?"
)
_PARTS_RE = re.compile(
    rf"(?P<neg>负|零下|[-−－])?(?P<core>{_CORE})(?:(?P<apx>[多余几])(?P<mag>[{_SU}]*))?"
    rf"(?P<pct>[%％‰]|成)?"
)
_MEASURE_RE = re.compile(_MEASURE_ALT)
_ASCII_UNIT_RE = re.compile("(?:" + "|".join(sorted(ASCII_UNITS, key=len, reverse=True)) + ")(?![A-Za-z])")
_ADJ_RE = re.compile(
    r"(?P<pre>(?:[一二两三四五六七八九][十百千]|十)*)(?P<a>[一二两三四五六七八九])"
    r"(?P<b>[一二两三四五六七八九])(?P<suf>[十百千万亿]*)"
)
# Every character a ``_SCAN_RE`` match can start with (checked against finditer by a test).
_TRIGGER_RE = re.compile(
    rf"[{_AD}"
    + re.escape("".join(sorted({w[0] for w in FIXED_PHRASES} | set(_SD + _SU + "第负-−－数几"))))
    + "]"
)
# ``_SCAN_RE`` tried only where ``_TRIGGER_RE`` matches: its matches are those of
# ``iter_matches(_SCAN_RE, _TRIGGER_RE, text)``, but the regex engine skips the other
# positions in C instead of a Python loop going from one trigger to the next.
_SCAN_AT_TRIGGER_RE = re.compile(f"(?={_TRIGGER_RE.pattern})(?:{_SCAN_RE.pattern})")
_HAS_ARABIC_RE = re.compile(rf"[{_AD}]")
_MAG_TAIL_RE = re.compile(rf"[{_SU}]+$")
_CALENDAR_NEXT = "月日号"
_TALLY_DIGITS = "两二三四五六七八九十"  # digits that count items in 三大 / 十大 (一大 is a word)


_MAGNITUDES = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6, "千万": 10**7,
               "亿": 10**8, "十亿": 10**9, "百亿": 10**10, "千亿": 10**11, "万亿": 10**12}  # fmt: skip
_PLAIN_ARABIC_RE = re.compile(
    r"(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<m>" + "|".join(sorted(_MAGNITUDES, key=len, reverse=True)) + ")"
)
_PLAIN_LIMIT = Decimal(10) ** 24  # as numparse: larger digit strings are IDs, not quantities


@dataclass(frozen=True, slots=True)
class _Raw:
    """A number read from a match before it is judged to be a quantity."""

    value: Decimal
    high: Decimal | None
    kind: str  # "", "percent", "permille"
    approx: str | None
    core: str
    arabic: bool


def _core_value(core: str) -> tuple[Decimal, Decimal | None]:
    """Value of a bare numeral, or a (low, high) pair for 十七八万 / 三五百 / 两三."""
    plain = _PLAIN_ARABIC_RE.fullmatch(core)
    if plain and (plain["n"].strip("0.") or not plain["m"]):  # (0万 is an error: the slow path says why)
        # 2024, 12.5, 2.73亿, 3千万: what parse_plain would give, directly
        value = Decimal(plain["n"]) * _MAGNITUDES[plain["m"]]
        if value >= _PLAIN_LIMIT:
            raise ParseError(core, "too large to be a quantity")
        return value, None
    norm = normalise(core)
    adj = _ADJ_RE.fullmatch(norm)
    if adj:
        a, b = DIGITS[adj["a"]], DIGITS[adj["b"]]
        if b == a + 1 or (a, b) == (3, 5):
            low = parse_plain(adj["pre"] + adj["a"] + adj["suf"], core)
            return low, parse_plain(adj["pre"] + adj["b"] + adj["suf"], core)
    return parse_plain(norm, core), None


def _read(text: str, start: int, end: int) -> _Raw:
    """Parse ``text[start:end]`` (one ``_num`` match) into a ``_Raw``; ParseError if not one."""
    # the character before counts: _CORE's 个 look-behind may see it
    return _read_cached(text[max(0, start - 1) : end], 1 if start else 0)[0]


@lru_cache(maxsize=8192)
def _read_cached(chunk: str, pos: int) -> tuple[_Raw, float, float | None]:
    """``_read`` of ``chunk[pos:]`` and its value and high end as floats (cached: the same
    numbers recur)."""
    raw = _read_raw(chunk, pos)
    return raw, float(raw.value), (float(raw.high) if raw.high is not None else None)


def _read_raw(chunk: str, pos: int) -> _Raw:
    m = _PARTS_RE.fullmatch(chunk, pos)
    if m is None:
        raise ParseError(chunk[pos:], "not a number")
    core = m["core"]
    low, high = _core_value(core)
    if m["apx"] and m["mag"]:
        scale = parse_plain("一" + m["mag"], core)
        low, high = low * scale, (high * scale if high is not None else None)
    kind = ""
    pct = m["pct"]
    if pct in ("%", "％"):
        kind = "percent"
    elif pct == "‰":
        kind = "permille"
    elif pct == "成":
        if high is not None or low > 10 or low != low.to_integral_value():
            raise ParseError(chunk[pos:], "成 after a number that is not tenths")
        low, kind = low * 10, "percent"
    if m["neg"]:
        low, high = -low, (-high if high is not None else None)
    arabic = _HAS_ARABIC_RE.search(core) is not None
    return _Raw(low, high, kind, m["apx"], core, arabic)


def _is_quantity(text: str, raw: _Raw, start: int, end: int) -> bool:
    """Arabic numbers count unless glued to Latin letters; Chinese ones need context."""
    if raw.arabic:
        if start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
            return False
        nxt = text[end : end + 1]
        return not (nxt.isascii() and nxt.isalpha()) or bool(_ASCII_UNIT_RE.match(text, end))
    if raw.kind or _MEASURE_RE.match(text, end):
        return True
    core = raw.core
    if text.startswith("大", end) and len(core) == 1 and core in _TALLY_DIGITS:
        return True  # 三大工程, 十大行动 (a count of named items); not 一大 or 二十大
    return len(core) >= 3 or (len(core) == 2 and core[0] in _SD and core[1] in _SU[2:])


def _span(text: str, start: int, end: int, raw: _Raw, **flags: bool) -> NumberSpan:
    return NumberSpan(
        start=start,
        end=end,
        text=text[start:end],
        value=float(raw.value),
        high=float(raw.high) if raw.high is not None else None,
        percent=raw.kind == "percent",
        permille=raw.kind == "permille",
        approx_suffix=raw.approx,
        **flags,
    )


def _single(text: str, start: int, end: int) -> list[NumberSpan]:
    raw, value, high = _read_cached(text[start - 1 : end], 1) if start else _read_cached(text[:end], 0)
    if not _is_quantity(text, raw, start, end):
        return []
    return [NumberSpan(start, end, text[start:end], value, high, raw.kind == "percent",
                       raw.kind == "permille", False, raw.approx)]  # fmt: skip


def _split_range(text: str, a: _Raw, b: _Raw, b_end: int) -> bool:
    """True when ``a SEP b`` is two numbers (1—11月, 2022-2023年, 2024-01) not a range."""
    nxt = text[b_end : b_end + 1]
    if nxt and nxt in _CALENDAR_NEXT and text[b_end + 1 : b_end + 2] != "元":
        return True
    a_digits, b_digits = normalise(a.core), normalise(b.core)
    if any(len(d) > 1 and d[0] == "0" and d[1:2] != "." for d in (a_digits, b_digits)):
        return True
    if nxt == "年" and len(normalise(a.core)) == 4 and len(b_digits) == 4:
        return True
    return a.high is not None or b.high is not None or bool(a.kind and not b.kind)


def _range(text: str, m: re.Match[str]) -> list[NumberSpan]:
    """``n1 SEP n2``: one range span (3至5万 -> 30000..50000) or two separate numbers.

    A unit written after both ends (1万元-5万元) must be the same; the left end inherits the
    right end's magnitude when it has none (3至5万, 一百二十到一百五十万, 两~3百).
    """
    s1, e1, s2, e2 = m.start("n1"), m.end("n1"), m.start("n2"), m.end("n2")
    apart = _safe_single(text, s1, e1) + _safe_single(text, s2, e2)
    try:
        a, b = _read(text, s1, e1), _read(text, s2, e2)
    except (ParseError, ArithmeticError, LookupError):
        return apart
    unit = m.group("u1")
    if _split_range(text, a, b, e2) or (unit and not text.startswith(unit, e2)):
        return apart
    low = _inherit(a, b)
    if low > b.value:
        low = a.value
    if low > b.value:
        return apart
    raw = _Raw(low, b.value, a.kind or b.kind, b.approx or a.approx, b.core, a.arabic or b.arabic)
    if not _is_quantity(text, raw, s1, e2):
        return apart
    return [_span(text, s1, e2, raw)]


_LARGE_TAIL_RE = re.compile(r"[万萬亿億]+$")
_ANY_UNIT_RE = re.compile(f"[{_SU}]")


def _inherit(a: _Raw, b: _Raw) -> Decimal:
    """The left end's value with the right end's trailing magnitude when it lacks one."""
    left, right = normalise(a.core), normalise(b.core)
    if a.approx or a.kind:
        return a.value
    if not _ANY_UNIT_RE.search(left):
        tail = _MAG_TAIL_RE.search(right)
    elif not _LARGE_TAIL_RE.search(left) and "万" not in left and "亿" not in left:
        tail = _LARGE_TAIL_RE.search(right)
    else:
        tail = None
    if tail is None or tail.group() == right:
        return a.value
    return a.value * parse_plain("一" + tail.group(), b.core)


def _safe_single(text: str, start: int, end: int) -> list[NumberSpan]:
    try:
        return _single(text, start, end)
    except (ParseError, ArithmeticError, LookupError):
        return []


def _special(text: str, m: re.Match[str]) -> list[NumberSpan]:
    """Plan names, 百分之 forms, fractions and ordinals."""
    start, end = m.span()
    if m.start("plan") != -1:
        raw = _Raw(parse_plain(m["plan"][:-1], m["plan"]), None, "", None, m["plan"], False)
        return [_span(text, start, end, raw, plan=True)]
    if m.start("ord") != -1:
        raw = _read(text, start + 1, end)
        return [_span(text, start, end, raw, ordinal=True)]
    if m.start("vague") != -1:  # 数十亿 / 几十万: one to ten times the magnitude
        low = parse_plain("一" + m.group()[1:], m.group())
        raw = _Raw(low, low * 10, "", m.group()[0], m.group(), False)
        return [_span(text, start, end, raw)] if _is_quantity(text, raw, start, end) else []
    if m.start("frac") != -1:
        value, kind = parse_expr(m.group())
        return [_span(text, start, end, _Raw(value, None, kind, None, m.group(), False))]
    sep = re.search(_SEP, m.group()[3:])
    if sep is None:
        value, kind = parse_expr(m.group())
        return [_span(text, start, end, _Raw(value, None, kind, None, m.group(), False))]
    left, right = m.group()[: 3 + sep.start()], m.group()[3 + sep.end() :]
    word = left[1:4] if left.startswith("负") else left[:3]
    low, kind = parse_expr(left)
    high, _ = parse_expr(right if right.startswith(word) else word + right)
    return [_span(text, start, end, _Raw(low, high, kind, None, m.group(), False))]


def iter_matches(pattern: re.Pattern[str], trigger: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches can only start at a character
    that ``trigger`` matches: the cheap ``trigger`` search skips the rest of the text."""
    pos, n = 0, len(text)
    while pos < n:
        t = trigger.search(text, pos)
        if t is None:
            return
        m = pattern.match(text, t.start())
        if m is None or m.end() == m.start():
            pos = t.start() + 1
            continue
        yield m
        pos = m.end()


def find_numbers(text: str) -> list[NumberSpan]:
    """Every numeric expression in ``text``, in order, with ``[start, end)`` offsets into it.

    Never raises: anything that does not parse is left out.
    """
    out: list[NumberSpan] = []
    for m in _SCAN_AT_TRIGGER_RE.finditer(text):
        if m.start("block") != -1:
            continue
        try:
            if m.start("n2") != -1:
                out.extend(_range(text, m))
            elif (start := m.start("n1")) != -1:  # _single, inlined: most matches are one number
                end = m.end("n1")
                raw, value, high = (
                    _read_cached(text[start - 1 : end], 1) if start else _read_cached(text[:end], 0)
                )
                if _is_quantity(text, raw, start, end):
                    out.append(NumberSpan(start, end, text[start:end], value, high, raw.kind == "percent",
                                          raw.kind == "permille", False, raw.approx))  # fmt: skip
            else:
                out.extend(_special(text, m))
        except (ParseError, ArithmeticError, LookupError):
            continue
    return out
