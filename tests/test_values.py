from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from budgetkg.values import (
    Amount,
    AmountSpan,
    Comparator,
    MoneyUnit,
    find_amounts,
    parse_amount,
    parse_number,
    parse_percent,
    parse_target,
)

GE, GT, LE, LT, EQ, RANGE = (
    Comparator.GE, Comparator.GT, Comparator.LE, Comparator.LT, Comparator.EQ, Comparator.RANGE
)

# Sentences copied from data/203002-changli-organisation-department-2020-budget.txt.
SPENDING = (
    "反映部门当年支出预算的总体情况。2020年预算总支出为692.69万元，其中：基本支出为215.39万元"
    "（包括人员经费190.23万元，公用经费25.16万元），项目支出477.30万元。"
)
RUNNING_COSTS = (
    "我单位2020年度机关运行经费预算安排25.16万元，其中：办公费5.8万元、邮电费0.1万元、"
    "差旅费1.0万元、办公设备购置费0.6万元、公务用车运行维护费1.8万元、公务交通补贴13.44万元、"
    "工会经费2.25万元、党组织活动经费0.17万元。"
)
CHANGE = (
    "2020年预算收支安排692.69万元，较2019年预算减少660.44万元，下降48.81%。"
    "其中：基本支出减少38.64万元，下降15.21%；项目支出减少621.8万元，下降56.57%"
)


# --- money units and amounts ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "factor"),
    [
        ("元", MoneyUnit.YUAN, Decimal(1)),
        ("千元", MoneyUnit.QIAN_YUAN, Decimal(1000)),
        ("万元", MoneyUnit.WAN_YUAN, Decimal(10000)),
        ("万", MoneyUnit.WAN_YUAN, Decimal(10000)),
        ("亿元", MoneyUnit.YI_YUAN, Decimal(100000000)),
        (" 亿 ", MoneyUnit.YI_YUAN, Decimal(100000000)),
    ],
)
def test_money_unit_parse_and_factor(text, unit, factor):
    assert MoneyUnit.parse(text) is unit
    assert unit.factor == factor
    assert isinstance(unit.factor, Decimal)


@pytest.mark.parametrize("text", ["美元", "", "万元整", "百分比"])
def test_money_unit_parse_rejects_unknown_units_and_lists_the_allowed_ones(text):
    with pytest.raises(ValueError, match=r"unknown money unit .*allowed: 元, 千元, 万元, 亿元"):
        MoneyUnit.parse(text)


@pytest.mark.parametrize(
    ("text", "yuan", "stated", "unit"),
    [
        ("692.69万元", "6926900", "692.69", MoneyUnit.WAN_YUAN),
        ("100 万元", "1000000", "100", MoneyUnit.WAN_YUAN),
        ("1,234.56元", "1234.56", "1234.56", MoneyUnit.YUAN),
        ("0.5亿元", "50000000", "0.5", MoneyUnit.YI_YUAN),
        ("６９２．６９万元", "6926900", "692.69", MoneyUnit.WAN_YUAN),
        ("2.5千元", "2500", "2.5", MoneyUnit.QIAN_YUAN),
        ("2万", "20000", "2", MoneyUnit.WAN_YUAN),
        ("0.17万元", "1700", "0.17", MoneyUnit.WAN_YUAN),
        ("-660.44万元", "-6604400", "-660.44", MoneyUnit.WAN_YUAN),
        ("  25.16万元\n", "251600", "25.16", MoneyUnit.WAN_YUAN),
    ],
)
def test_parse_amount(text, yuan, stated, unit):
    amount = parse_amount(text)
    assert amount.yuan == Decimal(yuan)
    assert str(amount.yuan) == yuan  # plain digits, no exponent or trailing zeros
    assert amount.stated == Decimal(stated)
    assert amount.unit is unit
    assert amount.text == text.strip()


def test_parse_amount_keeps_the_number_as_written():
    amount = parse_amount("477.30万元")
    assert str(amount.stated) == "477.30"
    assert str(amount.yuan) == "4773000"


def test_bare_number_takes_the_default_unit():
    amount = parse_amount("100.00", default_unit=MoneyUnit.WAN_YUAN)
    assert amount == Amount(Decimal(1000000), Decimal("100.00"), MoneyUnit.WAN_YUAN, "100.00")
    assert amount.unit is MoneyUnit.WAN_YUAN
    assert amount.text == "100.00"


def test_written_unit_wins_over_the_default_unit():
    assert parse_amount("100元", default_unit=MoneyUnit.WAN_YUAN).unit is MoneyUnit.YUAN


