"""Text repair: raw decoded text -> clean simplified text, with an offset map back.

Every edit is a deletion or a one-for-one substitution, so ``origin[i]`` (the
raw index of clean character i) is all the map needs. The steps, in order:

1. delete carriage returns, zero-width characters, text markup (``<p>``, ``<br/>``) and
   characters lost before the copy was made (``锟斤拷``);
2. delete pinyin annotations: ``來(lái)`` -> ``來``, ``黨(dang3)`` -> ``黨``, and English
   glosses: ``律师事务所(law firms)1198家`` -> ``律师事务所1198家``;
3. traditional -> simplified, one character for one (OpenCC); a scan's certain misreads
   (``己建立`` -> ``已建立``);
4. delete page-furniture and spam lines, inline spam, blank lines and the
   whitespace around lines; undo typesetting: bullets opening a line (▶ ● ◆),
   spaces between Chinese and a figure (``到 2023 年底``, ``95.8 %``) or inside a
   word (``执业律 师``), and the line breaks of a hard-wrapped (PDF) text;
5. collapse doubled punctuation: ``,,`` ``,、`` ``,。`` -> the real mark;
6. find mojibake runs (recorded, never edited);
7. half-width punctuation beside Chinese -> full width, never inside a number; corner
   quotes 「」 -> “”.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import unescape
from itertools import compress

from partystats.furniture import dropped_lines, inline_spam_spans
from partystats.hanzi import common_characters, frequent_characters
from partystats.model import RepairStats
from partystats.text_tables import LEADING_FIGURE_COLON, table_lines

Span = tuple[int, int]


@dataclass(frozen=True)
class Repaired:
    clean_text: str
    origin: tuple[int, ...]
    stats: RepairStats


# ---------------------------------------------------------------- simplified script


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=8192)
def _char_to_simplified(ch: str) -> str:
    converted = _t2s().convert(ch)
    return converted if len(converted) == 1 else ch


def to_simplified(text: str) -> str:
    """Traditional -> simplified, one character for one (OpenCC, converter built once).

    OpenCC converts phrase by phrase (``著名`` keeps 著); if a phrase ever changes
    length we fall back to converting character by character, so offsets hold.
    """
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_char_to_simplified(ch) for ch in text)


# ---------------------------------------------------------------- the edits

INVISIBLE = re.compile("[\r\u200b-\u200d\u2060\ufeff]")
# 锟斤拷: two U+FFFD (characters already lost) read back as GBK; it stands for nothing
LOST_CHARACTERS = re.compile("(?:锟斤拷)+")
# Text-level markup left in a copied page (<p>…</p>, <br/>, <span style=…>): the tag
# goes, the sentence it wraps stays. Script, style and meta lines are furniture.
MARKUP_TAG = re.compile(
    r"</?(?i:p|div|span|br|a|b|strong|em|i|u|font|li|ul|ol|td|tr|th|tbody|table|h[1-6]"
    r"|section|article|center|img)\b[^<>\n]{0,300}>"
)

# Pinyin a converter glued after characters: 來(lái), 認(rèn), 實現(xiàn). Lowercase
# latin with at least one tone mark, one to a few syllables; where mojibake ate
# the "(" a "?" stands in its place (談?wù)). 党组(党委), (记者白阳), (2018) and
# （市） hold no such thing and are left alone.
TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LETTER = f"a-zü{TONE_MARKED}"
PINYIN_ANNOTATION = re.compile(
    rf"[(（?](?=[^)）]{{0,40}}[{TONE_MARKED}])"
    rf"[{_PINYIN_LETTER}]{{1,6}}(?:[ '’-]?[{_PINYIN_LETTER}]{{1,6}}){{0,5}}[)）]"
)
# ...or glued without brackets (律师事务所lǜ shī shì wù suǒ1685家): a run of syllables right
# after a character, kept only when it has a tone mark (never an English word)
PINYIN_BARE = re.compile(
    rf"(?<=[\u3400-\u9fff])[{_PINYIN_LETTER}]{{1,6}}(?:[ '’-][{_PINYIN_LETTER}]{{1,6}}){{0,7}} ?"
    r"(?![A-Za-z])"
)
TONE_MARK = re.compile(f"[{TONE_MARKED}]")
# ...or with tone numbers (黨(dang3)員 · 來(lai2) · 律(lv4)): each syllable a vowel and its
# tone's digit, in brackets right after a character
_NUMBERED_SYLLABLE = r"[bcdfghjklmnpqrstwxyz]{0,2}[aeiouvü][a-zü]{0,4}[1-5]"
PINYIN_NUMBERED = re.compile(
    rf"(?<=[\u3400-\u9fff])[(（]{_NUMBERED_SYLLABLE}(?:[ '’-]?{_NUMBERED_SYLLABLE}){{0,5}}[)）]"
)

# An English gloss in brackets right after a Chinese word (执业律师(practising lawyers)21675名,
# a bilingual page's): letters and spaces only, so （2018） · (Top 50) · （市） stay
ENGLISH_GLOSS = re.compile(
    r"(?<=[\u3400-\u9fff”》])[(（][A-Za-z][A-Za-z '’&/.-]{0,58}[A-Za-z.][)）]"
)
# ...or an English word with its Chinese in brackets after it (全市共有 law firms（律师事务所）
# 1 120家): the English and the brackets go, the Chinese word stays
ENGLISH_BEFORE_CHINESE = re.compile(
    r"(?<![A-Za-z])[A-Za-z][A-Za-z '’&/.-]{0,40}[A-Za-z] ?[(（](?=[\u3400-\u9fff]{2,12}[)）])"
)
_CHINESE_CLOSE = re.compile(r"[\u3400-\u9fff]{2,12}[)）]")


def english_before_chinese(raw: str) -> list[Span]:
    """The English words and brackets around a Chinese word glossing them (see above)."""
    spans = []
    for m in ENGLISH_BEFORE_CHINESE.finditer(raw):
        close = _CHINESE_CLOSE.match(raw, m.end())
        if close is not None:
            spans += [m.span(), (close.end() - 1, close.end())]
    return spans


# A half-width comma doubled before the real mark (,, ,、 ,。 ,; ,?), or a
# full-width mark repeated. Ellipses (……) and dashes (——) are not touched.
# (Written to start with a character class so the regex engine can skip ahead fast.)
DOUBLED_PUNCT = re.compile(r"([,，、；。])(?:(?<=[,，])(?=[,，、。;；?？!！:：])|(?=\1))")

# &ldquo; &nbsp; &#8220; left in a copied page's text (also with a full-width ；)
HTML_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,7})[;；]")

HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
# 「红色律所」 (Hong Kong and Taiwan copies): the quotes the mainland prints, one for one
CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")
# ﹐﹑﹔ (small form variants, from a Big5 round trip): the marks they stand for, one for one
SMALL_FORMS = str.maketrans("﹐﹑﹒﹔﹕﹖﹗", "，、。；：？！")
_SMALL_FORM_RE = re.compile(f"[{''.join(map(chr, SMALL_FORMS))}]")
# 共建立黨組織212個.全市另有…: a half-width full stop after Chinese ends the sentence (not
# 1.96万, www.gov.cn)
FULL_STOP = re.compile(r"(?<=[\u3400-\u9fff”])\.(?=[\u3400-\u9fff“\n]|$)")
PAREN_PAIR = re.compile(r"[(（]([^()（）\n]{1,60})[)）]")

HANZI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# 律师事务所【186】家 · 【2.3万余】名 · 占比【37.4%】 · 【二十六】家 · 约占【三成】 (a WeChat
# post's figures set off for emphasis): the brackets go, the figure joins its words again (a
# Chinese numeral only before its classifier, or as a share: not 【一】, a section's number)
_CHINESE_NUMERAL = "〇零一二两三四五六七八九十百千万亿"
STRESSED_NUMBER = re.compile(
    r"【(?:近|约|逾|超|超过|不足|不到)?\d[\d.,万亿余多]*[%％]?】"  # (党员律师【近500】名)
    rf"|【[{_CHINESE_NUMERAL}]+[余多]?】(?=[家个名人位户所期次场批件])"
    rf"|【[{_CHINESE_NUMERAL}]+成】"
)


# 律师事务所**38**家 · **2860**: markdown's bold, around a figure or a few words of a line
MARKDOWN_BOLD = re.compile(r"(\*\*|__)(?=[^*_\n])[^*_\n]{1,40}?(?<=[^*_\n])\1")


def enclosing_marks(pattern: re.Pattern[str], width: int, text: str) -> list[Span]:
    """The opening and closing marks, ``width`` characters each, of every match of
    ``pattern`` (【186】's brackets, **38**'s asterisks): the marks go, what they enclose stays."""
    return [
        span
        for m in pattern.finditer(text)
        for span in ((m.start(), m.start() + width), (m.end() - width, m.end()))
    ]


_STRESSED_NUMBER_INSIDE = re.compile(r"[\d.,，万亿千百%％]+")
_HANZI = re.compile(r"[\u3400-\u9fff]")


def stressed_number_padding(text: str) -> list[Span]:
    """The one space each side of a bold number set between words (执业律师 **65.16万** 多人):
    it goes with the marks, so the number reads with its unit again."""
    spans: list[Span] = []
    for m in MARKDOWN_BOLD.finditer(text):
        if not _STRESSED_NUMBER_INSIDE.fullmatch(m[0][2:-2]):
            continue
        start, end = m.span()
        if start >= 2 and text[start - 1] == " " and _HANZI.match(text, start - 2):
            spans.append((start - 1, start))
        if text[end : end + 1] == " " and _HANZI.match(text, end + 1):
            spans.append((end, end + 1))
    return spans


def repair(raw: str) -> Repaired:
    """Clean simplified text from ``raw``, the offset map back, and what was done."""
    pinyin = (
        pinyin_spans(raw)
        if "(" in raw or "（" in raw or "?" in raw or TONE_MARK.search(raw)
        else []
    )
    invisible = matches(INVISIBLE, raw)
    markup = matches(MARKUP_TAG, raw) if "<" in raw else []
    lost = matches(LOST_CHARACTERS, raw) if "锟" in raw else []
    entities = html_entities(raw) if "&" in raw else {}
    if "</t" in raw or "</T" in raw:
        breaks = table_breaks(raw, markup)  # a table's cells and rows stay apart
        markup = [span for span in markup if span not in breaks]
        entities |= breaks
    named = [(start, end - 1) for (start, end) in entities]  # the ; becomes the character
    glosses = (
        matches(ENGLISH_GLOSS, raw) + english_before_chinese(raw)
        if "(" in raw or "（" in raw
        else []
    )
    spans = merge_spans(invisible + pinyin + glosses + markup + lost + named)
    text, origin = delete_spans(raw, range(len(raw)), spans)
    text = put_entities(text, origin, entities) if entities else text

    text = to_simplified(text)
    text = _OCR_MISREAD.sub(_read_right, text) if _MISREAD_CUES.search(text) else text

    if LINE_NUMBER.search(text) and (numbered := line_number_spans(text)):
        text, origin = delete_spans(text, origin, numbered)

    text, marks_read = read_lost_marks(text) if "?" in text else (text, 0)

    tabular = table_lines(text.split("\n"))  # which lines are a table's: both steps ask
    furniture, lines_dropped, gone = furniture_spans(text, tabular)
    doubled = [s for s in matches(DOUBLED_PUNCT, text) if not inside(s[0], furniture)]
    typeset = typesetting_spans(text, tabular, gone)
    stressed = enclosing_marks(STRESSED_NUMBER, 1, text) if "【" in text else []
    if "**" in text or "__" in text:
        stressed += enclosing_marks(MARKDOWN_BOLD, 2, text) + stressed_number_padding(text)
    text, origin = delete_spans(text, origin, merge_spans(furniture + doubled + typeset + stressed))

    runs = mojibake_runs(text)
    text = text.translate(CORNER_QUOTES) if "「" in text or "『" in text else text
    small = len(_SMALL_FORM_RE.findall(text))
    text = text.translate(SMALL_FORMS) if small else text
    text, stops = FULL_STOP.subn("。", text) if "." in text else (text, 0)
    text, widened = widen_punctuation(text, avoid=runs)
    text, listed = LIST_MARKER_DOT.subn(r"\1、", text)

    stats = RepairStats(
        pinyin_removed=len(pinyin),
        punct_fixed=len(doubled) + widened + listed + marks_read + small + stops,
        lines_dropped=lines_dropped,
        mojibake_runs=len(runs),
        mojibake_spans=tuple((origin[s], origin[e - 1] + 1) for s, e in runs),
    )
    return Repaired(text, tuple(origin), stats)


# A copy whose Chinese marks were lost in a charset round trip, each now a "?" (记者了解到?截至
# 2017年底?全省…): when such "?" outnumber the commas, they are marks, read as clause breaks
LOST_MARK = re.compile(r"(?<=[\u3400-\u9fff\d%])\?(?=\??[\u3400-\u9fff\d])")
LOST_MARKS_MIN = 5  # (a few are questions: 有哪些重要意义?律师行业…)


def read_lost_marks(text: str) -> tuple[str, int]:
    """Each lost mark read as a full-width comma (one for one: offsets hold), and how many."""
    found = len(LOST_MARK.findall(text))
    if found < LOST_MARKS_MIN or found <= text.count("，") + text.count(","):
        return text, 0
    return LOST_MARK.sub("，", text), found


# A document's printed line numbers (a PDF of a red-header notice): a number, then two spaces
# or nothing, opening each line, counting up line by line
# (or one space before a line of prose, 6 全市律师行业共建立党组织296个; not before a table's
# row, 1 南京市  412  5630, whose first cell may be a serial number under its header)
LINE_NUMBER = re.compile(
    r"^[ \t]*\d{1,3}(?:[ \t\u3000]{2}|[ \t\u3000]*$|[ \u3000](?=\S)(?![^\n]*(?:\t|[ \u3000]{2})))",
    re.MULTILINE,
)
LINE_NUMBERS_MIN_RUN = 5  # (fewer may be a list's figures, one a line)


def line_number_spans(text: str) -> list[Span]:
    """The printed numbers of lines numbered one after another, five lines or more running."""
    spans: list[Span] = []
    run: list[Span] = []
    last = -2  # the number the line before carried
    pos = 0
    for line in text.split("\n"):
        mark = LINE_NUMBER.match(line)
        number = int(line[: mark.end()].strip()) if mark else -1
        if mark and number == last + 1:
            run.append((pos, pos + mark.end()))
        else:
            spans += run if len(run) >= LINE_NUMBERS_MIN_RUN else []
            run = [(pos, pos + mark.end())] if mark else []
        last = number
        pos += len(line) + 1
    return spans + (run if len(run) >= LINE_NUMBERS_MIN_RUN else [])


# A scan's misread characters where the reading is certain: 己 for 已 before a verb it
# opens (己建立 · 均己成立; not 自己建立), 末 for 未 after 尚 (尚末建立)
_OCR_MISREAD = re.compile(
    r"(?<!自)己(?=建立|建成|成立|组建|经|有|达|全部|实现|覆盖|纳入)|(?<=尚)末"
    # (3O6家 · 1OO% · 2O19年: the letter O for a zero inside a figure, a digit on its left)
    r"|(?<=\d)[Oo](?=[Oo]*(?:\d|\.\d|[家个名人位户所%％年万]))"
    r"|(?<=律)帅(?![哥气])"  # (党员律帅: 师 misread; not 帅哥)
)
_MISREAD_AS = {"己": "已", "末": "未", "O": "0", "o": "0", "帅": "师"}


_MISREAD_CUES = re.compile(r"己|尚末|\d[Oo]|律帅")  # (decided at C speed for most texts)


def _read_right(m: re.Match[str]) -> str:
    return _MISREAD_AS[m[0]]


# Below this many deletions slicing beats masking (measured on the dev corpus).
FEW_SPANS = 40


def html_entities(raw: str) -> dict[Span, str]:
    """Each HTML entity in ``raw`` (its span) and the character it stands for."""
    found = {}
    for m in HTML_ENTITY.finditer(raw):
        char = unescape(f"&{m[1]};")
        if len(char) == 1:  # a known entity (an unknown one unescapes to itself)
            found[m.span()] = " " if char == "\xa0" else char
    return found


# </td> · </th> · </tr>: where a table's cell or row ends in a copied page's markup
TABLE_BREAK = re.compile(r"</(?i:(t[dh])|tr)\s*>")


def table_breaks(raw: str, markup: list[Span]) -> dict[Span, str]:
    """Each tag of ``markup`` that ends a table's cell (read as a tab) or row (a line break,
    unless one follows), so that <tr><td>上城区</td><td>138</td></tr> reads as a table's
    line, 上城区	138, not as 上城区138."""
    found = {}
    for start, end in markup:
        m = TABLE_BREAK.fullmatch(raw, start, end)
        if m is None:
            continue
        if m[1]:
            found[(start, end)] = "\t"
        elif not raw.startswith(("\n", "\r\n"), end):
            found[(start, end)] = "\n"
    return found


def put_entities(text: str, origin: Sequence[int], entities: dict[Span, str]) -> str:
    """Write each entity's character where its last raw character (the ;) now stands."""
    chars = list(text)
    for (_, end), char in entities.items():
        k = bisect_right(origin, end - 1) - 1
        if 0 <= k < len(chars) and origin[k] == end - 1:
            chars[k] = char
    return "".join(chars)


