"""Find corrupted runs (UTF-8 bytes read as GBK and saved again) and repair the clear cases.

Signals, all general:

- rare Han characters: in neither GB2312 (the 6,763 common Simplified characters) nor Big5
  level 1 (the 5,401 common Traditional ones). Mojibake decodes byte pairs into arbitrary
  GBK code points, most of them rare; real text uses rare characters one at a time (a name);
- ``?`` glued to the next character (a lost byte became ``?``), ``!`` next to such a ``?``,
  U+FFFD, and ASCII symbols such as ``^`` wedged between Han characters.

A run is two or more signals with at most ``GAP`` ordinary characters between neighbours. It
becomes a ``Flag(start, end, "mojibake", repair)``. The repair is tried by re-encoding the run
as GBK and decoding the bytes as UTF-8; it is accepted only when both steps are strict and the
result is all common CJK text, otherwise the text is left as it is and only flagged. UTF-8 read
as Latin-1 / cp1252 (``æ·±åœ³``) is found by its byte pattern and repaired the same way.
"""

from __future__ import annotations

import re
from functools import cache

from tequ.clean.offsets import View
from tequ.clean.script import _t2s

#: ordinary characters allowed between two signals of one run
GAP = 3


@cache
def rare_class() -> re.Pattern[str]:
    """A regex class of Han characters outside GB2312 and Big5 level 1 (built once). A
    Traditional or Hong Kong form of a GB2312 character (綫 for 线, 爲 for 为: OpenCC ``hk2s``
    maps it to one) is common too: Hong Kong text writes them side by side (北環綫 東鐵綫)."""
    to_simplified = _t2s()
    rare: list[tuple[int, int]] = []
    for cp in range(0x4E00, 0xA000):
        ch = chr(cp)
        if _common(ch) or _simplifies_to_common(ch, to_simplified.convert(ch)):
            continue
        if rare and rare[-1][1] == cp - 1:
            rare[-1] = (rare[-1][0], cp)
        else:
            rare.append((cp, cp))
    parts = "".join(f"\\u{a:04x}-\\u{b:04x}" if b > a else f"\\u{a:04x}" for a, b in rare)
    return re.compile(f"[{parts}\\u3400-\\u4dbf\\ufffd]")


def _simplifies_to_common(ch: str, simplified: str) -> bool:
    if simplified == ch or len(simplified) != 1:
        return False
    try:
        simplified.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _common(ch: str) -> bool:
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        pass
    try:
        b = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    return 0xA4 <= b[0] <= 0xC6


_HAN = "\u3400-\u9fff"
# '?' glued to a following character that is not a quote/blank, '!' after such a '?',
# and ASCII symbols wedged between Han characters
_MARKS = re.compile(rf"\?(?=[^\s\"'”’)）\]】?])|(?<=\?)!|(?<=[{_HAN}])[\^`|~\\](?=[{_HAN}(])|\?(?=\?)")


def find_signals(text: str) -> list[int]:
    """Positions in ``text`` of single mojibake signals, sorted."""
    pos = [m.start() for m in rare_class().finditer(text)]
    if "?" in text or "^" in text or "`" in text or "\\" in text or "|" in text or "~" in text:
        pos.extend(m.start() for m in _MARKS.finditer(text))
    return sorted(set(pos))


def may_have_runs(text: str) -> bool:
    """False when no line of ``text`` can hold a corrupted run: one scan of a whole document
    instead of one per line. Every signal pattern needs only characters inside the match or its
    look-arounds, so a signal in a line is also found in any text that contains the line."""
    return (
        rare_class().search(text) is not None
        or (_MARK_CHARS.search(text) is not None and _MARKS.search(text) is not None)
        or (_LATIN_LEAD.search(text) is not None and _LATIN_RUN.search(text) is not None)
    )


# the characters each pattern needs, found by a plain class scan (far faster than the patterns)
_MARK_CHARS = re.compile(r"[?^`|~\\]")
_LATIN_LEAD = re.compile("[\u00c2-\u00f4]")


