"""The validate command."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from budgetkg.cli.base import BaseOption, StoreOption, app, err, store_for_reading
from budgetkg.validate import (
    Severity,
    as_json,
    as_text,
    as_turtle,
    check_store,
    validate_document,
)
from budgetkg.vocab import DEFAULT_BASE

_RENDER = {"text": as_text, "json": as_json, "turtle": as_turtle}


@app.command("validate")
def validate_command(
    file: Annotated[Path | None, typer.Argument(
        help="Validate this document alone, without storing it (default: the whole "
             "store).", show_default=False)] = None,
    output: Annotated[str, typer.Option(
        "--format", "-f", help="Report format: text, json or turtle "
                               "(a standard sh:ValidationReport).")] = "text",
    severity: Annotated[Severity, typer.Option(
        "--severity", "-s", case_sensitive=False,
        help="Lowest severity to report; the exit code is 1 when any result is at or "
             "above it.")] = Severity.VIOLATION,
    store: StoreOption = None,
    base: BaseOption = DEFAULT_BASE,
    full: Annotated[bool, typer.Option(
        "--full", help="Check every document again instead of reusing the results of "
                       "unchanged ones.")] = False,
) -> None:
    """Check structure, arithmetic and quality with the SHACL shapes; exit 1 when the
    data does not conform at the chosen severity."""
    if output not in _RENDER:
        raise typer.BadParameter(f"unknown format {output!r}; choose text, json or turtle",
                                 param_hint="--format")
    if file is not None:
        report = validate_document(file, base=base)
    else:
        with store_for_reading(store) as opened:
            report = check_store(opened, incremental=not full)
        if report.skipped:
            err.print(f"{len(report.skipped)} unchanged document(s) reused from the last run")
    sys.stdout.write(_RENDER[output](report, severity))
    if not report.conforms(severity):
        raise typer.Exit(1)
