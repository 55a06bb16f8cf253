# The plan stops at 90 % at the year end.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX plan: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/plan/>

DELETE WHERE { plan:12 bkg:cumulativePercent ?percent } ;
INSERT DATA { plan:12 bkg:cumulativePercent 90.0 }
