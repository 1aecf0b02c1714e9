"""Tables written as text: found with their cells, kept through repair, read by column."""

from __future__ import annotations

from datetime import date

from test_extract import make_doc, observed

from partystats.extract import extract
from partystats.repair import repair
from partystats.text_tables import cells, figure_led_lines, find_cards, find_tables, is_table_row

PLAIN = (
    "截至2023年底，主要市州情况如下：\n"
    "市州  律所数  律师数  党员律师数\n"
    "兰州市  276  4102  1480\n"
    "天水市  52  598  201\n"
    "五、2024年工作安排\n"
)
PIPES = (
    "| 县（市、区） | 律师事务所（家） | 党组织（个） |\n"
    "| --- | --- | --- |\n"
    "| 南湖区 | 52 | 38 |\n"
    "| 全市合计 | 186 | 132 |\n"
)


def test_cells_keep_their_offsets_in_the_line():
    line = "| 南湖区 | 52 | 38 |"
    assert [(c.text, line[c.start : c.end]) for c in cells(line)] == [
        ("南湖区", "南湖区"),
        ("52", "52"),
        ("38", "38"),
    ]


def test_a_row_is_a_name_then_figures_and_prose_is_no_row():
    assert is_table_row("兰州市  276  4102  1480")
    assert is_table_row("哈尔滨市\t498\t7352\t34.2%")
    assert is_table_row("兰州市\u3000276\u30004102")  # one full-width space between cells
    assert not is_table_row("全省共有律师事务所598家，执业律师7386人。")
    assert not is_table_row("276  4102  1480")  # no name: a row of what?
    assert not is_table_row("兰州市  276")  # one figure is a sentence's business


def test_tables_are_found_under_their_header_and_end_with_the_rows():
    (plain,) = find_tables(PLAIN)
    assert [c.text for c in plain.header] == ["市州", "律所数", "律师数", "党员律师数"]
    assert [[c.text for c in row] for row in plain.rows] == [
        ["兰州市", "276", "4102", "1480"],
        ["天水市", "52", "598", "201"],
    ]
    (piped,) = find_tables(PIPES)  # the markdown rule under the header is no row
    assert [row[0].text for row in piped.rows] == ["南湖区", "全市合计"]
    assert find_tables("律所数  律师数  党员律师数\n全省共有律所598家。\n") == []


def test_repair_keeps_a_tables_lines_and_the_spaces_between_its_cells():
    fixed = repair(PLAIN + "版权所有  联系我们  网站地图  设为首页\n")
    assert "兰州市  276  4102  1480" in fixed.clean_text  # not a menu line, not 兰州市276
    assert "市州  律所数  律师数  党员律师数" in fixed.clean_text
    assert "版权所有" not in fixed.clean_text and fixed.stats.lines_dropped == 1


def test_a_table_of_places_gives_each_rows_figures_by_column():
    obs = observed(
        "甘肃省2023年律师行业发展统计公报\n" + PLAIN, title="甘肃省2023年律师行业发展统计公报"
    )
    assert obs[("legal", "firms", 276)][:3] == ("exact", "兰州市", 2023)
    assert obs[("legal", "practitioners", 4102)][1:] == ("兰州市", 2023, "4102")
    assert obs[("legal", "party_members", 201)][1] == "天水市"
    obs = observed(
        "嘉兴市律师行业党建工作综述\n截至2020年底：\n" + PIPES, title="嘉兴市律师行业党建工作综述"
    )
    assert obs[("legal", "party_organizations", 38)][:3] == ("exact", "嘉兴市南湖区", 2020)
    assert obs[("legal", "firms", 186)][1] == "嘉兴市"  # the total row is the city's


def test_a_table_by_year_dates_each_column_and_skips_rows_it_cannot_name():
    text = (
        "河南省律师行业发展统计（2020—2022年）\n"
        "项目 | 2020年 | 2021年 | 2022年\n"
        "律师事务所（家） | 1689 | 1802 | 1935\n"
        "其中：专职律师 | 19820 | 22510 | 25288\n"
        "党员律师占比（%） | 31.7 | 31.9 | 32.7\n"
        "法律援助案件（件） | 51230 | 56810 | 60125\n"
    )
    obs = observed(text, title="河南省律师行业发展统计（2020—2022年）", published=date(2023, 3, 1))
    assert obs[("legal", "firms", 1802)][:3] == ("exact", "河南省", 2021)
    assert obs[("legal", "party_member_share", 32.7)][2] == 2022
    assert len(obs) == 6  # a kind of lawyer and the cases are no catalog figures


def test_a_tables_covered_column_its_own_sector_and_a_qizhong_row():
    text = (
        "截至2022年底，全市非公企业党组织组建情况如下表：\n"
        "县市区      非公企业数（家）    建立党组织企业数（家）    组织覆盖率（%）\n"
        "全市        3260                2415                      74.1\n"
        "雁峰区      412                 318                       77.2\n"
    )
    obs = observed(text, title="衡阳市非公有制企业和社会组织党建工作统计")  # two sectors
    assert obs[("private_enterprise", "firms_covered", 318)][1:3] == ("衡阳市雁峰区", 2022)
    assert obs[("private_enterprise", "coverage_rate", 74.1)][1] == "衡阳市"
    text = "项目\t2022年\t2023年\n律所党组织（个）\t78\t86\n其中：联合党支部（个）\t19\t21\n"
    obs = observed(text, title="包头市律师行业党建工作统计")
    assert obs[("legal", "joint_branches", 21)][1:3] == ("包头市", 2023)


def test_the_total_of_rows_that_are_no_places_is_no_places_figure():
    text = (
        "重点楼宇情况如下：\n"
        "楼宇名称        党员（名）    党组织（个）\n"
        "科创大厦        214           9\n"
        "富乐国际        137           6\n"
        "合计            351           15\n"
    )
    assert observed(text, title="涪城区楼宇党建工作情况") == {}


def test_rows_of_years_columns_of_sectors_and_units_in_ten_thousands():
    text = "年份\t律师事务所（家）\t党员律师（人）\n2018\t30000\t126000\n2022\t38600\t198000\n"
    obs = observed(text, title="全国律师行业数据")
    assert obs[("legal", "party_members", 126000)][1:3] == ("全国", 2018)
    assert obs[("legal", "firms", 38600)][2] == 2022
    text = "| 项目 | 非公有制企业 | 社会组织 |\n| 党员（名） | 63000 | 12000 |\n| 建立党组织（个） | 9236 | 3815 |\n"
    obs = observed(text, title="内蒙古自治区两新组织党建统计（截至2021年底）")
    assert obs[("social_org", "party_organizations", 3815)][1] == "内蒙古自治区"
    assert ("private_enterprise", "party_members", 63000) in obs
    # 3.86 under 律师事务所（万家） is 38600, in base units; under 单位：万人 too
    text = "年份\t律师事务所（万家）\t党员律师（万人）\n2018\t3.0\t12.6\n2022\t3.86\t19.8\n"
    obs = observed(text, title="全国律师行业数据")
    assert obs[("legal", "firms", 38600)][2:] == (2022, "3.86")
    assert ("legal", "party_members", 126000) in obs
    text = "单位：万人\n年份\t执业律师\t党员律师\t党员占比（%）\n2018\t42.3\t12.6\t29.8\n"
    obs = observed(text, title="全国律师行业数据")
    assert {("legal", "practitioners", 423000), ("legal", "party_member_share", 29.8)} <= set(obs)
    # a unit we do not scale (亿, 千) is never published: 42.3 is not the figure
    text = "单位：千人\n年份\t执业律师\t党员律师\n2018\t42.3\t12.6\n2022\t65.2\t19.8\n"
    assert observed(text, title="全国律师行业数据") == {}


