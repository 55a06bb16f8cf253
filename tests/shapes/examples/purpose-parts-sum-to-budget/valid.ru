# A purpose that names a single use (software 120,000) need not cover the whole budget.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX pa: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/purpose-amount/>

DELETE WHERE { prj:999-0101-ABC-0001 bkg:purposeAmount pa:5 . pa:5 ?p ?o }
