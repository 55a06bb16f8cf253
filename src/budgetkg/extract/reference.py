"""The reference sections: the glossary (专业名词解释), whose 类/款/项 entries are the
functional classification of expenditure, and the other matters (其他需说明的事项)."""

from __future__ import annotations

import re

from budgetkg.extract.common import ITEM, SUBITEM, Claims, paragraphs
from budgetkg.records import GlossaryEntry, Note, OtherMatter, Span
from budgetkg.text import Line

_LEVEL = re.compile(r"[（(]\s*(类|款|项)\s*[)）]")
_DEFINITION = re.compile(r"^(.{1,30}?)[：:](.+)$")
_NOT_ARRANGED = re.compile(r"未安排|没有安排|无此项|未编制|不涉及")
_NOTHING_ELSE = re.compile(r"^(?:本单位|我单位)?(?:无|没有)其他(?:需要?)?(?:说明|公开)的?事项")


def read_glossary(lines: tuple[Line, ...], claims: Claims) -> tuple[GlossaryEntry, ...]:
    entries: list[GlossaryEntry] = []
    parents: dict[str, str] = {}
    for para in paragraphs(lines):
        item = ITEM.match(para.text) or SUBITEM.match(para.text)
        number = int(item.group(1)) if item and ITEM.match(para.text) else None
        body = para.text[item.end():] if item else para.text
        levels = list(_LEVEL.finditer(body))
        if levels:
            start = 0
            for index, found in enumerate(levels):
                term = body[start:found.start()].strip("：: ")
                level = found.group(1)
                last = index == len(levels) - 1
                definition = body[found.end():].strip("：: ") if last else ""
                parent = (None if level == "类" else
                          parents.get("款") if level == "项" and "款" in parents else
                          parents.get("类"))
                if level == "类":
                    parents = {"类": term}
                elif level == "款":
                    parents["款"] = term
                entries.append(GlossaryEntry(number if index == 0 else None, term, definition,
                                             level, parent, para.span))
                start = found.end()
            claims.take(para.span)
        elif defined := _DEFINITION.match(body):
            entries.append(GlossaryEntry(number, defined.group(1).strip(),
                                         defined.group(2).strip(), None, None, para.span))
            claims.take(para.span)
        else:
            claims.reject(para.span, "a glossary line that is neither 'term：definition' nor "
                                     "a 类/款/项 entry")
    return tuple(entries)


def read_other_matters(lines: tuple[Line, ...], claims: Claims):
    """Numbered matters (a title line, then its text) and closing statements."""
    matters: list[OtherMatter] = []
    notes: list[Note] = []
    pending: tuple[int | None, str, Span] | None = None
    for para in paragraphs(lines):
        claims.take(para.span)
        item = ITEM.match(para.text)
        if item and len(para.text) <= 30 and not para.text.endswith("。"):
            if pending:
                matters.append(OtherMatter(pending[0], pending[1], "", None, pending[2]))
            pending = (int(item.group(1)), ITEM.sub("", para.text).strip(), para.span)
        elif pending:
            number, title, span = pending
            matters.append(OtherMatter(number, title, para.text,
                                       not _NOT_ARRANGED.search(para.text),
                                       Span(span.first, para.span.last)))
            pending = None
        elif _NOTHING_ELSE.match(para.text):
            notes.append(Note("other-none", para.text, para.span))
        else:
            matters.append(OtherMatter(None, "", para.text, None, para.span))
    if pending:
        matters.append(OtherMatter(pending[0], pending[1], "", None, pending[2]))
    return tuple(matters), tuple(notes)