def test_a_share_column_of_another_profession():
    text = "截至2022年底：\n市\u3000\u3000党员公证员占比（%）\u3000\u3000公证员（人）\n济南市\u3000\u300064.9\u3000\u3000188\n"
    obs = observed(text, title="山东省公证行业党建情况")
    assert obs[("notary", "party_member_share", 64.9)][1:3] == ("济南市", 2022)


def test_a_change_column_with_a_minus_sign_keeps_the_rows():
    text = (
        "县区\t律所（家）\t律师（人）\t党员律师（人）\t律师数同比增长\n"
        "讷河市\t4\t31\t14\t-3.1%\n克山县\t2\t12\t5\t0.0%\n"
    )
    obs = observed(text, title="齐齐哈尔市律师行业统计")
    assert obs[("legal", "party_members", 14)][1] == "齐齐哈尔市讷河市"
    assert obs[("legal", "practitioners", 12)][1] == "齐齐哈尔市克山县"
    assert not [k for k in obs if k[2] in (3.1, 0)]


def test_a_label_line_and_a_year_column_state_one_figure_once():
    title = "曲靖市律师行业基本情况（截至2019年底）"
    text = f"{title}\n党员律师：214人\n项目 | 2018年 | 2019年\n党员律师（人） | 193 | 214\n"
    obs = extract(make_doc(text, title=title)).observations
    assert sorted(o.value for o in obs if o.metric == "party_members") == [193, 214]


def test_a_rows_label_names_its_sector_under_a_title_of_several():
    text = "\n项目 | 2017年 | 2018年 | 2019年\n律所党组织（个） | 29 | 33 | 38\n"
    obs = observed(text, title="曲靖市法律服务行业基本情况")
    assert obs[("legal", "party_organizations", 33)][1:3] == ("曲靖市", 2018)


def test_rows_of_sectors_under_columns_of_metrics():
    text = (
        "类别 | 组织数（家） | 党员（名） | 党组织（个）\n"
        "非公企业 | 18600 | 3100 | 436\n社会组织 | 874 | 965 | 208\n"
    )
    obs = observed(text, title="兰山区两新组织党建统计（2024年）")
    assert obs[("social_org", "party_members", 965)][1:3] == ("临沂市兰山区", 2024)
    assert ("private_enterprise", "party_organizations", 436) in obs


def test_a_tables_dated_figures_stated_again_in_the_text_are_published_once():
    title = "牡丹江市律师行业党建回眸"
    text = (
        f"{title}\n年份 | 执业律师（名） | 党员律师（名）\n2019 | 520 | 198\n2023 | 661 | 259\n"
        "五年来，全市党员律师由198名增加到259名。\n"
    )
    obs = extract(make_doc(text, title=title, published=date(2024, 2, 26))).observations
    members = sorted((o.value, o.as_of.year) for o in obs if o.metric == "party_members")
    assert members == [(198, 2019), (259, 2023)]


def test_rows_of_sectors_named_by_their_units_with_a_total_row():
    text = (
        "截至2018年末，全市情况如下。\n"
        "类别\t机构数（家）\t党员（人）\t党组织（个）\n律师事务所\t54\t231\t38\n"
        "公证机构\t11\t34\t11\n合计\t65\t265\t49\n"
    )
    obs = observed(text, title="齐齐哈尔市法律服务行业党建情况")
    assert obs[("notary", "party_members", 34)][1:3] == ("齐齐哈尔市", 2018)
    assert ("legal", "firms", 54) in obs and ("notary", "firms", 11) in obs
    # the total: of no one sector, the legal services' together (法律服务行业: other)
    assert {k for k in obs if k[2] in (65, 265, 49)} == {
        ("other", "firms", 65),
        ("other", "party_members", 265),
        ("other", "party_organizations", 49),
    }


def test_a_bare_count_column_over_rows_of_sectors_counts_their_units():
    text = (
        "截至2016年底，全区“两新”组织分类情况如下：\n"
        "类别  数量（家）  党组织（个）  党员（名）\n非公企业  3921  481  4325\n"
        "社会组织  762  171  1685\n"
    )
    obs = observed(text, title="城关区“两新”组织党建工作综述", jurisdiction="兰州市城关区")
    assert obs[("private_enterprise", "firms", 3921)][1:3] == ("兰州市城关区", 2016)
    assert ("social_org", "firms", 762) in obs
    # (over rows of places, what a bare 数量 counts is not said: nothing)
    places = "区县  数量（家）\n城关区  3921\n七里河区  762\n"
    assert observed(places, jurisdiction="兰州市") == {}


STACKED_PAGE = (
    "河北组工网\n石家庄市律师行业党建工作三年数据一览\n"
    "现将2019年至2021年全市律师行业党建主要数据整理如下（均为当年12月31日数据）。\n"
    "指标\n2019年\n2020年\n2021年\n律师事务所（家）\n236\n251\n268\n"
    "执业律师（人）\n3572\n3906\n4318\n较上年增加党员律师（人）\n97\n123\n154\n"
    "截至2021年底，全市律师行业共有党组织197个。\n"
)


def test_a_table_stacked_one_cell_a_line_is_read_as_its_rows():
    clean = repair(STACKED_PAGE).clean_text
    assert "\n236\n251\n268\n" in clean  # (its figure-only lines are no page numbers)
    [table] = find_tables(clean)
    assert [c.text for c in table.header] == ["指标", "2019年", "2020年", "2021年"]
    assert [[c.text for c in row] for row in table.rows][1] == [
        "执业律师（人）",
        "3572",
        "3906",
        "4318",
    ]
    obs = observed(STACKED_PAGE, title="河北组工网")
    assert obs[("legal", "firms", 236)][1:3] == ("石家庄市", 2019)
    assert obs[("legal", "practitioners", 4318)][2] == 2021
    assert not any(value == 97 or value == 154 for _, _, value in obs)  # growth, not a level


def test_labels_over_figures_one_a_line_are_no_stacked_table():
    # two labels and their figures, or a row's figures short of the header's width
    assert find_tables("律师事务所\n执业律师\n236\n3572\n") == []
    assert find_tables("指标\n2019年\n2020年\n律所\n236\n251\n律师\n3572\n") == []


def test_kinds_counted_beside_each_kinds_share_of_the_whole():
    text = (
        "截至2018年底，全市非公企业党组织按类型分布如下：\n"
        "类型 数量（个） 占比（%）\n党委 38 0.9\n党总支 76 1.8\n单独党支部 2849 69.0\n"
        "联合党支部 1164 28.2\n"
    )
    obs = observed(text, jurisdiction="佛山市")
    assert obs[("private_enterprise", "party_committees", 38)][1:3] == ("佛山市", 2018)
    assert ("private_enterprise", "joint_branches", 1164) in obs
    assert not any(metric.endswith("share") for _, metric, _ in obs)  # shares of kinds: none


def test_years_as_rows_under_a_caption_naming_the_nation() -> None:
    text = (
        "近年来律师队伍规模持续扩大。\n"
        "表　全国律师队伍及党员律师发展情况（2010—2018年）\n"
        "年份    执业律师（万人）    党员律师（万人）    律师事务所（家）\n"
        "2010        20.4        5.9      17,230\n"
        "2012        23.2        6.9      19,361\n"
    )
    obs = observed(text)
    assert obs[("legal", "practitioners", 204000)][1:3] == ("全国", 2010)
    assert obs[("legal", "firms", 19361)][1:3] == ("全国", 2012)


def test_years_as_columns_then_the_change_between_them() -> None:
    text = (
        "附表　2022—2023年全省律师行业主要指标\n"
        "指标                   2022年     2023年     增减（%）\n"
        "律师事务所（家）         1312       1406           7.2\n"
        "律所党组织（个）         1057       1124           6.3\n"
        "培训（人次）             3120       3400           9.0\n"
    )
    obs = observed(text, title="湖南省律师行业2023年度发展统计公报")
    assert obs[("legal", "firms", 1312)][1:3] == ("湖南省", 2022)
    assert obs[("legal", "party_organizations", 1124)][1:3] == ("湖南省", 2023)
    assert not any(value in (7.2, 6.3, 3120, 3400) for _, _, value in obs)


