"""Reading one number expression: Chinese numerals, Arabic numbers with magnitudes, 大写,
percent words (百分之, 成), fractions (三分之一) and 元角分 amounts (used by ``numbers``).

Values are exact ``Decimal`` objects; ``numbers.parse_number`` turns them into floats.
The integer part is read with the usual section algorithm: small units (十百千) build a
section, large units (万, 亿) close it; 万亿 multiplies; a single trailing digit after a unit
is colloquial (三万五 = 35000, 一百二 = 120).
"""

from __future__ import annotations

import re
from decimal import Decimal

from tequ.errors import ParseError
from tequ.extract.numdata import DIGITS, LARGE_UNITS, SMALL_UNITS, TENS

__all__ = ["normalise", "parse_expr", "parse_plain"]


# ---------------------------------------------------------------- normalisation
_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９．，％－＋：／～點", "0123456789.,%-+:/~点"
)  # fmt: skip
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?|.", re.S)
_ZERO = "零〇○洞"


def normalise(text: str) -> str:
    """Full-width to ASCII, drop thousands separators and spaces."""
    s = text.translate(_FULLWIDTH).strip()
    s = _THOUSANDS_RE.sub("", s)
    return s.replace(" ", "").replace("个", "")


# ---------------------------------------------------------------- parsing
class _State:
    """Running state of the section algorithm in ``_parse_integer``."""

    __slots__ = ("last_large", "last_small", "pending", "section", "single", "total", "unit")

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.section = Decimal(0)
        self.pending: Decimal | None = None
        self.single = False  # pending is one Chinese digit (for 三万五 = 35000)
        self.last_small = 10_000  # units inside a section must decrease
        self.last_large = 0
        self.unit = 0  # unit token right before the pending digit, 0 after 零


def _fail(text: str, reason: str) -> ParseError:
    return ParseError(text, reason)


def _digit_string(s: str) -> Decimal | None:
    """``一七二零`` / ``二〇二四`` / ``2024``: digits read one by one, or None."""
    if s.isdigit() and s.isascii():
        return Decimal(s)
    if all(c in DIGITS for c in s):
        return Decimal("".join(str(DIGITS[c]) for c in s))
    return None


def _parse_integer(s: str, orig: str) -> Decimal:
    """Integer part with units (一百二十三万, 2.73亿, 三万五, 1万600)."""
    plain = _digit_string(s)
    if plain is not None and s:
        return plain
    tokens = _TOKEN_RE.findall(s)
    st = _State()
    decimal_scaled = False
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if decimal_scaled and (tok[0].isdigit() or tok in DIGITS):
            raise _fail(orig, "digits after a scaled decimal")
        if tok in _ZERO:
            if st.pending is not None:
                raise _fail(orig, "zero after a digit")
            st.unit = 0
        elif tok[0].isdigit() or tok in DIGITS:
            if st.pending is not None:
                raise _fail(orig, "two digits in a row")
            st.pending = Decimal(tok) if tok[0].isdigit() else Decimal(DIGITS[tok])
            st.single = not tok[0].isdigit()
        elif tok in TENS:
            if st.pending is not None or st.last_small <= 10:
                raise _fail(orig, "misplaced tens character")
            st.section += TENS[tok]
            st.last_small, st.unit = 10, 10
        elif tok in SMALL_UNITS:
            _small_unit(st, SMALL_UNITS[tok], i == 0 and (nxt in LARGE_UNITS or not nxt), orig)
            decimal_scaled = decimal_scaled or _is_decimal_pending(tokens, i)
        elif tok in LARGE_UNITS:
            decimal_scaled = decimal_scaled or _is_decimal_pending(tokens, i)
            _large_unit(st, LARGE_UNITS[tok], tokens[i - 1] if i else "", orig)
        else:
            raise _fail(orig, f"unexpected character {tok!r}")
    if st.pending is not None:
        if st.single and st.unit >= 100:
            st.section += st.pending * st.unit / 10  # colloquial 三万五, 一百二
        else:
            st.section += st.pending
    return st.total + st.section


def _is_decimal_pending(tokens: list[str], i: int) -> bool:
    return i > 0 and "." in tokens[i - 1]


def _small_unit(st: _State, unit: int, bare_ok: bool, orig: str) -> None:
    if unit >= st.last_small:
        raise _fail(orig, "units out of order")
    if st.pending is None:
        if not (unit == 10 or bare_ok or (st.unit == 0 and (st.total or st.section))):
            raise _fail(orig, "unit without a digit")
        st.pending = Decimal(1)
    st.section += st.pending * unit
    st.pending, st.single = None, False
    st.last_small, st.unit = unit, unit


