"""The parameter sets each stored query is timed with, drawn from the corpus's facts.

One answer repeated says little about the latency a user sees: at 10,000 documents the most
cited policy document is cited by 69% of disclosures, the median one by about 200 projects.
So, as BSBM and LDBC SNB do, parameters are drawn from the data itself (the generator's
recorded ``*.facts.json``), every value as likely as the next and seeded, so the same corpus
and seed give the same workload. The widest answer is timed apart: as one draw among twenty
its heavy tail would vanish into the percentiles, and it is what the naive baseline runs.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from generate import Facts, load_facts

if TYPE_CHECKING:
    from budgetkg.query import StoredQuery

RUNS = 20  # parameter sets in each query's workload, one per timed run
BRACKETS = ("〔〕", "[]", "（）", "﹝﹞")


def query_plans(folder: Path, queries: list[StoredQuery], seed: int) -> dict[str, dict]:
    """Per stored query, the workload its latency is measured over and its widest parameter
    set; a query whose required parameters the facts cannot fill is left out. Only the
    parameter names in the queries' headers are relied on."""
    facts = load_facts(folder)
    pools, widest = parameter_pools(facts), widest_parameters(facts)
    plans = {}
    for q in queries:
        names = {p.name for p in q.parameters}
        wide = {k: v for k, v in widest.get(q.name, {}).items() if k in names}
        sets = workload(q, pools, seed=seed, count=RUNS)
        if sets is not None and all(p.name in wide for p in q.parameters if p.required):
            plans[q.name] = {"workload": sets, "widest": wide}
    return plans


def parameter_pools(facts: list[Facts]) -> dict[str, list[str]]:
    """What users ask about, per parameter name, each value as likely as the next (BSBM and
    LDBC SNB draw parameters from the data the same way): every distinct policy document
    cited by number, every year of the corpus, every project's code."""
    numbers = sorted({ref.number for f in facts for p in f.projects for ref in p.policies
                      if ref.number})
    codes = [p.code for f in facts for p in f.projects]
    return {"policy": numbers, "year": sorted({str(f.year) for f in facts}),
            "project_code": codes, "code": codes}


def widest_parameters(facts: list[Facts]) -> dict[str, dict[str, str]]:
    """The parameters with the largest answers, timed apart from the workload so that the
    heavy tail stays visible: the most cited policy document (written with [] brackets, as
    a user would type it), the most common year alone, the project with most indicators."""
    citing = Counter(ref.number for f in facts for p in f.projects for ref in p.policies
                     if ref.number)
    policy = citing.most_common(1)[0][0].replace("〔", "[").replace("〕", "]")
    year = str(Counter(f.year for f in facts).most_common(1)[0][0])
    indicators: Counter[str] = Counter()
    for f in facts:
        for p in f.projects:
            indicators[p.code] += p.indicators
    return {"by_policy": {"policy": policy}, "projects": {"year": year},
            "indicators": {"project_code": indicators.most_common(1)[0][0]},
            "budget_summary": {"year": year}, "policies": {}}


def workload(query: StoredQuery, pools: dict[str, list[str]], *, seed: int,
             count: int) -> list[dict[str, str]] | None:
    """``count`` parameter sets for ``query``, drawn from ``pools`` (seeded per query, so
    one query's header change does not move another's draws). Each set binds every required
    parameter; a query with only optional ones binds one of them, picked at random (a year
    alone or a project code alone), as a user narrows by one thing at a time. None when a
    required parameter cannot be drawn."""
    rng = random.Random(f"{seed}:{query.name}")
    pools = {name: values for name, values in pools.items() if values}
    required = [p.name for p in query.parameters if p.required]
    optional = [p.name for p in query.parameters if not p.required and p.name in pools]
    if any(name not in pools for name in required):
        return None
    if not required and not optional:
        return [{}]
    bound = [required or [rng.choice(optional)] for _ in range(count)]
    # Names in header order, never a set's order: the draws must not depend on hashing.
    values = {name: iter(_draws(rng, pools[name], count)) for name in required + optional}
    return [{name: _as_typed(name, next(values[name]), rng) for name in names}
            for names in bound]


def _draws(rng: random.Random, population: list[str], count: int) -> list[str]:
    """``count`` values drawn uniformly, without repeats until every value has come up
    (twenty draws from five years give each year four times)."""
    drawn: list[str] = []
    while len(drawn) < count:
        drawn += rng.sample(population, min(len(population), count - len(drawn)))
    return drawn


def _as_typed(name: str, value: str, rng: random.Random) -> str:
    """A policy document number in one of the bracket styles users type (the query accepts
    any); other values as they are."""
    if name != "policy":
        return value
    left, right = rng.choice(BRACKETS)
    return value.replace("〔", left).replace("〕", right)