def pinyin_spans(text: str) -> list[Span]:
    """Annotations to delete. A "?" standing for a lost "(" is mojibake: it stays."""
    spans = [
        (m.start() + 1, m.end()) if m.group().startswith("?") else m.span()
        for m in PINYIN_ANNOTATION.finditer(text)
    ]
    if TONE_MARK.search(text):
        spans += [m.span() for m in PINYIN_BARE.finditer(text) if TONE_MARK.search(m[0])]
    spans += [m.span() for m in PINYIN_NUMBERED.finditer(text)]
    return sorted(spans)


def without_annotations(text: str) -> str:
    """``text`` without pinyin annotations (offsets not kept), e.g. to read a dateline."""
    return PINYIN_NUMBERED.sub("", PINYIN_ANNOTATION.sub("", text))


def matches(pattern: re.Pattern[str], text: str) -> list[Span]:
    return [m.span() for m in pattern.finditer(text)]


def delete_spans(text: str, origin: Sequence[int], spans: list[Span]) -> tuple[str, Sequence[int]]:
    """Delete sorted, non-overlapping spans from the text and its offset map together."""
    if not spans:
        return text, origin
    if len(spans) <= FEW_SPANS:
        return delete_by_slicing(text, origin, spans)
    keep = bytearray(b"\x01") * len(text)
    for start, end in spans:
        keep[start:end] = bytes(end - start)
    return "".join(compress(text, keep)), list(compress(origin, keep))


