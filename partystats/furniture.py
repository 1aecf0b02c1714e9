"""Page furniture and spam: which lines of a scraped page are not the article.

Lines are judged in simplified script (repair converts before it asks), so the
cues below are simplified only. The guiding rule: never drop a sentence that
carries figures. Soft cues only apply to lines that do not read as prose.
"""

from __future__ import annotations

import re

# Cues that never occur in an article sentence: the line goes whatever it holds.
# (No case-insensitive flags and no leading character classes: both make the
# regex engine try every position, and this runs on every line.)
HARD_FURNITURE = re.compile(
    r"ICP[备证]|ICP\s*[:：]?\s*\d{5,}"  # 沪ICP备17030485号-1
    r"|公网安备"  # 沪公网安备 31010402007129号
    r"|\{\{.*\}\}"  # unrendered page templates: {{comment.username}}
    r"|\"\s*/>"  # attribute debris of <meta ... />
    r"|</?(?i:script|style|meta|link|iframe|head|body|html|form|input)\b[^>]*>"
)

# Cues of page furniture that a long sentence could still contain ("本所版权所有的
# 案例..."), so they only drop lines that are not prose.
SOFT_FURNITURE = re.compile(
    r"版权所有|版权声明|版权和免责|免责声明|[Cc]opyright|COPYRIGHT|©"
    r"|技术(?:电话|支持|服务)|联系电话|服务热线|客服电话|电话\s*[:：]\s*[\d(（-]"
    r"|当前位置|您的位置|您当前的位置|所在位置"
    r"|主办单位|承办单位|协办单位|网站地图|设为首页|加入收藏|联系我们|关于我们"
    r"|责任编辑|编辑\s*[:：]|总值班|审核\s*[:：]|校对\s*[:：]"
    r"|扫一扫|二维码|微信公众号|关注.{0,12}(?:微信|APP|客户端)|APP下载|手机版|客户端下载"
    r"|分享到|字号|打印本页|关闭窗口|返回顶部|返回首页|上一篇|下一篇"
)
# 相关新闻 · 相关信息 · 最新动态 · 精彩推荐 · 本周热点 · 新闻排行 · 图片新闻: a block of links
_LINK_BLOCK = (
    r"(?:相关|推荐|热门|热点|精品|延伸|更多|最新|精彩|本周|今日|图片)"
    r"(?:文章|新闻|阅读|链接|推荐|资讯|产品|动态|热点|头条|消息|信息|报道)|新闻排行|排行榜"
    r"|往期(?:精彩|推荐|回顾|文章|精选)|精彩回顾|历史(?:文章|推送)"  # a public account's
)
# Headers of "related articles" blocks: the link titles under them go too.
RELATED_HEADER = re.compile(rf"{_LINK_BLOCK}|猜你喜欢|你可能")
# Section headers and widgets, recognised at the start of a line.
FURNITURE_HEADER = re.compile(
    rf"{_LINK_BLOCK}"
    r"|猜你喜欢|你可能|查看更多|暂无评论|发布回复|点赞|用户头像|点击图片|标签\s*[:：]"
    r"|(?i:logo$|404 Not Found|Post a Comment|No comments|recommended)"
)

# Byline/meta keys of a page header: 来源: 作者: 发布时间: 浏览: ...
META_KEY = re.compile(
    r"(?:来源|作者|发布于|发布时间|发布日期|发表时间|日期|时间|浏览次数|浏览|阅读次数|阅读|点击数|点击|访问量"
    r"|编辑|字号)\s*[:：]"
)

# A line holding only a date/time, perhaps with a short section label.
DATE_ONLY = re.compile(
    r"^(?:\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?|\d{1,2}\.\d{1,2}\.\d{4})"
    r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*\S{0,8}$"
)

BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
SERVER_BANNER = re.compile(r"^[A-Za-z]+/\d+(?:\.\d+)+$")  # ZJOL/1.22.95

# Words of gambling/porn spam injected into hacked pages. Strong cues are spam on
# their own; weak ones only count beside a strong one (亚洲 and 成人 are ordinary words).
SPAM_STRONG = re.compile(
    "彩票|博彩|娱乐城|赌场|真人视讯|棋牌|无码|午夜|在线视频|国产精品|精品在线|人妻|色情|约炮|百家乐"
)
SPAM_WEAK = re.compile("亚洲|日韩|成人|一区|av|AV|视频|免费|在线观看")

