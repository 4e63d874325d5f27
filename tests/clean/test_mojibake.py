"""Corrupted runs are found, flagged, and repaired only when the repair is certain."""

from __future__ import annotations

from tequ.clean.mojibake import find_runs, repair_view, try_repair
from tequ.clean.offsets import View


def _garble(text: str) -> str:
    """UTF-8 bytes read as GBK: the classic corruption, built from our own sentence."""
    return text.encode("utf-8").decode("gbk", errors="replace")


def test_try_repair_reverses_clean_gbk_misreading() -> None:
    original = "从今年的工作报告"
    garbled = original.encode("utf-8").decode("gbk")
    assert try_repair(garbled) == original


def test_repair_view_repairs_whole_garbled_stretch() -> None:
    garbled = "从今年的工作报告".encode().decode("gbk")
    original = "前文," + garbled + "。后文"
    fixed, flags = repair_view(View.of(original))
    assert fixed.text == "前文,从今年的工作报告。后文"
    assert len(flags) == 1 and flags[0][2] == "从今年的工作报告"
    assert original[flags[0][0] : flags[0][1]] == garbled


def test_try_repair_refuses_lossy_runs() -> None:
    assert try_repair("?!眲?") is None
    assert try_repair("纯正中文") is None or try_repair("纯正中文") != "纯正中文"


def test_find_runs_flags_question_mark_clusters_and_rare_characters() -> None:
    text = "要抢占制高点?!?月4日,区长作报告。推出“费改?!眲?新应用场景"
    runs = find_runs(text)
    assert len(runs) == 2
    assert all("?" in text[i:j] for i, j in runs)


def test_find_runs_ignores_ordinary_question_marks_and_single_rare_names() -> None:
    assert find_runs("如何走出新路?2025年的重点是什么?") == []
    assert find_runs("会长郑宇劼认为,今年有望突破。") == []


def test_repair_view_flags_with_original_offsets() -> None:
    original = "前文" + _garble("“从今年的工作报告。") + "后文"
    view = View.of(original)
    fixed, flags = repair_view(view)
    assert flags
    for a, b, _ in flags:
        assert 0 <= a < b <= len(original)
    for i, ch in enumerate(fixed.text):
        assert fixed.starts[i] < fixed.ends[i], ch


def test_repair_view_leaves_clean_text_alone() -> None:
    view = View.of("深圳今年新增学位四千个。")
    fixed, flags = repair_view(view)
    assert fixed is view
    assert flags == []


def test_repair_view_fixes_utf8_read_as_cp1252() -> None:
    raw = "深圳市口岸办".encode()
    # what a cp1252 reader shows (bytes it leaves undefined come out as Latin-1 controls)
    garbled = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)
    original = "来源:" + garbled + " 发布"
    fixed, flags = repair_view(View.of(original))
    assert fixed.text == "来源:深圳市口岸办 发布"
    assert flags and flags[0][2] == "深圳市口岸办"


def test_find_latin_runs_ignores_accented_words() -> None:
    from tequ.clean.mojibake import find_latin_runs

    assert find_latin_runs("Café São Paulo Zürich") == []


def test_find_runs_flags_a_lone_replacement_character() -> None:
    assert find_runs("深圳\ufffd市今天发布新政策。") == [(2, 3)]


def test_find_runs_leaves_hong_kong_forms_of_common_characters() -> None:
    """綫 (线), 爲 (为), 衞 (卫): Traditional forms outside Big5 level 1 that Hong Kong text
    writes side by side are not corruption."""
    assert find_runs("港鐵北環綫主綫及東鐵綫東延綫工程明年動工。") == []
    assert find_runs("衞生署爲市民提供服務，綫上預約。") == []
