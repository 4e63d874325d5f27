"""Script detection and conversion to Simplified."""

from __future__ import annotations

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
