"""The ``budgetkg`` command. Thin: each command parses its options, calls one library
function and hands the result to a renderer. Results go to stdout; progress and
diagnostics to stderr. Exit codes: 0 success, 1 data does not conform, 2 bad input or
usage; anything else is a bug and keeps its traceback.

Commands live in one module per concern (``core``: extract, build, remove, optimize, query,
documents; ``validate``; ``remote``: export, push; ``graph``: graph, policies) and register
themselves on the shared ``app``.
"""

from __future__ import annotations

import sys

# Each command module registers its commands on the shared app when imported.
from budgetkg.cli import core, graph, remote, validate  # noqa: F401
from budgetkg.cli.base import app, err
from budgetkg.errors import BudgetKGError

__all__ = ["app", "main"]


def main() -> None:
    """Entry point: user errors become a message and exit code 2, never a traceback."""
    # Typer's standalone mode already turns usage errors into exit code 2.
    try:
        app()
    except BudgetKGError as error:
        err.print(f"budgetkg: error: {error}", style="red", markup=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
