"""Extraction on plain data: what becomes an observation, and what stays a mention."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partystats.extract import extract
from partystats.gazetteer import gazetteer
from partystats.model import AsOfBasis, Document, MentionKind, Qualifier, Status
from partystats.numerals import find_numbers
from partystats.repair import repair


def make_doc(
    raw: str,
    *,
    published: date | None = None,
    jurisdiction: str | None = None,
    title: str | None = None,
    source_id: str = "t",
    published_from_url: bool = False,
) -> Document:
    fixed = repair(raw)
    return Document(
        source_id=source_id,
        file=f"{source_id}.txt",
        sha256=hashlib.sha256(raw.encode()).hexdigest(),
        status=Status.OK,
        title=title,
        published=published,
        published_from_url=published_from_url,
        encoding="utf-8",
        raw_text=raw,
        clean_text=fixed.clean_text,
        origin=fixed.origin,
        repair=fixed.stats,
        jurisdiction=jurisdiction,
    )


def observed(raw: str, **kw) -> dict[tuple[str, str], tuple]:
    """(sector, metric, value) -> (qualifier, jurisdiction, as_of year, raw surface) for each observation."""
    doc = make_doc(raw, **kw)
    out = {}
    for o in extract(doc).observations:
        year = o.as_of.year if o.as_of else None
        out[(o.sector, o.metric, o.value)] = (
            o.qualifier.value,
            o.jurisdiction,
            year,
            raw[o.raw_start : o.raw_end],
        )
    return out


def test_counts_with_classifiers_and_parts_of_a_total():
    obs = observed(
        "截至2017年底，辽宁省共有律师事务所1058家，律师12599人，其中党员律师4079人；"
        "建立党组织372个，其中单独党支部273个、联合党支部99个。"
    )
    assert obs[("legal", "firms", 1058)] == ("exact", "辽宁省", 2017, "1058")
    assert obs[("legal", "practitioners", 12599)][1] == "辽宁省"
    assert ("legal", "party_members", 4079) in obs
    assert ("legal", "party_organizations", 372) in obs
    assert ("legal", "standalone_branches", 273) in obs
    assert ("legal", "joint_branches", 99) in obs
    assert len(obs) == 6


def test_wan_numbers_qualifiers_and_national_scope():
    obs = observed(
        "截至2022年底，全国共有执业律师65.16万多人，律师事务所3.86万多家，约有公证员1.4万人。"
    )
    assert obs[("legal", "practitioners", 651600)][:3] == ("lower_bound", "全国", 2022)
    assert obs[("legal", "firms", 38600)][3] == "3.86万"
    assert obs[("notary", "practitioners", 14000)][0] == "approximate"


def test_traditional_text_and_corrupted_copy_keep_raw_spans():
    raw = "全省共有律師事務(wù)所1058家,,律師12599人"
    obs = observed(raw, jurisdiction="辽宁省")
    assert obs[("legal", "firms", 1058)][3] == "1058"
    assert obs[("legal", "practitioners", 12599)][3] == "12599"


def test_subtypes_single_firms_thresholds_and_slogans_are_not_observations():
    raw = (
        "全市共有执业律师732名，其中专职律师540人，兼职律师24人。"
        "该所有33名律师，其中党员29名。"
        "推动具有3名以上党员的律师事务所单独组建党支部，坚持“三个同步”，学习党的十九大精神，"
        "每两年开展一次评选，新增律师事务所21家，律师人数同比增长14.6%。"
    )
    obs = observed(raw, jurisdiction="南京市")
    assert set(obs) == {("legal", "practitioners", 732)}
    notes = {
        m.surface: (m.kind, m.note) for m in extract(make_doc(raw, jurisdiction="南京市")).mentions
    }
    assert "专职" in notes["540"][1]
    assert notes["三"][1] == "inside quotes or a title"
    assert notes["21"][1].startswith("change")
    assert notes["14.6"][0] is MentionKind.PERCENT


def test_shares_and_coverage_rates_attach_to_their_counts():
    obs = observed(
        "全市共有律师3300余名，党员律师771名，占律师总数的23.4%；"
        "单独或建立联合党支部的律师事务所有94家，占律所总数的43.9%，党组织覆盖率达70%以上。",
        jurisdiction="西安市",
    )
    assert obs[("legal", "party_member_share", 23.4)][0] == "exact"
    assert ("legal", "firms_covered", 94) in obs
    assert ("legal", "coverage_rate", 43.9) in obs
    assert obs[("legal", "coverage_rate", 70)][0] == "lower_bound"
    assert obs[("legal", "practitioners", 3300)][0] == "lower_bound"


def test_work_coverage_is_not_organizational_coverage():
    obs = observed("目前，全市律师行业党建工作覆盖率达100%。", jurisdiction="桂林市")
    assert obs == {}


def test_firm_counts_change_meaning_with_establishment_verbs():
    obs = observed(
        "全国2.6万多家律师事务所中，单独建立党支部6538家，建立联合党支部10159家，"
        "3.4万家非公有制企业建立了党组织。"
    )
    assert ("legal", "firms_with_own_branch", 6538) in obs
    assert ("legal", "firms_in_joint_branches", 10159) in obs
    assert ("private_enterprise", "firms_covered", 34000) in obs


def test_awards_sites_and_training_with_the_year_of_the_sentence():
    obs = observed(
        "2016年，在全行业评选出30个先进党支部、100名优秀党员律师、20名优秀党务工作者；"
        "选树了3家省部级党建工作示范点。2018年，7家基层党支部、24名党员律师分别荣获全国先进党组织、"
        "优秀党员律师称号，2名律师获评全国优秀律师。2014年、2015年联合举办2期律师行业党建培训班。",
        jurisdiction="辽宁省",
    )
    assert obs[("legal", "awarded_party_organizations", 30)][2] == 2016
    assert ("legal", "awarded_party_members", 100) in obs
    assert ("legal", "awarded_party_workers", 20) in obs
    assert ("legal", "demonstration_sites", 3) in obs
    assert obs[("legal", "awarded_party_organizations", 7)][2] == 2018
    assert ("legal", "awarded_party_members", 24) in obs
    assert ("legal", "practitioners", 2) not in obs  # 全国优秀律师 is no Party award
    assert obs[("legal", "training_sessions", 2)][2] == 2015


def test_from_to_gives_two_dated_observations():
    obs = observed(
        "全国律师党员从2008年6月底的4.4万人发展到2016年底的10.2万多人，占律师队伍总人数的31%。"
    )
    assert obs[("legal", "party_members", 44000)][:3] == ("exact", "全国", 2008)
    assert obs[("legal", "party_members", 102000)][:3] == ("lower_bound", "全国", 2016)
    assert obs[("legal", "party_member_share", 31)][2] == 2016


def test_places_parts_and_scope_words_resolve_to_official_names():
    obs = observed("截至2019年底，徐州全市共有律所144家，其中，鼓楼区13家、邳州10家。")
    assert obs[("legal", "firms", 144)][1] == "徐州市"
    assert obs[("legal", "firms", 13)][1] == "徐州市鼓楼区"
    assert obs[("legal", "firms", 10)][1] == "徐州市邳州市"
    assert (
        observed("我市现有律师事务所168家。", title="郑州律师党建")[("legal", "firms", 168)][1]
        == "郑州市"
    )
    assert (
        observed("遼寧省律師行業：全省共有律師事務所1058家。")[("legal", "firms", 1058)][1]
        == "辽宁省"
    )
    assert observed("我市现有律师事务所75家。")[("legal", "firms", 75)][1] is None


def test_a_district_name_several_cities_have_is_the_one_in_the_city_named():
    obs = observed("2019年末，全区党员律师367人。", title="长春市朝阳区律师工作")
    assert obs[("legal", "party_members", 367)][1] == "长春市朝阳区"


def test_a_district_named_like_a_common_word_is_a_place_only_after_its_city():
    text = "朝阳区是长春市律所最密集的城区，一些小所只有一两名党员。目前全区律所党组织达到30个。"
    obs = observed(text, title="长春市律师行业党建")
    assert obs[("legal", "party_organizations", 30)][1] != "阳泉市城区"
    assert observed("阳泉市城区共有律所12家。")[("legal", "firms", 12)][1] == "阳泉市城区"
    # in a text about the city it lies in, it is that district
    obs = observed("西安市各区县律师行业党建情况\n新城区：律所52家，律师948名。")
    assert obs[("legal", "firms", 52)][1] == "西安市新城区"


def test_a_place_opening_a_firms_name_does_not_turn_the_paragraph_to_it():
    text = (
        "广西欣源律师事务所党委被评为全国律师行业先进党组织。"
        "全年有2个律所党支部被评为全市律师行业先进党支部。"
    )
    obs = observed(text, title="青秀区律师行业党委2021年度工作总结")
    assert obs[("legal", "awarded_party_organizations", 2)][1] == "南宁市青秀区"


def test_the_jurisdiction_word_and_the_accounting_trade_need_no_other_name():
    obs = observed(
        "2020年底，辖区有律师事务所38家，执业律师529人。", jurisdiction="乌鲁木齐市沙依巴克区"
    )
    assert obs[("legal", "firms", 38)][1] == "乌鲁木齐市沙依巴克区"
    text = "截至2020年底，全市会计行业共建立党组织61个，其中单独党支部22个，联合党支部39个。"
    obs = observed(text, jurisdiction="厦门市")
    assert {k for k in obs if k[0] == "accounting"} == {
        ("accounting", "party_organizations", 61),
        ("accounting", "standalone_branches", 22),
        ("accounting", "joint_branches", 39),
    }


@pytest.mark.parametrize(
    "text",
    [
        "全市将49家律所组建成13个联合党支部。",
        "全市其余49家律所纳入13个联合党支部。",
        "全市将49家律所组建为13个联合党支部。",
    ],
)
def test_firms_made_into_joint_branches(text):
    obs = observed(text, jurisdiction="鄂尔多斯市")
    assert set(obs) == {
        ("legal", "firms_in_joint_branches", 49),
        ("legal", "joint_branches", 13),
    }


def test_organizations_counted_in_ge_that_set_up_a_party_organization_are_covered():
    text = "全市登记注册社会组织2937个，已建立党组织的611个。"
    assert ("social_org", "firms_covered", 611) in observed(text, jurisdiction="常德市")
    text = "全市律师事务所党组织200个，其中单独建立的120个。"  # parts of organizations: not firms
    assert set(observed(text, jurisdiction="常德市")) == {
        ("legal", "party_organizations", 200),
        ("legal", "standalone_branches", 120),
    }


@pytest.mark.parametrize("gap", ["  ", "\u3000"])
def test_a_heading_set_off_by_spaces_opens_no_clause_of_the_figure(gap):
    obs = observed(f"公证工作{gap}全市有公证机构11家，公证员58人。", jurisdiction="宜宾市")
    assert ("notary", "firms", 11) in obs


def test_a_change_from_then_to_a_level_reached():
    obs = observed("律师事务所也从当时的520家增加到了763家。", jurisdiction="甘肃省")
    assert {k for k in obs} == {("legal", "firms", 520), ("legal", "firms", 763)}


def test_a_rate_that_rose_from_a_year_to_now():
    text = "全市社会组织党组织覆盖率由2018年的31.5%提升到42.5%。律所党组织覆盖率从2019年的71%提升到现在的97.3%。"
    obs = observed(text, published=date(2023, 8, 1), jurisdiction="宜宾市")
    assert obs[("social_org", "coverage_rate", 42.5)][2] == 2023
    assert obs[("legal", "coverage_rate", 71)][2] == 2019
    assert obs[("legal", "coverage_rate", 97.3)][2] == 2023


def test_shares_of_a_wider_scope_listed_after_fenbie_are_not_published():
    text = "截至2022年底，银川市共有律师事务所137家、党员律师906人，分别占全区的62%和65.6%。"
    assert set(observed(text, title="宁夏律师行业党建")) == {
        ("legal", "firms", 137),
        ("legal", "party_members", 906),
    }


def test_a_national_body_that_awards_gives_national_awards():
    text = "2023年，全国律师行业党委表彰全国律师行业先进基层党组织100个、优秀共产党员律师150名。"
    obs = observed(text, title="司法部发布2023年度律师工作统计分析")
    assert obs[("legal", "awarded_party_organizations", 100)][1] == "全国"
    assert obs[("legal", "awarded_party_members", 150)][1] == "全国"


def test_now_after_a_paragraph_opening_year_is_the_publication():
    text = "2015年全省党员律师只有3100多人，不少律所没有党组织。现在党员律师占比提高到37%左右。"
    obs = observed(text, published=date(2023, 3, 8), jurisdiction="湖北省")
    assert obs[("legal", "party_members", 3100)][2] == 2015
    assert obs[("legal", "party_member_share", 37)][2] == 2023


def test_one_count_of_listed_places_is_the_place_they_lie_in_or_none():
    text = "包头市律师行业党委下设昆都仑区、青山区、东河区3个区级律师行业党总支。"
    assert observed(text)[("legal", "general_branches", 3)][1] == "包头市"
    assert (
        observed("南京、苏州律所共180家。", jurisdiction="江苏省")[("legal", "firms", 180)][1]
        is None
    )


def test_enterprises_alone_count_only_when_covered():
    text = "截至2018年底，全市共有非公企业5620家，已建立党组织412个，覆盖企业1873家。"
    obs = observed(text, jurisdiction="潍坊市寿光市")
    assert ("private_enterprise", "firms_covered", 1873) in obs
    text = "全市共有市场主体112.6万户，其中企业37.8万户，非公有制企业35.2万家。"  # state-owned too
    assert set(observed(text, jurisdiction="佛山市")) == {("private_enterprise", "firms", 352000)}


def test_a_zone_named_after_no_known_place_gives_no_place():
    text = "洋浦经济开发区现有企业4200余家，已建立党组织的企业413家。"
    assert observed(text, jurisdiction="海南省") == {}
    assert observed("浦东新区共有律所318家。")[("legal", "firms", 318)][1] == "上海市浦东新区"


def test_a_sectors_general_committee_is_its_industry_committee():
    obs = observed("全省8个市州均成立了社会组织综合党委。", jurisdiction="青海省")
    assert set(obs) == {("social_org", "industry_party_committees", 8)}


def test_county_news_wording():
    # 与…联合组建: a partner, then the joint branch the rest of the firms set up
    text = "全市4家律所单独建立党支部，其余3家律所与市司法局机关联合组建律师行业联合党支部。"
    obs = observed(text, jurisdiction="南充市阆中市")
    assert ("legal", "firms_in_joint_branches", 3) in obs and ("legal", "firms", 3) not in obs
    # a frequency in a rule; organizations with a title; one town's figures
    assert observed("县司法局要求，每年至少开展两次集中培训。", jurisdiction="晋中市平遥县") == {}
    assert observed("2017年，全市共评选出示范党支部10个。", jurisdiction="怀化市") == {}
    text = "新兴镇是甘谷县经济强镇，辖区内共有非公企业46家、社会组织9个。"
    assert observed(text, title="新兴镇：强化两新组织党建") == {}
    # 全旗 and 县内 are the county; 基层法律服务所 are other firms
    text = "全旗共有律师事务所11家。全旗律师行业共建立党组织9个。"
    obs = observed(text, title="准格尔旗律师行业党建")
    assert obs[("legal", "party_organizations", 9)][1] == "鄂尔多斯市准格尔旗"
    obs = observed("县内现有律师事务所三家。", title="平遥县律师行业党建")
    assert obs[("legal", "firms", 3)][1] == "晋中市平遥县"
    obs = observed("全县有基层法律服务所四家。", jurisdiction="赣州市于都县")
    assert ("other", "firms", 4) in obs
    # a 其中 part of the total, not of the aside after it
    text = "全区执业律师216名（含公职律师47名），其中党员律师83名，占比38.4%。"
    obs = observed(text, jurisdiction="重庆市綦江区")
    assert ("legal", "party_members", 83) in obs and ("legal", "party_member_share", 38.4) in obs


def test_dev_like_round_two_traps():
    # firms visited are an item of a list of other things
    text = "调研组先后走访了县司法局、县律师协会和9家律师事务所。"
    assert observed(text, title="关于全县律师行业发展情况的调研报告") == {}
    assert set(observed("全省有1200家律所和2万名律师。", jurisdiction="浙江省")) == {
        ("legal", "firms", 1200),
        ("legal", "practitioners", 20000),
    }
    # joint branches the only kind under a total: covered by them or by all? not published
    text = "全省律师行业共有党支部188个，其中联合党支部41个，覆盖律师事务所307家。"
    assert {k[2] for k in observed(text, jurisdiction="浙江省")} == {188, 41}
    # (fewer than the total and the joint ones would cover: the joint branches' firms)
    text = "全省律师行业共有党支部188个，其中联合党支部41个，覆盖律师事务所107家。"
    assert ("legal", "firms_in_joint_branches", 107) in observed(text, jurisdiction="浙江省")
    assert ("legal", "firms_in_joint_branches", 45) in observed(
        "组建联合党支部12个，覆盖律所45家。"
    )
    # a new whole after ； ends the 其中 list before it
    text = (
        "全市共有非公企业8640家，其中规模以上企业312家；全市共有社会组织1184家，建立党组织143个。"
    )
    assert ("social_org", "party_organizations", 143) in observed(text, jurisdiction="衢州市江山市")
    # a quoted title an award verb gives is an award, not organizations with a title
    text = "义乌市非公企业党建\n2022年，义乌市评选“红色引擎”示范企业党组织20个。"
    obs = observed(text, title="义乌市非公企业党建")
    assert ("private_enterprise", "awarded_party_organizations", 20) in obs


def test_national_overview_wording():
    # 在N家…中建立党组织M个: M organizations of their sector (N: all of them, or those
    # that have one? not published)
    text = (
        "截至2016年底，甘肃省已在52家公证机构中建立党组织40个，在52家司法鉴定机构中建立党组织31个。"
    )
    assert set(observed(text)) == {
        ("notary", "party_organizations", 40),
        ("other", "party_organizations", 31),
    }
    # a place before 组建/建立(了) is the figure's, no firm's name
    text = "广东省律师党员超过1.8万人；浙江省组建律师事务所联合党支部1300余个。"
    assert observed(text)[("legal", "joint_branches", 1300)][1] == "浙江省"
    assert (
        observed("厦门市建立了律师事务所联合党支部37个。")[("legal", "joint_branches", 37)][1]
        == "厦门市"
    )


def test_titles_conferred_and_a_regions_places_counted():
    text = (
        "2018年6月29日，全国律师行业党委授予99个律师事务所党组织“全国律师行业先进党组织”称号，"
        "授予198名同志“全国律师行业优秀共产党员”称号。"
    )
    obs = observed(text)
    assert obs[("legal", "awarded_party_organizations", 99)][:2] == ("exact", "全国")
    assert ("legal", "awarded_party_members", 198) in obs
    text = "西部12个省（区、市）共有律师事务所9800余家、执业律师11.2万人。其中，宁夏回族自治区执业律师2100余人。"
    obs = observed(text, title="全国律师行业党委调研组赴宁夏调研")
    assert set(obs) == {("legal", "practitioners", 2100)}


def test_a_county_named_only_in_the_source_line_is_the_texts_place():
    raw = (
        "关于全县律师行业发展情况的调研报告\n2023-09-14 来源：桃源县人大常委会\n"
        "截至2023年6月底，全县共有律师事务所11家，每万人拥有律师数低于常德市平均水平。"
        "全县律师行业共有党支部9个。\n"
    )
    doc = make_doc(raw, title="关于全县律师行业发展情况的调研报告")
    assert doc.repair.lines_dropped == 1  # the source line is no sentence of the text
    places = {o.metric: o.jurisdiction for o in extract(doc).observations}
    assert places == {"firms": "常德市桃源县", "party_branches": "常德市桃源县"}


def test_joint_branches_in_their_own_group_after_a_semicolon():
    text = (
        "全省会计师事务所318家。全行业共建立党组织196个，其中事务所党委3个、党总支5个、"
        "党支部188个；在党支部中，联合党支部41个，覆盖事务所107家。"
    )
    obs = observed(text, title="福建省会计师行业党建")
    assert ("accounting", "firms_in_joint_branches", 107) in obs


def test_dev_like_round_two_reads():
    text = "会议对2022年度全区公证行业10个先进党支部和20名优秀党员公证员进行了通报表扬。"
    obs = observed(text, jurisdiction="内蒙古自治区")
    assert ("notary", "awarded_party_organizations", 10) in obs
    assert ("notary", "awarded_party_members", 20) in obs
    text = "全国31个省（区、市）全部成立了省级律师行业党委，333个设区的市成立了市级律师行业党委。"
    assert ("legal", "industry_party_committees", 333) in observed(text)
    assert ("legal", "party_members", 790) in observed("唐山全市共有党员律师7 9 0名。")
    text = "2021年，市律师行业党委在全市律师行业确定了6个党建工作示范点。"
    assert ("legal", "demonstration_sites", 6) in observed(text, jurisdiction="齐齐哈尔市")


def test_branches_set_up_by_firms_counted_before_them():
    text = "全县单独组建党支部4个，另有2家律所组建联合党支部1个。"
    obs = observed(text, jurisdiction="丽水市缙云县")
    assert ("legal", "joint_branches", 1) in obs and ("legal", "firms_in_joint_branches", 2) in obs
    text = "两家律所组建联合党支部一个，全县律所党组织覆盖率达到100%。"
    obs = observed(text, jurisdiction="丽水市缙云县")
    assert ("legal", "joint_branches", 1) in obs and ("legal", "coverage_rate", 100) in obs
    # firms newly moved to set one up in a period are a flow, no stock (annotators count
    # those a bureau urged as the place's: 县司法局推动2家律所单独建立党支部)
    assert observed("今年，我们又推动5家律所单独建立了党支部。", jurisdiction="丽水市缙云县") == {}
    obs = observed("去年，县司法局推动1家律所单独建立党支部。", jurisdiction="十堰市竹山县")
    assert ("legal", "firms_with_own_branch", 1) in obs


def test_the_year_before_counts_back_from_the_sentences_year():
    obs = observed("2021年，全市党员律师由上年的531名增加到608名。", published=date(2022, 3, 1))
    assert obs[("legal", "party_members", 531)][2] == 2020
    assert obs[("legal", "party_members", 608)][2] == 2021


def test_places_listed_then_counted():
    text = (
        "江苏、浙江两省律师行业规模均居全国前列：截至2022年底，两省律师事务所分别为2213家和1978家。"
        "两省律所党组织覆盖率分别为98.7%和97.9%。"
    )
    obs = observed(text, title="苏浙两省律师行业党建工作比较研究")
    assert {k[2]: v[1] for k, v in obs.items()} == {
        2213: "江苏省",
        1978: "浙江省",
        98.7: "江苏省",
        97.9: "浙江省",
    }
    text = (
        "截至2020年底，全区共有党员律师986名。银川、石嘴山、吴忠、固原、中卫5个地级市全部成立了"
        "律师行业党委。五年来，共举办党建培训班12期。"
    )
    obs = observed(text, title="宁夏回族自治区律师协会工作报告")
    assert obs[("legal", "industry_party_committees", 5)][1] == "宁夏回族自治区"
    assert obs[("legal", "training_sessions", 12)][1] == "宁夏回族自治区"


def test_national_overview_reads_ii():
    obs = observed("同时，举办了3期全省律所党组织书记示范培训班。", jurisdiction="云南省")
    assert ("legal", "training_sessions", 3) in obs
    text = "今年以来，行业党委在福州、厦门两地举办事务所党组织书记培训班2期。"
    assert ("accounting", "training_sessions", 2) in observed(text, title="福建会计师行业党建")
    text = "青海省律师人数则从2008年的400余人增加到2018年的1300多人。"
    assert set(observed(text)) == {
        ("legal", "practitioners", 400),
        ("legal", "practitioners", 1300),
    }
    text = "2008年，全国律师行业党员约4.4万人，到2018年底已增长至13.8万余人，占律师总数的比例达到三分之一左右。"
    obs = observed(text)
    assert obs[("legal", "party_members", 138000)][:3] == ("lower_bound", "全国", 2018)
    obs = observed("2021年，全市党员律师608名，占全市1790名执业律师的34%。", jurisdiction="绵阳市")
    assert ("legal", "practitioners", 1790) in obs


def test_a_count_then_the_quoted_title_an_award_verb_gives():
    text = "2021年，市律师行业党委命名表彰了10个“红旗党支部”、30名优秀党员律师。"
    obs = observed(text, jurisdiction="齐齐哈尔市")
    assert ("legal", "awarded_party_organizations", 10) in obs
    assert observed("全市有18个“五星级”党支部。", jurisdiction="齐齐哈尔市") == {}  # no award given


def test_a_page_about_one_town_publishes_only_what_names_a_place():
    title = "新兴镇：强化两新组织党建"
    text = (
        f"{title}\n今年以来，镇党委新建非公企业党组织5个，目前辖区内已建立两新组织党组织17个。"
        "全县非公企业党组织已达到218个。"
    )
    obs = observed(text, title=title, jurisdiction="天水市甘谷县")
    assert set(obs) == {("private_enterprise", "party_organizations", 218)}


def test_precision_round_three():
    # one park's page; a firm named after its district
    title = "建邺区法律服务产业园党建工作"
    text = f"{title}\n目前，园区已入驻律师事务所32家、执业律师860余名，其中党员律师210名。"
    assert observed(text, title=title, jurisdiction="南京市建邺区") == {}
    text = "牧野区的河南牧野律师事务所党委下设3个支部，党员律师67名，是全市党员人数最多的律所。"
    assert observed(text, title="新乡市律师行业党建综述") == {}
    # the place's count a single firm is one of
    text = "该所2019年成立律所党委，是全市185家律师事务所中第一家成立党委的律所。"
    assert ("legal", "firms", 185) in observed(text, jurisdiction="银川市")
    # firms named as demonstration sites; a national body's page
    text = "会议命名10家律师事务所为全省律师行业党建工作示范点。"
    assert ("legal", "demonstration_sites", 10) in observed(text, jurisdiction="黑龙江省")
    raw = "2023年度律师工作统计分析\n发布时间：2024-06-11 来源：司法部\n中共党员律师26.7万多人。\n"
    places = {
        o.jurisdiction
        for o in extract(make_doc(raw, title="2023年度律师工作统计分析")).observations
    }
    assert places == {"全国"}


def test_dev_like_round_three_and_speeches():
    # firms among which organizations were set up: all of them or the covered? not published
    text = "截至2014年底，全市已在1.02万家非公企业中建立党组织2876个。"
    assert set(observed(text, title="晋江市非公企业党建工作综述")) == {
        ("private_enterprise", "party_organizations", 2876)
    }
    assert (
        observed("《方案》要求，每个县（市、区）至少培育1个示范党支部。", jurisdiction="南平市")
        == {}
    )
    text = "据悉，福建武夷律师事务所党支部作为全市首个律所党支部，现有党员律师19名。"
    assert observed(text, jurisdiction="南平市") == {}
    # 在全省N名…中: the province's count; 占全市律师2100余人的: the city's count
    text = "截至2023年底，全市执业律师1893人。在全省3.2万余名执业律师中，我市律师数量位居第三。"
    assert (
        observed(text, title="襄阳市律师代表大会召开")[("legal", "practitioners", 32000)][1]
        == "湖北省"
    )
    text = "全区共有执业律师263名，占全市律师2100余人的12.5%。"
    obs = observed(text, title="曲靖市麒麟区律师行业党建")
    assert obs[("legal", "practitioners", 2100)][1] == "曲靖市"
    # 调整为, 组成, corner quotes, a quoted speech
    text = "五年来，全省公证机构由2014年的71家调整为2018年底的64家。"
    assert {k[2] for k in observed(text, jurisdiction="吉林省")} == {71, 64}
    text = "全市律师事务所中，16家律所组成联合党支部7个。"
    assert ("legal", "joint_branches", 7) in observed(text, jurisdiction="九江市")
    text = "2023年，全省评选命名「红色律所」党建示范点15家。"
    assert ("legal", "demonstration_sites", 15) in observed(text, jurisdiction="广东省")
    text = "「十年前，全区公证员只有412名，党员更少。」"
    assert ("notary", "practitioners", 412) in observed(text, jurisdiction="新疆维吾尔自治区")


def test_organizations_and_members_that_received_an_award():
    text = "2020年，全区律师行业共有7个党支部、23名党员律师、9名党务工作者受到表彰。"
    obs = observed(text, jurisdiction="乌鲁木齐市沙依巴克区")
    assert {k[1] for k in obs} == {
        "awarded_party_organizations",
        "awarded_party_members",
        "awarded_party_workers",
    }
    # a count of places that each have so few is no total
    assert observed("全省仍有9个县（市）只有1名公证员。", jurisdiction="吉林省") == {}


def test_the_body_that_awarded_and_a_quantifier_before_firms_are_no_places():
    text = (
        "五年来，全市律师行业有3个党组织受到全国律师行业党委表彰，"
        "46个党组织、112名党员律师受到省级表彰。"
    )
    obs = observed(text, title="哈尔滨市第七次律师代表大会开幕")
    assert obs[("legal", "awarded_party_organizations", 46)][1] == "哈尔滨市"
    text = "吉林：联合党支部破解小所难题\n吉林不少律师事务所规模小、党员少。2017年，全省律师事务所党组织达到574个。"
    obs = observed(text, title="边疆三省区律师行业党建观察")
    assert obs[("legal", "party_organizations", 574)][1] == "吉林省"


def test_parts_of_the_level_a_change_reached_take_its_date():
    text = "五年来，全省执业律师由2017年底的11,628人增至2022年底的19,436人，其中党员律师约7,200名。"
    obs = observed(text, jurisdiction="吉林省")
    assert obs[("legal", "party_members", 7200)][2] == 2022


def test_words_spliced_in_before_a_scope_word_are_spam():
    text = "截至2022年6月，深远师工全国共有律所3.7万余家。"
    assert observed(text)[("legal", "firms", 37000)][:2] == ("lower_bound", "全国")
    assert observed("专职律师全国有2万人。") == {}  # a sub-type, no spam


def test_a_prefecture_the_title_names_is_what_quan_zhou_means():
    text = "截至2019年底，全州共有社会组织1865家。"
    obs = observed(text, title="延边朝鲜族自治州社会组织党建工作")
    assert obs[("social_org", "firms", 1865)][1] == "延边朝鲜族自治州"
    obs = observed("2016年，市律师行业党委成立，当时全市律所党组织29个。", jurisdiction="湖州市")
    assert ("legal", "party_organizations", 29) in obs


def test_places_counted_after_qizhong_and_a_zone_named_after_more_than_a_place():
    text = "全市律师行业已建立党组织41个。其中，律师资源主要集中在龙沙、建华、铁锋三个城区。"
    assert set(observed(text, jurisdiction="齐齐哈尔市")) == {("legal", "party_organizations", 41)}
    text = "截至2023年底，包头稀土高新区非公企业党委下设党支部86个、党员1120名。"
    assert observed(text, title="包头市非公企业党建工作扎实推进") == {}


def test_like_dev_round_four_reads():
    text = "目前，全国31个省（区、市）和新疆生产建设兵团均成立了律师行业党委，地市级律师行业党委达到335个。"
    assert observed(text)[("legal", "industry_party_committees", 335)][1] == "全国"
    text = "2023年，全市3家事务所党支部获评全省注册会计师行业先进党组织，5名党员获评全省行业优秀共产党员。"
    obs = observed(text, title="宜昌市注册会计师行业党建")
    assert obs[("accounting", "awarded_party_members", 5)][1] == "宜昌市"
    text = "2017年，全省联合党支部5个，5个联合党支部共覆盖律所13家。"
    assert ("legal", "firms_in_joint_branches", 13) in observed(text, jurisdiction="吉林省")
    text = "会议还对2020年度全省公证行业先进党组织10个、优秀党员公证员22名进行了表彰。"
    obs = observed(text, jurisdiction="江西省")
    assert ("notary", "awarded_party_organizations", 10) in obs
    assert ("notary", "awarded_party_members", 22) in obs


def test_that_year_is_the_year_just_named():
    text = "湖州律师行业党建起步于2008年。当年，全市仅有律所35家、律师412人。"
    obs = observed(text, published=date(2020, 5, 1), jurisdiction="湖州市")
    assert obs[("legal", "firms", 35)][2] == 2008


def test_like_dev_rounds_nine_and_ten():
    assert observed("走进丰泽区一家律师事务所，党员先锋岗格外醒目。", jurisdiction="泉州市") == {}
    # brought under a committee's management: no organization of their own set up
    text = "全市28家会计师事务所已全部纳入行业党委管理。"
    assert ("accounting", "firms_covered", 28) not in observed(text, jurisdiction="包头市")
    text = "全省律师行业党委先后培树律师行业党建示范点45个。"
    assert ("legal", "demonstration_sites", 45) in observed(text, jurisdiction="湖北省")
    text = "记者从泉州晋江市司法局获悉，截至今年4月底，晋江全市共有律师事务所32家。"
    obs = observed(text, title="晋江市律师行业党建工作见成效")
    assert obs[("legal", "firms", 32)][1] == "泉州市晋江市"
    text = "全市共有公证处16家，其中单独建立党支部的11家，与司法局机关党组织联合组建党支部的5家。"
    assert ("notary", "firms_in_joint_branches", 5) in observed(text, jurisdiction="遵义市")


def test_places_compared_in_one_sentence():
    text = "截至2022年底，山东、河南两省党员律师占比分别为33.8%和31.5%，山西省为28.7%。"
    obs = observed(text, title="河北省律师行业党建工作调研报告")
    assert {k[2]: v[1] for k, v in obs.items()} == {33.8: "山东省", 31.5: "河南省", 28.7: "山西省"}
    obs = observed("截至2022年底，山东省律师事务所1200家，山西省为650家。")
    assert obs[("legal", "firms", 650)][1] == "山西省"
    # the same place again is no comparison
    assert ("legal", "firms", 650) not in observed("山东省律师事务所1200家，山东省为650家。")


def test_an_office_named_by_its_place_acts_for_that_place():
    text = "大庆市司法局按照地域相邻的原则，把28家律所组建成12个联合党支部。"
    obs = observed(text, title="黑龙江省推进律师行业党建工作纪实")
    assert obs[("legal", "firms_in_joint_branches", 28)][1] == "大庆市"
    assert obs[("legal", "joint_branches", 12)][1] == "大庆市"
    obs = observed("朝阳区司法局将41家律所组建为8个联合党支部。", title="长春市律师行业党建")
    assert obs[("legal", "firms_in_joint_branches", 41)][1] == "长春市朝阳区"


def test_firms_acted_on_are_no_count_of_their_own():
    assert observed("全市将100家律所作为示范点。", jurisdiction="鄂尔多斯市") == {}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("全省律师事务所党组织覆盖率达到了100%。", ("legal", "coverage_rate", 100)),
        ("目前，全区律师总数是1.1万人左右。", ("legal", "practitioners", 11000)),
        ("2023年，认定律师行业党建示范点15个。", ("legal", "demonstration_sites", 15)),
        (
            "会议表彰了2018年度全市律师行业先进党组织10个、优秀党员律师20名。",
            ("legal", "awarded_party_organizations", 10),
        ),
    ],
)
def test_spoken_and_report_wording_between_term_and_figure(text, key):
    assert key in observed(text, jurisdiction="广西壮族自治区")


def test_a_clause_that_awards_picks_out_no_subset_and_full_cover_is_coverage():
    text = "会议对2017年度评选出的5个先进党支部、12名优秀党员律师进行了表彰。"
    obs = observed(text, jurisdiction="天水市")
    assert obs[("legal", "awarded_party_organizations", 5)][2] == 2017
    text = "目前全区236家律所实现党组织全覆盖。全区120家律所实现党的工作全覆盖。"
    assert set(observed(text, jurisdiction="宁夏回族自治区")) == {("legal", "firms_covered", 236)}


def test_an_autonomous_prefecture_written_with_zhou_is_not_the_province():
    obs = observed("海南州共有律师事务所12家，执业律师86名。", title="青海律师党建")
    assert obs[("legal", "firms", 12)][1] == "海南藏族自治州"
    assert observed("恩施州有律所45家。")[("legal", "firms", 45)][1] == "恩施土家族苗族自治州"


def test_relative_dates_use_the_publication_date():
    doc = make_doc(
        "目前，全省共有律师事务所1058家。截至去年底，全省律师12599人。",
        published=date(2018, 5, 2),
        jurisdiction="辽宁省",
    )
    by_value = {o.value: o for o in extract(doc).observations}
    assert by_value[1058].as_of == date(2018, 5, 2)
    assert by_value[1058].as_of_basis is AsOfBasis.PUBLISHED
    assert by_value[12599].as_of == date(2017, 12, 31)
    undated = make_doc("目前，全省共有律师事务所1058家。", jurisdiction="辽宁省")
    only = extract(undated).observations[0]
    assert only.as_of is None and only.as_of_basis is AsOfBasis.UNKNOWN


def test_figure_stated_twice_is_published_once_and_ids_are_stable():
    raw = "全国共有律师事务所22200多家。截止2014年底，全国共有律师事务所22200多家。"
    first = extract(make_doc(raw)).observations
    again = extract(make_doc(raw)).observations
    assert len(first) == 1 and first[0].qualifier is Qualifier.LOWER_BOUND
    assert [o.observation_id for o in first] == [o.observation_id for o in again]


def test_every_number_is_a_mention_with_a_kind():
    raw = "2016年12月26日，第九届大会召开，律师事务所75家，占35.52%，电话400-052-9602。"
    mentions = extract(make_doc(raw, jurisdiction="南京市")).mentions
    kinds = {m.surface: m.kind for m in mentions}
    assert kinds["2016"] is MentionKind.YEAR
    assert kinds["12"] is MentionKind.DATE
    assert kinds["九"] is MentionKind.ORDINAL
    assert kinds["75"] is MentionKind.COUNT
    assert kinds["35.52"] is MentionKind.PERCENT
    for m in mentions:
        assert raw[m.raw_start : m.raw_end] == m.surface


@pytest.mark.parametrize("raw", ["", "没有数字的文本。", "１２３４５６７８９０", "第一第二第三"])
def test_texts_without_figures_give_no_observations(raw):
    assert extract(make_doc(raw)).observations == ()


def test_firms_that_established_without_a_noun():
    obs = observed(
        "目前，全市68家律师事务所中，已有65家建立了党组织，组建率达95.6%。", jurisdiction="长沙市"
    )
    assert ("legal", "firms", 68) in obs
    assert obs[("legal", "firms_covered", 65)][1] == "长沙市"
    assert ("legal", "coverage_rate", 95.6) in obs


def test_subsets_doing_something_are_not_totals():
    obs = observed(
        "全市近300名律师参加培训。全省400余名律师担任村（居）法律顾问。全市共评选表彰优秀律师20名。",
        jurisdiction="长沙市",
    )
    assert obs == {}


def test_share_words_other_than_zhan():
    obs = observed(
        "全省律师行业党员总数达1.1万人，党员律师比例达35%。党员律师所占比例为28.5%。",
        jurisdiction="湖南省",
    )
    assert ("legal", "party_members", 11000) in obs
    assert ("legal", "party_member_share", 35) in obs
    assert ("legal", "party_member_share", 28.5) in obs


def test_a_place_before_a_generic_firm_term_is_the_scope_not_a_firm_name():
    obs = observed("北京市有律师3.4万人。江苏省律师事务所2043家。江苏引航律师事务所有律师60名。")
    assert obs[("legal", "firms", 2043)][1] == "江苏省"
    assert ("legal", "practitioners", 60) not in obs


def test_rates_from_one_year_to_another():
    obs = observed("律师事务所党组织组建率由2015年的45%提高到2020年的98%。", jurisdiction="贵州省")
    assert obs[("legal", "coverage_rate", 45)][2] == 2015
    assert obs[("legal", "coverage_rate", 98)][2] == 2020


def test_share_of_firms_that_set_up_an_organization_is_the_coverage_rate():
    obs = observed(
        "全市83%的律师事务所建立了党组织，全市60%的律师参加了培训。", jurisdiction="济南市"
    )
    assert obs == {("legal", "coverage_rate", 83): ("exact", "济南市", None, "83")}


def test_a_time_word_after_a_dating_word_keeps_its_date():
    # 现有 ("now has") after 截至去年12月 in the same sentence is that December, not the page's day
    obs = observed(
        "安徽省律师行业。截至去年12月，全省现有党员律师4130名。", published=date(2019, 1, 7)
    )
    assert obs[("legal", "party_members", 4130)][2] == 2018
    # 目前 after a year that dated other events is "now"
    text = "去年，我们推动5家律所单独建立了党支部，目前全区律所单独党支部达到9个。"
    obs = observed(text, published=date(2021, 3, 10), jurisdiction="台州市路桥区")
    assert obs[("legal", "standalone_branches", 9)][2] == 2021
    # 2018年的时候: "back in 2018", not the starting point of a change
    text = "我记得2018年的时候，全省律师只有5200多人，党员律师1600人左右。"
    obs = observed(text, published=date(2024, 4, 16), jurisdiction="甘肃省")
    assert obs[("legal", "practitioners", 5200)][2] == 2018
    assert obs[("legal", "party_members", 1600)][2] == 2018


def test_a_posting_day_from_the_address_does_not_date_present_tense_words():
    text = "截止2014年底，全国共有执业律师27.14万人。目前，全国律师党员7.4万多人。"
    by_url = make_doc(text, published=date(2015, 5, 24), published_from_url=True)
    printed = make_doc(text, published=date(2015, 5, 24))
    members = [o for o in extract(by_url).observations if o.metric == "party_members"]
    assert [o.as_of for o in members] == [date(2014, 12, 31)]  # the date the text last set
    members = [o for o in extract(printed).observations if o.metric == "party_members"]
    assert [o.as_of for o in members] == [date(2015, 5, 24)]  # a printed date is the author's
    # …while 去年 needs only the year, which the address gives
    obs = observed(
        "截至去年底，全国共有律师事务所3.6万家。",
        published=date(2019, 1, 7),
        published_from_url=True,
    )
    assert obs[("legal", "firms", 36000)][2] == 2018


def test_association_members_count_the_profession_the_paragraph_names():
    obs = observed(
        "江苏省注册会计师协会是全省注册会计师行业的自律组织。目前，已拥有团体会员800多家，"
        "个人会员2万多人，执业会员约9000人。"
    )
    assert obs[("accounting", "firms", 800)][0] == "lower_bound"
    assert obs[("accounting", "practitioners", 9000)][0] == "approximate"
    assert not any(value == 20000 for _, _, value in obs)  # individual members: not a figure
    # without a profession named in the paragraph, member counts stay mentions
    assert observed("本会现有团体会员800多家。") == {}


def test_an_association_owning_firms_scopes_them():
    obs = observed("截至2008年底，北京注协所属会计师事务所509家、资产评估机构183家。")
    assert obs[("accounting", "firms", 509)][1:3] == ("北京市", 2008)


def test_a_total_stated_inside_a_share_is_a_figure_too():
    obs = observed(
        "目前，全市共有党员律师771名，占全市律师3300余名总数的23%。", jurisdiction="温州市"
    )
    assert obs[("legal", "practitioners", 3300)][:2] == ("lower_bound", "温州市")
    assert obs[("legal", "party_members", 771)][0] == "exact"
    assert ("legal", "party_member_share", 23) in obs


def test_party_members_of_any_profession_are_party_members_not_practitioners():
    obs = observed(
        "截至2023年6月底，全市共有公证员210名，党员公证员近百人。"
        "全市会计师事务所58家、注册会计师980人，其中党员注册会计师312人。"
        "全省现有45名中共党员公证员。"
    )
    assert ("notary", "practitioners", 210.0) in obs
    assert obs[("notary", "party_members", 100.0)][0] == "approximate"
    assert ("accounting", "party_members", 312.0) in obs
    assert ("notary", "party_members", 45.0) in obs
    assert not any(m == "practitioners" and v in (100.0, 312.0, 45.0) for _, m, v in obs)


def test_a_scope_word_after_a_place_name_is_that_place():
    obs = observed(
        "江苏全省律师行业目前共有党员律师1.2万余名。", title="广东律师行业党建工作会议召开"
    )
    assert obs[("legal", "party_members", 12000.0)][1] == "江苏省"


def test_places_listed_before_fenbie_are_taken_in_order():
    obs = observed(
        "南京市律师工作会议召开。玄武区、秦淮区分别有律师事务所45家、38家。",
        title="南京市律师工作会议",
    )
    assert obs[("legal", "firms", 45.0)][1] == "南京市玄武区"
    assert all(j != "南京市秦淮区" for (_, _, v), (_, j, _, _) in obs.items() if v == 45.0)


def test_a_year_compared_with_does_not_date_the_figures_after_it():
    obs = observed(
        "全省共有律师事务所2325家，较上年增长8.3%，律师总数达到3.5万人。",
        published=date(2023, 3, 8),
        jurisdiction="浙江省",
    )
    assert obs[("legal", "firms", 2325.0)][2] == 2023
    assert obs[("legal", "practitioners", 35000.0)][2] == 2023  # not 上年 = 2022


def test_from_a_dated_figure_to_the_present_one():
    obs = observed(
        "全省律师行业党组织由2017年的350个增加到目前的1280个。",
        published=date(2023, 3, 8),
        jurisdiction="浙江省",
    )
    assert obs[("legal", "party_organizations", 350.0)][2] == 2017
    assert obs[("legal", "party_organizations", 1280.0)][2] == 2023


def test_the_sub_units_of_a_named_body_count_for_its_place():
    obs = observed(
        "全省律师行业党建工作会议召开。株洲市律协党委所属党支部42个，其中联合党支部17个。",
        jurisdiction="湖南省",
    )
    assert obs[("legal", "party_branches", 42.0)][1] == "株洲市"
    assert obs[("legal", "joint_branches", 17.0)][1] == "株洲市"


def test_a_paragraph_opening_with_a_year_dates_its_figures():
    obs = observed(
        "河北省律师行业党委召开表彰大会\n"
        "2016年，全省评选表彰优秀党员律师100名、优秀党务工作者30名、先进基层党组织50个。"
    )
    assert obs[("legal", "awarded_party_workers", 30.0)][2] == 2016
    assert obs[("legal", "awarded_party_organizations", 50.0)][2] == 2016


def test_a_share_within_a_part_of_the_profession_is_not_the_party_member_share():
    obs = observed(
        "全省律师中党员占比28.5%。青年律师中党员比例为25%。女律师占全省律师总数的31%。",
        jurisdiction="四川省",
    )
    assert ("legal", "party_member_share", 28.5) in obs
    assert ("legal", "party_member_share", 25.0) not in obs
    assert not any(v == 31.0 for _, _, v in obs)


def test_vague_amounts_are_not_figures():
    obs = observed(
        "截至2021年底，全省有数十家律所建立了党委，党员律师数百名，律师人数两千余人。",
        jurisdiction="陕西省",
    )
    assert not any(v in (10.0, 100.0) for _, _, v in obs)
    assert obs[("legal", "practitioners", 2000.0)][0] == "lower_bound"


def test_a_term_and_its_figure_across_a_colon_and_places_with_fenbie_wei():
    obs = observed(
        "全省律师事务所：1058家；执业律师：12599人。长春市、吉林市律师人数分别为8000人和3000人。",
        jurisdiction="吉林省",
    )
    assert obs[("legal", "firms", 1058.0)][1] == "吉林省"
    assert ("legal", "practitioners", 12599.0) in obs
    assert obs[("legal", "practitioners", 8000.0)][1] == "长春市"


def test_a_national_title_is_the_default_and_example_places_are_not():
    obs = observed(
        "截至2023年底，中华全国律师协会党委先后命名表彰了100个全国律师行业先进基层党组织。"
        "北京、上海、广东等地律师行业党员人数均超过1万人。",
        title="司法部：全国律师行业党的建设取得显著成效",
    )
    assert obs[("legal", "awarded_party_organizations", 100.0)][1] == "全国"


def test_places_named_as_examples_do_not_place_the_document():
    obs = observed(
        "全市共有律师事务所120家。北京、上海等地经验值得借鉴。",
        title="律师行业党建工作会议召开",
    )
    assert obs[("legal", "firms", 120.0)][1] is None


def test_the_rank_of_an_award_is_not_the_place_of_its_winners():
    obs = observed(
        "截至去年底，我市共有律师事务所286家。我们有3个党组织获评全国律师行业先进党组织，"
        "5名律师获评全省优秀党员律师。",
        title="专访宁波市司法局局长",
    )
    assert obs[("legal", "awarded_party_members", 5.0)][1] == "宁波市"


def test_a_deadline_still_ahead_of_the_text_is_a_target():
    target = observed(
        "截至2019年12月底，全区共有律师事务所865家。到2020年底，实现党的组织全覆盖，"
        "党员律师比例达到36%以上。",
        jurisdiction="广西壮族自治区",
    )
    assert ("legal", "firms", 865.0) in target
    assert ("legal", "party_member_share", 36.0) not in target
    looking_back = observed(
        "到2020年底，全区共有律师事务所900家。",
        published=date(2021, 3, 1),
        jurisdiction="广西壮族自治区",
    )
    assert looking_back[("legal", "firms", 900.0)][2] == 2020


def test_divisions_missing_from_the_code_package_are_known():
    obs = observed(
        "截至2018年底，重庆市有律师事务所750家。渝北区律所150家；江北区律所80家。",
        title="重庆市律师行业党建工作",
    )
    assert obs[("legal", "firms", 150.0)][1] == "重庆市渝北区"
    assert obs[("legal", "firms", 80.0)][1] == "重庆市江北区"  # not 宁波市江北区


def test_from_to_with_zeng_zhi():
    obs = observed(
        "五年来，全市律师事务所由562家增至860家，执业律师由7100余人增至1.2万余人。",
        jurisdiction="天津市",
    )
    assert {("legal", "firms", 562.0), ("legal", "firms", 860.0)} <= set(obs)
    assert obs[("legal", "practitioners", 12000.0)][0] == "lower_bound"


def test_coverage_of_a_subtype_and_targets_before_the_year_end_are_not_published():
    obs = observed(
        "截至2017年6月，全省非公有制企业法人单位达12.3万户，党组织覆盖率8.6%；"
        "规模以上非公企业3200家，党组织覆盖率达86.5%。"
        "会议强调，要在年底前实现规模以上非公企业党组织覆盖率达到90%以上。",
        published=date(2017, 9, 5),
        jurisdiction="云南省",
    )
    assert ("private_enterprise", "coverage_rate", 8.6) in obs
    assert not any(v in (86.5, 90.0) for _, _, v in obs)


def test_branches_set_up_alone_or_jointly_with_zujian():
    obs = observed(
        "截至2016年底，全省已有595家律所建立党组织，其中单独组建党支部312个，联合组建党支部96个。",
        jurisdiction="黑龙江省",
    )
    assert ("legal", "standalone_branches", 312.0) in obs
    assert ("legal", "joint_branches", 96.0) in obs


def test_a_year_opening_a_sentence_dates_the_undated_sentences_after_it():
    obs = observed(
        "2021年，全省律师行业党建工作取得明显成效。全省共有律师事务所456家。",
        published=date(2022, 1, 18),
        jurisdiction="甘肃省",
    )
    assert obs[("legal", "firms", 456.0)][2] == 2021
    # but 目前 of an undated text does not take a year a history paragraph set
    history = observed(
        "2015年，全省律所500家。目前，全省共有律师事务所1000家。", jurisdiction="甘肃省"
    )
    assert history[("legal", "firms", 500.0)][2] == 2015
    assert history[("legal", "firms", 1000.0)][2] is None


def test_a_year_opening_a_sentence_holds_for_its_paragraph_only():
    obs = observed(
        "2019年，全省成立律师行业党委。全省律所党组织300个。\n全省共有律师事务所1000家。",
        published=date(2023, 5, 1),
        jurisdiction="甘肃省",
    )
    assert obs[("legal", "party_organizations", 300.0)][2] == 2019
    assert obs[("legal", "firms", 1000.0)][2] == 2023


def test_undated_starting_figures_of_a_change_take_the_starting_date_or_none():
    obs = observed(
        "五年来，全区律师事务所由2014年的520家增加到786家，执业律师由6000余人增加到9800余人。"
        "截至2023年末，全市律师从16069人增长到17540人。",
        published=date(2019, 7, 1),
        jurisdiction="内蒙古自治区",
    )
    assert obs[("legal", "firms", 520.0)][2] == 2014
    assert obs[("legal", "firms", 786.0)][2] == 2019  # the present, not the starting year
    assert obs[("legal", "practitioners", 6000.0)][2] == 2014  # as old as the other start
    assert obs[("legal", "practitioners", 9800.0)][2] == 2019
    assert obs[("legal", "practitioners", 16069.0)][2] is None  # not 截至2023年末
    assert obs[("legal", "practitioners", 17540.0)][2] == 2023


def test_places_listed_before_fenbie_take_their_rates_in_order():
    obs = observed(
        "银川市、石嘴山市律所党组织组建率分别为98%和92%。", jurisdiction="宁夏回族自治区"
    )
    assert obs[("legal", "coverage_rate", 98.0)][1] == "银川市"
    assert obs[("legal", "coverage_rate", 92.0)][1] == "石嘴山市"


def test_figures_after_a_named_firm_are_about_that_firm():
    obs = observed(
        "高新区现有律师事务所156家。其中，泰和泰律师事务所有律师600余名，党员律师180名，设有党委1个。"
        "全市律师事务所有980家。",
        title="成都市律师行业党建工作",
    )
    assert ("legal", "firms", 156.0) in obs and ("legal", "firms", 980.0) in obs
    assert not any(v in (600.0, 180.0, 1.0) for _, _, v in obs)


def test_firms_that_set_up_their_own_branch_are_firms_not_branches():
    # 单独建立党支部 after 5家律所 is what the firms did, not a noun the count counts
    obs = observed("全县已有5家律所单独建立党支部，全市已在1586家社会组织中建立党组织。")
    assert set(obs) == {
        ("legal", "firms_with_own_branch", 5),
        ("social_org", "firms_covered", 1586),
    }


def test_firm_or_its_party_committee_as_subject_is_a_single_firm():
    for text in (
        "浙江天册律师事务所党委下设党支部6个，有党员律师98名。",
        "北京德恒律师事务所党委成立于2008年，现有党员律师120余名，下设党支部6个。",
        "北京盈科（杭州）律师事务所现有党员律师120名。",
        "泉城公证处党总支下设4个党支部。",  # a notary office, a company: the catalog's
        "走进济南市泉城公证处，该处党总支下设4个党支部，现有党员57名。",  # unit endings
        "全区建成楼宇党建服务站28个。上海月星集团党委现有党员426名，下设党支部18个。",
    ):
        obs = observed(text, title="律师行业党建")
        assert not {k for k in obs if k[2] in (4, 57, 426, 18, 6, 98, 120)}, text
    assert ("legal", "party_branches", 6) in observed("全市律师事务所党委下设党支部6个。")
    # a title about "the firm's" committee needs the firm's full name
    assert observed("全市律师事务所党委下设党支部6个。", title="对话律所党委书记")


def test_chinese_decimals_and_shares_in_tenths_or_half():
    obs = observed("全市党员律师占律师总数的百分之三十五点五二，执业律师三点五万人。")
    assert ("legal", "party_member_share", 35.52) in obs
    assert ("legal", "practitioners", 35000) in obs
    assert observed("全市党员律师占律师总数不足三成。")[("legal", "party_member_share", 30)][0] == (
        "upper_bound"
    )
    assert ("legal", "party_member_share", 60) in observed("全国党员律师占律师总数的六成多。")
    assert ("legal", "party_member_share", 50) in observed("全区党员律师310名，占律师总数的一半。")
    assert observed("一半以上的律所建立了党组织。") == {}


def test_firms_that_set_up_or_joined_a_branch_with_their_noun_left_out():
    obs = observed(
        "全省已建立党组织的律师事务所有198家，其中单独建立党支部的92家，参加联合党支部的106家。"
    )
    assert set(obs) == {
        ("legal", "firms_covered", 198),
        ("legal", "firms_with_own_branch", 92),
        ("legal", "firms_in_joint_branches", 106),
    }
    assert set(observed("全省公证机构中建立党支部的有158家。")) == {
        ("notary", "firms_covered", 158)
    }
    assert ("legal", "firms_in_joint_branches", 7900) in observed(
        "全国7900多家律师事务所参加联合党支部。"
    )
    # joining something that is no Party organization, or 的 after no setting-up
    assert observed("全市120家律所参加党建培训。") == {}
    assert set(observed("全市律师事务所1200家，其中已有党员的300家。")) == {
        ("legal", "firms", 1200)
    }


def test_a_clause_that_only_moves_the_figure_on_keeps_its_metric():
    obs = observed("全市党员律师人数突破1万人，达到10120人，占全市执业律师总数的31.7%。")
    assert ("legal", "party_members", 10120) in obs
    assert ("legal", "party_member_share", 31.7) in obs
    obs = observed("2019年底，全市律师事务所达143家；到2020年底，增至160家。")
    assert obs[("legal", "firms", 160)][2] == 2020
    assert ("legal", "coverage_rate", 100) in observed("全市律所党组织覆盖率保持在100%。")


def test_the_level_after_a_change_clause_belongs_to_its_subject():
    obs = observed("全市党员律师占比较上年提高5个百分点，达到38%。")
    assert set(obs) == {("legal", "party_member_share", 38)}
    obs = observed("全市律师人数较上年增长12%，达到3000人。")
    assert set(obs) == {("legal", "practitioners", 3000)}


def test_respectively_pairs_each_figure_with_its_listed_term_or_place():
    obs = observed("全市律师事务所、执业律师和党员律师分别为186家、3426人和1020人。")
    assert set(obs) == {
        ("legal", "firms", 186),
        ("legal", "practitioners", 3426),
        ("legal", "party_members", 1020),
    }
    obs = observed("全省律师行业党组织覆盖率、党的工作覆盖率分别达到86%和100%。")
    assert set(obs) == {("legal", "coverage_rate", 86)}  # work coverage is not annotated
    obs = observed("南京、苏州、无锡三市的党员律师分别为2100名、1300名和900名。")
    assert {k: v[1] for k, v in obs.items()} == {
        ("legal", "party_members", 2100): "南京市",
        ("legal", "party_members", 1300): "苏州市",
        ("legal", "party_members", 900): "无锡市",
    }
    obs = observed("玄武区、秦淮区分别有律所45家、38家。")
    assert obs[("legal", "firms", 38)][1] == "南京市秦淮区"


def test_awarding_bodies_registration_and_groups_of_cities_are_no_sub_types():
    assert ("social_org", "firms", 473) in observed("全区登记社会组织473个。")
    obs = observed("2016年，省律师行业党委评选出先进党组织30个。")
    assert obs[("legal", "awarded_party_organizations", 30)][2] == 2016
    assert ("legal", "awarded_party_organizations", 100) in observed(
        "2016年，省律协评选表彰100个先进党组织。"
    )
    for text in ("全区12个盟市均成立了律师行业党委。", "全省16个州市均成立了律师行业党委。"):
        assert len(observed(text)) == 1, text
    obs = observed("大陆执业律师已超过42万人。")
    assert obs[("legal", "practitioners", 420000)][:2] == ("lower_bound", "全国")


def test_dates_before_qualified_figures_in_parallel_changes_and_in_other_scripts():
    obs = observed("全市党员律师从2010年的不足500人增长到2020年的1800多人。")
    assert obs[("legal", "party_members", 500)][:3] == ("upper_bound", None, 2010)
    obs = observed("全市党员律师从2010年的少于500人增长到2020年的超过1800人。")
    assert obs[("legal", "party_members", 500)][:3] == ("upper_bound", None, 2010)
    assert obs[("legal", "party_members", 1800)][:3] == ("lower_bound", None, 2020)
    obs = observed(
        "全区律师事务所由2012年的410家发展到2019年的627家，执业律师由3900人增加到7200余人。",
        published=date(2020, 2, 1),
    )
    assert obs[("legal", "practitioners", 3900)][2] == 2012
    assert obs[("legal", "practitioners", 7200)][2] == 2019
    for text in (
        "截至2019.12.31，全市共有律师事务所143家。",
        "截至二〇一九年底，全市共有律师事务所143家。",
    ):
        assert observed(text, published=date(2020, 2, 1))[("legal", "firms", 143)][2] == 2019


def test_the_document_place_is_the_county_a_title_names_not_a_firm_name():
    obs = observed(
        "会议通报，律师事务所120家，全市律师事务所900家。",
        title="苏州市吴中区律师行业党建工作会议召开",
    )
    assert obs[("legal", "firms", 120)][1] == "苏州市吴中区"
    assert obs[("legal", "firms", 900)][1] == "苏州市"
    obs = observed("全市党员律师2100名，其中北京盈科（杭州）律师事务所党员律师120名。")
    assert obs[("legal", "party_members", 2100)][1] != "北京市"


def test_coverage_rates_count_only_party_organizations():
    for text in (
        "全县律师为村（社区）担任法律顾问覆盖率100%。",
        "全市律师参与信访接待覆盖率达到98%。",
    ):
        assert observed(text) == {}, text
    assert ("legal", "coverage_rate", 100) in observed("全市律所建立党组织，覆盖率达到100%。")
    assert ("legal", "coverage_rate", 100) in observed("全省律师事务所党组织覆盖率保持100%。")
    obs = observed("全国律师行业党组织覆盖率连续多年保持在99%以上。")
    assert obs[("legal", "coverage_rate", 99)][0] == "lower_bound"
    # a rate after a 其中 part is the whole's, not the part's
    obs = observed("全省律所共建立党组织1580个，其中联合党组织367个，党组织覆盖率达100%。")
    assert ("legal", "coverage_rate", 100) in obs


def test_firms_covered_by_joint_branches():
    assert set(observed("全县联合党支部覆盖律所6家。")) == {("legal", "firms_in_joint_branches", 6)}
    obs = observed("全市组建联合党支部12个，覆盖律所45家。")
    assert ("legal", "firms_in_joint_branches", 45) in obs
    # the last item of a list of all organizations: the firms all of them cover
    obs = observed(
        "全市建立党组织452个，其中单独党支部371个、联合党支部81个，覆盖律师事务所489家。"
    )
    assert ("legal", "firms_covered", 489) in obs


def test_more_ways_of_naming_and_counting():
    assert observed("在北京德恒（贵阳）律师事务所，党委下设6个党支部，有党员律师130余名。") == {}
    obs = observed(
        "全区已建立两新组织党组织1875个，其中非公企业党组织1530个、社会组织党组织345个。"
    )
    assert ("private_enterprise", "party_organizations", 1530) in obs
    assert ("social_org", "party_organizations", 345) in obs
    assert ("legal", "practitioners", 10300) in observed("全省执业律师一万零三百名。")
    obs = observed("全国共有会计师事务所9800余家，执业注册会计师10.6万人。")
    assert ("accounting", "practitioners", 106000) in obs
    obs = observed("评选优秀党员律师 20 名、优秀党务工作者 10 名、先进党支部 8 个。")
    assert ("legal", "awarded_party_members", 20) in obs
    obs = observed("党员律师1.06万名，约占全市律师总数的31%。")
    assert obs[("legal", "party_member_share", 31)][0] == "approximate"
    obs = observed("全国性行业协会商会中，已有760个建立了党组织。")
    assert ("social_org", "firms_covered", 760) in obs


def test_the_level_reached_after_a_change_is_of_what_changed():
    obs = observed("全市新增律师事务所26家，总数达到402家。")
    assert set(obs) == {("legal", "firms", 402)}
    obs = observed("执业律师净增512人，达到6931人。")
    assert set(obs) == {("legal", "practitioners", 6931)}


def test_an_aside_with_list_commas_stays_in_its_clause():
    obs = observed("全国31个省（区、市）均成立了律师行业党委。")
    assert set(obs) == {("legal", "industry_party_committees", 31)}


def test_training_courses_named_by_who_attends_them():
    obs = observed("各级工商联共举办商会党组织书记培训班46期，选派党建指导员1380名。")
    assert set(obs) == {("social_org", "training_sessions", 46)}
    obs = observed("全省举办非公企业党组织书记示范培训班12期，培训4800人次。")
    assert set(obs) == {("private_enterprise", "training_sessions", 12)}


def test_one_unit_the_text_points_at_is_a_single_firm():
    for text in (
        "我们所现有执业律师210名，党员律师87名，下设5个党支部。",
        "该律师事务所党委下设党支部6个，现有党员128名。",
        "该商会党委下设党支部6个，现有党员128名。",
        # an example, a firm that "only has", an unnamed one
        "比如甘肃正天合律师事务所，党员律师就有96名，单独成立了党委，下设5个党支部。",
        "比如合肥徽信会计师事务所党委，下设6个党支部，有党员93名。",
        "吉林恒信律师事务所只有律师6人、党员2名，加入联合党支部后面貌一新。",
        "有一家在贵阳的律所，50多名律师中有党员18名，却一年没开过一次组织生活会。",
        "这家成立于2003年的律所，现有执业律师86名，其中党员律师41名。",
        # a chamber of one place's business people in another
        "广西浙江商会党委下设7个党支部，有党员142名。",
        "像宁夏浙江商会党支部，有党员23名，他们结合会员企业需求开展活动。",
    ):
        assert observed(text, jurisdiction="甘肃省") == {}, text
    # 每一家: every one of them, 一个月: a time, not one unit
    text = "全省每一家律所，都建立了党组织。全省律师事务所党组织1200个。"
    assert ("legal", "party_organizations", 1200) in observed(text, jurisdiction="甘肃省")
    # a page whose title names one firm's Party organization: sentences naming no place
    obs = observed(
        "某某律师事务所党支部2022年度工作总结\n2名党员律师获评区优秀党员律师。全市律师事务所1200家。",
        title="某某律师事务所党支部2022年度工作总结",
    )
    assert set(obs) == {("legal", "firms", 1200)}
    obs = observed(
        "全市律师事务所党组织建设推进会\n有党员律师120名。", title="全市律师事务所党组织建设推进会"
    )
    assert ("legal", "party_members", 120) in obs


def test_targets_ratings_and_sectors_together():
    assert observed("会议要求，全市律所党组织覆盖率达到100%。") == {}
    assert observed("年度考核中评定“五星级”律所党组织18个。") == {}
    # a plan's title as the source of a report is no plan
    assert ("legal", "firms", 1568) in observed(
        "《规划》显示，截至2020年底，全省共有律师事务所1568家。"
    )
    assert set(observed("全区非公企业和社会组织共有党员1.86万名。")) == {
        ("other", "party_members", 18600)
    }
    obs = observed(
        "全区“两新”组织共建立党组织1268个，其中非公企业党组织1105个、社会组织党组织163个。",
        title="西安高新区两新党建",
    )
    assert obs[("other", "party_organizations", 1268)][1] == "西安市高新区"
    assert ("social_org", "party_organizations", 163) in obs
    obs = observed(
        "我市3个律所党组织、5名党员律师、1名党务工作者分别获评全省律师行业先进党组织、"
        "优秀党员律师、优秀党务工作者。"
    )
    assert ("legal", "awarded_party_workers", 1) in obs


def test_space_separated_thousands_durations_and_shared_rates():
    obs = observed("党员律师2 386人，占比31%。")
    assert set(obs) == {("legal", "party_members", 2386), ("legal", "party_member_share", 31)}
    assert ("legal", "coverage_rate", 100) in observed("全省律所党组织覆盖率已连续三年保持100%。")
    obs = observed("全省非公企业、社会组织党组织覆盖率分别达到82%和78%。")
    assert set(obs) == {
        ("private_enterprise", "coverage_rate", 82),
        ("social_org", "coverage_rate", 78),
    }
    assert set(observed("通过联合党支部覆盖的律所384家。")) == {
        ("legal", "firms_in_joint_branches", 384)
    }
    assert ("other", "practitioners", 310) in observed("全省司法鉴定机构120家，鉴定人310名。")
    assert ("legal", "firms", 402) in observed("我们市现在有律师事务所402家。")


def test_awards_and_training_take_the_paragraphs_profession():
    obs = observed(
        "全市会计师事务所行业党建工作扎实推进。评选先进党组织12个、优秀共产党员40名。"
        "举办党务干部培训班2期，培训180人次。"
    )
    assert set(obs) == {
        ("accounting", "awarded_party_organizations", 12),
        ("accounting", "awarded_party_members", 40),
        ("accounting", "training_sessions", 2),
    }


def test_a_development_zone_in_a_list_of_a_citys_places():
    obs = observed(
        "全市现有律所144家，其中，鼓楼区13家、开发区11家、丰县4家。", title="徐州市律师行业"
    )
    assert obs[("legal", "firms", 11)][1] == "徐州市开发区"
    assert obs[("legal", "firms", 4)][1] == "徐州市丰县"


# Fragments of the sources' prose, shuffled into sentences no text holds: whatever the
# order, extraction must not fail, and what it publishes must point at a figure.
FRAGMENTS = st.sampled_from(
    [
        "全市",
        "全省",
        "我们所",
        "该商会",
        "南京、苏州",
        "开发区",
        "截至2019年底",
        "2010年的",
        "目前",
        "其中",
        "分别",
        "为",
        "达到",
        "突破",
        "新增",
        "较上年提高",
        "占",
        "约占",
        "律师事务所",
        "律所",
        "执业律师",
        "党员律师",
        "党组织",
        "党支部",
        "联合党支部",
        "单独建立党支部",
        "参加联合党支部的",
        "覆盖率",
        "法律顾问覆盖率",
        "事务所",
        "社会组织",
        "1058",
        "2 386",
        "3.5万",
        "三成",
        "一半",
        "百分之三十五点五二",
        "一万零三百",
        "70%",
        "家",
        "名",
        "人",
        "个",
        "余",
        "以上",
        "的",
        "、",
        "，",
        "。",
        "；",
        "“",
        "”",
        "（",
        "）",
        "\n",
        "在",
        "中",
        "建立了党组织",
        "下设",
        "党委",
        "《规划》",
        "会议要求",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS, max_size=30).map("".join))
def test_any_order_of_the_prose_extracts_without_failing(raw):
    result = extract(make_doc(raw, title=raw.split("\n", 1)[0][:30]))
    for o in result.observations:
        assert 0 <= o.raw_start < o.raw_end <= len(raw)
        assert any(
            ch.isdigit() or ch in "一二两三四五六七八九十百千万半"
            for ch in raw[o.raw_start : o.raw_end]
        )
    for m in result.mentions:
        assert raw[m.raw_start : m.raw_end] == m.surface


def test_two_new_organizations_quoted_names_and_shared_setting_up():
    obs = observed(
        "截至2019年底，全区共有“两新”组织4826家，其中非公有制企业3512家、社会组织1314家。"
    )
    assert set(obs) == {
        ("other", "firms", 4826),
        ("private_enterprise", "firms", 3512),
        ("social_org", "firms", 1314),
    }
    obs = observed(
        "上海共有会计师事务所317家。行业内建立党组织的事务所152家，其中单独建立党组织的98家、"
        "联合建立的54家，共建立党组织121个。"
    )
    assert ("accounting", "firms_with_own_branch", 98) in obs
    assert ("accounting", "firms_in_joint_branches", 54) in obs
    assert ("accounting", "party_organizations", 121) in obs
    assert ("legal", "training_sessions", 3) in observed("市律协党委全年举办党务干部培训班3期。")


def test_a_part_naming_its_sector_under_a_total_outside_the_catalog():
    obs = observed("全市共有市场主体近90万户，其中民营企业11.2万家，规上工业企业1786家。")
    assert set(obs) == {("private_enterprise", "firms", 112000)}
    # a bare 党员 part of a firm's staff stays out
    assert observed("目前，律所从业人数 408 人，其中党员人数 93 人。") == {}


def test_a_rate_compared_with_an_earlier_year_is_that_years_rate():
    obs = observed("截至2019年底，全市党员律师占比为27.8%，比2015年的21.5%提高6.3个百分点。")
    assert obs[("legal", "party_member_share", 21.5)][2] == 2015
    assert obs[("legal", "party_member_share", 27.8)][2] == 2019


def test_party_members_among_a_sectors_staff():
    assert set(observed("全区社会组织从业人员中共有党员1.1万名。")) == {
        ("social_org", "party_members", 11000)
    }
    assert observed("全区社会组织从业人员3万人。") == {}


def test_shares_of_another_base_or_of_an_unnamed_group_are_no_party_member_share():
    for text in (
        "全市党员律师4100人，占全省党员律师的51.6%。",
        "上海市黨員律師達1.1萬名，佔全國律師黨員的5.6%。",
        "党员律师约占全省的四分之一。",
        "党员律师4120名，其中女性党员律师占42%，35岁以下的占31%。",
    ):
        assert not any(k[1] == "party_member_share" for k in observed(text)), text
    for text in ("全市党员律师4100人，占我省律师总数的3.6%。", "党员律师约占我国律师总数的1.6%。"):
        obs = observed(text, title="杭州市律师行业党建")  # a higher scope than the city's
        assert not any(k[1] == "party_member_share" for k in obs), text
    assert ("legal", "party_member_share", 31.6) in observed(
        "全省党员律师4100人，占全省律师总数的31.6%。", title="湖南省律师"
    )
    assert ("legal", "party_member_share", 31.6) in observed("全市党员律师4100人，占比31.6%。")


def test_a_sentence_opening_with_qizhong_breaks_down_the_total_before_it():
    obs = observed("全省共有律师事务所1326家。其中，长沙市612家、株洲市98家。", title="湖南省律师")
    assert obs[("legal", "firms", 612)][1] == "长沙市"
    assert obs[("legal", "firms", 98)][1] == "株洲市"


def test_thousands_unit_and_more_verbs_before_terms():
    assert observed("全市党员律师近7千名。")[("legal", "party_members", 7000)][0] == "approximate"
    obs = observed("市律师行业党委举办党务骨干培训班2期。")
    assert ("legal", "training_sessions", 2) in obs


def test_a_quoted_rating_names_an_award_and_qizhong_hides_no_place():
    assert ("social_org", "demonstration_sites", 30) in observed(
        "评选出省级“五好”商会党组织示范点30个。"
    )
    obs = observed("全市共有各类商会326个，其中区县（市）工商联所属商会142个、行业商会136个。")
    assert set(obs) == {("social_org", "firms", 326)}  # 其中区县 holds no 中区


def test_a_rate_of_one_place_under_qizhong():
    obs = observed("全省会计师事务所党组织覆盖率为78.6%，其中成都市为85.2%。")
    assert obs[("accounting", "coverage_rate", 85.2)][1] == "成都市"


def test_a_wider_scopes_average_beside_a_rate_is_that_scopes_rate():
    obs = observed("全市律所党组织覆盖率达98%，而全国平均为95.7%。", title="杭州市律师")
    assert obs[("legal", "coverage_rate", 95.7)][1] == "全国"
    obs = observed("全市党员律师占律师总数的35%，高于全国平均水平（约30%）。", title="杭州市律师")
    assert obs[("legal", "party_member_share", 30)][:2] == ("approximate", "全国")


def test_a_second_qizhong_sentence_breaks_down_the_total_not_its_last_part():
    obs = observed(
        "全市现有律所144家，其中，鼓楼区13家、睢宁7家。其中，城区110家，占总数的76%；县区34家。",
        title="徐州市律师",
    )
    assert set(obs) == {
        ("legal", "firms", 144),
        ("legal", "firms", 13),
        ("legal", "firms", 7),
    }  # 城区 is no district of 徐州 (the gazetteer's 城区 are 阳泉市, 晋城市…)


def test_a_change_between_a_total_and_its_parts_or_share_is_passed_over():
    obs = observed(
        "截至2023年底，全省执业律师11953人，较上年增加846人，其中党员律师4127人，"
        "占全省律师总数的34.5%。",
        title="江西省司法厅2023年工作总结",
    )
    assert set(obs) == {
        ("legal", "practitioners", 11953),
        ("legal", "party_members", 4127),
        ("legal", "party_member_share", 34.5),
    }
    obs = observed("全市党员律师2104名，较上年增加124名，占执业律师总数的37.3%。")
    assert ("legal", "party_member_share", 37.3) in obs


def test_figures_inside_a_ranking_are_no_totals():
    for text in ("全省民营企业100强中，有96家建立了党委。", "全省百强律所中，党员律师共1200名。"):
        assert observed(text) == {}, text


def test_parts_listed_in_an_aside_after_the_total():
    for opener in ("含", "其中", ""):
        obs = observed(
            f"全市律师行业共有党组织118个（{opener}党总支2个、党支部116个），覆盖律所120家。"
        )
        assert set(obs) == {
            ("legal", "party_organizations", 118),
            ("legal", "general_branches", 2),
            ("legal", "party_branches", 116),
            ("legal", "firms_covered", 120),
        }, opener
    obs = observed("执业律师2386名（含公职律师120名），党员律师900名。")  # a sub-type stays out
    assert set(obs) == {("legal", "practitioners", 2386), ("legal", "party_members", 900)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2023年，省司法厅表彰全省律师行业先进党组织25个。",
            ("legal", "awarded_party_organizations", 25),
        ),
        (
            "全市律师行业党建工作扎实推进。2023年，市委组织部表彰先进党组织25个。",
            ("legal", "awarded_party_organizations", 25),
        ),
        (
            "2022年，区委两新工委评选表彰先进非公企业党组织15个。",
            ("private_enterprise", "awarded_party_organizations", 15),
        ),
        (
            "2023年，市律协党委评选表彰先进律所党组织36个。",
            ("legal", "awarded_party_organizations", 36),
        ),
        (
            "2023年，省工商联党组表彰优秀商会党务工作者40名。",
            ("social_org", "awarded_party_workers", 40),
        ),
        ("2023年，表彰优秀共产党员律师60名。", ("legal", "awarded_party_members", 60)),
    ],
)
def test_awards_name_a_body_a_rank_and_a_sector(text, expected):
    assert expected in observed(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市已建成市级社会组织党建示范基地8个。", ("social_org", "demonstration_sites", 8)),
        ("2023年，全市打造律所党建示范点12个。", ("legal", "demonstration_sites", 12)),
        (
            "今年以来，全区举办非公企业党组织书记轮训班4期。",
            ("private_enterprise", "training_sessions", 4),
        ),
        ("2022年，全市开展律师党建专题培训2次。", ("legal", "training_sessions", 2)),
        ("2022年，市律师行业党委举办入党积极分子培训班1期。", ("legal", "training_sessions", 1)),
        ("截至2023年底，全省县级以上工商联所属商会1245家。", ("social_org", "firms", 1245)),
    ],
)
def test_more_words_for_sites_training_and_levels(text, expected):
    assert expected in observed(text)


def test_a_quoted_title_given_by_an_award_verb_is_an_award():
    obs = observed("2021年，市社会组织党委评选命名“五星级”社会组织党组织20个。")
    assert ("social_org", "awarded_party_organizations", 20) in obs
    assert ("social_org", "awarded_party_organizations", 30) in observed(
        "2023年，省工商联党组表彰“五好”商会党组织30个、优秀商会党务工作者40名。"
    )
    assert observed("全市共有“五星级”律所党组织18个。") == {}  # a rating, not an award
    assert observed("2023年，表彰“五星级”律所18家。") == {}  # firms are not awarded counts


def test_tax_agents_and_asset_appraisers_are_other_professions():
    obs = observed(
        "截至2023年6月底，全市共有税务师事务所213家，执业税务师1120人，资产评估师1890人。"
    )
    assert set(obs) == {
        ("other", "firms", 213),
        ("other", "practitioners", 1120),
        ("other", "practitioners", 1890),
    }


def test_the_remaining_firms_and_the_branches_they_set_up():
    obs = observed("全县9家律所中，5家律所单独成立了党支部，其余4家律所组建了2个联合党支部。")
    assert ("legal", "firms_in_joint_branches", 4) in obs
    assert ("legal", "joint_branches", 2) in obs
    assert ("legal", "firms_with_own_branch", 5) in obs


def test_firms_covered_after_the_joint_branches_are_the_rest_in_them():
    text = "目前全区律所单独党支部达到9个，另有联合党支部3个，覆盖其余9家律所。"
    obs = observed(text, jurisdiction="台州市路桥区")
    assert ("legal", "firms_in_joint_branches", 9) in obs
    assert ("legal", "firms", 9) not in obs


def test_a_named_firms_branch_office_is_one_firm():
    text = (
        "北京注册会计师行业党建\n截至2023年9月底，全市会计师事务所共建立党组织436个。"
        "比如致同会计师事务所北京总所党委下设7个党支部，有党员260多名。"
    )
    obs = observed(text)
    assert ("accounting", "party_organizations", 436) in obs
    assert not {k for k in obs if k[2] in (7, 260)}  # the office's own, not Beijing's


@pytest.mark.parametrize(
    "text",
    [
        "今年1至2月，全市新设立的9家律所已全部同步建立党组织。",  # firms new in a period
        "今年要实现律所党组织覆盖率95%以上，党员律师占比达到36%。",  # a target: 要实现
        "到年底，全市律所党组织覆盖率将达到98%。",  # a target: 将达到
    ],
)
def test_new_firms_and_targets_are_not_levels(text):
    assert observed(text, published=date(2022, 3, 5)) == {}


def test_figures_of_places_the_text_does_not_name_are_not_published():
    text = (
        "广西律师行业党建\n截至2023年6月30日，梧州市律所47家、律师392名；"
        "其他10个设区市合计律所513家、律师4781名、党组织432个。"
    )
    obs = observed(text)
    assert obs[("legal", "practitioners", 392)][1] == "梧州市"
    assert not {k for k in obs if k[2] in (513, 4781, 432)}  # not 梧州市's, nor any named place's


@pytest.mark.parametrize(
    ("headline", "body", "kept"),
    [
        # rounded and bounded in the headline, precise in the body
        ("广东党员律师逾1.6万人", "截至2022年底，广东全省共有党员律师1.62万人。", 16200),
        # the same figure: the body's dated one is kept, not the headline's undated one
        ("宁夏执业律师两千六百余名", "截至2022年底，全区执业律师两千六百余名。", 2600),
    ],
)
def test_a_headline_figure_stated_again_in_the_body_is_the_bodys(headline, body, kept):
    obs = observed(f"{headline}\n{body}", published=date(2023, 4, 25))
    figures = [k for k in obs if k[1] in ("party_members", "practitioners")]
    assert [k[2] for k in figures] == [kept]
    assert obs[figures[0]][2] == 2022


def test_a_headline_figure_the_body_does_not_restate_stays():
    obs = observed("全省律师突破3万人\n截至2022年底，全省党员律师1.1万人。", jurisdiction="浙江省")
    assert ("legal", "practitioners", 30000) in obs


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("1.62万", 16200.0), ("1.38万", 13800.0), ("4.6亿", 460_000_000.0), ("0.17万", 1700.0)],
)
def test_a_decimal_with_wan_or_yi_is_the_exact_base_value(numeral, value):
    (number,) = find_numbers(f"律师{numeral}人")
    assert number.value == value  # not 13799.999999999998


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("1万2千", 12000.0),
        ("3千2百", 3200.0),
        ("73万2千", 732000.0),
        ("6百", 600.0),
        ("三千2百", 3200.0),
        ("三百8十", 380.0),
        ("47万3000", 473000.0),
    ],
)
def test_arabic_digits_and_chinese_units_mixed_in_one_numeral(numeral, value):
    (number,) = find_numbers(f"律师{numeral}名")
    assert (number.text, number.value) == (numeral, value)


def test_a_mixed_numeral_is_read_as_its_figure():
    obs = observed(
        "截至2021年底，全省共有律师事务所1千1百余家，执业律师1万2千名。", jurisdiction="四川省"
    )
    assert obs[("legal", "firms", 1100)][0] == "lower_bound"
    assert ("legal", "practitioners", 12000) in obs


def test_a_stray_space_inside_a_short_count_joins_it():
    assert [(n.text, n.value) for n in find_numbers("律所4 1家、党组织5 6个，占8 5%")] == [
        ("4 1", 41.0),
        ("5 6", 56.0),
        ("8 5", 85.0),
    ]
    assert [n.value for n in find_numbers("2019年 3月，律师3 214人")] == [2019, 3, 3214]
    text = "截至2019年底，周口市共有律师事务所党组织6 2个，，覆盖全市127家律所。"
    assert set(observed(text)) == {
        ("legal", "party_organizations", 62),
        ("legal", "firms_covered", 127),
    }


def test_a_report_on_one_year_dates_its_undated_figures():
    title = "中共无锡市委两新工委2023年工作总结"
    text = f"{title}\n一、律师行业。全市律师事务所218家、执业律师3462名。"
    obs = observed(text, published=date(2024, 1, 12), title=title)
    assert obs[("legal", "firms", 218)][2] == 2023  # not the publication's 2024
    assert obs[("legal", "practitioners", 3462)][2] == 2023
    title = "无锡律师行业2023年召开党建会议"  # a year, but no report on it
    news = observed(f"{title}\n全市律师事务所218家。", published=date(2024, 1, 12), title=title)
    assert news[("legal", "firms", 218)][2] == 2024
    title = "湄潭县2019年律师工作"  # a yearbook's section on one year's work
    text = f"{title}\n全县有党员律师37人。年内，3名律师被评为全市优秀党员律师。"
    obs = observed(text, published=date(2020, 11, 6), title=title)
    assert obs[("legal", "party_members", 37)][2] == 2019
    assert obs[("legal", "awarded_party_members", 3)][2] == 2019


@pytest.mark.parametrize(
    "sentence",
    [
        "其中，银川市集中了全区近六成的律师，共有律所105家。",  # 全区 is the share's whole
        "其中，首府银川市共有律所一百零五家。",  # 首府 before the city
    ],
)
def test_the_city_named_is_the_figures_place_not_a_scope_word_of_a_share(sentence):
    obs = observed(f"宁夏律师行业党建\n截至2022年底，全区执业律师2600余名。{sentence}")
    assert obs[("legal", "firms", 105)][1] == "银川市"
    assert obs[("legal", "practitioners", 2600)][1] == "宁夏回族自治区"


def test_quan_shi_means_the_city_the_paragraph_turned_to():
    text = (
        "河北三市律师行业党建\n在石家庄市，全市共有律师事务所356家。"
        "唐山市则把重点放在作用发挥上。全市1900余名律师中，党员律师占比约三分之一。"
    )
    obs = observed(text)
    assert obs[("legal", "firms", 356)][1] == "石家庄市"
    assert obs[("legal", "practitioners", 1900)][1] == "唐山市"


def test_a_change_that_starts_in_a_relative_year_or_at_an_event():
    obs = observed(
        "到去年年底，全市律所党组织覆盖率由前年的88.5%提高到93.7%。",
        published=date(2023, 3, 20),
        jurisdiction="哈尔滨市",
    )
    assert obs[("legal", "coverage_rate", 88.5)][2] == 2021  # 前年
    assert obs[("legal", "coverage_rate", 93.7)][2] == 2022  # 去年年底, not 前年
    obs = observed(
        "全省律师行业党组织由本届理事会成立时的1402个，到2022年底增加到1987个，"
        "其中律所党委由9个增加到23个，党总支41个，党支部1923个。",
        jurisdiction="浙江省",
    )
    assert obs[("legal", "party_organizations", 1402)][2] is None  # an event, not a year
    assert obs[("legal", "party_organizations", 1987)][2] == 2022
    assert ("legal", "party_branches", 1923) in obs  # the parts of the total reached


def test_the_parts_of_a_total_share_its_sector():
    text = (
        "北京注册会计师行业党建\n截至2023年9月底，北京共有注册会计师1.2万余名，其中党员注册会计师3800多名。"
        "全行业共建立党组织436个，其中党委11个、党总支23个、党支部402个。"
    )
    obs = observed(text)
    assert {k[:2] for k in obs if k[2] in (436, 11, 23, 402)} == {
        ("accounting", "party_organizations"),
        ("accounting", "party_committees"),
        ("accounting", "general_branches"),
        ("accounting", "party_branches"),
    }


def test_a_figure_that_names_no_sector_takes_the_one_its_title_names():
    title = "北京注册会计师行业党建"
    obs = observed(f"{title}\n目前全市有联合党支部147个。", title=title)
    assert ("accounting", "joint_branches", 147) in obs
    title = "北京律师和注册会计师行业党建"  # two sectors: the title decides nothing
    assert observed(f"{title}\n目前全市有联合党支部147个。", title=title) == {}


def test_kinds_given_as_examples_and_a_trainings_description_are_no_sub_types():
    obs = observed(
        "义乌商会党建\n全市现有异地商会、行业商会等各类商会87家。", jurisdiction="义乌市"
    )
    assert ("social_org", "firms", 87) in obs
    obs = observed("2022年，全省举办新执业律师党性教育培训班12期。", jurisdiction="浙江省")
    assert ("legal", "training_sessions", 12) in obs
    assert observed("全市有合伙律师1200名。") == {}  # a sub-type still is one


@pytest.mark.parametrize(
    "text",
    [
        "浦东新区律师行业党建\n陆家嘴街道集聚律所126家、律师3400余名，建有律所党组织97个。",
        "金水区两新党建\n金水科教园区入驻企业368家，建立园区综合党委1个、党支部26个。",
        "长兴县律师行业党建\n雉城街道集中了全县12家律所。",
        "记山东鲁润律师事务所党委\n该所党委先后被评为“全国律师行业先进党组织”，3名党员律师获评“山东省优秀党员律师”。",
    ],
)
def test_a_street_park_building_or_one_firm_is_no_place(text):
    assert observed(text) == {}


def test_buildings_counted_and_their_committee_are_no_single_unit():
    text = (
        "渝中区楼宇党建\n区委依托楼宇党委，在12栋商务楼宇建立律师行业联合党支部12个，覆盖律所67家。"
    )
    # (the joint branches' firms, though the 12 after 在12栋 was not read)
    assert ("legal", "firms_in_joint_branches", 67) in observed(text)


def test_a_places_buildings_are_all_of_them_and_its_named_park_or_centre_is_one():
    title = "思明区楼宇党建工作综述"
    obs = observed(f"{title}\n截至2024年底，思明区楼宇内企业1.3万余家，建立楼宇党组织207个。")
    assert obs[("other", "party_organizations", 207)][1] == "厦门市思明区"
    for text in (
        "在某国际金融中心，楼宇党委下设党支部11个，党员386名。",  # one centre, unnamed
        "在准格尔经济开发区，建立党组织58个，党员1100余名。",  # the banner's own zone
        "准格尔经济开发区推行新机制。开发区现有入驻企业326家，建立党组织58个。",  # that zone
    ):
        assert observed(f"准格尔旗园区党建工作综述\n{text}") == {}, text
    # a bare 开发区 after other words is no unit the clause opens with
    text = "鸠江区依托开发区集中推进园区党建，非公企业党组织覆盖率达到21.4%。"
    assert ("private_enterprise", "coverage_rate", 21.4) in observed(text, title="芜湖市两新党建")
    text = "在开发区方面，全省149个省级以上开发区中，有147个建立了园区党组织。"
    assert ("other", "firms_covered", 147) in observed(text, title="四川省两新党建")


def test_a_firm_where_it_stands_is_still_one_firm():
    for text in (
        "新疆明远律师事务所总部位于乌鲁木齐市，现有执业律师120名、党员45名，党员占比37.5%。",
        "新疆明远律师事务所位于乌鲁木齐市，现有执业律师120名。",
    ):
        assert observed(text, title="新疆律师行业党建") == {}, text
    text = "全疆律师事务所多位于乌鲁木齐市，全区现有执业律师1.2万名。"
    assert ("legal", "practitioners", 12000) in observed(text, title="新疆律师行业党建")


def test_a_table_of_labels_and_figures_is_read():
    text = (
        "泉州市律师行业党委工作报告\n截至2024年6月30日，全市律师行业基本情况如下：\n"
        "律师事务所 | 203家\n执业律师 | 3,412人\n党员律师 | 1,185人（占34.7%）\n"
        "律所党组织覆盖率 | 94.1%\n"
    )
    obs = observed(text)
    assert set(obs) == {
        ("legal", "firms", 203),
        ("legal", "practitioners", 3412),
        ("legal", "party_members", 1185),
        ("legal", "party_member_share", 34.7),
        ("legal", "coverage_rate", 94.1),
    }
    assert ("legal", "coverage_rate", 94.1) in observed(
        "律所党组织覆盖率：94.1%", jurisdiction="泉州市"
    )


def test_a_numbered_list_item_is_read_without_its_number():
    title = "泉州市律师行业党委工作报告"
    obs = observed(
        f"{title}\n1．举办党务骨干培训班2期。\n2. 确定市级律师行业党建示范点8个。", title=title
    )
    assert {k[1:] for k in obs} == {("training_sessions", 2), ("demonstration_sites", 8)}


def test_a_part_of_the_year_is_dated_from_publication():
    obs = observed(
        "上半年，区律师行业党委举办党员律师政治轮训班2期。",
        published=date(2024, 7, 8),
        jurisdiction="重庆市渝北区",
    )
    assert obs[("legal", "training_sessions", 2)][2] == 2024
    doc = make_doc(
        "截至今年一季度末，全市共有律师事务所143家。",
        published=date(2021, 5, 1),
        jurisdiction="南京市",
    )
    (o,) = extract(doc).observations
    assert o.as_of == date(2021, 3, 31)


def test_the_whole_a_share_is_of_does_not_place_the_figures_after_it():
    text = (
        "浦东新区律师行业党建\n截至2023年底，浦东新区共有律师事务所318家，约占全市律所总数的17%；"
        "执业律师6952名，其中党员律师2231名。"
    )
    obs = observed(text)
    assert obs[("legal", "practitioners", 6952)][1] == "上海市浦东新区"
    assert obs[("legal", "party_members", 2231)][1] == "上海市浦东新区"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 家 counts the firms that set up their own branch, with or without 了
        (
            "全区律师事务所中已有两百多家单独建立了党支部，一百零五家参加了联合党支部。",
            {("legal", "firms_with_own_branch", 200), ("legal", "firms_in_joint_branches", 105)},
        ),
        ("全省150余家律所单独建立了党支部。", {("legal", "firms_with_own_branch", 150)}),
        (
            "截至2024年5月底，全县律师行业建有单独党支部9个、联合党支部3个。",
            {("legal", "standalone_branches", 9), ("legal", "joint_branches", 3)},
        ),
        ("2023年，全区律师行业累计培育市级党建示范点3个。", {("legal", "demonstration_sites", 3)}),
        ("年末全市共有律师事务所156家。", {("legal", "firms", 156)}),
        (
            "2024年，区委两新工委举办两新组织党组织书记培训班2期。",
            {("other", "training_sessions", 2)},
        ),
    ],
)
def test_verbs_with_le_bare_jia_and_more_catalog_words(text, expected):
    assert set(observed(text, jurisdiction="南京市")) == expected


def test_liang_xin_is_a_name_not_the_number_two():
    assert [n.text for n in find_numbers("两新组织党组织2个")] == ["2"]


def test_a_place_inside_an_institutions_name_is_not_the_texts_place():
    text = "律师行业党建工作比较研究\n（作者单位：南京师范大学法学院）\n截至2022年底，全省律师事务所2213家。"
    assert observed(text, title="律师行业党建工作比较研究")[("legal", "firms", 2213)][1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2023年，市委两新工委举办非公企业和社会组织党组织书记示范培训班4期。",
            ("other", "training_sessions", 4),
        ),
        ("截至2022年底，全省共有会计师事务所398家；另有资产评估机构83家。", ("other", "firms", 83)),
        (
            "截至2023年底，全省共有司法鉴定机构236家，建立党组织的鉴定机构151家。",
            ("other", "firms_covered", 151),
        ),
        (
            "全国党员律师队伍不断壮大，从2012年的6.2万人增加到2023年的26.8万人。",
            ("legal", "party_members", 62000),
        ),
        ("2016年全市律师人数刚过2000人。", ("legal", "practitioners", 2000)),
        (
            "2023年，省公证行业党委组织公证机构党组织书记集中轮训2次。",
            ("notary", "training_sessions", 2),
        ),
    ],
)
def test_round_eight_constructions(text, expected):
    assert expected in observed(text, jurisdiction="湖南省")


def test_a_news_agencys_dateline_place_is_not_the_figures_place():
    text = "司法部发布律师工作统计\n中新网北京6月11日电 2023年，全国律师行业党委表彰全国律师行业先进党组织100个。"
    assert observed(text)[("legal", "awarded_party_organizations", 100)][1] != "北京市"


def test_an_as_of_date_outlives_a_paragraph_that_opened_with_a_year():
    text = (
        "司法部发布律师工作统计\n截至2023年底，全国共有执业律师73.16万多人。\n"
        "2023年，全国律师行业党委表彰全国律师行业先进党组织100个。\n"
        "基层法律服务方面，全国共有基层法律服务机构1.2万多家。"
    )
    assert observed(text, published=date(2024, 6, 12))[("other", "firms", 12000)][2] == 2023


def test_places_paired_by_fenbie_with_one_unknown_place_are_not_guessed():
    obs = observed(
        "截至2023年底，复兴区、经开区非公企业党组织覆盖率分别达到91.2%和88.6%。",
        jurisdiction="邯郸市",
    )
    assert obs[("private_enterprise", "coverage_rate", 88.6)][1] != "邯郸市复兴区"


def test_a_company_groups_committee_with_xiaxia_is_one_unit():
    title = "苏州市吴江区两新党建"
    text = f"{title}\n发挥骨干企业示范作用，恒力集团党委下辖党支部62个、党员1800余名。"
    assert observed(text, title=title) == {}


def test_a_committee_named_by_no_place_scope_or_term_is_one_units():
    title = "湖南省非公企业党建工作综述"
    text = f"{title}\n全省非公企业党组织覆盖率达到85%。湖南金健米业党委下设党支部12个、党员368名。"
    assert set(observed(text, title=title)) == {("private_enterprise", "coverage_rate", 85)}
    # the sector's committee, with a place, a scope word or an association before it
    for text in (
        "全省律师行业党委下设党支部120个。",
        "长沙市律师协会党委下设党支部120个。",
        "芙蓉区律师行业联合党委下设党支部120个。",  # the district's joint committee
    ):
        assert ("legal", "party_branches", 120) in observed(text, title="湖南律师行业党建"), text


def test_a_scope_word_that_grades_an_honour_places_nothing():
    text = "五年间，全市律师行业共有5个律所党组织获得全国和省级表彰，建成律师行业党建示范点12个。"
    assert (
        observed(text, jurisdiction="长春市")[("legal", "demonstration_sites", 12)][1] == "长春市"
    )


def test_professionals_counted_inside_a_total_of_no_catalog_noun_are_published():
    obs = observed(
        "全省注册会计师协会现有个人会员1.3万多人，其中执业会员约6500人。", jurisdiction="湖南省"
    )
    assert ("accounting", "practitioners", 6500) in obs
    # the Party members of a place's sector (GOLD rule 2), not those of one firm's staff
    obs = observed("全市社会组织从业人员12.6万人，其中党员1.9万人。", jurisdiction="南京市")
    assert set(obs) == {("social_org", "party_members", 19000)}
    assert observed("律所从业人数408人，其中党员人数93人。", jurisdiction="南京市") == {}


def test_a_text_about_a_national_body_is_about_the_nation():
    title = "中国注册会计师协会简介"
    obs = observed(f"{title}\n目前，已拥有团体会员5000多家，个人会员13万多人。", title=title)
    assert obs[("accounting", "firms", 5000)][1] == "全国"


def test_figures_in_a_section_of_plans_are_targets():
    text = (
        "包头市司法局2023年工作总结和2024年工作计划\n一、2023年主要工作\n"
        "截至2023年底，全市共有律师事务所68家、律师1152名。\n二、2024年工作计划\n"
        "（一）深化律师行业党建。党组织覆盖率提高到95%以上，举办党组织书记培训班3期。\n"
        "三、存在的问题\n全市律师事务所党组织覆盖率为92%。"
    )
    obs = observed(text)
    assert ("legal", "firms", 68) in obs
    assert not {k for k in obs if k[2] in (95, 3)}
    assert ("legal", "coverage_rate", 92) in obs  # the next section is no plan
    notice = (
        "关于开展律师行业“两优一先”评选表彰工作的通知\n一、表彰名额\n"
        "拟表彰先进基层党组织30个、优秀共产党员律师60名。\n二、评选条件\n"
        "（一）先进基层党组织：党组织成立满2年，党员人数3名以上。\n"
    )
    assert observed(notice, jurisdiction="福建省") == {}  # quotas and criteria


@pytest.mark.parametrize(
    "text",
    [
        "会议提出，2024年要推动行业党组织覆盖率提升至80%，评选行业优秀党员30名。",
        "走进黄龙国际中心，这栋楼里入驻律所21家、律师600余名，其中党员律师186名。",
        "全市50名以上职工的非公企业党组织覆盖率达98.7%。",
        "全市规模以上企业党组织覆盖率达96.4%。",
    ],
)
def test_round_nine_traps_are_not_published(text):
    assert observed(text, jurisdiction="杭州市") == {}


def test_a_city_that_awards_is_the_place_of_its_awards():
    text = "去年，唐山市表彰了15个律师行业先进党组织和32名优秀党员律师。"
    obs = observed(text, jurisdiction="河北省")
    assert obs[("legal", "awarded_party_organizations", 15)][1] == "唐山市"


def test_hangai_covers_and_shoupi_is_no_sub_type():
    obs = observed(
        "包头市律师行业党组织57个，其中独立党支部36个、联合党支部21个，联合党支部涵盖律所32家。",
        jurisdiction="包头市",
    )
    assert ("legal", "firms_in_joint_branches", 32) in obs
    obs = observed("2023年，武汉市社会组织综合党委命名首批社会组织党建示范点12个。")
    assert ("social_org", "demonstration_sites", 12) in obs


def test_a_scope_word_means_the_place_its_sentence_or_paragraph_turned_to():
    text = (
        "湖南律师行业党建巡礼·市州篇\n截至2023年底，长沙市共有律师事务所583家。\n\n"
        "株洲市律师行业党委坚持“一所一策”。目前，全市86家律所中已有79家建立党组织。"
    )
    assert observed(text)[("legal", "firms", 86)][1] == "株洲市"
    text = "甘肃省律所党组织覆盖率达98.6%；青海省全省律所党组织覆盖率为95.3%。"
    assert observed(text)[("legal", "coverage_rate", 95.3)][1] == "青海省"


def test_the_region_the_venue_and_a_related_article_do_not_mislead_the_place():
    title = "内蒙古：首府与包头律师行业党建齐头并进"
    text = f"{title}\n截至2023年底，全区共有律师事务所623家。\n包头市昆都仑区现有律所42家。"
    assert observed(text, title=title)[("legal", "firms", 623)][1] == "内蒙古自治区"
    title = "全国律师行业党建工作推进会在杭州召开"
    text = f"{title}\n推进会在浙江杭州召开。会议对100个全国律师行业先进党组织、200名全国优秀党员律师进行了表彰。"
    obs = observed(text, title=title)
    assert obs[("legal", "awarded_party_members", 200)][1] == "全国"


def test_joint_branch_aside_and_counts_of_places_are_read_right():
    obs = observed(
        "全市律师行业共有党组织118个，其中律所党委3个、联合党支部27个（覆盖律所61家）。",
        jurisdiction="绍兴市",
    )
    assert ("legal", "firms_in_joint_branches", 61) in obs
    obs = observed("甘肃省14个市州均已成立律师行业党委；青海省8个市州中已有6个成立律师行业党委。")
    assert ("legal", "industry_party_committees", 14) in obs
    assert ("legal", "industry_party_committees", 8) not in obs  # all of them, not those that did
    assert obs[("legal", "industry_party_committees", 6)][1] == "青海省"  # those that did
    assert observed("全国31个省（区、市）和新疆生产建设兵团均成立了律师行业党委。") == {}


def test_a_subset_picked_out_by_a_clause_and_a_change_heading_its_list():
    assert (
        observed(
            "对暂不具备建立党组织条件的12家律所，全部选派了党建工作指导员。", jurisdiction="长春市"
        )
        == {}
    )
    obs = observed(
        "全市有1至3名律师党员的40家律师事务所已全部建立了党支部。", jurisdiction="桂林市"
    )
    assert ("legal", "firms_covered", 40) in obs
    assert observed("全年新建非公企业党组织28个、社会组织党组织11个。", jurisdiction="台州市") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2023年，全省律师行业并确定省级律师行业党建示范点12家。",
            ("legal", "demonstration_sites", 12),
        ),
        ("全市登记注册社会组织3265家。", ("social_org", "firms", 3265)),
        ("2012年，全市党员律师还只有760人。", ("legal", "party_members", 760)),
    ],
)
def test_round_ten_catalog_words(text, expected):
    assert expected in observed(text, jurisdiction="九江市")


def test_a_month_without_a_year_is_the_latest_before_publication():
    obs = observed(
        "截至12月底，全市共有律师事务所156家。", published=date(2024, 1, 22), jurisdiction="鞍山市"
    )
    assert obs[("legal", "firms", 156)][2] == 2023  # not 2024


def test_a_scope_word_after_shi_is_what_the_place_is_measured_against():
    text = "截至2023年底，长春市是全省律师资源最集中的地区，现有律师事务所331家。"
    assert observed(text, jurisdiction="吉林省")[("legal", "firms", 331)][1] == "长春市"


def test_xianyou_goes_on_with_the_date_its_paragraph_set():
    text = "截至12月底，全市共有律师事务所89家。全市现有公证机构8家、公证员46人。"
    obs = observed(text, published=date(2024, 1, 22), jurisdiction="鞍山市")
    assert obs[("notary", "firms", 8)][2] == 2023
    text = "截至2020年底，全市共有律师事务所89家。\n全市现有公证机构8家。"  # another paragraph
    assert (
        observed(text, published=date(2024, 1, 22), jurisdiction="鞍山市")[("notary", "firms", 8)][
            2
        ]
        == 2024
    )


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "浙江省公证行业党建工作综述",
            "杭州市国立公证处党委是全省公证行业首家党委，下设6个党支部，现有党员86名。",
        ),
        ("黄埔区非公企业党建", "广州科学城党委下辖企业党组织326个、党员4100名。"),
        (
            "正泰集团：党建红引领民企高质量发展",
            "集团党委成立于2002年，下设党总支8个、党支部62个，共有党员1850名。",
        ),
        ("浙江天铭律师事务所：党建引领", "4名律师获评优秀党员律师。"),
    ],
)
def test_one_office_park_or_company_is_no_place(title, body):
    assert observed(f"{title}\n{body}", title=title) == {}


def test_round_thirteen_reads():
    obs = observed("截至2023年底，全省11个设区市均成立了公证行业党委。", jurisdiction="浙江省")
    assert ("notary", "industry_party_committees", 11) in obs
    obs = observed(
        "全市工商联系统共有各类商会组织286家，其中基层商会168家、行业商会76家。",
        jurisdiction="泉州市",
    )
    assert ("social_org", "firms", 286) in obs
    assert ("social_org", "firms", 168) not in obs  # a kind of the total


def test_round_twelve_constructions():
    title = "党建引领 红色律所——记贵州黔信律师事务所党委"
    text = f"{title}\n所党委先后获评全国律师行业先进党组织，3名律师获评全省优秀党员律师，所内举办党务培训班4期。"
    assert observed(text, title=title) == {}  # one firm's, whatever its awards' ranks
    obs = observed(
        "全省资产评估机构96家、资产评估师1103名，其中党员412名，资产评估机构党组织与会计师事务所党组织实行统一管理。",
        jurisdiction="山西省",
    )
    assert ("other", "party_members", 412) in obs
    obs = observed("截至2023年底，全省律所党组织从五年前的61个增至117个。", jurisdiction="青海省")
    assert obs[("legal", "party_organizations", 61)][2] is None
    assert obs[("legal", "party_organizations", 117)][2] == 2023
    obs = observed(
        "截至今年5月底，全区共有律师事务所241家。\n全区律所共建立党组织196个。",
        published=date(2024, 6, 21),
        jurisdiction="宁夏回族自治区",
    )
    assert obs[("legal", "party_organizations", 196)][2] == 2024  # 截至今年5月底 holds on
    obs = observed(
        "截至2023年底，全区共有党员律师1382人。在银川市，党员律师已超过900名。",
        jurisdiction="宁夏回族自治区",
    )
    assert obs[("legal", "party_members", 900)][1] == "银川市"
    obs = observed("太原市集中了全省近一半的事务所，共有会计师事务所117家。", jurisdiction="山西省")
    assert obs[("accounting", "firms", 117)][1] == "太原市"


def test_a_change_ending_in_the_pages_year_is_no_target():
    text = "五年来，律师事务所由2018年的96家增加到2023年的138家，执业律师由1242名增加到2031名。"
    obs = observed(text, published=date(2023, 11, 19), jurisdiction="绵阳市")
    assert {("legal", "firms", 138), ("legal", "practitioners", 2031)} <= set(obs)
    obs = observed("全省律师行业已建立党组织455个，其中单独组建党组织381个、联合组建党组织74个。")
    assert ("legal", "joint_branches", 74) in obs


def test_a_whole_sector_before_its_de_has_all_of_its_organizations():
    obs = observed(
        "截至2024年底，兰州市律师行业的党组织146个，其中律所党委2个、党总支4个、党支部140个。"
    )
    assert obs[("legal", "party_organizations", 146)][1] == "兰州市"
    assert ("legal", "party_branches", 140) in obs
    # (a clause that picks some out before the sector is still no whole: 有党员的律师行业)
    assert observed("全市有党员的律师行业的党组织146个。", jurisdiction="兰州市") == {}


def test_a_page_under_a_provincial_sites_name_is_its_headlines_place():
    page = (
        "云南组工网\n首页 > 组工动态 > 州市动态\n昆明市专业服务领域党建工作综述\n"
        "发布时间：2023-04-11 来源：市委组织部\n\n"
        "据统计，截至2022年底，共有律师事务所214家，执业律师4862人，其中党员律师1517人。"
    )
    obs = observed(page, title="云南组工网")
    assert obs[("legal", "firms", 214)][1] == "昆明市"
    # (城关区: a name many cities have, settled by the site's province)
    page = page.replace("昆明市专业", "城关区专业").replace("云南", "甘肃")
    obs = observed(page, title="甘肃组工网")
    assert obs[("legal", "firms", 214)][1] == "兰州市城关区"
    # (a page naming no place inside the site's: the province's, as before)
    page = page.replace("城关区专业服务领域", "我省专业服务领域")
    assert observed(page, title="甘肃组工网")[("legal", "firms", 214)][1] == "甘肃省"
    # the headline names the sector of figures that name none (a list under 如下：)
    page = (
        "湖北组工网\n首页 → 组工动态\n武汉市律师行业表彰一批“两优一先”\n发布时间：2016-07-01\n\n"
        "6月28日召开表彰大会。本次表彰情况如下：\n先进基层党组织 20个\n优秀共产党员 45名\n"
    )
    assert observed(page, title="湖北组工网")[("legal", "awarded_party_members", 45)][1] == "武汉市"


def test_a_kind_of_chamber_the_title_names_is_the_texts_whole_subject():
    text = (
        "截至2018年底，全省登记注册的异地商会共有186家，已建立党组织的异地商会172家，"
        "党组织覆盖率达92.5%。异地商会中共有党员2460余名。"
    )
    obs = observed(text, title="江西省异地商会党建工作迈上新台阶")
    assert obs[("social_org", "firms", 186)][1:3] == ("江西省", 2018)
    assert ("social_org", "coverage_rate", 92.5) in obs
    assert ("social_org", "party_members", 2460) in obs
    # (under another title, or where the text breaks chambers down by kind, a kind is a part)
    assert observed(text, title="江西省社会组织党建工作迈上新台阶") == {}
    parts = "截至今年9月底，全市登记的社会组织共有1862个；各类商会中，异地商会达到48家。"
    obs = observed(parts, title="异地商会里的“红色磁场”", jurisdiction="西宁市")
    assert ("social_org", "firms", 48) not in obs


def test_registered_organizations_and_firms_covered_through_joint_branches():
    obs = observed("全市登记注册的社会组织共有6287家。", jurisdiction="芜湖市")
    assert ("social_org", "firms", 6287) in obs
    assert observed("全市有党员的律所1200家。", jurisdiction="广州市") == {}  # a subset
    obs = observed(
        "目前全省有1200余家律所建立了党支部，另有300家律所通过联合党支部实现覆盖。",
        jurisdiction="浙江省",
    )
    assert ("legal", "firms_in_joint_branches", 300) in obs


def test_fenbie_pairs_sectors_with_counts_and_a_groups_committee_is_one_company():
    text = "截至2023年9月底，全市共有非公企业3.4万户、社会组织2680个，分别建立党组织1876个、932个。"
    obs = observed(text, jurisdiction="鄂尔多斯市")
    assert ("private_enterprise", "party_organizations", 1876) in obs
    assert ("social_org", "party_organizations", 1876) not in obs
    text = "好孩子集团党委是昆山非公企业党建的一面旗帜。集团党委下设党支部26个，现有党员680名。"
    assert observed(text, jurisdiction="苏州市昆山市") == {}


def test_branch_kinds_with_the_noun_left_out():
    obs = observed(
        "全市社会组织建立党组织1027个，其中单独组建612个、联合组建415个。", jurisdiction="芜湖市"
    )
    assert ("social_org", "standalone_branches", 612) in obs
    assert ("social_org", "joint_branches", 415) in obs
    text = "全省公证机构党组织158个，其中单独组建的148个，联合组建的10个。"
    obs = observed(text, jurisdiction="山东省")
    assert ("notary", "standalone_branches", 148) in obs
    assert ("notary", "joint_branches", 10) in obs
    # with its noun, 的 opens a relative clause that picks some firms: no plain firm count
    assert observed("全省单独组建的律所148家。", jurisdiction="山东省") == {}
    text = "全市共有会计师事务所317家，建立党组织的事务所152家，其中单独建立党组织的98家、联合建立的54家。"
    assert ("accounting", "firms_in_joint_branches", 54) in observed(
        text, title="上海会计师事务所党建", jurisdiction="上海市"
    )


def test_a_milestone_passed_then_the_exact_level():
    obs = observed("截至2023年底，江苏省执业律师首次突破1.5万人，达到15236人。")
    assert obs == {("legal", "practitioners", 15236): ("exact", "江苏省", 2023, "15236")}
    # the bound beside the level it rounds is that level (dev d_012: 首次突破3万人大关)
    obs = observed("顺德区现有执业律师1012名，较去年增加87名，律师人数首次突破千人。")
    assert set(obs) == {("legal", "practitioners", 1012)}
    obs = observed("截至2024年底，上海市律师人数首次突破4万人，年底达到4.06万人。")
    assert set(obs) == {("legal", "practitioners", 40600)}
    obs = observed("2015年全省执业律师突破1万人，2023年达到15236人。")
    assert ("legal", "practitioners", 10000) in obs  # another year's milestone


def test_an_undated_start_of_a_change_is_not_dated_by_its_end():
    obs = observed("截至2023年底，江苏省律所党组织覆盖率由不足40%提高到98.5%。")
    assert obs[("legal", "coverage_rate", 40)][:3] == ("upper_bound", "江苏省", None)
    assert obs[("legal", "coverage_rate", 98.5)][2] == 2023


def test_a_present_clause_after_a_target_states_what_is():
    obs = observed("南京市律所党组织覆盖率要达到98%以上，我市目前覆盖率为91.8%。")
    assert set(obs) == {("legal", "coverage_rate", 91.8)}
    obs = observed("力争到2025年南京市律师达到5000人，目前全市共有律师4123人。")
    assert set(obs) == {("legal", "practitioners", 4123)}
    assert observed("目前，南京市计划律所党组织覆盖率达到100%。") == {}


def test_fenbie_pairs_the_places_with_each_list_after_it() -> None:
    text = "截至2024年底，广州、深圳两市分别有律师事务所1402家、1395家，律师2.3万名、2.1万名。"
    obs = observed(text, title="广东省律师行业党建")
    assert {(k[1], k[2], v[1]) for k, v in obs.items()} == {
        ("firms", 1402, "广州市"),
        ("firms", 1395, "深圳市"),
        ("practitioners", 23000, "广州市"),
        ("practitioners", 21000, "深圳市"),
    }


def test_figures_after_a_list_of_places_or_sectors_and_fenbie():
    obs = observed(
        "截至2021年底，内蒙古全区共有律师事务所791家，其中呼和浩特市、包头市分别为182家、126家。"
    )
    assert obs[("legal", "firms", 182)][1] == "呼和浩特市"
    assert obs[("legal", "firms", 126)][1] == "包头市"
    obs = observed(
        "截至2022年底，赣州市非公企业建立党组织2904个；律师、会计、公证行业分别建立党组织98个、27个、19个。"
    )
    assert {k for k in obs if k[2] in (2904, 98, 27, 19)} == {
        ("private_enterprise", "party_organizations", 2904),
        ("legal", "party_organizations", 98),
        ("accounting", "party_organizations", 27),
        ("notary", "party_organizations", 19),
    }
    # an item that names no sector: the figures cannot be paired
    obs = observed("赣州市律师、审计、公证行业分别有党员512名、136名和48名。")
    assert set(obs) == {("legal", "party_members", 512)}
    # 分别 says each item's change: no level
    obs = observed(
        "三年间，全市律所数量、执业律师人数、党员律师人数分别较2020年底增加31家、812名、296名。"
    )
    assert obs == {}
    obs = observed("全市律所数量、执业律师人数分别由38家、412人增加到61家、806人。")
    assert {k[2] for k in obs} == {38, 412, 61, 806}
    # two trades of sector other in a row: each its own item
    obs = observed(
        "截至2020年底，全省注册会计师、资产评估、税务师行业党组织分别为486个、173个、229个。"
    )
    assert {k for k in obs if k[1] == "party_organizations"} == {
        ("accounting", "party_organizations", 486),
        ("other", "party_organizations", 173),
        ("other", "party_organizations", 229),
    }


def test_a_list_item_shares_the_two_sectors_its_list_opened_with():
    obs = observed("2018年，青海省评选表彰非公企业和社会组织先进基层党组织40个、优秀共产党员60名。")
    assert set(obs) == {
        ("other", "awarded_party_organizations", 40),
        ("other", "awarded_party_members", 60),
    }


def test_an_earlier_year_compared_with_by_yu_xiangbi():
    obs = observed("截至2022年6月底，青海省共有律师事务所176家，与2017年底的98家相比增长79.6%。")
    assert obs[("legal", "firms", 98)][:3] == ("exact", "青海省", 2017)
    assert obs[("legal", "firms", 176)][2] == 2022
    assert ("legal", "firms", 98) not in observed(
        "青海省共有律师事务所176家，和2017年的98家都在西宁。"
    )


def test_firms_counted_then_what_they_have_in_all():
    obs = observed("绵阳市17家律师事务所共有执业律师326名，其中党员律师98名。")
    assert set(obs) == {
        ("legal", "firms", 17),
        ("legal", "practitioners", 326),
        ("legal", "party_members", 98),
    }
    assert set(observed("绵阳市7家公证处共有公证员46名。")) == {
        ("notary", "firms", 7),
        ("notary", "practitioners", 46),
    }
    # some of the firms (其中…, 有党员的…): neither the firms nor their staff are the place's
    obs = observed("绵阳市共有律师事务所30家，其中12家律所共有党员律师45名。")
    assert set(obs) == {("legal", "firms", 30)}
    assert observed("绵阳市有党员的15家律所共有党员律师45名。") == {}


def test_firms_that_have_not_set_up_an_organization_are_not_covered():
    obs = observed("截至2023年底，城西区共有社会组织238家，有141家社会组织尚未建立党组织。")
    assert set(obs) == {("social_org", "firms", 238)}
    assert observed("城西区141家社会组织没有建立党组织。") == {}
    assert ("social_org", "firms_covered", 141) in observed("城西区141家社会组织建立了党组织。")


def test_parts_of_an_organization_total_named_by_their_sector():
    obs = observed("2022年，霍山县评选“红旗党组织”10个，其中非公企业7个、社会组织3个。")
    assert set(obs) == {
        ("other", "awarded_party_organizations", 10),
        ("private_enterprise", "awarded_party_organizations", 7),
        ("social_org", "awarded_party_organizations", 3),
    }
    obs = observed("霍山县共有党组织120个，其中非公企业68个、社会组织52个。")
    assert {k[0] for k in obs if k[1] == "party_organizations"} == {
        "other",
        "private_enterprise",
        "social_org",
    }
    obs = observed("2022年，江西省注协党委评选表彰“五星级党支部”12个。")
    assert obs[("accounting", "awarded_party_organizations", 12)][:3] == ("exact", "江西省", 2022)


def test_a_sentence_of_the_undated_past_takes_no_carried_date():
    text = "截至2023年底，甘州区共有律师事务所14家。“过去，全区律所不足10家。”"
    obs = observed(text)
    assert obs[("legal", "firms", 10)][:3] == ("upper_bound", "张掖市甘州区", None)
    obs = observed("截至2023年底，甘州区共有律师事务所14家。过去五年，全区律所增加到20家。")
    assert obs[("legal", "firms", 20)][2] == 2023


def test_quan_shi_in_a_county_text_is_the_city_it_lies_in():
    title = "宁远县司法局2023年工作总结"
    obs = observed(f"{title}\n全县共有律师事务所14家。全市共有律师事务所97家。", title=title)
    assert obs[("legal", "firms", 14)][1] == "永州市宁远县"
    assert obs[("legal", "firms", 97)][1] == "永州市"
    title = "渝中区律师行业党建工作"
    obs = observed(f"{title}\n全市律师已从2019年的2.2万人增至2023年底的3万余人。", title=title)
    assert obs[("legal", "practitioners", 22000)][1] == "重庆市"
    title = "晋江市律师行业党建"  # a county-level city is its own 全市
    obs = observed(f"{title}\n全市共有律师事务所40家。", title=title)
    assert obs[("legal", "firms", 40)][1] == "泉州市晋江市"


def test_the_start_of_a_change_in_the_year_just_named():
    obs = observed(
        "2017年，宜昌市律师行业党委成立，党员律师从当年的386名增加到2024年6月底的901名。"
    )
    assert obs[("legal", "party_members", 386)][2] == 2017
    assert obs[("legal", "party_members", 901)][2] == 2024


def test_fenbie_after_a_list_of_sectors_in_the_clause_before():
    obs = observed(
        "截至2022年末，霍山县共有非公有制企业1563家、社会组织218家，分别建立党组织96个、37个。"
    )
    assert ("private_enterprise", "party_organizations", 96) in obs
    assert ("social_org", "party_organizations", 37) in obs


def test_an_award_ceremony_names_the_awarded():
    obs = observed("宁晋县会议为去年评出的2个先进党支部和5名优秀党员律师颁发了证书。")
    assert set(obs) == {
        ("legal", "awarded_party_organizations", 2),
        ("legal", "awarded_party_members", 5),
    }
    assert observed("宁晋县为30名新执业律师颁发了执业证书。") == {}  # a licence, no award


def test_prefecture_scope_words_mean_the_autonomous_prefecture():
    title = "延吉市律师行业党建工作"
    text = (
        f"{title}\n延吉市所在的延边朝鲜族自治州是全省律师行业党建先行地区。目前，全州共有律所68家。"
    )
    assert observed(text, title=title)[("legal", "firms", 68)][1] == "延边朝鲜族自治州"
    title = "新疆律师行业党建"
    obs = observed(f"{title}\n据了解，全疆共有党员律师4100余名。", title=title)
    assert obs[("legal", "party_members", 4100)][:2] == ("lower_bound", "新疆维吾尔自治区")


def test_a_body_acting_is_no_sub_type_nor_a_sector():
    obs = observed(
        "2021年，达拉特旗两新工委下辖非公有制企业党组织94个，其中党委3个、党总支5个、党支部86个。"
    )
    assert {(k[0], k[2]) for k in obs} == {
        ("private_enterprise", 94),
        ("private_enterprise", 3),
        ("private_enterprise", 5),
        ("private_enterprise", 86),
    }
    obs = observed("截至2020年底，云南省共有会计师事务所236家。行业内共有党组织128个。")
    assert ("accounting", "party_organizations", 128) in obs


def test_quoted_award_titles_and_quoted_speech():
    obs = observed("2020年，宁夏律师行业评选出“优秀党员律师”40名、“先进党支部”12个。")
    assert ("legal", "awarded_party_members", 40) in obs
    assert ("legal", "awarded_party_organizations", 12) in obs
    obs = observed("2022年，望奎县县委统战部部长说：“我县现有商会15家，其中11家建立了党支部。”")
    assert set(obs) == {("social_org", "firms", 15), ("social_org", "firms_covered", 11)}
    assert observed("南京市律师行业坚持“三个同步”。") == {}


def test_branches_then_the_firms_they_cover_and_firms_that_all_set_up_one():
    obs = observed("截至2020年底，牡丹江市7个联合党支部覆盖律所22家。")
    assert set(obs) == {
        ("legal", "joint_branches", 7),
        ("legal", "firms_in_joint_branches", 22),
    }
    obs = observed("截至2022年底，海西州律师事务所19家全部建立了党组织。")
    assert set(obs) == {("legal", "firms", 19)}


def test_rates_listed_with_jun_share_the_figure():
    obs = observed("截至2020年11月底，锡林郭勒盟律所党的组织覆盖率和工作覆盖率均达到100%。")
    assert obs[("legal", "coverage_rate", 100)][:3] == ("exact", "锡林郭勒盟", 2020)
    # places listed with 均: the rate is each place's (one observation each)
    doc = make_doc("湖南省衡阳、郴州两市的律所党组织覆盖率均达到100%。")
    assert sorted(o.jurisdiction for o in extract(doc).observations) == ["衡阳市", "郴州市"]


def test_firms_registered_by_an_authority_are_all_of_them():
    obs = observed("截至2021年底，甘肃省经财政部门批准设立的会计师事务所共有136家。")
    assert obs[("accounting", "firms", 136)][:3] == ("exact", "甘肃省", 2021)


def test_the_body_that_awarded_is_no_scope_and_a_speaker_no_subject():
    obs = observed(
        "2021年，榆林市有4家商会被全国工商联评为“四好”商会，6个商会党组织被市委授予“先进基层党组织”称号。"
    )
    assert obs[("social_org", "awarded_party_organizations", 6)][1] == "榆林市"
    title = "云南省会计行业党建"
    text = f"{title}\n截至2020年底，全省共有会计师事务所236家。他说，昆明市作为会计师事务所最集中的地区，有事务所142家。"
    assert observed(text, title=title)[("accounting", "firms", 142)][1] == "昆明市"


def test_awarded_ones_counted_among_those_awarded():
    obs = observed("2021年，党中央表彰的全国先进基层党组织中，有非公企业和社会组织党组织98个。")
    assert set(obs) == {("other", "awarded_party_organizations", 98)}
    obs = observed("受表彰的100名优秀党员中，有律师15名。")
    assert ("legal", "practitioners", 15) not in obs


def test_parts_by_place_that_name_their_own_term():
    obs = observed(
        "截至2023年9月底，贵州省有非公企业党组织1.24万个，覆盖非公企业3.05万户，"
        "其中贵阳市、遵义市分别建立非公企业党组织3380个、2150个。"
    )
    assert obs[("private_enterprise", "party_organizations", 3380)][1] == "贵阳市"
    assert obs[("private_enterprise", "party_organizations", 2150)][1] == "遵义市"
    assert not {k for k in obs if k[1] == "firms_covered" and k[2] in (3380, 2150)}
    obs = observed("截至2023年底，兰州市、天水市非公企业党组织覆盖率分别为72.5%、68.1%。")
    assert obs[("private_enterprise", "coverage_rate", 68.1)][1] == "天水市"


def test_awards_and_sites_set_up_by_a_body():
    obs = observed("2021年，广西壮族自治区律师行业党委评选出“十佳”律师事务所党组织10个。")
    assert ("legal", "awarded_party_organizations", 10) in obs
    obs = observed("截至2023年底，延边州律师行业党委指导各律所建立党支部43个，其中单独组建27个。")
    assert ("legal", "party_branches", 43) in obs
    assert ("legal", "standalone_branches", 27) in obs
    assert ("legal", "demonstration_sites", 5) in observed(
        "2019年，常德市创建律师行业党建示范点5个。"
    )


def test_dates_of_changes_comparisons_and_year_ends():
    title = "常德年鉴（2020）·律师工作"
    text = f"{title}\n2019年，市律师行业党委加强党建工作领导。至年底，常德市有律师事务所58家。"
    assert observed(text, title=title)[("legal", "firms", 58)][2] == 2019
    # the sentence after a dated change is parallel to it; a share starts with its count
    text = (
        "江西省执业律师从2012年的4200余人增长到2022年6月底的11386人。"
        "党员律师从1100多名增加到4315名，占比由约26%提高到37.9%。"
    )
    obs = observed(text, published=date(2022, 9, 28))
    assert obs[("legal", "party_members", 1100)][2] == 2012
    assert obs[("legal", "party_member_share", 26)][2] == 2012
    assert obs[("legal", "party_member_share", 37.9)][2] == 2022
    # a year compared with (与2016年末相比) dates nothing after it
    text = "截至2021年末，广西共有律师事务所1024家。与2016年末相比，律所增加了近400家。\n全区律师中，中共党员4860余人。"
    assert observed(text)[("legal", "party_members", 4860)][2] == 2021


def test_a_sentence_back_in_the_present_ends_the_paragraphs_year():
    text = "2016年，襄州区党员律师不足30人。全区现有律师事务所14家。全区律所建立党支部9个。"
    obs = observed(text, published=date(2024, 4, 12))
    assert obs[("legal", "party_members", 30)][2] == 2016
    assert obs[("legal", "party_branches", 9)][2] == 2024


def test_a_district_name_several_cities_share_is_in_the_city_named_later():
    title = "鼓楼区律师行业党建工作走在前列"
    text = f"{title}\n截至11月底，全区共有律师事务所23家，3家律所获评徐州市律师行业先进党组织。"
    assert observed(text, title=title)[("legal", "firms", 23)][1] == "徐州市鼓楼区"


def test_a_place_body_acts_on_a_page_about_one_firm():
    title = "访江西章贡律师事务所党支部书记刘卫华"
    text = (
        f"{title}\n赣州市司法局供稿\n去年，市律师行业党委评选出10个先进党支部、30名优秀党员律师。"
    )
    obs = observed(text, title=title)
    assert obs[("legal", "awarded_party_organizations", 10)][1] == "赣州市"
    assert observed(f"{title}\n该所现有律师86名，其中党员律师32名。", title=title) == {}


def test_the_past_year_of_a_report():
    title = "2019年鹤岗市政府工作报告"
    text = f"{title}\n过去一年，全市非公有制企业党组织达到486个。"
    obs = observed(text, title=title, published=date(2019, 1, 18))
    assert obs[("private_enterprise", "party_organizations", 486)][2] == 2018
    # no publication date: the year before the text's latest date (early in a year)
    text = "截至2023年2月底，全省商会2136家。\n过去一年，全省评选出商会党组织示范点30个。"
    assert observed(text)[("social_org", "demonstration_sites", 30)][2] == 2022
    # 一年来 says the same; a sentence that opens with 年底， is the end of the year named
    text = (
        "2021年，全市共有律师事务所412家。\n一年来，市律师行业党委举办党务工作者培训班4期。"
        "年底，市律师行业党委评选表彰先进党组织20个。"
    )
    obs = observed(text, title="长沙律师行业党建", published=date(2022, 2, 18))
    assert obs[("legal", "training_sessions", 4)][2] == 2021
    assert obs[("legal", "awarded_party_organizations", 20)][2] == 2021


def test_this_years_since_is_the_state_at_publication() -> None:
    text = "截至2022年底，全省共有社会组织2.68万家。\n2023年以来，评选表彰社会组织先进党组织50个。"
    obs = observed(text, title="江西省社会组织党建", published=date(2023, 3, 20))
    assert obs[("social_org", "awarded_party_organizations", 50)][2] == 2023
    # an earlier year's 以来 only starts a span: the year stays the anchor's
    text = "截至2022年底，全省共有社会组织2.68万家。2019年以来，全省评选表彰先进党组织50个。"
    obs = observed(text, title="江西省社会组织党建", published=date(2023, 3, 20))
    assert obs[("social_org", "awarded_party_organizations", 50)][2] == 2022


def test_a_new_whole_after_a_semicolon_ends_the_parts_and_its_sector():
    obs = observed(
        "于都县共有非公企业1586家，其中已建立党组织的企业412家；"
        "登记注册的社会组织409个，建立党组织168个，覆盖率41.1%。"
    )
    assert ("social_org", "party_organizations", 168) in obs
    assert ("private_enterprise", "party_organizations", 168) not in obs


def test_a_park_after_a_relative_clause_and_the_nation_after_tongqi():
    text = "在纺织服装产业集聚的于都工业园，县里依托园区党委组建了13个行业联合党支部。"
    assert observed(text) == {}
    title = "青海省司法厅2019年度工作总结"
    obs = observed(f"{title}\n同期全国律师已达47.3万多人。", title=title)
    assert obs[("legal", "practitioners", 473000)][1] == "全国"


def test_one_unnamed_or_long_named_unit_and_a_city_notary_office():
    assert observed("其中，包钢某配套企业党委下设5个党支部。", title="昆都仑区非公企业党建") == {}
    assert observed("包头市华鼎钢铁有限公司党委下设5个党支部。") == {}
    obs = observed("到2023年底，贵州省公证员党员412人。贵阳市公证处党总支现有党员58名。")
    assert set(obs) == {("notary", "party_members", 412)}


def test_a_sentence_opened_by_a_body_of_the_city_or_district_is_about_it():
    title = "绵阳：党建引领律师行业发展"
    text = f"{title}\n2022年，涪城区有律所51家。市律师行业党委全年举办党务培训班2期。"
    obs = observed(text, title=title)
    assert obs[("legal", "firms", 51)][1] == "绵阳市涪城区"
    assert obs[("legal", "training_sessions", 2)][1] == "绵阳市"
    title = "天津市西青区两新工委推进非公企业党建"
    text = f"{title}\n2023年，区两新工委评选表彰非公企业先进党组织30个。"
    obs = observed(text, title=title)
    assert obs[("private_enterprise", "awarded_party_organizations", 30)][1] == "天津市西青区"


def test_the_rest_of_the_firms_set_up_joint_branches():
    obs = observed("三台县9家律师事务所中，单独建立党支部的4家，其余5家组建联合党支部2个。")
    assert obs[("legal", "firms_in_joint_branches", 5)][0] == "exact"
    assert ("legal", "joint_branches", 2) in obs


def test_a_parts_list_takes_the_sector_its_first_item_names():
    obs = observed(
        "赣州市律师、会计、公证行业分别建立党组织98个、27个、19个，"
        "其中律师行业单独组建党支部71个、联合党支部27个。"
    )
    assert ("legal", "joint_branches", 27) in obs
    assert ("notary", "joint_branches", 27) not in obs


def test_award_notices_name_examples_before_the_count():
    text = (
        "经研究，吉林省律师行业党委决定授予吉林正平律师事务所党支部等12个党组织"
        "“全省律师行业先进基层党组织”称号，授予王立新等30名同志“全省律师行业优秀共产党员”称号。"
    )
    obs = observed(text)
    assert ("legal", "awarded_party_organizations", 12) in obs
    assert ("legal", "awarded_party_members", 30) in obs


def test_places_measured_against_and_a_city_then_its_district_in_a_title():
    title = "思明区律所党建工作"
    text = f"{title}\n思明区是厦门律师资源最集中的区域，现有律师事务所152家。"
    assert observed(text, title=title)[("legal", "firms", 152)][1] == "厦门市思明区"
    title = "沈阳市和平区会计师事务所党建工作综述"
    text = f"{title}\n截至2022年末，和平区共有会计师事务所68家。"
    assert observed(text, title=title)[("accounting", "firms", 68)][1] == "沈阳市和平区"


def test_a_clause_that_ranks_or_rates_a_subject_then_its_count():
    obs = observed("北京市朝阳区律所数量最多，达1103家，律师1.4万余名。")
    assert obs[("legal", "firms", 1103)][1] == "北京市朝阳区"
    obs = observed("鄂尔多斯市律所数量增长较快，目前有95家。")
    assert ("legal", "firms", 95) in obs
    obs = observed("江苏省律师行业共有党支部2626个，其中单独建立的党支部1987个，联合党支部639个。")
    assert ("legal", "standalone_branches", 1987) in obs


def test_a_district_name_right_after_its_city_and_a_press_alias():
    title = "南昌市西湖区律师行业党建"
    text = (
        f"{title}\n截至5月底，全区共有律所53家。杭州市西湖区律师行业发展迅速，该区律所已达210家。"
    )
    obs = observed(text, title=title)
    assert obs[("legal", "firms", 53)][1] == "南昌市西湖区"
    assert obs[("legal", "firms", 210)][1] == "杭州市西湖区"
    title = "锡盟社会组织党建"
    obs = observed(f"{title}\n截至2023年底，锡盟共有社会组织1036家。", title=title)
    assert obs[("social_org", "firms", 1036)][1] == "锡林郭勒盟"
    # Xinjiang's prefectures by their first syllable (not 巴中市巴州区)
    title = "巴州律师行业党建工作综述"
    obs = observed(f"{title}\n截至2019年6月底，巴州共有律师事务所32家。", title=title)
    assert obs[("legal", "firms", 32)][1] == "巴音郭楞蒙古自治州"
    assert observed("巴中市巴州区共有律师事务所12家。")[("legal", "firms", 12)][1] == "巴中市巴州区"


def test_the_nations_party_as_a_whole_is_no_sector_figure():
    title = "在市律师行业党委专题党课上的讲稿"
    assert observed(f"{title}\n党的一大召开时，全国只有50多名党员。", title=title) == {}
    assert ("legal", "party_members", 232000) in observed(
        "截至2022年底，全国共有党员律师23.2万名。"
    )


def test_mixed_sector_reports_pair_terms_and_parts_rightly():
    obs = observed("樊城区律所和会计师事务所分别组建联合党支部4个和3个。")
    assert set(obs) == {("legal", "joint_branches", 4), ("accounting", "joint_branches", 3)}
    assert observed("2023年，樊城区新组建党组织47个，其中非公企业29个、社会组织18个。") == {}
    assert observed("樊城区建成党群服务中心14个，其中非公企业9个、社会组织5个。") == {}
    assert observed("樊城区两个行业党组织覆盖率分别达到100%和89.5%。") == {}
    obs = observed(
        "绥化市建立联合党支部9个、覆盖律所26家。其中，北林区律所党支部18个，安达市、肇东市分别为7个和6个。"
    )
    assert obs[("legal", "party_branches", 7)][1] == "绥化市安达市"
    assert not {k for k in obs if k[1] == "firms_in_joint_branches" and k[2] in (7, 6)}


def test_a_title_that_opens_with_one_firms_name():
    title = "云南滇诚律师事务所2024年招聘公告"
    assert observed(f"{title}\n一、执业律师3名。要求：具有法律职业资格证书。", title=title) == {}
    title = "让党旗在会计师事务所高高飘扬"
    assert ("accounting", "firms", 61) in observed(
        f"{title}\n海南省会计师事务所61家。", title=title
    )


def test_shares_after_fenbie_take_the_nth_sector():
    obs = observed(
        "章贡区律师行业和会计行业分别有党员律师358人、党员注册会计师71人，党员占比分别为38.2%和33.2%。"
    )
    assert ("legal", "party_member_share", 38.2) in obs
    assert ("accounting", "party_member_share", 33.2) in obs


def test_a_rate_as_a_threshold_or_a_target_and_a_park_whose_head_speaks():
    assert observed("入围的100家律所中，党员律师占比超过三分之一的有64家。") == {}
    assert observed("南京市律所党组织覆盖率达到98%的目标。") == {}
    text = "樊城区华远科技园党委书记介绍，园区党委下设8个党支部，共有党员143名。"
    assert observed(text) == {}


def test_rounds_57_to_59_single_units_and_asides():
    assert "notary" not in {
        k[0] for k in observed("桃源县现有律师事务所9家。县公证处现有公证员5名，其中党员4名。")
    }
    assert observed("截至2023年底，齐鲁化学工业区成立园区党委，下设党支部43个。") == {}
    text = "2016年集团党组织升格为党委，目前下设党总支2个、党支部11个。"
    assert observed(text, title="南平民营企业党建") == {}
    text = "截至2022年底，曲靖市共有律师事务所97家（其中麒麟区41家、宣威市12家），执业律师1360名。"
    assert observed(text)[("legal", "practitioners", 1360)][1] == "曲靖市"
    obs = observed(
        "金水区非公企业和社会组织分别建立党组织716个、204个，分别覆盖非公企业1530家、社会组织389家。"
    )
    assert ("social_org", "firms_covered", 389) in obs
    title = "在市律师行业党委专题党课上的讲稿"
    assert observed(f"{title}\n新中国成立时，党员人数发展到448.8万名。", title=title) == {}


def test_rounds_57_to_59_reads():
    obs = observed("截至2023年底，海南省各市县设立律师行业党委16个。")
    assert ("legal", "industry_party_committees", 16) in obs
    obs = observed(
        "桃源县9家律所全部建立党组织，其中单独建立党支部的4家，另外5家组建联合党支部2个。"
    )
    assert ("legal", "firms_in_joint_branches", 5) in obs
    title = "江西省非公有制经济组织和社会组织党建工作"
    obs = observed(f"{title}\n全省共有党建工作示范点320个。", title=title)
    assert ("other", "demonstration_sites", 320) in obs
    assert ("legal", "industry_party_committees", 1) in observed("岳麓区成立律师协会党委1个。")


def test_rounds_60_to_62():
    text = "2022年，成都市蜀都公证处党总支等3个党组织被确定为全省公证行业党建工作示范点。"
    assert ("notary", "demonstration_sites", 3) in observed(text, title="四川公证行业党建")
    text = "北京、广东、江苏律师人数分别居全国前三位。2022年，全国律师行业党委共举办各类党务培训班12期。"
    assert observed(text)[("legal", "training_sessions", 12)][1] == "全国"
    obs = observed("截至2020年底，广西实有民营企业76.4万户。")
    assert ("private_enterprise", "firms", 764000) in obs
    obs = observed("洛阳市社会组织共有从业人员3.4万名，其中党员4120名。")
    assert ("social_org", "party_members", 4120) in obs
    assert observed("目前，律所从业人数408人，其中党员人数93人。") == {}  # one firm's
    title = "滁州市天长市非公企业党建"
    obs = observed(f"{title}\n截至2022年底，全市非公企业党组织达到381个。", title=title)
    assert obs[("private_enterprise", "party_organizations", 381)][1] == "滁州市天长市"


def test_rounds_63_to_65():
    obs = observed("截至2023年底，福建省民营企业达到120多万户。")
    assert obs[("private_enterprise", "firms", 1200000)][0] == "lower_bound"
    obs = observed(
        "与2017年底相比，广西执业律师由7800余人增加到1.26万人。", published=date(2023, 4, 12)
    )
    assert obs[("legal", "practitioners", 7800)][2] == 2017
    obs = observed("截至2020年底，北京市公证行业共有党支部27个，另有市公证协会行业党委1个。")
    assert ("notary", "industry_party_committees", 1) in obs


def test_how_branches_were_set_up_is_no_sub_type():
    obs = observed("榆中县采取联建方式成立联合党支部11个，覆盖社会组织97家。")
    assert ("social_org", "joint_branches", 11) in obs
    assert ("social_org", "firms_in_joint_branches", 97) in obs


def test_a_word_named_in_brackets_by_a_catalog_term():
    text = "截至2023年12月31日，宁夏律师协会共有团体会员（律师事务所）286家，个人会员（执业律师）4317名。"
    obs = observed(text)
    assert ("legal", "practitioners", 4317) in obs
    assert ("legal", "firms", 286) in obs
    assert observed("南京市专职律师（含公职律师）120名。") == {}  # a sub-type stays out


def test_party_members_of_a_body_or_among_a_group_it_counts_are_not_a_places():
    title = "襄阳市律师协会第五次会员代表大会召开"
    text = f"{title}\n大会选举产生第五届理事会理事25名，其中党员律师18名。"
    assert observed(text, title=title) == {}
    text = f"{title}\n出席大会的150名会员代表中，党员律师102名，占68%。"
    assert observed(text, title=title) == {}
    obs = observed("全市律师1500名中，党员律师占38%。", title="襄阳市律所党建")
    assert ("legal", "practitioners", 1500) in obs
    assert ("legal", "party_member_share", 38) in obs


def test_rates_listed_with_a_dun_share_one_figure():
    text = "截至2022年底，全市律所党组织覆盖率、党的工作覆盖率均达100%。"
    assert ("legal", "coverage_rate", 100) in observed(text)


def test_one_units_committee_a_next_step_and_the_top_of_a_ranking_stay_out():
    title = "晋江：商会党建激活“红色动能”"
    assert observed(f"{title}\n商会党委书记告诉记者，商会党委现有党员126名。", title=title) == {}
    assert ("legal", "party_members", 1260) in observed("全市律师行业党委现有党员律师1260名。")
    assert observed("下一步，全省律所党组织覆盖率保持在95%以上。") == {}
    text = "截至2016年底，全省共有会计师事务所412家，综合排名前10位的事务所中有8家建立了党委。"
    assert set(observed(text)) == {("accounting", "firms", 412)}


def test_a_district_name_several_cities_share_is_not_guessed():
    title = "朝阳区律师行业党建工作情况"
    obs = observed(f"{title}\n全区现有律师事务所41家。", title=title)
    assert obs[("legal", "firms", 41)][1] is None
    title = "长春市朝阳区律师行业党建工作情况"
    obs = observed(f"{title}\n全区现有律师事务所41家。", title=title)
    assert obs[("legal", "firms", 41)][1] == "长春市朝阳区"


def test_awards_at_a_meeting_are_of_its_day_not_of_the_stock_before():
    title = "全国律师行业党建工作推进会在京召开"
    text = f"{title}\n会议指出，截至2023年底，全国共有律师事务所4万余家。\n会上，表彰了100个全国律师行业先进党组织。"
    obs = observed(text, title=title, published=date(2024, 1, 18))
    assert obs[("legal", "firms", 40000)][2] == 2023
    assert obs[("legal", "awarded_party_organizations", 100)][2] == 2024
    title = "义乌市律师行业党委召开2023年度工作会议"
    text = f"{title}\n会上，对15名优秀党员律师进行了表彰。"
    obs = observed(text, title=title, published=date(2024, 1, 18))
    assert obs[("legal", "awarded_party_members", 15)][2] == 2023


def test_list_items_sharing_a_clause_and_a_joint_branchs_aside():
    obs = observed("全区已建立党组织的非公企业214家、社会组织58个。")
    assert ("private_enterprise", "firms_covered", 214) in obs
    assert ("social_org", "firms_covered", 58) in obs
    text = "全县有律师事务所6家，其中单独党支部4个，联合党支部1个（覆盖2家律所）。"
    assert ("legal", "firms_in_joint_branches", 2) in observed(text)
    text = "会上，立信等会计师事务所党委作了典型发言，其中某所党委下设党支部46个，党员1200余名。"
    assert observed(text) == {}


def test_a_review_told_as_done_and_years_counted_from_a_date_in_the_text():
    text = "2010年底，全省会计师事务所312家。到2015年底，全省会计师事务所增至351家。"
    assert observed(text)[("accounting", "firms", 351)][2] == 2015
    text = (
        "2023年5月12日，鄂尔多斯市召开推进会。会议通报，截至今年4月底，全市共有会计师事务所38家。"
    )
    assert observed(text)[("accounting", "firms", 38)][2] == 2023
    text = "去年以来，全区已有12家律所单独建立党支部。"
    obs = observed(text, published=date(2007, 9, 12))
    assert obs[("legal", "firms_with_own_branch", 12)][2] == 2007


def test_a_kind_of_the_firms_covered_under_qizhong_stays_out():
    obs = observed("截至2023年底，全省已建立党组织的商会291家；其中省级商会68家。")
    assert set(obs) == {("social_org", "firms_covered", 291)}


def test_sectors_sharing_one_head_before_fenbie():
    obs = observed("全区非公企业和社会组织党组织分别为203个和47个。")
    assert ("private_enterprise", "party_organizations", 203) in obs
    assert ("social_org", "party_organizations", 47) in obs
    obs = observed("律师事务所、执业律师分别为186家、3426人。")
    assert ("legal", "firms", 186) in obs
    assert ("legal", "practitioners", 3426) in obs


def test_level_and_scope_words_and_private_firms():
    obs = observed("2022年，全区确定自治区级律师行业党建示范点8个。", title="宁夏律师行业党建")
    assert obs[("legal", "demonstration_sites", 8)][1] == "宁夏回族自治区"
    assert ("legal", "firms", 37) in observed("2007年9月，区内共有律师事务所37家。")
    text = "截至2023年底，长沙市律师行业党委所辖基层党组织431个。"
    assert ("legal", "party_organizations", 431) in observed(text)
    text = "截至2021年8月底，张掖市私营企业中共建立党组织216个，有党员2960名。"
    assert ("private_enterprise", "party_organizations", 216) in observed(text)


def test_a_sentence_opening_with_one_units_body_and_a_founding_year():
    text = "以南平市建瓯商会为例，该商会现有会员企业186家。商会党支部成立于2017年，现有党员29名。"
    assert observed(text) == {}
    text = "全市律师行业党委成立于2017年，现有党员律师1200名。"
    obs = observed(text, title="南平律师", published=date(2023, 5, 1))
    assert obs[("legal", "party_members", 1200)][2] == 2023


def test_where_a_story_was_filed_or_a_meeting_held_and_a_citys_counties():
    title = "全国律师行业党建工作推进会在京召开"
    text = (
        f"{title}\n本报北京1月17日讯 推进会今天在京召开。会上，表彰了100个全国律师行业先进党组织。"
    )
    assert observed(text, title=title)[("legal", "awarded_party_organizations", 100)][1] == "全国"
    title = "全区公证行业党建工作推进会在银川召开"
    text = f"{title}\n会议通报，截至2022年底，全区共有公证机构27家。"
    assert observed(text, title=title)[("notary", "firms", 27)][1] == "宁夏回族自治区"
    title = "南宁市邕江公证处：让党旗在公证窗口高高飘扬"
    text = f"{title}\n截至2023年底，全区共有公证机构86家。"
    assert observed(text, title=title)[("notary", "firms", 86)][1] == "广西壮族自治区"
    text = "截至2020年底，全市共有非公有制企业2.3万户。会上，涪城区、游仙区、江油市作交流发言。"
    obs = observed(f"绵阳日报\n{text}", title="绵阳日报")
    assert obs[("private_enterprise", "firms", 23000)][1] == "绵阳市"


def test_a_month_end_without_a_year_in_a_years_report():
    title = "秭归县司法局2023年工作总结"
    obs = observed(f"{title}\n截至12月底，全县现有律师事务所6家。", title=title)
    assert obs[("legal", "firms", 6)][2] == 2023


def test_rough_ranges_some_unnamed_and_examples_are_no_places_figures():
    assert observed("青海省律协负责人坦言：“我们有的县只有一两家律所。”") == {}
    assert observed("在一些中西部县，全县律师行业党员仅有三五人。", jurisdiction="全国") == {}
    assert observed("青海省律协负责人说，有的县律所党员不足三名。") == {}
    obs = observed("目前，天津市现有的6600名律师中，党员律师2363名。")
    assert ("legal", "party_members", 2363) in obs  # 现有的 is no 有的
    assert observed("北京、上海等地律所党组织覆盖率达100%。", title="全国律师党建") == {}
    text = "南昌高新区等园区推行新模式，全市非公企业党组织覆盖率达95%。"
    obs = observed(text, title="南昌市非公企业党建")
    assert obs[("private_enterprise", "coverage_rate", 95)][1] == "南昌市"
    obs = observed("兰州、天水等14个市州均成立了律师行业党委。", title="甘肃律师")
    assert ("legal", "industry_party_committees", 14) in obs


def test_sites_given_their_plaques_and_demonstration_units():
    text = "会上，为40个非公企业党建工作示范点授牌。"
    obs = observed(text, title="甘肃省非公企业党建工作座谈会", published=date(2022, 11, 25))
    assert ("private_enterprise", "demonstration_sites", 40) in obs
    text = "2023年，中国公证协会命名首批全国公证行业党建工作示范单位20家。"
    assert ("notary", "demonstration_sites", 20) in observed(text)


def test_firms_with_members_that_all_set_one_up_and_a_joint_manner():
    text = (
        "截至2018年底，全市有党员的律所256家，已全部建立党组织，其中单独组建党支部187个，"
        "69家律所通过联合方式组建党支部31个。"
    )
    obs = observed(text, title="哈尔滨律师行业党建")
    assert ("legal", "firms_covered", 256) in obs
    assert ("legal", "standalone_branches", 187) in obs
    assert ("legal", "joint_branches", 31) in obs
    assert observed("全市有党员的律所256家。") == {}  # some of the firms, no more said


def test_parts_of_an_organization_total_named_by_their_manner_alone():
    text = "截至2023年底，全省律所党组织156个（单独17个、联合139个）。"
    obs = observed(text, title="山西省律师行业党建工作综述")
    assert obs[("legal", "standalone_branches", 17)][:3] == ("exact", "山西省", 2023)
    assert obs[("legal", "joint_branches", 139)][:3] == ("exact", "山西省", 2023)
    obs = observed("全市律所共建立党支部56个，其中单独17个、联合39个。", title="大同市律师行业")
    assert {("legal", "standalone_branches", 17), ("legal", "joint_branches", 39)} <= set(obs)
    # firms counted in 家 are no organizations: which firms 单独 or 联合 means stays unsaid
    assert set(observed("全市律所156家，其中单独17家、联合139家。")) == {("legal", "firms", 156)}


def test_shares_told_without_zhan():
    title = "山东省律师行业党建"
    obs = observed("全省共有律师4000名，近四成律师是党员。", title=title)
    assert obs[("legal", "party_member_share", 40)][:2] == ("approximate", "山东省")
    obs = observed("全省共有律师8000名，党员律师3160名，接近四成。", title=title)
    assert obs[("legal", "party_member_share", 40)][0] == "approximate"
    obs = observed("全省执业律师600名，其中党员律师216名，超过律师总数的三分之一。", title=title)
    assert obs[("legal", "party_member_share", 33.33)][0] == "lower_bound"
    assert ("legal", "coverage_rate", 50) in observed("全省近一半律所建立了党组织。", title=title)
    # a share of another base, or of a count outside the catalog, says nothing
    text = "全省执业律师600名，其中党员律师216名，超过全区党员的三分之一。"
    assert ("legal", "party_member_share", 1 / 3 * 100) not in observed(text, title=title)
    assert len(observed("全省律所1200家，约三成。", title=title)) == 1
    text = "全省超过一半的青年律师是党员。"  # a kind of lawyer
    assert observed(text, title=title) == {}


def test_years_of_a_span_a_reports_year_before_and_the_year_befores_level():
    obs = observed("2019年至2023年，全市执业律师从3012人增长到4870人。", title="潍坊市律师工作报告")
    assert obs[("legal", "practitioners", 3012)][2] == 2019
    assert obs[("legal", "practitioners", 4870)][2] == 2023
    text = "全市律师事务所由上年的312家增加到337家。"
    obs = observed(text, title="昆明市司法局2022年工作总结", published=date(2023, 1, 16))
    assert obs[("legal", "firms", 312)][2] == 2021  # the year before the one reported on
    text = "截至2022年底，全省执业律师2.31万人，上年同期为2.12万人。"
    obs = observed(text, title="四川省律师行业发展统计公报")
    assert obs[("legal", "practitioners", 21200)][:3] == ("exact", "四川省", 2021)


def test_who_guided_the_set_up_a_district_as_a_subject_and_a_list_spent_by_fenbie():
    text = (
        "截至2023年6月，区司法局指导全区律所建立党支部27个（其中单独党支部19个、联合党支部8个）。"
    )
    obs = observed(text, title="绵阳市涪城区律师行业党建")
    assert obs[("legal", "party_branches", 27)][1] == "绵阳市涪城区"
    assert ("legal", "joint_branches", 8) in obs
    text = "朝阳区作为律所最集中的城区，现有律所87家。"
    assert (
        observed(text, title="长春市律师行业党建工作")[("legal", "firms", 87)][1] == "长春市朝阳区"
    )
    text = "全市律师事务所268家，其中奎文区、潍城区律所分别为86家、52家；党员律师1702人。"
    obs = observed(text, title="潍坊市律师工作报告")
    assert obs[("legal", "party_members", 1702)][1] == "潍坊市"
    assert obs[("legal", "firms", 52)][1] == "潍坊市潍城区"


def test_firms_that_founded_or_joined_one_and_places_or_subsets_that_did():
    title = "山东省律师行业党建"
    text = "全省律所120家，其中95家单独建立党支部，其余25家纳入2个联合党支部。"
    obs = observed(text, title=title)
    assert ("legal", "firms_in_joint_branches", 25) in obs
    assert ("legal", "joint_branches", 2) in obs
    assert ("legal", "firms_covered", 65) in observed(
        "全省律所120家，已有65家成立了党组织。", title=title
    )
    text = "全省11个设区市中，已有9个成立了律师行业党委。"  # places, no firms
    assert ("legal", "firms_covered", 9) not in observed(text, title=title)
    text = "入围的100家律所中，有91家已成立党委。"  # among a list not published
    assert observed(text, title=title) == {}
    obs = observed("截至2020年底，全国31个省份均成立了律师行业党委。", title="全国律师行业党建")
    assert obs[("legal", "industry_party_committees", 31)][1] == "全国"


def test_a_units_portrait_named_after_its_figures_and_members_share_of_a_profession():
    text = "一年审计报告3200多份，党员占比近一半——这是云南某会计师事务所的“画像”。"
    assert observed(text, title="昆明市注册会计师行业党建") == {}
    obs = observed("全市党员公证员占比达48%。", title="昆明市公证行业党建")
    assert obs[("notary", "party_member_share", 48)][1] == "昆明市"


def test_rounds_87_to_89_places_that_did_and_sectors_listed_before():
    text = "截至2012年底，全省13个市（地）中已有11个成立了律师行业党委。"
    obs = observed(text, title="黑龙江省律师行业党建工作会议召开")
    assert set(obs) == {("legal", "industry_party_committees", 11)}
    text = (
        "截至2023年底，全省共有非公企业党组织1.26万个、社会组织党组织3400余个，"
        "党员分别为9.8万名和2.1万名。"
    )
    obs = observed(text, title="甘肃省两新组织党建工作")
    assert ("social_org", "party_members", 21000) in obs
    assert ("private_enterprise", "party_members", 98000) in obs
    obs = observed("2010年，市律师协会组织了3次党员律师集中培训。", title="赣州市律师行业")
    assert obs[("legal", "training_sessions", 3)][1:3] == ("赣州市", 2010)
    text = "2023年，全区新培育市级以上非公企业党建示范点26个。"
    assert ("private_enterprise", "demonstration_sites", 26) in observed(
        text, title="兰山区非公企业党建"
    )


def test_an_award_named_after_its_count_with_the_sector_inside_and_a_years_awards():
    title = "遵义市律师行业党建"
    obs = observed("2022年，市律师行业党委表彰了10个先进律所党支部。", title=title)
    assert obs[("legal", "awarded_party_organizations", 10)][1:3] == ("遵义市", 2022)
    obs = observed("2022年，全市评选表彰10个先进商会党组织。", title="遵义市商会党建工作")
    assert ("social_org", "awarded_party_organizations", 10) in obs
    obs = observed("市律师行业党委表彰了2023年度10个先进党支部。", title=title)
    assert obs[("legal", "awarded_party_organizations", 10)][2] == 2023
    assert observed("2022年，全市共有10个先进律所。", title=title) == {}  # firms with a title


def test_firms_among_a_group_not_published_and_a_firm_named_before_its_lawyers():
    text = "上榜的20家律所中，有16家单独建立了党支部，3家成立了党委。"
    assert observed(text, title="温州市律师事务所二十强榜单发布") == {}
    obs = observed("全省68家律师事务所中，已有65家建立了党组织。", title="山东省律师行业党建")
    assert ("legal", "firms_covered", 65) in obs
    text = "浙江瓯越律师事务所执业律师达213名，党员律师87名。"
    assert observed(text, title="温州市律师事务所简介") == {}
    obs = observed("全市律师事务所执业律师达2130名，党员律师870名。", title="温州市律师行业")
    assert ("legal", "party_members", 870) in obs


def test_a_group_counted_before_zhongyou_as_before_zhong_comma():
    title = "温州市律师行业党建"
    obs = observed("截至2023年底，全市1984名执业律师中有党员律师781名。", title=title)
    assert {("legal", "practitioners", 1984), ("legal", "party_members", 781)} <= set(obs)
    obs = observed("全市318家律所中有290家建立了党组织。", title=title)
    assert ("legal", "firms_covered", 290) in obs
    # a group picked out or counted outside the catalog: neither it nor its part
    assert observed("入围的100家律所中有16家单独建立了党支部。", title=title) == {}
    assert observed("出席大会的150名会员代表中有党员律师102名。", title=title) == {}


def test_rounds_90_to_92_years_ago_comparisons_parts_places_and_a_share_of_something_else():
    title = "海南省律师行业党建工作综述"
    obs = observed("十年前，全省律师还不足1500人。", title=title, published=date(2024, 4, 16))
    assert obs[("legal", "practitioners", 1500)][:3] == ("upper_bound", "海南省", 2014)
    text = "成立之初，全省仅有党员律师520名，约三成律所没有党组织。"
    assert set(observed(text, title=title)) == {("legal", "party_members", 520)}
    text = (
        "截至2019年底，全省党员律师1190人，占律师总数的37.8%，比全国平均水平高出约5个百分点；"
        "律所党组织增至205个。"
    )
    assert observed(text, title=title)[("legal", "party_organizations", 205)][1] == "海南省"
    text = "截至2019年底，全省共有律师事务所264家。其中海口市有律所156家。党组织覆盖率达97%以上。"
    obs = observed(text, title=title)
    assert obs[("legal", "firms", 156)][1] == "海口市"
    assert obs[("legal", "coverage_rate", 97)][1] == "海南省"  # the part's place was its own
    # firms designated 党建示范律所 are demonstration sites, as dev d_010's 4家律所被确定为
    # “全省律师行业党建工作示范点” (round nine had called them firms with a title)
    text = "2023年，全市律师行业党委新评定党建示范律所6家。"
    assert ("legal", "demonstration_sites", 6) in observed(text, title="九江市律师行业党建工作综述")
    text = "2023年，包头市律师行业党委培育党建示范律所4家。"
    assert ("legal", "demonstration_sites", 4) in observed(text)


def test_a_rate_that_has_since_reached_a_level():
    text = "2012年时，全市律所党组织覆盖率还不足60%，现在已经达到95%以上。"
    obs = observed(text, title="哈尔滨市律师行业", published=date(2016, 5, 20))
    assert obs[("legal", "coverage_rate", 60)][:3] == ("upper_bound", "哈尔滨市", 2012)
    assert obs[("legal", "coverage_rate", 95)][:3] == ("lower_bound", "哈尔滨市", 2016)


def test_rounds_93_to_95_parallels_kinds_together_and_places_by_role():
    text = (
        "截至2022年6月底，鄂尔多斯市共有非公企业党组织2360个，其中联合党支部820个；包头市为1980个。"
    )
    obs = observed(text, title="内蒙古非公企业党建")
    assert obs[("private_enterprise", "party_organizations", 1980)][1] == "包头市"
    text = "截至2021年底，兰州市律师行业党组织126个；天水市、酒泉市分别为58个、41个。"
    obs = observed(text, title="甘肃律师行业")
    assert obs[("legal", "party_organizations", 58)][1] == "天水市"
    assert obs[("legal", "party_organizations", 41)][1] == "酒泉市"
    text = "银川市非公企业党组织1035个，其中单独党支部598个、联合党支部397个、党委和党总支40个。"
    assert ("private_enterprise", "general_branches", 40) not in observed(text)
    text = "泉州市晋江市作为全省社会组织党建工作试点县（市），截至2020年底共有社会组织1268个。"
    obs = observed(text, title="福建省社会组织党建")
    assert obs[("social_org", "firms", 1268)][1] == "泉州市晋江市"
    text = "截至2021年底，全国党员律师占比为32.4%，而陕西省同期党员律师占比为38.6%。"
    assert observed(text)[("legal", "party_member_share", 38.6)][1:3] == ("陕西省", 2021)


def test_awards_of_a_national_body_the_region_and_a_counties_short_name():
    text = "截至2022年6月底，北京市律师3.7万余人。2021年，中央组织部、司法部表彰全国律师行业先进基层党组织100个。"
    assert observed(text)[("legal", "awarded_party_organizations", 100)][1] == "全国"
    text = "2021年，我省3个律所党组织被中央组织部表彰为全国先进基层党组织。"
    assert (
        observed(text, title="辽宁律师行业")[("legal", "awarded_party_organizations", 3)][1]
        == "辽宁省"
    )
    text = "截至2021年底，全国党员律师占比为36.4%。去年，自治区律师行业党委表彰先进党组织25个。"
    obs = observed(text, title="广西律师行业党建", published=date(2022, 8, 3))
    assert obs[("legal", "awarded_party_organizations", 25)][1] == "广西壮族自治区"
    obs = observed("截至2022年底，西藏自治区律师约600人。", title="广西律师行业党建")
    assert obs[("legal", "practitioners", 600)][1] == "西藏自治区"  # a name, no scope word
    obs = observed("晋江现有律师事务所23家，执业律师286人。", title="晋江市律师行业党建")
    assert obs[("legal", "firms", 23)][1] == "泉州市晋江市"
    obs = observed("截至2023年底，全市共有律师事务所61家。", title="昆山律师行业党建工作迈上新台阶")
    assert obs[("legal", "firms", 61)][1] == "苏州市昆山市"
    obs = observed("市委“两新”工委还命名了20个非公企业党建示范点。", title="包头市非公企业党建工作")
    assert ("private_enterprise", "demonstration_sites", 20) in obs
    obs = observed("2024年，哈尔滨市举办了3期律所党组织书记培训班。")
    assert obs[("legal", "training_sessions", 3)][1] == "哈尔滨市"


def test_a_sector_part_of_a_sectorless_total_and_parallels_past_another_metric():
    text = (
        "全县法律服务行业共建立党组织14个，其中律师行业党支部6个（单独党支部4个、联合党支部2个），"
        "基层法律服务所联合党支部7个。"
    )
    obs = observed(text, title="眉山市仁寿县司法局")
    assert {("legal", "party_branches", 6), ("legal", "joint_branches", 2)} <= set(obs)
    assert observed("全市专职律师3000人，其中党员律师1000人。") == {}  # a sub-type's members
    text = (
        "截至2021年底，兰州市律师行业党组织126个，党员律师1580名；天水市、酒泉市分别为58个、41个。"
    )
    assert observed(text)[("legal", "party_organizations", 41)][1] == "酒泉市"
    text = "甘肃省党员律师数量同步增长，由2012年的1102名增加到2021年底的3568名。"
    assert observed(text)[("legal", "party_members", 1102)][1:3] == ("甘肃省", 2012)
    obs = observed("金华全市已建非公企业党组织约5870个。", title="义乌两新党建")
    assert obs[("private_enterprise", "party_organizations", 5870)][:2] == ("approximate", "金华市")
    text = "今年下半年，省律协将举办2期律所党组织书记培训班。"  # a plan
    assert observed(text, title="吉林省律师行业党建") == {}
    text = "近三年，共有三个律所党支部获评自治区级先进基层党组织，十五名律师获评优秀共产党员。"
    obs = observed(text, title="鄂尔多斯市律师行业党建")
    assert obs[("legal", "awarded_party_members", 15)][1] == "鄂尔多斯市"


def test_rates_paired_by_fenbie_and_a_meetings_day_without_its_year():
    text = "截至2023年6月底，全省律师事务所、会计师事务所党组织覆盖率分别达到97.2%、93.5%。"
    obs = observed(text, title="山西省加强专业服务机构党建")
    assert obs[("accounting", "coverage_rate", 93.5)][1:3] == ("山西省", 2023)
    text = "6月29日，自治区律师行业党委召开表彰大会，对全区50个先进基层党组织、100名优秀共产党员进行表彰。"
    obs = observed(text, title="广西律师行业表彰先进", published=date(2021, 6, 30))
    assert obs[("legal", "awarded_party_members", 100)][1:3] == ("广西壮族自治区", 2021)


def test_rounds_99_and_100_guided_joined_one_branch_days_and_shares_in_cheng():
    text = "截至2020年底，省律协党委已指导建立律师事务所党支部41个，其中单独党支部23个、联合党支部18个。"
    obs = observed(text, title="海南省律师行业党建工作")
    assert {("legal", "party_branches", 41), ("legal", "joint_branches", 18)} <= set(obs)
    text = "截至2024年4月底，全市有17家律所纳入联合党支部管理。"
    obs = observed(text, title="晋江市律师行业党建工作")
    assert ("legal", "firms_in_joint_branches", 17) in obs
    assert observed("全市17家律所纳入行业党委管理。", title="晋江市律师行业党建工作") == {}
    text = "该联合党支部由7家规上家具企业组成，现有党员23名。"  # one branch
    assert observed(text, title="南康区家具商会联合党支部揭牌成立") == {}
    text = "6月11日，5家律师事务所被命名为“律师行业党建工作示范点”。"
    obs = observed(text, title="吴忠市司法局举行授牌仪式", published=date(2024, 6, 12))
    assert obs[("legal", "demonstration_sites", 5)][2] == 2024  # the day before, not 2023
    text = "会议指出，截至2023年底，全国律师事务所党组织5.4万个。\n截至目前，我市共有律师事务所19家。全市律所中，单独建立党支部的7家。"
    obs = observed(text, title="海东市律师协会召开专题会", published=date(2024, 2, 28))
    assert obs[("legal", "firms_with_own_branch", 7)][2] == 2024
    text = "截至2023年12月底，全省共有公证员690余名，其中党员公证员近六成。"
    obs = observed(text, title="福建省公证协会召开党建工作会议")
    assert obs[("notary", "party_member_share", 60)][:2] == ("approximate", "福建省")


def test_a_quoted_rating_of_the_count_before_does_not_block_the_next_item():
    text = "2018年，市律师行业党委评选表彰了10个“五星级党支部”和25名优秀党员律师。"
    obs = observed(text, title="岳阳市律师行业党建工作成效明显")
    assert obs[("legal", "awarded_party_members", 25)][1:3] == ("岳阳市", 2018)
    assert observed("走访了县司法局、县律师协会和9家律所。", title="岳阳县律师") == {}


def test_rounds_101_and_102_model_organizations_and_firms_and_places_counted():
    obs = observed(
        "2018年，市两新工委评选出20个社会组织示范党组织。", title="长春市社会组织党建工作"
    )
    assert ("social_org", "awarded_party_organizations", 20) in obs
    text = "2022年，省律师行业党委命名了12家党建工作示范律所。"
    obs = observed(text, title="黑龙江省律师行业党建工作会议讲话")
    assert set(obs) == {("legal", "demonstration_sites", 12)}
    obs = observed(
        "全区14个地州市全部成立律师行业党委。", title="新疆维吾尔自治区律师行业党建工作综述"
    )
    assert obs[("legal", "industry_party_committees", 14)][1] == "新疆维吾尔自治区"


def test_lai_after_a_count_is_about_and_after_a_year_is_since():
    obs = observed("全市律师200来人，党员律师60来名，律所十来家。", title="福州市律师行业党建")
    assert {k: v[0] for k, v in obs.items()} == {
        ("legal", "practitioners", 200): "approximate",
        ("legal", "party_members", 60): "approximate",
        ("legal", "firms", 10): "approximate",
    }
    # 2018年来，: since 2018, the level reached is the page's (not 2018's)
    text = "2018年来，全市律师增至1200名。"
    when = observed(text, title="福州市律师行业党建", published=date(2024, 3, 1))
    assert when[("legal", "practitioners", 1200)][2] == 2024


def test_fenbie_pairs_the_sectors_of_its_own_list():
    title = "邢台市党建工作综述"
    text = (
        "截至2022年底，全市已建立两新组织党组织4127个，"
        "非公企业、社会组织党组织覆盖率分别达到87.2%和91.5%。"
    )
    obs = observed(text, title=title)
    assert ("private_enterprise", "coverage_rate", 87.2) in obs
    assert ("social_org", "coverage_rate", 91.5) in obs
    text = "全省3.4万家非公企业、1.02万个社会组织，党组织覆盖率分别达到82.28%和78.23%。"
    assert ("social_org", "coverage_rate", 78.23) in observed(text, title=title)


def test_firms_covered_by_the_means_named_and_not_by_other_means():
    title = "三台县非公企业党建"
    text = "截至2015年底，全县通过单独组建、联合组建等方式覆盖非公企业1391户，党组织覆盖率48.9%。"
    obs = observed(text, title=title)
    assert {("private_enterprise", "firms_covered", 1391)} | {
        ("private_enterprise", "coverage_rate", 48.9)
    } <= set(obs)
    text = "单独建立党组织706个、联合建立党组织67个、挂靠依托等其他方式覆盖社会组织73家。"
    assert not [k for k in observed(text, title="宝鸡市社会组织党建") if k[2] == 73]


def test_tax_agents_asset_appraisers_and_grassroots_legal_services_are_other():
    obs = observed(
        "截至2017年底，全区会计师事务所中已有38家建立了党组织；资产评估机构中建立党组织的有19家。",
        title="宁夏会计师和资产评估行业党建工作综述",
    )
    assert {("accounting", "firms_covered", 38), ("other", "firms_covered", 19)} <= set(obs)
    text = "截至2022年底，全省共有税务师事务所1136家。全行业有党员2600多名，已建立党组织325个。"
    obs = observed(text, title="四川省税务师行业党委召开党建工作会议")
    assert {("other", "party_members", 2600), ("other", "party_organizations", 325)} <= set(obs)


def test_a_part_naming_one_of_the_sectors_a_total_joins_stands_on_its_own():
    text = "截至2017年底，全区会计师和资产评估两个行业共有党员574名，其中会计师行业党员361名。"
    obs = observed(text, title="宁夏行业党建综述")
    # (the trades together: sector other, as the rounds' annotators give it; 三个行业共有党员…)
    assert set(obs) == {("accounting", "party_members", 361), ("other", "party_members", 574)}


def test_all_the_firms_registered_with_an_authority_are_a_places_firms():
    for text in (
        "截至2018年8月，全区经司法行政机关登记管理的司法鉴定机构共有87家。",
        "截至2018年8月，全区经司法行政机关登记的司法鉴定机构共有87家。",
    ):
        obs = observed(text, title="内蒙古自治区司法鉴定行业党建")
        assert obs[("other", "firms", 87)][1] == "内蒙古自治区", text


def test_organizations_set_up_among_a_counted_group():
    text = "截至2023年底，全区1.2万余家非公企业中已建立党组织1380个。"
    obs = observed(text, title="北仑区非公企业党建情况")
    assert ("private_enterprise", "party_organizations", 1380) in obs


def test_kinds_of_the_sector_named_as_examples_before_it():
    for text in ("全区商会、行业协会等社会组织一百零八家。", "全区商会等社会组织108家。"):
        assert ("social_org", "firms", 108) in observed(text, title="柳南区社会组织党建"), text


def test_a_numbered_items_mark_opens_its_clause():
    title = "广西律师行业党建统计"
    text = "（一）全区律师行业共建立党组织1018个，其中律所党委7个、党总支12个、党支部999个。"
    assert set(observed(text, title=title)) == {
        ("legal", "party_organizations", 1018),
        ("legal", "party_committees", 7),
        ("legal", "general_branches", 12),
        ("legal", "party_branches", 999),
    }
    obs = observed("(二)单独建立党支部的律所786家。", title=title)
    assert ("legal", "firms_with_own_branch", 786) in obs


def test_training_sessions_someone_attended_are_not_a_places():
    title = "洛阳市律师风采：周立新"
    assert observed("周立新先后参加全省律师行业党建骨干培训班3期。", title=title) == {}
    obs = observed(
        "全市举办律师行业党建骨干培训班3期，参训党员律师260人次。", title="洛阳市律师行业"
    )
    assert set(obs) == {("legal", "training_sessions", 3)}


def test_fenbie_pairs_the_items_again_after_a_change():
    text = "全州律师事务所、执业律师分别由2019年的38家、412人增加到2023年底的61家、806人。"
    obs = observed(text, title="延边州律师协会召开会员代表大会")
    assert {k: v[2] for k, v in obs.items()} == {
        ("legal", "firms", 38): 2019,
        ("legal", "practitioners", 412): 2019,
        ("legal", "firms", 61): 2023,
        ("legal", "practitioners", 806): 2023,
    }


def test_a_public_body_that_drove_a_figure_makes_no_sub_type():
    text = "区委组织部推动律师行业党组织由2015年的2个增加到5个。"
    obs = observed(text, title="夷陵区律师行业党建工作")
    assert {("legal", "party_organizations", 2), ("legal", "party_organizations", 5)} <= set(obs)
    assert observed("天元律师事务所党委推动党员律师达到56名。", title="律师行业党建") == {}


def test_wo_sheng_is_the_writers_province_whatever_was_named_before():
    title = "江西律师行业党建调研报告"
    text = (
        "截至2018年底，江西省共有律师事务所742家。同期，相邻的湖南省共有律师事务所1013家。"
        "我省律所党组织组建率为86.5%。"
    )
    obs = observed(text, title=title)
    assert obs[("legal", "coverage_rate", 86.5)][1] == "江西省"
    assert obs[("legal", "firms", 1013)][1] == "湖南省"
    text = "截至2018年底，湖南省律所党组织组建率为91%，我省律所党组织组建率为86.5%。"
    assert observed(text, title=title)[("legal", "coverage_rate", 86.5)][1] == "江西省"


def test_a_sentence_that_looks_back_does_not_date_what_follows_it():
    text = (
        "截至2022年底，全市共有律师事务所38家。2017年底，全市党员律师仅为85名。"
        "全市律所党组织实现应建尽建，共建立党组织31个。"
    )
    obs = observed(text, title="晋江律师行业党建")
    assert obs[("legal", "party_members", 85)][2] == 2017
    assert obs[("legal", "party_organizations", 31)][2] == 2022
    # a meeting's month, then the figures' 截至: the 截至 dates what follows
    text = (
        "2021年6月，省注协党委召开会议。截至2020年底，全省共有会计师事务所320家。全省公证机构65家。"
    )
    obs = observed(text, title="全省注册会计师行业党建工作会议召开")
    assert obs[("notary", "firms", 65)][2] == 2020


def test_a_kind_listed_under_qizhong_has_no_coverage_of_the_sectors():
    text = "我省社会组织党组织覆盖率达到62%，其中基金会党组织覆盖率达到88.6%。"
    obs = observed(text, title="黑龙江省社会组织党建工作推进会召开")
    assert set(obs) == {("social_org", "coverage_rate", 62)}
    text = "全市两新组织党组织覆盖率达到82%，其中非公企业党组织覆盖率达到85%。"
    assert ("private_enterprise", "coverage_rate", 85) in observed(text, title="两新党建")


def test_a_parallel_change_starts_at_the_sentences_opening_year():
    text = (
        "2015年，全市非公企业党组织覆盖率仅为46.3%，到2020年底提升至78.9%；"
        "社会组织党组织覆盖率从39%提高到75.6%。"
    )
    obs = observed(text, title="银川市两新组织党建五年回眸")
    assert obs[("social_org", "coverage_rate", 39)][2] == 2015
    assert obs[("social_org", "coverage_rate", 75.6)][2] == 2020
    # a year that dates the sentence's end only does not date a change's start
    obs = observed("2023年，全市律师从3012人增长到4870人。", title="律师行业")
    assert obs[("legal", "practitioners", 3012)][2] is None


def test_a_stated_rate_says_whose_cover_a_count_after_joint_branches_is():
    text = (
        "截至2017年底，全区共有会计师事务所79家，共建立党组织41个，其中单独建立党支部的事务所23家、"
        "联合党支部18个，覆盖事务所56家{}。"
    )
    title = "宁夏会计行业党建"
    obs = observed(text.format("，组织覆盖率达70.9%"), title=title)
    assert ("accounting", "firms_covered", 56) in obs  # 56 of 79 is 70.9%: all of them cover
    assert not [k for k in observed(text.format(""), title=title) if k[2] == 56]  # unclear


def test_a_clause_opening_with_dan_and_a_list_after_fenbie_da_dao():
    obs = observed("但青海省截至2020年底只有律所139家、律师1634名。", title="青海律师行业")
    assert {("legal", "firms", 139), ("legal", "practitioners", 1634)} <= set(obs)
    text = "全市律所数、律师数分别达到208家、3462名，党员律师1057名，占比30.5%。"
    assert ("legal", "party_members", 1057) in observed(text, title="泉州市律师行业")


def test_awards_received_by_huo_a_title_or_the_honour_just_named():
    title = "宜昌市律师协会2024年度工作总结"
    text = "全市5名律师获“全省优秀党员律师”称号，3个党支部获“全省先进党支部”称号。"
    obs = observed(text, title=title)
    assert {
        ("legal", "awarded_party_members", 5),
        ("legal", "awarded_party_organizations", 3),
    } <= set(obs)
    text = "在2021年党中央表彰的全国先进基层党组织中，律师行业有5个党组织获此殊荣。"
    obs = observed(text, title="全国律师行业党建")
    assert obs[("legal", "awarded_party_organizations", 5)][1:3] == ("全国", 2021)
    text = "2024年，司法部命名第二批全国律师行业党建工作示范点80家。"
    assert ("legal", "demonstration_sites", 80) in observed(text, title="全国律师行业党建")


def test_parts_after_a_count_and_zhong():
    text = (
        "截至2024年底，全市律师行业共有党支部113个，113个党支部中单独党支部92个、联合党支部21个。"
    )
    obs = observed(text, title="宜昌市律师协会2024年度工作总结")
    assert {("legal", "standalone_branches", 92), ("legal", "joint_branches", 21)} <= set(obs)


def test_the_practitioners_members_under_all_the_sectors_members_are_published():
    text = "全行业有党员1563名，其中党员公证员702名，占公证员总数的62.3%。"
    obs = observed(text, title="浙江省公证行业党建")
    assert {
        ("notary", "party_members", 1563),
        ("notary", "party_members", 702),
        ("notary", "party_member_share", 62.3),
    } <= set(obs)
    # a kind of the practitioners' members is still a sub-type
    assert set(observed("全市党员律师1500名，其中女党员律师600名。")) == {
        ("legal", "party_members", 1500)
    }


def test_a_quoted_theme_before_a_training_is_no_rating():
    text = "2021年，自治区律师行业党委开展“党建+业务”集中培训4次。"
    obs = observed(text, title="广西律师行业党建工作")
    assert obs[("legal", "training_sessions", 4)][1:3] == ("广西壮族自治区", 2021)
    assert observed("全市“五星级”律所党组织18个。", title="律师行业党建") == {}


def test_sessions_a_body_sent_its_people_to_and_an_honour_of_sites():
    text = "全年组织党员律师参加市律师行业党委举办的培训班2期，累计培训86人次。"
    assert set(observed(text, title="永州市律师行业")) == {("legal", "training_sessions", 2)}
    text = "会上，为第二批全国会计师行业党建工作示范单位授牌，共20家事务所党组织获此殊荣。"
    obs = observed(text, title="全国会计师行业党建工作会议")
    assert set(obs) == {("accounting", "demonstration_sites", 20)}  # the honour: a site's


def test_round_118_and_119_constructions():
    # firms under a sector committee's management have set up nothing
    text = "截至2024年底，全县4家律师事务所、52名律师均纳入县律师行业党委统一管理。"
    assert not [
        k for k in observed(text, title="沂南县两新组织党建工作") if k[1] == "firms_covered"
    ]
    title = "宝鸡市社会组织党建工作"
    text = "截至2020年底，全市在民政部门登记的社会组织1200家，其中已建立党组织的450家。"
    obs = observed(text, title=title)
    assert {("social_org", "firms", 1200), ("social_org", "firms_covered", 450)} <= set(obs)
    text = "截至2012年底，西宁市已建党组织的社会组织287个。"
    assert observed(text, title=title)[("social_org", "firms_covered", 287)][1] == "西宁市"
    text = "截至2020年9月底，全市已有193家协会商会建立党组织。"
    assert ("social_org", "firms_covered", 193) in observed(text, title="银川市协会商会党建")
    title = "南部县律师行业党建见闻"
    assert ("legal", "firms_covered", 2) in observed(
        "2014年，全县只有2家律所建了党支部。", title=title
    )
    assert ("legal", "firms", 9) in observed("“全县共有律师事务所9家。”局长说。", title=title)
    assert ("legal", "firms", 6) in observed("旗内共有律师事务所6家。", title="准格尔旗律师行业")
    text = "2022年，全区律师事务所由年初的48家增加到53家。"
    assert ("legal", "firms", 48) in observed(text, title="渝北区律师工作会议讲话")


def test_firms_that_have_come_to_have_a_party_organization_and_their_parts():
    text = "现在9家律所都有了党组织，其中单独建立党支部的5家，另外4家组建了2个联合党支部。"
    obs = observed(text, title="南部县律师行业党建见闻")
    assert set(obs) == {
        ("legal", "firms_covered", 9),
        ("legal", "firms_with_own_branch", 5),
        ("legal", "firms_in_joint_branches", 4),
        ("legal", "joint_branches", 2),
    }
    assert observed("全市12家律所都有了党员。", title="律师行业党建") == {}


def test_a_bare_yuanqu_after_all_the_parks_is_all_of_them():
    text = "截至2018年底，全区各类园区共入驻非公企业1.2万余家，园区已建立党组织386个，园区党员4700余名。"
    obs = observed(text, title="南康区园区党建工作")
    assert obs[("other", "party_organizations", 386)][1] == "赣州市南康区"
    assert ("other", "party_members", 4700) in obs


def test_a_title_about_a_districts_commercial_buildings_is_about_all_of_them():
    text = "截至2023年底，全区共有商务楼宇68栋。已建立楼宇党组织52个，覆盖楼宇企业2900余家。"
    obs = observed(text, title="观山湖区：让党旗在商务楼宇高高飘扬")
    assert obs[("other", "party_organizations", 52)][1] == "贵阳市观山湖区"


def test_one_building_named_with_latin_letters_after_the_districts_buildings():
    text = (
        "截至2023年底，全区已建立楼宇党组织52个。"
        "其中，金融城T3写字楼入驻企业126家，建立联合党支部3个，有党员87名。"
    )
    obs = observed(text, title="观山湖区：让党旗在商务楼宇高高飘扬")
    assert set(obs) == {("other", "party_organizations", 52)}


def test_round_122_constructions():
    text = "全区社会组织215个，其中单独建立党支部的42个，参加联合党支部的71个。"
    obs = observed(text, title="玉溪市红塔区社会组织党建")
    assert ("social_org", "firms_in_joint_branches", 71) in obs
    text = "全省会计师事务所、税务师事务所分别有134家、162家，分别建立党组织57个、49个。"
    obs = observed(text, title="甘肃中介行业党建")
    assert {("accounting", "party_organizations", 57), ("other", "party_organizations", 49)} <= set(
        obs
    )
    text = "全省现有省级行业党委14个、市级行业党委86个。"
    obs = observed(text, title="甘肃省新经济组织新社会组织党建工作取得新进展")
    assert ("other", "industry_party_committees", 14) in obs  # the 两新 as a whole
    assert observed("全市开展普法宣传活动310余场次，受教育群众达15万人次。") == {}


def test_a_development_zone_named_after_the_texts_county_level_city_is_no_place():
    text = "全市共有非公企业党组织1650个。其中，义乌经济技术开发区建立非公企业党组织218个。"
    obs = observed(text, title="义乌市两新党建")
    assert set(obs) == {("private_enterprise", "party_organizations", 1650)}


def test_one_chamber_named_by_its_place_and_trade_and_all_of_a_kind():
    text = "晋江市鞋服商会现有会员企业320家，党员580名。2019年，商会党委成立，下设党支部12个。"
    assert observed(text, title="晋江鞋服商会党委：凝聚民营企业向心力") == {}
    text = "全省性行业协会商会共有812家，已有763家建立党组织，覆盖率达93.97%。"
    obs = observed(text, title="广东省社会组织党建")
    assert {("social_org", "firms_covered", 763), ("social_org", "coverage_rate", 93.97)} <= set(
        obs
    )
    # person-times and 场次 of activities are no catalog figures
    assert observed("全市开展普法宣传活动310余场次，受教育群众达15万人次。") == {}


def test_an_undated_report_opening_with_its_day_dates_what_it_has_now():
    title = "涪城区律师行业党委正式成立"
    text = f"{title}\n2020年8月26日，绵阳市涪城区律师行业党委成立大会召开。\n据介绍，涪城区现有律师事务所32家。"
    assert observed(text, title=title)[("legal", "firms", 32)][1:3] == ("绵阳市涪城区", 2020)
    # a dateline still comes first
    obs = observed(text, title=title, published=date(2021, 3, 1))
    assert obs[("legal", "firms", 32)][2] == 2021


def test_a_share_several_unnamed_places_pass_is_no_places():
    text = "截至2023年底，广东省执业律师6.8万人，党员律师2.3万人。"
    obs = observed(text, title="党员律师占比稳步提升 多省份超过三分之一")
    assert not [k for k in obs if k[1] == "party_member_share"]


def test_the_place_with_the_most_or_fewest():
    text = "截至2022年底，兰州市共有律师事务所186家，其中城关区律所最多，达到78家；红古区律所最少，仅有3家。"
    obs = observed(text, title="兰州市律师行业")
    assert obs[("legal", "firms", 78)][1] == "兰州市城关区"
    assert obs[("legal", "firms", 3)][1] == "兰州市红古区"


def test_a_yearbooks_section_label_before_the_year_that_dates_its_paragraph():
    text = "【概况】2019年，全市有律师事务所215家。全市律所建立党委3个、联合党支部38个。"
    obs = observed(text, title="潍坊年鉴（2020）")
    assert obs[("legal", "joint_branches", 38)][1:3] == ("潍坊市", 2019)


def test_places_listed_and_counted_before_fenbie():
    text = "截至2017年底，邳州市、新沂市两个县级市非公企业党员分别为3200余名、2100余名。"
    obs = observed(text, title="徐州市两新组织党建")
    assert obs[("private_enterprise", "party_members", 3200)][:2] == ("lower_bound", "徐州市邳州市")
    assert obs[("private_enterprise", "party_members", 2100)][1] == "徐州市新沂市"


def test_round_126_to_128_wrong_figures():
    text = "截至2020年底，全市律师中共有各级人大代表、政协委员87名，其中党员律师51名。"
    assert observed(text, title="赣州市律师行业党建工作") == {}  # the delegates' members
    text = "截至2020年底，全省19个市县中已有14个市县成立了律师行业党委。"
    obs = observed(text, title="海南省律师行业党建工作会议召开")
    assert set(obs) == {("legal", "industry_party_committees", 14)}
    text = "目前，泉州全市64家会计师事务所共建立党组织36个。"
    obs = observed(text, title="泉州市注册会计师行业党建工作")
    assert set(obs) == {("accounting", "firms", 64), ("accounting", "party_organizations", 36)}


def test_what_a_place_has_done_after_what_it_plans():
    text = "今年拟在襄都区设立1个示范点，全市已认定律师行业党建工作示范点7家。"
    obs = observed(text, title="邢台市律师行业党建工作")
    assert set(obs) == {("legal", "demonstration_sites", 7)}
    assert obs[("legal", "demonstration_sites", 7)][1] == "邢台市"
    text = "力争到2025年，全市律所党组织覆盖率达到100%，已建党组织的律所达到200家。"
    assert observed(text, title="律师行业党建") == {}


def test_a_part_of_several_sectors_total_that_names_its_own():
    text = (
        "截至2019年底，三个行业共建立党组织46个，其中会计师事务所党组织22个，覆盖会计师事务所38家。"
    )
    obs = observed(text, title="青海财经服务行业党建")
    assert set(obs) == {
        ("accounting", "party_organizations", 22),
        ("accounting", "firms_covered", 38),
    }
    obs = observed("章贡区现有税务师事务所16家、注册税务师98名。", title="章贡区会计行业党建")
    assert ("other", "practitioners", 98) in obs


def test_places_counted_then_those_that_set_up_a_committee_after_a_comma():
    text = "截至2015年底，全省13个设区市中，已有11个成立了注册会计师行业党委。"
    obs = observed(text, title="江苏省注册会计师行业党建工作")
    assert set(obs) == {("accounting", "industry_party_committees", 11)}


def test_sites_named_by_a_quoted_title_before_their_term():
    text = "2023年，佛山市律师行业党委命名10家“红色律所”示范点。"
    obs = observed(text, title="佛山市律师行业党建")
    assert obs[("legal", "demonstration_sites", 10)][1:3] == ("佛山市", 2023)


def test_figures_of_two_sectors_joined_are_of_neither_and_a_headline_restated():
    text = "截至2023年底，全市单独组建党组织1390个，联合组建党组织1187个，覆盖非公企业和社会组织4900余家。"
    obs = observed(text, title="鄂尔多斯市两新组织党建")
    assert {k[0] for k in obs} == {"other"}
    assert ("other", "firms_covered", 4900) in obs
    title = "全市138家律所实现党组织全覆盖"
    text = f"{title}\n截至2023年底，全市共有律师事务所138家。"
    assert set(observed(text, title=title, jurisdiction="曲靖市")) == {("legal", "firms", 138)}


def test_sectors_listed_under_firms_that_set_up_one_are_covered_too():
    text = "截至2015年底，金凤区建立党组织的两新组织达到1380家，其中非公企业1262家、社会组织118家。"
    obs = observed(text, title="金凤区两新党建")
    assert {
        ("other", "firms_covered", 1380),
        ("private_enterprise", "firms_covered", 1262),
        ("social_org", "firms_covered", 118),
    } == set(obs)


def test_a_rate_after_counts_of_organizations_is_the_places():
    text = "截至2022年底，寿光市组建产业链联合党委12个，非公企业党组织覆盖率提升到86%左右。"
    obs = observed(text, title="寿光市非公企业党建")
    assert obs[("private_enterprise", "coverage_rate", 86)][:2] == ("approximate", "潍坊市寿光市")
    text = "全省律所共建立党组织1580个，其中单独建立党组织1213个、联合党组织367个，党组织覆盖率达100%。"
    assert ("legal", "coverage_rate", 100) in observed(text, title="浙江省律师工作")
    # a size class's firms counted before it, and no wider count: the text's whole count,
    # and the rate is of them (as the annotators of rounds 572, 715, 737 and 739 read it)
    size_class = observed("全市规模以上非公企业3200家，党组织覆盖率达86.5%。")
    assert set(size_class) == {
        ("private_enterprise", "firms", 3200),
        ("private_enterprise", "coverage_rate", 86.5),
    }


def test_a_bare_jiedao_after_one_street_was_named_is_that_street():
    text = "箭盘山街道“两新”党群服务站设有党员活动室。截至2023年10月底，街道两新组织党组织覆盖率达92%。"
    assert observed(text, title="柳州市鱼峰区两新党建") == {}


def test_geyou_with_a_figure_for_each_place_pairs_like_fenbie():
    text = "截至2019年底，福州市有律师事务所287家，福清市、长乐区各有律所15家和11家。"
    obs = observed(text, title="福州市律师行业")
    assert obs[("legal", "firms", 15)][1] == "福州市福清市"
    assert obs[("legal", "firms", 11)][1] == "福州市长乐区"
    # one figure for each of them: each place's own (test_each_has_is_each_places_own_figure)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("宜昌市枝江市司法局", "宜昌市枝江市"),  # a city, then its county-level city
        ("湖北省宜昌市枝江市司法局", "宜昌市枝江市"),  # the whole chain of names
        ("湖北省宜昌市司法局", "宜昌市"),
    ],
)
def test_chain_of_place_names_means_the_last(opening: str, place: str) -> None:
    text = f"{opening}党组高度重视律师行业党建工作。截至2021年底，全市共有律师事务所12家。"
    assert observed(text)[("legal", "firms", 12)][1] == place


def test_the_rest_set_up_joint_branches_together() -> None:
    text = "全市25家律所中，8家单独建立党支部，其余17家共同组建联合党支部3个。"
    obs = observed(text, title="合肥市")
    assert ("legal", "firms_with_own_branch", 8) in obs
    assert ("legal", "firms_in_joint_branches", 17) in obs
    assert ("legal", "joint_branches", 3) in obs


@pytest.mark.parametrize(
    "text",
    [
        "全省18个省辖市中已有11个市建立了注册会计师行业党委。",
        "全省18个省辖市已有11个建立了注册会计师行业党委。",
        "全省18个设区市，已有11个建立了注册会计师行业党委。",
    ],
)
def test_places_counted_then_those_that_set_up_a_committee(text: str) -> None:
    obs = observed(text, title="河南省注协")
    assert set(obs) == {("accounting", "industry_party_committees", 11)}


def test_one_unnamed_firm_and_its_party_body_are_not_a_place() -> None:
    text = "郑州一家大型会计师事务所党委下设7个党支部，有党员86名。全省会计师事务所339家。"
    assert set(observed(text, title="河南注协")) == {("accounting", "firms", 339)}
    # 只有一家: how many there are, not one firm's story
    obs = observed("全市只有一家律所党委，党支部120个。", title="合肥市")
    assert ("legal", "party_branches", 120) in obs


def test_firms_or_lawyers_a_body_organized_to_act_are_no_stock() -> None:
    text = (
        "2021年，省注协行业党委组织42家事务所与28个脱贫村开展结对共建，"
        "组织200名注册会计师参加培训；全省会计师事务所共有520家。"
    )
    assert set(observed(text, title="四川省注协")) == {("accounting", "firms", 520)}


def test_rates_listed_with_分别_before_and_after_a_change() -> None:
    text = (
        "全区非公企业和社会组织党组织组建率分别由2017年的61.3%、48.5%"
        "提高到2020年的87.6%、79.2%，党的工作覆盖率均保持在100%。"
    )
    obs = observed(text, title="长沙市岳麓区")
    assert obs[("private_enterprise", "coverage_rate", 61.3)][2] == 2017
    assert obs[("social_org", "coverage_rate", 48.5)][2] == 2017
    assert obs[("private_enterprise", "coverage_rate", 87.6)][2] == 2020
    assert obs[("social_org", "coverage_rate", 79.2)][2] == 2020
    assert len(obs) == 4


def test_one_park_named_then_referred_to_as_the_park() -> None:
    text = (
        "滨海智造产业园作为试点先行一步。园区内现有入驻企业138家，已建立党组织46个，"
        "组织覆盖率达到100%。全区非公企业党组织1200个。"
    )
    obs = observed(text, jurisdiction="绍兴市柯桥区", title="柯桥区非公企业党建")
    assert set(obs) == {("private_enterprise", "party_organizations", 1200)}


def test_an_association_pointed_back_to_is_one_unit() -> None:
    text = "绵阳市电子信息行业协会党支部作交流发言。该协会现有会员企业180家，党支部有党员27名。"
    assert observed(text) == {}


def test_a_section_of_goals_holds_targets() -> None:
    text = (
        "一、总体目标\n到2025年底，党员律师占执业律师比例提高到35%以上；"
        "培育省级律师行业党建示范点100个。\n二、工作基础\n全省现有律师事务所1900家。"
    )
    assert set(observed(text, title="福建省律师行业党建行动方案")) == {("legal", "firms", 1900)}


def test_one_of_two_conditions_is_a_threshold() -> None:
    text = "对党员人数不足3名、规模较小的企业，组建联合党支部87个，覆盖企业634家。"
    obs = observed(text, title="长兴县非公企业党建")
    assert ("private_enterprise", "party_members", 3) not in obs
    assert ("private_enterprise", "joint_branches", 87) in obs


def test_trades_listed_as_examples_of_the_committees_counted() -> None:
    obs = observed("全市共建立物流、餐饮、建筑、电子商务等非公企业行业党委23个。", title="绵阳市")
    assert ("private_enterprise", "industry_party_committees", 23) in obs
    obs = observed("全县先后成立建筑、物流、商贸等5个非公企业行业党委。", title="齐河县非公党建")
    assert ("private_enterprise", "industry_party_committees", 5) in obs
    # places as examples say where they are, not what kind: one firm's branches
    text = "康桥律师事务所党委下设北京、上海、青岛、烟台等12个党支部。"
    assert observed(text, title="济南市") == {}


def test_firms_a_joint_branch_takes_in() -> None:
    text = "全区联合党支部3个；3个联合党支部共吸纳律所11家，全区律所党组织覆盖率达到87%。"
    obs = observed(text, title="青岛市城阳区")
    assert ("legal", "firms_in_joint_branches", 11) in obs
    assert ("legal", "coverage_rate", 87) in obs


def test_organizations_counted_in_个_after_the_clause_that_set_them_up() -> None:
    obs = observed("社会组织建立党组织的142个，覆盖率61.2%。", title="章贡区两新党建")
    assert ("social_org", "firms_covered", 142) in obs
    obs = observed("全市公证机构已全部单独建立党支部，共19个。", title="哈尔滨市")
    assert ("notary", "standalone_branches", 19) in obs
    assert observed("全市律所120家，共38个。", title="哈尔滨市").keys() == {("legal", "firms", 120)}


def test_a_clause_framing_a_sub_type_of_firms() -> None:
    text = "全市非公企业党组织覆盖率为80%，在规模以上非公企业中，党组织覆盖率已达到96.8%。"
    assert set(observed(text, title="温州市")) == {("private_enterprise", "coverage_rate", 80)}
    text = "在台资企业中，已有412家建立了党组织。"
    assert observed(text, title="昆山市非公企业党建") == {}
    text = "在全市2000家非公企业中，已有412家建立了党组织。"  # all of them, counted
    assert ("private_enterprise", "firms_covered", 412) in observed(text, title="温州市")


def test_a_feature_portraying_one_unit() -> None:
    title = "党建引领促发展 专业服务显担当——走进山东泉城恒信律师事务所"
    text = f"{title}\n2018年，所党委被评为全省律师行业先进基层党组织，3名律师获评全省优秀党员律师。"
    assert observed(text, title=title) == {}
    title = "红色引擎聚侨心——记贵阳市温州商会党委"
    text = f"{title}\n2010年，在市委两新工委的指导下，商会成立党支部，当时只有党员11名。"
    assert observed(text, title=title) == {}


def test_each_of_those_listed_did_so() -> None:
    assert observed("酒泉市、张掖市：各选树1家省级党建示范律所。", title="甘肃省") == {}


def test_joint_ones_included_is_any_organization() -> None:
    text = "全区已有1960家非公企业建立党组织（含联合建立），覆盖率为28.7%。"
    assert ("private_enterprise", "firms_covered", 1960) in observed(text, title="江汉区")


def test_the_largest_firm_has_is_one_firm() -> None:
    text = "区内规模最大的一家律所有律师326名、党员118名。全区律所50家。"
    assert set(observed(text, title="成都市武侯区")) == {("legal", "firms", 50)}


def test_coverage_of_legal_counsel_is_no_party_coverage() -> None:
    text = "全市律所党的组织覆盖率达到100%，党政机关法律顾问覆盖率达到98%。"
    assert set(observed(text, title="洛阳市")) == {("legal", "coverage_rate", 100)}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "莆田、龙岩、三明、南平、宁德五市律所分别为61家、58家、43家、40家、52家。",
            {61: "莆田市", 58: "龙岩市", 43: "三明市", 40: "南平市", 52: "宁德市"},
        ),
        ("成都市金堂县、绵阳市三台县律所分别为6家、4家。", {6: "成都市金堂县", 4: "绵阳市三台县"}),
    ],
)
def test_places_listed_before_分别_pair_with_its_figures(text: str, pairs: dict) -> None:
    obs = observed(text, title="律师行业党建综述")
    assert {value: obs[("legal", "firms", value)][1] for value in pairs} == pairs


def test_places_counted_before_the_sector_they_are_listed_for() -> None:
    text = "杭州、宁波、温州三市非公企业党组织分别为8260个、6950个、4870个。"
    obs = observed(text, title="浙江省非公企业党建")
    assert obs[("private_enterprise", "party_organizations", 6950)][1] == "宁波市"
    text = "烟台、潍坊、临沂三市2010年底党员律师分别达到482人、455人、398人。"
    obs = observed(text, title="山东省律师行业党建")
    assert obs[("legal", "party_members", 398)][1:3] == ("临沂市", 2010)


def test_a_change_reaching_last_years_end() -> None:
    text = "涞水县执业律师由2017年的19人增加到去年底的52人。"
    obs = observed(text, title="保定市涞水县", published=date(2022, 3, 1))
    assert obs[("legal", "practitioners", 19)][2] == 2017
    assert obs[("legal", "practitioners", 52)][2] == 2021


def test_when_stands_between_the_rate_and_its_figure() -> None:
    text = (
        "浙江省律师事务所党组织覆盖率早在2016年就达到了100%。陕西省律所党组织组建率去年已达到87%。"
    )
    obs = observed(text, title="贵州省律师行业党建", published=date(2019, 3, 1))
    assert obs[("legal", "coverage_rate", 100)][1:3] == ("浙江省", 2016)
    assert obs[("legal", "coverage_rate", 87)][1:3] == ("陕西省", 2018)


def test_a_quoted_title_then_those_given_it_in_a_list() -> None:
    text = "2014年，市律协党委评选表彰了15个“五好”律所党支部和40名优秀党员律师。"
    obs = observed(text, title="温州市律师行业党建")
    assert ("legal", "awarded_party_organizations", 15) in obs
    assert ("legal", "awarded_party_members", 40) in obs


def test_the_manifests_county_is_what_我县_means() -> None:
    obs = observed("目前，我县共有律师事务所7家。", jurisdiction="遵义市湄潭县")
    assert obs[("legal", "firms", 7)][1] == "遵义市湄潭县"
    obs = observed("目前，全区共有律师事务所30家。", jurisdiction="成都市武侯区")
    assert obs[("legal", "firms", 30)][1] == "成都市武侯区"


def test_rates_that_are_no_count_or_no_sector_total() -> None:
    obs = observed("西峡县9家律所党组织覆盖率达100%。", title="西峡县律师行业党建")
    assert ("legal", "party_organizations", 9) not in obs
    assert ("legal", "coverage_rate", 100) in obs
    text = "全市行业协会商会党组织覆盖率92.3%，其中异地商会党组织覆盖率100%。"
    assert set(observed(text, title="晋江市")) == {("social_org", "coverage_rate", 92.3)}
    text = "截至去年底，全市党员律师共2890名，顺德区占比超过三分之一。"
    assert set(observed(text, title="佛山市")) == {("legal", "party_members", 2890)}


def test_places_ranked_then_their_figures() -> None:
    text = "广东、北京、江苏律师人数位居前三，分别为5.1万多人、3.6万多人、3.4万多人。"
    obs = observed(text, title="全国律师行业发展报告")
    assert obs[("legal", "practitioners", 36000)][:2] == ("lower_bound", "北京市")
    assert observed("民营企业100强中，有96家建立了党组织。", title="浙江省") == {}


def test_registered_with_no_authority_named() -> None:
    text = "截至11月底，全区经登记的司法鉴定机构109家，司法鉴定人约2100名。"
    assert ("other", "firms", 109) in observed(text, title="广西司法鉴定行业党建")


def test_分别_and_各有_pair_only_within_their_part_of_the_sentence() -> None:
    text = (
        "曲靖市、大理州律所分别为51家、42家；玉溪市、昭通市各有党员律师150余名；"
        "舟山市律所党组织覆盖率为91.4%。"
    )
    obs = extract(make_doc(text, title="云南省律师行业党建")).observations
    each = sorted(o.jurisdiction for o in obs if o.value == 150)  # each of the two has so many
    assert each == ["昭通市", "玉溪市"]
    assert [o.jurisdiction for o in obs if o.value == 91.4] == ["舟山市"]


def test_the_first_place_of_a_分别_list_is_no_topic() -> None:
    text = (
        "全区共有律师事务所121家。银川市、石嘴山市、吴忠市、固原市、中卫市分别有律师事务所"
        "68家、14家、16家、12家、11家。5个地级市全部成立律师行业党委。"
    )
    obs = observed(text, title="宁夏回族自治区律师行业党建")
    assert obs[("legal", "industry_party_committees", 5)][1] == "宁夏回族自治区"


def test_a_year_something_began_is_no_date_of_the_figures() -> None:
    text = "2014年县律师行业党委成立以来，已有5家律所单独建立党支部，党组织覆盖率达到100%。"
    obs = observed(text, title="某县律师行业党建", published=date(2016, 5, 1))
    assert obs[("legal", "firms_with_own_branch", 5)][2] == 2016


def test_organizations_acting_with_a_partner_are_no_stock() -> None:
    text = "31个律所党组织与社区党组织签订“结对共建”协议。全区律所党组织35个。"
    assert set(observed(text, title="青羊区")) == {("legal", "party_organizations", 35)}


def test_a_work_summary_dates_its_undated_present_by_its_year() -> None:
    title = "浠水县司法局2020年工作总结暨2021年工作计划"
    obs = observed(f"{title}\n截至12月底，全县共有律师事务所9家。", title=title)
    assert obs[("legal", "firms", 9)][2] == 2020
    title = "长兴县司法局2023年度工作总结"
    obs = observed(f"{title}\n全县现有律师事务所19家。", title=title)
    assert obs[("legal", "firms", 19)][2] == 2023


def test_a_paper_outside_the_mainland_is_not_the_texts_place() -> None:
    text = (
        "香港文汇报 > 内地新闻\n2019年3月5日 星期二\n\n苏律师行业党组织实现应建尽建\n\n"
        "香港文汇报讯（记者 沈清 南京报道）江苏省司法厅日前召开全省律师行业党建工作会议。"
        "截至2018年底，全省律师行业共有各类党组织1572个。"
    )
    obs = observed(text, title="苏律师行业党组织实现应建尽建")
    assert obs[("legal", "party_organizations", 1572)][1] == "江苏省"


def test_a_headline_under_a_breadcrumb_restated_in_the_body() -> None:
    text = (
        "侨声网 > 转载 > 大陆要闻\n\n非公企业党组织覆盖率73.1%\n\n"
        "截至2017年底，全国187.7万个非公有制企业法人单位已建立党组织，"
        "占非公有制企业法人单位总数的73.1%。"
    )
    obs = observed(text)
    assert obs[("private_enterprise", "coverage_rate", 73.1)][1:3] == ("全国", 2017)


def test_firms_that_set_up_a_branch_with_a_partner() -> None:
    text = "其中单独建立党支部的律所4家，其余2家律所与县律师协会联合组建党支部1个。"
    obs = observed(text, title="隆回县律师行业党建")
    assert ("legal", "firms_in_joint_branches", 2) in obs
    assert ("legal", "joint_branches", 1) in obs
    assert ("legal", "firms", 2) not in obs


def test_firms_reached_by_instructors_are_no_organizational_cover() -> None:
    text = "全市社会组织联合建立党组织93个、通过选派党建工作指导员等方式覆盖社会组织216家。"
    obs = observed(text, title="株洲市社会组织党建")
    assert ("social_org", "joint_branches", 93) in obs
    assert not any(value == 216 for _, _, value in obs)


def test_one_investment_zone_is_one_unit() -> None:
    text = "在台商投资最为集中的厦门海沧台商投资区，区内已有台资企业党组织40个、党员600多名。"
    assert observed(text, title="厦门两新党建") == {}


def test_members_among_a_sector_and_firms_that_joined_a_branch() -> None:
    text = "全省非公有制企业共建立党组织7.8万个，非公企业中的中共党员约46万名。"
    obs = observed(text, title="浙江省非公企业党建")
    assert obs[("private_enterprise", "party_members", 460000)][0] == "approximate"
    assert observed("规模以上企业中的党员2万名。", title="浙江省") == {}
    text = "全省1100多家律师事务所中，单独建立党支部386家，参加联合党支部412家。"
    obs = observed(text, title="湖北省律师行业党建")
    assert ("legal", "firms_in_joint_branches", 412) in obs
    assert ("legal", "joint_branches", 412) not in obs


def test_administrative_districts_counted_and_township_legal_service_offices() -> None:
    obs = observed("全市9个行政区均已成立区级律师行业党委。", title="深圳市律师行业党建")
    assert ("legal", "industry_party_committees", 9) in obs
    obs = observed("全区共有乡镇法律服务所12个，法律服务工作者41人。", title="秦州区")
    assert ("other", "firms", 12) in obs


def test_a_firms_own_share_a_ranking_name_and_firms_acting_with_partners() -> None:
    text = "新律所将整合原有两个党支部成立律所党委，现有党员律师178名，占全所律师的三成以上。"
    assert observed(text, title="两家浙江律所宣布合并") == {}
    text = "百家事务所共有注册会计师5.2万名。全国会计师事务所8000余家。"
    assert set(observed(text, title="中注协发布百家排名")) == {("accounting", "firms", 8000)}
    text = "已有5家律所与越南、泰国等国律所建立合作关系。全市律所300家。"
    assert set(observed(text, title="南宁市律师行业")) == {("legal", "firms", 300)}


def test_new_fields_are_sector_other_and_one_unit_of_them_is_no_place() -> None:
    text = "全市快递、外卖、网约车等新业态领域共建立党组织187个，其中党委9个。"
    obs = observed(text, title="杭州市新就业群体党建")
    assert obs[("other", "party_organizations", 187)][1] == "杭州市"
    for one in (
        "在成都高新区天府软件园，园区党委下设党支部58个。",
        "南京西路一幢甲级写字楼内的联合党支部覆盖企业46家、党员93名。",
        "一家头部社交平台企业党委目前下设党支部236个，党员1.1万余名。",
        "在中联广场，楼宇联合党支部覆盖企业38家、党员67名。",
    ):
        assert observed(one, title="两新组织党建") == {}, one


def test_全区_after_an_autonomous_regions_body_in_a_text_about_another_province() -> None:
    text = (
        "四川省律师行业党建会议召开。宁夏回族自治区司法厅负责同志介绍，"
        "截至2021年6月底，全区律师行业共有党组织146个。"
    )
    obs = observed(text, title="西部律师行业党建交流会")
    assert obs[("legal", "party_organizations", 146)][1] == "宁夏回族自治区"


def test_a_bare_coverage_needs_a_party_body_named_in_its_sentence() -> None:
    text = "律师担任县、乡镇两级党政机关法律顾问，覆盖率100%。全县律所建立党组织12个，覆盖率95%。"
    obs = observed(text, title="桐庐县律师工作")
    assert ("legal", "coverage_rate", 95) in obs
    assert ("legal", "coverage_rate", 100) not in obs


def test_places_listed_with_和_counted_and_some_places_unnamed() -> None:
    text = "拉萨市、日喀则市、昌都市、林芝市、山南市、那曲市和阿里地区7个地市均成立了律师行业党委。"
    obs = observed(text, title="西藏自治区律师行业党建")
    assert obs[("legal", "industry_party_committees", 7)][1] == "西藏自治区"
    text = "锡林浩特市现有律师事务所13家；部分牧区旗县仅有1至2家律师事务所，律师不足10人。"
    assert ("legal", "practitioners", 10) not in observed(text, title="锡林郭勒盟")


def test_an_aside_of_what_the_count_takes_in_or_leaves_out() -> None:
    text = "截至2020年底，全区（不含兵团）共有律师事务所690家、执业律师6,813名。"
    obs = observed(text, title="新疆维吾尔自治区律师行业党建")
    assert obs[("legal", "firms", 690)][1] == "新疆维吾尔自治区"


def test_one_firm_that_has_a_committee_and_firms_someone_visited() -> None:
    text = "区内规模最大的一家律所设有党委，下辖9个党支部，党员200余名。"
    assert observed(text, title="北京市朝阳区律师行业党建") == {}
    text = "考察组先后走访了辖区2家律师事务所党支部和律师行业党群服务中心。"
    assert observed(text, title="兰州市城关区") == {}


def test_an_award_with_no_date_of_its_own_is_of_the_pages_day() -> None:
    text = "七一前夕，省工商联党组表彰全省商会系统先进基层党组织20个、优秀共产党员50名。"
    obs = observed(text, title="河北省商会党建", published=date(2021, 7, 2))
    assert obs[("social_org", "awarded_party_organizations", 20)][2] == 2021
    assert (
        observed(text, title="河北省商会党建")[("social_org", "awarded_party_members", 50)][2]
        is None
    )


def test_awarded_the_same_day_as_the_meeting_the_page_reports() -> None:
    text = (
        "2020年，全国律师共办理各类法律事务1200多万件。此次发布会上还公布了示范单位名单。"
        "中华全国律师协会同日表彰了优秀党员律师200名。"
    )
    obs = observed(text, title="全国律师行业党建工作取得新进展", published=date(2021, 7, 1))
    assert obs[("legal", "awarded_party_members", 200)][2] == 2021


def test_the_highest_share_names_its_place() -> None:
    obs = observed("河池市党员律师占比最高，达44.7%。", title="广西律师行业党建")
    assert obs[("legal", "party_member_share", 44.7)][1] == "河池市"


def test_one_firm_named_a_site_and_a_longer_second_condition() -> None:
    text = "涪城区一家律师事务所党委被省委两新工委命名为全省党建工作示范点。"
    assert observed(text, title="涪城区") == {}
    text = "对党员人数不足三名、暂不具备单独组建条件的，组建联合党支部三十一个。"
    obs = observed(text, title="沂南县两新党建")
    assert not any(value == 3 for _, _, value in obs)


def test_parts_under_其中_set_up_by_the_firms_each_names() -> None:
    text = (
        "全县共有“两新”组织1426家，已建立党组织512个；其中非公有制企业1187家，建立党组织431个，"
        "覆盖企业896家，社会组织239家，建立党组织81个。"
        "依托村、镇和工业园区组建非公企业联合党支部67个，覆盖企业412家。"
    )
    obs = observed(text, title="海盐县两新党建")
    assert ("private_enterprise", "party_organizations", 431) in obs
    assert ("social_org", "party_organizations", 81) in obs
    assert ("private_enterprise", "joint_branches", 67) in obs
    assert ("private_enterprise", "firms_in_joint_branches", 412) in obs


def test_firms_in_家_are_no_part_of_organizations_in_个() -> None:
    text = "已建立党组织512个；其中非公有制企业1187家，建立党组织431个。"
    obs = observed(text, title="海盐县两新党建")
    assert ("private_enterprise", "firms", 1187) in obs
    assert ("private_enterprise", "party_organizations", 1187) not in obs


def test_two_professions_of_sector_other_listed_before_分别() -> None:
    text = (
        "律师事务所和公证机构党组织实现全覆盖，"
        "司法鉴定机构、基层法律服务所党组织覆盖率分别达到92.1%、90.1%。"
    )
    obs = observed(text, title="青岛市司法行政")
    assert ("other", "coverage_rate", 92.1) in obs
    assert not any(sector in ("legal", "notary") for sector, _, _ in obs)


def test_部分_inside_other_words_is_no_some() -> None:
    text = "全市会计师事务所共建立党组织86个，其中单独党支部、联合党支部分别为52个、34个。"
    obs = observed(text, title="上海市注册会计师行业")
    assert ("accounting", "standalone_branches", 52) in obs
    text = "部分牧区旗县仅有1至2家律师事务所，律师不足10人。"
    assert observed(text, title="锡林郭勒盟") == {}


def test_groups_outside_the_sectors_and_enterprises_of_every_kind() -> None:
    text = "全市事业单位党组织412个、党员6350名。全市非公企业党组织1200个。"
    obs = observed(text, title="晋江市党建工作")
    assert set(obs) == {("private_enterprise", "party_organizations", 1200)}
    text = "全市企业党组织3260个，国有企业和非公企业共有党员4.6万名。"
    assert observed(text, title="柳州市党建工作") == {}


def test_one_firms_committee_opening_a_sentence_and_firms_paired_with_villages() -> None:
    text = "如今，律所党委下设4个党支部，党员律师增加到82名，占全所律师的41%。"
    assert observed(text, title="一家律所的党建之路") == {}
    text = "全县36家非公企业与58个村党组织结对共建。全县非公企业党组织120个。"
    obs = observed(text, title="鹿邑县非公企业党建")
    assert set(obs) == {("private_enterprise", "party_organizations", 120)}


def test_quoted_titles_of_sites_and_members_in_one_list() -> None:
    text = "2019年，全市评选出15家“党建示范律所”和60名“优秀党员律师”。"
    obs = observed(text, title="苏州市律师行业党建")
    assert ("legal", "demonstration_sites", 15) in obs
    assert ("legal", "awarded_party_members", 60) in obs


def test_the_same_ratio_earlier_and_the_firms_whose_rate_is_given() -> None:
    text = "党员律师1746名，占律师总数的32.4%，而2015年底这一比例仅为24.7%。"
    obs = observed(text, title="苏州市律师行业党建")
    assert obs[("legal", "party_member_share", 24.7)][2] == 2015
    obs = observed("辖区87家律所的党组织覆盖率已连续三年保持100%。", title="武汉市江汉区")
    assert ("legal", "firms", 87) in obs


def test_a_quoted_figure_the_text_corrects() -> None:
    text = (
        "【更正】本网9月6日发布的一文，文中“全省公证员中党员占比为58%”应为“全省公证员中党员占比为68%”，"
        "“全省公证机构党组织覆盖率92%”应为“全省公证机构党组织覆盖率100%”。"
    )
    obs = observed(text, title="甘肃公证行业党建")
    assert {value for _, _, value in obs} == {68, 100}


def test_a_saved_pages_closing_list_of_links_holds_no_figures() -> None:
    from dataclasses import replace

    text = (
        "截至2023年底，全省共有律师事务所2100家。\n湖北省律师协会\n"
        "- 全省律师行业党员突破1.4万名\n- 我省12个律所党组织获评全省先进基层党组织\n"
    )
    page = replace(make_doc(text, title="湖北律师行业党建"), file="t.html")
    got = {(o.metric, o.value) for o in extract(page).observations}
    assert got == {("firms", 2100)}
    # the same lines in a plain text are read as they stand
    assert ("legal", "party_members", 14000) in observed(text, title="湖北律师行业党建")


def test_the_national_average_named_after_its_rate() -> None:
    text = "党员律师6987名，占律师总数的32.6%，高于全国29.1%的平均水平。"
    obs = observed(text, title="宁夏律师行业党建")
    assert obs[("legal", "party_member_share", 29.1)][1] == "全国"
    assert obs[("legal", "party_member_share", 32.6)][1] == "宁夏回族自治区"


def test_a_named_places_average_and_a_scopes_average_after_bi() -> None:
    text = "阆中市党员律师61名，占比39.1%，比上年提高1.8个百分点，高于南充市36.2%的平均水平。"
    obs = observed(text, title="阆中市律师行业党建")
    assert obs[("legal", "party_member_share", 36.2)][1] == "南充市"
    assert obs[("legal", "party_member_share", 39.1)][1] == "南充市阆中市"
    text = "岳阳市党员律师275人，占执业律师总数的33.9%，高于湖南省律师行业31.8%的平均水平。"
    assert observed(text)[("legal", "party_member_share", 31.8)][1] == "湖南省"
    text = "天水市党员律师290名，占比47.4%，比全省41.8%的平均水平高出5.6个百分点。"
    assert observed(text)[("legal", "party_member_share", 41.8)][1] == "甘肃省"


def test_the_year_befores_level_dates_only_itself_and_is_no_base() -> None:
    text = (
        "截至2019年12月31日，全市有党员律师512名，上年为447名；党员律师占律师总数的38.0%；"
        "全市律师行业共有党组织96个。已建立党组织的社会组织836个，上年为702个，"
        "占社会组织总数的34.6%。全年新发展党员律师19名，上年为15名。"
    )
    obs = observed(text, title="宜昌市律师行业统计分析", published=date(2020, 3, 18))
    assert obs[("legal", "party_members", 447)][2] == 2018
    assert obs[("legal", "party_member_share", 38.0)][2] == 2019
    assert obs[("legal", "party_organizations", 96)][2] == 2019
    assert obs[("social_org", "coverage_rate", 34.6)][2] == 2019
    assert not any(value == 15 for _, _, value in obs)  # the year before's new members


def test_a_sentence_opening_with_one_named_units_party_body_is_about_it() -> None:
    text = "甘肃正天合律师事务所党支部发挥“传帮带”作用，现有党员21名，被评为市级先进党组织。"
    assert not any(m == "party_members" for _, m, _ in observed(text, title="兰州市律师行业"))
    text = "全市律师事务所党支部积极作为，现有党员2100名。"
    assert ("legal", "party_members", 2100) in observed(text, title="兰州市律师行业")
    text = "甲律师事务所党委、乙律师事务所党支部等15个律所党组织被评为先进基层党组织。"
    obs = observed(text, title="兰州市律师行业")
    assert ("legal", "awarded_party_organizations", 15) in obs


def test_professional_services_and_ip_agents_are_sector_other() -> None:
    text = (
        "截至2014年6月底，思明区共有律师事务所72家、专利代理机构18家。全区中介服务行业共有党员986名，"
        "建立党组织94个，联合党支部覆盖机构58家，全行业党组织覆盖率达72.6%。"
    )
    obs = observed(text, title="思明区中介服务行业党建")
    assert ("legal", "firms", 72) in obs
    assert ("other", "firms", 18) in obs
    assert ("other", "party_members", 986) in obs
    assert ("other", "firms_in_joint_branches", 58) in obs
    assert ("other", "coverage_rate", 72.6) in obs  # 全行业: the sentence's own trades


def test_a_places_zones_as_a_class_are_no_one_zone() -> None:
    text = (
        "截至去年底，全省开发区园区党组织数量从2018年底的1.12万个增加到1.86万个，"
        "园区企业党组织覆盖率由2018年的58.2%提高到81.6%。"
    )
    obs = observed(text, title="江苏省开发区园区党建", published=date(2024, 1, 16))
    assert obs[("other", "party_organizations", 18600)][1:3] == ("江苏省", 2023)
    assert obs[("other", "coverage_rate", 81.6)][1] == "江苏省"


def test_a_new_town_opening_a_clause_is_one_unit_unless_an_example() -> None:
    text = "截至2024年底，全区非公企业建立党组织1368个。在软件新城，入驻企业2600余家、党组织180个。"
    obs = observed(text, title="西安高新区非公企业党建")
    assert ("private_enterprise", "party_organizations", 1368) in obs
    assert not any(value == 180 for _, _, value in obs)
    text = "2022年，全区在珠江新城等重点楼宇推行楼宇党建联盟，命名律师行业党建示范点8个。"
    assert ("legal", "demonstration_sites", 8) in observed(text, title="天河区律师行业党建")


def test_a_named_firm_then_what_it_has_after_a_comma() -> None:
    text = "全县有党员律师41名。全县党员最多的律所是于都正言律师事务所，有党员6名。"
    obs = observed(text, title="于都县律师行业党建")
    assert ("legal", "party_members", 41) in obs
    assert ("legal", "party_members", 6) not in obs


def test_covered_said_as_such_and_a_short_name_aside() -> None:
    text = "截至2012年末，全市近三分之二的律师事务所实现了党的组织覆盖。"
    obs = observed(text, title="某市律师行业党建")
    assert obs[("legal", "coverage_rate", 66.67)][0] == "approximate"
    text = "全市共有律师事务所68家，其中65家实现党组织覆盖，尚有3家未实现党组织覆盖。"
    obs = observed(text, title="某市律师行业党建")
    assert ("legal", "firms_covered", 65) in obs
    assert ("legal", "firms_covered", 3) not in obs
    text = "科尔沁右翼前旗（以下简称科右前旗）有律师事务所4家、执业律师31名。"
    obs = observed(text, title="兴安盟律师行业党建")
    assert obs[("legal", "firms", 4)][1] == "兴安盟科尔沁右翼前旗"


def test_kinds_of_firm_listed_before_their_class_and_an_average_about() -> None:
    text = (
        "截至2019年6月底，全市会计师事务所、税务师事务所、律师事务所等专业服务机构共建立党组织268个。"
        "全市还有专利商标代理机构150余家。"
    )
    obs = observed(text, title="无锡市专业服务业党建")
    assert ("other", "party_organizations", 268) in obs
    assert obs[("other", "firms", 150)][0] == "lower_bound"
    text = "全省会计师事务所党组织覆盖率91.2%，高于全国约85%的平均水平。"
    obs = observed(text, title="湖北省注册会计师行业党建")
    assert obs[("accounting", "coverage_rate", 85)][:2] == ("approximate", "全国")


def test_places_a_rates_threshold_picks_out_then_their_rates() -> None:
    text = "2013年，全省党员律师占比超过40%的有长沙、湘潭、张家界三市，分别为43.5%、41.2%、46.8%。"
    obs = observed(text, title="湖南省律师行业党建")
    assert obs[("legal", "party_member_share", 43.5)][1] == "长沙市"
    assert obs[("legal", "party_member_share", 46.8)][1] == "张家界市"
    assert ("legal", "party_member_share", 40) not in obs


def test_a_county_level_citys_short_name_opens_a_titles_subtitle() -> None:
    title = "【法治义乌】“红色引擎”护航“世界超市”——义乌律师行业党建工作综述"
    text = f"{title}\n截至2023年9月底，义乌共有律师事务所61家、执业律师1026人。"
    obs = observed(text, title=title, published=date(2023, 11, 8))
    assert obs[("legal", "firms", 61)][1] == "金华市义乌市"
    title = "从“第二律师事务所”到百人大所——北辰律师事务所的三十五年"
    text = f"{title}\n北辰所从最初的7名律师、1名党员，发展为执业律师150名的律师事务所。"
    assert not observed(text, title=title)


def test_rates_of_registration_levels_listed_are_a_breakdown() -> None:
    text = (
        "截至2024年底，全省社会组织党组织覆盖率62.4%；"
        "其中省级、市级、县级登记社会组织的党组织覆盖率分别为92.6%、71.3%、58.6%。"
    )
    obs = observed(text, title="甘肃省社会组织党建")
    assert ("social_org", "coverage_rate", 62.4) in obs
    assert [v for _, m, v in obs if m == "coverage_rate"] == [62.4]


def test_a_named_firms_people_counted_right_after_its_name() -> None:
    text = "全省共有党员律师5200名。甘肃正衡律师事务所47名律师中有党员21名。"
    obs = observed(text, title="甘肃省律师行业党建")
    assert ("legal", "party_members", 5200) in obs
    assert ("legal", "party_members", 21) not in obs


def test_years_listed_pair_every_list_in_turn() -> None:
    text = (
        "2019年、2020年、2021年全市律师事务所分别为178家、191家、205家，分别比上年增加9家、13家、14家；"
        "执业律师分别为2864人、3092人、3371人。"
    )
    obs = observed(text, title="常州市律师行业党建")
    assert obs[("legal", "practitioners", 2864)][2] == 2019
    assert obs[("legal", "practitioners", 3371)][2] == 2021
    text = (
        "2015年至2019年，全市非公有制企业党组织数量依次为1.12万个、1.25万个、1.39万个、1.51万个、"
        "1.63万个。同期，全市在库民营企业从2015年的38.6万户增至2019年的62.4万户。"
    )
    obs = observed(text, title="重庆市非公企业党建")
    assert obs[("private_enterprise", "party_organizations", 13900)][2] == 2017
    assert obs[("private_enterprise", "firms", 386000)][2] == 2015


def test_a_list_mixing_a_catalog_noun_with_others_before_fenbie() -> None:
    text = "截至2017年底，全省党员律师、律师行业党建指导员、入党积极分子分别为3412名、412名、96名。"
    obs = observed(text, title="福建省律师行业党建")
    assert obs[("legal", "party_members", 3412)][2] == 2017
    assert len(obs) == 1  # instructors and applicants are no catalog figures
    text = "律师、会计行业分别有党员512名、136名。"
    assert ("accounting", "party_members", 136) in observed(text, title="福建省")


def test_firms_counted_then_their_party_organizations_rate() -> None:
    obs = observed(
        "到2022年底，全省189家公证机构党组织覆盖率达到100%。", title="山东省公证行业党建"
    )
    assert obs[("notary", "firms", 189)][2] == 2022
    assert ("notary", "coverage_rate", 100) in obs
    assert ("notary", "party_organizations", 189) not in obs


def test_a_rate_that_each_of_the_sectors_listed_reaches() -> None:
    text = "全省公证、司法鉴定行业党组织覆盖率均达到100%。"
    obs = observed(text, title="福建省法律服务行业党建")
    assert ("notary", "coverage_rate", 100) in obs
    assert ("other", "coverage_rate", 100) in obs
    text = "全市律师行业党组织覆盖率和党的工作覆盖率均达到100%。"
    assert [s for s, m, _ in observed(text, title="张掖市") if m == "coverage_rate"] == ["legal"]


def test_earlier_levels_listed_with_thousands_separators() -> None:
    text = (
        "截至2019年10月底，全市共有律师事务所781家、执业律师8,264名，"
        "分别比2014年底的512家、5,237名增长52.5%和57.8%。"
    )
    obs = observed(text, title="天津市律师行业党建")
    assert obs[("legal", "practitioners", 5237)][2] == 2014
    assert obs[("legal", "firms", 512)][2] == 2014


def test_a_documents_requirements_and_a_plan_from_the_current_level() -> None:
    obs = observed("《要点》要求，年内实现律所党组织覆盖率100%。", title="洛阳市律师行业党建")
    assert not obs
    text = (
        "《要点》提出，今年党员律师人数力争由目前的8600余名突破9000名，律所党组织组建率实现100%。"
    )
    assert not observed(text, title="湖南省律师行业党建", published=date(2024, 2, 1))


def test_branches_set_up_said_in_speech() -> None:
    obs = observed(
        "张国庆：全市92家律所，建了党支部53个。", title="洛阳市律师协会会长谈律师行业党建"
    )
    assert ("legal", "party_branches", 53) in obs


def test_offices_counted_by_chu() -> None:
    text = "截至2020年底，全县有基层法律服务所13处，基层法律服务工作者58人。"
    assert ("other", "firms", 13) in observed(text, title="于都县司法行政工作")


def test_a_new_lawyers_share_a_plan_for_a_group_and_committees_counted_after_places() -> None:
    text = "全市党员律师1200名。2024年新执业律师中，党员占比达到36.7%，高于全市律师平均水平。"
    assert ("legal", "party_member_share", 36.7) not in observed(text, title="苏州市律师行业")
    text = "全市执业律师5600余名。同期，全市5600余名执业律师中，党员律师占比达到37%。"
    assert ("legal", "party_member_share", 37) in observed(text, title="合肥市律师行业")
    text = "全市律师1500名。市律协表示，今年将为青年律师举办4期业务培训班。"
    assert ("legal", "training_sessions", 4) not in observed(text, title="兰州市律师行业")
    text = "截至2017年9月，自治区和12个盟市共成立律师行业党委13个。"
    obs = observed(text, title="内蒙古自治区律师行业党建")
    assert ("legal", "industry_party_committees", 12) not in obs
    assert obs[("legal", "industry_party_committees", 13)][2] == 2017  # all of them, together


def test_a_street_named_after_a_place_far_from_the_texts() -> None:
    text = "越秀区社会组织党组织覆盖率达到92%。北京街道社会组织党组织覆盖率达到85%。"
    obs = observed(text, title="广州市越秀区社会组织党建")
    assert ("social_org", "coverage_rate", 92) in obs
    assert ("social_org", "coverage_rate", 85) not in obs


def test_a_county_level_citys_short_name_then_a_colon_opens_its_title() -> None:
    title = "慈溪：非公企业党建“两个覆盖”扎实推进"
    text = f"{title}\n截至去年底，全市共有非公有制企业1.3万余家，连续三年位居宁波各县（市）区前列。"
    obs = observed(text, title=title, published=date(2012, 3, 16))
    assert obs[("private_enterprise", "firms", 13000)][1] == "宁波市慈溪市"


def test_the_citys_average_and_branches_a_sector_has_set() -> None:
    text = "全区律所党组织24个，覆盖律所33家，覆盖率94.3%，高于全市91.2%的平均水平。"
    obs = observed(text, title="遵义市汇川区律师行业党建")
    assert obs[("legal", "coverage_rate", 91.2)][1] == "遵义市"
    text = "全县律师行业共设党支部11个，其中单独建立党支部的律所9家。"
    obs = observed(text, title="永嘉县律师行业党建")
    assert ("legal", "party_branches", 11) in obs
    assert ("legal", "firms_with_own_branch", 9) in obs


def test_branches_set_up_by_a_principle() -> None:
    text = "各地按照地域相邻、行业相近的原则组建联合党支部1.07万个，覆盖企业5.2万多家。"
    obs = observed(text, title="广东省非公企业党建")
    assert ("private_enterprise", "joint_branches", 10700) in obs
    assert ("private_enterprise", "firms_in_joint_branches", 52000) in obs


def test_one_firm_taken_as_an_example() -> None:
    text = "以北京一家知名大型律所为例，其党委下设12个党支部，党员律师300余名。"
    assert observed(text, title="律师行业党建观察") == {}


def test_a_placeless_headline_restated_by_the_nations_figure() -> None:
    text = (
        "内地律师党建“全覆盖”　司法部：律师逾73万人\n"
        "截至2023年底，全国共有执业律师逾73万人。北京市律师协会资料显示，北京同期有执业律师47626名。"
    )
    obs = extract(make_doc(text, title="内地律师党建“全覆盖”")).observations
    assert [(o.value, o.jurisdiction) for o in obs if o.value == 730000] == [(730000, "全国")]


def test_a_taiwanese_bylines_year_dates_last_year() -> None:
    text = (
        "（中央社记者陈韵如台北民国110年7月12日电）中共司法部日前公布的统计显示，"
        "截至去年底，大陆共有执业律师52.2万余人。"
    )
    obs = observed(text, title="中共强化律师业党建")
    assert obs[("legal", "practitioners", 522000)][2] == 2020


def test_a_members_share_within_a_kind_of_lawyers() -> None:
    assert observed("在女律师群体中，党员占比为29.3%。", title="成都市武侯区") == {}
    obs = observed("在全市律师中，党员占比为31%。", title="成都市武侯区")
    assert ("legal", "party_member_share", 31) in obs
    # the frame's count is all the lawyers, not a kind of them
    obs = observed("在全市1200名律师中，党员占比为31%。", title="成都市武侯区")
    assert ("legal", "party_member_share", 31) in obs


def test_a_yearly_average_and_a_firms_headquarters() -> None:
    assert observed("中心年均开展党员律师教育培训40余场。", title="无锡市梁溪区") == {}
    text = "蓉信律师事务所成都总部现有党员律师168名，下设党支部9个。"
    assert observed(text, title="成都市律师行业") == {}


def test_firms_covered_in_the_form_of_joint_branches() -> None:
    text = "全区律师行业建立党组织187个，其中单独组建党支部的律所有151家，以联合党支部形式覆盖律所62家。"
    obs = observed(text, title="成都市武侯区")
    assert ("legal", "firms_in_joint_branches", 62) in obs


def test_a_chambers_own_report_and_sessions_attended_that_another_body_organized() -> None:
    title = "温州市鹿城区鞋业商会第四届会员大会工作报告"
    text = f"{title}\n2013年9月，商会党委正式成立，目前下设党支部7个，共有党员148名。"
    assert observed(text, title=title) == {}
    text = "支部书记参加市律协组织的党组织书记示范培训班1期。"
    assert observed(text, title="从化区律师行业第二联合党支部2023年工作总结") == {}


def test_parts_of_the_new_ones_are_new_ones_too() -> None:
    text = "当年全省公证员总数达到826名，当年新增公证员43名，其中党员31名。"
    obs = observed(text, title="浙江公证行业")
    assert set(obs) == {("notary", "practitioners", 826)}


def test_an_asides_parts_take_its_owners_sector_and_towns_one_by_one() -> None:
    text = (
        "全区“两新”组织党组织达到538个，其中非公企业党组织392个（单独组建287个、联合组建105个），"
        "社会组织党组织146个。"
    )
    obs = observed(text, title="郫都区两新党建")
    assert ("private_enterprise", "standalone_branches", 287) in obs
    text = "陈埭、安海、磁灶三镇民营企业最为集中，民营企业党组织分别有312个、267个和198个。"
    assert observed(text, title="晋江市非公企业党建") == {}


def test_criteria_of_a_star_grade_are_no_figures() -> None:
    text = "四星级：须有党员7名以上，党员律师占比达到40%以上。全市律所党组织120个。"
    assert set(observed(text, title="广西律所党组织星级评定办法")) == {
        ("legal", "party_organizations", 120)
    }


def test_the_parts_a_含_list_gives_take_their_owners_sector() -> None:
    text = "全区“两新”组织党组织总数超过5600个，其中社会组织党组织611个，含党委9个、党总支14个、党支部588个。"
    obs = observed(text, title="浦东新区两新党建")
    assert ("social_org", "party_committees", 9) in obs
    assert ("social_org", "party_branches", 588) in obs


def test_places_after_an_each_of_take_the_last_published_kind() -> None:
    text = "天元区、芦淞区分别有律所21家、17家；石峰区、渌口区各有律所5家；醴陵市11家，攸县6家。"
    obs = observed(text, title="株洲市律师行业党建")
    assert obs[("legal", "firms", 11)][1] == "株洲市醴陵市"
    each = extract(make_doc(text, title="株洲市律师行业党建")).observations
    assert sorted(o.jurisdiction for o in each if o.value == 5) == ["株洲市渌口区", "株洲市石峰区"]


def test_short_city_names_that_are_words_listed_and_ranked_places() -> None:
    text = "太原、大同、长治、运城四市律所党组织覆盖率分别达到100%、96%、95.2%、94%。"
    obs = observed(text, title="山西省律师行业党建")
    assert obs[("legal", "coverage_rate", 95.2)][1] == "长治市"
    text = "石家庄、唐山、保定三市律师事务所数量居全省前三位，分别为318家、142家、127家。"
    obs = observed(text, title="河北省律师行业党建")
    assert obs[("legal", "firms", 142)][1] == "唐山市"


def test_what_a_body_will_still_do_is_a_plan() -> None:
    text = "今年下半年省律师行业党委还将分片区举办3期党务骨干培训班。"
    assert observed(text, title="河北省律师行业党建") == {}
    text = "2018年至2020年将实施三年行动，推动律所党组织覆盖率提高到95%。"
    assert observed(text, title="静安区律师行业党建") == {}


def test_one_branch_awarded_is_a_count_one_firm_named_a_site_is_not() -> None:
    text = "一个律所党支部被评为北京市律师行业先进党组织，五名律师获“北京市优秀党员律师”称号。"
    obs = observed(text, title="海淀区律师行业党建")
    assert ("legal", "awarded_party_organizations", 1) in obs
    assert ("legal", "awarded_party_members", 5) in obs


def test_the_whole_partys_members_of_a_place_are_no_sectors() -> None:
    text = (
        "全市共有中共党员41.7万名，党员律师以不到千分之五的人数，承担了全市六成以上的法律援助任务。"
    )
    assert observed(text, title="兰州市律师行业党建") == {}
    text = "非公企业中有党员1.6万余名，约占全市31.2万名党员的百分之五。"
    assert set(observed(text, title="遵义市非公企业党建")) == {
        ("private_enterprise", "party_members", 16000)
    }
    text = "这487名党员律师在全市27.6万名党员中所占比例还不到千分之二。"
    assert observed(text, title="盐城市律师行业党建") == {}
    # its organizations, listed with them, are the whole Party's too
    text = "全市现有党员31.2万名、基层党组织1.36万个。全市非公企业党组织1470个。"
    assert set(observed(text, title="兰州市“两新”组织党建工作综述")) == {
        ("private_enterprise", "party_organizations", 1470)
    }
    text = "全县现有党员4.6万名，基层党组织1980个，非公企业党建已成为重要增长点。"
    assert observed(text, title="象山县非公企业党建") == {}


def test_set_up_in_all_before_a_term() -> None:
    obs = observed("全市共设立律所党支部139个，其中联合党支部23个。", title="厦门市律师行业党建")
    assert ("legal", "party_branches", 139) in obs
    assert ("legal", "joint_branches", 23) in obs


def test_a_county_level_place_by_the_name_it_had_before() -> None:
    gaz = gazetteer()
    found = {name: [p.full_name for p in gaz.find(name)[0][2]] for name in ("富阳市", "长垣县")}
    assert found == {"富阳市": ["杭州市富阳区"], "长垣县": ["新乡市长垣市"]}
    assert [p.full_name for p in gaz.find("朝阳市")[0][2]] == ["朝阳市"]  # a name in use now
    obs = observed(
        "截至2014年底，富阳市共有律师事务所14家、执业律师126名。", title="富阳律师行业党建"
    )
    assert obs[("legal", "firms", 14)][1] == "杭州市富阳区"
    # 全市 in a text about 富阳市 is that city, a district now
    text = "富阳市中介机构党建工作\n目前，全市共有会计师事务所14家、注册会计师126名。"
    obs = observed(text, title="富阳市中介机构党建工作")
    assert obs[("accounting", "firms", 14)][1] == "杭州市富阳区"


def test_still_and_correspondingly_are_fillers_before_a_figure() -> None:
    obs = observed("而在2018年底，全省党员律师尚不足八千人。", title="山东律师行业党建")
    assert obs[("legal", "party_members", 8000)][0] == "upper_bound"
    text = "全区党员律师由2019年底的2480名增加到2024年底的4100名，占执业律师的比例相应从35.9%提高到39%。"
    obs = observed(text, title="内蒙古律师行业党建")
    assert {k[2] for k in obs if k[1] == "party_member_share"} == {35.9, 39}


def test_a_provinces_share_of_its_own_lawyers_in_a_citys_text() -> None:
    text = "截至2024年底，甘肃省党员律师两千余名，约占全省执业律师的四分之一。"
    obs = observed(text, title="天水市召开律师行业党建工作推进会")
    assert obs[("legal", "party_member_share", 25)][:2] == ("approximate", "甘肃省")
    # a city's figure measured against the province: a slice, no share of its own lawyers
    text = "截至2024年底，全市党员律师208名，约占全省党员律师的十分之一。"
    assert ("legal", "party_member_share", 10) not in observed(text, title="天水市律师行业党建")


def test_the_month_about_to_end_is_this_years() -> None:
    text = "同样截至6月底，全市律师行业共建立党组织236个。"
    obs = observed(text, title="访杭州市律师行业党委书记", published=date(2019, 6, 28))
    assert obs[("legal", "party_organizations", 236)][2] == 2019
    # a month not yet come this year: last year's
    obs = observed(
        "截至11月底，全市律师行业共建立党组织236个。", title="杭州", published=date(2019, 6, 28)
    )
    assert obs[("legal", "party_organizations", 236)][2] == 2018


def test_gai_shi_is_the_place_of_its_kind_just_named() -> None:
    text = "长垣市撤县设市以来律师行业发展较快，该市现有律所14家、律师167名。"
    obs = observed(text, title="新乡市司法局2023年律师公证行业党建工作总结")
    assert obs[("legal", "firms", 14)][1] == "新乡市长垣市"
    # with no such place named before it in the sentence: the text's
    obs = observed("该市现有律所14家。", title="新乡市律师行业党建")
    assert obs[("legal", "firms", 14)][1] == "新乡市"


def test_places_counted_that_each_set_up_an_industry_committee() -> None:
    text = "全省21个地级以上市均成立了市级律师行业党委，党的组织和工作实现全覆盖。"
    obs = observed(text, title="广东省律师行业党建")
    assert obs[("legal", "industry_party_committees", 21)][1] == "广东省"
    text = "到今年上半年，全市13个区、县（市）均已成立律师行业党委。"
    assert ("legal", "industry_party_committees", 13) in observed(text, title="杭州律师行业党建")
    # places counted that did something else: no committees
    text = "全省21个地级以上市均成立了律师行业党建工作指导中心。"
    assert observed(text, title="广东省律师行业党建") == {}


def test_an_interviews_we_before_the_figure() -> None:
    text = "书记：去年我们还评出了10个示范点，表彰了30名优秀党员律师。"
    obs = observed(text, title="访杭州市律师行业党委书记", published=date(2019, 6, 28))
    assert obs[("legal", "demonstration_sites", 10)][1:3] == ("杭州市", 2018)


def test_each_has_is_each_places_own_figure() -> None:
    """龙山县、永顺县各有律所6家: one observation for each place listed before 各有."""
    text = "截至2022年底，龙山县、永顺县各有律所6家，保靖县律所3家。"
    obs = extract(make_doc(text, title="湘西州律师行业党建")).observations
    assert sorted((o.value, o.jurisdiction) for o in obs) == [
        (3, "湘西土家族苗族自治州保靖县"),
        (6, "湘西土家族苗族自治州永顺县"),
        (6, "湘西土家族苗族自治州龙山县"),
    ]
    assert len({o.observation_id for o in obs}) == 3
    # after a 分别 list: each's too, not the list's next item
    text = (
        "截至2020年底，蜀山区、包河区非公企业党组织分别为896个、812个，"
        "瑶海区、长丰县各有非公企业党组织400余个。"
    )
    obs = extract(make_doc(text, title="合肥市非公企业党建")).observations
    assert sorted((o.value, o.jurisdiction) for o in obs) == [
        (400, "合肥市瑶海区"),
        (400, "合肥市长丰县"),
        (812, "合肥市包河区"),
        (896, "合肥市蜀山区"),
    ]
    # 各有 with two figures pairs them, as 分别
    obs = observed("福清市、长乐区各有律所15家和11家。", title="福州市律师行业党建")
    assert obs[("legal", "firms", 11)][1] == "福州市长乐区"
    # no places listed before it: no figure of any one place
    assert observed("全市各社区各有律所3家。", title="福州市律师行业党建") == {}


def test_one_chamber_a_branch_office_and_firms_pointed_back_to_are_no_places() -> None:
    text = (
        "截至2016年底，全市共有行业协会商会326家。这家成立于1994年的商会现有会员企业1500余家，"
        "2005年成立商会党委，目前下设党支部18个，有党员620余名。"
    )
    assert set(observed(text, title="温州市社会组织党建")) == {("social_org", "firms", 326)}
    text = "我们所在全国有8家分所。2019年成立的上海分所，现在有党员律师24名。"
    assert observed(text, title="访浙江钱塘明律律师事务所主任", published=date(2024, 7, 1)) == {}
    text = (
        "截至2023年底，全市共有律师事务所1150家。排名前十的律所中，这10家律所共有执业律师5600余名、"
        "党员律师2050名。其中一家大型律所的党委下设党支部11个，党员律师逾400名。"
    )
    assert set(observed(text, title="深圳律师行业党建")) == {("legal", "firms", 1150)}


def test_a_yearbook_records_the_year_before_its_own() -> None:
    title = "长兴年鉴2019·司法行政"
    text = "长兴年鉴·2019\n【律师工作】　年末，全县有律师事务所9家。\n【律师行业党建】　全县推进党建。年末，全县律师事务所有党支部6个。"
    obs = observed(text, title=title, published=date(2019, 12, 20))
    assert obs[("legal", "firms", 9)][2] == 2018
    assert obs[("legal", "party_branches", 6)][2] == 2018


def test_year_end_is_the_year_named_not_the_one_compared_with() -> None:
    text = (
        "2018年，全省律师工作稳步发展。与2012年末相比，全省执业律师由4120人增加到8963人。"
        "\n全省推进党建。年末，全省律师行业有党组织612个。"
    )
    obs = observed(text, title="贵州省律师工作")
    assert obs[("legal", "party_organizations", 612)][2] == 2018


def test_a_breakdown_by_place_sets_no_topic() -> None:
    text = (
        "年末全市共有律师事务所212家。分地区看，丰泽区律师事务所47家，鲤城区29家。"
        "公证机构12家，公证员96人。"
    )
    obs = observed(text, title="2023年泉州市国民经济和社会发展统计公报")
    assert obs[("legal", "firms", 47)][1] == "泉州市丰泽区"
    assert obs[("notary", "firms", 12)][1] == "泉州市"


def test_where_a_firm_has_an_office_is_not_the_texts_place() -> None:
    text = (
        "走进北京市正泓律师事务所。其上海分所、深圳分所也分别建立了党支部。"
        "据北京市律师协会统计，截至2021年底，全市共有律师事务所2900余家。"
    )
    obs = observed(text, title="【律所党建巡礼】北京市正泓律师事务所：党建“红”引领发展“新”")
    assert obs[("legal", "firms", 2900)][1] == "北京市"


def test_a_zone_a_bodys_sectors_and_a_bound_that_picks_out_units() -> None:
    text = "珲春国际合作示范区探索三级组织体系，示范区党工委下设党支部43个、党员780余名。"
    assert observed(text, title="延边州园区党建") == {}
    text = "2023年，州非公有制经济组织和社会组织工委联合举办非公企业党组织书记示范培训班6期。"
    obs = observed(text, title="伊犁州非公企业党建")
    assert ("private_enterprise", "training_sessions", 6) in obs
    text = "对有3名以上正式党员、尚未单独建立党组织的企业，逐一建立工作台账。"
    assert observed(text, title="伊犁州非公企业党建") == {}


def test_a_sectors_enterprises_and_those_counted_in_the_statistics() -> None:
    obs = observed("截至2022年底，全市快递企业326家。", title="哈尔滨市新业态党建")
    assert obs[("other", "firms", 326)][1] == "哈尔滨市"
    obs = observed("截至2022年底，全州纳入统计的非公有制企业共4216家。", title="伊犁州非公企业党建")
    assert ("private_enterprise", "firms", 4216) in obs
    # 企业 with no sector named: every kind of enterprise, no sector's
    assert observed("截至2022年底，全市规上企业4216家。", title="伊犁州党建") == {}


def test_a_fraction_is_a_percent_to_two_decimals() -> None:
    assert [n.value for n in find_numbers("三分之二的律所、六分之一的律师、四分之一")] == [
        66.67,
        16.67,
        25,
    ]


def test_a_national_text_that_breaks_down_by_province() -> None:
    text = (
        "新华社北京6月30日电 截至2022年12月31日，全国非公有制企业党组织158.5万个。\n"
        "与2012年底相比，非公有制企业党组织由47.5万个增加到158.5万个。\n"
        "从地区看，广东省非公有制企业党组织数量最多，为16.8万个。"
    )
    obs = extract(make_doc(text, title="中央组织部最新党内统计数据")).observations
    assert {(o.value, o.jurisdiction) for o in obs} == {
        (1585000, "全国"),
        (475000, "全国"),
        (168000, "广东省"),
    }


def test_hearsay_a_figure_corrected_at_once_and_one_enterprise_as_an_example() -> None:
    title = "芜湖市非公企业党建新闻发布会"
    text = "记者：有一种说法是我市非公企业党组织覆盖率已经超过九成，这和您刚才讲的数字好像对不上。"
    assert observed(text, title=title) == {}
    text = "主持人：网友提问：听说我省社会组织党组织覆盖率还不到一成，是真的吗？"
    assert observed(text, title="贵州省社会组织党建在线访谈") == {}
    text = "截至2022年底，全市律师事务所有四百九十多家，准确地说是四百九十七家。"
    obs = observed(text, title="苏州律师行业党建访谈")
    assert {k[2] for k in obs} == {497}
    text = "比如辖区一家科技企业，党委下设党支部七十多个，党员三千多名。"
    assert observed(text, title="南山区两新党建新闻发布会") == {}
    # a question after figures stated: they stand (记者：…，这样的成绩是如何取得的？)
    text = "记者：目前，全省共有律师事务所1058家，这样的成绩是如何取得的？"
    assert ("legal", "firms", 1058) in observed(text, title="辽宁律师行业党建访谈")


def test_a_rate_that_picks_out_units_and_a_surveys_sample() -> None:
    title = "全国律师行业党建"
    text = "截至2019年底，党员律师占比超过40%的省（区、市）已达9个。"
    assert observed(text, title=title) == {}
    # a share of the units themselves stands
    text = "全区三分之二的律师事务所建立了党组织，共建立律所党支部98个。"
    obs = observed(text, title="雁塔区律师行业党建")
    assert obs[("legal", "coverage_rate", 66.67)][1] == "西安市雁塔区"
    text = (
        "本次调查共回收有效问卷1327份，覆盖全市百余家律师事务所。受访青年律师中，中共党员占31.4%。"
    )
    assert observed(text, title="长沙市青年律师调查") == {}


def test_members_working_in_a_sector() -> None:
    text = "截至2022年底，在非公有制企业工作的党员654.3万名，在社会组织工作的党员141.2万名。"
    obs = observed(text, title="中央组织部党内统计数据")
    assert {k for k in obs} == {
        ("private_enterprise", "party_members", 6543000),
        ("social_org", "party_members", 1412000),
    }
    # those working somewhere that is no sector: no sector's members
    assert observed("在规模以上企业工作的党员2.1万名。", title="党内统计") == {}


def test_one_unit_pointed_to_and_a_count_ending_in_yi() -> None:
    title = "北京市会计师行业党建"
    text = "一家总部位于东城区的事务所今年迎来建所三十周年，所党委下设12个党支部，党员达到186名。"
    assert observed(text, title=title) == {}
    text = "十年后的今天，这家律所已成长为拥有执业律师86名、党员律师31名的中型律所，设立党总支，下设3个党支部。"
    assert observed(text, title="雁塔区律师行业党建") == {}
    # 四十一家 counts firms: no one firm
    text = (
        "截至2014年5月底，已有四十一家律师事务所单独建立党支部，三十三家律所参加了十个联合党支部。"
    )
    obs = observed(text, title="洛阳市律师行业党建")
    assert ("legal", "firms_in_joint_branches", 33) in obs
    # a plan: 将在…打造
    text = "区律师行业党委负责人表示，2023年将在辖区律所打造10个党建示范点。"
    assert observed(text, title="雁塔区律师行业党建") == {}


def test_a_limit_newly_included_firms_and_those_among_which_some_set_one_up() -> None:
    text = "金水区推行联合组建，一个联合党支部最多覆盖12家社会组织。"
    assert observed(text, title="金水区社会组织党建") == {}
    text = "2016年，新纳入联合党支部的律所21家。"
    assert observed(text, title="青海省律师行业党建") == {}
    text = "截至2020年底，在已建立党组织的1862家社会组织中，单独建立党支部的802家。"
    obs = observed(text, title="郑州市社会组织党建")
    assert ("social_org", "firms_covered", 1862) in obs


def test_coverage_of_organizations_registered_at_one_level_is_a_kinds() -> None:
    text = "全区社会组织党组织覆盖率达到80.5%，其中自治区级社会组织党组织覆盖率为95.3%。"
    obs = observed(text, title="宁夏社会组织党建")
    assert {k[2] for k in obs} == {80.5}


def test_coverage_of_units_a_quoted_programme_names() -> None:
    text = "截至2023年底，全市非公企业党组织覆盖率达到91.2%，“双百”企业党组织覆盖率实现100%。"
    obs = observed(text, title="杭州市非公企业党建")
    assert {k[2] for k in obs} == {91.2}
    # a sector's own name in quotes stands
    text = "截至2014年6月底，“两新”组织党组织覆盖率达到73.8%。"
    assert ("other", "coverage_rate", 73.8) in observed(text, title="寿光市两新党建")


def test_a_figure_of_this_year_is_as_of_the_page_at_the_latest() -> None:
    """2019年，… in a page of 2019-06-28: of 2019, and no later than the page (the
    observations table rejects an as_of after its document's publication)."""
    doc = make_doc(
        "2019年，全市共有律师事务所120家。", title="某市律师行业", published=date(2019, 6, 28)
    )
    (obs,) = extract(doc).observations
    assert obs.as_of == date(2019, 6, 28)
    doc = make_doc(
        "2018年，全市共有律师事务所120家。", title="某市律师行业", published=date(2019, 6, 28)
    )
    (obs,) = extract(doc).observations
    assert obs.as_of == date(2018, 12, 31)


def test_units_picked_by_a_bound_a_parts_share_members_and_a_sum_of_two_kinds() -> None:
    text = "在龙头企业中，年营收超10亿元的89家企业全部建立了党组织。"
    assert observed(text, title="鄞州区非公企业党建") == {}
    text = "执业律师百人以上的23家律所全部单独建立了党组织。"
    assert observed(text, title="深圳律师行业党建") == {}
    text = "全市“两新”组织党员总数达到3.9万名，其中非公企业党员约占八成。"
    obs = observed(text, title="潍坊市两新党建")
    assert ("private_enterprise", "party_member_share", 80) not in obs
    text = "全国行业党组织5800多个，其中单独建立党支部4100余个、联合党支部1500余个，党总支、党委合计200余个。"
    obs = observed(text, title="中注协党委：注册会计师行业党建工作综述")
    assert not any(k[2] == 200 for k in obs)
    text = "目前，会员企业中已有41家单独建立了党组织。"
    assert observed(text, title="西安某商会党建") == {}


def test_a_running_total_and_fields_given_as_examples() -> None:
    text = "截至2023年底，全市共有民营企业6.3万家，累计有1959家民营企业建立了党组织。"
    assert ("private_enterprise", "firms_covered", 1959) in observed(
        text, title="临沂市民营企业党建"
    )
    text = (
        "2018年，深圳在电子信息、物流快递、互联网、金融服务等领域新组建行业党委5个，"
        "全市行业党委累计达到23个。"
    )
    obs = observed(text, title="深圳市非公企业党建")
    assert ("private_enterprise", "industry_party_committees", 23) in obs


def test_items_sharing_a_rate_word_before_fenbie() -> None:
    text = "截至2024年底，全市民营企业党组织和党的工作覆盖率分别达到31.4%和100%。"
    obs = observed(text, title="鄂尔多斯市民营企业党建")
    assert set(obs) == {("private_enterprise", "coverage_rate", 31.4)}
    # a later clause's own rate is no item of the list
    text = (
        "非公企业和社会组织党组织组建率分别由2017年的61.3%、48.5%提高到2020年的87.6%、79.2%，"
        "党的工作覆盖率均保持在100%。"
    )
    assert not any(k[2] == 100 for k in observed(text, title="某市两新党建"))


def test_industry_associations_committees_and_an_award_in_another_part() -> None:
    text = "我市在物流、餐饮、家政、物业等行业组建行业协会党委7个。"
    obs = observed(text, title="哈尔滨市社会组织党建")
    assert ("social_org", "industry_party_committees", 7) in obs
    text = (
        "去年，举办社会组织党组织书记示范培训班2期，培训党组织书记和党务工作者380人；"
        "年底前评选表彰社会组织先进党组织30个。"
    )
    obs = observed(text, title="哈尔滨市社会组织党建")
    assert not any(k[2] == 380 for k in obs)
    assert ("social_org", "awarded_party_organizations", 30) in obs


def test_a_quoted_principle_then_what_was_set_up_and_places_in_brackets() -> None:
    text = (
        "截至2023年底，对党员不足3名的律所，按照“地域相邻、规模相近”原则组建联合党支部112个，"
        "覆盖律所205家。"
    )
    obs = observed(text, title="西安市律师行业党建")
    assert ("legal", "joint_branches", 112) in obs
    assert ("legal", "firms_in_joint_branches", 205) in obs
    text = "截至2022年底，全区14个地（州、市）均成立了律师行业党委。"
    obs = observed(text, title="新疆律师行业党建")
    assert ("legal", "industry_party_committees", 14) in obs


def test_a_list_of_levels_compared_with_an_earlier_year():
    obs = observed(
        "截至2021年6月底，湖南省共有律师事务所1645家，执业律师17532人，"
        "分别比2015年底的1096家、10268人增长50.1%和70.7%。"
    )
    assert obs[("legal", "firms", 1096)][:3] == ("exact", "湖南省", 2015)
    assert obs[("legal", "practitioners", 10268)][:3] == ("exact", "湖南省", 2015)
    assert obs[("legal", "firms", 1645)][2] == 2021
    obs = observed(
        "截至2020年底，苏州市共有律所486家、律师7215名，较2019年底的351家和4609名分别增长。"
    )
    assert obs[("legal", "practitioners", 4609)][2] == 2019
    # lists of different lengths pair nothing; amounts of a change are no levels
    obs = observed("截至2020年底，苏州市共有律所486家、律师7215名，较2019年底的351家增长38.5%。")
    assert ("legal", "practitioners", 351) not in obs
    obs = observed("截至2021年底，全市共有律所412家、律师5386名，分别较2020年底增加31家、812名。")
    assert set(obs) == {("legal", "firms", 412), ("legal", "practitioners", 5386)}


def test_a_place_whose_name_opens_with_a_conjunction():
    obs = observed("截至2020年底，新疆维吾尔自治区喀什地区、和田地区分别有律所48家和19家。")
    assert obs[("legal", "firms", 48)][1] == "喀什地区"
    assert obs[("legal", "firms", 19)][1] == "和田地区"


def test_another_place_restates_a_list_by_respectively():
    obs = observed(
        "截至2020年底，临沂市沂水县建立非公企业党组织438个、社会组织党组织96个，"
        "“两新”组织党员5630名；沂南县分别为352个、71个和4210名。"
    )
    assert obs[("private_enterprise", "party_organizations", 352)][1] == "临沂市沂南县"
    assert obs[("social_org", "party_organizations", 71)][1] == "临沂市沂南县"
    assert obs[("other", "party_members", 4210)][1] == "临沂市沂南县"
    # classifiers that do not run alike pair nothing (nor with the last count of its kind)
    obs = observed(
        "截至2020年底，临沂市沂水县建立非公企业党组织438个、社会组织党组织96个；"
        "沂南县分别为352个、4210名。"
    )
    assert {k for k in obs if k[2] in (352, 4210)} == set()


def test_a_rate_of_its_own_ends_the_list_of_sectors_before_respectively():
    obs = observed(
        "截至2015年5月底，宁波市海曙区非公企业党组织覆盖率达到63.5%，"
        "慈溪市、余姚市社会组织党组织覆盖率分别为72%和70.4%。"
    )
    assert obs[("social_org", "coverage_rate", 72)][1] == "宁波市慈溪市"
    assert obs[("social_org", "coverage_rate", 70.4)][1] == "宁波市余姚市"


def test_counties_listed_by_short_name_and_counted():
    obs = observed(
        "截至2015年5月底，宁波市海曙、江北、鄞州三区非公企业党组织覆盖率"
        "分别达到63.5%、58.7%和61.2%。"
    )
    assert [obs[("private_enterprise", "coverage_rate", v)][1] for v in (63.5, 58.7, 61.2)] == [
        "宁波市海曙区",
        "宁波市江北区",
        "宁波市鄞州区",
    ]
    # a name that is no county of the city: none of the list's places is guessed
    obs = observed(
        "截至2015年底，宁波市海曙、城东、鄞州三区非公企业党组织覆盖率分别达到63.5%、58.7%和61.2%。"
    )
    assert {o[1] for o in obs.values()} <= {None}


def test_a_rate_all_the_places_listed_reach_is_each_ones():
    doc = make_doc("截至2020年底，山东省烟台、潍坊两市会计师事务所党组织覆盖率均为100%。")
    rates = [o for o in extract(doc).observations if o.metric == "coverage_rate"]
    assert sorted(o.jurisdiction for o in rates) == ["潍坊市", "烟台市"]
    assert {(o.value, o.raw_start) for o in rates} == {(100, doc.raw_text.index("100"))}


def test_shares_listed_after_one_base_all_have_that_base():
    obs = observed(
        "截至2015年底，陕西省西安市有律所410家、律师党员1600余名，分别占全省的一半以上和三分之二。"
    )
    assert set(obs) == {("legal", "firms", 410), ("legal", "party_members", 1600)}


def test_a_persons_own_firm_is_one_firm():
    obs = observed(
        "截至2023年底，南京市鼓楼区共有律所180家。她创办的律师事务所如今有律师58名、党员22名。"
    )
    assert set(obs) == {("legal", "firms", 180)}


def test_awards_given_to_those_the_verb_selected():
    obs = observed(
        "宁波市委组织部对2014年度评选出的四十个“两新”组织先进党组织和15名优秀党务工作者进行了表彰。"
    )
    assert set(obs) == {
        ("other", "awarded_party_organizations", 40),
        ("other", "awarded_party_workers", 15),
    }


def test_short_county_names_read_as_places_before_the_term():
    obs = observed("截至2023年底，宁德市福安、福鼎两市民营企业党组织分别为412个、356个。")
    assert obs[("private_enterprise", "party_organizations", 412)][1] == "宁德市福安市"
    assert obs[("private_enterprise", "party_organizations", 356)][1] == "宁德市福鼎市"


def test_a_places_industry_associations_are_no_one_body():
    obs = observed(
        "截至2022年6月底，佛山市行业协会商会党组织覆盖率达到86%。"
        "同期，顺德区行业协会商会党组织覆盖率达到91.5%，居五区之首。"
    )
    assert obs[("social_org", "coverage_rate", 91.5)][1] == "佛山市顺德区"


def test_firms_that_all_set_up_one_are_the_firms_and_those_covered():
    obs = observed("截至2024年底，云南省189家会计师事务所均已建立党组织。")
    assert set(obs) == {("accounting", "firms", 189), ("accounting", "firms_covered", 189)}
    # some of the firms: only those covered
    obs = observed("截至2024年底，云南省新设立的12家会计师事务所均已建立党组织。")
    assert ("accounting", "firms", 12) not in obs


def test_the_same_figure_of_an_earlier_year_and_what_follows_it():
    text = (
        "到去年底，青岛市党员律师2,380余名，而2017年底这一数字为1,410名，五年间增长近七成。"
        "全市律师行业共建立党组织315个。"
    )
    obs = observed(text, published=date(2023, 2, 15))
    assert obs[("legal", "party_members", 1410)][2] == 2017
    assert obs[("legal", "party_members", 2380)][2] == 2022
    assert obs[("legal", "party_organizations", 315)][2] == 2022


def test_a_ranking_with_each_places_figure_in_brackets():
    obs = observed(
        "截至2024年底，律师事务所数量排名前四的省（市）依次为广东（4300余家）、北京（3200多家）、"
        "江苏（2800多家）和山东（2600余家）。"
    )
    assert obs[("legal", "firms", 4300)][:2] == ("lower_bound", "广东省")
    assert obs[("legal", "firms", 2600)][1] == "山东省"
    # firms in brackets are no places'
    assert observed("律师人数排名前三的律所依次为金诚（420名）、正平（380名）。") == {}


def test_the_place_that_ranks_first_then_its_figure():
    obs = observed(
        "截至2023年底，全国社会组织达88万个。同期江苏省社会组织数量居全国首位，达9.8万个；"
        "广东省、浙江省分别为7.3万个和6.9万个。"
    )
    assert [obs[("social_org", "firms", v)][1] for v in (98000, 73000, 69000)] == [
        "江苏省",
        "广东省",
        "浙江省",
    ]
    obs = observed("截至2023年底，全国党员律师14万名，党员律师人数最多的是广东省，有1.4万余名。")
    assert obs[("legal", "party_members", 14000)][:2] == ("lower_bound", "广东省")
    # a firm that ranks first: no place's figure
    obs = observed("截至2023年底，全省律师事务所1200家，金诚律师事务所规模居全省首位，达420名。")
    assert set(obs) == {("legal", "firms", 1200)}


def test_tongqi_between_the_term_and_its_figure():
    obs = observed(
        "截至2022年底，全国社会组织党组织覆盖率达到70%。上海市社会组织党组织覆盖率同期达到76.4%。"
    )
    assert obs[("social_org", "coverage_rate", 76.4)][1:3] == ("上海市", 2022)
    obs = observed("截至2022年底，西藏自治区律师人数为740余人；青海省律师人数同期增至2100多人。")
    assert obs[("legal", "practitioners", 2100)][1:3] == ("青海省", 2022)


def test_items_joined_by_he_are_clauses_of_their_own():
    obs = observed("截至2023年底，苏州市吴中区有律所20家、公证处2家和律师300名。")
    assert obs[("legal", "practitioners", 300)][1] == "苏州市吴中区"
    obs = observed(
        "年内，苏州市吴中区评选出先进社会组织党组织15个、优秀共产党员42名和优秀党务工作者18名。"
    )
    assert ("social_org", "awarded_party_workers", 18) in obs


def test_the_body_that_designates_sites_is_no_sub_type():
    obs = observed("2018年，浙江省民政厅会同省委组织部在全省社会组织中确定党建工作示范点120个。")
    assert obs[("social_org", "demonstration_sites", 120)][1:3] == ("浙江省", 2018)


def test_a_place_described_by_a_superlative():
    obs = observed("截至2023年底，青岛市律所数量最多的市南区共有律师事务所158家、党员律师720名。")
    assert obs[("legal", "firms", 158)][1] == "青岛市市南区"


def test_a_bare_rate_after_a_sentence_that_stated_the_party_rate():
    obs = observed(
        "截至2023年底，南京市社会组织党组织覆盖率达到76.8%。"
        "分区看，鼓楼区、建邺区覆盖率分别为85.2%和81.9%。"
    )
    assert obs[("social_org", "coverage_rate", 85.2)][1] == "南京市鼓楼区"
    assert obs[("social_org", "coverage_rate", 81.9)][1] == "南京市建邺区"
    # another rate named: not the Party organizations'
    obs = observed(
        "截至2023年底，南京市社会组织党组织覆盖率达到76.8%。"
        "鼓楼区、建邺区法律顾问覆盖率分别为85.2%和81.9%。"
    )
    assert set(obs) == {("social_org", "coverage_rate", 76.8)}


def test_quanqu_in_an_autonomous_regions_text_is_the_region():
    text = (
        "全区“两新”组织党建工作综述\n截至6月底，全区非公有制企业党组织9100余个。"
        "鄂尔多斯市东胜区依托商务楼宇建立联合党组织，该区非公企业党组织覆盖率达到51%。"
    )
    obs = observed(
        text,
        title="全区“两新”组织党建工作综述",
        jurisdiction="内蒙古自治区",
        published=date(2022, 8, 10),
    )
    assert obs[("private_enterprise", "party_organizations", 9100)][1] == "内蒙古自治区"
    assert obs[("private_enterprise", "coverage_rate", 51)][1] == "鄂尔多斯市东胜区"


def test_a_share_of_the_citys_whole_does_not_scope_what_follows():
    obs = observed(
        "截至2023年底，广州市天河区共有律所358家，占全市律所近四成，较上年新增27家；"
        "执业律师1.05万名，其中党员律师3120名。"
    )
    assert obs[("legal", "practitioners", 10500)][1] == "广州市天河区"
    assert obs[("legal", "party_members", 3120)][1] == "广州市天河区"


def test_the_place_whose_firms_are_most_concentrated_then_its_figure():
    obs = observed("截至2023年底，厦门市律所230家。分区看，思明区律所最为集中，共有83家。")
    assert obs[("legal", "firms", 83)][1] == "厦门市思明区"
    obs = observed("截至2021年底，湖北省律所2000家。同期武汉市律所数量占全省一半左右，达736家。")
    assert obs[("legal", "firms", 736)][1] == "武汉市"
    obs = observed("截至2022年底，深圳市律所1200家。福田区集聚律所412家、执业律师9300余名。")
    assert obs[("legal", "firms", 412)][1] == "深圳市福田区"


def test_the_same_rate_of_an_earlier_year_in_the_next_sentence():
    obs = observed("截至2019年底，上海市党员律师占比为32.6%。2015年，这一比例为27.9%。")
    assert obs[("legal", "party_member_share", 27.9)][1:3] == ("上海市", 2015)
    obs = observed("截至2020年底，杭州市律所党组织覆盖率达到94.8%。而在2016年，这一覆盖率仅为78%。")
    assert obs[("legal", "coverage_rate", 78)][1:3] == ("杭州市", 2016)


def test_the_national_average_and_rate_beside_a_places():
    obs = observed("截至2024年底，贵阳市党员律师2450名，占律师总数的40.2%，高于全国平均的31.5%。")
    assert obs[("legal", "party_member_share", 31.5)][1] == "全国"
    obs = observed(
        "截至2014年底，厦门市律所党组织覆盖率达94.4%，而同期全国律所党组织覆盖率约为九成。"
    )
    assert obs[("legal", "coverage_rate", 90)][:2] == ("approximate", "全国")


def test_an_earlier_level_compared_with_names_its_term_after_xiangbi():
    obs = observed(
        "截至2020年底，苏州市党员律师1963名。与2015年底的1120名相比，党员律师五年间新增843名。"
    )
    assert obs[("legal", "party_members", 1120)][1:3] == ("苏州市", 2015)
    assert ("legal", "party_members", 843) not in obs


def test_an_award_verb_after_those_a_quote_names():
    obs = observed("湖北省委组织部对2016年度全省100个“两新”组织先进基层党组织进行了表彰。")
    assert obs[("other", "awarded_party_organizations", 100)][1:3] == ("湖北省", 2016)
    assert observed("湖北省委组织部对100个“两新”组织进行了走访。") == {}


def test_a_date_after_the_founding_a_change_starts_from():
    obs = observed(
        "目前，包头市共有律师事务所87家。党员律师由本届理事会成立之初2019年的360名增加到现在的612名。"
    )
    assert obs[("legal", "party_members", 360)][2] == 2019
    assert ("legal", "party_members", 612) in obs


def test_building_economy_is_no_one_building():
    obs = observed("贵阳市观山湖区聚焦楼宇经济，截至2022年底，该区社会组织党组织覆盖率达到91.2%。")
    assert obs[("social_org", "coverage_rate", 91.2)][1] == "贵阳市观山湖区"


def test_a_kind_of_economy_names_no_sector():
    text = (
        "武侯区非公企业党建工作推进会\n截至2021年6月底，武侯区立足楼宇经济集聚的实际，"
        "先后成立了电子信息、商贸流通等9个行业党委。"
    )
    obs = observed(text, title="武侯区非公企业党建工作推进会")
    assert ("private_enterprise", "industry_party_committees", 9) in obs


def test_the_legal_services_industry_is_a_cross_sector_total():
    obs = observed(
        "截至2019年底，绵阳市法律服务行业共有党员1046名，其中党员律师803名、党员公证员37名。"
    )
    assert set(obs) == {
        ("other", "party_members", 1046),
        ("legal", "party_members", 803),
        ("notary", "party_members", 37),
    }


def test_a_town_after_a_quoted_epithet_is_one_town():
    obs = observed(
        "截至2018年底，乐清市非公企业党组织1200个。"
        "从镇街情况看，“电器之都”柳市镇非公企业党组织已达286个、党员2900余名。"
    )
    assert set(obs) == {("private_enterprise", "party_organizations", 1200)}


def test_firms_that_set_one_up_listed_by_sector_after_fenbie():
    obs = observed(
        "截至2022年底，南宁市青秀区非公有制企业和社会组织分别有4.83万户和655家，"
        "已建立党组织的分别为1270家和208家。"
    )
    assert obs[("private_enterprise", "firms_covered", 1270)][1] == "南宁市青秀区"
    assert obs[("social_org", "firms_covered", 208)][1] == "南宁市青秀区"


def test_this_figure_in_the_next_sentence_is_the_count_just_stated():
    obs = observed(
        "截至2016年9月底，河南省执业律师1.6万余人，其中党员律师5230人。而在2011年，这个数字还不到3000人。"
    )
    assert obs[("legal", "party_members", 3000)] == ("upper_bound", "河南省", 2011, "3000")


def test_tongqi_after_any_term():
    obs = observed("截至2020年底，成都市律师事务所812家；执业律师同期达到1.42万人。")
    assert obs[("legal", "practitioners", 14200)][1:3] == ("成都市", 2020)


def test_a_park_named_then_pointed_to_and_parks_in_general():
    text = (
        "长沙县“两新”党建：红色引擎驱动园区发展\n截至2019年底，长沙县“两新”组织党组织达1042个。"
        "长沙经开区是全县“两新”党建的主阵地。园区聚集企业2800余家，建有党组织213个。"
    )
    obs = observed(text, title="长沙县“两新”党建：红色引擎驱动园区发展")
    assert set(obs) == {("other", "party_organizations", 1042)}


def test_statistics_labels_with_qualifiers_and_unit_bodies():
    text = (
        "会议通报，目前全省律师行业基本情况为：\n律师事务所：426家\n执业律师：近6000名\n"
        "律所党支部：3490个（其中单独党支部2870个、联合党支部620个）\n"
    )
    obs = observed(text, title="甘肃省律师行业党建工作会议召开", jurisdiction="甘肃省")
    assert obs[("legal", "practitioners", 6000)][0] == "approximate"
    assert ("legal", "party_branches", 3490) in obs
    assert ("legal", "joint_branches", 620) in obs
    obs = observed(
        "会上，省司法厅通报表扬了15个先进律师事务所党支部和32名优秀党员律师。",
        jurisdiction="甘肃省",
    )
    assert ("legal", "awarded_party_organizations", 15) in obs


def test_a_whole_then_the_part_it_has():
    obs = observed("截至2013年底，广西壮族自治区执业律师5163人中有党员律师1621名。")
    assert set(obs) == {("legal", "practitioners", 5163), ("legal", "party_members", 1621)}


def test_a_list_of_levels_compared_with_by_yu_xiangbi():
    obs = observed(
        "截至2020年底，江苏省共有律师事务所2693家、执业律师3.6万人，"
        "与2015年底的1786家、2.1万人相比，分别增长50.8%和71.4%。"
    )
    assert obs[("legal", "practitioners", 21000)][1:3] == ("江苏省", 2015)
    assert obs[("legal", "firms", 1786)][1:3] == ("江苏省", 2015)


def test_the_place_a_reporter_filed_from_and_neidi():
    text = (
        "內地律師行業黨建成效顯著\n【文匯報訊】(記者 王曉涵 北京報道)據司法部最新統計,截至2019年12月31日,"
        "全國共有執業律師47.3萬多人。其中,中共黨員律師17.6萬名。"
    )
    obs = observed(text, title="內地律師行業黨建成效顯著")
    assert obs[("legal", "party_members", 176000)][1] == "全国"


def test_places_counted_in_the_sentence_before_respectively():
    obs = observed(
        "截至去年底，浙江省律所党组织892个。\n杭州、宁波、温州三市律师人数较多。"
        "到去年底，三市党员律师分别为1856名、904名和763名。",
        published=date(2012, 3, 1),
    )
    assert [obs[("legal", "party_members", v)][1] for v in (1856, 904, 763)] == [
        "杭州市",
        "宁波市",
        "温州市",
    ]


def test_the_share_of_firms_covered_is_the_coverage_rate():
    obs = observed(
        "截至2010年底，湖南省律所共建立党组织412个，已建立党组织的律所占律所总数的86.5%。"
    )
    assert obs[("legal", "coverage_rate", 86.5)][1:3] == ("湖南省", 2010)


def test_a_unit_body_with_its_count_right_after_is_a_statistics_line():
    obs = observed("截至2020年9月底，湖北省律所党委7个，党总支12个。")
    assert set(obs) == {("legal", "party_committees", 7), ("legal", "general_branches", 12)}
    assert observed("湖北省某律所党委下设7个党支部。") == {}


def test_levels_compared_with_then_a_change_with_an_adverb():
    obs = observed(
        "截至2020年底，新疆维吾尔自治区执业律师达到6870人，律师事务所超过700家，"
        "较2018年底的3900余人、460家大幅增长。"
    )
    assert obs[("legal", "firms", 460)][2] == 2018


def test_levels_of_the_year_before_compared_with():
    obs = observed(
        "截至2024年6月底，云南省共有律师事务所1186家、执业律师1.63万人，"
        "分别较上年底的1121家、1.52万人增长5.8%和7.2%。"
    )
    assert obs[("legal", "firms", 1121)][1:3] == ("云南省", 2023)
    assert obs[("legal", "practitioners", 15200)][1:3] == ("云南省", 2023)
    obs = observed("截至2024年底，云南省共有律师事务所1186家，较上年增加65家。")
    assert set(obs) == {("legal", "firms", 1186)}


def test_the_whole_a_place_share_is_of_named_with_its_place():
    obs = observed("截至2024年底，哈尔滨市律师7840名，律师人数占黑龙江全省1.29万名律师的41.6%。")
    assert obs[("legal", "practitioners", 12900)][1] == "黑龙江省"


def test_places_listed_then_their_term_then_respectively():
    obs = observed(
        "截至2023年底，山东省律师事务所2000家。济南、青岛两市执业律师均超过1万人，"
        "分别为1.21万人、1.04万人。"
    )
    assert obs[("legal", "practitioners", 12100)][1] == "济南市"
    assert obs[("legal", "practitioners", 10400)][1] == "青岛市"
    assert ("legal", "practitioners", 10000) not in obs
    # a ratio per head, and a term after 分别 that names what the figures count, are not this
    assert (
        observed("全国每万人拥有律师数达到5.2人，北京、上海每万人拥有律师数分别为24.6人、15.3人。")
        == {}
    )
    obs = observed(
        "截至2010年底，全省13个市中已有9个成立了律师行业党委，"
        "哈尔滨、齐齐哈尔、佳木斯三市分别建立律师行业党组织118个、31个、22个。"
    )
    assert ("legal", "party_committees", 31) not in obs


def test_a_list_whose_last_figure_carries_the_classifier_for_all():
    obs = observed(
        "2022年底，广东、北京、江苏三省市律师人数位居全国前三，分别为6.8万、4.9万、4.6万人。"
    )
    assert [obs[("legal", "practitioners", v)][1] for v in (68000, 49000, 46000)] == [
        "广东省",
        "北京市",
        "江苏省",
    ]


def test_firms_the_joint_branches_alone_take_in():
    obs = observed("截至2019年6月底，青岛市司法鉴定行业有联合党支部7个，共吸纳24家鉴定机构。")
    assert ("other", "firms_in_joint_branches", 24) in obs
    obs = observed(
        "截至2019年底，青岛市共建立律所党组织80个，其中单独党支部50个、联合党支部30个，覆盖律所200家。"
    )
    assert ("legal", "firms_covered", 200) in obs


def test_a_list_whose_subject_was_not_read():
    obs = observed(
        "截至2020年底，十堰市非公企业党组织2100个。"
        "十堰经济技术开发区内现有非公企业党组织152个、党员1300余名。"
    )
    assert set(obs) == {("private_enterprise", "party_organizations", 2100)}


def test_the_associations_own_members_and_a_relative_year_end_before_the_verb():
    obs = observed(
        "截至2017年底，昆山市律师协会召开会员代表大会。本会共有团体会员五十八家、执业会员七百九十六名。"
    )
    assert ("legal", "firms", 58) in obs and ("legal", "practitioners", 796) in obs
    obs = observed(
        "甘肃省甘南藏族自治州到去年底共有律师事务所14家、执业律师96名。", published=date(2024, 3, 1)
    )
    assert obs[("legal", "firms", 14)][1:3] == ("甘南藏族自治州", 2023)


def test_trades_named_as_many_as_the_committees_counted():
    obs = observed(
        "截至2017年11月底，张店区已组建化工、陶瓷、商贸物流、建筑业4个非公企业行业党委。"
    )
    assert ("private_enterprise", "industry_party_committees", 4) in obs
    obs = observed("截至2020年底，株洲市依托陶瓷等产业，截至年底已成立非公企业行业党委十四个。")
    assert ("private_enterprise", "industry_party_committees", 14) in obs
    # fewer trades than the count: not read
    assert (
        observed("截至2020年6月底，芜湖市已组建汽车、机器人、新型材料4个非公企业行业党委。") == {}
    )


def test_a_title_opening_with_a_county_level_citys_short_name_and_a_colon():
    text = (
        "乐清：电器之都党建“全覆盖”提速\n乐清是温州市下辖的县级市。截至今年10月底，"
        "全市共有非公企业1.52万家。"
    )
    obs = observed(text, title="乐清：电器之都党建“全覆盖”提速", published=date(2014, 11, 20))
    assert obs[("private_enterprise", "firms", 15200)][1] == "温州市乐清市"


def test_a_title_opening_with_a_districts_short_name():
    # 吴江 and 福田 are one district each: a title naming a district by its short name
    # (the text only ever says 全区) is about that district
    text = "吴江“两新”组织党建综述\n截至今年6月底，全区共有非公企业2.73万家。"
    obs = observed(text, title="吴江“两新”组织党建综述", published=date(2015, 6, 30))
    assert obs[("private_enterprise", "firms", 27300)][1] == "苏州市吴江区"
    yearbook = "【律师工作】2024年，全区有律师事务所541家。"
    obs = observed(yearbook, title="《福田年鉴2025》司法行政")
    assert obs[("legal", "firms", 541)][1:3] == ("深圳市福田区", 2024)


def test_a_title_naming_a_place_by_its_short_name_takes_the_kind_the_text_calls_it():
    # 即墨市 (青岛市即墨区 now) to a text of 2016: its 全市 is 即墨, not Qingdao
    text = (
        "即墨：律师行业党建全覆盖\n2016-07-05　来源：青岛日报\n"
        "截至6月底，即墨市共有律师事务所21家，全市党员律师61名。"
    )
    obs = observed(text, title="即墨：律师行业党建全覆盖")
    assert obs[("legal", "party_members", 61)][1] == "青岛市即墨区"


def test_a_rounded_restatement_of_a_count_is_the_same_count():
    text = (
        "截至2020年底，全市执业律师18734名，律师事务所1046家。\n"
        "【数说】（截至2020年底）\n全市执业律师人数1.87万，全市律师事务所数量1046家。"
    )
    obs = observed(text, jurisdiction="深圳市")
    assert ("legal", "practitioners", 18734) in obs
    assert ("legal", "practitioners", 18700) not in obs
    # another year's figure is no restatement
    later = observed("2015年底全市执业律师18734名。2016年底，全市执业律师1.9万名。")
    assert ("legal", "practitioners", 19000) in later


def test_kinds_in_an_aside_after_a_count_of_the_whole():
    text = "截至2017年底，全市各类商会48家（异地商会21家、行业商会27家），已建立党组织的商会41家。"
    obs = observed(text, jurisdiction="长沙市浏阳市")
    assert set(obs) == {("social_org", "firms", 48), ("social_org", "firms_covered", 41)}
    # the same count at another time, or in a place, is no kind of it
    obs = observed("全市有公证处11个，公证员136人（上年末为129人）。", published=date(2016, 3, 1))
    assert ("notary", "practitioners", 129) in obs


def test_a_listed_item_that_names_no_sector_takes_no_other_items_sector():
    obs = observed("截至2019年底，全省会计师事务所、民办学校党组织覆盖率分别为93.5%和88.1%。")
    assert set(obs) == {("accounting", "coverage_rate", 93.5)}


def test_kinds_counted_together_are_a_figure_of_the_whole_they_make_or_of_none():
    text = (
        "2024年底，全市律师行业共有党组织183个，其中律所党委、党总支共6个，党支部177个。"
        "全市律师事务所和会计师事务所共120家。"
    )
    assert set(observed(text)) == {
        ("legal", "party_organizations", 183),
        ("legal", "party_branches", 177),
        ("other", "firms", 120),  # (one thing of two trades: their total, as 两新组织's)
    }
    # 单独、联合党支部 together: the branches, all kinds
    obs = observed("截至2023年底，全市律师行业单独、联合党支部共96个。")
    assert set(obs) == {("legal", "party_branches", 96)}


def test_a_named_firm_with_branches_across_the_country_is_one_firm():
    text = (
        "北京京衡泰律师事务所总部位于朝阳区CBD，目前在全国设有分所32家，"
        "执业律师2600余名，其中党员律师740余名。"
    )
    assert observed(text, jurisdiction="北京市朝阳区") == {}
    text = "温州市鞋革行业协会党委作为全市首家行业协会党委，下设党支部12个、党员近300名。"
    assert observed(text) == {}


def test_a_rate_list_whose_items_carry_their_counts_in_brackets():
    text = "截至今年5月底，全市律师事务所（368家）、会计师事务所（57家）党组织覆盖率分别为100%和94.7%。"
    obs = observed(text, published=date(2021, 6, 30))
    assert ("legal", "coverage_rate", 100) in obs
    assert ("accounting", "coverage_rate", 94.7) in obs


def test_the_rate_of_private_schools_is_of_no_sector():
    # 民办学校: a social organization by registration, a kind of its own by name
    text = "二、民办非企业单位。全区民办非企业单位412家。\n三、民办学校。全区民办学校67所，党组织覆盖率100%。"
    obs = observed(text, jurisdiction="佛山市顺德区")
    assert set(obs) == {("social_org", "firms", 412)}


def test_a_related_information_block_is_page_furniture():
    text = (
        "酒泉市律师行业党建工作推进会召开\n截至2020年底，全市共有律师事务所39家。\n"
        "相关信息\n· 全省律师行业党建工作会议在兰州召开 表彰50个先进党组织\n"
    )
    assert set(observed(text)) == {("legal", "firms", 39)}


def test_what_branches_were_grouped_by_names_no_sector():
    title = "市南区会计行业党建：让诚信执业有“红色引擎”"
    text = (
        f"{title}\n2021年，青岛市市南区会计行业党委推动党的组织在辖区会计师事务所有效覆盖。\n"
        "在组织设置上，党员不足3名的按楼宇、按业务相近原则组建联合党支部。"
        "到2021年底，11家事务所单独建立党支部，29家事务所参加6个联合党支部。"
    )
    obs = observed(text, title=title)
    assert ("accounting", "firms_with_own_branch", 11) in obs
    assert ("accounting", "joint_branches", 6) in obs


def test_single_units_by_a_long_name_or_at_their_business():
    text = (
        "此次获评先进基层党组织的清河县恒泰羊绒制品有限公司党委，下设4个党支部，现有党员86名。"
        "即墨公证处全年办理公证1.2万件，现有公证员14名。"
    )
    assert observed(text, jurisdiction="邢台市清河县") == {}


def test_a_title_naming_a_firm_by_its_home_place_tells_the_texts_region():
    text = (
        "宁夏瀚澜律师事务所党支部获评“全国律师行业先进党组织”\n"
        "据自治区律师行业党委介绍，截至2023年6月底，全区共有律师事务所218家。"
    )
    obs = observed(text, title="宁夏瀚澜律师事务所党支部获评“全国律师行业先进党组织”")
    assert obs[("legal", "firms", 218)][1] == "宁夏回族自治区"


def test_a_series_of_dated_levels_after_what_it_is_of_and_its_trend():
    text = (
        "数据显示，三年来全区非公企业党组织数量稳步增加：2021年为1126个，2022年为1208个。"
        "全区社会组织党组织覆盖率逐年提升，2019年为78.2%，2022年为91.0%。"
    )
    obs = observed(text, jurisdiction="宁夏回族自治区")
    assert obs[("private_enterprise", "party_organizations", 1126)][2] == 2021
    assert obs[("private_enterprise", "party_organizations", 1208)][2] == 2022
    assert obs[("social_org", "coverage_rate", 78.2)][2] == 2019
    assert obs[("social_org", "coverage_rate", 91.0)][2] == 2022


def test_kinds_an_aside_leaves_out_are_not_the_figures_kind():
    text = (
        "二、民办非企业单位。全区民办非企业单位（不含民办学校、民办医院）412家，党组织覆盖率63.8%。"
    )
    obs = observed(text, jurisdiction="佛山市顺德区")
    assert set(obs) == {("social_org", "firms", 412), ("social_org", "coverage_rate", 63.8)}


def test_a_pdfs_letter_spaced_figures_with_decimals():
    text = "截至2024年12月31日，全市有律师事务所1 2 7家，党员律师7 9 3人，党员律师占比3 8.8%。"
    obs = observed(text, jurisdiction="宜昌市")
    assert obs[("legal", "party_member_share", 38.8)][3] == "3 8.8"
    assert ("legal", "party_member_share", 8.8) not in obs
    assert ("legal", "firms", 127) in obs


def test_this_field_points_back_to_the_sector_its_paragraph_opens_with():
    text = (
        "三、非公企业。全县登记在册的非公企业4260家。该领域共有党员1530名，已建党组织218个。\n"
        "社会组织领域。截至2023年底，全区登记社会组织612家。2018年，该领域党组织覆盖率仅为63.5%。\n"
        "全区法律服务行业共有党员58名，其中党员律师不足30名。行业内共建立党支部15个。"
    )
    obs = observed(text, jurisdiction="天津市河西区")
    assert ("private_enterprise", "party_members", 1530) in obs
    assert ("social_org", "coverage_rate", 63.5) in obs
    assert ("other", "party_branches", 15) in obs


def test_a_rate_list_whose_first_item_was_not_read():
    obs = observed(
        "截至2023年底，西安市社会组织党组织覆盖率为76%。从类别看，"
        "社会团体、民办非企业单位的党组织覆盖率分别为81.6%和73.9%。"
    )
    assert set(obs) == {("social_org", "coverage_rate", 76)}


def test_a_past_year_end_beside_a_target_is_a_state():
    obs = observed(
        "组织建设方面，到2018年底，浙江省律师行业已建立党组织1596个，力争2019年底实现全覆盖。",
        published=date(2019, 2, 20),
    )
    assert obs[("legal", "party_organizations", 1596)][2] == 2018
    obs = observed(
        "到2025年底，浙江省律所党组织达到2000个，力争实现全覆盖。", published=date(2021, 3, 1)
    )
    assert obs == {}


def test_more_than_a_year_ago_is_a_change_and_last_year_end_a_level():
    obs = observed(
        "截至2020年11月底，绍兴市律所已建立党支部87个，比去年同期多9个，其中单独组建的65个、联合组建的22个。"
    )
    assert set(obs) == {
        ("legal", "party_branches", 87),
        ("legal", "standalone_branches", 65),
        ("legal", "joint_branches", 22),
    }
    obs = observed(
        "截至2020年11月底，绍兴市共有律所112家，较去年底的98家增加14家。",
        published=date(2020, 12, 20),
    )
    assert obs[("legal", "firms", 98)][2] == 2019


def test_the_earlier_level_a_multiple_is_of():
    obs = observed("截至2023年底，南京市执业律师突破1.1万名，是2015年底6800名的1.6倍。")
    assert obs[("legal", "practitioners", 6800)][1:3] == ("南京市", 2015)


def test_an_autonomous_county_without_its_peoples_and_quanzhou():
    obs = observed("截至2015年12月底，松桃自治县5家律师事务所均已建立党组织。")
    assert obs[("legal", "firms", 5)][1] == "铜仁市松桃苗族自治县"
    obs = observed("截至2022年底，黔东南州全州17家公证处均已建立党支部。")
    assert ("notary", "firms", 17) in obs


def test_a_traditional_title_names_the_sector_and_a_months_end_before_a_count():
    title = "以高質量黨建引領律師行業高質量發展——福建省司法廳負責人答記者問"
    obs = observed("答：到去年底，全行業黨組織1035個。", title=title, published=date(2025, 1, 10))
    assert obs[("legal", "party_organizations", 1035)][2] == 2024
    obs = observed(
        "成都市律所最集中，截至今年9月底有党员律师近3000名。", published=date(2016, 11, 8)
    )
    assert obs[("legal", "party_members", 3000)][1:3] == ("成都市", 2016)


def test_the_one_sector_a_rate_names_before_respectively():
    obs = observed(
        "截至2015年底，南京市“两新”组织党组织8000个。同期鼓楼、玄武两区“两新”组织党建基础较好，"
        "非公企业党组织覆盖率分别达到90.6%和88.9%。"
    )
    assert obs[("private_enterprise", "coverage_rate", 90.6)][1] == "南京市鼓楼区"
    assert obs[("private_enterprise", "coverage_rate", 88.9)][1] == "南京市玄武区"


def test_a_months_end_of_this_year_opening_a_paragraph_dates_what_follows():
    text = (
        "2024年底，鼓楼区有执业律师4650余名。\n今年6月底，全区党员律师已达1580名，较去年底新增80名。"
        "全区律所党组织183个。"
    )
    obs = observed(text, jurisdiction="南京市鼓楼区", published=date(2025, 8, 12))
    assert obs[("legal", "party_organizations", 183)][2] == 2025


def test_places_summed_and_places_of_which_some_set_up_a_committee():
    obs = observed(
        "截至2020年底，天津市滨海新区、和平区、河西区的党员律师分别为720名、690名、510名，"
        "三区合计超过全市的一半。"
    )
    assert not any(k[1] == "party_member_share" for k in obs)
    obs = observed(
        "在组织体系建设上，到2022年底，成都市22个区（市）县中已有14个成立了律师行业党委。",
        published=date(2023, 6, 28),
    )
    assert set(obs) == {("legal", "industry_party_committees", 14)}


def test_sites_to_be_newly_designated_are_a_plan():
    obs = observed("温州市委两新工委有关负责人表示，2023年将新培育10个律师行业党建示范点。")
    assert obs == {}


def test_an_award_verb_the_sector_then_the_quoted_title():
    obs = observed("2023年，湖南省律师行业党委评选表彰律师行业“红旗党支部”20个。")
    assert obs[("legal", "awarded_party_organizations", 20)][1:3] == ("湖南省", 2023)


def test_a_change_of_two_sectors_lists_them_again_after_to():
    obs = observed(
        "全县非公企业党组织和社会组织党组织分别由2012年底的86个、19个增加到2015年底的173个、47个。",
        jurisdiction="石家庄市正定县",
    )
    assert obs[("private_enterprise", "party_organizations", 173)][2] == 2015
    assert obs[("social_org", "party_organizations", 47)][2] == 2015
    assert obs[("private_enterprise", "party_organizations", 86)][2] == 2012
    assert len(obs) == 4


def test_a_parts_share_of_the_members_counted_is_no_member_share():
    obs = observed("截至去年底，全县“两新”组织共有党员2460名，其中非公企业党员1980名，占八成以上。")
    assert not any(k[1] == "party_member_share" for k in obs)
    assert ("private_enterprise", "party_members", 1980) in obs
    # (a part of the practitioners is: its share is the members' share)
    obs = observed("截至去年底，全县共有律师2460名，其中党员律师980名，占四成。")
    assert ("legal", "party_member_share", 40) in obs


def test_dates_listed_before_respectively_date_the_figures_in_turn():
    obs = observed(
        "2016年底和2021年底，全省公证员中的中共党员分别为298名和412名，"
        "党员占比分别为65.2%和65.6%。",
        jurisdiction="江西省",
    )
    assert obs[("notary", "party_members", 298)][2] == 2016
    assert obs[("notary", "party_members", 412)][2] == 2021
    assert obs[("notary", "party_member_share", 65.2)][2] == 2016
    assert obs[("notary", "party_member_share", 65.6)][2] == 2021


def test_counted_firms_that_have_a_modified_practitioner_term():
    obs = observed(
        "截至2012年底，全市22家公证处共有执业公证员408名，其中党员公证员236名，占57.8%。"
    )
    assert {k[1] for k in obs} == {"firms", "practitioners", "party_members", "party_member_share"}
    # (a sub-type they have stays out)
    obs = observed("截至2012年底，全市22家公证处共有专职公证员408名。")
    assert not any(k[1] == "practitioners" for k in obs)


def test_firms_unfit_for_a_branch_of_their_own_are_those_that_join_one():
    obs = observed(
        "全市律师行业共有党组织93个，其中党总支2个、单独党支部72个，"
        "另有63家党员不足3名的律所组建了联合党支部19个。"
    )
    assert ("legal", "firms_in_joint_branches", 63) in obs
    assert ("legal", "joint_branches", 19) in obs
    obs = observed("全市45家不具备单独组建条件的律所组建联合党支部12个。")
    assert set(obs) == {
        ("legal", "firms_in_joint_branches", 45),
        ("legal", "joint_branches", 12),
    }
    # (elsewhere the condition still picks some out)
    obs = observed("全市63家党员不足3名的律所选派了党建指导员。")
    assert obs == {}


def test_buildings_a_district_groups_firms_by_are_no_one_building():
    obs = observed(
        "同期，市南区共有律师事务所132家；崂山区以商务楼宇为单元，已建成联合党支部12个，"
        "参加联合党支部的律所41家。",
        jurisdiction="青岛市",
    )
    assert obs[("legal", "joint_branches", 12)][1] == "青岛市崂山区"
    assert obs[("legal", "firms_in_joint_branches", 41)][1] == "青岛市崂山区"


def test_places_counted_that_each_have_a_figure():
    doc = make_doc("截至去年底，山东省烟台、潍坊两市各有律师事务所130余家。")
    places = sorted(o.jurisdiction for o in extract(doc).observations)
    assert places == ["潍坊市", "烟台市"]
    # the figure alone after 各有: what the list before it counted
    doc = make_doc(
        "同期深圳市南山区、福田区非公企业党组织分别为3860个、2940个，宝安、龙岗两区各有3500余个。"
    )
    each = sorted((o.jurisdiction, o.metric) for o in extract(doc).observations if o.value == 3500)
    assert each == [
        ("深圳市宝安区", "party_organizations"),
        ("深圳市龙岗区", "party_organizations"),
    ]


def test_the_term_before_respectively_is_the_longest_there():
    obs = observed("截至2018年底，苏州市党员律师1900余名，无锡、常州两市分别为1180名和860名。")
    assert obs[("legal", "party_members", 1180)][1] == "无锡市"
    assert obs[("legal", "party_members", 860)][1] == "常州市"
    assert not any(k[1] == "practitioners" for k in obs)


def test_a_rate_from_the_same_time_last_year():
    obs = observed(
        "截至今年6月底，全区社会组织党组织覆盖率由去年同期的41.1%提高到44.6%。",
        published=date(2024, 7, 12),
    )
    assert obs[("social_org", "coverage_rate", 41.1)][2] == 2023
    assert obs[("social_org", "coverage_rate", 44.6)][2] == 2024


def test_tenths_after_at_and_to():
    obs = observed("全省共有公证员1200名，其中党员公证员863名，党员比例保持在七成以上。")
    assert obs[("notary", "party_member_share", 70)][0] == "lower_bound"


def test_small_firms_that_join_a_joint_branch():
    obs = observed("单独建立党支部的公证处10家，另有3家规模较小的公证处参加联合党支部。")
    assert ("notary", "firms_in_joint_branches", 3) in obs


def test_a_date_opening_the_relative_clause_of_a_term():
    obs = observed(
        "会计师事务所中，到6月底单独建立党支部的事务所已有142家。", published=date(2020, 8, 1)
    )
    assert obs[("accounting", "firms_with_own_branch", 142)][2] == 2020
    # (a threshold after the date still picks some out)
    assert observed("到2020年底3名以上党员的律所已有142家。") == {}


def test_branches_set_up_by_a_principle_and_a_rate_reached_thereby():
    obs = observed(
        "全市行业协会商会共有党组织231个，其中单独组建的党支部176个，"
        "按行业相近、地域相邻原则组建的联合党支部55个。"
    )
    assert ("social_org", "joint_branches", 55) in obs
    obs = observed("全省会计师事务所党组织覆盖率由此达到82.5%。")
    assert ("accounting", "coverage_rate", 82.5) in obs


def test_firms_covered_after_joint_branches_not_read_are_in_them():
    obs = observed("富平县在14个镇和46个重点村建立“两新”组织联合党支部58个，覆盖“两新”组织327家。")
    assert ("other", "firms_in_joint_branches", 327) in obs


def test_he_xian_after_a_level_is_and_county():
    obs = observed(
        "截至2020年底，全州已建立州级和县市律师行业党委9个。", jurisdiction="恩施土家族苗族自治州"
    )
    assert obs[("legal", "industry_party_committees", 9)][1] == "恩施土家族苗族自治州"
    obs = observed("截至2020年底，马鞍山市和县共有律师事务所9家。")
    assert obs[("legal", "firms", 9)][1] == "马鞍山市和县"


def test_the_whole_prefecture_named_as_a_diqu():
    obs = observed(
        "地区司法局统计显示，截至2022年底，全地区共有律师事务所42家、执业律师近560名。",
        title="阿克苏地区律师行业党建",
    )
    assert obs[("legal", "firms", 42)][1] == "阿克苏地区"
    assert obs[("legal", "practitioners", 560)][0] == "approximate"


def test_a_peoples_name_in_an_autonomous_county_is_no_township():
    obs = observed(
        "同期，临夏市有律所13家；积石山保安族东乡族撒拉族自治县有执业律师4名。",
        title="临夏州律师行业党建",
    )
    assert obs[("legal", "practitioners", 4)][1].endswith("积石山保安族东乡族撒拉族自治县")


def test_firms_counted_then_how_they_joined_after_a_comma():
    obs = observed("全省509家律所，按照地域相邻、规模相近的原则参加联合党支部。")
    assert set(obs) == {("legal", "firms_in_joint_branches", 509)}
    obs = observed(
        "到去年底，全省968家律所单独建立了党支部；党员不足3名的509家律所，"
        "按照地域相邻、规模相近的原则参加联合党支部，共组建联合党支部126个。"
    )
    assert ("legal", "firms_in_joint_branches", 509) in obs
    # (the same bound before firms that do something else picks them out)
    assert observed("党员不足3名的509家律所，已选派党建指导员。") == {}


def test_a_relative_clause_picks_out_every_item_of_its_list():
    assert observed("一年来，参与活动的律所有23家、律师68名，每周固定到社区坐班一天。") == {}
    # (a list with no such clause is read item by item)
    obs = observed("截至2020年底，全区有律所23家、律师680名。")
    assert ("legal", "practitioners", 680) in obs


def test_a_local_papers_dateline_names_the_county_of_quan_xian():
    text = (
        "我县律师行业实现党组织全覆盖\n郴州日报　2015年12月28日　第3版\n"
        "本报汝城讯（通讯员 李娟）目前，全县共有律师事务所5家，执业律师38名。"
    )
    obs = observed(text, title="我县律师行业实现党组织全覆盖")
    assert obs[("legal", "firms", 5)][1] == "郴州市汝城县"
    assert obs[("legal", "practitioners", 38)][1] == "郴州市汝城县"


def test_a_notary_body_of_the_city_awards_for_the_city():
    text = (
        "截至2022年底，全市共有公证机构21家。其中，于都县公证处有公证员9名。\n"
        "2022年，市公证行业党委评选表彰先进基层党组织4个。"
    )
    assert observed(text)[("notary", "awarded_party_organizations", 4)][1] == "赣州市"


def test_several_conditions_of_firms_that_join_a_joint_branch():
    obs = observed("全县共有律所9家。其余5家规模较小、党员不足3名的律所参加联合党支部。")
    assert ("legal", "firms_in_joint_branches", 5) in obs


def test_firm_organizations_designated_as_demonstration_sites():
    obs = observed("2020年，市律师协会确定10家律师事务所党组织为律师行业党建工作示范点。")
    assert set(obs) == {("legal", "demonstration_sites", 10)}


def test_another_place_with_the_same_verb_again():
    obs = observed(
        "各地加大培训力度，江苏省律师行业党委全年举办培训班6期，浙江省举办4期，培训人数均超过1000人次。"
    )
    assert obs[("legal", "training_sessions", 4)][1] == "浙江省"
    assert obs[("legal", "training_sessions", 6)][1] == "江苏省"
    # (another verb says something else of the place)
    obs = observed("江苏省律师行业党委全年举办培训班6期，浙江省新增4期。")
    assert ("legal", "training_sessions", 4) not in obs


def test_a_count_before_a_colon_is_no_label_of_the_figures_after():
    obs = observed(
        "全县律师行业党支部6个：9家律所中，单独建立党支部的4家；"
        "其余5家规模较小、党员不足3名的律所参加联合党支部，共组建联合党支部2个。"
    )
    assert ("legal", "firms", 9) in obs
    assert ("legal", "firms_with_own_branch", 4) in obs
    assert ("legal", "firms_in_joint_branches", 5) in obs
    # (a label of words still names the figure after it)
    assert ("legal", "firms", 126) in observed("全市律师事务所：126家；执业律师：2310人。")


def test_firms_too_small_that_joined_through_joint_branches():
    obs = observed(
        "会计师事务所中，已建立党组织的有98家。其中，单独建立党支部61个；"
        "其余37家事务所规模较小、党员较少，通过组建14个联合党支部实现覆盖。"
    )
    assert ("accounting", "firms_in_joint_branches", 37) in obs
    assert ("accounting", "joint_branches", 14) in obs
    # (what they are, then something else done for them: no count of the catalog)
    assert observed("其余37家事务所规模较小、党员较少，选派了党建指导员。") == {}


def test_a_kinds_rate_listed_after_its_count_is_the_kinds():
    obs = observed(
        "截至2023年底，全区非公有制企业8.7万户，其中规模以上企业1650家、党组织覆盖率达到88.6%。"
    )
    assert not any(k[1] == "coverage_rate" for k in obs)
    obs = observed("截至2023年底，全区共有律所120家、党组织覆盖率达到88.6%。")
    assert ("legal", "coverage_rate", 88.6) in obs


def test_lawyers_paired_with_villages_are_those_who_serve():
    assert observed("今年以来，全市4600余名律师与1900余个村（社区）结对担任法律顾问。") == {}


def test_each_counted_item_of_a_list_keeps_its_own_sector():
    obs = observed("截至2020年底，全市共有4600余名律师和1900余名公证员。")
    assert set(obs) == {("legal", "practitioners", 4600), ("notary", "practitioners", 1900)}


def test_a_county_whose_name_opens_with_a_towns_word():
    obs = observed("截至今年6月底，南阳市镇平县共有非公有制企业1860家，其中已建立党组织的312家。")
    assert obs[("private_enterprise", "firms", 1860)][1] == "南阳市镇平县"
    assert ("private_enterprise", "firms_covered", 312) in obs


def test_enterprises_counted_in_hu_that_set_up_an_organization():
    obs = observed("截至2010年底，全省38.9万户非公有制企业中，已有7.6万户建立了党组织。")
    assert ("private_enterprise", "firms_covered", 76000) in obs


def test_among_these_firms_points_back_to_the_count():
    obs = observed(
        "截至2011年底，全市共有律师事务所186家。在这些律所中，已有172家建立了党组织，组建率达到92.5%。"
    )
    assert ("legal", "firms_covered", 172) in obs
    # (these firms of a size class are still a kind)
    obs = observed(
        "截至2011年底，全市共有律师事务所186家。在这些规模以上律所中，已有172家建立了党组织。"
    )
    assert ("legal", "firms_covered", 172) not in obs


def test_a_campaigns_advanced_branches_are_awarded():
    obs = observed("今年，区律师行业党组织举办党员律师培训班2期，评选出创先争优先进党支部4个。")
    assert ("legal", "awarded_party_organizations", 4) in obs


def test_larger_firms_that_set_up_their_own_branches():
    obs = observed(
        "律所党支部10个，其中八家规模较大的律所单独建立党支部，其余六家律所组建了两个联合党支部。"
    )
    assert ("legal", "firms_with_own_branch", 8) in obs
    assert ("legal", "firms_in_joint_branches", 6) in obs
    assert observed("全市八家规模较大的律所获评示范律所。") == {}


def test_a_training_held_in_so_many_sessions():
    obs = observed("2023年，县司法局党委组织全县党员律师分两期赴嘉兴南湖开展集中培训。")
    assert obs[("legal", "training_sessions", 2)][2] == 2023
    assert observed("全县律所分三批完成换届。") == {}
    # (batches of a training counted on its own are no count of it)
    obs = observed("去年，市委“两新”工委分两批举办党务干部培训班3期。", published=date(2016, 3, 10))
    assert ("other", "training_sessions", 2) not in obs


def test_districts_abolished_in_mergers_are_places_of_their_time():
    obs = observed(
        "各县（市）区中，宁波市海曙区、江东区、鄞州区律所较为集中，"
        "到2013年底分别建有律所党支部31个、26个和22个。"
    )
    assert obs[("legal", "party_branches", 31)][1] == "宁波市海曙区"
    assert obs[("legal", "party_branches", 26)][1] == "宁波市江东区"
    assert obs[("legal", "party_branches", 22)][1] == "宁波市鄞州区"
    assert observed("截至2010年底，北京市宣武区共有律所120家。")[("legal", "firms", 120)][1] == (
        "北京市宣武区"
    )


def test_a_closed_parts_place_does_not_scope_what_follows_its_semicolon():
    obs = observed(
        "截至3月底，柳州市共有律师事务所143家、执业律师2210人，其中三江侗族自治县有律师事务所3家、"
        "律师21名；律师行业党员近九百名，党员律师占全市律师总数的40.1%。"
    )
    assert obs[("legal", "firms", 3)][1] == "柳州市三江侗族自治县"
    assert obs[("legal", "party_members", 900)][1] == "柳州市"
    assert obs[("legal", "party_member_share", 40.1)][1] == "柳州市"


def test_the_noun_phrase_after_a_count_names_its_sector_and_scope():
    obs = observed(
        "会上，6个全市法律服务行业先进党组织和10名优秀党务工作者受到表彰，5个律师行业党建示范点获授牌。"
    )
    assert ("legal", "demonstration_sites", 5) in obs
    assert ("other", "awarded_party_organizations", 6) in obs


def test_a_place_holding_a_share_of_the_firms_then_their_count():
    obs = observed("到去年底，锡林浩特市集中了全盟近一半的律所，共13家，执业律师210名。")
    assert obs[("legal", "firms", 13)][1] == "锡林郭勒盟锡林浩特市"
    # (the share itself is of the whole, no observation)
    assert not any(k[1] == "party_member_share" for k in obs)


def test_the_largest_named_firm_then_what_it_has_is_one_firms():
    obs = observed("现有三家律所中，海洋律师事务所规模最大，有律师9名。")
    assert not any(k[1] == "practitioners" for k in obs)


def test_a_bare_year_end_after_a_past_year_is_that_years_state():
    text = (
        "2018年，县司法局党组推动有3名以上正式党员的律所单独组建党支部。到年底，全县有1家律所"
        "单独建立党支部，并成立了1个律师行业联合党支部，将其余两家律所纳入其中，"
        "律师行业党组织覆盖率达到100%。"
    )
    obs = observed(text, jurisdiction="舟山市嵊泗县", published=date(2019, 1, 20))
    assert obs[("legal", "firms_with_own_branch", 1)][2] == 2018
    assert ("legal", "joint_branches", 1) in obs
    assert ("legal", "firms_in_joint_branches", 2) in obs
    assert ("legal", "coverage_rate", 100) in obs
    # (到年底 of the year the text is in, before publication at its start: still a target)
    obs = observed("到年底，全县律所党组织覆盖率将达到100%。", published=date(2019, 3, 1))
    assert obs == {}


def test_a_span_opening_a_sentence_ends_at_the_texts_latest_date():
    text = (
        "截至2020年底，全区律师事务所达1062家。\n回看2015年底，全区律所党组织仅有310个。\n"
        "五年间，自治区律师行业党委累计举办律所党组织书记示范培训班21期。"
    )
    obs = observed(text, jurisdiction="广西壮族自治区", published=date(2021, 3, 5))
    assert obs[("legal", "training_sessions", 21)][2] == 2020
    assert obs[("legal", "party_organizations", 310)][2] == 2015


def test_practising_cpas_named_congye():
    obs = observed("会计行业方面，目前全市共有事务所127家，从业注册会计师1050余人，党员不足300名。")
    assert obs[("accounting", "practitioners", 1050)][0] == "lower_bound"


def test_people_a_training_reached_are_no_count_of_the_place():
    obs = observed("去年，市律师行业党委举办党员律师示范培训班2期，培训党员律师480人。")
    assert set(obs) == {("legal", "training_sessions", 2)}
    assert observed("去年，全市轮训党员律师480名。") == {}


def test_counties_by_short_name_after_a_county_level_city():
    doc = make_doc(
        "目前，金华市义乌市有律师事务所38家、执业律师620余名，东阳、永康两市党员律师分别为96名和88名。"
    )
    places = {o.value: o.jurisdiction for o in extract(doc).observations}
    assert places[96] == "金华市东阳市" and places[88] == "金华市永康市"


def test_places_counted_with_their_term_before_each_has():
    doc = make_doc("截至2018年底，泉州市惠安、安溪两县律师事务所各有11家。")
    places = sorted(o.jurisdiction for o in extract(doc).observations if o.value == 11)
    assert places == ["泉州市安溪县", "泉州市惠安县"]


def test_a_sectors_quoted_name_opens_the_noun_phrase_after_a_count():
    obs = observed(
        "2021年，全区有7个“两新”组织党组织、18名党员分别被评为区级先进基层党组织和优秀共产党员。"
    )
    assert ("other", "awarded_party_organizations", 7) in obs
    assert ("other", "awarded_party_members", 18) in obs


def test_firms_that_set_one_up_among_a_bounded_kind_are_the_kinds():
    obs = observed("分类型看，全县职工50人以上的非公企业312家，已建立党组织的296家。")
    assert obs == {}
    # (after an organization registered by law: the sector's)
    obs = observed(
        "2017年底，全市依法登记社会组织2912家，其中已建立党组织的1265家，党组织覆盖率为43.4%。"
    )
    assert ("social_org", "firms", 2912) in obs
    assert ("social_org", "firms_covered", 1265) in obs


def test_trades_named_by_their_cue_share_the_head_after_them():
    obs = observed(
        "截至2014年11月底，长春市共有律师事务所218家、律师3260人，公证处12家、公证员146人；"
        "律师、公证行业党员分别为980名和97名。"
    )
    assert ("legal", "party_members", 980) in obs
    assert ("notary", "party_members", 97) in obs
    assert not any(k[1] == "practitioners" and k[2] in (980, 97) for k in obs)


def test_the_regions_own_committee_awards_for_the_region():
    obs = observed(
        "广西律师行业党建。全区律师行业先后有6个党组织获得全国律师行业表彰；"
        "自治区律师行业党委累计表彰先进党组织210个。"
    )
    assert obs[("legal", "awarded_party_organizations", 210)][1] == "广西壮族自治区"


def test_spoken_qualifiers_before_a_count():
    obs = observed("截至2023年底，我们市现在有律师事务所一百九十多家，执业律师差不多两千六百人。")
    assert obs[("legal", "practitioners", 2600)][0] == "approximate"
    obs = observed("截至2023年底，全市律师4000人，党员律师1500人，大概占37%。")
    assert obs[("legal", "party_member_share", 37)][0] == "approximate"
    # (a guess asked is no statement)
    assert (
        observed("主持人：我记得五年前您来做节目的时候，全市党员律师大概是一千二百人左右？") == {}
    )


def test_another_sectors_list_after_respectively_restates_the_first():
    obs = observed(
        "2014年，受表彰的律师行业先进基层党组织、优秀共产党员、优秀党务工作者分别为九个、"
        "二十四名和六名，公证行业分别为三个、六名和两名。"
    )
    assert ("notary", "awarded_party_organizations", 3) in obs
    assert ("notary", "awarded_party_members", 6) in obs
    assert ("notary", "awarded_party_workers", 2) in obs
    assert ("legal", "awarded_party_members", 24) in obs


def test_a_committees_subordinate_branches_are_the_places():
    obs = observed(
        "目前，昆都仑区共有律师事务所27家。区律师行业党委现有下属党支部15个，其中单独党支部11个、"
        "联合党支部4个，15个党支部共覆盖律师事务所24家。"
    )
    assert ("legal", "party_branches", 15) in obs
    assert ("legal", "firms_covered", 24) in obs


def test_rates_of_the_places_a_sentence_ranks():
    obs = observed(
        "截至2022年底，安徽省社会组织党组织覆盖率排名前三的是合肥市、马鞍山市和铜陵市，"
        "分别为81.5%、79.3%和77.8%。"
    )
    assert obs[("social_org", "coverage_rate", 79.3)][1] == "马鞍山市"
    obs = observed(
        "截至2022年底，浙江省非公企业党组织覆盖率排名前三的设区市依次是湖州市（91.2%）、"
        "嘉兴市（90.6%）和舟山市（89.7%）。"
    )
    assert obs[("private_enterprise", "coverage_rate", 90.6)][1] == "嘉兴市"
    assert obs[("private_enterprise", "coverage_rate", 89.7)][1] == "舟山市"


def test_the_members_counted_right_after_their_share():
    obs = observed(
        "截至去年底，全市党员律师占执业律师总数的比例已达38.2%，人数为612名；同期全市共有执业律师1602名。"
    )
    assert ("legal", "party_members", 612) in obs
    obs = observed(
        "截至去年底，全区律师事务所共412家，汇聚了执业律师9860名；党员律师占比31.9%，计3146名。"
    )
    assert ("legal", "party_members", 3146) in obs
    assert ("legal", "practitioners", 9860) in obs


def test_a_financial_district_is_one_zone():
    obs = observed(
        "截至2024年底，浦东新区共有律所412家。仅陆家嘴金融城一地，就聚集了律所127家、党员律师1300余名。"
    )
    assert set(obs) == {("legal", "firms", 412)}


def test_a_dash_sets_off_a_figure_in_apposition():
    obs = observed(
        "截至去年底，全区律师事务所——共412家，约占全市律所总数的四分之一——汇聚了执业律师9860名。"
    )
    assert ("legal", "firms", 412) in obs
    assert ("legal", "practitioners", 9860) in obs
    assert len(obs) == 2


def test_a_figure_alone_in_brackets_after_its_noun():
    obs = observed("截至2018年底，全市共有律师事务所（156家），党组织覆盖率100%。")
    assert ("legal", "firms", 156) in obs
    # (an aside of parts after the figure stays an aside)
    obs = observed("截至2018年底，全市共有律师事务所156家（含分所8家）。")
    assert set(obs) == {("legal", "firms", 156)}


def test_places_named_as_examples_end_at_a_semicolon():
    obs = observed(
        "2012年，宝鸡市司法局组织党员律师赴延安、照金等地开展革命传统教育，参加人数达210人；"
        "命名第一批律师行业党建示范点6个，表彰优秀党员律师12名。"
    )
    assert obs[("legal", "demonstration_sites", 6)][1] == "宝鸡市"
    assert ("legal", "awarded_party_members", 12) in obs
    assert observed("北京、上海等地律所党组织覆盖率达100%。") == {}


def test_each_of_two_items_only_one_of_which_the_catalog_counts():
    obs = observed("截至2020年底，全县共有律师38名，其中，党员律师和党外律师各19名。")
    assert ("legal", "party_members", 19) in obs
    # (two catalog items each: which metric? none)
    assert observed("全市律师事务所和会计师事务所各12家。") == {}


def test_a_spoken_count_without_its_classifier():
    # speech drops the classifier of a round number said right after the people it counts
    got = observed(
        "梁伟：到去年底，我们市律所两百一十多家，律师四千出头，党员律师一千五百来人。"
        "全省律师接近六万。这位律师四十出头。全市律师4000，",
        published=date(2025, 3, 1),
        jurisdiction="佛山市",
    )
    assert got[("legal", "practitioners", 4000)][:3] == ("lower_bound", "佛山市", 2024)
    assert got[("legal", "practitioners", 60000)][0] == "approximate"
    assert ("legal", "practitioners", 40) not in got  # an age
    assert sum(k[1] == "practitioners" for k in got) == 2  # (律师4000: digits need a classifier)


def test_last_year_end_opening_a_clause_without_a_comma():
    got = observed("去年底广东省律师接近六万人。", published=date(2021, 3, 1))
    assert got[("legal", "practitioners", 60000)][:3] == ("approximate", "广东省", 2020)


def test_a_time_word_between_the_term_and_its_count():
    got = observed("株洲全市律师现在一千出头，律师事务所现有52家。", published=date(2024, 6, 1))
    assert got[("legal", "practitioners", 1000)][:3] == ("lower_bound", "株洲市", 2024)
    assert got[("legal", "firms", 52)][1] == "株洲市"


def test_a_respective_clause_naming_no_sector_pairs_with_the_list_before():
    got = observed(
        "截至2024年底，非公企业和社会组织党组织覆盖率分别达到35.6%和71.2%，"
        "较上年分别提高3.1个和5.4个百分点；党员人数分别为4230名和980名。"
    )
    assert ("private_enterprise", "party_members", 4230) in got
    assert ("social_org", "party_members", 980) in got
    assert ("social_org", "party_members", 4230) not in got


def test_the_whole_a_share_in_words_is_of():
    got = observed(
        "截至2020年10月底，福田区共有律师事务所386家，占全市1100余家律所的三分之一以上。"
        "全区党员律师412名，占全区律师1600余名的四分之一。"
    )
    assert got[("legal", "firms", 1100)][:2] == ("lower_bound", "深圳市")
    assert got[("legal", "practitioners", 1600)][:2] == ("lower_bound", "深圳市福田区")


def test_a_districts_members_as_a_share_of_the_citys_lawyers():
    got = observed("北京市律师3.5万名。朝阳区党员律师2000名，占全市律师的9.5%。")
    assert ("legal", "party_members", 2000) in got
    assert ("legal", "party_member_share", 9.5) not in got
    # (全市 of a county-level city's own text is that city)
    got = observed("义乌市律师1200名，全市党员律师360名，占全市律师的30%。")
    assert got[("legal", "party_member_share", 30)][1] == "金华市义乌市"


def test_a_place_ranked_first_then_its_count():
    got = observed("同期，奎文区律所数量居各县市区之首，共41家，其中建立党组织的38家。")
    assert got[("legal", "firms", 41)][1] == "潍坊市奎文区"
    assert ("legal", "firms_covered", 38) in got


def test_a_rate_said_with_emphasis():
    got = observed("全省共有会计师事务所1012家，深圳市会计师事务所党组织覆盖率更是达到92%。")
    assert got[("accounting", "coverage_rate", 92)][1] == "深圳市"


def test_years_listed_before_a_respective_list_date_its_figures_in_turn():
    got = observed(
        "2021年、2022年、2023年，全市律师事务所党组织覆盖率分别达到82.6%、90.3%和96.1%，"
        "三年提高13.5个百分点。",
        published=date(2024, 3, 1),
    )
    assert [got[("legal", "coverage_rate", v)][2] for v in (82.6, 90.3, 96.1)] == [
        2021,
        2022,
        2023,
    ]


def test_a_year_end_between_the_term_and_its_count():
    got = observed(
        "全省执业律师由2012年底的1.15万人增加到2017年底的2.1万余人，截至2021年底已达3.3万余人。"
        "全市党员律师2019年底为412名。",
        published=date(2022, 3, 1),
    )
    assert got[("legal", "practitioners", 33000)][:3] == ("lower_bound", None, 2021)
    assert got[("legal", "party_members", 412)][2] == 2019


def test_a_business_district_committee_speaks_for_that_one_district():
    got = observed(
        "截至2024年12月底，渝中区“两新”组织党组织1460个。解放碑商圈党委成立于2016年，"
        "现覆盖楼宇52栋、企业3100余家，党员2300多名。",
        jurisdiction="重庆市渝中区",
    )
    assert ("other", "party_organizations", 1460) in got
    assert not any(v in (3100, 2300) for _, _, v in got)


def test_the_zones_own_committee_after_the_zone_was_named():
    got = observed(
        "截至去年底，海宁市非公企业党组织1027个。\n海宁经济开发区是全市非公企业最密集的区域。"
        "开发区党工委探索“园区党委—片区联合党委—企业党支部”三级架构，目前区内入驻企业2100余家，"
        "建立党组织186个，党员1500余名。",
        published=date(2017, 2, 21),
    )
    assert ("private_enterprise", "party_organizations", 1027) in got
    assert not any(v in (2100, 186, 1500) for _, _, v in got)


def test_kinds_joined_before_a_park_word_name_no_one_unit():
    got = observed("在外卖配送领域，哈尔滨市依托配送站点和商圈建立党支部38个。")
    assert ("other", "party_branches", 38) in got


def test_a_park_where_a_clause_acts_scopes_only_that_clause():
    got = observed(
        "2020年，南康区新组建非公企业党组织48个，在家具产业园区和专业市场选派党建指导员136名；"
        "举办“两新”组织党组织书记培训班3期，培训460人次；命名区级“两新”组织党建示范点15个。",
        jurisdiction="赣州市南康区",
    )
    assert got[("other", "training_sessions", 3)][1] == "赣州市南康区"
    assert ("other", "demonstration_sites", 15) in got
    # (在苏州工业园区，…: a park that sets the scene speaks on)
    got = observed("在苏州工业园区，已有1300余家企业建立党组织。")
    assert got == {}


def test_the_county_level_city_a_prefecture_holds_is_the_texts_city():
    got = observed(
        "记者从宁波市所辖的慈溪市委组织部获悉，截至2014年底，慈溪市共有非公有制企业2.3万余家；"
        "全市非公企业党组织1768个。",
        title="慈溪：非公企业党建“扩面提质”",
    )
    assert got[("private_enterprise", "party_organizations", 1768)][1] == "宁波市慈溪市"


def test_the_notary_office_named_by_the_texts_short_name_is_one_office():
    got = observed(
        "截至2012年底，江宁区共有律师事务所42家。江宁公证处现有公证员18名，全年办理公证事项2.3万件。",
        jurisdiction="南京市江宁区",
    )
    assert ("legal", "firms", 42) in got
    assert ("notary", "practitioners", 18) not in got


def test_a_change_listing_its_figures_again_after_a_comma():
    got = observed(
        "律师事务所和执业律师分别由2016年底的1530家、2.9万人，增加到去年底的2180家、4.6万余人。",
        published=date(2021, 3, 1),
        jurisdiction="四川省",
    )
    assert got[("legal", "firms", 2180)][2] == 2020
    assert got[("legal", "practitioners", 46000)][:3] == ("lower_bound", "四川省", 2020)
    assert got[("legal", "practitioners", 29000)][2] == 2016


def test_list_marks_before_items_say_nothing():
    got = observed(
        "6月29日，柳州市律师行业党委对一年来全市律师行业涌现出的先进集体和先进个人进行表彰：\n"
        "①先进基层党组织8个；\n②优秀共产党员律师25名；\n③优秀党务工作者6名。\n"
        "▲全市律所96家，执业律师1148名。",
        published=date(2018, 7, 1),
        title="柳州律师行业“七一”表彰名单出炉！",
    )
    for metric, value in [
        ("awarded_party_organizations", 8),
        ("awarded_party_members", 25),
        ("awarded_party_workers", 6),
        ("firms", 96),
    ]:
        assert got[("legal", metric, value)][1] == "柳州市"


def test_a_rate_said_to_stand_at_a_level():
    got = observed("全区税务师事务所48家；税务师事务所党组织覆盖率在六成左右。")
    assert got[("other", "coverage_rate", 60)][0] == "approximate"


def test_figures_pointed_back_to():
    got = observed(
        "截至今年8月底，全市执业律师9126人、律师事务所489家，而2012年这两个数字分别只有2860人和186家。",
        published=date(2022, 9, 1),
    )
    assert got[("legal", "practitioners", 2860)][2] == 2012
    assert got[("legal", "firms", 186)][2] == 2012
    got = observed(
        "2022年底，全市非公企业党组织覆盖率为58.3%，社会组织党组织覆盖率为61.0%；"
        "2023年底，两项指标分别提高到63.5%和66.2%。"
    )
    assert got[("private_enterprise", "coverage_rate", 63.5)][2] == 2023
    assert got[("social_org", "coverage_rate", 66.2)][2] == 2023
    # (the figures a pointer counts must be as many as it says)
    got = observed("全市执业律师9126人，而2012年这两个数字分别只有2860人和186家。")
    assert ("legal", "firms", 186) not in got


def test_all_the_firms_framed_then_their_parts():
    got = observed(
        "截至2015年底，在615家律师事务所中，单独建立党支部（党总支）的有294家，参加联合党支部的有313家。",
        jurisdiction="吉林省",
    )
    assert set(got) == {
        ("legal", "firms", 615),
        ("legal", "firms_with_own_branch", 294),
        ("legal", "firms_in_joint_branches", 313),
    }


def test_a_figure_said_to_stand_at_a_level():
    got = observed("全省执业注册会计师六千余名，党员注册会计师总数在1500名左右。")
    assert got[("accounting", "party_members", 1500)][0] == "approximate"


def test_a_place_described_by_the_city_that_holds_it():
    got = observed(
        "分地区看，到2014年底，苏州市非公企业党组织1.46万个；无锡市代管的江阴市非公企业党组织1480个、"
        "党员2.1万名；清远市非公企业党组织不足900个，其代管的英德市非公企业党员1300多名；"
        "延边朝鲜族自治州州府延吉市非公企业党员1800多名。"
    )
    assert got[("private_enterprise", "party_organizations", 1480)][1] == "无锡市江阴市"
    assert got[("private_enterprise", "party_members", 21000)][1] == "无锡市江阴市"
    assert got[("private_enterprise", "party_members", 1300)][1] == "清远市英德市"
    assert got[("private_enterprise", "party_members", 1800)][1] == "延边朝鲜族自治州延吉市"


def test_spoken_shares_and_counts():
    got = observed(
        "他说：“到去年底，全县律师事务所十四家，执业律师一百二十多名，党员律师占了近五成。"
        "2015年那会儿，全县律所不过7家。”",
        published=date(2021, 5, 1),
        jurisdiction="赣州市于都县",
    )
    assert got[("legal", "party_member_share", 50)][:3] == ("approximate", "赣州市于都县", 2020)
    assert got[("legal", "firms", 7)][:3] == ("exact", "赣州市于都县", 2015)


def test_a_rate_then_a_colon_then_the_firms_behind_it():
    got = observed(
        "截至2020年底，于都县律所党组织覆盖率达到100%：9家律所建立了独立党支部，"
        "另外5家规模较小的律所组建了2个联合党支部。"
    )
    assert ("legal", "firms_with_own_branch", 9) in got
    assert ("legal", "firms_in_joint_branches", 5) in got


def test_inside_the_zone_just_named():
    got = observed(
        "截至2012年底，滨海新区非公企业党组织2100个。天津经济技术开发区是新区非公企业党组织最集中的"
        "功能区，区内外商投资企业和民营企业党组织达到780个，党组织覆盖率在75%以上。",
        jurisdiction="天津市滨海新区",
    )
    assert ("private_enterprise", "party_organizations", 2100) in got
    assert not any(k[1] == "coverage_rate" for k in got)


def test_this_figure_then_where_it_went():
    got = observed(
        "2013年，全区“两新”组织党组织增至186个。2016年，这一数字达到402个，党员4100余名。",
        jurisdiction="重庆市渝北区",
    )
    assert got[("other", "party_organizations", 402)][2] == 2016
    # (党员 with no sector word: the sector of the figure read before it)
    assert got[("other", "party_members", 4100)][:3] == ("lower_bound", "重庆市渝北区", 2016)


def test_a_subhead_or_lead_restating_the_figure_under_it():
    got = observed(
        "武汉社会组织党建持续扩大\n\n二、党员队伍：社会组织党员突破1.5万名\n\n"
        "截至2022年底，武汉市社会组织中共有党员15386名。\n\n三、示范引领：命名40个市级示范点\n\n"
        "2022年，市委组织部命名市级社会组织党建示范点40个。"
    )
    assert ("social_org", "party_members", 15000) not in got
    assert ("social_org", "party_members", 15386) in got
    assert ("social_org", "demonstration_sites", 40) in got
    sites = extract(
        make_doc(
            "三、示范引领：命名40个市级示范点\n\n2022年，武汉市委组织部命名市级社会组织党建示范点40个。"
        )
    ).observations
    assert [o.value for o in sites if o.metric == "demonstration_sites"] == [40]  # once
    got = observed(
        "郑州律师行业党建\n\n【导语】执业律师超过1.1万名、党员律师约占三分之一——郑州律师行业同步推进党的建设。\n\n"
        "截至去年底，郑州市执业律师1.17万名，其中党员律师3908名，占律师总数的33.4%。",
        published=date(2018, 4, 12),
    )
    assert set(got) == {
        ("legal", "practitioners", 11700),
        ("legal", "party_members", 3908),
        ("legal", "party_member_share", 33.4),
    }
    # (a list's labelled line is no subhead: 律师事务所：163家 stays)
    got = observed(
        "截至2025年3月底，全区共有：\n律师事务所：163家\n执业律师：2968人\n",
        jurisdiction="宁夏回族自治区",
    )
    assert ("legal", "firms", 163) in got


def test_a_share_among_a_group_the_catalog_does_not_count():
    got = observed(
        "全省注册会计师9870人。在各会计师事务所的合伙人中，党员注册会计师约占四分之一。"
        "在全市律师中，党员律师约占三分之一。"
    )
    assert ("accounting", "party_member_share", 25) not in got
    assert ("legal", "party_member_share", 33.33) in got


def test_firms_fit_for_a_branch_of_their_own_that_set_one_up():
    got = observed(
        "截至9月底，全市党员3名以上的11家律所单独建立了党支部；其余有党员的律所按区域组建联合党支部6个。",
        published=date(2012, 10, 16),
    )
    assert got[("legal", "firms_with_own_branch", 11)][2] == 2012
    assert observed("全市有3名以上党员的律所126家。") == {}  # (a bound that picks some out)


def test_the_level_then_compared_with_an_event_of_a_year():
    got = observed("全区党员律师1680多名，比2010年活动启动时的1190名增加了490名。")
    assert got[("legal", "party_members", 1190)][2] == 2010
    assert ("legal", "party_members", 490) not in got


def test_half_in_its_written_forms():
    got = observed(
        "截至2018年底，全区会计师事务所党组织覆盖率过半。2010年，全省律所党组织覆盖率近半。",
        jurisdiction="成都市武侯区",
    )
    assert got[("accounting", "coverage_rate", 50)][:3] == ("lower_bound", "成都市武侯区", 2018)
    assert find_numbers("请假超过半天的不予结业") == []  # (half a day: no share)


def test_the_share_of_those_of_a_kind_that_set_one_up():
    got = observed("全区社会组织中建立党组织的已经过半，全市律所中建立党组织的占92%。")
    assert got[("social_org", "coverage_rate", 50)][0] == "lower_bound"
    assert ("legal", "coverage_rate", 92) in got


def test_a_city_naming_the_district_after_it_is_no_scope():
    got = observed(
        "福田区是深圳律师事务所最为集中的区域。记者从深圳市福田区司法局了解到，截至今年6月底，"
        "辖区共有律师事务所近400家，执业律师超过9000名。",
        published=date(2018, 8, 10),
        title="福田区律师行业党建工作见闻",
    )
    assert got[("legal", "firms", 400)][1] == "深圳市福田区"
    assert got[("legal", "practitioners", 9000)][1] == "深圳市福田区"


def test_each_places_firms_that_set_one_up_after_their_totals():
    got = observed(
        "在县（市、区）层面，正定县、栾城区、藁城区非公企业分别有1860家、2430家、3105家，"
        "其中建立党组织的分别为312、405和517家。"
    )
    assert got[("private_enterprise", "firms_covered", 312)][1] == "石家庄市正定县"
    assert got[("private_enterprise", "firms_covered", 517)][1] == "石家庄市藁城区"
    assert not any(k[1] == "party_organizations" for k in got)


def test_a_term_then_its_dates_then_the_figures_in_turn():
    got = observed(
        "全省律师党员2012年、2017年、2021年分别为5200余名、9800余名和1.46万名，"
        "占执业律师总数的比例分别为24.3%、31.6%和38.2%。全区律所党组织覆盖率2015年、2016年、"
        "2017年分别为78.5、86.2和95.7%。",
        published=date(2022, 3, 1),
    )
    assert [got[("legal", "party_members", v)][2] for v in (5200, 9800, 14600)] == [
        2012,
        2017,
        2021,
    ]
    assert got[("legal", "party_member_share", 31.6)][2] == 2017
    assert [got[("legal", "coverage_rate", v)][2] for v in (78.5, 86.2, 95.7)] == [
        2015,
        2016,
        2017,
    ]


def test_a_percent_sign_after_the_last_of_a_list_only():
    got = observed("全市律所、社会组织党组织覆盖率分别为82.6、90.3%。")
    assert ("legal", "coverage_rate", 82.6) in got
    assert ("social_org", "coverage_rate", 90.3) in got


def test_a_year_typed_with_the_circle_for_zero():
    from partystats.numerals import arabic_years

    assert arabic_years("截至二○一一年十二月底") == "截至2011年十二月底"
    got = observed("截至二○一一年十二月底，全区非公企业党组织1050个。")
    assert got[("private_enterprise", "party_organizations", 1050)][2] == 2011


def test_the_trades_listed_then_counted():
    got = observed(
        "律师、公证、司法鉴定三个行业分别有党员2254名、97名、138名，分别比上年增长8.2%、3.1%和5.6%。"
    )
    assert set(got) == {
        ("legal", "party_members", 2254),
        ("notary", "party_members", 97),
        ("other", "party_members", 138),
    }


def test_a_county_level_word_after_a_verb_names_no_county():
    title = "三台县2019年政府工作报告"
    text = f"{title}\n建成县级公共法律服务中心1个。截至2018年底，全县共有律师事务所14家。"
    got = observed(text, title=title)
    assert got[("legal", "firms", 14)][1] == "绵阳市三台县"  # (not 陇南市成县)


def test_a_municipality_opening_its_sentence_is_its_own_quanshi():
    text = (
        "北京市律师协会召开会议。\n天津市还通报，截至2024年底全市16个区均已成立区级律师行业党委。"
    )
    assert observed(text)[("legal", "industry_party_committees", 16)][1] == "天津市"
    # (a municipality in an aside is no scope of the clause after)
    text = (
        "廊坊市律师行业党委通报，截至2024年底，全市共有律师事务所186家（其中北京律所在廊设立的"
        "分所31家）；全市律师行业党组织138个。"
    )
    assert observed(text)[("legal", "party_organizations", 138)][1] == "廊坊市"


def test_members_among_groups_listed_before_fenbie_are_each_groups_members():
    for text in (
        "截至2024年底，全市律师、公证员中党员分别为500名、30名。",
        "截至2024年底，全市律师、公证行业党员分别为500名、30名。",
    ):
        got = observed(text, jurisdiction="长沙市")
        assert {k for k in got if k[2] in (500, 30)} == {
            ("legal", "party_members", 500),
            ("notary", "party_members", 30),
        }


def test_party_members_among_a_chambers_members():
    got = observed(
        "截至2020年底，全市商会共建立党组织49个；全市商会共有党员会员636名。", jurisdiction="瑞安市"
    )
    assert ("social_org", "party_members", 636) in got


def test_one_thing_of_several_trades_counted_together_is_their_total():
    text = (
        "截至2016年6月底，隆回县执业律师、注册会计师、公证员共152人，"
        "其中执业律师106人、注册会计师38人、公证员8人。"
    )
    got = observed(text)
    assert ("other", "practitioners", 152) in got
    assert ("legal", "practitioners", 106) in got and ("notary", "practitioners", 8) in got
    # (kinds of one trade's organizations make no catalog whole: 党委、党总支共6个)
    assert not {k for k in observed("全市律所党委、党总支共6个。") if k[2] == 6}


def test_the_trades_listed_before_counted_again_as_a_group():
    text = (
        "截至2021年底，诸暨市律师事务所、会计师事务所、公证处分别有38家、21家、2家，"
        "律师、注册会计师、公证员分别有612名、186名、19名，三支队伍中的中共党员分别有198名、57名、"
        "11名。截至2021年底，三类机构共建立党组织42个，覆盖机构56家。"
    )
    got = observed(text)
    assert ("accounting", "party_members", 57) in got and ("notary", "party_members", 11) in got
    assert ("other", "party_organizations", 42) in got
    assert ("other", "firms_covered", 56) in got


def test_a_brief_headed_by_a_city_and_a_districts_short_name_is_that_districts():
    text = (
        "律师行业党建信息摘编\n\n沈阳和平：律所党组织体系完整\n"
        "截至2022年6月，和平区律师行业党委下辖律所党组织93个，其中党委4个。\n\n"
        "广州天河：评先树优激励律师党员担当作为\n截至2015年底，辖区律师事务所党支部已达118个。\n"
    )
    got = observed(text, published=date(2022, 7, 15))
    assert got[("legal", "party_organizations", 93)][1] == "沈阳市和平区"  # (not 天津市和平区)
    assert got[("legal", "party_branches", 118)][1] == "广州市天河区"


def test_briefs_led_by_a_city_and_a_districts_short_name_on_their_own_line():
    text = (
        "各地传真\n\n西安新城：截至2016年6月，新城区1862家非公有制企业中已有1247家建立党组织。\n\n"
        "呼和浩特新城：新城区社会组织党建工作起步于2013年。截至2016年6月，全区有社会组织326个。\n\n"
        "【北京朝阳】截至2022年底，朝阳区有律师事务所1200家。\n\n"
        "【长春朝阳】截至2022年底，朝阳区有律师事务所47家。\n\n"
        "沧州新华：商会党建激发新活力\n新华区工商联所属商会15个，已全部建立党组织。\n"
    )
    got = observed(text, published=date(2023, 3, 8))
    assert got[("social_org", "firms", 326)][1] == "呼和浩特市新城区"
    assert got[("legal", "firms", 1200)][1] == "北京市朝阳区"
    assert got[("legal", "firms", 47)][1] == "长春市朝阳区"
    assert got[("social_org", "firms", 15)][1] == "沧州市新华区"  # (not 石家庄市新华区)


def test_places_after_a_breakdown_by_kind_break_down_the_whole():
    text = (
        "截至2023年底，全省律师行业共有基层党组织1035个，按类型分，律师事务所党委14个、党总支26个、"
        "党支部995个，党支部中单独党支部731个、联合党支部264个；按地区分，长沙市412个、衡阳市78个。"
    )
    got = observed(text, jurisdiction="湖南省")
    assert got[("legal", "party_organizations", 412)][1] == "长沙市"
    assert ("legal", "joint_branches", 78) not in got


def test_a_lead_more_than_figure_is_the_detailed_level_within_its_step():
    text = (
        "11月15日，厦门市思明区召开新闻发布会。区司法局负责人介绍，辖区律所近200家，律师三千多名。"
        "截至2022年10月底，思明区共有律师事务所194家，执业律师3386名。"
    )
    got = observed(text, published=date(2022, 11, 16))
    assert ("legal", "practitioners", 3386) in got
    assert ("legal", "practitioners", 3000) not in got  # (三千多: 3000 to 4000, the same)


def test_shixian_you_is_no_now_and_a_plan_reaches_past_it():
    text = (
        "要力争用两年时间，实现有3名以上党员的社会组织党组织应建尽建，"
        "全市社会组织党组织覆盖率达到60%以上。"
    )
    assert ("social_org", "coverage_rate", 60) not in observed(text, jurisdiction="赣州市")


def test_a_figure_others_quoted_that_the_text_refutes_is_not_published():
    text = (
        "近日，有媒体在报道中引用“全省社会组织党组织覆盖率69.3%”一数据。经核实，该数据系将功能型"
        "党组织联系的社会组织一并计入所致，不符合组织覆盖的统计口径。"
    )
    assert ("social_org", "coverage_rate", 69.3) not in observed(text, jurisdiction="贵州省")


def test_where_the_clients_of_one_office_settled_is_no_scope():
    text = (
        "据介绍，该分所成立于2020年，主要为入驻海南自由贸易港的境内外企业提供涉外法律服务，"
        "现有执业律师46名，其中党员律师19名。"
    )
    assert observed(text, jurisdiction="海口市") == {}


def test_places_listed_right_after_the_term_they_break_down():
    for text in (
        "截至2024年底，党员律师分布上，南宁市2136人、柳州市587人、桂林市603人。",
        "截至2024年底，党员律师南宁市2136人、柳州市587人、桂林市603人。",
        "截至2024年底，分市看，党员律师较多的是南宁市2136人、柳州市587人、桂林市603人。",
    ):
        got = observed(text, jurisdiction="广西壮族自治区")
        assert got[("legal", "party_members", 2136)][1] == "南宁市"
        assert got[("legal", "party_members", 603)][1] == "桂林市"


def test_each_units_share_after_a_count_of_one_kind_of_firm_is_not_the_places():
    text = (
        "截至2024年底，城关区律所数量占全市的六成以上，其中执业律师百人以上的律所3家，"
        "党员律师占比均超过40%，而不少中小所只有一两名党员。"
    )
    assert ("legal", "party_member_share", 40) not in observed(text, jurisdiction="兰州市城关区")
    # (the place's own rates, each sector's: kept)
    text = "截至2016年6月底，全区12家律师事务所、7家会计师事务所党组织覆盖率均达到100%。"
    assert ("legal", "coverage_rate", 100) in observed(text, jurisdiction="张掖市甘州区")


def test_those_awarded_take_the_sector_their_quoted_title_names():
    text = (
        "2018年6月，决定对南康区华森家具有限公司党支部等12个非公企业党组织、南康区家具协会党支部等"
        "4个社会组织党组织予以表彰；授予钟国平等22名同志“非公企业优秀共产党员”称号，授予黄秀英等8名"
        "同志“社会组织优秀共产党员”称号。"
    )
    got = observed(text, jurisdiction="赣州市南康区")
    assert ("private_enterprise", "awarded_party_members", 22) in got
    assert ("social_org", "awarded_party_members", 8) in got


def test_a_posts_topic_tag_ends_a_clause():
    text = "#联合党支部# 全区单独建立党支部的律所42家；其余114家律所参加了19个联合党支部。"
    got = observed(text, jurisdiction="济南市历下区", published=date(2024, 5, 1))
    assert ("legal", "firms_with_own_branch", 42) in got
    assert ("legal", "firms_covered", 42) not in got


def test_a_numbered_section_headed_by_a_place_is_about_it():
    text = (
        "湖南省律师行业党建工作简报\n\n三、湘潭市岳塘区破解小所建党难题\n"
        "截至2012年底，辖区11家律所中，单独建立党支部的3家，参加联合党支部的8家。\n"
    )
    got = observed(text, title="湖南省律师行业党建工作简报")
    assert got[("legal", "firms", 11)][1] == "湘潭市岳塘区"


def test_trades_listed_under_one_hangye_are_counted_together():
    got = observed(
        "2024年，全年共举办律师、会计、公证行业党务干部培训班3期。", jurisdiction="神木市"
    )
    assert ("other", "training_sessions", 3) in got
    got = observed("截至2024年底，全市律师、公证行业共有党员500名。", jurisdiction="神木市")
    assert ("other", "party_members", 500) in got
    # (each trade's, by 各)
    got = observed("2020年，在律师、公证行业各评选出先进党组织5个。", jurisdiction="长沙市")
    assert ("other", "awarded_party_organizations", 5) not in got


def test_a_body_named_by_its_level_alone_is_the_places_not_a_firms():
    got = observed(
        "截至2024年底，阿克苏地区有律师事务所60余家，党员律师300多名；"
        "地区律师行业党委下设党组织50余个，律所党组织覆盖率达95%以上。"
    )
    assert got[("legal", "coverage_rate", 95)][1] == "阿克苏地区"


def test_the_city_whose_paper_filed_a_text_that_says_only_its_scope():
    got = observed(
        "会计行业党建：从“建起来”到“强起来”\n\n襄阳日报讯（记者 吴楠）记者从市财政局获悉，"
        "截至2023年底，全市共有会计师事务所43家，注册会计师612人。"
    )
    assert got[("accounting", "firms", 43)][1] == "襄阳市"
    # a region's paper: its 全区 is the region's when no district is named
    got = observed(
        "我区社会组织党建迈上新台阶\n\n内蒙古日报讯（记者 其其格）记者从自治区党委组织部获悉，"
        "全区社会组织党建工作迈上新台阶。\n\n到2012年底，全区共组建社会组织党组织1932个。"
    )
    assert got[("social_org", "party_organizations", 1932)][1] == "内蒙古自治区"


def test_a_month_end_opening_a_clause_without_a_comma():
    got = observed("答：9月底党员律师2418名，占32.1%。", published=date(2021, 10, 20))
    assert got[("legal", "party_members", 2418)][2] == 2021
    assert ("legal", "party_member_share", 32.1) in got


def test_spoken_totals_and_trainings():
    got = observed(
        "答：截至去年底，全区非公企业党组织一共2600个左右。全年办了4期支部书记培训班，培训党员律师600多人次。",
        published=date(2021, 3, 1),
        jurisdiction="佛山市南海区",
    )
    assert got[("private_enterprise", "party_organizations", 2600)][0] == "approximate"
    assert ("legal", "training_sessions", 4) in got


def test_a_change_with_a_comma_before_its_verb():
    got = observed(
        "黄志刚：党员律师从2014年的五百来人，增加到去年底的1870人。", published=date(2025, 3, 1)
    )
    assert got[("legal", "party_members", 500)][:3] == ("approximate", None, 2014)
    assert got[("legal", "party_members", 1870)][2] == 2024


def test_branches_set_up_in_a_manner_before_their_count():
    got = observed("成都市11家公证处单独建立了党支部，其余3家规模较小的公证处联合组建了1个党支部。")
    assert ("notary", "joint_branches", 1) in got
    assert ("notary", "party_branches", 1) not in got
    assert ("notary", "firms_in_joint_branches", 3) in got


def test_has_goes_on_with_the_date_set_in_the_paragraph_before():
    got = observed(
        "会议通报，截至去年底，全市共有律师事务所318家。\n全市律师行业现有党组织251个。\n目前全市有律所320家。",
        published=date(2021, 3, 10),
        jurisdiction="佛山市",
    )
    assert got[("legal", "party_organizations", 251)][2] == 2020
    assert got[("legal", "firms", 320)][2] == 2021  # (目前 says now)


def test_a_figure_after_two_sectors_joined_is_of_both():
    got = observed("全市“两新”组织共建立党组织1046个，覆盖非公企业和社会组织3870家，党员7300余名。")
    assert ("other", "party_members", 7300) in got
    assert ("social_org", "party_members", 7300) not in got


def test_a_notices_requirements_are_plans():
    got = observed(
        "通报要求，2018年全市要新建非公企业党组织200个以上，社会组织党组织覆盖率提高到65%。"
    )
    assert got == {}


def test_the_parts_after_a_change_compared_with_a_year_before_are_the_totals():
    got = observed(
        "截至2013年底，全县共有律师事务所12家、执业律师137名，较上年新增律师15名；"
        "其中党员律师46名，占执业律师总数的33.6%。"
    )
    assert ("legal", "party_members", 46) in got
    assert ("legal", "party_member_share", 33.6) in got
    assert observed("当年新增公证员43名，其中党员31名。") == {}  # (the new ones')


def test_firms_that_joined_a_branch_described_at_length():
    got = observed(
        "9家律所中，5家单独建立了党支部，另外四家参加了县司法局牵头组建的律师行业联合党支部。"
    )
    assert ("legal", "firms_in_joint_branches", 4) in got
    assert ("legal", "firms_with_own_branch", 5) in got


def test_a_run_on_sentence_reads_as_if_punctuated():
    raw = (
        "截至2024年5月底，全区共有律师事务所338家执业律师9120余人，其中党员律师2860余人约占三成，"
        "律所党组织126个其中党委3个党总支5个党支部118个。"
    )
    got = observed(raw, jurisdiction="广州市天河区")
    for key in [
        ("legal", "firms", 338),
        ("legal", "practitioners", 9120),
        ("legal", "party_members", 2860),
        ("legal", "party_member_share", 30),
        ("legal", "party_organizations", 126),
        ("legal", "party_committees", 3),
        ("legal", "general_branches", 5),
        ("legal", "party_branches", 118),
    ]:
        assert key in got
    assert got[("legal", "practitioners", 9120)][3] == "9120"  # offsets into the raw text hold
    doc = make_doc(raw, jurisdiction="广州市天河区")
    for o in extract(doc).observations:  # the evidence is the sentence as written
        assert "338家执业律师9120余人" in o.evidence
        assert "126个其中党委3个党总支5个" in o.evidence


def test_a_count_then_its_share_with_no_comma():
    got = observed("全市党员律师812人占全市执业律师总数的34.6%，较上年增加57人。")
    assert ("legal", "party_members", 812) in got
    assert ("legal", "party_member_share", 34.6) in got
    # a count with 的 after it picks a kind out: no comma goes there
    assert observed("律所逾330家，其中执业律师超过100人的律所17家。") == {
        ("legal", "firms", 330): ("lower_bound", None, None, "330")
    }


def test_places_listed_before_respectively_take_the_one_sector_their_clause_names():
    got = observed(
        "柳州市委两新工委介绍，全市非公企业党组织1870个，鱼峰区、柳北区非公企业党组织分别为312个和287个。"
    )
    assert got[("private_enterprise", "party_organizations", 312)][1] == "柳州市鱼峰区"
    assert ("other", "party_organizations", 287) not in got


def test_the_municipality_a_manifest_names_is_the_text_s_city():
    got = observed("截至2019年底，全市共有律师事务所849家。", jurisdiction="重庆市")
    assert got[("legal", "firms", 849)][1] == "重庆市"


def test_enterprises_joined_to_a_sector_make_a_figure_of_both():
    got = observed("全区“两新”组织党组织达3865个，覆盖企业和社会组织1.26万家。")
    assert ("other", "firms_covered", 12600) in got
    assert ("social_org", "firms_covered", 12600) not in got


def test_the_share_of_the_firms_just_counted_that_set_one_up_is_coverage():
    got = observed("全区社会组织612家，其中已建立党组织的约占三成。")
    assert got[("social_org", "coverage_rate", 30)][0] == "approximate"
    assert ("social_org", "coverage_rate", 30) not in observed(
        "全区社会组织612家，有党员的约占三成。"
    )


def test_a_level_compared_with_last_year_s_same_period():
    got = observed(
        "截至2023年12月底，全市执业律师1486人，较上年同期的1352人增加134人。",
        published=date(2024, 1, 30),
    )
    assert got[("legal", "practitioners", 1352)][2] == 2022
    assert ("legal", "practitioners", 134) not in got


def test_quoted_titles_listed_after_an_award_verb_are_all_awarded():
    got = observed("去年，市律师行业党委分两批评选出“红旗党支部”16个、“最美党员律师”12名。")
    assert ("legal", "awarded_party_organizations", 16) in got
    assert ("legal", "awarded_party_members", 12) in got


def test_the_rule_of_which_firms_set_up_which_branch_picks_out_no_sub_type():
    got = observed(
        "全市党员3人以上的律所单独建立党支部38个；"
        "党员不足3人的律所按照地域相近原则组建联合党支部9个，覆盖律所29家。"
    )
    assert ("legal", "standalone_branches", 38) in got
    assert ("legal", "joint_branches", 9) in got
    # the condition that does not fit the kind of branch stays a sub-type
    assert observed("全市党员不足3人的律所单独建立党支部38个。") == {}


def test_a_run_on_paragraph_with_dates_shares_and_scope_words():
    got = observed(
        "本报讯 记者日前从县司法局获悉截至今年11月底宜昌市有律师事务所近90家执业律师1100余人"
        "其中党员律师400多名占执业律师总数三成以上全市十四家律所单独建立了党支部"
        "另有四十余家律所参加联合党支部全市共组建律师行业联合党支部十二个。",
        published=date(2012, 12, 28),
    )
    assert got[("legal", "firms", 90)][:3] == ("approximate", "宜昌市", 2012)
    assert got[("legal", "party_member_share", 30)][0] == "lower_bound"
    assert ("legal", "firms_with_own_branch", 14) in got
    assert ("legal", "firms_in_joint_branches", 40) in got
    assert ("legal", "joint_branches", 12) in got
    # one firm described stays one firm: no comma goes after 的一家
    assert observed("区内规模最大的一家律所有律师326名、党员118名，已经成立了律所党委。") == {}


def test_a_series_goes_on_after_a_semicolon_with_its_subject_unsaid():
    got = observed(
        "2016年底，全国党员律师10.4万人，占律师总数的31.7%；2018年底增至14.4万人，占比34%。"
    )
    assert got[("legal", "party_members", 144000)][1:3] == ("全国", 2018)
    assert got[("legal", "party_member_share", 34)][2] == 2018


def test_a_park_s_rate_is_the_park_s():
    got = observed(
        "截至2024年底，浏阳市非公企业党组织覆盖率为78.6%，其中，浏阳经开区非公企业党组织覆盖率达到95%。"
    )
    assert ("private_enterprise", "coverage_rate", 78.6) in got
    assert ("private_enterprise", "coverage_rate", 95) not in got


def test_a_count_listed_after_yiji_and_firms_joining_for_a_reason():
    got = observed("大会表彰了公证行业先进党支部5个，以及公证行业优秀党务工作者8名。")
    assert ("notary", "awarded_party_workers", 8) in got
    got = observed(
        "全市共有公证处11家，其中8家单独建立党支部，"
        "另有3家公证处因党员人数较少，参加了所在县司法局组建的联合党支部。"
    )
    assert ("notary", "firms_in_joint_branches", 3) in got


def test_the_year_before_last_year_end():
    got = observed(
        "全市党员律师队伍不断壮大，去年底达到412名，较上年底的365名有明显增长。",
        published=date(2020, 1, 16),
    )
    assert got[("legal", "party_members", 412)][2] == 2019
    assert got[("legal", "party_members", 365)][2] == 2018


def test_a_county_level_city_its_city_holds_is_the_text_s_place():
    got = observed("4月11日，苏州市下辖的县级市昆山市委组织部介绍，全市非公企业党组织1480个。")
    assert got[("private_enterprise", "party_organizations", 1480)][1] == "苏州市昆山市"


def test_where_a_place_lies_is_no_scope_of_its_figures():
    got = observed(
        "宣威市地处云南省曲靖市北部目前全市共有非公有制企业6300余户社会组织近700个。",
        title="宣威市两新组织党建工作简介",
    )
    assert got[("private_enterprise", "firms", 6300)][:2] == ("lower_bound", "曲靖市宣威市")
    assert got[("social_org", "firms", 700)][1] == "曲靖市宣威市"


def test_a_run_on_clause_may_open_with_a_relative_clause():
    got = observed(
        "截至2020年底全市律师行业共有党组织231个单独建立党支部的律师事务所152家"
        "参加联合党支部的律师事务所134家律师事务所党组织覆盖率100%。"
    )
    assert ("legal", "party_organizations", 231) in got
    assert ("legal", "firms_with_own_branch", 152) in got
    assert ("legal", "firms_in_joint_branches", 134) in got


def test_a_threshold_count_before_a_rate_gets_no_comma():
    assert observed("全市仍有6家律所尚无党员，执业律师10人以下的律所占比达62%。") == {}


def test_kinds_of_firm_listed_in_a_title_name_no_one_firm():
    got = observed(
        "截至今年9月底，郑州市金水区共有会计师事务所86家。辖区注册会计师约1100人，其中党员312名。",
        title="金水区推进会计师事务所、税务师事务所党建全覆盖",
        published=date(2017, 11, 2),
    )
    assert ("accounting", "party_members", 312) in got


def test_the_qualifier_before_a_share_s_base_is_the_share_s():
    got = observed("全区党员注册会计师近900人，党员人数不到注册会计师总数的四成。")
    assert got[("accounting", "party_member_share", 40)][0] == "upper_bound"


def test_firms_counted_then_their_party_organizations_coverage():
    got = observed("截至2024年底，全市103家会计师事务所党的组织覆盖率达到100%。")
    assert ("accounting", "firms", 103) in got


def test_a_street_named_after_a_city_is_no_place():
    got = observed(
        "2020年，区委两新工委围绕南京西路等商圈楼宇，举办“两新”组织党组织书记示范培训班5期。",
        jurisdiction="上海市静安区",
    )
    assert got[("other", "training_sessions", 5)][1] == "上海市静安区"


def test_sites_given_their_plaque():
    got = observed(
        "会上，区委两新工委命名表彰区“两新”组织先进基层党组织50个，"
        "并为第三批15个区级“两新”组织党建示范点授牌。"
    )
    assert ("other", "demonstration_sites", 15) in got
    assert observed("大会为15个律所党支部授牌。") == {}  # (branches given a plaque: no award said)


def test_a_figure_put_right_later_replaces_the_one_said_before():
    raw = (
        "答：截至今年5月底，全市“两新”组织共有党组织6312个，党员8.7万余名。\n"
        "问：这个党员数比我们掌握的数据要高不少，是否有误？\n"
        "答：感谢提醒，这里更正一下，刚才是口误，“两新”组织党员应为7.8万余名。"
    )
    doc = make_doc(raw, published=date(2021, 6, 26), jurisdiction="绍兴市")
    x = extract(doc)
    members = {o.value for o in x.observations if o.metric == "party_members"}
    assert members == {78000}
    withdrawn = next(m for m in x.mentions if m.surface == "8.7万")
    assert withdrawn.observation_id is None and withdrawn.note  # kept, with why
    # a requirement with 应为 corrects nothing
    assert observed("全市律所党组织覆盖率应为100%。") == {}


def test_the_members_share_among_all_practitioners_of_a_place():
    got = observed("山东省公证行业党建综述。从各市情况看青岛市公证员中党员占比达71.5%居全省前列。")
    assert got[("notary", "party_member_share", 71.5)][1] == "青岛市"
    assert observed("全市青年律师中党员占比达25%。") == {}  # among a kind of them


def test_a_run_on_count_before_a_share_in_words():
    got = observed(
        "截至2022年底全省共有公证机构168家公证员1420名其中党员公证员近900名党员占比超过六成。",
        jurisdiction="山东省",
    )
    assert got[("notary", "party_members", 900)][0] == "approximate"
    assert got[("notary", "party_member_share", 60)][0] == "lower_bound"


def test_a_run_on_clause_ends_after_points_and_person_times():
    got = observed(
        "截至2017年底全市登记社会组织3826个党组织覆盖率31.8%较上年提高7.6个百分点"
        "全市社会组织党组织1102个。2017年全市开展社会组织党员教育培训3000余人次"
        "评选表彰社会组织优秀共产党员50名。",
        jurisdiction="绵阳市",
    )
    assert ("social_org", "party_organizations", 1102) in got
    assert ("social_org", "awarded_party_members", 50) in got
    assert ("social_org", "coverage_rate", 7.6) not in got


def test_places_a_bound_picked_out_then_each_place_s_figure():
    got = observed(
        "截至2024年底，全国执业律师约75万人。分地区看，律师人数超过4万人的有广东、北京、江苏三省市，"
        "其中广东省执业律师6.9万余人，北京市、江苏省分别为4.9万余人和4.6万余人。"
    )
    assert got[("legal", "practitioners", 69000)][1] == "广东省"
    assert got[("legal", "practitioners", 46000)][1] == "江苏省"
    assert ("legal", "practitioners", 40000) not in got


def test_firms_covered_by_a_means_after_their_count():
    got = observed(
        "在会计师事务所中，已建立党组织的63家，其中单独建立党支部的22家，通过联合党支部覆盖的41家。"
    )
    assert ("accounting", "firms_in_joint_branches", 41) in got
    got = observed(
        "到2022年底，全区非公有制企业3120家，通过单独组建、联合组建、挂靠组建等方式实现党组织覆盖的2046家。",
        published=date(2023, 1, 11),
    )
    assert ("private_enterprise", "firms_covered", 2046) in got


def test_a_past_year_opening_a_clause_after_a_plan_s_name_is_what_was_done():
    got = observed(
        "深入实施“八五”普法规划，2022年全县律师事务所发展到23家、执业律师217名。",
        published=date(2023, 1, 10),
    )
    assert ("legal", "firms", 23) in got
    got = observed("规划提出，到2020年全市律所发展到300家。", published=date(2023, 3, 1))
    assert got == {}  # a deadline, past or not, is the plan's


def test_a_ratio_per_head_is_no_total_of_the_parts_after_it():
    got = observed(
        "截至2018年底，全省共有律师事务所512家，执业律师5873名，每万人拥有律师2.2名；"
        "其中党员律师2140名，占律师总数的36.4%。"
    )
    assert ("legal", "party_members", 2140) in got
    assert ("legal", "party_member_share", 36.4) in got


def test_trades_listed_then_counted_pair_with_respectively():
    got = observed(
        "截至去年底，律师、注册会计师、公证三个行业的党员人数分别为3450名、1120名和496名。",
        published=date(2016, 3, 1),
        jurisdiction="湖南省",
    )
    assert ("legal", "party_members", 3450) in got
    assert ("accounting", "party_members", 1120) in got
    assert ("notary", "party_members", 496) in got


def test_a_space_before_the_percent_sign_and_a_footnote_mark_after_a_count():
    got = observed("全区非公有制企业2 316 家，党组织覆盖率 19.3 ％。")
    assert got[("private_enterprise", "coverage_rate", 19.3)][3] == "19.3"
    got = observed("全区登记注册的社会组织共1,486家①，社会组织中共有党员3 274名。")
    assert got[("social_org", "firms", 1486)][3] == "1,486"


def test_a_year_pointing_back_to_one_figure_dates_that_figure_only():
    got = observed(
        "截至2022年底，全市党员律师3760名，占律师总数的38.4%，而2012年这一数字还不到900名；"
        "全市律师行业共有党组织298个。",
        jurisdiction="长沙市",
    )
    assert got[("legal", "party_members", 900)][:3] == ("upper_bound", "长沙市", 2012)
    assert got[("legal", "party_organizations", 298)][2] == 2022


def test_a_subject_s_level_a_year_before_right_before_its_change():
    got = observed(
        "五年来，全国党员律师数量较2018年的13.6万名增长了85%。", published=date(2023, 6, 30)
    )
    assert got[("legal", "party_members", 136000)][1:3] == ("全国", 2018)
    assert ("legal", "party_member_share", 85) not in got


def test_who_led_or_what_a_body_was_set_up_around_is_no_sub_type():
    got = observed("此外，依托市民政局成立社会组织行业党委1个，统一领导全市性社会组织党建工作。")
    assert ("social_org", "industry_party_committees", 1) in got
    got = observed("全市围绕汽车、机械、螺蛳粉等产业链成立非公企业行业党委7个。")
    assert ("private_enterprise", "industry_party_committees", 7) in got
    got = observed("在已建立党组织的商会中，县工商联牵头组建商会联合党支部3个。")
    assert ("social_org", "joint_branches", 3) in got


def test_an_award_named_rank_then_sector_then_organization_before_its_count():
    got = observed("大会表彰了先进律师行业党组织10个、优秀党员律师30名。")
    assert ("legal", "awarded_party_organizations", 10) in got
    got = observed("同年，评选表彰优秀党员公证员9名、先进公证处党支部4个。")
    assert ("notary", "awarded_party_organizations", 4) in got


def test_run_on_firms_that_did_one_thing_then_another():
    got = observed(
        "同期云南省共有公证机构129家公证员512人全省129家公证机构中单独建立党支部的98家"
        "参加联合党支部的31家党组织覆盖率达到100%。"
    )
    assert ("notary", "firms_with_own_branch", 98) in got
    assert ("notary", "firms_in_joint_branches", 31) in got
    assert ("notary", "firms_in_joint_branches", 98) not in got


def test_people_counted_before_a_city_s_committee_are_no_places():
    got = observed("全市公证员中党员98名市律师行业党委成立于2017年。")
    assert ("legal", "industry_party_committees", 98) not in got
    assert ("notary", "party_members", 98) in got


def test_kinds_of_social_organization_listed_beside_each_other_are_parts():
    got = observed(
        "截至2019年底，全市登记社会组织5862家，按类型分，社会团体2315家，民办非企业单位3489家，基金会58家。",
        jurisdiction="合肥市",
    )
    assert set(got) == {("social_org", "firms", 5862)}
    # alone, the kind is counted as the sector's (what the annotators do)
    assert ("social_org", "firms", 3489) in observed("全市民办非企业单位3489家。")


def test_a_county_level_city_its_city_holds_named_after_a_comma():
    got = observed(
        "作为无锡市下辖的县级市，江阴市目前共有社会组织1260家。",
        title="江阴“两新”党建：从“有形覆盖”到“有效覆盖”",
    )
    assert got[("social_org", "firms", 1260)][1] == "无锡市江阴市"


def test_the_share_of_the_firms_just_counted_that_set_one_up_without_zhan():
    got = observed("社会组织方面，全市登记社会组织298个，建立党组织的不足三成。")
    assert got[("social_org", "coverage_rate", 30)][0] == "upper_bound"


def test_a_run_on_count_before_a_rate_that_rose():
    got = observed(
        "包头社会组织党组织达213个 非公企业党组织覆盖率提高到25.5%", published=date(2021, 1, 5)
    )
    assert ("private_enterprise", "coverage_rate", 25.5) in got
    assert ("social_org", "coverage_rate", 25.5) not in got


def test_a_colon_after_a_claim_is_no_label_of_a_count_that_names_its_noun():
    got = observed(
        "全市律所党组织实现应建尽建：291家律所单独建立党支部，另有125家律所共同组建联合党支部49个。"
    )
    assert ("legal", "firms_with_own_branch", 291) in got
    assert observed("律师事务所：1058家。") == {
        ("legal", "firms", 1058): ("exact", None, None, "1058")
    }


def test_a_label_value_list_with_units_in_the_labels_and_section_headings():
    raw = (
        "南康区“两新”组织党建工作基本情况\n（截至2019年12月31日）\n\n一、非公有制企业\n"
        "　　已建立党组织的企业（家）　1 157\n　　党组织总数（个）　　　　726\n\n"
        "二、社会组织\n　　社会组织总数（家）　　　398\n　　党组织覆盖率（％）　　　61.8\n"
    )
    got = observed(raw, jurisdiction="赣州市南康区")
    assert got[("private_enterprise", "party_organizations", 726)][2] == 2019
    assert ("private_enterprise", "firms_covered", 1157) in got
    assert ("social_org", "firms", 398) in got
    assert ("social_org", "coverage_rate", 61.8) in got
    # a figure whose label and heading name no sector stays out
    assert observed("基本情况\n党组织总数（个）　726\n") == {}


def test_colon_labels_under_a_bracketed_section_take_its_sector():
    raw = (
        "长兴县2019年“两新”组织党建工作数据一览\n\n分类数据如下（截至2019年12月31日）：\n\n"
        "【非公有制企业】\n已建立党组织的企业：1872家\n党组织覆盖率：19.4%\n党员：5386名\n\n"
        "【社会组织】\n党组织覆盖率：62.9%\n党员：1208名\n"
    )
    got = observed(raw, jurisdiction="湖州市长兴县")
    assert ("private_enterprise", "coverage_rate", 19.4) in got
    assert ("private_enterprise", "party_members", 5386) in got
    assert ("social_org", "party_members", 1208) in got
    assert not any(sector == "other" for sector, _, _ in got)


def test_a_section_heading_with_its_date_in_brackets_gives_its_lines_their_sector():
    raw = (
        "二、全省律师行业党建数据（截至2018年底）\n律师事务所：131家\n律师行业党组织：97个\n"
        "　单独建立党支部：71个\n　联合党支部：26个\n党组织覆盖率：99.2%\n"
    )
    got = observed(raw, jurisdiction="青海省")
    assert got[("legal", "standalone_branches", 71)][:3] == ("exact", "青海省", 2018)
    assert ("legal", "joint_branches", 26) in got
    assert ("legal", "coverage_rate", 99.2) in got


def test_a_label_line_naming_no_sector_takes_the_nearest_label_above_and_asides_date_nothing():
    raw = (
        "截至2024年底，金水区律师行业党建数据\n\n▶ 党员律师：103名（2019年底为58名）\n"
        "▶ 律所党组织：157个\n　 联合党支部：36个\n▶ 党组织覆盖率：100%\n"
    )
    got = observed(raw, jurisdiction="郑州市金水区")
    assert got[("legal", "joint_branches", 36)][2] == 2024
    assert got[("legal", "coverage_rate", 100)][2] == 2024
    assert got[("legal", "party_members", 58)][2] == 2019


def test_label_lines_with_no_colon_take_the_sector_of_the_label_above():
    raw = (
        "全区律师行业党建基本情况（截至2017年12月31日）\n律师事务所 171家\n"
        "律师行业党组织 143个\n其中：党委 2个\n党总支 5个\n单独党支部 89个\n联合党支部 47个\n"
    )
    got = observed(raw, jurisdiction="宁夏回族自治区")
    assert got[("legal", "general_branches", 5)][1:3] == ("宁夏回族自治区", 2017)
    assert ("legal", "joint_branches", 47) in got
    # (a line of prose above is no label: the sector is not carried over it)
    prose = "律师行业党组织 143个\n全区还组织开展培训。\n党总支 5个\n"
    assert ("legal", "general_branches", 5) not in observed(prose, jurisdiction="宁夏回族自治区")


def test_earlier_levels_in_an_aside_each_dated_or_after_the_year_compared():
    got = observed(
        "截至2023年底，全省共有律师事务所986家（2019年底742家、2021年底861家），"
        "执业律师12604人（上年末11875人，同比增长6.1%），"
        "其中党员律师4318人(2020年、2022年分别为2945人、3570人)。",
        jurisdiction="贵州省",
    )
    assert got[("legal", "firms", 742)][2] == 2019
    assert got[("legal", "firms", 861)][2] == 2021
    assert got[("legal", "practitioners", 11875)][2] == 2022
    assert got[("legal", "party_members", 2945)][2] == 2020
    assert got[("legal", "party_members", 3570)][2] == 2022
    assert got[("legal", "firms", 986)][2] == 2023  # (the asides date nothing after them)
    got = observed(
        "2015年底，全市律师事务所党组织达到34个，是2012年（13个）的2.6倍；"
        "党员律师186名，比2012年（97名）增加89名。",
        jurisdiction="铜仁市",
    )
    assert got[("legal", "party_organizations", 13)][2] == 2012
    assert got[("legal", "party_members", 97)][2] == 2012
    assert ("legal", "party_members", 89) not in got


def test_levels_at_dates_listed_after_a_figure_and_a_list_compared_that_grew_somewhat():
    got = observed(
        "截至2025年6月底，全市执业律师1415人，2023年底、2024年底分别为1286人、1372人，"
        "较去年同期增长5.2%。",
        jurisdiction="遵义市",
    )
    assert got[("legal", "practitioners", 1286)][2] == 2023
    assert got[("legal", "practitioners", 1372)][2] == 2024
    got = observed(
        "截至2021年6月底，全市共有律师事务所468家、执业律师6215人，"
        "分别比2020年底的451家、5987人有所增长。",
        jurisdiction="温州市",
    )
    assert got[("legal", "firms", 451)][2] == 2020
    assert got[("legal", "practitioners", 5987)][2] == 2020
    # (dates listed with figures of another kind than the one before: no levels of it)
    other = observed(
        "全市党组织覆盖率为92.1%，2023年底、2024年底分别为1286人、1372人。", jurisdiction="遵义市"
    )
    assert ("legal", "practitioners", 1286) not in other


def test_districts_each_in_its_clause_then_counted_before_their_rates():
    got = observed(
        "截至2019年底，全市共有律师事务所268家、执业律师4870名、党员律师1640名，从城区分布看，"
        "鼓楼区有律师事务所96家、执业律师2130名，台江区分别为41家、806名，"
        "仓山区分别为38家、652名，三个城区律师事务所党组织覆盖率分别为100%、95.1%和94.7%。",
        jurisdiction="福州市",
    )
    assert got[("legal", "firms", 41)][1] == "福州市台江区"
    assert got[("legal", "practitioners", 652)][1] == "福州市仓山区"
    assert got[("legal", "coverage_rate", 100)][1] == "福州市鼓楼区"
    assert got[("legal", "coverage_rate", 94.7)][1] == "福州市仓山区"
    assert ("legal", "firms", 3) not in got  # (三个城区律师事务所: districts counted, no firms)


def test_terms_listed_with_yiji_before_fenbie():
    got = observed(
        "截至2022年12月底，全区律师事务所、执业律师、律所党组织以及党组织覆盖的律师事务所数量"
        "分别为568家、9865名、329个、541家。",
        jurisdiction="宁夏回族自治区",
    )
    assert ("legal", "party_organizations", 329) in got
    assert got[("legal", "firms_covered", 541)][2] == 2022


def test_an_earlier_years_end_dates_its_paragraph_only_under_an_as_of_date():
    raw = (
        "历下区司法局发布一组律师行业党建数据（截至2023年6月底）。\n"
        "全区党员律师1320名，比2018年提高6.3个百分点。2018年底，全区党员律师为790名。\n"
        "全区律所党组织102个，其中党委4个、党总支6个、党支部92个。\n"
    )
    got = observed(raw, jurisdiction="济南市历下区")
    assert got[("legal", "party_members", 790)][2] == 2018
    assert got[("legal", "party_organizations", 102)][2] == 2023
    assert got[("legal", "party_branches", 92)][2] == 2023


def test_a_places_firms_and_lawyers_all_under_the_partys_care_are_all_there_are():
    got = observed(
        "截至2013年6月底，全市52家律师事务所、791名律师均已纳入党组织管理，其中单独建立党支部的律所"
        "31家，参加联合党支部的律所21家，全行业共有联合党支部7个，律师党员247名。",
        jurisdiction="嘉兴市",
    )
    assert got[("legal", "firms", 52)][2] == 2013
    assert ("legal", "practitioners", 791) in got
    assert ("legal", "firms_in_joint_branches", 21) in got
    # (some firms, unplaced, under it: no count of the place's)
    assert observed("今年又有9家律所纳入党组织管理。", jurisdiction="嘉兴市") == {}


def test_a_figure_restated_in_another_form_is_published_once_in_its_precise_form():
    got = observed(
        "截至2019年底，全省共有律师事务所近1900家（1893家），执业律师23968名（约2.4万名），"
        "党员律师较上年增加213名（二百余名）。",
        jurisdiction="四川省",
    )
    firms = {v for (_, m, v) in got if m == "firms"}
    practitioners = {v for (_, m, v) in got if m == "practitioners"}
    assert firms == {1893} and practitioners == {23968}
    assert got[("legal", "firms", 1893)][:3] == ("exact", "四川省", 2019)
    assert not any(m == "party_members" for (_, m, _) in got)  # (a change, restated)
    got = observed(
        "截至2024年底，全市共有律师事务所三百余家即312家，党员律师占比近四成，即37.8%。",
        jurisdiction="长沙市",
    )
    assert {v for (_, m, v) in got if m == "firms"} == {312}
    assert {v for (_, m, v) in got if m == "party_member_share"} == {37.8}


def test_an_errata_list_and_revised_figures_keep_only_the_right_values():
    raw = (
        "《浙江省律师行业发展报告（2018年度）》勘误表\n"
        "1. 第8页第2段\n原文：截至2018年底，全省共有律师事务所2176家、执业律师26481人。\n"
        "更正为：截至2018年底，全省共有律师事务所2186家、执业律师26481人。\n"
        "2. 第17页\n原文：2017年，省律师行业党委表彰优秀党员律师100名。\n"
        "更正为：2018年，省律师行业党委表彰优秀党员律师100名。\n"
    )
    got = observed(raw)
    assert {v for (_, m, v) in got if m == "firms"} == {2186}
    assert got[("legal", "practitioners", 26481)][2] == 2018
    assert got[("legal", "awarded_party_members", 100)][2] == 2018
    raw = (
        "关于更新2020年度全市律师行业党建统计数据的说明\n"
        "一、全市执业律师人数由14562人调整为14873人；"
        "党员律师人数由5210人调整为5318人。\n"
        "全市律师行业联合党支部由2014年底的189个调整为151个。\n"
    )
    got = observed(raw, jurisdiction="成都市")
    assert {v for (_, m, v) in got if m == "practitioners"} == {14873}
    assert {v for (_, m, v) in got if m == "party_members"} == {5318}
    assert got[("legal", "joint_branches", 189)][2] == 2014  # (a level of its own date)


def test_party_members_among_all_firm_staff_are_not_the_lawyers_own():
    got = observed(
        "截至2018年底，全市律师事务所共有党员870名，其中执业律师中的党员681名，占执业律师总数的"
        "28.8%；其余189名党员为律所的律师助理和行政人员。如按律所全体从业人员计算，党员占比为22.5%。",
        jurisdiction="太原市",
    )
    assert {v for (_, m, v) in got if m == "party_members"} == {681}
    assert {v for (_, m, v) in got if m == "party_member_share"} == {28.8}
    # (a share of the lawyers' members, in a sentence that also counts all the staff)
    got = observed(
        "全市律师、公证两支队伍共有从业人员1560人，其中律师党员318名、约占律师总数的39%。",
        jurisdiction="无锡市",
    )
    assert ("legal", "party_member_share", 39) in got


def test_a_speaker_putting_a_figure_right_keeps_only_the_right_one():
    got = observed(
        "嘉宾：截至2017年底，全省律师行业共建立党组织287个，其中律所党委十五个，不对，是5个；"
        "党总支9个；党支部273个。党员律师三十一名，哦不，三十四名。",
        jurisdiction="甘肃省",
    )
    assert {v for (_, m, v) in got if m == "party_committees"} == {5}
    assert {v for (_, m, v) in got if m == "party_members"} == {34}


def test_the_rest_of_a_total_said_to_be_a_kind_after_wei():
    got = observed(
        "截至2018年底，全市社会组织党组织共有486个。其中，社会组织党委9个、党总支14个。"
        "除此之外的463个均为党支部。",
        jurisdiction="宜昌市",
    )
    assert got[("social_org", "party_branches", 463)][2] == 2018
    # (how many of another group are of the kind: a part of the awarded, no count of branches)
    got = observed(
        "今年七一，县委表彰的先进基层党组织里，有2个是律所党支部。", jurisdiction="株洲市攸县"
    )
    assert ("legal", "party_branches", 2) not in got


def test_a_sentence_opening_on_the_parts_of_a_total_keeps_its_sector():
    got = observed(
        "截至2020年12月底，全省非公企业共建立党组织16847个，其中党委612个、党总支1035个、"
        "党支部15200个。党支部中，单独组建的9860个，联合组建的5340个。",
        jurisdiction="江西省",
    )
    assert got[("private_enterprise", "standalone_branches", 9860)][2] == 2020
    assert ("private_enterprise", "joint_branches", 5340) in got


def test_the_appraisal_trade_by_its_short_name_is_sector_other():
    got = observed(
        "截至2018年9月，五华区共有司法鉴定机构9家，执业司法鉴定人210名；区内已建立鉴定行业党组织5个，"
        "其中单独党支部3个、联合党支部2个。",
        jurisdiction="昆明市五华区",
    )
    assert got[("other", "party_organizations", 5)][1] == "昆明市五华区"
    assert ("other", "joint_branches", 2) in got


def test_one_units_members_after_a_clause_describing_it_with_a_scope_word():
    got = observed(
        "该联合党支部由县内4家规模较小、党员人数不足3名的律师事务所联合组建，现有党员律师9名。",
        jurisdiction="嘉兴市嘉善县",
    )
    assert ("legal", "party_members", 9) not in got
    # (the scope word in the figure's own clause: the place's count)
    got = observed("该联合党支部成立后，全县现有党员律师96名。", jurisdiction="嘉兴市嘉善县")
    assert ("legal", "party_members", 96) in got


def test_levels_compared_with_a_year_before_in_chinese_numerals():
    got = observed(
        "截至2016年11月底，全旗共有律师事务所十一家，执业律师86名，分别比2012年底的五家、41名增加了六家和45名。",
        published=date(2016, 12, 28),
    )
    assert got[("legal", "firms", 5)][2] == 2012
    assert got[("legal", "practitioners", 41)][2] == 2012
    assert ("legal", "firms", 6) not in got


def test_a_middle_dot_opening_a_list_line_is_a_bullet():
    raw = (
        "截至2016年12月底，全市律师行业党建基本数据：\n"
        "· 律师事务所：352家\n· 执业律师：5268人\n· 律所党组织：241个（其中，党委：3个；党支部：238个）\n"
    )
    got = observed(raw, jurisdiction="石家庄市")
    assert ("legal", "firms", 352) in got
    assert ("legal", "practitioners", 5268) in got
    assert ("legal", "party_branches", 238) in got


def test_a_level_kept_again_is_a_level():
    got = observed(
        "截至2023年底，全市律师事务所党组织覆盖率继续保持在100%。", jurisdiction="合肥市"
    )
    assert got[("legal", "coverage_rate", 100)][2] == 2023


def test_same_period_after_a_from_to_takes_the_date_it_reached():
    got = observed(
        "全区非公企业党组织覆盖率由2012年的40.2%提升到2020年底的78.5%，提高38.3个百分点。"
        "同期，全区社会组织党组织覆盖率达到82.6%，社会组织党员2.6万余名。",
        jurisdiction="广西壮族自治区",
        published=date(2021, 6, 25),
    )
    assert got[("social_org", "coverage_rate", 82.6)][2] == 2020
    assert got[("social_org", "party_members", 26000)][2] == 2020


def test_firms_that_set_one_up_among_a_counted_whole():
    got = observed(
        "截至2011年底，全市共有律师事务所23家；全市23家律所中已建立党组织的有19家，覆盖率为82.6%。",
        jurisdiction="乐清市",
    )
    assert got[("legal", "firms_covered", 19)][2] == 2011
    assert ("legal", "firms_covered", 23) not in got


def test_each_listed_starting_figure_of_a_change_is_dated_alike():
    got = observed(
        "全市律所和律师分别由2016年换届时的1530家、2.9万人，增加到去年底的2180家、4.6万余人。",
        published=date(2022, 3, 1),
    )
    assert got[("legal", "firms", 1530)][2] == got[("legal", "practitioners", 29000)][2] == 2016
    undated = observed(
        "全市律所和律师分别由86家、920名增加到152家、1630名。", published=date(2021, 3, 1)
    )
    assert undated[("legal", "practitioners", 920)][2] is None


def test_a_banner_is_named_like_a_county():
    got = observed(
        "截至2018年底，阿荣旗共有律师事务所12家。旗律师行业党委下设律所党支部九个，"
        "全旗律所党组织覆盖率为100%。评选表彰旗级优秀党员律师八名。",
        published=date(2019, 3, 1),
    )
    assert got[("legal", "party_branches", 9)][2] == 2018
    assert ("legal", "awarded_party_members", 8) in got


def test_towns_named_in_a_list_then_respectively_are_not_the_county():
    got = observed(
        "截至2012年底，长兴县非公企业党组织覆盖率为18.4%。和平镇、泗安镇两个工业重镇表现突出，"
        "非公企业党组织覆盖率分别达到32.6%和29.1%。",
        jurisdiction="湖州市长兴县",
    )
    assert ("private_enterprise", "coverage_rate", 18.4) in got
    assert ("private_enterprise", "coverage_rate", 32.6) not in got
    assert ("private_enterprise", "coverage_rate", 29.1) not in got


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("覆盖率只有五成左右", 50.0),
        ("覆盖率仅四成", 40.0),
        ("已有九成以上律所建立党组织", 90.0),
        ("覆盖率突破五成", 50.0),
        ("覆盖率四成出头", 40.0),
        ("占比由三成多提高到近四成", 30.0),
        ("党员律师占比大概三成", 30.0),
        ("全市有党组织的律所还不到一半", 50.0),
    ],
)
def test_tenths_and_halves_after_the_words_that_lead_to_them(text, value):
    assert [n.value for n in find_numbers(text)][0] == value


def test_a_bare_ten_thousand_or_thousand_with_yu_is_a_lower_bound():
    assert [n.value for n in find_numbers("执业律师万余人，律所千余家，三千余名")] == [
        10000,
        1000,
        3000,
    ]
    got = observed(
        "截至2015年底，全省共有律师事务所七百零九家，执业律师万余人。", jurisdiction="陕西省"
    )
    assert got[("legal", "practitioners", 10000)][0] == "lower_bound"
    assert find_numbers("投入资金万元") == []


def test_a_county_level_unit_the_province_directs_is_named_alone():
    got = observed(
        "截至2020年9月底，神农架林区全林区共有律师事务所4家、执业律师37名，其中党员律师19名。",
        published=date(2020, 10, 20),
    )
    assert got[("legal", "firms", 4)][1] == "神农架林区"  # not 湖北省神农架林区
    assert ("legal", "practitioners", 37) in got


def test_the_seat_of_a_league_or_prefecture_is_a_modifier():
    got = observed(
        "截至2012年底，锡林郭勒盟共有律师事务所27家。盟府所在地锡林浩特市有律所12家、律师118人。"
    )
    assert got[("legal", "firms", 12)][1] == "锡林郭勒盟锡林浩特市"


@pytest.mark.parametrize(
    "text",
    [
        "安徽皖衡律师事务所是霍山县成立最早的律师事务所，现有执业律师15名，其中党员律师12名。",
        "该所成立于1994年，总部位于乌鲁木齐市天山区，现有执业律师143名，其中党员律师67名。",
        "近年来，诸暨市公证处先后被评为“浙江省青年文明号”，1名公证员获评全省优秀共产党员。",
    ],
)
def test_a_firm_placed_or_described_by_its_place_keeps_its_figures(text):
    assert observed(text) == {}


def test_a_firm_named_short_after_its_full_name_is_one_firm():
    text = (
        "7月1日，安徽皖衡律师事务所党支部开展主题党日活动。\n"
        "皖衡所是霍山县成立最早的律所，现有执业律师15名，其中党员律师12名。\n"
        "截至2023年6月底，霍山县共有律师事务所5家、执业律师不足50名。"
    )
    got = observed(text)
    assert ("legal", "practitioners", 15) not in got
    assert got[("legal", "firms", 5)][1] == "六安市霍山县"


def test_a_term_then_one_level_a_year_in_a_chain_of_clauses():
    got = observed(
        "全市执业律师2016年为3120人，2017年为3480人，2018年达到3905人，2019年突破4300人，"
        "去年底已增至4762人。",
        jurisdiction="宁波市",
        published=date(2021, 2, 8),
    )
    years = {v: got[("legal", "practitioners", v)][2] for v in (3120, 3480, 3905, 4300, 4762)}
    assert years == {3120: 2016, 3480: 2017, 3905: 2018, 4300: 2019, 4762: 2020}
    assert got[("legal", "practitioners", 4300)][0] == "lower_bound"
    members = observed("全区两新组织党员2014年约1.2万名，2019年约1.9万名，2023年底已超过2.5万名。")
    assert members[("other", "party_members", 19000)][0:3:2] == ("approximate", 2019)


def test_a_respective_list_takes_the_years_of_a_span_after_it():
    got = observed(
        "近三年来，全市党员律师人数分别为986名、1132名和1307名（2018年至2020年）。",
        jurisdiction="重庆市",
        published=date(2022, 3, 18),
    )
    assert {v: got[("legal", "party_members", v)][2] for v in (986, 1132, 1307)} == {
        986: 2018,
        1132: 2019,
        1307: 2020,
    }


def test_a_respective_list_said_of_the_same_period_takes_the_levels_dates():
    got = observed(
        "区委组织部日前发布的数据显示，全区非公有制企业党组织覆盖率2013年为42.3%，2015年为58.7%，"
        "去年底达到81.2%；社会组织党组织覆盖率同期分别为35.0%、52.4%和76.5%。",
        jurisdiction="青岛市黄岛区",
        published=date(2018, 1, 25),
    )
    assert {v: got[("social_org", "coverage_rate", v)][2] for v in (35.0, 52.4, 76.5)} == {
        35.0: 2013,
        52.4: 2015,
        76.5: 2017,
    }


def test_dated_levels_listed_as_a_changes_start():
    got = observed(
        "全区律师行业党组织从2015年的386个、2017年的542个增加到2019年的693个。",
        jurisdiction="广西壮族自治区",
    )
    assert {v: got[("legal", "party_organizations", v)][2] for v in (386, 542, 693)} == {
        386: 2015,
        542: 2017,
        693: 2019,
    }


def test_firms_that_set_up_a_committee_or_a_general_branch_count_those():
    got = observed("截至2016年底，温州市已有16家行业协会商会建立党委。")
    assert ("social_org", "party_committees", 16) in got
    assert ("social_org", "firms_covered", 16) not in got
    got = observed(
        "截至2020年底，在1862家社会组织中，单独建立党支部的802家、单独建立党总支的17家。"
    )
    assert ("social_org", "general_branches", 17) in got
    # kinds mixed: no one count of either
    assert observed("截至2024年底，全区律所87家，另有5家律所分别成立了党委、党总支。").keys() == {
        ("legal", "firms", 87)
    }


def test_a_respective_list_takes_a_span_opening_it_or_years_listed_in_brackets():
    got = observed(
        "2018年至2020年，全市执业律师人数分别达到8960人、9820人和1.08万人，年均增长9.8%。",
        jurisdiction="武汉市",
    )
    assert [got[("legal", "practitioners", v)][2] for v in (8960, 9820, 10800)] == [
        2018,
        2019,
        2020,
    ]
    got = observed(
        "全区律师事务所数量分别为186家、243家和312家（2014年、2019年、2024年），"
        "执业律师分别为3100余名、4600余名和6800余名。",
        jurisdiction="重庆市渝中区",
    )
    assert [got[("legal", "firms", v)][2] for v in (186, 243, 312)] == [2014, 2019, 2024]
    assert got[("legal", "practitioners", 4600)][2] == 2019  # the years of the list before
    # places paired by 分别 keep the span's end
    places = observed("2019年至2020年，南京市、苏州市律所分别为120家、150家。")
    assert places[("legal", "firms", 150)][1:3] == ("苏州市", 2020)


def test_a_respective_list_takes_spans_written_with_a_dash_or_year_ends_and_a_lead():
    def years(text: str, metric: str, values: tuple[int, ...]) -> list[int]:
        got = observed(text, jurisdiction="天水市")
        return [got[("legal", metric, v)][2] for v in values]

    dashed = "2013—2015年，全市律师事务所分别为23家、26家、29家。"
    assert years(dashed, "firms", (23, 26, 29)) == [2013, 2014, 2015]
    ends = "2019年末至2021年末，全市律师行业党员人数分别为891人、986人、1093人。"
    assert years(ends, "party_members", (891, 986, 1093)) == [2019, 2020, 2021]
    led = "截至2022年、2023年、2024年底，全市律师事务所数量分别为389家、402家和418家。"
    assert years(led, "firms", (389, 402, 418)) == [2022, 2023, 2024]
    # a change over a span of year ends starts at the first
    change = "2015年底至2024年底，全市公证员由102名增至143名。"
    got = observed(change, jurisdiction="天水市")
    assert got[("notary", "practitioners", 102)][2] == 2015


def test_a_respective_list_takes_the_dates_of_the_sentence_before_in_its_paragraph():
    text = (
        "2012年至2014年，全区律师事务所分别为386家、402家、419家。"
        "全区律师中中共党员分别为1512人、1618人、1745人。"
    )
    got = observed(text, jurisdiction="内蒙古自治区")
    assert [got[("legal", "party_members", v)][2] for v in (1512, 1618, 1745)] == [
        2012,
        2013,
        2014,
    ]
    same_period = (
        "2016年底、2017年底、2018年底，全国律师事务所分别有2.8万多家、3万多家、3.1万多家。"
        "同期，全国律师行业党员分别为10.5万名、12.1万名、13.9万名，2018年底党员律师约占"
        "执业律师总数的32.9%。"
    )
    got = observed(same_period)
    assert got[("legal", "party_members", 121000)][2] == 2017
    # (a new paragraph does not look back)
    apart = text.replace("。全区", "。\n全区")
    assert ("legal", "party_members", 1618) not in observed(apart, jurisdiction="内蒙古自治区")


def test_the_coverage_of_what_organizations_do_is_no_organizational_coverage():
    raw = (
        "截至2022年底，全区社会组织1920个。全区“两新”组织党组织书记年度述职评议覆盖率达100%，"
        "社会组织党组织覆盖率达到86.5%。"
    )
    got = observed(raw, jurisdiction="佛山市顺德区")
    assert ("social_org", "coverage_rate", 86.5) in got
    assert ("other", "coverage_rate", 100) not in got and (
        "social_org",
        "coverage_rate",
        100,
    ) not in got


def test_a_part_larger_than_the_new_ones_before_it_is_a_part_of_the_total():
    raw = (
        "截至2019年底，全市共有律师事务所86家、执业律师1127名，全年新增执业律师103名；"
        "其中党员律师486名，占执业律师总数的43.1%。"
    )
    got = observed(raw, jurisdiction="株洲市")
    assert got[("legal", "party_members", 486)][2] == 2019
    assert ("legal", "party_member_share", 43.1) in got
    # (parts that fit the new ones are theirs: not the place's members)
    new_ones = observed(
        "截至2019年底，全市执业律师1127名，全年新增执业律师103名，其中党员律师46名。"
    )
    assert ("legal", "party_members", 46) not in new_ones


def test_tenths_opening_a_clause_with_a_qualifier_are_a_share():
    raw = "截至2014年底，全省执业公证员586名，其中党员公证员412名，七成左右的公证员是共产党员。"
    got = observed(raw, jurisdiction="福建省")
    assert got[("notary", "party_member_share", 70)][0] == "approximate"


def test_a_new_date_after_a_semicolon_ends_the_parts_under_qizhong():
    raw = (
        "2015年，金水区有律师事务所96家、执业律师1500余人，其中党员律师420人；截至2023年底，"
        "全区律师事务所增加到173家，执业律师4260人，党员律师1380人。"
    )
    got = observed(raw, jurisdiction="郑州市金水区")
    assert got[("legal", "practitioners", 4260)][2] == 2023


def test_branches_counted_after_gongyou_are_no_single_branchs_holdings():
    raw = "截至2022年底，全区非公企业联合党支部共有214个。该支部共有12名党员。"
    got = observed(raw, jurisdiction="贵阳市云岩区")
    assert ("private_enterprise", "joint_branches", 214) in got
    assert not any(value == 12 for _, _, value in got)  # one branch's members


def test_a_topic_clause_names_what_the_places_figure_after_it_is():
    raw = "截至2018年底，全省共有律师事务所2736家。党员律师占比方面，徐州市达到43.7%，居全省首位。"
    got = observed(raw, jurisdiction="江苏省")
    assert got[("legal", "party_member_share", 43.7)][1] == "徐州市"


def test_places_counted_point_back_to_a_list_of_as_many_in_the_sentence():
    raw = (
        "截至2023年底，深圳、广州两市执业律师分别达到2.21万名和2.15万名，深圳首次超越广州，"
        "跃居全省第一；两市党员律师分别为5930名、6480名。"
    )
    got = observed(raw, jurisdiction="广东省")
    assert got[("legal", "party_members", 5930)][1] == "深圳市"
    assert got[("legal", "party_members", 6480)][1] == "广州市"


def test_a_past_year_opening_a_speakers_turn_dates_the_paragraph():
    raw = (
        "记者：去年疫情期间，律师党员发挥了哪些作用？\n"
        "陈立群：去年，全市律师党员带头参与“三服务”活动。市律协党委评选出党建示范点15个，"
        "表彰优秀党员律师50名。\n"
    )
    got = observed(raw, jurisdiction="宁波市", published=date(2021, 6, 28))
    assert got[("legal", "demonstration_sites", 15)][2] == 2020
    assert got[("legal", "awarded_party_members", 50)][2] == 2020


def test_places_rates_after_a_clause_that_says_they_are_higher():
    raw = (
        "截至2023年底，长沙市社会组织党组织覆盖率为70.2%。分区县看，芙蓉区、岳麓区社会组织"
        "党组织覆盖率较高，分别为78.3%和75.6%。"
    )
    got = observed(raw, jurisdiction="长沙市")
    assert got[("social_org", "coverage_rate", 78.3)][1] == "长沙市芙蓉区"
    assert got[("social_org", "coverage_rate", 75.6)][1] == "长沙市岳麓区"


def test_where_branches_were_set_up_by_relying_on_kinds_of_units_is_no_sub_type():
    raw = "截至2021年底，全区非公企业党组织1124个；依托商务楼宇和专业市场建立联合党支部136个。"
    got = observed(raw, jurisdiction="西安市雁塔区")
    assert got[("private_enterprise", "joint_branches", 136)][1] == "西安市雁塔区"


def test_the_year_before_counts_back_from_the_year_its_paragraph_gave():
    raw = (
        "【社会组织党建】2022年，全市社会组织党建工作稳步推进。年末，全市登记社会组织超过6100个。"
        "社会组织党员由上年末的5870名增至6420名。\n"
    )
    got = observed(raw, jurisdiction="哈尔滨市", published=date(2023, 10, 10))
    assert got[("social_org", "party_members", 5870)][2] == 2021
    assert got[("social_org", "party_members", 6420)][2] == 2022


def test_the_level_a_figure_is_compared_with_is_published_with_its_year():
    raw = (
        "截至2017年底，全国律师党员达14.3万人。与2010年的6.1万名律师党员相比，七年间增长了一倍多。"
    )
    got = observed(raw)
    assert got[("legal", "party_members", 61000)][1:3] == ("全国", 2010)


def test_where_a_sectors_sites_were_set_up_names_no_sector():
    raw = "2014年，西宁市在商务楼宇和城市社区确定了8个社会组织党建示范点。"
    got = observed(raw)
    assert got[("social_org", "demonstration_sites", 8)][1:3] == ("西宁市", 2014)


def test_firms_someone_visited_are_no_count_of_the_place():
    raw = (
        "截至2020年底，全市律师事务所120家。市委组织部组成联合调研组，走访律师事务所、公证处和"
        "会计师事务所四十余家，召开座谈会六场。"
    )
    got = observed(raw, jurisdiction="哈尔滨市")
    assert set(got) == {("legal", "firms", 120)}


def test_the_citys_average_a_county_is_compared_with_is_the_citys_rate():
    raw = (
        "在海盐县“两新”组织党建工作会议上的讲话\n去年底，我县非公企业党组织覆盖率为67.3%，"
        "比嘉兴全市平均水平71.5%低了4.2个百分点。"
    )
    got = observed(raw, jurisdiction="嘉兴市海盐县", published=date(2016, 3, 24))
    assert got[("private_enterprise", "coverage_rate", 67.3)][1] == "嘉兴市海盐县"
    assert got[("private_enterprise", "coverage_rate", 71.5)][1:3] == ("嘉兴市", 2015)


def test_a_rate_said_again_of_another_sector_after_er():
    raw = "截至2022年底，全市律所党组织覆盖率已达96.4%，而会计师事务所只有58.7%。"
    got = observed(raw, jurisdiction="宜宾市")
    assert got[("accounting", "coverage_rate", 58.7)][1:3] == ("宜宾市", 2022)


def test_a_part_by_place_whose_name_opens_with_the_last_character_of_qizhong():
    raw = "截至2020年底，大连市律师事务所318家（其中中山区71家、甘井子区58家）。"
    got = observed(raw)
    assert got[("legal", "firms", 71)][1] == "大连市中山区"


def test_parts_by_place_of_totals_listed_together_take_each_its_own_kind():
    # each place's firms and lawyers, in the order of the totals before 其中
    raw = (
        "截至2019年底，全省共有律师事务所5620家、执业律师6.8万余人，其中南京市2403家、2.9万余人，"
        "苏州市2086家、2.5万余人。"
    )
    got = observed(raw, jurisdiction="江苏省")
    assert got[("legal", "firms", 2403)][1] == "南京市"
    assert got[("legal", "practitioners", 29000)][:2] == ("lower_bound", "南京市")
    assert got[("legal", "practitioners", 25000)][1] == "苏州市"
    # a second count of the same kind names no place: no part of anything
    got = observed("全省共有律师事务所5620家、执业律师6.8万人，其中南京市2403家、1200家。")
    assert ("legal", "firms", 1200) not in got


def test_places_counted_all_together_are_no_one_places_and_their_parts_are_each_places():
    raw = (
        "截至2019年9月底，三省共有律师事务所5620家、执业律师6.8万余人，其中江苏2403家、2.9万余人，"
        "浙江2086家、2.5万余人，安徽1131家、1.4万余人。"
    )
    got = observed(raw, jurisdiction="芜湖市")
    assert got[("legal", "firms", 5620)][1] is None
    assert got[("legal", "practitioners", 68000)][:2] == ("lower_bound", None)
    assert got[("legal", "firms", 2403)][1] == "江苏省"
    assert got[("legal", "practitioners", 14000)][1] == "安徽省"
    got = observed("截至2020年底，重庆、成都两地律师总数超过3.1万名。", jurisdiction="重庆市")
    assert got[("legal", "practitioners", 31000)][:2] == ("lower_bound", None)
    # each place's, not all together: no count of theirs, and a place's own name is no pointer
    got = observed("2023年底，广东、北京、江苏三省市律师人数超过5万人。", jurisdiction="全国")
    assert ("legal", "practitioners", 50000) not in got
    got = observed("同期，二七区律所党组织覆盖率为91.5%。", jurisdiction="郑州市")
    assert got[("legal", "coverage_rate", 91.5)][1] == "郑州市二七区"


def test_a_figure_past_a_breakdown_by_place_is_the_wholes_again():
    raw = (
        "截至2012年6月底，全区共有律师事务所186家，其中呼和浩特市78家、包头市59家、鄂尔多斯市49家，"
        "执业律师2264名，其中党员律师608名。"
    )
    got = observed(raw, jurisdiction="内蒙古自治区")
    assert got[("legal", "firms", 49)][1] == "鄂尔多斯市"
    assert got[("legal", "practitioners", 2264)][1] == "内蒙古自治区"
    assert got[("legal", "party_members", 608)][1] == "内蒙古自治区"


def test_a_text_about_places_counted_together_has_no_place_of_its_own():
    raw = (
        "呼和浩特、包头、鄂尔多斯三市司法局推进律师、公证行业党建工作。截至2012年6月底，三市共有"
        "律师事务所186家，其中呼和浩特市78家、包头市59家、鄂尔多斯市49家，执业律师2264名；三市"
        "共有公证处21家，其中党员公证员97名。包头市党员律师276人，占35.4%。三市律师行业共建立党支部97个，"
        "党员律师占比近四成。"
    )
    got = observed(raw, title="呼包鄂三市律师公证行业党建工作情况")
    assert got[("legal", "firms", 78)][1] == "呼和浩特市"
    assert got[("legal", "practitioners", 2264)][1] is None
    assert got[("notary", "party_members", 97)][1] is None
    assert got[("legal", "party_branches", 97)][1] is None
    # (near 40% of the places together rounds no one city's 35.4%)
    assert got[("legal", "party_member_share", 40)][1] is None


def test_a_places_figures_after_fenbie_pair_with_the_totals_listed_before_qizhong():
    raw = (
        "截至2023年底，长沙、株洲、湘潭三市共登记社会组织1.52万个，建立党组织3120个，其中长沙市分别"
        "为8460个、1785个，株洲市分别为3920个、752个。"
    )
    got = observed(raw, jurisdiction="湖南省")
    assert got[("social_org", "firms", 8460)][1] == "长沙市"
    assert got[("social_org", "party_organizations", 1785)][1] == "长沙市"
    assert ("social_org", "party_organizations", 8460) not in got
    assert got[("social_org", "party_organizations", 752)][1] == "株洲市"


def test_sectors_sharing_a_work_coverage_rate_after_fenbie_publish_none():
    raw = (
        "截至2016年6月底，全省共有社会组织1.18万个，其中5200个已建立党组织，党组织覆盖率为44.1%；"
        "社会组织中共有党员1.4万名。非公有制企业和社会组织党的工作覆盖率分别达到82%和86%。"
    )
    got = observed(raw, jurisdiction="甘肃省")
    assert ("social_org", "coverage_rate", 44.1) in got
    assert ("private_enterprise", "coverage_rate", 82) not in got
    assert ("social_org", "coverage_rate", 86) not in got


def test_a_letters_writer_and_reader_are_no_place_and_one_person_described_is_no_count():
    got = observed(
        "我是一名在武侯区执业的律师，也是一名党员，所在的律所只有6名律师、2名党员。"
        "您好！贵企业目前有2名党员，建议纳入联合党支部管理。全区党员律师1200名。",
        jurisdiction="成都市武侯区",
    )
    assert list(got) == [("legal", "party_members", 1200)]


def test_shares_among_people_by_role_and_parts_of_representatives_are_not_published():
    raw = (
        "截至2018年底，全省党员律师5200名。全省律师事务所主任中，党员占比超过半数。"
        "在新一届市人大代表、市政协委员中，“两新”组织代表人士有143名，其中律师9名、注册会计师4名。"
    )
    got = observed(raw, jurisdiction="河南省")
    assert list(got) == [("legal", "party_members", 5200)]


def test_units_one_level_of_government_runs_are_not_all_the_places():
    got = observed("截至2023年末，全市公证处6家。注：全市公证处中，市级公证处1家、县级公证处5家。")
    assert list(got) == [("notary", "firms", 6)]


def test_a_regions_places_together_and_a_places_own_subdivisions_counted():
    got = observed("截至2017年6月底，京津冀三地共有执业律师4.7万余名，其中党员律师1.6万余名。")
    assert got[("legal", "practitioners", 47000)][1] is None
    assert got[("legal", "party_members", 16000)][1] is None
    got = observed("截至2013年底，武汉城市圈9市共有非公有制企业6.42万家。", jurisdiction="湖北省")
    assert got[("private_enterprise", "firms", 64200)][1] is None
    # a change of them all (each's would say 均 or 分别)
    got = observed("五市党员律师由2020年底的5120名增加到2024年底的6840名。", jurisdiction="山东省")
    assert got[("legal", "party_members", 6840)][1:3] == (None, 2024)
    # all of one place's subdivisions together are that place
    raw = "截至2024年底，内蒙古自治区12个盟市共有律师事务所612家；全州8个县市共有公证处9家。"
    got = observed(raw)
    assert got[("legal", "firms", 612)][1] == "内蒙古自治区"
    got = observed(
        "截至2018年末，全州15个省级以上开发区共入驻企业2140家。", jurisdiction="延边朝鲜族自治州"
    )
    assert all(v[1] == "延边朝鲜族自治州" for v in got.values())


def test_what_one_body_just_set_up_has_under_it_is_no_places():
    raw = (
        "截至2021年底，全区非公企业共建立党组织496个。依托成都现代工业港建立园区综合党委，下设党支部"
        "38个，覆盖入园企业410家、党员560余名。我们所2019年成立党委，下设7个党支部。"
        "区委社会工作部牵头成立区社会组织综合党委，下设党支部317个。"
    )
    got = observed(raw, jurisdiction="成都市郫都区")
    assert set(got) == {
        ("private_enterprise", "party_organizations", 496),
        ("social_org", "party_branches", 317),
    }


def test_an_items_number_right_before_its_year_is_no_decimal():
    raw = "（一）律师工作\n2.2023年末全市党员律师512人，占执业律师的37.8%。\n3.2023年末全市律师行业党组织58个。"
    got = observed(raw, jurisdiction="包头市")
    assert got[("legal", "party_members", 512)][2] == 2023
    assert got[("legal", "party_organizations", 58)][2] == 2023


def test_a_lead_ins_year_dates_the_numbered_list_after_it():
    raw = (
        "现将2015年度全市律师和公证行业统计情况公布如下：\n1.律师事务所178家，比上年增加11家。\n"
        "2.执业律师2960人。\n"
    )
    got = observed(raw, jurisdiction="长春市", published=date(2016, 2, 24))
    assert got[("legal", "firms", 178)][2] == 2015
    assert got[("legal", "practitioners", 2960)][2] == 2015


def test_firms_without_a_branch_of_their_own_all_joining_joint_ones():
    raw = (
        "截至2024年底，律所党组织共61个，包括单独党支部39个和联合党支部22个，没有单独建立党组织的"
        "54家律所全部纳入联合党支部；未单独建支部的律所由指导员联系。"
    )
    got = observed(raw, jurisdiction="重庆市渝北区")
    assert ("legal", "firms_in_joint_branches", 54) in got
    assert ("legal", "firms_with_own_branch", 54) not in got


def test_a_yearbook_entry_headed_by_one_firms_name_is_about_that_firm():
    raw = (
        "【律师工作】2022年末，全区有律师事务所56家、执业律师1180名。\n"
        "【甘肃陇源正和律师事务所】该所成立于2003年，位于兰州市城关区。2022年末，有执业律师126名，"
        "其中党员律师58名。\n"
    )
    got = observed(raw, jurisdiction="兰州市城关区")
    assert set(got) == {("legal", "firms", 56), ("legal", "practitioners", 1180)}


def test_lawyers_counted_together_with_another_kind_of_people_are_no_practitioners():
    raw = "截至2023年底，全省执业律师4.2万名；1.9万名律师和基层法律服务工作者担任村（居）法律顾问。"
    got = observed(raw, jurisdiction="河北省")
    assert set(got) == {("legal", "practitioners", 42000)}


def test_firms_counted_in_the_statistics_are_all_of_them():
    raw = "截至2013年底，全省纳入党建工作统计的非公有制企业1.24万家，其中已建立党组织的6820家。"
    got = observed(raw, jurisdiction="甘肃省")
    assert ("private_enterprise", "firms", 12400) in got
    assert ("private_enterprise", "firms_covered", 6820) in got


def test_earlier_levels_in_an_aside_are_those_of_the_figures_before_it():
    raw = (
        "2024年底，全省党员律师9104名，占执业律师的37.0%，高于全国约31%的平均水平（2019年底分别为"
        "5318名和35.0%）；全省律所党组织1432个。截至2019年底，全省共有党员律师1.32万名，约占执业律师"
        "总数的27.2%（2015年底仅7,600余名）。"
    )
    got = observed(raw, jurisdiction="湖南省")
    assert got[("legal", "party_members", 5318)][:3] == ("exact", "湖南省", 2019)
    assert got[("legal", "party_member_share", 35.0)][1:3] == ("湖南省", 2019)
    assert (
        got[("legal", "party_organizations", 1432)][2] == 2024
    )  # the aside dates nothing after it
    assert got[("legal", "party_members", 7600)][:3] == ("lower_bound", "湖南省", 2015)


def test_a_place_opening_its_part_stands_beside_the_figure_opening_the_part_before():
    raw = (
        "截至2021年12月底，全省律师行业共建立党组织1392个，其中杭州市402个，含单独党支部318个、"
        "联合党支部84个；宁波市196个，含单独党支部151个、联合党支部45个。"
    )
    got = observed(raw, jurisdiction="浙江省")
    assert got[("legal", "party_organizations", 196)][1] == "宁波市"
    assert ("legal", "joint_branches", 196) not in got
    assert got[("legal", "joint_branches", 45)][1] == "宁波市"


def test_a_ratio_compared_with_another_sectors_is_that_sectors():
    raw = (
        "截至2016年底，全省党员注册会计师2418名，占注册会计师总数的26.2%，这一比例比全省律师行业的"
        "31.4%低5.2个百分点。"
    )
    got = observed(raw, jurisdiction="浙江省")
    assert got[("legal", "party_member_share", 31.4)][1] == "浙江省"
    assert ("accounting", "party_member_share", 31.4) not in got


def test_bookkeeping_agencies_are_firms_of_sector_other():
    raw = "截至去年底，全省代理记账机构达1.86万家；全省代理记账行业已建立党组织972个。"
    got = observed(raw, jurisdiction="山东省", published=date(2023, 3, 1))
    assert got[("other", "firms", 18600)][:3] == ("exact", "山东省", 2022)
    assert ("other", "party_organizations", 972) in got


def test_joint_branches_merged_away_from_one_level_to_another():
    raw = "截至2016年底，全区律师行业联合党支部由2014年底的189个压减至2016年底的151个。"
    got = observed(raw, jurisdiction="广西壮族自治区")
    assert got[("legal", "joint_branches", 189)][2] == 2014
    assert got[("legal", "joint_branches", 151)][2] == 2016


def test_a_scope_word_listed_with_a_place_before_fenbie_is_the_first_item():
    raw = "截至2021年底，全市和西湖区执业律师分别为10326名、2871名，党员律师分别为3348名和1027名。"
    got = observed(raw, jurisdiction="杭州市")
    assert got[("legal", "practitioners", 10326)][1] == "杭州市"
    assert got[("legal", "practitioners", 2871)][1] == "杭州市西湖区"
    assert got[("legal", "party_members", 1027)][1] == "杭州市西湖区"


def test_dates_listed_before_a_term_pair_with_the_figures_after_fenbie():
    raw = (
        "报告显示，2019年、2020年、2021年全市律师事务所分别为186家、197家和212家，执业律师分别为"
        "2436人、2718人和3065人。"
    )
    got = observed(raw, jurisdiction="无锡市")
    assert [got[("legal", "firms", v)][2] for v in (186, 197, 212)] == [2019, 2020, 2021]
    assert got[("legal", "practitioners", 2718)][2] == 2020


def test_a_chain_of_dated_levels_parted_by_commas():
    raw = "全省公证员人数从2015年的782人，到2017年的856人，再到2019年底的931人，五年间净增149人。"
    got = observed(raw, jurisdiction="浙江省")
    assert [got[("notary", "practitioners", v)][2] for v in (782, 856, 931)] == [2015, 2017, 2019]


def test_another_dates_figures_after_fenbie_restate_the_counts_before():
    raw = "2020年末，全市会计师事务所为94家，执业注册会计师1205人；2021年末分别为99家和1248人。"
    got = observed(raw, jurisdiction="厦门市")
    assert got[("accounting", "firms", 99)][2] == 2021
    assert got[("accounting", "practitioners", 1248)][2] == 2021


def test_two_rates_pointed_back_to_from_the_next_sentence():
    raw = (
        "截至2024年6月底，全区非公企业党组织覆盖率达到41.2%；社会组织党组织覆盖率为64.5%。"
        "而在上年末，这两项数据分别为39.6%和62.8%。"
    )
    got = observed(raw, jurisdiction="合肥市蜀山区", published=date(2024, 7, 10))
    assert got[("private_enterprise", "coverage_rate", 39.6)][2] == 2023
    assert got[("social_org", "coverage_rate", 62.8)][2] == 2023


def test_a_date_set_off_by_a_comma_before_zheyi_shuzi_dates_what_follows():
    raw = (
        "2012年，全省党员律师仅有3200余名；到2021年底，这一数字已达1.14万名，全省律师行业党组织"
        "达到1680个。"
    )
    got = observed(raw, jurisdiction="四川省")
    assert got[("legal", "party_organizations", 1680)][2] == 2021


def test_the_same_year_is_the_last_year_named_not_one_compared_with():
    raw = (
        "2018年，全市律所数量继续增长，年底达到71家；执业律师926人，比2016年增加214人。\n"
        "同年，全市公证处增至10家，公证员51人。"
    )
    got = observed(raw, jurisdiction="包头市")
    assert got[("legal", "firms", 71)][2] == 2018
    assert got[("notary", "firms", 10)][2] == 2018


def test_an_autonomous_county_by_its_short_name_and_xian():
    raw = "松桃县“两新”组织党建工作亮点纷呈\n截至2023年底，全县登记在册的非公有制企业1520家、社会组织186家。"
    got = observed(raw)
    assert got[("private_enterprise", "firms", 1520)][1] == "铜仁市松桃苗族自治县"


def test_a_place_a_unit_aided_is_no_scope_of_its_own_figures():
    raw = (
        "昆明市浙江商会：党建引领 凝心聚力\n去年以来，商会党委组织会员企业参与“万企兴万村”行动，"
        "结对帮扶禄劝县12个村，并开展党员教育培训6期。\n"
    )
    got = observed(raw, published=date(2023, 3, 15), title="昆明市浙江商会：党建引领 凝心聚力")
    assert not any(metric == "training_sessions" for _, metric, _ in got)


def test_a_title_naming_parks_where_something_happens_is_about_no_one_park():
    title = "岳麓区“两新”党建：让红色引擎在楼宇园区澎湃"
    raw = f"{title}\n截至2023年6月底，岳麓区共有社会组织860家。其中，非公企业党组织897个。\n"
    got = observed(raw, title=title)
    assert ("private_enterprise", "party_organizations", 897) in got


def test_rates_listed_with_he_and_a_qualifier_change_pairwise():
    for text in (
        "截至2017年底，全区非公企业和社会组织党组织覆盖率分别由2012年的31.5%和不足四成提高到"
        "2017年底的68.9%和82.4%。",
        "截至2017年底，全区非公企业和社会组织党组织覆盖率，分别由2012年的31.5%和不足四成，"
        "提高到2017年底的68.9%和82.4%。",
    ):
        got = observed(text, jurisdiction="宜昌市夷陵区")
        assert got[("private_enterprise", "coverage_rate", 31.5)][2] == 2012
        assert got[("social_org", "coverage_rate", 40)][0::2] == ("upper_bound", 2012)
        assert got[("private_enterprise", "coverage_rate", 68.9)][2] == 2017
        assert got[("social_org", "coverage_rate", 82.4)][2] == 2017


def test_an_earlier_level_set_against_the_figure_with_er():
    raw = "截至2017年底，全区“两新”组织党组织达642个；党员6800余名，而2012年仅为3100余名。"
    got = observed(raw, jurisdiction="宜昌市夷陵区")
    assert got[("other", "party_members", 3100)][0::2] == ("lower_bound", 2012)


def test_a_percent_in_a_formula_is_no_figure():
    raw = "截至2022年底，全市党员律师占比为35.2%。\n注：党员占比＝党员律师数÷执业律师数×100%。\n"
    got = observed(raw, jurisdiction="青岛市")
    assert ("legal", "party_member_share", 35.2) in got
    assert ("legal", "party_member_share", 100) not in got


def test_an_activity_takes_the_sector_of_the_body_that_held_it():
    raw = (
        "2022年，区委两新工委新建“两新”组织党组织138个，非公企业党组织数量同比增长9.3%；"
        "全年举办两期党务工作者示范培训班，培训8000余人次。"
    )
    got = observed(raw, jurisdiction="重庆市渝北区")
    assert ("other", "training_sessions", 2) in got
    # (a sector the activity's own part names stays its own)
    raw = "2023年，县委两新工委命名“红色社会组织”党建示范点8个。"
    assert ("social_org", "demonstration_sites", 8) in observed(raw, jurisdiction="湖州市安吉县")


def test_kinds_of_units_in_a_breakdown_by_kind_are_not_published():
    raw = (
        "截至2021年底，全国共有商会5.7万个。按类型分，行业商会1.52万个，异地商会1.13万个。"
        "按类型分，非公企业党组织1200个、社会组织党组织300个。"
    )
    got = observed(raw)
    assert ("social_org", "firms", 57000) in got
    assert ("social_org", "firms", 15200) not in got and ("social_org", "firms", 11300) not in got
    assert ("private_enterprise", "party_organizations", 1200) in got  # sectors stand


def test_organizations_registered_in_a_year_are_a_flow():
    raw = (
        "截至2022年底，全国共有社会组织89.2万个。全年共登记成立社会组织3.94万个，注销登记4.56万个。"
    )
    got = observed(raw)
    assert set(got) == {("social_org", "firms", 892000)}


def test_a_national_text_listing_an_autonomous_region_stays_national():
    raw = (
        "中国注册会计师行业发展报告（2023年度）摘要\n截至2023年12月31日，全国执业注册会计师9.87万人。"
        "北京、广东两地执业注册会计师分别为1.13万人、1.02万人；西藏自治区执业注册会计师不足200人。"
        "行业党建方面，会计师事务所共建立党组织3128个。\n"
    )
    got = observed(raw, title="中国注册会计师行业发展报告（2023年度）摘要")
    assert got[("accounting", "party_organizations", 3128)][1] == "全国"


def test_a_chamber_named_for_another_place_is_no_place_of_the_text():
    title = "异地商会里的“红色磁场”——西宁市台州商会党建工作见闻"
    raw = (
        f"{title}\n2015年，商会成立党支部，现有党员43名。\n"
        "台州商会的探索，是西宁市社会组织党建工作的一个缩影。据西宁市民政局介绍，截至2017年9月底，"
        "全市登记的社会组织共有1862个。\n"
    )
    got = observed(raw, title=title, published=date(2017, 11, 22))
    assert got[("social_org", "firms", 1862)][1] == "西宁市"
    assert ("social_org", "party_members", 43) not in got  # the chamber's own
    # (a place inside the text's own before 商会: the chambers of that place)
    inside = observed(
        "温州市商会党建\n截至2018年底，全市11个县（市、区）均成立了商会行业党委，瑞安市商会党组织"
        "覆盖率已达100%。\n",
        title="温州市商会党建",
    )
    assert inside[("social_org", "coverage_rate", 100)][1] == "温州市瑞安市"


def test_an_office_opening_a_sentence_with_what_it_has_is_one_office():
    raw = (
        "冰城公证人的“暖心服务”\n在哈尔滨市太阳岛公证处，记者见到公证员刘雪时，她刚办完上门公证回来。"
        "公证处现有工作人员47名，其中公证员15名、党员19名。\n"
    )
    got = observed(raw, title="冰城公证人的“暖心服务”")
    assert ("notary", "practitioners", 15) not in got


def test_associations_and_chambers_are_a_kind_not_one_chamber():
    raw = (
        "2019年，涪城区举办协会商会党组织书记培训班2期，命名协会商会党建工作示范点8个，"
        "表彰协会商会优秀党务工作者12名。"
    )
    got = observed(raw, jurisdiction="绵阳市涪城区")
    assert got[("social_org", "demonstration_sites", 8)][1:3] == ("绵阳市涪城区", 2019)
    assert ("social_org", "training_sessions", 2) in got


def test_a_five_year_plans_span_and_end_date_its_figures():
    raw = (
        "“十三五”期间，省注协党委累计举办行业党务干部培训班21期。截至2020年底，全省行业党组织"
        "总数达到468个，较“十二五”末提高23.4个百分点。而在“十二五”末，全省会计师事务所中建立的"
        "党组织仅有213个。"
    )
    got = observed(raw, jurisdiction="广东省", title="广东注册会计师行业党建回眸")
    assert got[("accounting", "training_sessions", 21)][2] == 2020
    assert got[("accounting", "party_organizations", 213)][2] == 2015


def test_a_starting_level_of_the_same_period():
    raw = (
        "截至2019年底，全市律师事务所由2014年底的86家增加到152家，执业律师由同期的1100余人增加到"
        "2400余人。"
    )
    got = observed(raw, jurisdiction="兰州市")
    assert got[("legal", "practitioners", 1100)][0::2] == ("lower_bound", 2014)
    assert got[("legal", "practitioners", 2400)][2] == 2019


def test_a_qizhong_part_after_a_fenbie_list_names_its_own_sector():
    raw = (
        "截至2021年底，全区非公企业、社会组织党组织覆盖率分别为41.5%、76.8%，其中非公企业党组织"
        "覆盖率较2019年底的28.9%提高12.6个百分点。"
    )
    got = observed(raw, jurisdiction="重庆市渝北区")
    assert got[("private_enterprise", "coverage_rate", 28.9)][2] == 2019
    assert ("social_org", "coverage_rate", 28.9) not in got


def test_figures_of_a_business_district_or_a_zone_the_gazetteer_lacks_are_not_the_citys():
    raw = (
        "截至2020年底，在海峡金融商务区，市律师行业党委依托律师楼宇组建联合党支部3个，覆盖律所17家。"
        "东湖新技术开发区集聚律所60余家，建立党组织38个。"
    )
    got = observed(raw, jurisdiction="福州市")
    assert not any(value in (3, 17, 38) for _, _, value in got)


def test_a_dash_opening_a_list_line_and_a_date_after_a_label():
    raw = (
        "吴江区律师行业党建十年发展回眸\n- 律所数量：从2014年的19家增至2024年6月底的47家；\n"
        "- 党员律师：2014年为58人，2024年6月底为203人，占执业律师总数的34.6%；\n"
    )
    got = observed(raw, jurisdiction="苏州市吴江区")
    assert got[("legal", "firms", 19)][2] == 2014
    assert got[("legal", "party_members", 58)][2] == 2014
    assert got[("legal", "party_members", 203)][2] == 2024


def test_a_county_by_its_former_name_and_the_manifests_county_as_woxian():
    raw = "截至2010年底，郫县律师事务所党组织组建率达到87.5%。"
    assert (
        observed(raw, jurisdiction="成都市")[("legal", "coverage_rate", 87.5)][1] == "成都市郫都区"
    )
    raw = "我县召开律师行业党建工作座谈会\n截至2010年8月底，全县共有律师事务所7家。\n"
    got = observed(raw, jurisdiction="天津市蓟州区")
    assert got[("legal", "firms", 7)][1] == "天津市蓟州区"
    # a county renamed (彬县, 彬州市 since 2018) and a prefecture that was a 地区 (毕节地区)
    got = observed("截至2019年3月底，彬州市共有律师事务所7家。而在2017年，彬县仅有律师事务所4家。")
    assert got[("legal", "firms", 4)][1:3] == ("咸阳市彬州市", 2017)
    got = observed("截至2010年底，毕节地区共有律师事务所31家。")
    assert got[("legal", "firms", 31)][1] == "毕节市"


def test_firms_a_relative_clause_says_set_up_their_own_are_those():
    raw = (
        "截至2021年底，全市已建立会计师事务所党组织9个；5个联合党支部共吸纳事务所15家，加上单独建立"
        "党支部的4家事务所，全市会计师事务所党组织覆盖率达到73.1%。"
    )
    got = observed(raw, jurisdiction="金华市义乌市")
    assert ("accounting", "firms_with_own_branch", 4) in got
    assert ("accounting", "firms", 4) not in got


def test_the_places_firms_and_what_they_have_after_you():
    got = observed(
        "截至2020年底，全市9家公证处有公证员57名，均建立了党支部。", jurisdiction="绵阳市"
    )
    assert ("notary", "firms", 9) in got and ("notary", "practitioners", 57) in got
    # (有 with no count after it: some of them, as before)
    assert ("legal", "firms", 12) not in observed(
        "截至2020年底，全市12家律所有党员。", jurisdiction="绵阳市"
    )


def test_a_partner_joined_with_huo_leaves_the_branch_joint():
    # 或 between the partners (其他商会或会员企业), not between own and joint branches
    text = (
        "截至2024年6月底，临泉县登记在册的商会共四十二家，已有三十六家建立党组织。其中，单独组建"
        "党支部的商会二十一家，与其他商会或会员企业联合组建党支部的十五家。"
    )
    obs = observed(text)
    assert ("social_org", "firms_in_joint_branches", 15) in obs
    assert ("social_org", "firms_covered", 15) not in obs
    text = "全区公证机构已全部建立党组织或纳入联合党支部，其中已建立党组织或纳入联合党支部的公证处12家。"
    assert ("notary", "firms_in_joint_branches", 12) not in observed(text, jurisdiction="南京市")


def test_a_places_parks_buildings_and_markets_as_a_whole_are_sector_other():
    title = "嘉善县两新党建"
    text = "到2019年底，全县6个省级以上产业园区内共建立党组织268个，园区党员2150名。"
    obs = observed(text, title=title)
    assert obs[("other", "party_organizations", 268)][1] == "嘉兴市嘉善县"
    assert ("other", "party_members", 2150) in obs
    text = "截至2015年底，全区64栋重点商务楼宇中共有党组织1174个，其中党委23个、党总支41个。"
    obs = observed(text, title="静安区楼宇党建")
    assert {k for k in obs if k[0] == "other"} == {
        ("other", "party_organizations", 1174),
        ("other", "party_committees", 23),
        ("other", "general_branches", 41),
    }
    # the zones counted open the clause: their enterprises, of every kind
    text = "截至2022年底，芜湖市14个省级以上开发区共有入驻企业1.12万家，已建立党组织的企业3560家。"
    obs = observed(text)
    assert ("other", "firms", 11200) in obs and ("other", "firms_covered", 3560) in obs
    # a scene of the zones set before the figures' clause
    text = (
        "截至今年8月底，全区共有非公有制企业2860家。同期，在18栋重点商务楼宇和3个商圈中，"
        "单独组建党组织的企业47家，联合组建党支部29个、覆盖企业356家。"
    )
    obs = observed(text, title="顺庆区楼宇商圈党建", published=date(2020, 9, 10))
    assert ("private_enterprise", "firms", 2860) in obs
    assert {
        ("other", "firms_with_own_branch", 47),
        ("other", "firms_in_joint_branches", 356),
    } <= set(obs)
    text = "在国际商贸城、篁园市场等专业市场，市里到2011年底共建立党组织105个，其中党支部97个。"
    obs = observed(text, title="义乌市场党建", jurisdiction="金华市义乌市")
    assert ("other", "party_organizations", 105) in obs and ("other", "party_branches", 97) in obs


def test_zones_where_something_was_done_leave_the_sector_named():
    text = "沙依巴克区在商务楼宇和专业市场组建非公企业联合党支部57个。"
    assert ("private_enterprise", "joint_branches", 57) in observed(text)
    text = "吴江在各区镇工业小区、专业市场和商务楼宇推行联合组建，全区非公企业联合党支部已达217个。"
    assert ("private_enterprise", "joint_branches", 217) in observed(
        text, jurisdiction="苏州市吴江区"
    )
    text = "依托村、镇和工业园区组建非公企业联合党支部67个，覆盖企业412家。"
    assert ("private_enterprise", "joint_branches", 67) in observed(
        text, jurisdiction="嘉兴市海盐县"
    )
    # a bare 园区内 after one named zone is inside that zone
    text = "在柳州高新区，园区内非公企业党组织已达186个，不少党员企业主带头参与党建工作。"
    assert observed(text, title="柳州市两新党建") == {}


def test_zones_just_counted_graded_or_named_by_kind_are_no_one_unit():
    # 园区 after the parks just counted is all of them
    text = (
        "截至2016年底，全市11个工业园区共有企业4370家，其中建立党组织的企业1208家，"
        "园区企业党组织覆盖率达到27.6%；园区内共有党组织986个。"
    )
    obs = observed(text, title="柳州市园区党建工作综述")
    assert {("other", "firms_covered", 1208), ("other", "coverage_rate", 27.6)} <= set(obs)
    # 商务楼宇 and 重点商圈 are kinds, not a building's or a district's name
    text = "截至2023年12月底，全区亿元楼宇达到88栋，商务楼宇共建立党组织1024个，其中党委12个。"
    obs = observed(text, title="天河区2023年商务楼宇党建工作情况通报")
    assert ("other", "party_organizations", 1024) in obs
    # the markets' Party organizations (not 市场主体: every kind of business)
    text = "截至2013年11月底，全市专业市场党组织由2010年的56个增加到87个。"
    obs = observed(text, title="常熟专业市场党建", jurisdiction="苏州市常熟市")
    assert obs[("other", "party_organizations", 87)][2] == 2013
    # what the zones are like opens no clause about them
    text = "该市金水区商务楼宇集中，截至2017年底，全区有非公企业2.3万户。"
    assert ("private_enterprise", "firms", 23000) in observed(text, title="郑州市两新党建")


def test_a_regions_figures_have_no_place():
    text = (
        "从区域分布看，东部地区建立党组织的非公企业数量约占全国同类企业的六成，"
        "中西部地区非公企业党组织覆盖率为50%。全国非公企业党组织覆盖率为70%。"
    )
    obs = observed(text, published=date(2019, 1, 1))
    assert set(obs) == {("private_enterprise", "coverage_rate", 70)}


def test_a_clause_opening_with_the_whole_place_ends_a_qizhong_list():
    text = (
        "截至今年9月底，海曙区共有非公企业1.86万家、社会组织614个，其中已建立党组织的社会组织"
        "247个，全区两新组织党组织达到827个，党员6390名。"
    )
    obs = observed(text, published=date(2016, 10, 20))
    assert ("other", "party_members", 6390) in obs
    assert ("social_org", "party_members", 6390) not in obs


def test_sectors_listed_before_the_members_among_them_are_each_ones_members():
    text = (
        "截至今年6月底，渝北区两新组织共建立党组织1375个；非公企业、社会组织和律师事务所中的党员"
        "分别为6820名、1240名和356名。"
    )
    obs = observed(text, published=date(2022, 9, 8))
    assert {
        ("private_enterprise", "party_members", 6820),
        ("social_org", "party_members", 1240),
        ("legal", "party_members", 356),
    } <= set(obs)


def test_one_lawyers_building_cluster_or_market_is_one_unit():
    for text in (
        "位于建邺区的河西律师楼入驻律所31家、律师620名，楼内成立了联合党支部2个。",
        "位于历下区的泉城法律服务集聚区入驻律师事务所42家、党员律师380名，集聚区党委下设党支部6个。",
        "调研中发现，和平区某律师楼内12家律所仅有2家建立了党组织。",
        "其中，海曙区某服装市场成立市场党委，下设党支部12个。",
    ):
        assert observed(text, title="两新党建工作综述") == {}, text


def test_a_qizhong_part_names_its_own_sector_in_its_clause():
    text = (
        "截至今年6月底，渝北区两新组织共有党组织826个、党员7350名。"
        "其中，在非公企业中建立党委11个、党总支23个。"
    )
    obs = observed(text, published=date(2018, 8, 20))
    assert ("private_enterprise", "party_committees", 11) in obs
    assert ("other", "party_committees", 11) not in obs


def test_zones_of_every_kind_and_buildings_a_clause_picks_out_are_no_one_unit():
    text = (
        "截至2024年底，新区各类开发区、产业园区共入驻企业约6.3万家，园区企业党组织达3860个，"
        "覆盖企业2.05万家。"
    )
    obs = observed(text, title="滨海新区开发区党建", jurisdiction="天津市滨海新区")
    assert {("other", "party_organizations", 3860), ("other", "firms_covered", 20500)} <= set(obs)
    text = (
        "截至2023年9月底，全区186栋重点商务楼宇内入驻企业1.1万余家，建立楼宇党组织312个；"
        "单独建立党支部的楼宇企业208家，参加联合党支部的企业2600余家。"
    )
    obs = observed(text, title="金水区楼宇党建", jurisdiction="郑州市金水区")
    assert {
        ("other", "firms", 11000),
        ("other", "firms_with_own_branch", 208),
        ("other", "firms_in_joint_branches", 2600),
    } <= set(obs)


def test_a_places_buildings_of_a_kind_and_its_markets_are_all_of_them():
    text = "截至2020年9月底，西安市共有重点商务楼宇318栋，楼宇党组织由2015年的138个增加到412个。"
    obs = observed(text, title="西安市两新党建")
    assert obs[("other", "party_organizations", 138)][2] == 2015
    assert ("other", "party_organizations", 412) in obs
    text = "截至2023年底，全市各类商品交易市场建立党组织126个，市场党员不足2000名。"
    obs = observed(text, title="济南市两新党建")
    assert obs[("other", "party_members", 2000)][0] == "upper_bound"
    # a place's own park, named, stays one unit
    text = "苏州工业园区共有入驻企业2.1万家，建立党组织1200个。"
    assert observed(text, title="苏州市两新党建") == {}


def test_a_part_in_an_aside_that_names_its_sector_keeps_it():
    text = (
        "截至2019年底，全区共有非公有制企业4.8万余家；两新组织党组织1206个（其中非公企业党组织"
        "981个、社会组织党组织225个）。"
    )
    obs = observed(text, title="思明区两新党建", jurisdiction="厦门市思明区")
    assert ("other", "party_organizations", 1206) in obs
    assert {
        ("private_enterprise", "party_organizations", 981),
        ("social_org", "party_organizations", 225),
    } <= set(obs)


def test_gai_shi_is_the_city_the_sentence_before_named_as_the_text_calls_it():
    text = (
        "苏州市所辖吴江市是全省律师行业党建工作的先行地区。截至去年底，该市19家律师事务所共有"
        "党员律师68名。"
    )
    obs = observed(text, title="江苏律师行业党建", published=date(2010, 1, 20))
    assert obs[("legal", "firms", 19)][1] == "苏州市吴江区"


def test_renamed_counties_and_a_new_area_that_is_one_district():
    obs = observed("截至2011年底，开县共有律师事务所14家、执业律师127名。", title="开县律师党建")
    assert obs[("legal", "firms", 14)][1] == "重庆市开州区"
    text = "截至2016年底，青岛西海岸新区共有律师事务所58家，执业律师763名。"
    assert observed(text)[("legal", "firms", 58)][1] == "青岛市黄岛区"


def test_a_new_area_district_by_its_short_name():
    text = (
        "近日，记者从上海市浦东新区司法局获悉，截至2018年底，浦东共有律师事务所312家、"
        "执业律师5863名。"
    )
    obs = observed(text)
    assert obs[("legal", "firms", 312)][1] == "上海市浦东新区"
    assert ("legal", "practitioners", 5863) in obs


def test_a_clause_naming_its_sector_after_fenbie_multiples_is_no_item_of_its_list():
    text = (
        "截至2024年底，全市非公有制企业党组织达2745个、社会组织党组织达652个，分别是2015年底的"
        "2.1倍和3.4倍，“两新”组织党组织覆盖率达到68.2%。"
    )
    obs = observed(text, title="黄冈市两新党建")
    assert ("other", "coverage_rate", 68.2) in obs
    # (a second list of counts after the first stays paired with the places)
    text = "广州、深圳两市分别有律师事务所1402家、1395家，律师2.3万名、2.1万名。"
    obs = observed(text, title="广东律师行业党建")
    assert obs[("legal", "practitioners", 23000)][1] == "广州市"


def test_zones_joined_and_the_firms_their_organizations_cover_are_sector_other():
    text = (
        "截至去年底，楼宇商圈内共有企业4700多家，建立党组织的企业不足900家。"
        "全市楼宇共建立党组织1927个；楼宇党组织覆盖企业1.46万家。"
    )
    obs = observed(
        text, title="两新党建工作", jurisdiction="西安市雁塔区", published=date(2021, 3, 1)
    )
    assert {
        ("other", "firms", 4700),
        ("other", "firms_covered", 900),
        ("other", "firms_covered", 14600),
    } <= set(obs)
    assert not any(k[0] == "private_enterprise" for k in obs)


def test_one_unnamed_firm_and_its_own_members_and_branches():
    text = (
        "到2022年底，福田区律师行业共有党组织326个。辖区一家头部律所党员律师超过160名，成立了党委，"
        "下设11个党支部。"
    )
    obs = observed(text, published=date(2023, 2, 15))
    assert set(obs) == {("legal", "party_organizations", 326)}


def test_a_bare_yuanqu_after_the_zone_its_sentence_named_is_that_zone():
    text = (
        "坐落在县域内的长沙经济技术开发区集聚规模以上工业企业400多家，园区非公企业党组织达到215个。"
    )
    assert observed(text, title="长沙县两新党建", jurisdiction="长沙市长沙县") == {}


def test_a_comparison_after_a_qizhong_list_is_the_totals_when_the_change_says_so():
    text = (
        "截至今年11月底，全区非公企业党组织1637个，其中党委11个、党总支24个、党支部1602个，"
        "比2016年底的856个增加了781个。"
    )
    obs = observed(text, title="南康区两新党建", published=date(2021, 12, 28))
    assert obs[("private_enterprise", "party_organizations", 856)][2] == 2016
    assert ("private_enterprise", "party_branches", 856) not in obs


def test_one_market_or_pedestrian_street_is_one_unit():
    for text in (
        "以金雀山小商品城为例，这家市场有摊位1.8万个，市场党委下设党支部12个、党员260名。",
        "叠石桥国际家纺城是全国规模较大的家纺专业市场，市场党委下设8个党支部、党员210名。",
        "黄兴路步行街党委是全区成立最早的商圈党组织，下设14个党支部，有党员320名。",
    ):
        assert observed(text, title="市场党建工作综述", jurisdiction="长沙市天心区") == {}, text


def test_the_partners_one_firm_joined_are_no_places_count():
    text = (
        "建所之初，所里仅有两名党员，无法单独组建党支部，便与县内另外两家律所共同组建了联合党支部。"
        "目前全县共有律师事务所9家。"
    )
    obs = observed(text, title="澧县某律所党建", jurisdiction="常德市澧县")
    assert set(obs) == {("legal", "firms", 9)}


def test_a_markets_own_body_opening_a_sentence_is_that_markets():
    text = (
        "在温州市鹿城区江滨鞋革市场，每个摊位前挂着“党员经营户”标牌。这家始建于2006年的专业市场，"
        "现有商户1420余户。市场党总支下设3个党支部。全区共有专业市场38个。"
    )
    obs = observed(text, title="鹿城区市场党建")
    assert ("other", "party_branches", 3) not in obs


def test_zones_counted_and_joined_with_ji_and_markets_enterprises_rates():
    text = (
        "截至2018年底，全市21个省级以上开发区及各类产业园区共入驻企业1.86万家，通过单独组建、"
        "联合组建等方式覆盖企业1.52万家。"
    )
    obs = observed(text, title="合肥市园区党建", published=date(2019, 3, 16))
    assert {("other", "firms", 18600), ("other", "firms_covered", 15200)} <= set(obs)
    text = (
        "截至去年底，全市386个商品交易市场共入驻经营企业1.2万余家，市场党组织412个；市场经营企业"
        "党组织覆盖率由2013年的31%提高到58.4%；同期，全市非公有制企业23.8万户。"
    )
    obs = observed(text, title="武汉市市场党建", published=date(2019, 1, 10))
    assert {("other", "coverage_rate", 58.4), ("private_enterprise", "firms", 238000)} <= set(obs)
    assert ("private_enterprise", "coverage_rate", 58.4) not in obs


def test_each_of_a_places_parks_as_a_subject_is_all_of_them():
    text = "从县区情况看，同期南昌县各工业园区入驻企业2100家，建立党组织的企业640家。"
    obs = observed(text, title="南昌市园区党建", published=date(2015, 2, 1))
    assert ("other", "firms_covered", 640) in obs
    assert ("private_enterprise", "firms_covered", 640) not in obs


def test_a_dated_lead_in_dates_the_blocks_after_it():
    # 截至2013年底的主要数据如下: the state at the year's end for what follows, not one figure
    text = "数说2013\n\n截至2013年底的主要数据如下：\n\n■律师行业\n全省律师事务所386家，执业律师5400余人。"
    obs = observed(text, title="甘肃律师行业党建", published=date(2014, 1, 22))
    assert obs[("legal", "firms", 386)][1:3] == ("甘肃省", 2013)
    assert obs[("legal", "practitioners", 5400)][2] == 2013


def test_likewise_before_a_rate_and_offices_merged_from_to():
    text = (
        "截至2020年底，全区公证机构109家，公证行业党组织覆盖率同样达到100%。"
        "全区公证机构由2014年的117家整合为2020年底的109家。"
    )
    obs = observed(text, title="广西公证行业党建", published=date(2021, 2, 1))
    assert obs[("notary", "coverage_rate", 100)][2] == 2020
    assert obs[("notary", "firms", 117)][2] == 2014


def test_a_share_after_qizhong_is_of_the_practitioners_just_counted():
    # the lawyers' members counted earlier in the sentence are not the whole of the notaries'
    text = (
        "截至11月底，全市有律师事务所87家、律师1312名，党员律师超过500名；全市公证处6家、"
        "公证员57名，其中党员公证员39名，占68.4%。"
    )
    obs = observed(text, title="芜湖市", published=date(2019, 12, 2))
    assert ("notary", "party_member_share", 68.4) in obs
    text = "全省“两新”组织党员3.9万名，其中非公企业党员1980名，占八成以上。"
    assert not any(k[1] == "party_member_share" for k in observed(text, title="某省"))


def test_a_doubling_clause_before_a_from_to_names_its_subject():
    text = "十年来，全国律师行业党组织数量翻了一番多，由2012年的1.9万个增加到2021年底的4.2万个。"
    obs = observed(text, title="全国律师行业党建", published=date(2022, 6, 1))
    assert obs[("legal", "party_organizations", 19000)][1:3] == ("全国", 2012)
    assert obs[("legal", "party_organizations", 42000)][2] == 2021


def test_firms_that_joined_after_a_manner_clause():
    # 按照…的原则，组建…: how they did it, then what they did
    text = (
        "截至去年底，全区律所共建立党组织64个。其中，单独建立党支部的律所41家；另有46家规模较小的律所"
        "按照地域相近、业务相通的原则，组建联合党支部23个。"
    )
    obs = observed(text, title="宁波市鄞州区律师行业党建", published=date(2024, 1, 10))
    assert obs[("legal", "firms_in_joint_branches", 46)][1:3] == ("宁波市鄞州区", 2023)
    assert ("legal", "joint_branches", 23) in obs


def test_the_publisher_named_in_a_source_line_is_the_texts_place():
    # the title and first lines name no place; another city is named only in passing, later
    body = (
        "截至2020年12月31日，全市共有律师事务所128家，执业律师1860余名，其中公职律师、公司律师"
        "共213名；党员律师620名，占执业律师总数的33.3%。全市律师事务所中，已建立党组织的达112家，"
        "律师行业党组织覆盖率为87.5%。\n\n2020年，全市律师共办理法律援助案件3200余件。"
        "去年9月，市司法局还与江苏省苏州市司法局签订法律服务合作协议。\n"
    )
    at_top = f"本市法律服务行业党建工作综述\n\n来源：绍兴市司法局　　发布日期：2021-02-03\n\n{body}"
    closing = f"本市法律服务行业党建工作综述\n\n{body}\n（来源：绍兴市司法局）\n"
    for text in (at_top, closing):
        obs = observed(text, title="本市法律服务行业党建工作综述", published=date(2021, 2, 3))
        assert obs[("legal", "firms", 128)][1] == "绍兴市"


def test_a_local_papers_masthead_names_the_city_of_quanshi():
    text = (
        "《鞍山日报》2015年1月8日　第2版\n\n全市非公企业党建工作迈上新台阶\n\n"
        "本报讯（记者 韩冬）记者从市委组织部获悉，截至去年底，全市共有非公有制企业3.6万户，"
        "非公企业党组织2840个，覆盖企业6100余家，非公企业党组织覆盖率达到16.9%。\n\n"
        "2014年，市委非公经济组织工委新建非公企业党组织312个。在去年召开的全省非公企业党建工作"
        "会议上，本市作典型发言；会后，大连市组织部门还专程前来交流。"
    )
    obs = observed(text, title="全市非公企业党建工作迈上新台阶", published=date(2015, 1, 8))
    assert obs[("private_enterprise", "party_organizations", 2840)][1] == "鞍山市"


def test_a_place_visited_to_learn_from_takes_no_figure():
    text = (
        "截至2018年底，平江县共有律师事务所14家。2018年，县律师行业党委组织律所主任赴长沙市"
        "学习考察，举办律师行业党务培训班2期。"
    )
    obs = observed(text, title="平江县律师行业党建", published=date(2019, 3, 12))
    assert obs[("legal", "training_sessions", 2)][1:3] == ("岳阳市平江县", 2018)


def test_firms_still_setting_one_up_are_not_covered():
    text = "截至2020年底，全省律所党组织覆盖率为96%，还有26家律所正在组建党支部。"
    obs = observed(text, title="湖南省律师行业党建", published=date(2021, 1, 5))
    assert not any(k[1] == "firms_covered" for k in obs)


def test_what_one_large_firm_holds_is_no_place_figure():
    text = (
        "截至2012年底，全市有会计师事务所96家。调研还发现，会计师行业党员分布不均，仅一家大型"
        "会计师事务所就集中了注册会计师120余人、党员40余名。"
    )
    obs = observed(text, title="青岛市社会中介组织党建", published=date(2013, 3, 1))
    assert ("accounting", "firms", 96) in obs
    assert ("accounting", "party_members", 40) not in obs


def test_rates_of_a_class_of_firms_are_left_out():
    text = (
        "截至2022年底，全国非公有制企业党组织覆盖率为67.8%。分规模看，全国规模以上非公企业中，"
        "党组织覆盖率已超过90%；小微企业党组织覆盖率不足2%，境内上市民营企业的党组织覆盖率约为85%。"
    )
    obs = observed(text, title="全国非公企业党建", published=date(2023, 6, 30))
    assert ("private_enterprise", "coverage_rate", 67.8) in obs
    assert {v for s, m, v in obs if m == "coverage_rate"} == {67.8}


def test_company_lawyers_in_an_aside_name_no_company():
    text = (
        "截至2015年底，甘肃省共有执业律师5632人（含专职律师5108人、兼职律师176人、公职和公司律师"
        "348人），党员律师2146人，党员律师占比38.1%。"
    )
    obs = observed(text, title="甘肃律师行业党建工作情况通报", published=date(2016, 3, 1))
    assert obs[("legal", "party_members", 2146)][1:3] == ("甘肃省", 2015)
    assert ("legal", "party_member_share", 38.1) in obs


def test_a_group_grown_markedly_names_the_change_after_the_colon():
    text = "与“十二五”初期相比，全省党员律师队伍明显壮大：由2010年的1020人增至2015年的2146人。"
    obs = observed(text, title="甘肃律师行业党建", published=date(2016, 3, 1))
    assert obs[("legal", "party_members", 1020)][1:3] == ("甘肃省", 2010)


def test_a_data_bulletins_title_year_dates_its_undated_figures():
    text = (
        "德清县2022年“两新”组织党建工作数据简报\n\n湖州市德清县委“两新”工委日前发布年度工作简报。\n\n"
        "● 社会组织：1085家；“两新”组织党组织423个，党员5210名。"
    )
    obs = observed(
        text, title="德清县2022年“两新”组织党建工作数据简报", published=date(2023, 1, 10)
    )
    assert obs[("other", "party_organizations", 423)][2] == 2022


def test_a_change_in_an_earlier_items_aside_is_that_items_own():
    text = (
        "截至去年底，辖区共有律师事务所152家（同比增加6家）、执业律师3186人，其中党员律师1297人。"
    )
    obs = observed(text, title="渝中区律师行业党建", published=date(2025, 1, 16))
    assert obs[("legal", "practitioners", 3186)][1:3] == ("重庆市渝中区", 2024)
    assert ("legal", "firms", 6) not in obs


def test_a_named_firm_that_has_set_up_its_committee_is_one_firm():
    text = (
        "截至2016年底，市北区共有律所46家。辖区内规模最大的青岛海川律师事务所已成立党委，"
        "现有党员律师68名，下设党支部4个。"
    )
    obs = observed(text, title="青岛市市北区律师行业党建", published=date(2017, 2, 1))
    assert ("legal", "firms", 46) in obs
    assert ("legal", "party_members", 68) not in obs and ("legal", "party_branches", 4) not in obs


def test_units_covered_by_joining_a_joint_branch():
    text = (
        "截至2019年6月底，吴中区登记社会组织1268家，已建立党组织的社会组织431家。在已建立党组织的"
        "社会组织中，128家单独建立党支部，303家通过参加联合党支部实现覆盖。"
    )
    obs = observed(text, title="吴中区社会组织党建", published=date(2019, 7, 10))
    assert ("social_org", "firms_in_joint_branches", 303) in obs


def test_an_earlier_level_compared_with_its_own_term_or_bound():
    text = (
        "截至2024年底，南海区共有律师事务所98家、执业律师1860名。与2014年全区仅有律所41家相比，"
        "律所数量翻了一番多。全区社会组织党组织达到612个，与2015年的不足300个相比翻了一番多。"
    )
    obs = observed(text, title="南海区律师行业党建", published=date(2025, 1, 10))
    assert obs[("legal", "firms", 41)][1:3] == ("佛山市南海区", 2014)
    assert obs[("social_org", "party_organizations", 300)][0::2] == ("upper_bound", 2015)


def test_a_prior_level_in_an_aside_after_the_figure():
    text = (
        "无锡市律师行业党建2019年度数据\n截至2019年底，全市律师事务所126家（上年：117家），律所党组织"
        "覆盖率：95.2%（上年：94.1%）。\n● 非公有制企业：4.6万户（上年：4.2万户）；建立党组织的企业1680家。"
    )
    obs = observed(text, title="无锡市律师行业党建2019年度数据", published=date(2020, 1, 8))
    assert obs[("legal", "coverage_rate", 94.1)][1:3] == ("无锡市", 2018)
    assert obs[("legal", "firms", 117)][2] == 2018
    # the aside's date dates only what is inside it
    assert obs[("private_enterprise", "firms_covered", 1680)][2] == 2019


def test_firms_covered_beside_all_firms_is_no_restatement():
    text = (
        "截至2024年底，浦东新区共有律师事务所318家；全区律师行业共有党组织176个，覆盖律所300余家，"
        "律所党组织覆盖率保持在95%以上。"
    )
    obs = observed(text, title="浦东新区律师行业党建", published=date(2025, 1, 20))
    assert obs[("legal", "firms_covered", 300)][0] == "lower_bound"
    assert ("legal", "firms", 318) in obs


def test_trades_counted_with_a_committee_term_that_names_its_sector():
    text = (
        "截至2020年8月底，全县共有非公企业联合党支部六十四个，覆盖企业310家；已组建食品加工、建筑业"
        "两个非公企业行业党委；“两新”组织党员总数达到1986名。"
    )
    obs = observed(text, title="三台县“两新”党建", published=date(2020, 9, 15))
    assert ("private_enterprise", "industry_party_committees", 2) in obs


def test_spoken_figures_among_a_group_and_vague_ones():
    text = (
        "记者：贵省律师队伍情况如何？\n周建明：截至去年底，我省共有律师事务所八百六十多家。律师队伍里有党员"
        "三千九百多名，占律师总数的百分之三十七点六。前几年全省律所党组织覆盖率只有百分之六十几。"
    )
    obs = observed(text, title="江西省律师行业党建访谈", published=date(2019, 3, 1))
    assert obs[("legal", "party_members", 3900)][0:2] == ("lower_bound", "江西省")
    assert ("legal", "party_member_share", 37.6) in obs
    assert not any(k[1] == "coverage_rate" for k in obs)  # 六十几: no bound METRICS.md names


def test_appraisal_offices_by_their_short_name_and_small_units_joining():
    text = (
        "截至2020年11月底，广西壮族自治区共有资产评估机构136家。全区已有97家评估机构建立党组织。"
        "同期，全省公证行业共有党支部162个。其中，单独建立党支部的公证机构148家；另外33家规模比较小的"
        "公证机构，按区域参加了联合党支部。"
    )
    obs = observed(text, title="广西法律服务行业党建", published=date(2020, 12, 20))
    assert ("other", "firms_covered", 97) in obs
    assert ("notary", "firms_in_joint_branches", 33) in obs


def test_the_writers_own_place_as_a_part_of_a_wider_one():
    text = (
        "3月15日，记者从湖北省律师工作会议上获悉，截至去年底，全国共有执业律师42.3万多人、律师事务所"
        "3万多家，其中我省执业律师1.46万人、律师事务所1032家。全国律所党组织覆盖率为95.2%，"
        "我省达到97.5%。"
    )
    obs = observed(text, title="湖北律师行业党建", published=date(2019, 3, 16))
    assert obs[("legal", "firms", 1032)][1:3] == ("湖北省", 2018)
    assert obs[("legal", "coverage_rate", 97.5)][1] == "湖北省"
    assert obs[("legal", "coverage_rate", 95.2)][1] == "全国"


def test_sites_of_a_trade_are_no_count_of_trades():
    text = (
        "2024年6月28日，西安市注册会计师行业党委召开表彰大会，对12个先进基层党组织进行表彰，"
        "并为首批8个行业党建示范点授牌。全市两个行业党组织覆盖率分别达到92%和88%。"
    )
    obs = observed(text, title="西安市注册会计师行业党建", published=date(2024, 6, 29))
    assert ("accounting", "demonstration_sites", 8) in obs


def test_titles_conferred_down_a_list_and_one_unit_taken_as_an_example():
    text = (
        "近日，成都市律师行业党委印发表彰决定，授予20个律所党组织“先进基层党组织”称号、85名律师"
        "“优秀共产党员”称号、15名同志“优秀党务工作者”称号。截至去年底，全市非公企业党组织800个。"
        "以仙桃国际大数据谷为例，园区党委下辖党支部36个、党员420名。以民企大省浙江为例，该省非公有制"
        "企业共建立党组织7.6万个。"
    )
    obs = observed(text, title="成都市律师行业党建", published=date(2021, 7, 1))
    assert {("legal", "awarded_party_members", 85), ("legal", "awarded_party_workers", 15)} <= set(
        obs
    )
    assert not any(k[2] in (36, 420) for k in obs)
    assert obs[("private_enterprise", "party_organizations", 76000)][1] == "浙江省"


def test_parts_of_sites_by_sector_and_a_cooperation_zones_own_firms():
    text = (
        "2015年，德清县新命名“两新”组织党建示范点22个，其中非公企业17个、社会组织5个。"
        "截至去年底，南山区共有律师事务所420家。前海深港现代服务业合作区是南山律所发展的新高地，"
        "区内集聚律所120余家。珲春市依托边境经济合作区，律师行业发展较快，党员律师达到38人。"
    )
    obs = observed(text, title="两新党建", published=date(2016, 1, 20))
    assert {
        ("private_enterprise", "demonstration_sites", 17),
        ("social_org", "demonstration_sites", 5),
    } <= set(obs)
    assert ("private_enterprise", "firms", 17) not in obs
    assert ("legal", "firms", 120) not in obs
    assert obs[("legal", "party_members", 38)][1] == "延边朝鲜族自治州珲春市"


def test_the_aim_of_what_was_done_is_no_plan():
    text = (
        "2022年，区委两新工委以“党建强、发展强”为目标，在非公企业中开展先进党组织评选，表彰非公企业"
        "先进党组织十四个；举办“两新”组织党组织书记示范培训班4期。区委要求，力争年底前新建党组织30个。"
    )
    obs = observed(text, title="东胜区两新党建", published=date(2023, 2, 15))
    assert ("private_enterprise", "awarded_party_organizations", 14) in obs
    assert ("other", "training_sessions", 4) in obs
    assert not any(k[2] == 30 for k in obs)


def test_a_summary_rounding_a_figure_and_a_year_compared_with():
    text = (
        "截至2015年底，全国共有党员律师93148名，律所党组织覆盖率为92.7%。\n"
        "9万多名党员律师、92.7%的覆盖率，标志着律师行业党建工作进入了新阶段。"
    )
    obs = observed(text, title="全国律师行业党建", published=date(2016, 7, 1))
    assert ("legal", "party_members", 93148) in obs and ("legal", "party_members", 90000) not in obs
    text = "截至2018年底，浙江省共有公证处89家，与上年相比新增4家；全省公证行业共有党组织97个。"
    obs = observed(text, title="浙江省公证行业党建", published=date(2019, 7, 5))
    assert obs[("notary", "party_organizations", 97)][2] == 2018


def test_items_and_figures_paired_by_slashes():
    got = observed(
        "截至2020年底，无锡市律所/律师/党员律师：126家/1580人/612人。"
        "全市律师行业党组织82个，其中单独/联合党支部56/26个。"
    )
    assert got[("legal", "firms", 126)] == ("exact", "无锡市", 2020, "126")
    assert ("legal", "practitioners", 1580) in got
    assert ("legal", "party_members", 612) in got
    assert ("legal", "standalone_branches", 56) in got  # 单独 shares 联合党支部's head
    assert ("legal", "joint_branches", 26) in got
    doc = make_doc("截至2020年底，无锡市律所/律师：126家/1580人。")
    assert {o.evidence for o in extract(doc).observations} == {
        "截至2020年底,无锡市律所/律师：126家/1580人"  # as written: no 分别, slashes kept
    }


def test_years_and_figures_listed_by_slashes_after_fenbie():
    got = observed("2012年/2017年/2022年，湖北省执业律师人数分别为1.1万人/1.68万人/2.45万人。")
    assert got[("legal", "practitioners", 11000)][2] == 2012
    assert got[("legal", "practitioners", 16800)][2] == 2017
    assert got[("legal", "practitioners", 24500)][2] == 2022


def test_slashes_that_pair_nothing_are_left_alone():
    # (three items, two figures: no pairing to read; a date's slashes are no list)
    got = observed("截至2020/12/31，无锡市律所/律师/党员律师：126家/1580人。")
    assert ("legal", "practitioners", 126) not in got
    assert ("legal", "party_members", 1580) not in got


def test_items_sharing_the_last_ones_head_in_a_fenbie_list():
    got = observed("截至2020年底，无锡市律师行业党组织82个，其中单独、联合党支部分别为56个、26个。")
    assert ("legal", "standalone_branches", 56) in got
    assert ("legal", "joint_branches", 56) not in got
    assert ("legal", "joint_branches", 26) in got


def test_a_dash_opens_the_items_of_a_list():
    got = observed(
        "截至2020年底，渝中区律所党组织设置情况为——党委、党总支、单独党支部、联合党支部"
        "分别为4、7、68、20个。"
    )
    assert ("legal", "party_committees", 4) in got
    assert ("legal", "general_branches", 7) in got


def test_firms_that_set_one_up_after_a_clause_counting_the_whole():
    got = observed(
        "截至去年底，临桂区共有律所9家。全区9家律所中，7家已建立党组织。",
        published=date(2014, 3, 1),
    )
    assert got[("legal", "firms_covered", 7)][:3] == ("exact", "桂林市临桂区", 2013)
    # (a class of firms framed: not the district's firms covered)
    got = observed(
        "截至去年底，临桂区共有律所9家。全区9家合伙制律所中，7家已建立党组织。",
        published=date(2014, 3, 1),
    )
    assert ("legal", "firms_covered", 7) not in got


def test_a_branch_founded_jointly_is_a_joint_branch():
    got = observed("截至2016年底，城固县司法鉴定机构联合成立党支部1个。")
    assert ("other", "joint_branches", 1) in got
    got = observed("截至2016年底，县司法局党组推动2家司法鉴定机构联合成立党支部1个。")
    assert ("other", "party_branches", 1) not in got


def test_a_firm_measured_against_its_province_is_still_one_firm():
    got = observed(
        "截至去年底，郑州市共有公证机构12家。郑州市黄河公证处作为全省规模最大的公证机构，"
        "现有公证员46名、党员39名。",
        published=date(2022, 3, 1),
    )
    assert ("notary", "firms", 12) in got
    assert ("notary", "practitioners", 46) not in got
    assert ("notary", "party_members", 39) not in got


def test_the_one_figure_pointed_back_to_by_this_figure():
    got = observed(
        "截至2013年6月底，朝阳区共有执业律师8100余名，其中党员律师2400余名，约占全区执业律师的三成。"
        "2010年底，这个数字还只有1500名左右，三年来新增党员律师900余名。",
        published=date(2013, 7, 25),
    )
    assert got[("legal", "party_members", 1500)][:3] == ("approximate", "北京市朝阳区", 2010)
    assert ("legal", "party_members", 900) not in got


def test_a_district_committee_awarding_chambers_names_no_chamber():
    got = observed(
        "今年七一前夕，江汉区委表彰商会先进党组织8个、优秀党务工作者12名。",
        published=date(2021, 7, 5),
    )
    assert got[("social_org", "awarded_party_organizations", 8)][1] == "武汉市江汉区"
    assert ("social_org", "awarded_party_workers", 12) in got
    got = observed("截至去年底，江汉区共有商会协会46家。", published=date(2021, 7, 5))
    assert ("social_org", "firms", 46) in got


def test_the_level_a_change_starts_from_in_a_compared_year():
    got = observed(
        "截至2018年底，全国党员律师14.5万多名。与2012年底相比，党员律师从约7.5万名增长了近一倍。",
        published=date(2019, 3, 13),
    )
    assert got[("legal", "party_members", 75000)][:3] == ("approximate", "全国", 2012)
    # (no year compared: when the level stood is not said)
    got = observed(
        "截至2018年底，全国党员律师从约7.5万名增长了近一倍。", published=date(2019, 3, 13)
    )
    assert ("legal", "party_members", 75000) not in got


def test_firms_covered_named_before_places_paired_by_fenbie():
    got = observed(
        "截至2011年底，昆都仑区、青山区两个区已建立党组织的非公企业分别达到865户和702户。"
    )
    assert got[("private_enterprise", "firms_covered", 865)][1] == "包头市昆都仑区"
    assert got[("private_enterprise", "firms_covered", 702)][1] == "包头市青山区"
    assert ("private_enterprise", "firms", 865) not in got


def test_people_counted_with_others_who_attended():
    got = observed(
        "10月18日，潍坊市公证协会党委举办专题党课，全市160余名公证员及公证辅助人员参加。",
        published=date(2023, 10, 20),
    )
    assert ("notary", "practitioners", 160) not in got


def test_earlier_rates_listed_after_a_comparison_pair_in_order():
    got = observed(
        "截至2024年底，重庆市非公有制企业和社会组织党组织覆盖率分别为52.6%和68.1%，"
        "较2015年的31.2%和40.5%分别提高21.4个和27.6个百分点。"
    )
    assert got[("private_enterprise", "coverage_rate", 31.2)][2] == 2015
    assert got[("social_org", "coverage_rate", 40.5)][2] == 2015
    assert ("social_org", "coverage_rate", 31.2) not in got


def test_what_a_named_firm_has_in_an_aside_is_its_own():
    got = observed(
        "“七一”前夕，锦诚律师事务所党委（下设5个党支部、党员86名）被命名为市级党建示范点。"
    )
    assert ("legal", "party_branches", 5) not in got
    assert ("legal", "party_members", 86) not in got


def test_a_kind_of_the_sector_whose_rate_was_just_given():
    got = observed(
        "截至2018年底，全省社会组织党组织覆盖率为61.2%，比上年提高4.3个百分点，"
        "其中行业协会商会党组织覆盖率达到85.7%。",
        jurisdiction="江苏省",
    )
    assert ("social_org", "coverage_rate", 61.2) in got
    assert ("social_org", "coverage_rate", 85.7) not in got
    # (a part by sector is no kind: 两新 as a whole, then social organizations)
    got = observed(
        "截至2018年底，全省“两新”组织党组织覆盖率为61.2%，其中社会组织党组织覆盖率达到55.7%。"
    )
    assert ("social_org", "coverage_rate", 55.7) in got


def test_units_registered_at_one_level_are_a_kind():
    # (the total before is no count of firms: only the level the units were registered at
    # says they are a kind)
    got = observed(
        "截至2020年11月底，济南市共有社会组织6238家，党员2.7万名。其中，市级登记的行业协会商会327家，"
        "党组织覆盖率达88.4%。"
    )
    assert ("social_org", "firms", 6238) in got
    assert ("social_org", "firms", 327) not in got
    assert ("social_org", "coverage_rate", 88.4) not in got


def test_a_shared_bound_each_item_then_states_exactly():
    got = observed(
        "截至2020年底，武汉市江岸、江汉两区非公企业党组织覆盖率均超过七成，分别为73.4%和71.2%。"
    )
    assert ("private_enterprise", "coverage_rate", 70) not in got
    assert got[("private_enterprise", "coverage_rate", 73.4)][1] == "武汉市江岸区"
    assert got[("private_enterprise", "coverage_rate", 71.2)][1] == "武汉市江汉区"


def test_places_listed_then_each_has_a_term_phrase():
    doc = make_doc(
        "截至2024年底，渝中区有律所296家（其中单独建立党支部的174家）；"
        "江北区、九龙坡区律所党组织各有40个左右。",
        jurisdiction="重庆市",
    )
    found = {(o.metric, o.jurisdiction) for o in extract(doc).observations if o.value == 40}
    assert found == {  # each place's own, of its own term (not the firms counted before)
        ("party_organizations", "重庆市江北区"),
        ("party_organizations", "重庆市九龙坡区"),
    }


def test_rates_in_brackets_after_places_named_after_the_list():
    got = observed(
        "截至2023年底，广东省社会组织7.18万个。珠三角其他城市中，珠海（48.2%）、佛山（45.6%）、"
        "东莞（43.9%）三市社会组织党组织覆盖率位居前列。"
    )
    assert got[("social_org", "coverage_rate", 48.2)][1] == "珠海市"
    assert got[("social_org", "coverage_rate", 43.9)][1] == "东莞市"


def test_places_after_a_semicolon_take_the_rate_before_in_order():
    got = observed(
        "截至2017年底，北京、上海、广东三地律所党组织覆盖率分别达到99.6%、99.8%和98.9%；"
        "新疆、广西两个自治区分别为96.3%和97.0%。"
    )
    assert got[("legal", "coverage_rate", 96.3)][1] == "新疆维吾尔自治区"
    assert got[("legal", "coverage_rate", 97.0)][1] == "广西壮族自治区"


def test_two_trades_together_are_sector_other():
    got = observed(
        "目前，南宁市共有公证机构13家、司法鉴定机构41家。两个行业现有党员460余名，建立党支部35个。"
        "2023年，市司法局组织两个行业党支部书记集中轮训3期。"
    )
    assert ("other", "party_members", 460) in got
    assert ("notary", "party_members", 460) not in got
    assert ("other", "training_sessions", 3) in got
    # (两个行业党委: the figure is the count of committees, it names no trades)
    got = observed("截至2020年底，清河县还成立了羊绒、汽车配件两个行业党委。")
    assert ("other", "industry_party_committees", 2) not in got


def test_the_year_before_a_relative_year_end():
    got = observed(
        "会议通报，截至去年底，厦门市会计师事务所党组织由上年的62个增加到71个。",
        published=date(2024, 2, 20),
    )
    assert got[("accounting", "party_organizations", 62)][2] == 2022
    assert got[("accounting", "party_organizations", 71)][2] == 2023


def test_a_citys_tax_advisers_firms_name_no_firm():
    got = observed(
        "截至2022年底，河南省共有税务师事务所643家。其中，郑州市税务师事务所达到271家，党组织覆盖率为78%。"
    )
    assert got[("other", "firms", 271)][1] == "郑州市"
    assert got[("other", "coverage_rate", 78)][1] == "郑州市"


def test_every_firm_of_a_list_that_all_set_one_up_is_counted():
    got = observed("截至2021年底，南康区10家律师事务所、4家会计师事务所均已建立党组织。")
    assert ("legal", "firms", 10) in got
    assert ("accounting", "firms", 4) in got


def test_members_among_the_practitioners_after_a_bare_year():
    got = observed("2015年底全国律师中的党员约9.8万人。")
    assert got[("legal", "party_members", 98000)][:3] == ("approximate", "全国", 2015)


def test_party_member_accountants():
    got = observed(
        "截至2017年9月底，重庆市共有注册会计师2640名，其中党员会计师692名，约占注册会计师总数的四分之一。"
    )
    assert ("accounting", "party_members", 692) in got
    assert ("accounting", "party_member_share", 25) in got


def test_offices_adjusted_from_one_level_to_another():
    got = observed(
        "据省司法厅统计，山东省公证机构由2014年的168家优化调整为去年底的154家。",
        published=date(2024, 3, 1),
    )
    assert got[("notary", "firms", 168)][2] == 2014
    assert got[("notary", "firms", 154)][2] == 2023


def test_the_bodies_the_firms_counted_have_set_up():
    got = observed("截至2023年9月底，潍坊市十四家公证处共设党支部16个，有公证员163名。")
    assert ("notary", "firms", 14) in got
    assert ("notary", "party_branches", 16) in got


def test_a_rate_among_a_counted_kind_framed_after_a_full_stop():
    got = observed(
        "截至2014年底，肥东县非公企业党组织覆盖率为62%。全县386家规模以上工业企业中，党组织覆盖率达到87%。"
    )
    assert ("private_enterprise", "coverage_rate", 62) in got
    assert ("private_enterprise", "coverage_rate", 87) not in got


def test_next_years_work_is_a_plan():
    got = observed("截至2022年底，渝中区有律所210家。明年，要在全区律师行业培育10个党建示范点。")
    assert ("legal", "firms", 210) in got
    assert ("legal", "demonstration_sites", 10) not in got


def test_last_years_level_dates_only_its_own_figure():
    got = observed(
        "截至今年6月底，金水区登记社会组织1183家，上年同期为1129家；已建立党组织的社会组织476家。",
        published=date(2024, 8, 9),
    )
    assert got[("social_org", "firms", 1129)][2] == 2023
    assert got[("social_org", "firms_covered", 476)][2] == 2024


def test_the_year_before_the_year_a_text_stands_in():
    got = observed(
        "截至2018年底，绵阳市依法登记的社会组织达3862个。\n"
        "社会组织党建同步推进。全市社会组织党组织由上年底的412个增加到468个。",
        published=date(2019, 2, 26),
    )
    assert got[("social_org", "party_organizations", 412)][2] == 2017
    assert got[("social_org", "party_organizations", 468)][2] == 2018


def test_the_next_item_of_a_sectors_own_list_under_qizhong():
    got = observed(
        "截至2024年12月底，江北区“两新”组织党组织1260个、党员1.05万名；"
        "其中民营企业党组织978个、党员8200余名。"
    )
    assert ("other", "party_members", 10500) in got
    assert got[("private_enterprise", "party_members", 8200)][0] == "lower_bound"


def test_a_bound_before_a_fenbie_list_is_every_figures():
    got = observed(
        "截至2019年底，广东省、北京市、江苏省执业律师人数分别超过5.6万人、3.8万人和3.6万人。"
    )
    assert got[("legal", "practitioners", 38000)][:2] == ("lower_bound", "北京市")
    assert got[("legal", "practitioners", 36000)][0] == "lower_bound"


def test_a_places_share_of_its_wider_places_members():
    got = observed("截至2023年底，苏州全市非公企业党员7.3万名，昆山市就有1.8万名，约占四分之一。")
    assert ("private_enterprise", "party_members", 18000) in got
    assert ("private_enterprise", "party_member_share", 25) not in got


def test_a_shared_district_name_read_in_the_city_the_text_is_about():
    got = observed(
        "目前，重庆市渝中区共有律师事务所290余家。江北区非公有制企业约2.3万户，已建立党组织的非公企业1460家。"
    )
    assert got[("private_enterprise", "firms", 23000)][1] == "重庆市江北区"


def test_the_new_fields_named_in_full():
    got = observed("截至2023年底，郑州市快递物流企业党组织由2018年的37个增加到246个。")
    assert got[("other", "party_organizations", 37)][2] == 2018
    assert ("other", "party_organizations", 246) in got


def test_a_part_of_the_firms_counted_after_you():
    got = observed("截至2022年底，哈尔滨市21家律所已有9家建立党组织。")
    assert ("legal", "firms", 21) in got
    assert ("legal", "firms_covered", 21) not in got
    assert ("legal", "firms_covered", 9) in got


def test_the_enterprises_of_a_new_field_under_qizhong_are_its_own():
    got = observed(
        "截至2022年6月底，雁塔区登记备案的快递、外卖配送企业共156家，其中已建立党组织的企业102家。"
    )
    assert ("other", "firms_covered", 102) in got
    assert ("private_enterprise", "firms_covered", 102) not in got


def test_county_level_cities_listed_by_short_name_and_counted():
    got = observed(
        "截至2012年底，苏州市下辖的昆山、张家港、常熟三个县级市非公企业党组织分别达到2856个、1730个和1684个。"
    )
    assert got[("private_enterprise", "party_organizations", 2856)][1] == "苏州市昆山市"
    assert got[("private_enterprise", "party_organizations", 1684)][1] == "苏州市常熟市"


def test_a_bound_before_a_bare_hundred_makes_it_a_quantity():
    got = observed("截至2022年底，宜昌市共有律师事务所逾百家、执业律师近两千名。")
    assert got[("legal", "firms", 100)][:2] == ("lower_bound", "宜昌市")
    got = observed("截至2022年底，全省百家律所党组织全覆盖。")  # (a programme's name)
    assert ("legal", "firms", 100) not in got


def test_what_one_named_firm_alone_holds():
    got = observed(
        "截至2023年底，北京市共有执业律师4.8万余名。总部位于朝阳区的北京嘉禾致远律师事务所一家就有执业律师超过1200名。"
    )
    assert ("legal", "practitioners", 48000) in got
    assert ("legal", "practitioners", 1200) not in got


def test_firms_the_joint_branches_cover():
    got = observed(
        "截至2020年底，许昌市现有商会党组织161个，其中单独党支部132个、联合党支部29个，29个联合党支部共覆盖61家商会。"
    )
    assert ("social_org", "firms_in_joint_branches", 61) in got
    assert ("social_org", "firms_covered", 61) not in got


def test_the_bodies_all_the_offices_set_up_together():
    got = observed(
        "截至2022年底，青岛市全市公证行业有党员公证员158名；各公证机构共建立党支部17个。"
    )
    assert got[("notary", "party_branches", 17)][1] == "青岛市"


def test_a_place_whose_name_holds_a_numeral_before_a_relative_clause():
    got = observed(
        "截至2024年底，重庆市渝北区商会党组织覆盖率超过90%，九龙坡区建立党组织的商会达到118家。"
    )
    assert got[("social_org", "firms_covered", 118)][1] == "重庆市九龙坡区"
    got = observed("截至2024年底，全市有3名以上党员的律所达到118家。")  # (a count picks some out)
    assert ("legal", "firms_covered", 118) not in got
    assert ("legal", "firms", 118) not in got


def test_the_city_a_local_papers_dateline_names():
    got = observed(
        "我市“两新”组织党建工作迈上新台阶\n"
        "本报西宁5月20日讯（记者 马红梅）截至2011年底，全市有律师事务所36家、执业律师680余名，"
        "其中党员律师240名。"
    )
    assert got[("legal", "party_members", 240)][1] == "西宁市"
    assert got[("legal", "firms", 36)][1] == "西宁市"


def test_a_saved_pages_headline_under_its_sites_name_names_the_county():
    text = (
        "晋江组工网\n首页 >> 两新党建 >> 工作动态\n晋江：非公企业党建为民营经济发展注入“红色动能”\n"
        "发布时间：2017-11-20　来源：中共晋江市委组织部\n"
        "晋江是泉州民营经济最活跃的县级市之一。截至2017年10月底，全市非公企业党组织达1186个。"
    )
    obs = observed(text, title="晋江组工网")
    assert obs[("private_enterprise", "party_organizations", 1186)][1] == "泉州市晋江市"


def test_the_people_a_team_took_in_are_no_count_of_the_place():
    text = (
        "今年以来，市律师行业党委牵头组建“红色律师护企团”32支，共吸纳186名律师，"
        "其中党员律师132名，占护企团成员的71%。截至2023年底，全市共有执业律师2120名。"
    )
    assert set(observed(text, jurisdiction="湖州市")) == {("legal", "practitioners", 2120)}


def test_how_a_branch_was_set_up_is_no_count_and_picks_none_out():
    text = (
        "截至2023年底，全市非公企业中由一家企业单独建立的党支部1220个，"
        "多家企业联合组建的联合党支部214个，覆盖企业950家。"
    )
    obs = observed(text, jurisdiction="苏州市吴中区")
    assert ("private_enterprise", "standalone_branches", 1220) in obs
    assert ("private_enterprise", "joint_branches", 214) in obs
    assert ("private_enterprise", "firms_with_own_branch", 1) not in obs


def test_a_study_report_reads_each_compared_place_and_the_writers_own():
    title = "他山之石：赴深圳、佛山学习两新组织党建工作的几点体会"
    text = (
        f"{title}\n今年4月，我随东莞市非公有制经济组织党建工作考察团赴深圳、佛山两市学习。\n"
        "截至2014年底，深圳市非公企业党组织已达1.58万个。相比之下，截至2014年底，"
        "我市非公企业党组织4300个。\n"
        "截至2021年底，杭州、宁波两市分别有律师事务所486家和213家、执业律师7935人和3108人。\n"
        "昆山市把“支部建在所上”作为基础工程，截至2015年底，全市律师行业共建立党组织31个。"
    )
    obs = observed(text, title=title)
    assert obs[("private_enterprise", "party_organizations", 15800)][1] == "深圳市"
    assert obs[("private_enterprise", "party_organizations", 4300)][1] == "东莞市"
    assert obs[("legal", "practitioners", 3108)][1] == "宁波市"
    assert obs[("legal", "party_organizations", 31)][1] == "苏州市昆山市"


def test_too_few_members_and_one_parks_own_are_no_figures():
    text = (
        "截至2022年底，尚未建立党组织的47家律所多为新设小所，党员不足3名。"
        "顺德区一个家电产业园就组建了联合党委1个、覆盖企业320家。"
    )
    assert observed(text, jurisdiction="佛山市") == {}


def test_a_year_with_zai_between_a_term_and_its_count():
    obs = observed("陆媒引述官方数据指出，大陆党员律师在2012年仅6.7万人，当年律师总数约23万人。")
    assert obs[("legal", "party_members", 67000)][1:3] == ("全国", 2012)


def test_one_association_after_who_said_it_and_one_small_firm():
    text = (
        "吴中区社会组织党建走笔\n截至2021年底，全区社会组织党组织覆盖率达到90.5%。"
        "协会党支部书记顾雪芳告诉记者，协会现有会员单位127家、党员43名。"
        "与大所不同，望京一家只有6名律师的小所，党员只有1名。"
    )
    obs = observed(text, jurisdiction="苏州市吴中区")
    assert set(obs) == {("social_org", "coverage_rate", 90.5)}


def test_an_aside_holding_an_aside_of_its_own():
    text = (
        "截至2020年底，全市有律师事务所486家（其中芙蓉区127家，居各区县（市）首位）、"
        "执业律师7235人，党员律师2410名。"
    )
    obs = observed(text, jurisdiction="长沙市")
    assert ("legal", "firms", 486) in obs and ("legal", "party_members", 2410) in obs
    assert obs[("legal", "firms", 127)][1] == "长沙市芙蓉区"


def test_the_firms_of_zones_counted_and_those_of_them_that_set_one_up_are_sector_other():
    text = (
        "截至去年底，全市各类开发区、工业园区共有非公企业7420家，已有5380家建立了党组织，"
        "组织覆盖率为72.5%。"
    )
    obs = observed(text, jurisdiction="芜湖市", published=date(2020, 3, 1))
    assert set(obs) == {
        ("other", "firms", 7420),
        ("other", "firms_covered", 5380),
        ("other", "coverage_rate", 72.5),
    }


def test_the_firms_a_zones_joint_branches_cover_are_the_zones():
    text = (
        "截至2023年底，全县园区企业党支部189个，其中单独组建122个、联合组建67个，"
        "联合党支部覆盖企业745家。"
    )
    obs = observed(text, jurisdiction="廊坊市固安县")
    assert ("other", "firms_in_joint_branches", 745) in obs
    assert ("private_enterprise", "firms_in_joint_branches", 745) not in obs


def test_the_units_that_exist_acted_on_one_by_one_are_all_of_them():
    text = (
        "2022年3月，广州市注册会计师行业党委启动工程，对广州市现有的412家会计师事务所逐一开展"
        "党建情况排查，其中已建立党组织的有289家。"
    )
    obs = observed(text)
    assert obs[("accounting", "firms", 412)][1] == "广州市"
    assert ("accounting", "firms_covered", 289) in obs
    # (not acted on one by one: what the drive reached, no count of the place's)
    assert observed("对广州市的412家会计师事务所开展党建情况排查。") == {}


def test_those_that_practise_are_all_of_them():
    text = "截至2024年12月31日，在长沙依法执业的律师事务所612家，持证执业的党员律师3512名。"
    obs = observed(text, jurisdiction="长沙市")
    assert obs[("legal", "firms", 612)][1:3] == ("长沙市", 2024)
    assert ("legal", "party_members", 3512) in obs


def test_firms_after_a_set_up_clause_without_its_de_are_those_covered():
    # a label's compressed relative clause: 已建党组织|事务所, as 已建党组织的事务所
    obs = observed("截至2022年底，全省会计师事务所398家，已建党组织事务所323家。")
    assert ("accounting", "firms", 398) in obs
    assert ("accounting", "firms_covered", 323) in obs
    assert ("accounting", "firms", 323) not in obs
    own = observed("截至2021年底，全省单独建立党支部律所45家，联合建立党支部律所60家。")
    assert ("legal", "firms_with_own_branch", 45) in own
    assert ("legal", "firms_in_joint_branches", 60) in own
    # (a count of organizations between the verb and the firms: the firms are all of them)
    assert ("legal", "firms", 323) in observed("全省已建立党组织12个，律所323家。")


def test_a_figure_dated_by_the_event_it_stood_at():
    obs = observed(
        "2011年末，全区有律师事务所93家、执业律师1426人，其中党员律师372人。"
        "党员律师由2008年区律师行业党委成立时的247人增加到372人。"
    )
    assert obs[("legal", "party_members", 247)][2] == 2008  # (not the paragraph's 2011)
    assert obs[("legal", "party_members", 372)][2] == 2011


def test_the_county_law_firm_of_old_texts_is_one_firm():
    obs = observed(
        "2000年末，于都县律师事务所增至5家，执业律师30人。"
        "县律师事务所有律师9人，为全县规模最大的律师事务所。"
    )
    assert ("legal", "practitioners", 30) in obs
    assert ("legal", "practitioners", 9) not in obs


def test_firms_of_the_new_fields_are_sector_other():
    obs = observed(
        "截至2016年6月底，贵阳市非公有制企业8.7万户，建立党组织4120个。"
        "其中，全市纳入统计的大数据企业1687家，建立党组织的企业548家，党组织覆盖率超过三成。"
    )
    assert ("private_enterprise", "firms", 87000) in obs
    assert ("other", "firms", 1687) in obs
    assert ("other", "firms_covered", 548) in obs  # (企业 after the field's count: the field's)
    assert ("private_enterprise", "firms_covered", 548) not in obs
    # fields listed before 企业 and 共: one count of them, not kinds counted together
    listed = observed("截至2019年6月底，雁塔区登记备案的快递、外卖配送企业共156家。")
    assert ("other", "firms", 156) in listed


def test_enterprises_alone_in_a_paragraph_about_a_field_are_the_fields():
    obs = observed(
        "截至2015年9月底，南山区共有互联网企业4312家。已建立党组织的互联网企业628家。"
        "从组建方式看，单独组建党支部的企业213家，另有415家企业参加了联合党支部。"
    )
    assert ("other", "firms_with_own_branch", 213) in obs
    assert ("other", "firms_in_joint_branches", 415) in obs
    assert not any(sector == "private_enterprise" for sector, _, _ in obs)


def test_one_units_body_after_an_opening_clause_or_a_quoted_name():
    guided = observed(
        "截至2014年底，晋江市共有社会组织1186家。2013年，在市社会组织党工委指导下，"
        "商会成立党委，下设6个党支部。"
    )
    assert ("social_org", "firms", 1186) in guided
    assert ("social_org", "party_branches", 6) not in guided  # (the chamber's own)
    example = observed(
        "截至2015年9月底，南山区共有互联网企业4312家。"
        "如“云帆科技”党委下设12个党支部，现有党员420名。"
    )
    assert ("other", "firms", 4312) in example
    assert not any(metric == "party_members" for _, metric, _ in example)
    park = observed(
        "截至2023年10月底，义乌市直播电商领域党组织167个。"
        "在“星火直播产业园”，园区党委下设9个党支部，入驻企业326家。"
    )
    assert ("other", "party_organizations", 167) in park
    assert ("other", "party_branches", 9) not in park


def test_kinds_a_clause_of_baokuo_lists_after_a_count_are_not_published():
    obs = observed("目前，长沙县共有商会42家，包括镇（街道）商会18家、行业商会15家、异地商会9家。")
    assert set(obs) == {("social_org", "firms", 42)}
    # (kinds of another metric a 包括 clause lists after an organizations' count stay)
    orgs = observed(
        "截至2022年底，全区社会组织党组织共有412个，包括党委9个、党总支23个、党支部380个。"
    )
    assert ("social_org", "party_committees", 9) in orgs


def test_covered_firms_named_again_are_not_all_the_places():
    obs = observed(
        "目前，重庆市共有商会53家，已建立党组织的49家，党组织覆盖率达92.5%；"
        "49家商会共建立党组织51个，共有党员1460余名。"
    )
    assert ("social_org", "firms", 53) in obs
    assert ("social_org", "firms_covered", 49) in obs
    assert ("social_org", "firms", 49) not in obs


def test_a_rate_after_the_kinds_a_baokuo_clause_lists_is_the_wholes():
    obs = observed(
        "目前，长沙县共有商会42家，包括镇（街道）商会18家、行业商会15家、异地商会9家，"
        "商会党组织覆盖率达100%。"
    )
    assert obs[("social_org", "coverage_rate", 100)][1] == "长沙市长沙县"


def test_firms_covered_after_joint_branches_counted_in_an_aside_are_all_the_covered():
    obs = observed(
        "2006年末，全区已建立律师事务所党组织226个，其中党委1个、党总支3个、"
        "党支部222个（含联合党支部47个），覆盖律师事务所243家，党组织覆盖率61.5%。"
    )
    assert ("legal", "firms_covered", 243) in obs
    assert ("legal", "firms_in_joint_branches", 243) not in obs


def test_joint_branches_set_up_to_bring_firms_into_coverage():
    obs = observed(
        "截至2023年底，单独建立党支部的律所71家，其余92家规模较小的律所通过组建17个联合党支部纳入覆盖。"
    )
    assert ("legal", "joint_branches", 17) in obs
    assert ("legal", "firms_in_joint_branches", 92) in obs


def test_parts_of_the_gaps_left_are_no_sectors_figures():
    obs = observed(
        "截至2021年5月底，武侯区登记在册的社会组织486个。"
        "排查中共梳理出党组织覆盖空白点181个，其中社会组织174个、律所7家。"
    )
    assert set(obs) == {("social_org", "firms", 486)}


def test_firms_newly_brought_into_joint_branches_are_a_change():
    obs = observed(
        "截至2018年底，全省律所1200家。行动开展以来，全省新组建联合党支部23个，"
        "新编入联合党支部的律所54家。"
    )
    assert set(obs) == {("legal", "firms", 1200)}


def test_joint_branches_through_which_firms_are_covered():
    obs = observed(
        "截至2021年5月底，武侯区已建立党组织的社会组织312个，其中单独组建党支部的社会组织98个，"
        "另有214个社会组织通过41个联合党支部实现组织覆盖。"
    )
    assert ("social_org", "joint_branches", 41) in obs
    assert ("social_org", "firms_in_joint_branches", 214) in obs


def test_the_levels_a_comparison_frame_lists_are_of_its_year():
    obs = observed(
        "截至2012年底，全市共有律师事务所12家，执业律师52名，其中党员律师21名。"
        "与2008年全市仅有律师31名、党员律师9名相比，律师人数增长67.7%。"
    )
    assert obs[("legal", "practitioners", 31)][2] == 2008
    assert obs[("legal", "party_members", 9)][2] == 2008
    assert obs[("legal", "practitioners", 52)][2] == 2012


def test_a_branch_a_body_led_the_setting_up_of_after_the_firms_that_joined_it():
    obs = observed(
        "截至2019年底，全县律师行业共有党支部6个，其中5家律所单独建立党支部，"
        "另外3家律所参加了县司法局牵头组建的联合党支部1个。"
    )
    assert ("legal", "joint_branches", 1) in obs
    assert ("legal", "firms_in_joint_branches", 3) in obs


def test_a_ratio_of_a_group_is_no_count():
    obs = observed(
        "截至2023年底，浦东新区执业律师7136人，其中党员律师2419名，占全区律师的33.9%，"
        "也就是说差不多每三名律师中就有一名党员。"
    )
    assert ("legal", "party_members", 1) not in obs
    assert ("legal", "party_members", 2419) in obs


def test_a_bound_or_an_about_rounding_the_exact_figure_of_its_year_is_that_figure():
    same_sentence = observed(
        "截至2023年12月31日，四川省执业注册会计师5127人，其中党员1486名，"
        "占执业注册会计师总数的28.98%，近三成注册会计师是共产党员。"
    )
    assert ("accounting", "party_member_share", 30) not in same_sentence
    assert ("accounting", "party_member_share", 28.98) in same_sentence
    closing = observed(
        "截至2017年底，南康区登记社会组织418家，社会组织中有党员963名。\n"
        "区委组织部有关负责人介绍，全区近千名社会组织党员，已成为推动南康高质量发展的骨干力量。"
    )
    assert ("social_org", "party_members", 1000) not in closing
    # (a change's start is no rounding of its end)
    change = observed("截至2016年底，吉林省党员律师占比从四分之一左右提高到33.5%。")
    assert ("legal", "party_member_share", 25) in change


def test_a_figure_told_exactly_after_its_rounded_form():
    obs = observed(
        "截至2023年底，浦东新区共有律师事务所约460家，准确地说是458家；"
        "执业律师超过7000人，具体是7136人。"
    )
    assert obs[("legal", "firms", 458)][0] == "exact"
    assert ("legal", "practitioners", 7136) in obs
    assert ("legal", "practitioners", 7000) not in obs


def test_figures_set_against_a_plan_are_what_was_done():
    obs = observed(
        "截至2020年底，全省党员律师9512人，占执业律师总数的34.2%，占比高出规划目标2.2个百分点；"
        "全省律师事务所共建立党组织1426个，其中单独党支部1061个、联合党支部365个。"
    )
    assert ("legal", "party_organizations", 1426) in obs
    assert ("legal", "joint_branches", 365) in obs
    distance = observed(
        "截至2017年底，全市规模以上非公企业党组织覆盖率达到85.6%，距规划提出的“2020年达到90%”"
        "还差4.4个百分点；非公企业中共有党员2.3万余名。"
    )
    assert distance[("private_enterprise", "party_members", 23000)][2] == 2017  # (not 2020's)
    target = observed(
        "截至2018年9月底，全区党员律师811人，占执业律师总数的30.3%，"
        "“党员律师占比达到30%”的规划目标已于2017年提前实现。"
    )
    assert ("legal", "party_member_share", 30) not in target
    assert ("legal", "party_member_share", 30.3) in target


def test_committees_of_the_cities_divided_into_districts():
    obs = observed("截至2020年底，全国设区的市级律师行业党委达到333个。")
    assert obs[("legal", "industry_party_committees", 333)][1] == "全国"


def test_a_notice_that_quotes_a_sentence_again_with_its_figure_put_right():
    obs = observed(
        "截至2022年底，全区律师事务所党支部共五十八个。\n"
        "更正：本报昨日报道中“全区律师事务所党支部共五十八个”有误，应为“全区律师事务所党支部共五十六个”。"
    )
    assert ("legal", "party_branches", 56) in obs
    assert ("legal", "party_branches", 58) not in obs


def test_the_year_a_multiple_is_of_dates_nothing_after_it():
    obs = observed(
        "会议通报，截至2023年底，南京市共有律师事务所近800家，执业律师突破1.1万名，"
        "是2015年底6800名的1.6倍；党员律师4100余名，占比超过37%。"
    )
    assert obs[("legal", "party_members", 4100)][2] == 2023
    assert obs[("legal", "party_member_share", 37)][2] == 2023


def test_the_levels_of_each_year_of_a_span_after_how_they_grew():
    obs = observed("2016年至2019年，全市党员律师人数逐年递增，分别为342人、398人、457人、531人。")
    assert obs[("legal", "party_members", 342)][2] == 2016
    assert obs[("legal", "party_members", 531)][2] == 2019
    after = observed(
        "2018年底换届时，全省有公证机构168家、公证员1046人；此后公证员队伍逐年扩大，"
        "2021年至2023年分别为1213人、1297人、1389人。"
    )
    assert after[("notary", "practitioners", 1297)][2] == 2022


def test_one_building_or_firm_named_where_or_when_it_stands():
    building = observed(
        "截至2022年底，石家庄市非公企业党组织3200个。位于长安区的裕华国际商务中心入驻企业146家，"
        "成立楼宇联合党委，下设党支部11个，有党员238名。"
    )
    assert set(building) == {("private_enterprise", "party_organizations", 3200)}
    scene = observed(
        "截至2023年底，武侯区楼宇党组织82个。在位于人民南路的金汇中心，楼宇联合党委覆盖入驻企业57家，"
        "现有党员214名。"
    )
    assert set(scene) == {("other", "party_organizations", 82)}
    firm = observed(
        "截至2024年底，鄂尔多斯市律所党组织62个。内蒙古天骄律师事务所于今年5月成立党支部，现有党员12名。"
    )
    assert ("legal", "party_members", 12) not in firm


def test_a_size_class_holding_firms_that_set_one_up_and_its_rate():
    obs = observed(
        "截至2013年底，唐山市非公企业党组织覆盖率为80%；"
        "规模以上企业中有2651户建立了党组织，覆盖率达95.4%。"
    )
    assert set(obs) == {("private_enterprise", "coverage_rate", 80)}


def test_joint_organizations_of_any_kind_are_joint_branches():
    obs = observed("截至2011年9月，山东省非公企业共建立党组织6.2万个，其中联合党组织一万八千余个。")
    assert obs[("private_enterprise", "joint_branches", 18000)][0] == "lower_bound"


def test_a_count_stated_again_under_another_sectors_words_is_stated_once():
    obs = observed(
        "截至今年5月底，佛山市南海区非公企业党组织2,136个（单独组建1,542个、联合组建594个）。\n"
        "南海区以工业园区、专业市场和村级工业区为单元组建联合党组织，594个联合党组织共覆盖小微企业8,900多家。"
    )
    assert ("private_enterprise", "joint_branches", 594) in obs
    assert ("other", "joint_branches", 594) not in obs
    both = observed(
        "截至2020年底，全区律所党组织覆盖率达到100%；同期，全区公证行业党组织覆盖率同样达到100%。"
    )
    assert ("notary", "coverage_rate", 100) in both  # (a share may well be every sector's)


def test_social_organizations_of_one_level_in_a_breakdown_by_level():
    obs = observed(
        "截至2022年底，山东省共有社会组织6.53万个；从登记层级看，全省性社会组织1986个，"
        "市级社会组织1.07万个，县级社会组织5.26万个。"
    )
    assert set(obs) == {("social_org", "firms", 65300)}
    rate = observed(
        "截至2023年底，江苏省社会组织党组织覆盖率为60%；分层级看，省级登记社会组织党组织覆盖率达到71.5%。"
    )
    assert set(rate) == {("social_org", "coverage_rate", 60)}
    # (a text about one level's alone names it as its subject: those are its figures)
    alone = observed("截至去年底，广州市在册的市级行业协会商会共512家，其中单独建立党组织的186家。")
    assert ("social_org", "firms", 512) in alone


def test_grassroots_legal_service_offices_by_their_short_name():
    obs = observed(
        "截至2023年底，山东省共有基层法律服务所1062家，其中，单独建立党支部的服务所598家，"
        "参加联合党支部的服务所464家。"
    )
    assert ("other", "firms", 1062) in obs
    assert ("other", "firms_with_own_branch", 598) in obs
    assert ("other", "firms_in_joint_branches", 464) in obs


def test_a_span_word_after_the_span_the_text_set_ends_with_it():
    obs = observed(
        "2013年至2017年，山东省注册会计师行业党委坚持以党建引领行业发展。"
        "五年来，省注协党委共举办全省会计师事务所党组织书记培训班9期。",
        published=date(2018, 4, 10),
    )
    assert obs[("accounting", "training_sessions", 9)][2] == 2017


def test_a_county_level_place_named_in_full_then_by_its_short_name():
    obs = observed(
        "截至今年9月底，苏州全市共有律师事务所403家。座谈会上，昆山市司法局汇报，截至10月底，"
        "昆山共有律师事务所52家、执业律师不到900名，其中党员律师286名。"
    )
    assert obs[("legal", "firms", 52)][1] == "苏州市昆山市"
    assert obs[("legal", "party_members", 286)][1] == "苏州市昆山市"
    assert obs[("legal", "firms", 403)][1] == "苏州市"


def test_each_places_bracketed_figure_where_the_subjects_units_lie():
    obs = observed(
        "从地区分布看，截至2017年底，广东省会计师事务所主要集中在深圳（301家）、广州（268家）、"
        "佛山（47家）和东莞（39家）四市，合计占全省的80.7%。"
    )
    assert obs[("accounting", "firms", 301)][1] == "深圳市"
    assert obs[("accounting", "firms", 39)][1] == "东莞市"
    assert not any(metric == "party_member_share" for _, metric, _ in obs)


def test_a_notice_that_puts_a_quoted_figure_right_by_its_value_alone():
    text = (
        "截至2022年底，全区律师行业党组织58个，其中单独党支部41个、联合党支部17个，"
        "17个联合党支部覆盖律师事务所46家。\n"
        "编者注：经核实，本文第二段“17个联合党支部覆盖律师事务所46家”有误，应为“36家”，特此更正。"
    )
    obs = observed(text)
    assert obs[("legal", "firms_in_joint_branches", 36)][3] == "36"  # where the notice gives it
    assert ("legal", "firms_in_joint_branches", 46) not in obs


def test_a_years_part_of_an_activitys_total_is_that_years_count():
    obs = observed(
        "2019年以来，截至2023年底，全市累计命名市级律师行业党建工作示范点21个，其中2023年命名6个。"
        "2019年至2023年，全市累计举办律师事务所党组织书记培训班17期，其中2023年举办4期。"
    )
    assert obs[("legal", "demonstration_sites", 6)][2] == 2023
    assert ("legal", "training_sessions", 4) in obs
    # (a part by year of a stock is no activity's: 党组织58个，其中2023年新建9个 is a change)
    stock = observed("截至2023年底，全区律师行业党组织58个，其中2023年新建9个。")
    assert ("legal", "party_organizations", 9) not in stock


def test_a_total_said_with_gong_after_a_semicolon_is_no_part_of_the_clause_before():
    obs = observed(
        "截至2012年10月底，全市共有物流快递企业1540家，从业人员逾3.7万人，其中党员1105名；"
        "已建立党组织的企业226家，共组建党组织198个。"
    )
    assert ("other", "party_organizations", 198) in obs  # a total of its own, not 其中's part
    assert ("other", "firms", 1540) in obs  # 物流快递企业: the field's firms, words swapped
    assert ("other", "practitioners", 37000) not in obs  # 从业人员: the staff, not professionals


def test_arrows_opening_the_lines_of_an_outline_are_bullets_not_words():
    obs = observed(
        "湖南省律师行业党建工作汇报提纲\n一、总体情况\n"
        "→ 截至2024年底，全省律师事务所1190家，执业律师2.08万名\n"
        "→ 党员律师1.12万名，占比53.8%\n"
        "→ 党员律师从2012年的3860名增长到2024年的1.12万名\n"
    )
    assert obs[("legal", "party_members", 11200)][1] == "湖南省"
    assert ("legal", "party_member_share", 53.8) in obs
    assert obs[("legal", "party_members", 3860)][2] == 2012


def test_awards_the_places_units_won_counted_after_the_award():
    obs = observed(
        "成都市武侯区律师行业党建数据墙\n（数据截至2021年12月）\n● 辖区律所：143家\n"
        "● 2021年获评省级律师行业先进党组织：2个\n● 2021年获评省级优秀党员律师：3名\n"
    )
    assert obs[("legal", "awarded_party_organizations", 2)][2] == 2021
    assert ("legal", "awarded_party_members", 3) in obs
    prose = observed("截至2021年底，武侯区律所143家。2021年，全区获评省级先进党组织2个。")
    assert ("legal", "awarded_party_organizations", 2) in prose


def test_what_a_body_a_zone_set_up_has_under_it_is_the_zones_body_not_the_sectors():
    obs = observed(
        "截至2015年底，九江市非公企业党组织2146个。九江经济技术开发区成立非公企业综合党委，"
        "下设党支部48个，带动园区企业党员亮身份。"
    )
    assert ("private_enterprise", "party_organizations", 2146) in obs
    assert not any(value == 48 for _, _, value in obs)
    sector = observed("截至2015年底，全市成立律师行业党委，下设党支部48个。")
    assert ("legal", "party_branches", 48) in sector  # the whole sector's committee


def test_a_digest_items_heading_place_is_the_place_its_scope_words_mean():
    text = (
        "要闻速览｜全省两新组织党建动态\n《甘肃两新党建》2020年第6期　　2020年9月3日\n\n"
        "【兰州市城关区】截至2020年6月底，城关区律所共有党员律师612名。\n\n"
        "【天水市】天水市会计师行业党委近日成立。截至2020年8月底，全市共有会计师事务所11家、"
        "注册会计师96人。\n\n"
        "▲北海市海城区　针对辖区社会组织规模小的实际，海城区推行联合组建。截至2017年6月底，"
        "全区共组建社会组织联合党支部7个。\n"
    )
    obs = observed(text)
    assert obs[("accounting", "firms", 11)][1] == "天水市"
    assert obs[("accounting", "practitioners", 96)][1] == "天水市"
    assert obs[("social_org", "joint_branches", 7)][1] == "北海市海城区"


def test_a_part_of_this_year_opening_a_paragraph_dates_its_figures():
    text = (
        "截至2023年底，全区共有律师事务所9家。\n\n今年一季度，区委社会工作部开展“回头看”。"
        "全区63家行业协会商会中已有51家建立党组织，覆盖率达81%。"
    )
    obs = observed(text, published=date(2024, 5, 10))
    assert obs[("social_org", "coverage_rate", 81)][2] == 2024
    assert obs[("legal", "firms", 9)][2] == 2023
    since = observed(
        "2021年3月以来，区司法局、区律师协会联合举办律师党史学习教育专题培训班3期。",
        published=date(2021, 4, 26),
    )
    assert since[("legal", "training_sessions", 3)][2] == 2021  # since a month of this year


def test_members_among_two_trades_people_listed_are_each_trades_members():
    obs = observed(
        "截至2019年6月底，全市共有律师事务所128家、公证处19家，执业律师1856名、公证员96名；"
        "律师和公证员中的中共党员分别为723名和61名，分别占各自执业人数的39%和63.5%。"
    )
    assert ("legal", "party_members", 723) in obs
    assert ("notary", "party_members", 61) in obs
    assert ("legal", "party_member_share", 39) in obs  # the first share, the first trade's
    assert ("notary", "party_member_share", 63.5) in obs
    assert ("legal", "practitioners", 723) not in obs


def test_members_after_qizhong_pair_with_the_trades_a_clause_before_listed():
    obs = observed(
        "截至2024年11月底，金水区律师事务所和公证处分别有执业律师1264名和公证员47名，"
        "其中党员分别为503名、35名。"
    )
    assert ("legal", "practitioners", 1264) in obs  # 分别: each its own, not both together
    assert ("notary", "party_members", 35) in obs


def test_alliance_members_teams_and_the_aim_of_a_plan_publish_nothing():
    members = observed(
        "截至2023年底，静安区律师行业党组织86个。联盟由区律师行业党委发起，首批成员单位包括"
        "区人民法院、区人民检察院、6个街道党工委和12家律师事务所党组织。"
    )
    assert ("legal", "party_organizations", 86) in members
    assert ("legal", "party_organizations", 12) not in members
    teams = observed(
        "截至2023年底，房山区有执业律师420名。灾后，区律师行业组成法律援助志愿服务队4支、"
        "律师37名，赴受灾乡镇接待群众咨询320余人次。"
    )
    assert ("legal", "practitioners", 420) in teams
    assert ("legal", "practitioners", 37) not in teams  # the teams' members
    plan = observed(
        "截至2022年底，青秀区社会组织党组织覆盖率为72%。区委组织部负责人表示，将继续以"
        "“三个一批”为抓手，推动社会组织党组织覆盖率提升至80%以上。"
    )
    assert ("social_org", "coverage_rate", 72) in plan
    assert not any(value == 80 for _, _, value in plan)


def test_a_titles_short_name_is_the_place_the_text_names_in_full():
    text = (
        "朝阳律师党建联盟：让“红色引擎”动力更足\n（2012年12月）北京市朝阳区是全市律师事务所"
        "最集中的城区。\n截至2012年11月底，全区律师事务所达618家，执业律师7300余人。"
        "同期，全市执业律师已达2.2万余人。"
    )
    obs = observed(text, title="朝阳律师党建联盟：让“红色引擎”动力更足")
    assert obs[("legal", "firms", 618)][1] == "北京市朝阳区"  # not 辽宁省朝阳市
    assert obs[("legal", "practitioners", 22000)][1] == "北京市"


def test_a_chronicles_days_take_the_year_heading_them():
    text = (
        "雁塔区年鉴（2022）·大事记\n\n2021年\n\n"
        "7月1日　区委召开“两优一先”表彰大会，表彰全区两新组织先进基层党组织15个、优秀共产党员40名。\n\n"
        "9月14日　区律师行业党委举办党务工作者培训班2期，参训律师120人次。\n"
    )
    obs = observed(text, published=date(2022, 8, 1))
    assert obs[("other", "awarded_party_organizations", 15)][2] == 2021
    assert obs[("legal", "training_sessions", 2)][2] == 2021


def test_the_same_year_again_and_a_street_after_a_heading():
    text = (
        "2012年，全国执业律师23万余人，律师党员5.9万人。\n\n"
        "同一年，云南省有律师事务所356家、执业律师4120人，党员律师1080名。"
    )
    assert observed(text, published=date(2025, 6, 30))[("legal", "firms", 356)][2] == 2012
    street = observed(
        "截至2021年底，兰山区社会组织党组织覆盖率92%。\n"
        "【基层动态】银雀山街道率先实现辖区社会组织党组织覆盖率100%。"
    )
    assert ("social_org", "coverage_rate", 92) in street
    assert ("social_org", "coverage_rate", 100) not in street  # the street's
    pointed = observed(
        "截至2021年底，雁塔区社会组织党组织112个。综合党委在小寨路街道召开现场观摩会。"
        "该街道辖区32家社会组织组建联合党支部4个。"
    )
    assert not any(value in (32, 4) for _, _, value in pointed)


def test_a_text_that_opens_with_an_autonomous_region_means_it_by_quanqu():
    text = (
        "八桂律师行业党建十年观察\n\n广西律师行业党建工作走过了不平凡的十年。\n\n"
        "2019年，全区律师事务所党组织达到531个，其中单独党支部413个、联合党支部118个。\n\n"
        "“合同的问题一下子多了起来。”柳南区一名党员律师说。\n"
    )
    obs = observed(text, title="八桂律师行业党建十年观察")
    assert obs[("legal", "party_organizations", 531)][1] == "广西壮族自治区"


def test_a_work_summary_published_early_next_year_is_of_the_year_it_reports():
    text = (
        "于都县司法局2021年工作总结和2022年工作计划\n\n一、2021年工作开展情况\n"
        "（一）律师行业党建全面加强。全县现有律师事务所9家、执业律师86人，其中党员律师31人。"
    )
    obs = observed(
        text, title="于都县司法局2021年工作总结和2022年工作计划", published=date(2022, 1, 10)
    )
    assert obs[("legal", "firms", 9)][2] == 2021


def test_a_year_after_a_sources_lead_in_dates_the_paragraph():
    text = (
        "渝中区推进律师、会计行业党建全覆盖\n\n据统计，2018年全区律师行业有党员1270名。"
        "律师行业建立党组织131个，会计行业建立党组织42个。"
    )
    obs = observed(text, published=date(2019, 1, 22))
    assert obs[("legal", "party_organizations", 131)][2] == 2018


def test_enterprises_above_the_size_threshold_are_the_count_when_no_wider_one_is_given():
    obs = observed(
        "截至2015年底，全省规模以上非公企业4.25万家，其中已建立党组织的企业3.87万家，"
        "党组织覆盖率为91.1%。"
    )
    assert ("private_enterprise", "firms", 42500) in obs
    assert ("private_enterprise", "firms_covered", 38700) in obs
    aside = observed(
        "截至2016年底，昆山全市规模以上非公有制企业（含外资企业、港澳台资企业）2860家，"
        "已建立党组织的有2574家。"
    )
    assert ("private_enterprise", "firms", 2860) in aside
    part = observed("截至2018年底，全区共有非公有制企业约28万户，其中规模以上非公企业1.26万家。")
    assert ("private_enterprise", "firms", 12600) not in part  # a class of the whole count


def test_a_wider_places_average_in_brackets_is_that_places_share():
    obs = observed(
        "截至2021年底，浦东新区党员律师1893名，占全区执业律师的36%，"
        "分别高于上海市平均水平（33.5%）和全国平均水平（29.4%）。"
    )
    assert obs[("legal", "party_member_share", 36)][1] == "上海市浦东新区"
    assert obs[("legal", "party_member_share", 33.5)][1] == "上海市"
    assert obs[("legal", "party_member_share", 29.4)][1] == "全国"
    province = observed(
        "截至2024年底，长沙市共有执业律师9436名，其中党员律师3587名，占比38.0%，"
        "高于湖南全省（35.2%）2.8个百分点。"
    )
    assert province[("legal", "party_member_share", 35.2)][1] == "湖南省"
    # a bracket that names no wider place keeps the subject's place (its year before)
    plain = observed("截至2024年底，长沙市党员律师3587名，占比38.0%（上年为36.1%）。")
    assert plain[("legal", "party_member_share", 36.1)][1:3] == ("长沙市", 2023)


def test_firms_said_as_two_items_summed_are_the_firms_covered():
    obs = observed(
        "截至2013年底，全省律所中，单独建立党支部的律所217家，参加联合党支部的律所181家，"
        "两项合计已有398家律所建立了党组织，组织覆盖率达到96.6%。"
    )
    assert ("legal", "firms_covered", 398) in obs


def test_a_titles_city_then_county_short_names_make_the_county_the_texts_place():
    text = (
        "温州瑞安：行业协会商会“脱钩”后党建“挂钩”\n\n截至2020年5月底，全市行业协会商会共建立"
        "党组织71个，其中单独组建45个、联合组建26个。"
    )
    obs = observed(text, title="温州瑞安：行业协会商会“脱钩”后党建“挂钩”")
    assert obs[("social_org", "party_organizations", 71)][1] == "温州市瑞安市"
    city = observed(
        "长沙律师行业党建五年回眸\n\n截至2020年底，全市律师行业党组织412个。",
        title="长沙律师行业党建五年回眸",
    )
    assert city[("legal", "party_organizations", 412)][1] == "长沙市"  # not 长沙县


def test_an_organs_own_and_an_associations_own_party_bodies_are_no_places():
    organ = observed(
        "截至2017年底，全国律师事务所党组织3.1万个。会议指出，一年来，部机关党委所属69个"
        "党支部、部直属单位各级党组织全面完成各项任务。"
    )
    assert ("legal", "party_organizations", 31000) in organ
    assert ("legal", "party_branches", 69) not in organ
    association = observed(
        "截至2020年底，成都市行业协会商会党组织312个。以成都市餐饮同业公会为例，脱钩后该会"
        "党支部接转党员组织关系，现有党员38名。"
    )
    assert ("social_org", "party_members", 38) not in association


def test_industry_committees_every_level_set_up_then_counted_together():
    obs = observed(
        "截至2022年底，全区共有律师事务所1012家；自治区、市两级律师行业党委均已成立，共15个。"
    )
    assert ("legal", "industry_party_committees", 15) in obs
    each = observed(
        "截至2022年底，全市律师行业共有党组织267个；各县级市（区）均建立了律师行业党委，共10个。"
    )
    assert ("legal", "industry_party_committees", 10) in each


def test_a_level_reached_at_a_month_of_this_year_and_its_parts():
    text = (
        "2013年末全区会计师事务所党组织为72个，到今年6月末增至81个，其中事务所党委2个、"
        "党总支2个、党支部77个。"
    )
    obs = observed(text, published=date(2014, 8, 1))
    assert obs[("accounting", "party_organizations", 72)][2] == 2013
    assert obs[("accounting", "party_organizations", 81)][2] == 2014
    assert ("accounting", "party_branches", 77) in obs


def test_a_place_described_before_its_name_and_independent_organizations():
    obs = observed(
        "截至2017年6月底，全市律师行业共有党支部41个；受灾较重的华容县有律师事务所5家、党员律师21名。",
        title="岳阳市律师行业",
    )
    assert obs[("legal", "firms", 5)][1] == "岳阳市华容县"
    kinds = observed(
        "截至2023年10月底，全市民营企业中已建立党组织4026个，其中独立党组织2318个、联合党组织1708个。"
    )
    assert ("private_enterprise", "standalone_branches", 2318) in kinds


def test_places_inside_units_listed_as_examples_of_a_count_are_no_scope():
    text = (
        "2021年6月25日，中共温州市律师行业委员会召开表彰大会，对全市律师行业15个先进基层党组织、"
        "40名优秀共产党员予以表彰。\n会上宣读了表彰决定。浙江东瓯律师事务所党支部、乐清市律师行业"
        "第二联合党支部等15个党组织被授予“全市律师行业先进基层党组织”称号；黄海涛、周敏等40名同志"
        "被评为“全市律师行业优秀共产党员”。"
    )
    obs = observed(text, title="温州市律师行业召开“两优一先”表彰大会")
    assert obs[("legal", "awarded_party_organizations", 15)][1] == "温州市"
    assert obs[("legal", "awarded_party_members", 40)][1] == "温州市"


def test_comprehensive_committees_listed_as_a_kind_of_the_organizations_are_committees():
    obs = observed(
        "截至2023年底，全区重点产业园区共有党组织486个，其中综合党委11个、党总支23个、党支部452个。",
        title="黄埔区两新党建",
    )
    assert ("other", "party_committees", 11) in obs
    assert not any(metric == "industry_party_committees" for _, metric, _ in obs)


def test_awards_to_a_long_list_of_named_units_then_counted():
    obs = observed(
        "2018年6月29日，内蒙古自治区律师行业党委召开表彰大会，授予内蒙古北疆律师事务所党支部、"
        "内蒙古敕勒川律师事务所党支部等20个党组织“全区律师行业先进党组织”称号，授予其木格、"
        "王志刚等40名同志“全区律师行业优秀共产党员”称号。"
    )
    assert obs[("legal", "awarded_party_organizations", 20)][1] == "内蒙古自治区"
    assert ("legal", "awarded_party_members", 40) in obs


def test_members_among_the_places_lawyers_restated_before_zhong_are_the_places():
    obs = observed(
        "截至2016年底，全市共有律师事务所63家、执业律师1084名。在1084名执业律师中，有中共党员387名，占35.7%。"
    )
    assert ("legal", "party_members", 387) in obs
    assert ("legal", "party_member_share", 35.7) in obs
    group = observed(
        "截至2016年底，全市共有执业律师1084名。在出席大会的150名律师中，有中共党员102名，占68%。"
    )
    assert ("legal", "party_members", 102) not in group  # a group the place's count is not


def test_a_ranking_ends_with_its_semicolon_group():
    obs = observed(
        "截至2013年10月底，全市共有律师事务所216家，南岗区、道里区律所最为集中，分别有律师事务所83家"
        "和51家，在全市9个城区中排在前两位；全市注册会计师1580人，其中党员注册会计师412名。"
    )
    assert ("accounting", "practitioners", 1580) in obs
    assert ("accounting", "party_members", 412) in obs


def test_some_of_the_places_firms_just_counted_that_set_one_up():
    obs = observed("截至2016年底，全市63家律所中的58家已建立党组织，组织覆盖率92.1%。")
    assert ("legal", "firms_covered", 58) in obs
    picked = observed("截至2016年底，入围的100家律所中的16家建立了党组织。")
    assert not any(value == 16 for _, _, value in picked)  # a picked group's


def test_the_nations_date_does_not_date_a_citys_present_figures():
    text = (
        "我市律师行业党建工作调研报告\n\n据司法部统计，截至2012年底，全国共有律师事务所1.9万多家，"
        "律师23万余人。\n\n曲靖市现有律师事务所41家、执业律师486名，其中党员律师155名。"
    )
    obs = observed(text, published=date(2013, 8, 12))
    assert obs[("legal", "firms", 19000)][1:3] == ("全国", 2012)
    assert obs[("legal", "firms", 41)][2] == 2013


def test_an_aside_between_dashes_belongs_to_the_term_before_it():
    obs = observed(
        "截至2022年底，海门区非公企业党组织——既包括企业单独建立的，也包括依托园区、商会、楼宇"
        "联合建立的——共计318个，覆盖非公企业1260家，组织覆盖率为81.2%。"
    )
    assert ("private_enterprise", "party_organizations", 318) in obs
    assert ("private_enterprise", "firms_covered", 1260) in obs
    assert not any(metric == "joint_branches" for _, metric, _ in obs)
    label = observed("截至2022年底，全市律所——共126家，律师——共3000名。")
    assert ("legal", "firms", 126) in label and ("legal", "practitioners", 3000) in label
    kinds = observed(
        "截至2016年6月底，全市律所党组织——有的是一所一支部，有的是几所一支部——共47个，"
        "其中独立党支部35个、联合党支部12个。"
    )
    assert ("legal", "party_organizations", 47) in kinds  # 有的 inside the aside picks none out


def test_practising_lawyer_members_of_an_association_are_its_lawyers():
    obs = observed(
        "截至2016年12月31日，全省共有团体会员386家，个人会员6127名，其中执业律师会员5793名、"
        "实习人员334名。全省党员律师1900名，占执业律师会员的32.8%。",
        title="省律师协会通报会员统计情况",
    )
    assert ("legal", "practitioners", 5793) in obs
    assert ("legal", "party_member_share", 32.8) in obs
    assert not any(value == 6127 for _, _, value in obs)  # 个人会员: trainees too


def test_items_ranked_then_given_with_fenbie_are_the_places_figures():
    obs = observed(
        "截至2022年底，全市共有律师事务所638家；从各区情况看，雁塔区律所数量和执业律师人数均居"
        "全市第一，分别为241家和5120人。",
        title="西安市律师行业",
    )
    assert obs[("legal", "firms", 241)][1] == "西安市雁塔区"
    assert obs[("legal", "practitioners", 5120)][1] == "西安市雁塔区"


def test_groups_of_a_places_areas_are_no_place():
    obs = observed(
        "截至2023年底，温州市共有律所312家。2023年，鹿城、龙湾、瓯海三个主城区共有律所181家、"
        "执业律师3105名，党员律师1093名；文成、泰顺、永嘉、平阳、苍南五个山区县合计律所仅47家，"
        "其中泰顺县律所6家。",
        title="温州市律师行业",
    )
    assert ("legal", "firms", 312) in obs
    assert not any(value in (181, 3105, 1093, 47) for _, _, value in obs)
    assert obs[("legal", "firms", 6)][1] == "温州市泰顺县"  # a place of the group, named
    described = observed(
        "截至2022年6月底，全市律所共建立党组织186个；章贡区作为中心城区，集中了律师事务所88家、"
        "执业律师1260余名。",
        title="赣州市律师行业",
    )
    assert described[("legal", "practitioners", 1260)][1] == "赣州市章贡区"  # one place, described


def test_party_members_among_all_notary_staff_are_not_the_notaries():
    obs = observed(
        "截至2021年底，全市公证员120名，党员公证员66名，党员公证员占公证员总数的55%；如果把公证员"
        "助理和辅助人员一并计算，从业人员中共有党员141名。"
    )
    assert ("notary", "party_members", 66) in obs
    assert ("notary", "party_members", 141) not in obs


def test_counts_a_place_ranks_by_are_its_own():
    obs = observed(
        "截至去年底，全市共有律师事务所362家。分区域看，鄞州区以律所128家、律师2107名的规模居全市"
        "首位，海曙区次之。",
        title="宁波市律师行业发展报告",
        published=date(2025, 3, 12),
    )
    assert obs[("legal", "firms", 128)][1] == "宁波市鄞州区"
    assert obs[("legal", "practitioners", 2107)][1] == "宁波市鄞州区"
    other = observed("2023年底，广州市以执业律师2.1万名的数量位居全省第一。")
    assert other[("legal", "practitioners", 21000)][1] == "广州市"
    # (以3名以上党员的规模企业为重点: a threshold, no place's count)
    assert not observed("对职工50人以上的规模企业，以3名以上党员的企业为重点单独建立党组织。")


def test_a_city_dailys_page_counts_its_city():
    page = (
        "大连日报电子版\n首页 | 大连日报 | 往期回顾\n第04版：综合　2018年05月10日\n"
        "我市律师行业党组织覆盖率达94.4%\n发布时间：2018-05-10　来源：大连日报\n"
        "本报讯 截至今年4月底，全市共有律师事务所213家，其中已建立党组织的201家。"
    )
    obs = observed(page, title="大连日报电子版")
    assert obs[("legal", "firms", 213)][1] == "大连市"
    assert obs[("legal", "coverage_rate", 94.4)][1] == "大连市"
    # (来源：人民日报: a national paper names no place)
    national = observed("来源：人民日报\n截至2018年底，全市共有律师事务所213家。")
    assert national[("legal", "firms", 213)][1] is None


def test_a_provinces_short_name_after_a_bracket_is_the_province():
    obs = observed(
        "截至2020年底，全省共有律师事务所1926家。\n引用：党员律师7870余名",
        title="【转载】河南律师行业党建“两个覆盖”持续巩固",
    )
    assert obs[("legal", "firms", 1926)][1] == "河南省"
    assert obs[("legal", "party_members", 7870)][1] == "河南省"  # not 河南蒙古族自治县


def test_a_share_the_texts_own_place_by_short_name_has_of_a_wider_whole_is_no_member_share():
    obs = observed(
        "截至2012年底，晋江市有执业律师263名，其中党员律师78名。截至2012年底，泉州全市党员律师已达"
        "500余人，晋江约占六分之一。",
        title="晋江律师行业党建工作扎实开展",
    )
    assert ("legal", "party_members", 500) in obs
    assert not any(metric == "party_member_share" for _, metric, _ in obs)


def test_a_scope_word_in_a_closed_aside_scopes_only_the_aside():
    obs = observed(
        "截至2013年12月31日，全省共有律师事务所268家（全国2.03万家），执业律师3190人（全国24.8万人），"
        "其中党员律师1288人，占40.4%。",
        title="2013年甘肃省律师公证行业党建工作统计简报",
    )
    assert obs[("legal", "firms", 20300)][1] == "全国"
    assert obs[("legal", "practitioners", 248000)][1] == "全国"
    assert obs[("legal", "practitioners", 3190)][1] == "甘肃省"
    assert obs[("legal", "party_members", 1288)][1] == "甘肃省"
    assert obs[("legal", "party_member_share", 40.4)][1] == "甘肃省"


def test_a_date_bracketed_after_the_figures_dates_them():
    obs = observed("会员数：执业律师17680名、律师事务所1205家（截至2023年底）")
    assert obs[("legal", "practitioners", 17680)][2] == 2023
    assert obs[("legal", "firms", 1205)][2] == 2023
    stats = observed("全市共有执业律师17680名、律师事务所1205家（数据截至2023年6月）。")
    assert stats[("legal", "firms", 1205)][2] == 2023


def test_a_figure_stated_undated_then_again_with_its_date_takes_the_date():
    obs = observed(
        "【编者按】思明区现有律师事务所126家、执业律师2386人。\n"
        "截至2020年底，厦门市思明区共有律师事务所126家，执业律师2386人，其中党员律师612人。",
        title="思明区律师行业党建显成效",
        published=date(2021, 5, 18),
    )
    assert obs[("legal", "firms", 126)][2] == 2020
    assert obs[("legal", "practitioners", 2386)][2] == 2020


def test_gongjian_before_a_body_counts_those_built():
    obs = observed(
        "截至2015年底，全市律师行业共建党支部37个，其中独立党支部24个、联合党支部13个，13个联合党支部"
        "涵盖律所28家。"
    )
    assert ("legal", "party_branches", 37) in obs
    assert ("legal", "standalone_branches", 24) in obs
    assert ("legal", "joint_branches", 13) in obs
    assert not observed("全市律师事务所与非公企业结对共建党组织80对。")


def test_tongguo_says_how_firms_were_covered():
    obs = observed(
        "到2023年底，全国律师行业共建立党组织2.28万个，其中单独建立党组织的律所1.69万家，"
        "通过联合组建覆盖律所2.4万余家，律师事务所党组织覆盖率保持在99%以上。"
    )
    assert obs[("legal", "firms_in_joint_branches", 24000)][0] == "lower_bound"
    assert obs[("legal", "coverage_rate", 99)][0] == "lower_bound"
    assert not observed("全市通过年度考核的律所30家。")


def test_another_places_same_figure_in_a_clause_of_its_own():
    obs = observed(
        "截至2023年11月底，全市登记的行业协会商会达186家，已有152家建立党组织，党组织覆盖率81.7%，"
        "而宁夏全区同期为64.3%。",
        title="银川市行业协会商会党建",
    )
    assert obs[("social_org", "coverage_rate", 81.7)][1] == "银川市"
    assert obs[("social_org", "coverage_rate", 64.3)][1] == "宁夏回族自治区"
    counts = observed(
        "截至2023年底，全市律师事务所186家，而全省同期为1203家。", title="银川市律师行业"
    )
    assert counts[("legal", "firms", 1203)][1] == "宁夏回族自治区"
    # (株洲市分别为3920个、752个: a list's, read by 分别)
    listed = observed(
        "截至2023年底，三市共登记社会组织1.52万个，建立党组织3120个，其中长沙市分别为8460个、1785个，"
        "株洲市分别为3920个、752个。",
        title="长株潭三市社会组织党建",
    )
    assert listed[("social_org", "firms", 3920)][1] == "株洲市"


def test_a_title_listing_several_trades_counts_them_together():
    obs = observed(
        "截至2024年9月底，曲靖市按照“地域相近、行业相融”的原则组建联合党支部9个，覆盖事务所47家；"
        "单独建立党支部的事务所21家。",
        title="党建引领“小所”聚合力——曲靖市会计、税务、评估行业党建工作见闻",
    )
    assert ("other", "joint_branches", 9) in obs
    assert ("other", "firms_with_own_branch", 21) in obs


def test_the_nations_figure_in_a_clause_after_er_is_the_nations():
    share = observed(
        "截至2019年12月底，全省共有执业律师17352人，其中党员律师6218人，占执业律师总数的35.8%，"
        "而全国同期这一比例约为33%。",
        title="四川省律师行业党建",
    )
    assert share[("legal", "party_member_share", 35.8)][1] == "四川省"
    assert share[("legal", "party_member_share", 33)][1] == "全国"
    firms = observed(
        "截至2020年底，全省共有执业律师15372名，其中党员律师5410名，占35.2%；而全国同期律师事务所"
        "已达3.4万多家。",
        title="湖北律师行业",
    )
    assert firms[("legal", "firms", 34000)][1] == "全国"


def test_people_given_a_title_after_a_bare_count_and_levels_of_an_honour():
    obs = observed(
        "2017年至2021年，全市律师行业共有6个党组织获评全国、省级先进党组织，9名党员律师获评优秀共产党员，"
        "4人获评优秀党务工作者。",
        title="泉州市律师行业党建",
    )
    assert obs[("legal", "awarded_party_members", 9)][1] == "泉州市"  # not 全国: an honour's level
    assert obs[("legal", "awarded_party_workers", 4)][1] == "泉州市"
    # (其中4人获评…: some of those counted before; 4人获评先进工作者: no title the catalog counts)
    assert not observed("全市律师行业表彰先进个人20名，4人获评先进工作者。", title="泉州市律师行业")


def test_firms_branches_set_up_alone_are_standalone():
    obs = observed(
        "截至2018年底，沈阳市律师行业共建立党组织268个，其中单独建立的律所党支部201个、联合党支部67个。"
    )
    assert ("legal", "standalone_branches", 201) in obs
    assert ("legal", "joint_branches", 67) in obs


def test_committees_of_levels_listed_and_set_up_in_places_counted():
    levels = observed(
        "截至2015年底，全省律师行业党组织413个；省、市（州）两级律师行业党委共10个。",
        title="贵州省",
    )
    assert ("legal", "industry_party_committees", 10) in levels
    counted = observed(
        "截至2024年3月底，甘肃省有律师事务所531家；甘肃省14个市州和省律师协会均成立了律师行业党委，共15个。"
    )
    assert ("legal", "industry_party_committees", 15) in counted
    assert ("legal", "industry_party_committees", 14) not in counted


def test_parts_of_the_branches_the_sentence_before_counted_keep_its_sector():
    obs = observed(
        "截至2017年底，全省非公有制企业党组织7.1万个，其中党支部6.7万余个。在这些党支部中，单独组建的"
        "党支部3.9万个，联合党支部2.8万个，全省社会组织党组织2.7万个。",
        title="广东省两新组织党建工作综述",
    )
    assert ("private_enterprise", "standalone_branches", 39000) in obs
    assert ("private_enterprise", "joint_branches", 28000) in obs
    assert ("social_org", "party_organizations", 27000) in obs


def test_counts_with_their_nouns_after_a_changes_starting_date():
    obs = observed(
        "王建民说，五年来，全市律师队伍从2011年底的29家律所、248名律师，发展到2016年底的41家律所、"
        "395名律师。",
        title="天水市律师代表大会",
    )
    assert obs[("legal", "firms", 29)][2] == 2011
    assert obs[("legal", "practitioners", 248)][2] == 2011
    assert obs[("legal", "practitioners", 395)][2] == 2016


def test_a_changes_undated_start_takes_the_date_the_sentence_opened_with():
    obs = observed(
        "2018年底，全市有律所74家、律师926名、党员律师298名；截至2023年底，律所增至103家、律师1460名、"
        "党员律师541名，党员律师占比由32.2%提升至37.1%。",
        title="包头市律师代表大会",
    )
    assert obs[("legal", "party_member_share", 32.2)][2] == 2018
    assert obs[("legal", "party_member_share", 37.1)][2] == 2023
    span = observed(
        "2015年底至2024年底，全省公证员由1012名增至1436名，党员公证员由602名增至958名。",
        title="江苏省",
    )
    assert span[("notary", "practitioners", 1012)][2] == 2015
    assert span[("notary", "practitioners", 1436)][2] == 2024


def test_what_each_unit_has_is_no_total():
    obs = observed(
        "截至2023年底，全市组建联合党支部12个，每个联合党支部覆盖律所3家；按照就近原则，每个联合党支部"
        "原则上覆盖3家以内律所。"
    )
    assert ("legal", "joint_branches", 12) in obs
    assert not any(value == 3 for _, _, value in obs)


def test_starting_points_dated_by_their_list_by_dangshi_or_by_the_next_change():
    listed = observed(
        "全市律师事务所从2015年底的58家、执业律师614名，增至2020年底的112家、执业律师1400余名。",
        title="绍兴市律师行业",
    )
    assert listed[("legal", "practitioners", 614)][2] == 2015
    then = observed(
        "与自治区律师协会1987年成立时相比，全区律师事务所由当时的60余家增加到412家。",
        title="广西律师行业",
        published=date(2024, 3, 1),
    )
    assert then[("legal", "firms", 60)][2] == 1987
    rates = observed(
        "全区党员律师占比由25.6%提升至29.9%，律所党组织覆盖率由2016年的87.1%提高到2021年的100%。",
        title="深圳市福田区律师行业",
    )
    assert rates[("legal", "party_member_share", 25.6)][2] == 2016


def test_training_classes_then_the_organizers_next_act():
    obs = observed("2023年，市律师行业党委举办了2期党员律师培训班，组建“红色律师服务团”4支。")
    assert ("legal", "training_sessions", 2) in obs
    assert not any(value == 4 for _, _, value in obs)


def test_two_trades_counted_with_fenbie_are_the_trades_listed_before():
    obs = observed(
        "截至2019年6月底，全市共有律师事务所168家、会计师事务所47家，执业律师和注册会计师分别为2386人、"
        "912人。两个行业现有党员分别为821名、264名，分别占从业人员总数的34.4%和28.9%。",
        title="南通市律师、会计师行业党建工作稳步推进",
    )
    assert ("legal", "party_members", 821) in obs
    assert ("accounting", "party_members", 264) in obs
    assert not any(sector == "other" for sector, _, _ in obs)
    # (如按律所全体从业人员计算: the firms' staff, still no lawyers' share)
    staff = observed(
        "截至2019年6月底，全市执业律师2386名，其中党员律师720名。如按律所全体从业人员计算，党员占比为22.5%。"
    )
    assert not any(value == 22.5 for _, _, value in staff)


def test_shares_after_fenbie_pair_with_the_counts_listed_before():
    obs = observed(
        "截至2024年底，上述机构中，已有71家律师事务所、22家会计师事务所建立了党组织，分别占两个行业"
        "机构总数的76.3%和61.1%。",
        title="武侯区律师、会计行业党建",
    )
    assert ("legal", "coverage_rate", 76.3) in obs
    assert ("accounting", "coverage_rate", 61.1) in obs


def test_levels_compared_in_a_list_pair_with_the_list_before():
    obs = observed(
        "截至2025年6月30日，佛山市顺德区律师事务所、会计师事务所分别有132家、54家，较去年同期的121家、"
        "51家分别增加11家、3家。",
        title="顺德区律师会计行业党建",
        published=date(2025, 7, 10),
    )
    assert obs[("legal", "firms", 121)][2] == 2024
    assert obs[("accounting", "firms", 51)][2] == 2024


def test_a_list_of_last_years_levels_after_fenbie():
    obs = observed(
        "截至2020年6月底，全市执业律师和注册会计师分别为4520人、1386人，两个行业党员总数分别为1638人、"
        "402人，上年同期分别为1497人、388人。",
        title="潍坊市律师会计行业党建",
        published=date(2020, 7, 10),
    )
    assert obs[("legal", "party_members", 1497)][2] == 2019
    assert obs[("accounting", "party_members", 388)][2] == 2019
    assert obs[("legal", "party_members", 1638)][2] == 2020


def test_a_respective_item_with_its_own_qualifier_after_the_joiner():
    obs = observed(
        "截至2024年底，全市执业律师和注册会计师分别为11200余人和2860余人，两个行业党员分别为4100余人"
        "和约1050人。",
        title="杭州市律师会计行业党建",
    )
    assert obs[("accounting", "party_members", 1050)][0] == "approximate"
    assert obs[("legal", "party_members", 4100)][0] == "lower_bound"


def test_a_bound_after_fenbie_bounds_its_figures():
    obs = observed(
        "截至2024年7月底，全市律师事务所、会计师事务所分别为近600家和230余家，执业律师、注册会计师分别"
        "超过1.12万人、2860人。",
        title="杭州市律师会计行业党建",
    )
    assert obs[("legal", "firms", 600)][0] == "approximate"
    assert obs[("accounting", "firms", 230)][0] == "lower_bound"
    assert obs[("legal", "practitioners", 11200)][0] == "lower_bound"
    assert obs[("accounting", "practitioners", 2860)][0] == "lower_bound"


def test_where_a_class_opened_is_no_place_of_the_text():
    # round 835's report of a provincial class opened in the capital (our own blind round)
    page = Path(__file__).parent / "rounds" / "r835" / "r835_03.txt"
    obs = observed(
        page.read_text(encoding="utf-8"), title="全省律师行业党组织书记示范培训班在成都开班"
    )
    assert obs[("legal", "demonstration_sites", 25)][1] == "四川省"
    assert obs[("legal", "firms", 1487)][1] == "四川省"


def test_a_quoted_conditions_threshold_and_this_years_further_plan():
    assert not observed(
        "在示范引领上，鄞州区按照“年营业收入500万元以上、党员5名以上”的条件遴选培育对象。"
    )
    obs = observed(
        "截至2023年底，全市已命名律所党建示范点12个。市律师协会表示，年内再培育示范点3个。",
        title="柳州市律师行业党建",
    )
    assert ("legal", "demonstration_sites", 12) in obs
    assert ("legal", "demonstration_sites", 3) not in obs


def test_places_that_set_up_committees_then_the_committees_counted():
    obs = observed(
        "截至去年底，全区共有律师事务所226家；自治区及5个地级市均已成立律师行业党委，共6个。",
        title="宁夏律师行业党建",
        published=date(2025, 3, 1),
    )
    assert ("legal", "industry_party_committees", 6) in obs
    assert ("legal", "industry_party_committees", 5) not in obs


def test_the_whole_a_count_ranks_in_is_no_scope_of_what_follows():
    obs = observed(
        "梅州市五华县司法局把加强律师行业党建作为重要抓手。全县律师从2007年的21人增加到目前的46人，人数排名"
        "全市第四；党员律师由2007年的6人增至17人，党员律师占比约37%。",
        title="五华县律师行业党建工作五年回眸",
    )
    assert obs[("legal", "party_members", 17)][1] == "梅州市五华县"
    assert obs[("legal", "party_member_share", 37)][1] == "梅州市五华县"


def test_a_second_changes_start_dated_through_dangshi():
    obs = observed(
        "截至2013年底，与自治区律师协会1987年成立时相比，全区律师事务所由当时的60余家增加到412家，执业律师"
        "由不足900人增加到4783人。",
        title="新疆律师协会",
    )
    assert obs[("legal", "firms", 60)][2] == 1987
    assert obs[("legal", "practitioners", 900)][2] == 1987


def test_a_firm_that_set_up_its_own_body_then_what_it_has():
    obs = observed(
        "截至2023年底，全县有律师事务所9家。霍邱县皖西北律师事务所建立党总支，有党员17名。",
        title="霍邱县律师行业党建",
    )
    assert ("legal", "firms", 9) in obs
    assert not any(value == 17 for _, _, value in obs)


def test_this_firm_and_a_places_notary_office_named_with_its_city_are_single_units():
    firm = observed(
        "截至2023年底，全市共有律师事务所213家。这家所的党委下设4个党支部，党员律师67名。",
        title="青岛市律师行业党建",
    )
    assert ("legal", "firms", 213) in firm
    assert not any(value in (4, 67) for _, _, value in firm)
    office = observed(
        "截至2020年底，西海岸新区（黄岛区）有律师事务所46家。全市公证行业同步推进党建工作，青岛市黄岛公证处"
        "现有公证员21名，其中党员15名。",
        title="青岛市黄岛区律师行业党建",
    )
    assert not any(value in (21, 15) for _, _, value in office)


def test_the_units_a_citys_institute_holds_are_the_citys():
    obs = observed(
        "分地区看，截至2019年底，青岛市注协所辖会计师事务所118家、注册会计师2040人。",
        title="山东省注册会计师行业党建",
    )
    assert obs[("accounting", "firms", 118)][1] == "青岛市"
    assert obs[("accounting", "practitioners", 2040)][1] == "青岛市"


def test_the_xinjiang_corps_is_a_place_of_its_own():
    # 新疆生产建设兵团 keeps statistics apart from the region (全区（不含兵团）…；兵团另有…)
    title = "新疆生产建设兵团司法局2022年度工作总结"
    obs = observed(f"{title}\n截至2022年底，兵团共有律师事务所61家，执业律师1127名。", title=title)
    assert obs[("legal", "firms", 61)][1] == "新疆生产建设兵团"
    assert obs[("legal", "practitioners", 1127)][1] == "新疆生产建设兵团"
    text = "截至2014年底，全区（不含兵团）共有律师事务所483家；兵团另有律师事务所42家。"
    obs = observed(text, jurisdiction="新疆维吾尔自治区")
    assert obs[("legal", "firms", 42)][1] == "新疆生产建设兵团"


def test_every_province_and_the_corps_together_are_the_nation():
    text = "全国律师行业党建工作综述\n截至2020年底，31个省（区、市）和新疆生产建设兵团均已成立律师行业党委，共32个。"
    obs = observed(text)
    assert obs[("legal", "industry_party_committees", 32)][1] == "全国"
    text = "截至2016年底，各省、自治区、直辖市及新疆生产建设兵团注协均已组建行业党委，共32个。"
    assert observed(text)[("accounting", "industry_party_committees", 32)][1] is None


def test_another_dates_levels_after_fenbie_are_the_figures_just_stated():
    text = "截至2023年底，全区共有律师事务所68家、执业律师1005名，而2013年底分别只有25家、259名。"
    obs = observed(text, jurisdiction="西藏自治区")
    assert obs[("legal", "firms", 25)][2] == 2013
    assert obs[("legal", "practitioners", 259)][2] == 2013
    assert obs[("legal", "firms", 68)][2] == 2023


def test_an_earlier_dates_items_after_qizhong_are_no_parts():
    text = (
        "截至2013年底，全区共有律师事务所114家、执业律师1452名，其中党员律师近500名、"
        "占律师总数的34%，而2008年底全区律所和律师分别只有78家、903名。"
    )
    obs = observed(text, jurisdiction="宁夏回族自治区")
    assert obs[("legal", "firms", 78)][2] == 2008
    assert obs[("legal", "practitioners", 903)][2] == 2008
    assert obs[("legal", "party_members", 500)][0] == "approximate"


def test_a_percent_bracketed_after_members_is_their_share_when_the_counts_give_it():
    text = "截至2016年10月底，全市共有律师事务所182家，执业律师2860名；党员律师926名(32.4%)。"
    obs = observed(text, jurisdiction="合肥市")
    assert obs[("legal", "party_member_share", 32.4)][2] == 2016
    text = "截至2016年10月底，全市共有律师事务所182家，执业律师2860名；党员律师926名（35.4%）。"
    assert ("legal", "party_member_share", 35.4) not in observed(text, jurisdiction="合肥市")


def test_a_lead_rounding_what_the_text_then_details_is_not_published_twice():
    text = (
        "截至2019年底，全省党员律师已超过3000人。\n"
        "会议通报，截至2019年底，全省共有执业律师8947人，其中党员律师3127人。"
    )
    obs = observed(text, jurisdiction="甘肃省")
    assert ("legal", "party_members", 3127) in obs
    assert ("legal", "party_members", 3000) not in obs
    # undated, on the page's day: the level the dated statement then gives
    text = (
        "我区180家左右会计师事务所、两千余名注册会计师中，党员已有700多名。"
        "截至2018年底，全区共有会计师事务所178家，执业注册会计师2043人，其中党员注册会计师716人。"
    )
    obs = observed(text, jurisdiction="内蒙古自治区", published=date(2019, 4, 11))
    assert {k[2] for k in obs if k[0] == "accounting"} == {178, 2043, 716}


def test_an_exact_figure_restating_a_count_said_before_its_noun():
    text = "截至2022年底，全区社会组织中有两千多名党员，准确数字为2315名。"
    obs = observed(text, jurisdiction="宁波市鄞州区")
    assert obs[("social_org", "party_members", 2315)][0] == "exact"
    assert ("social_org", "party_members", 2000) not in obs


def test_a_note_putting_quoted_words_right_publishes_the_right_value():
    text = (
        "截至2024年底，全省律师行业共建立单独党支部461个、联合党支部163个。\n\n"
        "编者注：文中“联合党支部163个”应为“联合党支部136个”，特此更正。"
    )
    obs = observed(text, jurisdiction="贵州省")
    assert ("legal", "joint_branches", 136) in obs
    assert ("legal", "joint_branches", 163) not in obs


def test_what_one_building_holds_is_one_units():
    text = "截至2022年底，浦东新区陆家嘴一栋甲级写字楼内集聚了19家律所、党员律师70余名。"
    assert observed(text) == {}


def test_sessions_to_come_in_batches_are_a_plan():
    assert observed("近期，西城区将分两批举办楼宇党务干部轮训。") == {}
    obs = observed("2023年，西城区分两批举办律师事务所党务干部轮训。")
    assert obs[("legal", "training_sessions", 2)][2] == 2023


def test_those_awarded_listed_by_sector_under_qizhong_are_awarded():
    text = (
        "2021年6月29日，武侯区召开全区“两新”组织党建工作推进会，表彰2020至2021年度“两新”组织"
        "先进基层党组织15个，其中非公企业党组织9个、社会组织党组织6个。"
    )
    obs = observed(text, jurisdiction="成都市武侯区")
    assert ("other", "awarded_party_organizations", 15) in obs
    assert ("private_enterprise", "awarded_party_organizations", 9) in obs
    assert ("social_org", "awarded_party_organizations", 6) in obs
    assert ("private_enterprise", "party_organizations", 9) not in obs


def test_a_briefs_place_heading_states_its_figure_again():
    text = (
        "律师行业党建信息摘编\n\n长春：律师队伍稳步壮大\n截至2019年底，长春市共有执业律师3100名。\n\n"
        "开封：公证员队伍党员比例过半\n"
        "截至2019年底，开封市6家公证处共有公证员38名，其中党员公证员22名，占57.9%。"
    )
    obs = observed(text)
    assert ("notary", "party_member_share", 57.9) in obs
    assert ("notary", "party_member_share", 50) not in obs


def test_a_share_of_a_higher_scopes_whole_with_its_size_in_brackets_is_not_the_places():
    text = (
        "2021年，全市非公企业中共有党员4.27万名，建立党组织6318个，"
        "党员人数约占四川全省非公企业党员总数（约31万名）的七分之一。"
    )
    obs = observed(text, jurisdiction="成都市")
    assert ("private_enterprise", "party_members", 42700) in obs
    assert not [k for k in obs if k[1] == "party_member_share"]


def test_a_named_provinces_and_the_nations_levels_compared_after_a_share():
    text = (
        "截至2023年底，深圳市执业律师2.16万人，党员律师6830人，占比31.6%，"
        "高于广东全省28.4%的平均水平，也略高于全国31.2%的水平。"
    )
    obs = observed(text, jurisdiction="深圳市")
    assert obs[("legal", "party_member_share", 28.4)][1] == "广东省"
    assert obs[("legal", "party_member_share", 31.2)][1] == "全国"
    assert obs[("legal", "party_member_share", 31.6)][1] == "深圳市"


def test_their_firm_pointed_at_is_one_firm():
    text = "楚韵律师事务所主任王建国说，他们所十二名律师里有五名党员。"
    assert observed(text, jurisdiction="孝感市云梦县") == {}


def test_a_digest_briefs_place_heading_is_the_topic_of_the_brief_under_it():
    text = (
        "齐鲁律师党建短讯\n\n青岛城阳区：律所党建与业务同频共振\n"
        "截至2023年底，城阳区有律师事务所42家、执业律师612名。\n\n"
        "烟台：培训与选树并举\n"
        "截至2023年底，全市有58家律所单独建立党支部，另有73家律所参加联合党支部。"
    )
    obs = observed(text)
    assert obs[("legal", "firms_with_own_branch", 58)][1] == "烟台市"
    assert obs[("legal", "firms", 42)][1] == "青岛市城阳区"


def test_a_speaker_restating_a_round_figure_exactly_gives_the_exact_one():
    text = "截至2013年底，全省律师事务所一千一百来家，说准一点是1124家；律师三万八千多人，38102人。"
    obs = observed(text, jurisdiction="四川省")
    assert ("legal", "firms", 1124) in obs and ("legal", "firms", 1100) not in obs
    assert ("legal", "practitioners", 38102) in obs
    assert ("legal", "practitioners", 38000) not in obs


def test_members_among_a_counted_group_written_without_a_comma():
    text = "截至2023年底，全市共有律师事务所120家，1500名执业律师中党员有620名。"
    obs = observed(text, jurisdiction="杭州市")
    assert ("legal", "practitioners", 1500) in obs
    assert ("legal", "party_members", 620) in obs
    # a sub-type's members are no place's
    text = "截至2023年底，全市共有执业律师1500名，其中300名青年律师中党员有120名。"
    assert ("legal", "party_members", 120) not in observed(text, jurisdiction="杭州市")


def test_a_rate_its_kinds_counts_give_is_the_kinds():
    text = (
        "截至2012年底，全省共有非公有制企业39.8万户，吸纳从业人员1180万人。"
        "其中规模以上非公有制企业1.38万户，已建立党组织的1.31万户，覆盖率达94.9%。"
    )
    obs = observed(text, jurisdiction="四川省")
    assert ("private_enterprise", "firms", 398000) in obs
    assert not [k for k in obs if k[1] == "coverage_rate"]


def test_firms_the_party_organizations_cover_after_joint_branches_are_all_covered():
    text = (
        "截至2024年底，全市单独建立党支部的律所97家，参加联合党支部的律所171家，"
        "共组建联合党支部43个，实现党组织覆盖的律所268家，党组织覆盖率达93.7%。"
    )
    obs = observed(text, jurisdiction="哈尔滨市")
    assert ("legal", "firms_covered", 268) in obs
    assert ("legal", "firms_in_joint_branches", 171) in obs
    assert ("legal", "firms_in_joint_branches", 268) not in obs


def test_a_kinds_members_and_share_after_its_count_are_the_kinds():
    text = (
        "截至2014年底，全省共有律师事务所1219家，执业律师15360人。"
        "全省公职律师队伍发展到620人，主要分布在省、市两级政府法制机构，政治素质普遍较高，"
        "其中党员582人，党员比例达93.9%；公司律师154人，党员121人。"
    )
    obs = observed(text, jurisdiction="河南省")
    assert ("legal", "practitioners", 15360) in obs
    assert not [k for k in obs if k[1] in ("party_members", "party_member_share")]


def test_parts_of_a_kind_the_sentence_points_back_to_are_the_kinds():
    text = (
        "截至2023年底，全市公职律师人数达到563名。"
        "这些公职律师大多具有法学专业背景，其中党员517名，占91.8%。"
    )
    assert observed(text, jurisdiction="遵义市") == {}
    text = "截至2023年底，全市共有执业律师2530名。这些律师中，党员律师1102名，占43.6%。"
    assert ("legal", "party_members", 1102) in observed(text, jurisdiction="遵义市")


def test_a_prefecture_called_diqu_is_its_texts_quanqu():
    text = (
        "截至2020年底，全区共有律师事务所13家、执业律师121人。"
        "从分布看，加格达奇区有律所8家、执业律师86人。"
    )
    obs = observed(text, title="大兴安岭地区律师行业党建工作综述")
    assert obs[("legal", "firms", 13)][1] == "大兴安岭地区"
    assert obs[("legal", "firms", 8)][1] == "大兴安岭地区加格达奇区"


def test_a_note_on_a_former_name_neither_dates_nor_hides_the_figures_after_it():
    text = (
        "1998年底，哲里木盟（当地人习惯简称“哲盟”，1999年撤盟设市后即今天的通辽市）"
        "只有律师事务所11家、律师96人。"
    )
    obs = observed(text)
    assert obs[("legal", "firms", 11)][1:3] == ("通辽市", 1998)
    assert obs[("legal", "practitioners", 96)][2] == 1998


def test_places_described_where_they_lie_or_what_they_are_to_their_city():
    text = (
        "截至2022年底，地处科尔沁沙地腹地的库伦旗仅有律师事务所2家、执业律师9人；"
        "鄂尔多斯市（原伊克昭盟，俗称伊盟）有律所87家。"
    )
    obs = observed(text, title="内蒙古律师行业党建工作综述")
    assert obs[("legal", "firms", 2)][1] == "通辽市库伦旗"
    assert obs[("legal", "practitioners", 9)][1] == "通辽市库伦旗"
    assert obs[("legal", "firms", 87)][1] == "鄂尔多斯市"
    text = "截至2012年底，伊春区作为市中心城区有律所11家，带岭区等边远林区尚无律所。"
    assert observed(text, title="伊春市律师行业党建")[("legal", "firms", 11)][1] == "伊春市伊春区"


def test_firms_that_have_a_party_organization_are_covered():
    text = "截至2017年9月底，全市共有律师事务所40家，有党组织的律所35家，党组织覆盖率87.5%。"
    obs = observed(text, jurisdiction="盘锦市")
    assert ("legal", "firms_covered", 35) in obs
    text = "截至2017年9月底，全市共有律师事务所40家，没有党组织的律所5家。"
    assert not [k for k in observed(text, jurisdiction="盘锦市") if k[2] == 5]


def test_each_places_association_that_set_up_a_committee_counts_industry_committees():
    text = "截至2018年底，全国律师行业已建立党组织1.6万余个；全国31个省（区、市）律师协会均已成立党委。"
    obs = observed(text)
    assert obs[("legal", "industry_party_committees", 31)][1] == "全国"
    # (places that each set up a committee of no named body: no count of industry committees)
    text = "截至2018年底，全省律师行业共建立党组织860个，全省14个市均已成立党委。"
    assert not [k for k in observed(text, jurisdiction="山东省") if k[2] == 14]


def test_firms_of_the_joint_branches_pointed_back_to_with_their_count():
    text = (
        "截至2016年底，辖区律所已建立党组织61个，包括单独党支部44个、联合党支部17个，"
        "参加这17个联合党支部的律师事务所共43家。"
    )
    obs = observed(text, jurisdiction="成都市武侯区")
    assert ("legal", "firms_in_joint_branches", 43) in obs


def test_levels_listed_by_year_after_the_term_or_a_change():
    text = (
        "全省律师行业党组织由2012年的402个增加到2014年的614个，"
        "2015年、2016年、2017年又分别达到805个、1012个、1183个。"
        "全省律师事务所数量2015年、2016年、2017年分别为301家、338家、372家。"
        "2015年、2016年、2017年，全省执业律师分别约为1.38万人、1.52万人、1.69万人。"
    )
    obs = observed(text, jurisdiction="四川省")
    assert obs[("legal", "party_organizations", 1012)][2] == 2016
    assert obs[("legal", "party_organizations", 1183)][2] == 2017
    assert obs[("legal", "firms", 338)][2] == 2016
    assert obs[("legal", "practitioners", 15200)][:3] == ("approximate", "四川省", 2016)


def test_the_firms_committees_counted_over_the_years_are_no_single_firms():
    text = "截至2016年底，全省11个设区市均已成立律师行业党委。律所党委由2012年底的12个发展到2016年底的27个。"
    obs = observed(text, jurisdiction="浙江省")
    assert obs[("legal", "party_committees", 12)][2] == 2012
    assert obs[("legal", "party_committees", 27)][2] == 2016
    # (one firm's committee and what it set up stay out)
    assert observed("律所党委下设4个党支部，现有党员律师36名。", jurisdiction="浙江省") == {}


def test_a_firm_that_now_has_offices_is_one_firm():
    text = (
        "从北京一间不足百平方米的写字间起步，恒信律师事务所如今已在国内设有89家办公室，"
        "执业律师超过9000名，党员律师2100余名。"
    )
    assert observed(text) == {}


def test_social_organizations_own_bodies_and_the_places_bodies_together():
    text = (
        "截至2020年6月底，全市共有行业协会商会468家，纳入脱钩范围的312家已于2019年底前全部与行政机关脱钩；"
        "全市行业协会商会共建立党组织197个，全市及各县（市）区共成立行业协会商会行业党委9个。"
        "全市社会组织自身建立的党组织共185个（党委12个、党支部173个）。"
    )
    obs = observed(text, jurisdiction="郑州市")
    assert obs[("social_org", "party_organizations", 197)][2] == 2020  # (not the deadline's year)
    assert ("social_org", "industry_party_committees", 9) in obs
    assert ("social_org", "party_organizations", 185) in obs


def test_one_kind_or_level_of_the_social_organizations_counted_before_stays_out():
    text = (
        "截至2014年9月底，全市登记注册社会组织3257个，其中社会团体1498个、民办非企业单位1742个。"
        "在1742个民办非企业单位中，民办学校等已建立党组织的有512个，覆盖率29.4%。"
        "社会团体中，区属42个行业协会有29个建立了党组织。"
        "据了解，市慈善总会党支部目前有党员14名。"
        "脱钩后，全市共接转党组织58个、党员730名。"
    )
    obs = observed(text, jurisdiction="宜昌市")
    assert ("social_org", "firms", 3257) in obs
    assert [k for k in obs if k[2] in (1742, 512, 29.4, 29, 14, 58, 730)] == []


def test_averages_of_a_trade_or_the_region_compared_with():
    text = (
        "截至2020年底，全省共有会计师事务所412家，注册会计师5237人，其中中共党员2046名，"
        "占注册会计师总数的39.1%，比全国注册会计师行业平均水平（31.2%）高出7.9个百分点。"
    )
    obs = observed(text, jurisdiction="河南省")
    assert obs[("accounting", "party_member_share", 31.2)][1] == "全国"
    text = "截至2017年底，全市党员律师512名，党员占比33.3%，高于全区平均水平（29.6%）3.7个百分点。"
    obs = observed(text, title="银川市律师行业党建工作综述")
    assert obs[("legal", "party_member_share", 29.6)][1] == "宁夏回族自治区"
    text = (
        "截至2022年底，全省共有公证员612名，其中党员公证员438名，占公证员总数的71.6%，"
        "也比全省律师行业32%左右的党员占比高出近40个百分点。"
    )
    obs = observed(text, jurisdiction="福建省")
    assert obs[("legal", "party_member_share", 32)][:2] == ("approximate", "福建省")


def test_a_rank_in_the_nation_is_no_scope_of_the_parts_after_it():
    text = (
        "截至2016年底，全省已有761家律师事务所建立党组织，党组织覆盖率达到96.7%，列全国第7位；"
        "其中，单独建立党支部的律所402家，参加联合党支部的律所359家。"
    )
    obs = observed(text, title="山西省律师行业党建")
    assert obs[("legal", "firms_with_own_branch", 402)][1] == "山西省"
    assert obs[("legal", "firms_in_joint_branches", 359)][1] == "山西省"


def test_the_kinds_of_agencies_just_listed_counted_again_are_all_of_them():
    text = (
        "截至2025年6月底，全区共有会计师事务所17家、税务师事务所29家。同期，上述四类中介机构共建立"
        "党组织23个，其中单独党支部15个、联合党支部8个，覆盖机构62家。"
        "同期全区有资产评估机构31家，两类机构中已有20家建立了党组织。"
    )
    obs = observed(text, jurisdiction="佛山市顺德区")
    assert obs[("other", "party_organizations", 23)][1] == "佛山市顺德区"
    assert ("other", "standalone_branches", 15) in obs
    assert ("other", "firms_covered", 62) in obs
    assert ("other", "firms_covered", 20) in obs


def test_committees_of_two_levels_counted_together_are_the_provinces():
    text = "截至2024年底，全省律师行业共有党组织2030个；省、设区市两级共设立律师行业党委14个。"
    obs = observed(text, jurisdiction="江西省")
    assert obs[("legal", "industry_party_committees", 14)][1] == "江西省"


def test_a_named_associations_branch_described_then_its_members_is_one_body():
    text = (
        "截至2020年6月底，全市行业协会商会共建立党组织197个，党员2860余名。\n"
        "郑州市物流协会党支部是脱钩后首批转接的党组织之一，目前有党员23名。"
        "全市律师行业共有党支部238个，平均每个党支部有党员6.8名，律所党组织覆盖率达到100%。"
    )
    obs = observed(text, title="郑州市行业协会商会脱钩后党建工作“不断线”")
    assert ("social_org", "party_members", 2860) in obs
    assert not [k for k in obs if k[2] == 23]
    assert ("legal", "coverage_rate", 100) in obs


def test_when_a_figure_was_reported_dates_no_figure_after_it():
    text = (
        "2015年2月，记者从山东省司法厅获悉，截至2014年底，全省公证机构163家，比上年减少5家。"
        "全省公证行业党组织158个，党组织覆盖率96.9%。"
    )
    obs = observed(text, jurisdiction="山东省")
    assert obs[("notary", "party_organizations", 158)][2] == 2014
    assert obs[("notary", "coverage_rate", 96.9)][2] == 2014


def test_bounds_and_changes_in_words_around_counts_and_fractions():
    text = (
        "截至2023年底，全省共有执业律师1.42万名，其中党员律师4960余名，占全省执业律师的三分之一强。"
        "全省律师行业共有党组织125个，比2019年底多9个，其中律所党委2个、党总支3个、党支部120个。"
        "经逐级评审，全省评定“五星级”非公企业党组织32个、社会组织党组织9个。"
    )
    obs = observed(text, jurisdiction="福建省")
    assert obs[("legal", "party_member_share", 33.33)][0] == "lower_bound"
    assert ("legal", "general_branches", 3) in obs
    assert ("legal", "party_branches", 120) in obs
    assert not [k for k in obs if k[2] in (9, 32)]


def test_the_rest_that_set_up_joint_branches_in_some_manner_are_counted():
    text = (
        "截至2021年底，修水县有律师事务所6家，2家律所单独建立党支部，"
        "其余4家按片区组建2个联合党支部。"
    )
    obs = observed(text, jurisdiction="九江市修水县")
    assert ("legal", "firms_in_joint_branches", 4) in obs
    assert ("legal", "joint_branches", 2) in obs


def test_firms_that_set_one_up_either_way_or_by_the_date_just_named():
    text = (
        "截至2013年底，全州11家律师事务所中已有8家单独或联合建立党支部，党组织覆盖率72.7%。"
        "全州共有非公企业法人单位5400余户。"
        "通过单独组建、联合组建等方式，截至同期已有3200户非公企业建立党组织。"
    )
    obs = observed(text, jurisdiction="甘南藏族自治州")
    assert ("legal", "firms_covered", 8) in obs
    assert obs[("private_enterprise", "firms", 5400)][0] == "lower_bound"
    assert obs[("private_enterprise", "firms_covered", 3200)][2] == 2013


def test_a_clause_naming_another_sector_after_a_respective_list_is_its_own():
    text = (
        "全市非公企业和社会组织党组织分别由2012年的1046个、138个增加到2021年5月底的2389个、527个，"
        "两新组织党组织总数达到2916个。"
    )
    obs = observed(text, jurisdiction="襄阳市")
    assert obs[("social_org", "party_organizations", 527)][2] == 2021
    assert ("other", "party_organizations", 2916) in obs
    assert ("private_enterprise", "party_organizations", 2916) not in obs


def test_members_on_the_firms_books_and_a_deleted_quote_stay_out():
    text = (
        "截至2022年底，全市共有律师事务所318家，执业律师4126人，另有实习律师420人。"
        "全市律师事务所在册党员1629名。"
    )
    assert ("legal", "party_members", 1629) not in observed(text, jurisdiction="佛山市")
    text = "原稿中“党员律师占比超过三分之一”的表述不准确，予以删除。"
    assert observed(text, jurisdiction="宁波市") == {}


def test_the_places_body_leading_the_organizations_counts_them_all():
    text = (
        "截至2020年底，省律师行业党委领导全省律师行业党组织412个，"
        "其中律师事务所党委11个、党总支9个、党支部392个。"
    )
    obs = observed(text, jurisdiction="甘肃省")
    assert obs[("legal", "party_organizations", 412)][1] == "甘肃省"
    assert ("legal", "party_branches", 392) in obs
    text = "截至2021年5月底，县司法局党组统筹管理的律师行业党组织共8个，其中单独党支部5个、联合党支部3个。"
    assert ("legal", "party_organizations", 8) in observed(text, jurisdiction="赣州市于都县")


def test_accounting_firms_members_split_into_cpas_and_staff_give_the_cpas():
    text = (
        "截至2023年底，全区共有会计师事务所28家，注册会计师约540人。"
        "会计师事务所共有党员93名，其中注册会计师党员61名，审计助理等其他人员党员32名。"
    )
    obs = observed(text, jurisdiction="西安市雁塔区")
    assert ("accounting", "party_members", 61) in obs
    assert ("accounting", "party_members", 93) not in obs
    # (the firms' staff's members, told from no one, are the trade's)
    text = "截至2020年底，全市共有会计师事务所238家，会计师事务所从业人员中有党员1046名。"
    assert ("accounting", "party_members", 1046) in observed(text, jurisdiction="成都市")


def test_a_change_from_a_time_whose_date_is_bracketed_after_it():
    text = (
        "截至2021年4月底，全区律所党组织已从攻坚行动启动时（2020年底）的312个增加到356个；"
        "已建立党组织的律所由395家增加到441家，律所党组织覆盖率由84.4%提升至94.2%。"
    )
    obs = observed(text, jurisdiction="深圳市福田区")
    assert obs[("legal", "party_organizations", 312)][2] == 2020
    assert obs[("legal", "party_organizations", 356)][2] == 2021
    assert obs[("legal", "firms_covered", 395)][2] == 2020
    assert obs[("legal", "coverage_rate", 84.4)][2] == 2020
    assert obs[("legal", "coverage_rate", 94.2)][2] == 2021


def test_levels_at_month_ends_of_the_texts_year():
    text = (
        "截至2017年9月底，全省律所增至612家。"
        "全省党员律师由3月底的3120名增加到9月底的3358名，9月底全省执业律师1.06万人。"
    )
    obs = observed(text, jurisdiction="云南省", published=date(2017, 10, 16))
    assert obs[("legal", "party_members", 3120)][2] == 2017
    assert obs[("legal", "party_members", 3358)][2] == 2017
    text = (
        "截至2022年9月底，全市非公企业党组织覆盖率达到92.5%，比3月底的81.2%、6月底的87.6%"
        "又有明显提升，而2021年底这一比例仅为76.4%。"
    )
    obs = observed(text, jurisdiction="苏州市昆山市", published=date(2022, 10, 20))
    assert ("private_enterprise", "coverage_rate", 81.2) in obs
    assert ("private_enterprise", "coverage_rate", 87.6) in obs
    assert obs[("private_enterprise", "coverage_rate", 76.4)][2] == 2021
    # (由3月末的58个增至6月末的63个: each level its own month)
    text = "截至2016年6月末，全市律师行业党支部数量由3月末的58个增至6月末的63个。"
    doc = make_doc(text, jurisdiction="呼和浩特市", published=date(2016, 7, 20))
    dated = {o.value: o.as_of for o in extract(doc).observations}
    assert dated[58] == date(2016, 3, 31)
    assert dated[63] == date(2016, 6, 30)


def test_a_rate_and_a_count_pointed_back_to_together():
    text = (
        "截至2020年8月底，全市非公企业党组织覆盖率达到89.0%，已建立党组织的非公企业3905家，"
        "而2019年底这两项数字分别为67.8%和2974家。"
    )
    obs = observed(text, jurisdiction="南宁市")
    assert obs[("private_enterprise", "coverage_rate", 67.8)][2] == 2019
    assert obs[("private_enterprise", "firms_covered", 2974)][2] == 2019


def test_branches_set_up_by_several_firms_are_the_joint_ones():
    text = (
        "截至2019年底，全市律师行业共建立党组织356个，其中党委5个、党总支12个、党支部339个；"
        "在党支部中，律所单独建立的268个，由2家以上律所联合组建的71个。"
    )
    assert observed(text, jurisdiction="苏州市")[("legal", "joint_branches", 71)][2] == 2019
    text = "截至2019年底，全市律师行业党支部中，律所单独建立的268个，由多家律所联合组建的71个。"
    assert ("legal", "joint_branches", 71) in observed(text, jurisdiction="苏州市")


def test_plans_captions_and_one_firms_pages_give_no_figure():
    text = (
        "一、2024年工作总结\n截至2024年底，全市共有律师事务所186家。\n"
        "二、2025年工作要点\n（二）深化律师行业党建，举办律所党组织书记培训班4期。"
    )
    obs = observed(
        text, jurisdiction="呼和浩特市", title="呼和浩特市司法局2024年工作总结和2025年工作要点"
    )
    assert ("legal", "firms", 186) in obs
    assert ("legal", "training_sessions", 4) not in obs
    text = "近半数律师是党员 这家律所把党建做成了“金字招牌”\n墙上的照片有112张——全所236名律师中，党员律师达112名。"
    assert observed(text, title="近半数律师是党员 这家律所把党建做成了“金字招牌”") == {}
    # (a picture's caption and a news site's name are no place of the text's)
    text = (
        "编者按：在新疆，全疆律师党员已超过1800名。\n"
        "天山网讯（记者 阿依古丽）在首府2900余名执业律师中，有400余名党员律师。\n"
        "（图为党员律师在天山区一社区为居民讲解民法典。记者 王磊 摄）\n"
        "记者从乌鲁木齐市司法局了解到，截至2020年底，全市共有律师事务所168家。"
    )
    obs = observed(text, title="400余名党员律师亮身份践承诺")
    assert obs[("legal", "firms", 168)][1] == "乌鲁木齐市"
    assert all(o[1] != "乌鲁木齐市天山区" for o in obs.values())


def test_each_ones_quota_and_an_offices_own_branch_stay_out():
    text = "会议明确每名党委委员联系1个设区市、2家以上律所党组织。"
    assert observed(text, jurisdiction="浙江省") == {}
    text = (
        "市律师行业党委在市律师协会设立机关党支部，现有党员14名。"
        "截至2023年12月31日，全市共有律师事务所498家。"
    )
    obs = observed(text, jurisdiction="苏州市")
    assert ("legal", "party_members", 14) not in obs
    assert ("legal", "firms", 498) in obs


def test_parts_of_a_total_of_several_trades_named_by_their_trade():
    text = (
        "截至2022年7月底，全区律师、司法鉴定、基层法律服务行业共建立党组织45个，"
        "其中律师行业39个、司法鉴定行业2个、基层法律服务行业4个。"
    )
    obs = observed(text, jurisdiction="济南市历城区")
    assert ("legal", "party_organizations", 39) in obs
    assert ("other", "party_organizations", 2) in obs
    assert ("other", "party_organizations", 4) in obs
    # (a part that names its own term is read by it)
    text = "全市两新组织共评选示范点30个。其中，律师行业有5个党组织、12名党员律师受到表彰。"
    assert ("legal", "awarded_party_organizations", 5) in observed(text, jurisdiction="无锡市")


def test_every_kind_of_organization_summed_is_all_of_them():
    text = (
        "截至2023年6月底，全市律师行业律所党委、党总支、党支部分别有11个、27个和684个，合计722个，"
        "其中党支部中单独组建和联合组建的分别为512个、172个。"
    )
    obs = observed(text, jurisdiction="成都市")
    assert obs[("legal", "party_organizations", 722)][2] == 2023
    assert ("legal", "standalone_branches", 512) in obs
    assert ("legal", "joint_branches", 172) in obs


def test_a_performance_indicators_result_not_its_target():
    text = (
        "（一）数量指标。2021年，举办全省律师事务所党组织书记培训班，年度指标值2期，完成值4期；"
        "表彰全省律师行业先进党组织，指标值30个，完成值30个；表彰优秀党员律师，指标值50名，实际表彰52名。\n"
        "（二）质量指标。律师事务所党组织覆盖率，指标值≥98%，完成值99.6%。"
    )
    obs = observed(text, jurisdiction="江西省")
    assert ("legal", "training_sessions", 4) in obs
    assert ("legal", "training_sessions", 2) not in obs
    assert ("legal", "awarded_party_organizations", 30) in obs
    assert ("legal", "awarded_party_members", 52) in obs
    assert ("legal", "awarded_party_members", 50) not in obs
    assert ("legal", "coverage_rate", 99.6) in obs
    text = (
        "二、绩效指标完成情况\n"
        "指标名称：律师事务所数量；指标值：≥25家；完成值：27家。\n"
        "指标名称：律所党组织覆盖率；指标值：100%；完成值：100%。"
    )
    obs = observed(text, jurisdiction="盐城市东台市")
    assert ("legal", "firms", 27) in obs
    assert ("legal", "firms", 25) not in obs
    assert ("legal", "coverage_rate", 100) in obs
    text = (
        "一、2022年度绩效目标完成情况\n指标名称 | 指标值 | 完成值\n"
        "律师行业党组织覆盖率 | ≥95% | 100%\n举办律师党建业务培训班（期） | 2 | 3\n"
        "评选优秀党员律师（名） | 20 | 21\n"
    )
    obs = observed(text, jurisdiction="株洲市")
    assert ("legal", "coverage_rate", 100) in obs
    assert ("legal", "training_sessions", 3) in obs
    assert ("legal", "awarded_party_members", 21) in obs
    assert ("legal", "training_sessions", 2) not in obs


def test_a_yearbook_table_with_a_spaced_label_and_an_ocr_zero():
    text = (
        "21-6  律师、公证及法律援助基本情况\n\n"
        "指        标              单位        2014年        2015年\n"
        "律师事务所                 个           3〇8           347\n"
        "执业律师                   人          7126          8013\n"
        "公证处                     个            14            15\n"
    )
    obs = observed(text, jurisdiction="成都市", title="成都统计年鉴—2016")
    assert obs[("legal", "firms", 308)][2:] == (2014, "3〇8")
    assert obs[("legal", "practitioners", 8013)][2] == 2015
    assert ("notary", "firms", 14) in obs


def test_arbitration_commissions_and_a_places_own_one():
    text = (
        "截至2020年底，全国共设立仲裁委员会260家，聘任仲裁员6万余人。"
        "北京仲裁委员会现有仲裁员1100余名，其党委下设9个党支部。"
    )
    obs = observed(text)
    assert obs[("other", "firms", 260)][1] == "全国"
    assert obs[("other", "practitioners", 60000)][0] == "lower_bound"
    assert ("other", "practitioners", 1100) not in obs
    assert ("other", "party_branches", 9) not in obs


def test_a_places_body_and_what_it_leads_in_the_next_clause():
    text = (
        "截至2021年6月底，全区共有律师事务所163家；区律师行业党委下设片区党总支4个，"
        "管理律所党支部127个，其中单独党支部98个、联合党支部29个。"
    )
    obs = observed(text, jurisdiction="青岛市市南区")
    assert ("legal", "general_branches", 4) in obs
    assert ("legal", "party_branches", 127) in obs
    assert ("legal", "standalone_branches", 98) in obs
    # (an area of the place, pointed at, is one unit)
    text = "中关村西区是律所集聚区，仅该片区就聚集律所60余家。"
    assert observed(text, jurisdiction="北京市海淀区") == {}


def test_one_park_an_institution_and_a_bearing_are_no_place_or_count():
    text = "城阳区某产业园党群服务中心覆盖园区企业146家、党员430名。"
    assert observed(text, jurisdiction="青岛市城阳区") == {}
    text = "区司法局与辖区一家仲裁机构建立党建联席机制，该机构现有党员仲裁员64名。"
    assert observed(text, jurisdiction="重庆市渝北区") == {}
    text = (
        "南江县地处大巴山南麓，律师资源一直偏紧。截至2022年底，全县有律师事务所五家。"
        "据巴中市司法局统计，截至2022年底，全市共有律师事务所31家。"
    )
    obs = observed(text, title="南江县律师行业联合党支部重温入党誓词")
    assert obs[("legal", "firms", 31)][1] == "巴中市"


def test_an_award_for_a_year_named_in_its_title():
    text = "截至2016年底，全市共有律师事务所42家。会上，10个律所党支部被表彰为2016年度先进党支部。"
    obs = observed(text, jurisdiction="铜仁市石阡县", published=date(2017, 2, 10))
    assert obs[("legal", "awarded_party_organizations", 10)][2] == 2016


def test_year_tables_with_a_change_column_a_box_and_a_blank_corner():
    text = (
        "报告所附主要指标如下：\n\n"
        "指标｜2021年｜2022年｜2023年｜2023年比2022年增减\n"
        "律师事务所（家）｜1148｜1226｜1302｜+76\n"
        "党员律师占比（%）｜29.6｜30.1｜31.1｜+1.0\n"
    )
    obs = observed(text, jurisdiction="深圳市")
    assert obs[("legal", "firms", 1148)][2] == 2021
    assert obs[("legal", "party_member_share", 31.1)][2] == 2023
    assert ("legal", "firms", 76) not in obs
    text = (
        "【律师工作】　2023年末，全区有律师事务所57家。\n\n"
        "鄞州区律师行业基本情况（2022—2023年）\n单位：家、人、个、%\n"
        "┌──────────────┬──────┬──────┬──────┐\n"
        "│项目　　　　　│2022年│2023年│增减　│\n"
        "├──────────────┼──────┼──────┼──────┤\n"
        "│律师事务所　　│52　　│57　　│+5　　│\n"
        "│执业律师　　　│1086　│1203　│+117　│\n"
        "│组织覆盖率　　│96.2　│100 　│+3.8　│\n"
        "└──────────────┴──────┴──────┴──────┘\n"
    )
    obs = observed(text, jurisdiction="宁波市鄞州区", title="鄞州年鉴（2024）")
    assert obs[("legal", "firms", 52)][2] == 2022
    assert obs[("legal", "practitioners", 1086)][2] == 2022
    assert obs[("legal", "coverage_rate", 96.2)][2] == 2022
    text = (
        "城阳区“两新”组织党建主要指标\n单位：家、个、人、%\n\n"
        "　　　　　　　　2022年　　2023年　　增减%\n"
        "非公有制企业　　　　4.36万　　4.72万　　8.3\n"
        "　非公企业党组织　　596　　　 631　　　 5.9\n"
        "社会组织　　　　　　1043　　　1096　　　5.1\n"
    )
    obs = observed(text, jurisdiction="青岛市城阳区")
    assert obs[("private_enterprise", "firms", 43600)][2] == 2022
    assert obs[("private_enterprise", "party_organizations", 596)][2] == 2022
    assert obs[("social_org", "firms", 1096)][2] == 2023
    assert ("private_enterprise", "firms", 8.3) not in obs


def test_firms_and_their_partner_set_up_one_joint_branch():
    text = (
        "截至2016年底，清水县仅有律师事务所两家、执业律师十二名，"
        "两家律所与县司法局机关联合组建联合党支部一个。"
    )
    obs = observed(text, jurisdiction="天水市清水县")
    assert ("legal", "firms_in_joint_branches", 2) in obs
    assert obs[("legal", "joint_branches", 1)][2] == 2016


def test_a_level_at_a_month_end_in_an_aside():
    text = (
        "截至2021年6月底，全市律所总数237家（3月底为229家），"
        "已建立党组织律所231家（3月底为204家），律所党组织覆盖率97.5%（3月底为89.1%）。"
    )
    doc = make_doc(text, jurisdiction="石家庄市", published=date(2021, 7, 5))
    dated = {(o.metric, o.value): o.as_of for o in extract(doc).observations}
    assert dated[("firms", 229)] == date(2021, 3, 31)
    assert dated[("firms_covered", 204)] == date(2021, 3, 31)
    assert dated[("coverage_rate", 89.1)] == date(2021, 3, 31)
    assert dated[("firms", 237)] == date(2021, 6, 30)


def test_a_list_of_plans_under_a_sub_heading_or_a_lead_in():
    text = (
        "（三）抓示范引领。命名市级律师行业党建示范点5个，安排党建工作经费30万元。\n"
        "（四）2020年工作计划\n1. 新建律师行业党建示范点10个；\n2. 党员律师占比力争达到33%；\n\n"
        "2023年，市律协将重点抓好以下工作：\n1. 力争执业律师突破5000名；\n2. 党员律师占比达到35%；\n"
        "截至2022年底，全市共有律师事务所310家。"
    )
    obs = observed(text, jurisdiction="宁波市", published=date(2023, 3, 8))
    assert ("legal", "demonstration_sites", 5) in obs
    assert ("legal", "demonstration_sites", 10) not in obs
    assert ("legal", "party_member_share", 33) not in obs
    assert ("legal", "party_member_share", 35) not in obs
    assert ("legal", "firms", 310) in obs  # (the list ends where its items do)


def test_counts_as_people_say_them():
    text = "我们县现在有律所八家，律师六十来个，党员二十多个。"
    obs = observed(text, jurisdiction="赣州市于都县")
    assert obs[("legal", "practitioners", 60)][0] == "approximate"
    assert obs[("legal", "party_members", 20)][0] == "lower_bound"
    text = "截至去年底，全省律师一万四千来人，律所九百出头，党员律师五千二百多，占比差不多37%。"
    obs = observed(text, jurisdiction="山西省", published=date(2023, 3, 1))
    assert obs[("legal", "firms", 900)][:3] == ("lower_bound", "山西省", 2022)
    assert obs[("legal", "party_member_share", 37)][0] == "approximate"
    text = "祁永福：党员律师一百五十上下吧。"
    assert (
        observed(text, jurisdiction="海东市")[("legal", "party_members", 150)][0] == "approximate"
    )
    # (a guess the speaker puts right is not the figure)
    text = "截至2017年底，全省律师事务所三百九十多家吧，我记得是396家。"
    obs = observed(text, jurisdiction="甘肃省")
    assert ("legal", "firms", 390) not in obs


def test_the_bar_associations_members_and_the_cpas_members():
    text = (
        "协会现有团体会员（律师事务所）563家，个人会员7850余名，其中执业律师6920余名、"
        "申请律师执业人员930余名。"
    )
    obs = observed(text, jurisdiction="吉林省", title="吉林省律师协会简介")
    assert ("legal", "firms", 563) in obs
    assert ("legal", "practitioners", 6920) in obs
    text = "协会党支部书记告诉记者，协会现有会员单位127家、党员43名。"
    assert observed(text, jurisdiction="苏州市") == {}
    text = (
        "截至2022年12月31日，全国共有会计师事务所9,981家，注册会计师（执业会员）10.1万余人，"
        "非执业会员约16万人；其中党员注册会计师3.8万人，占执业注册会计师的37.6%。"
    )
    obs = observed(text)
    assert ("accounting", "party_members", 38000) in obs
    assert ("accounting", "party_member_share", 37.6) in obs


def test_a_citys_nickname_is_the_city_but_a_firms_name_is_one_firm():
    text = "会议通报，截至2020年底，泉城共有律师事务所486家、执业律师7950余人。"
    obs = observed(text, title="济南律师行业党建工作推进会召开")
    assert obs[("legal", "firms", 486)][1] == "济南市"
    text = (
        "截至2023年底，全区律师行业共有党组织96个。"
        "黑龙江冰城律师事务所党委下设3个党支部，现有党员律师58名。"
    )
    obs = observed(text, jurisdiction="哈尔滨市南岗区")
    assert ("legal", "party_members", 58) not in obs
    assert ("legal", "party_branches", 3) not in obs


def test_a_table_row_whose_label_runs_into_its_first_figure():
    text = (
        "现将主要指标公布如下：\n\n"
        "指标　　　　　　　　2012年　　2017年　　2022年\n"
        "律师事务所（家）　　412　　　 668　　　 1053\n"
        "律师行业党组织（个）236　　　 498　　　 817\n"
        "公证机构（家）　　　19　　　　21　　　　22\n"
    )
    obs = observed(text, jurisdiction="成都市")
    assert obs[("legal", "party_organizations", 236)][2] == 2012
    assert obs[("notary", "firms", 22)][2] == 2022


def test_kinds_of_body_counted_together_and_a_firms_legal_form():
    text = (
        "截至2021年底，全国律师行业党组织近3.2万个，其中单独党支部2.2万余个，"
        "联合党支部8600多个，党委、党总支1400多个。"
    )
    obs = observed(text)
    assert ("legal", "joint_branches", 8600) in obs
    assert ("legal", "general_branches", 1400) not in obs
    text = (
        "截至2022年底，全国共有会计师事务所9000家。信永中和会计师事务所（特殊普通合伙）党委"
        "下设党支部38个，党员1200余名。"
    )
    obs = observed(text)
    assert ("accounting", "party_members", 1200) not in obs
    assert ("accounting", "party_branches", 38) not in obs


def test_levels_then_of_the_total_and_of_the_same_period():
    text = (
        "截至2024年3月底，全市律师行业共建立党组织603个，其中律所党委9个、单独党支部418个、"
        "联合党支部176个；去年同期，这一数字为571个。"
    )
    obs = observed(text, jurisdiction="杭州市", published=date(2024, 4, 10))
    assert obs[("legal", "party_organizations", 571)][2] == 2023
    assert ("legal", "joint_branches", 571) not in obs
    text = "2024年末，全市非公企业党组织覆盖率为89.4%，去年同期为86.7%。"
    obs = observed(text, jurisdiction="苏州市昆山市", published=date(2025, 1, 20))
    assert obs[("private_enterprise", "coverage_rate", 86.7)][2] == 2023


def test_shares_of_the_provinces_members_and_places_counted_by_the_province():
    text = (
        "截至2017年底，昆明市有公证机构18家、公证员236名，其中党员公证员162名，"
        "占全省党员公证员的31.1%。"
    )
    obs = observed(text, jurisdiction="云南省")
    assert ("notary", "party_members", 162) in obs
    assert ("notary", "party_member_share", 31.1) not in obs
    text = "2018年底全省律师行业共建立党组织1186个，其中成都市598个，21个市（州）均成立了律师行业党委。"
    obs = observed(text, jurisdiction="四川省")
    assert obs[("legal", "industry_party_committees", 21)][1] == "四川省"
    text = "截至2023年底，全区共有律师事务所128家。巴渝同心律所党委2019年由党总支升格成立，下设4个党支部。"
    assert ("legal", "party_branches", 4) not in observed(text, jurisdiction="重庆市渝中区")


def test_a_figure_the_speaker_takes_back_at_once():
    text = (
        "截至2022年10月底，武侯区共有律师事务所118家，执业律师4300多名——哦，不对，"
        "我刚才说的是片区加上周边的数，武侯区准确地说是执业律师3460多名，其中党员律师1090名。"
    )
    obs = observed(text, jurisdiction="成都市武侯区")
    assert ("legal", "practitioners", 4300) not in obs
    assert obs[("legal", "practitioners", 3460)][0] == "lower_bound"
    assert ("legal", "party_members", 1090) in obs


def test_a_places_list_of_labelled_lines_under_its_name():
    text = (
        "截至2021年6月底，全市律师行业党建工作有关情况如下。\n二、部分县（市、区）情况\n"
        "章贡区\n律所：38家\n律师：612人\n南康区\n律所：13家\n律师：121人\n"
    )
    obs = observed(text, title="赣州市律师行业党建工作情况通报")
    assert obs[("legal", "firms", 38)][1] == "赣州市章贡区"
    assert obs[("legal", "practitioners", 121)][1] == "赣州市南康区"


def test_dates_a_note_or_a_chronicles_year_heading_gives():
    text = (
        "全市共有律师事务所1132家，执业律师2.3万名。\n"
        "注：除另有说明外，本白皮书数据均截至2021年6月30日。"
    )
    assert observed(text, jurisdiction="杭州市")[("legal", "firms", 1132)][2] == 2021
    # (one sentence's source and date is no note on all the text's data)
    text = "祁永福：党员律师一百五十上下吧。\n主持人：根据市司法局提供的数据，截至2021年底，全市共有律师事务所28家。"
    obs = observed(text, jurisdiction="海东市", published=date(2022, 4, 12))
    assert obs[("legal", "party_members", 150)][2] == 2022
    text = (
        "苏州市律师行业党建大事记\n\n2018年\n5月，市律师行业党委举办律所党组织书记培训班2期。\n\n"
        "2019年\n6月，市律师行业党委命名首批律师行业党建示范点8家。\n"
    )
    obs = observed(text, jurisdiction="苏州市", published=date(2023, 4, 12))
    assert obs[("legal", "training_sessions", 2)][2] == 2018
    assert obs[("legal", "demonstration_sites", 8)][2] == 2019


def test_a_provincial_papers_dateline_names_my_province_beside_the_nations():
    text = (
        "陕西日报讯（记者　王蕾）2021年6月29日\n"
        "记者从省司法厅获悉，截至2020年底，全国执业律师52.2万人，我省执业律师1.15万人。"
    )
    obs = observed(text, title="我省3个律师行业党组织获评全国先进")
    assert obs[("legal", "practitioners", 11500)][1] == "陕西省"
    assert obs[("legal", "practitioners", 522000)][1] == "全国"


def test_a_firm_named_alone_under_the_title_makes_the_page_its_profile():
    text = (
        "宁乡市“红色律所”风采展示之三\n湖南金洲律师事务所党支部\n来源：宁乡市司法局　　2024-05-22\n\n"
        "【基本情况】\n成立时间：2006年\n执业律师：28人\n党员律师：11人\n党支部：1个\n"
    )
    assert observed(text, title="宁乡市“红色律所”风采展示之三") == {}


def test_a_firms_mainland_lawyers_are_a_kind_of_its_own():
    text = "一家联营所的香港合伙人对记者说，该所目前有内地律师35名、香港律师12名。"
    assert observed(text, title="大湾区联营律所观察") == {}
    text = "截至2022年底，内地执业律师约57万名。"
    assert observed(text, title="香港律师业观察")[("legal", "practitioners", 570000)][1] == "全国"


def test_set_up_alone_or_jointly_said_short():
    text = "现在46家律所全部建起了党组织，全市组建律师行业党支部二十九个，单独建的十七个，联合建的十二个。"
    obs = observed(text, jurisdiction="鄂尔多斯市")
    assert ("legal", "standalone_branches", 17) in obs
    assert ("legal", "joint_branches", 12) in obs
    text = "11家律所都建立了党组织，其中单独建支部的8家，另外3家参加了联合党支部。"
    assert ("legal", "firms_with_own_branch", 8) in observed(text, jurisdiction="宜昌市夷陵区")
    text = (
        "截至2021年底各区情况：\n\n区\t律所（家）\t律师（人）\t单独建支部律所（家）\n"
        "市南区\t188\t3012\t83\n市北区\t64\t905\t27\n"
    )
    obs = observed(text, jurisdiction="青岛市")
    assert obs[("legal", "firms_with_own_branch", 83)][1] == "青岛市市南区"
    assert ("legal", "firms", 83) not in obs


def test_a_series_of_years_listed_with_one_year_sign():
    text = "全国党员律师2019、2021、2023年分别为14.6万人、18.1万人、22.4万人，年均增长11.3%。"
    obs = observed(text, title="全国律师行业党建综述")
    assert obs[("legal", "party_members", 146000)][2] == 2019
    assert obs[("legal", "party_members", 224000)][2] == 2023


def test_a_series_takes_what_it_counts_from_its_trend_or_the_change_before():
    text = "会计师事务所党组织逐年增加，2019、2020、2021年分别为96个、118个、135个。"
    obs = observed(text, jurisdiction="武汉市")
    assert obs[("accounting", "party_organizations", 118)][2] == 2020
    text = (
        "2016年至2023年，全市党员律师由1260名增至2985名，净增1725名。"
        "其中，2019、2020、2021年分别为1788名、2046名、2317名。"
    )
    obs = observed(text, jurisdiction="苏州市")
    assert obs[("legal", "party_members", 2046)][1:3] == ("苏州市", 2020)
    text = "全省党员律师由2015年底的6280名增至2020年底的11350名，2016年至2019年分别为7050名、7930名、8860名、10020名。"
    obs = observed(text, jurisdiction="山东省")
    assert obs[("legal", "party_members", 7930)][2] == 2017
    # a change of another kind, then 其中: no series of it
    text = "党员律师由1380人增加到2600人。其中，双语律师由120名增加到310名。"
    assert ("legal", "party_members", 310) not in observed(text, jurisdiction="新疆维吾尔自治区")


def test_the_same_period_after_a_span_dates_a_change_by_its_ends():
    text = (
        "2016年至2023年，全市党员律师由1260名增至2985名。\n\n"
        "同期，全市执业律师由4320名增至8960名，律师事务所由268家增至432家。"
    )
    obs = observed(text, jurisdiction="苏州市", published=date(2024, 3, 15))
    assert obs[("legal", "practitioners", 4320)][2] == 2016
    assert obs[("legal", "firms", 432)][2] == 2023


def test_firms_counted_then_their_organizations_full_cover():
    text = "截至2019年底，全市386家律师事务所党组织实现全覆盖。"
    obs = observed(text, jurisdiction="青岛市")
    assert obs[("legal", "firms", 386)][1:3] == ("青岛市", 2019)
    assert ("legal", "party_organizations", 386) not in obs


def test_a_spoken_figure_put_more_precisely_after_a_dash():
    text = "到2023年底，全市执业律师四千人出头——哦，更准确一点，是四千零八十人。"
    obs = observed(text, jurisdiction="厦门市")
    assert obs[("legal", "practitioners", 4080)][0] == "exact"
    assert ("legal", "practitioners", 4000) not in obs
    text = "全市律所2023年底是六百家左右——我看看材料，是612家。非公企业党组织4100个左右，精确点说是4127个。"
    obs = observed(text, jurisdiction="天津市")
    assert ("legal", "firms", 612) in obs and ("legal", "firms", 600) not in obs
    assert ("private_enterprise", "party_organizations", 4127) in obs


def test_a_qizhong_that_only_dates_the_whole_again():
    text = (
        "2016年至2023年，全市党员律师由47名增至131名。"
        "其中，2020年、2021年全市党员律师分别为88名、104名。"
    )
    obs = observed(text, jurisdiction="海宁市")
    assert obs[("legal", "party_members", 104)][2] == 2021
    # a kind named under 其中 stays out
    text = "2023年全市党员律师131名，其中2020年以后入党的党员律师38名。"
    assert ("legal", "party_members", 38) not in observed(text, jurisdiction="海宁市")


def test_dated_levels_listed_after_a_level_and_its_trend():
    text = (
        "2018年全市党员律师为2103名，此后逐年增加，2019年2386名、2020年2714名，2022年达到3418名。"
    )
    obs = observed(text, jurisdiction="成都市")
    assert obs[("legal", "party_members", 2714)][2] == 2020
    text = "近五年全市执业律师人数分别为：2018年11452名、2019年12689名、2020年14015名。"
    obs = observed(text, jurisdiction="成都市")
    assert obs[("legal", "practitioners", 12689)][2] == 2019
    assert obs[("legal", "practitioners", 14015)][2] == 2020


def test_awards_said_with_a_perfective_verb():
    text = "2017年，市律师行业党委评选了先进党支部20个、优秀党员律师60名。"
    obs = observed(text, jurisdiction="南京市")
    assert ("legal", "awarded_party_organizations", 20) in obs


def test_a_rate_named_then_each_places_level():
    text = "截至2018年底，社会组织党组织覆盖率江苏为86.3%、浙江为84.7%、广东为81.2%。"
    obs = observed(text, title="东部三省社会组织党建比较")
    assert obs[("social_org", "coverage_rate", 86.3)][1:3] == ("江苏省", 2018)
    assert obs[("social_org", "coverage_rate", 81.2)][1] == "广东省"


def test_a_topics_places_ranked_first_then_listed_with_their_shares():
    text = (
        "截至2020年底，党员律师方面，江苏最多，为1.21万人，占全省律师总数的32.3%；"
        "上海9600名，占比29.1%；浙江8700余名，占28.8%。"
    )
    obs = observed(text, title="长三角律师行业党建联席会议召开")
    assert obs[("legal", "party_members", 12100)][1] == "江苏省"
    assert obs[("legal", "party_members", 9600)][1] == "上海市"
    assert obs[("legal", "party_member_share", 28.8)][1] == "浙江省"
    # a place's share of the wider place it lies in stays out
    text = "全市党员律师3600名，其中鼓楼区有900名，约占四分之一。"
    assert ("legal", "party_member_share", 25) not in observed(text, jurisdiction="南京市")


def test_a_rounded_lead_of_now_is_the_latest_level_the_text_then_dates():
    text = (
        "目前，全市近500家会计师事务所中，党组织覆盖率已超过95%。\n"
        "据市注册会计师协会统计，截至2023年末，全市共有会计师事务所487家。"
        "全行业共建立党组织213个，覆盖事务所466家，党组织覆盖率95.7%。"
    )
    obs = observed(text, jurisdiction="深圳市", published=date(2024, 5, 22))
    assert obs[("accounting", "coverage_rate", 95.7)][2] == 2023
    assert ("accounting", "coverage_rate", 95) not in obs


def test_firms_that_set_up_or_joined_joint_branches():
    text = "截至2014年底，全市有64家律所单独建立了党支部，另有118家律所组建或参加了联合党支部。"
    obs = observed(text, jurisdiction="大连市")
    assert ("legal", "firms_in_joint_branches", 118) in obs
    text = "另有15家律所建立了党支部或参加联合党支部。"
    assert ("legal", "firms_covered", 15) in observed(text, jurisdiction="大连市")


def test_the_regions_body_makes_quan_qu_the_region_in_a_citys_text():
    text = (
        "截至2023年底，呼和浩特市共有律师事务所168家，其中回民区的律所38家。\n"
        "据自治区律师协会统计，截至2023年底，全区执业律师已突破1.1万人。"
    )
    obs = observed(text, title="首府律师行业党建工作再上新台阶")
    assert obs[("legal", "practitioners", 11000)][1] == "内蒙古自治区"


def test_joint_branches_set_up_by_area_or_across_townships():
    text = "截至2021年6月底，全县8家乡镇法律服务所分东、西两片组建联合党支部2个。"
    assert ("other", "joint_branches", 2) in observed(text, jurisdiction="邵阳市新宁县")
    text = "截至2022年底，全县6家乡镇法律服务所打破乡镇界限，跨乡镇组建联合党支部2个。"
    obs = observed(text, jurisdiction="吉安市永新县")
    assert ("other", "joint_branches", 2) in obs
    assert ("other", "firms_in_joint_branches", 6) in obs
    text = "截至2021年底，全县2家律所联合组建律师行业联合党支部1个。"
    assert ("legal", "joint_branches", 1) in observed(text, jurisdiction="河池市凤山县")


def test_a_bare_zone_word_after_a_named_zone_is_that_one_park():
    text = (
        "盛夏时节，走进芜湖经济技术开发区。作为全市产业最密集的区域，经开区现有非公企业2100余家，"
        "已建立党组织186个，其中联合党支部42个。\n"
        "截至2022年底，芜湖市共有非公有制企业党组织3420个。"
    )
    obs = observed(text, title="芜湖经开区：“红色引擎”驱动园区高质量发展")
    assert ("private_enterprise", "party_organizations", 186) not in obs
    assert ("private_enterprise", "joint_branches", 42) not in obs
    assert obs[("private_enterprise", "party_organizations", 3420)][1] == "芜湖市"
    text = (
        "包头稀土高新区成立于1990年。\n\n截至2022年9月底，高新区共有非公有制企业4300余家。"
        "区内建立非公企业党组织215个。"
    )
    assert observed(text, title="包头稀土高新区党建工作简介") == {}


def test_a_rate_that_picks_out_counties_is_a_threshold():
    text = "截至2019年6月底，在嘉兴市，非公企业党组织覆盖率不足70%的县（市、区）已全部清零。"
    assert observed(text, title="嘉兴非公企业党建") == {}


def test_one_joint_branch_named_or_made_up_has_its_own_members():
    text = "目前，“昭美布”联合党支部覆盖3个县的9家律所，有党员律师11名。"
    assert observed(text, jurisdiction="凉山彝族自治州昭觉县") == {}
    text = "我县联合党支部由3家小所与麻栗坡县的2家律所共同组成，党员律师共9名。"
    assert ("legal", "party_members", 9) not in observed(
        text, jurisdiction="文山壮族苗族自治州西畴县"
    )
    text = "这个支部跨了3个县，党员律师一共19名。"
    assert observed(text, jurisdiction="巴中市通江县") == {}
    # the place's rate after its one joint branch is described stays the place's
    text = "全市公证行业共有党支部7个，联合党支部由2家合作制公证机构联合组建，党组织覆盖率达100%。"
    assert ("notary", "coverage_rate", 100) in observed(text, jurisdiction="无锡市")


def test_one_firm_that_ranks_first_and_one_office_by_its_staff():
    text = "截至2022年底，全县有律所3家。山西正襄律师事务所为全县规模最大的律所，现有律师14名，其中党员6名。"
    obs = observed(text, jurisdiction="长治市襄垣县")
    assert ("legal", "practitioners", 14) not in obs and ("legal", "firms", 3) in obs
    text = "截至2022年底，全县有公证处1家。处里8名公证员中，已有6名是中共党员。"
    assert ("notary", "practitioners", 8) not in observed(text, jurisdiction="邯郸市涉县")


def test_criteria_an_applicant_must_meet():
    text = "第四条　申报五星级的党组织，应当具备以下条件：党员人数10名以上；近三年内未发生党员违纪违法情况。"
    assert observed(text, title="合肥市律师行业党组织星级评定办法") == {}


def test_a_two_new_total_of_members_broken_down_by_sector():
    text = "截至2018年底，全市两新组织党员15.8万名，其中非公企业12.1万名、社会组织3.7万名。"
    obs = observed(text, jurisdiction="杭州市")
    assert obs[("other", "party_members", 158000)][1] == "杭州市"
    assert ("private_enterprise", "party_members", 121000) in obs
    assert ("social_org", "party_members", 37000) in obs


def test_a_title_about_every_office_building_names_no_one():
    text = (
        "“把党组织建到每一栋写字楼里”\n——访武汉市江岸区委两新工委书记李红梅\n\n"
        "李红梅：截至2018年底，全区共有两新组织5200多家。非公企业中，单独建立党组织的有210家。"
    )
    obs = observed(text, title="“把党组织建到每一栋写字楼里”——访武汉市江岸区委两新工委书记李红梅")
    assert obs[("private_enterprise", "firms_with_own_branch", 210)][1] == "武汉市江岸区"


def test_conditions_listed_before_the_units_they_pick_out():
    text = "二、述职对象\n党员人数在3名以上、已单独建立党组织的非公企业和社会组织党组织书记；联合党组织由牵头单位党组织书记述职。"
    assert (
        observed(
            text, title="关于开展两新组织党组织书记述职评议考核的通知", jurisdiction="成都市锦江区"
        )
        == {}
    )


def test_organizations_cover_all_the_firms_counted():
    text = "截至2023年6月底，全县律师行业共建立党支部4个，党组织覆盖全部6家律所。"
    assert ("legal", "firms_covered", 6) in observed(text, jurisdiction="保定市涿州市")
    text = "截至2019年底，律师行业组建联合党支部1个，覆盖全部4家律所。"
    assert ("legal", "firms_in_joint_branches", 4) in observed(text, jurisdiction="衡水市武邑县")


def test_a_rate_rising_to_its_level_said_with_sheng_zhi():
    text = "律所党组织组建率则由2012年的58.3%，升至2020年的98.5%。"
    obs = observed(text, title="大陆律师业党建观察")
    assert obs[("legal", "coverage_rate", 98.5)][2] == 2020


def test_captions_of_now_dated_by_the_body_that_says_last_years_end():
    text = (
        "【数说】2021年苏州律师行业党建\n苏州市司法局　2022-02-15\n\n"
        "6230名　执业律师\n412家　 律师事务所\n2380名　党员律师\n38.2%　 党员律师占比\n\n"
        "◎数据解读\n\n截至去年底，全市共有执业律师6230名、律师事务所412家，党员律师2380名，占38.2%。"
    )
    obs = observed(text, title="【数说】2021年苏州律师行业党建", published=date(2022, 2, 15))
    assert obs[("legal", "party_members", 2380)][2] == 2021
    assert obs[("legal", "party_member_share", 38.2)][2] == 2021


def test_a_briefings_list_of_contents_opens_no_section_of_plans():
    text = (
        "余杭区司法行政工作简报\n\n【本期要目】\n一、一季度律师行业党建工作稳步推进\n四、下步工作安排\n\n"
        "截至2023年3月底，全区共有律师事务所64家、执业律师1128名。\n\n"
        "四、下步工作安排\n力争年内新建律所党组织5个。"
    )
    obs = observed(text, jurisdiction="杭州市余杭区")
    assert obs[("legal", "firms", 64)][2] == 2023
    assert ("legal", "party_organizations", 5) not in obs


def test_a_tables_caption_names_the_trade_of_its_rows():
    text = (
        "表一　注册会计师行业（截至2021年6月底）\n项目　　数量\n会计师事务所　63家\n党组织　44个\n\n"
        "表二　税务师行业（截至2021年6月底）\n项目　　数量\n税务师事务所　88家\n党员　137人\n党组织　23个"
    )
    obs = observed(text, title="我市会计行业党建基本情况")
    assert ("accounting", "party_organizations", 44) in obs
    assert ("other", "party_members", 137) in obs and ("other", "party_organizations", 23) in obs


def test_a_bare_rate_takes_its_paragraphs_trade():
    text = (
        "（一）注册会计师行业。全市会计师事务所185家，执业注册会计师2960名。"
        "共有党组织121个，其中单独党支部98个、联合党支部23个，党组织组建率93.5%。"
    )
    obs = observed(text, title="我市会计税务评估行业党建情况", jurisdiction="武汉市")
    assert ("accounting", "coverage_rate", 93.5) in obs
    text = "（二）社会组织。全省社会组织党组织覆盖率为81.2%。全省公有制企业党组织覆盖率为96.43%。"
    assert ("social_org", "coverage_rate", 96.43) not in observed(text, jurisdiction="山西省")


def test_figures_among_the_units_new_in_a_period_are_a_flow():
    text = "截至2024年底，全区共有律师事务所1280家。2024年新设律所中，有61家同步单独组建党支部，35家纳入联合党支部。"
    obs = observed(text, jurisdiction="广西壮族自治区")
    assert ("legal", "firms", 1280) in obs
    assert ("legal", "firms_in_joint_branches", 35) not in obs


def test_dated_levels_after_a_clause_that_names_only_what_they_count():
    text = "律师行业党组织方面，2016年底为1.8万个，2020年底超过2.5万个。"
    obs = observed(text, title="全国律师行业党建综述")
    assert obs[("legal", "party_organizations", 18000)][2] == 2016
    assert obs[("legal", "party_organizations", 25000)][:3] == ("lower_bound", "全国", 2020)
    text = "全市“两新”组织党组织总数，2018年底为5100个，今年6月底为6950个。"
    obs = observed(text, jurisdiction="沈阳市", published=date(2023, 8, 1))
    assert obs[("other", "party_organizations", 5100)][2] == 2018
    assert obs[("other", "party_organizations", 6950)][2] == 2023


def test_a_places_part_that_names_its_own_award_keeps_it():
    text = (
        "2021年，市律师行业党委表彰了先进基层党组织15个、优秀共产党员律师40名、优秀党务工作者10名。"
        "其中，姜堰区有6名党员律师获评优秀共产党员。"
    )
    obs = observed(text, jurisdiction="泰州市")
    assert obs[("legal", "awarded_party_members", 6)][1] == "泰州市姜堰区"
    assert ("legal", "awarded_party_workers", 6) not in obs


def test_a_year_written_with_two_digits_after_a_time_word_dates_the_figures():
    text = "截至23年底，全市共有律师事务所120家，执业律师2300名。该所主任执业23年。"
    result = extract(make_doc(text, jurisdiction="温州市", published=date(2024, 3, 1)))
    assert {o.as_of for o in result.observations} == {date(2023, 12, 31)}
    assert [m.kind for m in result.mentions if m.surface == "23"] == [
        MentionKind.YEAR,
        MentionKind.OTHER,
    ]
    text = "到22年6月底，全市党员律师860名。"
    obs = observed(text, jurisdiction="温州市", published=date(2023, 3, 1))
    assert obs[("legal", "party_members", 860)][2] == 2022


def test_places_counted_without_ge_each_set_up_their_committee():
    text = "截至2023年底，全省律所党组织覆盖率达到99.1%；全省16市全部成立律师行业党委。"
    obs = observed(text, jurisdiction="山东省")
    assert obs[("legal", "industry_party_committees", 16)][:3] == ("exact", "山东省", 2023)


def test_why_the_honoured_were_honoured_picks_none_out():
    text = "2020年，省律师行业党委表彰抗疫期间表现突出的优秀党员律师60名。"
    obs = observed(text, jurisdiction="吉林省")
    assert obs[("legal", "awarded_party_members", 60)][2] == 2020


def test_one_unit_for_many_is_a_way_of_working_not_a_count():
    text = "济南在商务楼宇、产业园区推行“楼宇党建”，一个联合党组织覆盖多家小微企业。"
    assert observed(text, jurisdiction="济南市") == {}


def test_a_proposals_aim_is_a_target_but_the_problem_it_quotes_is_not():
    text = "赵国栋建议，到2023年实现规上民营企业党组织应建尽建，组织覆盖率提升至50%。"
    assert observed(text, jurisdiction="昆明市") == {}
    text = "您在建议中指出，全市执业律师中党员占比仅为24.8%，一些律所多年未发展过党员。"
    obs = observed(text, jurisdiction="郑州市")
    assert ("legal", "party_member_share", 24.8) in obs


def test_a_share_of_the_units_just_counted_that_set_one_up_is_their_rate():
    text = "截至2022年9月底，全市登记社会组织1460家，已有四分之三建立了党组织。"
    obs = observed(text, jurisdiction="南京市")
    assert obs[("social_org", "coverage_rate", 75)][:3] == ("exact", "南京市", 2022)


def test_a_towns_figures_are_not_the_countys_nor_a_taiwanese_townships():
    assert gazetteer().find("大溪镇") == []  # 温岭市's town, not 桃园市大溪镇
    text = (
        "截至2024年12月底，全市非公企业党组织896个、党员9120名。各镇（街道）情况如下：\n"
        "（一）崇福镇：非公企业党组织108个，其中单独党支部71个；党员1035名。\n"
        "（二）梧桐街道：非公企业党组织143个；党员1488名。"
    )
    obs = observed(text, title="桐乡市各镇（街道）非公企业党组织建设情况")
    assert obs[("private_enterprise", "party_organizations", 896)][1] == "嘉兴市桐乡市"
    assert not {k[2] for k in obs} & {108, 71, 1035, 143, 1488}


def test_a_long_company_name_before_its_committee_is_one_units():
    text = "沭阳花木产业龙头企业江苏苏北花卉股份有限公司党委下设党支部6个、党员143名。"
    assert observed(text, title="沭阳县非公企业党建") == {}


def test_english_glosses_in_brackets_leave_the_figures_readable():
    text = "截至2022年12月31日，深圳市共有律师事务所(law firms)1198家，执业律师(practising lawyers)21675名。"
    obs = observed(text)
    assert obs[("legal", "practitioners", 21675)][:3] == ("exact", "深圳市", 2022)
    assert obs[("legal", "firms", 1198)][3] == "1198"


def test_township_offices_beside_street_offices_are_kinds_of_the_total():
    text = (
        "截至2021年底，全省共有基层法律服务所820家，基层法律服务工作者3950名，"
        "其中乡镇法律服务所611家、街道法律服务所209家。"
    )
    obs = observed(text, jurisdiction="江苏省")
    assert ("other", "firms", 820) in obs and ("other", "firms", 611) not in obs
    assert ("other", "firms", 12) in observed("全县共有乡镇法律服务所12个。", jurisdiction="洱源县")


def test_one_unnamed_firm_or_the_branch_it_leads_is_one_unit():
    for text in (
        "长沙一家律师事务所2018年成立党委，下设党支部5个，党员律师126名。",
        "城关区一家律所牵头的联合党支部覆盖5家律所，党员律师17名。",
        "兰州的办法是就近联建：几家小所共建一个联合党支部，由党员多的所牵头。",
    ):
        assert observed(text, title="律师行业党建", jurisdiction="兰州市") == {}, text


def test_a_chambers_own_body_after_the_chamber_is_that_one_units():
    for text in (
        "以温州市服装商会为例，商会现有会员企业1100多家，党支部有党员47名。",
        "甘肃兰州浙江商会会员企业420家，商会党委下设5个党支部，有党员96名。",
        "商会成立于2013年，现有会员企业580多家，商会党支部有党员29名。",
    ):
        assert observed(text, title="商会党建", jurisdiction="兰州市") == {}, text
    assert ("legal", "party_branches", 6) in observed("全市律师事务所党委下设党支部6个。")


def test_nearly_a_bare_ten_thousand_or_thousand_is_that_many_approximately():
    text = "截至2018年底，全省共有律师事务所千余家，执业律师近万名，党员律师3400余名。"
    obs = observed(text, jurisdiction="湖南省")
    assert obs[("legal", "practitioners", 10000)][:2] == ("approximate", "湖南省")
    assert obs[("legal", "practitioners", 10000)][3] == "万"
    assert obs[("legal", "firms", 1000)][0] == "lower_bound"


def test_units_registered_at_one_level_are_a_part_of_the_total():
    text = "截至2021年底，全市登记社会组织1896家；市级登记社会组织1435家，区镇登记461家。"
    obs = observed(text, jurisdiction="苏州市昆山市")
    assert ("social_org", "firms", 1896) in obs and ("social_org", "firms", 1435) not in obs


def test_units_a_survey_went_into_or_asked_are_no_places_figures():
    text = "区委“两新”工委组成3个调研组，深入22个镇（街道）和83家非公企业开展调研。"
    assert observed(text, jurisdiction="宁波市鄞州区") == {}
    text = "参与测评的律师中，女律师占45.2%，党员律师占34.5%。"
    assert observed(text, jurisdiction="青岛市") == {}


def test_a_share_naming_no_whole_after_a_parts_members_is_the_parts():
    text = "青年律师中有党员1260名，党员比例为26.4%，低于全市律师队伍的平均水平。"
    assert observed(text, jurisdiction="苏州市") == {}
    text = "全市执业律师5000名，党员1260名，党员比例为25.2%。"
    assert ("legal", "party_member_share", 25.2) in observed(text, jurisdiction="苏州市")


def test_one_firm_and_its_partner_or_the_first_branch_are_no_counts():
    text = "北京一家律所与河北一家律所共同组建的联合党支部作为先进典型作了发言。"
    assert observed(text, title="京津冀律师行业党建") == {}
    text = "安溪县首个律所联合党支部成立于2017年，由3家律所组成，当时只有党员7名。"
    assert observed(text, title="安溪县律师行业党建") == {}


def test_the_place_a_text_describes_not_where_it_lies():
    text = (
        "编者按：地处赣州市东部的瑞金市把红色基因融入律师行业党建。\n"
        "截至2021年4月底，我市共有律师事务所9家，执业律师116名，党员律师47名。"
    )
    obs = observed(text, title="“小所”也有“大党建”——我市推进律师行业党建工作纪实")
    assert obs[("legal", "firms", 9)][1] == "赣州市瑞金市"


def test_one_place_named_again_under_qizhong_is_no_breakdown_by_place():
    text = (
        "截至2020年底，全省共有律师事务所1020家，党员律师占执业律师总数的30.5%。\n\n"
        "其中，省会西安市党员律师从2015年的1980名增加到2020年底的3890名，"
        "2020年底西安市律师事务所680家、执业律师1.32万名，党员律师占比29.5%。"
    )
    obs = observed(text, title="陕西党员律师队伍五年增长八成")
    assert obs[("legal", "party_member_share", 29.5)][1] == "西安市"
    text = (
        "截至2022年底，全省注册会计师行业建立党组织486个；其中天河区有会计师事务所96家，"
        "天河区行业党组织71个，其中单独党支部52个、联合党支部19个。"
    )
    obs = observed(text, title="广东省注册会计师行业党建")
    assert obs[("accounting", "standalone_branches", 52)][1] == "广州市天河区"


def test_what_a_places_body_held_is_that_places():
    text = (
        "截至2019年底，全省共有律师事务所1500家。2019年，武汉市律师行业党委举办党务干部培训班5期。"
    )
    obs = observed(text, title="湖北律师行业党建")
    assert obs[("legal", "training_sessions", 5)][1] == "武汉市"


def test_the_parts_of_a_batch_honoured_are_published():
    text = "2021年，区律师行业党委表彰了一批先进典型，其中先进党组织30个、优秀党员律师60名。"
    obs = observed(text, jurisdiction="北京市朝阳区")
    assert obs[("legal", "awarded_party_members", 60)][1] == "北京市朝阳区"
    assert ("legal", "awarded_party_organizations", 30) in obs


def test_firms_in_an_aside_after_joint_branches_are_the_branches_firms():
    text = (
        "截至2022年底，律所单独党支部51个，联合党支部14个（涵盖45家律所），律所党组织覆盖率100%。"
    )
    obs = observed(text, jurisdiction="厦门市思明区")
    assert obs[("legal", "firms_in_joint_branches", 45)][:3] == ("exact", "厦门市思明区", 2022)


def test_firms_fewer_than_the_organizations_are_the_joint_branches_firms():
    text = "全市共设立律所党支部139个，其中联合党支部23个，覆盖律所62家；律所党组织覆盖率达95.7%。"
    obs = observed(text, jurisdiction="厦门市")
    assert obs[("legal", "firms_in_joint_branches", 62)][1] == "厦门市"
    text = "全市律师行业共建立党组织236个，其中联合党支部58个，覆盖律所471家。"
    assert not [k for k in observed(text, jurisdiction="厦门市") if k[2] == 471]  # unclear


def test_a_whole_region_after_its_scope_word_in_a_prefectures_text():
    text = (
        "喀什地区律师行业党建\n截至2017年底，全地区共有律师事务所27家。\n"
        "放眼全疆，截至2017年底，全区共有律师事务所650余家、执业律师6100余名。"
    )
    obs = observed(text, title="喀什地区：“党建+援疆”激活南疆律师行业")
    assert obs[("legal", "firms", 650)][1] == "新疆维吾尔自治区"
    assert obs[("legal", "firms", 27)][1] == "喀什地区"


def test_a_unit_said_when_it_was_founded_or_which_of_its_kind_it_is_is_one_unit():
    for text in (
        "大成厦门成立于2012年，目前有律师85名，其中党员律师31名。",
        "成都盈科是其中规模较大的分所之一，现有律师820余名，党员律师268名。",
    ):
        assert observed(text, title="律师行业党建") == {}, text
    text = "市律师行业党委成立于2009年，目前下设党支部120个。"
    assert ("legal", "party_branches", 120) in observed(text, jurisdiction="厦门市")


def test_a_quoted_figure_whose_fault_is_named_is_withdrawn():
    text = (
        "本网刊发的《坚持党建引领推动全省律师行业高质量发展》一文中，“全省共有律师事务所2186家”"
        "系数字录入错误，应为“2816家”。"
    )
    obs = observed(text, jurisdiction="江苏省")
    assert ("legal", "firms", 2186) not in obs
    text = "发展报告中，“会计师事务所党组织覆盖率62%”一项，计算时分母误将年内已注销的事务所计入。"
    assert observed(text, jurisdiction="北京市") == {}


def test_a_firms_head_office_in_a_city_is_the_firms():
    text = (
        "以泰和泰律师事务所为代表的本土大所发展迅速，该所成都总部执业律师逾千人、党员律师300余名。"
    )
    assert observed(text, title="成都律师行业党建") == {}


def test_shares_of_each_trades_own_people_listed_after_them():
    text = (
        "截至2020年底，全省律师、公证员、司法鉴定人中党员分别为1.21万名、1150名和2030名，"
        "分别占各自队伍总数的32.6%、61.2%和38.9%。"
    )
    obs = observed(text, jurisdiction="山东省")
    assert obs[("notary", "party_member_share", 61.2)][1] == "山东省"
    assert ("legal", "party_member_share", 32.6) in obs


def test_a_figure_corrected_to_another_gives_the_corrected_one():
    text = "全市非公有制企业党组织由612个更正为587个。"
    obs = observed(text, jurisdiction="潍坊市寿光市")
    assert ("private_enterprise", "party_organizations", 587) in obs
    assert ("private_enterprise", "party_organizations", 612) not in obs


def test_a_data_heading_or_a_labelled_cut_off_dates_the_figures_under_it():
    text = (
        "厦门市律师行业发展数据（2021—2023年）\n\n2021年数据\n\n全市律师事务所178家，执业律师3520名。\n\n"
        "2022年数据\n\n全市律师事务所186家，执业律师3790名。"
    )
    obs = observed(text, title="厦门市律师行业发展数据（2021—2023年）", published=date(2024, 2, 1))
    assert obs[("legal", "firms", 178)][2] == 2021 and obs[("legal", "firms", 186)][2] == 2022
    text = "数据截至：2021年12月31日\n全市登记社会组织8126家，社会组织党组织1864个。"
    obs = observed(text, jurisdiction="广州市", published=date(2022, 3, 1))
    assert obs[("social_org", "party_organizations", 1864)][2] == 2021


def test_more_ways_a_sentence_is_about_one_firm():
    for text in (
        "本土所中，公证天业会计师事务所设立党委，下辖6个党支部，党员210名。",
        "天健会计师事务所业务收入连续多年位居全国前列，其党委下设党支部28个，有党员1100余名。",
        "分所党总支书记陈蕾告诉记者，分所现有员工600余人，党员87名，党总支下设4个党支部。",
        "湖北某律师事务所作为宜昌最早的合伙制律所之一，1988年成立，目前有律师86名。",
    ):
        assert observed(text, title="会计师行业党建", jurisdiction="苏州市") == {}, text


def test_the_firms_some_came_from_are_no_places_count():
    text = "培训班为期两天，参训律师来自全市28家律所。"
    assert observed(text, jurisdiction="宝鸡市") == {}


def test_lawyers_from_outside_the_mainland_are_no_places_practitioners():
    text = "目前前海已有粤港澳合伙联营律师事务所8家，在前海执业的香港律师超过60名。"
    assert observed(text, jurisdiction="深圳市") == {}


def test_members_counted_with_the_staff_in_an_aside_are_not_the_notaries():
    text = (
        "截至2019年12月31日，全市共有公证处8家，执业公证员121名，"
        "全市公证行业共有党员152名（含公证员助理等辅助人员），其中党员公证员79名；"
        "8家公证处均单独建立了党支部。"
    )
    obs = observed(text, jurisdiction="济南市")
    assert ("notary", "party_members", 79) in obs
    assert ("notary", "firms_with_own_branch", 8) in obs  # (no part of the members left out)
    assert ("notary", "party_members", 152) not in obs


def test_the_corps_divisions_counted_and_places_not_yet_set_up():
    text = "截至2021年底，兵团共有律师事务所58家；14个师市中已有11个师市成立了律师行业党委。"
    obs = observed(text, title="兵团律师行业党建")
    assert obs[("legal", "industry_party_committees", 11)][1] == "新疆生产建设兵团"
    for kind in ("师市", "市州"):
        text = f"会议强调，2022年要重点推动尚未成立律师行业党委的3个{kind}尽快组建行业党委。"
        assert observed(text, jurisdiction="湖北省") == {}, kind


def test_a_statistics_time_point_dates_the_table_under_it():
    text = (
        "广东省“两新”组织党建工作基本情况统计表\n（统计时点：2019年12月31日）\n\n"
        "省委组织部　2020年4月8日\n\n各类“两新”组织党建基本情况见下表。\n\n"
        "类别              单位数（家）   党员数（人）   党组织数（个）\n"
        "律师事务所        3860           17640          3105\n"
        "会计师事务所      912            2380           436\n"
    )
    obs = observed(text, published=date(2020, 4, 8))
    assert obs[("legal", "firms", 3860)][2] == 2019
    assert obs[("accounting", "party_members", 2380)][2] == 2019


def test_a_header_of_labels_over_a_line_of_years_gives_each_cell_its_year():
    text = (
        "青岛市律师行业“十三五”发展情况\n\n主要区（市）律师行业发展情况见下表。\n\n"
        "区（市）   律师事务所（家）     执业律师（人）\n"
        "           2015年    2020年     2015年    2020年\n"
        "市南区     86        132        1540      2610\n"
        "市北区     45        71         620       1105\n"
    )
    obs = observed(text, published=date(2021, 1, 26))
    assert obs[("legal", "firms", 86)][1:3] == ("青岛市市南区", 2015)
    assert obs[("legal", "firms", 132)][1:3] == ("青岛市市南区", 2020)
    assert obs[("legal", "practitioners", 1105)][1:3] == ("青岛市市北区", 2020)


def test_the_places_listed_then_counted_are_no_part_of_the_total():
    text = "截至2021年6月底，全市登记注册社会组织1.26万家，其中锦江、青羊、金牛、武侯、成华5个中心城区合计3267家。"
    obs = observed(text, jurisdiction="成都市")
    assert ("social_org", "firms", 12600) in obs
    assert ("social_org", "firms", 5) not in obs


def test_firms_without_a_branch_of_their_own_that_join_joint_branches():
    text = "截至2024年底，全市律所党组织覆盖率达100%，其中61家未单独建支部的律所全部纳入21个联合党支部。"
    obs = observed(text, jurisdiction="湖州市")
    assert ("legal", "firms_in_joint_branches", 61) in obs
    text = (
        "截至2021年底，全省商会共3260家。其中，单独建立党组织的商会2350家；另有565家会员少、"
        "党员少的小型商会采取“片区联建”方式，参加了联合党支部。"
    )
    obs = observed(text, jurisdiction="浙江省")
    assert ("social_org", "firms_in_joint_branches", 565) in obs


def test_one_firm_that_became_the_first_of_its_kind_is_no_count():
    text = "与上年相比，全市新增党员律师27名，吴兴区一家律所成为首家设立党总支的律所。"
    assert observed(text, jurisdiction="湖州市") == {}


def test_party_members_among_the_staff_of_the_enterprises():
    text = "截至2021年底，全市共有非公有制企业1.2万家。全市非公企业共有党员职工1.35万名。某物流公司有党员职工23名。"
    obs = observed(text, jurisdiction="宁波市慈溪市")
    assert obs[("private_enterprise", "party_members", 13500)][:3] == (
        "exact",
        "宁波市慈溪市",
        2021,
    )
    assert ("private_enterprise", "party_members", 23) not in obs


def test_a_firm_named_after_words_before_it_is_named_short_later():
    text = (
        "记者：您本人是北京君泽律师事务所的合伙人，这家所在党建方面有什么体会？\n"
        "答：君泽所现有律师1200多名，党员律师480余名，设有党委1个、党支部21个。"
    )
    assert observed(text, jurisdiction="北京市") == {}


def test_a_count_after_only_is_the_level():
    text = "问：2019年，南宁律师行业的党员才1100多名，很多小所连一个党员都没有。"
    obs = observed(text, published=date(2023, 6, 1))
    assert obs[("legal", "party_members", 1100)][:3] == ("lower_bound", "南宁市", 2019)


def test_a_districts_notary_office_named_before_its_branch_is_one_office():
    text = (
        "目前，全市共有公证处10家、公证员78名。\n"
        "吉林市船营区公证处党支部创建“红色公证窗口”，12名公证员中有9名党员，年均办证8000余件。"
    )
    obs = observed(text, jurisdiction="吉林市")
    assert ("notary", "practitioners", 78) in obs
    assert ("notary", "practitioners", 12) not in obs
    assert ("notary", "party_members", 9) not in obs


def test_within_the_province_sets_the_scene_of_the_clause_after():
    text = "吉林市公证工作简介。在全省范围内，公证员中党员占比超过六成，我市高于全省平均水平。"
    obs = observed(text)
    assert obs[("notary", "party_member_share", 60)][1] == "吉林省"
    text = "吉林市公证工作简介。我市在全省范围内率先实现党组织全覆盖，公证员中党员占比超过六成。"
    assert observed(text)[("notary", "party_member_share", 60)][1] == "吉林市"


def test_the_chambers_under_the_provinces_federation_are_the_provinces():
    text = (
        "温州的探索，是浙江商会党建的一个缩影。记者从省工商联获悉，截至2021年底，"
        "全省工商联系统所属商会共3260家。"
    )
    obs = observed(text, title="浙江：让党旗在商会组织中高高飘扬")
    assert obs[("social_org", "firms", 3260)][1] == "浙江省"


def test_the_words_a_notice_puts_right_are_read_with_their_place():
    text = (
        "四川律师行业党建更正说明。\n"
        "二、文中“党员律师9870人”，应为“党员律师9780人，占全省执业律师总数的36.2%”；\n"
        "三、“南充市党员律师1530名”应为“南充市党员律师1350名”。"
    )
    obs = observed(text)
    assert obs[("legal", "party_members", 9780)][1] == "四川省"
    assert obs[("legal", "party_member_share", 36.2)][1] == "四川省"
    assert obs[("legal", "party_members", 1350)][1] == "南充市"
    assert ("legal", "party_members", 9870) not in obs


def test_a_figure_quoted_alone_is_read_with_its_noun_and_a_claim_quoted_inside_is_not():
    text = "本报今年1月曾报道，2022年底全市党员律师“2000余名”。"
    obs = observed(text, jurisdiction="济南市", published=date(2023, 8, 9))
    assert obs[("legal", "party_members", 2000)][:3] == ("lower_bound", "济南市", 2022)
    text = "您申请公开“青秀区司法局2019年工作总结中所称‘全区律所党组织覆盖率100%’的统计依据”。"
    assert observed(text, jurisdiction="南宁市青秀区") == {}


def test_a_figure_the_page_dates_is_kept_where_the_text_dates_it():
    text = (
        "更正：本报7月1日报道中“全市律师党员675名”有误，经潍坊市律师行业党委核实，"
        "应为“全市律师党员657名”。\n"
        "截至2016年6月底，全市共有律师事务所143家，全市律师党员657名。"
    )
    obs = observed(text, published=date(2016, 7, 4))
    assert obs[("legal", "party_members", 657)][2] == 2016
    doc = make_doc(text, published=date(2016, 7, 4))
    kept = [o for o in extract(doc).observations if o.value == 657]
    assert [o.as_of for o in kept] == [date(2016, 6, 30)]


def test_a_province_papers_reporter_speaks_of_its_province_as_we():
    text = (
        "与兄弟省份比一比：我省律师行业党建还差在哪儿\n辽宁日报记者 孙丽娜　2019年5月20日\n\n"
        "截至2018年底，我省共有律师事务所1132家、执业律师1.29万名。\n\n"
        "同期，吉林省有律所582家、执业律师7400余名，党员律师2650名；黑龙江省有律所960家。"
        "从党员占比看，吉林、黑龙江两省分别为35.8%和37.1%，我省在三省中排名最后。"
    )
    obs = observed(
        text, published=date(2019, 5, 20), title="与兄弟省份比一比：我省律师行业党建还差在哪儿"
    )
    assert obs[("legal", "firms", 1132)][1] == "辽宁省"
    assert obs[("legal", "firms", 582)][1] == "吉林省"
    assert obs[("legal", "party_member_share", 35.8)][1:3] == ("吉林省", 2018)
    assert obs[("legal", "party_member_share", 37.1)][1] == "黑龙江省"


def test_a_unit_said_to_be_one_of_its_kind_or_founded_after_who_speaks_is_one_unit():
    for text in (
        "东莞市义工联合会是全市规模最大的志愿服务组织之一，现有注册义工近60万名，会内设立党支部1个、党员126名。",
        "区志愿服务联合会有关负责人介绍，联合会成立于2016年，现有团体会员58个，会内党支部有党员23名。",
    ):
        assert observed(text, jurisdiction="东莞市", title="社会组织党建工作综述") == {}, text


def test_units_put_forward_then_awarded_are_the_awarded():
    text = "2022年全年培育律师行业党建示范点8家；推荐的2个律所党支部获评全省律师行业先进党组织。"
    obs = observed(text, jurisdiction="济南市")
    assert obs[("legal", "awarded_party_organizations", 2)][1] == "济南市"


def test_the_places_a_training_was_held_at_are_not_whose_it_is():
    text = (
        "温州市律师行业党委2024年工作总结。\n"
        "教育方面，2024年在井冈山、嘉兴南湖举办“瓯越先锋”律师党建培训班3期。"
    )
    assert observed(text)[("legal", "training_sessions", 3)][1] == "温州市"
    text = "湖北省律师行业党建。去年，省律师行业党委在武汉、宜昌、襄阳分片举办3期党务干部培训班。"
    assert (
        observed(text, published=date(2018, 3, 1))[("legal", "training_sessions", 3)][1] == "湖北省"
    )


def test_one_firms_office_in_a_city_and_one_firms_own_report_are_no_places_count():
    text = "据了解，其中一家国际化律所的天津办公室现有律师40余名，党员律师17名，与周边2家律所联合组建了党支部。"
    assert observed(text, jurisdiction="天津市") == {}
    text = "一、组织建设。截至2023年12月31日，本所在全国设有分所31家，执业律师2860名，全年举办党员律师集中培训4期。"
    assert observed(text, title="中共××律师事务所委员会2023年度党建工作报告（摘要）") == {}


def test_a_citys_notary_office_named_by_its_district_is_one_office():
    text = "截至2019年底，全区共有律所58家。辖区青岛市市南公证处现有公证员23名，其中党员14名。"
    obs = observed(text, jurisdiction="青岛市市南区")
    assert ("legal", "firms", 58) in obs
    assert ("notary", "practitioners", 23) not in obs


def test_the_professions_local_institutes_each_set_up_a_committee():
    text = "截至2021年底，全国33个地方注协均已成立注册会计师行业党委。"
    obs = observed(text)
    assert obs[("accounting", "industry_party_committees", 33)][1:3] == ("全国", 2021)


def test_the_other_firms_unfit_for_a_branch_that_joined_a_joint_one():
    text = "截至2019年底，全县律所6家，其中4家律所单独建立了党支部，另外2家规模小、党员少，组建了1个联合党支部。"
    obs = observed(text, jurisdiction="九江市修水县")
    assert ("legal", "firms_in_joint_branches", 2) in obs
    assert ("legal", "joint_branches", 1) in obs


def test_the_official_name_of_xiongan_is_the_places():
    text = "截至2019年底，雄安新区共有律师事务所23家、执业律师310名。"
    assert observed(text)[("legal", "firms", 23)][1] == "河北雄安新区"


def test_a_county_level_city_by_its_short_name_before_its_own_scope_word():
    text = (
        "邯郸市律师行业党建。局长：我们以县级市武安为例，截至去年底，武安全市12家律所中，"
        "5家单独建立党支部，其余7家组建了2个联合党支部。"
    )
    obs = observed(text, published=date(2018, 3, 1))
    assert obs[("legal", "firms", 12)][1:3] == ("邯郸市武安市", 2017)
    assert obs[("legal", "joint_branches", 2)][1] == "邯郸市武安市"


def test_the_speakers_own_places_share_of_the_wider_count_is_no_member_share():
    text = "邯郸市。截至2017年底，全省党员律师6900余名，我市约占11.9%，排在全省第三。"
    obs = observed(text)
    assert ("legal", "party_members", 6900) in obs
    assert ("legal", "party_member_share", 11.9) not in obs


def test_one_market_district_is_one_unit():
    text = "截至2019年底，全市非公企业党员2.1万名。仅柯桥区中国轻纺城一个商圈，就有市场经营户3万余户、党员600余名。"
    obs = observed(text, jurisdiction="绍兴市")
    assert ("private_enterprise", "party_members", 21000) in obs
    assert ("other", "party_members", 600) not in obs


def test_units_named_first_of_those_awarded_and_an_awards_year_after_the_count():
    text = "省委两新工委决定，命名杭州娃哈哈集团有限公司党委等60家非公有制企业党组织为第三批全省非公有制企业党建工作示范点。"
    obs = observed(text, jurisdiction="浙江省")
    assert ("private_enterprise", "demonstration_sites", 60) in obs
    text = "省司法厅决定，对成都市蜀都公证处党支部等12个2017年度先进基层党组织、李晓红等30名优秀共产党员予以通报表彰。"
    obs = observed(text, jurisdiction="四川省")
    assert ("notary", "awarded_party_organizations", 12) in obs


def test_each_places_figures_in_an_aside_after_its_name():
    text = "厦门市：各区情况为：思明区（律所186家、党员律师780名）、湖里区（律所97家、党员律师402名），同安区和翔安区合计律所46家、党员律师185名。"
    obs = observed(text)
    assert obs[("legal", "firms", 186)][1] == "厦门市思明区"
    assert obs[("legal", "firms", 97)][1] == "厦门市湖里区"
    assert ("legal", "firms", 46) not in obs  # (two places summed: no one place's)
    assert ("legal", "party_members", 185) not in obs


def test_an_aside_inside_a_respective_list_is_no_item_of_it():
    text = "佛山市：截至2024年9月底，禅城区、南海区、顺德区、三水区律师事务所分别为187家（含分所23家）、142家、131家、41家。"
    obs = observed(text)
    assert obs[("legal", "firms", 142)][1] == "佛山市南海区"
    assert obs[("legal", "firms", 41)][1] == "佛山市三水区"


def test_last_years_level_with_its_noun_between_dates_that_figure_only():
    text = (
        "大连市：截至2020年6月30日，全市共有律师事务所352家；党员律师1465名，"
        "上年同期全市党员律师为1380名；全市律师行业党组织298个。"
    )
    obs = observed(text, published=date(2020, 7, 28))
    assert obs[("legal", "party_members", 1380)][2] == 2019
    assert obs[("legal", "party_organizations", 298)][2] == 2020


def test_members_among_a_kind_of_lawyers_left_out_are_left_out_too():
    text = (
        "南宁市：截至2019年12月31日，全市共有律师事务所286家，执业律师4350名，党员律师1420名；"
        "青年律师（35周岁以下）2070名，其中党员律师510名。"
    )
    obs = observed(text)
    assert ("legal", "party_members", 1420) in obs
    assert ("legal", "party_members", 510) not in obs


def test_appraisers_and_basic_legal_service_members_are_counted():
    text = (
        "截至2023年底，全区有基层法律服务所1020家、基层法律服务工作者3600余名，党员工作者1530名。"
        "全区有司法鉴定机构12家，鉴定人员150余名。"
    )
    obs = observed(text, jurisdiction="广西壮族自治区")
    assert ("other", "party_members", 1530) in obs
    assert obs[("other", "practitioners", 150)][0] == "lower_bound"


def test_a_rate_from_before_a_campaign_is_the_level_then():
    text = "成都市：截至2018年9月20日，全市登记注册的社会组织1.16万家，社会组织党组织覆盖率由行动前的58.7%提高到82.4%。"
    obs = observed(text)
    assert ("social_org", "coverage_rate", 58.7) in obs
    assert obs[("social_org", "coverage_rate", 82.4)][2] == 2018


def test_a_speakers_topic_named_with_a_particle_is_what_the_figure_counts():
    text = "南京市。记者：党员律师有多少？周建华：党员律师嘛，两千一百来个，准确数字是2143名，占全市律师的三成多一点。"
    obs = observed(text, published=date(2019, 4, 10))
    assert obs[("legal", "party_members", 2143)][:2] == ("exact", "南京市")
    assert ("legal", "party_members", 2100) not in obs
    text = "成都市。党员律师方面，共有3960名。"
    assert ("legal", "party_members", 3960) in observed(text)


def test_whole_city_after_the_writers_own_city_is_the_writers():
    text = (
        "瑞安市司法局关于推进律师事务所党建工作全覆盖的实施方案\n\n为进一步加强我市律师行业党的建设，制定本方案。\n\n"
        "截至2022年底，温州市律所党的组织覆盖率已达98.2%。对照全温州市的水平，我市仍有差距：截至2023年6月底，"
        "全市有律师事务所38家、执业律师620名。"
    )
    obs = observed(text, title="瑞安市司法局关于推进律师事务所党建工作全覆盖的实施方案")
    assert obs[("legal", "firms", 38)][1] == "温州市瑞安市"
    assert obs[("legal", "coverage_rate", 98.2)][1] == "温州市"


def test_training_the_sector_gives_the_public_is_not_its_own_training():
    text = "2021年全市律师为群众提供法律服务1.8万人次，开展“法律明白人”培训36场、举办党员律师培训班3期，培训人民调解员4期。"
    obs = observed(text, jurisdiction="吴忠市")
    assert ("legal", "training_sessions", 3) in obs
    assert not any(k[1] == "training_sessions" and k[2] in (36, 4) for k in obs)


def test_numbered_items_after_a_lead_into_the_years_work_are_plans():
    text = (
        "山东省律师行业党委2024年工作要点\n\n"
        "2023年，全省律师行业党建扎实推进。截至2023年底，全省共有律师事务所2180家。2023年，举办党务干部培训班3期。\n\n"
        "2024年，全省律师行业党建工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，重点抓好以下工作。\n\n"
        "一、提升教育培训质效。举办全省律所党组织书记培训班4期、青年党员律师培训班2期。\n"
        "二、深化评先树优。年内评选全省律师行业先进党组织20个、优秀党员律师50名。\n"
    )
    obs = observed(text)
    assert ("legal", "firms", 2180) in obs and ("legal", "training_sessions", 3) in obs
    assert ("legal", "training_sessions", 4) not in obs
    assert ("legal", "awarded_party_organizations", 20) not in obs
    # the lead's own paragraph keeps its figures
    text = (
        "金州区司法局2025年工作要点\n\n据司法部统计，截至2023年底，全国执业律师已达73.16万多人。"
        "全区司法行政工作要围绕中心，重点抓好以下工作。\n\n一、全面加强党的建设\n深化模范机关创建。"
    )
    assert ("legal", "practitioners", 731600) in observed(text)
    text = (
        "上海市注册会计师行业2022年党建工作要点\n\n截至2021年底，全市共有会计师事务所438家。\n\n"
        "2022年主要工作安排如下：\n\n一、加强书记队伍建设。全年举办党组织书记示范培训班3期，实现轮训全覆盖。\n"
    )
    assert ("accounting", "training_sessions", 3) not in observed(text)


def test_a_deadline_in_a_years_report_or_told_with_duo_is_reached_not_planned():
    text = (
        "2023年，全市律师事务所1057家。\n\n二、党的组织建设全面加强\n"
        "2019年底，全市律师行业共有党组织472个。到2023年底，全市律师行业党组织达到638个，其中律所党委12个、党支部626个。"
    )
    obs = observed(text, title="成都市律师协会2023年度工作报告（摘编）")
    assert obs[("legal", "party_organizations", 638)][1:3] == ("成都市", 2023)
    text = (
        "据统计，2010年底，全国执业律师20.4万人。2014年底，全国执业律师增至27.1万人。2015年，律师行业党建驶入快车道。\n\n"
        "到2019年底，全国执业律师47.3万多人，党员律师14.9万多名，律所党组织覆盖率达到99.6%。"
    )
    obs = observed(text)
    assert obs[("legal", "practitioners", 473000)][:3] == ("lower_bound", "全国", 2019)
    assert ("legal", "coverage_rate", 99.6) in obs
    # a plan's round target stays a plan
    text = "截至2015年底，全市律所党组织覆盖率为80%。到2020年底，全市律所党组织覆盖率达到95%。"
    assert ("legal", "coverage_rate", 95) not in observed(text, jurisdiction="成都市")


def test_a_thousand_firms_passed_then_the_count():
    text = "2022年，全市律师事务所首次突破千家，达到1003家，执业律师19240名。"
    obs = observed(text, jurisdiction="成都市")
    assert obs[("legal", "firms", 1003)][0] == "exact"
    assert ("legal", "firms", 1000) not in obs  # the milestone, then the count itself
    obs = observed("2022年，全市律师事务所突破千家。", jurisdiction="成都市")
    assert obs[("legal", "firms", 1000)][0] == "lower_bound"


def test_suo_after_a_count_is_a_law_firm_in_a_lawyers_text():
    text = "截至2021年底，津市市仅有律所3家，3家所联合组建党支部，党员律师11名。"
    assert ("legal", "firms_in_joint_branches", 3) in observed(text)
    text = "比如平江县，截至去年底有律所5家、律师47名、党员律师18名，5家所都建了党支部，其中单独建支部的3家。"
    obs = observed(text, published=date(2020, 3, 1))
    assert ("legal", "firms_covered", 5) in obs and ("legal", "firms_with_own_branch", 3) in obs
    text = "截至2021年底，全市共有会计师事务所30家，5家所联合组建党支部。"
    assert ("legal", "firms_in_joint_branches", 5) not in observed(text, jurisdiction="郑州市")


def test_party_bodies_said_to_be_up_and_running_are_counted():
    text = "截至2020年底，全市13个县级律师行业党委均已挂牌运行。"
    assert ("legal", "industry_party_committees", 13) in observed(text, jurisdiction="宜昌市")


def test_development_zones_with_their_other_name_in_an_aside_are_zones_as_a_whole():
    text = "截至2020年底，全市21个省级以上开发区（园区）共建立党组织2460个，有党员3.1万名。"
    obs = observed(text, jurisdiction="苏州市")
    assert ("other", "party_organizations", 2460) in obs


def test_parts_of_a_count_of_places_are_each_places_own():
    text = "截至2021年底，律师人数超过3万人的省份达到8个，其中广东省律师人数突破5.5万人，上海市党员律师超过1万人。"
    obs = observed(text, published=date(2022, 3, 1))
    assert obs[("legal", "party_members", 10000)][:2] == ("lower_bound", "上海市")


def test_a_list_items_own_level_is_not_the_first_items():
    text = "截至2018年底，全国已成立省级律师行业党委32个、设区的市律师行业党委近400个。"
    doc = make_doc(text, published=date(2019, 3, 1))
    subgroups = {o.value: o.subgroup for o in extract(doc).observations}
    assert subgroups == {32: "省级", 400: None}


def test_a_figure_said_in_wan_then_with_yu_in_an_aside_is_a_lower_bound():
    text = "截至2022年底，全省共有执业律师4.86万名（48600余名），党员律师1.5万名。"
    obs = observed(text, jurisdiction="江苏省")
    assert obs[("legal", "practitioners", 48600)][0] == "lower_bound"
    assert obs[("legal", "party_members", 15000)][0] == "exact"


def test_a_time_point_said_in_a_sentence_dates_the_figures_after_it():
    text = (
        "杭州市“两新”组织党建工作基本情况\n（本文数据统计时点均为2021年12月31日，下同）\n\n"
        "全市非公有制企业党组织4386个，非公企业党员8.2万名。"
    )
    obs = observed(text, published=date(2022, 7, 1))
    assert obs[("private_enterprise", "party_organizations", 4386)][2] == 2021


def test_a_tables_title_of_indicators_for_a_year_dates_its_figures():
    text = "指标名称　　　　数值\n律师事务所（家）　　938\n党员律师（人）　　8925\n"
    obs = observed(
        text, published=date(2021, 2, 5), title="重庆市律师行业党建工作主要指标（2020年）"
    )
    assert obs[("legal", "firms", 938)][2] == 2020


def test_whole_city_in_a_brief_on_a_municipality_after_another():
    text = "■上海市党员律师人数突破7000名。\n\n■天津市注册会计师协会消息，全市现有注册会计师2100余人、会计师事务所140家。"
    obs = observed(text, published=date(2017, 6, 12))
    assert obs[("accounting", "firms", 140)][1] == "天津市"


def test_associations_counted_with_ge_that_set_up_organizations_are_covered():
    text = "截至2020年底，银川市已有12个行业协会商会成立党组织，全市390个律师所成立党支部。"
    obs = observed(text)
    assert ("social_org", "firms_covered", 12) in obs
    assert ("social_org", "party_organizations", 12) not in obs


def test_now_between_a_rate_and_its_figure():
    obs = observed("昆明市行业协会商会党组织覆盖率目前在85%左右。")
    assert obs[("social_org", "coverage_rate", 85)][:2] == ("approximate", "昆明市")
    assert ("social_org", "coverage_rate", 85) in observed("昆明市社会组织党组织覆盖率目前为85%。")


def test_a_town_whose_name_opens_with_he_is_one_town():
    text = (
        "截至2023年底，全县非公企业党组织560个。\n二、分乡镇（街道）情况\n"
        "泗安镇：非公企业党组织64个，党员583名；\n和平镇：非公企业党组织59个，党员520名。"
    )
    obs = observed(text, jurisdiction="湖州市长兴县")
    assert ("private_enterprise", "party_organizations", 560) in obs
    assert ("private_enterprise", "party_organizations", 59) not in obs


def test_firms_counted_within_a_frame_naming_their_sector_are_that_sectors():
    text = (
        "截至2023年底，全省非公有制企业党组织1.82万个；全省快递、外卖、网约车等平台企业中，"
        "建立党组织的企业320家，占在赣平台企业的八成以上。"
    )
    obs = observed(text, jurisdiction="江西省")
    assert ("other", "firms_covered", 320) in obs
    assert ("private_enterprise", "firms_covered", 320) not in obs
    assert ("private_enterprise", "party_organizations", 18200) in obs


def test_a_rate_to_be_raised_with_jiang_ba_is_a_plan():
    text = "州委两新工委负责人表示，2023年将把非公企业党组织覆盖率提高到85%以上。"
    assert not observed(text, jurisdiction="黔东南苗族侗族自治州", published=date(2023, 3, 1))


def test_firms_that_have_a_law_firms_organization_are_covered():
    text = "截至2023年底，全区有律所党组织的律所达到352家，律所党组织覆盖率91.2%。"
    assert ("legal", "firms_covered", 352) in observed(text, jurisdiction="上海市浦东新区")


def test_a_named_firms_people_in_a_year_are_the_firms():
    text = (
        "作为本地规模最大的律所之一，浙江天册律师事务所2023年律师人数较上年净增42名，"
        "达到560余名，其中党员律师210名，所党委下设6个党支部。"
    )
    assert not observed(text, jurisdiction="杭州市", published=date(2024, 3, 1))


def test_a_pages_host_in_its_footer_is_its_place():
    text = (
        "县律师行业党委召开表彰大会\n\n会议通报：截至今年6月底，全县共有律师事务所12家，执业律师137名。\n\n"
        "主办：石家庄市正定县司法局　　联系电话：0311-88021234"
    )
    obs = observed(text, published=date(2022, 6, 30))
    assert obs[("legal", "firms", 12)][1:3] == ("石家庄市正定县", 2022)


def test_a_place_whose_name_ends_with_xiang_is_no_township():
    text = "据桐乡市司法局统计，到去年底，全市律所增至27家，执业律师365名，其中党员律师142名。"
    obs = observed(text, published=date(2025, 1, 20))
    assert obs[("legal", "practitioners", 365)][1:3] == ("嘉兴市桐乡市", 2024)


def test_organizations_set_up_alone_or_jointly_with_de():
    text = "截至2023年12月底，全市社会组织党组织1126个，其中单独建立的党组织803个、联合建立的党组织323个。"
    obs = observed(text, jurisdiction="南宁市")
    assert ("social_org", "standalone_branches", 803) in obs
    assert ("social_org", "joint_branches", 323) in obs


def test_an_appendix_after_the_plans_is_facts_again():
    text = (
        "二、2024年工作安排\n力争全年新增党员注册会计师100名。\n"
        "附：江苏省注册会计师协会数据显示，截至2023年底，全省共有会计师事务所超过800家，执业注册会计师1.2万余人。"
    )
    obs = observed(text, published=date(2024, 3, 1))
    assert obs[("accounting", "firms", 800)][:2] == ("lower_bound", "江苏省")


def test_coverage_of_cooperative_notary_offices_is_a_sub_types():
    text = "目前，全省合作制公证机构党组织覆盖率由2017年的50%提高到现在的100%。"
    assert not observed(text, jurisdiction="福建省")


def test_awards_of_a_year_named_in_the_decisions_title_are_that_years():
    text = (
        "各市（地）公证协会：\n\n为表彰先进，经研究决定，授予哈尔滨市松北公证处党支部等8个党组织“全省公证行业先进基层党组织”称号，"
        "授予王丽娟等20名同志“全省公证行业优秀共产党员”称号。"
    )
    title = "黑龙江省公证协会关于表彰2023年度全省公证行业先进基层党组织、优秀共产党员和优秀党务工作者的决定"
    obs = observed(text, title=title, published=date(2024, 2, 6))
    assert obs[("notary", "awarded_party_organizations", 8)][2] == 2023
    assert obs[("notary", "awarded_party_members", 20)][2] == 2023


def test_units_made_demonstration_sites_are_sites_of_the_titles_sector():
    text = (
        "2019年，市社会组织综合委员会决定命名成都市律师协会党委等36个单位为第四批成都市社会组织党建示范点，"
        "其中锦江区5个、武侯区6个。"
    )
    obs = observed(text, published=date(2019, 12, 18))
    assert obs[("social_org", "demonstration_sites", 36)][1] == "成都市"
    assert obs[("social_org", "demonstration_sites", 5)][1] == "成都市锦江区"
    text = "山东省注册会计师行业党委日前印发通知，命名某会计师事务所济南分所党支部等12家单位为“2020年度全省注册会计师行业党建工作示范点”。"
    assert ("accounting", "demonstration_sites", 12) in observed(text, published=date(2020, 12, 18))


def test_a_named_firm_with_its_people_in_an_aside_is_one_firm():
    text = "截至2022年底，全市律所党组织310个。江苏苏南律师事务所（执业律师186名、党员律师73名）设立党委，下设党支部4个。"
    obs = observed(text, jurisdiction="苏州市")
    assert ("legal", "party_organizations", 310) in obs
    assert ("legal", "party_members", 73) not in obs and ("legal", "party_branches", 4) not in obs


def test_an_application_criterion_is_no_share():
    text = "申报条件中明确，示范点所在律师事务所应有3名以上正式党员，党员律师占比不低于30%。"
    assert not observed(text, jurisdiction="江苏省")


def test_one_unnamed_firm_told_by_how_it_grew_is_one_firm():
    text = (
        "截至2023年底，全省共有律师事务所1200家。在佳木斯，一家成立于1993年的律师事务所"
        "二十年来从3名律师发展到68名，党支部有党员31名。"
    )
    obs = observed(text, title="黑龙江律师行业党建", published=date(2024, 3, 5))
    assert ("legal", "firms", 1200) in obs
    assert ("legal", "party_members", 31) not in obs and ("legal", "practitioners", 68) not in obs


def test_a_campaign_into_parks_in_the_title_is_no_page_about_one_park():
    text = (
        "5月18日，汨罗市律师行业党委在高新区揭牌成立“党员律师服务站”。\n"
        "截至去年底，汨罗市共有律师事务所14家；全市律师行业12个党支部覆盖了全部14家律所。"
        "其中，单独建支部的律所9家，另有5家律所组建了3个联合党支部。"
    )
    obs = observed(text, title="汨罗：党员律师进园区 法律服务“零距离”", published=date(2021, 5, 20))
    assert obs[("legal", "firms_covered", 14)][1:3] == ("岳阳市汨罗市", 2020)
    assert ("legal", "firms_with_own_branch", 9) in obs
    assert ("legal", "joint_branches", 3) in obs


def test_one_firm_alone_holding_and_one_branch_covering_are_that_units():
    text = (
        "截至2023年底，全省共有会计师事务所560家。其中，楚天信诚会计师事务所一家即有注册会计师900余名、"
        "党员320名，设有党委1个。"
    )
    obs = observed(text, title="湖北注册会计师行业党建", published=date(2024, 3, 1))
    assert ("accounting", "firms", 560) in obs and ("accounting", "party_members", 320) not in obs
    text = "截至2023年底，全区共有律所86家，但也有少数联合党支部覆盖律所过多，最多的一个联合党支部覆盖9家律所。"
    obs = observed(text, jurisdiction="南宁市")
    assert ("legal", "firms", 86) in obs and ("legal", "firms_in_joint_branches", 9) not in obs


def test_one_unit_brought_in_to_be_told_of_is_no_count_of_one():
    text = "截至2023年底，全省党员律师6200名。有一个所，就是大成武汉的同事们，三十多个党员律师连续七十六天值守热线。"
    obs = observed(text, jurisdiction="湖北省")
    assert ("legal", "party_members", 6200) in obs and ("legal", "firms", 1) not in obs
    assert ("legal", "firms", 1) in observed(
        "截至2023年底，全县有一个律所，3名党员。", jurisdiction="南宁市"
    )


def test_registered_units_and_kinds_of_every_kind_before_the_term():
    text = "截至2024年6月底，全区注册登记的互联网企业共1260家，其中412家已建立党组织。"
    obs = observed(text, jurisdiction="北京市朝阳区")
    assert ("other", "firms", 1260) in obs and ("other", "firms_covered", 412) in obs
    text = "截至2022年底，顺德区共有镇街商会、行业商协会等各类商会组织105家，已建立党组织88个，党组织覆盖商会97家。"
    obs = observed(text, title="顺德：商会党建“红”起来")
    assert obs[("social_org", "firms", 105)][1] == "佛山市顺德区"
    assert ("social_org", "firms_covered", 97) in obs


def test_a_place_a_ranking_names_is_no_scope_of_the_figures_after():
    text = (
        "浦东新区是上海会计服务业的主阵地。2023年，新区会计行业业务收入达到120亿元，有7家事务所进入全国百强；"
        "新区行业党委评选出先进党组织10个。"
    )
    obs = observed(text, title="浦东会计行业：党建引领服务", published=date(2024, 3, 5))
    assert obs[("accounting", "awarded_party_organizations", 10)][1] == "上海市浦东新区"


def test_a_note_dating_the_data_above_outranks_a_day_the_text_named():
    text = (
        "本报2024年3月12日第2版刊发的《三晋律师行业党建工作综述》一文，部分数字有误，现更正如下：\n"
        "一、原文“全省共有律师事务所1036家”，应为“全省共有律师事务所1063家”。\n"
        "上述数据均为截至2023年12月31日的统计数字。"
    )
    obs = observed(text, title="更正启事", jurisdiction="山西省", published=date(2024, 3, 14))
    assert obs[("legal", "firms", 1063)][2] == 2023


def test_a_little_more_after_the_classifier_is_a_lower_bound():
    text = "截至2018年底，全省律师事务所700家多一点，执业律师1.1万人左右，党员律师5500人多一点。"
    obs = observed(text, jurisdiction="湖北省")
    assert obs[("legal", "firms", 700)][0] == "lower_bound"
    assert obs[("legal", "party_members", 5500)][0] == "lower_bound"


def test_rates_broken_down_by_place_are_the_rate_of_the_whole_not_a_count():
    text = (
        "截至2023年底，全市共有律师事务所61家、执业律师910余名，其中党员律师360余名，党员律师占比39.6%；"
        "分县区看，秦州区党员律师占比41.2%，麦积区38.5%，甘谷县36.4%。"
    )
    obs = observed(text, title="天水市律师行业党建")
    assert obs[("legal", "party_member_share", 38.5)][1] == "天水市麦积区"
    assert not any(metric == "firms" and value < 61 for _, metric, value in obs)


def test_a_kind_of_chamber_beside_other_kinds_is_no_count_of_chambers():
    text = (
        "截至2023年底，全省共有商会1386家。从商会类型看，全省有异地商会162家、行业商会318家、"
        "乡镇（街道）商会906家。"
    )
    obs = observed(text, title="江西省商会党建工作综述")
    assert ("social_org", "firms", 1386) in obs and ("social_org", "firms", 318) not in obs
    text = "截至2018年底，异地商会、行业商会一共86家，建立党组织的商会79家。"
    assert ("social_org", "firms", 86) in observed(text, title="晋江市商会党建工作")


def test_the_county_said_as_xianli_is_the_county():
    text = (
        "【关注】全省律师行业党建工作推进会召开，正定律协这样落实\n\n"
        "正定县律师协会 2019-04-03 16:45 河北\n\n"
        "3月28日，河北省律师行业党建工作推进会在石家庄召开。会议通报，截至2018年底，河北省共有律师事务所"
        "1350余家、执业律师2.6万余名，全省律所党组织覆盖率达到97.5%。\n\n"
        "【传达】县里马上行动\n4月2日，正定县律师行业党支部召开专题会议传达会议精神。\n\n"
        "【数据】正定律师“小而精”\n截至2018年底，石家庄市正定县共有律师事务所9家、执业律师87名。\n\n"
        "目前，县里9家律所中，有3家单独建立了党支部，其余6家组成了1个联合党支部。"
    )
    title = "【关注】全省律师行业党建工作推进会召开，正定律协这样落实"
    obs = observed(text, title=title, published=date(2019, 4, 3))
    assert obs[("legal", "firms_with_own_branch", 3)][1] == "石家庄市正定县"
    assert obs[("legal", "joint_branches", 1)][1] == "石家庄市正定县"


def test_a_level_compared_with_is_of_the_comparisons_own_subject():
    text = (
        "2022年底，全市有律师事务所398家、执业律师6180人、党员律师2035名，党员律师占比32.9%；"
        "执业律师比2021年底的5602人增加578人。"
    )
    obs = observed(text, title="合肥市律师行业党建")
    assert obs[("legal", "practitioners", 5602)][2] == 2021
    assert ("legal", "party_members", 5602) not in obs
    text = (
        "截至去年底，全市共有律师事务所486家、执业律师8620名，执业律师比前年底的7935名增加685名。"
    )
    obs = observed(text, title="郑州市律师行业党建", published=date(2023, 3, 1))
    assert obs[("legal", "practitioners", 7935)][2] == 2021


def test_a_year_end_opening_a_speakers_answer_dates_the_paragraph():
    text = (
        "答：去年底，全市执业律师达到6820人，比前年底增加512人。全市律师事务所463家，"
        "其中单独建立党支部的律所318家。"
    )
    obs = observed(
        text, title="青岛市司法局负责人就律师行业党建工作答记者问", published=date(2022, 6, 28)
    )
    assert obs[("legal", "firms", 463)][2] == 2021


def test_a_named_firm_then_its_own_body_after_a_comma_is_that_firms():
    text = (
        "截至2022年底，全市共有会计师事务所236家。总部设在杭州的天健会计师事务所，党委下设14个党支部，"
        "党员430余名。"
    )
    obs = observed(text, title="杭州注册会计师行业党建")
    assert ("accounting", "firms", 236) in obs
    assert ("accounting", "party_branches", 14) not in obs
    assert ("accounting", "party_members", 430) not in obs


def test_pro_bono_training_given_to_the_public_is_no_training_session():
    text = "今年以来，支部又组织党员深入吕梁、忻州两地开展公益培训12场，累计培训600余人次。"
    assert not observed(text, title="太原会计师党支部", jurisdiction="太原市")


def test_figures_in_a_list_of_related_articles_under_its_heading_are_no_observations():
    text = (
        "截至2024年3月底，全市共有律师事务所156家。\n\n【打印】【关闭】\n\n相关专题\n"
        "· 兰州市2023年律师行业党建工作要点\n· 全市8个县区律师行业党委成立情况一览\n\n兰州市司法局 版权所有"
    )
    obs = observed(text, title="兰州市律师行业党建工作情况", jurisdiction="兰州市")
    assert ("legal", "firms", 156) in obs
    assert ("legal", "industry_party_committees", 8) not in obs


def test_one_firms_people_after_one_unnamed_firm_and_a_rule_of_setting_up_are_no_counts():
    text = "截至2023年底，福田区共有律师事务所310家。福田区一家大型律师事务所执业律师超过900人，党员律师320人。"
    obs = observed(text, title="深圳市律师行业党建")
    assert ("legal", "firms", 310) in obs and ("legal", "party_members", 320) not in obs
    text = (
        "截至2019年底，全省共有联合党支部412个。按照“地域相邻、规模相近”的原则，"
        "一般由3至5家律所组建一个联合党支部。"
    )
    obs = observed(text, title="河南律师行业党建")
    assert ("legal", "joint_branches", 412) in obs and ("legal", "joint_branches", 1) not in obs


def test_the_members_of_one_branch_just_set_up_are_that_branchs():
    text = (
        "截至2021年底，思明区共有律师事务所120家。今年5月，大厦内的6家律所和2家会计师事务所组成了"
        "“国际银行大厦专业服务联合党支部”，有党员21名。"
    )
    obs = observed(text, title="思明区专业服务业党建")
    assert ("legal", "firms", 120) in obs
    assert not any(metric == "party_members" for _, metric, _ in obs)
    text = "截至2022年底，全县共有律所9家。宝应县将城区3家律所组成1个联合党支部，有党员7名。"
    assert ("legal", "party_members", 7) not in observed(text, title="宝应县律师行业党建")


def test_a_buildings_figures_and_social_work_agencies_as_a_kind_are_not_the_places():
    text = (
        "截至2022年底，静安区共有律师事务所380家。楼宇党群服务站站长介绍，目前楼内入驻律所42家、"
        "执业律师1600余名，其中党员律师530名。"
    )
    obs = observed(text, title="静安区律师楼宇党建", jurisdiction="上海市静安区")
    assert ("legal", "firms", 380) in obs
    assert ("legal", "practitioners", 1600) not in obs and (
        "legal",
        "party_members",
        530,
    ) not in obs
    text = (
        "截至2022年底，全市登记社会组织6480家。\n社会工作服务机构是我市社会组织中发展最快的群体。"
        "目前，全市社会工作服务机构312家，已建立党组织的197家，覆盖率为63.1%。"
    )
    obs = observed(text, title="青岛市社会组织党建", published=date(2023, 3, 1))
    assert ("social_org", "firms", 6480) in obs
    assert ("social_org", "coverage_rate", 63.1) not in obs


def test_a_companys_committee_described_before_what_it_has_is_one_company():
    text = (
        "截至2022年底，路北区非公企业党组织达到186个。唐山港陆钢铁有限公司党委坚持“党建+安全生产”，"
        "下设党支部21个，有党员610名。"
    )
    obs = observed(text, title="唐山市非公企业党建调研")
    assert ("private_enterprise", "party_organizations", 186) in obs
    assert not any(value in (21, 610) for _, _, value in obs)


def test_the_one_branch_an_example_names_is_no_count():
    text = (
        "截至2022年底，石狮市商会已组建联合党支部12个。比如石狮市休闲食品商会、石狮市箱包商会和"
        "石狮市印刷商会就共建了一个联合党支部，3家商会一共只有7名党员。"
    )
    obs = observed(text, title="石狮市商会党建")
    assert ("social_org", "joint_branches", 12) in obs
    assert ("social_org", "joint_branches", 1) not in obs


def test_a_table_of_one_firms_branch_offices_has_no_places_figures():
    text = (
        "山东泰岳明德律师事务所2023年度发展报告（摘要）\n\n现将主要数据列表如下：\n\n"
        "分所　　律师（人）　党员（人）　业务收入（万元）\n"
        "济南　　186　　　　 72　　　　 21300\n"
        "青岛　　152　　　　 58　　　　 17800\n"
        "合计　　338　　　　 130　　　　39100\n\n本所党委下设党支部4个。"
    )
    assert observed(text) == {}


def test_a_rate_after_a_class_of_firms_clause_is_that_class():
    text = (
        "截至2022年底，全市非公有制企业党组织覆盖率为78.5%。在规模以上企业中，党组织覆盖率达到98.6%；"
        "百人以上企业已实现党组织应建尽建，覆盖率为100%。"
    )
    obs = observed(text, title="太原市非公企业党建")
    assert ("private_enterprise", "coverage_rate", 78.5) in obs
    assert ("private_enterprise", "coverage_rate", 100) not in obs


def test_some_unnamed_county_with_its_whole_and_averages_per_county_are_no_places_figures():
    text = (
        "截至2019年底，全省有律所200家。一些县市区律所数量少、规模小，有的县全县仅有律所2家、"
        "执业律师不到20人。全省104个县（市）均有律师事务所，但县均律所不足9家，县均律师不足70人。"
    )
    obs = observed(text, title="湖北省律师行业党建调研")
    assert set(obs) == {("legal", "firms", 200)}


def test_a_range_between_two_figures_is_neither():
    text = "截至2023年底，全省律所1500家。2021年至2023年，全省党员律师占比在35%至36%之间徘徊。"
    obs = observed(text, title="湖南省律师行业党建调研")
    assert set(obs) == {("legal", "firms", 1500)}


def test_before_a_year_is_a_deadline_but_the_first_quarters_of_a_year_are_not():
    text = "截至2023年底，全省会计师事务所320家。2025年前实现会计师事务所党组织覆盖率达到90%以上。"
    obs = observed(text, title="湖北省会计行业党建", published=date(2024, 3, 1))
    assert ("accounting", "coverage_rate", 90) not in obs
    text = "2024年前三季度，市律师行业党委共举办各类党建培训班6期，培训1480人次。"
    obs = observed(text, title="苏州市律师行业党建", published=date(2024, 10, 20))
    assert ("legal", "training_sessions", 6) in obs


def test_places_that_set_up_one_body_or_another_count_neither():
    text = "2016年4月，省律师行业党委正式成立，全省17个市州均已成立市级律师行业党委或党总支。"
    obs = observed(text, title="湖北省律师行业党建")
    assert ("legal", "industry_party_committees", 17) not in obs


def test_one_persons_firm_and_functional_party_bodies_are_no_places_figures():
    text = "截至2022年底，雁塔区有律所120家。他的律所有律师30人，党员13人。"
    obs = observed(text, title="雁塔区律师行业党建")
    assert set(obs) == {("legal", "firms", 120)}
    text = (
        "截至2021年底，长春市共有社会组织3200个。市委社会组织工委在22个市级行业协会商会中"
        "探索建立功能型党组织。"
    )
    obs = observed(text, title="长春市社会组织党建")
    assert set(obs) == {("social_org", "firms", 3200)}


def test_a_bound_then_the_other_bound_inside_it_keeps_the_sharper():
    text = "截至今年10月底，全市律所230多家，执业律师不到4000人，3900多人；党员律师1300名。"
    obs = observed(text, title="大连市律师行业党建", published=date(2016, 12, 5))
    assert obs[("legal", "practitioners", 3900)][0] == "lower_bound"
    assert ("legal", "practitioners", 4000) not in obs


def test_a_district_named_with_its_city_is_no_breakdown_by_place():
    text = (
        "截至2023年底，长沙市共有律师事务所731家、执业律师1.29万人，党员律师4520名；其中，"
        "长沙市岳麓区有律师事务所168家、执业律师3260人，党员律师1150名，长沙市芙蓉区有律师事务所139家。"
    )
    obs = observed(text, title="湖南省律师行业党建调研")
    assert obs[("legal", "party_members", 1150)][1] == "长沙市岳麓区"


def test_the_share_of_firms_that_set_one_up_among_all_is_the_coverage_rate():
    text = "从全国看，截至2018年底，全国律师行业党员超过17万名，全国律所中建立党组织的比例达到98%以上。"
    obs = observed(text, title="律师行业党建观察")
    assert obs[("legal", "coverage_rate", 98)][:2] == ("lower_bound", "全国")


def test_a_hub_is_no_town_and_offices_merged_from_one_level_to_another():
    text = "顺德是民营经济重镇，全区民营企业逾4万家，对法律服务的需求旺盛。"
    obs = observed(text, title="顺德区律师行业党建工作情况", jurisdiction="佛山市顺德区")
    assert obs[("private_enterprise", "firms", 40000)][0] == "lower_bound"
    text = (
        "截至2022年6月，全区律师行业党组织由2017年的二十一个增加到2022年的五十八个，"
        "联合党支部则从15个整合优化为9个。"
    )
    obs = observed(text, title="锦江区律师行业党建")
    assert obs[("legal", "joint_branches", 15)][2] == 2017
    assert obs[("legal", "joint_branches", 9)][2] == 2022


def test_a_share_of_the_province_after_the_provinces_count_and_a_place_alone():
    text = (
        "李红梅：截至去年底，全市律所一百八十出头。全省律师党员四千多，占全省律师的四分之一左右，"
        "昆明比全省平均高一些。"
    )
    obs = observed(text, title="对话昆明市律师行业党委书记", published=date(2018, 3, 1))
    assert obs[("legal", "party_member_share", 25)][:2] == ("approximate", "云南省")
    text = "截至2022年底，全市律师事务所差不多三百家；光思明区就有律所一百二十来家。"
    obs = observed(text, title="对话厦门市律师行业党委书记")
    assert obs[("legal", "firms", 120)][1] == "厦门市思明区"


def test_within_the_year_in_a_plans_title_is_ahead_and_in_a_review_is_done():
    text = "二、加强律师行业党的建设。年内选树省级律师行业党建示范点10个、评选优秀党员律师50名。"
    obs = observed(text, title="江西省司法厅2024年工作要点", published=date(2024, 2, 26))
    assert obs == {}
    text = "年内，全区评选表彰司法鉴定行业先进基层党组织11个、优秀共产党员33名。"
    obs = observed(
        text, title="广西：司法鉴定行业党建工作实现提质扩面", published=date(2016, 11, 30)
    )
    assert ("other", "awarded_party_organizations", 11) in obs


def test_a_raw_html_tables_rows_are_each_places_figures():
    text = (
        "<p>截至2021年底，全市共有律师事务所560家。部分城区情况见下表：</p>\n<table>\n"
        "<tr><th>城区</th><th>律所数</th><th>执业律师</th></tr>\n"
        "<tr><td>上城区</td><td>138</td><td>2684</td></tr>\n"
        "<tr><td>西湖区</td><td>121</td><td>2217</td></tr>\n</table>\n"
    )
    obs = observed(text, title="杭州律师行业党建", published=date(2022, 2, 25))
    assert obs[("legal", "firms", 138)][1:4] == ("杭州市上城区", 2021, "138")
    assert obs[("legal", "practitioners", 2217)][1] == "杭州市西湖区"


def test_units_a_figure_belongs_to_in_a_center_an_area_an_aside_or_some_places():
    text = "2022年，义乌市国际商事法律服务中心入驻律所9家、仲裁机构1家，受理国际商事纠纷730件。"
    assert observed(text, title="义乌市法律服务") == {}
    text = (
        "在中天·未来方舟片区，区委两新工委把片区内的34家小微企业纳入1个联合党支部管理，"
        "党员人数从6名增加到19名。"
    )
    assert observed(text, title="观山湖区两新党建") == {}
    text = (
        "再比如，一家头部律所（在全国设有分所30余家、党员律师1100多名）的数字，只能说明这一家所。"
    )
    assert observed(text, title="律师行业党建数据怎么看") == {}
    text = "截至2022年底，全市律所120家。过去一些县城只有一两家律所，律师不到10人。"
    assert set(observed(text, title="成都市律师行业")) == {("legal", "firms", 120)}


def test_bodies_of_either_kind_and_places_summed_after_their_count_are_no_count():
    text = "截至2023年底，全市律所共有党支部142个，18个县（市、区）均成立了律师行业党委（党总支）。"
    obs = observed(text, title="赣州市律师行业党建")
    assert ("legal", "industry_party_committees", 18) not in obs
    text = "截至2023年底，北京市律师4.6万余名。分区看，朝阳、海淀两区律师人数合计超过2万名。"
    obs = observed(text, title="北京市律师行业党建")
    assert ("legal", "practitioners", 20000) not in obs


def test_parts_of_new_organizations_with_a_quoted_name_are_new_too():
    text = "截至目前，全区新建“两新”组织党组织57个，其中楼宇、园区党组织19个。"
    assert observed(text, title="海曙区两新党建") == {}


def test_a_corps_division_city_and_a_province_after_those_it_ranks_behind():
    text = "截至2023年底，全师市共有律师事务所27家，执业律师386名。"
    obs = observed(text, title="第八师石河子市律师行业党建工作综述")
    assert obs[("legal", "firms", 27)][1] == obs[("legal", "practitioners", 386)][1]
    text = (
        "截至2021年底，全省共有律师事务所2410家、执业律师3.52万人，律师总数仅次于广东、北京，"
        "位居全国第三；全省党员律师1.38万人，占律师总数的39.2%。"
    )
    obs = observed(text, title="江苏省律师工作会议")
    assert obs[("legal", "party_members", 13800)][1] == "江苏省"


def test_an_assembly_awarding_and_two_trades_named_in_clauses_of_their_own():
    text = "大会对2022年度先进律所党组织30个、优秀党员律师80名进行了表彰。"
    obs = observed(text, title="上海市律师行业党建", published=date(2023, 3, 1))
    assert ("legal", "awarded_party_organizations", 30) in obs
    text = (
        "截至去年底，全市共有会计师事务所146家、注册会计师1580名；税务师事务所238家、执业税务师1130名。"
        "两个行业分别建立党组织98个和74个。"
    )
    obs = observed(text, title="青岛市财经服务业党建工作交流会召开", published=date(2020, 1, 15))
    assert ("accounting", "party_organizations", 98) in obs
    assert ("other", "party_organizations", 74) in obs


def test_the_wider_scopes_ratio_in_an_aside_after_the_places():
    text = (
        "截至2022年12月31日，全省共有律师事务所2416家，执业律师3.1万余人，其中党员律师1.05万人，"
        "党员律师占执业律师总数的比例约为33.9%（全国同期约为33.5%）。"
    )
    obs = observed(text, title="浙江省律师行业党建")
    assert obs[("legal", "party_member_share", 33.9)][1] == "浙江省"
    assert obs[("legal", "party_member_share", 33.5)][:3] == ("approximate", "全国", 2022)


def test_proposed_awards_national_awards_in_a_papers_report_and_bold_numbers():
    text = (
        "根据通知要求，拟表彰先进基层党组织15个。2022年，市律师行业党委共表彰先进基层党组织12个。\n"
        "一、先进基层党组织（15个）\n四川锦官明信律师事务所党委、四川天府正衡律师事务所党总支\n"
    )
    obs = observed(
        text,
        title="关于2024年成都市律师行业“两优一先”拟表彰对象的公示",
        published=date(2024, 6, 17),
    )
    assert set(obs) == {("legal", "awarded_party_organizations", 12)}
    text = (
        "湖南法治报讯 6月27日，全国律师行业党委印发决定，授予100个律师行业党组织“全国律师行业先进党组织”"
        "称号。我省有4个党组织榜上有名。"
    )
    obs = observed(
        text, title="我省4个律所党组织受全国律师行业党委表彰", published=date(2023, 6, 28)
    )
    assert obs[("legal", "awarded_party_organizations", 100)][1] == "全国"
    assert obs[("legal", "awarded_party_organizations", 4)][1] == "湖南省"
    text = "> 司法部公布：截至2022年底，全国共有执业律师 **65.16万** 多人，律师事务所 **3.86万** 多家。"
    obs = observed(text, title="律师行业党建数据")
    assert obs[("legal", "practitioners", 651600)][:2] == ("lower_bound", "全国")


def test_a_series_of_dated_levels_after_a_change_or_a_trend_told_with_a_colon():
    text = (
        "全市律师从1979年的28人增长到1988年的640人、1993年的1520人、2000年的3870人。"
        "律师事务所的数量同步增长：1988年37家，1993年88家，2020年底超过900家。"
    )
    obs = observed(text, title="广州律师四十年")
    assert obs[("legal", "practitioners", 1520)][2] == 1993
    assert obs[("legal", "practitioners", 3870)][2] == 2000
    assert obs[("legal", "firms", 88)][2] == 1993
    assert obs[("legal", "firms", 900)][:3] == ("lower_bound", "广州市", 2020)


def test_a_city_area_a_companys_example_and_a_deadline_some_years_ahead():
    text = "截至2021年12月底，常熟市域共有律师事务所52家，执业律师980余人。"
    assert observed(text, title="常熟律师")[("legal", "firms", 52)][1] == "苏州市常熟市"
    text = "答：比如江铃系配套企业南昌宏达精工有限公司，党委下设5个支部，党员86名。"
    assert observed(text, title="南昌市非公企业党建访谈") == {}
    text = "省律师协会第十届理事会提出，三年内在全省建成20个律师行业党建示范点。"
    assert observed(text, title="黑龙江律师四十年", published=date(2019, 5, 1)) == {}


def test_one_joint_branch_a_story_tells_of_a_papers_byline_and_a_body_that_coordinates():
    text = (
        "截至2020年底，全市律所80家。在西峡县，5家律所组建的联合党支部把“支部会”开到了香菇大棚边。"
    )
    assert set(observed(text, title="南阳律师行业党建")) == {("legal", "firms", 80)}
    text = "截至2020年底，全县4家律所组建的联合党支部，实现了党组织全覆盖。"
    assert ("legal", "firms_in_joint_branches", 4) in observed(text, title="西峡县律师行业党建")
    text = "慈溪日报讯（记者 岑颖 通讯员 胡立群）党员律师从2016年的96名增加到2021年底的188名。"
    obs = observed(text, title="慈溪律师行业党建")
    assert obs[("legal", "party_members", 96)][2] == 2016
    assert obs[("legal", "party_members", 188)][2] == 2021
    text = "截至2020年底，市律师行业党委统筹全市律师事务所党组织186个，律所党组织覆盖率达到100%。"
    assert ("legal", "party_organizations", 186) in observed(text, title="合肥市律师行业")


def test_a_province_before_its_counties_area_is_no_district_of_the_same_name():
    text = (
        "河北县域经济特色鲜明，全省有县域特色产业集群107个。截至2018年底，全省民营企业突破60万户，"
        "非公企业党组织达到4.6万个。"
    )
    obs = observed(text, title="河北县域特色产业集群里的非公党建")
    assert obs[("private_enterprise", "party_organizations", 46000)][1] == "河北省"


def test_a_threshold_whose_units_go_unsaid_and_a_research_societys_branch():
    text = "截至2022年底，全市社会组织党组织320个。对有3名以上正式党员、暂不具备单独组建条件的，采取联合组建方式。"
    assert set(observed(text, title="漳州市社会组织党建")) == {
        ("social_org", "party_organizations", 320)
    }
    text = "截至2022年底，全市社会组织2600个。汕头市潮汕文化研究会党支部现有党员23名。"
    assert set(observed(text, title="汕头市社会组织党建")) == {("social_org", "firms", 2600)}


def test_places_counted_with_a_kind_in_brackets_and_a_list_headed_by_how_often():
    text = "截至2023年底，全市9个县（市）区中已有6个成立律师行业党委。"
    obs = observed(text, title="合肥市律师行业党建")
    assert set(obs) == {("legal", "industry_party_committees", 6)}
    text = "（三）发挥示范作用。每年评选“红色律所”10家、优秀党员律师30名。"
    assert observed(text, title="合肥市律师行业党建工作三年行动计划") == {}


def test_one_unit_by_its_takings_a_chamber_of_one_places_firms_in_another_and_a_trade_association():
    text = (
        "截至2023年底，广东省共有律师5万名。总部位于广州的南粤国际律师事务所2023年创收42亿元，"
        "拥有律师1500名、党员律师430名。"
    )
    assert set(observed(text, title="广东律师")) == {("legal", "practitioners", 50000)}
    text = (
        "截至2020年底，温州市共有商会320家。在各地温州商会中，北京温州企业商会党委成立较早，"
        "目前下设8个党支部、有党员230名。"
    )
    assert set(observed(text, title="温州商会党建")) == {("social_org", "firms", 320)}
    text = (
        "截至2018年底，和平区共有行业协会商会142家。天津市和平区餐饮行业协会是较早单独成立党支部的"
        "协会之一，协会现有会员企业230家，党支部有党员47名。"
    )
    assert set(observed(text, title="和平区社会组织党建")) == {("social_org", "firms", 142)}
    text = "截至2021年底，浦东新区共有社会组织2100家。浦东新区某青少年服务社已成立18年，目前有党员41名。"
    assert set(observed(text, title="浦东社会组织党建")) == {("social_org", "firms", 2100)}


def test_assistants_are_no_practitioners_and_a_rank_after_a_list_is_no_scope():
    text = "2017年，湖南、湖北两省公证员助理分别为420名和390名。"
    assert observed(text, title="中部六省公证") == {}
    text = (
        "截至2020年底，四川省登记的社会组织4.5万个，数量居西部第一、全国第六；"
        "社会组织党组织1.12万个，党组织组建率为76.5%。"
    )
    obs = observed(text, title="川渝陕三地社会组织党建比较")
    assert obs[("social_org", "party_organizations", 11200)][1] == "四川省"
    assert obs[("social_org", "coverage_rate", 76.5)][1] == "四川省"


def test_a_change_dated_right_before_its_start_an_averaged_rate_and_a_rank_as_the_award():
    text = (
        "具体来看，上海党员律师从2015年的4900余名增加到2020年的7600名；"
        "浙江从2015年底约5600名发展到2020年底的9100名。"
    )
    obs = observed(text, title="长三角律师行业党建")
    assert obs[("legal", "party_members", 5600)][:3] == ("approximate", "浙江省", 2015)
    assert obs[("legal", "party_members", 9100)][1:3] == ("浙江省", 2020)
    text = "从全市看，南京市律所党组织覆盖率平均为97.3%，我区还有6家律所尚未建立党组织。"
    assert (
        observed(text, title="鼓楼区律师行业党建")[("legal", "coverage_rate", 97.3)][1] == "南京市"
    )
    text = "2014年至2024年，全市先后有11个律所党组织、27名党员律师获评省级以上先进。"
    obs = observed(text, title="杭州市律师行业党委成立十周年", published=date(2024, 9, 12))
    assert set(obs) == {
        ("legal", "awarded_party_organizations", 11),
        ("legal", "awarded_party_members", 27),
    }


def test_a_span_begun_in_the_past_a_filed_organization_and_a_district_as_its_citys_centre():
    text = "按照每年至少举办2期培训班的要求，2019年至2023年共举办律所党组织书记培训班12期。"
    obs = observed(text, title="甘肃省律师行业党委成立五周年工作综述", published=date(2023, 8, 15))
    assert set(obs) == {("legal", "training_sessions", 12)}
    text = "截至2020年底，西城区登记和备案的社会组织2700余家，建立党组织603个。"
    assert ("social_org", "firms", 2700) in observed(text, title="西城区社会组织党建")
    text = "兴庆区作为银川中心城区，截至2014年底有律所41家。"
    assert observed(text, title="银川市律师行业党建")[("legal", "firms", 41)][1] == "银川市兴庆区"


def test_a_firm_named_by_lone_characters_a_letter_named_group_and_a_trade_guild():
    text = (
        "截至2020年底，全旗共有律师事务所5家。在克什克腾旗，达里律师事务所是旗里成立最早的律所之一，"
        "现有律师7名，其中党员3名。"
    )
    assert set(observed(text, title="赤峰市律师行业党建")) == {("legal", "firms", 5)}
    text = (
        "截至2020年底，成都市非公企业党组织1.2万个。\n3.3 典型案例：T集团\n"
        "T集团是成都本土成长起来的农业和新能源企业，现有员工4.2万人、党员2100余名。"
    )
    assert set(observed(text, title="成都市非公企业党建研究")) == {
        ("private_enterprise", "party_organizations", 12000)
    }
    text = (
        "截至2022年底，全市社会组织党组织1200个。答：比如成都市餐饮同业公会党支部，现有党员27名。"
    )
    assert set(observed(text, title="成都社会组织党建问答")) == {
        ("social_org", "party_organizations", 1200)
    }


def test_sectors_over_years_a_problem_framed_units_urged_and_figures_dated_again():
    text = (
        "记者从市委两新工委了解到，2019年到2022年，全市非公有制企业党组织数量依次为5120个、"
        "5480个、5830个、6160个。"
    )
    obs = observed(text, title="温州非公企业党建")
    assert obs[("private_enterprise", "party_organizations", 5120)][2] == 2019
    text = (
        "截至2019年12月底，兰陵县共有律师事务所9家。针对部分律所党员人数少、难以单独建支部的实际，"
        "县司法局推动2家律所单独建立党支部，其余7家律所组建联合党支部2个，律所党组织覆盖率达100%。"
    )
    obs = observed(text, title="兰陵县律师行业党建")
    assert obs[("legal", "firms_with_own_branch", 2)][1] == "临沂市兰陵县"
    assert obs[("legal", "coverage_rate", 100)][2] == 2019
    text = "2019年，我市有律师事务所9家、执业律师86名；2020年为10家、97名；2021年为12家、113名。"
    obs = observed(text, title="瑞金市律师行业发展概况")
    assert obs[("legal", "firms", 10)][1:3] == ("赣州市瑞金市", 2020)
    assert obs[("legal", "practitioners", 113)][1:3] == ("赣州市瑞金市", 2021)


def test_a_covered_share_a_list_after_a_bound_an_award_verb_after_and_a_long_named_list():
    text = "截至2021年底，全市行业协会商会四百余家，已建党组织的约占七成。"
    assert observed(text, title="厦门市社会组织")[("social_org", "coverage_rate", 70)][0] == (
        "approximate"
    )
    text = "截至2020年底，全国律师事务所已建立党组织2.5万多个，其中单独建立党组织的律所1.6万多家。"
    assert ("legal", "firms_with_own_branch", 16000) in observed(text, title="全国律师行业党建")
    text = "昆明市律师行业党委对2023—2024年度涌现出的12个先进党组织、30名优秀党员律师予以表彰。"
    assert ("legal", "awarded_party_organizations", 12) in observed(text, title="昆明律师表彰")
    text = (
        "区委组织部命名湖北宜化肥业有限公司党委、宜昌东阳光长江药业股份有限公司党委、湖北三峡新型"
        "建材股份有限公司党支部、宜昌稻花香酒业股份有限公司党委、夷陵区小溪塔街道民营企业联合党支部、"
        "湖北楚星化工股份有限公司党支部等6家企业党组织为“2023年度全区非公有制企业党建工作示范点”。"
    )
    obs = observed(text, title="夷陵区命名2023年度非公企业党建工作示范点")
    assert obs[("private_enterprise", "demonstration_sites", 6)][1] == "宜昌市夷陵区"


def test_a_prefectures_direct_counties_and_an_award_lists_year():
    text = "截至2019年12月31日，全州（直属县市）共有律师事务所64家，执业律师870名。"
    obs = observed(text, title="伊犁州律师行业党建")
    assert obs[("legal", "firms", 64)][1] == "伊犁哈萨克自治州"
    text = "一、先进党组织（15个）\n1. 山东琴岛律师事务所党委\n二、优秀党员律师（25名）\n1. 王明"
    obs = observed(
        text,
        title="2022年度青岛市律师行业先进党组织和优秀党员律师名单",
        published=date(2023, 6, 20),
    )
    assert obs[("legal", "awarded_party_organizations", 15)][2] == 2022


def test_a_table_with_a_place_in_each_column_and_rows_with_one_figure():
    text = (
        "表1　鹤壁市各县区律师行业基本情况\n单位：家、人、个\n\n"
        "项目　　　　　淇滨区　山城区　鹤山区　合计\n"
        "律师事务所　　21　　　6　　　3　　　30\n"
        "党组织　　　　14　　　4　　　—　　　18\n\n"
        "注：1.本表数据截至2021年12月31日。\n"
    )
    obs = observed(text, title="鹤壁市律师行业党建工作调研报告")
    assert obs[("legal", "firms", 21)][1] == "鹤壁市淇滨区"
    assert obs[("legal", "firms", 30)][1] == "鹤壁市"
    assert obs[("legal", "party_organizations", 4)][1] == "鹤壁市山城区"
    text = (
        "表　眉山市各区县律师事务所党组织组建情况\n单位：家、个\n\n"
        "区县　　　律所总数　单独建立党支部的律所　参加联合党支部的律所\n"
        "东坡区　　　38　　　　　17　　　　　21\n"
        "丹棱县　　　3　　　　　　—　　　　　—\n"
        "合计　　　　41　　　　　17　　　　　21\n"
    )
    obs = observed(text, title="眉山市律师事务所党组织组建情况核查报告")
    assert obs[("legal", "firms", 3)][1] == "眉山市丹棱县"
    assert obs[("legal", "firms", 41)][1] == "眉山市"


def test_a_table_of_the_writers_own_office_a_kind_row_and_a_cases_unit():
    text = (
        "表1　本处近三年业务及人员情况\n单位：人、件、万元\n\n"
        "项目　　2021年　　2022年　　2023年\n公证员　　6　　6　　7\n"
    )
    assert observed(text, title="淄博市博山区公证处2023年度工作报告") == {}
    text = (
        "表2　2019—2023年南通市公证行业主要指标\n单位：家、人、万件\n\n"
        "指标　　　　2019年　2020年　2021年\n公证员　　　96　　　102　　　107\n"
        "办证量　　　18.6　　16.9　　　20.4\n"
    )
    obs = observed(text, title="南通市公证行业发展情况报告")
    assert obs[("notary", "practitioners", 102)][2] == 2020
    text = (
        "单位：家\n\n项目　　　　2021年　　2022年　　2023年\n社会组织　　　1820　　1905　　1990\n"
        "其中：行业协会商会　134　　141　　149\n"
    )
    obs = observed(text, title="天河区社会组织党建情况")
    assert ("social_org", "firms", 1905) in obs and ("social_org", "firms", 141) not in obs


def test_a_notice_that_revises_a_quoted_figure_and_withdraws_original_words():
    text = (
        "（一）律师事务所数量。《通报》称“截至2022年底，全市共有律师事务所265家”。经核实，"
        "该数据将12家分所与其总所重复统计。修订后，截至2022年底全市共有律师事务所253家。"
        "（三）《通报》中“241个”为数字颠倒，截至2022年底全市律师行业党组织实际为214个。"
    )
    obs = observed(text, title="关于《2022年度福州市律师行业党建工作情况通报》部分数据修订的说明")
    assert ("legal", "firms", 253) in obs and ("legal", "firms", 265) not in obs
    assert ("legal", "party_organizations", 214) in obs
    text = "公报中“2021年末全市执业律师3980名”，漏统计了转入我市的律师，现修订为：2021年末全市执业律师4012名。"
    obs = observed(text, title="长春市律师行业统计公报数据修订说明")
    assert set(obs) == {("legal", "practitioners", 4012)}
    text = "二、原文“全区社会组织党组织覆盖率为89%”，系将党的工作覆盖率误作党组织覆盖率。"
    assert observed(text, title="思明区民政局更正说明") == {}


def test_a_fact_among_plans_an_alliances_members_and_a_branch_at_its_founding():
    text = "四、下一步打算\n据保定市司法局统计，2022年底保定全市共有律师事务所118家。下一步，我局将力争年内再推动2家律所单独建立党支部。"
    obs = observed(text, title="涿州市律师行业党建工作情况报告", published=date(2023, 3, 1))
    assert set(obs) == {("legal", "firms", 118)}
    text = "截至2023年底，全县共有律所9家。今年以来，县司法局建立县律师行业党建联盟1个，吸纳律所和企业15家。"
    assert set(observed(text, title="正定县律师行业党建")) == {("legal", "firms", 9)}
    text = "截至2023年底，全省司法鉴定机构42家。“刚成立党支部时，只有3名党员。”支部书记说。"
    assert set(observed(text, title="青海司法鉴定行业党建")) == {("other", "firms", 42)}


def test_a_reporters_narration_is_no_byline():
    text = (
        "大公報記者　陳思遠　武漢報道　2021-08-09\n\n"
        "2021年上半年，武漢市律師行業黨委新命名律師行業黨建示範點十二家。\n\n"
        "記者走訪了位於江漢區的一家律所。該所成立於2003年，現有律師四十八名。\n"
    )
    obs = observed(text, title="武漢律所黨建示範點增至十二家", published=date(2021, 8, 9))
    assert obs[("legal", "demonstration_sites", 12)][1] == "武汉市"


def test_a_firms_office_in_a_city_a_long_company_name_and_a_quote_its_head_speaks():
    text = (
        "截至2021年底，上海市共有律师事务所1800家。党委书记陈雅琴告诉记者，上海办公室2015年成立党委，"
        "目前下设8个党支部，党员260名。"
    )
    assert set(observed(text, title="大禾律师事务所党建访谈")) == {("legal", "firms", 1800)}
    text = (
        "截至2022年底，全市非公企业党组织2100个。驻庆中直企业大庆油田有限责任公司下设二级党委80余个、"
        "基层党支部4000多个。"
    )
    assert set(observed(text, title="大庆市非公企业党建")) == {
        ("private_enterprise", "party_organizations", 2100)
    }
    text = (
        "截至2022年底，全区非公企业党组织320个。公司2020年升格为党委，共有党员142名。"
        "“党员占比达到12.9%，技术骨干中党员超过一半。”公司党委书记说。"
    )
    assert set(observed(text, title="船营区非公企业党建")) == {
        ("private_enterprise", "party_organizations", 320)
    }


def test_list_items_after_circled_numbers_parts_after_han_and_places_of_a_bracketed_kind():
    text = (
        "一、行业发展数据（截至2020年12月31日）\n① 律师事务所：296家\n"
        "③ 党员律师：1890余人，近四成律师是党员\n④ 律所党组织：243个（党委2个、党支部241个）\n"
    )
    obs = observed(text, title="贵阳市律师协会工作报告")
    assert ("legal", "party_organizations", 243) in obs
    text = "截至2021年12月底，全省共有公证机构98家（含宁波市11家、温州市12家），执业公证员1320名。"
    obs = observed(text, title="浙江省公证行业党建")
    assert obs[("notary", "firms", 11)][1] == "宁波市"
    text = "截至2018年底，全省21个市（州）共有律师事务所1528家，执业律师1.87万名。"
    assert observed(text, title="四川省律师行业党建")[("legal", "firms", 1528)][1] == "四川省"


def test_an_older_reports_branch_rate():
    text = "截至2008年底，律师事务所党支部建立率由2003年的41.5%提高到2008年底的96.2%。"
    obs = observed(text, title="浙江律师行业党建回顾")
    assert obs[("legal", "coverage_rate", 41.5)][2] == 2003


def test_one_unit_grown_a_town_chambers_committee_and_a_firm_that_set_up_its_own_branch():
    text = (
        "截至2024年底，全市律所120家。2014年，这家律所只有律师6名、党员2名。十年间，律所发展到律师42名，"
        "其中党员律师15名。"
    )
    assert set(observed(text, title="桂林律师行业党建")) == {("legal", "firms", 120)}
    text = "截至2021年底，全市非公企业党组织900个。镇里依托仙桃市非织造布商会成立商会党委，下设7个党支部。"
    assert set(observed(text, title="仙桃非公企业党建")) == {
        ("private_enterprise", "party_organizations", 900)
    }
    text = "截至2020年4月底，全市律所23家。山东密州律师事务所单独设立党支部，现有党员12名。"
    assert set(observed(text, title="诸城律师行业党建")) == {("legal", "firms", 23)}


def test_members_among_practitioners_a_bureau_urging_and_both_coverages_together():
    text = "截至2023年底，鼓楼区在1200名执业律师中，党员律师410名，占比34.2%。"
    obs = observed(text, title="南京市鼓楼区律师行业党建")
    assert {("legal", "practitioners", 1200), ("legal", "party_members", 410)} <= set(obs)
    assert ("legal", "party_member_share", 34.2) in obs
    text = (
        "截至二〇一九年底，长沙市共有公证处十家。市司法局推动公证处党支部实现“应建尽建”，"
        "十家公证处全部建立了党组织，其中单独建立党支部的公证处八家。"
    )
    obs = observed(text, title="长沙市公证行业党建工作扫描")
    assert ("notary", "firms_with_own_branch", 8) in obs
    text = "截至2022年底，全国律师行业党的组织和党的工作覆盖率均保持100%。"
    assert ("legal", "coverage_rate", 100) in observed(text, title="全国律师行业党建")


def test_two_places_of_one_name_at_one_spot_do_not_break_the_reader():
    # (宁波市江北区 and 重庆市江北区 in one text: two candidate places at one span sorted)
    text = "江北区召开律师行业党建工作推进会\n来源：宁波市江北区司法局\u3000\u30002024-02-27\n\n2月26日，本区律师行业党建工作推进会在区司法局召开。\n\n会上通报，截至2023年底，本区共有律师事务所45家，执业律师620名，其中党员律师198名；区律师行业党委下设党组织39个，其中党总支2个、党支部37个，律所党组织覆盖率为100%。\n\n2023年，区律师行业党委评选出先进党组织3个、优秀党员律师10名、优秀党务工作者2名，并举办党员律师专题培训班2期。去年11月，区司法局与重庆市江北区司法局开展“双江北”律师行业党建结对交流，双方互派6名党员律师跟岗学习。\n"
    obs = observed(text, title="江北区召开律师行业党建工作推进会", published=date(2024, 2, 27))
    assert obs[("legal", "firms", 45)][1] == "宁波市江北区"


def test_firms_described_before_their_figures_and_a_companys_committee_after_a_dash():
    text = (
        "截至2022年底，浦东新区共有律所300家。其中，上海陆家嘴衡信律师事务所执业律师逾600名，"
        "设有所党委和党支部14个，党员律师近230名，是新区党员人数最多的律所。"
    )
    assert set(observed(text, title="浦东新区律师行业党建")) == {("legal", "firms", 300)}
    text = "截至2023年底，全区律所62家。再比如江苏淹城律师事务所，只有4名党员。"
    assert set(observed(text, title="武进区律师行业党建")) == {("legal", "firms", 62)}
    text = (
        "截至2024年6月底，全县非公企业党组织300个。县里一家龙头企业——固始豫丰农业科技有限公司党委"
        "下设4个党支部、党员67名。"
    )
    assert set(observed(text, title="固始县两新党建")) == {
        ("private_enterprise", "party_organizations", 300)
    }
    text = "截至2023年底，全市律所900家。四川锦城律师事务所以执业律师超过1000名、党员律师380名，位列全市第一。"
    assert set(observed(text, title="成都律师行业党建")) == {("legal", "firms", 900)}


def test_one_hospital_set_off_by_a_dash():
    text = (
        "截至2023年底，全市非公企业党组织520个。在任丘康济医院——当地规模最大的一家民营医院，"
        "党总支下设3个党支部，有党员58名。"
    )
    assert set(observed(text, title="任丘市非公企业党建")) == {
        ("private_enterprise", "party_organizations", 520)
    }


def test_an_autonomous_county_named_in_full_is_then_read_by_its_short_name():
    text = (
        "截至2020年11月底，万宁市共有律师事务所9家。邻近的陵水黎族自治县律师队伍更小。"
        "截至2020年11月底，陵水共有律师事务所6家、执业律师58名。"
    )
    obs = observed(text, title="东部市县律师行业党建扫描")
    assert obs[("legal", "firms", 6)][1] == "陵水黎族自治县"
    assert obs[("legal", "practitioners", 58)][1] == "陵水黎族自治县"


def test_awards_a_body_gives_are_its_places_and_those_a_place_received_are_counted():
    text = (
        "文昌律师行业党建获省级表彰\n文昌市司法局　2021-07-05\n\n"
        "中共海南省律师行业委员会于2021年6月29日召开表彰大会，表彰全省律师行业先进党组织15个、"
        "优秀共产党员律师40名。文昌市律师行业共有3个党组织、5名党员律师获此表彰。"
    )
    obs = observed(text, title="文昌律师行业党建获省级表彰")
    assert obs[("legal", "awarded_party_organizations", 15)][1] == "海南省"
    assert obs[("legal", "awarded_party_organizations", 3)][1] == "文昌市"
    assert obs[("legal", "awarded_party_members", 5)][1] == "文昌市"


def test_branches_a_body_set_up_are_counted_and_a_field_frames_the_place():
    text = (
        "截至2018年底，全市有律师事务所十二家；3家律所单独建立了党支部，"
        "另外9家律所参加了市律师行业组建的1个联合党支部。"
    )
    assert ("legal", "joint_branches", 1) in observed(text, title="琼海市律师行业党建")
    text = "截至2022年底，专业服务领域全省共有律师事务所445家、执业律师4980人。"
    obs = observed(text, title="海南省两新组织党建工作情况通报")
    assert {("legal", "firms", 445), ("legal", "practitioners", 4980)} <= set(obs)


def test_places_counted_before_a_term_and_its_modifiers_are_together():
    text = (
        "截至2023年底，川渝两地共有律师事务所2959家；其中，重庆市律师事务所913家；"
        "两地律师行业党组织合计超过1800个。"
    )
    obs = observed(text, title="川渝两地律师行业党建")
    assert obs[("legal", "party_organizations", 1800)][:2] == ("lower_bound", None)


def test_one_firm_in_two_places_and_its_heads_quote_after_are_the_firms():
    text = (
        "截至2023年底，重庆市律师事务所913家。四川某律师事务所合伙人介绍，该所在成都、重庆两地"
        "共有执业律师180名，其中党员97名。"
    )
    assert set(observed(text, title="川渝律师行业党建")) == {("legal", "firms", 913)}
    text = (
        "截至2018年底，昌吉回族自治州有律师事务所43家。\n\n新疆某律师事务所主任、党支部书记王建军说，"
        "他们所有律师26名，其中党员14名。“党员律师比例超过一半，这是我们的底气。”"
    )
    assert set(observed(text, title="乌昌律师党建")) == {("legal", "firms", 43)}


def test_a_districts_chamber_of_commerce_is_one_body():
    text = (
        "截至2020年底，全区社会组织党组织120个。福田区商会党委下辖12个党支部、党员310名，"
        "是全区规模最大的社会组织党组织。"
    )
    assert set(observed(text, title="福田区社会组织党建")) == {
        ("social_org", "party_organizations", 120)
    }


def test_levels_reached_with_wei_and_a_base_at_the_years_start_are_dated():
    text = (
        "全市律所党组织总数由2021年底的365个调整为2022年底的402个，其中单独党支部由211个增加到276个，"
        "联合党支部由112个减少为81个。其中，联合党支部由2016年的186个压缩至2018年的97个。"
    )
    obs = observed(text, title="青岛市律师行业党建")
    assert obs[("legal", "standalone_branches", 276)][2] == 2022
    assert obs[("legal", "joint_branches", 81)][2] == 2022
    assert obs[("legal", "joint_branches", 97)][2] == 2018
    assert obs[("legal", "joint_branches", 186)][2] == 2016
    text = "截至2022年6月底，全区社会组织党组织186个，较2021年初的213个减少27个。"
    obs = observed(text, title="福田区社会组织党建")
    assert obs[("social_org", "party_organizations", 213)][2] == 2021


def test_named_firms_merged_or_leaving_a_branch_are_single_units():
    title = "浏阳市司法局关于调整部分律师事务所党组织设置的通知"
    text = "三、湖南浏河律师事务所党员人数已达到3名以上，撤出原联合党支部，单独建立党支部，现有党员7名。"
    assert observed(text, title=title) == {}
    text = (
        "二、湖南金阳律师事务所与湖南河东律师事务所合并组建联合党支部，名称为“金阳河东律师事务所"
        "联合党支部”，现有党员6名。"
    )
    assert observed(text, title=title) == {}
    text = (
        "截至2023年底，朝阳区律所400家。北京恒信律师事务所与北京远衡律师事务所完成合并。"
        "合并前，两所各有1个党支部，党员分别为61名和47名。"
    )
    assert set(observed(text, title="朝阳区律师行业党建")) == {("legal", "firms", 400)}


def test_firms_of_a_size_class_and_their_cover_stay_out_of_the_places_figures():
    text = (
        "截至2022年底，全市共有非公有制企业约21.5万户，非公企业党员2.7万名。\n\n"
        "从企业规模看，全市规模以上非公企业2316家，已建立党组织2273家，党组织覆盖率98.1%。"
        "小微企业数量多、分布散、流动性大，党组织覆盖率仅为2.4%。"
    )
    obs = observed(text, title="大连市非公有制企业党建工作基本情况")
    assert set(obs) == {
        ("private_enterprise", "firms", 215000),
        ("private_enterprise", "party_members", 27000),
    }


def test_one_joint_branch_held_to_a_limit_is_no_count():
    text = (
        "截至2020年底，全市非公企业党组织1200个。不足3名的就近纳入联合党支部，"
        "一个联合党支部覆盖企业原则上不超过10家。"
    )
    assert set(observed(text, title="哈尔滨市非公企业党建")) == {
        ("private_enterprise", "party_organizations", 1200)
    }


def test_the_members_an_alliance_took_in_are_no_firms_covered():
    text = (
        "截至2022年底，苏州市共有非公企业党组织1.56万个。在两市交界地带，双方共建跨区域党建联盟，"
        "首批吸纳企业48家。"
    )
    assert set(observed(text, title="苏锡双城非公企业党建观察")) == {
        ("private_enterprise", "party_organizations", 15600)
    }


def test_an_agency_named_for_markets_and_a_city_named_for_a_town_are_no_units():
    text = "据市市场监管局统计，截至2021年6月底，全市共有民营企业23.6万家。"
    obs = observed(text, title="温州民营企业党建工作的实践与思考")
    assert ("private_enterprise", "firms", 236000) in obs
    text = "截至2023年底，景德镇市共有律师事务所45家、执业律师760余名。"
    obs = observed(text, title="景德镇律师行业党建")
    assert obs[("legal", "firms", 45)][1] == "景德镇市"


def test_a_surveys_drawn_sample_is_not_the_places_count():
    text = (
        "截至2023年底，全市社会组织1200家。今年1月至2月，我们随机抽取120家非公企业和30家社会组织，"
        "发放问卷3000份。本次调查覆盖全区150家律所、2400名律师。"
    )
    assert set(observed(text, title="昆山市两新组织党建调研报告")) == {
        ("social_org", "firms", 1200)
    }


def test_social_organizations_by_kind_and_by_registration_level_are_parts():
    text = (
        "截至2020年12月底，全市共有登记社会组织11263家，已建立党组织的社会组织7324家，党组织覆盖率65%。\n"
        "二、分类型情况\n社会团体中建立党组织的2986家，覆盖率72.7%；基金会中建立党组织的58家，覆盖率48.7%。\n"
        "三、分层级情况\n市本级登记社会组织中建立党组织的1324家，覆盖率83.4%；"
        "区级登记社会组织中建立党组织的6000家，覆盖率62.0%。"
    )
    obs = observed(text, title="南京市社会组织党建工作情况通报")
    assert set(obs) == {
        ("social_org", "firms", 11263),
        ("social_org", "firms_covered", 7324),
        ("social_org", "coverage_rate", 65),
    }
    text = "截至2022年底，全市登记社会组织3920家，其中市级登记568家、覆盖率超过85%。"
    assert set(observed(text, title="泰州市社会组织党建")) == {("social_org", "firms", 3920)}


def test_a_registered_count_column_counts_the_rows_units():
    text = (
        "截至2024年12月31日，全区登记社会组织及其党组织覆盖情况如下：\n\n"
        "类型｜登记数（家）｜已建党组织（家）｜覆盖率\n社会团体｜186｜142｜76.3%\n"
        "基金会｜9｜4｜44.4%\n合计｜195｜146｜74.9%\n"
    )
    obs = observed(text, title="鹿城区2024年社会组织党建工作报告")
    assert ("social_org", "firms", 195) in obs
    assert ("social_org", "firms", 186) not in obs


def test_a_batch_and_a_comparisons_year_date_nothing():
    text = "2018年，全市非公企业党建：\n②培训一批：举办非公企业党组织书记培训班5期。"
    assert ("private_enterprise", "training_sessions", 1) not in observed(text, title="桐乡市")
    text = (
        "截至2020年底，浦东新区共有律师事务所318家，分别比“十二五”末的2015年增加96家；"
        "全区有公证机构4家，公证员93名。"
    )
    obs = observed(text, title="浦东新区法律服务业")
    assert obs[("notary", "firms", 4)][2] == 2020


def test_firms_pointed_back_to_set_up_the_places_joint_branch():
    text = (
        "截至2018年底，宁国市有律师事务所6家，参加联合党支部的律所3家，"
        "这3家律所共同组建了1个联合党支部。"
    )
    assert ("legal", "joint_branches", 1) in observed(text, title="宁国市律师行业党建")


def test_each_districts_sector_committee_is_counted():
    text = "截至2020年底，全市律师行业党组织超过1600个，市律师行业党委下设16个区律师行业党委。"
    obs = observed(text, title="上海律师行业党建")
    assert ("legal", "industry_party_committees", 16) in obs
    text = "全市16个区律师事务所共有党员200名。"
    assert ("legal", "firms", 16) not in observed(text, title="上海律师行业党建")


def test_a_share_said_to_be_members_is_the_members_share():
    text = (
        "截至2020年末，全市公证机构11家，公证员128名，其中党员公证员91名，七成以上（71.1%）为党员。"
    )
    obs = observed(text, title="昆明市法律服务业")
    assert ("notary", "party_member_share", 71.1) in obs
    text = "截至2020年末，全市公证员128名，其中七成以上为党员。"
    obs = observed(text, title="昆明市法律服务业")
    assert obs[("notary", "party_member_share", 70)][0] == "lower_bound"


def test_a_whole_after_a_semicolon_is_no_part_of_the_unpublished_count():
    text = (
        "截至2020年6月底，全省共有税务师事务所1036家，行业从业人员2.1万人，其中党员1340名；"
        "共建立党组织488个，其中单独党支部303个。"
    )
    obs = observed(text, title="山东省税务师行业党建")
    assert {("other", "party_organizations", 488), ("other", "standalone_branches", 303)} <= set(
        obs
    )


def test_a_ranking_field_and_an_average_compared_with_are_no_scope():
    text = (
        "截至2024年底，全市共有律师事务所118家；党员律师703名，高出全国平均水平近6个百分点，"
        "在全省16市中居第5位；律师行业党组织覆盖率保持100%。"
    )
    obs = observed(text, title="淄博市律师行业党建")
    assert obs[("legal", "coverage_rate", 100)][1] == "淄博市"


def test_star_rated_demonstration_sites_are_sites():
    text = "2021年，市社会组织党委打造社会组织党建星级示范点12个。"
    obs = observed(text, title="大连市社会组织党委2021年工作综述")
    assert ("social_org", "demonstration_sites", 12) in obs


def test_one_unit_by_a_quoted_name_a_pseudonym_a_chamber_of_two_places_or_its_rank():
    text = (
        "截至2023年底，全市非公企业党组织900个。奇瑞汽车产业园内，一家名为“芜湖安达汽车零部件有限公司”"
        "的企业有员工860人，党员64名。"
    )
    assert set(observed(text, title="芜湖市非公企业党建")) == {
        ("private_enterprise", "party_organizations", 900)
    }
    text = (
        "截至2023年底，全市律所500家。本市规模最大的律所——厦门鹭江联合律师事务所（化名）现有律师210名，"
        "设党委1个、党支部7个、党员律师76名。"
    )
    assert set(observed(text, title="厦门市律师行业党建")) == {("legal", "firms", 500)}
    text = "截至2023年底，全市商会党组织120个。第四批示范点中的成都市温州商会党委，下设党支部4个，有党员42名。"
    assert set(observed(text, title="成都市商会党建")) == {
        ("social_org", "party_organizations", 120)
    }
    text = "截至2023年底，全市律所党组织120个。11月，江苏某律师事务所党委成立，为全市第3家律所党委，下设党支部4个。"
    assert set(observed(text, title="苏州市律师行业党建")) == {
        ("legal", "party_organizations", 120)
    }


def test_a_texts_kind_of_chamber_is_its_whole_in_the_host_city_and_after_a_count():
    title = "在京异地商会党建工作实现“提质扩面”"
    text = (
        "截至2023年底，在京登记的省级异地商会共有58家，已建立党组织的商会52家；"
        "在京异地商会共建立党组织52个，其中党委3个、党支部49个，在册党员1600余名。"
    )
    obs = observed(text, title=title, jurisdiction="北京市")
    assert {
        ("social_org", "party_organizations", 52),
        ("social_org", "party_members", 1600),
    } <= set(obs)
    text = "2023年底，全市67家异地商会中，已有59家建立了党组织，其中单独建立党支部的商会47家。"
    obs = observed(text, title="深圳异地商会：从“同乡会”到“红色港湾”")
    assert ("social_org", "firms_covered", 59) in obs


def test_where_people_come_from_and_places_as_examples_name_no_scope_or_chamber():
    text = "截至2021年底，在沪浙江籍各级商会共有43家，党组织覆盖率100%；共建立党组织41个。"
    obs = observed(text, title="在沪浙商：党建引领", jurisdiction="上海市")
    assert obs[("social_org", "party_organizations", 41)][1] == "上海市"
    text = (
        "截至2020年底，区工商联所属商会28家，其中异地商会9家（安徽、河南、浙江等省籍商会）、行业商会19家；"
        "共建立党支部24个，商会党员310名。"
    )
    obs = observed(text, title="江宁区商会党建")
    assert {("social_org", "party_branches", 24), ("social_org", "party_members", 310)} <= set(obs)


def test_last_months_end_and_a_comparisons_base_after_dao_are_dated():
    text = "1月15日，记者从会上获悉，至上月末，全市共有律师事务所112家、执业律师1860名。"
    obs = observed(text, title="宜昌市律师行业党建", published=date(2024, 1, 16))
    assert obs[("legal", "firms", 112)][2] == 2023
    text = (
        "记者从常德市司法局了解到，至上月末，常德市执业律师达1127名，较到去年年底的1046名新增81名；"
        "全市律师事务所68家。"
    )
    obs = observed(text, title="常德律师队伍", published=date(2020, 8, 18))
    assert obs[("legal", "practitioners", 1046)][2] == 2019
    assert obs[("legal", "firms", 68)][2] == 2020


def test_a_periods_end_in_a_statistical_report_is_no_subtype():
    text = "一、队伍规模\n期末律师事务所数72家，较上年末增加5家；期末执业律师数1288人，其中党员律师465人。"
    obs = observed(text, title="岳阳市2021年律师行业发展情况统计分析")
    assert {("legal", "firms", 72), ("legal", "practitioners", 1288)} <= set(obs)


def test_a_target_for_this_years_end_in_a_speech_is_a_plan():
    text = (
        "截至去年底，全省律师事务所2100余家。今年的工作，我提三点要求。第一，到今年年底，"
        "实现律所党组织覆盖率100%；第二，全省要建成50个律师行业党建示范点。"
    )
    obs = observed(text, title="浙江省律师行业党建工作会议", published=date(2024, 2, 20))
    assert set(obs) == {("legal", "firms", 2100)}


def test_the_places_firms_of_which_some_did_said_with_you():
    text = "截至2019年底，全州共有律师事务所五家。全州律所有两家单独建立了党支部，其余三家律所组建联合党支部一个。"
    obs = observed(text, title="玉树州律师行业党建")
    assert ("legal", "firms_with_own_branch", 2) in obs


def test_figures_listed_by_year_after_a_span_word():
    text = "2020—2022年，全市律师事务所三年间依次为168家、182家、197家，执业律师依次为2850名、3104名、3377名。"
    obs = observed(text, title="兰州市律师行业党建")
    assert obs[("legal", "firms", 182)][2] == 2021
    assert obs[("legal", "practitioners", 3377)][2] == 2022


def test_a_preposition_before_the_texts_own_new_area_names_no_zone():
    text = (
        "近年来，新区1.2万余家非公企业中，越来越多的企业建起了党组织。记者从新区两新工委了解到，截至2022年底，"
        "全区纳入统计的非公有制企业12,036家，已建立党组织的非公企业4391家。"
    )
    obs = observed(text, title="滨海新区：党建引领为非公企业高质量发展“加油充电”")
    assert obs[("private_enterprise", "firms", 12036)][1] == "天津市滨海新区"


def test_a_year_alone_on_its_line_dates_the_lines_under_it():
    text = "■ 2015年\n全市律所党组织156个，党员律师1200余名。\n\n■ 2020年\n全市律所党组织228个。\n"
    obs = observed(text, title="青岛律师行业党建大事记（2015—2023）", published=date(2024, 2, 2))
    assert obs[("legal", "party_organizations", 156)][2] == 2015
    assert obs[("legal", "party_organizations", 228)][2] == 2020


def test_a_revision_notice_keeps_what_it_puts_right_and_drops_what_it_withdraws():
    text = (
        "我局于2024年4月26日发布的《2023年度济南市律师行业发展报告》，因章丘区、济阳区部分新设律师事务所的"
        "执业信息未完成系统录入，部分数据存在漏报。现将修订情况说明如下：\n\n"
        "1. 报告第二部分“行业规模”：原为“截至2023年底，全市共有律师事务所356家”，"
        "现为“截至2023年底，全市共有律师事务所365家”。\n\n2. 同部分：原为“执业律师7120名”，现为“执业律师7210名”。"
    )
    obs = observed(text, title="关于《2023年度济南市律师行业发展报告》部分数据修订的说明")
    assert set(obs) == {("legal", "firms", 365), ("legal", "practitioners", 7210)}
    assert obs[("legal", "firms", 365)][1] == "济南市"
    text = (
        "本网6月12日刊发的一文中，“截至2023年底，全国共有公证员1.5万余名，其中党员公证员约1.1万名”一句数据有误。"
        "更正如下：截至2023年底，全国共有公证员1.45万余名。"
    )
    obs = observed(text, title="更正")
    assert ("notary", "practitioners", 14500) in obs
    assert ("notary", "practitioners", 15000) not in obs


def test_places_counted_that_plan_and_one_more_committee_are_no_counts():
    text = "截至2017年底，全省律师事务所400家。全省14个市州力争在年底前全部成立市级律师行业党委。"
    assert set(observed(text, title="甘肃省律师行业党建")) == {("legal", "firms", 400)}
    text = "截至2019年底，全省会计师事务所100家。这是在专业服务领域成立的又一个省级行业党委。"
    assert set(observed(text, title="甘肃省注册会计师行业党委成立")) == {
        ("accounting", "firms", 100)
    }


def test_those_who_formed_the_one_branch_told_of_and_awards_for_a_years_work():
    text = (
        "截至2023年底，句容市共有律师事务所9家。2018年，在市司法局的推动下，5家律所的11名党员律师"
        "组成了这个联合党支部。"
    )
    assert set(observed(text, title="句容律师党建")) == {("legal", "firms", 9)}
    text = (
        "3月4日，镇江市律师行业党委召开表彰大会，对在2023年度律师行业党建工作中表现突出的先进党组织8个、"
        "优秀党员律师20名进行通报表彰。"
    )
    assert ("legal", "awarded_party_organizations", 8) in observed(text, title="镇江市律师行业党建")


def test_one_firm_described_a_data_sources_date_and_firms_under_management():
    text = "截至2023年底，英德市共有律师事务所20家。城区一家律所是全市第一个单独建立党支部的律所，该所现有党员律师12名。"
    assert set(observed(text, title="英德市律师行业党建五年记")) == {("legal", "firms", 20)}
    text = (
        "表1　部分州市律师行业党建基本情况\n地区　　　律所（家）　执业律师（人）\n全省　　　980　　　　10860\n"
        "昆明市　　512　　　　6930\n\n数据来源：云南省律师协会会员管理系统，数据截至2022年12月31日。\n"
    )
    obs = observed(text, title="云南省律师行业党建基本情况")
    assert obs[("legal", "firms", 512)][2] == 2022
    text = "目前，全市纳入党建工作管理的非公有制企业3186家，其中单独建立党组织的企业612家。"
    obs = observed(text, title="齐齐哈尔市非公企业党建", published=date(2021, 7, 1))
    assert {
        ("private_enterprise", "firms", 3186),
        ("private_enterprise", "firms_with_own_branch", 612),
    } <= set(obs)


def test_within_the_year_a_cut_line_and_a_level_after_growth_by_times():
    text = (
        "2012年，全市有非公有制企业8463家。\n"
        "年内，全市已建党组织的非公企业2310家，党组织覆盖率27.3%。"
    )
    obs = observed(text, title="十堰市非公有制经济组织党建")
    assert obs[("private_enterprise", "firms_covered", 2310)][2] == 2012
    text = (
        "孝感市非公有制企业党组织数量由2008年的326个增加到2015年底的1452个；\n"
        "党员人数从2008年的2100多名增加到2015年底的8600余名。"
    )
    obs = observed(text, title="孝感市“两新”党建工作成效回顾")
    assert ("private_enterprise", "party_members", 8600) in obs
    assert not any(sector == "other" for sector, _, _ in obs)
    text = "截至2011年末，贵阳市非公企业党员人数比2007年末增加了1.1倍，2011年末达到2.3万余名。"
    obs = observed(text, title="贵阳市非公企业党建")
    assert obs[("private_enterprise", "party_members", 23000)][:3] == (
        "lower_bound",
        "贵阳市",
        2011,
    )


def test_an_interviewers_question_and_rounding_state_no_new_figure():
    text = (
        "答：截至2023年底，全区律所14家、律师168名、党员律师61名。\n"
        "问：14家律所都建了党组织吗？\n答：都建了。"
    )
    obs = observed(text, title="访赣州市南康区司法局局长")
    assert ("legal", "firms_covered", 14) not in obs
    assert ("legal", "firms", 14) in obs
    text = (
        "答：截至2020年底，全市共有执业律师16800余人，党员律师5600多名。\n"
        "问：五千多名党员律师，这是一支不小的力量。党组织是怎么设置的？"
    )
    obs = observed(text, title="访成都市律师行业党委书记")
    assert ("legal", "party_members", 5600) in obs
    assert ("legal", "party_members", 5000) not in obs


def test_an_infographics_cards_with_shares_rules_and_short_names():
    text = (
        "数说｜广东注册会计师行业党建\n截至2021年底\n\n🏢 会计师事务所\n912家\n👥 注册会计师\n15860人\n"
        "🚩 党员注册会计师\n4120名 ➜ 占26.0%\n"
    )
    obs = observed(text, title="数说｜广东注册会计师行业党建")
    assert {
        ("accounting", "firms", 912),
        ("accounting", "practitioners", 15860),
        ("accounting", "party_members", 4120),
        ("accounting", "party_member_share", 26),
    } <= set(obs)
    text = "一组数据看全国律师行业党建\n截至2020年底——\n🔹律师 52.2万多人\n🔹党员律师 16.8万多名\n  占律师总数 32.2%\n"
    assert ("legal", "party_member_share", 32.2) in observed(
        text, title="一组数据看全国律师行业党建"
    )
    text = "【全省】\n律师事务所 ▶ 2031家\n党员律师 ▶ 9870名（占比34.6%）\n"
    obs = observed(text, title="一图看懂｜山东律师行业党建（数据截至2018年底）")
    assert {("legal", "party_members", 9870), ("legal", "party_member_share", 34.6)} <= set(obs)
    text = (
        "【数读】吴江区“两新”党建\n\n截至2019年底\n━━ 非公企业 ━━\n2.36万家  非公企业总数\n"
        "1.5万余名  党员\n\n━━ 社会组织 ━━\n865家  社会组织\n不足2000名  党员\n"
    )
    obs = observed(text, title="【数读】吴江区“两新”党建：用数据说话")
    assert {
        ("private_enterprise", "party_members", 15000),
        ("social_org", "party_members", 2000),
    } <= set(obs)
    text = "数读晋江\n截至2023年底\n\n🏭 民营企业 6.3万家\n🚩 民企党组织 2860个\n⭐ 百强民企 21家\n"
    obs = observed(text, title="数读晋江｜民营经济")
    assert ("private_enterprise", "party_organizations", 2860) in obs
    assert ("private_enterprise", "firms", 21) not in obs
    text = "一组数据回顾2021 黑龙江律师行业党建\n\n党员律师 4300余名\n律师行业党组织 610个\n"
    obs = observed(text, title="一组数据回顾2021 黑龙江律师行业党建", published=date(2022, 1, 20))
    assert obs[("legal", "party_members", 4300)][2] == 2021


def test_a_filler_of_at_the_same_time():
    text = "截至2023年9月底，科尔沁区同时有律师事务所31家、执业律师约400名。"
    assert ("legal", "firms", 31) in observed(text, title="通辽市科尔沁区律师行业党建")


def test_a_share_of_the_firms_just_counted_that_set_one_up():
    text = "截至2023年底，全市登记的行业协会商会217家，近八成已建立党组织。"
    obs = observed(text, title="郴州市社会组织党建")
    assert obs[("social_org", "coverage_rate", 80)][0] == "approximate"
    text = "截至2023年底，全市律师事务所217家，其中八成已建立党组织。"
    assert ("legal", "coverage_rate", 80) in observed(text, title="郴州市律师行业党建")
    text = "截至2023年底，全市律师事务所217家，八成是合伙所。"
    assert ("legal", "coverage_rate", 80) not in observed(text, title="郴州市律师行业党建")


def test_a_dateline_filed_from_a_city_or_a_citys_station_names_the_city():
    text = "本报锦州1月9日电（记者 杜鹏）9日，记者从市司法局获悉，截至2022年底，全市共有律师事务所71家。"
    assert observed(text, title="我市律师队伍持续壮大")[("legal", "firms", 71)][1] == "锦州市"
    text = "\n据牡丹江广播电视台报道（记者 任洪波）6月27日，全市律师行业党建工作推进会召开。\n目前，全市共有律师事务所58家。"
    obs = observed(text, title="全市律师行业党建工作推进会召开", published=date(2024, 6, 28))
    assert obs[("legal", "firms", 58)][1] == "牡丹江市"


def test_a_summary_rounding_a_finer_bound_and_units_of_two_sectors_together():
    text = (
        "截至2023年底，全国共有律师事务所3.98万多家。\n"
        "总的看，目前全国有近4万家律所，党员占比连续五年提高。"
    )
    obs = observed(text, title="全国律师行业党员超过26万名", published=date(2024, 5, 30))
    assert ("legal", "firms", 39800) in obs
    assert ("legal", "firms", 40000) not in obs
    text = "2018年，全区近6000家非公企业和社会组织中，党的组织覆盖面持续扩大。"
    obs = observed(text, title="杭州市西湖区“两新”组织党建工作情况")
    assert ("private_enterprise", "firms", 6000) not in obs


def test_a_sentence_of_qizhong_breaks_down_each_total_of_the_sentence_before():
    text = (
        "截至2020年底，玉林市共有基层法律服务所63家，基层法律服务工作者210余人。"
        "其中，北流市14家、46人，容县9家、28人。"
    )
    obs = observed(text, title="玉林市基层法律服务工作情况通报")
    assert obs[("other", "firms", 14)][1] == "玉林市北流市"
    assert obs[("other", "practitioners", 28)][1] == "玉林市容县"


def test_firms_covered_through_joint_branches_and_one_unit_among_them():
    text = "目前全国已有1.6万多家律师事务所单独建立党支部，1.3万多家律所通过联合党支部实现了党的组织覆盖。"
    obs = observed(text, title="全国律师行业党建")
    assert ("legal", "firms_in_joint_branches", 13000) in obs
    assert ("legal", "firms_covered", 13000) not in obs
    text = "全市共有司法鉴定机构12家，鉴定人180名。其中一家机构现有员工800余人、党员210名。"
    obs = observed(text, title="北京市司法鉴定行业党委成立")
    assert ("other", "party_members", 210) not in obs
    assert ("other", "firms", 12) in obs


def test_a_leads_fraction_rounds_the_bodys_share_and_a_parts_rate_after_the_wholes():
    text = (
        "【导语】截至去年底，成都律师队伍突破1.5万人，党员律师占比超过三分之一。\n\n"
        "2019年末，全市党员律师5327名，占律师总数的34.9%。"
    )
    obs = observed(text, title="成都律师行业党建综述", published=date(2020, 3, 1))
    assert ("legal", "party_member_share", 34.9) in obs
    assert ("legal", "party_member_share", 33.33) not in obs
    text = (
        "2012年，全市非公有制企业党组织覆盖率由上年的62%提高到71.5%，"
        "其中规模以上非公企业4120家，党组织覆盖率达到90%。"
    )
    obs = observed(text, title="长沙市两新组织党建工作会议讲话")
    assert ("private_enterprise", "coverage_rate", 71.5) in obs
    assert ("private_enterprise", "coverage_rate", 90) not in obs


def test_restructured_offices_candidates_for_an_honour_and_two_sectors_summed():
    text = (
        "十年间，全省公证处通过合并、撤销等方式进行布局调整，由2005年的168家调整为2015年的139家。"
    )
    obs = observed(text, title="浙江省公证行业党建")
    assert obs[("notary", "firms", 168)][2] == 2005
    assert obs[("notary", "firms", 139)][2] == 2015
    text = "2021年，广州公证处等3家公证机构获评“市级党建工作示范点”创建单位。"
    assert ("notary", "demonstration_sites", 3) not in observed(text, title="广州市公证行业党建")
    text = "截至2023年底，全市非公企业和社会组织党组织分别达到2673个和418个，合计3091个。"
    obs = observed(text, title="芜湖市两新组织党建")
    assert ("other", "party_organizations", 3091) in obs
    text = "截至2023年底，全市非公企业和社会组织党组织分别达到2673个和418个，合计3100个。"
    assert ("other", "party_organizations", 3100) not in observed(text, title="芜湖市两新组织党建")


def test_a_half_year_already_past_when_published_is_no_deadline():
    text = "从党组织建设看，到2012年上半年，怒江州5家律所中有2家单独建立党支部，其余3家参加联合党支部。"
    obs = observed(text, title="怒江律师业发展", published=date(2012, 9, 5))
    assert ("legal", "firms_with_own_branch", 2) in obs
    obs = observed(text, title="怒江律师业发展", published=date(2012, 3, 5))
    assert ("legal", "firms_with_own_branch", 2) not in obs


def test_a_group_restating_a_count_a_share_restated_in_brackets_and_units_holding_people():
    text = (
        "截至2019年底，全市共有律师事务所986家、执业律师1.26万人，在这12600余名执业律师中，"
        "党员律师4170人，占33.1%。"
    )
    obs = observed(text, title="成都市律师行业党建")
    assert {("legal", "party_members", 4170), ("legal", "party_member_share", 33.1)} <= set(obs)
    text = "截至2021年底，全国党员律师19.5万余名，占律师总数的三分之一强（33.9%）。"
    obs = observed(text, title="全国律师行业党建")
    assert ("legal", "party_member_share", 33.9) in obs
    assert ("legal", "party_member_share", 33.33) not in obs
    text = (
        "截至2015年底，浦东新区共有律师事务所215家。37家分所共有执业律师近900名，党员律师近300名。"
    )
    assert set(observed(text, title="浦东新区律师行业党建")) == {("legal", "firms", 215)}
    text = "截至2015年底，全市38个区县共有公证机构42家，公证员468名，其中党员公证员279名。"
    assert ("notary", "practitioners", 468) in observed(text, title="重庆市公证行业党建")


def test_units_all_brought_in_and_e_commerce_firms():
    text = "到2018年底，全市会计师事务所12家均已纳入行业党建管理。"
    assert ("accounting", "firms", 12) in observed(text, title="上饶市两新党建")
    text = "截至2016年底，全市电子商务企业3100余家，已建立党组织的620家。"
    assert ("other", "firms", 3100) in observed(text, title="长沙市新兴领域党建")


def test_units_registered_at_one_level_before_their_count_and_a_kinds_share():
    text = "截至2023年底，市级登记的412家社会组织中，已有287家建立了党组织。"
    assert observed(text, title="承德市社会组织党建") == {}
    text = "截至2022年底，全国律师65万人，其中公职律师3.1万人，党员占比超过九成。"
    obs = observed(text, title="全国律师行业党建")
    assert ("legal", "party_member_share", 90) not in obs
    assert ("legal", "practitioners", 650000) in obs


def test_a_from_to_of_two_listed_levels_and_a_kind_of_office_named_for_towns():
    text = (
        "五年来，海西州格尔木市律师行业规模不断扩大，从2007年的4家律师事务所、23名律师"
        "发展到2012年底的6家、45名。"
    )
    obs = observed(text, title="格尔木市律师行业党建")
    assert obs[("legal", "firms", 6)][2] == 2012
    assert obs[("legal", "practitioners", 45)][2] == 2012
    assert obs[("legal", "practitioners", 23)][2] == 2007
    text = "截至10月底，全县共有律师事务所4家；有乡镇法律服务所19个、基层法律服务工作者42名。"
    obs = observed(text, title="西吉县法律服务")
    assert {("other", "firms", 19), ("other", "practitioners", 42)} <= set(obs)


def test_figures_led_by_this_is_and_a_share_among_all_the_practitioners():
    text = (
        "（以下数据均截至2016年底）\n2.3万家，这是鄞州区非公有制企业的数量。\n"
        "1870个，这是全区非公企业党组织的数量。\n"
    )
    obs = observed(text, title="鄞州区非公企业党建工作巡礼")
    assert {
        ("private_enterprise", "firms", 23000),
        ("private_enterprise", "party_organizations", 1870),
    } <= set(obs)
    text = (
        "下面，我先讲几个截至2018年底的数字。\n"
        "14万余名——这是全国党员律师的人数；约三分之一——这是党员律师在律师队伍中的占比。\n"
    )
    obs = observed(text, title="在全国律师行业党建工作会议上的讲话")
    assert obs[("legal", "party_member_share", 33.33)][0] == "approximate"
    text = "截至2018年底，青年律师在全市律师中的占比为35.2%。"
    assert observed(text, title="某市青年律师工作") == {}


def test_kinds_listed_with_colons_an_aside_a_sum_after_a_semicolon_and_a_former_name():
    text = (
        "截至2021年底，全市律师行业共建立党组织868个，具体为：律所党委：9个；"
        "党支部：844个（其中单独党支部：602个；联合党支部：242个）。"
    )
    obs = observed(text, title="成都市律师行业党建")
    assert {
        ("legal", "party_organizations", 868),
        ("legal", "standalone_branches", 602),
    } <= set(obs)
    text = "截至2014年底，全省会计师事务所党组织情况为党委：2个；党总支：6个；党支部：137个；合计145个。"
    obs = observed(text, title="山东省注册会计师行业党建")
    assert {
        ("accounting", "party_committees", 2),
        ("accounting", "party_organizations", 145),
    } <= set(obs)
    text = "1986年，全市（时为遵义地区）仅有律师四十二名。1980年，全区专兼职律师合计一百四十名。"
    obs = observed(text, title="遵义律师业四十年")
    assert {("legal", "practitioners", 42), ("legal", "practitioners", 140)} <= set(obs)
    text = "2010年末，绍兴市有律师事务所52家，律师786人，其中市区律师事务所21家、律师398人。"
    assert ("legal", "firms", 21) not in observed(text, title="绍兴市律师工作")


def test_headings_short_forms_a_quoted_names_numerals_and_candidates_for_sites():
    text = (
        "截至2016年底，全省共有公证处178家。\n二、公证处党组织覆盖率100%\n"
        "（一）单独建支部149家。截至2016年底，全省单独建立党支部的公证处149家。\n"
    )
    obs = observed(text, title="山东省公证行业党建工作综述")
    assert ("notary", "firms_with_own_branch", 149) in obs
    assert ("notary", "standalone_branches", 149) not in obs
    text = "2019年，全年共有100家律所、1000名律师参与“百所千律”进基层活动。"
    assert ("legal", "firms", 100) not in observed(text, title="四川省律师行业党建")
    text = "2021年，决定命名12个律所党组织为“南京市律师行业党建工作示范点”，同时确定8个律所党支部为示范点培育单位。"
    obs = observed(text, title="南京市律师行业党建示范点命名")
    assert ("legal", "demonstration_sites", 12) in obs
    assert ("legal", "demonstration_sites", 8) not in obs


def test_a_level_reached_from_a_vague_start():
    text = "2015年至2020年，全市党员律师从几百名增加到2600余名。"
    obs = observed(text, title="郑州市律师行业党建")
    assert obs[("legal", "party_members", 2600)][0] == "lower_bound"
    assert ("legal", "party_members", 100) not in obs


def test_a_count_told_again_rounded_in_ten_thousands_is_that_count():
    text = (
        "截至2024年底，全省共有律师事务所2189家，执业律师38652名。"
        "与2019年相比，全省律师由2.6万余名增长到3.86万名。"
    )
    obs = observed(text, title="浙江省律师行业党建工作会议讲话")
    assert ("legal", "practitioners", 38652) in obs
    assert ("legal", "practitioners", 38600) not in obs
    assert obs[("legal", "practitioners", 26000)][2] == 2019
    # (two figures only, 4万 beside 4.6万: too coarse to say which it rounds)
    text = "截至2021年底，全市党员律师4.6万人。截至2021年底，全市党员律师4万人。"
    obs = observed(text, title="甲市律师行业党建", jurisdiction="北京市")
    assert {("legal", "party_members", 46000), ("legal", "party_members", 40000)} <= set(obs)


def test_places_that_did_not_set_one_up_and_committees_of_every_level_summed():
    text = "截至2020年底，全省一百二十九个县（市、区）中尚有八十余个县未单独成立律师行业党委。"
    assert observed(text, title="云南省律师行业党建") == {}
    text = (
        "截至2020年底，全省建立省级律师行业党委1个、州（市）级律师行业党委16个、"
        "县级律师行业党委42个，合计59个。"
    )
    obs = observed(text, title="云南省律师行业党建")
    assert {
        ("legal", "industry_party_committees", 16),
        ("legal", "industry_party_committees", 59),
    } <= set(obs)
    text = "截至2020年底，全省建立省级律师行业党委1个、县级律师行业党委42个，合计45个。"
    assert ("legal", "industry_party_committees", 45) not in observed(
        text, title="云南省律师行业党建"
    )


def test_kinds_summed_cover_the_firms_and_a_clause_after_a_semicolon_opens_its_own_whole():
    text = (
        "截至2018年底，全省单独建立党支部的律所有812家，参加联合党支部的律所有631家，"
        "两者合计覆盖律所1443家，党组织覆盖率达94.6%。"
    )
    obs = observed(text, title="四川省律师行业党建")
    assert ("legal", "firms_covered", 1443) in obs
    assert ("legal", "coverage_rate", 94.6) in obs
    text = (
        "截至2023年底，全市共有物业服务企业1780家，从业人员约9.6万人，其中党员4300余名；"
        "已有1246家物业服务企业建立党组织，覆盖率达70.0%。"
    )
    obs = observed(text, title="长沙市红色物业工作情况通报")
    assert {("other", "firms", 1780), ("other", "firms_covered", 1246)} <= set(obs)


def test_where_branches_stand_names_no_sector_and_an_aside_holds_joint_branches_and_their_firms():
    text = (
        "截至2019年底，全市组建联合党支部641个（覆盖企业3870家），"
        "主要分布在中小微企业集中的镇村和专业市场。"
    )
    obs = observed(text, title="南通市非公有制企业党建工作情况报告")
    assert ("private_enterprise", "joint_branches", 641) in obs
    assert ("private_enterprise", "firms_in_joint_branches", 3870) in obs
    assert not any(sector == "other" for sector, _, _ in obs)
    text = (
        "截至2016年底，全区律所党组织31个（律所党委1个、党支部30个，其中联合党支部6个，"
        "覆盖律所17家），实现了律所党组织全覆盖。"
    )
    obs = observed(text, title="鄞州区律师行业党建")
    assert ("legal", "firms_in_joint_branches", 17) in obs
    assert ("legal", "firms_covered", 17) not in obs


def test_an_earlier_level_after_the_parts_in_an_aside_is_the_totals():
    text = (
        "到2010年底，全省律师行业共建立党组织431个（其中独立党支部286个、联合党支部145个；"
        "2008年底仅为183个）。"
    )
    obs = observed(text, title="黑龙江省律师行业党建")
    assert obs[("legal", "party_organizations", 183)][2] == 2008
    assert ("legal", "joint_branches", 183) not in obs


def test_a_ranked_subset_rate_and_the_trades_members_then():
    text = (
        "截至2016年底，全国会计师事务所共建立党组织4600多个，党组织覆盖率超过85%。"
        "其中，综合评价排名前100家的事务所党组织覆盖率达到100%。"
        "2016年底，全省会计师事务所612家，党员2610名；而在2008年，全省行业党员仅有1100余名。"
    )
    obs = observed(text, title="注册会计师行业党建工作扎实推进")
    assert ("accounting", "coverage_rate", 85) in obs
    assert ("accounting", "coverage_rate", 100) not in obs
    assert obs[("accounting", "party_members", 1100)][2] == 2008


def test_a_wider_places_figure_in_an_aside_and_offices_of_a_kind_counted():
    text = "截至2023年底，全市执业律师5186名，约占全省执业律师的一半（全省执业律师超过1.1万人）。"
    obs = observed(text, title="南昌市律师协会工作报告", jurisdiction="南昌市")
    assert obs[("legal", "practitioners", 11000)][:2] == ("lower_bound", "江西省")
    text = "2015年末，全市有公证处9个（市公证处1个、县市区公证处8个），公证员56名，其中党员31名。"
    obs = observed(text, title="宜昌市年鉴", jurisdiction="宜昌市")
    assert {("notary", "practitioners", 56), ("notary", "party_members", 31)} <= set(obs)
    assert ("notary", "firms", 1) not in obs
    text = "贵阳市公证处现有公证员56名，其中党员31名。"
    assert observed(text, title="公证行业党建") == {}


def test_registrars_and_registration_before_a_sectors_count():
    text = "截至今年10月底，区民政局登记社会组织680余家。2016年，全省登记管理的司法鉴定机构148家。"
    obs = observed(text, title="社会组织党建", published=date(2024, 11, 20))
    assert ("social_org", "firms", 680) in obs
    assert ("other", "firms", 148) in obs


def test_a_cover_that_names_no_party_body_and_each_kinds_firms_that_set_one_up():
    text = "去年协会开展执业质量检查，覆盖事务所120家。"
    assert observed(text, title="上海市注册会计师行业党建") == {}
    text = (
        "截至2022年底，全省公证机构、会计师事务所中已建立党组织的分别为98家、276家，"
        "党组织覆盖率依次为100%、88.5%。"
    )
    obs = observed(text, title="湖北省专业服务业党建")
    assert {("notary", "firms_covered", 98), ("accounting", "firms_covered", 276)} <= set(obs)
    assert ("accounting", "firms", 276) not in obs


def test_a_share_among_the_new_ones_is_not_the_places():
    text = "2022年全市新增执业律师1100余名，其中党员仅占两成左右。"
    assert observed(text, title="杭州市律师行业党建") == {}
    text = "全省社会组织党组织净增3100个，其中哈尔滨市社会组织党组织覆盖率为55.8%。"
    obs = observed(text, title="黑龙江省社会组织党建")
    assert obs[("social_org", "coverage_rate", 55.8)][1] == "哈尔滨市"


def test_area_joint_branches_and_the_small_firms_that_joined_them():
    text = (
        "到2019年底，全区律师行业共建立党组织58个，其中单独党支部41个，区域联合党支部17个。"
        "全区有会计师事务所29家，其中18家小型事务所纳入4个区域联合党支部。"
        "组建片区联合党支部9个，将52家小微律所纳入联合党支部管理。"
    )
    obs = observed(text, title="武侯区律师行业党建")
    assert {
        ("legal", "joint_branches", 17),
        ("accounting", "firms_in_joint_branches", 18),
        ("accounting", "joint_branches", 4),
        ("legal", "joint_branches", 9),
        ("legal", "firms_in_joint_branches", 52),
    } <= set(obs)
    text = "陆家嘴地区的6家小型律所共同组建了联合党支部。他说，该片区共有六家律所、党员十二名。"
    assert observed(text, title="浦东新区律师行业党建") == {}


def test_a_table_whose_labels_are_spaced_out():
    text = (
        "截至2012年12月31日，各县区情况如下：\n"
        "县  区    律师事务所  律  师  党员律师  党组织  覆盖率\n"
        "贵池区       14        156      52        11     92.9%\n"
        "东至县        6         47      16         5     83.3%\n"
        "合  计       20        203      68        16     88.9%\n"
    )
    obs = observed(text, title="池州市律师行业党建工作调研报告")
    assert obs[("legal", "practitioners", 156)][1:3] == ("池州市贵池区", 2012)
    assert obs[("legal", "practitioners", 203)][1] == "池州市"


def test_associations_after_qizhong_are_a_kind_with_a_rate_of_their_own():
    text = (
        "截至去年底，全市依法登记的社会组织八千零七十四个，已建立党组织的二千六百一十八个。\n"
        "其中，行业协会商会五百九十二个，其党组织覆盖率达百分之八十三。"
    )
    obs = observed(text, title="广州社会组织党建工作", published=date(2024, 1, 22))
    assert ("social_org", "firms", 8074) in obs
    assert ("social_org", "firms", 592) not in obs
    assert ("social_org", "coverage_rate", 83) not in obs
    text = "全市社会组织3000家。其中，海淀区共有行业协会商会96家，已建立党组织的81家。"
    assert ("social_org", "firms", 96) in observed(text, title="北京市社会组织党建")


def test_a_table_of_years_with_spaced_labels_a_units_column_and_a_change_in_words():
    text = (
        "律师队伍和党员队伍同步壮大。据统计，全国律师队伍发展情况如下：\n"
        "指    标          单 位      2008年      2012年      2016年      增长（%）\n"
        "律 师 人 数        万人       15.6        23.2        32.8         110.3\n"
        "律师事务所          家       14467       19361       26150          80.8\n"
        "党 员 占 比         %         28.2        29.7        31.1    提高2.9个百分点\n"
        "党 员 律 师        万人        4.4         6.9        10.2         131.8\n"
    )
    obs = observed(text, title="全国律师行业党建工作十年发展综述")
    assert obs[("legal", "practitioners", 156000)][1:3] == ("全国", 2008)
    assert obs[("legal", "party_members", 102000)][2] == 2016
    assert obs[("legal", "party_member_share", 29.7)][2] == 2012
    assert ("legal", "practitioners", 15.6) not in obs
    assert ("legal", "firms", 26150) in obs


def test_a_posts_bold_figures_on_lines_of_their_own_and_quoted_ranked_awards():
    text = (
        "【基本盘】\n"
        "🔹 截至2023年底，全县共有律师事务所 **21** 家\n"
        "🔹 执业律师 **186** 人\n"
        "✅ 全县律师行业党组织 **17** 个\n"
        "💡 会上，对2023年度评选出的**10**个“先进律所党组织”、**20**名“优秀党员律师”进行了表彰。\n"
    )
    obs = observed(text, title="长兴县律师行业党建成绩单", jurisdiction="湖州市长兴县")
    assert {
        ("legal", "practitioners", 186),
        ("legal", "party_organizations", 17),
        ("legal", "awarded_party_organizations", 10),
        ("legal", "awarded_party_members", 20),
    } <= set(obs)


def test_a_class_of_firms_all_of_which_set_one_up_is_no_places_count():
    text = (
        "全市会计师事务所152家。具有证券期货业务资格的8家事务所全部单独建立党组织。"
        "全市具备条件的41家律所单独建立党支部。"
    )
    obs = observed(text, title="杭州市专业服务业党建")
    assert ("accounting", "firms_with_own_branch", 8) not in obs
    assert ("legal", "firms_with_own_branch", 41) in obs


def test_a_table_with_a_group_column_left_blank_on_continuation_rows():
    text = (
        "省司法厅公布的行业统计显示：\n"
        "类别　　　　指标　　　　　　　2022年　 2023年　 增减%\n"
        "公证　　　　公证机构（家）　　121　　　119　　　-1.7\n"
        "　　　　　　公证员（人）　　　1021　　 1068　　 4.6\n"
        "司法鉴定　　鉴定机构（家）　　186　　　179　　　-3.8\n"
        "　　　　　　鉴定人（人）　　　2410　　 2355　　 -2.3\n"
    )
    obs = observed(text, title="湖南省公共法律服务行业统计数据")
    assert obs[("notary", "practitioners", 1068)][1:3] == ("湖南省", 2023)
    assert obs[("other", "firms", 186)][2] == 2022
    assert not any(metric == "firms" and value == 1.7 for _, metric, value in obs)


def test_a_number_a_pdfs_line_breaks_cut_and_its_running_head():
    text = (
        "宁夏回族自治区司法厅                              — 2 —\n"
        "在全区律师行业党建工作推进会上的讲话\n"
        "截至今年8月底，全区共有律师事务所128家。全市非公企业共有党组织\n"
        "29\n"
        "46个，其中党委58个。\n"
    )
    obs = observed(text, title="在全区律师行业党建工作推进会上的讲话", published=date(2015, 9, 22))
    assert obs[("legal", "firms", 128)][1] == "宁夏回族自治区"
    assert ("private_enterprise", "party_organizations", 2946) in obs
    assert ("private_enterprise", "party_organizations", 46) not in obs


def test_kinds_after_qizhong_their_rate_and_a_sentence_about_the_units_just_counted():
    text = (
        "截至2010年6月底，区内共有社会组织1386家，党组织覆盖率36.7%。 其中行业协会商会87家，"
        "均已实现党的工作覆盖。"
        "2022年末，全市非公企业3420家，已建立党组织的1120家，覆盖率32.7%；"
        "其中规模以上非公企业1560家，党组织覆盖率96.8%。"
    )
    obs = observed(text, title="浦东新区两新组织党建")
    assert ("social_org", "firms", 1386) in obs
    assert ("social_org", "firms", 87) not in obs
    assert ("private_enterprise", "coverage_rate", 32.7) in obs
    assert ("private_enterprise", "coverage_rate", 96.8) not in obs
    text = (
        "截至2024年底，渝中区有律所185家、律师3426名。律所共有党组织102个，其中党委2个。"
        "【律师行业党建】区律师行业党委下设党组织87个，其中党总支3个、党支部84个。"
    )
    obs = observed(text, title="渝中区律师行业党建", jurisdiction="重庆市渝中区")
    assert {
        ("legal", "party_organizations", 102),
        ("legal", "party_organizations", 87),
        ("legal", "party_branches", 84),
    } <= set(obs)


def test_a_header_of_two_rows_a_group_label_spanning_its_sub_labels():
    text = (
        "2019年舟山市律师行业党组织建设情况\n"
        "| 县（区） | 律师事务所（家） | | | 党支部（个） | | 党员律师（名） |\n"
        "| | 总数 | 单独建立党支部 | 参加联合党支部 | 单独 | 联合 | |\n"
        "| 定海区 | 22 | 9 | 11 | 9 | 4 | 118 |\n"
        "| 普陀区 | 15 | 5 | 8 | 5 | 3 | 64 |\n"
    )
    obs = observed(text, title="舟山市律师行业党建", jurisdiction="舟山市")
    assert obs[("legal", "firms", 22)][1] == "舟山市定海区"
    assert {
        ("legal", "firms_with_own_branch", 9),
        ("legal", "firms_in_joint_branches", 11),
        ("legal", "joint_branches", 4),
        ("legal", "party_members", 118),
    } <= set(obs)
    text = (
        "截至2022年底，各县区情况见下表。\n"
        "县区\t律师事务所\t\t执业律师\t\n"
        "\t数量（家）\t已建党组织（家）\t人数（名）\t其中党员（名）\n"
        "淇滨区\t31\t30\t512\t176\n"
        "山城区\t9\t8\t96\t27\n"
    )
    obs = observed(text, title="鹤壁市律师行业党建工作情况通报", jurisdiction="鹤壁市")
    assert {
        ("legal", "firms_covered", 30),
        ("legal", "practitioners", 512),
        ("legal", "party_members", 176),
    } <= set(obs)


def test_targets_said_with_yao_and_examples_of_those_covered():
    text = (
        "昆明市要建成10个律师行业党建示范点。建议在2019年底前将社会组织党组织覆盖率提高到95%以上。"
    )
    assert observed(text, title="昆明市律师行业党建") == {}
    text = (
        "截至2022年底，全区两新组织党组织达158个，"
        "覆盖非公企业、社会组织、律师事务所、会计师事务所等两新组织1020家。"
    )
    obs = observed(text, title="沙县区两新组织党建")
    assert ("other", "firms_covered", 1020) in obs
    assert ("other", "firms", 1020) not in obs


def test_figures_an_ocr_misread_and_a_time_opening_a_sentence():
    text = (
        "截至2019年底，全市共有律师事务所3O6家，其中党员律帅1 9O4名；"
        "全国律师行业党员2O.4万名。我们回想一下，2000年的时候全省律师只有5600余人。"
    )
    obs = observed(text, title="沈阳市律师行业党建工作情况通报", jurisdiction="沈阳市")
    assert obs[("legal", "firms", 306)][3] == "3O6"
    assert ("legal", "party_members", 1904) in obs
    assert ("legal", "party_members", 204000) in obs
    assert obs[("legal", "practitioners", 5600)][2] == 2000


def test_figures_pointed_back_at_another_date_and_shares_among_delegates():
    text = (
        "截至2018年底，全国共有执业律师42.3万多人，律师事务所3万多家。"
        "这两个数字在2008年分别为14.3万人和1.4万家。"
        "截至2023年底，全市律师行业共建立党组织452个，覆盖律师事务所491家，党组织覆盖率达98.6%。"
        "2018年，上述三项指标分别为268个、296家和94.9%。"
    )
    obs = observed(text, title="律师行业党建十年")
    assert obs[("legal", "practitioners", 143000)][2] == 2008
    assert obs[("legal", "firms", 14000)][2] == 2008
    assert obs[("legal", "firms_covered", 296)][2] == 2018
    assert obs[("legal", "coverage_rate", 94.9)][2] == 2018
    text = "全市律师中有各级人大代表41名、政协委员68名，其中党员律师占57.8%。"
    assert observed(text, title="广州市律师行业党建") == {}


def test_a_level_compared_after_an_aside_and_chamber_kinds_listed():
    text = (
        "截至2015年底，全市共有律师事务所58家，执业律师724名（其中党员律师265名），"
        "比2010年的431名增长了68%。"
    )
    obs = observed(text, title="晋城市律师行业党建")
    assert obs[("legal", "practitioners", 431)][2] == 2010
    assert ("legal", "party_members", 431) not in obs
    text = "晋江市共有商会85家，其中异地晋江商会32家、行业商会41家、镇（街道）商会12家。"
    obs = observed(text, title="晋江市商会党建")
    assert ("social_org", "firms", 85) in obs
    assert ("social_org", "firms", 41) not in obs


def test_legal_service_offices_are_other_and_an_aside_of_two_earlier_levels():
    text = (
        "律师中有党员47名，法律服务工作者中有党员三十六名。"
        "全县法律服务行业共有党组织15个，其中律所党支部8个、法律服务所党支部7个。"
    )
    obs = observed(text, title="固始县律师行业党建", jurisdiction="信阳市固始县")
    assert {("other", "party_members", 36), ("other", "party_branches", 7)} <= set(obs)
    assert ("legal", "party_members", 36) not in obs
    text = "截至2024年底，全区有律师事务所46家、执业律师812名（2023年底为42家、708名）。"
    obs = observed(text, title="双流区律师行业党建")
    assert obs[("legal", "firms", 42)][2] == 2023
    assert obs[("legal", "practitioners", 708)][2] == 2023
    assert ("legal", "practitioners", 42) not in obs


def test_a_sectors_table_with_a_row_of_changes_and_a_bound_in_brackets():
    text = (
        "截至2016年11月底，三个行业基本情况如下：\n"
        "| 行业 | 机构（家） | 党员（人） | 党组织（个） |\n"
        "|---|---|---|---|\n"
        "| 律师 | 1020 | 3980 | 690 |\n"
        "| 公证 | 96 | 512 | 96 |\n"
        "| 较2015年增长 | 5.4% | 8.0% | 12.3% |\n"
    )
    obs = observed(text, title="湖北省律师公证行业党建", jurisdiction="湖北省")
    assert {("legal", "firms", 1020), ("notary", "party_members", 512)} <= set(obs)
    assert not any(value == 5.4 for _, _, value in obs)
    text = "截至2020年底，全区律师行业党组织（逾2100个）实现了从有到优的转变。"
    obs = observed(text, title="内蒙古律师行业党建")
    assert obs[("legal", "party_organizations", 2100)][0] == "lower_bound"


def test_a_table_of_one_sectors_kinds_with_a_row_of_changes_is_no_sectors_table():
    text = (
        "2020年底全省律师构成如下：\n"
        "| 律师类别 | 人数 | 其中党员 |\n"
        "|---|---|---|\n"
        "| 专职律师 | 7420 | 2210 |\n"
        "| 公职律师 | 520 | 480 |\n"
        "| 比上年增长 | 6.1% | 8.2% |\n"
    )
    obs = observed(text, title="湖北省律师行业党建", jurisdiction="湖北省")
    assert ("legal", "party_members", 2210) not in obs
    assert ("legal", "party_members", 480) not in obs


def test_a_share_of_bare_enterprises_takes_the_sector_the_sentence_counted():
    text = "截至去年底，全区电商企业约3000家，约四分之一的企业建立了党组织。"
    obs = observed(text, published=date(2016, 1, 20), title="宝安区电商企业党建")
    assert obs[("other", "coverage_rate", 25)][0] == "approximate"
    assert ("private_enterprise", "coverage_rate", 25) not in obs
    # a kind read as a sub-type before it: the share is no one's
    text = "截至去年底，全区某类新兴企业约3000家，约四分之一的企业建立了党组织。"
    obs = observed(text, published=date(2016, 1, 20), title="宝安区企业党建")
    assert not any(metric == "coverage_rate" for _, metric, _ in obs)


def test_cross_border_e_commerce_and_internet_industry_committees_are_sector_other():
    text = (
        "截至2024年底，全区跨境电商企业约3000家，跨境电商企业党员1.2万多名。"
        "全市16个区均已成立区级互联网行业党委。"
    )
    obs = observed(text, title="深圳市宝安区跨境电商企业党建")
    assert ("other", "firms", 3000) in obs
    assert obs[("other", "party_members", 12000)][0] == "lower_bound"
    assert ("other", "industry_party_committees", 16) in obs


def test_a_change_from_the_years_start_to_its_end_gives_the_end_level():
    text = "2016年，全省律所党组织由年初的612个增加到年末的948个，一年新增336个。"
    obs = observed(text, published=date(2023, 2, 10), title="四川律师行业党建大事记")
    assert obs[("legal", "party_organizations", 948)][2] == 2016
    text = "截至2016年底，全省律所党组织由年初的612个增加到年底的948个。"
    obs = observed(text, published=date(2023, 2, 10), title="四川律师行业党建")
    assert obs[("legal", "party_organizations", 948)][2] == 2016


def test_what_a_body_just_set_up_manages_is_the_places_total():
    text = "2019年3月，渝中区律师行业党委成立，统一管理辖区律所党组织56个。"
    obs = observed(text, published=date(2024, 3, 5), title="重庆市渝中区律师行业党建工作大事记")
    assert obs[("legal", "party_organizations", 56)][1] == "重庆市渝中区"


def test_a_figure_revised_from_the_one_published_before_keeps_the_revision():
    text = (
        "对去年公布的2020年末数据作如下修订：律师事务所数量由原公布的247家修订为245家；"
        "执业律师人数由原公布的4312人修订为4298人。"
    )
    obs = observed(text, published=date(2022, 3, 16), title="宁波市2021年律师工作统计数据发布")
    assert obs[("legal", "firms", 245)][2] == 2020
    assert ("legal", "practitioners", 4298) in obs
    assert ("legal", "firms", 247) not in obs
    assert ("legal", "practitioners", 4312) not in obs
    text = (
        "二、关于2022年数据的修订\n"
        "2022年度报告中公布的“非公企业党组织覆盖率61.5%”，因企业基数统计口径调整\n"
        "（纳入市场监管部门新登记的小微企业），经复核修订为58.9%。\n"
    )
    obs = observed(
        text, published=date(2024, 3, 18), title="东莞市2023年度非公有制企业党建工作报告"
    )
    assert ("private_enterprise", "coverage_rate", 61.5) not in obs
    text = "系误将公证员助理计入，经复核，2012年底全市执业公证员应为514名。"
    obs = observed(text, published=date(2013, 4, 1), title="重庆市公证工作统计公报说明")
    assert obs[("notary", "practitioners", 514)][2] == 2012


def test_kuaisuo_is_the_accounting_trades_short_form_for_its_firms():
    text = (
        "截至2017年底，全市有会所42家，CPA（注册会计师）386名，其中党员126名；"
        "会所党组织19个，其中独立党支部11个、联合党支部8个，联合党支部覆盖会所20家。"
    )
    obs = observed(text, published=date(2018, 1, 15), title="包头市会计行业党建工作年度报告")
    assert ("accounting", "firms", 42) in obs
    assert ("accounting", "party_organizations", 19) in obs
    assert ("accounting", "firms_in_joint_branches", 20) in obs


def test_a_branch_set_up_at_the_years_start_under_a_bodys_guidance_is_counted():
    text = (
        "2010年，全县现有律师事务所4家。年初在县司法局机关党委指导下成立律师行业联合党支部1个，"
        "将4家律所全部纳入联合党支部管理。"
    )
    obs = observed(text, published=date(2011, 3, 16), title="婺源县司法局2010年工作总结")
    assert ("legal", "joint_branches", 1) in obs
    assert ("legal", "firms_in_joint_branches", 4) in obs


def test_the_figures_of_the_firms_left_over_are_theirs_not_the_places():
    text = (
        "截至2015年12月底，全市有律师事务所6家，党员律师18名。已建立党组织的律所5家，覆盖率83.3%，"
        "剩余1家为当年10月新设的个人律师事务所，党员律师仅1名，暂由市司法局机关党支部托管。"
    )
    obs = observed(text, published=date(2016, 3, 1), title="建瓯市律师行业党建")
    assert ("legal", "party_members", 18) in obs
    assert ("legal", "party_members", 1) not in obs


def test_the_postal_and_express_trade_is_sector_other():
    text = "2019年，全省邮政快递业共有快递企业1276家（含分支机构），快递从业人员约12.6万人，行业党员5400余名。"
    obs = observed(text, title="四川省邮政快递业党建工作")
    assert ("other", "firms", 1276) in obs
    assert obs[("other", "party_members", 5400)][0] == "lower_bound"


def test_an_aside_on_what_a_term_takes_in_opens_no_parts_of_the_total_before():
    text = (
        "目前，全区非公有制企业超过3.6万家，已建立党组织的非公企业近2900家；"
        "社会组织（含行业协会商会）不足1200家，社会组织党组织覆盖率约71％。"
    )
    obs = observed(text, title="渝北区两新组织党建工作座谈会")
    assert obs[("social_org", "firms", 1200)][0] == "upper_bound"
    assert ("social_org", "firms_covered", 1200) not in obs


def test_a_rate_of_one_kind_of_social_organization_is_left_out():
    text = "其中，全省基金会党组织覆盖率为81.5%，高于社会组织平均水平。"
    obs = observed(text, title="广东省社会组织党建工作综述")
    assert not any(metric == "coverage_rate" for _, metric, _ in obs)


def test_one_unnamed_big_firm_somewhere_keeps_its_own_figures():
    text = "某全国性大所在朝阳区的总所设有党委1个、党支部18个，党员律师620余名，占该所律师的41%。"
    obs = observed(text, title="北京市朝阳区律师行业党建调研报告")
    assert obs == {}


def test_the_level_compared_with_before_a_term_is_dated_by_its_year():
    text = (
        "截至2023年底，全市共有律师事务所十一家，执业律师七十名，"
        "较2018年底的四家律所、二十一名律师，分别增加了七家和四十九名。"
    )
    obs = observed(text, published=date(2024, 2, 20), title="日喀则市律师行业党建")
    assert obs[("legal", "firms", 4)][2] == 2018
    assert obs[("legal", "practitioners", 21)][2] == 2018


def test_the_firms_left_over_then_the_places_rate_again():
    text = (
        "四家律所中，有三家单独成立了党支部；剩下的一家律所因正式党员不足三名，"
        "与区法律援助中心联合组建党支部，全区律师事务所党组织覆盖率100%。"
    )
    obs = observed(text, published=date(2022, 7, 5), title="海东市乐都区律师行业党建")
    assert ("legal", "coverage_rate", 100) in obs


def test_a_share_of_a_count_stated_inside_its_base():
    text = "全省律师党员从2013年的3100余名增加到2018年底的6942名，占全省执业律师17350名的40%。"
    obs = observed(text, published=date(2019, 3, 1), title="江苏省律师行业党建")
    assert obs[("legal", "party_member_share", 40)][2] == 2018
    assert ("legal", "practitioners", 17350) in obs


def test_a_share_in_a_block_of_label_lines_in_chinese_numerals_takes_its_sector():
    text = (
        "截至2017年底，全区公证行业基本情况：\n"
        "公证机构：一百一十二家\n"
        "公证员：六百四十人\n"
        "党员公证员：三百九十八人\n"
        "党员占比：62.2%\n"
    )
    obs = observed(text, title="内蒙古自治区公证和司法鉴定行业党建工作情况")
    assert ("notary", "party_member_share", 62.2) in obs


def test_another_places_figure_with_its_own_term_is_read_by_its_term():
    text = (
        "组织建设方面，2022年广州律师行业共有党组织632个，覆盖律所1005家；"
        "深圳律师行业党组织数量为841个，其中律所党委9个、党总支17个、党支部815个。"
    )
    obs = observed(text, title="广州深圳律师行业党建比较")
    assert obs[("legal", "party_organizations", 841)][1] == "深圳市"
    assert ("legal", "firms_covered", 841) not in obs


def test_a_topic_carries_past_a_date_to_each_places_figure_and_its_share():
    text = (
        "党员律师方面，截至2017年底，济南有1720名，青岛有2080名，分别占两市律师总数的34.4%和35.5%。"
    )
    obs = observed(text, title="济南青岛律师行业党建对比")
    assert obs[("legal", "party_members", 1720)][1] == "济南市"
    assert obs[("legal", "party_members", 2080)][1] == "青岛市"
    assert obs[("legal", "party_member_share", 34.4)][1] == "济南市"
    assert obs[("legal", "party_member_share", 35.5)][1] == "青岛市"


def test_a_paragraph_pointing_back_to_the_trade_means_the_trade_the_title_names():
    text = (
        "截至2021年底，全区共有法律服务机构54家，其中律师事务所38家。\n"
        "全行业共有党员436名，其中党员律师352名，占全区律师总数的34.3%。"
        "行业内共建立党组织41个，其中党总支3个、党支部38个。\n"
    )
    obs = observed(text, title="鄞州区法律服务行业党建工作综述")
    assert ("other", "firms", 54) in obs
    assert ("other", "party_members", 436) in obs
    assert ("other", "party_organizations", 41) in obs
    assert ("legal", "party_members", 352) in obs
    assert ("legal", "party_members", 436) not in obs


def test_a_trade_named_in_the_legal_services_as_a_whole_keeps_its_own_sector():
    text = (
        "2012年，合肥市肥东县法律服务行业有律师事务所8家、公证处1家、基层法律服务所19家。"
        "全市法律服务行业建立党组织97个，覆盖律师事务所、公证处、司法鉴定机构和基层法律服务所"
        "等各类法律服务机构183家。"
    )
    obs = observed(text, title="肥东县法律服务行业党建")
    assert ("legal", "firms", 8) in obs
    assert ("other", "firms", 8) not in obs
    assert ("other", "firms_covered", 183) in obs


def test_a_changes_start_takes_the_classifier_its_end_carries():
    text = "全国律师党员从2008年的四万出头增加到2012年底的近七万人，增长了七成多。"
    obs = observed(text, title="全国律师行业党建十年")
    assert obs[("legal", "party_members", 40000)][:3] == ("lower_bound", "全国", 2008)
    assert obs[("legal", "party_members", 70000)][0] == "approximate"
    # digits of another unit stay unread (从4000增加到7万人: no classifier shared)
    assert observed("全国律师党员从4000增加到7万人。") == {}


def test_one_unit_a_place_names_first_and_where_it_stands_keeps_its_tenants():
    text = "位于香港中路的青岛国际法务中心已入驻律师事务所38家、仲裁和公证等法律服务机构6家。"
    assert observed(text, title="青岛市市南区律师行业党建") == {}


def test_each_places_committee_of_social_organizations_counts_as_its_sector_wide_one():
    text = "截至2024年底，全市“两新”组织党员总数超过5.2万名；12个县（市、区）均已成立社会组织党委。"
    obs = observed(text, title="潍坊市两新组织党建")
    assert ("social_org", "industry_party_committees", 12) in obs
    text = "目前，自治区律师行业党委下设14个设区市律师行业党委，形成上下贯通的工作体系。"
    assert ("legal", "industry_party_committees", 14) in observed(text, title="广西律师行业党建")
    text = "2015年7月，自治区律师行业党委成立，14个设区市律师行业党委相继组建。"
    assert ("legal", "industry_party_committees", 14) in observed(text, title="广西律师行业党建")


def test_firms_that_set_up_their_own_branch_beside_those_that_joined_one():
    text = "全区有24家律所单独建立党支部、23家律所纳入联合党支部。"
    obs = observed(text, title="鄞州区律师行业党建")
    assert ("legal", "firms_with_own_branch", 24) in obs
    assert ("legal", "firms_covered", 24) not in obs
    text = "全市已在86家商会、协会建立党组织，建立党组织的商会、协会占总数的76.8%。"
    obs = observed(text, title="义乌市商会协会党建")
    assert ("social_org", "firms_covered", 86) in obs
    assert ("social_org", "firms", 86) not in obs


def test_one_unit_alone_and_its_own_branch_after_a_dated_opening():
    text = "其中，北京某知识产权司法鉴定所一家即有鉴定人41名、党员18名。"
    assert observed(text, title="北京市司法鉴定行业党建") == {}
    text = "2009年五月，所党支部成立，有党员五人，支部书记由所主任兼任。"
    assert observed(text, title="甘谷县律师行业党建") == {}
    text = (
        "比如，有一家年产值超百亿元的龙头企业，党委下设党支部32个、党员1100多名，"
        "带动了上下游数百家配套企业建立党组织。"
    )
    assert observed(text, title="晋江市非公企业党建") == {}


def test_the_working_committee_that_awards_names_no_sector_of_those_awarded():
    text = "2012年7月1日，中共绵阳市委两新组织工委表彰律师行业先进党支部四个、优秀党务工作者五名。"
    obs = observed(text, title="绵阳市律师行业党建")
    assert ("legal", "awarded_party_workers", 5) in obs
    assert ("other", "awarded_party_workers", 5) not in obs


def test_figures_pointed_back_to_on_the_next_line_take_the_lines_metrics():
    text = (
        "截至今年11月底，全省律师行业共有党组织728个，其中党委3个、党总支11个、党支部714个。\n"
        "去年同期，上述数字分别为689个、2个、9个、678个。\n"
    )
    obs = observed(text, published=date(2021, 12, 30), title="贵州律师行业2021年成绩单")
    assert obs[("legal", "party_organizations", 689)][2] == 2020
    assert ("legal", "party_branches", 678) in obs


def test_a_figure_the_text_keeps_out_of_its_totals_is_no_observation():
    text = "全市公证行业共有党支部15个，另设市公证协会党支部1个（不计入上述党支部数）。"
    obs = observed(text, title="杭州市公证行业党建")
    assert ("notary", "party_branches", 15) in obs
    assert ("notary", "party_branches", 1) not in obs


def test_a_rounded_figure_before_the_exact_one_is_the_same_figure():
    text = (
        "几年来，全省律师队伍快速发展，目前律师已达6000多人，律师事务所500多家。\n"
        "具体来说，截至今年10月底，全省共有律师事务所534家，执业律师6128名。"
    )
    obs = observed(text, title="在全省律师行业党建工作会议上的讲话（2012年11月20日）")
    assert ("legal", "practitioners", 6128) in obs and ("legal", "firms", 534) in obs
    assert ("legal", "practitioners", 6000) not in obs and ("legal", "firms", 500) not in obs


def test_firms_fit_to_do_something_and_a_share_with_branches_of_their_own_are_left_out():
    text = "其中，党员人数在3名以上、具备单独组建党支部条件的律所有148家，占到了律所总数的47.4%。"
    obs = observed(text, title="南宁市律师行业党建")
    assert ("legal", "firms_with_own_branch", 148) not in obs
    text = "全市具备条件的41家律所单独建立党支部，其余71家律所组建联合党支部19个。"
    assert ("legal", "firms_with_own_branch", 41) in observed(text, title="西宁市律师行业党建")
    text = "据介绍，全市约有三分之一的律所单独建立了党支部，其余律所通过联合党支部实现覆盖。"
    obs = observed(text, title="重庆市律师行业党建")
    assert not any(metric == "coverage_rate" for _, metric, _ in obs)


def test_a_headline_about_one_named_firm_counts_that_firm():
    text = "党员律师突破200名——北京德恒信诚律师事务所党建工作见闻\n2021-07-01　北京法制报\n"
    assert observed(text) == {}


def test_the_joint_branches_set_apart_cover_their_own_firms():
    text = (
        "全市司法鉴定行业共建立党组织14个。其中，10家鉴定机构单独建立党支部；"
        "另有4个联合党支部，覆盖13家鉴定机构。"
    )
    obs = observed(text, title="佛山市司法鉴定行业党建")
    assert ("other", "firms_in_joint_branches", 13) in obs
    assert ("other", "firms_covered", 13) not in obs


def test_the_rate_of_firms_branch_offices_is_a_kinds_rate():
    text = "截至2023年底，全省律所党组织覆盖率99.2%。分所党组织组建率达到95.5%，较上年提高6.3个百分点。"
    obs = observed(text, title="浙江省律师行业党建")
    assert ("legal", "coverage_rate", 99.2) in obs
    assert ("legal", "coverage_rate", 95.5) not in obs


def test_wholesale_markets_party_organizations_are_sector_other():
    text = (
        "截至二〇二一年末，全区在专业批发市场建立党组织九十六个，其中联合党支部六十七个；"
        "党员商户八百余名。"
    )
    obs = observed(text, title="越秀区专业批发市场党建")
    assert obs[("other", "party_organizations", 96)][1:3] == ("广州市越秀区", 2021)
    assert ("other", "joint_branches", 67) in obs
    assert obs[("other", "party_members", 800)][0] == "lower_bound"


def test_buildings_the_firms_moved_into_are_no_unit_speaking():
    text = (
        "截至去年底，全区律师事务所112家，其中九成以上入驻商务楼宇；执业律师近3000名，"
        "党员律师1100多名，党员占比近四成。"
    )
    obs = observed(text, title="建邺区律师行业党建", published=date(2023, 2, 1))
    assert obs[("legal", "practitioners", 3000)][:3] == ("approximate", "南京市建邺区", 2022)
    assert ("legal", "party_members", 1100) in obs
    assert ("legal", "party_member_share", 40) in obs


def test_hr_agencies_and_security_companies_are_trades_of_their_own():
    text = (
        "截至2021年底，全市登记在册的人力资源服务机构1860家，其中已建立党组织的机构412家，"
        "党组织覆盖率为22.2%。全行业共有党组织236个，党员2140名。"
        "全市共有保安服务公司312家，其中党员保安员6200余名。"
    )
    obs = observed(text, title="成都市人力资源服务行业党建")
    for metric, value in [("firms", 1860), ("party_organizations", 236), ("firms", 312)]:
        assert ("other", metric, value) in obs
    assert obs[("other", "party_members", 6200)][0] == "lower_bound"
    assert not any(sector in ("legal", "social_org") for sector, _, _ in obs)


def test_the_property_trade_is_sector_other():
    text = "截至2020年底，全市物业服务行业共有党组织1583个，其中党委21个；物业行业党员1.86万名。"
    obs = observed(text, title="武汉市红色物业")
    assert ("other", "party_organizations", 1583) in obs
    assert ("other", "party_members", 18600) in obs


def test_the_housing_and_urban_rural_bureau_names_no_township():
    text = (
        "记者从市住房城乡建设委获悉，截至2020年底，全市物业服务企业3200余家，"
        "物业服务企业党组织覆盖率达到68.5%。"
    )
    obs = observed(text, title="北京市物业服务企业党建")
    assert obs[("other", "firms", 3200)][:3] == ("lower_bound", "北京市", 2020)
    assert ("other", "coverage_rate", 68.5) in obs


def test_the_cause_an_award_is_for_is_no_sub_type():
    text = (
        "2020年，州律师协会评选表彰脱贫攻坚优秀党员律师15名；"
        "市律师行业党委评选表彰抗击疫情先进党支部10个。"
    )
    obs = observed(text, title="凉山州律师行业党建")
    assert ("legal", "awarded_party_members", 15) in obs
    assert ("legal", "awarded_party_organizations", 10) in obs
    text = "2020年，市律师协会表彰青岛市优秀党员律师12名。"
    obs = observed(text, title="烟台市律师行业党建")
    assert obs[("legal", "awarded_party_members", 12)][1] == "青岛市"  # a place there is theirs


def test_party_member_patent_agents_are_the_trades_members():
    text = "截至2021年底，全省共有专利代理机构760余家，执业专利代理师5400余名，党员代理师1800余名。"
    obs = observed(text, title="江苏省知识产权服务业党建")
    assert obs[("other", "party_members", 1800)][:3] == ("lower_bound", "江苏省", 2021)


def test_the_same_period_a_year_before_needs_no_verb():
    text = (
        "截至2017年底，本市共有会计师事务所389家，去年同期376家；注册会计师9012人，去年同期8745人。"
        "全行业党员注册会计师2850名，去年同期2698名。\n"
        "行业内已建立党组织的会计师事务所212家，组织覆盖率54.5%，较去年同期的51.3%提高3.2个百分点。"
    )
    obs = observed(text, title="上海注册会计师行业党建工作年度报告", published=date(2018, 5, 16))
    for value, year in [(389, 2017), (376, 2016), (9012, 2017), (8745, 2016)]:
        metric = "firms" if value < 1000 else "practitioners"
        assert obs[("accounting", metric, value)][2] == year
    assert obs[("accounting", "party_members", 2698)][2] == 2016
    assert obs[("accounting", "coverage_rate", 51.3)][2] == 2016
    assert obs[("accounting", "coverage_rate", 54.5)][2] == 2017


def test_the_same_period_before_keeps_its_month():
    text = (
        "截至2006年9月底，全市非公有制企业党组织达到2108个，比去年同期的1736个增加372个；"
        "全市非公有制企业中共有党员1.42万名，而去年同期不足1.2万名。"
    )
    doc = make_doc(text, title="哈尔滨市非公企业党建", published=date(2006, 10, 20))
    dates = {o.value: o.as_of for o in extract(doc).observations}
    assert dates[1736] == date(2005, 9, 30)
    assert dates[12000] == date(2005, 9, 30)
    assert dates[14200] == date(2006, 9, 30)


def test_a_level_of_the_year_before_named_before_its_term():
    text = (
        "截至2015年底，全区党员律师1436名，占执业律师总数的28.0%；上年同期党员律师1205名，占27.0%。"
        "律所党支部由上年同期的142个增至171个，其中单独党支部118个、联合党支部53个。"
    )
    obs = observed(text, title="天河区律师行业党建工作总结", published=date(2016, 1, 20))
    assert obs[("legal", "party_members", 1205)][2] == 2014
    assert obs[("legal", "party_member_share", 27.0)][2] == 2014
    assert obs[("legal", "party_branches", 142)][2] == 2014
    assert obs[("legal", "party_branches", 171)][2] == 2015
    assert ("legal", "joint_branches", 53) in obs


def test_each_level_set_against_another_has_its_own_share():
    text = (
        "截至2009年底，公证行业有党员760名，占公证员总数的57.6%，去年同期为731名，占56.8%。"
        "已建立党组织的社会组织836个，上年为702个，占全省社会组织的34.6%。"
    )
    obs = observed(text, title="山东省公证行业党建", published=date(2010, 2, 1))
    assert obs[("notary", "party_member_share", 57.6)][2] == 2009
    assert obs[("notary", "party_member_share", 56.8)][2] == 2008
    assert obs[("social_org", "coverage_rate", 34.6)][2] == 2009  # the share of the first


def test_a_cause_given_for_a_change_names_no_unit_of_the_figures_after():
    text = (
        "截至2009年底，全省共有公证处158个，去年同期为159个，主要是部分县级公证处合并所致；"
        "公证员1320人，去年同期1286人。"
    )
    obs = observed(text, title="山东省公证行业党建", published=date(2010, 2, 1))
    assert obs[("notary", "practitioners", 1320)][2] == 2009
    assert obs[("notary", "practitioners", 1286)][2] == 2008


def test_the_year_before_on_an_undated_page_counts_from_the_year_it_named():
    text = (
        "【“两新”组织党建】\n2014年，呼和浩特市持续推进非公有制经济组织党建工作。\n"
        "全市非公有制企业二万三千余户（上年同期二万一千余户），已建立非公企业党组织三百二十个。"
    )
    obs = observed(text)
    assert obs[("private_enterprise", "firms", 21000)][1:3] == ("呼和浩特市", 2013)


def test_a_school_left_unnamed_is_one_unit():
    text = (
        "截至2020年底，全区民办学校党组织覆盖率达到92%。"
        "云南某某双语学校作为全区最早建立党组织的民办学校之一，目前党员已有31名。"
    )
    obs = observed(text, title="官渡区民办学校党建")
    assert not any(value == 31 for _, _, value in obs)


def test_tourism_firms_are_a_trade_of_their_own():
    text = "至2016年底，全市旅游企业412家，已建立党组织137个；旅行社中的党员1860名。"
    obs = observed(text, title="黄山市律师和旅游行业党建")
    assert ("other", "firms", 412) in obs
    assert ("other", "party_organizations", 137) in obs
    assert not any(sector == "legal" for sector, _, _ in obs)


def test_a_month_end_on_an_undated_page_is_of_the_year_the_text_named():
    text = (
        "黑龙江省律师行业党建工作\n"
        "【概况】2011年，全省律师行业党组织组建率由2010年底的61.2%提高到6月底的83.5%。\n"
        "【基本情况】年末，全省共有律师事务所586家，执业律师6932人。\n"
    )
    obs = observed(text)
    assert obs[("legal", "coverage_rate", 83.5)][2] == 2011
    doc = make_doc(text)
    dates = {o.value: o.as_of for o in extract(doc).observations}
    assert dates[83.5] == date(2011, 6, 30)
    assert dates[586] == date(2011, 12, 31)  # 年末 after a heading: that year's end


def test_a_year_aimed_at_is_no_year_the_figures_stand_in():
    text = (
        "【律师工作】2022年，遵义市湄潭县有律师事务所5家，执业律师47人。力争2023年党员律师达到25人。\n"
        "\n【公证工作】年末，全县有公证员3人。\n"
    )
    obs = observed(text, title="湄潭年鉴·司法行政")
    assert obs[("notary", "practitioners", 3)][2] == 2022


def test_levels_of_another_date_listed_after_their_terms():
    text = (
        "截至3月底，全省非公有制企业党组织5.82万个，党员52.6万名；"
        "2020年底党组织、党员分别为5.74万个、51.9万名。"
    )
    obs = observed(text, title="浙江省非公企业党建", published=date(2021, 4, 10))
    assert obs[("private_enterprise", "party_organizations", 57400)][2] == 2020
    assert obs[("private_enterprise", "party_members", 519000)][2] == 2020


def test_the_year_befores_levels_are_of_the_figures_of_their_kinds():
    text = (
        "截至今年6月底，全市共有律师事务所586家，执业律师11850名，其中党员律师4520名，"
        "约占全市律师的五分之二；去年底分别为571家、11320名。"
    )
    obs = observed(text, title="西安市律师行业党建", published=date(2021, 7, 10))
    assert obs[("legal", "firms", 571)][2] == 2020
    assert obs[("legal", "practitioners", 11320)][2] == 2020
    assert ("legal", "party_members", 11320) not in obs


def test_a_listed_figure_keeps_its_own_qualifier_after_the_joiner():
    text = "2013年和2022年，全省律师事务所分别为210家和近700家。"
    obs = observed(text, title="贵州省律师行业党建")
    assert obs[("legal", "firms", 210)][:3] == ("exact", "贵州省", 2013)
    assert obs[("legal", "firms", 700)][:3] == ("approximate", "贵州省", 2022)


def test_the_same_period_pairs_the_dates_of_the_paragraph_before():
    text = (
        "截至2020年底和2024年底，全区律师事务所分别为148家和193家。\n\n"
        "同期，全区律师行业党组织分别为96个和132个，其中党委分别为3个和5个、"
        "党总支分别为4个和7个、党支部分别为89个和120个。"
    )
    obs = observed(text, title="渝中区律师行业党建", published=date(2025, 1, 15))
    years = {(m, v): obs[("legal", m, v)][2] for _, m, v in obs}
    assert years[("party_organizations", 96)] == 2020
    assert years[("party_organizations", 132)] == 2024
    assert years[("party_committees", 3)] == 2020
    assert years[("party_committees", 5)] == 2024
    assert years[("general_branches", 7)] == 2024


def test_dates_listed_in_an_aside_date_their_own_figures():
    text = (
        "截至2024年底，浦东新区共有律师事务所436家(2020年、2022年分别为352家、398家)，"
        "其中党员律师3860名(2020年、2022年分别为2945名、3418名)，占比39.1%。"
    )
    obs = observed(text, title="浦东新区律师行业党建", published=date(2025, 2, 1))
    assert obs[("legal", "party_members", 2945)][2] == 2020
    assert ("legal", "practitioners", 2945) not in obs


def test_the_wider_places_whole_a_share_is_taken_of_is_that_places_count():
    text = "截至2020年底，苏州全市在民政部门登记的社会组织6890家，占全省3.6万家的19.1%。"
    obs = observed(text)
    assert obs[("social_org", "firms", 36000)][1:3] == ("江苏省", 2020)
    text = (
        "2012年末，天河区有律师事务所一百八十六家、执业律师4120人，"
        "分别占全市（392家、8650人）的47.4%和47.6%。"
    )
    obs = observed(text)
    assert obs[("legal", "firms", 392)][1:3] == ("广州市", 2012)
    assert obs[("legal", "practitioners", 8650)][1:3] == ("广州市", 2012)


def test_a_wider_whole_is_read_only_when_the_share_agrees_with_it():
    text = "截至2020年底，苏州全市社会组织6890家，占全省3.6万家的30%。"
    assert ("social_org", "firms", 36000) not in observed(text)


def test_the_trades_short_name_zhuhui_is_accounting():
    text = "2024年，杭州市评选“最美注会党员”20名、优秀党务工作者5名。"
    obs = observed(text)
    assert ("accounting", "awarded_party_members", 20) in obs
    assert ("accounting", "awarded_party_workers", 5) in obs


def test_dates_listed_after_er_give_the_levels_then():
    text = "截至2023年底，区内3家公证机构共有公证员131名，而2022年和2020年分别为118名和102名。"
    obs = observed(text, title="浦东新区公证行业党建", published=date(2024, 2, 1))
    assert obs[("notary", "practitioners", 118)][2] == 2022
    assert obs[("notary", "practitioners", 102)][2] == 2020


def test_a_plans_heading_running_into_its_sentences_opens_a_section_of_plans():
    text = (
        "截至2023年底，全区律所党组织覆盖率为96%。\n"
        "四、2024年工作打算。推动律所党组织覆盖率达到100%，会计所覆盖率达到90%以上。"
    )
    obs = observed(text, title="南开区两新组织党建工作总结")
    assert ("legal", "coverage_rate", 96) in obs
    assert ("legal", "coverage_rate", 100) not in obs


def test_organizations_counted_by_the_host_they_rely_on_are_parts_by_host():
    text = (
        "截至2019年底，全区律师行业共有党组织87个。从组建方式看，依托律师事务所自身组建的党组织63个；"
        "依托区律师工作委员会，对党员不足3名的小所联合组建党组织11个；依托商务楼宇组建党组织13个。"
    )
    obs = observed(text, title="鼓楼区律师行业党建")
    assert ("legal", "party_organizations", 87) in obs
    assert not any(value in (63, 11, 13) for _, _, value in obs)


def test_joint_branches_set_up_relying_on_a_host_outside_a_breakdown_are_read():
    text = "截至2020年底，全县依托行业协会组建非公企业联合党支部58个，覆盖企业327家。"
    obs = observed(text, title="富平县非公企业党建")
    assert ("private_enterprise", "joint_branches", 58) in obs


def test_the_parts_of_the_years_new_firms_are_new_ones_too():
    text = "截至2023年底，全区共有律师事务所86家。去年全区新设律师事务所9家，其中5家单独建立党支部，4家纳入片区联合党支部。"
    obs = observed(text, title="鄞州区律师行业党建")
    assert ("legal", "firms", 86) in obs
    assert not any(m.startswith("firms_") for _, m, _ in obs)
    text = "2017年，全市新建律所党支部19个，所有律所均已建立党组织，其中单独建立党支部的律所158家。"
    obs = observed(text, title="合肥市律师行业党建")
    assert ("legal", "firms_with_own_branch", 158) in obs  # (more than the new ones: all firms')
