"""One exception tree for everything budgetkg reports to a user.

The CLI turns a ``BudgetKGError`` into a message on stderr and exit code 2 (bad input
or usage); anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from pathlib import Path


class BudgetKGError(Exception):
    """Base of every error meant for the user."""


class InputError(BudgetKGError):
    """A document that cannot be read or is not what was expected.

    Carries the file and, where known, the line so the message points at the source.
    """

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None):
        self.path = Path(path) if path is not None else None
        self.line = line
        self.reason = message
        where = ""
        if self.path is not None:
            where = f"{self.path}"
            if line is not None:
                where += f":{line}"
            where += ": "
        super().__init__(where + message)


class NotADisclosureError(InputError):
    """A readable text that is not a budget disclosure."""


class TruncatedDocumentError(InputError):
    """A disclosure that stops in the middle of a table or section."""


class UsageError(BudgetKGError):
    """A request that cannot be carried out as asked (unknown query, bad parameter, …)."""


class StoreError(BudgetKGError):
    """The embedded store cannot be opened or written."""
