"""Shared fixtures. Golden files are regenerated on purpose with ``--regen-golden``,
never by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from budgetkg.build import build
from budgetkg.extract import extract
from budgetkg.mapping import to_graph
from budgetkg.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "203002-changli-organisation-department-2020-budget.txt"
CASES = ROOT / "tests" / "cases"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--regen-golden", action="store_true",
                     help="rewrite golden files from the current output instead of comparing")


@pytest.fixture(scope="session")
def regen(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen-golden"))


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed():
    """The seed disclosure's records (extracted once per test session)."""
    return extract(SEED)


@pytest.fixture(scope="session")
def seed_graph(seed):
    return to_graph(seed)


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory):
    """A store holding the seed, shared read-only by query tests."""
    path = tmp_path_factory.mktemp("seed-store") / "store"
    build([SEED], store=path)
    with Store(path) as store:
        yield store


@pytest.fixture(autouse=True)
def _no_user_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the user's real store."""
    monkeypatch.setenv("BUDGETKG_STORE", str(tmp_path / "default-store"))