def find_runs(text: str) -> list[tuple[int, int]]:
    """Spans ``[i, j)`` of ``text`` that look corrupted (two or more signals close together).

    A U+FFFD (a byte no decoder could read) is corrupted on its own and counts twice.
    """
    sig = find_signals(text)
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(sig):
        first = last = sig[k]
        n = 2 if text[first] == "\ufffd" else 1
        while k + 1 < len(sig) and sig[k + 1] - last <= GAP + 1:
            k += 1
            last = sig[k]
            n += 2 if text[last] == "\ufffd" else 1
        if n >= 2:
            runs.append((first, last + 1))
        k += 1
    return runs


_COMMON_CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’\w]+")


def try_repair(run: str) -> str | None:
    """The text ``run`` was before UTF-8 bytes were read as GBK, or None when not certain."""
    try:
        fixed = run.encode("gbk").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    if not fixed or not _COMMON_CJK.fullmatch(fixed) or find_signals(fixed):
        return None
    return fixed


#: characters a run may grow by on each side when looking for a clean repair
GROW = 4


def _best_repair(text: str, i: int, j: int) -> tuple[int, int, str | None]:
    """The widest ``[i', j')`` around ``[i, j)`` (at most ``GROW`` more each side) that repairs cleanly.

    Signals catch only the rare characters of a garbled stretch; its common-looking neighbours
    belong to it too, and only the whole stretch decodes.
    """
    best: tuple[int, int, str | None] = (i, j, None)
    for dl in range(GROW + 1):
        for dr in range(GROW + 1):
            a, b = max(0, i - dl), min(len(text), j + dr)
            if best[2] is not None and b - a <= best[1] - best[0]:
                continue
            fixed = try_repair(text[a:b])
            if fixed is not None:
                best = (a, b, fixed)
    return best


# UTF-8 read as Latin-1 / Windows-1252: a lead byte (Ã-ô) followed by continuation bytes, which
# cp1252 shows as symbols (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ) or Latin-1 signs
_CP1252_TAIL = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_LATIN_RUN = re.compile(f"(?:[\u00c2-\u00f4][{_CP1252_TAIL}]{{1,3}}){{2,}}")


def find_latin_runs(text: str) -> list[tuple[int, int, str | None]]:
    """Runs of UTF-8 read as Latin-1/cp1252 (``æ·±åœ³``), with their repair when it decodes cleanly."""
    out: list[tuple[int, int, str | None]] = []
    for m in _LATIN_RUN.finditer(text):
        try:
            fixed: str | None = b"".join(_byte_of(ch) for ch in m.group(0)).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            fixed = None
        out.append((m.start(), m.end(), fixed))
    return out


def _byte_of(ch: str) -> bytes:
    """The byte a cp1252 reader showed as ``ch`` (Latin-1 for the five bytes cp1252 leaves undefined)."""
    try:
        return ch.encode("cp1252")
    except UnicodeEncodeError:
        return ch.encode("latin-1")


#: share of a line inside corrupted runs above which the whole line is flagged
LINE_SHARE = 0.3


def repair_view(view: View) -> tuple[View, list[tuple[int, int, str | None]]]:
    """Repair what can be repaired; return the new view and ``(start, end, repair)`` in the original.

    ``start``/``end`` are offsets into ``Document.original`` of each suspicious run.
    """
    runs = find_runs(view.text)
    latin = find_latin_runs(view.text)
    if not runs and not latin:
        return view, []
    flags: list[tuple[int, int, str | None]] = []
    edits = []
    found = [_best_repair(view.text, i0, j0) for i0, j0 in runs] + latin
    for i, j, fixed in sorted(found):
        a, b = view.range_span(i, j)
        flags.append((a, b, fixed))
        if fixed is not None:
            edits.append((i, j, fixed))
    covered = sum(b - a for a, b, fixed in flags if fixed is None)
    if covered >= LINE_SHARE * len(view.text) > 0:
        # a line mostly made of garbage: flag it whole (partial repairs stay flagged inside it)
        a, b = view.span()
        flags.append((a, b, None))
    return (view.edit(edits) if edits else view), flags