def _large_unit(st: _State, unit: int, prev: str, orig: str) -> None:
    if st.pending is not None:
        st.section += st.pending
        st.pending, st.single = None, False
    if prev in LARGE_UNITS and unit > LARGE_UNITS[prev]:
        st.total *= unit  # 万亿 = 1e12
    elif not st.section and prev not in SMALL_UNITS:
        raise _fail(orig, "magnitude without a number")
    elif st.last_large and unit >= st.last_large:
        st.total = (st.total + st.section) * unit
    else:
        st.total += st.section * unit
    st.section = Decimal(0)
    st.last_small, st.last_large, st.unit = 10_000, max(unit, st.last_large), unit


_TRAIL_UNITS_RE = re.compile(r"[十拾百佰千仟万萬亿億]*$")


_LIMIT = Decimal(10) ** 24  # larger "numbers" are digit strings such as IDs, not quantities


def parse_plain(s: str, orig: str) -> Decimal:
    """A number without sign or percent marker, 点 decimals included (below 10**24)."""
    value = _parse_plain(s, orig)
    if value >= _LIMIT:
        raise _fail(orig, "too large to be a quantity")
    return value


def _parse_plain(s: str, orig: str) -> Decimal:
    if not s:
        raise _fail(orig, "empty number")
    if "点" not in s:
        return _parse_integer(s, orig)
    head, _, tail = s.partition("点")
    units = _TRAIL_UNITS_RE.search(tail).group()  # type: ignore[union-attr]
    frac = tail[: len(tail) - len(units)]
    if not head or not frac or not all(c.isdigit() or c in DIGITS for c in frac):
        raise _fail(orig, "bad decimal part")
    digits = frac if frac.isascii() else "".join(c if c.isdigit() else str(DIGITS[c]) for c in frac)
    value = _parse_integer(head, orig) + Decimal("0." + digits)
    return value * _parse_integer("一" + units, orig) if units else value


_SIGN_RE = re.compile(r"^(?:负|零下|-|−|—(?=\d))")
_MONEY_RE = re.compile(r"^(.+?)[元圆](?:(.)角)?(?:(.)分)?[整正]?$")


def _parse_signed(s: str, orig: str) -> Decimal:
    neg = False
    m = _SIGN_RE.match(s)
    if m:
        neg, s = True, s[m.end() :]
    value = parse_plain(s, orig)
    return -value if neg else value


def _parse_money(s: str, orig: str) -> Decimal | None:
    """壹拾壹元壹角壹分 -> 11.11 (元/圆 with optional 角/分 and 整/正), else None."""
    m = _MONEY_RE.match(s)
    if not m:
        return None
    value = _parse_signed(m.group(1), orig)
    for digit, scale in ((m.group(2), "0.1"), (m.group(3), "0.01")):
        if digit is not None:
            if digit not in DIGITS:
                raise _fail(orig, "bad 角/分 digit")
            value += DIGITS[digit] * Decimal(scale)
    return value


_PCT_PREFIX = {
    "百分之": ("percent", 1), "千分之": ("permille", 1), "万分之": ("percent", 100),
    "百分": ("percent", 1),  # colloquial 百分百, 百分三十 (after 百分之 so that one wins)
}  # fmt: skip
_CHENG_RE = re.compile(r"^(.+)成([一二三四五六七八九])?$")


def parse_expr(text: str) -> tuple[Decimal, str]:
    """``(value, kind)`` with kind ``""``, ``"percent"`` or ``"permille"``."""
    s = normalise(text)
    if not s:
        raise _fail(text, "empty number")
    neg = s[0] in "负-−"
    rest = s[1:] if neg else s
    for prefix, (kind, div) in _PCT_PREFIX.items():
        if rest.startswith(prefix):
            value = _parse_signed(rest[len(prefix) :], text) / div
            return (-value if neg else value), kind
    if s[-1] in "%‰":
        return _parse_signed(s[:-1], text), "percent" if s[-1] == "%" else "permille"
    m = _CHENG_RE.match(s)
    if m:
        tenths = _parse_signed(m.group(1), text) * 10
        return tenths + (DIGITS[m.group(2)] if m.group(2) else 0), "percent"
    if "分之" in s:
        den, _, num = s.partition("分之")
        neg_frac = den.startswith(("负", "-"))
        value = parse_plain(num, text) / parse_plain(den.lstrip("负-"), text)
        return (-value if neg_frac else value), ""
    money = _parse_money(s, text)
    if money is not None:
        return money, ""
    return _parse_signed(s, text), ""
