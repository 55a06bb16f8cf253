"""The seed disclosure, read completely: every figure, table row and citation, checked
against values copied by hand from the document (line numbers in comments)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from budgetkg.records import Direction, Phase, StaffBasis

WAN = Decimal(10000)

# (code, name, budget 万元, plan by quarter end (None = blank), indicator rows, policy keys)
P1 = "no:冀党建字〔2019〕1号"
P4 = "no:昌发〔2019〕4号"
PROJECTS = [
    ("203-0403-JXN-N6IU", "“智慧党建”平台建设经费", "100", (None, "100", "100", "100"), 4,
     {P1}),
    ("203-0402-JBN-07RP", "编纂中共昌黎县组织史资料（第七卷）", "10", (None, "100", "100", "100"),
     4, {"no:昌组〔2018〕53号"}),
    ("203-0702-JBN-RTGI", "昌黎县农村党员干部现代远程教育管理平台运行费用", "5",
     ("20", "60", "90", "100"), 3, {"no:昌字〔2008〕11号"}),
    ("203-0403-JBN-CA0Q", "村党组织书记培训", "10", (None, "50", "50", "100"), 4, {P4}),
    ("203-0403-JBN-TQ0D", "村级组织活动场所修缮维护费", "100", (None, None, None, "100"), 4,
     {P4}),
    ("203-0403-JBN-PBFS", "党员组织生活馆使用和维护费用", "3", ("25", "50", "75", "100"), 4,
     {"title:2019年秦皇岛市基层党建工作要点"}),
    ("203-0405-JBN-ROCD", "非公经济和社会组织党建经费", "20", ("10", "40", "80", "100"), 4,
     {"no:秦办〔2019〕19号"}),
    ("203-0501-JBN-89DF", "干部档案管理", "2", (None, "60", "80", "100"), 4,
     {"title:干部档案工作条例"}),
    ("203-0501-JBN-AC1O", "干部队伍管理", "55", (None, None, None, "100"), 4,
     {"title:干部考核条例"}),
    ("203-0501-JBN-QWQ4", "干部工作日志", "13", ("85", "90", "95", "100"), 4,
     {"title:昌黎县科级干部工作日志管理办法(试行)"}),
    ("203-0504-JBN-K9R4", "干部教育培训经费", "12", ("25", "60", "80", "100"), 5,
     {"title:干部教育培训工作条例"}),
    ("203-0701-JBN-O4U5", "机关运行维护费", "56", ("20", "40", "60", "100"), 5,
     {"title:中共秦皇岛市委组织部关于开展大组工网分级保护建设工程招标及下步工作的通知"}),
    ("203-0404-JXN-6ULF", "建国前老党员补贴县级配套资金", "8", (None, "50", "50", "100"), 4,
     {"title:建国前老党员补贴办法"}),
    ("203-0701-JBN-D7AH", "全县重点工作大督查", "6.5", ("25", "50", "75", "100"), 5,
     {"no:昌字〔2017〕124号"}),
    ("203-0601-JBN-B11W", "人才工作及人才队伍建设", "60", ("20", "60", "80", "100"), 6,
     {"title:昌黎县优秀人才选拔管理办法", "no:昌人才〔2005〕1号", "no:昌人才〔2005〕3号",
      "title:昌黎县人才开发专项资金使用协议书"}),
    ("203-0702-JBN-1LEG", "远程教育终端站点服务费", "16.8", (None, None, None, "100"), 4,
     {"no:冀组字〔2015〕26号"}),
]


def test_title_year_phase_and_department(seed):
    assert seed.year == 2020
    assert seed.phase is Phase.BUDGET
    assert seed.department.name == "中国共产党昌黎县委员会组织部"
    assert seed.department.code == "203002"
    assert (seed.title_span.first, seed.title_span.last) == (1, 3)


def test_legal_basis_is_the_three_cited_laws(seed):
    titles = [b.citation.documents[0].title for b in seed.legal_basis]
    assert titles == ["中华人民共和国预算法", "地方预决算操作规程",
                      "河北省预决算公开操作规程实施细则"]
    assert {b.span.first for b in seed.legal_basis} == {7}


def test_nine_numbered_responsibilities(seed):
    assert [r.number for r in seed.responsibilities] == list(range(1, 10))
    assert seed.responsibilities[7].text.startswith("统一管理县委机构编制委员会办公室")
    assert [r.span.first for r in seed.responsibilities] == list(range(13, 30, 2))


def test_internal_units_institution_and_organisation_facts(seed):
    names = [u.name for u in seed.units]
    assert names == ["办公室", "研究室", "组织指导股", "基层组织股",
                     "非公有制经济组织和社会组织党建股", "干部一股", "干部二股", "人才工作股",
                     "公务员管理股", "党员教育中心"]
    assert seed.units[3].aliases == ("县委党的建设（基层组织建设）工作领导小组办公室",
                                     "大学生村官管理股")
    assert [i.name for i in seed.institutions] == ["县委组织史征编办公室"]
    facts = seed.organisation
    assert (facts.budget_level, facts.institution_count, facts.independent_units,
            facts.internal_unit_count) == ("一级预算单位", 1, 0, 10)


def test_staffing_authorised_and_actual_by_kind(seed):
    counts = {(s.basis, s.measure): s.count for s in seed.staff}
    assert counts == {
        (StaffBasis.AUTHORISED, "authorised-total"): 36,
        (StaffBasis.AUTHORISED, "authorised-administrative"): 26,
        (StaffBasis.AUTHORISED, "authorised-institution"): 6,
        (StaffBasis.AUTHORISED, "authorised-civil-service-managed"): 4,
        (StaffBasis.ACTUAL, "actual-total"): 25,
        (StaffBasis.ACTUAL, "actual-administrative"): 23,
        (StaffBasis.ACTUAL, "actual-institution"): 2,
    }
    assert {s.as_of for s in seed.staff if s.basis is StaffBasis.ACTUAL} == {"至2019年底"}
    assert {s.span.first for s in seed.staff} == {33}


# Every money figure of the narrative sections: measure → (万元, line).
FIGURES = {
    "revenue-total": ("692.69", 40), "revenue-fiscal": ("692.69", 40),
    "expenditure-total": ("692.69", 44), "expenditure-basic": ("215.39", 44),
    "expenditure-personnel": ("190.23", 44), "expenditure-public-use": ("25.16", 44),
    "expenditure-project": ("477.30", 44),
    "operating-cost-total": ("25.16", 51), "operating-cost-office": ("5.8", 51),
    "operating-cost-post": ("0.1", 51), "operating-cost-travel": ("1.0", 51),
    "operating-cost-equipment": ("0.6", 51), "operating-cost-vehicles": ("1.8", 51),
    "operating-cost-transport-allowance": ("13.44", 51), "operating-cost-union": ("2.25", 51),
    "operating-cost-party-activities": ("0.17", 51),
    "three-public-total": ("18.8", 55), "three-public-overseas": ("0", 57),
    "three-public-vehicles": ("3.8", 59), "three-public-vehicle-purchase": ("0", 59),
    "three-public-vehicle-operation": ("3.8", 59), "three-public-reception": ("15", 61),
    "procurement-total": ("0", 1351),
    "fixed-assets-total": ("311.51", 1355), "fixed-assets-land-buildings": ("0", 1355),
    "fixed-assets-general-equipment": ("292.96", 1355),
    "fixed-assets-special-equipment": ("0.47", 1355),
    "fixed-assets-furniture": ("18.08", 1355),
}


def test_every_narrative_figure_is_a_typed_exact_fact(seed):
    found = {f.measure: (f.amount.yuan, f.span.first) for f in seed.figures}
    assert found == {m: (Decimal(v) * WAN, line) for m, (v, line) in FIGURES.items()}
    assert all(f.amount.unit.value == "万元" for f in seed.figures)
    assert seed.figure("fixed-assets-total").as_of == "2020年初"


def test_parts_name_their_totals(seed):
    parts = {f.measure: f.part_of for f in seed.figures}
    assert parts["expenditure-personnel"] == "expenditure-basic"
    assert parts["expenditure-basic"] == parts["expenditure-project"] == "expenditure-total"
    assert parts["three-public-vehicle-purchase"] == "three-public-vehicles"
    assert parts["operating-cost-union"] == "operating-cost-total"
    assert parts["fixed-assets-furniture"] == "fixed-assets-total"


# measure → (previous year, direction, 万元 or None, percent or None)
CHANGES = {
    "revenue-total": (2019, Direction.DECREASE, "660.44", "48.81"),
    "expenditure-total": (2019, Direction.DECREASE, "660.44", "48.81"),
    "expenditure-basic": (2019, Direction.DECREASE, "38.64", "15.21"),
    "expenditure-project": (2019, Direction.DECREASE, "621.8", "56.57"),
    "three-public-total": (2019, Direction.DECREASE, "3.2", "14.55"),
    "three-public-overseas": (2019, Direction.FLAT, None, None),
    "three-public-vehicles": (2019, Direction.DECREASE, "1.2", "24"),
    "three-public-reception": (2019, Direction.DECREASE, "2", "11.76"),
    "procurement-total": (2018, Direction.DECREASE, "30", None),  # line 1351 says 比2018年
}


def test_every_stated_change_with_its_year_amount_and_percent(seed):
    found = {c.measure: (c.previous_year, c.direction,
                         c.amount.yuan if c.amount else None, c.percent) for c in seed.changes}
    assert found == {m: (y, d, Decimal(a) * WAN if a else None, Decimal(p) if p else None)
                     for m, (y, d, a, p) in CHANGES.items()}


def test_change_reasons(seed):
    reasons = {c.measure: c.reason for c in seed.changes}
    assert reasons["expenditure-basic"] == "减少日常公用支出，减少项目压缩开支"
    assert reasons["expenditure-total"] == "减少日常公用支出，减少项目压缩开支"
    assert reasons["three-public-total"] == "压缩开支"
    assert reasons["three-public-reception"] == "按照中央省市要求，压减三公经费支出"
    assert reasons["three-public-overseas"] is None


def test_performance_goals_overall_areas_items_and_measures(seed):
    kinds = [g.kind for g in seed.goals]
    assert kinds.count("overall") == 1
    assert [g.title for g in seed.goals if g.kind == "area"] == [
        "党员和党组织建设工作", "干部管理工作", "人才工作及人才队伍建设", "组织事务管理工作"]
    items = [(g.area, g.number) for g in seed.goals if g.kind == "item"]
    assert items == [(1, 1), (1, 2), (1, 3), (1, 4), (2, 1), (2, 2), (2, 3), (2, 4),
                     (3, None), (4, 1), (4, 2), (4, 3), (4, 4), (4, 5)]
    measures = [g for g in seed.goals if g.kind == "measure"]
    assert [g.number for g in measures] == [1, 2, 3, 4, 5]
    assert measures[0].title == "继续加强思想理论武装"
    # Item (3) of area 1 runs over two lines (80-81).
    item = next(g for g in seed.goals if (g.area, g.number) == (1, 3))
    assert (item.span.first, item.span.last) == (80, 81)


def test_glossary_with_functional_classification_levels(seed):
    entries = {(e.term, e.level, e.parent) for e in seed.glossary}
    assert ("一般公共服务支出", "类", None) in entries
    assert ("组织事务", "款", "一般公共服务支出") in entries
    assert ("行政运行", "项", "组织事务") in entries
    assert ("行政单位医疗", "项", "行政事业单位医疗") in entries
    assert ("对村民委员会和村党支部的补助", "项", "农村综合改革") in entries
    assert ("住房公积金", "项", "住房改革支出") in entries
    numbered = [e.term for e in seed.glossary if e.number is not None]
    assert numbered == ["财政拨款收入", "一般公共服务支出", "医疗卫生与计划生育支出", "农林水支出",
                        "住房保障支出", "基本支出", "项目支出", "政府性基金", "“三公”经费",
                        "机关运行经费"]


def test_other_matters(seed):
    assert [(m.number, m.title, m.arranged) for m in seed.other_matters] == [
        (1, "政府性基金预算安排情况", False), (2, "国有资本经营预算安排情况", False)]
    assert any(n.topic == "other-none" and n.span.first == 1400 for n in seed.notes)


def test_sixteen_projects_with_exact_amounts(seed):
    got = [(p.code, p.name, p.budget.yuan, p.fiscal.yuan, p.other) for p in seed.projects]
    assert got == [(code, name, Decimal(wan) * WAN, Decimal(wan) * WAN, None)
                   for code, name, wan, *_ in PROJECTS]


def test_project_budgets_sum_to_stated_project_expenditure(seed):
    total = sum((p.budget.yuan for p in seed.projects), Decimal(0))
    assert total == seed.figure("expenditure-project").amount.yuan == Decimal("4773000")


def test_spending_plans_keep_blank_cells_blank(seed):
    for project, (code, *_rest) in zip(seed.projects, PROJECTS, strict=True):
        expected = next(p[3] for p in PROJECTS if p[0] == code)
        assert [p.month for p in project.plan] == [3, 6, 10, 12]
        assert [p.percent for p in project.plan] == [
            None if v is None else Decimal(v) for v in expected], code


def test_every_indicator_row_with_merged_level1_filled(seed):
    for project, (code, _, _, _, rows, _) in zip(seed.projects, PROJECTS, strict=True):
        assert len(project.indicators) == rows, code
        assert all(i.level1 in ("产出指标", "效果指标", "满意度指标") for i in project.indicators)
        assert all(i.level2 and i.level3 for i in project.indicators), code
    assert sum(len(p.indicators) for p in seed.projects) == 68
    # Project 7 (lines 610-636) has two 效果指标 rows under one merged cell.
    levels = [(i.level1, i.level2) for i in seed.projects[6].indicators]
    assert levels == [("产出指标", "数量指标"), ("产出指标", "质量指标"),
                      ("效果指标", "可持续影响指标"), ("效果指标", "社会效益指标")]


def test_multi_line_cells_are_joined(seed):
    # 服务对象 / blank / 满意度 (lines 268-270) and 评选县级优秀人才 / blank / 数量 (1233-1235).
    assert seed.projects[1].indicators[3].description == "服务对象满意度"
    assert seed.projects[14].indicators[0].description == "评选县级优秀人才数量"
    assert seed.projects[0].goals == ("初步完成“智慧党建”试点平台建设",
                                      "“智慧党建”平台年底前投入使用")


def test_every_basis_maps_to_the_right_policy_documents(seed):
    for project, (code, *_, keys) in zip(seed.projects, PROJECTS, strict=True):
        cited = {d.key for i in project.indicators for d in i.basis.documents}
        assert cited == keys, code


def test_bases_that_are_not_documents_are_marked_descriptive(seed):
    descriptive = sorted((p.code, i.position) for p in seed.projects for i in p.indicators
                         if i.basis.kind.value == "descriptive")
    assert descriptive == [("203-0504-JBN-K9R4", 4), ("203-0701-JBN-O4U5", 2),
                           ("203-0701-JBN-O4U5", 4), ("203-0701-JBN-O4U5", 5),
                           ("203-0702-JBN-RTGI", 3)]


@pytest.mark.parametrize(("project", "row", "comparator", "value", "unit", "date"), [
    (0, 0, "=", "100", "万元", None),
    (0, 1, "≤", None, None, "2020-12-31"),
    (0, 2, "≥", "90", "%", None),
    (2, 2, "≥", "1", "次", None),
    (7, 0, "≤", "2", "万", None),
    (13, 3, "≥", "95.98", None, None),
    (3, 2, None, None, None, None),
])
def test_targets_are_parsed(seed, project, row, comparator, value, unit, date):
    target = seed.projects[project].indicators[row].target
    assert (target.comparator.value if target.comparator else None) == comparator
    assert target.value == (Decimal(value) if value else None)
    assert target.unit == unit
    assert (target.date.isoformat() if target.date else None) == date


def test_purpose_text_restates_amounts(seed):
    # Line 584: the purpose says 30万元 where the table says 20.00 — kept as stated.
    stated = {a.role: a.amount.yuan for a in seed.projects[6].purpose_amounts}
    assert stated == {"budget": Decimal("300000"), "fiscal": Decimal("300000")}
    parts = [(a.label, a.amount.yuan) for a in seed.projects[11].purpose_amounts
             if a.role == "component"]
    assert parts[0] == ("公务招待费", Decimal("130000"))
    assert sum(v for _, v in parts) == Decimal("560000")


def test_coverage_is_complete_and_noise_is_only_field_codes(seed):
    assert seed.coverage.unparsed == ()
    noise_lines = [n.line for n in seed.coverage.noise]
    assert noise_lines == [111, 200, 277, 345, 492, 641, 716, 793]
    assert all(n.text.startswith("TC ") for n in seed.coverage.noise)


def test_every_fact_has_a_source_span_inside_the_file(seed):
    spans = [seed.title_span]
    spans += [x.span for group in (seed.legal_basis, seed.responsibilities, seed.units,
                                   seed.staff, seed.figures, seed.changes, seed.notes,
                                   seed.goals, seed.glossary, seed.other_matters, seed.projects)
              for x in group]
    spans += [i.span for p in seed.projects for i in p.indicators]
    assert all(1 <= s.first <= s.last <= seed.source.line_count for s in spans)