def test_columns_of_those_covered_and_of_practitioners_by_profession() -> None:
    text = (
        "表　2009年底全省法律服务行业党建基本情况\n"
        "行业            机构数（个）    执业人员（人）    党员（人）\n"
        "律师                     318              3104          1045\n"
        "公证                      96               412           289\n"
    )
    obs = observed(text, title="甘肃省法律服务行业党建工作统计情况（2009年度）")
    assert ("legal", "practitioners", 3104) in obs
    assert ("notary", "practitioners", 412) in obs
    text = (
        "截至2014年底，全市社会组织党建情况如下。\n"
        "县（区）  社会组织（个）  已建党组织的社会组织（个）  党组织（个）\n"
        "定海区               612                          71            62\n"
        "普陀区               455                          52            47\n"
    )
    obs = observed(text, title="舟山市2014年社会组织党建工作统计报告")
    assert obs[("social_org", "firms_covered", 71)][1] == "舟山市定海区"


def test_a_qizhong_column_of_the_same_metric_is_a_kind_not_a_figure() -> None:
    text = (
        "表1 2024年江西省部分设区市社会组织党建情况\n"
        "地区｜社会组织（个）｜其中行业协会商会（个）｜党组织（个）\n"
        "南昌市｜5120｜612｜1430\n"
        "赣州市｜4380｜538｜1210\n"
    )
    obs = observed(text, title="江西省社会组织党建")
    assert ("social_org", "firms", 5120) in obs
    assert ("social_org", "party_organizations", 1430) in obs
    assert ("social_org", "firms", 612) not in obs


def test_cells_in_wan_keep_the_table_whole():
    text = (
        "项目              2016年底    2020年底\n律师事务所（家）    1402        2087\n"
        "执业律师（名）      1.76万      2.83万\n党员律师（名）      5230        9460\n"
    )
    (table,) = find_tables(text)
    assert [row[0].text for row in table.rows] == [
        "律师事务所（家）",
        "执业律师（名）",
        "党员律师（名）",
    ]


def test_columns_of_firms_that_set_one_up_and_rows_of_a_sectors_rate():
    text = (
        "截至去年底，南宁市青秀区两新组织党建情况如下：\n"
        "领域  单位数（家）  建立党组织（家）  覆盖率（%）\n"
        "非公企业  28650  5420  18.9\n社会组织  816  573  70.2\n"
    )
    obs = observed(text, published=date(2025, 1, 10))
    assert ("private_enterprise", "firms_covered", 5420) in obs
    assert ("social_org", "firms_covered", 573) in obs
    assert not any(k[1] == "party_organizations" for k in obs)
    text = (
        "西安市雁塔区两新组织党建主要指标\n指标  2008年底  2011年底\n"
        "非公企业党组织覆盖率（%）  9.6  21.4\n社会组织党组织覆盖率（%）  27.5  48.3\n"
    )
    obs = observed(text, published=date(2012, 3, 1))
    assert obs[("private_enterprise", "coverage_rate", 9.6)][2] == 2008
    assert obs[("social_org", "coverage_rate", 48.3)][2] == 2011


def test_the_total_row_of_a_table_of_streets_is_the_texts_place():
    text = (
        "截至2017年12月底，盐田区“两新”组织党组织共449个，各街道分布情况如下：\n"
        "街道　　　　非公企业党组织（个）　社会组织党组织（个）\n"
        "沙头角街道　112　　　　　　　　　 21\n海山街道　　86　　　　　　　　　　17\n"
        "盐田街道　　143　　　　　　　　　 26\n合计　　　　341　　　　　　　　　 64\n"
    )
    obs = observed(text, jurisdiction="深圳市盐田区")
    assert obs[("private_enterprise", "party_organizations", 341)][1] == "深圳市盐田区"
    assert ("private_enterprise", "party_organizations", 112) not in obs


def test_a_column_of_row_numbers_is_no_label():
    text = (
        "表1 2019年底绍兴市各区、县（市）律师事务所党组织覆盖情况\n"
        "序号  地区    律所数（家）  党组织覆盖率（%）\n"
        "1     越城区  48            97.9\n"
        "2     柯桥区  29            100\n"
        "      合计    146           96.6\n"
    )
    tables = find_tables(text)
    assert [[c.text for c in row] for row in tables[0].rows] == [
        ["越城区", "48", "97.9"],
        ["柯桥区", "29", "100"],
        ["合计", "146", "96.6"],
    ]
    obs = observed(text)
    assert obs[("legal", "firms", 48)][1:3] == ("绍兴市越城区", 2019)
    assert obs[("legal", "coverage_rate", 100)][1] == "绍兴市柯桥区"
    assert obs[("legal", "firms", 146)][1] == "绍兴市"


def test_a_table_of_places_by_year_counts_what_its_caption_names():
    text = (
        "截至2023年底，莆田市共有律师事务所87家。各区县党员律师人数变化见表1。\n"
        "表1 莆田市各区县党员律师人数变化\n"
        "区县\t2020年底（人）\t2023年底（人）\t增长（%）\n"
        "城厢区\t148\t196\t32.4\n"
        "涵江区\t61\t83\t36.1\n"
        "合计\t463\t621\t34.1\n"
    )
    obs = observed(text)
    assert obs[("legal", "party_members", 148)][1:3] == ("莆田市城厢区", 2020)
    assert obs[("legal", "party_members", 83)][1:3] == ("莆田市涵江区", 2023)
    assert obs[("legal", "party_members", 463)][1:3] == ("莆田市", 2020)
    assert not any(k[2] in (32.4, 36.1, 34.1) for k in obs)  # the change column


INFOGRAPHIC = (
    "一图看懂｜江苏律师行业党建\n\n截至2023年底，全省律师行业党建工作交出这样一份答卷👇\n\n"
    "3.2万+\n全省执业律师\n\n2860家\n律师事务所\n\n34.6%\n党员律师占比\n\n"
    "🔴 组织建设\n\n▶ 1562个 律师行业党组织\n100% ｜ 律师事务所党组织覆盖率\n"
    "公证处 ▶ 27个\n\n🚩 党员律师\n2012年 520名 → 2022年 1980名\n"
)


def test_cards_pair_a_figure_with_its_label_on_one_line_or_two():
    found = [(c.figure.text, c.label.text, c.year) for g in find_cards(INFOGRAPHIC) for c in g]
    assert ("3.2万+", "全省执业律师", None) in found
    assert ("34.6%", "党员律师占比", None) in found
    assert ("1562个", "律师行业党组织", None) in found
    assert ("100%", "律师事务所党组织覆盖率", None) in found
    assert ("27个", "公证处", None) in found
    assert ("520名", "党员律师", 2012) in found and ("1980名", "党员律师", 2022) in found
    assert not any(label == "组织建设" for _, label, _ in found)  # a heading, no card
    for group in find_cards(INFOGRAPHIC):
        for card in group:  # offsets into the text
            assert INFOGRAPHIC[card.figure.start : card.figure.end] == card.figure.text


def test_lines_that_alternate_either_way_are_paired_only_when_unambiguous():
    figure_first = "截至2023年底：\n296家\n会计师事务所\n近9200名\n注册会计师\n"
    pairs = [(c.figure.text, c.label.text) for g in find_cards(figure_first) for c in g]
    assert pairs == [("296家", "会计师事务所"), ("近9200名", "注册会计师")]
    # a heading over figure-first cards, with no blank line: three lines, read no way
    assert find_cards("数据如下：\n组织建设\n1562个\n律师行业党组织\n") == []


