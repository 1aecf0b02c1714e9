"""Extraction: every number in a document -> a mention; catalog figures -> observations.

How a figure is read (the vocabulary lives in ``schemas/catalog.yaml``):

1. ``find_numbers`` finds each numeral; the characters after it give the
   classifier (家/个/名/人/期…) and qualifiers (多/余/以上), those before it the
   fillers and qualifiers (共有/达/超过/约).
2. The noun phrase the figure counts is read either after the classifier
   (``214家律师事务所``) or before the number (``律师事务所1058家``). It must
   be a catalog term preceded only by modifiers, places and scope words, so a
   sub-type (专职律师, 合伙所) or a figure about one firm is never published.
3. What follows a counted phrase can change its meaning: 建立了党组织 turns
   firms into firms covered, 荣获…先进党组织 into awards; any other predicate
   (入选, 组成, 出席) means the count is of a subset doing something: dropped.
4. Percents are shares (占…) of the figure before them or coverage rates.
5. Sector, place and date come from the words nearest before the figure in
   its sentence, then the paragraph's topic, then the document.

When in doubt the number stays a mention with a note saying why.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from partystats.catalog import Catalog, Term, load_catalog
from partystats.dates import (
    LEVEL_THEN_AFTER_RE,
    PAST_YEAR_TURN_MONTH,
    DateMark,
    MarkKind,
    day_of,
    find_date_marks,
    is_short_year,
    month_end,
    opening_day,
    resolve,
    since_this_year,
)
from partystats.gazetteer import (
    MUNICIPALITIES,
    NATIONAL_PLACE,
    Gazetteer,
    Place,
    area_prefix,
    choose,
    county_short_name,
    gazetteer,
    nicknames,
)
from partystats.lexicon import Lexicon
from partystats.model import (
    AsOfBasis,
    Document,
    Extraction,
    Level,
    Mention,
    MentionKind,
    Observation,
    Qualifier,
    Unit,
)
from partystats.numerals import (
    CN_DIGITS,
    MULTIPLIER,
    NUMERAL_START_RE,
    Form,
    Number,
    arabic_years,
    arabic_zeros,
    chinese_to_number,
    find_numbers,
    fold_fullwidth,
)
from partystats.repair import to_simplified
from partystats.scan import last_match
from partystats.text_tables import (
    COLUMN_UNIT,
    NUMERIC_CELL,
    YEAR_LABEL,
    Card,
    Cell,
    LedFigure,
    TextTable,
    figure_led_lines,
    find_cards,
    find_tables,
)

SENTENCE_END = "。！？!?\n"
CLAUSE_END = SENTENCE_END + '，,；;、：:“”"《》【】[]|｜\t\u3000—#＃'  # (#话题# tags a post)
LABEL_ENDS = "：:|｜\t—"  # 律师事务所：203家 · a table row 律师事务所 | 203家 · 律所——共126家
ALL_SCOPE = ("全国", "全省", "全市", "全区", "全县")
CHINESE_DIGITS = "一二两三四五六七八九十百千万"
ZONES = ("高新技术产业开发区", "经济技术开发区", "新技术开发区", "高新区", "开发区", "新区")
DISTRIBUTIVE = ("均有", "各有", "均为", "都有", "各", "均")
ADMIN_UNITS = (  # longest first: the first that starts a phrase is taken
    "省（自治区、直辖市）",
    "省（区、市）",
    "州（市）",
    "地级市",
    "设区的市",
    "设区市",
    "省辖市",  # 全省18个省辖市中…
    "县级市",
    "县（市、区）",
    "县（市）区",  # 全市9个县（市）区中已有6个成立…
    "区（市）县",  # 全市22个区（市）县中已有14个成立了…
    "区（市、县）",
    "行政区",  # 全市9个行政区均已成立…
    "省区市",
    "省份",
    "省级",  # 36个省级注协均成立了行业党委
    "市级",
    "县市区",
    "地市",
    "盟市",
    "地州市",  # 全区14个地州市全部成立…
    "州市",
    "市州",
    "师市",  # 兵团14个师市中已有11个师市成立了…: the Xinjiang Corps' divisions and their cities
    "县区",
    "区县",
    "市县",  # 全省19个市县中已有14个市县…
    "乡镇",
    "街道",
    "县（市）",  # 全州8个县（市）均已成立…: a kind and its other kind, in an aside
    "县（区）",
    "区（县）",
    "市（州）",
    "省",
    "市",
    "县",
    "区",
)
CONJUNCTIONS = ("和", "及", "与", "、")
ITEM_JOINERS = (*CONJUNCTIONS, "，", ",")  # between two items of a list
PLACE_JOINERS = (*ITEM_JOINERS, "以及")  # 以及 joins whole clauses too: places only
# “全区律师事务所党支部共五十八个”有误，应为…: a quoted figure the text corrects
# 准确地说是 · 确切地讲，: the words that correct a figure just said
# (超过7000人，具体是7136人: the figure told exactly)
_CORRECTION_RE = re.compile(
    # (not 具体为：党委1个；…: a breakdown follows, no figure told again)
    r"\s*(?:(?:准确|确切|精确|严格)(?:地|点|一点)?(?:说|讲)(?:是|，|,)?|具体(?:是|为|来说是|数字为)(?![：:])"
    r"|更(?:准确|确切|精确)(?:地|一点|点|些)?(?:说|讲)?[，,]?(?:是|为)?"  # (更准确一点，是…)
    r"|(?:准确|确切)的?(?:数字|数据)(?:是|为)"  # (两千多名党员，准确数字为2315名)
    # (spoken: 说准一点是 · 说具体了是 · 准确的是 · 确切数是 · 精确到个位是)
    r"|(?:说|讲)得?(?:准|具体)(?:一点|点|了|些)?(?:是|，|,)?"
    r"|(?:准确|确切|精确)(?:的|数)?(?:是|为)|精确到个位(?:是|为)?)\s*"
)
_CORRECTED_RE = re.compile(
    # (原稿中“党员律师占比超过三分之一”的表述不准确: what the quote said, then its fault)
    # (…2186家”系数字录入错误，应为… · …62%”一项，计算时分母误将…: its fault named)
    # (…占比75.9%”一句数据有误: the sentence quoted, then its fault)
    r"[^“”。]{0,30}?”(?:一文中|的表述|的说法|这一表述|这一说法|一项|一句(?:数据|数字|表述)?)?[，,]?"
    r"(?:有误|错误|系笔误|不准确|应为|应更正|系[^，,。；;]{0,8}?(?:错误|有误|笔误)|[^，,。；;]{0,10}?误将)"
    # 四百九十多家，准确地说是四百九十七家: the speaker corrects it at once
    rf"|[，,]{_CORRECTION_RE.pattern}"
)
CORRECTED = "a figure the text corrects"
# 有媒体在报道中引用“全省…覆盖率69.3%”一数据。经核实，该数据…不符合…口径: a figure others
# quoted, which the text, in that sentence or the next, says is wrong
_QUOTED_BY_OTHERS_RE = re.compile(r"(?:引用|援引|引述|转引)了?“[^“”。]*$")
_REFUTED_RE = re.compile(r"不符合|有误|不准确|错误|不实|并非|失实")


# 2022年度报告中公布的“…覆盖率61.5%”，因…口径调整，经复核修订为58.9%: a figure published
# before, quoted, that the sentence then revises
_QUOTED_AS_PUBLISHED_RE = re.compile(r"(?:公布|发布|报道|披露|通报)的“[^“”。]*$")
_REVISED_AFTER_RE = re.compile(r"(?:修订|修正|更正|订正|核定|调整)为")


def _quoted_then_refuted(start: int, ctx: Context) -> bool:
    text = ctx.text
    s_start, s_end = ctx.sentence_of(start)
    by_others = _QUOTED_BY_OTHERS_RE.search(text, s_start, start)
    as_published = by_others or _QUOTED_AS_PUBLISHED_RE.search(text, s_start, start)
    if not as_published:
        return False
    closing = text.find("”", start, s_end)
    if closing < 0:
        return False
    if _REVISED_AFTER_RE.search(text, closing, s_end):
        return True
    next_end = ctx.sentence_of(s_end + 1)[1] if s_end + 1 < len(text) else s_end
    return bool(by_others) and _REFUTED_RE.search(text, closing, next_end) is not None


FIRMS_OF_A_SUBTYPE = "firms of a sub-type"  # 在台资企业中，已有…: a rate after them is theirs
# 更正一下，刚才是口误，…应为7.8万余名: a later sentence puts a figure said before right
_PUT_RIGHT_RE = re.compile(
    r"更正|口误|笔误|纠正|有误|修订|修正|订正|复核|误将"
)  # (经复核，…应为514名)
_SHOULD_BE_RE = re.compile(r"应为|应是|应更正为|修订为|修正为")
# 修订后，截至2022年底全市共有律师事务所253家 · 经核实，…: a sentence that gives the right figure
_PUT_RIGHT_OPENING_RE = re.compile(r"(?:修订后|修正后|更正后|核实后|经核实)[，,]")
# 原文“全区社会组织党组织覆盖率为89%”，系…: the words a notice withdraws, quoted
_WITHDRAWN_QUOTE_RE = re.compile(r"(?:原文|原稿|原表述|原为)(?:中|为|是)?“[^“”]*$")
# 原文中“…培训2期”等内容不变: words an erratum quotes to keep
_KEPT_AFTER_QUOTE_RE = re.compile(r"(?:等)?(?:内容|表述|数据)?(?:不变|无误|准确|保持不变)")
# …”应为“… · 原为“…”，现为“…”: the right words quoted after them
PUT_RIGHT_AS = ("应为", "应是", "更正为", "现为", "修订为", "修正为")
_CLAUSE_STOP_RE = re.compile(r"[，,；;。]")
_SENTENCE_STOP_RE = re.compile(r"[；;。！？!?]")
PUT_RIGHT = "a figure the text puts right later"
_SAME_RATIO_RE = re.compile(r"(?:这一|这个|该|此)(?:比例|比重|占比|覆盖率|组建率)")
# 这一比例比全省律师行业的31.4%: what the ratio is compared with, right before the figure
_OTHER_COMPARED_RE = re.compile(r"比([^，,；;。\d]{2,16}?)的$")
_RATE_OF_THEM_RE = re.compile(r"的?(?:党组织|党的组织)(?:覆盖率|组建率)|的(?:覆盖率|组建率)")
_WHEN_OPENING_RE = re.compile(
    # (2009年五月，所党支部成立…: a month too)
    r"(?:如今|目前|现在|当前|近年来|去年|今年|(?:19|20)\d{2}年"
    r"(?:(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份|底|末|初)?)?)[，,]?"
)
_PAIRED_WITH_RE = re.compile(r"[与同][^，,；;。]{0,16}?(?:结对|共建|签订|签约|合作|对接|结成)")
_PLAQUE_GIVEN_RE = re.compile(r"授牌|颁牌|授旗|揭牌|颁奖")  # (为…)授牌: given the title's plaque
_GIVEN_TO_RE = re.compile(r"为(?:第[一二三四五六七八九十\d]+批|首批)?$")  # 并为第三批|15个…
# whom someone visited (深入22个镇（街道）和83家非公企业: went into, then counted)
_VISITED_RE = re.compile(
    r"走访|调研了|考察了|参观了?|慰问了?|看望了?|深入(?=\d|[一二两三四五六七八九十])"
)
_FEWER_THAN = ("不足", "不到", "少于", "低于")
_ANOTHER_CONDITION_RE = re.compile(r"、[^，,；;。、\d]{1,12}?的")
# …正式党员、尚未单独建立党组织的企业: the words after a bound, up to the units it picks out
_UNITS_PICKED_OUT_RE = re.compile(
    # (not 1.6万多家、参加联合党组织的律所: the next item of a list, after its classifier)
    r"(?:[^，,；;。\d、]{1,6}?、[^，,；;。、\d]{1,16}?|[^，,；;。\d、]{0,6}?)的"
    # (对有3名以上正式党员、暂不具备单独组建条件的，采取…: the units left unsaid)
    r"(?:企业|律所|律师事务所|事务所|社会组织|商会|协会|单位|公证处|(?=[，,]))"
)
_SET_TO_ACT_RE = re.compile(r"(?<!党)组织了?$")
PARTNER_WORDS = ("与", "同")  # 3家律所与市司法局机关联合组建…: with whom, not a list
VAGUE_BEFORE = "数几"  # 数十家, 几百名 (a bare unit after them): no figure was stated
NOUN_CONTINUATIONS = (
    "干部",
    "职工",
    "人员",
    "会员",
    "人才",
    "骨干",
    "积极分子",
    "发展对象",
    "工作者",
    "覆盖率",  # 西峡县9家律所党组织覆盖率达100%: the firms' rate, no count of organizations
    "组建率",
)
YEAR_RE = re.compile(r"(?:19|20)\d{2}$")
# a bound or an about right before a figure, after the words that lead to it (上年为近700个 ·
# 成立时的约200人 · 高于全国约85%的…); the catalog's qualifier reads it from the figure itself
BOUND_BEFORE = r"(?:约|大约|近|接近|超过|逾|不足|不到)?"
_PERCENT_RE = re.compile(r"\d+(?:\.\d+)?%")  # how many percents a span states


@dataclass(slots=True)
class Figure:
    """What the words around one number say about it."""

    number: Number
    classifier: str | None = None
    tail_end: int = 0  # end of numeral + 多/余 + classifier + 以上
    titled: bool = False  # an award verb gave the quoted title before its term: an award
    qualifier: Qualifier = Qualifier.EXACT
    metric: str | None = None
    sector: str | None = None
    place: Place | None = None
    subgroup: str | None = None
    note: str = ""
    rule: str = ""
    owner: Figure | None = None  # the count a share or rate is stated of
    each_of: tuple[Place, ...] = ()  # 龙山县、永顺县各有律所6家: the places that each have it
    # 公证、司法鉴定行业党组织覆盖率均达到100%: the sectors that each have it
    each_sector: tuple[str, ...] = ()
    counts_all: bool = False  # 全省189家会计师事务所均已建立党组织: the firms, all covered
    as_of: date | None = None
    basis: AsOfBasis = AsOfBasis.UNKNOWN


@dataclass
class Context:
    """What holds for the whole document."""

    text: str
    catalog: Catalog
    gaz: Gazetteer
    published: date | None
    published_from_url: bool
    default_place: Place | None
    level_places: dict[str, Place | None]
    marks: list[DateMark]
    places: list[tuple[int, int, tuple[Place, ...]]]
    sentence_spans: list[tuple[int, int]] = field(default_factory=list)
    about_one_firm: bool = False  # the title names one firm's Party organization
    report_year: int | None = None  # the title reports on one year: 2023年工作总结
    awards_year: int | None = None  # the title awards one year's units: 关于表彰2023年度…的决定
    plans_titled: bool = False  # the title names plans, no report: 江西省司法厅2024年工作要点
    proposals_titled: bool = False  # the title puts awards forward: …拟表彰对象的公示
    title_sector: str | None = None  # the one sector the title names: 北京注册会计师行业党建
    local_names: tuple[str, ...] = ()  # 晋江 in a text about 晋江市: its own county's short name
    # 昆山 after 昆山市 was named: a short name read only where the words open (昆山共有…; not
    # inside a firm's name, 河南牧野律师事务所)
    opening_names: tuple[str, ...] = ()
    firm_short_names: tuple[str, ...] = ()  # 皖衡所 after 安徽皖衡律师事务所: one firm, named short
    # 异地(?=商会): the kind of chamber a title names as the text's subject (贵阳：异地商会党建…)
    subject_kind_re: re.Pattern[str] | None = None
    # 注：本白皮书数据均截至2021年6月30日: the date a note gives every figure of the text
    noted_date: DateMark | None = None
    vocab: Vocabulary = field(init=False)

    def __post_init__(self) -> None:
        self.vocab = vocabulary(self.catalog)  # the catalog's words and patterns, looked up once
        # sorted starts, so range lookups stay logarithmic on very long texts
        self._place_starts = [s for s, _, _ in self.places]
        self._mark_starts = [m.start for m in self.marks]
        self._sentence_starts = [s for s, _ in self.sentence_spans]

    def places_in(self, start: int, end: int) -> list[tuple[int, int, tuple[Place, ...]]]:
        lo = bisect_left(self._place_starts, start)
        hi = bisect_left(self._place_starts, end)
        return [p for p in self.places[lo:hi] if p[1] <= end]

    def marks_in(self, start: int, end: int) -> list[DateMark]:
        lo = bisect_left(self._mark_starts, start)
        hi = bisect_left(self._mark_starts, end)
        return [m for m in self.marks[lo:hi] if m.end <= end]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self._sentence_starts, pos) - 1
        if k >= 0 and pos <= self.sentence_spans[k][1]:
            return self.sentence_spans[k]
        return _sentence_bounds(self.text, pos)


@dataclass(slots=True)
class SentenceState:
    start: int
    end: int
    last_count: Figure | None = None  # the previous count figure in the sentence
    last_percent: Figure | None = None  # the previous percent figure in the sentence
    percents: list[Figure] = field(default_factory=list)  # every percent figure so far
    counts: list[Figure] = field(default_factory=list)  # every count figure so far
    relevant: bool = False  # a catalog word occurs in the sentence
    topic: Place | None = None  # the place the paragraph is about so far
    published_counts: list[Figure] = field(default_factory=list)
    # the last rate and count the sentence before (same paragraph) published: 这一比例 and
    # 这个数字 may point to them
    rate_before: Figure | None = None
    count_before: Figure | None = None
    # the sentence before, in the same paragraph (…覆盖率…41.2%；…64.5%。而在上年末，这两项
    # 数据分别为…: the figures it published)
    before: SentenceState | None = None


# ---------------------------------------------------------------------------
# document level


PlaceHits = list[tuple[int, int, tuple[Place, ...]]]


# 云南组工网 · 河北省司法厅门户网站 · 江苏法院网: a site's name heading a saved page
_SITE_NAME_RE = re.compile(r"[^\s，。：]{1,14}(?:网|网站|门户|在线)")


def _headline_under_site(text: str, site: str, gaz: Gazetteer) -> str | None:
    """The headline under a site's name in a saved page's head when it opens with a place
    inside the site's own (湖北组工网 over 武汉市律师行业表彰…), else None."""
    site_places = [p for hit in gaz.find(site) for p in hit[2]]
    for line in text.split("\n", HEAD_LINES + 1)[: HEAD_LINES + 1]:
        line = line.strip()
        if line == site or not 0 < len(line) <= HEADLINE_MAX or line.endswith("。"):
            continue
        opening = [hit for hit in gaz.find(line) if hit[0] == 0]
        if opening and any(
            place.province == site_place.province and place != site_place
            for place in opening[0][2]
            for site_place in site_places
        ):
            return line
    return None


def _county_city_opening(title: str, gaz: Gazetteer, vocab: Vocabulary) -> PlaceHits:
    """昆山律师行业… · 晋江非公企业党建 · 霍邱：… · 吴江“两新”… · 《福田年鉴2025》: a title that
    opens with the short name of one county-level place (the only place so named), then its
    sector, 党建, a colon or 年鉴; or a part of it after a dash or a bracket does
    (【法治义乌】…——义乌律师行业党建工作综述)."""
    starts = [int(title.startswith("《"))]
    starts += [m.end() for m in _TITLE_PART_RE.finditer(title)]
    # 温州瑞安：… · 苏州昆山律师…: the city first, then its county-level place
    city = next(
        (h for h in gaz.find(title[:6]) if h[0] == 0 and h[2][0].level is Level.PREFECTURE), None
    )
    if city is not None:
        starts.append(city[1])
    for at in starts:
        for length in (3, 2):
            places = gaz.county_short.get(title[at : at + length], ())
            if title.startswith(_ONE_FIRM_AFTER, at + length):
                continue  # 北辰律师事务所的三十五年: a firm named after the place
            if city is not None and at == 0:
                break  # 长沙律师…: the city's own short name (长沙县's too)
            if _names_a_wider_place(title[at : at + length], gaz):
                break  # 【转载】河南律师…: the province (not 河南蒙古族自治县)
            if (
                city is not None
                and at == city[1]
                and not any(_is_county_of(p, c) for p in places for c in city[2])
            ):
                continue
            if len(places) == 1 and (
                _sector_or_party_next(title, at + length, vocab)
                # (乐清：电器之都党建…: a colon after the name, the title's subject)
                or title.startswith(("：", ":", "年鉴"), at + length)
            ):
                return [(at, at + length, places)]
    return []


def _names_a_wider_place(name: str, gaz: Gazetteer) -> bool:
    """``name`` is, whole, the short name of a province or a prefecture city."""
    return any(
        hit[:2] == (0, len(name)) and hit[2][0].level in (Level.PROVINCE, Level.PREFECTURE)
        for hit in gaz.find(name)
    )


_TITLE_PART_RE = re.compile(r"——|】|—")  # where a title's subtitle or a bracketed label ends
_ONE_FIRM_AFTER = ("律师事务所", "会计师事务所", "公证处")


def _sector_or_party_next(title: str, at: int, vocab: Vocabulary) -> bool:
    at += title.startswith(("：", ":", " "), at)  # 慈溪：非公企业党建…
    at += title.startswith(("“", '"'), at)  # 江阴“两新”党建
    return bool(vocab.sector_re.match(title, at)) or title.startswith(("党建", "两新"), at)


COUNTY_KINDS = "市县区旗"  # what a county-level place's name ends in, by its kind
PLACE_KINDS = tuple("省市区县旗州盟")  # what any place's full name ends in


def _short_name_of_another(
    name: str, cands: tuple[Place, ...], text_hits: PlaceHits, text: str
) -> bool:
    """A title's place named short (朝阳, no 市/区/县) while the text names in full another
    place of that short name (朝阳区): the title's may be either."""
    if name.endswith(PLACE_KINDS):
        return False
    return any(
        e - s == len(name) + 1 and text.startswith(name, s) and not set(cands) & set(others)
        for s, e, others in text_hits
    )


def _kind_called(place: Place, last_char: str) -> str:
    """The kind a text calls a place by its name's last character (富阳市 for what is 杭州市
    富阳区 now: a city to that text), else the kind its name says now."""
    return last_char if last_char and last_char in COUNTY_KINDS else place.name[-1]


BYLINE_MAX_CHARS = 100  # a source or byline line is short; a paragraph of prose is not


def document_places(
    text: str, title: str, gaz: Gazetteer, cat: Catalog, text_places: PlaceHits | None = None
) -> tuple[Place | None, dict[str, Place | None]]:
    """The place a document is about, and the place each scope word (全省/全市/全县) means in it."""
    vocab = vocabulary(cat)
    # 沈阳市和平区会计师事务所…: a place right before another names it (not a firm 和平区…所)
    found_in_title = gaz.find(title)
    # (温州瑞安：…: a city's short name opening the title may lead to its county-level place)
    if (
        not found_in_title
        or found_in_title[0][0] > 0
        or found_in_title[0][2][0].level is Level.PREFECTURE
    ):
        found_in_title = _county_city_opening(title, gaz, vocab) + found_in_title
    if not found_in_title:
        # 晋江组工网 over 晋江：非公企业党建…: a saved page's headline under its site's name
        head_lines = (line.strip() for line in text.split("\n", HEAD_LINES)[:HEAD_LINES])
        headline = next((h for h in head_lines if _county_city_opening(h, gaz, vocab)), None)
        if headline is not None:
            title, found_in_title = headline, _county_city_opening(headline, gaz, vocab)
    title_starts = {h[0] for h in found_in_title}
    title_hits = [
        h for h in found_in_title if _names_the_place(title, h, vocab, h[1] in title_starts)
    ]
    text_hits = gaz.find(text) if text_places is None else text_places
    text_starts = {h[0] for h in text_hits}
    hits = title_hits + [
        h for h in text_hits if _names_the_place(text, h, vocab, h[1] in text_starts)
    ]
    found: list[Place] = []
    # 富阳市 (杭州市富阳区 now): the kind the text calls a place, by its last character
    called: dict[Place, str] = {}
    titled_count = 0
    for i, (start, end, cands) in enumerate(hits):
        named = (title if i < len(title_hits) else text)[start:end]
        if _short_name_of_another(named, cands, text_hits, text):
            continue  # 朝阳律师党建联盟 over 北京市朝阳区是…: 朝阳 is that district, not 朝阳市
        # 长春市朝阳区: a name several cities have is the one in the place named before it;
        # the first place named, in the one named later that holds it (鼓楼区…徐州市…)
        context = found[0] if found else _holding_place(cands, hits)
        if _several_cities_have(cands, context):
            continue  # 朝阳区 alone: Beijing's or Changchun's? No guess.
        place = choose(cands, context)
        if place.code.startswith(OUTSIDE_THE_MAINLAND):
            continue  # 香港文汇报讯（记者 南京报道）江苏省…: where the paper is, not the text's place
        found.append(place)
        last_char = (title if i < len(title_hits) else text)[end - 1]
        if last_char in COUNTY_KINDS:  # (not 即墨 in a title: the kind the text calls it)
            called.setdefault(place, last_char)
        titled_count += i < len(title_hits)
    national = any(p.level is Level.NATIONAL for p in found[:titled_count]) or bool(
        _NATIONAL_BODY_RE.match(title)
    )
    found = [p for p in found if p.level is not Level.NATIONAL]
    if not found and (home := _firms_home_in_title(title, found_in_title, vocab)) is not None:
        # 宁夏瀚澜律师事务所党支部获评…, a text naming no other place: its 全区 is the firm's
        found.append(home)
    by_level: dict[str, Place | None] = {
        "province": None,
        "city": None,
        "district": None,
        "county": None,
        "prefecture": None,  # 全州, 全盟: an autonomous prefecture or league, not a 市
    }
    titled = set(found[:titled_count])
    kind = {p: _kind_called(p, called.get(p, "")) for p in found}
    for p in found:
        if by_level["prefecture"] is None and _is_zhou_or_meng(p):
            by_level["prefecture"] = p
        if by_level["province"] is None and p.level is Level.PROVINCE and not p.name.endswith("市"):
            by_level["province"] = p
        # a prefecture the title names, whatever its kind: 延边朝鲜族自治州 (全州), 锡林郭勒盟
        if by_level["city"] is None and (
            kind[p] == "市" or p.level is Level.PREFECTURE and p in titled
        ):
            by_level["city"] = p
        if by_level["county"] is None and p.level is Level.COUNTY and kind[p] in "县旗":
            by_level["county"] = p
        if by_level["district"] is None and (
            p.level is Level.COUNTY and kind[p] == "区" or _a_titled_diqu(p, titled)
        ):
            by_level["district"] = p  # (大兴安岭地区…全区: a 地区 the title names is its 全区)
    city = by_level["city"]
    parent = gaz.parent_of(city) if city is not None else None
    if (
        city is not None
        and parent is not None
        and any(
            p.prefecture_code == city.prefecture_code and p.level is Level.COUNTY and p != city
            for p in found
        )
    ):
        # 涪城区、游仙区、江油市作交流发言: a county-level city among the city's other
        # counties is one of them; 全市 is the city that holds them
        by_level["city"] = parent
    if by_level["province"] is None and found:
        # a city named first still tells the province (徐州 -> 江苏省)
        by_level["province"] = gaz.by_full_name.get(found[0].province)
    if by_level["province"] is None and not national:
        # 全区公证行业党建工作推进会在银川召开 · 南宁市邕江公证处：…: the province they lie in
        venue = _venue_in_title(title, found_in_title, vocab)
        by_level["province"] = gaz.by_full_name.get(venue.province) if venue else None
    region = by_level["province"]
    in_title = [choose(cands, None) for _, _, cands in title_hits]
    # 全区 in a text about an autonomous region is the region, unless the title names a
    # district (内蒙古：首府与包头…, with 包头市昆都仑区 only named in the text); a text that
    # opens with the region is about it too (八桂律师…观察 / 广西律师行业党建…, 柳南区 later)
    about_region = region in in_title or bool(found) and found[0] == region
    if (
        region
        and "自治区" in region.name
        and (
            by_level["district"] is None
            or about_region
            and not any(p.level is Level.COUNTY or _a_titled_diqu(p, in_title) for p in in_title)
        )
    ):
        by_level["district"] = region
    context = found[0] if found else None
    head = _named_places(title_hits, title, gaz, context)
    head += _named_places([h for h in hits[len(title_hits) :] if h[0] < 150], text, gaz, context)
    head = [
        p
        for p in head
        if p.level is not Level.NATIONAL and not p.code.startswith(OUTSIDE_THE_MAINLAND)
    ]
    # 司法部：全国律师行业…: a title naming the nation and no place is about the nation
    default = head[0] if head else NATIONAL_PLACE if national else None
    if default is not None and _places_counted_in(title, found_in_title):
        default = None  # 呼包鄂三市律师…工作情况 · 苏浙皖三省…联席会议在芜湖召开: several places'
    if by_level["district"] is None and default is not None and default.name.endswith("区"):
        # 西安高新区…：全区 is the zone (or 吴中区) the text is about
        by_level["district"] = default
    if default is not None and default.level is Level.COUNTY and default.name.endswith("市"):
        # 滁州市天长市…全市: a text about a county-level city means it by 全市
        by_level["city"] = default
    if by_level["city"] is None and default is not None and not default.name.endswith("市"):
        # 宁远县…全市: the city the county lies in (a county-level city is its own 全市)
        by_level["city"] = gaz.parent_of(default)
    if by_level["prefecture"] is None and default is not None:
        # 延吉市…全州: the autonomous prefecture a county-level city lies in
        parent = gaz.parent_of(default)
        by_level["prefecture"] = parent if parent and _is_zhou_or_meng(parent) else by_level["city"]
    return default, by_level


def _a_titled_diqu(place: Place, titled: Iterable[Place]) -> bool:
    """A prefecture called 地区 (大兴安岭地区, 和田地区) that the title names."""
    return place.level is Level.PREFECTURE and place.name.endswith("地区") and place in titled


def _places_counted_in(title: str, hits: PlaceHits) -> bool:
    """The title counts the places it is about (三市 · 两地 · 三省一市), outside any place's
    own name (二七区)."""
    return any(
        not any(s <= m.start() < e for s, e, _ in hits) for m in _PLACES_COUNTED_RE.finditer(title)
    )


# 台湾, 香港, 澳门 (division codes 71, 81, 82): no text here counts their Party organizations
OUTSIDE_THE_MAINLAND = ("71", "81", "82")


def _firms_home_in_title(title: str, hits: PlaceHits, vocab: Vocabulary) -> Place | None:
    """The place a title opens with as the start of a firm's name (宁夏瀚澜律师事务所), when
    one place has that name."""
    if not hits or hits[0][0] != 0 or len(hits[0][2]) != 1:
        return None
    end = hits[0][1]
    return hits[0][2][0] if vocab.unit_names.after_place.match(title[end : end + 16]) else None


def _is_zhou_or_meng(place: Place) -> bool:
    return place.level is Level.PREFECTURE and place.name.endswith(("州", "盟"))


def _in_the_place_before(hits: PlaceHits) -> PlaceHits:
    """杭州市西湖区 · 沧州市新华区: a name several cities share, right after one of them, is
    that city's (whatever city the text is about)."""
    out: PlaceHits = []
    for start, end, cands in hits:
        if out and out[-1][1] == start and len(cands) > 1:
            holders = [p for p in out[-1][2] if p.level in (Level.PROVINCE, Level.PREFECTURE)]
            inside = tuple(
                c for c in cands if any(c.code.startswith(area_prefix(h)) for h in holders)
            )
            cands = inside or cands
        out.append((start, end, cands))
    return out


# 海曙、江北、鄞州三区 · 温岭、玉环两市 · 昆山、张家港、常熟三地 (三个县级市): counties by their short
# names, listed, then how many and of what kind (地: of any kind)
_SHORT_COUNTIES_RE = re.compile(
    r"((?:[\u4e00-\u9fff]{2,3}[、和])+[\u4e00-\u9fff]{2,3}?)([两二三四五六七八九十])个?(?:县级)?([区县市旗地])(?!级)"
)


def _short_counties_listed(text: str, city: Place | None, gaz: Gazetteer) -> PlaceHits:
    """The counties of ``city`` a text lists by short name and counts (海曙、江北、鄞州三区),
    each resolved to one place, or none of the list when any is not (or the count differs)."""
    if city is not None and city.level is Level.COUNTY:
        city = gaz.parent_of(city)  # 义乌市…，东阳、永康两市: the counties of the city it lies in
    if city is None or city.level is not Level.PREFECTURE:
        return []
    found: PlaceHits = []
    for m in _SHORT_COUNTIES_RE.finditer(text):
        items = _LIST_ITEM_SPLIT_RE.split(m[1])
        if len(items) != chinese_to_number(m[2]):
            continue
        hits: PlaceHits = []
        at = m.end(1)
        for item in reversed(items):  # the first item may hold words before the name
            start = at - len(item)
            county = next(
                (
                    (at - n, place)
                    for n in (3, 2)
                    if n <= len(item)
                    for place in _counties_of(city, item[-n:], m[3], gaz)
                ),
                None,
            )
            if county is None or (county[0] > start and item is not items[0]):
                hits = []
                break
            hits.insert(0, (county[0], at, (county[1],)))
            at = start - 1
        found += hits
    return found


# 武安全市12家律所 · 县级市武安: a county by short name, before its own scope word or after
# its kind
_SHORT_COUNTY_SCOPED_RE = re.compile(
    r"(?:县级市|县级区)?(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2})全([市县区旗])"
    r"|县级市([\u4e00-\u9fff]{2})(?![\u4e00-\u9fff]*?[市县区])"
)


def _short_counties_scoped(text: str, city: Place | None, gaz: Gazetteer) -> PlaceHits:
    """The counties of ``city`` a text names by short name before their own scope word
    (武安全市) or after 县级市 (县级市武安), each resolved to one place."""
    if city is not None and city.level is Level.COUNTY:
        city = gaz.parent_of(city)
    if (
        city is None
        or city.level is not Level.PREFECTURE
        or "全" not in text
        and "县级" not in text
    ):
        return []
    found: PlaceHits = []
    for m in _SHORT_COUNTY_SCOPED_RE.finditer(text):
        group = 1 if m[1] else 3
        places = _counties_of(city, m[group], m[2] or "市", gaz)
        if places:
            found.append((m.start(group), m.end(group), (places[0],)))
    return found


def _counties_of(city: Place, short: str, kind: str, gaz: Gazetteer) -> list[Place]:
    """The one county of ``city`` called ``short`` and of that kind (地: any), else none."""
    places = [
        p
        for p in gaz.county_short.get(short, ())
        if p.prefecture_code == city.prefecture_code and (kind == "地" or p.name.endswith(kind))
    ]
    return places if len(places) == 1 else []


def _hit_span(hit: tuple[int, int, tuple[Place, ...]]) -> tuple[int, int]:
    """Where a place hit stands: hits sort by it (two names at one span compare no further)."""
    return hit[0], hit[1]


def _with_short_counties(hits: PlaceHits, short: PlaceHits) -> PlaceHits:
    """The place hits with the short county names added where no place was found."""
    if not short:
        return hits
    taken = [(s, e) for s, e, _ in hits]
    new = [h for h in short if not any(s < h[1] and h[0] < e for s, e in taken)]
    return sorted(hits + new, key=lambda h: h[0])


def _several_cities_have(candidates: tuple[Place, ...], context: Place | None) -> bool:
    """A county name that cities share (朝阳区, 鼓楼区) and nothing says whose."""
    if context is not None and any(c.code.startswith(area_prefix(context)) for c in candidates):
        return False
    counties = {c.prefecture_code for c in candidates if c.level is Level.COUNTY}
    return len(counties) > 1 and len(counties) == len(candidates)


def _holding_place(candidates: tuple[Place, ...], hits: PlaceHits) -> Place | None:
    """A province or city named without doubt that holds one of several candidates."""
    if len(candidates) < 2:
        return None
    for _, _, other in hits:
        holder = other[0]
        if (
            len(other) == 1
            and holder.level in (Level.PROVINCE, Level.PREFECTURE)
            and any(c.code.startswith(area_prefix(holder)) for c in candidates)
        ):
            return holder
    return None


def _within(candidates: tuple[Place, ...], place: Place | None) -> bool:
    """One of the candidates lies in ``place``'s prefecture."""
    return place is not None and any(
        c.code.startswith(place.prefecture_code)
        for c in candidates
        if place.level is not Level.PROVINCE
    )


def _named_places(
    hits: PlaceHits, text: str, gaz: Gazetteer, context: Place | None = None
) -> list[Place]:
    """The places hits name: 苏州市吴中区 (a city, then one of its counties) is the county,
    湖北省宜昌市 the city; with ``context``, a name several cities share only when one lies
    in it."""
    places: list[Place] = []
    previous_end = -1
    for start, end, cands in hits:
        last = places[-1] if places else None
        # (苏州市下辖的县级市昆山市: the place the city holds, as 苏州市昆山市)
        held = previous_end >= 0 and _HELD_BETWEEN_RE.fullmatch(text, previous_end, start)
        if (start == previous_end or held) and last is not None:
            inner = next((c for c in cands if _lies_in(c, last)), None)
            if inner is not None:
                places[-1] = inner
                previous_end = end
                continue
        previous_end = end
        if _several_cities_have(cands, context):
            continue
        places.append(with_zone(choose(cands, context), text, end))
    return places


def _is_county_of(place: Place, city: Place) -> bool:
    """苏州市吴中区: ``place`` is a county or district of ``city``."""
    return (
        city.level is Level.PREFECTURE
        and place.level is Level.COUNTY
        and place.prefecture_code == city.prefecture_code
    )


def _lies_in(place: Place, outer: Place) -> bool:
    """湖北省宜昌市 · 宜昌市枝江市: ``place`` is a city of province ``outer`` or a county of
    city ``outer``."""
    if outer.level is Level.PROVINCE:
        return place.province == outer.name and place.level is not Level.PROVINCE
    return _is_county_of(place, outer)


# 来源：司法部 · 来源：中华全国律师协会: a national body publishes the page
_NATIONAL_SOURCE_RE = re.compile(
    r"来源\s*[:：]\s*(?:中华人民共和国)?(?:司法部|中华全国律师协会|全国律协|全国律师行业党委"
    r"|中国注册会计师协会|中注协|中国公证协会)"
)
# 中国注册会计师协会… · 中华全国律师协会…: a title about a national body is about the nation
_NATIONAL_BODY_RE = re.compile(r"\s*(?:中国|中华全国)[\u4e00-\u9fff]{1,10}?(?:协会|律协|总会)")


def _venue_in_title(title: str, hits: PlaceHits, vocab: Vocabulary) -> Place | None:
    """The one place a title names only as where its meeting was held (…推进会在银川召开)
    or in a unit's name (南宁市邕江公证处：…): it still tells the province."""
    aside = [
        h
        for h in hits
        if not _names_the_place(title, h, vocab) and not listed_as_example(title, h[1])
    ]
    return choose(aside[0][2], None) if len(aside) == 1 and len(aside[0][2]) == 1 else None


def _held_at(text: str, hit: tuple[int, int, tuple[Place, ...]]) -> bool:
    start, end, _ = hit
    return bool(_MET_AT_RE.match(text, end) and _AT_RE.search(text, max(0, start - 16), start))


def _names_the_place(
    text: str,
    hit: tuple[int, int, tuple[Place, ...]],
    vocab: Vocabulary,
    place_follows: bool = False,
) -> bool:
    """Not an example of others (北京、上海等地), nor part of a unit's name (北京盈科（杭州）律师事务所;
    not 沈阳市和平区会计师事务所…, where another place follows) or an institution's (南京师范大学),
    nor where a firm has an office (其上海分所)."""
    start, end, _ = hit
    after = text[end : end + 16]
    return (
        not _TRAVELLED_TO_RE.search(text, max(0, start - 16), start)  # 赴深圳、佛山学习
        # (地处赣州市东部的瑞金市: where the place it describes lies)
        and not (
            _LIES_IN_BEFORE_RE.search(text, max(0, start - 4), start)
            and _PLACE_DESCRIBED_AFTER_RE.match(text, end)
        )
        and not listed_as_example(text, end)
        and not _BRANCH_OFFICE_RE.match(after)
        and not _held_at(text, hit)
        and (place_follows or not vocab.unit_names.after_place.match(after))
        and not vocab.institution_re.match(after)
    )


# 大巴山南麓 · 黄河南岸: a name's last character starts a bearing word (山南 is no place here)
_BEARING_RE = re.compile(r"[东西南北][麓坡侧岸郊缘隅翼]")  # (not 部: 河南部分…)


def _ends_in_a_bearing(text: str, end: int) -> bool:
    return _BEARING_RE.match(text, end - 1) is not None


# （图为党员律师在天山区一社区…。记者 王磊 摄）: a picture's caption, a line of its own
_CAPTION_RE = re.compile(r"[ \t\u3000]*[（(]?(?:图为|图片为|上图|下图|图[：:])")


def _in_a_caption(text: str, pos: int) -> bool:
    """``pos`` is on a picture's caption line: where the picture was taken, not the place
    the text counts."""
    return _CAPTION_RE.match(text, text.rfind("\n", 0, pos) + 1) is not None


# before a place, what makes it where a unit stands (该所总部位于乌鲁木齐市): no scope of the figures
LOCATED_AT = ("位于", "坐落于", "坐落在", "地处", "设在")
_LIES_IN_BEFORE_RE = re.compile(rf"(?:{'|'.join(LOCATED_AT)})$")
_PLACE_DESCRIBED_AFTER_RE = re.compile(r"[^，,；;。\d]{0,6}?的[\u4e00-\u9fff]{2,6}?[市县区旗]")
# 赴深圳、佛山学习 · 前往昆山考察: places the writers went to, not the text's own
_TRAVELLED_TO_RE = re.compile(r"(?:赴|前往|奔赴)(?:[\u4e00-\u9fff]{0,6}、)*$")
# 推进会在浙江杭州召开: where a meeting was held, not what the text counts
# (在武汉、宜昌、襄阳分片举办: each place of a list is where)
_MET_AT_RE = re.compile(
    r"(?:、[\u4e00-\u9fff]{1,6}?)*?[\u4e00-\u9fff]{0,4}?(?:召开|举行|举办|开幕|闭幕|开班|结业)"
)
# 在杭州 · 在浙江杭州 · 在井冈山、嘉兴南湖 (not 杭州召开…: the host)
_AT_RE = re.compile(r"在(?:[\u4e00-\u9fff]{1,6}、)*[\u4e00-\u9fff]{0,3}$")
# 南京西路 · 北京路 · 延安东路: a street named after a place, no place of the text
_STREET_AFTER_RE = re.compile(r"[东西南北中]?(?:路|大街|大道)(?![线径口])")
# 中新网北京6月11日电 · 本报北京1月17日讯 · (记者 王晓涵 北京报道): where the story was
# filed, not what it is about
_FILED_AT_RE = re.compile(
    r"\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日\s*[电電讯訊]|\s*(?:报道|報道)[)）]"
)


def _mask_words_not_places(text: str) -> str:
    """其中 hidden from the gazetteer (same length: offsets hold): its 中 would start a place
    (其中区县 -> 中区, 其中山东 -> 中山); so are places a group went to learn from (赴长沙市
    学习考察): what the text counts is not theirs."""
    text = text.replace("其中", "其\u3000") if "其中" in text else text
    if "赴" in text or "前往" in text:
        text = _DESTINATION_RE.sub(lambda m: "\u3000" * len(m[0]), text)
    if "兵团" in text:
        text = _ALL_PROVINCES_AND_THE_CORPS_RE.sub(lambda m: m[1] + "\u3000" * len(m[2]), text)
    return text


# 31个省（区、市）和新疆生产建设兵团均已成立… · 各省、自治区、直辖市及兵团注协…: every province and
# the Corps, the nation's figure (the Corps is a place of its own only when named alone)
_ALL_PROVINCES_AND_THE_CORPS_RE = re.compile(
    r"((?:各省|省[（(]区、市[)）]|自治区、直辖市)(?:和|及|以及|、))(新疆生产建设兵团|兵团)"
)
_DESTINATION_RE = re.compile(
    r"(?<=赴|往)[^，,。；;、\s]{2,12}?(?=学习|考察|参观|交流|观摩|调研|取经|跟班)"
)


def _names_an_example_unit(end: int, pos: int, text: str) -> bool:
    """The place ending at ``end`` names a unit listed as an example of a count after it in
    its clause (浙江东瓯律师事务所党支部、乐清市律师行业第二联合党支部等15个党组织)."""
    return _EXAMPLES_COUNTED_RE.match(text, end) is not None


# (not 中共湖南省律师行业委员会授予…等50名: the body that awards, before the list)
_EXAMPLES_COUNTED_RE = re.compile(
    r"(?:(?!授予|命名|表彰|评为|确定|认定)[^，,；;。]){0,160}?等(?:\d|[一二两三四五六七八九十])"
)


def listed_as_example(text: str, end: int) -> bool:
    """北京、上海、广东等地: a place (ending at ``end``) named as an example of others."""
    after = text[end : end + 12]
    return after.startswith("等") or after.startswith("、") and "等" in after


def _place_named(name: str | None, gaz: Gazetteer) -> Place | None:
    if not name:
        return None
    if name == NATIONAL_PLACE.name:
        return NATIONAL_PLACE
    if name in gaz.by_full_name:
        return gaz.by_full_name[name]
    found = gaz.find(name)
    return choose(found[0][2], None) if found else None


# ---------------------------------------------------------------------------
# reading the words around a number


_PERCENT_SIGN_RE = re.compile(r"[ \u00a0]?%")
# 2012年这一数字 · 2015年底这一比例: a year that dates the one figure it points back to
POINTING_BACK = ("这一数字", "这个数字", "该数字", "这一数据", "这一比例", "这一数量")
# one count of a list, with its mark: 38家、 · 四百余名、
COUNT_LISTED = rf"(?:\d[\d.,]*|[{CHINESE_DIGITS}]+)万?[余多]?[家个名人%][、和]"
FOOTNOTE_MARK = r"[①②③④⑤⑥⑦⑧⑨⑩]|\[\d{1,2}\]"  # 1,486家①: a note's mark says nothing of it


def read_tail(fig: Figure, text: str, cat: Catalog) -> None:
    """Classifier and after-qualifiers: 800余家, 15000多名, 70%以上, 408 人."""
    i = fig.number.end
    if fig.number.form is Form.PERCENT and (sign := _PERCENT_SIGN_RE.match(text, i)):
        i = sign.end()
    qual = Qualifier.LOWER_BOUND if fig.number.more_inside else None  # 120多万户
    if text.startswith(("多", "余"), i):
        qual, i = Qualifier.LOWER_BOUND, i + 1
    elif fig.number.form is Form.FRACTION and text.startswith("强", i):
        qual, i = Qualifier.LOWER_BOUND, i + 1  # 三分之一强: a little over a third
    elif text.startswith("来", i) and cat.classifier_group(text[i + 1 : i + 2]):
        qual, i = Qualifier.APPROXIMATE, i + 1  # 200来人: about 200 (not 2018年以来)
    j = i
    while j < len(text) and text[j] == " ":
        j += 1
    if fig.number.form in (Form.ARABIC, Form.CHINESE) and j < len(text):
        if text.startswith(cat.not_observation["person_times"], j):
            fig.note = "person-times"
        elif cat.classifier_group(text[j]):
            fig.classifier = text[j]
            i = j + 1
    after = vocabulary(cat).qualifier_after_re.match(text, i)
    if after is not None:
        qual, i = vocabulary(cat).qualifiers_after[after[0]], after.end()
    if qual:
        fig.qualifier = qual
    fig.tail_end = i


_CLOSED_ASIDE_RE = re.compile(r"[（(][^（()）]*[)）]")  # （同比增加6家）: an aside, closed
_TRAILING_ASIDE_RE = re.compile(r"[（(][^（()）]{0,16}[)）]$")
_TRAILING_DURATION_RE = re.compile(r"(?:已经|已)?连续(?:[一二两三四五六七八九十\d]+|多)年$")
_TRAILING_WHEN_RE = re.compile(
    r"(?<=[率数比重])(?:早在|在|于)?(?:(?:19|20)\d{2}年(?:底|末)?|去年(?:底|末)?|今年|目前|同期)$"
    # 党员律师在2012年仅6.7万人: a year after any term, with 在
    r"|(?<=[\u4e00-\u9fff])(?:早在|在)(?:19|20)\d{2}年(?:底|末)?$"
    # (浙江从2015年底约5600名发展到…: a change's start, dated right before its figure)
    r"|(?<=[\u4e00-\u9fff])[从由](?:19|20)\d{2}年(?:底|末)?$"
)
# 2021年底的 · 前年的 · 去年同期的 · 由本届理事会成立时的: when a figure stood, before it
_TRAILING_DATE_OF_RE = re.compile(
    r"(?:(?:(?:19|20)\d{2}年|前年|去年|上年|当年|同年)(?:\d{1,2}月)?(?:底|末|初|年底|年末|年初|同期)?|年初|同期"
    r"|(?<![\d年])\d{1,2}月(?:底|末|初)"  # (由3月底的3120名: a month of the text's year)
    # (从攻坚行动启动时（2020年底）的: the time, then its date in brackets)
    r"|[由从][^，,；;。由从的]{1,14}?(?:时|之时|之初|前|之前|以前)"  # (由行动前的58.7%)
    r"(?:[（(]?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末)?[)）]?)?"
    r"|[由从][一二两三四五六七八九十\d]+年前"
    r"|[由从](?:原|原先|此前|之前|初步|快报)(?:公布|发布|统计|报送|上报)?)的$"  # (由原公布的247家)
)


_STANDS_AT_RE = re.compile(r"(?<=[数率量模])(?:目前|现在|当前)?在$")  # (覆盖率目前在85%左右)
# 全省执业律师2017年底为… · 全省律师党员2012年、2017年、2021年分别为…: the dates of a term's
# figures, between the two
LISTED_YEAR = (  # 2012年、 · 2019年底和 · 2019、(2020、2021年): a year of a list, not its last
    r"(?:19|20)\d{2}(?:年(?:底|末)?[、和]|、(?=(?:19|20)\d{2}))"
)
_COUNTED_OVER_YEARS_RE = re.compile(r"(?:数量|总数)?(?:由|从)(?:(?:19|20)\d{2}年|去年|上年|前年)")
# (执业律师人数分别为：2018年11452名、…: a list of dated levels after the term's 分别为)
_COUNT_NOUN_END_RE = re.compile(r"(?:总人数|人数|总数|数量)?(?:分别|依次)?(?:为|是)?[：:]?$")
_TRAILING_YEAR_END_RE = re.compile(
    rf"(?:{LISTED_YEAR})*"
    r"(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末)?|(?:去年|上年)(?:底|末))$"
)


# 全市（时为遵义地区） · 全县（今为区）: a place's name or status then, beside its scope word
_FORMER_NAME_ASIDE_RE = re.compile(r"[（(](?:时为|原为|今为)[^（()）]{1,12}[)）]")


# 州（市）级 · 县（市、区）级: a level's other kinds in brackets before 级
_LEVEL_KINDS_ASIDE_RE = re.compile(r"(?<=[省市县区州盟旗])[（(][省市县区州盟旗、]{1,5}[)）](?=级)")


def strip_before(text: str, cat: Catalog) -> tuple[str, Qualifier | None]:
    """Clause text before a number without trailing fillers; the qualifier cue found among them."""
    qual = None
    cues = vocabulary(cat).qualifier_cues
    if "时为" in text or "原为" in text or "今为" in text:
        text = _FORMER_NAME_ASIDE_RE.sub("", text)  # 全市（时为遵义地区）仅有律师42名
    if "级" in text:
        text = _LEVEL_KINDS_ASIDE_RE.sub("", text)  # 州（市）级律师行业党委16个: 州级
    changed = True
    while changed and text:
        changed = False
        text = text.rstrip(" ")
        if text.endswith((")", "）")):
            text = _TRAILING_ASIDE_RE.sub("", text)
        if text.endswith("——"):
            text = _DASH_ASIDE_RE.sub("", text)  # 党组织——既包括…也包括…——共计: the term before
        if text.endswith("的"):
            text = _TRAILING_DATE_OF_RE.sub("", text)
        if text.endswith("年"):
            text, n = _TRAILING_DURATION_RE.subn("", text)  # 已连续三年保持100%
            changed = changed or n > 0
        # 覆盖率早在2016年就达到了100% · 组建率去年已达到87%: when, between term and figure
        # (执业律师同期达到1.42万人: 同期 after any term)
        text, n = _TRAILING_WHEN_RE.subn("", text)
        if (
            not n
            and text.endswith("同期")
            and len(text) > 2
            and text[-4:-2] not in ("截至", "截止")
        ):
            text, n = text[:-2], 1
        if not n and (stands := _STANDS_AT_RE.search(text)):
            # 覆盖率在六成左右 · 总数在1500名左右 (not 已在52家…中)
            text, n = text[: stands.start()], 1
        # 全省执业律师2017年底为2.1万余人: a year's end right after any term
        # (律师事务所数量2020年、2022年、2024年分别为…: after the term's 数量 too)
        if (
            not n
            and (end := _TRAILING_YEAR_END_RE.search(text))
            and suffix_term(_COUNT_NOUN_END_RE.sub("", text[: end.start()]), cat)
        ):
            text, n = text[: end.start()], 1
        changed = changed or n > 0
        if text.endswith(cues):
            for cue, name in cat.qualifiers_before:
                if text.endswith(cue):
                    qual = qual or Qualifier(name)
                    text, changed = text[: -len(cue)], True
                    break
        if text.endswith(cat.fillers):
            filler = next(f for f in cat.fillers if text.endswith(f))
            text, changed = text[: -len(filler)], True
    return text, qual


# 各类商会 · 其中乡镇商会 · 商会中，异地商会: chambers broken down by kind ({kinds})
_CHAMBERS_BY_KIND = r"各类商会|其中[^，,。；]{{0,8}}(?:{kinds})商会|商会中[，,](?:{kinds})商会"


def _subject_chamber_kind(title: str, text: str, cat: Catalog) -> re.Pattern[str] | None:
    """异地商会 in the title (贵阳：异地商会党建从“有形覆盖”走向…): that kind of chamber is the
    text's whole subject, its word no sub-type before 商会 (or before the term that follows);
    not when the text breaks chambers down by kind (各类商会中，异地商会达到48家)."""
    titled, by_kind, kind = _chamber_kind_patterns(cat.chamber_kinds)
    if titled.search(title) is None or by_kind.search(text):
        return None
    return kind


@lru_cache(maxsize=4)
def _chamber_kind_patterns(
    kinds: tuple[str, ...],
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The kind named before 商会, chambers broken down by kind, and the kind alone."""
    alternatives = "|".join(map(re.escape, kinds))
    return (
        re.compile(f"(?:{alternatives})商会"),
        re.compile(_CHAMBERS_BY_KIND.format(kinds=alternatives)),
        re.compile(f"(?:{alternatives})(?=商会|$)"),
    )


def _local_name_at(text: str, i: int, ctx: Context) -> int:
    """The length of the text's own short name (晋江 of 晋江市) at ``i``, else 0; at the
    words' opening, of a county-level place the text named in full (昆山 of 昆山市)."""
    names = ctx.local_names + ctx.opening_names if i == 0 else ctx.local_names
    return max((len(n) for n in names if text.startswith(n, i)), default=0)


# 慈溪日报讯（记者 岑颖 通讯员 胡立群）党员律师从…: a paper's lead and its byline, no words
# of the figure's
_NEWS_LEAD_RE = re.compile(
    r"[^，,；;。\s（(]{0,10}?讯\s*[（(](?:本报)?(?:记者|通讯员)[^（）()]{0,40}[）)]\s*"
)
# ①先进基层党组织8个 · ▲全市律所96家: a list item's mark says nothing of its figure
BULLETS = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳▲△▶►●◆◇■□★☆•◎")


def consume(text: str, ctx: Context) -> bool:
    """True when ``text`` is made only of modifiers, places, scope words, terms and dates."""
    lex = ctx.vocab.consumable
    i = 0
    while i < len(text):
        # (思明区（|律所186家、党员律师780名）: a place's figures in an aside after its name)
        if text[i] in ' “”"' or text[i] in BULLETS or text[i] in "（(" and i == len(text) - 1:
            i += 1
            continue
        if i > 0 and text.startswith("市域", i - 1):
            i += 1  # 常熟市域共有…: the city's whole area, the city (not 县域: a group of areas)
            continue
        m = (
            _DATE_WORD_RE.match(text, i)
            or (_NEWS_LEAD_RE.match(text, i) if i == 0 else None)
            or ctx.vocab.zones_whole_re.match(text, i)
            or _INCLUDING_ASIDE_RE.match(text, i)
            or _SHORT_NAME_ASIDE_RE.match(text, i)
            or _PLACE_ROLE_RE.match(text, i)
            or _TRADES_COUNTED_RE.match(text, i)
            or _PLACES_TOGETHER_RE.match(text, i)
            or _REGION_BEFORE_PLACES_RE.match(text, i)
            or _GOVERNMENT_LEVELS_RE.match(text, i)
            or (ctx.subject_kind_re.match(text, i) if ctx.subject_kind_re else None)
        )
        if m is None and (trades := _TRADES_LISTED_RE.match(text, i)):
            m = trades if _examples_of_trades(trades[0], ctx) else None
        if m:
            i = m.end()
            # (2019年、2020年、2021年全市律师事务所分别为…: dates listed)
            if text[i : i + 1] in ("、", "和") and _DATE_WORD_RE.match(text, i + 1):
                i += 1
            continue
        word = lex.longest_at(text, i)
        best = len(word) if word else 0
        best = max(best, _local_name_at(text, i, ctx))
        for surface in ctx.gaz.by_prefix.get(text[i : i + 2], ()):
            if text.startswith(surface, i):
                best = max(best, len(surface))
                break
        if not best:
            return False
        i += best
    return True


# 3个跨县联合党支部: how far a joint branch reaches, no kind of its own
REACH_WORDS = ("跨县", "跨区县", "跨区", "跨区域", "跨地区", "跨市", "跨所")


# 江苏、浙江、安徽三省共有 · 两市合计: the places named before counted, all together (no one
# place's figure: see _scope_place)
_PLACES_COUNTED = (
    r"(?:[两三四五六七八九十]|(?<!\d)\d{1,2})个?"
    r"(?:县级市|地级市|设区市|省市|省区|盟市|州市|县市|区县|城市|省|市|区|县|地)"
    r"(?:[（(][市州区县地盟、]{1,5}[)）])?(?!级)"  # (21个市（州）: a kind and its other kind)
    r"(?:[一两三四五六七八九十]个?[省市区])?"  # 三省一市
)
# 全省13个市共有 · 自治区和12个盟市共成立: the whole (and) its places, the whole's
_WHOLE_BEFORE_RE = re.compile(
    f"(?:{'|'.join((*ALL_SCOPE, '全州', '全盟', '自治区', '省'))})[和及与、]?$"
)
# (五市党员律师由2020年底的5120名增加到…: a change of them all, each's would say 均 or 分别)
_TOGETHER = "共|合计|总计|一共|总数|由(?!于|此)|从(?!事|业)"
# 周口、驻马店、信阳三市律师总数合计 · 三市律师行业共建立 (not 三省市律师人数超过5万人 ·
# 三市律所党组织覆盖率均…: each place's)
# (两县8家小所组建了…: the places counted right before the count, theirs together)
_PLACES_TOGETHER_RE = re.compile(f"{_PLACES_COUNTED}(?=[^，,；;。各均都分]*?(?:{_TOGETHER})|\\d)")
_PLACES_COUNTED_RE = re.compile(_PLACES_COUNTED)
_TOGETHER_WORD_RE = re.compile(f"{_TOGETHER}|{_PLACES_COUNTED}\\d")
_EACH_WORDS = ("各", "均", "都", "分别")
# 京津冀三地共有 · 川渝两地 · 武汉城市圈9市: a region's name before its places counted
_REGION_BEFORE_PLACES_RE = re.compile(
    f"[\u4e00-\u9fff]{{2,6}}?(?={_PLACES_COUNTED}[^，,；;。各均都分]*?(?:{_TOGETHER}))"
)


# 建筑、物流、商贸等5个行业党委: the trades listed as examples of what is counted (not
# units: 正义、东方等3家律所 picks out firms)
_TRADES_LISTED_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?、)*[\u4e00-\u9fff]{1,6}?等(?!级)")
_TRADES_AT_END_RE = re.compile(f"(?:{_TRADES_LISTED_RE.pattern})$")
_UNIT_LISTED_RE = re.compile(r"(?:所|处|公司|集团|会|中心|园|楼|厦|[省市县区州旗镇乡])(?:、|等$)")


def _trades_counted(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """全区已组建化工、陶瓷、商贸物流、建筑业4个…行业党委: after the setting-up verb, the
    trades named (no places), as many as the count."""
    text = ctx.text
    words = text[_phrase_start(text, st.start, fig.number.start) : fig.number.start]
    verbs = ctx.catalog.establishment["verbs"]
    at = max((words.rfind(v) + len(v) for v in verbs if v in words), default=-1)
    listed = words[at:].removeprefix("了") if at >= 0 else ""
    items = listed.split("、")
    # (…非公企业党组织1126个、社会组织党组织97个…，并成立了家具、电子信息两个行业党委:
    # whose committees, of the sectors the sentence names, is a guess; not …两个非公企业行业
    # 党委, which names its own)
    own_sector = ctx.vocab.sector_re.match(text, fig.tail_end) is not None
    return (
        len(items) >= 2
        and len(items) == fig.number.value
        and all(items)
        and not ctx.gaz.find(listed)
        and not _UNIT_LISTED_RE.search(listed + "等")
        and (own_sector or len(set(_sectors_named(text, st.start, st.end, ctx.catalog))) <= 1)
    )


def _examples_of_trades(listed: str, ctx: Context) -> bool:
    """建筑、物流、商贸等: trades as examples, not units (正义、东方等3家律所: those firms)
    nor places (下设北京、上海等12个党支部: where they are); kinds the catalog names are
    trades too (会计师事务所、税务师事务所、律师事务所等专业服务机构)."""
    if all(item in ctx.catalog.terms for item in listed.removesuffix("等").split("、")):
        return True
    return not _UNIT_LISTED_RE.search(listed) and not ctx.gaz.find(listed)


HOLDING = "所辖|下辖|辖下|管辖|代管"  # 宁波市所辖的慈溪市 · 无锡市代管的江阴市
# 苏州市下辖的县级市昆山市 · 作为无锡市下辖的县级市，江阴市…
_HELD_BETWEEN_RE = re.compile(rf"(?:{HOLDING})的?(?:县级市|县|区)?[，,]?")
# 州府延吉市 · 首府呼和浩特市 · 其代管的英德市 · 伊春区作为市中心城区: a place described by
# what it is to the one that holds it
_PLACE_ROLE_RE = re.compile(
    rf"州府|首府|省会|盟府|其?(?:{HOLDING})的?"
    r"|作为(?:全市|全省|全州|市|省|州)?的?(?:中心城区|主城区|中心城市|老城区|城区)"
)
# 律师、公证、司法鉴定三个行业分别有…: the trades just listed, counted
# 两个行业 · 三类机构 · 三支队伍中的: the trades listed before, counted
_TRADES_COUNTED_RE = re.compile(
    r"(?:上述|以上|这)?[两三四五六七八九十](?:个?行业|类(?:中介|专业服务|法律服务)?(?:机构|单位|行业)|支队伍)(?:中的?)?的?"
)
# 省、市（州）两级 · 自治区、市、县三级: the levels of government listed, then counted
_LEVEL_WORD = r"(?:自治区|设区的?市|地级市|省|市|州|盟|县|区|旗)(?:[（(](?:州|盟|区|地|市)[)）])?"
_GOVERNMENT_LEVELS_RE = re.compile(rf"{_LEVEL_WORD}(?:[、和及]{_LEVEL_WORD})*[两三四]级")
# 全区（不含兵团）共有… · 会计师事务所（含分所） · 全州（直属县市）: what the count takes in or leaves out
_INCLUDING_ASIDE_RE = re.compile(r"[（(](?:不含|含|包括|不包括|直属)[^（()）]{1,12}[)）]")
# 科尔沁右翼前旗（以下简称科右前旗）有律师事务所4家: the short name the text will use
_SHORT_NAME_ASIDE_RE = re.compile(
    r"[（(](?:以下简称|以下称|下称|简称)[^（()）]{1,12}[)）]"
    # 哲里木盟（当地人习惯简称“哲盟”，1999年撤盟设市后即今天的通辽市）: a note on the name,
    # no count in it
    r"|[（(](?![^（()）]*\d[家个名人户])[^（()）]{0,40}?"
    r"(?:简称|即今|今天?的|现为|撤[县市盟地]设[市区]|(?<=[（(])原|俗称|旧称|又称)"
    r"[^（()）]{0,40}[)）]"
)
_DATE_WORD_RE = re.compile(
    # (表彰2020至2021年度…: a span of years too)
    r"(截至|截止|到)?(?:(?:19|20)\d{2}(?:至|到|—|–|-|~|～))?(?:19|20)\d{2}年(?:\d{1,2}月)?"
    r"(?:\d{1,2}日)?(底|末|年底|年末|度)?"
    # 甘南藏族自治州到去年底共有… · 截至年底 · 截至今年9月底有
    r"|(?:截至|截止|到)(?:去年|今年|上年|年)?(?:\d{1,2}月)?(?:底|末)|(?:截至|截止)同期"
    r"|(?:去年|上年|前年)(?:底|末)"  # 去年底广东省律师接近六万人: no 截至 before it
    r"|(?:今年)?\d{1,2}月(?:底|末)"  # 9月底党员律师2418名
    r"|第[一二三四五六七八九十\d]{1,3}批"  # 命名第二批…示范点80家: which batch, no sub-type
    # 三年来全区非公企业党组织数量… · 近年来 · 十年间: over the years, no sub-type
    r"|(?:[一二两三四五六七八九十\d]{1,3}|近|多|几|近几|十多)年(?:来|以来|间)"
    r"|(?:近|过去)[一二两三四五六七八九十\d]{1,2}年(?=[\u4e00-\u9fff])"  # 近五年全市执业律师人数分别为…
)


@dataclass(frozen=True)
class Vocabulary:
    """The catalog's words arranged for matching, built once per catalog."""

    terms: dict[str, Term]
    term_lex: Lexicon
    consumable: Lexicon  # what may stand in front of a term
    post_words: Lexicon  # modifiers inside a noun phrase after a count
    trailing: tuple[str, ...]  # what the words before a count may end with
    subgroups: frozenset[str]
    relevant: re.Pattern[str]  # a sentence without any of these words holds no figure
    run_on: RunOn  # where a run-on sentence left out its commas
    by_length: tuple[Term, ...]  # every term, longest first
    site_terms: tuple[Term, ...]  # 示范点, 示范单位…: the terms of demonstration sites
    verb_terms: frozenset[str]  # terms that are verb phrases: 单独建立党支部, 联合组建党支部
    establishing_re: re.Pattern[str]  # a setting-up verb, then the organization set up or joined
    # 已有65家建立了党组织 · 3家单独成立党支部: right after a count, what those counted did
    established_re: re.Pattern[str]
    firms_only_verbs: frozenset[str]  # 成立: of a count in 个 says places or bodies founded one
    # 21个|地级以上市均成立了市级律师行业党委: places counted, each with its committee
    each_place_committee_re: re.Pattern[str]
    # 全市1984名执业律师中有党员律师781名: the group counted before 中有 is no sub-type (as
    # after 中，, a clause of its own); _among_uncounted judges the group
    among_a_count_re: re.Pattern[str]
    set_up_by_re: re.Pattern[str]  # 另两家律所组建… · 指导各律所建立…: who set them up
    guided_by_re: re.Pattern[str]  # (省律协党委已)指导建立…: who guided it, before the verb
    relying_on_re: re.Pattern[str]  # 依托村、镇和工业园区组建…: where or how they were set up
    set_up_at_re: re.Pattern[str]  # 在商务楼宇和城市社区确定了: where what follows was set up
    set_up_in_re: re.Pattern[str]  # the same, anywhere (在商务楼宇组建|非公企业联合党支部)
    set_up_among_re: re.Pattern[str]  # 全省会计师事务所中建立(的党组织): among whom they were
    up_to_the_verb_re: re.Pattern[str]  # the words before the setting-up verb
    qualifier_cues: tuple[str, ...]  # the catalog's before-qualifiers, for one endswith test
    qualifiers_after: dict[str, Qualifier]  # 余/以上/左右 -> what it says of the figure
    qualifier_after_re: re.Pattern[str]  # those cues, longest first
    qualified_base_re: re.Pattern[str]  # 接近执业注册会计师总数的: a before-qualifier, a base
    from_to_re: re.Pattern[str]  # between the two figures of a change: 增长到2020年的超过
    change_start_re: re.Pattern[str]  # before a change's starting figure: 由2014年的 · 由不足
    date_gap_re: re.Pattern[str]  # what may stand between a date and its figure: 的, 约, 超过…
    qualifier_at_end_re: re.Pattern[str]  # a qualifier the words before a figure end with
    higher_scopes: dict[str, tuple[str, ...]]  # national and province scope words, by level
    unit_names: UnitNames
    scope_words: tuple[tuple[str, str], ...]  # (level, 全省 · 我市 · 全国…), catalog order
    own_scope_words: tuple[tuple[str, str], ...]  # the writer's own places: 我省 · 本市 (· 我国)
    # "any of these words" as one regex: a quick no before the word-by-word rules
    scope_re: re.Pattern[str]
    scope_starts_re: re.Pattern[str]  # where a scope word starts (overlapping: 全国范围 · 全国)
    scope_by_first: dict[str, tuple[str, ...]]  # the scope words, by their first character
    sector_re: re.Pattern[str]
    sector_of: dict[str, str]  # each sector cue's sector
    # 园区 · 楼宇 · 两新…: a cue of sector other, not in a body's name (两新工委, 园区党工委)
    other_sector_re: re.Pattern[str]
    growth_re: re.Pattern[str]
    # 覆盖律所 · 覆盖了全市其余9家律所: a cover verb, then what stands before the count
    covering_re: re.Pattern[str]
    covered_after_re: re.Pattern[str]  # the words up to a cover verb (覆盖, 吸纳…) before a term
    plan_re: re.Pattern[str]
    chamber_kind_re: re.Pattern[str]  # 异地商会 · 乡镇（街道）商会: one kind of chamber, named
    area_groups_re: re.Pattern[str]  # 主城区 · 山区县 · 县域: groups of a place's areas
    single_entity_re: re.Pattern[str]
    body_holding_re: re.Pattern[str]  # ，商会党委下设… · ，商会党支部有…: one unit's body
    unit_body_opening_re: re.Pattern[str]  # 商会党支部成立于…: a sentence about one unit's body
    some_unnamed_re: re.Pattern[str]  # 有的县 (not 现有的, 所有的)
    ranking_re: re.Pattern[str]  # 100强 · 百强 · 排名前10位: a ranked list, its members no total
    other_places_re: re.Pattern[str]  # 其他10个设区市: places counted, not named
    places_counted_re: re.Pattern[str]  # 5个地级市: a count of the places just listed
    plan_section_re: re.Pattern[str]  # 工作计划, 下一步: a heading over plans
    new_whole_re: re.Pattern[str]  # ；全市… · ；登记注册的社会组织: a new whole, no more parts
    firms_having_re: re.Pattern[str]  # 17家律师事务所共有: the firms counted, then what they have
    each_did_re: re.Pattern[str]  # 酒泉市、张掖市各选树1家…: each of those listed did so
    award_examples_re: re.Pattern[str]  # 授予王立新等: an award verb, then examples of the awarded
    # 表彰的全国先进基层党组织中，…: the figures after count some of those awarded
    among_awarded_re: re.Pattern[str]
    sub_county_re: re.Pattern[str]  # 陆家嘴街道 · 金水科教园区 opening a clause
    # 64栋重点商务楼宇中 · 6个省级以上产业园区内 · 各类园区: a place's zones of a kind, all of them
    zones_whole_re: re.Pattern[str]
    zones_counted_re: re.Pattern[str]  # 11个工业园区 · 各类专业市场: zones counted or graded
    zone_scene_re: re.Pattern[str]  # 在18栋重点商务楼宇和3个商圈中: a clause, the scene set
    zones_plural_re: re.Pattern[str]  # 工业园区 · 商务楼宇: kinds, not one unit's name
    institution_re: re.Pattern[str]  # what follows a place inside an institution's name


_VOCABULARIES: dict[str, Vocabulary] = {}


def vocabulary(cat: Catalog) -> Vocabulary:
    if cat.fingerprint not in _VOCABULARIES:
        scope = tuple(w for ws in cat.scope_words.values() for w in ws)
        cues = tuple(c for c, _ in cat.sector_cues)
        post = (
            set(cat.subgroups)
            | set(cues)
            | {"律师行业", "行业", "基层", "党建工作", "党建", "示范"}
        )
        post |= {"律师事务所", "律所", "专门", "工作", *REACH_WORDS}
        qualifier_cues = tuple(cue for cue, _ in cat.qualifiers_before)
        # 其他10个设区市 · 西部12个省 · (银川、…)5个地级市: places counted, not named
        unnamed_openers = cat.not_observation["other_places"] + cat.not_observation["regions"]
        units = cat.not_observation["sub_county_units"] + cat.not_observation["sub_county_definite"]
        by_length = tuple(sorted(cat.terms.values(), key=lambda t: len(t.term), reverse=True))
        count_of = r"(?:\d+|[一二两三四五六七八九十]+)"
        kinds = any_word_re(cat.place_kinds).pattern
        qualifier_before = any_word_re(qualifier_cues).pattern  # 约, 超过, 不足…
        award_verbs = any_word_re(cat.award_verbs).pattern  # 评为, 授予, 表彰…
        setting_up = "|".join(map(re.escape, cat.establishment["setting_up_verbs"]))
        urging = "|".join(map(re.escape, cat.establishment["urging_verbs"]))
        zone_kinds = any_word_re(cat.not_observation["zones_as_a_whole"]).pattern
        zone_grades = any_word_re(cat.not_observation["zone_grades"]).pattern
        collective = "|".join(f"(?<={w})" for w in cat.not_observation["sub_county_collective"])
        # (21个省级以上开发区（园区）: another name of the kind, in an aside)
        zone_aside = rf"(?:[（(](?:{zone_kinds})[）)])?"
        zones_counted = (
            rf"(?:{count_of}[个栋座幢](?:{zone_grades})?|(?:{zone_grades}))(?:{zone_kinds})"
            rf"{zone_aside}[内中里]?"
        )
        zones_joined = rf"(?:{zone_kinds})[、和与及]?(?:{zone_kinds})"  # 楼宇商圈 · 园区、楼宇
        set_up_in = (
            rf"在[^，,；;。]{{1,16}}?(?:{setting_up}|{any_word_re(cat.site_verbs).pattern})了?"
        )
        _VOCABULARIES[cat.fingerprint] = Vocabulary(
            terms=cat.terms,
            term_lex=Lexicon(cat.terms),
            # a term ending in 的 (单独组建的) stands for its noun only right before a count:
            # 单独组建的律所 is firms picked out by a relative clause
            consumable=Lexicon(
                cat.modifiers
                + cat.fillers
                + ZONES
                + tuple(t for t in cat.terms if not t.endswith("的"))
                + cues
                + scope
            ),
            post_words=Lexicon(post),
            trailing=cat.modifiers + cat.fillers + ZONES + scope,
            subgroups=frozenset(cat.subgroups),
            by_length=by_length,
            site_terms=tuple(t for t in by_length if t.metric == "demonstration_sites"),
            establishing_re=re.compile(
                f"({'|'.join(cat.establishment['verbs'])})[^，。；]{{0,8}}?"
                "(?:联合党支部(?=(?:统一)?管理)|(?:党组织|党的组织|支部|党委|党总支)(?!(?:统一)?管理))"
                # not 纳入行业党委(统一)管理 (but 纳入联合党支部管理: joined one)
            ),
            established_re=re.compile(
                # (303家通过参加联合党支部实现覆盖: how they are covered, 通过 before the act)
                # (另外4家按地域就近原则组建了2个联合党支部: how, before the act)
                r"(?:按照?[^，,。；;\d]{0,10}?(?:原则|方式|模式|片区|区域|地域))?"
                # (已有8家单独或联合建立党支部: either way)
                rf"(?:已|均|都|全部|通过)*(?:(?:单独|独立)(?:或|和)?)?(?:联合|共同)?({any_word_re(cat.establishment['verbs']).pattern})了?"
                r"[^，。；]{0,16}?(?:党组织|党支部|党委)"
                # 近三分之二的律师事务所实现党组织覆盖: covered, said as such
                rf"|(?:已|均|都|全部)*({COVERED_SAID})"
            ),
            firms_only_verbs=frozenset(cat.establishment["firms_only_verbs"]),
            each_place_committee_re=re.compile(
                # (14个地（州、市）均成立了…: 地 before the kinds in brackets)
                rf"(?:地级以上|地级及以上)?(?:{kinds}|地方|地(?=[（(]))(?:[、和](?:{kinds}))*(?:[（(][^）)]{{1,8}}[)）])?"
                # (31个省（区、市）律师协会均已成立党委: each place's association, its own;
                # 33个地方注协均已成立…: the profession's institutes, by their short names)
                rf"(?P<body>[^，,；;。\d均都]{{0,8}}?(?:协会|律协|注协|税协|评协))?"
                rf"(?:均|都|全部)已?经?(?:{setting_up})了?"
                # (11个区均已成立区级社会组织党委: each district's committee of the sector)
                rf"(?P<committee>[^，,；;。\d]{{0,10}}?行业党委|(?:[省市区县]级)?(?:社会组织|两新组织)?党委)"
            ),
            among_a_count_re=re.compile(
                rf"^.*(?:\d|[{CHINESE_DIGITS}])[余多来]?[名人家个][^，,；;。\d]{{1,10}}?中"
                rf"(?={HAS_AMONG}|党员|已?(?:{setting_up})|单独|联合)"  # 1.2万家非公企业中已建立…
            ),
            set_up_by_re=re.compile(
                r"(?:(?:另|其余|其他|另有)?(?:\d+|[一二两三四五六七八九十]+)家"
                rf"(?:{_UNFIT_FOR_OWN_BRANCH_RE.pattern})?"  # 63家党员不足3名的律所组建了
                rf"|[^，,；;。\d]{{0,10}}?(?:{urging})各?"  # (区司法局)指导全区律所建立…
                r"|(?:采取|采用|通过)"  # 采取行业联建、区域联建方式成立…: how they were set up
                # 自治区和12个盟市共成立律师行业党委13个: the places, all together, that did
                rf"|(?:\d+|[一二两三四五六七八九十]+)个(?:{'|'.join(map(re.escape, ADMIN_UNITS))})"
                r"(?=共|均|都|全部|合计))"
                r"[^，,；;。\d]{0,8}?(?=(?:组建|建立|成立|组成)了?$)"
            ),
            guided_by_re=re.compile(  # (在县司法局机关党委指导下成立…)
                rf"[^，,；;。\d]{{0,14}}?(?:{urging})(?:之?下)?(?=(?:{setting_up})了?)"
            ),
            relying_on_re=re.compile(
                rf"(?:依托|依靠|按照|依照|按(?![期时])|围绕)[^，,；;。\d]{{1,24}}?(?:{setting_up})"
                rf"|牵头(?:{setting_up})"  # 县工商联牵头组建…: who led the setting up
            ),
            up_to_the_verb_re=re.compile(rf"^[^，,；;。]*?(?={setting_up})"),
            # (社会组织自身建立的党组织: the sector's own, not those its supervisors set up)
            set_up_among_re=re.compile(rf"(.+?)(?:中|自身|自己)(?:已经|已|共)?(?:{setting_up})了?"),
            set_up_at_re=re.compile(f"{set_up_in}$"),
            set_up_in_re=re.compile(set_up_in),
            verb_terms=frozenset(
                t for t in cat.terms if any(v in t for v in cat.establishment["verbs"])
            ),
            qualifier_cues=qualifier_cues,
            qualifiers_after={cue: Qualifier(name) for cue, name in cat.qualifiers_after},
            qualifier_after_re=any_word_re(cue for cue, _ in cat.qualifiers_after),
            qualified_base_re=re.compile(rf"({qualifier_before}){_BASE_OF}"),
            from_to_re=re.compile(rf"{FROM_TO}(?:{qualifier_before})?"),
            change_start_re=re.compile(  # (由86家、920名增加到…: and the counts listed after)
                # (not 由2家以上律所联合组建的71个: by whom they were set up)
                rf"[由从](?:[^，,；;。由从]{{0,14}}?(?<!{SET_UP_BY})的)?\s*(?:{qualifier_before})?\s*"
                rf"(?:{COUNT_LISTED}(?:{qualifier_before})?)*$"  # (…31.5%和不足四成)
            ),
            date_gap_re=re.compile(rf"\s*的?\s*(?:{qualifier_before})?\s*"),
            qualifier_at_end_re=re.compile(rf"(?:{qualifier_before})$"),
            higher_scopes={k: cat.scope_words[k] for k in ("national", "province")},
            unit_names=unit_name_patterns(cat.unit_name_endings, cat.pointed_unit_kinds),
            scope_words=tuple((lv, w) for lv, ws in cat.scope_words.items() for w in ws),
            own_scope_words=tuple(
                (lv, w)
                for lv, ws in cat.scope_words.items()
                for w in ws
                if w.startswith(FIRST_PERSON)
            ),
            scope_re=any_word_re(scope),
            scope_starts_re=re.compile(f"(?=(?:{any_word_re(scope).pattern}))"),
            scope_by_first={c: tuple(w for w in scope if w[0] == c) for c in {w[0] for w in scope}},
            sector_re=any_word_re(cues),
            sector_of=dict(cat.sector_cues),
            other_sector_re=re.compile(
                f"(?:{any_word_re(c for c, s in cat.sector_cues if s == 'other').pattern})"
                "(?!(?:组织)?党?工委)"
            ),
            growth_re=any_word_re(cat.not_observation["growth"]),
            covering_re=re.compile(
                f"(?:{any_word_re(cat.establishment['coverage_verbs']).pattern})了?"
                "([^，,；;。]{0,8})$"
            ),
            covered_after_re=re.compile(
                f"^.*(?:{any_word_re(cat.establishment['coverage_verbs']).pattern})了?"
            ),
            plan_re=any_word_re(cat.not_observation["plan"]),
            # (not 行业协会商会, all of them: a kind's word right before 商会, or before a bracket)
            chamber_kind_re=re.compile(
                rf"(?:{any_word_re(cat.chamber_kinds_listed).pattern})(?:（[^（）]{{1,4}}）)?商会"
            ),
            # (counted, listed or opening a clause: 三个主城区 · …、苍南五个山区县 · ，县域执业律师…;
            # not 章贡区作为中心城区 · 兰州市的中心城区 · 赋能县域经济: a place or a thing described)
            area_groups_re=re.compile(
                rf"(?:^|(?<=[，,；;。：:】）)\s{CN_DIGITS}\d])|(?<=[{CN_DIGITS}\d]个)|(?<=其中))"
                rf"(?:{any_word_re(cat.not_observation['area_groups']).pattern})(?!经济)"
            ),
            single_entity_re=any_word_re(cat.not_observation["single_entity"]),
            body_holding_re=re.compile(
                # (福田区商会党委下辖…: a place's chamber of commerce, one body)
                rf"(?:^|(?<=[，,；;]))(?:(?![全我本该])[\u4e00-\u9fff]{{1,6}}[市区县旗](?=商会))?"
                rf"(?:{any_word_re(cat.not_observation['unit_bodies']).pattern})"
                rf"(?:{any_word_re(cat.not_observation['body_holds']).pattern})"
            ),
            some_unnamed_re=re.compile(
                # (not 党支部分别, 内部分工; not 报告第二部分: a part of a report)
                rf"(?<![现已所拥共具没含还只支内全同二三四五六七八九十\d])(?:{any_word_re(cat.not_observation['some_unnamed']).pattern})(?![别工配])"
                # 一些县城只有… opening its clause (not 情况更好一些: a degree)
                r"|(?:(?<![\u4e00-\u9fff])|(?<=过去|以前|当时|目前|现在|其中))一些"
            ),
            unit_body_opening_re=re.compile(
                rf"[“\"]?(?:该|这个|这家)?(?:{any_word_re(cat.not_observation['unit_bodies']).pattern})"
                # (公证处现有工作人员47名: the office just described holds them)
                rf"|(?:{any_word_re(cat.not_observation['units_holding']).pattern})"
                # (“云帆科技”党委下设…: a unit named in quotes, then its body)
                rf"|“[^”\n]{{2,16}}”(?:{any_word_re(cat.not_observation['bodies']).pattern})"
                # (2015年，商会成立党支部，现有党员43名: the unit set up its own)
                rf"|(?:{any_word_re(cat.not_observation['body_units']).pattern})(?:{setting_up})了?"
                rf"(?:{any_word_re(cat.not_observation['bodies']).pattern})"
            ),
            ranking_re=re.compile(
                rf"(?:\d+|[十百千万]+)(?:{any_word_re(cat.not_observation['ranking']).pattern})"
                rf"|前(?:\d+|[{CHINESE_DIGITS}]+)(?:{any_word_re(cat.not_observation['ranking_top']).pattern})"
                # 综合评价排名前100家的事务所: the top of a ranking, whatever it counts by
                rf"|排名前(?:\d+|[{CHINESE_DIGITS}]+)[家个名]的"
            ),
            other_places_re=re.compile(
                f"(?:{any_word_re(unnamed_openers).pattern})的?(?:{count_of}个|各)(?:{kinds})"
                f"|多个?(?:省份|地区|地|{kinds})"  # 多省份超过三分之一: several, unnamed
                # 东部地区建立党组织的非公企业…, 中西部地区…: a region as a whole, no place
                f"|(?:{any_word_re(cat.not_observation['regions']).pattern})(?:地区|省份)"
            ),
            # (not 4个区域联合党支部: the joint branches of areas, counted)
            places_counted_re=re.compile(f"{count_of}个(?:{kinds})(?!域?联合)"),
            plan_section_re=any_word_re(cat.not_observation["plan_sections"]),
            new_whole_re=re.compile(
                rf"[；;](?:{'|'.join(ALL_SCOPE)}|[^，,；;。\d]{{0,6}}?(?:{any_word_re(cues).pattern})"
                r"|截至|截止|(?:19|20)\d{2}年)"  # (；截至去年底，… · ；2020年…: another date's)
                # (…，其中已建立党组织的社会组织247个，全区“两新”组织党组织达到827个: the place's)
                rf"|[，,](?:{'|'.join(ALL_SCOPE)})"
                # (其中党员律师近500名…，而2008年底全区律所和律师分别只有78家、903名: another date's)
                rf"|[，,]{_ANOTHER_DATES_LEVELS_RE.pattern}"
                # (其中党员1105名；已建立党组织的企业226家，共组建党组织198个: a total after ；)
                r"|[；;][^。；;]{0,30}?[，,]共(?:有|计|组建|建立|建成)"
            ),
            among_awarded_re=re.compile(rf"(?:{award_verbs})[^，,。；;]{{0,20}}中[，,]"),
            award_examples_re=re.compile(
                rf"({award_verbs})了?[^，,；;。“”]{{1,200}}?等$"
            ),  # (授予A所党支部、B所党支部等20个党组织)
            each_did_re=re.compile(
                rf"各自?(?:{any_word_re([*cat.establishment['verbs'], *cat.award_verbs, *cat.establishment['each_did_verbs']]).pattern})了?$"
            ),
            firms_having_re=re.compile(
                rf"(?:{count_of}[家个]|各)(?:{any_word_re(t for t, term in cat.terms.items() if term.metric == 'firms').pattern})"
                # (…共有执业公证员: a modifier of what they have, read on its own; 共设党支部 ·
                # 各公证机构共建立党支部17个: the bodies they have, all together)
                f"(?:{HAVING}|共设|设有|建有|共建有|共建立|共组建)(?=[\u4e00-\u9fff]{{0,4}}$)"
            ),
            institution_re=re.compile(
                rf"[\u4e00-\u9fff]{{0,4}}?(?:{any_word_re(cat.institution_endings).pattern})"
            ),
            sub_county_re=re.compile(
                # (“电器之都”柳市镇: a town after the epithet quoted before it)
                # (【基层动态】银雀山街道… · （一）崇福镇：非公企业党组织108个)
                r"(?:^|(?<=[，,；;。：:\s的”】])|(?<=^[（(][一二三四五六七八九十\d][）)]))(?:其中，?|在)?"
                # 金融城T3写字楼 · 东湖新技术开发区光谷软件园 · 中天·未来方舟片区
                r"((?:(?:[^\W\d_全各个等每多所委]|[A-Za-z]\d*|(?<=[^\W\d_])·(?=[^\W\d_])){2,10}?)?)"
                rf"({any_word_re(units).pattern})"
                r"(?!监[管督])"  # (市市场监管局: an agency)
                r"(?!(?<=镇)市)"  # (景德镇市: a city named for a town)
                # not 楼宇党委, 街道党工委 (the units' organization), unless that committee
                # has what it has (广州科学城党委下辖企业党组织326个) or its head speaks for it
                # (华远科技园党委书记介绍，园区党委下设…) or it is said when it was founded
                # (解放碑商圈党委成立于2016年，现覆盖…企业3100余家)
                r"(?![、（(）)])(?!党(?!(?:委|工委)))"
            ),
            relevant=any_word_re({*cat.terms, *cues, *cat.coverage_words, "占", "比例"}),
            run_on=_run_on(cat),
            # (a bare 园区内 is inside the one just named, 楼宇内 in all of them: a count or a
            # grade makes them all)
            zones_counted_re=re.compile(zones_counted),
            zones_whole_re=re.compile(
                # (14个省级以上开发区共有入驻企业: the firms inside the zones counted)
                rf"{zones_counted}(?:(?:共有|共|有)?入驻)?"
                rf"|{zones_joined}[内中]"  # 楼宇商圈内 · 园区、楼宇内
                rf"|(?:{zone_kinds})(?:{collective})[内中里]|(?:{zone_kinds})(?:共有?入驻)?"
                f"|{MARKETS_PARTY}"
            ),
            # (在苏州工业园区，…: one park; 在18栋…楼宇和3个商圈中 · 在…等专业市场: all of them)
            zone_scene_re=re.compile(
                rf"在[^，,；;]*?(?:{count_of}[个栋座幢]|[各等和、]|{zone_grades})[^，,；;\d]*?"
                rf"(?:{zone_kinds})[内中里]?"
            ),
            # 工业园区 · 商务楼宇 · 园区、楼宇内 · 楼宇商圈: kinds, or kinds joined: all of them
            zones_plural_re=re.compile(
                f"{any_word_re(cat.not_observation['zones_plural']).pattern}|{zones_joined}[内中]?"
            ),
        )
    return _VOCABULARIES[cat.fingerprint]


RUN_ON_FILLER = "(?:共有|共计|共|现有|有|为|达到|达|约|近|超过|由|从)?"
RUN_ON_NUMERAL = r"(?:\d[\d,]*(?:\.\d+)?|[一二两三四五六七八九十百千]+)"


class RunOn(NamedTuple):
    """Where a run-on sentence left out a comma (律师事务所338家|执业律师9120余人 · 党组织
    1870个|其中党委42个): after a count stated term first or a share, before what a new clause
    says (其中, its share 约占三成, a change 较上年…, another term's count, 已建立…, 另有…, a
    scope word); before a date opening a clause (…获悉|截至去年底). The patterns open with a
    numeral or a fixed word, so a scan skips most of a text; the term before is checked after."""

    cue_re: re.Pattern[str]
    term_before_re: re.Pattern[str]  # 党组织 · 律师事务所近: a term (and filler) ending there
    noun_before_re: re.Pattern[str]


def _run_on(cat: Catalog) -> RunOn:
    nouns = any_word_re(
        t for t, term in cat.terms.items() if not t.endswith("的") and term.needs != "sessions"
    ).pattern
    nouns = "|".join(
        w for w in nouns.split("|") if not any(v in w for v in cat.establishment["verbs"])
    )
    count = rf"{RUN_ON_NUMERAL}万?(?:余|多)?[家个名人户](?:余|多)?(?![次])"
    # what opens the next clause (not 超过100人的律所17家 · 10人以下的律所占比…: a count with
    # 的 or 以下 after it picks a kind out; nor 1100余人中), a relative clause maybe
    # (…231个|单独建立党支部的律师事务所152家)
    opening = r"(?:[^\W\d_的以中之左上下][^\W\d_]{0,11}?)?"
    next_count = rf"{opening}(?:{nouns}){RUN_ON_FILLER}{RUN_ON_NUMERAL}"
    scope = r"全[省市区县](?!覆盖)"
    # (…134家|律师事务所党组织覆盖率100%: a rate of its own)
    rate = (
        rf"{opening}(?:覆盖率|占比|比例|比重)"
        rf"(?:为|是|达到|达|约|近|超过|(?:提高|提升|上升|增长)[到至])?{RUN_ON_NUMERAL}"
    )
    # (…党员98名|市律师行业党委成立于2017年: when a body was founded)
    founded = rf"{opening}(?:{nouns})(?:成立|组建|设立)于"
    new_clause = rf"(?=其中|约?占|较|已建立|另有|{scope}|{next_count}|{rate}|{founded})"
    # (单独建立党支部的98家|参加联合党支部的31家: firms that did one thing, then another)
    firms_that_did = rf"(?:单独|参加|加入|联合|通过|已|尚未|未)[^\W\d_]{{0,12}}?的{RUN_ON_NUMERAL}"
    share = r"(?:\d%|[一二三四五六七八九]成|半数|一半)(?:以上|左右|多)?"
    cue = (
        # (提高7.6个百分点|全市… · 培训3000余人次|评选…: an amount that ends its clause)
        rf"{RUN_ON_NUMERAL}(?:余|多)?(?:个百分点|人次|万元|亿元)(?=[^\W\d_的以中之左上下])"
        # (129家公证机构中|单独建立党支部的98家: the firms framed, then their parts)
        rf"|(?P<count>{count})(?:{new_clause}|(?P<frame>(?:{nouns})中)(?={firms_that_did}))"
        rf"|的{count}(?={firms_that_did}|{rate})"
        rf"|{share}{new_clause}"
        rf"|(?P<turn>另有|{scope})"
        # (截至今年11月底宜昌市有…: the date that opens a clause ends at 底)
        r"|(?P<date>(?:截至|截止到?)(?:\d{4}年|今年|去年|上年)?(?:\d{1,2}月)?(?:底|末)(?=[^\W\d_的前以]))"
        r"|(?P<opens>截至|截止|目前)"
        r"|从[^\W\d_]{1,8}?[看讲](?=[^\W\d_])"  # 从各市情况看|青岛市…: the frame ends at 看
    )
    return RunOn(
        re.compile(cue),
        re.compile(rf"(?:{nouns}){RUN_ON_FILLER}$"),
        re.compile(rf"(?:{nouns})$"),
    )


def run_on_cuts(text: str, run_on: RunOn) -> list[int]:
    """Where commas go into a run-on text (see RunOn), in order."""
    cuts: set[int] = set()
    for m in run_on.cue_re.finditer(text):
        start, end = m.span()
        if m["frame"] is not None:
            cuts.add(end)
        elif m["count"] is not None:
            if run_on.term_before_re.search(text, max(0, start - TERM_BEFORE_MAX), start):
                cuts.add(end)
        elif m["turn"] is not None:
            if run_on.noun_before_re.search(text, max(0, start - TERM_BEFORE_MAX), start):
                cuts.add(start)
        elif m["date"] is not None or m["opens"] is not None:
            # (…获悉|截至…: a date opening a clause after words, not 截至|目前 or 到|目前, nor
            # 覆盖率|目前为85%: a when between a rate or a number's noun and its figure)
            if (
                start
                and "\u4e00" <= text[start - 1] <= "\u9fff"
                and text[start - 1] not in "至止到率数量"
            ):
                cuts.add(start)
            if m["date"] is not None:
                cuts.add(end)
        else:
            cuts.add(end)
    return sorted(cuts)


TERM_BEFORE_MAX = 14  # characters a term and its filler take before a run-on count


def any_word_re(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for a word list (longest first); a literal-led alternation is fast."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


def with_members(term: Term, prefix: str, cat: Catalog) -> tuple[Term, str]:
    """党员 + a profession's term before it (党员公证员): the members' term, and what is left
    of the prefix; else the term and prefix as they are."""
    modifier = suffix_term(prefix, cat) if prefix else None
    composed = party_member_term(modifier, term)
    if composed is None or modifier is None:
        return term, prefix
    return composed, prefix[: -len(modifier.term)]


def party_member_term(modifier: Term | None, head: Term) -> Term | None:
    """党员 + a practitioners term (党员公证员, 中共党员注册会计师): the Party members
    among those practitioners, whatever profession the catalog lists; an award of
    members so (优秀共产党员律师) is an award of that profession's members."""
    if (
        modifier is None
        or modifier.metric not in ("party_members", "awarded_party_members")
        or modifier.sector is not None
        or head.metric != "practitioners"
    ):
        return None
    return Term(modifier.term + head.term, modifier.metric, head.sector, head.needs)


AWARDED = {  # what an award of a rank makes of a term's metric
    **dict.fromkeys(
        ("party_organizations", "party_branches", "awarded_party_organizations"),
        "awarded_party_organizations",
    ),
    **dict.fromkeys(("party_members", "awarded_party_members"), "awarded_party_members"),
    "awarded_party_workers": "awarded_party_workers",
}
AWARD_METRICS = frozenset(AWARDED.values()) | {"demonstration_sites"}
# 表现突出的 · 作出突出贡献的: why the honoured were honoured (no subset of them)
_HONOURED_FOR_RE = re.compile(
    r"(?:表现|成绩|贡献|事迹|工作)(?:突出|优秀|优异|显著)|[作做]出(?:突出|重要)?贡献"
)


def award_term(prefix: str, head: Term, cat: Catalog) -> tuple[Term, str] | None:
    """Rank + sector + term (先进非公企业党组织, 优秀商会党务工作者): the award, and the
    prefix left before the rank; None when the prefix does not end so."""
    if head.metric not in AWARDED:
        return None
    rest, sector = prefix.removesuffix("行业"), head.sector  # 先进律师行业党组织: 行业 after it
    while found := next(((c, s) for c, s in cat.sector_cues if rest.endswith(c)), None):
        cue, cue_sector = found
        sector = sector or cue_sector
        rest = rest[: -len(cue)].removesuffix("行业")
    rank = next((r for r in cat.award_ranks if rest.endswith(r)), None)
    if rank is None:
        return None
    word = prefix[len(rest) - len(rank) :] + head.term
    awarded = Term(word, AWARDED[head.metric], sector, head.needs, sector_in_paragraph=True)
    return awarded, rest[: -len(rank)]


_AWARDS_CAUSE_RE = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _without_the_awards_cause(prefix: str, ctx: Context) -> str:
    """表彰脱贫攻坚优秀党员律师15名 · 评选表彰抗击疫情先进党支部10个: the cause an award is for,
    between its verb and its rank, is no sub-type of those awarded (a place there is theirs)."""
    verb = next((v for v in ctx.catalog.award_verbs if prefix.startswith(v)), None)
    if verb is None:
        return prefix
    cause = prefix[len(verb) :]
    if not _AWARDS_CAUSE_RE.fullmatch(cause) or ctx.gaz.find(cause) or consume(cause, ctx):
        return prefix
    return verb


def after_the_awarding_body(prefix: str, cat: Catalog, site: bool = False) -> str:
    """省司法厅表彰…: what stands before the last award verb (``site``: or the last verb that
    designates demonstration sites) is who awards, not a modifier."""
    verbs = cat.award_verbs + cat.site_verbs if site else cat.award_verbs
    k = max((prefix.rfind(v) for v in verbs), default=-1)
    return prefix[k:] if k > 0 else prefix


def suffix_term(np: str, cat: Catalog) -> Term | None:
    vocab = vocabulary(cat)
    word = vocab.term_lex.longest_suffix(np)
    return vocab.terms[word] if word else None


_QUOTED_ORGANIZATIONS_RE = re.compile(r"[”\"]组织")


def _quoted_sector_after(fig: Figure, st: SentenceState, ctx: Context) -> str | None:
    """The words after the figure up to a comma, when they open with a sector's quoted name
    (“两新”组织党组织), maybe after its level (15个区级“两新”组织党建示范点), else None."""
    text, at = ctx.text, fig.tail_end
    at += len(next((w for w in ctx.vocab.subgroups if text.startswith(w, at)), ""))
    close = text.find("”", at, st.end)
    if (
        not text.startswith("“", at)
        or close < 0
        or not ctx.vocab.sector_re.fullmatch(text, at + 1, close)
    ):
        return None
    return text[fig.tail_end : _comma_part_end(text, at, st.end)]


def _act_end(text: str, at: int, end: int) -> int:
    """The end of the comma part from ``at``, or of the next when the first ends in a manner
    (…的律所按照地域相近的原则，组建联合党支部): where what the units counted did ends."""
    part_end = _comma_part_end(text, at, end)
    if part_end < end and (
        _MANNER_ALONE_RE.search(text, at, part_end)
        # (33家规模比较小的公证机构，按区域参加了联合党支部: the act in the next part)
        or (act := _MANNER_THEN_ACT_RE.match(text, part_end + 1))
        and act.end() > part_end + 1
    ):
        return _comma_part_end(text, part_end + 1, end)
    return part_end


_PUT_FORWARD_RE = re.compile(r"(?:推荐|申报|报送)的$")
_AWARDS_YEAR_RE = re.compile(r"(?:19|20)\d{2}年度(?=先进|优秀)")


# 3家所联合组建党支部 · 8家小所组建了…: 所 after a count, a law firm as speech shortens it
# (not 3家所属企业 · 所辖 · 所在 · 所有; 12家所里: among them, read as before); small firms
# only as what set a branch up (not 5家小所组成的联合党支部: one branch described · 两家小所，
# 虽然…: a story's firms)
_FIRMS_SHORT_RE = re.compile(
    r"所(?![属辖在谓有得以需里内])"
    r"|小所(?=[^，,；;。的]{0,3}?(?:组建|组成|参加|加入|纳入|联合|单独|建立|成立)[^的，,；;。]*(?:[，,；;。]|$))"
)

# other firms a text may shorten to 所 (会计所, 评估所): 所 alone names no one kind then
_OTHER_FIRM_KINDS_RE = re.compile(r"会计|税务师|评估|代理")


def _law_firms_alone(text: str) -> bool:
    """The text speaks of lawyers and of no other kind of 事务所."""
    return "律" in text and _OTHER_FIRM_KINDS_RE.search(text) is None


# 16个区律师行业党委 · 9个县区社会组织行业党委: the places' kind before their sector committees
_KIND_OF_EACHS_COMMITTEE_RE = re.compile(
    # (下设14个设区市律师行业党委 · 13个地级市…: the kind of place, one committee each)
    r"(?:设区的?市|地级市|区县|县区|县市区|[区县市州旗])(?!级)"
    # (not 13个设区市律师协会均已成立行业党委: the places, then what each did)
    r"(?=(?:(?!均|都|已|成立|组建|建立)[^，,；;。\d]){0,8}?行业党委)"
)


def parse_post_np(phrase: str, ctx: Context) -> tuple[Term | None, int, str | None]:
    """The phrase after a classifier: its head term, where the noun phrase ends, its level word."""
    vocab = ctx.vocab
    i, head, subgroup = 0, None, None
    ranked = model = False
    # 63家党员不足3名的律所组建了联合党支部 · 八家规模较大的律所单独建立党支部: the firms
    # that did so (the condition is theirs)
    # (18家小型事务所纳入4个区域联合党支部: small firms, all those that joined)
    for condition, verb in (
        (_UNFIT_FOR_OWN_BRANCH_RE, "联合"),
        (_SMALL_FIRMS_RE, "联合"),
        (_FIT_FOR_OWN_BRANCH_RE, "单独"),
    ):
        met = condition.match(phrase)
        if met and verb in phrase[met.end() : _act_end(phrase, met.end(), len(phrase))]:
            i = met.end()
    if (short := _FIRMS_SHORT_RE.match(phrase)) and _law_firms_alone(ctx.text):
        head, i = vocab.terms["律所"], short.end()  # 3家小所组建了1个联合党支部: 所 for 律所
    elif kind := _KIND_OF_EACHS_COMMITTEE_RE.match(phrase):
        i = kind.end()  # 下设16个区律师行业党委: one committee of each district, counted
    while i < len(phrase):
        if quoted_rest := _QUOTED_ORGANIZATIONS_RE.match(phrase, i):
            i = quoted_rest.end()  # 9个“两新”组织党组织: the quoted name's 组织 outside its quotes
            continue
        if phrase[i] in ' “”"':
            i += 1
            continue
        if head is None and ctx.subject_kind_re and (kind := ctx.subject_kind_re.match(phrase, i)):
            i = kind.end()  # 全市67家异地商会中 (a text about 异地商会): the text's whole kind
            continue
        if head is None and (year := _AWARDS_YEAR_RE.match(phrase, i)):
            i = year.end()  # 12个2017年度先进基层党组织: the year the award is of
            continue
        term = vocab.term_lex.longest_at(phrase, i)
        word = vocab.post_words.longest_at(phrase, i)
        if term and head is not None and term in vocab.verb_terms:
            break  # 5家律所单独建立党支部: a verb-phrase term after the head is its predicate
        if (
            term
            and head is not None
            and head.metric == "firms"
            and _their_rate(phrase[i:], ctx.catalog)
        ):
            # 186家律所党组织覆盖率达100% · 386家律师事务所党组织实现全覆盖: the firms counted,
            # then their rate or their full cover
            break
        if term and (not word or len(term) >= len(word)):
            found = vocab.terms[term]
            if found.sector is None and head is not None and head.sector is not None:
                found = replace(found, sector=head.sector)  # 20个非公企业党建示范点: its sector
            head, i = party_member_term(head, found) or found, i + len(term)
            continue
        if word:
            if word in vocab.subgroups:
                subgroup = word
            ranked = ranked or word in RANK_WORDS  # 20个社会组织示范党组织: those so named
            model = model or word == "示范"
            i += len(word)
            continue
        surfaces = ctx.gaz.by_prefix.get(phrase[i : i + 2], ())
        place = next((s for s in surfaces if phrase.startswith(s, i)), None)
        if place and head is None:
            i += len(place)
            continue
        # 6个全市法律服务行业先进党组织: the scope of the honour, in the noun phrase
        scope = next(
            (w for w in vocab.scope_by_first.get(phrase[i], ()) if phrase.startswith(w, i)), ""
        )
        if scope and head is None:
            i += len(scope)
            continue
        break
    if head is None and (awarded := _ranked_term_at_start(phrase, ctx.catalog)):
        return awarded  # 10个先进律所党支部 · 10个先进商会党组织
    if ranked and head is not None and head.metric in ("party_organizations", "party_branches"):
        head = replace(head, metric=AWARDED[head.metric])
    if model and head is not None and head.metric == "firms":
        head = replace(head, metric="demonstration_sites")  # 12家党建工作示范律所, as 党建示范律所
    if head is not None and head.sector is None and (named := _named_sector(phrase[:i], ctx)):
        head = replace(head, sector=named)  # 5个律师行业党建示范点: the sector its words name
    if (
        head is not None
        and head.metric == "firms"
        and phrase[i : i + 1] in ("和", "及", "与", "、")
    ):
        joined = vocab.term_lex.longest_at(phrase, i + 1)
        other = vocab.terms[joined] if joined else None
        if (
            other is not None
            and other.metric == "firms"
            and other.sector not in (None, head.sector)
        ):
            # 近6000家非公企业和社会组织: the units of both sectors, together
            head, i = replace(head, sector=MIXED_SECTORS), i + 1 + len(joined or "")
    return head, i, subgroup


def _ranked_term_at_start(phrase: str, cat: Catalog) -> tuple[Term, int, None] | None:
    """Rank + sector + term right after a count (先进律所党支部): the award, where it ends."""
    rank = next((r for r in cat.award_ranks if phrase.startswith(r)), None)
    if rank is None:
        return None
    j = len(rank)
    while cue := next((c for c, _ in cat.sector_cues if phrase.startswith(c, j)), None):
        j += len(cue) + phrase.startswith("行业", j + len(cue)) * len("行业")
    vocab = vocabulary(cat)
    term = vocab.term_lex.longest_at(phrase, j)
    named = phrase[:j].replace("行业", "")  # 先进律师行业党组织: the sector's, 行业 or not
    awarded = award_term(named, vocab.terms[term], cat) if term and j > len(rank) else None
    if awarded is None or awarded[1]:
        return None
    return awarded[0], j + len(term), None  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# metric changes carried by predicates


# 65家实现了党组织覆盖 · 实现党的组织全覆盖: covered, said as such (no one way named)
COVERED_SAID = r"实现了?(?:党组织|党的组织)全?覆盖"
_COVERED_SAID_RE = re.compile(COVERED_SAID)


_BY_JOINT_BRANCHES_RE = re.compile(r"(?:通过|依托|以)联合党(?:支部|组织)")


def establishment_outcome(words: str, cat: Catalog) -> str | None:
    """单独建立党支部 / 建立了党支部或联合党支部 / 实现了党组织覆盖 -> which firm metric."""
    covered = _COVERED_SAID_RE.search(words)
    if covered and not any(v in words for v in cat.establishment["verbs"]):
        # (通过参加联合党支部实现了党的组织覆盖: how, named by the set-up verb's words)
        lead = words[max(0, covered.start() - 3) : covered.start()]
        if any(n in lead for n in NEGATIONS + NOT_YET):
            return None
        # (1.3万多家律所通过联合党支部实现了党的组织覆盖: covered by joint branches, theirs)
        joint = _BY_JOINT_BRANCHES_RE.search(words, 0, covered.start())
        return "firms_in_joint_branches" if joint else "firms_covered"
    if (
        not any(v in words for v in cat.establishment["verbs"])
        or "党" not in words
        and "支部" not in words
    ):
        return None
    established = vocabulary(cat).establishing_re.search(words)
    if not established:
        return None  # 参加党建培训: a verb and 党, but no Party organization set up or joined
    lead = words[max(0, established.start() - 3) : established.start()]
    if any(n in lead for n in NEGATIONS + NOT_YET):
        return None  # 141家社会组织尚未建立党组织 · 26家律所正在组建党支部: those without one
    for outcome in cat.establishment["outcomes"]:
        if all(w in words for w in outcome["words"]) and not any(
            w in words for w in outcome.get("unless", ())
        ):
            return outcome["metric"]
    return None


def _is_award(term: Term) -> bool:
    """An award's or a demonstration site's term (先进党组织, 示范点)."""
    return term.metric.startswith("awarded_") or term.metric == "demonstration_sites"


# 示范点创建单位 · 培育对象 · 候选: units on the way to an honour, not yet given it
_CANDIDATES_RE = re.compile(r"[”\"]?(?:创建|培育)(?:单位|对象)|候选")


def award_metric(predicate: str, head: Term, sentence: str, cat: Catalog) -> str | None:
    """The award a counted group received, or None when it is no catalog award (nor a
    candidacy for one: 获评“市级党建工作示范点”创建单位)."""
    if _CANDIDATES_RE.search(predicate):
        return None
    awards = [t for t in vocabulary(cat).by_length if _is_award(t)]
    named = {
        t.metric
        for t in awards
        if t.term in predicate and (not t.award or _awarding(sentence, cat))
    }
    if head.metric in named:
        return head.metric  # 1名党务工作者…分别获评…优秀党员律师、优秀党务工作者
    if head.needs == "people":
        for metric in ("awarded_party_members", "awarded_party_workers"):
            if metric in named:
                return metric
        return None
    for metric in ("demonstration_sites", "awarded_party_organizations"):
        if metric in named:
            return metric
    return None


def _awarding(sentence: str, cat: Catalog) -> bool:
    return any(v in sentence for v in cat.award_verbs)


# ---------------------------------------------------------------------------
# the figure reader


# the conjunction after a counted item, before the next item's words: 20家和 · 15个以及
# (执业律师5163人中有党员律师1621名: the whole, then the part it has)
_NEXT_ITEM_RE = re.compile(r"(?:和|及|以及|与|中有|中共有)(?=[\u4e00-\u9fff])")
_WHOLE_THEN_PART_RE = re.compile(r"中(?:有|共有)(?=[\u4e00-\u9fff])")


# 全省律师党员2012年、2017年、|2021年分别为… · 2019、2020、|2021年: the 、 of a list of
# dates ends no clause (a year's bare 、 only before a year)
_DATES_LISTED_BEFORE_RE = re.compile(rf"(?:{LISTED_YEAR}|(?:19|20)\d{{2}}、)+$")
_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d{2}")


def _clause_past_dates(text: str, pos: int, floor: int) -> int:
    """Where the clause of ``pos`` starts, a list of dates inside it taken in."""
    start = _clause_start(text, pos, floor)
    listed = _DATES_LISTED_BEFORE_RE.search(text, floor, start)
    if listed and listed[0][-2].isdigit() and not _YEAR_DIGITS_RE.match(text, start):
        listed = None  # (2019、 with no year after it: a count's list, not a date's)
    return _clause_start(text, listed.start(), floor) if listed else start


def _part_of_a_kind_left_out(
    fig: Figure, prev: Figure | None, clause_from: int, ctx: Context
) -> bool:
    """青年律师（35周岁以下）2070名，其中党员律师510名: 其中 right after a count of a kind
    of people the reader left out opens a part of that kind, not of the place's whole."""
    return (
        prev is not None
        and prev.metric is None
        and prev.note.startswith(SUBTYPE_NOTE)
        and ctx.catalog.classifier_group(prev.classifier or "") == "people"
        and ctx.text[prev.tail_end : clause_from] in ("，", ",")
        and ctx.text.startswith("其中", clause_from)
    )


def read_count(fig: Figure, st: SentenceState, ctx: Context) -> None:
    """Decide metric, sector and place of a count figure, or leave a note why not."""
    if _read_as_restated_or_withdrawn(fig, st, ctx):
        return  # 近1900家（1893家） · 原文：…律师事务所2176家…
    text, cat = ctx.text, ctx.catalog
    num = fig.number
    clause_from = _clause_past_dates(text, num.start, st.start)
    aside = _aside_open(text, num.start, st.start)
    if aside >= clause_from - 1 and (
        _lists_parts(aside, st, ctx) or ctx.vocab.scope_re.match(text, aside + 1)
    ):
        # 党组织118个（含党总支2个、党支部116个） · 约占全省的一半（全省执业律师超过1.1万人）:
        # the aside's own clause
        clause_from = aside + 1
    prev = st.last_count
    if _prior_level_in_aside(fig, prev, aside, ctx):
        return  # 律师事务所126家（上年：117家）
    if _part_of_a_kind_left_out(fig, prev, clause_from, ctx):
        fig.note = "a part of a kind left out (青年律师2070名，其中党员律师510名)"
        return
    joined = _NEXT_ITEM_RE.match(text, prev.tail_end) if prev is not None else None
    if joined and clause_from <= joined.start() and joined.end() <= num.start:
        clause_from = joined.end()  # 律所20家和律师300名: the item after 和 is a clause of its own
    before = text[clause_from : num.start]
    ranked_by = _ranked_by_size_opening(fig, st, ctx)
    if ranked_by is not None and ranked_by >= clause_from:
        before = text[clause_from:ranked_by] + text[ranked_by + 1 : num.start]  # 鄞州区|律所
    if text[num.start - 1 : num.start] == "“" and text.startswith("”", fig.tail_end):
        # 党员律师“2000余名”: the figure alone quoted, as a report gave it, after its noun
        before = text[_clause_start(text, num.start - 1, st.start) : num.start - 1]
    elif _bracketed_after_its_noun(fig, st, ctx):
        # 律师事务所（156家） · 党组织（逾2100个）: the figure alone in brackets after its noun,
        # its bound kept
        k = _bracket_before(fig, st, text)
        before = text[_clause_start(text, k, st.start) : k] + text[k + 1 : num.start]
    elif (subject := _concentrated_in(fig, st, ctx)) is not None:
        # 全省会计师事务所主要集中在深圳（301家）、广州（268家）…: each place's, of the subject
        before = subject
    said = before  # 律所数量、…分别较2020年底增加31家: what the clause says of the figure
    if item := _respective_item(fig, st, ctx):
        before = item  # 律师事务所、执业律师分别为186家、3426人
        listed_bound = _bound_of_a_respective_list(fig, st, ctx)
        if listed_bound is not None and fig.qualifier is Qualifier.EXACT:
            fig.qualifier = listed_bound  # 分别超过1.12万人、2860人 · 分别为近600家和230余家
    elif (
        consume(lead := strip_before(before, cat)[0], ctx)
        and suffix_term(lead, cat) is None  # (律师人数从528人…: the clause names its own)
        and (subject := _subject_of_change(clause_from, st, ctx))
    ):
        # 律师人数较上年增长12%，达到3000人 · 律所数量增长较快，目前有95家 (目前: said of it)
        before = subject + before.removeprefix(lead)
        # (党员律师方面，江苏最多，为1.21万人: a place, after the topic's clause)
        subject_from = _clause_start(text, clause_from - 1, st.start)
        before = _topic_of_a_place(subject_from, subject, before, st, ctx)
    else:
        before = _label_before(clause_from, before, st, ctx, fig)
    if (indicated := _indicator_item(fig, st, ctx)) is not None:
        before = indicated  # 表彰…先进党组织，指标值30个，完成值30个: the item's result
    if prev is not None and prev.note.startswith(CORRECTED) and _CORRECTION_RE.fullmatch(before):
        # 四百九十多家，准确地说是四百九十七家: the corrected figure says what the first did
        prev_from = _clause_start(text, prev.number.start, st.start)
        before = text[prev_from : prev.number.start]
        before = ctx.vocab.qualifier_at_end_re.sub("", before)  # (约460家: the first's own)
        before = _label_before(prev_from, before, st, ctx)  # (党员律师嘛，两千一百来个，准确…)
    sentence_before = text[st.start : num.start]
    if _blocked_before(before, sentence_before, fig, ctx):
        return
    if _as_the_figures_pointed_back(fig, st.counts, st, ctx):
        return  # 执业律师9126人、律所489家，而2012年这两个数字分别只有2860人和186家
    if before is item and (cue := _change_word(said, ctx)):
        fig.note = f"change, not a level ({cue})"  # 分别较2020年底增加31家、812名: each item's
        return
    if before.endswith(("）", ")")):
        before = _term_in_brackets(before, cat)  # 个人会员（执业律师）4317名
    opening = _quote_closing_at(clause_from, st, ctx)
    # (按照“地域相邻、规模相近”原则组建联合党支部112个: a principle quoted, then what was set up)
    if opening is not None and not ctx.vocab.relying_on_re.search(text, st.start, num.start):
        if consume(text[opening + 1 : clause_from - 1], ctx):
            # “两新”组织 · 评选出“优秀党员律师”40名: the quoted words read as if unquoted
            before = text[_clause_start(text, opening, st.start) : num.start]
            before = before.replace(text[opening], "").replace(text[clause_from - 1], "")
        elif _awards_before(
            _without_trailing_sector(text[_clause_start(text, opening, st.start) : opening], ctx),
            cat,
        ) or _after_a_titled_award(opening, st, ctx):
            fig.titled = True  # 评选命名“五星级”社会组织党组织20个: a title awarded
            title = suffix_term(text[opening + 1 : clause_from - 1], cat)
            if not before.strip() and title is not None and title.metric in AWARDED:
                # 评选“红旗党组织”10个: the count of those the title was given to
                group = cat.classifier_group(fig.classifier or "")
                _accept(fig, title, AWARDED[title.metric], "", ctx, st, group)
                return
        elif not _ends_in_an_award(before, cat) and not _described(before, cat):
            # “五好”商会党组织示范点30个: the award's name; “党建+业务”集中培训4次: its theme
            fig.note = "a quoted rating or name before the term"  # “五星级”律所党组织18个
            return
    if _puts_right(fig, st, ctx):
        before = before.removesuffix("应为") + "为"  # …口误，“两新”组织党员应为7.8万余名
    group = cat.classifier_group(fig.classifier or "")
    if group == "sessions" and before.rstrip().endswith("分"):
        if before.rstrip().endswith("将分"):
            fig.note = "target or plan"  # 近期，西城区将分两批举办…轮训: sessions to come
            return
        # 组织全县党员律师分两期赴…开展集中培训: the training, held in so many sessions
        held = _training_said_after(fig, st, ctx)
        if held is not None:
            fig.rule = "split_into_sessions"
            _accept(fig, held, held.metric, "", ctx, st, group)
            return
    if text.startswith(("（", "("), fig.tail_end):
        close = _closing(text, fig.tail_end, st.end)
        if close is not None:
            fig.tail_end = close + 1  # 执业律师2386名(其中“两公律师”386名): the aside says nothing
    aside_end = _closing(text, fig.tail_end, st.end) if aside >= 0 else None
    phrase_end = _clause_end(text, fig.tail_end, st.end if aside_end is None else aside_end)
    if unfit := _UNFIT_FOR_OWN_BRANCH_RE.match(text, fig.tail_end):
        # (5家规模较小、党员不足3名的律所: the conditions' 、 ends no clause)
        phrase_end = _clause_end(text, max(phrase_end, unfit.end()), st.end)
        phrase_end = max(phrase_end, _act_end(text, unfit.end(), st.end))
    phrase = text[fig.tail_end : phrase_end]
    # (占全市律师2100余人的12.5%: the whole a share is of, no modifier)
    threshold = re.match(r"([（(][^）)]*[)）])?(以上|以下)?的", phrase) is not None
    # (党员人数在3名以上、已单独建立党组织的…: conditions listed, then the units they pick out)
    threshold = threshold or (
        text.endswith(("以上", "以下"), 0, fig.tail_end)
        and _CONDITIONS_LISTED_RE.match(text, fig.tail_end) is not None
    )
    # (“…、党员5名以上”的条件: a quoted condition's threshold, past the quote that ends the phrase)
    threshold = threshold or _QUOTED_CONDITION_RE.match(text, fig.tail_end) is not None
    threshold = threshold and not _TIMES_AFTER_RE.match(text, fig.tail_end)  # 6800名的1.6倍
    threshold = threshold and ranked_by is None  # 律师2107名的规模居全市首位: no modifier
    # 对党员人数不足3名、规模较小的企业: one of two conditions
    threshold = threshold or (
        before.endswith(_FEWER_THAN) and _ANOTHER_CONDITION_RE.match(text, fig.tail_end) is not None
    )
    # 对有3名以上正式党员、尚未单独建立党组织的企业: a bound that picks out units
    threshold = threshold or (
        fig.qualifier is not Qualifier.EXACT
        and _UNITS_PICKED_OUT_RE.match(text, fig.tail_end) is not None
    )
    if threshold and not _SHARE_BASE_AFTER_RE.match(phrase):
        fig.note = "modifier or threshold (…以上的)"
        return
    stripped, qual_before = strip_before(before, cat)
    if qual_before and fig.qualifier is Qualifier.EXACT:
        fig.qualifier = qual_before
    list_words = text[_list_start(text, clause_from, st.start) : num.start]  # 党总支、|党委合计
    if _SUMMED_RE.search(before) and _two_kinds_summed(strip_before(list_words, cat)[0], cat):
        fig.note = "a sum of two kinds (党总支、党委合计200余个)"
        return
    if (kinds := _every_kind_summed(fig, st, ctx)) is not None:
        # 党委、党总支、党支部分别有11个、27个和684个，合计722个: all the organizations
        fig.metric, fig.sector, fig.place = "party_organizations", kinds.sector, kinds.place
        fig.rule = "kinds_summed"
        return
    if (levels := _levels_committees_summed(fig, st, ctx)) is not None:
        # 省级…1个、州（市）级…16个、县级…42个，合计59个: the sector's committees, every level
        fig.metric, fig.sector, fig.place = levels.metric, levels.sector, levels.place
        fig.rule = "levels_summed"
        return
    if (sectors := _both_sectors_summed(fig, st, ctx)) is not None:
        # 非公企业和社会组织党组织分别达到2673个和418个，合计3091个: both sectors' together
        fig.metric, fig.sector, fig.place = sectors.metric, MIXED_SECTORS, sectors.place
        fig.rule = "sectors_summed"
        return
    each = stripped.endswith(DISTRIBUTIVE) or any(w in before for w in ("平均", "人均", "年均"))
    each = each or _PER_PLACE_AVERAGE_RE.search(before) is not None  # 县均律所不足9家
    each = each or _PER_UNIT_RE.search(before) is not None  # 每个联合党支部覆盖律所3家: each one's
    each = each or vocabulary(cat).each_did_re.search(stripped) is not None
    # 龙山县、永顺县各有律所6家 · …，宝安、龙岗两区各有3500余个: each place's own figure (not
    # …各有律所15家和11家: as 分别)
    plain_each = not each or before.rstrip().endswith("各有")
    if plain_each and "各有" in before and _respective(num.start, st, ctx) is None:
        fig.each_of = _places_that_each_have(num.start, st, ctx)
        each = not fig.each_of
        if fig.each_of:
            fig.place = fig.each_of[0]
            stripped = stripped.removesuffix("各")  # 两县律师事务所各有11家: the term before it
    if each and (own := _the_catalog_item_of_each(stripped, ctx)) is not None:
        # 其中，党员律师和党外律师各19名: the one item the catalog counts has that many
        fig.rule = "each_item"
        _accept(fig, own, own.metric, "", ctx, st, group)
        return
    if each and _earlier_level_in_an_aside(fig, st, ctx) is not None:
        each = False  # （2019年底分别为5318名和35.0%）: the levels then, 分别 of the figures before
    prev = st.last_count
    # 每名党委委员联系1个设区市、2家以上律所党组织: the list's next item, each one's too
    each = each or (
        prev is not None
        and prev.note == EACH_NOTE
        and _NEXT_LISTED_RE.fullmatch(text, prev.tail_end, num.start) is not None
    )
    if each:
        fig.note = EACH_NOTE
        return
    if _inherit(fig, stripped, before, st, ctx):
        return
    head, np_end, subgroup = parse_post_np(phrase, ctx)
    copula = _COPULA_THEN_TERM_RE.match(phrase)
    # (…先进基层党组织里，有2个是律所党支部: how many of another group are of the kind)
    if copula and _AMONG_THEN_SOME_RE.search(text, max(st.start, num.start - 8), num.start):
        copula = None
    if head is None and copula:
        # 其余281个为联合党支部 · 除此之外的463个均为党支部: what the count is, after 为
        head, np_end, subgroup = parse_post_np(phrase[copula.end() :], ctx)
        rest = phrase[copula.end() + np_end :] if head is not None else ""
        if head is not None and (rest.strip() or subgroup):
            head = None  # (…为合伙所，… · 为律所党支部书记: more than the term alone)
        np_end += copula.end()
    quoted_sector = _quoted_sector_after(fig, st, ctx) if head is None else None
    if quoted_sector is not None:
        # 9个“两新”组织党组织获评…: a sector's quoted name opens the noun phrase
        phrase = quoted_sector
        head, np_end, subgroup = parse_post_np(phrase, ctx)
    if head is None and text.startswith("“", fig.tail_end):
        # (评选出15家“党建示范律所”和60名“优秀党员律师”: the list's first item was awarded)
        prev = st.last_count
        listed = prev is not None and prev.metric in AWARD_METRICS
        listed = listed and _after_a_counted_item(fig, st, ctx)
        # 对…100个“两新”组织先进基层党组织进行了表彰: the award verb after those awarded
        given = "对" in stripped and bool(
            _AWARD_PREDICATE_RE.search(
                text, fig.tail_end, _comma_part_end(text, fig.tail_end, st.end)
            )
        )
        head, np_end = _quoted_award(text[fig.tail_end : st.end], stripped, cat, listed or given)
        fig.titled = head is not None  # 命名表彰了10个“红旗党支部”: organizations awarded
    if group == "sessions" and (head is None or head.needs != "sessions"):
        # 举办了3期全省律所党组织书记示范培训班: the count, then the training's description
        # (期 counts sessions: 律所党组织 is whom the class is for)
        head = next(
            (t for t in vocabulary(cat).by_length if t.described and phrase.endswith(t.term)), None
        )
        np_end = len(phrase)
    if head is None and phrase.strip() and _admin_units_establish(phrase, fig, ctx, st.last_count):
        return
    vocab = vocabulary(cat)
    places = vocab.places_counted_re.match(text, fig.number.start)
    if (
        head is not None
        and head.metric != "industry_party_committees"  # (14个设区市律师行业党委: one each)
        and places
        and not text.startswith("级", places.end())  # (15个区级示范点: sites of a level)
    ):
        fig.note = "places counted (三个城区律师事务所…), not units"
        return
    established = (
        vocab.established_re.match(phrase) if fig.classifier in ("家", "个", "户") else None
    )
    if established and fig.classifier == "个" and established[1] in vocab.firms_only_verbs:
        established = None  # 11个设区市中，已有9个成立了…行业党委: places that founded one
    if head is None and established:
        # 68家律师事务所中，已有65家建立了党组织: 家 alone, then the firms' act
        outcome = establishment_outcome(phrase, cat)
        sector = _zone_firms_before(fig, st, ctx) or _sector_near(num.start, ctx)
        prev = st.last_count
        # …已有65家建立了党组织 · …两百多家单独建立了党支部，一百零五家参加了联合党支部
        listed = (
            not before.strip() and prev is not None and (prev.metric or "").startswith("firms_")
        )
        if _framed_by_a_subtype(fig, st, ctx):
            fig.note = f"{FIRMS_OF_A_SUBTYPE} (在台资企业中，已有…)"
            return
        clause_from = _clause_start(text, fig.number.start, st.start)
        if (
            before.rstrip().endswith("有")
            and prev is not None
            and prev.metric is None
            and prev.number.start >= clause_from
            and _OF_ONE_LEVEL_RE.search(text, clause_from, prev.number.start)
        ):
            # 区属42个行业协会有29个建立了党组织: some of a group the reader left out
            fig.note = f"{FIRMS_OF_A_SUBTYPE} (区属42个行业协会有29个…)"
            return
        # 全市63家律所中的58家已建立党组织: some of the place's firms just counted
        among_counted = (
            before.rstrip().endswith("中的") and prev is not None and prev.metric == "firms"
        )
        if (
            outcome
            and sector
            and (
                before.rstrip().endswith(("有", "其中", "其余", "另外", "另"))
                or among_counted
                or listed
                or not before.strip()
                and _after_a_counted_whole(fig, st, ctx)
            )
        ):
            fig.metric, fig.sector, fig.rule = outcome, sector, "firms_that_established"
            return
    if head is not None:
        # 将49家律所组建成13个联合党支部: 将 (把) before a count marks what is acted on
        mark = next((m for m in DISPOSAL_MARKS if stripped.endswith(m)), "")
        # (县司法局…推动2家…律所单独建立党支部: the units it had set one up, urged)
        urged = stripped.endswith(tuple(cat.establishment["urging_verbs"]))
        # (not 今年新指导2家… · 又推动1家… · 推动47家律所由…转为…: those urged in a period, a flow)
        urged = urged and not _URGED_AS_A_FLOW_RE.search(
            text, st.start, _clause_end(text, fig.tail_end, st.end)
        )
        acted_on = bool(mark) or urged
        stripped = stripped.removesuffix(mark)
        if stripped.endswith("等"):
            # 授予吉林正平律师事务所党支部等12个党组织“…”称号 · 蜀都公证处党总支等3个党组织
            # 被确定为…示范点: examples of those awarded
            stripped = vocabulary(cat).award_examples_re.sub(r"\1", stripped)
            # (授予A律所党支部、B律所党支部等20个党组织: the verb the whole list follows)
            whole_list = text[_list_start(text, clause_from, st.start) : num.start]
            if stripped.endswith("等") and (
                verb := vocabulary(cat).award_examples_re.search(whole_list)
            ):
                stripped = verb[1]
            if stripped.endswith("等") and any(v in phrase for v in cat.award_verbs):
                stripped = _EXAMPLES_RE.sub("", stripped)
            trades = _TRADES_AT_END_RE.search(stripped)
            if trades and _examples_of_trades(trades[0], ctx):
                stripped = stripped[: trades.start()]  # 建筑、物流…等5个行业党委: examples
        elif head.metric == "industry_party_committees" and _trades_counted(fig, st, ctx):
            stripped = ""  # 全区已组建化工、陶瓷、商贸物流、建筑业4个…行业党委: the trades named
        plaque = _PLAQUE_GIVEN_RE.match(text, fig.tail_end + np_end) is not None
        if plaque and _is_award(head) and _GIVEN_TO_RE.search(before.rstrip()):
            stripped = ""  # 大会为15个区级“两新”组织党建示范点授牌: those given the plaque
        if _VISITED_RE.search(stripped):
            fig.note = "object of another verb: visited"  # 走访了辖区2家律师事务所党支部
            return
        if head.needs != "sessions" and _SET_TO_ACT_RE.search(before.rstrip()):
            # 组织42家事务所与28个脱贫村结对 · 组织200名律师参加…: those a body set to an
            # activity (组织了3期培训: the sessions it held)
            fig.note = "object of another verb: 组织"
            return
        # (…10个“五星级党支部”和25名…: only the conjunction after a count: a list of counts)
        only_conjunction = not stripped.rstrip("".join(CONJUNCTIONS)) and st.last_count is not None
        # (15个“五好”律所党支部和40名…: the noun phrase a count read, then the conjunction)
        only_conjunction = only_conjunction or _after_a_counted_item(fig, st, ctx)
        # (与2010年的6.1万名律师党员相比: the level compared with, no list)
        level_compared = _COMPARED_AFTER_RE.match(text, fig.tail_end) is not None
        if (
            stripped.endswith(CONJUNCTIONS)
            and not NUMERAL_START_RE.search(stripped)
            and not only_conjunction
            and not level_compared
        ):
            fig.note = "an item of a list of other things"  # 走访了县司法局、县律师协会和9家律所
            return
        # …参加联合党支部的律所181家，两项合计已有398家律所…: the items before, summed
        stripped = _ITEMS_SUMMED_END_RE.sub("", stripped)
        covers = tuple(cat.establishment["coverage_verbs"])
        # 党组织覆盖全部6家律所 · 12个党支部覆盖了全部14家律所: all of them, covered
        all_of = _COVERED_ALL_RE.search(stripped)
        if all_of is not None and all_of[0] and stripped[: all_of.start()].endswith(covers):
            stripped = stripped[: all_of.start()]
        # 214个社会组织通过41个联合党支部实现组织覆盖: the branches, the means of the cover
        means = (
            stripped.endswith(("通过", "依托"))
            and head.metric in _ORG_METRICS
            and _achieves_cover(_predicate_after(fig.tail_end + np_end, st, ctx), cat)
        )
        if head.metric == "firms" and _the_joint_branches_firms(fig, st, ctx):
            # 联合党支部14个（涵盖45家律所）: the firms in the branches just counted
            _accept(fig, head, "firms_in_joint_branches", "", ctx, st, group)
            fig.rule = "count_then_term"
            return
        if (
            stripped
            and not acted_on  # 朝阳区司法局将41家律所…: whoever acts, the count is acted on
            and not means
            and not stripped.endswith("的")
            and not _ends_with_token(stripped, ctx)
            and not _sets_up(stripped, head, cat)
            # (全市律师队伍从2011年底的29家律所、248名律师，发展到…: the subject of a change)
            and not _CHANGED_FROM_A_DATE_RE.search(before)
            and not _firms_that_have_some(stripped, before, ctx)
        ):
            fig.note = f"object of another verb: {stripped[-6:]}"
            return
        fig.rule = "count_then_term"
        fig.subgroup = subgroup
        predicate = _predicate_after(fig.tail_end + np_end, st, ctx)
        if group == "sessions" and text.startswith(("，", ","), fig.tail_end + np_end):
            predicate = ""  # 举办了2期…培训班，组建…服务团4支: the organizer's next act
        if head.metric == "practitioners" and _OTHER_PEOPLE_JOINED_RE.match(
            text, fig.tail_end + np_end
        ):
            fig.note = "two kinds of people counted together (律师和基层法律服务工作者)"
            return
        # (对…年度涌现出的12个先进党组织…予以表彰: the award's verb after them)
        awarding = _is_award(head) and any(v in stripped + predicate for v in cat.award_verbs)
        # (推荐的2个律所党支部获评全省…先进党组织: those put forward, then awarded)
        awarding = awarding or (
            _PUT_FORWARD_RE.search(stripped) is not None
            and any(v in predicate for v in cat.award_verbs)
        )
        # 对评选出的5个先进党支部进行了表彰: the clause awards them, it picks none out
        if (
            stripped.endswith("的")
            and not awarding
            and not _THE_REST_RE.search(stripped)  # (除此之外的463个均为党支部: the rest)
            and _a_subset(stripped[:-1], predicate, ctx)
        ):
            fig.note = f"a subset: {stripped[-10:]}"  # 对暂不具备建立党组织条件的12家律所
            return
        # (加上单独建立党支部的4家事务所: the firms that did so, a clause before them says)
        did = head.metric == "firms" and stripped.endswith("的")
        # (没有单独建立党组织的54家律所: the firms that did not)
        did = did and not _WITHOUT_ONE_OF_THEIR_OWN_RE.search(stripped)
        outcome = establishment_outcome(stripped[:-1], cat) if did else None
        metric = outcome or _post_metric(head, predicate, stripped, fig, st, ctx)
        if metric is None:
            return
        if metric == "party_branches" and (manner := _MANNER_SET_UP_RE.search(stripped)):
            # 其余3家…联合组建了1个党支部 · 单独建立了5个党支部: branches of that kind
            metric = "joint_branches" if manner[1] == "联合" else "standalone_branches"
        if acted_on and metric == head.metric:
            fig.note = f"acted on: {predicate[:10]}"  # only what they were made into counts
            return
        if metric == "firms_in_joint_branches" and _ONE_BRANCH_THEY_FORMED_RE.match(predicate):
            fig.note = (
                "the firms of the one joint branch a story tells of (5家律所组建的联合党支部把…)"
            )
            return
        _accept(fig, head, metric, stripped, ctx, st, group)
        conferred = _TITLE_CONFERRED_RE.match(text, fig.tail_end + np_end)
        if fig.metric and head.sector is None and conferred is not None:
            # 授予钟国平等22名同志“非公企业优秀共产党员”称号: the sector the title names
            fig.sector = one_sector_named(conferred[1], cat) or fig.sector
        return
    # (分别由38家、412人增加到…: the change opens before the items 分别 pairs; 从2015年的
    # 386个、2017年的542个增加到…: before the dated levels it lists)
    listed_from = _DATED_LEVELS_FROM_RE.search(text, st.start, num.start)
    changed = text[st.start : num.start] if item or listed_from else before
    from_to = rf"|{CHANGED_TO}.*" if re.search("[从由]", changed) else ""
    # 律师3300余名总数的23%: the count is the total, the percent after it its share of it
    total_of = rf"(总数|总人数|总量)的?(\d+(\.\d+)?%)?|的{SHARE_AMOUNT}"
    # 全市律师1500名中，党员律师占38%: the count a share after it is among
    phrase = re.sub(
        rf"^([（(][^）)]*[）)]|{total_of}{from_to}|{AWARD_PREDICATE}|{ALL_SET_UP}|{ALL_BROUGHT_IN}"
        rf"|中$|{FOOTNOTE_MARK})",
        "",
        phrase,
    )
    if _WHOLE_THEN_PART_RE.match(phrase):
        phrase = ""  # 执业律师5163人中有党员律师1621名: the whole, its part read next
    if ranked_by is not None:
        phrase = ""  # 律师2107名的规模居全市首位: how the place ranks by its counts
    if (restated := _RESTATED_GAP_RE.match(phrase)) and NUMERAL_START_RE.match(
        phrase, restated.end()
    ):
        phrase = ""  # 三百余家即312家: the figure, then itself in another form
    committee = _each_place_set_up_one(fig, ctx)
    if committee is not None and (not stripped or consume(stripped, ctx)):
        # 全省21个地级以上市均成立了市级律师行业党委: one committee each, so 21 of them
        _accept(fig, committee, committee.metric, "", ctx, st, group)
        # (…其中成都市598个，21个市（州）均成立了…: the province holding the cities counted)
        fig.place = _holder_of_places_counted(fig, ctx) or fig.place
        return
    compared = _compared_subject_after(fig, before, ctx) if phrase.startswith("相") else None
    if compared is not None and compared.needs == group:
        # 与2015年底的1120名相比，党员律师五年间新增843名: the year's level of what follows
        _accept(fig, compared, compared.metric, "", ctx, st, group)
        fig.rule = "compared_with"
        return
    then = _LEVEL_COMPARED_RE.search(before)
    if then is not None and _CHANGE_AFTER_RE.match(phrase):
        # 党员律师数量较2018年的13.6万名增长了85%: the subject's level that year, compared
        subject = strip_before(before[: then.start()], cat)[0]
        if suffix_term(subject, cat) is not None:
            _read_before(fig, subject, before, st, ctx, group)
            fig.rule = fig.rule and "compared_with"
            return
    if (
        _FROM_BEFORE_RE.search(before)
        and _CHANGE_AFTER_RE.match(phrase)
        and _YEAR_COMPARED_FRAME_RE.search(text, st.start, clause_from)
        and suffix_term(stripped, cat) is not None
    ):
        # 与2012年底相比，党员律师从约7.5万名增长了近一倍: the level of the year compared
        _read_before(fig, stripped, before, st, ctx, group)
        fig.rule = fig.rule and "compared_with"
        return
    frame = _OWN_COMPARED_FRAME_RE.match(stripped)
    # (与2008年全市仅有律师31名、党员律师9名相比: a later item of the frame's list)
    in_framed_list = text[clause_from - 1 : clause_from] == "、" and bool(
        _OWN_COMPARED_FRAME_RE.match(text, _list_start(text, clause_from, st.start))
    )
    # (…律师31名、党员律师9名相比: the frame closes after the list the first item opens)
    closes = _COMPARED_AFTER_RE.match(phrase) or (
        frame and not phrase.strip() and _COMPARED_AFTER_RE.match(text, fig.tail_end)
    )
    own_level_compared = (frame is not None or in_framed_list) and bool(closes)
    if own_level_compared:
        # 与2014年全区仅有律所41家相比: a level of its own, named inside the frame
        phrase, stripped = "", stripped[frame.end() :] if frame else stripped
    honour = _honour_given_after(phrase, group, ctx) if phrase and not stripped.strip() else None
    if honour is not None:
        # …，4人获评优秀党务工作者: so many people given the title the words after name
        fig.rule = "given_a_title"
        _accept(fig, honour, honour.metric, "", ctx, st, group)
        return
    # 党员律师一百五十上下吧: the speaker's particle after a count said without its classifier
    # (not 三百九十多家吧，我记得是396家: a guess, put right)
    unsaid = not fig.classifier or fig.classifier not in text[num.end : fig.tail_end]
    if phrase in _MODAL_PARTICLES and unsaid and _spoken_classifier(fig, text, cat):
        phrase = ""
    if _the_unfit_rest_joining(fig, stripped, phrase, st, ctx):
        return
    # (the phrase stops at a quote: the title is read from the text)
    named_sites = (
        _UNITS_MADE_SITES_RE.match(text, fig.tail_end) if phrase.startswith("单位") else None
    )
    if named_sites:
        # 命名…等36个单位为第四批…党建示范点: the units made sites are the sites, of the sector
        # the title names
        _accept(fig, ctx.vocab.terms["示范点"], "demonstration_sites", "", ctx, st, group)
        fig.sector = _named_sector(named_sites[0], ctx) or fig.sector
        fig.rule = "count_then_term"
        return
    if phrase.strip(" ") and not phrase.startswith(CONJUNCTIONS):
        fig.note = f"unknown phrase after number: {phrase[:12]}"
        return
    _read_before(fig, stripped, before, st, ctx, group)
    if own_level_compared:
        fig.rule = fig.rule and "compared_with"


# 每个联合党支部覆盖律所3家: what each unit has, no total
_PER_UNIT_RE = re.compile(r"每一?(?:个|家|名|位|所|支)")
# …均已成立律师行业党委，共6个: the units set up, counted in the next clause
_TOTAL_IN_THE_NEXT_CLAUSE_RE = re.compile(
    r"[^，,；;。]*[，,](?:共|合计|总计)(?:有|计)?(?:\d|[一二两三四五六七八九十])"
)
_CONDITIONS_LISTED_RE = re.compile(r"、[^，,；;。\d]{1,20}?的")
# “…、党员5名以上”的条件: a quoted condition's threshold
_QUOTED_CONDITION_RE = re.compile(r"(?:以上|以下)?[”\"]的")
# 律师队伍从2011年底的|29家律所: the subject of a change, then its starting date
# (…，较2018年底的四家律所、二十一名律师，分别增加了…: the level compared with, dated)
_CHANGED_FROM_A_DATE_RE = re.compile(r"[从由较比](?:19|20)\d{2}年(?:底|末|年底|年末)?的$")
# 与2014年全区仅有律所41家相比: a comparison's frame opening before a year
_FROM_BEFORE_RE = re.compile(r"[从由](?:约|近|超过|不足)?$")
_YEAR_COMPARED_FRAME_RE = re.compile(r"[与同和跟](?:19|20)\d{2}年(?:底|末)?相比[，,]")
_OWN_COMPARED_FRAME_RE = re.compile(r"[与同和跟](?=(?:19|20)\d{2}年)")
# 经司法行政机关登记 · 经财政部门批准设立: registered by the authority, all of a kind
_REGISTERED_RE = re.compile(
    r"[经在][^，,；;。的]{0,12}?(?:登记|注册|备案|批准|许可|审批)(?:成立|设立|注册|管理|在册)?$"
    # 纳入党建工作统计的 · 纳入党建工作管理的: all counted, all managed
    r"|纳入(?:党建工作|党建|全省|全市|全区|全县)?(?:工作)?(?:统计|管理)(?:范围)?$"
)
# 在长沙依法执业的律师事务所 · 持证执业的党员律师: all that practise (there), no kind picked out
_PRACTISING_RE = re.compile(r"(?:在[^，,；;。的\d]{1,8}?)?(?:依法|持证)?执业$")
_EXAMPLES_RE = re.compile(r"[^，,；;。“”]{1,24}?等$")
HAVING = "共有|共计有|现有|有"  # what counted firms have in all (有 with a count after it)
# (a clause starts at 、: …单独组建、|联合组建等方式覆盖); 挂靠依托等其他方式覆盖…: neither own nor
# joint, a kind the catalog does not count
_BY_MEANS_RE = re.compile(
    r"(?:通过|采取|采用)?(?![^，,；;。]*其他)[^，,；;。\d]{0,16}?等?(?:方式|形式)$"
)
# 在52家司法鉴定机构中 · 在台资企业中: the group something is among
AMONG_FRAME = r"在([^，,；;。在]{2,20}?)中"
_AMONG_RE = re.compile(rf"{AMONG_FRAME}(?=建立|组建|成立|设立)")
HAS_AMONG = "有|共有|已有|拥有"  # …中有: what a group counted before 中 holds
WORK_COVER_MEANS = ("指导员", "联络员")  # those sent to firms with no organization of their own
_AMONG_ALL_MEMBERS_RE = re.compile(r"(?:中共)?党员中")
_TOWNS_COUNTED_RE = re.compile(rf"[两三四五六七八九十\d]个?(?:镇|乡|街道)(?![{CN_DIGITS}\d])")
# 和平镇、泗安镇 · 柳市镇和北白象镇: towns named in a list (not 乡镇、街道: kinds of unit)
_TOWNS_LISTED_RE = re.compile(
    r"(?<![乡城])[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道)[、和与及][\u4e00-\u9fff]{1,5}?(?:镇|乡|街道)"
)
# 逾百家 · 近千家: a bound before a bare 百/千 (数百家 is no figure: vague)
_BOUND_BEFORE_HUNDRED_RE = re.compile(
    r"(?:逾|近|超过|约|将近|不足|不到|突破|破|过|超|达)$"
)  # 突破千家
_WHOLE_FIRM_AFTER_RE = re.compile(r"[，,]?(?:约|近)?占全所")
# 党员不足3名的 · 不具备单独组建条件的: firms that cannot set up a branch of their own, which
# is what those that join a joint branch are (no sub-type of them there)
# (另有3家规模较小的公证处 · 其余5家规模较小、党员不足3名的律所: one condition or several)
_UNFIT_CONDITION = (
    r"(?:(?:正式)?党员(?:人数)?(?:不足|不到|少于|未达到?)(?:\d+|[一二两三])[名人]"
    r"|暂?不具备单独(?:组建|建立|成立|建)(?:党支部|支部|党组织)?(?:的)?条件"
    r"|(?:未|没有|尚未|未能)单独(?:组建|建立|成立|建)(?:党支部|支部|党组织)"  # (未单独建支部的)
    r"|(?:规模|人数|会员|党员(?:人数)?)(?:比较|较)?(?:小|少))"  # (会员少、党员少的小型商会)
)
_FIT_FOR_OWN_BRANCH_RE = re.compile(r"(?:规模|人数|党员(?:人数)?)(?:比较|较)?(?:大|多)的")
_UNFIT_CONDITIONS_RE = re.compile(rf"{_UNFIT_CONDITION}(?:[、，,]{_UNFIT_CONDITION})*")
# (…党员少的小型商会: the conditions, then the small units they make)
_UNFIT_FOR_OWN_BRANCH_RE = re.compile(f"{_UNFIT_CONDITIONS_RE.pattern}的(?:小型|小微)?")
# 18家小型事务所纳入…联合党支部: small firms that joined (not …共同组建了联合党支部: one
# branch some small firms formed)
_SMALL_FIRMS_RE = re.compile(r"(?:小型|小微|中小型?|小规模)(?=[^，,；;。]{0,8}?(?:纳入|加入|参加))")
# 联合党支部58个: a count of joint branches, ending there
_JOINT_BRANCHES_BEFORE_RE = re.compile(r"联合党支部\d+个$")
_UNFIT_BEFORE_RE = re.compile(rf"(?:{_UNFIT_FOR_OWN_BRANCH_RE.pattern})$")


_THE_OTHERS_BEFORE_RE = re.compile(r"(?:另外|其余|另有|剩余|剩下)$")


def _the_unfit_rest_joining(
    fig: Figure, stripped: str, phrase: str, st: SentenceState, ctx: Context
) -> bool:
    """…4家律所单独建立了党支部，另外2家规模小、党员少，组建了1个联合党支部: the rest of the
    firms just counted, unfit for a branch of their own, join a joint one (the next comma
    part says so)."""
    kin = st.last_count
    if (
        fig.classifier != "家"
        or kin is None
        or kin.metric not in _FIRM_METRICS
        or not _THE_OTHERS_BEFORE_RE.search(stripped)
        or not _UNFIT_CONDITIONS_RE.fullmatch(phrase)
    ):
        return False
    end = ctx.sentence_of(fig.number.start)[1]
    first = _comma_part_end(ctx.text, fig.tail_end, end)
    if "联合" not in ctx.text[first : _comma_part_end(ctx.text, first + 1, end)]:
        return False
    fig.metric, fig.sector, fig.place = "firms_in_joint_branches", kin.sector, kin.place
    fig.rule = "unfit_firms_joining"
    return True


def _unfit_firms_joining(before: str, fig: Figure, ctx: Context) -> bool:
    """党员不足3名的509家律所，按照…参加联合党支部: the bound is what makes firms join a
    joint branch, and they join one (in their comma part or the next)."""
    if not _UNFIT_BEFORE_RE.search(before):
        return False
    end = ctx.sentence_of(fig.number.start)[1]
    first = _comma_part_end(ctx.text, fig.tail_end, end)
    return "联合" in ctx.text[fig.tail_end : _comma_part_end(ctx.text, first + 1, end)]


# 党员3名以上的 · 有3名以上正式党员的: firms fit to set up a branch of their own
FIT_CONDITION = r"(?:(?:正式)?党员(?:人数)?(?:\d+|[三两二])[名人]以上|有(?:\d+|[三两二])[名人]以上(?:正式)?党员)"
_FIT_BEFORE_RE = re.compile(rf"{FIT_CONDITION}的$")
# 党员3人以上的律所单独建立党支部38个 · 党员不足3人的律所…组建联合党支部9个: the rule of which
# firms set up which kind of branch picks out no sub-type of the branches
_FIRMS_BY_RULE = r"的(?:律师事务所|律所|事务所|公证处|企业|社会组织|单位)"
_FIT_FIRMS_RE = re.compile(rf"{FIT_CONDITION}{_FIRMS_BY_RULE}")
_UNFIT_FIRMS_RE = re.compile(rf"{_UNFIT_CONDITIONS_RE.pattern}{_FIRMS_BY_RULE}")
_OWN_BRANCH_SET_UP_RE = re.compile(r"[^，,；;。]{0,8}?单独(?:建立|组建|成立|设立)")


def _fit_firms_setting_up_their_own(before: str, fig: Figure, ctx: Context) -> bool:
    """党员3名以上的11家律所单独建立了党支部: the bound is what lets firms set up a branch of
    their own, and they did (right after their noun)."""
    return bool(_FIT_BEFORE_RE.search(before)) and bool(
        _OWN_BRANCH_SET_UP_RE.match(ctx.text, fig.tail_end)
    )


# 到6月底 · 截至2020年底 · 至年底: a date opening a clause
# 到6月底 · 截至2015年底 · 2015年底 · 2015年: when, before the clause (2015年底全国律师中的党员)
_LEADING_WHEN_RE = re.compile(
    r"^(?:(?:截至|截止|到|至)(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:底|末)"
    r"|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末)?)"
)
_FIRMS_THAT_DID_RE = re.compile(
    r"(?:另|其余|其他|另有)?(?:\d+|[一二两三四五六七八九十]+)家"
    rf"(?:{_UNFIT_FOR_OWN_BRANCH_RE.pattern})?"
    # (…与县法律援助中心组建 · 2家律所联合组建律师行业|联合党支部)
    r"(?:[^，,；;。\d]{0,12}?|[^，,；;。\d]{0,4}?与[^，,；;。\d]{2,12}?)$"
)
EXAMPLE_NAME_MAX = 4  # characters before the term in one kind's name: 异地商会, 行业商会
# 镇街商会、行业商协会等各类: kinds listed, closed by 等, then 各类 (of every kind) right
# before the term
_KINDS_OF_ALL_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,8}、)*[\u4e00-\u9fff]{1,8}等(?=各类$|各种$)")


# 会计师事务所等 after 覆盖非公企业、…、: the last of the examples of those covered
_LAST_EXAMPLE_RE = re.compile(
    r"[\u4e00-\u9fff“”]{1,16}等(?:各类|各种)?"
)  # (…和基层法律服务所等各类)


def _without_examples(prefix: str, head: Term, cat: Catalog) -> str:
    """Drop a list of kinds of ``term`` closed by 等 (异地商会、行业商会等各类 before 商会):
    examples of the whole counted, no sub-type. The list may have begun a clause before."""
    term = head.term
    if kinds := _KINDS_OF_ALL_RE.search(prefix):
        # (镇街商会、行业商协会等各类 before 商会组织: examples, however each is called)
        return prefix[: kinds.start()] + prefix[kinds.end() :]
    stop = end = prefix.rfind("等")
    start = -1
    while end >= len(term) and prefix.startswith(term, end - len(term)):
        lo = end - len(term)
        while (
            lo > 0
            and end - len(term) - lo < EXAMPLE_NAME_MAX
            and "\u4e00" <= prefix[lo - 1] <= "\u9fff"
            and prefix[lo - 1] not in CONJUNCTIONS
        ):
            lo -= 1
        start = lo
        if lo == 0 or prefix[lo - 1] not in CONJUNCTIONS:
            break
        end = lo - 1  # the kind before the joiner
    if start < 0:
        return _without_sector_examples(prefix, head, cat)
    return prefix[:start] + prefix[stop + 1 :]


def _without_sector_examples(prefix: str, head: Term, cat: Catalog) -> str:
    """Drop a list of the sector's kinds closed by 等 (商会、行业协会等 before 社会组织):
    examples of the whole sector counted."""
    if not prefix.endswith("等") or head.sector is None:
        return prefix
    kinds = sorted((c for c, s in cat.sector_cues if s == head.sector), key=len, reverse=True)
    end, start = len(prefix) - 1, -1
    while kind := next((k for k in kinds if prefix.endswith(k, 0, end)), None):
        start = end - len(kind)
        if start == 0 or prefix[start - 1] not in CONJUNCTIONS:
            break
        end = start - 1
    return prefix if start < 0 else prefix[:start]


JUNK_MAX = 4  # characters a copying site splices in before a scope word (深远师工全国共有…)


# 区委组织部推动律师行业党组织由2015年的2个增加到5个: the body that drove it, no sub-type
_DRIVING_BODY_RE = re.compile(
    r"^[^，,；;。\d]{0,10}?(?:司法局|司法厅|组织部|工委|党委|律协|律师协会|政府)"
    r"(?:积极|大力|持续|不断)?(?:推动|指导|督促|引导|带动|推进)"
)


_COVERING_ASIDE_RE = re.compile(r"[（(](?:共)?(?:涵盖|覆盖|包括|包含|含)了?")


def _fewer_than_all_would_cover(
    fig: Figure, joint: Figure | None, group_from: int, st: SentenceState
) -> bool:
    """党支部139个，其中联合党支部23个，覆盖律所62家: the firms covered are fewer than the
    organizations, each of which covers a firm at least, so they are the joint branches'."""
    totals = [
        f.number.value
        for f in st.counts
        if f is not joint
        and f.metric in ("party_organizations", "party_branches")
        and group_from <= f.number.start < fig.number.start
        and f.qualifier is Qualifier.EXACT
    ]
    if not totals or joint is None:
        return False
    return fig.number.value < max(totals)


def _the_joint_branches_firms(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """联合党支部14个（涵盖45家律所）: an aside right after a count of joint branches, with the
    firms they take in."""
    last = st.last_count
    if last is None or last.metric != "joint_branches" or last is fig:
        return False
    # (the count's own classifier, then the aside opening: 14个（涵盖45家)
    between = ctx.text[last.number.end : fig.number.start]
    return _COVERING_ASIDE_RE.fullmatch(between.removeprefix(last.classifier or "")) is not None


def _without_driving_body(prefix: str, cat: Catalog) -> str:
    """The words after a public body that drove the figure (not a firm's: 某所党委推动…)."""
    body = _DRIVING_BODY_RE.match(prefix)
    if body is None or any(e in body[0] for e in cat.unit_name_endings):
        return prefix
    return prefix[body.end() :]


def _without_junk_before_scope(prefix: str, ctx: Context) -> str:
    """The words from a scope word on, when the few before it are no words we read: spam
    spliced into a sentence (截至2022年6月，深远师工全国共有律所3.7万余家)."""
    k = max(prefix.find(w) for w in ALL_SCOPE)
    if 0 < k <= JUNK_MAX and not consume(prefix[:k], ctx) and not find_numbers(prefix[:k]):
        return prefix[k:]
    return prefix


def _alone_in_brackets(fig: Figure, st: SentenceState, text: str) -> bool:
    """The figure, its unit and nothing else stand in brackets (…（156家） · …（逾2100个）)."""
    return _bracket_before(fig, st, text) >= 0


# （ · （逾 · （约: a bracket opening right before a figure, maybe with its bound
_BRACKET_THEN_BOUND_RE = re.compile(r"[（(](?:逾|超过|超|近|约|将近|不足|不到)?$")


def _bracket_before(fig: Figure, st: SentenceState, text: str) -> int:
    """Where the bracket opens that holds the figure, its bound and its unit alone, else -1."""
    start = fig.number.start
    if not text.startswith(("）", ")"), fig.tail_end):
        return -1
    opening = _BRACKET_THEN_BOUND_RE.search(text, max(st.start, start - 3), start)
    return opening.start() if opening is not None else -1


def _ranked_by_size_opening(fig: Figure, st: SentenceState, ctx: Context) -> int | None:
    """Where 以 opens the counts a place ranks by (鄞州区以律所128家、律师2107名的规模居首)."""
    text = ctx.text
    if not _RANKED_BY_SIZE_RE.match(text, fig.tail_end):
        return None
    start = _phrase_start(text, st.start, fig.number.start)  # (…128家、律师|2107名: a list)
    opening = text.rfind("以", start, fig.number.start)
    while opening >= 0 and not _RANKED_BY_OPENING_RE.match(text, opening):
        opening = text.rfind("以", start, opening)
    return opening if opening >= 0 else None


def _bracketed_after_its_noun(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """The figure alone in brackets right after a catalog term (律师事务所（156家）)."""
    text = ctx.text
    k = _bracket_before(fig, st, text)
    if k < 0:
        return False
    noun = text[_clause_start(text, k, st.start) : k]
    return suffix_term(noun, ctx.catalog) is not None


# 其中2023年命名 · 其中，2021年举办: a part that is only a year and the act
_YEARS_PART_RE = re.compile(r"(?:其中)?[，,]?(?:19|20)\d{2}年度?(?:当年)?[\u4e00-\u9fff]{0,4}")


def _whole_of_a_years_part(
    fig: Figure, words: str, st: SentenceState, ctx: Context
) -> Figure | None:
    """The activity count a 其中 part names only by its year (…培训班17期，其中2023年举办4期),
    in the same unit; else None."""
    if _YEARS_PART_RE.fullmatch(words.strip()) is None:
        return None
    whole = _total_before_qizhong(fig, st, ctx)
    if (
        whole is None
        or not whole.metric
        or ctx.catalog.metrics[whole.metric].get("kind") != "activity"
        or whole.classifier != fig.classifier
    ):
        return None
    return whole


# 主要集中在 · 分布于: where the units the clause's subject counts lie
_CONCENTRATED_IN_RE = re.compile(r"(?:主要)?(?:集中在|集中于|分布在|分布于)")


def _concentrated_in(fig: Figure, st: SentenceState, ctx: Context) -> str | None:
    """The subject of a clause that says where its units lie, for a figure alone in brackets
    after a place that clause names (全省会计师事务所主要集中在深圳（301家）、广州（268家）…), if
    the subject is a catalog term; else None."""
    text, start = ctx.text, fig.number.start
    if not _alone_in_brackets(fig, st, text):
        return None
    verb = last_match(_CONCENTRATED_IN_RE, text, st.start, start)
    if verb is None:
        return None
    named = [c for _, e, c in ctx.places_in(verb.end(), start - 1) if e == start - 1]
    subject = text[_clause_start(text, verb.start(), st.start) : verb.start()]
    if not named or suffix_term(strip_before(subject, ctx.catalog)[0], ctx.catalog) is None:
        return None
    fig.place = choose(named[0], ctx.default_place)  # (the place before the brackets)
    return subject


# 律师事务所（家）    286: a label with its unit in brackets, then the figure alone on its line
_UNIT_LABEL_RE = re.compile(r"([^\d\n（(]{2,20})[（(](家|个|名|人|户|期|%)[）)][ \t\u3000:：]*$")


def _unit_in_label(fig: Figure, text: str) -> str | None:
    """The unit of a label–value line (律师事务所（家）    286), when the figure ends its line."""
    num = fig.number
    if (
        num.form is not Form.ARABIC
        or text[num.end : text.find("\n", num.end) % (len(text) + 1)].strip()
    ):
        return None
    line_start = text.rfind("\n", 0, num.start) + 1
    label = _UNIT_LABEL_RE.search(text, line_start, num.start)
    return label[2] if label else None


# 一、非公有制企业 · （二）社会组织: a section's heading over a list of labelled figures
_LISTED_SECTION_RE = re.compile(
    r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|【(?=[^】\n]+】$)"
    r"|表[一二三四五六七八九十\d]{1,2}[ \t\u3000]+)"  # (表二　税务师行业（截至2021年6月底）: a caption)
    r"([^\d\n。】]+?)"
    r"(?:[（(][^（()）\n]{1,16}[）)])?】?$"  # (二、全省律师行业党建数据（截至2018年底）: its date)
)
LISTED_LINES_BACK = 12  # lines a label–value list's heading may stand above its figure
# ━━ 非公企业 ━━ · ——社会组织——: a heading between rules
_RULED_SECTION_RE = re.compile(r"([━─—=═])\1+[ \t\u3000]*([^\d\n。━─—=═]+?)[ \t\u3000]*\1{2,}")


def _sector_of_a_listed_line(fig: Figure, ctx: Context) -> str | None:
    """The sector of a label–value line: its label's, else its section heading's
    (一、非公有制企业 over 党组织总数（个）726), else the one the title names."""
    text = ctx.text
    line_start = text.rfind("\n", 0, fig.number.start) + 1
    named = _named_sector(text[line_start : fig.number.start], ctx)
    return named or _heading_sector(line_start, ctx) or ctx.title_sector


def _listed_sector(pos: int, ctx: Context) -> str | None:
    """The section heading's sector over a label–value line (None for other lines)."""
    text = ctx.text
    line_start = text.rfind("\n", 0, pos) + 1
    if not (
        _UNIT_LABEL_RE.search(text, line_start, pos)
        or _COLON_LABEL_RE.match(text, line_start, pos)
        or _BARE_LABEL_RE.match(text, line_start, pos)
        and _FIGURE_ENDS_LINE_RE.match(text, pos)
    ):
        return None
    return _heading_sector(line_start, ctx) or _sector_of_the_labels_above(line_start, ctx)


# a label–value line's figure with its unit (143个 · 2380余人), the last thing on its line
_LINE_FIGURE = r"\d[\d,.]*[万]?[余多]?[个家名人户位所%]?"
# ▶ 律所党组织：157个 · 律师行业党组织 143个 · 其中：党委 2个: a label–value line's label
_LABEL_LINE_RE = re.compile(
    rf"[^\d\n，,。；;：:]{{2,24}}?(?=[：:][ \t\u3000]*[\d０-９{CHINESE_DIGITS}])"  # (公证员：六百四十人)
    rf"|(?:其中[：:]?)?[^\d\s，,。；;：:]{{2,20}}(?=[ \t\u3000]*{_LINE_FIGURE}$)"
)


def _sector_of_the_labels_above(line_start: int, ctx: Context) -> str | None:
    """▶ 律所党组织：157个 over 　联合党支部：36个 · ▶ 党组织覆盖率：100%: the sector the nearest
    label above names, in one block of label–value lines (no blank line nor prose between)."""
    text = ctx.text
    end = line_start - 1
    for _ in range(LISTED_LINES_BACK):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line, end = text[start:end], start - 1
        label = _LABEL_LINE_RE.match(line)
        if label is None:
            return None
        named = _named_sector(label[0], ctx)
        if named:
            return named
    return None


# 党组织覆盖率：19.4% · 党员：5386名: a label and a colon open the line, then the figure
_COLON_LABEL_RE = re.compile(r"[^\d\n，,。；;：:]{2,20}[：:][ \t\u3000]*(?:约|近|超过)?$")
# 单独党支部 89个: a label alone opens the line, then the figure, its unit and the line's end
_BARE_LABEL_RE = re.compile(r"(?:其中[：:]?)?[^\d\s，,。；;：:]{2,20}[ \t\u3000]*(?:约|近|超过)?$")
_FIGURE_ENDS_LINE_RE = re.compile(rf"{_LINE_FIGURE}[ \t\u3000]*(?:\n|$)")


def _heading_sector(line_start: int, ctx: Context) -> str | None:
    """The sector the heading above a list names (一、非公有制企业 · 【社会组织】), if any."""
    text = ctx.text
    end = line_start - 1  # the newline that ends the line above
    for _ in range(LISTED_LINES_BACK):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line, end = text[start:end], start - 1
        heading = _LISTED_SECTION_RE.match(line.strip())
        if heading:
            return _sectors_together(heading[1], ctx) or _named_sector(heading[1], ctx)
        if ruled := _RULED_SECTION_RE.fullmatch(line.strip()):
            return _sectors_together(ruled[2], ctx) or _named_sector(ruled[2], ctx)
        if "。" in line:
            break  # prose above the list: no section of it
    return None


# 全省会计师事务所党组织情况为|党委：2个 · …设置情况为：: the words that introduce a list
_LIST_INTRODUCED_RE = re.compile(r"^[^，,；;。]*?(?:情况|构成|设置)(?:为|是)")


def _label_before(
    clause_from: int, before: str, st: SentenceState, ctx: Context, fig: Figure | None = None
) -> str:
    """律师事务所：1058家 · 律师事务所 | 203家 · 覆盖率：94.1%: a figure alone after a label
    (with its qualifier: 执业律师：近6000名) is the label's (not one that names its own noun
    after it: …实现应建尽建：291家律所单独建立党支部)."""
    text = ctx.text
    if fig is not None and ctx.vocab.term_lex.longest_at(text, fig.tail_end):
        return before
    rest = strip_before(before, ctx.catalog)[0].strip()
    alone = not rest or _DATE_WORD_RE.fullmatch(rest) is not None  # (党员律师：2014年为58人)
    unit_label = _UNIT_LABEL_RE.search(text, st.start, clause_from) if alone else None
    if unit_label is not None:
        return unit_label[1].strip(" \t\u3000") + before  # 律师事务所（家）    286
    if clause_from > st.start and text[clause_from - 1] in LABEL_ENDS and alone:
        label_end = clause_from - 1
        while label_end > st.start and text[label_end - 1] == "—":
            label_end -= 1  # 律所——共126家: a dash of two characters
        label = text[_clause_start(text, label_end, st.start) : label_end].strip()
        # (党支部：844个（其中单独党支部：602个: the label inside the aside that opens;
        # …党组织情况为党委：2个: the label after what introduces the list)
        aside = max(label.rfind("（"), label.rfind("("))
        if aside >= 0 and not any(c in label[aside:] for c in "）)"):  # (an aside still open)
            label = label[aside + 1 :].removeprefix("其中")
        label = _LIST_INTRODUCED_RE.sub("", label)
        if not _COUNTED_END_RE.search(label):  # (党支部6个：9家律所中…: a figure, then its parts)
            return label + before
    return _topic_of_a_place(clause_from, rest, before, st, ctx)


def _topic_of_a_place(
    clause_from: int, place: str, before: str, st: SentenceState, ctx: Context
) -> str:
    """党员律师占比方面，徐州市达到43.7% · 党员律师方面，上海9600名: the words before a figure
    that name a place alone (``place``, with fillers after it) in the clause after a topic's
    are the topic's, of the place; else ``before``."""
    text = ctx.text
    # (党员律师方面，截至2017年底，济南有1720名，青岛有2080名: past a date's clause and the
    # places' clauses before it)
    opened = clause_from
    while opened - 2 > st.start and text[opened - 2] not in "面看言嘛啊呀呢":
        start = _clause_start(text, opened - 1, st.start)
        if start <= st.start or not _a_date_or_a_places_figure(start, opened, ctx):
            break
        opened = start
    # (a topic's clause ends in 方面，/看，/而言，, or a speaker's particle: asked first, at C
    # speed)
    if opened - 2 > st.start and text[opened - 2] in "面看言嘛啊呀呢":
        topic = _TOPIC_RE.fullmatch(text, _clause_start(text, opened - 1, st.start), opened)
        if topic and opened < clause_from and not place:
            topic = None  # (a bare figure after other clauses: no place of the topic's)
        if topic and not place:
            return topic[1] + before  # (党员律师嘛，两千一百来个 · 党员律师方面，共有2143名)
        if topic and _a_place_alone(clause_from, place, before, ctx):
            return place + topic[1] + before[len(place) :]  # (the place first, as before a term)
    return before


# 截至2017年底， · 济南有1720名，: a date's clause, or a place's figure alone, between a
# topic and the next place's figure
_DATE_CLAUSE_RE = re.compile(r"(?:截至|截止|到)?(?:19|20)\d{2}年[^，,；;。\d]{0,4}[，,]")
_PLACES_FIGURE_RE = re.compile(
    rf"([^，,；;。\d]{{2,8}}?)(?:有|为|达到|达|共有)?(?:\d+(?:\.\d+)?|[{CHINESE_DIGITS}]+)[余多]?万?[名人家个][，,]"
)


def _a_date_or_a_places_figure(start: int, end: int, ctx: Context) -> bool:
    """text[start:end] is a date's clause or one place's figure alone (济南有1720名，)."""
    if _DATE_CLAUSE_RE.fullmatch(ctx.text, start, end):
        return True
    m = _PLACES_FIGURE_RE.fullmatch(ctx.text, start, end)
    return m is not None and _a_place_alone(start, m[1], m[1], ctx)


def _a_place_alone(clause_from: int, rest: str, before: str, ctx: Context) -> bool:
    """徐州市达到 · 南京市: the words before a figure (``rest`` without their fillers) are
    one place and fillers."""
    hits = ctx.places_in(clause_from, clause_from + len(rest))
    return len(hits) == 1 and hits[0][1] - hits[0][0] == len(rest) and before.startswith(rest)


# 党员律师占比方面， · 从党组织覆盖率看， · 就律所数量而言，: the clause names what follows counts
# (党员律师嘛， · 律所啊，: a speaker names the topic with a particle)
_TOPIC_RE = re.compile(
    r"\s*(?:在|从|就)?([^，,；;。：:\d]{2,16}?)(?:方面|来看|看|而言|嘛|啊|呀|呢)[，,]"
)


# (…覆盖率达到100%：9家律所…: a rate, then what stands behind it)
_COUNTED_END_RE = re.compile(r"(?:(?:\d|[一二两三四五六七八九十百千万])[个家名人位]|%)$")


NEGATIONS = ("不", "未", "无", "没有")
NOT_YET = ("正在", "拟", "准备", "即将")  # 正在组建 · 拟建立: under way, not done


# 未单独建支部的 · 没有单独建立党组织的: firms without one of their own
_WITHOUT_ONE_OF_THEIR_OWN_RE = re.compile(r"(?:未|没有|尚未|未能)单独(?:建|建立|组建|成立|设立)")


# 1.9万名律师和基层法律服务工作者担任… · 律师及公证员: another kind of people joined to them
# (not 1800名律师和党员律师600名: a count of their own after them)
_OTHER_PEOPLE_JOINED_RE = re.compile(
    r"[和及与、][^，,；;。\d]{1,12}?(?:工作者|人员|员|师|人)(?![事所])(?=[^，,；;。\d]*[，,；;。])"
)


# 市律师行业组建的 · 由县司法局牵头成立的: the body that set them up, before a count of them
_BUILT_BY_A_BODY_RE = re.compile(
    r"(?:行业|党委|律协|协会|司法局|工委|党组)(?:统一|牵头|联合)?(?:组建|建立|成立)了?$"
)


def _firms_that_have_some(stripped: str, before: str, ctx: Context) -> bool:
    """全州律所有两家单独建立了党支部: the place's firms, of which so many did (as 律所中有)."""
    if not before.rstrip().endswith("有"):
        return False
    words = stripped.removesuffix("有")
    term = suffix_term(words, ctx.catalog)
    return term is not None and term.metric == "firms" and consume(words, ctx)


def _a_subset(clause: str, predicate: str, ctx: Context) -> bool:
    """The relative clause before a count picks some of them out (暂不具备建立党组织条件的
    12家律所，全部选派了…); a date, a scope or a modifier does not (全市现有的), nor one where
    the clause or what follows says they set up Party organizations (有党员的40家律所已全部
    建立了党支部: firms covered; 入围的100家律所中有16家…建立了…: some of them did)."""
    if consume(clause, ctx):
        return False
    if "联合" in predicate and (
        _UNFIT_BEFORE_RE.search(clause + "的") or _WITHOUT_ONE_OF_THEIR_OWN_RE.search(clause)
    ):
        # 党员不足3名的509家律所，按照…参加联合党支部 · 未单独建支部的63家律所全部纳入联合党支部:
        # those that join one
        return False
    if any(w in clause for w in NEGATIONS):
        return True
    if _BUILT_BY_A_BODY_RE.search(clause):
        return False  # 参加了市律师行业组建的1个联合党支部: who set them up, no subset
    cat = ctx.catalog
    all_set_up = not predicate.startswith("中") and establishment_outcome(predicate, cat)
    if all_set_up and not any(w in clause for w in ("党", "条件")):
        return True  # 具有证券期货业务资格的8家事务所全部单独建立党组织: a class of firms
    return establishment_outcome(clause, cat) is None and not all_set_up


# 将49家律所组建成…: what follows is done to the count (not 推动5家律所单独建立党支部: firms
# that did so in a period, a flow)
DISPOSAL_MARKS = ("将", "把")


_COVERED_ALL_RE = re.compile(r"了?(?:全部|所有)?$")  # (what may follow a verb of covering)


def _sets_up(words: str, head: Term, cat: Catalog) -> bool:
    """4家律所组建了2个联合党支部: organizations counted as what the subject set up."""
    verb = words.rstrip().removesuffix("了")
    return head.metric in _ORG_METRICS and verb.endswith(tuple(cat.establishment["verbs"]))


# 获评优秀党务工作者 · 被评为“优秀共产党员”: the title given to those counted before it
_GIVEN_A_TITLE_RE = re.compile(
    r"(?:获评|被评为|荣获)了?[“\"]?([^，,；;。”\"]{2,20})[”\"]?(?:称号)?$"
)


def _honour_given_after(phrase: str, group: str | None, ctx: Context) -> Term | None:
    """The award term the words after a bare count give its people or units, if one."""
    m = _GIVEN_A_TITLE_RE.match(phrase)
    if m is None:
        return None
    term = suffix_term(m[1], ctx.catalog)
    if term is None or not term.metric.startswith("awarded_") or term.needs != group:
        return None
    return term if consume(m[1][: -len(term.term)], ctx) else None


def _quoted_award(
    phrase: str, before: str, cat: Catalog, listed: bool = False
) -> tuple[Term | None, int]:
    """A count, then the quoted title an award verb before it gives (命名表彰了10个“红旗党支部”),
    or (``listed``) the award a list's first item named or a verb after them gives: the
    term the title ends in, and where the title closes."""
    close = phrase.find("”")
    # (评选出的四十个“两新”组织先进党组织: those the verb awarded, as 评选出)
    awarded = _awards_before(before.removesuffix("的").removesuffix("了"), cat)
    if close < 0 or not (listed or awarded):
        return None, 0
    ranked = _ranked_term_at_start(phrase[1:close], cat)
    if ranked is not None and ranked[1] == close - 1:
        return ranked[0], close + 1  # 评选出的10个“先进律所党组织”: the rank and the term
    term = suffix_term(phrase[1:close], cat)
    if term is not None and (term.metric in AWARDED or term in vocabulary(cat).site_terms):
        return term, close + 1  # 评选出10个“红旗党支部” · 评选出15家“党建示范律所”
    # 评选表彰了15个“五好”律所党支部: the title, then the organizations or members given it
    after = _NOUN_UP_TO_LIST_RE.match(phrase, close + 1)
    # (…先进基层党组织进行了表彰: the noun ends where the verb after it starts)
    words = _AWARD_VERB_START_RE.split(after[0], maxsplit=1)[0] if after else ""
    term = suffix_term(words, cat) if words else None
    if after and term is not None and term.metric in AWARDED:
        return term, close + 1 + len(words)
    # 命名10家“红色律所”示范点: the title names the sites the words after it count
    site = next(
        (t for t in vocabulary(cat).site_terms if phrase.startswith(t.term, close + 1)), None
    )
    return (site, close + 1 + len(site.term)) if site is not None else (None, 0)


def _after_a_counted_item(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """Only the noun phrase of the count before (read as count_then_term) and a conjunction
    stand between it and this figure: an item of a list of counts."""
    prev = st.last_count
    if prev is None or prev.rule != "count_then_term":
        return False
    between = _QUOTED_RE.sub("", ctx.text[prev.tail_end : fig.number.start])  # (“五好”: a title)
    return (
        between.endswith(CONJUNCTIONS)
        and len(between) <= 16
        and not any(c in between for c in "，,；;。")
        and not NUMERAL_START_RE.search(between)
    )


_QUOTED_RE = re.compile(r"“[^”]{0,12}”")
_AWARD_VERB_START_RE = re.compile(r"进行|予以|给予")
_NOUN_UP_TO_LIST_RE = re.compile(r"[^和、及与，,；;。“”]{1,16}")


def _awards_before(words: str, cat: Catalog) -> bool:
    """The words before a quoted title end in an award verb (表彰, 命名, 评选…)."""
    return any(words.rstrip().endswith(v) for v in cat.award_verbs)


def _after_a_titled_award(opening: int, st: SentenceState, ctx: Context) -> bool:
    """评选出“红旗党支部”16个、|“最美党员律师”12名: a quoted title listed after one awarded."""
    prev = st.last_count
    return (
        prev is not None
        and prev.titled
        and prev.metric in AWARD_METRICS
        and ctx.text[prev.tail_end : opening] in ("、", "和", "及")
    )


def _without_trailing_sector(words: str, ctx: Context) -> str:
    """评选表彰律师行业 -> 评选表彰: the sector named between an award verb and its title."""
    last = last_match(ctx.vocab.sector_re, words)
    if last is not None and words[last.end() :] in ("", "行业"):
        return words[: last.start()]
    return words


def _ends_in_an_award(words: str, cat: Catalog) -> bool:
    """The words end in an award or a demonstration site: a quoted rating is its name."""
    term = suffix_term(strip_before(words, cat)[0], cat)
    return term is not None and _is_award(term)


_NAMED_IN_BRACKETS_RE = re.compile(r"([\u4e00-\u9fff]{1,6})[（(]([^（）()]{2,8})[)）]$")


def _term_in_brackets(before: str, cat: Catalog) -> str:
    """个人会员（执业律师） · 团体会员（律师事务所）: a word the catalog does not know, named in
    brackets by a term it does: the term is what is counted."""
    m = _NAMED_IN_BRACKETS_RE.search(before)
    if m is None or suffix_term(m[1], cat) is not None:
        return before
    term = suffix_term(m[2], cat)
    return before[: m.start()] + m[2] if term is not None and term.term == m[2] else before


def _quote_closing_at(clause_from: int, st: SentenceState, ctx: Context) -> int | None:
    """Where the quote opens whose closing mark starts this clause, if one does: the
    quoted words modify what follows (“五星级”律所党组织, “两新”组织)."""
    text = ctx.text
    if clause_from <= st.start or text[clause_from - 1] not in '”"':
        return None
    opening = max(
        text.rfind("“", st.start, clause_from - 1), text.rfind('"', st.start, clause_from - 1)
    )
    if any(f.tail_end == opening for f in st.counts):
        return None  # 10个“五星级党支部”和25名…: the quote was the count before's noun
    return opening if opening >= 0 else None


_PARENTHESIS_RE = re.compile(r"[（()）]")


def _closing(text: str, pos: int, limit: int) -> int | None:
    """The parenthesis that closes the one open at ``pos`` (or, from inside one, the next to
    close), past any held inside it: 486家（其中芙蓉区127家，居各区县（市）首位）."""
    depth = 0
    for m in _PARENTHESIS_RE.finditer(text, pos, limit):
        depth += 1 if m[0] in "（(" else -1
        if depth <= 0:
            return m.start()
    return None


CHANGE_VERBS = (
    "发展|增加|增长|提高|提升|上升|扩大|减少|下降|调整|压减|压缩|缩减|攀升|跃升|增|减|升|降"  # 从528人增加到… · 由562家增至… · 升至
    # (联合党支部由2014年底的189个压减至2016年底的151个: joint ones merged away)
)
# 从528人增长到 · 由2010年的500人增长到2020年的 · 增长到超过 (the qualifier from the catalog)
# 由71家调整为64家 · 由117家整合为98家 · 从15个整合优化为9个 (offices merged)
CHANGED_TO = rf"(?:(?:{CHANGE_VERBS})?(?:到|至)|(?:{CHANGE_VERBS}|(?:调整|整合|优化){{1,2}}|合并|精简|更正|修正|修订|订正)为)"
# (从2014年的五百来人，增加到去年底的1870人: a comma before a change verb; 从2015年的782人，
# 到2017年的856人，再到2019年底的931人: before 到 and a date, or 再)
FROM_TO = (
    rf"(?:[，,](?=(?:{CHANGE_VERBS}))|[，,]?再(?=(?:{CHANGE_VERBS})?[到至])"
    r"|[，,](?=[到至](?:19|20)\d{2}年))?"
    rf"{CHANGED_TO}了?"
    r"((?:19|20)\d{2}年[\d月底末年]*的|(?:目前|现在|当前|今年|当年|去年|上年|前年)[\d月底末]*的"
    r"|\d{1,2}月(?:底|末)的|年(?:底|末)的)?"  # (增加到9月底的3358名: a month of the text's year;
    # 由年初的612个增加到年末的948个: the end of the year the sentence is in)
)
# 比2014年的301家 · 与2017年底的98家相比 (与/同/和 only with 相比 after the figure)
_COMPARED_WITH_RE = re.compile(
    r"(?:[比较]|([与同和跟]))[到至]?(?:(?:19|20)\d{2}年(?:底|末|初)?|(?:去年|上年|前年)(?:底|末|初|年底|年末|同期)?"
    r"|(?<![\d年])\d{1,2}月(?:底|末))"  # (比3月底的81.2%: a month of the text's year)
    r"(?:[^，,；;。\d的]{1,10}?(?:时|之时|之初))?的?$"  # (比2010年活动启动时的1190名)
)
_COMPARED_FRAME_RE = re.compile(
    r"(?:^|[，,])[与同和跟][^，,；;。]{0,12}$"
)  # 与2010年的|6.1万名…相比
_COMPARED_AFTER_RE = re.compile(r"[^，,；;。]{0,12}?(?:相比|相较|比较)")
# 是2015年底6800名的1.6倍: the earlier level a multiple is of
_TIMES_OF_RE = re.compile(r"是(?:19|20)\d{2}年(?:底|末)?的?$")
_TIMES_AFTER_RE = re.compile(r"的(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)倍")


_SUPERLATIVE_END_RE = re.compile(r"最为?(?:多|集中|密集|大)$")
# 受灾较重 · 经济发达 · 位于城区: words that say what a place is like, counting nothing
_DESCRIBES_A_PLACE_RE = re.compile(
    r"[^\d一二两三四五六七八九十百千万，,；;。的]{2,8}?(?:较重|严重|较大|发达|较多|集中)"
    # 地处科尔沁沙地腹地的库伦旗 · 位于长白山林区的安图县: where it lies
    r"|(?:地处|位于|地处于)[^\d一二两三四五六七八九十百千万，,；;。的]{2,12}"
)


def _opens_with_place(words: str, ctx: Context) -> bool:
    hits = ctx.gaz.find(words)
    return bool(hits) and hits[0][0] == 0


_COMPARED_CLOSE_RE = re.compile(r"(?:相比|相较)(?:而言)?[，,]?")


def _compared_subject_after(fig: Figure, before: str, ctx: Context) -> Term | None:
    """与2015年底的1120名相比，党员律师五年间新增843名: the term the clause after 相比 opens
    with (after places and scope words) is what the earlier figure counts."""
    close = _COMPARED_CLOSE_RE.match(ctx.text, fig.tail_end)
    opening = _COMPARED_WITH_RE.search(before.strip())  # 与2015年底的 (group 1: 与)
    if close is None or opening is None or not opening[1]:
        return None
    i, text = close.end(), ctx.text
    while True:
        scope = next((w for w in ALL_SCOPE if text.startswith(w, i)), "")
        place = next((e for s, e, _ in ctx.places_in(i, i + 12) if s == i), i)
        if not scope and place == i:
            break
        i = max(i + len(scope), place)
    word = ctx.vocab.term_lex.longest_at(text, i)
    return ctx.vocab.terms[word] if word else None


def _compared_with(before: str, fig: Figure, ctx: Context) -> bool:
    """The figure is an earlier year's, stated to compare the figure before it with."""
    # (与2015年的不足300个相比: the bound is the earlier level's own)
    cue = next((c for c, _ in ctx.catalog.qualifiers_before if before.endswith(c)), "")
    before = before.removesuffix(cue)
    if _PRIOR_LEVEL_RE.fullmatch(before.strip()):
        return True  # 执业律师2.31万人，上年同期为2.12万人
    if _TIMES_OF_RE.search(before) and _TIMES_AFTER_RE.match(ctx.text, fig.tail_end):
        return True  # 执业律师突破1.1万名，是2015年底6800名的1.6倍
    m = _COMPARED_WITH_RE.search(before)
    return m is not None and (not m[1] or bool(_COMPARED_AFTER_RE.match(ctx.text, fig.tail_end)))


def _compared_subjects_figure(
    before: str, prev: Figure, st: SentenceState, ctx: Context
) -> Figure | None:
    """…党员律师占比32.9%；执业律师比2021年底的5602人增加578人: the figure the comparison's
    own subject (执业律师) counts, stated before in the sentence; the figure just before when
    the subject names no term (比上年同期的…) or names that one's."""
    cut = max(before.rfind("比"), before.rfind("较"))
    subject = strip_before(before[:cut], ctx.catalog)[0] if cut > 0 else ""
    subject = _COUNT_WORD_RE.sub("", subject)  # (党员公证员人数比2015年的118名…: its count)
    term = suffix_term(subject, ctx.catalog) if subject else None
    if term is None or term.term != subject or term.metric == prev.metric:
        return prev  # (党员公证员人数比…: a term the catalog reads otherwise, left to prev)
    return next((f for f in reversed(st.counts) if f.metric == term.metric), None)


def _compared_in_a_list(
    fig: Figure, st: SentenceState, ctx: Context, min_items: int = 1
) -> Figure | None:
    """律师事务所1645家，执业律师17532人，分别比2015年底的1096家、10268人增长… · 覆盖率分别为
    52.6%和68.1%，较2015年的31.2%和40.5%分别提高…: the n-th figure of a list after 比/较 a
    year's is that year's level of the n-th figure listed just before; the lists must be as
    long (``min_items`` at least), their kinds alike, and a change must follow."""
    text, cat = ctx.text, ctx.catalog
    compared = last_match(_COMPARED_LIST_RE, text, st.start, fig.number.start)
    if compared is None:
        return None
    rates = fig.number.form is Form.PERCENT
    figures, joined = (st.percents, _RATES_JOINED_RE) if rates else (st.counts, _COUNTS_JOINED_RE)
    stop = _comma_part_end(text, compared.end(), st.end)
    listed = joined.match(text, compared.end(), stop)
    if listed is None or not _CHANGE_AFTER_RE.match(text, listed.end(), stop):
        return None
    baseline = [f for f in figures if compared.end() <= f.number.start < listed.end()]
    index = len(baseline)  # (``fig`` itself is not among them yet)
    n = len(find_numbers(listed[0]))
    current = [f for f in figures if f.number.start < compared.start()][-n:]
    if n < min_items or index >= n or len(current) < n or not all(f.metric for f in current):
        return None
    source = current[index]
    same_kind = rates or cat.classifier_group(source.classifier or "") == cat.classifier_group(
        fig.classifier or ""
    )
    return source if same_kind else None


# a clause of its own giving the level of the year before: 上年同期为2.12万人 · 去年底为… ·
# 而2017年底这一数字为1,410名 (an earlier year's, the same figure)
_PRIOR_LEVEL_RE = re.compile(
    # (126家（上年：117家） · 389家，去年同期376家: 同期 needs no verb)
    r"而?(?:上年|去年)(?:同期(?:为|是|：|:)?|(?:底|末)?(?:为|是|：|:))"
    r"|(?:(?:而|在)*(?:19|20)\d{2}年(?:底|末)?(?:时)?[，,]?)?这[一个]?(?:数字|数据|数量|人数|数)"
    # (2016年，这一数字达到402个: where it went since)
    r"(?:仅|只|还|已|已经|又|再)*(?:为|是|有|达到|达|增至|增加到|增长到|上升到|升至|突破|超过)?"
    r"(?:不到|不足|近|约|超过)?"
)
# a sentence that points back to the figure the one before stated (而在2011年，这个数字…)
_POINTS_BACK_RE = re.compile(
    r"这[一个]?(?:数字|数据|数量|人数|比例|比重|占比|覆盖率|组建率)"
    r"|(?:这|上述|以上|前述)[两二三四](?:个|项)(?:数字|数据|指标)"  # 这两项数据分别为…
    r"|(?:这些|上述|以上|前述)(?:数字|数据|指标)"  # (去年同期，上述数字分别为…)
)


# a clause that only moves the figure before it on: ，达到10120人 · ；到2020年底，增至160家 ·
# ，2017年为3480人 · ，2019年约1.9万名 · ，去年底已增至4762人 (the level at another date)
_CHAIN_DATE = (
    r"(?:(?:19|20)\d{2}年|去年|上年|今年|前年)(?:\d{1,2}月)?(?:底|末)?"  # (到今年6月末增至…)
)
_CHAIN_MOVES = (
    r"达到|达|增至|(?:增加|增长|上升|提高|提升|发展|下降|减少)(?:到|至)|升至|降至|突破|超过"
)
LEVEL_CHAIN_RE = re.compile(
    r"\s*(?:[，,；;]\s*(?:"
    rf"(?:(?:到|至|截至|截止)?(?:{_CHAIN_DATE}|年底|年末)[，,]?)?"
    r"(?:现在|如今|目前)?(?:已经|已|又|再|进一步|目前|累计|总数|总量|总计|共)?"
    rf"(?:{_CHAIN_MOVES})了?"
    # (，2015年、2016年、2017年又分别达到805个、1012个…: a level at each date listed)
    rf"|而?(?:{_CHAIN_DATE}(?:[、和]{_CHAIN_DATE})+)[，,]?(?:已经|已|又|再|则)?(?:分别|依次)"
    rf"(?:{_CHAIN_MOVES}|为|是)了?"
    # (，而2012年仅为3100余名: the level at an earlier date, set against it)
    rf"|而?(?:到|至|截至|截止|在)?(?:{_CHAIN_DATE})[，,]?(?:已经|已|又|再|则|仍|仅|只|才)?"
    rf"(?:为|是|有|{_CHAIN_MOVES})?了?"
    # (…2018年11452名、2019年12689名: the next year's level, listed)
    rf")|、(?:19|20)\d{{2}}年(?:底|末)?(?:为|是|达到?)?"
    r")" + BOUND_BEFORE
)


def _ends_with_token(text: str, ctx: Context) -> bool:
    """The words before a count end in something we can read (共有, 全省, 评选出, a date…)."""
    cat = ctx.catalog
    if re.search(r"(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末|度)?$", text):  # 2023年度10个…
        return True
    if text.endswith(vocabulary(cat).trailing):
        return True
    tail = text[-12:]
    return any(end == len(tail) for _, end, _ in ctx.gaz.find(tail))  # 北京有3107家律所


# a counted item of an enumeration: 7家 · 24名 · 1.2万余人
_COUNTED_ITEM_RE = re.compile(  # (5,237名: with a thousands separator)
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[万亿]?|[一二两三四五六七八九十百千]+)[多余]?\s*[名人位家个户所期次场批]"
)
# 分别比2015年底的 · 较2019年底的: the earlier year a list of levels is compared with
PRIOR_PERIOD = r"(?:上年|去年)(?:底|末|同期)?"  # 上年底 · 去年同期: a year before the text's
_COMPARED_LIST_RE = re.compile(
    rf"(?:分别)?(?:比|较|与|同)(?:(?:19|20)\d{{2}}年(?:底|末)?|{PRIOR_PERIOD})的"
)
# a level of an earlier time named right before the figures: 较上年底的 · 比2019年末的
_LEVEL_THEN_RE = re.compile(rf"{_COMPARED_LIST_RE.pattern}(?:{_COUNTED_ITEM_RE.pattern}[、和])*$")
# 31.2%和40.5% · 61.3、48.5和52.0%: rates joined into one list
_RATES_JOINED_RE = re.compile(r"\d+(?:\.\d+)?%?(?:[、和与及]\d+(?:\.\d+)?%?)*(?<=%)")
# 1096家、10268人 · 351家和4609名: counts joined into one list
_COUNTS_JOINED_RE = re.compile(
    rf"{_COUNTED_ITEM_RE.pattern}(?:[、和与及]{_COUNTED_ITEM_RE.pattern})*"
)
# (党员律师数量)较2018年的: the year a subject's level is compared with, right before it
_LEVEL_COMPARED_RE = re.compile(r"(?:数量|人数|总数)?(?:较|比)(?:19|20)\d{2}年(?:底|末)?的$")
_CHANGE_AFTER_RE = re.compile(
    r"(?:分别|均|各)?(?:有所|有了)?(?:大幅|大幅度|明显|显著|稳步|快速|较大)?(?:的)?"
    r"(?:增长|增加|提高|上升|翻|净增|相比)"
)


def _names_a_partner(words: str) -> bool:
    """与/同 and whom the counted acted with (与市司法局机关联合组建 · 与58个村党组织结对共建),
    not a second count joined to the first (与12家社会组织)."""
    return words.startswith(PARTNER_WORDS) and (
        not NUMERAL_START_RE.match(words, 1) or _PAIRED_WITH_RE.match(words) is not None
    )


# 按照地域相邻、规模相近的原则|参加联合党支部: a manner, then what the counted did
_MANNER_THEN_ACT_RE = re.compile(
    r"(?:(?:按照|依照|按|依托|通过|采取|跨)[^，,；;。\d]{0,24}?)?(?=参加|加入|联合组建|组建|建立|成立)"
)


# 按照地域相近、业务相通的原则: how something was done, a phrase of its own
_MANNER_ALONE_RE = re.compile(
    r"(?:按照|依照|本着|遵循|采取|采用|通过)[^，,；;。\d]{0,24}?(?:原则|方式|模式|要求|办法)"
    r"|打破[^，,；;。\d]{1,8}?(?:界限|界线|限制)"  # 6家乡镇法律服务所打破乡镇界限，跨乡镇组建…
)


_QUOTED_SPAN_RE = re.compile(r"“[^“”]*”")


def _predicate_after(pos: int, st: SentenceState, ctx: Context) -> str:
    """What is said of a counted phrase, shared by an enumeration (7家…、24名…分别荣获…)."""
    text = ctx.text
    if text.startswith(("（", "("), pos):
        close = min((k for k in (text.find("）", pos), text.find(")", pos)) if k >= 0), default=-1)
        if close >= 0:
            pos = close + 1
    group_end = pos
    while group_end < st.end and text[group_end] not in "，,；;。！？!?\n":
        group_end += 1
    span = text[pos:group_end]
    # (另有3家公证处因党员人数较少，参加了…: the reason is the condition)
    reason = span.removeprefix("因为").removeprefix("由于").removeprefix("因")
    unfit = bool(span) and _UNFIT_CONDITIONS_RE.fullmatch(reason) is not None
    # (46家律所按照地域相近、业务相通的原则，组建联合党支部23个: how, a clause of its own)
    how = _MANNER_ALONE_RE.fullmatch(span) is not None
    if span and not unfit and not how and not span.startswith((*CONJUNCTIONS, "、")):
        return span
    if span.startswith(CONJUNCTIONS) and _joined_then_attended(span, ctx.catalog):
        return span  # 160余名公证员及公证辅助人员参加: said of both, the joined and the counted
    if (not span or unfit or how) and text.startswith(("，", ","), group_end):
        # 党员不足3名的509家律所，按照地域相邻的原则参加联合党支部 · 其余37家事务所规模较小、
        # 党员较少，通过组建14个联合党支部实现覆盖: (why,) how, then what they did
        manner = _MANNER_THEN_ACT_RE.match(text, group_end + 1)
        if manner is not None:
            return text[manner.end() : _comma_part_end(text, manner.end(), st.end)]
    if unfit:
        return span  # (其余37家事务所规模较小、党员较少，选派了…: what they are, not a count)
    if _names_a_partner(span):
        # 2家律所与县律师协会联合组建党支部1个 · 36家非公企业与58个村党组织结对共建:
        # a partner, then what they did
        return span
    own = ""
    # an enumeration: the predicate comes after its last item (not a numeral inside a quoted
    # name after it: 参与“百所千律”进基层活动)
    quoted = _QUOTED_SPAN_RE.sub(lambda q: "\u3000" * len(q[0]), span) if "“" in span else span
    last = last_match(_COUNTED_ITEM_RE, quoted)
    if last is None:
        # 3家律所与市司法局机关联合组建…: no list, a partner of what they did
        return span if span.startswith(PARTNER_WORDS) else own
    head, np_end, _ = parse_post_np(span[last.end() :], ctx)
    if head is None:
        return own  # the last item is no catalog figure: its words tell nothing
    return span[last.end() + np_end :]


def _read_before(
    fig: Figure, stripped: str, before: str, st: SentenceState, ctx: Context, group: str | None
) -> None:
    cat = ctx.catalog
    inherited = _inherit(fig, stripped, before, st, ctx)
    if inherited:
        return
    term = suffix_term(stripped, cat)
    if term is None and not stripped.strip() and (counted := _count_after_its_share(fig, st, ctx)):
        # 党员律师占比38.2%，人数为612名 · 党员律师占比31.9%，计3146名: the share's count
        fig.metric, fig.rule = _COUNT_OF_SHARE[counted.metric or ""], "count_after_share"
        fig.sector, fig.place = counted.sector, counted.place
        return
    if term is None and not stripped.strip() and (share_of := _held_share_term(fig, st, ctx)):
        # 锡林浩特市集中了全盟近一半的律所，共13家: the firms the share was of, counted
        fig.rule = "share_then_count"
        _accept(fig, share_of, share_of.metric, "", ctx, st, group)
        return
    # 兰州市律师行业党组织126个，党员律师1580名；天水市为58个: the last count of its kind
    kin = _opening_figure_of_the_part_before(fig, st, ctx) or next(
        (f for f in reversed(st.counts) if f.metric and _counted_alike(f, fig, cat)), None
    )  # (…各有律所5家；醴陵市11家: the last one published, not the each-of before)
    if term is None and kin is not None and _parallel_place(fig, stripped, kin, st, ctx):
        return
    if term is None and kin is not None and _base_of_a_places_share(fig, stripped, kin, st, ctx):
        return
    prev = st.last_count
    if term is None and not stripped and fig.classifier == "个":
        term = _organizations_set_up_before(fig, st, ctx)  # 已全部单独建立党支部，共19个
    if (
        term is None
        and _respective_place(fig.number.start, st, ctx) is not None
        # (其中建立党组织的分别为312、405和517家: the firms that set one up, read below)
        and not _ESTABLISHED_BEFORE_RE.search(stripped)
    ):
        term = _ranked_subject(fig, st, ctx)  # 律所数量居前三位的是广东、北京、浙江，分别有…
        # 济南、青岛两市执业律师均超过1万人，分别为1.21万人、1.04万人: the term said before
        term = term or _term_before_respective(fig, st, ctx)
        stripped = ""
    if term is None and (ranked := _ranked_in_brackets(fig, st, ctx)) is not None:
        (term, fig.place), stripped = ranked, ""  # 排名前四的省依次为广东（4300余家）、北京（…
    if term is None and not stripped and (top := _top_place_before(fig, st, ctx)) is not None:
        term, fig.place = top  # 江苏省社会组织数量居全国首位，达9.8万个 · …最多的是广东省，有…
    if term is None and (headed := _places_under_a_term(fig, st, ctx)) is not None:
        term, fig.place = headed  # 党员律师分地区看，杭州市2100余名、宁波市760余名…
        stripped = term.term
    if term is None and (series := _count_opening_a_series(fig, st, ctx)) is not None:
        if isinstance(series, Term):
            term, stripped = series, series.term  # 会计师事务所党组织逐年增加，2019、…年分别为…
        else:  # 党员律师由1260名增至2985名。其中，2019、2020、2021年分别为…: that count's
            fig.metric, fig.sector, fig.place = series.metric, series.sector, series.place
            fig.rule = "series"
            return
    if term is None and (whole := _whole_of_a_years_part(fig, stripped, st, ctx)) is not None:
        # 累计命名示范点21个，其中2023年命名6个: that year's count of the same activity
        fig.metric, fig.sector, fig.place, fig.rule = (
            whole.metric,
            whole.sector,
            whole.place,
            "years_part",
        )
        return
    # 单独组建的148个 counts branches, 联合建立的54家 the firms that set them up
    if term is None or term.term.endswith("的") and fig.classifier == "家":
        if not _elided_firms(fig, stripped, st, ctx):
            fig.note = "no catalog term"
        return
    prefix = stripped[: -len(term.term)]
    modifier = suffix_term(prefix, cat) if prefix else None
    if modifier is None and prefix.endswith(CONJUNCTIONS):
        joined = suffix_term(prefix[:-1], cat)
        if joined is not None and joined.metric != term.metric and joined.needs == term.needs:
            fig.note = "two kinds counted together (党委和党总支40个)"
            return
    term, prefix = with_members(term, prefix, cat)  # 党员公证员近百人
    if awarded := award_term(prefix, term, cat):  # 表彰先进非公企业党组织15个
        term, prefix = awarded
    if term.metric in AWARD_METRICS:
        # 省司法厅表彰先进党组织25个 · 省民政厅会同省委组织部确定党建工作示范点120个
        prefix = after_the_awarding_body(prefix, cat, term.metric == "demonstration_sites")
    if term.metric in AWARDED.values():  # (an award's, not a plain count's)
        prefix = _without_the_awards_cause(prefix, ctx)
    metric = term.metric
    if metric in ("party_branches", "party_organizations") and _JOINT_MANNER_RE.search(prefix):
        metric = "joint_branches"  # 69家律所通过联合方式组建党支部31个
    coverer = next(
        (
            # 5个联合党支部共覆盖律所13家: 共/均 between who covers and the verb;
            # 通过单独组建、联合组建等方式覆盖: how, not who
            _BY_MEANS_RE.sub("", prefix.rstrip("了")[: -len(v)].rstrip("共均已都"))
            for v in cat.establishment["coverage_verbs"]
            if prefix.rstrip("了").endswith(v)
        ),
        None,
    )
    covering = (
        term.metric == "firms"
        and coverer is not None
        # (通过选派党建工作指导员等方式覆盖社会组织216家: the work's cover, by instructors)
        and not any(w in prefix for w in WORK_COVER_MEANS)
        and (
            consume(coverer, ctx)
            or coverer.endswith(("党组织", "党的组织", "党支部"))
            and "工作" not in coverer
        )
    )
    # (覆盖非公企业、社会组织、律师事务所等两新组织1020家: examples, the last closed by 等)
    # (not 覆盖楼宇内律所、会计所等各类企业: firms of every kind, no one sector's)
    last_example = _LAST_EXAMPLE_RE.fullmatch(prefix) is not None and not term.covered_only
    if not covering and term.metric == "firms" and (not prefix.strip("、 ") or last_example):
        # 分别覆盖非公企业1530家、社会组织389家: a later item of a list a cover verb heads
        opening = _list_opening(fig, st, ctx)
        covering = bool(opening) and vocabulary(cat).covering_re.search(opening) is not None
        covers = tuple(cat.establishment["coverage_verbs"])
        if last_example and opening.startswith(covers):
            covering, prefix = True, ""  # (the examples are no sub-type of those covered)
        shared = opening[: opening.rfind("的")] if "的" in opening else ""
        if not covering and (outcome := establishment_outcome(shared, cat)):
            metric = outcome  # 已建立党组织的非公企业214家、社会组织58个: the clause both share
    if covering:
        # 党的组织覆盖律师事务所777家: whoever covers, the firms are covered (what is named
        # after the verb stays: 覆盖非公企业和社会组织4900余家, both sectors)
        prefix = vocabulary(cat).covered_after_re.sub("", prefix)
    elif fig.each_of or _respective_place(fig.number.start, st, ctx) is not None:
        # 南京、苏州、无锡三市的党员律师分别为… · 烟台、潍坊两市各有…: the places listed, and
        # how many they are
        # (邳州市、新沂市两个县级市非公企业党员分别为…: the count of them, wherever it stands)
        prefix = _without_list_marks(vocabulary(cat).places_counted_re.sub("", prefix), ctx)
    # 异地商会、行业商会等各类商会87家: kinds named as examples of the whole counted
    prefix = _without_examples(prefix, term, cat)
    # 在52家司法鉴定机构中建立党组织31个: where they were set up, no sub-type of them;
    # 另两家律所组建联合党支部一个: who set them up
    prefix = _AMONG_RE.sub("", prefix)
    if term.metric in _ORG_METRICS:
        prefix = _PARTNER_RE.sub("", prefix)  # 2家律所与县律师协会联合组建党支部1个: with whom
        prefix = _BY_AREAS_RE.sub("", prefix)  # 8家…分东、西两片组建联合党支部2个: how grouped
    if "中" in prefix and ctx.vocab.among_a_count_re.match(_clause_before(fig, st, ctx)):
        prefix = prefix[prefix.rfind("中") + 1 :]
    # 全市17家律师事务所共有执业律师326名: the firms that have them, when published, are
    # all the place's (not 其中12家律所共有…)
    if prev is not None and prev.metric == "firms" or "各" in prefix:
        prefix = vocabulary(cat).firms_having_re.sub("", prefix)  # (各公证机构共建立…: all of them)
    if term.metric == "standalone_branches":
        prefix = _FIT_FIRMS_RE.sub("", prefix)
    elif term.metric == "joint_branches":
        prefix = _UNFIT_FIRMS_RE.sub("", prefix)
    verb_term = term.term in vocabulary(cat).verb_terms  # 单独建立党支部: the verb its own
    if term.metric in _ORG_OR_COMMITTEE_METRICS:
        prefix = ctx.vocab.guided_by_re.sub("", ctx.vocab.set_up_by_re.sub("", prefix))
        # 省律师行业党委领导全省律师行业党组织412个: the place's body that leads them all
        # (not 市南区律师行业党委管理党支部52个: a place's, named)
        led_by = _LED_BY_A_BODY_RE.match(prefix)
        if led_by is not None and not ctx.gaz.find(led_by[0]):
            prefix = prefix[led_by.end() :]
        elif (on := _BODY_LEADS_ON_RE.match(prefix)) and _led_by_a_body_before(fig, st, ctx):
            prefix = prefix[on.end() :]
        if ctx.vocab.relying_on_re.search(ctx.text, st.start, fig.number.start):
            # 依托村、镇和工业园区组建… · 按照地域相邻、行业相近的原则组建…: where or how they
            # were set up (the list's start cut off; all of it when the term holds the verb:
            # 依托商务楼宇|建立联合党支部)
            prefix = "" if verb_term else ctx.vocab.up_to_the_verb_re.sub("", prefix)
    if verb_term or term.metric == "joint_branches":
        # 其余2家律所|联合组建党支部1个 · 两家律所与县司法局机关联合组建|联合党支部一个: who did
        prefix = _FIRMS_THAT_DID_RE.sub("", prefix)
    if verb_term and term.metric == "joint_branches" and _JOINT_MAKERS_RE.fullmatch(prefix):
        prefix = ""  # 由多家律所|联合组建的71个: what makes a branch joint, all of them
    # 举办新执业律师党性教育培训班12期: its audience and subject make no sub-type (they may
    # still name its sectors: 非公企业和社会组织党组织书记培训班)
    # (a count of sessions before it is another figure's: 举办2期…培训班; 两地 is not)
    described = term.described and not any(
        cat.classifier_group(prefix[n.end : n.end + 1]) == "sessions" for n in find_numbers(prefix)
    )
    if described and _only_attended(prefix, cat):
        fig.note = "sessions someone attended, not held"  # 周律师先后参加…培训班3期
        return
    if described and _trains_the_public(fig, st, ctx):
        fig.note = "sessions for people the sector serves (开展“法律明白人”培训36场)"
        return
    prefix = _without_junk_before_scope(_without_driving_body(prefix, cat), ctx)
    if term.sector == "social_org" and _a_level_in_a_breakdown(prefix + term.term, st, ctx):
        fig.note = f"{_REGISTERED_AT_A_LEVEL} (从登记层级看，…市级社会组织1.07万个)"
        return
    if term.metric == "firms" and (all_of := _size_class_as_the_whole(prefix, fig, st, ctx)):
        prefix = all_of  # 全省规模以上非公企业4.25万家 (no wider count of them): the count
    if term.sector == "social_org" and _REGISTERED_AT_A_LEVEL_RE.search(prefix):
        fig.note = f"{_REGISTERED_AT_A_LEVEL} (市级登记社会组织1435家)"  # not all the place's
        return
    if term.metric == "firms" and term.sector != "social_org" and _ONE_LEVEL_END_RE.search(prefix):
        fig.note = "units of one level (全市公证处中，市级公证处1家)"  # not all the place's
        return
    if term.metric == "firms" and not covering and _PARTY_BODY_END_RE.search(prefix):
        # 已建党组织事务所323家 · 全省已建立党组织律所…: a relative clause without its 的, as a
        # label writes it (not 已建立党组织12个，律所…: a count of its own between)
        metric = establishment_outcome(prefix, cat) or metric
    if (
        not described
        and not consume(prefix, ctx)
        and not _places_then_together(prefix, fig, st, ctx)
    ):
        # (到6月底单独建立党支部的: when, then the clause)
        rel = _LEADING_WHEN_RE.sub("", prefix).rsplit("的", 1)
        # 参加这17个联合党支部的律师事务所: the branches counted before, pointed back to
        rel[0] = _POINTED_BACK_COUNT_RE.sub("", rel[0])
        if (
            len(rel) == 2
            and consume(rel[1], ctx)
            # (a count inside the clause picks some out; a place's name may hold a numeral:
            # 九龙坡区建立党组织的商会; a year is no count: 在2023年度…表现突出的)
            and not re.search(
                r"\d|[一二两三四五六七八九十]",
                _without_place_names(_YEAR_WORD_RE.sub("", rel[0]), ctx),
            )
        ):
            outcome = establishment_outcome(rel[0], cat) if term.metric == "firms" else None
            if outcome is None and term.metric == "firms" and rel[0].endswith("覆盖"):
                outcome = _covered_metric(rel[0])  # 通过联合党支部覆盖的律所384家
            having = _HAS_AN_ORGANIZATION_RE.search(rel[0]) if term.metric == "firms" else None
            if outcome is None and having and consume(rel[0][: having.start()], ctx):
                outcome = "firms_covered"  # 有党组织的律所35家: those that have one
            if (
                outcome is None
                and term.metric == "firms"
                and rel[0].endswith("党员")
                and _ALL_SET_UP_NEXT_RE.match(ctx.text, fig.tail_end)
            ):
                outcome = "firms_covered"  # 有党员的律所256家，已全部建立党组织
            # 全市登记注册的社会组织: all of them (not 有党员的律所: a catalog word picks some)
            if _REGISTERED_AT_A_LEVEL_RE.search(rel[0]):
                fig.note = f"{_REGISTERED_AT_A_LEVEL} (市级登记的…)"  # not all the place's
                return
            plain = consume(rel[0], ctx) and not vocabulary(cat).relevant.search(rel[0])
            # 非公企业中的中共党员 · 在非公有制企业工作的党员: the members among all of a
            # sector (not 规模以上企业中的)
            working = _WORKING_IN_RE.fullmatch(rel[0])
            among = rel[0].endswith("中") or working is not None
            sector_words = working[1] if working else rel[0][:-1]
            plain = (
                plain
                or among
                and term.metric == "party_members"
                and _named_sector(sector_words, ctx) is not None
                and consume(sector_words, ctx)
            )
            plain = plain or _a_whole_sector(rel[0], ctx)  # 全市律师行业的党组织146个
            registered = _REGISTERED_RE.search(rel[0]) or _PRACTISING_RE.search(rel[0])
            if registered is not None and consume(rel[0][: registered.start()], ctx):
                plain = True  # 全省经司法行政机关登记的司法鉴定机构 · 在长沙依法执业的: all of them
            if _opens_with_place(rel[1], ctx) and (
                _SUPERLATIVE_END_RE.search(rel[0]) or _DESCRIBES_A_PLACE_RE.fullmatch(rel[0])
            ):
                # 律所数量最多的市南区共有律师事务所158家 · 受灾较重的华容县有律师事务所5家:
                # which place, described
                plain = True
            holder = _HELD_BY_RE.search(rel[0])
            if holder and consume(rel[0][: holder.start()], ctx) and _opens_with_place(rel[1], ctx):
                plain = True  # 无锡市代管的江阴市非公企业党组织1480个: the place its city holds
            set_up_among = ctx.vocab.set_up_among_re.fullmatch(rel[0])
            if set_up_among and term.metric in _ORG_METRICS and consume(set_up_among[1], ctx):
                plain = True  # 全省会计师事务所中建立的党组织: where they were set up, all
            if term.metric == "joint_branches" and _SET_UP_JOINTLY_RE.fullmatch(rel[0]):
                plain = True  # 多家企业联合组建的联合党支部: what makes a branch joint, all of them
            if term.metric == "party_branches" and _SET_UP_ALONE_RE.fullmatch(rel[0]):
                outcome = "standalone_branches"  # 其中单独建立的律所党支部201个: the firms' own
            # 表彰抗疫期间表现突出的优秀党员律师60名: why they were honoured, all the honoured
            plain = (
                plain
                or term.metric in AWARD_METRICS
                and _HONOURED_FOR_RE.search(rel[0]) is not None
            )
            if outcome is None and not plain:
                fig.note = f"relative clause: {rel[0][-12:]}"
                return
            metric = outcome or metric
        else:
            fig.note = f"{SUBTYPE_NOTE}{prefix[-8:]}"
            return
    if (metric == "firms" or metric in _ORG_METRICS) and _RANK_RE.search(prefix) and not fig.titled:
        # 示范律所, 优秀律所 · 评选出示范党支部10个: those with a title, not all of them
        fig.note = f"{metric} with a title, not all of them"
        return
    np = stripped
    if (
        term.metric in _ORG_METRICS
        and fig.classifier == "家"
        and any(v in np for v in cat.establishment["firm_verbs"])
    ):
        metric = establishment_outcome(np, cat) or "firms_covered"
    if (
        covering
        or term.metric == "firms"
        and any(v in prefix for v in cat.establishment["coverage_verbs"])
    ):
        if not _PARTY_WORK_RE.search(ctx.text, st.start, st.end):
            fig.note = "a cover that names no Party body (开展执业质量检查，覆盖事务所120家)"
            return
        metric = "firms_covered"
        prev = st.last_count
        aside = _aside_open(ctx.text, fig.number.start, st.start)
        after_joint = (
            prev is not None
            and prev.metric == "joint_branches"
            and not coverer
            # (…联合党支部43个，实现党组织覆盖的律所268家: all the organizations' cover, named)
            and not _ALL_ORGANIZATIONS_COVER_RE.search(prefix)
            # (党支部222个（含联合党支部47个），覆盖律师事务所243家: the joint ones were an aside;
            # not …（其中联合党支部6个，覆盖律所17家）: the aside holds both)
            and _aside_open(ctx.text, prev.number.start, st.start) in (-1, aside)
        )
        phrase_from = _phrase_start(ctx.text, st.start, fig.number.start)
        # 在14个镇和46个重点村建立“两新”组织联合党支部58个，覆盖“两新”组织327家: the joint
        # branches' firms, though their count was not read
        after_joint = after_joint or (
            not coverer
            and not any(f.metric == "joint_branches" for f in st.counts)
            and _JOINT_BRANCHES_BEFORE_RE.search(ctx.text, st.start, max(st.start, phrase_from - 1))
            is not None
        )
        # 联合党支部27个（覆盖律所61家） · 联合党支部21个、覆盖事务所44家: what they hold
        held = (
            prev is not None
            and after_joint
            and (
                0 <= aside - prev.number.end <= 3
                or ctx.text[prev.tail_end : fig.number.start].startswith("、")
            )
        )
        group_from = _group_start(prev.number.start, st, ctx) if prev is not None else st.start
        others = {
            f.metric
            for f in st.counts
            if f is not prev and f.metric in _ORG_METRICS and f.number.start > group_from
        }
        kinds = others & set(_SIBLING_KINDS)
        # …覆盖事务所56家，组织覆盖率达70.9% (of 79): the rate says all of them cover the 56
        by_all = after_joint and not held and _rate_counts_all_covered(fig, st, ctx)
        if after_joint and not held and others and not kinds and not by_all:
            # 党组织121个，其中联合党支部31个，覆盖律所138家: by all, or by the joint ones?
            if not _fewer_than_all_would_cover(fig, prev, group_from, st):
                fig.note = "firms covered by the joint branches or by all: unclear"
                return
            held = True  # (党支部139个，其中联合党支部23个，覆盖律所62家: too few for all)
        # 组建联合党支部12个，覆盖…: the joint branches alone (其中单独党支部…、联合党支部99个，
        # 覆盖…: the whole list's cover)
        by_joint = after_joint and (held or not kinds) and not by_all
        joint = "联合" in (coverer if coverer is not None else prefix)
        if joint or by_joint or _JOINT_MANNER_RE.search(np):  # 以联合党支部形式覆盖律所62家
            # 联合党支部覆盖律所6家 · 组建联合党支部12个，覆盖律所45家
            metric = "firms_in_joint_branches"
    lead_qual = next((q for cue, q in cat.qualifiers_before if prefix.endswith(cue)), None)
    if lead_qual and fig.qualifier is Qualifier.EXACT:
        fig.qualifier = Qualifier(lead_qual)  # 约有公证员1.4万人
    fig.rule = "term_then_count"
    fig.subgroup = next(
        (s for s in cat.subgroups if prefix.endswith(s) and s not in ALL_SCOPE), None
    )
    prev = st.last_count
    clause_from = _clause_start(ctx.text, fig.number.start, st.start)
    if (
        fig.subgroup is None
        and not prefix  # (省级…32个、设区的市律师行业党委近400个: a level of its own)
        and ctx.text[clause_from - 1 : clause_from] == "、"
        and prev
        and prev.metric
    ):
        # 区级律师行业党委6个、党总支9个: the level word covers the list
        fig.subgroup = prev.subgroup
    _accept(fig, term, metric, prefix, ctx, st, group)


def _organizations_set_up_before(fig: Figure, st: SentenceState, ctx: Context) -> Term | None:
    """全市公证机构已全部单独建立党支部，共19个: a bare count after a clause that ends with
    the organizations set up (and holds no figure of its own) counts them."""
    text = ctx.text
    at = _clause_start(text, fig.number.start, st.start)
    if at - 1 <= st.start or text[at - 1] not in "，,":
        return None
    clause = text[_clause_start(text, at - 1, st.start) : at - 1]
    # (自治区、市两级…: levels counted, no figure of the clause's own)
    # (甘肃省14个市州和省律师协会均成立了…: places counted, no figure of the clause's own)
    places_counted = ctx.vocab.places_counted_re.match
    figures = [
        n
        for n in find_numbers(clause)
        if not clause.startswith("级", n.end) and not places_counted(clause, n.start)
    ]
    set_up = ctx.vocab.established_re.search(clause) or _SET_UP_END_RE.search(clause)
    if figures or not set_up:
        return None
    # (自治区、市两级律师行业党委均已成立，共15个: the verb after what was set up)
    term = suffix_term(_SET_UP_END_RE.sub("", clause), ctx.catalog)
    counted = (*_ORG_METRICS, "industry_party_committees")
    return term if term is not None and term.metric in counted else None


_SET_UP_END_RE = re.compile(r"(?:均|都|全部)?(?:已经|已)?(?:成立|建立|组建)(?:了|起来)?$")


_PARTNER_RE = re.compile(r"与[^，,；;。与]{1,16}$")
# 分东、|西两片组建 · 按片区建立 · 跨乡镇组建: grouped by area to set them up
_BY_AREAS_RE = re.compile(
    r"(?:(?:分|按)?[^，,；;。\d]{0,6}?(?:[两二三四五六七八九十]个?片区?|片区)|跨[^，,；;。\d]{1,6}?)"
    r"(?=(?:联合)?(?:组建|建立|成立))"
)
ESTABLISHING_ADVERBS = ("单独", "独立", "联合", "已经", "已", "均", "都")


# the notes of a count left out as a kind of the units (see _left_out_as_a_kind)
# (not a relative clause or a size class: 纳入重点联系的互联网企业136家，其中已建立党组织的
# 118家 · 规模以上非公有制企业12860家，已建立党组织的10215家 are counted, by the rounds'
# annotators, as the sector's)
_REGISTERED_AT_A_LEVEL = "units registered at one level"
KIND_OF_THE_WHOLE = "a kind of the social organizations counted before"
KIND_BESIDE_OTHERS = "a kind of social organization listed beside others"
CHAMBER_KIND_BESIDE_OTHERS = "a kind of chamber listed beside others (异地商会162家、行业商会318家)"
_LEFT_OUT_AS_A_KIND = (
    KIND_OF_THE_WHOLE,
    CHAMBER_KIND_BESIDE_OTHERS,
    "a quoted rating",
    "units a bound picks out",
    "modifier or threshold",
    _REGISTERED_AT_A_LEVEL,
)
SUBTYPE_NOTE = "sub-type or unknown modifier: "
EACH_NOTE = "each of several (均/各), not a total"
_NEXT_LISTED_RE = re.compile(
    r"[^，,；;。\d]{0,10}[、和及]"
)  # 设区市、: a list's item, then the next


def _left_out_as_a_kind(fig: Figure) -> bool:
    """The reader left the count out as a kind of the units picked by a bound or a quoted
    name (职工50人以上的, “四上”企业); not a modifier it merely could not read."""
    if fig.note.startswith(SUBTYPE_NOTE):
        return _NUMERIC_BOUND_RE.search(fig.note.removeprefix(SUBTYPE_NOTE)) is not None
    return fig.note.startswith(_LEFT_OUT_AS_A_KIND)


_NUMERIC_BOUND_RE = re.compile(r"\d+[^年月日\d]{0,3}(?:以上|以下)")  # 职工50人以上的
# (全市规模以上 · 职工50人以上: the firms above a size threshold, a kind the text counts apart)
_SIZE_KIND_RE = re.compile(rf"{_NUMERIC_BOUND_RE.pattern}|规模以上|规上")


def _of_a_kind_left_out(fig: Figure, prev: Figure | None, st: SentenceState) -> bool:
    """The count right before, in this sentence and of the same classifier, was left out as
    a kind: a count that leaves out its noun is of that kind too."""
    return (
        prev is not None
        and prev.number.start >= st.start
        and not prev.metric
        and prev.classifier == fig.classifier
        and _left_out_as_a_kind(prev)
    )


def _outcome_of_a_kind_left_out(fig: Figure, prefix: str, st: SentenceState, ctx: Context) -> bool:
    """规模以上非公企业2316家，已建立党组织2273家: firms that set one up, naming no sector of
    their own, right after a count left out as a kind: that kind's."""
    prev = st.last_count
    if (
        prev is None
        or prev.number.start < st.start
        or prev.metric
        or prev.classifier != fig.classifier
        or not prev.note.startswith(SUBTYPE_NOTE)
        or not _SIZE_KIND_RE.search(prev.note)
    ):
        return False
    if "党员" in prev.note:
        return False  # 有3名以上党员的社会组织410家，已单独建立党组织386家: all that could
    between = ctx.text[prev.tail_end : fig.number.start]
    # (其中规模以上企业1286家，已建立党组织的非公企业4720家: a part, then the sector's own)
    part = ctx.text.startswith("其中", _clause_start(ctx.text, prev.number.start, st.start))
    return (
        not part
        and not any(c in between for c in "；;。")
        and _named_sector(prefix + between, ctx) is None
    )


_COVERED_BY_MEANS_RE = re.compile(
    r"(?:通过|以|采取|采用)([^，,；;。\d]{2,24}?)(?:等?(?:方式|形式))?(?:实现了?)?(?:党的?组织)?覆盖了?的?"
)


# 全市23家律所中 · 全区1200余家非公企业中: the whole the firms are picked from, counted
_WHOLE_COUNTED_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?万?[余多]?家(?=[\u4e00-\u9fff]+$)")


def _elided_firms(fig: Figure, stripped: str, st: SentenceState, ctx: Context) -> bool:
    """其中单独建立党支部的92家 · 公证机构中建立党支部的有158家: firms that set one up,
    the noun left out after 的 (家 counts them); the words before the verb name only
    scope, places and terms."""
    cat = ctx.catalog
    prev = st.last_count
    # 社会组织2937个，已建立党组织的611个: 个 counts them too when the total did (or the
    # firms that did, listed before: …单独建立党支部的42个，参加联合党支部的71个)
    like_total = (
        prev is not None and prev.metric in _FIRM_METRICS and prev.classifier == fig.classifier
    )
    text = ctx.text
    listed = text[
        _list_start(
            text, _clause_start(text, fig.number.start, st.start), st.start
        ) : fig.number.start
    ]
    covered = _COVERED_BY_MEANS_RE.fullmatch(listed.removeprefix("其中"))
    if covered and fig.classifier == "家" and prev is not None and prev.metric in _FIRM_METRICS:
        # 其中单独建立党支部的22家，通过联合党支部覆盖的41家 · 通过单独组建、联合组建等方式
        # 实现党组织覆盖的2046家: the firms the means covered
        fig.metric, fig.sector = _covered_metric(covered[1]), prev.sector
        if "单独" in covered[1]:
            fig.metric = "firms_covered"  # (单独…、联合…等方式: every means)
        fig.rule = "firms_that_established"
        return True
    if fig.classifier not in ("家", "个") and not like_total or not stripped.endswith("的"):
        return False
    clause = stripped[:-1].removeprefix("其中")
    outcome = establishment_outcome(clause, cat)
    if outcome is not None and _of_a_kind_left_out(fig, prev, st):
        return False  # 职工50人以上的非公企业312家，已建立党组织的296家: the kind's firms
    if outcome is None and prev is not None and prev.rule == "firms_that_established":
        # 单独建立党组织的98家、联合建立的54家: the organization named once for both
        outcome = establishment_outcome(clause + "党组织", cat)
    if outcome is None:
        return False
    covered_said = _COVERED_SAID_RE.search(clause)  # (实现党组织覆盖的45家: no set-up verb)
    verbs_at = [clause.find(v) for v in cat.establishment["verbs"]]
    verbs_at.append(covered_said.start() if covered_said else -1)
    verb_at = min(k for k in verbs_at if k >= 0)
    lead = clause[:verb_at]
    while lead.endswith(ESTABLISHING_ADVERBS):
        lead = lead[: -len(next(a for a in ESTABLISHING_ADVERBS if lead.endswith(a)))]
    lead = _PARTNER_RE.sub("", lead)  # 与司法局机关党组织联合组建…的5家: the partner
    lead = lead.removesuffix("中")
    lead = _WHOLE_COUNTED_RE.sub("", lead)  # 全市23家律所中，已建立党组织的有19家: of the whole
    if fig.classifier != "家" and not like_total:
        # 社会组织建立党组织的142个: 个 counts those the clause names (not 成立党支部的…个)
        named = suffix_term(strip_before(lead, cat)[0], cat)
        if named is None or named.metric != "firms":
            return False
    if _REGISTERED_AT_ONE_LEVEL_RE.search(lead) or _names_a_social_org_kind(lead, cat):
        # 社会团体中建立党组织的2986家 · 区级登记社会组织中建立党组织的6000家: of one kind
        # or one registration level (a rate after them is theirs)
        fig.note = f"{FIRMS_OF_A_SUBTYPE} (社会团体中建立党组织的…家)"
        return True
    sector = (
        _respectively_sector(fig, st, ctx)  # 非公企业和社会组织分别有…，已建立党组织的分别为…
        or _sector_near(fig.number.start, ctx, lead)
        or _paragraph_sector(fig.number.start, ctx)
    )
    if not consume(lead, ctx) or sector is None:
        return False
    fig.metric, fig.sector, fig.rule = outcome, sector, "firms_that_established"
    return True


GENERIC_FIRMS = "企业"  # the catalog's term for firms of any kind, covered ones only


def _zone_firms_before(fig: Figure, st: SentenceState, ctx: Context) -> str | None:
    """全市各类开发区、工业园区共有非公企业7420家，已有5380家建立了党组织 · 园区企业党支部189个，
    …，联合党支部覆盖企业745家: the zones' (sector other) a count just before was of, which
    these firms are too, no sector named since."""
    prev = st.last_count
    if prev is None:
        if ctx.vocab.sector_re.search(ctx.text, st.start, fig.number.start):
            return None
        # 全区共有互联网企业4312家…。从组建方式看，单独组建党支部的企业213家: the field the
        # paragraph last named, when its sentence names none
        return "other" if _paragraph_sector(fig.number.start, ctx) == "other" else None
    if not prev.metric or prev.sector != "other":
        return None
    if ctx.vocab.sector_re.search(ctx.text, prev.tail_end, fig.number.start):
        return None
    return prev.sector


_SIBLING_KINDS = ("standalone_branches", "party_committees", "general_branches")


_RATE_AFTER_RE = re.compile(r"[，,]?[^，,；;。]{0,8}?(?:覆盖率|组建率)(?:达到|达|为|是)?")


def _rate_counts_all_covered(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """The coverage rate right after the count is that count of the firms the sentence
    counted before (联合党支部18个，覆盖事务所56家，组织覆盖率达70.9%: 56 of 79)."""
    rate = _RATE_AFTER_RE.match(ctx.text, fig.tail_end)
    stated = find_numbers(ctx.text[rate.end() : rate.end() + 8]) if rate else []
    firms = [f for f in st.counts if f.metric == "firms" and f.number.start < fig.number.start]
    if not stated or stated[0].form is not Form.PERCENT or not firms or not firms[-1].number.value:
        return False
    return _share_agrees(stated[0], fig.number.value, firms[-1].number.value)


def _share_agrees(stated: Number, part: float, whole: float) -> bool:
    """The stated percent is part of whole, within the rounding of its decimals."""
    decimals = stated.text.partition(".")[2]
    return (
        bool(whole) and abs(100 * part / whole - stated.value) <= 0.5 * 10 ** -len(decimals) + 1e-9
    )


def _group_start(pos: int, st: SentenceState, ctx: Context) -> int:
    """Where the ； that opens the ；-group ``pos`` stands in is, in its sentence (-1: none)."""
    return max(ctx.text.rfind(c, st.start, pos) for c in "；;")


# 完成值4期 · 实际完成值99.6% · 实际表彰52名: an indicator's result, after its target
_INDICATOR_RESULT_RE = re.compile(
    r"(?:年度)?(?:完成值|实际完成值?|实际值|实际[\u4e00-\u9fff]{1,3}?)(?:为|是|达到?|[：:])?"
)
_INDICATOR_TARGET_RE = re.compile(r"(?:年度)?(?:指标值|目标值)")


def _indicator_item(fig: Figure, st: SentenceState, ctx: Context) -> str | None:
    """The item a performance indicator's result is of: the words its ；-group opened with
    (表彰全省律师行业先进党组织，指标值30个，完成值30个 -> 表彰全省律师行业先进党组织), when
    the result follows a target; else None."""
    text = ctx.text
    # (完成值：27家: the comma part, its label's colon inside)
    part = max(st.start, *(text.rfind(c, st.start, fig.number.start) + 1 for c in "，,；;"))
    if not _INDICATOR_RESULT_RE.fullmatch(text, part, fig.number.start):
        return None
    group = st.start + _last_group_from(text[st.start : part])
    target = _INDICATOR_TARGET_RE.search(text, group, part)
    if target is None:
        # 指标名称：律师事务所数量；指标值：≥25家；完成值：27家: one field a ；-group
        group = st.start
        target = _INDICATOR_TARGET_RE.search(text, group, part)
    if target is None:
        return None
    # (2021年，举办…培训班，年度指标值2期，完成值4期: the part right before the target's)
    target_part = _clause_start(text, target.start(), group)
    if target_part <= group:
        return None
    item = text[_clause_start(text, target_part - 1, group) : target_part - 1]
    item = _INDICATOR_NAME_RE.sub("", item)
    return item if item and not find_numbers(item) else None


_INDICATOR_NAME_RE = re.compile(r"^\s*(?:指标名称|指标|项目)[：:]")


def _last_group_from(sentence_before: str) -> int:
    """Where the last ；-group of a sentence's words up to a figure opens (0: the sentence's)."""
    return max(sentence_before.rfind(c) for c in "；;") + 1


def _group_end(pos: int, st: SentenceState, ctx: Context) -> int:
    """Where the ；-group of the sentence that ``pos`` stands in ends (the sentence's end if
    no ； follows)."""
    ends = (ctx.text.find(c, pos, st.end) for c in "；;")
    return min((k for k in ends if k >= 0), default=st.end)


_ORG_METRICS = ("party_organizations", "party_branches", "standalone_branches", "joint_branches")
_FIRM_OR_ORG_METRICS = ("firms", *_ORG_METRICS)
_ORG_OR_COMMITTEE_METRICS = (*_ORG_METRICS, "industry_party_committees")
_FIRM_OUTCOMES = ("firms_covered", "firms_with_own_branch", "firms_in_joint_branches")
_FIRM_METRICS = ("firms", *_FIRM_OUTCOMES)
_TOTAL_METRICS = (  # totals a 其中 breaks down by sector (两新组织党员15.8万名，其中非公企业12.1万名)
    *_ORG_METRICS,
    *_FIRM_OUTCOMES,
    "awarded_party_organizations",
    "demonstration_sites",
    "party_members",
    "awarded_party_members",
)
_GROWN_METRICS = ("firms", "party_members", *_ORG_METRICS, *_FIRM_OUTCOMES)


_AMONG_THOSE_THAT_RE = re.compile(r"在([^，,；;。在]{2,12})的$")


# 年营收超10亿元的89家企业 · 执业律师百人以上的23家律所: units a bound picks out, before them
_PICKED_BY_A_BOUND_RE = re.compile(
    rf"(?:\d+(?:\.\d+)?|[{CHINESE_DIGITS}]+)(?:亿元|万元|元|人|名)(?:以上|以下)?的$"
)


# 占全省执业律师17350名的40%: the count a share is of, no bound
_SHARE_OF_A_COUNT_RE = re.compile(
    rf"占[^，,；;。\d]{{0,12}}(?:\d+(?:\.\d+)?|[{CHINESE_DIGITS}]+)万?(?:人|名)的$"
)


def _their_rate(predicate: str, cat: Catalog) -> bool:
    """党组织覆盖率达100% · 党的组织覆盖率均达到…: the predicate opens with a rate of the
    units just counted."""
    words = _PARTY_BODY_OPENING_RE.sub("", predicate, count=1)
    if words != predicate and _FULLY_COVERED_RE.match(words):
        return True  # 党组织实现全覆盖: the rate is all
    return words.startswith(tuple(cat.coverage_words))


_PARTY_BODY_OPENING_RE = re.compile(r"^的?(?:党组织|党的组织|党的工作)?")
# 党组织实现全覆盖 · 党组织已全部覆盖: every one of the units counted before is covered
_FULLY_COVERED_RE = re.compile(
    r"(?:已经|已|均|都|全部)?(?:实现|达到)?了?(?:全覆盖|全面覆盖|全部覆盖)"
)


# 均已成立 · 已全部组建到位 · 均已挂牌运行: Party bodies said to be set up and working
_BODIES_EXIST_RE = re.compile(
    r"(?:已经|已|均|都|全部)*(?:成立|建立|组建|挂牌|建成)?(?:运行|运转|成立|到位)?了?"
)
# 36个单位为第四批成都市社会组织党建示范点 · 12家单位为“2020年度…示范点”: units made sites
_UNITS_MADE_SITES_RE = re.compile(r"单位为[^，,；;。]{0,40}?示范(?:点|单位|基地)")
# 确定80家律所党组织|为首批全国律师行业党建工作示范点: what they were made
_DESIGNATED_SITES_RE = re.compile(r"(?:成)?为[^，,；;。\d]{0,24}?示范点")


_CHANGED_TO_RE = re.compile(CHANGED_TO)
_FROM_OPENS_RE = re.compile(
    r"(?:^|[，,；;：:])(?:[^，,；;。\d]{0,24}?)[从由](?:\d|(?:19|20)\d{2}年)"
)


# 党组织 · 联合支部 · 组建 · 组织覆盖: words that make a cover the Party's
_PARTY_WORK_RE = re.compile(r"党|支部|组建|建立|组织")


_SET_UP_IN_TURN_RE = re.compile(
    r"(?:相继|先后|陆续|均已|均|已经|已|全部)(?:组建|成立|建立)(?:起来)?了?(?:[，,。；;]|$)"
)
_ANOTHER_GROUP_RE = re.compile(r"[；;，,]?(?:另有|另外还有|此外还有|另)")
_NEXT_COUNTED_ITEM_RE = re.compile(rf"、(?=\d|[{CHINESE_DIGITS}])")
# 、协会 · 和行业协会: the other kinds joined to a count's, before what was done in them
_KINDS_JOINED_RE = re.compile(
    r"^(?:[、和及与][\u4e00-\u9fff]{1,8}?(?=[、和及与]|建立|成立|组建|设立))+"
)


def _post_metric(
    head: Term, predicate: str, before: str, fig: Figure, st: SentenceState, ctx: Context
) -> str | None:
    cat = ctx.catalog
    sentence = ctx.text[st.start : st.end]
    predicate = predicate.lstrip(" ")
    if _CHANGED_TO_RE.match(predicate) and _FROM_OPENS_RE.search(
        ctx.text, st.start, fig.number.start
    ):
        return head.metric  # 从2007年的4家律师事务所、23名律师发展到…: a level it grew from
    if head.metric in _FIRM_OR_ORG_METRICS and _DESIGNATED_SITES_RE.match(predicate):
        if _CANDIDATES_RE.search(predicate):
            fig.note = "candidates for an honour (确定8个律所党支部为示范点培育单位)"
            return None
        return "demonstration_sites"  # 确定80家律师事务所党组织为…党建工作示范点
    if head.metric == "firms" and _their_rate(predicate, cat):
        return head.metric  # 全市186家律师事务所党组织覆盖率达100%: the firms, then their rate
    if (
        predicate
        and head.metric in _ORG_OR_COMMITTEE_METRICS
        and head.term not in vocabulary(cat).verb_terms  # (5家单独建立了党支部: firms, below)
        and _BODIES_EXIST_RE.fullmatch(predicate)
    ):
        return head.metric  # 13个县级律师行业党委均已挂牌运行: the bodies, said to be up
    if predicate.startswith(NOUN_CONTINUATIONS + cat.not_observation["delegates"]):
        fig.note = f"counts {head.term}{predicate[:4]}, not {head.term}"
        return None
    covering = vocabulary(cat).covering_re.search(before) if head.metric == "firms" else None
    if covering and consume(covering[1], ctx):
        prev = st.last_count
        # 3个联合建（覆盖13个社会组织） · 另有联合党支部3个，覆盖其余9家律所 (the rest of
        # the firms, those that set up no branch of their own)
        rest = any(w in covering[1] for w in cat.not_observation["other_places"])
        aside = _aside_open(ctx.text, fig.number.start, st.start)
        # (联合党支部7个，共吸纳24家鉴定机构: the joint branches alone, not the last kind of
        # a breakdown, whose cover is the whole's: 其中单独党支部50个、联合党支部30个，覆盖…)
        alone = prev is not None and not any(
            f.metric in _KINDS_OF_ORGANIZATIONS for f in st.counts if f is not prev
        )
        # (其中，10家…单独建立党支部；另有4个联合党支部，覆盖13家鉴定机构: the others, apart)
        alone = alone or (
            prev is not None
            and _ANOTHER_GROUP_RE.match(
                ctx.text, _clause_start(ctx.text, prev.number.start, st.start), prev.number.start
            )
            is not None
        )
        if (
            prev is not None
            and prev.metric == "joint_branches"
            and (
                before.endswith("（覆盖")
                or rest
                or prev.number.end <= aside <= prev.tail_end + 1
                or alone
            )
        ):
            return "firms_in_joint_branches"
        coverer = before[: covering.start()]  # 29个联合党支部共覆盖61家商会: who covers them
        if "联合党支部" in coverer and "单独" not in coverer:
            return "firms_in_joint_branches"
        return "firms_covered"
    those = _AMONG_THOSE_THAT_RE.search(before) if head.metric == "firms" else None
    if those and predicate.startswith("中") and (outcome := establishment_outcome(those[1], cat)):
        return outcome  # 在已建立党组织的1862家社会组织中，…: the firms that set one up
    if before.endswith("在") and predicate.startswith("中"):
        if head.metric == "firms" and find_numbers(predicate):
            # 在52家司法鉴定机构中建立党组织31个: all of them, or those that have one? unclear
            fig.note = "firms among which organizations were set up: all or covered"
            return None
        if head.metric in ("firms", "practitioners") and predicate == "中":
            # 在615家律师事务所中，单独建立党支部的有294家，…: all of them, the parts after
            # (在1200名执业律师中，党员律师410名: all of them, the members among them)
            return head.metric
        # 在1586家社会组织中建立党组织: the firms where something was set up
        outcome = establishment_outcome(predicate[1:], cat) if head.metric == "firms" else None
        if outcome is None:
            fig.note = f"在…中 {predicate[1:8]}"
        return outcome
    if head.term in vocabulary(cat).verb_terms and fig.classifier == "家":
        # 两百多家单独建立(了)党支部: 家 counts the firms that did so, not what they set up
        outcome = establishment_outcome(head.term, cat)
        if outcome is None:
            fig.note = f"firms that {head.term}, outside the catalog"
        return outcome
    if head.metric == "firms" and fig.classifier == "家" and predicate.startswith(PARTNER_WORDS):
        # 其余3家律所与市司法局机关联合组建联合党支部: a partner, then what they set up
        outcome = establishment_outcome(predicate, cat)
        if outcome is not None:
            return outcome
    if _names_a_partner(predicate) and establishment_outcome(predicate, cat) is None:
        # 31个律所党组织与社区党组织签订… · 5家律所与越南、泰国等国律所建立合作关系 ·
        # 4600余名律师与1900余个村（社区）结对: those who did it, with whom
        fig.note = f"acting with a partner: {predicate[:10]}"
        return None
    # (…共有执业律师326名 · 21家律所已有9家建立党组织: the firms, then a part of them)
    having = re.match(
        rf"(?:已经?|均|都)?(?:{HAVING})[^，,；;。]{{0,10}}?(?:\d|[{CN_DIGITS}])", predicate
    )
    if head.metric == "firms" and having and not before.endswith("的"):  # 有党员的15家律所
        return head.metric  # 全市17家律师事务所共有执业律师326名: the firms, then their staff
    # 全市7个联合党支部覆盖律所22家 · 通过组建14个联合党支部实现覆盖 · …纳入覆盖 · 通过41个
    # 联合党支部实现组织覆盖: the branches, then whom they cover
    if head.metric in _ORG_METRICS and _achieves_cover(predicate, cat):
        return head.metric
    if _SHARE_BASE_AFTER_RE.match(predicate) and _SHARE_OF_RE.search(before):
        return head.metric  # 占全市1790名执业律师的34%: the whole is stated as the base
    if predicate.startswith(CONJUNCTIONS) and _joined_then_attended(predicate, cat):
        fig.note = "people who attended, with others (…及…参加)"  # 160余名公证员及…人员参加
        return None
    if head.metric in _ORG_OR_COMMITTEE_METRICS and _SET_UP_IN_TURN_RE.match(predicate):
        return head.metric  # 14个设区市律师行业党委相继组建: the bodies, set up one by one
    if head.metric == "firms" and before.endswith("在") and not predicate.startswith("中"):
        # 全市已在86家商会、协会建立党组织: the units where one was set up, those covered
        text = ctx.text
        after = text[fig.tail_end : _comma_part_end(text, fig.tail_end, st.end)]
        after = _KINDS_JOINED_RE.sub("", after.removeprefix(head.term))
        outcome = establishment_outcome(after, cat)
        if outcome is not None:
            return outcome
    if not predicate or predicate.startswith(("中", *CONJUNCTIONS)):
        return head.metric
    if predicate.startswith(("：", ":")) and find_numbers(predicate):
        return head.metric  # 97个律师行业党组织：党委3个、党总支4个…: the whole, then its parts
    if before.endswith(_EXISTING) and predicate.startswith(_ONE_BY_ONE):
        return head.metric  # 对广州市现有的412家会计师事务所逐一开展排查: all that exist, each
    if predicate.startswith(("相比", "相较", "比较")) and _COMPARED_FRAME_RE.search(before):
        return head.metric  # 与2010年的6.1万名律师党员相比: the level compared with
    # 授予99个律所党组织“…先进党组织”称号 · 命名10家律所为…党建工作示范点
    # (授予20个律所党组织“…”称号、85名律师“优秀共产党员”称号: the verb the list opens with)
    conferred = (_TITLE_CONFERRED_RE.match(predicate) or predicate.startswith("为")) and (
        _awards_before(before, cat) or _next_title_conferred(fig, st, ctx)
    )
    if conferred or any(v in predicate for v in cat.award_verbs) or RECEIVED_RE.match(predicate):
        # 授予99个律所党组织“全国律师行业先进党组织”称号: the title names the award
        is_award = _is_award(head)
        metric = award_metric(predicate, head, sentence, cat)
        if metric is None and is_award and not head.generic:
            metric = head.metric  # 对15名党务工作者进行了表彰
        if metric is None and RECEIVED_RE.match(predicate):
            metric = AWARDED.get(head.metric)  # 3个党组织、5名党员律师受到…表彰
            # …示范单位授牌，共20家事务所党组织获此殊荣: the honour named is a site's
            if _HONOUR_NAMED_BEFORE_RE.match(predicate) and _names_a_site(
                ctx.text[st.start : fig.number.start], cat
            ):
                metric = "demonstration_sites"
        if metric is None and _RANK_ALONE_AWARDED_RE.search(predicate):
            # 11个律所党组织、27名党员律师获评省级以上先进: the rank alone is the award
            metric = AWARDED.get(head.metric)
        if metric is None:
            fig.note = "award outside the catalog"
        return metric
    if head.metric == "firms" and _RATE_OF_THEM_RE.match(predicate):
        return head.metric  # 辖区87家律所的党组织覆盖率…: all the firms, and their rate
    if head.metric == "firms" and _COVERED_BY_RE.match(predicate):
        return _covered_metric(predicate)  # 9家公证机构通过联合党支部实现覆盖
    # (共组建联合党支部: in them; 共有…: what they have, below)
    together = predicate.startswith("共") and not predicate.startswith("共有")
    together = together and "联合" not in predicate and not before.endswith("的")
    if head.metric == "firms" and together and find_numbers(predicate):
        return head.metric  # 64家会计师事务所共建立党组织36个: all the firms, together
    if head.metric == "firms":
        firm_verb = any(v in predicate for v in cat.establishment["firm_verbs"])
        # (24家律所单独建立党支部、23家律所纳入联合党支部: its own item's verb, not the next's)
        outcome = establishment_outcome(_NEXT_COUNTED_ITEM_RE.split(predicate, 1)[0], cat)
        # 全省189家会计师事务所均已建立党组织: the place's firms, every one of them covered
        # (a place or scope names them: not 现在9家律所都有了党组织, whichever they are)
        # (全区10家律师事务所、4家会计师事务所均已建立党组织: the list's later items too)
        prev = st.last_count
        listed_after_all = (
            not before.strip("、 ")
            and prev is not None
            and prev.counts_all
            and ctx.text[prev.tail_end : fig.number.start].count("、") == 1
        )
        fig.counts_all = (
            outcome == "firms_covered"
            and _ALL_OF_THEM_RE.match(predicate) is not None
            and consume(before, ctx)
            and (
                ctx.vocab.scope_re.search(before) is not None
                or bool(ctx.gaz.find(before))
                or listed_after_all
            )
        )
        # (12个行业协会商会成立党组织: 个 is how associations are counted)
        if outcome and (firm_verb or fig.classifier == "家" or head.sector == "social_org"):
            return outcome
        if outcome:  # 390个律师所成立党支部: 个 with 成立 counts the branches
            term = suffix_term(predicate.rstrip("了"), cat)
            return term.metric if term and term.metric in _ORG_METRICS else None
    if head.metric == "firms" and (taken := _TAKEN_INTO_RE.match(predicate)):
        # 成立了1个联合党支部，将其余两家律所纳入其中: the joint branch's firms
        joint = any(f.metric == "joint_branches" for f in st.counts)
        if taken[1] == "联合党支部" or joint:
            return "firms_in_joint_branches"
    if _ALL_IN_PARTY_CARE_RE.match(predicate) and _the_places_all(before, fig, st, ctx):
        return head.metric  # 全市52家律师事务所、791名律师均已纳入党组织管理: all there are
    fig.note = f"predicate: {predicate[:10]}"
    return None


# 均已纳入党组织管理 · 全部纳入党建工作管理: all of them under the Party's care (no coverage
# figure of its own: how they are looked after, which the annotators leave at the count)
_ALL_IN_PARTY_CARE_RE = re.compile(
    r"(?:均|都|全部|全都)(?:已|已经)?(?:被)?纳入了?(?:党组织|党建工作|党的组织|党建)(?:管理|管理范围|工作范围)"
)


def _the_places_all(before: str, fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """The words before the count are the place's or its scope's alone (全市52家…), or the
    count goes on a list that opened so (…52家律师事务所、791名律师)."""
    if before.strip("、 "):
        return consume(before, ctx) and (
            ctx.vocab.scope_re.search(before) is not None or bool(ctx.gaz.find(before))
        )
    prev = st.last_count
    between = ctx.text[prev.tail_end : fig.number.start] if prev is not None else ""
    # (…52家律师事务所、791名律师: the item before, with its noun)
    return (
        prev is not None
        and prev.metric is not None
        and between.rstrip().endswith(("、", "和"))
        and _COMMA_PART_END_RE.search(between) is None
    )


# 纳入其中 · 纳入联合党支部: taken into the joint branch (just named)
_TAKEN_INTO_RE = re.compile(r"(?:纳入|编入)(其中|联合党支部)")
_PLACES_SUMMED_RE = re.compile(r"[两三四五六七八九十\d]个?[省市区县州地](?:合计|共计|加起来)")
# (比2019年底多9个: a date in what it is set against)
# (not 占比差不多37%: a share, about)
_MORE_THAN_RE = re.compile(
    r"(?<!占)(?:比|较)(?:[^，,；;。\d]|(?:19|20)\d{2}年){0,12}?(?<!差不)(?:多|少)了?$"
)
_KINDS_OF_ORGANIZATIONS = (
    "party_organizations",
    "party_branches",
    "standalone_branches",
    "party_committees",
    "general_branches",
)
_ALL_OF_THEM_RE = re.compile(r"[，,]?(?:已经|已)?(?:全部|均|都)")
PLACES_COUNTED = "counts places, not what they set up"
_AND_ANOTHER_UNIT_RE = re.compile(r"[和及与、][^，,；;。]{2,12}?(?:均|都|全部|已)")
_COUNT_OF_THEM_RE = re.compile(rf"[，,]?(?:已经|已|共|均)?有[\d{CN_DIGITS}]")


LEADING_BODIES = r"(?:行业党委|党组|司法局|律师协会|律协)"
BODY_LEADS = (
    r"(?:(?:统筹|直接|统一)?(?:领导|管理|管辖|下设)|统筹)(?:的|着)?"  # (…党委统筹全市…党组织186个)
)
_LED_BY_A_BODY_RE = re.compile(rf"^[^，,；;。\d]{{0,12}}?{LEADING_BODIES}{BODY_LEADS}")
# 区律师行业党委下设片区党总支4个，管理律所党支部127个: the body's next clause, its verb alone
_BODY_LEADS_ON_RE = re.compile(rf"^{BODY_LEADS}")
# 渝中区律师行业党委成立，统一管理辖区律所党组织56个: the body just set up, what it leads
_BODY_SET_UP_RE = re.compile(rf"^[^，,；;。\d]{{0,12}}?{LEADING_BODIES}(?:正式)?(?:成立|组建)$")
_POINTED_BACK_COUNT_RE = re.compile(r"(?:这|上述|以上)(?:\d+|[一二两三四五六七八九十]+)个")
_HAS_AN_ORGANIZATION_RE = re.compile(
    r"(?<![没未无])(?:已经|已)?(?:有|拥有)(?:律所|本所|企业)?(?:党组织|党的组织)$"  # (有律所党组织的律所)
)
_ALL_ORGANIZATIONS_COVER_RE = re.compile(r"党的?组织(?:全)?覆盖")


def _led_by_a_body_before(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """The comma-part before the figure's opened with the place's body and what it leads
    (区律师行业党委下设片区党总支4个，|管理…), or told the body was set up (渝中区律师行业党委
    成立，|统一管理…): this one's verb goes on with that body."""
    text = ctx.text
    clause = _clause_start(text, fig.number.start, st.start)
    before = _clause_start(text, clause - 1, st.start) if clause > st.start else -1
    if before < 0:
        return False
    clause_before = text[before : clause - 1]
    led_by = _LED_BY_A_BODY_RE.match(clause_before)
    if led_by is not None:
        return not ctx.gaz.find(led_by[0])
    set_up = _BODY_SET_UP_RE.match(clause_before)
    return set_up is not None and _names_only_the_texts_place(set_up[0], ctx)


def _names_only_the_texts_place(words: str, ctx: Context) -> bool:
    """Every place ``words`` name is the text's own (渝中区律师行业党委 in a text on 渝中区)."""
    own = ctx.default_place
    return all(own is not None and own in found for _, _, found in ctx.gaz.find(words))


def _people_counted_by_ge(term: Term, fig: Figure, ctx: Context) -> bool:
    """律师六十来个，党员二十多个: as people say it, 个 counts the people the term right
    before names, the clause ending there."""
    text = ctx.text
    return (
        term.needs == "people"
        and fig.classifier == "个"
        and text.endswith(term.term, 0, fig.number.start)
        and _SPOKEN_COUNT_END_RE.match(text, fig.tail_end) is not None
    )


# 21个市（州） · 12个盟市 · 16个设区市: prefecture-level places counted, which a province holds
_PREFECTURES_COUNTED_RE = re.compile(
    r"个(?:地级以上)?(?:市（州）|市\(州\)|市州|盟市|地市|设区市|地级市|市)"
)


def _holder_of_places_counted(fig: Figure, ctx: Context) -> Place | None:
    """The province the counted prefecture-level places lie in, when the last place the
    sentence named before them is below it; else None."""
    if not _PREFECTURES_COUNTED_RE.match(ctx.text, fig.number.end):
        return None
    start = ctx.sentence_of(fig.number.start)[0]
    hits = ctx.gaz.find(ctx.text[start : fig.number.start])
    if not hits:
        return None
    place = choose(hits[-1][2], ctx.default_place)
    if place.level is Level.PROVINCE:
        return None
    return ctx.gaz.by_full_name.get(place.province)


def _covered_metric(words: str) -> str:
    """Firms covered, or in joint branches when the words say the cover was joint."""
    return "firms_in_joint_branches" if "联合" in words else "firms_covered"


_TITLE_CONFERRED_RE = re.compile(r"“([^”]{2,30})”(?:荣誉)?称号")  # (group 1: the title)
_TITLE_THEN_NEXT_RE = re.compile(r"[^，,；;。]*?称号[、和及]")


def _next_title_conferred(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """授予20个律所党组织“先进基层党组织”称号、85名律师“优秀共产党员”称号: the next item of
    a list of titles conferred, after one read as awarded."""
    prev = st.last_count
    return (
        prev is not None
        and prev.metric in AWARD_METRICS
        and _TITLE_THEN_NEXT_RE.fullmatch(ctx.text, prev.tail_end, fig.number.start) is not None
    )


# …先进党组织10个、优秀党员公证员22名进行了表彰: the act that awarded the list before it
# 律师事务所19家全部建立了党组织: all the firms counted, then what they all did
ALL_SET_UP = r"(?:已经|已)?(?:全部|均|都)(?:已经|已)?(?:建立|成立|组建)了?党(?:组织|支部)$"
# 会计师事务所12家均已纳入行业党建管理: what all of the units counted have done, no metric of theirs
ALL_BROUGHT_IN = r"(?:已经|已)?(?:全部|均|都)(?:已经|已)?纳入[^，,；;。\d]{0,12}$"
# 通过联合方式 · 以联建方式: set up jointly, by several units
_JOINT_MANNER_RE = re.compile(r"(?:通过|以|采取|采用)(?:联合|联建)[^，,；;。]{0,6}?(?:方式|形式)")
# …256家，已全部建立党组织: the clause after a count says all of them set one up
_ALL_SET_UP_NEXT_RE = re.compile(rf"[，,]?{ALL_SET_UP.removesuffix('$')}")
AWARD_PREDICATE = r"(?:进行了?|予以|给予)(?:通报)?(?:表彰|表扬|嘉奖)"
_HONOUR_NAMED_BEFORE_RE = re.compile(r"获此殊荣|榜上有名")
_AWARD_PREDICATE_RE = re.compile(AWARD_PREDICATE)


def _names_a_site(words: str, cat: Catalog) -> bool:
    return any(t.term in words for t in vocabulary(cat).site_terms)


# 受到…表彰 · …表彰的全国先进基层党组织中，律师行业有5个党组织获此殊荣/榜上有名
_RANK_ALONE_AWARDED_RE = re.compile(
    r"(?:获评|评为|被评为|荣获)[^，,；;。\d]{0,10}?(?:先进|优秀)(?:集体|个人)?(?:称号)?(?:$|[，,；;。])"
)
RECEIVED_RE = re.compile(
    r"(?:均|都|先后)?(?:(?:受到|获得?)[^，,；;。]{0,16}?(?:表彰|嘉奖)|获此殊荣|榜上有名)"
)
# (占全市1100余家律所的三分之一以上 · …的四成 · …的一半: a share in words)
SHARE_AMOUNT = (
    r"[约近]?(?:\d+(?:\.\d+)?%|[一二三四五六七八九十]+分之[一二三四五六七八九十]+"
    r"|[一二三四五六七八九]成|一半|半数)"
)
_SHARE_BASE_AFTER_RE = re.compile(rf"(?:总数)?的{SHARE_AMOUNT}")
# 占全市 · 占深圳全市 · 占黑龙江全省 (…1.29万名律师的41.6%: the whole, then its share)
_SHARE_OF_RE = re.compile(
    rf"占(?:[\u4e00-\u9fff]{{2,4}}?(?:{'|'.join(ALL_SCOPE)})|{'|'.join(ALL_SCOPE)})?$"
)
# 9家公证机构通过联合党支部实现覆盖 · 236家律所实现党组织全覆盖 (not 党的工作覆盖)
_COVERED_BY_RE = re.compile(
    r"(?:已|均|全部)*(?:通过[^，,；;。]{0,10}?(?:党组织|党支部)实现[^，,；;。]{0,4}覆盖"
    r"|实现了?(?:党组织|党的组织)全?覆盖)"
)


_LEADING_ASIDE_RE = re.compile(r"^[（(][^（）()]{1,6}[)）]")
# …党委或党总支 · …党委（党总支）: one body or another, each place's
_OR_ANOTHER_BODY_RE = re.compile(
    r"或者?[^，,；;。\d]{0,8}?(?:党委|党总支|党支部|党组织|党工委)|[（(](?:党委|党总支|党支部)[)）]"
)
_NOT_YET_SET_UP_RE = re.compile(r"(?:尚未|未|没有|还没有?)(?:成立|设立|建立|组建)[^，,；;。\d]*的$")


# 80个县未单独成立… · 16个县没有成立…: the places counted did not set one up
_NOT_SET_UP_AFTER_RE = re.compile(
    r"[^，,；;。]*?(?:尚未|还未|未|没有|尚无)(?:单独|独立)?(?:成立|设立|建立|组建)"
)


def _admin_units_establish(
    phrase: str, fig: Figure, ctx: Context, prev: Figure | None = None
) -> bool:
    """14个市均成立了市级行业党委: the count of places that set one up counts the
    organizations; so does 已有7个成立了… after 9个县（市、区）中 (``prev``)."""
    cat = ctx.catalog
    if fig.classifier and fig.classifier != "个":
        return False  # (党员98名|市律师行业党委成立于…: people counted, no places)
    unit = next((u for u in ADMIN_UNITS if phrase.startswith(u)), None)
    if unit is None and prev is not None and prev.note == PLACES_COUNTED:
        unit = ""  # the places counted before, left out
    if unit is None:
        return False
    clause = ctx.text[
        _phrase_start(
            ctx.text, ctx.sentence_of(fig.number.start)[0], fig.number.start
        ) : fig.number.start
    ]
    if _NOT_YET_SET_UP_RE.search(clause):
        fig.note = "places that have not set one up (尚未成立律师行业党委的3个师市)"
        return True
    rest = _LEADING_ASIDE_RE.sub("", phrase[len(unit) :])  # 13个市（地）中: the kinds counted
    if _NOT_SET_UP_AFTER_RE.match(rest):
        fig.note = "places that have not set one up (尚有80个县未成立律师行业党委)"
        return True
    # (全省13个设区市中，已有11个成立了…: the verb in the clause after)
    sentence_after = ctx.text[fig.number.end : ctx.sentence_of(fig.number.start)[1]]
    verbs = ("成立", "设立", "建立", "组建")
    # (全省18个设区市，已有11个…: the clause ends with the places counted)
    whole = rest.startswith("中") or not rest
    if not any(v in (sentence_after if whole else rest) for v in verbs):
        return False
    after = rest or ctx.text[fig.tail_end + len(phrase) :]
    if rest.startswith("中") or _AND_ANOTHER_UNIT_RE.match(rest) or _COUNT_OF_THEM_RE.match(after):
        # 8个市州中已有6个成立…: all of them, of which some did · 31个省(区、市)和新疆生产
        # 建设兵团均已成立…: more units than counted · 18个设区市已有11个建立了…: the count
        # of those that did follows
        fig.note = PLACES_COUNTED
        return True
    term = next(
        (
            t
            for t in vocabulary(cat).by_length
            if t.term in rest and t.metric in ("industry_party_committees",)
        ),
        None,
    )
    if term is None:
        return False
    after_term = rest.find(term.term) + len(term.term)
    if _OR_ANOTHER_BODY_RE.match(rest, after_term):
        fig.note = "places that set up one body or another (…党委或党总支): no count of either"
        return True
    if NUMERAL_START_RE.match(rest, after_term) or (
        _TOTAL_IN_THE_NEXT_CLAUSE_RE.match(sentence_after)
    ):
        # 自治区和12个盟市共成立律师行业党委13个 · 自治区及5个地级市均已成立律师行业党委，
        # 共6个: the committees, counted after it
        fig.note = PLACES_COUNTED
        return True
    fig.metric = term.metric
    fig.sector = term.sector or _sector_near(fig.number.start, ctx, rest)
    fig.subgroup = next((s for s in cat.subgroups if s in rest), None)
    fig.rule = "places_that_established"
    # (…其中成都市598个，21个市（州）均成立了…: the province holding the cities counted)
    fig.place = _holder_of_places_counted(fig, ctx) or fig.place
    return fig.sector is not None


_MANNER_SET_UP_RE = re.compile(r"(联合|单独)(?:组建|建立|成立|设立)了?$")
# 5家律所组建的联合党支部把“支部会”开到了… · 3家律所共同组建的联合党支部有党员9名: the one
# branch they formed, what it does or has (not …组建的联合党支部，实现了全覆盖)
_ONE_BRANCH_THEY_FORMED_RE = re.compile(
    r"(?:共同|联合)?(?:组建|组成|成立)的联合党支部(?=把|将|有|现有|共有|开展|组织|发挥|定期|每月|坚持)"
)
# 建立党组织的 · 组建了党的组织的: those that set one up (the noun left out after 的)
SET_UP_ONE = r"(?:建立|组建|成立)了?党(?:的)?组织的"
_ESTABLISHED_BEFORE_RE = re.compile(rf"{SET_UP_ONE}(?:分别)?$")


def _past_its_share(count: Figure, st: SentenceState) -> int:
    """Where the words after a count go on, past a share stated of it (…10.4万人，占律师总数的
    31.7%|；): the chain of levels skips it."""
    shares = [p for p in st.percents if p.owner is count]
    return shares[-1].tail_end if shares else count.tail_end


def _compared_total(fig: Figure, prev: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """…党组织1637个，其中党委11个、…、党支部1602个，比2016年底的856个增加了781个: the total the
    parts break down, when the change stated says so (1637 - 856 = 781), not the last part."""
    total = _total_before_qizhong(prev, st, ctx)
    change = _CHANGE_STATED_RE.match(ctx.text, fig.tail_end)
    if total is not None and change is None and total.metric:
        # (…党组织603个，其中…联合党支部176个；去年同期，这一数字为571个: of the size of the
        # total, not of the last part)
        value = fig.number.value
        if _of_a_size(value, total.number.value) and not _of_a_size(value, prev.number.value):
            return total
    if total is None or change is None:
        return None
    amount = find_numbers(change[1])
    if not amount:
        return None
    stated = amount[0].value
    fits = total.number.value - fig.number.value == stated
    return total if fits and prev.number.value - fig.number.value != stated else None


def _chained_past_the_parts(
    fig: Figure, prev: Figure, st: SentenceState, ctx: Context
) -> Figure | None:
    """The figure whose earlier level ``fig`` is, chained after ``prev``: ``prev`` itself, but
    the total outside when both stand in an aside of its parts, ``fig`` after a ；
    (党组织431个（其中独立党支部286个、联合党支部145个；2008年底仅为183个）: the 431 then)."""
    aside = _aside_open(ctx.text, fig.number.start, st.start)
    if aside < 0 or _aside_open(ctx.text, prev.number.start, st.start) != aside:
        return prev
    if not any(c in ctx.text[prev.tail_end : fig.number.start] for c in "；;"):
        return prev
    parts = [f for f in st.counts if aside < f.number.start < fig.number.start]
    total = _count_opening(aside, st)
    if len(parts) < 2 or total is None:
        return prev
    return total if _of_one_kind(fig, total, ctx.catalog) else None


# ），比2010年的 · ），较上年: a comparison right after an aside closes
_COMPARED_AFTER_ASIDE_RE = re.compile(r"[）)][，,]?(?:比|较|与|同)")


def _count_before_a_closed_aside(st: SentenceState, fig: Figure, ctx: Context) -> Figure | None:
    """执业律师724名（其中党员律师265名），比2010年的431名…: the count before the aside the
    last count stood in, when a comparison follows the aside; else None."""
    prev = st.last_count
    if prev is None:
        return None
    text = ctx.text
    close = _COMPARED_AFTER_ASIDE_RE.search(text, prev.tail_end, fig.number.start)
    aside = _aside_open(text, prev.number.start, st.start)
    if close is None or aside < 0 or text.find("）", prev.tail_end, close.start()) >= 0:
        return None
    owner = _count_opening(aside, st)
    return owner if owner is not None and owner.metric else None


def _of_a_size(value: float, other: float) -> bool:
    """``value`` is between half and one and a half times ``other``: plausibly an earlier
    level of that figure."""
    return other > 0 and 0.5 <= value / other <= 1.5


# 比2016年底的856个|增加了781个: the change a comparison states
_CHANGE_STATED_RE = re.compile(r"[^，,；;。\d]{0,4}?(?:增加|增长|净增|新增)了?(\d+(?:\.\d+)?)")


def _inherit(fig: Figure, stripped: str, before: str, st: SentenceState, ctx: Context) -> bool:
    """Figures that take their metric from a figure before them.

    从528人发展到1200人 · 比2014年的301家 · 其中，鼓楼区13家、云龙区17家.
    """
    cat = ctx.catalog
    if vocabulary(cat).places_counted_re.match(ctx.text, fig.number.start):
        return False  # 其中，…集中在龙沙、建华、铁锋三个城区: places counted, no part of the total
    group = cat.classifier_group(fig.classifier or "")
    prev = _count_before_a_closed_aside(st, fig, ctx) or st.last_count
    if prev is None and st.count_before is not None and _PRIOR_LEVEL_RE.fullmatch(before.strip()):
        prev = st.count_before  # …党员律师5230人。而在2011年，这个数字还不到3000人
    source: Figure | None = None
    if prev is not None and prev.metric and cat.classifier_group(prev.classifier or "") == group:
        between = ctx.text[prev.tail_end : fig.number.start]
        if fig.each_of and _bare_after_each(fig, st, ctx):
            # …分别为3860个、2940个，宝安、龙岗两区各有3500余个: what the count before counts
            fig.rule, source = "each_place", prev
        elif vocabulary(cat).from_to_re.fullmatch(between):
            fig.rule, source = "from_to", _first_listed_before(fig, st, ctx) or prev
        elif _compared_with(before, fig, ctx) or _next_level_compared(prev, fig, ctx):
            # (…分别有132家、54家，较去年同期的121家、51家分别增加…: the n-th listed's)
            source = (
                _compared_in_a_list(fig, st, ctx, min_items=2)
                or _compared_total(fig, prev, st, ctx)
                or _compared_subjects_figure(before, prev, st, ctx)
            )
            fig.rule = "compared_with"
        elif _DATED_LEVEL_LISTED_RE.fullmatch(between) and _DATED_LEVELS_FROM_RE.search(
            ctx.text, st.start, fig.number.start
        ):
            fig.rule, source = "level_chain", prev  # 从2015年的386个、2017年的542个增加到…
        elif LEVEL_CHAIN_RE.fullmatch(ctx.text, _past_its_share(prev, st), fig.number.start):
            # 突破1万人，达到10120人 · 10.4万人，占律师总数的31.7%；2018年底增至14.4万人
            fig.rule, source = "level_chain", _chained_past_the_parts(fig, prev, st, ctx)
        elif between.strip() in PLACE_JOINERS and _respective_to_places(fig, prev, st, ctx):
            fig.rule, source = "respective", prev  # 玄武区、秦淮区分别有律所45家、38家
            fig.place = _respective_place(fig.number.start, st, ctx)
        elif (
            # (分别为4100余人和约1050人: the item's own qualifier after the joiner)
            ctx.vocab.qualifier_at_end_re.sub("", between.strip()) in ("、", "和")
            and _respective_to_sectors(fig, prev, st, ctx)
        ):
            fig.rule, source = "respective", prev  # 律师、会计行业分别有党员512名、136名
        elif (
            # (分别为210家和近700家: the item's own qualifier after the joiner)
            ctx.vocab.qualifier_at_end_re.sub("", between.strip()) in CONJUNCTIONS
            and _dates_listed(fig, st, ctx) is not None
        ):
            fig.rule, source = "respective", prev  # 2016年底和2021年底…分别为298名和412名
    if source is None and (then := _earlier_level_in_an_aside(fig, st, ctx)) is not None:
        # …1.32万名（2015年底仅7,600余名） · 党员律师4318人(2020年、2022年分别为2945人、3570人):
        # the aside's, before any list it might be taken to go on
        fig.rule, source = "compared_with", then
    if source is None and _level_after_a_vague_start(fig, st, ctx, group):
        return True  # 全市党员律师从几百名增加到2600余名: the subject before 从, its level
    if source is None and (partner := _partner_in_the_from_list(fig, st, ctx)) is not None:
        fig.rule, source = "from_to", partner  # 从…的4家律所、23名律师发展到…的6家、45名
    if source is None and (earlier := _compared_in_a_list(fig, st, ctx)) is not None:
        fig.rule, source = "compared_with", earlier  # 分别比2015年底的1096家、10268人增长…
    if source is None and (by_sector := _parallel_sector_list(fig, st, ctx)) is not None:
        # …分别为九个、二十四名和六名，公证行业分别为三个、六名和两名: another sector's list
        source, fig.sector = by_sector
        fig.rule = "parallel_sector"
    if source is None and (then := _levels_at_listed_dates(fig, st, ctx)) is not None:
        # 执业律师1415人，2023年底、2024年底分别为1286人、1372人: that figure's levels then
        source, fig.rule = then, "compared_with"
    if source is None and (again := _parallel_date_list(fig, st, ctx)) is not None:
        # 2020年末，…事务所为94家，…注册会计师1205人；2021年末分别为99家和1248人
        source, fig.rule = again, "parallel_date"
    if source is None and (parallel := _parallel_list(fig, st, ctx)) is not None:
        # 沂水县建立党组织438个、…党员5630名；沂南县分别为352个、71个和4210名
        source, fig.place = parallel
        fig.rule = "parallel_place"
    if (
        source is None
        and prev is not None
        and prev.note.startswith("change")
        and cat.classifier_group(prev.classifier or "") == group
        and LEVEL_CHAIN_RE.fullmatch(ctx.text[prev.tail_end : fig.number.start])
        # (新发展党员律师19名，上年为15名: the year before's change, no level)
        and not any(
            m.kind is MarkKind.COMPARISON for m in ctx.marks_in(prev.tail_end, fig.number.start)
        )
        and _level_after_change(fig, prev, st, ctx)
    ):
        return True  # 全市新增律师事务所26家，总数达到402家
    if source is None and _part_by_manner(fig, stripped, st, ctx):
        return True
    if source is None:
        source = _part_of_the_total_before_qizhong(fig, stripped, prev, group, st, ctx)
    if (
        source is None
        and prev is not None
        and cat.classifier_group(prev.classifier or "") == group
        and (same := _another_places_same(fig, st.counts, st, ctx)) is not None
    ):
        source = same  # 全市律所186家，而全省同期为1203家: the province's
    if source is None:
        return False
    fig.metric, fig.subgroup = source.metric, source.subgroup
    if fig.sector is None:
        fig.sector = source.sector
    if fig.place is None:
        fig.place = source.place
    if fig.rule == "respective" and fig.qualifier is Qualifier.EXACT:
        fig.qualifier = _list_qualifier(fig, st, ctx) or fig.qualifier
    return True


# 从2007年的4家律师事务所、23名律师: items with their nouns, joined by 、 alone
_DATED_ITEM_GAP_RE = re.compile(r"[^，,；;。、\d]{1,12}、")
_LEVEL_DATE_RE = re.compile(r"(?:(?:19|20)\d{2}年(?:底|末)?的?)?")


def _level_after_a_vague_start(
    fig: Figure, st: SentenceState, ctx: Context, group: str | None
) -> bool:
    """全市党员律师从几百名增加到2600余名: after a start too vague to publish, the level the
    change reached is of the subject before 从."""
    start = st.last_count
    text = ctx.text
    if start is None or not start.note.startswith("a vague amount"):
        return False
    between = _VAGUE_TAIL_RE.sub("", text[start.tail_end : fig.number.start])  # (十几个)
    if not ctx.vocab.from_to_re.fullmatch(between):
        return False
    opener = _change_opener(text, st.start, start.number.start)
    if opener < 0 or not _VAGUE_START_RE.fullmatch(text, opener + 1, start.number.start):
        return False
    subject = strip_before(text[_clause_start(text, opener, st.start) : opener], ctx.catalog)[0]
    term = suffix_term(subject, ctx.catalog)
    if term is None or term.needs != group:
        return False
    _accept(fig, term, term.metric, subject[: -len(term.term)], ctx, st, group)
    fig.rule = "from_to"
    return fig.metric is not None


def _change_opener(text: str, start: int, end: int) -> int:
    """Where the last 从 or 由 of text[start:end] opens a change, else -1."""
    return max(text.rfind(w, start, end) for w in "从由")


_VAGUE_TAIL_RE = re.compile(r"^几[个名家人位]?")
_VAGUE_START_RE = re.compile(r"(?:(?:19|20)\d{2}年(?:底|末)?的)?(?:数|几|上)?")


def _partner_in_the_from_list(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """从2007年的4家律师事务所、23名律师发展到2012年底的6家、45名: the n-th figure after the
    change's verb is the level of the n-th before it, when their classifiers run alike."""
    text = ctx.text
    levels = [f for f in st.counts if f.number.start < fig.number.start and f.metric]
    changed = next(
        (
            (k, found.end())
            for k in range(len(levels) - 1, -1, -1)
            if (found := _CHANGED_TO_RE.search(text, levels[k].tail_end, fig.number.start))
        ),
        None,
    )
    if changed is None:
        return None
    k, verb_end = changed
    from_at = _change_opener(text, st.start, levels[k].number.start)
    from_list = [f for f in levels[: k + 1] if f.number.start > from_at >= 0]
    # (the items of the list before the verb joined by 、 alone, each with its own noun)
    if len(from_list) < 2 or any(
        not _DATED_ITEM_GAP_RE.fullmatch(text, a.tail_end, b.number.start)
        for a, b in zip(from_list, from_list[1:], strict=False)
    ):
        return None
    after = [f for f in st.counts if verb_end <= f.number.start < fig.number.start]
    first_after = after[0].number.start if after else fig.number.start
    if not _LEVEL_DATE_RE.fullmatch(text, verb_end, first_after):
        return None  # (发展到2012年底的|6家: a date at most before the list after the verb)
    if after and text[after[-1].tail_end : fig.number.start] != "、":
        return None  # (not the next item of the list after the verb)
    if ctx.vocab.term_lex.longest_at(text, fig.tail_end):
        return None  # (…6家律所: a noun of its own)
    if len(after) >= len(from_list):
        return None
    partner = from_list[len(after)]
    group = ctx.catalog.classifier_group
    return partner if group(partner.classifier or "") == group(fig.classifier or "") else None


def _counts_the_places_listed(fig: Figure, ctx: Context) -> bool:
    """其中锦江、青羊…成华5个中心城区合计3267家 · 龙沙、建华、铁锋三个城区: the places just
    listed, counted; no part of the total before 其中."""
    return bool(
        ctx.vocab.places_counted_re.match(ctx.text, fig.number.start)
        or ctx.vocab.area_groups_re.match(ctx.text, fig.tail_end)
    )


def _list_qualifier(fig: Figure, st: SentenceState, ctx: Context) -> Qualifier | None:
    """分别约为1.38万人、1.52万人: a qualifier between 分别 and the list's first figure bounds
    every figure of the list."""
    each = ctx.text.rfind("分别", st.start, fig.number.start)
    first = next((f for f in st.counts if each < f.number.start < fig.number.start), None)
    if each < 0 or first is None:
        return None
    words = ctx.text[each + 2 : first.number.start]
    return next(
        (Qualifier(q) for cue, q in ctx.catalog.qualifiers_before if words.startswith(cue)), None
    )


def _part_of_the_total_before_qizhong(
    fig: Figure,
    stripped: str,
    prev: Figure | None,
    group: str | None,
    st: SentenceState,
    ctx: Context,
) -> Figure | None:
    """The total before 其中 that ``fig`` is a place's part of (其中，鼓楼区13家、云龙区17家),
    setting the figure's place and rule; else None."""
    cat = ctx.catalog
    if _counts_the_places_listed(fig, ctx):
        return None
    total = _total_before_qizhong(fig, st, ctx)
    if total is not None and (each := _a_places_respective_part(fig, total, st, ctx)):
        source, fig.place = each  # 其中长沙市分别为8460个、1785个: the n-th total's
        fig.rule = "part_by_place"
        return source
    if total is not None and cat.classifier_group(total.classifier or "") != group:
        total = _listed_total_of_its_kind(total, group, st, ctx)
    if total is None or not total.metric or cat.classifier_group(total.classifier or "") != group:
        return None
    if (sector := _sectors_part(stripped, total, ctx)) is not None and not (
        ctx.vocab.term_lex.longest_at(ctx.text, fig.tail_end)  # (…5个党组织: its own term)
    ):
        # 律师、司法鉴定、基层法律服务行业共建立党组织45个，其中律师行业39个、司法鉴定行业2个
        fig.sector, fig.place, fig.rule = sector, total.place, "part_by_sector"
        return total
    # 其中呼和浩特市、包头市分别为182家、126家: the n-th place listed, not the last
    # (…分别建立非公企业党组织3380个: a part that names its own term is read by it)
    paired = _respective_place(fig.number.start, st, ctx)
    if paired is not None and suffix_term(stripped, cat) is not None:
        return None
    # (其中建立党组织的分别为312、405和517家: those that set one up, each place's)
    if paired is not None and _ESTABLISHED_BEFORE_RE.search(stripped):
        return None
    place = (
        paired
        or _place_only(stripped, total, ctx)
        or _its_places_other_kind(fig, prev, ctx)
        or _one_of_the_places_together(stripped, total, st, ctx)
    )
    if place is None:
        return None
    own = ctx.vocab.term_lex.longest_at(ctx.text, fig.tail_end)
    if own and ctx.vocab.terms[own].metric not in (total.metric, None):
        return None  # (…优秀党务工作者10名。其中，姜堰区有6名党员律师获评…: its own term)
    # 其中，北林区律所党支部18个，安达市、肇东市分别为7个和6个: the part before in the
    # list says what the parts count, not the total before 其中
    opener = _parts_opener(ctx, st.start, fig.number.start)
    sibling = prev if prev is not None and prev.metric and prev.number.start > opener else None
    # (…，其中杭州市402个，含…联合党支部84个；宁波市196个: the figure the part before opened with)
    sibling = _opening_figure_of_the_part_before(fig, st, ctx) or sibling
    # (…其中联合党支部820个；包头市为1980个: a place outside the total's is no part of
    # it, but the same figure for another place)
    inside = total.place is None or place.code.startswith(area_prefix(total.place))
    if inside and sibling is not None and cat.classifier_group(sibling.classifier or "") == group:
        total = sibling
    fig.place, fig.rule = place, "part_by_place" if inside else "parallel_place"
    return total


def _sectors_part(stripped: str, total: Figure, ctx: Context) -> str | None:
    """The one sector a part of a total of several trades names, alone (律师行业 · 司法鉴定行业
    after 律师、司法鉴定…行业共…), else None."""
    if total.sector != "other" or not stripped.endswith("行业") or ctx.gaz.find(stripped):
        return None
    words = stripped.removesuffix("行业")
    sector = _named_sector(words, ctx) if words else None
    return sector if sector is not None and consume(stripped, ctx) else None


_COUNT_OF_SHARE = {"party_member_share": "party_members"}
_COUNT_AFTER_SHARE_GAP_RE = re.compile(r"[，,]\s*$")


def _count_after_its_share(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """The members' share stated right before, in the clause before this one: the count is
    of the members it is the share of (…占比38.2%，人数为612名)."""
    share = st.last_percent
    if share is None or share.metric not in _COUNT_OF_SHARE or share.number.start < st.start:
        return None
    if ctx.catalog.classifier_group(fig.classifier or "") != "people":
        return None
    clause_from = _clause_start(ctx.text, fig.number.start, st.start)
    gap = ctx.text[share.tail_end : clause_from]
    return share if _COUNT_AFTER_SHARE_GAP_RE.fullmatch(gap.lstrip("%％")) else None


# 集中了全盟近一半的律所 · 占全市三分之一的律所: a share of the whole's firms, held by the subject
_HELD_SHARE_RE = re.compile(r"(?:集中了|聚集了|汇聚了|拥有|占)[^，,；;。]*?的$")


def _held_share_term(fig: Figure, st: SentenceState, ctx: Context) -> Term | None:
    """The catalog term that ends the clause right before the figure's, when that clause
    says its subject holds a share of the whole's (…集中了全盟近一半的律所，共13家)."""
    text, cat = ctx.text, ctx.catalog
    clause_from = _clause_start(text, fig.number.start, st.start)
    if clause_from <= st.start or text[clause_from - 1] not in "，,":
        return None
    prev = text[_clause_start(text, clause_from - 1, st.start) : clause_from - 1]
    term = suffix_term(prev, cat)
    if term is None or term.needs != cat.classifier_group(fig.classifier or ""):
        return None
    held = _HELD_SHARE_RE.search(prev[: -len(term.term)])
    return term if held is not None and find_numbers(held[0]) else None


def _training_said_after(fig: Figure, st: SentenceState, ctx: Context) -> Term | None:
    """The training term (the catalog's, longest first) in the figure's comma part after it."""
    said = ctx.text[fig.tail_end : _comma_part_end(ctx.text, fig.tail_end, st.end)]
    if find_numbers(said):
        return None  # 分两批举办党务干部培训班3期: the training counted on its own
    return next(
        (t for t in ctx.vocab.by_length if t.metric == "training_sessions" and t.term in said), None
    )


def _the_catalog_item_of_each(stripped: str, ctx: Context) -> Term | None:
    """党员律师和党外律师各: two items before 各, of which exactly one is a catalog term with
    nothing unread before it (党外律师 is a kind of lawyers the catalog does not count)."""
    if not stripped.endswith("各"):
        return None
    words = stripped[:-1]
    items = _LIST_ITEM_SPLIT_RE.split(words[_phrase_start(words, 0, len(words)) :])
    if len(items) != 2:
        return None
    terms = [_plain_term(item, ctx) for item in items]
    read = [t for t in terms if t is not None]
    return read[0] if len(read) == 1 and terms[0] is not None else None


def _bare_after_each(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """各有 right before the figure, nothing that names what it counts between them, nor
    between the places and 各有 (江北区、九龙坡区律所党组织各有40个: its own term)."""
    text = ctx.text
    k = text.rfind("各有", st.start, fig.number.start)
    listed = _last_place_list(st.start, k, ctx)
    if listed and suffix_term(text[listed[-1][1] : k], ctx.catalog) is not None:
        return False
    return not strip_before(text[k + 2 : fig.number.start], ctx.catalog)[0].strip()


# 从2015年的386个、2017年的|542个增加到…: dated levels listed as a change's start
# 2015年底的 · 6月底的 (a month of the text's year): a level's date, before it
_DATED_LEVEL = r"(?:(?:19|20)\d{2}年(?:底|末)?|(?<![\d年])\d{1,2}月(?:底|末))的?"
_DATED_LEVELS_FROM_RE = re.compile(
    rf"[从由](?:{_DATED_LEVEL}(?:\d[\d.,]*|[{CHINESE_DIGITS}]+)万?[余多]?[家个名人户%]、)+{_DATED_LEVEL}$"
)
_DATED_LEVEL_LISTED_RE = re.compile(rf"、{_DATED_LEVEL}")


def _next_level_compared(prev: Figure, fig: Figure, ctx: Context) -> bool:
    """比3月底的81.2%、6月底的87.6%: the next dated level of a list compared with."""
    return (
        prev.rule == "compared_with"
        and _DATED_LEVEL_LISTED_RE.fullmatch(ctx.text, prev.tail_end, fig.number.start) is not None
    )


def _first_listed_before(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """分别由2012年底的86个、19个增加到2015年底的173个、47个: the figure a change's first
    new level (173) continues is the first of the list 分别 heads (86), not the one right
    before it."""
    respective = _respective(fig.number.start, st, ctx)
    if respective is None:
        return None
    k = respective[0]
    if any(c in ctx.text[k : fig.number.start] for c in "，,；;"):
        return None  # (…分别有9个、7个，党员由300名增加到…: a change of its own)
    listed = [f for f in st.counts if k < f.number.start < fig.number.start]
    return listed[0] if len(listed) >= 2 else None


# 党组织156个（单独17个、联合139个） · 其中单独17个、联合139个: how a part was set up
# names it when the total counts organizations
MANNER_PARTS = {
    "单独": "standalone_branches",
    "独立": "standalone_branches",
    "联合": "joint_branches",
}


def _count_before_aside(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """The count right before the parenthesis ``fig`` stands in (党组织156个（单独17个…）)."""
    aside = _aside_open(ctx.text, fig.number.start, st.start)
    return _count_opening(aside, st) if aside >= 0 else None


def _count_opening(aside: int, st: SentenceState) -> Figure | None:
    """The count whose tail the parenthesis at ``aside`` opens right after, if any."""
    return next((f for f in st.counts if f.number.end <= aside <= f.tail_end + 1), None)


def _part_by_manner(fig: Figure, stripped: str, st: SentenceState, ctx: Context) -> bool:
    """A part of an organization total named by its manner alone (单独, 联合)."""
    metric = MANNER_PARTS.get(_without_qizhong(stripped))
    if metric is None or fig.classifier != "个":
        return False
    total = _count_before_aside(fig, st, ctx) or _total_before_qizhong(fig, st, ctx)
    if total is None or total.metric not in ("party_organizations", "party_branches"):
        return False
    fig.metric, fig.sector, fig.place, fig.rule = (
        metric,
        total.sector,
        total.place,
        "part_by_manner",
    )
    return True


def _phrase_start(text: str, floor: int, end: int) -> int:
    """Where the phrase ending at ``end`` starts: after the last comma, semicolon, colon or
    dash (not 、, which joins the items of a list), not before ``floor``."""
    dash = text.rfind("——", floor, end)
    return max(
        floor, dash + 2 if dash >= 0 else 0, *(text.rfind(c, floor, end) + 1 for c in "，,；;：:")
    )


def _respective_to_sectors(fig: Figure, prev: Figure, st: SentenceState, ctx: Context) -> bool:
    """``fig`` follows ``prev`` after 分别 and a list of sectors: it is the next sector's
    figure of the same metric (律师、会计、公证行业分别建立党组织98个、27个、19个)."""
    respective = _respective(fig.number.start, st, ctx)
    if respective is None or prev.number.start < respective[0]:
        return False
    k = respective[0]
    lo = _phrase_start(ctx.text, st.start, k)
    cues = ctx.vocab.sector_re
    # 非公企业1563家、社会组织218家，分别… · 非公企业党组织1.26万个、社会组织党组织3400余个，
    # 党员分别为…: the clause before lists them
    if (lo == k or not cues.search(ctx.text, lo, k)) and lo > st.start:
        k, lo = _list_paired_before(lo, st, ctx)
    if not all(cues.search(item) for item in _LIST_ITEM_SPLIT_RE.split(ctx.text[lo:k])):
        return False  # every item listed names a sector, or the figures cannot be paired
    sector = _respectively_sector(fig, st, ctx)
    # (注册会计师、资产评估、税务师行业党组织分别为486个、173个、229个: two trades of sector
    # other, each its own item)
    if sector is None or sector == prev.sector and sector != "other":
        return False
    fig.sector = sector
    return True


def _list_paired_before(lo: int, st: SentenceState, ctx: Context) -> tuple[int, int]:
    """End and start of the list the clause before ``lo`` gives: the words before its 分别
    (会计师事务所、税务师事务所分别有134家、162家，分别建立党组织57个、49个: the list the
    first 分别 paired), and past a 分别 clause that names no sector, the list before it
    (…覆盖率分别达到35.6%和71.2%，较上年分别提高3.1个和5.4个百分点；党员人数分别为…)."""
    text = ctx.text
    k = lo - 1
    lo = _phrase_start(text, st.start, k)
    paired_before = text.rfind("分别", lo, k)
    if paired_before < 0:
        # (律师事务所和公证处分别有执业律师1264名和公证员47名，其中党员分别为…: the 分别
        # before the counts listed, in the clause before)
        paired_before = text.rfind("分别", max(st.start, _group_start(lo, st, ctx)), lo)
        if paired_before < 0:
            return k, lo
        lo = _phrase_start(text, st.start, paired_before)
    if lo > st.start and not ctx.vocab.sector_re.search(text, lo, paired_before):
        return _list_paired_before(lo, st, ctx)
    return paired_before, lo


# 14家律所都建了党组织吗？: a yes-no question about what the figure counts, in its clause
_ASKED_OF_IT_RE = re.compile(r"[^，,；;。！？!?\n]*[吗么][？?]")


def _level_after_change(fig: Figure, change: Figure, st: SentenceState, ctx: Context) -> bool:
    """执业律师净增512人，达到6931人: the level reached is of what the change was said of
    (the change's clause without its change word: 执业律师, 全市律师事务所)."""
    cat = ctx.catalog
    clause = _clause_before(change, st, ctx)
    cue = next((c for c in cat.not_observation["growth"] if c in clause), None)
    if cue is None:
        return False
    said_of = strip_before(clause.replace(cue, "", 1), cat)[0]
    term = _plain_term(said_of, ctx)
    if term is None:
        return False
    fig.rule = "level_after_change"
    group = cat.classifier_group(fig.classifier or "")
    _accept(fig, term, term.metric, said_of[: -len(term.term)], ctx, st, group)
    return fig.metric is not None


def _without_qizhong(words: str) -> str:
    """The words without 其中 and the marks around it (其中中山区 -> 中山区, not 山区)."""
    return words.strip(" ，,、").removeprefix("其中").strip(" ，,、")


def _part_by_place(start: int, end: int, ctx: Context) -> bool:
    """A place, or the writer's own (我省), named between ``start`` and ``end``."""
    own = any(
        ctx.text.find(w, start, end) >= 0 for lv, w in ctx.vocab.own_scope_words if lv != "national"
    )
    return own or bool(ctx.places_in(start, end))


def _own_place_within(word: str, outer: Place, ctx: Context) -> Place | None:
    """我省 · 本市 · 我县: the text's own place of that level, when it lies in ``outer`` (the
    nation, or the province or city a figure before was of)."""
    level = next(
        (lv for lv, w in ctx.vocab.own_scope_words if w == word and lv != "national"), None
    )
    own = ctx.level_places.get(level) if level else None
    if own is None or own == outer:
        return None
    return own if outer.level is Level.NATIONAL or _lies_in(own, outer) else None


def _place_only(stripped: str, prev: Figure, ctx: Context) -> Place | None:
    """``鼓楼区`` or ``邳州`` alone before a figure, listed as a part of the figure before."""
    if prev.place is None:
        return None
    name = _without_qizhong(stripped)
    if not name:
        return None
    if name.startswith(FIRST_PERSON):
        return _own_place_within(name, prev.place, ctx)  # 全国…，其中我省…: the writer's own
    found = ctx.gaz.find(name)
    lead = next((w for w in INCLUDING_LEADS if name.startswith(w)), "")
    if lead and not (found and found[0][:2] == (0, len(name))):
        # (公证机构98家（含宁波市11家、…）: the aside's part, after 含; not 含山县)
        name = name.removeprefix(lead)
        found = ctx.gaz.find(name)
    if found and found[0][0] == 0 and found[0][1] == len(name):
        place = choose(found[0][2], prev.place)
        outside = (
            prev.place.level is Level.PREFECTURE
            and place.level is Level.COUNTY
            and place.prefecture_code != prev.place.prefecture_code
        )
        return None if outside else place  # 徐州…其中，城区110家: not 阳泉市城区
    if prev.place.level is Level.PREFECTURE:
        county = ctx.gaz.county_in(name, prev.place)
        if county is not None and len(name) <= len(county.name):
            return county
        if name in ZONES:  # 鼓楼区13家、…、开发区11家: the city's development zone
            return with_zone(prev.place, name, 0)
    return None


def _places_each_set_up_one(fig: Figure, ctx: Context) -> bool:
    """16市全部成立律师行业党委: places counted without 个, each setting up its committee
    (in digits: 江阴、宜兴两市均已成立… names its places, a list's count)."""
    text = ctx.text
    digits = fig.number.form is Form.ARABIC
    return (
        digits
        and text.startswith(PLACE_KINDS, fig.tail_end)
        and bool(ctx.vocab.each_place_committee_re.match(text, fig.tail_end))
    )


SECTOR_WIDE_COMMITTEE = "综合党委"  # the catalog's term for a sector's committee over its units


def _each_place_set_up_one(fig: Figure, ctx: Context) -> Term | None:
    """21个地级以上市均成立了市级律师行业党委 · 13个区、县（市）均已成立…: places counted, each
    of which set up one industry committee; the committee's term, else None."""
    if fig.classifier != "个":
        return None
    found = ctx.vocab.each_place_committee_re.match(ctx.text, fig.tail_end)
    if found is None:
        return None
    committee = found["committee"]
    if committee == "党委":
        committee = (found["body"] or "") + committee  # 律师协会|党委: the association's
    term = suffix_term(committee, ctx.catalog)
    if term is not None and term.metric == "party_committees":
        # (区级社会组织党委: the sector's committee over its units)
        sector = _named_sector(committee, ctx)
        wide = suffix_term(SECTOR_WIDE_COMMITTEE, ctx.catalog)
        term = replace(wide, sector=sector) if sector and wide else term
    return term if term is not None and term.metric == "industry_party_committees" else None


# 在前海执业的香港律师超过60名: lawyers of Hong Kong, Macao, Taiwan or abroad, no place's own
_FROM_OUTSIDE_RE = re.compile(r"(?:香港|澳门|港澳|台湾|港澳台|外籍|外国|境外)(?:籍)?$")
# 乡镇法律服务所611家、街道法律服务所209家: a term naming where its units stand, beside the
# same units standing elsewhere, is one kind of a breakdown (alone it is all of them)
COUNTERPART_KINDS = (("乡镇", "街道"),)


def _one_kind_beside_its_counterpart(term: Term, st: SentenceState, ctx: Context) -> bool:
    for first, second in COUNTERPART_KINDS:
        for kind, other in ((first, second), (second, first)):
            if term.term.startswith(kind) and len(term.term) > len(kind):
                counterpart = other + term.term[len(kind) :]
                return ctx.text.find(counterpart, st.start, st.end) >= 0
    return False


def _accept(
    fig: Figure,
    term: Term,
    metric: str,
    prefix: str,
    ctx: Context,
    st: SentenceState,
    group: str | None,
) -> None:
    cat = ctx.catalog
    # (快递企业326家: a sector's cue before 企业 says whose they are)
    # (14个省级以上开发区共有入驻企业1.12万家: the zones' firms, of every kind: other)
    if (
        term.covered_only
        and metric == term.metric
        and _named_sector(prefix, ctx) is None
        and _zone_scene_sector(fig, term, prefix, st, ctx) is None
    ):
        fig.note = f"{term.term} alone: every kind, not the sector's"  # 其中企业37.8万户
        return
    if term.needs == "people" and _FROM_OUTSIDE_RE.search(prefix):
        fig.note = f"{SUBTYPE_NOTE}people from outside the mainland (香港律师)"
        return
    if term.sector == "social_org" and _REGISTERED_AT_A_LEVEL_RE.search(prefix):
        fig.note = f"{_REGISTERED_AT_A_LEVEL} (市级登记的412家社会组织)"  # not all the place's
        return
    if metric in _FIRM_OUTCOMES and _outcome_of_a_kind_left_out(fig, prefix, st, ctx):
        fig.note = f"{FIRMS_OF_A_SUBTYPE} (规模以上非公企业2316家，已建立党组织2273家)"
        return
    if _one_kind_beside_its_counterpart(term, st, ctx):
        fig.note = f"{SUBTYPE_NOTE}{term.term} beside its counterpart"  # (乡镇…、街道…)
        return
    if fig.titled and metric not in AWARD_METRICS:
        if metric not in AWARDED:
            fig.note = "a quoted title of something not awarded"
            return
        metric = AWARDED[metric]  # 命名“五星级”社会组织党组织20个: organizations awarded
    among_awarded = vocabulary(cat).among_awarded_re.search(ctx.text, st.start, fig.number.start)
    if among_awarded and metric not in AWARD_METRICS:
        # 党中央表彰的全国先进基层党组织中，有非公企业和社会组织党组织98个: of those awarded
        if metric not in AWARDED:
            fig.note = "among those awarded, of another kind"  # 受表彰的…中，律师15名
            return
        metric = AWARDED[metric]
    total = _total_before_qizhong(fig, st, ctx)
    own_sector = term.sector or _named_sector(prefix, ctx)
    if (
        total is not None
        and total.metric in AWARD_METRICS
        and AWARDED.get(metric) == total.metric
        and own_sector is not None
        and own_sector != total.sector
    ):
        # 表彰…先进基层党组织15个，其中非公企业党组织9个、社会组织党组织6个: those awarded,
        # by sector
        metric, fig.titled = total.metric, True
    sector_part = False  # (the total's metric, by sector: its classifier, not the term's)
    if (
        metric == "firms"
        and total is not None
        and total.metric in _TOTAL_METRICS
        and cat.classifier_group(total.classifier or "") == group
        # (党组织512个；其中非公有制企业1187家: firms in 家 are no part of organizations in 个)
        and (total.metric not in _ORG_METRICS or total.classifier == fig.classifier)
        and term.sector is not None
        and term.sector != total.sector
        and not _without_qizhong(prefix)
    ):
        # 评选先进党组织10个，其中非公企业7个 · 建立党组织的两新组织1380家，其中非公企业1262家 ·
        # 两新组织党员15.8万名，其中非公企业12.1万名: the total's kind, by sector
        metric, sector_part = total.metric, True
        fig.titled = fig.titled or total.titled
    # 其中非公有制企业1187家，建立党组织431个: what the firms just counted set up
    set_up_by = _set_up_by_the_firms_before(fig, metric, st, ctx) if term.sector is None else None
    # (…；其中非公有制企业1187家，建立党组织431个: the total's part of that sector)
    part_sector = own_sector or set_up_by
    prev = st.last_count
    if part_sector is None and prev is not None and prev.metric and prev is not total:
        # 其中民营企业党组织978个、党员8200余名: the next item of the sector's own list
        listed = ctx.text[prev.tail_end : fig.number.start].startswith("、")
        part_sector = (
            prev.sector if listed and total is not None and prev.sector != total.sector else None
        )
    including = None if total else _count_including(fig, st, ctx)
    whole = including[0] if including else total
    parts_from = including[1] if including else _parts_opener(ctx, 0, fig.number.start)
    if (
        whole is not None
        # 已建立党组织的商会291家；其中省级商会68家: a kind of the firms covered, too
        and (whole.metric == metric or metric == "firms" and whole.metric in _FIRM_OUTCOMES)
        and whole.sector == (part_sector or whole.sector)
        # 其中，凤台县仅有律师15人，律师事务所4家 · 全国…，其中我省…律师事务所1032家: a part
        # by place, not a kind
        and not _part_by_place(parts_from, fig.number.start, ctx)
        and not _practitioners_among_members(term, whole, st, ctx)
        and not _the_whole_dated_again(parts_from, fig, term, ctx)
    ):
        # 其中联合党支部…: a kind; 其中非公企业党组织1530个、社会组织党组织345个: sectors
        fig.note = KIND_UNDER_QIZHONG.format(metric)
        return
    if (
        group != term.needs
        and not sector_part
        and not (metric.startswith("firms") and group == "units")
        and not _people_counted_by_ge(term, fig, ctx)
    ):
        fig.note = f"classifier {fig.classifier} does not count {term.term}"
        return
    # (培训党组织书记和党务工作者380人；年底前评选表彰…: an award in another part of the
    # sentence awards none of these)
    if term.award and not _awarding(ctx.text[st.start : _group_end(fig.tail_end, st, ctx)], cat):
        fig.note = f"{term.term} outside an award"
        return
    every_kind = prefix.endswith("企业") and _named_sector(prefix, ctx) is None
    if every_kind and term.term != "企业" and ctx.title_sector is None:
        # 全市企业党组织3260个: enterprises of every kind, state-owned ones too (in a text
        # about non-public ones, 示范企业党组织 are theirs)
        fig.note = "企业 alone: every kind of enterprise, no sector"
        return
    if _the_places_whole_party(fig, term, st, ctx):
        fig.note = WHOLE_PARTY_MEMBERS
        return
    if _beside_the_whole_party(fig, term, st, ctx):
        fig.note = "the place's Party organizations as a whole, beside its members"
        return
    fig.metric = metric
    opening = _list_opening(fig, st, ctx)
    owner = _owner_words(prefix, ctx)
    fig.sector = (
        # 全年共举办律师、会计、公证行业党务干部培训班3期: trades listed under one 行业, together
        _trades_listed_together(fig, st, ctx)
        # 三、非公企业。…该领域共有党员1530名: the sector the words point back to
        or (_sector_pointed_back(fig, st, ctx) if term.sector is None else None)
        # 非公企业3.4万户、社会组织2680个，分别建立党组织1876个、932个: the n-th sector
        or (_respectively_sector(fig, st, ctx) if term.sector is None else None)
        # 非公企业党组织392个（单独组建287个、联合组建105个）: the parts of the count outside
        # (（其中非公企业党组织981个、…）: a part that names its own sector)
        or (
            _aside_owner_sector(fig, st, ctx)
            if term.sector is None and _named_sector(prefix, ctx) is None
            else None
        )
        or set_up_by
        # (在商务楼宇和城市社区确定了8个社会组织党建示范点: where a sector's were set up)
        or (
            None
            if term.sector
            and (ctx.vocab.set_up_at_re.search(prefix) or _a_part_of_trades_together(owner, ctx))
            else _other_sector(owner, ctx)
            or _framed_sector(fig, term, owner, st, ctx)
            or _zone_scene_sector(fig, term, owner, st, ctx)
        )
        # 非公企业和社会组织4900余家: both (not 4600余名律师和|1900余名公证员: a list of counts)
        or (None if _COUNTED_ITEM_RE.search(prefix) else _sectors_together(owner + term.term, ctx))
        # (…，联合党支部覆盖企业745家 after 园区企业党支部189个: the zones' firms)
        or (_zone_firms_before(fig, st, ctx) if term.term == GENERIC_FIRMS else None)
        or term.sector
        or _named_sector(prefix, ctx)  # 其中非公企业党组织1530个: the part names its own
        # 其中律师行业单独组建党支部71个、联合党支部27个: the list's opening names it
        # (表彰非公企业和社会组织先进党组织42个、优秀共产党员65名: both, other)
        or _sectors_together(opening, ctx)
        or _named_sector(opening, ctx)
        # (其中，在非公企业中建立党委11个: the part's sector, named in its clause)
        or (_named_sector(_clause_before(fig, st, ctx), ctx) if total is not None else None)
        # 全行业共建立党组织436个，其中党委11个: a part is of its published total's sector
        # (资产评估师1103名，其中党员412名，…会计师事务所…: not a cue after it)
        or (total.sector if total is not None and total.metric else None)
        # 2022年，区委两新工委新建…；全年举办两期…培训班: the body that held or gave it
        or (
            _organizer_sector(fig, st, ctx)
            if cat.metrics[metric].get("kind") == "activity"
            else None
        )
        # 在这些党支部中，单独组建的党支部3.9万个…，全省社会组织党组织…: the parts of a total
        # the sentence before counted, in its sector (not one named after them)
        or (
            _paragraph_sector(st.start, ctx)
            if _PARTS_OF_THE_TOTAL_BEFORE_RE.match(ctx.text, st.start)
            and _named_sector(ctx.text[st.start : fig.number.start], ctx) is None
            else None
        )
        or _sector_near(fig.number.start, ctx)  # (the prefix was asked above)
        or (_paragraph_sector(fig.number.start, ctx) if term.sector_in_paragraph else None)
        # …非公企业…党支部15200个。党支部中，单独组建的9860个: the parts of a total the
        # sentence before counted, in its sector
        or (
            _paragraph_sector(fig.number.start, ctx)
            if _PARTS_OF_THE_TOTAL_BEFORE_RE.match(ctx.text, st.start)
            else None
        )
    )
    if fig.sector is None and _the_whole_party(fig, st, ctx):
        fig.note = "the nation's Party as a whole: no sector named"
        fig.metric = None  # 党的一大召开时，全国只有50多名党员 (in a text about lawyers)
        return
    # 2016年，这一数字达到402个，党员4100余名: the sector of the figure read before it
    fig.sector = (
        fig.sector
        or next((f.sector for f in reversed(st.counts) if f.metric and f.sector), None)
        or _sector_of_the_cut_line_before(st, ctx)
        or ctx.title_sector
    )
    if fig.sector is None:
        fig.note = "no sector named near the figure"
        fig.metric = None


def _aside_owner_sector(fig: Figure, st: SentenceState, ctx: Context) -> str | None:
    """The sector of the count whose parts an aside or a 含-list gives (社会组织党组织611个，
    含党委9个、党总支14个…)."""
    owner = _count_before_aside(fig, st, ctx) or _count_before_including(fig, st, ctx)
    return owner.sector if owner is not None and owner.metric in _ORG_METRICS else None


def _count_before_including(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """The count a 含-list after it breaks down, when ``fig`` is an item of that list."""
    for f in reversed(st.counts):
        between = ctx.text[f.tail_end : fig.number.start]
        if f.metric in _ORG_METRICS and _INCLUDING_RE.match(between):
            return f
        if not _LIST_ITEMS_RE.fullmatch(between):
            return None
    return None


_INCLUDING_RE = re.compile(r"[，,]?(?:含|包括|其中含)[^，,；;。]*$")
_LIST_ITEMS_RE = re.compile(r"[^，,；;。]*")


def _set_up_by_the_firms_before(
    fig: Figure, metric: str | None, st: SentenceState, ctx: Context
) -> str | None:
    """The sector of the firms counted right before, when the words since only say they
    set up what this figure counts (…非公有制企业1187家，建立党组织431个: theirs)."""
    prev = st.last_count
    if prev is None or prev.metric != "firms" or metric not in _ORG_METRICS:
        return None
    between = ctx.text[prev.tail_end : fig.number.start]
    if any(c in between for c in "；;。") or ctx.vocab.sector_re.search(between):
        return None
    return prev.sector if ctx.vocab.establishing_re.search(between + "党组织") else None


BARE_MEMBERS = ("党员", "中共党员", "共产党员")


def _the_places_whole_party(fig: Figure, term: Term, st: SentenceState, ctx: Context) -> bool:
    """全市共有中共党员41.7万名 · 全区现有党员5.8万名 · 全市27.6万名党员, in a sentence that names
    no sector: all the Party members of the place, whatever the paragraph is about."""
    text, vocab = ctx.text, ctx.vocab
    start = _clause_start(text, fig.number.start, st.start)
    end = _clause_end(text, fig.tail_end, st.end)
    if term.term not in BARE_MEMBERS or vocab.sector_re.search(text, start, end):
        return False  # (全市律师行业共有党员420名: the sector's)
    clause = text[start:end]
    if any(t.metric in ("firms", "practitioners") and t.term in clause for t in vocab.by_length):
        return False  # (全市法律服务工作者中共有党员近500名: theirs)
    if "行业党员" in clause:
        return False  # (而在2008年，全省行业党员仅有1100余名: the trade's the text is about)
    return vocab.scope_re.search(text, start, fig.number.start) is not None


WHOLE_PARTY_MEMBERS = "the place's Party members as a whole, no sector"


def _beside_the_whole_party(fig: Figure, term: Term, st: SentenceState, ctx: Context) -> bool:
    """全市现有党员31.2万名、基层党组织1.36万个: organizations listed right after the whole
    Party's members of the place, in a clause that names no sector, are its whole Party's."""
    prev = st.last_count
    if prev is None or prev.note != WHOLE_PARTY_MEMBERS or term.metric not in _ORG_METRICS:
        return False
    text, sector_re = ctx.text, ctx.vocab.sector_re
    joined = text[prev.tail_end : fig.number.start]  # 、基层党组织
    after = text[fig.tail_end : _clause_end(text, fig.tail_end, st.end)]
    return len(joined) <= JOINED_ITEM_MAX and not sector_re.search(joined + after)


# characters from a count to the next count of its list: 、基层党组织 (31.2万名、基层党组织1.36万个)
JOINED_ITEM_MAX = 10


def _the_whole_party(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """A count of the nation's Party members or organizations that names no sector, or one
    of a time long past (新中国成立时，党员人数发展到448.8万名)."""
    before = ctx.text[st.start : fig.number.start]
    national = any(w in before for w in ctx.catalog.scope_words["national"])
    return national or _of_the_undated_past(st.start, fig.number.start, ctx)


# Where a list of parts opens: 其中 · an aside after the total, 党组织118个（含党总支2个…）
INCLUDING_LEADS = ("含", "包括")
PARTS_ASIDE_RE = re.compile(rf"[（(](?:其中|{'|'.join(INCLUDING_LEADS)})")
PARTS_OPENER_RE = re.compile(rf"其中|{PARTS_ASIDE_RE.pattern}")
_INCLUDING_CLAUSE_RE = re.compile(r"[，,]包括")


def _count_including(fig: Figure, st: SentenceState, ctx: Context) -> tuple[Figure, int] | None:
    """全县共有商会42家，包括镇（街道）商会18家、行业商会15家: the count right before a clause
    of 包括, whose parts the clause lists, and where the clause opens."""
    opener = last_match(_INCLUDING_CLAUSE_RE, ctx.text, st.start, fig.number.start)
    counts = [f for f in _levels(st, ctx) if opener and f.number.start < opener.start()]
    if opener is None or not counts or ctx.text[counts[-1].tail_end : opener.start()].strip():
        return None
    return counts[-1], opener.start()


# 1200家（含…） · 党组织118个（: a count right before an aside, which may list its parts
_COUNT_BEFORE_ASIDE_RE = re.compile(
    r"(?:\d|[一二两三四五六七八九十百千万])[余多]?[^\d，,；;。（(]{0,2}$"
)


def _parts_opener(ctx: Context, start: int, end: int) -> int:
    """Offset of the last opening of a list of parts in text[start:end], else -1 (not an
    aside closed after a term, 社会组织（含行业协会商会）不足1200家: what the term takes in)."""
    text = ctx.text
    opener = last_match(PARTS_OPENER_RE, text, start, end)
    while (
        opener is not None
        and text[opener.start()] in "（("
        and _aside_open(text, end, opener.start()) < 0
        and not _COUNT_BEFORE_ASIDE_RE.search(text, max(start, opener.start() - 8), opener.start())
    ):
        opener = last_match(PARTS_OPENER_RE, text, start, opener.start())
    k = opener.start() if opener else -1
    if k >= 0 and ctx.vocab.new_whole_re.search(ctx.text, k, end):
        # 其中规模以上企业312家；全市共有社会组织1184家 · 其中…的企业412家；登记注册的社会
        # 组织409个: a new whole after ；
        return -1
    return k


def _lists_parts(aside: int, st: SentenceState, ctx: Context) -> bool:
    """An aside that lists parts: opened by 含/其中/包括, or right after a count."""
    if PARTS_ASIDE_RE.match(ctx.text, aside):
        return True
    return any(f.number.end <= aside <= f.tail_end for f in st.counts)  # its tail took it


def _aside_open(text: str, pos: int, floor: int) -> int:
    """Offset of the parenthesis ``pos`` stands inside (opened after ``floor``), else -1."""
    k = max(text.rfind("（", floor, pos), text.rfind("(", floor, pos))
    if k < 0 or text.find("）", k, pos) >= 0 or text.find(")", k, pos) >= 0:
        return -1
    return k


def _practitioners_among_members(
    part: Term, total: Figure, st: SentenceState, ctx: Context
) -> bool:
    """全行业有党员1563名，其中党员公证员702名: the members among the practitioners, the
    catalog's party_members, under all the sector's members (staff too): both published."""
    members = _noun_phrase_before(total, st, ctx).endswith("党员")
    return part.metric == total.metric == "party_members" and part.sector is not None and members


_ORGANIZED_RE = re.compile("组织|选派|安排|举办")
_LIMIT_RE = re.compile(
    r"(?:最多|至多|最少|不超过|不少于)(?:可|能)?(?:覆盖|吸纳|联系|包含|有|为)?\s*$"
)
_WORKING_IN_RE = re.compile(
    r"(?:全国|全省|全市|全区|全县)?在(.{2,12}?)(?:中|里|内)?(?:工作|就业|从业)"
)


def _without_place_names(words: str, ctx: Context) -> str:
    """``words`` with the places they name taken out (九龙坡区 · 十堰市 hold numerals)."""
    for start, end, _ in reversed(ctx.gaz.find(words)):
        words = words[:start] + words[end:]
    return words


def _joined_then_attended(predicate: str, cat: Catalog) -> bool:
    """及公证辅助人员参加 · 和部分企业负责人出席了会议: others joined to those counted, then
    the attendance the clause says of them all."""
    attended = "|".join(cat.not_observation["attended"])
    return (
        re.search(rf"^[^，,；;。\d]{{1,16}}?(?:{attended})了?[^，,；;。\d]{{0,6}}$", predicate)
        is not None
    )


def _trains_the_public(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """开展“法律明白人”培训36场 · 培训人民调解员4期: the words since the last comma or figure
    (quotes and all: the prefix has none) name people the sector serves as the trainees."""
    text, k = ctx.text, fig.number.start
    while k > st.start and not (text[k - 1].isdigit() or text[k - 1] in "，,；;"):
        k -= 1
    words = text[k : fig.number.start]
    return any(w in words for w in ctx.catalog.not_observation["public_trainees"])


def _only_attended(words: str, cat: Catalog) -> bool:
    """周立新先后参加…培训班: sessions someone went to (not 组织党员律师参加…培训班2期:
    sessions a body sent its people to)."""
    at = min((k for w in cat.not_observation["attended"] if (k := words.find(w)) >= 0), default=-1)
    # (支部书记参加市律协组织的…培训班1期: who organized it, after the attending)
    return at >= 0 and _ORGANIZED_RE.search(words, 0, at) is None


def _described(words: str, cat: Catalog) -> bool:
    """The words end in a term whose words before describe it (培训班, 集中培训)."""
    term = suffix_term(strip_before(words, cat)[0], cat)
    return term is not None and term.described


def _a_kind_of_organizations(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """园区共有党组织486个，其中综合党委11个: a committee listed as a kind of the Party
    organizations counted, one of them (not a sector-wide committee over them)."""
    if not ctx.text.endswith("综合党委", 0, fig.number.start):
        return False  # (…其中…；14个市州均成立了律师行业党委: sector-wide ones after the list)
    if (
        _parts_opener(ctx, max(st.start, _group_start(fig.number.start, st, ctx)), fig.number.start)
        < 0
    ):
        return False
    total = _total_before_qizhong(fig, st, ctx)
    return total is not None and total.metric == "party_organizations"


def _total_before_qizhong(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """The total that a 其中-list breaks down (全市现有律所144家，其中，…)."""
    k = _parts_opener(ctx, st.start, fig.number.start)
    totals = [f for f in _levels(st, ctx) if f.number.start < k and f is not fig]
    return totals[-1] if k >= 0 and totals else None


def _one_of_the_places_together(
    stripped: str, total: Figure, st: SentenceState, ctx: Context
) -> Place | None:
    """三省共有律师事务所5620家…，其中江苏2403家: a place the gazetteer knows by that name
    alone, as a part of a count of places all together."""
    if total.place is not None or _places_together(total.number.start, st, ctx) is None:
        return None
    name = _without_qizhong(stripped)
    found = ctx.gaz.find(name) if name else []
    if len(found) != 1 or found[0][:2] != (0, len(name)) or len(found[0][2]) != 1:
        return None  # (鼓楼区: several places of that name; none of them is sure)
    return found[0][2][0]


def _its_places_other_kind(fig: Figure, prev: Figure | None, ctx: Context) -> Place | None:
    """其中江苏2403家、2.9万余人: the place of the part right before, when this count, joined
    to it by 、 alone, counts another kind (its classifier)."""
    if prev is None or prev.rule != "part_by_place" or prev.place is None:
        return None
    cat = ctx.catalog
    if cat.classifier_group(prev.classifier or "") == cat.classifier_group(fig.classifier or ""):
        return None  # 其中南京市2403家、1200家: no second place named, no part of it
    return prev.place if ctx.text[prev.tail_end : fig.number.start] == "、" else None


def _listed_total_of_its_kind(
    last: Figure, group: str | None, st: SentenceState, ctx: Context
) -> Figure | None:
    """律师事务所5620家、执业律师6.8万余人，其中江苏2403家、2.9万余人: of the totals listed
    together before 其中 (no clause between them), the one counting the part's kind, when
    only one does."""
    cat = ctx.catalog
    # (…律所63家，律师210余人。其中，北流市14家、46人: a sentence of 其中 breaks down the
    # sentence before, its totals listed clause by clause)
    opens = last.number.start < st.start and PARTS_OPENER_RE.match(ctx.text, st.start)
    stop = _SENTENCE_STOP_RE if opens else _CLAUSE_STOP_RE
    listed = _totals_listed(last, st, ctx, stop)
    kind = [f for f in listed if cat.classifier_group(f.classifier or "") == group]
    return kind[0] if len(kind) == 1 else None


def _totals_listed(
    last: Figure, st: SentenceState, ctx: Context, stop: re.Pattern[str]
) -> list[Figure]:
    """The levels listed up to ``last``, in the text's order, back to the first ``stop``
    between two of them."""
    listed = [last]
    for f in reversed(_levels(st, ctx)):
        if f.number.start >= last.number.start:
            continue
        if stop.search(ctx.text, f.tail_end, listed[-1].number.start):
            break
        listed.append(f)
    return listed[::-1]


# 其中长沙市分别为8460个、1785个: a place, then its figures for each total listed
_PLACE_THEN_EACH_RE = re.compile(r"([^，,；;。、\d]{2,12}?)分别(?:为|是|有|达到|达)?")
_SENTENCE_PART_STOP_RE = re.compile(r"[；;。]|其中")


def _a_places_respective_part(
    fig: Figure, total: Figure, st: SentenceState, ctx: Context
) -> tuple[Figure, Place] | None:
    """…三市共登记社会组织1.52万个，建立党组织3120个，其中长沙市分别为8460个、1785个: the
    place before 分别 and the total its n-th figure pairs with, the totals listed before 其中
    (in one clause or several)."""
    text = ctx.text
    start = _phrase_start(text, st.start, fig.number.start)
    opening = _PLACE_THEN_EACH_RE.match(text, start)
    if opening is None or _CLAUSE_STOP_RE.search(text, opening.end(), fig.number.start):
        return None
    name = opening[1]
    place = _place_only(name, total, ctx) or _one_of_the_places_together(name, total, st, ctx)
    listed = _totals_listed(total, st, ctx, _SENTENCE_PART_STOP_RE)
    n = sum(1 for f in st.counts if opening.end() <= f.number.start < fig.number.start)
    if place is None or len(listed) < 2 or n >= len(listed):
        return None
    cat = ctx.catalog
    source = listed[n]
    same_kind = cat.classifier_group(source.classifier or "") == cat.classifier_group(
        fig.classifier or ""
    )
    return (source, place) if source.metric and same_kind else None


def _levels(st: SentenceState, ctx: Context) -> list[Figure]:
    """The sentence's counts that state a level, not a change nor an aside: what a 其中 part
    or a share can be of (执业律师11953人，较上年增加846人，其中党员律师4127人: of 11953;
    执业律师216名（含公职律师47名），其中党员律师83名: of 216)."""
    return [
        f
        for f in st.counts
        if not f.note.startswith("change") and _aside_open(ctx.text, f.number.start, st.start) < 0
    ]


# 州非公有制经济组织和社会组织工委: a body named by the sectors it works for
_WORKING_BODY_RE = re.compile(r"[^，,；;。、]{0,24}?(?:党工委|工委)")


# 企业 alone names no sector (it counts state-owned ones too), but joined to one it is the
# enterprises beside it
_ENTERPRISES_JOINED_RE = re.compile(r"(?<![公营业网台])企业(?=[和与及、])|(?<=[和与及、])企业")


_EACH_AFTER_RE = re.compile(r"[^，,；;。\d]{0,4}?[各均]")


def _trades_listed_together(fig: Figure, st: SentenceState, ctx: Context) -> str | None:
    """Other, when the figure's clause lists trades of two sectors or more before one 行业
    (律师、会计、公证行业), or its sentence counts the trades listed before (三类机构), and no
    分别 pairs them with figures of their own."""
    text, pos = ctx.text, fig.number.start
    # 三类机构共建立党组织42个，覆盖机构56家: the trades listed before, counted, as the
    # subject of its sentence up to the figure (no sector named after it, no 分别)
    if (counted := last_match(_TRADES_COUNTED_RE, text, st.start, pos)) is not None:
        after = text[counted.end() : pos]
        if not _sectors_named(text, counted.end(), pos, ctx.catalog) and not re.search(
            "分别|各", after
        ):
            return MIXED_SECTORS
    begin = max(st.start - 1, *(text.rfind(mark, st.start, pos) for mark in "，,；;")) + 1
    clause = text[begin:pos]  # (up to its comma: the list's 、 ends no clause here)
    listed = _SEVERAL_TRADES_RE.search(clause)
    # (在律师、公证行业各评选出先进党组织5个: each trade's)
    if listed is None or "分别" in clause or _EACH_AFTER_RE.match(clause, listed.end()):
        return None
    named = set(_sectors_named(listed[0], 0, len(listed[0]), ctx.catalog))
    return MIXED_SECTORS if len(named) >= 2 else None


def _sectors_together(words: str, ctx: Context) -> str | None:
    """非公企业和社会组织共有党员…: a figure of two sectors at once is of neither ("other")
    (not the sectors a body acting is named by: …和社会组织工委联合举办非公企业…培训班)."""
    words = _WORKING_BODY_RE.sub("", words) if "工委" in words else words
    if "分别" in words:
        return None  # 律师事务所和公证处分别有执业律师1264名和公证员47名: each its own
    named = {sector for cue, sector in ctx.catalog.sector_cues if cue in words}
    if _ENTERPRISES_JOINED_RE.search(words):
        named.add("private_enterprise")  # 覆盖企业和社会组织1.26万家: 企业, joined to a sector
    return "other" if len(named) >= 2 and any(c in words for c in CONJUNCTIONS) else None


# a body that opens a sentence (after its date): 区委两新工委 · 市律协党委 · 省注协
_ORGANIZER_RE = re.compile(
    r"(?:(?:19|20)\d{2}年(?:以来|度)?|全年|去年|今年|近年来)?[，,]?"
    r"([^，,；;。\d]{1,12}?(?:工委|党委|党组|律协|注协|协会|工商联))"
)


def _organizer_sector(fig: Figure, st: SentenceState, ctx: Context) -> str | None:
    """The sector the body opening the sentence names (区委两新工委 -> other), whose
    training, awards or sites an activity figure after it is, when the figure's part of the
    sentence (up to a ；) names none besides the body (not …命名“红色社会组织”党建示范点8个:
    the sites' own sector)."""
    text = ctx.text
    body = _ORGANIZER_RE.match(text, st.start, st.end)
    if body is None:
        return None
    opens = max(body.end(), *(text.rfind(c, st.start, fig.number.start) + 1 for c in "；;"))
    ends = min([k for c in "；;" if (k := text.find(c, fig.number.end, st.end)) >= 0] or [st.end])
    if _named_sector(text[opens:ends], ctx) is not None:
        return None
    return _named_sector(body[1], ctx)


def _a_whole_sector(words: str, ctx: Context) -> bool:
    """True when ``words`` name a whole sector and no more (全市律师行业 · 非公企业领域): what
    it has is all of it, not the part a relative clause picks out (有党员的律所)."""
    head = words.removesuffix("行业").removesuffix("领域")
    if head == words:
        return False
    cue = next((cue for cue, _ in ctx.catalog.sector_cues if head.endswith(cue)), None)
    if cue is None:
        return False
    rest = head[: -len(cue)]
    return consume(rest, ctx) and not vocabulary(ctx.catalog).relevant.search(rest)


def _named_sector(words: str, ctx: Context) -> str | None:
    """The sector a cue in ``words`` names (非公企业党组织 -> private_enterprise; not the
    body's name, 两新组织工委表彰律师行业…: the body that acts, no sector of the figures)."""
    cues = ctx.catalog.sector_cues
    if "工委" in words and (acted := _WORKING_COMMITTEE_RE.sub("", words)) != words:
        # (the body's own sector, 区委两新工委, when the words name no other)
        found = next((sector for cue, sector in cues if cue in acted), None)
        if found is not None:
            return found
    return next((sector for cue, sector in cues if cue in words), None)


# 市委两新组织工委 · 非公企业党工委: a Party working committee named by the sectors it leads
_WORKING_COMMITTEE_RE = re.compile(r"[^，,；;。\d]{0,10}?(?:组织)?党?工委")


# 该领域 · 该行业 · 这一领域 · 本行业 · 全行业 · 行业内: the sector named before, pointed back to
_POINTING_BACK_RE = re.compile(r"(?:该|这一|这个|本)(?:领域|行业)|全行业|行业内")


def _sector_pointed_back(fig: Figure, st: SentenceState, ctx: Context) -> str | None:
    """The sector that 该领域 or 全行业 in the figure's clause points back to: the one its
    sentence opens with (全区中介服务行业共有党员986名，…，全行业党组织覆盖率达72.6%), else its
    paragraph (三、非公企业。… · 全区法律服务行业共有党员58名，其中党员律师…)."""
    text = ctx.text
    clause_from = _clause_start(text, fig.number.start, st.start)
    pointer = _POINTING_BACK_RE.search(
        text, _list_start(text, clause_from, st.start), fig.number.start
    )
    if pointer is None:
        return None
    opening = _sectors_named(text, st.start, pointer.start(), ctx.catalog)
    if opening:
        return opening[0]
    # (全行业共有党员436名，其中党员律师352名。行业内共建立党组织41个: a paragraph that opens
    # pointing back points to the trade the title names)
    paragraph = text.rfind("\n", 0, st.start) + 1
    if ctx.title_sector and _POINTING_BACK_RE.match(text, paragraph):
        return ctx.title_sector
    return _paragraph_sector(st.start, ctx, first=True)


def _a_part_of_trades_together(words: str, ctx: Context) -> bool:
    """法律服务行业有律师事务所8家: the words name only trades together (a term of its own
    sector after them is that trade's part)."""
    together = ctx.catalog.not_observation["trades_together"]
    cues = [m[0] for m in ctx.vocab.other_sector_re.finditer(words)]
    return bool(cues) and all(c in together for c in cues)


def _other_sector(words: str, ctx: Context) -> str | None:
    """园区非公企业党组织: parks and the like make a figure "other" whatever else it names
    (not a body named after them: 两新工委下辖非公有制企业党组织); so do zones counted or
    graded (14个省级以上开发区) and markets' Party organizations (市场党组织)."""
    vocab = ctx.vocab
    found = (
        vocab.other_sector_re.search(words)
        or vocab.zones_counted_re.search(words)
        or _MARKETS_PARTY_RE.search(words)
    )
    return "other" if found else None


# 市场党组织 · 市场党员 · 市场经营企业 (or 市场 ending the words before a term): the markets'
# (not 市场主体, 市场监管)
MARKETS_PARTY = "市场(?=党|经营|$)"
_MARKETS_PARTY_RE = re.compile(MARKETS_PARTY)


def _owner_words(prefix: str, ctx: Context) -> str:
    """在商务楼宇和专业市场组建|非公企业联合党支部: the words after where they were set up,
    when those name a sector, say whose they are; else all of them."""
    where = ctx.vocab.set_up_in_re.search(prefix) if "在" in prefix else None
    owner = prefix[where.end() :] if where else prefix
    return owner if where and _named_sector(owner, ctx) else prefix


def _framed_sector(
    fig: Figure, term: Term, owner: str, st: SentenceState, ctx: Context
) -> str | None:
    """全省快递、外卖、网约车等平台企业中，建立党组织的企业320家: firms of no sector of their own
    (企业) counted within a frame that names one, in the clause right before: the frame's."""
    if not term.covered_only or _named_sector(owner, ctx):
        return None
    at = _clause_start(ctx.text, fig.number.start, st.start)
    if at - 1 <= st.start or ctx.text[at - 2 : at] not in ("中，", "中,"):
        return None
    frame_from = _clause_start(ctx.text, at - 1, st.start)
    sectors = set(_sectors_named(ctx.text, frame_from, at - 2, ctx.catalog))
    return sectors.pop() if len(sectors) == 1 else None


def _zone_scene_sector(
    fig: Figure, term: Term, owner: str, st: SentenceState, ctx: Context
) -> str | None:
    """同期，在18栋重点商务楼宇和3个商圈中，单独组建党组织的企业47家 · 芜湖市14个省级以上开发区
    共有入驻企业1.12万家，已建立党组织的企业3560家: a clause of the sentence that opens with a
    place's parks, buildings or markets as a whole makes its enterprises' figures theirs, other
    (one named is a unit: _of_a_sub_county_unit; a sector's own term keeps its sector)."""
    # (全区非公企业联合党支部已达217个 · ；同期，全市非公有制企业23.8万户: the sector named,
    # the place's; only 企业 alone, or a term of no sector, is the zones' — also after ；)
    generic = term.sector is None or term.covered_only
    if not generic or _named_sector(owner, ctx):
        return None
    if term.covered_only and _other_sector(_clause_before(fig, st, ctx), ctx):
        return "other"  # 楼宇党组织覆盖企业1.46万家: the firms the zones' organizations cover
    total = _total_before_qizhong(fig, st, ctx)
    if total is not None and total.sector == "other" and total.metric == "firms":
        return "other"  # 快递、外卖配送企业共156家，其中已建立党组织的企业102家: theirs
    vocab = ctx.vocab
    clauses = _CLAUSES_SPLIT_RE.split(ctx.text[st.start : fig.number.start])
    # (依托村、镇和工业园区组建… · 在珠江新城等重点楼宇推行…: where something was done)
    return (
        "other"
        if any(vocab.zone_scene_re.fullmatch(c) or _opens_with_zones(c, ctx) for c in clauses)
        else None
    )


def _opens_with_zones(clause: str, ctx: Context) -> bool:
    """芜湖市14个省级以上开发区共有… · 全区重点楼宇和各类园区共入驻… · 全区工业园区和家具产业
    集聚区共入驻…: a clause whose subject is a place's zones as a whole, the words before
    them only places, scope words and examples (not 依托…, 在…推行…: where something is done)."""
    vocab = ctx.vocab
    zones = vocab.zones_counted_re.search(clause) or vocab.zones_plural_re.search(clause)
    if zones is None:
        return False
    head, after = clause[: zones.start()], clause[zones.end() :]
    # (该市金水区商务楼宇集中: what the zones are like, no subject of figures)
    # (全区纳入统计的商务楼宇118幢: the zones counted)
    held = not after or after.startswith(_ZONES_HOLD) or bool(_ZONES_COUNT_AFTER_RE.match(after))
    return "在" not in head and held and consume(head, ctx)


_ZONES_COUNT_AFTER_RE = re.compile(rf"(?:\d+|[{CHINESE_DIGITS}]+)[个栋座幢]")
# 11个工业园区共有… · 商务楼宇和专业市场… · 重点楼宇中建立…: what zones as a subject go on with
_ZONES_HOLD = (
    "共",
    "有",
    "（",
    "(",
    "内",
    "中",
    "里",
    "入驻",
    "入园",  # (124个开发区（园区）入园企业5.3万余家: the firms in them)
    "建立",
    "已",
    "和",
    "及",
    "与",
    "、",
    "拥有",
    "集聚",
    "聚集",
)


_CLAUSES_SPLIT_RE = re.compile(r"[，,；;]")


def title_sector(title: str, cat: Catalog) -> str | None:
    """The sector a headline names, when it names one only: the text's figures that name
    none are of it (北京注册会计师行业党建: 全市有联合党支部147个)."""
    if len(title) > HEADLINE_MAX:
        return None  # a sentence, not a title
    if _SEVERAL_TRADES_RE.search(title):
        return MIXED_SECTORS  # 曲靖市会计、税务、评估行业党建工作见闻: the trades together
    return one_sector_named(title, cat)


# 会计、税务、评估行业 · 律师、公证、司法鉴定三个行业: several trades listed, then 行业
_SEVERAL_TRADES_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}?(?:等)?(?:[两三四五六七八九十]个|[三四五]大)?行业"
)


def one_sector_named(words: str, cat: Catalog) -> str | None:
    """The one sector ``words`` name, if one; 非公有制经济组织和社会组织党建: the two 两新
    sectors together, other (新经济组织新社会组织: the longest cue at each place)."""
    sectors = set(_sectors_named(words, 0, len(words), cat))
    if sectors == {"private_enterprise", "social_org"}:
        return MIXED_SECTORS
    return sectors.pop() if len(sectors) == 1 else None


def _sector_of_the_cut_line_before(st: SentenceState, ctx: Context) -> str | None:
    """非公有制企业党组织数量由…增加到…；⏎党员人数从…: a sentence a line break cut after its
    ；or ，goes on in the sector of the line before."""
    before = ctx.text[max(0, st.start - 2) : st.start]
    if len(before) < 2 or before[1] != "\n" or before[0] not in "；;，,":
        return None
    return _paragraph_sector(st.start - 2, ctx)


def _paragraph_sector(pos: int, ctx: Context, first: bool = False) -> str | None:
    """The sector of the last sector cue before ``pos`` in its paragraph (``first``: of the
    first, the sector the paragraph opens with) that names a sector of figures (not 按楼宇…
    组建联合党支部: how branches were grouped)."""
    start = ctx.text.rfind("\n", 0, pos) + 1
    find = ctx.text.find if first else ctx.text.rfind
    found = [
        (k, sector)
        for cue, sector in ctx.catalog.sector_cues
        if (k := find(cue, start, pos)) >= 0 and _names_a_sector(k, k + len(cue), ctx)
    ]
    if not found:
        return None
    return (min(found) if first else max(found))[1]


# 按楼宇、按业务相近原则组建 · 依托园区: what branches were grouped by, no sector counted
_GROUPED_BEFORE_RE = re.compile(r"(?:按|按照|依托|依托于)$")
# …641个，主要分布在中小微企业集中的镇村和专业市场: where what was counted stands
_WHERE_THEY_STAND_RE = re.compile(r"(?:主要|大多|多数|大部分)?(?:分布|集中)(?:在|于)")


def _names_a_sector(start: int, end: int, ctx: Context) -> bool:
    """The sector cue at text[start:end] names the sector of figures: not a field given as an
    example (在电子信息、物流快递等领域…), a kind of economy (楼宇经济), what units were
    grouped by (以商务楼宇为单元 · 按楼宇…组建) or where they stand (主要分布在…专业市场)."""
    text = ctx.text
    return not (
        _an_example_field(end, ctx)
        or text.startswith("经济", end)
        or _GROUPED_BY_RE.match(text, end)
        or _GROUPED_BEFORE_RE.search(text, max(0, start - 3), start)
        or _where_they_stand(start, ctx)
    )


def _where_they_stand(start: int, ctx: Context) -> bool:
    """The cue at ``start`` is in a clause that says where what was counted stands (主要分布在
    …专业市场), not whose it is."""
    window = ctx.text[max(0, start - WHERE_WINDOW) : start]
    if "分布" not in window and "集中" not in window:
        return False  # (decided at C speed for most cues)
    floor = ctx.sentence_of(start)[0]
    clause_from = _clause_start(ctx.text, start, floor)
    return _WHERE_THEY_STAND_RE.search(ctx.text, clause_from, start) is not None


WHERE_WINDOW = 40  # characters before a cue that may hold 分布在 · 集中在


def _sector_near(pos: int, ctx: Context, prefix: str = "") -> str | None:
    """Nearest sector cue: in the noun phrase, then before the figure in its sentence, then after."""
    cat = ctx.catalog
    if named := _named_sector(prefix, ctx):
        return named
    st, en = ctx.sentence_of(pos)
    best: tuple[int, str] | None = None
    for cue, sector in cat.sector_cues:
        k = ctx.text.rfind(cue, st, pos)
        # (在电子信息、物流快递、互联网等领域新组建行业党委: fields given as examples;
        # 立足楼宇经济: a kind of economy, no sector; 以商务楼宇为单元: how they were grouped)
        if (
            k >= 0
            and (best is None or k > best[0])
            and _names_a_sector(k, k + len(cue), ctx)
            and not _relied_on(k, pos, ctx)
        ):
            best = (k, sector)
    if best:
        # (…，覆盖非公企业和社会组织3870家，党员7300余名: the nearest cue joined to another,
        # both sectors)
        clause = ctx.text[_clause_start(ctx.text, best[0], st) : _clause_end(ctx.text, best[0], en)]
        return _sectors_together(clause, ctx) or best[1]
    after = [  # (from past the figure's first character: 两个行业党委 counts, names no trades)
        (k, sector)
        for cue, sector in cat.sector_cues
        if (k := ctx.text.find(cue, pos + 1, en)) >= 0 and _names_a_sector(k, k + len(cue), ctx)
    ]
    parts = PARTS_OPENER_RE.search(ctx.text, pos, min(en, pos + 8))
    if parts is not None and len({sector for k, sector in after if k > parts.start()}) >= 2:
        return "other"  # 党组织10个，其中非公企业7个、社会组织3个: the total is of both
    if not after:
        return _listed_sector(pos, ctx)  # (党组织总数（个）726 under 一、非公有制企业)
    k = min(after)[0]  # …党组织1390个，…覆盖非公企业和社会组织4900余家: both sectors, joined
    return _sectors_together(ctx.text[k : _clause_end(ctx.text, k, en)], ctx) or min(after)[1]


def _relied_on(k: int, pos: int, ctx: Context) -> bool:
    """The cue at ``k`` names where or how what is counted at ``pos`` was set up (依托商务楼宇
    和专业市场建立联合党支部136个), not whose it is."""
    window = ctx.text[max(0, k - 24) : k]
    if "依托" not in window and "按" not in window:
        return False  # (decided at C speed for most cues)
    start = _clause_start(ctx.text, k, ctx.sentence_of(k)[0])
    relying = ctx.vocab.relying_on_re.search(ctx.text, start, pos)
    return relying is not None and relying.start() < k < relying.end()


def _an_example_field(end: int, ctx: Context) -> bool:
    """A cue ending at ``end`` listed among examples of fields or trades (…、互联网、金融服务等
    领域)."""
    return (
        listed_as_example(ctx.text, end)
        and _EXAMPLE_FIELDS_RE.search(ctx.text, end, end + 14) is not None
    )


_EXAMPLE_FIELDS_RE = re.compile(r"等(?:重点)?(?:领域|行业|产业)")
_RANKED_RE = re.compile(r"(?:位居|居|排在|排名|名列)(?:全国|全省|全市)?(?:前|第)")


# 均超过七成，分别为… · 均在95%以上，分别达到…: a shared bound, then each figure exactly
_SHARED_BOUND_BEFORE_RE = re.compile(r"(?:均|都)(?:已)?(?:超过|高于|达到?|在|保持在|不低于|接近)?$")
_EXACTLY_AFTER_RE = re.compile(r"(?:以上|左右)?[，,]分别(?:为|是|达到?)")
RESTATED_EXACTLY = "a bound shared by the items, each stated exactly after it (均超过七成，分别为…)"


def _restated_exactly(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """两区…覆盖率均超过七成，分别为73.4%和71.2%: the shared bound is no figure of its own."""
    text = ctx.text
    before = text[_clause_start(text, fig.number.start, st.start) : fig.number.start]
    return bool(
        _SHARED_BOUND_BEFORE_RE.search(before) and _EXACTLY_AFTER_RE.match(text, fig.tail_end)
    )


def _subject_of_a_restated_bound(before: str, st: SentenceState, ctx: Context) -> str | None:
    """The words before a shared bound the figures after 分别 restate (…覆盖率|均超过七成，
    分别为73.4%): what they are figures of."""
    bound = st.last_percent
    if bound is None or bound.note != RESTATED_EXACTLY:
        return None
    if strip_before(before.replace("分别", ""), ctx.catalog)[0].strip("、 "):
        return None
    text = ctx.text
    clause = text[_clause_start(text, bound.number.start, st.start) : bound.number.start]
    shared = _SHARED_BOUND_BEFORE_RE.search(clause)
    return clause[: shared.start()] if shared else None


def _parallel_places_rate(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """…三地律所党组织覆盖率分别达到99.6%、99.8%和98.9%；新疆、广西两个自治区分别为96.3%和
    97.0%: places listed after a ；, then 分别 and only the figures: the rate the part
    before gave, each place's in order."""
    text = ctx.text
    semi = _group_start(fig.number.start, st, ctx)
    respective = _respective(fig.number.start, st, ctx)
    if semi < 0 or respective is None or respective[0] < semi:
        return False
    k = respective[0]
    if not _BARE_RESPECTIVE_RE.fullmatch(text, k, _first_after(k, fig, st.percents)):
        return False  # (分别为 and the figure, nothing of their own between)
    listed = vocabulary(ctx.catalog).places_counted_re.sub("", text[semi + 1 : k])
    if not ctx.gaz.find(listed) or not consume(_without_list_marks(listed, ctx), ctx):
        return False
    stated = next((p for p in reversed(st.percents) if p.metric and p.number.start < semi), None)
    place = _respective_place(fig.number.start, st, ctx)
    if stated is None or place is None:
        return False
    fig.metric, fig.sector, fig.place, fig.rule = (
        stated.metric,
        stated.sector,
        place,
        "parallel_place",
    )
    return True


_ORGANIZATIONS_NAMED = ("党的组织", "党组织")  # (…党的组织和党的工作覆盖率: the first shares it)
AVERAGED = "平均"  # (a rate over a place's parts, averaged: the place's own)
_BARE_RESPECTIVE_RE = re.compile(r"分别(?:为|是|达到?)?")


def _first_after(k: int, fig: Figure, figures: list[Figure]) -> int:
    """Where the first of ``figures`` (or ``fig``) after ``k`` starts."""
    return next((f.number.start for f in figures if f.number.start > k), fig.number.start)


# …（45.6%）、东莞（43.9%）三市社会组织党组织覆盖率: the rest of a list of places with their
# rates in brackets, the count of them, then the rate they are
_BRACKETED_PLACES_THEN_RATE_RE = re.compile(
    r"[）)](?:[、和及与][^，,；;。（()）]{1,10}[（(][^（()）]{1,12}[）)])*"
    r"(?:[两三四五六七八九十\d]+个?(?:省|市|区|县|州|地)(?:的)?)?"
    r"([^，,；;。（(]{1,20}?(?:覆盖率|组建率))"
)


def _rate_named_after_bracketed_places(
    before: str, fig: Figure, st: SentenceState, ctx: Context
) -> str | None:
    """珠海（48.2%）、佛山（45.6%）、东莞（43.9%）三市社会组织党组织覆盖率位居前列: a rate in
    brackets after a place, named after the list of them."""
    if not (before.endswith(("（", "(")) and _ends_with_a_place(before[:-1], ctx)):
        return None
    named = _BRACKETED_PLACES_THEN_RATE_RE.match(ctx.text, fig.tail_end, st.end)
    return named[1] if named else None


# 党员律师占比超过40%的有长沙、湘潭、张家界三市，分别为…: places a rate's threshold picks out
_PICKED_BY_RATE_RE = re.compile(
    r"(?:超过|高于|达到|达|在|低于|不足|不到)\d+(?:\.\d+)?%(?:以上|以下)?的(?:有|是|为)"
)


def _ranked_rate_subject(before: str, fig: Figure, st: SentenceState, ctx: Context) -> str | None:
    """社会组织党组织覆盖率排名前三的是…，分别为81.5%、… · …排名前三的设区市依次是湖州市
    （91.2%）、… · 党员律师占比超过40%的有长沙、湘潭、张家界三市，分别为…: the rate a sentence
    ranks or picks places by, for a figure whose own words name nothing (分别为, or a bracket
    after a place)."""
    bracketed = before.endswith(("（", "(")) and _ends_with_a_place(before[:-1], ctx)
    if not bracketed and strip_before(before.replace("分别", ""), ctx.catalog)[0].strip("、 "):
        return None
    text = ctx.text
    ranked = _RANKED_RE.search(text, st.start, fig.number.start) or _PICKED_BY_RATE_RE.search(
        text, st.start, fig.number.start
    )
    if ranked is None:
        return None
    subject = text[_clause_start(text, ranked.start(), st.start) : ranked.start()]
    if not subject.endswith((*ctx.catalog.coverage_words, *ctx.catalog.share_words)):
        return None
    hits = ctx.gaz.find(subject)  # (浙江省非公企业…覆盖率: the rate, not the whole's place)
    return subject[hits[-1][1] :] if hits else subject


def _ends_with_a_place(words: str, ctx: Context) -> bool:
    hits = ctx.gaz.find(words)
    return bool(hits) and hits[-1][1] == len(words)


def _ranked_subject(fig: Figure, st: SentenceState, ctx: Context) -> Term | None:
    """The term a sentence ranks places by (律师事务所数量居前三位的是…, 律师人数位居前三),
    for the figures 分别 pairs with the places ranked; None when it does not read so."""
    text = ctx.text
    ranked = _RANKED_RE.search(text, st.start, fig.number.start)
    if ranked is None:
        return None
    subject = text[_clause_start(text, ranked.start(), st.start) : ranked.start()]
    term = suffix_term(strip_before(subject, ctx.catalog)[0], ctx.catalog)
    group = ctx.catalog.classifier_group(fig.classifier or "")
    return term if term is not None and term.needs == group else None


def _respective_list(
    fig: Figure, figures: list[Figure], st: SentenceState, ctx: Context
) -> tuple[int, str] | None:
    """Where the 分别 of ``fig``'s list stands, and its words up to the list's first figure
    (``figures``: the sentence's of the figure's kind), fillers stripped; None when there is
    no 分别, or the list's first figure was not read (neither is the rest)."""
    respective = _respective(fig.number.start, st, ctx)
    if respective is None:
        return None
    k, index = respective
    listed = [f for f in figures if f.number.start > k and f is not fig]
    if index > 0 and not (listed and listed[0].metric):
        return None
    first_at = listed[0].number.start if listed else fig.number.start
    return k, strip_before(ctx.text[k + 2 : first_at], ctx.catalog)[0]


ASSISTANT = "助理"  # 律师助理 · 公证员助理: staff beside the practitioners, not them


def _term_before_respective(fig: Figure, st: SentenceState, ctx: Context) -> Term | None:
    """The last catalog term of the sentence before its 分别 (places listed, then what they
    have, then 分别为 and only figures), when it counts what the figure's classifier counts."""
    opened = _respective_list(fig, st.counts, st, ctx)
    if opened is None:
        return None
    text, (k, after) = ctx.text, opened
    if "每" in text[st.start : k] or suffix_term(after, ctx.catalog) is not None:
        return None  # 每万人拥有律师数分别为… · 分别建立律师行业党组织118个、31个: not this
    for i in range(k - 1, st.start - 1, -1):
        word = ctx.vocab.term_lex.longest_at(text, i)
        if word and i + len(word) <= k:
            if text.startswith(ASSISTANT, i + len(word)):
                return None  # 两省公证员助理分别为420名和390名: the practitioners' assistants
            cat = ctx.catalog
            # (党员律师, not the 律师 that ends it)
            term = suffix_term(text[st.start : i + len(word)], cat) or ctx.vocab.terms[word]
            stock = cat.metrics[term.metric]["kind"] == "stock"
            return (
                term if stock and term.needs == cat.classifier_group(fig.classifier or "") else None
            )
    return None


def _rate_before_respective_places(fig: Figure, st: SentenceState, ctx: Context) -> str | None:
    """从党员占比看，吉林、黑龙江两省分别为35.8%和37.1%: a topic's clause naming a rate, then
    places listed, 分别 and figures alone: each figure is its place's rate of the topic."""
    opened = _respective_list(fig, st.percents, st, ctx)
    if opened is None or opened[1]:
        return None  # (分别占全省的… · 分别建立…: words of their own after 分别)
    text, k = ctx.text, opened[0]
    places = ctx.gaz.find(text[st.start : k])
    if not places or suffix_term(text[st.start + places[-1][1] : k], ctx.catalog):
        return None  # (…覆盖率、党员占比分别为… · 两省覆盖率分别为…: the items' own words)
    places_from = st.start + places[0][0]
    topic = _TOPIC_RE.fullmatch(text, _clause_start(text, places_from - 1, st.start), places_from)
    rate = _RATE_WORD_RE.search(topic[1]) if topic else None
    return topic[1] if topic and rate and rate.end() == len(topic[1]) else None


def _ranked_in_brackets(fig: Figure, st: SentenceState, ctx: Context) -> tuple[Term, Place] | None:
    """律师事务所数量排名前四的省（市）依次为广东（4300余家）、北京（3200多家）…: a figure in
    brackets right after a place of a ranking is that place's, of what the ranking ranks."""
    text, start = ctx.text, fig.number.start
    if start < 1 or text[start - 1] not in "（(" or not text.startswith(("）", ")"), fig.tail_end):
        return None
    hits = ctx.places_in(st.start, start - 1)
    if not hits or hits[-1][1] != start - 1:
        return None
    term = _ranked_subject(fig, st, ctx)
    if term is None:
        return None
    return term, with_zone(choose(hits[-1][2], ctx.default_place), text, hits[-1][1])


# 居全国首位 · 位列全省第一 · 最多的是: the place that ranks first, by what the clause names
# (思明区律所最为集中 · 武汉市律所数量占全省一半左右: the place's count is the larger part)
_TOP_RE = re.compile(
    r"(?:居|位居|位列|排名|名列)(?:全国|全省|全市|全区)?(?:首位|第一位?)$|最为?集中$"
    r"|占(?:全国|全省|全市|全区)[^，,；;。]{0,12}$|(最多|最大)的(?:是|为)"
)
_COUNT_WORD_RE = re.compile(r"(?:数量|人数|总数|规模)$")


# 按地区分 · 分地区看 · 从地区看 · 分市看 · 按区域分: a breakdown by place follows
BY_PLACE = r"(?:按|分|从)(?:地区|区域|地市|市州|市|县区|区县)(?:分|看|来看)?"
# 分地区看 · 分布上 · 较多的是 · 中，: between a term and the places that break it down
_PLACES_BREAKDOWN_RE = re.compile(
    rf"(?:{BY_PLACE}|分布上|的分布|分布情况(?:是|为)?|(?:较多|最多|居前)的(?:是|有)|中)?[，,：:]?$"
)


def _places_under_a_term(fig: Figure, st: SentenceState, ctx: Context) -> tuple[Term, Place] | None:
    """党员律师分地区看，杭州市2100余名、宁波市760余名 · 党员律师南宁市2136人、柳州市587人: a
    list of places, each with its figure, right after the term it breaks down (and a word that
    says so); the figure is its place's count of that term."""
    text = ctx.text
    clause_from = _clause_start(text, fig.number.start, st.start)
    item = text[clause_from : fig.number.start]
    hits = ctx.gaz.find(item)
    if not hits or hits[-1][1] != len(item):
        return None  # (the item ends with its place: 宁波市|760余名)
    place_at = clause_from + hits[-1][0]
    list_from = _list_start(text, clause_from, st.start)
    first_hits = ctx.gaz.find(text[list_from : fig.number.start])
    if not first_hits:
        return None
    # the words before the first item's place, else the clause before the list
    # (党员律师分布上，|南宁市2136人)
    head = _PLACES_BREAKDOWN_RE.sub("", text[list_from : list_from + first_hits[0][0]])
    if not head and list_from > st.start and text[list_from - 1] in "，,：:":
        head_from = _clause_start(text, list_from - 1, st.start)
        head = _PLACES_BREAKDOWN_RE.sub("", text[head_from : list_from - 1])
    term = _plain_term(head, ctx) if head else None
    if term is None or term.needs != ctx.catalog.classifier_group(fig.classifier or ""):
        return None
    place = with_zone(choose(hits[-1][2], st.topic or ctx.default_place), text, place_at)
    return term, place


def _top_place_before(fig: Figure, st: SentenceState, ctx: Context) -> tuple[Term, Place] | None:
    """江苏省社会组织数量居全国首位，达9.8万个 · 党员律师人数最多的是广东省，有1.4万余名: the
    clause before the figure (its own says only 达/有) names the place that ranks first and
    what it is first in; the figure is that place's."""
    text, cat = ctx.text, ctx.catalog
    clause_from = _clause_start(text, fig.number.start, st.start)
    if clause_from <= st.start or text[clause_from - 1] not in "，,":
        return None
    prev_from = _clause_start(text, clause_from - 1, st.start)
    prev = text[prev_from : clause_from - 1].removeprefix("同期")
    top = _TOP_RE.search(prev)
    if top is None:
        return None
    subject, named = (prev[: top.start()], prev[top.end() :]) if top[1] else ("", prev)
    hits = ctx.gaz.find(named)
    if not hits or hits[0][0] != 0 or (top[1] and hits[0][1] != len(named)):
        return None  # (the place opens the clause, or is all that 最多的是 names)
    if not top[1]:
        subject = named[hits[0][1] : top.start()]
    term = _plain_term(_COUNT_WORD_RE.sub("", subject), ctx)
    if term is None or term.needs != cat.classifier_group(fig.classifier or ""):
        return None
    return term, with_zone(choose(hits[0][2], ctx.default_place), named, hits[0][1])


def _places_ranked(sentence_before: str, after: int, fig: Figure, ctx: Context) -> bool:
    """居前三位的是广东、北京、浙江，分别有4300多家… · 石家庄、唐山、保定三市律所数量居全省
    前三位，分别为…: the places ranked, each its figure."""
    respective = sentence_before.rfind("分别", after)
    floor = fig.number.start - len(sentence_before)
    return respective >= 0 and len(_last_place_list(floor, floor + respective, ctx)) >= 2


# 按类型分，行业商会1.52万个 · 从类别看，…: the units after it are kinds of the whole (not
# 从组织形式看，单独党支部218个…: the catalog's own kinds of Party organization)
_BY_KIND_RE = re.compile(r"(?:按|从|分)(?:类型|类别)(?:划分|来看|分|看)?[，,：:]")


def _a_kind_by_kind(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """按类型分，行业商会1.52万个，异地商会1.13万个: a kind of units in a breakdown by kind,
    not a sector's, a place's or a kind of Party organization."""
    text = ctx.text
    kinds = _BY_KIND_RE.search(text, st.start, fig.number.start)
    if kinds is None:
        return False
    item = re.split("[，,、；;]", text[kinds.end() : fig.number.start])[-1]
    return not _PARTY_BODY_RE.search(item) and not _a_sector_or_place(item, ctx)


def _a_sector_or_place(words: str, ctx: Context) -> bool:
    """非公企业党组织 · 社会组织 · 南京市: a breakdown's item that is a sector's or a place's."""
    words = words.strip(" ：:")
    return any(words.startswith(cue) for cue in ctx.vocab.sector_of) or bool(
        (hit := ctx.gaz.find(words)) and hit[0][0] == 0
    )


def _trained_before(before: str, ctx: Context) -> bool:
    """培训党员律师 · 全市轮训党员律师: a training verb in the words of the count's clause."""
    clause = before[_phrase_start(before, 0, len(before)) :]
    return any(w in clause for w in ctx.catalog.not_observation["trained"])


# 依托成都现代工业港建立园区综合党委，下设党支部38个，覆盖入园企业410家: one body set up
# (no count of them), then what it has under it (not a sector's: 律师行业党委 · 成立区社会组织
# 综合党委，下设党支部317个); a zone that set it up makes it the zone's (九江经济技术开发区成立
# 非公企业综合党委，下设党支部48个)
_ONE_BODY_SET_UP_RE = re.compile(
    r"(?:建立|成立|组建|设立)了?([^，,；;。\d个家]{0,12}?)(?:党委|党工委|党总支)[，,]"
    r"(?:下设|下辖)[^；;。]*$"
)


def _one_units_body(words: str, ctx: Context) -> bool:
    """The words before 党委 name one unit's body (园区综合党委: a zone's, the catalog's zone
    kinds), not a sector's (律师行业党委, 区社会组织综合党委)."""
    zones = ctx.catalog.not_observation["zones_as_a_whole"]
    return (
        _named_sector(words, ctx) is None
        or any(z in words for z in zones)
        or _names_one_chamber(words, ctx)
    )


def _names_one_chamber(words: str, ctx: Context) -> bool:
    """依托仙桃市非织造布商会成立商会党委: the words name one chamber, by a place and a trade."""
    k = words.find("商会")
    return k > 0 and any(
        _a_place_and_a_trade(words[start:k], ctx) for start, _, _ in ctx.gaz.find(words[:k])
    )


# 首批成员单位包括… · 联盟成员有…: what one body (an alliance, a council) is made of
_MEMBERS_OF_A_BODY_RE = re.compile(r"成员(?:单位)?(?:包括|包含|涵盖|有|为)")
# 共建跨区域党建联盟，首批吸纳企业48家: an alliance (no Party organization) and its members
_ALLIANCE_TOOK_IN_RE = re.compile(
    r"联盟[，,]?[^，,；;。\d]{0,6}?(?:吸纳|吸收|纳入|涵盖|覆盖|联系)了?[^，,；;。\d]{0,8}$"
)
# 部机关党委所属… · 局机关党总支下设…: a government organ's own Party body and what it has
_ORGANS_OWN_RE = re.compile(r"机关(?:党委|党总支|党组)(?:所属|下设|下属|下辖|共有|现有|有)")
# 志愿服务队4支 · 组建3支突击队: teams, whose people are no place's practitioners
# (not 律师、公证…三支队伍: the trades' workforces)
_TEAMS_COUNTED_RE = re.compile(
    r"(?:队|团)(?:\d+|[一二两三四五六七八九十]+)支"
    r"|(?:\d+|[一二两三四五六七八九十]+)支[^，,；;。\d]{0,10}?(?:队|团)(?!伍)"
)


_ITEMS_SUMMED_END_RE = re.compile(
    r"(?:上述|以上)?(?:两项|三项|二者|两者|三者)(?:合计|相加|共计|加起来)?$"
)


AREA_GROUP_NOTE = "about a group of a place's areas (三个主城区, 山区县, 县域)"


def _of_a_group_of_areas(sentence_before: str, start: int, ctx: Context) -> bool:
    """鹿城、龙湾、瓯海三个主城区共有律所181家 · 县域执业律师仅有2891人: a group of the place's
    areas named in the figure's ；-group, with no place or scope word after it."""
    group_from = _last_group_from(sentence_before)
    found = last_match(ctx.vocab.area_groups_re, sentence_before, group_from)
    if found is None:
        return False
    after = start - len(sentence_before) + found.end()
    if ctx.text.startswith(("（", "("), after):  # 中心城区（渝中、大渡口…九区）: what it takes in
        after = max(after, _closing(ctx.text, after, start) or after)
    return not ctx.places_in(after, start) and not _scope_words_in(after, start, ctx)


def _subject_of(text: str, verb: int) -> str:
    """The words of the clause before its verb at ``verb`` (九江经济技术开发区成立…: the zone)."""
    return text[_clause_start(text, verb, 0) : verb]


# 我是一名执业律师 · 作为一名党员 · 他也是一名党员律师: who someone is, no count
_ONE_PERSON_DESCRIBED_RE = re.compile(r"(?:是|作为|身为|成为|系)$")


_YEAR_WORD_RE = re.compile(r"(?:19|20)\d{2}年度?")
# 5家律所的11名党员律师组成了这个联合党支部: the one branch the text tells of
_FORMED_THE_ONE_TOLD_OF_RE = re.compile(
    r"[^，,；;。\d]{0,12}?(?:\d+[名人个家])?[^，,；;。\d]{0,6}?(?:组成|组建|成立)了?(?:这个|该|这一)(?:联合)?党(?:支部|总支|委)"
)
# 全省14个市州力争在年底前全部成立… · 5个县将于年内…: places counted, whose act is planned
_PLANNED_AFTER_RE = re.compile(
    r"(?:市州|市（州）|地市|盟市|县市区|区县|县区|[市州县区盟旗])[^，,；;。\d]{0,4}?"
    r"(?:力争|争取|计划|拟|将于|将在|要在|都要|均要)"
)
# 一个联合党组织覆盖多家小微企业 · 一个支部带动一批企业: one unit for many, how it is done
_ONE_FOR_MANY_RE = re.compile(
    r"[^，,；;。\d]{1,12}?(?:覆盖|带动|联系|服务|辐射|联结|串起)(?:多家|多个|若干|一批|数家|数个|众多|一片)"
    # (一个联合党支部覆盖企业原则上不超过10家: the limit each one is held to)
    r"|[^，,；;。\d]{1,20}?(?:不超过|不宜超过|最多|至多|不少于)"
)


# 县均律所不足9家 · 所均律师12名: an average per county, per firm (not 全市均已…, 各县均有)
_PER_PLACE_AVERAGE_RE = re.compile(r"(?<![全各本我该这那每])[县市区所户]均(?![已有为达都是])")
# 几家小所共建一个联合党支部: some units, how many unsaid, into one (a way of working)
_MANY_INTO_ONE_RE = re.compile(r"(?:几|若干|数|多)[家个所][^，,；;。\d]{0,10}?$")
# 比如A商会、B商会和C商会就共建了一个联合党支部: the one an example names, no count
_EXAMPLE_OPENS_RE = re.compile(r"(?:^|[，,；;。：:])(?:比如|例如|譬如)[，,]?[^，,；;。]*$")


# (朝阳、海淀|两区律师人数合计超过2万名: the places, counted, then their sum)
_SUMMED_AFTER_PLACES_RE = re.compile(
    r"(?:[两二三四五六七八九十]个?(?:区县|县区|县市|区|县|市))?[^，,；;。\d]{0,4}?(?:合计|共计|加起来|总计)"
)


def _named_places_summed(sentence_from: int, start: int, ctx: Context) -> bool:
    """同安区和翔安区合计律所46家: two places or more joined, then their sum: no one place's."""
    clause_from = _clause_start(ctx.text, start, sentence_from)
    # (…合计律所46家、党员律师185名: a later item of the list the sum opens)
    hits = ctx.places_in(_list_start(ctx.text, clause_from, sentence_from), start)
    if len(hits) < 2 or not _SUMMED_AFTER_PLACES_RE.match(ctx.text, hits[-1][1]):
        return False
    gaps = [ctx.text[a[1] : b[0]] for a, b in zip(hits, hits[1:], strict=False)]
    return all(gap in PLACE_JOINERS for gap in gaps)


RANGE_REACH = 30  # from a range's first figure to its 之间, at most
_RANGE_NUMERAL = rf"[\d.{CN_DIGITS}万]+"
# 在35%至36%之间 · 30到50名之间: two figures bounding a range, neither a level
_RANGE_RE = re.compile(
    rf"{_RANGE_NUMERAL}%?[多余]?[^，,；;。\d]{{0,2}}?(?:至|到|-|—|～|~){_RANGE_NUMERAL}%?[^，,；;。\d]{{0,4}}?之间"
)


def _in_a_range(start: int, text: str, floor: int) -> bool:
    """The number at ``start`` bounds a range told with 之间."""
    if text.find("之间", start, start + RANGE_REACH) < 0:
        return False  # (most figures: decided at once)
    clause_from = _clause_start(text, start, floor)
    return any(m.start() <= start < m.end() for m in _RANGE_RE.finditer(text, clause_from))


QUOTED_NAME_SHORT = 8  # “两新” · “红色律所”: a short name quoted inside a clause


def _before_a_short_quote(text: str, at: int, floor: int) -> str:
    """全区新建“两新”组织党组织57个: the clause's words before a short quoted name just before
    ``at`` (quotes end clauses for most readings), the quote with them; else ""."""
    if at - 1 < floor or text[at - 1] != "”":
        return ""
    opening = text.rfind("“", floor, at - 1)
    if opening < 0 or at - 1 - opening > QUOTED_NAME_SHORT:
        return ""
    return text[_clause_start(text, opening, floor) : at]


HOLD_WORD_LENGTH = 2  # 现有 · 共有: the catalog's single_entity holds


def _units_counted_before(opening: str, sentence_from: int, ctx: Context) -> bool:
    """律所共有… opening a sentence right after one that counted the place's 律所 (有律所185家 ·
    185家律所): the units counted, all of them, not one."""
    if opening not in ctx.catalog.not_observation["units_holding"] or sentence_from <= 0:
        return False  # (商会党委…: one unit's body, never a count's units)
    unit = opening[:-HOLD_WORD_LENGTH]  # 律所|共有
    start, _ = ctx.sentence_of(sentence_from - 1)
    counted = re.compile(rf"{unit}\d|\d[家个所]{unit}")
    return counted.search(ctx.text, start, sentence_from) is not None


_FIT_FOR_IT_RE = re.compile(
    r"具备[^，,；;。]{2,16}?条件的[^，,；;。\d]{0,8}$"
)  # (not 具备条件的41家…)
_OUTSIDE_THE_TOTALS_RE = re.compile(r"[（(](?:均)?不(?:计入|计算在|纳入)(?:上述|以上|前述)")
# …覆盖率83.3%，剩余1家为当年新设的个人律师事务所，党员律师仅1名: the clauses after the
# firms left over are theirs, not the place's
_LEFT_OVER_BEFORE_RE = re.compile(
    r"(?:^|[，,])(?:剩余|剩下|余下)的?(?:\d+|[一二两三四五六七八九十]+)家"
    r"(?:(?!全[国省市区县州盟旗])[^；;。])*[，,](?:(?!全[国省市区县州盟旗])[^；;。])*$"
    # (…，剩下的一家…联合组建党支部，全区律师事务所党组织覆盖率100%: the place's again)
)


def _blocked_before(before: str, sentence_before: str, fig: Figure, ctx: Context) -> bool:
    """Growth amounts, plans, frequencies, single firms, quotes, ordinals."""
    no = ctx.catalog.not_observation
    vocab = ctx.vocab
    text = ctx.text
    start = fig.number.start
    if start and text[start - 1] == "第":
        fig.note = "ordinal"
        return True
    if start and text[start - 1] in "×÷*＝=":
        fig.note = "part of a formula (党员占比＝党员律师数÷执业律师数×100%)"
        return True
    if _named_places_summed(start - len(sentence_before), start, ctx):
        fig.note = "places summed (同安区和翔安区合计律所46家)"
        return True
    if fig.number.value <= THRESHOLD_MEMBERS and _FEWER_MEMBERS_RE.search(before):
        fig.note = "threshold (党员不足3名: too few to set up a branch of their own)"
        return True
    if (one := _ONE_BODY_SET_UP_RE.search(sentence_before)) and _one_units_body(
        _subject_of(sentence_before, one.start()) + one[1], ctx
    ):
        fig.note = "what one body set up has under it (建立园区综合党委，下设党支部38个)"
        return True
    if text[start] == "一" and fig.number.value == 1 and _ONE_PERSON_DESCRIBED_RE.search(before):
        fig.note = "one person described (我是一名律师，也是一名党员)"
        return True
    if before.endswith("由") and _SET_UP_AFTER_RE.match(text, fig.tail_end):
        fig.note = "the firms one unit was set up by (由一家律所单独建立的党支部)"
        return True
    if _TARGET_AFTER_RE.match(text, fig.tail_end):
        fig.note = "target or plan (…的目标)"  # 实现覆盖率达到98%的目标
        return True
    if _SECTORS_COUNTED_RE.match(text, fig.number.end):
        fig.note = "counts sectors (两个行业)"  # 两个行业党组织覆盖率分别达到…
        return True
    if fig.number.text in ("一", "1") and (
        _SCENE_BEFORE_RE.search(before)
        # 一家律师事务所党委被…命名为… (not 一个律所党支部被评为…: one branch awarded)
        or text.startswith("家", fig.number.end)
        and vocab.unit_names.unnamed.match(text, start)
    ):
        fig.note = "一家: a firm, no count"  # 走进丰泽区一家律师事务所，…
        return True
    if fig.number.text == "一" and text.startswith("批", fig.number.end) and start > 0:
        fig.note = "一批: a batch of, no count"  # ②培训一批：… · 表彰一批先进典型
        return True
    if fig.number.text == "一" and start > 0 and text[start - 1] in "又另":
        fig.note = "又一个: one more, no count"  # …成立的又一个省级行业党委
        return True
    if _FIT_FOR_IT_RE.search(before):
        fig.note = "firms fit to do so, not those that did (具备单独组建党支部条件的律所)"
        return True
    if _OUTSIDE_THE_TOTALS_RE.match(text, fig.tail_end):
        fig.note = "kept out of the totals by the text (另设…党支部1个（不计入上述党支部数）)"
        return True
    if _LEFT_OVER_BEFORE_RE.search(sentence_before):
        fig.note = "of the firms left over, told of before (剩余1家为…个人所，党员律师仅1名)"
        return True
    if _FORMED_THE_ONE_TOLD_OF_RE.match(text, fig.tail_end):
        fig.note = "those who formed the one unit told of (…组成了这个联合党支部)"
        return True
    if _PLANNED_AFTER_RE.match(text, fig.tail_end):
        fig.note = "target or plan (…力争…, after the places counted)"  # 全省14个市州力争…
        return True
    if start and text[start - 1] in VAGUE_BEFORE and fig.number.text[0] in "十百千万":
        fig.note = "a vague amount (数十, 几百)"
        return True
    if text.startswith("几", fig.number.end) and fig.number.form in (Form.CHINESE, Form.PERCENT):
        fig.note = "a vague amount (二十几个, 百分之六十几)"  # no bound METRICS.md names
        return True
    clause = text[_phrase_start(text, start - len(sentence_before), start) : start]
    if _VISITED_RE.search(clause):
        fig.note = "object of another verb: visited"  # 走访律师事务所、公证处…四十余家
        return True
    if any(g in clause for g in no["outside_groups"]) and not vocab.sector_re.search(clause):
        fig.note = "a group outside the sectors (事业单位, 国有企业…)"
        return True
    listed_from = max(sentence_before.rfind(c) for c in "，,；;") + 1  # its 、-list too
    if _MEMBERS_OF_A_BODY_RE.search(sentence_before, listed_from):
        fig.note = "the members of one body (联盟…成员单位包括…12家律师事务所党组织)"
        return True
    if "联盟" in sentence_before and _ALLIANCE_TOOK_IN_RE.search(sentence_before):
        fig.note = "the members an alliance took in (共建…党建联盟，首批吸纳企业48家)"
        return True
    if "、" in sentence_before[listed_from:] and _PER_PERIOD_RE.search(
        sentence_before, listed_from
    ):
        fig.note = "frequency (每年评选“红色律所”10家、优秀党员律师30名: the list's opening)"
        return True
    if _of_a_group_of_areas(sentence_before, start, ctx):
        fig.note = AREA_GROUP_NOTE
        return True
    if _ORGANS_OWN_RE.search(sentence_before, listed_from):
        fig.note = "an organ's own Party body (部机关党委所属69个党支部)"
        return True
    if _TEAMS_COUNTED_RE.search(sentence_before, listed_from):
        fig.note = "the members of teams counted before (组成志愿服务队4支、律师37名)"
        return True
    if _TRADES_COUNTED_RE.search(clause) and len(_sectors_named(text, 0, start, ctx.catalog)) < 2:
        # 三个行业共建立党组织46个 with no trades named before it: which? (not 会计、税务、评估
        # 三个行业共有党员310名: the trades the text named, together sector other)
        fig.note = f"{SUBTYPE_NOTE}trades counted, none named"  # (its parts stand alone)
        return True
    if _CORRECTED_RE.match(text, fig.tail_end):
        fig.note = f"{CORRECTED} (“…”有误，应为… · …，准确地说是…)"
        return True
    if _quoted_then_refuted(start, ctx):
        fig.note = f"{CORRECTED} (有媒体引用“…”一数据。经核实，…不符合… · 公布的“…”…修订为…)"
        return True
    if (
        _PICKED_BY_A_BOUND_RE.search(before)
        and not _SHARE_OF_A_COUNT_RE.search(before)
        and not _unfit_firms_joining(before, fig, ctx)
        and not _fit_firms_setting_up_their_own(before, fig, ctx)
    ):
        fig.note = "units a bound picks out (年营收超10亿元的89家企业)"
        return True
    if _PARTNERS_RE.search(before) or (
        fig.number.text == "一"
        and _ONE_PARTNER_RE.search(before)
        and text.startswith("家", fig.number.end)
    ):
        fig.note = "the partners one unit joined (与县内另外两家律所共同组建…)"
        return True
    if _LIMIT_RE.search(before):
        fig.note = "a limit (一个联合党支部最多覆盖12家), not a count"
        return True
    if fig.number.text == "一" and (
        _ONE_FOR_MANY_RE.match(text, fig.tail_end) or _MANY_INTO_ONE_RE.search(before)
    ):
        fig.note = "a way of working (一个联合党组织覆盖多家小微企业), not a count"
        return True
    if fig.number.text in ("一", "1") and _EXAMPLE_OPENS_RE.search(sentence_before):
        fig.note = "the one an example names (比如…共建了一个联合党支部), not a count"
        return True
    if ctx.catalog.classifier_group(fig.classifier or "") == "people" and _trained_before(
        before, ctx
    ):
        fig.note = "people a training reached (培训党员律师480人), not the place's"
        return True
    if any(w in sentence_before for w in no["sample"]):
        fig.note = "a survey's sample (受访…, 问卷…), not the place's"
        return True
    # (not any question: 记者：目前全省共有律所1058家，…这样的成绩是如何取得的？ states them)
    if fig.qualifier is Qualifier.APPROXIMATE and text[ctx.sentence_of(start)[1] :][:1] in "？?":
        fig.note = "a guess asked (…大概是一千二百人左右？), not a statement"
        return True
    if _ASKED_OF_IT_RE.match(text, fig.tail_end):
        fig.note = "asked of it (14家律所都建了党组织吗？), not a statement"
        return True
    if any(w in sentence_before for w in no["hearsay"]):
        fig.note = "hearsay (听说…是真的吗？ · 有一种说法是…), not a statement"
        return True
    towns = _TOWNS_COUNTED_RE.search(sentence_before) or _TOWNS_LISTED_RE.search(sentence_before)
    if towns and "分别" in sentence_before[towns.end() :]:
        fig.note = "towns one by one (陈埭、安海、磁灶三镇…分别)"
        return True
    if _AMONG_ALL_MEMBERS_RE.match(text, fig.tail_end) and before.endswith(
        ("全省", "全市", "全区", "全县")
    ):
        fig.note = "the place's Party members as a whole (在全市27.6万名党员中)"
        return True
    # (逾百家 · 近千家: a bound before it makes it a quantity — of a noun phrase read whole:
    # not 辐射周边协会、商会近百家, whose first noun the 、 cut off)
    bound = _BOUND_BEFORE_HUNDRED_RE.search(text, max(0, fig.number.start - 2), fig.number.start)
    floor = fig.number.start - len(sentence_before)
    at = _clause_start(text, fig.number.start, floor)
    if bound and text[at - 1 : at] == "、":
        item_before = text[_clause_start(text, at - 1, floor) : at - 1]
        bound = bound if NUMERAL_START_RE.search(item_before) else None
    if fig.number.text in ("百", "千") and text.startswith("家", fig.number.end) and not bound:
        fig.note = "a ranking's name (百家事务所, 前百家)"
        return True
    if _WHOLE_FIRM_AFTER_RE.match(text, fig.tail_end):
        fig.note = "about a single firm (占全所律师的…)"  # 现有党员律师178名，占全所律师的三成
        return True
    # inside a quoted name or a title (“三个同步”, 《…2021-2025年规划》); a quoted speech, whose
    # clauses a name never has (“十年前，全区公证员只有412名…), says what it says
    quote = sentence_before.rfind("“")
    named = (
        quote > sentence_before.rfind("”")
        and not any(c in sentence_before[quote:] for c in "，,；;：")
        and not sentence_before[:quote].rstrip().endswith(SPEECH_OPENERS)  # 说：“我县现有…
        # (…”，应为“党员律师9780人…: the words a notice puts right, quoted)
        and not sentence_before[:quote].endswith(PUT_RIGHT_AS)
        and len(sentence_before) - quote <= QUOTED_NAME_MAX  # “全国律师中党员已经超过…: speech
        and not _QUOTED_HOLDING_RE.search(sentence_before, quote)  # “全县共有律师事务所9家。”
        # (党员律师“2000余名”: the figure alone, quoted as a report gave it)
        and not (sentence_before.endswith("“") and text.startswith("”", fig.tail_end))
    )
    # (申请公开“…工作总结中所称‘全区律所党组织覆盖率100%’的统计依据”: words quoted inside
    # a quotation, another's claim)
    inner = sentence_before.rfind("‘")
    nested = quote > sentence_before.rfind("”") and inner > max(quote, sentence_before.rfind("’"))
    if named or nested or sentence_before.count("《") > sentence_before.count("》"):
        fig.note = "inside quotes or a title"
        return True
    if before.rstrip().endswith(no["frequency"]) or "每" in before and _EVERY_RE.search(before):
        fig.note = "frequency"
        return True
    if before.endswith(("只有", "仅有")) and vocab.places_counted_re.search(before):
        fig.note = "each of the places counted (9个县只有1名)"
        return True
    if "每" in before and _PER_PERIOD_RE.search(before):
        fig.note = "frequency (每年…两次)"  # 每年至少开展两次集中培训: a rule, not a count
        return True
    if "每" in before and _PER_GROUP_RE.search(before):
        fig.note = "a ratio (每三名律师中就有一名党员)"
        return True
    if _in_a_range(start, text, start - len(sentence_before)):
        fig.note = "an end of a range (在35%至36%之间)"
        return True
    if _AS_A_RULE_RE.search(text, _clause_start(text, start, start - len(sentence_before)), start):
        fig.note = "how units are set up as a rule (一般由3至5家律所组建一个联合党支部)"
        return True
    # (…在全市9个城区中排在前两位；全市注册会计师1580人: a ranking ends with its ；-group)
    group_from = _last_group_from(sentence_before)
    ranked = vocab.ranking_re.search(sentence_before, group_from)
    if ranked and not _places_ranked(sentence_before, ranked.end(), fig, ctx):
        fig.note = "inside a ranking (100强中)"
        return True
    for of_no_place, note in _NO_PLACES_FIGURE:
        if of_no_place(sentence_before, start, ctx):
            fig.note = note
            return True
    # 新建非公企业党组织28个、社会组织党组织11个: a change word heads its whole list
    floor = start - len(sentence_before)
    listed = _list_head(text, _clause_start(text, start, floor), floor) + before
    listed = _before_a_short_quote(text, start - len(before), floor) + listed
    # (律所152家（同比增加6家）、律师3186人: the change an earlier item's aside says is its own)
    listed = _CLOSED_ASIDE_RE.sub("", listed)
    # (分别较上年底的1121家、1.52万人增长…: the level then, not the change)
    if (cue := _change_word(listed, ctx)) and not _LEVEL_THEN_RE.search(listed):
        fig.note = f"change, not a level ({cue})"
        return True
    if _MORE_THAN_RE.search(before):
        fig.note = "change, not a level (比…多)"  # 比去年同期多9个
        return True
    if _NEW_UNITS_FRAME_RE.search(sentence_before, _last_group_from(sentence_before)):
        # 2024年新设律所中，有61家同步单独组建党支部，35家纳入联合党支部: the new ones' flow
        fig.note = "change, not a level (among the units new in a period: 新设律所中)"
        return True
    planned = sentence_before[_plans_reach(start - len(sentence_before), start, ctx) :]
    dated_ahead = "到" in planned or "前" in planned  # (到2025年 · 年底前 · 2025年前)
    # (…2024年工作要点: 年内选树示范点10个, within the year the plans are for)
    dated_ahead = dated_ahead or ctx.plans_titled and "年内" in planned
    deadline = _DEADLINE_RE.search(planned) if dated_ahead else None
    if (
        _plan_in(planned, vocab)
        or (
            deadline
            and vocab.plan_re.search(text, start, ctx.sentence_of(start)[1])
            # 到2018年底，已建立…，力争2019年底…
            and not _deadline_past(deadline, start - len(sentence_before), ctx)
        )
        or (
            deadline
            and _still_ahead(deadline, planned, start - len(sentence_before), ctx)
            and not _told_as_reached(fig, planned[deadline.end() :], ctx)
        )
    ):
        fig.note = "target or plan"
        return True
    # (联合党支部共有214个: the branches counted, not what one branch has, as 支部共有党员12名)
    branches_counted = ctx.catalog.classifier_group(fig.classifier or "") == "units"
    last_single = (
        max(
            (
                sentence_before.rfind(w)
                for w in no["single_entity"]
                if not (branches_counted and sentence_before.endswith(w))
            ),
            default=-1,
        )
        if vocab.single_entity_re.search(sentence_before)
        else -1
    )
    last_single = max(last_single, _last_named_firm(sentence_before, ctx))
    # (…，商会党委下设5个党支部，有党员96名: a clause opening with one unit's body)
    if held := last_match(vocab.body_holding_re, sentence_before):
        last_single = max(last_single, held.start())
    # “昭美布”联合党支部…有党员律师11名: one branch's members and firms (a rate after it, as
    # 联合党支部由2家…组建，党组织覆盖率达100%, is the place's)
    if fig.classifier and (branch := last_match(_ONE_NAMED_BRANCH_RE, sentence_before)):
        last_single = max(last_single, branch.end())
    opening = _SPEECH_OPENING_RE.match(sentence_before) or _UNIT_OPENINGS_RE.match(sentence_before)
    body = vocab.unit_body_opening_re.match(sentence_before, opening.end() if opening else 0)
    # (律所党支部：3490个 · 律所党委7个: a statistics label or a count right after the words,
    # no one unit's body)
    labelled = body and (
        sentence_before.startswith(("：", ":"), body.end())
        or not sentence_before[body.end() :].strip()
        or NUMERAL_START_RE.match(sentence_before, body.end()) is not None
        # (律所党委由2012年底的12个发展到…: the bodies counted over the years)
        or _COUNTED_OVER_YEARS_RE.match(sentence_before, body.end()) is not None
    )
    # (协会现有团体会员（律师事务所）563家: the profession's association and its members)
    members = (
        body is not None
        and "协会" in body[0]
        and _MEMBERS_OF_THE_BODY_RE.match(sentence_before, body.end()) is not None
    )
    # (…有律所185家…。律所共有党组织102个: the units the sentence before counted, all of them)
    counted = body is not None and _units_counted_before(body[0], start - len(sentence_before), ctx)
    if body and not labelled and not members and not counted:
        # 商会党支部成立于2017年，现有党员29名 · 如今，律所党委下设4个党支部
        last_single = max(last_single, 0)
    sentence_from = scope_from = start - len(sentence_before)
    if last_single == 0:
        # 该联合党支部由县内4家…律所联合组建，现有党员律师9名: a sentence about one unit; a
        # scope word in another clause describes it, it does not open the place's count
        scope_from = _clause_start(ctx.text, start, sentence_from)
    scope_at = _last_scope(scope_from, start, ctx)
    scope_at = scope_at + scope_from - sentence_from if scope_at >= 0 else -1
    # 该所…是全市185家律师事务所中第一家…: the place's count the firm is one of
    whole = before.rstrip().endswith(ALL_SCOPE)
    # (命名杭州娃哈哈集团有限公司党委等60家…党组织为…示范点: one named as the first of many)
    whole = whole or before.endswith("等")
    if last_single >= 0 and last_single >= scope_at and not whole:
        fig.note = "about a single firm"
        return True
    located = last_match(_LOCATED_UNIT_RE, sentence_before) if "位于" in sentence_before else None
    if (
        located is not None
        # (位于长江北岸的江北区: a place, where it lies; not 青岛国际法务中心已: a unit whose
        # name opens with a place)
        and not _only_a_place(located[1].removesuffix("已"), ctx)
        and _last_scope(start - len(sentence_before) + located.end(), start, ctx) < 0
    ):
        fig.note = "about one unit, named by where it is (位于人民南路的金汇中心)"
        return True
    if _said_by_one_units_head(fig, ctx):
        fig.note = "about one unit, in the words of its head (“党员占比达到12.9%…”公司党委书记说)"
        return True
    if _ONE_UNIT_GREW_RE.search(sentence_before):
        fig.note = "about one unit, how it grew (十年间，律所发展到律师42名)"
        return True
    if _AT_ITS_FOUNDING_RE.search(sentence_before):
        fig.note = "about one unit when it was set up (刚成立党支部时，只有3名党员)"
        return True
    if _CAME_FROM_RE.search(before):
        fig.note = "where some came from (参训律师来自全市28家律所), not the place's count"
        return True
    if _founded_unit(sentence_before, ctx):
        fig.note = "about one unit, said when it was founded (大成厦门成立于2012年，…)"
        return True
    if _TEAM_RECRUITED_RE.search(sentence_before):
        fig.note = "members a team took in (组建…护企团32支，共吸纳186名律师)"
        return True
    if (example := last_match(_EXAMPLE_UNIT_RE, sentence_before)) and _one_unit(example[1], ctx):
        fig.note = "about one unit taken as an example (以仙桃国际大数据谷为例，…)"
        return True
    if _one_unit_named_after(fig, ctx):
        fig.note = "about a single firm (named after the figures: ——这是某所…)"
        return True
    if ctx.about_one_firm and scope_at < 0 and not _a_place_body_acts(sentence_before):
        fig.note = "about a single firm (the page is about one, and the sentence names no place)"
        return True
    if scope_at < 0 and _entry_about_one_firm(start, ctx):
        fig.note = "about a single firm (its entry's heading names it: 【…律师事务所】)"
        return True
    return False


# 【甘肃陇源正和律师事务所】该所成立于2003年…: a yearbook's or a list's entry, headed by its name
_ENTRY_HEADING_RE = re.compile(r"[ \t\u3000]*【([^】\n]{2,30})】")


def _entry_about_one_firm(pos: int, ctx: Context) -> bool:
    """The paragraph ``pos`` stands in opens with a bracketed heading that names one firm."""
    heading = _ENTRY_HEADING_RE.match(ctx.text, _line_start(ctx.text, pos))
    if heading is None:
        return False
    name = heading[1]
    ending = next((e for e in ctx.catalog.unit_name_endings if name.endswith(e)), None)
    if ending is None:
        return _about_one_firm(name, ctx)
    own = name.removesuffix(ending)  # (【全市律师事务所】 · 【优秀律师事务所】: no one firm)
    return len(own) >= 2 and not consume(own, ctx) and not _RANK_RE.search(own)


# the Party body a set-up verb names right before a term of firms: 已建党组织|事务所
_PARTY_BODY_END_RE = re.compile(r"(?:党组织|党支部|党委|党总支)$")
# 在位于人民南路的金汇中心， · 位于长安区的裕华国际商务中心入驻…: one unit, named after where
# it stands, then what it holds
_LOCATED_UNIT_RE = re.compile(
    r"位于[^，,；;。]{2,15}?的([^，,；;。的\d]{2,12}?)"
    r"(?:[，,]|入驻|集聚|聚集|汇聚|现有|共有|拥有|成立|建立|组建)"
)
# 其中单独建立的: how a standalone branch is made
_SET_UP_ALONE_RE = re.compile(r"(?:其中|其中，)?(?:单独|独立)(?:建立|组建|成立|设立)")
# 多家企业联合组建 · 由两家以上律所共同建立: how a joint branch is made, which picks none out
JOINT_MAKERS = r"(?:由)?(?:多家|几家|若干|两家以上|两家及以上|2家以上|2家及以上)[^，,；;。\d]{0,8}?"
_SET_UP_JOINTLY_RE = re.compile(rf"{JOINT_MAKERS}(?:联合|共同)(?:组建|建立|成立|设立)")
_JOINT_MAKERS_RE = re.compile(JOINT_MAKERS)
# 新设小所，党员不足3名 · 正式党员少于3人的: fewer members than a branch needs, a threshold
THRESHOLD_MEMBERS = 3
_FEWER_MEMBERS_RE = re.compile(r"党员(?:人数)?(?:均|都)?(?:不足|少于|不到|不满)$")
# 由一家律所单独建立的党支部 · 由3家律所联合组建的党支部: after 由, the firms one branch was set up
# by, an agent of the clause, no count of the place's
_SET_UP_AFTER_RE = re.compile(
    r"[^，,；;。\d]{0,10}?(?:单独|联合|共同)?(?:组建|建立|成立|组成|设立)"
)
# the head of one unit (公司党委书记 · 律所主任 · 商会会长) and the verbs of what they say
_ONE_UNITS_HEAD = (
    r"(?:公司|集团|企业|律所|所|事务所|商会|协会|公证处)(?:党委|党支部|党总支)?"
    r"(?:书记|副书记|主任|负责人|董事长|总经理|会长|秘书长)"
)
_SAYS = r"(?:说|表示|介绍|告诉记者)"
# ”公司党委书记说 · ”该所主任介绍: a quote's speaker, the head of one unit
_ONE_UNITS_HEAD_SAID_RE = re.compile(
    rf"”[，,]?(?:该|这家|这个)?{_ONE_UNITS_HEAD}[^，,。“”]{{0,6}}?{_SAYS}"
)


# 新疆某律师事务所主任、党支部书记王建军说，…。“…”: the head of one unit speaking, the quote
# after the sentence theirs too
_ONE_UNITS_HEAD_SPOKE_RE = re.compile(
    rf"[^，,；;。“”]{{0,12}}?{_ONE_UNITS_HEAD}[^，,。“”]{{0,12}}?{_SAYS}"
)


def _said_by_one_units_head(fig: Figure, ctx: Context) -> bool:
    """The figure stands in a quote that the head of one unit is then said to have spoken, or
    that follows the sentence where that head speaks."""
    text = ctx.text
    close = text.find("”", fig.number.end, fig.number.end + QUOTED_SPEECH_MAX)
    if close < 0:
        return False
    if _ONE_UNITS_HEAD_SAID_RE.match(text, close) is None and not text.startswith("。", close - 1):
        return False  # (most figures: decided without a scan back for the quote's opening)
    opened = text.rfind("“", max(0, fig.number.start - QUOTED_SPEECH_MAX), fig.number.start)
    if opened < 0 or opened < text.rfind("”", opened, fig.number.start):
        return False
    if _ONE_UNITS_HEAD_SAID_RE.match(text, close) is not None:
        return True
    if opened == 0 or text[opened - 1] != "。":
        return False
    spoken = max(text.rfind("。", 0, opened - 1), text.rfind("\n", 0, opened - 1)) + 1
    return _ONE_UNITS_HEAD_SPOKE_RE.match(text, spoken) is not None


QUOTED_SPEECH_MAX = 80  # characters from a figure to the end of the quote it stands in
# 十年间，律所发展到律师42名: a unit (not the place's units, counted) grown to its people
_ONE_UNIT_GREW_RE = re.compile(
    r"(?:^|[，,；;：:])(?:该|这家|这个|本)?(?:律所|律师事务所|事务所|所|公司|企业|商会|公证处)"
    r"(?:已经|已)?(?:发展到|发展为|增至|增加到|扩大到|壮大到)(?:拥有)?(?:执业)?(?:律师|党员|员工|公证员)"
)
_AT_ITS_FOUNDING_RE = re.compile(
    r"(?:刚|初|最初|当初)(?:成立|组建|建立)(?:党支部|支部|党委|党总支)(?:之)?时"
)
_CAME_FROM_RE = re.compile(r"来自(?:全[国省市区县]|[^，,；;。\d]{0,6}?的)?$")
# 大成厦门成立于2012年 · 成都盈科是其中规模较大的分所之一: a sentence opening with one unit,
# said when it was founded or which of its kind it is
_FOUNDED_SUBJECT_RE = re.compile(
    r"[“\"]?([^，,；;。\d“”]{2,12}?)(?:(?:成立|创立|创办|设立|组建)于"
    r"|(?:是|作为)[^，,；;。\d]{0,14}?(?:律所|分所|事务所|组织|机构|协会|商会|联合会)之一)"
)
# (市律师行业党委成立于2009年，下设…: the sector's body, whose branches are the sector's)
_BODY_ENDINGS = ("党委", "党总支", "党支部", "党组织", "律协", "委员会", "工委", "局", "厅")


def _founded_unit(sentence_before: str, ctx: Context) -> bool:
    # (…负责人介绍，联合会成立于2016年，现有…: after the words of who speaks)
    opening = _SPEECH_OPENING_RE.match(sentence_before)
    found = _FOUNDED_SUBJECT_RE.match(sentence_before, opening.end() if opening else 0)
    if found is None:
        return False
    name = found[1]
    return not name.endswith(_BODY_ENDINGS) and not consume(name, ctx)


# 协会党支部书记顾雪芳告诉记者，协会现有… · …公司党委书记说，公司现有员工3600人: the clause
# after who said it opens the sentence
_SPEECH_OPENING_RE = re.compile(
    r"[^，,；;。]{0,30}?(?:告诉记者|向记者介绍|介绍说|介绍|说|表示)[：:，,]"
)
# 每三名律师中就有一名 · 每10家企业中有: a ratio of a group, no count
_PER_GROUP_RE = re.compile(
    rf"每(?:\d+|[{CN_DIGITS}]+)(?:名|个|家|位|人)[^，,；;。\d]{{0,8}}?中?(?:就|便)?(?:有|是)$"
)
# 2013年，在市社会组织党工委指导下，商会成立党委 · 如“云帆科技”党委 · 在“星火直播产业园”，园区党委:
# when, under whose guidance, an example's 如, or the named place of one unit, before its body
_UNIT_OPENINGS_RE = re.compile(
    rf"(?:{_WHEN_OPENING_RE.pattern}"
    r"|在[^，,；;。“”]{2,20}?(?:指导|推动|帮助|支持|带动)下[，,]?"
    r"|(?:如|比如|例如|譬如)[，,]?(?=“)"
    r"|在“[^”\n]{2,16}”[，,])*"
)
# 对城阳区现有的32家律所逐一建档立卡: the units that exist, acted on one by one, all of them
_EXISTING = ("现有的", "现有")
_ONE_BY_ONE = ("逐一", "逐个", "挨个", "一一")
# 组建“红色律师护企团”32支，共吸纳186名律师，其中党员律师132名: the people a team formed in
# the sentence took in, no count of the place's
_TEAM_RECRUITED_RE = re.compile(
    r"(?:组建|成立|组成|建立)[^，,；;。]{0,20}?(?:团|队|小组|联盟)[^；;。]*?[，,]"
    r"(?:共|先后|累计)?(?:吸纳|吸收|集结|招募|汇聚)[^；;。]*$"
)
# 以仙桃国际大数据谷为例，园区党委下辖… · 以一栋律所集聚楼宇为例，楼内…: one unit (not 以渝北区为例
# or 以律师行业为例: a place or a sector, its figures the place's)
_EXAMPLE_UNIT_RE = re.compile(r"(?:^|(?<=[，,；;：:]))以([^，,；;。]{2,20}?)为例[，,]")


def _one_unit(words: str, ctx: Context) -> bool:
    """Words that name neither a place (民企大省浙江), a region (西部) nor a sector or term
    (律师行业): one unit's name (温州市服装商会: a place's unit, by how it ends)."""
    cat = ctx.catalog
    regions = cat.not_observation["regions"]
    unit = words.endswith((*cat.unit_name_endings, *cat.pointed_unit_kinds))
    return (
        not consume(words, ctx)
        and (unit or not ctx.gaz.find(words))
        and not any(r in words for r in regions)
    )


# 便与县内另外两家律所共同组建了联合党支部 · 北京一家律所与河北|一家律所共同组建的…: the others a
# unit joined with, not a place's count (one partner: 一家 after 与 and a few words)
_PARTNERS_RE = re.compile(r"与[^，,；;。\d]{0,6}?(?:另外|其他|其它)$")
_ONE_PARTNER_RE = re.compile(r"与[^，,；;。\d]{0,6}?$")
# 兰州、天水等14个市州均…: the examples name all of those counted
_ALL_COUNTED_RE = re.compile(rf"等(?:\d+|[{CHINESE_DIGITS}]+)个")


def _change_word(words: str, ctx: Context) -> str | None:
    """The growth word that makes a figure after ``words`` a change, not a level (新增, 较上年
    增加…; not 增长到 or 从528人增长…, which reach a level)."""
    no = ctx.catalog.not_observation
    if not ctx.vocab.growth_re.search(words):
        return None
    for cue in no["growth"]:
        k = words.rfind(cue)
        if k >= 0 and not words.startswith(no["growth_ok_after"], k + len(cue)):
            if cue in ("增长", "增加", "提高", "下降") and re.search(r"[从由]", words[:k]):
                continue  # 从528人增长到… handled as from_to
            return cue
    return None


def _of_examples(sentence_before: str, start: int, ctx: Context) -> bool:
    """北京、上海等地律所党组织覆盖率达100% · …等园区…，园区内…: the places listed as
    examples, with no scope or other place named after them."""
    floor = start - len(sentence_before)
    ends = [zone_end(ctx.text, e) for _, e, _ in ctx.places_in(floor, start)]
    examples = [
        e for e in ends if listed_as_example(ctx.text, e) and not _ALL_COUNTED_RE.match(ctx.text, e)
    ]
    if not examples:
        return False
    if any(c in ctx.text[examples[-1] : start] for c in "；;"):
        return False  # 赴延安、照金等地开展…；命名…示范点6个: a clause of its own after them
    return _nothing_scoped(examples[-1], start, ctx)


def _nothing_scoped(at: int, start: int, ctx: Context) -> bool:
    """No place and no scope word (全市) between ``at`` and the figure at ``start``."""
    return _last_scope(at, start, ctx) < 0 and not ctx.places_in(at, start)


def _of_some_unnamed(sentence_before: str, start: int, ctx: Context) -> bool:
    """有的县只有一两家律所 · 有的县律所党员不足三名: no place or scope named after 有的."""
    found = last_match(ctx.vocab.some_unnamed_re, sentence_before)
    if found is None:
        return False
    if "——" in sentence_before[: found.start()] and "——" in sentence_before[found.end() :]:
        return False  # 律所党组织——有的是一所一支部，有的是几所一支部——共47个: an aside says so
    if any(
        f.start() < found.start() < f.end()
        for framed in (_PROBLEM_FRAMED_RE, _CAUSE_GIVEN_RE)
        for f in framed.finditer(sentence_before)
    ):
        # 针对部分律所党员人数少…的实际，推动2家… · 主要是部分县级公证处合并所致；公证员…:
        # the problem met or the cause given, closed before
        return False
    at = start - len(sentence_before) + found.start()
    if whole := _UNIT_THEN_ITS_WHOLE_RE.match(ctx.text, at + len(found[0])):
        at = whole.end()  # 有的县全县仅有律所2家: the scope word is that county's
    return _nothing_scoped(at, start, ctx)


_URGED_AS_A_FLOW_RE = re.compile(r"新|又|再次|以来|转为|转变为")
# 针对部分律所党员人数少、难以单独建支部的实际，: the problem a measure meets, a frame closed
# before what was done
_PROBLEM_FRAMED_RE = re.compile(
    r"(?:针对|鉴于|面对|考虑到)[^；;。]{0,40}?(?:的实际|的问题|的情况|的现状|的特点|的难题|等问题|等情况)[，,]"
)
# 主要是部分县级公证处合并所致；: why a figure moved, a clause closed before the next
_CAUSE_GIVEN_RE = re.compile(
    r"(?:主要是|主要由于|主要因为|原因是|系|因)[^；;。]{0,30}?(?:所致|造成的?|导致的?)[；;，,]"
)
# 有的县全县… · 个别区全区…: the unnamed unit, then the whole of it
_UNIT_THEN_ITS_WHOLE_RE = re.compile(r"([省市县区])[，,]?全\1")


def _list_head(text: str, clause_from: int, floor: int) -> str:
    """The items before a list item's clause (新建非公企业党组织28个、 before 社会组织…11个),
    up to the clause the list opens in; empty when the clause is no list item."""
    k = clause_from
    while k > floor and text[k - 1] == "、":
        k = _clause_start(text, k - 1, floor)
    return text[k:clause_from]


def _list_opening(fig: Figure, st: SentenceState, ctx: Context) -> str:
    """What a list's first item says before its figure, when ``fig`` is a later item: the
    head the items share (表彰非公企业和社会组织先进基层党组织40个、优秀共产党员60名)."""
    text = ctx.text
    clause_from = _clause_start(text, fig.number.start, st.start)
    head_from = clause_from - len(_list_head(text, clause_from, st.start))
    first = next((f.number.start for f in st.counts if head_from <= f.number.start), clause_from)
    return text[head_from:first] if head_from < clause_from else ""


def _counts_unnamed_places(sentence_before: str, start: int, ctx: Context) -> bool:
    """其他10个设区市合计律所513家、律师4781名: the figures after such a phrase, up to the
    next place named or the next ；, count no place the text names."""
    group_from = max(sentence_before.rfind(c) for c in "；;") + 1
    found = list(ctx.vocab.other_places_re.finditer(sentence_before, group_from))
    return bool(found) and not _place_named_since(found[-1].end(), sentence_before, start, ctx)


def _place_named_since(at: int, sentence_before: str, start: int, ctx: Context) -> bool:
    """A place is named between ``at`` (an offset into ``sentence_before``) and the figure
    at ``start``: the unit or places named at ``at`` no longer hold."""
    text = ctx.text
    # 新兴镇是甘谷县经济强镇，…: a place that describes the unit (是, 位于) names no other;
    # nor one it is measured against (东部地区…约占全国同类企业的六成)
    return any(
        text[s - 1 : s] not in DESCRIBED_BY and text[s - 1 : s] != "占"
        for s, _, _ in ctx.places_in(start - len(sentence_before) + at, start)
    )


DESCRIBED_BY = "是于属"


class UnitNames(NamedTuple):
    """Where a text names one unit (a firm, an office, a company) by how its name ends."""

    subject: re.Pattern[str]  # 泰和泰律师事务所有律师600余名: a unit as a clause's subject
    scene: re.Pattern[str]  # 在北京德恒（贵阳）律师事务所，…: the unit a sentence opens in
    unnamed: re.Pattern[str]  # 有一家在贵阳的律所，…: one unit the text does not name
    organ: re.Pattern[str]  # 某某律师事务所党支部2022年度工作总结: a unit's Party organization
    opening: re.Pattern[str]  # 云南滇诚律师事务所2024年招聘公告: a title opening with a firm
    after_place: re.Pattern[str]  # 江苏引航律师事务所: a name right after a place
    headline: re.Pattern[str]  # 正泰集团：党建红引领…: a title about one unit
    committee: re.Pattern[str]  # 金健米业党委下设…: a Party committee, named with its body


_INSIDE_THE_ZONE_RE = re.compile(r"(?:^|(?<=[，,；;]))区内")  # ，区内…: inside the zone named
ZONE_WORDS = ("开发区", "高新区", "园区")


def _of_a_sub_county_unit(sentence_before: str, start: int, ctx: Context) -> bool:
    """陆家嘴街道集聚律所126家、律师3400余名: a clause that opens with a street, town, park
    or building speaks of that one unit, up to the next place the text names."""
    found = list(ctx.vocab.sub_county_re.finditer(sentence_before))
    sentence_start = start - len(sentence_before)
    earlier = ctx.text[:sentence_start]
    named = [
        m
        for m in found
        if _names_one_unit(m, ctx, earlier)
        and _scopes_on(m, sentence_before)
        and not _RELIED_ON_RE.search(sentence_before, max(0, m.start() - 2), m.end())
        and not _inside_a_term(sentence_before, m.start(), m.end(), ctx)
    ]
    if named and not _place_named_since(named[-1].end(), sentence_before, start, ctx):
        return True
    # 天津经济技术开发区是…功能区，区内…党组织覆盖率在75%以上 · 高新区共有…。区内建立…: inside
    # the zone just named, in its sentence or the one before
    inside = last_match(_INSIDE_THE_ZONE_RE, sentence_before)
    if inside is None:
        return False
    said = sentence_before[: inside.start()]
    if not said and sentence_start > 0 and ctx.text[sentence_start - 1] != "\n":
        said = ctx.text[ctx.sentence_of(sentence_start - 1)[0] : sentence_start]
    return any(z in said for z in ZONE_WORDS)


def _inside_a_term(text: str, start: int, end: int, ctx: Context) -> bool:
    """The words text[start:end] begin a catalog term that runs past them (有乡镇法律服务所:
    乡镇 as the kind of office, no town)."""
    return any(
        (term := ctx.vocab.term_lex.longest_at(text, i)) and i + len(term) > end
        for i in range(start, end)
    )


SCENE_AFTER = ("，", ",", "中", "内", "里")  # 在陆家嘴街道，… · 在园区内…: the scene set
# 珲春市依托边境经济合作区，建立…: the unit a place relies on, no scene of its figures (not
# 依托国际金融中心楼宇建立…: where, with no place acting, they were set up)
_RELIED_ON_RE = re.compile("[市县区旗州盟](?:依托|依靠|借助|立足)")


def _scopes_on(unit: re.Match[str], sentence_before: str) -> bool:
    """A unit that opens a clause speaks on to the figure; one where its clause acts (在家具
    产业园区和专业市场选派党建指导员136名；举办…培训班3期) only up to that clause's end, unless
    it sets the scene (在陆家嘴街道，… · 在园区内…)."""
    after = sentence_before[unit.end() :].removeprefix("区")  # (苏州工业园|区: the name runs on)
    if not unit[0].startswith("在") or after.startswith(SCENE_AFTER):
        return True
    return not any(c in after for c in "，,；;")


_SETTLED_IN = (
    "入驻",
    "进驻",
    "落户",
    "集中在",
    "集中于",
    "分布在",
    "分布于",
    "聚集在",
    "集聚在",
    *LOCATED_AT,
)
# 商务楼|宇和专业市场 · 街道、社区: another kind or unit joined after it (its name may run on)
_JOINED_AFTER_RE = re.compile(r"[\u4e00-\u9fff]?[和、及与]")
# (…商务楼|宇为单元: the unit's name may run on a character)
_GROUPED_BY_RE = re.compile(r"[\u4e00-\u9fff]?为(?:单元|单位|载体|平台)")


def _names_one_unit(m: re.Match[str], ctx: Context, earlier: str = "") -> bool:
    """全县各乡镇, 城区街道, 思明区楼宇 name no one unit; 陆家嘴街道, 广州科学城 and
    准格尔经济开发区 (a place's own park) do, and so does a bare 开发区 after one was named
    in the paragraph (or, for a zone, anywhere in ``earlier``, the text before the sentence):
    that one (全区各类园区…，园区已建立…: all of them)."""
    name, unit = m[1], m[2]
    no = ctx.catalog.not_observation
    if name and (name in no["zone_grades"] or _zones_of_a_kind(name + unit, ctx)):
        return False  # 重点商圈 · 商务楼宇 · 西安市共有重点商务楼宇: a kind, not a name
    if name.endswith("的"):
        return False  # 单独建立党支部的楼宇企业: those a relative clause picks out, no name
    if name.endswith(_SETTLED_IN):
        return False  # 其中九成以上入驻商务楼宇；执业律师…: where firms settled, a kind, no name
    if not name and ctx.vocab.zones_counted_re.search(m.string, 0, m.start()):
        return False  # 全市11个工业园区共有企业…，园区企业…: the ones just counted
    placed = ctx.gaz.find(m.string[m.start(2) : m.start(2) + 8])
    if placed and placed[0][0] == 0:
        return False  # 镇平县 · 镇江市: a place whose name opens with the unit's word
    if name.startswith("跨"):
        return False  # 跨乡镇组建联合党支部: across townships, no one of them
    if unit == "镇" and name.endswith(("重", "城")):
        return False  # 顺德是民营经济重镇 · 城镇: a hub, towns and cities, no one town
    if unit == "乡" and name.endswith("城"):
        return False  # 记者从市住房城乡建设委获悉 · 城乡: town and country, no one township
    if unit == "乡" and m.string.startswith(("市", "县"), m.end()):
        return False  # 据桐乡市司法局统计: a place whose name ends with 乡
    if unit == "乡" and m.string.startswith("族", m.end()):
        return False  # 积石山保安族东乡族撒拉族自治县: a people's name (东乡族), no township
    if unit == "乡" and m.string.startswith(("镇", "村"), m.end()):
        return (
            False  # 依托乡镇、村和工业园区建立… · 乡村振兴: townships or the country, no one unit
        )
    if m.string.startswith(("经济", "党建"), m.end()):
        return False  # 聚焦楼宇经济 · 推进园区党建: a kind of work, no one unit
    if m.string.startswith("等", m.end()):
        return False  # 在珠江新城等重点楼宇推行…: an example of a kind, no one unit
    if _GROUPED_BY_RE.match(m.string, m.end()):
        return False  # 以商务楼宇为单元建立联合党支部: how they were grouped, no one unit
    if not name:  # (在开发区方面，全省149个…开发区中: a topic, not the zone)
        after = m.string[m.end() : m.end() + 2]
        definite = unit in no["sub_county_definite"] and not m[0].startswith("在")
        # (…的长沙经济技术开发区集聚…，园区非公企业党组织…: the one its sentence named; a
        # zone's page names it once, in its paragraph or above)
        paragraph = earlier if unit in _ZONE_UNITS else earlier[earlier.rfind("\n") + 1 :]
        before = paragraph + m.string[: m.start()]
        return definite and after != "方面" and _one_named(unit, before, ctx)
    if unit not in no["sub_county_units"]:
        return False  # 鸠江区依托开发区: a definite unit, after other words
    # (not 和平镇: a name that opens with 和)
    if any(c in name[1:] for c in "和、及与") or _JOINED_AFTER_RE.match(m.string, m.end()):
        # 依托配送站点和商圈建立党支部 · 依托商务楼宇和专业市场建立…: kinds joined, no one unit's name
        return False
    if not consume(name, ctx) or name in ctx.local_names:
        return True
    if not _only_a_place(name, ctx):
        return False
    # (越秀区的北京街道: a street named after a place far from the text's, no place's streets)
    return unit not in no["sub_county_collective"] or _far_from_the_texts_place(name, ctx)


def _far_from_the_texts_place(name: str, ctx: Context) -> bool:
    """The place ``name`` names is none the text's own place lies in or holds."""
    own = ctx.default_place
    if own is None:
        return False
    places = ctx.gaz.find(name)[0][2]
    return not any(p == own or _lies_in(p, own) or _lies_in(own, p) for p in places)


def _zones_of_a_kind(words: str, ctx: Context) -> bool:
    """商务楼宇 · 重点商圈 · 西安市共有重点商务楼宇: words ending in a kind of zone after
    nothing but places, scope words, a grade or a verb of having: the kind, no one's name."""
    no = ctx.catalog.not_observation
    kind = next((k for k in no["zones_as_a_whole"] if words.endswith(k)), None)
    if kind is None:
        return False
    head = words[: -len(kind)]
    grade = next((g for g in no["zone_grades"] if head.endswith(g)), "")
    head = head[: len(head) - len(grade)]
    having = next((h for h in _ZONES_HAD_BY if head.endswith(h)), "")
    head = head[: len(head) - len(having)]
    # (苏州工业园区: a place's own park, named; 街道辖区内现有商务楼宇: the street's)
    all_of = bool(grade or having) or not head or head.endswith((*ALL_SCOPE, "各"))
    return all_of and (not head or consume(head, ctx))


_ZONES_HAD_BY = ("共有", "拥有", "现有", "有")  # 西安市共有重点商务楼宇: all of the place's


def _one_named(unit: str, text: str, ctx: Context) -> bool:
    """``text`` names one unit of the kind (准格尔经济开发区 for 开发区, 滨海智造产业园 for
    园区)."""
    kind = unit.removesuffix("区")
    if unit in _ZONE_UNITS and any(
        not m[1].endswith(ALL_SCOPE) and m[1] not in _ZONE_GRADES
        for m in _NAMED_ZONE_RE.finditer(text)
    ):  # (全省开发区园区党组织…，园区企业…: all of the place's zones, none named)
        # 长沙经开区是…主阵地。园区聚集企业2800余家 · 走进芜湖经济技术开发区…经开区现有…: the
        # zone named, one park
        return True
    return any(
        m[1] and m[2].removesuffix("区").endswith(kind) and _names_one_unit(m, ctx)
        for m in ctx.vocab.sub_county_re.finditer(text)
    )


_NAMED_ZONE_RE = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:经开区|高新区|开发区|产业集聚区)")
_ZONE_UNITS = ("园区", "开发区", "经开区", "高新区", "集聚区")  # a bare one: the zone named before
_ZONE_GRADES = ("国家级", "省级", "市级", "各类", "省级以上")


# 洋浦经济开发区现有企业4200余家: a zone opening a clause, named after no place we know
_ZONE_OPENING_RE = re.compile(
    rf"(?:^|(?<=[，,；;。：:\s]))(?:其中，?|在)?([\u4e00-\u9fff]{{2,4}}?)({'|'.join(ZONES)})"
)


_PREPOSITIONS = ("从", "在", "向", "据", "于", "对", "自", "到")


def _of_an_unknown_zone(sentence_before: str, start: int, ctx: Context) -> bool:
    """The clause opens with a development zone whose name is no place the gazetteer knows
    (成都高新区 is 成都市's): its figures have no place to give, up to the next one named."""
    found = [
        m
        for m in _ZONE_OPENING_RE.finditer(sentence_before)
        # 包头稀土高新区: a place and more is no place's zone (包头高新区 is 包头市's)
        if not _only_a_place(m[1], ctx)
        and not _only_a_place(m[1] + m[2], ctx)
        # (新区各类开发区 · 全省开发区园区: all of the place's zones, no one zone's name)
        and not m[1].endswith(ctx.catalog.not_observation["zone_grades"])
        and not m[1].endswith(ALL_SCOPE)
        # (记者从新区两新工委了解到: a preposition before the text's own 新区, no zone's name)
        and not m[1].endswith(_PREPOSITIONS)
    ]
    return bool(found) and not _place_named_since(found[-1].end(), sentence_before, start, ctx)


# 有一个所，就是大成武汉的同事们，…: a clause of its own that brings one unit in
_THERE_IS_RE = re.compile(r"(?:^|[，,；;。：:])(?:还|也|就)?有$")
_ONE_THEN_A_PAUSE_RE = re.compile(r"一[个家所位名][^，,；;。\d]{0,8}?[，,]")


def _one_told_of(sentence_before: str, start: int, ctx: Context) -> bool:
    """One unit brought in to be told of (有一个所，…), not a place's count of one."""
    return (
        _THERE_IS_RE.search(sentence_before) is not None
        and _ONE_THEN_A_PAUSE_RE.match(ctx.text, start) is not None
    )


# Figures of no place the dataset can name, in the order they are tried.
_NO_PLACES_FIGURE: tuple[tuple[Callable[[str, int, Context], bool], str], ...] = (
    (_counts_unnamed_places, "counts places the text does not name (其他10个设区市)"),
    (_of_a_sub_county_unit, "about one street, town, park or building"),
    (_of_examples, "about places named as examples (…等地)"),
    (_of_some_unnamed, "about some places or units, unnamed (有的…)"),
    (_of_an_unknown_zone, "about a development zone the gazetteer does not know"),
    (_one_told_of, "one unit the text goes on to tell of (有一个所，就是…)"),
)


def _only_a_place(name: str, ctx: Context) -> bool:
    """The name is one place the gazetteer knows (a text's short name for its own: see
    _names_one_unit)."""
    return any(s == 0 and e == len(name) for s, e, _ in ctx.gaz.find(name))


def _only_places(name: str, ctx: Context) -> bool:
    """The name is places, one after another (青岛市黄岛): the gazetteer's, or the text's own
    short names for them."""
    return names_only_places(name, ctx.gaz, ctx.local_names)


def names_only_places(name: str, gaz: Gazetteer, local_names: tuple[str, ...] = ()) -> bool:
    """The name is the gazetteer's places (or the given short names), one after another."""
    found = gaz.find(name)
    if any(name[s:e] in nicknames() for s, e, _ in found):
        return False  # (冰城律师事务所: a firm's trade name, not the city's)
    ends = {s: e for s, e, _ in found}
    # (青岛市市南: a city, then one of its counties by short name)
    for _, e, places in found:
        county = gaz.county_in(name[e:], places[0]) if len(places) == 1 else None
        short = next(
            (
                n
                for n in (3, 2)
                if e + n <= len(name) and county in gaz.county_short.get(name[e : e + n], ())
            ),
            0,
        )
        if county is not None and short:
            ends.setdefault(e, e + short)
    at = 0
    while 0 <= at < len(name):
        own = next((n for n in local_names if name.startswith(n, at)), "")
        at = ends.get(at, at + len(own) if own else -1)
    return at == len(name) > 0


# 一家 · 这家 · 那个: one unit (not 每一家, 没有一家, 只有一家: how many there are)
ONE_UNIT = r"(?<![每任哪\d零〇一二两三四五六七八九十百千万])(?<!没有)(?<!只有)(?<!仅有)[一这那]"  # (not 四十一家)


# 规模最大的 · 唯一的 · 首家: how a unit or place ranks, after 为/系 (…为全县规模最大的律所)
# (…党委成立，为全市第3家律所党委: its rank among the place's)
_SUPERLATIVE_RE = re.compile(
    r"[^，,；;。\d]{0,8}?(?:最|唯一|首家|第一|第(?:\d{1,3}|[二三四五六七八九十]{1,3})[家个])"
)


def unit_name_patterns(endings: Iterable[str], pointed_kinds: Iterable[str] = ()) -> UnitNames:
    """Where a text names one unit (a firm, an office, a company) by the way its name ends,
    or points to one of a kind (这家…商会)."""
    endings = tuple(endings)
    unit = any_word_re(endings).pattern
    pointed = any_word_re((*endings, *pointed_kinds)).pattern
    # a title names a unit by its full form: 加强律所党支部建设, 对话律所党委书记 name none
    full = any_word_re(e for e in endings if len(e) >= 3).pattern
    name = r"[^，,；;。：:、（）()“”的\s—]{2,12}(?:[（(][^（）()]{1,6}[)）])?"
    # 清河县恒泰羊绒制品有限公司党委: a company's name runs longer (not 牵头成立区社会组织综合党委:
    # a clause that sets one up)
    long_name = r"(?:(?!成立|组建|建立|设立|牵头)[^，,；;。：:、（）()“”的\s—]){2,24}"
    # 驻庆中直企业大庆油田有限责任公司 · 南昌宏达精工有限公司: a company's longer name, before its ending
    company = rf"{long_name}(?:股份)?(?:有限)?(?:责任)?(?=公司|集团)"
    branch = r"(?P<branch>[\u4e00-\u9fff]{1,4}?(?:总所|分所|总部))?"  # 致同会计师事务所北京总所 · 成都总部
    # 信永中和会计师事务所（特殊普通合伙）党委 · 厦门鹭江联合律师事务所（化名）现有…
    form = r"(?:[（(](?:(?:特殊)?普通合伙|化名)[)）])?"
    return UnitNames(
        # 其中，泰和泰律师事务所有律师600余名 · 月星集团党委现有党员: a unit as a clause's subject
        subject=re.compile(
            # (本市规模最大的律所——厦门鹭江联合律师事务所现有…: named after a dash)
            rf"(?:^|(?<=[，,；;。：:、\s的—]))({name}|{company})"
            rf"({unit}){form}{branch}(?:党委|党总支|党支部)?"
            r"(?=有|现有|拥有|设有|共有|只有|仅有|下设|下辖|(?:于[^，,；;。]{1,10}?)?(?:已经?|早已|率先)?成立|是|作为"
            # (巴渝同心律所党委2019年由党总支升格成立: when it became what it is)
            r"|(?:(?:19|20)\d{2}年)?(?:由[^，,；;。\d]{1,6}?)?升格"
            # (恒信律师事务所如今已在国内设有89家办公室: now, and where)
            r"|(?:如今|目前|现在|眼下|至今)已?经?(?:在[^，,；;。\d]{1,6}?)?(?:有|拥有|设有|共有)"
            # (霍邱县正大律师事务所建立党总支，有党员17名: its own body, then what it has)
            # (公证天业会计师事务所设立党委，下辖6个党支部: its own body, then what it holds)
            r"|(?:单独)?(?:建立|组建|设立|成立)了?(?:党委|党总支|党支部)[，,](?:现|共)?(?:有|下设|下辖)"
            # 锦诚律师事务所党委（下设5个党支部、党员86名）: what it has, in an aside
            # (…的律所是于都正言律师事务所，有党员6名: or in the clause after it)
            r"|[（(，,](?:目前|如今|现在)?(?:下设|下辖|现有|共有|拥有|有)"
            # (总部设在杭州的天健会计师事务所，党委下设14个党支部: its own body's, after it)
            r"|[，,]其?(?:党委|党总支|党支部)(?:下设|下辖|现有|共有|有)"
            # 甘肃正衡律师事务所47名律师中有党员21名: its people, counted right after it
            r"|\d+名"
            # 北京嘉禾致远律师事务所一家就有执业律师超过1200名: what one firm alone holds
            r"|一家[，,]?(?:就|便|即)?(?:有|拥有|集中了)"
            r"|(?:总部)?(?:位于|坐落|地处)"
            # (四川锦城律师事务所以执业律师超过1000名…位列…第一: what it ranks by)
            r"|以(?:执业)?(?:律师|党员)"
            # 山西正襄律师事务所为全县规模最大的律所: how it ranks
            rf"|(?:为|系)(?:全[国省市县区]|本[省市县区]|当地)?{_SUPERLATIVE_RE.pattern}"
            # 即墨公证处全年办理公证1.2万件，现有公证员14名: the unit at its business
            # (南粤国际律师事务所2023年创收42亿元，拥有律师…: its takings in a year)
            r"|(?:(?:19|20)\d{2}年度?)?(?:全年|今年|去年|当年|年内|共|累计)?(?:实现)?(?:办理|受理|承办|出具|代理|创收|营收)"
            # 诸暨市公证处先后被评为…，1名公证员获评…: the unit the awards went to
            r"|(?:先后|曾|多次|还)?(?:被评为|被授予|被命名为|荣获|获评)"
            # (公职和公司律师348人: 公司律师, company lawyers, a kind of lawyer; no company)
            r"|(?<!公司)(?:执业)?律师(?:达|已达|共|逾|超过|近|约|\d)|党员(?:律师)?(?:达|已达|共|逾|超过|近|约|\d)"  # …律师事务所执业律师达213名
            # (江苏苏南律师事务所（执业律师186名、党员律师73名）设立党委: its people in an aside)
            r"|[（(](?:执业|注册)?(?:律师|会计师|公证员|党员)(?:律师)?\d"
            # (浙江天册律师事务所2023年律师人数…: its people in a year)
            r"|(?:19|20)\d{2}年(?:底|末)?(?:执业)?(?:律师|党员)"
            # 海洋律师事务所规模最大，有律师9名: the largest, described, then what it has
            r"|(?:规模|人数|党员人数)(?:最大|最多|最早|较大)[，,]"
            # (湖南浏河律师事务所党员人数已达到3名以上 · …与…律师事务所合并组建联合党支部 ·
            # …撤出原联合党支部: its own people, or what befell it)
            r"|(?:党员|律师)人数(?:已经?)?(?:达到|达|为)|(?:与[^，,；;。]{2,24}?)?(?:合并|撤出|退出|并入|注销))"
        ),
        # 在北京德恒（贵阳）律师事务所，党委下设…: the unit a sentence opens in is its topic
        # 比如甘肃正天合律师事务所，党员律师就有96名: an example is one unit too
        scene=re.compile(
            rf"(?:^|(?<=[，,；;。：:\s]))(?:再|又|还)?(?:在|走进|来到|比如|例如|譬如|像)"  # (再比如…)
            # (在红都所，12名律师中…: a firm by its short name, 所 alone; 比如江铃系配套企业
            # 南昌宏达精工有限公司，党委下设…: a company's name runs longer)
            rf"(?:[^，,；;。]{{0,12}}的)?({name}|{company})({unit}|所)"
            r"(?:党委|党总支|党支部)?(?:[，,]|——)"  # (在任丘康济医院——当地…: an aside after it)
        ),
        # 有一家在贵阳的律所，50多名律师中…: one unit, unnamed (not 每一家, 没有一家)
        # 这家成立于2003年的律所，现有…: one the text points back to · 郑州一家大型会计师
        # 事务所党委下设7个党支部: its Party body
        unnamed=re.compile(
            # (一家名为“芜湖安达汽车零部件有限公司”的企业: its name quoted, however long)
            # (一家年产值超百亿元的…企业: 一个月 is a month, 一家年… a firm)
            rf"{ONE_UNIT}(?:[家所]|个(?![月年季]))((?:名为|名叫|叫做?)[“\"][^”\"\n]{{1,30}}[”\"]的?|[^，,；;。]{{0,12}}?)({pointed})"
            # 最大的一家律所有律师326名 · 一家大型律所的党委下设… · 一家总部位于东城区的事务所
            # 今年迎来建所三十周年，所党委下设… (the words about it, up to a comma)
            # (一家头部律所党员律师超过160名: its own members)
            # (长沙一家律师事务所2018年成立党委，下设…: a year among the words too)
            # (英德城区一家律所是全市第一个…: what it is, said of it)
            r"(?:(?:[^，,；;。\d]|(?:19|20)\d{2}年){0,14}?[，,]|的?党委|的?党总支|的?党支部|的?党员|(?:现|共|拥|设)?有|为例|是"
            # (一家头部律所（在全国设有分所30余家、党员律师1100多名）: what it has, in an aside)
            r"|[（(]"
            # 仅一家大型会计师事务所就集中了注册会计师120余人、党员40余名: what it holds
            # (一个家电产业园就组建了联合党委1个: what one unit alone set up)
            r"|(?:就|便)?(?:集中|聚集|汇聚)了|(?:就|便)(?:组建|建立|成立)了?"
            # (一家国际化律所的天津办公室现有律师40余名: its office in a place)
            r"|(?P<office>的?[^，,；;。\d]{0,6}?(?:分所|办公室|分部|分公司))(?:现|共|拥|设)?有"
            # (一家律所牵头的联合党支部覆盖5家律所: the one branch it leads)
            r"|牵头(?:组建|成立)?的(?:联合)?党(?:支部|总支|委)"
            # (北京一家律所与河北一家律所共同组建的联合党支部: one firm and its partner)
            r"|[与和同](?=[^，,；;。]{0,16}?(?:共同|联合)(?:组建|建立|成立))"
            # (吴兴区一家律所成为首家设立党总支的律所: what one unit became)
            r"|(?:已|已经|率先)?成为"
            # (福田区一家大型律师事务所执业律师超过900人: its own people, counted right after)
            r"|[^，,；;。\d]{0,6}?(?=(?:超过|逾|近|约|达)?\d+[名人])"
            # (一家成立于1993年的律师事务所二十年来从3名律师发展到68名: how it grew)
            r"|[^，,；;。\d]{0,8}?[从由](?=[\d一二两三四五六七八九十几]))"
            # 这家律所已成长为…: the one the text points back to, whatever follows
            rf"|(?<![每任哪])(?:这|那)[家个所]([^，,；;。]{{0,12}}?)({pointed})"
        ),
        # 某某律师事务所党支部2022年度工作总结: a title about one unit's Party organization
        organ=re.compile(
            # (中共××律师事务所委员会2023年度党建工作报告: its committee's formal name)
            rf"([^，,；;。：:、“”\s]{{2,10}}?)({full})(?:党委|党总支|党支部|联合党支部|委员会)"
        ),
        # 正泰集团：党建红引领民企高质量发展: a title that opens with one unit's name
        headline=re.compile(
            rf"\s*({name})({unit})(?:党委|党总支|党支部)?[：:]"
        ),  # 晋江鞋服商会党委：
        # 湖南金健米业党委下设党支部12个: a committee named by what is not a place, a scope or
        # a term (全省律师行业党委 is the sector's) is one unit's, whatever the name's ending
        # (the name with its body, so that 律师行业联合党委 is read as the term it is)
        committee=re.compile(
            # (一家龙头企业——固始豫丰农业科技有限公司党委下设…: named after a dash too)
            rf"(?:^|(?<=[，,；;。：:、\s的—]))({long_name}?(党委|党总支)|{long_name}?(?:协会|商会|总会|研究会|学会|促进会)党支部)"
            # (温州市鞋革行业协会党委作为全市首家行业协会党委，下设… · …有限公司党委，下设…:
            # described, or after a comma, then its own; 郑州市物流协会党支部是…之一，目前有…)
            # (北京温州企业商会党委成立较早，目前下设…: when it was set up, then its own)
            r"(?=(?:(?:作为|是|成立|组建|建立)[^，,；;。]{1,20})?[，,]?(?:目前|如今|现在)?(?:下设|下辖|现有|共有|拥有|有)"
            # (唐山港陆钢铁有限公司党委坚持“党建+安全生产”，下设…: a company's, whatever it does)
            r"|(?<=公司党委|集团党委)[^，,；;。]{1,24}?[，,](?:目前|如今|现在)?(?:下设|下辖|现有|共有|拥有|有))"
        ),
        opening=re.compile(
            rf"\s*([^\W\d_在让把向为对与和的是所有各]{{2,10}}?)(?:{full})(?!党建|行业|协会)"
        ),
        # 江苏引航律师事务所 (a name before the ending), not 江苏省律师事务所: after a place
        after_place=re.compile(
            r"^(?!律师|律所|会计师|税务师|注册|组建|建立|成立|设立|新建|不少|很多|许多|大部分|部分|多数|一些|所有"
            r"|作为|集聚|聚集|汇聚|集中|同期|同时期|同年|当年)"  # 朝阳区作为律所最集中的城区 · 福田区集聚
            # 律所412家 · 全国同期律师事务所已达…: the place itself, no firm's name
            r"(?![^律]*[全共有各首家])[\u4e00-\u9fff]{2,5}?"
            rf"(?:[（(][^）)]{{1,6}}[）)])?({unit})"
        ),
    )


RANK_WORDS = ("先进", "优秀", "示范", "十佳", "模范", "标兵", "品牌", "星级", "五好")
_RANK_RE = re.compile("|".join(RANK_WORDS))


# a park or building with a name of its own in a title (法律服务产业园, 金融街大厦)
_EVERY_ONE_RE = re.compile(r"每一?[栋座幢个家]|各[栋座幢个家]?")
# 党员律师进园区 · 法律服务走进产业园: a campaign going into parks, no one park's page
_INTO_PARKS_RE = re.compile(r"(?:进|进入|走进|深入)$")  # (not 法律服务产业园: a name)
_NAMED_PARK_RE = re.compile(
    r"([\u4e00-\u9fff]{2,10}?)(?:产业园|科技园|工业园|园区|大厦|商务楼(?!宇)|写字楼)"  # (商务楼宇: all)
    r"(?!发展|建设|经济|高质量)"  # (红色引擎驱动园区发展: parks in general)
)


# a subtitle that introduces the one unit a feature portrays
_PROFILE_LEAD_RE = re.compile(r"[—-]{1,2}\s*(?:走进|记|探访|访|探秘|聚焦)")


# 湖南金洲律师事务所党支部: a line that is only one firm's Party body, under the title
_FIRMS_BODY_LINE_RE = re.compile(
    r"[^\S\n]*([^\s，。：:、]{2,24}(?:律师事务所|会计师事务所|公证处)(?:党委|党总支|党支部))[^\S\n]*"
)


def _firm_named_under_title(text: str, ctx: Context) -> bool:
    """A line of the page's head names one firm's Party body alone (a profile's subtitle)."""
    for line in text.split("\n", HEAD_LINES)[:HEAD_LINES]:
        named = _FIRMS_BODY_LINE_RE.fullmatch(line)
        if named is not None and _about_one_firm(named[1], ctx):
            return True
    return False


_THIS_FIRM_RE = re.compile(r"这(?:家|个)(?:律所|律师事务所|会计师事务所|事务所|公证处)")


def _about_one_firm(title: str, ctx: Context) -> bool:
    """The title names a firm's own Party organization (the firm's name is more than places,
    scope words and modifiers, and no rank: 全市律师事务所党组织, 优秀律师事务所党支部 are not)."""
    if len(title) > HEADLINE_MAX:
        return False  # a sentence, not a title
    profile = _PROFILE_LEAD_RE.search(title)
    if profile and _about_one_firm(title[profile.end() :], ctx):
        return True  # …——走进山东泉城恒信律师事务所 · ——记贵阳市温州商会党委: a profile
    if _THIS_FIRM_RE.search(title):
        return True  # 近半数律师是党员 这家律所把党建做成了“金字招牌”: one firm, pointed at
    vocab = ctx.vocab
    town = vocab.sub_county_re.match(title)
    if town and title.startswith(("：", ":"), town.end()) and not consume(town[1], ctx):
        return True  # 新兴镇：强化两新组织党建: a page about one town, street or park
    park = _NAMED_PARK_RE.search(title)
    # (not …在某产业园召开, nor 让红色引擎在楼宇园区澎湃: parks where something happens; nor
    # 把党组织建到每一栋写字楼里: every one of them)
    if (
        park
        and "在" not in park[1]
        and not _EVERY_ONE_RE.search(park[1])
        and not consume(park[1], ctx)
        and not _MET_AT_RE.match(title, park.end())
        and not _INTO_PARKS_RE.search(park[1])
    ):
        return True  # 建邺区法律服务产业园党建工作
    chamber = _CHAMBER_RE.match(title)
    if chamber and (_a_place_and_a_trade(chamber[1], ctx) or _names_two_places(chamber[1], ctx)):
        return True  # 晋江鞋服商会党委：凝聚民营企业向心力 · 贵阳市温州商会党委
    names = vocab.unit_names
    found = [*names.organ.finditer(title), *filter(None, [names.headline.match(title)])]
    # 云南滇诚律师事务所2024年招聘公告: a title that opens with one firm's full name
    found += filter(None, [names.opening.match(title)])
    for m in found:
        name = m[1]
        if title.startswith(CONJUNCTIONS, m.end()):
            continue  # 金水区推进会计师事务所、税务师事务所党建: kinds of firm listed
        generic = consume(name, ctx) or _RANK_RE.search(name) or NUMERAL_START_RE.search(name)
        if not generic:
            return True
    return False


# 安徽皖衡律师事务所 · 北京市明衡会计师事务所 · 诸暨市公证处: a firm's full name (its core,
# the words between the place and the kind, is what the text shortens it to: 皖衡所)
_FULL_FIRM_NAME_RE = re.compile(r"([\u4e00-\u9fff]{2,10}?)(律师事务所|会计师事务所)")
FIRM_SHORT_ENDINGS = {"律师事务所": ("所", "律所"), "会计师事务所": ("所",)}
_NO_FIRMS_CORE_RE = re.compile(rf"[的{CHINESE_DIGITS}各全该本我其]|[省市区县州旗盟]$")


def _firm_short_names(text: str, ctx: Context) -> tuple[str, ...]:
    """The short names (皖衡所) of the firms the text names in full (安徽皖衡律师事务所) that
    it uses again: each short name, like the full one, is one firm."""
    if "所" not in text:
        return ()
    shorts: set[str] = set()
    for m in _FULL_FIRM_NAME_RE.finditer(text):
        name = m[1]
        # (您本人是北京君泽|律师事务所: the words before the name, up to its last place)
        ends = [end for _, end, _ in ctx.gaz.find(name) if end < len(name)]
        core = name[ends[-1] :] if ends else name
        core = core[2:] if len(core) > 4 and ctx.gaz.find(core[:2]) else core  # (安徽 · 新疆)
        if not 2 <= len(core) <= 4 or _NO_FIRMS_CORE_RE.search(core) or consume(core, ctx):
            continue  # 全市律师事务所 · 规模较大的律师事务所 · 两省律师事务所: no name
        shorts.update(core + end for end in FIRM_SHORT_ENDINGS[m[2]] if core + end in text)
    return tuple(sorted(shorts))


_PLACES_COUNTED_BY_GE = ("园", "园区", "楼宇", "大厦", "商圈", "市场")


# “雷丹榕”律师联合党支部 · 联合党支部由3家小所与…2家律所共同组成: one branch, named or made up
_ONE_NAMED_BRANCH_RE = re.compile(
    r"“[^”]{1,16}”(?:律师)?(?:行业)?(?:联合)?(?:党支部|党总支)"
    r"|(?:联合)?党支部由[^，,；;。]{2,30}?(?:共同|联合)?(?:组成|组建)"
    # (安溪县首个律所联合党支部成立于2017年，…当时只有党员7名: the first one, one branch)
    r"|(?:首个|第一个)[^，,；;。\d]{0,10}?(?:联合)?党支部"
)


def _of_lone_characters(name: str, ctx: Context) -> bool:
    """达里律师事务所: a trade name whose characters each happen to be a filler or modifier
    (达, 里), no word of the catalog's or a place's, is a name."""
    lex = ctx.vocab.consumable
    core = name.removesuffix(ctx.vocab.term_lex.longest_suffix(name) or "")  # (达里|律师)
    return (
        len(core) >= 2
        and not ctx.gaz.find(core)
        and all(len(lex.longest_at(core, i) or "") == 1 for i in range(len(core)))
    )


def _last_named_firm(sentence_before: str, ctx: Context) -> int:
    """Offset of the last firm a sentence names as its subject or scene (its name is more
    than places, scope words and modifiers: 全市律师事务所有… is no name), else -1."""
    last = max((sentence_before.rfind(n) for n in ctx.firm_short_names), default=-1)
    names = ctx.vocab.unit_names
    found = [
        *names.subject.finditer(sentence_before),
        *names.scene.finditer(sentence_before),
        *names.committee.finditer(sentence_before),
    ]
    for m in sorted(found, key=lambda m: m.start()):
        name = m[1].removeprefix("其中")
        name = name[name.rfind("】") + 1 :]  # (【律师行业党建】区律师行业党委…: past a heading)
        if _COUNTED_UNITS_RE.search(name):
            continue  # 全市17家律师事务所共有执业律师326名: firms counted, not one named
        if _LEVELS_BODY_RE.fullmatch(name):
            continue  # 地区律师行业党委下设党组织50余个: the place's own body, no firm
        if ctx.vocab.some_unnamed_re.search(name):
            continue  # 主要是部分县级公证处合并所致: some of them, no one named
        # (黑龙江冰城律师事务所: a trade name bearing a city's nickname)
        nicknamed = any(n in name for n in nicknames())
        if name and (
            not consume(name, ctx)
            or _a_places_office(name, m[2] or "", ctx)
            or nicknamed
            or _of_lone_characters(name, ctx)
        ):
            # past the places inside the name (济南市泉城公证处) or its branch (北京总所)
            last = m.end("branch") if m.groupdict().get("branch") else m.end(1)
    if (organ := _named_units_body_opens(sentence_before, ctx)) >= 0:
        last = max(last, organ)
    # (一个律所党支部被评为…: one of the branches counted, not a unit the sentence is about)
    unnamed = [
        # (which of the pattern's two forms matched; past an office's place: 天津办公室)
        m.end("office") if m["office"] else max(m.end(1), m.end(4))
        for m in names.unnamed.finditer(sentence_before)
        # (一个家电产业园就组建了…: a park is counted by 个)
        if m[0][1] != "个"
        or m[0].endswith(("，", ","))
        or (m[2] or "").endswith(_PLACES_COUNTED_BY_GE)
    ]
    unnamed += [m.end() for m in _SOME_UNIT_RE.finditer(sentence_before)]
    unnamed += [m.end() for m in _ONE_UNITS_BODY_RE.finditer(sentence_before)]
    unnamed += [m.end() for m in _FEW_UNITS_BACK_RE.finditer(sentence_before)]
    unnamed += [m.end() for m in _ONE_BRANCH_SET_UP_RE.finditer(sentence_before)]
    unnamed += [m.end() for m in _ORGANS_OWN_BODY_RE.finditer(sentence_before)]
    # 北京仲裁委员会现有仲裁员1100余名: a place's one commission, named by the place
    unnamed += [
        m.end() for m in _PLACES_COMMISSION_RE.finditer(sentence_before) if _only_places(m[1], ctx)
    ]
    unnamed += [m.end() for m in _OWN_OFFICE_RE.finditer(sentence_before)]
    # 上海分所 · 深圳分公司: a firm's office in a place, not the place
    unnamed += [
        m.end()
        for m in _BRANCH_OFFICE_RE.finditer(sentence_before)
        if any(
            _only_a_place(sentence_before[max(0, m.start() - n) : m.start()], ctx)
            for n in PLACE_NAME_LENGTHS
        )
    ]
    # 这10家律所共有…、党员律师2050名: firms the text pointed back to (排名前十的), whose
    # figures the list's first item, not read, says are theirs
    unnamed += [m.end() for m in _THESE_UNITS_RE.finditer(sentence_before)]
    chambers = [
        m.end(1)
        for m in _CHAMBER_RE.finditer(sentence_before)
        # (北京温州企业商会: the chamber of one place's businesses in another)
        if _names_two_places(m[1].removesuffix("企业"), ctx) or _a_place_and_a_trade(m[1], ctx)
    ]
    # (公证处9个（市公证处1个、县市区公证处8个）: offices of a kind, counted, not one named)
    ends = [
        k
        for k in (last, *unnamed, *chambers)
        if not _COUNTED_RIGHT_AFTER_RE.match(sentence_before, k)
    ]
    return max(ends, default=-1)


# 市公证处1个: the unit counted right after its name (not 上海办公室2015年成立…: a date)
# (not 某鉴定所一家即有…: the one unit alone)
_COUNTED_RIGHT_AFTER_RE = re.compile(rf"(?:\d+|[{CHINESE_DIGITS}]+)[个家所处](?![即就便])")


# (…党支部98个: counted · …党委、…党支部等15个: examples listed · 党支部书记培训班: its post)
_NOT_THE_BODY_AS_SUBJECT_RE = re.compile(
    rf"\s*(?:\d|[{CHINESE_DIGITS}]|[、等和与及]|书记|委员|班子|成员|负责人|工作|建设)"
)


def _a_places_office(name: str, ending: str, ctx: Context) -> bool:
    """贵阳市公证处 · 县公证处 · 江宁公证处 (the text's own 江宁区): the notary office a place
    has is one office."""
    if ending != "公证处":
        return False
    # (辖区青岛市市南公证处: scope words before the places)
    hits = ctx.gaz.find(name)
    at = hits[0][0] if hits and consume(name[: hits[0][0]], ctx) else 0
    return _only_places(name[at:], ctx) or name in ctx.local_names  # (青岛市黄岛公证处)


def _named_units_body_opens(sentence_before: str, ctx: Context) -> int:
    """甘肃正天合律师事务所党支部积极发挥作用，现有党员21名: a sentence that opens with one
    named unit's Party body is about it; where the name ends, else -1 (not 全市律师事务所党支部…,
    已建立律师事务所党支部98个: scope words, or a clause that sets them up or counts them)."""
    organ = ctx.vocab.unit_names.organ.match(sentence_before)
    if organ is None or _NOT_THE_BODY_AS_SUBJECT_RE.match(sentence_before, organ.end()):
        return -1
    name = organ[1]
    # (市司法局推动公证处党支部…: who urged the offices' branches on, no unit's name)
    verbs = (*ctx.catalog.establishment["verbs"], *ctx.catalog.establishment["urging_verbs"])
    if _COUNTED_UNITS_RE.search(name) or any(v in name for v in verbs):
        return -1
    # (吉林市船营区公证处党支部创建…，12名公证员中有9名党员: the district's one office)
    if consume(name, ctx) and not _a_places_office(name, organ[2], ctx):
        return -1
    return organ.end(1)


# (该所成都总部: its head office · 上海办公室2015年成立党委: a firm's office in a city)
_BRANCH_OFFICE_RE = re.compile(r"分所|分公司|分院|总部|总所|办公室|办事处")
PLACE_NAME_LENGTHS = (2, 3, 4)  # 上海 · 上海市 · 石家庄市: a place named right before a word
_THESE_UNITS_RE = re.compile(
    rf"(?:这|这些|上述|以上)(?:\d+|[{CN_DIGITS}]+)家[^，,；;。\d]{{0,6}}?(?:律师事务所|律所|事务所|公证处|商会|企业)"
    # (…参加联合党支部的律所3家，这3家律所共同组建了1个联合党支部: the place's joint ones)
    r"(?!(?:共同|联合)(?:组建|成立|建立))"
)
# 包钢某配套企业党委 · 某行业协会 · 某所党委 · 某国际金融中心: one unit the text does not name
_SOME_UNIT_RE = re.compile(
    # (T集团是…企业，现有员工4.2万人: a unit a paper names by a letter, as 某)
    r"(?:(?<![A-Za-z0-9])[A-Z]{1,2}(?=律师事务所|律所|事务所|集团|公司|企业|商会|协会)"
    # (云南某某双语学校: 某某 as a name left out)
    r"|(?<![李王张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高某])某某?)(?!某|等)[^\W\d_等和与及]{0,8}?"
    r"(?:企业|公司|集团|协会|商会|律所|事务所|公证处|园区|产业园|科技园|工业园|楼宇|大厦|中心|律师楼"
    r"|学校|医院|幼儿园"
    r"|市场|集聚区|服务社|合作社|社会组织|机构|服务站|工作站"  # 某青少年服务社已成立18年，…
    r"|大所|所(?![属有在]))"  # (某全国性大所在朝阳区的总所: a big firm, then where)
)
# 合并前，两所各有1个党支部 · 这两家分别有党员…: the few units just named, pointed back to
_FEW_UNITS_BACK_RE = re.compile(
    r"(?:^|(?<=[，,；;。：:]))(?:这|该|上述)?[两二三](?:所|家)(?=各|分别|合计)"
)
# 一家头部社交平台企业党委下设… · 一幢甲级写字楼内的联合党支部覆盖…: one unit's Party body
_ONE_UNITS_BODY_RE = re.compile(
    rf"{ONE_UNIT}(?:家|个|幢|栋|座)[^，,；;。\d]{{0,10}}?"
    r"(?:企业|写字楼|大厦|楼宇|园区|商会|协会)(?:内的?)?(?:党委|党总支|联合党支部|党支部)"
    # (最多的一个联合党支部覆盖9家律所: what one branch covers or has)
    rf"|{ONE_UNIT}个(?:联合)?党(?:支部|总支|委)(?=覆盖|涵盖|联系|有|现有|共有|下设)"
    # 一栋甲级写字楼内集聚了19家律所、党员律师70余名: what one building holds
    rf"|{ONE_UNIT}(?:幢|栋|座)[^，,；;。\d]{{0,10}}?(?:写字楼|大厦|楼宇)内"
)
# 3家律所组成1个联合党支部，有党员7名 · 组成了“国际银行大厦专业服务联合党支部”，有党员21名:
# one branch set up, then what it has
_ONE_BRANCH_SET_UP_RE = re.compile(
    r"(?:组成|组建|成立|建立)了?(?:“[^”]{1,24}?党(?:支部|总支)”|(?:1个|一个)(?:联合)?党(?:支部|总支)"
    r"|(?<=联合成立了)党(?:支部|总支))"
    r"[，,](?:当时|现|共|目前)?(?:只|仅)?(?=有|拥有)"
)
_PLACES_COMMISSION_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?)仲裁委员会")
_MEMBERS_OF_THE_BODY_RE = re.compile(r"(?:团体|个人|执业)会员")
# 在市律师协会设立机关党支部，现有党员14名: an office's own Party body, then what it has
_ORGANS_OWN_BODY_RE = re.compile(
    r"机关(?:党委|党总支|党支部)(?=[，,]?(?:现|共|目前|现在)?(?:有|拥有))"
)
# 党员占比近一半——这是云南某会计师事务所的“画像”: the figures said, then whose they are
_THIS_IS_RE = re.compile(r"[—，,；;]+这(?:就)?是")


def _one_unit_named_after(fig: Figure, ctx: Context) -> bool:
    end = ctx.sentence_of(fig.number.start)[1]
    pointer = _THIS_IS_RE.search(ctx.text, fig.tail_end, end)
    if pointer is None:
        return _headline_of_one_firm(fig, ctx)
    unit = _SOME_UNIT_RE.search(ctx.text, pointer.end(), min(end, pointer.end() + 16))
    return unit is not None


_A_FIRMS_NAME_RE = re.compile(r"([\u4e00-\u9fff]{2,14}?)(?:律师事务所|会计师事务所|公证处)")


def _headline_of_one_firm(fig: Figure, ctx: Context) -> bool:
    """党员律师突破200名——北京德恒信诚律师事务所党建工作见闻: a headline whose words after
    its dash name one firm is about that firm."""
    text = ctx.text
    line_end = text.find("\n", fig.tail_end)
    line_end = len(text) if line_end < 0 else line_end
    if text.rfind("\n", 0, fig.number.start) >= 0 or line_end > HEADLINE_MAX:
        return False  # (the text's first line only, a headline's length)
    if "。" in text[:line_end]:
        return False  # (a sentence: 全市律所500家。本市最大的律所——…律师事务所)
    dash = text.find("——", fig.tail_end, line_end)
    named = _A_FIRMS_NAME_RE.match(text, dash + 2, line_end) if dash >= 0 else None
    return named is not None and not consume(named[1], ctx)  # (a trade name, not 北京市律师事务所)


# 县公证处现有公证员5名: the one notary office of the county (not 全市公证处, 各县公证处);
# 县律师事务所有律师9人: the county's one state law firm, as old texts name it
_OWN_OFFICE_RE = re.compile(
    r"(?<![全各本我该每\u4e00-\u9fff])[省市县区州旗](?:公证处|律师事务所|法律顾问处)"
)
_COUNTED_UNITS_RE = re.compile(rf"(?:\d|[{CHINESE_DIGITS}])+[家个]")
# 广西浙江商会党委下设7个党支部: a chamber of one place's business people in another
_CHAMBER_RE = re.compile(
    r"(?:^|(?<=[，,；;。：:、\s的]))(?:像|比如|例如|如)?([\u4e00-\u9fff]{4,8}?)商会"
)


TRADE_MAX = 4  # characters of a trade after a place in a chamber's name: 晋江市|鞋服|商会
_HOLDING_VERBS = ("共有", "现有", "拥有", "已有", "建有", "设有", "另有", "还有")  # (not 有色)


def _a_place_and_a_trade(name: str, ctx: Context) -> bool:
    """The name is a place and a trade (晋江市鞋服商会: one chamber; not 全市异地商会,
    全省性行业协会商会: all of a kind)."""
    if name.endswith("协会"):
        return False  # 涪城区举办协会|商会…: 协会商会, associations and chambers of every kind
    place_end = 0
    for start, end, _ in ctx.gaz.find(name):  # 温州市鹿城区|鞋业: the chain of places first
        if start != place_end:
            break
        place_end = end
    place_end = max(place_end, _local_name_at(name, 0, ctx))
    trade = name[place_end:]
    # (江汉区委表彰商会…: the place's Party committee acting on chambers, no trade)
    acts = trade.startswith("委") or any(v in trade for v in ctx.catalog.award_verbs)
    # (顺德区共有镇街商会…: what the place holds, no chamber's name; 浙江等省籍商会: places
    # as examples)
    acts = acts or trade.startswith(_HOLDING_VERBS) or trade.startswith("等")
    return place_end > 0 and 0 < len(trade) <= TRADE_MAX and not consume(trade, ctx) and not acts


def _names_two_places(name: str, ctx: Context) -> bool:
    """The name is two places, neither inside the other (广西浙江, not 浙江温州)."""
    hits = ctx.gaz.find(name)
    if len(hits) != 2 or hits[0][0] != 0 or hits[1][1] != len(name) or hits[0][1] != hits[1][0]:
        return False
    first, second = (choose(c, None) for _, _, c in hits)
    return not (
        second.code.startswith(area_prefix(first)) or first.code.startswith(area_prefix(second))
    )


_DONE_CLAUSE_RE = re.compile(r"[，,；;]全[省市区县州]已(?!经?有)")


def _plans_reach(sentence_start: int, start: int, ctx: Context) -> int:
    """How far back a plan word reaches a figure at ``start``: not past a clause opening
    with 目前/当前 (…要达到98%以上，我市目前覆盖率为91.8%: what is, after what is planned)."""
    text = ctx.text
    for mark in reversed(ctx.marks_in(sentence_start, start)):
        # (深入实施“八五”普法规划，2022年全县律师事务所发展到23家: a past year opens a clause
        # of what was done)
        past = (
            mark.kind in (MarkKind.PERIOD, MarkKind.ANCHOR)
            and mark.when is not None
            and ctx.published is not None
            # (2019年至2023年共举办…: a span that began before publication, what was done)
            and (mark.since or mark.when) < ctx.published
            # (not 规划提出，到2020年…: a deadline, past or not)
            and not text.startswith(("到", "至"), mark.start)
            and text[mark.start - 1 : mark.start] not in ("到", "至")
        )
        # (力争由目前的8600余名突破9000名: where the planned change starts, no clause of what is)
        starts_a_change = (
            text[max(0, mark.start - 2) : mark.start].rstrip("，,").endswith(("由", "从"))
        )
        if (mark.kind is MarkKind.RELATIVE or past) and not starts_a_change:
            clause = _clause_start(text, mark.start, sentence_start)
            if sentence_start < clause and mark.start - clause <= 3:
                return mark.start - sentence_start
    # …拟在襄都区设立1个示范点，全市已认定示范点7家: what is done, after what is planned;
    # 以“党建强、发展强”为目标，…表彰…十四个: the aim of what was done, then what was done
    done = list(_DONE_CLAUSE_RE.finditer(text, sentence_start, start))
    aims = [
        m
        for m in _AIMED_AT_RE.finditer(text, sentence_start, start)
        # (将继续以“三个一批”为抓手，推动覆盖率提升至80%以上: the aim of what is to be done)
        if not text.endswith(_AIM_OF_A_PLAN, sentence_start, m.start())
    ]
    return max((m.end() - sentence_start for m in done + aims), default=0)


_AIMED_AT_RE = re.compile(r"以[^，,；;。\d]{1,30}?为(?:目标|抓手|主线|重点|契机)[，,]")
_AIM_OF_A_PLAN = ("将", "继续", "要")


def _plan_in(text: str, vocab: Vocabulary) -> bool:
    """A plan word outside a document's title (《规划》显示，截至2020年底… is a report), that
    plans (not 较规划基期… · 占比高出规划目标2.2个百分点: what was done, set against the plan)."""
    return any(
        text.rfind("《", 0, m.start()) <= text.rfind("》", 0, m.start())
        and not _MEASURED_AGAINST_RE.search(text, max(0, m.start() - 5), m.start())
        and not text.startswith(_PLAN_BASE, m.end())
        for m in vocab.plan_re.finditer(text)
    )


# 高出规划目标 · 完成规划目标值的 · 较规划基期: the plan is what a result is measured against
_MEASURED_AGAINST_RE = re.compile(
    r"(?:高出|高于|低于|超出|超过|完成|较|比|距|距离|对照)(?:规划|计划)?$"
)
_PLAN_BASE = ("基期", "基数", "实施情况", "完成情况", "评估")


_TARGET_AFTER_RE = re.compile(r"(?:以上|左右)?”?的(?:规划|工作|发展)?(?:目标|任务|要求)")
_SECTORS_COUNTED_RE = re.compile(
    r"个(?:行业|领域)(?!党委|协会|商会|党建(?:工作)?示范|示范)"
)  # (8个行业党建示范点: sites)
QUOTED_NAME_MAX = 10  # characters from a quote's opening to a figure inside a name (“三个同步”)
_QUOTED_HOLDING_RE = re.compile("有|达到|已达|超过")  # what a quoted sentence says, never a name
SPEECH_VERBS = ("说", "表示", "介绍", "指出", "谈到")
SPEECH_OPENERS = ("：", ":", *SPEECH_VERBS)
_SCENE_BEFORE_RE = re.compile(r"(?:走进|来到|深入|走访)[^，,；;。]{0,8}$")
_EVERY_RE = re.compile(r"每[一二两三四五六七八九十\d]*[年月周天]?$")
_AS_A_RULE_RE = re.compile(r"(?:一般|原则上|通常|一律)(?:由|按|以|应|要|可)")
_PER_PERIOD_RE = re.compile(r"每(?:一|两|半)?(?:年度?|季度|季|个?月|周|星期)")
# 到2020年底 · 到2020年6月 · 年底前 (the end of the text's own year)
# (not 增加到2023年的2031人: the end of a change, however close to publication)
_NOT_AFTER_A_CHANGE = r"(?<!增加|增长|发展|提高|上升|提升|扩大|减少|下降)(?<![增升])"
# (由年初的612个增加到年底的948个: the end of a change, as 增加到2023年的 is)
_DEADLINE_RE = re.compile(
    rf"{_NOT_AFTER_A_CHANGE}"
    # (2025年前实现…: before a year, as by it)
    r"(?:到|(?<!\d)(?=(?:19|20)\d{2}年[底末]?前(?![期后夕半一二两三四五六七八九十几\d])))((?:19|20)\d{2})年(?:(1[0-2]|0?[1-9])月)?"
    rf"|(?<![\d年])年底前|{_NOT_AFTER_A_CHANGE}到年底|(?<![\d年])年内|到今年(?:年底|年末|底|末)"
)


# 增至 · 发展到 · 已 · 实现了: a change told as done
_REACHED_RE = re.compile(r"(?:增|升|发展|增加|增长|上升|提高|扩大)(?:至|到)|已|了")


def _deadline_year(deadline: re.Match[str], sentence_start: int, ctx: Context) -> int | None:
    """The year of 到2018年底; of a bare 到年底, the year the text last named (2018年，…。
    到年底，全县有1家律所…: that year's end), else None."""
    if deadline[1]:
        return int(deadline[1])
    if deadline[0].startswith("到今年"):
        return ctx.published.year if ctx.published else None  # (到今年年底: the year published)
    named = [
        m.when.year
        for m in ctx.marks_in(0, sentence_start)
        if m.when is not None and m.kind in (MarkKind.ANCHOR, MarkKind.PERIOD)
    ]
    return named[-1] if named else None


def _deadline_past(deadline: re.Match[str], sentence_start: int, ctx: Context) -> bool:
    """到2018年底 in a text published after it: the time of a state, not a target's."""
    year = _deadline_year(deadline, sentence_start, ctx)
    if ctx.published is None or year is None:
        return False
    return date(year, int(deadline[2] or 12), 28) < ctx.published


# 47.3万多人 · 1900余名: a figure told with 多 or 余, as no target is
_ROUGHLY_REACHED_RE = re.compile(r"[\d万千百十][多余]")


def _told_as_reached(fig: Figure, since_deadline: str, ctx: Context) -> bool:
    """到2019年底，全国执业律师47.3万多人，…覆盖率达到99.6%: a figure of the deadline's
    sentence said with 多 or 余, the way a count reached is told and a target is not."""
    return bool(
        _ROUGHLY_REACHED_RE.search(since_deadline)
        or _ROUGHLY_REACHED_RE.match(ctx.text, fig.number.end - 1, fig.tail_end)
    )


def _still_ahead(deadline: re.Match[str], planned: str, sentence_start: int, ctx: Context) -> bool:
    """到2020年底，实现… in a text dated before it (published, or the latest date the
    sentences before reached): a target, not a state."""
    if ctx.published is not None:
        now: date | None = ctx.published
    elif _REACHED_RE.search(planned, deadline.end()):
        return False  # 2010年底…。到2015年底，全省律所增至351家: told as done, in a review
    else:
        marks = ctx.marks_in(0, sentence_start)
        whens = [m.when for m in marks if m.kind is MarkKind.ANCHOR and m.when]
        if ctx.report_year is not None:  # 2023年度工作报告: written once the year it reports ended
            whens.append(date(ctx.report_year, 12, 31))
        now = max(whens, default=None)
    if now is None:
        return False
    year = _deadline_year(deadline, sentence_start, ctx) or now.year
    # (到2012年上半年: by the end of June)
    month = 6 if planned.startswith("上半年", deadline.end()) else int(deadline[2] or 12)
    return date(year, month, 28) > now  # the month, whatever its end


# 在新设律所中， · 2024年新设立的律所中，: among the units new in a period
_NEW_UNITS_FRAME_RE = re.compile(
    r"(?:新设|新设立|新成立|新增|新开业|新执业)的?[^，,；;。\d]{0,8}?中[，,]"
)


def _last_scope(start: int, end: int, ctx: Context) -> int:
    """Offset (from ``start``) of the last place or scope word in text[start:end], else -1;
    not one inside a quoted title (该所党委被评为“全国律师行业先进党组织”)."""
    text = ctx.text
    last = -1
    if ctx.vocab.scope_re.search(text, start, end):
        # not one after 是/占 (…党委是全省公证行业首家党委): what the subject is measured against
        found = [(k, w) for _, w, k in _scope_words_in(start, end, ctx)]
        last = max(
            (
                k
                for k, w in found
                if k >= 0
                and (k == 0 or text[k - 1] not in MEASURED_AGAINST)
                # (…，列全国第7位；其中，…: where the place ranks, no scope of the figures)
                and not text.endswith(RANKED_IN, 0, k)
                # 作为全省规模最大的公证机构: what the subject is measured against, as 是
                and text[k - 2 : k] != "作为"
                # (…律师事务所为全县规模最大的律所: the same, said with 为)
                and not (text[k - 1] in "为系" and _SUPERLATIVE_RE.match(text, k + len(w)))
                # 获评全省优秀党员律师: the rank of an award; 作为全市首个…: a comparison
                and not RANK_AFTER_PLACE.match(text[k + len(w) : k + len(w) + 12])
                and not text.startswith(COMPARED_AFTER, k + len(w))
                # 在全国设有分所32家: where a firm's branches are
                and not _BRANCHES_AFTER_RE.match(text, k + len(w))
                # (有7家事务所进入全国百强；新区行业党委评选出…: a ranking's field)
                and not _TOP_N_AFTER_RE.match(text, k + len(w))
                # (某全国性大所: what kind of firm, nationwide, no scope)
                and not text.startswith("性", k + len(w))
            ),
            default=-1,
        )
    # not a place that ranks an award or names a body (全国律师行业先进党组织, 北京市律协)
    places = [
        s
        for s, e, _ in _without_unscoped(ctx.places_in(start, end), ctx)
        if not _LOCATED_IN_RE.search(text, start, s)  # (位于乌鲁木齐市天山区: both places)
        and not _BRANCHES_AFTER_RE.match(text, e)  # 在北京、上海设立2家分所: where its branches are
        and not _TOP_N_AFTER_RE.match(text, e)  # (进入全国百强: a ranking's field)
        and not (text[s - 1 : s] == "是" and _ONE_OF_ITS_KIND_RE.match(text, e))
        and not _AIDED_RE.search(text, max(start, s - 4), s)  # 结对帮扶禄劝县12个村: whom it aided
        # (该所目前有内地律师35名、香港律师12名: the mainland's lawyers as a kind of the firm's)
        and not (text[s:e] in MAINLAND_WORDS and _KIND_OF_LAWYER_AFTER_RE.match(text, e))
    ]
    last = max([last, *places])
    while last >= start and text.rfind("“", start, last) > text.rfind("”", start, last):
        last = max([s for s in places if s < last] or [-1])  # quoted: the place before it
    return last - start if last >= 0 else -1


def _without_unscoped(hits: PlaceHits, ctx: Context) -> PlaceHits:
    """The hits without the places that name no scope (see _names_an_award) and those listed
    after one (该所在成都、重庆两地…: where the firm works, each place of the list)."""
    kept: PlaceHits = []
    dropped_end = -1
    for hit in hits:
        s, e, _ = hit
        listed = s > 0 and s - 1 == dropped_end and ctx.text[s - 1] in LIST_JOINERS
        if listed or _names_an_award(s, ctx, e):
            dropped_end = e
        else:
            kept.append(hit)
    return kept


MAINLAND_WORDS = ("内地", "大陆")
_KIND_OF_LAWYER_AFTER_RE = re.compile(r"(?:党员)?(?:律师|会计师|公证员)")
# (…主要为入驻海南自由贸易港的企业提供服务: whom a unit serves, where they settled)
_AIDED_RE = re.compile(r"(?:帮扶|结对|对口|支援|援建|慰问|入驻|服务)$")
_ITEM_MARK_RE = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[)）]")


def _scope_words_in(start: int, end: int, ctx: Context) -> list[tuple[str, str, int]]:
    """(level, word, where it last stands) of each scope word inside text[start:end], in the
    catalog's order: ``text.rfind`` of each word, from one scan."""
    text, vocab = ctx.text, ctx.vocab
    last: dict[str, int] = {}
    for found in vocab.scope_starts_re.finditer(text, start, end):
        k = found.start()
        for w in vocab.scope_by_first[text[k]]:
            if text.startswith(w, k, end):
                last[w] = k
    return [(level, w, last[w]) for level, w in vocab.scope_words if w in last]


def _clause_before(fig: Figure, st: SentenceState, ctx: Context) -> str:
    """The words of the figure's clause before it (全市律师中共有各级人大代表、政协委员|87名)."""
    return ctx.text[_clause_start(ctx.text, fig.number.start, st.start) : fig.number.start]


def _noun_phrase_before(fig: Figure, st: SentenceState, ctx: Context) -> str:
    """The clause's words before the figure, without the fillers and qualifiers at its end."""
    return strip_before(_clause_before(fig, st, ctx), ctx.catalog)[0]


# the last character before a point that can end a clause scan: a clause end, a closing
# bracket, or the second of two spaces (greedy .* backtracks from the right: the last one)
_LAST_CLAUSE_STOP_RE = re.compile(rf"(?s:.*)([{re.escape(CLAUSE_END)}）)]|(?<= ) )")


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Where the clause that ``pos`` stands in starts (not before ``floor``): after the last
    clause end, a bracketed aside counted in."""
    i = pos
    while i > floor:
        stop = _LAST_CLAUSE_STOP_RE.match(text, floor, i)
        if stop is None:
            return floor  # nothing but the clause's own words back to the floor
        k = stop.start(1)  # every character after k belongs to the clause
        char = text[k]
        if char == " ":
            if k - 1 >= floor:
                return k + 1  # 公证工作  全市有公证机构11家: a heading set off by spaces
            i = k
        elif char in "）)":  # an aside（含公职、公司律师）is part of the clause
            opening = max(text.rfind("（", floor, k), text.rfind("(", floor, k))
            if opening >= 0 and _ITEM_MARK_RE.fullmatch(text, opening, k + 1):
                return k + 1  # （一）全区律师行业…: a numbered item's mark opens the clause
            i = opening if opening >= 0 else k
        elif _thousands_comma(text, k):
            i = k  # the comma of 1,185
        elif (opening := _dash_aside_opening(text, k, floor)) >= 0:
            i = opening  # 非公企业党组织——既包括…，也包括…——共计318个: the aside is the clause's
        else:
            return k + 1
    return i


_DASH_ASIDE_RE = re.compile(r"——[^—\d。；;]{2,60}——$")


def _dash_aside_opening(text: str, k: int, floor: int) -> int:
    """Where the aside set off by a pair of dashes that closes at ``k`` opens (—— words
    with no figure ——), else -1."""
    if text[k] != "—" or text[k - 1 : k] != "—":
        return -1
    aside = _DASH_ASIDE_RE.search(text, max(floor, k - 64), k + 1)
    return aside.start() if aside else -1


def _list_start(text: str, clause_from: int, floor: int) -> int:
    """Where the 、-list that the clause at ``clause_from`` ends starts (a clause ends at 、)."""
    while clause_from > floor and text[clause_from - 1] == "、":
        clause_from = _clause_start(text, clause_from - 1, floor)
    return clause_from


def _thousands_comma(text: str, k: int) -> bool:
    """The comma of 1,185: inside a figure, no clause boundary."""
    return (
        text[k] == "," and 0 < k < len(text) - 1 and text[k - 1].isdigit() and text[k + 1].isdigit()
    )


def _clause_end(text: str, pos: int, ceiling: int) -> int:
    i = pos
    while i < ceiling and text[i] not in CLAUSE_END:
        if text[i] in "（(":  # an aside 省（区、市） is part of the clause
            closing = _closing(text, i, ceiling)
            if closing is not None:
                i = closing + 1
                continue
        i += 1
    return i


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    st = max(text.rfind(ch, 0, pos) for ch in SENTENCE_END) + 1
    ends = [k for k in (text.find(ch, pos) for ch in SENTENCE_END) if k >= 0]
    return st, min(ends, default=len(text))


# ---------------------------------------------------------------------------
# percents


# 较上年提高5个百分点 · 比上年增长12% · 同比增加86人: a change said of a subject
_AVERAGE_OF_RE = re.compile(r"(全国|全省|全市)平均(?:水平)?[（(]?(?:为|是|约为|约|达|达到|的)?$")
_ABOUT_SHARE_RE = re.compile(r"(?:约|大约|大概)占")
# 高于全国29.1%的平均水平 · 比全省41.8%的平均水平高出… · 高于南充市36.2%的平均水平
_COMPARED_TO = r"(?:高于|低于|超过|超出|略高于|略低于|接近|(?<![占对相])比)(?:同期)?"
_COMPARED_TO_RE = re.compile(_COMPARED_TO + "$")
# 湖南省律师行业31.8%的平均水平 · 高于全国约85%的平均水平
# (高于江苏全省35.6%的平均水平: the province named, then its scope word)
_AVERAGE_SCOPE_TAIL = (
    r"(?:全省|全区|全市)?(?:同期)?(?:律师行业|全行业|行业)?(?:同期)?" + BOUND_BEFORE
)
_AVERAGE_BEFORE_RE = re.compile(_COMPARED_TO + r"(全国|全省|全市)" + _AVERAGE_SCOPE_TAIL + "$")
_AVERAGE_SCOPE_TAIL_RE = re.compile(_AVERAGE_SCOPE_TAIL)
# (…，也略高于全国31.2%的水平 · 高于全国约30%的比例: the wider scope's level, 平均 unsaid)
# (比全省律师行业32%左右的党员占比高出…: the level named by what it is, after its bound)
_AVERAGE_AFTER_RE = re.compile(
    r"(?:左右)?(?:的?平均(?:水平|值|数)|的(?:水平|比例|党员占比|党员比例))"
)
# 居全市首位 · 位列第二 · 排在各区前三位: where a count ranks (the words after its subject)
RANK_VERBS = ("位列", "排在", "排名", "名列")  # (besides 居, 位居)
_RANKS_AT = (
    rf"(?:居|位居|{'|'.join(RANK_VERBS)})[^，,；;。\d]{{0,10}}?"
    r"(?:第[一二三四五六七八九十]+位?|首位|之首|前列|前[一二三四五六七八九十]+位?)"
)
# 鄞州区以律所128家、律师2107名的规模居全市首位: the counts a place ranks by are its own
_RANKED_BY_SIZE_RE = re.compile(
    r"[^，,；;。：:]{0,30}?的(?:规模|数量|总量|体量)(?:稳|仍)?" + _RANKS_AT
)
_RANKED_BY_OPENING_RE = re.compile(r"以(?![上下来前后及])")
_CHANGE_RE = re.compile(
    r"(?:较|比|同比)[^，,；;]{0,8}?(?:提高|增长|上升|增加|提升|下降|减少)了?"
    r"(?:\d+(?:\.\d+)?(?:个百分点|%|[名人家个])|(?:\d+(?:\.\d+)?|[一两二三四五六七八九十])倍多?)$"
    # 全国党员律师队伍不断壮大，从2012年的6.2万人增加到…: grew, then by how much
    r"|(?:数量|人数|规模)?(?:不断|持续|继续|逐年|稳步|快速|同步|大幅|显著|明显)(?:壮大|增长|扩大|发展|增加|递增|攀升|上升)$"
    # 全省公证处通过合并、撤销等方式进行布局调整，由…的168家调整为…: restructured, then how
    r"|(?:通过[^，,；;。\d]{0,12}?)?(?:进行|实施|经过)?(?:布局|结构)?(?:调整|整合|优化|重组)$"
    # 朝阳区律所数量最多，达1103家 · 律所数量增长较快，目前有95家: how it compares
    r"|(?:数量|人数|规模)?(?:最多|最少)$|(?:数量|人数|规模)(?:最大|较多|增长较快|增长迅速|发展较快)$"
    # 党组织数量翻了一番多，由…增加到… · 律师人数增长了1.8倍，从…: by how many times
    r"|(?:数量|人数|规模)?(?:翻了?[一两二三四]番多?|翻番|(?:增长|增加)了?(?:\d+(?:\.\d+)?|[一两二三四五六七八九十])倍多?)$"
    # 奎文区律所数量居各县市区之首，共41家: how it ranks
    rf"|(?:数量|人数|规模){_RANKS_AT}$"
    # 新余市党员律师占比最高，达41.2% · 覆盖率最低，为62% · 芙蓉区、岳麓区…覆盖率较高，分别为…
    r"|(?<=占比|比例|比重|盖率|建率)(?:最高|最低|较高|较低|偏高|偏低)$"
)


def _named_average_place(clause_from: int, fig: Figure, ctx: Context) -> Place | None:
    """高于南充市36.2%的平均水平 · 高于湖南省律师行业31.8%的平均水平: the named place whose
    average the subject's rate is compared with, else None."""
    text = ctx.text
    if not _AVERAGE_AFTER_RE.match(text, fig.tail_end):
        return None
    hits = ctx.places_in(clause_from, fig.number.start)
    if not hits or not _AVERAGE_SCOPE_TAIL_RE.fullmatch(text, hits[-1][1], fig.number.start):
        return None
    chain = [hits[-1]]  # 苏州市吴中区: the name's parts, written one after another
    for hit in reversed(hits[:-1]):
        if hit[1] != chain[0][0]:
            break
        chain.insert(0, hit)
    if not _COMPARED_TO_RE.search(text, clause_from, chain[0][0]):
        return None
    named = _named_places(chain, text, ctx.gaz, ctx.default_place)
    return named[-1] if named else None


# 比贵州省平均水平（32.7%） · 高于湖南全省（35.2%） · 和全国平均水平（29.4%）: a wider
# place's average, bracketed after its name
# (比全国注册会计师行业平均水平（31.2%） · 高于全区平均水平（29.6%）: a trade named, 全区)
_BRACKETED_AVERAGE_RE = re.compile(
    r"(全国|全省|全市|全区|全州|全县)?(?:(?:律师|注册会计师|会计师|会计|公证)?行业|全行业)?(?:的)?"
    r"(?:平均水平|平均值|平均)?[（(](?:约|为)?$"
)
# 33.9%（全国同期约为33.5%）: the wider scope's ratio, in an aside right after the place's
_SCOPE_ASIDE_RE = re.compile(r"[（(](全国|全省|全市)(?:同期|平均|平均水平)?(?:约为|为|约|是)")
# the wider scope an average is of, by its word
_SCOPE_LEVELS = {
    "全国": "national",
    "全省": "province",
    "全市": "city",
    "全区": "district",
    "全州": "prefecture",
    "全县": "county",
}


def _bracketed_average_place(
    clause_from: int, fig: Figure, st: SentenceState, ctx: Context
) -> Place | None:
    """党员律师占比34.8%，比贵州省平均水平（32.7%）高2.1个百分点: the place whose average
    the bracket gives, when a comparison opens the clause; else None."""
    text = ctx.text
    lead = _BRACKETED_AVERAGE_RE.search(
        text, max(clause_from, fig.number.start - 12), fig.number.start
    )
    if lead is None or lead.start() == lead.end() - 1 and not lead[1]:
        return None  # a bare bracket names no average
    said = text[lead.start() : lead.end()]
    if lead[1] is None and "平均" not in said:
        return None
    if not re.search(_COMPARED_TO, text[clause_from : lead.start()]):
        return None
    hits = [h for h in ctx.places_in(clause_from, lead.start()) if h[1] == lead.start()]
    if hits:
        return choose(hits[-1][2], ctx.default_place)
    if lead[1] == "全国":
        return NATIONAL_PLACE
    return ctx.level_places.get(_SCOPE_LEVELS[lead[1]]) if lead[1] else None


def _subject_of_change(clause_from: int, st: SentenceState, ctx: Context) -> str:
    """The subject of the clause before, when that clause says only how it changed:
    the level in this clause (，达到38%) is that subject's."""
    text = ctx.text
    if clause_from <= st.start or text[clause_from - 1] in "；;":
        return ""  # (获奖数量居各省辖市之首；洛阳市有5个党组织…: a clause of its own)
    prev_clause = text[_clause_start(text, clause_from - 1, st.start) : clause_from - 1]
    change = _CHANGE_RE.search(prev_clause)
    if change is None or not _names_a_term(prev_clause[: change.start()], ctx):
        # (back to its comma, over a list's 、: 全省公证处通过合并、撤销等方式进行布局调整)
        prev_clause = text[_phrase_start(text, st.start, clause_from - 1) : clause_from - 1]
        change = _CHANGE_RE.search(prev_clause)
    if change is None and _RATE_THEN_CHANGE_RE.match(text, clause_from):
        # 非公企业和社会组织党组织覆盖率，分别由2012年的31.5%…提高到…: the clause before
        # names the rates the change is of
        return prev_clause if _RATE_AT_END_RE.search(prev_clause) else ""
    return prev_clause[: change.start()] if change else ""


def _names_a_term(words: str, ctx: Context) -> bool:
    """Some catalog term occurs in the words."""
    return any(ctx.vocab.term_lex.longest_at(words, i) for i in range(len(words)))


_AMONG_ALL_PRACTITIONERS_RE = re.compile(
    r"在(?:全[国省市县区])?(?:执业)?(?:律师|注册会计师|公证员)(?:队伍|总数)?(?:中|当中)的?$"
)
_RESTATED_IN_BRACKETS_RE = re.compile(r"[强弱多余]?\s*[（(]\s*(?:即|约|为)?")
_RATE_AT_END_RE = re.compile(r"(?:覆盖率|组建率|占比|比例|比重)$")
_RATE_THEN_CHANGE_RE = re.compile(r"(?:分别)?[由从]")


# 占比超过三分之一的有64家 · 覆盖率达到98%的区有5个: a rate that picks some out
_RATE_THRESHOLD_RE = re.compile(r"(?:以上|以下)?的(?:有|[\u4e00-\u9fff]{1,4}有)")
# 党员律师占比超过40%的省（区、市）已达9个: a rate of the units after it picks them out (not
# 三分之二的律师事务所建立了党组织: a share of the units itself)
_UNITS_BY_RATE_RE = re.compile(
    r"(?:以上|以下)?的(?:省份?|地市|城市|地区|县区|县市|市州|律所|律师事务所|事务所|企业|社会组织"
    r"|县（市、区）|县（市）|县$|县[，,有已]|区县|乡镇)"  # (覆盖率不足70%的县（市、区）已全部清零)
)
_RATE_WORD_RE = re.compile(r"占比|比例|比重|覆盖率")


# 全区社会组织中建立党组织的 · 全市律所里已建立党组织的: those of a kind that set one up
_COVERED_AMONG_RE = re.compile(rf"(?:中|里|当中)(?:已经|已)?{SET_UP_ONE}$")


def _share_of_those_covered(fig: Figure, words: str, st: SentenceState, ctx: Context) -> bool:
    """全区社会组织中建立党组织的已经过半 · …中建立党组织的占52%: the share of a kind of firms
    that set up a Party organization, their coverage rate."""
    covered = _COVERED_AMONG_RE.search(words)
    if covered is None:
        return False
    group = strip_before(words[: covered.start()], ctx.catalog)[0]
    term = _plain_term(group, ctx)
    if term is None or term.metric != "firms":
        return False
    sector = term.sector or _named_sector(group, ctx)
    if sector is None:
        return False
    fig.metric, fig.sector, fig.rule = "coverage_rate", sector, "share_of_those_covered"
    fig.place = _scope_place(fig.number.start, st, ctx)
    return True


def read_percent(fig: Figure, st: SentenceState, ctx: Context) -> None:
    """Decide metric, sector and place of a percent figure, or leave a note why not."""
    if _read_as_restated_or_withdrawn(fig, st, ctx):
        return  # 近四成（39.7%） · 占比近四成，即37.8%
    _read_rate(fig, st, ctx)
    if fig.metric == "party_member_share" and _share_of_a_part_just_left_out(fig, st, ctx):
        fig.metric, fig.note = None, "share within a part (青年律师中有党员1260名，党员比例为26.4%)"
        return
    if fig.metric is None:
        _read_bracketed_share(fig, st, ctx)
    if fig.each_of and fig.metric:
        fig.place = fig.each_of[0]  # 安乡、汉寿、临澧三县…覆盖率均为100%: each place's
    elif fig.metric and _share_of_each_unit_counted(fig, st, ctx):
        fig.metric, fig.note = None, "each unit's share (…律所3家，党员律师占比均超过40%)"


# 党员比例为 · 党员占比达 · 占比: a share naming no whole of its own
_BARE_MEMBER_SHARE_RE = re.compile(r"(?:其中)?(?:党员)?(?:比例|占比|比重)(?:为|达到?|是)?")


_OWN_PLACE_WORD_RE = re.compile(r"(?:我|本|该)[市县区州盟旗]")


def _share_of_a_part_just_left_out(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """青年律师中有党员1260名，党员比例为26.4%: a share naming no whole, right after a count of
    members the reader left out as a part's, is that part's share too."""
    prev = st.last_count
    if prev is None or prev.metric is not None or not prev.note.startswith(SUBTYPE_NOTE):
        return False
    if ctx.catalog.classifier_group(prev.classifier or "") != "people":
        return False
    clause_from = _clause_start(ctx.text, fig.number.start, st.start)
    if ctx.text[prev.tail_end : clause_from] not in ("，", ","):
        return False
    return _BARE_MEMBER_SHARE_RE.fullmatch(ctx.text, clause_from, fig.number.start) is not None


# 党员律师占比均超过 · 覆盖率均达: each of the units just counted, a share of its own
_EACH_ONES_SHARE_RE = re.compile(r"(?<!平)均(?:超过|达到|达|在|为|是|高于|不低于|不少于)?$")


def _share_of_each_unit_counted(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """其中执业律师百人以上的律所3家，党员律师占比均超过40%: 均 after a count of units the
    reader did not publish (a sub-type, one kind of firm) says each unit's share, not the
    place's (全区12家律师事务所、7家会计师事务所党组织覆盖率均达到100%: the place's)."""
    prev = st.last_count
    units = prev is not None and ctx.catalog.classifier_group(prev.classifier or "") == "units"
    if prev is None or not units or prev.metric is not None:
        return False
    return _EACH_ONES_SHARE_RE.search(ctx.text, prev.tail_end, fig.number.start) is not None


# the whole a count of members (or firms covered) is a part of, and the part's share
_SHARE_OF_THE_WHOLE = {
    "party_members": ("practitioners", "party_member_share"),
    "firms_covered": ("firms", "coverage_rate"),
}


def _read_bracketed_share(fig: Figure, st: SentenceState, ctx: Context) -> None:
    """党员律师926名（32.4%） · 覆盖事务所158家（81.9%）: a percent alone in brackets right after
    a count of members (or of firms covered) is their share of the whole of their kind the
    sentence counted before them, when the two counts give it within its rounding."""
    text, prev = ctx.text, st.last_count
    opened = fig.number.start - 1
    if prev is None or text[opened : opened + 1] not in ("（", "("):
        return
    if not _FIGURE_UNIT_RE.fullmatch(text, prev.number.end, opened):
        return  # (the count's classifier, then the bracket: nothing between)
    if not text.startswith(("）", ")"), fig.tail_end):
        return
    whole_metric, metric = _SHARE_OF_THE_WHOLE.get(prev.metric or "", (None, None))
    whole = next(
        (
            f
            for f in reversed(st.counts)
            if f.number.start < prev.number.start
            and (f.metric, f.sector, f.place) == (whole_metric, prev.sector, prev.place)
        ),
        None,
    )
    if whole is None or metric is None:
        return
    if not _share_agrees(fig.number, prev.number.value, whole.number.value):
        fig.note = "a bracketed percent that is not the share of the counts before"
        return
    fig.metric, fig.sector, fig.place, fig.rule = metric, prev.sector, prev.place, "bracketed_share"


# 原文：… over 更正为：… (an erratum's list): the words it withdraws, then the right ones
_ERRATUM_ORIGINAL_RE = re.compile(r"[ \t\u3000]*(?:原文|原稿|原为|误为|错为)[：:]")
_ERRATUM_FIX_RE = re.compile(r"[ \t\u3000]*(?:更正为|改为|应为|订正为|修改为)[：:]")
ERRATUM_ORIGINAL = "the words an erratum withdraws (原文：)"
REVISED = "a figure revised to the one after it (由…调整为…)"
# 由…调整为 · 修正为 · 核减为: a figure revised to the one after
_REVISED_TO_RE = re.compile(r"(?:调整|修正|更正|修订|核实|核减|核增|订正)为(?:约|近)?$")


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


# 近1900家（1893家） · 三百余家即312家 · 约六百家，准确地说是592家 · 2900余名，具体是2941名:
# between a figure and the same figure in another form
_RESTATED_GAP_RE = re.compile(
    rf"[（(]即?|[，,]?即|(?:[，,]|——(?:哦|啊|嗯)?[，,]?)(?:{_CORRECTION_RE.pattern}|精确(?:数字|数据)?(?:是|为))"
    r"|——我?(?:看看|看一下|查查|查一下|翻翻)(?:材料|数据|资料|本子)?[，,](?:是|为)"  # (我看看材料，是612家)
)
RESTATED = "the figure before, restated"
_RESTATED_GAP_ENDS = frozenset("（(即是为，,")  # what a restating gap ends with
# 十五个，不对，是5个 · 三十一名，哦不，三十四名 · 一百三十家，不对，我看一下材料——准确地说是
_SPOKEN_CORRECTION_RE = re.compile(
    r"(?:吧|左右)?[，,](?:不对|哦不|哦，不|不，|说错了|说反了)[，,]?[^\d，,。；;]{0,16}?(?:是|为)?"
)
_BARE_RESTATING_GAP_RE = re.compile(r"[，,](?:是|为)?")
# the noun a count before it counts, up to the comma (两千多名|党员|，准确数字为…)
_NOUN_COUNTED_RE = re.compile(r"[^，,。；;\d（(]{1,8}(?=[，,])")
# what closes a figure: its bound's word and its unit (1900余家 · 37.8% · 四成左右)
_FIGURE_UNIT_RE = re.compile(r"[余多]?(?:[家个名人户位所期%％]|成)?(?:左右|以上|上下|之多|出头)?")


def _read_as_restated_or_withdrawn(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """The figure read as the one before it restated, or noted as an erratum's withdrawn
    words (原文：…律师事务所2176家… over 更正为：…2186家…) or as what a speaker takes back at
    once (执业律师4300多名——哦，不对，…); True when either."""
    if _ERRATUM_ORIGINAL_RE.match(ctx.text, _line_start(ctx.text, st.start)) or (
        _WITHDRAWN_QUOTE_RE.search(ctx.text, st.start, fig.number.start)
        and not _KEPT_AFTER_QUOTE_RE.match(ctx.text, ctx.text.find("”", fig.number.end) + 1)
    ):
        fig.note = ERRATUM_ORIGINAL
        return True
    if _TAKEN_BACK_RE.match(ctx.text, fig.tail_end + _unit_after(fig, ctx)):
        fig.note = CORRECTED
        return True
    return _read_as_restated(fig, st, ctx)


# 4300多名——哦，不对，我刚才说的是…: the speaker takes the figure back at once
_TAKEN_BACK_RE = re.compile(r"\s*(?:——|—|…+)\s*(?:哦|啊|嗯)?[，,]?\s*(?:不对|说错了)")


def _unit_after(fig: Figure, ctx: Context) -> int:
    """The length of the unit word right after the figure's tail (名 when the tail ends
    before it), 0 if none."""
    unit = _FIGURE_UNIT_RE.match(ctx.text, fig.tail_end)
    return unit.end() - fig.tail_end if unit else 0


def _read_as_restated(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """The figure restates the one right before it in another form (rounded, exact, in words):
    it is that figure, kept when the more precise of the two (a correction of the other,
    which is then dropped), else noted; True when so."""
    if ctx.text[fig.number.start - 1 : fig.number.start] not in _RESTATED_GAP_ENDS:
        return False  # (most figures: decided at once)
    before = max(
        (f for f in st.counts + st.percents if f.number.end <= fig.number.start),
        key=lambda f: f.number.start,
        default=None,
    )
    if before is None:
        return False
    unit = _FIGURE_UNIT_RE.match(ctx.text, before.number.end)  # (1900|家|（…)
    unit_end = unit.end() if unit else before.number.end
    if before.rule == "count_then_term" and (noun := _NOUN_COUNTED_RE.match(ctx.text, unit_end)):
        unit_end = noun.end()  # (两千多名党员|，准确数字为2315名: past the noun it counts)
    # (党委十五个，不对，是5个: a speaker puts the figure right, whatever its precision)
    corrected = _SPOKEN_CORRECTION_RE.fullmatch(ctx.text, unit_end, fig.number.start)
    # (律师三万八千多人，38102人 · 律师六千出头，是6104人: said round, then at once exactly)
    # (执业律师不到四千，三千九百多: a bound, then the other bound just inside it)
    bare = (
        _BARE_RESTATING_GAP_RE.fullmatch(ctx.text, unit_end, fig.number.start) is not None
        and before.qualifier is not Qualifier.EXACT
        and (fig.qualifier is Qualifier.EXACT or _bound_inside(fig, before))
        and abs(fig.number.value - before.number.value) <= before.number.value / 10
    )
    if not (corrected or bare or _RESTATED_GAP_RE.fullmatch(ctx.text, unit_end, fig.number.start)):
        return False
    if not _of_one_kind(fig, before, ctx.catalog):
        return False
    if not before.metric and not ctx.text.startswith(("（", "("), unit_end):
        return False  # (四百九十多家，准确地说是四百九十七家: a correction, read as one)
    if not before.metric or not corrected and not _more_precise(fig, before):
        # 10372人（逾万人）: the precise figure was said first · 增加213名（二百余名）: the
        # figure before was none of the catalog's
        fig.note = RESTATED
        return True
    fig.metric, fig.sector, fig.place = before.metric, before.sector, before.place
    fig.subgroup, fig.rule = before.subgroup, "restated"
    return True


def _bound_inside(fig: Figure, before: Figure) -> bool:
    """不到四千，三千九百多 · 一百出头，不到一百一: the figure bounds from the other side,
    inside the bound before it."""
    low, high = Qualifier.LOWER_BOUND, Qualifier.UPPER_BOUND
    if (before.qualifier, fig.qualifier) == (high, low):
        return fig.number.value < before.number.value
    if (before.qualifier, fig.qualifier) == (low, high):
        return fig.number.value > before.number.value
    return False


# （48600余名）: the figure before said again in an aside, with 余 or 多
_BOUND_RESTATED_RE = re.compile(r"[（(]\s*(\d[\d,]*(?:\.\d+)?万?)\s*[余多]")


def _bound_restated_after(fig: Figure, ctx: Context) -> bool:
    """The figure, said round (4.86万名), is said again right after in an aside with a bound
    (（48600余名）): the bound is the figure's too."""
    # (the tail runs past the aside: 4.86万|名（48600余名）)
    unit = _FIGURE_UNIT_RE.match(ctx.text, fig.number.end)
    start = unit.end() if unit else fig.number.end
    aside = _BOUND_RESTATED_RE.match(ctx.text, start, max(start, fig.tail_end) + 16)
    if aside is None:
        return False
    again = find_numbers(aside[1])
    return len(again) == 1 and again[0].value == fig.number.value


def _more_precise(fig: Figure, other: Figure) -> bool:
    """An exact figure beside a bounded or approximate one, or one with more significant
    digits (1893 beside 近1900, 37.8% beside 近四成)."""
    if (fig.qualifier is Qualifier.EXACT) != (other.qualifier is Qualifier.EXACT):
        return fig.qualifier is Qualifier.EXACT
    return _significant_digits(fig.number.value) > _significant_digits(other.number.value)


def _significant_digits(value: float) -> int:
    return len(f"{value:g}".replace(".", "").strip("0"))


# (237家（3月底为229家）: a month of the text's year)
_PRIOR_IN_ASIDE_RE = re.compile(
    r"(?:上年|去年|(?:19|20)\d{2}年(?:底|末)?|\d{1,2}月(?:底|末))(?:同期)?[：:为是]"
)


# （2015年底仅7,600余名） · （2019年底分别为5318名和35.0%）: an aside opened by an earlier date,
# then the levels of that time
_LEVEL_THEN_WORDS = r"(?:同期)?(?:时)?(?:仅|只|还|尚)?(?:分别)?(?:为|是|有|[：:])?"
_ASIDE_THEN_OPENING_RE = re.compile(
    rf"[（(](?:(?:上年|去年|(?:19|20)\d{{2}}年(?:\d{{1,2}}月)?)(?:底|末)?){_LEVEL_THEN_WORDS}"
)


# 是2012年（13个）的2.6倍 · 比2012年（97名）增加89名: the year compared with, its level in
# the aside after it
_YEAR_COMPARED_BEFORE_RE = re.compile(r"(?:是|比|较|为|与|同)(?:19|20)\d{2}年(?:底|末)?$")
_BARE_ASIDE_RE = re.compile(r"[（(]")
_ASIDE_CLAUSE_STOP_RE = re.compile(r"[，；;。]|,(?!\d{3})")  # (not 7,600: a thousands comma)


def _a_series_of_dated_levels(inside: list[Number], aside: str) -> bool:
    """（2019年底742家、2021年底861家） · （2020年、2022年分别为352家、398家）: after the date that
    opens it, the aside dates each of its levels, all of one kind, no other figure between."""
    years = [n for n in inside if aside.startswith("年", n.end)]
    levels = [n for n in inside if n not in years]
    units = {aside[n.end : n.end + 1] for n in levels}
    return len(levels) >= 2 and len(years) == len(levels) - 1 and len(units) == 1


def _earlier_level_in_an_aside(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """The figure, inside an aside that opens with an earlier date, is the level then of a
    figure just before the aside: of the last one of its kind (count or rate) when the aside
    holds one figure, else of the n-th of as many as the aside lists (…9104名，占37.0%
    （2019年底分别为5318名和35.0%））."""
    text = ctx.text
    k = max(
        text.rfind("（", st.start, fig.number.start), text.rfind("(", st.start, fig.number.start)
    )
    if k < 0 or any(c in text[k : fig.number.start] for c in "）)"):
        return None
    opening = _ASIDE_THEN_OPENING_RE.match(text, k, fig.number.start) or (
        _BARE_ASIDE_RE.match(text, k, fig.number.start)
        if _YEAR_COMPARED_BEFORE_RE.search(text, st.start, k)
        else None
    )
    close = min((c for c in (text.find("）", k), text.find(")", k)) if c >= 0), default=-1)
    if opening is None or not k < close <= st.end:
        return None
    # (（上年末1194名，同比增长16.1%）: the level then is its first clause; an aside of
    # clauses of its own past it says other things)
    stop = _ASIDE_CLAUSE_STOP_RE.search(text, opening.end(), close)
    close = stop.start() if stop else close
    if fig.number.start >= close:
        return None
    inside = find_numbers(text[opening.end() : close])
    rank = sum(1 for n in inside if opening.end() + n.start < fig.number.start)
    rates = fig.number.form in SHARE_FORMS
    # the published figures before the aside, back to the last ；
    since = max(st.start, _group_start(k, st, ctx) + 1)
    # (not a wider scope's average or an earlier level set beside them: …高于全国约31%的平均水平)
    before = sorted(
        (
            f
            for f in st.counts + st.percents
            if since <= f.number.start
            and f.number.end <= k
            and f.rule not in ("average_of_scope", "compared_with")
        ),
        key=lambda f: f.number.start,
    )
    if len(inside) == 1 or _a_series_of_dated_levels(inside, text[opening.end() : close]):
        kind = [f for f in before if (f.number.form in SHARE_FORMS) == rates]
        source = kind[-1] if kind else None
    else:
        listed = before[-len(inside) :]
        source = listed[rank] if len(listed) == len(inside) else None
    if source is None or not source.metric or not _of_one_kind(fig, source, ctx.catalog):
        return None
    return source


def _of_one_kind(fig: Figure, other: Figure, cat: Catalog) -> bool:
    """Both rates, or both counts whose classifiers count one kind of thing (家 and 所 firms,
    名 and 人 people)."""
    rates = fig.number.form in SHARE_FORMS
    if (other.number.form in SHARE_FORMS) != rates:
        return False
    return rates or cat.classifier_group(other.classifier or "") == cat.classifier_group(
        fig.classifier or ""
    )


def _prior_level_in_aside(fig: Figure, stated: Figure | None, aside: int, ctx: Context) -> bool:
    """覆盖率：95.2%（上年：94.1%） · 99.3%（2016年：82.5%） · 126家（上年：117家）: the
    figure stated just before, at an earlier date, in an aside right after it."""
    if (
        stated is None
        or not stated.metric
        or not 0 <= aside - stated.number.end <= 3  # (its unit between: 126家（…)
        or not _PRIOR_IN_ASIDE_RE.fullmatch(ctx.text, aside + 1, fig.number.start)
        # (执业律师812名（2023年底为42家、708名）: 42家 is no earlier level of the 812名)
        or not _of_one_kind(fig, stated, ctx.catalog)
    ):
        return False
    fig.metric, fig.sector, fig.place = stated.metric, stated.sector, stated.place
    fig.rule = "compared_with"
    return True


# ，其中党员仅占…: the next clause, opened by 其中, of the count just before, a share of it
_ITS_PARTS_CLAUSE_RE = re.compile(r"[，,]\s*其中[^，,；;。]*占[^，,；;。]*")


def _share_among_a_change(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """A share in the 其中-clause right after a change (2022年全市新增执业律师1100余名，其中
    党员仅占两成) or a count of delegates (人大代表41名、政协委员68名，其中党员律师占57.8%): of
    the new ones or the delegates, not of the place's whole."""
    counted = st.last_count
    return (
        counted is not None
        and (counted.note.startswith("change") or _delegates_counted(counted, st, ctx))
        and _ITS_PARTS_CLAUSE_RE.fullmatch(ctx.text, counted.tail_end, fig.number.start) is not None
    )


def _read_rate(fig: Figure, st: SentenceState, ctx: Context) -> None:
    text, cat = ctx.text, ctx.catalog
    num = fig.number
    clause_from = _clause_past_dates(text, num.start, st.start)
    picks_out = _UNITS_BY_RATE_RE.match(text, fig.tail_end) and _RATE_WORD_RE.search(
        text, clause_from, num.start
    )
    if _RATE_THRESHOLD_RE.match(text, fig.tail_end) or picks_out:
        fig.note = "a rate as a threshold (…的有 · 占比超过40%的省)"
        return
    if _restated_exactly(fig, st, ctx):
        fig.note = RESTATED_EXACTLY
        return
    aside = _aside_open(text, num.start, st.start)
    if _prior_level_in_aside(fig, st.last_percent, aside, ctx):
        return  # 覆盖率：95.2%（上年：94.1%）
    if (then := _earlier_level_in_an_aside(fig, st, ctx)) is not None and then.metric:
        # 党员律师9104名，占37.0%（2019年底分别为5318名和35.0%）: the rate then
        fig.metric, fig.sector, fig.place = then.metric, then.sector, then.place
        fig.rule = "compared_with"
        return
    counted = st.last_count
    if aside >= clause_from and counted is not None and 0 <= aside - counted.number.end <= 3:
        clause_from = aside + 1  # 党员律师1,185人（占34.7%）: the aside is of the count before it
    before = _label_before(clause_from, text[clause_from : num.start], st, ctx)
    if (indicated := _indicator_item(fig, st, ctx)) is not None:
        before = indicated  # 律师事务所党组织覆盖率，指标值≥98%，完成值99.6%
    sentence_before = text[st.start : num.start]
    if _blocked_before(before, sentence_before, fig, ctx):
        return
    if _as_the_figures_pointed_back(fig, st.percents, st, ctx):
        return  # …覆盖率为58.3%，…为61.0%；2023年底，两项指标分别提高到63.5%和66.2%
    if _parallel_places_rate(fig, st, ctx):
        return  # …覆盖率分别达到99.6%、99.8%；新疆、广西两个自治区分别为96.3%和97.0%
    if (same := _another_places_same(fig, st.percents, st, ctx)) is not None:
        fig.metric, fig.sector = same.metric, same.sector
        return  # 党组织覆盖率81.7%，而宁夏全区同期为64.3%
    if subject := _rate_before_respective_places(fig, st, ctx):
        before = subject  # 从党员占比看，吉林、黑龙江两省分别为35.8%和37.1%
    elif item := _respective_item(fig, st, ctx):
        own_qualifier = strip_before(before, ctx.catalog)[1]  # (…31.5%和不足四成: its own)
        if own_qualifier is not None and fig.qualifier is Qualifier.EXACT:
            fig.qualifier = own_qualifier
        before = item  # 党组织覆盖率、党的工作覆盖率分别达到86%和100%
        respective = _respective(num.start, st, ctx)
        first = next(
            (p for p in st.percents if respective and p.number.start > respective[0]), None
        )
        if first is not None and not first.metric:
            # 社会团体、民办非企业单位的党组织覆盖率分别为81.6%和73.9%: not the first, nor this
            fig.note = "a later item of a list whose first was not read"
            return
    elif subject := _ranked_rate_subject(before, fig, st, ctx):
        before = subject  # 覆盖率排名前三的是合肥市、马鞍山市和铜陵市，分别为81.5%、…
    elif subject := _subject_of_a_restated_bound(before, st, ctx):
        before = subject  # 两区…覆盖率均超过七成，分别为73.4%和71.2%
    elif subject := _rate_named_after_bracketed_places(before, fig, st, ctx):
        before = subject  # 珠海（48.2%）、佛山（45.6%）三市社会组织党组织覆盖率位居前列
    elif subject := _rate_opening_a_series(clause_from, fig, st, ctx):
        before = subject  # 社会组织党组织覆盖率逐年提升，2019年为78.2%，2022年为91.0%
    if num.more_inside and before.endswith("过"):
        before = before[:-1]  # 覆盖率过半: 过 is the numeral's own (a lower bound)
    stripped, qual = strip_before(before.replace("分别", ""), cat)
    if _share_among_a_change(fig, st, ctx):
        fig.note = "a share among a change (新增执业律师1100余名，其中党员仅占两成)"
        return
    if _share_of_those_covered(fig, stripped.removesuffix("占"), st, ctx):
        if qual and fig.qualifier is Qualifier.EXACT:
            fig.qualifier = qual
        return  # 全区社会组织中建立党组织的已经过半: the covered, a share of all
    if not stripped and (subject := _subject_of_change(clause_from, st, ctx)):
        before = subject + before  # 党员律师占比较上年提高5个百分点，达到38%
        stripped, qual = strip_before(before, cat)
    if qual and fig.qualifier is Qualifier.EXACT:
        fig.qualifier = qual
    if fig.qualifier is Qualifier.EXACT and (
        fig.number.form is Form.FRACTION and "约" in before or _ABOUT_SHARE_RE.search(before)
    ):
        fig.qualifier = Qualifier.APPROXIMATE  # 约占全市律师总数的31%
    prev = st.last_percent
    if prev is None and st.rate_before is not None and _SAME_RATIO_RE.search(before):
        prev = st.rate_before  # …占比为32.6%。2015年，这一比例为27.9%: the rate just stated
    if prev is not None and prev.metric:
        if vocabulary(cat).from_to_re.fullmatch(text[prev.tail_end : num.start]):
            rule = "from_to"  # 组建率由2015年的45%提高到2020年的98%
        elif LEVEL_CHAIN_RE.fullmatch(text, prev.tail_end, num.start):
            rule = "level_chain"  # 覆盖率还不足60%，现在已经达到95%以上
        elif _compared_with(before, fig, ctx) or _next_level_compared(prev, fig, ctx):
            rule = "compared_with"  # 占比为27.8%，比2015年的21.5%提高… (、2016年的25.0%)
        elif _SAME_RATIO_RE.search(before):
            rule = "same_ratio"  # 占律师总数的32.4%，而2015年底这一比例仅为24.7%
        else:
            rule = ""
        # 分别由…61.3%、48.5%提高到…87.6%、79.2%: the rate in this one's place before
        partner = _starting_partner(fig, st.percents, ctx)
        if partner is not None:
            prev, rule = partner, "from_to"
        elif (earlier := _compared_in_a_list(fig, st, ctx)) is not None:
            prev, rule = earlier, "compared_with"  # 较2015年的31.2%和40.5%分别提高…
        wider_aside = _SCOPE_ASIDE_RE.fullmatch(text, prev.tail_end, num.start)
        if wider_aside is not None and not rule:
            # 占比约为33.9%（全国同期约为33.5%）: the wider scope's ratio at the time
            fig.metric, fig.sector, fig.rule = prev.metric, prev.sector, "average_of_scope"
            wider = _SCOPE_LEVELS[wider_aside[1]]
            fig.place = NATIONAL_PLACE if wider == "national" else ctx.level_places.get(wider)
            if fig.place is None:
                fig.metric, fig.note = None, "ratio of a wider place the text does not name"
            return
        other_sector = None
        if rule == "same_ratio" and (other := _OTHER_COMPARED_RE.search(before)):
            # 这一比例比全省律师行业的31.4%低…: another sector's rate, set against this one
            other_sector = _named_sector(other[1], ctx)
            if other_sector is None or other_sector == prev.sector:
                fig.note = "a rate this one is compared with, of no sector named"
                return
            rule = "compared_sector"
        if rule:
            fig.metric, fig.sector, fig.place, fig.rule = prev.metric, prev.sector, prev.place, rule
            if rule == "same_ratio" and _last_scope(clause_from, num.start, ctx) >= 0:
                # 占35.8%，而全国同期这一比例约为33%: the ratio of the place its clause names
                fig.place = _scope_place(num.start, st, ctx, False) or prev.place
            if rule == "compared_with" and (named := _named_sector(before, ctx)) is not None:
                fig.sector = named  # …，其中非公企业党组织覆盖率较2019年底的28.9%: its own
            fig.sector = other_sector or fig.sector
            return
        if _next_respective_rate(fig, prev, st, ctx):
            return
        average = _AVERAGE_OF_RE.search(before) or _AVERAGE_BEFORE_RE.search(before)
        if average is not None and _AVERAGE_BEFORE_RE.search(before):
            # 占32.6%，高于全国29.1%的平均水平: the wider scope's rate, named after it
            average = average if _AVERAGE_AFTER_RE.match(text, fig.tail_end) else None
        if average is not None:  # 覆盖率达98%，而全国平均为95.7%: the wider scope's rate
            fig.metric, fig.sector, fig.rule = prev.metric, prev.sector, "average_of_scope"
            # (也比全省律师行业32%左右的党员占比高出…: another trade's, named)
            fig.sector = _named_sector(average[0], ctx) or fig.sector
            wider = _SCOPE_LEVELS[average[1]]
            fig.place = NATIONAL_PLACE if wider == "national" else ctx.level_places.get(wider)
            if fig.place is None:
                fig.metric, fig.note = None, "average of a province the text does not name"
            return
        if (compared := _named_average_place(clause_from, fig, ctx)) is None:
            compared = _bracketed_average_place(clause_from, fig, st, ctx)
        if compared is not None:
            fig.metric, fig.sector, fig.rule = prev.metric, prev.sector, "average_of_scope"
            fig.place = compared  # 占比39.1%，高于南充市36.2%的平均水平: that place's rate
            return
        place = _place_only(stripped, prev, ctx) if "其中" in before else None
        if place is not None:  # 覆盖率为78.6%，其中成都市为85.2%: a part by place
            fig.metric, fig.sector, fig.place, fig.rule = (
                prev.metric,
                prev.sector,
                place,
                "part_by_place",
            )
            return
        if _parallel_place(fig, stripped, prev, st, ctx) or _parallel_sector(
            fig, stripped, prev, ctx
        ):
            return
    if stripped.endswith(("均", "都")):
        group_from = max(st.start, text.rfind("；", st.start, num.start) + 1)
        listed_places = _last_place_list(group_from, num.start, ctx)
        if len(listed_places) > 1:
            # 衡阳、郴州两市的党组织覆盖率均达到100%: each place's rate (as 各有 of counts)
            fig.each_of = _places_of(listed_places, ctx)
        else:
            # 公证、司法鉴定行业 · 12家律师事务所、7家会计师事务所…党组织覆盖率均达到100%
            sectors = _sectors_named(text, _list_start(text, clause_from, st.start), num.start, cat)
            fig.each_sector = tuple(dict.fromkeys(sectors)) if len(set(sectors)) > 1 else ()
        # 党的组织覆盖率和工作覆盖率均达到100% · 党组织覆盖率、党的工作覆盖率均达100%: the
        # rates listed share the figure; the organizational one is the catalog's
        listed = text[_list_start(text, clause_from, st.start) : clause_from] + stripped[:-1]
        items = _LIST_ITEM_SPLIT_RE.split(listed)
        rates = [i for i in items if i.endswith(cat.coverage_words) and "工作" not in i[-6:]]
        shared = next((w for w in cat.coverage_words if items[-1].endswith(w)), None)
        if not rates and shared and len(items) > 1:
            # 党的组织和党的工作覆盖率均保持100%: the rate word the first item shares
            rates = [i + shared for i in items[:-1] if i.endswith(_ORGANIZATIONS_NAMED)]
        stripped = rates[0] if rates else stripped
    # 社会组织党组织覆盖率江苏为86.3%、浙江为84.7%: the rate named, then each place's
    named_after = _place_after_its_rate(stripped, ctx)
    if named_after is not None:
        stripped = stripped[: -len(named_after[0])]
    stripped = stripped.removesuffix(AVERAGED)  # 南京市律所党组织覆盖率平均为97.3%: the city's
    word = next((w for w in cat.coverage_words if stripped.endswith(w)), None)
    rate_lead = stripped
    if word is None and "分别" in before:
        word = next((w for w in cat.coverage_words if w in before), None)
        rate_lead = before  # 非公有制企业和社会组织党的工作覆盖率分别达到82%和86%
    if word:
        lead = stripped[: stripped.rfind(word)]
        work = rate_lead[: rate_lead.rfind(word)]
        if lead.endswith(cat.coverage_exclude_before) or "工作" in work[-4:]:
            fig.note = "work coverage, not organizational coverage"
            return
        if not _party_coverage(lead, sentence_before, ctx, st.start):
            fig.note = "coverage of something other than Party organizations"
            return
        if (
            _follows_a_subtype(fig, st, ctx)
            or _framed_by_a_subtype(fig, st, ctx)
            or _of_a_class_of_firms(lead, ctx)
            or _carried_from_a_class(lead, clause_from, st, ctx)
            or (
                _respective(num.start, st, ctx) is None  # (…、民办学校…分别: the items')
                and _of_an_unsectored_kind(lead, sentence_before, ctx)
            )
            or _REGISTERED_AT_LEVEL_RE.search(lead)
            or _REGISTERED_AT_ONE_LEVEL_RE.search(lead)  # (市级登记社会组织覆盖率达87.5%)
            # (…，其中市级登记568家、覆盖率超过85%: the rate of the level its list counts)
            or _REGISTERED_AT_A_LEVEL_RE.search(
                text, _list_start(text, clause_from, st.start), num.start
            )
            or _a_level_in_a_breakdown(lead, st, ctx)
            or _levels_listed(_list_start(text, clause_from, st.start), num.start, ctx)
            or _a_kind_listed_under_qizhong(lead, ctx)
            or _a_kind_of_the_rates_sector(lead, st, ctx)
            or _names_a_social_org_kind(lead, cat)  # (全省基金会党组织覆盖率为81.5%)
            or _BRANCH_OFFICES_RE.search(lead) is not None  # (分所党组织组建率达到95.5%)
            or _named_by_a_quote(clause_from, ctx)
        ):
            # 规模以上非公企业3200家，党组织覆盖率达86.5% · 50名以上职工的非公企业党组织覆盖率
            fig.note = "coverage of a sub-type"
            return
        fig.metric, fig.rule = "coverage_rate", "coverage_rate"
        # 已建立党组织的事务所15家，覆盖率65.2%: the rate of the firms just counted
        counted = st.last_count
        of_counted = (
            counted.sector
            if counted is not None
            and counted.metric in _FIRM_METRICS
            and not ctx.vocab.sector_re.search(text, counted.tail_end, num.start)
            and not any(c in text[counted.tail_end : num.start] for c in "；;")
            else None
        )
        just_stated = _rate_just_stated(st.start, ctx) if consume(lead, ctx) else None
        # (鼓楼、玄武两区“两新”组织…，非公企业党组织覆盖率分别…: the one sector the rate names)
        lead_sectors = set(_sectors_named(lead, 0, len(lead), cat))
        if "分别" in before and _sectors_named(
            text, _list_start(text, clause_from, st.start), clause_from, cat
        ):
            # (律师事务所（368家）、会计师事务所（57家）党组织覆盖率分别…: the list's sectors)
            lead_sectors = set()
        fig.sector = (
            (lead_sectors.pop() if len(lead_sectors) == 1 else None)
            or _sector_pointed_back(fig, st, ctx)  # 社会组织领域。…该领域党组织覆盖率…
            # 市场经营企业党组织覆盖率: the markets' (zones counted too), when no cue names one
            or (_other_sector(lead, ctx) if not lead_sectors else None)
            or _respectively_sector(fig, st, ctx)
            or of_counted
            or _sector_near(num.start, ctx, lead)
            or (_sector_near(just_stated.start(), ctx) if just_stated else None)
            # (（一）注册会计师行业。…共有党组织121个，…，党组织组建率93.5%: its paragraph's,
            # when the rate names no units of its own: not 全省公有制企业党组织覆盖率)
            or (_paragraph_sector(num.start, ctx) if _BARE_RATE_LEAD_RE.fullmatch(lead) else None)
            or ctx.title_sector
        )
        fig.place = named_after[1] if named_after else _scope_place(num.start, st, ctx)
        if fig.sector is None:
            fig.metric, fig.note = None, "no sector named near the figure"
        return
    if _share_of_a_group_that(fig, st, ctx):
        return
    if not stripped.removeprefix("其中") and _members_share_of_the_count_before(fig, st, ctx):
        return
    share_at = before.rfind("占")
    if share_at < 0:
        share_at = before.rfind("比例")  # 党员律师比例达35%
    named_base = ""  # 党员律师216名，超过律师总数的三分之一: the base, with no 占
    if share_at < 0 and _share_that_set_up_one(fig, stripped, clause_from, st, ctx):
        return
    if (
        share_at < 0
        and (not stripped or stripped.endswith("的"))
        and _right_after_a_count(fig, clause_from, st, ctx)
    ):
        share_at, named_base = 0, stripped  # 党员律师316名，接近四成: of the count just stated
        leading = next((q for cue, q in cat.qualifiers_before if named_base.startswith(cue)), None)
        if leading and fig.qualifier is Qualifier.EXACT:
            fig.qualifier = Qualifier(leading)  # 超过律师总数的三分之一
    if share_at < 0 and num.form is Form.FRACTION and _members_term(stripped, ctx):
        share_at = len(before)  # 全省共有公证员690余名，其中党员公证员近六成: their share
    if share_at < 0:
        fig.note = "percent of something outside the catalog"
        return
    # (党员律师在律师队伍中的占比: the members among all the practitioners, named after them)
    owner_words = _AMONG_ALL_PRACTITIONERS_RE.sub("", before[:share_at])
    if not owner_words.endswith(("律所", "事务所")):
        owner_words = owner_words.removesuffix("所")  # 党员律师所占比例
    owner_np, _ = strip_before(owner_words, cat)
    term = suffix_term(owner_np, cat) if owner_np else None
    owner_of = owner_np[: -len(term.term)] if term is not None else ""
    if term is not None:
        term, owner_of = with_members(term, owner_of, cat)  # 党员公证员占比
    if owner_of and _respective_place(num.start, st, ctx) is not None:
        owner_of = _without_list_marks(owner_of, ctx)  # 山东、河南两省党员律师占比分别为…
    # 已建立党组织的律所占律所总数的86.5%: the firms covered, as a share of all: the rate
    covered = term is not None and term.metric == "firms" and owner_of.endswith("的")
    covered = covered and establishment_outcome(owner_of[:-1], cat) == "firms_covered"
    if covered and term is not None:
        term, owner_of = replace(term, metric="firms_covered"), ""
    if term is None and (among := _AMONG_THOSE_THAT_DID_RE.fullmatch(owner_np)):
        # 全国律所中建立党组织的比例: those covered among all the firms, the rate
        whole = suffix_term(among[1], cat)
        covered = establishment_outcome(among[2], cat) == "firms_covered"
        if whole is not None and whole.metric == "firms" and covered:
            term, owner_of = replace(whole, metric="firms_covered"), among[1][: -len(whole.term)]
    whole = suffix_term(owner_of[:-1], cat) if owner_of.endswith("中") else None
    if (
        whole is not None
        and whole.metric == "practitioners"
        and whole.term not in ctx.vocab.subgroups
    ):
        owner_of = owner_of[: -1 - len(whole.term)]  # 青岛市公证员中党员占比: among all of them
    if term is not None and not consume(owner_of, ctx):
        fig.note = f"share within a part: {owner_np[-10:]}"  # 青年律师中党员比例为25%
        return
    # (…298个，建立党组织的不足三成: the relative clause named as the base, with no 占)
    owner_words = owner_np or named_base
    if term is None and _covered_share_of_the_count_before(fig, owner_words, clause_from, st, ctx):
        return
    if term is None and owner_np and not consume(owner_np, ctx):
        fig.note = (
            f"share of a group the catalog does not name: {owner_np[-10:]}"  # 35岁以下的占31%
        )
        return
    if term is None and (
        any(c[0] is not NATIONAL_PLACE for _, _, c in ctx.gaz.find(owner_np))
        or owner_np in ctx.local_names  # (晋江约占六分之一: the text's short name for its place)
        # (全省党员律师6900余名，我市约占11.9%: the speaker's own place's part)
        or _OWN_PLACE_WORD_RE.fullmatch(owner_np) is not None
    ):
        fig.note = "a place's share of the whole"  # 全市党员律师2890名，顺德区占比超过三分之一
        return
    if _PLACES_SUMMED_RE.search(before):
        fig.note = "places' share of the whole"  # 三区合计超过全市的一半
        return
    owner = _previous_count(share_at + (num.start - len(before)), st, ctx) if term is None else None
    owner_metric = term.metric if term else owner.metric if owner else None
    metric = {"party_members": "party_member_share", "firms_covered": "coverage_rate"}.get(
        owner_metric or ""
    )
    if metric is None:
        fig.note = "share of a figure outside the catalog"
        return
    # (党员律师占了近五成: 了 after 占)
    base = (
        before[share_at + 1 :].removeprefix("了")
        if before.startswith("占", share_at)
        else named_base
    )
    # 分别占全省的一半以上和三分之二: a later share of the list has the first's base, unless
    # it names its own (…的30%和全省的三分之二)
    share_pos = num.start - len(before) + share_at
    listed_before = [p for p in st.percents if p.number.start > share_pos]
    if base and listed_before:
        own = text[listed_before[-1].tail_end : num.start]
        first_base = text[share_pos + 1 : listed_before[0].number.start]
        joined = own.strip() in ITEM_JOINERS
        # (占律师总数的三分之一强（33.9%）: the share before, restated exactly in brackets)
        joined = joined or _RESTATED_IN_BRACKETS_RE.fullmatch(own) is not None
        base = first_base if joined else own.lstrip("".join(ITEM_JOINERS) + " ")
    # (the place the share is of, looked up only when the base is a higher scope's)
    if (
        base
        and not _share_base_fits(base, metric, ctx)
        and not _share_base_fits(base, metric, ctx, _scope_place(num.start, st, ctx, False))
        # (全省律师党员四千多，占全省律师的四分之一: the place of the count it is a share of)
        and not (owner is not None and _share_base_fits(base, metric, ctx, owner.place))
    ) or (base and _of_the_city_above(base, num.start, st, ctx)):
        fig.note = f"share of another base: {base[-12:]}"  # 占全省党员律师的51.6%
        return
    if _framed_by_a_subtype(fig, st, ctx):
        fig.note = "share within a kind (在女律师群体中，党员占比…)"
        return
    # “两新”组织党员3.9万名，…其中非公企业党员约占八成 · 其中非公企业党员1980名，占八成以上:
    # a part of the members counted, as a share of them
    # (公证员57名，其中党员公证员39名，占68.4%: the practitioners just counted are the whole)
    part_from = _clause_start(text, owner.number.start, st.start) if owner else clause_from
    wholes = [
        f.metric
        for f in st.counts
        if f.number.start < part_from and f.metric in ("party_members", "practitioners")
    ]
    if (
        not base
        and owner_metric == "party_members"
        and text.startswith("其中", part_from)
        and wholes[-1:] == ["party_members"]
    ):
        fig.note = "a part's share of the members just counted"
        return
    # 苏州全市非公企业党员7.3万名，昆山市就有1.8万名，约占四分之一: a place's share of its
    # wider place's members, counted just before
    counted = next(
        (f for f in reversed(st.counts) if f.number.start < part_from and f.metric), None
    )
    if (
        not base
        and owner is not None
        and owner_metric == "party_members"
        and counted is not None
        and counted.metric == "party_members"
        and counted.place is not None
        and owner.place is not None
        # (not 江苏…；浙江8700余名，占28.8%: a peer's, its own share)
        and (counted.place.level is Level.NATIONAL or _lies_in(owner.place, counted.place))
    ):
        fig.note = "a place's share of the wider place's members"
        return
    # 党员人数接近执业注册会计师总数的六成: the qualifier before the base is the share's
    qualified = ctx.vocab.qualified_base_re.search(before)
    if qualified and fig.qualifier is Qualifier.EXACT:
        fig.qualifier = next(
            Qualifier(q) for cue, q in cat.qualifiers_before if cue == qualified[1]
        )
    fig.metric, fig.rule = metric, "share_of_previous"
    # (已有71家律师事务所、22家会计师事务所建立了党组织，分别占…的76.3%和61.1%: the n-th count's)
    paired = _respective(num.start, st, ctx)
    if owner is not None and (
        owner.rule == "respective" or paired is not None and paired[0] > owner.tail_end
    ):
        owner = _respective_owner(fig, owner, st, ctx)
    fig.sector = (
        # 两个行业分别有党员律师358人、党员注册会计师71人，党员占比分别为38.2%和33.2%: the n-th
        (_respectively_sector(fig, st, ctx) if term is not None and term.sector is None else None)
        or (owner.sector if owner else None)
        or (term.sector if term else None)
        or _sector_near(num.start, ctx)
        or ctx.title_sector
    )
    fig.place = owner.place if owner else _scope_place(num.start, st, ctx)
    fig.owner = owner
    if fig.sector is None:
        fig.metric, fig.note = None, "no sector named near the figure"


def _respective_owner(fig: Figure, owner: Figure, st: SentenceState, ctx: Context) -> Figure:
    """律师和公证员中的党员分别为723名和61名，分别占各自执业人数的39%和63.5%: the n-th share
    is of the count of the n-th sector listed (not all of the last count's)."""
    sector = _respectively_sector(fig, st, ctx)
    if sector is None or sector == owner.sector:
        return _respective_places_count(fig, owner, st, ctx) or owner
    return next(
        (
            f
            for f in reversed(st.counts)
            if f.number.start < owner.number.start
            and f.metric == owner.metric
            and f.sector == sector
        ),
        owner,
    )


def _respective_places_count(
    fig: Figure, owner: Figure, st: SentenceState, ctx: Context
) -> Figure | None:
    """济南有1720名，青岛有2080名，分别占两市律师总数的34.4%和35.5%: the n-th share is of the
    n-th of the counts just before, alike but each of another place, as many as the shares."""
    paired = _respective(fig.number.start, st, ctx)
    if paired is None:
        return None
    k, index = paired
    run: list[Figure] = []
    for f in reversed([f for f in st.counts if f.number.start < k]):
        if f.metric != owner.metric or f.sector != owner.sector or f.place is None:
            break
        if any(f.place == r.place for r in run):
            break
        run.insert(0, f)
    part = ctx.text[k : _comma_part_end(ctx.text, k, st.end)]
    shares = [
        n for n in find_numbers(part) if n.form in SHARE_FORMS or part[n.end : n.end + 1] in "%％"
    ]
    return run[index] if len(run) > 1 and len(run) == len(shares) > index else None


def _of_an_unsectored_kind(lead: str, sentence_before: str, ctx: Context) -> bool:
    """民办学校67所，党组织覆盖率100%: a rate of a kind annotators file under no one sector,
    named in its own words or, with no sector named since, in the clauses before it."""
    kinds = ctx.catalog.not_observation["unsectored_kinds"]
    # (民办非企业单位（不含民办学校、民办医院）412家: kinds an aside leaves out)
    sentence_before = _CLOSED_ASIDE_RE.sub("", sentence_before)
    last = max(sentence_before.rfind(k) for k in kinds)
    if any(k in lead for k in kinds):
        return True
    since = sentence_before[last:]
    return (
        last >= 0 and not ctx.vocab.sector_re.search(since) and not any(c in since for c in "；;")
    )


# 规模以上 · 规上 · 规模以上的: the enterprises above the statistical size threshold
_SIZE_CLASS_END_RE = re.compile(r"(?:规模以上|规上)的?$")
# 非公有制企业1.3万余家，其中规模以上企业1286家 · 按企业规模划分: all of them counted too
_WIDER_FIRMS_RE = re.compile(
    r"(?<!规模以上)(?<!规上)(?:非公有制企业|非公企业|民营企业)(?:法人单位)?[^，,；;。\d]{0,6}?"
    r"(?:约|近|超过)?\d|按企业规模"
)


def _size_class_as_the_whole(prefix: str, fig: Figure, st: SentenceState, ctx: Context) -> str:
    """全市规模以上非公企业4.25万家 · 规上民营企业1.08万家: the enterprises above the size
    threshold, when the text counts no wider set of them and names them as no part (其中),
    are the count its coverage is of (the prefix without the class; else "")."""
    size = _SIZE_CLASS_END_RE.search(prefix)
    part = _parts_opener(ctx, st.start, fig.number.start)
    # (规模以上非公有制企业（含外资企业…）2860家: what its aside says it takes in)
    if size is None or part >= 0 and not _inside_closed_aside(ctx.text, part + 1, fig.number.start):
        return ""
    if _WIDER_FIRMS_RE.search(ctx.text, 0, fig.number.start):
        return ""
    return prefix[: size.start()]


_AMONG_THOSE_THAT_DID_RE = re.compile(r"(.+?)中(?:已经?)?(.+)的")


def _of_a_class_of_firms(words: str, ctx: Context) -> bool:
    """规模以上企业 · 50名以上职工的 · 小微企业 · 上市民营企业: a class of firms, not all of them."""
    return any(w in words for w in ctx.catalog.not_observation["firm_classes"])


# 百人以上企业已实现…: the firms a clause opens with, as its subject
_FIRMS_SUBJECT_RE = re.compile(r"[^，,；;。]{0,8}?企业")


def _carried_from_a_class(lead: str, clause_from: int, st: SentenceState, ctx: Context) -> bool:
    """百人以上企业已实现党组织应建尽建，覆盖率为100%: a rate with no subject of its own is
    the clause before's, here a class of firms (a class counted there, with no wider count,
    is the text's whole: see _follows_a_subtype)."""
    if lead.removesuffix("党组织").removeprefix("其") or clause_from <= st.start:
        return False
    text = ctx.text
    before_from = _clause_start(text, clause_from - 1, st.start)
    counted = st.last_count  # (百人以上: a threshold, no count)
    if (
        counted is not None
        and counted.number.start >= before_from
        and (counted.metric is not None or _a_kind(counted))
    ):
        return False
    # (小微企业数量多、分布散、流动性大，党组织覆盖率仅为2.4%: or the sentence's opening)
    return any(
        (subject := _FIRMS_SUBJECT_RE.match(text, at, clause_from)) is not None
        and _of_a_class_of_firms(subject[0], ctx)
        for at in dict.fromkeys((before_from, st.start))
    )


# 省级社会组织党组织覆盖率 · 全国性社会组织: the organizations registered at one level, a kind
_LEVELS_REGISTERED = r"(?:全国性|省级|市级|县级|区级|自治区级|州级|盟级)"
_REGISTERED_KINDS = r"(?:社会组织|行业协会|商会|协会|社团)"  # what registers at a level
_REGISTERED_AT_LEVEL_RE = re.compile(rf"{_LEVELS_REGISTERED}{_REGISTERED_KINDS}")
# 市级登记的行业协会商会: those registered at one level, not all the place's
_REGISTERED_AT_A_LEVEL_RE = re.compile(rf"{_LEVELS_REGISTERED}(?:民政部门)?(?:登记|注册)")
# 从登记层级看，全省性社会组织1986个，市级社会组织1.07万个… · 分层级看，省级登记社会组织党组织
# 覆盖率…: a breakdown by the level they register at (全省性 · 市本级 · 自治区本级), whose
# parts are no place's whole (a text about one level's alone names them as its subject)
_BY_LEVEL_RE = re.compile(r"(?:从|按|分)(?:登记)?层级")
# 市级公证处 · 县级公证机构: the units one level of government runs (social organizations are
# read by the level they register at, above)
_ONE_LEVEL = r"(?:省|市|县|区|自治区|州|盟|旗)本?级"
_ONE_LEVEL_END_RE = re.compile(f"{_ONE_LEVEL}$")
_ONE_LEVEL_RE = re.compile(
    rf"(?:全国性|全省性|全区性|全市性|{_ONE_LEVEL})(?:民政部门)?(?:登记|注册)?的?{_REGISTERED_KINDS}"
)


# 区级登记社会组织 · 市本级登记的社会组织: those registered at one level, said so
_REGISTERED_AT_ONE_LEVEL_RE = re.compile(
    rf"{_ONE_LEVEL}(?:民政部门)?(?:登记|注册)的?{_REGISTERED_KINDS}"
)


def _a_level_in_a_breakdown(words: str, st: SentenceState, ctx: Context) -> bool:
    """The words name social organizations of one registration level, in a sentence (or the
    one before) that breaks them down by level."""
    if _ONE_LEVEL_RE.search(words) is None:
        return False
    before = ctx.text[max(0, ctx.text.rfind("。", 0, st.start - 1) + 1) : st.end]
    return _BY_LEVEL_RE.search(before) is not None or len(_ONE_LEVEL_RE.findall(before)) >= 2


def _levels_listed(start: int, end: int, ctx: Context) -> bool:
    """其中省级、市级、县级登记社会组织的党组织覆盖率分别为…: registration levels listed, each
    with its own figure (a breakdown by level)."""
    listed = _LEVELS_LISTED_RE.search(ctx.text, start, end)
    return listed is not None and _ONE_LEVEL_RE.match(ctx.text, listed.end() - 2, end) is not None


_LEVELS_LISTED_RE = re.compile(r"(?:[省市县区]级[、和及与])+[省市县区]级")


# 在规模以上非公企业中，党组织覆盖率… · 在台资企业中，已有412家…: the group a clause frames
_AMONG_FRAME_RE = re.compile(rf"{AMONG_FRAME}[，,]?$")
# 分规模看，全国规模以上非公企业中，党组织覆盖率…: a clause that is only the group, no 在
_GROUP_CLAUSE_RE = re.compile(r"(?<=[，,；;：:。！？\n])([^，,；;。在]{2,20}?)中[，,]?$")
_AMONG_OPENING_RE = re.compile(AMONG_FRAME)
_HOLDING_GROUP_OPENING_RE = re.compile(rf"([^，,；;。在]{{2,20}}?)中(?:{HAS_AMONG})")


SHARE_FORMS = (Form.PERCENT, Form.FRACTION)


def _framed_by_a_subtype(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """The clause before the figure's (or its own opening) says the figure is among a kind
    of firms narrower than a catalog term: by size, or by words the catalog does not read."""
    text = ctx.text
    at = _clause_start(text, fig.number.start, st.start)
    clause_before = _clause_start(text, max(at - 1, st.start), st.start)
    frame = _AMONG_FRAME_RE.search(text, clause_before, at)
    if frame is None:
        frame = _AMONG_OPENING_RE.match(text, at, fig.number.start)
    if frame is None:  # (规模以上企业中有2651户建立了党组织: the group, no 在)
        frame = _HOLDING_GROUP_OPENING_RE.match(text, at, fig.number.start)
    if frame is None:
        bare = _GROUP_CLAUSE_RE.search(text, clause_before, at)
        group = strip_before(bare[1], ctx.catalog)[0] if bare else ""
        term = suffix_term(group, ctx.catalog) if group else None
        no = ctx.catalog.not_observation
        if fig.number.form in SHARE_FORMS and group.endswith(no["roles"] + no["delegates"]):
            return True  # 全省律师事务所主任中，党员占比超过半数: a share among people by role
        if term is not None and term.metric == "practitioners" and fig.number.form in SHARE_FORMS:
            # 2024年新执业律师中，党员占比达到36.7%: a share within a kind of lawyers (not
            # 全市5600余名执业律师中: all of them, counted)
            return not consume(_COUNTED_BEFORE_RE.sub("", group[: -len(term.term)]), ctx)
        return term is not None and term.metric == "firms" and _of_a_class_of_firms(group, ctx)
    group = strip_before(frame[1], ctx.catalog)[0].removesuffix("群体")
    if _TRADES_COUNTED_RE.fullmatch(group):
        return False  # 税务师事务所58家、资产评估机构31家，两类机构中已有23家…: those listed
    term = suffix_term(group, ctx.catalog)
    if term is None:
        # 在各会计师事务所的合伙人中，党员注册会计师约占四分之一: a group the catalog does not
        # count (partners), the figure's share among them
        return fig.number.form in SHARE_FORMS and bool(group) and not consume(group, ctx)
    if term.metric not in ("firms", "practitioners"):
        return False
    # (在全市2000家非公企业中: the words after the count; 在女律师群体中: a kind of lawyers)
    kind = _COUNTED_BEFORE_RE.sub("", group[: -len(term.term)])
    kind = kind.removeprefix("这些").removeprefix("上述")  # 在这些律所中: the ones just counted
    return _of_a_class_of_firms(group, ctx) or not consume(kind, ctx)


# 全区9家律所中， · 在全市68家律师事务所中，: a clause that frames a counted whole of firms
_COUNTED_WHOLE_RE = re.compile(
    r"在?[^，,；;。在]{0,12}?\d+(?:\.\d+)?万?[余多]?家([^，,；;。\d]{1,12}?)中[，,]"
)


def _after_a_counted_whole(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """全区9家律所中，7家已建立党组织: the clause before counts the firms the figure's are
    picked from (the figure's clause opens with it)."""
    text = ctx.text
    at = _clause_start(text, fig.number.start, st.start)
    whole = _COUNTED_WHOLE_RE.fullmatch(
        text, _clause_start(text, max(at - 1, st.start), st.start), at
    )
    if whole is None:
        return False
    term = suffix_term(whole[1], ctx.catalog)
    return term is not None and term.metric == "firms" and term.term == whole[1]


# 在全市2000家非公企业中 · 在全市1200名律师中: a count and its classifier, then the noun
_COUNTED_BEFORE_RE = re.compile(rf"^.*(?:\d|[{CN_DIGITS}])[余多]?[家个户名人]")

# What a base may end with besides its noun: 占律师总数的 · 占全市执业律师的比例为
_BASE_TAIL_RE = re.compile(r"(?:总数|总人数|人数|数量|总量)?(?:的)?(?:比例|比重)?(?:为|达|达到)?$")
# the base a share is of: practitioners for Party members, firms for firms covered
_SHARE_BASES = {"party_member_share": "practitioners", "coverage_rate": "firms"}


_LISTED_PERCENT_TAIL_RE = re.compile(r"\d+(?:\.\d+)?%[和、及与]$")
# 各自执业人数 · 执业人员总数: the practising people of the trade (or of each trade listed)
# 各自执业人数 · 各自队伍总数: each trade's own people (the base after _BASE_TAIL_RE)
_EACH_ONES_PRACTISING_RE = re.compile(r"(?:各自|各|其)?执业(?:人员)?|各自(?:队伍)?")


def _share_base_fits(base: str, metric: str, ctx: Context, owner: Place | None = None) -> bool:
    """The base after 占 is the owner's own population (党员律师占律师总数的): not another
    count (占全省党员律师的51.6%: a slice of the province's members), nor a bare higher
    scope (约占全省的四分之一), nor a scope other than the text's or the ``owner`` place's
    (占全国律师总数的2%; but 甘肃省党员律师…约占全省执业律师的四分之一)."""
    cat = ctx.catalog
    base = _LISTED_PERCENT_TAIL_RE.sub("", base)  # 分别占全区的62%和65.6%: the base of both
    if base.startswith("比"):
        return True  # 占比 (no base named)
    if NUMERAL_START_RE.search(base):
        # 占律师3300余名总数的: the count just stated (not 占全市31.2万名党员的: all the Party's;
        # 占四川全省非公企业党员总数（约31万名）的: a higher scope's, its size said)
        term = suffix_term(_BASE_TAIL_RE.sub("", _COUNTED_BEFORE_RE.sub("", base)), cat)
        fits = term is None or term.metric == _SHARE_BASES[metric]
        return fits and _scope_fits(_CLOSED_ASIDE_RE.sub("", base), ctx, owner)
    noun = strip_before(_BASE_TAIL_RE.sub("", strip_before(base, cat)[0]), cat)[0]  # 总数不足
    if not noun:
        return True  # 占总数的
    if metric == "party_member_share" and _EACH_ONES_PRACTISING_RE.fullmatch(noun):
        return True  # 分别占各自执业人数的39%和63.5%: each trade's practitioners
    term = suffix_term(noun, cat)
    if term is None or term.metric != _SHARE_BASES[metric]:
        return False
    if metric == "party_member_share" and noun[: -len(term.term)].endswith("党员"):
        return False  # (占全省党员公证员的31.1%: a slice of the province's members)
    return _scope_fits(noun[: -len(term.term)], ctx, owner)


def _scope_fits(scope: str, ctx: Context, owner: Place | None) -> bool:
    """No higher scope named (全省 · 全国), or the text's own or the ``owner`` place's."""
    higher = vocabulary(ctx.catalog).higher_scopes
    level = next((lv for lv, words in higher.items() if any(w in scope for w in words)), None)
    return level is None or _is_the_texts_level(level, ctx) or _at_level(owner, level)


CITY_AS_A_WHOLE = ("全市", "我市", "本市")


def _of_the_city_above(base: str, pos: int, st: SentenceState, ctx: Context) -> bool:
    """朝阳区党员律师2000名，占全市律师的9.5%: a county or district's members as a share of
    the city's lawyers (not 义乌市…占全市律师的30%, where 全市 is that county-level city)."""
    if not base.startswith(CITY_AS_A_WHOLE):
        return False  # (凯里市…占该市律师总数的38.7%: that city, the county-level one)
    owner = _scope_place(pos, st, ctx, False) or ctx.default_place
    city = ctx.level_places.get("city")
    return owner is not None and owner.level is Level.COUNTY and city not in (None, owner)


def _at_level(place: Place | None, level: str) -> bool:
    """The place is the nation (``level`` national) or a province (``level`` province)."""
    if place is None:
        return False
    return place.level is (Level.NATIONAL if level == "national" else Level.PROVINCE)


def _is_the_texts_level(level: str, ctx: Context) -> bool:
    """全省 in a province's text, 全国 in the nation's: the text's own scope."""
    return ctx.default_place is None or _at_level(ctx.default_place, level)


def _party_coverage(lead: str, sentence_before: str, ctx: Context, sentence_start: int) -> bool:
    """A coverage rate of Party organizations: 党组织覆盖率, or 覆盖率 after only places
    and terms in a sentence about them (律所建立党组织，覆盖率…) or right after a sentence
    that stated one (…党组织覆盖率达到76.8%。分区看，鼓楼区、建邺区覆盖率分别为…); not
    法律顾问覆盖率 nor 党组织书记述职评议覆盖率 (the rate of something the organizations do)."""
    if lead.rstrip("的").endswith(("党", "组织")):
        return True
    if not consume(lead, ctx):
        return False
    if _PARTY_BODY_RE.search(sentence_before):
        return True
    return _rate_just_stated(sentence_start, ctx) is not None


def _rate_just_stated(sentence_start: int, ctx: Context) -> re.Match[str] | None:
    """The Party organizations' coverage rate the sentence before (same paragraph) states."""
    if sentence_start < 2 or ctx.text[sentence_start - 1] == "\n":
        return None
    before_start, _ = ctx.sentence_of(sentence_start - 2)
    return last_match(_PARTY_RATE_RE, ctx.text, before_start, sentence_start)


# 律所建立党组织，覆盖率… (not 党政机关法律顾问，覆盖率…: no Party organization named)
_PARTY_BODY_RE = re.compile(r"党组织|党的组织|党支部|党总支|党委|联建|单建")
_PARTY_BODY_TAIL_RE = re.compile(r"(?:党的组织|党组织|党的|党)$")
_PARTY_RATE_RE = re.compile(r"(?:党组织|党的组织)覆盖率")


def _a_kind_listed_under_qizhong(lead: str, ctx: Context) -> bool:
    """其中基金会党组织覆盖率 · 其中异地商会党组织覆盖率: a kind of unit, not a place or a
    sector (其中非公企业…, 其中哈尔滨市… name one)."""
    if not lead.startswith("其中"):
        return False
    owner = _PARTY_BODY_TAIL_RE.sub("", lead.removeprefix("其中").strip("，, "))
    return bool(owner) and not consume(owner, ctx)


def _a_kind_of_the_rates_sector(lead: str, st: SentenceState, ctx: Context) -> bool:
    """全省社会组织党组织覆盖率为61.2%，…，其中行业协会商会党组织覆盖率达到85.7%: under 其中, a
    kind of the units whose rate the sentence just gave (same sector, other words)."""
    prev = st.last_percent
    if not lead.startswith("其中") or prev is None or prev.metric != "coverage_rate":
        return False
    owner = _PARTY_BODY_TAIL_RE.sub("", lead.removeprefix("其中").strip("，, "))
    term = suffix_term(owner, ctx.catalog) if owner else None
    # (其中南宁市律所党组织覆盖率: a part by place, not a kind)
    if term is None or term.term != owner or term.sector is None or term.sector != prev.sector:
        return False
    named_before = ctx.text[
        _clause_start(ctx.text, prev.number.start, st.start) : prev.number.start
    ]
    return term.term not in named_before


def _named_by_a_quote(clause_from: int, ctx: Context) -> bool:
    """“双百”企业党组织覆盖率: the units a programme's quoted name picks out (not “两新”组织:
    a sector's name in quotes)."""
    text = ctx.text
    if clause_from < 2 or text[clause_from - 1] != "”":
        return False
    opening = text.rfind("“", 0, clause_from - 1)
    quoted = text[opening + 1 : clause_from - 1] if opening >= 0 else ""
    return bool(quoted) and not ctx.vocab.sector_re.search(quoted)


# what a 其中 that dates the whole again says besides its dates and its term
_DATED_AGAIN_FILLER_RE = re.compile(rf"其中|{'|'.join(ALL_SCOPE)}|分别|依次|[为是有，,、和的\s]")


def _the_whole_dated_again(parts_from: int, fig: Figure, term: Term, ctx: Context) -> bool:
    """…党员律师由47名增至131名。其中，2020年、2021年全市党员律师分别为88名、104名: a 其中
    that names only dates and the whole's term gives its levels then, no kind of it."""
    text = ctx.text
    marks = [
        m for m in ctx.marks_in(parts_from, fig.number.start) if m.kind is not MarkKind.COMPARISON
    ]
    if not marks:
        return False
    pieces, at = [], parts_from
    for mark in marks:
        pieces.append(text[at : mark.start])
        at = mark.end
    words = "".join(pieces) + text[at : fig.number.start]
    return _DATED_AGAIN_FILLER_RE.sub("", words.replace(term.term, "", 1)) == ""


def _follows_a_subtype(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """The count just before a rate, in the same part of the sentence, is of a sub-type
    (规模以上非公企业3200家，党组织覆盖率… · 市级登记的行业协会商会327家，覆盖率…), not a part
    listed under 其中 or 包括."""
    prev = st.last_count
    text = ctx.text
    if (
        prev is None
        or not _a_kind(prev)
        or prev.classifier not in ("家", "户")  # (产业链联合党委12个，…覆盖率: no firms counted)
        or any(c in text[prev.tail_end : fig.number.start] for c in "；;")
    ):
        return False
    clause_from = _clause_start(text, prev.number.start, st.start)
    # (…覆盖率为71.5%，其中规模以上非公企业4120家，党组织覆盖率达到90%: the whole's rate
    # stated before its part, this one is the part's)
    group_from = max(
        st.start, text.rfind("；", st.start, clause_from), text.rfind(";", st.start, clause_from)
    )
    whole_rate_before = any(
        p.metric == "coverage_rate" and group_from < p.number.start < clause_from
        for p in st.percents
    )
    # (…，包括行业商会15家、异地商会9家，商会党组织覆盖率…: the whole's, after its parts)
    return (not text.startswith("其中", clause_from) or whole_rate_before) and not text.startswith(
        "包括", _list_start(text, clause_from, st.start)
    )


def _a_kind(fig: Figure) -> bool:
    """The count was left out as a sub-type or as units registered at one level."""
    return fig.note.startswith(("sub-type", _REGISTERED_AT_A_LEVEL, FIRMS_OF_A_SUBTYPE))


# 全市83%的律师事务所建立了党组织 · 近四成律师是党员: the share of a group that did or is so
_MEMBERS_PREDICATE_RE = re.compile(r"(?:都|均)?(?:是|为)(?:中共|共产)?党员")
_SHARE_OF_GROUP = {"firms": "coverage_rate", "practitioners": "party_member_share"}


def _starting_partner(fig: Figure, earlier: list[Figure], ctx: Context) -> Figure | None:
    """The figure of a change's starting list in the place ``fig`` takes in the list after
    the change verb (分别由2017年的61.3%、48.5%提高到2020年的87.6%、79.2%: 79.2 is 48.5's)."""
    figs = [*earlier, fig]
    text, from_to = ctx.text, ctx.vocab.from_to_re

    def between(i: int) -> str:
        return text[figs[i - 1].tail_end : figs[i].number.start]

    changed = [i for i in range(1, len(figs)) if from_to.fullmatch(between(i))]
    if not changed:
        return None
    verb = changed[-1]  # the first figure after the change verb
    if any(not _list_gap(between(i), ctx) for i in range(verb + 1, len(figs))):
        return None
    start = verb - 1
    while start > 0 and _list_gap(between(start), ctx):
        start -= 1
    starting, index = figs[start:verb], len(figs) - 1 - verb
    if len(starting) < 2 or index >= len(starting) or not starting[index].metric:
        return None
    return starting[index]


LIST_JOINERS = ("、", "和", "及", "与")


def _list_gap(gap: str, ctx: Context) -> bool:
    """、 · 和 · 和不足: what parts two figures of one list (a qualifier may open the next)."""
    return gap[:1] in LIST_JOINERS and ctx.vocab.date_gap_re.fullmatch(gap, 1) is not None


def _next_respective_rate(fig: Figure, prev: Figure, st: SentenceState, ctx: Context) -> bool:
    """The rate after ``prev`` in a 分别 list: the next place's (兰州市、天水市…覆盖率分别为
    72.5%、68.1%), the next sector's (律师事务所、会计师事务所…分别达到97.2%、93.5%) or the
    next date's."""
    if ctx.text[prev.tail_end : fig.number.start].strip() not in ITEM_JOINERS:
        return False
    place, sector = prev.place, prev.sector
    paired = _respective_place(fig.number.start, st, ctx)
    if paired is not None and paired != prev.place:
        place = paired
    elif (listed := _respectively_sector(fig, st, ctx)) is not None and listed != prev.sector:
        sector = listed
    elif _its_item_names_no_sector(fig, st, ctx):
        fig.metric, fig.note = None, "the item listed for it names no sector (…、民办学校…分别)"
        return True
    elif _dates_listed(fig, st, ctx) is None:
        return (
            False  # (2021年、2022年、2023年，…覆盖率分别达到82.6%、90.3%和96.1%: the next year's)
        )
    fig.metric, fig.sector, fig.place, fig.rule = prev.metric, sector, place, "respective"
    return True


# 逐年提升 · 稳步提高 · 持续上升: where a series of dated levels goes, after what it is of
_TREND_RE = re.compile(
    r"(?:逐年|稳步|持续|不断|逐步|明显|大幅|连年|同步|快速|迅速)(?:提升|提高|上升|增长|增加|攀升|壮大)了?[：:]?$"
)
# 2019年为78.2% · 2022年底91.0% · 2019、2020、2021年分别为…: one dated level of a series, or the
# dates of its levels listed, with maybe its verb
_DATED_LEVEL_RE = re.compile(
    rf"(?:其中[，,]?)?(?:{LISTED_YEAR}|(?:19|20)\d{{2}}年(?:底|末)?[至到—－-])*"  # (2016年至2019年)
    r"(?:19|20)\d{2}年(?:底|末)?[，,]?(?:分别|依次)?"
    r"(?:为|是|达到?|已达|的)?"  # (…增长到1988年的640人、1993年的1520人)
)


def _only_a_term(words: str, ctx: Context) -> bool:
    """The words are a catalog term (a rate's too) after nothing but places, scope words and
    modifiers (全市“两新”组织党组织总数 · 律师行业党组织 · 党组织覆盖率)."""
    cat = ctx.catalog
    stripped = _COUNT_NOUN_END_RE.sub("", strip_before(words, cat)[0])
    rate = next((w for w in cat.coverage_words if stripped.endswith(w)), None)
    if rate is not None:  # (党组织覆盖率: what the rate is of, the caller asks)
        return consume(stripped[: -len(rate)].removesuffix("党组织"), ctx)
    term = suffix_term(stripped, cat)
    return term is not None and consume(stripped[: -len(term.term)], ctx)


_AFTERWARDS_RE = re.compile(r"(?:此后|之后|随后|以后|其后|此后几年|近年来)?")
# 由1260名增至2985名 · 从2015年底的6280名增加到…: a change from one level to another
_FROM_LEVEL_TO_RE = re.compile(rf"[由从][^，,；;。]*?(?:{_CHAIN_MOVES})")


def _head_of_a_series(
    clause_from: int, fig: Figure, st: SentenceState, ctx: Context, levels: list[Figure]
) -> tuple[str, Figure | None] | None:
    """社会组织党组织覆盖率逐年提升，2019年为78.2%，2022年为91.0% · 全省党员律师由6280名增至
    11350名，2016年至2019年分别为… · 律师行业党组织方面，2016年底为…: the clause that opens a
    series of dated levels, where ``fig``'s clause is one of them (``levels``: the series'
    figures so far): its words, the trend cut, and the figure of the change it states, if
    any; None unless it states a trend, a change, or only what the levels count. (The
    caller has seen ``fig``'s clause is a dated level: _DATED_LEVEL_RE.)"""
    text = ctx.text
    ends = {f.tail_end for f in levels}
    k = clause_from
    trend_on = False  # (2018年为2103名，此后逐年增加，2019年2386名: the trend of the level before)
    while k - 1 > st.start:
        head_from = _clause_start(text, k - 2, st.start)
        words = text[head_from : k - 1]
        head = _TREND_RE.sub("", words)
        if head != words and not trend_on and _AFTERWARDS_RE.fullmatch(head):
            trend_on, k = True, head_from
            continue
        if head != words:
            return head, None
        changed = [f for f in levels if f.tail_end == k - 1 and f.metric]
        if changed and (trend_on or _FROM_LEVEL_TO_RE.search(words)):
            return words, changed[-1]
        if k - 1 not in ends and text[k - 2 : k - 1] != "%":
            # 社会组织中的党员，2017年底为2.6万名，… · 党组织覆盖率方面，2012年为61.2%: a clause
            # that only names what the levels after it are of
            topic = _TOPIC_RE.fullmatch(text, head_from, k)  # (…方面，: the topic's words)
            words = topic[1] if topic else words
            return (words, None) if _only_a_term(words, ctx) else None
        k = head_from  # (a level of the series before)
    return None


_BRANCH_OFFICES_RE = re.compile(r"分所|分支机构")  # firms' branch offices, a kind of firm
_BARE_RATE_LEAD_RE = re.compile(r"(?:全[国省市区县])?(?:党组织|党的组织)?")


def _place_after_its_rate(words: str, ctx: Context) -> tuple[str, Place] | None:
    """覆盖率江苏(为): the place the words end in, right after a coverage word, and the
    place, when the gazetteer knows it by that name alone."""
    tail = words[-10:]
    found = ctx.gaz.find(tail)
    if not found or found[-1][1] != len(tail):
        return None
    start, end, candidates = found[-1]
    name = tail[start:end]
    if not words[: -len(name)].endswith(tuple(ctx.catalog.coverage_words)):
        return None
    return name, choose(candidates, ctx.default_place)


def _rate_opening_a_series(
    clause_from: int, fig: Figure, st: SentenceState, ctx: Context
) -> str | None:
    """社会组织党组织覆盖率逐年提升，2019年为78.2%，2022年为91.0%: the rate a series of dated
    levels is of, named in the clause that opens it, with the trend after it."""
    if not _DATED_LEVEL_RE.fullmatch(ctx.text, clause_from, fig.number.start):
        return None
    head = _head_of_a_series(clause_from, fig, st, ctx, st.percents)
    if head is None or head[1] is not None or not head[0].endswith(ctx.catalog.coverage_words):
        return None
    return head[0]


def _count_opening_a_series(fig: Figure, st: SentenceState, ctx: Context) -> Term | Figure | None:
    """会计师事务所党组织逐年增加，2019、2020、2021年分别为96个、118个、135个 (the term of the
    trend) · 全省党员律师由…增至11350名，2016年至2019年分别为… · 全市党员律师由1260名增至2985名。
    其中，2019、2020、2021年分别为… (the count of the change, in its clause or the sentence
    before): what the counts of a series of dated levels count, in the same unit."""
    clause_from = _clause_past_dates(ctx.text, fig.number.start, st.start)
    if not _DATED_LEVEL_RE.fullmatch(ctx.text, clause_from, fig.number.start):
        return None
    head = _head_of_a_series(clause_from, fig, st, ctx, st.counts)
    if head is None and ctx.text[st.start : clause_from].strip("其中，, ") == "":
        head = _change_the_sentence_before_ends_in(st, ctx)
    if head is None:
        return None
    words, changed = head
    cat = ctx.catalog
    if changed is not None:
        same_unit = cat.classifier_group(changed.classifier or "") == cat.classifier_group(
            fig.classifier or ""
        )
        return changed if same_unit else None
    return suffix_term(strip_before(words, cat)[0], cat)


def _change_the_sentence_before_ends_in(
    st: SentenceState, ctx: Context
) -> tuple[str, Figure | None] | None:
    """全市党员律师由1260名增至2985名，净增1725名。|其中，…: the change to the last count the
    sentence before (its paragraph's) published."""
    before = st.before
    last = next((f for f in reversed(before.counts) if f.metric), None) if before else None
    if before is None or last is None:
        return None
    words = ctx.text[_clause_start(ctx.text, last.number.start, before.start) : last.number.start]
    return (words, last) if _FROM_LEVEL_TO_RE.search(words) else None


def _its_item_names_no_sector(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """会计师事务所、民办学校党组织覆盖率分别为93.5%和88.1%: the item listed for the figure
    names no sector while one before it does; the sector of that one is not its."""
    respective = _respective(fig.number.start, st, ctx)
    if respective is None:
        return False
    k, index = respective
    text = ctx.text
    listed = text[_phrase_start(text, st.start, k) : k]
    items = _LIST_ITEM_SPLIT_RE.split(listed)
    if not 0 < index < len(items) or NUMERAL_START_RE.search(listed):
        return False  # (覆盖率2015年、2016年分别为…: years listed)
    named = [_sectors_named(item, 0, len(item), ctx.catalog) for item in items[: index + 1]]
    return not named[index] and any(named[:index])


def _share_of_a_group_that(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """A share right before the group it is of, and what they did or are (建立了党组织, 是党员)."""
    after = ctx.text[fig.tail_end : _clause_end(ctx.text, fig.tail_end, st.end)]
    head, np_end, _ = parse_post_np(after.removeprefix("的"), ctx)
    if head is None:
        return False
    predicate = after.removeprefix("的")[np_end:]
    said = {"firms": ctx.vocab.established_re, "practitioners": _MEMBERS_PREDICATE_RE}
    what = said.get(head.metric)
    if what is None or not what.match(predicate) or head.sector is None:
        return False
    if head.metric == "firms" and _OWN_BRANCH_ONLY_RE.match(predicate):
        fig.note = "share of firms with a branch of their own, no cover (约三分之一的律所单独建立…)"
        return True
    sector = _sector_of_bare_firms(fig, st) if head.covered_only else head.sector
    if sector is None:
        return False
    fig.metric, fig.sector = _SHARE_OF_GROUP[head.metric], sector
    fig.rule = "share_of_a_group_that"
    fig.place = _scope_place(fig.number.start, st, ctx)
    return True


_OWN_BRANCH_ONLY_RE = re.compile(r"(?:已经|均已|已|都)?(?:单独|独立)")


def _sector_of_bare_firms(fig: Figure, st: SentenceState) -> str | None:
    """全区电商企业约3000家，约四分之一的企业建立了党组织: 企业 alone are the firms the
    sentence counted before, of their sector; none counted (or only a kind left out,
    跨境…企业约3000家 read as a sub-type): no one's."""
    counted = [f for f in st.counts if f.number.start < fig.number.start]
    last = counted[-1] if counted else None
    return last.sector if last is not None and last.metric == "firms" else None


# （71.1%）为党员 · 是中共党员: a restatement in brackets, then what the share is
_RESTATED_THEN_RE = re.compile(r"(?:[（(][^（）()，,；;。]{1,12}[)）])?")


def _members_share_of_the_count_before(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """公证员128名，其中七成以上为党员: a share of the people the sentence just counted, said
    to be Party members: their Party members' share."""
    text = ctx.text
    restated = _RESTATED_THEN_RE.match(text, fig.tail_end)
    at = restated.end() if restated else fig.tail_end
    if not _MEMBERS_PREDICATE_RE.match(text, at):
        return False
    counted = next(
        (f for f in reversed(st.counts) if f.metric in ("practitioners", "party_members")), None
    )
    whole = next((f for f in reversed(st.counts) if f.metric == "practitioners"), None)
    if (
        counted is None
        or whole is None
        or any(c in text[whole.tail_end : fig.number.start] for c in "；;。")
    ):
        return False
    fig.metric, fig.sector, fig.place = "party_member_share", whole.sector, whole.place
    fig.rule = "share_of_a_group_that"
    return True


def _members_term(words: str, ctx: Context) -> bool:
    """``words`` end in a profession's Party members (党员公证员, 党员律师)."""
    term = suffix_term(words, ctx.catalog)
    if term is None:
        return False
    return with_members(term, words[: -len(term.term)], ctx.catalog)[0].metric == "party_members"


# 其中已建立党组织的 · 已经成立党组织的: those of a count that set one up
_THOSE_SET_UP_RE = re.compile(
    r"(?:其中)?(?:已经|均已|已)?(?:建立|成立|组建|建)了?党(?:组织|支部)的"
)  # (已建党组织的)


_BASE_OF = r"[^，,；;。\d占]{1,16}?(?:总数|总人数|总量)的$"  # 执业注册会计师总数的


def _covered_share_of_the_count_before(
    fig: Figure, owner: str, clause_from: int, st: SentenceState, ctx: Context
) -> bool:
    """社会组织612家，其中已建立党组织的约占三成: the share of the firms just counted that set
    one up, their coverage rate."""
    prev = st.last_count
    if prev is None or prev.metric != "firms" or not _THOSE_SET_UP_RE.fullmatch(owner):
        return False
    if ctx.text[prev.tail_end : clause_from] not in ("，", ","):
        return False
    fig.metric, fig.sector, fig.place = "coverage_rate", prev.sector, prev.place
    fig.rule = "share_of_those_covered"
    return True


# 已有 · 其中 · 其中有: before a share of the units just counted (…1460家，已有四分之三…)
_SHARE_OF_THEM_LEAD_RE = re.compile(r"(?:其中)?(?:已经有|已有|有|已)?")
# …建立了党组织 (not 建立党组织的…: what they are, a group of them)
# (近八成，已建立党组织: the comma a run-on's cut puts in, or the writer's)
_SET_UP_ONE_AFTER_RE = re.compile(
    r"[，,]?(?:已经|均已|已)?(?:建立|成立|组建)了?党(?:组织|支部)(?!的)"
)


def _share_that_set_up_one(
    fig: Figure, lead: str, clause_from: int, st: SentenceState, ctx: Context
) -> bool:
    """全市登记社会组织1460家，已有四分之三建立了党组织: the share of the units just counted
    that set one up, their coverage rate."""
    prev = st.last_count
    if prev is None or prev.metric != "firms" or not _SHARE_OF_THEM_LEAD_RE.fullmatch(lead):
        return False
    if ctx.text[prev.tail_end : clause_from] not in ("，", ","):
        return False
    if not _SET_UP_ONE_AFTER_RE.match(ctx.text, fig.tail_end):
        return False
    fig.metric, fig.sector, fig.place = "coverage_rate", prev.sector, prev.place
    fig.rule = "share_of_those_covered"
    return True


def _right_after_a_count(fig: Figure, clause_from: int, st: SentenceState, ctx: Context) -> bool:
    """The clause is the share alone, right after a count's own clause (党员律师316名，|接近
    四成。; not …，约三成律所没有党组织: a share of something else)."""
    prev = st.last_count
    text = ctx.text
    alone = not text[fig.tail_end : _clause_end(text, fig.tail_end, st.end)].strip("。， ")
    return alone and prev is not None and text[prev.tail_end : clause_from].strip() in ("，", ",")


def _previous_count(pos: int, st: SentenceState, ctx: Context) -> Figure | None:
    prior = [
        f
        for f in _levels(st, ctx)
        if f.number.start < pos and not _set_against_in_its_own_clause(f, pos, st, ctx)
    ]
    return prior[-1] if prior and prior[-1].metric else None


def _set_against_in_its_own_clause(f: Figure, pos: int, st: SentenceState, ctx: Context) -> bool:
    """已建立党组织的社会组织836个，上年为702个，占…的34.6% · 党员律师2713人，比上年的2494人
    增加219人，占…: an earlier level set against the figure before it, in a clause of its
    own, is not what a later clause's share is of (上年同期为1518名、占32.3%: in its clause)."""
    clause_from = _clause_start(ctx.text, f.number.start, st.start)
    marks = ctx.marks_in(clause_from, f.number.start)
    if not any(
        m.kind is MarkKind.COMPARISON
        and _DATES_THE_FIGURE_RE.fullmatch(ctx.text, m.end, f.number.start)
        and not _REACHED_AT_RE.search(ctx.text, max(0, m.start - 1), m.start + 1)
        for m in marks
    ):
        return False  # (从2006年底的1100余名增加到2016年底的2380名，占…: the level reached)
    if _its_partner_had_its_share(f, st):
        return False  # 党员760名，占…57.6%，去年同期为731名，占56.8%: each level its own share
    return _comma_part_end(ctx.text, f.tail_end, pos) < pos


def _its_partner_had_its_share(f: Figure, st: SentenceState) -> bool:
    """The level ``f`` is set against already had its share stated after it, before ``f``:
    a share after ``f`` then parallels it, ``f``'s own."""
    partner = next(
        (
            g
            for g in reversed(st.counts)
            if g.number.start < f.number.start and g.metric == f.metric
        ),
        None,
    )
    return partner is not None and any(
        p.owner is partner and p.number.start < f.number.start for p in st.percents
    )


# 上年为702个 · 比上年的2494人 · 上年同期为517名: the date right before the figure it dates
_REACHED_AT_RE = re.compile(r"[到至]")
_DATES_THE_FIGURE_RE = re.compile(r"(?:同期|底|末)?(?:的|为|是|：|:)?" + BOUND_BEFORE)


def _respectively_sector(fig: Figure, st: SentenceState, ctx: Context) -> str | None:
    """全省3.4万家非公企业、1.02万个社会组织…覆盖率分别达到82.28%和78.23%."""
    respective = _respective(fig.number.start, st, ctx)
    if respective is None:
        return None
    k, index = respective
    text = ctx.text
    own = _sectors_named(
        text, _list_start(text, _clause_start(text, k, st.start), st.start), k, ctx.catalog
    )
    if len(own) == 1 and _respective_place(fig.number.start, st, ctx) is not None:
        return own[0]  # (…，鱼峰区、柳北区非公企业党组织分别为…: places listed, one sector named)
    sectors = _sectors_listed_before(k, st, ctx)
    if len(sectors) < 2:
        sectors = _trades_listed_before(k, st, ctx) or sectors
    # (分别由2012年底的86个、19个增加到2015年底的173个、47个: the sectors again after 到)
    index = _index_after_from_to(index, len(sectors), k, fig.number.start, ctx)
    return sectors[index] if index < len(sectors) else None


def _trades_listed_before(k: int, st: SentenceState, ctx: Context) -> list[str]:
    """…执业律师和注册会计师分别为2386人、912人。两个行业现有党员分别为821名、264名: the trades
    a clause before, in the paragraph, listed, as many as the 分别's clause counts."""
    text = ctx.text
    counted = _TRADES_COUNTED_RE.search(text, _clause_start(text, k, st.start), k)
    if counted is None:
        return []
    many = int(find_numbers(counted[0])[0].value)  # 两个行业: 2
    floor = text.rfind("\n", 0, st.start) + 1
    named = [
        _sectors_named(text, clause.start(), clause.end(), ctx.catalog)
        for clause in reversed(list(_CLAUSE_RE.finditer(text, floor, st.start)))
    ]  # (each clause's sectors, the last clause first)
    for sectors in named:
        if len(sectors) == many:
            return sectors
    # (会计师事务所146家、…；税务师事务所238家、…。两个行业分别建立党组织98个和74个: each trade
    # in clauses of its own, in the order the text named them)
    seen: list[str] = []
    for sectors in named:
        for sector in reversed(sectors):
            if sector not in seen:
                seen.append(sector)
        if len(seen) >= many:
            break
    return seen[::-1] if len(seen) == many else []


_CLAUSE_RE = re.compile(r"[^，,；;。\n]+")


_YEARS_SPANNED_RE = re.compile(r"(?:19|20)\d{2}年?(?:到|至|—|–|-|~|～)(?:19|20)\d{2}年")


def _sectors_listed_before(k: int, st: SentenceState, ctx: Context) -> list[str]:
    """The sectors listed for the 分别 at ``k``: the clauses back from it that name two
    sectors or more (not 已建立两新组织党组织4127个，非公企业、社会组织…分别; not those before
    a ；)."""
    text = ctx.text
    floor = max(st.start, text.rfind("；", st.start, k) + 1)
    # (nor past a rate of its own: 海曙区非公企业…覆盖率达到63.5%，慈溪市、余姚市社会组织…分别)
    floor = max([floor, *(p.tail_end for p in st.percents if p.tail_end <= k)])
    start = k
    sectors: list[str] = []
    while start > floor and len(sectors) < 2:
        own_clause = start == k
        start = _list_start(text, _clause_start(text, start - 1, floor), floor)
        sectors = _sectors_named(text, start, k, ctx.catalog)
        if own_clause and len(sectors) == 1 and _YEARS_SPANNED_RE.search(text, st.start, k):
            break  # (…两新工委了解到，2019年到2022年，…非公有制企业党组织数量依次为…: over years)
    clause = _clause_start(text, k, st.start)
    if len(sectors) < 2 and not ctx.vocab.sector_re.search(text, clause, k):
        # 非公企业和社会组织党组织覆盖率分别达到35.6%和71.2%；党员人数分别为4230名和980名:
        # a 分别 whose clause names no sector pairs with the list of the 分别 before it
        earlier = text.rfind("分别", st.start, clause)
        if earlier >= 0:
            return _sectors_listed_before(earlier, st, ctx)
    return sectors


def _sectors_named(text: str, start: int, end: int, cat: Catalog) -> list[str]:
    """The sectors text[start:end] names, in order (one named twice in a row once)."""
    vocab = vocabulary(cat)
    sectors: list[str] = []
    last = ""
    # the longest cue at each place, left to right (the last may run past ``end``)
    for found in vocab.sector_re.finditer(text, start):
        if found.start() >= end:
            break
        hit = found[0]
        # one profession named twice (会计师事务所23家、注册会计师310名) once; in sector
        # other each its own (司法鉴定机构、基层法律服务所: two items, both other)
        key = hit if vocab.sector_of[hit] == "other" else vocab.sector_of[hit]
        if key != last:
            sectors.append(vocab.sector_of[hit])
        last = key
    return sectors


# ---------------------------------------------------------------------------
# place and date of a figure


SCOPE_LEVELS = {
    "prefecture": Level.PREFECTURE,
    "province": Level.PROVINCE,
    "city": Level.PREFECTURE,
    "district": Level.COUNTY,
    "county": Level.COUNTY,
}
_SPEAKER_LEAD_RE = re.compile(rf"^[^，,。；;“”]{{0,8}}?(?:{'|'.join(SPEECH_VERBS)})[，,：:]")
SENTENCE_OPENERS = ("其中，", "其中", "在", "而", "另外，", "此外，", "同时，")
_HEADING_OPENERS = "【[〔［ \u3000"


_HOLDS_RE = re.compile(rf"(?:{HOLDING})的?")
_HELD_BY_RE = re.compile(rf"其?(?:{HOLDING})$")


def _heading_place(start: int, end: int, ctx: Context) -> Place | None:
    """The place a brief's heading names: 广州天河 · 沈阳和平 · 北京朝阳, a city and the short
    name of one of its districts, is that district; else the place it opens with."""
    county = city_and_county_short(ctx.text[start:end], ctx.gaz, ctx.default_place)
    return county or _opening_place(start, end, ctx)


def city_and_county_short(words: str, gaz: Gazetteer, context: Place | None) -> Place | None:
    """沈阳和平 · 北京朝阳 · 呼和浩特新城: a city, then the short name of one of its districts
    or counties, and nothing else: that county."""
    hits = gaz.find(words)
    if not hits or hits[0][0] != 0:
        return None
    city = choose(hits[0][2], context)
    rest = words[hits[0][1] :]
    county = (
        gaz.county_in(rest, city) if city.level is not Level.COUNTY and len(rest) >= 2 else None
    )
    return county if county is not None and county.name.startswith(rest) else None


def _opening_place(start: int, end: int, ctx: Context, within: Place | None = None) -> Place | None:
    """The place a sentence opens with (唐山市则…, 在石家庄市，…, 其中，银川市…), if any (a
    name places share: the one ``within`` the place given, else the document's)."""
    hits = ctx.places_in(start, min(end, start + 20))
    if not hits:
        return None
    s, e, cands = hits[0]
    for next_start, next_end, next_cands in hits[1:]:
        # 湖北省宜昌市枝江市司法局…。全市: the place the chain of names leads to
        inner = tuple(c for c in next_cands if any(_lies_in(c, p) for p in cands))
        # (宁波市所辖的慈溪市委组织部: the one the city holds)
        held = _HOLDS_RE.fullmatch(ctx.text, e, next_start) is not None
        if next_start != e and not held or not inner:
            break
        e, cands = next_end, inner
    lead = _SPEAKER_LEAD_RE.sub("", ctx.text[start:s])  # 他说，昆明市…: what the speaker says
    # ▲桂林市　桂林市社会组织… · 【天水市】天水市…: a digest item's place, set off as its heading
    lead = lead.lstrip("".join(BULLETS) + _HEADING_OPENERS)
    # 株洲市律师行业党委坚持…: a body named by its place turns the paragraph to it too
    if lead and lead not in SENTENCE_OPENERS or listed_as_example(ctx.text, e):
        return None
    if ctx.text.startswith("、", e):
        return None  # 银川、石嘴山、吴忠…: a list of places, no one place the paragraph turns to
    if ctx.vocab.unit_names.after_place.match(ctx.text[e : e + 16]):
        return None  # 广西欣源律师事务所党委被评为…: one firm's name, not the paragraph's place
    if ctx.text.startswith("商会", e):
        return None  # 台州商会的探索，是西宁市…: a chamber named for its members' home place
    return with_zone(choose(cands, within or ctx.default_place), ctx.text, e)


# 2023年，区两新工委评选… · 市律师行业党委全年举办…: the body of the text's district or
# city opens the sentence, and the sentence is about that place
BODY_LEVELS = {"省": "province", "市": "city", "区": "district", "县": "county", "旗": "county"}
BODY_LEVELS |= {"州": "prefecture", "盟": "prefecture", "地区": "prefecture", "自治区": "province"}


def _opening_body(start: int, ctx: Context) -> Place | None:
    m = _OPENING_BODY_RE.match(ctx.text, start)
    if m is None:
        return None
    return NATIONAL_PLACE if m[2] else ctx.level_places.get(BODY_LEVELS[m[1]])


FIRST_PERSON = ("我", "本")  # 我省, 本市: the writer's own place, whatever was named before


# 自治区律师协会 · 自治区司法厅: a body of the region, named by its kind alone (not 内蒙古自治区)
_REGION_BODY_RE = re.compile(r"(?<![古族藏尔])自治区(?!级)")


def _region_of_its_body(start: int, end: int, ctx: Context) -> Place | None:
    """The autonomous region the text's place lies in, when text[start:end] names one of the
    region's bodies by its kind alone."""
    own = ctx.default_place
    if own is None or not _REGION_BODY_RE.search(ctx.text, start, end):
        return None
    region = ctx.level_places.get("district")
    if region is None or not region.name.endswith("自治区"):
        region = ctx.gaz.by_full_name.get(own.province)  # (a city's text: its region)
    return region if region is not None and region.name.endswith("自治区") else None


def _region_scoped_before(start: int, at: int, ctx: Context) -> Place | None:
    """The autonomous region a province-level scope word (全疆) before ``at`` in the sentence
    names: what a 全区 after it means, in a text about a place inside the region."""
    region = ctx.level_places.get("province")
    if region is None or not region.name.endswith("自治区"):
        return None
    scoped = [
        k
        for level, word, k in _scope_words_in(start, at, ctx)
        if level == "province" and word.startswith("全")
    ]
    # (no place named after it: 西藏自治区…全区 is the place named)
    return region if scoped and not ctx.places_in(max(scoped), at) else None


def _place_of_scope(level: str, at: int, st: SentenceState, ctx: Context) -> Place | None:
    """全省 means the province its sentence last named (…；青海省…，全省…), else the one the
    paragraph is about, else the document's; 我省 the document's (湖南省…。我省…: 江西省); 该市
    the last place of its kind the sentence named, whatever its level (长垣市…，该市现有…)."""
    own = ctx.level_places.get(level)
    if own is not None and ctx.text.startswith(FIRST_PERSON, at):
        return own
    wanted = SCOPE_LEVELS[level]
    # 该市 · 该县: that place, named before; its kind is the word's last character
    kind = ctx.text[at + 1] if ctx.text.startswith("该", at) else None
    # (苏州市所辖吴江市是…。截至去年底，该市…: the one the sentence before named, too)
    lo = st.before.start if kind is not None and st.before is not None else st.start
    hits = ctx.places_in(lo, at)
    if level == "district" and (
        region := _region_of_its_body(max([lo, *(e for _, e, _ in hits)]), at, ctx)
    ):
        return region  # 据自治区律师协会统计，…全区执业律师…: the region, in a city's text
    if level == "district" and (region := _region_scoped_before(lo, at, ctx)):
        return region  # 放眼全疆，…全区共有律师事务所650余家: the region just scoped
    starts = {s for s, _, _ in hits}
    # (对照全温州市的水平，我市仍有差距：…全市有律所38家: the writer's own place, named after
    # the other, is what 全市 goes on)
    own_at = (
        max(
            (
                k
                for lv, w, k in _scope_words_in(lo, at, ctx)
                if lv == level and w[0] in FIRST_PERSON
            ),
            default=-1,
        )
        if own is not None and hits
        else -1  # (no place of the writer's, or none named: nothing to look past)
    )
    for s, e, cands in reversed(hits):
        if own is not None and e <= own_at:
            return own
        if e in starts:
            continue  # 泉州晋江市…，晋江全市: the city before a county-level city it holds
        if _LOCATED_IN_RE.search(ctx.text, lo, s):
            continue  # 宣威市地处云南省曲靖市北部，全市…: where the place lies, not the scope
        if _compared_before(s, at, ctx.text):
            continue  # 仅次于广东、北京，…；全省党员律师…: what the province was compared with
        place = with_zone(choose(cands, ctx.default_place), ctx.text, e)
        # 南昌高新区等园区…，全市: a zone of the city is not the city, nor is an example
        example = listed_as_example(ctx.text, zone_end(ctx.text, e))
        # 宁夏回族自治区司法厅…，全区: an autonomous region (or its body) is what 全区 means
        if level == "district" and place.name.endswith("自治区") and not example:
            return place
        # (吴江市…，该市: the kind the text calls it, 吴江区 now)
        named = place.level is wanted or kind is not None and ctx.text[s:e].endswith(kind)
        # (宁波市所辖的慈溪市…，全市: the county-level city the text calls its 全市)
        named = named or place == own and level == "city"
        # (昆山市把…作为基础工程，…全市律师行业…: a county-level city opening the sentence of
        # its 全市, as a municipality does (天津市还通报，…全市16个区…); not 仁怀市、赤水市…，
        # 至此全市14个县: listed, of the city they lie in)
        named = named or (
            level == "city"
            and s == st.start
            and (
                place.level is Level.COUNTY
                and ctx.text[s:e].endswith("市")
                or place.name in MUNICIPALITIES
            )
            and ctx.text[e : e + 1] not in LIST_JOINERS
        )
        if named and not _names_an_award(s, ctx, e) and not example:
            return place
    if st.topic is not None and (
        st.topic.level is wanted
        # (上海市…。天津市注册会计师协会消息，全市现有…: the municipality the paragraph is about)
        or level == "city"
        and st.topic.name in MUNICIPALITIES
    ):
        return st.topic
    return ctx.level_places.get(level)


# after a place or scope word, what makes it a comparison (居全国前列, 全市首个律所党支部)
COMPARED_AFTER = ("前列", "率先", "领先", "第一", "首")
RANKING_VERBS = (*RANK_VERBS, "排")  # 人数排名全市第四 · 排全省第二: the whole a count ranks in
# before a scope word, what makes it the whole a subject is measured against (约占全市…,
# 是全省…最集中的): not the place of the figures
MEASURED_AGAINST = "是占"
# 列全国第7位 · 居全省首位: a place ranked in the scope word after the verb, no scope of figures
# (位居 and 位列 end in 居 and 列)
RANKED_IN = ("居", "列", *RANK_VERBS)
_TOP_N_AFTER_RE = re.compile(
    r"[一二三四五六七八九十百千\d]{1,3}强|前[一二三四五六七八九十百\d]{1,3}(?:名|位|强)?"
    # (数量居西部第一、全国第六: a place's rank after the list's first, 居 not repeated)
    r"|第[一二三四五六七八九十\d]{1,3}(?:名|位)?(?![家个批次届期])"
)


# 在全省16市中居第5位: the field a ranking is in, then the rank
_RANK_FIELD_AFTER_RE = re.compile(
    r"(?:\d{1,3}个?|[一二两三四五六七八九十]{1,3}个?)?[^，,；;。\d]{0,6}?中(?:排名|排|居|位居|位列|列)(?:第|前)"
)


def _ranked_in(text: str, start: int, end: int) -> bool:
    """列全国第7位 · 进入全国百强 · 在全省16市中居第5位: the place at start:end is where
    something ranks."""
    return (
        text.endswith(RANKED_IN, 0, start)
        or _TOP_N_AFTER_RE.match(text, end) is not None
        or _RANK_FIELD_AFTER_RE.match(text, end) is not None
    )


_BRANCHES_AFTER_RE = re.compile(r"[^，,；;。]{0,14}?(?:分所|分支机构|分公司|办事处)")
_LOCATED_IN_RE = re.compile(rf"(?:{'|'.join(LOCATED_AT)})[^，,；;。\d]{{0,8}}$")
# 该所是霍山县成立最早的律师事务所: the subject described as one unit of the place, which is
# no scope of the figures after
_ONE_OF_ITS_KIND_RE = re.compile(
    # (T集团是成都本土成长起来的农业和新能源企业: kinds between 的 and the unit's)
    r"[^，,；;。\d]{0,12}?的[^，,；;。\d的]{0,8}?(?:律师事务所|律所|事务所|公证处|公证机构|商会|企业|公司|集团)"
)
# a share of the whole a scope word names: 全区近六成的, 全省40%的, 全市三分之一的
_SHARE_OF_SCOPE_RE = re.compile(
    r"[约近超逾过将]*(?:\d+(?:\.\d+)?%|[一二两三四五六七八九十半]成|一半"
    r"|[一二两三四五六七八九十]+分之[一二两三四五六七八九十]+)"
)


def _scope_place(pos: int, st: SentenceState, ctx: Context, fallback: bool = True) -> Place | None:
    """The place a figure counts: nearest place or scope word before it in the sentence,
    else (``fallback``) the document's."""
    respective = _respective_place(pos, st, ctx)
    if respective is not None:
        return respective
    if _unknown_place_listed(pos, st, ctx):
        return None  # 复兴区、经开区…分别: the second is no place we know; neither is the first's
    best_pos, best = -1, None
    hits = ctx.places_in(st.start, pos)
    listed: list[Place] = []  # the places of a 、-list the best one closes
    listed_end = -1
    starts = {s for s, _, _ in hits}
    for s, e, cands in hits:
        if e in starts:
            continue  # 深圳市福田区司法局: the city names the district after it, no scope
        if s > 0 and ctx.text[s - 1] in MEASURED_AGAINST and "的" in ctx.text[e:pos]:
            continue  # 思明区是厦门律师资源最集中的区域，…: what the subject is measured against
        if _compared_before(s, pos, ctx.text):
            continue  # 比全国平均水平高出约5个百分点；…
        if ctx.text.startswith("作为", s - 2):
            continue  # 兴庆区作为银川中心城区，…: what the subject is to the place (as 作为全市…)
        if _ranked_in(ctx.text, s, e):
            continue  # …，列全国第7位；其中，单独建立党支部的律所402家: where the place ranks
        if _inside_closed_aside(ctx.text, s, pos):
            continue  # 律所97家（其中宣威市12家），执业律师1360名: the aside's place stays in it
        if _inside_closed_part(s, e, pos, st, ctx):
            continue  # 其中三江县有律所3家；律师行业党员近九百名: the part's place ends at ；
        if (broken_down := _past_a_breakdown_by_place(s, pos, st, ctx)) is not None:
            # 其中呼和浩特市78家、包头市59家、鄂尔多斯市49家，执业律师2264名: the whole's again
            if broken_down > st.start and _places_together(broken_down - 1, st, ctx) is not None:
                return None  # (三市共有律师事务所186家，其中…: the places together's)
            continue
        if listed_as_example(ctx.text, zone_end(ctx.text, e)):
            continue  # 南昌高新区等园区推行…，全市…: examples, not the scope
        if _names_an_example_unit(e, pos, ctx.text):
            continue  # …、乐清市律师行业第二联合党支部等15个党组织: a unit the count lists
        if st.start <= s and e <= pos and s > best_pos and not _names_an_award(s, ctx, e):
            # (沈阳和平：…和平区律师行业党委…: a name some places share, within the one the
            # paragraph is about)
            place = with_zone(choose(cands, st.topic or ctx.default_place), ctx.text, e)
            if s == st.start and st.topic is not None and _lies_in(st.topic, place):
                place = st.topic  # 西宁城中：…城中区有律所18家: the brief's lead, its district
            listed = [*listed, place] if ctx.text[listed_end:s] in LIST_JOINERS else [place]
            best_pos, best, listed_end = s, place, e
    if len(listed) > 1 and "分别" in ctx.text[listed_end:pos]:
        # 奎文区、潍城区律所分别为86家、52家；党员律师1702人: 分别 handed the places listed
        # to its own figures (this one is past them: _respective_place said none)
        best_pos, best, listed = -1, None, []
    if len(listed) > 1 and best is not None:
        # 包头市…下设昆都仑区、青山区、东河区3个区级党总支: one count of all the places
        # listed is the place they lie in, when the sentence or paragraph is about it
        # (南京、苏州律所共180家 is neither city's, nor 江苏省's)
        parent = _common_parent(listed, ctx)
        named = {choose(c, ctx.default_place) for _, _, c in hits} | {st.topic}
        # 银川、石嘴山、吴忠、固原、中卫5个地级市全部…: all of the parent's places, counted
        counted = ctx.vocab.places_counted_re.match(ctx.text, listed_end)
        best = parent if parent in named or counted else None
    named_before = {e for _, e, _ in hits}  # 江苏全省: the scope word of the place just named
    for level, w, k in _scope_words_in(st.start, pos, ctx):
        if k <= best_pos or k in named_before or _names_an_award(k, ctx, k + len(w)):
            continue
        if any(s < k < e for s, e, _ in hits) or ctx.text.startswith("级", k + len(w)):
            continue  # 西藏自治区 · 自治区级先进: a place's name or a level, no scope word
        if _inside_closed_aside(ctx.text, k, pos):
            continue  # 律师事务所268家（全国2.03万家），执业律师3190人: the aside's scope stays in it
        if _ranked_in(ctx.text, k, k + len(w)):
            continue  # 居全省首位；… · 进入全国百强；…: where the place ranks, a ranking's field
        # 约占全市… · 是全省… · 作为全市…最集中的城区: what the subject is measured against
        measured = (
            ctx.text[k - 1] in MEASURED_AGAINST and "的" in ctx.text[k + len(w) : pos]
        ) or ctx.text.startswith("作为", k - 2)  # 晋江市作为全省…试点县（市），截至…
        # 占全市律所近四成，执业律师…: a share of the whole, in the scope word's clause
        measured = measured or ctx.text[k - 1] == "占" and _share_in_clause(k + len(w), pos, ctx)
        # 比全国平均水平高出约5个百分点；律所党组织增至205个: what a clause before was
        # compared with (not 低于全省平均水平（31.2%）: the figure is the compared one)
        compared = _compared_before(k, pos, ctx.text)
        if _SHARE_OF_SCOPE_RE.match(ctx.text, k + len(w), pos) or measured or compared:
            # 集中了全区近六成的律师 · 约占全市律所总数的17% · 长春市是全省律师资源最集中的
            # 地区: the whole the place is measured against (占全市律师2100余人: its count)
            continue
        best_pos = k
        best = NATIONAL_PLACE if level == "national" else _place_of_scope(level, k, st, ctx)
    together = _places_together(pos, st, ctx)
    if together is not None and together >= best_pos:
        return None  # 三省共有律师事务所5620家: the places together, no one place's count
    if best_pos >= 0:
        return best
    return (st.topic or ctx.default_place) if fallback else None


def _places_then_together(prefix: str, fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """两地律师总数超过3.1万名 · 南京、苏州两市律师事务所共180家 · 两地律师行业党组织合计…:
    the places counted before the term (and its modifiers), all together after it."""
    pointer = _PLACES_COUNTED_RE.search(prefix)
    return (
        pointer is not None
        and consume(prefix[: pointer.start()], ctx)
        and consume(prefix[pointer.end() :], ctx)
        and _places_together(fig.number.start, st, ctx) is not None
    )


def _places_together(pos: int, st: SentenceState, ctx: Context) -> int | None:
    """Where the sentence before ``pos`` (since its last ；) last counts places all together
    (江苏、浙江、安徽三省共有 · 两市律所共 · 三市律师行业共建立党支部97个，党员律师占比…), else
    None; not when the figure's own clause says each has it (…，覆盖率均达到100%)."""
    text = ctx.text
    own = _without_place_names(text[_clause_start(text, pos, st.start) : pos], ctx)  # (成都)
    if any(w in own for w in _EACH_WORDS):
        return None
    last = None
    # (…两市律师人数合计约占全省四成；党员律师超过1.3万人: past ； the sentence's own place)
    start = max(st.start, _group_start(pos, st, ctx) + 1)
    # (pos + 1: 两县|8家 counts the places together by the figure itself)
    if _TOGETHER_WORD_RE.search(text, start, pos + 1) is None:
        return None  # (no word that counts them together: the common case, decided fast)
    for together in _PLACES_TOGETHER_RE.finditer(text, start, pos + 1):
        k = together.start()
        if k >= pos:
            break
        hits = ctx.places_in(max(start, k - 12), k + 1)
        if any(s <= k < e for s, e, _ in hits):
            continue  # (not 二七区: a place's own name)
        if _WHOLE_BEFORE_RE.search(text, start, k) or _one_place_ends_at(k, hits, text):
            continue  # 全省13个市共有 · 江苏13个设区市共有: all of one place's, that place's
        last = k
    return last


def _one_place_ends_at(k: int, hits: PlaceHits, text: str) -> bool:
    """A place, listed with none before it, ends right at ``k``."""
    ending = [h for h in hits if h[1] == k]
    return bool(ending) and text[ending[0][0] - 1 : ending[0][0]] not in LIST_JOINERS


def _past_a_breakdown_by_place(s: int, pos: int, st: SentenceState, ctx: Context) -> int | None:
    """Where the 其中 opens, when the place at ``s`` is one of two or more a 其中-list breaks
    a whole down by and a comma has closed the list before ``pos`` (no place since); else
    None."""
    text = ctx.text
    part = text.rfind("其中", st.start, s)
    if part < 0 or part < _group_start(s, st, ctx):
        return None
    listed = ctx.places_in(part, pos)
    starts = {start for start, _, _ in listed}  # (长沙市岳麓区: the city names the district)
    listed = [hit for hit in listed if hit[1] not in starts]
    # (其中，省会西安市…，2020年底西安市律师事务所680家: one place named again, no list)
    if len({choose(cands, ctx.default_place) for _, _, cands in listed}) < 2:
        return None
    comma = max(text.rfind("，", listed[-1][1], pos), text.rfind(",", listed[-1][1], pos))
    return part if comma >= 0 and not _thousands_comma(text, comma) else None


# …公布如下： · …主要数据如下：: a sentence that leads into a list
_LEAD_IN_END_RE = re.compile(r"如下[：:]?\s*$")


def _dates_the_list_after(mark: DateMark, end: int, text: str) -> bool:
    """现将2015年度全市律师…统计情况公布如下：: a year in a lead-in dates the list after it,
    paragraph after paragraph (as a date that ends its year would)."""
    return mark.kind is MarkKind.PERIOD and _LEAD_IN_END_RE.search(text, mark.end, end) is not None


# 2019年底为58名 · 上年同期：94.1%: a date, then the level then
_LEVEL_THEN_AFTER_DATE_RE = re.compile(
    rf"{_LEVEL_THEN_WORDS}(?:约|近|超过|不足)?"
    r"[\d一二两三四五六七八九十]"  # (（2019年底分别为5318名和35.0%） · （2015年底仅7,600余名）)
)


def _dates_an_earlier_level_in_an_aside(mark: DateMark, end: int, text: str) -> bool:
    """The date opens an earlier level inside brackets closed before ``end``."""
    return bool(
        _LEVEL_THEN_AFTER_DATE_RE.match(text, mark.end)
        and _inside_closed_aside(text, mark.start, end)
    )


def _before_the_anchor(mark: DateMark, anchor: DateMark | None, text: str) -> bool:
    """The mark, a plain year's end (2018年底，…), dates a year before the one the text's
    截至 anchor stands at (截至2023年6月底): a look back, not where the text now stands."""
    return (
        anchor is not None
        and mark is not anchor
        and mark.when is not None
        and anchor.when is not None
        and mark.when.year < anchor.when.year
        and _AS_OF_WORD_RE.search(text, max(0, anchor.start - 2), anchor.start + 2) is not None
        and _AS_OF_WORD_RE.search(text, max(0, mark.start - 2), mark.start + 2) is None
    )


_AS_OF_WORD_RE = re.compile("截至|截止")


def _inside_closed_part(s: int, e: int, pos: int, st: SentenceState, ctx: Context) -> bool:
    """The place at s:e stands in a 其中-part that a ； before ``pos`` has closed."""
    text = ctx.text
    if max(text.rfind("；", e, pos), text.rfind(";", e, pos)) < 0:
        return False
    part = text.rfind("其中", st.start, s)
    return part >= 0 and part > _group_start(s, st, ctx)


def _share_in_clause(start: int, pos: int, ctx: Context) -> bool:
    """A share (近四成, 17%, 三分之一) between ``start`` and the end of its clause (or pos)."""
    return (
        _SHARE_OF_SCOPE_RE.search(ctx.text, start, _comma_part_end(ctx.text, start, pos))
        is not None
    )


def _compared_before(at: int, pos: int, text: str) -> bool:
    """The place or scope at ``at`` is what a clause before the figure compared with
    (比全国平均水平高出约5个百分点；律所党组织增至205个), not the figure's own (低于全省平均
    水平（31.2%）: the figure is the compared one)."""
    if not any(c in text[at:pos] for c in "，,；;"):
        return False
    before = text[at - 1 : at]
    # (高出全国平均水平近6个百分点；…覆盖率保持100%: an average compared with, in a clause
    # before the figure's)
    if "平均" in text[at + 2 : at + 6]:
        return True
    # (仅次于广东、北京，…；全省党员律师…: a later place of the list compared with)
    return before in ("比", "较", "于") or (
        before in "、和及与" and _COMPARED_PLACES_RE.search(text, max(0, at - 30), at) is not None
    )


_COMPARED_PLACES_RE = re.compile(
    r"[比较于][\u4e00-\u9fff]{2,8}(?:[、和及与][\u4e00-\u9fff]{2,8})*[、和及与]$"
)


def _inside_closed_aside(text: str, at: int, pos: int) -> bool:
    """``at`` lies inside brackets that close before ``pos``."""
    opened = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
    if opened < 0 or max(text.rfind("）", opened, at), text.rfind(")", opened, at)) >= 0:
        return False
    return any(c in text[at:pos] for c in "）)")


def _bound_of_a_respective_list(fig: Figure, st: SentenceState, ctx: Context) -> Qualifier | None:
    """The bound the words after 分别 give its figures: right after 分别, every figure's
    (分别超过1.12万人、2860人); after 为, the first's only (分别为近600家和230余家)."""
    respective = _respective(fig.number.start, st, ctx)
    if respective is None:
        return None
    k, index = respective
    if index == 0:
        return strip_before(ctx.text[k + 2 : fig.number.start], ctx.catalog)[1]
    return next(
        (Qualifier(q) for c, q in ctx.catalog.qualifiers_before if ctx.text.startswith(c, k + 2)),
        None,
    )


def _respective(pos: int, st: SentenceState, ctx: Context) -> tuple[int, int] | None:
    """Where 分别 stands before ``pos``, and which figure after it this one is (0, 1, …):
    the n-th figure after 分别 belongs to the n-th item listed before it."""
    # (…分别为51家、47家；玉溪市、昭通市各有…: a 分别 before a ； pairs only the figures before it)
    floor = max(st.start, _group_start(pos, st, ctx) + 1)
    # (2015年至2019年，…数量依次为1.12万个、1.25万个…: in turn, as 分别)
    k = max(ctx.text.rfind("分别", floor, pos), ctx.text.rfind("依次", floor, pos))
    paired = ctx.text.rfind("各有", floor, pos)  # 福清市、长乐区各有律所15家和11家: as 分别
    if paired > k:
        # (the figures of 各有's own part of the sentence, up to a comma: 各有律所15家和11家)
        if len(find_numbers(ctx.text[paired : _comma_part_end(ctx.text, paired, st.end)])) < 2:
            return None  # …分别为896个、812个，瑶海区、长丰县各有400余个: each's, 分别 ends
        k = paired
    if k < 0 or ctx.text.find("其中", k, pos) >= 0:
        return None  # (…分别为41.5%、76.8%，其中非公企业…较…的28.9%: a part, no item)
    # (…，分别是2015年底的2.1倍和3.4倍，“两新”组织党组织覆盖率达到68.2%: 分别 had its
    # figures, none of them counts or rates; a clause naming its own sector after them is no
    # item of its list, as 分别有律所1402家、1395家，律师2.3万名、2.1万名 is)
    clause_from = _phrase_start(ctx.text, k, pos)
    if (
        clause_from > k
        and NUMERAL_START_RE.search(ctx.text, k, clause_from)
        and not any(k < f.number.start < clause_from for f in st.counts + st.percents)
        and ctx.vocab.sector_re.search(ctx.text, clause_from, pos)
    ):
        return None
    # (非公企业和社会组织党组织分别由…增加到…2389个、527个，两新组织党组织总数达到2916个: a
    # clause naming a sector none of the items is, after the list's figures)
    if clause_from > k and any(k < f.number.start < clause_from for f in st.counts):
        own = _sectors_named(ctx.text, clause_from, pos, ctx.catalog)
        listed = _sectors_named(ctx.text, _clause_start(ctx.text, k, st.start), k, ctx.catalog)
        if own and len(listed) > 1 and not set(own) & set(listed):
            return None
    # 分别为98%和92% · 分别为78.5、86.2和95.7% (the sign after the last only)
    percents = max(
        len(_PERCENT_RE.findall(ctx.text, k, pos)),
        sum(1 for p in st.percents if k < p.number.start < pos),
    )
    # (分别占两个行业机构总数的76.3%和61.1%: 两 counts the items, it is none of the figures)
    # (…分别为187家（含分所23家）、142家: a figure's aside is no item of the list)
    counted = sum(
        1
        for f in st.counts
        if k < f.number.start < pos
        and not _TRADES_COUNTED_RE.match(ctx.text, f.number.start)
        and not _aside_open(ctx.text, f.number.start, k) > k
    )
    return k, counted + percents


# 这两个数字分别… · 两项指标分别… · 上述三项数据分别…: the last figures stated, pointed back to
_FIGURES_POINTED_BACK_RE = re.compile(
    # (上述数字分别为689个、2个、9个、678个: as many as follow)
    r"(?:(?:这|上述|以上|前述)?([两二三四])(?:个|项)|(?:这些|上述|以上|前述))(?:数字|数据|指标)"
    r"(?:在(?:19|20)\d{2}年(?:底|末)?(?:时)?)?(?:也|则|又|还)?$"  # (这两个数字在2008年分别为…)
)


def _as_the_figures_pointed_back(
    fig: Figure, earlier: list[Figure], st: SentenceState, ctx: Context
) -> bool:
    """The n-th figure after 这两个数字分别 · 两项指标分别 · 而2013年底分别 is of what the n-th of
    the figures stated last in the sentence (as many as it says, or as follow) was: their
    metric, sector and place."""
    respective = _respective(fig.number.start, st, ctx)
    if respective is None:
        return False
    k, index = respective
    text = ctx.text
    clause = _clause_start(text, k, st.start)
    pointer = _FIGURES_POINTED_BACK_RE.search(text, clause, k)
    told = None
    if pointer is not None:
        told = {"两": 2, "二": 2, "三": 3, "四": 4}[pointer[1]] if pointer[1] else None
    elif (pointer := _ANOTHER_DATES_LEVELS_RE.fullmatch(text, clause, k)) is None or text[
        clause - 1 : clause
    ] in ("、", "（", "("):
        # (而2013年底分别只有25家、259名: as many as listed after 分别; not （2020年、2022年分别
        # 为…: dates listed, each its figure's)
        return False
    kinds = _kinds_listed(text[k : _comma_part_end(text, k, st.end)], ctx)
    many = told or len(kinds)
    shares = [kind == "share" for kind in kinds[:many]]
    stated = _mixed_figures_pointed_back(pointer.start(), many, shares, st) or _latest_run_of_kinds(
        [f for f in earlier if f.metric and f.number.start < pointer.start()],
        kinds[:many],
        many,
        ctx,
    )
    if not stated and st.before is not None:  # (the sentence before's, of this one's kind)
        share = fig.number.form in SHARE_FORMS  # (三成 is a share as 30% is)
        published = sorted(
            (f for f in st.before.percents + st.before.counts if f.metric),
            key=lambda f: f.number.start,
        )
        # (…党组织452个，覆盖…491家，…覆盖率达98.6%。2018年，上述三项指标分别为268个、296家
        # 和94.9%: counts and a rate, as many as listed, in their order)
        last = published[-many:]
        mixed = len(set(shares)) > 1 and [f.number.form in SHARE_FORMS for f in last] == shares
        stated = (
            last
            if mixed
            else [f for f in published if (f.number.form in SHARE_FORMS) == share][-many:]
        )
    if len(stated) != many or index >= many:
        return False
    ref = stated[index]
    if fig.number.form is not Form.PERCENT and (
        ctx.catalog.classifier_group(fig.classifier or "")
        != ctx.catalog.classifier_group(ref.classifier or "")
    ):
        return False
    fig.metric, fig.sector, fig.place, fig.rule = ref.metric, ref.sector, ref.place, "pointed_back"
    return True


def _kinds_listed(words: str, ctx: Context) -> list[str | None]:
    """What each figure of ``words`` counts by: "share", its classifier's group (571家:
    units), or None when no classifier follows it."""
    kinds: list[str | None] = []
    for n in find_numbers(words):
        if n.form in SHARE_FORMS:
            kinds.append("share")
            continue
        i = n.end
        while i < len(words) and words[i] in "多余 ":
            i += 1
        kinds.append(ctx.catalog.classifier_group(words[i : i + 1]) or None)
    return kinds


def _latest_run_of_kinds(
    figures: list[Figure], kinds: list[str | None], many: int, ctx: Context
) -> list[Figure]:
    """…律所586家，执业律师11850名，其中党员律师4520名；去年底分别为571家、11320名: the last
    ``many`` figures in a row whose kinds are those listed, in order (a kind not known
    fits any); none when no run fits."""
    for start in range(len(figures) - many, -1, -1):
        run = figures[start : start + many]
        if all(
            want is None
            or want == ("share" if f.number.form in SHARE_FORMS else None)
            or want == ctx.catalog.classifier_group(f.classifier or "")
            for f, want in zip(run, kinds, strict=False)
        ):
            return run
    return []


def _mixed_figures_pointed_back(
    pointer: int, many: int, shares: list[bool], st: SentenceState
) -> list[Figure]:
    """覆盖率达到89.0%，…3905家，而…这两项数字分别只有67.8%和2974家: a rate and a count
    listed after 分别 (``shares``: which of them are rates), the last rate and count stated
    before, in their order; else none."""
    if len(shares) != many or len(set(shares)) < 2:
        return []
    stated = sorted(
        (f for f in st.percents + st.counts if f.metric and f.number.start < pointer),
        key=lambda f: f.number.start,
    )[-many:]
    return stated if [f.number.form in SHARE_FORMS for f in stated] == shares else []


# 而2013年底分别只有25家、259名: the figures just stated, at another date
# (而2008年底|全区律所和律师分别只有… · ；2020年底|党组织、党员分别为… · 去年底|…)
_ANOTHER_DATES_LEVELS_RE = re.compile(
    r"而?(?:在)?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末)?|(?:去年|上年|前年)(?:同期|底|末)?)(?:时)?"
)
_LIST_ITEM_SPLIT_RE = re.compile("以及|[、和及与]")  # (…、律所党组织以及党组织覆盖的…)
_COMMA_PART_END_RE = re.compile(r"[，；;。！？\n]|,(?!\d{3}(?!\d))")  # (not 5,237's separator)


def _comma_part_end(text: str, pos: int, end: int) -> int:
    """Where the part of a sentence from ``pos`` ends: the next comma, semicolon or stop
    before ``end``, else ``end`` (unlike _clause_end, a quote or an aside does not end it)."""
    found = _COMMA_PART_END_RE.search(text, pos, end)
    return found.start() if found else end


# 分别由38家、412人增加到… · 分别由…1530家、2.9万人，增加到…
_CHANGED_FROM_TO_RE = re.compile(
    r"[由从][^，,；;。]*?(?:[，,](?:增加|增长|发展|上升|提高|提升|扩大|增))?(?:到|至)"
)


def _index_after_from_to(index: int, listed: int, k: int, pos: int, ctx: Context) -> int:
    """The item a figure after 分别 (at ``k``) pairs with when a change lists the figures
    twice: 分别由38家、412人增加到61家、806人 (61 is the first item's again)."""
    if listed >= 2 and index >= listed and _CHANGED_FROM_TO_RE.search(ctx.text, k, pos):
        return index % listed
    return index


def _places_that_each_have(pos: int, st: SentenceState, ctx: Context) -> tuple[Place, ...]:
    """龙山县、永顺县各有律所6家 · 龙山、永顺两县各有…: the places listed right before the 各有
    that stands before ``pos``, when two or more; else ()."""
    text = ctx.text
    k = text.rfind("各有", st.start, pos)
    listed = _last_place_list(st.start, k, ctx)
    if len(listed) < 2:
        return ()
    # (惠安、安溪两县律师事务所各有11家: what they each have may stand before 各有)
    counted = _PLACES_COUNTED_GAP_RE.match(text, listed[-1][1], k)
    term = text[counted.end() : k] if counted else None
    if term is None or term and _plain_term(term, ctx) is None:
        return ()
    return _places_of(listed, ctx)


def _plain_term(words: str, ctx: Context) -> Term | None:
    """The catalog term ``words`` end in, when only modifiers, places and scope words stand
    before it (律师事务所 · 律所党组织 · 全市律所), else None."""
    term = suffix_term(words, ctx.catalog)
    return term if term is not None and consume(words[: -len(term.term)], ctx) else None


def _places_of(listed: PlaceHits, ctx: Context) -> tuple[Place, ...]:
    """The place each hit of a list names (the text's own where a name is shared)."""
    return tuple(with_zone(choose(c, ctx.default_place), ctx.text, e) for _, e, c in listed)


_PLACES_COUNTED_GAP_RE = re.compile(r"(?:[两三四五六七八九十]个?[省市区县州盟旗])?")


_SUMMED_RE = re.compile(r"(?:合计|共计|总计|加起来|两项)\s*(?:有|为|达)?\s*$")


_SUM_OF_THE_LIST_RE = re.compile(r"[，,；;]\s*(?:合计|共计|总计)\s*(?:有|为|达)?\s*")


def _count_before_a_sum(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """The count right before ，合计 (or ；共计…) and ``fig``: the last item of what it sums."""
    prev = st.last_count
    if prev is None or not _SUM_OF_THE_LIST_RE.fullmatch(ctx.text, prev.tail_end, fig.number.start):
        return None
    return prev


def _every_kind_summed(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """The count after ，合计 that sums a list of committees', general branches' and
    branches' counts just stated: the last of them, whose sector and place it has."""
    prev = _count_before_a_sum(fig, st, ctx)
    if prev is None:
        return None
    kinds = {f.metric for f in st.counts if f.sector == prev.sector}
    every = set(_BODY_KINDS) <= kinds
    return prev if every and prev.metric in _BODY_KINDS else None


def _levels_committees_summed(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """The count after ，合计 that sums the industry committees of each level just listed (of
    one sector and place), when the sum adds up: the last of them."""
    prev = _count_before_a_sum(fig, st, ctx)
    if prev is None or prev.metric != "industry_party_committees":
        return None
    listed = _totals_listed(prev, st, ctx, _CLAUSE_STOP_RE)
    alike = [
        f for f in listed if (f.metric, f.sector, f.place) == (prev.metric, prev.sector, prev.place)
    ]
    adds_up = len(alike) >= 2 and fig.number.value == sum(f.number.value for f in alike)
    return prev if len(alike) == len(listed) and adds_up else None


def _both_sectors_summed(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """The count after ，合计 that sums the two figures just stated, of one metric and place,
    one of private enterprises and one of social organizations: the last of them."""
    prev = _count_before_a_sum(fig, st, ctx)
    if prev is None:
        return None
    alike = [f for f in st.counts if f.metric == prev.metric and f.place == prev.place]
    pair = alike[-2:]
    summed = {f.sector for f in pair} == {"private_enterprise", "social_org"}
    # (the sum the text states, to the unit: else no sum of these two)
    adds_up = fig.number.value == sum(f.number.value for f in pair)
    return prev if len(pair) == 2 and summed and adds_up else None


# 党委、党总支、党支部: the kinds of body that make up a place's Party organizations
_BODY_KINDS = ("party_committees", "general_branches", "party_branches")


def _two_kinds_summed(stripped: str, cat: Catalog) -> bool:
    """党总支、党委合计: two terms of different metrics joined, then summed."""
    words = _SUMMED_RE.sub("", stripped)
    last = suffix_term(words, cat)
    if last is None:
        return False
    rest = words[: -len(last.term)]
    if not rest.endswith(CONJUNCTIONS):
        return False
    first = suffix_term(rest[:-1], cat)
    return first is not None and first.metric != last.metric


def _shared_by_the_list(fig: Figure, st: SentenceState, ctx: Context) -> Qualifier | None:
    """分别超过5.6万人、3.8万人和3.6万人: a bound between 分别 and the list's first figure is
    every figure's of the list (a later one with a bound of its own keeps it)."""
    respective = _respective(fig.number.start, st, ctx)
    if respective is None or respective[1] == 0:
        return None
    k = respective[0]
    listed = st.percents if fig.number.form is Form.PERCENT else st.counts
    first = next((f for f in listed if f.number.start > k), None)
    if first is None or first.qualifier is Qualifier.EXACT:
        return None
    words = _RESPECTIVE_VERB_RE.sub("", ctx.text[k + 2 : first.number.start])
    return next((Qualifier(q) for cue, q in ctx.catalog.qualifiers_before if words == cue), None)


_RESPECTIVE_VERB_RE = re.compile(r"^(?:为|是|有|达到?|均)")


# 均居全市第一 · 位居全省前列 · 排在各区前三位: how the items before rank, said after them
_RANKED_TAIL_RE = re.compile(rf"(?:均|都)?{_RANKS_AT}$")


# 律师、公证员中党员: the term counted among each group listed
_TERM_AMONG_GROUPS_RE = re.compile(r"中的?(?=[\u4e00-\u9fff]+$)")


def _respective_item(fig: Figure, st: SentenceState, ctx: Context) -> str | None:
    """律师事务所、执业律师分别为186家、3426人: the noun phrase listed for this figure,
    when every item listed before 分别 names a catalog term or a rate."""
    respective = _respective(fig.number.start, st, ctx)
    if respective is None:
        return None
    k, index = respective
    text, cat = ctx.text, ctx.catalog
    first_after = next((f.number.start for f in st.counts if f.number.start > k), fig.number.start)
    if suffix_term(strip_before(text[k + 2 : first_after], cat)[0], cat) is not None:
        return None  # 律所和会计师事务所分别组建联合党支部4个和3个: the term follows 分别
    lo = _phrase_start(text, st.start, k)
    another_date = _ANOTHER_DATES_LEVELS_RE.match(text, lo, k)
    if another_date and (
        another_date[0].startswith("而")
        or ctx.vocab.term_lex.longest_at(text, another_date.end()) is not None
    ):
        # 而2008年底|全区律所和律师分别只有… · 2020年底|党组织、党员分别为…: the items after
        # the date (not 2015年|全市评选出…: a clause that acts)
        lo = another_date.end()
    listed = text[lo:k]
    if not listed.strip() and lo - 1 > st.start and text[lo - 1] in "，,":
        # 非公企业和社会组织党组织覆盖率，分别由…: the items in the clause before
        # (律所数量和执业律师人数均居全市第一，分别为…: how they rank, then the items' figures)
        listed = _RANKED_TAIL_RE.sub("", text[_phrase_start(text, st.start, lo - 1) : lo - 1])
    if NUMERAL_START_RE.search(listed):
        return None  # 3.4万家非公企业、1.02万个社会组织…: items with figures of their own
    items = _LIST_ITEM_SPLIT_RE.split(listed)
    index = _index_after_from_to(index, len(items), k, fig.number.start, ctx)
    if len(items) < 2 or index >= len(items):
        return None
    rate = next((w for w in cat.coverage_words if items[-1].endswith(w)), None)
    in_its_clause = not any(c in text[k : fig.number.start] for c in "，,；;")
    # (鼓楼区、建邺区法律顾问覆盖率分别…: places listed, not items sharing the rate word)
    places = all(_only_a_place(i, ctx) for i in items[:-1])
    if (
        rate
        and in_its_clause
        and not places
        and not any(i.endswith(cat.coverage_words) for i in items[:-1])
    ):
        if "工作" in items[-1][: -len(rate)][-4:] and all(
            _a_sector_alone(i, cat) for i in items[:-1]
        ):
            return None  # 非公有制企业和社会组织党的工作覆盖率: sectors sharing a work rate
        # 党组织和党的工作覆盖率分别达到31.4%和100%: the rate word the items share
        items = [i + rate for i in items[:-1]] + items[-1:]
    items = _sharing_the_last_head(items, cat)
    among = _TERM_AMONG_GROUPS_RE.search(items[-1])
    tail = items[-1][among.end() :] if among is not None else ""
    if among is not None and ctx.vocab.term_lex.longest_at(tail, 0) == tail:
        # 律师、公证员中党员分别为…: each group's members, not the groups
        items = [i + items[-1][among.start() :] for i in items[:-1]] + items[-1:]
    elif set_up := _THOSE_AMONG_THAT_SET_UP_RE.fullmatch(items[-1]):
        # 公证机构、会计师事务所中已建立党组织的分别为98家、276家: each kind's that set one up
        items = [set_up[2] + i for i in items[:-1]] + [set_up[2] + set_up[1]]
    kinds = set()
    for item in items:
        np = strip_before(item, cat)[0]
        if np.endswith(cat.coverage_words):
            kinds.add("rate")
        elif suffix_term(np, cat) is not None:
            kinds.add("term")
        elif _a_sector_alone(np, cat) or not np:
            return None  # 律师、公证、司法鉴定行业分别…: sectors listed, read as such
        else:
            kinds.add("other")  # 党员律师、党建指导员、入党积极分子分别为…: no catalog noun
    # 非公企业、社会组织党组织覆盖率分别…: sectors sharing one rate, not a list of items
    if len(kinds - {"other"}) != 1 or _sectors_sharing_a_head(items, cat):
        return None
    if "other" in kinds and ("rate" in kinds or suffix_term(items[index], cat) is None):
        return None  # (the item of no catalog noun, or rates beside such items)
    return items[index]


# 会计师事务所|中|已建立党组织的: the ones of a kind listed that set up a Party body
_THOSE_AMONG_THAT_SET_UP_RE = re.compile(r"(.+?)中(已?(?:建立|成立|组建)了?党(?:组织|支部)的)")


def _a_sector_alone(words: str, cat: Catalog) -> bool:
    """公证 · 司法鉴定行业 · 会计领域: a sector's cue alone, maybe with 行业 or 领域."""
    return (
        vocabulary(cat).sector_re.fullmatch(words.removesuffix("行业").removesuffix("领域"))
        is not None
    )


def _sharing_the_last_head(items: list[str], cat: Catalog) -> list[str]:
    """单独、联合党支部: an item that names no term shares the head of the last one, the
    shortest of its ends that makes it a term (单独党支部)."""
    last = strip_before(items[-1], cat)[0]
    if suffix_term(last, cat) is None:
        return items
    shared = []
    for item in items[:-1]:
        np = strip_before(item, cat)[0]
        if np and suffix_term(np, cat) is None and not np.endswith(cat.coverage_words):
            heads = (last[i:] for i in range(len(last) - 1, 0, -1))
            item = next((item + h for h in heads if _term_across(np, h, cat)), item)
        shared.append(item)
    return [*shared, items[-1]]


def _term_across(np: str, head: str, cat: Catalog) -> bool:
    """np + head ends in a term that takes in some of np (单独 + 党支部: 单独党支部)."""
    term = suffix_term(np + head, cat)
    return term is not None and len(term.term) > len(head)


_AMONG_TAIL_RE = re.compile(r"[中里内]?的$")


def _sectors_sharing_a_head(items: list[str], cat: Catalog) -> bool:
    """非公企业和社会组织党组织: sectors before the last item's head, which they share."""
    nps = [strip_before(item, cat)[0] for item in items]
    head = suffix_term(nps[-1], cat)
    if head is None or head.sector is not None or head.term == nps[-1]:
        return False
    # (非公企业、社会组织和律师事务所中的党员: the members among each)
    named = [*nps[:-1], _AMONG_TAIL_RE.sub("", nps[-1][: -len(head.term)])]
    sectors = [suffix_term(np, cat) for np in named]
    # (律师和公证员中的党员: the members among each trade's people, too)
    counted = ("firms", "practitioners")
    if all(t is not None and t.metric in counted and t.sector is not None for t in sectors):
        return True
    # 律师、公证行业党员: trades named by their cue (律师, 公证), the last with 行业 (全市律师:
    # after the scope word)
    cues = vocabulary(cat).sector_of
    return all(_without_scope_word(np).removesuffix("行业") in cues for np in named)


def _without_scope_word(words: str) -> str:
    return next((words[len(w) :] for w in ALL_SCOPE if words.startswith(w)), words)


# what a list of places leaves around them: 、 和 and the count of them (三市的, also before
# the sector: 杭州、宁波、温州三市非公企业党组织)
_LISTED_PLACES_TAIL_RE = re.compile(
    r"[、和及与]|[一二两三四五六七八九十\d]+个?(?:自治区|自治州|省|(?:县级|地级)?市|州|县|区|地)(?!级)(?:的|之)?"
    r"|(?:的|之)$"
)


def _without_list_marks(listed: str, ctx: Context) -> str:
    """The places of a list without its 、/和 and count of them; a 和 that opens a place's
    name stays (喀什地区、和田地区 · 河西区和和平区), and so does the 的 that ends a clause
    said of them (两个区已建立党组织的非公企业: firms covered, not all firms)."""

    def kept(m: re.Match[str]) -> bool:
        if m[0] in ("的", "之"):
            return not any(e == m.start() for _, e, _ in ctx.gaz.find(listed[: m.start()]))
        return _place_starts_at(listed, m.start(), ctx)

    return _LISTED_PLACES_TAIL_RE.sub(lambda m: m[0] if kept(m) else "", listed)


def _place_starts_at(text: str, i: int, ctx: Context) -> bool:
    return any(text.startswith(s, i) for s in ctx.gaz.by_prefix.get(text[i : i + 2], ()))


def _respective_to_places(fig: Figure, prev: Figure, st: SentenceState, ctx: Context) -> bool:
    """``fig`` follows ``prev`` in a list after 分别 that pairs figures with places."""
    respective = _respective(fig.number.start, st, ctx)
    return (
        respective is not None
        and prev.number.start > respective[0]
        and _respective_item(fig, st, ctx) is None
        and _respective_place(fig.number.start, st, ctx) is not None
    )


def _respective_place(pos: int, st: SentenceState, ctx: Context) -> Place | None:
    """玄武区、秦淮区分别有律所45家、38家: the n-th count after 分别 is the n-th listed place."""
    respective = _respective(pos, st, ctx)
    if respective is None:
        return None
    k, index = respective
    listed = _last_place_list(st.start, k, ctx)
    pointer = last_match(_PLACES_POINTER_RE, ctx.text, st.start, k)
    if len(listed) < 2 and pointer is not None:
        # 江苏、浙江两省…。两省律所党组织覆盖率分别为98.7%和97.9% · 深圳、广州两市…，深圳首次
        # 超越广州；两市党员律师分别为…: the last list of as many places before
        count = chinese_to_number(pointer[1])
        runs = _place_lists(ctx.text.rfind("\n", 0, st.start) + 1, pointer.start(), ctx)
        listed = next((run for run in reversed(runs) if len(run) == count), [])
        # (鼓楼区有律所96家，台江区…，仓山区…，三个城区…覆盖率分别为…: named a clause each)
        named = [hit for run in runs for hit in run][-int(count or 0) :]
        if not listed and count and len(named) == count and len({h[2] for h in named}) == count:
            listed = named
    if len(listed) == 1 and (whole := _scope_joined_before(listed[0][0], st, ctx)) is not None:
        # 全市和西湖区执业律师分别为10326名、2871名: the whole, then its part
        if index >= 2 and not _lists_repeated(k, 2, st, ctx):
            return None
        if index % 2 == 0:
            return whole
        _, end, cands = listed[0]
        return with_zone(choose(cands, ctx.default_place), ctx.text, end)
    if len(listed) < 2 or listed_as_example(ctx.text, listed[-1][1]):
        return None  # no list, or examples (北京、上海等)
    if index >= len(listed) and _lists_repeated(k, len(listed), st, ctx):
        index %= len(listed)  # 分别有律所1402家、1395家，律师2.3万名、2.1万名: the second list
    if index >= len(listed):
        return None
    _, end, cands = listed[index]
    return with_zone(choose(cands, ctx.default_place), ctx.text, end)


_SCOPE_JOINED_RE = re.compile(f"(?:{'|'.join(ALL_SCOPE)})[和及与、]$")


def _scope_joined_before(at: int, st: SentenceState, ctx: Context) -> Place | None:
    """The place a scope word joined right before ``at`` means (全市和西湖区: 杭州市)."""
    joined = _SCOPE_JOINED_RE.search(ctx.text, st.start, at)
    if joined is None:
        return None
    words = _scope_words_in(joined.start(), joined.end() - 1, ctx)
    if not words:
        return None
    level, _, k = words[0]
    return NATIONAL_PLACE if level == "national" else _place_of_scope(level, k, st, ctx)


def _lists_repeated(k: int, n: int, st: SentenceState, ctx: Context) -> bool:
    """The figures after 分别 at ``k`` (up to the next ；) are lists of ``n`` each, joined
    within by 、/和 and one from the next by a comma: 分别有律所1402家、1395家，律师2.3万名、
    2.1万名 (each list names the places in the same order)."""
    text = ctx.text
    numbers = find_numbers(text[k : _group_end(k, st, ctx)])
    if len(numbers) <= n or len(numbers) % n:
        return False
    for i in range(1, len(numbers)):
        gap = text[k + numbers[i - 1].end : k + numbers[i].start]
        # (…486家和213家、执业律师7935人和3108人: the next list's term parts them too)
        parted = "，" in gap or "," in gap or bool(_NEXT_LISTS_TERM_RE.search(gap))
        if parted != (i % n == 0):
            return False
    return True


# 家、执业律师 · 人、党员律师: words between two figures beyond their units and joiners
_NEXT_LISTS_TERM_RE = re.compile(r"[、和及与][^\d、和及与，,；;。]{2,}$")


# 两省 · 三市: places counted that a list before named
_PLACES_POINTER_RE = re.compile(
    r"(?<![\u4e00-\u9fff])([两三四五六七八九十])个?(?:城区|省|市|区|县|地)(?!级)"
)


def _last_place_list(start: int, end: int, ctx: Context) -> PlaceHits:
    """The last run of places joined by 、/和 in text[start:end] (a single place if none)."""
    runs = _place_lists(start, end, ctx)
    return runs[-1] if runs else []


def _place_lists(start: int, end: int, ctx: Context) -> list[PlaceHits]:
    """The runs of places joined by 、/和 in text[start:end], each place alone a run too."""
    runs: list[PlaceHits] = []
    listed: PlaceHits = []
    for hit in ctx.places_in(start, end):
        if hit[2][0] is NATIONAL_PLACE:
            continue  # 居全国前列: a comparison, no place listed
        gap = ctx.text[listed[-1][1] : hit[0]] if listed else ""
        inner = (
            tuple(c for c in hit[2] if any(_lies_in(c, p) for p in listed[-1][2])) if listed else ()
        )
        if listed and not gap and inner:
            listed[-1] = (listed[-1][0], hit[1], inner)  # 成都市金堂县、…: one item, the county
            continue
        between = _cities_between(gap, listed[-1][1], ctx) if listed else []
        if listed and (gap in CONJUNCTIONS or between):
            listed = [*listed, *between, hit]
            continue
        if listed:
            runs.append(listed)
        listed = [hit]
    return [*runs, listed] if listed else runs


# 莆田、龙岩、三明、南平 · 太原、大同、长治、运城: cities' short names that are everyday words
# too, between two places
_LISTED_SHORTS_RE = re.compile(r"(?:[、和][\u4e00-\u9fff]{2})+[、和]")


def _cities_between(gap: str, at: int, ctx: Context) -> PlaceHits:
    if not _LISTED_SHORTS_RE.fullmatch(gap):
        return []
    hits: PlaceHits = []
    for k in range(1, len(gap) - 1, 3):
        city = ctx.gaz.by_full_name.get(f"{gap[k : k + 2]}市")
        if city is None:
            return []
        hits.append((at + k, at + k + 2, (city,)))
    return hits


# 、经开区 · 和高新区: a list item that looks like a place the gazetteer does not hold
_UNKNOWN_PLACE_ITEM_RE = re.compile(
    r"[、和及与][\u4e00-\u9fff]{1,6}?(?:开发区|新区|区|县|市|镇|旗)"
)


def _unknown_place_listed(pos: int, st: SentenceState, ctx: Context) -> bool:
    """A list of places before 分别 of which one is not a known place: the figures after it
    cannot be paired with their places."""
    respective = _respective(pos, st, ctx)
    if respective is None:
        return False
    hits = ctx.places_in(st.start, respective[0])
    if hits and _UNKNOWN_PLACE_ITEM_RE.match(ctx.text, hits[-1][1]) is not None:
        return True
    # 海曙、城东、鄞州三区…分别: names a count says are places, not all of them known
    counted = last_match(_SHORT_COUNTIES_RE, ctx.text, st.start, respective[0])
    return counted is not None and not all(
        any(s <= at < e for s, e, _ in hits) for at in _last_char_of_items(counted)
    )


def _last_char_of_items(listed: re.Match[str]) -> list[int]:
    """Where the last character of each item of a list of short names stands (海曙、江北、鄞州三区)."""
    ends, at = [], listed.start(1)
    for item in _LIST_ITEM_SPLIT_RE.split(listed[1]):
        at += len(item)
        ends.append(at - 1)
        at += 1
    return ends


# 全国和省级表彰 · 全国性荣誉: a scope word that grades an honour
# (not 唐山市表彰了…: a body that awards, whose place is the figures')
# 获得全国和省级表彰 · 获评全国、省级先进党组织: the levels of an honour
_AWARD_LEVEL_AFTER_RE = re.compile(
    rf"(?:[和及、](?:省|市|区|县)级|性)(?:表彰|荣誉|称号|奖励|{'|'.join(RANK_WORDS)})"
)
# 省律协 · 市律师行业党委 · 市公证协会 · 市司法局: a body a place word names
ORG_WORDS = (
    r"(律师行业|公证行业|律师|公证|行业|注册会计师)?(党委|协会|律协|注协|委员会|司法厅|司法局|党校"
    r"|工商联|组织部|统战部|民政厅|民政局|财政厅|财政局)"
)
# (not 顺德区行业协会商会党组织: the place's industry associations, a sector, no one body)
ORG_AFTER_PLACE = re.compile(f"^(?!行业协会){ORG_WORDS}")
_OPENING_BODY_RE = re.compile(
    r"(?:[^，,。]{0,10}[，,])?(?:全?(自治区|地区|[省市区县州盟旗])|(全国))"
    rf"(?:委|两新工委|非公工委|{ORG_WORDS})"
)
# 地区律师行业党委 · 市律协: a body named by its level alone, the text's own place's
_LEVELS_BODY_RE = re.compile(rf"(?:地区|[省市区县州盟旗]){ORG_WORDS}")
# 市律师行业党委评选出… on a page about one firm: the body of the place acts, not the firm
_PLACE_BODY_RE = re.compile(rf"(?<![\u4e00-\u9fff]){_LEVELS_BODY_RE.pattern}")
# 在市委两新工委的指导下，商会成立党支部: under whose guidance the unit acted
_UNDER_GUIDANCE_RE = re.compile(r"在[^，,；;。]{2,30}?(?:指导|支持|帮助|推动|关心|领导)下")


def _a_place_body_acts(words: str) -> bool:
    """A body of the place (市律师行业党委评选出…) is named, other than as whose guidance
    the unit acted under."""
    guided = [m.span() for m in _UNDER_GUIDANCE_RE.finditer(words)]
    return any(
        not any(s <= m.start() < e for s, e in guided) for m in _PLACE_BODY_RE.finditer(words)
    )


# 获评全省优秀党员律师: a rank of an award, not the place of the figure
RANK_AFTER_PLACE = re.compile(
    rf"^[“\"]?([\u4e00-\u9fff]{{0,6}}?行业|律师|两新组织|非公企业|社会组织)?({'|'.join(RANK_WORDS)})"
)
# 株洲市律协党委所属党支部42个: the figures of a body's own sub-units are its place's;
# 全国律师行业党委表彰…先进基层党组织100个: so are the awards a body gives (not 被…表彰)
OWN_UNITS_AFTER_ORG = re.compile(
    rf"{ORG_WORDS}(党委|党组织)?(?:系统)?"  # (全省工商联系统所属商会: the system under it)
    # 累计表彰: it awarded · 举办…培训班5期: it held (武汉市律师行业党委举办… in a province's text)
    "(所属|所辖|下设|下辖|(?:共|累计|先后|全年)?(?:表彰|评选|评出|命名|授予|举办|组织开展|开展))"
)


def _common_parent(places: list[Place], ctx: Context) -> Place | None:
    """The city all the listed counties lie in, or the province of all the listed cities."""
    parents = {
        p.full_name.removesuffix(p.name) if p.level is Level.COUNTY else p.province for p in places
    }
    return ctx.gaz.by_full_name.get(parents.pop()) if len(parents) == 1 else None


def _opening_figure_of_the_part_before(
    fig: Figure, st: SentenceState, ctx: Context
) -> Figure | None:
    """其中杭州市402个，含单独党支部318个、联合党支部84个；宁波市196个，…: when the part before
    the ； opened, as this one does, with a place and its figure, that figure (not its part's
    last) is the one this place's stands beside."""
    text = ctx.text
    here = _group_start(fig.number.start, st, ctx)
    if here < 0:
        return None
    there = _group_start(here, st, ctx)
    part = [f for f in st.counts if max(there, st.start) < f.number.start < here and f.metric]
    # (the figure right after the part's place, maybe after 其中, and nothing else)
    placed = (
        f
        for f in part
        if _only_a_place(
            _without_qizhong(text[_clause_start(text, f.number.start, st.start) : f.number.start]),
            ctx,
        )
    )
    first = next(placed, None)
    return first if first is not None and first.classifier == fig.classifier else None


def _counted_alike(a: Figure, b: Figure, cat: Catalog) -> bool:
    """The same classifier, or both people's (1.21万人 · 9600名)."""
    people = cat.classifier_group(a.classifier or "") == "people"
    return (
        a.classifier == b.classifier
        or people
        and cat.classifier_group(b.classifier or "") == "people"
    )


# 占全省3.6万家的19.1% · 约占全省（1050名）的12% · 占全省非公企业总量（247万家）的六分之一:
# the wider place's whole a place's share is taken of (the term it names, if any)
_WIDER_BASE_BEFORE_RE = re.compile(
    r"占(全国|全省|全市|全州|全区)([^，,；;。\d（()）]{0,10}?)(?:总数|总量|总人数)?[（(]?$"
)
# (…（392家、8650人）的47.4%和47.6%: the bases listed in the bracket, then the shares)
_WIDER_BASE_AFTER_RE = re.compile(
    rf"(?:[、和]{_COUNTED_ITEM_RE.pattern})*[）)]?的[^，,；;。]{{0,4}}?(?=[\d一二两三四五六七八九十百])"
)


def _base_of_a_places_share(
    fig: Figure, words: str, kin: Figure, st: SentenceState, ctx: Context
) -> bool:
    """…社会组织6890家，占全省3.6万家的19.1% · 分别占全市（392家、8650人）的47.4%和47.6%:
    the count of the wider place a place's share is taken of counts what the place's figure
    counts, for the wider place; only when the share agrees with the two counts."""
    text = ctx.text
    prev = st.counts[-1] if st.counts else None
    if base := _WIDER_BASE_BEFORE_RE.search(words):
        named = base[2].removesuffix("的")
        term = suffix_term(named, ctx.catalog) if named else None
        if named and (term is None or term.metric != kin.metric):
            return False  # (占全市律所近四成: no count; 占全省国有企业…: another whole)
        wider = _SCOPE_LEVELS[base[1]]
        place = NATIONAL_PLACE if wider == "national" else ctx.level_places.get(wider)
        index = 0
    elif (
        not words.strip("、和 ")
        and prev is not None
        and prev.rule == "share_base"
        and text[prev.tail_end : fig.number.start] in ("、", "和")
    ):
        place = prev.place
        index = sum(1 for f in st.counts if f.rule == "share_base" and f.place == place)
    else:
        return False
    after = _WIDER_BASE_AFTER_RE.match(text, fig.tail_end)
    if after is None or place is None or kin.place is None or not _lies_in(kin.place, place):
        return False
    shares = [
        n
        for n in find_numbers(text[after.end() : _comma_part_end(text, after.end(), st.end)])
        if n.form in SHARE_FORMS
    ]
    if index >= len(shares) or not fig.number.value:
        return False
    stated, computed = shares[index].value, 100 * kin.number.value / fig.number.value
    if abs(stated - computed) > max(1.0, 0.05 * stated):
        return False  # (the share must agree with the two counts: no guess at what it is of)
    fig.metric, fig.sector, fig.place, fig.rule = kin.metric, kin.sector, place, "share_base"
    return True


def _parallel_place(fig: Figure, words: str, prev: Figure, st: SentenceState, ctx: Context) -> bool:
    """山东省律所1200家，山西省为650家 · 占比为33.8%，山西省为28.7%: a clause of only
    another place and a figure states the figure before it again, for that place."""
    # (全省…覆盖率为68.9%，我市达到73.5%: the writer's own place, a part of the one before)
    own = next((w for _, w in ctx.vocab.own_scope_words if words.startswith(w)), "")
    hits = ctx.gaz.find(words) if words and not own else []
    if not prev.metric or prev.place is None:
        return False
    if own:
        name_end, place = len(own), _own_place_within(own, prev.place, ctx)
        if place is None:
            return False
    elif len(hits) != 1 or hits[0][0] != 0:
        return False
    else:
        name_end, place = hits[0][1], None
    # (江苏省…全年举办培训班6期，浙江省举办4期: the verb said of the figure before, again)
    again = words[name_end:]
    prev_clause = ctx.text[_clause_start(ctx.text, prev.number.start, st.start) : prev.number.start]
    if again and (len(again) < 2 or again not in prev_clause):
        return False
    if _one_place_then_respective(fig.number.start, st, ctx) is not None:
        return False  # 沂南县分别为352个、71个: a list, read by _parallel_list or not at all
    place = (
        place
        or _respective_place(fig.number.start, st, ctx)
        or with_zone(choose(hits[0][2], ctx.default_place), words, len(words))
    )  # 天水市、酒泉市分别为58个、41个: the n-th place listed before 分别
    if place == prev.place:
        return False
    if _BY_PLACE_RE.search(ctx.text, prev.tail_end, fig.number.start):
        # …党支部中单独党支部731个、联合党支部264个；按地区分，长沙市412个: the places break
        # down the sentence's whole, not the kind counted last (a rate's whole is a rate:
        # …占比39.6%；分县区看，秦州区党员律师占比41.2%)
        figures = st.percents if fig.number.form is Form.PERCENT else st.counts
        whole = figures[0] if figures else None
        if whole is None or not whole.metric or whole.place is None or whole.place == place:
            return False
        prev = whole
    fig.metric, fig.sector, fig.place, fig.rule = prev.metric, prev.sector, place, "parallel_place"
    return True


_BY_PLACE_RE = re.compile(rf"{BY_PLACE}[，,：:]")  # (a breakdown of the whole by place)


def _parallel_sector(fig: Figure, words: str, prev: Figure, ctx: Context) -> bool:
    """律所党组织覆盖率已达96.4%，而会计师事务所只有58.7%: a clause of only another sector
    (its units' name) and a rate states the rate before it again, for that sector."""
    rest = words.removeprefix("而").removeprefix("则")
    sector = _named_sector(rest, ctx) if rest else None
    if not prev.metric or sector is None or sector == prev.sector or not consume(rest, ctx):
        return False
    fig.metric, fig.sector, fig.place, fig.rule = prev.metric, sector, prev.place, "parallel_sector"
    return True


def _one_place_then_respective(
    pos: int, st: SentenceState, ctx: Context
) -> tuple[int, Place] | None:
    """沂南县分别为352个、71个: where 分别 stands before ``pos`` and the one place the clause
    before it names (nothing else), else None."""
    respective = _respective(pos, st, ctx)
    if respective is None:
        return None
    k = respective[0]
    begin = _clause_start(ctx.text, k, st.start)
    if begin > st.start and ctx.text[begin - 1] in "、和及与":
        return None  # 贵阳市、遵义市分别…: the last of several places
    words = ctx.text[begin:k]
    hits = ctx.gaz.find(words) if words else []
    if len(hits) != 1 or hits[0][:2] != (0, len(words)):
        return None
    return k, with_zone(choose(hits[0][2], ctx.default_place), words, len(words))


def _parallel_list(fig: Figure, st: SentenceState, ctx: Context) -> tuple[Figure, Place] | None:
    """…建立非公企业党组织438个、社会组织党组织96个，党员5630名；沂南县分别为352个、71个和
    4210名: the n-th figure after another place's 分别 restates the n-th of the last counts
    before it, when the two lists' classifiers run alike."""
    found = _one_place_then_respective(fig.number.start, st, ctx)
    if found is None:
        return None
    k, place = found
    index = sum(1 for f in st.counts if f.number.start > k)
    restated = _restated_item(k, index, k, st, ctx)
    if restated is None or restated.place == place:
        return None
    return restated, place


# 而宁夏全区同期为 · 全国则为 · 而全省仅为: another place's same figure, in a clause of its own
_ANOTHER_PLACES_SAME_RE = re.compile(
    r"(?:而|但|但是)?(?P<place>[^，,；;。\d]{2,12}?)(?:同期|同时期|同年|当年)?"
    r"(?:则为|仅为|只有|为|是)$"
)


def _another_places_same(
    fig: Figure, figures: list[Figure], st: SentenceState, ctx: Context
) -> Figure | None:
    """The figure just before (of ``figures``, the sentence's counts or percents) that
    ``fig`` gives for another place named in a clause of its own (党组织覆盖率81.7%，而宁夏全区
    同期为64.3%), setting the figure's place; else None."""
    text = ctx.text
    start = _clause_start(text, fig.number.start, st.start)
    m = _ANOTHER_PLACES_SAME_RE.fullmatch(text, start, fig.number.start)
    if m is None or start <= st.start or not consume(m["place"], ctx):
        return None
    if any(w in m["place"] for w in _EACH_WORDS + ("分别",)):
        return None  # (株洲市分别为3920个、752个: a list's, read by 分别)
    if _only_a_term(m["place"], ctx):
        return None  # (；深圳律师行业党组织数量为841个: its own term, read as such)
    prev = next((f for f in reversed(figures) if f.number.start < start), None)
    if prev is None or not prev.metric or prev.tail_end < _clause_start(text, start - 1, st.start):
        return None  # (the figure it parallels closes the clause before)
    if _last_scope(start, fig.number.start, ctx) < 0:
        return None
    place = _scope_place(fig.number.start, st, ctx, False)
    if place is None or place == prev.place:
        return None
    fig.place, fig.rule = place, "parallel_place"
    return prev


def _restated_item(
    k: int, index: int, floor: int, st: SentenceState, ctx: Context
) -> Figure | None:
    """The ``index``-th of the last counts before ``floor`` that the list after 分别 (at
    ``k``) restates, when both lists are published and their classifiers run alike."""
    cat = ctx.catalog
    # (…台江区分别为41家、806名，仓山区分别为38家、652名: the list ends with its clause)
    after = find_numbers(ctx.text[k : _comma_part_end(ctx.text, k, _group_end(k, st, ctx))])
    before = [f for f in st.counts if f.number.start < floor][-len(after) :]
    if index >= len(after) or len(before) < len(after) or not all(f.metric for f in before):
        return None
    kinds_after = [cat.classifier_group(ctx.text[k + n.end : k + n.end + 1]) for n in after]
    kinds_before = [cat.classifier_group(f.classifier or "") for f in before]
    return before[index] if kinds_after == kinds_before else None


def _parallel_date_list(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """…会计师事务所为94家，执业注册会计师1205人；2021年末分别为99家和1248人: the n-th figure
    after another date's 分别 restates the n-th of the counts before, at that date."""
    respective = _respective(fig.number.start, st, ctx)
    if respective is None:
        return _dated_again(fig, st, ctx)
    k, index = respective
    begin = _clause_start(ctx.text, k, st.start)
    if begin <= st.start or not (
        _DATE_WORD_RE.fullmatch(ctx.text, begin, k)
        or _PRIOR_PERIOD_RE.fullmatch(ctx.text, begin, k)
    ):
        return None
    return _restated_item(k, index, begin, st, ctx)


# 2020年为 · 2021年则为: another date, then the same figures again
_DATED_AGAIN_RE = re.compile(rf"(?:{_DATE_WORD_RE.pattern})(?:则为|为|是)")


def _dated_again(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """…有律师事务所9家、执业律师86名；2020年为10家、97名: after a ；, another date and 为,
    then figures alone: the n-th restates the n-th of the counts before, at that date."""
    text = ctx.text
    begin = _list_start(text, _clause_start(text, fig.number.start, st.start), st.start)
    if begin <= st.start or text[begin - 1] not in "；;":
        return None
    listed = [f for f in st.counts if begin <= f.number.start < fig.number.start]
    first = listed[0].number.start if listed else fig.number.start
    again = _DATED_AGAIN_RE.fullmatch(text, begin, first)
    if again is None:
        return None
    return _restated_item(again.end(), len(listed), begin, st, ctx)


# …党员总数分别为1638人、402人，上年同期分别为1497人、388人: the same list a year before
_PRIOR_PERIOD_RE = re.compile(PRIOR_PERIOD)


# 2023年底、2024年底 · 2019年和2021年: dates listed alone
_DATES_LISTED_RE = re.compile(
    rf"(?:{_DATE_WORD_RE.pattern})(?:[、和及与](?:{_DATE_WORD_RE.pattern}))+"
)


def _levels_at_listed_dates(fig: Figure, st: SentenceState, ctx: Context) -> Figure | None:
    """…执业律师1415人，2023年底、2024年底分别为1286人、1372人: a clause of dates alone before
    分别, as many as the figures after it, gives the levels then of the figure just before."""
    respective = _respective(fig.number.start, st, ctx)
    if respective is None:
        return None
    k, _ = respective
    text = ctx.text
    begin = max(text.rfind(mark, st.start, k) for mark in ",，；;") + 1  # (not at its 、)
    dates = _DATES_LISTED_RE.fullmatch(text, begin, k)
    if begin <= st.start or dates is None:
        return None
    figures = find_numbers(text[k : _comma_part_end(text, k, st.end)])
    if len(figures) != len(ctx.marks_in(begin, k)):
        return None
    before = [f for f in st.counts + st.percents if f.number.end <= begin]
    source = max(before, key=lambda f: f.number.start, default=None)
    # (the figure ends the clause right before the dates: 执业律师1415人，|2023年底、…)
    if source is None or not source.metric or text[source.tail_end : begin].strip(" ,，"):
        return None
    return source if _of_one_kind(fig, source, ctx.catalog) else None


def _parallel_sector_list(
    fig: Figure, st: SentenceState, ctx: Context
) -> tuple[Figure, str] | None:
    """…律师行业…分别为九个、二十四名和六名，公证行业分别为三个、六名和两名: the n-th figure
    after another sector's 分别 restates the n-th of the counts before, for that sector."""
    respective = _respective(fig.number.start, st, ctx)
    if respective is None:
        return None
    k, index = respective
    text = ctx.text
    begin = _clause_start(text, k, st.start)
    words = text[begin:k].removesuffix("行业")
    sector = ctx.vocab.sector_of.get(words)
    if sector is None or begin <= st.start or text[begin - 1] in "、和及与":
        return None
    restated = _restated_item(k, index, begin, st, ctx)
    if restated is None or restated.sector == sector:
        return None
    return restated, sector


def zone_end(text: str, end: int) -> int:
    """Where a place name ends, with a development zone after it (南昌高新区)."""
    zone = next((z for z in ZONES if text.startswith(z, end)), "")
    return end + len(zone)


def with_zone(place: Place, text: str, end: int) -> Place:
    """成都高新区 -> 成都市高新区: a development zone counts as its own county-level place."""
    zone = next((z for z in ZONES if text.startswith(z, end)), None)
    if zone is None or place.level is not Level.PREFECTURE:
        return place
    return Place(place.code, zone, place.full_name + zone, Level.COUNTY, place.province)


_SCENE_SET_RE = re.compile(
    r"(?:范围内|范围|内)?[，,]"
)  # 在全省范围内，: the scene the clause after is in


# 表彰 · 评选出 · 命名 right before a scope word: the body that gives the awards (not 获表彰,
# 受到…表彰: a unit that received one)
_GIVES_AWARDS_BEFORE_RE = re.compile(r"(?<![获受被])(?:表彰|评选出?|评出|命名)$")


def _names_an_award(pos: int, ctx: Context, end: int | None = None) -> bool:
    """A place word that is not the figure's scope.

    3个全国律师行业先进党支部 (a rank), 被全国律师行业党委表彰 (an
    organization), “全省…示范点” (a title), 率先在全国 (a comparison),
    北京、上海等 (examples).
    """
    text = ctx.text
    counted = pos > 1 and (text[pos - 2].isdigit() or text[pos - 2] in CHINESE_DIGITS)
    if counted and ctx.catalog.classifier_group(text[pos - 1]) is not None:
        return True  # 3个全国律师行业先进党支部 (not 同期全国…)
    if _GIVES_AWARDS_BEFORE_RE.search(text, max(0, pos - 3), pos):
        return False  # 表彰全省律师行业先进党组织15个: the awarder's whole, the awards it gave
    head = text[max(0, pos - 40) : pos]
    if head.count("“") > head.count("”") and not head[: head.rfind("“")].endswith(PUT_RIGHT_AS):
        return True  # (not 应为“南宁市党员律师1350名”: the words a notice puts right)
    end = end if end is not None else pos + 2
    # 率先在全国…; but 在银川市，党员律师… · 在全省范围内，… set the scene, and 在全省3.2万余名…中
    # counts
    if (
        pos > 0
        and text[pos - 1] in "在居"
        and not _SCENE_SET_RE.match(text, end)
        and not text[end : end + 1].isdigit()
    ):
        return True
    after = text[end : end + 10]
    if after.startswith(COMPARED_AFTER) or listed_as_example(text, end):
        return True
    if after.startswith("籍"):
        return True  # 在沪浙江籍商会 · 湖南籍律师: where they come from, not where they are
    if text.endswith(RANKING_VERBS, 0, pos):
        return True  # 人数排名全市第四: the whole a count ranks in
    if _AWARD_LEVEL_AFTER_RE.match(after):
        return True  # 获得全国和省级表彰: the level of an honour
    if ctx.vocab.institution_re.match(after):
        return True  # 新疆生产建设兵团, 南京师范大学: an institution's name
    # (not 被/受到全国律师行业党委表彰: the body that awarded the units of another place)
    if OWN_UNITS_AFTER_ORG.match(text, end) and not text[:pos].endswith(("被", "受到", "获得")):
        return False
    return bool(
        ORG_AFTER_PLACE.match(after)
        or ctx.vocab.unit_names.after_place.match(after)
        or RANK_AFTER_PLACE.match(after)
    )


# the figure right after it is a starting point: 由 · 从五年前的 · 由本届理事会成立时的
CHANGE_STARTS = "由从与"  # the words a change's starting point follows


_COUNTS_LISTED_RE = re.compile(rf"(?:{COUNT_LISTED})+")
# 从2011年底的29家律所、|248名律师 · 从2015年底的58家、执业律师|614名: counts with their
# nouns listed after the date
_NOUNS_LISTED_RE = re.compile(
    r"的?(?:[\u4e00-\u9fff]{0,6}?"
    rf"(?:\d[\d.,]*|[{CHINESE_DIGITS}]+)万?[余多]?[家个名人][\u4e00-\u9fff]{{0,6}}?[、和])+"
    r"[\u4e00-\u9fff]{0,6}"
)
# 由2008年区律师行业党委成立时的247人: the date of an event, then the figure as it stood then
_AT_AN_EVENT_RE = re.compile(
    r"[^，,；;。：:\d]{2,16}?(?:成立|组建|建立|挂牌|换届)时的?" + BOUND_BEFORE
)


# 从攻坚行动启动时（: a change's start named by a time, its date in the brackets after
_TIME_BEFORE_ITS_DATE_RE = re.compile(r"([由从])[^，,；;。由从的]{1,14}?(?:时|之时|之初)[（(]$")


def _point_lead(mark: DateMark, ctx: Context) -> str:
    """The word a change's dated point opens with: 从 of 从2020年底的 and of 从攻坚行动启动时
    （2020年底）的; 到 of 调整为2022年底的 (the level reached, said with 为)."""
    text = ctx.text
    time = _TIME_BEFORE_ITS_DATE_RE.search(text, max(0, mark.start - 18), mark.start)
    if time is not None:
        return time[1]
    if _CHANGED_AS_BEFORE_RE.search(text, max(0, mark.start - 5), mark.start):
        return "到"
    return text[mark.start]


_CHANGED_AS_BEFORE_RE = re.compile(rf"{CHANGED_TO}$")


SET_UP_BY = "组建|建立|成立|设立|联建|共建"  # 由…组建的: the verb before its agent's 的


def _span_stated_before(pos: int, ctx: Context) -> DateMark | None:
    """The last span of years (2016年至2023年) stated in the paragraph of ``pos`` or the one
    before it, before ``pos``."""
    text = ctx.text
    paragraph = text.rfind("\n", 0, pos) + 1
    before = text.rfind("\n", 0, len(text[:paragraph].rstrip()))
    spans = [
        m
        for m in ctx.marks_in(before + 1, pos)
        if m.since is not None and m.when is not None and m.kind is not MarkKind.COMPARISON
    ]
    return spans[-1] if spans else None


def _parallel_change_date(
    marks: list[DateMark], leads: str, ctx: Context, st: SentenceState
) -> tuple[date | None, AsOfBasis]:
    """An undated point of a change takes the date of the same point (start: 由/从, end:
    到/至) of the change stated before it in the sentence, or of the dated change the
    sentence before stated (执业律师从2012年的…增长到2022年6月底的…。党员律师从1100多名
    增加到4315名), else no date."""
    if not marks and ctx.text.startswith(SAME_PERIOD, st.start):
        # 2016年至2023年，…由1260名增至2985名。…\n同期，全市执业律师由4320名增至8960名:
        # the span the text just stated, its start or its end
        span = _span_stated_before(st.start, ctx)
        point = None if span is None else span.since if leads == CHANGE_STARTS else span.when
        if point is not None:
            return point, AsOfBasis.INFERRED
    same = [m for m in marks if m.kind is MarkKind.COMPARISON and _point_lead(m, ctx) in leads]
    if not same and st.start > 0 and ctx.text[st.start - 1] != "\n" and not marks:
        before = ctx.marks_in(*ctx.sentence_of(st.start - 1))
        changes = [m for m in before if m.kind is MarkKind.COMPARISON]
        if {ctx.text[m.start] for m in changes} >= {"从", "到"} or {
            ctx.text[m.start] for m in changes
        } >= {"由", "到"}:
            same, marks = [m for m in changes if ctx.text[m.start] in leads], before
    if not same and leads == CHANGE_STARTS:
        # 2019年至2023年，全市执业律师从3012人增长到4870人: the span's first year starts it
        # (2015年底至2024年底: a span of year ends as well)
        spans = [
            m.since for m in marks if m.since is not None and m.kind is not MarkKind.COMPARISON
        ]
        if spans:
            return spans[-1], AsOfBasis.INFERRED
        # 2015年，…覆盖率仅为46.3%，到2020年底提升至78.9%；…从39%提高到75.6%: the
        # change before ran from the sentence's opening year, and so does this one
        # (2018年底，全市有律所74家…；截至2023年底，律所增至103家…，占比由32.2%提升至37.1%:
        # the level the sentence opened with, then the one it reached)
        opening = [
            m for m in marks if m.kind in (MarkKind.PERIOD, MarkKind.ANCHOR) and m.start == st.start
        ]
        ended = any(
            ctx.text[m.start] in "到至"
            or m.kind is MarkKind.ANCHOR
            and m.start > st.start
            and opening
            and (m.when or date.max) > (opening[0].when or date.max)
            for m in marks
        )
        if opening and ended and opening[0].when is not None:
            return opening[0].when, AsOfBasis.INFERRED
    if not same and leads == CHANGE_STARTS:
        # …由当时的60余家增加到412家，执业律师由不足900人增加到…: the start the change before
        # dated by the year the text last named
        then = last_match(_SAME_YEAR_START_RE, ctx.text, st.start, st.end)
        named = [m.when for m in ctx.marks_in(0, then.start()) if m.when] if then else []
        if named:
            return date(named[-1].year, 12, 31), AsOfBasis.INFERRED
        # 占比由25.6%提升至29.9%，覆盖率由2016年的87.1%提高到…: the next change's start
        after = ctx.marks_in(marks[-1].end if marks else st.start, st.end)
        same = [m for m in after if m.kind is MarkKind.COMPARISON and ctx.text[m.start] in leads]
        same = same[:1]
    if not same:
        return None, AsOfBasis.UNKNOWN
    when = _resolve_in(same[-1], marks, ctx) if same[-1].when is None else same[-1].when
    return (when, AsOfBasis.INFERRED) if when else (None, AsOfBasis.UNKNOWN)


def _dates_stated(start: int, end: int, ctx: Context) -> list[tuple[int, date]]:
    """Where and when each date of text[start:end] states a time (not a comparison's: 比2016年
    增加…), in order."""
    return [
        (m.start, m.when)
        for m in ctx.marks_in(start, end)
        if m.when is not None and m.kind is not MarkKind.COMPARISON
    ]


def _aimed_at(start: int, ctx: Context) -> bool:
    """力争2023年… · 计划到2025年…: the year at ``start`` follows one of the catalog's plan
    words, a year aimed at, no year the text's figures stand in."""
    window = ctx.text[max(0, start - 6) : start]
    plan = last_match(ctx.vocab.plan_re, window)
    return plan is not None and window[plan.end() :] in ("", "到", "在", "于")


def _resolve_in(mark: DateMark, marks: list[DateMark], ctx: Context) -> date | None:
    """A mark's date; 上年 (the year before) counts back from the year the sentence gave
    before it (2021年，全市党员律师由上年的531名…: 2020), else from publication."""
    if mark.when is None and mark.of_named_year:
        # (not a year compared with: 与2012年末相比，…。年末，全省律师行业有党组织612个; nor
        # one aimed at: 力争2023年党员律师达到25人。\n\n【公证工作】年末，…)
        named = [
            when.year for at, when in _dates_stated(0, mark.start, ctx) if not _aimed_at(at, ctx)
        ]
        if named:  # 2019年，…。至年底，全市有律所58家
            return date(named[-1], 12, 31)
        if ctx.report_year is not None:  # 长兴年鉴2019 …。年末，全县…: the year it records
            return date(ctx.report_year, 12, 31)
    if (
        mark.when is None
        and mark.latest
        and mark.month
        and ctx.published is None
        and ctx.report_year is None  # (2020年工作总结: the year it reports, below)
    ):
        # 2011年，…组建率…提高到6月底的83.5% on an undated page: that month of the year the
        # text last named
        stated = _dates_stated(0, mark.start, ctx)
        if stated and not mark.months_back:
            return month_end(stated[-1][1].year, mark.month)
    counted_from_now = mark.kind is MarkKind.RELATIVE_YEAR or (
        mark.kind is MarkKind.ANCHOR and mark.when is None and not mark.latest
    )  # 去年底 · 截至今年4月底
    if counted_from_now and ctx.published is None:
        # 截至2023年2月底，…。过去一年，… · 截至2007年10月底，…提高到今年的62.7%: counted
        # from the text's latest date
        now = max(
            (
                m.when
                for m in ctx.marks_in(0, mark.start)
                if m.when is not None and m.kind in (MarkKind.ANCHOR, MarkKind.PERIOD)
            ),
            default=None,
        )
        if now is not None and mark.past_year:
            turn = now.month <= PAST_YEAR_TURN_MONTH
            return date(now.year - turn, 12, 31)
        if now is not None and not mark.latest:
            return month_end(now.year - mark.years_back, mark.month or 12)
    # (2021年工作总结 published in January 2022: its 现有 is the year's end it reports)
    just_after = (
        ctx.published is not None
        and ctx.published.year == (ctx.report_year or 0) + 1
        and ctx.published.month <= PAST_YEAR_TURN_MONTH
    )
    undated = mark.when is None and (ctx.published is None or just_after)
    if (
        undated
        and ctx.report_year
        and (mark.latest or mark.kind is MarkKind.RELATIVE and not mark.years_back)
    ):
        # 2023年工作总结：截至12月底，… · 全县现有律所19家: the year the report is on
        return month_end(ctx.report_year, mark.month or 12)
    said = ctx.text[mark.start : mark.end]
    # (2024年末，…覆盖率为89.4%，去年同期为86.7%: the year before the one the text gave,
    # in its sentence, its paragraph or above: 截至2017年底，…。…2850名，去年同期2698名)
    same_period = said.endswith("去年") and ctx.text.startswith("同期", mark.end)
    paragraph = ctx.text.rfind("\n", 0, mark.start) + 1
    if mark.when is None and ("上年" in said or same_period):
        # (去年底达到412名，较上年底的365名: the year before 去年)
        before = [  # (截至去年底，…由上年的62个: the year before that 去年)
            m.when
            or (
                resolve(m, ctx.published)
                if m.kind in (MarkKind.RELATIVE_YEAR, MarkKind.ANCHOR)
                else None
            )
            for m in marks
            if m.start < mark.start
        ]
        dated = [when for when in before if when is not None]
        # (2022年，…。社会组织党员由上年末的5870名增至6420名: the year its paragraph gave)
        dated = dated or [when for _, when in _dates_stated(paragraph, mark.start, ctx)]
        if not dated and ctx.report_year is not None:
            # 2022年工作总结：…由上年的312家增加到337家: 2021
            return date(ctx.report_year - mark.years_back, 12, 31)
        # (截至2018年底，…。\n…由上年底的412个增加到468个: the year the text stands in)
        dated = dated or [
            m.when
            for m in ctx.marks_in(0, paragraph)
            if m.when is not None and m.kind is MarkKind.ANCHOR
        ]
        if not dated and ctx.published is None:
            # (2014年，…。\n全市非公有制企业二万三千余户（上年同期二万一千余户）: an undated
            # page's year, the one it last named)
            dated = [when for _, when in _dates_stated(0, mark.start, ctx)]
        if dated:
            # (截至2006年9月底…，去年同期…: the same month of the year before)
            month = dated[-1].month if same_period else 12
            return month_end(dated[-1].year - mark.years_back, month)
    return resolve(mark, ctx.published)


def _of_the_undated_past(start: int, pos: int, ctx: Context) -> bool:
    """The sentence opens with 过去/以往… (not 过去一年, 过去五年: periods up to now)."""
    words = ctx.catalog.undated_past
    while start < pos and ctx.text[start] in '“" \u3000':
        start += 1  # “过去，全区律所不足10家，…”区司法局负责同志说
    return any(
        ctx.text.startswith(w, start) and not _SPAN_OF_YEARS_RE.match(ctx.text, start + len(w))
        for w in words
    )


_SPAN_OF_YEARS_RE = re.compile(r"的?[一二两三四五六七八九十几\d]+年")
_DATING_KINDS = (MarkKind.ANCHOR, MarkKind.RELATIVE_YEAR, MarkKind.PERIOD)
WEAK_PRESENT = "现有"  # "has", more than "now": it continues a date set before it
SAME_YEAR = (
    "当年",
    "同年",
    "同一年",
    "这一年",
    "那一年",
    "年内",
)  # opening a sentence: the year the text just named
SAME_PERIOD = (
    "同期"  # the date stated before: a sentence's (opening it), a list's levels (its clause)
)


def _latest_date_before(start: int, ctx: Context) -> date | None:
    """The latest date the sentence before ``start`` states, if it states any."""
    if start == 0:
        return None
    before_start, _ = ctx.sentence_of(start - 1)
    dates = [_resolve_in(m, [], ctx) for m in ctx.marks_in(before_start, start)]
    return max((d for d in dates if d is not None), default=None)


# 从当年的386名 · 与…1987年成立时相比，…由当时的60余家: the year the text last named
SAME_YEAR_OF = rf"(?:{'|'.join(SAME_YEAR)}|当时)(?:底|末)?的"
_SAME_YEAR_OF_RE = re.compile(SAME_YEAR_OF + r"\s*$")
# 由当时的60余家增加到… : a change's start dated by the year the text last named
_SAME_YEAR_START_RE = re.compile(f"[由从]{SAME_YEAR_OF}")


# 五年间， · 十年来， · 近三年来 · “十三五”期间 · 党的十八大以来: a span up to the text's now
_SPAN_OPENING_RE = re.compile(
    r"\s*(?:近|过去)?[一二两三四五六七八九十]{1,2}年(?:来|间|中|里)"
    r"|\s*“?十[一二三四五]五”?(?:期间|时期|以来)|\s*党的十[八九]大以来"
)
_FOUNDED_RE = re.compile(r"(?:成立|组建|建立|始建|创建|创立|挂牌)于$")
# 会上 · 会议表彰了 · 大会对…进行了表彰: what a meeting did
_AT_THE_MEETING_RE = re.compile(
    r"会上|会议(?:上|期间|表彰|命名|通报|为)|大会(?:上|对|为|表彰|命名)|同日|当日|当天"
)


def _dates_listed(fig: Figure, st: SentenceState, ctx: Context) -> DateMark | None:
    """2016年底和2021年底，全省…党员分别为298名和412名: the n-th date listed before 分别
    dates the n-th figure after it, when the dates and the figures are as many."""
    respective = _respective(fig.number.start, st, ctx)
    if respective is None:
        return None
    k, index = respective
    runs: list[list[DateMark]] = []
    for mark in _dates_before_respective(k, st, ctx):
        joined = runs and ctx.text[runs[-1][-1].end : mark.start].strip() in CONJUNCTIONS
        if joined:
            runs[-1].append(mark)
        else:
            runs.append([mark])
    listed = runs[-1] if runs else []
    if len(listed) == 1:
        listed = _years_listed_in(listed[0], ctx.text)
    part_end = _comma_part_end(ctx.text, k, st.end)
    # (党委分别为3个和5个、党总支分别为4个和7个: the next 分别 opens a list of its own)
    next_list = ctx.text.find("分别", k + 2, part_end)
    part_end = next_list if next_list > 0 else part_end
    figures = len(find_numbers(ctx.text[k:part_end]))
    span = listed[0] if len(listed) == 1 else None
    if (
        span is not None
        and span.since is not None
        and span.when is not None
        and _respective_place(fig.number.start, st, ctx) is None  # (not 南京、苏州分别…)
    ):
        # 2018年至2020年，…分别达到8960人、9820人和1.08万人: each year of the span in turn
        listed = _years_marked(span, range(span.since.year, span.when.year + 1))
    if len(listed) < 2 and (after := _YEARS_IN_BRACKETS_RE.search(ctx.text, k, part_end + 1)):
        figures = len(find_numbers(ctx.text[k : after.start()]))
        listed = _years_marked(after, _bracketed_years(after))
    elif len(listed) < 2 and (before := last_match(_YEARS_IN_BRACKETS_RE, ctx.text, st.start, k)):
        # …分别为186家、243家和312家（2014年、2019年、2024年），执业律师分别为…: those years
        listed = _years_marked(before, _bracketed_years(before))
    elif len(listed) < 2:
        listed = _same_period_levels(k, figures, st, ctx)
    if len(listed) < 2 or figures != len(listed) or index >= len(listed):
        return None
    return listed[index]


def _dates_before_respective(k: int, st: SentenceState, ctx: Context) -> list[DateMark]:
    """The dates before the 分别 at ``k`` in its sentence, else those of the sentence before
    in its paragraph (2012年至2014年，全区律所分别为…。|全区律师中党员分别为… · 同期，全省
    律师行业党员分别为…)."""
    # (…分别比上年增加9家、13家；执业律师分别为…: the year compared with dates no list)
    marks = [m for m in ctx.marks_in(st.start, k) if m.kind is not MarkKind.COMPARISON]
    if marks or st.start == 0:
        return marks
    last = st.start - 1
    if ctx.text[last] == "\n":
        if not ctx.text.startswith(SAME_PERIOD, st.start):
            return marks
        # (截至2020年底和2024年底，…分别为…。\n\n同期，…分别为96个和132个: the same dates,
        # the paragraph before's)
        while last > 0 and ctx.text[last] in "\n \u3000":
            last -= 1
    before = ctx.marks_in(*ctx.sentence_of(last))
    return [m for m in before if m.kind is not MarkKind.COMPARISON]


# 分别为986名、1132名和1307名（2018年至2020年） · …（2017年、2019年、2022年）: a year
# each, in turn
_YEARS_IN_BRACKETS_RE = re.compile(
    r"[（(]((?:19|20)\d{2})年?(?:(?:至|到|—|－|-|~|～)((?:19|20)\d{2})年"
    r"|((?:[、，,和](?:19|20)\d{2}年?)+))[)）]"
)


def _bracketed_years(found: re.Match[str]) -> list[int]:
    if found[2]:
        return list(range(int(found[1]), int(found[2]) + 1))
    return [int(found[1]), *map(int, re.findall(r"(?:19|20)\d{2}", found[3]))]


def _years_marked(at: re.Match[str] | DateMark, years: Iterable[int]) -> list[DateMark]:
    """A mark for the end of each year, where the years were written."""
    start, end = (at.start(), at.end()) if isinstance(at, re.Match) else (at.start, at.end)
    return [DateMark(start, end, MarkKind.PERIOD, date(y, 12, 31)) for y in years]


# (not 上年同期分别为…: the same period a year before, a date of its own)
_SAME_PERIOD_CLAUSE_RE = re.compile(
    rf"[，,；;][^，,；;。]*?(?<!上年)(?<!去年){SAME_PERIOD}[，,]?[^，,；;。]*$"
)


def _same_period_levels(k: int, figures: int, st: SentenceState, ctx: Context) -> list[DateMark]:
    """…2014年约1.2万名，2019年约1.9万名，2023年底已超过2.5万名；同期，党组织分别为860个、
    1320个和1710个 · …；社会组织覆盖率同期分别为…: the dates of the levels just stated, when
    the 分别 clause says 同期 and they are as many as its figures (in this sentence, else the
    one before)."""
    clause = _SAME_PERIOD_CLAUSE_RE.search(ctx.text, st.start, k)
    if clause is None:
        return []
    opening = clause.start()
    for start, end in ((st.start, opening), ctx.sentence_of(max(st.start - 1, 0))):
        # (not 日前发布的数据显示: when the news came, no level's date)
        marks = [
            m
            for m in ctx.marks_in(start, end)
            if m.kind not in (MarkKind.COMPARISON, MarkKind.RELATIVE)
        ]
        if len(marks) == figures:
            return marks
    return []


_YEARS_LISTED_RE = re.compile(
    r"(?:(?:19|20)\d{2}年?[、和])+(?:19|20)\d{2}年"
)  # (2019、2020、2021年)
_DATE_LEAD_RE = re.compile(r"截至到|截至|截止到|截止|到")  # 截至|2022年、2023年、2024年底


def _years_listed_in(mark: DateMark, text: str) -> list[DateMark]:
    """2021年、2022年、2023年 (read as one mark, the last year's): a mark for each year."""
    lead = _DATE_LEAD_RE.match(text, mark.start)
    listed = _YEARS_LISTED_RE.match(text, lead.end() if lead else mark.start, mark.end)
    if listed is None or mark.when is None:
        return [mark]
    when = mark.when
    years = re.findall(r"(?:19|20)\d{2}", listed[0])
    return [replace(mark, when=day_of(int(y), when.month, when.day)) for y in years]


_NATION_AFTER_RE = re.compile(r"[，,]?(?:全国|我国)")


def _of_the_year_reported(anchor: DateMark, ctx: Context) -> bool:
    """The anchor's date falls in the publication's year or the one before."""
    when = anchor.when or _resolve_in(anchor, [], ctx)
    return when is not None and ctx.published is not None and when.year >= ctx.published.year - 1


def _in_a_closed_aside(text: str, at: int, pos: int, floor: int) -> bool:
    """``at`` is inside brackets after a figure (4.6万户（上年：4.2万户）) that close before
    ``pos`` (not 过去五年（2015年至2019年）: the time the words before it mean)."""
    opened = _aside_open(text, at, floor)
    if opened <= floor:
        return False
    after_a_figure = _FIGURE_END_RE.match(text, opened - 1) is not None
    # (…高于全国约31%的平均水平（2019年底分别为5318名和35.0%）: earlier levels, in their aside)
    then = _ASIDE_THEN_OPENING_RE.match(text, opened)
    levels_then = then is not None and NUMERAL_START_RE.match(text, then.end()) is not None
    return (after_a_figure or levels_then) and any(text.find(c, at, pos) >= 0 for c in "）)")


_FIGURE_END_RE = re.compile(r"[\d%％家个人名户]")


def _deadline_of_another_clause(mark: DateMark, fig: Figure, ctx: Context) -> bool:
    """``mark`` is a deadline (2019年底前) in a ；-clause before the figure's: when something
    else was done by, no date of the figure (…已于2019年底前全部脱钩；全市…共建立党组织197个)."""
    return ctx.text.startswith(("前", "以前"), mark.end) and any(
        c in ctx.text[mark.end : fig.number.start] for c in "；;"
    )


def _aside_after_a_date(mark: DateMark, fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """``mark`` is inside brackets closed before the figure, after the sentence's own date
    (1998年底，哲里木盟（…1999年撤盟设市后即今天的通辽市）只有律师事务所11家: a note's year)."""
    opened = _aside_open(ctx.text, mark.start, st.start)
    return (
        opened > st.start
        and any(ctx.text.find(c, mark.end, fig.number.start) >= 0 for c in "）)")
        and bool(ctx.marks_in(st.start, opened))
        and _date_bracketed_before(mark, ctx) < 0
    )


def _date_bracketed_before(mark: DateMark, ctx: Context) -> int:
    """Where the figure starts that ``mark``, alone in brackets, stands right before (从攻坚
    行动启动时（2020年底）的312个: the date of the time the words before them name), else -1."""
    text = ctx.text
    if text[mark.start - 1 : mark.start] not in ("（", "(") or text[
        mark.end : mark.end + 1
    ] not in ("）", ")"):
        return -1
    gap = ctx.vocab.date_gap_re.match(text, mark.end + 1)
    return gap.end() if gap and NUMERAL_START_RE.match(text, gap.end()) else -1


def _in_a_closed_quote(text: str, at: int, pos: int, floor: int) -> bool:
    """``at`` is inside quotes that close before ``pos`` (规划提出的“2020年达到90%”…；非公企业
    中共有党员2.3万余名: a quoted target's year dates nothing after it)."""
    opened = text.rfind("“", floor, at)
    return opened >= 0 and text.find("”", opened, at) < 0 and text.find("”", at, pos) >= 0


# …1205家（截至2023年底） · …（数据截至2023年6月）: a bracket after the figures, in their clause
_TO_A_DATING_ASIDE_RE = re.compile(r"[^，,；;。（(\n]{0,30}[（(](?:(?:数据|统计数据|统计)[，,]?)?")
_DATING_ASIDE_END_RE = re.compile(r"(?:数据|统计)?[）)]")


def _date_bracketed_after(fig: Figure, st: SentenceState, ctx: Context) -> DateMark | None:
    """The date an aside right after the figure's clause gives its figures, if one."""
    after = ctx.marks_in(fig.number.end, st.end)  # (the last figure's tail holds the aside)
    if not after or after[0].kind is not MarkKind.ANCHOR:
        return None
    mark = after[0]
    if not _TO_A_DATING_ASIDE_RE.fullmatch(ctx.text, fig.number.end, mark.start):
        return None
    return mark if _DATING_ASIDE_END_RE.match(ctx.text, mark.end) else None


# 被表彰为2016年度先进党支部 · 荣获“2019年度优秀…”称号: the year a title is for, after the count
_TITLES_YEAR_AFTER_RE = re.compile(
    r"[^，,；;。\d]{0,16}?(?:为|获|授予|评为)[“\"]?((?:19|20)\d{2})年度"
    r"[^，,；;。\d]{0,12}?(?:先进|优秀|示范|标兵|模范)"
)


# 注：除另有说明外，本白皮书数据均截至2021年6月30日 · 以上数据均截至2023年底: a line that
# dates the text's figures
_DATA_NOTE_RE = re.compile(
    r"(?:^|\n)[^\S\n]*(?:(?:注|说明|备注)[：:][^\n]{0,20}?|(?:以上|上述|文中|表中|本[^\n，,。]{0,6})"
    r"|数据来源[：:][^\n，,。]{0,30}[，,])"  # (数据来源：…会员管理系统，数据截至2022年12月31日)
    r"数据(?:均|皆|全部)?(?:为|是)?[，,]?截至"
)  # (not 根据…提供的数据，截至2021年底，…: one sentence's source and date)


def _date_a_note_gives(ctx: Context) -> DateMark | None:
    """The date a note on the text's data gives (数据均截至…), if a line has one."""
    note = _DATA_NOTE_RE.search(ctx.text)
    if note is None:
        return None
    line_end = ctx.text.find("\n", note.end())
    marks = ctx.marks_in(note.end() - 2, line_end if line_end >= 0 else len(ctx.text))
    return next((m for m in marks if m.kind is MarkKind.ANCHOR), None)


def _date_of(
    fig: Figure,
    st: SentenceState,
    ctx: Context,
    carried: DateMark | None,
    carried_here: bool = False,
) -> tuple[date | None, AsOfBasis]:
    """``carried_here``: the carried date was set in this figure's paragraph."""
    starts_change = ctx.vocab.change_start_re.search
    change_start = starts_change(ctx.text, st.start, fig.number.start) is not None
    if (listed := _dates_listed(fig, st, ctx)) is not None:
        when = _resolve_in(listed, [], ctx)
        relative = listed.kind in (MarkKind.RELATIVE, MarkKind.RELATIVE_YEAR) or not listed.when
        return when, AsOfBasis.PUBLISHED if relative else AsOfBasis.EXPLICIT
    if fig.owner is not None and fig.owner.metric and not change_start:
        return fig.owner.as_of, fig.owner.basis  # a share holds when its count holds
    if fig.metric in AWARD_METRICS and (
        titled := _TITLES_YEAR_AFTER_RE.match(ctx.text, fig.tail_end)
    ):
        # 10个律所党支部被表彰为2016年度先进党支部: the year the title names
        return date(int(titled[1]), 12, 31), AsOfBasis.EXPLICIT
    # 党委成立于2017年，现有党员…: when it was founded dates no figure after it; 4.6万户（上年：
    # 4.2万户）；…1680家: a date inside an aside closed before the figure dates what is inside
    marks = [
        m
        for m in ctx.marks_in(st.start, fig.number.start)
        if not _FOUNDED_RE.search(ctx.text, max(0, m.start - 3), m.start)
        and not _in_a_closed_aside(ctx.text, m.start, fig.number.start, st.start)
        and not _aside_after_a_date(m, fig, st, ctx)
        and not _deadline_of_another_clause(m, fig, ctx)
        and not _in_a_closed_quote(ctx.text, m.start, fig.number.start, st.start)
    ]
    if (
        marks
        and marks[-1].start > st.start  # (2016年，这一数字达到402个，党员4100余名: the sentence's)
        and ctx.text.startswith(POINTING_BACK, marks[-1].end)
        # (到2021年底，这一数字已达…，…党组织达到1680个: a date set off by a comma dates on)
        and ctx.text[marks[-1].end - 1] not in "，,"
        and _clause_start(ctx.text, fig.number.start, st.start) > marks[-1].end
    ):
        marks = marks[:-1]  # 而2012年这一数字还不到900名；全市…党组织298个: that figure's year
    mark = marks[-1] if marks else None
    # 2010年的500人 · 2010年的不足500人: the date stands right before the figure
    # (由2019年的38家、412人: and the counts listed after it)
    dates_this = mark is not None and (
        any(
            gap.fullmatch(ctx.text, mark.end, fig.number.start) is not None
            for gap in (ctx.vocab.date_gap_re, _COUNTS_LISTED_RE, _AT_AN_EVENT_RE, _NOUNS_LISTED_RE)
        )
        or _date_bracketed_before(mark, ctx) == fig.number.start
        # (上年同期全市党员律师为1380名: the level then, its noun named between)
        or mark.kind is MarkKind.COMPARISON
        and (then := LEVEL_THEN_AFTER_RE.match(ctx.text, mark.end)) is not None
        and then.end() <= fig.number.start
        and not _CLAUSE_STOP_RE.search(ctx.text, then.end(), fig.number.start)
    )
    same_year = _SAME_YEAR_OF_RE.search(ctx.text, st.start, fig.number.start)
    if not dates_this and same_year is not None:
        # 2017年，…党员律师从当年的386名增加到…: the year the text last named
        named = [m.when for m in ctx.marks_in(0, same_year.start()) if m.when is not None]
        if named:
            return date(named[-1].year, 12, 31), AsOfBasis.INFERRED
    if not dates_this and change_start:
        # 律所由2014年的520家增加到786家，律师由6000余人增加到…: an undated starting
        # figure is as old as the sentence's other starting point, else of no known date
        return _parallel_change_date(marks, CHANGE_STARTS, ctx, st)  # 与2017年底相比，…由7800余人
    if not dates_this and fig.rule == "from_to":
        reached = _parallel_change_date(marks, "到至", ctx, st)  # …，律师由6000余人增加到9000人
        if reached[0] is not None:
            return reached
    if (
        mark is not None
        and mark.kind is MarkKind.COMPARISON
        and not dates_this
        and fig.rule != "compared_with"
    ):
        # (…增至2022年底的19436人，其中党员律师约7200名: the level a change reached dates
        # what the sentence says of it after)
        earlier = [
            m
            for m in marks
            if m.kind is not MarkKind.COMPARISON
            or ctx.text[m.start] in "到至"
            and "；" not in ctx.text[m.end : fig.number.start]
        ]
        mark = earlier[-1] if earlier else None
    if mark is not None and mark.kind is MarkKind.RELATIVE:
        # 截至去年12月，全省现有…: 现有/目前 after a dating word of the same sentence
        # says "at that time", not "today"
        dating = [m for m in marks[:-1] if m.kind in _DATING_KINDS]
        if not ctx.text.startswith(WEAK_PRESENT, mark.start):
            # 去年，我们推动…，目前全区…: "now" after a year that dated other events; only
            # 截至… (an anchor) makes it "then"
            dating = [m for m in dating if m.kind is MarkKind.ANCHOR]
        if dating:
            mark = dating[-1]
        elif (
            carried is not None
            and carried.kind is MarkKind.ANCHOR
            and ctx.text.startswith(WEAK_PRESENT, mark.start)
            and (carried_here or _of_the_year_reported(carried, ctx))
            # (截至2012年底，全国共有…。\n曲靖市现有律所41家: the nation's date, not the city's now)
            and not _NATION_AFTER_RE.match(ctx.text, carried.end)
        ):
            # 截至12月底，全市共有律所89家…。全市现有公证机构8家: 现有 goes on with the
            # date set before it, in its paragraph, or in one before when that date is the
            # year a report looks back on (截至去年底，…\n全市律师行业现有党组织251个; not
            # 截至2020年底 in a text of 2024; 目前 says "now" and does not)
            return _resolve_in(carried, [], ctx), AsOfBasis.INFERRED
    if mark is None and _SPAN_OPENING_RE.match(ctx.text, st.start):
        # 五年间，…累计举办培训班21期 (after 截至2020年底…。回看2015年底…): the span ends at
        # the text's latest date, not at the one a look back set
        # (2013年至2017年，…。五年来，…: the end of the span the text set)
        latest = max(
            (
                m.when
                for m in ctx.marks_in(0, st.start)
                if m.when and (m.kind is MarkKind.ANCHOR or m.since is not None)
            ),
            default=None,
        )
        if latest is not None:
            return latest, AsOfBasis.INFERRED
    if mark is None and _of_the_undated_past(st.start, fig.number.start, ctx):
        return None, AsOfBasis.UNKNOWN  # 过去，全区律所不足10家: not the year carried
    if (
        mark is None
        and carried is None
        and ctx.text.startswith(SAME_PERIOD, st.start)
        and (latest := _latest_date_before(st.start, ctx)) is not None
    ):
        # …由2012年的40.2%提升到2020年底的78.5%。同期，全区社会组织…: with no date set to
        # carry (a from-to's end sets none), the latest date the sentence before stated
        return latest, AsOfBasis.INFERRED
    if mark is None and ctx.text.startswith(SAME_YEAR, st.start):
        # 湖州律师行业党建起步于2008年。当年，全市仅有律所35家: the year just named (not
        # one compared with: 2018年，…比2016年增加214人。同年，…)
        stated = _dates_stated(0, st.start, ctx)
        if stated:
            return date(stated[-1][1].year, 12, 31), AsOfBasis.INFERRED
    if mark is None and (after := _date_bracketed_after(fig, st, ctx)) is not None:
        # 执业律师17680名、律师事务所1205家（截至2023年底）: the date the aside gives them
        return _resolve_in(after, [], ctx), AsOfBasis.EXPLICIT
    if mark is None:
        stock = ctx.catalog.metrics[fig.metric or "firms"].get("kind") == "stock"
        printed = ctx.published and not ctx.published_from_url
        if (
            printed
            and not stock
            and _AT_THE_MEETING_RE.search(ctx.text, st.start, fig.number.start)
        ):
            # 截至2023年底，全国共有律所4万余家。会上，表彰了100个…: done at the meeting
            # the page reports, on its day (not at the date of the stock before), for the
            # year it reviews (…召开2023年度工作会议)
            if ctx.report_year is not None:
                return date(ctx.report_year, 12, 31), AsOfBasis.INFERRED
            return ctx.published, AsOfBasis.PUBLISHED
        noted = ctx.noted_date  # (注：…数据均截至2021年6月30日: the note's date)
        if noted is not None and (carried is None or carried.kind is not MarkKind.ANCHOR):
            # (本报3月12日刊发的…一文…。上述数据均为截至2023年12月31日的统计数字: the
            # note's date over a day the text named, no 截至 of its figures)
            return _resolve_in(noted, [], ctx), AsOfBasis.EXPLICIT
        if carried is not None:
            return _resolve_in(carried, [], ctx), AsOfBasis.INFERRED
        if ctx.report_year is not None:  # an undated figure of 2023年工作总结 is 2023's
            return date(ctx.report_year, 12, 31), AsOfBasis.INFERRED
        if printed:
            # a present-tense stock figure of a dated page; an award or a training with no
            # date of its own was given or held about when the page reports it
            return ctx.published, AsOfBasis.PUBLISHED
        return None, AsOfBasis.UNKNOWN
    when = _resolve_in(mark, marks, ctx)
    undated = when is None or ctx.published_from_url  # a page's posting day says little
    if (
        undated
        and carried is not None
        and carried.kind is MarkKind.ANCHOR
        and mark.kind is MarkKind.RELATIVE
    ):
        # 目前 on a page the text does not date: the date the text last set
        return _resolve_in(carried, [], ctx), AsOfBasis.INFERRED
    if when is None:
        return None, AsOfBasis.UNKNOWN
    relative = mark.kind in (MarkKind.RELATIVE, MarkKind.RELATIVE_YEAR) or mark.when is None
    return when, AsOfBasis.PUBLISHED if relative else AsOfBasis.EXPLICIT


# ---------------------------------------------------------------------------
# the whole document

# 本报汝城讯 · 本报汝城讯（通讯员…）: a local paper's dateline naming the county by short name
_LOCAL_DATELINE_RE = re.compile(r"本报([\u4e00-\u9fff]{2,3}?)讯")
_PAPERS_DATELINE_RE = re.compile(
    r"([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|都市报|新闻网|广播电视台|融媒体中心)讯"
    # 据牡丹江广播电视台报道 · 据襄阳日报消息: the local paper or station a report cites
    r"|据([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|都市报|广播电视台|电视台|融媒体中心)(?:消息|报道)"
    r"|^《([\u4e00-\u9fff]{2,4}?)(?:日报|晚报)》"  # 《鞍山日报》2015年1月8日 第2版: the page's masthead
    # 洛阳日报数字报 · 大连日报电子版 · 来源：襄阳日报: a saved e-paper page's masthead or credit
    r"|^([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|都市报)(?:数字报|电子版)"
    r"|来源[：:]\s*([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|都市报)(?![\u4e00-\u9fff])"
    # (辽宁日报记者 孙丽娜: the paper's reporter, on a line of the byline)
    r"|(?:^|\n)[^\S\n]*([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|都市报)(?:全媒体|融媒体)?记者"
)
# （来源：眉山市仁寿县委组织部） · 信息来源：…: a source line, as pages close with it
_SOURCE_LINE_RE = re.compile(
    r"\s*[（(]?\s*(?:信息|文章|稿件)?(?:来源|稿源|供稿单位|供稿|主办单位|主办|发布单位|发布机构)\s*[：:]"
)
CLOSING_LINES = 3  # the last lines of a page, where it may name its source


def _closing_source_lines(raw: str) -> list[str]:
    """The source lines among a page's last lines, in simplified script."""
    lines = [line for line in raw.splitlines() if line.strip()][-CLOSING_LINES:]
    return [line for line in map(to_simplified, lines) if _SOURCE_LINE_RE.match(line)]


def _level_key(place: Place) -> str | None:
    """The scope word's level a place answers to: a province 全省, a prefecture 全市, a county
    全县 or 全旗, a district 全区, a county-level city 全市 (我县 · 全区 · 全市 in its own text)."""
    if place.level is Level.COUNTY:
        return {"县": "county", "旗": "county", "区": "district"}.get(place.name[-1], "city")
    if place.name in MUNICIPALITIES:
        return "city"  # 重庆市: 全市, as when a text names it
    return {Level.PROVINCE: "province", Level.PREFECTURE: "city"}.get(place.level)


def _place_of_the_papers_dateline(text: str, gaz: Gazetteer) -> Place | None:
    """The one place a local paper's dateline names (襄阳日报讯 · 安吉县融媒体中心讯)."""
    m = _PAPERS_DATELINE_RE.search(text, 0, RAW_HEAD_CHARS)
    if m is None:
        return None
    return _the_one_place_named(next(name for name in m.groups() if name), gaz)


def _the_one_place_named(name: str, gaz: Gazetteer) -> Place | None:
    """The place ``name`` names whole, when one place has that name."""
    found = gaz.find(name)
    if len(found) != 1 or found[0][:2] != (0, len(name)) or len(found[0][2]) != 1:
        return None
    return found[0][2][0]


_COUNTY_SCOPE_RE = re.compile("全县|我县|本县|全旗|我旗")
_OWN_PROVINCE_RE = re.compile("我省|本省")


def _county_of_dateline(text: str, levels: dict[str, Place | None], gaz: Gazetteer) -> Place | None:
    """The county a local dateline names, when the text speaks of 全县 and names no county
    itself (within the city it names, if it names one)."""
    if levels.get("county") is not None or not _COUNTY_SCOPE_RE.search(text):
        return None
    m = _LOCAL_DATELINE_RE.search(text, 0, RAW_HEAD_CHARS)
    if m is None:
        return None
    city = levels.get("city")
    if city is not None:
        return gaz.county_in(m[1], city)
    found = gaz.county_short.get(m[1], ())
    return found[0] if len(found) == 1 else None


# 本报西宁5月20日讯 · 本报锦州1月9日电 · 新华社锦州1月9日电: where a story was filed
_CITY_DATELINE_RE = re.compile(
    r"(?:本报|新华社|中新社)([\u4e00-\u9fff]{2,4}?)(?:\d{1,2}月\d{1,2}日)?[讯电]"
)
_CITY_SCOPE_RE = re.compile("全市|我市|本市|该市")


def _city_of_dateline(text: str, gaz: Gazetteer) -> Place | None:
    """The prefecture city a local paper's dateline names (本报西宁5月20日讯), when the text
    speaks of 全市 and its head names no place: one city by that name, else none."""
    m = _CITY_DATELINE_RE.search(text, 0, RAW_HEAD_CHARS)
    if m is None or not _CITY_SCOPE_RE.search(text):
        return None
    place = _the_one_place_named(m[1], gaz)
    return place if place is not None and place.level is Level.PREFECTURE else None


# the rest of a list of figures, only the last with its classifier: 、4.9万、4.6万人
_LIST_REST_RE = re.compile(
    r"(?:[、和及与]\d+(?:\.\d+)?[万亿]?[多余]?)*[、和及与]\d+(?:\.\d+)?([万亿]?)[多余]?(\S)"
)


def _in_a_percent_list(fig: Figure, text: str) -> bool:
    """78.5、86.2和95.7%: a list whose last figure alone carries the percent sign."""
    m = _LIST_REST_RE.match(text, fig.tail_end)
    return m is not None and m[2] == "%" and not m[1] and "万" not in fig.number.text


def _list_classifier(fig: Figure, text: str, cat: Catalog) -> str | None:
    """The classifier the last figure of a list carries for all (6.8万、4.9万、4.6万人), if
    ``fig`` opens or continues such a list with the same unit (not 4.5、4.6万人)."""
    m = _LIST_REST_RE.match(text, fig.tail_end)
    if m is None or cat.classifier_group(m[2]) is None:
        return None
    return m[2] if (m[1] or "") == _large_unit(fig.number.text) else None


def _large_unit(numeral: str) -> str:
    """The 万 or 亿 a numeral is written in (4.9万 -> 万), else ""."""
    return next((c for c in "万亿" if c in numeral), "")


# 律师四千出头 · 全省律师接近六万 · 律师大约九百: speech drops the classifier of a round
# number said right after the people it counts (a hundred or more: 这位律师四十出头 is an age)
SPOKEN_LOOKBACK = 30
_MODAL_PARTICLES = ("吧", "啊", "呢", "呀")  # (一百五十上下吧。: the speaker's, closing it)
_SPOKEN_COUNT_END_RE = re.compile(rf"[{''.join(_MODAL_PARTICLES)}]?(?:[，。；！？,;!?\n]|$)")
SPOKEN_COUNT_MIN = 100


def _spoken_classifier(fig: Figure, text: str, cat: Catalog) -> str | None:
    """The people classifier a spoken count leaves out, when a people term ends right before
    it and its clause ends right after it; else None."""
    num = fig.number
    if num.form is not Form.CHINESE and not any(u in num.text for u in "万亿"):
        return None  # (律师4000: digits without a classifier are codes or cells)
    if num.value < SPOKEN_COUNT_MIN or not _SPOKEN_COUNT_END_RE.match(text, fig.tail_end):
        return None
    floor = max(0, num.start - SPOKEN_LOOKBACK)
    lead = strip_before(text[_clause_start(text, num.start, floor) : num.start], cat)[0]
    term = suffix_term(lead, cat)
    # (律所九百出头: the firms, as 家 would count them)
    if term is None or term.needs not in ("people", "units") or not term.metric:
        return None
    if term.needs == "units" and (term.metric != "firms" or num.form is not Form.CHINESE):
        return None
    return cat.classifiers[term.needs][0]


# 从2008年的四万出头增加到2012年底的近七万人: a change's start said without the classifier
# its end carries, in the same unit
_CHANGE_START_BEFORE_RE = re.compile(r"[从由](?:(?:19|20)\d{2}年[^，,；;。\d]{0,4}的)?$")
_CHANGE_END_AFTER_RE = re.compile(
    rf"(?:出头|多|余)?{FROM_TO}(?:约|近|超过|逾)?"
    rf"(?P<end>(?:\d+(?:\.\d+)?|[{CHINESE_DIGITS}零〇]+)[万亿]?)[多余]?(?P<classifier>\S)"
)


def _change_start_classifier(fig: Figure, text: str, cat: Catalog) -> str | None:
    """The classifier a change's end carries for its start (从4万出头增加到7万人: 人)."""
    num = fig.number
    if not _CHANGE_START_BEFORE_RE.search(text, max(0, num.start - 14), num.start):
        return None
    m = _CHANGE_END_AFTER_RE.match(text, num.end)
    if m is None or cat.classifier_group(m["classifier"]) is None:
        return None

    return m["classifier"] if _large_unit(m["end"]) == _large_unit(num.text) else None


def mention_kind(fig: Figure, text: str) -> MentionKind:
    num = fig.number
    after = text[num.end : num.end + 1]
    if num.form is Form.PERCENT:
        return MentionKind.PERCENT
    if num.form is Form.FRACTION:
        return MentionKind.PERCENT
    if num.start and text[num.start - 1] == "第":
        return MentionKind.ORDINAL
    if after == "年" and (YEAR_RE.match(num.text) or is_short_year(text, num.start)):
        return MentionKind.YEAR
    if after in ("月", "日", ":", "：", "时", "点", "-", "/", ".") or text[
        num.start - 1 : num.start
    ] in ("-", "/", ":"):
        return MentionKind.DATE
    if fig.classifier:
        return MentionKind.COUNT
    return MentionKind.OTHER


SENTENCE_RE = re.compile(f"[^{SENTENCE_END}]+")


def sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in SENTENCE_RE.finditer(text)]


class PutIn(NamedTuple):
    """What the working text holds that the source does not: the characters put in (where
    they stand) and the characters written otherwise (where they stand, as written)."""

    at: tuple[int, ...] = ()
    written: tuple[tuple[int, str], ...] = ()
    # the spans whose characters stand in another order (a figure-led line read as prose),
    # each with its words as written
    moved: tuple[tuple[int, int, str], ...] = ()


# 律所/律师/党员律师：126家/1580人/612人 · 单独/联合党支部56/26个: items and their figures
# paired by slashes, as a table's header and row would be
_SLASH_ITEMS = r"[^\W\d_]{1,12}(?:/[^\W\d_]{1,12})+"
_SLASH_FIGURE = r"\d+(?:\.\d+)?万?[余多]?[家个名人户位所%]?[余多]?"
_SLASH_PAIRED_RE = re.compile(
    rf"(?P<items>{_SLASH_ITEMS})(?P<link>分别(?:为|是|有|达)?|[：:]|为|是|有|达到?)?"
    rf"(?P<figures>{_SLASH_FIGURE}(?:/{_SLASH_FIGURE})+)(?![\d/.])"
)


# 分别为1.1万人/1.68万人/2.45万人 · 2012年/2017年/2022年: figures or years listed by slashes
_SLASH_YEAR = r"(?:19|20)\d{2}年(?:底|末)?"
_SLASH_LISTED_RE = re.compile(
    rf"分别(?:为|是|有|达到?)?(?P<figures>{_SLASH_FIGURE}(?:/{_SLASH_FIGURE})+)(?![\d/.])"
    rf"|(?P<years>{_SLASH_YEAR}(?:/{_SLASH_YEAR})+)(?![\d/])"
)


def slash_pairs_as_respective(text: str) -> tuple[str, list[tuple[int, str]], list[int]]:
    """Items and figures paired by slashes, written as prose writes them: 律所、律师、党员律师
    分别为126家、1580人、612人. Returns the text with each slash of a pair as 、 and a colon
    before the figures as 为 (one for one), what goes in (分别 before the figures, where no
    分别 is written) and where the characters changed stand."""
    if "/" not in text:
        return text, [], []
    chars: list[str] | None = None
    put_in: list[tuple[int, str]] = []
    changed: list[int] = []
    for m in _SLASH_PAIRED_RE.finditer(text):
        if m["items"].count("/") != m["figures"].count("/"):
            continue  # (not as many figures as items: no pairing to read)
        chars = chars or list(text)
        for at in (i for i in range(m.start(), m.end()) if text[i] == "/"):
            chars[at] = "、"
            changed.append(at)
        link = m["link"] or ""
        if link in ("：", ":"):
            chars[m.start("link")] = "为"
            changed.append(m.start("link"))
        if not link.startswith("分别"):
            put_in.append((m.start("link") if link else m.start("figures"), "分别"))
    for m in _SLASH_LISTED_RE.finditer(text):
        chars = chars or list(text)
        for at in (i for i in range(*m.span(m.lastgroup or 0)) if text[i] == "/"):
            chars[at] = "、"
            changed.append(at)
    return ("".join(chars) if chars else text), put_in, sorted(set(changed))


def _a_paragraph_alone(led: LedFigure, doc: Document) -> bool:
    """The figure's line and the label under it make a paragraph of their own in the source
    (a blank line before and after them): one card, not a line of a run of cards, whose
    labels may stand over their figures (全市非公有制企业 / 2.3万家 / 已建立党组织的…)."""
    raw = doc.raw_text
    start = doc.origin[led.line_start]
    before = raw[:start].rstrip(" \t\u3000")
    end = raw.find("\n", doc.origin[led.label_end - 1])
    after = raw[end + 1 :] if end >= 0 else ""
    blank_after = end < 0 or after.lstrip(" \t\u3000").startswith(("\n", "\r")) or not after.strip()
    return (not before.strip() or before.endswith(("\n\n", "\n\r\n"))) and blank_after


def figure_led_as_prose(
    doc: Document, text: str
) -> tuple[Document, str, list[tuple[int, str]], list[tuple[int, int, str]], list[int]]:
    """Lines that lead with their figure (1136家：截至2021年底，全省律师事务所总数) written as
    prose writes them: 截至2021年底，全省律师事务所总数为1136家. The figure moves to the end of
    the words that say what it counts, its colon or dash turns to spaces, and 为 goes in
    before it; the + of 3.2万+ reads as 余. Returns the document and text so reordered (each
    character keeps its raw offset), what goes in, each reordered span with its words as
    written, and where a + stands."""
    led = [f for f in figure_led_lines(text) if not f.over_a_label or _a_paragraph_alone(f, doc)]
    if not led:
        return doc, text, [], [], []
    order = list(range(len(text)))
    blank: set[int] = set()
    put_in: list[tuple[int, str]] = []
    moved: list[tuple[int, int, str]] = []
    plus: list[int] = []
    for line in led:
        start, end = line.figure.start, line.figure.end
        order[line.line_start : line.label_end] = [
            *range(line.line_start, start),
            *range(end, line.label_end),
            *range(start, end),
        ]
        blank.update(i for i in range(end, line.words_start) if text[i] != "\n")
        put_in.append((line.label_end - (end - start), "为"))
        moved.append((line.line_start, line.label_end, text[line.line_start : line.label_end]))
        if line.figure.text.endswith("+"):
            plus.append(line.label_end - 1)
    prose = "".join(" " if i in blank else text[i] for i in order)
    clean = "".join(" " if i in blank else doc.clean_text[i] for i in order)
    origin = tuple(doc.origin[i] for i in order)
    return replace(doc, clean_text=clean, origin=origin), prose, put_in, moved, plus


def _as_prose(doc: Document, text: str, cat: Catalog) -> tuple[Document, str, PutIn]:
    """The document and its text as punctuated prose, and what was put in: the commas a
    run-on sentence left out (律师事务所338家，执业律师9120余人), so each count reads as in
    punctuated prose, and slash-paired figures as a 分别 list. What is put in maps to the
    raw character after it; no figure's span holds any of it."""
    doc, text, led_put_in, moved, plus = figure_led_as_prose(doc, text)
    as_written = text
    if plus:  # (3.2万+: more than, as 余 says it)
        chars = list(text)
        for k in plus:
            chars[k] = "余"
        text = "".join(chars)
    text, slash_put_in, changed = slash_pairs_as_respective(text)
    changed = sorted({*changed, *plus})
    cuts = run_on_cuts(text, vocabulary(cat).run_on)
    put_in = sorted([*((cut, "，") for cut in cuts), *slash_put_in, *led_put_in])
    if not put_in:
        return doc, text, PutIn((), tuple((at, as_written[at]) for at in changed))
    origin: list[int] = []
    clean: list[str] = []
    prose: list[str] = []
    at: list[int] = []
    pos = 0
    for cut, words in put_in:
        origin += doc.origin[pos:cut]
        clean.append(doc.clean_text[pos:cut])
        prose.append(text[pos:cut])
        at += range(len(origin), len(origin) + len(words))
        origin += doc.origin[cut : cut + 1] * len(words)
        clean.append(words)
        prose.append(words)
        pos = cut
    origin += doc.origin[pos:]
    clean.append(doc.clean_text[pos:])
    prose.append(text[pos:])
    # (a changed character moves on by what went in before it)
    written = tuple(
        (at + sum(len(w) for c, w in put_in if c <= at), as_written[at]) for at in changed
    )
    moved_on = tuple(
        (
            a + sum(len(w) for c, w in put_in if c <= a),
            b + sum(len(w) for c, w in put_in if c < b),
            words,
        )
        for a, b, words in moved
    )
    doc = replace(doc, clean_text="".join(clean), origin=tuple(origin))
    return doc, "".join(prose), PutIn(tuple(at), written, moved_on)


_TEN_THOUSANDS_RE = re.compile(r"\d+(?:\.(\d+))?([万亿])")
RESTATED_MIN = 100  # below it, two sectors' counts may well be equal


def _rounded_again(num: Number, dated: tuple, seen_dated: dict[tuple, bool]) -> bool:
    """Whether ``num``, written in 万 or 亿 (1.87万), rounds a figure of the same fact and
    year stated before it (18734): the same figure, stated again."""
    m = _TEN_THOUSANDS_RE.fullmatch(num.text)
    if m is None:
        return False
    step = MULTIPLIER[m[2]] / 10 ** len(m[1] or "")
    sector, metric, value, place, subgroup, year = dated
    return any(
        k[:2] == (sector, metric)
        and k[3:] == (place, subgroup, year)
        and 0 < abs(k[2] - value) <= step / 2
        for k in seen_dated
    )


def _as_written(text: str, start: int, end: int, put_in: PutIn) -> str:
    """text[start:end] without what was put in to read it as prose: the evidence a reader
    finds in the source (a reordered span it touches, whole and as written)."""
    for a, b, words in put_in.moved:
        if a < end and start < b:
            before = _as_written(text, start, a, put_in) if start < a else ""
            return before + words + (_as_written(text, b, end, put_in) if b < end else "")
    cuts = put_in.at[bisect_left(put_in.at, start) : bisect_left(put_in.at, end)]
    written = [(at, c) for at, c in put_in.written if start <= at < end]
    if not cuts and not written:
        return text[start:end]
    chars = list(text[start:end])
    for at, c in written:
        chars[at - start] = c
    for cut in reversed(cuts):
        del chars[cut - start]
    return "".join(chars)


def extract(doc: Document, catalog: Catalog | None = None) -> Extraction:
    cat = catalog or load_catalog()
    gaz = gazetteer()
    text = arabic_zeros(arabic_years(fold_fullwidth(doc.clean_text)))  # one char for one
    doc, text, put_in = _as_prose(doc, text, cat)
    title = to_simplified(doc.title or "")  # (a manifest may give it in traditional script)
    if _SITE_NAME_RE.fullmatch(title) and (headline := _headline_under_site(text, title, gaz)):
        title = headline  # 云南组工网 over 昆明市专业服务领域党建工作综述: the page is the city's
    hits = [
        h
        for h in gaz.find(_mask_words_not_places(text), with_words=True)
        if not _FILED_AT_RE.match(text, h[1])
        and not _STREET_AFTER_RE.match(text, h[1])
        and not _in_a_caption(text, h[0])
        and not _ends_in_a_bearing(text, h[1])
        and not all(p.code.startswith(OUTSIDE_THE_MAINLAND) for p in h[2])
        and not _held_at(text, h)  # (在井冈山、嘉兴南湖举办…培训班3期: where, not whose)
    ]
    words = [h for h in hits if text[h[0] : h[1]] in gaz.word_names]
    default, levels = document_places(text, title, gaz, cat, [h for h in hits if h not in words])
    # 新城区 in a text about 西安市 is its district; elsewhere 城区 is a word
    text_places = _in_the_place_before(
        [h for h in hits if h not in words or _within(h[2], default)]
    )
    short_counties = _short_counties_listed(text, levels.get("city") or default, gaz)
    short_counties += _short_counties_scoped(text, levels.get("city") or default, gaz)
    short_counties.sort(key=_hit_span)
    text_places = _with_short_counties(text_places, short_counties)
    dropped = doc.repair.lines_dropped > 0  # a dropped 来源 line may name the city
    ambiguous = any(len(h[2]) > 1 for h in hits[:1])  # the first place a name several share
    # （来源：宁波市鄞州区融媒体中心） closing a text whose title and first lines name no place
    closing = _closing_source_lines(doc.raw_text) if default is None else []
    if default is None and doc.site:
        closing.append(doc.site)  # (河南律师网 in the <title> of a page that says only 我省)
    # 来源：桃源县人大常委会 … 全县: the source line repair dropped names the place
    if dropped and (None in levels.values() or ambiguous) or closing:
        # only the source and byline lines of the page's head: a related-article list
        # names other places
        bylines = closing + [
            line
            for line in to_simplified(doc.raw_text[:RAW_HEAD_CHARS]).splitlines()
            if (any(w in line for w in BYLINE_WORDS) or _RUNNING_HEAD_BODY_RE.match(line))
            and line not in closing
            and not _REPORTER_NARRATES_RE.search(line)
        ]
        byline_place, raw_levels = document_places("\n".join(bylines), title, gaz, cat)
        if default is None and byline_place is not None:
            # 来源：绍兴市司法局 over a text whose title and first lines name no place: the
            # publisher's place, not one the text names in passing later (苏州市司法局签订…)
            levels = {k: raw_levels.get(k) or v for k, v in levels.items()}
        else:
            levels = {k: v or raw_levels.get(k) for k, v in levels.items()}
        # 来源：司法部 over a text that names no place: the nation's text
        if default is None and any(_NATIONAL_SOURCE_RE.search(line) for line in bylines):
            default = NATIONAL_PLACE
        # 来源：桃源县人大常委会 over a text that names only its city: the county's text
        local = raw_levels.get("county") or raw_levels.get("district")
        if local is not None and local.level is not Level.COUNTY:
            local = None  # (全区 of a region's text: the region, no county's source line)
        if local is not None and not any(
            local.name[:2] in line for line in bylines if len(line) <= BYLINE_MAX_CHARS
        ):
            local = None  # (我局于…发布的报告，因章丘区…未录入: a county in prose, no source line)
        if local is not None and default is not None and local.name == default.name:
            # 鼓楼区… over 来源：徐州市鼓楼区融媒体中心: the name several cities have is the
            # source line's
            levels = {k: local if v == default else v for k, v in levels.items()}
            city = levels.get("city")
            if city is None or city.prefecture_code != local.prefecture_code:
                levels["city"] = gaz.parent_of(local)
            default = local
        if local is not None and (
            default is None
            or default.level is Level.PREFECTURE
            and local.prefecture_code == default.prefecture_code
        ):
            default = local
    if default is None or default.level is not Level.COUNTY:
        # 本报汝城讯 over a text that says only 全县: the county the local paper filed from
        county = _county_of_dateline(text, levels, gaz)
        if county is not None:
            levels["county" if county.name.endswith(("县", "旗")) else "district"] = county
            default = county
    if default is None and (city := _city_of_dateline(text, gaz)) is not None:
        # 本报西宁5月20日讯 over a text that says only 我市: the city the local paper filed from
        levels["city"] = levels["prefecture"] = default = city
    manifest_place = _place_named(doc.jurisdiction, gaz)
    if manifest_place is not None:
        default = manifest_place
        key = _level_key(manifest_place)
        if key:
            levels[key] = manifest_place
        if key == "city":
            levels["prefecture"] = manifest_place
        if manifest_place.level is Level.COUNTY:
            # 我县 in a text about 天津市蓟州区 (蓟县 when it was written): the manifest's
            # county-level place, whichever of 县 and 区 the text calls it
            for kind in ("county", "district"):
                levels[kind] = levels.get(kind) or manifest_place
        district = levels.get("district")
        if (
            key == "province"
            and "自治区" in manifest_place.name
            and (district is None or district.name not in title)
        ):
            levels["district"] = manifest_place  # 全区 in the region's text: the region
    papers_place = _place_of_the_papers_dateline(text, gaz)
    paper = papers_place if default is None else None
    paper_key = _level_key(paper) if paper is not None else None
    if paper is not None and paper_key is not None and paper_key != "province":
        # 《鞍山日报》…本报讯…全市 over a text that names 大连市 only in passing, later: the
        # city whose paper it is
        default = levels[paper_key] = paper
        levels["province"] = gaz.by_full_name.get(paper.province) or levels["province"]
    if default is None:
        default = levels.get("city") or levels.get("province")
    if default is None and paper is not None:
        # 襄阳日报讯 over a text that says only 全市: the city whose paper filed it
        default = paper
        # (内蒙古日报讯 …全区: the region's, as its own text says 全区, when no district is named)
        for key in (_level_key(paper), "district" if "自治区" in paper.name else None):
            if key and levels.get(key) is None:
                levels[key] = paper
    if (
        papers_place is not None
        and papers_place.level is Level.PROVINCE
        # (辽宁日报记者…我省…；同期，吉林省有…: the paper's province speaks of 我省, whatever
        # other provinces its text compares)
        and (levels.get("province") is None or _OWN_PROVINCE_RE.search(text))
    ):
        levels["province"] = papers_place  # 陕西日报讯…我省 in a text that counts 全国 too
    if manifest_place is None and _a_national_text(text, title, text_places, gaz, cat):
        default = NATIONAL_PLACE  # 全国非公有制企业党组织158.5万个…；从地区看，广东省…
    # manifest, else the page's dateline, else its URL (ingest), else the day it opens with
    published = doc.published or opening_day(text)
    # 霍邱共有律师事务所七家 in a text about 霍邱县: the text's own short name is its place;
    # 昆山市司法局…。昆山共有律师事务所52家: so is one the text named in full before
    named_short = _short_names_of_named_counties(text, text_places, gaz)
    own_short = _own_short_names(default, levels)
    short_hits = _short_name_hits(text, own_short) + [
        h for h in _short_name_hits(text, named_short) if _opens_a_clause(text, h[0])
    ]
    text_places = _with_short_counties(text_places, sorted(short_hits, key=_hit_span))
    text_places = _without_home_places_of_chambers(text, text_places, default)
    ctx = Context(
        text=text,
        catalog=cat,
        gaz=gaz,
        published=published,
        published_from_url=doc.published_from_url,
        default_place=default,
        level_places=levels,
        marks=sorted(
            find_date_marks(text) + since_this_year(text, published), key=lambda m: m.start
        ),
        places=text_places,
        sentence_spans=sentences(text),
    )
    # (福安、福鼎两市: the short names listed read as places wherever the words are read)
    ctx.local_names = tuple(short for short, _ in own_short) + tuple(
        sorted({text[s:e] for s, e, _ in short_counties})
    )
    ctx.opening_names = tuple(short for short, _ in named_short)
    # (江西省异地商会党建工作…: the kind of chamber, no one chamber's name)
    ctx.subject_kind_re = _subject_chamber_kind(title, text, cat)
    ctx.about_one_firm = _about_one_firm(title, ctx) or _firm_named_under_title(text, ctx)
    ctx.firm_short_names = _firm_short_names(text, ctx)
    links_from = _closing_links(text) if doc.file.lower().endswith((".html", ".htm")) else len(text)
    links_from = min(links_from, _labelled_links(text))
    ctx.report_year = report_year(title, cat)
    ctx.plans_titled = any(w in title for w in cat.plan_titles) and not any(
        w in title for w in cat.report_words
    )
    ctx.proposals_titled = any(w in title for w in cat.proposal_titles)
    awarded = _AWARDS_OF_A_YEAR_RE.search(title)
    ctx.awards_year = int(awarded[1]) if awarded else None
    ctx.noted_date = _date_a_note_gives(ctx)
    ctx.title_sector = title_sector(title, cat)
    tables = find_tables(text)
    remarks = [(c.start, c.end) for table in tables for c in table.remarks]
    numbers = _split_at_cells(find_numbers(text), tables, text)
    cells = table_cells(tables, ctx)
    cells |= {
        k: c
        for k, c in card_cells(doc, ctx).items()
        # (a card whose figure leads its label alone is read as the prose it was turned into)
        if k not in cells and not any(a <= k <= b for a, b, _ in put_in.moved)
    }
    vocab = vocabulary(cat)
    observations: list[Observation] = []
    mentions: list[Mention] = []
    corrections: list[Observation] = []  # figures that put one said before right
    revisions: list[Observation] = []  # figures one said just before was revised to
    seen: dict[tuple, int] = {}  # where each key was first stated
    kept: dict[tuple, Observation] = {}  # each key's observation
    dated_later: set[str] = set()  # observations a later, dated statement replaced
    # each key with its year, and whether a table's year column stated it
    seen_dated: dict[tuple, bool] = {}
    seen_in_years: set[tuple] = set()  # the keys a table's year columns stated
    seen_undated: set[tuple] = set()  # the keys the text stated with no date of their own
    # (metric, value, place, year) -> the sentence first stating it, in any sector
    seen_unsectored: dict[tuple, int] = {}
    headline_end = _headline_end(text)
    plans = ""  # inside a section headed 二、2024年工作计划 ("section"), or a list of plans
    carried: DateMark | None = None
    anchor: DateMark | None = None  # the last 截至… mark: it outlives a paragraph's year
    topic: Place | None = None
    carried_at = -1  # the paragraph the carried date was set in
    paragraph_start = -1  # the first sentence opens a paragraph too
    k = 0
    previous: SentenceState | None = None
    brief_topic: Place | None = None
    for s_start, s_end in ctx.sentence_spans:
        if text.rfind("\n", 0, s_start) + 1 != paragraph_start:
            paragraph_start = text.rfind("\n", 0, s_start) + 1
            # 东莞：律师队伍中党员比例稳步提升 (a digest's brief, headed by its place): the place
            # is the topic of the paragraphs under it, up to the next such heading
            heading = _BRIEF_HEADING_RE.match(text, paragraph_start)
            led = _PLACE_LEAD_RE.match(text, paragraph_start) if heading is None else None
            led_by = (led[1] or led[2]) if led is not None else ""
            if heading is not None:
                brief_topic = _heading_place(paragraph_start, heading.end(2), ctx)
            elif led is not None and (
                names_only_places(led_by, gazetteer())
                or city_and_county_short(led_by, gazetteer(), None)
            ):
                # 【沈阳和平】截至… · 兰州城关：截至…: a brief led by its place on its own line
                led_at = led.start(1) if led[1] else led.start(2)
                brief_topic = _heading_place(led_at, led_at + len(led_by), ctx)
            elif numbered := _NUMBERED_HEADING_RE.match(text, paragraph_start):
                # 三、湘潭市岳塘区破解小所建党难题: a section about a place, or about none
                brief_topic = _opening_place(numbered.start(1), numbered.end(1), ctx)
            topic = brief_topic
            plans = _section_plans(text, paragraph_start, vocab, plans)
            if carried is not None and (
                carried.kind is MarkKind.PERIOD or _before_the_anchor(carried, anchor, text)
            ):
                # a year that opened a sentence holds for its paragraph only, as does an
                # earlier year's end (…截至2023年6月底… / 2018年底，全区党员律师为790名); then
                # the 截至2023年底 set before it holds again
                carried = anchor
        # 唐山市则把重点放在…。全市1900余名律师中: a sentence that opens with a place makes
        # it the paragraph's topic, and 全市 then means that city
        # (其中海口市有律所156家。: a part's place, for its sentence only)
        part = text.startswith("其中", s_start) and previous is not None
        opens_with = _opening_place(s_start, s_end, ctx, brief_topic)
        if (
            opens_with is not None
            and brief_topic is not None
            and s_start == paragraph_start
            and _lies_in(brief_topic, opens_with)
        ):
            opens_with = brief_topic  # 呼和浩特新城：新城区…: the brief's district, not its city
        opens_with = opens_with or _opening_body(s_start, ctx)
        st = SentenceState(s_start, s_end, topic=opens_with or topic)
        # (…党支部714个。⏎去年同期，上述数字分别为…: a line that points back to the one before)
        pointing_back = previous is not None and _POINTS_BACK_RE.search(text, s_start, s_end)
        if previous is not None and (previous.start >= paragraph_start or pointing_back):
            st.rate_before = next((p for p in reversed(previous.percents) if p.metric), None)
            st.count_before = next((c for c in reversed(previous.counts) if c.metric), None)
            st.before = previous
        topic = topic if part else st.topic
        relevant = vocab.relevant.search(text, s_start, s_end) is not None
        relevant = relevant or (previous is not None and previous.relevant and bool(pointing_back))
        if part and previous is not None:
            # 全省共有律师事务所1326家。其中，长沙市612家…: the parts of the total before
            relevant = relevant or previous.relevant
            st.counts = _totals_of(previous, text)
        sentence_marks = ctx.marks_in(s_start, s_end)
        first_number = None
        while k < len(numbers) and numbers[k].start < s_end:
            num = numbers[k]
            k += 1
            fig = Figure(num)
            read_tail(fig, text, cat)
            if fig.classifier is None and num.form is Form.ARABIC and not fig.note:
                # 分别为6.8万、4.9万、4.6万人: the list's last classifier is every item's
                fig.classifier = _list_classifier(fig, text, cat)
                if _in_a_percent_list(fig, text):
                    fig.number = replace(num, form=Form.PERCENT)  # 分别为78.5、86.2和95.7%
            if fig.classifier is None and not fig.note:
                fig.classifier = _spoken_classifier(fig, text, cat) or _change_start_classifier(
                    fig, text, cat
                )
            if fig.classifier is None and not fig.note and _places_each_set_up_one(fig, ctx):
                fig.classifier = "个"  # 全省16市全部成立律师行业党委: 16个市, each its own
            unit = _unit_in_label(fig, text) if fig.classifier is None and not fig.note else None
            if unit is not None:
                # 律师事务所（家）    286 · 党组织覆盖率（%）  61.8: the unit the label gives
                if unit == "%":
                    fig.number = replace(num, form=Form.PERCENT)
                else:
                    fig.classifier = unit
            cell = cells.get(num.start)
            if cell is not None:
                kind = _read_cell(fig, cell, cat)  # a table's: its column and row say what
            else:
                kind = mention_kind(fig, text)
                if first_number is None and kind in (MentionKind.COUNT, MentionKind.PERCENT):
                    first_number = num.start
                    # a place the sentence names, not the document's default
                    # (银川市、石嘴山市…分别有…: the first place of a list is no topic)
                    # (丰泽区律所47家，鲤城区29家，…: a breakdown by place is no topic either)
                    lead = (
                        _scope_place(num.start, st, ctx, fallback=False)
                        if _has_scope(st.start, num.start, ctx)
                        and _respective_place(num.start, st, ctx) is None
                        and not _broken_down_by_place(st, ctx)
                        else None
                    )
                    topic = topic if part else lead or topic
                if kind in (MentionKind.COUNT, MentionKind.PERCENT) and not relevant:
                    fig.note = fig.note or "no catalog word in the sentence"
                elif kind in (MentionKind.COUNT, MentionKind.PERCENT) and num.start >= links_from:
                    fig.note = "a title in the page's closing list of links"
                elif kind in (MentionKind.COUNT, MentionKind.PERCENT) and any(
                    a <= num.start < b for a, b in remarks
                ):
                    # (| 杭州市 | 612 | … | 含外省律所驻杭分所87家 |: a row's aside on its place,
                    # what part of it or change it counts the remark leaves unsaid)
                    fig.note = "a remark in a table's column of remarks"
                elif kind is MentionKind.COUNT and not fig.note:
                    read_count(fig, st, ctx)
                elif kind is MentionKind.PERCENT:
                    read_percent(fig, st, ctx)
                    st.last_percent = fig
                    st.percents.append(fig)
                if fig.metric and fig.qualifier is Qualifier.EXACT:
                    fig.qualifier = _shared_by_the_list(fig, st, ctx) or fig.qualifier
                if fig.metric and unit is not None:
                    fig.sector = _sector_of_a_listed_line(fig, ctx)
                    if fig.sector is None:
                        fig.metric, fig.note = (
                            None,
                            "a listed figure whose label and heading name no sector",
                        )
            if kind is MentionKind.COUNT:
                st.last_count = fig
                st.counts.append(fig)
            if fig.metric and num.form is Form.PERCENT and cat.unit_of(fig.metric) != "percent":
                # (a rate handed a count's metric by some reading gone wrong: never published)
                fig.metric, fig.note = None, "a percent read as a count"
            if fig.metric and fig.sector == "social_org" and _a_kind_beside_others(fig, st, ctx):
                fig.metric, fig.note = None, KIND_BESIDE_OTHERS
            if fig.metric == "firms" and _a_chamber_kind_beside_others(fig, st, ctx):
                fig.metric, fig.note = None, CHAMBER_KIND_BESIDE_OTHERS
            if (
                fig.metric == "firms"
                and fig.sector == "social_org"
                and _a_kind_of_the_whole(fig, st, ctx)
            ):
                fig.metric, fig.note = None, KIND_OF_THE_WHOLE
            if fig.metric and kind is MentionKind.COUNT:
                counted_together = _kinds_counted_together(fig, st, ctx)
                if counted_together is not None:
                    # 单独、联合党支部共177个: the whole they make, if any
                    together, of_several_trades = counted_together
                    fig.metric = together or None
                    fig.note = (
                        fig.note if together else "kinds counted together (党委、党总支共6个)"
                    )
                    if together and of_several_trades:
                        fig.sector = MIXED_SECTORS  # 执业律师、注册会计师、公证员共152人
            if (
                fig.metric
                and kind is MentionKind.COUNT
                and fig.rule not in ("restated", "compared_with")  # (近1900家（1893家）: the
                and _a_kind_in_an_aside(fig, st, ctx)  # same; 237家（3月底为229家）: then)
            ):
                fig.metric, fig.note = None, "a kind of what the count before the aside counts"
            if fig.metric and kind is MentionKind.COUNT and _a_kind_by_kind(fig, st, ctx):
                fig.metric, fig.note = None, "a kind in a breakdown by kind (按类型分，…)"
            if (
                fig.metric == "firms"
                and kind is MentionKind.COUNT
                and _covered_named_again(fig, st)
            ):
                fig.metric, fig.note = None, "the firms counted as covered, named again"
            if (
                fig.metric in _MEMBER_METRICS
                and fig.sector in ("legal", "notary", "accounting")
                and _among_all_staff(fig, st, ctx)
            ):
                # 全市律师事务所共有党员870名（含律师助理、行政人员）: not the lawyers' own
                fig.metric, fig.note = None, AMONG_ALL_STAFF
            if fig.metric == "industry_party_committees" and _a_kind_of_organizations(fig, st, ctx):
                fig.metric = "party_committees"  # 党组织486个，其中综合党委11个、党总支23个…
            if (
                fig.metric
                and kind is MentionKind.COUNT
                and _part_of_unpublished(fig, st, ctx)
                and not _the_lawyers_part(fig, st, ctx)  # (…党员870名，其中执业律师中的党员681名)
            ):
                fig.metric, fig.note = None, PART_OF_UNPUBLISHED
            if fig.metric == "party_members" and _members_of_the_kind_before(fig, st, ctx):
                fig.metric, fig.note = (
                    None,
                    "members of the kind just counted (公司律师154人，党员121人)",
                )
            if fig.metric and kind is MentionKind.COUNT and _subject_unread(fig, st, ctx):
                fig.metric, fig.note = None, "the list's subject, before its verb, was not read"
            if fig.metric and kind is MentionKind.COUNT and _item_of_a_picked_list(fig, st, ctx):
                fig.metric, fig.note = None, "an item of a list a relative clause picks out"
            if fig.metric == "party_member_share" and _share_of_a_kind_before(fig, st, ctx):
                fig.metric, fig.note = (
                    None,
                    "the share of a kind just counted (其中公职律师…，党员占比…)",
                )
            if fig.metric in _ORG_METRICS and _a_part_by_host(fig, st, ctx):
                fig.metric, fig.note = None, "a part by where it was set up (依托…组建…)"
            if fig.metric and kind is MentionKind.PERCENT and _rate_of_a_kind(fig, st, ctx):
                fig.metric, fig.note = (
                    None,
                    "the rate of a kind just counted (其中规模以上企业…、…覆盖率)",
                )
            if fig.metric in _AMONG_METRICS and _among_uncounted(fig, st, ctx):
                fig.metric, fig.note = None, "among a group the catalog does not count"
            if (
                fig.metric in AWARD_METRICS
                and ctx.proposals_titled
                and not _an_earlier_year_in(ctx.sentence_of(fig.number.start), ctx)
            ):
                fig.metric, fig.note = None, "proposed, not yet given (…拟表彰对象的公示)"
            if fig.metric and plans in PLANNING and not _dated_in_the_past(fig, st, ctx):
                fig.metric, fig.note = None, "target, plan or criterion (in a section of them)"
            obs = None
            if fig.metric:
                if _awarded_nationwide(fig, st, ctx):
                    fig.place = NATIONAL_PLACE  # 中央组织部、司法部表彰全国…先进基层党组织100个
                if fig.place is None:
                    # (杭州、宁波、温州三市…。三市党员律师分别为…: the places listed before)
                    fig.place = (
                        _scope_place(num.start, st, ctx)
                        if _has_scope(st.start, num.start, ctx)
                        or _places_together(num.start, st, ctx) is not None
                        else (
                            _respective_place(num.start, st, ctx)
                            or _place_line_above(num.start, ctx)
                            or topic
                            or ctx.default_place
                        )
                    )
                as_of: date | None
                if cell is not None and cell.year is not None:
                    as_of, basis = date(cell.year, 12, 31), AsOfBasis.EXPLICIT
                else:
                    as_of, basis = _date_of(fig, st, ctx, carried, carried_at == paragraph_start)
                    if (
                        ctx.awards_year
                        and fig.metric in AWARD_METRICS
                        and basis is not AsOfBasis.EXPLICIT
                        and (as_of is None or as_of.year != ctx.awards_year)
                    ):
                        # 关于表彰2023年度…的决定 (dated 2024): the awards are the year's
                        as_of, basis = date(ctx.awards_year, 12, 31), AsOfBasis.INFERRED
                # 2019年，… in a page of 2019-06-28: the year so far, no later than the page
                if as_of and doc.published and as_of.year == doc.published.year:
                    as_of = min(as_of, doc.published)
                fig.as_of, fig.basis = as_of, basis
                evidence = cell.evidence if cell else _as_written(text, s_start, s_end, put_in)
                if fig.qualifier is Qualifier.EXACT and _bound_restated_after(fig, ctx):
                    fig.qualifier = Qualifier.LOWER_BOUND  # 4.86万名（48600余名）: the 万 hid it
                obs = _observation(doc, fig, as_of, basis, evidence, cat)
                fact: tuple = (obs.sector, obs.metric, obs.value, obs.jurisdiction, obs.subgroup)
                dated = (*fact, as_of.year if as_of else None)
                year_cell = cell is not None and cell.year is not None
                if year_cell:
                    fact = dated  # 公证处 | 11 | 11 | 12: each year's, the same figure
                # a headline's figure stated again in the body: the body's (dated) one is kept;
                # 党员律师：214人 over a table's 2019年 column of 214: the same figure
                again = fact in seen and not (seen[fact] < headline_end <= num.start)
                # 党员律师由198名增加到259名 under a table of 2019 | 198, 2023 | 259: the
                # table's (dated) figures, stated again
                again = again or basis is not AsOfBasis.EXPLICIT and fact in seen_in_years
                # …党组织从96个增加到185个 over a table of 2012年 | 96: the text stated it first
                again = again or year_cell and fact[:-1] in seen_undated
                # 1.87万：全市执业律师人数 under 全市执业律师18734名 (the same year's): rounded
                again = again or _rounded_again(num, dated, seen_dated)
                # 联合组建594个…。…594个联合党组织共覆盖…: a figure of three digits or more
                # stated in another sentence, read again under another sector
                unsectored = dated[1:3] + dated[3:4] + dated[5:]
                first_said = seen_unsectored.get(unsectored)
                again = again or (
                    first_said is not None
                    and first_said != s_start
                    and obs.value >= RESTATED_MIN
                    and cat.unit_of(obs.metric) == "count"  # (100% is every sector's)
                    and fact not in seen
                )
                first = kept.get(fact)
                if (
                    again
                    and first is not None
                    and _dates_a_figure_stated_undated(first, as_of, basis, ctx.published)
                    and not year_cell
                ):
                    # 会员数：律师事务所48家 (an entry's field) over 截至2021年底，全区共有律师事务
                    # 所48家: the statement that dates the figure is kept
                    dated_later.add(first.observation_id)
                    again = False
                if again or dated in seen_dated and (year_cell or seen_dated[dated]):
                    fig.note, obs = "stated again", None
                else:
                    seen[fact] = num.start
                    kept[fact] = obs
                    seen_dated[dated] = year_cell
                    seen_unsectored.setdefault(unsectored, s_start)
                    if not year_cell and basis is not AsOfBasis.EXPLICIT:
                        seen_undated.add(fact)
                    if year_cell:
                        seen_in_years.add(dated[:-1])
                    observations.append(obs)
                    if fig.rule == "restated" or _puts_right(fig, st, ctx):
                        corrections.append(obs)
                    if _REVISED_TO_RE.search(text, max(s_start, num.start - 8), num.start):
                        revisions.append(obs)  # 由快报的14562人调整为14873人
                    observations += [_of_another_place(obs, p) for p in fig.each_of[1:]]
                    observations += [
                        _of_another_sector(obs, sector)
                        for sector in fig.each_sector
                        if sector != obs.sector
                    ]
                    all_firms = (obs.sector, "firms", obs.value, obs.jurisdiction, obs.subgroup)
                    if fig.counts_all and all_firms not in seen:
                        seen[all_firms] = num.start  # (the firms, stated here, also counted)
                        observations.append(_of_another_metric(obs, "firms"))
            raw_start, raw_end = doc.raw_span(num.start, num.end)
            mentions.append(
                Mention(
                    source_id=doc.source_id,
                    raw_start=raw_start,
                    raw_end=raw_end,
                    surface=doc.raw_text[raw_start:raw_end],
                    value=num.value,
                    kind=kind,
                    observation_id=obs.observation_id if obs else None,
                    note=f"{fig.metric}" if obs else (fig.note or None),
                )
            )
        # the date later sentences inherit: 截至2017年底 anywhere, or one year opening the
        # sentence (2021年，全省…; not a span: 2020年至2022年) that sets the time of what follows
        anchors = [
            m
            for m in sentence_marks
            # (党员律师：103名（2019年底为58名）: the aside's earlier level dates only itself)
            if not _dates_an_earlier_level_in_an_aside(m, s_end, text)
            and m.kind is MarkKind.ANCHOR
            or m.kind is MarkKind.PERIOD
            and (
                m.start == s_start
                or _SECTION_LABEL_RE.fullmatch(text, s_start, m.start)
                or _dates_the_list_after(m, s_end, text)
            )
            and text.count("年", m.start, m.end) == 1
            # 今年6月底，全区…。全区律所党组织183个: a year end or month end opening the sentence
            # (今年一季度，…开展“回头看”。全区63家…: or a part of the year, which ends in one)
            or m.kind is MarkKind.RELATIVE_YEAR
            and (
                # (答：去年底，全市…: after a speaker's turn too)
                (m.start == s_start or _SECTION_LABEL_RE.fullmatch(text, s_start, m.start))
                and (
                    text[m.end - 1 : m.end] in ("底", "末", "度") or text.endswith("半年", 0, m.end)
                )
                or _SECTION_LABEL_RE.fullmatch(text, s_start, m.start)
                and _a_past_year_opening(m, ctx)
            )
        ]
        # (一、总体目标 / 到2025年底，…: a section of plans dates nothing after it)
        if (
            anchors
            and plans not in PLANNING
            and not _looks_back(anchors[-1], carried, carried_at == paragraph_start, ctx)
        ):
            carried, carried_at = _latest_anchor(anchors, ctx), paragraph_start
            latest = next(
                (
                    m
                    for m in reversed(anchors)
                    if m.kind is MarkKind.ANCHOR or _dates_the_list_after(m, s_end, text)
                ),
                anchor,
            )
            anchor = (
                anchor
                if latest is not None and _before_the_anchor(latest, anchor, text)
                else latest
            )
        elif carried is not None and sentence_marks and _says_as_of_now(sentence_marks[0], text):
            carried, carried_at = sentence_marks[0], paragraph_start  # 截至目前，我市…: now again
        elif carried is not None and carried.kind is MarkKind.PERIOD and sentence_marks:
            # 2016年，全区党员律师不足30人。全区现有律所14家。全区律所建立党支部9个: the
            # text has come back to the present; what follows is not 2016's
            present = sentence_marks[0]
            if present.kind is MarkKind.RELATIVE and present.start - s_start <= PRESENT_LEAD_MAX:
                carried, carried_at = present, paragraph_start
        st.relevant = relevant
        previous = st
    observations, mentions = _unlink(dated_later, DATED_LATER, observations, mentions)
    observations, mentions = _drop_put_right(observations, mentions, corrections)
    observations, mentions = _drop_revised(observations, mentions, revisions)
    observations, mentions = _put_right_alone(observations, mentions, doc)
    observations, mentions = _drop_restated(observations, mentions, doc, headline_end)
    return Extraction(tuple(mentions), tuple(observations))


# ---------------------------------------------------------------------------
# tables written as text (text_tables finds them; the catalog says what a column counts)


@dataclass(frozen=True)
class TableCell:
    metric: str
    sector: str
    place: Place | None  # None: the place the figure's sentence gives (a card's)
    evidence: str  # the header and the row: what a reader checks the figure against
    year: int | None = None  # the column's year (项目 | 2020年 | 2021年): the end of it
    scale: int = 1  # 执业律师（万人） | 42.3: 423000
    qualifier: Qualifier | None = None  # a card's: 近9200名 · 3.2万+


_COLUMN_COUNT_TAILS = ("总数", "人数", "数量", "数", "合计", "总计")  # 律所数 · 党组织合计
_SCALED_UNIT_RE = re.compile(r"[（(]\s*([万亿千百])|单位[:：][^\n]*?([万亿千])")
TEN_THOUSAND = 10_000


def _unit_cell(row: tuple[Cell, ...], units: list[bool]) -> str:
    """The row's cell under the table's column of units (万人 · 家), or ""."""
    k = next((k for k, unit in enumerate(units) if unit), None)
    return row[k + 1].text if k is not None and k + 1 < len(row) else ""


def _scale_of(label: str) -> int | None:
    """What a table's figures are multiplied by, from a label or a unit line: 1, 10000 for 万
    (执业律师（万人）, 单位：万人), None for a unit we do not scale (亿, 千, 百: rare, and a
    misread one would publish figures off by a power of ten)."""
    unit = _SCALED_UNIT_RE.search(label)
    if unit is None:
        return 1
    if unit[2]:  # 单位：家、人、万元: a unit for each column; money's (万元) scales no count
        listed = _UNITS_LISTED_RE.split(label[unit.start() :].split("\n")[0].split("：")[-1])
        # (万元 · 万件: money's or cases' units, which scale no catalog count)
        scaled = [u for u in listed if u[:1] in "万亿千" and not u.endswith(("元", "件", "次"))]
        if len(listed) > 1 and not scaled:
            return 1
        if len(listed) > 1 and len(scaled) < len(listed):
            return None  # 单位：万人、家: which column is in 万? Not guessed
    return TEN_THOUSAND if (unit[1] or unit[2]) == "万" else None


_UNITS_LISTED_RE = re.compile(r"\s*[、，,；;/]\s*")


_SHARE_TAIL_RE = re.compile(r"(?:人数)?(?:占比|比例|比重)$")
# 建立党组织的单位 · 已建党组织单位数: the units of each row's kind that set one up
_COVERED_UNITS_COLUMN_RE = re.compile(r"(?:已|已经)?(?:建立|组建|成立|建)了?党组织的?单位数?")
_REGISTERED_COUNT_COLUMN_RE = re.compile(r"(?:登记|注册|备案)(?:数|数量|总数)")
_SET_UP_ONLY_RE = re.compile(r"(?:已经|已)?(?:建立|组建|成立|建有)了?")  # 已建立|党组织
_SHARE_COLUMN_RE = re.compile(rf"党员[\u4e00-\u9fff]{{0,5}}?{_SHARE_TAIL_RE.pattern}")
_TOTAL_ROW_RE = re.compile(r"全[省市区县盟州国](?:合计|总计)?|合计|总计")  # 全市合计 · 合计


def _column_metric(label: str, ctx: Context) -> tuple[str, str | None] | None:
    """What a column counts, from its label (律所数, 执业律师（人）, 党员占比), or None."""
    if _scale_of(label) is None:
        return None  # 律师事务所（亿元）: a unit we do not scale, never published
    if any(unit in label for unit in ctx.catalog.not_observation["person_times"]):
        return None  # 培训（人次）: person-times, not sessions
    unit = COLUMN_UNIT.search(label)
    label_unit = unit[0].strip("（()）") if unit else ""
    firms_counted = unit is not None and "家" in label[-4:]
    label = _without_part_label(COLUMN_UNIT.sub("", label))  # 其中：联合党支部
    if _SHARE_COLUMN_RE.search(label):
        if "占" in label and "党员" in label[label.index("占") :]:
            return None  # 优秀党员律师 | 占本市党员律师比例（%）: a share of the members
        owner = suffix_term(_SHARE_TAIL_RE.sub("", label), ctx.catalog)  # 党员公证员占比
        return "party_member_share", owner.sector if owner else None
    if label.endswith("覆盖率") and "工作" not in label:
        return "coverage_rate", _named_sector(label, ctx)  # 非公企业党组织覆盖率（%）
    for tail in _COLUMN_COUNT_TAILS:
        if label.endswith(tail) and suffix_term(label.removesuffix(tail), ctx.catalog):
            label = label.removesuffix(tail)
            break
    term = suffix_term(label, ctx.catalog)
    if term is None and _COVERED_UNITS_COLUMN_RE.fullmatch(label):
        return "firms_covered", _named_sector(label, ctx)  # 建立党组织的单位（家）: per row
    if term is None and firms_counted and _REGISTERED_COUNT_COLUMN_RE.fullmatch(label):
        return "firms", None  # 登记数（家）: the units of the rows' kind, registered
    if term is None:
        return None
    # 单位总数 | 已建立党组织 (under 单位：家): the units that set one up, as a column of 家 counts
    firms_counted = firms_counted or (
        term.metric in _ORG_METRICS
        and _SET_UP_ONLY_RE.fullmatch(label[: -len(term.term)]) is not None
        and not label_unit.endswith("个")
    )
    if firms_counted and term.metric in _ORG_METRICS:
        # 建立党组织（家）: the firms that set one up, counted in 家
        outcome = establishment_outcome(label, ctx.catalog)
        return (outcome, _named_sector(label, ctx)) if outcome else None
    term, prefix = with_members(term, label[: -len(term.term)], ctx.catalog)  # 党员注册会计师
    # 建立党组织企业数: the firms that set one up (企业 alone counts only those)
    outcome = establishment_outcome(prefix, ctx.catalog) if term.metric == "firms" else None
    if term.metric == "firms" and any(
        v in prefix for v in ctx.catalog.establishment["coverage_verbs"]
    ):
        outcome = "firms_covered"  # 覆盖非公企业（家）: the firms covered
    if outcome is None and term.covered_only:
        return None
    # (已建党组织的社会组织（个）: the clause that picks out those covered)
    # (表彰优秀党员律师（名）: those the place honoured; 优秀党员律师 alone may be a list's)
    honoured = prefix.startswith(tuple(ctx.catalog.award_verbs))
    if term.metric in AWARD_METRICS and not honoured or not outcome and not consume(prefix, ctx):
        return None
    return outcome or term.metric, term.sector or _named_sector(prefix, ctx)  # 律所党组织（个）


def _row_places(labels: list[str], ctx: Context, by_kind: bool = False) -> list[Place | None]:
    """The place each row is of: a name (兰州市, 城中区), or for a total row (合计, 全市合计)
    the place the named rows lie in (the text's own when they share none; ``by_kind``: the
    rows are kinds, 普通合伙所 | 个人所 | 合计, whose total is the text's place's). A name
    that is an everyday word too (城中区) counts only inside that place."""
    # (其中：南宁市 under 全区: a place's own row, a part of the whole's)
    found = [_whole_name(_without_part_label(label), ctx) for label in labels]
    plain = [
        choose(c, ctx.default_place) for c in found if c and c[0].name not in ctx.gaz.word_names
    ]
    whole = _common_parent(plain, ctx) if plain else None
    context = whole or ctx.default_place
    totals = [_TOTAL_ROW_RE.fullmatch(label) is not None for label in labels]
    # 科创大厦 | 富乐国际 | 合计: the total of rows that are no places is no place's figure
    # (沙头角街道 | 海山街道 | 合计: the streets' or towns' total is the text's place's)
    towns = all(
        t or label.endswith(_SUB_COUNTY_ROW_ENDS) for label, t in zip(labels, totals, strict=True)
    )
    of_places = len(plain) > 0 or not any(not t for t in totals) or towns or by_kind
    places: list[Place | None] = []
    for label, candidates, total in zip(labels, found, totals, strict=True):
        if total:
            places.append(context if of_places else None)
        elif not candidates or label in ctx.gaz.word_names and not _within(candidates, context):
            places.append(None)  # 其他 · 市直: no place the gazetteer knows
        else:
            places.append(choose(candidates, context))
    return places


_SUB_COUNTY_ROW_ENDS = ("街道", "镇", "乡")
# 组织形式 | 律所数 | …: a header over rows of kinds (普通合伙所, 个人所) and their total
_KINDS_HEADER_RE = re.compile(r"(?:组织|执业|所有制)?(?:形式|类别|类型|分类|性质|规模)")


def _whole_name(label: str, ctx: Context) -> tuple[Place, ...] | None:
    """The candidates of a label that is one place's name and nothing else."""
    hits = ctx.gaz.find(label, with_words=True)
    return hits[0][2] if hits and hits[0][:2] == (0, len(label)) else None


def _split_at_cells(numbers: list[Number], tables: list[TextTable], text: str) -> list[Number]:
    """The numbers, each within one cell of a table: 兰州市 11 142 71350 in a table whose
    cells one space parts holds 11 and 142, not 11 142 (a space between thousands)."""
    spans = sorted((cell.start, cell.end) for table in tables for row in table.rows for cell in row)
    if not spans:
        return numbers
    ends = [end for _, end in spans]
    out: list[Number] = []
    for number in numbers:
        k = bisect_right(ends, number.start)
        if k == len(ends) or ends[k] >= number.end:
            out.append(number)  # (within one cell, or in no table)
            continue
        for start, end in spans[k:]:
            if start >= number.end:
                break
            out += [
                replace(n, start=n.start + start, end=n.end + start)
                for n in find_numbers(text[start:end])
                if n.start + start < number.end
            ]
    return out


_BRANCH_OFFICES_CORNER_RE = re.compile(r"(?:分所|分支机构|分公司|办事处|办公室)(?:名称)?")


def table_cells(tables: list[TextTable], ctx: Context) -> dict[int, TableCell]:
    """The figures of the text's tables that the catalog can read, by their offset.

    A row is a place (市州 | 律所数 | 律师数), or, under a header of years
    (项目 | 2020年 | 2021年), a figure of the text's place at the end of each year."""
    found: dict[int, TableCell] = {}
    for table in tables:
        if _BRANCH_OFFICES_CORNER_RE.fullmatch(table.header[0].text):
            continue  # 分所 | 律师（人） | 党员（人）: one firm's offices, no place's figures
        above = ctx.text[max(0, table.header[0].start - 80) : table.header[0].start]
        table_scale = _scale_of("\n".join(above.split("\n")[-3:]))  # 单位：万人 over it
        if table_scale is None:
            continue
        if _ONE_UNITS_CAPTION_RE.search("\n".join(above.split("\n")[-3:])):
            continue  # 表1 本处近三年业务及人员情况: one office's own figures
        years = [_YEAR_COLUMN_RE.fullmatch(c.text) for c in table.header[1:]]
        # 2014年底律师事务所 (a year over its columns, in a header of two rows made one)
        column_years = [
            int(m[1]) if (m := _YEAR_COLUMN_RE.match(c.text)) and m.end() < len(c.text) else None
            for c in table.header[1:]
        ]
        # (表1 2012年长沙市法律服务行业党建基本情况: the year a caption gives the whole table)
        noted_year = _year_noted_under(table, ctx) or _caption_year(table, above, ctx)
        # 指标 | 2022年 | 2023年 | 增减（%）: years, then the change between them (or a
        # target: 2027年目标)
        # 项目 | 数量 | 比上年增减 · 项目 | 单位 | 2016年 | 2015年 | 增减: one column of the
        # figures as they stand (dated by the words around the table), a column of units
        values = [_VALUE_COLUMN_RE.fullmatch(c.text) is not None for c in table.header[1:]]
        units = [_UNIT_COLUMN_RE.fullmatch(c.text) is not None for c in table.header[1:]]
        # (类型 | 数量（个） | 占比（%）: beside the one column of figures, each row's share of
        # their whole, no catalog figure)
        shares = [_PARTS_SHARE_COLUMN_RE.fullmatch(c.text) is not None for c in table.header[1:]]
        one_value = sum(values) == 1
        by_year = (
            (sum(map(bool, years)) >= 2 or one_value)
            and all(
                y
                or v
                or u
                or one_value
                and share
                or _CHANGE_COLUMN_RE.search(c.text)  # (2023年比2022年增减: a change too)
                or ctx.vocab.plan_re.search(c.text)
                or _INDICATOR_TARGET_RE.fullmatch(c.text)  # (指标名称 | 指标值 | 完成值)
                for y, v, u, share, c in zip(
                    years, values, units, shares, table.header[1:], strict=True
                )
            )
        )
        read_columns = [bool(y) or v for y, v in zip(years, values, strict=True)]
        # 表 全国律师队伍…发展情况: the place a caption names, for a table of the years
        own_place = _caption_place(above, ctx) or ctx.default_place
        # 项目 | 非公有制企业 | 社会组织: a sector in each column, the rows' labels its figures
        caption = _caption_line(above)
        caption_term = _caption_term(caption, ctx)
        columns = _without_subtype_columns(
            [
                _sector_column(c.text, caption_term, ctx) or _column_metric(c.text, ctx)
                for c in table.header[1:]
            ],
            table.header[1:],
        )
        sectors = [
            ctx.vocab.sector_of.get(c.text) for c in table.header[1:]
        ]  # each label a sector's name
        by_sector = all(sectors) and not by_year
        # 项目 | 淇滨区 | 山城区 | 合计 over rows 律师事务所 | 执业律师: a place in each column,
        # the rows' labels its figures (at the caption's or the notes' date)
        column_places = None if by_year or by_sector else _column_places(table.header[1:], ctx)
        # 类别 | 党员（名） | 党组织（个） over rows 非公企业 | 社会组织: a sector in each row
        row_sectors = None if by_year or by_sector or column_places else _sector_rows(table, ctx)
        if row_sectors is not None:  # 单位数 · 机构数（家）: the units of each row's sector
            labels = table.header[1:]
            columns = [c or _units_column(h.text) for c, h in zip(columns, labels, strict=True)]
        # 非公企业数 | 组织覆盖率: a column that names no sector is of the one the others name
        named = {c[1] for c in columns if c is not None and c[1] is not None}
        own_sector = named.pop() if len(named) == 1 else None
        if own_sector is None and by_year:
            # 律师事务所 | 党组织覆盖律所 | 组织覆盖率: a row that names no sector is of the
            # one the other rows name
            rows_named = {
                read[1] for row in table.rows if (read := _column_metric(row[0].text, ctx))
            }
            rows_named.discard(None)
            own_sector = rows_named.pop() if len(rows_named) == 1 else None
        header = "  ".join(c.text for c in table.header)
        by_kind = _KINDS_HEADER_RE.fullmatch(table.header[0].text) is not None
        places = _row_places([row[0].text for row in table.rows], ctx, by_kind)
        if not by_year and (of_caption := _years_of_a_caption_term(table, above, ctx)):
            # 表1 …各区县党员律师人数变化 over 区县 | 2020年底（人） | 2023年底（人）: each
            # row's figure of the caption's term at the end of each year
            term, column_years = of_caption
            sector = term.sector or ctx.title_sector or _sector_near(table.header[0].start, ctx)
            for row, row_place in zip(table.rows, places, strict=True):
                evidence = f"{header} | {'  '.join(c.text for c in row)}"
                for cell, year in zip(row[1:], column_years, strict=False):
                    if year and row_place and sector and NUMERIC_CELL.fullmatch(cell.text):
                        found[cell.start] = TableCell(
                            term.metric, sector, row_place, evidence, year
                        )
            continue
        read_rows: set[tuple[str, str | None]] = set()
        for n, (row, row_place) in enumerate(zip(table.rows, places, strict=True)):
            # 年份 | 律师事务所（家） | … over 2019 · 2020年6月底
            row_year = _YEAR_COLUMN_RE.fullmatch(row[0].text)
            scales = [table_scale * (_scale_of(c.text) or 1) for c in table.header[1:]]
            cell_places: list[Place | None] | None = None
            labelled = bool(
                by_year or by_sector or column_places
            )  # (its label says what it counts)
            row_read = _column_metric(row[0].text, ctx) if labelled else None
            if row_read in read_rows and row[0].text.startswith("其中"):
                continue  # 社会组织 … over 其中：行业协会商会: a kind of the row above
            if row_read:
                read_rows.add(row_read)
            if column_places:
                place, cell_places = ctx.default_place, column_places
                metrics = [row_read] * len(column_places)
                scales = [table_scale * (_scale_of(row[0].text) or 1)] * len(column_places)
            elif by_year or by_sector:
                place = own_place if by_year else ctx.default_place
                # (单位总数 | 12480 | 1126 under sectors' columns: the units of each)
                row_metric = row_read or (_units_column(row[0].text) if by_sector else None)
                metrics = [row_metric if read or by_sector else None for read in read_columns]
                # (律师人数 | 万人 | 15.6: the row's unit, in a column of units)
                unit_scale = _scale_of(f"（{_unit_cell(row, units)}）")
                if unit_scale is None:
                    continue  # (亿元 · 千人: a unit we do not scale)
                scales = [table_scale * (_scale_of(row[0].text) or 1) * unit_scale] * len(years)
                if by_sector:
                    metrics = [
                        (m[0], s) if m else None for m, s in zip(metrics, sectors, strict=True)
                    ]
            elif row_sectors is not None:
                if row_sectors[n] is None:
                    continue  # 合计: the sectors' sum, of no one sector
                place = ctx.default_place
                metrics = [(m[0], row_sectors[n]) if m else None for m in columns]
            else:
                # (a row of no name: the one row of figures under the labels, the text's own)
                unnamed = not row[0].text
                place, metrics = own_place if row_year or unnamed else row_place, columns
            if place is None:
                continue
            evidence = f"{header} | {'  '.join(c.text for c in row)}"
            for k, (cell, column) in enumerate(zip(row[1:], metrics, strict=True)):
                if column is None or not NUMERIC_CELL.fullmatch(cell.text):
                    continue
                cell_place = cell_places[k] if cell_places else place
                if cell_place is None:
                    continue
                metric, sector = column
                if cell.text.endswith("%") and ctx.catalog.unit_of(metric) != "percent":
                    continue  # a percent under a count's label: a column we misread
                sector = (
                    sector
                    or own_sector
                    or one_sector_named(caption, ctx.catalog)  # 部分县区非公企业党建情况 over it
                    or ctx.title_sector
                    or _sector_near(table.header[0].start, ctx)
                )
                label = years[k] if by_year else None
                year = int(label[1]) if label else column_years[k]
                year = int(row_year[1]) if row_year else year or noted_year
                if sector is not None:
                    found[cell.start] = TableCell(
                        metric, sector, cell_place, evidence, year, scales[k]
                    )
    return found


# 表1 本处近三年业务及人员情况: a table of the writer's own office or firm
_ONE_UNITS_CAPTION_RE = re.compile(r"(?:本|我|该)(?:处|所|会|公司|中心)(?!有|属)")


def _column_places(labels: tuple[Cell, ...], ctx: Context) -> list[Place | None] | None:
    """The place of each column when every label is one (淇滨区 | 山城区 | 合计: the total's is
    the places' whole), at least two named; else None."""
    places = _row_places([c.text for c in labels], ctx)
    named = sum(1 for c in labels if not _TOTAL_ROW_RE.fullmatch(c.text))
    return places if named >= 2 and all(places) else None


_CHANGE_COLUMN_RE = re.compile(r"增减|增长|增幅|增加|增量|净增|同比|变化|比上年")
_VALUE_COLUMN_RE = re.compile(
    r"(?:数量|数值|数据|总数|总量|人数|数目|完成值|实际完成值?|实际值)(?:[（(][^）)]{1,6}[）)])?"
)

_UNIT_COLUMN_RE = re.compile(r"(?:计量)?单位")
# (占事务所总数: the share of the whole a part is)
_PARTS_SHARE_COLUMN_RE = re.compile(
    r"(?:占比|比例|比重|构成|占[\u4e00-\u9fff]{0,6}?(?:总数|总量|比重|比例))(?:[（(]%[）)])?"
)
# a column of one year's figures: 2018 · 2022年底 · 2022年6月 (group 1: the year)
_YEAR_COLUMN_RE = re.compile(r"((?:19|20)\d{2})(?:年?(?:底|末)?|年\d{1,2}月(?:底|末)?)")
_NOTE_LINE_RE = re.compile(r"[ \t\u3000]*(?:注|说明|备注)[：:]")


def _year_noted_under(table: TextTable, ctx: Context) -> int | None:
    """注：…数据截至2012年12月31日 under a table: the year its figures stand at."""
    end = table.rows[-1][-1].end if table.rows else table.header[-1].end
    line_start = ctx.text.find("\n", end) + 1
    if not line_start or not _NOTE_LINE_RE.match(ctx.text, line_start):
        return None
    line_end = ctx.text.find("\n", line_start)
    line_end = len(ctx.text) if line_end < 0 else line_end
    anchors = [
        m.when
        for m in ctx.marks_in(line_start, line_end)
        if m.kind is MarkKind.ANCHOR and m.when is not None
    ]
    return anchors[-1].year if len(anchors) == 1 else None


def card_cells(doc: Document, ctx: Context) -> dict[int, TableCell]:
    """The figures of the text's cards (an infographic's 2860家 over 律师事务所) whose label
    the catalog reads as a column's, by their offset; a group of cards only when two thirds
    of its labels read (more unread: the lines were paired some other way). Cards are found
    in the raw text, where blank lines still part them."""
    found: dict[int, TableCell] = {}
    for group in find_cards(doc.raw_text):
        read = [_read_card(card, doc, ctx) for card in group]
        # (a label the catalog does not read, 示范点 among them, leaves the others standing)
        if 3 * sum(map(bool, read)) >= 2 * len(read):
            found |= dict(filter(None, read))
    return found


_CARD_UNIT_RE = re.compile(r"[万亿]?[余多]?([家个名人户位%]?)[余多]?(\+?)$")


def _read_card(card: Card, doc: Document, ctx: Context) -> tuple[int, TableCell] | None:
    """A card's figure, where it stands in the working text, and what its label says it counts."""
    figure_at = bisect_left(doc.origin, card.figure.start)
    label_at, label_end = (bisect_left(doc.origin, k) for k in (card.label.start, card.label.end))
    label = ctx.text[label_at:label_end]
    figure = ctx.text[figure_at : bisect_left(doc.origin, card.figure.end)]
    digit = NUMERAL_START_RE.search(figure)
    unit = _CARD_UNIT_RE.search(figure)
    if digit is None or unit is None or YEAR_LABEL.fullmatch(figure):
        return None
    classifier = unit[1]
    if not classifier and label_at > figure_at and ctx.catalog.classifier_group(label[:1]):
        classifier, label = label[0], label[1:]  # 186 over 家公证机构: the label opens with it
    # (128家 | 事务所单独建立党支部: the firms that did, as under a column of 家)
    column = _column_metric(f"{label}（{classifier}）" if classifier else label, ctx)
    if card.share:
        # (党员律师 over 6230名 ➜ 占全市律师总数33.5%: the members' share; no other count's)
        if column is None or column[0] != "party_members":
            return None
        column = ("party_member_share", column[1])
    if column is None:
        return None
    rest, qualifier = strip_before(figure[: digit.start()], ctx.catalog)
    metric, sector = column
    percent = ctx.catalog.unit_of(metric) == "percent"
    group = ctx.catalog.classifier_group(classifier) if classifier not in ("", "%") else None
    if rest or percent != (classifier == "%") or group not in (None, _needs(metric, ctx)):
        return None  # (1104个 over 党员律师: not what the label counts)
    if unit[2]:
        qualifier = Qualifier.LOWER_BOUND  # 3.2万+: more than
    line_start = ctx.text.rfind("\n", 0, min(figure_at, label_at)) + 1
    sector = (
        sector
        or _heading_sector(line_start, ctx)  # 一、非公有制企业 over 党组织总数（个）  726
        or _sector_near(label_at, ctx)
        or ctx.title_sector
    )
    hits = ctx.places_in(label_at, label_end)
    place = choose(hits[-1][2], ctx.default_place) if hits else None
    if sector is None:
        return None
    figure_end = figure_at + len(figure)
    evidence = ctx.text[min(figure_at, label_at) : max(figure_end, label_end)]  # as printed
    cell = TableCell(metric, sector, place, evidence, card.year, 1, qualifier)
    return figure_at + digit.start(), cell


def _needs(metric: str, ctx: Context) -> str | None:
    """The classifier group a count of ``metric`` carries (units for firms, people for 律师;
    units for the firms that set one up, which no term names alone)."""
    if metric in _FIRM_OUTCOMES:
        return "units"
    return next((t.needs for t in ctx.vocab.terms.values() if t.metric == metric), None)


def _years_of_a_caption_term(
    table: TextTable, above: str, ctx: Context
) -> tuple[Term, list[int | None]] | None:
    """A header of years (2020年底（人） · 2023年底), maybe with a change column, under a
    caption that names one catalog term of the unit the columns give (…党员律师人数变化):
    the term and each column's year (None for the change's)."""
    caption = _caption_line(above)
    years: list[int | None] = []
    units = set()
    for cell in table.header[1:]:
        unit = COLUMN_UNIT.search(cell.text)
        year = YEAR_LABEL.fullmatch(cell.text[: unit.start()] if unit else cell.text)
        if year is None and not _CHANGE_COLUMN_RE.match(cell.text):
            return None
        years.append(int(year[1]) if year else None)
        if year and unit:
            units.add(unit[0].strip("（()）"))
    term = _caption_term(caption, ctx)
    if sum(y is not None for y in years) < 2 or term is None:
        return None
    if any(ctx.catalog.classifier_group(u) != term.needs for u in units):
        return None  # (a unit of something else: 律所数 under a caption about members)
    return term, years


def _caption_term(caption: str, ctx: Context) -> Term | None:
    """The one catalog term a table's caption names (…党员律师人数变化 · …党组织数), if one;
    a term right before another modifies it (“两新”组织|党组织数: the organizations')."""
    found: list[tuple[int, int, Term]] = []
    i = 0
    while i < len(caption):
        word = ctx.vocab.term_lex.longest_at(caption, i)
        if word:
            found.append((i, i + len(word), ctx.vocab.terms[word]))
        i += len(word) if word else 1
    starts = {start for start, _, _ in found}
    heads = [(end, term) for _, end, term in found if end not in starts]
    if len({term for _, term in heads}) != 1:
        return None
    end, term = heads[-1]
    # (…党组织数（2016年底） · …党员律师人数变化, not …党组织覆盖情况: coverage, no count)
    return term if _CAPTION_TAIL_RE.match(caption, end) else None


# what may follow a caption's term: a count's word, a change, its date in brackets, the end
_CAPTION_TAIL_RE = re.compile(r"(?:人数|总数|数量|数)?(?:统计|变化)?\s*(?:[（(]|$)")


def _sector_column(label: str, term: Term | None, ctx: Context) -> tuple[str, str | None] | None:
    """非公企业（个） under a caption of 党组织数: the caption's term, of the sector the column
    names (not the sector's units), when the column's unit is the term's."""
    unit = COLUMN_UNIT.search(label)
    sector = ctx.vocab.sector_of.get(label[: unit.start()] if unit else label)
    if term is None or sector is None or term.sector is not None:
        return None
    fits = unit is None or ctx.catalog.classifier_group(unit[0].strip("（()）")) == term.needs
    return (term.metric, sector) if fits else None


def _caption_line(above: str) -> str:
    """The last line with words in the text right over a table: its caption, if it has one."""
    lines = [line for line in above.split("\n") if line.strip()]
    return lines[-1] if lines else ""


def _caption_year(table: TextTable, above: str, ctx: Context) -> int | None:
    """The one year whose end the caption line right over a table dates it by (not a span's;
    not 截至2024年6月底, which the caption's date mark gives the cells itself)."""
    caption = _caption_line(above)
    if not caption:
        return None
    start = table.header[0].start - len(above) + above.rindex(caption)
    marks = [
        m for m in ctx.marks_in(start, start + len(caption)) if m.kind is not MarkKind.COMPARISON
    ]
    when = marks[0].when if len(marks) == 1 and marks[0].since is None else None
    return when.year if when is not None and (when.month, when.day) == (12, 31) else None


def _caption_place(above: str, ctx: Context) -> Place | None:
    """The one place (or 全国) the caption line right over a table names, if any."""
    caption = _caption_line(above)
    if "全国" in caption:
        return NATIONAL_PLACE
    hits = ctx.gaz.find(caption)
    return choose(hits[0][2], ctx.default_place) if len(hits) == 1 else None


# 单位数 · 机构数（家） · 机构（家） · 数量（家）: the units of each row's sector counted
_UNITS_COLUMN_RE = re.compile(
    r"(?:(?:单位|机构|企业|组织)(?:数|数量|总数)|(?:单位|机构)(?=[（(]))(?:[（(][^）)]{1,3}[)）])?"
    r"|(?:数量|总数)[（(][家个][)）]"
)


def _units_column(label: str) -> tuple[str, str | None] | None:
    """单位数 · 机构数（家）: a column counting the units of each row's sector; 执业人数（人）:
    its practitioners."""
    if _UNITS_COLUMN_RE.fullmatch(label):
        return "firms", None
    return ("practitioners", None) if _PRACTISING_COLUMN_RE.fullmatch(label) else None


_PRACTISING_COLUMN_RE = re.compile(r"执业人(?:数|员数?)(?:[（(]人[)）])?")


MIXED_SECTORS = "other"  # 两新组织: non-public enterprises and social organizations together


def _sector_rows(table: TextTable, ctx: Context) -> list[str | None] | None:
    """Each row's sector when every row names one (非公有制企业, 公证机构) or is their total
    (None for 合计), else None."""
    labels = [row[0].text for row in table.rows]
    if any(_one_named_unit(x, ctx) for x in labels):
        return None  # 江苏沭峰律师事务所 | 31 | 14: one firm a row, no sector's figures
    # (其中：温州高新技术产业园区: one named park's part, no sector's figure: skipped as a total is)
    # (较2015年增长 | 5.4% | …: a row of changes under the sectors' rows, no sector's figures)
    changes = [_CHANGE_ROW_RE.search(x) is not None for x in labels]
    skipped = [
        _TOTAL_ROW_RE.fullmatch(x) is not None or _one_named_park(x, ctx) or change
        for x, change in zip(labels, changes, strict=True)
    ]
    sectors = [
        None if skip else _named_sector(x, ctx) for x, skip in zip(labels, skipped, strict=True)
    ]
    totals = sum(skipped)
    named = [x for x in sectors if x is not None]
    if len(set(named)) >= 2:
        # 非公企业 | 社会组织 | (律师事务所 |) 合计: the total of several sectors is of none
        # alone: the 两新 organizations', the catalog's other
        sectors = [x or MIXED_SECTORS for x in sectors]
    # (专职律师 | 公职律师 | 公司律师 …: kinds of one sector's people, no sectors)
    several = len(set(named)) >= 2 or not any(changes)
    return sectors if named and several and len(named) + totals == len(labels) else None


_CHANGE_ROW_RE = re.compile(r"增长|增减|增加|变化|同比|比上年|较上年")


def _one_named_park(label: str, ctx: Context) -> bool:
    """其中：温州高新技术产业园区 · 科创大厦: a label naming one park or building."""
    park = _NAMED_PARK_RE.search(label)
    return park is not None and not consume(_without_part_label(park[1]), ctx)


def _without_part_label(label: str) -> str:
    """A row's label without the 其中： that makes it a part (其中：南宁市 -> 南宁市)."""
    return label.removeprefix("其中").lstrip("：:")


def _one_named_unit(label: str, ctx: Context) -> bool:
    """江苏沭峰律师事务所 · 市第一公证处: a label that names one unit, its name more than places,
    scope words and modifiers (not 律师事务所, 全市律师事务所)."""
    ending = next((e for e in ctx.catalog.unit_name_endings if label.endswith(e)), None)
    name = label[: -len(ending)] if ending else ""
    return bool(name) and not consume(name, ctx)


def _read_cell(fig: Figure, cell: TableCell, cat: Catalog) -> MentionKind:
    fig.metric, fig.sector, fig.place, fig.rule = cell.metric, cell.sector, cell.place, "table"
    if cell.qualifier is not None:
        fig.qualifier = cell.qualifier
    percent = cat.unit_of(cell.metric) == "percent"
    if cell.scale != 1 and not percent:  # (a share column under 单位：万人 is in percent)
        fig.number = replace(fig.number, value=round(fig.number.value * cell.scale, 6))
    return MentionKind.PERCENT if percent else MentionKind.COUNT


# the nation's bodies that award: what they award, with no place named, is nationwide
_NATIONAL_AWARDER_RE = re.compile(
    r"中央组织部|中组部|司法部|财政部|全国律协|中华全国律师协会|全国律师行业党委|中国注册会计师协会"
    r"|中注协|中国公证协会|中央社会工作部|党中央"
)


def _awarded_nationwide(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """An award a national body gave (表彰全国…先进基层党组织100个), no place named before it."""
    hits = ctx.places_in(st.start, fig.number.start)
    # (湖南法治报讯…，全国律师行业党委…授予100个…: a paper's name holds no place)
    hits = [h for h in hits if not ctx.vocab.institution_re.match(ctx.text, h[1])]
    if fig.metric not in AWARD_METRICS or any(c[0] != NATIONAL_PLACE for _, _, c in hits):
        return False  # (全国 in the award's name is no place of its own)
    before = ctx.text[st.start : fig.number.start]
    local = [w for level, ws in ctx.catalog.scope_words.items() if level != "national" for w in ws]
    return _NATIONAL_AWARDER_RE.search(before) is not None and not any(w in before for w in local)


def _own_short_names(
    default: Place | None, levels: dict[str, Place | None]
) -> list[tuple[str, Place]]:
    """The short names of the text's own county-level places (晋江 for 泉州市晋江市)."""
    own = {default, levels.get("county"), levels.get("district")}
    return [
        (short, p)
        for p in own
        if p is not None
        and p.level is Level.COUNTY
        and (short := county_short_name(p.name)) is not None
    ]


def _short_names_of_named_counties(
    text: str, hits: PlaceHits, gaz: Gazetteer
) -> list[tuple[str, Place]]:
    """The short names of the county-level places the text names in full, one place each
    (昆山 of 昆山市; not 和平 of 和平区: an everyday word)."""
    named = {
        cands[0]
        for s, e, cands in hits
        if len(cands) == 1 and cands[0].level is Level.COUNTY and text[s:e] == cands[0].name
    }
    shorts = [
        (short, p)
        for p in named
        if (short := county_short_name(p.name)) is not None and short not in gaz.word_names
    ]
    # (南昌市西湖区 … 杭州市西湖区: a short name two of them share names neither)
    once = Counter(short for short, _ in shorts)
    return [(short, p) for short, p in shorts if once[short] == 1]


def _opens_a_clause(text: str, at: int) -> bool:
    """``at`` opens a clause (昆山共有… after ，), not a name's inside (河南牧野律师事务所)."""
    return at == 0 or text[at - 1] in CLAUSE_END or text[at - 1] in ("在", "据", "而", "\n")


def _short_name_hits(text: str, short_names: list[tuple[str, Place]]) -> PlaceHits:
    """Where the text names a county-level place by its short name (霍邱共有…)."""
    return sorted(
        (m.start(), m.end(), (place,))
        for short, place in short_names
        for m in re.finditer(short, text)
    )


# 【概况】2019年，…: a yearbook's label · 陈立群：去年，…: a speaker's turn
# (【律师行业】2021年，… · 据统计，2018年全区…: a label or a source's lead-in, then the year)
_SECTION_LABEL_RE = re.compile(
    r"\s*(?:【[^】]{1,8}】|[\u4e00-\u9fff]{2,4}[：:]|[答问][：:]|(?:据统计|统计显示|数据显示|据了解)[，,])?\s*"
)


def _a_past_year_opening(mark: DateMark, ctx: Context) -> bool:
    """去年，… · 前年，…: a year before the page's, opening its sentence as 2020年，… does."""
    when = _resolve_in(mark, [], ctx)
    return (
        ctx.text[mark.end - 1 : mark.end + 1] in ("年，", "年,")
        and when is not None
        and ctx.published is not None
        and when.year < ctx.published.year
    )


def _looks_back(
    mark: DateMark, carried: DateMark | None, same_paragraph: bool, ctx: Context
) -> bool:
    """截至2022年底，…。2017年底，全市党员律师仅为85名。全市…共建立党组织31个: a sentence
    dated before the time its paragraph set looks back; what follows it is of that time
    (到去年底 too, resolved against the publication date)."""
    if not same_paragraph or carried is None or carried.kind is not MarkKind.ANCHOR:
        return False  # (2021年6月，召开…。截至2020年底: no look back)
    then = carried.when or _resolve_in(carried, [], ctx)
    return then is not None and mark.when is not None and mark.when < then


def _latest_anchor(anchors: list[DateMark], ctx: Context) -> DateMark:
    """The sentence's last anchor, unless it looks back from one before it (到去年底，…，而
    2017年底这一数字为…): then the latest in time. Any undated one: the last."""
    # (2015年2月，记者从省司法厅获悉，截至2014年底，…: when it was reported dates nothing)
    told = [m for m in anchors if not _REPORTED_AT_RE.match(ctx.text, m.end)]
    anchors = told or anchors
    dates = [m.when or _resolve_in(m, [], ctx) for m in anchors]
    if len(anchors) < 2 or None in dates:
        return anchors[-1]
    latest = max(d for d in dates if d is not None)
    return next(m for m, d in zip(reversed(anchors), reversed(dates), strict=True) if d == latest)


_REPORTED_AT_RE = re.compile(
    r"[，,]?\s*(?:记者|笔者)?[^，,。；;\d]{0,16}?(?:获悉|了解到|获知|得知)"
)
PRESENT_LEAD_MAX = 6  # characters before 现有/目前 that still open a sentence (全区现有)
AS_OF_NOW = ("截至目前", "截止目前")


def _says_as_of_now(mark: DateMark, text: str) -> bool:
    """截至目前 sets the time of what follows to now, over any 截至2023年底 set before it."""
    return mark.kind is MarkKind.RELATIVE and text[mark.start : mark.end] in AS_OF_NOW


HEADLINE_MAX = 40  # characters: a longer first line is a sentence, not a headline
RAW_HEAD_CHARS = 600  # where a page prints its source and byline lines
# 记者走访了位于江汉区的一家律所: a story's sentence of what the reporter did, no byline
_REPORTER_NARRATES_RE = re.compile(r"记者(?:走访|了解|获悉|从|在|看到|注意到|采访|来到|发现|随)")
# 宁夏回族自治区司法厅      — 2 —: a PDF's running head, the issuing body beside a page's number
_RUNNING_HEAD_BODY_RE = re.compile(
    r"\s*\S{2,20}?(?:司法厅|司法局|律师协会|组织部|两新工委|社会工作部)[ \t\u3000]+[—－-]\s*\d{1,3}\s*[—－-]\s*$"
)
BYLINE_WORDS = (
    "来源",
    "来自",
    "作者",
    "编辑",
    "发布",
    "供稿",
    "通讯员",
    "记者",
    "原创",
    "公众号",
    "转自",
    "出处",
)
# 二、2024年工作计划 · 第三部分: a section heading, numbered
PLANNING = ("section", "list")  # what _section_plans says of a paragraph of plans


def _dated_in_the_past(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """四、下一步打算 / 据…统计，2022年底保定全市共有律师事务所118家，…: a figure its sentence
    dates before publication, with no plan word before it, is a fact among the plans."""
    if ctx.published is None or ctx.vocab.plan_re.search(ctx.text, st.start, fig.number.start):
        return False
    return any(
        m.kind in (MarkKind.ANCHOR, MarkKind.PERIOD)
        and m.when is not None
        and m.when < ctx.published
        for m in ctx.marks_in(st.start, fig.number.start)
    )


_SECTION_HEADING_RE = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)"
)


def _section_plans(text: str, start: int, vocab: Vocabulary, plans: str) -> str:
    """Whether the section a paragraph is in lays out plans ("section", or "list": the items
    under a line that leads into plans), else "". A numbered heading sets it (二、2024年
    工作计划: yes; 三、存在的问题: no); a short sub-heading or a line ending in a colon
    that names plans (（四）2020年工作计划 · 2018年工作打算：) opens a list of them, which
    ends at the first paragraph that is no item of a list; any other paragraph keeps it.
    "lead": a paragraph of its own figures that ends leading into a list of plans (…重点
    抓好以下工作。), whose items follow."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    plans = "list" if plans == "lead" else plans
    if line.lstrip(" \t\u3000").startswith(("附：", "附:")):
        return ""  # (附：…协会数据显示，截至2023年底，…: an appendix of facts, after the plans)
    # (四、2024年工作打算。推动…: a numbered heading running into its sentences, named by
    # its words up to the stop)
    head = line.split("。", 1)[0] if _SECTION_HEADING_RE.match(line) else line
    names_plans = (
        len(head) <= HEADLINE_MAX
        and vocab.plan_section_re.search(head) is not None
        and _RESULTS_HEADING_RE.search(head) is None  # (二、绩效目标及完成情况: results)
    )
    if _SECTION_HEADING_RE.match(line):
        if plans == "list" and _HEADING_RUNS_ON_RE.match(line):
            # (…重点抓好以下工作。/ 一、持续扩大组织覆盖。年内新建…: an item the lead lists)
            return "list"
        # (【本期要目】 / 一、… / 四、下步工作安排: a list of contents, no section of plans)
        return "section" if names_plans and not _in_contents(text, start) else ""
    lead_in = line.rstrip().endswith(("：", ":")) and len(line) <= HEADLINE_MAX
    lead_in = lead_in and not _SENTENCE_INSIDE_RE.search(line)
    # (（三）抓示范引领。命名…示范点5个，安排…: a sub-heading running into its sentences)
    sub_heading = _SUB_HEADING_RE.match(line) and not _CLAUSE_INSIDE_RE.search(line)
    if names_plans and sub_heading or lead_in and (names_plans or vocab.plan_re.search(line)):
        return "list"  # (2023年，市律协将重点抓好以下工作：: a lead into what is to be done)
    lead = _LEADS_INTO_PLANS_RE.search(line)
    # (今年以来，金水区重点抓好以下工作：: what was done, told as a list)
    if lead and not _LOOKS_BACK_RE.search(line, line.rfind("。", 0, lead.start()) + 1):
        # (…截至2023年底，全国执业律师已达73.16万多人。…重点抓好以下工作。: a paragraph of
        # its own words, then the list it leads into)
        return "lead"
    if plans == "list" and not _LIST_ITEM_RE.match(line):
        return ""
    return plans


def _in_contents(text: str, start: int) -> bool:
    """The heading at ``start`` follows another heading or a contents label right above it:
    an entry of a list of contents."""
    above = text[: start - 1].rstrip().rsplit("\n", 1)[-1].strip()
    return (
        _SECTION_HEADING_RE.match(above) is not None or _CONTENTS_LABEL_RE.search(above) is not None
    )


_CONTENTS_LABEL_RE = re.compile(r"目录|要目|导读")
# 重点抓好以下工作。 · 主要工作安排如下： · 重点任务如下：: a paragraph ending in a lead into
# what is to be done (not 主要做了以下工作：: what was done)
_LEADS_INTO_PLANS_RE = re.compile(
    r"(?:抓好|做好|安排|部署|任务)(?:以下|如下)[^。；;：:，,]{0,8}[。：:]\s*$"
)
_LOOKS_BACK_RE = re.compile(r"以来|年来|过去|去年|上年|回顾")
# 一、持续扩大组织覆盖。年内新建…: a numbered heading running into the sentences of its item
_HEADING_RUNS_ON_RE = re.compile(r"[^。；;！？\n]{1,30}[。；;][^\n]+")
_RESULTS_HEADING_RE = re.compile(r"完成|执行情况|落实情况|成效")
_SUB_HEADING_RE = re.compile(r"[ \t\u3000]*[（(][一二三四五六七八九十]+[)）]")
_CLAUSE_INSIDE_RE = re.compile(r"[，,。；;！？]")
_SENTENCE_INSIDE_RE = re.compile(r"[。；;！？]")
# 1. · 1、 · （一） · (1) · ① · 一是 · •: a list's item opening its line
_LIST_ITEM_RE = re.compile(
    r"[ \t\u3000]*(?:\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳]"
    r"|[一二三四五六七八九十]是|[•·▲●■◆-])"
)


# 关于表彰2023年度全省…先进基层党组织…的决定 · 命名2022年度…示范点: the year awarded
_AWARDS_OF_A_YEAR_RE = re.compile(r"(?:表彰|命名|评选|授予)[^，。]{0,6}?((?:19|20)\d{2})年度")
_YEAR_NAMED_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})年")  # in a title, or a sentence
# 一组数据回顾2021 · 盘点2023: a year looked back on, its 年 left out as headlines do
_YEAR_LOOKED_BACK_RE = re.compile(r"(?:回顾|盘点)[\s·]*((?:19|20)\d{2})(?![\d年])")
_YEAR_REPORTED_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})年度?[^\d]{0,8}?(?:总结|报告)")


def _an_earlier_year_in(span: tuple[int, int], ctx: Context) -> bool:
    """The sentence names a year before the text's own (2022年，…共表彰…: awards given then)."""
    if ctx.published is None:
        return False
    years = _YEAR_NAMED_RE.findall(ctx.text, *span)
    return any(int(y) < ctx.published.year for y in years)


def report_year(title: str, cat: Catalog) -> int | None:
    """The one year a title reports on (2023年工作总结, 2022年度律师行业发展报告), if any."""
    yearbook = _YEARBOOK_OF_RE.search(title)
    if yearbook:
        # 长兴年鉴2019 · 贵州年鉴（2019）: a yearbook bears the year it is published in, and
        # records the year before
        return int(yearbook[1]) - 1
    years = set(_YEAR_NAMED_RE.findall(title)) | set(_YEAR_LOOKED_BACK_RE.findall(title))
    reports = any(w in title for w in cat.report_words) or title.rstrip().endswith(
        cat.report_endings
    )
    if len(years) > 1:
        # 2020年工作总结暨2021年工作计划: the year the report words follow
        reported = _YEAR_REPORTED_RE.search(title)
        years = {reported[1]} if reported else years
    if len(years) != 1 or not reports:
        return None
    return int(years.pop())


_YEARBOOK_OF_RE = re.compile(r"年鉴[\s·・（(《]{0,2}((?:19|20)\d{2})(?!\d)")


HEAD_LINES = 4  # a page's head: breadcrumb, date, headline, subtitle


def _without_home_places_of_chambers(
    text: str, hits: PlaceHits, default: Place | None
) -> PlaceHits:
    """西宁市台州商会 · 台州商会的探索，是西宁市…: in a text about a place outside it, a place
    right before 商会 names the chamber's members' home, no place of the text's figures
    (瑞安市商会党组织覆盖率 in a text about 温州市: the chambers of a place inside it)."""
    if default is None or default.level is Level.NATIONAL:
        return hits
    own = area_prefix(default)
    return [
        h
        for h in hits
        if not text.startswith("商会", h[1])
        or any(p.code.startswith(own) or own.startswith(area_prefix(p)) for p in h[2])
    ]


def _a_national_text(
    text: str, title: str, places: PlaceHits, gaz: Gazetteer, cat: Catalog
) -> bool:
    """The title names no place but the nation, the first place the text names is the nation
    (全国…), and no scope word of a province, city or county (全省, 我市…) says it is about
    one: the provinces it names later are parts of its national figures."""
    if not places or places[0][2][0] is not NATIONAL_PLACE:
        return False
    if any(hit[2][0] is not NATIONAL_PLACE for hit in gaz.find(title)):
        return False
    local = [w for level, words in cat.scope_words.items() if level != "national" for w in words]
    # (not 自治区 inside 西藏自治区: a place's name, which the text may list among its parts)
    unnamed, at = [], 0
    for start, end, _ in places:
        unnamed.append(text[at:start])
        at = max(at, end)
    unnamed_text = "".join(unnamed) + text[at:]
    return not any(w in unnamed_text for w in local)


def _without_subtype_columns(
    columns: list[tuple[str, str | None] | None], labels: tuple[Cell, ...]
) -> list[tuple[str, str | None] | None]:
    """社会组织（个） | 其中行业协会商会（个）: a 其中 column of what the column before counts is
    a kind of it, no figure of its own (其中党员律师 after 执业律师 counts another thing)."""
    metrics = [column[0] if column else None for column in columns]
    return [
        None
        if k > 0
        and labels[k].text.startswith("其中")
        and metrics[k]
        and metrics[k] == metrics[k - 1]
        else column
        for k, column in enumerate(columns)
    ]


def _headline_end(text: str) -> int:
    """Where the page's head ends: its first lines while short with no full stop (a
    breadcrumb, a date, the headline), else 0."""
    end = 0
    for _ in range(HEAD_LINES):
        stop = text.find("\n", end)
        line = text[end:stop].strip() if stop > 0 else ""
        if not line and end and stop > 0:
            end = stop + 1  # a blank line inside the head
            continue
        if not 0 < len(line) <= HEADLINE_MAX or line.endswith(("。", ".")):
            break
        end = stop + 1
    return max(end - 1, 0)


_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")


LINK_TITLE_MAX = 40  # characters of another article's title in a page's closing list


def _closing_links(text: str) -> int:
    """Where a saved page's closing run of link titles starts (党建要闻: 全省律师行业党员突破
    1.4万名 / 我省12个律所党组织获评…): two lines or more after the body's last sentence,
    each short, with no sentence mark and no table cells; else the text's end."""
    lines = text.rstrip("\n").split("\n")
    k = len(lines)
    while k > 0 and _LINK_TITLE_RE.fullmatch(lines[k - 1].strip()):
        k -= 1
    if len(lines) - k < 2:
        return len(text)
    return sum(len(line) + 1 for line in lines[:k])


_LINK_TITLE_RE = re.compile(rf"(?:- )?[^。！？；|\t]{{4,{LINK_TITLE_MAX}}}")
# 相关专题 · 推荐阅读 · 往期回顾: a heading of its own over a page's list of other articles
_LINKS_HEADING_RE = re.compile(
    r"(?m)^[ \t\u3000]*【?(?:相关(?:专题|阅读|链接|新闻|文章|报道)|推荐阅读|延伸阅读|往期(?:回顾|推荐))】?[：:]?[ \t\u3000]*$"
)


def _labelled_links(text: str) -> int:
    """Where a page's list of other articles under its own heading (相关专题) starts, when
    no sentence of the body follows it; else the text's end."""
    heading = last_match(_LINKS_HEADING_RE, text)
    if heading is None or "。" in text[heading.end() :]:
        return len(text)
    return heading.start()


def _puts_right(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """…更正一下，刚才是口误，“两新”组织党员应为7.8万余名: the figure after 应为 in a
    sentence that says it corrects one."""
    text = ctx.text
    if _ERRATUM_FIX_RE.match(text, _line_start(text, st.start)):
        return True  # 更正为：截至2018年底，全省共有律师事务所2186家: an erratum's right words
    if _PUT_RIGHT_OPENING_RE.match(text, st.start):
        return True  # 修订后，截至2022年底全市共有律师事务所253家
    said = last_match(_SHOULD_BE_RE, text, st.start, fig.number.start)
    # (…有误，应为“全区律师事务所党支部共五十六个”: the words put right, quoted again)
    return (
        said is not None
        and not _CLAUSE_STOP_RE.search(text, said.end(), fig.number.start)
        and bool(_PUT_RIGHT_RE.search(text, st.start, fig.number.start))
    )


# “17个联合党支部覆盖律师事务所46家”有误，应为“36家”: a notice quotes the words it puts right
# and gives the right figure alone, in the same unit
# (文中“联合党支部163个”应为“联合党支部136个”: the words said again with the right value)
_FIGURE_PUT_RIGHT_ALONE_RE = re.compile(
    r"“([^“”]{2,60}?)(\d+(?:\.\d+)?)([^“”\d]{0,3})”(?:一文中)?[，,]?(?:(?:有误|系笔误|错误)[，,]?)?"
    r"(?:应为|应是|应更正为)“(?:\1)?(\d+(?:\.\d+)?)([^“”\d]{0,3})”"
)


def _put_right_alone(
    observations: list[Observation], mentions: list[Mention], doc: Document
) -> tuple[list[Observation], list[Mention]]:
    """An exact figure a notice puts right by its value alone: the same fact, with the right
    value, stated where the notice gives it (the wrong one's mention kept, unlinked)."""
    raw = doc.raw_text
    for m in _FIGURE_PUT_RIGHT_ALONE_RE.finditer(raw):
        said = raw.rfind(m[1] + m[2] + m[3], 0, m.start())
        wrong = next(
            (
                o
                for o in observations
                if said >= 0
                and o.raw_start == said + len(m[1])
                and o.value == float(m[2])
                and o.qualifier is Qualifier.EXACT
            ),
            None,
        )
        if wrong is None or m[5] != m[3]:
            continue
        value = float(m[4])
        oid = hashlib.sha256(f"{wrong.observation_id}|{value}".encode()).hexdigest()[:20]
        right = replace(
            wrong,
            observation_id=oid,
            value=value,
            value_low=value,
            value_high=value,
            raw_start=m.start(4),
            raw_end=m.end(4),
            evidence=m[0][:300],
        )
        observations = [right if o is wrong else o for o in observations]
        mentions = [
            replace(x, observation_id=oid, note=right.metric)
            if x.raw_start == m.start(4)
            else replace(x, observation_id=None, note=PUT_RIGHT)
            if x.observation_id == wrong.observation_id
            else x
            for x in mentions
        ]
    return observations, mentions


def _drop_put_right(
    observations: list[Observation], mentions: list[Mention], corrections: list[Observation]
) -> tuple[list[Observation], list[Mention]]:
    """The figures a later correction puts right (党员8.7万余名 … 口误，…应为7.8万余名): the
    same fact, said before with another value."""

    def put_right(o: Observation) -> bool:
        return any(
            c.raw_start > o.raw_start
            and (c.sector, c.metric, c.jurisdiction, c.as_of)
            == (o.sector, o.metric, o.jurisdiction, o.as_of)
            and c.value != o.value
            for c in corrections
        )

    return _unlink(
        {o.observation_id for o in observations if put_right(o)}, PUT_RIGHT, observations, mentions
    )


_MEMBER_METRICS = ("party_members", "party_member_share")
# 律师助理 · 行政人员 · 从业人员: the firms' staff beside their lawyers
_STAFF_RE = re.compile(
    r"律师助理|公证员助理|审计助理|行政人员|辅助人员|从业人员|工作人员|实习律师|其他人员"
)
_STAFF_INCLUDED_AFTER_RE = re.compile(
    rf"[余多]?[名人]?[（(](?:含|包括|包含)[^）)]{{0,16}}?(?:{_STAFF_RE.pattern})"
)
# a sentence that names the practitioners beside their firms' 从业人员 tells the two apart
_PRACTITIONERS_NAMED_RE = re.compile(r"律师|公证员")
# 律所全体从业人员 · 所有从业人员: all the firms' staff
_FIRMS_STAFF_BEFORE_RE = re.compile(
    r"(?:律所|事务所|公证处|公证机构|全体|全部|所有)[^，,；;。\d]{0,4}$"
)
# 党员律师 · 律师党员 · 执业律师中的党员 · 党员公证员: the lawyers' (notaries') own members
_PRACTITIONERS_OWN_MEMBERS_RE = re.compile(
    r"党员律师|律师党员|律师中的?党员|执业律师党员|党员公证员|公证员中的?党员|公证员党员"
    r"|党员注册会计师|注册会计师党员|注册会计师中的?党员"
)


AMONG_ALL_STAFF = "Party members among all of the firms' staff"


def _the_lawyers_part(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """The lawyers' members named as a part of all the staff's (…共有党员870名，其中执业律师
    中的党员681名): theirs, though the whole is not published."""
    whole = next((f for f in reversed(st.counts) if f is not fig), None)
    text = ctx.text
    clause = text[_clause_start(text, fig.number.start, st.start) : fig.number.start]
    return (
        whole is not None
        and whole.note == AMONG_ALL_STAFF
        and fig.metric == "party_members"
        and _PRACTITIONERS_OWN_MEMBERS_RE.search(clause) is not None
    )


def _among_all_staff(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """A legal, notary or accounting member count or share in a sentence that tells the firms'
    staff from their lawyers (notaries, CPAs), read from words that name no practitioner's
    membership (全市律所从业人员中共有党员131名，其中执业律师党员97名 · 如按律所全体从业人员计算，
    党员占比为22.5%)."""
    text = ctx.text
    if fig.sector == "accounting" and not _PRACTITIONERS_OWN_MEMBERS_RE.search(
        text, st.start, st.end
    ):
        # (accountants: only where the sentence tells the CPAs' own members apart, 其中注册会计师
        # 党员61名; 会计师事务所从业人员中有党员1046名 is the trade's, for annotators)
        return False
    clause = text[_clause_start(text, fig.number.start, st.start) : fig.number.start]
    if _STAFF_INCLUDED_AFTER_RE.match(text, fig.number.end):
        return True  # 共有党员152名（含公证员助理等辅助人员）: the staff's too, it says
    if "在册党员" in clause:
        return True  # 全市律师事务所在册党员1629名: all on the firms' books, staff too
    staff = _STAFF_RE.search(text, st.start, st.end)
    if staff is None:
        return False
    # (两个行业现有党员分别为821名、264名，分别占从业人员总数的34.4%: no lawyers told from
    # the staff, whom the sentence means by 从业人员)
    sentence = text[st.start : staff.start()] + text[staff.end() : st.end]
    if (
        staff[0] == "从业人员"
        and not _PRACTITIONERS_NAMED_RE.search(sentence)
        # (如按律所全体从业人员计算，党员占比为22.5%: the firms' staff, all of them)
        and not _FIRMS_STAFF_BEFORE_RE.search(text, st.start, staff.start())
    ):
        return False
    if fig.owner is not None and fig.owner.metric == "party_members":
        return False  # 律师党员318名、约占律师总数的39%: the share of a count kept
    if fig.sector == "notary" and not _STAFF_RE.search(clause):
        return False  # 公证员助理380名，公证行业党员430名: the trade's members, named as such
    return not _PRACTITIONERS_OWN_MEMBERS_RE.search(clause)


_COPULA_THEN_TERM_RE = re.compile(r"(?:均|都|全部)?(?:为|是)")
# 党支部中， · 在这463个党支部中， · 在1023个党支部中，: a sentence opening on the parts of a
# total just counted
_PARTS_OF_THE_TOTAL_BEFORE_RE = re.compile(
    r"(?:在|从)?(?:这些|这|上述)?(?:\d+个)?(?:党组织|党支部|党委|联合党支部|单独党支部)中[，,]"
)
_AMONG_THEN_SOME_RE = re.compile(r"(?:中|里)[，,]?(?:共有|有)?$")
_THE_REST_RE = re.compile(r"(?:除此之外|除此以外|其余|剩余|剩下)的$")
REVISED_GAP_MAX = 16  # characters between a figure and the one it was revised to


def _drop_revised(
    observations: list[Observation], mentions: list[Mention], revisions: list[Observation]
) -> tuple[list[Observation], list[Mention]]:
    """The figures revised to the one right after them with no date of their own (党员律师人数
    由5210人调整为5318人): the same fact's earlier value, superseded (a level of another date
    stands: 由2014年底的189个调整为151个)."""

    def revised(o: Observation) -> bool:
        return o.as_of is None and any(
            (r.sector, r.metric, r.jurisdiction) == (o.sector, o.metric, o.jurisdiction)
            and 0 <= r.raw_start - o.raw_end <= REVISED_GAP_MAX
            for r in revisions
        )

    return _unlink(
        {o.observation_id for o in observations if revised(o)}, REVISED, observations, mentions
    )


DATED_LATER = "stated again later with its date"


def _dates_a_figure_stated_undated(
    first: Observation, as_of: date | None, basis: AsOfBasis, published: date | None
) -> bool:
    """A figure stated first with no date of its own (undated, or dated by the page's day)
    is stated again with a date its words give, of another year (截至2021年底; 截至去年底,
    counted back from the page's day)."""
    undated = first.as_of_basis in (AsOfBasis.UNKNOWN, AsOfBasis.PUBLISHED, AsOfBasis.INFERRED)
    by_its_words = basis is AsOfBasis.EXPLICIT or (
        basis is AsOfBasis.PUBLISHED and as_of is not None and as_of != published
    )
    # (…应为“全市律师党员657名…” over 截至2016年6月底，…全市律师党员657名: the day its
    # words give, in the page's own year too)
    dated_that_day = first.as_of_basis is AsOfBasis.PUBLISHED and basis is AsOfBasis.EXPLICIT
    return (
        undated
        and by_its_words
        and (
            (first.as_of.year if first.as_of else None) != (as_of.year if as_of else None)
            or dated_that_day
        )
    )


def _unlink(
    dropped: set[str], why: str, observations: list[Observation], mentions: list[Mention]
) -> tuple[list[Observation], list[Mention]]:
    """The observations less those ``dropped``; their mentions kept, unlinked, with why."""
    if not dropped:
        return observations, mentions
    kept = [o for o in observations if o.observation_id not in dropped]
    unlinked = [
        replace(m, observation_id=None, note=why) if m.observation_id in dropped else m
        for m in mentions
    ]
    return kept, unlinked


def _drop_restated(
    observations: list[Observation], mentions: list[Mention], doc: Document, headline_end: int
) -> tuple[list[Observation], list[Mention]]:
    """A bound stated beside the exact figure it rounds is that figure: a headline's figure
    the body states again (党员律师逾1.6万人 over 党员律师1.62万人), or a milestone passed in
    the sentence that gives the level (首次突破1.5万人，达到15236人)."""
    raw_end = doc.raw_span(headline_end, headline_end + 1)[0] if headline_end else 0
    # 二、党员队伍：社会组织党员突破1.5万名 over …共有党员15386名: a subhead is a headline too
    subheads = [doc.raw_span(s, e) for s, e in _subhead_lines(doc.clean_text, headline_end)]

    def in_a_head(o: Observation) -> bool:
        return o.raw_start < raw_end or any(s <= o.raw_start < e for s, e in subheads)

    body = [o for o in observations if not in_a_head(o)]
    # a head that names no place (司法部：律师逾73万人): its figures took the text's place
    placeless = not gazetteer().find(doc.clean_text[:headline_end])

    def restated(o: Observation) -> bool:
        # (党员律师占比超过三分之一 over 34.9%: a fraction's step is its denominator's)
        step = _stated_step(o, doc)
        if o.raw_start < raw_end:
            return any(_restates(o, b, placeless, step=step) for b in body)
        if in_a_head(o):
            return any(_restates(o, b, step=step) for b in body)
        # (…占执业注册会计师总数的28.98%，近三成注册会计师是共产党员 · …社会组织中有党员963名。
        # …近千名社会组织党员: a bound or an about rounds the exact figure, of its year)
        if o.qualifier is Qualifier.EXACT:
            return _in_ten_thousands(o, doc) and any(_rounded_to(o, b) for b in body)
        return any(rounds(o, b, step) for b in body)

    def rounds(o: Observation, b: Observation, step: float | None) -> bool:
        latest = _the_latest_level_dated(o, b)
        # (党员律师5600多名 … 五千多名党员律师 · 3.98万多家 … 近4万家: a bound or an about
        # rounding a finer bound)
        finer = b.qualifier is Qualifier.LOWER_BOUND and (
            o.qualifier is Qualifier.LOWER_BOUND
            and b.value > o.value
            or o.qualifier is Qualifier.APPROXIMATE
        )
        # (目前律师已达6000多人。具体来说，截至今年10月底，…执业律师6128名: an undated bound
        # in a sentence before rounds the dated figure; not 从四分之一左右提高到33.5%: a change)
        apart = _SENTENCE_END_RE.search(
            doc.raw_text, min(o.raw_end, b.raw_end), max(o.raw_start, b.raw_start)
        )
        undated_before = o.as_of is None and o.raw_start < b.raw_start and apart is not None
        if not (b.qualifier is Qualifier.EXACT or finer) or not (
            _of_one_year(o.as_of, b.as_of) or latest or undated_before
        ):
            return False
        # (律所318家…，覆盖律所300余家: some of them covered, no restatement)
        if not _restates(o, b, covered_too=False, step=step, own_place=True):
            return False
        # (…党员律师93148名。…9万多名党员律师、92.7%的覆盖率，标志着…: a summary
        # rounding what was stated, in a later sentence)
        if o.raw_start > b.raw_start or not apart:
            return True
        # (截至2019年底，全省党员律师已超过3000人。…截至2019年底，…党员律师3127人: a lead
        # rounding what the text then details, of the same date, or undated; within a tenth
        # of it, as a lead's round figure is)
        same_date = o.as_of is None or o.as_of == b.as_of
        # (律师三千多名 … 执业律师3386名: within the step 多 leaves open, 3000 to 4000)
        more_than = o.qualifier is Qualifier.LOWER_BOUND
        within_step = more_than and o.value <= b.value < o.value + (step or _rounding_step(o.value))
        near = abs(b.value - o.value) <= o.value / 10 or within_step
        return (same_date or latest) and near

    dropped = {o.observation_id for o in observations if restated(o)}
    return _unlink(dropped, "stated again more precisely", observations, mentions)


# (a heading's mark opens it: 律师事务所：163家 is a list's line, no subhead)
_SUBHEAD_RE = re.compile(
    r"^[^\S\n]*((?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|【[^】\n]{1,8}】)"
    rf"[^\n。！？!?]{{1,{HEADLINE_MAX}}})[^\S\n]*$",
    re.MULTILINE,
)


# 【导语】党组织4120个，党员3.8万余名…一组数字，勾勒出…: a lead the article then details
_LEAD_RE = re.compile(
    r"^[^\S\n]*(?:【(?:导语|导读|编者按|摘要)】|(?:导语|导读|编者按|摘要)[：:]).*$", re.M
)


def _subhead_lines(text: str, after: int) -> list[tuple[int, int]]:
    """Short lines without a full stop after the page's head: a report's subheads (一、组织覆盖：
    七成以上社会组织建立党组织), and its lead paragraph, whose figures the text under them
    states again."""
    spans = [m.span(1) for m in _SUBHEAD_RE.finditer(text, after + 1)]
    spans += [
        m.span(1)
        for m in _BRIEF_HEADING_RE.finditer(text, after + 1)
        if names_only_places(m[2], gazetteer())
    ]
    return spans + [m.span() for m in _LEAD_RE.finditer(text, after + 1)]


# 【沈阳和平】截至… · 兰州城关：截至…: a brief that leads with its place's name
# 律所：38家 · 党员律师：203人 · 覆盖率：100%: a labelled line of a list
_LABELLED_LINE_RE = re.compile(
    r"[^\S\n]*[^\s：:，。；]{1,12}(?:[^\S\n]*[：:]|[^\S\n]+)[^\n，。]{0,16}$"
)  # (律所　142家: a label, spaces, its figure)
LIST_LINES_MAX = 12  # lines of a place's list under its name


def _place_line_above(pos: int, ctx: Context) -> Place | None:
    """章贡区 / 律所：38家 / 律师：612人: the place named on a line of its own over the
    labelled lines the figure's line is one of, else None."""
    text = ctx.text
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if not _LABELLED_LINE_RE.fullmatch(text, start, end if end >= 0 else len(text)):
        return None
    for _ in range(LIST_LINES_MAX):
        if start == 0:
            return None
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        alone = _PLACE_LINE_RE.fullmatch(line)
        if alone is not None and names_only_places(alone[1], ctx.gaz):
            return _heading_place(above + alone.start(1), above + alone.end(1), ctx)
        if not _LABELLED_LINE_RE.fullmatch(line):
            return None
        start = above
    return None


# 章贡区 · ■鼓楼区（数据截至2019年底）: a place's name alone on its line, a bullet before it
_PLACE_LINE_RE = re.compile(
    r"[^\S\n]*[■◆●▲◇□]?[^\S\n]*([\u4e00-\u9fff]{2,8})[^\S\n]*(?:[（(][^）)\n]{0,20}[）)])?[^\S\n]*"
)
_PLACE_LEAD_RE = re.compile(r"[^\S\n]*(?:【([\u4e00-\u9fff]{2,8})】|([\u4e00-\u9fff]{2,8})[：:])")
# 三、湘潭市岳塘区破解小所建党难题: a numbered section heading, a line of its own
_NUMBERED_HEADING_RE = re.compile(
    rf"[^\S\n]*[一二三四五六七八九十]{{1,3}}、([^\n。！？!?；;]{{2,{HEADLINE_MAX}}})[^\S\n]*$", re.M
)
# 开封：公证员队伍党员比例过半 (a digest's brief, headed by its place): the brief states it again
_BRIEF_HEADING_RE = re.compile(
    rf"^[^\S\n]*(([\u4e00-\u9fff]{{2,8}})[：:][^\n。！？!?：:]{{2,{HEADLINE_MAX}}})[^\S\n]*$",
    re.MULTILINE,
)


_ALL_COVERED = {"firms", "firms_covered"}


def _restates(
    headline: Observation,
    body: Observation,
    placeless: bool = False,
    covered_too: bool = True,
    step: float | None = None,
    own_place: bool = False,
) -> bool:
    """The body figure is the headline's, which may be rounded to its last digit and bounded
    (全市138家律所实现党组织全覆盖 over 全市共有律师事务所138家: the firms, all covered, unless
    not ``covered_too``); of its place, or of any when it has none and not ``own_place`` (a
    figure of places together has none: 三市…党员律师占比近四成 rounds no one city's 35.4%)."""
    # (a headline that names no place: the body's place, 非公企业党组织覆盖率73.1% over 全国…73.1%)
    same = (
        headline.sector == body.sector
        # (命名40个市级示范点 over 命名市级社会组织党建示范点40个: the level read in one only)
        and (headline.subgroup == body.subgroup or None in (headline.subgroup, body.subgroup))
        and (
            placeless
            or headline.jurisdiction == body.jurisdiction
            or headline.jurisdiction is None
            and not own_place
        )
        and (
            headline.metric == body.metric
            or covered_too
            and {headline.metric, body.metric} == _ALL_COVERED
        )
    )
    dated_apart = (
        AsOfBasis.EXPLICIT == headline.as_of_basis == body.as_of_basis
        and headline.as_of != body.as_of
    )
    if not same or dated_apart:
        return False
    h, b = headline.value, body.value
    step = step or _rounding_step(h)
    return {
        Qualifier.EXACT: b == h,
        Qualifier.LOWER_BOUND: h <= b < h + step,
        Qualifier.UPPER_BOUND: h - step < b <= h,
        # (约占三分之一, 33.33, over 33.4%: about is within a twentieth)
        Qualifier.APPROXIMATE: abs(b - h) < max(step, h / 20),
    }[headline.qualifier]


def _of_one_year(a: date | None, b: date | None) -> bool:
    """Both dates unknown, or both in one year."""
    return a == b or a is not None and b is not None and a.year == b.year


# (…覆盖事务所466家，党组织覆盖率95.7%: dated by the 截至2023年末 the sentence before opened)
_DATED_BY_THE_TEXT = (AsOfBasis.EXPLICIT, AsOfBasis.INFERRED)


def _the_latest_level_dated(rounded: Observation, exact: Observation) -> bool:
    """我区180家左右会计师事务所… (undated, of the page's day) then 截至2018年底，全区共有会计师事务
    所178家: a rounded figure with no date of its own is the level the dated statement gives,
    when that date is the last year's end or later before the page's day."""
    if rounded.as_of_basis is AsOfBasis.EXPLICIT or exact.as_of_basis not in _DATED_BY_THE_TEXT:
        return False
    if rounded.as_of is None or exact.as_of is None:
        return False
    return exact.as_of <= rounded.as_of and exact.as_of.year >= rounded.as_of.year - 1


_FRACTION_RE = re.compile(r"分之|成")


def _in_ten_thousands(o: Observation, doc: Document) -> bool:
    """The figure is written in 万 (3.86万): a rounded form, whatever its qualifier."""
    return "万" in doc.raw_text[o.raw_start : o.raw_end + 1]


def _rounded_to(o: Observation, b: Observation) -> bool:
    """``o`` (律师…增长到3.86万名) is ``b`` (执业律师38652名) rounded to its last digit: the
    same count of the same year and place, told again."""
    step = _rounding_step(o.value)
    return (
        o.value / step >= 100  # (three figures at least: 3.86万, not 4万 beside 4.6万)
        and b.qualifier is Qualifier.EXACT
        and b.value != o.value
        and abs(b.value - o.value) < step  # (rounded or cut: 38652 as 3.86万)
        and (o.sector, o.metric, o.jurisdiction) == (b.sector, b.metric, b.jurisdiction)
        and o.as_of is not None
        and o.as_of == b.as_of
        and b.raw_start < o.raw_start
    )


def _stated_step(o: Observation, doc: Document) -> float | None:
    """The step of a share stated as a fraction (三分之一: a third of 100; 四成: 10), else
    None (the step of its digits)."""
    surface = doc.raw_text[o.raw_start : o.raw_end]
    if _FRACTION_RE.search(surface) is None:
        return None
    if "成" in surface:
        return 10.0
    denominator = find_numbers(surface.split("分之")[0])
    return 100 / denominator[0].value if denominator and denominator[0].value else None


def _rounding_step(value: float) -> float:
    """The unit of a figure's last stated digit: 16000 (1.6万) -> 1000, 36.5 -> 0.1."""
    if value != int(value):
        decimals = len(f"{value:.6f}".rstrip("0").split(".")[1])
        return 10.0**-decimals
    n, step = int(value), 1
    while n and n % 10 == 0:
        n, step = n // 10, step * 10
    return float(step)


def _totals_of(st: SentenceState, text: str) -> list[Figure]:
    """The totals a sentence states: its published counts before its own 其中 parts (全市现有
    律所144家，其中，…睢宁7家。其中，城区110家: 144, not 7; 律所63家，律师210余人。其中，…:
    both, the parts' kind picks one)."""
    k = text.find("其中", st.start, st.end)
    return [f for f in st.counts if f.metric and (k < 0 or f.number.start < k)]


def _broken_down_by_place(st: SentenceState, ctx: Context) -> bool:
    """The sentence gives one place its figure, then another place its own (分地区看，丰泽区
    律师事务所47家，鲤城区29家): a breakdown, about none of them alone."""
    hits = ctx.places_in(st.start, st.end)
    return any(
        a[2] != b[2] and NUMERAL_START_RE.search(ctx.text, a[1], b[0])
        for a, b in zip(hits, hits[1:], strict=False)
    )


def _has_scope(start: int, pos: int, ctx: Context) -> bool:
    if ctx.places_in(start, pos):
        return True
    return ctx.vocab.scope_re.search(ctx.text, start, pos) is not None


_HOLDING_VERB_RE = re.compile(r"现有|共有|拥有|已有|集聚")


def _subject_unread(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """十堰经济技术开发区内现有非公企业党组织152个、党员1300余名: the list's subject, before
    its verb, could not be read for the first item; the next item (no subject of its own)
    has the same subject."""
    prev = next((f for f in reversed(st.counts) if f is not fig), None)
    if prev is None or not prev.note.startswith(SUBTYPE_NOTE):
        return False
    text = ctx.text
    clause = text[_clause_start(text, prev.number.start, st.start) : prev.number.start]
    verb = _HOLDING_VERB_RE.search(clause)
    if verb is None or consume(clause[: verb.start()], ctx):
        return False  # (本会共有团体会员58家、执业会员796名: the first item's own words)
    gap = text[prev.tail_end : fig.number.start]
    if ctx.places_in(prev.tail_end, fig.number.start):
        return False
    # (37家分所共有执业律师近900名，党员律师近300名: a clause of the bare next item, too,
    # when the units that hold them were counted)
    bare_clause = (
        gap.startswith(("，", ","))
        and _UNITS_HOLD_RE.search(clause) is not None
        and not (_has_scope(prev.tail_end, fig.number.start, ctx) or _HOLDING_VERB_RE.search(gap))
    )
    return gap.startswith("、") or bare_clause


_UNITS_HOLD_RE = re.compile(r"\d+家[^，,；;。\d]{0,8}?(?:共有|拥有|现有|有)[^，,；;。\d]*$")
_PICKED_OUT_NOTES = ("relative clause", "a subset", "a quoted rating")


def _share_of_a_kind_before(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """其中公职律师3.1万人，党员占比超过九成: a members' share in the clause right after a
    count of a kind of practitioners (left out as a sub-type), naming no subject of its own,
    is that kind's."""
    listed = [f for f in st.counts if f.number.start < fig.number.start]
    if not listed or not listed[-1].note.startswith(SUBTYPE_NOTE):
        return False
    prev = listed[-1]
    gap = ctx.text[prev.tail_end : fig.number.start]
    return (
        ctx.catalog.classifier_group(prev.classifier or "") == "people"
        and gap.startswith(("，", ","))
        and not any(c in gap[1:] for c in "，,；;")
        and not ctx.vocab.sector_re.search(gap)
        and not _has_scope(prev.tail_end, fig.number.start, ctx)
    )


# 从组建方式看，… · 按组建方式划分： · 这些党组织的组建方式各不相同：: a breakdown by how or
# where they were set up
# (在143个党组织中，依托…建立的97个: the parts of the organizations just counted)
_BY_MANNER_FRAME_RE = re.compile(
    r"(?:组建|建立|设置)(?:方式|形式)|组织设置|在(?:\d+|[一二两三四五六七八九十百千]+)个党组织中"
)


def _a_part_by_host(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """从组建方式看，依托律所自身组建的党组织63个；依托…楼宇组建党组织16个: under a breakdown
    by how they were set up, the organizations a clause says were set up relying on a host
    (依托…) are a part by host, no total of the firms' or the host's sector."""
    text = ctx.text
    # (依托区律师工作委员会，对…小所联合组建党组织11个: the part since the last ；, its clauses)
    part_from = max(st.start, *(text.rfind(c, st.start, fig.number.start) for c in "；;：:"))
    if "依托" not in text[part_from : fig.number.start]:
        return False
    paragraph = text.rfind("\n", 0, st.start) + 1
    return _BY_MANNER_FRAME_RE.search(text, paragraph, fig.number.start) is not None


def _rate_of_a_kind(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """其中规模以上企业1650家、党组织覆盖率达到88.6%: a rate listed right after a kind's
    count (one the reader left out as a sub-type) is that kind's rate."""
    listed = [f for f in st.counts if f.number.start < fig.number.start]
    if listed and listed[-1].note.startswith((SUBTYPE_NOTE, *_LEFT_OUT_AS_A_KIND)):
        gap = ctx.text[listed[-1].tail_end : fig.number.start]
        if gap.startswith("、") and not any(c in gap for c in "，,；;：:"):
            return True  # (the rate an item of the kind's own list)
        if "其中" in listed[-1].note and _KINDS_RATE_GAP_RE.fullmatch(gap):
            return True  # 其中规模以上非公企业1560家，党组织覆盖率96.8%: the kind's rate
    if _rate_of_the_kinds_counts(fig, listed, st, ctx):
        return True
    rate_words = ctx.text[_clause_start(ctx.text, fig.number.start, st.start) : fig.number.start]
    if listed and _ITS_RE.match(rate_words) and _its_kinds_rate(listed[-1], fig, ctx):
        return True  # 其中，行业协会商会五百九十二个，其党组织覆盖率…: 其, the kind's own
    kinds = [f for f in listed if _left_out_as_a_kind(f)]
    if not kinds:
        return False
    gap = ctx.text[kinds[-1].tail_end : fig.number.start]
    # 全市外商投资企业7300余户，其中建立党组织的1460户，覆盖率约20%: the kind is the
    # sentence's subject (no published total before it, none after it), and the rate names
    # no sector of its own
    published = [f for f in listed if f.metric]
    return (
        not published
        and not any(c in gap for c in "；;")
        and _named_sector(rate_words, ctx) is None
    )


def _its_kinds_rate(kind: Figure, fig: Figure, ctx: Context) -> bool:
    """The rate, opened by 其 in the clause after it, of a kind the reader left out."""
    left_out = _left_out_as_a_kind(kind) or kind.note == KIND_UNDER_QIZHONG.format("firms")
    gap = ctx.text[kind.tail_end : fig.number.start]
    return left_out and not any(c in gap for c in "；;。")


# ，党组织覆盖率 · ，其党组织覆盖率达: the clause after a kind's count, its rate and no more
_KINDS_RATE_GAP_RE = re.compile(
    r"[，,](?:其|且)?(?:党的?组织)?(?:覆盖率|组建率)(?:已经|已)?(?:达到|达|为|是)?"
)
_ITS_RE = re.compile(r"其(?!中)")  # 其党组织覆盖率: its (not 其中, among them)
KIND_UNDER_QIZHONG = "a kind of {} listed under 其中 (sub-type)"
PART_OF_UNPUBLISHED = "part of a figure that was not published"
_KIND_OPENING_RE = re.compile(r"其中$|其中[，,]")  # at or just before the clause start


def _rate_of_the_kinds_counts(
    fig: Figure, listed: list[Figure], st: SentenceState, ctx: Context
) -> bool:
    """其中规模以上企业1.38万户，已建立党组织的1.31万户，覆盖率达94.9%: the rate (or share)
    the two unpublished counts before it give, the first a kind 其中 picks out or whose
    其中-part was left out, is the kind's."""
    if len(listed) < 2 or listed[-1].metric is not None:
        return False
    kind, part = listed[-2], listed[-1]
    if not (kind.note.startswith(SUBTYPE_NOTE) or _left_out_as_a_kind(kind)):
        return False
    # (全区共有新社会组织2463个，已建立党组织的412个，覆盖率为16.7%: no whole before it, a
    # word the reader could not read, not a kind; 公职律师620人，…其中党员582人，党员比例达
    # 93.9%: the members left out as the kind's)
    opening = _clause_start(ctx.text, kind.number.start, st.start)
    members_left_out = fig.metric == "party_member_share" and part.note == PART_OF_UNPUBLISHED
    if not members_left_out and not _KIND_OPENING_RE.search(
        ctx.text[max(st.start, opening - 3) : opening + 2]
    ):
        return False
    if any(c in ctx.text[kind.tail_end : fig.number.start] for c in "；;。"):
        return False
    return _share_agrees(fig.number, part.number.value, kind.number.value)


_BARE_MEMBERS_RE = re.compile(r"(?:其中)?(?:中共)?党员(?:人数)?(?:有|为|共|达)?")


def _members_of_the_kind_before(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """公司律师154人，党员121人: bare members in the clause right after a kind's count of
    people (left out as a sub-type) are that kind's."""
    clause_from = _clause_start(ctx.text, fig.number.start, st.start)
    if not _BARE_MEMBERS_RE.fullmatch(ctx.text, clause_from, fig.number.start):
        return False
    before = [f for f in st.counts if f.number.start < clause_from]
    if not before or before[-1].metric or before[-1].classifier not in ("名", "人"):
        return False
    kind = before[-1]
    between = ctx.text[kind.tail_end : clause_from].strip()
    return kind.note.startswith(SUBTYPE_NOTE) and between in ("，", ",")


def _item_of_a_picked_list(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """参与活动的律所23家、律师68名 · 评定“五星级”非公企业党组织32个、社会组织党组织9个: the
    clause that picks out (or rates) the first item heads the whole list, so a later item is
    as picked out as the first."""
    listed = [f for f in st.counts if f.number.start < fig.number.start and f is not fig]
    if not listed or not listed[-1].note.startswith(_PICKED_OUT_NOTES):
        return False
    if listed[-1].note.startswith("a quoted rating") and fig.metric in AWARD_METRICS:
        return False  # 评选出“十佳”党组织10个、优秀党员律师50名: a title, then awards
    gap = ctx.text[listed[-1].tail_end : fig.number.start]
    return gap.startswith("、") and not any(c in gap for c in "，,；;：:")


_COMPARED_CHANGE_RE = re.compile(r"较|比|同比")  # opening the change's clause


# …的有广东、北京、江苏三省市，: the places a bound picked out, listed and counted
# …的省份达到8个 · …的城市有5个: the total counts places, its parts are places' own figures
_PLACES_AS_TOTAL_RE = re.compile(
    r"的(?:省份|省区市|城市|地市|市州|县市区|区县|县区)(?:达到|达|有|共有|为)?$"
)
_PLACES_PICKED_RE = re.compile(
    r"的(?:有|是)[^，,；;。]{2,30}?[两三四五六七八九十\d]个?(?:省|市|省市|省区|省份|地市|县|区)[，,]$"
)


def _a_kind_beside_others(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """社会团体2315家，民办非企业单位3489家，基金会58家: the figure's noun phrase names one kind
    of social organization and the sentence another."""
    kinds = ctx.catalog.not_observation["social_org_kinds"]
    text = ctx.text
    own = text[_clause_start(text, fig.number.start, st.start) : fig.number.start]
    named = [k for k in kinds if k in own]
    if not named:
        return False
    sentence = text[st.start : st.end]
    return any(k in sentence and not any(k in n or n in k for n in named) for k in kinds)


_KINDS_SUMMED_RE = re.compile(r"共|合计")


def _a_chamber_kind_beside_others(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """全省有异地商会162家、行业商会318家、乡镇（街道）商会906家: the count of one kind of
    chamber, the sentence naming another kind (not 异地商会、行业商会一共86家: their sum)."""
    text = ctx.text
    clause_from = _clause_start(text, fig.number.start, st.start)
    own = text[clause_from : fig.number.start]
    named = {m[0] for m in ctx.vocab.chamber_kind_re.finditer(own)}
    if not named:
        return False
    if "等" in text[_list_start(text, clause_from, st.start) : fig.number.start]:
        return False  # (异地商会、行业商会等各类商会87家: kinds as examples of all)
    subject = ctx.subject_kind_re  # (北流市乡镇（街道）商会党建…: the kind the title names is all)
    if subject is not None and any(subject.search(n) for n in named):
        return False
    if len(named) != 1 or _KINDS_SUMMED_RE.search(own):
        return False
    kinds = ctx.vocab.chamber_kind_re.finditer(text, st.start, st.end)
    return any(m[0] not in named for m in kinds)


_OF_ONE_LEVEL_RE = re.compile(r"[省市区县]属|[省市区县]级")  # 区属42个行业协会: one level's

# 全市登记注册社会组织3257个: the whole sector counted
_SOCIAL_ORGS_COUNTED_RE = re.compile(rf"社会组织[^，,；;。\d]{{0,4}}?(?:\d|[{CHINESE_DIGITS}])")


def _a_kind_of_the_whole(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """全市登记注册社会组织3257个…。在1742个民办非企业单位中，…: a count of one kind of social
    organization, after a sentence before counted them all."""
    text = ctx.text
    clause_from = _clause_start(text, fig.number.start, st.start)
    clause_end = next((k for k in range(fig.tail_end, st.end) if text[k] in CLAUSE_END), st.end)
    words = _CLOSED_ASIDE_RE.sub("", text[clause_from:clause_end])  # (not the kinds of an aside)
    # (…社会组织八千零七十四个…。其中，行业协会商会五百九十二个: the associations, as a kind)
    opened = _QIZHONG_OPENS_RE.search(text, st.start, clause_from) or words.lstrip(
        " \u3000\xa0"
    ).startswith("其中")
    as_a_part = (
        opened and "行业协会商会" in words and not ctx.gaz.find(words)
    )  # (not 其中，海淀区共有行业协会商会96家: a place's part)
    if as_a_part:
        return _SOCIAL_ORGS_COUNTED_RE.search(text, 0, clause_from) is not None
    if not _names_a_social_org_kind(words, ctx.catalog):
        return False
    return _SOCIAL_ORGS_COUNTED_RE.search(text, 0, st.start) is not None


_QIZHONG_OPENS_RE = re.compile(r"(?:^|(?<=[。；;，,\s\u3000]))其中[，,]?[\s\u3000]*$")


def _names_a_social_org_kind(words: str, cat: Catalog) -> bool:
    """社会团体 · 基金会 · 民办非企业单位: one kind of social organization (行业协会商会, which
    texts count as the sector's own, is not one)."""
    return any(k in words for k in cat.not_observation["social_org_kinds"] if k != "行业协会商会")


# 律所党委、党总支共6个 · 律师事务所和会计师事务所合计120家: one count for the kinds listed
_TOGETHER_RE = re.compile(r"(?:共计|合计|总计|一共|总共|共有|共)(?:约|近|达|为|有)?$")


_EACH_OR_RESPECTIVE_RE = re.compile("分别|各|均|依次")


def _kinds_counted_together(
    fig: Figure, st: SentenceState, ctx: Context
) -> tuple[str, bool] | None:
    """The metric of one count for several kinds listed before 共 (律所党委、党总支共6个): the
    whole the catalog makes of them (单独、联合党支部共177个: party_branches), "" where they
    make none; with whether the kinds are of several trades (律师、公证员共…); None when the
    figure counts no such list."""
    text, cat = ctx.text, ctx.catalog
    clause_from = _clause_start(text, fig.number.start, st.start)
    words = text[_list_start(text, clause_from, st.start) : fig.number.start]
    together = _TOGETHER_RE.search(words)
    # (…，党委、党总支1400多个: two kinds of body, one count right after them)
    bare = (
        together is None and fig.rule != "respective" and not _EACH_OR_RESPECTIVE_RE.search(words)
    )
    if together is None and not bare:
        return None
    items = _LIST_ITEM_SPLIT_RE.split(words[: together.start()] if together else words)
    if bare and not all(
        (t := suffix_term(strip_before(i, cat)[0], cat)) is not None and t.metric in _BODY_KINDS
        for i in items
    ):
        return None
    if len(items) < 2 or _sectors_sharing_a_head(items, cat):
        return None  # (非公企业和社会组织党员共4650名: the members of both, sector other)
    terms = [suffix_term(strip_before(i, cat)[0], cat) for i in _sharing_the_last_head(items, cat)]
    # (快递、外卖配送企业共156家: 企业 alone, the catalog's generic term, makes no kind of its own)
    named_kinds = {(t.sector, t.metric) for t in terms if t and not t.covered_only}
    if any(t is None for t in terms) or len(named_kinds) < 2:
        return None
    kinds = {t.metric for t in terms if t}
    sectors = {t.sector for t in terms if t}
    if len(kinds) == 1 and None not in sectors:
        return (
            kinds.pop(),
            True,
        )  # 执业律师、注册会计师、公证员共152人: one thing, of several trades
    parts_of: dict[str, list[str]] = cat.relations["parts_of"]
    whole = next((whole for whole, parts in parts_of.items() if set(parts) == kinds), "")
    return whole, len(sectors) >= 2


def _a_kind_in_an_aside(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """商会48家（异地商会21家、行业商会27家）: a count in the aside after a count of the same
    thing (or after its term: 48家 → 全市各类商会（…）, a card's label), named by kind and not by
    place: a kind of it, which the catalog does not count."""
    aside = _aside_open(ctx.text, fig.number.start, st.start)
    if aside < 0:
        return False
    owner = _count_before_aside(fig, st, ctx)
    owner_kind: tuple[str | None, str | None] | None
    if owner is not None:
        owner_kind = (owner.sector, owner.metric)
    else:
        # (an item with words of its own before the figure: not 律师事务所（368家）)
        item_from = max(aside, ctx.text.rfind("、", aside, fig.number.start)) + 1
        named = suffix_term(strip_before(ctx.text[st.start : aside], ctx.catalog)[0], ctx.catalog)
        has_words = bool(ctx.text[item_from : fig.number.start].strip())
        owner_kind = (named.sector, named.metric) if named and has_words else None
    if owner_kind != (fig.sector, fig.metric):
        return False
    # (公证员186名（2017年为142名）: the same count at another time)
    return not _ANOTHER_TIME_RE.search(ctx.text, aside, fig.number.start) and not _part_by_place(
        aside, fig.number.start, ctx
    )


_ANOTHER_TIME_RE = re.compile(r"(?:19|20)\d{2}年|[上去前]年|同期|此前|原")


_PER_HEAD_RE = re.compile(r"(?:每|平均每)(?:十万|万|千|百)?(?:人|名|户)")


def _per_head(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """每万人拥有律师2.2名: a figure per so many people, a ratio."""
    clause_from = _clause_start(ctx.text, fig.number.start, st.start)
    return _PER_HEAD_RE.search(ctx.text, clause_from, fig.number.start) is not None


def _covered_named_again(fig: Figure, st: SentenceState) -> bool:
    """已建立党组织的49家，…；49家商会共建立党组织51个: a count of firms as many as the covered
    ones its sentence counted before, of the same sector: those again, not all the place's."""
    return any(
        f.metric in _FIRM_OUTCOMES
        and f.sector == fig.sector
        and f.number.value == fig.number.value
        and f.number.start < fig.number.start
        for f in st.counts
    )


# 共覆盖… · 实现覆盖 · 纳入覆盖 · 实现组织覆盖 · 均已实现全覆盖: before the cover verb
_COVER_ACHIEVED_RE = re.compile(r"[共均已]*(?:实现|纳入)?了?(?:全|党的|党)?(?:组织)?")


def _achieves_cover(predicate: str, cat: Catalog) -> bool:
    """The predicate says a cover: 覆盖律所22家 · 实现覆盖 · 纳入覆盖 · 实现组织覆盖."""
    achieved = _COVER_ACHIEVED_RE.sub("", predicate, count=1)  # (it matches at 0, maybe empty)
    return achieved.startswith(tuple(cat.establishment["coverage_verbs"]))


# ；共建立党组织488个 · ；全市共有… · ；已有1246家企业建立党组织: a clause after ； that opens
# a whole of its own
_NEW_WHOLE_OPENING_RE = re.compile(r"\s*(?:共|总共|合计|累计|全[省市区县州盟旗]|已有|已经有)")


def _part_of_unpublished(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """其中-parts of a total that was not published are not published either."""
    k = _parts_opener(ctx, st.start, fig.number.start)
    if k < 0:
        return False
    group_from = max(ctx.text.rfind(c, k, fig.number.start) for c in "；;") + 1
    if group_from > k and _NEW_WHOLE_OPENING_RE.match(ctx.text, group_from):
        return False  # …，其中党员1340名；共建立党组织488个: a whole of its own after ；
    owner = _count_before_aside(fig, st, ctx)
    if owner is not None and owner.metric:
        return False  # 律师行业党支部6个（单独党支部4个、联合党支部2个）: parts of the 6
    before = [f for f in st.counts if f.number.start < k and f is not fig]
    # (…5873名，…每万人拥有律师2.2名；其中党员律师2140名: a ratio is no total)
    totals = [f for f in _levels(st, ctx) if f.number.start < k and not _per_head(f, st, ctx)]
    changed_last = before and before[-1].note.startswith("change")
    # (执业律师11953人，较上年增加846人，其中党员律师4127人: the total's parts; 当年新增
    # 公证员43名，其中党员31名: the new ones')
    new_ones = changed_last and "新" in before[-1].note
    # (执业律师137名，较上年新增律师15名；其中党员律师46名: a change of the total, compared
    # with a year before, whose parts are the total's)
    new_ones = new_ones and not _COMPARED_CHANGE_RE.match(
        ctx.text,
        _clause_start(ctx.text, before[-1].number.start, st.start),
        before[-1].number.start,
    )
    # (执业律师1127名，全年新增执业律师103名；其中党员律师486名: more than the new ones, so
    # the total's: a part never exceeds its whole)
    new_ones = new_ones and fig.number.value <= before[-1].number.value
    if changed_last and (
        not totals or new_ones and totals[-1].number.start < before[-1].number.start
    ):
        # 新组建党组织47个，其中非公企业29个 · 新增公证员43名，其中党员31名: growth too (not
        # 新建…党支部19个，所有律所均已建立党组织，其中…律所158家: more than the new ones)
        changes = [f.number.value for f in before if f.note.startswith("change")]
        return fig.metric in _GROWN_METRICS and fig.number.value <= max(changes)
    if not totals:
        # 这些公职律师大多…，其中党员517名: the parts of a kind the sentence points back to
        return _kind_pointed_back_to(st, k, ctx)
    if totals[-1].metric is not None:
        return False
    if (
        totals[-1].note == AMONG_ALL_STAFF
        and ctx.catalog.classifier_group(fig.classifier or "") == "units"
    ):
        return False  # (党员152名（含…辅助人员），…；8家公证处均单独建立了党支部: no part of them)
    if totals[-1].number.text == "一" and totals[-1].classifier == "批":
        return False  # 表彰了一批先进典型，其中先进党组织30个: a batch, no total of its own
    if totals[-1].note == AREA_GROUP_NOTE and _part_by_place(k, fig.number.start, ctx):
        return False  # 五个山区县合计律所仅47家，…其中泰顺县律所6家: a place of the group, its own
    if _PLACES_PICKED_RE.search(ctx.text, totals[-1].tail_end, k):
        return False  # 律师人数超过4万人的有广东、北京、江苏三省市，其中广东省…: each place's
    if _PLACES_AS_TOTAL_RE.search(ctx.text, st.start, totals[-1].number.start):
        return False  # 律师人数超过3万人的省份达到8个，其中…上海市党员律师超过1万人: each place's
    if _delegates_counted(totals[-1], st, ctx):
        return True  # 律师中共有各级人大代表、政协委员87名，其中党员律师51名: the delegates'
    if _GAPS_RE.search(_noun_phrase_before(totals[-1], st, ctx)):
        return True  # 梳理出党组织覆盖空白点181个，其中社会组织174个、律所7家: the gaps'
    # 市场主体近90万户，其中民营企业11.2万家: a total of no catalog noun says nothing
    # against a part that names its own sector or counts professionals (个人会员13万多人，
    # 其中执业会员约6.5万人); a bare 党员 part of 从业人数 stays out
    if fig.metric == "party_members" and _members_of_practitioners_before(fig, totals, st, ctx):
        return False  # 注册会计师10.1万余人，非执业会员约16万人；其中党员注册会计师3.8万人
    if totals[-1].note != "no catalog term":
        # (全县法律服务行业共建立党组织14个，其中律师行业党支部6个: a total of no sector, a part
        # that names its own sector, stands on its own)
        return not _a_sector_part_of_a_sectorless_total(fig, totals[-1], st, ctx)
    if fig.metric == "firms" and totals[-1].classifier == fig.classifier == "个":
        return True  # 党群服务中心14个，其中非公企业9个: parts of the centres, not firms
    if fig.metric == "party_members" and _a_places_sector_workforce(totals[-1], st, ctx):
        return False  # 全市社会组织共有从业人员3.4万名，其中党员4120名: the sector's members
    if fig.metric == "party_members" and not _has_scope(st.start, totals[-1].number.start, ctx):
        return True  # 选举产生理事25名，其中党员律师18名: the members of a body, not a place's
    return fig.metric != "practitioners" and not _names_its_sector(fig, st, ctx)


def _members_of_practitioners_before(
    fig: Figure, totals: list[Figure], st: SentenceState, ctx: Context
) -> bool:
    """党员注册会计师 as the part, after the published practitioners of its sector and a kind
    of member not read (非执业会员): the members among those practitioners."""
    named = _noun_phrase_before(fig, st, ctx).removeprefix("其中").lstrip("，,")
    return (
        totals[-1].note.startswith(SUBTYPE_NOTE)
        and named.startswith("党员")
        and len(named) > len("党员")
        and any(t.metric == "practitioners" and t.sector == fig.sector for t in totals[:-1])
    )


# 这些公职律师 · 上述企业: a group named before, pointed back to at the sentence's start
_POINTED_BACK_RE = re.compile(
    r"\s*(?:这些|这批|上述|该批)([^，,；;。\d]{2,10}?)(?:中|里|大多|大都|均|都|[，,])"
)


def _kind_pointed_back_to(st: SentenceState, upto: int, ctx: Context) -> bool:
    """The sentence opens by pointing back to a group (这些公职律师) that is a kind of a
    catalog unit, its words more than the catalog's (not 这些律师: all of them)."""
    group = _POINTED_BACK_RE.match(ctx.text, st.start, upto)
    if group is None:
        return False
    term = suffix_term(group[1], ctx.catalog)
    return term is not None and not consume(group[1], ctx)


# 空白点 · 未覆盖的 · 尚未建立党组织的: units left without a Party organization, a gap
_GAPS_RE = re.compile(r"空白|(?:未|没有)(?:覆盖|建立|组建|成立)")


def _delegates_counted(total: Figure, st: SentenceState, ctx: Context) -> bool:
    """The total counts delegates or members of a body (人大代表、政协委员87名)."""
    delegates = ctx.catalog.not_observation["delegates"]
    return _noun_phrase_before(total, st, ctx).endswith(delegates)


def _a_sector_part_of_a_sectorless_total(
    part: Figure, total: Figure, st: SentenceState, ctx: Context
) -> bool:
    text = ctx.text
    total_from = _clause_start(text, total.number.start, st.start)
    part_sector = _named_sector(_clause_before(part, st, ctx).removeprefix("其中"), ctx)
    if not total.note.startswith(SUBTYPE_NOTE) or part_sector is None:
        return False
    # 会计师和资产评估两个行业共有党员574名，其中会计师行业党员361名: one of the sectors
    # the total joins
    joined = set(_sectors_named(text, total_from, total.number.start, ctx.catalog))
    if len(joined) >= 2 and part_sector in joined:
        return True
    if _SECTORS_COUNTED_RE.search(text, total_from, total.number.start):
        return True  # 三个行业共建立党组织46个，其中会计师事务所党组织22个: one of them
    return part.metric in _ORG_METRICS and not joined


_AMONG_GROUP_RE = re.compile(rf"中(?:[，,]|(?={HAS_AMONG}|党员))")  # (…中党员有620名)


# what a group counted before 中， (and not published) holds: its members, its firms that
# set one up (入围的100家律所中，有16家单独建立了党支部)
_AMONG_METRICS = {
    **dict.fromkeys(("party_members", "party_member_share"), ("名", "人")),
    **dict.fromkeys(("firms_covered", "firms_with_own_branch", "firms_in_joint_branches"), ("家",)),
    # (入围的100家律所中，有91家已成立党委: the firms that set one up, a committee each)
    **dict.fromkeys(("party_committees", "general_branches"), ("家",)),
}
_ORGANIZATIONS_COUNTED = ("party_committees", "general_branches")  # in 个, among nothing


def _among_uncounted(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    """A figure after a clause naming the group it is among, a count the catalog does not
    publish (出席大会的150名会员代表中，党员律师102名，占68%): the group's, not a place's
    (全市律师1500名中，党员律师占38%: the practitioners')."""
    text = ctx.text
    if fig.metric in _ORGANIZATIONS_COUNTED and fig.classifier != "家":
        return False  # (…326家快递企业中…；全市党组织1290个，其中党委47个: no firms counted)
    among = last_match(_AMONG_GROUP_RE, text, st.start, fig.number.start)
    if among is None:
        return False
    clause_from = _clause_start(text, among.start(), st.start)
    group = [f for f in st.counts if clause_from <= f.number.start < among.start()]
    counted_in = _AMONG_METRICS[fig.metric or ""]
    if not group or group[-1].metric is not None or group[-1].classifier not in counted_in:
        return False
    if _restates_a_published_count(group[-1], clause_from, st, ctx):
        return False  # 执业律师1084名。在1084名执业律师中，有中共党员387名: the place's lawyers
    # (规模以上/50人以上的企业1.87万家中，已建立党组织的1.53万家: a size class, whose covered
    # firms the rounds' annotators publish, unlike a list's picked members: 上榜的20家律所中)
    return "名" in counted_in or not group[-1].note.startswith("sub-type")


def _restates_a_published_count(
    group: Figure, before: int, st: SentenceState, ctx: Context
) -> bool:
    """The group counted before 中 is a count published just before it, restated (its value
    and kind of classifier, in its sentence or the one before in its paragraph: 执业律师
    1.26万人，在这12600余名执业律师中)."""
    earlier = [f for f in st.counts if f.number.start < before]
    earlier += st.before.counts if st.before is not None else []
    kind = ctx.catalog.classifier_group(group.classifier or "")
    return any(
        f.metric
        and f.number.value == group.number.value
        and ctx.catalog.classifier_group(f.classifier or "") == kind
        for f in earlier
    )


def _a_places_sector_workforce(total: Figure, st: SentenceState, ctx: Context) -> bool:
    """全市社会组织…从业人员3.4万名: the people working in a place's sector (not 律所从业人数
    of one firm, which names no scope)."""
    before = ctx.text[st.start : total.number.start]
    return (
        _has_scope(st.start, total.number.start, ctx)
        and "从业人" in _clause_before(total, st, ctx)
        and _named_sector(before, ctx) is not None
    )


def _names_its_sector(fig: Figure, st: SentenceState, ctx: Context) -> bool:
    term = suffix_term(_noun_phrase_before(fig, st, ctx), ctx.catalog)
    return term is not None and term.sector is not None


def _of_another_metric(obs: Observation, metric: str) -> Observation:
    """The same figure as another metric it also states (189家…均已建立党组织: firms)."""
    oid = hashlib.sha256(f"{obs.observation_id}|{metric}".encode()).hexdigest()[:20]
    return replace(obs, observation_id=oid, metric=metric)


def _of_another_sector(obs: Observation, sector: str) -> Observation:
    """The same figure for another sector that each has it (公证、司法鉴定行业…均达到100%)."""
    oid = hashlib.sha256(f"{obs.observation_id}|{sector}".encode()).hexdigest()[:20]
    return replace(obs, observation_id=oid, sector=sector)


def _of_another_place(obs: Observation, place: Place) -> Observation:
    """The same figure for another place that each has it (…、永顺县各有律所6家)."""
    oid = hashlib.sha256(f"{obs.observation_id}|{place.code}".encode()).hexdigest()[:20]
    return replace(
        obs,
        observation_id=oid,
        jurisdiction=place.full_name,
        jurisdiction_level=place.level,
    )


def _observation(
    doc: Document, fig: Figure, as_of: date | None, basis: AsOfBasis, sentence: str, cat: Catalog
) -> Observation:
    num = fig.number
    raw_start, raw_end = doc.raw_span(num.start, num.end)
    value = float(num.value)
    qual = fig.qualifier
    low = value if qual in (Qualifier.EXACT, Qualifier.LOWER_BOUND) else None
    high = value if qual in (Qualifier.EXACT, Qualifier.UPPER_BOUND) else None
    place = fig.place
    oid = hashlib.sha256(
        f"{doc.sha256}|{fig.metric}|{fig.sector}|{raw_start}|{raw_end}".encode()
    ).hexdigest()[:20]
    return Observation(
        observation_id=oid,
        source_id=doc.source_id,
        sector=fig.sector or "other",
        metric=fig.metric or "",
        value=value,
        qualifier=qual,
        value_low=low,
        value_high=high,
        unit=Unit(cat.unit_of(fig.metric or "firms")),
        jurisdiction=place.full_name if place else None,
        jurisdiction_level=place.level if place else Level.UNKNOWN,
        subgroup=fig.subgroup,
        as_of=as_of,
        as_of_basis=basis,
        raw_start=raw_start,
        raw_end=raw_end,
        evidence=sentence.strip()[:300],
        rule=fig.rule,
    )