def delete_by_slicing(text: str, origin: Sequence[int], spans: list[Span]) -> tuple[str, list[int]]:
    kept_text: list[str] = []
    kept_origin: list[int] = []
    pos = 0
    for start, end in spans:
        kept_text.append(text[pos:start])
        kept_origin.extend(origin[pos:start])
        pos = end
    kept_text.append(text[pos:])
    kept_origin.extend(origin[pos:])
    return "".join(kept_text), kept_origin


# ---------------------------------------------------------------- lines

LINE_PADDING = " \t\u3000\xa0"


def furniture_spans(text: str, tabular: list[bool]) -> tuple[list[Span], int, list[str | None]]:
    """Spans to delete line by line, how many non-blank lines were dropped whole, and
    which lines go (dropped or blank).

    Kept lines lose their surrounding whitespace and inline spam; blank lines go,
    so paragraphs end up one a line.
    """
    spans: list[Span] = []
    dropped = 0
    gone: list[str | None] = []  # "dropped", "blank" or None for each line
    pos = 0
    lines = text.split("\n")
    for line, rule in zip(lines, dropped_lines(lines, tabular), strict=True):
        start, end = pos, pos + len(line)
        pos = end + 1  # past the newline
        line_end = min(pos, len(text))  # the newline goes with a dropped line
        body = line.strip(LINE_PADDING)
        gone.append("dropped" if rule else "blank" if not body else None)
        if rule:
            dropped += 1
            spans.append((start, line_end))
            continue
        if not body:
            spans.append((start, line_end))
            continue
        lead = len(line) - len(line.lstrip(LINE_PADDING))
        trail = len(line) - len(line.rstrip(LINE_PADDING))
        if lead:
            spans.append((start, start + lead))
        inner = [(start + s, start + e) for s, e in inline_spam_spans(line)]
        spans.extend(merge_spans(inner))
        if trail:
            spans.append((end - trail, end))
    return merge_spans(spans), dropped, gone


