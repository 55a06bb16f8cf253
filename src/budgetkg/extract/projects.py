"""Project performance-target tables (项目绩效目标表).

A table is read by its labels, not by cell positions, because templates differ in the
order and number of blocks: the header (unit code and name, money unit), 项目编码 and
项目名称, the budget block, the purpose text, the quarter-end spending plan, the goals,
and the indicator grid whose width comes from its header row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from budgetkg.citations import parse_citation
from budgetkg.errors import InputError, TruncatedDocumentError
from budgetkg.extract.common import Claims, split_top_level
from budgetkg.extract.tables import Cell, cells, rows
from budgetkg.records import Indicator, PlanPoint, Project, PurposeAmount, Span
from budgetkg.text import Line, fold
from budgetkg.values import MoneyUnit, find_amounts, parse_amount, parse_percent, parse_target

TITLE = re.compile(r"(绩效目标表|绩效目表|绩效目标申报表)\s*$")
_TITLE_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]+)\s*[、.．]\s*")
_HEADER_UNIT = re.compile(r"^(\d{3,})\s*(\S.*)$")
_MONEY_UNIT = re.compile(r"单位\s*[:：]\s*(\S+)")
_MONTH = re.compile(r"(\d{1,2})\s*月(?:底|末|份)?")
_QUARTER = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}
_COLUMNS = {
    "level1": ("一级指标",),
    "level2": ("二级指标",),
    "level3": ("三级指标", "指标名称"),
    "description": ("绩效指标描述", "指标描述", "指标解释", "指标内容"),
    "target": ("指标值", "目标值", "年度指标值", "指标值（目标值）"),
    "basis": ("指标值确定依据", "确定依据", "指标值设定依据", "设定依据", "依据"),
}
_FILLER = re.compile(r"^(?:其中|含|包括|主要用于|主要用途|用于|为|是|等|及|和|[:：，,、；;。\s])+")
_LABEL_NOISE = re.compile(r"[\s:：]")
_ROLES = (("budget", re.compile(r"预算(数|规模|金额)?$")),
          ("fiscal", re.compile(r"财政(资金|拨款)$")),
          ("other", re.compile(r"其他资金$")))
_QUARTER_LABEL = re.compile(r"第?([一二三四1-4])季度")
_GOAL_NUMBER = re.compile(r"(?:^|(?<=\s))\d{1,2}\s*[、.．](?!\d)")
# The same basis and target texts come back row after row and document after document
# ("《中华人民共和国预算法实施条例》", "≥90%"). Parsing them is pure and the results are
# frozen, so one parse can serve every repeat; the bound keeps a long build's memory flat.
_parse_basis = lru_cache(maxsize=4096)(parse_citation)
_parse_target = lru_cache(maxsize=4096)(parse_target)


@dataclass
class _Reader:
    """Cursor over the cells of one table."""

    cells: list[Cell]
    path: Path
    at_end_of_file: bool
    index: int = 0

    def peek(self, offset: int = 0) -> Cell | None:
        at = self.index + offset
        return self.cells[at] if at < len(self.cells) else None

    def next(self, expected: str) -> Cell:
        cell = self.peek()
        if cell is None:
            last = self.cells[-1].span.last if self.cells else 0
            error = TruncatedDocumentError if self.at_end_of_file else InputError
            raise error(f"the project table ends where {expected} was expected",
                        path=self.path, line=last)
        self.index += 1
        return cell

    def at(self, *labels: str) -> bool:
        """Whether the current cell is one of ``labels``; unlike ``find`` it does not
        read (and normalise) the rest of the table when the label is missing."""
        cell = self.peek()
        return cell is not None and _label(cell) in labels

    def find(self, *labels: str) -> int | None:
        for at in range(self.index, len(self.cells)):
            if _label(self.cells[at]) in labels:
                return at
        return None


def _label(cell: Cell) -> str:
    return _label_text(cell.flat)


def _label_text(text: str) -> str:
    return _LABEL_NOISE.sub("", fold(text))


def _columns_by_label() -> dict[str, str]:
    """Each header label, as ``_label`` reads it, to its column; the first column that
    lists a label keeps it."""
    columns: dict[str, str] = {}
    for name, labels in _COLUMNS.items():
        for text in labels:
            columns.setdefault(_label_text(text), name)
    return columns


# Normalised once here rather than for every header cell of every table.
_COLUMN_BY_LABEL = _columns_by_label()


def is_project_title(line: Line) -> bool:
    return not line.indented and bool(TITLE.search(line.text))


def read_project(position: int, title: Line, body: list[Line], *, path: Path,
                 at_end_of_file: bool, claims: Claims) -> Project:
    """One project table: ``title`` is the heading line, ``body`` the lines up to the
    next heading."""
    reader = _Reader(list(cells(body)), path, at_end_of_file)
    claims.take(Span(title.number, title.number))
    unit, dept_code, dept_name = MoneyUnit.WAN_YUAN, None, None
    while (cell := reader.peek()) is not None and _label(cell) not in ("项目编码", "项目名称"):
        reader.index += 1
        if header := _HEADER_UNIT.match(cell.flat):
            dept_code, dept_name = header.group(1), header.group(2).strip()
        elif money := _MONEY_UNIT.search(cell.flat):
            unit = MoneyUnit.parse(money.group(1))
        elif not cell.empty:
            claims.reject(cell.span, "text before 项目编码 that is neither the unit nor the "
                                     "money unit")
            continue
        claims.take(cell.span)
    start = reader.peek() or reader.next("项目编码")
    code_at = reader.find("项目编码")
    if code_at is None:
        raise InputError("a project table without 项目编码", path=path, line=start.span.first)
    reader.index = code_at + 1
    code_cell = reader.next("the project code after 项目编码")
    code = fold(code_cell.flat)
    if not reader.at("项目名称"):
        raise InputError("项目名称 expected right after the project code", path=path,
                         line=code_cell.span.last)
    reader.index += 1
    name = reader.next("the project name after 项目名称").flat

    budget, fiscal, other = _budget_block(reader, unit)
    purpose_cells = _cells_until(reader, "资金支出计划(%)", "资金支出计划", "绩效目标")
    purpose = "\n".join(c.text.strip() for c in purpose_cells if not c.empty)
    purpose_span = _span(purpose_cells) if purpose_cells else start.span
    plan = _plan(reader, purpose_span)
    goals = _goals(reader)
    indicators = _indicators(reader, code)
    span = Span(title.number, max(c.span.last for c in reader.cells))
    claims.take(Span(start.span.first, span.last))
    return Project(
        position=position, code=code, name=name, title=_clean_title(title.text), unit=unit,
        budget=budget, fiscal=fiscal, other=other, purpose=purpose,
        purpose_amounts=tuple(_purpose_amounts(purpose_cells)), plan=plan, goals=goals,
        indicators=indicators, span=span, department_code=dept_code,
        department_name=dept_name)


def _clean_title(text: str) -> str:
    return _TITLE_NUMBER.sub("", text.strip())


def _span(cells_: list[Cell]) -> Span:
    return Span(cells_[0].span.first, cells_[-1].span.last)


def _cells_until(reader: _Reader, *labels: str) -> list[Cell]:
    end = reader.find(*labels)
    if end is None:
        last = reader.cells[-1].span.last if reader.cells else 0
        if reader.at_end_of_file:
            raise TruncatedDocumentError(f"the file ends in a project table before its "
                                         f"{labels[0]} row", path=reader.path, line=last)
        raise InputError(f"a project table without its {labels[0]} row", path=reader.path,
                         line=last)
    taken = reader.cells[reader.index:end]
    reader.index = end
    return taken


def _budget_block(reader: _Reader, unit: MoneyUnit):
    """预算数 / 其中：财政资金 / 其他资金, each label followed by its value cell."""
    labels = {"预算数": "budget", "预算规模": "budget", "资金总额": "budget",
              "其中财政资金": "fiscal", "财政资金": "fiscal", "财政拨款": "fiscal",
              "其中财政拨款": "fiscal", "其他资金": "other"}
    found: dict[str, object] = {}
    while (cell := reader.peek()) is not None and not found.keys() >= {"budget", "fiscal",
                                                                        "other"}:
        label = _label(cell)
        if label in ("预算规模及资金用途", "资金用途"):
            reader.index += 1
        elif label in labels:
            reader.index += 1
            value = reader.next(f"the amount after {cell.flat}")
            found[labels[label]] = (None if value.empty else
                                    _amount(value, unit, reader.path))
        else:
            break
    if found.get("budget") is None:
        if reader.peek() is None:
            reader.next("预算数 (the budget amount)")  # raises: the table stops here
        raise InputError(f"a project table without its 预算数 (budget amount); found "
                         f"{reader.peek().flat[:30]!r}", path=reader.path,
                         line=reader.peek().span.first)
    return found["budget"], found.get("fiscal"), found.get("other")


def _amount(cell: Cell, unit: MoneyUnit, path: Path):
    try:
        return parse_amount(cell.flat, default_unit=unit)
    except ValueError:
        raise InputError(f"expected an amount, found {cell.flat!r}", path=path,
                         line=cell.span.first) from None


def _plan(reader: _Reader, fallback: Span) -> tuple[PlanPoint, ...]:
    if not reader.at("资金支出计划(%)", "资金支出计划"):
        return ()
    reader.index += 1
    headers = []
    while (cell := reader.peek()) is not None and (_MONTH.search(cell.flat)
                                                   or "季度" in cell.flat):
        headers.append(reader.next("a quarter-end label"))
    # The data row repeats the merged label column as an empty cell.
    reader.next("the spending plan values")
    points = []
    for header in headers:
        value = reader.next(f"the spending plan value for {header.flat}")
        month = _month(header.flat)
        percent = None if value.empty else _percent(value, reader.path)
        points.append(PlanPoint(header.flat, month, percent, value.span))
    return tuple(points)


def _month(label: str) -> int:
    if found := _MONTH.search(fold(label)):
        return int(found.group(1))
    quarter = _QUARTER_LABEL.search(label)
    return _QUARTER[quarter.group(1)] if quarter else 0


def _percent(cell: Cell, path: Path) -> Decimal:
    try:
        return parse_percent(cell.flat if "%" in cell.flat else cell.flat + "%")
    except ValueError:
        raise InputError(f"expected a percentage, found {cell.flat!r}", path=path,
                         line=cell.span.first) from None


def _goals(reader: _Reader) -> tuple[str, ...]:
    """Numbered goals ("1、… 2、…"), on separate lines or run together in one cell."""
    if not reader.at("绩效目标", "年度绩效目标", "年度目标"):
        return ()
    reader.index += 1
    text = reader.next("the goals text").text
    parts = _GOAL_NUMBER.split(text)
    goals = ["".join(line.strip() for line in part.splitlines()) for part in parts]
    return tuple(goal for goal in goals if goal)


def _indicators(reader: _Reader, code: str) -> tuple[Indicator, ...]:
    header: list[str] = []
    while (cell := reader.peek()) is not None and (column := _column(cell)):
        header.append(column)
        reader.index += 1
    if not header:
        cell = reader.next("the indicator header (一级指标 …)")
        raise InputError(f"expected the indicator header (一级指标 …), found {cell.flat!r}",
                         path=reader.path, line=cell.span.first)
    grid, leftover = rows(reader.cells[reader.index:], len(header))
    if leftover:
        if reader.at_end_of_file:
            raise TruncatedDocumentError(
                f"the file ends in the middle of an indicator row of project {code}: "
                f"found {len(leftover)} cells, expected the {len(header)} the header row "
                "announces",
                path=reader.path, line=leftover[-1].span.last)
        raise InputError(f"an indicator row of project {code} has {len(leftover)} cells; "
                         f"expected the {len(header)} the header row announces (a cell was "
                         "removed or split)", path=reader.path, line=leftover[0].span.first)
    if not grid:
        reader.next("indicator rows")
    indicators, previous = [], {"level1": "", "level2": ""}
    for position, row in enumerate(grid, start=1):
        values = dict(zip(header, row, strict=True))
        text = {name: cell.flat for name, cell in values.items()}
        for merged in ("level1", "level2"):  # vertically merged cells come out empty
            text[merged] = text.get(merged) or previous[merged]
            previous[merged] = text[merged]
        indicators.append(Indicator(
            position=position, level1=text["level1"], level2=text.get("level2", ""),
            level3=text.get("level3", ""), description=text.get("description", ""),
            target=_parse_target(text.get("target", "")),
            basis=_parse_basis(text.get("basis", "")),
            span=Span(row[0].span.first, row[-1].span.last)))
    reader.index = len(reader.cells)
    return tuple(indicators)


def _column(cell: Cell) -> str | None:
    return _COLUMN_BY_LABEL.get(_label(cell))


def _purpose_amounts(purpose_cells: list[Cell]) -> list[PurposeAmount]:
    """Amounts the purpose text states again: the budget, fiscal and other funds, and
    the parts it lists (含公务招待费13万元、…)."""
    result = []
    for cell in purpose_cells:
        text = cell.flat
        previous_end = 0
        for start, end, amount in find_amounts(text):
            clauses = split_top_level(text[previous_end:start], "，,、；;：:。")
            label = _FILLER.sub("", clauses[-1] if clauses else "")
            role = next((role for role, pattern in _ROLES if pattern.search(label)),
                        "component")
            result.append(PurposeAmount(role, label, amount, cell.span))
            previous_end = end
    return result
