"""Money, percentages and performance targets as they are written in budget disclosures.

Pure: standard library only. Money is always ``Decimal``, never float, so sums are exact.
Errors are ``ValueError`` whose message says what was read and what is allowed.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import NamedTuple

__all__ = [
    "Amount", "AmountSpan", "Comparator", "MoneyUnit", "Target",
    "find_amounts", "parse_amount", "parse_number", "parse_percent", "parse_target",
]

# Every entry maps one character to one character, so an offset found in the translated text
# is the same offset in the original. The full-width comma is left alone on purpose: in prose
# it separates clauses ("190.23万元，公用经费"), it never groups digits.
_WIDTH = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {"．": ".", "％": "%", "＞": ">", "＜": "<", "＝": "=", "≧": "≥", "≦": "≤", "～": "~",
       "〜": "~", "－": "-", "−": "-", "—": "-", "–": "-", "／": "/", "￥": "¥", "\u3000": " "}
)
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_PUNCT = " \t\u3000，。,.;；:：、"


_AMOUNT = re.compile(rf"¥?\s*([-+]?{_NUM})\s*([^\d\s,.]*)")
_NUMBER = re.compile(rf"\s*([-+]?{_NUM})\s*")
_PERCENT = re.compile(rf"\s*([-+]?{_NUM})\s*(?:%|百分比)\s*")


def _ascii(text: str) -> str:
    return text.translate(_WIDTH)


def _decimal(number: str) -> Decimal:
    return Decimal(number.replace(",", ""))


def _plain(value: Decimal) -> Decimal:
    # normalize() alone would turn 6926900 into 6.9269E+6, which reads badly in RDF literals.
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


class MoneyUnit(Enum):
    YUAN = "元"
    QIAN_YUAN = "千元"
    WAN_YUAN = "万元"
    YI_YUAN = "亿元"

    @property
    def factor(self) -> Decimal:
        """How many yuan one of this unit is."""
        return _FACTORS[self]

    @classmethod
    def parse(cls, text: str) -> MoneyUnit:
        """Read a unit as written: "万元", "万", "元", "亿元", "亿", "千元"."""
        unit = _UNIT_ALIASES.get(_ascii(text).strip())
        if unit is None:
            raise ValueError(
                f"unknown money unit {text!r}; allowed: 元, 千元, 万元, 亿元 "
                "(万 and 亿 alone are read as 万元 and 亿元)"
            )
        return unit


_FACTORS = {
    MoneyUnit.YUAN: Decimal(1), MoneyUnit.QIAN_YUAN: Decimal(1000),
    MoneyUnit.WAN_YUAN: Decimal(10000), MoneyUnit.YI_YUAN: Decimal(100000000),
}
_UNIT_ALIASES = {unit.value: unit for unit in MoneyUnit} | {
    "万": MoneyUnit.WAN_YUAN, "亿": MoneyUnit.YI_YUAN,
}


@dataclass(frozen=True, order=True)
class Amount:
    """An amount of money. Amounts compare and hash by value in yuan only, so 692.69万元
    equals 6,926,900元; ``stated``, ``unit`` and ``text`` keep how it was written."""

    yuan: Decimal
    stated: Decimal = field(compare=False)
    unit: MoneyUnit = field(compare=False)
    text: str = field(compare=False)


class AmountSpan(NamedTuple):
    start: int
    end: int
    amount: Amount


def _amount(number: str, unit: MoneyUnit, text: str) -> Amount:
    stated = _decimal(number)
    return Amount(yuan=_plain(stated * unit.factor), stated=stated, unit=unit, text=text)


def parse_amount(text: str, *, default_unit: MoneyUnit | None = None) -> Amount:
    """Read text that is exactly one amount: "692.69万元", "1,234.56元", "100.00"."""
    written = text.strip()
    match = _AMOUNT.fullmatch(_ascii(written))
    if match is None:
        raise ValueError(
            f"cannot read {text!r} as an amount of money: expected a number followed by "
            "元, 千元, 万元 or 亿元, e.g. '692.69万元' or '1,234.56元'"
        )
    number, unit_text = match.groups()
    if not unit_text:
        if default_unit is None:
            raise ValueError(
                f"{text!r} has no money unit and no default_unit was given; "
                "write the unit (元, 千元, 万元, 亿元) or pass default_unit"
            )
        return _amount(number, default_unit, written)
    try:
        unit = MoneyUnit.parse(unit_text)
    except ValueError as error:
        raise ValueError(f"cannot read {text!r} as an amount of money: {error}") from None
    return _amount(number, unit, written)


# A bare 万 is not money in prose ("3万人"), and a number that closes a range ("2-3万元")
# is not an amount on its own.
_PROSE_AMOUNT = re.compile(rf"(?<![\d.,])(?<!\d[-~])({_NUM})[ \t]*(万元|亿元|千元|元)")


def find_amounts(text: str) -> list[AmountSpan]:
    """Every number followed by a money unit in prose, with character offsets into text."""
    return [
        AmountSpan(m.start(), m.end(),
                   _amount(m[1], _UNIT_ALIASES[m[2]], text[m.start() : m.end()]))
        for m in _PROSE_AMOUNT.finditer(_ascii(text))
    ]


def parse_number(text: str) -> Decimal:
    """Read a plain number: "１２.５", "1,234.5", "-3"."""
    match = _NUMBER.fullmatch(_ascii(text))
    if match is None:
        raise ValueError(
            f"cannot read {text!r} as a number: expected digits with an optional decimal "
            "point and thousands commas, e.g. '1,234.56'"
        )
    return _decimal(match[1])


def parse_percent(text: str) -> Decimal:
    """Read a percentage: "48.81%", "48.81％", "48.81百分比" -> Decimal("48.81")."""
    match = _PERCENT.fullmatch(_ascii(text))
    if match is None:
        raise ValueError(
            f"cannot read {text!r} as a percentage: expected a number followed by % or "
            "百分比, e.g. '48.81%'; use parse_number for a bare number"
        )
    return _decimal(match[1])


class Comparator(Enum):
    GE = "≥"
    GT = ">"
    LE = "≤"
    LT = "<"
    EQ = "="
    RANGE = "between"


@dataclass(frozen=True)
class Target:
    """A performance target (指标值) as written, and what of it could be measured."""

    text: str
    comparator: Comparator | None
    value: Decimal | None
    upper: Decimal | None
    unit: str | None
    date: datetime.date | None
    remainder: str | None


_C = Comparator
_COMPARATORS: dict[str, Comparator | None] = {
    **dict.fromkeys((">=", "≥", "不低于", "不少于", "不小于", "至少", "达到"), _C.GE),
    **dict.fromkeys(("<=", "≤", "不高于", "不超过", "不大于", "控制在"), _C.LE),
    **dict.fromkeys((">", "大于", "高于", "超过"), _C.GT),
    **dict.fromkeys(("<", "小于", "低于"), _C.LT),
    **dict.fromkeys(("=", "等于"), _C.EQ),
}
_SUFFIXES = {"及以上": _C.GE, "以上": _C.GE, "以下": _C.LE, "以内": _C.LE, "之内": _C.LE}
_DATE_WORDS: dict[str, Comparator | None] = {
    **dict.fromkeys(("截止到", "截至", "截止", "到", "至", "之前", "以前", "前"), _C.LE),
    **dict.fromkeys(("以内", "之内"), _C.LE),
    **dict.fromkeys(("之后", "以后", "后"), _C.GE),
    **dict.fromkeys(("于", "在"), None),  # "on", neither before nor after
}
_DATE_MARKS = _COMPARATORS | _DATE_WORDS
# Counting words as written after a number. The look-aheads keep words that merely start
# with one ("≥0组织部门…", "5部门", "3项目") out of the unit; longer units come first.
_UNITS = (
    "个百分点|个工作日|工作日|百分比|平方米|万人次|万人|万元|亿元|千元|人次|小时|分钟|公里|千米|"
    "个月|批次|%|‰|元|万|个|次|部(?!门|分|署)|期(?!间)|名(?!单)|人(?!员)|户|家(?!庭)|项(?!目)|"
    "件|份|本(?!级)|册|场(?!所)|篇|条(?!件)|套|台(?!账)|辆|座|所|处(?!理)|批|张|间|亩|吨|米|"
    "天|日(?!常)|周|月|年(?!度)|分(?!钟|析|配|类|别)|倍"
)


def _alternatives(words: dict[str, Comparator | None]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_NUMERIC = re.compile(
    rf"(?:(?P<cmp>{_alternatives(_COMPARATORS)})\s*)?(?P<lo>-?{_NUM})\s*(?P<u1>{_UNITS})?"
    rf"(?:\s*(?:-|~|至|到)\s*(?P<hi>{_NUM})\s*(?P<u2>{_UNITS})?)?"
    rf"(?:\s*(?P<suffix>{_alternatives(_SUFFIXES)}|内(?![容部涵])))?"
)
_DATE = re.compile(
    rf"(?:(?P<pre>{_alternatives(_DATE_MARKS)})\s*)?(?P<y>\d{{4}})"
    r"(?:年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号]?|(?P<month_end>底|末))?|年(?P<year_end>底|末)"
    r"|[-./](?P<m2>\d{1,2})[-./](?P<d2>\d{1,2})日?)"
    rf"(?:\s*(?P<post>{_alternatives(_DATE_WORDS)}))?"
)
# A month without a year ("12月31日前") or a year without a month ("2020年完成") names no
# date we could state, and is not a count of months or years either.
_UNDATED = re.compile(r"\d{1,2}月(?:\d{1,2}[日号]|底|末)|\d{4}年(?![\d底末])")


def _leftover(written: str, match: re.Match) -> str | None:
    rest = (written[: match.start()] + written[match.end() :]).strip(_PUNCT)
    return rest or None


def _date_target(text: str, written: str, match: re.Match) -> Target:
    year, month, day = int(match["y"]), match["m"] or match["m2"], match["d"] or match["d2"]
    try:
        if month is None:
            date = datetime.date(year, 12, 31)
        elif day is None:
            date = datetime.date(year, int(month), calendar.monthrange(year, int(month))[1])
        else:
            date = datetime.date(year, int(month), int(day))
    except ValueError:  # 2020年2月30日 is not a date; say nothing rather than guess
        return Target(text, None, None, None, None, None, written.strip(_PUNCT) or None)
    comparator = _DATE_MARKS.get(match["pre"]) or _DATE_MARKS.get(match["post"]) or _C.EQ
    return Target(text, comparator, None, None, None, date, _leftover(written, match))


def _numeric_target(text: str, written: str, match: re.Match) -> Target:
    unit = match["u2"] or match["u1"]
    unit = "%" if unit == "百分比" else unit
    suffix = match["suffix"]  # only the bare 内 ("5天内") is missing from _SUFFIXES
    if match["hi"] is not None:
        comparator = _C.RANGE
    else:
        comparator = (
            _COMPARATORS.get(match["cmp"]) or (suffix and _SUFFIXES.get(suffix, _C.LE)) or _C.EQ
        )
    upper = _decimal(match["hi"]) if match["hi"] is not None else None
    return Target(text, comparator, _decimal(match["lo"]), upper, unit, None,
                  _leftover(written, match))


def parse_target(text: str) -> Target:
    """Read a 指标值 cell: "≥90百分比", "2-3次", "2020年12月31日前全部发放", "群众满意".

    The measurable part is read at the start of the text, or anywhere when an explicit
    comparator marks it ("满意度≥90%"). Text with nothing measurable gets comparator None.
    """
    written = text.strip()
    plain = _ascii(written)
    if _UNDATED.match(plain):
        return Target(text, None, None, None, None, None, written)
    if match := _DATE.match(plain):
        return _date_target(text, written, match)
    if match := _NUMERIC.match(plain):
        return _numeric_target(text, written, match)
    for match in _DATE.finditer(plain):
        if _DATE_MARKS.get(match["pre"]) or _DATE_MARKS.get(match["post"]):
            return _date_target(text, written, match)
    for match in _NUMERIC.finditer(plain):
        if match["cmp"] or match["suffix"]:
            return _numeric_target(text, written, match)
    return Target(text, None, None, None, None, None, written or None)
