"""JSONL: one article a line, offsets into the raw JSON text through escapes."""

from __future__ import annotations

import json

from tequ.ingest import load_bytes
from tequ.ingest.jsonl import decode_string, string_fields


def test_string_fields_finds_top_level_values() -> None:
    line = '{"title": "标题", "meta": {"text": "inner"}, "text": "正文\\n第二段"}'
    spans = string_fields(line, 10)
    a, b = spans["text"]
    assert line[a - 10 : b - 10] == "正文\\n第二段"
    assert "meta" not in spans


def test_decode_string_maps_escapes_to_source() -> None:
    raw = '前\\u5e02\\n\\"后\\ud83d\\ude00'
    v = decode_string(raw, 0, len(raw))
    assert v.text == json.loads(f'"{raw}"') == '前市\n"后\U0001f600'
    k = v.text.index("市")
    assert raw[v.starts[k] : v.ends[k]] == "\\u5e02"
    assert raw[v.starts[-1] : v.ends[-1]] == "\\ud83d\\ude00"


def test_load_bytes_jsonl_articles_and_offsets() -> None:
    rows = [
        {
            "title": "光明区新增科研平台",
            "text": "光明区今年新增科研平台5个。\n总投资超过20亿元。",
            "published": "2025-03-12",
            "source": "光明发布",
        },
        "not an object",
        {"text": "另一条:龙华区数字经济增加值增长8%。", "url": "https://example.org/2"},
    ]
    data = "\n".join(json.dumps(r, ensure_ascii=i == 0) for i, r in enumerate(rows)) + "\n{broken"
    doc = load_bytes("feed.jsonl", data.encode())
    assert [(a.title, a.published, a.source) for a in doc.articles] == [
        ("光明区新增科研平台", "2025-03-12", "光明发布"),
        ("另一条:龙华区数字经济增加值增长8%。", None, None),
    ]
    assert doc.articles[1].url == "https://example.org/2"
    assert {d.reason for d in doc.dropped} >= {"jsonl:no-text", "jsonl:invalid"}
    first = [p for p in doc.paragraphs if p.article == 0]
    assert first[0].role == "title"
    for p in doc.paragraphs:
        for i, ch in enumerate(p.text):
            src = doc.original[p.starts[i] : p.ends[i]]
            assert ch == src or src.startswith("\\u")


def test_load_bytes_jsonl_with_bom() -> None:
    data = (
        b"\xef\xbb\xbf" + json.dumps({"title": "标题", "text": "正文一句话。"}, ensure_ascii=False).encode()
    )
    doc = load_bytes("bom.jsonl", data)
    assert [a.title for a in doc.articles] == ["标题"]
    assert doc.original.startswith("\ufeff")


def test_gold_seeds_as_jsonl_records_keep_gold_lines(seeds_dir, gold_dir) -> None:  # type: ignore[no-untyped-def]
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (seeds_dir / gold["doc"]).read_text(encoding="utf-8")
        raw = json.dumps({"text": text, "url": "https://example.org/x"}, ensure_ascii=False) + "\n"
        doc = load_bytes("seed.jsonl", raw.encode("utf-8"))
        paras = [(p.start, p.end) for p in doc.paragraphs]

        def kept(quote: str, raw: str = raw, paras: list[tuple[int, int]] = paras) -> bool:
            i = raw.find(quote)
            return i >= 0 and any(i < pe and ps < i + len(quote) for ps, pe in paras)

        assert [b for b in gold["boilerplate"] if kept(b)] == [], gold["doc"]
        assert [k for k in gold["keep"] if raw.find(k) >= 0 and not kept(k)] == [], gold["doc"]
        assert len(doc.articles) == 1
        assert doc.articles[0].url == "https://example.org/x"


def test_load_bytes_jsonl_field_aliases_and_epoch_dates() -> None:
    rows = [
        {"headline": "标题一", "content": "正文一句话。", "publish_time": 1735689600},
        {"title": "标题二", "body": "正文第二句。", "date": 1735689600000},
    ]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()
    doc = load_bytes("alias.jsonl", data)
    assert [(a.title, a.published) for a in doc.articles] == [
        ("标题一", "2025-01-01"),
        ("标题二", "2025-01-01"),
    ]


def test_jsonl_authors_of_any_json_type_never_raise() -> None:
    lines = [
        '{"text": "某区新增社区医院12家,总数超过300家。", "authors": 5}',
        '{"text": "某区新开通公交线路6条,覆盖新建住宅区。", "authors": {"name": "王小明"}}',
        '{"text": "某區新增停車位3000個,緩解停車難。", "author": ["王小明", 7, null]}',
    ]
    doc = load_bytes("a.jsonl", "\n".join(lines).encode("utf-8"))
    assert [a.authors for a in doc.articles] == [(), (), ("王小明",)]
