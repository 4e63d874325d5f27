"""The entity stage on short documents written for these tests (our own sentences)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import zhconv_rs

from tequ.extract import names
from tequ.extract.entities import EntitySettings, extract_entities
from tequ.model import Document
from textdocs import lines_doc as make_doc


def by_canonical(doc: Document) -> dict[tuple[str, str], object]:
    return {(e.type, e.canonical): e for e in extract_entities(doc)}


def test_extract_entities_gazetteer_full_official_name() -> None:
    doc = make_doc("市口岸办近日召开会议，研究罗湖口岸改造。")
    ents = by_canonical(doc)
    assert ("ORG", "深圳市人民政府口岸办公室") in ents
    assert ("FAC", "罗湖口岸") in ents


def test_extract_entities_merges_mentions_across_scripts() -> None:
    doc = make_doc("羅湖區將推進改造。", "罗湖区还将新建学校。")
    found = [e for e in extract_entities(doc) if e.canonical == "罗湖区"]
    assert len(found) == 1
    ent = found[0]
    assert ent.text == "羅湖區" and doc.original[ent.start : ent.end] == ent.text
    assert len(ent.mentions) == 2 and set(ent.aliases) == {"羅湖區", "罗湖区"}


def test_extract_entities_person_with_role_cue() -> None:
    doc = make_doc("区长王建国在会上表示，将加快项目建设。")
    ents = by_canonical(doc)
    assert ("PER", "王建国") in ents
    assert ents[("PER", "王建国")].role == "区长"  # type: ignore[attr-defined]


def test_extract_entities_title_is_policy_and_quoted_scheme() -> None:
    doc = make_doc("市政府印发《关于促进低空经济发展的若干措施》，并推出“湾区通办”试点。")
    ents = by_canonical(doc)
    assert ("POLICY", "关于促进低空经济发展的若干措施") in ents
    assert ("POLICY", "湾区通办") in ents
    assert ("ORG", "深圳市人民政府") in ents


def test_extract_entities_quoted_scheme_joins_action_word() -> None:
    doc = make_doc("全市启动“数据+”行动。")
    assert ("POLICY", "数据+行动") in by_canonical(doc)


def test_extract_entities_metro_list_gives_one_line_each() -> None:
    doc = make_doc("地铁8、12号线将于年内开通。")
    ents = by_canonical(doc)
    assert ("FAC", "地铁8号线") in ents and ("FAC", "地铁12号线") in ents


def test_extract_entities_org_chunk_by_suffix_family() -> None:
    doc = make_doc("活动由深圳市前海青年创业促进会主办。")
    canon = {c for t, c in by_canonical(doc) if t == "ORG"}
    assert "深圳市前海青年创业促进会" in canon


def test_extract_entities_plenary_event_and_organiser() -> None:
    doc = make_doc("市委八届二次全会在市民中心召开。")
    ents = by_canonical(doc)
    assert ("EVENT", "中共深圳市委八届二次全会") in ents
    assert ("ORG", "中共深圳市委") in ents


def test_extract_entities_rejects_junk_and_generic_chunks() -> None:
    doc = make_doc("两地联通更加紧密，跨境服务中心持续优化，新时代惠民举措不断。", "?皬慕衲甑膮^表示")
    for e in extract_entities(doc):
        assert "?" not in e.text
        assert e.canonical not in {"联通", "跨境", "新时代", "惠民", "跨境服务中心"}


def test_extract_entities_without_tagger_keeps_gazetteer_and_patterns() -> None:
    doc = make_doc("深圳湾口岸与《前海方案》。")
    ents = {(e.type, e.canonical) for e in extract_entities(doc, settings=EntitySettings(use_lac=False))}
    assert ("FAC", "深圳湾口岸") in ents
    assert ("POLICY", "全面深化前海深港现代服务业合作区改革开放方案") in ents  # title -> official name


def test_extract_entities_spans_quote_original(seeds_dir: Path) -> None:
    from tequ.ingest import load_document

    for path in sorted(seeds_dir.glob("*.txt")):
        doc = load_document(str(path))
        for e in extract_entities(doc):
            assert doc.original[e.start : e.end] == e.text
            assert all(m.start < m.end for m in e.mentions)
            assert zhconv_rs.zhconv(e.canonical, "zh-cn") == e.canonical


def test_names_word_tables_have_comments_and_no_duplicates() -> None:
    for typ, groups in names.SUFFIXES.items():
        words = [w for comment, ws in groups for w in ws]
        assert all(comment for comment, _ in groups), typ
        assert len(words) == len(set(words)), typ
    roles = [w for _, ws in names.ROLE_WORDS for w in ws]
    assert len(roles) == len(set(roles))
    titles = [w for _, ws in names.TITLE_TABLE for w in ws.split()]
    assert all(comment for comment, _ in names.TITLE_TABLE)
    assert len(titles) == len(set(titles))
    assert not set(names.SURNAMES_2) & set(names.SURNAMES_1)


def test_is_person_name_shapes() -> None:
    assert names.is_person_name("张伟") and names.is_person_name("欧阳明华")
    assert not names.is_person_name("扫一扫") and not names.is_person_name("深圳市")


@pytest.mark.parametrize("name", ["王总", "李老师", "陈某", "张经理", "吴小姐", "欧阳先生"])
def test_is_person_name_surname_and_title_is_not_a_name(name: str) -> None:
    assert not names.is_person_name(name)
    assert not names.is_loose_person_name(name)


def full_text(line: str) -> dict[tuple[str, str], object]:
    return {
        (e.type, e.canonical): e
        for e in extract_entities(make_doc(line), settings=EntitySettings(full_text=True))
    }


@pytest.mark.parametrize(
    ("line", "typ", "canonical"),
    [
        ("新店开在杭州市西湖区文三路100号，明天营业。", "LOC", "杭州市西湖区文三路100号"),
        ("周末我们去了玄武湖公园散步。", "FAC", "玄武湖公园"),
        ("张三丰：今年的目标是稳中求进。", "PER", "张三丰"),
    ],
)
def test_extract_entities_full_text_addresses_sites_and_speakers(line: str, typ: str, canonical: str) -> None:
    ents = full_text(line)
    assert (typ, canonical) in ents, sorted(ents)


@pytest.mark.parametrize(
    ("line", "typ", "canonical"),
    [
        ("上赛季英超的积分榜上，两支球队只差一分。", "ORG", "英超"),
        ("本周欧冠小组赛将决出出线名额。", "ORG", "欧冠"),
        ("上周末桑坦德客场输给了奥萨苏纳，排名下滑。", "ORG", "桑坦德"),
        ("莫陆军最近5个主场4胜1负。", "ORG", "莫陆军"),
        ("本场比赛，主帅表示卡萨诺受伤后复出，状态回升。", "PER", "卡萨诺"),
        ("佛罗伦萨的处境不妙。欧赔方面，主胜赔率持续走高。", "ORG", "佛罗伦萨"),
        ("亚盘方面，博洛尼亚热，投注偏向主队。", "ORG", "博洛尼亚"),
        ("本轮马竞客场挑战塞维利亚。", "ORG", "马竞"),
        ("周六我们去了博物馆，馆里的青铜器很精美。", "FAC", "博物馆"),
        ("演习期间，海军和空军联合出动。", "ORG", "海军"),
        ("公安机关已对此事立案侦查。", "ORG", "公安机关"),
        ("他已将情况反映给工商部门。", "ORG", "工商部门"),
    ],
)
def test_extract_entities_full_text_leagues_teams_and_generic_bodies(
    line: str, typ: str, canonical: str
) -> None:
    """Full-text mode, third pass: leagues by abbreviation are bodies; a match cue anywhere in
    the paragraph makes it a match report; the words near a name decide team or player; a word
    the tagger glued to a team (客场, 热) is cut off; museums, services and public bodies named
    by their field are mentions."""
    ents = full_text(line)
    assert (typ, canonical) in ents, sorted(ents)


def test_extract_entities_full_text_deictic_department_is_not_a_body() -> None:
    assert not [k for k in full_text("相关部门正在调查此事，各部门配合。") if k[0] == "ORG"]


@pytest.mark.parametrize(
    ("line", "typ", "canonical"),
    [
        ("本轮联赛，拉齐奥主场迎战那不勒斯，双方上赛季战平。", "ORG", "那不勒斯"),
        ("周六晚上，切沃做客挑战佛罗伦萨，主队近况不佳。", "ORG", "佛罗伦萨"),
        ("热那亚上周输球，积分已经落后。", "ORG", "热那亚"),
        ("桑托斯上轮主场大胜，士气正旺。", "ORG", "桑托斯"),
        ("张德明上轮主场进球了。", "PER", "张德明"),
        ("暑假我们去了泸沽湖和玉龙雪山。", "FAC", "泸沽湖"),
        ("暑假我们去了泸沽湖和玉龙雪山。", "FAC", "玉龙雪山"),
        ("据人民网报道，美国军方昨天发布了新的训练计划。", "ORG", "人民网"),
        ("据人民网报道，美国军方昨天发布了新的训练计划。", "ORG", "美国军方"),
        ("当年日军在这一带修建了炮楼。", "ORG", "日军"),
        ("罗马是意大利的首都，游客很多。", "LOC", "罗马"),
        ("游客们在人民大会堂前合影。", "FAC", "人民大会堂"),
        ("本周推荐：都灵vs米兰，主队不败。", "ORG", "都灵"),
        ("本周推荐：都灵vs米兰，主队不败。", "ORG", "米兰"),
        ("北京保利的拍卖会很热闹。", "ORG", "北京保利"),
        ("新浪房产的编辑参加了活动。", "ORG", "新浪房产"),
        ("球队本轮做客挑战热那亚，前锋巴尔扎利首发。", "PER", "巴尔扎利"),
        ("后卫索尔-坎贝尔缺阵，主队防线吃紧。", "PER", "索尔-坎贝尔"),
        ("马山：这个问题我们下期再谈。", "PER", "马山"),
        ("后卫索尔-坎贝尔和前锋加文·胡德高都来了。", "PER", "索尔-坎贝尔"),
        ("后卫索尔-坎贝尔和前锋加文·胡德高都来了。", "PER", "加文·胡德高"),
    ],
)
def test_extract_entities_full_text_teams_sites_and_bodies(line: str, typ: str, canonical: str) -> None:
    """Full-text mode: places in a match report are teams; unknown lakes and mountains are
    sites; a place plus 军方, a country's forces and a news site are bodies. Outside a match
    report a city stays a place."""
    ents = full_text(line)
    assert (typ, canonical) in ents, sorted(ents)


@pytest.mark.parametrize(
    ("line", "typ", "canonical"),
    [
        ("他的小店就开在南锣鼓巷旁边的平安大街，生意不错。", "LOC", "平安大街"),
        ("新楼盘位于大兴区黄村镇兴华路南侧，交通便利。", "LOC", "大兴区黄村镇兴华路南侧"),
        ("演习地点在开罗以南大约一百公里。", "LOC", "开罗以南"),
        ("两艘舰艇已驶向也门海域执行任务。", "LOC", "也门海域"),
        ("我们约好在杭州东站见面。", "LOC", "杭州东站"),
        ("会议在国贸大厦举行。", "LOC", "国贸大厦"),
        ("周末他们去了拙政园，人很多。", "FAC", "拙政园"),
        ("游客们都去了萧红故居参观。", "FAC", "萧红故居"),
        ("周末他们去了安菲尔德球场参观。", "LOC", "安菲尔德球场"),
        ("他在美国使馆工作了三年。", "ORG", "美国使馆"),
    ],
)
def test_extract_entities_full_text_roads_and_address_tails(line: str, typ: str, canonical: str) -> None:
    """Full-text mode: a road, street, bridge, station or office building is an address (LOC),
    and a direction or extent word after a place (以南, 南侧, 海域) ends its address; an unknown
    garden, former residence or scenic area is a site (FAC). A name before 球场 or 商务区 is one
    address with it, before 使馆 one body."""
    ents = full_text(line)
    assert (typ, canonical) in ents, sorted(ents)


def test_extract_entities_full_text_drops_lone_world_regions() -> None:
    """Full-text mode: continents and world regions on their own (亚洲, 太平洋) are no mention;
    the default mode is unchanged by this rule."""
    ents = full_text("这家公司的业务遍及亚洲和欧洲，太平洋航线也在扩张。")
    assert not [k for k in ents if k[1] in ("亚洲", "欧洲", "太平洋")], sorted(ents)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("中国式现代化稳步推进。", False),
        ("他们来自中国，也来自美国。", True),
        ("他們來自中國，也來自美國。", True),
    ],
)
def test_extract_entities_country_glued_to_a_noun_is_an_attribute(line: str, present: bool) -> None:
    ents = by_canonical(make_doc(line))
    assert (("LOC", "中国") in ents) is present


def test_cli_entities_json(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("深圳市卫生健康委员会发布通知。\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "tequ", "entities", "--json", str(f)],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(out.stdout)
    assert {"type": "ORG", "canonical": "深圳市卫生健康委员会"}.items() <= data["entities"][0].items()


def test_cli_entities_missing_file_is_one_line_error(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tequ", "entities", str(tmp_path / "none.txt")], capture_output=True, text=True
    )
    assert out.returncode == 1 and "Traceback" not in out.stderr and "none.txt" in out.stderr


@pytest.mark.parametrize("text", ["", "。。。"])
def test_extract_entities_empty_text(text: str) -> None:
    doc = make_doc(text) if text else Document("e.txt", "", "utf-8", "hans", (), ())
    assert extract_entities(doc) == []


def test_extract_entities_short_form_links_to_full_name() -> None:
    doc = make_doc("区政府发布《南山区科技园片区提升三年行动方案》。", "《行动方案》明确了任务。")
    policies = [e for e in extract_entities(doc) if e.type == "POLICY"]
    assert [p.canonical for p in policies] == ["南山区科技园片区提升三年行动方案"]
    assert len(policies[0].mentions) == 2


def test_extract_entities_shared_suffix_list_expands_items() -> None:
    doc = make_doc("皇岗、沙头角两个口岸将改造。")
    ents = by_canonical(doc)
    assert ("FAC", "皇岗口岸") in ents and ("FAC", "沙头角口岸") in ents


def test_name_type_skips_direction_words() -> None:
    assert names.name_type("福田东部") is None
    assert names.name_type("深南东路") == ("FAC", "路")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("南山港区(蛇口、赤湾、妈湾)吞吐量稳步增长。", {"蛇口港区", "赤湾港区", "妈湾港区"}),
        ("南山港區(蛇口、赤灣、媽灣)吞吐量穩步增長。", {"蛇口港区", "赤湾港区", "妈湾港区"}),
        ("东门、国贸等商圈客流回升。", {"东门商圈", "国贸商圈"}),
        ("罗湖、莲塘两个口岸通关顺畅。", {"罗湖口岸", "莲塘口岸"}),
    ],
)
def test_extract_entities_list_items_share_the_suffix(line: str, expected: set[str]) -> None:
    doc = make_doc(line)
    assert expected <= {e.canonical for e in extract_entities(doc)}


@pytest.mark.parametrize(
    ("name", "typ"),
    [
        ("示例数字城", "LOC"),
        ("示例生物产业基地", "LOC"),
        ("示例国际金融城", "FAC"),
        ("示例城际联络线", "FAC"),
    ],
)
def test_name_type_city_quarters_and_lines(name: str, typ: str) -> None:
    assert names.name_type(name)[0] == typ  # type: ignore[index]


@pytest.mark.parametrize(
    ("line", "typ", "canonical"),
    [
        ("据宝安区住房和建设局介绍，今年将新开工保障房5000套。", "ORG", "宝安区住房和建设局"),
        ("據寶安區住房和建設局介紹，今年將新開工保障房5000套。", "ORG", "宝安区住房和建设局"),
        ("福田区科技创新局相关负责人表示，将加大扶持。", "ORG", "福田区科技创新局"),
        ("区里将启动新安路改造工程，预计明年完工。", "FAC", "新安路"),
        ("罗湖将推出“口岸—商圈”联动消费季。", "EVENT", "口岸—商圈联动消费季"),
    ],
)
def test_extract_entities_body_works_and_event_shapes(line: str, typ: str, canonical: str) -> None:
    ents = by_canonical(make_doc(line))
    assert (typ, canonical) in ents, sorted(ents)


def test_extract_entities_conjoined_proper_names_stay_apart() -> None:
    ents = by_canonical(make_doc("香港和深圳大学合作建立研究中心。"))
    assert ("ORG", "深圳大学") in ents and ("LOC", "香港") in ents


def test_extract_entities_short_title_links_past_bracketed_years() -> None:
    doc = make_doc(
        "示例区印发《示例区口岸片区发展三年行动方案(2022—2024年)》。", "《行动方案》提出，将推进改造。"
    )
    policies = [e for e in extract_entities(doc) if e.type == "POLICY"]
    assert len(policies) == 1 and policies[0].canonical.endswith("(2022—2024年)")


@pytest.mark.parametrize(
    ("line", "typ", "canonical"),
    [
        ("这里将建设前海高端服务集聚区。", "LOC", "前海高端服务集聚区"),
        (
            "国家批复了深圳城市轨道交通第四期建设规划，共有项目8个。",
            "POLICY",
            "深圳城市轨道交通第四期建设规划",
        ),
        (
            "國家批覆了深圳城市軌道交通第四期建設規劃，共有項目8個。",
            "POLICY",
            "深圳城市轨道交通第四期建设规划",
        ),
    ],
)
def test_extract_entities_adjective_inside_and_plan_editions(line: str, typ: str, canonical: str) -> None:
    assert (typ, canonical) in by_canonical(make_doc(line))


def test_extract_entities_place_plus_generic_plan_is_no_name() -> None:
    ents = by_canonical(make_doc("大湾区国家战略深入实施。"))
    assert not [k for k in ents if k[0] == "POLICY"]


def test_extract_entities_place_glued_to_an_action_is_no_facility() -> None:
    ents = by_canonical(make_doc("据悉，宝安区将与中山市翠亨新区合作建设产业园，推动项目落地。"))
    assert not [k for k in ents if "合作建设" in k[1]], sorted(ents)


@pytest.mark.parametrize(
    ("line", "typ", "canonical"),
    [
        ("雙方將在「港深創新及科技園」設立聯合實驗室。", "FAC", "港深创新及科技园"),
        ("双方将在“港深创新及科技园”设立联合实验室。", "FAC", "港深创新及科技园"),
        (
            "香港特區政府創新科技及工業局局長昨日表示，將加快建設。",
            "ORG",
            "香港特别行政区政府创新科技及工业局",
        ),
    ],
)
def test_extract_entities_corner_quotes_and_bureaus_joined_by_ji(line: str, typ: str, canonical: str) -> None:
    ents = by_canonical(make_doc(line))
    assert (typ, canonical) in ents, sorted(ents)


def test_extract_entities_school_names() -> None:
    ents = by_canonical(make_doc("福田区平安里学校等6所新建学校将于9月开学。"))
    assert ("ORG", "福田区平安里学校") in ents, sorted(ents)


@pytest.mark.parametrize(
    "line",
    [
        "深圳市青年企业家协会创会会长李明表示，将继续支持。",
        "深圳市青年企業家協會創會會長李明表示，將繼續支持。",
    ],
)
def test_extract_entities_tagger_token_past_a_suffix_is_cut(line: str) -> None:
    ents = by_canonical(make_doc(line))
    assert ("ORG", "深圳市青年企业家协会") in ents, sorted(ents)
    assert ("PER", "李明") in ents


def test_cli_entities_full_text_keeps_tagger_places(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("周末我们去了玄武湖公园散步。\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "tequ", "entities", "--json", str(f)]
    plain = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    full = json.loads(
        subprocess.run([*cmd, "--full-text"], capture_output=True, text=True, check=True).stdout
    )
    assert ("FAC", "玄武湖公园") in {(e["type"], e["canonical"]) for e in full["entities"]}
    assert len(full["entities"]) >= len(plain["entities"])


@pytest.mark.parametrize(
    "line",
    [
        "今年全市公办幼儿园新增学位3000个。",
        "区里将建设跨境电商产业园，吸引企业入驻。",
        "允许中外律师事务所在前海联营。",
        "越来越多市民前往香港医疗机构就诊。",
    ],
)
def test_extract_entities_kind_of_body_is_no_name(line: str) -> None:
    ents = by_canonical(make_doc(line))
    assert not [k for k in ents if k[0] in ("ORG", "FAC")], sorted(ents)


def test_extract_entities_listed_names_with_their_own_suffix_and_two_places() -> None:
    doc = make_doc("宝安区新桥街道、福海街道及龙华区观澜街道的社区代表到场。")
    ents = by_canonical(doc)
    for key in [("LOC", "新桥街道"), ("LOC", "福海街道"), ("LOC", "龙华区"), ("LOC", "观澜街道")]:
        assert key in ents, sorted(ents)
    assert ents[("LOC", "福海街道")].text == "福海街道"  # type: ignore[attr-defined]
    assert ("LOC", "龙华区观澜街道") not in ents


@pytest.mark.parametrize(
    ("line", "canonical"),
    [
        ("第二十届深圳国际车展将于6月开幕。", "深圳国际车展"),
        ("今年的深圳湾音乐节吸引了大批观众。", "深圳湾音乐节"),
    ],
)
def test_extract_entities_shows_and_festivals(line: str, canonical: str) -> None:
    assert ("EVENT", canonical) in by_canonical(make_doc(line))


def test_fold_variants_keeps_length_and_simplifies_leftovers() -> None:
    from tequ.extract.entities import fold_variants

    text = "衞生署與深圳市衞生健康委員會"
    folded = fold_variants(text)
    assert len(folded) == len(text) and folded.startswith("卫生署")


@pytest.mark.parametrize(
    ("line", "canonical"),
    [
        ("衞生署發言人指出，將加強監測。", "香港特别行政区政府卫生署"),
        ("医院管理局亦会加强合作。", "香港医院管理局"),
    ],
)
def test_extract_entities_hong_kong_bodies_named_without_place(line: str, canonical: str) -> None:
    ents = by_canonical(make_doc(line))
    assert ("ORG", canonical) in ents, sorted(ents)


def test_extract_entities_place_plus_suffix_is_not_a_short_form() -> None:
    doc = make_doc("试点扩至更多深圳医院。", "北京大学深圳医院将设立服务点。")
    ents = by_canonical(doc)
    hospital = ents[("ORG", "北京大学深圳医院")]
    assert len(hospital.mentions) == 1  # type: ignore[attr-defined]


def test_extract_entities_city_ports_are_collective() -> None:
    ents = by_canonical(make_doc("今年经深圳陆路口岸的旅客创新高。"))
    assert not [k for k in ents if k[0] == "FAC"], sorted(ents)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("公司董事长訾振军介绍，今年营收增长。", "訾振军"),
        ("市长覃伟中出席活动。", "覃伟中"),
        ("市長覃偉中出席活動。", "覃伟中"),
        ("区长王伟在会上讲话。", "王伟"),
    ],
)
def test_extract_entities_person_after_a_role_word(line: str, name: str) -> None:
    ents = by_canonical(make_doc(line))
    assert ("PER", name) in ents, sorted(ents)


def test_extract_entities_adjacent_quotes_share_the_scheme_reading() -> None:
    ents = by_canonical(make_doc("学校推行“每天一节体育课”“每周半天计划”，学生体质明显提升。"))
    assert ("POLICY", "每天一节体育课") in ents and ("POLICY", "每周半天计划") in ents, sorted(ents)
    lone = by_canonical(make_doc("他说“每天一节体育课”很重要。"))
    assert ("POLICY", "每天一节体育课") not in lone


@pytest.mark.parametrize(
    ("line", "canonical"),
    [
        ("交通银行深圳分行信用卡部负责人表示，业务增长较快。", "交通银行深圳分行"),
        ("北京国华置业有限公司公关部经理透露，项目将开盘。", "北京国华置业有限公司"),
    ],
)
def test_extract_entities_company_department_is_cut_off(line: str, canonical: str) -> None:
    ents = by_canonical(make_doc(line))
    assert ("ORG", canonical) in ents, sorted(ents)


def test_extract_entities_relative_departments_expand_with_the_district() -> None:
    doc = make_doc("罗湖区召开会议。", "区委常委会研究部署了重点工作，区人大常委会、区教育局负责同志参加。")
    ents = by_canonical(doc)
    for key in [("ORG", "中共罗湖区委常委会"), ("ORG", "罗湖区人大常委会"), ("ORG", "罗湖区教育局")]:
        assert key in ents, sorted(ents)
    assert not [k for k in ents if k[1].startswith("深圳市场")]


def test_canonical_name_district_party_committee() -> None:
    from tequ.link.canonical import canonical_name, load_region_pack

    pack = load_region_pack("shenzhen")
    assert canonical_name("区委常委会", "ORG", pack, district="福田区") == "中共福田区委常委会"
    assert canonical_name("区委常委会", "ORG", pack) == "区委常委会"


def test_name_type_downtown_is_no_centre() -> None:
    assert names.name_type("往返市中心") is None
    assert names.name_type("深圳市人才服务中心") == ("ORG", "中心")


def test_extract_entities_area_around_a_known_facility_is_a_description() -> None:
    ents = by_canonical(make_doc("皇岗口岸片区将加快城市更新。"))
    assert ("FAC", "皇岗口岸") in ents and not [k for k in ents if k[0] == "LOC"], sorted(ents)


def test_extract_entities_road_with_a_descriptor_before_a_suffix() -> None:
    ents = by_canonical(make_doc("深南东路东延、罗沙路复合通道等项目加快建设。"))
    assert ("FAC", "罗沙路复合通道") in ents, sorted(ents)
    around = by_canonical(make_doc("推动龙岗布吉街道、平湖街道片区联动发展。"))
    assert ("LOC", "平湖街道") in around and ("LOC", "平湖街道片区") not in around, sorted(around)


@pytest.mark.parametrize(
    ("name", "ok"), [("索尔-坎贝尔", True), ("马里恩·", False), ("·图尔", False), ("McGee", True)]
)
def test_is_loose_person_name_separators_only_inside(name: str, ok: bool) -> None:
    assert names.is_loose_person_name(name) is ok


def test_extract_entities_full_text_keeps_a_latin_gloss_in_the_span() -> None:
    ents = full_text("一边是牧场荒原，过了阿波罗湾apollobay进入雨林。")
    site = ents[("FAC", "阿波罗湾")]
    assert site.text == "阿波罗湾apollobay"  # type: ignore[attr-defined]
    assert ("FAC", "雨林") not in ents  # a bare site word names no site