# 1．举办培训班2期 · 2. 确定示范点8个: the dot of a list item's number is no decimal point
# (2．6个市 is item 2, not 2.6) and ends no word: it becomes 、, one for one
LIST_MARKER_DOT = re.compile(
    r"^([ \t\u3000]*(?:[0-9]{1,2}(?=．)|[0-9]{1,2}(?=\.[ \t\u3000\u4e00-\u9fff])"
    r"|[0-9]{1,2}(?=\.(?:19|20)[0-9]{2}年)"  # 2.2023年末全市…: an item, then its year
    r"|[０-９]{1,2}(?=．[ \t\u3000\u4e00-\u9fff])))[．.]",
    re.MULTILINE,
)
# ▶ ● ◆ → … opening a line of a list: a glyph, not a word of the sentence
BULLET = re.compile(
    # (⚖️ · 📌 · 🔹: a post's emoji, its variation selector with it)
    r"^[ \t\u3000]*(?:(?:[●◆◇▶►▷■□★☆○◎•·・‧▪※➤➜➔→⇒✔√❖]"
    r"|[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]\ufe0f?)+"
    r"|[-－–*](?=[ \t\u3000]+[^\d\s\-－–])"
    r"|[0-9#*]\ufe0f?\u20e3)"  # (1️⃣ · 2️⃣: a keycap numbers a post's list line)
    r"[ \t\u3000]*",  # (- 律所数量：… a dash and a space open a list line; - 4 - is a page's)
    re.MULTILINE,
)
# Spaces a typesetter put between Chinese and a figure: 到 2023 年底 · 达 95.8 % · 426 家
_HAN_OR_MARK = "\u3400-\u9fff，。、；：（）“”"
FIGURE_SPACING = re.compile(
    rf"(?<=[{_HAN_OR_MARK}])[ \u3000\xa0]+(?=\d)|(?<=[\d%])[ \u3000\xa0]+(?=[{_HAN_OR_MARK}%])"
)
# Single spaces inside a figure set after a word (律师事务所3 26家 · 占3 5 . 0 % · 1 4.6 万余名 ·
# 1 ,921个): a damaged copy's, the figure one number (not a table's cells: runs of spaces)
SPACED_FIGURE = re.compile(
    r"(?:(?<=[\u4e00-\u9fff）)])\d(?:[\d.]| (?=[\d.,])|,(?=\d{3}))*"
    # (…执业律师\n1 1 2 7 5名: a wrapped line opening with the figure, digits alone: not
    # 4. 16个设区市, a list's item)
    r"|^\d(?:\d| (?=\d))*)\d(?= ?[家个名人户位所%万亿余多])",
    re.MULTILINE,
)
_INNER_SPACE = re.compile(r" ")
# One space between two Chinese characters (执业律 师：9436人, 执 业律师由…): a PDF's or a
# page's stray space, never a separator (those are runs of spaces, tabs or full-width)
# (not after a dateline or a byline: 北京6月14日电 律师…, 本报讯 …, 记者 张敏)
STRAY_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![电讯报者员]) (?=[\u4e00-\u9fff])")
# 济南市&nbsp;、青岛市: a space (an entity's) between a character and its punctuation mark
SPACE_BEFORE_MARK = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\xa0]+(?=[、，。；：])")
# A line break between a figure and its unit (2,456\n人 · 95.8\n%): one line, wrapped
# ...or inside the figure (执业律师1\n026名: a figure that goes on with its unit)
FIGURE_WRAP = re.compile(
    r"(?<=\d)\n(?=[人名家个位户期%万千亿]|[余多][人名家个位户])"  # (14350\n余人)
    r"|(?:(?<=[\u4e00-\u9fff]\d)|(?<=[\u4e00-\u9fff]\d\d)|(?<=[\u4e00-\u9fff]\d\d\d))"
    r"\n(?=\d{1,4}(?:\.\d+)?[人名家个位%])"
    # (共有党组织\n29\n46个: the figure's first digits alone on a line a PDF's breaks cut)
    r"|(?:(?<=\n\d)|(?<=\n\d\d)|(?<=\n\d\d\d))\n(?=\d{1,4}(?:\.\d+)?[人名家个位%])"
    # (执业律师30,9\n82人 · 党组织1,5\n47个: a wrap inside a group of thousands)
    r"|(?:(?<=[\u4e00-\u9fff]\d,\d)|(?<=[\u4e00-\u9fff]\d\d,\d)|(?<=[\u4e00-\u9fff]\d\d\d,\d)"
    r"|(?<=[\u4e00-\u9fff]\d,\d\d)|(?<=[\u4e00-\u9fff]\d\d,\d\d)|(?<=[\u4e00-\u9fff]\d\d\d,\d\d))"
    r"\n(?=\d{1,2}[余多]?[人名家个位户])"
    r"|(?:(?<=[\u4e00-\u9fff]19)|(?<=[\u4e00-\u9fff]20))\n(?=\d\d年)"  # (截至20\n22年6月底: a year)
)
# A hard-wrapped text (PDF): long lines that stop mid-sentence and go on in the next
WRAP_MIN_CHARS = 20
WRAP_MIN_LINES = 3  # a lone long title line is no wrapping
MID_SENTENCE_MIN_CHARS = 12
_LINE_STOPS = tuple("。！？；：…”’」』）)】》!?;:")
# 执业律师6012名 / 占比36.4%: a list item that ends in its figure is a line of its own (67家 ·
# 350余名 · 1.2万余人; not …从2014年 or …21.3%提: a wrap inside a sentence)
_ENDS_IN_A_FIGURE = re.compile(r"[\d%％][万亿]?[多余]?[家个名人位户所期次件项元]?$")
_CONTINUING_MARKS = tuple("。，、；：）")  # a line never opens with one of these
_EMOJI_AT_END = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f]$")
# …从２０１２年的８１２６人\n增长到２０２２年的…: a change's verb goes on from the figure before
_GOES_ON_TO = re.compile(
    r"(?:增长|增加|提高|提升|上升|下降|减少|发展|扩大|跃升)(?:到|至)|增至|升至|降至|跃至"
)
_TABLE_ROW = re.compile(r"[|｜\t]|  ")  # cells of a table row: never wrapped prose
_WORD_TAIL_THEN_STOP = re.compile(r"[\u4e00-\u9fff][。，；]")  # 委。: a line no sentence opens
# …联合党支部1 9个 / （覆盖律师事务所4 2家）: an aside on the figure the line ended with
_ASIDE_ON_A_FIGURE = re.compile(r"[（(](?:覆盖|涵盖|含|其中|包括|占)")
_ENDS_MID_WORDS = re.compile(r"[\u4e00-\u9fff]$")
_OPENS_AN_ASIDE = re.compile(r"[（(][\u4e00-\u9fff]{2}")  # (not （一）, （1）: _HEADING's)
_HEADING = re.compile(
    r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、](?!\d)|第"
    r"|[①-⑳●■◆▲•★☆◎□◇▶►△]"  # (③ 党员律师：1890余人 / ④ 律所党组织：243个: a list's items)
)