def test_infographic_cards_are_read_as_observations():
    got = observed(INFOGRAPHIC, jurisdiction="江苏省", published=date(2024, 3, 1))
    assert got[("legal", "practitioners", 32000)][0] == "lower_bound"
    assert got[("legal", "firms", 2860)][2] == 2023
    assert ("legal", "party_member_share", 34.6) in got
    assert ("legal", "party_organizations", 1562) in got
    assert ("legal", "coverage_rate", 100) in got
    assert ("notary", "firms", 27) in got
    assert got[("legal", "party_members", 520)][2] == 2012
    assert got[("legal", "party_members", 1980)][2] == 2022


def test_a_card_whose_unit_is_not_its_labels_is_not_read():
    got = observed("截至2023年底，全市数据：\n\n1104个\n党员律师\n", jurisdiction="南京市")
    assert ("legal", "party_members", 1104) not in got


def test_the_total_of_non_public_enterprises_and_social_organizations_is_the_two_new_sector():
    raw = (
        "截至2019年底，全县“两新”组织及党建基本情况如下：\n\n"
        "类别        组织数（家）    党组织（个）    党员（名）\n"
        "非公企业    1243           86             742\n"
        "社会组织    215            31             268\n"
        "合计        1458           117            1010\n"
    )
    got = observed(raw, jurisdiction="眉山市丹棱县")
    assert ("private_enterprise", "firms", 1243) in got
    assert ("other", "firms", 1458) in got
    assert ("other", "party_members", 1010) in got


def test_a_double_dash_is_a_blank_cell():
    raw = (
        "全省律师行业主要指标对比如下：\n\n指标                    2012年    2022年    增幅（%）\n"
        "律师事务所（家）         389       893       129.6\n"
        "党组织覆盖率（%）        52.2      100       ——\n"
    )
    got = observed(raw, jurisdiction="山西省", title="山西律师行业党建十年成就巡礼")
    assert got[("legal", "coverage_rate", 52.2)][2] == 2012
    assert got[("legal", "coverage_rate", 100)][2] == 2022


def test_a_card_in_chinese_numerals_and_a_label_that_goes_on():
    raw = "截至2020年11月底\n\n十四个\n非公企业行业党委，物流、电商等行业党建“一盘棋”\n\n▶ 14个 市州律师行业党委，实现市州全覆盖\n"
    found = [(c.figure.text, c.label.text) for g in find_cards(raw) for c in g]
    assert found == [("十四个", "非公企业行业党委"), ("14个", "市州律师行业党委")]


def test_a_header_of_two_years_and_an_increase_column_dates_each_column():
    raw = (
        "与2014年底相比，全市律师队伍同步壮大（见下表）。\n"
        "| 指标 | 2014年底 | 2018年底 | 增加 |\n"
        "| 律师事务所（家） | 142 | 186 | 44 |\n"
        "| 执业律师（人） | 1705 | 2467 | 762 |\n"
    )
    got = observed(raw, jurisdiction="无锡市")
    assert got[("legal", "firms", 142)][2] == 2014
    assert got[("legal", "practitioners", 2467)][2] == 2018
    assert ("legal", "firms", 44) not in got


def test_the_total_row_of_several_sectors_is_of_none_alone():
    raw = (
        "截至2020年底，全市“两新”组织各领域情况如下。\n"
        "| 序号 | 领域 | 单位数（家） | 党员数（名） |\n"
        "| 1 | 非公有制企业 | 18640 | 14320 |\n"
        "| 2 | 社会组织 | 2215 | 3108 |\n"
        "| 3 | 律师事务所 | 96 | 612 |\n"
        "| 合计 |  | 20951 | 18040 |\n"
    )
    got = observed(raw, jurisdiction="绵阳市")
    assert ("legal", "firms", 96) in got
    assert ("other", "firms", 20951) in got
    assert ("other", "party_members", 18040) in got


def test_a_column_of_those_that_set_one_up_counts_units_not_organizations():
    raw = (
        "截至2021年底，西湖区各领域党组织覆盖情况如下。\n单位：家\n"
        "领域\t单位总数\t已建立党组织\n非公企业\t4632\t1258\n律师事务所\t96\t81\n"
    )
    got = observed(raw, jurisdiction="杭州市西湖区")
    assert ("private_enterprise", "firms_covered", 1258) in got
    assert ("legal", "firms_covered", 81) in got
    assert not any(metric == "party_organizations" for _, metric, _ in got)


def test_a_share_of_the_members_is_no_members_share_of_practitioners():
    raw = (
        "2020年全区律师行业表彰情况\n"
        "地市  先进基层党组织  优秀共产党员律师  占本市党员律师比例（%）\n"
        "银川市  8  24  4.1\n石嘴山市  2  6  3.6\n"
    )
    got = observed(raw, jurisdiction="宁夏回族自治区")
    assert not any(metric == "party_member_share" for _, metric, _ in got)


def test_a_column_of_institutions_counted_in_jia_counts_each_rows_units():
    raw = (
        "截至2025年6月底，全市法律服务行业党建基本情况如下：\n"
        "行业\t机构（家）\t执业人员（名）\t党员（名）\n"
        "律师事务所\t198\t3562\t1274\n公证机构\t5\t71\t48\n"
    )
    got = observed(raw, jurisdiction="厦门市")
    assert ("legal", "firms", 198) in got and ("notary", "firms", 5) in got


def test_cards_under_a_bracketed_heading_and_a_label_the_catalog_does_not_read():
    raw = (
        "截至2017年底\n\n【律师行业】\n● 1.1万余名\n　执业律师\n● 近900家\n　律师事务所\n"
        "● 14个\n　市级律师行业党委\n\n◆ 社会组织\n　146家\n◆ 社会组织党组织覆盖率\n　47.9%\n"
        "◆ “两新”组织党建工作示范点\n　21个\n"
    )
    got = observed(raw, jurisdiction="广西壮族自治区")
    assert got[("legal", "practitioners", 11000)][0] == "lower_bound"
    assert got[("legal", "firms", 900)][0] == "approximate"
    assert ("legal", "industry_party_committees", 14) in got
    assert ("social_org", "firms", 146) in got and ("social_org", "coverage_rate", 47.9) in got


def test_a_note_under_a_table_dates_its_figures():
    raw = (
        "全市社会组织党建工作情况汇报\n\n2012年，我市把社会组织党建工作作为重点。各县（市、区）情况如下：\n\n"
        "序号\t县（市、区）\t社会组织（家）\t覆盖率（%）\n1\t月湖区\t168\t49.4\n2\t贵溪市\t131\t40.5\n"
        "\t全市\t396\t43.2\n注：数据截至2012年12月31日。\n"
    )
    got = observed(raw, jurisdiction="鹰潭市", published=date(2013, 1, 18))
    assert got[("social_org", "firms", 396)][1:3] == ("鹰潭市", 2012)
    assert got[("social_org", "coverage_rate", 40.5)][1:3] == ("鹰潭市贵溪市", 2012)


def test_a_card_of_firms_covered():
    got = observed(
        "截至2017年底\n\n二、覆盖\n非公企业党组织　1136个\n覆盖非公企业　4872家\n",
        jurisdiction="上海市闵行区",
    )
    assert ("private_enterprise", "firms_covered", 4872) in got
    assert ("private_enterprise", "firms", 4872) not in got


def test_a_series_of_figures_alone_takes_the_years_a_header_compares():
    raw = (
        "【H5长图文字版】十年·广西律师行业党建\n\n对比口径：2015年底 ➡ 2024年底\n\n"
        "▌执业律师\n5120人 ➡ 1.36万人\n\n▌党员律师占比\n28.7% ➡ 36.6%\n（提高7.9个百分点）\n"
    )
    got = observed(raw, jurisdiction="广西壮族自治区")
    assert got[("legal", "practitioners", 5120)][2] == 2015
    assert got[("legal", "practitioners", 13600)][2] == 2024
    assert got[("legal", "party_member_share", 36.6)][2] == 2024
    # with no header to date them, figures alone make no series
    assert ("legal", "practitioners", 5120) not in observed("▌执业律师\n5120人 ➡ 1.36万人\n")


