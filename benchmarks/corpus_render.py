"""How the generator writes what it decided: money in 万元 or 元, ASCII or full-width
punctuation, tables as Word's tab-per-cell export or as pipe rows, prose wrapped at the
page width the way PDF converters break it, and page numbers between pages.

Amounts are whole numbers of fen (0.01 yuan) everywhere, so every sum is exact.
Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FEN_PER_YUAN = 100
FEN_PER_WAN = 1_000_000

_ASCII = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "；": ";", "“": '"',
                        "”": '"'})
# What may not start a wrapped line: it would read as a new item, section or sub-item.
_ITEM_START = re.compile(r"^\s*(?:\d{1,2}\s*[、.．](?!\d)"
                         r"|[（(]\s*[\d一二三四五六七八九十]+\s*[)）]"
                         r"|[一二三四五六七八九十百]+\s*[、.．]|[①-⑩]|第[一二三四五六七八九十]+部分)")
_SENTENCE_END = "。；;！!？?：:"


def yuan_text(fen: int) -> str:
    """Exact yuan as a plain decimal string: 6926900, 1234567.89, 0.5."""
    whole, cents = divmod(fen, FEN_PER_YUAN)
    return f"{whole}" if cents == 0 else f"{whole}.{cents:02d}".rstrip("0")


@dataclass(frozen=True)
class Style:
    """How one document is written."""

    layout: str  # "word" (tab per cell) or "pipe" (a row per line, cells between |)
    ascii_punct: bool  # , : ( ) ; instead of ，：（）；
    unit: str  # "万元" or "元" for the narrative figures and the tables
    trim_decimals: bool  # prose writes 5.8万元 (True) or 5.80万元
    purpose_in_wan: bool  # a 元 document still restates project amounts in 万元
    blank_between_paragraphs: bool
    wrap: int  # prose wrapped at this many characters (PDF export); 0: not wrapped
    page_numbers: bool
    field_codes: bool
    # Page numbers between any two lines and wraps wherever the width falls, even right
    # after a ：, as PDF converters leave them; otherwise both keep to paragraph ends.
    pdf_breaks: bool = False

    def punct(self, text: str) -> str:
        return text.translate(_ASCII) if self.ascii_punct else text

    def money(self, fen: int, *, unit: str | None = None, table: bool = False) -> str:
        """An amount as the document writes it; prose gets the unit, a table cell not."""
        unit = unit or self.unit
        if unit == "万元":
            whole, rest = divmod(fen, FEN_PER_WAN)
            if rest % 10_000:
                raise ValueError(f"{fen} fen is not a whole number of 0.01万元")
            text = f"{whole}.{rest // 10_000:02d}"
            if self.trim_decimals and not table:
                text = text.rstrip("0").rstrip(".")
        else:
            whole, cents = divmod(fen, FEN_PER_YUAN)
            text = f"{whole:,}"
            if cents or table:
                text += f".{cents:02d}"
        return text if table else text + unit


def percent_text(value, *, trim: bool) -> str:
    """A Decimal percentage with two decimals, or fewer when ``trim`` and exact."""
    text = f"{value:.2f}"
    return text.rstrip("0").rstrip(".") if trim else text


def table_lines(rows: list[list[str]], style: Style) -> list[str]:
    """A table as Word's text export writes it (one cell per line, each starting with a
    tab, a cell's further lines without one, a blank line between rows) or as pipe rows."""
    out: list[str] = []
    if style.layout == "pipe":
        for row in rows:
            cells = (" ".join(part for part in cell.split("\n") if part) for cell in row)
            out.append("|" + "|".join(f" {c} " if c else " " for c in cells) + "|")
        return out
    for row in rows:
        for cell in row:
            first, *more = cell.split("\n")
            out.append("\t" + first)
            out.extend(more)
        out.append("")
    return out


def wrap(text: str, width: int, *, anywhere: bool = False) -> list[str]:
    """Break a paragraph at ``width`` characters as a PDF converter does. A break moves
    on by a character or two where the new line would start like a numbered item (a
    reader could not tell it from one either) and, unless ``anywhere``, where the line
    would end with sentence punctuation such as ：."""
    if width <= 0 or len(text) <= width:
        return [text]
    lines, start = [], 0
    while len(text) - start > width:
        cut = start + width
        while cut < len(text) - 1 and ((text[cut - 1] in _SENTENCE_END and not anywhere)
                                       or _ITEM_START.match(text[cut:])):
            cut += 1
        lines.append(text[start:cut])
        start = cut
    if start < len(text):
        tail = text[start:]
        if len(tail) < 2 and lines:
            lines[-1] += tail
        else:
            lines.append(tail)
    return lines


def page_number(number: int, kind: int) -> str:
    return f"- {number} -" if kind == 0 else f"第 {number} 页"