# A footnote's mark after a word or a figure, before punctuation (党组织１４２个¹， ·
# 执业律师５３６８人①， · 覆盖率［１］。); not a list's ① after ：or ；, nor one opening a line
FOOTNOTE_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff\d%％）)])(?:[¹²³⁰⁴-⁹]+|[①-⑳]|[\[［][\d]{1,2}[\]］]|[＊*])"
    r"(?=[，。；、：,.;:]|[ \t\u3000]*$)",  # (not （图①）: a picture's number)
    re.M,
)
_FOOTNOTE_CHARS = re.compile(r"[¹²³⁰⁴-⁹①-⑳\[［＊*]")
# 5100余名①增加到… · 覆盖率35.3%②的: a note's mark after a figure and its unit, the sentence going on
FOOTNOTE_AFTER_FIGURE = re.compile(
    r"(?:(?<=[\d余多万][家个名人户位所])|(?<=\d[%％]))[①-⑳](?=[\u4e00-\u9fff（(])"
)


def typesetting_spans(text: str, tabular: list[bool], gone: list[str | None]) -> list[Span]:
    """Bullets, spaces around figures or inside words and wrapped-line breaks to delete (not the spaces
    between a table's cells: 兰州市  276  4102 is a name and two figures)."""
    spacing = matches(FIGURE_SPACING, text) + matches(STRAY_SPACE, text)
    spacing += [
        (figure.start() + s.start(), figure.start() + s.end())
        for figure in SPACED_FIGURE.finditer(text)
        for s in _INNER_SPACE.finditer(figure[0])
    ]
    spacing += matches(SPACE_BEFORE_MARK, text)
    wraps = matches(FIGURE_WRAP, text)
    if (spacing or wraps) and (tables := table_line_spans(text, tabular)):
        spacing = [s for s in spacing if not inside(s[0], tables)]
        # (…　168\n个人所　27: a row's last figure, then the next row's name)
        wraps = [s for s in wraps if not inside(s[0] - 1, tables)]
    spans = matches(BULLET, text) + spacing + wraps
    if _FOOTNOTE_CHARS.search(text):
        spans += matches(FOOTNOTE_MARK, text) + matches(FOOTNOTE_AFTER_FIGURE, text)
    return spans + wrapped_line_breaks(text, gone, tabular)


