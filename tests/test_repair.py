"""Repair: clean simplified text with an exact offset map back to the raw text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partystats.hanzi import is_cjk
from partystats.repair import HALF_TO_FULL, SMALL_FORMS, repair, to_simplified

DATA = Path(__file__).resolve().parents[1] / "data"
SEED = DATA / "seed_liaoning_interview.txt"
DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
needs_dev_corpus = pytest.mark.skipif(
    not DEV_CORPUS.is_dir(), reason=f"dev corpus not available at {DEV_CORPUS}"
)

FULL_TO_HALF = {full: half for half, full in HALF_TO_FULL.items()} | {"（": "(", "）": ")"}


def clean(raw: str) -> str:
    return repair(raw).clean_text


def assert_offset_map_exact(raw: str, fixed) -> None:
    """Every clean character comes from the raw character origin points to."""
    origin = fixed.origin
    assert len(origin) == len(fixed.clean_text)
    assert all(a < b for a, b in zip(origin, origin[1:], strict=False))
    assert all(0 <= i < len(raw) for i in origin)
    for ch, i in zip(fixed.clean_text, origin, strict=True):
        source = raw[i]
        widened = FULL_TO_HALF.get(ch) == source  # , -> ， and the like
        # OpenCC converts phrase by phrase: 藉助 -> 借助 though 藉 alone stays 藉
        in_phrase = is_cjk(ch) and is_cjk(source) and to_simplified(source) == source
        listed = ch == "、" and source in "．."  # a list item's 1． -> 1、
        # ﹐ -> ， · 个.全市 -> 个。全市 · 了解到?截至 -> ， (a mark lost as ?)
        mark = ch == chr(SMALL_FORMS.get(ord(source), 0)) or (source, ch) in (
            (".", "。"),
            ("?", "，"),
        )
        assert ch in {source, to_simplified(source)} or widened or in_phrase or listed or mark, (
            ch,
            source,
            i,
        )


# ---------------------------------------------------------------- pinyin annotations


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("近年來(lái)，遼寧省", "近年来，辽宁省"),
        ("認(rèn)真貫徹", "认真贯彻"),
        ("實現(xiàn)全覆蓋", "实现全覆盖"),
        ("中國(zhōng guó)律師", "中国律师"),
        ("律師（lǜ shī）隊伍", "律师队伍"),
        ("黨(dang3)員律師2290名", "党员律师2290名"),  # tones as digits, never read as figures
        ("律(lv4 shi1)師", "律师"),
    ],
)
def test_pinyin_annotations_are_removed(raw, expected):
    fixed = repair(raw)
    assert fixed.clean_text == expected
    assert fixed.stats.pinyin_removed >= 1


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("司法行政机关党组(党委)直接领导", "司法行政机关党组（党委）直接领导"),
        ("新华社北京10月31日电(记者白阳)根据", "新华社北京10月31日电（记者白阳）根据"),
        ("发布《规划(2018)》的通知", "发布《规划(2018)》的通知"),
        ("实现了省（市）级以下全覆盖", "实现了省（市）级以下全覆盖"),
        ("英文缩写为 CICPA(China)。", "英文缩写为 CICPA(China)。"),
        ("型号为(x2)的设备", "型号为(x2)的设备"),  # (no vowel: no syllable)
        ("函数 f(x) 的值", "函数 f(x) 的值"),
    ],
)
def test_real_parentheticals_survive(raw, expected):
    fixed = repair(raw)
    assert fixed.clean_text == expected
    assert fixed.stats.pinyin_removed == 0


def test_gbk_shifted_bopomofo_is_mojibake_not_annotation():
    raw = "天津率先實現(xiàn)?。ㄊ校┘壱韵侣蓭熜袠I(yè)黨組織全覆蓋"
    fixed = repair(raw)
    assert "?。ㄊ校┘壱韵侣蓭熜袠I" in fixed.clean_text  # kept, not cut as an annotation
    assert fixed.stats.pinyin_removed == 2
    assert fixed.stats.mojibake_runs == 1
    ((start, end),) = fixed.stats.mojibake_spans
    assert raw[start:end] == "?。ㄊ校┘壱韵侣蓭熜袠I"


# ---------------------------------------------------------------- punctuation


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("律師事務所1058家,,律師12599人", "律师事务所1058家，律师12599人"),
        ("得到了省委,、省政府", "得到了省委、省政府"),
        ("充分肯定,。近日", "充分肯定。近日"),
        ("党员律师4079人,;建立党组织", "党员律师4079人；建立党组织"),
        ("是如何取得的,?", "是如何取得的？"),
        ("工作目标，，这样", "工作目标，这样"),
    ],
)
def test_doubled_punctuation_keeps_the_real_mark(raw, expected):
    fixed = repair(raw)
    assert fixed.clean_text == expected
    assert fixed.stats.punct_fixed >= 1


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("记者:近年来", "记者：近年来"),
        ("截至2019年底,徐州全市", "截至2019年底，徐州全市"),
        ("党员律师4079人;建立", "党员律师4079人；建立"),
        ("怎么搞?怎么搞出新意?", "怎么搞？怎么搞出新意？"),
        ("大家下午好!非常荣幸", "大家下午好！非常荣幸"),
        ("真的吗?!", "真的吗？！"),
    ],
)
def test_half_width_punctuation_beside_chinese_becomes_full_width(raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "阅读次数2,032次以上",
        "律师12,599人",
        "全国基层法律服务机构1.3万多家",
        "时间02:43:11整",
        "见http://example.org/view.asp?keyno=2822页面",
        "英文网站 Law-lib.com, 2021年上线。",
    ],
)
def test_numbers_and_urls_keep_their_punctuation(raw):
    for mark in re.findall(r"[\d.,:?/]+", raw):
        assert mark in clean(raw)


def test_traditional_becomes_simplified_one_for_one():
    raw = "全國律師行業黨委成立，省級律協實現黨組織全覆蓋"
    fixed = repair(raw)
    assert fixed.clean_text == "全国律师行业党委成立，省级律协实现党组织全覆盖"
    assert fixed.origin == tuple(range(len(raw)))


# ---------------------------------------------------------------- page furniture and spam

ARTICLE = "截至2020年底，全省共有律师事务所1058家，律师12599人，其中党员律师4079人。"


@pytest.mark.parametrize(
    "furniture",
    [
        "[版权声明] 沪ICP备17030485号-1",
        "沪公网安备 31010402007129号",
        "技术电话:400-052-9602(9:00-11:30,13:30-17:30)",
        "上海市律师协会版权所有 ©2017-2024",
        "Copyright © 2020 example.org All Rights Reserved",
        "当前位置: 首页 >> 行业资讯 >> 业内动态",
        "您当前的位置 :浙江在线 > 浙江新闻 > 之江先锋 > 他山之石 正文",
        "相关文章",
        "精品推荐 recommended products",
        "首页 | 新闻中心 | 党建动态 | 律师风采 | 联系我们",
        "申请实习证 两公律师转社会律师申请 注销人员证明申请入口 网上投稿 ENGLISH",
        "日期:2008-08-28     作者:刘晓星    阅读:2,032次",
        "时间:2022-11-19 02:43:11来源:法律常识",
        "2023-06-15 05:15:28 时事热点",
        "责任编辑:张三",
        "{{comment.username || '匿名'}}",
        "999精品在线视频,手机成人午夜在线视频,久久不卡国产精品无码,中日无码在线观看",
        "最新版彩票app下载，真人视讯娱乐城，注册送彩金",
        "4d251727d02c4002887ae91023370fbe 22430921 /a/20200415/x.shtml",
    ],
)
def test_furniture_and_spam_lines_are_dropped(furniture):
    fixed = repair(f"律师行业党建综述\n{furniture}\n{ARTICLE}\n")
    assert fixed.clean_text == f"律师行业党建综述\n{to_simplified(ARTICLE)}\n"
    assert fixed.stats.lines_dropped == 1


@pytest.mark.parametrize(
    "line",
    [
        ARTICLE,
        "河南197个律师党组织和1936名律师党员",  # a headline with figures
        "全省律师事务所党组织覆盖率达100%",
        "本所版权所有的案例汇编中，收录律师事务所120家、党员律师300人的做法，供各地参考。",
        "（记者 实习生 杨婧）",
        "喜报",
    ],
)
def test_sentences_and_headlines_with_figures_are_kept(line):
    fixed = repair(f"{line}\n")
    assert fixed.stats.lines_dropped == 0
    for figure in re.findall(r"\d+", line):
        assert figure in fixed.clean_text


@pytest.mark.parametrize(
    "header",
    [
        "猜你喜欢",
        "【最新动态】",
        "精彩推荐",
        "本周热点",
        "新闻排行",
        "▼延伸阅读",
        "▼ 往期精彩",
        "往期推荐",
    ],
)
def test_related_links_block_goes_with_its_header(header):
    raw = f"{ARTICLE}\n{header}\n· 江苏：党员律师占比提高到38.6%\n中组部牛鼻子园区\n"
    fixed = repair(raw)
    assert fixed.clean_text == f"{ARTICLE}\n"
    assert fixed.stats.lines_dropped == 3


def test_inline_spam_is_cut_and_the_sentence_kept():
    spam = "🏆1399彩票net最新版🏆365ty.c0m🏆  www.凯时-共赢共欢乐-凯时88kb88"
    raw = f"{spam}北京6月14日电 律师65万多人。"
    assert clean(raw) == "北京6月14日电 律师65万多人。"


def test_markup_left_in_a_copied_page_goes_and_its_sentence_stays():
    raw = '<p>全省律师事务所1058家，<span style="color:red">律师12599人</span>。</p><br/>\n'
    fixed = repair(raw + '<script>var a = 1;</script>\n<div class="nav">\n')
    assert fixed.clean_text == "全省律师事务所1058家，律师12599人。\n"
    start = fixed.clean_text.index("12599")
    assert raw[fixed.origin[start] : fixed.origin[start + 4] + 1] == "12599"


def test_a_tables_markup_leaves_its_cells_and_rows_apart():
    raw = (
        "<table>\n<tr><th>城区</th><th>律所数</th></tr>\n"
        "<tr><td>上城区</td><td>138</td></tr><tr><td>西湖区</td><td>121</td></tr>\n</table>\n"
    )
    fixed = repair(raw)
    assert fixed.clean_text == "城区\t律所数\n上城区\t138\n西湖区\t121\n"
    start = fixed.clean_text.index("138")
    assert raw[fixed.origin[start] : fixed.origin[start + 2] + 1] == "138"


def test_a_bold_number_set_between_words_reads_with_its_unit():
    raw = "全国共有执业律师 **65.16万** 多人，律所 **3.86万** 多家。\n"
    fixed = repair(raw)
    assert fixed.clean_text == "全国共有执业律师65.16万多人，律所3.86万多家。\n"
    start = fixed.clean_text.index("65.16万")
    assert raw[fixed.origin[start] : fixed.origin[start + 5] + 1] == "65.16万"


def test_characters_lost_before_the_copy_leave_no_trace():
    assert (
        clean("本报讯。锟斤拷锟斤拷 全市律师行业党组织148个。")
        == "本报讯。 全市律师行业党组织148个。"
    )


def test_blank_lines_and_indentation_go():
    assert clean("\n\n　　第一段。\r\n\r\n  第二段。  \n") == "第一段。\n第二段。\n"


# ---------------------------------------------------------------- mojibake


def test_mojibake_is_recorded_and_kept():
    raw = "请他就全省律师行业党建工作談?wù)劺斫夂驼J(rèn)識(shí),。"
    fixed = repair(raw)
    assert fixed.stats.mojibake_runs == 1
    ((start, end),) = fixed.stats.mojibake_spans
    assert raw[start:end] == "?wù)劺斫夂驼J"
    assert "劺斫夂驼J" in fixed.clean_text


def test_mojibake_never_swallows_a_figure():
    raw = "全省共有律师事务所鍚堣1058家�鎴戜滑律师12599人"
    fixed = repair(raw)
    assert fixed.stats.mojibake_runs >= 1
    for start, end in fixed.stats.mojibake_spans:
        assert not re.search(r"\d", raw[start:end])
    assert "1058家" in fixed.clean_text and "12599人" in fixed.clean_text


def test_rare_name_characters_are_not_mojibake():
    assert repair("（记者 邢翀）记者14日从司法部获悉，律师65万多人。").stats.mojibake_runs == 0


# ---------------------------------------------------------------- the seed


def test_seed_is_repaired():
    raw = SEED.read_text(encoding="utf-8")
    fixed = repair(raw)
    assert "全省共有律师事务所1058家，律师12599人" in fixed.clean_text
    assert "其中单独党支部273个、联合党支部99个" in fixed.clean_text
    assert "司法行政机关党组（党委）直接领导" in fixed.clean_text
    assert "(" not in fixed.clean_text and ",," not in fixed.clean_text
    assert fixed.stats.pinyin_removed > 200
    assert fixed.stats.mojibake_runs == 2
    assert_offset_map_exact(raw, fixed)


def test_seed_figures_map_back_to_the_raw_text_as_written():
    raw = SEED.read_text(encoding="utf-8")
    fixed = repair(raw)
    figures = list(re.finditer(r"\d+(?:\.\d+)?%?", fixed.clean_text))
    assert len(figures) > 30
    for m in figures:
        start, end = fixed.origin[m.start()], fixed.origin[m.end() - 1] + 1
        assert raw[start:end] == m.group()


# ---------------------------------------------------------------- property: the offset map

TRADITIONAL = "國律師會議黨組織覆蓋務實現認識關於時間來這樣聯合單獨"
SIMPLIFIED = "全省共有律所家人其中党员支部个覆盖率达以上截至年底市区县"

chinese_run = st.text(alphabet=TRADITIONAL + SIMPLIFIED, min_size=1, max_size=8)
figure = st.integers(min_value=0, max_value=99999).map(str) | st.sampled_from(
    ["12,599", "1.3万", "70%", "2022-11-19", "02:43"]
)
annotation = st.sampled_from(["(lái)", "(rèn)", "(zhōng guó)", "（shí）", "?wù)"])
punctuation = st.sampled_from([",", ",,", ",、", ",。", ",;", ",?", "，", "。", ":", "!", "、"])
parenthetical = st.sampled_from(["(党委)", "(2018)", "（市）", "(记者白阳)", "(x)"])
damage = st.sampled_from(["劺斫夂", "?。ㄊ校┘", "\ufffd", "\ue000", "J", " ", "　"])
spam_line = st.sampled_from(
    [
        "\n沪ICP备17030485号-1\n",
        "\n版权所有 ©2017-2024\n",
        "\n首页 | 新闻 | 党建 | 关于我们\n",
        "\n无码在线视频 彩票\n",
        "\n相关文章\n",
        "\n日期:2008-08-28 作者:某 阅读:2,032次\n",
        "\r\n",
        "\n\n",
    ]
)
corrupted_text = st.lists(
    chinese_run | figure | annotation | punctuation | parenthetical | damage | spam_line,
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(corrupted_text)
def test_every_clean_character_maps_to_the_raw_character_that_produced_it(raw):
    fixed = repair(raw)
    assert_offset_map_exact(raw, fixed)
    for start, end in fixed.stats.mojibake_spans:
        assert 0 <= start < end <= len(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_repair_accepts_any_text(raw):
    assert_offset_map_exact(raw, repair(raw))


# ---------------------------------------------------------------- the dev corpus (third party)


@needs_dev_corpus
def test_dev_corpus_repairs_keep_every_gold_figure():
    repaired = {}
    for path in sorted(DEV_CORPUS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        repaired[path.stem] = fixed = repair(raw)
        assert_offset_map_exact(raw, fixed)
    for line in (DEV_CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        if gold.get("surface"):
            assert to_simplified(gold["surface"]) in repaired[gold["source_id"]].clean_text, gold


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("到 2023 年底，覆盖率达 95.8 %。", "到2023年底，覆盖率达95.8%。"),  # typeset spacing
        ("▶ 全市律师事务所 426 家\n● 党员律师2,187名", "全市律师事务所426家\n党员律师2,187名"),
        ("执业律师 2,456\n人，律所 143\n家。", "执业律师2,456人，律所143家。"),  # unit wrapped
        # a space inside a figure closes up (the figure's raw span keeps it)
        ("执业律师2 386名、12,599名", "执业律师2386名、12,599名"),
    ],
)
def test_typesetting_around_figures_is_undone(raw, expected):
    assert repair(raw).clean_text == expected


WRAPPED = (
    "2022年，市司法局在市委、市政府的坚强领导下，坚持以习近平法治思想\n"
    "为指导，围绕建设目标，统筹推进各项工作，全市现有律师事务所143家，执\n"
    "业律师2456人，其中党员律师871人，占比35.5%。全市律师行业共有党组织\n"
    "118个，律所党组织覆盖率达95.8%。\n"
    "一、2023年工作思路\n"
)


def test_a_hard_wrapped_text_is_joined_back_into_its_sentences():
    clean = repair(WRAPPED).clean_text
    assert "执业律师2456人" in clean and "党组织118个" in clean
    assert clean.endswith("95.8%。\n一、2023年工作思路\n")  # a heading keeps its line


def test_a_sentence_broken_off_once_mid_word_is_joined():
    raw = "西藏律师行业党建\n截至2016年底，全区共有律师事务\n所46家、执业律师402名。\n"
    assert (
        repair(raw).clean_text
        == "西藏律师行业党建\n截至2016年底，全区共有律师事务所46家、执业律师402名。\n"
    )
    raw = "绵阳社会组织党建\n截至2022年底，已建立党组织1024个，覆盖率达到\n73.5%，比上年提高。\n"
    assert "覆盖率达到73.5%" in repair(raw).clean_text
    # a headline, and a heading with a comma, keep their lines
    raw = "加强党建引领，推动律师行业高质量发展\n全省律师事务所1058家。\n"
    assert repair(raw).clean_text == raw
    raw = "标题\n（一）强化组织覆盖，提升工作质量\n全省律师事务所1058家。\n"
    assert repair(raw).clean_text == raw


def test_a_phone_posts_short_lines_broken_mid_sentence_are_joined():
    raw = (
        "点击上方蓝字\n关注我们\n\n"
        "截至2020年底，\n全市共有律师事务所\n118家，执业律师\n1526名，其中党员律师\n587名。\n\n"
        "下一步，\n力争打造示范点20个💪。\n"
    )
    clean = repair(raw).clean_text
    assert "截至2020年底，全市共有律师事务所118家，执业律师1526名，其中党员律师587名。" in clean
    assert "点击上方蓝字\n关注我们" in clean  # two lines are no wrapped paragraph
    raw = "律所党支部由2010年的 \n11个增加到39个，\n其中单独党支部25个、 \n联合党支部14个。\n"
    assert repair(raw).clean_text.startswith(
        "律所党支部由2010年的11个增加到39个，其中单独党支部25个、联合"
    )
    # a list of headlines or a menu, no line of it ending in a comma, keeps its lines
    raw = "主要成绩\n全市律所党组织覆盖率达100%\n我市新增律所29家\n律师行业党委召开会议\n"
    assert repair(raw).clean_text == raw


def test_a_documents_printed_line_numbers_go_and_its_lines_join():
    raw = (
        " 9  全市律师行业党建工作进行了考核。现将考核情况通报如下。\n10      一、总体情况\n"
        "11      截至2019年底，全市共有律师事务所162家，执业律师1986人，其\n12  中党员律师703\n"
        "13  人，占执业律师总数的35.4%；全市律师行业共有党组织134个，其中\n"
        "14  联合党支部13个；单独建立党支部的律师事务所121家。\n"
    )
    clean = repair(raw).clean_text
    assert "其中党员律师703人，占执业律师总数的35.4%" in clean
    assert "其中联合党支部13个" in clean
    # a list with a figure a line, counting up, is no numbering (too few, or not one by one)
    raw = "律所数量\n2019  186家\n2020  197家\n2021  212家\n"
    assert repair(raw).clean_text == raw


def test_list_items_that_end_in_their_figure_keep_their_lines():
    items = (
        "截至2024年6月底，全市律师事务所426家，执业律师6012名\n"
        "截至2024年6月底，全市党员律师2187名，占执业律师的36.4%\n"
        "截至2024年6月底，全市律师行业党组织318个，覆盖率100%\n"
        "截至2024年6月底，全市举办律所党组织书记培训班4期\n"
        "党员律师服务队深入社区开展公益法律服务\n"
    )
    assert repair(items).clean_text == items


def test_long_lines_of_a_table_or_a_single_title_are_not_joined():
    table = "".join(
        f"{name} | 2021年 {a} | 2022年 {b} | 2023年 {a + b} | 说明文字\n"
        for name, a, b in (
            ("律师事务所（家）", 1802, 1935),
            ("执业律师（人）", 5390, 8713),
            ("党员律师（人）", 2510, 5288),
            ("党组织（个）", 810, 935),
        )
    )
    assert repair(table).clean_text.count("\n") == 4
    title = "某某市司法局关于律师行业党建工作情况的通报全文发布\n全市律师事务所143家。"
    assert "\n" in repair(title).clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("1．举办党务骨干培训班2期。", "1、举办党务骨干培训班2期。"),
        ("2. 确定示范点8个。", "2、 确定示范点8个。"),
        ("2．6个市作交流发言", "2、6个市作交流发言"),  # item 2, not 2.6
        ("2.6万名律师参加", "2.6万名律师参加"),  # a decimal stays
        ("律师3.5万人", "律师3.5万人"),
    ],
)
def test_a_list_items_number_is_no_decimal(raw, clean):
    assert repair(raw).clean_text == clean


def test_casino_names_glued_into_a_sentence_are_deleted():
    fixed = repair("全市共有律所251家,澳門葡京娛樂場執業律師4318名,其中聯合真人百家樂黨支部37個。")
    assert fixed.clean_text == "全市共有律所251家，执业律师4318名，其中联合党支部37个。"
    assert_offset_map_exact(
        "全市共有律所251家,澳門葡京娛樂場執業律師4318名,其中聯合真人百家樂黨支部37個。", fixed
    )


def test_a_line_ending_in_a_bounded_figure_keeps_its_line():
    raw = "湖南省律师行业情况\n衡阳市：律所67家，党员律师350余名\n岳阳市：律所52家，党员律师1.2万余人\n"
    assert repair(raw).clean_text == raw


def test_a_line_ending_in_a_sentence_and_a_straight_quote_is_no_wrapped_line():
    raw = (
        "市司法局召开律师行业学习教育部署会\n"
        '局长在讲话中指出："我市现有律师事务所二百一十七家，执业律师三千一百余人，党员律师九百余人。'
        '2012年时，全市律所党组织覆盖率还不足60%，现在已经达到95%以上。"\n'
        "据介绍，全市律师行业已建立党支部一百二十六个，其中单独组建的八十九个、联合组建的三十七个。\n"
        "道里区、南岗区律师事务所数量分别为52家和61家，是我市律所最集中的两个区。\n"
    )
    assert repair(raw).clean_text.count("\n") == 4  # a title and three paragraphs, none joined


def test_a_figure_broken_by_a_line_is_joined_and_a_sentences_end_is_not():
    clean = repair("城关区有律师事务所61家、执业律师1\n026名。\n").clean_text
    assert "执业律师1026名" in clean
    # a line that ends in a sentence, then a figure: no figure broken
    assert "。\n12家" in repair("全市律师1026名。\n12家律所未建立党组织。\n").clean_text


def test_an_indented_hard_wrapped_report_is_joined_into_its_sentences():
    text = (
        "南海区律师行业党建工作情况汇报\n\n"
        "    目前，全区共有律师事务所86家，执业律师1320名，其中党员律师417名，占\n"
        "31.6%。全区律师行业共有党支部58个，其中49家律师事务所单独组建党支部，\n"
        "其余37家律师事务所通过9个联合党支部实现组织覆盖，党组织覆盖率保持100%。\n"
        "    （三）发挥龙头律所示范作用。广东南方卓信律师事务所党委下设4个党支部，现\n"
        "有党员62名，带动周边8家小所开展联学共建。\n"
    )
    clean = repair(text).clean_text
    assert "占31.6%" in clean
    assert "下设4个党支部，现有党员62名" in clean


def test_a_stray_space_inside_a_chinese_word_goes_a_datelines_stays():
    assert clean("    执业律 师：9436人\n执 业律师由1580人增加到3012人。\n") == (
        "执业律师：9436人\n执业律师由1580人增加到3012人。\n"
    )
    assert clean("新华社北京6月14日电 律师65万多人。") == "新华社北京6月14日电 律师65万多人。"


def test_html_entities_left_in_text_become_their_characters() -> None:
    raw = "累计新发展&ldquo;两新&rdquo;组织党员1.3万名，&nbsp;律师&gt;12名，&ldquo；十三五&rdquo；&amp;&foo;"
    fixed = repair(raw)
    assert fixed.clean_text == "累计新发展“两新”组织党员1.3万名， 律师>12名，“十三五”&&foo;"
    # each character points back into the raw text; an entity's to its last character
    quote = fixed.clean_text.index("“")
    assert raw[fixed.origin[quote]] == ";"
    figure = fixed.clean_text.index("1.3万")
    assert raw[fixed.origin[figure] : fixed.origin[figure + 3] + 1] == "1.3万"


def test_bracketed_ads_spliced_into_a_sentence_are_deleted():
    raw = "全市共有律师事务所【加微信领资料】86家，其中黨(dǎng)員律師【上海律師免費諮詢400-820-3366】九百餘名。"
    fixed = repair(raw)
    assert fixed.clean_text == "全市共有律师事务所86家，其中党员律师九百余名。"
    assert raw[fixed.origin[fixed.clean_text.index("86")]] == "8"  # offsets still point home
    # a heading in brackets is no ad
    assert repair("【法律服务】 2021年末，三台县有律师事务所11家。").clean_text.startswith(
        "【法律服务】"
    )


def test_a_full_width_comma_before_another_mark_is_dropped():
    assert repair("新发展党员律师23名，、培训党员律师310人，。").clean_text == (
        "新发展党员律师23名、培训党员律师310人。"
    )


def test_pinyin_glued_without_brackets_and_entity_spaces_before_marks():
    raw = "四川省共有律师事务所lǜ shī shì wù suǒ１６８５家，济南市&nbsp;、青岛市分别…"
    fixed = repair(raw)
    assert fixed.clean_text.startswith("四川省共有律师事务所１６８５家，济南市、青岛市")
    assert raw[fixed.origin[fixed.clean_text.index("１")]] == "１"
    # latin without a tone mark is no pinyin
    assert repair("党建app上线").clean_text == "党建app上线"


PDF_PAGES = (
    "四川省律师协会2012年度工作报告\n\n"
    "一、2012年律师行业发展概况\n"
    "截至2012年底，全省共有律师事务所1386家，执业律师\n"
    "15,063人，其中专职律师13,472人、兼职律师358人。全省律\n"
    "师全年办理各类诉讼案件9.7万件，业务收入达28.5亿元。\n"
    "（二）行业党建基础不断夯实。全省律师行业有党员\n"
    "4120名，党员占比27.4%；律所党组织1102个，单独建立党支部的\n\n"
    "- 3 -\n"
    "四川省律师协会2012年度工作报告\n"
    "第 3 页 共 5 页\n\n"
    "律所736家，参加联合党支部的律所590余家。\n\n"
    "三、2013年工作安排\n"
)


def test_a_pdfs_pages_are_joined_past_their_numbers_and_running_headers():
    clean = repair(PDF_PAGES).clean_text
    assert clean.count("四川省律师协会2012年度工作报告") == 1  # the running header goes
    assert "第 3 页" not in clean and "- 3 -" not in clean
    assert "单独建立党支部的律所736家" in clean  # one sentence across the page break
    assert "有党员4120名" in clean  # a heading's sentence goes on with its figure
    assert "执业律师15,063人" in clean
    assert "\n三、2013年工作安排" in clean  # a heading stays a line of its own


def test_a_blank_line_alone_still_ends_a_paragraph():
    raw = "全市律师行业党建工作情况，现报告如下\n\n2019年全市共有律师事务所186家。\n"
    assert "\n2019年" in repair(raw).clean_text


def test_a_line_under_a_pages_number_is_its_running_header():
    raw = (
        "广州市天河区民政局\n2021年社会组织管理工作总结\n\n"
        "全区已建立党组织的社会组织689个，党组织覆盖率为65.2%；全区社会组织党组织\n\n"
        "— 3 —\n\n天河区民政局2021年社会组织管理工作总结\n\n"
        "312个，其中党总支21个、单独党支部205个。\n"
        "全区社会团体318个、基金会7个\n。全年新登记社会组织87个。\n"
    )
    clean = repair(raw).clean_text
    assert "全区社会组织党组织312个" in clean
    assert "天河区民政局2021年社会组织管理工作总结" not in clean
    assert "基金会7个。全年" in clean  # a mark wrapped alone onto the next line


def test_a_line_of_one_percent_is_an_infographics_figure_not_debris():
    fixed = repair("34.6%\n党员律师占比\n2024-03-01 10:22\n")
    assert "34.6%" in fixed.clean_text


def test_a_wrapped_line_that_ends_in_a_year_goes_on():
    raw = (
        "本届理事会任期为2015年至2019年。五年来，全市律师\n"
        "行业规模持续扩大。截至2019年底，全市律师事务所从2014年\n"
        "底的236家发展到318家，执业律师从2014年底的3120人增加到\n"
        "4650人，年均增长8.2%。党建工作全面加强，党员律师1620人，\n"
        "律师行业党组织覆盖率由2014年的68%提高到100%。\n"
    )
    assert "从2014年底的236家" in repair(raw).clean_text


def test_a_wrapped_line_that_breaks_after_a_percent_goes_on():
    raw = (
        "党的十八大以来，全区律师行业党建工作取得明显成效。律师党员从2012年\n"
        "底的1500余名增加到2020年底的5126名，党员律师占执业律师的比例由2012年的21.3%提\n"
        "高到2020年的34.2%，提高12.9个百分点；律师事务所党组织从2012年的310个增加\n"
        "到2020年的826个。\n"
    )
    assert "21.3%提高到2020年的34.2%" in repair(raw).clean_text


def test_a_marked_figure_over_its_label_is_an_infographics_card_not_debris():
    raw = "数据截至2018年12月\n🔴 1268\n全县登记在册的非公有制企业（家）\n————————\n— 3 —\n某某县工作报告\n"
    clean = repair(raw).clean_text
    assert "1268" in clean
    assert "— 3 —" not in clean  # a page's number stays dropped


def test_a_bare_figure_over_a_label_that_opens_with_a_classifier_is_kept():
    raw = "数据截至2019年底\n\n612\n名党员公证员\n\n— 3 —\n人民法院工作报告\n"
    clean = repair(raw).clean_text
    assert "612" in clean and "名党员公证员" in clean
    assert "— 3 —" not in clean  # a page's number and the running header under it go


def test_a_footnote_at_a_pages_foot_inside_a_cut_sentence_is_dropped():
    raw = (
        "截至2019年底，全省有党员律师4079名，占执业律师总\n\n① 含公职律师、公司律师。\n— 1 —\n\n"
        "安徽省律师协会2019年度工作报告\n数的32.4%；律师事务所党组织1012个。\n"
        "② 不含律师事务所分所。\n"
    )
    clean = repair(raw).clean_text
    assert "① 含公职律师" not in clean and "占执业律师总\n数的32.4%" in clean
    assert "② 不含律师事务所分所。" in clean  # after a finished sentence: kept


def test_a_wrapped_line_that_ends_in_a_quoted_word_goes_on():
    raw = (
        "长兴县“两新”组织党建工作情况汇报\n"
        "截至2013年6月底，全县共有非公有制企业5326家，已建立党组织的非公企业1184家，党组织覆盖\n"
        "率为22.2%；登记社会组织486个，已建立党组织的社会组织203个，覆盖率为41.8%。全县“两新”\n"
        "组织党组织共1247个，其中党委十四个、党总支二十六个，党员近9000名。今年上半年，县委两新工\n"
        "委举办“两新”组织党组织书记轮训班两期，从县级机关选派党建指导员128名。\n"
    )
    assert "全县“两新”组织党组织共1247个" in repair(raw).clean_text
    # a short line that ends in a quoted name ends there
    raw = "点击上方蓝字，关注“河南律师”\n截至去年底，河南省共有律师事务所1806家。\n"
    assert "关注“河南律师”\n截至去年底" in repair(raw).clean_text


def test_a_table_row_of_figures_is_no_menu_and_a_cut_relative_clause_joins_its_head():
    raw = (
        "截至2021年底，全省律师行业党建主要指标如下。\n"
        "      党员律师                          人        11062         +1034\n"
        "全市单独建立党支部的律师事务所41家；参加联合党支部的\n律师事务所37家，组成联合党支部17个。\n"
    )
    clean = repair(raw).clean_text
    assert "11062" in clean  # (kept: a row of a table, not a line of links)
    assert "参加联合党支部的律师事务所37家" in clean


def test_a_narrow_yearbook_column_is_joined_into_its_sentences():
    raw = (
        "律师行业党建  2018年，遵义市律师行业党\n"
        "委以“两个覆盖”为抓手，推动有3名以上正式\n"
        "党员的律师事务所单独组建党支部。年末，全\n"
        "市有党员律师612名，占执业律师总数的28%；评\n"
        "选优秀党员律师25名。汇川明德律师事务所党支部\n"
        "现有党员19名，被评为全省先进基层党组织。\n"
    )
    clean = repair(raw).clean_text
    assert "年末，全市有党员律师612名" in clean
    assert "律师事务所党支部现有党员19名" in clean


def test_a_wrapped_sentences_short_line_goes_on_past_a_pages_foot():
    raw = (
        "\u3000\u3000【组织建设】２０１８年底，全省律师行业己建立党组织３５１个，其中\n"
        "律师事务所党委２个、党总支３个、独立党\n\n――――――――\n"
        "\u3000\u3000①含公职律师４１２人、公司律师１３５人。\n\n— ８６ —\n\n"
        "甘肃司法行政年鉴（２０１９）\n\n"
        "支部２７８个、联合党支部６８个，律师事务所党组织覆盖率达１００％；全\n"
        "省１４个市（州）均己成立律师行业党委，配备专兼职党建工作指导员９３名。\n"
        "\u3000\u3000【教育培训】２０１８年，省律师行业党委举办律师事务所党组织书记培\n"
        "训班３期，培训１８０人次。\n"
    )
    clean = repair(raw).clean_text
    assert "独立党支部２７８个" in clean
    assert "全省律师行业已建立党组织" in clean and "均已成立" in clean  # a scan's 己
    assert "①含公职律师" not in clean


def test_a_scans_misreads_are_read_right_only_where_certain():
    assert repair("全县尚末建立党组织的律所3家").clean_text == "全县尚未建立党组织的律所3家"
    assert repair("律所自己建立的党支部").clean_text == "律所自己建立的党支部"
    assert repair("截至年末建立党组织的律所12家").clean_text == "截至年末建立党组织的律所12家"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("共有党组织142个¹，其中党委3个", "共有党组织142个，其中党委3个"),
        ("执业律师５３６８人①，其中", "执业律师５３６８人，其中"),
        ("覆盖率达到98.6%［1］。", "覆盖率达到98.6%。"),
        ("主要做法：①建强组织；②抓好培训", "主要做法：①建强组织；②抓好培训"),  # a list's
        ("（图①）186个：律师行业党组织", "（图①）186个：律师行业党组织"),  # a picture's
    ],
)
def test_a_footnotes_mark_after_a_figure_or_word_goes(raw, expected):
    fixed = repair(raw)
    assert fixed.clean_text == expected
    # (every figure's digit keeps its raw offset)
    assert all(raw[o] == c for o, c in zip(fixed.origin, expected, strict=True) if c.isdigit())


def test_a_wrapped_line_ending_in_a_figure_goes_on_with_a_change_verb_or_a_unit():
    raw = (
        "\u3000\u3000党的十八大以来，市律师行业党委坚持把党的建设贯穿律师工作全过程，推动\n"
        "党建工作与业务工作深度融合，行业党建工作取得明显成效，现将有关情况报告如下。\n"
        "\u3000\u3000十年来，全市律师队伍持续壮大。执业律师从２０１２年的８１２６人\n"
        "增长到２０２２年的１.６万余人，年均增长７．１％；律师事务所由２０１２年的４８５\n"
        "家增加到２０２２年的９８６家。２０２４年举办党员律师政治轮训专题培训班６\n"
        "期，培训２１００余人次；组织开展公益法律服务活动，服务群众３．２万人次。\n"
    )
    clean = repair(raw).clean_text
    assert "８１２６人增长到" in clean
    assert "培训班６期" in clean
    # a figure wrapped before its 余 and unit
    clean = repair("据司法部统计，全国共有公证机构2900\n余家、公证员1.3万余名。\n").clean_text
    assert "公证机构2900余家" in clean


def test_a_posts_keycap_numbers_and_emoji_at_line_ends_keep_its_lines():
    raw = (
        "#党建引领律师行业发展# #数说苏州律师# 📊\n"
        "截至2023年底，苏州市执业律师5,986人，其中党员律师2217人，占比37.04%🔺\n"
        "全市律师行业党组织198个：单独党支部121个、联合党支部77个✅\n"
        "2023年新增党员律师136名，律所党组织开展主题党日活动1200余场。\n"
        "1️⃣全国律师党员从2012年的6.8万人增至2019年底的16.6万余人📈\n"
        "2️⃣截至2019年底，全国执业律师47.3万多人\n"
    )
    clean = repair(raw).clean_text
    assert "联合党支部77个\n2023年" in clean  # (the emoji goes; its line ends)
    assert "\n全国律师党员从2012年" in clean and "\n截至2019年底，全国执业律师" in clean


def test_small_form_marks_become_the_marks_they_stand_for():
    fixed = repair("截至去年底﹐全市共有非公企业1.96万家﹐其中党委46个﹑党总支71个﹔党员1.38万名﹒")
    assert (
        fixed.clean_text
        == "截至去年底，全市共有非公企业1.96万家，其中党委46个、党总支71个；党员1.38万名。"
    )
    assert len(fixed.origin) == len(fixed.clean_text)


def test_a_half_width_full_stop_after_chinese_ends_the_sentence():
    fixed = repair(
        "全市律师行业共建立党组织212个.全市另有公职律师286名.网址www.szsf.gov.cn，共1.5万人"
    )
    assert fixed.clean_text.startswith("全市律师行业共建立党组织212个。全市另有公职律师286名。")
    assert "www.szsf.gov.cn" in fixed.clean_text and "1.5万" in fixed.clean_text


def test_marks_lost_as_question_marks_read_as_clause_breaks():
    raw = (
        "记者从省委组织部了解到?截至2017年底?全省两新组织党组织达9.8万个?党员112.6万名?"
        "其中党委1650个?党总支2380个?党支部6.7万余个"
    )
    fixed = repair(raw)
    assert "?" not in fixed.clean_text and "？" not in fixed.clean_text
    assert fixed.clean_text.count("，") == 6
    # (an interview's few questions stay questions)
    asked = repair("律师行业党建有哪些重要意义?我们认为，党建工作很重要，要抓实抓好。")
    assert "？" in asked.clean_text


def test_figures_set_off_in_brackets_join_their_words_again():
    raw = "全市共有律师事务所【186】家，执业律师【2.3万余】名。【第一】党建引领"
    fixed = repair(raw)
    assert fixed.clean_text == "全市共有律师事务所186家，执业律师2.3万余名。【第一】党建引领"
    start = fixed.clean_text.index("186")
    assert raw[fixed.origin[start] : fixed.origin[start + 2] + 1] == "186"


def test_markdown_bold_around_figures_is_dropped_with_offsets_kept():
    raw = "截至2021年5月，全区共有律师事务所**38**家。\n\n执业律师**512**人，占比**31.8**%。"
    fixed = repair(raw)
    assert "律师事务所38家" in fixed.clean_text and "占比31.8%" in fixed.clean_text
    at = fixed.clean_text.index("512")
    assert raw[fixed.origin[at] : fixed.origin[at + 2] + 1] == "512"


def test_english_glosses_after_chinese_words_are_removed_and_offsets_kept():
    raw = "深圳市共有律师事务所(law firms)1198家，评选出“优秀党员律师”(Outstanding Party Member Lawyers)40名。"
    fixed = repair(raw)
    assert fixed.clean_text == "深圳市共有律师事务所1198家，评选出“优秀党员律师”40名。"
    assert raw[fixed.origin[fixed.clean_text.index("1198")]] == "1"
    # a year, a ranking with its digits, a place in brackets and one letter stay
    for kept in ("党员律师（2018）", "律所(Top 50)", "区（市）", "一是(a)"):
        assert repair(kept).clean_text == kept


@pytest.mark.parametrize("mark", ["—2—", "· 2 ·"])
def test_a_sentence_cut_by_a_pages_number_goes_on_under_it_and_is_kept(mark):
    raw = (
        "同志们：\n今天我们召开全区“两新”组织党建工作推进会，主要任务是总结去年工作，部署今年\n"
        "任务。刚才，区律师行业党委、坂田街道等4个单位作了交流发言，讲得都很好。\n"
        "截至去年底，全区共有非公有制企业12.6万家，已建立党组织的非公企业\n"
        f"                                                      {mark}\n"
        "3860家，非公企业党组织4120个，非公企业党员3.2万余名；全区律师事务所\n"
        "达到87家，执业律师2150余名，党员律师640名，律所党组织覆盖率达到\n100%。\n"
        f"{mark}\n天津市某区民政局工作总结\n去年，区委两新工委表彰先进党组织20个。\n"
    )
    clean = repair(raw).clean_text
    assert "已建立党组织的非公企业3860家，非公企业党组织4120个" in clean
    assert mark not in clean
    assert "天津市某区民政局工作总结" not in clean  # (a running header has no clauses)


def test_a_year_wrapped_after_its_century_is_one_year():
    raw = (
        "十年来，全省律师行业党建工作从“有形覆盖”向“有效覆盖”转变，行业党组织\n"
        "的政治功能和组织力不断增强，律师事务所增加到1012家。截至20\n"
        "22年6月底，全省执业律师1.86万人，党员律师占比48.2%；律师行业党组织由\n"
        "2012年的不足300个增加到870个。\n"
    )
    assert "截至2022年6月底" in repair(raw).clean_text


def test_an_aside_on_the_figure_a_wrapped_line_ended_with_goes_on():
    raw = (
        "截至2024年12月31日，全市有律师事务所127家，执业律师2046人，党员律师793人。\n"
        "全市律师行业党组织104个，其中单独建立党支部的律师事务所85家，联合党支部19个\n"
        "（覆盖律师事务所42家），党组织覆盖率100%。\n"
    )
    assert "联合党支部19个（覆盖律师事务所42家）" in repair(raw).clean_text


def test_a_footnotes_mark_after_a_figure_in_a_going_sentence_is_dropped():
    raw = "全市律师党员从2012年的5100余名①增加到2022年的1.2万名，占比35.3%②的水平。"
    assert "5100余名增加到" in repair(raw).clean_text
    assert "35.3%的" in repair(raw).clean_text
    assert "①全面加强党建" in repair("主要做法：①全面加强党建；②推进覆盖。").clean_text


def test_single_spaces_inside_a_damaged_figure_are_closed_up():
    raw = (
        "全市共有律师事务所3 26家、执业律师5 8 1 2名，占执业律师总数的3 5 . 0 %；"
        "全国党员律师1 4.6 万余名；党支部1 ,921个；\n1 1 2 7 5名律师。\n4. 16个设区市均已成立。"
    )
    text = repair(raw).clean_text
    for figure in ("326家", "5812名", "35.0%", "14.6万余名", "1,921个", "11275名"):
        assert figure in text
    assert "4.16" not in text  # (a list's item number, then its figure)


def test_an_english_word_with_its_chinese_in_brackets_keeps_the_chinese():
    raw = "截至2021年底，全市共有 law firms（律师事务所）1 120家，见 Table 1 (表一)。"
    text = repair(raw).clean_text
    assert "共有律师事务所1120家" in text
    assert "Table 1" in text


def test_a_pdf_line_break_inside_a_group_of_thousands_or_after_a_words_first_part():
    raw = (
        "截至2019年底，全省共有律师事务所2,086家，执业律师30,9\n82人，其中党员律师10,2\n36人。"
        "全国共有公证机构2,9\n00余家。\n"
        "【律师行业党建】全省17个设区市均成立了律师行业党\n·287·\n山东年鉴 2011\n委。党员律师5,073名。\n"
    )
    text = repair(raw).clean_text
    for joined in ("30,982人", "10,236人", "2,900余家", "律师行业党委。"):
        assert joined in text
    # (a table's rows, each ending in its figure, stay rows)
    table = "地区 律所\n南京市 512\n2023年底 合计\n"
    assert repair(table).clean_text.count("\n") == 3


def test_a_line_broken_before_an_aside_the_sentence_goes_on_with_is_joined():
    raw = (
        "二、关于2022年数据的修订\n"
        "2022年度报告中公布的“非公企业党组织覆盖率61.5%”，因企业基数统计口径调整\n"
        "（纳入市场监管部门新登记的小微企业），经复核修订为58.9%。\n"
        "（一）基本情况\n"
    )
    clean = repair(raw).clean_text
    assert "口径调整（纳入" in clean
    assert "\n（一）基本情况" in clean


def test_line_numbers_set_off_by_one_space_before_prose_are_dropped():
    lines = [
        "沈阳市律师行业党建工作情况通报",
        "",
        "2019年，市律师行业党委推动党的组织在全市律师行业有效覆盖。",
        "截至2019年底，全市共有律师事务所412家，执业律师5630人。",
        "全市律师行业共建立党组织296个，其中党委3个、党总支8个、党支部285个。",
        "对暂无党员的14家律所，选派党建工作指导员35名。",
    ]
    raw = "\n".join(f"{n} {line}" for n, line in enumerate(lines, 1))
    clean = repair(raw).clean_text
    assert "\n全市律师行业共建立党组织296个" in clean
    assert "5全市" not in clean and "5 全市" not in clean
    # a table's serial numbers, its cells set apart by two spaces, stay
    table = "\n".join(f"{n} 区县{n}  {100 + n}  {900 + n}" for n in range(1, 7))
    assert all(
        row.startswith(str(n)) for n, row in enumerate(repair(table).clean_text.split("\n"), 1)
    )


def test_chinese_numerals_shares_and_bounds_set_off_in_brackets_join_their_words():
    raw = "全市共有律师事务所【二十六】家\n党员律师【近500】名，约占【三成】，占比【37.4%】\n【一】组织建设"
    fixed = repair(raw)
    assert "律师事务所二十六家" in fixed.clean_text
    assert "党员律师近500名，约占三成，占比37.4%" in fixed.clean_text
    assert "【一】组织建设" in fixed.clean_text  # (a section's number stays)
    at = fixed.clean_text.index("二十六")
    assert raw[fixed.origin[at] : fixed.origin[at + 2] + 1] == "二十六"


def test_a_posts_emoji_opening_a_line_is_no_word_of_it():
    raw = "⚖️执业律师【3.1万余】名\n📌党员律师【1.1万】名"
    fixed = repair(raw)
    assert fixed.clean_text.splitlines() == ["执业律师3.1万余名", "党员律师1.1万名"]
