"""Validation: SHACL shapes for structure, arithmetic, cross-section agreement and
indicator quality, run by pySHACL on one document or as SPARQL over the whole store."""

from __future__ import annotations

from pathlib import Path

from budgetkg.extract import extract
from budgetkg.mapping import to_graph
from budgetkg.store import Store
from budgetkg.validate.engines import check_graph, check_store
from budgetkg.validate.report import (
    SourceRef,
    ValidationReport,
    ValidationResult,
    as_json,
    as_text,
    as_turtle,
)
from budgetkg.validate.shapes import Severity
from budgetkg.vocab import DEFAULT_BASE

__all__ = ["Severity", "SourceRef", "ValidationReport", "ValidationResult", "as_json",
           "as_text", "as_turtle", "check_graph", "check_store", "validate_document",
           "validate_store"]


def validate_document(path: Path | str, *, base: str = DEFAULT_BASE) -> ValidationReport:
    """Extract one document and validate it with pySHACL, without storing it."""
    return check_graph(to_graph(extract(path), base=base))


def validate_store(store: Store | Path | str, *, incremental: bool = True) -> ValidationReport:
    """Validate every disclosure in a store (SPARQL engine, unchanged documents cached)."""
    if isinstance(store, Store):
        return check_store(store, incremental=incremental)
    with Store(store) as opened:
        return check_store(opened, incremental=incremental)