# Inline spam inside an otherwise real line: emoji-delimited chains
# ("🏆1399彩票net最新版🏆365ty.c0m🏆") and URLs that contain Chinese
# ("www.凯时-共赢共欢乐-凯时88kb88"), which no genuine citation does.
_EMOJI = "\U0001f000-\U0001faff\u2600-\u26ff\u2700-\u27bf"
INLINE_SPAM = re.compile(
    r"(?:"
    rf"(?:[{_EMOJI}][^{_EMOJI}\s。，,]{{0,30}})+[{_EMOJI}]"
    r"|(?:https?://|www\.)[\w.\-/]*?[\u4e00-\u9fff][\w.\-/]*?[A-Za-z0-9](?=[\u4e00-\u9fff\s]|$)"
    rf"|[{_EMOJI}]"
    r")[ \t\u3000]*"  # and the gap it leaves
)

EMOJI = re.compile(f"[{_EMOJI}]")

# Separators of menu and tag lines: 首页 | 新闻 | 关于我们
MENU_SEPARATORS = re.compile(r"[\s|｜·•/;；>»]+")
MENU_MIN_ITEMS = 4
MENU_MAX_ITEM = 16

# A figure as articles state it: 1058家, 12599人, 70%, **186** 人 (bold marks of a post).
FIGURE = re.compile(r"\d[\s*]*(?:[个家人名所件位万亿%％]|余|多)")
# 34.6% · 28.7% ➡ 36.6%: an infographic's figure on a line of its own (its label on the next,
# or over it), not debris
PERCENT_ONLY = re.compile(
    r"\d{1,3}(?:\.\d+)?\s*[%％]\+?(?:\s*(?:→|➡|->)\s*\d{1,3}(?:\.\d+)?\s*[%％])*"
)
SENTENCE_PUNCT = re.compile(r"[，。！？；,!]")
HAS_HANZI = re.compile(r"[\u3400-\u9fff]")
STARTS_WITH_DATE = re.compile(r"\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}")
# Bullets and brackets that decorate widget lines: "• 查看更多", "[版权声明]".
LINE_DECORATION = " \t\u3000\xa0•·▪●◆■►▼▲>【】[]"


RUNNING_HEAD_MIN, RUNNING_HEAD_MAX = 6, 40  # characters of a page's repeated header line
# 第 1 页 共 3 页 · 第2页/共5页: a PDF page's number
PAGE_NUMBER = re.compile(r"^第\s*\d+\s*页\s*(?:[/，,]?\s*共\s*\d+\s*页)?$")
PAGE_MARK = re.compile(
    r"^[-—－–·・\s]*[\d０-９]{1,3}[-—－–·・\s]*$"
)  # — 3 — · - 4 - · －１－ · · 4 ·
CLAUSE_MARKS = re.compile(r"[，,；;、：:]")  # a line with them goes on a sentence
PAGE_HEADING = re.compile(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．]")


def dropped_lines(lines: list[str], tabular: list[bool]) -> list[str | None]:
    """For each line, the rule that drops it (None to keep it); ``tabular`` says which
    lines belong to a table (text_tables.table_lines).

    Under a "related articles" header every following line that is not prose is
    a link title, whatever figures it holds, until the article text resumes.
    """
    rules: list[str | None] = []
    in_related = False
    heads: set[str] = set()  # the short lines that are no prose, seen so far
    paged = False  # a page's number was the last line that was not blank
    for line, in_table in zip(lines, tabular, strict=True):
        rule = None if in_table else furniture_rule(line)  # a table's short cells are no menu
        text = line.strip(LINE_DECORATION)
        if rule is None and not in_table and RUNNING_HEAD_MIN <= len(text) <= RUNNING_HEAD_MAX:
            # 四川省律师协会2012年度工作报告 again at the top of each page of a PDF's text, or
            # any short line right under a page's number (天河区民政局2021年…工作总结) but a
            # card's label under its figure (612 over 名党员公证员)
            prose = reads_as_prose(text)
            # (…非公企业 / —2— / 3860家，非公企业党组织4120个…: a sentence the page break cut
            # goes on under the number, clauses and all; a header has none)
            under_a_page_number = (
                paged and not PAGE_HEADING.match(text) and not CLAUSE_MARKS.search(text)
            )
            if (
                text in heads
                or under_a_page_number
                and not prose
                and not UNIT_LABEL_LINE.match(text)
            ):
                rule = "running header"
            elif not prose:
                heads.add(text)
        if stripped := line.strip():
            paged = bool(PAGE_NUMBER.match(stripped) or PAGE_MARK.match(stripped))
        if rule and RELATED_HEADER.match(text):
            in_related = True
        elif in_related and text:
            if rule is None and not reads_as_prose(text):
                rule = "related links"
            elif rule is None:
                in_related = False
        rules.append(rule)
    return _numbers_cut_kept(lines, _footnotes_inside_sentences(lines, _cards_kept(lines, rules)))


