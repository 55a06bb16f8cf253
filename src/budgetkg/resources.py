"""Packaged resources: the ontology, the bundled queries and the bundled data.

In the repository they live at the top (``ontology/``, ``queries/``, ``data/``); the wheel
maps them to ``budgetkg._ontology`` etc. (see ``pyproject.toml``). An editable install or a
source checkout on ``PYTHONPATH`` has no such packages, so the repository folders are the
fallback.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_REPO = Path(__file__).resolve().parents[2]


def _folder(package: str, repo_name: str) -> Path:
    # These are namespace packages (folders without __init__.py), so ask the import
    # system where the folder is rather than importlib.resources.files().
    try:
        spec = importlib.util.find_spec(package)
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if Path(location).is_dir():
                return Path(location)
    return _REPO / repo_name


def ontology_dir() -> Path:
    return _folder("budgetkg._ontology", "ontology")


def queries_dir() -> Path:
    return _folder("budgetkg._queries", "queries")


def data_dir() -> Path:
    return _folder("budgetkg._data", "data")


def ontology_files() -> list[Path]:
    """The Turtle files of the ontology, code lists and shapes, sorted by name."""
    return sorted(ontology_dir().glob("*.ttl"))


def bundled_documents() -> list[Path]:
    return sorted(data_dir().glob("*.txt"))
