"""bytes -> text: encoding detection, size limit, binary rejection, universal newlines.

The decoded original equals what ``Path.read_text(encoding=enc)`` gives: universal newlines
(``\\r\\n`` and ``\\r`` become ``\\n``) and nothing else changed. A UTF-8 byte-order mark stays in
the text as U+FEFF (cleaning treats it as blank), so offsets agree with a reader that uses
``read_text(encoding="utf-8")``.
"""

from __future__ import annotations

import codecs
import os
import re

from charset_normalizer import from_bytes

from tequ.clean.mojibake import rare_class
from tequ.errors import InputError

#: default size limit in bytes; ``TEQU_MAX_BYTES`` overrides it
DEFAULT_MAX_BYTES = 20_000_000
#: share of control characters above which a file is binary
BINARY_CONTROL_SHARE = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
#: encodings charset-normalizer chooses among (East Asian legacy encodings; UTF-8/16/32 are settled
#: before it runs): a short list is faster and avoids Latin-1 style guesses
_CANDIDATES = ("gb18030", "big5", "cp950", "big5hkscs")
#: Chinese encodings tried in this order when UTF-8 fails and detection is unsure
_FALLBACKS = ("gb18030", "big5")


def max_bytes() -> int:
    raw = os.environ.get("TEQU_MAX_BYTES", "")
    try:
        return int(raw) if raw.strip() else DEFAULT_MAX_BYTES
    except ValueError:
        return DEFAULT_MAX_BYTES


def check_size(source: str, size: int) -> None:
    """Raise ``InputError`` when ``size`` bytes is over the limit."""
    limit = max_bytes()
    if size > limit:
        raise InputError(
            source,
            f"{_size(size)} is over the {_size(limit)} limit (set TEQU_MAX_BYTES to raise it)",
        )


def _size(n: int) -> str:
    """``20000000`` -> ``20 MB``, ``1500`` -> ``1.5 kB``, ``100`` -> ``100 bytes``."""
    for unit, scale in (("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.3g} {unit}"
    return f"{n} bytes"


def universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def decode_bytes(source: str, data: bytes) -> tuple[str, str]:
    """Decode ``data`` to the original text; return ``(text, encoding)``.

    BOMs decide first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then UTF-8 with a few damaged
    bytes, then a charset an HTML page declares, then GB18030 or Big5 (fewer rare characters
    wins), then charset-normalizer. Raises ``InputError`` for empty, binary or undecodable input.
    """
    check_size(source, len(data))
    if not data.strip():
        raise InputError(source, "empty file")
    text, enc = _decode(source, data)
    if _looks_binary(text):
        raise InputError(source, "binary file (not text)")
    return universal_newlines(text), enc


def _decode(source: str, data: bytes) -> tuple[str, str]:
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                # utf-8 keeps U+FEFF like read_text(encoding="utf-8"); utf-16/32 consume the BOM
                return data.decode(enc), "utf-8-sig" if enc == "utf-8" else enc
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {enc} at byte {exc.start}") from exc
    if b"\x00" in data[:4096]:
        guess = _utf16_without_bom(data)
        if guess:
            return guess
    if _binary_bytes(data):
        raise InputError(source, "binary file (not text)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = _mostly_utf8(data)
    if lenient is not None:
        return lenient
    declared = _declared_charset(data)
    if declared:
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            return _unless_mislabelled(data, text, declared)
    chinese = _chinese_decoding(data)
    if chinese is not None:
        return chinese
    best = from_bytes(data[:200_000], cp_isolation=list(_CANDIDATES)).best()
    candidates = ([best.encoding] if best is not None else []) + list(_FALLBACKS)
    for enc in candidates:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError(source, "cannot decode: not UTF-8, UTF-16, GB18030 or Big5 text")


_PLAUSIBLE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\x20-\x7e\s\u00a0-\u00ff]")
#: share of ordinary characters a UTF-16 guess must reach
PLAUSIBLE_SHARE = 0.9


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_-]+)""", re.IGNORECASE)
#: declared names mapped to the codec that decodes them best (supersets)
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}


def _chinese_decoding(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5, whichever decodes strictly with fewer rare characters.

    Mis-decoded bytes land on arbitrary code points, most of them outside the common character
    sets (GB2312, Big5 level 1), so the right reading is the one with the fewest rare characters.
    """
    rare = rare_class()
    best: tuple[int, str, str] | None = None
    for enc in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = len(rare.findall(text[:100_000]))
        if best is None or score < best[0]:
            best = (score, text, enc)
    return (best[1], best[2]) if best else None


#: a declared Chinese charset loses to the other Chinese reading when its text has this many
#: times more rare characters (and at least ``MISLABEL_MIN`` of them): a Big5 page labelled GB2312
MISLABEL_RATIO = 4
MISLABEL_MIN = 20
_KANA = re.compile("[\u3040-\u30ff]")


def _rare_count(text: str) -> int:
    sample = text[:100_000]
    return len(rare_class().findall(sample)) + len(_KANA.findall(sample))


def _unless_mislabelled(data: bytes, text: str, declared: str) -> tuple[str, str]:
    """The declared reading, unless the page is in the other Chinese encoding than it says.

    Big5 bytes often decode without error as GB18030 (and the reverse), into rare characters
    and kana; the reading with far fewer of those is the right one."""
    if declared not in ("gb18030", "big5hkscs", "big5", "cp950"):
        return text, declared
    score = _rare_count(text)
    if score < MISLABEL_MIN:
        return text, declared
    other = _chinese_decoding(data)
    if other is not None and other[1] != declared and _rare_count(other[0]) * MISLABEL_RATIO < score:
        return other
    return text, declared


#: share of undecodable characters a UTF-8 file may have before another encoding is tried
MAX_REPLACED_SHARE = 0.005


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few broken bytes (a damaged file): decode with U+FFFD for the broken ones.

    A GBK or Big5 file read as UTF-8 yields replacement characters everywhere, so a small share
    of them means the file is UTF-8 and the damage is local.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = len(_WIDE.findall(text))  # characters that decoded from valid multi-byte sequences
    if bad <= max(8, MAX_REPLACED_SHARE * len(text)) and wide >= 4 * bad:
        return text, "utf-8 (damaged bytes replaced)"
    return None


_WIDE = re.compile("[\u0800-\ufffc\U00010000-\U0010ffff]")


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag (first 4 KB), if any."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    return _CHARSET_ALIASES.get(name, name)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without BOM: NUL bytes present, and one byte order gives ordinary text."""
    if len(data) % 2:
        return None
    best: tuple[float, str, str] | None = None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        sample = text[:5000]
        share = len(_PLAUSIBLE.findall(sample)) / max(1, len(sample))
        if share >= PLAUSIBLE_SHARE and (best is None or share > best[0]):
            best = (share, text, enc)
    return (best[1], best[2]) if best else None


_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")


def _binary_bytes(data: bytes) -> bool:
    sample = data[:20_000]
    return len(_CONTROL_BYTES.findall(sample)) > BINARY_CONTROL_SHARE * len(sample)


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) > BINARY_CONTROL_SHARE * len(sample)
