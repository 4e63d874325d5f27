"""Categories and topic tags: taxonomy data integrity, scores, evidence spans, both scripts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tequ.cli import cli
from tequ.extract.tags import extract_categories, extract_tags, load_taxonomy, read_taxonomy
from tequ.ingest import load_document
from tequ.model import Document, Fact, Label, Paragraph


def _doc(tmp_path: Path, title: str, body: str) -> Document:
    path = tmp_path / "news.txt"
    path.write_text(f"{title}\n发布时间：2025-03-01\n{body}\n", encoding="utf-8")
    return load_document(str(path))


def _names(labels: list[Label]) -> list[str]:
    return [lab.name for lab in labels]


# -- taxonomy data ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["tags", "categories"])
def test_taxonomy_entries_have_notes_and_valid_weights(name: str) -> None:
    raw = read_taxonomy(name)
    assert {"scale", "threshold", "min_hits"} <= set(raw["settings"])
    assert raw[name], "no labels"
    for label, entry in raw[name].items():
        assert entry.get("note"), f"{label} has no note"
        cues = [c for c, *_ in entry.get("cues", [])]
        assert cues, f"{label} has no cues"
        assert len(cues) == len(set(cues)), f"{label} lists a cue twice"
        for item in entry.get("cues", []) + entry.get("patterns", []):
            cue, weight, note = item
            assert cue and note.strip(), f"{label}: {cue!r} needs a note"
            assert 0 < weight <= 5, f"{label}: {cue!r} weight out of range"
        for pattern, *_ in entry.get("patterns", []):
            re.compile(pattern)


def test_taxonomy_categories_are_the_eight_of_the_news_service() -> None:
    assert set(load_taxonomy("categories").labels) == {
        "政策",
        "人事",
        "法规",
        "产品",
        "技术",
        "品牌",
        "服务",
        "数据",
    }


# -- tags ------------------------------------------------------------------------------------

HEALTH = (
    "福田区新增社康机构6家，医院与社康联动的家庭医生服务覆盖更多患者。区卫生健康局表示，"
    "将推动医保结算在社康机构全面接入，方便居民就医。"
)
HEALTH_HANT = (
    "福田區新增社康機構6家，醫院與社康聯動的家庭醫生服務覆蓋更多患者。區衛生健康局表示，"
    "將推動醫保結算在社康機構全面接入，方便居民就醫。"
)


@pytest.mark.parametrize(("title", "body"), [("福田社康再扩容", HEALTH), ("福田社康再擴容", HEALTH_HANT)])
def test_extract_tags_health_with_evidence_in_the_original(tmp_path: Path, title: str, body: str) -> None:
    doc = _doc(tmp_path, title, body)
    tags = extract_tags(doc)
    assert tags and tags[0].name == "医疗卫生"
    assert 0.0 < tags[0].score <= 1.0
    quotes = {doc.original[s.start : s.end] for s in tags[0].evidence}
    assert quotes & {"社康", "医院", "醫院", "患者", "医保", "醫保"}
    assert all(q in body + title for q in quotes)


def test_extract_tags_ranks_the_dominant_topic_first(tmp_path: Path) -> None:
    body = (
        "南山区发布低空经济行动计划，新建无人机起降点40个，开通低空物流航线。低空飞行服务中心"
        "年内投用，区里同时支持无人机企业研发新型飞行器。"
    )
    tags = extract_tags(_doc(tmp_path, "南山加快发展低空经济", body))
    assert tags[0].name == "低空经济"
    assert tags == sorted(tags, key=lambda t: -t.score)


TOPICS = [
    (
        "口岸经济",
        "皇岗口岸通关量创新高",
        "今年以来皇岗口岸出入境旅客持续增长，边检部门增设自助通关通道，口岸周边商圈借势发展口岸经济。",
    ),
    (
        "口岸经济",
        "皇崗口岸通關量創新高",
        "今年以來皇崗口岸出入境旅客持續增長，邊檢部門增設自助通關通道，口岸周邊商圈借勢發展口岸經濟。",
    ),
    (
        "深港合作",
        "深港青年创业基地揭牌",
        "深港两地共建的青年创业基地在前海揭牌，首批入驻的港籍创业团队可享受跨境办公便利。",
    ),
    (
        "教育",
        "宝安新增公办学位",
        "宝安区今年秋季新开办学校8所，新增公办学位1.2万个，另有两所幼儿园投入使用，学生就近入学更方便。",
    ),
    (
        "人工智能",
        "龙岗发布大模型应用场景",
        "龙岗区面向企业开放一批人工智能应用场景，支持大模型在政务和制造中落地，并建设公共算力平台。",
    ),
    (
        "交通基建",
        "地铁新线开通",
        "地铁20号线二期今日开通，与机场和高铁站实现接驳，沿线交通更加便利。",
    ),
    (
        "营商环境",
        "福田优化营商环境",
        "福田区推出优化营商环境十条举措，降低市场准入门槛，为经营主体提供惠企政策免申即享服务。",
    ),
    (
        "科技创新",
        "光明科学城新添实验室",
        "光明科学城新添两家重点实验室，科研团队围绕新材料开展研发，已申请发明专利三十余项。",
    ),
    (
        "产业",
        "坪山集聚生物医药企业",
        "坪山区生物医药产业集群加速成形，区里开展产业链招商，引进一批先进制造业项目。",
    ),
    (
        "民生",
        "罗湖办好民生实事",
        "罗湖区今年继续办好民生实事，新增长者食堂和社区托育点，为居民筹集保障性住房。",
    ),
    (
        "港航物流",
        "盐田港集装箱吞吐量增长",
        "盐田港区前三季度集装箱吞吐量超过1200万标箱，新开通远洋航线6条，码头自动化改造加快推进。",
    ),
    (
        "医疗卫生",
        "南山新建社区医院",
        "南山区新建两家社区医院，居民就医更近，患者在社康机构即可完成慢病复诊和医保结算。",
    ),
]


@pytest.mark.parametrize(("tag", "title", "body"), TOPICS)
def test_extract_tags_names_the_topic_of_a_short_article(
    tmp_path: Path, tag: str, title: str, body: str
) -> None:
    tags = extract_tags(_doc(tmp_path, title, body))
    assert tags and tags[0].name == tag, [(t.name, t.score) for t in tags]
    assert 0.0 < tags[0].score <= 1.0
    assert tags[0].evidence


def test_extract_tags_one_word_repeated_is_not_a_topic(tmp_path: Path) -> None:
    body = "新线途经多个片区，沿线片区居民出行更方便；地铁公司表示，片区站点已完成装修，线路下月开通并与公交接驳。"
    names = _names(extract_tags(_doc(tmp_path, "地铁新线下月开通", body)))
    assert "城市更新" not in names
    assert "交通基建" in names


def test_extract_tags_keeps_at_most_the_configured_number(tmp_path: Path) -> None:
    body = "".join(body for _, _, body in TOPICS)
    tags = extract_tags(_doc(tmp_path, "年度工作综述", body))
    assert 0 < len(tags) <= load_taxonomy("tags").max_labels


def test_extract_tags_nothing_on_unrelated_text(tmp_path: Path) -> None:
    assert extract_tags(_doc(tmp_path, "天气", "今天多云，傍晚有阵雨，气温二十度上下。")) == []


# -- categories ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "市人大常委会任免名单",
            "市人大常委会会议决定，任命王小明为市交通运输局局长，免去赵大海的市交通运输局局长职务。",
            "人事",
        ),
        (
            "市人大常委會任免名單",
            "市人大常委會會議決定，任命王小明為市交通運輸局局長，免去趙大海的市交通運輸局局長職務。",
            "人事",
        ),
        (
            "低空条例表决通过",
            "市人大常委会表决通过《深圳经济特区低空飞行服务条例》，条例自明年起施行，对起降设施作出规定。",
            "法规",
        ),
        (
            "南山出台人才政策",
            "南山区出台支持青年人才的若干措施，政策包括租房补贴和创业扶持，实施方案同步印发。",
            "政策",
        ),
        (
            "国产新款手机首发",
            "一家深圳企业举行发布会，新款手机和配套平板产品首发，新品下月上市。",
            "产品",
        ),
        (
            "光明实验室攻关芯片",
            "光明区一家实验室联合企业开展芯片研发，已申请专利四十项，算法团队同步推进中试。",
            "技术",
        ),
        (
            "老字号焕新",
            "罗湖举办老字号品牌节，十余家老字号发布新商标，提升城市名片知名度。",
            "品牌",
        ),
        (
            "政务服务一站式办理",
            "福田区政务服务中心开设一站式窗口，企业办事最多跑一次，便民热线全天接听。",
            "服务",
        ),
    ],
)
def test_extract_categories(tmp_path: Path, title: str, body: str, expected: str) -> None:
    cats = extract_categories(_doc(tmp_path, title, body))
    assert cats and cats[0].name == expected


def test_extract_categories_data_counts_facts(tmp_path: Path) -> None:
    body = "去年全区生产总值1200亿元，同比增长6%，社会消费品零售总额410亿元，进出口总额830亿元。"
    doc = _doc(tmp_path, "区经济数据发布", body)
    para = next(p for p in doc.paragraphs if p.role == "body")
    facts = []
    for m in re.finditer(r"\d+(?:亿元|%)", para.text):
        span = para.to_original(m.start(), m.end())
        quote = doc.original[span.start : span.end]
        facts.append(Fact(span.start, span.end, quote, "x", 1.0, "元", "exact", None, None, "level"))
    without = {c.name: c.score for c in extract_categories(doc)}
    with_facts = {c.name: c for c in extract_categories(doc, facts=facts)}
    assert "数据" in with_facts
    assert with_facts["数据"].score > without.get("数据", 0.0)
    assert {(s.start, s.end) for s in with_facts["数据"].evidence} >= {(f.start, f.end) for f in facts[:3]}


def test_extract_categories_empty_document() -> None:
    doc = Document("empty.txt", "", "utf-8", "hans", (), ())
    assert extract_categories(doc) == []
    assert extract_tags(doc) == []


# -- CLI -------------------------------------------------------------------------------------


def test_cli_tags_json(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"福田社康再扩容\n发布时间：2025-03-01\n{HEALTH}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["tags", "--json", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["tags"][0]["name"] == "医疗卫生"
    assert all(ev["quote"] for ev in data["tags"][0]["evidence"])


@pytest.mark.parametrize("as_json", [True, False])
def test_cli_tags_missing_file_fails_after_the_others(tmp_path: Path, as_json: bool) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"福田社康再扩容\n发布时间：2025-03-01\n{HEALTH}\n", encoding="utf-8")
    args = ["tags", *(["--json"] if as_json else []), str(path), str(tmp_path / "missing.txt")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "医疗卫生" in result.output
    assert "missing.txt" in result.output


def test_cli_tags_help() -> None:
    result = CliRunner().invoke(cli, ["tags", "--help"])
    assert result.exit_code == 0
    assert "categories" in result.output


_ALPHABET = "深圳口岸医院学校人工智能低空无人机任命免去条例政策服务数据，。、“”《》 0123456789\n"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=150))
def test_extract_labels_never_raise_and_evidence_is_in_range(text: str) -> None:
    paras = ()
    if text:
        n = len(text)
        paras = (Paragraph(0, n, text, tuple(range(n)), tuple(range(1, n + 1))),)
    doc = Document("h.txt", text, "utf-8", "hans", paras, ())
    for label in extract_tags(doc) + extract_categories(doc):
        assert 0.0 <= label.score <= 1.0
        assert all(0 <= s.start < s.end <= len(text) for s in label.evidence)
