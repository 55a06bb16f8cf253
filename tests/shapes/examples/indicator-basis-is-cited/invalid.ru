# The project lists the budget law (预算法) in its indicator basis, but no indicator of it cites that law.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>

INSERT DATA {
    prj:999-0101-ABC-0001 bkg:indicatorBasis <https://w3id.org/budgetkg/id/policy/title/0974d25ee2eac466> .
}
