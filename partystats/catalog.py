"""The metric catalog (``schemas/catalog.yaml``) as typed, ready-to-match data."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

import yaml


@dataclass(frozen=True)
class Term:
    term: str
    metric: str
    sector: str | None
    needs: str  # classifier group
    award: bool = False  # only inside a sentence that awards
    generic: bool = False  # names no metric alone (同志): the award it received does
    # the sector may be named earlier in the paragraph (团体会员 after the association)
    sector_in_paragraph: bool = False
    # the words before it describe it (新执业律师党性教育培训班), they never make a sub-type
    described: bool = False
    # counts every kind (企业: state-owned too), so only its firms covered are the sector's
    covered_only: bool = False


@dataclass(frozen=True)
class Catalog:
    version: int
    fingerprint: str  # sha256 of the catalog file: changes whenever anything in it changes
    sectors: tuple[str, ...]
    metrics: dict[str, dict[str, Any]]
    relations: dict[str, Any]
    classifiers: dict[str, tuple[str, ...]]
    classifier_index: dict[str, str]  # classifier -> its group
    terms: dict[str, Term]
    establishment: dict[str, Any]
    award_verbs: tuple[str, ...]
    site_verbs: tuple[str, ...]  # what designates demonstration sites (确定, 打造…)
    coverage_words: tuple[str, ...]
    coverage_exclude_before: tuple[str, ...]
    share_words: tuple[str, ...]  # 占比, 比例: the rates a share is named by
    sector_cues: tuple[tuple[str, str], ...]  # (cue, sector), longest cue first
    modifiers: tuple[str, ...]
    subgroups: tuple[str, ...]
    fillers: tuple[str, ...]  # longest first
    qualifiers_before: tuple[tuple[str, str], ...]  # (cue, qualifier), longest first
    qualifiers_after: tuple[tuple[str, str], ...]
    scope_words: dict[str, tuple[str, ...]]
    award_ranks: tuple[str, ...]  # 先进, 优秀: what an award calls the awarded
    unit_name_endings: tuple[str, ...]  # 律师事务所, 公证处, 集团: how one unit's name ends
    pointed_unit_kinds: tuple[str, ...]  # 商会: one unit when the text points to one (这家…)
    chamber_kinds: tuple[str, ...]  # 异地 · 乡镇: kinds of chamber (异地商会)
    chamber_kinds_listed: tuple[str, ...]  # 异地 · 行业 · 县级: kinds a breakdown lists
    place_kinds: tuple[str, ...]  # 设区市, 县: what a count of places calls them
    report_words: tuple[str, ...]  # 总结, 报告: a title with one year reports on that year
    plan_titles: tuple[str, ...]  # 工作要点: a title that names plans
    proposal_titles: tuple[str, ...]  # 拟表彰: a title that puts awards forward, not given
    report_endings: tuple[str, ...]  # 工作: a title that ends so (2019年律师工作) does too
    undated_past: tuple[str, ...]  # 过去, 以往: a sentence of an earlier, undated time
    institution_endings: tuple[str, ...]  # 大学, 日报: a place opening them is a name's
    not_observation: dict[str, tuple[str, ...]]

    def unit_of(self, metric: str) -> str:
        return self.metrics[metric]["unit"]

    def classifier_group(self, classifier: str) -> str | None:
        return self.classifier_index.get(classifier)


def _longest_first(pairs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def _cue_pairs(table: dict[str, list[str]]) -> tuple[tuple[str, str], ...]:
    return _longest_first([(cue, name) for name, cues in table.items() for cue in cues])


def parse_catalog(text: str) -> Catalog:
    raw = yaml.safe_load(text)
    listed = Counter(t["term"] for t in raw["terms"])
    if twice := sorted(term for term, n in listed.items() if n > 1):
        raise ValueError(f"catalog lists terms more than once: {twice}")
    terms = {
        t["term"]: Term(
            t["term"],
            t["metric"],
            t.get("sector"),
            t["needs"],
            t.get("award", False),
            t.get("generic", False),
            t.get("sector_in_paragraph", False),
            t.get("described", False),
            t.get("covered_only", False),
        )
        for t in raw["terms"]
    }
    terms |= _with_perfective(terms, raw["establishment"]["verbs"])
    terms |= _nominalized(terms, raw["establishment"]["verbs"])
    unknown = {t.metric for t in terms.values()} - set(raw["metrics"])
    if unknown:
        raise ValueError(f"catalog terms name unknown metrics: {sorted(unknown)}")
    coverage = raw["percent_terms"]["coverage"]
    return Catalog(
        version=raw["version"],
        fingerprint=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        sectors=tuple(raw["sectors"]),
        metrics=raw["metrics"],
        relations=raw["relations"],
        classifiers={k: tuple(v) for k, v in raw["classifiers"].items()},
        classifier_index={c: group for group, chars in raw["classifiers"].items() for c in chars},
        terms=terms,
        establishment=raw["establishment"],
        award_verbs=tuple(raw["award_verbs"]),
        site_verbs=tuple(raw["site_verbs"]),
        coverage_words=tuple(coverage["words"]),
        coverage_exclude_before=tuple(coverage["exclude_before"]),
        share_words=tuple(raw["percent_terms"]["share_words"]),
        sector_cues=_cue_pairs(raw["sector_cues"]),
        modifiers=tuple(sorted(raw["modifiers"], key=len, reverse=True)),
        subgroups=tuple(sorted(raw["subgroups"], key=len, reverse=True)),
        fillers=tuple(sorted(raw["fillers"], key=len, reverse=True)),
        qualifiers_before=_cue_pairs(raw["qualifiers"]["before"]),
        qualifiers_after=_cue_pairs(raw["qualifiers"]["after"]),
        scope_words={k: tuple(v) for k, v in raw["scope_words"].items()},
        award_ranks=tuple(raw["award_ranks"]),
        unit_name_endings=tuple(raw["unit_name_endings"]),
        pointed_unit_kinds=tuple(raw["pointed_unit_kinds"]),
        chamber_kinds=tuple(raw["chamber_kinds"]),
        chamber_kinds_listed=tuple(raw["chamber_kinds_listed"]),
        place_kinds=tuple(raw["place_kinds"]),
        report_words=tuple(raw["report_words"]),
        plan_titles=tuple(raw["plan_titles"]),
        proposal_titles=tuple(raw["proposal_titles"]),
        report_endings=tuple(raw["report_endings"]),
        undated_past=tuple(raw["undated_past"]),
        institution_endings=tuple(raw["institution_endings"]),
        not_observation={
            **{
                k: _single_entity_words(v) if k == "single_entity" else tuple(v)
                for k, v in raw["not_observation"].items()
            },
            "unit_bodies": _unit_bodies(raw["not_observation"]["single_entity"]),
            "units_holding": _units_holding(raw["not_observation"]["single_entity"]),
            "body_units": tuple(raw["not_observation"]["single_entity"]["body_units"]),
            "bodies": tuple(raw["not_observation"]["single_entity"]["bodies"]),
            "body_holds": tuple(raw["not_observation"]["single_entity"]["body_holds"]),
        },
    )


def _with_perfective(terms: dict[str, Term], verbs: list[str]) -> dict[str, Term]:
    """单独建立了党支部 reads as 单独建立党支部: each verb term again with 了 after its verb."""
    variants = {}
    for text, term in terms.items():
        for verb in verbs:
            if verb in text and f"{verb}了" not in text:
                variant = text.replace(verb, f"{verb}了", 1)
                variants[variant] = replace(term, term=variant)
    return variants


def _nominalized(terms: dict[str, Term], verbs: list[str]) -> dict[str, Term]:
    """单独组建的148个 reads as 单独组建148个: a term ending in its verb again with 的."""
    return {
        f"{text}的": replace(term, term=f"{text}的")
        for text, term in terms.items()
        if text.endswith(tuple(verbs))
    }


def _unit_bodies(spec: dict[str, list[str]]) -> tuple[str, ...]:
    """Every unit's body (商会党支部, 所党委): one unit's, when a sentence opens with it."""
    return tuple(u + b for u in spec["body_units"] for b in spec["bodies"])


def _units_holding(spec: dict[str, list[str]]) -> tuple[str, ...]:
    """公证处现有 · 商会共有: a unit holding what follows, one unit's when a sentence opens
    with it (the unit just described)."""
    return tuple(u + h for u in spec["body_units"] for h in spec["holds"])


def _single_entity_words(spec: dict[str, list[str]]) -> tuple[str, ...]:
    """Every pointer + unit (该所, 我们律所, 全所, 该商会), every unit's body holding members
    (商会党委现有, 所党总支共有) and the plain words."""
    pointed = [p + u for p in spec["pointers"] for u in spec["units"]]
    held = [body + h for body in _unit_bodies(spec) for h in spec["holds"]]
    return (*spec["words"], *pointed, *held)


@cache
def load_catalog() -> Catalog:
    return parse_catalog(files("schemas").joinpath("catalog.yaml").read_text(encoding="utf-8"))