def table_line_spans(text: str, tabular: list[bool]) -> list[Span]:
    """The spans of the lines that belong to a table written as text."""
    spans: list[Span] = []
    pos = 0
    for line, in_table in zip(text.split("\n"), tabular, strict=True):
        if in_table:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


# 168个：律师行业党组织 · 2.86万家——已建立党组织的非公企业: a line led by its figure is an
# item of its own (an infographic's), not the line before it going on
_LED_BY_A_FIGURE = re.compile(LEADING_FIGURE_COLON)


def wrapped_line_breaks(
    text: str, gone: list[str | None], tabular: list[bool] | None = None
) -> list[Span]:
    """The breaks of a hard-wrapped text: after a long line that does not end a sentence,
    before a line that is no heading. Only when the text has several such lines. Past a
    page's dropped lines (its number, its running header) the sentence goes on in the
    next line that stays; a blank line alone ends a paragraph. A table's lines (``tabular``)
    are never joined (地区，律所数，律师数 over 银川市，71，936)."""
    breaks: list[Span] = []
    mid_sentence: list[Span] = []
    lines = text.split("\n")
    pos = 0
    for k, line in enumerate(lines[:-1]):
        pos += len(line) + 1
        if gone[k]:
            continue
        j = k + 1
        while j < len(lines) and gone[j]:
            j += 1
        paged = "dropped" in gone[k + 1 : j]
        if tabular and (tabular[k] or j < len(lines) and tabular[j]):
            continue
        following = lines[j] if j < len(lines) and (j == k + 1 or paged) else ""
        body, nxt = line.strip(LINE_PADDING), following.strip(LINE_PADDING)
        if _EMOJI_AT_END.search(body):
            continue  # (…联合党支部77个✅: a post's line closed by its emoji, no wrap)
        if body and nxt.startswith(_CONTINUING_MARKS):
            mid_sentence.append((pos - 1, pos))  # …基金会7个\n。全年…: a mark wrapped alone
            continue
        if (
            len(body) >= MID_SENTENCE_MIN_CHARS
            and not _ends_a_sentence(body.rstrip("\"'"))  # …95%以上。" (straight quotes)
            and (
                not _ENDS_IN_A_FIGURE.search(body)
                or _GOES_ON_TO.match(nxt)
                or _ASIDE_ON_A_FIGURE.match(nxt)
            )
            and not _TABLE_ROW.search(body)  # (an indented line is no table row)
            and nxt
            and not _HEADING.match(nxt)
            and not _LED_BY_A_FIGURE.match(nxt)
            and (
                HANZI.match(nxt[0]) is not None
                or nxt[0].isdigit()
                or _ENDS_IN_A_FIGURE.search(body)
                and _ASIDE_ON_A_FIGURE.match(nxt)
                # (…因企业基数统计口径调整\n（纳入…小微企业），经复核…: an aside the
                # sentence goes on with, no heading's number)
                or _ENDS_MID_WORDS.search(body) is not None
                and _OPENS_AN_ASIDE.match(nxt) is not None
            )
        ):
            # (…律师行业己建立党组织３５１\n律师事务所党委２个、党总支３个、独立党\n…支部２７８个:
            # a wrapped sentence's short line goes on, past a page's furniture, too)
            continued = bool(breaks) and breaks[-1][1] == pos - len(line) - 1
            if len(body) >= WRAP_MIN_CHARS or continued:
                breaks.append((pos - 1, pos))
            # 截至2016年底，全区共有律师事务\n所46家: a sentence begun (its clause has a
            # comma, and it is no heading or headline) breaks off mid-word
            # (（二）…不断夯实。全市律师行业有党员\n913名: a heading's sentence goes on too,
            # when the next line opens with its figure)
            # (…；参加联合党支部的\n律师事务所37家: a relative clause cut off from its head)
            begun = ("，" in body or body.endswith("的")) and not _HEADING.match(body)
            # (…均成立了律师行业党\n委。党员律师…: a word's last character, then its stop)
            begun = begun or _WORD_TAIL_THEN_STOP.match(nxt) is not None
            if k > 0 and (begun or nxt[0].isdigit() and any(c in body for c in "，。；")):
                mid_sentence.append((pos - 1, pos))
    mid_sentence += short_wrapped_breaks(lines, gone)
    # (a wrapped text's short line that breaks off mid-clause is wrapped too: 2012年，全省律
    # 师行业党员律师达到\n4120名)
    return merge_spans(breaks + mid_sentence) if len(breaks) >= WRAP_MIN_LINES else mid_sentence


