"""What one generated disclosure states, decided before a word is written: its projects
(amounts, spending plan, indicators and the policy documents they cite) and its figures,
which add up the way the shapes demand: revenue = expenditure = basic + project,
basic = personnel + public-use = 机关运行经费 + personnel, 三公 and fixed assets = their
parts, project budget = fiscal + other, plans cumulative to 100, year-on-year changes and
percentages that agree. Amounts are whole fen. Standard library only.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from corpus_pools import (
    ACTIVITIES,
    DESCRIPTIVE_BASES,
    DOMAIN_TOPICS,
    GENERIC_TOPICS,
    INDICATORS,
    LEVEL1_GROUPS,
    OUTCOME_LEVEL1,
    DepartmentKind,
    Place,
    Policy,
)
from corpus_render import FEN_PER_WAN

WAN_CENT = 10_000  # 0.01万元 in fen: the smallest step of an amount written in 万元

# Operating-cost categories as templates name them, with the measure code each becomes.
OPERATING_COSTS = (
    ("办公费", "operating-cost-office"), ("印刷费", "operating-cost-printing"),
    ("水电费", "operating-cost-utilities"), ("邮电费", "operating-cost-post"),
    ("取暖费", "operating-cost-heating"), ("物业管理费", "operating-cost-property"),
    ("差旅费", "operating-cost-travel"), ("维修费", "operating-cost-maintenance"),
    ("租赁费", "operating-cost-rent"), ("会议费", "operating-cost-meetings"),
    ("培训费", "operating-cost-training"), ("专用材料费", "operating-cost-materials"),
    ("工会经费", "operating-cost-union"), ("福利费", "operating-cost-welfare"),
    ("公务用车运行维护费", "operating-cost-vehicles"),
    ("公务交通补贴", "operating-cost-transport-allowance"),
    ("办公设备购置费", "operating-cost-equipment"),
    ("党组织活动经费", "operating-cost-party-activities"),
    ("其他商品和服务支出", "operating-cost-other"),
)
FIXED_ASSETS = (
    ("土地、房屋及构筑物", "fixed-assets-land-buildings"),
    ("通用设备", "fixed-assets-general-equipment"),
    ("专用设备", "fixed-assets-special-equipment"), ("车辆", "fixed-assets-vehicles"),
    ("图书、档案", "fixed-assets-books"), ("家具、用具、装具", "fixed-assets-furniture"),
    ("无形资产", "fixed-assets-intangible"),
)
REVENUE_OTHERS = (("其他收入", "revenue-other"), ("事业收入", "revenue-operations"),
                  ("上年结转", "revenue-carry-over"))
# What a project's purpose text lists its money for. None of them names reception or
# official cars: those are listed only where the 三公 figures account for them.
USES = ("办公费", "印刷费", "差旅费", "会议费", "培训费", "专家咨询费", "设备购置费", "劳务费",
        "委托业务费", "宣传费", "维修费", "材料费", "邮电费", "租赁费")
GOALS = ("做好{thing}各项工作，确保按期完成年度任务", "提高{thing}工作质量和效率",
         "规范{thing}资金管理，提高资金使用效益", "确保{thing}工作全面覆盖、群众满意",
         "建立健全{thing}长效工作机制")


@dataclass(frozen=True)
class Department:
    name: str
    code: str
    kind: DepartmentKind
    place: Place


@dataclass(frozen=True)
class Indicator:
    level1: str
    level2: str
    level3: str
    description: str
    target: str
    basis: tuple[Policy, ...]  # the documents its basis cell cites; () for a descriptive one
    descriptive: str = ""


@dataclass
class Project:
    code: str
    name: str
    budget: int
    fiscal: int | None
    other: int | None
    plan: tuple[int | None, ...]
    indicators: tuple[Indicator, ...]
    uses: tuple[tuple[str, int], ...]  # what the purpose text lists, in fen
    goals: tuple[str, ...]
    topic: str
    purpose_budget: int = 0  # what the purpose text restates (differs only when injected)
    purpose_fiscal: int | None = None

    def cited(self) -> list[Policy]:
        seen: dict[tuple, Policy] = {}
        for indicator in self.indicators:
            for policy in indicator.basis:
                seen.setdefault((policy.number, policy.title), policy)
        return list(seen.values())

    def descriptive_bases(self) -> int:
        return sum(1 for i in self.indicators if not i.basis)


@dataclass
class Budget:
    """Everything numeric a disclosure states, and the errors injected into it."""

    projects: list[Project]
    figures: dict[str, int] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # measure → label as written
    changes: dict[str, tuple[str, int | None, str | None]] = field(default_factory=dict)
    errors: list[tuple[str, str, str]] = field(default_factory=list)
    operating: list[str] = field(default_factory=list)  # measures in the order written
    assets: list[str] = field(default_factory=list)
    revenue: list[str] = field(default_factory=list)
    three_public_detailed: bool = True


def lognormal(rng: random.Random, median: float, spread: float, quantum: int) -> int:
    """A positive amount in fen around ``median`` yuan, a multiple of ``quantum``."""
    fen = median * 100 * math.exp(rng.gauss(0, spread))
    return max(quantum, round(fen / quantum) * quantum)


def split(rng: random.Random, total: int, parts: int, quantum: int) -> list[int]:
    """``total`` in ``parts`` multiples of ``quantum`` of comparable size (zeros only when
    there is not enough to go round); any remainder below ``quantum`` goes to the last."""
    units = total // quantum
    if units < parts:
        return [quantum] * units + [0] * (parts - units - 1) + [total - units * quantum]
    weights = [0.3 + rng.random() for _ in range(parts)]
    scale = (units - parts) / sum(weights)
    amounts = [(1 + int(w * scale)) * quantum for w in weights]
    amounts[-1] += total - sum(amounts)
    return amounts


def percent(change: int, previous: int) -> str:
    value = Decimal(abs(change)) * 100 / Decimal(previous)
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _pick(rng: random.Random, policies, weights, scopes: tuple[str, ...], year: int) -> Policy:
    scope = rng.choices(scopes, weights=(40, 30, 15, 15)[: len(scopes)])[0]
    eligible = policies.get((scope, year)) or policies[("central", year)]
    return rng.choices(eligible, weights=weights.get((scope, year)) or None)[0]


def _target(rng: random.Random, shape: str, year: int, budget: int) -> str:
    cost = max(Decimal(budget) / FEN_PER_WAN, Decimal("0.01"))
    return shape.format(n=rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 50, 100, 200)),
                        p=rng.choice((80, 85, 90, 90, 95, 95, 98, 99)), year=year,
                        cost=f"{cost.normalize():f}")


def indicators(rng: random.Random, topic: str, year: int, budget: int,
               bases: tuple[Policy, ...]) -> tuple[Indicator, ...]:
    """3–8 indicator rows: outputs, outcomes and at least one satisfaction row."""
    total = rng.randint(3, 8)
    satisfaction = 1 if total < 6 else rng.randint(1, 2)
    outcome = rng.randint(1, max(1, min(3, total - satisfaction - 1)))
    output = total - satisfaction - outcome
    outcome_label = rng.choice(OUTCOME_LEVEL1) if year < 2021 else "效益指标"
    rows = []
    for (level1, kinds), count in zip(LEVEL1_GROUPS, (output, outcome, satisfaction),
                                      strict=True):
        if level1 == "效益指标":
            level1 = outcome_label
        for _ in range(count):
            level2 = rng.choice(kinds)
            level3, description, shapes = rng.choice(INDICATORS[level2])
            rows.append((level1, level2, level3.format(thing=topic),
                         description.format(thing=topic, year=year),
                         _target(rng, rng.choice(shapes), year, budget)))
    result = []
    for level1, level2, level3, description, target in rows:
        draw = rng.random()
        if draw < 0.05:
            basis, descriptive = (), rng.choice(DESCRIPTIVE_BASES)
        elif draw < 0.12 and len(bases) > 1:
            basis, descriptive = bases[:2], ""
        elif draw < 0.3 and len(bases) > 1:
            basis, descriptive = (bases[1],), ""
        else:
            basis, descriptive = (bases[0],), ""
        result.append(Indicator(level1, level2, level3, description, target, basis,
                                descriptive))
    return tuple(result)


def projects(rng: random.Random, department: Department, year: int, policies, weights,
             months: tuple[int, ...]) -> list[Project]:
    """3–40 projects with unique codes and names; most are small, a few large."""
    count = int(3 + 38 * rng.random() ** 2.2)
    scale = {"province": 8.0, "city": 3.0, "county": 1.0}[department.place.level]
    topics = DOMAIN_TOPICS[department.kind.domain] + GENERIC_TOPICS
    found: list[Project] = []
    codes, names = set(), set()
    prefix = department.code[:3]
    for position in range(count):
        while True:
            code = (f"{prefix}-{rng.randint(1, 12):02d}{rng.randint(1, 9):02d}-"
                    f"{rng.choice(('JBN', 'JXN', 'ZXN', 'XMN'))}-"
                    + "".join(rng.choices("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", k=4)))
            topic = rng.choice(topics) if position else rng.choice(topics[:4])
            name = topic + rng.choice(ACTIVITIES)
            if code not in codes and name not in names:
                codes.add(code)
                names.add(name)
                break
        budget = lognormal(rng, 120_000 * scale, 1.1, WAN_CENT)
        draw = rng.random()
        if draw < 0.8 or budget < 2 * WAN_CENT:
            fiscal, other = budget, None
        elif draw < 0.9:
            fiscal, other = split(rng, budget, 2, WAN_CENT)
        else:
            fiscal, other = budget, 0
        start = rng.choice((0, 0, 0, 1, 1, 2, 3))
        values = [*sorted(rng.choices(range(5, 100, 5), k=len(months) - start - 1)), 100]
        plan = (None,) * start + tuple(values)
        bases = tuple(dict.fromkeys(
            _pick(rng, policies, weights, department.place.scopes, year)
            for _ in range(rng.choice((1, 1, 2, 2, 3)))))
        uses: tuple[tuple[str, int], ...] = ()
        if rng.random() < 0.3 and budget >= 4 * WAN_CENT:
            labels = rng.sample(USES, rng.randint(2, 4))
            uses = tuple(zip(labels, split(rng, budget, len(labels), WAN_CENT), strict=True))
        goals = tuple(g.format(thing=topic) for g in rng.sample(GOALS, rng.randint(1, 3)))
        found.append(Project(code, name, budget, fiscal, other, plan,
                             indicators(rng, topic, year, budget, bases), uses, goals, topic,
                             budget, fiscal))
    return found


def operating_project(rng: random.Random, project: Project) -> tuple[int, int]:
    """Turn one project into the 机关运行维护费 of the seed, whose purpose lists reception
    and official-car money; returns (reception, vehicles) in fen."""
    project.name = "机关运行维护费"
    parts = split(rng, project.budget, 4, WAN_CENT)
    labels = ["公务招待费", "公务用车运行维护费", *rng.sample(("办公费", "印刷费", "差旅费",
                                                            "会议费"), 2)]
    project.uses = tuple(zip(labels, parts, strict=True))
    return parts[0], parts[1]


def _near(rng: random.Random, value: int, quantum: int, low: float = 0.6,
          high: float = 1.4) -> int:
    """A previous-year amount near ``value``, never equal to it."""
    while True:
        previous = round(value * rng.uniform(low, high) / quantum) * quantum
        if previous != value and previous > 0:
            return previous
        if value == 0:
            return quantum * rng.randint(1, 20)


def _change(budget: Budget, measure: str, current: int, previous: int) -> None:
    delta = current - previous
    if delta == 0:
        budget.changes[measure] = ("flat", None, None)
    else:
        budget.changes[measure] = ("increase" if delta > 0 else "decrease", abs(delta),
                                   percent(delta, previous) if previous else None)


def money(rng: random.Random, department: Department, found: list[Project], *,
          quantum: int, changes: bool) -> Budget:
    """The narrative figures around the projects, consistent with them and each other."""
    budget = Budget(found)
    f = budget.figures
    scale = {"province": 8.0, "city": 3.0, "county": 1.0}[department.place.level]
    reception = vehicles_in_purposes = 0
    candidates = [p for p in found if p.budget >= 4 * WAN_CENT]
    if candidates and rng.random() < 0.25 and not any(p.name == "机关运行维护费" for p in found):
        reception, vehicles_in_purposes = operating_project(rng, rng.choice(candidates))
    project_total = sum(p.budget for p in found)
    basic = lognormal(rng, 1_500_000 * scale, 0.6, quantum)
    personnel = round(basic * rng.uniform(0.6, 0.9) / quantum) * quantum
    public_use = basic - personnel
    total = basic + project_total
    f.update({"expenditure-total": total, "expenditure-basic": basic,
              "expenditure-personnel": personnel, "expenditure-public-use": public_use,
              "expenditure-project": project_total, "revenue-total": total})
    # Revenue: all appropriation, or appropriation and one or two other sources.
    others = rng.sample(REVENUE_OTHERS, rng.choice((0, 0, 0, 1, 1, 2)))
    amounts = split(rng, total // 5 // quantum * quantum or quantum, len(others), quantum) \
        if others else []
    f["revenue-fiscal"] = total - sum(amounts)
    budget.revenue = ["revenue-fiscal"]
    for (label, measure), amount in zip(others, amounts, strict=True):
        f[measure] = amount
        budget.labels[measure] = label
        budget.revenue.append(measure)
    # 机关运行经费 is the public-use expenditure, split into categories.
    categories = rng.sample(OPERATING_COSTS, rng.randint(3, 8))
    amounts = split(rng, public_use, len(categories), quantum)
    for (label, measure), amount in zip(categories, amounts, strict=True):
        f[measure] = amount
        budget.labels[measure] = label
        budget.operating.append(measure)
    f["operating-cost-total"] = public_use
    # 三公: the car and reception money must be what the other sections set aside.
    overseas = 0 if rng.random() < 0.85 else lognormal(rng, 30_000, 0.5, quantum)
    purchase = 0 if rng.random() < 0.85 else lognormal(rng, 200_000, 0.3, quantum)
    operation = f.get("operating-cost-vehicles", 0) + vehicles_in_purposes
    if not operation and "operating-cost-vehicles" not in f:
        operation = lognormal(rng, 40_000 * scale, 0.5, quantum)
    if not reception:
        reception = lognormal(rng, 30_000 * scale, 0.6, quantum)
    budget.three_public_detailed = rng.random() < 0.75
    f.update({"three-public-overseas": overseas, "three-public-vehicles": purchase + operation,
              "three-public-reception": reception,
              "three-public-total": overseas + purchase + operation + reception})
    if budget.three_public_detailed:
        f["three-public-vehicle-purchase"] = purchase
        f["three-public-vehicle-operation"] = operation
    f["procurement-total"] = 0 if rng.random() < 0.35 else lognormal(rng, 300_000 * scale, 0.8,
                                                                        quantum)
    categories = rng.sample(FIXED_ASSETS, rng.randint(2, 5))
    categories.sort(key=FIXED_ASSETS.index)
    assets = 0
    for label, measure in categories:
        f[measure] = 0 if rng.random() < 0.1 else lognormal(rng, 800_000 * scale, 1.0, quantum)
        budget.labels[measure] = label
        budget.assets.append(measure)
        assets += f[measure]
    f["fixed-assets-total"] = assets
    if changes:
        _budget_changes(rng, budget, quantum)
    return budget


def _budget_changes(rng: random.Random, budget: Budget, quantum: int) -> None:
    f = budget.figures
    previous_basic = _near(rng, f["expenditure-basic"], quantum, 0.7, 1.3)
    previous_project = _near(rng, f["expenditure-project"], quantum, 0.5, 1.6)
    if previous_basic + previous_project == f["expenditure-total"]:
        previous_project += quantum
    _change(budget, "expenditure-basic", f["expenditure-basic"], previous_basic)
    _change(budget, "expenditure-project", f["expenditure-project"], previous_project)
    for measure in ("expenditure-total", "revenue-total"):
        _change(budget, measure, f[measure], previous_basic + previous_project)
    parts = ("three-public-overseas", "three-public-vehicles", "three-public-reception")
    if rng.random() < 0.2:
        budget.changes["three-public-total"] = ("flat", None, None)
    elif rng.random() < 0.9:
        previous = {m: f[m] if rng.random() < 0.3 or not f[m] else _near(rng, f[m], quantum)
                    for m in parts}
        if sum(previous.values()) == f["three-public-total"]:
            previous = {m: f[m] for m in parts}
        _change(budget, "three-public-total", f["three-public-total"], sum(previous.values()))
        if budget.changes["three-public-total"][0] != "flat":
            for measure in parts:
                _change(budget, measure, f[measure], previous[measure])
    if rng.random() < 0.6:
        previous = _near(rng, f["procurement-total"], quantum)
        delta = f["procurement-total"] - previous
        budget.changes["procurement-total"] = ("increase" if delta > 0 else "decrease",
                                               abs(delta), None)


def inject(rng: random.Random, budget: Budget, shape: str, quantum: int) -> None:
    """One error of the kind ``shape`` reports, recorded in ``budget.errors``."""
    f = budget.figures
    if shape == "parts-sum-to-total":
        delta = quantum * rng.randint(1, 50)
        if rng.random() < 0.5:
            f["fixed-assets-total"] += delta
            budget.errors.append((shape, "figure:fixed-assets-total",
                                  f"the total is stated {delta} fen above its parts"))
        else:
            measure = next(m for m in budget.operating if m != "operating-cost-vehicles")
            f[measure] += delta
            budget.errors.append((shape, f"figure:{measure}",
                                  f"a part of 机关运行经费 is stated {delta} fen too high"))
    elif shape == "plan-is-cumulative":
        project = rng.choice(budget.projects)
        first = rng.choice((10, 20, 30))
        peak = rng.choice((60, 70, 80))
        project.plan = (first, peak, peak - rng.choice((10, 20, 30)), 100)
        budget.errors.append((shape, f"project:{project.code}",
                              f"the plan {project.plan} falls after its peak"))
    elif shape == "purpose-restates-table":
        project = rng.choice(budget.projects)
        wrong = project.budget + WAN_CENT * rng.choice((10, 50, 100, 500, 1000))
        project.purpose_budget = wrong
        if project.fiscal == project.budget:
            project.purpose_fiscal = wrong
        budget.errors.append((shape, f"project:{project.code}",
                              f"the purpose restates {wrong} fen, the table {project.budget}"))
    else:
        raise ValueError(f"cannot inject an error for shape {shape!r}")
