"""Policy-document citations in 指标值确定依据 cells, and canonical 发文字号.

GB/T 9704 writes a document number as ``机关代字〔年份〕序号号``; disclosures write it in any
bracket, width and spacing, before or after a title, and list several documents in one cell.
Pure stage: standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

__all__ = [
    "Citation", "CitationKind", "CitedDocument", "DocumentNumber", "find_document_numbers",
    "normalise_title", "parse_citation", "parse_document_number",
]

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_DIGIT = "[0-9０-９]"
_NUMBER = re.compile(
    rf"(?P<issuer>[{_CJK}]{{1,8}})\s*[{re.escape('〔［[（(【﹝〖')}]\s*"
    rf"(?P<year>{_DIGIT}(?:\s*{_DIGIT}){{3}})\s*[{re.escape('〕］]）)】﹞〗')}]\s*第?\s*"
    rf"(?P<serial>{_DIGIT}(?:\s*{_DIGIT}){{0,4}})\s*号"
)
_GENRES = ("条例|办法|通知|意见|方案|规定|决定|细则|要点|规划|纲要|批复|请示|函|制度|章程|准则"
           "|规则|决议|通报|公告|纪要|协议书?|(?<![方做看想说用])法")
# The issuer regex takes up to 8 CJK characters before the bracket; a title or filler word
# written without a delimiter ("…的通知昌发〔2019〕4号") ends where one of these ends.
_ISSUER_CUT = re.compile(
    rf"(?:的|年|号|》|关于|根据|依据|按照|参照|依照|遵照|详见|参见|见|按|印发|转发|执行|落实|贯彻"
    rf"|文件|报告|{_GENRES})(?:(?:文件|文)?[和及与、])?"
)
_LEAD_FILLER = re.compile(r"^\s*(?:根据|依据|按照|参照|依照|遵照|详见|参见|按)\s*")
_MARK = "\x00"  # stands for the number while the title around it is cleaned
_WRAPPED_MARK = re.compile(rf"[（(【\[［]\s*{_MARK}\s*[）)】\]］]")
_TRAIL_FILLER = re.compile(
    rf"(?<=[{_MARK}》知见法案定例则示复函度点划])\s*(?:文件精神|文件|精神|要求|规定|文)\s*$"
)
_BARE_TITLE = re.compile(rf"(?:{_GENRES})(?:[（(][^（）()]{{1,8}}[）)])?$")
# "各项规章制度", "有关规定", "单位内部管理制度": rules in general, not one document
# anyone could look up.
_GENERIC = re.compile("各项|各类|有关|相关|上级|现行|内部|本单位|单位内")
_OPENERS, _CLOSERS = "《〈（(〔［[【﹝〖「『“‘", "》〉）)〕］]】﹞〗」』”’"
_SEPARATORS, _WORD_SEPARATORS = "、，,;；", "和及与"
_ANY_SEPARATOR = _SEPARATORS + _WORD_SEPARATORS
_CITED_END = re.compile(r"(?:号|》)[\s）)\]］】〕]*(?:文件|文)?\s*$")
_AFTER_NUMBER = re.compile(r"[\s）)\]］】〕]*")
_PAIRS = {"《": "》", "〈": "〉", "“": "”", '"': '"'}
_EDGE = " \t\r\n\u3000、，,;；:：。."
_QUOTED_TITLE = re.compile("《[^《》]*》")
_HAN = re.compile(f"[{_CJK}]")


@dataclass(frozen=True)
class DocumentNumber:
    """A 发文字号: issuer prefix (机关代字), year and serial."""

    issuer: str
    year: int
    serial: int

    @property
    def canonical(self) -> str:
        """GB/T 9704 form, e.g. ``昌发〔2019〕4号``."""
        return f"{self.issuer}〔{self.year}〕{self.serial}号"


class CitationKind(Enum):
    """What a basis cell holds, overall."""

    DOCUMENT = "document"
    DESCRIPTIVE = "descriptive"
    EMPTY = "empty"


@dataclass(frozen=True)
class CitedDocument:
    """One document cited in a cell, by number, by title or both."""

    number: DocumentNumber | None
    title: str | None
    text: str

    @property
    def key(self) -> str:
        """Natural identity, the same whatever brackets, quotes or widths the cell used."""
        if self.number is not None:
            return f"no:{self.number.canonical}"
        return f"title:{normalise_title(self.title or '')}"


@dataclass(frozen=True)
class Citation:
    """A parsed basis cell; ``documents`` is empty unless ``kind`` is DOCUMENT."""

    text: str
    kind: CitationKind
    documents: tuple[CitedDocument, ...]


def _digits(text: str) -> int:
    return int("".join(text.split()))  # int() reads full-width digits too


def find_document_numbers(text: str) -> list[tuple[int, int, DocumentNumber]]:
    """Every document number inside free text, with its (start, end) offsets in ``text``."""
    found = []
    if "号" not in text:  # every number ends with 号; most cells have none, skip the regex
        return found
    for match in _NUMBER.finditer(text):
        year, serial = _digits(match["year"]), _digits(match["serial"])
        if not (1949 <= year <= 2100 and 1 <= serial <= 9999):
            continue
        # The character before the match can end a title too ("…号和财预〔2017〕87号").
        prev = text[max(match.start() - 1, 0):match.start()]
        window = prev + match["issuer"]
        cut = max((m.end() for m in _ISSUER_CUT.finditer(window) if m.end() < len(window)),
                  default=0)
        cut = max(cut - len(prev), 0)
        number = DocumentNumber(match["issuer"][cut:], year, serial)
        found.append((match.start() + cut, match.end(), number))
    return found


def parse_document_number(text: str) -> DocumentNumber | None:
    """The whole of ``text`` as one document number in any bracket/width/spacing style."""
    text = text.strip()
    found = find_document_numbers(text)
    if len(found) == 1 and found[0][:2] == (0, len(text)):
        return found[0][2]
    return None


def _unwrap(title: str) -> str:
    """Drop one 《》, 〈〉 or quote pair when it encloses the whole title."""
    close = _PAIRS.get(title[:1])
    if close is None or len(title) < 2 or title[-1] != close:
        return title
    if close == title[0]:  # ASCII quotes open and close alike
        return title[1:-1] if title.count(close) == 2 else title
    depth = 0
    for i, char in enumerate(title):
        depth += (char == title[0]) - (char == close)
        if depth == 0:
            return title[1:-1] if i == len(title) - 1 else title
    return title


_QUOTES = str.maketrans({**{c: '"' for c in "“”‘’'「」『』"}, "〈": "《", "〉": "》"})


def normalise_title(title: str) -> str:
    """Key form of a title: width folded, no whitespace, one quote style, outer 《》 removed."""
    folded = "".join(unicodedata.normalize("NFKC", title).split())
    return _unwrap(folded.translate(_QUOTES))


def _is_bare_title(text: str) -> bool:
    """A title without 《》 or number that still names one document ("干部考核条例")."""
    text = _unwrap(_LEAD_FILLER.sub("", text).strip(_EDGE))
    if len(text) < 3 or not _BARE_TITLE.search(text):
        return False
    return not _open_about(text) and ("关于" in text or not _GENERIC.search(text))


def _open_about(text: str) -> bool:
    """"关于印发X办法" or "关于印发《A》" is the first half of a 关于…的通知 title."""
    text = _QUOTED_TITLE.sub("", text)
    return "关于" in text and "的" not in text[text.index("关于"):]


def _anchored(text: str, has_number: bool) -> bool:
    """Whether a piece of a cell cites something on its own."""
    return has_number or (not _open_about(text) and ("《" in text or _is_bare_title(text)))


def _clean_title(text: str) -> str | None:
    """Title from a cell piece whose number (if any) is replaced by _MARK."""
    title = _WRAPPED_MARK.sub(_MARK, text)
    title = _LEAD_FILLER.sub("", title.strip(_EDGE))
    title = _TRAIL_FILLER.sub("", title).replace(_MARK, " ").strip(_EDGE)
    return _unwrap(title) if _HAN.search(title) else None


def _has_number(starts: list[int], start: int, end: int) -> bool:
    return any(start <= s < end for s in starts)


def _pieces(body: str, numbers: list[tuple[int, int, DocumentNumber]]) -> list[list[int]]:
    """Split at top-level separators, never inside brackets or numbers; a 和/及/与 split
    holds only when it joins two citations rather than two words of one title."""
    inside = {i for start, end, _ in numbers for i in range(start, end)}
    starts = [start for start, _, _ in numbers]
    pieces, weak, start, depth = [], [], 0, 0
    for i, char in enumerate(body):
        if i in inside:
            continue
        if char in _OPENERS:
            if depth == 0 and char == "《" and body[start:i].rstrip()[-1:] in ("》", "）", ")"):
                pieces.append([start, i])
                weak.append(False)
                start = i
            depth += 1
        elif char in _CLOSERS:
            depth = max(depth - 1, 0)
        elif depth == 0 and char in _ANY_SEPARATOR:
            pieces.append([start, i])
            weak.append(char in _WORD_SEPARATORS)
            start = i + 1
    pieces.append([start, len(body)])
    merged = [pieces[0]]
    for (lo, hi), is_weak in zip(pieces[1:], weak, strict=True):
        left, right = body[merged[-1][0]:merged[-1][1]], body[lo:hi]
        lead = lo + len(right) - len(right.lstrip())
        joins_two = (
            _anchored(left, _has_number(starts, *merged[-1]))
            and bool(_CITED_END.search(left) or _is_bare_title(left))
            and _anchored(right, _has_number(starts, lo, hi))
            and (right.lstrip().startswith("《") or lead in starts or _is_bare_title(right))
        )
        if is_weak and not joins_two:
            merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    return merged


def _segments(body: str, numbers: list[tuple[int, int, DocumentNumber]]) -> list[list[int]]:
    """Pieces that cite something, each carrying its unanchored neighbours (case 5's 、)."""
    segments: list[list[int]] = []
    pending, starts = None, [start for start, _, _ in numbers]
    for start, end in _pieces(body, numbers):
        if segments:  # "国发〔2014〕45号关于A、B工作的通知": an open 关于 takes the next piece
            lo, hi = segments[-1]
            tail = max([lo, *(e for s, e, _ in numbers if lo <= s < hi)])
            if _open_about(body[tail:hi]):
                segments[-1][1] = end
                continue
        if _anchored(body[start:end], _has_number(starts, start, end)):
            segments.append([start if pending is None else pending, end])
            pending = None
        elif pending is None:
            pending = start
    if pending is not None and segments:
        segments[-1][1] = len(body)
    return segments


def _documents(body: str, start: int, end: int,
               numbers: list[tuple[int, int, DocumentNumber]]) -> list[CitedDocument]:
    """The documents of one segment: one per number, or one title."""
    own = [n for n in numbers if start <= n[0] < end]
    if not own:
        text = body[start:end].strip(_EDGE)
        return [CitedDocument(None, _clean_title(text), text)]
    if _LEAD_FILLER.sub("", body[start:own[0][0]]).strip(_EDGE):
        # Titles come first ("X的通知（昌发〔2019〕4号）Y的意见（…）"): cut after each number.
        cuts = [_AFTER_NUMBER.match(body, n[1]).end() for n in own[:-1]]
    else:  # numbers come first, each followed by its title
        cuts = [n[0] for n in own[1:]]
    bounds = [start, *cuts, end]
    documents = []
    for (n_start, n_end, number), (lo, hi) in zip(own, pairwise(bounds), strict=True):
        marked = body[lo:n_start] + _MARK + body[n_end:hi]
        documents.append(CitedDocument(number, _clean_title(marked), body[lo:hi].strip(_EDGE)))
    return documents


def parse_citation(text: str) -> Citation:
    """Parse a 指标值确定依据 cell into the documents it cites."""
    body = text.strip()
    if not any(char.isalnum() for char in body):
        return Citation(text, CitationKind.EMPTY, ())
    numbers = find_document_numbers(body)
    documents = tuple(doc for start, end in _segments(body, numbers)
                      for doc in _documents(body, start, end, numbers))
    kind = CitationKind.DOCUMENT if documents else CitationKind.DESCRIPTIVE
    return Citation(text, kind, documents)
