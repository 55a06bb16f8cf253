"""Stored SPARQL queries: their headers, their parameters, and running them.

Every ``.rq`` file opens with a header (datasette's stored queries are the model)::

    # by_policy — Projects that cite a policy document, and the money on them
    #
    # Parameters:
    #   policy (policy, required): the document number in any bracket style, or a title
    # Columns: code, name, department, year, amount
    # Example: budgetkg query by_policy --param policy='昌发[2019]4号'

Parameters are bound as RDF terms (substitutions), never pasted into the query text.
Their kind says how the text a user typed becomes a term: a ``policy`` is canonicalised
(any bracket style of a document number, or a title) to the key every policy document
carries, so the same document is found however it is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rdflib import Literal
from rdflib.namespace import XSD

from budgetkg.citations import normalise_title, parse_document_number
from budgetkg.errors import UsageError
from budgetkg.resources import queries_dir
from budgetkg.store import Value

KINDS = ("policy", "integer", "string", "zh")
_HEADER_TITLE = re.compile(r"^#\s*(\w+)\s*[—-]+\s*(.+)$")
_PARAM = re.compile(r"^#\s+(\w+)\s*\((\w+)(?:\s*,\s*(required|optional))?\)\s*:\s*(.+)$")


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    required: bool
    description: str


@dataclass(frozen=True)
class StoredQuery:
    name: str
    description: str
    text: str
    path: Path | None = None
    parameters: tuple[Parameter, ...] = ()
    columns: tuple[str, ...] = ()
    example: str = ""
    notes: str = field(default="", compare=False)


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]

    def as_dicts(self) -> list[dict[str, Value]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def parse_query(text: str, *, path: Path | None = None) -> StoredQuery:
    """Read a query file's header; a query without one is still runnable."""
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    name, description = (path.stem if path else "query"), ""
    if header and (title := _HEADER_TITLE.match(header[0])):
        name, description = title.group(1), title.group(2).strip()
    parameters, columns, example, notes, section = [], (), "", [], None
    for line in header[1:]:
        body = line.lstrip("#").strip()
        if body.lower().startswith("parameters:"):
            section = "parameters"
        elif body.lower().startswith("columns:"):
            columns = tuple(c.strip() for c in body.split(":", 1)[1].split(",") if c.strip())
            section = "columns"
        elif body.lower().startswith("example:"):
            example = body.split(":", 1)[1].strip()
            section = None
        elif section == "parameters" and (param := _PARAM.match(line)):
            parameters.append(Parameter(param.group(1), param.group(2),
                                        param.group(3) == "required", param.group(4).strip()))
        elif section == "parameters" and parameters and body:
            last = parameters.pop()
            parameters.append(Parameter(last.name, last.kind, last.required,
                                        f"{last.description} {body}"))
        elif body:
            notes.append(body)
    return StoredQuery(name, description, text, path, tuple(parameters), columns, example,
                       "\n".join(notes))


def list_queries() -> list[StoredQuery]:
    return [parse_query(p.read_text(encoding="utf-8"), path=p)
            for p in sorted(queries_dir().glob("*.rq"))]


def load_query(name_or_path: str | Path) -> StoredQuery:
    """A bundled query by name (``by_policy``) or any ``.rq`` file by path."""
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.is_file():
        return parse_query(path.read_text(encoding="utf-8"), path=path)
    bundled = {q.name: q for q in list_queries()}
    if path.stem in bundled and (path.suffix in ("", ".rq")):
        return bundled[path.stem]
    raise UsageError(f"unknown query {str(name_or_path)!r}; available: "
                     f"{', '.join(sorted(bundled))} (or the path of a .rq file)")


def bind(query: StoredQuery, params: dict[str, str]) -> dict[str, Literal]:
    """Turn the user's parameter text into RDF terms, checking names and kinds."""
    known = {p.name: p for p in query.parameters}
    unknown = sorted(set(params) - set(known))
    if unknown:
        allowed = ", ".join(known) or "none"
        raise UsageError(f"query {query.name!r} has no parameter {unknown[0]!r}; "
                         f"parameters: {allowed}")
    missing = [p.name for p in query.parameters if p.required and p.name not in params]
    if missing:
        raise UsageError(f"query {query.name!r} needs --param {missing[0]}=…: "
                         f"{known[missing[0]].description}")
    return {name: to_term(known[name], value) for name, value in params.items()}


def to_term(parameter: Parameter, value: str) -> Literal:
    if parameter.kind == "policy":
        return Literal(policy_key(value))
    if parameter.kind == "integer":
        try:
            return Literal(int(value.strip()), datatype=XSD.integer)
        except ValueError:
            raise UsageError(f"parameter {parameter.name} expects a whole number, "
                             f"got {value!r}") from None
    if parameter.kind == "zh":
        return Literal(value.strip(), lang="zh")
    if parameter.kind == "string":
        return Literal(value.strip())
    raise UsageError(f"parameter {parameter.name} has unknown kind {parameter.kind!r} in its "
                     f"query header; kinds: {', '.join(KINDS)}")


def policy_key(text: str) -> str:
    """The ``bkg:policyKey`` of the document a user means, by number or by title."""
    number = parse_document_number(text)
    if number is not None:
        return "no:" + number.canonical
    return "title:" + normalise_title(text)


class Runner(Protocol):
    """What a query runs on: the embedded ``Store`` or a remote ``Endpoint``."""

    def run(self, sparql: str, bindings: dict[str, object] | None = None,
            ) -> tuple[tuple[str, ...], list[tuple[Value, ...]]] | bool: ...


def run_query(query: StoredQuery | str | Path, *, params: dict[str, str] | None = None,
              store: Runner) -> QueryResult:
    """Run a stored query (or a name/path) on an open store or a remote endpoint."""
    if not isinstance(query, StoredQuery):
        query = load_query(query)
    bindings = bind(query, params or {})
    result = store.run(query.text, bindings)
    if isinstance(result, bool):
        return QueryResult(("ask",), ((result,),))
    names, rows = result
    # Parameters are returned too (Oxigraph binds only returned variables); the header's
    # columns say what the user sees.
    columns = query.columns or names
    keep = [names.index(column) for column in columns if column in names]
    return QueryResult(tuple(names[i] for i in keep),
                       tuple(tuple(row[i] for i in keep) for row in rows))
