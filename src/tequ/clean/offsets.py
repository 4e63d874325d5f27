"""Text views with offset maps: every character of a view knows where it came from.

A ``View`` holds ``text`` plus two int sequences (ranges until an edit), ``starts`` and ``ends``: ``text[i]`` derives from
``original[starts[i]:ends[i]]`` (code-point indices into ``Document.original``, end exclusive).
Readers build views straight from the original (one-to-one), from HTML source (an entity such as
``&amp;`` maps to its whole source span) or from JSON string escapes; cleaning stages then edit
views (delete pinyin, repair mojibake, convert script) and the maps follow every edit.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator, Sequence

#: characters treated as blank at the edges of a line (U+FEFF is a byte-order mark kept in original)
BLANKS = " \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"


#: longest stretch handed to a converter at once; longer text is cut at punctuation so that
#: realignment (difflib) stays linear in the length of the text
CHUNK = 512


class View:
    """A piece of clean text with an offset map into the original."""

    __slots__ = ("ends", "starts", "text")

    def __init__(self, text: str, starts: Sequence[int], ends: Sequence[int]) -> None:
        if not len(text) == len(starts) == len(ends):
            raise ValueError("offset arrays must have one entry per character")
        self.text = text
        self.starts = starts
        self.ends = ends

    @classmethod
    def of(cls, original: str, a: int = 0, b: int | None = None) -> View:
        """The identity view of ``original[a:b]``."""
        b = len(original) if b is None else b
        # ranges, not lists: identity maps cost nothing until an edit materialises them
        return cls(original[a:b], range(a, b), range(a + 1, b + 1))

    @classmethod
    def join(cls, views: Iterable[View]) -> View:
        text: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for v in views:
            text.append(v.text)
            starts.extend(v.starts)
            ends.extend(v.ends)
        return cls("".join(text), starts, ends)

    @classmethod
    def lines(cls, original: str, a: int = 0, b: int | None = None) -> list[View]:
        """Identity views of the lines of ``original[a:b]`` (split at ``\n``), without the newlines."""
        b = len(original) if b is None else b
        starts = range(a, b)  # ranges slice in constant time
        ends = range(a + 1, b + 1)
        out = []
        pos = 0
        for line in original[a:b].split("\n"):
            j = pos + len(line)
            out.append(cls(line, starts[pos:j], ends[pos:j]))
            pos = j + 1
        return out

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"View({self.text!r}, {self.span()})"

    def slice(self, i: int, j: int) -> View:
        return View(self.text[i:j], self.starts[i:j], self.ends[i:j])

    def span(self) -> tuple[int, int]:
        """``[start, end)`` of the original covered by this view (0, 0 when empty)."""
        if not self.text:
            return (0, 0)
        if isinstance(self.starts, range):
            return (self.starts[0], self.ends[-1])
        return (min(self.starts), max(self.ends))

    def range_span(self, i: int, j: int) -> tuple[int, int]:
        """Original span of ``text[i:j]`` (j > i)."""
        return (min(self.starts[i:j]), max(self.ends[i:j]))

    def strip(self, chars: str = BLANKS) -> View:
        t = self.text
        if t and t[0] not in chars and t[-1] not in chars:
            return self
        i = len(t) - len(t.lstrip(chars))
        j = len(t.rstrip(chars))
        if i == 0 and j == len(t):
            return self
        return self.slice(i, max(i, j))

    def split(self, sep: str = "\n") -> Iterator[View]:
        """Split like ``str.split(sep)``, keeping the maps."""
        pos = 0
        t = self.text
        while True:
            k = t.find(sep, pos)
            if k < 0:
                yield self.slice(pos, len(t))
                return
            yield self.slice(pos, k)
            pos = k + len(sep)

    def edit(self, edits: Iterable[tuple[int, int, str]]) -> View:
        """Replace ``text[i:j]`` by ``repl`` for each non-overlapping ``(i, j, repl)``, in order.

        A replacement of the same length maps one to one; otherwise every new character maps to
        the whole original span of ``text[i:j]``. An empty ``repl`` deletes.
        """
        out_t: list[str] = []
        out_s: list[int] = []
        out_e: list[int] = []
        pos = 0
        for i, j, repl in sorted(edits):
            if i < pos or j < i:
                continue  # overlapping edit: ignore rather than corrupt the map
            out_t.append(self.text[pos:i])
            out_s.extend(self.starts[pos:i])
            out_e.extend(self.ends[pos:i])
            if repl:
                if len(repl) == j - i:
                    out_s.extend(self.starts[i:j])
                    out_e.extend(self.ends[i:j])
                else:
                    a, b = self.range_span(i, j) if j > i else self._point(i)
                    out_s.extend([a] * len(repl))
                    out_e.extend([b] * len(repl))
                out_t.append(repl)
            pos = j
        out_t.append(self.text[pos:])
        out_s.extend(self.starts[pos:])
        out_e.extend(self.ends[pos:])
        return View("".join(out_t), out_s, out_e)

    def _point(self, i: int) -> tuple[int, int]:
        """Original span an insertion at ``i`` derives from: the neighbouring character."""
        k = i - 1 if i > 0 else i
        if not self.text:
            return (0, 0)
        k = min(k, len(self.text) - 1)
        return (self.starts[k], self.ends[k])

    def _chunks(self) -> Iterator[View]:
        """Pieces of at most ``CHUNK`` characters, cut after sentence punctuation when possible."""
        t = self.text
        pos = 0
        while pos < len(t):
            end = min(len(t), pos + CHUNK)
            if end < len(t):
                cut = max(t.rfind(p, pos, end) for p in "。！？!?；;\n，,")
                end = cut + 1 if cut > pos else end
            yield self.slice(pos, end)
            pos = end

    def transform(self, fn: Callable[[str], str]) -> View:
        """Apply a whole-string converter (script conversion) and realign the map.

        Same length: one to one. Otherwise the two strings are aligned with difflib and each
        changed block maps to the original span of the block it replaced. Text longer than
        ``CHUNK`` is converted piece by piece (cut after punctuation).
        """
        if len(self.text) > CHUNK:
            return View.join(piece.transform(fn) for piece in self._chunks())
        return self.realign(fn(self.text))

    def pieces(self) -> list[View]:
        """The stretches ``transform`` hands to its converter: the view itself, or its chunks."""
        return list(self._chunks()) if len(self.text) > CHUNK else [self]

    def realign(self, new: str) -> View:
        """The view with its text replaced by ``new`` (a conversion of it), map realigned:
        same length maps one to one, otherwise difflib aligns the two strings."""
        if new == self.text:
            return self
        if len(new) == len(self.text):
            return View(new, self.starts, self.ends)
        edits = []
        matcher = difflib.SequenceMatcher(None, self.text, new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                edits.append((i1, i2, new[j1:j2]))
        return self.edit(edits)
