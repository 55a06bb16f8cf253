"""Document → records: ``extract(path)`` reads one disclosure into a ``Disclosure``.

The outline (title, numbered sections) is found first; each section goes to the reader for
its kind; project tables are found wherever they stand. Every non-blank line ends up
understood, recognised as conversion noise, or listed in the coverage report.
"""

from __future__ import annotations

from pathlib import Path

from budgetkg.errors import InputError
from budgetkg.extract.common import Claims
from budgetkg.extract.finance import SECTION_MEASURES, read_money_section
from budgetkg.extract.layout import outline
from budgetkg.extract.organisation import read_front, read_organisation
from budgetkg.extract.performance import read_goals
from budgetkg.extract.projects import is_project_title, read_project
from budgetkg.extract.reference import read_glossary, read_other_matters
from budgetkg.extract.tables import is_table_line
from budgetkg.records import Coverage, Department, Disclosure, Noise, SourceInfo, Span
from budgetkg.text import Line, SourceText, read_source

__all__ = ["extract", "extract_source"]


def extract(path: Path | str) -> Disclosure:
    """Read one disclosure file into typed records.

    Raises ``InputError`` (with file and line) for a file that is empty, binary, not a
    disclosure, or cut short in the middle of a table.
    """
    return extract_source(read_source(path))


def extract_source(source: SourceText) -> Disclosure:
    doc = outline(source)
    claims = Claims()
    claims.take(doc.title_span)
    found: dict[str, list] = {"figures": [], "changes": [], "notes": [], "goals": [],
                              "projects": []}
    organisation = ((), (), (), None, ())
    glossary, matters = (), ()
    legal_basis = read_front(doc.front, claims)
    for section in doc.sections:
        claims.take(Span(section.heading.number, section.heading.number))
        prose, tables = _split_tables(section.lines)
        if section.kind == "organisation":
            organisation = read_organisation(prose, claims)
        elif section.kind in SECTION_MEASURES:
            figures, changes, notes = read_money_section(section.kind, prose, year=doc.year,
                                                         claims=claims)
            found["figures"] += figures
            found["changes"] += changes
            found["notes"] += notes
        elif section.kind == "performance":
            found["goals"] += read_goals(prose, claims)
        elif section.kind == "glossary":
            glossary = read_glossary(prose, claims)
        elif section.kind == "other":
            matters, notes = read_other_matters(prose, claims)
            found["notes"] += notes
        else:
            claims.reject(section.span, f"section {section.heading.text.strip()!r} is of a "
                                        "kind budgetkg does not read yet")
        found["projects"] += _projects(tables, source, len(found["projects"]), claims)
    responsibilities, units, institutions, facts, staff = organisation
    projects = found["projects"]
    code = next((p.department_code for p in projects if p.department_code), None)
    department = Department(doc.department_name, code, doc.title_span)
    return Disclosure(
        source=SourceInfo(path=str(source.path), name=source.path.name, sha256=source.sha256,
                          encoding=source.encoding, line_count=len(source.lines),
                          byte_size=_size(source.path)),
        title=doc.title, title_span=doc.title_span, year=doc.year, phase=doc.phase,
        department=department, legal_basis=legal_basis, responsibilities=responsibilities,
        units=units, institutions=institutions, organisation=facts, staff=staff,
        figures=tuple(found["figures"]), changes=tuple(found["changes"]),
        notes=tuple(found["notes"]), goals=tuple(found["goals"]), glossary=glossary,
        other_matters=matters, projects=tuple(projects),
        coverage=Coverage(
            unparsed=claims.unparsed(source.lines),
            noise=tuple(Noise(line.number, line.noise) for line in source.lines if line.noise)))


def _split_tables(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], list[list[Line]]]:
    """Prose up to the first project table, then one list of lines per table (title
    first)."""
    starts = [index for index, line in enumerate(lines) if is_project_title(line)]
    if not starts:
        return lines, []
    ends = [*starts[1:], len(lines)]
    tables = [list(lines[start:end]) for start, end in zip(starts, ends, strict=True)]
    return lines[: starts[0]], tables


def _projects(tables: list[list[Line]], source: SourceText, offset: int, claims: Claims):
    last_line = source.lines[-1].number
    result = []
    for position, table in enumerate(tables, start=offset + 1):
        title, body = table[0], table[1:]
        if not any(is_table_line(line) for line in body):
            raise InputError("a project table heading with no table after it",
                             path=source.path, line=title.number)
        at_end = body[-1].number == last_line or all(
            line.blank for line in source.lines[body[-1].number:])
        result.append(read_project(position, title, body, path=source.path,
                                   at_end_of_file=at_end, claims=claims))
    return result


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