def test_a_bare_figure_over_a_label_that_opens_with_its_classifier_is_a_card():
    raw = (
        "数据截至2019年底\n\n——— 机构与队伍 ———\n\n186\n家公证机构\n\n"
        "612\n名党员公证员\n\n——— 党的组织 ———\n\n174\n个公证机构党支部\n\n"
        "32\n场党建业务培训\n\n8\n个人民调解组织\n"
    )
    got = observed(raw, jurisdiction="广东省", title="广东公证行业2019年度盘点")
    assert got[("notary", "firms", 186)][2] == 2019
    assert ("notary", "party_members", 612) in got
    assert ("notary", "party_branches", 174) in got
    assert ("notary", "training_sessions", 32) in got
    assert not any(value == 8 for _, _, value in got)  # (a label the catalog does not read)


def test_a_table_whose_cells_one_space_parts_is_read_cell_by_cell():
    raw = (
        "截至2016年底，全省共有公证机构98个。\n"
        "2016年全省公证机构和公证员情况（部分市州）\n"
        "序号 市州 公证机构（个） 公证员（名） 办证数（件）\n"
        "1 兰州市 11 142 71350\n2 天水市 8 47 18620\n"
    )
    (table,) = find_tables(raw)
    assert [c.text for c in table.rows[0]] == ["兰州市", "11", "142", "71350"]
    got = observed(raw, jurisdiction="甘肃省")
    assert got[("notary", "firms", 11)][1:] == ("兰州市", 2016, "11")
    assert got[("notary", "practitioners", 142)][1] == "兰州市"
    assert not any(value == 11142 for _, _, value in got)  # no thousands separator
    # prose with single spaces is no table; a circled numeral is no row's number
    assert find_tables("记者 张华 李明 报道\n① 兰州市 11 142\n") == []
    assert observed("全市律师共有 2 386 名。", jurisdiction="兰州市")[
        ("legal", "practitioners", 2386)
    ]


def test_a_unit_line_of_one_unit_a_column_scales_no_count_by_money():
    raw = (
        "截至2020年末，全省共有会计师事务所312家。\n表3 2020年江西省部分设区市注册会计师行业情况\n"
        "单位：家、人、万元\n设区市 会计师事务所 注册会计师 业务收入\n南昌市 126 1872 62850\n"
        "赣州市 41 436 9730\n"
    )
    got = observed(raw, jurisdiction="江西省")
    assert got[("accounting", "firms", 126)][1] == "南昌市"
    assert got[("accounting", "practitioners", 436)][1] == "赣州市"
    assert not any(value >= 10000 for _, _, value in got)


def test_columns_of_sectors_under_a_caption_counting_a_term_count_that_term():
    raw = (
        "截至2016年底，全市非公有制企业党组织3780个。\n部分区县“两新”组织党组织数（2016年底）\n"
        "区县      非公企业（个）  社会组织（个）\n芙蓉区    436             118\n"
        "岳麓区    512             135\n"
    )
    got = observed(raw, jurisdiction="长沙市")
    assert got[("private_enterprise", "party_organizations", 436)][1] == "长沙市芙蓉区"
    assert got[("social_org", "party_organizations", 135)][1] == "长沙市岳麓区"
    assert ("private_enterprise", "firms", 436) not in got


def test_a_caption_naming_a_sector_gives_the_columns_that_name_none_their_sector():
    raw = (
        "合肥市委“两新”工委2021年度工作综述\n截至2021年底，全市“两新”组织共有党组织5326个。\n"
        "◆ 部分县区非公企业党建情况（截至2021年底）\n地区      党组织（个）  党员（名）\n"
        "蜀山区    612           9830\n包河区    587           9215\n"
    )
    got = observed(raw, jurisdiction="合肥市", title="合肥市委“两新”工委2021年度工作综述")
    assert got[("private_enterprise", "party_organizations", 612)][1] == "合肥市蜀山区"
    assert ("private_enterprise", "party_members", 9215) in got


def test_a_column_of_the_units_that_set_one_up_counts_each_rows_covered_firms():
    text = (
        "截至2023年底，思明区两新组织党组织覆盖情况如下：\n\n"
        "类别\t单位数（家）\t建立党组织的单位（家）\t覆盖率（%）\n"
        "非公企业\t6842\t1531\t22.4\n"
        "社会组织\t713\t462\t64.8\n"
    )
    obs = observed(text, title="思明区两新党建", jurisdiction="厦门市思明区")
    assert {
        ("private_enterprise", "firms_covered", 1531),
        ("social_org", "firms_covered", 462),
        ("private_enterprise", "firms", 6842),
    } <= set(obs)


def test_cells_may_carry_their_unit():
    table = find_tables(
        "年份 ｜ 公证机构 ｜ 执业公证员\n2018年 ｜ 16家 ｜ 121名\n2020年 ｜ 15家 ｜ 137名\n"
    )
    assert len(table) == 1
    assert [c.text for c in table[0].rows[0]] == ["2018年", "16家", "121名"]


# ---------------------------------------------------------------- figure-led lines (数读)

KEY_FIGURES = (
    "一图读懂｜2021年江西律师行业党建“成绩单”\n"
    "来源：江西省律师协会　发布时间：2022-03-18\n"
    "【行业规模】\n"
    "1136家：截至2021年底，全省律师事务所总数。\n"
    "3417名：截至2021年底，全省党员律师人数，占执业律师总数的34.6%；全年新增党员律师216名。\n"
    "612个：截至2021年底，全省律师行业党组织总数，其中律所党委5个、党总支7个、党支部600个。\n"
    "468个、132个：600个党支部中，单独党支部468个，联合党支部132个。\n"
    "86名：省律协党委向无党员律所选派的党建工作指导员。\n"
)


def test_figure_led_lines_are_found_with_the_words_that_say_what_they_count():
    led = figure_led_lines(KEY_FIGURES)
    assert [(f.figure.text, KEY_FIGURES[f.words_start : f.label_end]) for f in led] == [
        ("1136家", "截至2021年底，全省律师事务所总数"),
        ("3417名", "截至2021年底，全省党员律师人数"),
        ("612个", "截至2021年底，全省律师行业党组织总数"),
        ("86名", "省律协党委向无党员律所选派的党建工作指导员"),
    ]  # (468个、132个 lead words that state them again: a headline of its sentence)


def test_a_figure_led_line_reads_as_the_prose_it_stands_for():
    doc = make_doc(KEY_FIGURES, title=KEY_FIGURES.split("\n")[0])
    found = {(o.metric, o.value): o for o in extract(doc).observations}
    assert set(found) == {
        ("firms", 1136),
        ("party_members", 3417),
        ("party_member_share", 34.6),
        ("party_organizations", 612),
        ("party_committees", 5),
        ("general_branches", 7),
        ("party_branches", 600),
        ("standalone_branches", 468),
        ("joint_branches", 132),
    }  # (not the 86 instructors, nor the 216 new members)
    firms = found[("firms", 1136)]
    assert (firms.jurisdiction, firms.as_of) == ("江西省", date(2021, 12, 31))
    assert KEY_FIGURES[firms.raw_start : firms.raw_end] == "1136"
    assert firms.evidence == "1136家：截至2021年底,全省律师事务所总数"  # as written


