"""The prose of the performance section (绩效预算信息): the overall goal, the goals by
area and item, and the safeguard measures. The project tables that follow are read by
``projects``."""

from __future__ import annotations

import re

from budgetkg.extract.common import ITEM, SUBITEM, SUBSECTION, Claims, paragraphs
from budgetkg.records import Goal, Span
from budgetkg.text import Line

_PART = re.compile(r"^第[一二三四五六七八九十]+部分")
_TITLE_SPLIT = re.compile(r"^(.{2,40}?)[。：:](.*)$")


def read_goals(lines: tuple[Line, ...], claims: Claims) -> tuple[Goal, ...]:
    goals: list[Goal] = []
    part = "overall"
    area: int | None = None
    for para in paragraphs(lines):
        text = para.text
        if (heading := SUBSECTION.match(text)) and len(text) <= 20:
            title = heading.group(2)
            part = ("measure" if re.search(r"保障|措施", title) else
                    "area" if re.search(r"分项|具体", title) else "overall")
            claims.take(para.span)
            continue
        if _PART.match(text) or (len(text) <= 12 and not text.endswith("。")
                                 and part != "overall" and not ITEM.match(text)):
            # "第二部分" / "预算项目绩效目标": part headings, no content of their own.
            claims.take(para.span)
            continue
        claims.take(para.span)
        if part == "overall":
            goals.append(Goal("overall", None, None, None, text, para.span))
        elif part == "measure":
            item = ITEM.match(text)
            title, body = _title(ITEM.sub("", text))
            goals.append(Goal("measure", None, int(item.group(1)) if item else None, title,
                              body, para.span))
        elif (item := ITEM.match(text)) and len(text) <= 30 and not text.endswith("。"):
            area = int(item.group(1))
            goals.append(Goal("area", area, None, ITEM.sub("", text).strip(), "", para.span))
        elif sub := SUBITEM.match(text):
            title, body = _title(SUBITEM.sub("", text))
            goals.append(Goal("item", area, int(sub.group(1)), title, body, para.span))
        elif goals and goals[-1].kind == "item" and goals[-1].area == area:
            # A paragraph that continues the item before it.
            last = goals.pop()
            goals.append(Goal(last.kind, last.area, last.number, last.title,
                              last.text + "\n" + text,
                              Span(last.span.first, para.span.last)))
        else:
            title, body = _title(text)
            goals.append(Goal("item", area, None, title, body, para.span))
    return tuple(goals)


def _title(text: str) -> tuple[str | None, str]:
    """"党务干部培训工作。准备对…" → ("党务干部培训工作", "准备对…")."""
    found = _TITLE_SPLIT.match(text.strip())
    if found and found.group(2).strip():
        return found.group(1).strip(), found.group(2).strip()
    return None, text.strip()
