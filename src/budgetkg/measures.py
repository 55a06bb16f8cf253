"""The code lists the extractor classifies figures into.

Each code becomes a ``skos:Concept`` in ``ontology/codelists.ttl`` (a test keeps the two
in step). ``parent`` says which total a figure is part of, which is what the arithmetic
checks sum over. Operating-cost categories carry the code of the Chinese government
economic classification of expenditure (政府支出经济分类, 302xx/310xx) where one applies.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    code: str
    zh: str
    en: str
    parent: str | None = None
    notation: str | None = None  # economic classification code, where one applies
    keywords: tuple[str, ...] = ()  # regular expressions that name it in prose


def _m(code, zh, en, parent=None, notation=None, *keywords):
    return Measure(code, zh, en, parent, notation, tuple(keywords) or (zh,))


MEASURES: tuple[Measure, ...] = (
    # Revenue and expenditure totals (部门预算安排总体情况).
    _m("revenue-total", "收入总计", "total revenue", None, None, r"总收入", r"收入总[额计]"),
    _m("revenue-fiscal", "财政拨款收入", "fiscal appropriation revenue", "revenue-total",
       None, r"(?<!政府性基金)(?:一般公共预算)?财政拨款收入", r"财政拨款"),
    _m("revenue-government-fund", "政府性基金预算拨款收入", "government fund revenue",
       "revenue-total", None, r"政府性基金"),
    _m("revenue-operations", "事业收入", "operating revenue", "revenue-total", None,
       r"事业收入"),
    _m("revenue-carry-over", "上年结转", "carried over from last year", "revenue-total",
       None, r"上年结转|结转结余"),
    _m("revenue-other", "其他收入", "other revenue", "revenue-total", None, r"其他收入"),
    _m("expenditure-total", "支出总计", "total expenditure", None, None, r"总支出",
       r"支出总[额计]"),
    _m("expenditure-basic", "基本支出", "basic expenditure", "expenditure-total", None,
       r"基本支出"),
    _m("expenditure-personnel", "人员经费", "personnel expenditure", "expenditure-basic",
       None, r"人员经费|人员支出"),
    _m("expenditure-public-use", "公用经费", "public-use expenditure", "expenditure-basic",
       None, r"公用经费|日常公用支出|公用支出"),
    _m("expenditure-project", "项目支出", "project expenditure", "expenditure-total", None,
       r"项目支出"),
    # 机关运行经费 and its categories.
    _m("operating-cost-total", "机关运行经费", "administrative operating costs", None, None,
       r"机关运行经费"),
    _m("operating-cost-office", "办公费", "office expenses", "operating-cost-total", "30201",
       r"办公费(?!用)|办公及印刷费"),
    _m("operating-cost-printing", "印刷费", "printing", "operating-cost-total", "30202"),
    _m("operating-cost-utilities", "水电费", "water and electricity", "operating-cost-total",
       "30205", r"水电费|^水费|(?<!邮)电费"),
    _m("operating-cost-post", "邮电费", "post and telecommunications", "operating-cost-total",
       "30207"),
    _m("operating-cost-heating", "取暖费", "heating", "operating-cost-total", "30208"),
    _m("operating-cost-property", "物业管理费", "property management",
       "operating-cost-total", "30209"),
    _m("operating-cost-travel", "差旅费", "travel", "operating-cost-total", "30211"),
    _m("operating-cost-maintenance", "维修（护）费", "repair and maintenance",
       "operating-cost-total", "30213", r"^(?:日常)?维修|^维护"),
    _m("operating-cost-rent", "租赁费", "rent", "operating-cost-total", "30214"),
    _m("operating-cost-meetings", "会议费", "meetings", "operating-cost-total", "30215"),
    _m("operating-cost-training", "培训费", "training", "operating-cost-total", "30216"),
    _m("operating-cost-materials", "专用材料费", "special materials", "operating-cost-total",
       "30218"),
    _m("operating-cost-union", "工会经费", "trade union funds", "operating-cost-total",
       "30228"),
    _m("operating-cost-welfare", "福利费", "staff welfare", "operating-cost-total", "30229"),
    _m("operating-cost-vehicles", "公务用车运行维护费", "official vehicle operation",
       "operating-cost-total", "30231", r"公务用车运行"),
    _m("operating-cost-transport-allowance", "公务交通补贴", "official transport allowance",
       "operating-cost-total", "30239", r"公务交通补贴|其他交通费"),
    _m("operating-cost-equipment", "办公设备购置费", "office equipment purchase",
       "operating-cost-total", "31002", r"办公设备购置|设备购置"),
    _m("operating-cost-party-activities", "党组织活动经费", "party organisation activities",
       "operating-cost-total", None, r"党组织活动|党建活动"),
    _m("operating-cost-other", "其他商品和服务支出", "other goods and services",
       "operating-cost-total", "30299", r"其他商品和服务|其他费用"),
    # 三公经费.
    _m("three-public-total", "“三公”经费", "the three public expenses", None, None,
       r"三公"),
    _m("three-public-overseas", "因公出国（境）费用", "official overseas travel",
       "three-public-total", "30212", r"出国|出境"),
    _m("three-public-vehicles", "公务用车购置及运行维护费", "official vehicles",
       "three-public-total", None, r"公务用车购置及运行|公务用车购置和运行"),
    _m("three-public-vehicle-purchase", "公务用车购置费", "official vehicle purchase",
       "three-public-vehicles", "31013", r"公务用车购置(?!及|和)"),
    _m("three-public-vehicle-operation", "公务用车运行维护费", "official vehicle operation",
       "three-public-vehicles", "30231", r"公务用车运行"),
    _m("three-public-reception", "公务接待费", "official reception", "three-public-total",
       "30217", r"接待"),
    # 政府采购.
    _m("procurement-total", "政府采购预算", "government procurement", None, None,
       r"政府采购"),
    # 国有资产 (fixed assets by GB/T 14885 category).
    _m("fixed-assets-total", "固定资产", "fixed assets", None, None, r"固定资产"),
    _m("fixed-assets-land-buildings", "土地、房屋及构筑物", "land, buildings and structures",
       "fixed-assets-total", None, r"土地|房屋|构筑物"),
    _m("fixed-assets-general-equipment", "通用设备", "general equipment",
       "fixed-assets-total"),
    _m("fixed-assets-special-equipment", "专用设备", "special equipment",
       "fixed-assets-total"),
    _m("fixed-assets-vehicles", "车辆", "vehicles", "fixed-assets-total", None, r"车辆"),
    _m("fixed-assets-relics", "文物和陈列品", "cultural relics and exhibits",
       "fixed-assets-total", None, r"文物|陈列品"),
    _m("fixed-assets-books", "图书、档案", "books and archives", "fixed-assets-total", None,
       r"图书|档案"),
    _m("fixed-assets-furniture", "家具、用具、装具", "furniture, fixtures and equipment",
       "fixed-assets-total", None, r"家具|用具|装具"),
    _m("fixed-assets-intangible", "无形资产", "intangible assets", "fixed-assets-total",
       None, r"无形资产"),
)

STAFF_MEASURES: tuple[Measure, ...] = (
    _m("authorised-total", "编制总数", "authorised posts", None, None, r"编制"),
    _m("authorised-administrative", "行政编制", "administrative posts", "authorised-total",
       None, r"行政"),
    _m("authorised-institution", "事业编制", "public-institution posts", "authorised-total",
       None, r"事业"),
    _m("authorised-civil-service-managed", "参照公务员法管理编制",
       "posts managed as civil service", "authorised-total", None, r"参公|参照公务员"),
    _m("authorised-worker", "工勤编制", "support-staff posts", "authorised-total", None,
       r"工勤"),
    _m("actual-total", "实有人员", "staff in post", None, None, r"实有|在职"),
    _m("actual-administrative", "实有行政人员", "administrative staff in post",
       "actual-total", None, r"行政"),
    _m("actual-institution", "实有事业人员", "public-institution staff in post",
       "actual-total", None, r"事业"),
    _m("actual-civil-service-managed", "实有参公人员", "civil-service-managed staff in post",
       "actual-total", None, r"参公|参照公务员"),
    _m("actual-worker", "实有工勤人员", "support staff in post", "actual-total", None,
       r"工勤"),
)

BY_CODE = {m.code: m for m in MEASURES + STAFF_MEASURES}


def children(parent: str) -> tuple[Measure, ...]:
    return tuple(m for m in MEASURES + STAFF_MEASURES if m.parent == parent)