_DIGITS_ONLY = re.compile(r"\d{1,4}")


def _numbers_cut_kept(lines: list[str], rules: list[str | None]) -> list[str | None]:
    """…共有党组织⏎29⏎46个，其中…: digits alone on a line, between a line that ends no
    sentence and one that opens with the rest of the figure, are a number a PDF's line
    breaks cut, no page's number."""
    kept = list(rules)
    for k in range(1, len(lines) - 1):
        if rules[k] is None or not _DIGITS_ONLY.fullmatch(lines[k].strip()):
            continue
        before, after = lines[k - 1].rstrip(), lines[k + 1].lstrip()
        if before and not before.endswith(SENTENCE_STOPS) and after[:1].isdigit():
            kept[k] = None
    return kept


# ① 含公职律师、公司律师。: a footnote at a page's foot
FOOTNOTE_LINE = re.compile(r"[①-⑳][ \t\u3000]*\S")
SENTENCE_STOPS = tuple("。！？；：!?;:）)》”")


def _footnotes_inside_sentences(lines: list[str], rules: list[str | None]) -> list[str | None]:
    """Drop the footnotes at a page's foot that stand inside a sentence the page break cut
    (…占执业律师总 / ① 含公职律师… / — 1 — / 数的32.4%): read in place they would part the
    sentence's halves. A footnote after a finished sentence stays."""
    for k, line in enumerate(lines):
        if rules[k] or not FOOTNOTE_LINE.match(line.strip()):
            continue
        j = _next_past_footnotes(lines, k + 1)
        at_page_foot = j is None or rules[j] is not None or bool(PAGE_MARK.match(lines[j].strip()))
        before = next((x.strip() for x in reversed(lines[:k]) if x.strip()), "")
        unfinished = bool(before) and not FOOTNOTE_LINE.match(before)
        if at_page_foot and unfinished and not before.endswith(SENTENCE_STOPS):
            rules[k] = "footnote inside a sentence"
    return rules


def _next_past_footnotes(lines: list[str], k: int) -> int | None:
    """The next line from ``k`` that is neither blank nor a footnote."""
    while k < len(lines) and (not lines[k].strip() or FOOTNOTE_LINE.match(lines[k].strip())):
        k += 1
    return k if k < len(lines) else None


# 🔴 1268 over 全县登记在册的非公有制企业（家）: an infographic card's figure, on a line of its
# own (a bare number, marked), over its label
CARD_FIGURE_LINE = re.compile(r"(?:[^\w\s]+\s*)?\d[\d,]*(?:\.\d+)?\s*[%％+]?")
CARD_LABEL_LINE = re.compile(r"[^\d\n]{2,30}")
# 186 over 家公证机构: the label opens with the figure's classifier, which no heading or
# running header does, so the figure needs no mark
UNIT_LABEL_LINE = re.compile(r"(?!人民)[家个名人户位场次期][\u4e00-\u9fff][^\d\n]{1,29}")


def _cards_kept(lines: list[str], rules: list[str | None]) -> list[str | None]:
    """Keep a card's figure line that was taken for debris when the line after it, kept,
    is its label: marked (🔴 1268), or bare over a label that opens with its classifier (a
    page's number is followed by its running header, which is dropped)."""
    for k, rule in enumerate(rules[:-1]):
        figure = lines[k].strip()
        if rule != "not chinese" or not CARD_FIGURE_LINE.fullmatch(figure):
            continue
        after = lines[k + 1].strip()
        marked = not figure[0].isdigit()
        label = CARD_LABEL_LINE.fullmatch(after) if marked else UNIT_LABEL_LINE.fullmatch(after)
        if rules[k + 1] is None and HAS_HANZI.search(after) and label:
            rules[k] = None
    return rules


