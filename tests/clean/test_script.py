"""Script detection and conversion to Simplified."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tequ.clean import script
from tequ.clean.offsets import View
from tequ.clean.script import ZHU_WORDS, detect_script, to_simplified, to_simplified_text


def test_detect_script_tells_hans_hant_mixed() -> None:
    assert detect_script("深圳市卫生健康委员会发布了新的医疗服务规划。") == "hans"
    assert detect_script("深圳市衛生健康委員會發布了新的醫療服務規劃。") == "hant"
    mixed = "深圳市衛生健康委員會發布了新的醫療服務規劃。" + "广州市发展和改革委员会公布了经济数据报告内容。"
    assert detect_script(mixed) == "mixed"
    assert detect_script("ABC 123") == "hans"


def test_to_simplified_text_uses_mainland_zhe() -> None:
    assert to_simplified_text("面臨著困難,有著優勢") == "面临着困难,有着优势"
    assert to_simplified_text("著名學者的專著") == "著名学者的专著"


def test_to_simplified_keeps_exact_map() -> None:
    original = "羅湖區發展與改革局"
    v = to_simplified(View.of(original))
    assert v.text == "罗湖区发展与改革局"
    assert list(v.starts) == list(range(len(original)))


def test_zhu_words_table_entries_are_words_with_zhu() -> None:
    assert len(set(ZHU_WORDS)) == len(ZHU_WORDS)
    assert all("著" in w and len(w) == 2 for w in ZHU_WORDS)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=list("這個區發展著名著作顯著著力乾燥乾隆頭髮發現後來裡面里程深圳，。 ab12"), max_size=700
        ),
        max_size=8,
    )
)
def test_to_simplified_many_equals_one_view_at_a_time(texts: list[str]) -> None:
    views = [View.of(t) for t in texts]
    many = script.to_simplified_many(views)
    one = [script.to_simplified(v) for v in views]
    assert [(v.text, list(v.starts), list(v.ends)) for v in many] == [
        (v.text, list(v.starts), list(v.ends)) for v in one
    ]


def test_to_simplified_text_folds_hong_kong_variants() -> None:
    assert to_simplified_text("食物環境衞生署") == "食物环境卫生署"
    assert to_simplified_text("衹需在枱面上登記") == "只需在台面上登记"
    assert to_simplified(View.of("深圳市衞生健康委員會")).text == "深圳市卫生健康委员会"
