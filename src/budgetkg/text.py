"""Reading a disclosure file into numbered lines, and the text normalisation every
extractor shares.

Disclosures come from Word, PDF and web pages in several encodings. This module decides
whether a file is text at all, decodes it, and strips conversion leftovers (Word field
codes) while keeping the line numbers of the original file, so every extracted fact can
point back to the line a reader sees in their editor.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from budgetkg.errors import InputError

# Word leaves field instructions in text exports: table-of-contents entries
# (` TC 3、… \f C \l 1 `), cross references, page numbers. Each pattern comes with a
# string it cannot match without: the unanchored ones are slow to fail, and a line
# without the string skips them.
_FIELD_CODES = (
    ("\\", re.compile(r"\s*\bTC\s+.*?\\f\s*[A-Za-z]?\s*(?:\\l\s*\d*)?\s*$")),
    ("REF", re.compile(r"\s*\b(?:PAGEREF|REF)\s+_\w+(?:\s+\\[a-z])*\s*")),
    ("\\", re.compile(r"\s*\bTOC\s+(?:\\[a-z]\s+\"[^\"]*\"\s*)+")),
    ("\\", re.compile(r"\s*\\\*\s*MERGEFORMAT\s*")),
    ('"', re.compile(r"\s*\bHYPERLINK\s+\"[^\"]*\"\s*")),
    # Page numbers left by PDF and print exports: "- 12 -", "第 3 页", "第3页 共20页".
    ("", re.compile(r"^\s*[-—–]\s*\d{1,4}\s*[-—–]\s*$")),
    ("页", re.compile(r"^\s*第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?\s*$")),
)
_ENCODINGS = ("utf-8-sig", "gb18030", "big5")
# Besides a backslash or a quoted target, only REF (a cross reference) and a digit (a page
# number) can start a match of _FIELD_CODES: a line with none of these holds no noise.
_MAY_BE_NOISE = re.compile(r"\d|REF")
# A character class rather than str.translate: the regex scans in C, translate looks every
# character up in a dict, and this runs on every line of every file.
_SPACES = re.compile("[\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]")


@dataclass(frozen=True)
class Line:
    """One line of the source file: its 1-based number, the text as read (field codes
    removed) and whether something was removed as noise."""

    number: int
    text: str
    noise: str = ""

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indented(self) -> bool:
        """A flattened table cell: Word's text export starts each cell with a tab."""
        return self.text.startswith("\t")


@dataclass(frozen=True)
class SourceText:
    """A decoded document: where it came from, its checksum and its lines."""

    path: Path
    sha256: str
    encoding: str
    lines: tuple[Line, ...]

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    def __len__(self) -> int:
        return len(self.lines)


def read_source(path: Path | str) -> SourceText:
    """Read a disclosure file; raise ``InputError`` for a missing, empty or binary file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except IsADirectoryError:
        raise InputError("is a folder, expected a disclosure text file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", path=path) from None
    return decode_source(raw, path=path)


def decode_source(raw: bytes, *, path: Path | str) -> SourceText:
    """Decode bytes already read (used by ``read_source`` and by tests)."""
    path = Path(path)
    if not raw.strip():
        raise InputError("the file is empty; expected the text of a budget disclosure",
                         path=path, line=1)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = raw.decode("utf-16"), "utf-16"
    else:
        binary_at = _binary_offset(raw)
        if binary_at is not None:
            line = raw.count(b"\n", 0, binary_at) + 1
            raise InputError(
                "binary data (a NUL or control byte), expected plain text; convert Word or "
                "PDF files to text first", path=path, line=line)
        text, encoding = _decode(raw, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = tuple(_clean_line(number, raw_line)
                  for number, raw_line in enumerate(text.split("\n"), start=1))
    # A trailing newline does not make a line of its own.
    if len(lines) > 1 and lines[-1].text == "" and text.endswith("\n"):
        lines = lines[:-1]
    return SourceText(path=path, sha256=hashlib.sha256(raw).hexdigest(),
                      encoding=encoding, lines=lines)


_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")


def _binary_offset(raw: bytes) -> int | None:
    found = _CONTROL.search(raw, 0, 65536)
    return found.start() if found else None


def _decode(raw: bytes, path: Path) -> tuple[str, str]:
    for encoding in _ENCODINGS:
        try:
            return raw.decode(encoding), encoding.replace("-sig", "")
        except UnicodeDecodeError:
            continue
    raise InputError("not UTF-8, GB18030 or Big5 text", path=path)


def _clean_line(number: int, text: str) -> Line:
    noise = []
    # Most lines have nothing to remove, and skipping the patterns halves the time spent
    # reading. Field codes need a backslash or a quoted target; page numbers stand on a
    # short line, which is checked for everything a pattern could match.
    if "\\" not in text and '"' not in text and (len(text) > 24
                                                or not _MAY_BE_NOISE.search(text)):
        return Line(number=number, text=_tidy(text))
    for needed, pattern in _FIELD_CODES:
        found = pattern.search(text) if needed in text else None
        while found:
            noise.append(found.group().strip())
            text = text[: found.start()] + text[found.end():]
            found = pattern.search(text)
    return Line(number=number, text=_tidy(text), noise=" ".join(noise))


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    # Keep a lone tab: it is an empty table cell, not a blank line.
    return text.rstrip(" ") if text.strip() or not text.startswith("\t") else "\t"


def fold(text: str) -> str:
    """Width-fold text for matching: full-width digits, letters and ASCII punctuation
    become half-width (``NFKC``); Chinese punctuation such as ，。：（）stays as written,
    except that the colon and parentheses are folded because templates mix both."""
    text = unicodedata.normalize("NFKC", text)
    return text.replace("\u00a0", " ")


def squash(text: str) -> str:
    """Text with all white space removed: PDF and Word exports break words with spaces
    and line breaks that carry no meaning in Chinese prose."""
    return re.sub(r"\s+", "", text)