def test_a_figure_over_its_caption_and_a_figure_its_caption_states_again():
    text = (
        "数读｜十年来全国律师行业党建\n"
        "57.6万名\n截至2021年底，全国执业律师达57.6万名，而2012年底这一数字为23万余名。\n\n"
        "99.6%\n2021年全国律师事务所党组织覆盖率，2012年这一比例为58.6%。\n\n"
        "▶ 2.03万个\n截至2021年底，全国律师行业党组织总数。\n"
    )
    obs = observed(text)
    assert obs[("legal", "coverage_rate", 99.6)][1:3] == ("全国", 2021)
    assert obs[("legal", "coverage_rate", 58.6)][2] == 2012
    assert obs[("legal", "party_organizations", 20300)][1:] == ("全国", 2021, "2.03万")
    assert obs[("legal", "practitioners", 576000)][3] == "57.6万"  # once, the sentence's


def test_figures_under_their_labels_stay_cards():
    # label over figure, figure over label: the card run pairs each figure with the line
    # above it, not with the next label
    text = (
        "桐乡非公企业党建2021年度报告\n数据截至2021年12月底\n"
        "全市非公有制企业\n2.3万家\n已建立党组织的非公企业\n1860家\n"
    )
    obs = observed(text)
    assert ("private_enterprise", "firms", 23000) in obs
    assert ("private_enterprise", "firms_covered", 1860) in obs
    assert ("private_enterprise", "firms_covered", 23000) not in obs


def test_a_line_led_by_a_figure_is_not_the_wrapped_end_of_the_line_before():
    text = (
        "甘肃律师行业党建：关键数字速览\n截至2013年5月底，全省律师行业党建工作主要数据如下。\n"
        "1247名：党员律师，占执业律师总数的32.6%，比2012年提高5.2个百分点\n"
        "168个：律师行业党组织\n"
    )
    assert observed(text)[("legal", "party_organizations", 168)][1:3] == ("甘肃省", 2013)


def test_a_figure_over_its_label_in_a_paragraph_of_its_own_reads_as_prose():
    # each figure and its label a paragraph: the label the card reader cannot read
    # (全市在民政部门登记的…) is read as prose; 2.6万+ is more than 26000
    text = (
        "南宁市行业协会商会党建数读\n截至2019年11月底，全市有关情况如下。\n\n"
        "486个\n全市在民政部门登记的行业协会商会\n\n"
        "412个\n已建立党组织的行业协会商会\n"
    )
    obs = observed(text)
    assert obs[("social_org", "firms", 486)][1:3] == ("南宁市", 2019)
    assert ("social_org", "firms_covered", 412) in obs
    lawyers = (
        "浙江律师行业党建一图读懂\n截至2022年底\n\n2.6万+\n全省执业律师\n\n33.5%\n党员律师占比\n"
    )
    obs = observed(lawyers)
    assert obs[("legal", "practitioners", 26000)] == ("lower_bound", "浙江省", 2022, "2.6万")
    assert ("legal", "party_member_share", 33.5) in obs
    series = "2016年71.2% → 2019年84.8%，提高13.6个百分点"
    assert [
        c.figure.text for g in find_cards(f"行业协会商会党组织覆盖率\n{series}\n") for c in g
    ] == [
        "71.2%",
        "84.8%",
    ]


def test_a_figure_and_its_label_side_by_side_with_a_remark_after_the_label():
    # 968名　党员律师，占比58.6%: no card (the label goes on past a comma with a figure of its
    # own), a line led by its figure
    text = (
        "一图读懂｜银川市律师行业党建“关键数字”\n截至2019年底：\n"
        "118家　律师事务所\n1,652名　执业律师\n968名　党员律师，占比58.6%\n"
    )
    obs = observed(text)
    assert obs[("legal", "party_members", 968)][1:3] == ("银川市", 2019)
    assert ("legal", "party_member_share", 58.6) in obs
    assert ("legal", "firms", 118) in obs


def test_a_series_beside_its_label_and_a_figure_in_brackets_leading_its_line():
    text = (
        "数读｜内蒙古律师行业党建这十年\n"
        "律师事务所　2012年 421家 ➜ 2022年 766家\n"
        "● 党员公证员：2015年612名 → 2019年869名，五年增长42.0%\n"
    )
    assert [[(c.figure.text, c.year) for c in g] for g in find_cards(text)] == [
        [("421家", 2012), ("766家", 2022)],
        [("612名", 2015), ("869名", 2019)],
    ]
    obs = observed("关键数字看长沙律师行业党建\n截至2024年12月31日：\n【9860名】全市执业律师\n")
    assert obs[("legal", "practitioners", 9860)][1:3] == ("长沙市", 2024)


def test_kinds_in_a_cards_label_aside_are_no_figures_of_their_own():
    text = "浏阳市商会党建数读\n截至2017年底：\n48家 → 全市各类商会（异地商会21家、行业商会27家）\n"
    obs = observed(text, jurisdiction="长沙市浏阳市")
    assert set(obs) == {("social_org", "firms", 48)}


SIDE_BY_SIDE = (
    "图说｜2022年湖南注册会计师行业党建\n"
    "【数据截至2022年12月31日】\n\n"
    "227个　事务所党组织\n"
    "152个 单独党支部 ｜ 75个 联合党支部\n"
    "323家　已建党组织事务所 ｜ 81.2%　党组织覆盖率\n"
    "2600人次 党员教育培训 ｜ 合伙制事务所341家\n"
)


def test_cards_side_by_side_are_each_led_by_their_figure():
    led = figure_led_lines(SIDE_BY_SIDE)
    assert [(f.figure.text, SIDE_BY_SIDE[f.words_start : f.label_end]) for f in led] == [
        ("152个", "单独党支部"),
        ("75个", "联合党支部"),
        ("323家", "已建党组织事务所"),
        ("81.2%", "党组织覆盖率"),
    ]  # (227个 alone on its line is a card's; 合伙制事务所341家 leads with its label: no line
    # whose cells are of two kinds)
    obs = observed(SIDE_BY_SIDE, title=SIDE_BY_SIDE.split("\n")[0])
    assert ("accounting", "party_organizations", 227) in obs
    assert obs[("accounting", "standalone_branches", 152)][1:3] == ("湖南省", 2022)
    assert ("accounting", "joint_branches", 75) in obs
    assert ("accounting", "firms_covered", 323) in obs  # (the firms that set one up)
    assert ("accounting", "coverage_rate", 81.2) in obs
    assert ("accounting", "standalone_branches", 75) not in obs


def test_a_table_of_years_with_a_months_column_and_a_targets():
    text = (
        "十年砥砺奋进　宁夏律师行业党建迈上新台阶\n2022-09-26　宁夏回族自治区司法厅\n\n"
        "表1　全区律师行业主要指标变化\n单位：家、人、个\n\n"
        "| 指标 | 2012年 | 2017年 | 2022年6月 | 2027年目标 |\n|---|---|---|---|---|\n"
        "| 律师事务所 | 96 | 163 | 241 | 300 |\n| 执业律师 | 1185 | 2216 | 3704 | 5000 |\n"
    )
    obs = observed(text, title=text.split("\n")[0])
    assert obs[("legal", "firms", 96)][1:3] == ("宁夏回族自治区", 2012)
    assert obs[("legal", "practitioners", 3704)][2] == 2022
    assert ("legal", "firms", 300) not in obs  # (the target's column)