def test_bare_number_without_default_unit_is_an_error():
    with pytest.raises(ValueError, match=r"'100.00' has no money unit and no default_unit"):
        parse_amount("100.00")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", r"cannot read '' as an amount of money: expected a number followed by 元"),
        ("abc", r"cannot read 'abc' as an amount of money"),
        ("1,23元", r"cannot read '1,23元' as an amount of money"),
        ("12.5.6万元", r"cannot read '12.5.6万元'"),
        ("692.69万元，其中", r"cannot read '692.69万元，其中'"),
        ("3万人", r"cannot read '3万人' as an amount of money: unknown money unit '万人'"),
        ("5美元", r"unknown money unit '美元'; allowed"),
    ],
)
def test_parse_amount_errors_say_what_was_expected(text, message):
    with pytest.raises(ValueError, match=message):
        parse_amount(text)


def test_amounts_compare_by_value_in_yuan():
    assert parse_amount("692.69万元") == parse_amount("6,926,900元")
    assert parse_amount("692.69万元") == parse_amount("6926900.00元")
    assert hash(parse_amount("0.5亿元")) == hash(parse_amount("5000万元"))
    assert parse_amount("1万元") < parse_amount("10001元")
    assert parse_amount("1万元") != parse_amount("1元")
    assert len({parse_amount("1千元"), parse_amount("1000元"), parse_amount("0.1万元")}) == 1


def test_running_cost_parts_sum_exactly_to_the_total():
    parts = ["5.8", "0.1", "1.0", "0.6", "1.8", "13.44", "2.25", "0.17"]
    total = sum((parse_amount(f"{part}万元").yuan for part in parts), Decimal(0))
    assert total == parse_amount("25.16万元").yuan == Decimal("251600")
    assert str(total) == "251600"


def test_running_cost_sentence_adds_up():
    total, *parts = (span.amount for span in find_amounts(RUNNING_COSTS))
    assert len(parts) == 8
    assert sum((part.yuan for part in parts), Decimal(0)) == total.yuan


def test_spending_sentence_adds_up():
    amounts = [span.amount for span in find_amounts(SPENDING)]
    total, basic, staff, office, projects = amounts
    assert staff.yuan + office.yuan == basic.yuan
    assert basic.yuan + projects.yuan == total.yuan


# --- amounts in prose ----------------------------------------------------------------------


def test_find_amounts_in_the_spending_sentence():
    found = find_amounts(SPENDING)
    assert [span.amount.text for span in found] == [
        "692.69万元", "215.39万元", "190.23万元", "25.16万元", "477.30万元"
    ]
    for start, end, amount in found:
        assert SPENDING[start:end] == amount.text
    assert found[1].amount.stated == Decimal("215.39")
    assert found[1].amount.yuan == Decimal("2153900")


def test_find_amounts_brief_example_gives_three():
    text = "其中：基本支出为215.39万元（包括人员经费190.23万元，公用经费25.16万元）"
    found = find_amounts(text)
    assert found == [
        AmountSpan(8, 16, parse_amount("215.39万元")),
        AmountSpan(23, 31, parse_amount("190.23万元")),
        AmountSpan(36, 43, parse_amount("25.16万元")),
    ]
    assert [text[s:e] for s, e, _ in found] == ["215.39万元", "190.23万元", "25.16万元"]


def test_find_amounts_skips_percentages_years_and_bare_wan():
    found = find_amounts(CHANGE)
    assert [span.amount.stated for span in found] == [
        Decimal("692.69"), Decimal("660.44"), Decimal("38.64"), Decimal("621.8")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新增3万人次参训", []),
        ("投入3万", []),
        ("每村投入2-3万元", []),
        ("全县设10个试点村，每个试点村平台建设投入8万元。", ["8万元"]),
        ("合计1,234.5万元", ["1,234.5万元"]),
        (
            "约１２３．４万元，另有5亿元和200千元及80 元",
            ["１２３．４万元", "5亿元", "200千元", "80 元"],
        ),
        ("分别为3，4万元", ["4万元"]),  # the full-width comma separates, it never groups digits
        ("写错的1,23万元和1.2.3万元", []),  # never a tail cut from a malformed number
        ("因公出国（境）费用预算安排0万元;", ["0万元"]),
    ],
)
def test_find_amounts_in_prose(text, expected):
    found = find_amounts(text)
    assert [span.amount.text for span in found] == expected
    assert [text[span.start : span.end] for span in found] == expected


def test_find_amounts_reads_full_width_digits_with_original_offsets():
    text = "安排１２３．４万元"
    (span,) = find_amounts(text)
    assert (span.start, span.end) == (2, 9)
    assert span.amount.yuan == Decimal("1234000")


# --- numbers and percentages ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("１２.５", "12.5"), ("1,234.5", "1234.5"), ("1,234,567", "1234567"), (" 7 ", "7"),
     ("-3.20", "-3.20"), ("０", "0")],
)
def test_parse_number(text, expected):
    assert parse_number(text) == Decimal(expected)
    assert str(parse_number(text)) == expected


