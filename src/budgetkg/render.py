"""Query results and reports as text: a rich table for people, CSV/TSV/JSON for tools."""

from __future__ import annotations

import csv
import enum
import io
import json
from decimal import Decimal

from rich.console import Console
from rich.table import Table
from rich.text import Text

from budgetkg.query import QueryResult
from budgetkg.store import Value


class OutputFormat(str, enum.Enum):
    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"


def cell(value: Value) -> str:
    """Plain text of a value: decimals in positional notation, exactly as stored."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def render(result: QueryResult, output: OutputFormat) -> str:
    if output is OutputFormat.JSON:
        # Decimals stay strings so no JSON reader turns money into a float.
        rows = [{k: (cell(v) if isinstance(v, Decimal) else v) for k, v in row.items()}
                for row in result.as_dicts()]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if output in (OutputFormat.CSV, OutputFormat.TSV):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="\t" if output is OutputFormat.TSV else ",",
                            lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([cell(v) for v in row] for row in result.rows)
        return buffer.getvalue()
    raise ValueError(f"{output} is rendered with print_table")


def print_table(result: QueryResult, console: Console) -> None:
    table = Table(show_lines=False)
    for column in result.columns:
        table.add_column(column, overflow="fold")
    for row in result.rows:
        table.add_row(*(Text(cell(v)) for v in row))  # values are data, not markup
    console.print(table)
    console.print(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}",
                  style="dim")
