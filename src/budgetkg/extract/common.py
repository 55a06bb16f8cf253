"""What every section extractor shares: paragraphs with line spans, numbering markers,
Chinese numerals, top-level list splitting, and the record of which lines were
understood (so the coverage report can name the rest)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from budgetkg.records import Span, Unparsed
from budgetkg.text import Line, fold

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUMERAL = "[零〇一二两三四五六七八九十百]+"

# Item numbering as written: "1." "1、" "1．" "（1）" "(1)" "①"; section numbering "一、" "（一）".
ITEM = re.compile(r"^\s*(\d{1,2})\s*[、.．]\s*(?!\d)")
SUBITEM = re.compile(r"^\s*[（(]\s*(\d{1,2})\s*[)）]\s*")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
SECTION = re.compile(rf"^\s*({CN_NUMERAL})\s*[、.．]\s*(\S.*)$")
SUBSECTION = re.compile(rf"^\s*[（(]\s*({CN_NUMERAL})\s*[)）]\s*(\S.*)$")
# A colon does not end a paragraph: PDF exports wrap lines anywhere, "其中：" included.
SENTENCE_END = "。；;！!？?"
OPENERS, CLOSERS = "（(〔[［﹝【〖《“‘「", "）)〕]］﹞】〗》”’」"


def cn_number(text: str) -> int:
    """``"十二"`` → 12, ``"一"`` → 1, ``"36"`` → 36."""
    text = fold(text).strip()
    if text.isdigit():
        return int(text)
    if text in ("无", "没有"):
        return 0
    total, current = 0, 0
    for char in text:
        if char in CN_DIGITS:
            current = CN_DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            raise ValueError(f"not a number: {text!r}")
    return total + current


@dataclass(frozen=True)
class Paragraph:
    """Consecutive lines that read as one paragraph, with their span."""

    text: str
    span: Span
    lines: tuple[Line, ...]


def paragraphs(lines: list[Line] | tuple[Line, ...]) -> list[Paragraph]:
    """Group prose lines into paragraphs.

    Word exports put one paragraph on a line; PDF exports break paragraphs at the page
    width. A line joins the next one when it does not end a sentence and the next one
    does not start a numbered item, so both layouts give the same paragraphs.
    """
    result: list[Paragraph] = []
    run: list[Line] = []

    def flush() -> None:
        if run:
            text = "".join(line.text.strip() for line in run)
            result.append(Paragraph(text, Span(run[0].number, run[-1].number), tuple(run)))
            run.clear()

    for line in lines:
        if line.blank and line.noise:
            continue  # a page number inside a paragraph does not end it
        if line.blank:
            flush()
            continue
        if run and (run[-1].text.rstrip().endswith(tuple(SENTENCE_END)) or starts_item(line.text)
                    or len(run[-1].text.strip()) < 20):
            flush()
        run.append(line)
    flush()
    return result


def starts_item(text: str) -> bool:
    text = text.strip()
    return bool(ITEM.match(text) or SUBITEM.match(text) or SECTION.match(text)
                or SUBSECTION.match(text) or (text and text[0] in CIRCLED))


def split_top_level(text: str, separators: str = "、，,；;") -> list[str]:
    """Split at separators that are not inside any bracket pair."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in OPENERS:
            depth += 1
        elif char in CLOSERS:
            depth = max(0, depth - 1)
        elif char in separators and depth == 0 and not _thousands(text, index):
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def _thousands(text: str, index: int) -> bool:
    """An ASCII comma inside a number ("1,234.5") is not a separator."""
    return (text[index] == "," and 0 < index < len(text) - 3
            and text[index - 1].isdigit() and text[index + 1:index + 4].isdigit())


def bracketed(text: str) -> tuple[str, tuple[str, ...]]:
    """``"研究室（新闻与网络宣传股）"`` → ``("研究室", ("新闻与网络宣传股",))``: the name
    outside the outermost brackets, and what each outermost bracket holds."""
    name, inner, depth, current = [], [], 0, []
    for char in text:
        if char in "（(〔[［【":
            if depth:
                current.append(char)
            depth += 1
        elif char in "）)〕]］】" and depth:
            depth -= 1
            if depth:
                current.append(char)
            else:
                inner.append("".join(current).strip())
                current = []
        elif depth:
            current.append(char)
        else:
            name.append(char)
    return "".join(name).strip(), tuple(part for part in inner if part)


@dataclass
class Claims:
    """Which lines an extractor understood; for the others, why not (the coverage
    report names every non-blank line that is neither understood nor noise)."""

    understood: set[int] = field(default_factory=set)
    reasons: dict[int, str] = field(default_factory=dict)

    def take(self, span: Span) -> None:
        self.understood.update(span.lines())

    def reject(self, span: Span, reason: str) -> None:
        for number in span.lines():
            self.reasons.setdefault(number, reason)

    def unparsed(self, lines: tuple[Line, ...]) -> tuple[Unparsed, ...]:
        return tuple(
            Unparsed(line.number, line.text.strip(),
                     self.reasons.get(line.number, "not part of any section budgetkg reads"))
            for line in lines if not line.blank and line.number not in self.understood)
