"""The outline of a disclosure: its title block and its numbered sections.

Sections are recognised by what their heading says, not by their number, because
templates number and order them differently (some put 三公经费 before 机关运行经费,
决算 disclosures add sections of their own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from budgetkg.errors import NotADisclosureError
from budgetkg.extract.common import SECTION, cn_number
from budgetkg.extract.projects import is_project_title
from budgetkg.records import Phase, Span
from budgetkg.text import Line, SourceText, fold, squash

# Checked in order: the specific kinds before "budget", whose words they share.
SECTION_KINDS: tuple[tuple[str, str], ...] = (
    ("organisation", r"职责|机构设置|部门(?:基本)?概况|单位(?:基本)?概况"),
    ("operating_cost", r"机关运行经费"),
    ("three_public", r"三公"),
    ("procurement", r"政府采购"),
    ("assets", r"国有资产|资产(?:信息|占用)"),
    ("performance", r"绩效"),
    ("glossary", r"名词解释|名词"),
    ("other", r"其他"),
    ("budget", r"收支|收入|支出|总体情况|预算安排|决算"),
)
_TITLE = re.compile(r"(\d{4})\s*年度?\s*(?:.*?)(预算|决算)(?:信息)?(?:公开|说明)")


@dataclass(frozen=True)
class Section:
    kind: str
    number: int
    title: str
    heading: Line
    lines: tuple[Line, ...]

    @property
    def span(self) -> Span:
        last = self.lines[-1].number if self.lines else self.heading.number
        return Span(self.heading.number, last)


@dataclass(frozen=True)
class Outline:
    title: str
    title_span: Span
    year: int
    phase: Phase
    department_name: str
    front: tuple[Line, ...]  # lines between the title and the first section
    sections: tuple[Section, ...]


def section_kind(title: str) -> str:
    for kind, pattern in SECTION_KINDS:
        if re.search(pattern, title):
            return kind
    return "unknown"


def outline(source: SourceText) -> Outline:
    lines = source.lines
    headings = [index for index, line in enumerate(lines) if _is_section_heading(line)]
    title_at = next((index for index, line in enumerate(lines[: (headings or [40])[0] + 1])
                     if _TITLE.search(fold(squash(line.text)))), None)
    if title_at is None:
        first = next((line for line in lines if not line.blank), lines[0])
        raise NotADisclosureError(
            "not a budget disclosure: expected a title such as "
            "'某某部门2020年部门预算信息公开' near the top, found "
            f"{first.text.strip()[:40]!r}", path=source.path, line=first.number)
    title_line = lines[title_at]
    found = _TITLE.search(fold(squash(title_line.text)))
    year, phase = int(found.group(1)), Phase.FINAL if found.group(2) == "决算" else Phase.BUDGET
    name_part = fold(squash(title_line.text))[: found.start(1)]
    first_title = title_at
    if not name_part:  # the name stands on the line(s) above the year
        above = [index for index in range(title_at) if not lines[index].blank]
        if above:
            first_title = above[-1]
            name_part = squash(lines[first_title].text)
    if not headings:
        raise NotADisclosureError(
            "not a budget disclosure: no numbered section such as '一、部门职责及机构设置情况' "
            "follows the title", path=source.path, line=title_line.number)
    sections = []
    for position, start in enumerate(headings):
        end = headings[position + 1] if position + 1 < len(headings) else len(lines)
        heading = lines[start]
        match = SECTION.match(heading.text)
        sections.append(Section(
            kind=section_kind(match.group(2)), number=cn_number(match.group(1)),
            title=match.group(2).strip(), heading=heading, lines=tuple(lines[start + 1:end])))
    title_text = " ".join(line.text.strip() for line in lines[first_title:title_at + 1]
                          if not line.blank)
    return Outline(
        title=title_text, title_span=Span(lines[first_title].number, title_line.number),
        year=year, phase=phase, department_name=name_part,
        front=tuple(lines[title_at + 1:headings[0]]), sections=tuple(sections))


def _is_section_heading(line: Line) -> bool:
    # The anchored SECTION match fails fast on most lines; the project-title search scans
    # the whole line, so it only runs on the few lines that look numbered.
    match = SECTION.match(line.text)
    if not match or line.indented or is_project_title(line):
        return False
    # A heading is short; a numbered sentence in prose is not a section.
    return len(squash(match.group(2))) <= 30 and not match.group(2).endswith("。")
