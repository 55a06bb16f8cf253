"""The money sections: totals and their split, 机关运行经费, 三公经费, 政府采购 and
国有资产, with the year-on-year changes they state.

Every amount is labelled by the words just before it and classified with the section's
code list (``measures``). A sentence that compares with an earlier year is read clause by
clause: the subject of a change is the last measure named, its year the last year named.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from budgetkg.extract.common import (
    CLOSERS,
    OPENERS,
    SUBSECTION,
    Claims,
    Paragraph,
    paragraphs,
    split_top_level,
)
from budgetkg.measures import BY_CODE, MEASURES, Measure
from budgetkg.records import Change, Direction, Figure, Note, Span
from budgetkg.text import Line, fold
from budgetkg.values import AmountSpan, find_amounts

SECTION_MEASURES = {
    "budget": ("revenue-", "expenditure-"),
    "operating_cost": ("operating-cost-",),
    "three_public": ("three-public-",),
    "procurement": ("procurement-",),
    "assets": ("fixed-assets-",),
}
SECTION_TOTALS = {"budget": "expenditure-total", "operating_cost": "operating-cost-total",
                  "three_public": "three-public-total", "procurement": "procurement-total",
                  "assets": "fixed-assets-total"}
_COMPARISON = re.compile(r"(?:较|比|与|同)\s*(\d{4}|上)\s*年")
_DIRECTIONS = ((Direction.FLAT, re.compile(r"持平|相同|不变|一致|无变化|无增减")),
               (Direction.INCREASE, re.compile(r"增加|增长|上升|提高|增")),
               (Direction.DECREASE, re.compile(r"减少|下降|降低|压减|减")))
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|％|个百分点)")
_REASON = re.compile(
    r"(?:主要)?(?:增减|变化|增加|减少|增长|下降|变动)?(?:的)?(?:主要)?原因(?:是|为|：|:)?")
_AS_OF = re.compile(r"(\d{4})\s*年\s*(初|底|末|\d{1,2}\s*月\s*\d{1,2}\s*日)")
_LABEL_FILLER = re.compile(r"^(?:其中|包括|含|为|是|安排|合计|共计|具体如下|[、:：\s])+|"
                           r"(?:为|是|预算安排|安排|合计|共计|预算|[:：\s])+$")
_SENTENCE_BREAK = re.compile(r"(?<=。)|(?<=\.)(?!\d)")
_CHANGE_FIRST = re.compile(r"其中[:：]?[^，,。]{0,20}?(增加|减少|持平|增长|下降)")
_OF_WHICH = re.compile(r"^其中[:：]?")
# Compiled once: _classify tries every keyword of every measure of a section for each
# amount, and looking string patterns up in re's cache each time cost more than the match.
_KEYWORDS = {m.code: tuple(re.compile(k) for k in m.keywords) for m in MEASURES}


def read_money_section(kind: str, lines: tuple[Line, ...], *, year: int, claims: Claims):
    """Figures, changes and notes of one money section."""
    figures: list[Figure] = []
    changes: list[Change] = []
    notes: list[Note] = []
    measures = [m for m in MEASURES if m.code.startswith(SECTION_MEASURES[kind])]
    previous_year = year - 1
    for para in paragraphs(lines):
        if SUBSECTION.match(para.text) and len(para.text) <= 20:
            claims.take(para.span)
            continue
        understood = True
        for sentence in _sentences(para.text):
            amounts = find_amounts(sentence)
            if _states_change(sentence, amounts) and (
                    _COMPARISON.search(sentence)
                    or (changes and _starts_with_change(sentence))):
                previous_year = _changes(sentence, kind, measures, figures, changes, para,
                                         year, previous_year)
            elif amounts:
                understood &= _figures(sentence, amounts, kind, measures, figures, para)
            else:
                notes.append(Note(kind, sentence, para.span))
        _share_reason(changes, para.span)
        if understood:
            claims.take(para.span)
        else:
            claims.reject(para.span, f"an amount whose label is not in the {kind} code list "
                                     "(kept as unclassified)")
    return figures, changes, notes


def _share_reason(changes: list[Change], span: Span) -> None:
    """A reason stated at the end of a paragraph explains every change in it that has
    none of its own ("…减少660.44万元。其中：…，主要原因为…")."""
    reasons = [c.reason for c in changes if c.span == span and c.reason]
    if not reasons:
        return
    for index, change in enumerate(changes):
        if change.span == span and change.reason is None and \
                change.direction is not Direction.FLAT:
            changes[index] = replace(change, reason=reasons[-1])


def _sentences(text: str) -> list[str]:
    # "。" ends a sentence; so does an ASCII "." that is not a decimal point.
    parts = (part.strip() for part in _SENTENCE_BREAK.split(text))
    return [part if part.endswith("。") else part + "。" for part in parts if part.strip("。")]


def _states_change(sentence: str, amounts: list[AmountSpan]) -> bool:
    """A comparison with a figure in it; "反映部门与上年比较的增减变化情况" is not one.
    ``amounts`` are the sentence's, found once by the caller."""
    return bool(amounts or _PERCENT.search(fold(sentence))
                or _DIRECTIONS[0][1].search(sentence))


