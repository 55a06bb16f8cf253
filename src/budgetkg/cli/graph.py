"""The network commands: graph (draw or export the policy graph) and policies (its facts)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import networkx as nx
import typer

from budgetkg.build import build
from budgetkg.cli.base import StoreOption, app, err, out
from budgetkg.errors import UsageError
from budgetkg.network import FactsTable, network_facts, policy_graph
from budgetkg.render import OutputFormat, cell, print_table, render
from budgetkg.store import Store, default_store_path
from budgetkg.visualise import DEFAULT_MAX_NODES, GraphFormat, render_graph


def _graph(store: Path | None, **options) -> nx.DiGraph:
    path = store or default_store_path()
    with Store(path) as opened:
        if opened.is_empty():
            err.print(f"the store at {path} is empty: building it from the bundled data first")
            build(store=opened)
        return policy_graph(opened, **options)


@app.command("graph")
def graph_command(
    out_path: Annotated[Path | None, typer.Option(
        "--out", "-o", help="File to write [default: stdout]; its suffix picks the format.",
        show_default=False)] = None,
    output: Annotated[GraphFormat | None, typer.Option(
        "--format", "-f", help="Output format [default: from --out, else html].",
        case_sensitive=False, show_default=False)] = None,
    policy: Annotated[str | None, typer.Option(
        help="Only what is near this document: its number in any bracket style, or title.",
        show_default=False)] = None,
    department: Annotated[str | None, typer.Option(
        help="Only this department: its name, part of it, or its budget unit code.",
        show_default=False)] = None,
    year: Annotated[int | None, typer.Option(help="Only projects of this fiscal year.",
                                             show_default=False)] = None,
    depth: Annotated[int, typer.Option(
        help="With --policy: 1 = the document and its projects, 2 adds their departments "
             "and other documents, and so on.")] = 2,
    max_nodes: Annotated[int, typer.Option(
        min=1, help="Beyond this many nodes the page merges projects per department and year.")]
        = DEFAULT_MAX_NODES,
    store: StoreOption = None,
) -> None:
    """Draw how projects hang on policy documents: an interactive offline page, an SVG or
    PNG image, or GraphML/GEXF/DOT/JSON for Gephi, Cytoscape and Graphviz."""
    chosen = output or (GraphFormat.for_path(out_path) if out_path else None) or GraphFormat.HTML
    if out_path is None and chosen.binary and sys.stdout.isatty():
        raise UsageError(f"{chosen.value} is binary: give --out FILE or redirect stdout")
    graph = _graph(store, policy=policy, department=department, year=year, depth=depth)
    data = render_graph(graph, format=chosen, max_nodes=max_nodes)
    if out_path is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        out_path.write_bytes(data)
    except OSError as error:
        raise UsageError(f"cannot write {out_path}: {error.strerror}") from None
    err.print(f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
              f"written to {out_path} ({chosen.value})")


@app.command("policies")
def policies_command(
    top: Annotated[int, typer.Option(help="How many rows of each list.")] = 20,
    output: Annotated[OutputFormat, typer.Option(
        "--format", "-f", help="Output format.", case_sensitive=False)] = OutputFormat.TABLE,
    show: Annotated[FactsTable | None, typer.Option(
        help="One list only [default: all; documents for csv/tsv].", case_sensitive=False,
        show_default=False)] = None,
    department: Annotated[str | None, typer.Option(
        help="Only this department: its name, part of it, or its budget unit code.",
        show_default=False)] = None,
    year: Annotated[int | None, typer.Option(help="Only projects of this fiscal year.",
                                             show_default=False)] = None,
    store: StoreOption = None,
) -> None:
    """Rank policy documents by the indicator rows citing them, with their projects and
    money; list documents cited together by the same projects, and projects whose rows
    cite no identifiable document. Money per document counts each citing project's whole
    budget once per document it cites (so a project citing three documents counts in
    each)."""
    if top < 1:
        raise UsageError(f"--top must be 1 or more, got {top}")
    facts = network_facts(_graph(store, department=department, year=year), top=top)
    tables = [show] if show else list(FactsTable)
    if output in (OutputFormat.CSV, OutputFormat.TSV):
        sys.stdout.write(render(facts.table(show or FactsTable.DOCUMENTS), output))
    elif output is OutputFormat.JSON:
        # Decimals stay strings so no JSON reader turns money into a float.
        body = {which.value: [{k: cell(v) if k == "amount" else v for k, v in row.items()}
                              for row in facts.table(which).as_dicts()]
                for which in tables}
        body["totals"] = {which.value: facts.totals[which] for which in tables}
        sys.stdout.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
    else:
        for which in tables:
            out.print(f"{which.value} ({len(facts.table(which).rows)} of "
                      f"{facts.totals[which]})", style="bold")
            print_table(facts.table(which), out)
