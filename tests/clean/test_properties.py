"""Property tests: cleaning any text or bytes never raises and keeps every span in range."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tequ.clean import clean_text
from tequ.errors import InputError
from tequ.ingest import load_bytes
from tequ.model import Document

# text drawn from what news files hold: CJK (Simplified and Traditional), pinyin letters,
# punctuation, digits, ASCII, blanks and newlines
_ALPHABET = st.sampled_from(
    list("深圳市羅湖區发展改革委员会記者编辑来源發布时间年月日:：()（）【】[]!?。，,、“”")
    + list("qūāàǎchuàngabcXYZ0123456789 \n\r\t\u3000\ufeff\ufffd?!^|")
)
_TEXT = st.text(alphabet=_ALPHABET, max_size=400) | st.text(max_size=200)


def _check(doc: Document) -> None:
    n = len(doc.original)
    for p in doc.paragraphs:
        assert 0 <= p.start <= p.end <= n
        assert len(p.text) == len(p.starts) == len(p.ends)
        assert all(0 <= a < b <= n for a, b in zip(p.starts, p.ends, strict=True))
    for a in doc.articles:
        assert 0 <= a.start <= a.end <= n
    for d in doc.dropped:
        assert 0 <= d.start <= d.end <= n
    for f in doc.flags:
        assert 0 <= f.start <= f.end <= n


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_clean_text_never_raises_and_spans_stay_in_range(text: str) -> None:
    original = text.replace("\r\n", "\n").replace("\r", "\n")
    _check(clean_text("x.txt", original, encoding="utf-8"))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), st.sampled_from([None, "txt", "md", "html", "jsonl"]))
def test_load_bytes_gives_document_or_input_error(data: bytes, fmt: str | None) -> None:
    try:
        doc = load_bytes("x", data, fmt=fmt)
    except InputError as exc:
        assert str(exc).startswith("x: ")
        return
    _check(doc)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.sampled_from(["utf-8", "utf-16", "gb18030", "big5"]))
def test_load_bytes_round_trips_encodings(text: str, enc: str) -> None:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        return
    try:
        doc = load_bytes("x.txt", data)
    except InputError:
        return
    _check(doc)


_HTML_PARTS = st.sampled_from(
    [
        *[
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<br>",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            "&amp;",
            "&nbsp;",
            "&#x4e2d;",
            "&bogus;",
            "<h1>",
            "</h1>",
            "<title>",
            "</title>",
            "深圳市",
            "來源:某報",
            "发布时间:2024-05-01",
            "(qū)",
            "分享到",
            "。",
            "<",
            ">",
            "&",
            "示范区发布新政策支持中小企业发展十条措施。",
        ],
        "\n",
        " ",
    ]
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_HTML_PARTS, max_size=60).map("".join))
def test_load_bytes_html_fragments_never_raise(text: str) -> None:
    try:
        doc = load_bytes("x.html", text.encode("utf-8"))
    except InputError:
        return
    _check(doc)


_GATE_ALPHABET = st.sampled_from(
    list("深圳市羅湖區發展著名显著着力锟斤拷鍙戝竷?!^|~`\\()（）qūāàǎchuàng０１２３ＡＢ％\u00a0\u200b\ufeff")
    + list("æ·±åœ³ Ã©\n。，：来源2024年")
)


def _snapshot(doc: Document) -> tuple[object, ...]:
    return (doc.script, doc.paragraphs, doc.articles, doc.dropped, doc.flags, doc.meta)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_GATE_ALPHABET, max_size=300))
def test_clean_text_document_gates_change_nothing(text: str) -> None:
    """The one-scan-per-document gates (mojibake, pinyin, width, script) only skip stages that
    would leave every line unchanged: forcing every stage on gives the same document."""
    import tequ.clean as clean

    fast = clean_text("g.txt", text, encoding="utf-8")
    saved = (clean.mojibake.may_have_runs, clean.pinyin.may_have_pinyin, clean.may_need_normalize)
    saved_script = clean.script.may_have_traditional
    try:
        clean.mojibake.may_have_runs = lambda _t: True  # type: ignore[assignment]
        clean.pinyin.may_have_pinyin = lambda _t, **_k: True  # type: ignore[assignment]
        clean.may_need_normalize = lambda _t: True  # type: ignore[assignment]
        clean.script.may_have_traditional = lambda _t: True  # type: ignore[assignment]
        slow = clean_text("g.txt", text, encoding="utf-8")
    finally:
        clean.mojibake.may_have_runs, clean.pinyin.may_have_pinyin, clean.may_need_normalize = saved
        clean.script.may_have_traditional = saved_script
    assert _snapshot(fast) == _snapshot(slow)
