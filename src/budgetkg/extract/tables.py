"""Flattened tables back into cells and rows.

Word's text export writes one cell per line, each starting with a tab; a cell whose text
runs over several lines continues on lines without a tab, blank lines included. Other
converters write a row per line with ``|`` between cells. Either way this module yields
``Cell`` objects with the lines they came from; the table readers then group cells into
rows using the column count of the table's header row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from budgetkg.records import Span
from budgetkg.text import Line

_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")


def _pipe_row(text: str) -> re.Match[str] | None:
    # Most lines have no "|" at all, and the membership test is much cheaper than a match.
    return _PIPE_ROW.match(text) if "|" in text else None


@dataclass(frozen=True)
class Cell:
    """One table cell: its text (line breaks kept) and the lines it spans."""

    text: str
    span: Span

    @property
    def flat(self) -> str:
        """The text with line breaks and surrounding space removed: a cell's line breaks
        come from the page width, not from the author, except in numbered lists."""
        return "".join([part.strip() for part in self.text.splitlines()])

    @property
    def empty(self) -> bool:
        return not self.text.strip()


def is_table_line(line: Line) -> bool:
    return line.indented or bool(_pipe_row(line.text))


def cells(lines: Iterable[Line]) -> Iterator[Cell]:
    """Cells in reading order. Non-indented lines continue the cell before them, and
    blank lines between two parts of one cell stay in its text."""
    text: list[str] | None = None
    first = last = 0
    pending_blank = 0
    for line in lines:
        pipe = _pipe_row(line.text)
        if pipe:
            if text is not None:
                yield Cell("\n".join(text), Span(first, last))
                text = None
            for part in pipe.group(1).split("|"):
                yield Cell(part.strip(), Span(line.number, line.number))
            pending_blank = 0
        elif line.indented:
            if text is not None:
                yield Cell("\n".join(text), Span(first, last))
            # Several tabs in a row are empty cells before this one.
            stripped = line.text.lstrip("\t")
            for _ in range(len(line.text) - len(stripped) - 1):
                yield Cell("", Span(line.number, line.number))
            text, first, last = [stripped.strip()], line.number, line.number
            pending_blank = 0
        elif line.blank:
            pending_blank += 1
        elif text is not None:
            text.extend([""] * pending_blank)
            text.append(line.text.strip())
            last = line.number
            pending_blank = 0
        else:
            # Prose before any cell: the caller decides what it is.
            yield Cell(line.text.strip(), Span(line.number, line.number))
            pending_blank = 0
    if text is not None:
        yield Cell("\n".join(text), Span(first, last))


def rows(cells_: list[Cell], width: int) -> tuple[list[list[Cell]], list[Cell]]:
    """Group cells into rows of ``width``; the second value holds any cells left over
    (a row cut short), which the caller reports."""
    full = len(cells_) - len(cells_) % width
    grouped = [cells_[start:start + width] for start in range(0, full, width)]
    return grouped, cells_[full:]
