"""The gold seeds wrapped in HTML pages (div layout and table layout with sidebar and footer):
cleaning must still drop every gold boilerplate line, keep every gold content line and find
the gold articles, with offsets into the HTML source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tequ.ingest import load_bytes


def _spans(text: str, quote: str) -> list[tuple[int, int]]:
    out, i = [], text.find(quote)
    while i >= 0:
        out.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return out


def _page(lines: list[str], layout: str) -> str:
    if layout == "div":
        body = "".join(f"<p>{ln}</p>\n" for ln in lines if ln.strip())
        return (
            '<html><head><meta charset="utf-8"><title>x</title></head><body>'
            '<div class="nav"><a href="/">首页</a> <a href="/a">要闻</a></div>'
            f'<div class="article">{body}</div><div class="footer">版权所有 粤ICP备00000000号</div></body></html>'
        )
    body = "".join(f"{ln}<br>\n" for ln in lines if ln.strip())
    return (
        '<html><head><meta charset="utf-8"></head><body><table>'
        '<tr><td><a href="/">首页</a> <a href="/b">政务公开</a></td></tr>'
        f"<tr><td>{body}</td><td><h3>热点专题</h3>"
        "<p>某区召开大会,推出一系列惠企措施,涉及企业开办、融资和人才引进等方面。</p></td></tr>"
        "<tr><td>主办单位:某区人民政府 粤ICP备00000000号</td></tr></table></body></html>"
    )


@pytest.mark.parametrize("layout", ["div", "table"])
def test_gold_seeds_as_html_pages(seeds_dir: Path, gold_dir: Path, layout: str) -> None:
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        lines = (seeds_dir / gold["doc"]).read_text(encoding="utf-8").split("\n")
        page = _page(lines, layout)
        doc = load_bytes(f"{gold['doc']}.html", page.encode("utf-8"))
        paras = [(p.start, p.end) for p in doc.paragraphs]

        def kept(quote: str, page: str = page, paras: list[tuple[int, int]] = paras) -> bool:
            return any(a < pe and ps < b for a, b in _spans(page, quote) for ps, pe in paras)

        assert [b for b in gold["boilerplate"] if kept(b)] == [], (layout, gold["doc"])
        assert [k for k in gold["keep"] if not kept(k)] == [], (layout, gold["doc"])
        got = [(a.published, a.source) for a in doc.articles]
        assert got == [(a["published"], a["source"]) for a in gold["articles"]], (layout, gold["doc"])