@pytest.mark.parametrize("text", ["", "abc", "12万", "1,23", "1.2.3", "12 34"])
def test_parse_number_errors(text):
    with pytest.raises(ValueError, match=r"cannot read .* as a number: expected digits"):
        parse_number(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("48.81%", "48.81"), ("48.81％", "48.81"), ("48.81百分比", "48.81"),
     ("１００％", "100"), ("15.21 %", "15.21"), ("-5%", "-5")],
)
def test_parse_percent(text, expected):
    assert parse_percent(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["48.81", "百分比", "48.81万元", "≥90%"])
def test_parse_percent_errors(text):
    with pytest.raises(ValueError, match=r"as a percentage: expected a number followed by %"):
        parse_percent(text)


# --- performance targets (指标值) ----------------------------------------------------------

NUMERIC_TARGETS = [
    # the seed's 指标值 cells
    ("100万元", EQ, "100", "万元"),
    ("≥90百分比", GE, "90", "%"),
    ("100%", EQ, "100", "%"),
    (">90%", GT, "90", "%"),
    ("≥95%", GE, "95", "%"),
    ("100％", EQ, "100", "%"),
    ("≤2万", LE, "2", "万"),
    ("≤13万", LE, "13", "万"),
    ("5部", EQ, "5", "部"),
    ("10部", EQ, "10", "部"),
    ("≥1次", GE, "1", "次"),
    (">2次", GT, "2", "次"),
    ("2期", EQ, "2", "期"),
    ("18个", EQ, "18", "个"),
    ("≥50名", GE, "50", "名"),
    (">50%", GT, "50", "%"),
    ("≥80百分比", GE, "80", "%"),
    ("100百分比", EQ, "100", "%"),
    ("≥0百分比", GE, "0", "%"),
    # other provinces
    (">=90%", GE, "90", "%"),
    ("<= 5天", LE, "5", "天"),
    ("≧3次", GE, "3", "次"),
    ("≦2个", LE, "2", "个"),
    ("＞９０％", GT, "90", "%"),
    ("＜1%", LT, "1", "%"),
    ("＝100%", EQ, "100", "%"),
    ("=100%", EQ, "100", "%"),
    ("不低于90%", GE, "90", "%"),
    ("不少于3次", GE, "3", "次"),
    ("不小于95%", GE, "95", "%"),
    ("至少2期", GE, "2", "期"),
    ("达到95%", GE, "95", "%"),
    ("不高于5%", LE, "5", "%"),
    ("不超过10万元", LE, "10", "万元"),
    ("不大于3个", LE, "3", "个"),
    ("控制在5%以内", LE, "5", "%"),
    ("5%以内", LE, "5", "%"),
    ("10万元以下", LE, "10", "万元"),
    ("5个工作日内", LE, "5", "个工作日"),
    ("大于1", GT, "1", None),
    ("高于80%", GT, "80", "%"),
    ("超过3次", GT, "3", "次"),
    ("小于2%", LT, "2", "%"),
    ("低于1%", LT, "1", "%"),
    ("90%以上", GE, "90", "%"),
    ("50人及以上", GE, "50", "人"),
    ("≥ 95.5 %", GE, "95.5", "%"),
    ("1,234.5万元", EQ, "1234.5", "万元"),
    ("≤2个百分点", LE, "2", "个百分点"),
    ("≥90分", GE, "90", "分"),
    ("≥-5%", GE, "-5", "%"),
]


@pytest.mark.parametrize(("text", "comparator", "value", "unit"), NUMERIC_TARGETS)
def test_numeric_targets(text, comparator, value, unit):
    target = parse_target(text)
    assert target.text == text
    assert target.comparator is comparator
    assert target.value == Decimal(value)
    assert target.unit == unit
    assert target.upper is None
    assert target.date is None
    assert target.remainder is None


@pytest.mark.parametrize(
    ("text", "lower", "upper", "unit"),
    [
        ("2-3次", "2", "3", "次"),
        ("2～3次", "2", "3", "次"),
        ("2~3次", "2", "3", "次"),
        ("2至3次", "2", "3", "次"),
        ("90%-95%", "90", "95", "%"),
        ("90-95%", "90", "95", "%"),
        ("１０—２０个", "10", "20", "个"),
    ],
)
def test_range_targets(text, lower, upper, unit):
    target = parse_target(text)
    assert target.comparator is RANGE
    assert (target.value, target.upper) == (Decimal(lower), Decimal(upper))
    assert target.unit == unit
    assert target.remainder is None