def test_a_ranked_table_and_a_table_of_kinds_with_their_total():
    ranked = (
        "截至2024年6月底，深圳市律师行业党员律师人数排名前三的区情况如下：\n\n"
        "排名   辖区     律师事务所（家）   党员律师（人）   同比增长（%）\n"
        "1      福田区        402             2865             8.6\n"
        "2      南山区        178             1240            12.3\n"
    )
    obs = observed(ranked)
    assert obs[("legal", "party_members", 2865)][1] == "深圳市福田区"
    assert ("legal", "firms", 178) in obs
    kinds = (
        "截至2025年5月底，成都市武侯区共有律师事务所148家，各类律所情况见下表。\n\n"
        "单位：家、人\n"
        "组织形式　　　　律所数　　执业律师　　党员律师\n"
        "普通合伙所　　　　118　　　1946　　　　703\n"
        "特殊普通合伙所　　　3　　　 412　　　　168\n"
        "个人所　　　　　　 27　　　　41　　　　　9\n"
        "合计　　　　　　　148　　　2399　　　　880\n"
    )
    obs = observed(kinds)
    assert obs[("legal", "practitioners", 2399)][1] == "成都市武侯区"  # the total row's
    assert ("legal", "party_members", 880) in obs
    assert ("legal", "firms", 118) not in obs  # (a kind's row)
    assert ("legal", "party_members", 168) not in obs  # (168 then 个人所: two rows, no 168个)


def test_a_row_of_units_under_the_sectors_columns():
    text = (
        "截至2017年12月底，静安区“两新”组织党建基本情况如下：\n\n单位：家、个、人、%\n\n"
        "项目                  非公有制企业      社会组织\n"
        "单位总数                 12480            1126\n"
        "已建党组织单位数          3744             605\n"
    )
    obs = observed(text)
    assert ("private_enterprise", "firms", 12480) in obs
    assert ("social_org", "firms", 1126) in obs


def test_labels_with_their_figures_under_a_header_of_the_years_compared():
    text = (
        "渝北区律师协会第四届理事会交出五年“成绩单”\n\n"
        "重庆市渝北区律师协会第五次会员代表大会召开。\n\n"
        "五年主要指标变化（2019年底→2024年底）：\n"
        "——律师事务所：63家→98家；\n——党员律师占比：35.6%→39.6%；\n"
    )
    obs = observed(text, title=text.split("\n")[0])
    assert obs[("legal", "firms", 63)][1:3] == ("重庆市渝北区", 2019)
    assert obs[("legal", "firms", 98)][2] == 2024
    assert obs[("legal", "party_member_share", 39.6)][2] == 2024


def test_a_table_of_items_with_one_value_column_and_a_change_column() -> None:
    text = (
        "洛阳市律师协会2024年度工作报告\n截至2024年底，主要数据如下：\n\n"
        "项目 | 数量 | 比上年增减\n律师事务所（家） | 176 | +9\n执业律师（人） | 2687 | +204\n"
        "党员律师（人） | 913 | +77\n"
    )
    obs = observed(text, title="洛阳市律师协会2024年度工作报告")
    assert obs[("legal", "firms", 176)][2] == 2024
    assert ("legal", "practitioners", 2687) in obs
    assert ("legal", "firms", 9) not in obs  # the change column


def test_a_table_of_years_with_a_column_of_units() -> None:
    text = (
        "宜昌市2016年律师工作情况\n\n项目              单位    2016年    2015年    增减\n"
        "律师事务所         家       97        91       +6\n"
        "执业律师           人      1046      968      +78\n"
    )
    obs = observed(text, title="宜昌市2016年律师工作情况")
    assert obs[("legal", "firms", 91)][2] == 2015
    assert obs[("legal", "practitioners", 1046)][2] == 2016


def test_a_table_whose_rows_are_single_named_firms_is_not_read() -> None:
    text = (
        "沭阳县律师行业党建情况\n\n律师事务所  执业律师（人）  党员律师（人）  党员占比（%）\n"
        "江苏沭峰律师事务所  31  14  45.2\n江苏润沭律师事务所  27  11  40.7\n"
    )
    assert not observed(text, title="沭阳县律师行业党建情况")


def test_a_table_of_one_figure_column_drawn_with_bars_under_a_dated_caption() -> None:
    text = (
        "宁夏律师行业党建工作综述\n\n截至2024年底，全区党员律师862人。\n\n"
        "表1 2024年底各地级市党员律师分布情况\n地区|党员律师（人）\n银川|603\n石嘴山|71\n全区|862\n\n"
        "从分布看，银川市党员律师人数占全区党员律师的近七成。\n"
    )
    obs = observed(text, published=date(2025, 2, 14))
    assert obs[("legal", "party_members", 603)][1:3] == ("银川市", 2024)
    assert obs[("legal", "party_members", 71)][1:3] == ("石嘴山市", 2024)
    # (two cells a line without a unit in the column's label, or parted by spaces: no table)
    assert not find_tables("地区|党员律师\n银川|603\n石嘴山|71\n")
    assert not find_tables("地区  党员律师（人）\n银川  603\n石嘴山  71\n")
    # (one row under such a header is a card's business, not a table's)
    assert not find_tables("地区|党员律师（人）\n银川|603\n")


def test_a_caption_dates_a_table_of_sectors_and_their_practitioners() -> None:
    text = (
        "长沙市法律服务行业党建工作情况\n\n现将有关情况统计如下：\n\n"
        "表1 2012年长沙市法律服务行业党建基本情况\n"
        "行业 机构数(家) 执业人数(人) 党员(人) 党组织(个)\n"
        "律师 126 2317 689 54\n公证 9 186 97 8\n\n（长沙市司法局 2013年1月10日）\n"
    )
    obs = observed(text, published=date(2013, 1, 10))
    assert obs[("legal", "practitioners", 2317)][1:3] == ("长沙市", 2012)
    assert obs[("notary", "practitioners", 186)][2] == 2012
    assert obs[("legal", "firms", 126)][2] == 2012


def test_a_table_whose_cells_commas_part_is_read_row_by_row() -> None:
    text = (
        "宁夏律师行业党委召开党建工作推进会\n\n"
        "会议通报，截至2015年底，全区共有律师事务所126家。会议还通报了各市情况：\n\n"
        "地区，律所数，律师数，党员律师数，党组织数\n"
        "银川市，71，936，342，56\n石嘴山市，17，162，61，13\n\n"
        "会议要求，各市要加快推进联合党支部组建工作。\n"
    )
    obs = observed(text, published=date(2016, 6, 28))
    assert obs[("legal", "practitioners", 936)][1:3] == ("银川市", 2015)
    assert obs[("legal", "party_organizations", 13)][1] == "石嘴山市"
    assert [c.text for c in find_tables("地区,律所数,律师数\n青秀区,96,1720\n")[0].rows[0]] == [
        "青秀区",
        "96",
        "1720",
    ]
    # (prose whose clauses commas part is no table, nor a figure's thousands)
    assert not find_tables("全区共有律所，律师，党员\n银川市有律所71家，律师936名，党员342名\n")


def test_a_headers_units_on_a_line_of_their_own_leave_the_table_readable():
    text = (
        "截至2017年底，全市共有律师事务所238家。\n"
        "区（市）      律所数      执业律师数      党员律师数\n"
        "              （家）      （人）          （人）\n"
        "市南区        68          1726            512\n"
        "市北区        41          703             233\n"
    )
    (table,) = find_tables(repair(text).clean_text)
    assert [c.text for c in table.header] == ["区（市）", "律所数", "执业律师数", "党员律师数"]
    assert [[c.text for c in row] for row in table.rows][1] == ["市北区", "41", "703", "233"]
    obs = observed(text, title="青岛市律师协会2017年年报")
    assert obs[("legal", "party_members", 233)][1] == "青岛市市北区"


def test_a_header_of_two_rows_is_made_one_with_each_label_over_its_years():
    text = (
        "区（市）   律师事务所（家）     执业律师（人）\n"
        "           2015年    2020年     2015年    2020年\n"
        "市南区     86        132        1540      2610\n"
        "市北区     45        71         620       1105\n"
    )
    (table,) = find_tables(text)
    assert [c.text for c in table.header] == [
        "区（市）",
        "2015年律师事务所（家）",
        "2020年律师事务所（家）",
        "2015年执业律师（人）",
        "2020年执业律师（人）",
    ]
    assert text[table.header[3].start : table.header[3].end] == "2015年"  # (at its year)
    assert [row[0].text for row in table.rows] == ["市南区", "市北区"]
    # (years that do not fill the labels evenly are no second row of the header)
    assert find_tables(text.replace("     2015年    2020年\n", "\n", 1)) == []


