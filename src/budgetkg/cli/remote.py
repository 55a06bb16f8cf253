"""The open-data commands: export (files and a DCAT catalogue) and push (to a SPARQL
server). The query command's --endpoint option lives with the query command (core)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer

from budgetkg.catalog import Publication
from budgetkg.cli.base import StoreOption, app, err, progress_bar
from budgetkg.errors import UsageError
from budgetkg.export import ExportedFile, ExportFormat, export, select_documents
from budgetkg.remote import push
from budgetkg.store import ONTOLOGY_GRAPH, Store, default_store_path

UserOption = Annotated[str | None, typer.Option(
    "--user", envvar="BUDGETKG_USER", show_default=False,
    help="User name for HTTP Basic authentication.")]
PasswordOption = Annotated[str | None, typer.Option(
    "--password", envvar="BUDGETKG_PASSWORD", show_default=False, show_envvar=False,
    help="Password for HTTP Basic authentication [env: BUDGETKG_PASSWORD]; never printed.")]


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise UsageError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


@app.command("export")
def export_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the files into.",
                                      show_default=False)],
    formats: Annotated[list[ExportFormat] | None, typer.Option(
        "--format", "-f", case_sensitive=False, show_default=False,
        help="turtle, jsonld (one file per disclosure), ntriples or trig (one file for the "
             "whole store); repeatable [default: turtle].")] = None,
    document: Annotated[list[str] | None, typer.Option(
        "--document", "-d", show_default=False,
        help="Export only this disclosure: its graph IRI or source file name (repeatable).")]
        = None,
    base_url: Annotated[str | None, typer.Option(
        "--base-url", show_default=False,
        help="URL the output folder will be published at; the catalogue's download links "
             "start with it [default: links relative to catalog.ttl].")] = None,
    license_: Annotated[str | None, typer.Option(
        "--license", show_default=False,
        help="IRI of the licence you publish the data under, e.g. "
             "https://creativecommons.org/licenses/by/4.0/ [default: none stated].")] = None,
    issued: Annotated[str | None, typer.Option(
        "--issued", show_default=False,
        help="Publication date (YYYY-MM-DD) for the catalogue [default: none stated; the "
             "clock is never read, so exports stay byte-identical].")] = None,
    modified: Annotated[str | None, typer.Option(
        "--modified", show_default=False,
        help="Last-modified date (YYYY-MM-DD) [default: the --issued date].")] = None,
    publisher: Annotated[str, typer.Option(
        "--publisher", help="Name of who publishes the catalogue.")] = "budgetkg",
    workers: Annotated[int | None, typer.Option(
        "--workers", "-j", min=1, show_default=False,
        help="Processes reading and writing files in parallel [default: one per core].")]
        = None,
    store: StoreOption = None,
) -> None:
    """Write the store as open-data files (Turtle, JSON-LD, N-Triples, TriG) with a DCAT
    catalogue (catalog.ttl); the same store always gives byte-identical files."""
    publication = Publication(base_url=base_url, license=license_, issued=_date(issued),
                              modified=_date(modified), publisher=publisher)
    formats = list(dict.fromkeys(formats or [ExportFormat.TURTLE]))

    def written(file: ExportedFile) -> None:
        if file.whole_store:  # one file per disclosure would be thousands of lines
            graphs = len(file.graphs)
            err.print(f"  {file.path}: {graphs} graph{'' if graphs == 1 else 's'}, "
                      f"{file.byte_size:,} bytes")

    with Store(store or default_store_path()) as opened:
        total = len(select_documents(opened, document or ())) * len(formats)
        with progress_bar("exporting", total, "graphs") as advance:
            report = export(opened, out=out, formats=formats, documents=document or (),
                            publication=publication, workers=workers, on_file=written,
                            on_graphs=advance)
    disclosures = len(report.documents)
    err.print(f"export: {disclosures} disclosure{'' if disclosures == 1 else 's'} in "
              f"{len(report.files)} files under {out}; catalogue {report.catalog}")


@app.command("push")
def push_command(
    endpoint: Annotated[str, typer.Option(
        "--endpoint", show_default=False,
        help="The server, e.g. http://127.0.0.1:7878 (an Oxigraph server).")],
    graph_store: Annotated[str | None, typer.Option(
        "--graph-store", show_default=False,
        help="Its Graph Store Protocol URL [default: ENDPOINT/store].")] = None,
    user: UserOption = None,
    password: PasswordOption = None,
    chunk_size: Annotated[int, typer.Option(
        "--chunk-size", help="Most triples in one request; a larger graph is sent as one PUT "
                             "and then POSTs.")] = 50_000,
    store: StoreOption = None,
) -> None:
    """Upload each disclosure's graph and the ontology graph to a SPARQL server, replacing
    those graphs there and nothing else; pushing twice changes nothing."""
    with Store(store or default_store_path()) as opened:
        total = len(opened.documents()) + opened.has_graph(ONTOLOGY_GRAPH)
        with progress_bar("pushing", total, "graphs") as advance:

            def pushed(graph: str, triples: int) -> None:
                name = "ontology" if graph == ONTOLOGY_GRAPH else graph.split("disclosure/")[-1]
                advance(label=f"{name[:40]} ({triples:,})")

            report = push(opened, endpoint=endpoint, graph_store=graph_store, user=user,
                          password=password, chunk_size=chunk_size, on_graph=pushed)
    err.print(f"push: {len(report.graphs)} graphs, {report.triples:,} triples in "
              f"{report.requests} requests to {report.graph_store}")
