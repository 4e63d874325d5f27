"""Script detection (hans / hant / mixed) and conversion to Simplified with an exact offset map.

Conversion is OpenCC ``t2s`` (``hk2s``: Hong Kong variant forms folded first) at phrase level, one paragraph at a time, followed by zhconv-rs
``zh-cn`` on paragraphs that still hold 著: OpenCC keeps 著 where the mainland form is 着
(面临着, 着力) and zhconv-rs agrees with OpenCC everywhere else. When a conversion changes the
length (rare phrases), ``View.transform`` realigns the map with difflib.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import opencc
import zhconv_rs

from tequ.clean.offsets import View

_HAN = re.compile(r"[\u4e00-\u9fff]")
#: share of script-specific characters above which a document counts as that script
MAJORITY = 0.8


@cache
def _t2s() -> opencc.OpenCC:
    """OpenCC ``hk2s``: ``t2s`` after folding Hong Kong variant forms (衞→衛, 枱→檯, 衹→只...),
    so that HK texts (衞生署) convert like Taiwan and mainland Traditional ones (卫生署)."""
    return opencc.OpenCC("hk2s")


@cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@cache
def _sides() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regex classes of Traditional-only and Simplified-only CJK characters (judged one at a time)."""
    chars = [chr(cp) for cp in range(0x4E00, 0xA000)]
    joined = "\n".join(chars)
    t2s = _t2s().convert(joined).split("\n")
    s2t = _s2t().convert(joined).split("\n")
    trad = [c for c, t in zip(chars, t2s, strict=True) if t != c]
    simp = [c for c, t in zip(chars, s2t, strict=True) if t != c and t2s[ord(c) - 0x4E00] == c]
    return re.compile(f"[{''.join(trad)}]"), re.compile(f"[{''.join(simp)}]")


def detect_script(text: str) -> str:
    """``hans``, ``hant`` or ``mixed`` from the counts of Traditional-only and Simplified-only characters.

    Characters that ``t2s`` changes are Traditional; characters that ``s2t`` changes are
    Simplified (both judged one character at a time, once per process). Text with neither counts as ``hans``.
    """
    sample = text[:200_000]
    trad_rx, simp_rx = _sides()
    trad = len(trad_rx.findall(sample))
    if trad == 0:  # no Traditional character: hans whatever the Simplified count
        return "hans"
    simp = len(simp_rx.findall(sample))
    if trad + simp == 0:
        return "hans"
    share = trad / (trad + simp)
    if share >= MAJORITY:
        return "hant"
    if share <= 1 - MAJORITY or trad <= 2:
        return "hans"
    return "mixed"


#: words where mainland Simplified keeps 著 (zhù, "notable / to write"); elsewhere 著 is 着
ZHU_WORDS: tuple[str, ...] = (
    "著名",  # famous
    "著作",  # written work
    "著称",  # known for
    "著述",  # writings
    "著录",  # to record in a catalogue
    "著书",  # to write a book
    "著者",  # author
    "显著",  # notable
    "卓著",  # outstanding
    "昭著",  # notorious
    "土著",  # indigenous
    "名著",  # classic work
    "专著",  # monograph
    "编著",  # compiled by
    "原著",  # original work
    "巨著",  # monumental work
    "论著",  # treatise
    "译著",  # translated work
    "合著",  # co-authored
    "遗著",  # posthumous work
    "新著",  # new work
    "撰著",  # to author
    "著有",  # has written
)
_ZHU = re.compile("|".join(w.replace("著", "(著)") for w in ZHU_WORDS) + "|(著)")


def _fix_zhe(text: str) -> str:
    """著 -> 着 except inside the words of ``ZHU_WORDS`` (same length, so maps stay one to one)."""
    return _ZHU.sub(lambda m: m.group(0) if m.lastindex and m.lastindex < len(ZHU_WORDS) + 1 else "着", text)


def to_simplified_text(text: str) -> str:
    """Simplified form of ``text`` (OpenCC t2s, then 著->着 in the mainland sense)."""
    out = _t2s().convert(text)
    if "著" in out:
        out = _fix_zhe(zhconv_rs.zhconv(out, "zh-cn"))
    return out


def has_traditional(text: str) -> bool:
    """True when ``text`` holds a Traditional-only character (a line worth converting)."""
    return _sides()[0].search(text) is not None


def may_have_traditional(text: str) -> bool:
    """False when ``to_simplified`` leaves every line of ``text`` unchanged (one scan per document)."""
    return "著" in text or has_traditional(text)


def to_simplified(view: View) -> View:
    """The view converted to Simplified; every character keeps a map into the original."""
    if not has_traditional(view.text) and "著" not in view.text:
        return view
    return view.transform(to_simplified_text)


def to_simplified_many(views: Sequence[View]) -> list[View]:
    """``to_simplified`` of every view, with one OpenCC call for all the text that needs it.

    One call over the joined text keeps the converter's tables warm in the CPU cache, several
    times faster than a call per line. No dictionary phrase spans a newline, so converting the
    joined text gives the same result line by line; the 著 step still runs per line.
    """
    out = list(views)
    todo = [i for i, v in enumerate(views) if "著" in v.text or has_traditional(v.text)]
    pieces = [(i, p) for i in todo for p in views[i].pieces()]
    if any("\n" in p.text for _, p in pieces):
        return [to_simplified(v) for v in views]
    converted = _t2s().convert("\n".join(p.text for _, p in pieces)).split("\n")
    if len(converted) != len(pieces):
        return [to_simplified(v) for v in views]
    done: dict[int, list[View]] = {}
    for (i, piece), new in zip(pieces, converted, strict=True):
        if "著" in new:
            new = _fix_zhe(zhconv_rs.zhconv(new, "zh-cn"))
        done.setdefault(i, []).append(piece.realign(new))
    for i, parts in done.items():
        out[i] = parts[0] if len(parts) == 1 else View.join(parts)
    return out
