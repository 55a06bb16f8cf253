"""Writing one disclosure: the sections of the template, in the order and wording real
documents use, around the numbers ``corpus_budget`` decided. Standard library only."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from corpus_budget import (
    WAN_CENT,
    Budget,
    Department,
    Indicator,
    Project,
    inject,
    money,
    projects,
)
from corpus_pools import LEGAL_BASIS, UNIT_ALIASES, UNIT_STEMS, UNITS_BY_LEVEL, Policy
from corpus_render import Style, page_number, percent_text, table_lines, wrap

__all__ = ["Department", "Stated", "write_document"]

CN = "零一二三四五六七八九十"
BRACKETS = (("〔", "〕"), ("[", "]"), ("﹝", "﹞"), ("（", "）"), ("(", ")"), ("【", "】"),
            ("［", "］"))
REASONS = ("人员调整和工资标准调整", "落实过紧日子要求，压减一般性支出", "新增重点工作任务",
           "部分项目执行完毕", "按照上级要求调整支出结构")


@dataclass(frozen=True)
class Stated:
    """What the written document states (the facts)."""

    projects: list[Project]
    figures: dict[str, int]
    changes: dict[str, tuple[str, int | None, str | None]]
    legal_basis: tuple[str, ...]
    errors: list[tuple[str, str, str]]


def cn(number: int) -> str:
    if number <= 10:
        return CN[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


class _Text:
    """Lines of the document, with the places a page break may fall."""

    def __init__(self, style: Style):
        self.style = style
        self.lines: list[str] = []
        self.breaks: list[int] = []

    def para(self, text: str, *, blank: bool | None = None) -> None:
        self.lines.extend(wrap(self.style.punct(text), self.style.wrap,
                               anywhere=self.style.pdf_breaks))
        if self.style.blank_between_paragraphs if blank is None else blank:
            self.lines.append("")
        self.breaks.append(len(self.lines))

    def heading(self, text: str) -> None:
        self.lines.append(self.style.punct(text))
        if self.style.blank_between_paragraphs:
            self.lines.append("")
        self.breaks.append(len(self.lines))

    def rows(self, rows: list[list[str]]) -> None:
        for row in rows:
            self.lines.extend(table_lines([[self.style.punct(c) for c in row]], self.style))
            self.breaks.append(len(self.lines))

    def text(self, rng: random.Random) -> str:
        lines = self.lines
        if self.style.page_numbers:
            kind, every, page, out, last = rng.randint(0, 1), rng.randint(40, 60), 1, [], 0
            # A PDF breaks pages wherever the page is full, in a paragraph or not.
            breaks = range(1, len(lines)) if self.style.pdf_breaks else self.breaks
            for at in breaks:
                out.extend(lines[last:at])
                last = at
                if len(out) >= every * page:
                    out.append(page_number(page, kind))
                    page += 1
            out.extend(lines[last:])
            lines = out
        return "\n".join(lines) + "\n"


def write_document(rng: random.Random, department: Department, year: int, style: Style,
                   policies, weights, *, error: str | None = None) -> tuple[str, Stated]:
    months = (3, 6, 9, 12) if rng.random() < 0.6 else (3, 6, 10, 12)
    found = projects(rng, department, year, policies, weights, months)
    quantum = WAN_CENT if style.unit == "万元" else rng.choice((1, 100, 100))
    budget = money(rng, department, found, quantum=quantum, changes=rng.random() < 0.8)
    if error:
        inject(rng, budget, error, quantum)
    out = _Text(style)
    legal = _front(out, rng, department, year, style)
    sections = [_organisation, _budget, _operating, _three_public, _performance,
                _procurement, _assets]
    if rng.random() < 0.5:
        sections[2], sections[3] = sections[3], sections[2]
    if rng.random() < 0.6:
        sections.append(_glossary)
    sections.append(_other)
    for number, section in enumerate(sections, start=1):
        section(out, rng, number, department, year, budget, months)
    return out.text(rng), Stated(budget.projects, budget.figures, budget.changes, legal,
                                 budget.errors)


def _heading(out: _Text, number: int, title: str, rng: random.Random) -> None:
    mark = "、" if rng.random() < 0.85 else "."
    out.heading(f"{cn(number)}{mark}{title}")


def _front(out: _Text, rng, department: Department, year: int, style: Style):
    if style.layout == "word" and rng.random() < 0.3:
        out.lines += [f" {department.name}", "", f"{year}年部门预算信息公开", "   ", ""]
    else:
        word = rng.choice(("年部门预算信息公开", "年度部门预算信息公开", "年部门预算公开"))
        out.heading(f"{department.name}{year}{word}")
        out.lines.append("")
    basis = list(LEGAL_BASIS)
    if rng.random() < 0.5:
        basis.append(f"{department.place.province}预决算公开操作规程实施细则")
    cited = "、".join(f"《{t}》" for t in basis)
    out.para(f"按照{cited}规定，现将{department.name}{year}年部门预算公开如下。")
    return tuple(basis)


def _organisation(out: _Text, rng, number, department: Department, year, budget, months):
    _heading(out, number, "部门职责及机构设置情况", rng)
    out.heading("（一）部门职责")
    place, domain = department.place.name, department.kind.domain
    duties = [f"贯彻执行党和国家关于{domain}工作的方针政策和法律法规，"
              f"拟订{place}{domain}发展规划并组织实施。",
              f"负责{place}{domain}领域重大问题的调查研究，提出政策建议。",
              f"负责{domain}相关资金的管理和监督，提高资金使用效益。",
              f"指导、协调和监督全{place[-1]}{domain}工作，组织开展业务培训。",
              f"负责{domain}方面的宣传教育和信息公开工作。",
              f"完成{place}委、{place}政府交办的其他任务。"]
    for index, duty in enumerate(duties[: rng.randint(3, 6)], start=1):
        out.para(f"{index}.{duty}")
    out.heading("（二）机构设置")
    unit = UNITS_BY_LEVEL[department.place.level]
    stems = rng.sample(UNIT_STEMS, rng.randint(3, 9))
    names = []
    for stem in stems:
        name = stem.format(u=unit)
        if stem in UNIT_ALIASES and rng.random() < 0.3:
            name += f"（{UNIT_ALIASES[stem].format(u=unit)}）"
        names.append(name)
    count = len(names) if rng.random() < 0.8 else cn(len(names))
    institutions = rng.randint(0, 2)
    level = rng.choice(("一级", "一级", "二级"))
    below = f"下属{institutions}个事业单位" if institutions else "下属无事业单位"
    text = (f"我单位为{level}预算单位，{below}，无独立核算下属单位。"
            f"机关内设{count}个{'职能科室' if unit != '处' else '处室'}，"
            f"分别为{'、'.join(names)}。")
    authorised = {"行政编制": rng.randint(5, 40), "事业编制": rng.randint(0, 15)}
    if rng.random() < 0.3:
        authorised["工勤编制"] = rng.randint(1, 5)
    actual = {k: max(0, v - rng.randint(0, 3)) for k, v in authorised.items()}
    parts = "，".join(f"{k}{v}人" for k, v in authorised.items())
    text += f"现共有编制{sum(authorised.values())}人，其中{parts}。"
    parts = "，".join(f"{k.replace('编制', '')}{v}人" for k, v in actual.items())
    text += f"至{year - 1}年底，实有在职人员{sum(actual.values())}人，其中{parts}。"
    out.para(text)


def _budget(out: _Text, rng, number, department: Department, year, budget: Budget, months):
    m, f, style = out.style.money, budget.figures, out.style
    _heading(out, number, "部门预算安排总体情况", rng)
    area = {"province": "省", "city": "市", "county": "县"}[department.place.level]
    out.para(f"按照预算管理有关规定，目前我{area}部门预算的编制实行综合预算制度，即全部收入和支出都反映在预算中。")
    out.heading("（一）收入说明")
    parts = [f"一般公共预算财政拨款收入为{m(f['revenue-fiscal'])}"]
    parts += [f"{budget.labels[k]}{m(f[k])}" for k in budget.revenue[1:]]
    out.para(f"反映部门当年全部收入。{year}年预算总收入为{m(f['revenue-total'])}，其中："
             + "，".join(parts) + "。")
    out.heading("（二）支出说明")
    out.para(f"反映部门当年支出预算的总体情况。{year}年预算总支出为{m(f['expenditure-total'])}，"
             f"其中：基本支出为{m(f['expenditure-basic'])}（包括人员经费"
             f"{m(f['expenditure-personnel'])}，公用经费{m(f['expenditure-public-use'])}），"
             f"项目支出{m(f['expenditure-project'])}。")
    if "expenditure-total" in budget.changes:
        out.heading("（三）比上年增减情况")
        compare = rng.choice((f"较{year - 1}年预算", "比上年"))
        text = (f"反映部门与上年比较的增减变化情况。{year}年预算收支安排"
                f"{m(f['expenditure-total'])}，{compare}"
                f"{_delta(budget, 'expenditure-total', m, style)}。其中：基本支出"
                f"{_delta(budget, 'expenditure-basic', m, style)}；项目支出"
                f"{_delta(budget, 'expenditure-project', m, style)}，"
                f"主要原因为{rng.choice(REASONS)}。")
        out.para(text)


def _delta(budget: Budget, measure: str, m, style: Style) -> str:
    direction, amount, pct = budget.changes[measure]
    if direction == "flat":
        return "持平"
    more = direction == "increase"
    text = f"{'增加' if more else '减少'}{m(amount)}"
    if pct is not None:
        text += f"，{'增长' if more else '下降'}{percent_text_of(pct, style)}%"
    return text


def percent_text_of(pct: str, style: Style) -> str:
    return percent_text(Decimal(pct), trim=style.trim_decimals)


def _operating(out: _Text, rng, number, department, year, budget: Budget, months):
    m, f = out.style.money, budget.figures
    _heading(out, number, "机关运行经费安排情况", rng)
    parts = "、".join(f"{budget.labels[k]}{m(f[k])}" for k in budget.operating)
    out.para(f"我单位{year}年度机关运行经费预算安排{m(f['operating-cost-total'])}，其中：{parts}。")


def _three_public(out: _Text, rng, number, department, year, budget: Budget, months):
    m, f, style = out.style.money, budget.figures, out.style
    _heading(out, number, "财政拨款“三公”经费预算情况及增减变化原因", rng)
    change = budget.changes.get("three-public-total")
    if budget.three_public_detailed:
        out.para(f"{year}年部门预算“三公”经费预算安排{m(f['three-public-total'])}，具体如下：")
        out.para(f"因公出国（境）费用预算安排{m(f['three-public-overseas'])}；")
        out.para(f"公务用车购置及运行维护费预算安排合计{m(f['three-public-vehicles'])}（其中：公务用车"
                 f"购置安排{m(f['three-public-vehicle-purchase'])}，公务用车运行维护费安排"
                 f"{m(f['three-public-vehicle-operation'])}）；")
        out.para(f"公务接待费预算安排{m(f['three-public-reception'])}。")
        lead = ""
    else:
        lead = (f"{year}年“三公”经费预算安排{m(f['three-public-total'])}，其中：因公出国（境）费用"
                f"{m(f['three-public-overseas'])}，公务用车购置及运行维护费"
                f"{m(f['three-public-vehicles'])}，公务接待费{m(f['three-public-reception'])}。")
    if change is None:
        if lead:
            out.para(lead)
        return
    if change[0] == "flat":
        out.para(f"{lead}与{year - 1}年相比持平。")
        return
    parts = []
    for measure, label in (("three-public-overseas", "因公出国（境）费用"),
                           ("three-public-vehicles", "公务用车购置及运行维护费"),
                           ("three-public-reception", "公务接待费")):
        delta = _delta(budget, measure, m, style)
        parts.append(f"{label}与上年持平" if delta == "持平" else f"{label}比上年{delta}")
    out.para(f"{lead}与{year - 1}年预算安排相比，{_delta(budget, 'three-public-total', m, style)}，"
             f"主要原因为{rng.choice(REASONS)}。其中：" + "；".join(parts) + "。")


def _procurement(out: _Text, rng, number, department, year, budget: Budget, months):
    m, f = out.style.money, budget.figures
    _heading(out, number, "政府采购预算情况", rng)
    text = f"{year}年部门预算中我单位安排政府采购预算{m(f['procurement-total'])}"
    if "procurement-total" in budget.changes:
        direction, amount, _ = budget.changes["procurement-total"]
        text += f"，比{year - 1}年{'增加' if direction == 'increase' else '减少'}{m(amount)}"
    out.para(text + "。")


def _assets(out: _Text, rng, number, department, year, budget: Budget, months):
    m, f = out.style.money, budget.figures
    _heading(out, number, "国有资产信息情况", rng)
    parts = "，".join(f"{budget.labels[k]}{m(f[k])}" for k in budget.assets)
    out.para(f"{year}年初我单位固定资产为{m(f['fixed-assets-total'])}，其中：{parts}。")
    out.para("本年度暂无购置固定资产计划。")


def _glossary(out: _Text, rng, number, department: Department, year, budget, months):
    _heading(out, number, "专业名词解释", rng)
    for line in (
            "1、财政拨款收入：指由财政拨款形成的部门收入。",
            "2、一般公共服务支出（类）",
            f"{department.kind.domain}事务（款）：反映{department.name}的支出。",
            "行政运行（项）：指用于保障机构正常运转的基本支出。",
            "3、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
            "4、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
            "5、“三公”经费：是指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
            "6、机关运行经费：为保障行政单位（包括实行公务员管理的事业单位）运行用于购买货物和服务的各项资金。"):
        out.para(line)


def _other(out: _Text, rng, number, department, year, budget, months):
    _heading(out, number, "其他需说明的事项", rng)
    if rng.random() < 0.6:
        out.para("1、政府性基金预算安排情况")
        out.para(f"{year}年我单位未安排政府性基金预算。")
        out.para("2、国有资本经营预算安排情况")
        out.para(f"{year}年我单位未安排国有资本经营预算。")
    out.para("无其他需说明的事项。")


# The performance section: the department's goals, then one table per project.

def _performance(out: _Text, rng, number, department: Department, year, budget: Budget,
                 months):
    style = out.style
    _heading(out, number, "绩效预算信息情况", rng)
    domain = department.kind.domain
    if rng.random() < (0.7 if style.layout == "word" else 0.3):
        out.heading("第一部分  部门整体绩效目标")
        out.heading("（一）总体绩效目标")
        out.para(f"{year}年，{department.name}坚持以人民为中心的发展思想，围绕{domain}中心工作，"
                 "全面落实各项决策部署，确保各项工作任务圆满完成。")
        out.heading("（二）分项绩效目标")
        topics = list(dict.fromkeys(p.topic for p in budget.projects))[:3]
        for area, topic in enumerate(topics, start=1):
            out.heading(f"{area}.{topic}工作")
            out.para(f"（1）{topic}工作。做好{topic}各项工作，提高工作质量和服务水平。")
        heading = "（三）工作保障措施"
        if style.field_codes and rng.random() < 0.3:
            heading += " TC 工作保障措施 \\f A \\l1 "
        out.heading(heading)
        out.para(f"1.加强组织领导。把{domain}工作摆在突出位置，层层压实责任。")
        out.para("2.强化资金监管。严格执行预算，提高财政资金使用效益。")
        out.heading("第二部分")
        out.heading("预算项目绩效目标")
    else:
        out.heading("第二部分 预算项目绩效目标")
    plan_format = rng.choice(("{}.00", "{}", "{}%"))
    for position, project in enumerate(budget.projects, start=1):
        _project(out, rng, position, project, department, year, months, plan_format)


def _project(out: _Text, rng, position: int, project: Project, department: Department,
             year: int, months, plan_format: str) -> None:
    style = out.style
    title = rng.choice((f"{position}.{project.name}绩效目标表", f"{project.name}绩效目标表",
                        f"{position}、{project.name}项目绩效目标表"))
    field_code = f" TC {position}、{project.name}绩效目标表 \\f C \\l 1 "
    if style.field_codes and rng.random() < 0.15:
        out.lines.append(style.punct(title) + field_code)
    else:
        out.lines.append(style.punct(title))
    if style.layout == "word":
        out.lines.append("")
        if style.field_codes and rng.random() < 0.4:
            out.lines.append(field_code)
    out.breaks.append(len(out.lines))
    table = lambda fen: "" if fen is None else style.money(fen, table=True)  # noqa: E731
    rows = [[f"{department.code}{department.name}", f"单位：{style.unit}"],
            ["项目编码", project.code, "项目名称", project.name],
            ["预算规模及资金用途", "预算数", table(project.budget), "其中：财政资金",
             table(project.fiscal), "其他资金", table(project.other)],
            ["", _purpose(rng, project, style)],
            ["资金支出计划（%）", *(f"{month}月底" for month in months)],
            ["", *("" if v is None else plan_format.format(v) for v in project.plan)]]
    joiner = "\n\n" if style.layout == "word" else " "
    goals = project.goals if len(project.goals) > 1 or rng.random() < 0.5 else ()
    rows.append(["绩效目标", joiner.join(f"{i}、{g}" for i, g in enumerate(goals, 1))
                 if goals else project.goals[0]])
    rows.append(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"])
    previous = ("", "")
    for indicator in project.indicators:
        level1 = "" if indicator.level1 == previous[0] else indicator.level1
        level2 = indicator.level2
        if level2 == previous[1] and not level1 and rng.random() < 0.3:
            level2 = ""  # vertically merged, as Word exports leave it
        previous = (indicator.level1, indicator.level2)
        description = indicator.description
        if style.layout == "word" and len(description) > 6 and rng.random() < 0.05:
            cut = rng.randint(2, len(description) - 2)
            description = description[:cut] + "\n\n" + description[cut:]
        rows.append([level1, level2, indicator.level3, description, indicator.target,
                     _basis(rng, indicator)])
    out.rows(rows)


def _purpose(rng, project: Project, style: Style) -> str:
    unit = "万元" if style.unit == "万元" or style.purpose_in_wan else "元"
    m = lambda fen: style.money(fen, unit=unit)  # noqa: E731
    text = f"预算数{m(project.purpose_budget)}。其中：财政资金{m(project.purpose_fiscal or 0)}"
    if project.other:
        text += f"，其他资金{m(project.other)}"
    text += f"。主要用于{project.topic}相关工作"
    if project.uses:
        text += "，含" + "、".join(f"{label}{m(fen)}" for label, fen in project.uses) + "等"
    return text + "。"


def number_text(policy: Policy, rng: random.Random) -> str:
    opener, closer = rng.choice(BRACKETS)
    return f"{policy.issuer}{opener}{policy.year}{closer}{policy.serial}号"


def _cite(rng: random.Random, policy: Policy) -> str:
    """One document as a 指标值确定依据 cell writes it, in one of the real shapes."""
    if policy.number is None:
        if policy.title.endswith(("条例", "办法", "法")) and rng.random() < 0.4:
            return policy.title
        return f"《{policy.title}》"
    number = number_text(policy, rng)
    shape = rng.randrange(7)
    if shape == 0:
        return number
    if shape == 1:
        return rng.choice((f"{number}文件", f"根据{number}文", f"依据{number}"))
    if shape == 2:
        return f"{policy.title}（{number}）"
    if shape == 3:
        return f"{number} {policy.title}"
    if shape == 4:
        return f"{policy.title}  {number}"
    if shape == 5:
        return f"{number}{policy.title}"
    if "《" in policy.title:
        return f"{policy.title}{number}"
    return f"《{policy.title}》（{number}）"


def _basis(rng: random.Random, indicator: Indicator) -> str:
    if not indicator.basis:
        return indicator.descriptive
    return "、".join(_cite(rng, policy) for policy in indicator.basis)
