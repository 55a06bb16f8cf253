"""The policy network: how projects hang on policy documents (``graph``), who issued the
documents (``levels``) and what the network says (``facts``)."""

from __future__ import annotations

from budgetkg.network.facts import (
    CoCitation,
    DocumentRank,
    FactsTable,
    NetworkFacts,
    UnbasedProject,
    network_facts,
)
from budgetkg.network.graph import policy_graph, select
from budgetkg.network.levels import IssuingLevel, issuing_level, place_levels

__all__ = [
    "CoCitation",
    "DocumentRank",
    "FactsTable",
    "IssuingLevel",
    "NetworkFacts",
    "UnbasedProject",
    "issuing_level",
    "network_facts",
    "place_levels",
    "policy_graph",
    "select",
]
