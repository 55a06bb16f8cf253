"""The README's promises: its two set-up commands, the CI script running the second, and
every query file listed."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _setup_commands() -> list[str]:
    block = re.search(r"```\n(.*?)```", README, re.DOTALL).group(1)
    return [line for line in block.splitlines() if line.strip()]


def test_readme_opens_with_two_setup_commands():
    commands = _setup_commands()
    assert len(commands) == 2
    main_job, tests = commands
    assert "pip install ." in main_job and "budgetkg query" in main_job
    assert "pytest" in tests


def test_ci_runs_the_readmes_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _setup_commands()[1] in script.splitlines()


def test_every_query_file_is_listed():
    for path in sorted((ROOT / "queries").glob("*.rq")):
        assert f"`{path.stem}`" in README, path.name
