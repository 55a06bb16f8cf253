"""Typed records: what the extractor found in one disclosure, each with its source span.

Records are plain frozen dataclasses. They know nothing of RDF; ``mapping`` turns them
into triples. Narrative figures share one shape (``Figure``: a measure from a code list,
an exact amount, and the measure it is a part of), in the spirit of the RDF Data Cube and
OpenBudgets.eu, so arithmetic checks work the same way for every section.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal

from budgetkg.citations import Citation
from budgetkg.values import Amount, MoneyUnit, Target


@dataclass(frozen=True, order=True)
class Span:
    """Lines ``first``..``last`` (1-based, inclusive) of the source file."""

    first: int
    last: int

    def __post_init__(self) -> None:
        if self.first < 1 or self.last < self.first:
            raise ValueError(f"bad line span {self.first}-{self.last}")

    def __str__(self) -> str:
        return f"{self.first}" if self.first == self.last else f"{self.first}-{self.last}"

    def lines(self) -> range:
        return range(self.first, self.last + 1)


class Phase(enum.Enum):
    """Budget phase: the plan published at the start of the year or the final accounts."""

    BUDGET = "budget"  # 部门预算
    FINAL = "final"  # 部门决算


class Direction(enum.Enum):
    INCREASE = "increase"
    DECREASE = "decrease"
    FLAT = "flat"


class StaffBasis(enum.Enum):
    AUTHORISED = "authorised"  # 编制
    ACTUAL = "actual"  # 实有人员


@dataclass(frozen=True)
class Department:
    name: str
    code: str | None  # budget unit code (预算单位编码), e.g. 203002
    span: Span
    short_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Responsibility:
    number: int
    text: str
    span: Span


@dataclass(frozen=True)
class InternalUnit:
    """An office of the department (内设机构); ``aliases`` are the names in brackets."""

    position: int
    name: str
    aliases: tuple[str, ...]
    span: Span


@dataclass(frozen=True)
class Institution:
    """An affiliated institution (下属事业单位)."""

    name: str
    span: Span


@dataclass(frozen=True)
class OrganisationFacts:
    """Counts and kinds stated in the organisation paragraph."""

    budget_level: str | None  # 一级预算单位
    institution_count: int | None  # 下属事业单位 count as stated
    independent_units: int | None  # 独立核算下属单位 as stated (无 → 0)
    internal_unit_count: int | None  # 内设N个科室 as stated
    span: Span


@dataclass(frozen=True)
class StaffFigure:
    """A head count: ``measure`` is a code from the staffing code list (e.g.
    ``authorised-administrative``); ``part_of`` the total it belongs to."""

    measure: str
    basis: StaffBasis
    count: int
    label: str
    as_of: str | None
    part_of: str | None
    span: Span


@dataclass(frozen=True)
class Figure:
    """One stated money figure of the narrative sections."""

    measure: str  # code in the measures code list, e.g. "expenditure-basic"
    amount: Amount
    label: str  # the words it was stated with
    part_of: str | None  # measure of the total this figure is a part of
    span: Span
    as_of: str | None = None  # for stocks such as fixed assets: "2020年初"


@dataclass(frozen=True)
class Change:
    """A stated year-on-year change of a figure."""

    measure: str
    previous_year: int
    direction: Direction
    amount: Amount | None
    percent: Decimal | None  # as stated, always positive; ``direction`` gives the sign
    reason: str | None
    span: Span


@dataclass(frozen=True)
class Note:
    """A statement that carries meaning but no figure (e.g. "本年度暂无购置固定资产计划")."""

    topic: str
    text: str
    span: Span


@dataclass(frozen=True)
class LegalBasis:
    citation: Citation
    span: Span


@dataclass(frozen=True)
class Goal:
    """A performance goal: the department's overall goal (``area`` None), an area goal
    (``area`` set, ``number`` None) or an item within an area, or a safeguard measure."""

    kind: str  # "overall" | "area" | "item" | "measure"
    area: int | None
    number: int | None
    title: str | None
    text: str
    span: Span


@dataclass(frozen=True)
class GlossaryEntry:
    number: int | None
    term: str
    definition: str
    level: str | None  # 类 / 款 / 项 for functional classification entries
    parent: str | None  # the term of the enclosing class or 款
    span: Span


@dataclass(frozen=True)
class OtherMatter:
    number: int | None
    title: str
    text: str
    arranged: bool | None  # False for "未安排…"
    span: Span


@dataclass(frozen=True)
class PurposeAmount:
    """An amount stated again in a project's purpose text."""

    role: str  # "budget" | "fiscal" | "other" | "component"
    label: str
    amount: Amount
    span: Span


@dataclass(frozen=True)
class PlanPoint:
    """Cumulative share of the budget to be spent by a quarter end; blank stays None."""

    label: str
    month: int
    percent: Decimal | None
    span: Span


@dataclass(frozen=True)
class Indicator:
    position: int
    level1: str
    level2: str
    level3: str
    description: str
    target: Target
    basis: Citation
    span: Span


@dataclass(frozen=True)
class Project:
    position: int
    code: str
    name: str
    title: str  # the heading above the table
    unit: MoneyUnit
    budget: Amount
    fiscal: Amount | None
    other: Amount | None
    purpose: str
    purpose_amounts: tuple[PurposeAmount, ...]
    plan: tuple[PlanPoint, ...]
    goals: tuple[str, ...]
    indicators: tuple[Indicator, ...]
    span: Span
    department_code: str | None = None
    department_name: str | None = None


@dataclass(frozen=True)
class Unparsed:
    """A line the extractor did not understand (reported, never dropped)."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Noise:
    """A line, or part of one, recognised as a conversion leftover, not content."""

    line: int
    text: str


@dataclass(frozen=True)
class Coverage:
    unparsed: tuple[Unparsed, ...] = ()
    noise: tuple[Noise, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.unparsed


@dataclass(frozen=True)
class SourceInfo:
    path: str  # as given to the extractor
    name: str  # file name, the stable part used in IRIs and reports
    sha256: str
    encoding: str
    line_count: int
    byte_size: int


@dataclass(frozen=True)
class Disclosure:
    """Everything extracted from one disclosure document."""

    source: SourceInfo
    title: str
    title_span: Span
    year: int
    phase: Phase
    department: Department
    legal_basis: tuple[LegalBasis, ...] = ()
    responsibilities: tuple[Responsibility, ...] = ()
    units: tuple[InternalUnit, ...] = ()
    institutions: tuple[Institution, ...] = ()
    organisation: OrganisationFacts | None = None
    staff: tuple[StaffFigure, ...] = ()
    figures: tuple[Figure, ...] = ()
    changes: tuple[Change, ...] = ()
    notes: tuple[Note, ...] = ()
    goals: tuple[Goal, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    other_matters: tuple[OtherMatter, ...] = ()
    projects: tuple[Project, ...] = ()
    coverage: Coverage = field(default_factory=Coverage)

    def figure(self, measure: str) -> Figure | None:
        return next((f for f in self.figures if f.measure == measure), None)
