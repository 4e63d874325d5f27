"""Decoding: every common Chinese encoding, BOMs, universal newlines, limits."""

from __future__ import annotations

import codecs

import pytest

from tequ.errors import InputError
from tequ.ingest.decode import decode_bytes

TEXT = "深圳市羅湖區發展和改革局發佈《口岸片區三年行動方案》。\n今年新增學位四千個,同比增長百分之十二。\n" * 3


@pytest.mark.parametrize("enc", ["utf-8", "gb18030", "big5", "utf-16", "utf-16-le", "utf-16-be"])
def test_decode_bytes_round_trips_common_encodings(enc: str) -> None:
    text, used = decode_bytes("f.txt", TEXT.encode(enc))
    assert text == TEXT
    assert used


def test_decode_bytes_gbk_simplified() -> None:
    simplified = "深圳市罗湖区发展和改革局发布口岸片区三年行动方案,今年新增学位四千个。" * 4
    text, used = decode_bytes("f.txt", simplified.encode("gbk"))
    assert text == simplified
    assert used in {"gb18030", "gbk", "gb2312"}


def test_decode_bytes_utf8_bom_kept_like_read_text() -> None:
    data = codecs.BOM_UTF8 + "标题\r\n正文\r第三行".encode()
    text, used = decode_bytes("f.txt", data)
    assert text == "\ufeff标题\n正文\n第三行"
    assert used == "utf-8-sig"


def test_decode_bytes_rejects_empty_and_binary() -> None:
    with pytest.raises(InputError, match="empty file"):
        decode_bytes("f.txt", b"")
    with pytest.raises(InputError, match="binary"):
        decode_bytes("f.txt", bytes(range(256)) * 20)


def test_decode_bytes_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEQU_MAX_BYTES", "100")
    with pytest.raises(InputError, match=r"101 bytes is over the 100 bytes limit \(set TEQU_MAX_BYTES"):
        decode_bytes("f.txt", b"a" * 101)


def test_decode_bytes_honours_declared_html_charset() -> None:
    page = '<html><head><meta charset="gb2312"></head><body><p>短文</p></body></html>'
    text, used = decode_bytes("p.html", page.encode("gbk"))
    assert text == page
    assert used == "gb18030"


@pytest.mark.parametrize("enc", ["utf-8-sig", "utf-16", "gb18030"])
def test_seeds_in_other_encodings_clean_the_same(seeds_dir, enc: str) -> None:  # type: ignore[no-untyped-def]
    from tequ.ingest import load_bytes

    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        try:
            data = text.encode(enc)
        except UnicodeEncodeError:
            continue
        base = load_bytes(path.name, text.encode("utf-8"))
        other = load_bytes(path.name, data)
        shift = 1 if enc == "utf-8-sig" else 0
        assert [p.text for p in other.paragraphs] == [p.text for p in base.paragraphs], (enc, path.name)
        assert [p.start for p in other.paragraphs] == [p.start + shift for p in base.paragraphs]
        assert [(a.title, a.published, a.source) for a in other.articles] == [
            (a.title, a.published, a.source) for a in base.articles
        ]


def test_decode_bytes_mostly_utf8_keeps_text_and_marks_damage() -> None:
    good = "示范区管委会今天介绍了支持中小企业发展的十条措施,涉及资金和人才。\n" * 5
    text, used = decode_bytes("d.txt", good.encode() + b"\xff tail\n")
    assert text.startswith(good)
    assert "\ufffd" in text
    assert used.startswith("utf-8")
