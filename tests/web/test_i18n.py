"""The message catalogue: every key a template or view uses exists, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tequ.web
from tequ.web.i18n import LANGS, MESSAGES, normalize_lang, translator

WEB = Path(tequ.web.__file__).resolve().parent
LITERAL_KEY = re.compile(r"""\bt\(\s*['"]([a-z_]+\.[a-z_.]+|[a-z_]+)['"]\s*\)""")
PREFIX_KEY = re.compile(r"""\bt\(\s*['"]([a-z_]+\.)['"]\s*~""")


def _sources() -> list[Path]:
    return sorted((WEB / "templates").glob("*.html")) + sorted(WEB.glob("*.py"))


def test_i18n_every_used_key_is_in_the_catalogue() -> None:
    used = {m for p in _sources() for m in LITERAL_KEY.findall(p.read_text(encoding="utf-8"))}
    assert used, "no t('...') calls found: the pattern is stale"
    assert sorted(k for k in used if k not in MESSAGES) == []


@pytest.mark.parametrize(
    ("prefix", "values"),
    [
        ("status.", ["planned", "ongoing", "done"]),
        ("check.", ["ok", "discrepancy", "bound_ok"]),
        ("facet.", ["source", "category", "tag", "year"]),
        ("kind.", ["fact", "entity", "measure"]),
        ("qualifier.", ["exact", "over", "at_least", "about", "nearly", "under"]),
        ("factkind.", ["level", "change", "share", "count", "target", "rank"]),
        ("checkrole.", ["change", "level", "base"]),
    ],
)
def test_i18n_computed_keys_cover_their_values(prefix: str, values: list[str]) -> None:
    assert all(prefix + v in MESSAGES for v in values)


def test_i18n_entries_have_both_languages() -> None:
    assert len(LANGS) == 2
    for key, entry in MESSAGES.items():
        assert len(entry) == 2 and all(s.strip() for s in entry), key
        assert re.search(r"[\u4e00-\u9fff]", entry[0]) or key == "nav.lang", key


def test_i18n_translator_and_lang_normalising() -> None:
    assert translator("en")("nav.search") == "Search"
    assert translator("zh")("nav.search") == "搜索"
    assert translator("xx")("nav.search") == "搜索"
    assert normalize_lang(" EN ") == "en"
    assert normalize_lang("de") is None
