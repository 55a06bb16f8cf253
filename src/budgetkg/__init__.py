"""budgetkg: Chinese government budget disclosures as a validated, queryable knowledge graph.

Everything the command line does is one function away::

    import budgetkg
    disclosure = budgetkg.extract("data/…-2020-budget.txt")   # typed records
    graph = budgetkg.to_graph(disclosure)                       # rdflib Graph
    report = budgetkg.build(["data/"], store="kg-store")        # the embedded store
    result = budgetkg.query("by_policy", params={"policy": "昌发[2019]4号"}, store="kg-store")
    for row in result.as_dicts(): ...
    budgetkg.validate_store("kg-store")                         # SHACL, as SPARQL
    with budgetkg.Store("kg-store") as store:
        budgetkg.export(store, out=Path("open-data"))           # Turtle + DCAT catalogue
"""

from __future__ import annotations

from pathlib import Path

from budgetkg.build import Outcome, build, remove
from budgetkg.errors import BudgetKGError, InputError, UsageError
from budgetkg.export import ExportFormat, export
from budgetkg.extract import extract
from budgetkg.mapping import to_graph
from budgetkg.network import network_facts, policy_graph
from budgetkg.query import QueryResult, StoredQuery, list_queries, load_query, run_query
from budgetkg.remote import Endpoint, push
from budgetkg.render import OutputFormat
from budgetkg.store import Store, default_store_path
from budgetkg.validate import Severity, validate_document, validate_store
from budgetkg.visualise import GraphFormat, render_graph
from budgetkg.vocab import DEFAULT_BASE

__version__ = "0.1.0"

# The functions a notebook user calls, and the enums and errors they need; result types
# live in their modules (budgetkg.build.BuildReport, budgetkg.validate.ValidationReport …).
__all__ = [
    "DEFAULT_BASE",
    "BudgetKGError",
    "Endpoint",
    "ExportFormat",
    "GraphFormat",
    "InputError",
    "Outcome",
    "OutputFormat",
    "Severity",
    "Store",
    "UsageError",
    "build",
    "export",
    "extract",
    "list_queries",
    "network_facts",
    "policy_graph",
    "push",
    "query",
    "remove",
    "render_graph",
    "run_query",
    "to_graph",
    "validate_document",
    "validate_store",
]


def query(query: str | Path | StoredQuery, *, params: dict[str, str] | None = None,
          store: Store | Path | str | None = None, build_if_empty: bool = True) -> QueryResult:
    """Run a bundled query (by name) or a ``.rq`` file on the embedded store.

    With ``build_if_empty`` (the default) an empty store is first built from the bundled
    ``data/``, so a first query on a fresh machine answers from the seed disclosure.
    """
    stored = query if isinstance(query, StoredQuery) else load_query(query)
    opened = store if isinstance(store, Store) else Store(store or default_store_path())
    try:
        if build_if_empty and opened.is_empty():
            build(store=opened)
        return run_query(stored, params=params, store=opened)
    finally:
        if opened is not store:
            opened.close()