def furniture_rule(line: str) -> str | None:
    """The name of the rule that marks ``line`` as page furniture or spam, else None."""
    text = line.strip(LINE_DECORATION)  # (▼延伸阅读 · 【相关新闻】: a header's marks)
    if not text:
        return None
    if HARD_FURNITURE.search(text):
        return "furniture"
    prose = reads_as_prose(text)
    strong = len(SPAM_STRONG.findall(text))
    if strong and (not prose or strong + len(SPAM_WEAK.findall(text)) >= 3):
        return "spam"
    if prose:
        return None
    if not HAS_HANZI.search(text):
        # ids, paths, code and encoding debris (not 34.6%: a card's figure)
        return None if PERCENT_ONLY.fullmatch(text) else "not chinese"
    if SERVER_BANNER.match(text) or BARE_URL.match(text) or DATE_ONLY.match(text):
        return "furniture"
    if PAGE_NUMBER.match(text):
        return "page number"
    if FURNITURE_HEADER.match(text) or SOFT_FURNITURE.search(text):
        return "furniture"
    if is_meta_line(text) or is_menu_line(text):
        return "furniture"
    return None


def reads_as_prose(text: str) -> bool:
    """Ends a sentence, or is long and punctuated like one."""
    return "。" in text or (len(text) >= 60 and bool(SENTENCE_PUNCT.search(text)))


def is_meta_line(text: str) -> bool:
    """来源: 洛阳网 2025.09.09 / 日期:2008-08-28 作者:刘晓星 阅读:2,032次."""
    keys = len(META_KEY.findall(text))
    if keys >= 2:
        return True
    leading = META_KEY.match(text) or STARTS_WITH_DATE.match(text)
    return keys == 1 and bool(leading) and len(text) <= 60


def is_menu_line(text: str) -> bool:
    """Many short link-like items and no sentence: navigation, tag lists, banners."""
    if SENTENCE_PUNCT.search(text) or FIGURE.search(text) or "(" in text or "（" in text:
        return False  # a sentence, a figure or a byline ("(记者 实习生 杨 婧)")
    items = [item for item in MENU_SEPARATORS.split(text) if item]
    if sum(bool(_NUMERIC_ITEM.fullmatch(item)) for item in items) >= 2:
        return False  # 党员律师  人  11062  +1034: a table's row, its figures in cells
    return len(items) >= MENU_MIN_ITEMS and all(len(item) <= MENU_MAX_ITEM for item in items)


_NUMERIC_ITEM = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?[%％]?")


# Casino names glued into a sentence (澳门葡京娱乐场执业律师4318名, 联合真人百家乐党支部)
CASINO_SPAM = re.compile(
    r"(?:澳门)?新?葡京(?:娱乐场|娱乐城|娱乐)?|威尼斯人娱乐[场城]|真人百家乐|百家乐|娱乐[场城]"
)


# An advertisement in brackets spliced into a sentence (党员律师【加微信领资料】397名,
# 律师事务所【厦门同城交友 点击进入】176家); not a heading such as 【法律服务】
BRACKETED_AD = re.compile(
    r"[【〖][^【】〖〗\n]{0,40}?"
    r"(?:微信|免费|领取|领资料|转载|咨询|点击|扫码|关注|交友|广告|推广|热线|www\.|http|\d{3,4}-\d{3,4}-?\d{3,4})"
    r"[^【】〖〗\n]{0,40}?[】〗][ \t\u3000]*"
)


def inline_spam_spans(line: str) -> list[tuple[int, int]]:
    """Spans of spam glued into a real line, to delete without losing the line."""
    spans = [m.span() for m in CASINO_SPAM.finditer(line)]
    if "【" in line or "〖" in line:
        spans += [m.span() for m in BRACKETED_AD.finditer(line)]
    if EMOJI.search(line) or "www." in line or "http" in line:  # else decided at C speed
        spans += [m.span() for m in INLINE_SPAM.finditer(line)]
    return sorted(spans)
