"""Markdown -> plain lines: heading marks, quotes, list markers, emphasis and link targets go,
the text stays (every character keeps its map); images stay whole so that the image-placeholder
rule sees them. Used for .md files and for JSONL text fields written in Markdown (scrapers that
export pages as Markdown)."""

from __future__ import annotations

import re

from tequ.clean.offsets import View

_MD_LEAD = re.compile(r"^(?:\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+))+")
_MD_EMPH = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`")
_MD_LINK = re.compile(r"(?<!!)\[([^\]]*)\]\([^)]*\)")
# strong signs that a text field is Markdown: a heading line, a link or image, a bold pair
_MD_SIGN = re.compile(r"(?m)^\s{0,3}#{1,6}\s+\S|!?\[[^\]\n]*\]\((?:https?:|/|\.)[^)\s]*\)|\*\*[^*\n]+\*\*")


def md_line(v: View) -> View:
    """One line without its Markdown syntax."""
    m = _MD_LEAD.match(v.text)
    if m:
        v = v.slice(m.end(), len(v.text))
    edits = [
        e for m in _MD_LINK.finditer(v.text) for e in ((m.start(), m.start(1), ""), (m.end(1), m.end(), ""))
    ]
    if edits:
        v = v.edit(edits)
    edits = [(m.start(), m.end(), "") for m in _MD_EMPH.finditer(v.text)]
    return v.edit(edits) if edits else v


def is_markdown(text: str) -> bool:
    """True when ``text`` shows Markdown syntax (a ``#`` heading line, a link, a bold pair)."""
    return ("#" in text or "](" in text or "**" in text) and _MD_SIGN.search(text) is not None