@pytest.mark.parametrize(
    ("text", "comparator", "value", "unit", "remainder"),
    [
        ("≥95将全县重点工作任务纳入大督查工作范围", GE, "95", None,
         "将全县重点工作任务纳入大督查工作范围"),
        (
            "≥95.98确保省委省政府、市委市政府、县委县政府下达的重点任务、发展指标落实落地",
            GE,
            "95.98",
            None,
            "确保省委省政府、市委市政府、县委县政府下达的重点任务、发展指标落实落地",
        ),
        ("100按规定时限完成督查任务", EQ, "100", None, "按规定时限完成督查任务"),
        ("≥0组织部门对参训干部的评价", GE, "0", None, "组织部门对参训干部的评价"),
        ("5部门参与", EQ, "5", None, "部门参与"),
        ("3项目完成", EQ, "3", None, "项目完成"),
        ("≥1年度考核完成", GE, "1", None, "年度考核完成"),
        ("满意度≥90%", GE, "90", "%", "满意度"),
        ("使覆盖率达到95%以上，确保完成", GE, "95", "%", "使覆盖率，确保完成"),
        ("10个试点村", EQ, "10", "个", "试点村"),
    ],
)
def test_targets_with_text_left_over(text, comparator, value, unit, remainder):
    target = parse_target(text)
    assert target.comparator is comparator
    assert target.value == Decimal(value)
    assert target.unit == unit
    assert target.remainder == remainder
    assert target.date is None


def test_target_value_is_an_exact_decimal():
    target = parse_target("≥95.98确保重点任务落实落地")
    assert target.value == Decimal("95.98")
    assert isinstance(target.value, Decimal)
    assert str(target.value) == "95.98"


@pytest.mark.parametrize(
    ("text", "comparator", "date", "remainder"),
    [
        ("2020年12月31日", EQ, datetime.date(2020, 12, 31), None),
        ("2020年12月31日前县级平台及试点村平台全部建成", LE, datetime.date(2020, 12, 31),
         "县级平台及试点村平台全部建成"),
        ("到2020年12月31日合部编纂完成", LE, datetime.date(2020, 12, 31), "合部编纂完成"),
        ("2020年12月31日前全部发放", LE, datetime.date(2020, 12, 31), "全部发放"),
        ("2020年12月31号", EQ, datetime.date(2020, 12, 31), None),
        ("2020-12-31", EQ, datetime.date(2020, 12, 31), None),
        ("2020.12.31", EQ, datetime.date(2020, 12, 31), None),
        ("2020/12/31", EQ, datetime.date(2020, 12, 31), None),
        ("２０２０年６月３０日", EQ, datetime.date(2020, 6, 30), None),
        ("2020年12月", EQ, datetime.date(2020, 12, 31), None),
        ("2020年2月", EQ, datetime.date(2020, 2, 29), None),
        ("2020年6月底前完成", LE, datetime.date(2020, 6, 30), "完成"),
        ("2020年底", EQ, datetime.date(2020, 12, 31), None),
        ("2020年末", EQ, datetime.date(2020, 12, 31), None),
        ("2020年底前完成", LE, datetime.date(2020, 12, 31), "完成"),
        ("2020年6月30日之前", LE, datetime.date(2020, 6, 30), None),
        ("2020年6月30日以前", LE, datetime.date(2020, 6, 30), None),
        ("2020年6月30日之后", GE, datetime.date(2020, 6, 30), None),
        ("2020年6月30日以后", GE, datetime.date(2020, 6, 30), None),
        ("截至2020年9月30日完成", LE, datetime.date(2020, 9, 30), "完成"),
        ("≤2020年12月31日", LE, datetime.date(2020, 12, 31), None),
        ("于2020年10月31日完成验收", EQ, datetime.date(2020, 10, 31), "完成验收"),
        ("全部发放于2020年12月31日前", LE, datetime.date(2020, 12, 31), "全部发放"),
    ],
)
def test_date_targets(text, comparator, date, remainder):
    target = parse_target(text)
    assert target.text == text
    assert target.comparator is comparator
    assert target.date == date
    assert target.value is None
    assert target.unit is None
    assert target.remainder == remainder


@pytest.mark.parametrize(
    "text",
    [
        "村干部整体素质提升",
        "保障党员组织生活馆正常用电",
        "每年组织一定比例的党员进馆参观学习",
        "考核结果确定后及时下发",
        "差错率控制在正常指标以下",
        "全年计划按期完成",
        "12月31日前完成",  # no year: no date we could state
        "2020年完成",  # a year, not a count of 2020 years
        "2020年度完成",
        "2020年2月30日",  # not a date
    ],
)
def test_targets_with_nothing_measurable(text):
    target = parse_target(text)
    assert target.comparator is None
    assert (target.value, target.upper, target.unit, target.date) == (None, None, None, None)
    assert target.remainder == text


def test_target_keeps_text_as_written():
    target = parse_target("  １００％ ")
    assert target.text == "  １００％ "
    assert (target.comparator, target.value, target.unit) == (EQ, Decimal(100), "%")


def test_empty_target():
    target = parse_target("")
    assert target.comparator is None
    assert target.remainder is None
