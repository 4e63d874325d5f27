"""Cleaning: original text -> kept paragraphs with offset maps, split into articles.

PLACEHOLDER (replaced by the cleaning work of issue 2): one paragraph per non-blank line,
OpenCC t2s where it keeps the length, one article titled by the first line.
"""

from __future__ import annotations

import opencc

from tequ.model import Article, Document, Paragraph

_T2S = opencc.OpenCC("t2s")


def clean_text(source: str, original: str, *, encoding: str) -> Document:
    paragraphs: list[Paragraph] = []
    pos = 0
    for line in original.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = line.index(stripped[0])
        a, b = start + lead, start + lead + len(stripped)
        text = _T2S.convert(stripped)
        if len(text) != len(stripped):
            text = stripped
        paragraphs.append(
            Paragraph(a, b, text, tuple(range(a, b)), tuple(range(a + 1, b + 1)),
                      role="title" if not paragraphs else "body")
        )
    title = paragraphs[0].text if paragraphs else ""
    art = Article(title, None, None, (), 0, len(original))
    script = "hans"
    return Document(source, original, encoding, script, tuple(paragraphs), (art,) if paragraphs else ())