# A phone post's layout: a paragraph of short lines, broken wherever the line is full
# (全市共有律师事务所\n118家，执业律师\n1526名，其中党员律师…)
SHORT_WRAP_MAX_CHARS = 30


def short_wrapped_breaks(lines: list[str], gone: list[str | None]) -> list[Span]:
    """The breaks inside paragraphs of short lines that run on mid-sentence: three lines or
    more, most of them ending in no stop and one at least in a comma (a list of headlines
    or a menu ends none in a comma)."""
    breaks: list[Span] = []
    # each line's break, from where its text ends (the padding it ends in goes with the
    # break: 由2010年的 \n11个), and its text
    block: list[tuple[Span, str]] = []
    pos = 0
    for k, line in enumerate([*lines, ""]):
        body = line.strip(LINE_PADDING)
        short = bool(body) and len(body) <= SHORT_WRAP_MAX_CHARS and not _TABLE_ROW.search(body)
        if short and not (k < len(gone) and gone[k]):
            block.append(((pos + len(line.rstrip(LINE_PADDING)), pos + len(line) + 1), body))
        else:
            breaks += _runs_on(block)
            block = []
        pos += len(line) + 1
    return breaks


def _runs_on(block: list[tuple[Span, str]]) -> list[Span]:
    """The breaks of one paragraph of short lines where its sentence goes on."""
    if len(block) < WRAP_MIN_LINES:
        return []
    ends = [body for _, body in block[:-1]]
    open_ends = [b for b in ends if not _ends_a_sentence(b) and not _EMOJI_AT_END.search(b)]
    if 3 * len(open_ends) < 2 * len(ends) or not any(b.endswith(("，", "、")) for b in ends):
        return []
    return [
        span
        for (span, body), (_, nxt) in zip(block, block[1:], strict=False)
        if body in open_ends
        and not _HEADING.match(body)
        and not _HEADING.match(nxt)
        and not _LED_BY_A_FIGURE.match(nxt)
        and (HANZI.match(nxt[0]) is not None or nxt[0].isdigit())
    ]


def _ends_a_sentence(line: str) -> bool:
    """A stop, or a quote closed after one (…。”); not a quoted word closed mid-sentence in
    a long line of prose (…，覆盖率为41.8%。全县“两新”\n组织党组织…; a headline or a short
    line that ends in a quoted name, 关注“河南律师”, ends there)."""
    if line.endswith(_QUOTE_CLOSERS) and not line[:-1].endswith(_LINE_STOPS):
        return len(line) < WRAP_MIN_CHARS or "，" not in line
    return line.endswith(_LINE_STOPS)


_QUOTE_CLOSERS = tuple("”’」』")


def merge_spans(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# ---------------------------------------------------------------- punctuation

# Half-width , ; : ? ! with Chinese on at least one side. A Chinese neighbour
# also means it is not between two digits (12,599 / 02:43) nor in a URL.
_CJK_CTX = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20“”‘’"
# (Written to start with the mark itself so the regex engine can skip ahead fast.)
# One pattern per mark, applied in turn: "好?!" -> "好？！" (the ! sits beside a
# full-width mark once ? is widened).
WIDEN_ONE_MARK = {
    mark: re.compile(rf"{re.escape(mark)}(?:(?<=[{_CJK_CTX}].)|(?=[{_CJK_CTX}]))")
    for mark in HALF_TO_FULL
}


def widen_punctuation(text: str, avoid: list[Span]) -> tuple[str, int]:
    """Half-width , ; : ? ! beside Chinese -> full width; paired () around Chinese -> （）.

    Never inside a mojibake run: a lone ? there stands for a lost byte.
    """
    original, changed = text, 0
    for mark, pattern in WIDEN_ONE_MARK.items():  # constant replacements: no Python callback
        if mark in text:
            text, n = pattern.subn(HALF_TO_FULL[mark], text)
            changed += n
    if avoid and changed:
        text, restored = restore_spans(original, text, avoid)
        changed -= restored
    if "(" in text or ")" in text:
        text, parens = widen_parentheses(text, avoid)
        changed += parens
    return text, changed


def restore_spans(original: str, text: str, spans: list[Span]) -> tuple[str, int]:
    """Undo one-for-one substitutions inside ``spans``; also return how many were undone."""
    restored = sum(1 for s, e in spans for i in range(s, e) if text[i] != original[i])
    if not restored:
        return text, 0
    pieces, pos = [], 0
    for start, end in spans:
        pieces += [text[pos:start], original[start:end]]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces), restored