def _starts_with_change(sentence: str) -> bool:
    return bool(_CHANGE_FIRST.match(sentence))


def _classify(label: str, measures: list[Measure]) -> Measure | None:
    return next((m for m in measures
                 if any(keyword.search(label) for keyword in _KEYWORDS[m.code])), None)


def _label(text: str) -> str:
    """The words just before an amount: back to a separator or an unclosed bracket, so
    "（包括人员经费" gives "人员经费" and "因公出国（境）费用" stays whole."""
    depth, start = 0, 0
    for index in range(len(text) - 1, -1, -1):
        char = text[index]
        if char in CLOSERS:
            depth += 1
        elif char in OPENERS:
            if depth == 0:
                start = index + 1
                break
            depth -= 1
        elif char in "，,；;：:。" and depth == 0:
            start = index + 1
            break
    return _LABEL_FILLER.sub("", text[start:])


def _figures(sentence: str, amounts: list[AmountSpan], kind: str, measures: list[Measure],
             figures: list[Figure], para: Paragraph) -> bool:
    understood, previous_end = True, 0
    as_of = _AS_OF.search(sentence)
    for start, end, amount in amounts:
        label = _label(sentence[previous_end:start])
        previous_end = end
        measure = _classify(label, measures) or _classify(sentence[:start], measures[:1])
        if measure is None:
            understood = False
            code = f"{kind.replace('_', '-')}-unclassified"
            # Revenue and expenditure share the budget section, so an unknown amount there
            # cannot be counted towards either total.
            parent = None if kind == "budget" else SECTION_TOTALS[kind]
        else:
            code, parent = measure.code, measure.parent
        figures.append(Figure(code, amount, label, parent, para.span,
                              as_of.group(0) if as_of and kind == "assets" else None))
    return understood


def _changes(sentence: str, kind: str, measures: list[Measure], figures: list[Figure],
             changes: list[Change], para: Paragraph, year: int, previous_year: int) -> int:
    """Read the changes a sentence states; returns the comparison year in force."""
    subjects = [SECTION_TOTALS[kind]]
    current: dict[str, dict] = {}
    reason = None
    for clause in split_top_level(_OF_WHICH.sub("", sentence.rstrip("。")), "，,；;"):
        if reason_at := _REASON.search(clause):
            rest = sentence.rstrip("。")[sentence.find(clause) + reason_at.end():]
            reason = rest.strip("，,；;. ") or None
            _direction(clause[: reason_at.start()], subjects, current)
            break
        if compared := _COMPARISON.search(clause):
            stated = compared.group(1)
            previous_year = year - 1 if stated == "上" else int(stated)
        if "收支" in clause:
            subjects = ["revenue-total", "expenditure-total"]
        elif (named := _classify(_COMPARISON.split(clause)[0], measures)) is not None:
            subjects = [named.code]
        amounts = find_amounts(clause)
        direction = _direction(clause, subjects, current)
        for code in subjects:
            entry = current.setdefault(code, {"year": previous_year})
            entry["year"] = previous_year
            if amounts and direction is None and not entry.get("direction"):
                # The current figure restated before the comparison.
                if not any(f.measure == code for f in figures):
                    figures.append(Figure(code, amounts[0][2], _label(clause[:amounts[0][0]]),
                                          BY_CODE[code].parent, para.span))
            elif amounts and direction is not None:
                entry["amount"] = amounts[-1][2]
            if percent := _PERCENT.search(fold(clause)):
                entry["percent"] = Decimal(percent.group(1))
    for code, entry in current.items():
        if "direction" not in entry or (entry["direction"] is not Direction.FLAT
                                        and "amount" not in entry and "percent" not in entry):
            continue
        changes.append(Change(
            measure=code, previous_year=entry["year"], direction=entry["direction"],
            amount=entry.get("amount"), percent=entry.get("percent"),
            reason=reason if entry["direction"] is not Direction.FLAT else None,
            span=para.span))
    return previous_year


def _direction(clause: str, subjects: list[str], current: dict[str, dict]) -> Direction | None:
    for direction, pattern in _DIRECTIONS:
        if pattern.search(clause):
            for code in subjects:
                current.setdefault(code, {}).setdefault("direction", direction)
            return direction
    return None


def span_of(paras: list[Paragraph]) -> Span:
    return Span(paras[0].span.first, paras[-1].span.last)
