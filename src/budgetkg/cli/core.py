"""The core commands: extract, build, query, remove, optimize, documents."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from budgetkg.build import collect, remove
from budgetkg.cli.base import (
    BaseOption,
    StoreOption,
    app,
    build_with_progress,
    err,
    out,
    print_summary,
    store_for_reading,
)
from budgetkg.cli.remote import PasswordOption, UserOption
from budgetkg.errors import UsageError
from budgetkg.extract import extract
from budgetkg.mapping import to_graph
from budgetkg.query import list_queries, load_query, run_query
from budgetkg.records import Disclosure
from budgetkg.remote import Endpoint
from budgetkg.render import OutputFormat, print_table, render
from budgetkg.resources import bundled_documents
from budgetkg.store import Store, default_store_path
from budgetkg.vocab import DEFAULT_BASE


@app.command("extract")
def extract_command(
    file: Annotated[Path, typer.Argument(help="A disclosure text file.", show_default=False)],
    base: BaseOption = DEFAULT_BASE,
) -> None:
    """Print one document's graph as Turtle; report lines not understood on stderr."""
    disclosure = extract(file)
    sys.stdout.write(to_graph(disclosure, base=base).serialize(format="turtle"))
    _coverage(disclosure)


def _coverage(disclosure: Disclosure) -> None:
    coverage = disclosure.coverage
    err.print(f"{disclosure.source.path}: {disclosure.source.line_count} lines, "
              f"{len(disclosure.projects)} projects, "
              f"{sum(len(p.indicators) for p in disclosure.projects)} indicator rows; "
              f"{len(coverage.noise)} lines with conversion leftovers (field codes, page "
              "numbers) removed as noise", markup=False)
    if coverage.complete:
        err.print("coverage: every non-blank line was understood")
        return
    err.print(f"coverage: {len(coverage.unparsed)} lines not understood:", style="yellow")
    for item in coverage.unparsed:
        err.print(f"  {disclosure.source.path}:{item.line}: {item.reason}: "
                  f"{item.text[:60]!r}", markup=False)


@app.command("build")
def build_command(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Files or folders to add (default: the bundled data).", show_default=False)]
        = None,
    store: StoreOption = None,
    base: BaseOption = DEFAULT_BASE,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-j", min=1, show_default=False,
        help="Processes extracting in parallel [default: one per core].")] = None,
    validate: Annotated[bool, typer.Option(
        "--validate/--no-validate",
        help="Check each document against the shapes of single documents as it is read "
             "and store the results, which 'budgetkg validate' then reuses.")] = True,
) -> None:
    """Add documents or folders to the embedded store: unchanged files are skipped,
    changed ones replace their own graph, failed ones leave nothing behind."""
    files = collect(paths) if paths else bundled_documents()
    report = build_with_progress(files, store or default_store_path(), base, workers,
                                 validate=validate)
    print_summary(report)
    if report.failures:
        raise typer.Exit(2)


@app.command("query")
def query_command(
    query: Annotated[str | None, typer.Argument(
        help="A bundled query name (by_policy) or a .rq file.", show_default=False)] = None,
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", help="A parameter as NAME=VALUE (repeatable).",
        show_default=False)] = None,
    output: Annotated[OutputFormat, typer.Option(
        "--format", "-f", help="Output format.", case_sensitive=False)] = OutputFormat.TABLE,
    store: StoreOption = None,
    list_: Annotated[bool, typer.Option("--list", help="List the bundled queries.")] = False,
    endpoint: Annotated[str | None, typer.Option(
        "--endpoint", show_default=False,
        help="Run on a remote SPARQL 1.1 endpoint instead of the store, e.g. "
             "http://127.0.0.1:7878/query (over the union of its graphs).")] = None,
    user: UserOption = None,
    password: PasswordOption = None,
) -> None:
    """Run a SPARQL query on the store (built from the bundled data on first use)."""
    if list_:
        _list_queries()
        return
    if query is None:
        raise UsageError("name a query (see 'budgetkg query --list') or a .rq file")
    stored = load_query(query)
    params = _params(param or [])
    if endpoint is not None:
        remote = Endpoint(endpoint, user=user, password=password)
        result = run_query(stored, params=params, store=remote)
    else:
        with store_for_reading(store) as opened:
            result = run_query(stored, params=params, store=opened)
    if output is OutputFormat.TABLE:
        print_table(result, out)
    else:
        sys.stdout.write(render(result, output))


def _params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param expects NAME=VALUE, got {pair!r}")
        params[name.strip()] = value
    return params


def _list_queries() -> None:
    table = Table("query", "description", "parameters", "columns")
    for stored in list_queries():
        params = ", ".join(f"{p.name}{'' if p.required else '?'}" for p in stored.parameters)
        table.add_row(*map(Text, (stored.name, stored.description, params,
                                  ", ".join(stored.columns))))
    out.print(table)


@app.command("remove")
def remove_command(
    documents: Annotated[list[str], typer.Argument(
        help="Source file names (or paths, or graph IRIs) of disclosures to remove.",
        show_default=False)],
    store: StoreOption = None,
) -> None:
    """Remove disclosures from the store, e.g. after their files were deleted."""
    for result in remove(documents, store=store or default_store_path()):
        err.print(f"removed {result.graph} ({result.path})", markup=False)


@app.command("optimize")
def optimize_command(store: StoreOption = None) -> None:
    """Compact the store after a large build: smaller on disk, faster to query."""
    with Store(store or default_store_path()) as opened:
        done = opened.optimize()
    err.print(f"compacted {opened.path}: {done.bytes_before / 1e6:,.1f} MB -> "
              f"{done.bytes_after / 1e6:,.1f} MB in {done.seconds:.1f} s", markup=False)


@app.command("documents")
def documents_command(store: StoreOption = None) -> None:
    """List the disclosures in the store (a table on a terminal, TSV in a pipe)."""
    with Store(store or default_store_path()) as opened:
        documents = opened.documents()
    rows = [(d.graph, d.title, str(d.year or ""), d.source) for d in documents]
    if not out.is_terminal:
        sys.stdout.write("".join("\t".join(row) + "\n"
                                 for row in [("graph", "title", "year", "source"), *rows]))
        return
    table = Table()
    for column in ("graph", "title", "year", "source"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*map(Text, row))
    out.print(table)