def widen_parentheses(text: str, avoid: list[Span]) -> tuple[str, int]:
    """Pairs around Chinese become （）: 党组(党委) -> 党组（党委）; (2018) stays."""
    chars: list[str] | None = None
    changed = 0
    for m in PAREN_PAIR.finditer(text):
        if not HANZI.search(m.group(1)) or (avoid and inside(m.start(), avoid)):
            continue
        for i, full in ((m.start(), "（"), (m.end() - 1, "）")):
            if text[i] != full:
                chars = chars or list(text)
                chars[i] = full
                changed += 1
    return ("".join(chars), changed) if chars else (text, 0)


def inside(i: int, spans: list[Span]) -> bool:
    """Whether position i falls in one of the sorted, non-overlapping spans."""
    k = bisect_right(spans, (i, math.inf)) - 1
    return k >= 0 and spans[k][0] <= i < spans[k][1]


# ---------------------------------------------------------------- mojibake

# A lost byte shows as ? or U+FFFD; a stray ASCII letter or symbol between
# ideographs is a single byte of a split multibyte character (驼J認, 袠I業, 觊_展).
# They only count next to stronger evidence.
LOST_BYTE = re.compile(r"\?")
STRAY_LETTER = re.compile(r"[A-Za-z_\[\]^`~|\\](?<=[^\x00-\x7f].)(?=[^\x00-\x7f])")
MOJIBAKE_MAX_GAP = 2  # ordinary characters allowed between two suspects of one run
MOJIBAKE_MIN_STRONG = 2
MOJIBAKE_MIN_SUSPECTS = 3
# Never in Chinese prose: U+FFFD, private use, and bopomofo (GBK's row 8 read
# with a one-byte shift: ?。ㄊ校┘).
CERTAIN_DAMAGE = re.compile("[\ufffd\ue000-\uf8ff\u3100-\u312f\u31a0-\u31bf]")


@lru_cache(maxsize=1)
def suspect_pattern() -> re.Pattern[str]:
    """Characters real simplified prose hardly uses but codec confusion produces.

    Strong suspects: rare ideographs (outside GB2312 level 1 and our frequent
    list), bopomofo, box drawing and blocks, kana, private-use characters and U+FFFD.
    One character class, so the scan runs at regex-engine speed.
    """
    common = common_characters() | frequent_characters()
    rare = [chr(c) for c in range(0x3400, 0xA000) if chr(c) not in common]
    rare += [chr(c) for c in range(0xF900, 0xFB00)]
    return re.compile(
        "["
        + char_class(rare)
        + "\ufffd\ue000-\uf8ff\u3100-\u312f\u31a0-\u31bf"
        + "\u2500-\u259f\u3040-\u30ff\uff61-\uff9f]"
    )


def char_class(chars: list[str]) -> str:
    """Sorted characters as a compact regex class body of ranges."""
    codes = sorted(ord(c) for c in chars)
    parts: list[str] = []
    start = prev = codes[0]
    for code in codes[1:] + [-1]:
        if code == prev + 1:
            prev = code
            continue
        parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = code
    return "".join(parts)


def mojibake_runs(text: str) -> list[Span]:
    """Spans of text that look like bytes decoded with the wrong codec.

    A run groups suspect characters separated by at most two ordinary ones; it
    never crosses a digit or a line break, so it can never swallow a figure.
    """
    strong = [(m.start(), True) for m in suspect_pattern().finditer(text)]
    if not strong:
        return []  # weak suspects alone never make a run
    weak = [(m.start(), False) for m in LOST_BYTE.finditer(text)]
    weak += [(m.start(), False) for m in STRAY_LETTER.finditer(text)]
    runs: list[Span] = []
    group: list[tuple[int, bool]] = []
    for pos, is_strong in sorted(strong + weak):
        if group and not joinable(text, group[-1][0] + 1, pos):
            runs.extend(run_of(text, group))
            group = []
        group.append((pos, is_strong))
    if group:
        runs.extend(run_of(text, group))
    return runs


def joinable(text: str, start: int, end: int) -> bool:
    gap = text[start:end]
    return len(gap) <= MOJIBAKE_MAX_GAP and not any(ch.isdigit() or ch == "\n" for ch in gap)


def run_of(text: str, group: list[tuple[int, bool]]) -> list[Span]:
    strong = sum(1 for _, is_strong in group if is_strong)
    certain = any(CERTAIN_DAMAGE.match(text, pos) for pos, _ in group)
    # two rare characters and a stray byte, or one rare character between stray bytes
    enough = len(group) >= MOJIBAKE_MIN_SUSPECTS and (
        strong >= MOJIBAKE_MIN_STRONG or len(group) - strong >= 2
    )
    if not (certain or enough):
        return []
    return [(group[0][0], group[-1][0] + 1)]