def test_a_pdfs_stacked_table_with_wrapped_labels_and_names_is_read_whole():
    text = (
        "表1 宁波市律师行业基本情况及党组织设置情况\n"
        "区域\n律所数\n（家）\n执业律\n师数\n（人）\n党员律\n师数\n（人）\n"
        "海曙区\n68\n1320\n402\n江北区\n27\n486\n139\n其他区（\n县、市）\n61\n818\n291\n"
        "合计\n156\n2624\n832\n"
    )
    (table,) = find_tables(text)
    assert [c.text for c in table.header] == [
        "区域",
        "律所数（家）",
        "执业律师数（人）",
        "党员律师数（人）",
    ]
    assert [row[0].text for row in table.rows] == ["海曙区", "江北区", "其他区（县、市）", "合计"]
    obs = observed(text, title="宁波市律师行业党建工作情况统计（2021年度）")
    assert obs[("legal", "practitioners", 1320)][1] == "宁波市海曙区"
    assert obs[("legal", "party_members", 832)][1] == "宁波市"


def test_a_rows_name_wrapped_onto_the_next_line_is_made_whole():
    text = (
        "表2 全省会计师事务所党组织建设情况（单位：家、个）\n"
        "项目           数量    占事务所总数\n"
        "单独建立党组   198     42.3%\n"
        "织的事务所\n"
        "参加联合党支   233     49.8%\n"
        "部的事务所\n"
        "合计           431     92.1%\n"
        "注：有3名以上正式党员的事务所均已单独建立党组织。\n"
    )
    (table,) = find_tables(text)
    assert [row[0].text for row in table.rows] == [
        "单独建立党组织的事务所",
        "参加联合党支部的事务所",
        "合计",
    ]
    assert "参加联合党支   233" in repair(text).clean_text  # (its cells kept apart)
    obs = observed(
        text, jurisdiction="四川省", title="四川省注册会计师行业党建工作年度报告（2022年）"
    )
    assert ("accounting", "firms_with_own_branch", 198) in obs
    assert ("accounting", "firms_in_joint_branches", 233) in obs


def test_a_units_row_under_a_pipe_tables_header_gives_each_column_its_unit():
    text = (
        "全国律师行业主要数据（2016—2018年）\n"
        "| 年份 | 律师事务所 | 执业律师 | 党员律师 | 党员律师占比 |\n"
        "|:--:|:--:|:--:|:--:|:--:|\n"
        "| 单位 | 万家 | 万人 | 万人 | % |\n"
        "| 2016 | 2.8 | 32.8 | 9.9 | 30.2 |\n"
        "| 2017 | 3.0 | 36.5 | 11.1 | 30.4 |\n"
    )
    (table,) = find_tables(repair(text).clean_text)
    assert [c.text for c in table.header][1:3] == ["律师事务所（万家）", "执业律师（万人）"]
    obs = observed(text, jurisdiction="全国")
    assert obs[("legal", "practitioners", 328000)][2] == 2016
    assert obs[("legal", "party_member_share", 30.4)][2] == 2017
    text = (
        "表1　苏州市律师行业党建基本情况（截至2022年12月31日）\n\n"
        "| 地区 | 律所数 | 执业律师 | 党员律师 | 党组织 |\n"
        "|---|---|---|---|---|\n"
        "| 单位 | 家 | 人 | 人 | 个 |\n"
        "| 姑苏区 | 58 | 1210 | 402 | 41 |\n"
        "| 全市合计 | 412 | 8960 | 2870 | 318 |\n"
    )
    obs = observed(text, title="苏州市律师行业党建工作情况通报")
    assert obs[("legal", "party_organizations", 41)][1] == "苏州市姑苏区"
    assert obs[("legal", "firms", 412)][1] == "苏州市"


def test_a_remarks_column_keeps_the_rows_and_its_words_publish_nothing():
    text = (
        "表1　2022年底各设区市律师行业党建基本情况\n\n"
        "| 设区市 | 律师事务所 | 执业律师 | 党员律师 | 律所党组织 | 备注 |\n"
        "|---|---|---|---|---|---|\n"
        "| 单位 | 家 | 人 | 人 | 个 | |\n"
        "| 杭州市 | 612 | 11860 | 3874 | 402 | 含外省律所驻杭分所87家 |\n"
        "| 温州市 | 265 | 3690 | 1088 | 196 | — |\n"
        "| 金华市 | 171 | 2038 | 633 | 125 | 本年新建联合党支部6个 |\n"
        "| 合计 | 1048 | 17588 | 5595 | 723 | |\n"
    )
    (table,) = find_tables(repair(text).clean_text)
    assert [c.text for c in table.header][-1] == "律所党组织（个）"
    assert [c.text for c in table.remarks] == [
        "含外省律所驻杭分所87家",
        "—",
        "本年新建联合党支部6个",
    ]
    obs = observed(text, title="浙江省律师行业党建工作统计分析报告")
    assert obs[("legal", "firms", 612)][1] == "杭州市"
    assert obs[("legal", "party_organizations", 125)][1] == "金华市"
    assert ("legal", "firms", 87) not in obs and ("legal", "joint_branches", 6) not in obs


def test_a_tables_english_labels_beside_the_chinese_are_left_out():
    text = (
        "District 地区 | Law firms 律所(家) | Lawyers 执业律师(人) | Party orgs 党组织(个)\n"
        "梁溪区 Liangxi | 98 | 1620 | 62\n"
        "滨湖区 Binhu | 64 | 905 | 41\n"
        "全市 Wuxi total | 268 | 4156 | 173\n"
    )
    (table,) = find_tables(text)
    assert [c.text for c in table.header] == ["地区", "律所(家)", "执业律师(人)", "党组织(个)"]
    assert [row[0].text for row in table.rows] == ["梁溪区", "滨湖区", "全市"]
    first = table.rows[0][0]
    assert text[first.start : first.end] == "梁溪区 Liangxi"  # (offsets stay the cell's)


ONE_ROW = (
    "江苏公证行业党建工作稳步推进\n"
    "表1 全省公证行业党建基本情况（截至2023年12月31日）\n"
    "公证机构（家）  公证员（人）  党员公证员（人）  党员占比（%）  党组织（个）  联合党支部（个）\n"
    "110  1325  860  64.9  101  13\n"
    "2023年，全省公证机构共办理公证事项281万件，同比增长6.4%。\n"
)


def test_one_row_of_figures_under_the_labels_is_a_table_of_no_row_name():
    [table] = find_tables(ONE_ROW)
    assert [c.text for c in table.header][:3] == ["", "公证机构（家）", "公证员（人）"]
    [row] = table.rows
    assert [c.text for c in row] == ["", "110", "1325", "860", "64.9", "101", "13"]


def test_one_row_of_figures_is_the_texts_place_at_the_captions_date():
    obs = observed(ONE_ROW, published=date(2024, 3, 11))
    assert obs[("notary", "firms", 110)][1:] == ("江苏省", 2023, "110")
    assert obs[("notary", "party_member_share", 64.9)][1:3] == ("江苏省", 2023)
    assert ("notary", "joint_branches", 13) in obs
    assert not any(value in (281, 6.4) for _, _, value in obs)


def test_a_year_rows_table_with_remarks_is_no_table_of_one_row():
    text = (
        "年份  律所（家）  执业律师（人）  党员律师（人）  备注\n"
        "2019  118  1865  512  —\n"
        "2020  124  1980  561  当年新设律所9家\n"
    )
    [table] = find_tables(text)
    assert [c.text for c in table.header][0] == "年份"
    assert [[c.text for c in row][0] for row in table.rows] == ["2019", "2020"]
