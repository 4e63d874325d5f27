"""Build Documents and Annotations for store tests from our own sentences (not the seeds')."""

from __future__ import annotations

from typing import Any

from tequ.model import Annotations, Article, Document, Entity, Fact, Label, Measure, Paragraph, Span
from tequ.search.fulltext import to_simplified


def make_doc(
    source: str,
    title: str,
    body: list[str],
    *,
    published: str | None,
    outlet: str | None = None,
    script: str = "hans",
) -> Document:
    """A one-article document: title line then body lines; clean text = Simplified original lines."""
    lines = [title, *body]
    original = "\n".join(lines) + "\n"
    paras = []
    pos = 0
    for i, line in enumerate(lines):
        paras.append(
            Paragraph(
                pos,
                pos + len(line),
                line,
                tuple(range(pos, pos + len(line))),
                tuple(range(pos + 1, pos + len(line) + 1)),
                role="title" if i == 0 else "body",
            )
        )
        pos += len(line) + 1
    art = Article(to_simplified(title), published, outlet, (), 0, len(original))
    return Document(source, original, "utf-8", script, tuple(paras), (art,))


def span_of(doc: Document, quote: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = doc.original.index(quote, start + 1)
    return start, start + len(quote)


def fact(doc: Document, quote: str, **kw: Any) -> Fact:
    s, e = span_of(doc, quote)
    base: dict[str, Any] = {"qualifier": "exact", "period": None, "place": None, "kind": "level"}
    base.update(kw)
    return Fact(s, e, quote, **base)


def entity(doc: Document, text: str, type: str, canonical: str, *, every: bool = True) -> Entity:
    s, e = span_of(doc, text)
    mentions = []
    if every:
        i = doc.original.find(text)
        while i >= 0:
            mentions.append(Span(i, i + len(text)))
            i = doc.original.find(text, i + 1)
    return Entity(s, e, text, type, canonical, (), tuple(mentions))


def measure(doc: Document, quote: str, **kw: Any) -> Measure:
    s, e = span_of(doc, quote)
    base: dict[str, Any] = {"actor": None, "horizon": None}
    base.update(kw)
    return Measure(s, e, quote, **base)


def label(name: str, score: float = 0.9) -> Label:
    return Label(name, score)


def corpus() -> list[tuple[Document, Annotations]]:
    """Three documents about an invented harbour town, in both scripts, over two years."""
    d1 = make_doc(
        "a.txt",
        "海湾市港口客流创新高",
        ["2023年海湾市港口旅客吞吐量达到1.5亿人次。", "海湾市交通局表示，北湾码头将启动扩建工程。"],
        published="2024-01-10",
        outlet="海湾日报",
    )
    a1 = Annotations(
        facts=(
            fact(
                d1,
                "旅客吞吐量达到1.5亿人次",
                subject="海湾市港口旅客吞吐量",
                value=1.5e8,
                unit="人次",
                period="2023",
                place="海湾",
            ),
        ),
        entities=(
            entity(d1, "海湾市交通局", "ORG", "海湾市交通局"),
            entity(d1, "北湾码头", "FAC", "北湾码头"),
        ),
        measures=(
            measure(d1, "北湾码头将启动扩建工程", action="启动扩建", object="北湾码头", status="planned"),
        ),
        tags=(label("港口"),),
        categories=(label("交通"),),
    )
    d2 = make_doc(
        "b.txt",
        "海灣市港口旅客吞吐量增長兩成",
        [
            "2024年海灣市港口旅客吞吐量突破1.8億人次，同比增長20%。",
            "北灣碼頭擴建工程已全面建成並投入使用。",
            "海灣市交通局負責人介紹了口岸通關情況。",
        ],
        published="2025-01-08",
        outlet="灣區時報",
        script="hant",
    )
    a2 = Annotations(
        facts=(
            fact(
                d2,
                "旅客吞吐量突破1.8億人次",
                subject="海湾市港口旅客吞吐量",
                value=1.8e8,
                unit="人次",
                period="2024",
                place="海湾",
                qualifier="over",
            ),
            fact(
                d2,
                "同比增長20%",
                subject="海湾市港口旅客吞吐量",
                value=20,
                unit="%",
                period="2024",
                place="海湾",
                kind="change",
                relates_to=0,
            ),
        ),
        entities=(
            entity(d2, "北灣碼頭", "FAC", "北湾码头"),
            entity(d2, "海灣市交通局", "ORG", "海湾市交通局"),
        ),
        measures=(
            measure(
                d2, "北灣碼頭擴建工程已全面建成", action="扩建", object="北湾码头扩建工程", status="done"
            ),
        ),
        tags=(label("港口"),),
        categories=(label("交通"),),
    )
    d3 = make_doc(
        "c.txt",
        "海湾市发布2024年港口统计",
        ["2024年海湾市港口旅客吞吐量为1.75亿人次，同比增长35%。", "新区科技园将新增企业300家。"],
        published="2025-02-01",
        outlet="海湾日报",
    )
    a3 = Annotations(
        facts=(
            fact(
                d3,
                "旅客吞吐量为1.75亿人次",
                subject="港口旅客吞吐量",
                value=1.75e8,
                unit="人次",
                period="2024",
                place="海湾市",
            ),
            fact(
                d3,
                "同比增长35%",
                subject="港口旅客吞吐量",
                value=35,
                unit="%",
                period="2024",
                place="海湾市",
                kind="change",
                relates_to=0,
            ),
            fact(
                d3,
                "新增企业300家",
                subject="新区科技园新增企业",
                value=300,
                unit="家",
                period="2024",
                place="海湾",
                kind="target",
            ),
        ),
        entities=(entity(d3, "新区科技园", "FAC", "新区科技园"),),
        categories=(label("经济"),),
    )
    return [(d1, a1), (d2, a2), (d3, a3)]
