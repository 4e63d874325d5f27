"""Remove the pinyin artifact: ``區(qū)`` -> ``區``.

Some sites annotate characters with their reading in parentheses right after them; scrapers
keep the annotation as text. A parenthesis is an artifact when it directly follows a Han
character and holds one lower-case pinyin syllable. A syllable with a tone mark is always an
artifact; a toneless one (``(de)``) only when the document already has several tone-marked
artifacts, or several toneless ones (an encoding without tone-marked letters lost the marks),
so that ``(app)`` or ``(e站)`` in an ordinary document stay. Real parentheses such
as ``(深圳)``, ``(LNG)``, ``(2022-2023年)`` never match.
"""

from __future__ import annotations

import re

from tequ.clean.offsets import View

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_LETTERS = "a-zü" + _TONED + "ê"
# the syllable shape of Hanyu Pinyin: optional initial, then a final (tone marks allowed on vowels)
_V = f"[aeiouü{_TONED}ê]"
_SYLLABLE = rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?{_V}+(?:ng|n|r)?"
PINYIN = re.compile(rf"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（]({_SYLLABLE})[)）]")
# a word annotated at once: 发展(fā zhǎn) (two to four syllables, spaced)
PINYIN_WORD = re.compile(rf"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（]({_SYLLABLE}(?:\s{_SYLLABLE}){{1,3}})[)）]")
# in a document dense with artifacts, a tone-marked syllable after any non-blank character goes
# too (mojibake before it can hide the Han character: ``崿F(xiàn)``)
PINYIN_LOOSE = re.compile(rf"(?<=[^\s(（])[(（]({_SYLLABLE})[)）]")
# ... and a tone-marked syllable whose opening parenthesis was eaten by mojibake: ``?qū)``
PINYIN_BROKEN = re.compile(rf"(?<=[^\sa-zA-Z{_TONED}(（])({_SYLLABLE})[)）]")
# one to four syllables, each with its tone mark, written together or spaced, and the blank a
# converter may put around them: 羅湖(luóhú)區, 區 (qū) 政府 (English words carry no tone marks)
_TSYL = rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?{_V}*[{_TONED}]{_V}*(?:ng|n|r)?"
PINYIN_TONED = re.compile(
    rf"(?<=[\u3400-\u9fff\uf900-\ufaff])([ \u3000]?)[(（]({_TSYL}(?:\s?{_TSYL}){{0,3}})[)）]"
    r"(?(1)[ \u3000]?)"
)
_HAS_TONE = re.compile(f"[{_TONED}]")
_ONLY_LETTERS = re.compile(f"[{_LETTERS}]+")

#: a document needs this many tone-marked artifacts before toneless ones are removed too
TONELESS_AFTER = 3
#: ... or this many toneless ones of two letters or more (a file saved in an encoding without
#: tone-marked letters, Big5 or GB2312, or converted with transliteration: ``區(qu)``)
TONELESS_ALONE = 3
_TONELESS_CANDIDATE = re.compile(r"[(（]([a-zü?]{2,6})[)）]")
# a tone-marked vowel an encoder replaced with "?" (Big5 and GB2312 have no ū): 區(q?) / 發(f?)
_LOST_VOWELS = "aeiouü"
_SYLLABLE_ONLY = re.compile(_SYLLABLE)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def count_toned(text: str) -> int:
    """Tone-marked pinyin artifacts in ``text`` (decides whether toneless ones go too)."""
    if _HAS_TONE.search(text) is None:  # a plain class scan settles most documents
        return 0
    return sum(1 for m in PINYIN.finditer(text) if _HAS_TONE.search(m.group(1)))


def _toneless_syllable(letters: str) -> bool:
    """One toneless syllable, or one whose tone-marked vowel became a single ``?``."""
    if "?" not in letters:
        return _SYLLABLE_ONLY.fullmatch(letters) is not None
    return letters.count("?") == 1 and any(
        _SYLLABLE_ONLY.fullmatch(letters.replace("?", v)) for v in _LOST_VOWELS
    )


def _toneless_spans(text: str) -> list[tuple[int, int]]:
    """Parenthesised toneless syllables (two letters or more) right after a Han character."""
    return [
        m.span()
        for m in _TONELESS_CANDIDATE.finditer(text)
        if m.start() and _HAN.match(text, m.start() - 1) and _toneless_syllable(m.group(1))
    ]


def count_toneless(text: str) -> int:
    """Toneless syllables of two letters or more in parentheses right after a Han character
    (``區(qu)``, or ``區(q?)`` where an encoder replaced the tone-marked vowel)."""
    if "(" not in text and "（" not in text:
        return 0
    return len(_toneless_spans(text))


def toneless_mode(text: str) -> bool:
    """Whether toneless syllables count as artifacts in a document: it has several tone-marked
    artifacts, or several toneless ones (one toneless ``(de)`` or ``(app)`` alone stays)."""
    return count_toned(text) >= TONELESS_AFTER or count_toneless(text) >= TONELESS_ALONE


def may_have_pinyin(text: str, *, toneless: bool = False) -> bool:
    """False when no line of ``text`` can hold a pinyin artifact (one scan of a whole document).

    The looser pattern matches wherever the strict one does, and look-behinds need a character
    that a line also has in the joined text."""
    if toneless:
        return True  # broken-parenthesis artifacts are rare and need the per-line pass
    # without toneless mode only tone-marked syllables are removed
    return _HAS_TONE.search(text) is not None and PINYIN_TONED.search(text) is not None


def find_pinyin(text: str, *, toneless: bool = False) -> list[tuple[int, int]]:
    """Spans ``[i, j)`` of ``text`` that are pinyin artifacts (parentheses included)."""
    if ")" not in text and "）" not in text:
        return []
    out = []
    for m in (PINYIN_LOOSE if toneless else PINYIN).finditer(text):
        syl = m.group(1)
        toned = _HAS_TONE.search(syl) is not None
        han_before = PINYIN.match(text, m.start()) is not None
        if toned or (toneless and han_before and _ONLY_LETTERS.fullmatch(syl)):
            out.append(m.span())
    if " " in text:  # word annotations: every syllable needs its tone mark (a spaced phrase otherwise)
        words = [
            m.span() for m in PINYIN_WORD.finditer(text) if all(map(_HAS_TONE.search, m.group(1).split()))
        ]
        if words:
            out = sorted(set(out) | set(words))
    if _HAS_TONE.search(text):
        # toned syllables glued together or set off by blanks (a span already found is kept)
        extra = [
            m.span()
            for m in PINYIN_TONED.finditer(text)
            if m.group(1) or not any(a <= m.start() < b for a, b in out)
        ]
        out = _merge(out + extra)
    if toneless and _HAS_TONE.search(text):
        out.extend(m.span() for m in PINYIN_BROKEN.finditer(text) if _HAS_TONE.search(m.group(1)))
        out = _merge(out)
    if toneless and "?" in text:
        out = sorted(set(out) | set(_toneless_spans(text)))
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined (a blank-framed match covers a bare one)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(set(spans)):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def strip_pinyin(view: View, *, toneless: bool = False) -> View:
    """The view without pinyin artifacts; every remaining character keeps its map."""
    if "(" not in view.text and "（" not in view.text:
        return view
    spans = find_pinyin(view.text, toneless=toneless)
    if not spans:
        return view
    return view.edit((i, j, "") for i, j in spans)
