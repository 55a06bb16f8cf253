"""Code lists for indicator levels, comparators and the other small vocabularies.

Each entry becomes a ``skos:Concept`` in ``ontology/codelists.ttl`` (a test keeps them in
step). The keys are the labels as templates write them; ``lookup`` folds width and
white space so "满意度指标" and "满意度 指标" find the same concept.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Level 1 (一级指标) of the performance indicator framework (财预〔2020〕10号 and the
# earlier provincial templates), with the level-2 kinds that belong under each.
LEVEL1: dict[str, tuple[str, str]] = {
    "产出指标": ("output", "output indicators"),
    "效益指标": ("benefit", "benefit indicators"),
    "效果指标": ("outcome", "outcome indicators"),
    "满意度指标": ("satisfaction", "satisfaction indicators"),
    "成本指标": ("cost", "cost indicators"),
}
LEVEL2: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "数量指标": ("quantity", "quantity", ("output",)),
    "质量指标": ("quality", "quality", ("output",)),
    "时效指标": ("timeliness", "timeliness", ("output",)),
    "成本指标": ("cost", "cost", ("output", "cost")),
    "经济成本指标": ("economic-cost", "economic cost", ("cost",)),
    "社会成本指标": ("social-cost", "social cost", ("cost",)),
    "生态环境成本指标": ("environmental-cost", "environmental cost", ("cost",)),
    "经济效益指标": ("economic-benefit", "economic benefit", ("outcome", "benefit")),
    "社会效益指标": ("social-benefit", "social benefit", ("outcome", "benefit")),
    "生态效益指标": ("ecological-benefit", "ecological benefit", ("outcome", "benefit")),
    "可持续影响指标": ("sustainability", "sustainable impact", ("outcome", "benefit")),
    "服务对象满意度指标": ("beneficiary-satisfaction", "beneficiary satisfaction",
                           ("satisfaction",)),
}
COMPARATORS: dict[str, tuple[str, str]] = {
    "≥": ("ge", "at least"), ">": ("gt", "more than"), "≤": ("le", "at most"),
    "<": ("lt", "less than"), "=": ("eq", "equal to"), "between": ("between", "between"),
}
DIRECTIONS = {"increase": ("增加", "increase"), "decrease": ("减少", "decrease"),
              "flat": ("持平", "no change")}
PHASES = {"budget": ("部门预算", "budget"), "final": ("部门决算", "final accounts")}
BASIS_KINDS = {"document": ("政策文件", "identifiable policy document"),
               "descriptive": ("描述性依据", "descriptive text, not a document"),
               "empty": ("未填写", "no basis given")}
CLASSIFICATION_LEVELS = {"类": ("class", "class"), "款": ("section", "section"),
                         "项": ("item", "item")}


def _key(label: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", label))


_L1 = {_key(k): v[0] for k, v in LEVEL1.items()}
_L2 = {_key(k): v[0] for k, v in LEVEL2.items()}


def unknown(label: str) -> str:
    """Key for a label outside the code list: stable, ASCII, and visibly not a member
    (``x-`` prefix) so the shapes can report it."""
    return "x-" + hashlib.sha1(_key(label).encode("utf-8")).hexdigest()[:10]


def level1(label: str) -> str:
    return _L1.get(_key(label)) or unknown(label)


def level2(label: str) -> str:
    return _L2.get(_key(label)) or unknown(label)
