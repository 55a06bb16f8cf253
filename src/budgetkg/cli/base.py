"""The shared Typer app, consoles and options of the ``budgetkg`` command."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from budgetkg import __version__
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


__all__ = ["DEFAULT_BASE", "BaseOption", "StoreOption", "app", "err", "out"]
