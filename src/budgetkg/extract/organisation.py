"""Section 一 (部门职责及机构设置): responsibilities, internal offices, affiliated
institutions, staffing; and the front matter's legal basis."""

from __future__ import annotations

import re

from budgetkg.citations import parse_citation
from budgetkg.extract.common import (
    ITEM,
    SUBSECTION,
    Claims,
    Paragraph,
    bracketed,
    cn_number,
    paragraphs,
    split_top_level,
)
from budgetkg.measures import STAFF_MEASURES
from budgetkg.records import (
    Institution,
    InternalUnit,
    LegalBasis,
    OrganisationFacts,
    Responsibility,
    StaffBasis,
    StaffFigure,
)
from budgetkg.text import Line

_N = r"[0-9０-９]+|[一二两三四五六七八九十]+"
_BUDGET_LEVEL = re.compile(r"([一二三]级)预算单位")
_INSTITUTIONS = re.compile(rf"下属({_N}|无)个?(?:事业单位|二级单位)")
_INDEPENDENT = re.compile(rf"(无|没有|有({_N})个)独立核算(?:的)?(?:下属)?单位")
_UNITS = re.compile(
    rf"内设({_N})个(?:职能)?(?:科室|股室|处室|内设机构|机构|部门)[，,]?(?:分别)?(?:为|是|包括)?"
    r"[:：]?(.+?)(?:[；;。]|$)")
_INSTITUTION_NAMES = re.compile(r"(?:下属)?事业单位(?:为|是)[:：]?(.+?)(?:[；;。]|$)")
_AUTHORISED = re.compile(
    rf"(?:现)?(?:共有|核定)?编制(?:数)?(?:为)?({_N})(?:人|名)[，,]?(?:其中[:：]?(.+?))?(?:[；;。]|$)")
_ACTUAL = re.compile(
    rf"((?:至|截至|截止)?({_N})年(?:底|末|\d+月(?:\d+日)?)?)[，,]?[^，,。；;]{{0,6}}?实有"
    rf"(?:在职)?(?:人员|在职人员)?({_N})(?:人|名)[，,]?(?:其中[:：]?(.+?))?(?:[；;。]|$)")
_PART = re.compile(rf"([^，,、；;0-9０-９]+?)({_N})(?:人|名)")
_LEGAL = re.compile(r"《[^《》]+》")


def read_front(front: tuple[Line, ...], claims: Claims) -> tuple[LegalBasis, ...]:
    """The sentence before section 一 that names the laws the disclosure follows."""
    result = []
    for para in paragraphs(front):
        titles = _LEGAL.findall(para.text)
        if titles and re.search(r"规定|要求|公开如下|现将", para.text):
            result.extend(LegalBasis(parse_citation(title), para.span) for title in titles)
            claims.take(para.span)
        else:
            claims.reject(para.span, "text between the title and section 一 that is not the "
                                     "statement of legal basis")
    return tuple(result)


def read_organisation(lines: tuple[Line, ...], claims: Claims):
    """Responsibilities, units, institutions, organisation facts and staffing."""
    responsibilities, units, institutions, staff = [], [], [], []
    facts = None
    part = "responsibilities"
    for para in paragraphs(lines):
        heading = SUBSECTION.match(para.text)
        if heading and len(para.text) <= 20:
            part = "structure" if re.search(r"机构|设置|人员|编制", heading.group(2)) else \
                "responsibilities"
            claims.take(para.span)
            continue
        if part == "responsibilities":
            item = ITEM.match(para.text)
            number = int(item.group(1)) if item else len(responsibilities) + 1
            text = ITEM.sub("", para.text).strip()
            responsibilities.append(Responsibility(number, text, para.span))
            claims.take(para.span)
            continue
        found = _structure(para, units, institutions, staff)
        if found is not None:
            facts = found if facts is None else facts
            claims.take(para.span)
        else:
            claims.reject(para.span, "organisation text with no unit, institution or staffing "
                                     "statement budgetkg recognises")
    return (tuple(responsibilities), tuple(units), tuple(institutions), facts, tuple(staff))


def _structure(para: Paragraph, units: list, institutions: list, staff: list):
    text = para.text
    level = _BUDGET_LEVEL.search(text)
    count = _INSTITUTIONS.search(text)
    independent = _INDEPENDENT.search(text)
    listed = _UNITS.search(text)
    if listed:
        for name_text in split_top_level(listed.group(2), "、，,"):
            name, inner = bracketed(name_text)
            aliases = tuple(a for part in inner for a in split_top_level(part, "、，,"))
            units.append(InternalUnit(len(units) + 1, name, aliases, para.span))
    if names := _INSTITUTION_NAMES.search(text):
        for name_text in split_top_level(names.group(1), "、，,"):
            institutions.append(Institution(name_text.strip(), para.span))
    before = len(staff)
    if authorised := _AUTHORISED.search(text):
        _staff(staff, StaffBasis.AUTHORISED, authorised.group(1), authorised.group(2), None,
               para)
    if actual := _ACTUAL.search(text):
        _staff(staff, StaffBasis.ACTUAL, actual.group(3), actual.group(4), actual.group(1),
               para)
    if not (level or count or independent or listed or institutions or len(staff) > before):
        return None
    return OrganisationFacts(
        budget_level=level.group(1) + "预算单位" if level else None,
        institution_count=cn_number(count.group(1)) if count else None,
        independent_units=(0 if independent.group(1) in ("无", "没有")
                           else cn_number(independent.group(2))) if independent else None,
        internal_unit_count=cn_number(listed.group(1)) if listed else None,
        span=para.span)


def _staff(staff: list, basis: StaffBasis, total: str, parts: str | None, as_of: str | None,
           para: Paragraph) -> None:
    prefix = basis.value
    total_code = f"{prefix}-total"
    staff.append(StaffFigure(total_code, basis, cn_number(total),
                             "编制" if basis is StaffBasis.AUTHORISED else "实有人员",
                             as_of, None, para.span))
    for label, number in _PART.findall(parts or ""):
        code = next((m.code for m in STAFF_MEASURES
                     if m.code.startswith(prefix) and m.parent
                     and any(re.search(k, label) for k in m.keywords)), None)
        staff.append(StaffFigure(code or f"{prefix}-unclassified", basis, cn_number(number),
                                 label.strip(), as_of, total_code, para.span))
