"""Character normalisation that keeps the offset map exact.

- full-width digits, Latin letters and the signs that travel with numbers (％ ＋ － ． ／) become
  their ASCII forms, one character for one, so ``２．７３亿`` reads ``2.73亿``; Chinese punctuation
  (，。：（）) is left alone;
- no-break and other odd spaces become a plain space;
- zero-width characters (U+200B-U+200D, U+2060, a U+FEFF inside the text) are removed.
"""

from __future__ import annotations

import re

from tequ.clean.offsets import View

_WIDTH = {cp: cp - 0xFEE0 for cp in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}
_WIDTH.update({ord(c): ord(a) for c, a in zip("％＋－．／", "%+-./", strict=True)})
_WIDTH.update(dict.fromkeys((160, 8194, 8195, 8201, 8239, 8287), 32))
_TABLE = str.maketrans(_WIDTH)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_NEEDS = re.compile(
    "[\uff05\uff0b\uff0d\uff0e\uff0f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u00a0\u2002\u2003\u2009\u202f\u205f\u200b\u200c\u200d\u2060\ufeff]"
)


def may_need_normalize(text: str) -> bool:
    """False when no line of ``text`` has a character ``normalize`` changes (one scan per document)."""
    return _NEEDS.search(text) is not None


def normalize(view: View) -> View:
    """The view with full-width alphanumerics as ASCII and zero-width characters removed."""
    if not _NEEDS.search(view.text):
        return view
    v = View(view.text.translate(_TABLE), view.starts, view.ends)
    gaps = [(m.start(), m.end(), "") for m in _ZERO_WIDTH.finditer(v.text)]
    return v.edit(gaps) if gaps else v
