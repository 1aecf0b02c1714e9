"""Character classes shared by encoding detection and mojibake detection.

Both questions come down to "does this look like real Chinese?", answered by how
many characters are common ones. Two sets:

- ``FREQUENT``: the few hundred most frequent characters of modern written
  Chinese plus the vocabulary of our domain, in simplified and traditional
  forms. Correctly decoded prose is mostly made of them; a wrong codec scatters
  its output over tens of thousands of code points and rarely hits them.
- ``COMMON``: GB2312 level 1 (3,755 characters, ~99.7% of running text). A
  character outside it inside simplified text is rare - a name, or damage.
"""

from __future__ import annotations

from functools import lru_cache

# The most frequent characters of modern Chinese (roughly the top 600 of the
# usual frequency lists), then words of party-building reports on lawyers.
_TOP_CHARACTERS = (
    "的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生"
    "自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好"
    "看学进种将还分此心前面又定见只主没公从知使点业本去把性情全高工物现等已外部间理实"
    "量回最意问长新利文明力名相安向制机政重水合化加动两体关员区儿更因表报头己很并被内"
    "正品门建义平民期月第想气真将通条如手战原先位产教路至问政治总结果老四结向位特即"
    "代任次员共记革各变问信展常接由听员求放世别取设边西马风打受提运处话队解决委党山入"
    "及少系走应但领导据传式近色它资计直基反清思研局完活件强论万命五统单再议许并指何改"
    "较增南件展积极调感望广效团干构示程研立快组织化北江东海省市县镇乡村社会律师务事所"
    "支部书记委员联合独覆盖率达其中截至底共有名约余超过以上近占比例执专兼职协会党组团"
    "司厅局处科级行规范建设推进开展加强落实坚持创新服务发展工作领导管理教育培训活动"
    "城区州镇乡村街道社区居委宁辽吉黑京津沪渝冀晋蒙苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘"
    "青宁新疆港澳台湖广河山陕西安杭深圳成都武汉南京天津上海北京重庆沈阳长春哈尔滨济青岛"
    "近年来取得效果明显目标任务要求意见通知决定制度体系机制作用先进优秀模范示范基层单位"
    "企业非公有经济社会组织新兴领域两新两个覆盖实现全面提升质量水平能力队伍政治思想"
)


@lru_cache(maxsize=1)
def frequent_characters() -> frozenset[str]:
    """``_TOP_CHARACTERS`` in both scripts (traditional forms via OpenCC s2t)."""
    from opencc import OpenCC

    traditional = OpenCC("s2t").convert(_TOP_CHARACTERS)
    return frozenset(_TOP_CHARACTERS) | frozenset(traditional)


@lru_cache(maxsize=1)
def common_characters() -> frozenset[str]:
    """GB2312 level 1: rows 0xB0-0xD7 of the code table (0xD7FA-0xD7FE are unassigned)."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


# (first, last) code points: one definition for the predicate and the regex classes
CJK_RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF), (0x20000, 0x3FFFF))
PRIVATE_USE_RANGES = ((0xE000, 0xF8FF), (0xF0000, 0x10FFFF))


def is_cjk(ch: str) -> bool:
    """A CJK unified or compatibility ideograph (BMP and the supplementary planes)."""
    code = ord(ch)
    return any(first <= code <= last for first, last in CJK_RANGES)


def char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    """The inside of a regex character class holding these code-point ranges."""
    return "".join(f"{chr(first)}-{chr(last)}" for first, last in ranges)
