"""The shared Typer app, consoles and options of the ``budgetkg`` command."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from budgetkg import __version__
from budgetkg.build import BuildReport, Outcome, build
from budgetkg.resources import bundled_documents
from budgetkg.store import Store, default_store_path
from budgetkg.vocab import DEFAULT_BASE

app = typer.Typer(
    name="budgetkg", no_args_is_help=True, add_completion=False, rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Turn government budget disclosures into a validated, queryable knowledge graph.")
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False)

StoreOption = Annotated[Path | None, typer.Option(
    "--store", envvar="BUDGETKG_STORE", show_default=False,
    help="Folder of the embedded store [default: $BUDGETKG_STORE or "
         "~/.local/share/budgetkg/store].")]
BaseOption = Annotated[str, typer.Option(
    "--base", help="Base IRI under which entity IRIs are minted.")]


def _version(value: bool) -> None:
    if value:
        out.print(f"budgetkg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Show the version and exit.")]
          = False) -> None:
    """Turn government budget disclosures into a validated, queryable knowledge graph."""


@contextmanager
def store_for_reading(path: Path | None) -> Iterator[Store]:
    """The store at ``path`` (or the default), built from the bundled data first when it
    is empty, so a first query or validation on a fresh machine has something to read."""
    path = path or default_store_path()
    with Store(path) as opened:
        if opened.is_empty():
            err.print(f"the store at {path} is empty: building it from the bundled data first",
                      markup=False)
            print_summary(build_with_progress(bundled_documents(), opened, DEFAULT_BASE))
        yield opened


@contextmanager
def progress_bar(description: str, total: int, unit: str) -> Iterator[Callable[..., None]]:
    """A progress bar on stderr, gone when done; yields ``advance(count=1, label=None)``,
    which also shows the rate in ``unit``/s since the start."""
    started = time.monotonic()
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                  console=err, transient=True) as progress:
        task = progress.add_task(description, total=total, rate="")

        def advance(count: int = 1, label: str | None = None) -> None:
            done = progress.tasks[0].completed + count
            rate = done / max(time.monotonic() - started, 1e-6)
            progress.update(task, advance=count, rate=f"{rate:.1f} {unit}/s",
                            **({"description": label} if label else {}))

        yield advance


def build_with_progress(files: list[Path], store: Path | Store, base: str,
                        workers: int | None = None, *, validate: bool = True) -> BuildReport:
    with progress_bar("building", len(files), "documents") as advance:
        return build(files, store=store, base=base, workers=workers, validate=validate,
                     on_document=lambda result: advance(label=result.path.name[:40]))


def print_summary(report: BuildReport) -> None:
    parts = [f"{report.count(outcome)} {outcome.value}" for outcome in Outcome
             if report.count(outcome)]
    plural = "" if report.documents == 1 else "s"
    err.print(f"build: {', '.join(parts) or 'nothing to do'}; the store holds "
              f"{report.documents} disclosure{plural}, {report.triples} triples")
    for result in report.results:
        if result.unparsed:
            err.print(f"  {result.path}: {result.unparsed} lines not understood "
                      f"(run 'budgetkg extract {result.path}' to see them)", style="yellow",
                      markup=False)
    for failure in report.failures:
        err.print(f"  failed: {failure.message}", style="red", markup=False)


__all__ = ["DEFAULT_BASE", "BaseOption", "StoreOption", "app", "build_with_progress", "err",
           "out", "print_summary", "progress_bar", "store_for_reading"]
